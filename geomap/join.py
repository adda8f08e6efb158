"""Events + boundaries -> the incidents GeoDataFrame.

One incident is one event type at one place on one date. Evidence from several sentences
or documents about the same incident is merged into it. Incidents travel between the
stages as :class:`~geomap.models.Incident` values and become rows in one place,
:func:`incidents_gdf`; a row reads back with :meth:`~geomap.models.Incident.from_row`,
and ``evidence_all`` with :meth:`~geomap.models.Evidence.from_json` only.

Column schema (EPSG:4326):

================  ============================================================================
event_type        taxonomy id (``drone_attack`` ...)
event_label       its label
status            planned | ongoing | ended | unknown (the latest evidence's)
place             display name of the place
place_kind        locality | admin1 | admin2 | crossing | sea | region | country
place_id          stable id (``geonames:703448``, ``admin1:UA-65`` ...)
admin1_code       ISO 3166-2 (GeoNames admin-1 code first, polygon join second)
admin1_name       English name of the region
admin2_code       KATOTTG code of the Ukrainian raion (admin-2) the place lies in: the raion's
                  own for a raion, by point-in-polygon for a point; null elsewhere (regions,
                  countries, places outside Ukraine) and where unknown
admin2_name       English name of that raion ("Bakhmut Raion"), null where admin2_code is
country_code      ISO 3166-1 alpha-2
geo_precision     1 point, 2 region (admin-1 or raion) or sea, 3 country (or a region
                  that spans countries, or a continent); a settlement the
                  text places in a region but the gazetteer does not know there is the
                  region (2), under the settlement's name
country_only      True when the text names only a country or a wider area (kept, flagged,
                  not drawn as fill)
lat, lon          representative point (for a zone of a sea, or the water off a town:
                  the zone's)
evidence          the first evidence sentence
start, end        offsets of that sentence in its document
mention_start     offsets of the place's mention in that document
mention_end
doc_id, title     the document of the first evidence
url, date         its source link; the event's day (publication date or the day a relative
                  word points to)
confidence        0..1
intercepted       True when the report says the weapons were shot down or intercepted
                  (an attack all the same, kept so that it can be shown or left out)
mine_domain       land | sea for mine clearing (ordnance disposal on land, mines at sea);
                  empty for other types
evidence_count    how many sentences support the incident
evidence_all      JSON list of every evidence: doc_id, title, url, date, evidence, start, end,
                  mention_start, mention_end
geometry          admin-1 polygon, raion polygon, sea polygon, country polygon, or point
================  ============================================================================
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import replace

from . import data
from .crossings import destination
from .models import Document, Event, Evidence, Incident, Mention, Place, SeaContext
from .taxonomy import Taxonomy
from .zones import around, coastal_zone, load_polygons, place_polygon, sea_zone

COLUMNS = (
    "event_type", "event_label", "status", "place", "place_kind", "place_id", "admin1_code",
    "admin1_name", "admin2_code", "admin2_name", "country_code", "geo_precision",
    "country_only", "lat", "lon", "evidence", "start", "end", "mention_start", "mention_end",
    "doc_id", "title", "url", "date", "confidence", "evidence_count", "evidence_all",
    "intercepted", "mine_domain",
)
# Columns added after files were first written: filled in when an older file lacks them.
_ADDED = {"intercepted": False, "mine_domain": None, "admin2_code": None, "admin2_name": None}
_INTEGER = ("geo_precision", "start", "end", "mention_start", "mention_end", "evidence_count")
_FLOAT = ("lat", "lon", "confidence")
_BOOL = ("country_only", "intercepted")
_DTYPES = {**dict.fromkeys(_INTEGER, "int64"), **dict.fromkeys(_FLOAT, "float64"),
           **dict.fromkeys(_BOOL, "bool")}
_PRECISION = {"locality": 1, "crossing": 1, "admin1": 2, "admin2": 2, "sea": 2, "region": 2,
              "country": 3, "continent": 3}


def _precision(place) -> int:
    """``geo_precision`` of a place: a region that spans countries ("the Middle East", "the
    Balkans") says no more than a country does (a strait between two is a place at sea)."""
    if place.kind == "region" and not place.country_code and "strait" not in place.name.lower():
        return 3
    return _PRECISION.get(place.kind, 3)


def incidents_frame(pairs: Iterable[tuple[Document, list[Event]]], taxonomy: Taxonomy):
    """Build the incidents GeoDataFrame from documents and their events (see module doc)."""
    merger = IncidentMerger()
    for doc, events in pairs:
        merger.add(doc_incidents(doc, events, taxonomy))
    return merger.frame()


class IncidentMerger:
    """Incidents merged from those of documents (:func:`doc_incidents`), in the order they
    are added: the same incidents in the same order give the same frame, whichever
    process found them."""

    def __init__(self):
        self.merged: dict[tuple, _Merged] = {}

    def add(self, incidents: Iterable[Incident]) -> None:
        for incident in incidents:
            key = (incident.event_type, incident.place_id, incident.date)
            if key in self.merged:
                self.merged[key].add(incident)
            else:
                self.merged[key] = _Merged(incident)

    def incidents(self) -> list[Incident]:
        """The merged incidents, in the order they were first seen."""
        return [merged.incident() for merged in self.merged.values()]

    def frame(self):
        """The incidents GeoDataFrame (schema in the module doc)."""
        return incidents_gdf(self.incidents())


class _Merged:
    """One incident as more reports of it come: all evidence, the latest status, the best
    confidence. Evidence is known by its key (:attr:`Evidence.key`), so merging n reports
    takes time linear in n."""

    __slots__ = ("first", "evidence", "known", "status", "confidence", "intercepted",
                 "mine_domain")

    def __init__(self, incident: Incident):
        self.first, self.evidence = incident, list(incident.evidence)
        self.known = {e.key for e in incident.evidence}
        self.status, self.confidence = incident.status, incident.confidence
        self.intercepted, self.mine_domain = incident.intercepted, incident.mine_domain

    def add(self, incident: Incident) -> None:
        for e in incident.evidence:
            if e.key not in self.known:
                self.known.add(e.key)
                self.evidence.append(e)
        if incident.status != "unknown":
            self.status = incident.status
        self.confidence = max(self.confidence, incident.confidence)
        # Intercepted only when every report says so: one that says it hit wins.
        self.intercepted = self.intercepted and incident.intercepted
        self.mine_domain = self.mine_domain or incident.mine_domain

    def incident(self) -> Incident:
        return replace(self.first, evidence=tuple(self.evidence), status=self.status,
                       confidence=self.confidence, intercepted=self.intercepted,
                       mine_domain=self.mine_domain)


def prepare_frame() -> None:
    """Load what :func:`incidents_gdf` reads (geopandas, the shipped polygons) now: a
    process that waits for its workers' results does it meanwhile, instead of after."""
    import geopandas  # noqa: F401

    load_polygons()
    data.frame("admin2")


def incidents_gdf(incidents: list[Incident]):
    """The incidents GeoDataFrame of some incidents (schema in the module doc): the one
    place where incidents become rows. An incident read back from a table keeps its
    geometry; the others get theirs from the shipped boundaries (:func:`geometry_of`)."""
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame([incident.row() for incident in incidents], columns=list(COLUMNS))
    shapes, zoned = [], []
    for k, incident in enumerate(incidents):
        shape, zone = (incident.geometry, False) if incident.geometry is not None else (
            _shape(incident))
        shapes.append(shape)
        if zone:
            zoned.append(k)
    geometry = gpd.GeoSeries(shapes, crs="EPSG:4326")
    if zoned:  # "the western Black Sea", "off Odesa": the incident is at the zone's point
        points = geometry.iloc[zoned].representative_point()
        frame.loc[zoned, "lat"], frame.loc[zoned, "lon"] = points.y.values, points.x.values
    gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    fill_admin2_by_polygon(gdf)
    gdf = apply_schema(gdf)
    _fill_admin1_by_polygon(gdf)
    return gdf


def apply_schema(gdf):
    """Give an incidents frame the documented columns and types (also after reading a file:
    CSV and GeoJSON lose empty text columns' type)."""
    for column, default in _ADDED.items():
        if column not in gdf.columns:
            gdf[column] = default
    missing = [c for c in COLUMNS if c not in gdf.columns]
    if missing and len(gdf) == 0:  # an empty GeoJSON layer keeps no field definitions
        for column in missing:
            gdf[column] = []
        missing = []
    if missing:
        raise ValueError(f"not an incidents table: no column {', '.join(missing)}")
    import geopandas as gpd
    import pandas as pd

    # Column by column into a new frame: setting columns of a GeoDataFrame one at a time
    # costs more than the whole of a small run's other work.
    columns = {}
    for column in COLUMNS:
        values = gdf[column]
        if column in _DTYPES:
            columns[column] = values.astype(_DTYPES[column])
        else:
            known = values.notna().to_numpy()
            columns[column] = pd.Series(
                [_as_text(v) if k else None for v, k in zip(values.to_numpy(dtype=object), known)],
                index=gdf.index, dtype=object)
    name = gdf.geometry.name
    columns[name] = gdf.geometry
    out = gpd.GeoDataFrame(columns, geometry=name, crs=gdf.crs)
    out.attrs = dict(gdf.attrs)
    return out


def _as_text(value):
    """Text as stored; GDAL hands JSON text columns back parsed, so serialise those again."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date):  # GDAL reads ISO day strings back as dates
        return value.isoformat()[:10]
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def doc_incidents(doc: Document, events: list[Event], taxonomy: Taxonomy) -> list[Incident]:
    """One incident per event and place of a document, ready for :class:`IncidentMerger`
    (cheap to send between processes: geometry is made once per merged incident)."""
    incidents = [_incident(doc, event, m, taxonomy) for event in events for m in event.places]
    # A country named only as the setting ("drone raids hit Ukrainian regions") adds
    # nothing when the same document places that event type, or the attack it was part
    # of, inside that country ("attacked Ukraine with 2 missiles and 28 drones; drones
    # were downed over the Odesa region": the missiles are not placed anywhere finer).
    finer = {(i.event_type, i.country_code) for i in incidents if not i.country_only}
    finer_countries = {code for _, code in finer}
    # (a blockade is at its crossings, whichever side's country the text names: "Polish
    # truckers' blockade of the Ukrainian border" with Dorohusk and Hrebenne named)
    at_points = {t for t, _ in finer if taxonomy.get(t).draw == "point"}
    inside = {(i.event_type, i.intercepted, i.admin1_code) for i in incidents
              if i.place_kind not in ("admin1", "country", "sea", "region") and i.admin1_code}
    # (a region told as attacked, with the town where it happened: "a drone attack in the
    # Nizhny Novgorod region ... a drone was shot down near the refinery in Kstovo")
    inside |= {(t, False, code) for t, _, code in inside}
    return [i for i in incidents
            if not (i.country_only and ((i.event_type, i.country_code) in finer
                                        or i.country_code in finer_countries
                                        or i.event_type in at_points))
            and not (i.place_kind == "admin1"
                     and (i.event_type, i.intercepted, i.admin1_code) in inside)]


# "about 20 nautical miles east of Constanta", "12 km north of Kharkiv": a point told by
# its distance and direction from a place.
# (from its number: "about" or "some" before it changes nothing, and a pattern that opens
# on optional words is tried at every position of a long list's evidence)
_OFFSET = re.compile(r"(\d+(?:[.,]\d+)?)\s*(nautical\s+miles?|nm|miles?|km|kilometres?|kilometers?)"
                     r"\s+(?:to\s+the\s+)?(north|south|east|west|north-?east|north-?west|"
                     r"south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
                     r"(?:(?:port|town|city|village|island|cape)\s+of\s+)?", re.I)
_KM_PER = {"n": 1.852, "m": 1.609344, "k": 1.0}  # nautical miles, miles, kilometres
# Regions that are points on a coast to measure from: "40 km west of Cape Tarkhankut".
_LANDMARK = re.compile(r"^cape\b|\b(island|spit)$", re.I)
_BEARING = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}
#: The farthest a point told from a place is taken (farther, the place itself is kept).
_OFFSET_MAX_KM = 200.0
_TOLD_FROM = "@"  # in the id of a point told from a place: "geonames:680963@37kmeast"


def _offset(doc: Document, event: Event, place: Place, written: str) -> Place:
    """``place``, or the point its evidence tells by distance and direction from it ("a
    mine destroyed about 20 nautical miles east of Constanta"): the same place moved there,
    named by the words of the text."""
    if place.kind not in ("locality", "crossing") and not (
            place.kind == "region" and _LANDMARK.search(place.name)):
        return place  # (a region or a country has no point to be measured from)
    evidence = doc.text[event.start:event.end]
    names = {written.lower(), place.name.lower()}
    for m in _OFFSET.finditer(evidence):
        after = evidence[m.end():m.end() + 60].lower()
        if not any(after.startswith(n) for n in names if n):
            continue
        unit = m.group(2).lower()
        km = float(m.group(1).replace(",", ".")) * _KM_PER["n" if unit.startswith("n")
                                                            else unit[0]]
        if km > _OFFSET_MAX_KM:
            return place
        lat, lon = destination(place.lat, place.lon, km,
                               _BEARING[m.group(3).lower().replace("-", "")])
        told = f"{m.group(1)} {m.group(2)} {m.group(3).lower()} of {place.name}"
        return replace(place, id=f"{place.id}{_TOLD_FROM}{round(km)}km{m.group(3).lower()}",
                       name=told, lat=lat, lon=lon)
    return place


def _incident(doc: Document, event: Event, mention: Mention, taxonomy: Taxonomy) -> Incident:
    etype = taxonomy.get(event.type)
    place = _offset(doc, event, mention.place, mention.text)
    evidence = Evidence(doc_id=doc.id, title=doc.title, url=doc.url, date=event.date,
                        text=event.evidence, start=event.start, end=event.end,
                        mention_start=mention.start, mention_end=mention.end)
    return Incident(
        event_type=event.type, event_label=etype.label, status=event.status,
        place_id=place.id, place_name=place.name, place_kind=place.kind,
        lat=place.lat, lon=place.lon, date=event.date,
        confidence=round(event.confidence * mention.confidence, 3), evidence=(evidence,),
        country_code=place.country_code, admin1_code=place.admin1_code,
        admin1_name=place.admin1_name, admin2_code=place.admin2_code,
        admin2_name=place.admin2_name, precision=_precision(place),
        intercepted=event.intercepted, mine_domain=event.domain,
        sea=_sea_context(doc, mention, etype.draw),
    )


def _sea_context(doc: Document, mention: Mention, draw: str) -> SeaContext | None:
    """What the sea-zone rules read for a sea, or for a type drawn at sea: the text around
    the mention (:func:`geomap.zones.around`) and how the type is drawn; None otherwise.
    Incidents carry this instead of a geometry, so that they stay small between processes."""
    if mention.place.kind != "sea" and draw != "sea":
        return None
    return SeaContext(*around(doc.text, mention.start, mention.end), draw)


def geometry_of(incident: Incident):
    """Region polygons from the shipped boundaries; sea zones limited by what the text
    says around the sea's name (:mod:`geomap.zones`); for types drawn at sea, the water
    off a coastal town the text puts them "off"; a point for everything else."""
    return _shape(incident)[0]


def _shape(incident: Incident):
    """(:func:`geometry_of`, whether it is a zone the text cut out: part of a sea, or the
    water off a town)."""
    import shapely

    polygon = place_polygon(_place(incident))
    sea = incident.sea
    if sea is not None:
        if incident.place_kind == "sea" and polygon is not None:
            zone = sea_zone(polygon, sea.text, sea.start, sea.end)
            return zone, zone is not polygon
        if (polygon is None and sea.draw == "sea" and incident.mine_domain != "land"
                and _TOLD_FROM not in incident.place_id):  # (a point told is kept a point)
            # (sappers near a coastal town work on land: the town's point)
            found = coastal_zone(incident.lon, incident.lat, sea.text, sea.start, sea.end)
            if found is not None:
                return found, True
    # The only axis swap in this module: incidents hold lat/lon, shapely wants x=lon, y=lat.
    return (polygon if polygon is not None else shapely.Point(incident.lon, incident.lat)), False


def _place(incident: Incident) -> Place:
    """The place an incident is at, as far as its polygon goes."""
    return Place(incident.place_id, incident.place_name, incident.lat, incident.lon,
                 incident.place_kind, country_code=incident.country_code,
                 admin1_code=incident.admin1_code, admin1_name=incident.admin1_name,
                 admin2_code=incident.admin2_code, admin2_name=incident.admin2_name)


def _fill_admin1_by_polygon(gdf) -> None:
    """Points whose GeoNames record had no region code get one from the region polygons."""
    import geopandas as gpd

    missing = gdf.index[gdf["admin1_code"].isna() & (gdf.geom_type == "Point")
                        & (gdf["geo_precision"] == 1)]
    if not len(missing):
        return
    regions = data.frame("admin1").dropna(subset=["code"])[["code", "name", "geometry"]]
    joined = gpd.sjoin(gdf.loc[missing, ["geometry"]], regions, how="left", predicate="within")
    joined = joined[~joined.index.duplicated()].dropna(subset=["code"])
    gdf.loc[joined.index, "admin1_code"] = joined["code"]
    gdf.loc[joined.index, "admin1_name"] = joined["name"]


def fill_admin2_by_polygon(gdf) -> None:
    """Points get the raion (admin-2) they lie in from the raion polygons, where known."""
    import geopandas as gpd

    todo = gdf.index[gdf["admin2_code"].isna() & (gdf.geom_type == "Point")]
    if not len(todo):
        return
    raions = data.frame("admin2")[["code", "name", "geometry"]]
    joined = gpd.sjoin(gdf.loc[todo, ["geometry"]], raions, how="left", predicate="within")
    joined = joined[~joined.index.duplicated()].dropna(subset=["code"])
    gdf.loc[joined.index, "admin2_code"] = joined["code"]
    gdf.loc[joined.index, "admin2_name"] = joined["name"]
