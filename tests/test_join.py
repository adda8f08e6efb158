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
from geomap.models import Document, Event, Mention, Place
from geomap.pipeline import extract

from .conftest import ROOT

TEXT = ("Drones struck the Kherson region and the city of Odesa on Saturday. Truckers "
        "blocked the Korczowa-Krakovets crossing. Romania will clear mines in the Black Sea. "
        "Drones attacked Moldova too.")


@pytest.fixture(scope="module")
def incidents():
    return extract([Document("d1", TEXT, title="Test <b>title</b>", url="https://example.org/a",
                             date="2023-12-24")], country_only=True)


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
        start = time.process_time()
        gdf = incidents_frame(pairs, taxonomy)
        seconds.append(time.process_time() - start)
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


# ---------------------------------------------------------------- typed incidents


def test_a_row_read_as_an_incident_gives_back_the_same_row(incidents, tmp_path):
    from geomap.join import incidents_gdf
    from geomap.models import Incident

    path = tmp_path / "incidents.gpkg"
    write_incidents(incidents, path)
    for gdf in (incidents, read_incidents(path)):
        typed = [Incident.from_row(row) for _, row in gdf.iterrows()]
        assert [i.row() for i in typed] == [{c: row[c] for c in COLUMNS}
                                             for _, row in gdf.iterrows()]
        again = incidents_gdf(typed)
        assert again.drop(columns="geometry").equals(gdf.drop(columns="geometry"))
        assert list(again.geometry.to_wkb()) == list(gdf.geometry.to_wkb())


def test_incident_columns_come_from_its_first_evidence_and_its_place(incidents):
    from geomap.models import Incident

    row = incidents[incidents["place"] == "Odesa"].iloc[0]
    incident = Incident.from_row(row)
    assert (incident.place_name, incident.place_kind, incident.admin1_code) == (
        "Odesa", "locality", "UA-51")
    assert incident.evidence[0].text == row["evidence"]
    assert (incident.evidence[0].doc_id, incident.evidence[0].url) == (
        "d1", "https://example.org/a")
    assert incident.country_only is False and incident.precision == 1


def test_evidence_is_read_from_its_json_whatever_the_file_made_of_it():
    from geomap.models import Evidence, evidence_json

    good = [{"doc_id": "a", "title": "T", "url": "https://x.org/1", "date": "2024-05-01",
             "evidence": "Drones struck Odesa.", "start": 4, "end": 24, "mention_start": 18,
             "mention_end": 23}]
    text = json.dumps(good, ensure_ascii=False)
    parsed = Evidence.from_json(text)
    assert [e.to_dict() for e in parsed] == good and evidence_json(parsed) == text
    assert Evidence.from_json(good) == parsed  # GDAL hands some formats back parsed
    assert Evidence.from_json("{not json") == ()
    assert Evidence.from_json('{"evidence": "not a list"}') == ()
    assert Evidence.from_json(None) == () and Evidence.from_json(3.5) == ()
    assert Evidence.from_json("[" * 100_000) == ()  # nested too deeply to read
    odd = Evidence.from_json('[1, "x", {"evidence": 7, "start": "4", "end": true, '
                             '"doc_id": 12}, {"evidence": "Shelling hit Sumy."}]')
    assert [(e.text, e.start, e.end, e.doc_id) for e in odd] == [
        ("", None, None, "12"), ("Shelling hit Sumy.", None, None, None)]
    assert parsed[0].mention_span() == (14, 19) and odd[1].mention_span() == (-1, -1)
    assert parsed[0].text[slice(*parsed[0].mention_span())] == "Odesa"


def test_status_is_one_of_four_words():
    from typing import get_args

    from geomap.models import STATUSES, Evidence, Incident, Status
    from geomap.taxonomy import STATUSES as TAXONOMY_STATUSES

    assert get_args(Status) == STATUSES == TAXONOMY_STATUSES == (
        "planned", "ongoing", "ended", "unknown")
    evidence = (Evidence("d", None, None, None, "Truckers blocked Medyka.", 0, 24, 17, 23),)
    for status in STATUSES:
        assert Incident("border_blockade", "Blockade", status, "crossing:PL-UA", "Medyka",
                        "crossing", 49.8, 23.0, None, 0.9, evidence).status == status
    with pytest.raises(InputError, match="unknown status 'closed'; choose from planned, "
                                         "ongoing, ended, unknown"):
        Incident("border_blockade", "Blockade", "closed", "crossing:PL-UA", "Medyka",
                 "crossing", 49.8, 23.0, None, 0.9, evidence)
    place = Place("geonames:1", "Medyka", 49.8, 23.0, "locality")
    with pytest.raises(InputError, match="unknown status 'Ended'"):
        Event("border_blockade", "Ended", (Mention(17, 23, "Medyka", place, 0.9),),
              "Truckers blocked Medyka.", 0, 24, None, 0.9)


def test_no_import_cycle_through_the_pipeline_modules():
    """Imports inside functions count too: they are no way to hide a cycle."""
    import ast

    modules = {p.stem: p for p in (ROOT / "geomap").glob("*.py")}
    graph = {}
    for name, path in modules.items():
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                deps |= {node.module.split(".")[0]} if node.module else {
                    a.name for a in node.names}
        graph[name] = deps & set(modules)

    def reaches(start, goal):
        seen, todo = set(), [start]
        while todo:
            for dep in graph[todo.pop()] - seen:
                if dep == goal:
                    return True
                seen.add(dep)
                todo.append(dep)
        return False

    stages = ("models", "inputs", "partitions", "parallel", "pipeline", "join", "zones",
              "events", "taxonomy", "vocabulary")
    assert [m for m in stages if reaches(m, m)] == []


def test_a_country_only_incident_goes_when_the_document_places_its_attack_inside():
    gdf = extract([Document("t", "The Russians attacked Ukraine with 2 missiles and 28 drones. "
                                 "Air defence destroyed 24 drones over the Odesa region.")])
    assert set(gdf["place"]) == {"Odesa"} and not gdf["country_only"].any()
    alone = extract([Document("m", "Missiles were fired at Moldova, officials said.")],
                    country_only=True)
    assert alone["country_only"].tolist() == [True]
