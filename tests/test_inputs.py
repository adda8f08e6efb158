"""Reading inputs: text files, folders, JSONL and CSV corpora, standard input, bad records."""

from __future__ import annotations

import contextlib
import json
import logging

import pytest

from geomap.errors import InputError
from geomap.inputs import ReadReport
from geomap.partitions import iter_documents, plan, read_partition


@contextlib.contextmanager
def logged():
    """The warnings logged on the ``geomap`` logger inside the block."""
    messages = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = lambda record: messages.append(record.getMessage())
    log = logging.getLogger("geomap")
    log.addHandler(handler)
    try:
        yield messages
    finally:
        log.removeHandler(handler)


def read(*inputs):
    report = ReadReport()
    with logged() as warnings:
        docs = list(iter_documents([str(i) for i in inputs], report))
    return docs, report, warnings


def test_jsonl_corpus_with_a_bad_record_reported_by_line(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a", "date": "2023-12-24", "url": "u", "title": "t", "text": "Kyiv."}),
        "{broken json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "date": "24/12/2023", "text": "Odesa."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "f", "text": "Lviv."}),
    ]), encoding="utf-8")
    docs, report, warnings = read(path)
    assert [d.id for d in docs] == ["a", "f"]
    assert docs[0].date == "2023-12-24" and docs[0].title == "t"
    assert (report.documents, report.skipped) == (2, 4)
    assert [w.split(": ")[0] for w in warnings] == [f"{path}:{n}" for n in (2, 3, 4, 5)]
    assert "invalid JSON" in warnings[0] and "no 'text'" in warnings[1]
    assert "not YYYY-MM-DD" in warnings[2]


