"""Extraction on several workers and on a Dask cluster: the same incidents, in the same
order, as in one process; bad records reported once each; an unreachable scheduler."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest

from geomap.errors import InputError
from geomap.export import write_incidents
from geomap.taxonomy import load_taxonomy
from geomap.pipeline import extract

from .conftest import ROOT
from .test_inputs import logged

pytest.importorskip("distributed")

_TEXTS = [
    "Drones struck the Kherson region on Saturday, officials said.",
    "Shelling hit Nikopol on Monday and damaged houses.",
    "Truckers blocked the Dorohusk-Yahodyn crossing on Tuesday.",
    "Missiles struck Dnipro and Odesa overnight.",
    "Kharkiv was shelled again on Sunday.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """60 records over three dates, with bad records spread over the file."""
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    lines = []
    for i in range(60):
        if i % 17 == 9:
            lines.append("{not json")
        record = {"id": f"d{i % 50}", "date": f"2024-05-{1 + i % 3:02d}", "url": f"u{i}",
                  "text": _TEXTS[i % len(_TEXTS)] + "\u2028" + _TEXTS[(i + 2) % len(_TEXTS)]}
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(corpus, tmp_path, monkeypatch, **options):
    monkeypatch.setattr("geomap.partitions.PARTITION_BYTES", 700)  # about 8 partitions
    with logged() as warnings:  # logged here, once, wherever they were found
        gdf = extract(str(corpus), **options)
    out = tmp_path / f"incidents-{len(os.listdir(tmp_path))}.csv"
    write_incidents(gdf, out)
    return out.read_bytes(), warnings, gdf.attrs


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    try:
        return _run(corpus, tmp_path_factory.mktemp("w1"), monkeypatch, workers=1)
    finally:
        monkeypatch.undo()


def test_one_process_reports_each_bad_record_and_duplicate_id_once(one_process, corpus):
    data, warnings, attrs = one_process
    bad = [w for w in warnings if "invalid JSON" in w]
    assert [w.split(": ")[0] for w in bad] == [f"{corpus}:{n}" for n in (10, 28, 46)]
    duplicates = [w for w in warnings if "seen before" in w]
    assert len(duplicates) == 10 and "both articles kept" in duplicates[0]
    assert (attrs["documents"], attrs["skipped"]) == (60, 3)
    assert data.count(b"\n") > 5


def test_two_workers_give_the_same_incidents_in_the_same_order(one_process, corpus,
                                                               tmp_path, monkeypatch):
    data, warnings, attrs = _run(corpus, tmp_path, monkeypatch, workers=2)
    assert data == one_process[0]
    assert warnings == one_process[1] and attrs == one_process[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def dask_cluster(tmp_path):
    """A real scheduler and two workers on 127.0.0.1, stopped after the test."""
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    dask = [sys.executable, "-m", "dask"]  # the `dask` command of this interpreter
    address = f"tcp://127.0.0.1:{port}"
    commands = [[*dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                 "--no-dashboard"]]
    commands += [[*dask, "worker", address, "--nthreads", "1", "--no-dashboard",
                  "--host", "127.0.0.1", "--no-nanny"]] * 2
    procs = []
    try:
        for command in commands:
            procs.append(subprocess.Popen(command, env=env, cwd=tmp_path,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        _wait_for_workers(address, 2)
        yield address
    finally:
        # The workers first, while the scheduler is there to take their goodbye (a worker
        # whose scheduler is gone waits for it), then the scheduler; one deadline a group.
        for group in (procs[1:], procs[:1]):
            for proc in group:
                proc.terminate()
            deadline = time.monotonic() + 5  # (they exit within about a second)
            for proc in group:
                try:
                    proc.wait(timeout=max(0.1, deadline - time.monotonic()))
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def _wait_for_workers(address: str, count: int, timeout: float = 120.0) -> None:
    from distributed import Client

    deadline = time.monotonic() + timeout
    with Client(address, timeout=60, set_as_default=False) as client:
        while len(client.scheduler_info()["workers"]) < count:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{count} Dask workers did not start")
            time.sleep(0.3)


def test_dask_cluster_gives_the_same_incidents(one_process, corpus, tmp_path, monkeypatch,
                                               dask_cluster):
    data, warnings, attrs = _run(corpus, tmp_path, monkeypatch, scheduler=dask_cluster)
    assert data == one_process[0]
    assert warnings == one_process[1] and attrs == one_process[2]


def test_unreachable_scheduler_is_a_one_line_error_within_ten_seconds(corpus, monkeypatch,
                                                                      tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    import geomap.parallel

    assert geomap.parallel.CONNECT_TIMEOUT < 10  # the wait the product gives a scheduler
    monkeypatch.setattr("geomap.parallel.CONNECT_TIMEOUT", 1)  # (a shorter one here)
    monkeypatch.setattr("geomap.partitions.PARTITION_BYTES", 700)
    address = f"tcp://127.0.0.1:{_free_port()}"
    started = time.monotonic()
    with pytest.raises(InputError, match="cannot reach the Dask scheduler"):
        extract(str(corpus), scheduler=address)
    result = CliRunner().invoke(main, ["extract", str(corpus), "-o", str(tmp_path / "o.csv")],
                                env={"DASK_SCHEDULER_ADDRESS": address})
    assert time.monotonic() - started < 10  # two attempts, each given up after the wait
    assert result.exit_code == 1
    assert result.output.startswith(f"geomap: error: cannot reach the Dask scheduler at "
                                    f"{address}") and result.output.count("\n") == 1
    assert not (tmp_path / "o.csv").exists()


def test_a_run_leaves_loaded_objects_out_of_collections_and_hands_them_back():
    import gc

    from geomap.parallel import long_lived

    assert gc.get_freeze_count() == 0
    made_before = [object()]  # noqa: F841 - alive across the block
    with long_lived():
        assert gc.get_freeze_count() > 0
        with long_lived():
            pass
        # the inner block left the outer one's objects frozen (frozen objects that die
        # leave the count, so only that some are still frozen is checked)
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_a_host_program_that_froze_its_objects_keeps_them_frozen():
    import gc

    from geomap.models import Document
    from geomap.parallel import long_lived

    gc.freeze()
    try:
        with long_lived():
            pass
        extract([Document("d", "Drones struck the Kherson region.")])
        assert gc.get_freeze_count() > 0  # (frozen objects that die leave the count)
    finally:
        gc.unfreeze()


def test_a_short_job_reads_only_what_it_looks_up_whatever_the_number_of_workers(corpus,
                                                                               tmp_path):
    from geomap import parallel

    short = tmp_path / "short.jsonl"
    lines = corpus.read_text(encoding="utf-8").split("\n")  # (records hold U+2028)
    short.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    parallel._parser.cache_clear()
    gdf = extract(str(short), workers=2)  # one partition: read in this process
    assert len(gdf) and gdf.attrs["documents"] == 3
    # the warmed geoparser of worker processes (every lookup table read first) was not made
    assert parallel._parser.cache_info().currsize == 0


def test_workers_are_forked_with_the_screens_of_the_taxonomy_built(monkeypatch):
    from geomap import parallel

    taxonomy = load_taxonomy()
    taxonomy.__dict__.pop("_trigger_strings", None)  # (one taxonomy per process)
    monkeypatch.setattr(parallel, "_parser", lambda: None)
    parallel._load_quietly(taxonomy)
    # what every worker's first document would otherwise build again
    assert {"_trigger_strings", "_phrase_strings", "_interception_screen"} <= set(
        taxonomy.__dict__)


def test_a_gazetteer_that_fails_to_load_for_the_workers_is_reported_by_the_main_thread(
        monkeypatch, capsys):
    from geomap import parallel

    def broken():
        raise InputError("boundaries/names.parquet: not a Parquet file")

    monkeypatch.setattr(parallel, "_parser", broken)
    # what the loading thread runs prints and raises nothing: the main thread's own call
    # of _parser, after the thread, raises the one-line error
    parallel._load_quietly(load_taxonomy())
    assert capsys.readouterr().err == ""
