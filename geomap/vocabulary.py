"""Word lists geoparsing reads text with: months, titles, kind words, cue words.

Kept apart from the rules in :mod:`geomap.geoparser` so that the vocabulary can be read
(and extended) at a glance.

Its patterns are :func:`~geomap.gates.lazy`: compiled on first use (a lookup of one name
compiles none of them), and searched only where one of their branches can begin (the
event rules search dozens of long alternations in every sentence; see :mod:`geomap.gates`).
"""

from __future__ import annotations

import re

from .gates import Gated, lazy


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# In calendar order: a month's number and a weekday's are their index (Monday is 0, as
# for datetime.date.weekday()).
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_ABBREVIATIONS = tuple(month[:3] for month in MONTHS)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS_DAYS = frozenset((*MONTHS, *MONTH_ABBREVIATIONS, "sept", *WEEKDAYS))
# Capitalised words that start sentences or titles but never start a place name.
FUNCTION_WORDS = _words(
    "the a an in at on from to for by with and but or of as if when while after before since "
    "during near outside inside into across over under this that these those there here it "
    "its he she they we i you his her their our my your who what where which why how all "
    "some many most no not also yet so then than both each every other another one two "
    "three mr mrs ms dr st above below beyond behind around along amid amidst among against "
    "between towards toward through throughout within"
)
# Words of time that may open a sentence before a place: "Overnight Tuapse was hit".
TIME_WORDS = _words("overnight yesterday today tonight tomorrow meanwhile earlier later "
                    "afterwards then now also again")
DETERMINERS = _words("the a an this that these those his her their its our my your")
CONNECTORS = _words(
    "of de la del du des da do dos das di le les al el upon on am an der "
    "den and y"
)
# A word of a name after the Arabic article, joined to it ("al-Shughour", "ez-Zor").
ARTICLE_NAME_WORD = lazy(r"(?:[ae]l|[ae](?:th|dh|sh|[tdrzsn]))-[^\W\d_]")
# The words of a multi-word name written in lower case ("the Netherlands", "Sea of Azov").
NAME_LOWER_WORDS = CONNECTORS | _words("the")
TITLES = _words(
    "president vice prime minister secretary senator sen rep representative gov governor "
    "mayor king queen prince princess pope judge justice coach officer sheriff chief "
    "captain capt lt lieutenant sgt sergeant col colonel maj major general gen admiral "
    "commander prof professor rev reverend bishop father sister brother lord lady sir dame "
    "mr mrs ms miss dr doctor chancellor ambassador spokesman spokeswoman spokesperson "
    "director chairman chairwoman ceo founder deputy councilman councilwoman commissioner "
    "attorney detective trooper pastor rabbi imam saint-"
)
DIRECTIONS = _words(
    "north south east west northern southern eastern western central northeast northwest "
    "southeast southwest northeastern northwestern southeastern southwestern upper lower "
    "greater downtown metro coastal"
)
# Words that follow a place name inside an organisation's or a building's name.
ORG_WORDS = _words(
    "police department county university college school high hospital church airport "
    "station street st road avenue ave boulevard park center centre council times post news "
    "herald tribune journal daily sheriff fire mall square bridge river lake mountain valley "
    "beach island bay township board court hall library museum stadium arena club chamber "
    "community public regional memorial medical general area metro district city town "
    "village state national international airlines bank group institute academy zoo "
    "cathedral mosque temple synagogue market harbor harbour port independent observer "
    "gazette chronicle review magazine express star sun republic guardian telegraph "
    "standard mirror courier record press radio tv television government ministry army "
    "navy forces police- parliament assembly senate house office embassy consulate "
    "province region oblast governorate prefecture"
)
# Capitalised words after a place name that make the whole a street or a building named
# after the place ("Collins Avenue", "Moscow Road", "Carnegie Hall"), somewhere else.
STREET_WORDS = _words(
    "street st avenue ave road rd boulevard blvd lane drive square hall academy park "
    "church cathedral chapel monastery mosque synagogue stadium arena cemetery"
)
# The last word of an armed group's or a party's name: "the Kachin Independence Army".
# Heads of agencies' names that go on with "for" ("Agency for Maritime and River Transport").
AGENCY_HEADS = _words("agency ministry committee office council service commission centre "
                      "center institute department directorate authority")
ARMED_GROUP_HEADS = _words("army front movement brigade brigades militia party alliance "
                           "forces council")
SPEECH_VERBS = _words(
    "said says told added wrote argued explained noted stated announced "
    "tweeted asked replied insisted warned claimed declared"
)
LOCATIVES = _words(
    "in at near outside from to into across around toward towards via "
    "throughout within between through of"
)
ADMIN1_WORDS = _words(
    "oblast oblasts obl region regions province provinces voivodeship "
    "governorate governorates state krai kray prefecture"
)
# Words that make "X State ..." or "X Regional ..." an institution of the city X
# ("Sumy State University", "Odesa Regional Philharmonic"), not a hint of its region.
INSTITUTION_WORDS = _words(
    "university universities college institute academy conservatory polytechnic "
    "pedagogical medical technical agrarian agricultural theatre theater circus "
    "philharmonic museum library zoo opera ballet orchestra archive archives"
)
ADMIN2_WORDS = _words("county counties parish parishes borough raion rayon raions")
# Kind words of Ukraine's second-level units ("Bakhmut raion", "the Nikopol district") and
# of its hromadas ("the Bucha hromada"). A lower-case "community" is left out: "the
# Bilopillia community" in a report stands for the town, and the event stage weighs a town
# against its region; "Bucha Community", capitalised, is the hromada's name.
# (with the abbreviations of monitoring notes: "Odesa, Kyivskyi r-n")
ADMIN2_UA_WORDS = _words("raion rayon district hromada r-n r-on")
#: What those abbreviations stand for.
RAION_ABBREVIATIONS = frozenset({"r-n", "r-on"})
# Words after a name that may make a longer gazetteer name with it ("the Pivdennyi port").
FACILITY_WORDS = _words("port")
# Power plants by their abbreviations after the town's name: "Burshtyn TPP", "Kakhovka HPP"
# (the plant at the town, not an unknown name in the region that follows).
FACILITY_ABBREVIATIONS = frozenset({"TPP", "HPP", "NPP", "CHP", "CHPP", "TES", "HES", "AES"})
# Lower-case words after a name that may make it a facility the gazetteer places: "the
# Zaporizhzhia nuclear power plant" (at Enerhodar), "the Kakhovka hydroelectric dam".
FACILITY_LEADS = _words("nuclear thermal hydroelectric hydropower power bridge dam")
FACILITY_WORDS_AFTER = _words("power plant station dam bridge")
CITY_WORDS = _words("city town village")
# Words after a name that make it a state or a country rather than a town of that name.
AREA_WORDS = _words(
    "border borders governor governors legislature lawmakers statewide state-wide "
    "nationwide countrywide"
)
CROSSING_WORDS = _words(
    "crossing crossings checkpoint checkpoints border frontier "
    "crossing-point"
)
# Words that make a passage one about border crossings (a namesake nearest the border is
# meant): the crossing words, customs posts and the hauliers who block them.
CROSSING_CUE_WORDS = CROSSING_WORDS | _words(
    "customs haulier hauliers haulage trucker truckers lorries trucks carriers "
    "blockade blockades blockaded picket pickets")
# A distance at sea before a name: "10 nautical miles east of X", "20 km off X", "off the
# coast of X": the X on the coast is meant, not an inland namesake.
OFFSHORE_BEFORE = lazy(r"\b(nautical\s+miles?|nm)\s+((north|south)?-?(east|west)?(ern)?\s+)?"
                             r"(of|off|from)\s+$|"
                             r"\b(miles?|km|kilometres?|kilometers?|metres?|meters?|just)\s+off\s+"
                             r"(the\s+)?(coast\s+of\s+)?$|"
                             r"\boff\s+the\s+(coast|shores?)\s+(of|near)\s+$|"
                             # "a sea mine off Sfantu Gheorghe", "the tanker sank off Kerch"
                             r"\b(mines?|minehunters?|minesweepers?|divers|ships?|vessels?|boats?|"
                             r"tankers?|freighters?|barges?|ferry|ferries|sank|sunk|drifting|"
                             r"floating|anchored)\b[^.;]{0,25}?\boff\s+$", re.I)
# Nouns after a demonym that make it point at a place ("Ukrainian regions").
PLACE_NOUNS = _words(
    "region regions city cities town towns village villages territory territories soil "
    "border borders coast coastline port ports capital side airspace waters oblast oblasts "
    "province provinces land lands countryside frontier mainland-controlled mainland "
    "north south east west countryside settlements positions peninsula"
)
AP_STATES = {
    "Ala": "US-AL", "Ariz": "US-AZ", "Ark": "US-AR", "Calif": "US-CA", "Colo": "US-CO",
    "Conn": "US-CT", "Del": "US-DE", "Fla": "US-FL", "Ga": "US-GA", "Ill": "US-IL",
    "Ind": "US-IN", "Kan": "US-KS", "Kans": "US-KS", "Ky": "US-KY", "La": "US-LA",
    "Md": "US-MD", "Mass": "US-MA", "Mich": "US-MI", "Minn": "US-MN", "Miss": "US-MS",
    "Mo": "US-MO", "Mont": "US-MT", "Neb": "US-NE", "Nebr": "US-NE", "Nev": "US-NV",
    "N.H": "US-NH", "N.J": "US-NJ", "N.M": "US-NM", "N.Y": "US-NY", "N.C": "US-NC",
    "N.D": "US-ND", "Okla": "US-OK", "Ore": "US-OR", "Pa": "US-PA", "R.I": "US-RI",
    "S.C": "US-SC", "S.D": "US-SD", "Tenn": "US-TN", "Tex": "US-TX", "Vt": "US-VT",
    "Va": "US-VA", "Wash": "US-WA", "W.Va": "US-WV", "Wis": "US-WI", "Wyo": "US-WY",
}
AP_STATE = lazy(r"\s*,\s*(" + "|".join(re.escape(k) for k in AP_STATES) + r")\.")

# Kind words after a name: "Kherson Oblast", "Laurel County", "Kyiv city", "Medyka crossing".
KIND_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | CITY_WORDS | CROSSING_WORDS
# A Russian krai in English, a region word only with its capital ("Krasnodar Territory"; "the
# border territory of Georgia" is the country's land).
TERRITORY_WORDS = _words("territory")
# Rivers that share their name with a city or a region: "the Dnipro" is the river, the city
# goes without the article.
RIVERS_NAMED_LIKE_PLACES = _words("dnipro dnieper dnister dniester danube don desna donets "
                                  "inhulets oskil bug nile elbe oder san prut tisza "
                                  "tisa seym seim psel sula vorskla pripyat prypiat sozh "
                                  "kalmius mius uzh volga kama neva vistula rhine")
# First-level regions named with ordinary words (Kenya's Coast, Cameroon's Centre).
GENERIC_REGION_NAMES = _words(
    "capital coast centre center central lakes north south east west northern southern "
    "eastern western upper lower islands island interior highlands lowlands plateau plateaux "
    "valley river mountain mountains littoral maritime lagoons lagunes savanes border "
    "frontier federal national"
)
# Weapons, weapon systems and aircraft known by a name that is also a place somewhere
# ("Grad" in Slovenia, "Geran" in Armenia, "Bayraktar" in Turkey): never a place.
WEAPON_NAMES = _words(
    "hammer hammers aasm glide "
    "grad grads uragan uragans smerch tornado tornado-s iskander iskanders iskander-m kalibr "
    "kalibrs kinzhal kinzhals shahed shaheds geran gerans lancet lancets bayraktar bayraktars "
    "himars atacms zircon tsirkon oniks onyx tochka tochka-u krasnopol msta akatsiya "
    "gvozdika pion buk pantsir nasams iris-t orlan orlan-10 zala supercam mohajer molniya "
    "gerbera neptun vilkha bohdana bogdana neptune neptunes iskander-k palianytsia peklo liutyi tor "
    "tor-m2 osa strela grom forpost oreshnik lyutyi liutyi jdam magura magura-v5 "
    "akinci kizilelma anka tomahawk tomahawks taurus scalp patriot patriots samp/t "
    # early-warning radars named after the city of their maker ("the Voronezh-DM radar")
    "voronezh-dm voronezh-m voronezh-vp voronezh-smu"
)
# Model designations: letters, a hyphen, a number ("Kh-101", "X-59", "S-300", "Su-34",
# "Mi-8", "KAB-500", "TOS-1A", "Shahed-136"): weapons and aircraft, not places.
DESIGNATION = lazy(r"^[A-Za-z]{1,7}-\d{1,4}[A-Za-z]{0,2}(?:/\d{1,4})?$")
# Organisations whose name holds a place: the name is not a mention of the place.
ORGANISATION_NAMES = (
    "Agence France-Presse", "Voice of America", "Kyiv Independent", "Kyiv Post",
    "Kyiv School of Economics", "Radio Free Europe", "Moscow Times", "Deutsche Welle",
    "Kharkiv Human Rights Protection Group", "Kyiv Security Forum",
    "Black Sea Fleet", "Baltic Fleet", "Northern Fleet", "Pacific Fleet",
    "Caspian Pipeline Consortium",
    # oil benchmarks named after a field ("Brent crude rose 1%")
    "Brent crude", "Brent oil", "Brent futures", "Brent prices", "Brent benchmark",
    # air defence units that open a sentence ("Mobile fire groups destroyed 15 drones")
    "Mobile fire group", "Mobile fire groups",
    # parties and governments named after a land ("the Kurdistan Workers' Party")
    "Kurdistan Workers' Party", "Kurdistan Workers’ Party", "Kurdistan Workers Party",
    "Patriotic Union of Kurdistan", "Kurdistan Democratic Party",
    "Kurdistan Regional Government",
    # football clubs named after their towns ("Metalist 1925 called off training")
    "Metalist 1925", "Shakhtar Donetsk", "Dynamo Kyiv", "Zorya Luhansk", "Chornomorets Odesa",
    "Vorskla Poltava", "Karpaty Lviv", "Rukh Lviv", "Polissya Zhytomyr", "Kryvbas Kryvyi Rih",
)
# "the Odesa City Council": the town's council, not a place called "City". (Searched by
# name_context.organisations, which checks that a name starts a word: a pattern that opens
# with a word boundary is tried at every position of the text, one that opens with the
# names' letters is not.)
ORGANISATION = lazy(r"(?:" + "|".join(re.escape(n) for n in ORGANISATION_NAMES)
                          + r"|City (?:Council|Hall|Military Administration|Administration))\b")
# "the Kyiv regime", "the Tehran regime": a government named by its seat, no evidence of
# where the text is ("the Kyiv regime shelled the village of Kurkovichi in Klimovo district")
REGIME_NAME = lazy(r"\b[A-Z][\w'’-]+ regime\b")

# Kind words that end a query ("Kherson Oblast", "Laurel County"): the gazetteer's query
# parser reads them; kept in this order for its pattern.
ADMIN_WORDS = (
    "oblast", "oblasts", "region", "regions", "province", "provinces", "voivodeship",
    "governorate", "state", "county", "prefecture", "krai", "kray", "raion", "canton",
    "department", "territory", "district",
)
# Types of the first-level regions that are a city (Kyiv City, Sevastopol, Vienna).
CITY_REGION_TYPES = frozenset({
    "Federal City", "City", "Capital City", "Autonomous City", "Metropolitan City",
    "Special City", "Capital District", "Republican City", "Independent City",
    "Provincial City", "Highly Urbanized City", "Municipality",
})
# Words after a name that make it a river's ("the Dnipro River").
RIVER_WORDS = _words("river rivers reservoir reservoirs canal")
# Land named after a river: "the Danube Delta", "the Dniester estuary" (not the Delta of
# British Columbia or the Valley of Anguilla).
# Words that head a longer name with "of" ("the Bay of Sevastopol", "Cape of Good Hope"):
# never a place alone there ("Bay" is also a region of Somalia).
FEATURE_HEADS = _words("bay bays gulf cape lake mount strait straits isle island islands "
                       "port harbour harbor sea")
# The last word of an institution's name: "the Cambodian Mine Action Centre", not the
# Centre region of a country.
INSTITUTION_HEADS = _words("centre center centres centers institute agency office council "
                           "bureau committee")
# Adjectives that open a sentence before a place's name: "Neighbouring Marhanets also came
# under fire", "Occupied Melitopol".
PLACE_ADJECTIVES = _words("neighbouring neighboring nearby occupied liberated frontline "
                          "front-line embattled besieged encircled")
# Words for a stretch of a river between "the" and its name: "the lower Danube".
RIVER_STRETCH_WORDS = _words("lower upper middle")
RIVER_FEATURE_WORDS = _words("delta valley basin estuary floodplain lagoon gorge")
# A river's trade, the river's name before it: "Danube shipping", "Danube ports".
RIVER_TRADE_WORDS = _words("shipping ports port barges barge navigation ferries ferry "
                           "waterway cruises traffic grain terminal terminals infrastructure "
                           "corridor route routes river bank delta")
# People the reports name at the head of a sentence, never a place however the text
# locates them: "Sappers in the Chernihiv region defused ...", "Truckers in the Lviv region".
PEOPLE_WORDS = _words(
    "sappers deminers pyrotechnicians pyrotechnics truckers hauliers carriers protesters "
    "farmers rescuers medics paramedics volunteers partisans saboteurs defenders occupiers "
    "invaders servicemen soldiers fighters troops locals residents officials authorities "
    "police policemen firefighters divers"
)
# Words before a name that make it a ship's: "the landing ship Novocherkassk", "the cruiser
# Moskva", "the tanker Kherson".
VESSEL_WORDS = _words(
    "ship warship vessel frigate corvette cruiser destroyer submarine sub tanker freighter "
    "tug tugboat ferry trawler icebreaker minesweeper minehunter boat carrier yacht barge "
    "liner steamer schooner hms uss hnlms zr.ms orp tcg hmcs hnoms fgs ins"
)
# Plural kind words that end a list of names ("the Kherson and Mykolaiv regions").
PLURAL_KIND_WORDS = ("regions", "oblasts", "provinces", "states", "counties")
# ", Y region" / " in the Y oblast" / ", Y raion" right after a name.
# (its kind words, for a quick look at whether a text can hold it at all)
REGION_AHEAD_WORDS = ("region", "oblast", "province", "raion", "rayon", "district", "krai",
                      "kray")
REGION_AHEAD = lazy(r"(?:,\s*|\s+in\s+(?:the\s+)?)(?:[A-Z][\w'’-]*\s+){1,3}"
                          r"(?i:region|oblast|province|raion|rayon|district|krai|kray)\b")
# What introduces a list of regions ("regions – Donetsk, Luhansk ...", "provinces such as").
LIST_INTRO = lazy(r"(?:regions|oblasts|provinces|states)\s*(?:[–—:-]|,)?\s*"
                        r"(?:of|including|such as|like)?\s*(?:the\s+)?$", re.I)
# Endings after a name and a hyphen that make it a place's adjective ("Kyiv-based").
HYPHEN_SUFFIX = lazy(r"-(based|born|bound|led|backed|controlled|occupied|held|area)$",
                           re.I)
# Kind words around a name in a gazetteer query: "Kherson Oblast", "the region of Kherson",
# "the city of Kherson", "Medyka crossing".
QUERY_ADMIN_SUFFIX = lazy(rf"^(?P<name>.+?)\s+(?:{'|'.join(ADMIN_WORDS)})$",
                                re.I)
QUERY_ADMIN_PREFIX = lazy(
    r"^(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|"
    r"central\s+)?(?:region|province|oblast|state|county)\s+of\s+(?P<name>.+)$",
    re.I,
)
QUERY_CITY = lazy(r"^(?:(?:the\s+)?(?:city|town|village)\s+of\s+(?P<a>.+)|"
                        r"(?P<b>.+?)\s+(?:city|town|village))$", re.I)
QUERY_CROSSING = lazy(
    r"^(?P<name>.+?)\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post)$", re.I
)


# ---------------------------------------------------------------- cues of event reports
# What geomap.events reads around a trigger or a place: status and time cues, speakers,
# organisations and authorities, origins and destinations, what a sentence says was hit.

DAY_WORD = lazy(r"\b(?:on |last |this )?(" + "|".join(WEEKDAYS) + r")\b|"
                       r"\b(yesterday|today|tonight|overnight|last night|this morning|"
                       r"this week|last week)\b", re.I)
RELATIVE_DAYS = {"yesterday": 1, "last week": 7}
# A month is its first three letters and any letters after ("Sept.", "December").
MONTH = "|".join(MONTH_ABBREVIATIONS)
DATE = lazy(r"\b(" + MONTH + r")[a-z]*\.? (\d{1,2})\b|\b(\d{1,2}) (" + MONTH
                   + r")[a-z]*\b", re.I)
NEGATION = lazy(r"\b(no|not|never|without|denied|denies|deny|none)\b|n't\b", re.I)
# Work kept from happening: "obstructing the demining of the strip", "banned the blockade",
# "prevented deminers from clearing the fields", "stopped the farmers from blocking the
# road" (read up to the last word of an event's trigger).
PREVENTED_BEFORE = lazy(
    r"\b(prevent(s|ed|ing)?|obstruct(s|ed|ing)?|imped(e|es|ed|ing)|hamper(s|ed|ing)?|"
    r"hinder(s|ed|ing)?|thwart(s|ed|ing)?|ban(ned|ning)|forb(id|ids|ade|idden|idding)|"
    r"prohibit(s|ed|ing)?|outlaw(s|ed|ing)?)\s+((the|any|all|further|new|its|their)\s+)?"
    r"([\w'’-]+\s+)?$|"
    r"\b(prevent(s|ed|ing)?|stop(s|ped|ping)?|bar(s|red|ring)?|ban(ned|ning)|"
    r"keep(s|ing)?|kept)\s+([\w'’-]+\s+){1,3}from\s+$", re.I)
# An attack only aimed at, as a purpose: "more jets to stop Russian bombers launching glide
# bombs at Kharkiv".
PURPOSE_STOP_BEFORE = lazy(r"\bto\s+(stop|prevent|deter|counter|thwart|halt|block)\s+"
                                 r"([\w'’-]+\s+){0,3}$", re.I)
# A search or a survey: "arrived at the search area and launched the drones", "drones map
# the seabed" (read with no word of an attack in the sentence).
SEARCH_WORK = lazy(r"\b(search (area|zone|operation|effort|mission|teams?)s?|"
                         r"search(ed|ing)? for|the hunt for|seabed|sea floor|wreckage of the "
                         r"(plane|aircraft|airliner)|survey(ed|ing)? the|mapping the|"
                         # "drones equipped with sonars that will scour the waters"
                         r"scour(s|ed|ing)?|sonars?|underwater|"
                         # (not a region: "the autonomous region of Gagauzia")
                         r"autonomous(?!\s+(region|republic|okrug|oblast|district|"
                         r"territorial|community|province)))\b", re.I)
# Clearing shown, not done: "the machine was shown at a test site, where it ploughed a
# field seeded with inert mines".
DEMONSTRATION = lazy(r"\b(at|on|to)\s+(a|the)\s+(\w+\s+)?(test(ing)?|proving)\s+"
                           r"(sites?|grounds?|ranges?)\b|\binert\s+([\w-]+\s+)?"
                           r"(mines?|shells?|munitions?|ordnance|bombs?|explosives?)\b|"
                           # "practised detecting and neutralising simulated naval mines"
                           r"\b(simulated|dummy|exercise|training)\s+([\w-]+\s+)?(mines?|charges?|"
                           r"shells?|munitions?)\b|"
                           r"\b(demonstrat(ed|es|ing|ion)|showcas(ed|es|ing)|shown to "
                           r"(journalists|reporters|the press|visitors))\b|"
                           # "practice mines laid in advance in a designated training area"
                           # (not an exercise to clear real drifting mines)
                           r"\b(practice mines?|training areas?)\b|"
                           # "taking part in the Poseidon 24 exercise, which focuses on
                           # neutralising naval mines", "the exercise, led from Constanta,
                           # involves the minesweepers ..." (a real mine found during one
                           # is told as found: "a drifting mine ... destroyed during")
                           r"\b(tak(e|es|ing)|took)\s+part\s+([\w-]+\s+){0,3}?in\s+(the|an?)\s+"
                           r"([\w-]+\s+){0,3}?(exercises?|drills?)\b|"
                           r"^\W*the\s+(exercise|drills?)\b|"
                           # what an exercise or a course is about: "..., which focuses on
                           # detecting and neutralising naval mines"
                           r"\b(which|that)\s+(focus(es|ed)?|concentrates?|centres?|centers?)\s+on\b",
                           re.I)
