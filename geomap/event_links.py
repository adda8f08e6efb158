"""Events: linking across sentences, and the events a trigger's places make.

When the event's sentence names no place below country level, the event follows into the
next sentence if that one continues it ("The targeted areas included ..."); a sentence
without an event of its own may carry on the last one's ("Others were shot down over Sumy
and Poltava", "Locations: ...", "Another strike hit ..."); a sentence without places may
refer to the last one's ("the city", a heading "Bryansk region."). One event is made per
group of places that share a status, interception and domain.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import vocabulary as V
from . import weights as W
from .event_places import FINE_KINDS, choose_places, is_spoken, names_no_place, spoken_at
from .event_status import by_local_status
from .gazetteer import default_index
from .event_triggers import masked
from .models import Event, Mention
from .taxonomy import EventType


_REGIONS_UNNAMED = re.compile(r"\b(over|above|in|across)\s+(several\s+|various\s+|multiple\s+|"
                              r"(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                              r"((russian|ukrainian|border|western|southern|central|eastern|"
                              r"northern)\s+)?regions\b", re.I)
_DENIED_PLACE_BEFORE = re.compile(r",\s+not\s+(in\s+|at\s+|on\s+)?$", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(in|at|near|outside|around|over)\s+(the\s+)?$", re.I)
# ("the district": a raion or a city's district, whichever was named last)
_ANAPHOR_KINDS = {"region": "admin1", "oblast": "admin1", "province": "admin1", "area": "any",
                  "district": "any", "capital": "capital"}


def referred_place(text, sentences, by_sentence, n, read) -> tuple[Mention, int] | None:
    """The place an event sentence without places refers to, and where its sentence
    starts (the evidence runs from there): the last place of the kind "the city" or "the
    region" names, or a heading that names only a place ("Bryansk region.")."""
    anaphor = V.ANAPHOR.search(read)
    if anaphor is not None and V.DESTINATION.search(read, max(0, anaphor.start() - 80),
                                                    anaphor.start()):
        return None  # ("drones moving from the north towards the city": the way they went)
    kind = _ANAPHOR_KINDS.get(anaphor.group(2).lower(), "locality") if anaphor else None
    village = anaphor is not None and anaphor.group(2).lower() == "village"
    if anaphor is None and (V.ONE_OF_THE_BLASTS.search(read) or V.NEARBY_SPOT.search(read)):
        kind = "any"
    elif anaphor is None and V.ITS_MAYOR.search(read):
        kind = "locality"  # "its mayor says Russian aircraft dropped bombs": the town's
    # ("Lviv OVA: ... Six drones were shot down over the region": the sky of the region
    # whose administration speaks)
    sky = anaphor is not None and V.OVER_BEFORE.search(read, 0, anaphor.start()) is not None
    named_between = False  # a heading is only the default when nothing nearer names a place
    for back in range(n - 1, max(-1, n - 1 - W.ANAPHOR_REACH), -1):
        heading = _heading(text, sentences[back], by_sentence[back])
        if heading is not None and not named_between:
            return heading, sentences[back][0]
        for m in reversed(by_sentence[back]):
            # (nor where someone spoke or met: "as Zelenskiy prepared to address the General
            # Assembly in New York. ... drones hit an industrial area of the city")
            if names_no_place(text, m) or spoken_at(text, m) or (
                    m.text.lower() in V.GOVERNMENT_SEATS):
                continue  # (nor the government its seat names: "Kremlin spokesman")
            if _DENIED_PLACE_BEFORE.search(text, max(0, m.start - 12), m.start):
                continue  # ("the missiles struck Chuhuiv, not Kharkiv. ... hit the town")
            if village and (m.place.capital or m.place.population > W.VILLAGE_MAX_POP):
                continue  # ("the village": not the city the report was filed from)
            if m.place.kind == kind or kind == "any" or (
                    kind == "capital" and m.place.kind == "locality" and m.place.capital):
                return m, sentences[back][0]  # ("the capital": the last capital named)
            if kind == "admin1" and (m.place.kind == "admin2" or sky and m.place.kind ==
                                     "locality" and V.REGIONAL_AUTHORITY_AFTER.match(text, m.end)
                                     ) and (region := _region_of(m)) is not None:
                # "In the Chuhuiv district ... Sappers removed 38 shells in the region":
                # the region of the district named last
                return region, sentences[back][0]
        named_between = named_between or bool(by_sentence[back])
    return None


