"""Selecting incidents: the one filter behind ``extract``, ``map``, ``report`` and
:func:`geomap.extract` (event types, a period, interception). Filters select rows of an
incidents table; they never change how incidents are found.
"""

from __future__ import annotations

import datetime as dt

from .errors import InputError
from .taxonomy import Taxonomy, load_taxonomy


def select_incidents(incidents, *, types=None, since=None, until=None, intercepted=None,
                     taxonomy: Taxonomy | None = None, country_only: bool = False):
    """The incidents a user asked for: the one filter behind ``extract``, ``map``, ``report``
    and :func:`geomap.extract`. Filters select rows; they never change how incidents are found.

    Parameters
    ----------
    incidents
        An incidents GeoDataFrame (schema in :mod:`geomap.join`).
    types
        Event type ids (a list or a comma-separated string); all when None. Checked
        against ``taxonomy`` (the shipped one when None).
    since, until
        First and last day to keep (``YYYY-MM-DD``, inclusive); incidents without a date
        are left out when either is given.
    intercepted
        True: only attacks whose weapons were shot down; False: only the others; None: all.
    country_only
        Also keep incidents a document places in a whole country and nowhere finer
        ("Russia attacked Ukraine with 40 drones"); left out by default: a country is no
        incident's place, and most such sentences are summaries, deliveries or threats.

    Examples
    --------
    >>> from geomap import Document, extract
    >>> gdf = extract([Document("d", "Drones struck Sumy. Shelling hit Nikopol.",
    ...                         date="2024-05-02")])
    >>> select_incidents(gdf, types="shelling", since="2024-05-01")["place"].tolist()
    ['Nikopol']
    """
    keep = incidents["event_type"].notna()
    if types is not None:
        taxonomy = taxonomy or load_taxonomy()
        keep &= incidents["event_type"].isin(taxonomy.select(types).ids)
    since, until = check_period(since, until)
    if since or until:
        days = incidents["date"].fillna("")
        keep &= days != ""
        if since:
            keep &= days >= since
        if until:
            keep &= days <= until
    if intercepted is not None:
        keep &= incidents["intercepted"] == bool(intercepted)
    if not country_only and "country_only" in incidents:
        keep &= ~incidents["country_only"].astype(bool)
    out = incidents[keep]
    out.attrs = dict(incidents.attrs)
    return out


def check_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as ISO days; an error for a bad day or an empty period."""
    since = check_date(since, "since") if since is not None else None
    until = check_date(until, "until") if until is not None else None
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}")
    return since, until


def check_date(value: str, name: str = "date") -> str:
    """``value`` as an ISO day, or an error naming ``name`` and the value."""
    try:
        if isinstance(value, str) and len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        pass
    raise InputError(f"{name} {value!r} is not YYYY-MM-DD")
