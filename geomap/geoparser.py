"""Text -> place mentions: recognition (which spans name places) and resolution (which places).

Recognition looks up runs of capitalised words in the gazetteer, longest match first, and
keeps or drops each candidate on evidence: kind words ("Kherson Oblast", "the region of
Kherson", "the Kherson and Mykolaiv regions"), locative prepositions, people and
organisation contexts ("President X", "Yasar Guler", "X said"), months and weekdays, and
names that are also common English words. Paired names ("Korczowa-Krakovets") become
border crossings; demonyms ("Ukrainian regions") point at their country.

Resolution scores every candidate place by its prior (prominence, match quality), kind
hints, qualifiers ("Gainesville, Ga."), and the document's context: the countries and
regions the rest of the text is about.

>>> [(m.text, m.place.kind, m.place.admin1_code) for m in geoparse("Drones hit the Kherson region.")]
[('Kherson', 'admin1', 'UA-65')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from . import data
from . import vocabulary as V
from .deadline import Deadline
from .gazetteer import INDEX_KINDS, Candidate, NameIndex, default_index, prior, region_named
from .models import Mention, Place
from .normalize import normalize
from .resolution import resolve_spans

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'.–-]*[^\W_])?", re.U)
_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_S = re.compile(r"['’]s$")


_COMMON_ZIPF = 4.3  # as frequent as 'bath', 'chase', 'liberty'
_COMMON_POP = 100_000  # a place this big is known by its name, word or not
_SPEECH_POP = 1_000_000


_NOT_NAMES = V.FUNCTION_WORDS | V.MONTHS_DAYS | V.DIRECTIONS | V.TITLES
# ", Y region" / " in the Y oblast" / ", Y raion" right after a name.
_REGION_AHEAD = re.compile(r"(?:,\s*|\s+in\s+(?:the\s+)?)(?:[A-Z][\w'’-]*\s+){1,3}"
                           r"(?i:region|oblast|province|raion|rayon|district|krai|kray)\b")
_CONTRACTION = re.compile(r"['’](re|ve|ll|d|m|t)$", re.I)  # not 's: possessives are names
_VERY_COMMON_ZIPF = 5.5  # 'man', 'home', 'god'; not 'america' (5.2) or 'london' (5.3)


@dataclass
class _Span:
    """A recognised place name before resolution."""

    start: int
    end: int
    key: str
    candidates: tuple[Candidate, ...]
    want: str | None = None  # kind hint: admin1, admin2, locality, crossing
    qualifier: str | None = None  # ISO code of a country or region that follows ", X"
    demonym: bool = False
    strength: float = 1.0  # evidence that this is a place at all, for confidence
    extra: dict = field(default_factory=dict)


class _Around:
    """What surrounds a match of tokens i..j: the evidence the recognition rules read."""

    def __init__(self, text, tokens, i, j, top: Place):
        self.words = [text[s:e] for s, e in tokens[i:j + 1]]
        self.single = i == j
        self.top = top
        self.strong_kind = top.kind in ("country", "admin1", "continent", "sea", "region")
        self.prev = _prev_word(text, tokens, i)
        self.nxt = _next_word(text, tokens, j)
        self.low = self.words[0].lower()
        self.initial = _sentence_initial(text, tokens, i)
        self.locative = self.prev in V.LOCATIVES
        prev_raw = text[tokens[i - 1][0]:tokens[i - 1][1]] if i else ""
        # "Russia's Belgorod region": a possessive ends the run before it.
        self.same_run_before = bool(i) and prev_raw[:1].isupper() and not text[
            tokens[i - 1][1]:tokens[i][0]].strip() and not _POSSESSIVE_S.search(prev_raw)
        nxt_raw = text[tokens[j + 1][0]:tokens[j + 1][1]] if j + 1 < len(tokens) else ""
        self.same_run_after = nxt_raw[:1].isupper() and not text[
            tokens[j][1]:tokens[j + 1][0]].strip()


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
        t = data.table("words")
        return dict(zip(t.column("word").to_pylist(), t.column("zipf").to_pylist()))

    @cached_property
    def _demonym_table(self) -> dict[str, tuple[str, int]]:
        t = data.table("demonyms")
        return {normalize(w): (INDEX_KINDS[k], r) for w, k, r in
                zip(t.column("word").to_pylist(), t.column("kind").to_pylist(),
                    t.column("row").to_pylist())}

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
        spans = self.recognise(text, deadline)
        if deadline is not None:
            deadline.check()
        return self.resolve(text, spans, dropped)

    # ------------------------------------------------------------ recognition

    def recognise(self, text: str, deadline: Deadline | None = None) -> list[_Span]:
        tokens = [m.span() for m in _TOKEN.finditer(text)]
        spans: list[_Span] = []
        cues = _CrossingCues(text)
        organisations = [m.span() for m in V.ORGANISATION.finditer(text)]
        org_starts = [a for a, _ in organisations]
        i = 0
        regions = bool(_REGION_AHEAD.search(text))  # any "X, Y region" at all?
        while i < len(tokens):
            if deadline is not None and i % 64 == 0:
                deadline.check()
            if not text[tokens[i][0]].isupper():  # what _match_at checks first, inlined
                i += 1
                continue
            if organisations and _inside(tokens[i][0], organisations, org_starts):
                i += 1  # "Kyiv Post", "Voice of America": an organisation, not the place
                continue
            span, nxt = self._match_at(text, tokens, i, cues, regions)
            if span is not None:
                spans.append(span)
                if "ap_state" in span.extra:  # "Gainesville, Ga.": the state is a mention too
                    spans.append(self._ap_span(*span.extra["ap_state"]))
                    while nxt < len(tokens) and tokens[nxt][0] < spans[-1].end:
                        nxt += 1
            i = nxt
        self._drop_known_people(text, spans)
        _share_list_hints(text, spans)
        # "Hall County, Georgia": the name after a town's comma is most often its region.
        qualifier_starts = {s.extra["qualified_by"] for s in spans if "qualified_by" in s.extra}
        _share_name_hints(spans, qualifier_starts)
        for span in spans:
            if span.start in qualifier_starts and span.want is None:
                span.want = "admin1"
        return spans

    def _match_at(self, text, tokens, i, cues: _CrossingCues | None = None, regions=True):
        start, end = tokens[i]
        word = text[start:end]
        if not word[0].isupper():
            return None, i + 1
        if _a_weapon(word):
            return None, i + 1
        # Longest gazetteer name starting here, over capitalised words and connectors.
        j = i
        best = None
        while j < len(tokens) and j - i < 6:
            s, e = tokens[j]
            w = text[s:e]
            if j > i and w in V.ADMIN2_UA_WORDS and not text[tokens[j - 1][1]:s].strip():
                key = normalize(text[start:e])  # "Bakhmut raion", "the Nikopol district"
                if self.index.has_key(key):
                    best = (j, key)
                break
            if j > i and (text[tokens[j - 1][1]:s].strip() or
                          not (w[0].isupper() or w.lower() in V.CONNECTORS)):
                break
            if j > i and not self.index.has_prefix(
                    normalize(text[start:tokens[j - 1][1]]) + " "):
                break  # no name goes on from these words: nothing longer can match
            if w[0].isupper():
                key = normalize(_POSSESSIVE.sub("", text[start:e]))
                if self.index.has_key(key):
                    best = (j, key)
            j += 1
        if best is None or best[0] == i and best[1] in self._demonym_table:
            # "Canadian" is also a town in Texas: as a single word, the adjective wins.
            return self._special(text, tokens, i, cues, regions)
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
        span = _Span(start, end, key, self.index.candidates_for_key(key))
        span.extra["written"] = text[start:end]
        return self._judge(text, tokens, i, j, span), j + 1

    def _special(self, text, tokens, i, cues: _CrossingCues | None = None, regions=True):
        """No gazetteer name here: maybe a crossing pair, a demonym, or a hyphenated pair."""
        start, end = tokens[i]
        word = _POSSESSIVE.sub("", text[start:end])
        key = normalize(word)
        if "-" in word or "–" in word:
            crossing = self._crossing(text, tokens, i, word, cues or _CrossingCues(text))
            if crossing is not None:
                return crossing, i + 1
            return self._hyphen_parts(text, tokens, i)
        if key in self._demonym_table and self.demonyms != "none":
            nxt = _next_word(text, tokens, i)
            if self.demonyms == "all" or nxt in V.PLACE_NOUNS or nxt.endswith("-controlled"):
                kind, row = self._demonym_table[key]
                place = self.index.place(kind, row)
                cand = (Candidate(place, "primary", prior(place)),)
                return _Span(start, start + len(word), key, cand, demonym=True,
                             strength=0.8), i + 1
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
                _REGION_AHEAD.match(text, end)):
            return None, i + 1  # no region word follows: the common case, decided cheaply
        lows = [text[s:e].lower() for s, e in tokens[i:j + 1]]
        if len(lows[0]) < 4 or lows[0] in self._words or any(w in _NOT_NAMES for w in lows):
            return None, i + 1
        stated = self._region_after(text, tokens, j)
        if stated is None or not stated[1]:
            return None, i + 1
        region = stated[0]
        name = text[tokens[i][0]:tokens[j][1]]
        span = _Span(tokens[i][0], tokens[j][1], normalize(name),
                     (Candidate(region_named(region, name), "primary", prior(region)),))
        span.extra.update(region=region, region_stated=True, written=name, unknown=True)
        return span, j + 1

    def _crossing(self, text, tokens, i, word, cues: _CrossingCues):
        cue = cues.near(tokens[i][0])
        # Without a word such as "crossing" nearby, both sides must be known places.
        place, known = self.index.crossing_from_text(word, both_known=not cue)
        if place is None or not cue and known < 2:
            return None
        cand = (Candidate(place, "primary", prior(place)),)
        start = tokens[i][0]
        return _Span(start, start + len(word), normalize(word), cand, want="crossing")

    def _hyphen_parts(self, text, tokens, i):
        """'Ukraine-Russia', 'Kyiv-based': look up each part on its own."""
        start, end = tokens[i]
        word = text[start:end]
        if re.search(r"-(based|born|bound|led|backed|controlled|occupied|held|area)$", word, re.I):
            base = word[: word.rindex("-")]
            key = normalize(base)
            found = self.index.candidates_for_key(key)
            if found:
                return _Span(start, start + len(base), key, found, strength=1.2), i + 1
            if key in self._demonym_table:  # "Russian-controlled" -> Russia
                kind, row = self._demonym_table[key]
                place = self.index.place(kind, row)
                return _Span(start, start + len(base), key,
                             (Candidate(place, "primary", prior(place)),), demonym=True), i + 1
            return None, i + 1
        offset = start
        for part in re.split(r"([-–])", word):
            if part and part not in "-–" and part[0].isupper():
                key = normalize(part)
                found = self.index.candidates_for_key(key)
                if found and found[0].place.kind in ("country", "admin1", "continent"):
                    return _Span(offset, offset + len(part), key, found), i + 1
            offset += len(part)
        return None, i + 1

    def _judge(self, text, tokens, i, j, span):
        """Keep, drop or annotate a gazetteer match on the evidence around it."""
        ctx = _Around(text, tokens, i, j, span.candidates[0].place)
        if self._not_a_name(ctx) or self._a_river(ctx, span):
            return None
        if self._a_person(ctx, span):
            # A surname is kept until the document is read, so that its later bare
            # mentions ("Baker said") are recognised as the person too; never resolved.
            return span if "surname" in span.extra else None
        self._qualify(text, tokens, j, span, ctx.top)
        zipf = self._words.get(ctx.low, 0.0)
        if self._a_common_word(ctx, span, zipf):
            return None
        self._kind_hint(text, tokens, i, j, span, ctx.prev, ctx.nxt)
        span.strength = 1.0 + (0.3 if ctx.locative else 0.0) - (0.3 if zipf >= 3.5 else 0.0)
        if ctx.locative:
            span.extra["locative"] = True  # "in Washington": a place, whoever shares the name
        return span

    @staticmethod
    def _not_a_name(ctx: _Around) -> bool:
        """Months, pronouns, contractions, short words, bare directions, acronyms, streets,
        buildings and rivers."""
        word, low = ctx.words[0], ctx.low
        if ctx.single and (low in V.MONTHS_DAYS or low in V.DIRECTIONS
                           or low in V.FUNCTION_WORDS or _CONTRACTION.search(word)):
            return True
        if ctx.single and (len(word) == 1 or len(word) == 2 and not (
                word.isupper() and ctx.top.kind == "country")):
            return True
        if ctx.single and word.isupper() and len(word) <= 4 and not ctx.strong_kind:
            return True  # acronyms: NATO, CNN ... unless an alias such as US, UK
        if ctx.same_run_after and ctx.nxt in V.STREET_WORDS:
            return True  # "Collins Avenue", "Carnegie Hall": a street or building, not the town
        return ctx.nxt in ("river", "rivers") and ctx.top.kind != "sea"

    @staticmethod
    def _a_river(ctx: _Around, span: _Span) -> bool:
        """'the Danube': "the" and a region's other-language name (Serbia's Podunavlje is
        "Danube" in English) name the river, not the region."""
        top = span.candidates[0]
        return (ctx.prev == "the" and top.place.kind == "admin1" and top.match != "primary"
                and span.key not in normalize(top.place.name) and ctx.nxt not in V.KIND_WORDS)

    def _a_person(self, ctx: _Around, span: _Span) -> bool:
        """Titles, first-name-surname pairs and "X said" of small places."""
        if ctx.prev.rstrip(".") in V.TITLES and not ctx.initial:
            if ctx.single and ctx.top.kind != "country":
                span.extra["surname"] = ctx.words[-1]  # "Mayor Baker", later "Baker said"
            return True
        # A capitalised word right before, in the same run, that is not a place word:
        # the match is the tail of a person's or organisation's name ("Yasar Guler").
        if (ctx.same_run_before and not ctx.strong_kind
                and ctx.prev not in V.DIRECTIONS | V.FUNCTION_WORDS | V.TITLES
                and ctx.prev not in self._demonym_table and not self._strong_key(ctx.prev)):
            span.extra["surname"] = ctx.words[-1]
            return True
        # A small place right before another capitalised word that is neither a place word
        # nor an organisation word: a first name ("Kelly Clarkson", "Jordan Henderson").
        if (ctx.single and ctx.same_run_after and not ctx.strong_kind
                and ctx.top.population < _SPEECH_POP and ctx.nxt not in V.ORG_WORDS | V.TITLES
                and ctx.nxt not in V.KIND_WORDS and not self._strong_key(ctx.nxt)):
            return True
        return (ctx.single and ctx.nxt in V.SPEECH_VERBS and ctx.top.kind == "locality"
                and not ctx.top.capital and ctx.top.population < _SPEECH_POP
                and not ctx.locative)

    def _qualify(self, text, tokens, j, span: _Span, top: Place) -> None:
        """"Gainesville, Ga." / "Odessa, Texas": the qualifier's code, and its own mention."""
        qualifier = V.AP_STATE.match(text, span.end)
        if qualifier:
            span.qualifier = V.AP_STATES[qualifier.group(1)]
            span.extra["ap_state"] = (qualifier.start(1), qualifier.end(), span.qualifier)
        elif text[span.end:span.end + 2].strip().startswith(","):
            span.qualifier = self._qualifier_after(text, tokens, j)
            if span.qualifier and top.kind in ("locality", "admin2"):
                span.extra["qualified_by"] = tokens[j + 1][0]
        if top.kind == "locality":
            stated = self._region_after(text, tokens, j)
            if stated is not None:
                span.extra["region"], span.extra["region_stated"] = stated
                span.qualifier = stated[0].admin1_code

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
    def _a_common_word(ctx: _Around, span: _Span, zipf: float) -> bool:
        """A frequent English word that names only a small place, or starts a sentence."""
        top = ctx.top
        big = (top.kind in ("country", "continent", "sea") or top.population >= _COMMON_POP
               or top.kind == "admin1" and ctx.low not in V.GENERIC_REGION_NAMES)
        if not ctx.single or span.qualifier:
            return False
        if zipf >= _COMMON_ZIPF and not big and not ctx.locative:
            return True
        if ctx.initial and zipf >= 4.0 and ctx.nxt in V.DETERMINERS:
            return True  # "Reading the report", "Chase the ..." : a verb, not a town
        if ctx.initial and zipf >= _VERY_COMMON_ZIPF:
            return True  # "Man arrested ...", "God ...": the word, whatever shares its name
        return ctx.initial and zipf >= 3.5 and not big and ctx.nxt not in V.KIND_WORDS

    def _ap_span(self, start: int, end: int, code: str) -> _Span:
        place = self.index.admin1(code)
        return _Span(start, end, code, (Candidate(place, "primary", prior(place)),),
                     want="admin1")

    def _strong_key(self, key: str) -> bool:
        """A name that is surely a place: a country, region, sea or a city of 100,000+."""
        for cand in self.index.candidates_for_key(key)[:3]:
            p = cand.place
            if p.kind != "locality" or p.population >= _COMMON_POP:
                return True
        return False

    def _kind_hint(self, text, tokens, i, j, span, prev, nxt):
        if nxt in V.ADMIN1_WORDS or _region_list_follows(text, tokens, j):
            span.want = "admin1"
            span.candidates = self.index.prefer_regions(span.candidates)
            if nxt == "oblast" and text[tokens[j + 1][0]].isupper():
                span.end = tokens[j + 1][1]  # "Kherson Oblast" is the region's own name
        elif nxt in V.ADMIN2_WORDS:
            span.want = "admin2"
        elif nxt in V.CITY_WORDS:
            span.want = "locality"
        elif nxt in V.AREA_WORDS:
            span.want = "area"  # "the New York border", "New York Governor": not the city
        elif prev == "of" and i >= 2 and _prev_word(text, tokens, i - 1) in V.ADMIN1_WORDS:
            span.want = "admin1"  # "the southern region of Kherson"
        elif prev == "of" and i >= 2 and _prev_word(text, tokens, i - 1) in V.CITY_WORDS:
            span.want = "locality"

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

    def _drop_known_people(self, text, spans):
        """A name seen as a surname ("Yasar Guler") is a person later too ("Guler said"),
        unless a preposition or a qualifier makes it a place ("in Washington")."""
        surnames = {s.extra["surname"] for s in spans if "surname" in s.extra}
        # A name the document also uses as a place ("in Hamilton", "Hamilton, Ohio",
        # "Hamilton County") is not taken for a person where nothing says so.
        surnames -= {text[s.start:s.end] for s in spans if "surname" not in s.extra and (
            s.qualifier or s.want or s.extra.get("locative"))}
        if surnames:
            spans[:] = [s for s in spans if text[s.start:s.end] not in surnames
                        or s.candidates[0].place.kind == "country"
                        or "surname" not in s.extra and (s.qualifier or s.extra.get("locative"))]

    # ------------------------------------------------------------ resolution

    def resolve(self, text: str, spans: list[_Span], dropped: list | None = None
                ) -> list[Mention]:
        """Choose each recognised span's place in the light of the whole document."""
        spans = [s for s in spans if s is not None and s.candidates and "surname" not in s.extra]
        lost: list = []
        chosen = resolve_spans(spans, self.index.neighbours, self.index, lost)
        if dropped is not None:
            dropped += [{"start": s.start, "end": s.end, "text": text[s.start:s.end],
                         "reason": reason} for s, reason in lost]
        return [Mention(s.start, s.end, text[s.start:s.end], *c)
                for s, c in zip(spans, chosen) if c is not None]


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
    return "\n" in gap or bool(re.search(r"[.!?:;]", gap)) or (bool(mark) and mark in "\"“‘'(")


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

    def near(self, pos: int) -> bool:
        before = bisect.bisect_right(self.stops, pos - 2) - 1
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
    re.escape(w) for w in sorted(V.CROSSING_WORDS, key=len, reverse=True)) + r")(?![A-Za-z-])",
    re.IGNORECASE)


