"""Word lists geoparsing reads text with: months, titles, kind words, cue words.

Kept apart from the rules in :mod:`geomap.geoparser` so that the vocabulary can be read
(and extended) at a glance.
"""

from __future__ import annotations

import re


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
    "three mr mrs ms dr st"
)
DETERMINERS = _words("the a an this that these those his her their its our my your")
CONNECTORS = _words(
    "of de la del du des da do dos das di le les al el upon on am an der "
    "den and y"
)
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
    "street st avenue ave road rd boulevard blvd lane drive square hall academy"
)
SPEECH_VERBS = _words(
    "said says told added wrote argued explained noted stated announced "
    "tweeted asked replied insisted warned claimed declared"
)
LOCATIVES = _words(
    "in at near outside from to into across around toward towards via "
    "throughout within between through of"
)
ADMIN1_WORDS = _words(
    "oblast oblasts region regions province provinces voivodeship "
    "governorate governorates state krai kray prefecture"
)
ADMIN2_WORDS = _words("county counties parish parishes borough raion rayon raions")
# Kind words of Ukraine's second-level units ("Bakhmut raion", "the Nikopol district") and
# of its hromadas ("the Bucha hromada"). A lower-case "community" is left out: "the
# Bilopillia community" in a report stands for the town, and the event stage weighs a town
# against its region; "Bucha Community", capitalised, is the hromada's name.
ADMIN2_UA_WORDS = _words("raion rayon district hromada")
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
# Nouns after a demonym that make it point at a place ("Ukrainian regions").
PLACE_NOUNS = _words(
    "region regions city cities town towns village villages territory territories soil "
    "border borders coast coastline port ports capital side airspace waters oblast oblasts "
    "province provinces land lands countryside frontier mainland-controlled mainland "
    "north south east west countryside settlements positions"
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
AP_STATE = re.compile(r"\s*,\s*(" + "|".join(re.escape(k) for k in AP_STATES) + r")\.")

# Kind words after a name: "Kherson Oblast", "Laurel County", "Kyiv city", "Medyka crossing".
KIND_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | CITY_WORDS | CROSSING_WORDS
# Rivers that share their name with a city or a region: "the Dnipro" is the river, the city
# goes without the article.
RIVERS_NAMED_LIKE_PLACES = _words("dnipro dnieper dnister dniester danube don desna donets "
                                  "inhulets oskil bug")
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
    "grad grads uragan uragans smerch tornado tornado-s iskander iskanders iskander-m kalibr "
    "kalibrs kinzhal kinzhals shahed shaheds geran gerans lancet lancets bayraktar bayraktars "
    "himars atacms zircon tsirkon oniks onyx tochka tochka-u krasnopol msta akatsiya "
    "gvozdika pion buk pantsir nasams iris-t orlan orlan-10 zala supercam mohajer molniya "
    "gerbera neptun vilkha bohdana"
)
# Model designations: letters, a hyphen, a number ("Kh-101", "X-59", "S-300", "Su-34",
# "Mi-8", "KAB-500", "TOS-1A", "Shahed-136"): weapons and aircraft, not places.
DESIGNATION = re.compile(r"^[A-Za-z]{1,7}-\d{1,4}[A-Za-z]{0,2}(?:/\d{1,4})?$")
# Organisations whose name holds a place: the name is not a mention of the place.
ORGANISATION_NAMES = (
    "Agence France-Presse", "Voice of America", "Kyiv Independent", "Kyiv Post",
    "Kyiv School of Economics", "Radio Free Europe", "Moscow Times", "Deutsche Welle",
    "Kharkiv Human Rights Protection Group", "Kyiv Security Forum",
    "Black Sea Fleet", "Baltic Fleet", "Northern Fleet", "Pacific Fleet",
)
# "the Odesa City Council": the town's council, not a place called "City".
ORGANISATION = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in ORGANISATION_NAMES)
                          + r"|City (?:Council|Hall|Military Administration|Administration))\b")

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
RIVER_WORDS = _words("river rivers")
# Plural kind words that end a list of names ("the Kherson and Mykolaiv regions").
PLURAL_KIND_WORDS = ("regions", "oblasts", "provinces", "states", "counties")
# ", Y region" / " in the Y oblast" / ", Y raion" right after a name.
REGION_AHEAD = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+)?)(?:[A-Z][\w'’-]*\s+){1,3}"
                          r"(?i:region|oblast|province|raion|rayon|district|krai|kray)\b")
# What introduces a list of regions ("regions – Donetsk, Luhansk ...", "provinces such as").
LIST_INTRO = re.compile(r"(?:regions|oblasts|provinces|states)\s*(?:[–—:-]|,)?\s*"
                        r"(?:of|including|such as|like)?\s*(?:the\s+)?$", re.I)
# Endings after a name and a hyphen that make it a place's adjective ("Kyiv-based").
HYPHEN_SUFFIX = re.compile(r"-(based|born|bound|led|backed|controlled|occupied|held|area)$",
                           re.I)
# Kind words around a name in a gazetteer query: "Kherson Oblast", "the region of Kherson",
# "the city of Kherson", "Medyka crossing".
QUERY_ADMIN_SUFFIX = re.compile(rf"^(?P<name>.+?)\s+(?:{'|'.join(ADMIN_WORDS)})$",
                                re.I)
QUERY_ADMIN_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:north|south|east|west)(?:ern|-?east(?:ern)?|-?west(?:ern)?)?\s+|"
    r"central\s+)?(?:region|province|oblast|state|county)\s+of\s+(?P<name>.+)$",
    re.I,
)
QUERY_CITY = re.compile(r"^(?:(?:the\s+)?(?:city|town|village)\s+of\s+(?P<a>.+)|"
                        r"(?P<b>.+?)\s+(?:city|town|village))$", re.I)
QUERY_CROSSING = re.compile(
    r"^(?P<name>.+?)\s+(?:border\s+)?(?:crossing(?:\s+point)?|checkpoint|border\s+post)$", re.I
)
