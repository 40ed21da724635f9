#!/usr/bin/env python3
"""Generates a corpus of synthetic political news articles for benchmarks.

    bench/gen_corpus.py N [--seed S] [--first K] -o corpus.jsonl

Writes N articles as JSON Lines (id, date, title, publisher, url, text: the
fields polkg's reader takes, core/src/reader.cpp) and, beside the output,
OUT.meta.json with the counts (documents, sentences, paragraphs, bytes).

The articles follow the dev corpus (../shared/corpus/dev): a dateline, a
lead sentence naming an office holder with a title of news style, then
paragraphs of detail, reported speech, quotes and background. They vary:

- states, capitals, legislatures, chambers, organizations and news agencies
  from ontology/gazetteer/*.tsv; role titles from ontology/lexicon/roles.tsv;
- people invented from name parts of 20 language regions, each state
  drawing on its region's parts; every post has a holder per term (terms of
  3 to 6 years), so the same people recur across articles and years, as in
  real news, and new holders appear with elections and appointments;
- nine kinds of story: visits, meetings, phone calls, signings, sessions,
  elections, appointments, summits and speeches, each with several
  sentence patterns and title forms ("Kyrgyz President X", "X, Speaker of
  the Y,", "Chairman of the Y X", "Hungary's Prime Minister X").

Deterministic: article i depends only on (seed, i), so the first N articles
of a larger corpus are the N-article corpus, and `--first K` continues one
(new ids, new articles: `--first 100000` gives articles an update can add).
Lengths follow the dev corpus: 6 to 13 sentences (mean 8.4), 4 to 7
paragraphs, about 150 bytes a sentence. The sentence count in the meta file
is the generator's own: one per sentence pattern written.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

# --------------------------------------------------------------------------
# Gazetteer and lexicon


def read_tsv(path):
    """Rows of a polkg TSV (comments skipped) as dicts keyed by the header."""
    rows, header = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [""] * (len(header) - len(cells)))))
    return rows


def attributes(row):
    out = {}
    for part in row.get("attributes", "").split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


THE = re.compile(r"(Bahamas|Central African|Comoros|Republic of|Democratic Republic|Dominican|Gambia|Maldives|"
                 r"Marshall|Netherlands|Philippines|Seychelles|Solomon|United|Holy See)")


class State:
    def __init__(self, row):
        a = attributes(row)
        self.code = row["state"]
        self.name = row["label"]
        # The name inside a sentence: "the United States", "the Gambia" (capitalized at a sentence start).
        self.ref = ("the " + self.name) if THE.match(self.name) else self.name
        self.demonym = (a.get("demonyms", "").split("|") or [""])[0] or None
        self.capital = a.get("capital") or None
        self.un = a.get("un", "")
        self.legislature = None  # Body
        self.chambers = []       # [Body], upper first
        self.cities = []
        self.agencies = []       # [(name, alias for datelines)]


class Body:
    def __init__(self, row, state):
        self.label = row["label"]
        self.aliases = [x for x in row["aliases"].split("|") if x]
        self.state = state
        self.house = attributes(row).get("house", "")
        # The short name news puts after a demonym ("Kazakh Majilis Speaker"): the shortest alias.
        named = [x for x in self.aliases if len(x) > 3 and state.name not in x] or [self.label]
        self.short = min(named, key=len)


class World:
    """The gazetteer and lexicon data the articles draw on."""

    def __init__(self, root=ROOT):
        gaz = os.path.join(root, "ontology", "gazetteer")
        self.states = {}
        for r in read_tsv(os.path.join(gaz, "states.tsv")):
            s = State(r)
            if s.un in ("member", "observer") and s.demonym and s.capital:
                self.states[s.code] = s
        for r in read_tsv(os.path.join(gaz, "legislatures.tsv")):
            s = self.states.get(r["state"])
            if not s:
                continue
            if r["type"] == "Legislature":
                s.legislature = Body(r, s)
            elif r["type"] == "Chamber":
                s.chambers.append(Body(r, s))
        for s in self.states.values():
            s.chambers.sort(key=lambda b: b.house != "upper")
        for r in read_tsv(os.path.join(gaz, "places.tsv")):
            s = self.states.get(r["state"])
            if s and attributes(r).get("kind") == "city" and "(" not in r["label"]:
                s.cities.append(r["label"])
        self.forums = []
        self.agencies_world = []
        for r in read_tsv(os.path.join(gaz, "organizations.tsv")):
            kind = attributes(r).get("kind")
            aliases = [x for x in r["aliases"].split("|") if x]
            acronym = next((x for x in aliases if re.fullmatch(r"[A-Z][A-Za-z]{1,6}", x) and x.upper() == x), None)
            if kind == "news-agency":
                short = acronym if acronym and len(r["label"]) > 12 else r["label"]
                entry = (r["label"], short)
                if r["state"] in self.states:
                    self.states[r["state"]].agencies.append(entry)
                if r["state"] in ("GB", "US", "FR", "CN"):
                    self.agencies_world.append(entry)
            elif kind in ("interparliamentary", "regional") and not r["state"]:
                self.forums.append((r["label"], acronym))
        roles = read_tsv(os.path.join(root, "ontology", "lexicon", "roles.tsv"))
        self.role_forms = {r["form"] for r in roles}
        # Every title the articles use must be a form polkg's lexicon knows.
        for form in TITLE_FORMS_USED:
            if form not in self.role_forms:
                raise SystemExit(f"gen_corpus: role title {form!r} is not in ontology/lexicon/roles.tsv")
        self.codes = sorted(c for c, s in self.states.items() if s.legislature)
        # Most news is about a few dozen states: weight them as the dev corpus does.
        self.weights = [6 if c in FOCUS else 1 for c in self.codes]


FOCUS = set("KZ UZ KG TJ TM AZ TR RU BY CN MN IN JP KR ID MY VN TH IR PK EG SA AE QA "
            "DE FR GB IT ES PL HU US BR ZA NG KE ET NZ AU CA UA GE AM RS".split())

# --------------------------------------------------------------------------
# Names: parts by language region; each state draws on one or two regions.

NAMES = {
    "turkic": ("Yerlan Nurlan Askar Bakhyt Daniyar Serik Timur Erlan Marat Shavkat Bakhtiyor Jamshid Kanat "
               "Azamat Sadyr Talant Ulan Elchin Ilkin Rauf Farid Mehmet Ahmet Mustafa Kemal Murat Orhan Numan",
               "Aigul Dinara Gulnara Saule Aliya Kamila Dilnoza Nodira Sahiba Aynur Emine Zeynep Elif Nurgul Asel",
               "Abenov Baimukhanov Dosmukhamedov Yessenov Kuanyshev Mukanov Sarsenbayev Tursunov Yusupov Karimov "
               "Rakhimov Ismailov Mammadov Hasanov Guliyev Abdullayev Japarov Tashiev Omurbekov Nazarov Saidov "
               "Kurbanov Bekmuratov Zhumabayev Ospanov"),
    "turkish": ("Mehmet Ahmet Mustafa Kemal Murat Orhan Numan Yusuf Cevdet Hakan Burak Emre Selim",
                "Emine Zeynep Elif Ayşe Fatma Derya Meral Tuba", "Yılmaz Kaya Demir Şahin Çelik Öztürk Aydın "
                "Arslan Doğan Kılıç Kurtoğlu Aksoy Erdem Güler Korkmaz"),
    "slavic": ("Sergei Andrei Dmitry Alexei Vladimir Oleg Igor Nikolai Pavel Ivan Yuri Mikhail Viktor Ruslan "
               "Anatoly Vyacheslav Grigory Konstantin", "Anna Elena Olga Irina Natalia Tatiana Svetlana Marina "
               "Valentina Lyudmila Galina", "Petrov Ivanov Sokolov Volkov Morozov Lebedev Kozlov Novikov Orlov "
               "Zaitsev Belov Medvedkin Gromov Vasilyev Tarasov Kuznetsov Fedorov Romanov Zhukov Nikitin"),
    "east_slavic": ("Oleksandr Andriy Dmytro Vasyl Mykola Ruslan Serhiy Taras Yuriy Aliaksandr Siarhei",
                    "Olena Iryna Oksana Natalia Yulia Halyna", "Kovalenko Shevchenko Bondarenko Tkachenko "
                    "Kravchenko Melnyk Stefanyshyn Lysenko Marchenko Karpenko Savchenko Rudenko"),
    "west_slavic": ("Piotr Tomasz Krzysztof Marek Jan Pavel Petr Miroslav Jiří Peter Milan Aleksandar Dragan Zoran",
                    "Agnieszka Katarzyna Małgorzata Jana Lucie Ivana Jelena Milica", "Kowalski Nowak Wiśniewski "
                    "Wójcik Kamiński Novák Svoboda Dvořák Horvat Kovačević Jovanović Petrović Nikolić Marković "
                    "Dimitrov Georgiev Stoyanov"),
    "chinese": ("Wei Jianguo Xiaoming Lijun Qiang Yong Zhiwei Guoqiang Jun Lei Yuhang Haitao Jianhua Dongsheng",
                "Haiyan Jing Hong Ping Meiling Xiuying Li Na Yan Xiaohong", "Wang Li Zhang Liu Chen Yang Zhao Huang "
                "Zhou Wu Xu Sun Ma Zhu Hu Guo He Lin Gao Luo"),
    "japanese": ("Hiroshi Takeshi Kenji Yoshio Masahiro Akira Kazuo Shigeru Taro Ichiro Fumio Toshihiro Katsunobu",
                 "Yuko Keiko Naoko Tomoko Yoko Sanae Seiko Kamikawa", "Tanaka Suzuki Takahashi Watanabe Ito "
                 "Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura Hayashi Nukaga"),
    "korean": ("Min-jun Ji-hoon Hyun-woo Young-ho Sung-min Dong-hyun Jae-sung Kyung-soo Chang-ho",
               "Seo-yeon Eun-ji Hye-jin Mi-kyung Soo-jin", "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Woo"),
    "arabic": ("Mohammed Ahmed Abdullah Khalid Faisal Saud Omar Youssef Hassan Ali Tariq Saqr Nasser Hamad Sultan "
               "Abdulaziz Mansour Rashid Karim Mahmoud", "Fatima Aisha Mariam Noura Layla Huda Amal Salma Rania",
               "Al-Rashid Al-Mansouri Al-Hashimi Al-Qasimi Haddad Khoury Saleh Abdelaziz El-Sayed Bennani Hamdan "
               "Al-Otaibi Al-Ghamdi Bouzid Chraibi Al-Thani Al-Sabah Al-Khalifa Ghobash Al-Nuaimi Farouk Mostafa"),
    "persian": ("Ali Mohammad Hossein Reza Mehdi Hamid Abbas Masoud Javad Mohammad-Bagher Ebrahim Ahmad",
                "Zahra Maryam Farzaneh Massoumeh Shahla", "Hosseini Rezaei Mohammadi Ahmadi Karimi Moradi Jafari "
                "Rahimi Tavakoli Sadeghi Bagheri Nouri Zarif Larijani Qalibaf Mousavi Rahmonov Zokirov Safarov"),
    "south_asian": ("Rajesh Anil Sunil Vikram Arjun Narendra Rahul Amit Sanjay Imran Asif Shahid Kiren Om Jaishankar",
                    "Priya Sunita Meena Kavita Nadia Ayesha Nirmala Droupadi Sheikh", "Sharma Verma Gupta Patel Singh "
                    "Reddy Nair Iyer Chowdhury Rahman Hossain Khan Qureshi Malik Perera Fernando Thapa Shrestha "
                    "Birla Rijiju Dissanayake"),
    "malay": ("Budi Agus Ahmad Joko Bambang Anwar Mahathir Hishammuddin Retno Prabowo Dato",
              "Siti Dewi Nurul Megawati Puan Sri Wulan", "Santoso Wibowo Lestari Rahayu Ibrahim Abdullah Hidayat "
              "Marsudi Subianto Maharani Ismail Yusof Hamzah Rahman"),
    "thai": ("Somchai Anan Prayut Surachai Wan Thaksin Chuan Sompong", "Suda Paetongtarn Yingluck Kanya",
             "Wongsakul Chaiyaporn Srisuk Leekpai Noimuang Chan-o-cha Sirikul Thongchai"),
    "vietnamese": ("Van Thanh Minh Tuan Duc Huy Quang Hai Phuc Trong", "Thi Lan Thi Mai Thi Hoa Kim Ngan",
                   "Nguyen Tran Le Pham Hoang Vu Vo Dang Bui Do"),
    "anglo": ("James John Robert Michael David William Richard Thomas Andrew Mark Gerry Anthony Peter Daniel Kevin",
              "Mary Patricia Jennifer Elizabeth Sarah Emma Claire Helen Rebecca Lindsay Judith", "Smith Johnson "
              "Brown Taylor Wilson Campbell Stewart Clarke Walker Wright Robinson Thompson Hughes Mitchell Fraser "
              "Brownlee Harris Morgan Bennett Carter"),
    "hispanic": ("José Juan Carlos Luis Miguel Javier Alejandro Fernando Andrés Gustavo Ricardo Sergio",
                 "María Carmen Ana Lucía Isabel Gabriela Verónica Claudia Cristina", "García Rodríguez Martínez "
                 "López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Morales Herrera Castillo "
                 "Armengol Vargas Rojas Mendoza"),
    "lusophone": ("João Pedro Paulo António Francisco Luiz Marcelo Augusto Rodrigo Arthur",
                  "Ana Maria Fernanda Beatriz Luísa Marta", "Silva Santos Oliveira Souza Pereira Costa Carvalho "
                  "Almeida Ferreira Rodrigues Lira Pacheco Rebelo"),
    "french": ("Jean Pierre Michel François Philippe Alain Nicolas Gérard Yves Bruno",
               "Marie Sophie Isabelle Catherine Nathalie Yaël Élisabeth", "Martin Bernard Dubois Moreau Laurent "
               "Lefebvre Girard Fontaine Larcher Braun-Pivet Mercier Rousseau Blanc"),
    "west_african": ("Amadou Moussa Ousmane Mamadou Ibrahim Seydou Alassane Macky Mohamed Boubacar Bola Kwame "
                     "Kofi Chinedu Oluwaseun Godswill", "Aminata Fatou Mariama Awa Ngozi Ama Abena Folake",
                     "Diallo Traoré Koné Ouattara Diop Ndiaye Sow Camara Kaboré Sall Touré Okafor Adeyemi Okonkwo "
                     "Mensah Owusu Boateng Akpabio Abbas"),
    "east_african": ("Samuel Joseph Daniel Moses Jomo Thabo Sipho Tendai Abiy Mulatu Yoweri Paul Hassan",
                     "Grace Mercy Faith Wanjiru Nomvula Amina Sahle-Work Anita Tulia", "Mwangi Otieno Kamau "
                     "Wanjiku Mokoena Dlamini Nkosi Banda Phiri Moyo Tshabalala Haile Tesfaye Bekele Among Ackson "
                     "Wetangula Kagame Mapisa"),
    "germanic": ("Thomas Stefan Andreas Michael Klaus Jürgen Frank-Walter Olaf Lars Erik Johan Anders Mikko "
                 "Jukka Pieter Jan Mark Wolfgang", "Sabine Petra Katrin Anke Bärbel Ingrid Astrid Sanne Julia",
                 "Müller Schmidt Schneider Fischer Weber Wagner Becker Hoffmann Schäfer Koch Jansen Bakker Visser "
                 "Andersen Nielsen Hansen Larsen Lindqvist Johansson Karlsson Virtanen Korhonen Klöckner Bas"),
    "southern_european": ("Marco Giuseppe Luca Alessandro Lorenzo Georgios Dimitrios Konstantinos Nikos Ion "
                          "Andrei László Zoltán Gábor", "Francesca Giulia Eleni Ioana Katalin Eszter Roberta",
                          "Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Papadopoulos Georgiou "
                          "Nikolaou Vlachos Popescu Ionescu Dumitru Nagy Kovács Tóth Szabó Horváth Kövér"),
    "caucasian": ("Giorgi Levan Irakli Shalva Armen Tigran Nikol Alen Vahagn", "Nino Tamar Salome Anahit Ani",
                  "Beridze Kapanadze Gelashvili Lomidze Papuashvili Kobakhidze Harutyunyan Sargsyan Grigoryan "
                  "Petrosyan Hakobyan Simonyan"),
    "mongolian": ("Enkhbat Batbayar Enkhbold Ganbaatar Tsogtbaatar Luvsannamsrai Gombojav Zandanshatar",
                  "Oyunchimeg Oyun-Erdene Sarangerel Undarmaa", "Damdin Dorj Bold Batsukh Purev Luvsan Sukhbaatar "
                  "Gantulga"),
    "baltic": ("Andrius Tomas Gitanas Jānis Andris Edgars Kristjan Mart Lauri", "Rasa Inese Daiga Kadri Viktorija",
               "Kazlauskas Jankauskas Čmilytė Bērziņš Kalniņš Mieriņa Tamm Saar Sepp Hussar"),
}
NAMES = {k: tuple(p.split() for p in v) for k, v in NAMES.items()}

REGION = {}
for region, codes in {
    "turkic": "KZ UZ KG TM AZ", "turkish": "TR CY", "slavic": "RU", "east_slavic": "UA BY",
    "west_slavic": "PL CZ SK RS HR SI BA ME MK BG", "chinese": "CN SG", "japanese": "JP", "korean": "KR KP",
    "arabic": "SA AE QA KW BH OM YE IQ SY JO LB PS EG LY TN DZ MA MR SD", "persian": "IR AF TJ",
    "south_asian": "IN PK BD LK NP BT MV", "malay": "ID MY BN TL", "thai": "TH KH LA MM",
    "vietnamese": "VN", "anglo": "US GB AU NZ CA IE JM TT BS BB BZ GY FJ PG MT",
    "hispanic": "ES MX AR CO CL PE VE EC BO PY UY CU DO GT HN SV NI CR PA PH GQ",
    "lusophone": "BR PT AO MZ CV GW ST", "french": "FR BE LU MC CH HT",
    "west_african": "SN CI ML BF NE TG BJ GN CM GA CG CD TD CF NG GH SL LR GM",
    "east_african": "KE TZ UG RW BI ET ER SO ZA ZW ZM MW BW NA LS SZ SS DJ MG",
    "germanic": "DE AT NL DK SE NO FI IS LI", "southern_european": "IT SM VA GR AL RO MD HU",
    "caucasian": "GE AM", "mongolian": "MN", "baltic": "LT LV EE",
}.items():
    for c in codes.split():
        REGION[c] = region
FAMILY_FIRST = {"chinese", "korean", "vietnamese"}
MONARCHS = {"GB": "King", "ES": "King", "NL": "King", "BE": "King", "SE": "King", "NO": "King", "DK": "King",
            "JP": "Emperor", "TH": "King", "MA": "King", "JO": "King", "BH": "King", "SA": "King", "KW": "Emir",
            "QA": "Emir", "OM": "Sultan", "BN": "Sultan"}
CHANCELLORS = {"DE", "AT"}
NO_PREMIER = {"US", "MX", "BR", "AR", "CO", "CL", "PE", "VE", "EC", "BO", "PY", "UY", "ID", "PH", "IR", "TM",
              "AF", "CY", "SA", "KE", "NG", "GH", "ZA"}

# Titles (forms of roles.tsv) the articles write; checked against the lexicon at start.
PRESIDING = ["Speaker", "Chairman", "President", "Chairperson", "Chair"]
MINISTRIES = ["Foreign Minister", "Defence Minister", "Finance Minister", "Economy Minister", "Interior Minister",
              "Justice Minister", "Education Minister", "Health Minister", "Trade Minister", "Energy Minister",
              "Agriculture Minister", "Culture Minister"]
TITLE_FORMS_USED = {t.lower() for t in PRESIDING + MINISTRIES + [
    "Deputy Speaker", "Vice Speaker", "Secretary-General", "Prime Minister", "Premier", "Chancellor", "King",
    "Emperor", "Emir", "Sultan", "Ambassador"]}


def stable_int(*parts):
    """A 64-bit integer from the parts, the same in every process (unlike hash())."""
    key = "|".join(str(p) for p in parts).encode()
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "little")


class Person:
    __slots__ = ("full", "short", "female", "region")

    def __init__(self, full, short, female, region=""):
        self.full, self.short, self.female, self.region = full, short, female, region

    @property
    def he(self):
        return "she" if self.female else "he"

    @property
    def his(self):
        return "her" if self.female else "his"


def feminine(family, region):
    if region in ("slavic", "turkic", "east_slavic") and re.search(r"(ov|ev|in)$", family):
        return family + "a"
    if family.endswith("ski"):
        return family[:-1] + "a"
    return family


def invent_person(rng, code):
    region = REGION.get(code, "anglo")
    male, female_names, families = NAMES[region]
    female = rng.random() < 0.28
    given = rng.choice(female_names if female else male)
    family = rng.choice(families)
    if female:
        family = feminine(family, region)
    if region in FAMILY_FIRST:
        return Person(f"{family} {given}", family, female, region)
    if region == "mongolian" and rng.random() < 0.3:
        return Person(f"{family[0]}. {given}", given, female, region)  # "G. Zandanshatar"
    return Person(f"{given} {family}", family, female, region)


# Romanizations of Russian, Kazakh, Kyrgyz and Persian names differ from one
# agency to the next ("Japarov" / "Zhaparov", "Matvienko" / "Matviyenko"):
# an article may spell a holder the other way.
ROMANIZED = {"turkic", "slavic", "east_slavic", "persian"}
ROMANIZATIONS = [(re.compile(a), b) for a, b in [
    (r"\bZh", "J"), (r"\bJ(?=[aeiou])", "Zh"), (r"kh", "h"), (r"\bKh", "H"), (r"iy(?=[aeiou])", "i"),
    (r"(?<=[aeiou])e(?=v)", "ye"), (r"yev\b", "ev"), (r"ss", "s"), (r"(?<=[aeiou])yu", "iu")]]


def romanized(p, rng):
    """Another spelling of a person's name, or the same person if no rule applies."""
    rules = ROMANIZATIONS[:]
    rng.shuffle(rules)
    for rx, repl in rules:
        full = rx.sub(repl, p.full, count=1)
        if full != p.full:
            return Person(full, rx.sub(repl, p.short, count=1), p.female, p.region)
    return p


