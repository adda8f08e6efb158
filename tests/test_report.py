"""Fragments, images, the report page and notebook display, checked in headless Chromium."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys

import pytest

from geomap.models import Document
from geomap.pipeline import extract
from geomap.maps import render
from geomap.images import to_pdf, to_png
from geomap.output import to_fragment
from geomap.report import build_report

from .conftest import ROOT, chromium_path, run_cli

EXAMPLE = ROOT / "examples" / "briefing.txt"
HOSTILE = ("Shelling hit Nikopol <script>window.__pwned = 1</script> and "
           "<img src=x onerror=\"window.__pwned = 2\"> at dawn.")


@pytest.fixture(scope="module")
def incidents():
    return extract([Document("briefing", EXAMPLE.read_text(encoding="utf-8"), date="2024-05-15",
                             url="https://example.org/briefing", title="Briefing"),
                    Document("hostile", HOSTILE, date="2024-05-14", title="<i>Hostile</i>",
                             url="https://example.org/h")])


def _red_pixels(png: bytes) -> int:
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    return sum(n for n, (r, g, b) in image.getcolors(maxcolors=2_000_000)
               if abs(r - 0xD7) < 40 and abs(g - 0x30) < 60 and abs(b - 0x1F) < 60)


# ---------------------------------------------------------------- fragments

def test_fragment_is_a_div_with_unique_ids(incidents, offline_assets):
    a = to_fragment(render(incidents, offline=True))
    b = to_fragment(render(incidents, offline=True))
    for fragment in (a, b):
        assert fragment.startswith('<div class="geomap-fragment"')
        assert not re.search(r"<(html|body|head)\b", fragment)
        assert "html, body" not in fragment
    ids_a = set(re.findall(r'id="([^"]+)"', a))
    ids_b = set(re.findall(r'id="([^"]+)"', b))
    assert ids_a and not ids_a & ids_b


@pytest.mark.browser
def test_two_fragments_on_one_page_work_independently(page_log, incidents, tmp_path,
                                                      offline_assets):
    first = to_fragment(render(incidents, offline=True))
    second = to_fragment(render(incidents, types="drone_attack", offline=True))
    page_path = tmp_path / "two.html"
    page_path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                         f"<h1>Two maps</h1>{first}<p>Between the maps.</p>{second}"
                         "</body></html>", encoding="utf-8")
    page = page_log.open(page_path)
    maps = page.locator(".geomap-fragment")
    assert maps.count() == 2 and page.locator(".leaflet-container").count() == 2
    one, two = maps.nth(0), maps.nth(1)
    assert one.locator(".geomap-drone_attack").count() == 3
    assert two.locator(".geomap-drone_attack").count() == 3
    assert one.locator(".leaflet-control-layers-overlays label").count() == 4
    assert two.locator(".leaflet-control-layers-overlays label").count() == 1
    one.locator(".leaflet-control-layers-overlays input").first.uncheck()
    assert one.locator(".geomap-drone_attack").count() == 0
    assert two.locator(".geomap-drone_attack").count() == 3
    assert page_log.errors == [] and page_log.requests == []


def test_cli_fragment(tmp_path, offline_assets):
    out = tmp_path / "frag.html"
    proc = run_cli("map", str(EXAMPLE), "--offline", "--fragment", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    text = out.read_text(encoding="utf-8")
    assert text.startswith('<div class="geomap-fragment"') and "<body" not in text


def test_fragment_holds_the_maps_parts_and_no_page_wrapper(incidents):
    m = render(incidents, title="Title <b>", tiles=None)
    fragment = to_fragment(m)
    name = m.get_name()
    assert f'<div class="folium-map" id="{name}"' in fragment  # the map's own element
    assert f"var {name} = L.map(" in fragment and "geomapIncidents(" in fragment
    assert f"#{name} {{position: relative" in fragment  # the map's own style stays
    assert not re.search(r"<(html|body|head|meta|title)\b", fragment)
    assert "html, body" not in fragment and "#map {" not in fragment
    # online: Leaflet from the CDN with its integrity hash, once
    assert fragment.count('src="https://cdn.jsdelivr.net/npm/leaflet@') == 1
    assert 'integrity="sha384-' in fragment
    assert fragment.endswith("</script></div>")


def test_offline_fragment_runs_leaflet_only_where_it_is_missing(incidents, offline_assets):
    fragment = to_fragment(render(incidents, offline=True))
    assert "cdn.jsdelivr.net" not in fragment and "<link" not in fragment
    assert fragment.count("<script>if (!window.L) {") == 1
    # geomap's own script guards itself and is never hidden behind another library's guard
    assert "<script>/* geomap incident maps" in fragment


@pytest.mark.browser
def test_a_fragment_fills_its_height_and_draws_in_chromium(page_log, incidents, tmp_path,
                                                          offline_assets):
    fragment = to_fragment(render(incidents, offline=True, title="Embedded"), height="430px")
    path = tmp_path / "embedded.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                    f"<p>Text before the map.</p>{fragment}</body></html>", encoding="utf-8")
    page = page_log.open(path)
    container = page.locator(".leaflet-container")
    assert container.count() == 1
    assert container.bounding_box()["height"] == pytest.approx(430, abs=1)
    assert page.locator(".geomap-drone_attack").count() == 3
    assert page.locator(".geomap-title").inner_text() == "Embedded"
    assert page_log.errors == [] and page_log.requests == []


# ---------------------------------------------------------------- images

@pytest.mark.browser
def test_png_has_the_exact_size_and_shows_the_incidents(incidents, tmp_path, browser,
                                                        offline_assets):
    from PIL import Image

    path = to_png(render(incidents, offline=True), tmp_path / "map.png", width=900, height=640)
    image = Image.open(path)
    assert image.size == (900, 640)
    assert len(image.convert("RGB").getcolors(maxcolors=2_000_000)) > 50
    assert _red_pixels(path.read_bytes()) > 500  # the drone-attack regions are in view


@pytest.mark.browser
def test_cli_png(tmp_path, browser, offline_assets):
    out = tmp_path / "m.png"
    proc = run_cli("map", str(EXAMPLE), "--offline", "--png", str(out), "--width", "640",
                   "--height", "480")
    assert proc.returncode == 0, proc.stderr.decode()
    from PIL import Image

    assert Image.open(out).size == (640, 480)


def test_no_browser_is_a_one_line_error_saying_how_to_install(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "GEOMAP_CHROMIUM"}
    env["PATH"] = str(tmp_path)  # no chromium on this PATH
    proc = subprocess.run([sys.executable, "-m", "geomap", "map", str(EXAMPLE), "--png",
                           str(tmp_path / "x.png")], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 1
    assert "apt-get install chromium" in proc.stderr and proc.stderr.count("\n") == 1
    assert not (tmp_path / "x.png").exists()


@pytest.fixture
def no_playwright(monkeypatch):
    """Playwright not installed: importing it fails as it would without the package."""
    monkeypatch.setitem(sys.modules, "playwright", None)
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)


def test_png_without_playwright_says_what_to_install(incidents, tmp_path, no_playwright):
    from geomap.errors import MissingDependencyError

    with pytest.raises(MissingDependencyError, match=r"pip install 'geomap\[browser\]'"):
        to_png(render(incidents, tiles=None), tmp_path / "m.png")
    assert not (tmp_path / "m.png").exists()


@pytest.mark.parametrize("command", [["map", "--png", "{out}/m.png", "-o", "{out}/m.html"],
                                     ["report", "--pdf", "{out}/r.pdf", "-o", "{out}/r.html"]])
def test_images_without_playwright_are_a_one_line_error_before_any_work(tmp_path, command,
                                                                        no_playwright):
    args = [a.format(out=tmp_path) for a in command]
    proc = run_cli(args[0], str(EXAMPLE), *args[1:])
    stderr = proc.stderr.decode()
    assert proc.returncode == 1
    assert stderr.splitlines() == [stderr.strip()] and "Traceback" not in stderr
    assert stderr.startswith("geomap: error: PNG images and PDFs need Playwright")
    assert "pip install" in stderr
    assert list(tmp_path.iterdir()) == []  # failed before the work: nothing written


def test_report_without_a_browser_logs_a_warning_and_has_no_image(incidents, monkeypatch,
                                                                    tmp_path, caplog,
                                                                    offline_assets):
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(tmp_path / "no-such-chromium"))
    with caplog.at_level("WARNING", logger="geomap"):
        page = build_report(incidents, title="No image")
    assert 'class="map-image"' not in page and "geomap-fragment" in page
    warnings = [r.getMessage() for r in caplog.records if r.name == "geomap"]
    assert len(warnings) == 1 and "no-such-chromium" in warnings[0]
    assert "the printed report will have no map image" in warnings[0]


# ---------------------------------------------------------------- report

@pytest.fixture(scope="module")
def report_path(incidents, tmp_path_factory, offline_assets):
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(build_report(incidents, title="Week <20>", offline=True), encoding="utf-8")
    return path


@pytest.mark.browser  # the report's print snapshot is taken by Chromium
def test_report_contains_map_counts_and_every_escaped_evidence(report_path, incidents):
    import json

    page = report_path.read_text(encoding="utf-8")
    assert "<title>Week &lt;20&gt;</title>" in page
    assert "Period covered: 2024-05-13 – 2024-05-15" in page
    assert 'class="geomap-fragment"' in page and '<img class="map-image"' in page
    assert '<table class="counts">' in page and "Vinnytsia (UA-05)" in page
    for raw in incidents["evidence_all"]:
        for item in json.loads(raw):
            text = item["evidence"]
            plain = re.sub(r"</?mark>", "", re.sub(r"<blockquote>(.*?)</blockquote>", r"\1",
                                                    page))
            import html as _html

            assert _html.escape(text) in plain
    assert "<script>window.__pwned" not in page and "<img src=x" not in page


@pytest.mark.browser
def test_report_opens_cleanly_and_prints_to_pdf_with_an_image(page_log, report_path,
                                                              tmp_path):
    page = page_log.open(report_path)
    assert page.locator(".leaflet-container").count() == 1
    assert page.evaluate("window.__pwned") is None
    assert page_log.errors == [] and page_log.requests == []
    pdf = to_pdf(report_path, tmp_path / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) >= 1
    assert re.search(rb"/Subtype\s*/Image", pdf)


def test_cli_report(tmp_path, browser, offline_assets):
    out, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    proc = run_cli("report", str(EXAMPLE), "--offline", "--title", "Briefing", "-o", str(out),
                   "--pdf", str(pdf))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "<h1>Briefing</h1>" in out.read_text(encoding="utf-8")
    assert pdf.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- notebooks

@pytest.mark.browser
def test_map_repr_html_renders_in_chromium(page_log, incidents, tmp_path, offline_assets):
    m = render(incidents, offline=True)
    cell = m._repr_html_()
    assert cell.startswith("<iframe")
    path = tmp_path / "notebook.html"
    path.write_text(f"<!DOCTYPE html><html><body><div class='output'>{cell}</div></body></html>",
                    encoding="utf-8")
    page = page_log.open(path)
    frame = page.frame_locator("iframe")
    frame.locator(".leaflet-container").wait_for()
    assert frame.locator(".geomap-drone_attack").count() == 3
    assert page_log.errors == [] and page_log.requests == []


def test_incidents_show_themselves_as_a_table(incidents):
    table = incidents._repr_html_()
    assert "<table" in table and "event_type" in table


def test_report_has_a_printable_chart_of_incidents_per_day(incidents):
    from geomap.report import daily_chart

    page = build_report(incidents, title="Chart", image=False)
    assert "<h2>Incidents per day</h2>" in page and '<svg class="daily-chart"' in page
    chart = daily_chart(incidents, __import__("geomap").load_taxonomy())
    days = re.findall(r"<title>(\d{4}-\d\d-\d\d): (\d+) ([^<]+)</title>", chart)
    total = sum(int(n) for _, n, _ in days)
    assert total == incidents["date"].notna().sum()
    assert {d for d, _, _ in days} == set(incidents["date"].dropna())
    assert daily_chart(incidents.iloc[0:0], __import__("geomap").load_taxonomy()) == ""


@pytest.mark.browser
def test_image_browser_loads_nothing_but_the_page(tmp_path):
    import http.server
    import threading

    from geomap.images import _in_thread, _screenshot

    chromium_path()  # skips when there is none
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server interface
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    secret = tmp_path / "secret.txt"
    secret.write_text("local file")
    base = f"http://127.0.0.1:{server.server_port}"
    page = (f'<html><body><div class="leaflet-container" style="height:50px"></div>'
            f'<img src="{base}/beacon.gif"><script src="{base}/x.js"></script>'
            f'<iframe src="{secret.as_uri()}"></iframe>'
            f'<link rel="stylesheet" href="{base}/s.css">'
            f'<script>fetch("{base}/fetch").catch(function () {{}});'
            f'document.title = "drawn";</script></body></html>')
    asked = []  # every request the page made reaches this check first, and is refused

    def allowed(url):
        asked.append(url)
        return False

    try:
        # In a thread of its own, as to_png runs it: the session's browser fixture keeps
        # Playwright's event loop busy in this one.
        png = _in_thread(_screenshot, page, 300, 200, allowed)
    finally:
        server.shutdown()
    assert png.startswith(b"\x89PNG")
    assert {u.rsplit("/", 1)[-1] for u in asked} >= {"beacon.gif", "x.js", "s.css", "fetch"}
    assert not any(u.startswith("file:") for u in asked)  # never even asked for
    assert hits == []


def test_the_package_logger_stays_silent_unless_the_application_listens():
    import logging

    import geomap  # noqa: F401 - importing the package installs the handler

    handlers = logging.getLogger("geomap").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_cli_report_without_a_browser_warns_in_one_line_and_writes_the_page(
        tmp_path, monkeypatch, offline_assets):
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(tmp_path / "no-such-chromium"))
    out = tmp_path / "r.html"
    proc = run_cli("report", str(EXAMPLE), "--offline", "-o", str(out))
    stderr = proc.stderr.decode()
    assert proc.returncode == 0, stderr
    warnings = [line for line in stderr.splitlines() if line.startswith("geomap: warning:")]
    assert len(warnings) == 1 and warnings[0].endswith("will have no map image")
    assert "Traceback" not in stderr and 'class="map-image"' not in out.read_text("utf-8")
