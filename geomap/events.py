"""Events: event detection per sentence, and linking events to their places.

An event is found in a sentence when one of its type's trigger patterns matches, unless
the trigger is negated ("no drones hit ..."). Its status comes from cues around the trigger:
``ended`` ("reopened", "lifted"), ``ongoing`` ("have been blocking", "remain closed"),
``planned`` ("will sign a plan to clear mines"); hypotheticals ("could", "would") drop
attacks and mark other types planned.

Its places are the sentence's place mentions minus those that are not where it happened:
the speaker's city ("said in Ankara"), organisations ("Kyiv's military administration",
"Kyiv-based"), origins ("launched from Russia") and actors ("Russia attacked ...").
A type may prefer some kinds of place (crossings for blockades, seas for mine clearing).
When the event's sentence names no place below country level, the event follows into the
next sentence if that one continues it ("The targeted areas included ...").
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from dataclasses import replace
from functools import cache, lru_cache

from . import vocabulary as V
from . import weights as W
from .deadline import Deadline
from .models import Event, Mention, Status
from .taxonomy import EventType, Taxonomy, load_taxonomy

__all__ = ["detect_events", "load_taxonomy", "Taxonomy", "EventType"]

# ---------------------------------------------------------------- status and dates

# (the comma of a number, "2,000 homes", ends no clause)
_CLAUSE = re.compile(r",(?!\d{3}\b)|[;:—–()]")


def status_of(sentence: str, trigger: re.Match, etype: EventType) -> Status | None:
    """The event's status, or None when the sentence says it did not (or may not) happen."""
    before = sentence[:trigger.start()]
    if _negated(before, trigger, etype) or V.CAUSE_BEFORE.search(before[-80:]) or (
            V.HABITUAL_BEFORE.search(before[-40:])
            and V.BASE_VERB.match(sentence, trigger.start())) or (
            V.PROGRESSIVE_RELATIVE.search(before[-40:])
            and V.ING_FORM.match(sentence, trigger.start())):
        return None
    # (an attack does not end: "the terminal damaged by drones in July was rebuilt" tells
    # an earlier attack, read below)
    if V.DROPPED_PLAN.search(sentence):
        return None  # "called off a planned protest at Vysne Nemecke"
    if etype.hypothetical != "drop" and V.ENDED.search(sentence):
        return "ended"
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    clause = sentence[clause_start:trigger.end()]
    # The whole clause, also after the trigger: "considering blockades at the border if ..."
    rest = _CLAUSE.search(sentence, trigger.end())
    whole = sentence[clause_start:rest.start() if rest else len(sentence)]
    if V.CONDITIONAL.search(whole) or V.ARREST.search(clause) or (
            V.WHO.search(sentence) and V.HONOUR.search(sentence)):
        return None
    if (V.CLEARING_UNIT.fullmatch(trigger.group()) and not V.CLEARING_WORK.search(sentence)
            and not V.UNIT_WORK.search(sentence)
            and (V.PLANNED.search(whole) or V.HYPOTHETICAL.search(whole))):
        # "a minehunter ... is to join the mine countermeasures group next year": a unit
        # named, with no work done
        return None
    if etype.hypothetical == "drop" and (V.PAST.search(whole) or V.MODAL_AFTER.match(
            sentence, trigger.end()) or _past_opening(sentence, trigger) or (
            V.REPAIR.search(sentence) and V.AFTERMATH.search(sentence, 0, trigger.end()))):
        return None
    if etype.hypothetical == "planned" and (
            (modal := V.MODAL_AFTER.match(sentence, trigger.end())) is not None
            and modal.end() <= clause_start + len(whole)):
        return "planned"  # "the blockade at Dolhobyczow will resume on Friday"
    if V.ONGOING.search(whole) and etype.draw == "point":
        return "ongoing"
    if V.PLANNED.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if V.HYPOTHETICAL.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if V.ONGOING.search(clause):
        return "ongoing"
    return etype.status_default


def _past_opening(sentence: str, trigger: re.Match) -> bool:
    """"A year ago, a missile struck ...": a sentence that opens on an earlier time."""
    first = _CLAUSE.search(sentence)
    return (first is not None and first.end() <= trigger.start()
            and len(sentence[:first.start()].split()) <= W.OPENING_WORDS
            and V.PAST.search(sentence, 0, first.start()) is not None
            # "Last year, drones hit Odesa; this morning, a missile ...": a new clause
            and not V.BARRIER.search(sentence, first.end(), trigger.end()))


def _negated(before: str, trigger: re.Match, etype: EventType) -> bool:
    """A negation in the three words before the trigger or inside its match, except the
    negation words the trigger itself spells ("denied entry" is a phrase, not a denial)."""
    if V.NEGATION.search(" ".join(_LAST_WORDS.findall(before)[-3:])):
        return True
    own = next((_spelled_negations(p.pattern) for p in etype.triggers
                if (m := p.match(trigger.string, trigger.start())) and m.end() == trigger.end()),
               frozenset())
    return any(n.group().lower() not in own for n in V.NEGATION.finditer(trigger.group()))