def _region_of(district: Mention) -> Mention | None:
    """The admin-1 region that holds a district mention, as a mention at its words."""
    region = default_index().admin1(district.place.admin1_code or "")
    return None if region is None else replace(district, place=region)


# Between a town (or its site) and its region in a heading: "Morozovsk, Rostov region",
# "Yeysk (Krasnodar krai)", "Engels air base, Saratov region"
_TOWN_REGION_GAP = re.compile(r"(\s+(port|" + V.SITE_WORDS + r"))?\s*(,|\()\s*(the\s+)?", re.I)
# ... and the night it tells of after them: "..., night of 19-20 March."
_NIGHT_AFTER = re.compile(r"\s+(region|oblast|krai|province)?\s*\)?\s*,?\s*((on\s+)?(the\s+)?"
                          r"(night|morning|evening|day)\s+(of|to)\s+[\w\s–-]{1,30}?)?\W*", re.I)


def _heading(text, span, mentions) -> Mention | None:
    """A sentence that is only a place name: a post's heading ("Kharkiv!", "Rostov region."),
    or a town with its region ("Morozovsk, Rostov region.")."""
    if len(mentions) == 2:
        town, region = mentions
        if (town.place.kind == "locality" and region.place.kind == "admin1"
                and town.place.admin1_code == region.place.admin1_code
                and _TOWN_REGION_GAP.fullmatch(text, town.end, region.start)
                and V.HEADING.match(text[span[0]:town.start])
                and (V.HEADING.match(text[region.end:span[1]])
                     or _NIGHT_AFTER.fullmatch(text, region.end, span[1]))):
            return town
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if V.HEADING.match(text[span[0]:m.start]) and V.HEADING.match(text[m.end:span[1]]):
        return m
    return None


def make_events(text, span, etype, places, status, date, read, taxonomy) -> list[Event]:
    """One event per group of places that share a status, interception and domain."""
    out = []
    evidence = text[span[0]:span[1]]
    groups = _groups(text, span, etype, places, status, read, taxonomy)
    for (place_status, intercepted, domain), group in groups:
        out.append(Event(etype.id, place_status, tuple(group), evidence, span[0], span[1],
                         date, W.EVENT_CONFIDENCE, intercepted, domain))
    return out


#: How far back the line heading a list of places is looked for.
_LIST_REACH = 1500


