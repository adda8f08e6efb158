"""Reading inputs: text files, folders, JSONL and CSV corpora, standard input, bad records."""

from __future__ import annotations

import json

import pytest

from geomap.errors import InputError
from geomap.io import ReadReport, iter_documents


def read(*inputs):
    report, warnings = ReadReport(), []
    docs = list(iter_documents([str(i) for i in inputs], report, warnings.append))
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