# Weapons shown at a fair or fired on a range: "demonstrated its loitering munition at a
# nearby range", "the MSPO defence industry exhibition" (read for attacks: ordnance is
# destroyed at ranges too).
SHOWN_AT = lazy(r"\b(exhibitions?(?!\s+(centres?|centers?|halls?|complex|grounds?))|arms fairs?|"
                      # "visitors can inspect the engine of a Kh-101", "wreckage on display"
                      r"visitors\s+(can|could|will|may)\s+(\w+\s+)?(see|inspect|view|examine|"
                      r"touch)|(on|went on|go on|goes on)\s+(public\s+)?display|"
                      r"(defen[cs]e|arms|military|drone|technology|tech|industry)\s+([\w-]+\s+)?"
                      r"(fairs?|expos?|shows?|salons?)|show(s|ed|ing)?\s+off|trade "
                      r"(fairs?|shows?)|air ?shows?|proving grounds?|test(ing)? sites?|at an? "
                      r"(nearby |military |firing |test |testing |training ){1,2}range|"
                      r"(?-i:at [A-Z][\w-]*) (range|training ground)|"
                      # "fired cruise missiles at mock targets in the Baltic Sea during snap
                      # drills": an exercise
                      r"(mock|dummy|simulated|practice|floating|towed|sea) targets?|firing range|"
                      # "the target, a shield simulating an enemy ship"
                      r"simulating\s+(an?\s+)?(enemy|hostile|mock)\b|"
                      # "craters in the target field used for bombing practice ... at the range"
                      r"bombing practice|training range|at the range|"
                      r"live-fire|"
                      # "used the Army-2023 forum outside Moscow to show its Lancet"
                      r"(arms|army|defen[cs]e|military|military-technical)(-\d{4})?\s+"
                      r"([\w-]+\s+)?forums?\b|"
                      # "crews practised destroying small drones", "training drones launched
                      # from a range near Kursk": a drill's
                      r"practi[cs](e|es|ed|ing)\s+(detecting|destroying|repelling|repulsing|"
                      r"intercepting|shooting down|countering)|(training|target) drones|"
                      r"from\s+an?\s+([\w-]+\s+)?range\b|"
                      r"(?-i:at the [A-Z][\w-]*) range|"
                      # "held a drill to repel attacks by unmanned boats"
                      r"(held|holds|hold|holding|conducted|staged|carried out)\s+(an?\s+|the\s+)?"
                      r"([\w-]+\s+){0,2}?(drills?|exercises?)|drills?\s+to\s+(repel|counter|"
                      r"defend|practi[cs]e)|"
                      r"(during|as\s+part\s+of)\s+(the\s+|a\s+|an\s+|its\s+|their\s+)?"
                      r"([\w-]+\s+){0,2}?(drills?|exercises?|manoeuvres|maneuvers|war games)|"
                      # "demonstration firing at the Alabino training ground", "fired live
                      # rockets at a training ground in Poland"
                      r"(?-i:at the [A-Z][\w-]*) (training|proving) ground|"
                      r"demonstration (firing|fire|launch(es)?|shooting)|live (rockets|rounds|"
                      r"ammunition|missiles|firing)|"
                      # an exercise's scenario: "according to the scenario, a drone hit the roof"
                      r"according to the (scenario|legend|script)|(training|drill|exercise)\s+"
                      r"scenarios?)\b", re.I)
# "glide bombs have devastated towns such as Vovchansk": examples of a kind of place.
EXAMPLES_BEFORE = lazy(r"\b(towns|cities|villages|places|regions|ports|areas|"
                             r"settlements|communities|crossings|checkpoints)\s+(such as|like)\s+"
                             # (and the later names of its list: "crossings such as Dorohusk,
                             # Hrebenne and Medyka")
                             r"((?-i:[A-Z])[\w'’.-]*(\s+(?-i:[A-Z])[\w'’.-]*){0,3}"
                             r"(\s*,\s*|\s*,?\s+(and|or)\s+))*$", re.I)
# What clearing units do other than clearing: "sappers gave a lecture on mine safety".
OUTREACH = lazy(r"\b(lectures?|lessons?|classes|talks?|presentations?|seminars?|"
                      # "visited the lyceum on the first day of school"
                      # ships handed over, thanked or shown: "two minehunters were formally
                      # handed over at a ceremony", "thanked the crews of minehunters"
                      r"ceremon(y|ies)|handed\s+over|commissioned|thank(s|ed|ing)?|"
                      # "the minehunter arrived in Varna for a three-day port visit"
                      r"port\s+(visits?|calls?)|open\s+to\s+visitors|"
                      # "Turkish minehunter visits Constanta": a ship's visit to a port
                      r"visits\s+(?-i:[A-Z])\w*|(for|on)\s+an?\s+([\w-]+\s+)?visit|"
                      # "sappers took part in a demining technology challenge"
                      r"(took|take|takes|taking)\s+part\s+in|participat(e|ed|es|ing)\s+in|"
                      r"compet(e|ed|es|ing)\s+in|challenges?|competitions?|contests?|"
                      r"visit(s|ed|ing)?\s+(the\s+|an?\s+)?([\w-]+\s+){0,2}?(schools?|lyceums?|"
                      r"kindergartens?|classes|gymnasiums?)|(to|for|with)\s+(the\s+)?(pupils|"
                      r"schoolchildren|children|students)|"
                      r"workshops?|taught|teach(es|ing)?|explain(s|ed|ing)?|awareness|"
                      # "Ukrainian deminers train in Cambodia", "completed a four-week course"
                      r"train(s|ed|ees?)?|training(?!\s+(grounds?|ranges?|areas?|sites?|"
                      r"fields?|polygons?|bases?))|courses?|instructors?|"
                      r"graduat(e|ed|es|ing|ion)|"
                      # "held mine risk education sessions, showing video of sappers"
                      r"education|educational|(training|information) sessions|"
                      # "deminers have begun a second training course for Ukrainian sappers"
                      r"training (courses?|programm?es?)|graduat(e|es|ed|ing|ion)|"
                      # "deminers have begun a course at a training ground in Poland" (not
                      # where a bomb was taken and destroyed)
                      r"(at|on)\s+(a|an|the)\s+(\w+\s+)?training\s+(grounds?|centres?|centers?)"
                      r"(?![^.;]*\b(destroy|blew|blown|detonat)))\b", re.I)
# The attack an event happened during, its trigger inside: "residents were woken as jets
# were scrambled during one of the largest Russian missile and drone attacks on Ukraine"
# (the places before it are where the other event was).
DURING_PHRASE_BEFORE = lazy(r"\b(during|amid|in the course of)\s+(one of\s+)?(the|a|an|"
                                  r"last night['’]s|this morning['’]s)\s+"
                                  # (not a time: "During the day the aggressor struck Nikopol")
                                  r"(?!(day|night|morning|evening|afternoon|week|weekend|past|"
                                  r"last|previous|hours?)\b)"
                                  # (not the attack repelled there: "in Tuapse, during the
                                  # repulsion of an attack by UAVs, fragments fell")
                                  r"((?!(of|repuls\w*|repel\w*|intercept\w*)\s)[\w'’-]+\s+){0,5}?$",
                                  re.I)
# A crossing shut or reopened for works, not by a protest: "the checkpoint reopens after
# repairs of the bridge", "closed to lorries for road maintenance".
ROAD_WORKS = lazy(r"\b(renovat(ion|ed|ing)|repairs?|repair(ed|ing) work|roadworks|"
                        r"road works|maintenance|reconstruction|resurfac(e|ed|ing))\b", re.I)
# The border staff's own protest, no blockade: "customs officers at the Siret crossing began a
# work-to-rule protest over pay", "customs officers slowed document checks in protest".
STAFF_PROTEST = lazy(r"\b(customs\s+(officers|officials|staff|workers|employees)|border\s+"
                           r"(guards|police\s+officers|staff)|officers['’]\s+union)\b[^.;]{0,120}?"
                           r"\b(work-to-rule|go-slow|slow(ed|ing)?\s+(down\s+)?(document\s+)?checks|"
                           r"strike|industrial\s+action|protest(ed|ing)?\s+(over|against)\s+"
                           r"(pay|wages|salar\w+|allowances?|staffing|bonus\w*|cuts?|a\s+planned))",
                           re.I)
# A crossing that a government closed and opens again: "the Adre border point, which the
# authorities reopened this month" (with no protest told, no blockade).
AUTHORITIES_REOPENED = lazy(r"\b(authorities|government|officials|ministry|border\s+guards?|"
                                  r"customs|border\s+service)\s+(have\s+|has\s+|had\s+)?"
                                  r"(re-?opened|unsealed)\b|"
                                  # "Poland, which closed its border with Belarus for the
                                  # exercise, said it would reopen the crossings"
                                  r"\b(closed|shut|sealed)\s+(its|the|their)\s+(border|borders|"
                                  r"frontier|crossings?)\b", re.I)
PROTEST_WORDS = lazy(r"\b(protest\w*|blockad\w*|pickets?|farmers|hauliers|truckers|"
                           r"carriers|demonstrat\w+|strik(e|es|ing))\b", re.I)
ENDED = lazy(r"\b(reopen(ed|s|ing)?|ended|called off|unblock(ed|ing)?|"
                    # (not a rule lifted, the protest's grievance: "since the EU lifted
                    # permit requirements for Ukrainian hauliers")
                    r"lifted(?!\s+(the\s+|its\s+|all\s+)?([\w-]+\s+){0,2}?(permits?|visas?|"
                    r"requirements?|restrictions?|bans?|sanctions?|embargo(es)?|quotas?|"
                    r"tariffs?|duties|dut(y|ies)|rules?|licen[cs]es?|limits?)\b)|"
                    # "the protest at Korczowa had been wound down"
                    r"wound\s+down|winding\s+down|"
                    # "while lifting their protest at Korczowa" (not the infinitive of a
                    # request: "asked Poland to lift the blockade")
                    r"(lifts|lifting|ends|ending) (their|the|its) "
                    r"(protest|blockade|action|picket)s?|"
                    # a headline's present: "Slovak carriers end blockade at Vysne Nemecke"
                    # (not "asked Poland to end the blockade", "will not end")
                    r"(?<!\bto )(?<!\bnot )(?<!\bnever )(?<!n't )(end|lift|call off)\s+"
                    r"(the\s+|their\s+|its\s+)?([\w-]+\s+)?(protest|blockade|picket)s?\b|"
                    # "removed the tractors, ending a 10-day protest"
                    r"ending (a|an) ([\w-]+ ){0,2}?(protest|blockade|picket)s?|"
                    r"(wound|wrapped) up (their|the|its) (protest|blockade|action|picket)s?|"
                    r"(suspended|paused|halted|interrupted|stopped) (their|the|its) "
                    r"(protest|blockade|action)s?|"
                    # "the protest at the crossing was suspended on Saturday"
                    r"(was|were|been|is|are) (suspended|lifted|called off|paused|halted|"
                    r"interrupted)|"
                    r"resumed(?! (their|the|its) (protest|blockade|action))|restored|completed|"
                    r"finished|(moving|flowing|running|passing) again|"
                    # "the Dorohusk blockade is over", "traffic returned to normal", "let
                    # lorries through the crossing again"
                    r"(is|are|was|were) over(?=\s*[:.;,—–]|\s*$)|returned to normal|"
                    # a headline's "Korday protest over." (not "protest over grain prices")
                    r"(protests?|blockades?|pickets?|actions?) over(?=\s*[:.;,—–]|\s*$)|"
                    r"back to normal|"
                    r"let (\w+ )?(lorries|trucks|traffic|vehicles|cars) through (\w+ ){0,3}?again|"
                    r"(and|then|before|later) (then )?(left|withdrew|dispersed|went home)|"
                    # "carriers who had held the approach to Hrebenne also left on Tuesday"
                    # (not what they left behind: "also left their tractors on the road")
                    r"also (left|withdrew|dispersed)(?! (their|the|a|an|behind|some)\b)|"
                    r"(protesters|farmers|truckers|hauliers|carriers) (left|withdrew|dispersed|"
                    r"went home)|"
                    # "the hauliers who had blocked the crossing for a week went home"
                    r"went home|packed up|drove (\w+ ){0,2}?home|"
                    # "drivers who had blocked the approach since Friday dispersed on Sunday"
                    r"(?<!not )(?<!n't )dispersed|"
                    # "the pickets at Hrebenne were removed", "tents were taken down"
                    r"(pickets?|blockades?|barricades?|tents|tractors|roadblocks?|protest "
                    r"camps?)\b[^.;]{0,40}?\b(was|were|have been|had been|has been) "
                    r"(removed|dismantled|cleared|taken down|withdrawn)|"
                    r"(have|has|had) (withdrawn|pulled out)|withdrew from|pulled out of|"
                    r"dismantled (their|the) (camp|tents|barricades?|pickets?))\b", re.I)
ONGOING = lazy(r"\b(continu(e|es|ed|ing)|still|remain(s|ed)?|ongoing|kept|keep(s|ing)?|"
                      # "farmers at Zosin vowed to stay until March"
                      r"(vow(s|ed)?|pledg(e|es|ed)|promis(e|es|ed)|swore|swear(s)?|"
                      r"threaten(s|ed)?|determined|intend(s|ed)?|plan(s|ned)?) to (stay|remain|"
                      r"hold out)|stay(s|ing)? (put|on|until|till)|"
                      # (not traffic as usual: "Khorgos is operating normally")
                      r"(have|has) been \w+ing|(are|is) \w+ing(?! (normally|as usual|as normal|"
                      r"without (restrictions|disruption|delays)))|"
                      # "but the picket at Hrebenne goes on"
                      r"(goes|go|going|carr(y|ies)|carrying) on|persist(s|ing)?|"
                      # "farmers extended their blockade of Medyka by a week"
                      r"(extend(s|ed|ing)?|prolong(s|ed|ing)?) (their|the|its) "
                      r"(protest|blockade|action|picket)s?|"
                      # a state that holds now: "is blocked", "blocked by the protesters"
                      r"(are|is) (being )?(blocked|closed|shut|barricaded|paralysed|paralyzed)|"
                      r"(blocked|closed|shut|barricaded) by|"
                      # "will resume the blockade" has not started again yet
                      r"(?<!will )(?<!would )(?<!to )(?<!plan )(?<!plans )"
                      r"resum(e|es|ed|ing) (their|the|its) (protest|blockade|action))\b", re.I)
PLANNED = lazy(r"\b(will|shall|plans?|planned|planning|intends?|intended|set to|"
                      # a headline's future: "Farmers to block Dolhobyczow crossing from Tuesday"
                      r"(?<!continue )(?<!continued )(?<!continues )(?<!began )(?<!begun )"
                      r"(?<!started )(?<!start )(?<!begin )to (block|blockade|close|shut)\b"
                      r"(?=[^.;]{0,60}\b(from|starting|on|next|this)\b)|"
                      r"announc(e|es|ed|ing)|"
                      r"agreed to|to sign|prepar(e|es|ed|ing)( to)?|plott(ed|ing)|next (week|month|year)|"
                      r"(agreement|deal)(?:\s++[\w-]++){0,3}?\s+to|expected to|aims? to|"
                      r"registered|notif(y|ies|ied|ying)|"
                      r"(gave|give|gives|filed) notice|"
                      # a wish: "Ukraine hopes to use F-16s to shoot down cruise missiles"
                      r"(hopes?|hoped|wants?|wanted|seeks?|sought) to|"
                      # an assessment of what comes: "are likely to continue glide bomb strikes
                      # on Sumy in the coming weeks"
                      r"(likely|unlikely|poised) to|in the (coming|next) (days|weeks|months)|"
                      # an arrangement: "the minehunters are to join the group"
                      r"(is|are) (due )?to (?!blame\b)\w+|"
                      # a forecast: "analysts expect Russia to step up drone attacks"
                      r"(expect|expects|expected|expecting|predict|predicts|predicted|"
                      r"forecast|forecasts) (\w+ ){0,3}?to)\b", re.I)
# A condition, a threat or an allegation: whatever the type, nothing has happened here.
# ("will block the crossing unless ..." is a plan with a threat; in the conditional mood,
# "would block the crossing unless ...", it is a condition)
CONDITIONAL = lazy(r"\b(if|(would|could|might)\b[^.;:]{0,120}?\bunless|"
                          # (not a weight: "an aerial bomb weighing about 100 kg")
                          r"consider(s|ed|ing)?|weigh(s|ed|ing)?(?!\s+(about|around|some|nearly|"
                          r"almost|up to|over|more than|less than|roughly|approximately|"
                          r"at least|\d))|"
                          r"threaten(s|ed|ing)? to|suspected of|accused of|charged with|"
                          # "had not ruled out similar action at the Zahony crossing"
                          r"rul(e|es|ed|ing) out|"
                          # a denial: "denied that Russian troops had shelled the plant"
                          r"den(y|ies|ied|ying) (that|claims|reports|allegations)|"
                          # "denied Ukrainian reports that", "rejected claims that the
                          # frigate had been hit"
                          r"(den(y|ies|ied|ying)|reject(s|ed|ing)?|refut(e|es|ed|ing))\s++"
                          r"([\w-]++\s++){0,2}?(claims?|reports?|allegations?) that|"
                          # a warning: "warned that a missile strike on the plant could ..."
                          r"warn(s|ed|ing)? (that|of)|on (display|show)|"
                          # an exercise: "troops taking part in the exercise 'Sea Shield'
                          # fired missiles at targets over the sea"
                          # (the exercise's name may have been blanked, as a weapon's show)
                          r"(tak(e|es|ing)|took|taken) part in (an?|the|their|its|this) "
                          r"([\w\s\"“”'’-]{0,30}?(exercises?|drills?|war games|manoeuvres?)|"
                          r"\s{8,})|"
                          # an estimate: "mine clearance in Ukraine could take 70 years"
                          r"(could|would|will|may|might|to) take (up to |about |around |at least |"
                          r"more than |over |decades|years|\w+ (years|decades))|"
                          # a ruling on it: "a court ruled that the blockade at Medyka was legal"
                          r"ruled (that|on)|(courts?|judges?|tribunals?) (ruled|found|heard|decided)|"
                          r"convicted of|sentenced|"
                          # "charged three men with spilling grain at the crossing" (a
                          # state's "accused Ukraine of shelling Belgorod" still reports it)
                          r"(charged|convicted)\s++(?:\w++\s++){1,3}?(of|with)|"
                          # a discussion of an event is not the event, nor a work about it
                          r"discuss(es|ed|ing)?|debat(e|es|ed|ing) (on|about|over|whether)|"
                          r"debates? (on|about|over)|"
                          # a law about it: "a law on shooting down drones over Moldova"
                          r"(laws?|bills?|decrees?|legislation|amendments?) (on|about|that would)|"
                          r"(documentar(y|ies)|films?|movies?|books?|thrillers?|dramas?|"
                          r"novels?|plays?|podcasts?|songs?|series|exhibitions?|musicals?|"
                          r"operas?|poems?|paintings?) ([\"“][^\"”]{1,40}[\"”] )?(about|on)|"
                          # what must or may be done: "permission to strike targets in Russia"
                          r"must|should|ought to|permission to|(allow|authori[sz]|permit)"
                          r"(s|ed|ing|e|es)? (\w+ )?to|call(s|ed|ing)? for|"
                          # an exercise: "minehunters trained off Constanta as part of ...",
                          # "fired HIMARS rockets at a range during the Anakonda exercise"
                          r"(part of|during|in the course of) (an?|the|their|its) [\w\s-]{0,30}?"
                          r"(exercises?|drills?|war games|manoeuvres?|maneuvers?)|trained|"
                          # "completed the mine countermeasures phase of exercise BALTOPS"
                          r"(phases?|stages?|parts?|segments?) of (the |an? )?([\w-]+ ){0,2}?"
                          r"(exercises?|drills?)|"
                          # weapons on show: "showed strike drones at a defence fair in Kyiv"
                          r"(defen[cs]e|arms|weapons?|military|drone|trade) (fairs?|exhibitions?|"
                          r"expos?|shows?|forums?)|showcas(e|ed|es|ing)|exhibited|"
                          r"(at|during) (an?|the) ([\w-]+ )?(exhibitions?|fairs?|expos?|forums?|"
                          r"salons?|arms shows?|air shows?)\b"
                          r"(?!\s+(centres?|centers?|halls?|grounds?|complex))|"
                          # a show in the sky: "launched 300 drones for a light show"
                          r"(light|laser|air|charity|comedy|talent) (shows?|displays?)|"
                          # a weapon on a maker's stand: "showed its new Lancet on its stand"
                          r"on (its|their|the company's|the firm's) (\w+ )?stands?|"
                          r"jok(e|es|ed|ing) about|"
                          r"rehears(ed|ing)|practi[sc](ed|ing)|"
                          # an order for weapons: "signed a contract ... for 1,000 strike drones"
                          r"(sign(s|ed|ing)?|award(s|ed|ing)?|plac(e|es|ed|ing)) (an?|the|its|their) "
                          r"(\w+ )?(contracts?|orders?|deals?|tenders?))\b", re.I)
# The cause of a count that changed: "casualties rose by a third in May, driven by glide
# bombs" (not "a minibus driven by a volunteer").
DRIVEN_COUNT = lazy(r"\b(rose|risen|rising|fell|fallen|increased|doubled|tripled|grew|"
                          r"grown|surged|jumped|spiked|climbed|dropped|declined)\b[^.;]{0,120}?"
                          r"\b(?P<driven>driven) (mainly |mostly |largely |primarily |"
                          r"partly )?by\b", re.I)
# A weapon as a category of a statistic, told after it in its clause: "drones and glide
# bombs accounted for more than half of them", "missile attacks caused most of the
# casualties", "shelling remained the most common event type", "drone strikes continued at
# a similar rate" (read up to the end of the clause's sentence part: a semicolon or a full
# stop; see event_status._a_share)
_SHARE = (r"(half|a third|a quarter|two[- ]thirds|three[- ]quarters|most|the (vast )?majority|"
          r"the (largest|biggest|greatest) share|an? (significant|large|considerable|big) "
          r"(share|number|proportion|part)|large numbers|"
          r"\d+(\.\d+)?\s?(%|percent|per cent))")
# A statistic's cause told before its categories: "Most were caused by heavy weapons —
# missiles, artillery and aerial bombs".
# (or the trigger's own words: "with most casualties caused by missile and drone attacks")
STAT_CAUSE_BEFORE = lazy(r"\b(with\s+)?(most|many|half|the majority|a third|two thirds|"
                               r"\d+\s?%)\s+(of\s+(them|these|the\s+\w+)\s+|(casualties|deaths|"
                               r"victims|injuries|damage)\s+)?((were|was)\s+)?(caused|inflicted)"
                               r"(\s+by\b|\s*$)|"
                               r"\b(most|many|half|the majority|a third|two thirds|\d+\s?%)\s+"
                               r"(of them\s+|of these\s+|of the \w+\s+)?(were|was)\s+"
                               r"(caused|inflicted|carried out)(\s+by)?\b", re.I)
# What a video or an image is said to show, which a fact-check weighs: "a video claims to
# show the moment a missile hit Lviv", "saying they show the result of a missile strike"
# What a correction withdraws: "CORRECTION: An earlier version of this story said that
# farmers had blocked ...", "UPDATE: Earlier we reported that a missile had hit ...".
RETRACTED_BEFORE = lazy(r"\b(an?\s+earlier\s+version\s+of\s+this\s+(story|report|"
                              r"article|item|post)|earlier\s+we\s+reported|we\s+(earlier|"
                              r"previously|wrongly|incorrectly)\s+reported|this\s+(story|"
                              r"report|article)\s+(previously|earlier|wrongly|incorrectly)\s+"
                              r"(said|stated|reported)|"
                              # "Correction to our 06:10 entry. We wrote that a drone had set
                              # fire to ..."
                              r"we\s+(wrote|had\s+written|said|had\s+said|reported|had\s+"
                              r"reported)\s+that)\b", re.I)
CLAIMED_TO_SHOW = lazy(r"\b((does|did|do)\s+not|doesn['’]t|didn['’]t)\s+(show|depict|"
                             # "Fact check: Video does not show a missile hitting Chisinau"
                             r"prove)\b|"
                             r"\b(claim(s|ed|ing)?|purport(s|ed|ing)?|supposed(ly)?|allegedly|"
                             r"meant|shared as|presented as|passed off as)\s+"
                             r"(that\s+)?((it|they|this|these|the\s+\w+)\s+)?(to\s+)?(show|shows|"
                             r"showing|depict|depicts|depicting|capture|captures|be)\b|"
                             r"\bsaying\s+(that\s+)?(it|they|this|these)\s+(show|shows|depict|"
                             r"depicts)\b|"
                             # "a clip presented as an Iskander hitting barracks near Kyiv"
                             r"\b(presented|passed off|shared|billed|captioned|labell?ed)\s+as\b|"
                             r"\b(viral|fake|false|doctored|misleading|staged|old)\b[^.;]{0,40}[\"“‘]|"
                             # "shared as evidence of shelling", "claim of a drone attack"
                             r"\b(shared|presented|circulated|posted|passed off|offered)\s+as\s+"
                             r"(evidence|proof)\s+of\b|\b(claims?|rumou?rs?|hoax) of\b|"
                             r"\b(unverified|unconfirmed)\b|"
                             r"\b(stor(y|ies)|posts?|videos?|clips?|accounts?|messages?|websites?|"
                             r"channels?)\s+(claiming|alleging|asserting)\b", re.I)
STAT_SHARE = lazy(r"\b(accounted for|(were|was) responsible for|(were|was) behind|made up|"
                        r"represented)\s++"
                        r"(\w++\s++){0,2}?" + _SHARE + r"(?!\w)|"
                        r"\bcaused\s++(\w++\s++){0,2}?" + _SHARE + r"\s+of\s+(the\s+|all\s+)?"
                        r"(civilian\s+)?(casualties|deaths|injuries|victims|them)\b|"
                        r"\b(remained|was|were|is|are|((had|has|have)\s+)?bec[oa]me|becomes)\s+"
                        r"the\s+(single\s+)?(most common|leading|"
                        r"main|largest|biggest|deadliest|most frequent)\s+(\w+\s+)?(event types?|"
                        r"types? of (events?|attacks?|violence)|causes?|categor(y|ies)|sources? of)\b|"
                        r"\b(continued|remained|went on)\s+at\s+(a|the)\s+(similar|same|steady|"
                        r"stable|comparable|record|higher|lower)\s+(rate|pace|level)\b", re.I)
# A match's result: "the hosts' counter-attacking artillery won it 2-0", "a 3-1 win in
# Lviv": war words in a sentence that gives a score are the game's.
MATCH_RESULT = lazy(r"\b(won|wins?|winning|beat|beats|beating|drew|draws?|drawing|lost|"
                          r"los(e|es|ing)|defeated|"
                          r"edged|thrashed|routed|hammered|victory|defeat)\b[^.;]{0,60}?"
                          r"(?<![\d-])\d{1,2}[-–]\d{1,2}(?![\d-])|"
                          r"(?<![\d-])\d{1,2}[-–]\d{1,2}\s+(home\s+|away\s+)?(win|victory|defeat|"
                          r"draw|loss)\b", re.I)
# What was planned and dropped: "called off a planned protest at the crossing" (read before
# the words of an end: nothing that was called off had begun).
# A claim of an attack that the other side denies in the same sentence: "state media
# alleged that Ukrainian troops had shelled the town; Kyiv denied firing on it"
ALLEGATION = lazy(r"\b(alleged|alleges|claimed|claims|accused|accuses)\b", re.I)
DENIAL_AFTER = lazy(r"\bden(y|ies|ied|ying)\s+(the\s+|any\s+|such\s+)?(firing|shelling|"
                          r"striking|attacking|bombing|launching|claims?|reports?|allegations?|"
                          r"accusations?|that)\b|"
                          # "reports of an alleged strike on the airfield do not correspond
                          # to reality", "... are fake"
                          r"\b(do|does|did)\s+not\s+correspond\s+to\s+(reality|the facts)|"
                          r"\b(is|are|was|were)\s+(untrue|not true|fake|false|fabricated|"
                          r"(a\s+)?(lie|fake|fabrication|hoax))\b", re.I)
