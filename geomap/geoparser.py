"""Text -> place mentions: recognition (which spans name places) and resolution (which places).

Recognition looks up runs of capitalised words in the gazetteer, longest match first, and
keeps or drops each candidate on evidence: kind words ("Kherson Oblast", "the region of
Kherson", "the Kherson and Mykolaiv regions"), locative prepositions, people and
organisation contexts ("President X", "Yasar Guler", "X said"), months and weekdays, and
names that are also common English words. Paired names ("Korczowa-Krakovets") become
border crossings; demonyms ("Ukrainian regions") point at their country.

Resolution scores every candidate place by its prior (prominence, match quality), kind
hints, qualifiers ("Gainesville, Ga."), and the document's context: the countries and
regions the rest of the text is about. :meth:`Geoparser.explain` names the rule that kept or
dropped each name and why its place won.

>>> [(m.text, m.place.kind, m.place.admin1_code) for m in geoparse("Drones hit the Kherson region.")]
[('Kherson', 'admin1', 'UA-65')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache, cached_property, lru_cache

from . import data
from . import vocabulary as V
from .deadline import Deadline
from .gazetteer import INDEX_KINDS, NameIndex, default_index, prior, region_named
from .models import Candidate, Explanation, Mention, Place, RecognisedName
from .normalize import normalize
from .resolution import resolve_spans
from .sentences import ABBREVIATIONS
from .weights import (COMMON_POP, COMMON_WORD_STRENGTH, COMMON_ZIPF, DEMONYM_STRENGTH,
                      HYPHENATED_STRENGTH, INITIAL_VERB_ZIPF, INITIAL_WORD_ZIPF,
                      LEADER_NAME_POP, LISTED_CITY_POP, LOCATIVE_STRENGTH, SMALL_PLACE,
                      SPEECH_POP,
                      STRENGTH, VERY_COMMON_ZIPF)

# A word: a letter, then letters and digits, joined by apostrophes, dots, hyphens or dashes
# ("U.S.", "Rava-Ruska", "Kh-101"); written possessive so that no run is read twice.
_TOKEN = re.compile(r"[A-Z]\.(?:[A-Z]\.)+|[^\W\d_][^\W_]*+(?:[_’'.–-]++[^\W_]++)*+", re.U)
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_S = re.compile(r"['’]s$")

_NOT_NAMES = V.FUNCTION_WORDS | V.MONTHS_DAYS | V.DIRECTIONS | V.TITLES
# Words before a name that do not make it the tail of a person's name, and words after
# a small place's name that do not make it a first name (unions made once, not per name).
_NOT_A_NAME_BEFORE = V.DIRECTIONS | V.FUNCTION_WORDS | V.TITLES
_NOT_A_SURNAME_AFTER = V.ORG_WORDS | V.TITLES
_SENTENCE_MARK = re.compile(r"[.!?:;]")
# Titles written with a full stop: mr, dr, gen, col, sen, gov ... ("Miss" takes none as a
# title: "Miss." is Mississippi's abbreviation, which may end a sentence)
_TITLE_ABBREVIATIONS = (V.TITLES & ABBREVIATIONS) - {"miss"}
_CONTRACTION = re.compile(r"['’](re|ve|ll|d|m|t)$", re.I)  # not 's: possessives are names

# The rules that keep or drop a name, as --explain names them (a plain gazetteer match
# keeps RecognisedName's default, "gazetteer name").
KEPT_CROSSING = "paired border crossing names (X-Y with a crossing word in its sentence)"
KEPT_CROSSING_KNOWN = "paired border crossing names (X-Y, both sides known places)"
KEPT_DEMONYM = "demonym pointing at its country or region"
KEPT_HYPHENATED = "name before -based, -controlled ..."
KEPT_HYPHEN_PART = "part of a hyphenated pair of regions or countries (Ukraine-Russia)"
KEPT_UNKNOWN = "name the gazetteer lacks, placed by the text in a region (X, Y region)"
KEPT_AP_STATE = "state abbreviation after a town (Gainesville, Ga.)"
KEPT_HROMADA_LIST = "hromada listed before 'hromadas' or 'communities'"
SURNAME_AFTER_TITLE = "a person's name (a title before it: Mayor X, President X)"
TITLE_BEFORE = "a person's or office's name (a title before it)"
SURNAME = "tail of a person's or organisation's name (a capitalised word before it: Yasar X)"
FIRST_NAME = "first name of a person (a capitalised word after it: X Clarkson)"
SPEAKER = "a person (X said), not a small place"
KNOWN_PERSON = "surname of a person the text names elsewhere"


_STRONG_KINDS = frozenset({"country", "admin1", "continent", "sea", "region"})


def _not_a_word_name(word: str, top: Place) -> str | None:
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
    if word.isupper() and len(word) <= 4 and top.kind not in _STRONG_KINDS:
        return "acronym"  # NATO, CNN ... unless an alias such as US, UK
    if 3 <= len(word) <= 4 and word[-1].isupper() and any(c.islower() for c in word[1:-1]):
        return "acronym"  # MoD, DoD, MoU: capitals at both ends, lower case between
    return None


class _Around:
    """What surrounds a match of tokens i..j: the evidence the recognition rules read."""

    __slots__ = ("first", "last", "single", "top", "strong_kind", "prev", "nxt", "low",
                 "locative", "same_run_before", "same_run_after", "_at")

    def __init__(self, text, tokens, i, j, top: Place):
        n = len(tokens)
        start, end = tokens[i]
        self.first = text[start:end]  # the first and the last word of the match
        self.single = single = i == j
        self.last = self.first if single else text[tokens[j][0]:tokens[j][1]]
        self.top = top
        self.strong_kind = top.kind in _STRONG_KINDS
        prev_raw = text[tokens[i - 1][0]:tokens[i - 1][1]] if i else ""
        nxt_raw = text[tokens[j + 1][0]:tokens[j + 1][1]] if j + 1 < n else ""
        self.prev = prev = prev_raw.lower()
        self.nxt = nxt_raw.lower()
        self.low = self.first.lower()
        self.locative = prev in V.LOCATIVES
        # "Russia's Belgorod region": a possessive ends the run before it.
        self.same_run_before = bool(i) and prev_raw[:1].isupper() and not text[
            tokens[i - 1][1]:start].strip() and not _POSSESSIVE_S.search(prev_raw)
        # ("Kherson's Korabelnyi district": a possessive ends the run after it too)
        self.same_run_after = nxt_raw[:1].isupper() and not text[
            tokens[j][1]:tokens[j + 1][0]].strip() and not _POSSESSIVE_S.search(self.last)
        self._at = (text, tokens, i)

    @property
    def initial(self) -> bool:
        """Whether the match starts a sentence (read only by the rules that need it)."""
        return _sentence_initial(*self._at)

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


class Geoparser:
    """Finds and resolves place names. One instance is cheap to reuse across documents.

    Parameters
    ----------
    index
        The gazetteer name index (the shared default when omitted).
    demonyms
        ``"places"`` (default): a demonym counts when a place noun follows ("Ukrainian
        regions"); ``"all"``: every demonym counts ("Russian troops" -> Russia);
        ``"none"``: demonyms are ignored.
    """

    def __init__(self, index: NameIndex | None = None, *, demonyms: str = "places"):
        if demonyms not in ("places", "all", "none"):
            raise ValueError(f"demonyms must be 'places', 'all' or 'none', not {demonyms!r}")
        self.index = index or default_index()
        self.demonyms = demonyms

    @cached_property
    def _words(self) -> dict[str, float]:
        return _word_zipf()

    @cached_property
    def _demonym_table(self) -> dict[str, tuple[str, int]]:
        return _demonyms()

    def warm(self) -> None:
        """Build the lookup indexes now (corpus runs and services; otherwise the name index
        builds them itself once a job is long enough to pay for them)."""
        self.index.warm()
        self._words  # noqa: B018
        self._demonym_table  # noqa: B018

    # ------------------------------------------------------------ public

    def parse(self, text: str, deadline: Deadline | None = None,
              dropped: list | None = None) -> list[Mention]:
        """Place mentions in ``text``, in order of position.

        With a :class:`~geomap.deadline.Deadline`, raises
        :class:`~geomap.errors.DocumentTimeoutError` once it has passed. With a ``dropped``
        list, names left unresolved because they match several small settlements and
        nothing in the text decides ("Mykhailivka"), or one far from every other place of
        the text, are appended to it as dicts (start, end, text, reason).
        """
        names = self.recognise(text, deadline)
        if deadline is not None:
            deadline.check()
        return self.resolve(text, names, dropped)

    def explain(self, text: str) -> list[Explanation]:
        """Every name recognition looked at in ``text``, kept or dropped, with the rule that
        decided, and for the names kept the place chosen and why; in text order.

        The mentions of the kept names are those :meth:`parse` returns.

        Examples
        --------
        >>> [(e.text, e.kept) for e in Geoparser().explain("Mayor Baker left Kyiv in May.")]
        [('Baker', False), ('Kyiv', True), ('May', False)]
        """
        log: list[RecognisedName] = []
        names = self.recognise(text, log=log)
        out = [Explanation(n, text[n.start:n.end], False, n.decided_by) for n in log]
        out += [Explanation(n, text[n.start:n.end], False, n.decided_by)
                for n in names if n.surname is not None]
        lost: list = []
        why: list[str] = []
        kept = [n for n in names if n.candidates and n.surname is None]
        chosen = resolve_spans(kept, self.index.neighbours, self.index, lost, why)
        for name, choice, reason in zip(kept, chosen, why):
            if choice is None:
                out.append(Explanation(name, text[name.start:name.end], False, reason))
                continue
            mention = Mention(name.start, name.end, text[name.start:name.end], *choice)
            out.append(Explanation(name, mention.text, True, _with_hints(name), mention,
                                   reason))
        out += _people_named(text, out)
        out.sort(key=lambda e: (e.name.start, e.name.end))
        return out

    # ------------------------------------------------------------ recognition

    def recognise(self, text: str, deadline: Deadline | None = None,
                  log: list | None = None) -> list[RecognisedName]:
        """The names of ``text`` that may be places, with the hints resolution reads.

        With a ``log`` list, the gazetteer names the rules dropped are appended to it (as
        :class:`~geomap.models.RecognisedName` with ``kept`` False).
        """
        tokens = [m.span() for m in _TOKEN.finditer(text)]
        names: list[RecognisedName] = []
        cues = _CrossingCues(text)
        organisations = [m.span() for m in V.ORGANISATION.finditer(text)]
        org_starts = [a for a, _ in organisations]
        i = checked = 0
        regions = bool(V.REGION_AHEAD.search(text))  # any "X, Y region" at all?
        listed = self._hromada_lists(text)
        # Only a capitalised word starts a name (what _match_at checks first).
        for k in [k for k, (s, _) in enumerate(tokens) if text[s].isupper()]:
            if k < i:
                continue  # a word of the name read last
            i = k
            if deadline is not None and i >= checked:
                deadline.check()
                checked = i + 64
            if tokens[i][0] in listed:  # "the Krasnopilska and Bilopilska hromadas"
                names.append(listed[tokens[i][0]])
                while i < len(tokens) and tokens[i][0] < names[-1].end:
                    i += 1
                continue
            if organisations and _inside(tokens[i][0], organisations, org_starts):
                if log is not None:
                    self._log_word(log, text, tokens[i], "inside an organisation's name")
                i += 1  # "Kyiv Post", "Voice of America": an organisation, not the place
                continue
            name, nxt = self._match_at(text, tokens, i, cues, regions, log)
            if name is not None:
                names.append(name)
                if (nxt < len(tokens) and text[tokens[nxt][0]:tokens[nxt][1]] == "City"
                        and not text[name.end:tokens[nxt][0]].strip()):
                    nxt += 1  # "Sumy City": the city's own name, the word no other place
                if name.ap_state is not None:  # "Gainesville, Ga.": the state is a mention too
                    names.append(self._ap_name(*name.ap_state))
                    while nxt < len(tokens) and tokens[nxt][0] < names[-1].end:
                        nxt += 1
            i = nxt
        self._drop_known_people(text, names, log)
        # "the Dorohusk, Hrebenne and Korczowa crossings": a village name several small
        # places share, or a lone village ("the hauliers' protest at Vysne Nemecke"), in a
        # sentence with a crossing word or after one
        shared = [k for k, n in enumerate(names)
                  if _small_namesakes(n.candidates) or _lone_village(n.candidates)]
        if shared and cues.cues:
            for k in shared:
                if cues.near(names[k].start, sentences_before=1):
                    names[k] = replace(names[k], at_crossing=True)
        _share_list_hints(text, names)
        # "Hall County, Georgia": the name after a town's comma is most often its region.
        qualifier_starts = {n.qualified_by for n in names if n.qualified_by is not None}
        _share_name_hints(text, names, qualifier_starts)
        for k, name in enumerate(names):
            if name.start in qualifier_starts and name.want is None:
                names[k] = replace(name, want="admin1")
        return names

    def _hromada_lists(self, text: str) -> dict[int, RecognisedName]:
        """The hromadas of lists before a plural "hromadas" or "communities" ("the
        Velykopysarivska, Krasnopilska and Bilopilska communities"), by start offset. Before
        "communities" only the official adjective counts: "the Bucha and Irpin
        communities" are the towns."""
        if "hromadas" not in text and "communities" not in text:
            return {}
        out = {}
        for match in _HROMADA_LIST.finditer(text):
            adjectives_only = match.group("word").lower() == "communities"
            for word in _LIST_WORD.finditer(text, match.start(), match.start("word")):
                name = word.group()
                if adjectives_only and not _HROMADA_ADJECTIVE.search(name):
                    continue
                key = normalize(f"{name} hromada")
                found = self.index.candidates_for_key(key)
                if found:
                    out[word.start()] = RecognisedName(
                        word.start(), word.end(), key, found, written=name,
                        decided_by=KEPT_HROMADA_LIST)
        return out

    def _log_word(self, log: list, text: str, token: tuple[int, int], rule: str) -> None:
        """Log a single word that names a place in the gazetteer as dropped by ``rule``."""
        start, end = token
        word = _POSSESSIVE.sub("", text[start:end])
        key = normalize(word)
        found = self.index.candidates_for_key(key) if key else ()
        if found:
            log.append(RecognisedName(start, start + len(word), key, found, written=word,
                                      kept=False, decided_by=rule))

    def _match_at(self, text, tokens, i, cues: _CrossingCues | None = None, regions=True,
                  log: list | None = None):
        start, end = tokens[i]
        word = text[start:end]
        if not word[0].isupper():
            return None, i + 1
        if _a_weapon(word):
            if log is not None:
                self._log_word(log, text, tokens[i], "name of a weapon or an aircraft")
            return None, i + 1
        # Longest gazetteer name starting here, over capitalised words and connectors.
        key = _run_key(self.index, word)
        best = None if key is None else (i, key)
        j = i + 1
        while j < len(tokens) and j - i < 6:
            s, e = tokens[j]
            w = text[s:e]
            glued = not text[tokens[j - 1][1]:s].strip()
            if glued and (w in V.ADMIN2_UA_WORDS or w in V.FACILITY_WORDS):
                # "Bakhmut raion", "the Nikopol district", "the Pivdennyi port"
                key = normalize(text[start:e])
                if self.index.has_key(key):
                    best = (j, key)
                break
            if not glued or not (w[0].isupper() or w.lower() in V.CONNECTORS):
                break
            if not _run_goes_on(self.index, text[start:tokens[j - 1][1]]):
                break  # no name goes on from these words: nothing longer can match
            if w[0].isupper():
                key = _run_key(self.index, text[start:e])
                if key is not None:
                    best = (j, key)
            j += 1
        if best is None or best[0] == i and best[1] in self._demonym_table:
            # "Canadian" is also a town in Texas: as a single word, the adjective wins.
            found = self._special(text, tokens, i, cues, regions)
            if found[0] is None and best is not None and log is not None:
                self._log_word(log, text, tokens[i], "demonym with no place noun after it")
            return found
        j, key = best
        end = tokens[j][1]
        end -= len(_POSSESSIVE.search(text[start:end]).group()) if _POSSESSIVE.search(
            text[start:end]) else 0
        if regions and j + 1 < len(tokens) and text[tokens[j + 1][0]].isupper() and not text[
                tokens[j][1]:tokens[j + 1][0]].strip():
            # "Vyshneve Pole, Zaporizhzhia region": a longer unknown name in a stated region
            unknown, after = self._unknown_in_region(text, tokens, i)
            if unknown is not None and after > j + 1:
                return unknown, after
        found = self._judge(text, tokens, i, j, start, end, key,
                            self.index.candidates_for_key(key), log)
        return found, j + 1

    def _special(self, text, tokens, i, cues: _CrossingCues | None = None, regions=True):
        """No gazetteer name here: maybe a crossing pair, a demonym, or a hyphenated pair."""
        start, end = tokens[i]
        word = _POSSESSIVE.sub("", text[start:end])
        key = normalize(word)
        if "-" in word or "–" in word:
            cues = cues or _CrossingCues(text)
            longer = self._longer_crossing(text, tokens, i, cues)
            if longer is not None:
                return longer
            crossing = self._crossing(text, tokens, i, word, cues)
            if crossing is not None:
                return crossing, i + 1
            return self._hyphen_parts(text, tokens, i)
        if key in self._demonym_table and self.demonyms != "none":
            nxt = _next_word(text, tokens, i)
            if self.demonyms == "all" or nxt in V.PLACE_NOUNS or nxt.endswith("-controlled"):
                kind, row = self._demonym_table[key]
                place = self.index.place(kind, row)
                cand = (Candidate(place, "primary", prior(place)),)
                return RecognisedName(start, start + len(word), key, cand, demonym=True,
                                      strength=DEMONYM_STRENGTH,
                                      decided_by=KEPT_DEMONYM), i + 1
        return self._unknown_in_region(text, tokens, i) if regions else (None, i + 1)

    def _unknown_in_region(self, text, tokens, i):
        """'Zhuravka, Sumy region': a name the gazetteer lacks, placed by the text in a
        region, is a mention of that region under the name as written (precision 2)."""
        if i and text[tokens[i - 1][0]].isupper() and not text[
                tokens[i - 1][1]:tokens[i][0]].strip():
            return None, i + 1  # the tail of a longer capitalised run
        j = i
        while (j + 1 < len(tokens) and j - i < 2 and text[tokens[j + 1][0]].isupper()
               and text[tokens[j][1]:tokens[j + 1][0]] == " "):
            j += 1
        end = tokens[j][1]
        if not (text.startswith(",", end) or text.startswith(" in ", end)) or not (
                V.REGION_AHEAD.match(text, end)):
            return None, i + 1  # no region word follows: the common case, decided cheaply
        lows = [text[s:e].lower() for s, e in tokens[i:j + 1]]
        if len(lows[0]) < 4 or lows[0] in self._words or any(w in _NOT_NAMES for w in lows):
            return None, i + 1
        stated = self._region_after(text, tokens, j)
        if stated is None or not stated[1]:
            return None, i + 1
        region = stated[0]
        name = text[tokens[i][0]:tokens[j][1]]
        return RecognisedName(
            tokens[i][0], tokens[j][1], normalize(name),
            (Candidate(region_named(region, name), "primary", prior(region)),),
            region=region, region_stated=True, written=name, unknown=True,
            decided_by=KEPT_UNKNOWN), j + 1

    def _longer_crossing(self, text, tokens, i, cues: _CrossingCues):
        """"Ubla-Malyi Bereznyi": a pair whose second side has more words (both sides
        known places), and the index after it; or None."""
        start = tokens[i][0]
        for k in range(min(i + 2, len(tokens) - 1), i, -1):
            if not all(text[tokens[m][0]].isupper()
                       and text[tokens[m - 1][1]:tokens[m][0]] == " "
                       for m in range(i + 1, k + 1)):
                continue
            longer = text[start:tokens[k][1]]
            if self.index.crossing_from_text(longer, both_known=True)[1] == 2:
                crossing = self._crossing(text, tokens, i, longer, cues)
                if crossing is not None:
                    return crossing, k + 1
        return None

    def _crossing(self, text, tokens, i, word, cues: _CrossingCues):
        cue = cues.near(tokens[i][0])
        # Without a word such as "crossing" nearby, both sides must be known places.
        place, known = self.index.crossing_from_text(word, both_known=not cue)
        if place is None or not cue and known < 2:
            return None
        cand = (Candidate(place, "primary", prior(place)),)
        start = tokens[i][0]
        return RecognisedName(start, start + len(word), normalize(word), cand, want="crossing",
                              decided_by=KEPT_CROSSING if cue else KEPT_CROSSING_KNOWN)

    def _hyphen_parts(self, text, tokens, i):
        """'Ukraine-Russia', 'Kyiv-based': look up each part on its own."""
        start, end = tokens[i]
        word = text[start:end]
        if V.HYPHEN_SUFFIX.search(word):
            base = word[: word.rindex("-")]
            key = normalize(base)
            found = self.index.candidates_for_key(key)
            if found:
                return RecognisedName(start, start + len(base), key, found,
                                      strength=HYPHENATED_STRENGTH,
                                      decided_by=KEPT_HYPHENATED), i + 1
            if key in self._demonym_table:  # "Russian-controlled" -> Russia
                kind, row = self._demonym_table[key]
                place = self.index.place(kind, row)
                return RecognisedName(start, start + len(base), key,
                                      (Candidate(place, "primary", prior(place)),),
                                      demonym=True, decided_by=KEPT_DEMONYM), i + 1
            return None, i + 1
        offset = start
        for part in re.split(r"([-–])", word):
            # (one letter is a model's, "Iskander-K", never a region's or a country's name;
            # two are an abbreviation only in capitals: "US-Russia", not "Ak-Tash")
            if (len(part) > 2 or len(part) == 2 and part.isupper()) and part[0].isupper():
                key = normalize(part)
                found = self.index.candidates_for_key(key)
                if found and found[0].place.kind in ("country", "admin1", "continent"):
                    return RecognisedName(offset, offset + len(part), key, found,
                                          decided_by=KEPT_HYPHEN_PART), i + 1
            offset += len(part)
        return None, i + 1

    def _judge(self, text, tokens, i, j, start, end, key, candidates, log=None):
        """Keep or drop a gazetteer match on the evidence around it, with its hints."""
        written = text[start:end]
        # A single word's own rules first: the names they drop need nothing around them.
        dropped = _not_a_word_name(text[start:tokens[i][1]], candidates[0].place) if (
            i == j) else None
        if not dropped:
            ctx = _Around(text, tokens, i, j, candidates[0].place)
            dropped = (self._not_a_name(ctx) or self._a_river(ctx, key, candidates[0])
                       or _a_leaders_government(ctx, candidates))
        if not dropped:
            person = self._a_person(ctx)
            if person is not None:
                rule, surname = person
                if surname is not None:
                    # A surname is kept until the document is read, so that its later bare
                    # mentions ("Baker said") are recognised as the person too; never
                    # resolved.
                    return RecognisedName(start, end, key, candidates, written=written,
                                          surname=surname, decided_by=rule)
                dropped = rule
        if dropped:
            if log is not None:
                log.append(RecognisedName(start, end, key, candidates, written=written,
                                          kept=False, decided_by=dropped))
            return None
        qualifier, ap_state, qualified_by, region, stated = self._qualify(
            text, tokens, j, end, ctx.top, candidates)
        zipf = self._words.get(ctx.low, 0.0)
        dropped = self._a_common_word(ctx, qualifier, zipf)
        if dropped:
            if log is not None:
                log.append(RecognisedName(start, end, key, candidates, qualifier=qualifier,
                                          written=written, kept=False, decided_by=dropped))
            return None
        want, candidates, end = self._kind_hint(text, tokens, i, j, candidates, end,
                                                ctx.prev, ctx.nxt)
        strength = (STRENGTH + (LOCATIVE_STRENGTH if ctx.locative else 0.0)
                    - (COMMON_WORD_STRENGTH if zipf >= INITIAL_WORD_ZIPF else 0.0))
        # A locative ("in Washington") says a place, whoever shares the name.
        return RecognisedName(start, end, key, candidates, want=want, qualifier=qualifier,
                              qualified_by=qualified_by, strength=strength, written=written,
                              locative=ctx.locative, region=region, region_stated=stated,
                              ap_state=ap_state)

    @staticmethod
    def _not_a_name(ctx: _Around) -> str | None:
        """Streets, buildings and rivers (the rules that read the next word; a single
        word's own rules are :func:`_not_a_word_name`): the rule's name, or None."""
        if ctx.same_run_after and ctx.nxt in V.STREET_WORDS:
            # "Collins Avenue", "Carnegie Hall": a street or building, not the town
            return "name of a street or a building"
        if ctx.nxt in V.RIVER_WORDS and ctx.top.kind != "sea":
            return "name of a river or a reservoir (X River, X reservoir)"
        return None

    @staticmethod
    def _a_river(ctx: _Around, key: str, top: Candidate) -> str | None:
        """'the Danube': "the" and a region's other-language name (Serbia's Podunavlje is
        "Danube" in English) name the river, not the region."""
        # (a name of three words or more is the region's: "the Donetsk People's Republic",
        # "the Province of Tarlac")
        if (ctx.prev == "the" and len(key.split()) < 3 and top.place.kind == "admin1"
                and top.match != "primary"
                and key not in normalize(top.place.name) and ctx.nxt not in V.KIND_WORDS):
            return "name of a river (the X, a region's name in another language)"
        if (ctx.prev == "the" and key in V.RIVERS_NAMED_LIKE_PLACES
                and ctx.nxt not in V.KIND_WORDS):
            return "name of a river (the X, a river named like a city)"
        return None

    def _a_person(self, ctx: _Around) -> tuple[str, str | None] | None:
        """Titles, first-name-surname pairs and "X said" of small places: (the rule's name,
        the surname to remember or None), or None."""
        if ctx.prev.rstrip(".") in V.TITLES and not ctx.initial:
            if ctx.single and ctx.top.kind != "country":
                return SURNAME_AFTER_TITLE, ctx.last  # "Mayor Baker", later "Baker said"
            return TITLE_BEFORE, None
        # A capitalised word right before, in the same run, that is not a place word:
        # the match is the tail of a person's or organisation's name ("Yasar Guler").
        if (ctx.same_run_before and not ctx.strong_kind
                and ctx.prev not in _NOT_A_NAME_BEFORE
                and ctx.prev not in self._demonym_table and not self._strong_key(ctx.prev)
                and not self._demonym_compound(ctx.prev)):
            return SURNAME, ctx.last
        # A small place right before another capitalised word that is neither a place word
        # nor an organisation word: a first name ("Kelly Clarkson", "Jordan Henderson").
        if (ctx.single and ctx.same_run_after and not ctx.strong_kind
                and ctx.top.population < SPEECH_POP and ctx.nxt not in _NOT_A_SURNAME_AFTER
                and ctx.nxt not in V.KIND_WORDS and not self._strong_key(ctx.nxt)
                # "In Kostiantynivka Russian artillery ...": a demonym or an acronym
                # after a place starts the next words, it is no surname
                and ctx.nxt not in self._demonym_table and not ctx.acronym_after):
            return FIRST_NAME, None
        if (ctx.single and ctx.nxt in V.SPEECH_VERBS and ctx.top.kind == "locality"
                and not ctx.top.capital and ctx.top.population < SPEECH_POP
                and not ctx.locative):
            return SPEAKER, None
        return None

    def _demonym_compound(self, word: str) -> bool:
        """"Russian-installed", "Ukrainian-controlled", "pro-Russian": a hyphenated word with
        a demonym in it describes the name after it; it is no first name."""
        return "-" in word and any(part in self._demonym_table for part in word.split("-"))

    def _qualify(self, text, tokens, j, end: int, top: Place, candidates=()):
        """"Gainesville, Ga." / "Odessa, Texas": (qualifier code, AP state mention, offset
        of the qualifier's name, stated region, whether a kind word states it).

        A city followed by ", Y" with Y a region none of its namesakes lies in is a list
        ("Kyiv, Odesa and Dnipro"), not a city placed in Y.
        """
        qualifier = ap_state = qualified_by = region = None
        stated = False
        ap = V.AP_STATE.match(text, end)
        if ap:
            qualifier = V.AP_STATES[ap.group(1)]
            ap_state = (ap.start(1), ap.end(), qualifier)
        elif text[end:end + 2].strip().startswith(","):
            qualifier = self._qualifier_after(text, tokens, j)
            if qualifier and top.kind in ("locality", "admin2"):
                qualified_by = tokens[j + 1][0]
        if top.kind == "locality":
            found = self._region_after(text, tokens, j)
            if found is not None and not found[1] and _listed_city(
                    candidates, found[0], text, tokens[j + 1][1], self.index):
                return None, ap_state, None, None, False
            if found is not None:
                region, stated = found
                qualifier = region.admin1_code
        return qualifier, ap_state, qualified_by, region, stated

    def _region_after(self, text, tokens, j) -> tuple[Place, bool] | None:
        """The region a text places the name ending at token ``j`` in, and whether a kind
        word says so: ", Y region", ", Y oblast", " in the Y region", ", Y raion" (True);
        ", Y" with Y a first-level region's name (False)."""
        k, explicit_in = j + 1, False
        end = tokens[j][1]
        if k >= len(tokens) or not (text.startswith(",", end) or text.startswith(" in ", end)):
            return None  # the common case, decided cheaply
        gap = text[end:tokens[k][0]].strip()
        if not gap and text[tokens[k][0]:tokens[k][1]] == "in":
            k += 1
            if k < len(tokens) and text[tokens[k][0]:tokens[k][1]] == "the":
                k += 1
            explicit_in = True
        elif gap != ",":
            return None
        for stop in range(min(len(tokens), k + 3), k, -1):
            if not all(text[tokens[m][0]].isupper() for m in range(k, stop)):
                continue
            name = text[tokens[k][0]:tokens[stop - 1][1]]
            kind_word = text[tokens[stop][0]:tokens[stop][1]].lower() if stop < len(
                tokens) else ""
            if kind_word in V.ADMIN2_UA_WORDS:
                for cand in self.index.candidates_for_key(normalize(f"{name} {kind_word}"))[:3]:
                    if cand.place.kind == "admin2" and cand.place.admin2_code:
                        return cand.place, True
            cands = self.index.candidates_for_key(normalize(name))[:4]
            if kind_word in V.ADMIN1_WORDS:
                cands = self.index.prefer_regions(cands)
            for cand in cands:
                place = cand.place
                if place.kind == "admin1" and place.admin1_code:
                    if kind_word in V.ADMIN1_WORDS or name.split()[-1].lower() in V.ADMIN1_WORDS:
                        return place, True
                    return None if explicit_in else (place, False)
        return None

    @staticmethod
    def _a_common_word(ctx: _Around, qualifier: str | None, zipf: float) -> str | None:
        """A frequent English word that names only a small place, or starts a sentence:
        the rule's name, or None."""
        top = ctx.top
        big = (top.kind in ("country", "continent", "sea") or top.population >= COMMON_POP
               or top.kind == "admin1" and ctx.low not in V.GENERIC_REGION_NAMES)
        if not ctx.single or qualifier:
            return None
        if zipf >= COMMON_ZIPF and not big and not ctx.locative:
            return "common English word naming only a small place"
        if zipf < INITIAL_WORD_ZIPF or not ctx.initial:
            return None  # what the rules below need: a frequent word starting a sentence
        if zipf >= INITIAL_VERB_ZIPF and ctx.nxt in V.DETERMINERS:
            return "verb starting a sentence (Reading the ...)"
        if zipf >= VERY_COMMON_ZIPF:
            return "very common word starting a sentence (Man ..., God ...)"
        if not big and ctx.nxt not in V.KIND_WORDS:
            return "common word starting a sentence, naming only a small place"
        return None

    def _ap_name(self, start: int, end: int, code: str) -> RecognisedName:
        place = self.index.admin1(code)
        return RecognisedName(start, end, code, (Candidate(place, "primary", prior(place)),),
                              want="admin1", decided_by=KEPT_AP_STATE)

    def _strong_key(self, key: str) -> bool:
        """A name that is surely a place: a country, region, sea or a city of 100,000+."""
        return _strong_key(self.index, key)

    def _kind_hint(self, text, tokens, i, j, candidates, end, prev, nxt):
        """(kind the words around ask for, candidates, end): "Kherson Oblast" asks for a
        region and is the region's own name, "the city of X" for a town."""
        want = None
        nxt = _POSSESSIVE_S.sub("", nxt)  # "the Kharkiv region's Chuhuiv district"
        if nxt in V.ADMIN1_WORDS or _region_list_follows(text, tokens, j):
            want = "admin1"
            candidates = self.index.prefer_regions(candidates)
            if nxt == "oblast" and text[tokens[j + 1][0]].isupper():
                # "Kherson Oblast" is the region's own name
                end = tokens[j + 1][0] + len(nxt)
        elif nxt in V.ADMIN2_WORDS:
            want = "admin2"
        elif nxt in V.CITY_WORDS:
            want = "locality"
        elif nxt in V.AREA_WORDS:
            want = "area"  # "the New York border", "New York Governor": not the city
        elif nxt in V.CROSSING_WORDS:
            want = "crossing"  # "the Vysne Nemecke crossing": a crossing or its village
        elif prev == "of" and i >= 2 and _prev_word(text, tokens, i - 1) in V.ADMIN1_WORDS:
            want = "admin1"  # "the southern region of Kherson"
        elif prev == "of" and i >= 2 and _prev_word(text, tokens, i - 1) in V.CITY_WORDS:
            want = "locality"
        return want, candidates, end

    def _qualifier_after(self, text, tokens, j) -> str | None:
        """ISO code of a country or first-level region named right after ", "."""
        if j + 1 >= len(tokens):
            return None
        s, e = tokens[j + 1]
        for stop in range(min(len(tokens), j + 4), j + 1, -1):
            e = tokens[stop - 1][1]
            key = normalize(text[s:e])
            found = self.index.candidates_for_key(key)
            for cand in found[:3]:
                if cand.place.kind == "admin1" and cand.place.admin1_code:
                    return cand.place.admin1_code
                if cand.place.kind == "country":
                    return cand.place.country_code
        return None

    @staticmethod
    def _drop_known_people(text, names: list[RecognisedName], log: list | None = None):
        """A name seen as a surname ("Yasar Guler") is a person later too ("Guler said"),
        unless a preposition or a qualifier makes it a place ("in Washington")."""
        surnames = {n.surname for n in names if n.surname is not None}
        if not surnames:
            return
        # A name the document also uses as a place ("in Hamilton", "Hamilton, Ohio",
        # "Hamilton County") is not taken for a person where nothing says so.
        surnames -= {text[n.start:n.end] for n in names if n.surname is None and (
            n.qualifier or n.want or n.locative)}
        if surnames:
            kept = [n for n in names if text[n.start:n.end] not in surnames
                    or n.candidates[0].place.kind == "country"
                    or n.surname is None and (n.qualifier or n.locative)]
            if log is not None and len(kept) < len(names):
                ids = {id(n) for n in kept}
                log += [n if n.surname is not None else replace(
                    n, kept=False, decided_by=KNOWN_PERSON) for n in names if id(n) not in ids]
            names[:] = kept

    # ------------------------------------------------------------ resolution

    def resolve(self, text: str, names: list[RecognisedName], dropped: list | None = None
                ) -> list[Mention]:
        """Choose each recognised name's place in the light of the whole document."""
        names = [n for n in names if n is not None and n.candidates and n.surname is None]
        lost: list = []
        chosen = resolve_spans(names, self.index.neighbours, self.index, lost)
        if dropped is not None:
            dropped += [{"start": n.start, "end": n.end, "text": text[n.start:n.end],
                         "reason": reason} for n, reason in lost]
        return [Mention(n.start, n.end, text[n.start:n.end], *c)
                for n, c in zip(names, chosen) if c is not None]


# ---------------------------------------------------------------- helpers


def _prev_word(text, tokens, i) -> str:
    return text[tokens[i - 1][0]:tokens[i - 1][1]].lower() if i > 0 else ""


def _next_word(text, tokens, j) -> str:
    return text[tokens[j + 1][0]:tokens[j + 1][1]].lower() if j + 1 < len(tokens) else ""


def _sentence_initial(text, tokens, i) -> bool:
    if i == 0:
        return True
    gap = text[tokens[i - 1][1]:tokens[i][0]]
    mark = gap.strip()
    if mark == "." and "\n" not in gap and text[
            tokens[i - 1][0]:tokens[i - 1][1]].lower() in _TITLE_ABBREVIATIONS:
        return False  # "Dr. Goddard", "Gen. Syrskyi": the full stop ends the title
    return "\n" in gap or bool(_SENTENCE_MARK.search(gap)) or (bool(mark) and mark in "\"“‘'(")


class _CrossingCues:
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


# A whole word of letters and hyphens that is a crossing word: found by one regex search
# rather than by looking at every word of the text.
_CUE_WORD = re.compile(r"(?<![A-Za-z-])(?:" + "|".join(
    re.escape(w) for w in sorted(V.CROSSING_CUE_WORDS, key=len, reverse=True))
    + r")(?![A-Za-z-])",
    re.IGNORECASE)


def _small_namesakes(candidates) -> bool:
    """Whether two or more of the candidates are small localities (villages, towns)."""
    small = 0
    for c in candidates:
        if c.place.kind == "locality" and (c.place.population or 0) < SMALL_PLACE:
            small += 1
            if small == 2:
                return True
    return False


def _lone_village(candidates) -> bool:
    """Whether the only candidate is a small locality."""
    return (len(candidates) == 1 and candidates[0].place.kind == "locality"
            and (candidates[0].place.population or 0) < SMALL_PLACE)


def _region_list_follows(text, tokens, j) -> bool:
    """'the Kherson and Mykolaiv regions', 'Kherson, Mykolaiv and Odesa oblasts'."""
    k = j + 1
    while k < len(tokens) and k - j < 12:
        w = text[tokens[k][0]:tokens[k][1]]
        low = w.lower()
        if low in V.PLURAL_KIND_WORDS:
            return True
        if not (w[0].isupper() or low == "and"):
            return False
        k += 1
    return False


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")


def _a_leaders_government(ctx: _Around, candidates) -> str | None:
    """"the Bush administration": a leader's name before "administration" (every place of
    the name a town under LEADER_NAME_POP; a region or a big city keeps its administration), not a
    place."""
    if ctx.single and ctx.nxt == "administration" and all(
            c.place.kind == "locality" and (c.place.population or 0) < LEADER_NAME_POP
            for c in candidates):
        return "a leader's name (X administration)"
    return None


def _listed_city(candidates, region: Place, text: str, after: int, index) -> bool:
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


# "the Krasnopilska, Myropilska and Bilopilska hromadas": a list of capitalised words
# before a plural word for hromadas; the official names are adjectives in -ska / -zka.
_HROMADA_LIST = re.compile(r"\b[A-Z][\w'’-]*+(?:\s*+,\s*+(?:and\s++)?[A-Z][\w'’-]*+|"
                           r"\s++and\s++[A-Z][\w'’-]*+)*+\s++(?:territorial\s++)?"
                           r"(?P<word>hromadas|communities)\b")
_LIST_WORD = re.compile(r"[A-Z][\w'’-]*+")
_HROMADA_ADJECTIVE = re.compile(r"(?:sk|zk|ck)a$")

# After a region's name: another name of the same list (", Z", " and Z", ", and Z").
_LIST_GOES_ON = re.compile(r"(?:[ -][A-Z][\w'’-]*+)?\s*+(?:,\s*+(?:and\s++)?|and\s++)[A-Z]")


def _inside(offset: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``offset`` falls in one of ``ranges`` (in order, not overlapping; ``starts``
    their starts): a binary search, so a text full of names stays linear."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ranges[i][1]


# Runs of capitalised words recur across a corpus: their look-ups are cached (bounded).
@lru_cache(maxsize=1 << 16)
def _run_key(index: NameIndex, run: str) -> str | None:
    """The gazetteer key of a run of words as written (a possessive dropped), or None when
    no place has that name."""
    key = normalize(_POSSESSIVE.sub("", run))
    return key if index.has_key(key) else None


@cache
def _word_zipf() -> dict[str, float]:
    """Common English words and their Zipf frequency (shared by every geoparser)."""
    t = data.table("words")
    return dict(zip(t.column("word").to_pylist(), t.column("zipf").to_pylist()))


@cache
def _demonyms() -> dict[str, tuple[str, int]]:
    """Demonym key -> (index kind, row) of the place it names (shared by every geoparser)."""
    t = data.table("demonyms")
    return {normalize(w): (INDEX_KINDS[k], r) for w, k, r in
            zip(t.column("word").to_pylist(), t.column("kind").to_pylist(),
                t.column("row").to_pylist())}


@lru_cache(maxsize=1 << 16)
def _strong_key(index: NameIndex, key: str) -> bool:
    """See :meth:`Geoparser._strong_key` (the words around names recur: cached)."""
    return any(c.place.kind != "locality" or c.place.population >= COMMON_POP
               for c in index.candidates_for_key(key)[:3])


@lru_cache(maxsize=1 << 16)
def _run_goes_on(index: NameIndex, run: str) -> bool:
    """Whether some gazetteer name starts with the run of words as written and goes on."""
    return index.has_prefix(normalize(run) + " ")


@lru_cache(maxsize=65536)  # capitalised words recur across a corpus
def _a_weapon(word: str) -> bool:
    """A weapon's or aircraft's name or designation ("Grad", "Kh-101", "Shahed-136"), also
    with a version after a hyphen ("Neptune-MD")."""
    bare = _POSSESSIVE.sub("", word)
    return (bare.lower() in V.WEAPON_NAMES or bool(V.DESIGNATION.match(bare))
            or bare.split("-", 1)[0].lower() in V.WEAPON_NAMES)


def _with_hints(name: RecognisedName) -> str:
    """The rule that kept ``name``, with the hints recognition read around it."""
    hints = [text for text, present in (
        ("after a preposition of place", name.locative),
        (f"kind hint {name.want}", name.want and name.want != "crossing"),
        (f"qualifier {name.qualifier}", name.qualifier),
        (f"stated region {name.region.admin1_code or name.region.name}"
         if name.region is not None else "", name.region is not None),
        ("in a list of names", name.list_group is not None)) if present]
    return f"{name.decided_by} ({'; '.join(hints)})" if hints else name.decided_by


# The rules that read a person's name (not the tail of any name, which may be a company's).
_PERSON_RULES = (SURNAME_AFTER_TITLE, TITLE_BEFORE, FIRST_NAME)


def _people_named(text: str, seen: list[Explanation]) -> list[Explanation]:
    """The words of people's names that name no place ("Yasar Guler", later "Guler said"),
    for :meth:`Geoparser.explain`: the person rules read the whole capitalised run around a
    name they drop, and its last word is the person's surname wherever it recurs."""
    tokens = [m.span() for m in _TOKEN.finditer(text)]
    starts = [a for a, _ in tokens]
    covered = [(e.name.start, e.name.end) for e in seen]
    out: list[Explanation] = []
    surnames: dict[str, str] = {}

    def add(k: int, rule: str) -> None:
        a, b = tokens[k]
        if any(x < b and a < y for x, y in covered):
            return
        covered.append((a, b))
        name = RecognisedName(a, b, normalize(text[a:b]), (), written=text[a:b], kept=False,
                              decided_by=rule)
        out.append(Explanation(name, text[a:b], False, rule))

    for e in seen:
        if e.rule not in _PERSON_RULES:
            continue
        first = last = bisect.bisect_left(starts, e.name.start)
        while first > 0 and _same_run(text, tokens, first - 1) and (
                text[slice(*tokens[first - 1])].lower().rstrip(".") not in V.TITLES):
            first -= 1
        while last + 1 < len(tokens) and _same_run(text, tokens, last):
            last += 1
        if last == first:
            continue
        full = text[tokens[first][0]:tokens[last][1]]
        surnames[text[slice(*tokens[last])]] = full
        for k in range(first, last + 1):
            add(k, f"surname of a person ({full}); no place has this name" if k == last
                else f"part of a person's name ({full}); no place has this name")
    for k, (a, b) in enumerate(tokens):
        full = surnames.get(text[a:b])
        if full is not None:
            add(k, f"surname of a person the text names elsewhere ({full})")
    return out


def _same_run(text: str, tokens, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are capitalised words of one name ("Yasar Guler")."""
    a, b = tokens[k]
    c, _ = tokens[k + 1]
    return text[a].isupper() and text[c].isupper() and text[b:c] == " "


def _share_list_hints(text: str, names: list[RecognisedName]) -> None:
    """'regions – Donetsk, Luhansk, Kherson and Zaporizhzhia': the intro hints every member.

    A singular kind word ("Odesa and Vinnytsia Oblast") hints only its own name; plural
    ones ("the Kherson and Mykolaiv regions") are found per name by the look-ahead.
    """
    groups: list[list[int]] = []
    current: list[int] = []
    for k, name in enumerate(names):
        if current and _LIST_GAP.match(text[names[current[-1]].end:name.start]):
            current.append(k)
        else:
            current = [k]
            groups.append(current)
    for number, group in enumerate(groups):
        first = names[group[0]]
        # Two names joined by a bare comma are a place and its region ("Denison, Iowa").
        pair = len(group) == 2 and text[first.end:names[group[1]].start].strip() == ","
        listed = len(group) > 1 and not pair
        intro = bool(V.LIST_INTRO.search(text[max(0, first.start - 40):first.start]))
        if not (listed or intro):
            continue
        for k in group:
            name = names[k]
            names[k] = replace(name, list_group=number if listed else name.list_group,
                               want=name.want or "admin1" if intro else name.want)


def _share_name_hints(text: str, names: list[RecognisedName],
                      qualifier_starts: set[int]) -> None:
    """One sense per document: a bare name takes the kind and qualifier its other mentions
    were given ("New York state ... in New York", "Paris, Texas ... Paris police").

    A name in a town's qualifier slot ("Rego Park, New York") says nothing of the name's
    other mentions, nor does a crossing. Nor does "region" or "oblast": a region named
    after its centre is called "the Odesa region" every time it is meant, and the bare
    name that follows ("a hotel in Odesa") is the city.
    """
    hints: dict[str, tuple[str | None, str | None]] = {}
    for name in names:
        if (name.want or name.qualifier) and name.want != "crossing" and (
                name.start not in qualifier_starts):
            if name.want == "admin1" and not name.qualifier and _REGION_AFTER.match(
                    text, name.end):
                continue
            want, qualifier = hints.get(name.key, (None, None))
            hints[name.key] = (want or name.want, qualifier or name.qualifier)
    if not hints:
        return
    for k, name in enumerate(names):
        if name.key in hints and not (name.want or name.qualifier):
            want, qualifier = hints[name.key]
            names[k] = replace(name, want=want, qualifier=qualifier)


# "the Odesa region", "the Kyiv and Sumy oblasts": the words for a region named after
# its centre.
# (at most a few names between: a long list is read in linear time)
_REGION_AFTER = re.compile(r"(?:\s*+(?:,|and|or)\s*+[A-Z][\w'’-]*+){0,6}\s+(?i:regions?|oblasts?|"
                           r"krai|kray)\b")

_DEFAULT: dict[str, Geoparser] = {}


def geoparse(text: str, *, demonyms: str = "places") -> list[Mention]:
    """Find and resolve every place name in ``text``.

    Parameters
    ----------
    text
        The document.
    demonyms
        ``"places"`` (default), ``"all"`` or ``"none"``; see :class:`Geoparser`.

    Returns
    -------
    list of Mention
        In text order; ``text[m.start:m.end] == m.text``.

    Examples
    --------
    >>> [m.place.name for m in geoparse("Truckers blocked the Dorohusk-Yahodyn crossing.")]
    ['Dorohusk–Yahodyn']
    """
    parser = _DEFAULT.get(demonyms)
    if parser is None:
        parser = _DEFAULT[demonyms] = Geoparser(demonyms=demonyms)
    return parser.parse(text)
