"""Border crossings named by their two sides ("Korczowa-Krakovets", "Dorohusk-Yahodyn").

Small border villages are missing from every gazetteer here, so a crossing is derived:
both sides known and neighbours within 30 km -> the point of their shared land border
nearest to their midpoint; one side unknown -> the point of the nearest land border within
20 km of the known side. Mixed into :class:`geomap.gazetteer.NameIndex`.
"""

from __future__ import annotations

import math
import re
from functools import cached_property, lru_cache

from . import data
from . import weights as W
from .models import Candidate, Place

CROSSING_SEPARATOR = re.compile(r"\s*[-–—/]\s*")
# Two place names of up to four hyphenated parts each ("Saint-Jean-sur-Richelieu"): a
# longer chain is not a crossing, and trying its every split would cost its length squared.
_MAX_PARTS = 8


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` kilometres from (lat, lon) on the initial ``bearing`` (degrees
    clockwise from north), on the sphere."""
    d = km / 6371.0088
    p1, l1, b = math.radians(lat), math.radians(lon), math.radians(bearing)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1),
                         math.cos(d) - math.sin(p1) * math.sin(p2))
    return math.degrees(p2), (math.degrees(l2) + 540.0) % 360.0 - 180.0


class CrossingsMixin:
    """Crossing lookups; needs ``candidates(name)`` from the class it is mixed into."""

    @cached_property
    def _borders(self):
        import shapely

        t = data.table("borders")
        pairs = list(zip(t.column("a").to_pylist(), t.column("b").to_pylist()))
        lines = shapely.from_wkb(t.column("geometry").to_pylist())
        return dict(zip(pairs, lines))

    def border_km(self, place: Place) -> float:
        """How far (km) a place is from the nearest land border of its country (cached)."""
        return _border_km(self, place)

    @cached_property
    def _sea_tree(self):
        import shapely

        t = data.table("seas", ("geometry",))
        return shapely.STRtree(shapely.from_wkb(t.column("geometry").to_pylist()))

    def coast_km(self, place: Place) -> float:
        """How far (km) a place is from the nearest shipped sea (0 at sea)."""
        import shapely

        # shapely works in (x=lon, y=lat); the sea's nearest point comes back as (lon, lat)
        point = shapely.Point(place.lon, place.lat)
        sea = self._sea_tree.geometries[self._sea_tree.nearest(point)]
        if sea.contains(point):
            return 0.0
        lon, lat = shapely.shortest_line(sea, point).coords[0]
        return km_between(place.lat, place.lon, lat, lon)

    def crossing_from_text(self, text: str, *, both_known: bool = False
                           ) -> tuple[Place | None, int]:
        """Resolve "A-B" (hyphen, en dash, em dash or slash, either order) to a crossing.

        Tries every split point, so names that contain a hyphen themselves work
        ("Rava-Ruska-Hrebenne"); splits where both sides are known win. Returns the
        crossing (or None) and how many of its sides the gazetteer knows (0, 1 or 2).
        With ``both_known``, only splits into two known places are tried (cheaper).
        """
        parts = CROSSING_SEPARATOR.split(text.strip())
        if len(parts) > _MAX_PARTS:
            return None, 0
        seps = CROSSING_SEPARATOR.findall(text.strip())
        best, best_rank = None, (0, 0)
        for cut in range(1, len(parts)):
            left = _join(parts[:cut], seps[: cut - 1])
            right = _join(parts[cut:], seps[cut:])
            if len(left) < 3 or len(right) < 3:
                continue  # a code ("PL-LU", "UA-63"), not two places
            place, known = self._crossing(left, right, both_known)
            if place is None:
                continue
            rank = (known, len(left) + len(right))
            if rank > best_rank:
                best, best_rank = place, rank
        return best, best_rank[0]

    def _side(self, name: str) -> list[Candidate]:
        return [c for c in self.candidates(name) if c.place.kind == "locality"][:12]

    def _crossing(self, left: str, right: str, both_known: bool = False
                  ) -> tuple[Place | None, int]:
        a_side, b_side = self._side(left), self._side(right)
        if a_side and b_side:
            pair = self._best_pair(a_side, b_side)
            if pair is not None:
                a, b, (lat, lon) = pair
                return self._crossing_place(left, right, a.place, (a.place.country_code,
                                            b.place.country_code), lat, lon), 2
        # One side unknown to every gazetteer (Yahodyn): the known side's best place near
        # a border. Two known sides that are not neighbours make no crossing.
        if a_side and b_side:
            return self._same_border(left, right, a_side, b_side)
        if both_known or self.candidates(left) and self.candidates(right):
            return None, 0
        sides = [(found, flip) for known, flip in ((a_side, False), (b_side, True))
                 if (found := self._nearest_border(known)) is not None]
        if not sides:
            return None, 0
        (cand, other, (lat, lon), _score), flip = max(sides, key=lambda s: s[0][3])
        codes = (other, cand.place.country_code) if flip else (cand.place.country_code, other)
        return self._crossing_place(left, right, cand.place, codes, lat, lon), 1

    def _neighbour_pairs(self, a_side, b_side):
        """(a, b, border line) for candidate pairs in two countries that share a border."""
        for a in a_side:
            for b in b_side:
                line = self._border(a.place.country_code, b.place.country_code)
                if line is not None:
                    yield a, b, line

    def _best_pair(self, a_side, b_side):
        best, best_score = None, -math.inf
        for a, b, line in self._neighbour_pairs(a_side, b_side):
            km = km_between(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
            if km > W.CROSSING_PAIR_KM:
                continue
            score = -km / W.CROSSING_KM_SCALE + W.CROSSING_PRIOR_SHARE * (a.prior + b.prior)
            if score > best_score:
                mid = ((a.place.lat + b.place.lat) / 2, (a.place.lon + b.place.lon) / 2)
                best, best_score = (a, b, _nearest_on(line, *mid)), score
        return best

    def _same_border(self, left, right, a_side, b_side) -> tuple[Place | None, int]:
        """Both sides known but far apart (a namesake village on the other side): accept
        when both lie near the border between their two countries, and put the crossing
        by the more prominent side."""
        best, best_score = None, -math.inf
        for a, b, line in self._neighbour_pairs(a_side, b_side):
            near = [(c, _nearest_on(line, c.place.lat, c.place.lon)) for c in (a, b)]
            if any(km_between(c.place.lat, c.place.lon, *pt) > W.CROSSING_SIDE_KM
                   for c, pt in near):
                continue
            side, point = max(near, key=lambda n: n[0].prior)
            if side.prior > best_score:
                codes = (a.place.country_code, b.place.country_code)
                best = self._crossing_place(left, right, side.place, codes, *point)
                best_score = side.prior
        return best, (2 if best else 0)

    def _nearest_border(self, side):
        """(candidate, other country, point, score) of the side's best place near a border."""
        best, best_score = None, -math.inf
        for cand in side:
            code = cand.place.country_code
            for (a, b), line in self._borders.items():
                if code not in (a, b):
                    continue
                lat, lon = _nearest_on(line, cand.place.lat, cand.place.lon)
                km = km_between(cand.place.lat, cand.place.lon, lat, lon)
                score = cand.prior - km / W.CROSSING_KM_SCALE
                if km < W.CROSSING_SIDE_KM and score > best_score:
                    best, best_score = (cand, b if a == code else a, (lat, lon), score), score
        return best

    def _border(self, a: str | None, b: str | None):
        if not a or not b or a == b:
            return None
        return self._borders.get(tuple(sorted((a, b))))

    def _crossing_place(self, left, right, side: Place, codes, lat, lon) -> Place:
        return Place(
            id=f"crossing:{codes[0]}-{codes[1]}:{lat:.3f},{lon:.3f}",
            name=f"{left}–{right}", lat=lat, lon=lon, kind="crossing",
            country_code=codes[0], admin1_code=side.admin1_code if side.country_code == codes[0]
            else None, admin1_name=side.admin1_name if side.country_code == codes[0] else None,
            source="derived", countries=tuple(codes),
        )


@lru_cache(maxsize=1 << 12)
def _border_km(index: CrossingsMixin, place: Place) -> float:
    return min((km_between(place.lat, place.lon, *_nearest_on(line, place.lat, place.lon))
                for (a, b), line in index._borders.items() if place.country_code in (a, b)),
               default=math.inf)


def _join(parts: list[str], seps: list[str]) -> str:
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out += sep.strip() + part
    return out


def _nearest_on(line, lat: float, lon: float) -> tuple[float, float]:
    """Nearest point of a border line to (lat, lon), returned as (lat, lon)."""
    import shapely

    # shapely works in (x=lon, y=lat): the only place this module converts axis order.
    point = shapely.Point(lon, lat)
    nearest = shapely.line_interpolate_point(line, shapely.line_locate_point(line, point))
    return nearest.y, nearest.x