def carried_on(text, span, mentions, read, last, taxonomy, unplaced=frozenset()) -> list[Event]:
    """"... 40 drones overnight. Others were shot down over Sumy and Poltava.": a sentence
    with no event of its own that reports interceptions or their debris, or "another
    strike", carries on the last one's attacks, with both sentences as evidence; so does a
    list of places ("Locations: ..."), and, for an attack told without a place, a sentence
    in the words of its type ("The Kharkiv and Sumy regions were affected")."""
    again = mentions and V.ANOTHER.search(read)
    # "In the Izmail district the attack damaged the port": the attack just told, at
    # more places (attacks only: a blockade does not damage)
    told = mentions and not again and V.THE_ATTACK_DID.search(read)
    if told:
        # its places are those it reached, told after it, or the place that opens the
        # sentence ("In the Izmail district the attack ..."), not who tells it ("the
        # Kyiv Independent said the strike hit ...")
        mentions = [m for m in mentions if m.start >= span[0] + told.start()
                    or _LOCATIVE_BEFORE.search(text, max(0, m.start - 12), m.start)]
        told = told if mentions else None
    if (again or told) and not (
            V.PLANNED.search(read) or V.HYPOTHETICAL.search(read)
            or V.NEGATION.search(V.NO_HARM.sub("", read))
            # ("The fleet has moved its force to Novorossiysk over the past year after
            # repeated strikes on its main base": a span, not the attack again)
            or V.PAST.search(read)):
        # "Another strike hit the village of X": the same kind of attack again
        out = []
        for type_id, (first, status, date) in last.items():
            etype = taxonomy.get(type_id)
            if told and etype.hypothetical != "drop":
                continue
            places = choose_places(text, mentions, etype)
            out += make_events(text, (first, span[1]), etype, places, status, date, read, taxonomy)
        return out
    if mentions and _state_line(text, span, mentions, read):
        # "Blockades update: / Dorohusk - ongoing / Hrebenne - lifted": the lines of a
        # list under an event that lasts, each a place and its state
        # (the state is the line's own; the evidence runs from the line before)
        out = []
        for type_id, (first, status, date) in last.items():
            etype = taxonomy.get(type_id)
            if etype.status_default != "unknown":
                places = choose_places(text, mentions, etype)
                own = ("ended" if V.ENDED.search(read) else "ongoing" if V.ONGOING.search(read)
                       else "planned" if V.PLANNED.search(read) else status)
                out += [replace(e, evidence=text[first:span[1]], start=first)
                        for e in make_events(text, span, etype, places, own, date, read,
                                             taxonomy)]
        if out:
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
                places = choose_places(text, mentions, etype)
                out += make_events(text, (first, span[1]), etype, places, status, date,
                                   read, taxonomy)
        if out:
            return out
    # (read as written: the mask blanks "unexploded shells were found")
    if mentions and V.WORK_DONE_AT.search(text, *span) and not V.NEGATION.search(read):
        # "Sappers destroyed 187 explosive objects in the Kharkiv region. The work was done
        # in the Izium and Balakliia communities.": where the clearing just told was done
        out = []
        for type_id, (first, status, date) in last.items():
            etype = taxonomy.get(type_id)
            if _area_work(etype):
                places = choose_places(text, mentions, etype)
                out += make_events(text, (first, span[1]), etype, places, status, date, read,
                                   taxonomy)
        if out:
            return out
    if mentions and last and V.BARE_BULLET.fullmatch(read):
        # "announced a blockade of the crossings from Friday: / • Medyka — from 09:00 /
        # • Dorohusk": the places of a list under the event's line
        window = max(0, span[0] - _LIST_REACH)
        head = V.LIST_HEAD_BEFORE.search(text[window:span[0]])
        out = [] if head is None else _told_since(text, span, mentions, read, last, taxonomy,
                                                  window + head.start())
        if out:
            return out
    if mentions and last and V.TALLY_LINE.fullmatch(read):
        # "Shot down: 60 attack UAVs. / - Kyiv region: 18 / - Sumy region: 14": a line of
        # the breakdown under the tally just told, the place and its count
        out = _told_since(text, span, mentions, read, last, taxonomy,
                          max(first for first, _, _ in last.values()))
        if out:
            return out
    if mentions:
        listed = V.PLACE_LIST.match(read) is not None
        bulleted = V.BULLETED_PLACE.match(read) is not None
        # (a bulleted line under a line that ends with a colon is an entry of its list:
        # "stopped by protesters at the following crossings: / - Dorohusk - Yahodyn: 720
        # trucks waiting")
        headed = bulleted and V.LIST_HEAD_BEFORE.search(
            text[max(0, span[0] - _LIST_REACH):span[0]]) is not None
        # ("The airfields at Engels and at Yeysk were attacked in the same operation": more
        # places of the attack just told, placed or not)
        # (not one that tells its own weapons: "In the same wave, drones went after Izmail")
        same = V.SAME_OPERATION.search(read) is not None and not taxonomy.could_match(read)
        carry = [type_id for type_id in last if listed or headed or (
            bulleted or same or type_id in unplaced) and any(
            p.search(read) for p in taxonomy.get(type_id).continue_cues)]
        # (the cheap checks first: most sentences carry nothing on)
        if carry and not (V.PLANNED.search(read) or V.HYPOTHETICAL.search(read)
                          or V.NEGATION.search(read) or V.THREAT_OF.search(text, *span)
                          or V.PAST.search(read)):
            out = []
            for type_id in carry:
                first, status, date = last[type_id]
                etype = taxonomy.get(type_id)
                places = choose_places(text, mentions, etype)
                out += make_events(text, (first, span[1]), etype, places, status, date,
                                   read, taxonomy)
            if out:
                return out
    if not mentions or not taxonomy.tells_interception(read):
        return []
    if V.REJECTED_CLAIM_BEFORE.search(read):
        return []  # "Bucharest had rejected Kyiv's statements that debris fell on its soil"
    if V.NO_REPORTS_BEFORE.search(read) or V.NONE_FOUND.search(read):
        return []  # "Galati city hall said it had received no reports of debris"
    if any(V.FRONT_BEFORE.search(text, max(span[0], m.start - 80), m.start) for m in mentions):
        return []  # "In the Kurakhove direction, 14 attacks were repelled near X": the front
    # (the debris as written: the mask blanks "a drone was found", no attack on its own)
    if not (V.TALLY.search(read) or V.WEAPON_DEBRIS.search(text, *span)
            or V.REPELLED_AT.search(read)):
        # "shot down a Su-25 near Pokrovsk": something else was shot down; but falling
        # debris is the attack's own ("debris damaged houses in Bila Tserkva")
        return []
    out = []
    for type_id, (first, status, date) in last.items():
        etype = taxonomy.get(type_id)
        if not etype.interceptable:
            continue
        places = choose_places(text, mentions, etype)
        out += make_events(text, (first, span[1]), etype, places, status, date, read, taxonomy)
    return out


