"""Regular expressions searched fast: a screen of the literal strings every match must
contain, found in one scan of a text (Aho-Corasick), rules patterns out before they are
searched; patterns searched as their alternation would be, without compiling it.

The event rules search many long alternations (the taxonomy's triggers, the cues read in the
window before each place); most texts hold the words of few of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from .gates import FOLDS_TO_ASCII, gated


def needed_strings(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, read from its parse tree
    (None when there is no such set, or the tree cannot be read): the most selective of
    the sets :func:`_needed` reads."""
    return _most_selective(_needed(pattern))


def _most_selective(sets):
    """The set whose shortest string is longest (the later on a tie: a weapon after its
    verb), or None."""
    return max(reversed(sets), key=lambda cand: min(map(len, cand)), default=None)


def _needed(pattern: str) -> list[frozenset[str]]:
    """Sets of strings such that every match of ``pattern`` contains one string of each
    set (its literal runs and the alternatives of its groups, in order); none when the
    pattern has no such strings or its parse tree cannot be read."""
    from re import _constants as c

    from .validate import parse_tree

    def needed(items) -> list[frozenset[str]]:
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
                sub = _most_selective(needed(av[3]))
            elif op is c.BRANCH:
                parts = [_most_selective(needed(branch)) for branch in av[1]]
                sub = None if any(p is None for p in parts) else frozenset().union(*parts)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                sub = _most_selective(needed(av[2]))
            if sub:
                candidates.append(sub)
        if run:
            candidates.append(frozenset([run.lower()]))
        return candidates

    try:
        return needed(parse_tree(pattern, re.IGNORECASE).data)
    except Exception:  # noqa: BLE001 - a private API: without it, no shortcut
        return []


#: A screen requires at most this many of a pattern's string sets (the most selective;
#: sets of very short strings, found in most texts, are not worth a look-up).
SCREEN_SETS = 3
_SCREEN_MIN_LENGTH = 3


def screen_sets(pattern: re.Pattern | str) -> tuple[frozenset[str], ...] | None:
    """The string sets a screen may rule ``pattern`` out by, each of which every match
    holds one string of (see :func:`_needed` and :func:`screenable`); None: never
    ruled out."""
    found = _needed(pattern if isinstance(pattern, str) else pattern.pattern)
    sets = [s for s in found if screenable(s)]
    if not sets:
        return None
    best = _most_selective(found)
    sets.sort(key=lambda cand: -min(map(len, cand)))
    chosen = [s for s in sets if min(map(len, s)) >= _SCREEN_MIN_LENGTH][:SCREEN_SETS]
    if screenable(best) and best not in chosen:
        chosen = [best, *chosen[:SCREEN_SETS - 1]]
    return tuple(chosen) or tuple(sets[:1])


def screenable(strings: frozenset[str] | None) -> frozenset[str] | None:
    """The strings a screen may rule a pattern out by: only ASCII ones, whose lower case
    agrees with case-insensitive matching (None: never ruled out)."""
    return strings if strings and all(x.isascii() for x in strings) else None


class Screen:
    """Which of several groups of literal strings occur in a text, in one scan of it (an
    Aho-Corasick automaton over all the strings: the scan costs the same however many
    strings there are). A group is a set of strings, one of which must occur, or a tuple
    of such sets, each of which must; a group of None (or empty) is always reported:
    nothing to screen it by.
    """

    def __init__(self, groups):
        self.always = frozenset(k for k, strings in enumerate(groups) if not strings)
        owners: dict[str, set[int]] = {}
        self._group: list[int] = []  # the group of each set, by the set's number
        self._needs: list[frozenset[int]] = []  # the sets each group needs, by group
        for k, strings in enumerate(groups):
            sets = () if not strings else (
                (strings,) if isinstance(strings, (set, frozenset)) else strings)
            numbers = []
            for one in sets:
                numbers.append(len(self._group))
                self._group.append(k)
                for string in one:
                    owners.setdefault(string, set()).add(numbers[-1])
            self._needs.append(frozenset(numbers))
        # (groups of one set each: a set found is its group found, as before)
        self._simple = all(len(n) <= 1 for n in self._needs)
        self.automaton = None
        if owners:
            self.automaton = ahocorasick.Automaton()
            for string, ks in owners.items():
                self.automaton.add_word(string, frozenset(ks))
            self.automaton.make_automaton()

    def present(self, text: str) -> set[int]:
        found: set[int] = set()
        if self.automaton is not None:
            for _, sets in self.automaton.iter(text):
                found |= sets
        group, needs = self._group, self._needs
        if self._simple:
            return self.always | {group[n] for n in found}
        return self.always | {k for k in {group[n] for n in found} if needs[k] <= found}