class Cast:
    """Office holders, one per (state, post, term): the same people recur."""

    def __init__(self, seed):
        self.seed = seed
        self.cache = {}
        self.terms = {}

    def _length_offset(self, code, post):
        key = (code, post)
        lo = self.terms.get(key)
        if lo is None:
            length = 3 + stable_int(self.seed, "len", code, post) % 4
            lo = self.terms[key] = (length, stable_int(self.seed, "off", code, post) % length)
        return lo

    def term(self, code, post, year):
        length, offset = self._length_offset(code, post)
        return (year + offset) // length, length

    def holder(self, code, post, year, back=0):
        t, _ = self.term(code, post, year)
        key = (code, post, t - back)
        p = self.cache.get(key)
        if p is None:
            p = invent_person(random.Random(stable_int(self.seed, *key)), code)
            self.cache[key] = p
        return p

    def since(self, code, post, year):
        length, offset = self._length_offset(code, post)
        return (year + offset) // length * length - offset


# --------------------------------------------------------------------------
# Phrase pools

TOPICS = ["trade and investment", "energy", "transport and logistics", "education", "culture", "humanitarian affairs",
          "digital development", "agriculture", "climate change", "regional security", "tourism", "healthcare",
          "water management", "interparliamentary cooperation", "the fight against terrorism", "green energy",
          "transit corridors", "science and innovation", "food security", "migration", "youth policy",
          "the protection of the environment", "industrial cooperation", "the rule of law"]