def _told_since(text, span, mentions, read, last, taxonomy, since: int) -> list[Event]:
    """The events of ``last`` told from ``since`` on, at this line's places, with the
    evidence running from where each was told."""
    out = []
    for type_id, (first, status, date) in last.items():
        if first >= since:
            etype = taxonomy.get(type_id)
            out += make_events(text, (first, span[1]), etype, choose_places(text, mentions, etype),
                               status, date, read, taxonomy)
    return out


def _area_work(etype) -> bool:
    """Whether the type is work done over an area (clearing), not an attack or a protest."""
    return etype.hypothetical == "planned" and etype.draw != "point"


def finer_than_told(events: list[Event], followed: list[Event], taxonomy) -> list[Event]:
    """``events`` without the regions that clearing work told next names towns of: "...
    in the Kharkiv region. The work was done in Izium and Balakliia." is work at the two
    towns, the region only where they lie."""
    out = []
    for event in events:
        towns = {m.place.admin1_code for f in followed if f.type == event.type
                 and f.start == event.start and f is not event for m in f.places
                 if m.place.kind != "admin1"}
        if (towns and _area_work(taxonomy.get(event.type))
                and all(m.place.kind == "admin1" and m.place.admin1_code in towns
                        for m in event.places)):
            continue
        out.append(event)
    return out


def _state_line(text, span, mentions, read) -> bool:
    """Whether the sentence is a line that opens on a place and a separator and tells
    the state of an event that lasts there ("Korczowa - ongoing", "Zosin: lifted")."""
    line = V.PLACE_LINE.match(text, span[0], span[1])
    if line is None or mentions[0].start != line.start("name"):
        return False
    return bool((V.ENDED.search(read) or V.ONGOING.search(read) or V.PLANNED.search(read))
                and not V.HYPOTHETICAL.search(read))