class Screened:
    """A pattern whose search first checks, in one scan, that the text holds one string of
    each set that every match contains one of (see :func:`screen_sets`): most of the short
    windows before a place hold none of a long list of cue words, where a search would
    try the pattern at every position of them. The check is by lower case, sound as
    :meth:`Taxonomy.triggers_present` says; a pattern without such strings is searched
    as it is."""

    __slots__ = ("pattern", "_screen")

    def __init__(self, pattern: re.Pattern):
        self.pattern = gated(pattern) if isinstance(pattern, re.Pattern) else pattern
        # (a verbose pattern's spaces are not literal: not read for strings)
        sets = None if pattern.flags & re.VERBOSE else screen_sets(pattern)
        self._screen = Screen([sets]) if sets else None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        # (a match within pos:endpos holds its strings there: lookarounds give none)
        if self._screen is not None:
            window = text[pos:endpos]
            if ((window.isascii() or not FOLDS_TO_ASCII.search(window))
                    and not self._screen.present(window.lower())):
                return None
        return self.pattern.search(text, pos, len(text) if endpos is None else endpos)


class Alternation:
    """Patterns searched as their alternation ``(?:a)|(?:b)|...`` would be, without
    compiling it: the match is the leftmost, and of those starting at one position the
    first pattern's (a pattern of an alternation is tried alone at each position, so its
    match there is its own). For the few patterns a sentence may hold, a search of each
    costs less than compiling their alternation."""

    __slots__ = ("patterns", "joined")

    def __init__(self, patterns: tuple[re.Pattern, ...]):
        self.patterns = patterns
        self.joined = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        best = None
        end = len(text) if endpos is None else endpos
        for pattern in self.patterns:
            match = pattern.search(text, pos, end)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def finditer(self, text: str):
        # Each pattern's next match is kept until the text before it is consumed: a pattern
        # is searched again only from past a match that overlapped it, so that a text with
        # many matches is not read again by every pattern after each of them. (A match found
        # from an earlier position is the one a search from any position up to its start
        # finds: lookarounds see the whole text either way.)
        upcoming = [pattern.search(text) for pattern in self.patterns]
        pos = 0
        found = []
        while True:
            best = None
            for k, match in enumerate(upcoming):
                if match is not None and match.start() < pos:
                    match = upcoming[k] = self.patterns[k].search(text, pos)
                if match is not None and (best is None or match.start() < best.start()):
                    best = match
            if best is None:
                return iter(found)
            if best.end() == best.start():  # empty matches: the real alternation's rules
                return self._compiled().finditer(text)
            found.append(best)
            pos = best.end()

    def sub(self, repl, text: str) -> str:
        """``text`` with each match replaced by ``repl(match)``."""
        parts, pos = [], 0
        for match in self.finditer(text):
            parts += [text[pos:match.start()], repl(match)]
            pos = match.end()
        return "".join(parts) + text[pos:] if parts else text

    def _compiled(self) -> re.Pattern:
        if self.joined is None:
            self.joined = joined(self.patterns)
        return self.joined


@lru_cache(maxsize=1024)
def alternation(patterns: tuple[re.Pattern, ...]) -> Alternation | re.Pattern:
    """The alternation of ``patterns`` (one pattern: itself); one object per tuple, so that
    caches keyed by it hit."""
    return patterns[0] if len(patterns) == 1 else Alternation(patterns)  # () finds nothing


def joined(patterns) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)