DOCUMENTS = ["a memorandum of understanding", "a Memorandum of Cooperation", "an agreement on cooperation",
             "a joint statement", "a roadmap", "a cooperation agreement", "a protocol"]
OCCASIONS = ["his birthday", "the national holiday", "Independence Day", "the New Year", "the anniversary of "
             "diplomatic relations", "the successful holding of the elections"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINAL = {1: "st", 2: "nd", 3: "rd"}
QUOTES = [
    "Our countries are bound by a long history of friendship and mutual respect",
    "We attach great importance to the development of interparliamentary ties",
    "Parliamentary diplomacy has a special role to play in bringing our peoples closer",
    "There is great potential for expanding trade and economic cooperation between our countries",
    "We are ready to share our experience in lawmaking and in the modernization of the political system",
    "The agreements reached at the highest level must be implemented in full",
    "Regular contacts between our legislatures help to strengthen mutual understanding",
    "Dialogue and cooperation remain the only way to address the challenges our region faces",
]
SAID = ["said", "stressed", "noted", "underlined", "pointed out", "told reporters"]
ATTRIB = ["the press service of {body} reported", "{agency} reports", "{agency} correspondent reports",
          "the press office said", "according to {agency}", "the official website of {body} said"]


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else ORDINAL.get(n % 10, 'th')}"


