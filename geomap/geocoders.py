"""geopy-compatible geocoders: the offline gazetteer, and online geopy geocoders behind a cache.

:class:`Gazetteer` is a :class:`geopy.geocoders.base.Geocoder`, so it drops in wherever
geopy is used (``geopy.extra.rate_limiter.RateLimiter``, ``geopandas.tools.geocode``)::

    >>> from geomap.geocoders import Gazetteer
    >>> location = Gazetteer().geocode("Kherson Oblast")
    >>> location.raw["admin1_code"], location.raw["kind"]
    ('UA-65', 'admin1')

geopy answers ``(latitude, longitude)``; geomap's own records say ``lat`` and ``lon``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from .errors import InputError
from .gazetteer import NameIndex, default_index
from .models import Place

MAX_QUERY = 1000


def check_query(query: str) -> str:
    """Validate a free-form query; return it with surrounding white space removed.

    Raises :class:`~geomap.errors.InputError` for an empty query, one over
    ``MAX_QUERY`` characters, or one with control characters.
    """
    if not isinstance(query, str):
        raise InputError(f"query must be a string, got {type(query).__name__}")
    text = query.strip()
    if not text:
        raise InputError("empty query; give a place name such as 'Kyiv'")
    if len(text) > MAX_QUERY:
        raise InputError(f"query is {len(text)} characters long; the limit is {MAX_QUERY}")
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in text):
        raise InputError("query contains control characters")
    return text


def to_location(place: Place) -> Location:
    """Wrap a :class:`~geomap.models.Place` as a geopy ``Location`` (raw = full record)."""
    parts = [place.name, place.admin1_name if place.admin1_name != place.name else None,
             place.country_code]
    address = ", ".join(p for p in parts if p)
    return Location(address, (place.lat, place.lon), place.to_dict())


class Gazetteer(Geocoder):
    """Offline geocoder over geomap's shipped gazetteer.

    Parameters
    ----------
    index
        The name index to search; the shared default index when omitted.

    Examples
    --------
    >>> Gazetteer().geocode("Odessa").raw["name"]
    'Odesa'
    >>> [loc.raw["kind"] for loc in Gazetteer().geocode("Kherson", exactly_one=False, limit=2)]
    ['locality', 'admin1']
    """

    def __init__(self, index: NameIndex | None = None):
        # geopy's base class would build an HTTP adapter; an offline geocoder needs none.
        self.scheme = "https"
        self.timeout = None
        self.proxies = None
        self.headers = {}
        self.ssl_context = None
        self.adapter = None
        self._index = index

    @property
    def index(self) -> NameIndex:
        if self._index is None:
            self._index = default_index()
        return self._index

    def geocode(self, query, *, exactly_one=True, limit=None, timeout=None):
        """Resolve a place name.

        Returns a ``Location`` (``exactly_one``), a list of up to ``limit`` of them, or
        ``None`` when nothing matches, as every geopy geocoder does.
        """
        text = check_query(query)
        found = self.index.search(text, limit=1 if exactly_one else (limit or 10))
        if not found:
            return None
        locations = [to_location(c.place) for c in found]
        return locations[0] if exactly_one else locations

    def reverse(self, query, *, exactly_one=True, timeout=None):
        """Not offered offline: the gazetteer answers names, not coordinates."""
        raise InputError("the offline gazetteer does not reverse-geocode")


class CachedGeocoder:
    """An online geopy geocoder behind a rate limiter and a persistent SQLite cache.

    Answers are stored by query, so a corpus is geocoded once however often it is
    processed, and repeated runs work offline.

    Parameters
    ----------
    geocoder
        Any geopy geocoder, e.g. ``geopy.geocoders.Nominatim(user_agent="my-app")``.
    cache_path
        SQLite file for the cache.
    min_delay_seconds
        Passed to geopy's ``RateLimiter``.
    """

    def __init__(self, geocoder, cache_path: str | Path, *, min_delay_seconds: float = 1.0):
        from geopy.extra.rate_limiter import RateLimiter

        self._call = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                 max_retries=2, swallow_exceptions=False)
        self._db = sqlite3.connect(str(cache_path))
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, json TEXT)")

    def geocode(self, query: str) -> Location | None:
        """Cached ``geocode(query, exactly_one=True)`` of the wrapped geocoder."""
        text = check_query(query)
        row = self._db.execute("SELECT json FROM answers WHERE query = ?", (text,)).fetchone()
        if row is not None:
            record = json.loads(row[0])
            return None if record is None else Location(
                record["address"], (record["lat"], record["lon"]), record["raw"])
        location = self._call(text)
        record = None if location is None else {
            "address": location.address, "lat": location.latitude,
            "lon": location.longitude, "raw": location.raw}
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)",
                             (text, json.dumps(record)))
        return location
