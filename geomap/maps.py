"""Incidents -> folium map: one layer per event type, legend, popups.

Region types (``draw = "region"``: drone attacks, shelling ...) shade admin-1 polygons by
their number of incidents and mark named localities; point types (border blockades) put a
marker at each place, filled while blocked and hollow once ended or only planned; sea types
(mine clearing) draw translucent outlined zones. Incidents known only at country level are
drawn as dashed rings at the country's centre, never as country fills.

The page carries the incidents once, as compact data (:func:`map_data`), and geomap's
script (``incidents.js``) draws the layers, popups, type-coloured cluster bubbles, the
legend, the time control and the first view from it, so that 50,000 incidents stay a page
of a few megabytes. Everything taken from articles travels as plain text and is
HTML-escaped before it reaches the page, and so are taxonomy labels and everything read
from an incidents file; source links are kept only for http(s) addresses and open with
``rel="noopener noreferrer"``. Pages carry a Content-Security-Policy that allows only what
they need (inline code, Leaflet from its CDN with integrity hashes, the chosen tiles), so
markup that slipped through could neither load nor send anything. Pages, fragments and
images of a map are made by :mod:`geomap.output` and :mod:`geomap.images`.
"""

from __future__ import annotations

import html
import json
import warnings
from functools import cache

from . import assets, data
from .errors import InputError
from .join import COLUMNS
from .map_elements import (Attribution, Basemap, GeomapMap, IncidentMap, NetworkNotice,
                              Title, safe_json)
from .models import Evidence
from .options import MapOptions
from .taxonomy import Taxonomy, load_taxonomy
from .validate import translucent

ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), '
               '<a href="https://whosonfirst.org/">Who\'s On First</a> '
               '(with Quattroshapes, CC BY) · '
               'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>, '
               'raions, hromadas © '
               '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
               'contributors (ODbL)')
TILES_ATTRIBUTION = {"OpenStreetMap": "© OpenStreetMap contributors"}
_MAX_EVIDENCE = 3


def render(incidents, types=None, *, taxonomy: Taxonomy | None = None, title: str | None = None,
           tiles: str | None = "OpenStreetMap", offline: bool = False,
           cluster_threshold: int = 300, options: MapOptions | None = None):
    """Draw incidents (the GeoDataFrame of :func:`geomap.extract`) as a folium map.

    Parameters
    ----------
    incidents
        Incidents GeoDataFrame (schema in :mod:`geomap.join`).
    types
        Event types to draw (list or comma-separated string); all present when None.
    taxonomy
        Labels, colours and drawing rules; the shipped taxonomy when None.
    title
        Shown on the map and as the page title.
    tiles
        A folium/xyzservices tile provider name, or None / "none" for the built-in vector
        basemap of country and region outlines with place names (no network needed).
    offline
        No tiles, and :func:`geomap.to_html` / :func:`geomap.save_map` inline every
        script and style.
    cluster_threshold
        When the map has more points than this, they are clustered into bubbles that
        show the share of each event type.
    options
        All of ``title``, ``tiles``, ``offline`` and ``cluster_threshold`` at once (the
        command line's way); when given, those four arguments are not used.

    Examples
    --------
    >>> import geomap
    >>> gdf = geomap.extract(geomap.Document("d", "Drones struck Odesa and the Sumy region."))
    >>> m = render(gdf, tiles=None)
    >>> [layer.layer_name for layer in m._children.values() if hasattr(layer, "layer_name")][-1]
    'Drone attack (2)'
    """
    import folium

    if options is None:
        options = MapOptions(offline=offline, tiles=tiles, title=title,
                             cluster_threshold=cluster_threshold)
    taxonomy = taxonomy or load_taxonomy()
    gdf = _select(incidents, taxonomy, types)
    tiles = options.tiles
    m = GeomapMap(options, location=[48.5, 31.0], zoom_start=5, tiles=None,
                  control_scale=True)
    m.options["max_zoom"] = 18  # clustering needs a maximum zoom, which tiles otherwise set
    m.options["zoom_snap"] = 0.5  # lets the initial view fit the free part of the map tightly
    m.default_js = [("leaflet", assets.url("leaflet_js"))]
    m.default_css = [("leaflet_css", assets.url("leaflet_css"))]
    if tiles:
        with warnings.catch_warnings():  # folium's notes about provider names and credits
            warnings.simplefilter("ignore")
            folium.TileLayer(tiles, control=False).add_to(m)
    else:
        Basemap(_basemap_geojson(gdf), _labels_json(gdf)).add_to(m)
    Attribution(ATTRIBUTION + _tiles_credit(tiles)).add_to(m)
    if not options.offline:
        NetworkNotice().add_to(m)
    present = [t for t in taxonomy.types if (gdf["event_type"] == t.id).any()]
    groups = []
    for etype in present:
        count = int((gdf["event_type"] == etype.id).sum())
        # Leaflet's layer control shows layer names as HTML.
        name = f"{html.escape(etype.label)} ({count})"
        groups.append(folium.FeatureGroup(name=name, show=True).add_to(m))
    if options.title:
        Title(options.title).add_to(m)
    control = folium.LayerControl(collapsed=False).add_to(m)
    payload = map_data(gdf, present, options.cluster_threshold)
    IncidentMap(payload, [g.get_name() for g in groups], control.get_name()).add_to(m)
    return m


