"""Resolution: which place each recognised name means, in the light of the whole document.

Every candidate of a span is scored by its prior (prominence and match quality), the kind
the text asks for ("Kherson Oblast"), a qualifier ("Odessa, Texas"), and the document's
context: the countries and regions its other names point to. A first pass chooses by
prior alone; its choices vote for the context of the second. The weights are named in
:mod:`geomap.weights`; asked, it says why each place won (``why`` of :func:`resolve_spans`).
"""

from __future__ import annotations

import math
from collections import Counter
from difflib import SequenceMatcher

from dataclasses import replace

from .crossings import km_between
from .gazetteer import region_named
from .models import Place
from .name_context import word_zipf
from .normalize import normalize
from .vocabulary import ADMIN2_UA_WORDS
from .weights import (ALTERNATE_CONTEXT_POP, ALTERNATE_CONTEXT_WEIGHT,
                      BORDER_NAMESAKE_MARGIN_KM, CENTRE_SPELLING, CITY_DISTRICT_KM, CITY_POP,
                      COAST_KM, COMMON_ZIPF, CONTEXT_ADMIN1, CONTEXT_COUNTRY, CONTEXT_RAION,
                      CROSSING_SIDE_KM,
                      DECISIVE_POP, DECISIVE_RATIO,
                      HINT_BONUS, REGION_WORD_PENALTY,
                      LIST_KIND_BASE, LIST_KIND_BONUS, LIST_KIND_STEP, LIST_REGION_BONUS,
                      LIST_REGION_MIN, LONE_CANDIDATE_MARGIN,
                      LONE_SETTLEMENT_FACTOR, LONE_SETTLEMENT_KM, MANY_NAMESAKES, MAX_CANDIDATES,
                      NEAR_KM,
                      NO_VOTES, QUALIFIER_BONUS, REGION_CONFIDENCE, REGION_VOTE_WEIGHT,
                      SETTLEMENT_CONFIDENCE, SMALL_PLACE, STRENGTH_BASE, STRENGTH_SCALE,
                      TOWN_POP)

_BIG_KINDS = ("country", "admin1", "continent", "sea", "region")

# Why a place was chosen, for the rules that name themselves on a Mention.
#: A name in capitals that starts this close to the start of a text is its dateline.
DATELINE_START = 2

RULES = {
    "stated_region": "stated region: the settlement of that name inside the region the "
                     "text states",
    "nearest_namesake": "nearest namesake to the document's other places",
    "border_namesake": "in a passage about border crossings, the namesake nearest the "
                       "border",
    "city_district": "a district of the city the document names, not a namesake in "
                     "another city",
    "region_unknown": "stated region: no settlement of that name known there, the region "
                      "itself",
    "region_ambiguous": "stated region: several settlements of that name there, the region "
                        "itself",
    "coastal_namesake": "told from the sea: the namesake on a coast",
}


def resolve_spans(spans, neighbours=None, index=None, dropped=None,
                  why=None) -> list[tuple[Place, float, str | None] | None]:
    """(place, confidence, rule) for each span (recognised names with candidates and hints).

    With ``neighbours`` (country code -> codes of the countries it borders), a span is
    None where its reading is a small place that nothing else in the document supports.
    With ``index`` (the :class:`~geomap.gazetteer.NameIndex`), the settlements known only
    to the settlement layer are weighed too (see :func:`_settle`); a span they drop is
    reported in ``dropped`` as (span, reason) when a list is given. With a ``why`` list,
    one sentence per span is appended to it: why its place was chosen, or why it was
    dropped.
    """
    if not spans:
        return []
    choose = _chooser(None)
    first = [choose(s) for s in spans]
    context = _Context.from_choices(spans, first)
    list_kinds = _list_kinds(spans, first)
    choose = _chooser(context)
    scored = chosen = [choose(s, list_kinds.get(id(s))) for s in spans]
    if neighbours is not None:
        # (a place measured from at sea is a place: "12 nautical miles east of Mangalia";
        # so is the town of a dateline in capitals that the text names again, "EILAT -
        # ... crashed into the centre of Eilat", not an agency's initials, "ANAMA: weekly
        # results ... (ANAMA)")
        datelined = {span.key for span in spans if span.start <= DATELINE_START
                     and (span.written or "").isupper()}
        datelined &= {span.key for span in spans if not (span.written or "").isupper()}
        # (nor is a border village where the text speaks of crossings: "hauliers started
        # blocking Dorohusk, angry at Brussels")
        chosen = [None if not span.at_sea and span.key not in datelined
                  and context.unsupported(span.key, place, neighbours)
                  and not _a_crossing_village(span, place, index)
                  else (place, confidence) for span, (place, confidence) in zip(spans, chosen)]
    if index is None:
        out = [c if c is None else (*c, None) for c in chosen]
    else:
        out = _settle(spans, chosen, context, index, dropped)
    if why is not None:
        why += [_why(span, s, c, o, context, list_kinds.get(id(span)))
                for span, s, c, o in zip(spans, scored, chosen, out)]
    return out


