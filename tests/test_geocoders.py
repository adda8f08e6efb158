"""`geomap geocode` and the geopy-compatible Gazetteer resolve the places a user names."""

from __future__ import annotations

import pytest
import shapely
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geomap import data
from geomap.crossings import km_between
from geomap.geocoders import Gazetteer

from .conftest import json_lines, run_cli

SCHEMA = {"name", "lat", "lon", "kind", "country_code", "admin1_code", "admin1_name",
          "population", "source"}


def geocode_json(query: str, *extra: str) -> list[dict]:
    proc = run_cli("geocode", query, "--json", *extra)
    assert proc.returncode == 0, proc.stderr.decode()
    records = json_lines(proc)
    assert records and all(set(r) == SCHEMA for r in records)
    return records


# (query, kind, country, admin1, (lat, lon) or None, km)
CASES = [
    ("Kyiv", "locality", "UA", "UA-30", (50.45, 30.52), 10),
    ("Kherson Oblast", "admin1", "UA", "UA-65", None, None),
    ("Kherson region", "admin1", "UA", "UA-65", None, None),
    ("Kherson", "locality", "UA", "UA-65", (46.64, 32.61), 10),
    ("Khmelnytskyi", "locality", "UA", "UA-68", (49.42, 26.98), 10),
    ("Khmelnytskyi region", "admin1", "UA", "UA-68", None, None),
    ("Zaporizhzhia", "locality", "UA", "UA-23", (47.84, 35.14), 15),
    ("Odesa", "locality", "UA", "UA-51", (46.48, 30.73), 10),
    ("Kharkov", "locality", "UA", "UA-63", (49.99, 36.23), 10),
    ("Korczowa", "locality", "PL", None, (49.956, 23.080), 5),
    ("Krakovets", "locality", "UA", "UA-46", (49.959, 23.159), 5),
    ("Dorohusk", "locality", "PL", "PL-06", (51.155, 23.803), 5),
    ("Medyka", "locality", "PL", "PL-18", (49.805, 22.922), 5),
    ("Korczowa-Krakovets", "crossing", "PL", None, (49.96, 23.11), 5),
    ("Dorohusk-Yahodyn", "crossing", "PL", None, (51.18, 23.81), 5),
    ("Istanbul", "locality", "TR", "TR-34", (41.01, 28.95), 15),
    # (GeoNames gives these towns' populations to a second record far from them too)
    ("Rossosh", "locality", "RU", "RU-VOR", (50.20, 39.57), 10),
    ("Komarno", "locality", "SK", "SK-NI", (47.76, 18.13), 10),
    ("town of Briceni", "locality", "MD", "MD-BR", (48.36, 27.08), 10),
    # (GeoNames lists this village's name among a town's 600 km away too)
    ("Igneada", "locality", "TR", "TR-39", (41.87, 27.98), 10),
    ("Ankara", "locality", "TR", "TR-06", (39.93, 32.86), 15),
    ("Turkey", "country", "TR", None, None, None),
    ("Poland", "country", "PL", None, None, None),
    ("Romania", "country", "RO", None, None, None),
    ("Bulgaria", "country", "BG", None, None, None),
]


@pytest.mark.parametrize("query,kind,country,admin1,point,km", CASES, ids=[c[0] for c in CASES])
def test_geocode_json_resolves(query, kind, country, admin1, point, km):
    best = geocode_json(query)[0]
    assert best["kind"] == kind
    assert best["country_code"] == country
    if admin1:
        assert best["admin1_code"] == admin1
    if point:
        assert km_between(best["lat"], best["lon"], *point) <= km


def test_odesa_and_odessa_are_the_same_place():
    assert geocode_json("Odessa")[0] == geocode_json("Odesa")[0]


@pytest.mark.parametrize("sea", ["Black Sea", "Sea of Azov"])
def test_seas_resolve_to_a_point_inside_the_sea(sea):
    best = geocode_json(sea)[0]
    assert best["kind"] == "sea" and best["name"] == sea
    polygon = data.frame("seas").set_index("name").loc[sea, "geometry"]
    assert polygon.contains(shapely.Point(best["lon"], best["lat"]))


