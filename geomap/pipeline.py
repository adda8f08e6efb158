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
            parser: Geoparser | None = None, date: str | None = None):
    """Incidents found in documents, as a GeoDataFrame (schema in :mod:`geomap.join`).

    Parameters
    ----------
    inputs
        :class:`~geomap.models.Document` objects, or paths to text files, folders, JSONL
        or CSV corpora (``-`` for standard input); one item or an iterable of them.
    types
        Event type ids to keep (a list or a comma-separated string); all when None.
    taxonomy
        A :class:`~geomap.events.Taxonomy` or the path of a taxonomy TOML file.
    warn
        Called with a one-line message for every bad record skipped.
    report
        Filled with the number of documents read and records skipped.
    date
        Publication date (``YYYY-MM-DD``) for documents that carry none, such as plain
        text files; relative words ("on Saturday") are resolved against it.
    """
    if not isinstance(taxonomy, Taxonomy):
        taxonomy = load_taxonomy(taxonomy)
    taxonomy = taxonomy.select(types)
    parser = parser or Geoparser()
    report = report if report is not None else ReadReport()
    docs = _documents(inputs, report, warn)
    if date is not None:
        date = _check_date(date)
        docs = (doc if doc.date else replace(doc, date=date) for doc in docs)
    area = _Area()
    pairs = ((doc, document_events(doc, taxonomy, parser, area)) for doc in docs)
    gdf = incidents_frame(pairs, taxonomy)
    gdf.attrs.update(documents=report.documents, skipped=report.skipped)
    if area.bounds:  # what the documents were about: where a map with no incidents looks
        gdf.attrs["area"] = area.bounds
    return gdf


class _Area:
    """The extent of every place the documents name, [west, south, east, north]."""

    def __init__(self):
        self.bounds: list[float] | None = None

    def add(self, mentions) -> None:
        for m in mentions:
            lon, lat = m.place.lon, m.place.lat
            b = self.bounds or [lon, lat, lon, lat]
            self.bounds = [min(b[0], lon), min(b[1], lat), max(b[2], lon), max(b[3], lat)]


def document_events(doc: Document, taxonomy: Taxonomy, parser: Geoparser,
                    area: _Area | None = None):
    """The events of one document, with their places."""
    mentions = parser.parse(doc.text)
    if area is not None:
        area.add(mentions)
    if not mentions:
        return []
    return detect_events(doc.text, split_sentences(doc.text), mentions, taxonomy, doc.date)


def _check_date(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).isoformat()
    except (TypeError, ValueError):
        raise InputError(f"date {value!r} is not YYYY-MM-DD") from None


def _documents(inputs, report: ReadReport, warn) -> Iterable[Document]:
    if isinstance(inputs, (str, Path, Document)):
        inputs = [inputs]
    for item in inputs:
        if isinstance(item, Document):
            report.documents += 1
            yield item
        else:
            yield from iter_documents([item], report, warn)
