"""`geomap extract` and `geomap types` through the real entry point."""

from __future__ import annotations

import json

import pytest

from geomap.export import read_incidents

from .conftest import ROOT, run_cli

EXAMPLE = str(ROOT / "examples" / "briefing.txt")


def test_types_lists_the_taxonomy():
    proc = run_cli("types", "--json")
    assert proc.returncode == 0
    ids = [json.loads(line)["id"] for line in proc.stdout.decode().splitlines()]
    assert {"drone_attack", "missile_strike", "shelling", "border_blockade",
            "mine_clearing"} <= set(ids)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_extract_writes_each_format(tmp_path, suffix):
    out = tmp_path / f"incidents{suffix}"
    proc = run_cli("extract", EXAMPLE, "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "6 incidents from 1 documents" in proc.stderr.decode()
    assert len(read_incidents(out)) == 6


def test_extract_types_filter_and_unknown_type(tmp_path):
    out = tmp_path / "x.geojson"
    assert run_cli("extract", EXAMPLE, "--types", "mine_clearing", "-o", str(out)).returncode == 0
    assert set(read_incidents(out)["event_type"]) == {"mine_clearing"}
    proc = run_cli("extract", EXAMPLE, "--types", "drones", "-o", str(tmp_path / "y.geojson"))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and err.count("\n") == 1
    assert "unknown event type 'drones'; choose from drone_attack" in err
    assert not (tmp_path / "y.geojson").exists()


def test_extract_reports_bad_records_and_goes_on(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "1", "date": "2024-03-07",
                                  "text": "Shelling hit Nikopol on Monday."}) + "\n{oops\n",
                      encoding="utf-8")
    out = tmp_path / "o.csv"
    proc = run_cli("extract", str(corpus), "-o", str(out))
    err = proc.stderr.decode()
    assert proc.returncode == 0
    assert f"{corpus}:2: invalid JSON" in err and "1 bad records skipped" in err
    assert read_incidents(out)[["place", "date"]].values.tolist() == [["Nikopol", "2024-03-04"]]


def test_extract_from_stdin(tmp_path):
    out = tmp_path / "o.geojson"
    proc = run_cli("extract", "-", "-o", str(out), stdin=b"Missiles struck Dnipro.")
    assert proc.returncode == 0
    assert read_incidents(out)["doc_id"].tolist() == ["stdin"]


@pytest.mark.parametrize("args,message", [
    (["extract", EXAMPLE, "-o", "out.shp"], "unknown output format '.shp'"),
    (["extract", "nope.txt", "-o", "out.geojson"], "nope.txt: no such file"),
    (["extract", EXAMPLE, "--taxonomy", "missing.toml", "-o", "o.geojson"], "missing.toml"),
])
def test_extract_bad_input_is_one_line(args, message):
    proc = run_cli(*args)
    err = proc.stderr.decode()
    assert proc.returncode != 0 and message in err and "Traceback" not in err


def test_csv_incidents_file_is_told_from_a_csv_corpus(tmp_path):
    incidents = tmp_path / "incidents.csv"
    assert run_cli("extract", EXAMPLE, "-o", str(incidents)).returncode == 0
    out = tmp_path / "m.html"
    proc = run_cli("map", str(incidents), "--tiles", "none", "-o", str(out))
    assert proc.returncode == 0 and "incidents from" not in proc.stderr.decode()
    corpus = tmp_path / "corpus.csv"
    corpus.write_text("id,date,url,title,text\n1,2024-03-07,,,Shelling hit Nikopol.\n",
                      encoding="utf-8")
    proc = run_cli("map", str(corpus), "--tiles", "none", "-o", str(out))
    assert proc.returncode == 0 and "1 incidents from 1 documents" in proc.stderr.decode()


def test_date_option_dates_plain_text_inputs(tmp_path):
    out = tmp_path / "o.csv"
    proc = run_cli("extract", EXAMPLE, "--date", "2024-05-15", "-o", str(out))
    assert proc.returncode == 0
    dates = dict(read_incidents(out)[["place", "date"]].values)
    assert dates["Odesa"] == "2024-05-14" and dates["Black Sea"] == "2024-05-15"
    proc = run_cli("extract", EXAMPLE, "--date", "15/05/2024", "-o", str(out))
    assert proc.returncode == 1 and "date '15/05/2024' is not YYYY-MM-DD" in proc.stderr.decode()


