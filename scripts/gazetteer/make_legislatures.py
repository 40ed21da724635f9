#!/usr/bin/env python3
"""Generate ontology/gazetteer/legislatures.tsv from the table below.

Table format (one body per line, fields separated by " | ", aliases by ";"):
    CC | Legislature label | aliases              a national legislature
      U | Chamber label | aliases                  its upper house
      L | Chamber label | aliases                  its lower house
A legislature followed by U/L lines is bicameral (chambers=2), otherwise
unicameral (chambers=1).  For a label of the form "<Body> of <State>" or
"<Body> of the <State>" the script adds the bare "<Body>" and, where the
state's official name differs, "<Body> of the <official name>" as aliases.

Reference: IPU Parline (data.ipu.org) for the structure (unicameral or
bicameral) and chamber names; Wikipedia "List of legislatures by country"
for native names and transliterations.  State labels and official names are
read from ontology/gazetteer/states.tsv.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")
SOURCE = "IPU Parline; Wikipedia: List of legislatures by country"

TABLE = r"""
# ---------------------------------------------------------------- Europe
AL | Parliament of Albania | Kuvendi;Kuvendi i Shqipërisë;Assembly of Albania;Assembly of the Republic of Albania
AD | General Council of Andorra | Consell General;General Council;General Council of the Valleys
AT | Parliament of Austria | Austrian Parliament
  U | Federal Council of Austria | Bundesrat;Federal Council
  L | National Council of Austria | Nationalrat;National Council
BY | National Assembly of Belarus | Natsionalnoye Sobraniye;Parliament of Belarus;Parliament
  U | Council of the Republic of Belarus | Council of the Republic;Council of the Republic of the National Assembly of Belarus
  L | House of Representatives of Belarus | House of Representatives;House of Representatives of the National Assembly of Belarus;Chamber of Representatives of Belarus
BE | Federal Parliament of Belgium | Belgian Federal Parliament;Federal Parliament;Parliament
  U | Senate of Belgium | Senate;Belgian Senate
  L | Chamber of Representatives of Belgium | Chamber of Representatives;Chamber of Deputies of Belgium;Kamer;Chambre
BA | Parliamentary Assembly of Bosnia and Herzegovina | Parliamentary Assembly;Parliament of Bosnia and Herzegovina
  U | House of Peoples of Bosnia and Herzegovina | House of Peoples
  L | House of Representatives of Bosnia and Herzegovina | House of Representatives
BG | National Assembly of Bulgaria | Narodno Sabranie;Parliament of Bulgaria;Bulgarian Parliament;Parliament
HR | Sabor | Croatian Parliament;Hrvatski sabor;Croatian Sabor;Parliament of Croatia;Parliament
CY | House of Representatives of Cyprus | Vouli ton Antiprosopon;Parliament of Cyprus;Cypriot Parliament;Parliament
CZ | Parliament of the Czech Republic | Parliament of Czechia;Czech Parliament;Parliament
  U | Senate of the Czech Republic | Senate;Senate of Czechia;Czech Senate
  L | Chamber of Deputies of the Czech Republic | Chamber of Deputies;Chamber of Deputies of Czechia;Poslanecká sněmovna
DK | Folketing | Folketinget;Danish Parliament;Parliament of Denmark;Parliament
EE | Riigikogu | Parliament of Estonia;Estonian Parliament;Parliament
FI | Parliament of Finland | Eduskunta;Riksdagen;Finnish Parliament
FR | Parliament of France | French Parliament;Parlement
  U | Senate of France | Senate;French Senate;Sénat
  L | National Assembly of France | National Assembly;French National Assembly;Assemblée nationale
DE | Parliament of Germany | German Parliament
  U | Bundesrat | Federal Council of Germany;German Bundesrat;Bundesrat of Germany;Federal Council
  L | Bundestag | German Bundestag;Deutscher Bundestag;Federal Diet;Bundestag of Germany
GR | Hellenic Parliament | Parliament of Greece;Greek Parliament;Vouli;Vouli ton Ellinon;Parliament
HU | National Assembly of Hungary | Országgyűlés;Orszaggyules;Hungarian Parliament;Parliament of Hungary;Parliament
IS | Althing | Alþingi;Althingi;Althingi;Icelandic Parliament;Parliament of Iceland;Parliament
IE | Oireachtas | Houses of the Oireachtas;Irish Parliament;Parliament of Ireland;Parliament
  U | Seanad Éireann | Seanad;Seanad Eireann;Senate of Ireland;Irish Senate;Senate
  L | Dáil Éireann | Dáil;Dail;Dail Eireann;Irish Dáil
IT | Parliament of Italy | Italian Parliament;Parlamento
  U | Senate of Italy | Senate of the Republic;Senato della Repubblica;Italian Senate;Senate
  L | Chamber of Deputies of Italy | Chamber of Deputies;Camera dei Deputati;Italian Chamber of Deputies