# "rejects the statements of the Russian Federation that Ukrainian forces shelled ...":
# a claim refused, told before the event it claims.
REJECTED_CLAIM_BEFORE = lazy(r"\bfalsely\s+(claim(s|ed|ing)?|sa(y|ys|id)|alleg(e|es|ed|ing)|"
                                   r"assert(s|ed)?)\b[^.;]{0,40}?\bthat\b|"
                                   r"\b(reject(s|ed)?|den(y|ies|ied)|dismiss(es|ed)?|refut(e|es|ed)|"
                                   r"condemn(s|ed)?)\s+(the\s+)?([\w'’-]+\s+){0,8}?(statements?|"
                                   r"claims?|allegations?|accusations?|reports?|lies)\b"
                                   r"[^.;]{0,80}?\b(that|claiming|saying|alleging)\b", re.I)
DROPPED_PLAN = lazy(r"\bno (plans?|intention) to\b|\bnot on the table\b|"
                          # "its protest, suspended in December, will not be resumed for now"
                          r"\b(will|would|is|are|has|have|had|did)\s+not\s+(be\s+|been\s+)?(resumed|resume|"
                          r"restarted|renewed)\b|\b(won|hasn|haven|didn)['’]t\s+(be\s+|been\s+)?"
                          r"(resumed|resume)\b|"
                          # "farmers who had announced a blockade ... from Wednesday have
                          # called off the protest"
                          r"\b(had|have|has)\s+announced\b[^.;]{0,150}?\b(called|call|calls)\s+"
                          r"off\b|"
                          r"\b(called off|call off|cancell?(ed|ing)|scrapp(ed|ing)|"
                          r"abandon(ed|ing)|dropp(ed|ing)) (a|the|their|its) (planned|proposed|"
                          r"announced|threatened)\b|"
                          # a protest refused leave: "rejected the unions' request to register a
                          # protest at the Korczowa crossing"
                          r"\b(reject(ed|s|ing)?|refus(ed|es|ing)|turn(ed|s|ing)? down|"
                          r"den(ied|ies|ying)|dismiss(ed|es|ing)?)\s++(\S++\s++){0,6}?"
                          r"(requests?|applications?|bids?|notifications?|permission)\s++"
                          r"(\S++\s++){0,6}?(to|for)\s++(hold|holding|stage|staging|register|"
                          r"registering|organi[sz]e|organi[sz]ing)\s++(an?\s++|the\s++|their\s++)?"
                          r"(protests?|blockades?|pickets?)\b", re.I)
# An earlier time, or a count over a long period: background, not this report's event.
# A tally in thousands said the other way round, "more than 1,500 missiles have hit the
# region": a count over months (unless the sentence gives a day: "overnight, 1,200 shells
# have hit ...").
TALLY_SINCE = lazy(r"\d{1,3}(,\d{3})+ ([\w-]+ )?(drones|uavs|missiles|shaheds|gerans|"
                         r"rockets|shells|bombs|attacks|strikes) (have|had) (been )?[a-z]+",
                         re.I)
# Work of an earlier season, told as background: "fields that sappers had cleared the
# previous summer"
SEASON_BEFORE = lazy(r"\b(cleared|demined|de-mined|swept|surveyed)\b[^.;]{0,40}?\b"
                           r"(the previous|last)\s+(year|spring|summer|autumn|fall|winter)\b", re.I)
# An earlier season in the clause of a protest: "The Slovak hauliers' protest at Vysne
# Nemecke last year ended in days".
# What a place went through, dated: "Vysokopillia, which was liberated a year ago" (the
# liberation's time, not the event's).
_NOT_A_PLACES_PAST = "".join(f"(?<!{verb} )" for verb in (
    "liberated", "occupied", "captured", "recaptured", "retaken", "freed", "seized",
    "de-occupied", "deoccupied", "annexed"))
EARLIER_SEASON = lazy(r"\b((the previous|last) (year|spring|summer|autumn|fall|winter)|"
                            r"(at|by) the (beginning|start|end) of last month|"
                            # "who briefly blocked the crossing at the beginning of December",
                            # "protests had been wound down at the turn of the year"
                            r"at the (beginning|start|end|turn) of (the year|"
                            + "|".join(MONTHS) + r")\b|"
                            # "similar protests took place at Albita at the time"
                            r"(took place|happened|were held)\b[^.;]{0,60}?\bat the time|"
                            # "Results of 2023: pyrotechnic units destroyed 100,000 objects"
                            r"(results|summary|totals?|outcomes?) (of|for) (the year|(19|20)\d\d)|"
                            # "during the protest of hauliers in the winter of 2023/2024"
                            r"(spring|summer|autumn|fall|winter) of (19|20)\d\d|"
                            # "revive memories of the blockade that crippled traffic at
                            # Dorohusk from November 2023 until mid-January"
                            r"memor(y|ies) of|from (\w+ )?(19|20)\d\d (until|till|to)|"
                            # "an earlier protest by hauliers, who blocked several crossings
                            # from November until mid-January"
                            r"(an|the|their) earlier (protest|blockade|action|picket)s?|"
                            r"from (early |mid-|late )?(" + "|".join(MONTHS) + r") (until|till|"
                            r"to) (early |mid-|late )?(" + "|".join(MONTHS) + r")|"
                            # (not the time of what a place went through: "around
                            # Vysokopillia, which was liberated a year ago")
                            + _NOT_A_PLACES_PAST +
                            r"((a|one|two|three|\d+) (years?|months?) ago|in (19|20)\d\d))\b", re.I)
# A protest of an earlier season, told as background: "hauliers, who blocked Dorohusk
# for two months last winter, called the decision unfair"
PROTEST_SEASON_BEFORE = lazy(r"\b(block(ed|aded)|picketed|protested|closed|shut)\b"
                                   r"((?!\b(as|like|again|than|since)\b)[^.;]){0,80}?"
                                   r"\b((the previous|last) (year|spring|summer|"
                                   r"autumn|fall|winter)|(a|one|two|three|\d+) (years?|months?) "
                                   r"ago)\b", re.I)
# An earlier season that a clause then tells of: "relations were strained last winter,
# when farmers blocked the crossings", "in the previous year, when ..."
SEASON_WHEN = lazy(r"\b(the previous|last) (year|spring|summer|autumn|fall|winter|"
                         # ("which Russia first used in combat last March, when its ministry
                         # said one had destroyed a weapons store")
                         + "|".join(MONTHS) + r")\s*,?\s+(when|as)\b", re.I)
# A total of work over a year or more, the span opening the sentence or the clause:
# "Over the past year, sappers cleared more than 5,000 hectares"
# "since July, when a missile hit the children's hospital": the trigger's clause tells
# what happened at a time named before it, the base of a comparison or a past date.
TIME_WHEN_BEFORE = lazy(r"(\b(since|back in)\s+(the\s+)?(early\s+|late\s+|mid-|mid\s+)?("
                              + "|".join(MONTHS) + r"|spring|summer|autumn|winter)|"
                              r"\b(since|back in|in|during)\s+(19|20)\d\d)\b"
                              r"[^,;.]{0,20},?\s+when\b[^;.]*$", re.I)
# "During the months when the city was under near-daily fire, a rocket struck the zoo":
# an opening that sets the event in a long time before.
LONG_SPAN_OPENING = lazy(r"\W*between\s+(\d{1,2}\s+)?(" + "|".join(MONTHS) + r")\b[^,;.]{0,30}"
                               # "Between 22 March and early June, Russia carried out a
                               # series of attacks": a span of months
                               r"\s+and\s+(early\s+|mid-?|late\s+)?(\d{1,2}\s+)?(" + "|".join(MONTHS)
                               + r")\b|"
                               r"(?:[A-Z][A-Z .'’-]{1,30}\s[—–-]\s)?"
                               r"\W*(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years|"
                               # "Two years after the Przewodow explosion that killed two
                               # farm workers, prosecutors say ...", "Two weeks after three
                               # people died outside a locked shelter"
                               r"decades|weeks|months)\s+(after|since)\b|"
                               r"\W*(during|in|over|throughout|for)\s+(the|those)\s+(long\s+|"
                               r"first\s+|early\s+)?(months|years)\s+(when|that|in which|of|"
                               r"after|before|following)\b[^,;]{0,120}[,;]|"
                               # "In the first weeks of the war, Palanca was the main exit"
                               r"\W*(during|in)\s+the\s+(first|early|opening)\s+(days|weeks|"
                               r"months)\s+of\s+the\s+(full-scale\s+)?(war|invasion)\s*[,;]|"
                               # a note that recalls: "For reference: in April, a missile
                               # attack on Sumy killed 35 people"
                               r"\W*(for reference|for context|background|recall|reminder|"
                               r"as a reminder)\s*[:—–-]", re.I)
# A tally of a week or more told before the weapons: "weekly summary: this week alone
# Russia launched 1,580 bombs, 1,100 drones and 15 missiles" (the list's commas end no
# clause of it).
# (with a count of ten or more in the sentence: "This week alone, FPV drones hit a bus in
# Beryslav" tells the week's attacks one by one)
SPAN_TALLY_COUNT = lazy(r"\b\d{1,3}(,\d{3})+\b|\b\d{2,}\b(?!\s*(mm|km|%|percent|per cent|"
                              r"year|years)\b)", re.I)
# "A year ago, on 5 October, our community lived through ...": an opening that sets the
# sentences after it, in its paragraph, in an earlier year.
YEARS_AGO_OPENING = lazy(r"\W*(exactly\s+)?(a|one|two|three|four|\d+)\s+years?\s+ago\b", re.I)
# A train's route: "train No. 137/138 Kherson - Kyiv will depart" (not where the event is).
ROUTE_BEFORE = lazy(r"\b(trains?|routes?|flights?|buses|bus|services?|ferry)\s+"
                          r"(No\.?\s*)?[\w/]*\d[\w/]*\s+((?-i:[A-Z])[\w'’-]*\s*[-–—]\s*)?$", re.I)
# Multiple rocket launchers: their rockets are artillery's ("struck Tokmak with HIMARS:
# rockets hit the residential sector").
LAUNCHER = lazy(r"\b(himars|mlrs|grads?|uragans?|smerch(es)?|vampires?|tornado(-[sg])?|"
                      r"bm-2[17]|vilkhas?|olkhas?|multiple[\s-]+(launch\s+)?rocket)\b", re.I)
ROCKET_ONLY = lazy(r"\brockets?\b(?![\s-]+launch)", re.I)
# The rest of a statistic's ranking: "... attacks accounted for the largest share, followed by
# shelling and air-dropped bombs".
SHARE_FOLLOWED_BEFORE = lazy(r"\b(accounted for|caused|made up)\b[^.;]{0,60}\b(share|majority|"
                                   r"most|half)\b[^.;]{0,20},?\s+followed\s+by\s+([\w-]+\s+){0,2}"
                                   r"[\w-]*$",
                                   re.I)
# What a blockade of a border crossing needs somewhere in its text (highways blocked by a
# protest in a city are no border blockade).
BORDER_CONTEXT = lazy(r"\b(borders?|crossings?|checkpoints?|frontier|customs|border\s+posts?)\b",
                            re.I)
# A month's tally: "the heaviest combined attacks of the month were aimed at ...", "the
# highest monthly toll in three years" (not "this month": "the third attack this month").
MONTH_TALLY_BUT_REVIEWED = lazy(r"\b(during|over|in|for)\s+the\s+reporting\s+period\b|"
                                r"\b(deadliest|worst|bloodiest|heaviest|quietest)\s+month\b|"
                                r"\b(over|during|in)\s+the\s+(past|last|previous)\s+(two|three|"
                                r"four|five|six|several|few|\d+)\s+months\b|\bmonthly\s+(toll|"
                                r"total|tally|figures?|count|record|high|summary|review|report)\b|"
                                r"\bin\s+numbers\b|"
                                # "recorded more than 1,500 shelling events during October"
                                # "nearly twenty missile and drone raids in a single month"
                                r"\bin\s+a\s+single\s+month\b|"
                                # a half-year's or a quarter's: "over the half-year air defence over
                                # the region had intercepted more than 3,000 aerial targets"
                                r"\b(over|during|in|for|throughout)\s+the\s+(past\s+|last\s+|first\s+|"
                                r"second\s+)?(half-year|half\s+year|quarter|six\s+months)\b|"
                                r"\b(report|summary|review|results)\s+(on|for|of)\s+("
                                + "|".join(MONTHS) + r")\s+(to|through|-|–)\s+("
                                + "|".join(MONTHS) + r")\b|"
                                r"\b(during|throughout)\s+(the\s+month\s+of\s+)?("
                                + "|".join(MONTHS) + r")\b(?!\s+\d)|"
                                r"\bmonthly\s+(overview|report|update|digest)\b", re.I)
# (the reviewed month's span, "during the month", is its news in a month's review; see
# geomap.events)
MONTH_TALLY = lazy(MONTH_TALLY_BUT_REVIEWED.pattern + r"|\b(?<!start )(?<!beginning )(?<!end )"
                   r"(?<!middle )(?<!turn )(of|over|during|throughout)\s+the\s+(past\s+|last\s+|"
                   r"whole\s+|entire\s+)?month\b", re.I)
# Attacks told by the month they belong to: "Kharkiv, Mykolaiv and Lviv, which were hit in
# the January attacks" (the month's campaign, not the news).
MONTHS_ATTACKS = lazy(r"\b(in|during|since|after|like)\s+the\s+(" + "|".join(MONTHS)
                            + r")\s+((missile|drone|air|combined)\s+)?(attacks|strikes|raids|"
                            r"bombardments|barrages|shelling)\b", re.I)
# A sentence about the past, wherever the words stand: "Lviv has been hit by missiles several
# times", "The protests at Dorohusk and Medyka ended in the spring of 2024", "where, a year
# ago, two men were killed when a missile fell".
PAST_SENTENCE = lazy(r"\b(has|have)\s+been\s+(hit|struck|targeted|attacked|shelled|bombed)\b"
                           r"[^.;]{0,40}?\b(several|many|multiple|numerous|countless)\s+times\b|"
                           r"\b(ended|began|started|took place|were held|lasted)\s+(in\s+)?(the\s+)?"
                           r"(spring|summer|autumn|fall|winter)\s+of\s+(19|20)\d\d\b|"
                           r"\b" + _NOT_A_PLACES_PAST
                           + r"(a|one|two|three|four|five|\d+)\s+(years?|months?)\s+ago\b|"
                           # "roads where drivers have previously complained of FPV drones"
                           r"\b(have|has|had)\s+previously\b", re.I)
# The kind of work a quoted title follows: 'the documentary "Drone Night"'.
TITLED_WORK_BEFORE = lazy(r"\b(film|movie|comedy|drama|documentary|novel|book|memoir|play|series|"
                                r"sitcom|song|single|album|exhibition|thriller|musical|opera|game|"
                                r"podcast|poem|titled|entitled|called)\s+$", re.I)
# A question, not a report: "What would happen if the reactor were hit by a missile?",
# "asked whether the state would pay for demining of fields".
QUESTION_OPENING = lazy(r"\W*(what|would|could|can|will|how|why|should|who|which|if|"
                              r"is|are|was|were|do|does|did)\b[^?]*\?\W*$", re.I)
ASKED_WHETHER_BEFORE = lazy(r"\b(asked|asks|asking|wondered|wonders|questioned|"
                                  r"queried)\s+(whether|if|why|how|when)\b", re.I)
# What an earlier report said: "Previous week's summary noted shelling in Al Fula".
EARLIER_REPORT_BEFORE = lazy(r"\b(previous|last|an\s+earlier)\s+((week|month)['’]s\s+)?"
                                   r"(summary|report|update|bulletin|round-?up|digest)\s+"
                                   r"(noted|said|mentioned|recorded|listed|reported|told of)\b",
                                   re.I)
# A report over a period, by its name: "the service said in its monthly report" (not "over
# the past month": "divers cleared 12 objects from the port's approaches over the past
# month" is the work of the news).
PERIOD_REPORT = lazy(r"\b(monthly|annual|yearly|quarterly)\s+(report|review|summary|overview|"
                           r"update|digest|tally|figures|bulletin)\b|"
                           # "Results of October: pyrotechnicians surveyed 690 hectares"
                           r"\b(results|summary|outcomes?|totals?|figures)\s+(of|for)\s+(the\s+)?"
                           r"(" + "|".join(MONTHS) + r"|(past\s+|last\s+)?(week|month|quarter|"
                           r"year))\b", re.I)
# A report that says it gives no place: "had downed 18 of 42 missiles, without saying where"
NO_PLACE_TOLD = lazy(r"\b(without\s+(saying|specifying|giving|naming|disclosing)|"
                           r"(did|does)\s+not\s+(say|specify|give|name|disclose))\s+"
                           r"(where|(the\s+|their\s+|its\s+)?(locations?|places?|regions?|areas?|"
                           r"targets?))\b", re.I)
# "Since then, long-range drones have struck refineries in Ryazan and Volgograd": the
# campaign since a time told before.
SINCE_THEN_OPENING = lazy(r"\W*(ever\s+)?since\s+then\b[^.;]{0,40}?\b(have|has)\b", re.I)
# "despite periodic missile and drone strikes on the ports": attacks that recur, no one
# of them told.
RECURRING_BEFORE = lazy(r"\b(periodic|occasional|sporadic|regular|frequent|intermittent)\s+"
                        r"([\w-]+\s+){0,2}$", re.I)
# "Previously the city was mostly hit by missiles": a sentence that opens on the time before.
PREVIOUSLY_OPENING = lazy(r"\W*(previously|in the past|in earlier years|before the "
                          r"(full-scale )?(war|invasion))\b", re.I)
# "since repeated strikes on Sevastopol forced the fleet to disperse": what went before.
SINCE_STRIKES_BEFORE = lazy(r"\bsince\s+(the\s+)?(repeated|earlier|previous|those)\s+$", re.I)
# "forty days after the Palm Sunday missile strike on Sumy", "a year after the attack": an
# earlier event that dates the report's (not "a day after", "two days after": still news).
TIME_AFTER_EVENT_BEFORE = lazy(r"\b((\d+|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|"
                               r"hundred|several|many|a few)\s+(days|weeks|months|years)|"
                               r"(a|one|two|several)\s+(weeks?|months?|years?))\s+"
                               r"(after|since)\s+(the|a|an|last|that)\s+([\w'’-]+\s+){0,4}$",
                               re.I)
SPAN_TALLY_BEFORE = lazy(r"\b((this|last|that|the past) (week|month|year) alone|"
                               r"(weekly|monthly) (summary|review|tally|round-?up|address))\b",
                               re.I)
# "missiles launched from Belgorod can reach it in under a minute": what a weapon could
# do, not what it did.
CAPABILITY = lazy(r"\b(zone|range|reach|radius)\s+of\s+(possible|potential|future)\s+"
                        r"(attacks?|strikes?)\b|"
                        # "crews had little chance of intercepting ballistic missiles"
                        r"\b(chances?|ability|capacity|time|way)\s+(of|to|for)\s+(intercept(ing)?|"
                        r"shoot(ing)?\s+down|stop(ping)?)\b|"
                        # "long-range missiles able to hit targets 250 km away"
                        r"\b(able|designed|built|capable)\s+(to|of)\s+(hit|reach|strike|hitting|"
                        r"reaching|striking|destroy|destroying)\b|"
                        r"\bcan(not)?\s+(still\s+|also\s+|easily\s+|now\s+)?(reach|hit|strike|travel|fly|"
                        r"cover|carry|destroy|launch|fire)\b|"
                        r"\b(with)?in\s+(the\s+)?range\s+of\b", re.I)
OVER_PAST_YEARS = lazy(r"\b(over|in|during|throughout)\s+the\s+(past|last|previous)\s+"
                             r"((\d+|two|three|four|five|several)\s+years|year|twelve months|"
                             r"12 months)\b", re.I)
# What a court or an inquiry found, told before the event: "the court ruled that the plane
# was hit by a Buk missile fired from a field near Pervomaiskyi"
COURT_FOUND = lazy(r"\b(court|judges?|tribunal|jury|inquiry|investigators)\b[^.;]{0,120}?"
                         r"\b(ruled|found|concluded|established|determined|decided) that\b|"
                         # what a trial tells: "prosecutors said the men had shelled ...",
                         # "finding them guilty of firing on ..."
                         r"\bprosecut(ors?|ion)\b[^.;]{0,60}?\b(said|says|alleged|claimed|told)\s+"
                         r"(\w+\s+)?(that\s+)?(the|these|those)\s+(men|man|woman|defendants?|"
                         r"accused|soldiers?|servicem[ae]n|marines?|suspects?|pilots?|officers?|"
                         r"commanders?|gunners?|crews?)\b|"
                         # "Prosecutors told the district court that the officer directed fire
                         # at ...", "the court heard that ..."
                         r"\b(prosecutors?|witnesses|survivors|victims)\s+told\s+(the\s+)?"
                         r"([\w-]+\s+){0,3}?(court|tribunal|jury|judges?|hearing)\b|"
                         r"\b(court|tribunal|jury|judges?|trial|hearing)\s+(heard|was told|were told)\b|"
                         # what trials are about: "trials have been held in Kharkiv over missile
                         # strikes"
                         r"\b(trials?|cases|hearings?|proceedings|verdicts?|lawsuits?)\b[^.;]{0,80}?"
                         r"\b(over|into|concerning|regarding)\s+([\w-]+\s+){0,4}$|"
                         # "prosecutors say they have identified the commander of the unit
                         # that launched the missile on Dnipro"
                         r"\b(identified|named|charged|indicted)\s+(the\s+)?([\w-]+\s+){0,3}?"
                         r"(commanders?|units?|crews?|pilots?|perpetrators?|servicem[ae]n|"
                         r"officers?)\b|"
                         r"\b(guilty|convicted|sentenced|indicted|acquitted)\b"
                         r"[^.;]{0,60}?\b(of|for|with)\b", re.I)
# What came before the news, told as what it follows: "The standoff follows a two-month
# blockade by hauliers at Dorohusk", "The attack followed weeks of calm after a wave of
# strikes in the spring" (searched in the words before the trigger).
FOLLOWS_EARLIER_BEFORE = lazy(r"\b(follows|followed|comes\s+after|came\s+after|"
                                    # "The protests echo those in Poland, where truckers
                                    # blocked Dorohusk for two months"
                                    r"(echo(es|ed)?|mirror(s|ed)?|recall(s|ed)?)\s+those\s+(in|of|at))\s+"
                                    # (not the night before: "The find followed a night in
                                    # which drones targeted the Odesa region")
                                    r"(?!(an?|the)\s+((long|busy|quiet|tense|sleepless)\s+)?"
                                    r"(night|day|morning|evening|overnight)\b)"
                                    r"(an?|the|weeks|months|years|a\s+series|(?-i:[A-Z]))[^.;]{0,100}$",
                                    re.I)
# A span after an earlier day the text named: "Missiles and drones struck grain terminals in
# Odesa in the week that followed" (the grain deal's end, weeks before the report).
WEEKS_THAT_FOLLOWED = lazy(r"\b(in|over|during)\s+the\s+(weeks?|months?)\s+(that\s+)?followed\b|"
                                 r"\b(in|over|during)\s+the\s+following\s+(weeks?|months?)\b",
                                 re.I)
# A month the writer looks back to, and what happened in it: "the unit damaged in July, when
# a Russian missile hit the hospital" (searched in the words before the trigger; its month
# is weighed against the report's).
MONTH_WHEN_BEFORE = lazy(r"\bin\s+((early|late|mid-?)\s*)?(" + "|".join(MONTHS) + r")"
                               r"(\s+(19|20)\d\d)?,?\s+when\b[^.;]{0,160}$", re.I)
# A story of a trial or of a weapons test: the attacks it tells are the case's or the
# test's, not the news, unless a day of their own is given (read in the text's opening).
COURT_OR_TEST_LEAD = lazy(r"\b(court|tribunal|judges?|prosecutors?)\b[^.]{0,200}?\b(convicted|"
                                r"sentenced|acquitted|verdict|ruled|found\s+(\w+\s+){0,3}guilty|"
                                r"indicted)\b|"
                                r"\b(test-fired|test-fires|test-firing|test\s+launch(es|ed)?|"
                                r"(training|practice|scheduled)\s+launch(es)?|"
                                r"(missile|weapons?|rocket)\s+tests?)\b", re.I)
# What came days before the news: "The barrage came two days after a blast damaged the
# bridge" (a sentence that says so carries no attack on).
DAYS_AFTER = lazy(r"\b(came|comes|coming|happened|occurred|followed)\s+(only\s+|just\s+)?"
                        r"(a\s+day|a\s+week|(two|three|four|five|six|several|a\s+few|\d+)\s+"
                        r"(days|weeks|months))\s+after\b", re.I)
# An event of a week or more before the sentence's own day: "killed by a missile strike on a
# playground in the city ten days earlier".
DAYS_EARLIER = lazy(r"\b((seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|"
                          r"[7-9]|\d\d)\s+days|(a|one|two|three|four|several|a\s+few)\s+weeks?|"
                          r"a\s+fortnight|(a|one|two|several)\s+months?)\s+(earlier|ago|before)\b",
                          re.I)
# What was said days before, told again: "the ministry, which had said earlier in the week
# that Russian drones had crashed in Romania, ..." (searched in the words before the trigger)
EARLIER_CLAIM_BEFORE = lazy(r"\b(had|has|have)\s+(already\s+)?(said|reported|claimed|announced|"
                                  r"stated|confirmed|denied)\s+(earlier\s+(in|this)\s+(the\s+)?"
                                  r"(week|month)|last\s+(week|month)|previously|days\s+(earlier|"
                                  r"before|ago))\b[^.;]{0,100}$", re.I)