def join_and(items):
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def a_or_an(word):
    return ("an " if word[0].lower() in "aeiou" else "a ") + word


# --------------------------------------------------------------------------
# One article


class Actor:
    """A person with the post the article gives them."""

    def __init__(self, person, title, state, body=None):
        self.p, self.title, self.state, self.body = person, title, state, body

    def where(self):
        return f"the {self.body.label}" if self.body else self.state.ref

    def intro(self, rng):
        """First mention: name with title, in one of the news forms of the dev corpus."""
        p, t, s = self.p, self.title, self.state
        r = rng.random()
        if self.body:
            if r < 0.4:
                return f"{p.full}, {t} of {self.where()},", True
            if r < 0.7:
                return f"{t} of {self.where()} {p.full}", False
            return f"{s.demonym} {self.body.short} {t} {p.full}", False
        if r < 0.35:
            return f"{s.demonym} {t} {p.full}", False
        if r < 0.6:
            return f"{t} of {s.ref} {p.full}", False
        if r < 0.8:
            return f"{p.full}, {t} of {s.ref},", True
        return f"{s.ref}'s {t} {p.full}", False

    def later(self, rng):
        r = rng.random()
        if r < 0.6:
            return self.p.short
        if r < 0.85:
            return f"the {self.state.demonym} {self.title}"
        return f"{self.title} {self.p.short}"


