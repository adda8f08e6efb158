"""Villages and towns of the regions bordering Ukraine (imported by build.py).

Source (pinned in build.py): the Who's On First repositories of Poland, Slovakia, Hungary,
Romania, Moldova and Belarus. Their localities carry a point, a place in the WOF hierarchy
(region, and county where the country has one) and names in many languages; most points
come from GeoNames, the others from Quattroshapes, Poland's GUGiK, Romania's ANCPI or WOF
itself (``src:geom``).

Kept: current localities of the regions in :data:`BORDER_REGIONS` that are not already
among the cities500 places (same GeoNames id, or the same name within
:data:`SAME_PLACE_KM`). WOF often holds one place twice (a GeoNames record and a
Quattroshapes one): records of one name closer than SAME_PLACE_KM are one place.
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict

import numpy as np
import pandas as pd
import shapely

from geomap.normalize import is_latin, normalize
from geomap.romanize import bgn_ru, bgn_uk, is_cyrillic, national

SAME_PLACE_KM = 5.0
REGION_AGREEMENT = 0.9  # share of a WOF region's localities in one admin-1 polygon
# ISO 3166-2 codes of the admin-1 regions that border Ukraine (the whole of Moldova).
BORDER_REGIONS = {
    "PL": {"PL-06", "PL-18"},  # Lublin, Subcarpathian
    "SK": {"SK-PV", "SK-KI"},
    "HU": {"HU-SZ"},
    "RO": {"RO-MM", "RO-SM", "RO-SV", "RO-BT", "RO-IS", "RO-VS", "RO-GL", "RO-TL"},
    "MD": None,
    "BY": {"BY-BR", "BY-HO"},
}
# The languages whose Latin-script names are kept, besides English: the country's own
# (Hungarian and Romanian too where those minorities live). Cyrillic names (Russian,
# Ukrainian, Belarusian's Russian form) are kept as their BGN/PCGN and national
# romanisations.
LATIN_LANGUAGES = {
    "PL": ("pol",), "SK": ("slk", "hun"), "HU": ("hun",), "RO": ("ron", "hun"),
    "MD": ("ron", "mol"), "BY": ("bel", "pol"),
}


def _names(p: dict, country: str) -> list[str]:
    """A record's Latin spellings: the national one first, its WOF and GeoNames names,
    the English ones and WOF's names of unknown language (GeoNames' variants), then the
    romanisations of its Russian and Ukrainian names."""
    first = LATIN_LANGUAGES[country][0]
    latin = [*p.get(f"name:{first}_x_preferred", []), p.get("wof:name"), p.get("gn:name"),
             p.get("gn:asciiname")]
    for lang in ("eng", *LATIN_LANGUAGES[country], "und"):
        for kind in ("preferred", "variant"):
            latin += p.get(f"name:{lang}_x_{kind}", [])
    for lang, romanise in (("rus", lambda n: [bgn_ru(n)]),
                           ("ukr", lambda n: [national(n), bgn_uk(n)])):
        for name in p.get(f"name:{lang}_x_preferred", []):
            latin += romanise(name) if is_cyrillic(name) else [name]
    # WOF writes Slovak ľ, ť, ď with a combining comma above (U+0315), not the caron.
    latin = [unicodedata.normalize("NFC", n.strip().replace("\u0315", "\u030c"))
             for n in latin if isinstance(n, str)]
    return [n for n in dict.fromkeys(latin) if _usable(n)]


def _usable(name: str) -> bool:
    return (len(name) >= 3 and is_latin(name) and name[:1].isupper()
            and not any(ch.isdigit() for ch in name) and "(" not in name)


def read_localities(country: str, blobs) -> tuple[list[dict], dict[int, str]]:
    """(localities, county id -> name) of one WOF repository.

    ``blobs`` yields (path, bytes) of the repository's records.
    """
    rows, counties = [], {}
    for _path, content in blobs:
        p = json.loads(content)["properties"]
        kind = p.get("wof:placetype")
        if kind == "county":
            counties[int(p["wof:id"])] = p.get("wof:name")
        if (kind != "locality" or p.get("mz:is_current") == 0 or p.get("edtf:deprecated")
                or p.get("wof:superseded_by") or p.get("wof:country") not in (country, None)):
            continue
        hierarchy = (p.get("wof:hierarchy") or [{}])[0]
        names = _names(p, country)
        if not names:
            continue
        gn = p.get("wof:concordances", {}).get("gn:id") or p.get("gn:geonameid")
        rows.append({
            "wof_id": int(p["wof:id"]), "geonameid": int(gn) if gn else None,
            "lat": round(float(p["geom:latitude"]), 5),
            "lon": round(float(p["geom:longitude"]), 5),
            "population": int(p.get("gn:population") or p.get("wof:population") or 0),
            "current": p.get("mz:is_current") == 1, "src": p.get("src:geom") or "unknown",
            "region_id": hierarchy.get("region_id"), "county_id": hierarchy.get("county_id"),
            "names": names,
        })
    return rows, counties


def build_neighbours(snapshots: dict, places: pd.DataFrame, place_admin1
                     ) -> tuple[pd.DataFrame, list[list[str]], dict]:
    """Settlement rows, their names and counts per source for the border regions.

    ``snapshots`` maps a country code to an iterator of (path, bytes) of its WOF records;
    ``place_admin1(frame)`` gives the ISO 3166-2 code of points (lat, lon, country_code,
    admin1) from the admin-1 polygons.
    """
    frames = []
    for country, blobs in snapshots.items():
        rows, counties = read_localities(country, blobs)
        frame = pd.DataFrame(rows).assign(country_code=country)
        frame["admin1_code"] = _region_codes(frame, place_admin1)
        frame["admin2_name"] = frame["county_id"].map(counties)
        wanted = BORDER_REGIONS[country]
        if wanted is not None:
            frame = frame[frame["admin1_code"].isin(wanted)]
        frames.append(frame[frame["admin1_code"].notna()])
    frame = pd.concat(frames, ignore_index=True)
    frame = _drop_known(frame, places)
    frame = _merge_duplicates(frame)
    order = frame.sort_values(["country_code", "wof_id"]).index
    frame = frame.loc[order].reset_index(drop=True)
    table = pd.DataFrame({
        "id": "wof:" + frame["wof_id"].astype(str), "name": frame["names"].str[0],
        "lat": frame["lat"], "lon": frame["lon"], "country_code": frame["country_code"],
        "admin1_code": frame["admin1_code"], "admin2_code": None,
        "admin2_name": frame["admin2_name"].where(frame["admin2_name"].notna(), None),
        "category": "locality", "population": frame["population"].astype("int64"),
        "geonameid": frame["geonameid"].astype("Int64"), "wof_id": frame["wof_id"],
    })
    counts = {
        "by_region": table.groupby(["country_code", "admin1_code"]).size().to_dict(),
        "by_source": frame.groupby("src").size().to_dict(),
    }
    return table, list(frame["names"]), counts


def _region_codes(frame: pd.DataFrame, place_admin1) -> pd.Series:
    """ISO 3166-2 code of each locality: the region polygon its point lies in, unless
    nearly all the localities of its WOF region (REGION_AGREEMENT) lie in another one: a
    point just across a simplified region border. WOF's own region short codes are not
    used, as they are not always ISO's (Moldova's differ)."""
    inside = place_admin1(frame.assign(admin1="-"))
    votes = pd.DataFrame({"region": frame["region_id"], "code": inside}).dropna()
    counts = votes.groupby(["region", "code"]).size().reset_index(name="n")
    counts["share"] = counts["n"] / counts.groupby("region")["n"].transform("sum")
    majority = counts[counts["share"] >= REGION_AGREEMENT].set_index("region")["code"]
    return frame["region_id"].map(majority).fillna(inside)


def _km(lat1, lon1, lat2, lon2) -> np.ndarray:
    dlat = np.asarray(lat1) - np.asarray(lat2)
    dlon = (np.asarray(lon1) - np.asarray(lon2)) * np.cos(np.radians(np.asarray(lat1)))
    return np.hypot(dlat, dlon) * 111.2


def _drop_known(frame: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Drop records that are cities500 places: same GeoNames id, or one of their names
    within SAME_PLACE_KM of a place of that name."""
    known_gn = set(places["geonameid"].tolist())
    frame = frame[~frame["geonameid"].isin(known_gn)]
    near = places[places["country_code"].isin(set(frame["country_code"]))]
    by_name = defaultdict(list)
    for lat, lon, name in zip(near["lat"], near["lon"], near["name"]):
        by_name[normalize(name)].append((lat, lon))
    keep = []
    for lat, lon, names in zip(frame["lat"], frame["lon"], frame["names"]):
        points = [pt for n in names for pt in by_name.get(normalize(n), ())]
        keep.append(not points or _km(lat, lon, *np.array(points).T).min() >= SAME_PLACE_KM)
    return frame[keep]