XK | Assembly of Kosovo | Assembly of the Republic of Kosovo;Kuvendi i Kosovës;Kosovo Assembly;Parliament of Kosovo;Assembly
LV | Saeima | Parliament of Latvia;Latvian Parliament;Parliament
LI | Landtag of Liechtenstein | Landtag;Parliament of Liechtenstein;Diet of Liechtenstein;Parliament
LT | Seimas | Seimas of the Republic of Lithuania;Lithuanian Seimas;Parliament of Lithuania;Parliament
LU | Chamber of Deputies of Luxembourg | Chamber of Deputies;Chambre des Députés;Parliament of Luxembourg;Parliament
MT | Parliament of Malta | House of Representatives of Malta;House of Representatives
MD | Parliament of Moldova | Parlamentul;Moldovan Parliament
MC | National Council of Monaco | Conseil National;National Council
ME | Parliament of Montenegro | Skupština;Skupstina;Skupština Crne Gore;Assembly of Montenegro
NL | States General of the Netherlands | States General;Staten-Generaal;Dutch Parliament;Parliament of the Netherlands;Parliament
  U | Senate of the Netherlands | Senate;Eerste Kamer;First Chamber;Dutch Senate
  L | House of Representatives of the Netherlands | House of Representatives;Tweede Kamer;Second Chamber;Dutch House of Representatives
MK | Assembly of North Macedonia | Sobranie;Sobranje;Assembly of the Republic of North Macedonia;Parliament of North Macedonia;Macedonian Parliament;Assembly;Parliament
NO | Storting | Stortinget;Norwegian Parliament;Parliament of Norway;Parliament
PL | Parliament of Poland | Polish Parliament;National Assembly of Poland;Zgromadzenie Narodowe
  U | Senate of Poland | Senate;Polish Senate;Senat
  L | Sejm | Sejm of the Republic of Poland;Polish Sejm;Sejm RP
PT | Assembly of the Republic of Portugal | Assembleia da República;Assembly of the Republic;Portuguese Parliament;Parliament of Portugal;Parliament
RO | Parliament of Romania | Romanian Parliament
  U | Senate of Romania | Senate;Romanian Senate;Senat
  L | Chamber of Deputies of Romania | Chamber of Deputies;Camera Deputaților;Romanian Chamber of Deputies
RU | Federal Assembly of Russia | Federal Assembly;Federal Assembly of the Russian Federation;Russian Parliament;Parliament;Federalnoye Sobraniye
  U | Federation Council | Federation Council of Russia;Federation Council of the Federal Assembly of the Russian Federation;Federation Council of the Russian Federation;Sovet Federatsii;Sovfed
  L | State Duma | Duma;State Duma of the Russian Federation;State Duma of the Federal Assembly of the Russian Federation;Russian State Duma;Gosudarstvennaya Duma;State Duma of Russia
SM | Grand and General Council | Consiglio Grande e Generale;Great and General Council;Parliament of San Marino;Parliament
RS | National Assembly of Serbia | Narodna skupština;Narodna skupstina;Serbian Parliament;Parliament of Serbia;Skupština;Parliament
SK | National Council of Slovakia | National Council of the Slovak Republic;Národná rada;Slovak Parliament;Parliament of Slovakia;National Council;Parliament
SI | Parliament of Slovenia | Slovenian Parliament
  U | National Council of Slovenia | National Council;Državni svet
  L | National Assembly of Slovenia | National Assembly;Državni zbor;Drzavni zbor
ES | Cortes Generales | Spanish Parliament;Parliament of Spain;General Courts;Cortes;Parliament
  U | Senate of Spain | Senate;Spanish Senate;Senado
  L | Congress of Deputies | Congreso de los Diputados;Congress of Deputies of Spain;Spanish Congress;Congreso
SE | Riksdag | Riksdagen;Swedish Parliament;Parliament of Sweden;Parliament
CH | Federal Assembly of Switzerland | Federal Assembly;Swiss Federal Assembly;Bundesversammlung;Assemblée fédérale;Swiss Parliament;Parliament
  U | Council of States of Switzerland | Council of States;Ständerat;Conseil des États
  L | National Council of Switzerland | National Council;Nationalrat;Conseil national
UA | Verkhovna Rada | Verkhovna Rada of Ukraine;Supreme Council of Ukraine;Supreme Rada;Rada;Ukrainian Parliament;Parliament of Ukraine;Parliament
GB | Parliament of the United Kingdom | UK Parliament;British Parliament;Parliament of Great Britain;Westminster;Parliament
  U | House of Lords | Lords;UK House of Lords;British House of Lords
  L | House of Commons of the United Kingdom | House of Commons;UK House of Commons;British House of Commons;Commons
# ---------------------------------------------------------------- CIS, Caucasus, Central Asia
AM | National Assembly of Armenia | Azgayin Zhoghov;Armenian Parliament;Parliament of Armenia;Parliament
AZ | Milli Majlis | Milli Mejlis;Milli Meclis;Milli Majlis of Azerbaijan;Milli Majlis of the Republic of Azerbaijan;National Assembly of Azerbaijan;National Assembly of the Republic of Azerbaijan;Azerbaijani Parliament;Parliament of Azerbaijan;National Assembly;Parliament
GE | Parliament of Georgia | Sakartvelos Parlamenti;Georgian Parliament
KZ | Parliament of Kazakhstan | Parliament of the Republic of Kazakhstan;Kazakh Parliament;Parlament
  U | Senate of Kazakhstan | Senate;Senate of the Parliament of Kazakhstan;Senate of Parliament of Kazakhstan;Senate of the Parliament of the Republic of Kazakhstan;Senate of the Republic of Kazakhstan;Kazakh Senate
  L | Majilis | Mazhilis;Mazhlis;Mazhilis of Kazakhstan;Majilis of Kazakhstan;Majilis of the Parliament of Kazakhstan;Majilis of Parliament of Kazakhstan;Majilis of the Parliament of the Republic of Kazakhstan;Mazhilis of the Parliament of Kazakhstan;Mazhilis of the Parliament of the Republic of Kazakhstan;Majlis of Kazakhstan