def _select(incidents, taxonomy: Taxonomy, types):
    from .selection import select_incidents

    unknown = sorted(set(incidents["event_type"].unique()) - set(taxonomy.ids))
    if unknown:
        raise InputError(f"incidents have event types {', '.join(unknown)} that the taxonomy "
                         f"does not define; pass the taxonomy they were extracted with")
    # (draws the incidents it is given: which to keep was chosen where they were selected)
    return select_incidents(incidents, types=types, taxonomy=taxonomy, country_only=True)


def _tiles_credit(tiles) -> str:
    if not tiles:
        return ""
    return " · Tiles: " + html.escape(TILES_ATTRIBUTION.get(tiles, str(tiles)))


# ---------------------------------------------------------------- compact map data


def map_data(gdf, present, cluster_threshold: int = 300) -> dict:
    """The compact data one map's script draws from (plain text; escaped in the browser).

    ``inc`` holds one record per incident: ``[day index or -1, status, place, where,
    precision, evidence, more, extra]``, each evidence ``[before, mention, after, source
    label, url]``; ``feat`` one entry per drawn feature: ``[type index, kind (a area,
    p point, c country ring), geometry, incident indices]``. Regions and seas are merged
    per place and shape; points stay one per incident. Columns beyond the documented
    schema (added by other steps) are shown in popups as they are.
    """
    days = sorted({d for d in _values(gdf["date"].drop_duplicates()) if isinstance(d, str) and d})
    shown = [(c, label) for c, label in _SHOWN if c in gdf.columns]
    shown += [(c, str(c).replace("_", " ").capitalize()) for c in gdf.columns
              if c not in COLUMNS and c != gdf.geometry.name and not str(c).startswith("_")]
    extra = [c for c, _ in shown]
    index = {t.id: i for i, t in enumerate(present)}
    records = _records(gdf, {d: i for i, d in enumerate(days)}, extra)
    features = _area_features(gdf, index) + _point_features(gdf, index)
    points = sum(1 for f in features if f[1] == "p")
    return {
        "types": [{"id": t.id, "label": t.label, "colour": t.colour,
                   "fill": translucent(t.colour), "draw": t.draw} for t in present],
        "days": days, "inc": records, "feat": features,
        "extra": [list(pair) for pair in shown],
        "notes": _legend_notes(gdf, present), "bounds": _bounds(gdf), "maxZoom": 9,
        "cluster": points > cluster_threshold,
    }


#: Schema columns a popup shows when they say something: (column, label). A false
#: ``intercepted`` says nothing (most attacks are not reported as shot down).
_SHOWN = (("admin2_name", "District"), ("intercepted", "Intercepted"),
          ("mine_domain", "Domain"))


def _records(gdf, day_index: dict, extra: list) -> list:
    columns = ["date", "status", "place", "admin1_name", "country_code", "geo_precision",
               "evidence_all"]
    values = [_values(gdf[c]) for c in (*columns, *extra)]
    if "intercepted" in extra:
        at = len(columns) + extra.index("intercepted")
        values[at] = [True if v else None for v in values[at]]
    records = []
    for row in zip(*values):
        date, status, place, admin1, country, precision, raw = row[:7]
        where = ", ".join(str(v) for v in (admin1, country)
                          if isinstance(v, str) and v and v != place)
        evidence = Evidence.from_json(raw)
        records.append([day_index.get(date, -1), status, place, where, int(precision),
                        [_evidence_parts(e) for e in evidence[:_MAX_EVIDENCE]],
                        max(0, len(evidence) - _MAX_EVIDENCE),
                        [_plain(v) for v in row[7:]] if extra else 0])
    return records


