"""Shared fixtures: running the real command line, locating optional resources."""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests draw the same examples on every run (a fresh clone's CI included);
# HYPOTHESIS_PROFILE=dev searches afresh, and whatever it finds becomes a fixed test.
settings.register_profile("ci", derandomize=True, deadline=None, database=None,
                          print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, stdin: bytes | None = None, check: bool = False, cwd=None):
    """Run the ``geomap`` command line in this process (click's CliRunner), in ``cwd`` (the
    checkout by default: give a temporary folder when the command writes to its default
    output, so that tests never write into the checkout), and return what a subprocess
    would: ``returncode``, ``stdout`` and ``stderr`` as bytes.

    An exception that escapes the command is a traceback on stderr and exit status 1, as it
    would be for a user, so tests that want one line of error text still see the difference.
    """
    import os
    import traceback
    from types import SimpleNamespace

    from click.testing import CliRunner

    from geomap.cli import main

    here = os.getcwd()
    os.chdir(cwd or ROOT)
    try:
        result = CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=True)
    finally:
        os.chdir(here)
    stderr = result.stderr_bytes or b""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception)).encode()
    proc = SimpleNamespace(returncode=result.exit_code, stdout=result.stdout_bytes,
                           stderr=stderr)
    if check and proc.returncode != 0:
        raise AssertionError(proc.stderr.decode())
    return proc


def json_lines(proc) -> list[dict]:
    return [json.loads(line) for line in proc.stdout.decode().splitlines() if line.strip()]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


_BROWSER_FIXTURES = {"browser", "page_log", "report_path"}


def pytest_collection_modifyitems(items):
    """Every test that drives Chromium carries the ``browser`` mark, whether it says so or
    only asks for a fixture that opens the browser (``pytest -m browser`` runs them all)."""
    for item in items:
        if _BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


def chromium_path() -> str:
    """Chromium found the way geomap finds it ($GEOMAP_CHROMIUM, then the PATH); the test
    is skipped, saying why, when there is none."""
    from geomap.errors import BrowserMissingError
    from geomap.images import find_browser

    try:
        return find_browser()
    except BrowserMissingError as err:
        pytest.skip(str(err))


@pytest.fixture(scope="session")
def offline_assets():
    """Leaflet's files for offline maps, provisioned once from the npm registry."""
    from geomap import assets

    if not assets.available():
        try:
            assets.fetch()
        except assets.AssetsMissingError as err:
            pytest.skip(f"offline maps need Leaflet once from the npm registry: {err}")
    return assets.cache_dir()


@pytest.fixture(scope="session")
def browser():
    """The headless Chromium geomap would use, driven by Playwright."""
    path = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run"])
        yield b
        b.close()


class PageLog:
    """A page whose network is blocked: every request that is not file: or data: is
    recorded and aborted; console errors and page errors are collected."""

    def __init__(self, browser, width=1200, height=800):
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": height})
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        if url.startswith(("file:", "data:", "about:")):
            route.continue_()
        else:
            self.requests.append(url)
            route.abort()

    def open(self, path: Path):
        self.page.goto(Path(path).resolve().as_uri())
        self.page.wait_for_load_state("load")
        self.page.wait_for_timeout(300)
        return self.page

    def close(self):
        self.page.close()


@pytest.fixture
def page_log(browser):
    log = PageLog(browser)
    yield log
    log.close()


def _listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns
            for p in folder.rglob("*")} if folder.is_dir() else {}


@pytest.fixture(scope="session", autouse=True)
def checkout_stays_untouched():
    """Tests write into temporary folders only: output/ (where the README's commands put
    their files) and examples/ are the same after the session as before it."""
    folders = [ROOT / "output", ROOT / "examples"]
    before = [_listing(f) for f in folders]
    yield
    changed = [str(f) for f, b in zip(folders, before) if _listing(f) != b]
    assert not changed, f"the test session wrote into {', '.join(changed)}"


def map_payload(page: str) -> dict:
    """The compact data a map page draws from (plain text, escaped by the page's script)."""
    import json

    found = re.search(r"geomapIncidents\([^,]+, [^,]+,\s*\[[^\]]*\], (\{.*\})\);", page)
    return json.loads(found.group(1))


@pytest.fixture(scope="session")
def parser():
    """One geoparser for the whole run: it loads the gazetteer once."""
    from geomap.geoparser import Geoparser

    return Geoparser()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres, computed here so that tests do not measure
    geomap with its own ruler."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def incident_rows(text: str, date: str | None = "2024-05-12", **kw) -> list[dict]:
    """The incidents :func:`geomap.extract` finds in one text, as plain dicts (missing
    values as None); ``kw`` goes to extract."""
    import pandas as pd

    from geomap.models import Document
    from geomap.pipeline import extract

    gdf = extract([Document("r", text, date=date)], **kw)
    return [{k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in r.items()}
            for r in gdf.drop(columns="geometry").to_dict("records")]


def incident_keys(text: str, **kw) -> set[tuple[str, str]]:
    """(event type, admin-1 code or else place name) of each incident in one text."""
    return {(r["event_type"], r["admin1_code"] or r["place"]) for r in incident_rows(text, **kw)}


def incident_places(text: str, **kw) -> set[tuple[str, str]]:
    """(event type, place name) of each incident in one text."""
    return {(r["event_type"], r["place"]) for r in incident_rows(text, **kw)}