KG | Jogorku Kenesh | Zhogorku Kenesh;Jogorku Kenesh of Kyrgyzstan;Jogorku Kenesh of the Kyrgyz Republic;Supreme Council of Kyrgyzstan;Supreme Council of the Kyrgyz Republic;Kyrgyz Parliament;Parliament of Kyrgyzstan;Parliament
TJ | Majlisi Oli | Majlisi Oli of Tajikistan;Majlisi Oli of the Republic of Tajikistan;Supreme Assembly of Tajikistan;Parliament of Tajikistan;Tajik Parliament;Parliament
  U | Majlisi Milli | Majlisi Milli of Tajikistan;Majlisi Milli of the Majlisi Oli;National Assembly of Tajikistan;National Assembly of the Majlisi Oli;National Assembly
  L | Majlisi Namoyandagon | Majlisi Namoyandagon of Tajikistan;Majlisi Namoyandagon of the Majlisi Oli;Assembly of Representatives of Tajikistan;Assembly of Representatives of the Majlisi Oli;Assembly of Representatives
TM | Mejlis of Turkmenistan | Mejlis;Majlis of Turkmenistan;Assembly of Turkmenistan;Milli Gengesh;Parliament of Turkmenistan;Turkmen Parliament;Parliament
UZ | Oliy Majlis | Oliy Majlis of Uzbekistan;Oliy Majlis of the Republic of Uzbekistan;Oliy Majlisi;Supreme Assembly of Uzbekistan;Parliament of Uzbekistan;Uzbek Parliament;Parliament
  U | Senate of Uzbekistan | Senate;Senate of the Oliy Majlis;Senate of the Oliy Majlis of the Republic of Uzbekistan;Senate of the Oliy Majlis of Uzbekistan
  L | Legislative Chamber of Uzbekistan | Legislative Chamber;Legislative Chamber of the Oliy Majlis;Legislative Chamber of the Oliy Majlis of the Republic of Uzbekistan;Legislative Chamber of the Oliy Majlis of Uzbekistan;Qonunchilik palatasi
# ---------------------------------------------------------------- Middle East and North Africa
DZ | Parliament of Algeria | Algerian Parliament
  U | Council of the Nation | Council of the Nation of Algeria;Majlis al-Umma;Conseil de la Nation
  L | People's National Assembly | People's National Assembly of Algeria;National People's Assembly of Algeria;APN;National People's Assembly;Al-Majlis al-Sha'abi al-Watani
BH | National Assembly of Bahrain | Parliament of Bahrain;Bahraini Parliament;National Assembly;Parliament
  U | Shura Council of Bahrain | Shura Council;Consultative Council of Bahrain;Consultative Council;Majlis al-Shura
  L | Council of Representatives of Bahrain | Council of Representatives;House of Representatives of Bahrain;Majlis al-Nuwab
EG | Parliament of Egypt | Egyptian Parliament
  U | Senate of Egypt | Senate;Egyptian Senate;Majlis al-Shiyoukh
  L | House of Representatives of Egypt | House of Representatives;Egyptian House of Representatives;Majlis al-Nuwab;Egyptian Parliament's House of Representatives
IR | Islamic Consultative Assembly | Majlis;Majles;Majlis of Iran;Iranian Majlis;Islamic Parliament of Iran;Majlis-e Shura-ye Eslami;Majlis-e Shura-ye Islami;Parliament of Iran;Iranian Parliament;Parliament
IQ | Council of Representatives of Iraq | Council of Representatives;Iraqi Council of Representatives;Iraqi Parliament;Parliament of Iraq;Majlis al-Nuwwab;Parliament
IL | Knesset | Israeli Knesset;Israeli Parliament;Parliament of Israel;Parliament
JO | Parliament of Jordan | Jordanian Parliament;National Assembly of Jordan;Majlis al-Umma
  U | Senate of Jordan | Senate;House of Senators of Jordan;House of Notables;Majlis al-Aayan;Jordanian Senate
  L | House of Representatives of Jordan | House of Representatives;Chamber of Deputies of Jordan;Majlis al-Nuwab;Lower House of Jordan
KW | National Assembly of Kuwait | Majlis al-Umma;Kuwaiti National Assembly;Kuwaiti Parliament;Parliament of Kuwait;National Assembly;Parliament
LB | Parliament of Lebanon | Lebanese Parliament;Chamber of Deputies of Lebanon;Majlis al-Nuwwab;Chamber of Deputies
LY | House of Representatives of Libya | House of Representatives;Libyan House of Representatives;Libyan Parliament;Parliament of Libya;Council of Deputies;Parliament
MA | Parliament of Morocco | Moroccan Parliament
  U | House of Councillors of Morocco | House of Councillors;Majlis al-Mustasharin;Chambre des conseillers
  L | House of Representatives of Morocco | House of Representatives;Majlis al-Nuwab;Chambre des représentants
OM | Council of Oman | Majlis Oman;Oman Council;Parliament of Oman;Parliament
  U | State Council of Oman | State Council;Majlis al-Dawla;Council of State of Oman
  L | Shura Council of Oman | Shura Council;Majlis al-Shura;Consultative Assembly of Oman;Oman Shura Council
