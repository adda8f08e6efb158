"""The whole pipeline: documents -> place mentions -> events -> incidents.

>>> from geomap.models import Document
>>> doc = Document("d1", "Drones struck the Kherson region on Saturday.", date="2023-12-24")
>>> gdf = extract([doc])
>>> gdf[["event_type", "place", "admin1_code", "date"]].values.tolist()
[['drone_attack', 'Kherson', 'UA-65', '2023-12-23']]
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from .deadline import Deadline
from .errors import DocumentTimeoutError, InputError
from .events import Taxonomy, detect_events, load_taxonomy
from .geoparse import Geoparser
from .io import ReadReport, iter_documents
from .join import incidents_frame
from .models import Document
from .sentences import split_sentences


DOC_TIMEOUT = 10.0  # seconds a document may take before it is skipped


def extract(inputs, *, types=None, taxonomy: Taxonomy | str | Path | None = None,
            warn: Callable[[str], None] | None = None, report: ReadReport | None = None,
            parser: Geoparser | None = None, date: str | None = None,
            doc_timeout: float | None = DOC_TIMEOUT):
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
    doc_timeout
        Seconds one document may take (None or 0: no limit). A document that takes longer
        is skipped with a warning naming it; ``gdf.attrs["timed_out"]`` counts them.
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
    timed_out: list[str] = []
    pairs = _within_budget(docs, taxonomy, parser, doc_timeout, timed_out, warn)
    gdf = incidents_frame(pairs, taxonomy)
    gdf.attrs.update(documents=report.documents, skipped=report.skipped,
                     timed_out=len(timed_out))
    return gdf


def document_events(doc: Document, taxonomy: Taxonomy, parser: Geoparser,
                    deadline: Deadline | None = None):
    """The events of one document, with their places.

    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed.
    """
    mentions = parser.parse(doc.text, deadline)
    if not mentions:
        return []
    return detect_events(doc.text, split_sentences(doc.text), mentions, taxonomy, doc.date,
                         deadline)


def _within_budget(docs, taxonomy, parser, seconds, timed_out: list[str], warn):
    """(document, events) pairs; a document over its time budget is warned about, counted
    in ``timed_out`` and left out."""
    limited = seconds is not None and seconds > 0
    for doc in docs:
        try:
            events = document_events(doc, taxonomy, parser,
                                     Deadline(seconds) if limited else None)
        except DocumentTimeoutError as err:
            timed_out.append(doc.id)
            message = f"{_where(doc)}: skipped, {err} (--doc-timeout)"
            if warn is not None:
                warn(message)
            else:
                logging.getLogger("geomap").warning(message)
            continue
        yield doc, events


def _where(doc: Document) -> str:
    return f"{doc.source}: document {doc.id!r}" if doc.source else f"document {doc.id!r}"


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
