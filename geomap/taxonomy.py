"""The event taxonomy: the event types, their triggers, status cues, colours and icons.

Loaded from ``taxonomy.toml`` beside this module or from a file a user names (``--taxonomy``);
every pattern is checked by :mod:`geomap.validate` before it is compiled. Detection
(:mod:`geomap.events`) and rendering (:mod:`geomap.maps`) both read it from here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from . import validate
from .errors import InputError
from .gates import gated
from .models import PLACE_KINDS, STATUSES
from .screens import FOLDS_TO_ASCII, Screen, Screened, alternation, joined, screen_sets

DRAW_KINDS = ("region", "point", "sea")
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
    # "land"/"sea" -> cues that say which of the two the event happened on (mine clearing)
    domains: tuple[tuple[str, re.Pattern], ...] = ()
    # Whether reports of this type may say the weapons were shot down (drones, missiles).
    interceptable: bool = False
    # The status when nothing in the sentence says otherwise ("farmers blocked the
    # crossing": still blocked as far as the report knows).
    status_default: str = "unknown"
    # Types not reported in a sentence where this type's trigger comes first (the
    # weapons a sapper defuses are not an attack).
    overrides: tuple[str, ...] = ()
    # ISO 3166-2 codes of the regions this type's weapons reach (guns and glide bombs:
    # those by the front line and the border). A town named alone outside them, in their
    # countries, is read as its namesake inside them (see geomap.events).
    reach: frozenset[str] = frozenset()

    @cached_property
    def trigger(self) -> re.Pattern:
        """All triggers as one pattern: one search finds the leftmost of them."""
        return gated(re.compile("|".join(f"(?:{p.pattern})" for p in self.triggers),
                                re.IGNORECASE))


@dataclass(frozen=True)
class Taxonomy:
    """The event types, in file order."""

    types: tuple[EventType, ...]
    source: str
    # Phrases that name a weapon without reporting its use ("destroyed an S-300
    # launcher", "delivered drones"): hidden from the triggers.
    not_an_attack: tuple[re.Pattern, ...] = ()
    # Cues that the weapons were shot down or intercepted ("air defence downed ...").
    intercepted: tuple[re.Pattern, ...] = ()
    # The TOML text the taxonomy was read from (None when it was made in code): a copy
    # sent to another process is rebuilt from it (see __reduce__).
    text: str | None = field(default=None, compare=False, repr=False)

    def __reduce__(self):
        """Pickled as its file's text: a process that read the same text (a worker forked
        from the one that loaded it) gets the taxonomy it already has, compiled patterns
        and screens included, and any other process reads the text once. Unpickling the
        compiled patterns would compile each of them again in every copy."""
        if self.text is None:
            return (Taxonomy, (self.types, self.source, self.not_an_attack, self.intercepted))
        return (_from_text, (self.source, self.text))

    def warm(self) -> Taxonomy:
        """Build the screens now (a process about to fork its workers does it once for
        them all, instead of each on its first document)."""
        self._trigger_strings, self._phrase_strings, self._interception_screen  # noqa: B018
        return self

    def could_match(self, sentence: str) -> list[EventType]:
        """The types whose triggers ``sentence`` may hold (one scan of it; see
        :meth:`triggers_present`)."""
        found = self.triggers_present(sentence)
        if found is None:
            return list(self.types)
        owner = self._group_type
        return [self.types[k] for k in sorted({owner[g] for g in found})]

    def first_triggers(self, sentence: str, types) -> list[tuple[EventType, re.Match]]:
        """Each of ``types`` whose trigger ``sentence`` holds, with its leftmost match."""
        if not types:
            return []
        present = self.triggers_present(sentence)
        out = []
        for etype in types:
            match = self.trigger_of(etype, present).search(sentence) if etype.triggers else None
            if match is not None:
                out.append((etype, match))
        return out

    def any_trigger(self, sentence: str) -> bool:
        """Whether ``sentence`` holds a trigger of any type."""
        present = self.triggers_present(sentence)
        return any(self.trigger_of(t, present).search(sentence)
                   for t in self.types if t.triggers)

    def trigger_of(self, etype: EventType, present: frozenset[int] | None):
        """``etype``'s trigger pattern, searched with the triggers in ``present`` alone (see
        :meth:`triggers_present`; None: all of them)."""
        if present is None:
            return etype.trigger
        k = self._type_index[etype.id]
        mine = present & self._owned[k]
        if len(mine) == len(etype.triggers):
            return etype.trigger
        first = self._first_group[k]
        return alternation(tuple(etype.triggers[g - first] for g in sorted(mine)))

    def triggers_present(self, sentence: str) -> frozenset[int] | None:
        """The triggers (numbered over all types, in order) that may match in ``sentence``,
        from one scan of it.

        A trigger that matches nowhere in the sentence changes no match of the others, so
        the triggers left give the matches of the whole pattern. The check is by lower
        case: sound where case-insensitive matching of an ASCII string agrees with it, i.e.
        unless the text holds one of the letters of :data:`FOLDS_TO_ASCII` (then None).
        A trigger some of whose strings are not ASCII is never ruled out (see
        :func:`screenable`)."""
        last = self._last_present[0]
        if last[0] is sentence:  # the sentence screened for its types, read again
            return last[1]
        if not sentence.isascii() and FOLDS_TO_ASCII.search(sentence):
            found = None
        else:
            found = frozenset(self._trigger_strings.present(sentence.lower()))
        self._last_present[0] = (sentence, found)  # one tuple: read and written whole
        return found

    @cached_property
    def _last_present(self) -> list[tuple]:
        """The last sentence :meth:`triggers_present` screened, and what it found."""
        return [(None, None)]

    @cached_property
    def _trigger_strings(self) -> Screen:
        """Every trigger of every type, numbered in type order; a type with no trigger has
        one empty group, so that it is never ruled out."""
        groups = []
        for t in self.types:
            groups += ([screen_sets(p) for p in t.triggers]
                       if t.triggers else [None])
        return Screen(groups)

    @cached_property
    def _first_group(self) -> list[int]:
        out, n = [], 0
        for t in self.types:
            out.append(n)
            n += max(1, len(t.triggers))
        return out

    @cached_property
    def _owned(self) -> list[frozenset[int]]:
        return [frozenset(range(first, first + max(1, len(t.triggers))))
                for first, t in zip(self._first_group, self.types)]

    @cached_property
    def _group_type(self) -> list[int]:
        """The type of each trigger, by the trigger's number."""
        return [k for k, owned in enumerate(self._owned) for _ in owned]

    @cached_property
    def _type_index(self) -> dict[str, int]:
        return {t.id: k for k, t in enumerate(self.types)}

    @cached_property
    def mask(self) -> re.Pattern | None:
        """All ``not_an_attack`` phrases as one pattern."""
        return joined(self.not_an_attack)

    def mask_for(self, sentence: str) -> re.Pattern | None:
        """:attr:`mask`, restricted to the phrases of it that may match in ``sentence``
        (None when none can). A fast check for the strings every match of a phrase contains
        rules a phrase out; it is made by lower case, as :meth:`triggers_present` says when
        that is sound. A phrase that cannot match anywhere in the sentence changes no match
        of the others, so the masked text is the same."""
        if not sentence.isascii() and FOLDS_TO_ASCII.search(sentence):
            return self.mask
        chosen = self._phrase_strings.present(sentence.lower())
        if not chosen:
            return None
        if len(chosen) == len(self.not_an_attack):
            return self.mask
        return alternation(tuple(self.not_an_attack[k] for k in sorted(chosen)))

    @cached_property
    def read_cache(self) -> dict:
        """A place for what the event rules read of the last sentences with this taxonomy
        (see :func:`geomap.events.holds_a_trigger`): a document's sentences are read once
        to screen it, then again for its events."""
        return {}

    @cached_property
    def _phrase_strings(self) -> Screen:
        """For each ``not_an_attack`` phrase, the strings one of which each of its matches
        contains (None: no such strings, or not all ASCII: never ruled out)."""
        return Screen([screen_sets(pattern)
                        for pattern in self.not_an_attack])

    @cached_property
    def interception(self) -> re.Pattern | None:
        """All ``intercepted`` cues as one pattern."""
        return joined(self.intercepted)

    def tells_interception(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """Whether ``text`` (from ``pos`` to ``endpos``) holds an ``intercepted`` cue."""
        return self._interception_screen is not None and bool(
            self._interception_screen.search(text, pos, endpos))

    @cached_property
    def _interception_screen(self) -> Screened | None:
        return None if self.interception is None else Screened(self.interception)

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
        return Taxonomy(tuple(chosen), self.source, self.not_an_attack, self.intercepted)


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
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: no such taxonomy file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: not a readable TOML taxonomy ({err})") from err
    return _from_text(str(path), text)


#: Taxonomies read in this process, by (file, text): see Taxonomy.__reduce__.
_READ: dict[tuple[str, str], Taxonomy] = {}


def _from_text(source: str, text: str) -> Taxonomy:
    """The taxonomy of ``text`` (read from the file ``source``), parsed once per process."""
    found = _READ.get((source, text))
    if found is None:
        found = _READ[(source, text)] = _parse(Path(source), text)
    return found


def _parse(path: Path, text: str) -> Taxonomy:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{path}: not a readable TOML taxonomy ({err})") from err
    entries = raw.get("type")
    if not isinstance(entries, list) or not entries:
        raise InputError(f"{path}: no [[type]] entries")
    types = tuple(_event_type(path, n, entry) for n, entry in enumerate(entries, 1))
    ids = [t.id for t in types]
    if len(set(ids)) != len(ids):
        raise InputError(f"{path}: duplicate type ids in {', '.join(ids)}")
    where = f"{path}: top level"
    return Taxonomy(types, str(path),
                    _patterns(where, "not_an_attack pattern", raw.get("not_an_attack", [])),
                    _patterns(where, "intercepted cue", raw.get("intercepted", [])),
                    text)


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
        triggers=tuple(map(gated, _patterns(where, "trigger", entry["triggers"]))),
        continue_cues=_patterns(where, "continue cue", entry.get("continue_cues", [])),
        domains=_domains(where, entry.get("domains", {})),
        interceptable=bool(entry.get("interceptable", False)),
        overrides=tuple(entry.get("overrides", ())),
        status_default=_status_default(where, entry.get("status_default", "unknown")),
        reach=_reach(where, entry.get("reach", [])),
    )


def _reach(where: str, codes) -> frozenset[str]:
    if not isinstance(codes, list) or not all(
            isinstance(c, str) and validate.ISO_3166_2.fullmatch(c) for c in codes):
        raise InputError(f"{where}: reach {codes!r} is not a list of ISO 3166-2 region codes "
                         "such as 'UA-63'")
    return frozenset(codes)


def _status_default(where: str, value) -> str:
    if value not in STATUSES:
        raise InputError(f"{where}: status_default {value!r}; choose from {', '.join(STATUSES)}")
    return value


def _domains(where: str, table) -> tuple[tuple[str, re.Pattern], ...]:
    if not isinstance(table, dict):
        raise InputError(f"{where}: domains must be a table of name = [patterns]")
    return tuple((name, joined(_patterns(where, f"{name} cue", patterns)))
                 for name, patterns in table.items() if patterns)


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
