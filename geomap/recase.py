"""Recognition: text written in capitals ("DRONES HIT KYIV AND ODESA"), recased for reading.

Recognition reads capital letters as the mark of a name; in a headline, a wire slug or a
telex-style report written all in capitals, every word has them. A run of five or more
words in capitals is given the case prose would give it before names are looked up:
function words and common words become lower case, the names of countries, regions, seas
and big cities (by the gazetteer), demonyms and rarer words keep an initial capital, and
recognition then decides on those as it does in prose ("air defence shot down 20 Drones
over Sumy", "the Black Sea"). Offsets do not move: a word is recased only when its length
stays the same, and nothing else in the text changes. Words in capitals outside such runs
("NATO", a dateline's "KYIV (AP)", a short heading) are left as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from . import vocabulary as V
from . import weights as W
from .gazetteer import NameIndex
from .name_context import STRONG_KINDS, demonym_table, run_goes_on, word_zipf
from .normalize import normalize

# A quick screen: three words of two or more capitals with no lower-case letter between.
_CAPS_SCREEN = re.compile(r"[A-Z]{2}[^a-z]{0,40}?\b[A-Z]{2}[^a-z]{0,40}?\b[A-Z]{2}")
# A word: letters (and digits after the first), parts joined by hyphens or apostrophes.
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W_]+)*")
_PART = re.compile(r"[^\W_]+")
# A symbol glued to a word makes it a code or a product's name, not prose ("PV*SOL").
_GLUE = frozenset("*_/\\@#$%&+=<>|~^")
# Between the words of one multi-word name: spaces only ("BLACK SEA", "SEA OF AZOV").
_NAME_GAP = re.compile(r" +")


def may_recase(text: str) -> bool:
    """Whether :func:`recase` may change ``text`` at all (one quick search; False: it
    returns the text as is)."""
    return _CAPS_SCREEN.search(text) is not None


def recase(text: str, index: NameIndex, spans=None) -> str:
    """``text`` with each run of five or more words in capitals given the case prose
    would give it (same length, same offsets); text without such runs is returned as is.

    With ``spans`` ((start, end) offsets, in order, apart), only the words read to recase
    them are recased: the text inside them is as the whole text recased gives it, the rest
    as written, or recased (a screen that reads a few sentences needs no more).

    >>> from geomap.gazetteer import default_index
    >>> recase("RUSSIAN DRONES HIT KYIV AND THE BLACK SEA PORT OF ODESA", default_index())
    'Russian drones hit Kyiv and the Black Sea port of Odesa'
    """
    if not may_recase(text):
        return text
    parts, pos = [], 0
    for run in _caps_runs(text):
        for words, until in [(run, len(text))] if spans is None else _stretches(
                text, run, spans):
            for start, word, cased in _recased_run(text, words, index):
                if start >= until:
                    break
                if cased != word:
                    parts += (text[pos:start], cased)
                    pos = start + len(word)
    return "".join(parts) + text[pos:] if parts else text


def _stretches(text: str, run: list[tuple[int, int, str]], spans):
    """The stretches of ``run`` to read for the words in ``spans``, in order and apart, each
    as (its words, the offset after which its words are only read, not recased).

    Recasing reads a run from its first word, one name at a time, and a name joins words by
    spaces alone: a stretch starts at the last word before a span that no name joins to the
    one before it (where reading from the run's start lands too), and reads as far past
    the span as a name reaches."""
    starts = [w[0] for w in run]
    out: list[list] = []
    for begin, end in spans:
        first, last = bisect_left(starts, begin), bisect_left(starts, end)
        if first and run[first - 1][1] > begin:
            first -= 1  # (a word the span starts inside)
        if first == last:
            continue  # (no word of the run in the span)
        # (back no further than the stretch before, which starts where reading lands)
        while first and (not out or first > out[-1][1]) and _NAME_GAP.fullmatch(
                text, run[first - 1][1], run[first][0]):
            first -= 1
        reach = min(len(run), last + W.CAPS_NAME_WORDS - 1)
        if out and first <= out[-1][1]:
            out[-1][1:] = max(out[-1][1], reach), max(out[-1][2], end)
        else:
            out.append([first, reach, end])
    return [(run[a:b], until) for a, b, until in out]


def _caps_runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Maximal runs of consecutive words written in capitals, as (start, end, word), of
    at least :data:`~geomap.weights.CAPS_RUN_WORDS` words (a short heading in capitals,
    "KOBE IN THE HOUSE:", is left as written, as are words glued to symbols: "PV*SOL").
    Only the stretches around the screen's hits are read, so that a long article with a
    few words in capitals costs little more than the screen."""
    runs: list[list[tuple[int, int, str]]] = []
    size, pos = len(text), 0
    while (hit := _CAPS_SCREEN.search(text, pos)) is not None:
        begin = hit.start()
        while begin > pos and not text[begin - 1].islower():  # back to the run's first word
            begin -= 1
        while begin and begin < size and text[begin - 1].isalnum() and (
                text[begin].isalnum() or text[begin] in "'’-"):
            begin += 1  # (past the rest of a word in lower case: "iPHONE")
        current, pos = [], hit.end()
        for m in _WORD.finditer(text, begin):
            word = m.group()
            start, end = m.span()
            if not word.isupper() or (start and text[start - 1] in _GLUE
                                      or end < size and text[end] in _GLUE):
                pos = max(pos, end)
                break
            current.append((start, end, word))
        else:
            pos = size
        if len(current) >= W.CAPS_RUN_WORDS:
            runs.append(current)
    return runs


def _recased_run(text: str, run: list[tuple[int, int, str]], index: NameIndex):
    """(start, word, recased word) for the words of one run, longest known names first."""
    k = 0
    while k < len(run):
        start, _, word = run[k]
        cased, longer = _recased_word(word, index)
        n = _name_length(text, run, k, index) if longer else 1
        if n > 1 and word.lower() in V.FUNCTION_WORDS and _only_common_words(
                run[k + 1:k + n]) and not _known_name(
                index, " ".join(_word_key(w) for _, _, w in run[k:k + n])):
            n = 1  # "OVER THE CITY": "the" and a word this common are words, not an alias
        if n > 1:
            for s, _, w in run[k:k + n]:
                low = w.lower()
                yield s, w, _same_length(w, low if low in V.NAME_LOWER_WORDS else _title(w))
            k += n
            continue
        yield start, word, cased
        k += 1


def _name_length(text: str, run: list[re.Match], k: int, index: NameIndex) -> int:
    """How many words from ``run[k]`` on name a place whole (1 when no longer name
    does): the longest match, read word by word while some name goes on."""
    key = _word_key(run[k][2])
    best = 1
    for n in range(2, min(W.CAPS_NAME_WORDS, len(run) - k) + 1):
        (_, before_end, _), (start, _, word) = run[k + n - 2], run[k + n - 1]
        if not _NAME_GAP.fullmatch(text, before_end, start):
            break
        key = f"{key} {_word_key(word)}"
        found = _run_of_words(index, key)
        if found is _NAMED:
            best = n
        elif found is _NOTHING:
            break  # (every longer run begins with these words and a space)
    return best


_NAMED, _GOES_ON, _NOTHING = "named", "goes on", "nothing"


@lru_cache(maxsize=1 << 16)  # (runs of common words recur: "OF THE", "IN THE CITY")
def _run_of_words(index: NameIndex, key: str) -> str:
    """Whether the normalised run ``key`` names a place, may go on to a longer name, or
    neither."""
    if index.has_key(key):
        return _NAMED
    return _GOES_ON if index.may_go_on(key + " ") else _NOTHING


def _only_common_words(words) -> bool:
    """Whether each of ``words`` is a function word or a word at least as common as
    :data:`~geomap.weights.CAPS_COMMON_ZIPF`."""
    zipf = word_zipf()
    return all((low := w.lower()) in V.FUNCTION_WORDS or zipf.get(low, 0.0) >= W.CAPS_COMMON_ZIPF
               for _, _, w in words)


@lru_cache(maxsize=1 << 16)
def _word_key(word: str) -> str:
    return normalize(word)


@lru_cache(maxsize=1 << 14)
def _known_name(index: NameIndex, key: str) -> bool:
    """Whether ``key`` is the own name of a country, region, sea or big city."""
    if not key or not index.has_key(key):
        return False
    return any(c.match == "primary" and (c.place.kind in STRONG_KINDS
                                         or c.place.population >= W.CAPS_CITY_POP)
               for c in index.candidates_for_key(key))


@lru_cache(maxsize=1 << 14)
def _a_town(index: NameIndex, key: str, population: int = W.CAPS_TOWN_POP) -> bool:
    """Whether ``key`` is the own name of a town of ``population`` or more."""
    return any(c.match == "primary" and c.place.kind == "locality"
               and c.place.population >= population
               for c in index.candidates_for_key(key))


@lru_cache(maxsize=1 << 16)
def _recased_word(word: str, index: NameIndex) -> tuple[str, bool]:
    """The word as prose writes it (same length), and whether a longer name may begin
    with it."""
    longer = run_goes_on(index, word)
    return _same_length(word, _case_of(word, _word_key(word), index)), longer


def _case_of(word: str, key: str, index: NameIndex) -> str:
    low = word.lower()
    if low in V.FUNCTION_WORDS or low in V.MONTHS_DAYS:
        return low
    if len(word) == 1:
        return word  # "U.S.": an initial
    if word in V.KEPT_ACRONYMS:
        return word  # "CHERNIHIV OVA:": the rules read the abbreviation in capitals
    if len(word) <= 3 and any(c.place.kind == "country" for c in index.candidates_for_key(key)):
        return word  # "US", "UK", "UAE", "DRC": a country's letters stay capitals
    if key in demonym_table():
        return _title(word)  # "RUSSIAN": demonyms are written with a capital
    frequency = word_zipf().get(low, 0.0)
    if frequency < W.VERY_COMMON_ZIPF and _known_name(index, key):
        return _title(word)
    # A common word is written in lower case; the rest keep a capital, and recognition
    # decides on them as it does in prose (people's names, places that are also words).
    if frequency >= W.CAPS_COMMON_ZIPF or frequency >= W.CAPS_WORD_ZIPF and not _a_town(
            index, key) or frequency >= W.CAPS_RARE_WORD_ZIPF and not _a_town(
            index, key, W.CAPS_SMALL_TOWN_POP):
        return low
    return _title(word)


def _title(word: str) -> str:
    """"KHMELNYTSKYI" -> "Khmelnytskyi", "DOROHUSK-YAHODYN" -> "Dorohusk-Yahodyn",
    "KYIV'S" -> "Kyiv's"."""
    out, pos = [], 0
    for part in _PART.finditer(word):
        out.append(word[pos:part.start()])
        piece = part.group()
        after_apostrophe = part.start() > 0 and word[part.start() - 1] in "'’"
        out.append(piece.lower() if after_apostrophe and len(piece) <= 2
                   else piece[:1] + piece[1:].lower())
        pos = part.end()
    out.append(word[pos:])
    return "".join(out)


def _same_length(word: str, cased: str) -> str:
    # (a letter whose lower case is longer, "İ", leaves the word as written)
    return cased if len(cased) == len(word) else word