def _a_crossing_village(span, place: Place, index) -> bool:
    """A small place by its country's border, named where the text speaks of crossings."""
    return (span.at_crossing and index is not None
            and index.border_km(place) <= CROSSING_SIDE_KM)


def _why(span, scored, supported, final, context, list_kind) -> str:
    """Why ``span`` resolved to its final place, or why it was dropped."""
    if final is None:
        if supported is None:
            place = scored[0]
            return (f"unsupported: {place.name} ({place.country_code}) is a small place in a "
                    f"country no other name of the document is in or next to")
        return ("ambiguous: several small settlements of this name, and nothing in the text "
                "says which" if _lost_reason(span) == "ambiguous" else
                "unsupported: a small settlement far from the document's other places")
    place, _confidence, rule = final
    if rule is not None:
        return RULES[rule]
    if place != scored[0]:
        return ("the only settlement of this name, after a preposition, in a text about its "
                "country")
    return _decider(span, place, context, list_kind)


def _decider(span, place: Place, context: _Context, list_kind) -> str:
    """What made ``place`` win among the span's candidates: each hint whose absence would
    change the winner, else the plain best score."""
    candidates = _split(span)[0][:MAX_CANDIDATES]
    if not candidates:
        return "the only settlement of this name"
    scored = _scored(span, candidates, context, list_kind)
    if len(scored) == 1:
        return "the only place of this name"
    (best, _), (runner, other) = scored[0], scored[1]
    margin = f"score {best:.1f} against {runner:.1f} for {_label(other)}"
    own = dict((p.id, sc) for sc, p in scored)[place.id]
    without = []  # (hint, the winner's place without it) for the hints that raised its score
    for label, variant, ctx, kind in (
            (f"kind hint {span.want}", replace(span, want=None), context, list_kind),
            (f"qualifier {span.qualifier}", replace(span, qualifier=None), context, list_kind),
            (_list_hint(list_kind), span, context, None),
            (_context_words(context, span.key, place), span, None, list_kind)):
        rescored = _scored(variant, candidates, ctx, kind)
        if dict((p.id, sc) for sc, p in rescored)[place.id] < own:
            without.append((label, rescored[0][1]))
    hints = [f"{label} (else {_label(other)})" for label, other in without if other != place]
    if hints:
        return "; ".join(hints) + f"; {margin}"
    if len(without) > 1:  # hints that decide only together ("regions – X, Y" and its list)
        bare = replace(span, want=None, qualifier=None)
        alternative = _scored(bare, candidates, None, None)[0][1]
        if alternative != place:
            together = " and ".join(label for label, _ in without)
            return f"{together}, together (else {_label(alternative)}); {margin}"
    if place == candidates[0].place:
        return f"best score: the most prominent place of this name; {margin}"
    return f"best score; {margin}"


def _context_words(context: _Context, key: str, place: Place) -> str:
    region = place.admin1_code if context.bonus(key, replace(place, country_code=None)) else None
    where = ", ".join(c for c in (place.country_code, region) if c)
    return f"context: the document's other names point to {where}"


def _label(place: Place) -> str:
    where = ", ".join(c for c in (place.admin1_code or place.country_code,) if c)
    return f"{place.name} ({place.kind}{', ' + where if where else ''})"


def _written(span) -> str:
    return span.written if span.written is not None else span.key


def _lost_reason(span) -> str:
    """Why settlements left a span unresolved: several of its name, or one far away."""
    return "ambiguous" if len(_split(span)[1]) > 1 else "unsupported"


def minor(place: Place) -> bool:
    """A settlement from the settlement layer only: a candidate only with support."""
    return place.source == "whosonfirst"


_SPLITS: dict[int, tuple] = {}  # id(candidates) -> (candidates, regular, small)


