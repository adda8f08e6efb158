"""Recognition: what surrounds a name in its text.

The evidence the recognition rules (:mod:`geomap.name_rules`) read around a run of
capitalised words: the words before and after it, whether it opens a sentence, crossing
words nearby, lists of names and of regions, word frequencies and demonyms, and weapon
names that are never places.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, cached_property, lru_cache

from . import data
from . import vocabulary as V
from .gazetteer import INDEX_KINDS, NameIndex
from .models import Place
from .normalize import normalize
from .sentences import ABBREVIATIONS
from .weights import COMMON_POP, LEADER_NAME_POP, LISTED_CITY_POP, SMALL_PLACE


# A word: a letter, then letters and digits, joined by apostrophes, dots, hyphens or dashes
# ("U.S.", "Rava-Ruska", "Kh-101"); written possessive so that no run is read twice.
TOKEN = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|[^\W\d_][^\W_]*+(?:[_’'.–-]++[^\W_]++)*+", re.U)
POSSESSIVE = re.compile(r"['’]s?$")
POSSESSIVE_S = re.compile(r"['’]s$")

NOT_NAMES = V.FUNCTION_WORDS | V.MONTHS_DAYS | V.DIRECTIONS | V.TITLES | V.PEOPLE_WORDS
# Words before a name that do not make it the tail of a person's name, and words after
# a small place's name that do not make it a first name (unions made once, not per name).
# ("On the night of Friday Tuapse came under attack", "Overnight Tuapse was hit": a day or
# a time opens the sentence, not a first name)
NOT_A_NAME_BEFORE = (V.DIRECTIONS | V.FUNCTION_WORDS | V.TITLES | V.PLACE_ADJECTIVES
                     | V.MONTHS_DAYS | V.TIME_WORDS)
NOT_A_SURNAME_AFTER = V.ORG_WORDS | V.TITLES
_SENTENCE_MARK = re.compile(r"[.!?:;]")
# Titles written with a full stop: mr, dr, gen, col, sen, gov ... ("Miss" takes none as a
# title: "Miss." is Mississippi's abbreviation, which may end a sentence)
_TITLE_ABBREVIATIONS = (V.TITLES & ABBREVIATIONS) - {"miss"}
_CONTRACTION = re.compile(r"['’](re|ve|ll|d|m|t)$", re.I)  # not 's: possessives are names


STRONG_KINDS = frozenset({"country", "admin1", "continent", "sea", "region"})


def not_a_word_name(word: str, top: Place) -> str | None:
    """Months, pronouns, contractions, short words, bare directions and acronyms, for a
    match of one word (``top`` its best candidate's place): the rule's name, or None."""
    low = word.lower()
    if low in V.MONTHS_DAYS:
        return "month or weekday name"
    if low in V.DIRECTIONS:
        return "direction word"
    if low in V.FUNCTION_WORDS:
        return "function word (pronoun, preposition, article)"
    if _CONTRACTION.search(word):
        return "contraction"
    if len(word) == 1 or len(word) == 2 and not (word.isupper() and top.kind == "country"):
        return "too short for a name"
    if word.isupper() and len(word) <= 4 and top.kind not in STRONG_KINDS:
        return "acronym"  # NATO, CNN ... unless an alias such as US, UK
    if 3 <= len(word) <= 4 and word[-1].isupper() and any(c.islower() for c in word[1:-1]):
        return "acronym"  # MoD, DoD, MoU: capitals at both ends, lower case between
    return None


def a_kind_word_alone(word: str, candidates) -> str | None:
    """"Region", "Island", "Checkpoint" on its own: a word for a kind of place that names
    a place only in another language (Iceland's own name, an alias of Callao) is that
    word, not the place: the rule's name, or None."""
    if word.lower() in _KIND_NOUNS and all(c.match != "primary" for c in candidates):
        return "a word for a kind of place, naming a place only in another language"
    return None


_KIND_NOUNS = V.KIND_WORDS | V.GENERIC_REGION_NAMES


class Around:
    """What surrounds a match of tokens i..j: the evidence the recognition rules read."""

    __slots__ = ("first", "last", "single", "top", "strong_kind", "prev", "nxt", "low",
                 "gap_after", "locative", "same_run_before", "same_run_after", "_at", "_end")

    def __init__(self, text, tokens, i, j, top: Place):
        n = len(tokens)
        start, end = tokens[i]
        self.first = text[start:end]  # the first and the last word of the match
        self.single = single = i == j
        self.last = self.first if single else text[tokens[j][0]:tokens[j][1]]
        self.top = top
        self.strong_kind = top.kind in STRONG_KINDS
        prev_raw = text[tokens[i - 1][0]:tokens[i - 1][1]] if i else ""
        nxt_raw = text[tokens[j + 1][0]:tokens[j + 1][1]] if j + 1 < n else ""
        self.prev = prev = prev_raw.lower()
        self.nxt = nxt_raw.lower()
        self.low = self.first.lower()
        # ("according to Smirnov", "thanks to Kyiv": a source or a cause, not a place)
        self.locative = prev in V.LOCATIVES and not (
            prev == "to" and i > 1
            and text[tokens[i - 2][0]:tokens[i - 2][1]].lower() in _TO_A_SOURCE)
        # "Russia's Belgorod region": a possessive ends the run before it.
        # (a line break ends a run: "Flash Update\n\nKostiantynivka: ...")
        gap_before = text[tokens[i - 1][1]:start] if i else ""
        self.same_run_before = (bool(i) and prev_raw[:1].isupper() and not gap_before.strip()
                                and "\n" not in gap_before and not POSSESSIVE_S.search(prev_raw))
        # ("Kherson's Korabelnyi district": a possessive ends the run after it too)
        gap_after = text[tokens[j][1]:tokens[j + 1][0]] if j + 1 < n else ""
        self.gap_after = gap_after
        self.same_run_after = (nxt_raw[:1].isupper() and not gap_after.strip()
                               and "\n" not in gap_after and not POSSESSIVE_S.search(self.last))
        self._at = (text, tokens, i)
        self._end = tokens[j][1]

    @property
    def initial(self) -> bool:
        """Whether the match starts a sentence (read only by the rules that need it)."""
        return _sentence_initial(*self._at)

    def said_after(self, pattern: re.Pattern) -> bool:
        """Whether ``pattern`` matches right after the match."""
        return pattern.match(self._at[0], self._end) is not None

    def said_before(self, pattern: re.Pattern, reach: int) -> bool:
        """Whether ``pattern`` matches the ``reach`` characters before the match, up to its
        start ("Rue de la " before "Loi", "the minehunters Chernihiv and " before
        "Cherkasy")."""
        text, tokens, i = self._at
        start = tokens[i][0]
        return pattern.search(text, max(0, start - reach), start) is not None

    @property
    def prev2(self) -> str:
        """The word before the word before the match, in lower case ("" at the start)."""
        text, tokens, i = self._at
        return text[tokens[i - 2][0]:tokens[i - 2][1]].lower() if i > 1 else ""

    @property
    def acronym_after(self) -> bool:
        """Whether the next word is written in capitals and the match is not ("In
        Krasnopillia FPV drones struck"): an acronym, no surname."""
        text, tokens, i = self._at
        k = i if self.single else None
        if k is None or k + 1 >= len(tokens) or self.first.isupper():
            return False
        word = text[tokens[k + 1][0]:tokens[k + 1][1]]
        return len(word) > 1 and word.isupper()


def prev_word(text, tokens, i) -> str:
    return text[tokens[i - 1][0]:tokens[i - 1][1]].lower() if i > 0 else ""


def next_word(text, tokens, j) -> str:
    return text[tokens[j + 1][0]:tokens[j + 1][1]].lower() if j + 1 < len(tokens) else ""


def _sentence_initial(text, tokens, i) -> bool:
    if i == 0:
        return True
    gap = text[tokens[i - 1][1]:tokens[i][0]]
    mark = gap.strip()
    if mark == "." and "\n" not in gap and text[
            tokens[i - 1][0]:tokens[i - 1][1]].lower() in _TITLE_ABBREVIATIONS:
        return False  # "Dr. Goddard", "Gen. Syrskyi": the full stop ends the title
    if mark in ("-", "–", "—") and text[tokens[i - 1][0]:tokens[i - 1][1]].isupper():
        return True  # "KYIV - More than 200 makers ...": a dateline's dash opens the story
    return "\n" in gap or bool(_SENTENCE_MARK.search(gap)) or (bool(mark) and mark in "\"“‘'(")


class CrossingCues:
    """Whether the sentence around a position names a crossing word ("crossing",
    "checkpoint"). The text is read once, so a text full of hyphenated names stays linear.

    A sentence here runs from the last ". " or line break before the position to the next
    ". " after it.
    """

    def __init__(self, text: str):
        self.text = text
        self.size = len(text)

    @cached_property
    def stops(self) -> list[int]:
        return [m.start() for m in re.finditer(r"\. ", self.text)]

    @cached_property
    def breaks(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    @cached_property
    def cues(self) -> list[int]:
        # (a case-sensitive search of the text in lower case costs half of a
        # case-insensitive one, where lower case keeps the offsets)
        low = self.text.lower()
        if len(low) == self.size:
            return [m.start() for m in word_starts(_CUE_WORD_LOWER, low, _in_lower_word)]
        return [m.start() for m in _CUE_WORD.finditer(self.text)]

    def near(self, pos: int, sentences_before: int = 0) -> bool:
        """Whether the sentence of ``pos`` (and the ``sentences_before`` it, in the same
        paragraph) names a crossing word."""
        before = bisect.bisect_right(self.stops, pos - 2) - 1 - sentences_before
        line = bisect.bisect_right(self.breaks, pos - 1) - 1
        start = max(self.stops[before] if before >= 0 else 0,
                    self.breaks[line] if line >= 0 else 0)
        after = bisect.bisect_left(self.stops, pos)
        end = self.stops[after] if after < len(self.stops) else self.size
        k = bisect.bisect_left(self.cues, start)
        return k < len(self.cues) and self.cues[k] < end

    def above_list_line(self, pos: int) -> bool:
        """Whether ``pos`` is on a short line of a list ("Hrebenne - lifted") under lines
        of the list or its heading ("Blockades update:") that name a crossing word."""
        line = bisect.bisect_right(self.breaks, pos - 1)
        if not self._list_line(line):
            return False
        for above in range(line - 1, max(-1, line - 1 - _LIST_REACH), -1):
            start, end = self._line(above)
            k = bisect.bisect_left(self.cues, start)
            if k < len(self.cues) and self.cues[k] < end:
                return True
            if not self._list_line(above):
                return False
        return False

    def _line(self, n: int) -> tuple[int, int]:
        start = self.breaks[n - 1] + 1 if n > 0 else 0
        return start, self.breaks[n] if n < len(self.breaks) else self.size

    def _list_line(self, n: int) -> bool:
        start, end = self._line(n)
        return 0 < end - start <= _LIST_LINE_CHARS and ". " not in self.text[start:end]


# A line of a list of places and their states, and how many such lines a heading reaches.
_LIST_LINE_CHARS = 80
_LIST_REACH = 12

# A whole word of letters and hyphens that is a crossing word: found by one regex search
# rather than by looking at every word of the text.
_CUE_WORDS = "|".join(re.escape(w) for w in sorted(V.CROSSING_CUE_WORDS, key=len, reverse=True))
_CUE_WORD = re.compile(rf"(?<![A-Za-z-])(?:{_CUE_WORDS})(?![A-Za-z-])", re.IGNORECASE)
_CUE_WORD_LOWER = re.compile(rf"(?:{_CUE_WORDS})(?![a-z-])")  # (after no [a-z-]: word_starts)


def _in_lower_word(char: str) -> bool:
    return "a" <= char <= "z" or char == "-"


def _in_word(char: str) -> bool:  # what the regex word boundary reads as a word's
    return char.isalnum() or char == "_"


def word_starts(pattern: re.Pattern, text: str, in_word=_in_word):
    """The matches of ``pattern`` that ``finditer`` gives, of those that do not start right
    after a character ``in_word`` says is a word's: a lookbehind made in Python.

    A pattern that opens with a lookbehind or a word boundary is tried at every position
    of the text; one that opens with its words' letters lets the regex engine skip ahead
    to them, which over a long alternation of words costs several times less.
    """
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        if start and in_word(text[start - 1]):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


def organisations(text: str) -> list[tuple[int, int]]:
    """The spans of the organisations' names that name a place ("Kyiv Post") in ``text``."""
    spans = [m.span() for m in word_starts(V.ORGANISATION, text)]
    if "regime" in text:
        spans = sorted(spans + [m.span() for m in V.REGIME_NAME.finditer(text)])
    return spans


def may_name_regions_ahead(text: str) -> bool:
    """Whether ``text`` may hold a name placed in a region ("X, Y region", "X in the Y
    oblast": :data:`~geomap.vocabulary.REGION_AHEAD`)."""
    if not text.isascii():  # (letters such as the Kelvin sign match "k" case-insensitively)
        return bool(V.REGION_AHEAD.search(text))
    low = text.lower()
    return any(w in low for w in V.REGION_AHEAD_WORDS) and bool(V.REGION_AHEAD.search(text))


def small_namesakes(candidates) -> bool:
    """Whether two or more of the candidates are small localities (villages, towns)."""
    small = 0
    for c in candidates:
        if c.place.kind == "locality" and (c.place.population or 0) < SMALL_PLACE:
            small += 1
            if small == 2:
                return True
    return False


def lone_village(candidates) -> bool:
    """Whether the only candidate is a small locality."""
    return (len(candidates) == 1 and candidates[0].place.kind == "locality"
            and (candidates[0].place.population or 0) < SMALL_PLACE)


def region_list_follows(text, tokens, j) -> bool:
    """'the Kherson and Mykolaiv regions', 'Kherson, Mykolaiv and Odesa oblasts', and after
    a list the abbreviation, which has no number: 'in Kyiv, Zhytomyr and Vinnytsia obl.'."""
    k = j + 1
    while k < len(tokens) and k - j < 12:
        w = text[tokens[k][0]:tokens[k][1]]
        low = w.lower()
        if low in V.PLURAL_KIND_WORDS or low in _LIST_ABBREVIATIONS and k > j + 1 and (
                _ONE_LINE_LIST.fullmatch(text, tokens[j][1], tokens[k][0])):
            return True
        if not (w[0].isupper() or low == "and"):
            return False
        k += 1
    return False


#: Kind words abbreviated, of one name or of a list: "Sumy obl.", "Sumy and Kharkiv obl.".
_LIST_ABBREVIATIONS = frozenset({"obl", "obls"})
# (the names of such a list stand on one line, with no stop or cell between them)
_ONE_LINE_LIST = re.compile(r"[^\n|.;:()]*")
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")


def region_column(text: str, start: int) -> bool:
    """Whether the name at ``start`` is in the column of a pipe table whose heading names
    regions ("date | oblast | settlement | note" over "2024-02-18 | Zaporizhzhia | ...")."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    if "|" not in text[line:end if end >= 0 else len(text)]:
        return False  # (the common case, decided cheaply)
    column = text.count("|", line, start)
    top = line
    while top > 0:  # the first line of the table
        above = text.rfind("\n", 0, top - 1) + 1
        if "|" not in text[above:top]:
            break
        top = above
    if top == line:
        return False
    heading = text[top:text.find("\n", top)].split("|")
    return column < len(heading) and heading[column].strip().lower() in V.ADMIN1_WORDS


def a_leaders_government(ctx: Around, candidates) -> str | None:
    """"the Bush administration": a leader's name before "administration" (every place of
    the name a town under LEADER_NAME_POP; a region or a big city keeps its administration), not a
    place."""
    if ctx.single and ctx.nxt == "administration" and all(
            c.place.kind == "locality" and (c.place.population or 0) < LEADER_NAME_POP
            for c in candidates):
        return "a leader's name (X administration)"
    return None


def listed_city(candidates, region: Place, text: str, after: int, index) -> bool:
    """Whether "X, Y" names two cities of a list rather than X in region Y: the list goes
    on after Y, X is a city outside every region named Y, and Y is also the name of a
    city, the region's centre ("Kyiv, Odesa and Dnipro", "Zaporizhzhia, Kherson and
    Mykolaiv"). ``after`` is the end of Y's first word."""
    top = candidates[0].place if candidates else None
    if top is None or (top.population or 0) < LISTED_CITY_POP or not _LIST_GOES_ON.match(
            text, after):
        return False
    named = index.candidates_for_key(normalize(region.name))
    regions = {c.place.admin1_code for c in named if c.place.kind == "admin1"}
    return top.admin1_code not in regions and any(
        c.place.kind == "locality" and c.place.admin1_code in regions
        and (c.place.population or 0) >= LISTED_CITY_POP for c in named)


# The words before "to" that make it no preposition of place.
_TO_A_SOURCE = frozenset({"according", "thanks", "owing", "due"})

# "the Krasnopilska, Myropilska and Bilopilska hromadas": a list of capitalised words
# before a plural word for hromadas; the official names are adjectives in -ska / -zka.
HROMADA_LIST = re.compile(r"\b[A-Z][\w'’-]*+(?:\s*+,\s*+(?:and\s++)?[A-Z][\w'’-]*+|"
                          r"\s++and\s++[A-Z][\w'’-]*+)*+\s++(?:territorial\s++)?"
                          # (one alone by its adjective: "Bilopilska community: mortar fire")
                          r"(?P<word>hromadas|communities|community)\b")
# "the Kyivska, Zhytomyrska and Vinnytska oblasts", "Kyivska Oblast": oblasts named by the
# adjectives of their official names, before the word for an oblast.
# (read back from each word for an oblast, within a reach that holds all 24 of them: a long
# run of capitalised words is then not read again from each of its words)
OBLAST_LIST = re.compile(r"\b[A-Z][\w'’-]*+(?:\s*+,\s*+(?:and\s++)?[A-Z][\w'’-]*+|"
                         r"\s++and\s++[A-Z][\w'’-]*+)*+\s++(?i:oblasts?)\b")
OBLAST_WORD = re.compile(r"\s(?i:oblasts?)\b")
OBLAST_LIST_REACH = 400
LIST_WORD = re.compile(r"[A-Z][\w'’-]*+")
HROMADA_ADJECTIVE = re.compile(r"(?:sk|zk|ck)a$")

# After a region's name: another name of the same list (", Z", " and Z", ", and Z").
_LIST_GOES_ON = re.compile(r"(?:[ -][A-Z][\w'’-]*+)?\s*+(?:,\s*+(?:and\s++)?|and\s++)[A-Z]")


def inside_any(offset: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``offset`` falls in one of ``ranges`` (in order, not overlapping; ``starts``
    their starts): a binary search, so a text full of names stays linear."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ranges[i][1]


# Runs of capitalised words recur across a corpus: their look-ups are cached (bounded).
@lru_cache(maxsize=1 << 16)
def run_key(index: NameIndex, run: str) -> str | None:
    """The gazetteer key of a run of words as written (a possessive dropped), or None when
    no place has that name. An Arabic article inside the run may be spelled otherwise in
    the gazetteer ("Deir al-Balah" is its "Deir el Balah", "Jisr al-Shughur" its "Jisr ash
    Shughur")."""
    key = normalize(POSSESSIVE.sub("", run))
    if index.has_key(key):
        return key
    return next((k for k in _article_spellings(key) if index.has_key(k)), None)


# The Arabic article inside a name, as its own word of the key: "al", "el", or "a"/"e" and
# the sun letter the next word starts with ("ash shughur", "ez zor").
_INNER_ARTICLE = re.compile(r"(?<= )(?:[ae]l|[ae](?:th|dh|sh|[tdrzsn]))(?= (\w))")


def _article_spellings(key: str) -> list[str]:
    """``key`` with each Arabic article inside it spelled the other usual ways."""
    def forms(match: re.Match) -> list[str]:
        after = key[match.end() + 1:]
        sun = next((s for s in _SUN_LETTERS if after.startswith(s)), None)
        return ["al", "el"] + ([f"a{sun}", f"e{sun}"] if sun else [])

    found = list(_INNER_ARTICLE.finditer(key))
    if not found or len(found) > 2:
        return []
    variants = [""]
    pos = 0
    for match in found:
        variants = [v + key[pos:match.start()] + f for v in variants for f in forms(match)]
        pos = match.end()
    return [v + key[pos:] for v in variants if v + key[pos:] != key]


@cache
def word_zipf() -> dict[str, float]:
    """Common English words and their Zipf frequency (shared by every geoparser)."""
    t = data.table("words")
    return dict(zip(t.column("word").to_pylist(), t.column("zipf").to_pylist()))


@cache
def demonym_table() -> dict[str, tuple[str, int]]:
    """Demonym key -> (index kind, row) of the place it names (shared by every geoparser)."""
    t = data.table("demonyms")
    return {normalize(w): (INDEX_KINDS[k], r) for w, k, r in
            zip(t.column("word").to_pylist(), t.column("kind").to_pylist(),
                t.column("row").to_pylist())}


@lru_cache(maxsize=1 << 16)
def strong_key(index: NameIndex, key: str) -> bool:
    """See :meth:`Geoparser._strong_key` (the words around names recur: cached)."""
    return any(c.place.kind != "locality" or c.place.population >= COMMON_POP
               for c in index.candidates_for_key(key)[:3])


# Arabic names the gazetteer keeps with their article ("Al Qamishli", "Ar Raqqah", "An
# Nasiriyah") and news writes without it ("Qamishli"): the article is "al", or "a" and the
# sun letter the name starts with.
_SUN_LETTERS = ("th", "dh", "sh", "t", "d", "r", "z", "s", "n")
#: A town found only with the article added is one of at least this many people (a region
#: is not taken so: "Hodeidah" is the city more often than its governorate "Al Hudaydah").
ARTICLE_NAME_POP = 20_000
#: ... and a word more common than this in English is not read as one ("Arab", "Quds").
ARTICLE_WORD_ZIPF = 2.5


@lru_cache(maxsize=1 << 14)
def article_key(index: NameIndex, key: str) -> str | None:
    """The key of a single-word name with the Arabic article before it, when no place has
    the bare name and a town has it with the article, or None."""
    if " " in key or len(key) < 4 or word_zipf().get(key, 0.0) > ARTICLE_WORD_ZIPF:
        return None
    sun = next((f"a{s} {key}" for s in _SUN_LETTERS if key.startswith(s)), None)
    for form in (sun, f"al {key}", f"el {key}"):
        if form and index.has_key(form) and any(
                c.place.kind == "locality" and c.place.population >= ARTICLE_NAME_POP
                for c in index.candidates_for_key(form)):
            return form
    return None


#: A town found only by its Russian adjectival ending as the gazetteer spells it is one of
#: at least this many people ("Ilsky" is Il'skiy, a town of 23,000; "Kirovsky", "Leninsky"
#: name districts and villages more often than a town of theirs).
ENDING_NAME_POP = 15_000
# The endings news gives Russian adjectival names ("Afipsky", "Ilskyi") and the one the
# gazetteer spells ("Afipskiy").
_SKY_ENDING = re.compile(r"sk(y|yi|yy|ii|oy)$")


def ending_key(index: NameIndex, key: str) -> str | None:
    """The key of a single-word Russian adjectival name as the gazetteer spells its ending
    ("afipsky" -> "afipskiy"), when no place has the name as written and a town of
    :data:`ENDING_NAME_POP` or more has it so as its own name (not "Klimovsk", which some
    call "Klimovskiy": "Klimovsky district" is Bryansk region's); else None."""
    if " " in key or len(key) < 5 or (m := _SKY_ENDING.search(key)) is None:
        return None
    form = key[:m.start()] + "skiy"
    if form != key and index.has_key(form) and any(
            c.place.kind == "locality" and c.match == "primary"
            and c.place.population >= ENDING_NAME_POP
            for c in index.candidates_for_key(form)):
        return form
    return None


@lru_cache(maxsize=1 << 16)
def run_goes_on(index: NameIndex, run: str) -> bool:
    """Whether some gazetteer name starts with the run of words as written and goes on."""
    return index.may_go_on(normalize(run) + " ")


@lru_cache(maxsize=65536)  # capitalised words recur across a corpus
def a_weapon(word: str) -> bool:
    """A weapon's or aircraft's name or designation ("Grad", "Kh-101", "Shahed-136"), also
    with a version after a hyphen ("Neptune-MD")."""
    bare = POSSESSIVE.sub("", word)
    return (bare.lower() in V.WEAPON_NAMES or bool(V.DESIGNATION.match(bare))
            or bare.split("-", 1)[0].lower() in V.WEAPON_NAMES)
