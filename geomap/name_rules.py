"""Recognition: the rules that keep or drop a gazetteer match, and the hints they give.

A match is kept or dropped on the evidence around it (:mod:`geomap.name_context`): kind
words ("Kherson Oblast", "the Kherson and Mykolaiv regions"), locative prepositions,
people and organisation contexts ("President X", "Yasar Guler", "X said"), months and
weekdays, and names that are also common English words. Each rule has a name, which
``--explain`` shows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import vocabulary as V
from .gazetteer import prior
from .models import Candidate, Place, RecognisedName
from .name_context import (HROMADA_ADJECTIVE, HROMADA_LIST, LIST_WORD, NOT_A_NAME_BEFORE,
                           NOT_A_SURNAME_AFTER, OBLAST_LIST, OBLAST_LIST_REACH, OBLAST_WORD,
                           POSSESSIVE_S, Around, a_kind_word_alone, a_weapon,
                           a_leaders_government, listed_city, next_word, not_a_word_name,
                           prev_word, region_column, region_list_follows, strong_key)
from .normalize import normalize
from .weights import (COMMON_POP, COMMON_WORD_STRENGTH, COMMON_ZIPF, INITIAL_VERB_ZIPF,
                      INITIAL_WORD_ZIPF, LOCATIVE_STRENGTH, SPEECH_POP, STRENGTH,
                      VERY_COMMON_ZIPF, VILLAGE_MAX_POP)


# The rules that keep or drop a name, as --explain names them (a plain gazetteer match
# keeps RecognisedName's default, "gazetteer name").
KEPT_CROSSING = "paired border crossing names (X-Y with a crossing word in its sentence)"
KEPT_CROSSING_KNOWN = "paired border crossing names (X-Y, both sides known places)"
KEPT_DEMONYM = "demonym pointing at its country or region"
KEPT_HYPHENATED = "name before -based, -controlled ..."
KEPT_HYPHEN_PART = "part of a hyphenated pair of regions or countries (Ukraine-Russia)"
KEPT_UNKNOWN = "name the gazetteer lacks, placed by the text in a region (X, Y region)"
KEPT_SPELLED_IN_REGION = ("name spelled another way than the gazetteer's, of a settlement "
                          "of the region the text places it in (X, Y region)")
KEPT_SPELLED_AFTER_KIND = ("name spelled another way than the gazetteer's, of a settlement "
                           "the text calls one (the town of X)")
KEPT_AP_STATE = "state abbreviation after a town (Gainesville, Ga.)"
KEPT_HROMADA_LIST = "hromada listed before 'hromadas' or 'communities'"
KEPT_OBLAST_ADJECTIVE = "oblast named by its official adjective before 'oblast' (Kyivska oblast)"
SURNAME_AFTER_TITLE = "a person's name (a title before it: Mayor X, President X)"
TITLE_BEFORE = "a person's or office's name (a title before it)"
SURNAME = "tail of a person's or organisation's name (a capitalised word before it: Yasar X)"
FIRST_NAME = "first name of a person (a capitalised word after it: X Clarkson)"
SPEAKER = "a person (X said), not a small place"
KNOWN_PERSON = "surname of a person the text names elsewhere"


# Lower-case words that make the name before them a street's or a park's.
_URBAN_WORDS_LOWER = frozenset({"park", "street", "avenue", "boulevard", "prospekt",
                                "embankment", "lane"})
_IN_OR_THE = frozenset({"in", "on", "at", "the", "near", "along"})
_CENTRE_AFTER = re.compile(r"\s+((maritime|marine)\s+)?((rescue|search and rescue)\s+)?"
                           r"(co-?ordination\s+cent(re|er)|port\s+(captaincy|authority|"
                           r"administration)|harbou?r\s+master)\b|"
                           # "the Geneva International Centre for Humanitarian Demining"
                           r"\s+international\s+(cent(re|er)|institute|committee|"
                           r"conference|forum)\b", re.I)
_FORCES_GROUP_AFTER = re.compile(r"\s+(group|grouping)\s+of\s+(forces|troops)\b", re.I)

# The words that open a street's name in the languages of Europe, and what links them to
# the rest of it: "Rue de la Loi", "Via Roma", "Calle de Alcala", "ulica Marszalkowska".
_STREET_HEADS = frozenset("rue avenue boulevard chaussee chaussée quai via viale piazza "
                          "calle strada ulica ul".split())
_NAME_LINKS = frozenset("de du des la le les della del di dei".split())
# Where a place lies: "on the western Tarkhankut peninsula".
_ON_THE_LAND = re.compile(r"\bon\s+the\s+((north|south|east|west)(ern)?\s+|"
                          r"(north|south)-?(east|west)(ern)?\s+)?$", re.I)
_STREET_BEFORE = re.compile(r"\b(rue|avenue|boulevard|chauss[ée]e|quai|via|viale|piazza|calle|"
                            r"strada|ulica|ul\.)\s+((de|du|des|la|le|les|della|del|di|dei)\s+|"
                            r"(l|d)['’])*$", re.I)

# Ships listed after their class: "the minehunters Chernihiv and Cherkasy", "the frigates
# Hetman Sahaidachny, Admiral Makarov and ..." (each name of the list, not only the first).
_SHIP_CLASSES = (r"(ships|warships|vessels|frigates|corvettes|cruisers|destroyers|submarines|"
                 r"tankers|freighters|minesweepers|minehunters|tugs|ferries|patrol boats|"
                 r"landing ships)")
_SHIP_NAME = r"(?-i:[A-Z])[\w'’-]*+(?:\s+(?-i:[A-Z])[\w'’-]*+){0,2}"
# (also under their new names: "the Sandown-class ships, renamed Cherkasy and Chernihiv",
# "two minehunters handed over by Britain, renamed ...")
_SHIPS_BEFORE = re.compile(rf"\b{_SHIP_CLASSES}([^.;]{{0,60}}?,?\s+((were|was|have been|had been|"
                           rf"since|now|later)\s+)?(renamed|named|christened|rechristened|called)"
                           rf"(\s+as)?)?\s+({_SHIP_NAME}\s*,\s*)*"
                           rf"({_SHIP_NAME}\s*,?\s+(and|&)\s+)?$", re.I)


def _a_settlement_elsewhere(cands, region: Place) -> bool:
    """Whether the name is a settlement's own (primary) name in another region, and no
    settlement of it lies in ``region``."""
    return any(c.place.kind == "locality" and c.match == "primary"
               and c.place.admin1_code != region.admin1_code for c in cands) and not any(
        c.place.kind == "locality" and c.place.admin1_code == region.admin1_code
        for c in cands)


def _an_island(ctx: Around, top: Candidate) -> str | None:
    """"a mine near Keri island": an island the gazetteer lacks, not a town that has the
    name only as one of its other names (Cary, North Carolina)."""
    if (ctx.nxt in V.COAST_FEATURE_WORDS and top.place.kind == "locality"
            and top.match != "primary"):
        return "name of an island or a coastal feature (X island)"
    return None


#: Names that are only a kind of place (a gazetteer may give one as a place's name).
_GENERIC_NAMES = frozenset({"national park", "nature reserve", "city council", "city hall",
                            "town hall", "old town", "central park"})


class NameRules:
    """The keep-or-drop rules of :class:`~geomap.geoparser.Geoparser` (which provides
    ``index``, ``demonyms``, ``_words`` and ``_demonym_table``)."""

    def _hromada_lists(self, text: str) -> dict[int, RecognisedName]:
        """The hromadas of lists before a plural "hromadas" or "communities" ("the
        Velykopysarivska, Krasnopilska and Bilopilska communities"), or one before
        "community" ("Bilopilska community: mortar fire"), by start offset. Before
        "communities" or "community" only the official adjective counts: "the Bucha and
        Irpin communities" are the towns."""
        if "hromadas" not in text and "communit" not in text:
            return {}
        out = {}
        for match in HROMADA_LIST.finditer(text):
            adjectives_only = match.group("word").lower() in ("communities", "community")
            for word in LIST_WORD.finditer(text, match.start(), match.start("word")):
                name = word.group()
                if adjectives_only and not HROMADA_ADJECTIVE.search(name):
                    continue
                key = normalize(f"{name} hromada")
                found = self.index.candidates_for_key(key)
                if found:
                    out[word.start()] = RecognisedName(
                        word.start(), word.end(), key, found, written=name,
                        decided_by=KEPT_HROMADA_LIST)
        return out

    def _oblast_adjectives(self, text: str) -> dict[int, RecognisedName]:
        """Ukraine's oblasts named by their official adjectives before "oblast" or
        "oblasts" ("Kyivska oblast", "over Zhytomyrska and Vinnytska oblasts"), by start
        offset."""
        if "blast" not in text:
            return {}
        out = {}
        for kind_word in OBLAST_WORD.finditer(text):
            match = next((m for m in OBLAST_LIST.finditer(
                text, max(0, kind_word.start() - OBLAST_LIST_REACH), kind_word.end())
                if m.end() == kind_word.end()), None)
            if match is None:
                continue
            for word in LIST_WORD.finditer(text, match.start(), match.end()):
                entry = V.OBLAST_ADJECTIVES.get(word.group().lower())
                if entry is None:
                    continue
                name, code = entry
                key = normalize(name)
                found = [c for c in self.index.candidates_for_key(key)
                         if c.place.kind == "admin1" and c.place.admin1_code == code]
                if found:
                    out[word.start()] = RecognisedName(
                        word.start(), word.end(), key, found, written=word.group(),
                        decided_by=KEPT_OBLAST_ADJECTIVE)
        return out

    def _judge(self, text, tokens, i, j, start, end, key, candidates, log=None):
        """Keep or drop a gazetteer match on the evidence around it, with its hints."""
        written = text[start:end]
        # A single word's own rules first: the names they drop need nothing around them.
        dropped = not_a_word_name(text[start:tokens[i][1]], candidates[0].place) if (
            i == j) else None
        if dropped == "acronym" and next_word(text, tokens, j) in V.ADMIN1_WORDS and text[
                tokens[j + 1][0]:tokens[j + 1][1]].isupper():
            dropped = None  # "KYIV REGION -": a heading in capitals, no acronym
        if not dropped and i == j:
            dropped = a_kind_word_alone(written, candidates)
        if not dropped:
            ctx = Around(text, tokens, i, j, candidates[0].place)
            sea = self._a_sea_by_its_short_name(ctx, key)
            if isinstance(sea, str):
                dropped = sea
            elif sea:
                candidates = sea
                ctx = Around(text, tokens, i, j, candidates[0].place)
        if not dropped:
            dropped = (self._not_a_name(ctx) or self._a_river(ctx, key, candidates[0])
                       or _an_island(ctx, candidates[0])
                       or self._an_adjective(ctx, candidates[0])
                       or a_leaders_government(ctx, candidates))
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
        # (a government behind someone says nothing of where the text's other names are:
        # "officials installed by Moscow" in Donetsk)
        votes = not (V.BY_GOVERNMENT.search(text, max(0, start - 30), start) and (
            ctx.top.capital or ctx.top.kind == "country"))
        return RecognisedName(start, end, key, candidates, want=want, qualifier=qualifier,
                              qualified_by=qualified_by, strength=strength, written=written,
                              locative=ctx.locative, region=region, region_stated=stated,
                              ap_state=ap_state, votes=votes)

    def _a_sea_by_its_short_name(self, ctx: Around, key: str):
        """"the Baltic", "the western Baltic": the sea's candidates; "the Baltic states": a
        group of countries, no place (the rule's name); else None."""
        sea = V.SEA_SHORT_NAMES.get(key)
        if sea is None or not ctx.single:
            return None
        if ctx.nxt in V.COUNTRY_GROUP_WORDS:
            return "group of countries named after a sea (the Baltic states)"
        if ctx.prev == "the" or ctx.prev2 == "the" and ctx.prev in V.COMPASS_ADJECTIVES:
            return self.index.candidates_for_key(normalize(sea)) or None
        return None

    @staticmethod
    def _not_a_name(ctx: Around) -> str | None:
        """Streets, buildings and rivers (the rules that read the next word; a single
        word's own rules are :func:`not_a_word_name`): the rule's name, or None."""
        if not ctx.single and f"{ctx.low} {ctx.last.lower()}" in _GENERIC_NAMES:
            # "the Sviati Hory National Park": the kind of a place, not the park some
            # gazetteer calls by it alone
            return "generic name of a kind of place (National Park)"
        if not ctx.single and ctx.low in ("the", "a", "an") and ctx.last[:1].islower():
            # "The bridge was closed": a sentence's first words, not the nickname "The
            # Bridge" some gazetteer gives a town
            return "article and a common noun (The bridge)"
        if ctx.low in _STREET_HEADS and ctx.nxt in _NAME_LINKS or ctx.said_before(
                _STREET_BEFORE, 40):
            # "Rue de la Loi", "Via Roma", "ulica Marszalkowska": a street of the city
            return "name of a street or a building"
        if ctx.same_run_after and ctx.nxt in V.STREET_WORDS:
            # "Collins Avenue", "Carnegie Hall": a street or building, not the town
            return "name of a street or a building"
        if (ctx.nxt in _URBAN_WORDS_LOWER and not ctx.gap_after.strip()
                and ctx.top.kind == "locality" and ctx.prev in _IN_OR_THE):
            # "a playground in Shevchenko park", "on Lesi Ukrainky street": named after a
            # person or a town, a street or a park of the city the text is in
            return "name of a street or a park (X park, X street)"
        if ctx.said_after(_CENTRE_AFTER):
            # "reported it to the Constanta maritime coordination centre", "the Odesa port
            # authority": a body named after its city, not where the event was
            return "name of a centre or an authority (the X rescue coordination centre)"
        if ctx.said_after(_FORCES_GROUP_AFTER):
            # "aviation of the Dnepr group of forces": a military command named after a
            # river or a town
            return "name of a group of forces (the Dnepr group of forces)"
        if (ctx.nxt in ("conference", "summit", "talks") and not ctx.gap_after.strip()
                and (ctx.prev == "the" or ctx.top.capital)):
            # "near the Ouagadougou conference centre", "the Munich conference", "Rome
            # conference opens tomorrow": a venue or a meeting named after a city
            return "name of a venue or a meeting (the X conference)"
        if (ctx.same_run_before and ctx.same_run_after and ctx.nxt in V.ARMED_GROUP_HEADS
                and ctx.top.kind == "locality"):
            # "Kachin Independence Army": a word inside a group's name, not a town
            return "word inside the name of an armed group or a party"
        if (ctx.prev == "for" and ctx.prev2 in V.AGENCY_HEADS and ctx.top.kind != "country"
                and (ctx.same_run_after or ctx.nxt in ("and", "&"))):
            # "the Federal Agency for Maritime and River Transport": a word of its name
            return "word inside the name of an agency (Agency for X and Y)"
        if (ctx.prev == "the" and not ctx.single
                and V.CITY_QUARTER.fullmatch(f"{ctx.low} {ctx.last.lower()}")):
            # "fragments fell on the North Side" (of Sevastopol), "the East End"
            return "quarter of a city (the North Side, the West End)"
        if (ctx.prev == "the" and ctx.top.kind == "locality"
                and ctx.said_after(V.CITY_PART_AFTER)):
            # "fragments fell in the Vostochny microdistrict" (of Belgorod)
            return "part of a city named before its kind (the Vostochny microdistrict)"
        if (ctx.single and ctx.same_run_after and ctx.low in V.GENERIC_REGION_NAMES
                and ctx.top.kind == "admin1"):
            # "the Maritime Operations Centre", "the Coast Guard": an ordinary word that
            # opens a longer name, not Togo's or Kenya's region
            return "ordinary word opening a longer name (the Maritime Administration)"
        if (ctx.nxt.startswith(("al-", "el-", "ad-", "ar-", "as-", "ash-", "az-", "an-"))
                and not ctx.gap_after.strip()):
            # "Ain al-Asad air base": the first word of a longer name, not France's Ain
            return "first word of a longer name (X al-Y)"
        if ctx.nxt in V.RIVER_WORDS and ctx.top.kind != "sea":
            return "name of a river or a reservoir (X River, X reservoir)"
        if (ctx.nxt in ("peninsula", "spit", "isthmus") and not ctx.gap_after.strip()
                and ctx.top.kind == "locality" and ctx.said_before(_ON_THE_LAND, 30)):
            # "Chornomorske on the western Tarkhankut peninsula": where the place named
            # before lies, not a village (one told as the place: "off the Hel peninsula")
            return "name of a peninsula or a spit (on the X peninsula)"
        if ctx.prev in V.VESSEL_WORDS or ctx.said_before(_SHIPS_BEFORE, 80):
            return "name of a ship (the landing ship X, the tanker X, the minehunters X and Y)"
        if ctx.single and ctx.nxt == "of" and ctx.low in V.FEATURE_HEADS:
            return "head of a longer name (the Bay of X, Cape of X)"
        if (ctx.single and ctx.same_run_before
                and ctx.low.removesuffix("'s").removesuffix("’s") in V.INSTITUTION_HEADS):
            return "last word of an institution's name (X Action Centre)"
        if ctx.single and ctx.same_run_before and ctx.low in V.FEATURE_HEADS:
            # "Sevastopol Bay", "Odesa Port": the feature of the place named before it
            return "feature word of the name before it (X Bay)"
        return None

    @staticmethod
    def _an_adjective(ctx: Around, top: Candidate) -> str | None:
        """'the Catalan police': a word before who people are, that names a place only as
        one of its other names (Gibraltar's Catalan Bay), is an adjective."""
        # (the next word of the same clause: "... the town of Kiliia. Residents of ..." is
        # no adjective)
        if (ctx.single and top.match != "primary" and not ctx.same_run_after
                and ctx.nxt in V.PEOPLE_WORDS and not ctx.gap_after.strip()):
            return "adjective before people (the X police), a place's other name"
        if (ctx.single and ctx.low in V.REGION_ADJECTIVES and ctx.nxt
                and not ctx.same_run_after and not ctx.gap_after.strip()):
            # "the Saxon state parliament": a region's adjective, not the village Saxon
            return "adjective of a region (the Saxon state parliament)"
        return None

    @staticmethod
    def _a_river(ctx: Around, key: str, top: Candidate) -> str | None:
        """'the Danube': "the" and a region's other-language name (Serbia's Podunavlje is
        "Danube" in English) name the river, not the region."""
        # (a name of three words or more is the region's: "the Donetsk People's Republic",
        # "the Province of Tarlac")
        other_language = (top.place.kind == "admin1" and top.match != "primary"
                          and key not in normalize(top.place.name))
        if (other_language and len(key.split()) < 3
                and (ctx.prev == "the" and ctx.nxt not in V.KIND_WORDS
                     or ctx.prev2 == "the" and (ctx.prev in V.RIVER_STRETCH_WORDS
                                                or ctx.prev.endswith("ian") or "-" in ctx.prev))):
            # ("the Ukrainian Danube", "the lower Danube", "the record-low Danube": a
            # stretch of the river, or the river as it is)
            return "name of a river (the X, a region's name in another language)"
        # ("Danube shipping", "Danube ports": the river's trade, no article; "Ukraine's
        # Danube region": the land along the river)
        if other_language and (ctx.nxt in V.RIVER_TRADE_WORDS or ctx.low in
                               V.RIVERS_NAMED_LIKE_PLACES and ctx.nxt in ("region", "area",
                                                                          "basin")):
            return "name of a river (X shipping, a region's name in another language)"
        if (ctx.prev == "the" and key in V.RIVERS_NAMED_LIKE_PLACES
                and ctx.nxt not in V.KIND_WORDS):
            return "name of a river (the X, a river named like a city)"
        if (ctx.single and ctx.same_run_before and ctx.prev in V.RIVERS_NAMED_LIKE_PLACES
                and ctx.low in V.RIVER_FEATURE_WORDS):
            return "land named after a river (the Danube Delta)"
        return None

    def _a_person(self, ctx: Around) -> tuple[str, str | None] | None:
        """Titles, first-name-surname pairs and "X said" of small places: (the rule's name,
        the surname to remember or None), or None."""
        if (ctx.prev.rstrip(".") in V.TITLES or _AGE.fullmatch(ctx.prev) and (
                ctx.gap_after.strip() or ctx.nxt in _SAID or not ctx.nxt)) and not ctx.initial:
            if ctx.single and ctx.top.kind != "country":
                return SURNAME_AFTER_TITLE, ctx.last  # "Mayor Baker", later "Baker said"
            return TITLE_BEFORE, None
        # A capitalised word right before, in the same run, that is not a place word:
        # the match is the tail of a person's or organisation's name ("Yasar Guler").
        if (ctx.same_run_before and not ctx.strong_kind
                and ctx.prev not in NOT_A_NAME_BEFORE
                and ctx.prev not in self._demonym_table and not self._strong_key(ctx.prev)
                and not self._demonym_compound(ctx.prev)):
            # (a city of 100,000 or more inside an organisation's longer name is only dropped
            # here, not remembered as a surname: "DTEK Odesa Electric Networks ... drones on
            # Odesa")
            return SURNAME, None if (ctx.same_run_after
                                     and self._strong_key(normalize(ctx.last))) else ctx.last
        # A small place right before another capitalised word that is neither a place word
        # nor an organisation word: a first name ("Kelly Clarkson", "Jordan Henderson").
        if (ctx.single and ctx.same_run_after and not ctx.strong_kind
                and ctx.top.population < SPEECH_POP and ctx.nxt not in NOT_A_SURNAME_AFTER
                and POSSESSIVE_S.sub("", ctx.nxt) not in V.KIND_WORDS  # "Kherson City's"
                and ctx.nxt not in V.TERRITORY_WORDS  # "Krasnodar Territory"
                and not self._strong_key(ctx.nxt)
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
            if qualifier and not any(qualifier in (c.place.admin1_code, c.place.country_code)
                                     for c in candidates):
                # "Beryslav, Novovorontsovka, Stanislav and Kherson": a name after the comma
                # that no place of this name lies in is the next of a list (Stanislav is
                # also an old name of the Ivano-Frankivsk region)
                qualifier = None
            if qualifier and top.kind in ("locality", "admin2"):
                qualified_by = tokens[j + 1][0]
        if top.kind == "locality" and not (j + 1 < len(tokens) and a_weapon(
                text[tokens[j + 1][0]:tokens[j + 1][1]])):
            # (not a weapon after the comma: "in Marhanets, Grad rockets landed")
            found = self._region_after(text, tokens, j)
            if found is not None and not found[1] and listed_city(
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
        # ("the Hvardiiske airfield in Simferopol district": the site named after the
        # place, then where it is)
        for extra in (1, 2):
            if (j + extra + 1 < len(tokens) and text.startswith(" in ", tokens[j + extra][1])
                    and all(text[tokens[m][0]:tokens[m][1]] in V.SITE_WORDS
                            for m in range(j + 1, j + extra + 1))
                    and text[tokens[j][1]:tokens[j + 1][0]] == " "):
                j += extra
                break
        k, explicit_in = j + 1, False
        end = tokens[j][1]
        if k >= len(tokens) or not (text.startswith(",", end) or text.startswith(" in ", end)
                                    or text.startswith(" (", end)):
            return None  # the common case, decided cheaply
        gap = text[end:tokens[k][0]].strip()
        if not gap and text[tokens[k][0]:tokens[k][1]] == "in":
            k += 1
            if k < len(tokens) and text[tokens[k][0]:tokens[k][1]] == "the":
                k += 1
            explicit_in = True
        elif gap not in (",", "("):  # ("Kamianske (Vasylivka raion, Zaporizhzhia oblast)")
            return None
        for stop in range(min(len(tokens), k + 3), k, -1):
            if not all(text[tokens[m][0]].isupper() for m in range(k, stop)):
                continue
            name = text[tokens[k][0]:tokens[stop - 1][1]]
            kind_word = text[tokens[stop][0]:tokens[stop][1]].lower() if stop < len(
                tokens) else ""
            if gap == "(" and (kind_word == "district" or kind_word not in V.ADMIN2_UA_WORDS
                               and kind_word not in V.ADMIN1_WORDS):
                continue  # a bracket says where only with its kind: not "Esman (Grad)"
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
                    if _a_settlement_elsewhere(cands, place):
                        # "shelled Beryslav, Stanislav and the city of Kherson": a village
                        # of another region, not the old name of the Ivano-Frankivsk region
                        return None
                    return None if explicit_in else (place, False)
        return None

    @staticmethod
    def _a_common_word(ctx: Around, qualifier: str | None, zipf: float) -> str | None:
        """A frequent English word that names only a small place, or starts a sentence:
        the rule's name, or None."""
        top = ctx.top
        big = (top.kind in ("country", "continent", "sea") or top.population >= COMMON_POP
               or top.kind == "admin1" and ctx.low not in V.GENERIC_REGION_NAMES)
        if not ctx.single or qualifier:
            return None
        if zipf >= COMMON_ZIPF and not big and not ctx.locative:
            return "common English word naming only a small place"
        if (zipf >= COMMON_ZIPF and not big and ctx.prev == "of"
                and (ctx.prev2 in V.AGENCY_HEADS or ctx.prev2 in ("minister", "secretary"))):
            # "the Ministry of Economy said": a word of its name, not Economy, Pennsylvania
            return "word inside the name of an agency (Ministry of X)"
        if zipf < INITIAL_WORD_ZIPF or not ctx.initial:
            return None  # what the rules below need: a frequent word starting a sentence
        if zipf >= INITIAL_VERB_ZIPF and ctx.nxt in V.DETERMINERS:
            return "verb starting a sentence (Reading the ...)"
        if zipf >= VERY_COMMON_ZIPF:
            return "very common word starting a sentence (Man ..., God ...)"
        if ctx.nxt in V.CREW_NOUNS and top.kind == "locality":
            # "Mobile teams in the Sumy region shot down two drones": a word that says
            # what the crews are, not Mobile, Alabama
            return "common word before the crews it describes (Mobile teams ...)"
        if not big and ctx.nxt not in V.KIND_WORDS:
            return "common word starting a sentence, naming only a small place"
        return None

    def _ap_name(self, start: int, end: int, code: str) -> RecognisedName:
        place = self.index.admin1(code)
        return RecognisedName(start, end, code, (Candidate(place, "primary", prior(place)),),
                              want="admin1", decided_by=KEPT_AP_STATE)

    def _strong_key(self, key: str) -> bool:
        """A name that is surely a place: a country, region, sea or a city of 100,000+."""
        return strong_key(self.index, key)

    def _kind_hint(self, text, tokens, i, j, candidates, end, prev, nxt):
        """(kind the words around ask for, candidates, end): "Kherson Oblast" asks for a
        region and is the region's own name, "the city of X" for a town."""
        want = None
        nxt = POSSESSIVE_S.sub("", nxt)  # "the Kharkiv region's Chuhuiv district"
        if nxt in V.ADMIN1_WORDS and j + 2 < len(tokens) and text[tokens[j + 1][0]].isupper() \
                and text[tokens[j + 2][0]:tokens[j + 2][1]].lower() in V.INSTITUTION_WORDS:
            pass  # "Sumy State University": an institution of the city
        elif (nxt in V.ADMIN1_WORDS or region_list_follows(text, tokens, j)
              or region_column(text, tokens[i][0])
              or nxt in V.TERRITORY_WORDS and text[tokens[j + 1][0]].isupper()):
            want = "admin1"
            candidates = self.index.prefer_regions(candidates, only=True)
            if nxt == "oblast" and text[tokens[j + 1][0]].isupper():
                # "Kherson Oblast" is the region's own name
                end = tokens[j + 1][0] + len(nxt)
        elif nxt in V.ADMIN2_WORDS:
            want = "admin2"
        elif nxt in V.CITY_WORDS:
            want = "locality"
        elif nxt in V.AREA_WORDS and (j + 1 >= len(tokens) or not POSSESSIVE_S.sub(
                "", text[end:tokens[j + 1][0]].rstrip()).strip()):
            # (not a word after a comma: "In Odesa, Governor Oleh Kiper says ...")
            want = "area"  # "the New York border", "New York Governor": not the city
        elif nxt in V.CROSSING_WORDS:
            want = "crossing"  # "the Vysne Nemecke crossing": a crossing or its village
        elif prev == "of" and i >= 2 and prev_word(text, tokens, i - 1) in V.ADMIN1_WORDS:
            want = "admin1"  # "the southern region of Kherson"
        elif prev == "of" and i >= 2 and prev_word(text, tokens, i - 1) in V.CITY_WORDS:
            want = "locality"
        if want == "locality" and (nxt == "village" or prev == "of" and prev_word(
                text, tokens, i - 1) == "village"):
            candidates = _villages_first(candidates)
        return want, candidates, end

    def _qualifier_after(self, text, tokens, j) -> str | None:
        """ISO code of a country or first-level region named right after ", "."""
        if j + 1 >= len(tokens):
            return None
        s, e = tokens[j + 1]
        if a_weapon(text[s:e]):
            return None  # "in Marhanets, Grad rockets landed": a weapon, not a region
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


# "said 16-year-old Artem": an age before a name that ends its clause or speaks makes it a
# person's (not "a 17-year-old Boston student").
_AGE = re.compile(r"(\d{1,3}-)?(year|month)s?-old")
_SAID = frozenset({"said", "says", "told", "wrote", "added", "recalled", "explained", "asked",
                   "who", "from", "of", "and", "was", "is", "has", "had", *V.LOCATIVES})


def _villages_first(candidates):
    """"the village of Murom", "Murom village": the towns of the name too big to be a
    village are left out, when a smaller settlement of the name remains."""
    small = tuple(c for c in candidates if c.place.kind != "locality"
                  or c.place.population < VILLAGE_MAX_POP)
    return small if any(c.place.kind == "locality" for c in small) else candidates