# A past day the writer counts from, and what happened on it: "since 30 December, when the
# centre of Belgorod was shelled, we have built more shelters" (searched in the words before
# the trigger).
SINCE_WHEN_BEFORE = lazy(r"\bsince\s+((early|late|mid-?)\s*)?(\d{1,2}(st|nd|rd|th)?\s+)?"
                               r"(" + "|".join(MONTHS) + r")(\s+\d{1,2}(st|nd|rd|th)?)?"
                               r"(,?\s+(19|20)\d\d)?,?\s+when\b[^.;]{0,160}$", re.I)
# A total of work over years: "has cleared 20,000 hectares since 2022", "since the
# full-scale invasion" (read for the work that goes on, mine clearing).
SINCE_YEARS = lazy(r"\bsince\s+(the\s+)?((start|beginning|outbreak)\s+of\s+the\s+)?"
                         r"((full-scale\s+)?(invasion|war)|((" + "|".join(MONTHS) + r")\s+)?"
                         r"(19|20)\d\d)\b|"
                         # "has destroyed several stray mines since Russia's invasion"
                         r"\bsince\s+(russia|moscow)['’]s\s+(full-scale\s+)?(invasion|war)\b|"
                         # "Since January, pyrotechnicians have neutralised 5,300 objects": a
                         # total over months (not "since 1 May", "since Monday")
                         r"\bsince\s+(early\s+|late\s+|mid-?)?(" + "|".join(MONTHS) + r")\b(?!\s+\d)|"
                         r"\bsince\s+the\s+(start|beginning)\s+of\s+(the|this)\s+year\b|"
                         # "since the de-occupation of the Izium district in autumn 2022"
                         r"\bsince\s+(the\s+)?(de-?occupation|liberation|withdrawal|retreat|"
                         r"counteroffensive|counter-offensive)\b|"
                         # "Cambodia, still clearing mines from decades of conflict"
                         r"\b(decades|generations) of (war|wars|conflict|fighting)\b|\bfor decades\b|"
                         # "Croatia, which is still clearing mines from the wars of the 1990s"
                         r"\b(wars?|conflicts?|fighting)\s+(of|in)\s+the\s+(19|20)\d0s\b|"
                         # "has removed hundreds of mines since it began in 1997"
                         r"\bsince\s+(it|they|its\s+\w+|the\s+\w+)\s+(began|started|was\s+"
                         r"(set up|launched|founded|created|established))\b|"
                         # a year's total: "cleared 141 square kilometres of land in 2023"
                         r"\b\d[\d,.]*\s*(square kilomet(re|er)s|sq km|km2|km²|hectares)\b"
                         r"[^.;]{0,120}?\bin\s+(19|20)\d\d\b", re.I)
# What a weapon has come to be, not what it did: "glide bombs have become a growing threat
# to towns in the Sumy region".
BECOME_A_THREAT = lazy(r"\b(has|have) become (an? )?([\w-]+ ){0,2}(threat|danger|menace|"
                       r"hazard|fact of life|part of (daily|everyday) life|routine|"
                       r"weapon of choice)\b", re.I)
# What came before the news, but for the span of a week's or a month's review ("during the
# month", "in the past week": a review's own period), which PAST adds.
PAST_BUT_REVIEWED = lazy(r"\b(last year|last (spring|summer|autumn|fall|winter)|years? ago|"
                   r"earlier in the war|in (early |late |mid-|mid )?"
                   # ("in March 2022")
                   r"((" + "|".join(MONTHS) + r") )?(19|20)\d\d\b|"
                   r"earlier (this|last) (month|year)|"
                   r"(during|throughout|over the course of|in the course of) the (war|invasion|"
                   r"full-scale invasion|conflict)|since the (full-scale )?(invasion|war)|"
                   r"since (russia|moscow|ukraine|kyiv)['’]s (full-scale )?(invasion|war)|"
                   r"(first|early|opening) (days|weeks|months) of the (full-scale )?(war|invasion)|"
                   r"the (war|invasion)['’]s (first|early|opening) (days|weeks|months)|"
                   # a habit: "Russia typically launches Shaheds from Kursk"
                   r"typically|usually|routinely|regularly|frequently|"
                   # "children in Mykolaiv already know the sound of a Shahed"
                   r"(know|knows|knew|recogni[sz]e|recogni[sz]es) the sound of|"
                   # "survived months of missile and drone strikes", "3,000 glide bombs a
                   # month": a long span or a rate
                   r"(months|years) of\b|\b(a|per|each|every) (month|year)\b(?! ago\b)|"
                   # "over more than a decade", "over the winter"
                   r"over (more than |nearly |almost )?(a|two|three|several) decades?|"
                   r"for (more than )?(a decade|decades)|"
                   r"(over|during|through|throughout) the (winter|summer|spring|autumn)\b|"
                   # "violated several times this year by drones attacking ..."
                   r"(several|many|multiple|numerous|dozens of) times (this|last|in the past|"
                   r"over the past|since)\b|"
                   r"(has|have) [a-z]+ (hundreds|thousands|tens of thousands) of|"

                   # a month's tally: "Over September, the Russians shelled the district
                   # more than 470 times", "in his monthly summary"
                   r"(over|throughout|in the course of|during the whole of) (the month of )?("
                   + "|".join(MONTHS) + r")\b|monthly (summary|report|review|tally|update)|"
                   # a report's count: "the mission documented dozens of drone strikes"
                   # "have recorded more than a dozen cases of drones or missile fragments"
                   r"(documented|recorded|registered|logged) (more than |at least |over |some |"
                   r"nearly |almost )?(a dozen |dozens of |\d+ )?(cases|incidents|instances) of|"
                   r"(documented|recorded|verified|registered|logged|tallied|catalogued) "
                   r"(at least |more than |over |some |nearly |almost )?(dozens|scores|hundreds|"
                   r"thousands) of|"
                   # "has launched more than 4,000 Shaheds": a tally in thousands
                   r"(has|have|had) [a-z]+ (more than |over |nearly |almost |about |around |some )?"
                   r"\d{1,3}(,\d{3})+ ([\w-]+ )?(drones|uavs|missiles|shaheds|gerans|rockets|"
                   r"shells|bombs|attacks|strikes)|"
                   r"since (the )?(start|beginning|outbreak)|since (19|20)\d\d|"
                   # thousands of weapons are a tally of weeks: "shot down 1,231 drones"
                   r"\b[1-9]\d?,\d{3} ([\w-]+ ){0,2}(drones|uavs|shaheds|gerans|missiles|"
                   r"bombs)\b|"
                   r"since (jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                   # "since the city was liberated": a tally over a long time
                   r"since (the |its |their )?(\w+ ){0,2}(was|were) (liberated|occupied|"
                   r"recaptured|retaken|captured|freed|seized)|"
                   # a commemoration: "to mark a year since a missile destroyed ..."
                   r"(a|one|two|three|four|five|six|\d+) (years?|months?|weeks?) "
                   r"(on \w+day )?(since|after)|"
                   r"anniversary|recall(s|ed|ing)?|remember(s|ed|ing)?|"
                   # "the shelling of 2022", "damaged in a 2023 missile strike"
                   r"(of|from|a|an|the) (19|20)\d\d\b|"
                   # and dated by its month: "the March 2023 strike on the school"
                   r"(of|from|a|an|the) (" + "|".join(MONTHS) + r") (19|20)\d\d\b|"
                   # a habit told of a place: "a town that faces shelling almost every day",
                   # "a port that drones have repeatedly hit", "Russia now sends drones almost
                   # every night" (in the present: "Pokrovsk was hit by drones almost daily"
                   # in a month's round-up tells that month's attacks)
                   r"(has|have|had) (been )?repeatedly|"
                   r"\b(comes?|sends?|launch(es)?|continues? to \w+|faces?|gets?|remains?|is|"
                   r"are|suffers?|endures?|hits|attacks|targets|shells|strikes|bombs)\b"
                   r"[^.;]{0,80}?\b((almost |nearly )?(every|each) (day|night)|(almost|nearly) "
                   r"daily|day after day|night after night)\b|"
                   r"(laid|lay|lays|laying) flowers|in memory of|commemorat\w+|"
                   r"memorial (service|ceremony)|"
                   # "an exhibition of fragments of the missiles that hit the city"
                   r"exhibitions?\s+(of|on|about|dedicated to)\b|"
                   # a long period: "have lived under shelling for months", "dropped 900
                   # bombs in the past week"
                   r"for (many |several |\d+ )?(weeks|months|years)\b|"
                   r"(in|over|during) the (past|last) (year|\d+ (weeks|months))\b|"
                   # a month's or a year's tally: "during the month", "its June statistics"
                   r"(during|over|throughout) the (whole |entire )?year\b|"
                   r"(monthly|weekly|annual|yearly|" + "|".join(MONTHS) + r") (statistics|figures|"
                   r"tall(y|ies)|totals)\b|"
                   r"after (a |one |two |three |several |many )?(weeks?|months?|years?) of|"
                   # a month, not a day: "57 civilians were killed by glide bombs in June"
                   r"(in|during|throughout|last) (" + "|".join(MONTHS) + r")\b(?! \d\d?\b)|"
                   # an attack told as the cause of what followed: "after last week's strikes"
                   # ("after recent strikes on Kharkiv" still reports them)
                   r"(after|since|following) (last (week|month)['’]s|the (previous|earlier|"
                   r"last)|(previous|earlier))\b|"
                   r"\b(an|the) (earlier|previous) (attacks?|strikes?|raids?|shelling)\b|"
                   # "the site of last week's glide-bomb attack": an attack of days before
                   r"\blast (week|month|year)['’]s\b|"
                   # "during the summer 2006 war", "in the 2014 fighting"
                   r"\b(during|in|throughout) the (\w+ ){0,2}(19|20)\d\d\b|"
                   r"last (month|spring|summer|autumn|fall|winter)|"
                   # "That summer, weeks of missile and drone raids damaged terminals in Odesa"
                   r"\b(that|this) (spring|summer|autumn|fall|winter)\b|"
                   # "September by the numbers: drones and missiles launched at Ukraine"
                   r"\b(by|in) (the )?numbers\b|"
                   r"\bsince (the )?(spring|summer|autumn|fall|winter)\b|"
                   r"\b(weeks|months|years) of (\w+ ){0,3}?(raids|attacks|strikes|shelling|"
                   r"bombardments?|bombing)\b|"
                   # "In the first weeks of the war, refugees fled missile strikes on Odesa"
                   r"\b(in|during) the (first|early|opening) (days|weeks|months) of the "
                   r"(full-scale )?(war|invasion)\b|"
                   r"\bthroughout (19|20)\d\d\b|"
                   r"(in|over|during) (the )?recent (weeks|months))",
                   re.I)
# A week's or a month's span: "drones shot down during the month", "dropped 900 bombs in
# the past week" (a tally of the period, told after it).
_REVIEWED_SPAN = (r"(during|over|throughout) the (whole |entire )?month\b|"
                  r"(in|over|during) the (past|last) (week|month)\b")
PAST = lazy(PAST_BUT_REVIEWED.pattern[:-1] + "|" + _REVIEWED_SPAN + ")", re.I)
# An arrest before the trigger: the attack is what the detainee is said to have helped with
# ("detained an agent who guided missile strikes"); after it, the arrest is another act
# ("shelled Kherson and detained two residents").
# (and the courts: "a court fined three farmers for a road blockade they held")
ARREST = lazy(r"\b(detained|arrested|apprehended|fined|sentenced|convicted|prosecuted|"
                    r"indicted|jail(s|ed)|imprison(s|ed)|acquitted|in absentia|fines|"
                    # "charged a commander in absentia over the shelling of Kupiansk"
                    r"charged(?=[^.;]{0,60}\b(in absentia|over|with)\b))\b", re.I)
# A repair after an attack, the attack told as what did the damage: "crews restored the
# tram line damaged by a glide bomb", "reconnected Odesa after the drone attack".
REPAIR = lazy(r"\b(restor(ed|es|ing)|repair(ed|s|ing)?|rebuil(t|d|ds|ding)|reopen(ed|s|ing)|"
                    r"reconnect(ed|s|ing)|reconstruct(ed|ion|ing)|renovat(ed|ion|ing)|"
                    r"compensation|glaz(ed|es|ing)|patch(ed|es|ing)|re-?roof(ed|ing)?|"
                    r"boarded\s+up)\b", re.I)
AFTERMATH = lazy(r"\b(damaged|hit|struck|destroyed|affected|ruined|wrecked|caused) by\b|"
                       r"\b(after|following) (an?|the|last \w+['’]s|recent)\b|"
                       # "repairing substations hit in last week's drone strikes"
                       r"\b(damaged|hit|struck|destroyed|affected|ruined|wrecked) (in|during) "
                       r"(an?|the|last \w+['’]s|recent|earlier)\b", re.I)
# A person honoured for what a relative clause tells: "the soldier who shot down a Shahed
# over Kyiv received an award", "sappers who cleared the area were honoured".
WHO = lazy(r"\bwho\b", re.I)
HONOUR = lazy(r"\b(awarded|honou?red|decorated|(was|were) named|credited with|"
                    r"received (an? |the )?"
                    r"(award|medal|order|prize|title)|hero of)\b", re.I)
# "sailors who clear mines", "units that shell the city": a relative clause in the present
# describes what someone does, not an event (the verb is the trigger's first word).
HABITUAL_BEFORE = lazy(r"\b(who|which|that)\s+(usually\s+|regularly\s+|often\s+|also\s+|"
                             r"now\s+)?$", re.I)
# "Ukraine has increasingly targeted Russian refineries with drones": a trend, no attack.
TREND = lazy(r"\bincreasingly\b|"
                   # a habit: "often at very short notice because of nearby airstrikes" (not
                   # "repeatedly", which tells one night's attacks too)
                   r"\b(often|frequently|routinely|regularly|usually|typically|constantly|"
                   # "citing fewer missile and drone strikes on port infrastructure"
                   r"fewer)\b|"
                   # "blaming Russia's greater use of glide bombs": a trend, not an attack
                   r"\b(greater|increased|increasing|growing|wider|widespread|heavier|"
                   r"intensified|rising)\s+use\s+of\b|"
                   # "has since stepped up its use of heavy glide bombs"
                   r"\b(stepped|stepping|ramped|ramping)\s+up\s+(its|their|the)\s+use\s+of\b|"
                   # "a sharp rise in civilians hurt by short-range drones", "has sharply
                   # increased glide-bomb attacks on the city since ..."
                   # "rates rose after a series of missile and drone strikes on ports"
                   r"\bafter\s+a\s+series\s+of\b|"
                   r"\b(sharp|steep|marked|significant|dramatic|steady)\s+(rise|increase|surge|"
                   r"growth|drop|fall|decline)\s+in\b|\b(sharply|steeply|significantly|"
                   r"dramatically|markedly|steadily)\s+(increased|increasing|stepped up|"
                   r"intensified|reduced|cut)\b",
                   re.I)
# What the weapons are told as, not what they did: a question's topic ("Asked about Russian
# glide bombs, he said ..."), a unit's role ("the mobile fire groups that hunt Shaheds over
# Poltava region"), claims spread ("channels are spreading 'news' that a missile struck the
# plant", "propaganda resources are spreading claims about a 'successful missile strike'").
TOPIC_BEFORE = lazy(r"\b(asked|questioned|quizzed)\s+(about|on|over)\s+([\w'’-]+\s+){0,4}$|"
                          # "have talked about a joint mine-clearing group": a subject of talks
                          r"\b(talked|talking|talks?|spoke|speaking|discussed|discussing|"
                          r"debated|debating)\s+(about|of|on)?\s*([\w'’-]+\s+){0,4}$|"
                          r"\b(groups?|crews?|teams?|units?|squads?|hunters)\s+(that|which|who)\s+"
                          r"(hunt|chase|track|shoot\s+down|down|intercept|destroy|fight)\s+$",
                          re.I)
# A fact-check's claim: "CLAIM: Ukrainian artillery shelled the depot at Cobasna", "Posts on X
# claimed on Wednesday that farmers had again closed the Medyka crossing", a photo "with the
# caption 'Russian missiles hit Lviv power station tonight'".
# (and a fact-check's verdict heading the claim: "FALSE: 'Shahed hits Lviv oil depot'")
CLAIM_LABEL = lazy(r"\W*(the\s+)?(claim|rumou?r|allegation|false|fake|misleading|not\s+true|"
                         r"untrue|debunked|unproven|unverified|fact[- ]check)\s*"
                         # (its source: "Claim (3 Telegram channels): ...")
                         r"(\([^()]{0,60}\)\s*)?:", re.I)
POSTS_CLAIMED_BEFORE = lazy(r"\b(posts|messages|accounts|users|viral\s+\w+|videos|clips)\b"
                                  r"[^.;]{0,60}?\b(claimed|claim|claiming|alleged|alleging)\b"
                                  r"[^.;]{0,30}?\bthat\b|\bwith\s+(the|a)\s+caption\b|"
                                  r"\bcaptions?\s+(claiming|saying|alleging)\b", re.I)
# What no one reported: "there were no reports of any aircraft strike on Saky this week".
NO_REPORTS_BEFORE = lazy(r"\bno\s+(reports?|evidence|signs?|confirmation|record|indication|"
                               r"trace)\s+([\w,-]+\s+){0,8}?(of|that)\s+(any\s+|an?\s+)?"
                               r"([\w-]+\s+){0,2}$", re.I)
SPREAD_CLAIM_BEFORE = lazy(r"\b(messages|claims|reports|rumou?rs|posts|videos)\s+(circulating|"
                                 r"spreading|shared)\b[^.;]{0,40}?\bthat\b|"
                                 r"\b(spread(ing|s)?|circulat(ing|ed|es|e)|disseminat\w+|"
                                 # "milbloggers amplified a claim that Russian forces struck"
                                 r"amplif(y|ies|ied|ying)|repeat(s|ed|ing)?|echo(es|ed|ing)?|"
                                 r"push(ing|ed|es)?)\s+(\S+\s+){0,3}?\W?(news|claims?|reports?|"
                                 r"rumou?rs?|fakes?|videos?|footage|photos|images|messages|"
                                 r"stories|disinformation)\W?\s+(that|about|of)\b", re.I)
# A statistic's share told first: "Most were strikes with heavy weapons, including missiles".
# (not where the objects of a clearing tally were: "Most were found in Izium, where sappers
# cleared ...")
SHARE_OPENING = lazy(r"\W*(most|many|some|half|a third|two-thirds|the majority)( of them| of"
                           r" these| of those)? (were|was)\b(?!\s+(found|located|discovered|"
                           r"recovered|removed|destroyed|neutrali[sz]ed|defused)\b)", re.I)
# "the threat from drifting mines and from Russian missile and drone attacks remains"
THREAT_BEFORE = lazy(r"\b(threat|danger|risk)s?\s+(of|from|posed by)\b[^.;]{0,60}$", re.I)
# "information about a potential significant air attack" (not "condemns in the strongest
# possible terms the missile attack")
POSSIBLE_BEFORE = lazy(r"\b(potential|possible|imminent|looming|feared)\s+"
                             r"((?!(the|a|an|terms)\s)[\w-]+\s+){0,2}$|"
                             # "residents called the police, fearing a drone attack"
                             r"\b(fearing|fears? of|afraid of)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}$",
                             re.I)
# A call for attacks: "a deputy called in a televised interview for 'Oreshnik' missile
# strikes on the bridges in Kyiv".
# "a truce including a halt to missile and drone strikes", "a moratorium on strikes on
# energy sites": what a proposal would stop, not an event.
# "expand domestic production of Shahed-type attack drones": weapons made, sold or stored;
# "drones, which it designates Geran-2": a weapon's name.
MADE_OR_NAMED_BEFORE = lazy(r"\b(production|manufactur(e|ing)|assembly|output|stockpiles?|"
                            r"exports?|imports?|procurement|purchases?)\s+of\s+"
                            r"([\w-]+\s+){0,3}$|"
                            r"\b(designates?|designated|dubs?|dubbed|calls?|known|rebrand(s|ed)?|"
                            r"renam(es|ed))\s+(it\s+|them\s+|as\s+)*$", re.I)
# (not "by the end of the drone attack": the time of something else)
HALT_TO_BEFORE = lazy(r"\b((halt|end|stop)\s+to|(moratorium|ban|freeze|truce|ceasefire|halt)\s+on|"
                      r"(pause|halt|lull)\s+in|cessation\s+of)\s+(all\s+|the\s+|further\s+|"
                      r"mutual\s+)?"
                      r"([\w-]+\s+(and|or)\s+)?([\w-]+\s+)?$", re.I)
CALLED_FOR_BEFORE = lazy(r"\b(call(s|ed|ing)?|appeal(s|ed|ing)?|demand(s|ed|ing)?|"
                               r"lobb(y|ies|ied|ying))\b[^.;]{0,40}?\bfor\s+"
                               r"((?!(are|is|was|were|have|has|had)\s)"
                               r"[\w'’‘\"-]+\s+){0,3}['’‘\"“]?$",
                               re.I)
# "the Su-34 crew that had been dropping glide bombs": what the subject had been doing,
# told to describe it (the trigger opens on an -ing form).
PROGRESSIVE_RELATIVE = lazy(r"\b(who|which|that)\s+(had|has|have)\s+been\s+$", re.I)
ING_FORM = lazy(r"\w+ing\b", re.I)
BASE_VERB = lazy(r"(clear|sweep|remove|defuse|neutrali[sz]e|destroy|detonate|dispose|"
                       r"shell|bomb|attack|launch|fire|drop|target|strike|pound)s?\b", re.I)
# "evacuated because of constant shelling": a lasting threat given as a cause, not one attack.
# ("tired of constant shelling", "fleeing daily shelling": a reason to leave)
# (not "ran as usual despite a drone attack on the port overnight": the news itself)
CAUSE_BEFORE = lazy(r"\bdespite\s+(the\s+|its\s+|their\s+)?(recent|earlier|repeated|previous|"
                          r"past)\s+([\w-]+\s+){0,2}$|"
                          # "strikes on airfields are a legitimate response to Russia's
                          # bombardment of Ukrainian cities": what is answered, told as a cause
                          r"\b(legitimate|justified|necessary|natural|proportionate)\s+"
                          r"(response|reply|answer|retaliation)\s+(to|for)\s+(the\s+|[\w-]+['’]s\s+)?"
                          r"([\w-]+\s+){0,2}$|"
                          # "calls the raids 'retaliation' for Monday's attack on the bridge"
                          r"\b(retaliation|revenge|reprisals?|payback|response)[\"”’']?\s+(for|to)\s+"
                          r"(the\s+|[\w-]+['’]s\s+)?([\w-]+\s+){0,2}$|"
                          r"\b(because of|due to|owing to|amid|for fear of|tired of|weary of|citing|"
                          r"fle(e|es|eing|d)|escap(e|es|ed|ing))\s+(the\s+)?"
                          r"(constant|continuous|continual|daily|regular|frequent|incessant|"
                          r"relentless|persistent|systematic|ongoing|repeated|intensified)\s+"
                          r"([\w-]+\s+)?$", re.I)
# "the missiles would arrive": a modal right after the trigger.
# Words taken whole (possessive), as in {w}: a hyphen run reads one way only, in linear time.
# (or foreseen: "another wave of glide bombs is expected", "more strikes were feared")
MODAL_AFTER = lazy(r"\W*+(?:\w[\w'’-]*+\W++){0,2}?(would|will|"
                         r"(could|might|(?-i:may))(?!\s+(belong|have come|come from|be from|be "
                         r"part)\b)|"
                         r"(is|was|are|were) (expected|feared|forecast|predicted|likely)|"
                         # ("with the first strikes expected to focus on troops in Kursk")
                         r"(expected|feared|forecast|predicted|likely) to)\b",
                         re.I)
# "farmers at Dolhobyczow are expected to resume the blockade": a plan told right after
# the trigger.
PLANNED_AFTER = lazy(r"\W*+(?:\w[\w'’-]*+\W++){0,2}?((is|are) (expected|set|due|going|"
                           r"planning) to|plans? to|intends? to|(is|are) to)\b", re.I)
# "may" only in lower case: "On 12 May" is a day.
# (not a hedge about pieces: "fragments that could belong to a drone")
HYPOTHETICAL = lazy(r"\b((could|might|(?-i:may))(?!\s+(belong|have come|come from|be from|be "
                          r"part|be debris|be fragments)\b)|would|threaten(ed|s)? to|if|scenarios?|"
                          # "information about a potential significant air attack"
                          # "as Kyiv braces for renewed Russian attacks on its power network"
                          r"brac(e|es|ed|ing) (itself |themselves )?for|prepar(es|ed|ing) for|"
                          r"hypothetical(ly)?|imagined|imagining|"
                          # a purpose: "passed on coordinates for the carrying out of strikes"
                          r"for (the )?(carrying out|conduct(ing)?|planning|preparing|"
                          r"preparation|guiding|adjusting)( of)?)\b", re.I)
# A seat that is the target: "fired missiles at what they called a spy headquarters in
# Erbil", "a drone hit the ministry in Kyiv".
TARGETED_SEAT = lazy(r"\b(at|on|hit|hits|struck|strikes|targeted|targeting|attacked|destroyed|"
                     r"damaged)\s+([\w'’-]+\s+){0,6}?(headquarters|ministry|ministries|embassy|"
                     r"government\s+buildings?)\s+in\s+$", re.I)