def _corpus(tmp_path, n=30):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "date": "2024-03-07",
                                        "text": "Shelling hit Nikopol on Monday."}) + "\n"
                            for i in range(n)) + "{oops\n", encoding="utf-8")
    return path


def test_extract_off_a_terminal_prints_a_summary_and_a_line_a_minute(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from geomap.cli import _Progress, main

    monkeypatch.setattr(_Progress, "every", 0.0)  # a minute, shortened
    monkeypatch.setattr("geomap.partitions.PARTITION_BYTES", 400)
    args = ["extract", str(_corpus(tmp_path)), "--workers", "1", "-o", str(tmp_path / "o.csv")]
    lines = CliRunner().invoke(main, args).output.splitlines()
    progress = [line for line in lines if "documents done of about 31" in line]
    assert len(progress) >= 3 and "documents/s" in progress[0]
    assert lines[-2].startswith("geomap: 1 incidents from 30 documents written (1 bad records skipped)")
    assert sum("c.jsonl:31: invalid JSON" in line for line in lines) == 1
    quiet = CliRunner().invoke(main, [*args, "--quiet"]).output.splitlines()
    assert len(quiet) == 1 and "c.jsonl:31: invalid JSON" in quiet[0]


def test_extract_needs_an_output_or_a_store(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    result = CliRunner().invoke(main, ["extract", str(_corpus(tmp_path))])
    assert result.exit_code == 1
    assert result.output == "geomap: error: give an output file (-o) or an incident store " \
                            "(--into)\n"


def test_document_over_doc_timeout_is_skipped_with_one_line_and_counted(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(json.dumps({"id": "long", "text": "Drones struck Kyiv. " * 3000}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["extract", str(corpus), "--doc-timeout", "0.000001",
                                       "-o", str(out)])
    assert result.exit_code == 0, result.output
    warning = [line for line in result.output.splitlines() if "warning" in line]
    assert warning == [f"geomap: warning: {corpus}:1: document 'long': skipped, took longer "
                       "than 1e-06 s (--doc-timeout)"]
    assert "(1 documents over --doc-timeout skipped)" in result.output
    assert read_incidents(out).empty


def test_two_runs_write_the_same_file(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    corpus = _corpus(tmp_path, 5)
    for name in ("a.parquet", "b.parquet"):
        result = CliRunner().invoke(main, ["extract", str(corpus), "--workers", "1",
                                           "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_a_bad_record_is_one_warning_line_on_stderr(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    corpus = _corpus(tmp_path, 2)
    text = tmp_path / "latin1.txt"
    text.write_bytes("Shelling hit Nikopol. Caf\u00e9".encode("latin-1"))
    result = CliRunner().invoke(main, ["extract", str(corpus), str(text), "--date",
                                       "2024-03-07", "--workers", "1", "-q",
                                       "-o", str(tmp_path / "o.csv")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"geomap: warning: {corpus}:3: invalid JSON (Expecting property name enclosed in "
        "double quotes); record skipped",
        f"geomap: warning: {text}: invalid UTF-8 at byte 25; undecodable bytes replaced"]
    assert result.stdout == ""


def test_the_command_line_process_ends_with_its_outputs_and_streams_whole(tmp_path):
    # A command that succeeded ends without the interpreter's last full collection (see
    # cli._done): what it printed through a pipe, its summary and its file are all there,
    # and its exit handlers still run (a profile is written); a failure still exits 1.
    import subprocess
    import sys

    corpus, out = _corpus(tmp_path, 40), tmp_path / "o.geojson"
    proc = subprocess.run([sys.executable, "-m", "geomap", "extract", str(corpus), "--workers",
                           "1", "-o", str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "geomap: 1 incidents from 40 documents written (1 bad records skipped)" in proc.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1
    listed = subprocess.run([sys.executable, "-m", "geomap", "geocode", "Kyiv", "--json"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert listed.returncode == 0 and json.loads(listed.stdout)
    profiled = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(tmp_path / "p.prof"),
                               "-m", "geomap", "geocode", "Kyiv"], capture_output=True, cwd=tmp_path)
    assert profiled.returncode == 0 and (tmp_path / "p.prof").stat().st_size > 0
    failed = subprocess.run([sys.executable, "-m", "geomap", "extract", str(tmp_path / "none")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1