def test_csv_corpus(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text('id,date,url,title,text\n1,2024-01-02,,T,"Kyiv, again."\n2,,,,\n',
                    encoding="utf-8")
    docs, report, warnings = read(path)
    assert [(d.id, d.date, d.text) for d in docs] == [("1", "2024-01-02", "Kyiv, again.")]
    assert report.skipped == 1 and warnings[0].startswith(f"{path}:3: no 'text'")


def test_csv_without_text_column_is_an_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs a header with a 'text' column"):
        read(path)


def test_folder_of_files_in_name_order_ids_are_file_names(tmp_path):
    (tmp_path / "b.txt").write_text("Odesa.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Kyiv.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    docs, report, _ = read(tmp_path)
    assert [d.id for d in docs] == ["a.txt", "b.txt"] and report.documents == 2


@pytest.mark.parametrize("setup,message", [
    (lambda p: p / "missing.txt", "no such file"),
    (lambda p: p, "no .txt, .jsonl or .csv files"),
])
def test_missing_inputs(tmp_path, setup, message):
    with pytest.raises(InputError, match=message):
        read(setup(tmp_path))


# ---------------------------------------------------------------- no record lost


def read_in_partitions(path, size):
    """Read partition by partition, the problems collected as a worker does."""
    report, warnings = ReadReport(), []
    parts = plan([str(path)], partition_bytes=size).partitions
    with logged() as logged_here:
        docs = [d for p in parts for d in read_partition(p, report, warnings)]
    assert logged_here == []  # collected, to be logged where the results are read
    return docs, report, warnings, len(parts)


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\r"])
def test_jsonl_record_keeps_every_character_and_later_lines_stay_exact(tmp_path, char):
    path = tmp_path / "c.jsonl"
    record = '{"id": "a", "text": "Shelling hit Kyiv.%sThen Lviv."}' % char
    path.write_text("\n".join([record, "{bad", json.dumps({"id": "b", "text": "Odesa."})])
                    + "\r\n", encoding="utf-8", newline="")
    docs, report, warnings = read(path)
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == f"Shelling hit Kyiv.{char}Then Lviv."
    assert (report.documents, report.skipped) == (2, 1)
    assert [w.split(": ")[0] for w in warnings] == [f"{path}:2"]
    assert docs[1].line == 3


def test_unreadable_jsonl_records_are_skipped_and_the_run_goes_on(tmp_path):
    path = tmp_path / "c.jsonl"
    deep = '{"id": "x", "text": "Kyiv.", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    big = '{"id": "y", "text": "Kyiv.", "n": ' + "7" * 5000 + "}"
    path.write_text("\n".join([deep, big, json.dumps({"id": "z", "text": "Lviv."})]) + "\n",
                    encoding="utf-8")
    docs, report, warnings = read(path)
    assert [d.id for d in docs] == ["z"] and report.skipped == 2
    assert [w.split(": ")[0] for w in warnings] == [f"{path}:1", f"{path}:2"]
    assert "nested too deeply" in warnings[0] and "digits" in warnings[1]


def test_csv_field_of_a_megabyte_then_good_rows(tmp_path):
    path = tmp_path / "c.csv"
    huge = "Kyiv " * 200_000
    path.write_text(f'id,text\n1,"{huge}"\n2,Odesa.\n3,"Lviv,\nagain."\n4,Dnipro.\n',
                    encoding="utf-8")
    docs, report, warnings = read(path)
    assert [d.id for d in docs] == ["1", "2", "3", "4"] and not warnings
    assert len(docs[0].text) == len(huge) and docs[2].text == "Lviv,\nagain."
    assert [d.line for d in docs] == [2, 3, 4, 6]


def _corpus_lines(n):
    lines = []
    for i in range(n):
        if i % 7 == 3:
            lines.append("{broken")
        elif i % 11 == 5:
            lines.append("")
        else:
            lines.append(json.dumps({"id": f"d{i}", "text": f"Report {i} from Kyiv.\u2028x"},
                                    ensure_ascii=False))
    return lines


def test_jsonl_partitions_read_what_one_reader_reads(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(_corpus_lines(60)), encoding="utf-8")
    whole = read(path)
    docs, report, warnings, count = read_in_partitions(path, 97)
    assert count > 10
    assert [(d.id, d.line, d.text) for d in docs] == [(d.id, d.line, d.text) for d in whole[0]]
    assert warnings == whole[2] and (report.documents, report.skipped) == (
        whole[1].documents, whole[1].skipped)


def test_csv_partitions_start_at_records_even_inside_quoted_newlines(tmp_path):
    path = tmp_path / "c.csv"
    rows = ["id,date,text"]
    for i in range(40):
        rows.append(f'{i},2024-01-0{1 + i % 9},"Line one of {i}\nline two, Kyiv"' if i % 3
                    else f"{i},bad-date,Odesa {i}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    whole = read(path)
    docs, report, warnings, count = read_in_partitions(path, 60)
    assert count > 5
    assert [(d.id, d.line, d.text) for d in docs] == [(d.id, d.line, d.text) for d in whole[0]]
    assert warnings == whole[2] and report.skipped == whole[1].skipped == 14
    assert warnings[0].startswith(f"{path}:2: date") and warnings[1].startswith(f"{path}:7:")


def test_problems_are_warnings_of_the_geomap_logger(tmp_path, caplog):
    from geomap.inputs import read_text

    path = tmp_path / "a.txt"
    path.write_bytes(b"Kyiv \xff\xfe")
    with caplog.at_level(logging.WARNING, logger="geomap"):
        assert read_text(str(path)) == "Kyiv \ufffd\ufffd"
        problems = []
        assert read_text(str(path), label="given.txt", problems=problems)
    assert [(r.name, r.levelno, r.getMessage(), r.geomap_label) for r in caplog.records] == [
        ("geomap", logging.WARNING, f"{path}: invalid UTF-8 at byte 5; undecodable bytes "
         "replaced", "warning")]
    assert problems == ["given.txt: invalid UTF-8 at byte 5; undecodable bytes replaced"]


def test_a_csv_corpus_warns_once_per_bad_line_not_again_when_planned(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(b"id,text\n1,Kyiv \xff\n2,Odesa\n")
    docs, report, warnings = read(path)
    assert [d.id for d in docs] == ["1", "2"]
    assert warnings == [f"{path}:2: invalid UTF-8 at byte 7 of the line; undecodable bytes "
                        "replaced"]
