"""Extraction over the partitions of a corpus: in this process, on worker processes of this
machine, or on an existing Dask cluster (``dask.distributed``).

Each worker reads its partitions itself (byte ranges of JSONL and CSV files, groups of text
files: see :mod:`geomap.partitions`), has the gazetteer loaded once (local workers are
forked from the process that loaded it; a cluster's workers load it on their first task),
runs every document through :func:`document_events` and sends back its incidents
(:class:`~geomap.models.Incident`, small: geometry is made where they are merged) and its
warnings, which the process that reads the results logs. Results are consumed in
partition order with a bounded number in flight, so the merged incidents are the same, in
the same order, whatever the number of workers, and memory does not grow with the corpus.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import cache

from . import vocabulary as V
from .deadline import Deadline
from .errors import DocumentTimeoutError, InputError
from .events import detect_events, holds_a_trigger
from .geoparser import Geoparser
from .inputs import ReadReport
from .join import doc_incidents, prepare_frame
from .models import Document, Incident
from .partitions import Partition, read_partition
from .recase import may_recase
from .sentences import split_sentences
from .taxonomy import Taxonomy

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 6
#: How local worker processes start: forked on Linux, spawned elsewhere (macOS system
#: libraries are not safe to use in a forked child).
_START_METHOD = ("fork" if sys.platform.startswith("linux")
                 and "fork" in multiprocessing.get_all_start_methods() else "spawn")


#: Documents without a trigger whose places an :class:`Area` still takes in: the first ones
#: of a run (of its first partition, for a corpus read in partitions).
AREA_SAMPLE = 50


class Area:
    """The extent of the places the documents name, [west, south, east, north]: those of
    every document that may report an event, and of the first :data:`AREA_SAMPLE` of the
    others of a run (enough to say where a map with no incidents should look, without
    geoparsing a whole corpus of unrelated news)."""

    def __init__(self):
        self.bounds: list[float] | None = None
        self.sampled = 0  # documents without a trigger taken in

    def add(self, mentions) -> None:
        for m in mentions:
            self.extend([m.place.lon, m.place.lat, m.place.lon, m.place.lat])

    def extend(self, bounds: list[float] | None) -> None:
        if bounds:
            b = self.bounds or bounds
            self.bounds = [min(b[0], bounds[0]), min(b[1], bounds[1]),
                           max(b[2], bounds[2]), max(b[3], bounds[3])]


@dataclass
class PartResult:
    """What one partition gave: its documents' incidents and what was skipped."""

    number: int
    documents: int = 0
    skipped: int = 0
    timed_out: int = 0
    area: Area = field(default_factory=Area)
    # Warnings (``FILE:LINE: problem``), sent back to be logged by the process that reads
    # the results, once each, in reading order.
    problems: list[str] = field(default_factory=list)
    ids: list[tuple[str, str | None, int | None, str | None]] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


@cache
def _parser():
    """One geoparser per process: a worker loads the gazetteer once, for all its tasks."""
    parser = Geoparser()
    parser.warm()
    return parser


