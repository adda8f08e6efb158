"""The command line as a whole: usage mistakes and unwritable outputs are one line each,
and nothing is computed for an output that cannot be written."""

from __future__ import annotations

import pytest

from .conftest import run_cli

REPORT = "Drones struck the Sumy region overnight, the regional governor said.\n"


@pytest.mark.parametrize("args,expected", [
    (["extract", "-", "--workers", "0", "-o", "x.csv"], "'--workers'"),
    (["map", "-", "--width", "3"], "'--width'"),
    (["nosuch"], "No such command 'nosuch'"),
    (["map"], "Missing argument"),
    (["geocode", "Kyiv", "--limit", "many"], "'--limit'"),
])
def test_usage_mistakes_are_one_line_naming_the_option_and_the_help(args, expected):
    proc = run_cli(*args, stdin=REPORT.encode())
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2
    assert len(lines) == 1 and lines[0].startswith("geomap: error: "), lines
    assert expected in lines[0] and "--help" in lines[0]


def test_geomap_alone_shows_its_help():
    proc = run_cli()
    assert "Commands:" in proc.stderr.decode() + proc.stdout.decode()


@pytest.mark.parametrize("command", [
    ["map", "-", "-o", "{blocker}/map.html"],
    ["map", "-", "--png", "{blocker}/deep/map.png", "-o", "{tmp}/map.html"],
    ["report", "-", "-o", "{blocker}/report.html"],
    ["extract", "-", "-o", "{blocker}/incidents.csv"],
    ["extract", "-", "--into", "{blocker}/store.gpkg"],
    ["map", "-", "-o", "{tmp}"],
])
def test_an_output_that_cannot_be_written_fails_before_any_work(tmp_path, command):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    args = [a.format(blocker=blocker, tmp=tmp_path) for a in command]
    if "--png" in args:
        pytest.importorskip("playwright")
    proc = run_cli(*args, "--date", "2024-05-15", stdin=REPORT.encode(), cwd=tmp_path)
    err = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 1
    assert len(err) == 1 and err[0].startswith("geomap: error: ") and "cannot write" in err[0]
    assert "incidents from" not in proc.stderr.decode()  # failed before the pipeline ran
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_store_that_is_a_folder_is_accepted(tmp_path):
    store = tmp_path / "store.parquet"
    for _ in range(2):
        proc = run_cli("extract", "-", "--date", "2024-05-15", "--into", str(store),
                       stdin=REPORT.encode(), cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr.decode()
    assert store.is_dir()
