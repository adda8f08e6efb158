"""Sea zones follow the words around the sea's name."""

from __future__ import annotations

import pytest

from geomap import data
from geomap.models import Document
from geomap.pipeline import extract


@pytest.fixture(scope="module")
def black_sea():
    return data.frame("seas").set_index("name").loc["Black Sea"].geometry


def _zone(text: str):
    gdf = extract(Document("d", text))
    rows = gdf[gdf["event_type"] == "mine_clearing"]
    assert len(rows) >= 1, gdf[["event_type", "place"]]
    return rows.iloc[0]


def test_the_sea_alone_is_the_whole_sea(black_sea):
    row = _zone("Navies cleared mines in the Black Sea last week.")
    assert row.geometry.equals(black_sea)


@pytest.mark.parametrize("word, inside, outside", [
    ("western", (29.5, 43.5), (38.0, 43.0)),
    ("eastern", (38.0, 43.0), (29.5, 43.5)),
    ("north-western", (30.5, 46.0), (30.5, 42.0)),
])
def test_a_compass_word_keeps_that_part(black_sea, word, inside, outside):
    import shapely

    row = _zone(f"Minesweepers will sweep the {word} Black Sea for drifting mines.")
    assert row["place"] == "Black Sea"
    assert row.geometry.area < 0.6 * black_sea.area
    assert row.geometry.contains(shapely.Point(*inside))
    assert not row.geometry.intersects(shapely.Point(*outside).buffer(0.5))


def test_national_waters_are_the_sea_near_those_countries(black_sea):
    import shapely

    row = _zone("Minesweepers began clearing mines in Romanian and Bulgarian waters of the "
                "Black Sea.")
    assert row.geometry.contains(shapely.Point(29.5, 44.0))  # off Constanta
    assert row.geometry.contains(shapely.Point(28.6, 42.8))  # off Varna
    assert not row.geometry.intersects(shapely.Point(37.5, 44.0).buffer(0.5))  # off Russia


def test_off_a_town_and_near_a_strait_are_small_zones(black_sea):
    import shapely

    odesa = _zone("Minesweepers cleared mines in the Black Sea off Odesa.")
    assert odesa.geometry.area < 0.05 * black_sea.area
    assert odesa.geometry.distance(shapely.Point(30.73, 46.48)) < 0.3
    bosporus = _zone("Navies cleared mines in the Black Sea near the Bosporus.")
    assert bosporus.geometry.area < 0.05 * black_sea.area
    assert bosporus.geometry.bounds[1] < 42 and bosporus.geometry.bounds[2] < 31


def test_another_sea_named_by_its_waters_is_no_limit_of_this_one(black_sea):
    import shapely

    gdf = extract(Document("d", "Nine drones were shot down over the waters of the Sea of "
                                "Azov, and four more over the north-western part of the "
                                "Black Sea."))
    [row] = gdf[gdf["place"] == "Black Sea"].itertuples()
    assert row.geometry.contains(shapely.Point(30.8, 45.8))  # off Odesa and the Danube
    assert not row.geometry.intersects(shapely.Point(36.0, 45.0).buffer(0.3))  # Kerch


def test_an_incident_in_a_zone_has_the_zone_s_point(black_sea):
    import shapely

    whole = _zone("Navies cleared mines in the Black Sea last week.")
    west = _zone("Minesweepers will sweep the western Black Sea for drifting mines.")
    off = _zone("Divers cleared mines off Odesa so that grain ships could use the port.")
    for row in (west, off):
        assert row.geometry.contains(shapely.Point(row.lon, row.lat))
    assert west.lon < whole.lon - 1  # not the whole sea's point
    assert off.lat != pytest.approx(46.48, abs=0.01)  # not the town's point
    # The whole sea keeps its own point.
    seas = data.frame("seas").set_index("name")
    assert (whole.lat, whole.lon) == pytest.approx(
        (seas.loc["Black Sea", "label_lat"], seas.loc["Black Sea", "label_lon"]))


def test_a_rocket_defused_in_an_orchard_near_a_coastal_town_stays_on_land():
    row = _zone("Sappers defused an unexploded rocket that fell in an orchard near Izmail.")
    assert row["mine_domain"] == "land" and row.geometry.geom_type == "Point"
    assert (row["lat"], row["lon"]) == pytest.approx((45.35, 28.84), abs=0.05)


def test_sea_work_off_a_coastal_town_is_drawn_at_sea():
    import shapely

    row = _zone("Divers cleared mines off Odesa so that grain ships could use the port.")
    assert row["place"] == "Odesa" and row.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert not row.geometry.contains(shapely.Point(30.73, 46.48))  # water, not the town
    in_town = _zone("Sappers cleared mines in Odesa after the storm.")
    assert in_town.geometry.geom_type == "Point"


def test_names_listed_after_off_are_tied_to_the_water_too():
    import shapely

    row = _zone("Minehunters checked the Black Sea lanes off Constanta and Burgas this week.")
    assert row.geometry.contains(shapely.Point(29.0, 44.1))  # off Constanta
    assert row.geometry.contains(shapely.Point(27.9, 42.5))  # off Burgas
    assert not row.geometry.contains(shapely.Point(37.0, 43.0))  # the eastern sea


def test_a_clause_after_a_comma_and_is_not_on_the_list():
    import shapely

    row = _zone("Navy divers cleared mines in the Black Sea off Varna, and Turkey sent a "
                "minehunter.")
    assert row.geometry.contains(shapely.Point(28.3, 43.2))
    assert not row.geometry.contains(shapely.Point(29.3, 41.4))  # off the Bosporus


def test_the_approaches_to_a_port_are_the_water_off_it():
    import shapely

    row = _zone("A minehunter cleared a drifting mine in the approaches to the port of Varna.")
    assert row.geometry.geom_type != "Point"
    assert row.geometry.contains(shapely.Point(28.2, 43.1))


def test_a_distance_in_nautical_miles_from_a_town_is_the_water_that_far_out():
    import shapely

    row = _zone("A Bulgarian minesweeper destroyed a drifting mine 35 nautical miles east of "
                "Varna on Friday.")
    # (the point the text tells, about 65 km out to sea)
    assert row.geometry.distance(shapely.Point(28.75, 43.2)) < 0.1
    beyond = _zone("Divers destroyed a sea mine 40 nautical miles east of Sulina in the "
                   "Black Sea.")
    assert beyond.geometry.distance(shapely.Point(30.6, 45.15)) < 0.1  # farther than 80 km


def test_land_demining_near_a_coastal_town_stays_on_land():
    row = _zone("Sappers cleared anti-tank mines from fields near Mykolaiv.")
    assert row["mine_domain"] == "land" and row.geometry.geom_type == "Point"
    assert abs(row["lat"] - 46.97) < 0.1 and abs(row["lon"] - 32.0) < 0.1
