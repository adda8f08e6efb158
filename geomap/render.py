"""Incidents -> folium map: one layer per event type, legend, popups, offline assets.

Region types (``draw = "region"``: drone attacks, shelling ...) shade admin-1 polygons by
their number of incidents and mark named localities; point types (border blockades) put a
marker at each place, filled while blocked and hollow once ended or only planned; sea types
(mine clearing) draw translucent outlined zones. Incidents known only at country level are
drawn as dashed rings at the country's centre, never as country fills.

Everything taken from articles is HTML-escaped before it reaches the page; source links
are kept only for http(s) addresses and open with ``rel="noopener noreferrer"``.
"""

from __future__ import annotations

import html
import json
from functools import cache
from pathlib import Path

from . import assets, data
from .errors import InputError
from .events import Taxonomy, load_taxonomy
from .io import write_atomic
from .render_elements import (Attribution, Basemap, GeomapMap, IncidentLayer, Legend,
                              NetworkNotice, Title, safe_json)

ATTRIBUTION = ('Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0), '
               '<a href="https://whosonfirst.org/">Who\'s On First</a> · '
               'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a>, '
               'raions © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> '
               'contributors (ODbL)')
TILES_ATTRIBUTION = {"OpenStreetMap": "© OpenStreetMap contributors"}
_PRECISION = {1: "point", 2: "region or sea", 3: "country only"}
_MAX_EVIDENCE = 3


def render(incidents, types=None, *, taxonomy: Taxonomy | None = None, title: str | None = None,
           tiles: str | None = "OpenStreetMap", offline: bool = False,
           cluster_threshold: int = 300):
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
        basemap of country and region outlines (no network needed).
    offline
        No tiles, and :func:`to_html` / :func:`save_map` inline every script and style.
    cluster_threshold
        A layer with more points than this clusters them.

    Examples
    --------
    >>> import geomap
    >>> gdf = geomap.extract(geomap.Document("d", "Drones struck Odesa and the Sumy region."))
    >>> m = render(gdf, tiles=None)
    >>> [layer.layer_name for layer in m._children.values() if hasattr(layer, "layer_name")][-1]
    'Drone attack (2)'
    """
    import folium

    taxonomy = taxonomy or load_taxonomy()
    gdf = _select(incidents, taxonomy, types)
    offline = bool(offline)
    tiles = None if offline or (isinstance(tiles, str) and tiles.lower() == "none") else tiles
    m = GeomapMap(location=[48.5, 31.0], zoom_start=5, tiles=None, control_scale=True)
    m.options["max_zoom"] = 18  # clustering needs a maximum zoom, which tiles otherwise set
    m.default_js = [("leaflet", assets.url("leaflet_js"))]
    m.default_css = [("leaflet_css", assets.url("leaflet_css"))]
    m.geomap_offline = offline
    m.geomap_title = title
    if tiles:
        folium.TileLayer(tiles, control=False).add_to(m)
    else:
        Basemap(_basemap_geojson(gdf)).add_to(m)
    Attribution(ATTRIBUTION + _tiles_credit(tiles)).add_to(m)
    if not offline:
        NetworkNotice().add_to(m)
    groups = []
    for etype in taxonomy.types:
        rows = gdf[gdf["event_type"] == etype.id]
        if len(rows):
            group = folium.FeatureGroup(name=f"{etype.label} ({len(rows)})", show=True)
            IncidentLayer(_features(rows, etype), etype, len(rows) > cluster_threshold,
                           ).add_to(group)
            group.add_to(m)
            groups.append((etype, group, rows))
    Legend(groups, gdf).add_to(m)
    if title:
        Title(title).add_to(m)
    _fit(m, gdf)
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def _select(incidents, taxonomy: Taxonomy, types):
    if types is None:
        chosen = taxonomy
    else:
        chosen = taxonomy.select(types)
    unknown = sorted(set(incidents["event_type"]) - set(taxonomy.ids))
    if unknown:
        raise InputError(f"incidents have event types {', '.join(unknown)} that the taxonomy "
                         f"does not define; pass the taxonomy they were extracted with")
    return incidents[incidents["event_type"].isin(chosen.ids)]


def _tiles_credit(tiles) -> str:
    if not tiles:
        return ""
    return " · Tiles: " + html.escape(TILES_ATTRIBUTION.get(tiles, str(tiles)))


# ---------------------------------------------------------------- features and popups


def _features(rows, etype) -> dict:
    """GeoJSON features of one layer: regions and seas merged per place, points per row."""
    features = []
    polygons = rows[~rows["country_only"] & rows.geom_type.isin(["Polygon", "MultiPolygon"])]
    points = rows[~rows["country_only"] & (rows.geom_type == "Point")]
    countries = rows[rows["country_only"]]
    if len(polygons):
        top = polygons.groupby("place_id").size().max()
        for _place_id, group in polygons.groupby("place_id", sort=False):
            features.append(_feature(group.geometry.iloc[0], "area", etype, group,
                                     shade=len(group) / top))
    for _, row in points.iterrows():
        features.append(_feature(row.geometry, "point", etype, row.to_frame().T))
    for _, row in countries.iterrows():
        import shapely

        centre = shapely.Point(row["lon"], row["lat"])
        features.append(_feature(centre, "country", etype, row.to_frame().T))
    return {"type": "FeatureCollection", "features": features}


def _feature(geometry, kind, etype, rows, shade: float = 1.0) -> dict:
    import shapely

    status = rows["status"].iloc[-1]
    return {
        "type": "Feature",
        "geometry": json.loads(shapely.to_geojson(shapely.set_precision(geometry, 1e-5))),
        "properties": {"kind": kind, "status": status, "count": len(rows),
                       "shade": round(float(shade), 3), "popup": _popup(rows, etype)},
    }


def _popup(rows, etype) -> str:
    """Popup HTML for the incidents of one place; every article string is escaped."""
    first = rows.iloc[0]
    where = ", ".join(html.escape(str(v)) for v in (first["admin1_name"], first["country_code"])
                      if isinstance(v, str) and v and v != first["place"])
    parts = [f'<div class="geomap-popup"><div class="geomap-popup-type" '
             f'style="color:{etype.colour}">{html.escape(etype.label)}</div>',
             f'<div class="geomap-popup-place"><b>{html.escape(str(first["place"]))}</b>'
             f'{" — " + where if where else ""}</div>']
    for _, row in rows.iterrows():
        parts.append(_incident_html(row))
    parts.append("</div>")
    return "".join(parts)


def _incident_html(row) -> str:
    meta = [f"Date: {html.escape(str(row['date'] or 'unknown'))}",
            f"Status: {html.escape(str(row['status']))}",
            f"Precision: {_PRECISION.get(int(row['geo_precision']), 'unknown')}"]
    out = [f'<div class="geomap-popup-meta">{" · ".join(meta)}</div>']
    evidence = json.loads(row["evidence_all"])
    for item in evidence[:_MAX_EVIDENCE]:
        out.append(f'<blockquote class="geomap-evidence">{highlight_evidence(item)}</blockquote>')
        out.append(source_link(item))
    if len(evidence) > _MAX_EVIDENCE:
        out.append(f"<div>and {len(evidence) - _MAX_EVIDENCE} more reports</div>")
    return "".join(out)


def highlight_evidence(item: dict) -> str:
    """An evidence sentence as escaped HTML with the place's mention in ``<mark>``."""
    text = item["evidence"]
    a = item["mention_start"] - item["start"]
    b = item["mention_end"] - item["start"]
    if not 0 <= a < b <= len(text):
        return html.escape(text)
    return (html.escape(text[:a]) + "<mark>" + html.escape(text[a:b]) + "</mark>"
            + html.escape(text[b:]))


