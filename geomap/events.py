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
import re
from functools import cache, lru_cache

from . import weights as W
from .deadline import Deadline
from .models import Event, Mention, Status
from .taxonomy import EventType, Taxonomy, load_taxonomy
from .vocabulary import MONTH_ABBREVIATIONS, WEEKDAYS

__all__ = ["detect_events", "load_taxonomy", "Taxonomy", "EventType"]

# ---------------------------------------------------------------- status and dates

_NEGATION = re.compile(r"\b(no|not|never|without|denied|denies|deny|none)\b|n't\b", re.I)
_ENDED = re.compile(r"\b(reopen(ed|s|ing)?|lifted|ended|called off|unblock(ed|ing)?|"
                    r"suspended (their|the|its) (protest|blockade|action)s?|"
                    r"resumed(?! (their|the|its) (protest|blockade|action))|restored|completed|"
                    r"finished)\b", re.I)
_ONGOING = re.compile(r"\b(continu(e|es|ed|ing)|still|remain(s|ed)?|ongoing|kept|keep(s|ing)?|"
                      r"(have|has) been \w+ing|(are|is) \w+ing|"
                      # a state that holds now: "is blocked", "blocked by the protesters"
                      r"(are|is) (being )?(blocked|closed|shut|barricaded|paralysed|paralyzed)|"
                      r"(blocked|closed|shut|barricaded) by|"
                      r"resum(e|es|ed|ing) (their|the|its) (protest|blockade|action))\b", re.I)
_PLANNED = re.compile(r"\b(will|shall|plans?|planned|planning|intends?|intended|set to|"
                      r"agreed to|to sign|prepar(e|es|ing) to|next (week|month|year)|"
                      r"(agreement|deal)(?:\s++[\w-]++){0,3}?\s+to|expected to|aims? to|"
                      r"registered)\b", re.I)
# A condition, a threat or an allegation: whatever the type, nothing has happened here.
_CONDITIONAL = re.compile(r"\b(if|unless|consider(s|ed|ing)?|weigh(s|ed|ing)?|"
                          r"threaten(s|ed|ing)? to|suspected of|accused of|charged with|"
                          r"convicted of|sentenced)\b", re.I)
