#!/usr/bin/env python3
"""Generate ontology/gazetteer/states.tsv.

Reads ISO 3166-1 from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json) and merges it with the curated
table CURATED below (preferred news labels, extra aliases, demonyms,
capitals, UN status).  Only codes listed in CURATED are written (plus
Kosovo, which ISO 3166-1 does not list; it uses the user-assigned code XK
that the EU and many registries use).

Usage: python3 scripts/gazetteer/make_states.py [ISO_JSON] [OUT_TSV]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(ROOT, "ontology", "gazetteer", "states.tsv")

# Curated table.  One line per state:
#   CODE | label (empty = ISO common_name or name) | extra aliases (;)
#        | demonyms (;) | capital(s) (;) | un status (member/observer/other)
# Sources: UN member states list (un.org), Wikipedia "List of adjectival and
# demonymic forms for countries and nations", Wikipedia "List of national
# capitals".
CURATED = r"""
AF | | Islamic Emirate of Afghanistan | Afghan;Afghans;Afghani | Kabul | member
AL | | | Albanian;Albanians | Tirana | member
DZ | | | Algerian;Algerians | Algiers | member
AD | | | Andorran;Andorrans | Andorra la Vella | member
AO | | | Angolan;Angolans | Luanda | member
AG | | | Antiguan;Antiguans;Barbudan | Saint John's | member
AR | | Argentine Republic | Argentine;Argentinian;Argentines;Argentinians | Buenos Aires | member
AM | | | Armenian;Armenians | Yerevan | member
AU | | Commonwealth of Australia | Australian;Australians;Aussie | Canberra | member
AT | | | Austrian;Austrians | Vienna | member
AZ | | | Azerbaijani;Azerbaijanis;Azeri;Azeris | Baku | member
BS | Bahamas | The Bahamas | Bahamian;Bahamians | Nassau | member
BH | | | Bahraini;Bahrainis | Manama | member
BD | | | Bangladeshi;Bangladeshis | Dhaka | member
BB | | | Barbadian;Barbadians;Bajan | Bridgetown | member
BY | | Byelorussia;Belorussia | Belarusian;Belarusians;Belarussian;Byelorussian | Minsk | member
BE | | | Belgian;Belgians | Brussels | member
BZ | | | Belizean;Belizeans | Belmopan | member
BJ | | Dahomey | Beninese;Beninois | Porto-Novo | member
BT | | | Bhutanese | Thimphu | member
BO | Bolivia | | Bolivian;Bolivians | Sucre;La Paz | member
BA | | Bosnia-Herzegovina;Bosnia;BiH | Bosnian;Bosnians;Herzegovinian | Sarajevo | member
BW | | | Botswanan;Motswana;Batswana | Gaborone | member
BR | | | Brazilian;Brazilians | Brasília | member
BN | Brunei | Brunei Darussalam;Nation of Brunei | Bruneian;Bruneians | Bandar Seri Begawan | member
BG | | | Bulgarian;Bulgarians | Sofia | member
BF | | Upper Volta | Burkinabe;Burkinabé;Burkinabes | Ouagadougou | member
BI | | | Burundian;Burundians | Gitega | member
CV | Cabo Verde | Cape Verde;Republic of Cape Verde | Cabo Verdean;Cape Verdean;Cape Verdeans | Praia | member
KH | | Kampuchea | Cambodian;Cambodians;Khmer | Phnom Penh | member
CM | | | Cameroonian;Cameroonians | Yaoundé | member
CA | | | Canadian;Canadians | Ottawa | member
CF | | CAR | Central African;Central Africans | Bangui | member
TD | | | Chadian;Chadians | N'Djamena | member
CL | | | Chilean;Chileans | Santiago | member
CN | | PRC;P.R.C.;Mainland China;People's Republic of China | Chinese | Beijing | member
CO | | | Colombian;Colombians | Bogotá | member
KM | Comoros | | Comorian;Comorians | Moroni | member
CG | Republic of the Congo | Congo-Brazzaville;Congo Republic;Congo | Congolese | Brazzaville | member
CD | Democratic Republic of the Congo | DR Congo;DRC;D.R.C.;DR of Congo;Congo-Kinshasa;Democratic Republic of Congo;Zaire | Congolese | Kinshasa | member
CR | | | Costa Rican;Costa Ricans | San José | member
CI | Côte d'Ivoire | Ivory Coast;Cote d'Ivoire;Cote D'Ivoire | Ivorian;Ivorians | Yamoussoukro | member
HR | | | Croatian;Croatians;Croat;Croats | Zagreb | member
CU | | | Cuban;Cubans | Havana | member
CY | | | Cypriot;Cypriots | Nicosia | member
CZ | Czechia | Czech Republic | Czech;Czechs | Prague | member
KP | North Korea | DPRK;D.P.R.K.;DPR Korea | North Korean;North Koreans | Pyongyang | member
DK | | | Danish;Dane;Danes | Copenhagen | member
DJ | | | Djiboutian;Djiboutians | Djibouti | member
DM | | Commonwealth of Dominica | | Roseau | member
DO | | | Dominican;Dominicans | Santo Domingo | member
EC | | | Ecuadorian;Ecuadorians;Ecuadorean | Quito | member
EG | | | Egyptian;Egyptians | Cairo | member
SV | | | Salvadoran;Salvadorans;Salvadorian | San Salvador | member
GQ | | | Equatorial Guinean;Equatoguinean;Equatorial Guineans | Malabo | member
ER | | State of Eritrea | Eritrean;Eritreans | Asmara | member
EE | | | Estonian;Estonians | Tallinn | member
SZ | Eswatini | Swaziland;Kingdom of Swaziland | Swazi;Swazis;Emaswati;Liswati | Mbabane;Lobamba | member
ET | | | Ethiopian;Ethiopians | Addis Ababa | member
FJ | | | Fijian;Fijians | Suva | member
FI | | | Finnish;Finn;Finns | Helsinki | member
FR | | | French;Frenchman;Frenchmen;Frenchwoman | Paris | member
GA | | Gabonese Republic | Gabonese | Libreville | member
GM | Gambia | The Gambia | Gambian;Gambians | Banjul | member
GE | | Sakartvelo | Georgian;Georgians | Tbilisi | member
DE | | | German;Germans | Berlin | member
GH | | | Ghanaian;Ghanaians | Accra | member
GR | | Hellas | Greek;Greeks;Hellenic | Athens | member
GD | | | Grenadian;Grenadians | St. George's | member
GT | | | Guatemalan;Guatemalans | Guatemala City | member
GN | | Guinea-Conakry | Guinean;Guineans | Conakry | member
GW | | | Bissau-Guinean;Bissau-Guineans | Bissau | member
GY | | | Guyanese | Georgetown | member
HT | | | Haitian;Haitians | Port-au-Prince | member
HN | | | Honduran;Hondurans | Tegucigalpa | member
HU | | | Hungarian;Hungarians | Budapest | member
IS | | | Icelandic;Icelander;Icelanders | Reykjavík | member
IN | | Bharat | Indian;Indians | New Delhi | member
ID | | | Indonesian;Indonesians | Jakarta | member
IR | Iran | Islamic Republic of Iran;Persia | Iranian;Iranians;Persian | Tehran | member
IQ | | | Iraqi;Iraqis | Baghdad | member
IE | | Republic of Ireland;Eire;Éire | Irish;Irishman;Irishmen | Dublin | member
IL | | | Israeli;Israelis | Jerusalem | member
IT | | | Italian;Italians | Rome | member
JM | | | Jamaican;Jamaicans | Kingston | member
JP | | Nippon | Japanese | Tokyo | member
JO | | Kingdom of Jordan | Jordanian;Jordanians | Amman | member
KZ | | | Kazakh;Kazakhstani;Kazakhs;Kazakhstanis;Qazaq | Astana | member
KE | | | Kenyan;Kenyans | Nairobi | member
KI | | | I-Kiribati | South Tarawa | member
KW | | | Kuwaiti;Kuwaitis | Kuwait City | member
KG | | Kyrgyz Republic;Kirghizia;Kirgizia | Kyrgyz;Kyrgyzstani;Kyrgyzstanis;Kirghiz | Bishkek | member
LA | Laos | Lao PDR;Lao People's Democratic Republic | Lao;Laotian;Laotians | Vientiane | member
LV | | | Latvian;Latvians | Riga | member
LB | | | Lebanese | Beirut | member
LS | | | Basotho;Mosotho;Lesothan | Maseru | member
LR | | | Liberian;Liberians | Monrovia | member
LY | | State of Libya | Libyan;Libyans | Tripoli | member
LI | | | Liechtensteiner;Liechtensteiners | Vaduz | member
LT | | | Lithuanian;Lithuanians | Vilnius | member
LU | | | Luxembourgish;Luxembourger;Luxembourgers | Luxembourg | member
MG | | | Malagasy | Antananarivo | member
MW | | | Malawian;Malawians | Lilongwe | member
MY | | | Malaysian;Malaysians | Kuala Lumpur | member
MV | | | Maldivian;Maldivians | Malé | member
ML | | | Malian;Malians | Bamako | member
MT | | | Maltese | Valletta | member
MH | | | Marshallese | Majuro | member
MR | | | Mauritanian;Mauritanians | Nouakchott | member
MU | | | Mauritian;Mauritians | Port Louis | member
MX | | | Mexican;Mexicans | Mexico City | member
FM | Micronesia | Federated States of Micronesia;FSM | Micronesian;Micronesians | Palikir | member
MD | Moldova | Republic of Moldova | Moldovan;Moldovans | Chișinău | member
MC | | | Monegasque;Monégasque;Monacan | Monaco | member
MN | | | Mongolian;Mongolians;Mongol;Mongols | Ulaanbaatar | member
ME | | | Montenegrin;Montenegrins | Podgorica | member
MA | | | Moroccan;Moroccans | Rabat | member
MZ | | | Mozambican;Mozambicans | Maputo | member
MM | Myanmar | Burma;Union of Myanmar;Republic of the Union of Myanmar | Myanmar;Burmese | Naypyidaw | member
NA | | | Namibian;Namibians | Windhoek | member
NR | | | Nauruan;Nauruans | Yaren | member
NP | | | Nepalese;Nepali;Nepalis | Kathmandu | member
NL | | Holland;The Netherlands | Dutch;Dutchman;Netherlander | Amsterdam | member
NZ | | Aotearoa | New Zealander;New Zealanders;Kiwi;Kiwis | Wellington | member
NI | | | Nicaraguan;Nicaraguans | Managua | member
NE | | | Nigerien;Nigeriens | Niamey | member
NG | | | Nigerian;Nigerians | Abuja | member
MK | North Macedonia | Macedonia;Republic of Macedonia;FYROM;Former Yugoslav Republic of Macedonia | North Macedonian;Macedonian;Macedonians | Skopje | member
NO | | | Norwegian;Norwegians | Oslo | member
OM | | | Omani;Omanis | Muscat | member
PK | | | Pakistani;Pakistanis | Islamabad | member
PW | | | Palauan;Palauans | Ngerulmud | member
PA | | | Panamanian;Panamanians | Panama City | member
PG | | PNG | Papua New Guinean;Papua New Guineans | Port Moresby | member
PY | | | Paraguayan;Paraguayans | Asunción | member
PE | | | Peruvian;Peruvians | Lima | member
PH | | | Filipino;Filipinos;Philippine;Filipina | Manila | member
PL | | | Polish;Pole;Poles | Warsaw | member
PT | | | Portuguese | Lisbon | member
QA | | | Qatari;Qataris | Doha | member
KR | South Korea | Republic of Korea;ROK;R.O.K.;Korea | South Korean;South Koreans;Korean;Koreans | Seoul | member
RO | | | Romanian;Romanians | Bucharest | member
RU | Russia | Russian Federation | Russian;Russians | Moscow | member
RW | | | Rwandan;Rwandans | Kigali | member
KN | | St. Kitts and Nevis;Saint Christopher and Nevis;St Kitts and Nevis | Kittitian;Nevisian;Kittitians | Basseterre | member
LC | | St. Lucia;St Lucia | Saint Lucian;St. Lucian;Saint Lucians | Castries | member
VC | | St. Vincent and the Grenadines;St Vincent and the Grenadines | Vincentian;Vincentians | Kingstown | member
WS | | Western Samoa | Samoan;Samoans | Apia | member
SM | | | Sammarinese | San Marino | member
ST | | São Tomé and Príncipe;Democratic Republic of São Tomé and Príncipe | Santomean;São Toméan;Sao Tomean | São Tomé | member
SA | | KSA | Saudi;Saudis;Saudi Arabian;Saudi Arabians | Riyadh | member
SN | | | Senegalese | Dakar | member
RS | | | Serbian;Serbians;Serb;Serbs | Belgrade | member
SC | | | Seychellois | Victoria | member
SL | | | Sierra Leonean;Sierra Leoneans | Freetown | member
SG | | | Singaporean;Singaporeans | Singapore | member
SK | | Slovak Republic | Slovak;Slovaks;Slovakian | Bratislava | member
SI | | | Slovenian;Slovenians;Slovene;Slovenes | Ljubljana | member
SB | | | Solomon Islander;Solomon Islanders | Honiara | member
SO | | | Somali;Somalis | Mogadishu | member
ZA | | RSA | South African;South Africans | Pretoria;Cape Town;Bloemfontein | member
SS | | | South Sudanese | Juba | member
ES | | | Spanish;Spaniard;Spaniards | Madrid | member
LK | | Ceylon | Sri Lankan;Sri Lankans | Sri Jayawardenepura Kotte;Colombo | member
SD | | The Sudan | Sudanese | Khartoum | member
SR | | Surinam | Surinamese | Paramaribo | member
SE | | | Swedish;Swede;Swedes | Stockholm | member
CH | | Confederation of Switzerland | Swiss | Bern | member
SY | Syria | Syrian Arab Republic | Syrian;Syrians | Damascus | member
TJ | | | Tajik;Tajiks;Tajikistani;Tadjik | Dushanbe | member
TZ | Tanzania | United Republic of Tanzania | Tanzanian;Tanzanians | Dodoma | member
TH | | Siam | Thai;Thais | Bangkok | member
TL | Timor-Leste | East Timor;Timor Leste | Timorese;East Timorese | Dili | member
TG | | | Togolese | Lomé | member
TO | | | Tongan;Tongans | Nuku'alofa | member
TT | | | Trinidadian;Tobagonian;Trinidadians | Port of Spain | member
TN | | | Tunisian;Tunisians | Tunis | member
TR | Türkiye | Turkey;Turkiye;Republic of Turkey;Republic of Turkiye | Turkish;Turk;Turks | Ankara | member
TM | | | Turkmen;Turkmens;Turkmenistani | Ashgabat | member
TV | | | Tuvaluan;Tuvaluans | Funafuti | member
UG | | | Ugandan;Ugandans | Kampala | member
UA | | | Ukrainian;Ukrainians | Kyiv | member
AE | United Arab Emirates | UAE;U.A.E.;Emirates | Emirati;Emiratis | Abu Dhabi | member
GB | United Kingdom | UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland | British;Briton;Britons;UK;U.K. | London | member
US | United States | US;U.S.;USA;U.S.A.;United States of America;America | American;Americans;US;U.S. | Washington, D.C. | member
UY | | | Uruguayan;Uruguayans | Montevideo | member
UZ | | | Uzbek;Uzbeks;Uzbekistani;Uzbekistanis | Tashkent | member
VU | | | Vanuatuan;Ni-Vanuatu | Port Vila | member
VE | Venezuela | Bolivarian Republic of Venezuela | Venezuelan;Venezuelans | Caracas | member
VN | Vietnam | Viet Nam;Socialist Republic of Vietnam | Vietnamese | Hanoi | member
YE | | | Yemeni;Yemenis | Sanaa | member
ZM | | | Zambian;Zambians | Lusaka | member
ZW | | | Zimbabwean;Zimbabweans | Harare | member
VA | Holy See | Vatican;Vatican City;Vatican City State;State of the Vatican City | Vatican | Vatican City | observer
PS | Palestine | State of Palestine;Palestinian territories;Occupied Palestinian Territory | Palestinian;Palestinians | Ramallah | observer
TW | Taiwan | Republic of China;ROC;Chinese Taipei;Taiwan, China | Taiwanese | Taipei | other
XK | Kosovo | Republic of Kosovo | Kosovar;Kosovan;Kosovars;Kosovo Albanian | Pristina | other
HK | Hong Kong | Hong Kong SAR;HKSAR;Hong Kong Special Administrative Region | Hongkonger;Hong Konger;Hong Kongers | Hong Kong | other
MO | Macao | Macau;Macao SAR;Macau SAR | Macanese | Macao | other
PR | | Commonwealth of Puerto Rico | Puerto Rican;Puerto Ricans | San Juan | other
GL | | Kalaallit Nunaat | Greenlandic;Greenlander;Greenlanders | Nuuk | other
EH | | Sahrawi Arab Democratic Republic;SADR | Sahrawi;Sahrawis;Saharawi | Laayoune | other
FO | Faroe Islands | Faroes;Faeroe Islands | Faroese | Tórshavn | other
CK | | | Cook Islander;Cook Islanders | Avarua | other
NU | | | Niuean;Niueans | Alofi | other
AW | | | Aruban;Arubans | Oranjestad | other
CW | Curaçao | Curacao | Curaçaoan | Willemstad | other
SX | Sint Maarten | | | Philipsburg | other
BQ | Caribbean Netherlands | Bonaire, Sint Eustatius and Saba;BES islands | | Kralendijk | other
BM | | | Bermudian;Bermudians | Hamilton | other
KY | | | Caymanian;Caymanians | George Town | other
VG | British Virgin Islands | BVI | | Road Town | other
VI | United States Virgin Islands | U.S. Virgin Islands;US Virgin Islands;USVI | | Charlotte Amalie | other
AI | | | Anguillan;Anguillans | The Valley | other
MS | | | Montserratian | Plymouth;Brades | other
TC | | | | Cockburn Town | other
FK | Falkland Islands | Malvinas;Falklands;Islas Malvinas | Falkland Islander;Falkland Islanders | Stanley | other
GI | | | Gibraltarian;Gibraltarians | Gibraltar | other
IM | | | Manx | Douglas | other
JE | | Bailiwick of Jersey | | Saint Helier | other
GG | | Bailiwick of Guernsey | | Saint Peter Port | other
AX | Åland Islands | Aland Islands;Åland;Aland | Ålander;Ålanders | Mariehamn | other
SJ | | | | Longyearbyen | other
SH | Saint Helena | Saint Helena, Ascension and Tristan da Cunha;St Helena | Saint Helenian | Jamestown | other
PM | | | | Saint-Pierre | other
BL | | St. Barthélemy;St Barts;St. Barts | | Gustavia | other
MF | Saint Martin | Saint Martin (French part);Saint-Martin | | Marigot | other
GP | | | Guadeloupean | Basse-Terre | other
MQ | | | Martinican | Fort-de-France | other
GF | | | French Guianese;Guianan | Cayenne | other
RE | | Reunion | Réunionese | Saint-Denis | other
YT | | | Mahoran | Mamoudzou | other
NC | | | New Caledonian;Kanak | Nouméa | other
PF | | Tahiti | French Polynesian;Tahitian | Papeete | other
WF | | | Wallisian;Futunan | Mata-Utu | other
GU | | | Guamanian;Chamorro | Hagåtña | other
AS | | | American Samoan | Pago Pago | other
MP | | CNMI | | Saipan | other
TK | | | Tokelauan | Nukunonu | other
NF | | | Norfolk Islander | Kingston | other
CX | | | Christmas Islander | Flying Fish Cove | other
CC | Cocos (Keeling) Islands | Cocos Islands;Keeling Islands | | West Island | other
PN | Pitcairn Islands | Pitcairn | Pitcairn Islander | Adamstown | other
"""

# Kosovo is not in ISO 3166-1; XK/XKX are user-assigned codes.
EXTRA_ISO = {
    "XK": {"alpha_2": "XK", "alpha_3": "XKX", "name": "Kosovo",
           "official_name": "Republic of Kosovo"},
}

# Official names where iso-codes gives none or a form we do not want.
OFFICIAL_OVERRIDE = {
    "ER": "State of Eritrea",
    "PS": "State of Palestine",
    "TW": "Republic of China",
    "VA": "Holy See",
    "KR": "Republic of Korea",
    "RU": "Russian Federation",
    "AE": "United Arab Emirates",
    "JP": "Japan",
    "CA": "Canada",
    "AU": "Commonwealth of Australia",
    "NZ": "New Zealand",
    "IE": "Ireland",
    "MY": "Malaysia",
    "MN": "Mongolia",
    "UA": "Ukraine",
    "TM": "Turkmenistan",
    "RO": "Romania",
    "JM": "Jamaica",
    "SA": "Kingdom of Saudi Arabia",
    "LA": "Lao People's Democratic Republic",
    "SY": "Syrian Arab Republic",
    "MM": "Republic of the Union of Myanmar",
    "CD": "Democratic Republic of the Congo",
    "BN": "Brunei Darussalam",
    "GB": "United Kingdom of Great Britain and Northern Ireland",
}

SOURCE = "iso-codes 4.15 (ISO 3166-1); UN member states; Wikipedia: demonyms, capitals"

HEADER = "type\tlabel\taliases\tstate\tparent\tattributes\tsource"


def split(s):
    return [x.strip() for x in s.split(";") if x.strip()]


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else ISO_JSON
    out_path = sys.argv[2] if len(sys.argv) > 2 else OUT
    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_2"]: e for e in json.load(f)["3166-1"]}
    iso.update(EXTRA_ISO)
    rows = []
    seen = set()
    for line in CURATED.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 6:
            sys.exit("bad curated line: " + line)
        code, label, aliases, demonyms, capitals, un = parts
        if code in seen:
            sys.exit("duplicate code " + code)
        seen.add(code)
        e = iso.get(code)
        if e is None:
            sys.exit("unknown ISO code " + code)
        label = label or e.get("common_name") or e["name"]
        names = []
        for n in [e["name"], e.get("common_name"), e.get("official_name"),
                  OFFICIAL_OVERRIDE.get(code)] + split(aliases):
            if not n or ("," in n or "(" in n) and n not in split(aliases):
                continue  # skip ISO forms like "Korea, Republic of", "X (Y part)"
            if n.lower().startswith("the "):
                n = n[4:] if n[4:] != label else n
            if n != label and n not in names:
                names.append(n)
        official = OFFICIAL_OVERRIDE.get(code) or e.get("official_name") or label
        if official.lower().startswith("the "):
            official = official[4:]
        attrs = ["alpha3=" + e["alpha_3"], "official=" + official]
        dem = split(demonyms)
        if dem:
            attrs.append("demonyms=" + "|".join(dem))
        caps = split(capitals)
        if caps:
            attrs.append("capital=" + "|".join(caps))
        attrs.append("un=" + un)
        src = SOURCE if code != "XK" else \
            "user-assigned code XK (EU, ISO 3166 reserved); Wikipedia: Kosovo"
        rows.append("\t".join(["State", label, "|".join(names), code, "",
                               ";".join(attrs), src]))
    n_member = sum(1 for r in rows if "un=member" in r)
    n_obs = sum(1 for r in rows if "un=observer" in r)
    if n_member != 193 or n_obs != 2:
        sys.exit("expected 193 members and 2 observers, got %d/%d" % (n_member, n_obs))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("# States: the 193 UN member states, the 2 UN observer states (Holy See,\n")
        f.write("# State of Palestine), Taiwan, Kosovo and inhabited ISO 3166-1 territories\n")
        f.write("# that news treats as countries (un=other).\n")
        f.write("# Generated by scripts/gazetteer/make_states.py from Debian iso-codes\n")
        f.write("# (ISO 3166-1 JSON) plus a curated table of news labels, aliases, demonyms\n")
        f.write("# and capitals (UN member list; Wikipedia demonym and capital lists).\n")
        f.write("# Do not edit by hand: edit the script and regenerate.\n")
        f.write(HEADER + "\n")
        for r in rows:
            f.write(r + "\n")
    print("wrote %d states (%d UN members, %d observers) to %s"
          % (len(rows), n_member, n_obs, out_path))


if __name__ == "__main__":
    main()