PS | Palestinian Legislative Council | PLC;Legislative Council;Palestinian Parliament
QA | Shura Council of Qatar | Shura Council;Majlis al-Shura;Qatari Shura Council;Consultative Assembly of Qatar;Advisory Council of Qatar
SA | Shura Council of Saudi Arabia | Shura Council;Consultative Assembly of Saudi Arabia;Majlis al-Shura;Saudi Shura Council;Consultative Council of Saudi Arabia
SY | People's Assembly of Syria | People's Assembly;Majlis al-Shaab;Syrian Parliament;Parliament of Syria;Parliament
TN | Parliament of Tunisia | Tunisian Parliament
  U | National Council of Regions and Districts | National Council of Regions and Districts of Tunisia;National Council of Regions;Conseil national des régions et des districts
  L | Assembly of the Representatives of the People | Assembly of People's Representatives;Assembly of the Representatives of the People of Tunisia;ARP;Majlis Nuwwab ash-Shaab
TR | Grand National Assembly of Türkiye | Grand National Assembly of Turkey;Turkish Grand National Assembly;Grand National Assembly;TBMM;Türkiye Büyük Millet Meclisi;Turkiye Buyuk Millet Meclisi;Turkish Parliament;Parliament of Türkiye;Parliament of Turkey;Meclis;Parliament
AE | Federal National Council | FNC;Federal National Council of the UAE;Federal National Council of the United Arab Emirates;Majlis al-Watani al-Ittihadi;UAE Parliament
YE | Parliament of Yemen | Yemeni Parliament
  U | Shura Council of Yemen | Shura Council;Consultative Council of Yemen;Majlis al-Shura
  L | House of Representatives of Yemen | House of Representatives;Majlis al-Nuwaab;Yemeni House of Representatives
# ---------------------------------------------------------------- Asia and the Pacific
AU | Parliament of Australia | Australian Parliament;Commonwealth Parliament;Federal Parliament of Australia
  U | Senate of Australia | Senate;Australian Senate
  L | House of Representatives of Australia | House of Representatives;Australian House of Representatives
BD | Jatiya Sangsad | Jatiya Sangshad;Parliament of Bangladesh;National Parliament of Bangladesh;House of the Nation;Bangladesh Parliament;Sangsad;Parliament
BT | Parliament of Bhutan | Chi Tshog;Bhutanese Parliament
  U | National Council of Bhutan | National Council;Gyelyong Tshogde
  L | National Assembly of Bhutan | National Assembly;Gyelyong Tshogdu
BN | Legislative Council of Brunei | Legislative Council;Majlis Mesyuarat Negara;Brunei Legislative Council
KH | Parliament of Cambodia | Cambodian Parliament;Sapheatormanh
  U | Senate of Cambodia | Senate;Cambodian Senate;Protsaphea
  L | National Assembly of Cambodia | National Assembly;Cambodian National Assembly;Radhsphea
CN | National People's Congress | NPC;National People's Congress of China;National People's Congress of the People's Republic of China;Quanguo Renmin Daibiao Dahui;Chinese Parliament
FJ | Parliament of Fiji | Fijian Parliament
IN | Parliament of India | Sansad;Indian Parliament;Bharatiya Sansad
  U | Rajya Sabha | Council of States of India;Council of States
  L | Lok Sabha | House of the People;House of the People of India
ID | People's Consultative Assembly | MPR;Majelis Permusyawaratan Rakyat;People's Consultative Assembly of Indonesia;Indonesian Parliament;Parliament of Indonesia;Parliament
  U | Regional Representative Council | DPD;Dewan Perwakilan Daerah;Regional Representative Council of Indonesia;House of Regional Representatives;Regional Representatives Council
  L | House of Representatives of Indonesia | DPR;DPR RI;Dewan Perwakilan Rakyat;House of Representatives;People's Representative Council
JP | National Diet | Diet;Diet of Japan;Japanese Diet;Kokkai;Japanese Parliament;Parliament of Japan;Parliament
  U | House of Councillors of Japan | House of Councillors;Sangiin;Japanese House of Councillors;House of Councilors
  L | House of Representatives of Japan | House of Representatives;Shugiin;Japanese House of Representatives
KI | House of Assembly of Kiribati | Maneaba ni Maungatabu;House of Assembly;Parliament of Kiribati;Parliament
LA | National Assembly of Laos | National Assembly;Lao National Assembly;National Assembly of the Lao PDR;Sapha Heng Xat;Parliament of Laos;Parliament
MY | Parliament of Malaysia | Malaysian Parliament;Parlimen Malaysia
  U | Dewan Negara | Senate of Malaysia;Malaysian Senate;Senate
  L | Dewan Rakyat | House of Representatives of Malaysia;House of Representatives
MV | People's Majlis | Majlis;Majlis of Maldives;People's Majlis of Maldives;Parliament of Maldives;Maldivian Parliament;Parliament
MH | Nitijela | Nitijela of the Marshall Islands;Parliament of the Marshall Islands;Parliament
FM | Congress of Micronesia | Congress of the Federated States of Micronesia;FSM Congress;Congress
MN | State Great Khural | Great State Khural;State Great Hural;Ulsyn Ikh Khural;Ulsiin Ikh Khural;Great Khural;Khural;Mongolian Parliament;Parliament of Mongolia;Parliament
MM | Pyidaungsu Hluttaw | Assembly of the Union;Union Parliament;Parliament of Myanmar;Union Assembly;Hluttaw;Parliament
  U | Amyotha Hluttaw | House of Nationalities;House of Nationalities of Myanmar
  L | Pyithu Hluttaw | House of Representatives of Myanmar;House of Representatives