class Article:
    """Builds one article; paragraphs are lists of sentences."""

    def __init__(self, gen, index):
        self.g = gen
        self.rng = random.Random(stable_int(gen.seed, "article", index))
        self.index = index
        rng = self.rng
        self.date = gen.start + dt.timedelta(days=rng.randrange(gen.days))
        self.event = self.date - dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
        self.year = self.date.year
        self.home, self.host = gen.pick_states(rng)
        self.paras = []
        self.spelling = {}  # one spelling per person within an article

    # -- people -----------------------------------------------------------
    def holder(self, code, post, back=0):
        p = self.g.cast.holder(code, post, self.year, back)
        v = self.spelling.get(id(p))
        if v is None:
            v = p
            if p.region in ROMANIZED and self.rng.random() < self.g.variants:
                v = romanized(p, self.rng)
            self.spelling[id(p)] = v
        return v

    def presiding(self, state):
        body = state.chambers[self.rng.randrange(len(state.chambers))] if state.chambers else state.legislature
        title = self.g.presiding_title(body)
        return Actor(self.holder(state.code, body.label), title, state, body)

    def head_of_state(self, state):
        title = MONARCHS.get(state.code, "President")
        return Actor(self.holder(state.code, title), title, state)

    def head_of_government(self, state):
        if state.code in NO_PREMIER:
            return self.head_of_state(state)
        title = "Chancellor" if state.code in CHANCELLORS else "Prime Minister"
        return Actor(self.holder(state.code, title), title, state)

    def minister(self, state, title=None):
        title = title or self.rng.choice(MINISTRIES)
        return Actor(self.holder(state.code, title), title, state)

    def ambassador(self, state, host):
        p = self.holder(state.code, "Ambassador to " + host.code)
        return Actor(p, "Ambassador", state)

    def leader(self, state):
        r = self.rng.random()
        if r < 0.45:
            return self.presiding(state)
        if r < 0.7:
            return self.head_of_state(state)
        if r < 0.85:
            return self.head_of_government(state)
        return self.minister(state)

    def mps(self, state, n):
        return [invent_person(self.rng, state.code).full for _ in range(n)]

    # -- small pieces -------------------------------------------------------
    def weekday(self):
        return WEEKDAYS[self.event.weekday()]

    def when(self):
        r = self.rng.random()
        if r < 0.5:
            return f"on {self.weekday()}"
        if r < 0.7:
            return "today" if self.event == self.date else "yesterday" if (self.date - self.event).days == 1 \
                else f"on {self.weekday()}"
        return f"on {self.event.day} {MONTHS[self.event.month - 1]}"

    def city(self, state):
        if state.cities and self.rng.random() < 0.2:
            return self.rng.choice(state.cities)
        return state.capital

    def topics(self, n):
        return join_and(self.rng.sample(TOPICS, n))

    def agency(self):
        s = self.home
        return self.rng.choice(s.agencies) if s.agencies else self.rng.choice(self.g.world.agencies_world)

    def dateline(self, agency):
        rng, place = self.rng, self.home.capital.upper()
        name, short = agency
        r = rng.random()
        if r < 0.25:
            return f"{place}. {name.upper()} – "
        if r < 0.5:
            return f"{place} ({short}) -- "
        if r < 0.7:
            return f"{place}, {MONTHS[self.date.month - 1]} {self.date.day} ({short}) – "
        if r < 0.8:
            return f"{place} ({short}) - "
        return ""

    def quote(self, actor):
        rng = self.rng
        text = rng.choice(QUOTES)
        if rng.random() < 0.5:
            return f"«{text},» {rng.choice(SAID[:4])} {actor.later(rng)}."
        return f"\"{text},\" {actor.later(rng)} {rng.choice(SAID[:4])}."

    # -- stories: each returns the lead paragraph and the story's own sentences
    def story_visit(self):
        a, b = self.leader(self.home), self.leader(self.host)
        rng, ai = self.rng, a.intro(self.rng)
        kind = rng.choice(["an official visit", "a working visit", "a state visit", "a visit"])
        lead = rng.choice([
            f"{ai[0]} arrived in {self.city(self.host)} {self.when()} for {kind} to {self.host.ref}.",
            f"{ai[0]} has set off for {self.host.ref} at the head of a parliamentary delegation.",
            f"{ai[0]} paid {kind} to {self.host.ref} {self.when()}.",
            f"{ai[0]} travelled to {self.city(self.host)} {self.when()}, the first stop of a regional tour.",
        ])
        more = [
            f"The visit is being made at the invitation of {b.intro(rng)[0].rstrip(',')}.",
            f"During the visit, {a.later(rng)} is expected to meet {b.p.full} and other officials of "
            f"{self.host.ref}.",
            f"Travelling with {a.p.short} are {join_and(self.mps(self.home, rng.randint(2, 4)))}.",
            f"The programme includes talks on {self.topics(2)} and a visit to {self.city(self.host)}.",
            f"The visit will conclude on {WEEKDAYS[(self.event.weekday() + rng.randint(1, 4)) % 7]}.",
        ]
        return [lead], more, a, b

    def story_meeting(self):
        a = self.leader(self.home)
        b = self.ambassador(self.host, self.home) if self.rng.random() < 0.3 else self.leader(self.host)
        rng, ai, bi = self.rng, a.intro(self.rng), b.intro(self.rng)
        lead = rng.choice([
            f"{ai[0]} met with {bi[0].rstrip(',')} in {self.city(self.home)} {self.when()}.",
            f"{ai[0]} has received {bi[0].rstrip(',')}, who is on a visit to {self.home.ref}.",
            f"{ai[0]} held talks {self.when()} with {bi[0].rstrip(',')}.",
            f"{ai[0]} sat down with {bi[0].rstrip(',')} to discuss {self.topics(2)}.",
        ])
        more = [
            f"The two sides discussed {self.topics(3)}.",
            f"{a.later(rng)} briefed {b.p.short} on the reforms under way in {self.home.ref}.",
            f"{b.p.short}, in turn, spoke highly of the level of relations between {self.home.ref} and "
            f"{self.host.ref}.",
            f"They agreed to step up contacts between the two countries' lawmakers.",
        ]
        return [lead], more, a, b

    def story_phone(self):
        a, b = self.head_of_state(self.home), self.leader(self.host)
        rng, ai = self.rng, a.intro(self.rng)
        lead = rng.choice([
            f"{ai[0]} had a telephone conversation {self.when()} with {b.intro(rng)[0].rstrip(',')}.",
            f"{ai[0]} spoke by phone with {b.intro(rng)[0].rstrip(',')} {self.when()}.",
        ])
        occasion = rng.choice(OCCASIONS).replace("his", b.p.his)
        more = [
            f"{a.later(rng)} congratulated {b.p.short} on {occasion}.",
            f"Both sides underlined that exchanges between the two legislatures should continue.",
            f"They also touched upon {self.topics(2)}.",
        ]
        return [lead], more, a, b

    def story_signing(self):
        a, b = self.presiding(self.home), self.presiding(self.host)
        rng = self.rng
        doc, topic = rng.choice(DOCUMENTS), rng.choice(TOPICS)
        lead = rng.choice([
            f"{a.intro(rng)[0].rstrip(',')} and {b.intro(rng)[0].rstrip(',')} signed {doc} on {topic} "
            f"{self.when()}.",
            f"The parliaments of {self.home.ref} and {self.host.ref} put their names to {doc} {self.when()}.",
        ])
        more = [
            f"The document bears the signatures of {a.p.full} and {b.p.full}.",
            f"Under the document, the two sides intend to work together on {self.topics(2)}.",
            f"Speaking at the signing, {a.p.short} said close ties between the two legislatures were essential.",
        ]
        return [lead], more, a, b

    def story_session(self):
        s, rng = self.home, self.rng
        body = rng.choice(s.chambers) if s.chambers else s.legislature
        a = self.presiding(s)
        kind = rng.choice(["a plenary session", "a sitting", "an extraordinary session", "a joint sitting"])
        lead = [f"The {body.label} held {kind} {self.when()}, chaired by {a.intro(rng)[0].rstrip(',')}."]
        more = [
            f"The deputies considered {rng.randint(3, 15)} bills on {self.topics(2)}.",
            f"{a.later(rng)} said the chamber's most important task was to give the reforms a sound "
            f"legislative footing.",
            f"{self.head_of_state(s).intro(rng)[0].rstrip(',')} took part in the {kind.split(' ', 1)[1]}.",
        ]
        b = self.head_of_government(s)
        return lead, more, a, b

    def story_election(self):
        s, rng = self.home, self.rng
        body = s.chambers[0] if s.chambers else s.legislature
        title = self.g.presiding_title(body)
        new = self.holder(s.code, body.label)
        old = self.holder(s.code, body.label, back=1)
        votes = rng.randint(40, 300)
        lead = [rng.choice([
            f"{new.full} was elected {title} of the {body.label} {self.when()}, succeeding {old.full}.",
            f"The {body.label} elected {new.full} as its new {title} at a plenary session {self.when()}.",
        ])]
        hos = self.head_of_state(s)
        more = [
            f"The candidacy was proposed by {hos.intro(rng)[0].rstrip(',')}.",
            f"{votes} deputies voted in favour by secret ballot.",
            f"{hos.p.short} thanked {old.full} for the way {old.he} had led the chamber.",
        ]
        return lead, more, Actor(new, title, s, body), hos

    def story_appointment(self):
        s, rng = self.home, self.rng
        hos = self.head_of_state(s)
        title = rng.choice(MINISTRIES)
        new = self.holder(s.code, title)
        old = self.holder(s.code, title, back=1)
        lead = [rng.choice([
            f"{hos.intro(rng)[0].rstrip(',')} has appointed {new.full} as {title} by decree.",
            f"{hos.intro(rng)[0].rstrip(',')} relieved {old.full} of {old.his} duties as {title}, the "
            f"presidential press service announced.",
        ])]
        more = [
            f"A second decree named {new.full} {title}.",
            f"{new.short} previously served as Deputy {title.split()[0]} Minister.",
            f"The announcement did not explain why {old.short} was removed.",
        ]
        return lead, more, Actor(new, title, s), hos

    def story_summit(self):
        rng = self.rng
        forum, acronym = rng.choice(self.g.world.forums)
        name = f"the {forum}" if not forum.startswith(("TurkPA", "PABSEC", "Parlatino")) else forum
        n = rng.randint(2, 60)
        a = self.leader(self.home)
        others = [self.g.world.states[c] for c in rng.sample(self.g.world.codes, 3)]
        lead = [rng.choice([
            f"{a.intro(rng)[0].rstrip(',')} took part in the {ordinal(n)} session of {name} in "
            f"{self.city(self.host)} {self.when()}.",
            f"The {ordinal(n)} summit of {name}{f' ({acronym})' if acronym else ''} opened in "
            f"{self.city(self.host)} {self.when()}.",
        ])]
        more = [
            f"Delegations of {join_and([o.ref for o in others])} attended the event.",
            f"The agenda includes {self.topics(3)}.",
            f"On the sidelines, {a.later(rng)} met {self.leader(self.host).intro(rng)[0].rstrip(',')}.",
        ]
        return lead, more, a, self.leader(self.host)

    def story_speech(self):
        rng = self.rng
        a = self.presiding(self.home) if rng.random() < 0.6 else self.minister(self.home)
        hos = self.head_of_state(self.home)
        lead = [f"{a.intro(rng)[0].rstrip(',')} addressed a conference on {rng.choice(TOPICS)} in "
                f"{self.city(self.host)} {self.when()}."]
        more = [
            f"In {a.p.his} speech, {a.later(rng)} conveyed greetings of {hos.title} {hos.p.full} to the participants.",
            f"{a.p.he.capitalize()} noted the key role parliaments play in {rng.choice(TOPICS)}.",
        ]
        return lead, more, a, hos

    def background(self, a, b, domestic):
        """Sentences any story can go on with: reported speech, quotes, history, structure."""
        rng, home, host = self.rng, self.home, self.host
        since = self.g.cast.since(home.code, a.body.label if a.body else a.title, self.year)
        hos = self.head_of_state(home)
        shared = [
            (f"{a.p.short} has headed {a.where()} since {since}" if a.body else
             f"{a.p.short} has been {a.title} since {since}") +
            f", and {a.p.he} was confirmed in the post for a second term by the {home.legislature.label}."
            if since < self.year else
            f"{a.p.short} took office earlier this year, after a reshuffle that followed the elections to the "
            f"{home.legislature.label}.",
            self.quote(a),
            self.quote(b),
            f"{a.p.short} went on to brief {b.p.short} on the modernization drive launched by "
            f"{'the head of state' if hos.p is a.p else hos.title + ' ' + hos.p.full} to transform the country's "
            f"political and economic system.",
        ]
        out = shared + (self.domestic_background(a, b) if domestic else self.bilateral_background(a, b))
        if home.legislature and len(home.chambers) == 2:
            out.append(f"The {home.legislature.label} is made up of two chambers: the {home.chambers[0].label} "
                       f"and the {home.chambers[1].label}, which is the lower house.")
        return out

    def bilateral_background(self, a, b):
        rng, home, host = self.rng, self.home, self.host
        return [
            f"{home.ref} and {host.ref} established diplomatic relations in {rng.randint(1950, 2000)}, and "
            f"the two countries have since signed more than {rng.randint(2, 9) * 10} documents on {self.topics(2)}.",
            f"Trade between {home.ref} and {host.ref} reached {rng.randint(1, 40)} billion US dollars last "
            f"year, a rise of {rng.randint(3, 45)} percent, according to the {home.demonym} statistics office.",
            f"{b.p.short} {rng.choice(SAID[:4])} that {host.ref} was ready to expand cooperation on "
            f"{self.topics(2)}, and that {b.p.his} country valued the support of {home.ref} in international "
            f"organizations.",
            f"Relations with {host.ref}, contacts between lawmakers among them, rank among the main priorities "
            f"of {home.ref}'s foreign policy, {a.p.he} told {b.p.short}.",
            f"{a.p.short} said the {home.demonym} side regards dialogue between the two legislatures as an "
            f"inseparable part of the strategic partnership, adding that regular exchanges of delegations keep "
            f"bilateral ties moving forward.",
            f"{b.p.short} noted that {host.demonym} businesses were showing interest in working together with "
            f"{home.demonym} partners on projects in {self.topics(2)}.",
            f"Both sides underlined that lively exchanges between the two legislatures should continue and that "
            f"parliamentarians have a part to play in turning the agreements reached by the heads of state into "
            f"practice.",
            f"They also spoke with satisfaction about the productive cooperation between the "
            f"{home.legislature.label} and the {host.legislature.label}, including joint work in international "
            f"and regional organizations.",
            f"The two sides agreed to hold the next meeting of the intergovernmental commission in "
            f"{host.capital} later this year and to prepare a plan of joint events for {self.year + 1}.",
        ]

    def domestic_background(self, a, b):
        rng, home = self.rng, self.home
        return [
            f"The next elections to the {home.legislature.label} are due in {self.year + rng.randint(1, 4)}, "
            f"and the parties have already begun to draw up their lists of candidates.",
            f"{a.p.short} called on the deputies to pull together while {home.ref} is going through a period "
            f"of reforms, and promised that the chamber would work closely with the government.",
            f"{b.p.short} said the government would submit a package of bills on {self.topics(2)} to the "
            f"{home.legislature.label} before the end of the year.",
            f"The opposition did not put forward a candidate of its own, and the vote passed without a division "
            f"after a debate of about {rng.randint(2, 5)} hours.",
            f"Observers in {home.capital} expect the new line-up to give more weight to {self.topics(2)} in the "
            f"months ahead.",
        ]

    def build(self):
        rng = self.rng
        story = rng.choice(self.g.stories)
        lead, more, a, b = story(self)
        agency = self.agency()
        if rng.random() < 0.5:
            attrib = rng.choice(ATTRIB).format(agency=agency[0], body=a.where())
            lead[-1] = lead[-1][:-1] + f", {attrib}."
        target = self.g.length(rng)
        # The story's own sentences in order (at least one), then background in any order.
        own = more[: rng.randint(1, min(len(more), max(1, target - len(lead) - 2)))]
        extra = self.background(a, b, story in self.g.domestic)
        rng.shuffle(extra)
        body = [x[0].upper() + x[1:] for x in (own + extra)[: target - len(lead)]]
        lead = [x[0].upper() + x[1:] for x in lead]
        self.paras = [lead]
        i = 0
        while i < len(body):
            k = min(len(body) - i, rng.choice((1, 1, 2, 2, 2, 3)))
            self.paras.append(body[i:i + k])
            i += k
        self.sentences = len(lead) + len(body)
        text = self.dateline(agency) + "\n\n".join(" ".join(p) for p in self.paras)
        return {
            "id": f"gen{self.g.seed}-{self.index:07d}",
            "date": self.date.isoformat(),
            "title": self.title(story, a, b),
            "publisher": agency[0],
            "url": f"https://news.{re.sub(r'[^a-z0-9]+', '', agency[0].lower())}.example/"
                   f"{self.date:%Y/%m/%d}/{self.index}",
            "text": text,
        }

    def title(self, story, a, b):
        kind = story.__name__[6:]
        return {
            "visit": f"{a.p.short} arrives in {self.host.ref}",
            "meeting": f"{a.p.short} meets {b.p.short}",
            "phone": f"{a.p.short} and {b.p.short} hold phone talks",
            "signing": f"{self.home.ref} and {self.host.ref} sign {self.rng.choice(DOCUMENTS)[2:]}",
            "session": f"{a.where()[4:] if a.body else a.where()} holds session",
            "election": f"{a.p.short} elected {a.title}",
            "appointment": f"{a.p.short} appointed {a.title}",
            "summit": f"{a.p.short} attends summit",
            "speech": f"{a.p.short} addresses conference",
        }[kind]