def _split(span) -> tuple[list, list[Place]]:
    """(other candidates, small settlements' places) of a span's candidates.

    Computed once per candidates tuple: the index hands out one cached tuple per name.
    """
    cands = span.candidates
    hit = _SPLITS.get(id(cands))
    if hit is None or hit[0] is not cands:
        regular, small = [], []
        for c in cands:
            if minor(c.place):
                small.append(c.place)
            else:
                regular.append(c)
        if len(_SPLITS) > 50_000:
            _SPLITS.clear()
        hit = _SPLITS[id(cands)] = (cands, regular, small)
    return hit[1], hit[2]


def _settle(spans, chosen, context, index, dropped):
    """Settlements against the text's stated regions and the document's other places.

    "X, Y region" / "X in the Y region" / "X, Y raion": X inside Y, else Y itself under the
    name X (several Xs in Y and nothing to choose: also Y). A bare X known only as a small
    settlement: the namesake nearest to the document's other places, else dropped.
    """
    # The document's other places: names no small settlement shares (their reading does
    # not depend on this step), and names known as one small settlement only.
    anchors = [(span.key, c[0]) for span, c in zip(spans, chosen)
               if c is not None and c[0].kind in ("locality", "admin1", "admin2")
               and (not _split(span)[1] or _settled(span, c[0], index))]
    # Names known only as one small settlement each support one another when close
    # ("Robotyne ... Novoprokopivka").
    anchors += [(span.key, _split(span)[1][0]) for span in spans
                if not _split(span)[0] and len(_split(span)[1]) == 1]
    # A name repeated down a long list is one anchor: the work stays linear in the text.
    anchors = list(dict.fromkeys(anchors))
    # The cities the document names, whose districts it may name (see _city_district)
    cities = list(dict.fromkeys(
        (span.key, c[0]) for span, c in zip(spans, chosen) if c is not None
        and c[0].kind == "locality" and not minor(c[0]) and c[0].population >= CITY_POP))
    out = []
    for span, choice in zip(spans, chosen):
        settled = _settle_one(span, choice, anchors, context, index, cities)
        if settled is None and dropped is not None and _split(span)[1]:
            dropped.append((span, _lost_reason(span)))
        out.append(settled)
    return out


def _settled(span, place: Place, index) -> bool:
    """A reading this step keeps although small settlements share the name: a region
    ("Malynivka and Huliaipole, Zaporizhzhia oblast": the oblast) or a place inside the
    region the text states for it (Huliaipole)."""
    if place.kind == "admin1":
        return True
    # (the only settlement of the name there: of several, the step may yet choose another)
    return (span.region is not None and span.region_stated and place.kind == "locality"
            and index.within(place, span.region)
            and sum(index.within(c.place, span.region) for c in span.candidates
                    if c.place.kind == "locality") == 1)


def _settle_one(span, choice, anchors, context, index, cities=()):
    """One span's place, region rule and confidence after :func:`_settle` (see there)."""
    small = _split(span)[1]
    region = span.region
    if span.at_sea and region is None and choice is not None and choice[0].kind == "locality":
        coastal = _coastal_namesake(span, choice[0], index)
        if coastal is not None:
            return coastal, choice[1], "coastal_namesake"
    if region is None and not small:
        return choice if choice is None else (*choice, None)
    confidence = choice[1] if choice is not None else REGION_CONFIDENCE
    if span.unknown:  # a name only the text's region word places
        return span.candidates[0].place, confidence, "region_unknown"
    if region is not None and _obeys_region(span):
        return _in_stated_region(span, choice, confidence, anchors, index)
    if not small:
        return choice if choice is None else (*choice, None)
    return _bare_settlement(span, choice, confidence, anchors, context, index, cities)


def _coastal_namesake(span, chosen: Place, index) -> Place | None:
    """"10 nautical miles east of Sfantu Gheorghe": of the settlements of the name, the
    first on a coast, when the one chosen lies inland (None when it is on a coast too)."""
    if index.coast_km(chosen) <= COAST_KM:
        return None
    return next((c.place for c in span.candidates if c.place.kind == "locality"
                 and index.coast_km(c.place) <= COAST_KM), None)


