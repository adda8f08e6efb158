"""Events: which of a sentence's places an event happened at.

The sentence's place mentions minus those that are not where it happened: the speaker's
city ("said in Ankara"), organisations ("Kyiv's military administration", "Kyiv-based"),
origins ("launched from Russia"), destinations ("lorries heading to Ukraine"), actors
("Russia attacked ..."), and regions or countries named only to locate a town. A type may
prefer some kinds of place (crossings for blockades, seas for mine clearing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import vocabulary as V
from . import weights as W
from .crossings import km_between
from .gazetteer import default_index, is_region_named
from .models import Mention
from .screens import Screened, joined
from .taxonomy import EventType


FINE_KINDS = frozenset({"locality", "admin1", "admin2", "crossing", "sea", "region"})


# "on the Polish side": a country's side of a border, not a place of its own (a town's
# side, "the Dorohusk side", is that town).
_SIDE_AFTER = re.compile(r"^\s+side\b", re.I)
# "Chisinau - Moldovan police cordoned off ...": a dateline in title case opens a text with a
# dash.
# (not a crossing's pair heading its line: "Dorohusk - Yahodyn: freight traffic blocked")
_TITLE_DATELINE_AFTER = re.compile(r"(,\s+\d{1,2}\s+[A-Z][a-z]+\.?(\s+\d{4})?|,\s+[A-Z][a-z]+\.?\s+\d{1,2}"
                                   r"(,\s+\d{4})?)?"
                                   # ("Kyiv (AFP) - Ukraine on Saturday mourned ...")
                                   r"(\s+\((AFP|Reuters|AP|dpa|EFE|ANSA|Xinhua|Anadolu|UPI|"
                                   r"Bloomberg|Ukrinform|Interfax|TASS|RIA|PAP|BTA|Agerpres)\))?"
                                   r"\s+[—–-]\s+[A-Z](?![\w’'-]*+\s*:)")
# "MOSCOW (AP) -": a dateline says where the report was filed.
# ("MOSCOW, Aug 6 (Reuters) -", "DNIPRO, Ukraine, June 28 -": a country and a day may
# come between; a dash lost in decoding is U+FFFD)
_DATELINE_AFTER = re.compile(r"^(/[A-Z][\w'’.-]*)*(,\s+[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*)?)?"
                             # "KYIV, Sept. 10 -", "MOSCOW, 10 September 2024 —"
                             r"(,?\s+(\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                             r"(,?\s+\d{4})?)?"
                             r"\s*(\([^()]{1,40}\)\s*)?[-—–\ufffd]")


# "KYIV, Ukraine": the dateline's city in capitals before its country.
# ("MOSCOW/VILNIUS —": the second of a dateline's cities)
_DATELINE_CITY_BEFORE = re.compile(r"\W{0,3}[A-Z][A-Z'’.-]+(\s[A-Z][A-Z'’.-]+)?(,\s+|/)$")


# "the city", "the port", "the naval base": where the report was filed, when it says so.
_DATELINE_REFERENCE = re.compile(r"\b(the|this) (city|town|village|port|harbou?r|"
                                 r"(naval |air )?base|airbase|airfield|refinery)\b", re.I)


def dateline_referred(text: str, mentions: list[Mention], read: str,
                      start: int, local: bool = False) -> list[Mention]:
    """"NOVOROSSIYSK, Nov 10 - Sea drones attacked the naval base at dawn": the place of the
    dateline, when the sentence that opens with it names no other place and refers to the
    place it was filed from (``read`` is the sentence, starting at ``start``); for work
    done where it is reported (``local``: "DRESDEN - Bomb disposal experts defused a
    250-kilogram bomb"), whatever the sentence says."""
    if len(mentions) != 1 or start != 0:
        return []
    m = mentions[0]
    after = text[m.end:m.end + 60]
    if not (m.start < 3 and m.text.isupper() and _DATELINE_AFTER.match(after)):
        return []
    return [m] if local or _DATELINE_REFERENCE.search(read, m.end - start) else []


# "Tetkino (Glushkovskiy, Kursk)": a place's raion and region in brackets after it, as
# coded event notes give them, only say where it lies.
_LOCATOR_OPEN = re.compile(r"[A-Z][\w'’.-]*\s*\((?:[A-Z][\w'’. -]{0,30},\s*)?$")
_LOCATOR_CLOSE = re.compile(r"(?:\s+(?:obl\.?|oblast|region|raion|district|province|county))?"
                            r"(?:,\s*[A-Z][\w'’. -]{0,30})?\)")
_COMMA = re.compile(r",\s*")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
# What joins a place to the region that locates it: "near Chilia Veche, Tulcea county",
# "near the village of Oserdow in the Lublin region".
_LOCATING_GAP = re.compile(r",\s*(in\s+(the\s+)?)?|\s+in\s+(the\s+)?")
_RAION_AFTER = re.compile(r"\s+(raion|rayon)\b", re.I)
# "Sfantu Gheorghe, Tulcea county", "Naslavcea, Ocnita district": the county a village lies in.
_COUNTY_AFTER = re.compile(r"\s+(county|district|municipality|commune|parish)\b", re.I)
_RAION_GAP = re.compile(r",\s*|\s*\(\s*")
# Searched in the window before each place (see Screened)
# "from Cape Chauda in ", "from Millerovo airfield in ": where weapons left, by a name that
# is not a known place (a known one is read as the origin itself).
_UNKNOWN_ORIGIN_BEFORE = re.compile(r"\b(?:launched|fired|flew|flying|took off|came|and|or|"
                                    # "17 Shahed attack drones from Cape Chauda in occupied
                                    # Crimea"
                                    r"(?i:drones|missiles|uavs|shaheds))\s+from\s+"
                                    r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:(?i:airfield|air base)\s+)?"
                                    r"(?:in|on|near)\s+(?:the\s+)?"
                                    r"(?:(?i:temporarily\s+)?(?i:occupied|annexed)\s+)?"
                                    # "36 Shahed-type UAVs from Cape Chauda and Kursk": the
                                    # list of sites goes on
                                    r"|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?:,\s+|\s+(?:and|or)\s+))$")
