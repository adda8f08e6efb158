"""Incident geometry, the column schema, and exports that round-trip through geopandas."""

from __future__ import annotations

import json
import logging

import geopandas as gpd
import pytest
import shapely

from geomap.errors import InputError, OutputError
from geomap.export import read_incidents, write_incidents
from geomap.join import COLUMNS
from geomap.models import Document
from geomap.pipeline import extract

from .conftest import ROOT

TEXT = ("Drones struck the Kherson region and the city of Odesa on Saturday. Truckers "
        "blocked the Korczowa-Krakovets crossing. Romania will clear mines in the Black Sea. "
        "Drones attacked Moldova too.")


@pytest.fixture(scope="module")
def incidents():
    return extract([Document("d1", TEXT, title="Test <b>title</b>", url="https://example.org/a",
                             date="2023-12-24")])


def by_place(gdf):
    return {r.place: r for r in gdf.itertuples()}


def test_schema_and_crs(incidents):
    assert list(incidents.columns) == [*COLUMNS, "geometry"]
    assert incidents.crs.to_epsg() == 4326


def test_geometry_follows_the_kind_of_place(incidents):
    rows = by_place(incidents)
    assert rows["Kherson"].geometry.geom_type in ("Polygon", "MultiPolygon")
    assert rows["Kherson"].geo_precision == 2
    assert rows["Odesa"].geometry.geom_type == "Point" and rows["Odesa"].geo_precision == 1
    assert rows["Odesa"].admin1_code == "UA-51"
    assert rows["Korczowa–Krakovets"].geometry.geom_type == "Point"
    assert rows["Black Sea"].geometry.contains(shapely.Point(34.0, 43.2))
    moldova = rows["Moldova"]
    assert moldova.geo_precision == 3 and moldova.country_only


def test_point_coordinates_match_lat_lon_columns(incidents):
    for row in incidents[incidents.geom_type == "Point"].itertuples():
        assert (row.geometry.x, row.geometry.y) == pytest.approx((row.lon, row.lat))


def test_evidence_and_offsets(incidents):
    row = by_place(incidents)["Odesa"]
    assert TEXT[row.start:row.end] == row.evidence
    assert TEXT[row.mention_start:row.mention_end] == "Odesa"
    assert row.date == "2023-12-23" and row.doc_id == "d1"
    assert json.loads(row.evidence_all)[0]["url"] == "https://example.org/a"


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_every_format_round_trips_with_the_schema(incidents, tmp_path, suffix):
    path = write_incidents(incidents, tmp_path / f"incidents{suffix}")
    back = read_incidents(path)
    assert list(back.columns) == [*COLUMNS, "geometry"]
    assert back.crs.to_epsg() == 4326
    assert (back.dtypes.astype(str) == incidents.dtypes.astype(str)).all()
    assert back.drop(columns="geometry").equals(incidents.drop(columns="geometry"))
    assert back.geometry.geom_equals_exact(incidents.geometry, 1e-9).all()
    # ... and a plain geopandas reader sees the same rows (CSV: WKT plus lat/lon).
    if suffix in (".geojson", ".gpkg"):
        assert len(gpd.read_file(path)) == len(incidents)


def test_write_is_atomic_and_keeps_the_old_file_on_failure(incidents, tmp_path):
    target = tmp_path / "incidents.geojson"
    write_incidents(incidents, target)
    before = target.read_bytes()
    broken = incidents.copy()
    broken["confidence"] = broken["confidence"].astype("complex128")  # GDAL has no such field
    with pytest.raises(OutputError, match=f"^{target}: cannot write GeoJSON.*complex128"):
        write_incidents(broken, target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.geojson"]


def test_empty_result_still_writes_a_valid_file(tmp_path):
    empty = extract([Document("d", "Nothing happened anywhere today.")])
    assert len(empty) == 0 and list(empty.columns) == [*COLUMNS, "geometry"]
    for suffix in (".geojson", ".gpkg", ".parquet", ".csv"):
        back = read_incidents(write_incidents(empty, tmp_path / f"e{suffix}"))
        assert len(back) == 0 and list(back.columns) == [*COLUMNS, "geometry"]


def test_unknown_extension_and_unreadable_file(tmp_path):
    with pytest.raises(InputError, match="unknown output format '.shp'"):
        write_incidents(extract([Document("d", TEXT)]), tmp_path / "x.shp")
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable incidents file"):
        read_incidents(bad)


def test_example_article_exports(tmp_path):
    gdf = extract(ROOT / "examples" / "briefing.txt")
    path = write_incidents(gdf, tmp_path / "briefing.gpkg")
    assert set(read_incidents(path)["event_type"]) == {"drone_attack", "border_blockade",
                                                       "mine_clearing"}


def _reports_of_one_incident(n):
    from geomap.models import Event, Mention, Place

    place = Place("geonames:703448", "Kyiv", 50.45, 30.52, "locality", "UA", "UA-30",
                  "Kyiv City")
    sentence = "Drones struck Kyiv."
    mention = Mention(14, 18, "Kyiv", place, 0.9)
    return [(Document(f"d{i}", sentence), [Event("drone_attack", "unknown", (mention,),
                                                 sentence, 0, 19, "2024-01-01", 0.9)])
            for i in range(n)]


def test_merging_many_reports_of_one_incident_is_linear():
    import time

    from geomap.taxonomy import load_taxonomy
    from geomap.join import incidents_frame

    taxonomy = load_taxonomy()
    seconds = []
    for n in (10_000, 20_000):
        pairs = _reports_of_one_incident(n)
        start = time.perf_counter()
        gdf = incidents_frame(pairs, taxonomy)
        seconds.append(time.perf_counter() - start)
        assert len(gdf) == 1 and gdf["evidence_count"].iloc[0] == n
    # Twice the reports: about twice the time (rebuilding the evidence set on every merge
    # made it four times, and 20,000 reports took minutes).
    assert seconds[1] < 3.5 * seconds[0] + 0.5


def test_two_articles_with_one_id_both_keep_their_evidence(caplog):
    docs = [Document("same", "Shelling hit Nikopol on Monday.", date="2024-03-07"),
            Document("same", "Shelling hit Nikopol on Monday, officials said.",
                     date="2024-03-07")]
    with caplog.at_level(logging.WARNING, logger="geomap"):
        gdf = extract(docs)
    assert len(gdf) == 1 and gdf.iloc[0]["evidence_count"] == 2
    assert [e["evidence"] for e in json.loads(gdf.iloc[0]["evidence_all"])] == [
        "Shelling hit Nikopol on Monday.", "Shelling hit Nikopol on Monday, officials said."]
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("geomap", "WARNING", "document id 'same' seen before; both articles kept")]
