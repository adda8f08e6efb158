"""The part of a sea that a sentence is about.

"The western Black Sea", "the Black Sea off Odesa", "in Romanian and Bulgarian waters",
"near the Bosporus": a sea zone is limited by what its sentence says, and is the whole sea
only when the sentence says nothing more. Two kinds of limits, combined when both occur:

- a compass word before the sea's name ("western", "north-eastern", "central") keeps that
  half, quarter or middle of the sea's extent;
- places the sentence ties to the water ("off X", "near X", "along X's coast", "X waters",
  "the waters of X", "the approaches to the port of X", and the names listed after them: "off X and Y") keep the sea within a distance of them: about 80 km of a town or a
  strait, about 150 km of a country's or region's territory.

>>> import shapely
>>> sea = shapely.box(28, 41, 42, 47)
>>> zone = sea_zone(sea, "Navies will sweep the western Black Sea.", 30, 39)
>>> [round(v) for v in zone.bounds]
[28, 41, 35, 47]
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

NEAR_PLACE = 0.8  # degrees around a town, a port or a strait (about 80 km)
NEAR_AREA = 1.4  # degrees around a country's or a region's territory (about 150 km)
_WINDOW = 300  # characters either side of the sea's name searched for limits

_COMPASS = re.compile(
    r"\b(?P<word>(?:north|south)(?:[- ]?(?:east|west))?|east|west|central|middle)(?:ern)?"
    r"\s+(?:part\s+of\s+(?:the\s+)?|parts\s+of\s+(?:the\s+)?)?(?:the\s+)?$", re.I)
_BEFORE = re.compile(r"\b(?:off|near|by|close\s+to|along|outside|waters\s+(?:off|of)|"
                     r"approach(?:es)?\s+to|"
                     # "30 nautical miles east of Constanta": a distance at sea from the town
                     r"nautical\s+miles\s+(?:from|(?:north|south|east|west)(?:-?(?:east|west))?"
                     r"(?:ern)?\s+of))"
                     r"\s+(?:the\s+)?(?:coast\s+of\s+|shores?\s+of\s+|port\s+of\s+)?$", re.I)
_WATERS_OF = re.compile(r"waters\s+of\b", re.I)
# Inland water the text puts the event in, rather than the sea off the town.
_RIVER = re.compile(r"\b(rivers?|riverbeds?|riverbanks?|danube|dnipro|dnieper|dniester|dnister|"
                    r"southern bug|reservoirs?|lakes?|canals?)\b", re.I)
_AFTER = re.compile(r"^(?:'s|’s)?(?:\s*(?:,|and|or)\s*(?:the\s+)?[A-Z][\w'’-]*)*\s+"
                    r"(?:territorial\s+|coastal\s+)?(?:waters|coast|coastline|shores?)\b")
# "off Constanta and Varna": the names listed after one tied to the water are tied too.
# (", and" often starts a clause of its own: "off Constanta, and Turkey sent ...")
_LIST_GAP = re.compile(r"(?:,\s*|\s+and\s+|\s+or\s+)(?:the\s+)?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def sea_zone(sea, text: str, start: int, end: int, parser=None):
    """The part of ``sea`` (a polygon) that ``text`` means by the name at ``start:end``.

    ``parser`` (a :class:`~geomap.geoparser.Geoparser` that counts demonyms) finds the
    places tied to the water; a shared one is used when None.
    """
    import shapely

    left, right = _sentence(text, start, end)
    anchors = _anchors(text, left, right, (start, end), parser)
    zone = sea
    if anchors:
        near = shapely.intersection(sea, shapely.union_all(anchors))
        zone = near if not near.is_empty and near.area > 1e-4 else sea
    compass = _COMPASS.search(text[max(left, start - 40):start])
    if compass:
        part = shapely.intersection(zone, _part(zone.bounds, compass.group("word")))
        zone = part if not part.is_empty and part.area > 1e-4 else zone
    return zone


def coastal_zone(lon: float, lat: float, text: str, start: int, end: int):
    """The seas within :data:`NEAR_PLACE` of a coastal place named after "off" ("mines
    cleared off Odesa"), or None when the text does not put the event at sea off it."""
    left, _right = _sentence(text, start, end)
    if not _BEFORE.search(text[max(left, start - 40):start]):
        return None
    if _RIVER.search(text, max(left, start - 80), start):
        return None  # "drifted into the mouth of the Danube near Vylkove": at the town
    return _water_around(lon, lat, _reach(text[max(left, start - 60):start]))


@lru_cache(maxsize=1024)
def _water_around(lon: float, lat: float, reach: float):
    """The seas within ``reach`` of a point, or None (made once per point and reach)."""
    import shapely

    seas = _seas()
    around = _disc(lon, lat, reach)
    hits = seas.query(around, predicate="intersects")
    if not len(hits):
        return None
    zone = shapely.intersection(shapely.union_all(seas.geometries.take(hits)), around)
    return zone if not zone.is_empty and zone.area > 1e-4 else None


def around(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of ``text`` these rules read for the name at ``start:end``, with the name's
    offsets in it: the zones drawn from it are those drawn from the whole text."""
    left, right = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    return text[left:right], start - left, end - left


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
    left = ends[-1] if ends else left
    stop = _SENTENCE_END.search(text, end, min(len(text), end + _WINDOW))
    return left, stop.start() + 1 if stop else min(len(text), end + _WINDOW)


def _anchors(text: str, left: int, right: int, own: tuple[int, int], parser) -> list:
    """Buffers around the places the sentence ties to the water."""
    parser = parser or _parser()
    sentence = text[left:right]
    shapes = []
    tied_end = None  # where the last name tied to the water ends
    for mention in parser.parse(sentence):
        a, b = mention.start + left, mention.end + left
        if (a, b) == own or a < own[1] and own[0] < b:
            continue
        listed = tied_end is not None and _LIST_GAP.match(text[tied_end:a])
        tie = _BEFORE.search(text[max(left, a - 40):a])
        if mention.place.kind == "sea" and tie and _WATERS_OF.match(tie.group()):
            # "over the waters of the Sea of Azov, and four more over the north-western
            # part of the Black Sea": another sea where other things happened, not a limit
            tied_end = None
            continue
        if not (listed or tie or _AFTER.search(text[b:right])):
            tied_end = None
            continue
        tied_end = b
        shape = _shape(mention.place, _reach(text[max(left, a - 60):a]))
        if shape is not None:
            shapes.append(shape)
    return shapes


_MILES = re.compile(r"\b(\d+(?:\.\d+)?)\s+nautical\s+miles\s+[\w-]+(?:\s+of)?\s+(?:the\s+)?$",
                    re.I)


def _reach(before: str) -> float:
    """How far (degrees) from a town the water tied to it goes: :data:`NEAR_PLACE`, or
    farther when the text gives a distance ("39 nautical miles east of Sulina"; twice the
    distance in degrees of latitude, as a degree of longitude is shorter)."""
    miles = _MILES.search(before)
    if miles is None:
        return NEAR_PLACE
    return max(NEAR_PLACE, 2 * float(miles.group(1)) * 1.852 / 111.0)


def _shape(place, reach: float = NEAR_PLACE):
    """The buffered outline of a place the water is tied to (``reach`` around a town)."""
    polygon = place_polygon(place)
    if polygon is not None:
        return _outline(polygon, place.kind in ("country", "admin1", "region"))
    return _disc(place.lon, place.lat, reach)


@lru_cache(maxsize=4096)
def _disc(lon: float, lat: float, reach: float):
    """The water ``reach`` around a point (made once: a corpus ties the same towns to the
    sea again and again)."""
    import shapely

    return shapely.Point(lon, lat).buffer(reach)


# Buffered outlines by the id of the shipped polygon (kept with them, so that the id stays
# its own): a country's takes a tenth of a second, and a corpus ties the same seas and
# coasts again and again.
_OUTLINES: dict[tuple[int, bool], tuple] = {}


def _outline(polygon, area: bool):
    """A region's or country's outline widened by :data:`NEAR_AREA` (``area``), or a sea's
    by :data:`NEAR_PLACE`."""
    import shapely

    key = (id(polygon), area)
    if key not in _OUTLINES:
        shape = (shapely.simplify(polygon, 0.05).buffer(NEAR_AREA, quad_segs=4) if area
                 else polygon.buffer(NEAR_PLACE, quad_segs=4))
        _OUTLINES[key] = (polygon, shape)
    return _OUTLINES[key][1]


def _part(bounds, word: str):
    """The box of ``bounds`` a compass word names: a half, a quarter or the middle."""
    import shapely

    minx, miny, maxx, maxy = bounds
    midx, midy = (minx + maxx) / 2, (miny + maxy) / 2
    word = re.sub(r"[- ]", "", word.lower())
    if word in ("central", "middle"):
        dx, dy = (maxx - minx) / 4, (maxy - miny) / 4
        return shapely.box(minx + dx, miny + dy, maxx - dx, maxy - dy)
    x0, x1, y0, y1 = minx, maxx, miny, maxy
    if word.startswith("north"):
        y0 = midy
    if word.startswith("south"):
        y1 = midy
    if word.endswith("west"):
        x1 = midx
    if word.endswith("east"):
        x0 = midx
    return shapely.box(x0, y0, x1, y1)


@cache
def _parser():
    from .geoparser import Geoparser

    return Geoparser(demonyms="all")


@cache
def _seas():
    import shapely

    from . import data

    return shapely.STRtree(list(data.frame("seas").geometry))


HROMADA_PREFIX = "hromada:"  # place ids of hromadas (geomap.gazetteer), by KATOTTG code


def place_polygon(place):
    """The shipped polygon of a region, sea or country place; None for other places."""
    if place.kind == "admin2" and place.id.startswith(HROMADA_PREFIX):
        polygon = _polygons("hromadas", "code").get(place.id[len(HROMADA_PREFIX):])
    elif place.kind == "admin1" and place.admin1_code:
        polygon = _polygons("admin1", "code").get(place.admin1_code)
    elif place.kind == "admin2" and place.admin2_code:
        polygon = _polygons("admin2", "code").get(place.admin2_code)
    elif place.kind == "sea":
        polygon = _polygons("seas", "name").get(place.name)
    elif place.kind == "country" and place.country_code:
        polygon = _polygons("countries", "code").get(place.country_code)
    else:
        polygon = None
    return polygon


_POLYGON_TABLES = (("admin1", "code"), ("admin2", "code"), ("hromadas", "code"),
                   ("seas", "name"), ("countries", "code"))


def load_polygons() -> None:
    """Index every polygon table :func:`place_polygon` reads, now rather than when first
    asked (each polygon is decoded when first asked for)."""
    for name, key in _POLYGON_TABLES:
        _polygons(name, key)


class _Polygons:
    """The polygons of one shipped table by key: the keys are read at once, a polygon is
    decoded from its WKB the first time it is asked for (a run needs a few of thousands)."""

    def __init__(self, name: str, key: str):
        from . import data

        table = data.table(name, (key, "geometry"))
        # (a key that several rows share is the last row's, as in dict(zip(...)))
        self._rows = {k: i for i, k in enumerate(table.column(key).to_pylist())}
        self._wkb = table.column("geometry")
        self._decoded: dict[int, object] = {}

    def get(self, value):
        row = self._rows.get(value)
        if row is None:
            return None
        polygon = self._decoded.get(row)
        if polygon is None:
            import shapely

            polygon = self._decoded[row] = shapely.from_wkb(self._wkb[row].as_py())
        return polygon


@cache
def _polygons(name: str, key: str) -> _Polygons:
    return _Polygons(name, key)