_LAST_WORDS = re.compile(r"[\w'’]+")


@cache
def _spelled_negations(pattern: str) -> frozenset[str]:
    """Negation words written in a pattern itself (its escapes such as \\b removed)."""
    words = re.sub(r"\\[A-Za-z]", " ", pattern)
    return frozenset(m.group().lower() for m in V.NEGATION.finditer(words))


def date_of(sentence: str, published: str | None) -> str | None:
    """The day a sentence's relative or explicit date points to, given the publication date.

    >>> date_of("Drones attacked on Saturday.", "2023-12-24")
    '2023-12-23'
    >>> date_of("Talks were held on Dec. 16.", "2024-01-05")
    '2023-12-16'
    """
    if not published:
        return None
    pub = dt.date.fromisoformat(published)
    m = V.DAY_WORD.search(sentence)
    if m and m.group(1):
        back = (pub.weekday() - V.WEEKDAYS.index(m.group(1).lower())) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if m and m.group(2):
        return (pub - dt.timedelta(days=V.RELATIVE_DAYS.get(m.group(2).lower(), 0))).isoformat()
    # "since November 6" says when something began, not when this report's event happened.
    m = next((d for d in V.DATE.finditer(sentence)
              if not re.search(r"\bsince\s+$", sentence[:d.start()], re.I)), None)
    if m:
        month = (m.group(1) or m.group(4)).lower()[:3]
        day = int(m.group(2) or m.group(3))
        # The latest such day on or before publication ("Feb. 29" may be years back).
        for year in range(pub.year, pub.year - 8, -1):
            try:
                when = dt.date(year, V.MONTH_ABBREVIATIONS.index(month) + 1, day)
            except ValueError:
                continue
            if when <= pub:
                return when.isoformat()
    return None


# ---------------------------------------------------------------- linking

_FINE_KINDS = frozenset({"locality", "admin1", "admin2", "crossing", "sea", "region"})