def _region_list_follows(text, tokens, j) -> bool:
    """'the Kherson and Mykolaiv regions', 'Kherson, Mykolaiv and Odesa oblasts'."""
    k = j + 1
    while k < len(tokens) and k - j < 12:
        w = text[tokens[k][0]:tokens[k][1]]
        low = w.lower()
        if low in ("regions", "oblasts", "provinces", "states", "counties"):
            return True
        if not (w[0].isupper() or low == "and"):
            return False
        k += 1
    return False


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
_LIST_INTRO = re.compile(r"(?:regions|oblasts|provinces|states)\s*(?:[–—:-]|,)?\s*"
                         r"(?:of|including|such as|like)?\s*(?:the\s+)?$", re.I)


def _inside(offset: int, ranges: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether ``offset`` falls in one of ``ranges`` (in order, not overlapping; ``starts``
    their starts): a binary search, so a text full of names stays linear."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < ranges[i][1]


@lru_cache(maxsize=65536)  # capitalised words recur across a corpus
def _a_weapon(word: str) -> bool:
    """A weapon's or aircraft's name or designation ("Grad", "Kh-101", "Shahed-136")."""
    bare = _POSSESSIVE.sub("", word)
    return bare.lower() in V.WEAPON_NAMES or bool(V.DESIGNATION.match(bare))


def _share_list_hints(text: str, spans: list[_Span]) -> None:
    """'regions – Donetsk, Luhansk, Kherson and Zaporizhzhia': the intro hints every member.

    A singular kind word ("Odesa and Vinnytsia Oblast") hints only its own name; plural
    ones ("the Kherson and Mykolaiv regions") are found per name by the look-ahead.
    """
    groups, current = [], []
    for span in spans:
        if current and _LIST_GAP.match(text[current[-1].end:span.start]):
            current.append(span)
        else:
            current = [span]
            groups.append(current)
    for number, group in enumerate(groups):
        # Two names joined by a bare comma are a place and its region ("Denison, Iowa").
        pair = len(group) == 2 and text[group[0].end:group[1].start].strip() == ","
        if len(group) > 1 and not pair:
            for span in group:
                span.extra["list"] = number
        if _LIST_INTRO.search(text[max(0, group[0].start - 40):group[0].start]):
            for span in group:
                span.want = span.want or "admin1"


def _share_name_hints(spans: list[_Span], qualifier_starts: set[int]) -> None:
    """One sense per document: a bare name takes the kind and qualifier its other mentions
    were given ("New York state ... in New York", "Paris, Texas ... Paris police").

    A name in a town's qualifier slot ("Rego Park, New York") says nothing of the name's
    other mentions, nor does a crossing.
    """
    hints: dict[str, tuple[str | None, str | None]] = {}
    for span in spans:
        if (span.want or span.qualifier) and span.want != "crossing" and (
                span.start not in qualifier_starts):
            want, qualifier = hints.get(span.key, (None, None))
            hints[span.key] = (want or span.want, qualifier or span.qualifier)
    for span in spans:
        if span.key in hints and not (span.want or span.qualifier):
            span.want, span.qualifier = hints[span.key]


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