def _in_stated_region(span, choice, confidence, anchors, index):
    """"X, Y region": X inside Y, else Y itself under the name X."""
    regular, small = _split(span)
    region = span.region
    inside = [c.place for c in regular if index.within(c.place, region)]
    namesakes = inside + [p for p in small if index.within(p, region)]
    if inside and _decisive(inside[0], namesakes):
        rule = None if choice is not None and choice[0] == inside[0] else "stated_region"
        return inside[0], confidence, rule
    # A big place elsewhere keeps its name ("Kyiv, Chernihiv" is a list), unless a
    # kind word states the region and the big place is a town: "Pokrovsk and Rivne,
    # Donetsk oblast" is a Rivne of that oblast, not the city far away.
    if (not inside and region.kind == "admin2" and regular
            and regular[0].place.kind == "locality"
            and regular[0].place.population >= CITY_POP):
        # "Kherson, Dniprovskyi district": a city before a district of another is the
        # city (the district its own), not a place of its name in that district
        return regular[0].place, confidence, None
    if not inside and regular and _big(regular[0].place) and not (
            span.region_stated and regular[0].place.kind == "locality"):
        return choice if choice is None else (*choice, None)
    inside = namesakes
    if len(inside) > 1 and span.at_crossing:
        # "the approach roads to Dorohusk and Hrebenne in Lublin province": of the region's
        # villages of the name, the one at the border
        at_border = _at_border(span, None, inside, [p for p in inside if minor(p)],
                               confidence, index)
        if at_border is not None:
            return at_border
    if len(inside) > 1:
        others = [a for a in anchors if a[0] != span.key]
        inside = _nearest(inside, others, index)
        beside = _beside_a_town(inside, others, index) if len(inside) > 1 else None
        if beside is not None:
            return beside, confidence, "nearest_namesake"
    if len(inside) == 1:
        rule = None if choice is not None and choice[0] == inside[0] else "stated_region"
        return inside[0], confidence, rule
    if not inside and word_zipf().get(_written(span).lower(), 0.0) >= COMMON_ZIPF:
        return None  # "Farmers in the Lublin region": a word, not a place unknown there
    rule = "region_ambiguous" if inside else "region_unknown"
    return region_named(region, _written(span)), confidence, rule


def _bare_settlement(span, choice, confidence, anchors, context, index, cities=()):
    """A bare name that small settlements share: at a crossing, the one at the border;
    else the one nearest the document's other places; else what the text says of it."""
    small = _split(span)[1]
    others = [a for a in anchors if a[0] != span.key]
    regular = choice is not None and not minor(choice[0])
    part = _city_district(span, choice[0] if regular else None, small,
                          others + [a for a in cities if a[0] != span.key], index)
    if part is False:
        return None
    if part is not None:
        return part, confidence, "city_district"
    if regular and _big(choice[0]):
        return (*choice, None)
    namesakes = [c.place for c in span.candidates
                 if c.place.kind == "locality" and not _big(c.place)]
    at_border = _at_border(span, regular and choice[0], namesakes, small, confidence, index)
    if at_border is not None:
        return at_border
    if regular and span.at_crossing and index.border_km(choice[0]) <= CROSSING_SIDE_KM:
        # "the Siret and Albita border crossings": the town at the border, not a hamlet of
        # its name nearer the other crossing
        return (*choice, None)
    near = [p for p in namesakes if _distance(p, others, index) <= NEAR_KM]
    if (near and regular and choice[0].population >= TOWN_POP and choice[0] not in near
            and all(p.admin1_code == choice[0].admin1_code for p in near)
            and _decisive(choice[0], near)):
        # "the railway station in Lozova", in a text that names Kharkiv: the town of 54,000
        # in the Kharkiv region, not a hamlet of its name nearer the city
        return (*choice, None)
    if (near and regular and choice[0] in near and choice[0].population >= TOWN_POP
            and not any(p.population >= TOWN_POP for p in near if p.id != choice[0].id)):
        # "fired Uragan rockets at Kostiantynivka, the Donetsk regional police said": the
        # town of 67,000 near the places named, not a village of its name a little nearer
        # (of two such towns, the nearer: the gazetteer may hold one twice)
        return (*choice, None)
    if near:
        best = _nearest(near, others, index)
        # (of namesakes equally near, the one town among them is meant, even when the
        # first choice was a hamlet: "the town of Lgov in Russia's Kursk region")
        towns = [p for p in best if p.kind == "locality" and p.population >= TOWN_POP]
        if len(best) > 1 and len(towns) == 1 and not (
                regular and choice[0] in best and _decisive(choice[0], best)):
            return towns[0], confidence, "nearest_namesake"
        if len(best) == 1 or regular and choice[0] in best and _decisive(choice[0], best):
            place = best[0] if len(best) == 1 else choice[0]
            rule = None if regular and place == choice[0] else "nearest_namesake"
            return place, confidence, rule
        regions = [a for _, a in others if a.kind in ("admin1", "admin2")
                   and all(index.within(p, a) for p in best)]
        beside = _beside_a_town(best, others, index) if regions else None
        if beside is not None:
            return beside, confidence, "nearest_namesake"
        if regions:
            return region_named(regions[-1], _written(span)), confidence, "region_ambiguous"
        return None
    # A name many settlements share ("Mykhailivka"), in a text about their country: only
    # the text could say which.
    country = small[0].country_code
    many = (len(small) >= MANY_NAMESAKES and not (regular and _decisive(choice[0], namesakes))
            and (not regular or choice[0].country_code == country
                 or context.countries.get(country, 0) > NO_VOTES))
    if regular and not many:
        return (*choice, None)
    if (len(small) == 1 and not regular and context.countries.get(country, 0) > NO_VOTES
            and (span.locative and not others
                 # (the only place of its name, a front-line village a report names far
                 # from its other places: "the approaches to Robotyne")
                 # (and its region named by another: "Gladkov:" heading a Belgorod post is
                 # the governor, not a Kharkiv village)
                 or others and _distance(small[0], others, index) <= LONE_SETTLEMENT_KM
                 and context.region_votes(span.key, small[0]) > NO_VOTES)):
        return small[0], confidence * LONE_SETTLEMENT_FACTOR, None
    if span.want == "crossing" and not regular:
        # "the Zosin crossing": a border crossing is named after its village, the one of
        # that name at a border
        at_border = [p for p in namesakes if index.border_km(p) <= CROSSING_SIDE_KM]
        if len(at_border) == 1 or len(small) == 1:
            return (at_border or small)[0], confidence * LONE_SETTLEMENT_FACTOR, None
    if span.want == "locality" and not regular and len(small) == 1:
        # "the village of Novoekonomichne": the text says it is a settlement, and only one
        # has the name
        return small[0], confidence * LONE_SETTLEMENT_FACTOR, None
    return None