def _values(column) -> list:
    """A column as a Python list, None for missing (fast for Arrow-backed text too)."""
    if column.dtype == object:
        return column.tolist()
    return column.to_numpy(dtype=object, na_value=None).tolist()


def _evidence_parts(item: Evidence) -> list:
    """[before, mention, after, source label, url]: the sentence split around the place."""
    text, (a, b) = item.text, item.mention_span()
    if not 0 <= a < b <= len(text):
        a = b = len(text)
    return [text[:a], text[a:b], text[b:], _source_label(item), _web_address(item)]


def _source_label(item: Evidence) -> str:
    return item.title or item.doc_id or "source"


def _web_address(item: Evidence) -> str | None:
    """The evidence's address when it is an http(s) one, the only kind a map links to."""
    url = item.url or ""
    return url if url.lower().startswith(("http://", "https://")) else None


def _plain(value):
    """A cell as a JSON-ready value (None for missing)."""
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


def _area_features(gdf, index: dict) -> list:
    import shapely

    areas = gdf[~gdf["country_only"] & gdf.geom_type.isin(["Polygon", "MultiPolygon"])]
    if not len(areas):
        return []
    bounds = shapely.bounds(areas.geometry.values).round(4)
    keys = [(t, p, *b) for t, p, b in zip(_values(areas["event_type"]),
                                            _values(areas["place_id"]), bounds.tolist())]
    positions: dict[tuple, list[int]] = {}
    for position, key in enumerate(keys):
        positions.setdefault(key, []).append(position)
    rows = gdf.index.get_indexer(areas.index)
    features = []
    for key, members in positions.items():
        geometry = _simple_geojson(areas.geometry.iloc[members[0]])
        features.append([index[key[0]], "a", geometry, [int(rows[m]) for m in members]])
    return features


@cache
def _simple_geojson_wkb(wkb: bytes) -> dict:
    import shapely

    geometry = shapely.from_wkb(wkb)
    simple = shapely.set_precision(shapely.simplify(geometry, 0.002), 1e-4)
    return json.loads(shapely.to_geojson(simple if not simple.is_empty else geometry))


def _simple_geojson(geometry) -> dict:
    return _simple_geojson_wkb(geometry.wkb)


def _point_features(gdf, index: dict) -> list:
    import numpy as np
    import shapely

    country = gdf["country_only"].to_numpy()
    points = (gdf.geom_type == "Point").to_numpy() & ~country
    geoms = gdf.geometry.values
    xs = np.round(np.where(points, shapely.get_x(geoms), gdf["lon"].to_numpy(float)), 5)
    ys = np.round(np.where(points, shapely.get_y(geoms), gdf["lat"].to_numpy(float)), 5)
    drawn = np.flatnonzero(points | country).tolist()
    types = [index[t] for t in _values(gdf["event_type"])]
    xs, ys, country = xs.tolist(), ys.tolist(), country.tolist()
    return [[types[i], "c" if country[i] else "p", [xs[i], ys[i]], [i]] for i in drawn]


def _legend_notes(gdf, present) -> list[str]:
    notes = []
    if any(t.draw == "point" for t in present):
        notes.append("Filled marker: blocked or active; dashed hollow marker: ended or planned")
    if any(t.draw == "region" for t in present):
        notes.append("Darker region: more incidents")
    country = gdf[gdf["country_only"]]
    if len(country):
        names = sorted({str(p) for p in country["place"]})
        notes.append(f"Dashed ring: reported for a whole country only ({', '.join(names)})")
    return notes


def highlight_evidence(item: Evidence) -> str:
    """An evidence sentence as escaped HTML with the place's mention in ``<mark>``."""
    text, (a, b) = item.text, item.mention_span()
    if not 0 <= a < b <= len(text):
        return html.escape(text)
    return (html.escape(text[:a]) + "<mark>" + html.escape(text[a:b]) + "</mark>"
            + html.escape(text[b:]))


