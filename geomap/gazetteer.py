"""Name index over the shipped places, admin-1 regions, countries, seas and continents.

:class:`NameIndex` answers "which places may this name mean?" with candidates ranked by a
prior (prominence and how well the name matched). It knows nothing about sentences:
context-aware choice is the geoparser's job, query parsing ("Kherson region",
"Paris, France", "Korczowa-Krakovets crossing") lives here so that the geocoder and the
geoparser read names the same way.

All data is loaded lazily on first use and cached.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from functools import cache, cached_property, lru_cache

from . import data
from .errors import DataError, InputError
from .models import Candidate, Place
from .crossings import CROSSING_SEPARATOR, CrossingsMixin
from .name_layout import BUCKETS_KEY, HashedRows, KeyRuns, Prefixes, bucket_count, skeleton_hash
from .normalize import normalize, skeleton
from .vocabulary import (CITY_REGION_TYPES, QUERY_ADMIN_PREFIX, QUERY_ADMIN_SUFFIX, QUERY_CITY,
                         QUERY_CROSSING)
from .weights import (CAPITAL_BONUS, CITY_REGION_PENALTY, COUNTRY_OVER_CITY, KIND_PRIOR,
                      MATCH_PENALTY, MIN_SKELETON)

#: Index kinds, in the order of the ``kind`` codes in names.parquet.
INDEX_KINDS = ("locality", "admin1", "country", "sea", "continent", "region", "admin2",
               "settlement", "district", "hromada")


def prior(place: Place, match: str = "primary") -> float:
    """Prominence of a place, lowered for weaker name matches."""
    if place.kind == "locality":
        score = math.log10(place.population + 10) + (CAPITAL_BONUS if place.capital else 0.0)
        penalty = MATCH_PENALTY[match]
    elif place.kind == "country":
        # On the localities' scale: Mexico (the country) beats Mexico City, and a small
        # territory (Norfolk Island) does not drown out its namesakes.
        score = max(KIND_PRIOR["country"], math.log10(place.population + 10) + COUNTRY_OVER_CITY)
        penalty = MATCH_PENALTY[match] if match == "skeleton" else 0.0
    else:
        score = KIND_PRIOR[place.kind]
        penalty = MATCH_PENALTY[match] if match == "skeleton" else 0.0
    return score - penalty


#: The columns of names.parquet read at start (the skeletons' hashes are read on the
#: first fuzzy lookup).
_NAME_COLUMNS = ("key", "kind", "row", "primary", "key_bucket")


class NameIndex(CrossingsMixin):
    """Lookup of place names in the shipped gazetteer.

    Examples
    --------
    >>> index = NameIndex()
    >>> index.search("Kherson region")[0].place.admin1_code
    'UA-65'
    """

    # ------------------------------------------------------------ raw tables

    @cached_property
    def _names(self):
        schema = data.schema("names")
        buckets = int((schema.metadata or {}).get(BUCKETS_KEY, 0))
        table = data.table("names", _NAME_COLUMNS) if buckets and {
            *_NAME_COLUMNS, "skeleton_hash"} <= set(schema.names) else None
        if table is None or buckets != bucket_count(table.num_rows):
            raise DataError(f"{data.path('names')}: not laid out for lookups; run python "
                            "boundaries/build.py --relayout")
        return table

    @cached_property
    def _key_runs(self) -> KeyRuns:
        """Where each key's rows are: names.parquet is laid out in buckets of its keys'
        hashes (see :mod:`geomap.name_layout`), so nothing is built but the buckets' starts."""
        t = self._names
        return KeyRuns(self._keys, data.numpy_column(t, "key_bucket"),
                       bucket_count(t.num_rows))

    @cached_property
    def _keys(self) -> data.Strings:
        return data.Strings(self._names.column("key"))

    def _range(self, key: str) -> tuple[int, int] | None:
        """Rows of ``key`` in the names index, or None."""
        return self._key_runs.run(key)

    @cached_property
    def _prefixes(self) -> Prefixes:
        return Prefixes(data.numpy_column(data.table("name_prefixes"), "hash"))

    def warm(self) -> None:
        """Read now what lookups read on first use (corpus runs and services)."""
        self._key_runs  # noqa: B018 - cached_properties computed for their side effect
        self._prefixes  # noqa: B018
        self._skeleton_rows  # noqa: B018
        self._index_columns  # noqa: B018
        self._admin1_names  # noqa: B018
        self.neighbours  # noqa: B018
        self._places  # noqa: B018 - read by nearly every document

    @cached_property
    def _skeleton_rows(self) -> HashedRows:
        """Rows by the hash of their key's skeleton (see :mod:`geomap.name_layout`)."""
        return HashedRows(data.numpy_column(data.table("names", ("skeleton_hash",)),
                                            "skeleton_hash"))

    def _skeleton_lookup(self, skel: str) -> list[int]:
        """Rows whose key's skeleton is ``skel``, in the order of their keys (as an index
        sorted by key would list them)."""
        keys = self._keys
        found = [(bytes(keys[r]), r) for r in self._skeleton_rows.candidates(skeleton_hash(skel))]
        return [r for key, r in sorted(found) if _skeleton_of(key) == skel]

    @cached_property
    def _index_columns(self):
        t = self._names
        return tuple(data.numpy_column(t, c) for c in ("kind", "row", "primary"))

    @cached_property
    def _places(self) -> data.Rows:
        return data.Rows(data.table("places"))

    @cached_property
    def _admin1(self) -> dict[str, list]:
        return _columns("admin1", ("code", "name", "country_code", "lat", "lon"))

    @cached_property
    def _admin1_names(self) -> dict[str, str]:
        a = self._admin1
        return {c: n for c, n in zip(a["code"], a["name"]) if c}

    @cached_property
    def _city_regions(self) -> frozenset[str]:
        """Codes of first-level regions that are a city (Kyiv City, Sevastopol, Vienna)."""
        t = _columns("admin1", ("code", "name", "type"))
        return frozenset(c for c, n, k in zip(t["code"], t["name"], t["type"])
                         if c and ((n or "").endswith(" City") or k in CITY_REGION_TYPES))

    def prefer_regions(self, candidates: tuple[Candidate, ...], *, only: bool = False
                       ) -> tuple[Candidate, ...]:
        """Candidates with city-level regions after same-named other regions: "the Kyiv
        region" and "Kyiv Oblast" mean the oblast around the city (UA-32), not UA-30. With
        ``only`` (a region word after the name), the city-level regions are left out, however
        much the document's other places speak for the city."""
        codes = self._city_regions
        names = {c.place.name.removesuffix(" City") for c in candidates
                 if c.place.kind == "admin1" and c.place.admin1_code not in codes}
        if not names:
            return candidates
        city_level = [c.place.kind == "admin1" and c.place.admin1_code in codes
                      and c.place.name.removesuffix(" City") in names for c in candidates]
        if only:
            return tuple(c for c, city in zip(candidates, city_level) if not city)
        out = [replace(c, prior=c.prior - CITY_REGION_PENALTY) if city else c
               for c, city in zip(candidates, city_level)]
        return tuple(sorted(out, key=lambda c: -c.prior))

    @cached_property
    def _admin1_rows(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self._admin1["code"]) if c}

    @cached_property
    def _countries(self) -> dict[str, list]:
        return _columns("countries", ("code", "name", "population", "label_lat", "label_lon"))

    @cached_property
    def _country_rows(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self._countries["code"])}

    @cached_property
    def _seas(self) -> dict[str, list]:
        return _columns("seas", ("name", "label_lat", "label_lon"))

    @cached_property
    def _continents(self) -> dict[str, list]:
        return _columns("continents", ("code", "name", "geonameid", "lat", "lon", "population"))

    @cached_property
    def _regions(self) -> dict[str, list]:
        return _columns("regions", ("name", "lat", "lon", "country_code"))

    @cached_property
    def neighbours(self) -> dict[str, set[str]]:
        """Country code -> codes of the countries it shares a land border with."""
        t = data.table("borders", ("a", "b"))
        out: dict[str, set[str]] = {}
        for a, b in zip(t.column("a").to_pylist(), t.column("b").to_pylist()):
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
        return out

    @cached_property
    def _counties(self) -> dict[str, list]:
        return _columns("counties", ("name", "fips", "admin1_code", "lat", "lon"))

    @cached_property
    def _settlements(self) -> dict[str, list]:
        return _columns("settlements", ("id", "name", "lat", "lon", "country_code",
                                        "admin1_code", "admin2_code", "admin2_name",
                                        "population", "geonameid"))

    @cached_property
    def _districts(self) -> dict[str, list]:
        return _columns("admin2", ("code", "name", "admin1_code", "country_code", "lat", "lon"))

    @cached_property
    def _hromadas(self) -> dict[str, list]:
        return _columns("hromadas", ("code", "name", "admin1_code", "admin2_code",
                                     "admin2_name", "country_code", "lat", "lon"))

    @cached_property
    def _district_rows(self) -> dict[str, int]:
        return {c: i for i, c in enumerate(self._districts["code"])}

    @cached_property
    def _district_tree(self):
        """(STRtree, polygons) of the admin-2 boundaries, for point-in-polygon lookups."""
        import shapely

        polygons = shapely.from_wkb(data.table("admin2", ("geometry",)).column(0).to_pylist())
        return shapely.STRtree(polygons), polygons

    # ------------------------------------------------------------ places

    def place(self, kind: str, row: int) -> Place:
        """The :class:`Place` at ``row`` of the ``kind`` table (cached)."""
        return _place_cache(self, kind, row)

    def _make_place(self, kind: str, row: int) -> Place:
        if kind == "locality":
            p = self._places
            code = p["admin1_code"][row]
            return Place(
                id=f"geonames:{p['geonameid'][row]}", name=p["name"][row], lat=p["lat"][row],
                lon=p["lon"][row], kind=kind, country_code=p["country_code"][row],
                admin1_code=code, admin1_name=self._admin1_names.get(code),
                population=p["population"][row], source="geonames",
                geonameid=p["geonameid"][row], capital=p["capital"][row],
            )
        if kind == "admin1":
            a = self._admin1
            code = a["code"][row]
            return Place(
                id=f"admin1:{code or row}", name=a["name"][row], lat=a["lat"][row],
                lon=a["lon"][row], kind=kind, country_code=a["country_code"][row],
                admin1_code=code, admin1_name=a["name"][row], source="naturalearth",
            )
        if kind == "country":
            c = self._countries
            return Place(
                id=f"country:{c['code'][row]}", name=c["name"][row], lat=c["label_lat"][row],
                lon=c["label_lon"][row], kind=kind, country_code=c["code"][row],
                population=max(int(c["population"][row]), 0), source="naturalearth",
            )
        if kind == "sea":
            s = self._seas
            return Place(id=f"sea:{s['name'][row]}", name=s["name"][row],
                         lat=s["label_lat"][row], lon=s["label_lon"][row], kind=kind,
                         source="naturalearth")
        if kind == "continent":
            c = self._continents
            return Place(id=f"continent:{c['code'][row]}", name=c["name"][row],
                         lat=c["lat"][row], lon=c["lon"][row], kind=kind,
                         population=c["population"][row], source="geonames",
                         geonameid=c["geonameid"][row])
        if kind == "region":
            r = self._regions
            code = r["country_code"][row]
            return Place(id=f"region:{r['name'][row]}", name=r["name"][row], lat=r["lat"][row],
                         lon=r["lon"][row], kind=kind, country_code=code, source="geomap")
        if kind == "admin2":
            c = self._counties
            code = c["admin1_code"][row]
            return Place(id=f"admin2:US:{c['fips'][row]}", name=c["name"][row],
                         lat=c["lat"][row], lon=c["lon"][row], kind=kind, country_code="US",
                         admin1_code=code, admin1_name=self._admin1_names.get(code),
                         source="geonames")
        if kind == "settlement":
            t = self._settlements
            code = t["admin1_code"][row]
            return Place(id=t["id"][row], name=t["name"][row], lat=t["lat"][row],
                         lon=t["lon"][row], kind="locality", country_code=t["country_code"][row],
                         admin1_code=code, admin1_name=self._admin1_names.get(code),
                         population=t["population"][row], source="whosonfirst",
                         geonameid=t["geonameid"][row], admin2_code=t["admin2_code"][row],
                         admin2_name=t["admin2_name"][row])
        if kind == "district":
            return self._district_place(row)
        if kind == "hromada":
            return self._hromada_place(row)
        raise InputError(f"unknown place kind {kind!r}; choose from {', '.join(INDEX_KINDS)}")

    def _district_place(self, row: int) -> Place:
        d = self._districts
        place = self._admin2_place(d, row, f"admin2:{d['code'][row]}", d["code"][row],
                                   d["name"][row])
        centre = self._district_centre(row, place)
        # A raion is located at its centre, the town it is named after, as reports code
        # "the Beryslav district" (its polygon's middle may lie 40 km from any town).
        return place if centre is None else replace(place, lat=centre.lat, lon=centre.lon)

    def _district_centre(self, row: int, district: Place) -> Place | None:
        """The town a raion is named after ("Beryslav Raion": Beryslav), inside it."""
        import shapely

        base = _RAION_SUFFIX.sub("", district.name)
        if base == district.name:
            return None
        tree, _ = self._district_tree
        # (the towns of the name only: a raion met again while looking is left as it is)
        towns = [p for p in self._names_of_kind(normalize(base), "locality")
                 if p.admin1_code == district.admin1_code]
        for town in towns:
            hits = tree.query(shapely.Point(town.lon, town.lat), predicate="within")
            if len(hits) and int(min(hits)) == row:
                return town
        return None

    def _hromada_place(self, row: int) -> Place:
        """A hromada: an admin-2 place inside its raion (``admin2_code``), drawn with its
        own polygon (``hromada:<KATOTTG code>``, see :func:`geomap.zones.place_polygon`)."""
        h = self._hromadas
        return self._admin2_place(h, row, f"hromada:{h['code'][row]}", h["admin2_code"][row],
                                  h["admin2_name"][row])

    def _admin2_place(self, table, row: int, place_id: str, admin2_code: str,
                      admin2_name: str) -> Place:
        """A raion or hromada from the OpenStreetMap boundaries: an admin-2 place."""
        code = table["admin1_code"][row]
        return Place(id=place_id, name=table["name"][row], lat=table["lat"][row],
                     lon=table["lon"][row], kind="admin2",
                     country_code=table["country_code"][row], admin1_code=code,
                     admin1_name=self._admin1_names.get(code), source="openstreetmap",
                     admin2_code=admin2_code, admin2_name=admin2_name)

    def admin2(self, code: str) -> Place | None:
        """The admin-2 region (a Ukrainian raion) with KATOTTG ``code``, or None."""
        row = self._district_rows.get(code)
        return None if row is None else self.place("district", row)

    def admin2_at(self, lat: float, lon: float) -> Place | None:
        """The admin-2 region (raion) a point lies in, or None outside every one."""
        import shapely

        tree, polygons = self._district_tree
        hits = tree.query(shapely.Point(lon, lat), predicate="within")
        return self.place("district", int(min(hits))) if len(hits) else None

    def within(self, place: Place, region: Place) -> bool:
        """True when ``place`` lies in the admin-1 or admin-2 ``region``."""
        if region.kind == "admin2" and region.admin2_code is not None:
            if place.admin2_code is not None:
                return place.admin2_code == region.admin2_code
            inside = self.admin2_at(place.lat, place.lon)
            return inside is not None and inside.admin2_code == region.admin2_code
        return _within(place, region)

    def admin1(self, code: str) -> Place | None:
        """The admin-1 region with ISO 3166-2 ``code``, or None."""
        row = self._admin1_rows.get(code)
        return None if row is None else self.place("admin1", row)

    def country(self, code: str) -> Place | None:
        """The country with ISO 3166-1 alpha-2 ``code``, or None."""
        row = self._country_rows.get(code)
        return None if row is None else self.place("country", row)

    # ------------------------------------------------------------ lookups

    def has_key(self, key: str) -> bool:
        """True when the normalised ``key`` names at least one place."""
        return self._key_runs.has(key)

    def may_go_on(self, prefix: str) -> bool:
        """Whether some normalised key may begin with ``prefix`` (whole words, each followed
        by its space) and go on: a run of words that begins no name needs no longer look-up.
        A few runs that begin none are let through (see :mod:`geomap.name_layout`)."""
        return self._prefixes.may_go_on(prefix)

    def candidates_for_key(self, key: str) -> tuple[Candidate, ...]:
        """Candidates of an already normalised key, best prior first (cached)."""
        return _key_candidates(self, key)

    def candidates(self, name: str, *, fuzzy: bool = True) -> tuple[Candidate, ...]:
        """Every place ``name`` may mean, best prior first.

        Exact (case-, accent- and punctuation-insensitive) matches come first; with
        ``fuzzy`` and no exact match, transliteration variants are tried.
        """
        found = self.candidates_for_key(normalize(name))
        if found or not fuzzy:
            return found
        return self._skeleton_candidates(skeleton(name))

    def _rows_to_candidates(self, rows, match_override: str | None = None):
        kinds, places, primary = self._index_columns
        best: dict[str, Candidate] = {}
        for i in rows:
            kind = INDEX_KINDS[kinds[i]]
            place = self.place(kind, int(places[i]))
            match = match_override or ("primary" if primary[i] else "alternate")
            cand = Candidate(place, match, prior(place, match))
            if place.id not in best or cand.prior > best[place.id].prior:
                best[place.id] = cand
        return tuple(sorted(best.values(), key=lambda c: -c.prior))

    def _names_of_kind(self, key: str, kind: str) -> list[Place]:
        """The places of one kind that ``key`` names (no place of another kind is built)."""
        found = self._range(key)
        if not found:
            return []
        kinds, places, _ = self._index_columns
        return [self.place(kind, int(places[i])) for i in range(*found)
                if INDEX_KINDS[kinds[i]] == kind]

    def _skeleton_candidates(self, skel: str) -> tuple[Candidate, ...]:
        if len(skel) < MIN_SKELETON:
            return ()
        return self._rows_to_candidates(self._skeleton_lookup(skel), "skeleton")

    # ------------------------------------------------------------ queries

    def search(self, query: str, *, limit: int = 1) -> list[Candidate]:
        """Rank the places a free-form query may mean.

        Understands kind hints ("Kherson Oblast", "the region of Kherson", "Kherson city",
        "Korczowa-Krakovets crossing"), a trailing qualifier ("Odessa, Texas",
        "Kherson, Ukraine") and paired crossing names ("Dorohusk-Yahodyn").
        """
        text = " ".join(query.split())
        qualifier = None
        if "," in text:
            head, _, tail = text.rpartition(",")
            qualifier = self._qualifier(tail)
            if qualifier is not None:
                text = head.strip()
        want, name = _kind_hint(text)
        if want == "crossing" or (want is None and self._looks_like_pair(name)):
            crossing, _known = self.crossing_from_text(name)
            if crossing is not None:
                return [Candidate(crossing, "primary", prior(crossing))]
        found = list(self.candidates(name))
        if name != text and self.has_key(normalize(text)):
            # "Laurel County", "Kyiv City": the full phrase is itself a name.
            seen = {c.place.id for c in found}
            found += [c for c in self.candidates(text) if c.place.id not in seen]
            if want == "admin1" and any(c.place.kind == "admin2" for c in found):
                want = "admin2"
        found = found or list(self.candidates(text))
        if qualifier is not None:
            inside = [c for c in found if self.within(c.place, qualifier)]
            if not inside and qualifier.kind in ("admin1", "admin2") and want is None:
                # "Zhuravka, Sumy region" with no Zhuravka known there: the region itself,
                # under the name asked for, rather than a namesake elsewhere.
                return [Candidate(region_named(qualifier, name), "primary", prior(qualifier))]
            found = inside or found
        if want == "admin1":
            found = list(self.prefer_regions(tuple(found)))
        if want in ("admin1", "admin2", "locality"):
            found.sort(key=lambda c: (c.place.kind != want, -c.prior))
        return found[:limit]

    def _qualifier(self, text: str) -> Place | None:
        """The country, admin-1 or admin-2 region named after a comma ("Kharkiv region")."""
        text = text.strip()
        want, name = _kind_hint(text)
        for key in dict.fromkeys((normalize(text), normalize(name))):
            for cand in self.candidates_for_key(key)[:4]:
                kind = cand.place.kind
                if kind == "admin2" and key == normalize(text) or kind in ("country", "admin1") \
                        and want in (None, "admin1"):
                    return cand.place
        return None

    def crossing_from_text(self, text: str, *, both_known: bool = False
                           ) -> tuple[Place | None, int]:
        """See :meth:`CrossingsMixin.crossing_from_text`; cached, as a corpus names the
        same crossings again and again."""
        return _crossing_cache(self, text, both_known)

    def _looks_like_pair(self, name: str) -> bool:
        return bool(CROSSING_SEPARATOR.search(name)) and not self.has_key(normalize(name))