def _city_district(span, regular, small, others, index):
    """"Kherson ... the Dniprovskyi district": cities share the names of their districts
    (Kyiv, Kherson and Zaporizhzhia each have a Dniprovskyi), and a text means the one of
    the city it names. The namesake nearest to the document's other places, within
    CITY_DISTRICT_KM, when it is a settlement-layer place (a city's district) nearer than
    the place chosen so far (``regular``, or None); False (no place) when the name is
    several cities' district and none lies near; None when the rule does not decide (a
    raion of the name stays: "the Dniprovskyi raion" of Dnipropetrovsk oblast)."""
    if span.key.rpartition(" ")[2] not in ADMIN2_UA_WORDS:
        return None
    local = regular is not None and regular.kind == "locality"
    pool = small + ([regular] if local else [])
    near = [p for p in pool if _distance(p, others, index) <= CITY_DISTRICT_KM]
    if near:
        nearest = _nearest(near, others, index)
        return nearest[0] if len(nearest) == 1 and minor(nearest[0]) else None
    return False if local and len(pool) > 1 else None


def _at_border(span, regular, namesakes, small, confidence, index):
    """In a passage about crossings, the namesake at the border (``regular``: the place
    chosen so far when it is not a minor one, else False)."""
    if span.at_crossing and len(namesakes) > 1 and not (
            regular and _decisive(regular, namesakes)):
        # "Hrebenne and Korczowa remain blocked": a crossing is named after the village
        # at the border, the nearest of its namesakes when clearly nearer than the rest
        # (a town that dwarfs them stays the one meant: "Yavoriv, near the border")
        at_border = sorted((index.border_km(p), k) for k, p in enumerate(namesakes))
        if at_border[0][0] <= CROSSING_SIDE_KM and (
                at_border[1][0] - at_border[0][0] >= BORDER_NAMESAKE_MARGIN_KM):
            return namesakes[at_border[0][1]], confidence, "border_namesake"
    if span.at_crossing and len(small) == 1 and not regular and (
            index.border_km(small[0]) <= CROSSING_SIDE_KM):
        # "the hauliers' protest at Vysne Nemecke": the only village of the name, at a border
        return small[0], confidence * LONE_SETTLEMENT_FACTOR, "border_namesake"
    return None


