"""Villages of Russia's regions bordering Ukraine (imported by build.py).

Source (pinned in build.py): GeoNames' postal-code extract for Russia (``RU.zip``, the
2016 release kept in a public repository). Each row is a post office: its code, the
Russian name of the place it serves, the region and raion, a point and how the point was
found: ``accuracy`` 4 is the point of the GeoNames gazetteer record the name was matched
to, 1 an average of neighbouring codes. Villages without a post office are not in it.

Kept: rows of :data:`REGIONS` with accuracy 4, a raion and a name of letters only (no
numbered city offices), whose point lies in the stated region's polygon and within
:data:`RAION_KM` of the median point of the raion's rows. GeoNames sometimes matched a
namesake elsewhere in Russia (Kozinka of Grayvoron raion got a point in Valuyki raion,
150 km off); these two checks drop such points. Rows of one name closer than
SAME_PLACE_KM are one place; places already among the cities500 places (the same name
within SAME_PLACE_KM) are dropped. Names are the BGN/PCGN romanisation of the Russian one.
The villages the file names but whose every point is dropped are listed, with why, in
settlements_missing_ru.csv.
"""

from __future__ import annotations

import io
import re
import zipfile

import numpy as np
import pandas as pd

from build_neighbours import _drop_known, _km, _merge_duplicates
from geomap.romanize import bgn_ru

# The postal file's region names -> ISO 3166-2.
REGIONS = {
    "Брянская Область": "RU-BRY", "Курская Область": "RU-KRS", "Белгородская Область": "RU-BEL",
    "Воронежская Область": "RU-VOR", "Ростовская Область": "RU-ROS",
    "Краснодарский Край": "RU-KDA",
}
RAION_KM = 40.0  # a raion is 30-60 km across: a point farther from its middle is a namesake
MIN_ACCURACY = 4
COLUMNS = ["country_code", "postal_code", "place", "admin1_name", "admin1_code",
           "admin2_name", "admin2_code", "admin3_name", "admin3_code", "lat", "lon",
           "accuracy"]
_NAME = re.compile(r"[А-ЯЁ][а-яё]*(?:[ -][А-ЯЁа-яё][а-яё]*)*")


def read_postal(content: bytes) -> pd.DataFrame:
    """The rows of GeoNames' postal-code zip ``content`` (member ``RU.txt``)."""
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        text = zf.read("RU.txt").decode("utf-8")
    frame = pd.read_csv(io.StringIO(text), sep="\t", names=COLUMNS, dtype=str,
                        keep_default_na=False, quoting=3)
    frame["lat"] = frame["lat"].astype("float64")
    frame["lon"] = frame["lon"].astype("float64")
    frame["accuracy"] = pd.to_numeric(frame["accuracy"], errors="coerce").fillna(0)
    return frame