def tally_after(events: list[Event], previous_end: int, read: str, last, taxonomy) -> bool:
    """"... attacked by UAVs. All drones were destroyed.": a sentence without places that
    only tallies interceptions marks the last sentence's attacks intercepted (in place);
    whether it did."""
    if not taxonomy.tells_interception(read):
        return False
    # ("... attacked Voronezh. Fragments of a downed drone fell on a house": what the
    # debris of the downed weapons did follows the interception)
    downed = V.DOWNED_DEBRIS.search(read) is not None
    if not (V.TALLY.search(read) or downed) or hit_told(read) and not downed:
        return False
    marked = hits = False
    for k, event in enumerate(events):
        if (event.end == previous_end and event.type in last
                and taxonomy.get(event.type).interceptable):
            marked = True
            # ("A Shahed hit a house in Odesa. Air defence shot down 11 drones over the
            # oblast.": the tally does not undo the hit told before)
            if not hit_told(event.evidence):
                events[k] = replace(event, intercepted=True)
            else:
                hits = True
    # (... "Seven more drones were shot down over the region.": other weapons than the
    # ones that hit, downed where the sentence says)
    return marked and not (hits and V.ANAPHOR.search(read) and V.OTHERS_DOWNED.search(read))


def hit_told(text: str) -> bool:
    """Whether the text tells a hit, other than by the debris of an interception ("debris
    damaged a house" follows the interception)."""
    return any(not V.DEBRIS.search(text, max(0, m.start() - 45), m.start())
               for m in V.IMPACT_NOT_NEGATED.finditer(text))


def downed_again(events: list[Event], previous_end: int, read: str, last, taxonomy) -> None:
    """"... launched Shahed drones at the Odesa region. Air defence shot the drones down
    over the Izmail district; ...": a sentence that names the last sentence's weapons again
    as intercepted marks that sentence's attacks intercepted (in place), whatever else it
    reports."""
    if not V.DEFINITE_DOWNED.search(read):
        return
    for k, event in enumerate(events):
        if (event.end == previous_end and event.type in last
                and taxonomy.get(event.type).interceptable):
            events[k] = replace(event, intercepted=True)


def _groups(text, span, etype, places, status, read, taxonomy):
    """Places keyed by (status, intercepted, domain): each clause may say its own."""
    evidence = text[span[0]:span[1]]  # all of it: "...40 drones. 27 were shot down over X."
    sentence_intercepted = etype.interceptable and taxonomy.tells_interception(evidence)
    read = masked(evidence, taxonomy)
    groups: dict[tuple, list[Mention]] = {}
    for place_status, members in by_local_status(text, span, places, status):
        for m in members:
            intercepted = sentence_intercepted and not _impact_near(
                text, span, m, taxonomy.interception) and not V.AFTER_ATTACK_ON.search(
                text, max(span[0], m.start - 80), m.start) and not _rest_hit(text, span, m,
                                                                             places)
            key = (place_status, intercepted, _domain(etype, m, read))
            groups.setdefault(key, []).append(m)
    return groups.items()


def _rest_hit(text: str, span: tuple[int, int], mention: Mention, places) -> bool:
    """Whether, after the place, the weapons that were not shot down are told to have hit,
    with no other place named after that ("attacked Izmail with 12 drones; nine were shot
    down, and the rest damaged a grain elevator"): the place was hit."""
    rest = V.REST_HIT.search(text, mention.end, span[1])
    return rest is not None and not any(other.start >= rest.start() for other in places)