# "Millerovo and Morozovsk in the Rostov region, from which Su-34s fly glide-bomb
# sorties": the bases the weapons leave from (the names of its list and the region they lie
# in may come between).
_BASE_OF_AFTER = re.compile(r"(\s+(region|oblast|krai|province))?"
                            r"((\s*,\s*|\s*,?\s+(and|or)\s+)(?-i:[A-Z])[\w'’-]*+"
                            r"(\s+(?-i:[A-Z])[\w'’-]*+){0,2}){0,6}+"
                            r"(\s+(in|near|outside)\s+(the\s+)?(?-i:[A-Z])[\w'’-]*+"
                            r"(\s+(?-i:[A-Z])[\w'’-]*+){0,2}(\s+(region|oblast|krai|province))?)?"
                            r"\s*,?\s*(from\s+(which|where)|whence)"
                            # (and who says so: "from which, he said, the campaign is run")
                            r"(\s*,\s*[^,.;]{1,30},)?\s++([\w'’-]++\s++){0,5}?"
                            r"(fly|flies|flew|flown|take\s+off|takes\s+off|took\s+off|"
                            r"launch(es|ed)?|fire[sd]?|operate[sd]?|strike[sd]?|struck|sorties|"
                            r"are\s+launched|were\s+launched|are\s+fired|were\s+fired|"
                            r"(is|are|was|were)\s+(run|conducted|carried\s+out|mounted|staged|"
                            r"directed))\b", re.I)
# (not a base struck: "Drones struck Morozovsk, from where the jets had taken off")
_STRUCK_BEFORE = re.compile(r"\b(struck|strikes?|hit|hits|attacked|attacks?|targeted|targeting|"
                            r"shelled|bombed|pounded|raided|on|at|against)\s+(the\s+)?"
                            r"([\w-]+\s+){0,3}$", re.I)
_WAY_TO_BEFORE = re.compile(r"\b(road|route|highway|motorway)\s+(leading\s+)?(to|towards?)\s+"
                            r"(the\s+)?$", re.I)
_ASKED_BEFORE = re.compile(r"\b(pushed|pushing|pressed|pressing|urged|urging|asked|asking|"
                           r"lobbied|lobbying|persuaded|convinced|called\s+on|calling\s+on)\s+$",
                           re.I)
_ASKED_TO_AFTER = re.compile(r"\s+to\s+(allow|permit|lift|let|approve|authori[sz]e|provide|"
                             r"send|supply|deliver|give|drop|ease)\b", re.I)
_WATER_PART_AFTER = re.compile(r"\s+(branch|arm|channel|estuary|lagoon|firth)\b", re.I)
# The longest time that opens a live blog's entry ("16.20 Kyiv –").
_ENTRY_TIME_CHARS = 20
# How near a place named before must be for the words after it to locate it.
_NEAR_NAME = 60
_COAST_OF_AFTER = re.compile(r"['’]s\s+([\w-]+\s+){0,3}?(coast|coastline|shores?)\b", re.I)
_LOCATOR_OUTSIDE = re.compile(r",\s*outside\s+(of\s+)?(the\s+)?", re.I)
_OUTSIDE_BEFORE = re.compile(r"\boutside\s+(of\s+)?(the\s+)?$", re.I)
_LISTED = re.compile(r"\s*(,|,?\s+and|,?\s+or)\s+")
_AND_LISTED = re.compile(r",?\s+(and|or)\s+")
_SPEAKER = Screened(V.SPEAKER)
_DESTINATION = Screened(V.DESTINATION)
_NOT_HERE_BEFORE = Screened(V.NOT_HERE_BEFORE)
_FRONT_BEFORE = Screened(V.FRONT_BEFORE)
_ALERT_BEFORE = Screened(V.ALERT_BEFORE)
# Words that put the name after them somewhere the event was not: the way a weapon flew ("a
# drone flown 2,000 kilometres up the Red Sea"), a water body named after a town ("the bed
# of the Gulf of Gdansk"), a route ("train No. 137/138 Kherson - Kyiv"), what a bridge links
# ("linking occupied Kherson region with Crimea"), a unit's base ("the Engineer Battalion in
# Sered"), a port ships sailed for ("tankers sailing toward the port of Novorossiysk"); one
# search for them all.
_ELSEWHERE_BEFORE = Screened(joined((V.FLOWN_ALONG_BEFORE, V.FEATURE_OF_BEFORE, V.ROUTE_BEFORE,
                                     V.LINKING_BEFORE, V.UNIT_SEAT_BEFORE, V.BOUND_FOR_PORT)))


