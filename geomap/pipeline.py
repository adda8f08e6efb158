"""The whole pipeline: documents -> place mentions -> events -> incidents.

>>> from geomap.models import Document
>>> doc = Document("d1", "Drones struck the Kherson region on Saturday.", date="2023-12-24")
>>> gdf = extract([doc])
>>> gdf[["event_type", "place", "admin1_code", "date"]].values.tolist()
[['drone_attack', 'Kherson', 'UA-65', '2023-12-23']]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .geoparser import Geoparser
from .inputs import ReadReport, warn
from .join import IncidentMerger
from .models import Document, Incident
from .parallel import (Area, PartResult, add_document, document_events, long_lived,
                       run_partitions)
from .partitions import plan
from .selection import check_date, check_period, select_incidents
from .taxonomy import Taxonomy, load_taxonomy

DOC_TIMEOUT = 10.0  # seconds a document may take before it is skipped

# document_events is defined where the workers run it; the pipeline offers it too.
__all__ = ["document_events", "extract", "select_incidents"]

def extract(inputs, *, types=None, taxonomy: Taxonomy | str | Path | None = None,
            report: ReadReport | None = None,
            parser: Geoparser | None = None, date: str | None = None, workers: int = 1,
            scheduler: str | None = None,
            progress: Callable[[int, int | None], None] | None = None,
            skip: tuple[set[str], set[str]] | None = None,
            doc_timeout: float | None = DOC_TIMEOUT, since: str | None = None,
            until: str | None = None, intercepted: bool | None = None,
            country_only: bool = False):
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
        A :class:`~geomap.taxonomy.Taxonomy` or the path of a taxonomy TOML file.
    report
        Filled with the number of documents read and records skipped. Every bad record
        skipped (and every document id seen twice: both articles are kept) is also logged
        as a one-line warning on the ``geomap`` logger (``FILE:LINE: problem``).
    date
        Publication date (``YYYY-MM-DD``) for documents that carry none, such as plain
        text files; relative words ("on Saturday") are resolved against it.
    workers
        Worker processes for corpora given as paths (see :mod:`geomap.parallel`); 1 runs
        in this process. The incidents are the same, in the same order, for any number.
    scheduler
        Address of a Dask scheduler (``tcp://HOST:PORT``) to run on instead.
    progress
        Called with (documents done, documents expected or None) as the work goes on.
    skip
        (ids, urls) of documents to leave out, such as those an incident store holds;
        they are counted in ``report.known``.
    doc_timeout
        Seconds one document may take (None or 0: no limit). A document that takes longer
        is skipped with a warning naming it; ``gdf.attrs["timed_out"]`` counts them.
    since, until, intercepted
        Keep only incidents from ``since`` to ``until`` (``YYYY-MM-DD``, inclusive) and,
        when ``intercepted`` is True or False, only those whose weapons were (or were not)
        shot down; see :func:`select_incidents`.
    country_only
        Also keep incidents placed in a whole country and nowhere finer (left out by
        default; flagged in the ``country_only`` column when kept).
    """
    if not isinstance(taxonomy, Taxonomy):
        taxonomy = load_taxonomy(taxonomy)
    taxonomy.select(types)  # fail on an unknown type before any work: detection uses all
    since, until = check_period(since, until)
    report = report if report is not None else ReadReport()
    if date is not None:
        date = check_date(date)
    merger, seen, timed_out, area = IncidentMerger(), _SeenIds(), 0, Area()

    def tick(done_here: int) -> None:  # documents of a partition read in this process
        progress(report.documents + done_here, estimate)

    estimate, results = _results(inputs, taxonomy, date, parser, workers, scheduler,
                                 doc_timeout, tick if progress is not None else None)
    with long_lived():
        for result in results:
            timed_out += result.timed_out
            area.extend(result.area.bounds)
            report.documents += result.documents
            report.skipped += result.skipped
            report.problems += result.problems
            for message in result.problems:  # found here or on a worker: logged here, once
                warn(message)
            seen.check(result.ids)
            merger.add(_unknown(result, skip, report))
            if progress is not None:
                progress(report.documents, estimate)
        gdf = merger.frame()
    gdf.attrs.update(documents=report.documents, skipped=report.skipped,
                     timed_out=timed_out)
    if area.bounds:  # what the documents were about: where a map with no incidents looks
        gdf.attrs["area"] = area.bounds
    return select_incidents(gdf, types=types, since=since, until=until,
                            intercepted=intercepted, taxonomy=taxonomy,
                            country_only=country_only)


_WARM_FROM = 200  # documents


def _results(inputs, taxonomy, date, parser, workers, scheduler, doc_timeout, tick):
    """(documents expected, partition results) for paths, planned now so that a bad input
    fails before any work; one result per document for Document objects."""
    if isinstance(inputs, (str, Path, Document)):
        inputs = [inputs]
    if not isinstance(inputs, (list, tuple)):  # a stream (of documents): read as it comes
        return None, _document_results(inputs, taxonomy, date, parser, doc_timeout)
    documents = any(isinstance(item, Document) for item in inputs)
    planned = None if documents else plan([str(i) for i in inputs])
    estimate = len(inputs) if documents else planned.estimate
    if estimate >= _WARM_FROM and (documents or parser is not None or workers <= 1):
        parser = parser or Geoparser()
        parser.warm()  # a corpus: build the lookup indexes first
    if documents:
        return estimate, _document_results(inputs, taxonomy, date, parser, doc_timeout)
    return planned.estimate, run_partitions(planned.partitions, taxonomy, date,
                                            workers=workers, scheduler=scheduler, parser=parser,
                                            doc_timeout=doc_timeout, tick=tick)


def _document_results(inputs, taxonomy, date, parser, doc_timeout):
    """Documents given as objects (mixed with paths, read here), one result each."""
    parser = parser or Geoparser()
    area = Area()  # (one for all: it samples the documents without a trigger once)
    for item in inputs:
        if not isinstance(item, Document):
            yield from run_partitions(plan([str(item)]).partitions, taxonomy, date,
                                      parser=parser, doc_timeout=doc_timeout)
            continue
        doc = item if date is None or item.date else replace(item, date=date)
        result = PartResult(0, area=area)
        add_document(result, doc, taxonomy, parser, doc_timeout)
        result.documents = 1
        yield result


def _unknown(result, skip, report) -> list[Incident]:
    """The result's incidents, without those of documents in ``skip``."""
    if report.seen is not None:
        report.seen += [(doc_id, url) for doc_id, _source, _line, url in result.ids]
    if not skip:
        return result.incidents
    ids, urls = skip
    known = {doc_id for doc_id, _source, _line, url in result.ids
             if doc_id in ids or url is not None and url in urls}
    report.known += len(known)
    return ([i for i in result.incidents if i.evidence[0].doc_id not in known] if known
            else result.incidents)


class _SeenIds:
    """Warns about a document id seen twice (both articles are kept and merged)."""

    def __init__(self):
        self.first = {}

    def check(self, ids) -> None:
        for doc_id, source, line, _url in ids:
            if doc_id not in self.first:
                self.first[doc_id] = (source, line)  # kept small: one entry per document
            else:
                where, first = _location(source, line), _location(*self.first[doc_id])
                warn(f"{f'{where}: ' if where else ''}document id {doc_id!r} seen before"
                     f"{f' at {first}' if first else ''}; both articles kept")


def _location(source: str | None, line: int | None) -> str | None:
    return f"{source}:{line}" if source and line else source