def _impact_near(text: str, span: tuple[int, int], mention: Mention,
                 interception: re.Pattern) -> bool:
    """Whether the cue nearest before the place (else after it) says something hit rather
    than was shot down ("destroyed 102 missiles, but drones got through to Lviv"): the
    place's own clause first ("In Kyiv, fragments of a downed drone fell, while in Lutsk a
    missile hit a block"), then the sentence; never when all the weapons aimed at it were
    shot down after ("struck Odesa with two missiles; both were intercepted")."""
    start, end = span
    if V.ALL_DOWNED.search(text, mention.end, end):
        return False
    lo = max((b.end() for b in V.BARRIER.finditer(text, start, mention.start)), default=start)
    # (the place's clause starts no earlier than its sentence, when the evidence spans two:
    # "... shot down 12 of them. In the Izmail district the attack damaged the port")
    # (the look-ahead for the capital reads the place's own first letter)
    lo = max((e.end() for e in _SENTENCE_END.finditer(text, lo, mention.start + 1)),
             default=lo)
    stop = V.BARRIER.search(text, mention.end, end)
    if (stop is not None and (head := _LINE_HEAD_AFTER.match(text, mention.end)) is not None
            and head.end() >= stop.end()):
        # "Kalynivka hromada: a hit on an infrastructure object": the words after the
        # colon that the place heads are its own clause
        stop = V.BARRIER.search(text, head.end(), end)
    own = _nearest_cue(text, (lo, stop.start() if stop else end), mention, interception)
    if own is None and (lo, stop) != (start, None):
        own = _nearest_cue(text, span, mention, interception)
    return own == "impact"


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
# A place heading its line: "Kalynivka hromada: ...", "Sumy – ..."
_LINE_HEAD_AFTER = re.compile(r"(\s+(hromada|community|district|raion))?\s*[:–—]\s")


def _nearest_cue(text: str, span: tuple[int, int], mention: Mention,
                 interception: re.Pattern) -> str | None:
    """"impact" or "intercepted": the cue of ``span`` nearest before the mention, else
    nearest after it; None without any."""
    start, end = span
    if any(m.start() < mention.start and m.end() > mention.end
           for m in interception.finditer(text, start, end)):
        return "intercepted"  # "an attempt to strike X with missiles was suppressed"
    before = text[start:mention.start]
    # ("debris from an intercepted drone damaged": the debris did it)
    cues = [(m.end(), "impact") for m in V.IMPACT.finditer(before)
            if not V.DEBRIS.search(before, max(0, m.start() - 45), m.start())]
    cues += [(m.end(), "intercepted") for m in interception.finditer(before)]
    if cues:
        return max(cues)[1]
    after = text[mention.end:end]
    cues = [(m.start(), "impact") for m in V.IMPACT.finditer(after)
            if not V.DEBRIS.search(after, max(0, m.start() - 45), m.start())]
    cues += [(m.start(), "intercepted") for m in interception.finditer(after)]
    return min(cues)[1] if cues else None


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


def continues(text, span, etype, next_mentions, places, taxonomy, read="") -> bool:
    """Whether the next sentence carries on the event (told in ``read``), naming where it
    happened."""
    # (a place that only speaks, "Governor of the Kursk region: ...", says not where it was;
    # a region holds the crossings a blockade is at: "blocking crossings in Podkarpackie.
    # At Medyka, ...")
    if not next_mentions:
        return False
    fine = [m for m in places if m.place.kind in FINE_KINDS and not is_spoken(text, m)
            and not (m.place.kind == "admin1" and "crossing" in etype.prefer)]
    if fine and not _REGIONS_UNNAMED.search(read):
        # (unless it leaves regions to be named: "destroyed 21 drones over Russian regions
        # and over the Sea of Azov. The breakdown: nine over the Bryansk region, ...")
        # regions only, and the next sentence names a town of one of them: "Drones
        # attacked the Kharkiv region. In Kupiansk, a house was damaged." (not after a
        # tally of interceptions over the region: "The rest fell near Bashtanka")
        regions = {m.place.admin1_code for m in fine if m.place.kind == "admin1"}
        if len(regions) < len(fine) or taxonomy.tells_interception(read) or not any(
                m.place.kind == "locality" and m.place.admin1_code in regions
                for m in next_mentions):
            return False
    sentence = masked(text[span[0]:span[1]], taxonomy)
    if taxonomy.any_trigger(sentence):
        return False  # it reports an event of its own
    if V.THREAT_OF.search(text, *span):
        return False  # "Threat of strike UAVs for the Poltava oblast": a warning
    if V.PAST.search(sentence):
        return False  # "Ukraine has in recent months regularly targeted depots": a habit
    return any(p.search(sentence) for p in etype.continue_cues)
