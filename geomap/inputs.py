"""Reading input documents: text files, folders, JSONL / CSV corpora, standard input.

Bad input that can be skipped (a corpus record that cannot be read, undecodable bytes) is
reported as one line, ``FILE:LINE: problem``, through :func:`warn`: logged as a warning
on the ``geomap`` logger, or collected where a worker process sends it back to the one
that logs it (see :mod:`geomap.parallel`).
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .models import Document

_SNIFF = 8192
_log = logging.getLogger("geomap")
# Marks a log record as a warning about the input: the command line writes it as
# ``geomap: warning: FILE:LINE: problem``.
_AS_WARNING = {"geomap_label": "warning"}


def warn(message: str, problems: list[str] | None = None) -> None:
    """Report one skipped or repaired piece of input: append it to ``problems`` when given
    (to be reported by whoever holds that list), else log it as a warning."""
    if problems is not None:
        problems.append(message)
    else:
        _log.warning(message, extra=_AS_WARNING)


def read_text(name: str, *, label: str | None = None,
              problems: list[str] | None = None) -> str:
    """Read a text document from a path, or standard input for ``-``.

    Invalid UTF-8 is decoded with replacement characters and reported (see :func:`warn`);
    a binary file (NUL bytes) or a missing or unreadable one raises
    :class:`~geomap.errors.InputError` naming the file (as ``label``, when given: the
    name the user gave for a path read under another).
    """
    label = label or name
    if name == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(f"{label}: is a directory, expected a text file")
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise InputError(f"{label}: no such file") from None
        except OSError as err:
            raise InputError(f"{label}: cannot read ({err.strerror or err})") from err
    if b"\x00" in raw[:_SNIFF]:
        raise InputError(f"{label}: binary file, expected UTF-8 text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        warn(f"{label}: invalid UTF-8 at byte {err.start}; undecodable bytes replaced",
             problems)
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


def corpus_documents(name: str, rows, report: ReadReport,
                     problems: list[str] | None = None) -> Iterator[Document]:
    """The documents of a corpus file's (line, record) ``rows``; a record given as a
    problem (text) or with a bad field is reported (see :func:`warn`), skipped and counted
    in ``report``."""
    for line_no, row in rows:
        problem = row if isinstance(row, str) else _record_problem(row)
        if problem:
            message = f"{name}:{line_no}: {problem}; record skipped"
            report.skipped += 1
            report.problems.append(message)
            warn(message, problems)
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
