"""Maps: layers, legend, popups, offline pages, and behaviour in a real headless Chromium."""

from __future__ import annotations

import io
import re

import pytest

from geomap.errors import InputError
from geomap.models import Document
from geomap.pipeline import extract
from geomap.render import render, save_map, to_html

from .conftest import ROOT, run_cli

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
    assert type(list(m._children.values())[-1]).__name__ == "LayerControl"
    assert list(m._children.values())[-1].options["collapsed"] is False


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
    assert "&lt;script&gt;" in page.replace("\\u003c", "<").replace("\\u003e", ">").replace(
        "\\u0026", "&")


def test_country_only_incidents_are_not_filled():
    gdf = extract(Document("x", "Drones attacked Moldova overnight."))
    page = to_html(render(gdf, tiles=None))
    assert '"kind":"country"' in page and '"kind":"area"' not in page
    assert "whole country only (Moldova)" in page


def test_save_is_atomic_and_readable(example_incidents, tmp_path):
    path = save_map(render(example_incidents, tiles=None), tmp_path / "m.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert oct(path.stat().st_mode)[-3:] in ("644", "664", "666")
    assert [p.name for p in tmp_path.iterdir()] == ["m.html"]


# ---------------------------------------------------------------- command line

def test_cli_map_from_text_default_output(offline_assets):
    proc = run_cli("map", str(EXAMPLE), "--offline", "--title", "Example")
    assert proc.returncode == 0, proc.stderr.decode()
    out = ROOT / "output" / "briefing.html"
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


# ---------------------------------------------------------------- hostile taxonomies

HOSTILE_LABEL = ('<img src="https://beacon.example/t.gif" onerror="window.__pwned = 3">'
                 "Drone <b>attack</b> & <iframe src=\"https://evil.example/\"></iframe>")


@pytest.fixture(scope="module")
def hostile_taxonomy(tmp_path_factory):
    import tomllib

    from geomap.events import load_taxonomy

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
    from geomap.report_page import build_report

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