def _merge_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per place: records sharing a name within SAME_PLACE_KM are merged into the
    best one (current in WOF, with a GeoNames id, most populous, lowest id); the names of
    the others are added to it."""
    frame = frame.assign(rank=list(zip(~frame["current"], frame["geonameid"].isna(),
                                       -frame["population"], frame["wof_id"])))
    frame = frame.sort_values("rank").reset_index(drop=True)
    keys = [{normalize(n) for n in names} for names in frame["names"]]
    tree = shapely.STRtree(shapely.points(frame["lon"].to_numpy(), frame["lat"].to_numpy()))
    absorbed: dict[int, int] = {}
    names = [list(n) for n in frame["names"]]
    for i in range(len(frame)):
        if i in absorbed:
            continue
        box = shapely.Point(frame.at[i, "lon"], frame.at[i, "lat"]).buffer(SAME_PLACE_KM / 70)
        for j in sorted(tree.query(box)):
            if j <= i or j in absorbed or not keys[i] & keys[j]:
                continue
            if _km(frame.at[i, "lat"], frame.at[i, "lon"], frame.at[j, "lat"],
                   frame.at[j, "lon"]) < SAME_PLACE_KM:
                absorbed[j] = i
                names[i] += [n for n in names[j] if n not in names[i]]
    frame["names"] = names
    return frame.drop(index=list(absorbed)).drop(columns="rank")
