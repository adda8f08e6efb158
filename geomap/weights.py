"""Every scoring weight and threshold, named for what it means.

Grouped by stage: the gazetteer's priors (how prominent a place is before any text is
read), recognition (whether a capitalised word names a place at all), resolution (which
place a name means in its document), border crossings, and events (which trigger a place
belongs to, how confident an event is). The word lists these rules read are in
:mod:`geomap.vocabulary`.

Scores are on the scale of log10(population) of a locality: a town of 10,000 people has a
prior of about 4, a city of a million about 6.
"""

from __future__ import annotations

# ---------------------------------------------------------------- gazetteer priors

#: Prior of each kind other than a locality: a region beats a same-named town of under
#: ~40,000 people, a country beats every city (Mexico), a crossing beats both.
KIND_PRIOR = {"admin1": 4.6, "country": 6.0, "sea": 6.0, "continent": 8.0, "crossing": 7.0,
              "region": 6.5, "admin2": 3.8}
#: Floor of a country's prior; above it a country scores as a city of its population
#: plus COUNTRY_OVER_CITY, so that a small territory (Norfolk Island) does not drown out
#: its namesakes.
COUNTRY_OVER_CITY = 1.0
#: Added to a national capital's prior.
CAPITAL_BONUS = 1.5
#: Subtracted from the prior by how the name matched: an alternate name (another
#: language, an old name) or only a transliteration skeleton.
MATCH_PENALTY = {"primary": 0.0, "alternate": 0.7, "skeleton": 2.0}
#: Skeletons shorter than this merge too many unrelated names: never looked up.
MIN_SKELETON = 5
#: Subtracted from a city-level region (Kyiv City) when a same-named region is a candidate
#: too and the text asks for a region ("the Kyiv region" is the oblast around the city).
CITY_REGION_PENALTY = 1.0

# ---------------------------------------------------------------- recognition

#: Word frequency (Zipf scale) from which a name of a small place is taken for the word
#: ("bath", "chase", "liberty").
COMMON_ZIPF = 4.3
#: A sentence-initial word this frequent, followed by a determiner, is a verb ("Reading the
#: report").
INITIAL_VERB_ZIPF = 4.0
#: A sentence-initial word this frequent is the word whatever shares its name ("Man",
#: "God"; not "America" at 5.2 or "London" at 5.3).
VERY_COMMON_ZIPF = 5.5
#: A sentence-initial word this frequent is the word unless it names a big place or a kind
#: word follows; also the frequency from which a kept name counts as weaker evidence.
INITIAL_WORD_ZIPF = 3.5
#: A place this big is known by its name, word or not; and a name of such a place is
#: surely a place (it never reads as a first name or surname next to it).
COMMON_POP = 100_000
#: Below this population a single name before another capitalised word is a first name,
#: and before a speech verb ("X said") a person.
SPEECH_POP = 1_000_000
#: Text in capitals (:mod:`geomap.recase`): runs of at least this many words in capitals
#: are recased (shorter ones are headings or acronyms, "NATO AND EU", left as written) ...
CAPS_RUN_WORDS = 5
#: ... names of at most this many words are looked up whole ("SEA OF AZOV") ...
CAPS_NAME_WORDS = 4
#: ... a city this big keeps its capital ("PARIS", "LONDON"; not "NICE" or "READING") ...
CAPS_CITY_POP = 1_000_000
#: ... and other words this frequent become lower case ("REGION", "CITY"); rarer words keep
#: a capital (people's names, which the person rules need) and recognition decides on them
#: as in prose. (A word at :data:`VERY_COMMON_ZIPF` or more is lower case even when it
#: names a country or region: "DOWN", "MAY".)
CAPS_COMMON_ZIPF = 4.5
#: ... and so do words this frequent ("ARTILLERY", "DISTRICTS") unless they are the own
#: name of a town this big ("ATLANTA", "AMSTERDAM"; "LYMAN", a rarer word, keeps its capital
#: whatever its size).
CAPS_WORD_ZIPF = 3.5
CAPS_TOWN_POP = 100_000  # (the size of that town)
#: ... and rarer words down to this frequency ("SHELLED", "FATALITIES") unless the own name
#: of a town this big
CAPS_RARE_WORD_ZIPF = 3.0
CAPS_SMALL_TOWN_POP = 10_000
#: Evidence that a recognised name is a place at all (feeds the confidence): the default,
#: and what a locative before it adds and a common word takes away.
STRENGTH = 1.0
LOCATIVE_STRENGTH = 0.3
COMMON_WORD_STRENGTH = 0.3
#: Strength of a demonym before a place noun ("Ukrainian regions").
DEMONYM_STRENGTH = 0.8
#: Strength of a name before "-based", "-controlled" ("Kyiv-based").
HYPHENATED_STRENGTH = 1.2