# Where someone spoke or met is not where the event happened.
SPEAKER = lazy(r"\b((said|says|announced|stated|declared|added|wrote)"
                      # (not what was said: "said an industrial site in Zaporizhzhia was hit")
                      r"(?!\s+(an?|the|that|its|their|his|her|some|several|\d+)\b)|"
                      r"told|spoke|speaking|met|meeting|talks|summit|conference|visit(ed|ing)?|summoned|"
                      # "as Putin and Erdogan sat down in Sochi", "to address the assembly in"
                      r"sat down|sit down|sitting down|address(ed|ing)?|"
                      r"urged|urging|called on|appealed to|asked|thanked|pleaded with|"
                      # where someone arrived or gathered: "as Zelensky arrived in Washington"
                      # (not weapons: "Kinzhals arrived at the airfield in ...", a hit)
                      r"(?<!kinzhals )(?<!kinzhal )(?<!missiles )(?<!missile )(?<!shells )"
                      r"(?<!drones )(?<!rockets )(?<!bombs )(?<!iskanders )arriv(ed|es|ing)|"
                      # (not a weapon: "shells landed on a market in Kherson")
                      r"(?<!shells )(?<!shell )(?<!missile )(?<!missiles )(?<!rocket )"
                      r"(?<!rockets )(?<!drone )(?<!drones )(?<!bomb )(?<!bombs )(?<!debris )"
                      r"(?<!fragments )landed|gathered|gathering|attend(ed|ing))\b"
                      r"(\s+[\w'’]+){0,3}\s+(in|from)\s+(the\s+)?$|"
                      # "the United Nations General Assembly in New York", "a Council of
                      # Europe summit in Reykjavik": where leaders gathered
                      r"\b(assembly|summit|forum|conference|congress|session|discussions|"
                      r"debates?|negotiations|consultations|deliberations)\s+in\s+(the\s+)?$|"
                      # "wheat futures in Chicago rose": a market's trading, not a place of
                      # the war (a market hit is one: "a missile hit a market in Kherson")
                      r"\b(futures|shares|stocks|stock exchanges?|trading)\s+in\s+$|"
                      # "the defence ministry in Moscow said": the seat of who speaks
                      r"\b(ministry|ministries|embassy|embassies|government|headquarters|"
                      # "cases submitted to the International Criminal Court in The Hague"
                      r"court|tribunal|"
                      # "the customs office in Michalovce said"
                      r"(customs|police|press|prosecutor['’]s|mayor['’]s|governor['’]s|district|"
                      r"regional|county|municipal|local)\s+(office|service|department|station|"
                      r"authority|council))\s+in\s+$",
                      re.I)
SPEAKER_AFTER = lazy(r"\s*((first|later|then|also|initially|quickly|swiftly|again|"
                            r"\w+ly)\s+)?(said|says|told|announced|stated|blamed|blames|denied|"
                            # (not a city that reports its own hits: "Dnipro and Zaporizhzhia
                            # also reported missile hits on residential areas")
                            r"reported(?!\s+([\w-]+\s+){0,2}?(hits|strikes|explosions|blasts|"
                            r"impacts|damage|shelling|arrivals)\b)|"
                            r"claimed|accused|condemned|warned|responded|rejected|insisted|"
                            # "and Moscow vowed a response": who answers, not where it hit
                            r"(vowed|vows|promised|promises|threatened|threatens|pledged)\s+"
                            r"(an?\s+|swift\s+|harsh\s+)*(response|retaliation|revenge|"
                            r"reprisals?|to (respond|retaliate|avenge|hit back))|"
                            # a government's acts: "since Moscow quit the grain deal"
                            r"quit|quits|walked out|walks out|pulled out|pulls out|withdrew|"
                            r"(did|does|has|had) not|"
                            # "Moscow has never acknowledged that it was struck": who denies
                            r"(did|does|has|had|have)\s+never|never|acknowledged|admitted|"
                            # "said Washington bore responsibility for the attack"
                            r"(bore|bears|bear)\s+(full\s+|the\s+)?(responsibility|blame))\b",
                            re.I)
# The first of two regions that name one force: "Devon and Cornwall Police said".
FORCE_OF_TWO_AFTER = lazy(r"\s+(and|&)\s+(?-i:[A-Z])[\w'’-]+\s+(Police|Constabulary|"
                                r"Fire and Rescue|Ambulance Service)\b")
# "Deminers from a Zagreb firm": a town that tells where a firm is from, not where it works.
FIRM_AFTER = lazy(r"\s+(firm|company|contractor|operator|start-?up|charity|NGO)\b", re.I)
INDEFINITE_BEFORE = lazy(r"\b(a|an)\s+$", re.I)
ORG_AFTER = lazy(r"^['’]s\s+([\w-]+\s+){0,2}(administration|air force|army|military|"
                        r"government|ministry|president|forces|troops|governor|mayor|"
                        r"officials?|authorities|navy|general staff|police|parliament|"
                        r"spokesman|spokesperson|media|broadcaster|company|firms?|(news )?agency|"
                        r"command|general staff|defen[cs]e forces|border (service|guards?)|"
                        r"customs( service)?|"
                        # "Ukraine's Security Service confirmed", "Ukraine's prosecutor
                        # general said": the state's services speak of attacks elsewhere
                        r"(security|intelligence|emergency|special) services?|"
                        r"(military |defen[cs]e )?intelligence|prosecutors?( general|['’]s office)?|"
                        r"prosecutor-general|investigators|courts?|"
                        r"(foreign|interior|defen[cs]e|prime) minister|"
                        r"ambassadors?|envoys?|embassy|consul|diplomats?|"
                        # "Bucharest rejected Kyiv's statements that ...": who says it
                        r"statements?|claims?|accusations?|allegations?|assertions?|"
                        # "Moscow's biggest air assault on Ukraine": the attacker
                        r"(assault|attacks?|offensive|invasion|bombardment|strikes?|war|"
                        r"campaign)\s+(on|against)\b|"
                        # "in Moscow's latest attempt to choke off the route", "erode
                        # Moscow's export revenue": the state's aims and means
                        r"(latest\s+|new\s+|continued\s+)?(attempts?|efforts?|bids?|"
                        r"revenues?|income|war\s+(machine|effort|chest)|strategy|tactics))\b",
                        re.I)
# A town's own official, named after it: "Kharkiv mayor Ihor Terekhov", "Odesa's mayor".
LOCAL_OFFICIAL_AFTER = lazy(r"(['’]s)?\s+(city\s+)?(mayor|head|council|military "
                                  r"administration)\b", re.I)
# "Ternopil's mayor", "Belgorod's regional administration": the town's or region's own
# authority, which speaks of it as often as of other places.
# A memory told: "Looking back, one of the first deminers to enter Irpin recalls ...".
RECOLLECTION = lazy(r"\b(looking back|recall(s|ed|ing)?|remember(s|ed|ing)?|"
                          r"reminisc\w+|"
                          # "the dog that became famous for sniffing out explosives"
                          r"(became|become|becomes|grew) (famous|known|renowned|well-known|"
                          r"celebrated) for|"
                          # "as late as the 1970s, divers were still clearing wrecks"
                          r"(in|during|as late as|until|through|by|since) the (18|19)\d0s)\b",
                          re.I)
# Drones at farm work: "farmers sent drones into the fields to fight sunflower moths".
FARM_DRONES = lazy(r"\b(pests?|moths?|aphids?|locusts?|insects?|spraying|sprayers?|"
                         r"crop[- ]dusting|pollinat\w+)\b", re.I)
# Drones of smugglers: "police brought down a drone carrying 1,500 packs of cigarettes".
SMUGGLING = lazy(r"\b(smuggl\w*|contraband|cigarettes)\b", re.I)
# A frequency right after the trigger: "Kherson city and the Beryslav district were shelled
# most often" (a month's summary).
MOST_OFTEN_AFTER = lazy(r"\s+(the\s+)?(most|more|less)\s+(often|frequently)\b", re.I)
# A count of events that changed: "Shelling events in Zaporizhzhia oblast declined by about
# 18%", "strikes involving FPV drones continued to rise across Donetsk oblast".
COUNT_CHANGED = lazy(r"\b(events|incidents)\b[^.;]{0,60}?\b(declined|rose|increased|fell|"
                           r"dropped|grew|doubled|halved)\b|"
                           # "air strikes with glide bombs rose by about a fifth compared with
                           # September": a count compared, not a strike
                           r"\b(rose|fell|grew|increased|decreased|declined)\s+by\s+(about\s+|"
                           r"around\s+|nearly\s+|almost\s+|more than\s+|some\s+)?(\d|an?\s+("
                           r"fifth|quarter|third|half|tenth)|half|two[- ]thirds)|\b(rose|fell|grew|"
                           r"increased|decreased|declined|doubled|halved)\b[^.;]{0,40}?\bcompared\s+"
                           r"(with|to)\b|\bcontinued\s+to\s+(rise|grow|"
                           r"increase|fall|decline|climb)\b|"
                           # "the debris of intercepted missiles still falls on the city":
                           # what happens, not what happened
                           r"\bstill\s+(falls|fall|lands|land)\b|"
                           # "Russia's use of glide bombs has transformed the war"
                           r"\buse\s+of\b[^.;]{0,40}?\b(has|have)\s+(transformed|changed|"
                           r"reshaped|redefined|altered)\b|"
                           # "The number of missiles fired fell for a second month in a row"
                           r"\b(month|year|week|quarter)\s+in\s+a\s+row\b|\bfor\s+(a|the)\s+\w+\s+"
                           r"(straight|consecutive)\s+(month|year|week|quarter)\b", re.I)
# Abbreviations that text in capitals keeps as written when it is recased ("CHERNIHIV OVA:"
# is a regional administration that speaks, as "Chernihiv OVA:" is).
KEPT_ACRONYMS = frozenset("RMA OVA ODA MVA CMA RVA SBU SES UAV UAVS FPV MLRS KAB UMPK NATO "
                          "OSCE IAEA".split())
# Adjectives of regions that are also the names of small places elsewhere: before a word
# of prose they describe ("the Saxon state parliament", "Walloon farmers").
REGION_ADJECTIVES = _words("saxon lombard walloon silesian pomeranian")
# A city's quarter named by its side: "the North Side", "the West End".
CITY_QUARTER = lazy(r"(north|south|east|west|upper|lower)\s+(side|end)", re.I)
# A city's part named before its kind ("fragments fell in the Vostochny microdistrict"),
# not "the Kyiv suburb of Irpin".
CITY_PART_AFTER = lazy(r"\s+(microdistricts?|mikrorayon|neighbou?rhoods?|quarter|"
                             r"housing\s+estate|residential\s+(area|district))\b(?!\s+of\b)",
                             re.I)
# Words after the name of an island or a coastal feature ("Keri island", "Tendra spit").
COAST_FEATURE_WORDS = _words("island isle islet islands spit peninsula reef sandbank shoal "
                             "lagoon atoll")
# Seas that go by their first word ("the Baltic"), and what a group of countries named
# after one is called ("the Baltic states").
SEA_SHORT_NAMES = {"baltic": "Baltic Sea", "adriatic": "Adriatic Sea",
                   "mediterranean": "Mediterranean Sea", "caspian": "Caspian Sea"}
COUNTRY_GROUP_WORDS = _words("states countries nations republics")
COMPASS_ADJECTIVES = _words("northern southern eastern western central north south east west "
                            "north-western north-eastern south-western south-eastern")
# A sea that names a deal, a fleet or a kind of place on its shore: "since Moscow abandoned
# the Black Sea grain deal".
SEA_THING_AFTER = lazy(r"\s+(grain\s+)?(deal|initiative|corridor|agreement|accord|"
                             r"fleet|"
                             # the kind of a place on its shore: "the latest strike on the
                             # Black Sea hub", "the first attack on the Black Sea port"
                             r"ports?|hubs?|cit(y|ies)|towns?|resorts?|harbou?rs?|"
                             r"terminals?|naval\s+bases?)\b", re.I)
# "Gas Distribution Networks of Ukraine, Sumy branch:": an organisation's office named by
# its town.
BRANCH_AFTER = lazy(r"\s+(branch|office|bureau|subsidiary|division)\s*(:|,?\s+(said|says|"
                          r"reported|reports|informs|stated|announced)\b)", re.I)
# "the drone was shot down during the overnight Russian attack on Ukraine and came down on
# Moldovan soil": the attack the event was part of, named as its time.
DURING_ATTACK_BEFORE = lazy(r"\b(during|amid|in the course of)\s+(the|a|an|last night['’]s|"
                                  r"this morning['’]s)\s+([\w'’-]+\s+){0,3}?(attacks?|strikes?|"
                                  r"raids?|assaults?|barrages?|bombardment)\s+(on|against)\s+"
                                  r"(the\s+)?$", re.I)
LOCAL_AUTHORITY_POSS = lazy(r"['’]s\s+([\w-]+\s+){0,2}(administration|governor|mayor|"
                                  r"officials?|authorities|police|city council)\b", re.I)
# "Kharkiv Regional Military Administration", "the Odesa City Council": an authority,
# a place hit only when the sentence names no other.
AUTHORITY_AFTER = lazy(r"\s+(regional\s+|city\s+|oblast\s+|district\s+|municipal\s+)?"
                              # ("Kursk acting governor Alexei Smirnov says")
                              r"(acting\s+|interim\s+|deputy\s+|first\s+deputy\s+)?"
                              r"(military\s+|state\s+|civil(ian)?\s+|operational\s+)?(administration|council|"
                              r"governor|mayor|police|prosecutor|court|authorities|officials|"
                              r"head|chief|government|hall|headquarters)\b|"
                              # "the Kharkiv regional office said": a service's branch there
                              r"\s+(regional|oblast|city|district)\s+(office|department|"
                              r"directorate|branch|emergency\s+services?|rescue\s+services?)\b"
                              r"(?!\s+(building|block|premises))|"
                              # "Sumy RMA", "Kherson OVA": a military administration abbreviated
                              r"\s+(?-i:RMA|OVA|ODA|MVA|CMA|RVA)\b", re.I)
# "Lviv OVA", "the Sumy Regional Military Administration": the administration of a region
REGIONAL_AUTHORITY_AFTER = lazy(r"\s+((regional|oblast)\s+(military\s+|state\s+)?"
                                      r"administration\b|(?-i:RMA|OVA|ODA)\b)", re.I)
# "Donetsk RMA: the Russians shelled the region 2,100 times": the sentence speaks of the
# region of the authority that speaks, not of the authority's city.
REGION_ANAPHOR_AFTER = lazy(r"[^.;]{0,200}?\b(the|this) (region|oblast|province)\b", re.I)
# "the Kyiv regime attacked": a government named by its capital, an actor and never a target.
# "in the Pokrovsk direction", "on the Kupiansk axis": a front named after a town, not
# the town.
# ("towns on the Donetsk front": the front line through the region, not the city)
REGIME_AFTER = lazy(r"\s+(regime|direction|directions|axis|sector|front(?!\s+(door|gate|page)))\b",
                    re.I)
# ", the port city on the Black Sea": a description of the place named before it.
# (a place noun ends the apposition: "a shopping centre in Lviv" is a target of a list)
APPOSITIVE = lazy(r"^\s*,\s+(the|a|an)\s+[\w\s'’-]{0,30}?\b(town|city|village|port|"
                         r"seaport|region|district|province|county|settlement|community|hromada|"
                         r"suburb|capital|resort|island|oblast|area|hub|stronghold|municipality|"
                         r"raion|rayon|krai|peninsula)s?\s+(on|near|by|along|off|in)\s+"
                         r"(the\s+)?$", re.I)
# ("shipping went on as usual despite a drone attack on Reni": what went on as usual is
# not the place attacked; a condition is a clause of its own: "would block X unless Kyiv
# restored the permits")
LOCAL_BOUNDARY = lazy(r"[,;:—–()]|\b(while|but|whereas|although|despite|in spite of|"
                            r"unless|until|if)\b",
                            re.I)
# "launched from Crimea at Odesa": the words after the origin may not start a new target.
# The launch sites an air force brackets after the weapons, in a text that tells launches
# or what the enemy attacked with:
# "78 Shahed-type UAVs (Kursk, Oryol, Primorsko-Akhtarsk)" (names only, no counts).
LAUNCH_SITES_BEFORE = lazy(r"\b(UAVs?|drones?|Shaheds?|Gerans?|missiles?)"
                                 # ("76 Shahed UAVs and drones of other types (directions:
                                 # Kursk, Oryol)")
                                 r"(\s+of\s+(other|various|different|several)\s+types)?\s*\(\s*"
                                 r"((launch(ed)?\s+)?(areas?|sites?|directions?|from)\s*:?\s*)?"
                                 r"((?-i:[A-Z])[\w'’-]*+(\s+(?-i:[A-Z])[\w'’-]*+){0,2}\s*,\s*)*$",
                                 re.I)
# (the country may close the list: "(launch areas: Kursk, Millerovo — RF)")
LAUNCH_SITES_AFTER = lazy(r"(\s+(region|oblast|krai|territory))?"
                                r"(\s*,\s*(?-i:[A-Z])[\w'’-]*+(\s+(?-i:[A-Z])[\w'’-]*+){0,2}"
                                r"(\s+(region|oblast|krai|territory))?)*"
                                # ("(Kursk region, RF)")
                                r"(\s*[—–,-]\s*(?-i:RF|RB|Russia|Belarus|Russian\s+Federation)\.?)?"
                                r"\s*\)")
LAUNCHED = lazy(r"\b(launch(ed|es|ing)?|attack(ed|s)\s+([\w-]+\s+){0,2}?with)\b", re.I)
# Where a team or its ship came from: "a minesweeper and divers were sent from Varna",
# "sappers dispatched from Odesa" (not where they worked).
SENT_FROM = lazy(r"\b(sent|dispatched|deployed|brought\s+in|called\s+in|flown\s+in|came|"
                 r"arrived|travell?ed|sailed|set\s+off|set\s+out)\s+from\s+(the\s+)?"
                 r"((port|city|town|base|naval\s+base)\s+(of|at|in)\s+)?$", re.I)
ORIGIN = lazy(r"\bfrom\s+(\w+\s+)?directions?\s*[:,—–]\s*(the\s+)?$|"
                    # "cruise missiles from Tu-95MS bombers (launch area Saratov region)"
                    r"\blaunch(ing)?\s+(areas?|sites?|zones?|regions?|directions?)\s*[:—–-]?\s*$|"
                    # "Kh-101 salvos are fired from launch areas over the Caspian"
                    r"\b(from|in|at)\s+(the\s+|their\s+|its\s+)?launch(ing)?\s+(areas?|sites?|zones?|"
                    r"positions?|points?)\s+(over|in|near|off|around|above|outside)\s+(the\s+)?$|"
                    # "cruise missiles fired by warships in the Black Sea", "launched from
                    # ships in the Black Sea"
                    r"\b(fired|launched)\s+(by|from)\s+([\w-]+\s+){0,2}?(warships?|ships?|"
                    r"vessels?|submarines?|frigates?|corvettes?|bombers?|aircraft|jets?|"
                    r"planes?)\s+(in|on|over|from)\s+(the\s+)?$|"
                    # "launched from two directions: Primorsko-Akhtarsk and Cape Chauda"
                    r"\b(took\s+off|taking\s+off|takes\s+off|flew|flown|launched|fired)\s+from\s+"
                    # "took off from the Shaykovka airfield in Russia's Kaluga region"
                    r"(the\s+)?([\w'’-]+\s+){0,3}?(airfield|air\s+base|airbase|airport|base)\s+"
                    r"(in|near|outside)\s+(the\s+)?([\w'’-]+['’]s\s+)?$|"
                    r"\b(released|launched|fired|dropped)\s+(them|it|the\s+\w+)\s+(while\s+)?"
                    r"(still\s+)?(over|above)\s+$|"
                    # ("the aircraft released them while still over Russian territory")
                    r"\bfrom\s+(near\s+|off\s+|around\s+)?(the\s+)?((?!(at|on|in|against|"
                     r"towards?|into|over|near|"
                     r"hit|hits|struck|strikes?|attack(s|ed)?|target(s|ed|ing)?|slammed|"
                     r"reached|pounded|shelled)\b)[\w'’]+\s+){0,2}$|"
                     # "a Buk missile fired from a farm field near Pervomaiske"
                     r"\b(fired|launched)\s+from\s+(an?\s+|the\s+)?([\w'’-]+\s+){0,3}?"
                     r"(near|outside|around)\s+(the\s+)?((village|town)\s+of\s+)?$|"
                     # "launched from the eastern coast of the Sea of Azov"
                     r"\bfrom\s+(the\s+)?([\w-]+\s+)?(coast|coastline|shores?|banks?|side|part|"
                     r"outskirts|edge)\s+of\s+(the\s+)?$|"
                     # "Kinzhals from MiG-31K aircraft in the airspace of the Tambov region"
                     r"\b(aircraft|bombers?|jets?|planes?|fighters?|(tu|mig|su)-\d+\w*)\s+(in|from)\s+"
                     r"the\s+airspace\s+(of|over|above)\s+(the\s+)?$|"
                     # "from the airspace over the Belgorod region", "from the territory of"
                     r"\bfrom\s+(the\s+)?(airspace|territory|direction|skies|sky|waters|area)\s+"
                     r"(over|of|above|near)\s+(the\s+)?((temporarily\s+)?(occupied|russian-"
                     r"occupied|russian-held|annexed)\s+)?$|"
                     # "responsible for launching Geran drones from an airfield near
                     # Primorsko-Akhtarsk": the site the weapons leave from
                     r"\b(launch(ed|ing|es)?|fir(ed|ing|es))\s+([\w'’-]+\s+){1,3}?from\s+(an?\s+|the\s+)?"
                     r"([\w'’-]+\s+){0,2}?(airfields?|air\s+bases?|airbases?|bases?|launch\s+sites?|"
                     r"sites?|firing\s+positions?)\s+(near|outside|around|in)\s+(the\s+)?$|"
                     # the land a launch area lies in: "launched from the area of Cape
                     # Chauda in occupied Crimea"
                     r"\bfrom\s+(the\s+)?(area|vicinity|direction|district)\s+(of|around)\s+"
                     r"(?-i:[A-Z])[\w'’-]*+(\s+(?-i:[A-Z])[\w'’-]*+){0,2}\s+(in|on)\s+"
                     r"(the\s+)?((temporarily\s+)?(occupied|russian-occupied|annexed)\s+)?$|"
                     # (or the area after its name: "launched from the Cape Chauda area in
                     # Crimea")
                     r"\bfrom\s+(the\s+)?(?-i:[A-Z])[\w'’-]*+(\s+(?-i:[A-Z])[\w'’-]*+){0,2}\s+"
                     r"(area|vicinity|district)\s+(in|on)\s+"
                     r"(the\s+)?((temporarily\s+)?(occupied|russian-occupied|annexed)\s+)?$|"
                     # the launch platform's place: "from Tu-95 bombers over the Caspian Sea"
                     r"\bfrom\s+([\w'’-]+\s+){0,3}?(bombers?|aircraft|planes?|jets?|ships?|"
                     r"warships?|vessels?|submarines?|frigates?|carriers?|(tu|mig|su)-\d+\w*)"
                     # (and the vessel's name: "from the submarine Imperator Aleksandr III
                     # in the White Sea")
                     r"(\s+(?-i:[A-Z])[\w'’-]*+){0,4}"
                     r"\s+(over|in|above|off|on|near|at)\s+(the\s+)?$|"
                     # ground launchers: "fired from launchers in the Belgorod region",
                     # "from firing positions near Enerhodar"
                     r"\bfrom\s+([\w'’-]+\s+){0,2}?(launchers?|launch (sites?|pads?|points?)|"
                     r"(firing\s+)?positions|batter(y|ies))\s+(in|near|around|outside|on)\s+"
                     r"(the\s+)?$|"
                     # "fired from the temporarily occupied part of Zaporizhzhia oblast"
                     r"\bfrom\s+(the\s+)?(temporarily\s+)?(occupied|annexed|captured|"
                     r"controlled|russian-held|russian-occupied)\s+(part|parts|territory|"
                     r"territories|areas?|south|north|east|west)\s+of\s+(the\s+)?$|"
                     # "bombers over the Caspian Sea launched Kh-101 missiles"
                     # ("by Tu-95 bombers flying over the Caspian Sea")
                     r"\b(bombers?|aircraft|planes?|(tu|mig)-\d+\w*)\s+((flying|operating|"
                     r"patrolling|circling|positioned|stationed)\s+)?(over|above)\s+(the\s+)?$|"
                     # where the weapons were made: "Iskanders produced at Votkinsk struck
                     # Sumy", "drones assembled at a plant in Yelabuga"
                     r"\b(produced|manufactured|made|built|assembled)\s+(at|in|near)\s+"
                     r"(the\s+|an?\s+)?(([\w'’-]+\s+){0,2}?(plants?|factor(y|ies)|works|"
                     r"facilit(y|ies)|sites?|zones?)\s+(in|at|near)\s+(the\s+)?)?$",
                     re.I)
