#!/usr/bin/env python3
"""Generate ontology/gazetteer/places.tsv.

Capitals come from the capital= attribute of states.tsv (with the aliases
and label overrides below); other cities, regions and landmarks from the
table below.  A place whose bare name equals a state label or alias
(Singapore, Djibouti, Luxembourg, Monaco, Hong Kong...) is skipped, and
names that would collide with common English words or people's names get a
qualified label without a bare alias.

Table format: CC | label | aliases (;) | kind (city|region|landmark)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")

CAP_SOURCE = "Wikipedia: List of national capitals"
CITY_SOURCE = "Wikipedia: List of largest cities; GeoNames"
LANDMARK_SOURCE = "Wikipedia"

# capital name (as in states.tsv) -> (label, aliases)
CAPITAL_ALIASES = {
    "Astana": ("Astana", "Nur-Sultan;Nursultan;Akmola;Akmolinsk;Tselinograd;Aqmola"),
    "Kyiv": ("Kyiv", "Kiev;Kyjiw"),
    "Naypyidaw": ("Naypyidaw", "Nay Pyi Taw;Naypyitaw;Nay Pyi Daw;Pyinmana"),
    "Beijing": ("Beijing", "Peking;Beijing Municipality"),
    "New Delhi": ("New Delhi", "Delhi;National Capital Territory of Delhi"),
    "Washington, D.C.": ("Washington, D.C.", "Washington;Washington DC;Washington D.C.;District of Columbia"),
    "Tashkent": ("Tashkent", "Toshkent"),
    "Bishkek": ("Bishkek", "Frunze"),
    "Dushanbe": ("Dushanbe", "Stalinabad"),
    "Ashgabat": ("Ashgabat", "Ashkhabad;Asgabat"),
    "Ulaanbaatar": ("Ulaanbaatar", "Ulan Bator;Ulaan Baatar;Ulan-Bator"),
    "Chișinău": ("Chișinău", "Chisinau;Kishinev"),
    "Tbilisi": ("Tbilisi", "Tiflis"),
    "Yerevan": ("Yerevan", "Erevan"),
    "Baku": ("Baku", "Baki;Bakı"),
    "Minsk": ("Minsk", ""),
    "Moscow": ("Moscow", "Moskva"),
    "Vilnius": ("Vilnius", "Vilna"),
    "Tallinn": ("Tallinn", "Tallin"),
    "Ankara": ("Ankara", "Angora"),
    "Tehran": ("Tehran", "Teheran"),
    "Sanaa": ("Sanaa", "Sana'a"),
    "Muscat": ("Muscat", "Masqat"),
    "Kuwait City": ("Kuwait City", ""),
    "Riyadh": ("Riyadh", "Ar-Riyadh"),
    "Hanoi": ("Hanoi", "Ha Noi"),
    "Vientiane": ("Vientiane", "Viangchan"),
    "Phnom Penh": ("Phnom Penh", ""),
    "Bangkok": ("Bangkok", "Krung Thep"),
    "Dhaka": ("Dhaka", "Dacca"),
    "Kathmandu": ("Kathmandu", ""),
    "Sri Jayawardenepura Kotte": ("Sri Jayawardenepura Kotte", "Kotte;Sri Jayewardenepura Kotte"),
    "Malé": ("Malé", "Male"),
    "Islamabad": ("Islamabad", ""),
    "Kabul": ("Kabul", ""),
    "Seoul": ("Seoul", ""),
    "Pyongyang": ("Pyongyang", ""),
    "Tokyo": ("Tokyo", "Tokio"),
    "Jakarta": ("Jakarta", "Djakarta;Batavia"),
    "Kuala Lumpur": ("Kuala Lumpur", "KL"),
    "Bandar Seri Begawan": ("Bandar Seri Begawan", ""),
    "Dili": ("Dili", ""),
    "Port Moresby": ("Port Moresby", ""),
    "Nuku'alofa": ("Nukuʻalofa", "Nuku'alofa;Nukualofa"),
    "Brasília": ("Brasília", "Brasilia"),
    "Bogotá": ("Bogotá", "Bogota"),
    "Asunción": ("Asunción", "Asuncion"),
    "San José": ("San José", "San Jose"),
    "Yaoundé": ("Yaoundé", "Yaounde"),
    "Lomé": ("Lomé", "Lome"),
    "N'Djamena": ("N'Djamena", "Ndjamena;N'Djaména"),
    "Reykjavík": ("Reykjavík", "Reykjavik"),
    "Nouméa": ("Nouméa", "Noumea"),
    "Tórshavn": ("Tórshavn", "Torshavn"),
    "Hagåtña": ("Hagåtña", "Hagatna;Agana"),
    "São Tomé": ("São Tomé", "Sao Tome"),
    "Laayoune": ("Laayoune", "El Aaiún;El Aaiun;Layoune"),
    "Prague": ("Prague", "Praha"),
    "Warsaw": ("Warsaw", "Warszawa"),
    "Bucharest": ("Bucharest", "București"),
    "Belgrade": ("Belgrade", "Beograd"),
    "Rome": ("Rome", "Roma"),
    "Lisbon": ("Lisbon", "Lisboa"),
    "Vienna": ("Vienna", "Wien"),
    "Copenhagen": ("Copenhagen", "København"),
    "Brussels": ("Brussels", "Bruxelles;Brussel"),
    "Athens": ("Athens", "Athina"),
    "Nicosia": ("Nicosia", "Lefkosia"),
    "Bern": ("Bern", "Berne"),
    "Pristina": ("Pristina", "Prishtina;Priština"),
    "Skopje": ("Skopje", "Skopie"),
    "Tirana": ("Tirana", "Tiranë"),
    "Podgorica": ("Podgorica", "Titograd"),
    "Mexico City": ("Mexico City", "Ciudad de México;CDMX"),
    "Havana": ("Havana", "La Habana"),
    "Algiers": ("Algiers", "Alger"),
    "Cairo": ("Cairo", "Al-Qahira"),
    "Addis Ababa": ("Addis Ababa", "Addis Abeba;Finfinne"),
    "Mogadishu": ("Mogadishu", "Muqdisho"),
    "Gitega": ("Gitega", ""),
    "Ramallah": ("Ramallah", ""),
    "Jerusalem": ("Jerusalem", "Al-Quds"),
    "Damascus": ("Damascus", "Dimashq"),
    "Baghdad": ("Baghdad", ""),
    "Taipei": ("Taipei", "Taipei City"),
    "Nuuk": ("Nuuk", "Godthåb"),
    "Ngerulmud": ("Ngerulmud", "Melekeok"),
    "South Tarawa": ("South Tarawa", "Tarawa"),
    "Yaren": ("Yaren", ""),
    "Palikir": ("Palikir", ""),
    "Saint John's": ("Saint John's", "St. John's;St John's"),
    "St. George's": ("St. George's", "Saint George's;St George's"),
    "Port of Spain": ("Port of Spain", "Port-of-Spain"),
    "Port Louis": ("Port Louis", ""),
    "Port Vila": ("Port Vila", ""),
    # qualified labels for capitals whose bare name is ambiguous in English text
    "Victoria": ("Victoria, Seychelles", ""),
    "Hamilton": ("Hamilton, Bermuda", ""),
    "George Town": ("George Town, Cayman Islands", ""),
    "Douglas": ("Douglas, Isle of Man", ""),
    "Saint-Denis": ("Saint-Denis, Réunion", ""),
    "Jamestown": ("Jamestown, Saint Helena", ""),
    "The Valley": ("The Valley, Anguilla", ""),
    "Stanley": ("Stanley, Falkland Islands", "Port Stanley"),
    "Saint-Pierre": ("Saint-Pierre, Saint Pierre and Miquelon", ""),
    "Kingston": ("Kingston", "Kingston, Jamaica"),
}
# capitals not written (duplicate of another row, or name too ambiguous)
CAPITAL_SKIP = {("NF", "Kingston"), ("MS", "Plymouth"), ("CC", "West Island"),
                ("AU", "Canberra")}  # Canberra is added below with aliases
CAPITAL_SKIP.discard(("AU", "Canberra"))

TABLE = r"""
# ------------------------------------------------------------ Kazakhstan & Central Asia
KZ | Almaty | Alma-Ata;Alma Ata;Verny | city
KZ | Shymkent | Chimkent | city
KZ | Karaganda | Karagandy;Qaraghandy | city
KZ | Aktobe | Aqtobe;Aktyubinsk | city
KZ | Taraz | Zhambyl;Dzhambul | city
KZ | Pavlodar | | city
KZ | Oskemen | Ust-Kamenogorsk;Öskemen | city
KZ | Semey | Semipalatinsk | city
KZ | Atyrau | Guryev | city
KZ | Kostanay | Qostanay;Kustanai | city
KZ | Kyzylorda | Qyzylorda | city
KZ | Aktau | Aqtau;Shevchenko | city
KZ | Oral | Uralsk | city
KZ | Petropavl | Petropavlovsk | city
KZ | Turkistan | Turkestan | city
KZ | Taldykorgan | | city
KZ | Kokshetau | | city
KZ | Baikonur | Baykonur;Baikonur Cosmodrome | city
KZ | Burabay | Borovoe;Borovoye | city
UZ | Samarkand | Samarqand | city
UZ | Bukhara | Buxoro | city
UZ | Khiva | Xiva | city
UZ | Namangan | | city
UZ | Andijan | Andijon | city
UZ | Fergana | Ferghana;Farg'ona | city
UZ | Nukus | | city
UZ | Termez | Termiz | city
UZ | Karshi | Qarshi | city
UZ | Urgench | Urganch | city
KG | Osh | | city
KG | Cholpon-Ata | Cholpon Ata | city
KG | Karakol | | city
KG | Jalal-Abad | Jalalabad | city
TJ | Khujand | Khodjent;Leninabad | city
TJ | Kulob | Kulyab | city
TJ | Bokhtar | Qurghonteppa | city
TM | Turkmenabat | Türkmenabat;Chardzhou | city
TM | Mary, Turkmenistan | | city
TM | Turkmenbashi | Türkmenbaşy;Krasnovodsk | city
TM | Awaza | Avaza | city
TM | Arkadag | | city
MN | Erdenet | | city
# ------------------------------------------------------------ Russia, Caucasus, Eastern Europe
RU | Saint Petersburg | St. Petersburg;St Petersburg;Petersburg;Leningrad;Sankt-Peterburg | city
RU | Novosibirsk | | city
RU | Yekaterinburg | Ekaterinburg;Sverdlovsk | city
RU | Kazan | | city
RU | Nizhny Novgorod | Gorky | city
RU | Chelyabinsk | | city
RU | Samara | Kuibyshev | city
RU | Omsk | | city
RU | Rostov-on-Don | Rostov | city
RU | Ufa | | city
RU | Krasnoyarsk | | city
RU | Perm | | city
RU | Voronezh | | city
RU | Volgograd | Stalingrad | city
RU | Krasnodar | | city
RU | Sochi | | city
RU | Vladivostok | | city
RU | Kaliningrad | Königsberg | city
RU | Grozny | Groznyy | city
RU | Makhachkala | | city
RU | Astrakhan | | city
RU | Orenburg | | city
RU | Tyumen | | city
RU | Irkutsk | | city
RU | Khabarovsk | | city
RU | Yakutsk | | city
RU | Murmansk | | city
RU | Tatarstan | Republic of Tatarstan | region
RU | Bashkortostan | Bashkiria | region
RU | Chechnya | Chechen Republic | region
RU | Dagestan | Republic of Dagestan | region
RU | Siberia | | region
BY | Brest | | city
BY | Grodno | Hrodna | city
BY | Gomel | Homel | city
BY | Vitebsk | Viciebsk | city
BY | Mogilev | Mahilyow | city
UA | Kharkiv | Kharkov | city
UA | Odesa | Odessa | city
UA | Dnipro | Dnipropetrovsk | city
UA | Lviv | Lvov;Lemberg | city
UA | Zaporizhzhia | Zaporozhye;Zaporizhia | city
UA | Kherson | | city
UA | Mykolaiv | Nikolaev | city
UA | Donetsk | | city
UA | Luhansk | Lugansk | city
UA | Mariupol | | city
UA | Donbas | Donbass | region
UA | Crimea | Crimean Peninsula | region
UA | Sevastopol | | city
MD | Tiraspol | | city
MD | Transnistria | Pridnestrovie;Transdniestria | region
MD | Gagauzia | | region
GE | Batumi | | city
GE | Kutaisi | | city
GE | Abkhazia | | region
GE | South Ossetia | Tskhinvali region | region
AM | Gyumri | | city
AM | Vanadzor | | city
AZ | Ganja | Gəncə | city
AZ | Sumgait | Sumqayit | city
AZ | Shusha | Shushi | city
AZ | Nakhchivan | Nakhichevan | city
AZ | Lankaran | Lenkoran | city
AZ | Gabala | Qabala | city
AZ | Karabakh | Nagorno-Karabakh;Nagorny Karabakh;Artsakh | region
# ------------------------------------------------------------ China, East Asia
CN | Shanghai | | city
CN | Guangzhou | Canton | city
CN | Shenzhen | | city
CN | Tianjin | | city
CN | Chongqing | Chungking | city
CN | Chengdu | | city
CN | Wuhan | | city
CN | Xi'an | Xian | city
CN | Hangzhou | | city
CN | Nanjing | Nanking | city
CN | Shenyang | | city
CN | Harbin | | city
CN | Qingdao | Tsingtao | city
CN | Dalian | | city
CN | Xiamen | Amoy | city
CN | Kunming | | city
CN | Urumqi | Ürümqi | city
CN | Lhasa | | city
CN | Sanya | | city
CN | Boao | Bo'ao | city
CN | Suzhou | | city
CN | Zhengzhou | | city
CN | Changsha | | city
CN | Fuzhou | | city
CN | Hefei | | city
CN | Jinan | | city
CN | Nanning | | city
CN | Haikou | | city
CN | Lanzhou | | city
CN | Xinjiang | Xinjiang Uygur Autonomous Region;Xinjiang Uyghur Autonomous Region | region
CN | Tibet | Tibet Autonomous Region;Xizang | region
CN | Inner Mongolia | Inner Mongolia Autonomous Region | region
CN | Guangdong | | region
CN | Hainan | | region
CN | Yunnan | | region
CN | Sichuan | | region
TW | Kaohsiung | | city
TW | Taichung | | city
TW | Tainan | | city
JP | Osaka | | city
JP | Yokohama | | city
JP | Nagoya | | city
JP | Sapporo | | city
JP | Fukuoka | | city
JP | Kobe | | city
JP | Kyoto | | city
JP | Hiroshima | | city
JP | Nagasaki | | city
JP | Sendai | | city
JP | Okinawa | | region
JP | Hokkaido | | region
JP | Fukushima | | region
KR | Busan | Pusan | city
KR | Incheon | Inchon | city
KR | Daegu | Taegu | city
KR | Gwangju | Kwangju | city
KR | Daejeon | | city
KR | Ulsan | | city
KR | Jeju | Jeju Island;Cheju | region
KR | Gyeongju | | city
KP | Kaesong | | city
KP | Wonsan | | city
KP | Panmunjom | Panmunjeom | landmark
MN | Darkhan | | city
# ------------------------------------------------------------ South and Southeast Asia
IN | Mumbai | Bombay | city
IN | Kolkata | Calcutta | city
IN | Chennai | Madras | city
IN | Bengaluru | Bangalore | city
IN | Hyderabad | | city
IN | Ahmedabad | | city
IN | Pune | Poona | city
IN | Jaipur | | city
IN | Lucknow | | city
IN | Varanasi | Benares | city
IN | Kochi | Cochin | city
IN | Goa | | region
IN | Jammu and Kashmir | | region
IN | Gujarat | | region
IN | Kerala | | region
IN | Uttar Pradesh | | region
IN | Maharashtra | | region
IN | Tamil Nadu | | region
IN | West Bengal | | region
IN | Rajasthan | | region
IN | Karnataka | | region
IN | Bihar | | region
IN | Madhya Pradesh | | region
IN | Andhra Pradesh | | region
IN | Telangana | | region
IN | Odisha | | region
IN | Assam | | region
IN | Haryana | | region
IN | Ladakh | | region
PK | Karachi | | city
PK | Lahore | | city
PK | Peshawar | | city
PK | Rawalpindi | | city
PK | Quetta | | city
PK | Faisalabad | | city
PK | Multan | | city
PK | Gwadar | | city
PK | Balochistan | Baluchistan | region
PK | Khyber Pakhtunkhwa | | region
BD | Chittagong | Chattogram | city
BD | Sylhet | | city
BD | Cox's Bazar | | city
LK | Kandy | | city
LK | Jaffna | | city
LK | Hambantota | | city
NP | Pokhara | | city
NP | Lumbini | | city
BT | Paro | | city
MV | Addu City | | city
AF | Kandahar | | city
AF | Herat | | city
AF | Mazar-i-Sharif | Mazar-e-Sharif | city
AF | Jalalabad, Afghanistan | | city
ID | Surabaya | | city
ID | Bandung | | city
ID | Medan | | city
ID | Semarang | | city
ID | Makassar | | city
ID | Yogyakarta | Jogjakarta | city
ID | Denpasar | | city
ID | Bali | | region
ID | Nusantara | IKN;Ibu Kota Nusantara | city
ID | Papua | | region
ID | Aceh | | region
MY | Putrajaya | | city
MY | George Town, Penang | Penang | city
MY | Johor Bahru | | city
MY | Kota Kinabalu | | city
MY | Kuching | | city
MY | Malacca | Melaka | city
MY | Sabah | | region
MY | Sarawak | | region
PH | Quezon City | | city
PH | Cebu | Cebu City | city
PH | Davao | Davao City | city
PH | Mindanao | | region
PH | Makati | | city
VN | Ho Chi Minh City | Saigon | city
VN | Da Nang | Danang | city
VN | Haiphong | Hai Phong | city
VN | Huế | | city
VN | Can Tho | | city
VN | Nha Trang | | city
VN | Ha Long | Halong Bay | city
TH | Chiang Mai | | city
TH | Phuket | | city
TH | Pattaya | | city
KH | Siem Reap | | city
KH | Sihanoukville | | city
KH | Angkor Wat | Angkor | landmark
LA | Luang Prabang | Louangphabang | city
LA | Pakse | | city
LA | Savannakhet | | city
MM | Yangon | Rangoon | city
MM | Mandalay | | city
MM | Rakhine | Rakhine State;Arakan | region
# ------------------------------------------------------------ Middle East
TR | Istanbul | Constantinople;İstanbul | city
TR | Izmir | İzmir;Smyrna | city
TR | Bursa | | city
TR | Antalya | | city
TR | Adana | | city
TR | Gaziantep | | city
TR | Konya | | city
TR | Trabzon | | city
TR | Diyarbakir | Diyarbakır | city
TR | Kayseri | | city
TR | Mersin | | city
TR | Eskisehir | Eskişehir | city
TR | Kahramanmaras | Kahramanmaraş | city
TR | Erzurum | | city
TR | Hatay | | region
CY | Limassol | Lemesos | city
CY | Larnaca | | city
CY | Northern Cyprus | Turkish Republic of Northern Cyprus;TRNC | region
IR | Mashhad | | city
IR | Isfahan | Esfahan | city
IR | Tabriz | | city
IR | Shiraz | | city
IR | Qom | | city
IR | Bandar Abbas | | city
IQ | Basra | | city
IQ | Mosul | | city
IQ | Erbil | Arbil;Hawler | city
IQ | Najaf | | city
IQ | Karbala | Kerbala | city
IQ | Kirkuk | | city
IQ | Kurdistan Region | Iraqi Kurdistan;Kurdistan Region of Iraq | region
SY | Aleppo | Halab | city
SY | Homs | | city
SY | Latakia | | city
SY | Idlib | | city
LB | Sidon | Saida | city
LB | Tyre, Lebanon | | city
IL | Tel Aviv | Tel Aviv-Yafo;Tel Aviv-Jaffa | city
IL | Haifa | | city
IL | Eilat | | city
PS | Gaza | Gaza City | city
PS | Gaza Strip | | region
PS | West Bank | | region
PS | Hebron | Al-Khalil | city
PS | Bethlehem | | city
PS | Nablus | | city
PS | Rafah | | city
PS | Khan Younis | Khan Yunis | city
PS | East Jerusalem | | city
JO | Aqaba | | city
JO | Zarqa | | city
JO | Irbid | | city
SA | Jeddah | Jidda;Jiddah | city
SA | Mecca | Makkah | city
SA | Medina | Madinah | city
SA | Dammam | | city
SA | NEOM | Neom | city
AE | Dubai | | city
AE | Sharjah | | city
AE | Ajman | | city
AE | Ras Al Khaimah | Ras al-Khaimah | city
AE | Fujairah | | city
QA | Lusail | | city
OM | Salalah | | city
OM | Sohar | | city
YE | Aden | | city
YE | Hodeidah | Al Hudaydah | city
BH | Muharraq | | city
KW | Al Ahmadi | Ahmadi | city
# ------------------------------------------------------------ Europe
GB | Birmingham | | city
GB | Manchester | | city
GB | Liverpool | | city
GB | Glasgow | | city
GB | Edinburgh | | city
GB | Cardiff | | city
GB | Belfast | | city
GB | Leeds | | city
GB | Oxford | | city
GB | Cambridge | | city
GB | Scotland | | region
GB | Wales | | region
GB | Northern Ireland | | region
GB | England | | region
FR | Marseille | Marseilles | city
FR | Lyon | Lyons | city
FR | Toulouse | | city
FR | Strasbourg | | city
FR | Bordeaux | | city
FR | Lille | | city
FR | Nantes | | city
FR | Montpellier | | city
FR | Cannes | | city
FR | Versailles | | city
FR | Corsica | | region
DE | Hamburg | | city
DE | Munich | München | city
DE | Cologne | Köln | city
DE | Frankfurt | Frankfurt am Main | city
DE | Stuttgart | | city
DE | Düsseldorf | Dusseldorf | city
DE | Leipzig | | city
DE | Dresden | | city
DE | Hanover | Hannover | city
DE | Nuremberg | Nürnberg | city
DE | Bonn | | city
DE | Bavaria | Bayern | region
IT | Milan | Milano | city
IT | Naples | Napoli | city
IT | Turin | Torino | city
IT | Florence | Firenze | city
IT | Venice | Venezia | city
IT | Genoa | Genova | city
IT | Bologna | | city
IT | Palermo | | city
IT | Sicily | Sicilia | region
IT | Sardinia | Sardegna | region
IT | Lampedusa | | region
ES | Barcelona | | city
ES | Valencia | | city
ES | Seville | Sevilla | city
ES | Bilbao | | city
ES | Malaga | Málaga | city
ES | Zaragoza | Saragossa | city
ES | Catalonia | Catalunya;Cataluña | region
ES | Basque Country | Euskadi | region
ES | Canary Islands | Canaries | region
PT | Porto | Oporto | city
PT | Madeira | | region
PT | Azores | | region
NL | The Hague | Den Haag;'s-Gravenhage | city
NL | Rotterdam | | city
NL | Utrecht | | city
NL | Maastricht | | city
BE | Antwerp | Antwerpen;Anvers | city
BE | Ghent | Gent | city
BE | Liège | Liege | city
BE | Bruges | Brugge | city
BE | Flanders | | region
BE | Wallonia | | region
CH | Geneva | Genève;Genf | city
CH | Zurich | Zürich | city
CH | Basel | Basle | city
CH | Lausanne | | city
CH | Davos | | city
CH | Lucerne | Luzern | city
AT | Salzburg | | city
AT | Graz | | city
AT | Innsbruck | | city
AT | Linz | | city
PL | Krakow | Kraków;Cracow | city
PL | Gdansk | Gdańsk;Danzig | city
PL | Wroclaw | Wrocław;Breslau | city
PL | Poznan | Poznań | city
PL | Lodz | Łódź | city
PL | Rzeszow | Rzeszów | city
CZ | Brno | | city
CZ | Karlovy Vary | Carlsbad | city
SK | Kosice | Košice | city
HU | Debrecen | | city
RO | Cluj-Napoca | Cluj | city
RO | Constanta | Constanța | city
RO | Iasi | Iași | city
BG | Plovdiv | | city
BG | Varna | | city
RS | Novi Sad | | city
RS | Nis | Niš | city
HR | Split, Croatia | | city
HR | Dubrovnik | | city
SI | Maribor | | city
BA | Banja Luka | | city
BA | Mostar | | city
BA | Republika Srpska | | region
AL | Durres | Durrës | city
MK | Ohrid | | city
ME | Budva | | city
XK | Prizren | | city
GR | Thessaloniki | Salonica | city
GR | Piraeus | | city
GR | Crete | | region
GR | Rhodes | | region
MT | Gozo | | region
SE | Gothenburg | Göteborg | city
SE | Malmo | Malmö | city
SE | Uppsala | | city
NO | Bergen | | city
NO | Tromso | Tromsø | city
NO | Trondheim | | city
NO | Svalbard | Spitsbergen | region
DK | Aarhus | Århus | city
DK | Odense | | city
FI | Turku | Åbo | city
FI | Tampere | | city
FI | Espoo | | city
IS | Akureyri | | city
EE | Tartu | | city
EE | Narva | | city
LV | Daugavpils | | city
LV | Jurmala | Jūrmala | city
LT | Kaunas | | city
LT | Klaipeda | Klaipėda | city
IE | Cork, Ireland | | city
IE | Galway | | city
# ------------------------------------------------------------ Africa
EG | Alexandria | | city
EG | Giza | | city
EG | Sharm El Sheikh | Sharm el-Sheikh;Sharm al-Sheikh | city
EG | Luxor | | city
EG | Aswan | | city
EG | Port Said | | city
EG | Suez | | city
EG | New Administrative Capital | | city
EG | Sinai | Sinai Peninsula | region
EG | Hurghada | | city
LY | Benghazi | | city
LY | Misrata | Misurata | city
LY | Tripoli, Libya | | city
TN | Sfax | | city
TN | Sousse | | city
TN | Djerba | | region
DZ | Oran | | city
DZ | Constantine, Algeria | | city
DZ | Annaba | | city
MA | Casablanca | | city
MA | Marrakech | Marrakesh | city
MA | Fez | Fes | city
MA | Tangier | Tanger | city
MA | Agadir | | city
SD | Port Sudan | | city
SD | Omdurman | | city
SD | Darfur | | region
SS | Malakal | | city
ET | Dire Dawa | | city
ET | Bahir Dar | | city
ET | Mekelle | Mek'ele | city
ET | Tigray | | region
ET | Amhara | | region
ET | Oromia | | region
SO | Hargeisa | | city
SO | Kismayo | | city
SO | Somaliland | | region
SO | Puntland | | region
KE | Mombasa | | city
KE | Kisumu | | city
KE | Nakuru | | city
TZ | Dar es Salaam | | city
TZ | Arusha | | city
TZ | Zanzibar | | region
TZ | Mwanza | | city
UG | Entebbe | | city
RW | Huye | Butare | city
BI | Bujumbura | | city
CD | Lubumbashi | | city
CD | Goma | | city
CD | Kisangani | | city
CD | Bukavu | | city
CG | Pointe-Noire | | city
CM | Douala | | city
GA | Port-Gentil | | city
AO | Benguela | | city
AO | Lobito | | city
ZM | Ndola | | city
ZM | Livingstone, Zambia | | city
ZM | Kitwe | | city
ZW | Bulawayo | | city
ZW | Victoria Falls | | city
MW | Blantyre | | city
MZ | Beira | | city
MZ | Nampula | | city
MZ | Cabo Delgado | | region
ZA | Johannesburg | Joburg;Jozi | city
ZA | Durban | eThekwini | city
ZA | Port Elizabeth | Gqeberha | city
ZA | Soweto | | city
NA | Walvis Bay | | city
BW | Francistown | | city
MG | Toamasina | Tamatave | city
NG | Lagos | | city
NG | Kano | | city
NG | Ibadan | | city
NG | Port Harcourt | | city
NG | Kaduna | | city
NG | Maiduguri | | city
GH | Kumasi | | city
GH | Tamale | | city
CI | Abidjan | | city
CI | Bouaké | Bouake | city
SN | Touba | | city
SN | Thiès | Thies | city
SN | Diamniadio | | city
BJ | Cotonou | | city
ML | Timbuktu | Tombouctou | city
ML | Gao | | city
ML | Kidal | | city
BF | Bobo-Dioulasso | | city
NE | Agadez | | city
NE | Zinder | | city
MR | Nouadhibou | | city
GN | Kankan | | city
GM | Serekunda | | city
CV | Mindelo | | city
TD | Moundou | | city
CF | Berbérati | Berberati | city
GQ | Bata | | city
ER | Massawa | | city
DJ | Tadjourah | | city
MU | Curepipe | | city
SC | Mahé | Mahe | region
ZA | Stellenbosch | | city
# ------------------------------------------------------------ Americas
US | New York City | New York;NYC;N.Y.C. | city
US | Los Angeles | L.A. | city
US | Chicago | | city
US | Houston | | city
US | Philadelphia | | city
US | San Francisco | | city
US | Boston | | city
US | Seattle | | city
US | Miami | | city
US | Atlanta | | city
US | Dallas | | city
US | Denver | | city
US | Las Vegas | | city
US | Detroit | | city
US | San Diego | | city
US | Honolulu | | city
US | Anchorage | | city
US | New Orleans | | city
US | Baltimore | | city
US | Pittsburgh | | city
US | Minneapolis | | city
US | Phoenix, Arizona | | city
US | Austin, Texas | | city
US | California | | region
US | Texas | | region
US | Florida | | region
US | New Jersey | | region
US | Virginia | | region
US | Alaska | | region
US | Hawaii | | region
US | Illinois | | region
US | Massachusetts | | region
US | Pennsylvania | | region
US | Michigan | | region
US | Ohio | | region
US | Arizona | | region
US | Nevada | | region
US | Maryland | | region
US | Silicon Valley | | region
US | New York State | | region
CA | Toronto | | city
CA | Montreal | Montréal | city
CA | Vancouver | | city
CA | Calgary | | city
CA | Edmonton | | city
CA | Quebec City | Québec City | city
CA | Winnipeg | | city
CA | Halifax, Nova Scotia | | city
CA | Quebec | Québec | region
CA | Ontario | | region
CA | British Columbia | | region
CA | Alberta | | region
MX | Guadalajara | | city
MX | Monterrey | | city
MX | Tijuana | | city
MX | Cancún | Cancun | city
MX | Puebla | | city
MX | Acapulco | | city
MX | Ciudad Juárez | Ciudad Juarez;Juárez | city
BR | São Paulo | Sao Paulo | city
BR | Rio de Janeiro | Rio | city
BR | Salvador, Bahia | | city
BR | Belo Horizonte | | city
BR | Fortaleza | | city
BR | Recife | | city
BR | Porto Alegre | | city
BR | Manaus | | city
BR | Belém | Belem | city
BR | Curitiba | | city
BR | Amazon rainforest | Amazonia | region
AR | Córdoba, Argentina | | city
AR | Rosario | | city
AR | Mendoza | | city
AR | Ushuaia | | city
AR | Patagonia | | region
CL | Valparaíso | Valparaiso | city
CL | Antofagasta | | city
CL | Concepción, Chile | | city
CO | Medellín | Medellin | city
CO | Cali | | city
CO | Cartagena | | city
CO | Barranquilla | | city
PE | Cusco | Cuzco | city
PE | Arequipa | | city
PE | Trujillo, Peru | | city
VE | Maracaibo | | city
VE | Valencia, Venezuela | | city
EC | Guayaquil | | city
EC | Cuenca | | city
EC | Galápagos Islands | Galapagos Islands;Galápagos;Galapagos | region
BO | Santa Cruz de la Sierra | Santa Cruz, Bolivia | city
BO | Cochabamba | | city
UY | Punta del Este | | city
PY | Ciudad del Este | | city
CU | Santiago de Cuba | | city
CU | Guantánamo | Guantanamo;Guantanamo Bay | city
CU | Varadero | | city
HT | Cap-Haïtien | Cap-Haitien | city
DO | Santiago de los Caballeros | | city
DO | Punta Cana | | city
JM | Montego Bay | | city
PA | Colón, Panama | | city
PA | Panama Canal | | landmark
GT | Quetzaltenango | | city
HN | San Pedro Sula | | city
SV | Santa Ana, El Salvador | | city
NI | León, Nicaragua | | city
CR | Limón | | city
TT | San Fernando, Trinidad | | city
SR | Nieuw Nickerie | | city
# ------------------------------------------------------------ Oceania
AU | Sydney | | city
AU | Melbourne | | city
AU | Brisbane | | city
AU | Perth | | city
AU | Adelaide | | city
AU | Gold Coast | | city
AU | Darwin, Australia | | city
AU | Hobart | | city
AU | Cairns | | city
AU | Queensland | | region
AU | New South Wales | | region
AU | Tasmania | | region
NZ | Auckland | | city
NZ | Christchurch | | city
NZ | Queenstown | | city
NZ | Dunedin | | city
FJ | Nadi | | city
FJ | Lautoka | | city
PG | Lae | | city
PG | Bougainville | Autonomous Region of Bougainville | region
GU | Tumon | | city
# ------------------------------------------------------------ landmarks
CN | Great Hall of the People | | landmark
CN | Zhongnanhai | | landmark
CN | Tiananmen Square | Tiananmen | landmark
CN | Diaoyutai State Guesthouse | Diaoyutai | landmark
CN | Forbidden City | | landmark
CN | Great Wall of China | Great Wall | landmark
RU | Kremlin | Moscow Kremlin | landmark
RU | Red Square | | landmark
RU | Tauride Palace | | landmark
RU | Konstantinovsky Palace | Constantine Palace | landmark
RU | Novo-Ogaryovo | Novo-Ogarevo | landmark
US | White House | | landmark
US | Capitol Hill | US Capitol;U.S. Capitol;United States Capitol | landmark
US | Pentagon | | landmark
US | Oval Office | | landmark
US | Camp David | | landmark
US | United Nations Headquarters | UN Headquarters;UN headquarters in New York | landmark
KZ | Akorda | Ak Orda;Akorda Presidential Palace;Akorda Residence | landmark
KZ | Palace of Independence | | landmark
KZ | Palace of Peace and Reconciliation | Pyramid of Peace | landmark
KZ | Baiterek | Bayterek | landmark
KZ | Medeu | Medeo | landmark
JP | Imperial Palace | Tokyo Imperial Palace;Kokyo | landmark
JP | Kantei | Prime Minister's Office of Japan;Prime Minister's Official Residence | landmark
FR | Élysée Palace | Elysee Palace;Élysée;Elysee;Palais de l'Élysée | landmark
FR | Matignon | Hôtel Matignon;Hotel Matignon | landmark
FR | Quai d'Orsay | | landmark
FR | Palais Bourbon | | landmark
FR | Palais du Luxembourg | Luxembourg Palace | landmark
FR | Eiffel Tower | | landmark
GB | Downing Street | 10 Downing Street;Number 10 | landmark
GB | Palace of Westminster | Houses of Parliament | landmark
GB | Buckingham Palace | | landmark
GB | Whitehall | | landmark
DE | Reichstag | Reichstag building | landmark
DE | Federal Chancellery | Bundeskanzleramt;German Chancellery | landmark
DE | Bellevue Palace | Schloss Bellevue | landmark
DE | Brandenburg Gate | | landmark
CH | Palace of Nations | Palais des Nations;United Nations Office at Geneva;UNOG | landmark
CH | Federal Palace | Bundeshaus | landmark
BE | Berlaymont | Berlaymont building | landmark
BE | Europa building | | landmark
FR | Louise Weiss building | | landmark
VA | St. Peter's Basilica | Saint Peter's Basilica;St Peter's Basilica | landmark
VA | Apostolic Palace | | landmark
VA | St. Peter's Square | Saint Peter's Square | landmark
IT | Quirinal Palace | Palazzo del Quirinale;Quirinale | landmark
IT | Palazzo Chigi | | landmark
IT | Colosseum | | landmark
TR | Presidential Complex | Beştepe;Bestepe;Külliye;Ak Saray | landmark
TR | Dolmabahçe Palace | Dolmabahce Palace | landmark
TR | Çankaya Mansion | Cankaya Mansion | landmark
AZ | Heydar Aliyev Center | Heydar Aliyev Centre | landmark
UZ | Kuksaroy | Kuksaroy residence;Kuksaray | landmark
UZ | Registan | Registan Square | landmark
UA | Mariinskyi Palace | Mariinsky Palace | landmark
BY | Palace of Independence (Minsk) | | landmark
IN | Rashtrapati Bhavan | | landmark
IN | Hyderabad House | | landmark
IN | Parliament House (India) | Sansad Bhavan | landmark
IN | Red Fort | | landmark
IN | Taj Mahal | | landmark
KR | Yongsan Presidential Office | Yongsan | landmark
KR | Blue House | Cheong Wa Dae | landmark
KP | Kumsusan Palace of the Sun | | landmark
TW | Presidential Office Building | | landmark
TH | Government House (Thailand) | | landmark
TH | Grand Palace | | landmark
VN | Ba Dinh Square | | landmark
VN | Presidential Palace (Hanoi) | | landmark
ID | Merdeka Palace | Istana Merdeka | landmark
MY | Istana Negara | | landmark
MY | Seri Perdana | | landmark
SG | Istana | | landmark
PH | Malacañang Palace | Malacañang;Malacanang | landmark
AU | Parliament House (Canberra) | | landmark
AU | The Lodge | | landmark
EG | Ittihadiya Palace | Heliopolis Palace | landmark
EG | Pyramids of Giza | Giza pyramids | landmark
IL | Temple Mount | Al-Aqsa;Haram al-Sharif | landmark
IL | Western Wall | | landmark
SA | Al Yamamah Palace | | landmark
SA | Kaaba | | landmark
AE | Qasr Al Watan | | landmark
AE | Burj Khalifa | | landmark
QA | Amiri Diwan | | landmark
BR | Planalto Palace | Palácio do Planalto;Planalto | landmark
BR | Alvorada Palace | Palácio da Alvorada | landmark
AR | Casa Rosada | | landmark
MX | National Palace (Mexico) | Palacio Nacional | landmark
CL | La Moneda Palace | La Moneda;Palacio de La Moneda | landmark
CA | Parliament Hill | | landmark
CA | Rideau Hall | | landmark
ZA | Union Buildings | | landmark
ET | African Union Headquarters | AU Headquarters | landmark
AT | Hofburg | Hofburg Palace | landmark
AT | Vienna International Centre | | landmark
ES | Moncloa Palace | La Moncloa;Palacio de la Moncloa | landmark
ES | Royal Palace of Madrid | | landmark
PL | Belweder | Belweder Palace | landmark
CZ | Prague Castle | | landmark
HU | Sándor Palace | Sandor Palace | landmark
HU | Hungarian Parliament Building | | landmark
GE | Orbeliani Palace | | landmark
AM | Presidential Palace (Yerevan) | | landmark
MN | Government Palace (Ulaanbaatar) | Saaral Ordon | landmark
KG | Ala-Archa State Residence | Ala-Archa | landmark
KG | Yntymak Ordo | | landmark
TJ | Palace of the Nation (Dushanbe) | Kokhi Millat | landmark
TM | Oguzkhan Presidential Palace | Oguzhan Palace | landmark
IR | Sa'dabad Palace | Saadabad Palace | landmark
PK | Aiwan-e-Sadr | | landmark
BD | Bangabhaban | | landmark
LK | President's House (Colombo) | | landmark
NL | Binnenhof | | landmark
NL | Peace Palace | | landmark
DK | Christiansborg Palace | Christiansborg | landmark
SE | Rosenbad | | landmark
NO | Royal Palace, Oslo | | landmark
FI | Presidential Palace (Helsinki) | | landmark
BE | Egmont Palace | | landmark
GR | Maximos Mansion | | landmark
"""

HEADER = "type\tlabel\taliases\tstate\tparent\tattributes\tsource"


def load_states():
    states, names = {}, set()
    with open(os.path.join(GAZ, "states.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("type\t"):
                continue
            c = line.rstrip("\n").split("\t")
            attrs = dict(kv.split("=", 1) for kv in c[5].split(";") if "=" in kv)
            caps = [x for x in attrs.get("capital", "").split("|") if x]
            states[c[3]] = (c[1], caps)
            names.add(c[1])
            names.update(a for a in c[2].split("|") if a)
    return states, names


# Regions of large states, venues and towns that news of visits and
# sessions names (session 3), each with its own source:
# state | label | aliases | kind | source
EXTRA = """
BR | Alagoas |  | region | Wikipedia: administrative divisions of the state
BR | Amapá | Amapa | region | Wikipedia: administrative divisions of the state
BR | Amazonas (Brazil) |  | region | Wikipedia: administrative divisions of the state
BR | Bahia |  | region | Wikipedia: administrative divisions of the state
BR | Ceará | Ceara | region | Wikipedia: administrative divisions of the state
BR | Espírito Santo | Espirito Santo | region | Wikipedia: administrative divisions of the state
BR | Goiás | Goias | region | Wikipedia: administrative divisions of the state
BR | Maranhão | Maranhao | region | Wikipedia: administrative divisions of the state
BR | Mato Grosso |  | region | Wikipedia: administrative divisions of the state
BR | Mato Grosso do Sul |  | region | Wikipedia: administrative divisions of the state
BR | Minas Gerais |  | region | Wikipedia: administrative divisions of the state
BR | Pará |  | region | Wikipedia: administrative divisions of the state
BR | Paraíba | Paraiba | region | Wikipedia: administrative divisions of the state
BR | Paraná | Parana | region | Wikipedia: administrative divisions of the state
BR | Pernambuco |  | region | Wikipedia: administrative divisions of the state
BR | Piauí | Piaui | region | Wikipedia: administrative divisions of the state
BR | Rio Grande do Norte |  | region | Wikipedia: administrative divisions of the state
BR | Rio Grande do Sul |  | region | Wikipedia: administrative divisions of the state
BR | Rondônia | Rondonia | region | Wikipedia: administrative divisions of the state
BR | Roraima |  | region | Wikipedia: administrative divisions of the state
BR | Santa Catarina |  | region | Wikipedia: administrative divisions of the state
BR | São Paulo (state) | State of São Paulo;Sao Paulo state | region | Wikipedia: administrative divisions of the state
BR | Sergipe |  | region | Wikipedia: administrative divisions of the state
BR | Tocantins |  | region | Wikipedia: administrative divisions of the state
BR | Federal District (Brazil) | Distrito Federal | region | Wikipedia: administrative divisions of the state
ZA | Western Cape |  | region | Wikipedia: administrative divisions of the state
ZA | Eastern Cape |  | region | Wikipedia: administrative divisions of the state
ZA | Northern Cape |  | region | Wikipedia: administrative divisions of the state
ZA | Gauteng |  | region | Wikipedia: administrative divisions of the state
ZA | KwaZulu-Natal |  | region | Wikipedia: administrative divisions of the state
ZA | Free State |  | region | Wikipedia: administrative divisions of the state
ZA | Limpopo |  | region | Wikipedia: administrative divisions of the state
ZA | Mpumalanga |  | region | Wikipedia: administrative divisions of the state
ZA | North West (South Africa) |  | region | Wikipedia: administrative divisions of the state
DE | Baden-Württemberg | Baden-Wurttemberg | region | Wikipedia: administrative divisions of the state
DE | Brandenburg |  | region | Wikipedia: administrative divisions of the state
DE | Lower Saxony | Niedersachsen | region | Wikipedia: administrative divisions of the state
DE | Mecklenburg-Vorpommern | Mecklenburg-Western Pomerania | region | Wikipedia: administrative divisions of the state
DE | North Rhine-Westphalia | Nordrhein-Westfalen | region | Wikipedia: administrative divisions of the state
DE | Rhineland-Palatinate | Rheinland-Pfalz | region | Wikipedia: administrative divisions of the state
DE | Saarland |  | region | Wikipedia: administrative divisions of the state
DE | Saxony | Sachsen | region | Wikipedia: administrative divisions of the state
DE | Saxony-Anhalt | Sachsen-Anhalt | region | Wikipedia: administrative divisions of the state
DE | Schleswig-Holstein |  | region | Wikipedia: administrative divisions of the state
DE | Thuringia | Thüringen | region | Wikipedia: administrative divisions of the state
DE | Münster | Munster | city | Wikipedia: List of largest cities
DE | Meseberg | Meseberg Palace;Schloss Meseberg | landmark | Wikipedia (German federal government guest house)
DE | Frauenkirche | Dresden Frauenkirche | landmark | Wikipedia
ZA | Cape Town International Convention Centre | CTICC | landmark | Wikipedia
"""


def main():
    states, state_names = load_states()
    rows, labels = [], set()

    def add(code, label, aliases, kind, source):
        if label in state_names:
            return  # city that shares its name with a state: skipped
        if label in labels:
            sys.exit("duplicate place label " + label)
        labels.add(label)
        al = []
        for a in aliases:
            a = a.strip()
            if a and a != label and a not in al and a not in state_names:
                al.append(a)
        rows.append("\t".join(["Place", label, "|".join(al), code, "",
                               "kind=" + kind, source]))

    # capitals first, in states.tsv order
    for code, (name, caps) in states.items():
        for cap in caps:
            if (code, cap) in CAPITAL_SKIP:
                continue
            label, aliases = CAPITAL_ALIASES.get(cap, (cap, ""))
            add(code, label, aliases.split(";"), "capital", CAP_SOURCE)
    for raw in TABLE.strip().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 4:
            sys.exit("bad line: " + raw)
        code, label, aliases, kind = parts
        if code not in states:
            sys.exit("unknown state " + code)
        add(code, label, aliases.split(";"), kind,
            LANDMARK_SOURCE if kind == "landmark" else CITY_SOURCE)
    for raw in EXTRA.strip().splitlines():
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 5:
            sys.exit("bad line: " + raw)
        code, label, aliases, kind, source = parts
        if code not in states:
            sys.exit("unknown state " + code)
        add(code, label, aliases.split(";"), kind, source)
    path = os.path.join(GAZ, "places.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Places: the capital(s) of every state in states.tsv (kind=capital),\n")
        f.write("# major cities (kind=city), a few regions (kind=region) and political\n")
        f.write("# landmarks (kind=landmark).  Cities sharing their state's name\n")
        f.write("# (Singapore, Djibouti, Luxembourg, Monaco...) are omitted; names that\n")
        f.write("# are common English words or person names carry a qualifier.\n")
        f.write("# Sources: Wikipedia lists of national capitals and largest cities,\n")
        f.write("# GeoNames.  Generated by scripts/gazetteer/make_places.py.\n")
        f.write(HEADER + "\n")
        for r in rows:
            f.write(r + "\n")
    print("wrote %d places" % len(rows))


if __name__ == "__main__":
    main()