def _decisive(place: Place, namesakes: list[Place]) -> bool:
    """A town (20,000 people or more), or one that dwarfs every other settlement of its
    name, is the one meant."""
    if place.kind != "locality":
        return True
    rest = [p.population for p in namesakes if p.id != place.id]
    return not rest or place.population >= TOWN_POP or (
        place.population >= DECISIVE_POP and place.population >= DECISIVE_RATIO * max(rest))


def _obeys_region(span) -> bool:
    """A region stated with a kind word ("X, Y region", "X in the Y oblast"), or the coded
    pair "X, Y" outside a list of names."""
    return span.region_stated or span.list_group is None


def _big(place: Place) -> bool:
    return place.kind in _BIG_KINDS or place.population >= SMALL_PLACE


def _distance(place: Place, anchors, index) -> float:
    """km from ``place`` to the nearest anchor: 0 inside an anchor region; from a raion
    that does not hold it, to the raion's centre (a raion is small enough for that:
    "Kupiansk district: ... Borova" is the Borova beside it, not one across the oblast)."""
    best = math.inf
    for _key, anchor in anchors:
        if anchor.kind in ("admin1", "admin2"):
            if anchor.admin2_code is None and anchor.kind == "admin2":
                continue
            if index.within(place, anchor):
                return 0.0
            if anchor.kind == "admin1":
                continue
        best = min(best, km_between(place.lat, place.lon, anchor.lat, anchor.lon))
    return best


def _nearest(places, anchors, index) -> list[Place]:
    """The places nearest to the anchors (several when tied, e.g. all inside one region)."""
    scored = [(_distance(p, anchors, index), p) for p in places]
    best = min(d for d, _ in scored)
    return [p for d, p in scored if d == best]


def _beside_a_town(places, anchors, index) -> Place | None:
    """Of namesakes all inside a region the text names, the one a town the text names
    lies near ("Malynivka and Huliaipole, Zaporizhzhia oblast"), if one is nearest."""
    towns = [a for a in anchors if a[1].kind == "locality"]
    closest = _nearest(places, towns, index) if towns else ()
    if len(closest) == 1 and _distance(closest[0], towns, index) <= NEAR_KM:
        return closest[0]
    return None


def _list_hint(list_kind) -> str:
    kind, _bonus, region = list_kind or ("", 0.0, None)
    return f"the other names of its list are of kind {kind}" + (
        f", towns of {region}" if region else "")


def _list_kinds(spans, choices) -> dict[int, tuple[str, float, str | None]]:
    """id(span) -> the kind the other members of its list chose ("New Jersey and New York"),
    its weight, and the region all the other towns of the list lie in (None: several).

    Names joined in one list are mostly of one kind: states with states, cities with cities;
    and towns listed together mostly lie in one region.
    """
    groups: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        group = span.list_group
        if group is not None:
            groups.setdefault(group, []).append(i)
    out = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # Kinds of the whole list, minus those of the member's own name: one pass per list.
        kinds = Counter(choices[k][0].kind for k in members)
        by_key: dict[str, Counter] = {}
        for k in members:
            by_key.setdefault(spans[k].key, Counter())[choices[k][0].kind] += 1
        # Regions of the towns listed: "Orikhiv, Huliaipole, Mala Tokmachka and Kamianske"
        # are villages of one region, and so is the namesake of a city elsewhere among them.
        towns = Counter(choices[k][0].admin1_code for k in members
                        if choices[k][0].kind == "locality")
        by_key_town: dict[str, Counter] = {}
        for k in members:
            if choices[k][0].kind == "locality":
                by_key_town.setdefault(spans[k].key, Counter())[choices[k][0].admin1_code] += 1
        for i in members:
            others = +(kinds - by_key[spans[i].key])
            if not others:
                continue
            kind, count = others.most_common(1)[0]
            if count * 2 > sum(others.values()):
                other_towns = +(towns - by_key_town.get(spans[i].key, Counter()))
                region = (next(iter(other_towns)) if len(other_towns) == 1
                          and sum(other_towns.values()) >= LIST_REGION_MIN else None)
                out[id(spans[i])] = (kind, min(LIST_KIND_BONUS,
                                                   LIST_KIND_BASE + LIST_KIND_STEP * count),
                                     region)
    return out