NR | Parliament of Nauru | Nauruan Parliament
NP | Federal Parliament of Nepal | Sangheeya Sansad;Parliament of Nepal;Nepalese Parliament;Federal Parliament;Parliament
  U | National Assembly of Nepal | National Assembly;Rastriya Sabha;Rashtriya Sabha
  L | House of Representatives of Nepal | House of Representatives;Pratinidhi Sabha
NZ | House of Representatives of New Zealand | New Zealand House of Representatives;Parliament of New Zealand;New Zealand Parliament;House of Representatives;Parliament
KP | Supreme People's Assembly | SPA;Supreme People's Assembly of the DPRK;Supreme People's Assembly of North Korea;Choe Go In Min Hoe Ui;North Korean Parliament
PK | Parliament of Pakistan | Majlis-e-Shoora;Majlis-e-Shura;Pakistani Parliament
  U | Senate of Pakistan | Senate;Pakistani Senate;Aiwan-e-Balaa
  L | National Assembly of Pakistan | National Assembly;Aiwan-e-Zairin
PW | Palau National Congress | Olbiil Era Kelulau;OEK;Congress of Palau
  U | Senate of Palau | Senate
  L | House of Delegates of Palau | House of Delegates
PG | National Parliament of Papua New Guinea | National Parliament;Parliament of Papua New Guinea;PNG Parliament;Parliament
PH | Congress of the Philippines | Philippine Congress;Congress;Kongreso ng Pilipinas
  U | Senate of the Philippines | Senate;Philippine Senate
  L | House of Representatives of the Philippines | House of Representatives;Philippine House of Representatives
KR | National Assembly of South Korea | National Assembly of the Republic of Korea;National Assembly of Korea;Gukhoe;South Korean Parliament;National Assembly;Parliament
WS | Legislative Assembly of Samoa | Fono;Parliament of Samoa;Samoan Parliament;Legislative Assembly;Parliament
SG | Parliament of Singapore | Singaporean Parliament
SB | National Parliament of Solomon Islands | National Parliament;Parliament of Solomon Islands;Parliament
LK | Parliament of Sri Lanka | Sri Lankan Parliament;Parliament of the Democratic Socialist Republic of Sri Lanka
TW | Legislative Yuan | Legislative Yuan of Taiwan;Lifayuan;Legislative Yuan of the Republic of China
TH | National Assembly of Thailand | Parliament of Thailand;Thai Parliament;Ratthasapha;National Assembly;Parliament
  U | Senate of Thailand | Senate;Thai Senate;Wuthisapha
  L | House of Representatives of Thailand | House of Representatives;Sapha Phuthaen Ratsadon;Thai House of Representatives
TL | National Parliament of Timor-Leste | Parlamento Nacional;National Parliament;Parliament of Timor-Leste;Parliament of East Timor;Parliament
TO | Legislative Assembly of Tonga | Fale Alea;Legislative Assembly;Parliament of Tonga;Parliament
TV | Parliament of Tuvalu | Fale i Fono;Palamene o Tuvalu
VU | Parliament of Vanuatu | Vanuatu Parliament
VN | National Assembly of Vietnam | National Assembly;Quốc hội;Quoc hoi;National Assembly of Viet Nam;Vietnamese National Assembly;Vietnamese Parliament;Parliament
# ---------------------------------------------------------------- Africa
AO | National Assembly of Angola | National Assembly;Assembleia Nacional;Angolan Parliament;Parliament
BJ | National Assembly of Benin | National Assembly;Assemblée nationale;Parliament of Benin;Parliament
BW | National Assembly of Botswana | National Assembly;Parliament of Botswana;Parliament
BF | Transitional Legislative Assembly of Burkina Faso | Transitional Legislative Assembly;Assemblée législative de transition;National Assembly of Burkina Faso;Parliament of Burkina Faso;Parliament
BI | Parliament of Burundi | Burundian Parliament
  U | Senate of Burundi | Senate
  L | National Assembly of Burundi | National Assembly
CV | National Assembly of Cabo Verde | National Assembly;National Assembly of Cape Verde;Assembleia Nacional;Parliament of Cabo Verde;Parliament
CM | Parliament of Cameroon | Cameroonian Parliament
  U | Senate of Cameroon | Senate
  L | National Assembly of Cameroon | National Assembly
CF | National Assembly of the Central African Republic | National Assembly;Assemblée nationale;Parliament of the Central African Republic;Parliament
TD | Parliament of Chad | Chadian Parliament
  U | Senate of Chad | Senate
  L | National Assembly of Chad | National Assembly
KM | Assembly of the Union of the Comoros | Assembly of the Union;Assemblée de l'Union;Parliament of Comoros;Parliament
CG | Parliament of the Republic of the Congo | Parliament of Congo;Parliament of Congo-Brazzaville
  U | Senate of the Republic of the Congo | Senate;Senate of Congo
  L | National Assembly of the Republic of the Congo | National Assembly;National Assembly of Congo
CD | Parliament of the Democratic Republic of the Congo | Parliament of the DRC;Congolese Parliament
  U | Senate of the Democratic Republic of the Congo | Senate;Senate of the DRC
  L | National Assembly of the Democratic Republic of the Congo | National Assembly;National Assembly of the DRC
CI | Parliament of Côte d'Ivoire | Ivorian Parliament;Parliament of Ivory Coast
  U | Senate of Côte d'Ivoire | Senate;Ivorian Senate;Senate of Ivory Coast
  L | National Assembly of Côte d'Ivoire | National Assembly;Ivorian National Assembly;National Assembly of Ivory Coast
