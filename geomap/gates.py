"""Long alternations searched only where a match can begin.

Python's regular-expression engine tries a pattern such as ``\\b(last year|years ago|
typically|...)`` branch by branch at every position of the text. The rules of
:mod:`geomap.vocabulary` search many such patterns, with dozens of branches each, in every
sentence that may tell an event. A :class:`Gated` pattern reads from its parse tree the
strings one of which every match starts with (``last year``, ``years ago``, ``typically``,
...), finds where they occur in one scan of the text (an Aho-Corasick automaton over its
lower case) and tries the pattern at those positions only, in order: the first match is
the one a search would find, at a fraction of the cost.
"""

from __future__ import annotations

import heapq
import re
from functools import lru_cache

import ahocorasick

# The letters outside ASCII that case-insensitive matching takes for an ASCII letter
# (İ and K lower to i and k, ı and ſ upper to I and S): in a text without them, an ASCII
# string matches case-insensitively exactly where the text's lower case holds it.
FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")

#: Beyond this many start strings, a pattern is searched as it is.
MAX_STARTS = 400
# Texts up to this long are scanned whole before the pattern is tried; longer ones take
# turns with it, so that a search stops as soon as it matches.
_SHORT = 1000
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def start_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings (ASCII, lower case) one of which every match of ``pattern`` starts with, or
    None when the parse tree does not say (a match may start with any character, or the
    tree cannot be read).

    >>> sorted(start_strings(re.compile(r"\\b(last|this) (week|night)|\\d+ days? ago")))
    ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'last ', 'this ']
    """
    from .validate import parse_tree

    try:
        items = list(parse_tree(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a private API: without it, no gate
        return None
    starts = _starts(items)
    if not starts or "" in starts or not all(s.isascii() for s in starts):
        return None
    return frozenset(s.lower() for s in starts)


def _starts(items: list) -> set[str] | None:
    """The start strings of a sequence of parse-tree items; ``""`` when the sequence may
    match the empty string (then whatever follows it decides), None when unknown."""
    from re import _constants as c

    run = ""
    for k, (op, av) in enumerate(items):
        if op is c.LITERAL:
            run += chr(av)
            continue
        if run:
            return {run}
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # (zero width: the match starts where what follows it starts)
        rest = items[k + 1:]
        if op is c.SUBPATTERN:
            return _starts(list(av[3]) + rest)
        if op is c.ATOMIC_GROUP:
            return _starts(list(av) + rest)
        if op is c.BRANCH:
            return _union(_starts(list(branch) + rest) for branch in av[1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, body = av
            inner = _starts(list(body))
            if inner is None or "" in inner:
                return None
            return inner if low else _union((inner, _starts(rest)))
        return _class_starts(op, av)
    return {run}


def _union(sets) -> set[str] | None:
    found: set[str] = set()
    for one in sets:
        if one is None:
            return None
        found |= one
        if len(found) > MAX_STARTS:
            return None
    return found


def _class_starts(op, av) -> set[str] | None:
    """The characters a character class or ``\\d`` matches, when they are few."""
    from re import _constants as c

    if op is c.CATEGORY:
        return set("0123456789") if av is c.CATEGORY_DIGIT else None
    if op is not c.IN:
        return None
    chars: set[str] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < 10:
            chars.update(map(chr, range(value[0], value[1] + 1)))
        elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None  # a negated or wide class, \w, \s
    return chars


@lru_cache(maxsize=64)
def _folded(text: str) -> str | None:
    """The text's lower case, offset for offset, where an ASCII start string occurs exactly
    where a case-insensitive match of it can; None when a character breaks that (one that
    lowers to two, folds to an ASCII letter, or is a digit outside 0-9)."""
    low = text.lower()
    if not text.isascii() and (len(low) != len(text) or FOLDS_TO_ASCII.search(text) or any(
            char.isdigit() for char in set(_NON_ASCII.findall(text)))):
        return None  # (\d matches the digits of every script)
    return low


#: What a gated pattern takes from its pattern as it is.
_THE_PATTERNS = ("flags", "groups", "groupindex", "match", "fullmatch", "finditer", "findall",
                 "sub", "split")


class Gated:
    """A compiled pattern whose :meth:`search` tries it only where one of its start strings
    occurs (see the module's docstring); its other methods are the pattern's own. Build it
    with :func:`gated`, or with :func:`lazy` from its source, compiled on first use. The
    start strings are read on the first search (nothing at import time); a pattern with
    none, or only one (the engine scans for a single literal start by itself), is searched
    as it is."""

    __slots__ = ("pattern", "_flags", "compiled", "_starts", "_automaton", "_longest",
                 *_THE_PATTERNS)

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern | None = None):
        self.pattern, self._flags = pattern, flags
        if compiled is not None:
            self._bind(compiled)
        self._starts: frozenset[str] | None = None
        self._automaton = None  # None: not read yet; False: searched as it is
        self._longest = 0

    def _bind(self, compiled: re.Pattern) -> None:
        self.compiled = compiled
        for name in _THE_PATTERNS:  # (bound here: as fast as the pattern's own)
            setattr(self, name, getattr(compiled, name))

    def __getattr__(self, name: str):
        # (only for what is not set yet: a lazy pattern's compiled form and its methods)
        if name == "compiled" or name in _THE_PATTERNS:
            self._bind(re.compile(self.pattern, self._flags))
            return getattr(self, name)
        raise AttributeError(name)

    @property
    def starts(self) -> frozenset[str] | None:
        """The strings the gate looks for (None: the pattern is searched as it is)."""
        if self._automaton is None:
            self._prepare()
        return self._starts

    def _prepare(self) -> None:
        starts = start_strings(self.compiled)
        if not starts or len(starts) < 2:
            self._automaton = False
            return
        automaton = ahocorasick.Automaton()
        for string in starts:
            automaton.add_word(string, len(string))
        automaton.make_automaton()
        self._starts, self._longest, self._automaton = starts, max(map(len, starts)), automaton

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        end = len(text) if endpos is None else min(max(endpos, 0), len(text))
        pos = max(pos, 0)
        if self._automaton is None:
            self._prepare()
        if self._automaton is False or pos > end:
            return self.compiled.search(text, pos, end)
        low = _folded(text)
        if low is None:
            return self.compiled.search(text, pos, end)
        match = self.compiled.match
        if end - pos > _SHORT:
            starts = self._starts_in_order(low, pos, end)
        else:  # (all at once: the scan of a short text costs less than taking turns)
            hits = list(self._automaton.iter(low, pos, end))
            if len(hits) < 2:
                return match(text, hits[0][0] - hits[0][1] + 1, end) if hits else None
            starts = sorted({last - size + 1 for last, size in hits})
        for start in starts:
            found = match(text, start, end)
            if found is not None:
                return found
        return None

    def _starts_in_order(self, low: str, pos: int, end: int):
        """The offsets where a start string occurs in ``low[pos:end]``, in order, each once.

        Hits come by the end of their start string; a start string is at most ``longest``
        long, so once a hit ends at ``last``, none to come starts before ``last - longest
        + 1``, and the starts up to there can be given: a search that stops at its first
        match reads no further than the pattern would."""
        reach = self._longest - 1
        waiting: list[int] = []
        given = -1
        for last, size in self._automaton.iter(low, pos, end):
            heapq.heappush(waiting, last - size + 1)
            while waiting and waiting[0] <= last - reach:
                start = heapq.heappop(waiting)
                if start != given:
                    given = start
                    yield start
        for start in sorted(set(waiting)):
            if start != given:
                yield start

    def __reduce__(self):
        return lazy, (self.pattern, self._flags)

    def __eq__(self, other) -> bool:
        return isinstance(other, Gated) and other.compiled == self.compiled

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"gated({self.compiled!r})"


@lru_cache(maxsize=4096)
def gated(pattern: re.Pattern) -> Gated:
    """``pattern`` searched through a gate of its start strings (one object per pattern,
    so that its gate is built once).

    >>> p = gated(re.compile(r"\\b(shelled|struck|hit) (the )?(town|city)", re.I))
    >>> p.search("Artillery SHELLED the town overnight.").span()
    (10, 26)
    """
    return Gated(pattern.pattern, pattern.flags, pattern)


def lazy(pattern: str, flags: int = 0) -> Gated:
    """A :class:`Gated` pattern compiled on first use: a module of many patterns imports
    without compiling those a job never uses.

    >>> p = lazy(r"\\bdrones?\\b", re.I)
    >>> p.pattern, p.search("Two DRONES fell.").group()
    ('\\\\bdrones?\\\\b', 'DRONES')
    """
    return Gated(pattern, flags)
