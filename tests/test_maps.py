"""Maps: layers, legend, popups, offline pages, and behaviour in a real headless Chromium."""

from __future__ import annotations

import io
import re

import pytest

from geomap.errors import InputError
from geomap.models import Document
from geomap.pipeline import extract
from geomap.maps import render
from geomap.output import save_map, to_html

from .conftest import ROOT, map_payload, run_cli

EXAMPLE = ROOT / "examples" / "briefing.txt"
HOSTILE = ("Drones struck Odesa <script>window.__pwned = 1</script> and "
           "<img src=x onerror=\"window.__pwned = 2\"> overnight.")


@pytest.fixture(scope="module")
def example_incidents():
    return extract(Document("briefing", EXAMPLE.read_text(encoding="utf-8"), date="2024-05-15",
                            url="https://example.org/briefing", title="Briefing"))


def layer_names(m) -> list[str]:
    return [c.layer_name for c in m._children.values() if type(c).__name__ == "FeatureGroup"]


# ---------------------------------------------------------------- structure

def test_one_layer_per_type_present_with_counts_and_control_last(example_incidents):
    m = render(example_incidents, tiles=None)
    assert layer_names(m) == ["Drone attack (3)", "Border blockade (2)", "Mine clearing (1)"]
    children = [type(c).__name__ for c in m._children.values()]
    # The layer control is the last control; the incidents' script that fills and counts
    # its layers runs after it.
    assert children[-2:] == ["LayerControl", "IncidentMap"]
    assert list(m._children.values())[-2].options["collapsed"] is False


def test_types_filter_and_unknown_type(example_incidents):
    m = render(example_incidents, types="mine_clearing,border_blockade", tiles=None)
    assert layer_names(m) == ["Border blockade (2)", "Mine clearing (1)"]
    with pytest.raises(InputError, match="unknown event type 'drones'"):
        render(example_incidents, types="drones")


def test_attribution_names_geonames_natural_earth_and_tiles(example_incidents):
    page = to_html(render(example_incidents))
    assert "GeoNames" in page and "Natural Earth" in page and "OpenStreetMap" in page
    assert "tile.openstreetmap.org" in page


def test_offline_page_inlines_everything(example_incidents, offline_assets):
    page = to_html(render(example_incidents, offline=True))
    assert not re.search(r'<(?:script|link|img|iframe)[^>]+(?:src|href)="(?:https?:)?//', page)
    assert "tile.openstreetmap.org" not in page
    assert "L.geoJSON" in page and "GeoNames" in page


def test_article_text_is_escaped_in_the_page():
    gdf = extract(Document("x", HOSTILE, url="javascript:alert(1)", title="<b>T</b>"))
    page = to_html(render(gdf, tiles=None))
    assert "<script>window.__pwned" not in page and "<img src=x" not in page
    assert "javascript:alert" not in page  # only http(s) links are kept
    evidence = map_payload(page)["inc"][0][5][0]
    assert "".join(evidence[:3]) == HOSTILE and evidence[1] == "Odesa"


def test_template_syntax_in_article_text_stays_text(tmp_path):
    text = "Drones struck Odesa; a banner read {{ 7*7 }} and {% if x %}."
    page = to_html(render(extract(Document("x", text, title="{{ title }}")), tiles=None,
                          title="{{ 6*6 }}"))
    assert "{{ 7*7 }}" in page and "{% if x %}" in page and "{{ 6*6 }}" in page


def test_country_only_incidents_are_not_filled():
    gdf = extract(Document("x", "Drones attacked Moldova overnight."), country_only=True)
    page = to_html(render(gdf, tiles=None))
    assert [f[1] for f in map_payload(page)["feat"]] == ["c"]
    assert "whole country only (Moldova)" in page


