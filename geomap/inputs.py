"""Reading input documents: text files, folders, JSONL / CSV corpora, standard input."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .models import Document

_SNIFF = 8192


def read_text(name: str, warn: Callable[[str], None] | None = None) -> str:
    """Read a text document from a path, or standard input for ``-``.

    Invalid UTF-8 is decoded with replacement characters and reported through ``warn``;
    a binary file (NUL bytes) or a missing or unreadable one raises
    :class:`~geomap.errors.InputError` naming the file.
    """
    if name == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{name}: is a directory, expected a text file")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{name}: no such file") from None
        except OSError as err:
            raise InputError(f"{name}: cannot read ({err.strerror or err})") from err
    if b"\x00" in raw[:_SNIFF]:
        raise InputError(f"{name}: binary file, expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        if warn is not None:
            warn(f"{name}: invalid UTF-8 at byte {err.start}; undecodable bytes replaced")
        return raw.decode("utf-8", errors="replace")


# ---------------------------------------------------------------- corpora

TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CORPUS_FIELDS = ("id", "date", "url", "title", "text")


@dataclass
class ReadReport:
    """What reading the inputs found: documents read and bad records skipped; documents
    left out as already known (see ``skip`` of :func:`geomap.pipeline.extract`); with
    ``seen`` a list, the (id, url) of every document read."""

    documents: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    known: int = 0
    seen: list[tuple[str, str | None]] | None = None


def iter_documents(inputs, report: ReadReport | None = None,
                   warn: Callable[[str], None] | None = None) -> Iterator[Document]:
    """Documents from text files, folders of them, JSONL or CSV corpora, or ``-`` (stdin).

    Corpora have the fields ``id, date, url, title, text``. A bad record (invalid JSON, no
    text, a malformed date) is reported through ``warn`` as ``FILE:LINE: problem``,
    skipped and counted in ``report``; a missing or binary input file raises
    :class:`~geomap.errors.InputError`. Files are streamed: memory does not grow with
    the corpus (see :mod:`geomap.partitions`, which also cuts corpora for parallel runs).
    """
    from .partitions import plan, read_partition

    report = report if report is not None else ReadReport()
    for name in inputs:  # planned one input at a time: a later bad input fails later
        for part in plan([str(name)], expand).partitions:
            yield from read_partition(part, report, warn)


def expand(name: str) -> list[str]:
    """The files an input names: itself, or a folder's text and corpus files in name order."""
    if name == "-" or "://" in name:
        return [name]
    path = Path(name)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file()
                       and p.suffix.lower() in (*TEXT_SUFFIXES, *JSONL_SUFFIXES, ".csv"))
        if not files:
            raise InputError(f"{name}: no .txt, .jsonl or .csv files in this folder")
        return [str(p) for p in files]
    if not path.exists():
        raise InputError(f"{name}: no such file")
    return [name]


def _records(name, rows, report: ReadReport, warn) -> Iterator[Document]:
    for line_no, row in rows:
        problem = row if isinstance(row, str) else _record_problem(row)
        if problem:
            message = f"{name}:{line_no}: {problem}; record skipped"
            report.skipped += 1
            report.problems.append(message)
            if warn is not None:
                warn(message)
            continue
        yield Document(
            id=str(row.get("id") or f"{Path(name).name}:{line_no}"), text=row["text"],
            title=_clean(row.get("title")), url=_clean(row.get("url")),
            date=_iso_date(row.get("date")), source=name, line=line_no,
        )


def _record_problem(row) -> str | None:
    if not isinstance(row, dict):
        return f"expected an object with fields {', '.join(CORPUS_FIELDS)}"
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        return "no 'text'"
    date = row.get("date")
    if date not in (None, "") and _iso_date(date) is None:
        return f"date {date!r} is not YYYY-MM-DD"
    for key in ("id", "title", "url"):
        if row.get(key) is not None and not isinstance(row[key], (str, int)):
            return f"field {key!r} must be text"
    return None


def _iso_date(value) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        return None


def _clean(value) -> str | None:
    return None if value in (None, "") else str(value)


INCIDENT_SUFFIXES = (".geojson", ".json", ".gpkg", ".parquet", ".geoparquet")


def is_incidents_file(name: str) -> bool:
    """An incidents file written by ``geomap extract`` (a CSV counts when it has their
    ``event_type`` column; other CSVs are corpora)."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix in INCIDENT_SUFFIXES:
        return True
    if suffix == ".csv" and path.is_file():
        with path.open(encoding="utf-8", errors="replace") as fh:
            header = next(csv.reader(fh), [])
        return "event_type" in header and "text" not in header
    return False
