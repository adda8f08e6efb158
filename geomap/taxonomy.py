"""The event taxonomy: the event types, their triggers, status cues, colours and icons.

Loaded from ``taxonomy.toml`` beside this module or from a file a user names (``--taxonomy``);
every pattern is checked by :mod:`geomap.validate` before it is compiled. Detection
(:mod:`geomap.events`) and rendering (:mod:`geomap.maps`) both read it from here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from . import validate
from .errors import InputError
from .models import PLACE_KINDS, STATUSES

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

    @cached_property
    def needed(self) -> tuple[str, ...] | None:
        """Lower-case strings one of which every trigger match contains: a sentence with
        none of them holds no trigger (None when some trigger has no such string)."""
        out: set[str] = set()
        for pattern in self.triggers:
            found = _needed_strings(pattern.pattern)
            if found is None:
                return None
            out |= found
        return tuple(sorted(out))

    @cached_property
    def trigger(self) -> re.Pattern:
        """All triggers as one pattern: one search finds the leftmost of them."""
        return re.compile("|".join(f"(?:{p.pattern})" for p in self.triggers), re.IGNORECASE)


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

    def could_match(self, lowered: str) -> list[EventType]:
        """The types whose triggers a (lower-cased) sentence may hold (one scan of it)."""
        return [self.types[k] for k in sorted(self._type_strings.present(lowered))]

    @cached_property
    def _type_strings(self) -> _Screen:
        return _Screen([t.needed for t in self.types])

    @cached_property
    def mask(self) -> re.Pattern | None:
        """All ``not_an_attack`` phrases as one pattern."""
        return _joined(self.not_an_attack)

    def mask_for(self, sentence: str) -> re.Pattern | None:
        """:attr:`mask`, or the one phrase of it that may match in ``sentence`` (None when
        none can). A fast check for the strings every match of a phrase contains rules a
        phrase out; it is made on text whose letters are all ASCII (quotes and dashes may
        not be), where lower case and case-insensitive matching agree letter for letter.
        Several phrases that may match are joined in file order, as :attr:`mask` joins
        them all. A phrase that cannot match anywhere in the
        sentence changes no match of the others, so the masked text is the same."""
        if not sentence.isascii() and not _ascii_letters(sentence):
            return self.mask
        chosen = self._phrase_strings.present(sentence.lower())
        if not chosen:
            return None
        if len(chosen) == 1:
            return self._single_masks[min(chosen)]
        # only the phrases that may match, joined in file order (as in :attr:`mask`)
        key = frozenset(chosen)
        masks = self._chosen_masks
        if key not in masks:
            if len(masks) >= _CHOSEN_MASKS:
                masks.clear()
            masks[key] = _joined([self.not_an_attack[k] for k in sorted(key)])
        return masks[key]

    @cached_property
    def _chosen_masks(self) -> dict[frozenset[int], re.Pattern]:
        """The masks of the sets of phrases met so far (a bounded cache)."""
        return {}

    @cached_property
    def _phrase_strings(self) -> _Screen:
        """For each ``not_an_attack`` phrase, the strings one of which each of its matches
        contains (None: no such strings, or not all ASCII: never ruled out)."""
        found = [_needed_strings(pattern.pattern) for pattern in self.not_an_attack]
        return _Screen([f if f and all(s.isascii() for s in f) else None for f in found])

    @cached_property
    def _single_masks(self) -> list[re.Pattern]:
        """Each ``not_an_attack`` phrase on its own, as :attr:`mask` reads it."""
        return [_joined([pattern]) for pattern in self.not_an_attack]

    @cached_property
    def interception(self) -> re.Pattern | None:
        """All ``intercepted`` cues as one pattern."""
        return _joined(self.intercepted)

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


_CHOSEN_MASKS = 512  # sets of phrases whose joined mask is kept
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_letters(text: str) -> bool:
    """Whether every letter of ``text`` is ASCII (curly quotes and dashes are not letters):
    lower case then agrees with case-insensitive matching."""
    return not any(c.isalpha() for c in _NON_ASCII.findall(text))


def _needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree
    (None when there is no such set, or the tree cannot be read)."""
    from re import _constants as c
    from re import _parser

    def needed(items):
        candidates, run = [], ""
        for op, av in items:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                candidates.append(frozenset([run.lower()]))
                run = ""
            sub = None
            if op is c.SUBPATTERN:
                sub = needed(av[3])
            elif op is c.BRANCH:
                parts = [needed(branch) for branch in av[1]]
                sub = None if any(p is None for p in parts) else frozenset().union(*parts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                sub = needed(av[2])
            if sub:
                candidates.append(sub)
        if run:
            candidates.append(frozenset([run.lower()]))
        # the most selective: the set whose shortest string is longest (the later on a
        # tie: a weapon after its verb)
        return max(reversed(candidates), key=lambda cand: min(map(len, cand)), default=None)

    try:
        return needed(_parser.parse(pattern, re.IGNORECASE).data)
    except Exception:  # noqa: BLE001 - a private API: without it, no shortcut
        return None


class _Screen:
    """Which of several groups of literal strings occur in a text, in one scan of it.

    A group of None (or empty) is always reported: nothing to screen it by. The scan finds, at each
    position where one of the strings starts, the longest string starting there (the prefix
    tree of :func:`_literal_pattern` prefers the longer branch); every string that starts
    there is a prefix of that one, so its groups are known too.
    """

    def __init__(self, groups):
        self.always = {k for k, strings in enumerate(groups) if not strings}
        owners: dict[str, set[int]] = {}
        for k, strings in enumerate(groups):
            for string in strings or ():
                owners.setdefault(string, set()).add(k)
        # the groups of a string found: its own and those of the strings it starts with
        self.groups = {found: frozenset(k for string, ks in owners.items()
                                        if found.startswith(string) for k in ks)
                       for found in owners}
        self.finditer = (re.compile(f"(?=({_literal_pattern(owners)}))").finditer
                         if owners else None)

    def present(self, text: str) -> set[int]:
        out = set(self.always)
        if self.finditer is not None:
            for match in self.finditer(text):
                out |= self.groups[match.group(1)]
        return out


def _literal_pattern(strings) -> str:
    """A pattern matching exactly ``strings``, written as a prefix tree ("a(?:ttack|ssault)"):
    a search tries one branch per character instead of every string at every position."""
    strings = sorted(set(strings))
    if not strings:
        return ""
    if "" in strings:
        rest = _literal_pattern(strings[1:]) if len(strings) > 1 else ""
        return f"(?:{rest})?" if rest else ""
    tails: dict[str, list[str]] = {}
    for s in strings:
        tails.setdefault(s[0], []).append(s[1:])
    branches = [re.escape(first) + _literal_pattern(rest) for first, rest in tails.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _joined(patterns) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


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
    where = f"{path}: top level"
    return Taxonomy(types, str(path),
                    _patterns(where, "not_an_attack pattern", raw.get("not_an_attack", [])),
                    _patterns(where, "intercepted cue", raw.get("intercepted", [])))


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
        domains=_domains(where, entry.get("domains", {})),
        interceptable=bool(entry.get("interceptable", False)),
        overrides=tuple(entry.get("overrides", ())),
        status_default=_status_default(where, entry.get("status_default", "unknown")),
    )


def _status_default(where: str, value) -> str:
    if value not in STATUSES:
        raise InputError(f"{where}: status_default {value!r}; choose from {', '.join(STATUSES)}")
    return value


def _domains(where: str, table) -> tuple[tuple[str, re.Pattern], ...]:
    if not isinstance(table, dict):
        raise InputError(f"{where}: domains must be a table of name = [patterns]")
    return tuple((name, _joined(_patterns(where, f"{name} cue", patterns)))
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
