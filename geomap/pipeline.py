"""The whole pipeline: documents -> place mentions -> events -> incidents.

>>> from geomap.models import Document
>>> doc = Document("d1", "Drones struck the Kherson region on Saturday.", date="2023-12-24")
>>> gdf = extract([doc])
>>> gdf[["event_type", "place", "admin1_code", "date"]].values.tolist()
[['drone_attack', 'Kherson', 'UA-65', '2023-12-23']]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from .errors import InputError
from .events import Taxonomy, detect_events, load_taxonomy
from .geoparse import Geoparser
from .io import ReadReport, iter_documents
from .join import incidents_frame
from .models import Document
from .sentences import split_sentences


def extract(inputs, *, types=None, taxonomy: Taxonomy | str | Path | None = None,
            warn: Callable[[str], None] | None = None, report: ReadReport | None = None,
            parser: Geoparser | None = None, date: str | None = None,
            since: str | None = None, until: str | None = None,
            intercepted: bool | None = None):
    """Incidents found in documents, as a GeoDataFrame (schema in :mod:`geomap.join`).

    Parameters
    ----------
    inputs
        :class:`~geomap.models.Document` objects, or paths to text files, folders, JSONL
        or CSV corpora (``-`` for standard input); one item or an iterable of them.
    types
        Event type ids to keep (a list or a comma-separated string); all when None.
        Events are always detected with the whole taxonomy and filtered at the end (see
        :func:`select_incidents`), so the choice never changes what is found.
    taxonomy
        A :class:`~geomap.events.Taxonomy` or the path of a taxonomy TOML file.
    warn
        Called with a one-line message for every bad record skipped.
    report
        Filled with the number of documents read and records skipped.
    date
        Publication date (``YYYY-MM-DD``) for documents that carry none, such as plain
        text files; relative words ("on Saturday") are resolved against it.
    since, until, intercepted
        Keep only incidents from ``since`` to ``until`` (``YYYY-MM-DD``, inclusive) and,
        when ``intercepted`` is True or False, only those whose weapons were (or were not)
        shot down; see :func:`select_incidents`.
    """
    if not isinstance(taxonomy, Taxonomy):
        taxonomy = load_taxonomy(taxonomy)
    taxonomy.select(types)  # fail on an unknown type before any work
    since, until = check_period(since, until)
    parser = parser or Geoparser()
    report = report if report is not None else ReadReport()
    docs = _documents(inputs, report, warn)
    if date is not None:
        date = _check_date(date)
        docs = (doc if doc.date else replace(doc, date=date) for doc in docs)
    pairs = ((doc, document_events(doc, taxonomy, parser)) for doc in docs)
    gdf = incidents_frame(pairs, taxonomy)
    gdf = select_incidents(gdf, types=types, since=since, until=until, intercepted=intercepted,
                           taxonomy=taxonomy)
    gdf.attrs.update(documents=report.documents, skipped=report.skipped)
    return gdf


def select_incidents(incidents, *, types=None, since=None, until=None, intercepted=None,
                     taxonomy: Taxonomy | None = None):
    """The incidents a user asked for: the one filter behind ``extract``, ``map``, ``report``
    and :func:`extract`. Filters select rows; they never change how incidents are found.

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

    Examples
    --------
    >>> from geomap.models import Document
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
    out = incidents[keep]
    out.attrs = dict(incidents.attrs)
    return out


def check_period(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    """``since`` and ``until`` as ISO days; an error for a bad day or an empty period."""
    since = _check_date(since, "since") if since is not None else None
    until = _check_date(until, "until") if until is not None else None
    if since and until and since > until:
        raise InputError(f"--since {since} is after --until {until}")
    return since, until


def document_events(doc: Document, taxonomy: Taxonomy, parser: Geoparser):
    """The events of one document, with their places."""
    mentions = parser.parse(doc.text)
    if not mentions:
        return []
    return detect_events(doc.text, split_sentences(doc.text), mentions, taxonomy, doc.date)


def _check_date(value: str, name: str = "date") -> str:
    try:
        if isinstance(value, str) and len(value) == 10:
            return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        pass
    raise InputError(f"{name} {value!r} is not YYYY-MM-DD")


def _documents(inputs, report: ReadReport, warn) -> Iterable[Document]:
    if isinstance(inputs, (str, Path, Document)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Document):
            report.documents += 1
            yield item
        else:
            yield from iter_documents([item], report, warn)