DJ | National Assembly of Djibouti | National Assembly;Parliament of Djibouti;Parliament
GQ | Parliament of Equatorial Guinea | Cortes Generales of Equatorial Guinea
  U | Senate of Equatorial Guinea | Senate
  L | Chamber of Deputies of Equatorial Guinea | Chamber of Deputies
ER | National Assembly of Eritrea | National Assembly;Hagerawi Baito;Parliament of Eritrea;Parliament
SZ | Parliament of Eswatini | Libandla;Parliament of Swaziland
  U | Senate of Eswatini | Senate;Senate of Swaziland
  L | House of Assembly of Eswatini | House of Assembly;House of Assembly of Swaziland
ET | Federal Parliamentary Assembly | Federal Parliamentary Assembly of Ethiopia;Parliament of Ethiopia;Ethiopian Parliament;Parliament
  U | House of Federation | House of the Federation;House of Federation of Ethiopia;Yefedereshn Mekir Bet
  L | House of Peoples' Representatives | House of Peoples' Representatives of Ethiopia;HoPR;Yehizbtewekayoch Mekir Bet
GA | Parliament of Gabon | Gabonese Parliament
  U | Senate of Gabon | Senate
  L | National Assembly of Gabon | National Assembly
GM | National Assembly of the Gambia | National Assembly;National Assembly of Gambia;Parliament of the Gambia;Parliament
GH | Parliament of Ghana | Ghanaian Parliament
GN | National Transition Council of Guinea | National Transition Council;CNT;Conseil national de la transition;National Assembly of Guinea;Parliament of Guinea;Parliament
GW | National People's Assembly of Guinea-Bissau | National People's Assembly;Assembleia Nacional Popular;ANP;Parliament of Guinea-Bissau;Parliament
KE | Parliament of Kenya | Kenyan Parliament
  U | Senate of Kenya | Senate;Kenyan Senate
  L | National Assembly of Kenya | National Assembly;Kenyan National Assembly
LS | Parliament of Lesotho | Lesotho Parliament
  U | Senate of Lesotho | Senate
  L | National Assembly of Lesotho | National Assembly
LR | Legislature of Liberia | Liberian Legislature;National Legislature of Liberia
  U | Senate of Liberia | Senate;Liberian Senate
  L | House of Representatives of Liberia | House of Representatives
MG | Parliament of Madagascar | Malagasy Parliament
  U | Senate of Madagascar | Senate
  L | National Assembly of Madagascar | National Assembly
MW | National Assembly of Malawi | National Assembly;Parliament of Malawi;Parliament
ML | National Transitional Council of Mali | National Transitional Council;CNT;Conseil national de transition;National Assembly of Mali;Parliament of Mali;Parliament
MR | National Assembly of Mauritania | National Assembly;Parliament of Mauritania;Parliament
MU | National Assembly of Mauritius | National Assembly;Parliament of Mauritius;Parliament
MZ | Assembly of the Republic of Mozambique | Assembly of the Republic;Assembleia da República;Parliament of Mozambique;Parliament
NA | Parliament of Namibia | Namibian Parliament
  U | National Council of Namibia | National Council
  L | National Assembly of Namibia | National Assembly
NE | National Assembly of Niger | National Assembly;Parliament of Niger;Parliament
NG | National Assembly of Nigeria | National Assembly;Nigerian National Assembly;Parliament of Nigeria;Parliament
  U | Senate of Nigeria | Senate;Nigerian Senate
  L | House of Representatives of Nigeria | House of Representatives;Federal House of Representatives;Nigerian House of Representatives
RW | Parliament of Rwanda | Rwandan Parliament
  U | Senate of Rwanda | Senate
  L | Chamber of Deputies of Rwanda | Chamber of Deputies
ST | National Assembly of Sao Tome and Principe | National Assembly;National Assembly of São Tomé and Príncipe;Parliament of Sao Tome and Principe;Parliament
SN | National Assembly of Senegal | National Assembly;Assemblée nationale;Parliament of Senegal;Parliament
SC | National Assembly of Seychelles | National Assembly;Parliament of Seychelles;Parliament
SL | Parliament of Sierra Leone | Sierra Leonean Parliament
SO | Federal Parliament of Somalia | Federal Parliament;Parliament of Somalia;Somali Parliament;Parliament
  U | Upper House of Somalia | Upper House of the Federal Parliament of Somalia;Senate of Somalia;Aqalka Sare
  L | House of the People of Somalia | House of the People;House of the People of the Federal Parliament of Somalia;Golaha Shacabka
ZA | Parliament of South Africa | South African Parliament
  U | National Council of Provinces | NCOP;National Council of Provinces of South Africa
  L | National Assembly of South Africa | National Assembly
SS | National Legislature of South Sudan | National Legislature;Transitional National Legislature;Parliament of South Sudan;Parliament
  U | Council of States of South Sudan | Council of States
  L | Transitional National Legislative Assembly | TNLA;National Legislative Assembly of South Sudan;Revitalized Transitional National Legislative Assembly;R-TNLA;National Legislative Assembly
TZ | National Assembly of Tanzania | Bunge;Bunge la Tanzania;National Assembly;Parliament of Tanzania;Tanzanian Parliament;Parliament
TG | Parliament of Togo | Togolese Parliament
  U | Senate of Togo | Senate
  L | National Assembly of Togo | National Assembly
UG | Parliament of Uganda | Ugandan Parliament
ZM | National Assembly of Zambia | National Assembly;Parliament of Zambia;Parliament
ZW | Parliament of Zimbabwe | Zimbabwean Parliament
  U | Senate of Zimbabwe | Senate
  L | National Assembly of Zimbabwe | National Assembly
