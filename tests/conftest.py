"""Shared fixtures: running the real command line, locating optional resources."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def run_cli(*args: str, stdin: bytes | None = None, check: bool = False):
    """Run the ``geomap`` command line in this process (click's CliRunner), from the
    checkout's root, and return what a subprocess would: ``returncode``, ``stdout`` and
    ``stderr`` as bytes.

    An exception that escapes the command is a traceback on stderr and exit status 1, as it
    would be for a user, so tests that want one line of error text still see the difference.
    """
    import os
    import traceback
    from types import SimpleNamespace

    from click.testing import CliRunner

    from geomap.cli import main

    here = os.getcwd()
    os.chdir(ROOT)
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


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def offline_assets():
    """Leaflet's files for offline maps, provisioned once from the npm registry."""
    import shutil

    from geomap import assets

    if not assets.available():
        if shutil.which("npm") is None:
            pytest.skip("npm is needed once to provision Leaflet for offline maps")
        assets.fetch()
    return assets.cache_dir()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
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