# ---------------------------------------------------------------- resolution

#: The most a document's other names add for a candidate in the country they point to
#: (scaled by the square root of their share of the votes).
CONTEXT_COUNTRY = 4.0
#: Added for a candidate in a first-level region the other names vote for (capped at one
#: vote's worth).
CONTEXT_ADMIN1 = 2.5
#: Added for a candidate in a raion (second-level region) another name of the text chose.
CONTEXT_RAION = 1.0
#: A vote for a country or a region counts this much more than a town's.
REGION_VOTE_WEIGHT = 1.5
#: Context counts this much for a village that merely has the name as an alternate
#: ("Moldova"), which needs more than context to beat the country itself ...
ALTERNATE_CONTEXT_WEIGHT = 0.5
#: ... unless it is a city this big and no candidate is a country.
ALTERNATE_CONTEXT_POP = 1_000_000
#: ... nor a region's centre spelt this nearly as the region (0 to 1, difflib's ratio):
#: "Mykolayiv" and the Mykolaiv region share the text's context.
CENTRE_SPELLING = 0.8
#: Added for a candidate of the kind a kind word asks for ("Kherson Oblast").
HINT_BONUS = 4.0
#: Taken from a city when a region word follows its name and a region of that name is a
#: candidate: more than any context can give.
REGION_WORD_PENALTY = 100.0
#: The most added for a candidate of the kind the other names of its list chose ("New
#: Jersey and New York"): LIST_KIND_BASE plus LIST_KIND_STEP per agreeing name.
LIST_KIND_BONUS = 2.5
LIST_KIND_BASE = 1.0
LIST_KIND_STEP = 0.5
#: Bonus of a town of the region that all the other towns of its list lie in, when there
#: are at least LIST_REGION_MIN of them ("Orikhiv, Huliaipole and Kamianske").
LIST_REGION_BONUS = 1.0
LIST_REGION_MIN = 2
#: Added for a candidate in the country or region a qualifier names ("Odessa, Texas").
QUALIFIER_BONUS = 6.0
#: Candidates scored per name, best prior first.
MAX_CANDIDATES = 12
#: Score gap assumed when a name has one candidate only (confidence about 0.98).
LONE_CANDIDATE_MARGIN = 4.0
#: Confidence = sigmoid(margin) * min(1, STRENGTH_BASE + STRENGTH_SCALE * strength).
STRENGTH_BASE = 0.6
STRENGTH_SCALE = 0.3
#: Confidence of a name known only as small settlements, before they are weighed, and of a
#: stated-region reading nothing else scored.
SETTLEMENT_CONFIDENCE = 0.3
REGION_CONFIDENCE = 0.5
#: Confidence kept by a lone small settlement after a locative in a text about its country.
LONE_SETTLEMENT_FACTOR = 0.8
#: The only settlement of its name, in a text about its country, is kept within this many
#: km of the document's other places (a front-line village a report names beside far-off
#: towns).
LONE_SETTLEMENT_KM = 250.0
#: Below this population a town needs support from the rest of the document.
SMALL_PLACE = 100_000
#: "the Bush administration", "the Jackson administration": a name before "administration"
#: is a leader's when every place of the name is a town under this population (a big city,
#: "the Kharkiv administration", keeps its own).
LEADER_NAME_POP = 500_000
#: "X, Y and Z" with X and Y cities this big, X outside region Y, is a list of cities
#: ("Kyiv, Odesa and Dnipro"), not X placed in Y.
LISTED_CITY_POP = 50_000
#: "the village of Murom": no town of this population or more is a village (Murom, the city
#: of 120,000, is not meant while the village of that name is a candidate).
VILLAGE_MAX_POP = 30_000
#: Votes below this are no votes.
NO_VOTES = 0.01
#: km: a settlement this close to another place of the document is "near" it.
NEAR_KM = 75.0
#: A town at least DECISIVE_POP big, and DECISIVE_RATIO times any namesake, is the one
#: meant among the settlements of its name.
DECISIVE_POP = 2_000
DECISIVE_RATIO = 10
#: A town this big is the one meant whatever villages share its name.
TOWN_POP = 20_000
#: Settlements of one name that make a bare name ambiguous ("Mykhailivka").
MANY_NAMESAKES = 3

# ---------------------------------------------------------------- border crossings