def source_link(item: dict) -> str:
    """The evidence's source as escaped HTML: a safe link for http(s) addresses only."""
    url = item.get("url") or ""
    label = html.escape(item.get("title") or item.get("doc_id") or "source")
    if not url.lower().startswith(("http://", "https://")):
        return f'<div class="geomap-source">{label}</div>'
    return (f'<div class="geomap-source"><a href="{html.escape(url, quote=True)}" '
            f'target="_blank" rel="noopener noreferrer">{label}</a></div>')


# ---------------------------------------------------------------- framing and basemap


def _fit(m, gdf) -> None:
    if not len(gdf):
        m.location, m.zoom_start = [20.0, 0.0], 2
        return
    precise = gdf[~gdf["country_only"]]
    minx, miny, maxx, maxy = (precise if len(precise) else gdf).total_bounds
    pad = 0.5
    m.fit_bounds([[miny - pad, minx - pad], [maxy + pad, maxx + pad]], max_zoom=9)


def _basemap_geojson(gdf) -> str:
    countries = tuple(sorted({c for c in gdf["country_code"].dropna()}))
    return _basemap_for(countries)


@cache
def _basemap_for(countries: tuple[str, ...]) -> str:
    """Country outlines everywhere, admin-1 outlines in the incidents' countries (light)."""
    import shapely

    world = data.frame("countries")
    regions = data.frame("admin1")
    regions = regions[regions["country_code"].isin(countries)]
    features = []
    for geometry, level in [*((g, "country") for g in world.geometry),
                            *((g, "admin1") for g in regions.geometry)]:
        simple = shapely.set_precision(shapely.simplify(geometry, 0.03 if level == "country"
                                                        else 0.01), 1e-3)
        if not simple.is_empty:
            features.append({"type": "Feature", "properties": {"level": level},
                             "geometry": json.loads(shapely.to_geojson(simple))})
    return safe_json({"type": "FeatureCollection", "features": features})


# ---------------------------------------------------------------- output


def to_html(m) -> str:
    """The whole page of a map; offline maps get every script and style inlined."""
    page = m.get_root().render()
    title = getattr(m, "geomap_title", None)
    if title:
        page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    return assets.inline(page) if getattr(m, "geomap_offline", False) else page


def save_map(m, path: str | Path) -> Path:
    """Write the map's page to ``path`` atomically."""
    return write_atomic(path, to_html(m))