def spoken_at(text: str, mention: Mention) -> bool:
    """Whether the place is where someone spoke, met or gathered ("talks in Sochi", "the
    ministry in Moscow said"; not one that was hit: "missiles fired at a headquarters in
    Erbil")."""
    before = text[max(0, mention.start - 80):mention.start]
    return _SPEAKER.search(before) is not None and V.TARGETED_SEAT.search(before) is None


# (a seat of government is a place only when something happens at it: "drones shot down
# over the Kremlin")
_AT_THE_SEAT_BEFORE = re.compile(r"\b(at|on|over|near|above|into|inside|outside|towards?|"
                                 r"hit|hitting|struck|striking|targeted|targeting|attacked|"
                                 r"attacking)\s+(the\s+)?$", re.I)


def _is_incident_place(text: str, mention: Mention, etype: EventType,
                       previous: Mention | None) -> bool:
    before = text[max(0, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 60]
    if mention.text.lower() in V.GOVERNMENT_SEATS and not _AT_THE_SEAT_BEFORE.search(before):
        return False
    line = text.rfind("\n", 0, mention.start) + 1
    if (mention.start - line < _ENTRY_TIME_CHARS
            and (entry := V.ENTRY_TIME.match(text, line)) and mention.end <= entry.end()):
        return False  # "16.20 Kyiv – Two guided bombs hit ... in Kharkiv": the entry's clock
    if _LOCATOR_OPEN.search(before) and _LOCATOR_CLOSE.match(after):
        return False
    if spoken_at(text, mention) or names_no_place(text, mention, acts=False):
        return False
    if previous is not None and (V.APPOSITIVE.match(text[previous.end:mention.start])
                                 or V.LOCATED_ON.match(text[previous.end:mention.start])
                                 or previous.place.kind == "locality"
                                 and V.NEAR_TOWN.match(text[previous.end:mention.start])):
        return False
    if (previous is not None and previous.place.kind == "locality"
            and _RAION_GAP.fullmatch(text, previous.end, mention.start)
            and (_RAION_AFTER.match(after) or _COUNTY_AFTER.match(after))):
        # "Prymorske, Zaporizhzhia raion", "Stepnohirsk (Zaporizhzhia raion, ...)": the raion
        # (of a city's name) it lies in
        return False
    # (a blockade stands on the road to its crossing: "parked their tractors across the
    # road to Dorohusk")
    if V.ON_SEA_COAST.search(before) and V.SEA_COAST_AFTER.match(after) and (
            mention.place.kind == "sea" or previous is not None
            and mention.start - previous.end < _NEAR_NAME):
        # "the Tuapse refinery on Russia's Black Sea coast", "the Yeysk airfield on the Azov
        # coast": the coast that locates the place named before
        return False
    if (previous is not None and previous.place.kind == "country"
            and _POSSESSIVE_GAP.fullmatch(text, previous.end, mention.start)
            and mention.place.country_code not in (None, previous.place.country_code)):
        return False  # "Iraq's Kurdistan region" read as Iran's province: not what is said
    if _ELSEWHERE_BEFORE.search(before) or (mention.place.kind == "admin1"
                                            and V.SEAT_BEFORE.search(before)) or (
            V.UNIT_SEAT_AFTER.match(after) and V.FROM_BEFORE.search(before)):
        return False  # a way, a water body, a route, a link, a base, a seat, a port sailed for
    if (_DESTINATION.search(before) and not (
            V.ROAD_TO_BEFORE.search(before) and V.CROSSING_WORD_AFTER.match(after)
            or "crossing" in etype.prefer and V.ACCESS_ROAD_TO_BEFORE.search(before)
            or "crossing" in etype.prefer and V.BLOCKED_IT_AFTER.match(
                text, mention.end, mention.end + 200))
            or re.match(r"-bound\b", after) or V.MADE_IN_AFTER.match(after)
            or mention.place.kind == "country" and V.GOODS_TO_BEFORE.search(before)):
        return False  # (nor where weapons were made: "US-made ATACMS missiles")
    if "crossing" in etype.prefer and (V.ALTERNATIVE_BEFORE.search(before)
                                       or V.ALTERNATIVE_AFTER.match(after)
                                       or V.DIRECTION_OF_BEFORE.search(before)):
        # "recommending the Beregsurany crossing as an alternative", "said at the crossing
        # east of Michalovce" (the town that says where the crossing is)
        return False
    if "crossing" not in etype.prefer and _WAY_TO_BEFORE.search(before):
        return False  # "mines removed from fields next to the road to Mykolaiv": a way's end
    if mention.place.kind == "locality" and _WATER_PART_AFTER.match(after):
        return False  # "a mine found in the Kiliia branch near Vylkove": the river's arm
    if mention.place.kind != "sea" and _COAST_OF_AFTER.match(after):
        return False  # "off Sile on Istanbul's Black Sea coast": the coast it names
    if _OUTSIDE_BEFORE.search(before) and (
            mention.place.kind in ("admin1", "country") or previous is not None
            and _LOCATOR_OUTSIDE.fullmatch(text, previous.end, mention.start)):
        # "the first such strike on a Russian port outside Crimea"; "a field near
        # Czosnowka, outside Biala Podlaska" (the town that says where the village is)
        return False
    if V.EXAMPLES_BEFORE.search(before) or (
            previous is not None and _LISTED.fullmatch(text, previous.end, mention.start)
            and V.EXAMPLES_BEFORE.search(text, max(0, previous.start - 40), previous.start)):
        return False  # "towns such as Vovchansk and Chasiv Yar": examples of a kind
    if V.PEOPLE_OF_AFTER.match(after) or (mention.place.kind != "country"
                                          and V.PEOPLE_ELSEWHERE_BEFORE.search(before)):
        return False  # "a Cork family in anguish after a drone hit their relatives in Odesa"
    if (_NOT_HERE_BEFORE.search(before)
            # (nor the next of a list, "teams based in the Kharkiv and Kherson regions"; not
            # an apposition, "its crossing with Ukraine, Vysne Nemecke")
            or previous is not None and _AND_LISTED.fullmatch(text, previous.end, mention.start)
            and _NOT_HERE_BEFORE.search(text[max(0, previous.start - 80):previous.start])
            or V.DESCRIPTOR_AFTER.match(after) and not V.UNIT_OF_REGION_AFTER.match(after)
            or mention.place.kind == "country" and (_SIDE_AFTER.match(after)
                                                    or V.TROOPS_AFTER.match(after)
                                                    or V.ATTACKER_AFTER.match(after))):
        return False
    # (the dateline opens the text, or the line after its headline)
    line = _dateline_line(text, mention.start)
    if mention.start - line < 3 and (
            mention.text.isupper() or mention.start == line and mention.place.kind == "locality"
            and _TITLE_DATELINE_AFTER.match(after)) and _DATELINE_AFTER.match(after):
        return False
    if (mention.start - line < 40 and _DATELINE_CITY_BEFORE.match(text, line, mention.start)
            and _DATELINE_AFTER.match(after)):
        return False  # "KYIV, Ukraine (AP) -": the country of the dateline
    if etype.hypothetical == "drop":  # attacks: the origin and the attacker are not targets
        if V.ORIGIN.search(before):
            return False
        if (_BASE_OF_AFTER.match(text, mention.end, mention.end + 200)
                and not _STRUCK_BEFORE.search(before)):
            return False  # "Millerovo, from which Su-34s fly glide-bomb sorties": a base
        if (V.LAUNCH_SITES_BEFORE.search(before) and V.LAUNCH_SITES_AFTER.match(after)
                and V.LAUNCHED.search(text, max(0, mention.start - 300), mention.start)):
            return False  # "... launched from the Kursk region) and 78 UAVs (Kursk, Oryol)"

        if (far := _UNKNOWN_ORIGIN_BEFORE.search(before)) is not None and (
                previous is None or previous.end <= mention.start - len(before) + far.start()):
            return False  # "launched from Cape Chauda in Crimea": a site no gazetteer names
        if _passed_by(text, mention) or (
                previous is not None and _LOCATING_GAP.fullmatch(text, previous.end, mention.start)
                and _passed_by(text, previous)):
            # "crossed Moldovan skies near Mocra on its way to ...": passed by (and the
            # region that locates such a place: "near Chilia Veche, Tulcea county")
            return False
        if mention.place.kind == "country" and (V.ACTOR_AFTER.match(after)
                                                or V.ACTOR_BEFORE.search(before)):
            return False
        if _ASKED_TO_AFTER.match(after) and _ASKED_BEFORE.search(before):
            return False  # "pushed Washington to allow Storm Shadow strikes": asked
        if mention.place.capital and V.CAPITAL_ACTOR_AFTER.match(after):
            return False  # "Moscow stepped up strikes on ...": the government that attacks
        if (mention.place.capital or mention.place.kind == "country") and V.BY_GOVERNMENT.search(
                before):
            return False  # "officials installed by Moscow said": the government behind them
    return True


def _dateline_line(text: str, at: int) -> int:
    """Where the line of offset ``at`` starts, when it is the text's first or the first after
    a headline (one line, no full stop); else 0."""
    line = text.rfind("\n", 0, at) + 1
    head = text[:line].strip()
    return line if line and head and "\n" not in head and not head.endswith(".") else 0


def names_no_place(text: str, mention: Mention, acts: bool = True) -> bool:
    """Whether the name stands for an actor, an organisation or a clock, not a place
    ("the Kyiv regime", "Kyiv's air force", "Kremlin-backed", "Moscow time"; with
    ``acts``, a capital that acts: "Kyiv tried to attack"): a word that refers back ("the
    city") does not mean it."""
    after = text[mention.end:mention.end + 60]
    return bool(V.REGIME_AFTER.match(after) or V.BRANCH_AFTER.match(after)
                or V.FORCE_OF_TWO_AFTER.match(after)
                or V.FIRM_AFTER.match(after) and V.INDEFINITE_BEFORE.search(
                    text, max(0, mention.start - 5), mention.start)
                or mention.place.kind == "sea" and V.SEA_THING_AFTER.match(after)
                or V.ORG_AFTER.match(after) and not (mention.place.kind != "country"
                                                     and V.LOCAL_AUTHORITY_POSS.match(after))
                or V.ACTOR_SUFFIX_AFTER.match(after) or V.TIME_ZONE_AFTER.match(after)
                or V.GOVERNMENT_AFTER.match(after)
                or acts and mention.place.capital and V.CAPITAL_ACTOR_AFTER.match(after))


def _passed_by(text: str, mention: Mention) -> bool:
    """Whether a weapon only flew past the place on its way on ("crossed Moldovan skies
    near Mocra on its way to targets in Ukraine")."""
    return (V.TRANSIT_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None
            and V.ONWARD_AFTER.match(text, mention.end, mention.end + 120) is not None)


def _incident_place(text: str, mention: Mention, etype: EventType, previous: Mention | None,
                    checked: dict | None) -> bool:
    """:func:`_is_incident_place`, kept in ``checked`` (one document's) for the other types
    that report the same places: of the type it reads only whether attacks drop origins."""
    if checked is None:
        return _is_incident_place(text, mention, etype, previous)
    key = (mention.start, -1 if previous is None else previous.start,
           etype.hypothetical == "drop")
    found = checked.get(key)
    if found is None:
        found = checked[key] = _is_incident_place(text, mention, etype, previous)
    return found


def choose_places(text: str, mentions: list[Mention], etype: EventType,
                  aside_from: int | None = None, checked: dict | None = None) -> list[Mention]:
    # (a blockade of crossings is never at sea: "a year and a half of blockade" of the
    # Black Sea ports is a navy's)
    kept = [m for prev, m in zip([None, *mentions], mentions) if m.place.kind != "continent"
            and not (m.place.kind == "sea" and "crossing" in etype.prefer)
            and (aside_from is None or m.start < aside_from)
            and _incident_place(text, m, etype, prev, checked)]
    if etype.hypothetical == "drop":
        kept = drop_origin_lists(text, mentions, kept)
    kept = _drop_destination_lists(text, mentions, kept)
    kept = _drop_containers(text, kept)
    kept = _one_place_per_site(text, kept)
    kept = _drop_heading(text, kept)
    if etype.hypothetical == "drop":
        kept = _drop_context(text, kept)
    # A place that only speaks ("the governor of Belgorod Oblast said", "the Kharkiv
    # Regional Military Administration") counts only when the sentence names no other.
    # A country or a capital that speaks is its government ("Russia said ..., but Yerevan
    # said shelling continued"): no place of the event, even alone.
    # (unless it is the target too: "Kyiv says it shot down all drones launched at the
    # capital")
    kept = [m for m in kept if not ((m.place.kind == "country" or m.place.kind == "locality"
                                     and m.place.capital)
                                    and V.SPEAKER_AFTER.match(text, m.end)
                                    and not _CAPITAL_AFTER.match(text, m.end))]
    spoken = [m for m in kept if is_spoken(text, m)]
    if spoken and len(spoken) < len(kept):
        spoken_at = {m.start for m in spoken}  # a set: long lists stay linear
        # (the same place named again is no other: "east of Sulina; ... the Sulina channel")
        spoken_ids = {m.place.id for m in spoken}
        others = [m for m in kept if m.start not in spoken_at and m.place.id not in spoken_ids]
        if others:
            # (a landmark the event is measured from is finer than a country: "12 nautical
            # miles east of Mangalia ... off the Romanian coast")
            if all(m.place.kind == "country" for m in others):
                spoken_at -= {m.start for m in spoken if _landmark(text, m)}
            kept = [m for m in kept if m.start not in spoken_at]
    elif spoken and all(V.AUTHORITY_AFTER.match(text, m.end) for m in spoken) and (
            V.REGION_ANAPHOR_AFTER.match(text, spoken[-1].end)):
        return []  # "Donetsk RMA: the Russians shelled the region": not the city
    elif len(spoken) > 1:
        # "20 miles east of Sulina, the ministry in Bucharest said": a landmark tells
        # where it happened, a speaker does not
        landmarks = [m for m in spoken if _landmark(text, m)]
        if landmarks and len(landmarks) < len(spoken):
            kept = landmarks
    if "crossing" in etype.prefer:
        # a protest that blocks traffic in a national capital, or in a town far from any
        # border, or across a whole country, is not at a border crossing
        homes = _protesters_homes(text, kept)
        kept = [m for m in kept if not m.place.capital and not (
            m.place.kind == "locality" and _border_km(m.place) > W.BLOCKADE_BORDER_KM) and not (
            m.place.kind == "country"
            and V.NATIONWIDE_BEFORE.search(text, max(0, m.start - 20), m.start))
            and m.start not in homes
            and not V.GOODS_FROM_BEFORE.search(text, max(0, m.start - 40), m.start)]
    preferred = [m for m in kept if m.place.kind in etype.prefer]
    if preferred:
        return preferred
    fine = [m for m in kept if m.place.kind in FINE_KINDS]
    # An event at named places, not in the whole country ("the Medyka crossing on the
    # border with Ukraine").
    return fine or kept


def _protesters_homes(text: str, mentions: list[Mention]) -> set[int]:
    """The starts of countries named as the home of those who protest ("the protest spread
    to farmers in Slovakia and Hungary"), with the countries on their list: not crossings."""
    return _heads_and_their_lists(
        text, [m for m in mentions if m.place.kind == "country"],
        lambda m: V.PROTESTERS_BEFORE.search(text, max(0, m.start - 40), m.start))


def _heads_and_their_lists(text: str, mentions: list[Mention], heads) -> set[int]:
    """The starts of the mentions ``heads`` picks and of those that go on their lists
    ("near Toretsk and Niu-York", "farmers in Slovakia and Hungary")."""
    found, end = set(), None
    for m in mentions:
        if heads(m) or end is not None and _LIST_GAP.fullmatch(text, end, m.start):
            found.add(m.start)
            end = m.end
        else:
            end = None
    return found


def _border_km(place) -> float:
    return default_index().border_km(place)


_CAPITAL_AFTER = re.compile(r"[^.;]{0,150}?\b(the|this) (capital|city|country)\b", re.I)


def is_spoken(text: str, m: Mention) -> bool:
    """A place that speaks ("officials in Kyiv said", "the Kharkiv Regional Military
    Administration", "Ternopil's mayor"), a landmark ("north of Istanbul"), a witness ("residents of Galati
    across the Danube heard the explosions") or a sea named for its trade ("Black Sea
    ports")."""
    return bool(V.SPEAKER_AFTER.match(text, m.end) or V.AUTHORITY_AFTER.match(text, m.end)
                or m.place.kind != "country" and V.LOCAL_AUTHORITY_POSS.match(text, m.end)
                or m.place.kind == "sea" and V.SEA_TRADE_AFTER.match(text, m.end)
                or V.WITNESS_AFTER.match(text, m.end)
                or V.RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
                or V.OFFICE_OF_BEFORE.search(text, max(0, m.start - 40), m.start))


def _landmark(text: str, m: Mention) -> bool:
    """A place the event is measured from ("north of Istanbul", "12 km from Tulcea")."""
    return V.RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


# Where the last origin, or a name on its list the gazetteer does not know, lies: "from
# Millerovo in the Rostov region", "from Primorsko-Akhtarsk and Cape Chauda in Crimea".
_ORIGIN_CONTAINER = re.compile(r"(,?\s*(and\s+)?(?-i:[A-Z])[\w'’-]*+(\s+(?-i:[A-Z])[\w'’-]*+){0,2})?"
                               r"\s+in\s+(the\s+)?", re.I)

# "from launch areas over the Caspian and near Volgodonsk": the next site of the list.
_ORIGIN_AND_NEAR = re.compile(r",?\s+(and|or)\s+(also\s+)?(near|off|over|around|outside)\s+"
                              r"(the\s+)?", re.I)


def drop_origin_lists(text: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """"launched from Primorsko-Akhtarsk and Cape Chauda, Crimea": the names that go on
    an origin's list, before any word that starts a target, are origins too (``mentions``
    are all of a sentence's: "drones from Kursk, Oryol and Primorsko-Akhtarsk, and
    missiles from Voronezh": the last name stands nearest the missiles, but goes on the
    drones' list)."""
    out, origin_end = [], None
    kept_at = {m.start for m in kept}  # a set: long lists stay linear
    for m in mentions:
        if m.start not in kept_at:
            if V.ORIGIN.search(text[max(0, m.start - 80):m.start]):
                origin_end = m.end
            continue
        gap = text[origin_end:m.start] if origin_end is not None else ""
        if origin_end is not None and len(gap) < 40 and (not V.TARGET_WORD.search(gap)
                                                         or _ORIGIN_CONTAINER.fullmatch(gap)
                                                         or _ORIGIN_AND_NEAR.fullmatch(gap)):
            origin_end = m.end
            continue
        origin_end = None
        out.append(m)
    return out


# The words between two names of one list: "Kherson, Mykolaiv and Odesa".
_LIST_GAP = re.compile(r"\s*(,|,?\s+and|,?\s+or)\s+")


def _drop_destination_lists(text: str, mentions: list[Mention],
                            kept: list[Mention]) -> list[Mention]:
    """"supplies bread to Kherson and Mykolaiv", "evacuated to Kharkiv and Poltava": the
    names that go on a destination's list are destinations too; so are those that go on
    the list of where people met or spoke ("donors meeting in Geneva and Oslo")."""
    if len(kept) == len(mentions):
        return kept  # nothing dropped: no destination to go on from
    out, dest_end = [], None
    kept_at = {m.start for m in kept}  # a set: long lists stay linear
    for m in mentions:
        if m.start not in kept_at:
            before = text[max(0, m.start - 80):m.start]
            dest_end = (m.end if _DESTINATION.search(before) or _SPEAKER.search(before)
                        else None)
            continue
        if dest_end is not None and _LIST_GAP.fullmatch(text, dest_end, m.start):
            dest_end = m.end
            continue
        dest_end = None
        out.append(m)
    return out


# Between a site's name and the town it lies by: "the Kresty airfield outside Pskov".
_SITE_BY_GAP = re.compile(r"\s+" + V.SITE_WORDS + r"\s+(outside|near|at|in|close\s+to)\s+"
                          r"(the\s+)?((city|town|village)\s+of\s+)?", re.I)


def _one_place_per_site(text: str, mentions: list[Mention]) -> list[Mention]:
    """A site named after a place and the town it lies by ("the Engels air base near
    Saratov") are one place: the site's. Unless the gazetteer puts the site's name far from
    that town ("the Kresty airfield outside Pskov", where a Kresty of Yakutia is the only
    one known): then it is the town's site, and the far name goes."""
    dropped: set[int] = set()
    for m, n in zip(mentions, mentions[1:]):
        if (n.place.kind == "locality" and m.place.kind == "locality"
                and _SITE_BY_GAP.fullmatch(text, m.end, n.start)):
            far = km_between(m.place.lat, m.place.lon, n.place.lat,
                             n.place.lon) > W.SITE_NAME_FAR_KM
            dropped.add(m.start if far else n.start)
    return [m for m in mentions if m.start not in dropped]


def _drop_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region that only says where a named town or district lies ("Nikopol in
    Dnipropetrovsk Oblast", "in Zhytomyr region sappers ... near Korosten"), or a district
    that holds a named town, is not a second place."""
    towns: dict[str, set[str]] = {}
    for m in mentions:
        # a town or a district: "the Kharkiv region's Chuhuiv district" (or a settlement
        # known only by its region: "in Kotluban, Volgograd region")
        if (m.place.kind in ("locality", "admin2") or is_region_named(m.place)) and (
                m.place.admin1_code):
            towns.setdefault(m.place.admin1_code, set()).add(m.place.id)
    out = []
    for k, m in enumerate(mentions):
        others = towns.get(m.place.admin1_code, set()) - {m.place.id}
        if m.place.kind == "admin1" and k and _locates(text, mentions[k - 1], m):
            continue  # "Sevastopol, Crimea": a city-region inside the region named after it
        # (a possessive holds the place named after it: "Kherson's Dniprovskyi district",
        # read as the city itself, leaves Kherson)
        if others and (m.place.kind == "admin1" or V.REGION_WORD_AFTER.match(text, m.end)
                       or V.POSSESSIVE_AFTER.match(text, m.end) and k + 1 < len(mentions)
                       and mentions[k + 1].start - m.end <= 4) and (
                not _own_airspace(text, m, mentions)):
            continue
        if others and m.place.kind == "admin2" and _holds_a_town(m.place, mentions):
            continue  # "attacked the Nikopol district: Nikopol, Marhanets ... came under fire"
        out.append(m)
    # (containers of each other are not all dropped: "in Warsaw's Wola district" is in Wola)
    return out or mentions[-1:]


def _drop_context(text: str, mentions: list[Mention]) -> list[Mention]:
    """Places named as the front of the ground fighting ("continued assaults near Toretsk
    and Niu-York and conducted a missile strike on Kostiantynivka") or as an area warned
    ("alerts for Galati county as drones struck Reni"), with the names on their lists, are
    dropped when the sentence names another place: alone, they are where it happened
    ("heavy fighting near Kupiansk, where a drone hit a car")."""
    def warned_or_front(m: Mention) -> bool:
        before = text[max(0, m.start - 80):m.start]
        return bool(_FRONT_BEFORE.search(before) or _ALERT_BEFORE.search(before)
                    or m.place.kind == "country" and V.DURING_ATTACK_BEFORE.search(before))

    context = _heads_and_their_lists(text, mentions, warned_or_front)
    if not context or len(context) == len(mentions):
        return mentions
    return [m for m in mentions if m.start not in context]


# "Odesa: navy divers cleared the approaches to Pivdennyi port": a place that heads a
# sentence, before a colon or a dash.
_HEAD_BEFORE = re.compile(r"(?:^|[.!?\n])\W*$")
_HEAD_AFTER = re.compile(r"\s*[:–—]\s")
# "Near Odesa, divers cleared a mine from the approach to Chornomorsk": a place the
# sentence opens by, near which the rest happened, heads it as a line's place does.
_NEAR_HEAD_BEFORE = re.compile(r"(?:^|[.!?\n])\W*(?:near|outside|around|not far from)\s+$",
                               re.I)
_NEAR_HEAD_AFTER = re.compile(r",\s")


# A community's name heading an entry of a list of them ("Semenivka hromada — ...").
_COMMUNITY_NAME = re.compile(r"\b(hromada|community)$", re.I)


def _drop_heading(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place that heads the sentence ("Kherson: ...", "Near Kherson, ...") only says
    where the places named after it lie (of its region): it is dropped when the sentence
    names another of its region."""
    if len(mentions) < 2:
        return mentions
    head = mentions[0]
    if not (_HEAD_AFTER.match(text, head.end)
            and _HEAD_BEFORE.search(text, max(0, head.start - 4), head.start)
            or _NEAR_HEAD_AFTER.match(text, head.end)
            and _NEAR_HEAD_BEFORE.search(text, max(0, head.start - 20), head.start)):
        return mentions
    if V.ANAPHOR.search(text, head.end, mentions[-1].end):
        return mentions  # "Kherson: troops shelled the city ...; ... in Antonivka"
    if all(is_spoken(text, m) for m in mentions[1:]):
        # "Velyka Pysarivka: Russian jets drop 2 KABs on the village - Sumy OVA": the
        # others only say who tells it
        return mentions
    if _COMMUNITY_NAME.search(head.text) and any(_HEAD_AFTER.match(text, m.end)
                                                 for m in mentions[1:]):
        return mentions  # "Semenivka hromada — 5 explosions, Horodnia hromada — ...": entries
    if any(m.place.admin1_code == head.place.admin1_code and m.place.id != head.place.id
           for m in mentions[1:]):
        return mentions[1:]
    if head.place.kind == "locality" and all(
            m.place.kind in ("locality", "admin2")
            and km_between(head.place.lat, head.place.lon, m.place.lat, m.place.lon)
            > W.HEADING_FAR_KM for m in mentions[1:]):
        # "Gusev: a UAV was suppressed over the Liski district": a name far from every
        # place the line tells of heads it as who speaks or files, not where it happened
        return mentions[1:]
    return mentions


def _locates(text: str, town: Mention, region: Mention) -> bool:
    """Whether ``region``, named right after ``town`` ("Sevastopol, Crimea", "Sevastopol in
    occupied Crimea"), only says where the town is: a town of another admin-1 code (a city
    with a region's status) at or within reach of its outline."""
    if town.place.kind != "locality" or town.end > region.start:
        return False
    gap = V.LOCATOR_GAP.match(text, town.end, region.start)
    if (gap is None or gap.end() != region.start
            or town.place.admin1_code == region.place.admin1_code):
        return False
    return _inside_outline(region.place, town.place.lat, town.place.lon)


@lru_cache(maxsize=256)
def _inside_outline(region, lat: float, lon: float) -> bool:
    import shapely

    from .zones import place_polygon

    polygon = place_polygon(region)
    # A city-region is cut out of the region around it: within reach of its outline is
    # inside. Places hold lat/lon, shapely wants x=lon, y=lat.
    return polygon is not None and polygon.distance(shapely.Point(lon, lat)) <= W.LOCATOR_DEGREES


def _own_airspace(text: str, region: Mention, mentions: list[Mention]) -> bool:
    """"12 drones were downed over the Dnipropetrovsk region; two more struck Pavlohrad": a
    region named as the sky of interceptions, in another clause than each of its towns, is
    a place of its own."""
    if not V.OVER_BEFORE.search(text, max(0, region.start - 12), region.start):
        return False
    for m in mentions:
        if m is region or m.place.admin1_code != region.place.admin1_code:
            continue
        a, b = (m.end, region.start) if m.end <= region.start else (region.end, m.start)
        if not V.BARRIER.search(text, a, b):
            return False
    return True


def _holds_a_town(district, mentions: list[Mention]) -> bool:
    """Whether a named town of ``mentions``, or a smaller unit ("the Synelnykove district:
    a Shahed hit the Mezhova hromada"), lies in ``district`` (an admin-2 place)."""
    import shapely

    from .zones import place_polygon

    polygon = place_polygon(district)
    if polygon is None:
        return False
    # The only axis order here: places hold lat/lon, shapely wants x=lon, y=lat.
    return any(polygon.contains(shapely.Point(m.place.lon, m.place.lat)) and (
        m.place.kind == "locality" or m.place.kind == "admin2" and m.place.id != district.id
        and _smaller(m.place, polygon)) for m in mentions)


def _smaller(unit, polygon) -> bool:
    """Whether an admin-2 unit's outline is smaller than ``polygon``."""
    from .zones import place_polygon

    own = place_polygon(unit)
    return own is not None and own.area < polygon.area