# "lorries heading to Ukraine", "grain bound for Poland": where something goes, not where
# the event is.
DESTINATION = lazy(r"\b(heading|headed|heads|bound|destined|en route|"
                          r"on (its|their|the) way|"
                          r"travell?ing|travell?ed|going|went|flew|flying|return(ed|ing|s)|exported|exports?|"
                          r"shipped|evacuated|fled|relocated|displaced|"
                          r"transit(ing)?|set (off|out)|left|departed|dispatched|"
                          # "the match has been moved to Kyiv", "traffic was diverted via
                          # Armiansk"
                          r"moved|transferred|diverted|rerouted|re-routed|redirected|detoured|"
                          # "a man was wounded and has been taken to Kherson"
                          r"taken|brought|rushed|airlifted|hospitali[sz]ed|"
                          # "drove their tractors back to Kilkis"
                          r"drove\s+(their|its|the)\s+(\w+\s+)?(tractors|lorries|trucks|vehicles)|"
                          r"drove|driven|"
                          # "a ground offensive pushing towards Vovchansk"
                          r"pushing|pushed|advancing|advanced|marching|marched)\s+"
                          r"(back\s+)?(to|for|towards?|into|via|through)\s+(the\s+)?"
                          r"((a\s+|the\s+)?(hospitals?|clinics?)\s+in\s+|"
                          # "a bulk carrier heading for the port of Constanța"
                          r"(port|ports|harbou?r)\s+of\s+)?$|"
                          # "buses took several thousand residents to temporary housing in
                          # Belgorod": where the evacuated were brought
                          r"\b(took|take|takes|taking|carried|bus(s)?ed|ferried|moved|brought|"
                          r"evacuated|relocated|resettled)\s+([\w-]+\s+){0,4}?(residents|people|"
                          r"civilians|children|families|evacuees|patients|pensioners|inhabitants)"
                          r"\s+(to|into)\s+([\w-]+\s+){0,3}?(in|at|near)\s+(the\s+)?$|"
                          # "a drone approaching Moscow was destroyed over the Moscow region"
                          r"\b(approaching|nearing)\s+(the\s+)?$|"
                          # "as passengers were boarding a train for Kyiv": where it goes
                          r"\b(trains?|buses|bus|coach(es)?|flights?|ferr(y|ies)|convoys?)\s+"
                          r"(for|to|bound\s+for)\s+$|"
                          # "a man wounded at Toretsk died overnight in hospital in Kramatorsk"
                          r"\b(died|dies|treated|recovering|operated on)\s+([\w-]+\s+){0,2}?in\s+"
                          r"(a\s+|the\s+)?hospital\s+in\s+(the\s+)?$|"
                          # "boats heading toward the western coast of Crimea"
                          r"\b(heading|headed|bound|sailing|moving)\s+(for|to|towards?)\s+"
                          r"(the\s+)?(\w+\s+)?(coast|shore|coastline)\s+of\s+(the\s+)?$|"
                          # the way a survey or a patrol covered: "surveying the shipping lane
                          # towards Varna", "a routine survey of the approaches to Tallinn" (a
                          # mine found in the approaches to a port is there, at sea)
                          r"\b(survey(s|ed|ing)?|patrol(s|led|ling)?)\s+(of\s+)?(the\s+)?"
                          r"(shipping\s+lanes?|sea\s+lanes?|fairways?|routes?|corridors?|"
                          r"approach(es)?)\s+(to|towards?|into)\s+(the\s+)?(port\s+of\s+|"
                          r"ports\s+of\s+)?$|"
                          # "on its way to targets in Ukraine": where it was going
                          r"\bon (its|their|the) way (to|towards?)\s+(targets?|cities|"
                          r"facilities|objects|infrastructure)\s+(in|across)\s+(the\s+)?$|"
                          # "launched toward the Odesa region": aimed, not yet arrived
                          # ("turned west towards Poltava region": the way on)
                          r"\b(launched|fired|flying|flew|sent|moving|directed|turned|turning|"
                          r"veered|veering|changed course)\s+((north|south)?-?(east|west)?"
                          r"(wards?)?\s+|(north|south)(wards?)?\s+)?(in the "
                          r"direction of|towards?)\s+(the\s+)?$|"
                          # "drones moving from the Sumy region toward Poltava": the way on
                          r"\b(launched|flying|flew|moving|moved|heading|headed|directed)\s+"
                          r"from\s+([\w'’-]+\s+){1,4}?(in the direction of|towards?)\s+"
                          r"(the\s+)?$|"
                          # "the plant supplying the Kyiv region": what it serves
                          r"\b(supplying|supplies|serving|serves|heating|heats)\s+"
                          r"((power|electricity|heat|gas|water|fuel)\s+"
                          r"(to\s+)?)?(the\s+)?$|"
                          # "a bakery that supplies bread to Kherson": where its goods go
                          r"\b(suppl(y|ies|ied|ying)|deliver(s|ed|ing)?|provid(es|ed|ing)|"
                          r"export(s|ed|ing)|ship(s|ped|ping)|sell(s|ing)?|sold|"
                          # "a major supplier of motor fuel to the Moscow area"
                          r"suppliers?|providers?|exporters?)\s+"
                          r"([\w'’,-]+\s+){0,3}?to\s+(the\s+)?$|"
                          # "a car near Beryslav, on the road to Kherson" (see ROAD_TO_CROSSING)
                          r"\b(on|along)\s+the\s+([\w-]+\s+)?(road|route|highway|motorway)\s+"
                          r"(to|towards?)\s+"
                          r"(the\s+)?$", re.I)
# "freight traffic toward Ukraine returned to normal": a country goods go to (a crossing
# traffic goes to is where a blockade holds it: "blocking traffic towards the Krakovets
# checkpoint").
GOODS_TO_BEFORE = lazy(r"\b(traffic|freight|cargo|shipments?|flights?|lorries|trucks|"
                             r"exports?|imports?)\s+(heading\s+)?(to|for|towards?|into|bound for)\s+"
                             r"(the\s+)?$", re.I)
# "protested on the road to the Zahony border crossing": the road that leads to a crossing
# is where a blockade stands, not a destination (matched after the name).
ROAD_TO_BEFORE = lazy(r"\b(road|route|highway|motorway|approach(es)?)\s+(to|towards?)\s+"
                            r"(the\s+)?$", re.I)
# (a blockade's own: the access road, not a motorway towards a far town)
ACCESS_ROAD_TO_BEFORE = lazy(r"\b(road|approach(es)?|access road)\s+to\s+(the\s+)?$", re.I)
# "drove their tractors to the Zahony crossing and blocked the road leading to it": the
# place driven to is the one then blocked (what follows refers back to it).
BLOCKED_IT_AFTER = lazy(r"[^.;:!?]{0,120}?\b(block(ed|ing|s)?|blockad(ed|ing|es?)|closed|"
                        r"shut)\s+(it|(the|its)\s+(roads?|approach(es)?|access(\s+roads?)?|"
                        r"lanes?|entrances?)(\s+(leading|that leads?|running)\s+(to|into)\s+it)?)"
                        r"\b(?!\s+(to|for)\s+\w)", re.I)
CROSSING_WORD_AFTER = lazy(r"^(['’]s)?\s+((border|frontier)\s+)?(crossings?|checkpoints?|"
                                 r"crossing points?|border posts?|customs (points?|posts?))\b",
                                 re.I)
# A seat of government named for the government: "Kremlin spokesman Dmitry Peskov said",
# "the White House said".
GOVERNMENT_SEATS = frozenset({"kremlin", "white house", "pentagon", "bankova",
                              "downing street", "elysee", "élysée"})
# "Kremlin-backed media", "Kyiv-based": a name that qualifies an actor, not a place of events.
ACTOR_SUFFIX_AFTER = lazy(r"-(based|backed|led|run|controlled|installed|appointed|funded|"
                                r"flagged|registered|owned|"
                                r"aligned|linked|allied)\b", re.I)
# "In response to the strike on Belgorod, Russia shelled Kharkiv": an opening clause that
# gives the cause of the event told after its comma.
# The cause told after the event: "fired missiles at cities across Ukraine in what Putin
# called retaliation for the blast on the Crimean bridge" (its places are the cause's).
CAUSE_AFTER = lazy(r"\b(retaliation|revenge|reprisal|response|reply)\s+(for|to)\b|"
                         # "debris was found near Etulia ... after Russia's overnight attack on
                         # the Odesa region": what came before, told as what led to it
                         # (not when it names its weapons: "after Russian drone strikes on
                         # the Izmail district" tells that attack too)
                         r"\bafter\s+([\w'’-]+\s+){0,3}?(?<!drone )(?<!drones )(?<!missile )"
                         r"(?<!rocket )(?<!air )(?<!uav )(attacks?|strikes?|raids?|"
                         r"bombardments?)\s+(on|against)\b|"
                         # "... had not fallen despite recent Ukrainian strikes on air defence
                         # systems in Belgorod Oblast": what the event went on despite
                         r"\bdespite\s+(the\s+|its\s+|their\s+)?(recent|earlier|repeated)\b", re.I)
RESPONSE_OPENING = lazy(r"\W*(in (response|retaliation|revenge|reply) (to|for)|"
                              r"responding to|retaliating for)\b[^,;:]{0,120},", re.I)
# "blocked roads across Poland": a country named as the extent of a protest, not a crossing
NATIONWIDE_BEFORE = lazy(r"\b(across|throughout|all over|around)\s+(the\s+)?$", re.I)
# "Nikopol in Dnipropetrovsk Oblast", "Kupiansk, in the Kharkiv region": the region only
# says where the town is.
UNAFFECTED = lazy(r"\b(normally|unaffected|not affected|as usual|remain(s|ed)? open|"
                         r"(is|was|were|are) open|"
                         # "traffic at Medyka and Korczowa was normal"
                         r"(is|was|were|are|remained|remains|stayed) normal|"
                         # "Mykolaiv was calm", "in Izium there were no strikes"
                         r"(is|was|were|are|remained|stayed) (calm|quiet)|"
                         r"there (was|were) no (strikes|attacks|shelling|explosions|hits)|"
                         r"no (strikes|attacks|shelling|explosions) (was|were) (recorded|reported))\b",
                         re.I)
ACTOR_AFTER = lazy(r"^(['’]s)?\s*(\w+\s+){0,2}(launched|fired|attacked|sent|struck|"
                          # "the Russian Federation carried out new attacks with drones"
                          r"carried out|conducted|staged|"
                          r"targeted|hit|shelled|bombed|used|"
                          # "Russia pounded Ukraine's power grid with missiles"
                          r"pounded|battered|hammered|bombarded|pummell?ed|unleashed|"
                          # "Poland scrambled jets as Russia attacked Ukraine": who defends
                          r"scrambled)\b", re.I)
# "Moscow stepped up strikes on the region", "Kyiv launched drones at refineries": a
# government named by its capital, as the subject of an attack it makes (only active verbs
# of sending and escalating: "Kyiv hit by missiles" and "Kyiv struck overnight" are targets),
# or denying one ("Moscow rejected reports that it had fired ...").
CAPITAL_ACTOR_AFTER = lazy(r"^\s+"
                                 # ("as Moscow and Kyiv again blamed each other")
                                 r"(and\s+(?-i:[A-Z])[\w'’-]*\s+)?"
                                 r"((\w+ly|also|again|then|has|have|had|earlier|later|"
                                 r"previously|already|now)\s+){0,2}"
                                 r"(launched|fired|sent|unleashed|stepped up|intensified|"
                                 r"escalated|ramped up|resumed|carried out|conducted|ordered|"
                                 r"retaliated|hurled|rejected|denied|dismissed|refuted|"
                                 # "since Moscow abandoned the grain deal": the government
                                 r"abandoned|quit|withdrew|pulled out|walked away|"
                                 # "as Kyiv pressed a campaign against facilities"
                                 r"press(es|ed)|wag(es|ed)|pursu(es|ed)|kept up|keeps up|"
                                 # a government that answers one: "Chisinau summoned the
                                 # ambassador over a missile"
                                 r"summoned|condemned|protested|expelled|opened|began|"
                                 # what it calls an attack: "which Moscow calls terrorism"
                                 r"calls|called|describes|described|labels|labelled|brands|"
                                 r"branded|"
                                 # "the river route Kyiv has used to export grain"
                                 r"used|uses|relies|relied|depends|depended|"
                                 # "after Washington quietly shipped a small number of the
                                 # weapons"
                                 r"shipped|supplied|delivered|provided|approved|allowed|"
                                 r"authori[sz]ed|agreed|"
                                 # a government that asks or agrees: "Kyiv has also asked
                                 # partners to pay for strike drones"
                                 r"asked|asks|requested|requests|urged|urges|appealed|appeals|"
                                 r"pleaded|pleads|demanded|demands|insisted|insists|signed|"
                                 r"agreed|negotiated|"
                                 # what it says: "rather than an interceptor, as Moscow had
                                 # claimed"
                                 r"claimed|claims|alleged|alleges|insisted|maintained|"
                                 r"blamed|blames|accused|accuses|"
                                 # "Warsaw favours Ukraine shooting down missiles"
                                 r"favou?rs|favou?red|backs|backed|supports|supported|"
                                 r"opposes|opposed|prefers|preferred|wants|wanted|"
                                 r"maintains|argued|argues|"
                                 # a government that speaks: "Moscow warned that ...", "Kyiv
                                 # considers the airfields legitimate targets" (not "Kyiv
                                 # says it shot down all 18 drones launched at the capital")
                                 r"warned|warns|argued|argues|believes|considers|"
                                 r"accused|accuses|blamed|blames|"
                                 # "we are waiting for Kyiv to comment"
                                 r"to (comment|respond|react|reply|confirm)|"
                                 # a government on guard: "as Bucharest again raised its
                                 # guard along the river border", "Warsaw scrambled jets"
                                 r"raised|raises|heightened|heightens|tightened|tightens|"
                                 r"reinforced|reinforces|scrambled|scrambles|"
                                 # "Kyiv tried to attack the fleet's ships": who attacks
                                 r"(tried|attempted|sought|tries|attempts|seeks) to "
                                 r"(attack|strike|hit|target|destroy|raid))\b"
                                 r"(?!\s+by\b)", re.I)
# A place a weapon only flew past on its way on: "a missile crossed Moldovan skies near
# Mocra on its way to targets in Ukraine", "a drone entered near Chilia Veche for three
# minutes before heading back" (TRANSIT_BEFORE before the place, ONWARD_AFTER after it).
TRANSIT_BEFORE = lazy(r"\b(crossed|crossing|flew over|flying over|passed over|passing over|"
                            r"overflew|entered|entering|violated|violating|flew into|flying into)\s++"
                            r"([\w'’-]++\s++){0,3}?(near|over|around|close to|by|at)\s+(the\s+)?"
                            r"((village|town|city) of\s+)?$", re.I)
ONWARD_AFTER = lazy(r"[^.;]{0,100}?\b(on (its|their) way (to|towards)|before (heading|"
                          r"returning|leaving|flying|turning)|(and|then) (then )?(left|returned|"
                          r"stayed there\b[^.;]{0,40}\bbefore leaving|"
                          r"headed|turned|flew (on|back|off|away))|heading (back|towards|on))\b",
                          re.I)
# "a massive attack by the Russian Federation on ...": the country whose attack it is.
ACTOR_BEFORE = lazy(r"\b(attacks?|strikes?|assaults?|aggression|bombardment|shelling|"
                          r"launched|fired|carried out)\s+by\s+(the\s+)?$", re.I)
# "the protest spread to farmers in Slovakia": the country of the people who protest, not a
# crossing.
PROTESTERS_BEFORE = lazy(r"\b(farmers|hauliers|truckers|(truck |lorry )?drivers|"
                               r"protesters|carriers|transport (firms|companies))\s+(in|from)\s+"
                               r"(the\s+)?$", re.I)
# The same of regions and towns: where people come from ("farmers from Thessaly are heading
# to Athens") and where those a blockade holds up wait ("drivers in Chelm brace for delays";
# "farmers in Medyka" are at their blockade).
PEOPLE_ELSEWHERE_BEFORE = lazy(r"\b((farmers|growers|hauliers|truckers|carriers|drivers|"
                                     r"protesters|demonstrators|activists|fishermen|workers|"
                                     r"miners)\s+from|(drivers|commuters|travell?ers|passengers|"
                                     r"motorists)\s+in)\s+(the\s+)?$", re.I)
# "to protest against cheap grain imports from Ukraine": where the goods come from.
GOODS_FROM_BEFORE = lazy(r"\b(imports?|imported|grain|wheat|maize|corn|sugar|produce|"
                               r"goods|products|food|exports?|supplies|competition)\s+"
                               r"(\w+\s+)?from\s+(the\s+)?$", re.I)
# After these words a sentence says why or what someone wants, not where it happened.
ASIDE = lazy(r"\b(demanding|saying|calling (for|on)|urging|asking|claiming|arguing|"
                    r"because|in protest (against|at)|in response to|so that|in order to|"
                    # "..., while fighting continued near Pokrovsk": the front, not a target
                    # ("while ground fighting near Hlyboke remained positional")
                    r"(while|as|and) (the )?(heavy |fierce |intense |positional |ground |street |"
                    r"infantry |local |sporadic )?(fighting|battles?|clashes|"
                    r"ground (assaults?|attacks?)|assaults?|advances?)\b)\b",
                    re.I)
# "continued assaults near Toretsk and ... struck Kostiantynivka": a place of the ground
# fighting named before a strike is the front, not its target.
FRONT_BEFORE = lazy(r"\b(assaults?|offensive operations|offensives?|fighting|battles?|"
                          # "continued ground attacks near Lyptsi", "Russian forces
                          # attacked near Zarichne and Torske"
                          r"(ground|infantry|mechani[sz]ed|armou?red) (attacks?|operations)|"
                          r"(forces|troops|units) (also )?attacked|"
                          # "14 attacks were repelled near Krasnohorivka"
                          r"(attacks?|assaults?|attempts?) (were |was |have been |had been )?"
                          r"(repell?ed|repulsed|stopped|beaten off|thwarted)|"
                          r"clashes|clashed|advanced|advances|advancing|counterattacks?|"
                          r"counteroffensives?|pushed|pushing|pressing|positional)\s+"
                          r"(\w+\s+)?(near|around|towards?|in the direction of|"
                          r"on the outskirts of|"
                          r"(north|south|east|west|northeast|northwest|southeast|southwest) of)\s+"
                          # (after names the gazetteer does not hold: "near Zarichne, Torske")
                          r"(the\s+)?((?-i:[A-Z])[\w'’-]*+,\s++){0,4}$|"
                          # "a logistics hub for troops fighting in the Donetsk region"
                          r"\b(troops|forces|units|soldiers|brigades?)\s+(\w+\s+)?fighting\s+"
                          r"(in|near|around|for)\s+(the\s+)?$", re.I)
# "the Romanian town of Isaccea across the river heard the blasts": a place that only
# heard or saw the attack.
WITNESS_AFTER = lazy(r"(?:\s+[\w'’-]+){0,4}?\s+(heard|felt|saw|watched|"
                           r"could (hear|see|feel))\s+(the\s+)?(\w+\s+)?(blasts?|explosions?|booms?|"
                           r"strikes?|fires?|glow|flashes|air defen[cs]e)\b", re.I)
# A country named for where weapons were made: "five US-made ATACMS missiles".
MADE_IN_AFTER = lazy(r"-(made|built|designed|developed|produced|manufactured|supplied|"
                           r"provided|donated|origin)\b", re.I)
# A sea named for its trade: "attacks on Ukraine's Black Sea ports", "Black Sea shipping".
SEA_TRADE_AFTER = lazy(r"\s+(ports|port cities|harbours|harbors|terminals|trade|shipping|"
                             r"exports|corridor|grain corridor|routes?)\b", re.I)
# "Threat of strike UAVs for the Poltava and Kharkiv oblasts": a warning, not an attack.
THREAT_OF = lazy(r"\b(threat|danger|risk)\s+(of|from|posed by)\b|\b(alerts?|sirens?|warnings?)\s+"
                       r"(for|in|across|over)\b|"
                       # "have warned shipping about mines", "has warned that swimming ..."
                       r"\bwarn(s|ed|ing)?\s+(\w+\s+){0,3}?(about|of|that|against)\b|"
                       # the cause of another event: "called the barrage retaliation for
                       # the explosion that damaged the bridge"
                       r"\b(retaliation|revenge|reprisal|response|reply)\s+(for|to)\b", re.I)
# "issued alerts for Tulcea county as drones attacked Izmail": the area warned, not hit.
ALERT_BEFORE = lazy(r"\b(alerts?|alert messages|warnings?|sirens?)\s+([\w-]+\s+){0,2}?"
                          r"(for|across)\s+(the\s+)?$", re.I)
# "between 20:00 and 23:00 Moscow time": a time zone named after a city.
TIME_ZONE_AFTER = lazy(r"\s+(summer\s+|standard\s+)?time\b", re.I)
# "fired at Russian positions near ...": a country named by its troops is not a place hit.
# "as Russia pounds Ukrainian cities": a country as the attacker.
ATTACKER_AFTER = lazy(r"\s+(pounds|pounded|batters|battered|hammers|hammered|bombards|"
                            r"bombarded|shells|shelled|strikes|attacks|attacked|launches|launched|"
                            r"fires|fired|unleashes|unleashed)\b", re.I)
TROOPS_AFTER = lazy(r"\s+(positions?|troops|units|forces|soldiers|lines|trenches|"
                          r"strongholds?|dugouts?|fortifications?|manpower)\b", re.I)
# "the border with Russia", "an agreement with Kyiv", "launched by Russia", "the only
# truck checkpoint between Zakarpattia and Slovakia": a neighbour,
# a government or an actor, not where the event happened.
NOT_HERE_BEFORE = lazy(r"\b((border|borders|frontier|crossings?|checkpoints?)\s+(with|of|between)|"
                              # "Ukrainian targets in the area bordering Romania"
                              r"bordering|adjacent to|(agreement|deal|talks|"
                              r"negotiations|relations|treaty|dialogue|dispute|contract)\s+"
                              r"(with|between)|(launched|fired|sent|operated|deployed|"
                              r"carried out)\s+by|(banks?|shores?|mouth|delta|estuary)\s+of|"
                              r"leaving|exiting|departing( from)?|(coming|arriving) from|"
                              # "summoned Russia's envoy in Brussels": where a
                              # diplomat sits
                              r"(envoys?|ambassadors?)\s+(in|to)|"
                              # "restrictions at Moscow airports": what the attack
                              # held up, elsewhere
                              r"(flight\s+)?(restrictions|delays|closures)\s+(were\s+)?"
                              r"((imposed|introduced)\s+)?(at|on)|"
                              r"accused|accusing|blamed|blaming|"
                              # "the region that borders Russia's Kursk province": a
                              # neighbour named to say where the place is
                              r"(borders|bordering|adjoins|adjoining)(\s+on)?"
                              r"(\s+(its|their|\w+['’]s))?|"
                              # "analysts in London said": where observers sit
                              # "a paramedic born in Sumy and based in Dnipro": a life's
                              # places, not the event's
                              r"(born|raised|grew up|grown up|studied|studies|studying|"
                              r"lives|living|lived|based|resides|residing|settled|hails|"
                              r"hailing)\s+(in|from)|natives?\s+of|originally\s+from|"
                              # "the drones that hit Kyiv were made in Yelabuga"
                              r"(made|produced|manufactured|assembled|built|developed|"
                              r"designed)\s+in|"
                              # "a vessel under the flag of Palau": a ship's flag state
                              r"flags?\s+of|registered\s+in|"
                              r"(analysts?|(?<!explosives )(?<!explosive )(?<!bomb )"
                              r"(?<!disposal )(?<!ordnance )(?<!demining )experts?|"
                              r"researchers?|economists?|traders?|"
                              r"diplomats?|think[- ]tanks?|correspondents?|investors?|"
                              r"commentators?|observers)\s+(in|from|based in)|"
                              # "evacuees at a transit centre in Kharkiv": where they are received
                              r"(transit|reception|accommodation|evacuation|registration|"
                              r"humanitarian) (centres?|centers?|points?|hubs?)\s+in|"
                              # "NATO jets were scrambled over Poland as Russia attacked
                              # Ukraine": where jets rose to guard, not what was attacked
                              r"(scrambled|patrolling|patrolled|on patrol|on alert|on duty)\s+"
                              r"(over|in|above|along)|"
                              # "the missiles passed the Lviv region heading north": what
                              # weapons flew across on their way, not what they hit
                              r"(passed|passing|transited|transiting|crossed)"
                              r"(\s+(over|through|across))?|"
                              # "shelled by the armed forces of Ukraine": the actor
                              r"(armed forces|forces|army|troops|military|navy|air force|"
                              r"units|formations|militar(y|ies)) of|"
                              # "the video shows Selydove, not Vuhledar": a place denied
                              r", not|"
                              # "the ministry's statement did not mention the Tula region"
                              r"(did\s+not|didn['’]t|does\s+not|doesn['’]t|failed\s+to)\s+"
                              r"(mention|name|list|include|cite)|made\s+no\s+mention\s+of|"
                              # "was hospitalised in Belgorod": where the wounded were taken
                              r"(hospitali[sz]ed|treated|taken to hospital)\s+(in|to))"
                              # ("close to the border with Ukraine's Odesa region")
                              r"\s+(the\s+)?(\w+['’]s\s+)?$", re.I)
# "the Black Sea port of Odesa", "the Donetsk region town of Toretsk", "the Dniprovskyi
# district of Kherson", "the Kharkiv suburb of Pisochyn": the name after "of" is the place.
DESCRIPTOR_AFTER = lazy(r"^\s+(region\s+|oblast\s+)?(port|port city|city|town|village|"
                               r"resort|coast|settlement|districts?|neighbou?rhoods?|"
                               r"microdistricts?|suburbs?|satellite town|community|hromada)"
                               r"\s+of\b", re.I)
# People named by where they live now: "a Cork family in anguish after a drone hit
# Odesa", "Edmonton's Ukrainian community gathered to mourn" (diaspora stories).
PEOPLE_OF_AFTER = lazy(r"^(['’]s)?\s+((ukrainian|russian|polish|moldovan|romanian)\s+)?"
                             r"(famil(y|ies)|diaspora|parish|congregation|parishioners|"
                             r"refugees?|expats|emigr[eé]s|communit(y|ies)\s+(members|"
                             r"leaders|gathered|held|raised|organi[sz]ed|mourn\w*)|"
                             r"(ukrainian|russian|polish) communit(y|ies))\b", re.I)
# "the Vysokopillia community of Kherson region": a unit of a region, named before it (the
# name before "community of" is then the place, not a descriptor).
UNIT_OF_REGION_AFTER = lazy(r"^\s+(community|hromada|districts?|raion|rayon)\s+of\s+"
                                  r"(the\s+)?(?-i:[A-Z])[\w'’-]*\s+(region|oblast|province)\b",
                                  re.I)
# "in Kursk region town.": a region named as the home of a town the report names later.
UNNAMED_TOWN_AFTER = lazy(r"\s+(region|oblast|province)\s+(town|city|village|"
                                r"settlement)s?\b(?!\s+of\b)", re.I)
# "Locations: Kyiv, Zhytomyr and Cherkasy oblasts.", "Affected areas: ...": a list of the
# places of the attack just told.
# ("By region: Kursk 312, Bryansk 238, Belgorod 187.")
PLACE_LIST = lazy(r"\W*(broken down |breakdown )?(by|per) (region|oblast|area)s?\s*[:–—]|"
                        r"\W*(locations?|places|sites|areas|regions|oblasts|geography|"
                        r"affected( areas| regions| oblasts)?)( of (the )?(hits?|impacts?|"
                        r"shoot-?downs?|downing|interceptions?|strikes?|attacks?|debris|"
                        r"damage))?\s*[:–—]|"
                        # "Impacts in the Kharkiv and Sumy regions.", "Hits were recorded in ..."
                        r"\W*(hits|impacts|strikes)\s+((were|have been)\s+)?(also\s+)?((recorded|"
                        r"registered|reported)\s+)?(in|on)\s", re.I)
