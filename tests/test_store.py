"""`geomap extract --into STORE`: merging into a growing incident store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from geomap.cli import main
from geomap.export import read_incidents
from geomap.store import IncidentStore

from .conftest import ROOT


def corpus(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


MONDAY = [
    {"id": "a1", "date": "2024-05-07", "url": "https://news.example/a1",
     "text": "Shelling hit Nikopol on Monday and damaged a school."},
    {"id": "a2", "date": "2024-05-07", "url": "https://news.example/a2",
     "text": "Drones struck the Kherson region overnight."},
    {"id": "a3", "date": "2024-05-07", "text": "The weather was calm in the capital."},
]
FOLLOW_UP = [
    {"id": "b1", "date": "2024-05-08", "url": "https://other.example/b1",
     "text": "Nikopol was shelled on Monday, local officials said."},
    {"id": "b2", "date": "2024-05-08", "url": "https://news.example/a2",
     "text": "Drones struck the Kherson region overnight."},  # a2 again, under another id
]


def run(*args):
    result = CliRunner().invoke(main, ["extract", *map(str, args)])
    return result.exit_code, result.output


@pytest.mark.parametrize("name", ["store.gpkg", "store.parquet"])
def test_store_merges_evidence_skips_known_documents_and_reruns_change_nothing(tmp_path, name):
    store = tmp_path / name
    first, second = corpus(tmp_path / "mon.jsonl", MONDAY), corpus(tmp_path / "tue.jsonl",
                                                                  FOLLOW_UP)
    code, out = run(first, "--into", store, "--workers", "1")
    assert code == 0, out
    before = read_incidents(store)
    nikopol = before[before["place"] == "Nikopol"]
    assert nikopol["evidence_count"].tolist() == [1]
    code, out = run(second, "--into", store)
    assert code == 0 and "1 already in the store" in out and "1 updated" in out, out
    after = read_incidents(store)
    row = after[after["place"] == "Nikopol"].iloc[0]
    assert len(after) == len(before) and row["evidence_count"] == 2
    sources = {e["url"] for e in json.loads(row["evidence_all"])}
    assert sources == {"https://news.example/a1", "https://other.example/b1"}
    assert row["doc_id"] == "a1"  # the first evidence stays first
    assert IncidentStore(store).documents()[0] == {"a1", "a2", "a3", "b1"}
    snapshot = _snapshot(store)
    for source in (first, second):
        code, out = run(source, "--into", store)
        assert code == 0 and "nothing new; store unchanged" in out
    assert _snapshot(store) == snapshot


def _snapshot(store):
    if store.is_dir():
        return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.iterdir()}
    return store.read_bytes(), store.stat().st_mtime_ns


@pytest.mark.parametrize("setup,message", [
    (lambda p: p / "store.geojson", "a .gpkg file or a .parquet folder"),
    (lambda p: _incidents_file(p / "plain.gpkg"), "not a geomap incident store (layers"),
    (lambda p: _incidents_file(p / "plain.parquet"), "is a file, not an incident store"),
    (lambda p: _text_file(p / "notes.gpkg"), "not a geomap incident store"),
])
def test_something_else_is_refused_and_left_alone(tmp_path, setup, message):
    target = setup(tmp_path)
    before = target.read_bytes() if target.exists() else None
    code, out = run(corpus(tmp_path / "c.jsonl", MONDAY), "--into", target)
    assert code == 1 and message in out and out.count("\n") == 1, out
    assert (target.read_bytes() if target.exists() else None) == before


def _incidents_file(path):
    code, out = run(ROOT / "examples" / "briefing.txt", "-o", path)
    assert code == 0, out
    return path


def _text_file(path):
    path.write_text("not a database", encoding="utf-8")
    return path


_KILLED_WRITER = textwrap.dedent("""
    import os, sys, time
    calls = []
    real = os.replace
    def replace(src, dst):
        calls.append(dst)
        if len(calls) == int(sys.argv[1]):
            print("writing", flush=True)
            time.sleep(600)
        return real(src, dst)
    os.replace = replace
    from geomap.cli import main
    main(["extract", sys.argv[2], "--into", sys.argv[3], "--workers", "1", "-q"])
""")


@pytest.mark.parametrize("name,blocked_call", [
    ("store.gpkg", 1),  # killed with the whole new file written, before its rename
    ("store.parquet", 1),  # killed after the new incidents, before the documents
    ("store.parquet", 3),  # killed before the switch to the new generation
])
def test_a_killed_write_leaves_the_old_store_readable_and_unchanged(tmp_path, name,
                                                                     blocked_call):
    store = tmp_path / name
    assert run(corpus(tmp_path / "mon.jsonl", MONDAY), "--into", store)[0] == 0
    before = read_incidents(store)
    snapshot = {p.name: p.read_bytes() for p in (store.iterdir() if store.is_dir()
                                                 else [store])}
    script = tmp_path / "writer.py"
    script.write_text(_KILLED_WRITER, encoding="utf-8")
    new = corpus(tmp_path / "tue.jsonl", FOLLOW_UP)
    proc = subprocess.Popen([sys.executable, str(script), str(blocked_call), str(new),
                             str(store)], stdout=subprocess.PIPE, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == b"writing"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    after = read_incidents(store)
    assert after.equals(before)
    for file_name, data in snapshot.items():
        assert (store / file_name if store.is_dir() else store).read_bytes() == data
    code, out = run(new, "--into", store)  # the next run completes the merge
    assert code == 0 and "1 updated" in out, out
    folder = store if store.is_dir() else store.parent
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]  # nothing left
    assert read_incidents(store)["evidence_count"].sum() == before["evidence_count"].sum() + 1
