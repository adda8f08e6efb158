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

The rules live in :mod:`geomap.name_rules`, the evidence they read in
:mod:`geomap.name_context`, and the hints names share in :mod:`geomap.name_hints`;
resolution in :mod:`geomap.resolution`.

>>> [(m.text, m.place.kind, m.place.admin1_code) for m in geoparse("Drones hit the Kherson region.")]
[('Kherson', 'admin1', 'UA-65')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from . import vocabulary as V
from . import weights as W
from .deadline import Deadline
from .gazetteer import NameIndex, default_index, prior, region_named
from .models import Candidate, Explanation, Mention, RecognisedName
from .name_context import (NOT_NAMES, POSSESSIVE, TOKEN, CrossingCues, a_weapon, article_key,
                           demonym_table, ending_key, inside_any, lone_village,
                           may_name_regions_ahead, next_word, organisations, run_goes_on,
                           run_key, small_namesakes, word_zipf)
from .name_hints import people_named, share_list_hints, share_name_hints, with_hints
from .name_rules import (KEPT_CROSSING, KEPT_CROSSING_KNOWN, KEPT_DEMONYM, KEPT_HYPHEN_PART,
                         KEPT_HYPHENATED, KEPT_SPELLED_AFTER_KIND, KEPT_SPELLED_IN_REGION,
                         KEPT_UNKNOWN, NameRules)
from .normalize import normalize
from .recase import may_recase, recase
from .resolution import resolve_spans
from .weights import DEMONYM_STRENGTH, HYPHENATED_STRENGTH


def _words_of(text: str):
    """The spans of ``text``'s words, and the indexes of those that start with a capital."""
    tokens = list(map(_SPAN, TOKEN.finditer(text)))
    return tokens, [k for k, (s, _) in enumerate(tokens) if text[s].isupper()]


def _runs_in_capitals(text: str, tokens, capitals) -> bool:
    """Whether ``text`` may hold a run in capitals to recase: as many words in capitals in
    a row as a run needs (most texts have none, and need no closer look)."""
    n = W.CAPS_RUN_WORDS - 1
    return any(b - a == n and all(text[s:e].isupper() for s, e in tokens[a:b + 1])
               for a, b in zip(capitals, capitals[n:]))


class Geoparser(NameRules):
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
        # What the rules read of each capitalised word (see _word_facts): the same words
        # recur across a corpus.
        self._facts: dict[str, tuple[bool, str, str | None, bool]] = {}
        # the last text read: (as written, as read, its tokens and capitals)
        self._read: tuple | None = None

    @cached_property
    def _words(self) -> dict[str, float]:
        return word_zipf()

    @cached_property
    def _demonym_table(self) -> dict[str, tuple[str, int]]:
        return demonym_table()

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
            out.append(Explanation(name, mention.text, True, with_hints(name), mention,
                                   reason))
        out += people_named(text, out)
        out.sort(key=lambda e: (e.name.start, e.name.end))
        return out

    # ------------------------------------------------------------ recognition

    def recognise(self, text: str, deadline: Deadline | None = None,
                  log: list | None = None) -> list[RecognisedName]:
        """The names of ``text`` that may be places, with the hints resolution reads.

        With a ``log`` list, the gazetteer names the rules dropped are appended to it (as
        :class:`~geomap.models.RecognisedName` with ``kept`` False). Runs of words in
        capitals are read as prose would write them (:mod:`geomap.recase`); offsets are
        those of ``text``.
        """
        text, tokens, capitals = self._tokens(text)
        names: list[RecognisedName] = []
        cues = CrossingCues(text)
        orgs = organisations(text)
        org_starts = [a for a, _ in orgs]
        i = checked = 0
        regions = may_name_regions_ahead(text)  # any "X, Y region" at all?
        listed = self._hromada_lists(text)
        listed.update(self._oblast_adjectives(text))
        # Only a capitalised word starts a name (what _match_at checks first).
        for k in capitals:
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
            if orgs and inside_any(tokens[i][0], orgs, org_starts):
                if log is not None:
                    self._log_word(log, text, tokens[i], "inside an organisation's name")
                i += 1  # "Kyiv Post", "Voice of America": an organisation, not the place
                continue
            name, nxt = self._match_at(text, tokens, i, cues, regions, log)
            if name is not None:
                names.append(name)
                if (nxt < len(tokens)
                        and POSSESSIVE.sub("", text[tokens[nxt][0]:tokens[nxt][1]]) == "City"
                        and not text[name.end:tokens[nxt][0]].strip()):
                    nxt += 1  # "Sumy City('s)": the city's own name, the word no other place
                if name.ap_state is not None:  # "Gainesville, Ga.": the state is a mention too
                    names.append(self._ap_name(*name.ap_state))
                    while nxt < len(tokens) and tokens[nxt][0] < names[-1].end:
                        nxt += 1
            i = nxt
        self._drop_known_people(text, names, log)
        # "the Dorohusk, Hrebenne and Korczowa crossings": a village name several small
        # places share, or a lone village ("the hauliers' protest at Vysne Nemecke"), in a
        # sentence with a crossing word or after one, or on a line of a list under one
        shared = [k for k, n in enumerate(names)
                  if small_namesakes(n.candidates) or lone_village(n.candidates)]
        if shared and cues.cues:
            # (or anywhere in a text that speaks of crossings more than once: "The blockade
            # of the road crossings entered its second week ... A similar rhythm was kept at
            # Hrebenne")
            about_crossings = len(cues.cues) >= CROSSING_TEXT_CUES
            for k in shared:
                if about_crossings or cues.near(names[k].start, sentences_before=1) or (
                        cues.above_list_line(names[k].start)):
                    names[k] = replace(names[k], at_crossing=True)
        # "10 nautical miles east of Sfantu Gheorghe": a name several towns share, told
        # from the sea
        # (and a place measured from is a place, whatever else the text names)
        for k, name in enumerate(names):
            if V.OFFSHORE_BEFORE.search(text, max(0, name.start - 40), name.start):
                names[k] = replace(name, at_sea=True)
        share_list_hints(text, names)
        # "Hall County, Georgia": the name after a town's comma is most often its region.
        qualifier_starts = {n.qualified_by for n in names if n.qualified_by is not None}
        share_name_hints(text, names, qualifier_starts)
        for k, name in enumerate(names):
            if name.start in qualifier_starts and name.want is None:
                names[k] = replace(name, want="admin1")
        return names

    def _tokens(self, text: str):
        """The text as recognition reads it (recased where it runs in capitals), its
        words' spans, and the indexes of those that start with a capital."""
        last = self._read
        if last is not None and last[0] is text:
            return last[1:]  # (read just before: "read_as" then "parse")
        written = text
        tokens, capitals = _words_of(text)
        if _runs_in_capitals(text, tokens, capitals):
            recased = recase(text, self.index)
            if recased != text:
                text = recased
                tokens, capitals = _words_of(text)
        self._read = (written, text, tokens, capitals)
        return text, tokens, capitals

    def read_as(self, text: str, spans=None) -> str:
        """``text`` as recognition reads it: runs of words in capitals given the case prose
        would give them (same length and offsets), the rest as written. The event rules
        read a text so, for their patterns that tell names by their capital.

        With ``spans`` ((start, end) offsets, in order, apart), the text is as read inside
        them only (see :func:`~geomap.recase.recase`): enough for a screen of a few of
        its sentences, at a fraction of the cost for a long text in capitals."""
        last = self._read
        if last is not None and last[0] is text:
            return last[1]  # the text just parsed, or read
        if not may_recase(text):
            return text  # (no words in capitals to recase: no need to read its words)
        if spans is None:
            return self._tokens(text)[0]
        tokens, capitals = _words_of(text)
        if not _runs_in_capitals(text, tokens, capitals):
            self._read = (text, text, tokens, capitals)
            return text
        return recase(text, self.index, spans)

    def _word_facts(self, word: str) -> tuple[bool, str, str | None, bool]:
        """What recognition reads of one word as written: whether it names a weapon, the
        word without a possessive, its gazetteer key (None when no place has that name)
        and whether some longer name starts with it. Kept per parser (up to
        :data:`WORD_FACTS` words)."""
        facts = self._facts.get(word)
        if facts is None:
            if len(self._facts) >= WORD_FACTS:
                self._facts.clear()
            bare = POSSESSIVE.sub("", word)
            key = normalize(bare)
            # ("Qamishli" is the gazetteer's "Al Qamishli": see article_key)
            # ("Afipsky" is the gazetteer's "Afipskiy": see ending_key)
            found = key if self.index.has_key(key) else (
                article_key(self.index, key) or ending_key(self.index, key)
                if bare[:1].isupper() else None)
            facts = self._facts[word] = (a_weapon(word), bare, found,
                                         run_goes_on(self.index, word))
        return facts

    def _log_word(self, log: list, text: str, token: tuple[int, int], rule: str) -> None:
        """Log a single word that names a place in the gazetteer as dropped by ``rule``."""
        start, end = token
        word = POSSESSIVE.sub("", text[start:end])
        key = normalize(word)
        found = self.index.candidates_for_key(key) if key else ()
        if found:
            log.append(RecognisedName(start, start + len(word), key, found, written=word,
                                      kept=False, decided_by=rule))

    def _match_at(self, text, tokens, i, cues: CrossingCues | None = None, regions=True,
                  log: list | None = None):
        start, end = tokens[i]
        word = text[start:end]
        if not word[0].isupper():
            return None, i + 1
        weapon, _, key, goes_on = self._word_facts(word)
        if weapon:
            if log is not None:
                self._log_word(log, text, tokens[i], "name of a weapon or an aircraft")
            return None, i + 1
        if cues is not None and cues.cues and "-" not in word and "–" not in word:
            found = self._crossing_of_words(text, tokens, i, cues)
            if found is not None:
                return found
        if text.startswith(" (", end) and (bracket := _BRACKETED.match(text, end)):
            found = self._bracketed_name(text, tokens, i, bracket.end(), log)
            if found is not None:
                return found
        # Longest gazetteer name starting here, over capitalised words and connectors.
        best = None if key is None else (i, key)
        j = i + 1
        while j < len(tokens) and j - i < 6:
            s, e = tokens[j]
            w = text[s:e]
            gap = text[tokens[j - 1][1]:s]
            glued = not gap.strip() and "\n" not in gap  # (a line break ends a name)
            if glued and (w in V.ADMIN2_UA_WORDS or w in V.FACILITY_WORDS):
                # "Bakhmut raion", "the Nikopol district", "the Pivdennyi port" ("r-n" is a
                # raion, or a city's district)
                abbreviated = w.lower() in V.RAION_ABBREVIATIONS
                key = normalize(text[start:e]) if not abbreviated else next(
                    (k for k in (normalize(text[start:s] + word) for word in ("district", "raion"))
                     if self.index.has_key(k)), normalize(text[start:s] + "raion"))
                if not self.index.has_key(key) and (abbreviated or w.lower() in _RAION_WORDS):
                    key = _adjectival_raion(self.index, key)
                if key is not None and self.index.has_key(key):
                    best = (j, key)
                break
            if glued and w in V.FACILITY_LEADS:
                # "the Zaporizhzhia nuclear power plant": a facility the gazetteer places
                found = self._facility(text, tokens, i, j)
                if found is not None:
                    best = found
                break
            # ("Jisr al-Shughour": a word after the Arabic article goes on a name)
            named = w[0].isupper() or V.ARTICLE_NAME_WORD.match(w) is not None
            if not glued or not (named or w.lower() in V.CONNECTORS):
                break
            if not (goes_on if j == i + 1 else run_goes_on(self.index,
                                                           text[start:tokens[j - 1][1]])):
                break  # no name goes on from these words: nothing longer can match
            if named:
                key = run_key(self.index, text[start:e])
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
        end -= len(POSSESSIVE.search(text[start:end]).group()) if POSSESSIVE.search(
            text[start:end]) else 0
        if regions and j + 1 < len(tokens) and text[tokens[j + 1][0]].isupper() and not text[
                tokens[j][1]:tokens[j + 1][0]].strip() and text[
                tokens[j + 1][0]:tokens[j + 1][1]] not in V.FACILITY_ABBREVIATIONS:
            # "Vyshneve Pole, Zaporizhzhia region": a longer unknown name in a stated region
            unknown, after = self._unknown_in_region(text, tokens, i)
            if unknown is not None and after > j + 1:
                return unknown, after
        found = self._judge(text, tokens, i, j, start, end, key,
                            self.index.candidates_for_key(key), log)
        return found, j + 1

    def _bracketed_name(self, text, tokens, i, kind_at, log):
        """"Zmiinyi (Snake) Island": a name whose other name, in brackets, stands before its
        kind word. (mention, next token) when the name with its kind is a gazetteer name."""
        k = next((k for k in range(i + 1, min(i + 6, len(tokens))) if tokens[k][0] == kind_at),
                 None)
        if k is None or text[tokens[k][0]:tokens[k][1]] not in _BRACKETED_KINDS:
            return None
        start, end = tokens[i][0], tokens[k][1]
        key = normalize(f"{text[start:tokens[i][1]]} {text[tokens[k][0]:end]}")
        if not self.index.has_key(key):
            return None
        return (self._judge(text, tokens, i, k, start, end, key,
                            self.index.candidates_for_key(key), log), k + 1)

    def _facility(self, text, tokens, i, j):
        """(last token, key) of the longest gazetteer name that runs from token ``i`` over
        the lower-case words of a facility from token ``j`` ("... nuclear power plant")."""
        found = None
        for k in range(j, min(j + 3, len(tokens))):
            word = POSSESSIVE.sub("", text[tokens[k][0]:tokens[k][1]])
            if k > j and (text[tokens[k - 1][1]:tokens[k][0]] != " "
                          or word not in V.FACILITY_WORDS_AFTER):
                break
            key = normalize(text[tokens[i][0]:tokens[k][0]] + word)
            if self.index.has_key(key):
                found = (k, key)
            if word != text[tokens[k][0]:tokens[k][1]]:
                break  # "the Kursk nuclear power plant's": the name ends there
        return found

    def _special(self, text, tokens, i, cues: CrossingCues | None = None, regions=True):
        """No gazetteer name here: maybe a crossing pair, a demonym, or a hyphenated pair."""
        start, end = tokens[i]
        _, word, _, _ = self._word_facts(text[start:end])
        key = normalize(word)
        if "-" in word or "–" in word:
            # ("Kyiv-based", "Geneva–based": no crossing pair)
            if not V.HYPHEN_SUFFIX.search(word.replace("–", "-")):
                cues = cues or CrossingCues(text)
                longer = self._longer_crossing(text, tokens, i, cues)
                if longer is not None:
                    return longer
                crossing = self._crossing(text, tokens, i, word, cues)
                if crossing is not None:
                    return crossing, i + 1
            return self._hyphen_parts(text, tokens, i)
        if key in self._demonym_table and self.demonyms != "none":
            nxt = next_word(text, tokens, i)
            if self.demonyms == "all" or nxt in V.PLACE_NOUNS or nxt.endswith("-controlled"):
                kind, row = self._demonym_table[key]
                place = self.index.place(kind, row)
                cand = (Candidate(place, "primary", prior(place)),)
                return RecognisedName(start, start + len(word), key, cand, demonym=True,
                                      strength=DEMONYM_STRENGTH,
                                      decided_by=KEPT_DEMONYM), i + 1
        spelled = self._spelled_after_kind(text, tokens, i, word)
        if spelled is not None:
            return spelled, i + 1
        return self._unknown_in_region(text, tokens, i) if regions else (None, i + 1)

    def _spelled_after_kind(self, text, tokens, i, word):
        """'the town of Graivoron', 'the city Graivoron': a name the gazetteer spells another
        way (Grayvoron), after words that say it is a settlement, is that settlement."""
        if i < 2:
            return None
        kind = text[tokens[i - 1][0]:tokens[i - 1][1]]
        if kind == "of":  # "the town of Graivoron"
            kind = text[tokens[i - 2][0]:tokens[i - 2][1]].lower()
        elif text[tokens[i - 2][0]:tokens[i - 2][1]].lower() != "the":
            return None  # (the common case, decided by two comparisons)
        if kind not in _SETTLEMENT_WORDS or (
                len(word) < 5 or not word.isalpha() or word.lower() in self._words):
            return None  # ("the city Graivoron", as translations write it)
        found = tuple(c for c in self.index.candidates(word) if c.place.kind == "locality")
        if not found:
            return None
        start = tokens[i][0]
        return RecognisedName(start, start + len(word), normalize(word), found, written=word,
                              decided_by=KEPT_SPELLED_AFTER_KIND)

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
        if len(lows[0]) < 4 or lows[0] in self._words or any(w in NOT_NAMES for w in lows):
            return None, i + 1
        stated = self._region_after(text, tokens, j)
        if stated is None or not stated[1]:
            return None, i + 1
        region = stated[0]
        name = text[tokens[i][0]:tokens[j][1]]
        # "Graivoron, Belgorod region": a settlement of that region spelled another way
        spelled = tuple(c for c in self.index.candidates(name)
                        if c.place.admin1_code == region.admin1_code
                        and c.place.kind not in ("admin1", "country"))
        if spelled:
            return RecognisedName(tokens[i][0], tokens[j][1], normalize(name), spelled,
                                  region=region, region_stated=True, written=name,
                                  decided_by=KEPT_SPELLED_IN_REGION), j + 1
        return RecognisedName(
            tokens[i][0], tokens[j][1], normalize(name),
            (Candidate(region_named(region, name), "primary", prior(region)),),
            region=region, region_stated=True, written=name, unknown=True,
            decided_by=KEPT_UNKNOWN), j + 1

    def _longer_crossing(self, text, tokens, i, cues: CrossingCues):
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

    def _crossing_of_words(self, text, tokens, i, cues: CrossingCues):
        """"the Vysne Nemecke-Uzhhorod crossing": a pair whose first side has more words
        (the hyphen in a later word), and the index after it; or None."""
        # the capitalised words glued to this one by single spaces (up to four)
        words = []
        for k in range(i + 1, min(i + 5, len(tokens))):
            if text[tokens[k - 1][1]:tokens[k][0]] != " " or not text[tokens[k][0]].isupper():
                break
            words.append(k)
        # the hyphen in the next word or the one after; the second side up to two words more
        hyphen = next((n for n, k in enumerate(words[:2])
                       if "-" in text[tokens[k][0]:tokens[k][1]]
                       or "–" in text[tokens[k][0]:tokens[k][1]]), None)
        if hyphen is None:
            return None
        for k in reversed(words[hyphen:hyphen + 3]):
            crossing = self._crossing(text, tokens, i, text[tokens[i][0]:tokens[k][1]], cues)
            if crossing is not None:
                return crossing, k + 1
        return None

    def _crossing(self, text, tokens, i, word, cues: CrossingCues):
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
                # (who controls or made a thing says nothing of where the text's other
                # names are: "Russian-controlled Donetsk" is the Ukrainian city)
                return RecognisedName(start, start + len(base), key,
                                      (Candidate(place, "primary", prior(place)),),
                                      demonym=True, votes=False,
                                      decided_by=KEPT_DEMONYM), i + 1
            return None, i + 1
        offset = start
        for part in re.split(r"([-–])", word):
            # (one letter is a model's, "Iskander-K", never a region's or a country's name;
            # two are an abbreviation only in capitals: "US-Russia", not "Ak-Tash")
            if (len(part) > 2 or len(part) == 2 and part.isupper()) and part[0].isupper():
                key = normalize(part)
                found = self.index.candidates_for_key(key)
                if found and (found[0].place.kind in ("country", "admin1", "continent")
                              or offset == start and found[0].place.kind == "locality"
                              and found[0].place.population >= W.CITY_DISTRICT_POP
                              and _CITY_AND_QUARTER.fullmatch(word)):
                    # ("Cologne-Deutz", "Kyiv-Sviatoshyn": a city and its quarter)
                    return RecognisedName(offset, offset + len(part), key, found,
                                          decided_by=KEPT_HYPHEN_PART), i + 1
            offset += len(part)
        return None, i + 1

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


#: How many words' facts a parser keeps (:meth:`Geoparser._word_facts`); then it starts again.
WORD_FACTS = 1 << 17
#: Crossing words in a text that make every village name of it a candidate crossing side.
CROSSING_TEXT_CUES = 2

_RAION_WORDS = ("raion", "rayon", "district")
# Words before "of" that say a settlement's name follows: "the town of Graivoron".
_SETTLEMENT_WORDS = frozenset({"town", "village", "city", "settlement", "hamlet", "township"})
# "Cologne-Deutz": two capitalised parts (not "Slavyansk-on-Kuban", a name of its own)
_CITY_AND_QUARTER = re.compile(r"[^\W\d_][^\W_]*[-–][^\W\d_a-z][^\W_]*")
_SPAN = re.Match.span  # (mapped over a text's tokens: no Python frame per word)
# "Zmiinyi (Snake) Island": another name in brackets between a name and its kind word
_BRACKETED = re.compile(r" \([^()\n]{1,30}\) (?=[A-Z])")
_BRACKETED_KINDS = frozenset("Island Islands Spit Peninsula Bay Lake River Estuary Lagoon "
                             "Strait Cape".split())
# The town a raion is named after, and the adjective the raion's name is written with:
# Pokrovsk / Pokrovskyi, Kamianske / Kamianskyi, Horlivka / Horlivskyi, Yevpatoriia /
# Yevpatoriiskyi (cut, ending).
_ADJECTIVE_ENDINGS = (("", "yi"), ("e", "yi"), ("ka", "skyi"), ("a", "skyi"))


def _adjectival_raion(index: NameIndex, key: str) -> str | None:
    """The index key of a raion named by its town ("Pokrovsk raion") where the gazetteer
    knows it only by its adjective ("Pokrovskyi Raion"), or None."""
    town, _, word = key.rpartition(" ")
    for cut, ending in _ADJECTIVE_ENDINGS:
        if town.endswith(cut) and (cut or town.endswith("sk")):
            adjective = f"{town[:len(town) - len(cut)]}{ending} {word}"
            if index.has_key(adjective):
                return adjective
    return None