def _chooser(context: _Context | None):
    """:func:`_choose` in ``context``, computed once per name a document repeats with the
    same candidates and hints (kept for one document only)."""
    memo: dict[tuple, tuple[Place, float]] = {}

    def choose(span, list_kind: tuple[str, float] | None = None) -> tuple[Place, float]:
        key = (id(span.candidates), span.key, span.want, span.qualifier, span.strength,
               list_kind, context and context.nearest_raion(span))
        found = memo.get(key)
        if found is None:
            found = memo[key] = _choose(span, context, list_kind)
        return found

    return choose


def _choose(span, context: _Context | None,
            list_kind: tuple[str, float] | None = None) -> tuple[Place, float]:
    """The best candidate of a span and a confidence from its margin over the next one."""
    candidates = _split(span)[0][:MAX_CANDIDATES]
    if not candidates:  # known only as small settlements: decided by _settle
        return span.candidates[0].place, SETTLEMENT_CONFIDENCE
    scored = _scored(span, candidates, context, list_kind)
    best_score, best = scored[0]
    runner = scored[1][0] if len(scored) > 1 else best_score - LONE_CANDIDATE_MARGIN
    margin = 1.0 / (1.0 + math.exp(-(best_score - runner)))
    confidence = min(1.0, margin * min(1.0, STRENGTH_BASE + STRENGTH_SCALE * span.strength))
    return best, confidence


def _scored(span, candidates, context: _Context | None,
            list_kind: tuple[str, float] | None) -> list[tuple[float, Place]]:
    """(score, place) of each candidate, best first."""
    scored = []
    near = context and context.nearest_raion(span)
    names_country = any(c.place.kind == "country" for c in candidates)
    # (among settlements alone, a spelling is no reason to weigh context less for the
    # biggest of them: "Balakliia", the town of 26,000 GeoNames spells Balakliya, against a
    # village spelt so; a village that has a city's name as an alternate still needs more)
    not_all_settlements = any(c.place.kind != "locality" for c in candidates)
    biggest_primary = max((c.place.population for c in candidates if c.match == "primary"),
                          default=0)
    # The own name of a city of a million ("Odesa") is not read as a namesake's variant
    # spelling ("Odessa", Texas) because the text names places of the namesake's country.
    names_big_city = any(c.match == "primary" and c.place.kind == "locality"
                         and c.place.population >= ALTERNATE_CONTEXT_POP for c in candidates)
    # A region named after its centre ("Mykolaiv", "Zaporizhzhia"): the city shares the
    # region's context, so a bare name is the city unless a kind word says otherwise.
    regions = {} if names_country else {
        c.place.admin1_code: normalize(c.place.name) for c in candidates
        if c.place.kind == "admin1"}
    for cand in candidates:
        score = cand.prior
        place = cand.place
        if span.want and (place.kind == span.want
                          or span.want == "area" and place.kind in ("admin1", "country")):
            score += HINT_BONUS
        elif (span.want == "admin1" and place.kind == "locality"
              and normalize(place.name) in regions.values()):
            # "the Kyiv region" is never the city it is named after, however much the
            # document's other places (the capital's districts) speak for the city
            score -= REGION_WORD_PENALTY
        if list_kind and list_kind[0] == place.kind:
            score += list_kind[1]
            # (not for the centre of the region named alike: "Kupiansk, Kharkiv, and
            # Izium" names the region after a town)
            if (list_kind[2] is not None and list_kind[2] == place.admin1_code
                    and list_kind[2] not in regions):
                score += LIST_REGION_BONUS
        if span.qualifier and span.qualifier in (place.country_code, place.admin1_code):
            score += QUALIFIER_BONUS
        if context is not None:
            # A village that merely has the name as an alternate ("Moldova") needs
            # more than context to beat the country itself.
            weight = ALTERNATE_CONTEXT_WEIGHT if (
                cand.match != "primary" and place.kind == "locality"
                and (not_all_settlements or place.population <= biggest_primary)
                and (place.population < ALTERNATE_CONTEXT_POP or names_country)
                and not _region_centre(place, regions)) else 1.0
            if names_big_city and cand.match != "primary" and place.kind == "locality":
                weight = 0.0
            score += weight * context.bonus(span.key, place, near)
        scored.append((score, place))
    scored.sort(key=lambda sp: -sp[0])
    return scored


def _region_centre(place: Place, regions: dict[str, str]) -> bool:
    """A city of :data:`SMALL_PLACE` or more among candidates that include its own region,
    spelt nearly as the region is (Mykolayiv, Mykolaiv)."""
    region = regions.get(place.admin1_code)
    return region is not None and place.population >= SMALL_PLACE and (
        SequenceMatcher(None, normalize(place.name), region).ratio() >= CENTRE_SPELLING)