#: km: the two named sides of a crossing ("Dorohusk-Yahodyn") are at most this far apart.
CROSSING_PAIR_KM = 30.0
#: km: a lone named side is at most this far from the border it crosses.
CROSSING_SIDE_KM = 20.0
#: km: a settlement this near a sea is on its coast (for names told from the sea).
COAST_KM = 15.0
#: km: in a sentence about crossings, the namesake nearest the border is the crossing's
#: village when it is at least this much nearer than the next.
BORDER_NAMESAKE_MARGIN_KM = 2.0
#: Score of a pair of sides: -km / CROSSING_KM_SCALE + CROSSING_PRIOR_SHARE * (the sum of
#: their priors): each km apart costs as much as a tenfold population of one side adds. A
#: lone side scores its prior - km / CROSSING_KM_SCALE.
CROSSING_KM_SCALE = 10.0
CROSSING_PRIOR_SHARE = 0.1

# ---------------------------------------------------------------- events

#: Confidence of an event found by a trigger; an incident's confidence is this times its
#: place's.
EVENT_CONFIDENCE = 0.9
#: Distances, in characters, from a trigger to a place when a sentence reports several
#: types: a trigger after the place counts as this much further than one before it ...
TRIGGER_AFTER_PENALTY = 60
#: ... each clause boundary between them (";", ":", "but", ", and") as this much ...
TRIGGER_BARRIER_PENALTY = 200
#: ... and triggers within this much of the nearest share the place.
TRIGGER_TIE = 25
#: Characters after a trigger that only names a weapon ("an FPV drone") read for the verb
#: that tells what it did ("... attacked his team").
WEAPON_VERB_REACH = 30
#: Sentences back that "the city", "the region" may look for the place they stand for.
ANAPHOR_REACH = 2
#: How many sentences with neither a trigger nor a place an event told with no place is
#: carried through, waiting for its place ("Drones attacked overnight. Most were
#: destroyed. In Nikopol a house was damaged."); past them the text has moved on.
UNPLACED_REACH = 3

#: A city: a settlement this populous, whose districts a report may name alone ("the
#: Kyivskyi district") ...
CITY_POP = 50_000
#: ... and a "district" read as a settlement farther than this (km) from the city named
#: before it is one of the city's districts, not that settlement.
CITY_DISTRICT_KM = 50.0
#: A place heading a line ("Gusev: ...") farther than this (km) from every place the line
#: tells of is who speaks or files, not where the event happened.
HEADING_FAR_KM = 300.0
#: A site named after a place this far or more from the town the text puts it by is read
#: as that town's ("the Kresty airfield outside Pskov": no Kresty known near Pskov).
SITE_NAME_FAR_KM = 100.0
#: An opening phrase of at most this many words before a sentence's first comma
#: ("A year ago, ...", "Last year, ...") dates the whole sentence.
OPENING_WORDS = 6
#: Characters either side of a place read for the status its part of a sentence states
#: when its own clause states none ("...; at Dorohusk, the blockade continues").
STATUS_REACH = 160
#: A town farther than this (km) from any land border of its country is not where a
#: border blockade is ("farmers blocked motorways near Toulouse").
BLOCKADE_BORDER_KM = 30.0
#: A city with a region's status (Sevastopol, Kyiv) named with the region around it
#: ("Sevastopol, Crimea") lies within this many degrees (about 15 km) of its outline.
LOCATOR_DEGREES = 0.15
#: An attack dated, with its year, this many days or more before the report was published
#: ("On December 30, 2023, a rocket attack on Belgorod killed 25", in March 2024) is
#: background the report recalls, not its news.
BACKGROUND_DAYS = 14
#: ... and in a review of a week or a month (its heading names its period: "December in
#: the skies", "the week in brief"), published up to a week after it, only this many days
#: back: the period's attacks are its news.
REVIEW_BACKGROUND_DAYS = 40
#: An attack dated by last month alone ("in early October", in a report of 18 November) is
#: background once this many days of the report's month have passed.
FRESH_MONTH_DAYS = 7
#: In a text that names no border, crossing or checkpoint, roads blocked in a town this big
#: (or in a region or country alone) are no border blockade ("protesters blocking highways
#: in Tel Aviv"); a village's name may stand for its crossing ("farmers blocked Medyka").
CITY_BLOCKADE_POP = 100_000
#: "the village" refers to no place bigger than this (nor to a capital): "Residents of
#: Kirants blocked a road in the village", in a text datelined YEREVAN.
VILLAGE_MAX_POP = 50_000
#: Characters after a weapon read for the words that make it a statistic's category
#: ("... and glide bombs together accounted for more than half of them").
SHARE_CHARS = 100

#: A report this many days or more into its year that counts "in <that year>" gives the
#: year's total so far, not the news of its last days (earlier, "in 2025" may be a week).
YEAR_SPAN_DAYS = 31

#: "Cologne-Deutz": a hyphenated name whose whole is no place is read as its first part
#: when that is a city of at least this many people (a city and one of its quarters).
CITY_DISTRICT_POP = 100_000
