#!/usr/bin/env python3
"""Generate ontology/gazetteer/organizations.tsv from the table below.

Table format: kind | label | aliases (;) | state (ISO alpha-2 or empty)
              | parent label (or empty) | source
Blank source = the default for the section (the last "@source" line).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
GAZ = os.path.join(ROOT, "ontology", "gazetteer")

TABLE = r"""
@source UN: un.org (UN system chart)
international | United Nations | UN;U.N.;UNO;United Nations Organization | | |
international | United Nations General Assembly | UN General Assembly;UNGA;General Assembly of the United Nations;U.N. General Assembly | | United Nations |
international | United Nations Security Council | UN Security Council;UNSC;Security Council;U.N. Security Council | | United Nations |
international | United Nations Secretariat | UN Secretariat | | United Nations |
international | United Nations Economic and Social Council | ECOSOC;UN Economic and Social Council;Economic and Social Council | | United Nations |
international | International Court of Justice | ICJ;World Court | | United Nations |
international | United Nations Human Rights Council | UN Human Rights Council;UNHRC;Human Rights Council | | United Nations |
international | Office of the United Nations High Commissioner for Human Rights | OHCHR;UN Human Rights Office;UN Human Rights | | United Nations |
international | United Nations High Commissioner for Refugees | UNHCR;UN Refugee Agency;UN High Commissioner for Refugees | | United Nations |
international | UNESCO | United Nations Educational, Scientific and Cultural Organization;UN Educational, Scientific and Cultural Organization | | United Nations |
international | World Health Organization | WHO;World Health Organisation | | United Nations |
international | UNICEF | United Nations Children's Fund;UN Children's Fund | | United Nations |
international | United Nations Development Programme | UNDP;UN Development Programme;United Nations Development Program | | United Nations |
international | United Nations Environment Programme | UNEP;UN Environment Programme;UN Environment | | United Nations |
international | World Food Programme | WFP;UN World Food Programme;World Food Program | | United Nations |
international | Food and Agriculture Organization | FAO;Food and Agriculture Organization of the United Nations;UN Food and Agriculture Organization | | United Nations |
international | International Labour Organization | ILO;International Labor Organization | | United Nations |
international | International Atomic Energy Agency | IAEA;UN nuclear watchdog | | |
international | United Nations Population Fund | UNFPA;UN Population Fund | | United Nations |
international | UN Women | United Nations Entity for Gender Equality and the Empowerment of Women | | United Nations |
international | United Nations Office on Drugs and Crime | UNODC | | United Nations |
international | United Nations Conference on Trade and Development | UNCTAD;UN Trade and Development | | United Nations |
international | United Nations Industrial Development Organization | UNIDO | | United Nations |
international | United Nations Relief and Works Agency for Palestine Refugees in the Near East | UNRWA | | United Nations |
international | Office for the Coordination of Humanitarian Affairs | OCHA;UN OCHA;UN Office for the Coordination of Humanitarian Affairs | | United Nations |
international | United Nations Framework Convention on Climate Change | UNFCCC;UN Climate Change | | United Nations |
international | Economic and Social Commission for Asia and the Pacific | ESCAP;UNESCAP;UN ESCAP | | United Nations |
international | United Nations Economic Commission for Europe | UNECE;UN Economic Commission for Europe | | United Nations |
international | Economic Commission for Africa | UNECA;UN Economic Commission for Africa;United Nations Economic Commission for Africa | | United Nations |
international | Economic Commission for Latin America and the Caribbean | ECLAC;CEPAL | | United Nations |
international | International Telecommunication Union | ITU | | United Nations |
international | World Intellectual Property Organization | WIPO | | United Nations |
international | World Meteorological Organization | WMO | | United Nations |
international | International Civil Aviation Organization | ICAO | | United Nations |
international | International Maritime Organization | IMO | | United Nations |
international | Universal Postal Union | UPU | | United Nations |
international | UN Tourism | UNWTO;World Tourism Organization;United Nations World Tourism Organization | | United Nations |
international | International Fund for Agricultural Development | IFAD | | United Nations |
international | UN-Habitat | United Nations Human Settlements Programme | | United Nations |
international | Joint United Nations Programme on HIV/AIDS | UNAIDS | | United Nations |
international | International Organization for Migration | IOM;UN Migration | | United Nations |
international | Organisation for the Prohibition of Chemical Weapons | OPCW;Organization for the Prohibition of Chemical Weapons | | |
international | Comprehensive Nuclear-Test-Ban Treaty Organization | CTBTO | | |
international | International Criminal Court | ICC | | |
bank | World Bank | World Bank Group;International Bank for Reconstruction and Development;IBRD | | |
bank | International Monetary Fund | IMF | | |
international | World Trade Organization | WTO;World Trade Organisation | | |
international | Organisation for Economic Co-operation and Development | OECD;Organization for Economic Cooperation and Development | | |
international | International Committee of the Red Cross | ICRC;Red Cross | | |
international | International Federation of Red Cross and Red Crescent Societies | IFRC | | |
international | International Olympic Committee | IOC | | |
international | Interpol | International Criminal Police Organization;ICPO | | |
international | International Energy Agency | IEA | | |
international | International Renewable Energy Agency | IRENA | | |
international | Non-Aligned Movement | NAM | | |
international | Group of 77 | G77;G-77;Group of 77 and China | | |
international | Group of Seven | G7;G-7;Group of 7 | | |
international | Group of Twenty | G20;G-20;Group of 20 | | |
international | Group of Eight | G8;G-8 | | |
international | BRICS | BRICS group;BRICS countries | | |
international | Commonwealth of Nations | Commonwealth;The Commonwealth;British Commonwealth | | |
international | Organisation internationale de la Francophonie | OIF;La Francophonie;Francophonie;International Organisation of La Francophonie | | |
international | Community of Portuguese Language Countries | CPLP;Community of Portuguese Speaking Countries | | |
@source organisation's own website
interparliamentary | Inter-Parliamentary Union | Interparliamentary Union;IPU | | |
interparliamentary | Parliamentary Assembly of the Council of Europe | PACE;Council of Europe Parliamentary Assembly | | Council of Europe |
interparliamentary | OSCE Parliamentary Assembly | OSCE PA;Parliamentary Assembly of the OSCE;Parliamentary Assembly of the Organization for Security and Co-operation in Europe | | Organization for Security and Co-operation in Europe |
interparliamentary | Inter-Parliamentary Assembly of the CIS | CIS Inter-Parliamentary Assembly;CIS IPA;IPA CIS;Inter-Parliamentary Assembly of the Commonwealth of Independent States;Interparliamentary Assembly of the CIS;Interparliamentary Assembly of the Commonwealth of Independent States;IPA of the CIS;Interparliamentary Assembly of Member Nations of the Commonwealth of Independent States;Inter-Parliamentary Assembly of Member Nations of the CIS | | Commonwealth of Independent States |
interparliamentary | TurkPA | Parliamentary Assembly of Turkic States;Parliamentary Assembly of Turkic Speaking Countries;Parliamentary Assembly of Turkic-Speaking Countries;Turkic Parliamentary Assembly | | |
interparliamentary | PABSEC | Parliamentary Assembly of the Black Sea Economic Cooperation;Parliamentary Assembly of the Organization of the Black Sea Economic Cooperation;BSEC Parliamentary Assembly | | |
interparliamentary | Arab Parliament | Arab Parliament of the Arab League | | Arab League |
interparliamentary | European Parliament | EP;Europarliament;Parliament of the European Union | | European Union |
interparliamentary | Pan-African Parliament | PAP;Pan African Parliament | | African Union |
interparliamentary | ASEAN Inter-Parliamentary Assembly | AIPA;ASEAN Interparliamentary Assembly | | |
interparliamentary | Parlatino | Latin American and Caribbean Parliament;Latin American Parliament;Parlamento Latinoamericano | | |
interparliamentary | Parliamentary Assembly of the Mediterranean | PAM | | |
interparliamentary | Asian Parliamentary Assembly | APA;Association of Asian Parliaments for Peace | | |
interparliamentary | Parliamentary Assembly of the CSTO | CSTO Parliamentary Assembly;CSTO PA;Parliamentary Assembly of the Collective Security Treaty Organization | | Collective Security Treaty Organization |
interparliamentary | Parliamentary Assembly of the Union State | Parliamentary Assembly of the Union State of Russia and Belarus;Parliamentary Assembly of the Union of Belarus and Russia;Union State Parliamentary Assembly | | |
interparliamentary | Nordic Council | | | |
interparliamentary | Benelux Parliament | Benelux Interparliamentary Assembly;Interparliamentary Consultative Council of Benelux | | Benelux |
interparliamentary | NATO Parliamentary Assembly | NATO PA | | |
interparliamentary | Parliamentary Assembly of the Organisation of Islamic Cooperation | PUIC;Parliamentary Union of the OIC Member States;Parliamentary Union of OIC Member States | | |
interparliamentary | Parliamentary Assembly of the Francophonie | APF;Assemblée parlementaire de la Francophonie | | |
interparliamentary | Commonwealth Parliamentary Association | CPA | | |
interparliamentary | ECOWAS Parliament | Community Parliament;ECOWAS Community Parliament | | Economic Community of West African States |
interparliamentary | SADC Parliamentary Forum | SADC PF | | Southern African Development Community |
interparliamentary | East African Legislative Assembly | EALA | | East African Community |
interparliamentary | Central American Parliament | Parlacen | | |
interparliamentary | Andean Parliament | Parlamento Andino | | |
interparliamentary | Mercosur Parliament | Parlasur;Parliament of Mercosur | | Mercosur |
interparliamentary | Euronest Parliamentary Assembly | Euronest PA;Euronest | | |
interparliamentary | Parliamentary Assembly of the Union for the Mediterranean | PA-UfM | | Union for the Mediterranean |
interparliamentary | Baltic Assembly | | | |
interparliamentary | Arab Inter-Parliamentary Union | AIPU | | |
interparliamentary | African Parliamentary Union | APU;Union of African Parliaments | | |
interparliamentary | Interparliamentary Assembly on Orthodoxy | IAO | | |
interparliamentary | Conference of Speakers of Eurasian Countries' Parliaments | Meeting of Speakers of Eurasian Countries' Parliaments;Eurasian Speakers' Meeting | | |
interparliamentary | MIKTA Speakers' Consultation | MIKTA | | |
interparliamentary | Parliamentary Assembly of the Conference on Interaction and Confidence Building Measures in Asia | CICA Parliamentary Assembly | | Conference on Interaction and Confidence Building Measures in Asia |
@source organisation's own website
regional | European Union | EU;E.U. | | |
regional | European Commission | EC;Commission of the European Union | | European Union |
regional | Council of the European Union | EU Council;Council of the EU;Council of Ministers of the European Union | | European Union |
regional | European Council | | | European Union |
regional | European Central Bank | ECB | | European Union |
regional | European External Action Service | EEAS | | European Union |
regional | Council of Europe | CoE | | |
regional | European Court of Human Rights | ECHR;ECtHR;Strasbourg court | | Council of Europe |
regional | Organization for Security and Co-operation in Europe | OSCE;Organization for Security and Cooperation in Europe | | |
regional | North Atlantic Treaty Organization | NATO;North Atlantic Alliance | | |
regional | Commonwealth of Independent States | CIS;Sodruzhestvo Nezavisimykh Gosudarstv;SNG | | |
regional | CIS Executive Committee | Executive Committee of the CIS;Executive Committee of the Commonwealth of Independent States | | Commonwealth of Independent States |
regional | Shanghai Cooperation Organisation | SCO;Shanghai Cooperation Organization;Shanghai Five | | |
regional | Collective Security Treaty Organization | CSTO;Collective Security Treaty Organisation | | |
regional | Eurasian Economic Union | EAEU;EAEU;Eurasian Union;EEU | | |
regional | Eurasian Economic Commission | EEC | | Eurasian Economic Union |
regional | Supreme Eurasian Economic Council | | | Eurasian Economic Union |
regional | Union State | Union State of Russia and Belarus;Union State of Belarus and Russia | | |
regional | Organization of Turkic States | OTS;Turkic Council;Cooperation Council of Turkic Speaking States;Organisation of Turkic States | | |
regional | International Organization of Turkic Culture | TURKSOY | | |
regional | Conference on Interaction and Confidence Building Measures in Asia | CICA;Conference on Interaction and Confidence-Building Measures in Asia | | |
regional | Economic Cooperation Organization | ECO | | |
regional | Organization of the Black Sea Economic Cooperation | BSEC;Black Sea Economic Cooperation | | |
regional | GUAM Organization for Democracy and Economic Development | GUAM | | |
regional | Central Asia Regional Economic Cooperation Program | CAREC | | |
regional | International Fund for Saving the Aral Sea | IFAS | | |
regional | Association of Southeast Asian Nations | ASEAN | | |
regional | ASEAN Secretariat | | | Association of Southeast Asian Nations |
regional | Asia-Pacific Economic Cooperation | APEC | | |
regional | South Asian Association for Regional Cooperation | SAARC | | |
regional | Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation | BIMSTEC | | |
regional | Pacific Islands Forum | PIF | | |
regional | Quadrilateral Security Dialogue | Quad | | |
regional | Mekong-Lancang Cooperation | Lancang-Mekong Cooperation;LMC | | |
regional | African Union | AU | | |
regional | African Union Commission | AUC;AU Commission | | African Union |
regional | AU Peace and Security Council | Peace and Security Council of the African Union;PSC | | African Union |
regional | Economic Community of West African States | ECOWAS;CEDEAO | | |
regional | ECOWAS Commission | | | Economic Community of West African States |
regional | Southern African Development Community | SADC | | |
regional | East African Community | EAC | | |
regional | Intergovernmental Authority on Development | IGAD | | |
regional | Economic Community of Central African States | ECCAS;CEEAC | | |
regional | Common Market for Eastern and Southern Africa | COMESA | | |
regional | Alliance of Sahel States | AES;Confederation of Sahel States | | |
regional | Arab Maghreb Union | AMU;UMA | | |
regional | Arab League | League of Arab States;LAS | | |
regional | Gulf Cooperation Council | GCC;Cooperation Council for the Arab States of the Gulf | | |
regional | Organisation of Islamic Cooperation | OIC;Organization of Islamic Cooperation;Organisation of the Islamic Conference | | |
regional | Organization of American States | OAS;OEA | | |
regional | Community of Latin American and Caribbean States | CELAC | | |
regional | Mercosur | Southern Common Market;Mercosul | | |
regional | Caribbean Community | CARICOM | | |
regional | Andean Community | Comunidad Andina | | |
regional | Pacific Alliance | Alianza del Pacífico | | |
regional | Central American Integration System | SICA | | |
regional | Bolivarian Alliance for the Peoples of Our America | ALBA;ALBA-TCP | | |
regional | Nordic Council of Ministers | | | |
regional | Benelux | Benelux Union | | |
regional | Visegrád Group | V4;Visegrad Group;Visegrad Four | | |
regional | Council of the Baltic Sea States | CBSS | | |
regional | Union for the Mediterranean | UfM | | |
regional | Arctic Council | | | |
regional | Organization of the Petroleum Exporting Countries | OPEC | | |
regional | OPEC+ | OPEC Plus | | |
regional | Gas Exporting Countries Forum | GECF | | |
regional | Central Asia Plus Japan Dialogue | | | |
@source organisation's own website
bank | New Development Bank | NDB;BRICS Bank;BRICS Development Bank | | |
bank | Asian Development Bank | ADB | | |
bank | Asian Infrastructure Investment Bank | AIIB | | |
bank | European Bank for Reconstruction and Development | EBRD | | |
bank | European Investment Bank | EIB | | European Union |
bank | African Development Bank | AfDB;AFDB | | |
bank | Islamic Development Bank | IsDB;IDB Group | | |
bank | Inter-American Development Bank | IDB;IADB | | |
bank | Eurasian Development Bank | EDB | | |
bank | Bank for International Settlements | BIS | | |
bank | Black Sea Trade and Development Bank | BSTDB | | |
bank | Federal Reserve | Fed;US Federal Reserve;U.S. Federal Reserve;Federal Reserve System | US | |
bank | People's Bank of China | PBOC;PBoC | CN | |
bank | Bank of Japan | BOJ;BoJ | JP | |
bank | Bank of England | BoE | GB | |
bank | Central Bank of Russia | Bank of Russia;CBR | RU | |
bank | Reserve Bank of India | RBI | IN | |
bank | National Bank of Kazakhstan | | KZ | |
bank | Deutsche Bundesbank | Bundesbank | DE | |
@source news agency's own website; Wikipedia: List of news agencies
news-agency | Kazinform | Kazinform International News Agency;Kazakhstan National News Agency;Qazinform;Kazinform News Agency | KZ | |
news-agency | Xinhua | Xinhua News Agency;New China News Agency | CN | |
news-agency | China News Service | CNS;Zhongxinshe | CN | |
news-agency | TASS | ITAR-TASS;Russian News Agency TASS;TASS News Agency | RU | |
news-agency | RIA Novosti | RIA;RIA News | RU | |
news-agency | Interfax | Interfax News Agency | RU | |
news-agency | Sputnik | Sputnik News Agency | RU | |
news-agency | AZERTAC | Azertac;Azerbaijan State News Agency;AzerTAj | AZ | |
news-agency | Trend News Agency | Trend;Trend.az | AZ | |
news-agency | APA | APA Information Agency | AZ | |
news-agency | Report.az | Report News Agency | AZ | |
news-agency | UzA | National News Agency of Uzbekistan;National Information Agency of Uzbekistan | UZ | |
news-agency | Dunya News Agency | Dunya | UZ | |
news-agency | Kabar | Kabar News Agency;Kyrgyz National News Agency Kabar | KG | |
news-agency | AKIpress | AKIpress News Agency | KG | |
news-agency | 24.kg | 24.kg News Agency | KG | |
news-agency | Khovar | National Information Agency of Tajikistan;Khovar News Agency | TJ | |
news-agency | Asia-Plus | | TJ | |
news-agency | Turkmenistan State News Agency | TDH;Turkmen State News Agency | TM | |
news-agency | News Central Asia | nCa | TM | |
news-agency | Anadolu Agency | Anadolu;AA;Anadolu Ajansı | TR | |
news-agency | IRNA | Islamic Republic News Agency | IR | |
news-agency | Tasnim News Agency | Tasnim | IR | |
news-agency | Mehr News Agency | Mehr | IR | |
news-agency | Fars News Agency | Fars | IR | |
news-agency | Press Trust of India | PTI | IN | |
news-agency | Asian News International | ANI | IN | |
news-agency | Associated Press of Pakistan | APP | PK | |
news-agency | Kyodo News | Kyodo;Kyodo News Agency | JP | |
news-agency | Jiji Press | Jiji | JP | |
news-agency | Yonhap | Yonhap News Agency | KR | |
news-agency | Korean Central News Agency | KCNA | KP | |
news-agency | ANTARA | Antara News Agency;Antara | ID | |
news-agency | Bernama | Malaysian National News Agency;Pertubuhan Berita Nasional Malaysia | MY | |
news-agency | Vietnam News Agency | VNA;TTXVN | VN | |
news-agency | Khaosan Pathet Lao | KPL;Lao News Agency | LA | |
news-agency | Agence Kampuchea Presse | AKP | KH | |
news-agency | Philippine News Agency | PNA | PH | |
news-agency | Thai News Agency | TNA | TH | |
news-agency | Montsame | MONTSAME;Montsame News Agency | MN | |
news-agency | Bangladesh Sangbad Sangstha | BSS | BD | |
news-agency | Central News Agency | CNA;Focus Taiwan | TW | |
news-agency | Agence France-Presse | AFP;Agence France Presse | FR | |
news-agency | Reuters | Thomson Reuters | GB | |
news-agency | Associated Press | AP;The Associated Press | US | |
news-agency | Bloomberg | Bloomberg News | US | |
news-agency | Deutsche Presse-Agentur | dpa;DPA | DE | |
news-agency | ANSA | Agenzia Nazionale Stampa Associata | IT | |
news-agency | Agencia EFE | EFE | ES | |
news-agency | Europa Press | | ES | |
news-agency | Agência Brasil | Agencia Brasil | BR | |
news-agency | Télam | Telam | AR | |
news-agency | Prensa Latina | | CU | |
news-agency | Ukrinform | Ukrainian National News Agency | UA | |
news-agency | UNIAN | Ukrainian Independent Information Agency of News | UA | |
news-agency | BelTA | Belarusian Telegraph Agency | BY | |
news-agency | Armenpress | Armenian News Agency | AM | |
news-agency | Georgian Public Broadcaster | GPB | GE | |
news-agency | Moldpres | | MD | |
news-agency | Polish Press Agency | PAP | PL | |
news-agency | Czech News Agency | ČTK;CTK | CZ | |
news-agency | MTI | Hungarian News Agency;Magyar Távirati Iroda | HU | |
news-agency | Agerpres | | RO | |
news-agency | Bulgarian News Agency | BTA | BG | |
news-agency | Tanjug | | RS | |
news-agency | Hina | Croatian News Agency | HR | |
news-agency | Athens-Macedonian News Agency | ANA-MPA;AMNA | GR | |
news-agency | Lusa | Lusa News Agency | PT | |
news-agency | Austria Presse Agentur | APA-Austria Presse Agentur | AT | |
news-agency | Keystone-SDA | SDA;Swiss News Agency | CH | |
news-agency | Belga | Belga News Agency | BE | |
news-agency | ANP | Algemeen Nederlands Persbureau | NL | |
news-agency | Ritzau | | DK | |
news-agency | NTB | Norwegian News Agency | NO | |
news-agency | TT News Agency | Tidningarnas Telegrambyrå | SE | |
news-agency | STT | Finnish News Agency | FI | |
news-agency | Press Association | PA Media | GB | |
news-agency | Canadian Press | CP | CA | |
news-agency | Australian Associated Press | AAP | AU | |
news-agency | Ethiopian News Agency | ENA | ET | |
news-agency | Algeria Press Service | APS;Algérie Presse Service | DZ | |
news-agency | Maghreb Arabe Presse | MAP;Moroccan News Agency | MA | |
news-agency | Tunis Afrique Presse | TAP | TN | |
news-agency | Middle East News Agency | MENA | EG | |
news-agency | Libya News Agency | LANA | LY | |
news-agency | Sudan News Agency | SUNA | SD | |
news-agency | News Agency of Nigeria | NAN | NG | |
news-agency | Kenya News Agency | KNA | KE | |
news-agency | South African Government News Agency | SAnews | ZA | |
news-agency | Emirates News Agency | WAM | AE | |
news-agency | Saudi Press Agency | SPA | SA | |
news-agency | Qatar News Agency | QNA | QA | |
news-agency | Kuwait News Agency | KUNA | KW | |
news-agency | Bahrain News Agency | BNA | BH | |
news-agency | Oman News Agency | ONA | OM | |
news-agency | Petra | Jordan News Agency | JO | |
news-agency | Syrian Arab News Agency | SANA | SY | |
news-agency | Iraqi News Agency | INA | IQ | |
news-agency | National News Agency | NNA;National News Agency of Lebanon | LB | |
news-agency | Saba News Agency | Saba | YE | |
news-agency | WAFA | Palestinian News and Information Agency;Wafa News Agency | PS | |
news-agency | Yemen News Agency | | YE | |
@source party's own website; Wikipedia
party | Communist Party of China | CPC;Chinese Communist Party;CCP | CN | |
party | Central Committee of the Communist Party of China | CPC Central Committee;Central Committee of the CPC | CN | Communist Party of China |
party | United Russia | Yedinaya Rossiya | RU | |
party | Communist Party of the Russian Federation | KPRF;CPRF | RU | |
party | Liberal Democratic Party of Russia | LDPR | RU | |
party | A Just Russia – For Truth | A Just Russia;SRZP | RU | |
party | New People | | RU | |
party | Bharatiya Janata Party | BJP | IN | |
party | Indian National Congress | Congress Party;INC | IN | |
party | Aam Aadmi Party | AAP | IN | |
party | Liberal Democratic Party of Japan | LDP;Jiminto;Liberal Democratic Party | JP | |
party | Komeito | New Komeito | JP | |
party | Constitutional Democratic Party of Japan | CDP;CDPJ;Constitutional Democratic Party | JP | |
party | Christian Democratic Union of Germany | CDU;Christian Democratic Union | DE | |
party | Christian Social Union in Bavaria | CSU;Christian Social Union | DE | |
party | Social Democratic Party of Germany | SPD;Social Democratic Party;Social Democrats | DE | |
party | Alliance 90/The Greens | The Greens;Bündnis 90/Die Grünen | DE | |
party | Free Democratic Party | FDP | DE | |
party | Alternative for Germany | AfD | DE | |
party | Justice and Development Party | AKP;AK Party;AK Parti;Adalet ve Kalkınma Partisi | TR | |
party | Republican People's Party | CHP | TR | |
party | Nationalist Movement Party | MHP | TR | |
party | Amanat | Amanat party;Nur Otan | KZ | |
party | Ak Zhol | Ak Zhol Democratic Party | KZ | |
party | People's Party of Kazakhstan | Communist People's Party of Kazakhstan | KZ | |
party | Auyl | Auyl People's Democratic Patriotic Party | KZ | |
party | Respublica | Respublica party | KZ | |
party | National Social Democratic Party | NSDP;OSDP | KZ | |
party | New Azerbaijan Party | Yeni Azerbaijan Party;YAP | AZ | |
party | Liberal Democratic Party of Uzbekistan | UzLiDeP;O'zLiDeP | UZ | |
party | People's Democratic Party of Tajikistan | PDPT | TJ | |
party | Democratic Party of Turkmenistan | | TM | |
party | Civil Contract | | AM | |
party | Georgian Dream | Georgian Dream – Democratic Georgia | GE | |
party | Servant of the People | | UA | |
party | Belaya Rus | | BY | |
party | Mongolian People's Party | MPP | MN | |
party | Lao People's Revolutionary Party | LPRP | LA | |
party | Communist Party of Vietnam | CPV;Vietnamese Communist Party | VN | |
party | Workers' Party of Korea | WPK;Korean Workers' Party | KP | |
party | Democratic Party of Korea | Democratic Party (South Korea);DPK | KR | |
party | People Power Party | PPP | KR | |
party | Cambodian People's Party | CPP | KH | |
party | Communist Party of Cuba | PCC | CU | |
party | Democratic Party (United States) | Democratic Party;Democrats | US | |
party | Republican Party (United States) | Republican Party;GOP;Republicans | US | |
party | Conservative Party (UK) | Conservative Party;Conservatives;Tories;Tory Party | GB | |
party | Labour Party (UK) | Labour Party;Labour | GB | |
party | Liberal Democrats (UK) | Liberal Democrats;Lib Dems | GB | |
party | Scottish National Party | SNP | GB | |
party | Reform UK | | GB | |
party | Renaissance (France) | Renaissance;La République En Marche;LREM | FR | |
party | National Rally | Rassemblement National;RN;Front National | FR | |
party | La France Insoumise | LFI;France Unbowed | FR | |
party | The Republicans (France) | Les Républicains;LR | FR | |
party | Brothers of Italy | Fratelli d'Italia;FdI | IT | |
party | Democratic Party (Italy) | Partito Democratico;PD | IT | |
party | Lega | Lega Nord | IT | |
party | Forza Italia | | IT | |
party | Spanish Socialist Workers' Party | PSOE | ES | |
party | People's Party (Spain) | Partido Popular;PP | ES | |
party | Vox | | ES | |
party | Law and Justice | PiS;Prawo i Sprawiedliwość | PL | |
party | Civic Platform | Platforma Obywatelska | PL | |
party | Fidesz | Fidesz – Hungarian Civic Alliance | HU | |
party | African National Congress | ANC | ZA | |
party | Democratic Alliance | DA | ZA | |
party | Prosperity Party | | ET | |
party | All Progressives Congress | APC | NG | |
party | Peoples Democratic Party (Nigeria) | PDP | NG | |
party | Chama Cha Mapinduzi | CCM | TZ | |
party | ZANU-PF | Zimbabwe African National Union – Patriotic Front | ZW | |
party | SWAPO | South West Africa People's Organisation | NA | |
party | FRELIMO | Mozambique Liberation Front | MZ | |
party | MPLA | People's Movement for the Liberation of Angola | AO | |
party | Rwandan Patriotic Front | RPF | RW | |
party | National Resistance Movement | NRM | UG | |
party | Pakistan Muslim League (N) | PML-N;Pakistan Muslim League-Nawaz | PK | |
party | Pakistan Tehreek-e-Insaf | PTI party;Tehreek-e-Insaf | PK | |
party | Pakistan Peoples Party | PPP (Pakistan) | PK | |
party | Awami League | Bangladesh Awami League | BD | |
party | Bangladesh Nationalist Party | BNP | BD | |
party | National People's Power | NPP;Jathika Jana Balawegaya | LK | |
party | Sri Lanka Podujana Peramuna | SLPP | LK | |
party | Nepali Congress | | NP | |
party | Communist Party of Nepal (Unified Marxist–Leninist) | CPN-UML;CPN (UML) | NP | |
party | Likud | | IL | |
party | Yesh Atid | | IL | |
party | Fatah | | PS | |
party | Hamas | Islamic Resistance Movement | PS | |
party | Hezbollah | Hizbullah;Hizballah | LB | |
party | United Malays National Organisation | UMNO | MY | |
party | Pakatan Harapan | | MY | |
party | People's Action Party | PAP (Singapore) | SG | |
party | Indonesian Democratic Party of Struggle | PDI-P;PDIP | ID | |
party | Gerindra | Great Indonesia Movement Party | ID | |
party | Golkar | Golkar Party | ID | |
party | Pheu Thai Party | Pheu Thai | TH | |
party | People's Party (Thailand) | Move Forward Party | TH | |
party | Liberal Party of Canada | | CA | |
party | Conservative Party of Canada | | CA | |
party | New Democratic Party | NDP | CA | |
party | Australian Labor Party | ALP;Labor | AU | |
party | Liberal Party of Australia | | AU | |
party | New Zealand Labour Party | | NZ | |
party | New Zealand National Party | | NZ | |
party | Morena | National Regeneration Movement | MX | |
party | Workers' Party (Brazil) | Partido dos Trabalhadores | BR | |
party | Liberal Party (Brazil) | Partido Liberal | BR | |
party | United Socialist Party of Venezuela | PSUV | VE | |
party | Kuomintang | KMT;Nationalist Party | TW | |
party | Democratic Progressive Party | DPP | TW | |
party | Sandinista National Liberation Front | FSLN;Sandinistas | NI | |
party | European People's Party | EPP | | |
party | Party of European Socialists | PES | | |
@source government's own website
government | Government of Kazakhstan | Kazakh Government;Government of the Republic of Kazakhstan | KZ | |
government | Presidential Administration of Russia | Kremlin administration;Executive Office of the President of Russia | RU | |
government | State Council of the People's Republic of China | State Council of China;Chinese State Council;State Council | CN | |
government | Chinese People's Political Consultative Conference | CPPCC | CN | |
government | National Committee of the Chinese People's Political Consultative Conference | CPPCC National Committee | CN | Chinese People's Political Consultative Conference |
other | Standing Committee of the National People's Congress | NPC Standing Committee;NPCSC;Standing Committee of the NPC | CN | National People's Congress |
government | Central Military Commission | CMC | CN | |
government | Ministry of Foreign Affairs of the People's Republic of China | Chinese Foreign Ministry;Foreign Ministry of China | CN | |
government | Ministry of Foreign Affairs of Russia | Russian Foreign Ministry;MFA of Russia;Russian Ministry of Foreign Affairs | RU | |
government | Ministry of Foreign Affairs of Kazakhstan | Kazakh Foreign Ministry;MFA of Kazakhstan;Foreign Ministry of Kazakhstan | KZ | |
government | United States Department of State | State Department;US State Department;U.S. State Department;Department of State | US | |
government | Foreign, Commonwealth and Development Office | FCDO;Foreign Office | GB | |
government | Security Council of Russia | Russian Security Council | RU | |
other | Standing Committee of the Supreme People's Assembly | SPA Standing Committee | KP | Supreme People's Assembly |
government | Halk Maslahaty | People's Council of Turkmenistan;Khalk Maslakhaty | TM | |
government | Kurultai | National Kurultai;National Kurultai of Kazakhstan;Ulttyq Qurultai | KZ | |
government | Assembly of People of Kazakhstan | Assembly of the People of Kazakhstan;APK | KZ | |
government | Cabinet of Ministers of Uzbekistan | | UZ | |
government | Cabinet of Ministers of Ukraine | | UA | |
government | European Union Delegation | EU Delegation | | European Union |
government | Central Intelligence Agency | CIA | US | |
government | Federal Bureau of Investigation | FBI | US | |
government | UAE Armed Forces | Armed Forces of the United Arab Emirates;Emirati Armed Forces | AE | |
"""

HEADER = "type\tlabel\taliases\tstate\tparent\tattributes\tsource"


def main():
    out = []
    source = None
    labels = set()
    for raw in TABLE.strip().splitlines():
        if not raw.strip():
            continue
        if raw.startswith("@source "):
            source = raw[len("@source "):].strip()
            continue
        parts = [p.strip() for p in raw.split("|")]
        if len(parts) != 6:
            sys.exit("bad line: " + raw)
        kind, label, aliases, state, parent, src = parts
        al = []
        for a in aliases.split(";"):
            a = a.strip()
            if a and a != label and a not in al:
                al.append(a)
        if label in labels:
            sys.exit("duplicate label " + label)
        labels.add(label)
        out.append("\t".join(["Organization", label, "|".join(al), state, parent,
                              "kind=" + kind, src or source]))
    path = os.path.join(GAZ, "organizations.tsv")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Organizations: UN organs and agencies, international, regional and\n")
        f.write("# interparliamentary bodies (incl. supranational parliaments), banks,\n")
        f.write("# news agencies, major political parties and a few government bodies.\n")
        f.write("# Sources: un.org, each organisation's own website, Wikipedia lists of\n")
        f.write("# news agencies and political parties.\n")
        f.write("# Generated by scripts/gazetteer/make_organizations.py; edit the script.\n")
        f.write(HEADER + "\n")
        for r in out:
            f.write(r + "\n")
    print("wrote %d organizations" % len(out))


if __name__ == "__main__":
    main()