def build_russia(content: bytes, places: pd.DataFrame, place_admin1
                 ) -> tuple[pd.DataFrame, list[list[str]], dict, pd.DataFrame, pd.DataFrame]:
    """Settlement rows, their names, counts, the villages left out and the villages kept
    (admin1_code, Russian name and raion, lat, lon) for Russia's border regions.

    ``content`` is the postal-code zip; ``place_admin1(frame)`` gives the ISO 3166-2 code
    of points (lat, lon, country_code, admin1) from the admin-1 polygons. The villages left
    out (see :func:`_left_out`) are those the file names whose point cannot be trusted.
    """
    frame = read_postal(content)
    frame = frame.assign(admin1_code=frame["admin1_name"].str.strip().map(REGIONS),
                         admin2_name=frame["admin2_name"].str.strip())
    villages = frame[frame["admin1_code"].notna() & (frame["admin2_name"] != "")
                     & frame["place"].str.fullmatch(_NAME)].reset_index(drop=True)
    frame = villages[villages["accuracy"] >= MIN_ACCURACY].reset_index(drop=True)
    counts = {"read": len(frame)}
    inside = place_admin1(frame.assign(country_code="RU", admin1="-"))
    outside = frame[inside.values != frame["admin1_code"].values]
    frame = frame[inside.values == frame["admin1_code"].values]
    counts["outside_region"] = counts["read"] - len(frame)
    near = _near_raion(frame)
    far = frame.drop(near.index)
    frame = near
    counts["far_from_raion"] = counts["read"] - counts["outside_region"] - len(frame)
    missing = _left_out(villages, frame, outside, far)
    counts["left_out"] = len(missing)
    frame = pd.DataFrame({
        "postal_code": frame["postal_code"].astype("int64"),
        "lat": frame["lat"].round(5), "lon": frame["lon"].round(5),
        "country_code": "RU", "admin1_code": frame["admin1_code"],
        "admin2_name": frame["admin2_name"].map(_raion_name),
        "names": [[bgn_ru(n)] for n in frame["place"]],
        # Fields read by the shared duplicate rules of build_neighbours.
        "current": True, "geonameid": None, "population": 0,
        "wof_id": frame["postal_code"].astype("int64"),
        "ru_name": frame["place"], "ru_raion": frame["admin2_name"],
    })
    # Every kept village, cities500 places included, for the check against OKTMO's list.
    kept = _merge_duplicates(frame)[["admin1_code", "ru_name", "ru_raion", "lat", "lon"]]
    kept = kept.rename(columns={"ru_name": "name", "ru_raion": "raion"})
    frame = _drop_known(frame, places)
    frame = _merge_duplicates(frame)
    frame = frame.sort_values("postal_code").reset_index(drop=True)
    table = pd.DataFrame({
        "id": "gnpostal:RU" + frame["postal_code"].astype(str), "name": frame["names"].str[0],
        "lat": frame["lat"], "lon": frame["lon"], "country_code": "RU",
        "admin1_code": frame["admin1_code"], "admin2_code": None,
        "admin2_name": frame["admin2_name"], "category": "locality",
        "population": np.zeros(len(frame), dtype="int64"),
        "geonameid": pd.array([pd.NA] * len(frame), dtype="Int64"),
        "wof_id": np.zeros(len(frame), dtype="int64"),  # 0: not a Who's On First record
    })
    counts["by_region"] = table.groupby("admin1_code").size().to_dict()
    return table, list(frame["names"]), counts, missing, kept


def _left_out(villages: pd.DataFrame, kept: pd.DataFrame, outside: pd.DataFrame,
              far: pd.DataFrame) -> pd.DataFrame:
    """The villages of the file (name, region, raion) with no row kept, each with why: its
    point is only an average of neighbouring codes, lies outside its region, or lies far
    from its raion's other villages."""
    def key(frame):
        return list(zip(frame["place"], frame["admin1_code"], frame["admin2_name"]))

    have = set(key(kept))
    reason = dict.fromkeys(key(villages), "no point of its own (accuracy below 4)")
    reason.update(dict.fromkeys(key(far), f"point over {RAION_KM:.0f} km from its raion"))
    reason.update(dict.fromkeys(key(outside), "point outside its region"))
    rows = sorted((region, raion, name, why) for (name, region, raion), why in reason.items()
                  if (name, region, raion) not in have)
    out = pd.DataFrame(rows, columns=["admin1_code", "raion", "name", "reason"])
    out.insert(3, "romanised", [bgn_ru(n) for n in out["name"]])
    out.insert(2, "raion_name", [_raion_name(r) for r in out["raion"]])
    return out


def _near_raion(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows within RAION_KM of the median point of their raion's rows."""
    middle = frame.groupby(["admin1_code", "admin2_name"])[["lat", "lon"]].transform("median")
    return frame[_km(frame["lat"], frame["lon"], middle["lat"], middle["lon"]) <= RAION_KM]


def _raion_name(name: str) -> str:
    """'ГЛУШКОВСКИЙ РАЙОН' -> 'Glushkovskiy Rayon'."""
    return bgn_ru(name.title())