def source_link(item: Evidence) -> str:
    """The evidence's source as escaped HTML: a safe link for http(s) addresses only."""
    label, url = html.escape(_source_label(item)), _web_address(item)
    if url is None:
        return f'<div class="geomap-source">{label}</div>'
    return (f'<div class="geomap-source"><a href="{html.escape(url, quote=True)}" '
            f'target="_blank" rel="noopener noreferrer">{label}</a></div>')


# ---------------------------------------------------------------- framing and basemap


def _bounds(gdf) -> list:
    """[[south, west], [north, east]] of what the view must show: the incidents (those
    placed more precisely than a country when there are any), else the area the documents
    were about (``gdf.attrs["area"]``), else the world."""
    if len(gdf):
        precise = gdf[~gdf["country_only"]]
        minx, miny, maxx, maxy = (precise if len(precise) else gdf).total_bounds
        pad = 0.3
    elif gdf.attrs.get("area"):
        minx, miny, maxx, maxy = gdf.attrs["area"]
        pad = 0.5
    else:
        minx, miny, maxx, maxy, pad = -160.0, -50.0, 160.0, 70.0, 0.0
    return [[max(-85.0, miny - pad), minx - pad], [min(85.0, maxy + pad), maxx + pad]]


def _basemap_geojson(gdf) -> str:
    countries = tuple(sorted(str(c) for c in gdf["country_code"].dropna().unique()))
    (south, west), (north, east) = _bounds(gdf)
    near = tuple(round(v / 5) * 5 for v in (west - 20, south - 15, east + 20, north + 15))
    return _basemap_for(countries, near)


@cache
def _basemap_for(countries: tuple[str, ...], near: tuple[float, ...]) -> str:
    """Country outlines everywhere (detailed near the incidents, coarse far away) and light
    admin-1 outlines in the incidents' countries."""
    import shapely

    world = data.frame("countries")
    regions = data.frame("admin1")
    regions = regions[regions["country_code"].isin(countries)]
    window = shapely.box(*near)
    features = []
    for geometry in world.geometry:
        nearby = geometry.intersects(window)
        features.append(_outline(geometry, "country", 0.02 if nearby else 0.12,
                                 1e-3 if nearby else 1e-2))
    features += [_outline(g, "admin1", 0.01, 1e-3) for g in regions.geometry]
    return safe_json({"type": "FeatureCollection", "features": [f for f in features if f]})


def _outline(geometry, level: str, tolerance: float, precision: float) -> dict | None:
    import shapely

    parts = [p for p in shapely.get_parts(geometry) if p.area >= tolerance * tolerance * 4]
    if not parts:
        return None
    simple = shapely.set_precision(shapely.simplify(shapely.multipolygons(parts), tolerance),
                                   precision)
    if simple.is_empty:
        return None
    return {"type": "Feature", "properties": {"level": level},
            "geometry": json.loads(shapely.to_geojson(simple))}


def _labels_json(gdf) -> str:
    countries = tuple(sorted(str(c) for c in gdf["country_code"].dropna().unique()))
    return _labels_for(countries)


@cache
def _labels_for(countries: tuple[str, ...]) -> str:
    """Names for the outline basemap: ``[name, lat, lon, rank, min zoom]``, most important
    first (countries, capitals, cities of a million, then cities of 100,000 in the
    incidents' countries); the page hides the ones that would overlap."""
    places = data.table("places", ("name", "lat", "lon", "country_code", "population",
                                   "capital")).to_pandas()
    labels = []
    for row in data.frame("countries").sort_values("population", ascending=False).itertuples():
        if isinstance(row.name, str) and row.label_lat == row.label_lat:
            big = (row.population or 0) >= 20_000_000 or row.code in countries
            labels.append([row.name, round(row.label_lat, 3), round(row.label_lon, 3), 0,
                           2 if big else 4])
    cities = places[places["capital"] | (places["population"] >= 1_000_000)
                    | (places["country_code"].isin(countries)
                       & (places["population"] >= 100_000))]
    cities = cities.sort_values(["capital", "population"], ascending=False)
    for row in cities.itertuples():
        rank, zoom = ((1, 5) if row.capital else (2, 6) if row.population >= 1_000_000
                      else (3, 7))
        labels.append([row.name, round(row.lat, 3), round(row.lon, 3), rank, zoom])
    return safe_json(labels)