_RAION_SUFFIX = re.compile(r"\s+(Raion|Rayon|District)$")


def region_named(region: Place, name: str) -> Place:
    """``region`` under the name of a settlement the text places in it (precision 2)."""
    return replace(region, id=f"{region.id}/{normalize(name)}", name=name)


def is_region_named(place: Place) -> bool:
    """Whether ``place`` is a region under a settlement's name (see :func:`region_named`)."""
    return "/" in place.id


def _columns(name: str, columns: tuple[str, ...]) -> dict[str, list]:
    t = data.table(name, columns)
    return {c: t.column(c).to_pylist() for c in columns}


def _kind_hint(text: str) -> tuple[str | None, str]:
    """Split a kind hint off a query: ("admin1", "Kherson") for "Kherson Oblast"."""
    for pattern, kind in ((QUERY_CROSSING, "crossing"), (QUERY_ADMIN_PREFIX, "admin1"),
                          (QUERY_ADMIN_SUFFIX, "admin1")):
        m = pattern.match(text)
        if m:
            return kind, m.group("name").strip()
    m = QUERY_CITY.match(text)
    if m:
        return "locality", (m.group("a") or m.group("b")).strip()
    return None, text


def _within(place: Place, container: Place) -> bool:
    if container.kind == "country":
        return place.country_code == container.country_code
    return place.admin1_code is not None and place.admin1_code == container.admin1_code


@cache
def _key_candidates(index: NameIndex, key: str) -> tuple[Candidate, ...]:
    found = index._range(key)
    return index._rows_to_candidates(range(*found)) if found else ()


@lru_cache(maxsize=1 << 14)
def _skeleton_of(key: bytes) -> str:
    return skeleton(key.decode("utf-8"))


@lru_cache(maxsize=1 << 14)
def _crossing_cache(index: NameIndex, text: str, both_known: bool):
    return CrossingsMixin.crossing_from_text(index, text, both_known=both_known)


@cache
def _place_cache(index: NameIndex, kind: str, row: int) -> Place:
    return index._make_place(kind, row)


@cache
def default_index() -> NameIndex:
    """The process-wide index over the shipped data."""
    return NameIndex()