def test_save_is_atomic_and_readable(example_incidents, tmp_path):
    path = save_map(render(example_incidents, tiles=None), tmp_path / "m.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert oct(path.stat().st_mode)[-3:] in ("644", "664", "666")
    assert [p.name for p in tmp_path.iterdir()] == ["m.html"]


# ---------------------------------------------------------------- command line

def test_cli_map_from_text_default_output(offline_assets, tmp_path):
    proc = run_cli("map", str(EXAMPLE), "--offline", "--title", "Example", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()
    out = tmp_path / "output" / "briefing.html"
    assert out.is_file() and "<title>Example</title>" in out.read_text(encoding="utf-8")


def test_cli_map_from_incidents_file_with_types(tmp_path):
    incidents = tmp_path / "inc.gpkg"
    assert run_cli("extract", str(EXAMPLE), "-o", str(incidents)).returncode == 0
    out = tmp_path / "drones.html"
    proc = run_cli("map", str(incidents), "--types", "drone_attack", "--tiles", "none",
                   "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    page = out.read_text(encoding="utf-8")
    assert "Drone attack (3)" in page and "Border blockade" not in page


def test_cli_map_unknown_type_lists_valid_ones(tmp_path):
    proc = run_cli("map", str(EXAMPLE), "--types", "drones", "-o", str(tmp_path / "m.html"))
    err = proc.stderr.decode()
    assert proc.returncode == 1 and err.count("\n") == 1
    assert "choose from drone_attack, missile_strike" in err
    assert not (tmp_path / "m.html").exists()


# ---------------------------------------------------------------- in the browser

@pytest.fixture(scope="module")
def offline_page(example_incidents, tmp_path_factory, offline_assets):
    path = tmp_path_factory.mktemp("maps") / "example.html"
    return save_map(render(example_incidents, offline=True, title="Example"), path)


@pytest.mark.browser
def test_offline_map_opens_without_errors_or_requests(page_log, offline_page):
    page = page_log.open(offline_page)
    assert page.locator(".leaflet-container").count() == 1
    assert page_log.errors == []
    assert page_log.requests == []


@pytest.mark.browser
def test_an_online_map_without_network_says_so_instead_of_a_blank_page(
        page_log, example_incidents, tmp_path, offline_page):
    path = save_map(render(example_incidents), tmp_path / "online.html")
    page = page_log.open(path)
    assert page_log.requests  # the CDN copies of Leaflet were asked for, and refused
    notice = page.locator(".geomap-network-notice")
    assert notice.is_visible() and "geomap map --offline" in notice.inner_text()
    # Pages that carry Leaflet with them have no such notice at all.
    assert "geomap-network-notice" not in offline_page.read_text(encoding="utf-8")


def _features(page, etype: str) -> int:
    return page.locator(f".geomap-{etype}").count()


def _legend_visible(page) -> list[str]:
    return [e.inner_text() for e in page.locator(".geomap-legend-entry").all() if e.is_visible()]


@pytest.mark.browser
def test_layer_control_toggles_features_and_legend(page_log, offline_page):
    page = page_log.open(offline_page)
    labels = page.locator(".leaflet-control-layers-overlays label")
    assert [t.strip() for t in labels.all_inner_texts()] == [
        "Drone attack (3)", "Border blockade (2)", "Mine clearing (1)"]
    assert _features(page, "drone_attack") == 3
    assert len(_legend_visible(page)) == 3
    checkbox = labels.nth(0).locator("input")
    checkbox.uncheck()
    assert _features(page, "drone_attack") == 0
    assert _features(page, "border_blockade") == 2
    assert [e for e in _legend_visible(page) if "Drone" in e] == []
    checkbox.check()
    assert _features(page, "drone_attack") == 3
    assert any("Drone attack (3)" in e for e in _legend_visible(page))
    assert page_log.errors == []


@pytest.mark.browser
def test_popup_shows_escaped_evidence_and_runs_nothing(page_log, tmp_path, offline_assets):
    gdf = extract(Document("x", HOSTILE, url="https://example.org/a?b=1&c=2", title="Src"))
    path = save_map(render(gdf, offline=True), tmp_path / "hostile.html")
    page = page_log.open(path)
    page.locator(".geomap-drone_attack").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "<script>window.__pwned = 1</script>" in text and "<img src=x" in text
    assert popup.locator("mark").inner_text() == "Odesa"
    link = popup.locator("a")
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.get_attribute("href") == "https://example.org/a?b=1&c=2"
    assert page.evaluate("window.__pwned") is None
    assert page_log.errors == [] and page_log.requests == []


@pytest.mark.browser
def test_screenshot_is_not_blank(page_log, offline_page, tmp_path):
    from PIL import Image

    page = page_log.open(offline_page)
    png = page.screenshot()
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1200, 800)
    colours = image.getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50
    # The drone-attack red is on the page.
    assert any(abs(r - 0xD7) < 40 and abs(g - 0x30) < 50 and abs(b - 0x1F) < 50
               for _, (r, g, b) in colours)


@pytest.mark.browser
def test_large_layers_cluster_their_points(page_log, example_incidents, tmp_path,
                                           offline_assets):
    m = render(example_incidents, offline=True, cluster_threshold=1)
    page_text = to_html(m)
    assert "L.markerClusterGroup" in page_text
    page = page_log.open(save_map(m, tmp_path / "clustered.html"))
    assert page.locator(".marker-cluster").count() >= 1
    assert page_log.errors == [] and page_log.requests == []


# ---------------------------------------------------------------- nothing hidden, time, snapshots

CORPUS = ROOT / "examples" / "corpus.jsonl"
PAGE_SIZES = {"desktop": (1200, 800), "fragment": (1000, 520), "phone": (390, 740)}

# Screen boxes of every incident marker and cluster bubble, the centroid of every drawn
# polygon, and the boxes of the controls, in page coordinates.
_GEOMETRY_JS = """(root) => {
  const box = (e) => { const r = e.getBoundingClientRect();
                       return [r.left, r.top, r.right, r.bottom]; };
  const markers = [], centroids = [];
  root.querySelectorAll("path.geomap-feature").forEach((p) => {
    const d = p.getAttribute("d") || "";
    if (!d || d === "M0 0") return;
    if (/a/i.test(d)) { markers.push(box(p)); return; }
    const nums = d.match(/-?[0-9.]+/g).map(Number);
    let x = 0, y = 0;
    for (let i = 0; i < nums.length; i += 2) { x += nums[i]; y += nums[i + 1]; }
    const pt = p.ownerSVGElement.createSVGPoint();
    pt.x = x / (nums.length / 2); pt.y = y / (nums.length / 2);
    const s = pt.matrixTransform(p.getScreenCTM());
    centroids.push([s.x, s.y]);
  });
  root.querySelectorAll(".marker-cluster").forEach((c) => markers.push(box(c)));
  const controls = Array.from(root.querySelectorAll(
      ".geomap-legend, .leaflet-control-layers, .geomap-time, .leaflet-control-zoom"))
    .filter((c) => c.offsetParent !== null).map(box);
  return {map: box(root.querySelector(".leaflet-container")), markers, centroids, controls};
}"""


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.fixture(scope="module")
def corpus_incidents():
    return extract(CORPUS)


@pytest.fixture(scope="module")
def corpus_page(corpus_incidents, tmp_path_factory, offline_assets):
    folder = tmp_path_factory.mktemp("corpus")
    m = render(corpus_incidents, offline=True, title="Example corpus")
    page = save_map(m, folder / "corpus.html")
    from geomap.output import to_fragment

    fragment = folder / "fragment.html"
    fragment.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
                        "<h1>Story</h1><p>Text before the map.</p>"
                        f"{to_fragment(render(corpus_incidents, offline=True), '520px')}"
                        "<p>Text after.</p></body></html>", encoding="utf-8")
    return {"desktop": page, "phone": page, "fragment": fragment}


@pytest.mark.browser
@pytest.mark.parametrize("size", list(PAGE_SIZES))
def test_initial_view_shows_every_incident_clear_of_the_controls(browser, corpus_page, size):
    from .conftest import PageLog

    log = PageLog(browser, *PAGE_SIZES[size])
    try:
        page = log.open(corpus_page[size])
        found = page.evaluate(_GEOMETRY_JS, page.locator(
            ".geomap-fragment" if size == "fragment" else "body").element_handle())
        assert len(found["markers"]) >= 4 and len(found["centroids"]) >= 4
        assert found["controls"]
        for marker in found["markers"]:
            assert _overlaps(marker, found["map"]) and marker[0] >= found["map"][0]
            assert not any(_overlaps(marker, c) for c in found["controls"]), (marker, found)
        for x, y in found["centroids"]:
            point = (x, y, x + 0.1, y + 0.1)
            assert _overlaps(point, found["map"])
            assert not any(_overlaps(point, c) for c in found["controls"]), (x, y, found)
        if size == "phone":  # the legend starts folded, one tap away
            legend = page.locator(".geomap-legend")
            assert not page.locator(".geomap-legend-entry").first.is_visible()
            legend.locator(".geomap-legend-toggle").click()
            assert page.locator(".geomap-legend-entry").first.is_visible()
        assert log.errors == [] and log.requests == []
    finally:
        log.close()


@pytest.mark.browser
def test_a_popup_opened_at_the_map_edge_lies_inside_the_map(page_log, corpus_page):
    page = page_log.open(corpus_page["desktop"])
    # Move the map so that the easternmost marker sits on the left edge, then open it.
    x = page.evaluate("""() => {
      const map = window[document.querySelector(".folium-map").id];
      const marks = () => Array.from(document.querySelectorAll("path.geomap-feature"))
        .filter((p) => /a/i.test(p.getAttribute("d")));
      const far = marks().reduce((a, b) => (a.getBoundingClientRect().left >
                                          b.getBoundingClientRect().left ? a : b));
      const r = far.getBoundingClientRect();
      map.panBy([r.left + r.width / 2 - 6, 0], {animate: false});
      const edge = marks().reduce((a, b) => (a.getBoundingClientRect().left <
                                           b.getBoundingClientRect().left ? a : b));
      const q = edge.getBoundingClientRect();
      edge.dispatchEvent(new MouseEvent("click", {bubbles: true, clientX: q.left + q.width / 2,
                                                  clientY: q.top + q.height / 2}));
      return q.left + q.width / 2;
    }""")
    assert x < 20
    popup = page.locator(".leaflet-popup")
    popup.wait_for()
    page.wait_for_timeout(600)  # the map pans the popup into view
    box = popup.bounding_box()
    frame = page.locator(".leaflet-container").bounding_box()
    zoom = page.locator(".leaflet-control-zoom").bounding_box()
    assert box["x"] >= frame["x"] and box["y"] >= frame["y"]
    assert box["x"] + box["width"] <= frame["x"] + frame["width"]
    assert box["y"] + box["height"] <= frame["y"] + frame["height"]
    assert box["x"] >= zoom["x"] + zoom["width"]  # not under the zoom buttons
    layers = page.locator(".leaflet-control-layers").bounding_box()
    assert box["y"] >= layers["y"] + layers["height"]  # nor under the layer list
    assert page_log.errors == []


def _legend_counts(page) -> dict[str, str]:
    return {t.split(" (")[0]: t.split(" (")[1].rstrip(")")
            for t in page.locator(".geomap-legend-label").all_inner_texts()}


@pytest.mark.browser
def test_the_time_control_filters_every_layer_and_the_counts(page_log, corpus_page):
    page = page_log.open(corpus_page["desktop"])
    assert _legend_counts(page) == {"Drone attack": "4", "Missile strike": "1", "Shelling": "2",
                                    "Border blockade": "2", "Mine clearing": "2"}
    before = page.locator("path.geomap-feature").count()
    page.locator(".geomap-time-to").evaluate(
        "(e) => { e.value = 0; e.dispatchEvent(new Event('input')); }")
    assert page.locator(".geomap-time-label").inner_text() == "2024-06-03 – 2024-06-03"
    assert _legend_counts(page) == {"Drone attack": "2", "Missile strike": "0", "Shelling": "0",
                                    "Border blockade": "1", "Mine clearing": "0"}
    assert page.locator("path.geomap-feature").count() == 3 < before
    assert page.locator(".geomap-shelling").count() == 0
    labels = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert "Drone attack (2)" in [t.strip() for t in labels]
    page.locator(".geomap-time-from").evaluate(
        "(e) => { e.value = 4; e.dispatchEvent(new Event('input')); }")  # pushes the end too
    assert _legend_counts(page)["Mine clearing"] == "1"
    assert page.locator(".geomap-drone_attack").count() == 0
    page.locator(".geomap-time-play").click()  # plays from the first day shown to the last
    page.wait_for_timeout(200)
    assert page_log.errors == []


@pytest.mark.browser
def test_snapshots_have_the_legend_and_no_controls(browser, corpus_page, corpus_incidents,
                                                   tmp_path):
    from geomap.images import SNAPSHOT_SCRIPT, to_png

    from .conftest import PageLog

    log = PageLog(browser)
    try:
        log.page.add_init_script(SNAPSHOT_SCRIPT)
        page = log.open(corpus_page["desktop"])
        for control in (".leaflet-control-zoom", ".leaflet-control-layers", ".geomap-time"):
            assert page.locator(control).count() == 0, control
        assert page.locator(".geomap-legend-entry").first.is_visible()
        assert page.locator(".geomap-legend-period").inner_text() == (
            "Dates: 2024-06-03 – 2024-06-07")
        assert log.errors == []
    finally:
        log.close()
    from PIL import Image

    png = to_png(render(corpus_incidents, offline=True), tmp_path / "m.png", width=700,
                 height=500)
    assert Image.open(png).size == (700, 500)


@pytest.mark.browser
def test_an_empty_map_says_no_incidents_over_the_documents_area(page_log, tmp_path,
                                                                 offline_assets):
    gdf = extract(Document("x", "Officials in Kyiv and Lviv met on Monday to talk about trade."))
    assert len(gdf) == 0
    page = page_log.open(save_map(render(gdf, offline=True), tmp_path / "empty.html"))
    note = page.locator(".geomap-empty")
    assert note.is_visible() and note.inner_text() == "No incidents"
    assert page.locator(".geomap-legend, .leaflet-control-layers").count() == 0
    centre = page.evaluate("() => window[document.querySelector('.folium-map').id]"
                           ".getCenter()")
    assert 45 < centre["lat"] < 55 and 20 < centre["lng"] < 35
    assert page_log.errors == []


@pytest.mark.browser
def test_clusters_take_the_colours_of_their_types_and_do_not_overlap(page_log, tmp_path,
                                                                       corpus_incidents,
                                                                       offline_assets):
    m = render(corpus_incidents, offline=True, cluster_threshold=1)
    page = page_log.open(save_map(m, tmp_path / "clusters.html"))
    bubbles = page.locator(".geomap-cluster")
    assert bubbles.count() >= 1
    styles = " ".join(b.locator("div").get_attribute("style") for b in bubbles.all())
    assert "conic-gradient" in styles and "#" in styles
    boxes = [b.bounding_box() for b in bubbles.all()]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not _overlaps((a["x"], a["y"], a["x"] + a["width"], a["y"] + a["height"]),
                                 (b["x"], b["y"], b["x"] + b["width"], b["y"] + b["height"]))
    # Close in, and a marker that was in a bubble opens its popup.
    text = page.evaluate("""() => {
      const map = window[document.querySelector(".folium-map").id];
      map.setView([46.48, 30.73], 12, {animate: false});
      const p = Array.from(document.querySelectorAll("path.geomap-drone_attack"))
        .find((e) => /a/i.test(e.getAttribute("d")));
      const r = p.getBoundingClientRect();
      p.dispatchEvent(new MouseEvent("click", {bubbles: true, clientX: r.left + r.width / 2,
                                               clientY: r.top + r.height / 2}));
      return document.querySelector(".leaflet-popup-content").innerText;
    }""")
    assert "Odesa" in text and "Date: 2024-06-03" in text
    assert page_log.errors == []


# ---------------------------------------------------------------- command-line papercuts

def test_bad_tiles_name_is_a_one_line_error_before_any_work(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    result = CliRunner().invoke(main, ["map", str(EXAMPLE), "--tiles", "OpenStreetMapp",
                                       "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 1
    assert result.stderr == ("geomap: error: unknown tile provider 'OpenStreetMapp'; choose a "
                             "name such as OpenStreetMap, CartoDB.Positron, Esri.WorldImagery, "
                             "none\n")
    assert not (tmp_path / "m.html").exists()


def test_known_tile_providers_draw_without_third_party_warnings(example_incidents, recwarn):
    for name in ("CartoDB.Positron", "Esri.WorldImagery", "cartodbpositron"):
        assert "leaflet" in to_html(render(example_incidents, tiles=name)).lower()
    assert [str(w.message) for w in recwarn] == []


def test_undated_plain_text_gets_a_hint_about_date(tmp_path):
    from click.testing import CliRunner

    from geomap.cli import main

    out = tmp_path / "i.geojson"
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE), "-o", str(out)])
    assert result.exit_code == 0
    hints = [line for line in result.stderr.splitlines() if "hint" in line]
    assert hints == ["geomap: hint: 6 incidents have no date; give plain text inputs their "
                     "publication date with --date YYYY-MM-DD"]
    dated = CliRunner().invoke(main, ["extract", str(EXAMPLE), "--date", "2024-05-15", "-o",
                                      str(out)])
    corpus = CliRunner().invoke(main, ["extract", str(CORPUS), "-o", str(out)])
    assert "hint" not in dated.stderr and "hint" not in corpus.stderr


def test_popups_show_every_extra_column_present(example_incidents):
    gdf = example_incidents.copy()
    gdf["admin2_name"] = ["Odeskyi raion", None, None, None, None, None]
    gdf["intercepted"] = [True, False, None, None, None, None]
    gdf["source_desk"] = ["Kyiv desk", None, None, None, None, None]
    payload = map_payload(to_html(render(gdf, tiles=None)))
    assert payload["extra"] == [["admin2_name", "District"], ["intercepted", "Intercepted"],
                                ["mine_domain", "Domain"], ["source_desk", "Source desk"]]
    odesa = next(r for r in payload["inc"] if r[2] == "Odesa")
    assert odesa[7] == ["Odeskyi raion", True, None, "Kyiv desk"]
    # A false "intercepted" says nothing and is not shown.
    assert all(r[7][1] is None for r in payload["inc"] if r[2] != "Odesa")


# ---------------------------------------------------------------- hostile taxonomies

HOSTILE_LABEL = ('<img src="https://beacon.example/t.gif" onerror="window.__pwned = 3">'
                 "Drone <b>attack</b> & <iframe src=\"https://evil.example/\"></iframe>")


@pytest.fixture(scope="module")
def hostile_taxonomy(tmp_path_factory):
    import tomllib

    from geomap.taxonomy import load_taxonomy

    shipped = tomllib.loads((ROOT / "geomap" / "taxonomy.toml").read_text(encoding="utf-8"))
    drone = next(t for t in shipped["type"] if t["id"] == "drone_attack")
    path = tmp_path_factory.mktemp("taxonomy") / "shared.toml"
    lines = ["[[type]]", 'id = "drone_attack"', f"label = {_toml(HOSTILE_LABEL)}",
             'colour = "rgb(200, 40, 30)"', 'draw = "region"',
             f"triggers = [{', '.join(_toml(p) for p in drone['triggers'])}]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_taxonomy(path)


def _toml(value: str) -> str:
    import json

    return json.dumps(value)  # a JSON string is a valid TOML basic string


def test_taxonomy_markup_is_escaped_in_every_part_of_the_page(hostile_taxonomy):
    gdf = extract(Document("d", "Drones struck Odesa and the Kherson region."),
                  taxonomy=hostile_taxonomy)
    page = to_html(render(gdf, taxonomy=hostile_taxonomy, tiles=None))
    assert "<iframe" not in page and "<img src=\"https" not in page
    assert "lt;iframe" in page  # escaped, then carried in JSON


@pytest.mark.browser
def test_taxonomy_label_with_markup_renders_as_text_and_nothing_leaves(
        page_log, hostile_taxonomy, tmp_path, offline_assets):
    gdf = extract(Document("d", "Drones struck Odesa and the Kherson region."),
                  taxonomy=hostile_taxonomy)
    path = save_map(render(gdf, taxonomy=hostile_taxonomy, offline=True), tmp_path / "t.html")
    page = page_log.open(path)
    control = page.locator(".leaflet-control-layers-overlays label")
    assert control.inner_text().strip() == f"{HOSTILE_LABEL} (2)"
    legend = page.locator(".geomap-legend-entry")
    assert legend.inner_text().strip() == f"{HOSTILE_LABEL} (2)"
    page.locator(".geomap-drone_attack").first.click(force=True)
    popup = page.locator(".leaflet-popup-content .geomap-popup-type")
    popup.wait_for()
    assert popup.inner_text().strip().lower() == HOSTILE_LABEL.lower()
    assert page.locator("iframe").count() == 0
    assert page.locator(".leaflet-control-layers img, .geomap-legend img").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page_log.requests == [] and page_log.errors == []


def test_pages_carry_a_restrictive_content_security_policy(example_incidents, offline_assets):
    offline = to_html(render(example_incidents, offline=True))
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">',
                       offline).group(1)
    assert policy.startswith("default-src &#x27;none&#x27;; script-src &#x27;unsafe-inline&#x27;;")
    assert "http" not in policy
    online = to_html(render(example_incidents))
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', online).group(1)
    assert "https://cdn.jsdelivr.net" in policy and "https://tile.openstreetmap.org" in policy


def test_online_pages_load_scripts_with_integrity_hashes(example_incidents, offline_assets):
    import base64
    import hashlib

    from geomap import assets

    page = to_html(render(example_incidents))
    tags = re.findall(r"<(?:script|link)[^>]+cdn\.jsdelivr\.net[^>]*>", page)
    assert tags
    for tag in tags:
        address = re.search(r'(?:src|href)="([^"]+)"', tag).group(1)
        name = next(n for n in assets.FILES if assets.url(n) == address)
        package, member, _kind = assets.FILES[name]
        digest = hashlib.sha384(assets._member(package, member)).digest()
        assert f'integrity="sha384-{base64.b64encode(digest).decode()}"' in tag
        assert 'crossorigin="anonymous"' in tag
    # Offline pages still inline the same files.
    assert "cdn.jsdelivr.net" not in to_html(render(example_incidents, offline=True))


def test_hostile_incident_file_is_drawn_as_text(example_incidents, tmp_path):
    from geomap.export import read_incidents, write_incidents
    from geomap.report import build_report

    gdf = example_incidents.copy()
    gdf["place"] = '<script>window.__pwned = 1</script>'
    gdf["admin1_name"] = '<img src=x onerror="window.__pwned = 2">'
    gdf["status"] = '<b>ended</b>'
    gdf["evidence_all"] = ['not json', '{"a": 1}',
                           '[{"evidence": "<i>x</i>", "start": "0", "mention_start": 1}, 7]',
                           '[{"evidence": "x", "url": "javascript:alert(1)", "title": 5}]',
                           '[]', '[null]'][:len(gdf)]
    back = read_incidents(write_incidents(gdf, tmp_path / "shared.geojson"))
    for page in (to_html(render(back, tiles=None)), build_report(back, image=False)):
        assert "<script>window" not in page and "<img src=x" not in page
        assert "<b>ended" not in page and "<i>x</i>" not in page
        assert "javascript:" not in page


# ---------------------------------------------------------------- options and the output stage

def test_offline_is_decided_once_by_the_options(example_incidents, offline_assets):
    from geomap.options import MapOptions

    options = MapOptions(offline=True, tiles="OpenStreetMap", title="Once")
    assert options.tiles is None  # offline: no tiles, whatever was asked
    with pytest.raises(InputError, match="unknown tile provider"):
        MapOptions(offline=True, tiles="OpenStreetMapp")  # a typo is an error all the same
    m = render(example_incidents, options=options)
    page = to_html(m)
    assert "cdn.jsdelivr.net" not in page and "tile.openstreetmap" not in page
    assert "<title>Once</title>" in page
    # the page of an online map on the same incidents, passed the same options explicitly
    online = render(example_incidents, tiles=None)
    assert "cdn.jsdelivr.net" in to_html(online)
    assert "<title>Once</title>" in to_html(online, options)


def test_the_cli_draws_what_the_python_api_draws(tmp_path, offline_assets):
    out = tmp_path / "cli.html"
    proc = run_cli("map", str(EXAMPLE), "--date", "2024-05-15", "--offline", "--title",
                   "Same <map>", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    incidents = extract(Document("b", EXAMPLE.read_text(encoding="utf-8"), date="2024-05-15"))
    api = to_html(render(incidents, offline=True, title="Same <map>"))

    def shape(page):  # element names are random per map
        return re.sub(r"_[0-9a-f]{32}", "_", page)

    cli = out.read_bytes().decode("utf-8")  # as written: Leaflet's CSS has CRLF line ends
    assert "<title>Same &lt;map&gt;</title>" in cli
    assert len(shape(cli)) == pytest.approx(len(shape(api)), rel=0.02)
    assert shape(cli).split("<body>")[0] == shape(api).split("<body>")[0]


OUTPUT_MODULES = ("assets", "errors", "export", "map_elements", "maps", "options", "output",
                  "report", "store")


def test_the_output_stage_has_no_import_cycle():
    """Every geomap import (at module level or inside functions) from the output stage's
    modules leads down, never back."""
    import ast
    from pathlib import Path

    import geomap

    package = Path(geomap.__file__).parent
    graph = {}
    for path in package.glob("*.py"):
        names = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                names |= {node.module.split(".")[0]} if node.module else {
                    a.name for a in node.names}
        graph[path.stem] = {n for n in names if (package / f"{n}.py").exists()}

    def reaches(start, goal):
        seen, todo = set(), list(graph[start])
        while todo:
            here = todo.pop()
            if here == goal:
                return True
            if here not in seen:
                seen.add(here)
                todo += graph.get(here, ())
        return False

    cycles = [m for m in OUTPUT_MODULES if reaches(m, m)]
    assert cycles == []