# Nouns for the crews, units and teams a common word before them describes ("Mobile teams",
# "Rapid units"): a sentence that opens on such a pair names no place by its first word.
CREW_NOUNS = frozenset("teams team units unit groups group crews crew squads squad brigades "
                       "brigade patrols patrol detachments detachment".split())
# An attack told again as the one just reported: "were attacked in the same operation".
SAME_OPERATION = lazy(r"\b(in|during|as part of) the same (operation|attack|raid|wave|strike|"
                      r"night|assault)\b", re.I)
# "A year after Polish hauliers ended their blockade of the Dorohusk crossing": an event
# told as the start of a span that has passed.
LONG_AFTER_BEFORE = lazy(r"\b(a|one|two|three|four|five|six|several|\d+)\s+(years?|months?)\s+"
                         r"(after|since)\s+([\w'’-]+\s+){0,6}$", re.I)
# Sites named after the place they are at ("the Hvardiiske airfield", "the Afipsky oil
# refinery"), in lower case: the words between a place and the region it is said to be in.
SITE_WORDS = frozenset("airfield airfields airbase air base military oil refinery depot "
                       "plant power port terminal substation arsenal factory works".split())
# A bulleted line that opens on a place: "- Nikopol: a private house was damaged" (it
# carries the attack told before when it tells what the attack did).
BULLETED_PLACE = lazy(r"\s*[-–—•▪]\s*(?-i:[A-Z])[\w'’-]*(\s+[\w'’-]+){0,2}\s*:|"
                            # a community's line with no bullet: "Kalynivka hromada: a hit"
                            r"\s*(?-i:[A-Z])[\w'’-]*\s+(hromada|community)\s*[:–—]")
# A bulleted line that is only a place, maybe with a short note ("• Medyka — from 09:00"),
# and what such lines follow: a line that ends with a colon, then only such lines.
BARE_BULLET = lazy(r"\s*[-–—•▪*]\s*(?-i:[A-Z])[\w'’-]*(\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*"
                         r"([–—-]\s*[^.;\n]{0,30})?\s*")
LIST_HEAD_BEFORE = lazy(r"[^\n]*:[ \t]*\n(?:[ \t]*[-–—•▪*][^\n]*\n)*[ \t]*$")
# Places left unnamed as the subject of an event: "regional towns shelled", "nearby villages
# came under fire".
OTHER_PLACES_BEFORE = lazy(r"\b(regional|nearby|surrounding|neighbouring|neighboring|"
                                 r"other|outlying|frontline|front-line|border|rural)\s+(towns|"
                                 r"villages|settlements|communities|hromadas|districts|areas)\s+"
                                 r"((were|are|have been|had been|also|again)\s+){0,2}$", re.I)
# A cause denied, with what others claimed set off between commas: "caused by a pipeline
# rupture and not, as some channels claimed, by a drone attack".
NOT_CAUSED_BY_BEFORE = lazy(r"\bnot\s*,?\s*(as\s+[^,;.]{1,80}?,\s*)?((by|from)\s+"
                                  r"(an?\s+|the\s+)?((?!but\b)[\w-]+\s+){0,2})?$", re.I)
# A government named as who stands behind someone: "officials installed by Moscow".
BY_GOVERNMENT = lazy(r"\b(installed|appointed|backed|supported|sponsored|controlled|"
                           r"recogni[sz]ed|funded|armed|trained|denounced|condemned|rejected|"
                           r"dismissed|disputed)\s+by\s+$|"
                           # "votes denounced in Kyiv and Western capitals as a sham"
                           r"\b(denounced|condemned|rejected|dismissed|disputed)\s+in\s+$", re.I)
# A span that reaches back to the last season or year: "since last year", "since the start
# of the year".
SINCE_LAST = lazy(r"\bsince\s+(last|the\s+(start|beginning)\s+of\s+(the|this|last))\s+"
                        r"(year|spring|summer|autumn|fall|winter)\b", re.I)
# A place told again by its kind: "a bus stop in the same district", "in the same village".
SAME_PLACE = lazy(r"\b(in|on|at|near|over)\s+the\s+same\s+(district|town|city|village|"
                        r"area|neighbourhood|neighborhood|community|hromada|settlement|place|"
                        r"region|oblast)\b", re.I)
# The fields of a coded record: "Location: Hostomel, Kyiv oblast" then "Event: Missile
# strike" (the event's field tells no place: the location field says where).
LOCATION_FIELD = lazy(r"\s*(location|place|where|site|settlement|area|locality|position)\s*:",
                            re.I)
EVENT_FIELD = lazy(r"\s*(event|event type|type|incident|category|what)\s*:", re.I)
# The fields of such a record that tell who did the work or told of it, whose places are
# theirs, not the event's: "Teams: SES pyrotechnic unit of Kherson oblast", "Source: Kherson
# OVA".
ACTOR_FIELD = lazy(r"\s*(teams?|units?|operators?|performed by|executed by|sources?|"
                         r"reported by|by)\s*:", re.I)
# A line of a tally's breakdown: a place and its count ("- Kyiv region: 18", "Sumy oblast -
# 14 UAVs", "* Odesa region: 7 drones").
TALLY_LINE = lazy(r"\s*([-–—•▪*]\s*)?(?-i:[A-Z])[\w'’-]*(\s+[\w'’-]+){0,2}?\s*"
                        r"(:|\s[-–—]\s)\s*(about |around |over |up to )?\d+"
                        r"(\s+[\w-]+){0,2}\s*[.;,]?\s*|"
                        # the count first: "— 20 over the territory of the Bryansk region,",
                        # "18 — over the waters of the Sea of Azov,"
                        r"\s*([-–—•▪*]\s*)?(about |around |over |up to )?\d+\s*([-–—:]\s*)?"
                        r"([\w-]+\s+){0,2}?(over|above|in)\s+(the\s+)?"
                        r"((territory|waters|airspace)\s+of\s+(the\s+)?)?"
                        r"(?-i:[A-Z])[\w'’-]*(\s+[\w'’-]+){0,2}?\s*[.;,]?\s*")
# A line of a list that opens on a place and a separator, then tells its state: "Dorohusk -
# ongoing", "- Medyka: protest announced for 4 Dec" (the group is where the name starts).
PLACE_LINE = lazy(r"\s*([-–—•▪*]\s*)?(?P<name>(?-i:[A-Z]))[\w'’.-]*(\s+[\w'’.-]+){0,2}?"
                        r"\s*(:|\s[-–—]\s)")
# "Governor of the Kursk region: ...": the place of an office that speaks.
# What a bridge or a road links: "the road bridge at Chonhar, linking occupied Kherson region
# with Crimea" (the places it joins are not where it was hit).
LINKING_BEFORE = lazy(r"\b(linking|connecting|joining|links|connects|joins)\s+(the\s+)?"
                            r"(occupied\s+|mainland\s+)?(([\w'’-]+\s+){0,4}?(with|and|to)\s+"
                            r"(the\s+)?(occupied\s+|mainland\s+)?(part\s+of\s+(the\s+)?)?)?$",
                            re.I)
# The work's own season, not the mine's: "recovered 1,500 tonnes of munitions last year" (not
# "a mine laid last year").
WORK_LAST_SEASON = lazy(r"(?<!laid )(?<!planted )(?<!placed )(?<!found )(?<!dropped )"
                              r"(?<!fired )\b(the previous|last) (year|spring|summer|autumn|fall|"
                              r"winter)\b", re.I)
# The way a weapon flew: "a drone launched from Yemen and flown 2,000 kilometres up the Red
# Sea".
FLOWN_ALONG_BEFORE = lazy(r"\b(flown|flew|flying|travell?ed|sailed)\s++([\w,-]++\s++){0,4}?"
                                r"(up|down|along|across)\s+(the\s+)?$", re.I)
# A water body named after a city: "on the bed of the Gulf of Gdansk" (not the city).
FEATURE_OF_BEFORE = lazy(r"\b(?-i:Gulf|Bay|Strait|Straits|Sound|Firth|Bight|Lagoon)\s+of\s+$")
# What ordnance is thought to lie about: "unexploded ordnance is still thought to lie beneath
# German cities", "farmers still turn up shells every year" (no work done).
ORDNANCE_LIES = lazy(r"\b(are|is)\s+(still\s+)?(thought|believed|estimated|said|expected)\s+to\s+"
                           r"(lie|remain|be\s+buried|be\s+lying)\b|\b(a|per|every|each)\s+year\b(?!\s+ago\b)",
                           re.I)
# A unit's base: "the experts from the Engineer Battalion in Sered removed 41 pieces".
UNIT_SEAT_BEFORE = lazy(r"\b(?-i:[A-Z][\w-]*\s+)(battalion|brigade|regiment|squadron|flotilla|"
                              r"division|centre|center)\s+(based\s+)?(in|at)\s+$|"
                              # "sappers from the engineering regiment in Blagoevgrad"
                              r"\bfrom\s+(the|an?)\s+([\w-]+\s+){0,2}?(battalion|brigade|regiment|"
                              r"squadron|flotilla|division|detachment|"
                              # "divers from the naval base at Constanta", "a team from the
                              # naval diving unit in Varna"
                              r"base|unit|garrison)\s+(based\s+)?(in|at)\s+$|"
                              # "the Navy sent a minesweeper from Varna": where it set out
                              r"\b(sent|dispatched|despatched|deployed)\s+(an?|the|its|their|two|"
                              r"three)\s+([\w-]+\s+){0,3}?from\s+$", re.I)
# The same said with the base's name first: "a navy minesweeper from the Varna base was
# sent" (FROM_BEFORE before the name, UNIT_SEAT_AFTER after it).
FROM_BEFORE = lazy(r"\bfrom\s+(the\s+)?$", re.I)
UNIT_SEAT_AFTER = lazy(r"\s+(naval\s+|air\s+|military\s+|army\s+)?(base|garrison|barracks)\b",
                             re.I)
# An opening clause of another matter: "While the case continued in Kyiv, the company's teams
# resumed work around Snihurivka".
WHILE_OPENING = lazy(r"\W*(while|whereas)\b[^,;]{0,120},", re.I)
# A service's seat: "the pyrotechnic group of the SES Main Directorate in Chernihiv region
# arrived", "specialists from the explosive ordnance disposal service in Lower Saxony".
SEAT_BEFORE = lazy(r"\b(directorate|department|service|office|branch|headquarters|"
                         r"administration|inspectorate|command)\s+(in|for)\s+(the\s+)?$", re.I)
OFFICE_OF_BEFORE = lazy(r"\b(governor|head|mayor|administration|authorities|police|"
                              r"prosecutors?|ministry|ombudsman|headquarters|"
                              r"emergency\s+services?)\s+of\s+(the\s+)?$", re.I)
# "north of Istanbul", "the crossing east of Michalovce": a landmark that says where the
# named place is (and the other kinds of RELATIVE_BEFORE).
DIRECTION_OF_BEFORE = lazy(r"\b(north|south|east|west|north-?east|north-?west|south-?east|"
                                  r"south-?west|outside)\s+of\s+(the\s+)?((port|city|town|island) of\s+)?$",
                                  re.I)
RELATIVE_BEFORE = lazy(DIRECTION_OF_BEFORE.pattern + r"|"
                              # "the Zosin crossing, opposite Ustyluh": the other side
                              r"\bopposite\s+((?-i:[A-Z])[\w-]*['’]s\s+)?$|"
                              # "50 km from the Ukrainian border"
                              r"\d\s*(km|kilometres?|kilometers?|miles?)\s+(from|of)\s+"
                              r"(the\s+)?$", re.I)
# "Izmail on the Danube": where the place before lies.
LOCATED_ON = lazy(r"^\s+(on|by|along|off)\s+the\s+$|"
                        # "its Ust-Luga complex on the Baltic Sea": where the works stand
                        r"^(['’]s)?\s+(oil\s+|fuel\s+|gas\s+|grain\s+)?(refinery|complex|terminal|"
                        r"port|plant|base|depot|facility|station|resort|city|town)\s+(on|by)\s+the\s+$",
                        re.I)
# "the refinery on Russia's Black Sea coast": a coast on land, not the sea (a ship "off
# Turkey's Black Sea coast" is at sea).
ON_SEA_COAST = lazy(r"\b(on|along)\s+(the\s+|(?-i:[A-Z])[\w-]*['’]s\s+)?$", re.I)
SEA_COAST_AFTER = lazy(r"\s+(coast|coastline|shores?|seaside|resorts?)\b", re.I)
# Where the weapons of an attack were going: "two tankers sailing toward the Russian port of
# Novorossiysk were struck".
BOUND_FOR_PORT = lazy(r"\b(sailing|sailed|steaming|bound|heading|headed|en route|travell?ing)"
                            r"\b[^.;,]{0,30}?\b(to|for|towards?)\s+(the\s+)?([\w-]+\s+)?"
                            r"(port|harbou?r|terminal)\s+of\s+$", re.I)
# "the village of Antonivka near Kherson": after a settlement, the town that says where it is
# (after a region, "Crimea near Alupka", the town is the place).
# (and after a crossing named by its village: "the Vysne Nemecke crossing near Michalovce")
NEAR_TOWN = lazy(r"^\s+((border\s+)?(crossing|checkpoint|crossing\s+point|border\s+post)\s+)?"
                       r"(near|outside|close to)\s+$", re.I)
# Words that start a target after an origin: "from Crimea at Odesa".
TARGET_WORD = lazy(r"\b(at|on|against|towards?|over|into|in|targeting|near|hit|hits|"
                          r"struck|strikes|attack(s|ed)?|targeted|slammed|reached|pounded|"
                          r"shelled)\b|"
                          r"[.;:!?]", re.I)
# ("the Shebekino urban district, the village of ...": a Russian municipality)
REGION_WORD_AFTER = lazy(r"\s+((urban|municipal|rural)\s+(district|okrug)|"
                               r"region|oblast|province|county|voivodeship|district|"
                                r"governorate|krai)\b", re.I)
# The people who clear mines, named without their work; their work; an attack's own verb.
WORKERS = lazy(r"(sappers?|deminers?|pyrotechnic(s|ians?)?|demining)", re.I)
# ("a drone struck a demining team": the team is named, not its work)
CLEARING_WORK = lazy(r"\b(clear(ed|ing|s)?|clearance|demined|"
                           r"demining(?!\s+(teams?|groups?|crews?|units?|squads?|vehicles?|"
                           r"machines?|workers|specialists|experts))|defus(e|ed|ing)|"
                           r"neutrali[sz](e|ed|ing)|remov(e|ed|ing)|dispos(ed|ing)|"
                           r"detonat(ed|ing|ions?)|controlled (blasts?|explosions?)|swe(ep|pt|eping)|"
                           r"survey(ed|ing)?|"
                           # "will destroy explosive objects found near Hostomel"
                           r"destroy(s|ed|ing)?\s+([\w-]+\s+){0,3}?(explosive|ordnance|"
                           r"munitions?|mines|landmines|shells|ammunition|rounds))\b", re.I)
# Weapons told on their way, as alert channels write it: "Group of Shaheds from the south
# moving through Kirovohrad region to the north-west", "UAV heading towards Bila Tserkva",
# "another KAB launch towards Shostka district"
# (a warning, unless a hit or a shoot-down is told too: see WEAPONS_MET).
WEAPONS_ON_THE_MOVE = lazy(r"\b(launch(es)?|moving|flying|heading|advancing|travell?ing|manoeuvring|"
                                 r"maneuvering|on (a |the )?course)\s+(from\s+[^.;]{1,40}?\s+)?"
                                 r"(through|across|towards?|toward|in the direction of|into|to "
                                 r"the (north|south|east|west)|(north|south|east|west)(-?(east|"
                                 r"west))?wards?)\b|"
                                 # the carrier in the air, an alert's cause: "a MiG-31K
                                 # carrying a Kinzhal missile had taken off"
                                 r"\b(carrying|armed with|with)\s+(an?\s+|two\s+)?([\w-]+\s+){0,2}?"
                                 r"(missiles?|kinzhals?)\s+(had\s+|has\s+|have\s+)?"
                                 r"(taken off|took off|take off|been airborne)\b|"
                                 r"\b(take-?off|takeoff)\s+of\s+(an?\s+|two\s+)?(mig-31k?|tu-\d+\w*|"
                                 r"carriers?|bombers?)\b", re.I)
# What makes such a line a report: a hit, a blast, or the weapons met.
WEAPONS_MET = lazy(r"\b(shot|brought|taken|gunned) down|\b(downed|intercepted|destroyed|"
                         r"neutrali[sz]ed|suppressed|jammed|explosions?|blasts?|detonations?|"
                         r"impacts?|hit|hits|struck|strikes?|attack(ed|s|ing)?|target(ed|ing)|"
                         r"damag(ed|ing)|killed|injured|wounded|fell|crashed|debris|"
                         r"fragments|wreckage)\b", re.I)
# A find that was no ordnance: "experts determined the object was a rusted section of
# pipe", "the suspected mine turned out to be a buoy", "a false alarm".
FALSE_ALARM = lazy(r"\b(turned out to be|proved to be|was found to be|(was|were) "
                         r"(only|just|merely)|determined (that )?(the|it) (object|item|find|"
                         r"device|thing)?\s*(was|to be)|false alarm|hoax|(was|were) not (an?|"
                         r"the) (bomb|mine|shell|explosive)|contained no explosives?)\b", re.I)
# A crossing traffic is sent to instead of a blockaded one: "advising customers to
# reroute via Hungary, though the Zahony crossing already has waits", "recommending the
# Beregsurany crossing as an alternative" (before the name and after it).
ALTERNATIVE_BEFORE = lazy(r"(\b(re-?rout(e|ed|es|ing)|divert(ed|s|ing)?|redirect(ed|s|ing)?|"
                                r"detour(ed|s|ing)?)\b[^.;]{0,40}?\b(via|through|to|towards|"
                                r"for)|\b(recommend(ed|s|ing)?|suggest(ed|s|ing)?|advis(e|es|ed|ing))"
                                # "recommend using the crossings at Olszyna or Kostrzyn"
                                r"(\s+(using|taking)\s+(the\s+)?((border\s+)?(crossings?|checkpoints?)"
                                r"\s+(at|in|of)\s+)?[^.;]{0,40}?)?|"
                                # "use alternative crossings: Luzhanka - Beregsurany, Vylok -
                                # Tiszabecs"
                                r"\b(alternative|other|alternate)\s+(border\s+)?(crossings|"
                                r"checkpoints|crossing\s+points|routes)\s*(:|such\s+as|like|"
                                r"including)[^.;]{0,80}?)\s+(the\s+)?$",
                                re.I)
ALTERNATIVE_AFTER = lazy(r"\s+((border\s+)?(crossing|checkpoint)s?\s+)?(as an? "
                               r"(alternative|detour)|instead|(already\s+)?(has|had|have|saw|"
                               r"sees)\s+(waits|queues|delays|tailbacks)|(was|is|were|are)\s+"
                               r"(open|unaffected|running normally))\b", re.I)
# "experts from the Dusseldorf district government": a government named after its seat.
GOVERNMENT_AFTER = lazy(r"\s+(district|regional|state|provincial|county|city|municipal)\s+"
                              r"government\b", re.I)
# A thing of the sentence before, named again as hit: "the building was hit by a missile"
# (see DAMAGE_TOLD).
_THINGS = (r"(the|this|that)\s+(building|house|block|facility|site|plant|station|object|"
           r"enterprise|depot|warehouse|substation|train|school|hospital|refinery|"
           r"terminal|bridge)")
THING_REFERRED = lazy(r"\b" + _THINGS + r"\s+(was|were|has been|had been)\s+(\w+ly\s+)?"
                            r"(hit|struck|targeted|attacked|destroyed)\b|\b(hit|struck|"
                            r"targeted|attacked)\s+" + _THINGS + r"\b", re.I)
# Damage told with no weapon: "one entrance of a building collapsed", "a fire broke out".
DAMAGE_TOLD = lazy(r"\b(collapsed|destroyed|damaged|ablaze|on fire|fire broke out|"
                         r"caught fire|explosions?|blasts?|rubble)\b", re.I)
# The attack just told, fought off at places: "air defence forces repelled the attack in
# Kamensk-Shakhtinsky and Novoshakhtinsk".
REPELLED_AT = lazy(r"\b(repell?(ed|ing)|repuls(ed|ing)|fought off|beat off)\s+(the|an?|this|"
                         r"that)\s+([\w-]+\s+)?(attacks?|raids?|strikes?)\s+(in|on|over|near|"
                         r"at|around)\b", re.I)
# A report denied as a whole: "reports about a drone strike on a substation in Valuyki
# were false and no attack had taken place", "No such strike took place".
# What a later entry says of an earlier one: "no attack took place in Bila Tserkva", "no
# drone was involved" (not a claim about it called false: "posts saying the drone exploded
# on houses in Etulia are false").
_NOTHING_HAPPENED = (r"\bno\s+(such\s+)?([\w-]+\s+)?(attack|strike|shelling|explosion)s?\s+"
                     r"(had\s+|has\s+)?(taken|took|take)\s+place\b|"
                     r"\b(did|has|had)\s+not\s+(take|taken)\s+place\b|"
                     r"\bno\s+(drone|missile|rocket|uav)s?\s+(was|were|had\s+been)\s+involved\b")
NOTHING_HAPPENED = lazy(_NOTHING_HAPPENED, re.I)
DENIED = lazy(r"\bno (evidence|proof|indication|sign)s? (that )?[^.;]{0,80}?\b(was|were|had "
                    r"been|is|came from)\b[^.;]{0,30}?\b(strikes?|attacks?|shelling|raids?|"
                    r"drones?|missiles?)\b|"
                    r"\b(were|was|is|are)\s+(false|fake|untrue|not true|fabricated|"
                    r"disinformation)\b|" + _NOTHING_HAPPENED, re.I)
# An exercise's script: "The scenario: fragments of a drone fall next to the school".
SCENARIO_BEFORE = lazy(r"\b((the|its|an?|exercise's|drill's)\s+([\w-]+\s+)?scenario|"
                             r"according to the scenario|scenario\s*:)", re.I)
# An attack told as what the other side prepares: "the Kyiv regime is preparing a
# provocation at the plant: a strike by attack drones".
PREPARING_BEFORE = lazy(r"\b(preparing|prepares|prepared|plotting|plots|plotted|"
                              r"planning|plans)\s+(an?\s+|the\s+)?([\w-]+\s+){0,2}?"
                              r"(provocations?|false[- ]flags?|attacks?|strikes?|sabotage)\b",
                              re.I)
# A share of a count told just before: "Most of the drones were shot down over ...".
SHARE_OF_OPENING = lazy(r"\W*(most|many|some|half|the (majority|bulk|rest)|the others|"
                              r"others|all|nearly all|almost all)\s+(of\s+)?(the|them|these|"
                              r"those)\b", re.I)
# A clause that says nothing of the kind happened: "... attacked ports on the Danube, but
# that none had entered Romanian airspace in the Galati area".
NONE_CLAUSE = lazy(r"\b(but|and|while|although|though)\s+(that\s+|said\s+(that\s+)?)?"
                         r"(none|nothing|neither|no\s+(drones?|missiles?|debris|wreckage|"
                         r"fragments|shells?|bombs?|one))\b", re.I)
# An opening that goes back to the time the sentence before told: "At that time, protests
# also spread to the border" (after "... since February last year, when ...").
THAT_TIME_OPENING = lazy(r"\W*(at that time|at the time|back then|in those (days|weeks|"
                               r"months)|that (year|winter|spring|summer|autumn)|"
                               # "... the siege of the spring of 2022. During the five weeks
                               # of encirclement, shelling killed hundreds"
                               r"during\s+(the|that|its)\s+([\w-]+\s+){0,3}?(siege|encirclement|"
                               r"occupation|advance|offensive|invasion))\b", re.I)
EARLIER_YEAR = lazy(r"\b(last year|a year ago|years ago|(?:19|20)\d\d|"
                          # "one year after the attack on the city centre"
                          r"(a|one|two|three|four|five|\d+)\s+years?\s+(after|since))\b", re.I)
# What was said back then: "the ministry said at the time that the city had been hit".
SAID_AT_THE_TIME = lazy(r"\b(said|says|reported|stated|claimed|wrote|announced)\s+at\s+the\s+"
                        r"time\b", re.I)
# Debris looked for and not found: "received no reports of debris", "no wreckage was
# found".
NONE_FOUND = lazy(r"\bno\s+(reports?\s+of\s+)?(debris|wreckage|fragments|remains)\b|"
                        r"\b(debris|wreckage|fragments)\s+(was|were|has|have)\s+(not|never)\s+"
                        r"(been\s+)?found\b", re.I)
# Attacks told as a span a place has lived through: "has lived through repeated
# bombardment since", "constant shelling ever since".
SPAN_LIVED = lazy(r"\b(has|have|had)\s+(lived through|endured|suffered|survived|"
                        r"weathered|faced)\s+([\w-]+\s+){0,2}?(bombardments?|shelling|"
                        r"attacks?|strikes?|air ?raids?)\b|\b(repeated|constant|regular|"
                        r"frequent|daily|nightly|continuous|relentless)\s+(bombardments?|"
                        r"shelling|attacks?|strikes?)\s+(ever\s+)?since\b", re.I)
# A back-reference to the day the sentence before told: "Surveillance footage of that
# morning showed a missile hitting Freedom Square".
THAT_DAY = lazy(r"\b(of|from|on)\s+that\s+(morning|day|night|evening|afternoon)\b|"
                # "... came under shelling in the days that followed", after a day long past
                r"\b(in|over|during)\s+the\s+(hours|days|weeks|months)\s+that\s+followed\b",
                re.I)
ATTACK_VERB = lazy(r"\b(struck|strikes?|hit|hits|attack(ed|s|ing)?|killed|injured|"
                         r"wounded|target(ed|ing)|dropped|exploded)\b", re.I)
# "A mine was spotted off Varna. Divers destroyed it.": an explosive thing told of, then
# disposed of without its place named again.
# What an attack left that did not go off: "one of the missiles did not detonate", "the
# unexploded KAB-500", "fell on the port territory without exploding", "landed intact".
DUD = lazy(r"\bunexploded\b|\b(did|does)\s+not\s+(go\s+off|detonate|explode)\b|\b(failed|fail)"
           r"\s+to\s+(detonate|explode|go\s+off)\b|\bwithout\s+(exploding|detonating|going\s+off)\b|"
           r"\b(landed|lay|lies|lying|found|remained)\s+intact\b", re.I)
