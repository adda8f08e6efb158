"""Corpora read in partitions, so that several processes (or machines) can share one corpus.

A JSONL or CSV file is cut into byte ranges that each start at a record, with the line
number of their first byte, so that every reader reports ``FILE:LINE`` exactly; a folder of
text files is cut into groups of files. :func:`plan` makes the partitions (one streaming
pass over each corpus file: nothing is held in memory) and :func:`read_partition` reads
one, wherever it runs.

JSONL records are separated by ``\\n`` only (``\\r\\n`` too): every other character,
U+2028 and U+0085 included, belongs to its record. A record that cannot be read (invalid
JSON, nested too deeply, a number too long, too large) is reported, skipped and counted,
and reading goes on with the next one. CSV fields may hold newlines and be of any size.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import InputError
from .inputs import (CORPUS_FIELDS, JSONL_SUFFIXES, ReadReport, corpus_documents, expand,
                     read_text, warn)
from .models import Document

#: Target size of one partition of a corpus file (small enough that the last partitions
#: of a run keep every worker busy, large enough that scheduling costs nothing).
PARTITION_BYTES = 1 << 19
#: A JSONL record larger than this is reported and skipped rather than read.
MAX_RECORD_BYTES = 256 << 20
#: A folder's text files are grouped this many to a partition (fewer when large).
FILES_PER_PARTITION = 64
_CHUNK = 1 << 20
_SNIFF = 8192
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True, slots=True)
class Partition:
    """One piece of the input: ``path[start:end]`` of a corpus file whose first byte is on
    line ``line`` (``end`` None: to the end), or a group of text ``files``.

    ``path`` is absolute, so that a worker started elsewhere opens the same file; ``label``
    is the name the user gave, used in messages (text files: (path, label) pairs).
    """

    number: int
    kind: str  # "jsonl", "csv" or "text"
    path: str = ""
    start: int = 0
    end: int | None = None
    line: int = 1
    header: tuple[str, ...] = ()
    files: tuple[tuple[str, str], ...] = ()
    label: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """The partitions of some inputs, in reading order, and about how many documents."""

    partitions: tuple[Partition, ...]
    estimate: int


def _open(path: str, label: str | None = None):
    """A binary file: a local path, or a URL that fsspec reads (s3://, gs://, ...)."""
    label = label or path
    if "://" in path:
        try:
            import fsspec
        except ImportError as err:  # pragma: no cover - fsspec comes with dask
            raise InputError(f"{path}: reading URLs needs fsspec (pip install fsspec)") from err
        return fsspec.open(path, "rb").open()
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{label}: no such file") from None
    except OSError as err:
        raise InputError(f"{label}: cannot read ({err.strerror or err})") from err


# ---------------------------------------------------------------- planning


def plan(names: list[str], partition_bytes: int | None = None) -> Plan:
    """Partitions of the inputs ``names`` (a folder is its files, see
    :func:`geomap.inputs.expand`), of about ``partition_bytes`` (default
    :data:`PARTITION_BYTES`) each."""
    partition_bytes = partition_bytes or PARTITION_BYTES
    parts: list[Partition] = []
    estimate = 0
    texts: list[str] = []

    def flush_texts():
        while texts:
            group = tuple(texts[:FILES_PER_PARTITION])
            del texts[:FILES_PER_PARTITION]
            parts.append(Partition(len(parts), "text", files=group))

    for name in names:
        for path in expand(str(name)):
            suffix = Path(path).suffix.lower()
            if suffix in JSONL_SUFFIXES or suffix == ".csv":
                flush_texts()
                plan_one = _plan_jsonl if suffix in JSONL_SUFFIXES else _plan_csv
                pieces, count = plan_one(path, partition_bytes)
                parts += [replace(Partition(len(parts) + i, *p, label=path),
                                  path=_absolute(path)) for i, p in enumerate(pieces)]
                estimate += count
            else:
                texts.append((_absolute(path), path))
                estimate += 1
        flush_texts()
    return Plan(tuple(parts), estimate)


def _absolute(path: str) -> str:
    return path if path == "-" or "://" in path else str(Path(path).absolute())


def _check_binary(path: str, head: bytes) -> None:
    if b"\x00" in head[:_SNIFF]:
        raise InputError(f"{path}: binary file, expected UTF-8 text")


def _plan_jsonl(path: str, partition_bytes: int):
    """Cut points just after a newline, found and line-counted in one pass of the file."""
    pieces, start, start_line, lines, pos = [], 0, 1, 0, 0
    with _open(path) as fh:
        chunk = fh.read(_CHUNK)
        _check_binary(path, chunk)
        last = b""
        while chunk:
            last = chunk[-1:]
            rel = max(start + partition_bytes - pos, 0)
            cut = chunk.find(b"\n", rel) if rel < len(chunk) else -1
            if cut == -1:
                lines += chunk.count(b"\n")
                pos += len(chunk)
                chunk = fh.read(_CHUNK)
                continue
            lines += chunk.count(b"\n", 0, cut + 1)
            pieces.append(("jsonl", path, start, pos + cut + 1, start_line))
            start, start_line = pos + cut + 1, lines + 1
            chunk, pos = chunk[cut + 1:] or fh.read(_CHUNK), pos + cut + 1
    if start < pos or not pieces:
        pieces.append(("jsonl", path, start, None, start_line))
    return pieces, lines + (1 if last not in (b"", b"\n") else 0)


def _csv_limit() -> None:
    """Fields of any size: the csv module stops at 128 KB by default."""
    if csv.field_size_limit() < (1 << 31) - 1:
        csv.field_size_limit((1 << 31) - 1)


class _Lines:
    """Lines of a binary file from ``start``, decoded, with the offset after the last one
    handed out (a csv reader pulls exactly the lines of one record before yielding it)."""

    def __init__(self, fh, path: str, start: int, end: int | None, line: int,
                 problems: list[str] | None):
        self.fh, self.path, self.pos, self.end = fh, path, start, end
        self.next_line, self.problems = line, problems
        fh.seek(start)

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.end is not None and self.pos >= self.end:
            raise StopIteration
        raw = self.fh.readline()
        if not raw:
            raise StopIteration
        if self.pos == 0 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
            self.pos += len(_BOM)
        self.pos += len(raw)
        self.next_line += 1
        return _decode(raw, self.path, self.next_line - 1, self.problems)


def _decode(raw: bytes, path: str, line: int, problems: list[str] | None) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        warn(f"{path}:{line}: invalid UTF-8 at byte {err.start} of the line; "
             f"undecodable bytes replaced", problems)
        return raw.decode("utf-8", errors="replace")


def _csv_records(lines: _Lines) -> Iterator[tuple[int, int, list[str] | str]]:
    """(first line, offset after the record, fields or a problem) of each CSV record."""
    _csv_limit()
    reader = csv.reader(lines)
    while True:
        first = lines.next_line
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield first, lines.pos, f"malformed CSV ({err})"
            continue
        if row:
            yield first, lines.pos, row


def _plan_csv(path: str, partition_bytes: int):
    """Cut points at record starts, found by parsing the file once (quoted fields may hold
    newlines, so a newline alone is no record boundary)."""
    pieces, count = [], 0
    with _open(path) as fh:
        _check_binary(path, fh.read(_SNIFF))
        lines = _Lines(fh, path, 0, None, 1, [])  # problems: reported when read
        records = _csv_records(lines)
        header = next(records, None)
        if header is None or isinstance(header[2], str) or "text" not in header[2]:
            raise InputError(f"{path}: CSV needs a header with a 'text' column "
                             f"(fields: {', '.join(CORPUS_FIELDS)})")
        fields = tuple(header[2])
        start, start_line = header[1], lines.next_line
        for _first, after, _row in records:
            count += 1
            if after - start >= partition_bytes:
                pieces.append(("csv", path, start, after, start_line, fields))
                start, start_line = after, lines.next_line
    pieces.append(("csv", path, start, None, start_line, fields))
    return pieces, count


# ---------------------------------------------------------------- reading


def iter_documents(inputs, report: ReadReport | None = None) -> Iterator[Document]:
    """Documents from text files, folders of them, JSONL or CSV corpora, or ``-`` (stdin).

    Corpora have the fields ``id, date, url, title, text``. A bad record (invalid JSON, no
    text, a malformed date) is logged as a warning ``FILE:LINE: problem`` on the
    ``geomap`` logger, skipped and counted in ``report``; a missing or binary input file
    raises :class:`~geomap.errors.InputError`. Files are streamed: memory does not grow
    with the corpus.
    """
    report = report if report is not None else ReadReport()
    for name in inputs:  # planned one input at a time: a later bad input fails later
        for part in plan([str(name)]).partitions:
            yield from read_partition(part, report)


def read_partition(part: Partition, report: ReadReport,
                   problems: list[str] | None = None) -> Iterator[Document]:
    """The documents of one partition; bad records skipped, counted in ``report`` and
    reported as ``FILE:LINE: problem`` (appended to ``problems`` when given, else logged:
    see :func:`geomap.inputs.warn`)."""
    if part.kind == "text":
        for path, label in part.files:
            doc_id = "stdin" if label == "-" else Path(label).name
            report.documents += 1
            # Read by its absolute path, reported under the name the user gave.
            text = read_text(path, label=label, problems=problems)
            yield Document(id=doc_id, text=text, source=label)
        return
    label = part.label or part.path
    with _open(part.path, label) as fh:
        if part.kind == "jsonl":
            rows = _jsonl_rows(fh, part, label, problems)
        else:
            lines = _Lines(fh, label, part.start, part.end, part.line, problems)
            rows = ((first, row if isinstance(row, str) else dict(zip(part.header, row)))
                    for first, _after, row in _csv_records(lines))
        for doc in corpus_documents(label, rows, report, problems):
            report.documents += 1
            yield doc


def _jsonl_rows(fh, part: Partition, label: str,
                problems: list[str] | None) -> Iterator[tuple[int, object]]:
    """(line, record or problem) of each non-blank line of a JSONL partition."""
    fh.seek(part.start)
    pos, line_no = part.start, part.line
    while part.end is None or pos < part.end:
        raw = fh.readline(MAX_RECORD_BYTES + 1)
        if not raw:
            return
        pos += len(raw)
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            pos += _skip_line(fh)
            yield line_no, f"record larger than {MAX_RECORD_BYTES >> 20} MB"
            line_no += 1
            continue
        if pos == len(raw) and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        raw = raw[:-1] if raw.endswith(b"\n") else raw
        raw = raw[:-1] if raw.endswith(b"\r") else raw
        if raw.strip():
            yield line_no, _parse_json(_decode(raw, label, line_no, problems))
        line_no += 1


def _skip_line(fh) -> int:
    """Read past the rest of an overlong line; the number of bytes skipped."""
    skipped = 0
    while True:
        chunk = fh.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _parse_json(line: str):
    # strict=False: control characters (U+000B, U+000C ...) left raw inside strings by
    # some writers are kept, as every other character is.
    try:
        return json.loads(line, strict=False)
    except json.JSONDecodeError as err:
        return f"invalid JSON ({err.msg})"
    except RecursionError:
        return "invalid JSON (nested too deeply to read)"
    except ValueError as err:  # an integer of more digits than Python converts
        return f"invalid JSON ({str(err).split(':')[0]})"
