"""Events: the taxonomy, event detection per sentence, and linking events to their places.

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
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from . import validate
from .deadline import Deadline
from .errors import InputError
from .models import PLACE_KINDS, Event, Mention

DRAW_KINDS = ("region", "point", "sea")
STATUSES = ("planned", "ongoing", "ended", "unknown")
# "Up to six words": each word is taken whole (possessive), so a run of hyphens or
# apostrophes between two words can be read one way only and a search stays linear.
_WORDS_BETWEEN = r"\W++(?:\w[\w'’-]*+\W++){0,6}?"
_DEFAULT = Path(__file__).with_name("taxonomy.toml")


@dataclass(frozen=True)
class EventType:
    """One type of the taxonomy (see ``taxonomy.toml`` for the meaning of each field)."""

    id: str
    label: str
    colour: str
    icon: str
    draw: str
    prefer: tuple[str, ...]
    hypothetical: str
    triggers: tuple[re.Pattern, ...]
    continue_cues: tuple[re.Pattern, ...]

    @cached_property
    def trigger(self) -> re.Pattern:
        """All triggers as one pattern: one search finds the leftmost of them."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.triggers), re.IGNORECASE)


@dataclass(frozen=True)
class Taxonomy:
    """The event types, in file order."""

    types: tuple[EventType, ...]
    source: str

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.types)

    def get(self, type_id: str) -> EventType:
        for t in self.types:
            if t.id == type_id:
                return t
        raise InputError(f"unknown event type {type_id!r}; choose from {', '.join(self.ids)}")

    def select(self, ids) -> Taxonomy:
        """The taxonomy restricted to ``ids`` (an iterable or a comma-separated string)."""
        if ids is None:
            return self
        if isinstance(ids, str):
            ids = [i.strip() for i in ids.split(",") if i.strip()]
        chosen = [self.get(i) for i in ids]
        if not chosen:
            raise InputError(f"no event types given; choose from {', '.join(self.ids)}")
        return Taxonomy(tuple(chosen), self.source)


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Load a taxonomy TOML file (the shipped default when ``path`` is None).

    Raises :class:`~geomap.errors.InputError` naming the file and the problem.
    """
    if path is None:
        return _default_taxonomy()
    return _load(Path(path))


@cache
def _default_taxonomy() -> Taxonomy:
    return _load(_DEFAULT)


def _load(path: Path) -> Taxonomy:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such taxonomy file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise InputError(f"{path}: not a readable TOML taxonomy ({err})") from err
    entries = raw.get("type")
    if not isinstance(entries, list) or not entries:
        raise InputError(f"{path}: no [[type]] entries")
    types = tuple(_event_type(path, n, entry) for n, entry in enumerate(entries, 1))
    ids = [t.id for t in types]
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate type ids in {', '.join(ids)}")
    return Taxonomy(types, str(path))


def _event_type(path: Path, n: int, entry) -> EventType:
    where = f"{path}: type #{n}"
    if not isinstance(entry, dict):
        raise InputError(f"{where} is not a table")
    for key in ("id", "label", "colour", "draw", "triggers"):
        if key not in entry:
            raise InputError(f"{where} has no {key!r}")
    if not isinstance(entry["id"], str) or not validate.ID.fullmatch(entry["id"]):
        raise InputError(f"{where}: id {entry['id']!r} is not lower-case letters, digits "
                         "and _")
    where = f"{path}: type {entry['id']!r}"
    _check_display(where, entry)
    if entry["draw"] not in DRAW_KINDS:
        raise InputError(f"{where}: draw {entry['draw']!r}; choose from {', '.join(DRAW_KINDS)}")
    prefer = entry.get("prefer", [])
    if not isinstance(prefer, list) or not all(k in PLACE_KINDS for k in prefer):
        raise InputError(f"{where}: prefer {prefer!r}; choose from {', '.join(PLACE_KINDS)}")
    hypothetical = entry.get("hypothetical", "drop")
    if hypothetical not in ("drop", "planned"):
        raise InputError(f"{where}: hypothetical {hypothetical!r}; choose drop or planned")
    return EventType(
        id=entry["id"], label=entry["label"], colour=entry["colour"],
        icon=entry.get("icon", "info-sign"), draw=entry["draw"],
        prefer=tuple(prefer), hypothetical=hypothetical,
        triggers=_patterns(where, "trigger", entry["triggers"]),
        continue_cues=_patterns(where, "continue cue", entry.get("continue_cues", [])),
    )


def _check_display(where: str, entry: dict) -> None:
    """Label, colour and icon reach every page drawn with the taxonomy: plain values only."""
    problem = validate.label_problem(entry["label"])
    if problem:
        raise InputError(f"{where}: label {entry['label']!r} {problem}")
    if not validate.is_css_colour(entry["colour"]):
        raise InputError(f"{where}: colour {entry['colour']!r} is not a CSS colour (a name, "
                         "#rgb, #rrggbb, rgb() or hsl())")
    icon = entry.get("icon", "info-sign")
    if not isinstance(icon, str) or not validate.ICON.fullmatch(icon):
        raise InputError(f"{where}: icon {icon!r} is not a Font Awesome name such as 'bomb'")


def _patterns(where: str, what: str, patterns) -> tuple[re.Pattern, ...]:
    if not isinstance(patterns, list):
        raise InputError(f"{where}: {what}s must be a list of regular expressions")
    out = []
    for pattern in patterns:
        if not isinstance(pattern, str) or not pattern:
            raise InputError(f"{where}: {what} {pattern!r} is not a regular expression")
        expanded = pattern.replace("{w}", _WORDS_BETWEEN)
        problem = validate.pattern_problem(expanded, re.IGNORECASE)
        if problem:
            raise InputError(f"{where}: {what} {pattern!r} refused: {problem} (write {{w}} "
                             "for words in between, or make the inner part possessive: "
                             "*+ ++ (?>...))")
        out.append(re.compile(expanded, re.IGNORECASE))
    return tuple(out)


# ---------------------------------------------------------------- status and dates

_NEGATION = re.compile(r"\b(no|not|never|without|denied|denies|deny|none)\b|n't\b", re.I)
_ENDED = re.compile(r"\b(reopen(ed|s|ing)?|lifted|ended|called off|unblock(ed|ing)?|"
                    r"resumed|restored|completed|finished)\b", re.I)
_ONGOING = re.compile(r"\b(continu(e|es|ed|ing)|still|remain(s|ed)?|ongoing|kept|keep(s|ing)?|"
                      r"(have|has) been \w+ing|(are|is) \w+ing)\b", re.I)
_PLANNED = re.compile(r"\b(will|shall|plans?|planned|planning|intends?|intended|set to|"
                      r"agreed to|to sign|prepar(e|es|ing) to|next (week|month|year))\b", re.I)
_HYPOTHETICAL = re.compile(r"\b(could|might|may|would|threaten(ed|s)? to|if)\b", re.I)
_CLAUSE = re.compile(r"[,;:—–()]")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_WORD = re.compile(r"\b(?:on |last |this )?(" + "|".join(_WEEKDAYS) + r")\b|"
                       r"\b(yesterday|today|tonight|overnight|last night|this morning|"
                       r"this week|last week)\b", re.I)
_RELATIVE_DAYS = {"yesterday": 1, "last week": 7}
_DATE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? "
                   r"(\d{1,2})\b|\b(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
                   r"nov|dec)[a-z]*\b", re.I)


def status_of(sentence: str, trigger: re.Match, etype: EventType) -> str | None:
    """The event's status, or None when the sentence says it did not (or may not) happen."""
    before = sentence[:trigger.start()]
    if _negated(before, trigger, etype):
        return None
    if _ENDED.search(sentence):
        return "ended"
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    clause = sentence[clause_start:trigger.end()]
    if _ONGOING.search(clause) and etype.draw == "point":
        return "ongoing"
    if _PLANNED.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if _HYPOTHETICAL.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if _ONGOING.search(clause):
        return "ongoing"
    return "unknown"


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
        back = (pub.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
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
                when = dt.date(year, _MONTHS.index(month) + 1, day)
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
_SPEAKER_AFTER = re.compile(r"\s*(said|says|told|announced|reported|stated)\b", re.I)
_ORG_AFTER = re.compile(r"^['’]s\s+(\w+\s+){0,2}(administration|air force|army|military|"
                        r"government|ministry|president|forces|troops|governor|mayor|"
                        r"officials?|authorities|navy|general staff|police|parliament|"
                        r"spokesman|spokesperson|media|broadcaster|company|firms?)\b", re.I)
# ", the port city on the Black Sea": a description of the place named before it.
_APPOSITIVE = re.compile(r"^\s*,\s+(the|a|an)\s+[\w\s'’-]{0,30}?\b(on|near|by|along|off|in)\s+"
                         r"(the\s+)?$", re.I)
_LOCAL_BOUNDARY = re.compile(r"[,;:—–()]|\b(while|but|whereas|although)\b", re.I)
_ORIGIN = re.compile(r"\bfrom\s+(the\s+)?([\w'’]+\s+){0,2}$", re.I)
# "Nikopol in Dnipropetrovsk Oblast", "Kupiansk, in the Kharkiv region": the region only
# says where the town is.
_CONTAINER_GAP = re.compile(r"^\s*(,\s*)?(in\s+)?(the\s+)?$", re.I)
_UNAFFECTED = re.compile(r"\b(normally|unaffected|not affected|as usual|remain(s|ed)? open|"
                         r"(is|was|were|are) open)\b", re.I)
_ACTOR_AFTER = re.compile(r"^(['’]s)?\s*(\w+\s+){0,2}(launched|fired|attacked|sent|struck|"
                          r"targeted|hit|shelled|bombed|used)\b", re.I)
_FINE_KINDS = frozenset({"locality", "admin1", "admin2", "crossing", "sea", "region"})
# After these words a sentence says why or what someone wants, not where it happened.
_ASIDE = re.compile(r"\b(demanding|saying|calling (for|on)|urging|asking|claiming|arguing|"
                    r"because|in protest (against|at)|in response to|so that|in order to)\b",
                    re.I)


def _is_incident_place(text: str, mention: Mention, etype: EventType,
                       previous: Mention | None) -> bool:
    before = text[max(0, mention.start - 80):mention.start]
    after = text[mention.end:mention.end + 60]
    if _SPEAKER.search(before) or _ORG_AFTER.match(after) or after.startswith("-based"):
        return False
    if previous is not None and _APPOSITIVE.match(text[previous.end:mention.start]):
        return False
    if etype.hypothetical == "drop":  # attacks: the origin and the attacker are not targets
        if _ORIGIN.search(before):
            return False
        if mention.place.kind == "country" and _ACTOR_AFTER.match(after):
            return False
    return True


def _choose_places(text: str, mentions: list[Mention], etype: EventType,
                   aside_from: int | None = None) -> list[Mention]:
    kept = [m for prev, m in zip([None, *mentions], mentions) if m.place.kind != "continent"
            and (aside_from is None or m.start < aside_from)
            and _is_incident_place(text, m, etype, prev)]
    kept = _drop_containers(text, kept)
    # A place that only speaks ("the governor of Belgorod Oblast said") counts only when
    # the sentence names no other place.
    spoken = [m for m in kept if _SPEAKER_AFTER.match(text, m.end)]
    if spoken and len(spoken) < len(kept):
        kept = [m for m in kept if m not in spoken]
    preferred = [m for m in kept if m.place.kind in etype.prefer]
    if preferred:
        return preferred
    fine = [m for m in kept if m.place.kind in _FINE_KINDS]
    if fine and etype.hypothetical == "drop":
        return fine  # an attack on named places, not on the whole country
    fine_countries = {m.place.country_code for m in fine}
    return [m for m in kept if m.place.kind in _FINE_KINDS
            or m.place.country_code not in fine_countries]


def _drop_containers(text: str, mentions: list[Mention]) -> list[Mention]:
    out = []
    for prev, m in zip([None, *mentions], mentions):
        if (prev is not None and m.place.kind == "admin1" and prev.place.kind == "locality"
                and prev.place.admin1_code == m.place.admin1_code
                and _CONTAINER_GAP.match(text[prev.end:m.start])):
            continue
        out.append(m)
    return out


def detect_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                  taxonomy: Taxonomy, published: str | None = None,
                  deadline: Deadline | None = None) -> list[Event]:
    """Events of ``taxonomy`` in a document, each linked to the places it happened at.

    ``sentences`` are (start, end) offsets (see :func:`geomap.sentences.split_sentences`),
    ``mentions`` the document's place mentions (see :func:`geomap.geoparse.geoparse`).
    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed.
    """
    by_sentence = _mentions_by_sentence(sentences, mentions)
    events: list[Event] = []
    previous: dict[str, str | None] = {}  # type -> date of its event in the last sentence
    for n, (start, end) in enumerate(sentences):
        if deadline is not None:
            deadline.check()
        dated, previous = previous, {}
        if not by_sentence[n] and (n + 1 == len(sentences) or not by_sentence[n + 1]):
            continue  # no place here or next: nothing to link an event to
        sentence = text[start:end]
        for etype in taxonomy.types:
            trigger = _first_trigger(sentence, etype)
            if trigger is None:
                continue
            status = status_of(sentence, trigger, etype)
            if status is None:
                continue
            date = date_of(sentence, published) or dated.get(etype.id) or published
            previous[etype.id] = date
            aside = _ASIDE.search(sentence, trigger.end())
            places = _choose_places(text, by_sentence[n], etype,
                                    start + aside.start() if aside else None)
            confidence = 0.9
            evidence_end = end
            if n + 1 < len(sentences) and _continues(text, sentences[n + 1], etype,
                                                      by_sentence[n + 1], places, taxonomy):
                follow = _choose_places(text, by_sentence[n + 1], etype)
                places = _choose_places(text, [*places, *follow], etype)
                if any(m.end > end for m in places):  # the evidence shows where it was
                    evidence_end = sentences[n + 1][1]
            for place_status, group in _by_local_status(text, (start, end), places, status):
                events.append(Event(etype.id, place_status, tuple(group),
                                    text[start:evidence_end], start, evidence_end, date,
                                    confidence))
    return events


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
                  bounds: list[tuple[int, int]]) -> str | None:
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
    sentence = text[span[0]:span[1]]
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
