"""Every shipped file loads, regions carry ISO codes, geometries are valid."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from geomap import data
from geomap.errors import DataError

GEO_FILES = ["admin1", "countries", "seas", "borders", "admin2", "hromadas"]


@pytest.mark.parametrize("name", sorted(data.FILES))
def test_every_shipped_file_loads(name):
    table = data.table(name)
    assert table.num_rows > 0
    if name in GEO_FILES:
        frame = data.frame(name)
        assert isinstance(frame, gpd.GeoDataFrame)
        assert frame.crs.to_epsg() == 4326
        assert frame.geometry.notna().all()


@pytest.mark.parametrize("name", ["admin1", "countries", "seas", "admin2", "hromadas"])
def test_geometries_are_valid_polygons(name):
    frame = data.frame(name)
    assert frame.is_valid.all()
    assert set(frame.geom_type) <= {"Polygon", "MultiPolygon"}


def test_regions_have_iso_codes_where_natural_earth_has_one():
    admin1 = data.frame("admin1")
    coded = admin1["code"].dropna()
    assert coded.is_unique
    assert coded.str.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}").all()
    # Natural Earth gives an official code to the vast majority of its 4,596 regions.
    assert len(coded) > 4200
    # The country of a coded region is the prefix of its code.
    assert (admin1.loc[coded.index, "country_code"] == coded.str[:2]).all()


def test_all_ukrainian_oblasts_and_cities_with_special_status():
    admin1 = data.frame("admin1")
    ua = set(admin1.loc[admin1["country_code"] == "UA", "code"])
    expected = {f"UA-{n:02d}" for n in (5, 7, 9, 12, 14, 18, 21, 23, 26, 30, 32, 35, 40, 43,
                                        46, 48, 51, 53, 56, 59, 61, 63, 65, 68, 71, 74, 77)}
    assert ua == expected


def test_crimea_and_sevastopol_keep_ukrainian_iso_codes():
    admin1 = data.frame("admin1").set_index("code")
    for code in ("UA-43", "UA-40"):
        assert admin1.loc[code, "country_code"] == "UA"
    simferopol = shapely.Point(34.10, 44.95)
    assert admin1.loc["UA-43", "geometry"].contains(simferopol)


def test_polish_voivodeships_carry_their_current_numeric_codes():
    # ISO 3166-2 replaced Poland's letter codes with numbers in 2018 (PL-LU is now PL-06);
    # the regions, the places and the villages near the border all carry the new ones.
    admin1 = data.frame("admin1")
    pl = admin1.loc[admin1["country_code"] == "PL"].set_index("code")
    assert set(pl.index) == {f"PL-{n:02d}" for n in range(2, 33, 2)}
    assert pl.loc["PL-06", "geometry"].contains(shapely.Point(22.57, 51.25))  # Lublin
    assert pl.loc["PL-18", "geometry"].contains(shapely.Point(22.00, 50.04))  # Rzeszów
    for name in ("places", "settlements"):
        codes = data.table(name).column("admin1_code").to_pandas().dropna()
        polish = codes[codes.str.startswith("PL-")]
        assert len(polish) > 1000
        assert polish.str.fullmatch(r"PL-\d\d").all(), name


def test_black_sea_polygon_contains_open_water_and_its_label():
    seas = data.frame("seas").set_index("name")
    black = seas.loc["Black Sea"]
    assert black.geometry.contains(shapely.Point(34.0, 43.2))
    assert black.geometry.contains(shapely.Point(black.label_lon, black.label_lat))


def test_neighbouring_regions_share_borders_after_simplification():
    admin1 = data.frame("admin1").set_index("code")
    kherson, mykolaiv = admin1.loc["UA-65", "geometry"], admin1.loc["UA-48", "geometry"]
    shared = kherson.intersection(mykolaiv)
    # A shared edge, not a gap or an overlap: the intersection is a line of real length.
    assert shared.length > 1.0
    assert kherson.intersection(mykolaiv).area < 1e-6


def test_places_carry_population_and_iso_admin1():
    places = data.table("places").to_pandas()
    assert len(places) > 200_000
    assert places["admin1_code"].notna().mean() > 0.95
    kyiv = places[places["geonameid"] == 703448].iloc[0]
    assert (kyiv["name"], kyiv["admin1_code"], bool(kyiv["capital"])) == ("Kyiv", "UA-30", True)


def test_data_dir_override_without_data_fails_clearly(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_DATA", str(tmp_path))
    data.data_dir.cache_clear()
    try:
        with pytest.raises(DataError, match=f"not found in {tmp_path}; check GEOMAP_DATA"):
            data.data_dir()
    finally:
        data.data_dir.cache_clear()


def test_geocode_reports_missing_data_in_one_line(tmp_path):
    import os
    import subprocess
    import sys

    env = {**os.environ, "GEOMAP_DATA": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "geomap", "geocode", "Kyiv"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and "geomap data not found" in proc.stderr


def test_shipped_folder_is_small():
    total = sum(p.stat().st_size for p in data.data_dir().glob("*.parquet"))
    assert total < 40 * 1024 * 1024


def test_region_centres_are_the_middle_of_the_region_not_the_label_spot():
    import geopandas as gpd
    import shapely

    from geomap.data import path

    admin1 = gpd.read_parquet(path("admin1"))
    hawaii = admin1[admin1["code"] == "US-HI"].iloc[0]
    # The label point sits on Oahu; the middle of the islands lies near Maui.
    assert hawaii.lat < hawaii.label_lat and hawaii.lon > hawaii.label_lon
    chukotka = admin1[admin1["code"] == "RU-CHU"].iloc[0]
    assert chukotka.lon > 160  # across the antimeridian, not dragged to 0 degrees
    for row in admin1.itertuples():
        if row.lon == row.lon:  # every centre is on or within 1 degree of its region
            assert row.geometry.distance(shapely.Point(row.lon, row.lat)) <= 1.0 or abs(
                row.lon) > 170


def test_counties_sit_at_their_own_centre():
    import pandas as pd

    from geomap.data import path

    counties = pd.read_parquet(path("counties"))
    assert (counties["located_by"] == "county centre").mean() > 0.99
    tarrant = counties[counties["fips"] == "48439"].iloc[0]  # Tarrant County, Fort Worth
    assert abs(tarrant.lat - 32.77) < 0.2 and abs(tarrant.lon + 97.29) < 0.2
    # Two counties of one state are not stacked on one point any more.
    texas = counties[counties["admin1_code"] == "US-TX"]
    assert texas[["lat", "lon"]].drop_duplicates().shape[0] == len(texas)
