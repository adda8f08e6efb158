"""Which settlements of Russia's border regions the gazetteer lacks (imported by build.py).

Source (pinned in build.py): OKTMO, Russia's official classifier of municipal territories,
volume 3 (Southern Federal District) as text files: ``tom3_oktmo_1.csv`` lists the
municipalities (raions, urban okrugs, their rural and urban settlements-municipalities),
``tom3_oktmo_2.csv`` every inhabited place of each, with its 11-digit code, its kind
(``х`` khutor, ``ст-ца`` stanitsa, ``п`` settlement ...) and its name. No coordinates.
Of the six regions bordering Ukraine only Krasnodar (03) and Rostov (60) are in that
volume; the others are in volume 1, which no reachable source holds.

Each listed place is looked for among the places the gazetteer ships in its region:
the villages kept from GeoNames' postal codes (by name in the same raion, then by
transliteration skeleton in the same raion, then by name alone for raions the list no
longer has) and the cities500 places (by their name, else their alternate names; when the
region has several listed places of that name, the one in the raion of the nearest place
already located). Names are compared romanised (BGN/PCGN, ё as е, as the postal file
writes it). What is left is listed in settlements_missing_ru.csv, one row per place, with
the villages the postal file names but whose point was dropped (see build_russia.py).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np
import pandas as pd

from build_neighbours import SAME_PLACE_KM, _km
from geomap.normalize import normalize, skeleton
from geomap.romanize import bgn_ru

# OKTMO region codes (TER) of the pinned volume -> ISO 3166-2.
OKTMO_REGIONS = {"03": "RU-KDA", "60": "RU-ROS"}
# OKTMO's abbreviations of the kinds of inhabited place, longest first.
KINDS = {
    "ст-ца": "stanitsa", "пгт": "urban-type settlement", "рзд": "railway passing loop",
    "аул": "aul", "рп": "work settlement", "сл": "sloboda", "ст": "railway station",
    "г": "town", "п": "settlement", "с": "selo", "х": "khutor", "д": "village",
}
# Columns of settlements_missing_ru.csv.
COLUMNS = ["admin1_code", "raion", "raion_name", "name", "romanised", "oktmo", "kind", "reason"]
NEAREST_POST_KM = 30.0  # a cities500 place takes the raion of a located place this close
NO_SOURCE = "no coordinates in any reachable source"
SAME_NAME = "one of several places of this name, fewer of which are in the gazetteer"
_KIND = re.compile(r"^(" + "|".join(re.escape(k) for k in KINDS) + r") (.+)$")
_ADJECTIVE_END = re.compile(r"(ий|ый|ой)$")
_RAION_WORDS = re.compile(r"\b(муниципальный|район|городской|округ|город-курорт|город)\b")


def read_oktmo(municipalities: bytes, places: bytes) -> pd.DataFrame:
    """The inhabited places of OKTMO_REGIONS in OKTMO's section-2 text ``places``, with the
    raion or urban okrug each belongs to from the section-1 text ``municipalities``:
    oktmo, admin1_code, raion (its OKTMO name), kind, name (Russian), key, skel."""
    units = {}
    for code, _kc, name, *_rest in _rows(municipalities):
        units[code] = name.removeprefix("- ").strip()
    rows = []
    for code, _kc, text, *_rest in _rows(places):
        if code[:2] not in OKTMO_REGIONS or code.endswith("000"):
            continue  # a heading ("Населенные пункты, входящие в состав ...")
        match = _KIND.match(text.strip())
        kind, name = (KINDS[match[1]], match[2]) if match else ("", text.strip())
        rows.append((code, OKTMO_REGIONS[code[:2]], units[code[:5] + "000"], kind, name))
    frame = pd.DataFrame(rows, columns=["oktmo", "admin1_code", "raion", "kind", "name"])
    frame["key"] = [_key(n) for n in frame["name"]]
    frame["skel"] = [skeleton(bgn_ru(_plain(n))) for n in frame["name"]]
    frame["raion_key"] = [raion_key(r) for r in frame["raion"]]
    return frame


def _rows(content: bytes):
    """(code digits, control number, name, ...) of the ';'-separated OKTMO text."""
    for line in content.decode("utf-8").splitlines():
        fields = line.split(";")
        code = fields[0].replace(" ", "")
        if len(fields) >= 3 and code.isdigit():
            yield (code, *fields[1:])


def _plain(name: str) -> str:
    return name.replace("ё", "е").replace("Ё", "Е")


def _key(name: str) -> str:
    """Lookup key of a Russian name: BGN/PCGN romanisation of it with ё written е."""
    return normalize(bgn_ru(_plain(name)))


def raion_key(name: str) -> str:
    """Key of a raion or urban okrug, the same in OKTMO's and the postal file's wording and
    for either adjective ending: 'Каневской муниципальный район', 'КАНЕВСКИЙ РАЙОН' ->
    'kanevsk'; 'город-курорт Сочи' -> 'sochi'."""
    words = _RAION_WORDS.sub(" ", _plain(name).lower()).split()
    return normalize(bgn_ru(" ".join(_ADJECTIVE_END.sub("", w) for w in words)))


def raion_name(name: str) -> str:
    """'Абинский муниципальный район' -> 'Abinskiy Rayon'; 'город Сочи' -> 'Sochi Urban Okrug'."""
    core = " ".join(_RAION_WORDS.sub(" ", _plain(name)).split())
    suffix = "Rayon" if "район" in name else "Urban Okrug"
    return f"{bgn_ru(core[:1].upper() + core[1:])} {suffix}"


def find_shipped(oktmo: pd.DataFrame, kept: pd.DataFrame, places: pd.DataFrame,
                 place_keys: list[list[set[str]]]) -> pd.Series:
    """How each listed place was found among the shipped ones, by row of ``oktmo``:
    'postal' (a kept postal village of that name in its raion), 'postal variant' (same
    skeleton in its raion), 'postal, raion gone' (same name in the region, for villages of
    a raion the list no longer has), 'cities500', SAME_NAME (one of several listed places
    of a name that fewer shipped places bear) or '' (not found).

    ``kept``: the kept postal villages (admin1_code, name, raion in Russian, lat, lon);
    ``places``: cities500 places (admin1_code, lat, lon) with ``place_keys`` their name keys
    (see :func:`place_keys`).
    """
    found = pd.Series("", index=oktmo.index, dtype=object)
    villages = kept.assign(key=[_key(n) for n in kept["name"]],
                           skel=[skeleton(bgn_ru(_plain(n))) for n in kept["name"]],
                           raion_key=[raion_key(r) for r in kept["raion"]])
    by_name = ["admin1_code", "raion_key", "key"]
    used = _pair(oktmo, villages, by_name, found, "postal")
    rest = villages[_not_in(villages[by_name], used)]
    used = _pair(oktmo, rest, ["admin1_code", "raion_key", "skel"], found, "postal variant")
    # Villages of raions the list no longer has (Anapa's became an urban okrug): by name
    # alone in the region.
    rest = rest[_not_in(rest[["admin1_code", "raion_key", "skel"]], used)]
    listed_raions = set(zip(oktmo["admin1_code"], oktmo["raion_key"]))
    rest = rest[_not_in(rest[["admin1_code", "raion_key"]], listed_raions)]
    _pair(oktmo, rest, ["admin1_code", "key"], found, "postal, raion gone")
    _find_places(oktmo, villages, places, place_keys, found)
    return found


def _not_in(columns: pd.DataFrame, values: set[tuple]) -> np.ndarray:
    """Boolean mask of the rows whose values of ``columns`` are not in ``values``."""
    return np.array([k not in values for k in columns.itertuples(index=False, name=None)],
                    dtype=bool)


def _pair(oktmo, villages, by, found, how) -> set[tuple]:
    """Mark the unfound listed places that share the ``by`` columns with shipped villages:
    all of them when the villages are as many, else SAME_NAME. Returns the values paired."""
    have = Counter(villages[by].itertuples(index=False, name=None))
    groups = defaultdict(list)
    for i, k in zip(oktmo.index, oktmo[by].itertuples(index=False, name=None)):
        if not found[i] and k in have:
            groups[k].append(i)
    for k, rows in groups.items():
        found.loc[rows] = how if len(rows) <= have[k] else SAME_NAME
    return set(groups)


def _find_places(oktmo, villages, places, place_keys, found) -> None:
    """Mark the listed places that are cities500 places (other than the kept postal
    villages): the only unfound one of the place's name in its region; else the only one
    in the raion of the nearest place located so far (a kept postal village, or a
    cities500 place found the first way)."""
    open_rows = defaultdict(list)
    for i, region, key in zip(oktmo.index, oktmo["admin1_code"], oktmo["key"]):
        if not found[i]:
            open_rows[(region, key)].append(i)
    located = [villages[["admin1_code", "raion_key", "lat", "lon"]]]
    later = []
    for place, (first, others) in zip(places.itertuples(), place_keys):
        if _is_village(villages, place, first | others):
            continue  # a kept postal village: paired (or not) by its raion above
        rows = []
        for keys in (first, others):  # its alternate names only when its name is unlisted
            rows = rows or sorted({i for k in keys for i in open_rows.get(
                (place.admin1_code, k), ()) if not found[i]})
        if len(rows) == 1:
            found[rows[0]] = "cities500"
            located.append(pd.DataFrame([{"admin1_code": place.admin1_code, "lat": place.lat,
                                          "lon": place.lon,
                                          "raion_key": oktmo.at[rows[0], "raion_key"]}]))
        elif rows:
            later.append((place, rows))
    located = pd.concat(located, ignore_index=True)
    for place, rows in later:
        near = _nearest_raion(located, place.admin1_code, place.lat, place.lon)
        rows = [i for i in rows if not found[i]]
        inside = [i for i in rows if oktmo.at[i, "raion_key"] == near]
        if len(inside) == 1:
            found[inside[0]] = "cities500"
        elif len(inside) > 1 or (rows and not near):
            found.loc[inside or rows] = SAME_NAME
        # else: none of them lies in the raion the place is in


def _is_village(villages, place, keys) -> bool:
    """True when a kept postal village bearing one of ``keys`` lies within SAME_PLACE_KM
    of the cities500 ``place``."""
    same = villages[(villages["admin1_code"] == place.admin1_code) & villages["key"].isin(keys)]
    return bool(len(same)) and bool(
        (_km(place.lat, place.lon, same["lat"].to_numpy(), same["lon"].to_numpy())
         < SAME_PLACE_KM).any())


def _nearest_raion(located, region, lat, lon) -> str:
    """The raion key of the located place nearest (lat, lon) in ``region`` within
    NEAREST_POST_KM, or ''."""
    same = located[located["admin1_code"] == region]
    if same.empty:
        return ""
    dist = _km(lat, lon, same["lat"].to_numpy(), same["lon"].to_numpy())
    best = int(np.argmin(dist))
    return same["raion_key"].iloc[best] if dist[best] <= NEAREST_POST_KM else ""


def place_keys(name: str, alternates: list[str]) -> list[set[str]]:
    """Name keys of a cities500 place, the key of its GeoNames name first, then those of
    its alternate names (old names among them): Russian names romanised as the listed ones
    are, Latin names as they are."""
    keys = {_key(n) if re.search("[А-Яа-яЁё]", n) else normalize(n) for n in alternates}
    return [{normalize(name)}, keys - {"", normalize(name)}]


def missing_list(oktmo: pd.DataFrame, found: pd.Series, left_out: pd.DataFrame
                 ) -> tuple[pd.DataFrame, dict]:
    """settlements_missing_ru.csv and its counts: the villages the postal file names but
    whose point was dropped (``left_out``, with their OKTMO code where a listed place not
    found is that village, see :func:`_left_out_village`) and the other listed places not
    found, with why (NO_SOURCE, or SAME_NAME)."""
    left = left_out.assign(oktmo="", kind="").reset_index(drop=True)
    lost = oktmo[found.isin(["", SAME_NAME])]
    village = _left_out_village(lost, left)
    rows, counts = [], Counter()
    for i, place in lost.iterrows():
        if i in village:
            left.loc[village[i], ["oktmo", "kind"]] = place["oktmo"], place["kind"]
            counts[(place["admin1_code"], "named by the postal file, point dropped")] += 1
            continue
        why = found[i] or NO_SOURCE
        counts[(place["admin1_code"], why)] += 1
        rows.append({"admin1_code": place["admin1_code"], "raion": place["raion"],
                     "raion_name": raion_name(place["raion"]), "name": place["name"],
                     "romanised": bgn_ru(place["name"]), "oktmo": place["oktmo"],
                     "kind": place["kind"], "reason": why})
    for (region, how), n in Counter(zip(oktmo["admin1_code"], found)).items():
        if how not in ("", SAME_NAME):
            counts[(region, f"in the gazetteer ({how})")] += n
    table = pd.concat([left, pd.DataFrame(rows, columns=left.columns)], ignore_index=True)
    table = table[COLUMNS].sort_values(["admin1_code", "raion_name", "name", "oktmo"],
                                       kind="stable")
    return table.reset_index(drop=True), dict(counts)


def _left_out_village(lost: pd.DataFrame, left: pd.DataFrame) -> dict[int, int]:
    """Row of ``left`` (a village left out of the postal file) that each row of ``lost``
    (a listed place not found) is: same region, raion and name; else, for raions that
    became urban okrugs, the only one of that name in the region on both sides."""
    keys = list(zip(left["admin1_code"], map(raion_key, left["raion"]), map(_key, left["name"])))
    waiting = defaultdict(list)
    for j, k in enumerate(keys):
        waiting[k].append(j)
    village = {}
    for i, k in zip(lost.index, zip(lost["admin1_code"], lost["raion_key"], lost["key"])):
        if waiting[k]:
            village[i] = waiting[k].pop(0)
    rest = defaultdict(list)
    for k, js in waiting.items():
        rest[(k[0], k[2])] += js
    unpaired = lost.drop(index=list(village))
    names = Counter(zip(unpaired["admin1_code"], unpaired["key"]))
    for i, k in zip(unpaired.index, zip(unpaired["admin1_code"], unpaired["key"])):
        if names[k] == 1 and len(rest[k]) == 1:
            village[i] = rest[k][0]
    return village