# "on the Polish side": a country's side of a border, not a place of its own (a town's
# side, "the Dorohusk side", is that town).
_SIDE_AFTER = re.compile(r"^\s+side\b", re.I)
# "MOSCOW (AP) -": a dateline says where the report was filed.
# ("MOSCOW, Aug 6 (Reuters) -", "DNIPRO, Ukraine, June 28 -": a country and a day may
# come between; a dash lost in decoding is U+FFFD)
_DATELINE_AFTER = re.compile(r"^(,\s+[A-Z][\w'’.-]*(\s+[A-Z][\w'’.-]*)?)?"
                             r"(,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                             r"\s*(\([^()]{1,40}\)\s*)?[-—–\ufffd]")


def _is_incident_place(text: str, mention: Mention, etype: EventType,
                       previous: Mention | None) -> bool:
    before = text[max(0, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 60]
    if (V.SPEAKER.search(before) or V.ORG_AFTER.match(after)
            or V.ACTOR_SUFFIX_AFTER.match(after) or V.REGIME_AFTER.match(after)):
        return False
    if previous is not None and (V.APPOSITIVE.match(text[previous.end:mention.start])
                                 or V.LOCATED_ON.match(text[previous.end:mention.start])
                                 or previous.place.kind == "locality"
                                 and V.NEAR_TOWN.match(text[previous.end:mention.start])):
        return False
    if V.DESTINATION.search(before) or re.match(r"-bound\b", after):
        return False
    if (V.NOT_HERE_BEFORE.search(before)
            or V.DESCRIPTOR_AFTER.match(after) and not V.UNIT_OF_REGION_AFTER.match(after)
            or mention.place.kind == "country" and _SIDE_AFTER.match(after)):
        return False
    if mention.start < 3 and mention.text.isupper() and _DATELINE_AFTER.match(after):
        return False
    if etype.hypothetical == "drop":  # attacks: the origin and the attacker are not targets
        if V.ORIGIN.search(before):
            return False
        if mention.place.kind == "country" and V.ACTOR_AFTER.match(after):
            return False
    return True


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


def _choose_places(text: str, mentions: list[Mention], etype: EventType,
                   aside_from: int | None = None, checked: dict | None = None) -> list[Mention]:
    kept = [m for prev, m in zip([None, *mentions], mentions) if m.place.kind != "continent"
            and (aside_from is None or m.start < aside_from)
            and _incident_place(text, m, etype, prev, checked)]
    if etype.hypothetical == "drop":
        kept = _drop_origin_lists(text, mentions, kept)
    kept = _drop_destination_lists(text, mentions, kept)
    kept = _drop_containers(text, kept)
    # A place that only speaks ("the governor of Belgorod Oblast said", "the Kharkiv
    # Regional Military Administration") counts only when the sentence names no other.
    spoken = [m for m in kept if _spoken(text, m)]
    if spoken and len(spoken) < len(kept):
        spoken_at = {m.start for m in spoken}  # a set: long lists stay linear
        # (the same place named again is no other: "east of Sulina; ... the Sulina channel")
        spoken_ids = {m.place.id for m in spoken}
        if any(m.place.id not in spoken_ids for m in kept if m.start not in spoken_at):
            kept = [m for m in kept if m.start not in spoken_at]
    if "crossing" in etype.prefer:
        # a protest that blocks traffic in a national capital, or in a town far from any
        # border, is not at a border crossing
        kept = [m for m in kept if not m.place.capital and not (
            m.place.kind == "locality" and _border_km(m.place) > W.BLOCKADE_BORDER_KM)]
    preferred = [m for m in kept if m.place.kind in etype.prefer]
    if preferred:
        return preferred
    fine = [m for m in kept if m.place.kind in _FINE_KINDS]
    # An event at named places, not in the whole country ("the Medyka crossing on the
    # border with Ukraine").
    return fine or kept


def _border_km(place) -> float:
    from .gazetteer import default_index

    return default_index().border_km(place)


def _spoken(text: str, m: Mention) -> bool:
    """A place that speaks ("officials in Kyiv said", "the Kharkiv Regional Military
    Administration") or a landmark ("north of Istanbul")."""
    return bool(V.SPEAKER_AFTER.match(text, m.end) or V.AUTHORITY_AFTER.match(text, m.end)
                or V.RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)
                or V.OFFICE_OF_BEFORE.search(text, max(0, m.start - 40), m.start))


def _drop_origin_lists(text: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """"launched from Primorsko-Akhtarsk and Cape Chauda, Crimea": the names that go on
    an origin's list, before any word that starts a target, are origins too."""
    out, origin_end = [], None
    kept_at = {m.start for m in kept}  # a set: long lists stay linear
    for m in mentions:
        if m.start not in kept_at:
            if V.ORIGIN.search(text[max(0, m.start - 80):m.start]):
                origin_end = m.end
            continue
        gap = text[origin_end:m.start] if origin_end is not None else ""
        if origin_end is not None and len(gap) < 40 and not V.TARGET_WORD.search(gap):
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
    names that go on a destination's list are destinations too."""
    if len(kept) == len(mentions):
        return kept  # nothing dropped: no destination to go on from
    out, dest_end = [], None
    kept_at = {m.start for m in kept}  # a set: long lists stay linear
    for m in mentions:
        if m.start not in kept_at:
            dest_end = (m.end if V.DESTINATION.search(text[max(0, m.start - 80):m.start])
                        else None)
            continue
        if dest_end is not None and _LIST_GAP.fullmatch(text, dest_end, m.start):
            dest_end = m.end
            continue
        dest_end = None
        out.append(m)
    return out


def _drop_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region that only says where a named town or district lies ("Nikopol in
    Dnipropetrovsk Oblast", "in Zhytomyr region sappers ... near Korosten"), or a district
    that holds a named town, is not a second place."""
    towns: dict[str, set[str]] = {}
    for m in mentions:
        # a town or a district: "the Kharkiv region's Chuhuiv district"
        if m.place.kind in ("locality", "admin2") and m.place.admin1_code:
            towns.setdefault(m.place.admin1_code, set()).add(m.place.id)
    out = []
    for k, m in enumerate(mentions):
        others = towns.get(m.place.admin1_code, set()) - {m.place.id}
        if m.place.kind == "admin1" and k and _locates(text, mentions[k - 1], m):
            continue  # "Sevastopol, Crimea": a city-region inside the region named after it
        if others and (m.place.kind == "admin1" or V.REGION_WORD_AFTER.match(text, m.end)
                       or V.POSSESSIVE_AFTER.match(text, m.end)) and (
                not _own_airspace(text, m, mentions)):
            continue
        if others and m.place.kind == "admin2" and _holds_a_town(m.place, mentions):
            continue  # "attacked the Nikopol district: Nikopol, Marhanets ... came under fire"
        out.append(m)
    return out


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
    """Whether a named town of ``mentions`` lies in ``district`` (an admin-2 place)."""
    import shapely

    from .zones import place_polygon

    polygon = place_polygon(district)
    if polygon is None:
        return False
    # The only axis order here: places hold lat/lon, shapely wants x=lon, y=lat.
    return any(m.place.kind == "locality" and polygon.contains(
        shapely.Point(m.place.lon, m.place.lat)) for m in mentions)


def detect_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                  taxonomy: Taxonomy, published: str | None = None,
                  deadline: Deadline | None = None) -> list[Event]:
    """Events of ``taxonomy`` in a document, each linked to the places it happened at.

    ``sentences`` are (start, end) offsets (see :func:`geomap.sentences.split_sentences`),
    ``mentions`` the document's place mentions (see :func:`geomap.geoparser.geoparse`).
    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed.
    """
    by_sentence = _mentions_by_sentence(sentences, _city_districts(mentions))
    checked: dict = {}  # (mention, previous, drops origins) -> whether it is a place of events
    events: list[Event] = []
    previous: dict[str, str | None] = {}  # type -> date of its event in the last sentence
    carried: dict[str, tuple[int, str, str | None]] = {}  # type -> (start, status, date)
    unplaced: set[str] = set()  # types whose last event has no place yet
    consumed = -1  # a sentence whose places an event of the one before already took
    for n, (start, end) in enumerate(sentences):
        if deadline is not None:
            deadline.check()
        dated, previous = previous, {}
        last, carried = carried, {}
        last_unplaced, unplaced = unplaced, set()
        sentence = text[start:end]
        # (two sentences ahead: "... attacked with 60 drones. 40 were shot down. The Sumy
        # and Poltava regions were affected.")
        if not by_sentence[n] and not any(by_sentence[n + 1:n + 3]) and not (
                n and (V.ANAPHOR.search(sentence) or any(by_sentence[max(0, n - 2):n]))):
            continue  # no place here, next or referred to: nothing to link an event to
        candidates = taxonomy.could_match(sentence)
        read = _masked(sentence, taxonomy) if candidates else sentence
        found = _overridden(_in_clauses(taxonomy.first_triggers(read, candidates), read,
                                        taxonomy))
        if len(found) > 1:
            found = _generic_fire_yields(found, read, taxonomy)
        nearest = (_nearest_types(read, start, found, by_sentence[n], taxonomy)
                   if len(found) > 1 else None)
        if (found and last and not by_sentence[n] and n != consumed
                and all(t.id in last for t, _ in found)
                and _tally_after(events, sentences[n - 1][1], read, last, taxonomy)):
            # "... attacked by UAVs. All drones were destroyed.": the same attack, tallied
            continue
        if not found and last and n != consumed:
            if not by_sentence[n] and n:
                _tally_after(events, sentences[n - 1][1], read, last, taxonomy)
            followed = _followed(text, (start, end), by_sentence[n], read, last, taxonomy,
                                 last_unplaced)
            events += followed
            carried = {k: (start, *v[1:]) for k, v in last.items()}
            if not followed:
                unplaced = last_unplaced
        for etype, trigger in found:
            status = status_of(read, trigger, etype)
            if status is None:
                continue
            date = date_of(sentence, published) or dated.get(etype.id) or published
            previous[etype.id] = date
            carried[etype.id] = (start, status, date)
            aside = V.ASIDE.search(read, trigger.end())
            mine = by_sentence[n] if nearest is None else [
                m for m in by_sentence[n] if etype.id in nearest[m.start]]
            if (cause := V.RESPONSE_OPENING.match(read)) and trigger.start() >= cause.end():
                # the places of the cause are not this event's
                mine = [m for m in mine if m.start >= start + cause.end()]
            places = _choose_places(text, mine, etype, start + aside.start() if aside else None,
                                    checked)
            span = (start, end)
            if n + 1 < len(sentences) and _continues(text, sentences[n + 1], etype,
                                                      by_sentence[n + 1], places, taxonomy,
                                                      read):
                follow = _choose_places(text, by_sentence[n + 1], etype, checked=checked)
                places = _choose_places(text, [*places, *follow], etype, checked=checked)
                consumed = n + 1
                if any(m.end > end for m in places):  # the evidence shows where it was
                    span = (start, sentences[n + 1][1])
            if places and etype.id in dated and all(_spoken(text, m) for m in places):
                continue  # "Officials in Kyiv said the attack used ...": the last one's
            if (places and n and not dated and all(m.place.kind == "country" for m in places)
                    and V.ATTACK_NOUN.search(text, *sentences[n - 1])):
                # "The attack damaged substations in the Kyiv and Rivne regions. Russia fired
                # 60 missiles at Ukraine.": the weapons of the attack told just before
                finer = [m for m in _choose_places(text, by_sentence[n - 1], etype,
                                                   checked=checked)
                         if m.place.kind in _FINE_KINDS]
                if finer:
                    places, span = finer, (sentences[n - 1][0], end)
            if not places and n and by_sentence[n - 1] and V.PRONOUN_USED.match(read):
                # "... attacked 37 settlements, including X and Y. They used artillery and
                # drones.": the weapons of the last sentence's attack, at its places
                places = _choose_places(text, by_sentence[n - 1], etype, checked=checked)
                span = (sentences[n - 1][0], end)
            if (not places and n and by_sentence[n - 1] and not dated
                    and V.UNDER_ATTACK.search(text, *sentences[n - 1])):
                # "Shebekino came under attack again. A kamikaze drone struck a house.": the
                # weapon of the attack just told, at its place
                places = _choose_places(text, by_sentence[n - 1], etype, checked=checked)
                span = (sentences[n - 1][0], end)
            if not places and (referred := _referred(text, sentences, by_sentence, n, read)):
                places, span = [referred[0]], (referred[1], end)
            if not places:
                unplaced.add(etype.id)
            events += _events(text, span, etype, places, status, date, read, taxonomy)
    return _drop_told_again(text, events)


def _drop_told_again(text: str, events: list[Event]) -> list[Event]:
    """A headline's event at "a Kursk region town" and the lede's at Kurchatov, a town
    of that region, are one event: the region's is dropped."""
    out = []
    for event in events:
        regions = [m for m in event.places if m.place.kind == "admin1"
                   and V.UNNAMED_TOWN_AFTER.match(text, m.end)]
        if regions and len(regions) == len(event.places) and any(
                other.type == event.type and other.start >= event.end
                and not text[event.end:other.start].strip()
                and any(m.place.kind == "locality" and m.place.admin1_code == r.place.admin1_code
                        for m in other.places for r in regions)
                for other in events):
            continue
        out.append(event)
    return out


_DISTRICT_WORD = re.compile(r"\bdistrict$", re.I)
# A city's districts are named by adjectives ("the Dniprovskyi district" of Kherson), a
# rural district mostly by its town ("the Nikopol district").
_URBAN_DISTRICT = re.compile(r"(yi|iy|yy|ky|sky)\s+district$", re.I)


def _city_districts(mentions: list[Mention]) -> list[Mention]:
    """"Kharkiv! ... struck the Kyivskyi district": a district read as a far-away village
    of its name (or as a district of that name in another region), after a city was
    named, is a district of that city; it is dropped so that the event goes to the city
    (see :func:`_referred`)."""
    out, city = [], None
    for m in mentions:
        if (city is not None and _DISTRICT_WORD.search(m.text)
                and _km(city.place, m.place) > W.CITY_DISTRICT_KM
                and (m.place.kind == "locality" or m.place.kind == "admin2"
                     and m.place.admin1_code != city.place.admin1_code
                     and _URBAN_DISTRICT.search(m.text))):
            continue
        if m.place.kind == "locality" and m.place.population >= W.CITY_POP:
            city = m
        out.append(m)
    return out


def _km(a, b) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


_ANAPHOR_KINDS = {"region": "admin1", "oblast": "admin1", "province": "admin1", "area": "any"}


def _referred(text, sentences, by_sentence, n, read) -> tuple[Mention, int] | None:
    """The place an event sentence without places refers to, and where its sentence
    starts (the evidence runs from there): the last place of the kind "the city" or "the
    region" names, or a heading that names only a place ("Bryansk region.")."""
    anaphor = V.ANAPHOR.search(read)
    kind = _ANAPHOR_KINDS.get(anaphor.group(2).lower(), "locality") if anaphor else None
    named_between = False  # a heading is only the default when nothing nearer names a place
    for back in range(n - 1, max(-1, n - 1 - W.ANAPHOR_REACH), -1):
        heading = _heading(text, sentences[back], by_sentence[back])
        if heading is not None and not named_between:
            return heading, sentences[back][0]
        for m in reversed(by_sentence[back]):
            if m.place.kind == kind or kind == "any":
                return m, sentences[back][0]
        named_between = named_between or bool(by_sentence[back])
    return None


def _heading(text, span, mentions) -> Mention | None:
    """A sentence that is only a place name: a post's heading ("Kharkiv!", "Rostov region.")."""
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if V.HEADING.match(text[span[0]:m.start]) and V.HEADING.match(text[m.end:span[1]]):
        return m
    return None


def _overridden(found):
    """Drop the types that an earlier trigger of another type overrides, and those whose
    trigger ends a longer trigger of another type: "a helicopter fired rockets" is an
    airstrike, not also a missile strike ("fired rockets"); and a generic "air attack"
    when the sentence names the weapons ("an air attack with 120 missiles and 90 drones")."""
    out = []
    for etype, trigger in found:
        if not any(etype.id in other.overrides and m.start() < trigger.start()
                   and not _struck_the_workers(m, trigger)
                   or other is not etype and _ends_longer(trigger, m)
                   or other is not etype and V.GENERIC_ATTACK.fullmatch(trigger.group())
                   or other.id in etype.overrides and _struck_the_workers(trigger, m)
                   and not V.CLEARING_WORK.search(trigger.string)
                   for other, m in found):
            out.append((etype, trigger))
    return out


def _in_clauses(found, read: str, taxonomy: Taxonomy):
    """Each type's first trigger that lies within one clause: the words a trigger's gap
    spans may not cross a clause barrier ("a missile hit Sumy, on Sunday Shaheds struck
    Fastiv" has no trigger "hit ... Shaheds"), though a colon may ("Downed: 81 missiles")."""
    out = []
    for etype, trigger in found:
        if V.GAP_BARRIER.search(read, trigger.start(), trigger.end()) is not None:
            present = taxonomy.triggers_present(read)
            trigger = next(_clause_matches(taxonomy.trigger_of(etype, present), read,
                                           trigger.start()), None)
        if trigger is not None:
            out.append((etype, trigger))
    return out


def _generic_fire_yields(found, read: str, taxonomy: Taxonomy):
    """Fire without a weapon ("troops fired on a car") yields to another type's weapon in
    the sentence ("... from a drone"), unless its type has a trigger of its own after it."""
    out = []
    present = None
    for etype, trigger in found:
        if V.GENERIC_FIRE.fullmatch(trigger.group()):
            present = present or taxonomy.triggers_present(read)
            if taxonomy.trigger_of(etype, present).search(read, trigger.end()) is None:
                continue
        out.append((etype, trigger))
    return out


def _clause_matches(pattern: re.Pattern, read: str, pos: int = 0):
    """The matches of ``pattern`` in ``read`` that cross no clause barrier; after one that
    does, the search goes on from its last barrier."""
    while (m := pattern.search(read, pos)) is not None:
        barriers = [b.end() for b in V.GAP_BARRIER.finditer(read, m.start(), m.end())]
        if not barriers:
            yield m
            pos = max(m.end(), m.start() + 1)
        else:
            pos = barriers[-1]


def _struck_the_workers(workers: re.Match, attack: re.Match) -> bool:
    """"Two deminers were killed when a drone struck their vehicle": a trigger that only
    names the workers (sappers, deminers) does not make an attack with its own verb their
    work."""
    return (V.WORKERS.fullmatch(workers.group()) is not None
            and V.ATTACK_VERB.search(attack.group()) is not None)


def _ends_longer(trigger: re.Match, other: re.Match) -> bool:
    # the verb and the weapon are the longer trigger's tail: its head says who fired
    return (other.start() < trigger.start() and trigger.end() == other.end()
            and V.LAUNCH_VERB.match(trigger.group()) is not None)


def _nearest_types(read: str, start: int, found, mentions,
                   taxonomy: Taxonomy) -> dict[int, set[str]]:
    """For a sentence that reports several types of event, the types each place belongs
    to: the nearest trigger's, preferring one before the place and within its clause
    ("air strikes on Robotyne, drones at Orikhiv, and shelled Stepnohirsk"). Types whose
    triggers are about as near share the place ("drones and missiles struck Kyiv")."""
    present = taxonomy.triggers_present(read)
    spans = {t.id: [m.span() for m in _clause_matches(taxonomy.trigger_of(t, present), read)]
             for t, _ in found}
    tools = [m.span() for m in V.INSTRUMENT.finditer(read)]
    barriers = _Barriers(read)
    out: dict[int, set[str]] = {}
    for mention in mentions:
        a, b = mention.start - start, mention.end - start
        # "4 in the Esman community (FPV drones)": the weapon in brackets after a place
        # is that place's
        bracketed = {tid for tid, ss in spans.items()
                     if any(s >= b and _BRACKET_AFTER.fullmatch(read, b, s) for s, _ in ss)}
        if bracketed:
            out[mention.start] = bracketed
            continue
        scores = {tid: min(_distance(barriers, a, b, s, e) for s, e in ss)
                  for tid, ss in spans.items() if ss}
        best = min(scores.values())
        chosen = {tid for tid, score in scores.items() if score <= best + W.TRIGGER_TIE}
        # "shelled Beryslav using mortars, artillery and drones": the weapons of one list
        # share its places
        for ts, te in tools:
            # a trigger that opens on the list's own "with" or "by" ends inside the list;
            # one that ends inside it names a weapon of the list ("hit X with artillery
            # and drones")
            inside = {tid for tid, ss in spans.items()
                      if any(ts <= s < te and (s > ts or e <= te) or ts < e <= te
                             for s, e in ss)}
            if inside & chosen:
                chosen |= inside
        out[mention.start] = chosen
    return out


# Between a place and the bracket that names its weapon: "the Esman community (FPV ...".
_BRACKET_AFTER = re.compile(r"(\s+(community|hromada|district|raion|region|oblast))?\s*\(\s*"
                            r"(\w+\s+){0,2}", re.I)


class _Barriers:
    """The clause barriers of a sentence (:data:`V.BARRIER`), found once: counting those
    between a trigger and each place of a long list is then a binary search, not a scan."""

    def __init__(self, read: str):
        found = [m.span() for m in V.BARRIER.finditer(read)]
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]

    def between(self, lo: int, hi: int) -> int:
        """How many barriers lie wholly within ``lo:hi``."""
        return max(0, bisect.bisect_right(self.ends, hi) - bisect.bisect_left(self.starts, lo))


def _distance(barriers: _Barriers, a: int, b: int, s: int, e: int) -> int:
    """How far a trigger (s, e) is from a place (a, b), in characters plus penalties."""
    if e <= a:
        gap, lo, hi = a - e, e, a
    elif s >= b:  # measured to its end: a trigger after the place may start far back
        gap, lo, hi = e - b + W.TRIGGER_AFTER_PENALTY, b, e
    else:
        return 0
    return gap + W.TRIGGER_BARRIER_PENALTY * barriers.between(lo, hi)


def _events(text, span, etype, places, status, date, read, taxonomy) -> list[Event]:
    """One event per group of places that share a status, interception and domain."""
    out = []
    evidence = text[span[0]:span[1]]
    for (place_status, intercepted, domain), group in _groups(text, span, etype, places,
                                                                status, read, taxonomy):
        out.append(Event(etype.id, place_status, tuple(group), evidence, span[0], span[1],
                         date, W.EVENT_CONFIDENCE, intercepted, domain))
    return out


def _followed(text, span, mentions, read, last, taxonomy, unplaced=frozenset()) -> list[Event]:
    """"... 40 drones overnight. Others were shot down over Sumy and Poltava.": a sentence
    with no event of its own that reports interceptions or their debris, or "another
    strike", carries on the last one's attacks, with both sentences as evidence; so does a
    list of places ("Locations: ..."), and, for an attack told without a place, a sentence
    in the words of its type ("The Kharkiv and Sumy regions were affected")."""
    if mentions and V.ANOTHER.search(read) and not (
            V.PLANNED.search(read) or V.HYPOTHETICAL.search(read) or V.NEGATION.search(read)):
        # "Another strike hit the village of X": the same kind of attack again
        out = []
        for type_id, (first, status, date) in last.items():
            etype = taxonomy.get(type_id)
            places = _choose_places(text, mentions, etype)
            out += _events(text, (first, span[1]), etype, places, status, date, read, taxonomy)
        return out
    if mentions and (V.ENDED.search(read) or V.ONGOING.search(read)) and not (
            V.PLANNED.search(read) or V.HYPOTHETICAL.search(read)):
        # "Korczowa and Budomierz reopened at the weekend": the state of more places of an
        # event that lasts (a blockade), told in the words of its type
        out = []
        for type_id, (first, status, date) in last.items():
            etype = taxonomy.get(type_id)
            if etype.status_default != "unknown" and any(
                    p.search(read) for p in etype.continue_cues):
                places = _choose_places(text, mentions, etype)
                out += _events(text, (first, span[1]), etype, places, status, date, read,
                               taxonomy)
        if out:
            return out
    if mentions:
        listed = V.PLACE_LIST.match(read) is not None
        carry = [type_id for type_id in last if listed or type_id in unplaced and any(
            p.search(read) for p in taxonomy.get(type_id).continue_cues)]
        # (the cheap checks first: most sentences carry nothing on)
        if carry and not (V.PLANNED.search(read) or V.HYPOTHETICAL.search(read)
                          or V.NEGATION.search(read)):
            out = []
            for type_id in carry:
                first, status, date = last[type_id]
                etype = taxonomy.get(type_id)
                places = _choose_places(text, mentions, etype)
                out += _events(text, (first, span[1]), etype, places, status, date, read,
                               taxonomy)
            if out:
                return out
    if not mentions or taxonomy.interception is None or not taxonomy.interception.search(read):
        return []
    if not (V.TALLY.search(read) or V.WEAPON_DEBRIS.search(read)):
        # "shot down a Su-25 near Pokrovsk": something else was shot down; but falling
        # debris is the attack's own ("debris damaged houses in Bila Tserkva")
        return []
    out = []
    for type_id, (first, status, date) in last.items():
        etype = taxonomy.get(type_id)
        if not etype.interceptable:
            continue
        places = _choose_places(text, mentions, etype)
        out += _events(text, (first, span[1]), etype, places, status, date, read, taxonomy)
    return out


def _tally_after(events: list[Event], previous_end: int, read: str, last, taxonomy) -> bool:
    """"... attacked by UAVs. All drones were destroyed.": a sentence without places that
    only tallies interceptions marks the last sentence's attacks intercepted (in place);
    whether it did."""
    if taxonomy.interception is None or not taxonomy.interception.search(read):
        return False
    if not V.TALLY.search(read) or V.IMPACT_NOT_NEGATED.search(read):
        return False
    marked = False
    for k, event in enumerate(events):
        if (event.end == previous_end and event.type in last
                and taxonomy.get(event.type).interceptable):
            events[k] = replace(event, intercepted=True)
            marked = True
    return marked


def _masked(sentence: str, taxonomy: Taxonomy) -> str:
    """The sentence with phrases that name weapons without using them blanked out (offsets
    are kept)."""
    mask = taxonomy.mask_for(sentence)
    return sentence if mask is None else _blanked(mask, sentence)


@lru_cache(maxsize=64)  # a sentence is read again for each event it reports
def _blanked(mask: re.Pattern, sentence: str) -> str:
    return mask.sub(lambda m: " " * len(m.group()), sentence)


def _groups(text, span, etype, places, status, read, taxonomy):
    """Places keyed by (status, intercepted, domain): each clause may say its own."""
    evidence = text[span[0]:span[1]]  # all of it: "...40 drones. 27 were shot down over X."
    sentence_intercepted = bool(etype.interceptable and taxonomy.interception is not None
                                and taxonomy.interception.search(evidence))
    read = _masked(evidence, taxonomy)
    groups: dict[tuple, list[Mention]] = {}
    for place_status, members in _by_local_status(text, span, places, status):
        for m in members:
            intercepted = sentence_intercepted and not _impact_near(text, span, m,
                                                                     taxonomy.interception)
            key = (place_status, intercepted, _domain(etype, m, read))
            groups.setdefault(key, []).append(m)
    return groups.items()


def _impact_near(text: str, span: tuple[int, int], mention: Mention,
                 interception: re.Pattern) -> bool:
    """Whether the cue nearest before the place (else after it) says something hit rather
    than was shot down ("destroyed 102 missiles, but drones got through to Lviv")."""
    start, end = span
    before = text[start:mention.start]
    # ("debris from an intercepted drone damaged": the debris did it)
    cues = [(m.end(), "impact") for m in V.IMPACT.finditer(before)
            if not V.DEBRIS.search(before, max(0, m.start() - 45), m.start())]
    cues += [(m.end(), "intercepted") for m in interception.finditer(before)]
    if cues:
        return max(cues)[1] == "impact"
    after = text[mention.end:end]
    cues = [(m.start(), "impact") for m in V.IMPACT.finditer(after)
            if not V.DEBRIS.search(after, max(0, m.start() - 45), m.start())]
    cues += [(m.start(), "intercepted") for m in interception.finditer(after)]
    return bool(cues) and min(cues)[1] == "impact"


def _domain(etype: EventType, mention: Mention, read: str) -> str | None:
    """Land or sea (for types that define domains): a sea is at sea; else the first
    domain whose cues the sentence has; else the last one listed."""
    if not etype.domains:
        return None
    names = [name for name, _ in etype.domains]
    if mention.place.kind in names:
        return mention.place.kind
    for name, cues in etype.domains:
        if cues.search(read):
            return name
    return names[-1]


def _by_local_status(text, sentence, places, status):
    """Split a sentence's places by the status their own clause states, if any.

    "kept the Medyka-Shehyni crossing closed, while the Rava-Ruska checkpoint reopened":
    one crossing is blocked, the other is not.
    """
    groups: dict[str, list[Mention]] = {}
    # A sentence with no status word at all says nothing of any place's own status: that is
    # found once, not once per place of a long list.
    cued = any(cue.search(text, *sentence) for cue in (V.UNAFFECTED, V.ENDED, V.ONGOING))
    # Clause boundaries found once per sentence, however many places it lists.
    bounds = ([(b.start(), b.end()) for b in V.LOCAL_BOUNDARY.finditer(text, *sentence)]
              if cued else [])
    for m in places:
        local = (_local_status(text, sentence, m, bounds)
                 if cued and sentence[0] <= m.start < sentence[1] else None)
        if local != "unaffected":
            groups.setdefault(local or status, []).append(m)
    return groups.items()


def _local_status(text: str, sentence: tuple[int, int], mention: Mention,
                  bounds: list[tuple[int, int]]) -> Status | None:
    """The status the mention's own clause states; ``bounds`` are the (start, end) of the
    sentence's clause boundaries."""
    start, end = sentence
    k = bisect.bisect_left(bounds, (mention.start, mention.start))
    # A boundary that ends before the mention starts (a match cannot straddle a name).
    left = [b_end for _, b_end in bounds[max(0, k - 2):k + 1] if b_end <= mention.start]
    j = bisect.bisect_left(bounds, (mention.end, mention.end))
    right = bounds[j][0] if j < len(bounds) and bounds[j][0] < end else None
    window = text[left[-1] if left else start:right if right is not None else end]
    if V.UNAFFECTED.search(window):
        return "unaffected"  # "while traffic at Korczowa flows normally"
    if V.ENDED.search(window):
        return "ended"
    if V.ONGOING.search(window):
        return "ongoing"
    # "...; at Dorohusk, the blockade continues": the words after a comma of its part of
    # the sentence (up to ";", ":", "while", "but")
    # (read within a bounded reach of the name: long lists stay linear)
    left_edge = max(start, mention.start - W.STATUS_REACH)
    right_edge = min(end, mention.end + W.STATUS_REACH)
    part_start = max((m.end() for m in V.STRONG_BOUNDARY.finditer(text, left_edge,
                                                                 mention.start)),
                     default=left_edge)
    stop = V.STRONG_BOUNDARY.search(text, mention.end, right_edge)
    part = text[part_start:stop.start() if stop else right_edge]
    if part != window:
        if V.ENDED.search(part):
            return "ended"
        if V.ONGOING.search(part):
            return "ongoing"
    return None


def _continues(text, span, etype, next_mentions, places, taxonomy, read="") -> bool:
    """Whether the next sentence carries on the event (told in ``read``), naming where it
    happened."""
    # (a place that only speaks, "Governor of the Kursk region: ...", says not where it was;
    # a region holds the crossings a blockade is at: "blocking crossings in Podkarpackie.
    # At Medyka, ...")
    if not next_mentions:
        return False
    fine = [m for m in places if m.place.kind in _FINE_KINDS and not _spoken(text, m)
            and not (m.place.kind == "admin1" and "crossing" in etype.prefer)]
    if fine:
        # regions only, and the next sentence names a town of one of them: "Drones
        # attacked the Kharkiv region. In Kupiansk, a house was damaged." (not after a
        # tally of interceptions over the region: "The rest fell near Bashtanka")
        regions = {m.place.admin1_code for m in fine if m.place.kind == "admin1"}
        if len(regions) < len(fine) or (
                taxonomy.interception is not None and taxonomy.interception.search(read)
        ) or not any(
                m.place.kind == "locality" and m.place.admin1_code in regions
                for m in next_mentions):
            return False
    sentence = _masked(text[span[0]:span[1]], taxonomy)
    if taxonomy.any_trigger(sentence):
        return False  # it reports an event of its own
    return any(p.search(sentence) for p in etype.continue_cues)


def _mentions_by_sentence(sentences, mentions) -> list[list[Mention]]:
    out: list[list[Mention]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i][1]:
            out[i].append(m)
    return out