# ---------------------------------------------------------------- Americas
AG | Parliament of Antigua and Barbuda | Parliament
  U | Senate of Antigua and Barbuda | Senate
  L | House of Representatives of Antigua and Barbuda | House of Representatives
AR | National Congress of Argentina | Argentine National Congress;Congreso de la Nación Argentina;Argentine Congress;National Congress;Congress
  U | Senate of Argentina | Senate;Argentine Senate;Honorable Senate of the Nation;Senado
  L | Chamber of Deputies of Argentina | Chamber of Deputies;Argentine Chamber of Deputies;Honorable Chamber of Deputies of the Nation
BS | Parliament of the Bahamas | Parliament of The Bahamas;Bahamian Parliament
  U | Senate of the Bahamas | Senate
  L | House of Assembly of the Bahamas | House of Assembly
BB | Parliament of Barbados | Barbadian Parliament
  U | Senate of Barbados | Senate
  L | House of Assembly of Barbados | House of Assembly
BZ | National Assembly of Belize | National Assembly;Parliament of Belize;Parliament
  U | Senate of Belize | Senate
  L | House of Representatives of Belize | House of Representatives
BO | Plurinational Legislative Assembly | Plurinational Legislative Assembly of Bolivia;Asamblea Legislativa Plurinacional;Bolivian Congress;Bolivian Parliament
  U | Chamber of Senators of Bolivia | Chamber of Senators;Senate of Bolivia;Bolivian Senate;Senate
  L | Chamber of Deputies of Bolivia | Chamber of Deputies;Bolivian Chamber of Deputies
BR | National Congress of Brazil | Brazilian National Congress;Congresso Nacional;Brazilian Congress;National Congress;Congress
  U | Federal Senate of Brazil | Federal Senate;Senado Federal;Brazilian Senate;Senate of Brazil;Senate
  L | Chamber of Deputies of Brazil | Chamber of Deputies;Câmara dos Deputados;Brazilian Chamber of Deputies
CA | Parliament of Canada | Canadian Parliament
  U | Senate of Canada | Senate;Canadian Senate
  L | House of Commons of Canada | House of Commons;Canadian House of Commons
CL | National Congress of Chile | Congreso Nacional de Chile;Chilean Congress;National Congress;Congress
  U | Senate of Chile | Senate;Chilean Senate
  L | Chamber of Deputies of Chile | Chamber of Deputies;Chilean Chamber of Deputies
CO | Congress of Colombia | Congreso de la República de Colombia;Colombian Congress;Congress of the Republic of Colombia;Congress
  U | Senate of Colombia | Senate;Colombian Senate;Senate of the Republic of Colombia
  L | House of Representatives of Colombia | House of Representatives;Chamber of Representatives of Colombia;Cámara de Representantes
CR | Legislative Assembly of Costa Rica | Legislative Assembly;Asamblea Legislativa;Costa Rican Congress;Parliament of Costa Rica;Parliament
CU | National Assembly of People's Power | National Assembly of People's Power of Cuba;Asamblea Nacional del Poder Popular;ANPP;Cuban Parliament;Parliament of Cuba;National Assembly of Cuba;National Assembly;Parliament
DM | House of Assembly of Dominica | House of Assembly;Parliament of Dominica;Parliament
DO | National Congress of the Dominican Republic | Congreso Nacional;Dominican Congress;National Congress;Congress
  U | Senate of the Dominican Republic | Senate;Dominican Senate
  L | Chamber of Deputies of the Dominican Republic | Chamber of Deputies
EC | National Assembly of Ecuador | National Assembly;Asamblea Nacional;Ecuadorian National Assembly;Parliament of Ecuador;Parliament
SV | Legislative Assembly of El Salvador | Legislative Assembly;Asamblea Legislativa;Salvadoran Congress;Parliament of El Salvador;Parliament
GD | Parliament of Grenada | Grenadian Parliament
  U | Senate of Grenada | Senate
  L | House of Representatives of Grenada | House of Representatives
GT | Congress of Guatemala | Congress of the Republic of Guatemala;Congreso de la República;Guatemalan Congress;Congress
GY | National Assembly of Guyana | National Assembly;Parliament of Guyana;Parliament
HT | Parliament of Haiti | Haitian Parliament
  U | Senate of Haiti | Senate;Haitian Senate
  L | Chamber of Deputies of Haiti | Chamber of Deputies
HN | National Congress of Honduras | National Congress;Congreso Nacional;Honduran Congress;Congress
JM | Parliament of Jamaica | Jamaican Parliament
  U | Senate of Jamaica | Senate
  L | House of Representatives of Jamaica | House of Representatives
MX | Congress of the Union | Congress of Mexico;Mexican Congress;Congreso de la Unión;General Congress of the United Mexican States;Congress
  U | Senate of Mexico | Senate;Mexican Senate;Senate of the Republic;Senado de la República
  L | Chamber of Deputies of Mexico | Chamber of Deputies;Mexican Chamber of Deputies;Cámara de Diputados
NI | National Assembly of Nicaragua | National Assembly;Asamblea Nacional;Parliament of Nicaragua;Parliament
PA | National Assembly of Panama | National Assembly;Asamblea Nacional;Parliament of Panama;Parliament
PY | Congress of Paraguay | National Congress of Paraguay;Congreso Nacional;Paraguayan Congress;Congress
  U | Chamber of Senators of Paraguay | Chamber of Senators;Senate of Paraguay;Senate
  L | Chamber of Deputies of Paraguay | Chamber of Deputies