EXPLOSIVE_THING = lazy(r"\b(mines?|explosive (objects?|devices?|items?)|ordnance|"
                             # ("a drone fell on the outskirts of Chilia Veche ... EOD
                             # specialists neutralised it")
                             r"(drones?|uavs?|shaheds?|gerans?)\s+(fell|came\s+down|crashed)|"
                             r"unexploded|shells?|bombs?|bomblets?|submunitions?|warheads?|"
                             r"munitions?|(mortar|artillery|tank) rounds?|grenades?|"
                             r"projectiles?)\b", re.I)
# A thing found lying about, and reported: "his spade struck a rusty metal object", "noticed
# a metal object half-buried in the sand and called 101", "found the wreck at the edge of a
# field".
FIND_TOLD = lazy(r"\b(found|discovered|noticed|spotted|came across|dug up|unearthed|"
                       r"uncovered|stumbled (up)?on)\s++([\w-]++\s++){0,6}?(objects?|items?|"
                       r"devices?|shells?|rounds?|mines?|bombs?|grenades?|munitions?|ordnance|"
                       r"projectiles?|rockets?|wreck|wreckage|fragments?|debris|cylinders?)\b|"
                       r"\b(objects?|items?|devices?|shells?|rounds?|mines?|bombs?|grenades?|"
                       r"munitions?)\s++(\w++\s++){0,3}?(was|were|had been)\s+(found|discovered|"
                       r"spotted|noticed|dug up|unearthed|washed up|washed ashore)\b|"
                       r"\b(suspicious|unknown|unfamiliar|strange|rusty|metal) (metal )?"
                       r"(objects?|items?|devices?|cylinders?)\b|"
                       r"\bcalled (the )?(101|102|112|police|rescuers|emergency services)\b",
                       re.I)
THING_DISPOSED = lazy(r"\b(detonat|defus|neutrali[sz]|destroy|disarm|blew up|blown up|"
                            r"remov|made safe)\w*\s+(it|them|all|both|all (two|three|four|five|"
                            r"\d+)|the (two|three|four|five|\d+))\b|"
                            # "the mine", "the 82-mm mine", "the anti-tank mine"
                            r"\bthe\s+([\w.-]+\s+){0,2}?(mine|object|device|"
                            r"munition|shell|bomb|bomblet|warhead|round)s?\b", re.I)
# Where the clearing work just told was done, or what it found: "The work was done in the
# Izium and Balakliia communities", "Tripwires and shells were found in Bucha and Irpin".
WORK_DONE_AT = lazy(r"\b(work|works|operations?|clearance|clearing|demining|searches|"
                          r"surveys?|call-outs)\s+(was|were|is|are|has been|have been|will be)\s+"
                          r"(\w+ly\s+)?(done|carried out|conducted|performed|under ?way|focused|"
                          r"concentrated|held)\b|"
                          r"\b(was|were|have been|had been)\s+(found|discovered|detected|"
                          r"located|collected|uncovered)\s+(in|near|around|at|on|outside)\b|"
                          r"\bfinds?\s+(was|were)\s+(made\s+)?(in|near|around|at)\b", re.I)
# "Residents of Etulia found metal fragments in a field. Army specialists identified them
# as parts of a Shahed-type drone.": the weapon named where the pieces were found.
IDENTIFIED_AS = lazy(r"\b(identified|confirmed|determined|established|recogni[sz]ed)\s+"
                           r"(them|it|the\s+(fragments|debris|wreckage|pieces|objects?|remains|"
                           r"parts))\s+(as|to\s+be)\b", re.I)
# "A team searched the area around Plauru. The team found and secured fragments that could
# belong to a drone.": pieces found, their place told just before.
DEBRIS_FOUND = lazy(r"\b(found|secured|discovered|located|recovered)\b[^.;]{0,40}?\b(fragments|"
                          r"debris|wreckage|pieces|remains|parts)\b", re.I)
# "Shebekino came under attack again.": a place attacked, the weapon told next.
UNDER_ATTACK = lazy(r"\bunder (\w+ )?(attack|fire)\b|\b(was|were|is|are|been) (attacked|"
                          r"targeted|struck|hit)\b|\battacked (again|once more)\b|"
                          # "the Kyiv regime again attacked the plant in Enerhodar"
                          r"\b(again|once again|repeatedly) (attacked|targeted|struck)\b|"
                          # "Explosions were heard in Belgorod.": the attack, its weapon next
                          r"\b(explosions?|blasts?) (were |was |have been |has been |had been )?"
                          r"(reported|heard)\b|"
                          r"\b(explosions?|blasts?) (rang out|rocked|shook|thundered)\b|"
                          # "A new series of blasts in central Kyiv. One missile came down
                          # next to a playground."
                          r"\b(series|wave|string) of (loud |powerful )?(explosions|blasts) "
                          r"(in|over|across)\b", re.I)
# The names of those who clear mines and of their ships and units, without their work.
CLEARING_UNIT = lazy(r"(sappers?|deminers?|pyrotechnic(s|ians?)?|minehunters?|"
                           r"minesweepers?|mine[- ]hunters?|mine[- ]countermeasures?)", re.I)
# What such units do besides clearing: "minesweepers will patrol the western Black Sea".
UNIT_WORK = lazy(r"\b(patrol\w*|operat(e|es|ed|ing)|search(es|ed|ing)?|hunt(s|ed|ing)?|"
                       r"scan(s|ned|ning)?|inspect(s|ed|ing)?|escort(s|ed|ing)?)\b", re.I)
# Fire or bombardment without a weapon named ("troops fired on Kherson") yields to a weapon of
# another type the sentence names ("fired on a car from a drone").
GENERIC_FIRE = lazy(r"([\w'’]+ )?fired( \w+( of)? times)? (on|at|upon)|"
                          r"(opened|open|opening) fire (on|at|upon)|"
                          # "bombarded Vovchansk with aerial bombs"
                          r"bombard(ed|ing|s|ment|ments)?", re.I)
# "Sevastopol, Crimea", "Sevastopol in occupied Crimea": the words between a town and the
# region named to locate it.
LOCATOR_GAP = lazy(r"\s*(,\s*(in\s+)?|in|of)?\s*((the|occupied|annexed|temporarily|Russian-occupied)"
                         r"\s+)*", re.I)
# "Moscow's Vnukovo airport": a city that says where the place after it is.
POSSESSIVE_AFTER = lazy(r"['’]s\s+(?-i:[A-Z])")
# A word for an attack that does not say with what.
# ("such attacks" are a kind of attack, none told: "stay indoors during such attacks")
# What an attack hit, named with "the": "Two ballistic missiles hit the institute", after
# "the strike on the institute in Poltava" (the thing told just before, at its place).
HIT_THE = lazy(r"\b(hit|hits|struck|strikes|targeted|destroyed|damaged|slammed\s+into|"
               r"crashed\s+into)\s+the\s+((?-i:[a-z])[\w-]{3,})\b", re.I)
# What the attack told just before was caused by: "A blast in central Tel Aviv killed a
# man. The military says it was caused by a long-range drone."
CAUSED_BY = lazy(r"\b(was|were|had\s+been|has\s+been)\s+(caused|set\s+off|triggered)\s+by\b|"
                 # "According to preliminary information, the cause was a drone attack"
                 r"\bthe\s+(likely\s+|probable\s+|preliminary\s+)?cause\s+(was|is|had\s+been)\b",
                 re.I)
# (not a weapon's class: "long-range attack drones", "strike aircraft")
ATTACK_NOUN = lazy(r"\b(?<!such )(attacks?|strikes?|explosions?|blasts?|impacts?|"
                   # (what such an attack started: "a fire started at the terminal")
                   r"fires?(?=\s+(started|broke\s+out|erupted)))\b"
                   r"(?![ -](drones?|uavs?|helicopters?|aircraft|jets?|planes?|submarines?|"
                   r"boats?|vessels?|missiles?|weapons?|munitions?|groups?|brigades?|units?))",
                   re.I)
# "an aerial attack": a word for an attack from the air that does not say with what.
GENERIC_ATTACK = lazy(r"(air|aerial)[- ](attacks?|raids?)", re.I)
# "They used artillery and drones", "The missiles hit two apartment blocks": a sentence about
# the weapons of the attack just told.
# (not a count of a whole front's day: "They also used more than 700 kamikaze drones")
PRONOUN_USED = lazy(r"\W*((they|it)\s+(also\s+)?(used|fired|launched|dropped|employed)"
                          r"(?!\s+(more than\s+|over\s+|about\s+|around\s+|almost\s+|nearly\s+|"
                          r"some\s+)?(\d{3,}|\d{1,3}(,\d{3})+)\b)|"
                          r"(the|these|those)\s+(missiles?|drones?|bombs?|shells|rockets?|"
                          r"shaheds?|uavs?))\b", re.I)
# "shot down on approach to the city", "air defence worked over the region": the place
# named last before, of that kind ("the town of Sudzha" names its town: no anaphor).
ANAPHOR = lazy(r"\b(the|this) (city|town|village|settlement|port|community|region|capital|"
                      r"oblast|province|area|district|neighbou?rhood)\b"
                      # ("the area of the Caspian Sea", "the area bordering Romania" name their
                      # own place)
                      r"(?!\s+((?-i:of\s+(the\s+)?[A-Z])|bordering\b|adjacent\b))",
                      re.I)
# A span of days within a month or two: "24 February - 2 March", "6-12 April" (a week's
# review, not a month's).
_DAY_RANGE = (r"\b\d{1,2}(\s+(" + "|".join(MONTHS) + r"))?\s*[-–—]\s*\d{1,2}\s+("
              + "|".join(MONTHS) + r")\b")
DAY_RANGE = lazy(_DAY_RANGE, re.I)
# A heading of a review of a period: "the week in review", "September by the numbers",
# "December in the skies", "Monthly summary", "bulletins, 24 February - 2 March".
PERIOD_HEADING = lazy(r"\b(weekly|monthly|fortnightly)\s+(review|round-?up|digest|summary|"
                      r"update|assessment|overview|report|briefing|bulletin|tally|figures)\b|"
                      r"\b(in\s+review|round-?up|digest|by\s+the\s+numbers|in\s+numbers|"
                      r"in\s+brief|summary)\b|"
                      r"\b(week|month|fortnight)\s+(in\s+(review|brief|numbers)|of\s+(the\s+)?\d|"
                      r"at\s+a\s+glance)\b|\b(week|month|fortnight)\W*$|"
                      r"^\W*(" + "|".join(MONTHS) + r")\b(?!\s+\d{1,2}\b)|" + _DAY_RANGE, re.I)
# The time that opens a live blog's entry: "15.30 GMT – Mariupol city council says ...".
ENTRY_TIME = lazy(r"\W*\d{1,2}[.:]\d\d\s*((GMT|BST|CET|CEST|EET|EEST|UTC|MSK|Kyiv|local)\s*)?"
                  r"[-–—:|]\s", re.I)
# A town's own officials, the town named before: "its mayor says Russian aircraft are
# dropping bombs on residential areas".
ITS_MAYOR = lazy(r"\bits\s+(mayor|city\s+council|mayor['’]s\s+office|city\s+(military\s+)?"
                 r"administration)\b", re.I)
# The words for a site named by its place: "the Saky airfield", "the Engels air base".
SITE_WORDS = r"(airfield|air\s+base|airbase|airport|refinery|oil\s+depot|depot|plant|terminal)"
# A site told of again: "drones struck the base" (after a heading that names it).
SITE_ANAPHOR = lazy(r"\b(the|this) (base|" + SITE_WORDS + r")\b", re.I)
# One of the blasts just told, at their place: "the second blast was a Shahed".
ONE_OF_THE_BLASTS = lazy(r"\b(the|that) (first|second|third|other|later|last) (blast|"
                               r"explosion|strike|impact)\b", re.I)
# A spot told by how near it is to the place just named: "a Shahed hit a building across
# the street", "a shell landed next door".
_SPOT = r"the (building|entrance|school|library|church|museum|hospital|theatre|theater|station)"
NEARBY_SPOT = lazy(r"\b(across the (street|road|square|yard|courtyard)|next door|"
                         r"around the corner|(a few|several|\d+) (metres|meters|yards|steps) "
                         rf"(away|from (it|there|{_SPOT}))|(opposite|beside|next to) "
                         rf"(it|{_SPOT}))\b", re.I)
# (after a log's day or entry number: "15 Sep - Kherson.", "[EN-0412] 29/03 - Lviv oblast.")
HEADING = lazy(r"^\W*(?:\[[\w-]+\]\s*)?"
                     # (the fields of a coded record before it: "2024-03-20 | PL-06 | ")
                     r"(?:\d{4}-\d\d-\d\d\s*[|:,–—-]\s*)?(?:[a-z]{2}-[a-z0-9]{1,3}\s*[|:,–—-]\s*)?"
                     r"(?:\d{1,2}(?:[./]\d{1,2}(?:[./]\d{2,4})?)?"
                     r"(?:\s+[A-Za-z]{3,9}\.?)?(?:\s+\d{4})?\s*[-–—|:,]\s*)?"
                     r"(?:(city|region|oblast|krai|province|community|district|port|"
                     r"hromada|((road|rail|border)\s+)?(crossing|checkpoint))\W*)?$", re.I)
LAUNCH_VERB = lazy(r"(fired|fires|firing|launched|launching|launches|used|using|with|"
                          r"by)\b", re.I)
# "shot down over the Kyiv region": the sky of an interception.
OVER_BEFORE = lazy(r"\b(over|above)\s+(the\s+)?$", re.I)
# (a comma before another day starts another attack: "on Saturday a missile hit Sumy, on
# Sunday Shaheds struck Fastiv")
BARRIER = lazy(r"[;:]|\b(while|whereas|but)\b|,\s+and\b|"
                     r",\s+(?i:(early |late |later )?on (" + "|".join(WEEKDAYS) + r"))\b")
# "... with two missiles and glide bombs hit Zolochiv": "and" opening a clause of its own,
# after one with a verb of its own (not "Drones and missiles struck Kyiv").
AND_CLAUSE = lazy(r"\band\s++(that\s++)?(?:[\w-]++\s++){1,3}?(hit|struck|targeted|"
                        r"attacked|shelled|pounded|damaged)\b", re.I)
ATTACK_DONE = lazy(r"\b(hit|struck|targeted|attacked|shelled|pounded|damaged|fired|"
                         r"launched|dropped|bombed)\b", re.I)
# The barriers a trigger's words may not span (a colon may: "Downed: 81 missiles").
GAP_BARRIER = lazy(BARRIER.pattern.replace("[;:]", ";", 1))
# A list of weapons holds no finite verb: "hit by guided bombs, and Stepnohirsk came under
# artillery fire" reports two attacks. ("came under fire from artillery and drones": the
# fire and the weapons it came from)
INSTRUMENT = lazy(r"\b(with|using|by|fire\s+from)\b(?:(?!\b(?:was|were|is|are|came|comes|has|have|"
                        r"had|hit|struck|killed|injured|wounded|damaged|shelled|attacked|bombed|fired|"
                        r"launched|dropped|pounded|targeted)\b)[^.;:]){0,120}", re.I)
# The verbs that end such a list ("..., a Molniya drone hit a car"): a clause starts.
FINITE_VERB = lazy(r"(was|were|is|are|came|comes|has|have|had|hit|struck|killed|injured|"
                         r"wounded|damaged|shelled|attacked|bombed|fired|launched|dropped|"
                         r"pounded|targeted)\b", re.I)
# ", and" that closes a list ("with artillery, MLRS, tanks, and drones") rather than
# opening a clause: a short list item before it, and no verb in the few words after it.
LIST_ITEM_BEFORE = lazy(r",\s*+(?:[\w-]++\s++){0,2}[\w-]++\Z")
CLAUSE_AFTER_AND = lazy(r"\s++(?:[\w-]++\s++){0,3}?(" + FINITE_VERB.pattern + r")", re.I)
# A word for the attack just reported, again: "another strike", "a second attack".
ANOTHER = lazy(r"\b(another|a second|a third|a further|a new|one more|two more|"
                      # (not a habit: "despite the repeated attacks")
                      r"more|(?<!the )(?<!despite )repeated|the second|the same)\s+(\w+\s+)?"
                      r"(strikes?|attacks?|hits?|"
                      r"explosions?|blasts?)\b(?!\s+(on|against)\s+(ukraine|russia)\b)|"
                      # "the city was hit as well", "Zhytomyr was also struck"
                      r"\b(was|were|has been|have been) (also )?(hit|struck|targeted|attacked) "
                      r"(as well|too)\b|\b(was|were|has been|have been) also (hit|struck|"
                      r"targeted|attacked)\b", re.I)
# "In the Izmail district the attack damaged the port": the attack just told, named again
# with what it did.
THE_ATTACK_DID = lazy(r"\b(the|that|this)\s+((overnight|night|morning|latest|russian|"
                            r"enemy|massive|combined)\s+)?(attacks?|strikes?|raids?|"
                            r"bombardment|shelling)\s+(also\s+)?(damaged|hit|destroyed|killed|"
                            r"injured|wounded|caused|started|set fire|knocked out|cut)\b|"
                            # "In Nabatieh, a strike flattened a building": one of the
                            # attacks just told (a bare "strike" is no attack on its own)
                            r"\b(an?|one|two|three|four|five|several|at\s+least\s+\w+|\d+)\s+"
                            r"(more\s+|other\s+)?strikes?\s+(also\s+)?(flattened|levell?ed|destroyed|"
                            r"damaged|hit|struck|killed|wounded|injured|set fire)\b|"
                            # "Hits were recorded in Izmail": where the attack got through
                            r"\b(hits|impacts)\s+(were|have been|had been)\s+(also\s+)?"
                            r"(recorded|registered|reported|confirmed)\b|"
                            # "Two others got through and hit the port": the ones not downed
                            r"\b(the rest|the others|others|(one|two|three|four|five|six|\d+)"
                            r"(\s+(more|others?|of them))?)\s+(got through|broke through|"
                            r"reached (their |its )?targets?)\b", re.I)
# A report of no harm done, which negates no attack: "no one hurt", "without casualties"
NO_HARM = lazy(r"\b(no one|nobody|none)\s+(was\s+|were\s+)?(hurt|injured|killed|wounded)\b|"
                     r"\b(no|without)\s+(casualties|injuries|victims|deaths)\b", re.I)
# "hit a house", but not "no one was injured", "without casualties"
IMPACT_NOT_NEGATED = lazy(r"(?<!\bno one was )(?<!\bnobody was )(?<!\bnone were )"
                                 r"(?<!\bno )\b(hit|struck|damag(ed|ing)|killed|injur(ed|ing|ies)|"
                                 r"wound(ed|ing)|exploded|landed|got through|impacts?)\b", re.I)
# The target of the attack that another clause's debris or shoot-downs followed:
# "fragments were found near Plauru after overnight drone attacks on the port of Izmail"
# (read right before the place: the attack reached it).
AFTER_ATTACK_ON = lazy(r"\bafter\s+(an?\s+|the\s+)?([\w-]+\s+){0,3}?(attacks?|strikes?|"
                             r"raids?)\s+(on|against)\s+(the\s+)?([\w’'-]+\s+){0,4}?$|"
                             # "the fragments fell after Russian drones attacked port
                             # infrastructure in Izmail": the attack, told as a verb
                             r"\bafter\s+([\w-]+\s+){0,2}?(drones|missiles|shaheds|rockets)\s+"
                             r"(attacked|struck|hit|targeted)\s+([\w’'-]+\s+){0,4}?(in\s+|on\s+)?$",
                             re.I)
# Debris that comes from the weapons: "falling debris", "fragments of a downed drone".
WEAPON_DEBRIS = lazy(
    r"\b(falling|fallen|downed|drone|missile|rocket|shahed)\s+(debris|fragments|wreckage)\b|"
    # (or debris that did harm right after an interception: "Fragments damaged a house")
    r"\b(debris|fragments|wreckage)\s+((also\s+|then\s+|later\s+)?(fell|fall|falling|damaged|"
    r"hit|struck|injured|wounded|started|sparked|caused)\b|(from|of)\s+(an?\s+|the\s+)?"
    # ("wreckage of a second drone was found")
    r"(second\s+|third\s+|other\s+|another\s+)?"
    r"(downed|intercepted|destroyed|drones?|missiles?|rockets?|shaheds?|uavs?)\b)", re.I)
# The debris of weapons shot down: "fragments of a downed drone", "wreckage of the
# intercepted missiles".
DOWNED_DEBRIS = lazy(r"\b(debris|fragments|wreckage|remains)\s+(of|from)\s+(an?\s+|the\s+)?"
                           r"(downed|intercepted|destroyed|shot-down)\b", re.I)
# Words that point back at the weapons counted before: "others", "27 of them", "all".
# "seven more drones", "six other UAVs", "another missile": weapons besides those told
OTHERS_DOWNED = lazy(r"\b(more(?!\s+than\b)|other|another|further|additional)(\s+[\w-]+){0,2}?\s+"
                           r"(drones?|uavs?|shaheds?|gerans?|missiles?)\b", re.I)
TALLY = lazy(r"\b(others|the rest|remaining|most|all|both|some|them|they|these|"
                   r"locations?)\b|"
                   # a count in words as the subject: "Two more were brought down over Volyn",
                   # "Another was shot down over Ostrogozhsk"
                   r"\b(one|two|three|four|five|six|seven|eight|nine|ten|both|several|another)\s+"
                   r"(more\s+|others?\s+|of them\s+)?(were|was|have been|had been)\b|"
                   # "Two drones crashed in Moldova. One came down in a field near X"
                   r"\b(one|another|a second|the second|the other|the first|both)\s+(drone\s+|"
                   r"of them\s+)?(came down|crashed|fell)\b|"
                    r"(?<![\w-])\d+(?![\w-])", re.I)
# ("strike drones" name a kind of drone, not a hit)
IMPACT = lazy(r"\b(hit|hits|struck|strikes?(?![\s-]+(drones?|uavs?))|damag(ed|ing|es)|"
                    r"killed|kill(s|ing)|"
                     r"injur(ed|ing|ies)|wound(ed|ing)|exploded|destroying|landed|fell|"
                     r"got through|impacts?|reached|slammed|smashed|crashed into)\b", re.I)
# "...; both were shot down over the city": every weapon of the attack told before was
# intercepted.
# ("..., destroying all of them")
# The weapons that got through after a shoot-down: "nine were shot down, and the rest
# damaged a grain elevator", "4 were shot down, one hit a garage"
REST_HIT = lazy(r"\b(the rest|the others|others|the remaining|one|two|three|another)\s+"
                      r"(of them\s+|drones?\s+|shaheds?\s+|missiles?\s+|uavs?\s+)?(hit|struck|"
                      r"damaged|landed on|reached|exploded|got through)\b", re.I)
ALL_DOWNED = lazy(r"\b(both|all|all of them|each of them|every one of them)\s+"
                        r"(were|was|have been|had been)\s+(\w+\s+)?(intercepted|shot down|"
                        r"downed|destroyed|neutrali[sz]ed)\b|"
                        r"\b(destroying|downing|intercepting|shooting down|neutrali[sz]ing)\s+"
                        r"(all|both|every one|each)\b", re.I)
# "Air defence shot the drones down over the Izmail district": the weapons of the attack
# told just before, named again, were intercepted.
DEFINITE_DOWNED = lazy(r"\b((shot|brought) (the|these|those|all the|both) ([\w-]+ )?"
                             r"(drones|uavs|missiles|shaheds|gerans|rockets) down|"
                             r"(the|these|those|all the|both) ([\w-]+ )?"
                             r"(drones|uavs|missiles|shaheds|gerans|rockets) (were|had been) "
                             r"(all )?(shot down|downed|intercepted|destroyed|neutrali[sz]ed))\b",
                             re.I)
# What falls after an interception: its damage does not make the attack a hit.
DEBRIS = lazy(r"\b(debris|fragments|wreckage)\b", re.I)
STRONG_BOUNDARY = lazy(r"[;:—–]|\b(while|but|whereas|although|unless|until|if)\b", re.I)

# Ukraine's oblasts by the official adjectives of their names ("Kyivska oblast", "the
# Zhytomyrska and Vinnytska oblasts"): the English name and ISO 3166-2 code of each.
OBLAST_ADJECTIVES = {
    "vinnytska": ("Vinnytsia", "UA-05"), "volynska": ("Volyn", "UA-07"),
    "luhanska": ("Luhansk", "UA-09"), "dnipropetrovska": ("Dnipropetrovsk", "UA-12"),
    "donetska": ("Donetsk", "UA-14"), "zhytomyrska": ("Zhytomyr", "UA-18"),
    "zakarpatska": ("Zakarpattia", "UA-21"), "zaporizka": ("Zaporizhzhia", "UA-23"),
    "ivano-frankivska": ("Ivano-Frankivsk", "UA-26"), "kyivska": ("Kyiv", "UA-32"),
    "kirovohradska": ("Kirovohrad", "UA-35"), "lvivska": ("Lviv", "UA-46"),
    "mykolaivska": ("Mykolaiv", "UA-48"), "odeska": ("Odesa", "UA-51"),
    "poltavska": ("Poltava", "UA-53"), "rivnenska": ("Rivne", "UA-56"),
    "sumska": ("Sumy", "UA-59"), "ternopilska": ("Ternopil", "UA-61"),
    "kharkivska": ("Kharkiv", "UA-63"), "khersonska": ("Kherson", "UA-65"),
    "khmelnytska": ("Khmelnytskyi", "UA-68"), "cherkaska": ("Cherkasy", "UA-71"),
    "chernihivska": ("Chernihiv", "UA-74"), "chernivetska": ("Chernivtsi", "UA-77"),
}


def warm() -> None:
    """Compile every pattern now and build its gate: a process about to fork its workers
    does it once for them all, instead of each on its first documents."""
    for value in list(globals().values()):
        if isinstance(value, Gated):
            value.starts  # noqa: B018 - compiles the pattern and reads its start strings