class Generator:
    def __init__(self, seed, world, variants=0.2):
        self.seed, self.world, self.variants = seed, world, variants
        self.cast = Cast(seed)
        self.titles = {}
        self.start = dt.date(2015, 1, 1)
        self.days = (dt.date(2025, 12, 31) - self.start).days + 1
        # Story kinds, weighted as the dev corpus mixes them (visits and meetings most).
        a = Article
        self.stories = [a.story_visit] * 4 + [a.story_meeting] * 5 + [a.story_phone] * 2 + \
            [a.story_signing] * 2 + [a.story_session] + [a.story_election] + [a.story_appointment] + \
            [a.story_summit] * 2 + [a.story_speech]
        self.domestic = (a.story_session, a.story_election, a.story_appointment)

    def presiding_title(self, body):
        """The title of a body's presiding officer: one per body and seed."""
        t = self.titles.get(body.label)
        if t is None:
            t = self.titles[body.label] = PRESIDING[stable_int(self.seed, "title", body.label) % len(PRESIDING)]
        return t

    def pick_states(self, rng):
        home, host = rng.choices(self.world.codes, self.world.weights, k=2)
        while host == home:
            host = rng.choices(self.world.codes, self.world.weights)[0]
        return self.world.states[home], self.world.states[host]

    # Sentences per dev article (../shared/corpus/dev, measured): 6..13, mean 8.4.
    DEV_SENTENCES = [13, 9, 7, 7, 7, 6, 6, 10, 12, 8, 9, 6, 10, 8, 9, 8, 8, 9, 8, 8]

    def length(self, rng):
        return max(6, min(13, rng.choice(self.DEV_SENTENCES) + rng.choice((-1, 0, 0, 1))))

    def article(self, index):
        art = Article(self, index)
        return art.build(), art.sentences, len(art.paras)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--first", type=int, default=0, help="index of the first article (continue a corpus)")
    ap.add_argument("-o", "--output", default="-", help="JSON Lines file, or - (standard output)")
    ap.add_argument("--variants", type=float, default=0.2, metavar="P",
                    help="chance that an article spells a Russian, Kazakh, Kyrgyz or Persian name "
                         "in another romanization (default 0.2; 0: one spelling per person)")
    args = ap.parse_args(argv)
    if args.n < 0 or args.first < 0:
        ap.error("N and --first must not be negative")
    t0 = time.perf_counter()
    if not 0 <= args.variants <= 1:
        ap.error("--variants must be between 0 and 1")
    gen = Generator(args.seed, World(), args.variants)
    out = sys.stdout if args.output == "-" else open(args.output + ".tmp", "w", encoding="utf-8")
    sentences = paragraphs = nbytes = 0
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for i in range(args.first, args.first + args.n):
        rec, ns, npara = gen.article(i)
        line = dumps(rec) + "\n"
        out.write(line)
        sentences += ns
        paragraphs += npara
        nbytes += len(rec["text"].encode("utf-8"))
    if out is not sys.stdout:
        out.close()
        os.replace(args.output + ".tmp", args.output)
        meta = {"documents": args.n, "first": args.first, "seed": args.seed, "variants": args.variants,
                "sentences": sentences,
                "paragraphs": paragraphs, "text_bytes": nbytes, "file_bytes": os.path.getsize(args.output)}
        with open(args.output + ".meta.json", "w") as f:
            json.dump(meta, f, indent=1)
            f.write("\n")
    print(f"gen_corpus: {args.n} articles, {sentences} sentences, {nbytes / 1e6:.1f} MB of text "
          f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