PE | Congress of Peru | Congress of the Republic of Peru;Congreso de la República;Peruvian Congress;Congress
KN | National Assembly of Saint Kitts and Nevis | National Assembly;Parliament of Saint Kitts and Nevis;Parliament
LC | Parliament of Saint Lucia | Parliament
  U | Senate of Saint Lucia | Senate
  L | House of Assembly of Saint Lucia | House of Assembly
VC | House of Assembly of Saint Vincent and the Grenadines | House of Assembly;Parliament of Saint Vincent and the Grenadines;Parliament
SR | National Assembly of Suriname | National Assembly;De Nationale Assemblée;Parliament of Suriname;Parliament
TT | Parliament of Trinidad and Tobago | Parliament
  U | Senate of Trinidad and Tobago | Senate
  L | House of Representatives of Trinidad and Tobago | House of Representatives
US | United States Congress | US Congress;U.S. Congress;Congress of the United States;American Congress;Congress
  U | United States Senate | Senate;US Senate;U.S. Senate;Senate of the United States
  L | United States House of Representatives | House of Representatives;US House of Representatives;U.S. House of Representatives;US House;U.S. House;House of Representatives of the United States
UY | General Assembly of Uruguay | General Assembly;Asamblea General;Uruguayan Parliament;Parliament of Uruguay;Parliament
  U | Chamber of Senators of Uruguay | Chamber of Senators;Senate of Uruguay;Senate
  L | Chamber of Representatives of Uruguay | Chamber of Representatives;Chamber of Deputies of Uruguay
VE | National Assembly of Venezuela | National Assembly;Asamblea Nacional;Venezuelan National Assembly;Parliament of Venezuela;Parliament
# ---------------------------------------------------------------- territories with their own legislature
HK | Legislative Council of Hong Kong | LegCo;Legislative Council;Hong Kong Legislative Council
MO | Legislative Assembly of Macao | Legislative Assembly of Macau;Legislative Assembly
GL | Inatsisartut | Parliament of Greenland;Greenlandic Parliament;Parliament
FO | Løgting | Logting;Lagting;Faroese Parliament;Parliament of the Faroe Islands;Parliament
PR | Legislative Assembly of Puerto Rico | Legislative Assembly
  U | Senate of Puerto Rico | Senate
  L | House of Representatives of Puerto Rico | House of Representatives
"""

HEADER = "type\tlabel\taliases\tstate\tparent\tattributes\tsource"


def load_states():
    states = {}
    with open(os.path.join(GAZ, "states.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("type\t"):
                continue
            c = line.rstrip("\n").split("\t")
            attrs = dict(kv.split("=", 1) for kv in c[5].split(";") if "=" in kv)
            states[c[3]] = (c[1], attrs.get("official", c[1]))
    return states


def derived(label, code, states):
    """Bare name and official-name form for '<Body> of [the] <State>'."""
    name, official = states[code]
    out = []
    for suffix in (" of the " + name, " of " + name):
        if label.endswith(suffix):
            base = label[: -len(suffix)]
            out.append(base)
            if official != name:
                out.append(base + " of the " + official)
            break
    return out


def main():
    states = load_states()
    rows = []
    leg = None
    for raw in TABLE.strip().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 3:
            sys.exit("bad line: " + raw)
        code, label, aliases = parts
        if code in ("U", "L"):
            if leg is None:
                sys.exit("chamber before legislature: " + raw)
            leg["chambers"].append((code, label, aliases))
            continue
        if code not in states:
            sys.exit("unknown state " + code)
        leg = {"code": code, "label": label, "aliases": aliases, "chambers": []}
        rows.append(leg)

    out = []
    for leg in rows:
        code = leg["code"]
        n = len(leg["chambers"])
        if n not in (0, 2):
            sys.exit("%s: %d chambers" % (leg["label"], n))

        def aliases_for(label, aliases):
            al = []
            for a in [x.strip() for x in aliases.split(";") if x.strip()] + \
                    derived(label, code, states):
                if a != label and a not in al:
                    al.append(a)
            return "|".join(al)

        out.append("\t".join(["Legislature", leg["label"],
                              aliases_for(leg["label"], leg["aliases"]), code, "",
                              "chambers=%d" % (2 if n else 1), SOURCE]))
        for (h, label, aliases) in leg["chambers"]:
            out.append("\t".join(["Chamber", label, aliases_for(label, aliases), code,
                                  leg["label"],
                                  "house=" + ("upper" if h == "U" else "lower"),
                                  SOURCE]))
    path = os.path.join(GAZ, "legislatures.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# National legislatures (type Legislature, chambers=1|2) and, for\n")
        f.write("# bicameral ones, their two houses (type Chamber, parent = legislature,\n")
        f.write("# house=upper|lower).  Structure and chamber names follow IPU Parline;\n")
        f.write("# native names from Wikipedia 'List of legislatures by country'.\n")
        f.write("# Supranational parliaments are in organizations.tsv.\n")
        f.write("# Generated by scripts/gazetteer/make_legislatures.py; edit the script.\n")
        f.write(HEADER + "\n")
        for r in out:
            f.write(r + "\n")
    covered = {leg["code"] for leg in rows}
    missing = [c for c in states if c not in covered]
    print("wrote %d rows (%d legislatures); states without a row: %s"
          % (len(out), len(rows), " ".join(sorted(missing))))


if __name__ == "__main__":
    main()