# An earlier time, or a count over a long period: background, not this report's event.
_PAST = re.compile(r"\b(last year|years? ago|earlier in the war|in (19|20)\d\d\b|"
                   r"(has|have) [a-z]+ (hundreds|thousands|tens of thousands) of|"
                   r"since (the )?(start|beginning|outbreak)|since (19|20)\d\d|"
                   r"since (jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I)
# "the missiles would arrive": a modal right after the trigger.
# Words taken whole (possessive), as in {w}: a hyphen run reads one way only, in linear time.
_MODAL_AFTER = re.compile(r"\W*+(?:\w[\w'’-]*+\W++){0,2}?(would|will|could|might|(?-i:may))\b",
                          re.I)
# "may" only in lower case: "On 12 May" is a day.
_HYPOTHETICAL = re.compile(r"\b(could|might|(?-i:may)|would|threaten(ed|s)? to|if)\b", re.I)
_CLAUSE = re.compile(r"[,;:—–()]")
_DAY_WORD = re.compile(r"\b(?:on |last |this )?(" + "|".join(WEEKDAYS) + r")\b|"
                       r"\b(yesterday|today|tonight|overnight|last night|this morning|"
                       r"this week|last week)\b", re.I)
_RELATIVE_DAYS = {"yesterday": 1, "last week": 7}
# A month is its first three letters and any letters after ("Sept.", "December").
_MONTH = "|".join(MONTH_ABBREVIATIONS)
_DATE = re.compile(r"\b(" + _MONTH + r")[a-z]*\.? (\d{1,2})\b|\b(\d{1,2}) (" + _MONTH
                   + r")[a-z]*\b", re.I)


def status_of(sentence: str, trigger: re.Match, etype: EventType) -> Status | None:
    """The event's status, or None when the sentence says it did not (or may not) happen."""
    before = sentence[:trigger.start()]
    if _negated(before, trigger, etype):
        return None
    if _ENDED.search(sentence):
        return "ended"
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    clause = sentence[clause_start:trigger.end()]
    # The whole clause, also after the trigger: "considering blockades at the border if ..."
    rest = _CLAUSE.search(sentence, trigger.end())
    whole = sentence[clause_start:rest.start() if rest else len(sentence)]
    if _CONDITIONAL.search(whole):
        return None
    if etype.hypothetical == "drop" and (_PAST.search(whole) or _MODAL_AFTER.match(
            sentence, trigger.end())):
        return None
    if _ONGOING.search(whole) and etype.draw == "point":
        return "ongoing"
    if _PLANNED.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if _HYPOTHETICAL.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if _ONGOING.search(clause):
        return "ongoing"
    return etype.status_default


def _negated(before: str, trigger: re.Match, etype: EventType) -> bool:
    """A negation in the three words before the trigger or inside its match, except the
    negation words the trigger itself spells ("denied entry" is a phrase, not a denial)."""
    if _NEGATION.search(" ".join(_LAST_WORDS.findall(before)[-3:])):
        return True
    own = next((_spelled_negations(p.pattern) for p in etype.triggers
                if (m := p.match(trigger.string, trigger.start())) and m.end() == trigger.end()),
               frozenset())
    return any(n.group().lower() not in own for n in _NEGATION.finditer(trigger.group()))


_LAST_WORDS = re.compile(r"[\w'’]+")


@cache
def _spelled_negations(pattern: str) -> frozenset[str]:
    """Negation words written in a pattern itself (its escapes such as \\b removed)."""
    words = re.sub(r"\\[A-Za-z]", " ", pattern)
    return frozenset(m.group().lower() for m in _NEGATION.finditer(words))


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
    m = _DAY_WORD.search(sentence)
    if m and m.group(1):
        back = (pub.weekday() - WEEKDAYS.index(m.group(1).lower())) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if m and m.group(2):
        return (pub - dt.timedelta(days=_RELATIVE_DAYS.get(m.group(2).lower(), 0))).isoformat()
    # "since November 6" says when something began, not when this report's event happened.
    m = next((d for d in _DATE.finditer(sentence)
              if not re.search(r"\bsince\s+$", sentence[:d.start()], re.I)), None)
    if m:
        month = (m.group(1) or m.group(4)).lower()[:3]
        day = int(m.group(2) or m.group(3))
        # The latest such day on or before publication ("Feb. 29" may be years back).
        for year in range(pub.year, pub.year - 8, -1):
            try:
                when = dt.date(year, MONTH_ABBREVIATIONS.index(month) + 1, day)
            except ValueError:
                continue
            if when <= pub:
                return when.isoformat()
    return None


# ---------------------------------------------------------------- linking

# Where someone spoke or met is not where the event happened.
_SPEAKER = re.compile(r"\b(said|says|told|announced|stated|spoke|speaking|declared|added|"
                      r"wrote|met|meeting|talks|summit|conference|visit(ed|ing)?)\b"
                      r"(\s+[\w'’]+){0,3}\s+(in|from)\s+(the\s+)?$", re.I)
_SPEAKER_AFTER = re.compile(r"\s*(said|says|told|announced|reported|stated|blamed|denied|"
                            r"claimed|accused|condemned|warned|responded|rejected|insisted|"
                            r"(did|does|has|had) not)\b", re.I)
_ORG_AFTER = re.compile(r"^['’]s\s+(\w+\s+){0,2}(administration|air force|army|military|"
                        r"government|ministry|president|forces|troops|governor|mayor|"
                        r"officials?|authorities|navy|general staff|police|parliament|"
                        r"spokesman|spokesperson|media|broadcaster|company|firms?)\b", re.I)
# ", the port city on the Black Sea": a description of the place named before it.
_APPOSITIVE = re.compile(r"^\s*,\s+(the|a|an)\s+[\w\s'’-]{0,30}?\b(on|near|by|along|off|in)\s+"
                         r"(the\s+)?$", re.I)
_LOCAL_BOUNDARY = re.compile(r"[,;:—–()]|\b(while|but|whereas|although)\b", re.I)
# "launched from Crimea at Odesa": the words after the origin may not start a new target.
_ORIGIN = re.compile(r"\bfrom\s+(the\s+)?((?!(at|on|in|against|towards?|into|over|near)\b)"
                     r"[\w'’]+\s+){0,2}$", re.I)
# "lorries heading to Ukraine", "grain bound for Poland": where something goes, not where
# the event is.
_DESTINATION = re.compile(r"\b(heading|headed|bound|destined|en route|on (its|their|the) way|"
                          r"travell?ing|going|exported|exports?|shipped|transit(ing)?)\s+"
                          r"(back\s+)?(to|for|towards?|into)\s+(the\s+)?$", re.I)
# "Nikopol in Dnipropetrovsk Oblast", "Kupiansk, in the Kharkiv region": the region only
# says where the town is.
_UNAFFECTED = re.compile(r"\b(normally|unaffected|not affected|as usual|remain(s|ed)? open|"
                         r"(is|was|were|are) open)\b", re.I)
_ACTOR_AFTER = re.compile(r"^(['’]s)?\s*(\w+\s+){0,2}(launched|fired|attacked|sent|struck|"
                          r"targeted|hit|shelled|bombed|used)\b", re.I)
_FINE_KINDS = frozenset({"locality", "admin1", "admin2", "crossing", "sea", "region"})
# After these words a sentence says why or what someone wants, not where it happened.
_ASIDE = re.compile(r"\b(demanding|saying|calling (for|on)|urging|asking|claiming|arguing|"
                    r"because|in protest (against|at)|in response to|so that|in order to)\b",
                    re.I)


# "the border with Russia", "an agreement with Kyiv", "launched by Russia": a neighbour,
# a government or an actor, not where the event happened.
_NOT_HERE_BEFORE = re.compile(r"\b((border|borders|frontier)\s+(with|of)|(agreement|deal|talks|"
                              r"negotiations|relations|treaty|dialogue|dispute|contract)\s+"
                              r"(with|between)|(launched|fired|sent|operated|deployed|"
                              r"carried out)\s+by|(banks?|shores?|mouth|delta|estuary)\s+of|"
                              r"leaving|exiting|departing( from)?|(coming|arriving) from|"
                              r"accused|accusing|blamed|blaming)"
                              r"\s+(the\s+)?$", re.I)
# "the Black Sea port of Odesa", "the Donetsk region town of Toretsk", "the Dniprovskyi
# district of Kherson": the name after "of" is the place.
_DESCRIPTOR_AFTER = re.compile(r"^\s+(region\s+|oblast\s+)?(port|port city|city|town|village|"
                               r"resort|coast|settlement|districts?|neighbou?rhoods?|"
                               r"microdistricts?)\s+of\b", re.I)
# "north of Istanbul": a landmark that says where the named place is.
_RELATIVE_BEFORE = re.compile(r"\b(north|south|east|west|northeast|northwest|southeast|"
                              r"southwest|outside)\s+of\s+(the\s+)?$", re.I)
# "on the Polish side": a country's side of a border, not a place of its own (a town's
# side, "the Dorohusk side", is that town).
_SIDE_AFTER = re.compile(r"^\s+side\b", re.I)
# "Izmail on the Danube": where the place before lies.
_LOCATED_ON = re.compile(r"^\s+(on|by|along|off)\s+the\s+$", re.I)
# "MOSCOW (AP) -": a dateline says where the report was filed.
_DATELINE_AFTER = re.compile(r"^\s*(\([^()]{1,40}\)\s*)?[-—–]")
# Words that start a target after an origin: "from Crimea at Odesa".
_TARGET_WORD = re.compile(r"\b(at|on|against|towards?|over|into|in|targeting|near|hit|struck)\b|"
                          r"[.;:!?]", re.I)


def _is_incident_place(text: str, mention: Mention, etype: EventType,
                       previous: Mention | None) -> bool:
    before = text[max(0, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 60]
    if _SPEAKER.search(before) or _ORG_AFTER.match(after) or after.startswith("-based"):
        return False
    if previous is not None and (_APPOSITIVE.match(text[previous.end:mention.start])
                                 or _LOCATED_ON.match(text[previous.end:mention.start])):
        return False
    if _DESTINATION.search(before) or re.match(r"-bound\b", after):
        return False
    if (_NOT_HERE_BEFORE.search(before) or _DESCRIPTOR_AFTER.match(after)
            or mention.place.kind == "country" and _SIDE_AFTER.match(after)):
        return False
    if mention.start < 3 and mention.text.isupper() and _DATELINE_AFTER.match(after):
        return False
    if etype.hypothetical == "drop":  # attacks: the origin and the attacker are not targets
        if _ORIGIN.search(before):
            return False
        if mention.place.kind == "country" and _ACTOR_AFTER.match(after):
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
    kept = _drop_containers(text, kept)
    # A place that only speaks ("the governor of Belgorod Oblast said") counts only when
    # the sentence names no other place.
    spoken = [m for m in kept if _SPEAKER_AFTER.match(text, m.end)
              or _RELATIVE_BEFORE.search(text, max(0, m.start - 40), m.start)]
    if spoken and len(spoken) < len(kept):
        spoken_at = {m.start for m in spoken}  # a set: long lists stay linear
        kept = [m for m in kept if m.start not in spoken_at]
    preferred = [m for m in kept if m.place.kind in etype.prefer]
    if preferred:
        return preferred
    fine = [m for m in kept if m.place.kind in _FINE_KINDS]
    # An event at named places, not in the whole country ("the Medyka crossing on the
    # border with Ukraine").
    return fine or kept


def _drop_origin_lists(text: str, mentions: list[Mention], kept: list[Mention]) -> list[Mention]:
    """"launched from Primorsko-Akhtarsk and Cape Chauda, Crimea": the names that go on
    an origin's list, before any word that starts a target, are origins too."""
    out, origin_end = [], None
    kept_at = {m.start for m in kept}  # a set: long lists stay linear
    for m in mentions:
        if m.start not in kept_at:
            if _ORIGIN.search(text[max(0, m.start - 80):m.start]):
                origin_end = m.end
            continue
        gap = text[origin_end:m.start] if origin_end is not None else ""
        if origin_end is not None and len(gap) < 40 and not _TARGET_WORD.search(gap):
            origin_end = m.end
            continue
        origin_end = None
        out.append(m)
    return out


_REGION_WORD_AFTER = re.compile(r"\s+(region|oblast|province|county|voivodeship|district|"
                                r"governorate|krai)\b", re.I)


def _drop_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    """A region that only says where a named town lies ("Nikopol in Dnipropetrovsk
    Oblast", "in Zhytomyr region sappers ... near Korosten") is not a second place."""
    towns: dict[str, set[str]] = {}
    for m in mentions:
        if m.place.kind == "locality" and m.place.admin1_code:
            towns.setdefault(m.place.admin1_code, set()).add(m.place.id)
    out = []
    for m in mentions:
        others = towns.get(m.place.admin1_code, set()) - {m.place.id}
        if others and (m.place.kind == "admin1" or _REGION_WORD_AFTER.match(text, m.end)):
            continue
        out.append(m)
    return out


def detect_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                  taxonomy: Taxonomy, published: str | None = None,
                  deadline: Deadline | None = None) -> list[Event]:
    """Events of ``taxonomy`` in a document, each linked to the places it happened at.

    ``sentences`` are (start, end) offsets (see :func:`geomap.sentences.split_sentences`),
    ``mentions`` the document's place mentions (see :func:`geomap.geoparser.geoparse`).
    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed.
    """
    by_sentence = _mentions_by_sentence(sentences, mentions)
    checked: dict = {}  # (mention, previous, drops origins) -> whether it is a place of events
    events: list[Event] = []
    previous: dict[str, str | None] = {}  # type -> date of its event in the last sentence
    carried: dict[str, tuple[int, str, str | None]] = {}  # type -> (start, status, date)
    consumed = -1  # a sentence whose places an event of the one before already took
    for n, (start, end) in enumerate(sentences):
        if deadline is not None:
            deadline.check()
        dated, previous = previous, {}
        last, carried = carried, {}
        sentence = text[start:end]
        if not by_sentence[n] and (n + 1 == len(sentences) or not by_sentence[n + 1]) and not (
                n and (_ANAPHOR.search(sentence) or any(by_sentence[max(0, n - 2):n]))):
            continue  # no place here, next or referred to: nothing to link an event to
        candidates = taxonomy.could_match(sentence.lower())
        read = _masked(sentence, taxonomy) if candidates else sentence
        found = _overridden([(t, m) for t in candidates if (m := _first_trigger(read, t))])
        nearest = _nearest_types(read, start, found, by_sentence[n]) if len(found) > 1 else None
        if not found and last and n != consumed:
            events += _followed(text, (start, end), by_sentence[n], read, last, taxonomy)
            carried = {k: (start, *v[1:]) for k, v in last.items()}
        for etype, trigger in found:
            status = status_of(read, trigger, etype)
            if status is None:
                continue
            date = date_of(sentence, published) or dated.get(etype.id) or published
            previous[etype.id] = date
            carried[etype.id] = (start, status, date)
            aside = _ASIDE.search(read, trigger.end())
            mine = by_sentence[n] if nearest is None else [
                m for m in by_sentence[n] if etype.id in nearest[m.start]]
            places = _choose_places(text, mine, etype, start + aside.start() if aside else None,
                                    checked)
            span = (start, end)
            if n + 1 < len(sentences) and _continues(text, sentences[n + 1], etype,
                                                      by_sentence[n + 1], places, taxonomy):
                follow = _choose_places(text, by_sentence[n + 1], etype, checked=checked)
                places = _choose_places(text, [*places, *follow], etype, checked=checked)
                consumed = n + 1
                if any(m.end > end for m in places):  # the evidence shows where it was
                    span = (start, sentences[n + 1][1])
            if not places and (referred := _referred(text, sentences, by_sentence, n, read)):
                places, span = [referred[0]], (referred[1], end)
            events += _events(text, span, etype, places, status, date, read, taxonomy)
    return events


# "shot down on approach to the city", "air defence worked over the region": the place
# named last before, of that kind.
_ANAPHOR = re.compile(r"\b(the|this) (city|town|village|settlement|port|community|region|"
                      r"oblast|province|area)\b", re.I)
_ANAPHOR_KINDS = {"region": "admin1", "oblast": "admin1", "province": "admin1", "area": "any"}


def _referred(text, sentences, by_sentence, n, read) -> tuple[Mention, int] | None:
    """The place an event sentence without places refers to, and where its sentence
    starts (the evidence runs from there): the last place of the kind "the city" or "the
    region" names, or a heading that names only a place ("Bryansk region.")."""
    anaphor = _ANAPHOR.search(read)
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


_HEADING = re.compile(r"^\W*(?:(city|region|oblast|krai|province|community|district|"
                      r"hromada)\W*)?$", re.I)


def _heading(text, span, mentions) -> Mention | None:
    """A sentence that is only a place name: a post's heading ("Kharkiv!", "Rostov region.")."""
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if _HEADING.match(text[span[0]:m.start]) and _HEADING.match(text[m.end:span[1]]):
        return m
    return None


def _overridden(found):
    """Drop the types that an earlier trigger of another type overrides."""
    out = []
    for etype, trigger in found:
        if not any(etype.id in other.overrides and m.start() < trigger.start()
                   for other, m in found):
            out.append((etype, trigger))
    return out


_BARRIER = re.compile(r"[;:]|\b(while|whereas|but)\b|,\s+and\b")


def _nearest_types(read: str, start: int, found, mentions) -> dict[int, set[str]]:
    """For a sentence that reports several types of event, the types each place belongs
    to: the nearest trigger's, preferring one before the place and within its clause
    ("air strikes on Robotyne, drones at Orikhiv, and shelled Stepnohirsk"). Types whose
    triggers are about as near share the place ("drones and missiles struck Kyiv")."""
    spans = {t.id: [m.span() for m in t.trigger.finditer(read)] for t, _ in found}
    tools = [m.span() for m in _INSTRUMENT.finditer(read)]
    out: dict[int, set[str]] = {}
    for mention in mentions:
        a, b = mention.start - start, mention.end - start
        scores = {tid: min(_distance(read, a, b, s, e) for s, e in ss)
                  for tid, ss in spans.items() if ss}
        best = min(scores.values())
        chosen = {tid for tid, score in scores.items() if score <= best + W.TRIGGER_TIE}
        # "shelled Beryslav using mortars, artillery and drones": the weapons of one list
        # share its places
        for ts, te in tools:
            inside = {tid for tid, ss in spans.items() if any(ts <= s < te for s, _ in ss)}
            if inside & chosen:
                chosen |= inside
        out[mention.start] = chosen
    return out


_INSTRUMENT = re.compile(r"\b(with|using|by)\b[^.;:]{0,120}", re.I)


def _distance(read: str, a: int, b: int, s: int, e: int) -> int:
    """How far a trigger (s, e) is from a place (a, b), in characters plus penalties."""
    if e <= a:
        gap, between = a - e, read[e:a]
    elif s >= b:  # measured to its end: a trigger after the place may start far back
        gap, between = e - b + W.TRIGGER_AFTER_PENALTY, read[b:e]
    else:
        return 0
    return gap + W.TRIGGER_BARRIER_PENALTY * len(_BARRIER.findall(between))


def _events(text, span, etype, places, status, date, read, taxonomy) -> list[Event]:
    """One event per group of places that share a status, interception and domain."""
    out = []
    evidence = text[span[0]:span[1]]
    for (place_status, intercepted, domain), group in _groups(text, span, etype, places,
                                                                status, read, taxonomy):
        out.append(Event(etype.id, place_status, tuple(group), evidence, span[0], span[1],
                         date, W.EVENT_CONFIDENCE, intercepted, domain))
    return out


def _followed(text, span, mentions, read, last, taxonomy) -> list[Event]:
    """"... 40 drones overnight. Others were shot down over Sumy and Poltava.": a sentence
    with no event of its own that reports interceptions carries on the last one's attacks,
    with both sentences as evidence."""
    if not mentions or taxonomy.interception is None or not taxonomy.interception.search(read):
        return []
    if not _TALLY.search(read):
        return []  # "shot down a Su-25 near Pokrovsk": something else was shot down
    out = []
    for type_id, (first, status, date) in last.items():
        etype = taxonomy.get(type_id)
        if not etype.interceptable:
            continue
        places = _choose_places(text, mentions, etype)
        out += _events(text, (first, span[1]), etype, places, status, date, read, taxonomy)
    return out


# Words that point back at the weapons counted before: "others", "27 of them", "all".
_TALLY = re.compile(r"\b(others|the rest|remaining|most|all|some|them|they|these)\b|"
                    r"(?<![\w-])\d+(?![\w-])", re.I)


def _masked(sentence: str, taxonomy: Taxonomy) -> str:
    """The sentence with phrases that name weapons without using them blanked out (offsets
    are kept)."""
    if taxonomy.mask is None or not taxonomy.may_mask(sentence):
        return sentence
    return _blanked(taxonomy.mask, sentence)


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


_IMPACT = re.compile(r"\b(hit|hits|struck|strikes?|damag(ed|ing|es)|killed|kill(s|ing)|"
                     r"injur(ed|ing|ies)|wound(ed|ing)|exploded|destroying|landed|fell|"
                     r"got through|impacts?|reached)\b", re.I)


# What falls after an interception: its damage does not make the attack a hit.
_DEBRIS = re.compile(r"\b(debris|fragments|wreckage)\b", re.I)


def _impact_near(text: str, span: tuple[int, int], mention: Mention,
                 interception: re.Pattern) -> bool:
    """Whether the cue nearest before the place (else after it) says something hit rather
    than was shot down ("destroyed 102 missiles, but drones got through to Lviv")."""
    start, end = span
    before = text[start:mention.start]
    cues = [(m.end(), "impact") for m in _IMPACT.finditer(before)
            if not _DEBRIS.search(before, max(0, m.start() - 30), m.start())]
    cues += [(m.end(), "intercepted") for m in interception.finditer(before)]
    if cues:
        return max(cues)[1] == "impact"
    after = text[mention.end:end]
    cues = [(m.start(), "impact") for m in _IMPACT.finditer(after)
            if not _DEBRIS.search(after, max(0, m.start() - 30), m.start())]
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
    # Clause boundaries found once per sentence, however many places it lists.
    bounds = [(b.start(), b.end()) for b in _LOCAL_BOUNDARY.finditer(text, *sentence)]
    for m in places:
        local = (_local_status(text, sentence, m, bounds)
                 if sentence[0] <= m.start < sentence[1] else None)
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
    if _UNAFFECTED.search(window):
        return "unaffected"  # "while traffic at Korczowa flows normally"
    if _ENDED.search(window):
        return "ended"
    if _ONGOING.search(window):
        return "ongoing"
    return None


def _first_trigger(sentence: str, etype: EventType) -> re.Match | None:
    return etype.trigger.search(sentence) if etype.triggers else None


def _continues(text, span, etype, next_mentions, places, taxonomy) -> bool:
    """Whether the next sentence carries on the event, naming where it happened."""
    if not next_mentions or any(m.place.kind in _FINE_KINDS for m in places):
        return False
    sentence = _masked(text[span[0]:span[1]], taxonomy)
    if any(_first_trigger(sentence, other) for other in taxonomy.types):
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