@pytest.mark.parametrize("variant", ["Khmelnitsky", "Khmelnytskyy", "Khmel'nyts'kyy"])
def test_transliteration_variants_of_khmelnytskyi(variant):
    best = Gazetteer().geocode(variant).raw
    assert best["admin1_code"] == "UA-68"


@pytest.mark.parametrize("variant,canonical", [
    ("Zaporizhzhya", "Zaporizhzhia"), ("Zaporozhye", "Zaporizhzhia"),
    ("Krakivets", "Krakovets"), ("Rawa Ruska", "Rava-Ruska"), ("Kiev", "Kyiv"),
    ("Lvov", "Lviv"), ("Kharkov", "Kharkiv"),
])
def test_transliteration_variants_resolve_to_the_same_place(variant, canonical):
    g = Gazetteer()
    assert g.geocode(variant).raw["id"] == g.geocode(canonical).raw["id"]


@pytest.mark.parametrize("query", ["Dorohusk-Yagodyn", "Yahodyn–Dorohusk", "Dorohusk / Yahodyn",
                                   "Dorohusk-Yahodyn crossing", "Krakivets-Korczowa"])
def test_crossing_spellings_and_orders(query):
    best = Gazetteer().geocode(query).raw
    assert best["kind"] == "crossing"
    assert set(best["countries"]) == {"PL", "UA"}


def test_crossing_lies_on_the_polish_ukrainian_border():
    border = data.frame("borders").query("a == 'PL' and b == 'UA'").geometry.iloc[0]
    for query in ("Medyka-Shehyni", "Rava-Ruska-Hrebenne", "Korczowa-Krakovets"):
        raw = Gazetteer().geocode(query).raw
        assert border.distance(shapely.Point(raw["lon"], raw["lat"])) < 1e-6, query


def test_names_from_far_apart_countries_are_not_a_crossing():
    found = Gazetteer().geocode("Kherson-Warsaw", exactly_one=False, limit=5) or []
    assert all(loc.raw["kind"] != "crossing" for loc in found)


def test_kind_hints_choose_region_or_city():
    g = Gazetteer()
    assert g.geocode("the southern region of Kherson").raw["kind"] == "admin1"
    assert g.geocode("Kherson province").raw["kind"] == "admin1"
    assert g.geocode("Kherson city").raw["kind"] == "locality"


def test_qualifier_picks_the_namesake_in_that_country_or_state():
    g = Gazetteer()
    assert g.geocode("Odessa, Texas").raw["admin1_code"] == "US-TX"
    assert g.geocode("Odessa, Ukraine").raw["country_code"] == "UA"
    assert g.geocode("Paris, France").raw["country_code"] == "FR"


def test_prominence_ranks_the_capital_first():
    assert Gazetteer().geocode("Paris").raw["country_code"] == "FR"
    assert Gazetteer().geocode("Washington").raw["admin1_code"] == "US-DC"


def test_gazetteer_is_a_geopy_geocoder_returning_locations():
    g = Gazetteer()
    assert isinstance(g, Geocoder)
    loc = g.geocode("Kyiv")
    assert isinstance(loc, Location)
    assert (round(loc.latitude, 2), round(loc.longitude, 2)) == (50.45, 30.52)
    assert loc.raw["geonameid"] == 703448 and loc.raw["kind"] == "locality"
    several = g.geocode("Kherson", exactly_one=False, limit=3)
    assert [l.raw["kind"] for l in several][:2] == ["locality", "admin1"]
    assert g.geocode("Qwzxrtplk") is None


def test_limit_prints_several_matches():
    records = geocode_json("Washington", "--limit", "4")
    assert len(records) == 4
    assert len({(r["lat"], r["lon"]) for r in records}) == 4


def test_plain_output_is_one_readable_line():
    proc = run_cli("geocode", "Kyiv")
    assert proc.returncode == 0
    assert proc.stdout.decode().startswith("Kyiv\tlocality\t50.45466, 30.52380")


@pytest.mark.parametrize("query,message", [
    ("", "empty query"),
    ("   ", "empty query"),
    ("x" * 1001, "the limit is 1000"),
    ("Ky\x07iv", "control characters"),
    ("Qwzxrtplk", "no place found for 'Qwzxrtplk'"),
])
def test_bad_queries_fail_in_one_line(query, message):
    proc = run_cli("geocode", query)
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