@contextmanager
def long_lived():
    """Leave the objects made so far (the loaded gazetteer, its tables and indexes) out of
    the garbage collector's scans while the block runs.

    A corpus run allocates all the time, and every full collection would walk the millions
    of objects that live as long as the process. Objects made in the block are collected
    as usual; those frozen are handed back to the collector at the end. When something
    froze objects before (an outer block, the host program), they stay as they are.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def extract_partition(part: Partition, taxonomy, date: str | None = None,
                      parser=None, doc_timeout: float | None = None,
                      tick=None) -> PartResult:
    """Read one partition and extract its documents' incidents (``tick``, when
    given, is called with the number of documents done so far, after each one)."""
    parser = parser or _parser()
    report = ReadReport()
    result = PartResult(part.number)
    if part.number:
        # (only the corpus's first documents are sampled for the area: those of the first
        # partition, whatever the number of workers)
        result.area.sampled = AREA_SAMPLE
    for done, doc in enumerate(read_partition(part, report, result.problems), 1):
        if date is not None and not doc.date:
            doc = replace(doc, date=date)
        add_document(result, doc, taxonomy, parser, doc_timeout)
        if tick is not None:
            tick(done)
    result.documents, result.skipped = report.documents, report.skipped
    return result


def document_events(doc: Document, taxonomy: Taxonomy, parser: Geoparser,
                    deadline: Deadline | None = None, area=None):
    """The events of one document, with their places.

    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed; with an
    :class:`Area`, widens it to every place the document names (a document that holds no
    trigger is geoparsed for it only while the area has sampled fewer than
    :data:`AREA_SAMPLE` such documents).
    """
    # (a text in capitals is read as prose would write it; its evidence is quoted as
    # written)
    read = sentences = None
    if taxonomy.triggers_present(doc.text) != frozenset():
        sentences = split_sentences(doc.text)
        # Reading a text in capitals so costs more than the rest of the screen. It
        # changes no letter but its case, so only the sentences where some trigger's
        # strings occur in any case are read for it, then the whole text if one holds a
        # trigger.
        screened = sentences if not may_recase(doc.text) else [
            (s, e) for s, e in sentences
            if taxonomy.triggers_present(doc.text[s:e]) != frozenset()]
        if screened and holds_a_trigger(parser.read_as(doc.text, screened), screened,
                                        taxonomy):
            read = parser.read_as(doc.text)
    if read is None:
        # no event can start here: the places matter only to the area
        if area is not None and area.sampled < AREA_SAMPLE:
            area.sampled += 1
            area.add(parser.parse(doc.text, deadline))
        return []
    mentions = parser.parse(doc.text, deadline)
    if area is not None:
        area.add(mentions)
    if not mentions:
        return []
    events = detect_events(read, sentences, mentions, taxonomy, doc.date, deadline)
    if read is not doc.text:
        events = [replace(e, evidence=doc.text[e.start:e.end]) for e in events]
    return events


def add_document(result, doc: Document, taxonomy: Taxonomy, parser: Geoparser,
                 doc_timeout: float | None) -> None:
    """Add one document's incidents to a partition's result; a document over its
    time budget is left out, counted and reported instead."""
    deadline = Deadline(doc_timeout) if doc_timeout else None
    try:
        events = document_events(doc, taxonomy, parser, deadline, result.area)
    except DocumentTimeoutError as err:
        result.timed_out += 1
        result.problems.append(f"{_where(doc)}: skipped, {err} (--doc-timeout)")
        return
    result.ids.append((doc.id, doc.source, doc.line, doc.url))
    result.incidents += doc_incidents(doc, events, taxonomy)


def _where(doc: Document) -> str:
    if doc.source and doc.line:
        return f"{doc.source}:{doc.line}: document {doc.id!r}"
    return f"{doc.source}: document {doc.id!r}" if doc.source else f"document {doc.id!r}"


def run_partitions(parts, taxonomy, date: str | None = None, *, workers: int = 1,
                   scheduler: str | None = None, parser=None,
                   doc_timeout: float | None = None, tick=None) -> Iterator[PartResult]:
    """Results of every partition, in partition order.

    ``scheduler`` (a ``tcp://HOST:PORT`` address) runs them on that Dask cluster; otherwise
    ``workers`` above 1 starts that many local worker processes, and 1 runs them here.
    Standard input is always read here; ``tick`` follows the documents of partitions
    read here (see :func:`extract_partition`).
    """
    parts = list(parts)
    local = any(f[0] == "-" for p in parts for f in p.files)
    if local or scheduler is None and (workers <= 1 or len(parts) <= 1):
        # (not _parser(): a short job reads only what its documents look up, see NameIndex)
        parser = parser or Geoparser()
        for part in parts:
            yield extract_partition(part, taxonomy, date, parser, doc_timeout, tick)
        return
    with ExitStack() as stack:
        client = _client(stack, workers, scheduler, taxonomy)
        in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers) + 2
        yield from _ordered(client, parts, in_flight, taxonomy, date, doc_timeout)


def _ordered(client, parts, in_flight: int, taxonomy, date,
             doc_timeout) -> Iterator[PartResult]:
    """Submit partitions ahead, at most ``in_flight`` at a time; yield results in order."""
    pending: deque = deque()
    queue = iter(parts)
    # Sent to every worker once: each keeps one taxonomy, whose screens and compiled
    # patterns are built on its first task, instead of a fresh copy with every task.
    taxonomy = client.scatter(taxonomy, broadcast=True, hash=False)

    def submit_next() -> None:
        part = next(queue, None)
        if part is not None:
            pending.append(client.submit(extract_partition, part, taxonomy, date,
                                         doc_timeout=doc_timeout, pure=False))

    for _ in range(in_flight):
        submit_next()
    prepare_frame()  # while the workers read the first partitions
    while pending:
        future = pending.popleft()
        result = future.result()
        future.release()
        submit_next()
        yield result


def _load_quietly(taxonomy: Taxonomy) -> None:
    """:func:`_parser` and the taxonomy's screens, in a thread: what goes wrong is raised
    (and reported in one line) by the call the main thread makes after it, not printed
    from the thread."""
    try:
        _parser()
        taxonomy.warm()
        V.warm()
    except Exception:  # noqa: BLE001 - raised again by that call
        return


def _client(stack: ExitStack, workers: int, scheduler: str | None, taxonomy: Taxonomy):
    loading = None
    if scheduler is None and _START_METHOD == "fork":
        # The gazetteer and screens the workers are forked with are made while Dask is
        # imported: much of the loading is the Parquet reader's, outside the interpreter
        # lock.
        loading = threading.Thread(target=_load_quietly, args=(taxonomy,),
                                   name="geomap-load", daemon=True)
        loading.start()
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise InputError("running on several workers needs dask.distributed: "
                         "pip install 'dask[distributed]'") from err
    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            reason = str(err).splitlines()[0] if str(err) else type(err).__name__
            raise InputError(f"cannot reach the Dask scheduler at {scheduler} "
                             f"({reason})") from None
        return stack.enter_context(client)
    import dask

    # The workers' statistical profiler samples every task thread 100 times a second and
    # the monitors poll often: costs for pure-Python work that nobody here looks at.
    stack.enter_context(dask.config.set({
        "distributed.worker.profile.enabled": False,
        "distributed.admin.system-monitor.gil.enabled": False,
        "distributed.admin.system-monitor.interval": "2s",
        # Each process's event loop wakes every 20 ms by default to check that it is not
        # blocked (a task thread that holds the interpreter blocks it by design here).
        "distributed.admin.tick.interval": "1s",
        "distributed.worker.memory.monitor-interval": "1s",
        # Workers forked from this process start with its modules and its warmed
        # gazetteer (copy on write) instead of each importing and loading them again.
        "distributed.worker.multiprocessing-method": _START_METHOD,
    }))
    frozen = bool(gc.get_freeze_count())
    if _START_METHOD == "fork":
        if loading is not None:
            loading.join()
        _parser()
        taxonomy.warm()
        V.warm()  # (the rules' patterns, compiled once for every worker)
        # Objects made so far are left out of the collector's scans while the workers
        # are forked: scanning them would copy their memory pages into every worker.
        gc.freeze()
    try:
        cluster = stack.enter_context(LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR))
    finally:
        if _START_METHOD == "fork" and not frozen:
            gc.unfreeze()  # the workers keep theirs frozen
    return stack.enter_context(Client(cluster, set_as_default=False))
