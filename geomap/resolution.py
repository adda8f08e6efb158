"""Resolution: which place each recognised name means, in the light of the whole document.

Every candidate of a span is scored by its prior (prominence and match quality), the kind
the text asks for ("Kherson Oblast"), a qualifier ("Odessa, Texas"), and the document's
context: the countries and regions its other names point to. A first pass chooses by
prior alone; its choices vote for the context of the second.
"""

from __future__ import annotations

import math
from collections import Counter

from .models import Place

_CONTEXT_COUNTRY = 4.0
_CONTEXT_ADMIN1 = 2.5
_HINT_BONUS = 4.0
_LIST_KIND_BONUS = 2.5  # at most; 1.5 for one other name, 2.0 for two ...
_QUALIFIER_BONUS = 6.0
_MAX_CANDIDATES = 12
_SMALL_PLACE = 100_000
_NO_VOTES = 0.01


def resolve_spans(spans, neighbours=None) -> list[tuple[Place, float] | None]:
    """(place, confidence) for each span (recognised names with candidates and hints).

    With ``neighbours`` (country code -> codes of the countries it borders), a span is
    None where its reading is a small place that nothing else in the document supports.
    """
    if not spans:
        return []
    first = [_choose(s, None) for s in spans]
    context = _Context.from_choices(spans, first)
    list_kinds = _list_kinds(spans, first)
    chosen = [_choose(s, context, list_kinds.get(id(s))) for s in spans]
    if neighbours is None:
        return chosen
    return [None if context.unsupported(span.key, place, neighbours) else (place, confidence)
            for span, (place, confidence) in zip(spans, chosen)]


def _list_kinds(spans, choices) -> dict[int, tuple[str, float]]:
    """id(span) -> the kind the other members of its list chose ("New Jersey and New York").

    Names joined in one list are mostly of one kind: states with states, cities with cities.
    """
    groups: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        group = span.extra.get("list")
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
        for i in members:
            others = +(kinds - by_key[spans[i].key])
            if not others:
                continue
            kind, count = others.most_common(1)[0]
            if count * 2 > sum(others.values()):
                out[id(spans[i])] = (kind, min(_LIST_KIND_BONUS, 1.0 + 0.5 * count))
    return out


def _choose(span, context: _Context | None,
            list_kind: tuple[str, float] | None = None) -> tuple[Place, float]:
    """The best candidate of a span and a confidence from its margin over the next one."""
    scored = []
    names_country = any(c.place.kind == "country" for c in span.candidates[:_MAX_CANDIDATES])
    for cand in span.candidates[:_MAX_CANDIDATES]:
        score = cand.prior
        place = cand.place
        if span.want and (place.kind == span.want
                          or span.want == "area" and place.kind in ("admin1", "country")):
            score += _HINT_BONUS
        if list_kind and list_kind[0] == place.kind:
            score += list_kind[1]
        if span.qualifier and span.qualifier in (place.country_code, place.admin1_code):
            score += _QUALIFIER_BONUS
        if context is not None:
            # A village that merely has the name as an alternate ("Moldova") needs
            # more than context to beat the country itself.
            weight = 0.5 if (cand.match != "primary" and place.kind == "locality"
                            and (place.population < 1_000_000 or names_country)) else 1.0
            score += weight * context.bonus(span.key, place)
        scored.append((score, place))
    scored.sort(key=lambda sp: -sp[0])
    best_score, best = scored[0]
    runner = scored[1][0] if len(scored) > 1 else best_score - 4.0
    margin = 1.0 / (1.0 + math.exp(-(best_score - runner)))
    confidence = min(1.0, margin * min(1.0, 0.6 + 0.3 * span.strength))
    return best, confidence


class _Context:
    """What a document is about: countries and regions voted for by its distinct names.

    Each distinct name votes once, with its best first-pass confidence, however often it
    is repeated (forty "Paris" in a Texas paper are one vote), and a name never votes for
    its own reading.
    """

    def __init__(self, votes: dict[str, tuple[str | None, str | None, float]]):
        self.votes = votes
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
            weight = confidence * (1.5 if place.kind in ("country", "admin1") else 1.0)
            if span.key not in votes or weight > votes[span.key][2]:
                votes[span.key] = (place.country_code, place.admin1_code, weight)
        return cls(votes)

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
        if place.kind != "locality" or place.population >= _SMALL_PLACE:
            return False
        if self._others_total(key) <= _NO_VOTES:
            return False  # nothing else to go by
        near = {place.country_code, *neighbours.get(place.country_code, ())}
        return all(self._others(key, self.countries, code, 0) <= _NO_VOTES for code in near)

    def bonus(self, key: str, place: Place) -> float:
        total = self._others_total(key)
        score = 0.0
        if place.country_code and total > 0:
            votes = self._others(key, self.countries, place.country_code, 0)
            score += _CONTEXT_COUNTRY * (votes / total) ** 0.5
        if place.admin1_code:
            votes = self._others(key, self.admin1, place.admin1_code, 1)
            score += _CONTEXT_ADMIN1 * min(1.0, votes)
        return score