class _Context:
    """What a document is about: countries and regions voted for by its distinct names.

    Each distinct name votes once, with its best first-pass confidence, however often it
    is repeated (forty "Paris" in a Texas paper are one vote), and a name never votes for
    its own reading.
    """

    def __init__(self, votes: dict[str, tuple[str | None, str | None, float]],
                 raions: list[tuple[int, str, str]] | None = None):
        self.votes = votes
        # (offset, name, raion) of each name that chose a raion or a hromada ("Synelnykove
        # district. ... in Pokrovske hromada": the hromada of that raion, not its namesake)
        self.raions = raions or []
        self.countries: Counter = Counter()
        self.admin1: Counter = Counter()
        for country, admin1, weight in votes.values():
            if country:
                self.countries[country] += weight
            if admin1:
                self.admin1[admin1] += weight
        self.total = sum(self.countries.values())

    @classmethod
    def from_choices(cls, spans, choices):
        votes: dict[str, tuple[str | None, str | None, float]] = {}
        for span, (place, confidence) in zip(spans, choices):
            if minor(place) or not span.votes:
                # a small settlement's name is no evidence of where the text is, nor are
                # those who control a place ("Russian-controlled Donetsk")
                continue
            weight = confidence * (REGION_VOTE_WEIGHT if place.kind in ("country", "admin1")
                                   else 1.0)
            if span.key not in votes or weight > votes[span.key][2]:
                votes[span.key] = (place.country_code, place.admin1_code, weight)
        raions = [(span.start, span.key, place.admin2_name)
                  for span, (place, _) in zip(spans, choices)
                  if place.kind == "admin2" and place.admin2_name]
        return cls(votes, raions)

    def nearest_raion(self, span) -> str | None:
        """The raion of the other raion or hromada named nearest to ``span``, when the
        document names more than one (None otherwise)."""
        if not self.raions:
            return None
        named = [(abs(start - span.start), raion) for start, key, raion in self.raions
                 if key != span.key]
        if len({raion for _, raion in named}) < 2:
            return None
        return min(named)[1]

    def _others(self, key: str, counter: Counter, code: str | None, field: int) -> float:
        """Votes for ``code`` in ``counter`` from names other than ``key``."""
        own = self.votes.get(key)
        votes = counter.get(code, 0.0)
        if own is not None and own[field] == code:
            votes -= own[2]
        return max(votes, 0.0)

    def _others_total(self, key: str) -> float:
        own = self.votes.get(key)
        return self.total - (own[2] if own is not None and own[0] else 0.0)

    def unsupported(self, key: str, place: Place, neighbours: dict[str, set[str]]) -> bool:
        """A town of under 100,000 in a country that no other name of the document is in
        or next to, while other names do point somewhere: most often a word or a person
        that shares a far-away village's name ("Salah", "Bravo", "Norbury")."""
        if place.kind != "locality" or place.population >= SMALL_PLACE:
            return False
        if self._others_total(key) <= NO_VOTES:
            return False  # nothing else to go by
        near = {place.country_code, *neighbours.get(place.country_code, ())}
        return all(self._others(key, self.countries, code, 0) <= NO_VOTES for code in near)

    def region_votes(self, key: str, place: Place) -> float:
        """How much the document's other names speak for ``place``'s first-level region."""
        return self._others(key, self.admin1, place.admin1_code, 1) if place.admin1_code else 0.0

    def bonus(self, key: str, place: Place, near: str | None = None) -> float:
        """What the document's other names say for ``place``; ``near``: the raion named
        nearest, which speaks louder than the others ("Nikopol district is under fire. ...
        In Synelnykove district a drone struck the Pokrovske hromada")."""
        total = self._others_total(key)
        score = 0.0
        if place.country_code and total > 0:
            votes = self._others(key, self.countries, place.country_code, 0)
            score += CONTEXT_COUNTRY * (votes / total) ** 0.5
        if place.admin1_code:
            votes = self._others(key, self.admin1, place.admin1_code, 1)
            score += CONTEXT_ADMIN1 * min(1.0, votes)
        if place.admin2_name and any(raion == place.admin2_name and other != key
                                     for _, other, raion in self.raions):
            score += CONTEXT_RAION if near in (None, place.admin2_name) else CONTEXT_RAION / 2
        return score
