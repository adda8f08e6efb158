"""Maps for reports: embeddable fragments, PNG images, and a printable report page.

>>> import geomap
>>> m = geomap.render(geomap.extract(geomap.Document("d", "Drones struck Odesa.")), tiles=None)
>>> fragment = to_fragment(m)
>>> fragment.startswith('<div class="geomap-fragment"') and "<html" not in fragment
True
"""

from __future__ import annotations

import html
import os
import re
import shutil
import tempfile
from pathlib import Path

from . import assets
from .errors import GeomapError, InputError
from .io import write_atomic
from .render import to_html

BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


# Read by the map's script: a still image has no zoom buttons, layer list or time control
# (the legend stays), and is framed for the room they leave.
SNAPSHOT_SCRIPT = "window.geomapSnapshot = true;"


class BrowserMissingError(GeomapError, FileNotFoundError):
    """No Chromium to draw images or print with."""


# ---------------------------------------------------------------- fragments


def to_fragment(m, height: str = "520px") -> str:
    """An embeddable HTML snippet of a map: one ``<div>`` with its styles and scripts.

    Element ids are unique per map, the page-wide styles of a standalone map (``html,
    body``) are left out, and Leaflet is loaded only once when several fragments share a
    page. Offline maps carry inlined copies of Leaflet.
    """
    page = to_html(m)
    head = _between(page, "<head>", "</head>")
    body = _between(page, "<body>", "</body>")
    script = page[page.rindex("</body>") + len("</body>"):page.rindex("</html>")]
    head = re.sub(r"<meta[^>]*>", "", head)
    head = re.sub(r"<style>\s*html,\s*body\s*\{[^}]*\}\s*</style>", "", head)
    head = re.sub(r"<style>\s*#map\s*\{[^}]*\}\s*</style>", "", head)
    head = re.sub(r"<title>.*?</title>", "", head, flags=re.S)
    head = _load_once(head)
    name = m.get_name()
    body = body.replace(f'id="{name}"', f'id="{name}" style="height:{html.escape(height)}"', 1)
    return (f'<div class="geomap-fragment" id="{name}-fragment" '
            f'style="position:relative;width:100%;height:{html.escape(height)}">'
            f"{head}{body}{script}</div>")


def _between(page: str, start: str, end: str) -> str:
    return page[page.index(start) + len(start):page.index(end)]


def _load_once(head: str) -> str:
    """Guard inlined libraries so a second fragment on the page does not load them again."""
    def guard(match: re.Match) -> str:
        code = match.group(1)
        if "L.markerClusterGroup" in code or "MarkerClusterGroup" in code[:2000]:
            return f"<script>if (!(window.L && L.markerClusterGroup)) {{ {code}\n}}</script>"
        if "leafletjs.com" in code[:400]:
            return f"<script>if (!window.L) {{ {code}\n}}</script>"
        return match.group(0)

    return re.sub(r"<script>(.*?)</script>", guard, head, flags=re.S)


# ---------------------------------------------------------------- images


def find_browser() -> str:
    """Path of a Chromium: ``$GEOMAP_CHROMIUM`` or the usual names on the PATH."""
    env = os.environ.get("GEOMAP_CHROMIUM")
    if env:
        if not Path(env).exists():
            raise BrowserMissingError(f"GEOMAP_CHROMIUM={env}: no such file")
        return env
    for name in BROWSER_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise BrowserMissingError("no Chromium found for images and PDFs; install one "
                              "(Debian/Ubuntu: apt-get install chromium) or set GEOMAP_CHROMIUM")


def to_png(m, path: str | Path, *, width: int = 1200, height: int = 800) -> Path:
    """Draw the map in headless Chromium and save a PNG of exactly ``width`` x ``height``.

    Waits until the incident layers (and any tiles) have rendered. The image shows the
    legend but no zoom buttons, layer list or time control.
    """
    if width < 100 or height < 100 or width > 8000 or height > 8000:
        raise InputError(f"image size {width}x{height}: width and height must be 100..8000")
    path = Path(path)
    page = to_html(m)
    if assets.available():  # scripts from the cache even for an online map: fewer waits
        page = assets.inline(page, strict=False)
    with tempfile.TemporaryDirectory() as folder:
        page_path = Path(folder) / "map.html"
        page_path.write_text(page, encoding="utf-8")
        png = _in_thread(_screenshot, page_path, width, height)
    write_atomic(path, png)
    return path


def _in_thread(func, *args):
    """Run Playwright's sync API in a thread of its own: it refuses to run where an asyncio
    loop is already running (a Jupyter kernel, another Playwright session)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(func, *args).result()


def _screenshot(page_path: Path, width: int, height: int) -> bytes:
    browser_path = find_browser()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=_BROWSER_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.add_init_script(SNAPSHOT_SCRIPT)
            page.goto(page_path.resolve().as_uri())
            page.wait_for_load_state("load")
            try:
                page.wait_for_selector(".leaflet-container", timeout=20_000)
            except PlaywrightError:
                raise GeomapError("the map did not render in Chromium within 20 s: its "
                                  "scripts could not load (without network access, run "
                                  "'geomap assets --fetch' once or use --offline)") from None
            try:
                page.wait_for_load_state("networkidle", timeout=10_000)
            except Exception:  # noqa: BLE001 - tiles that never arrive: draw what is there
                pass
            page.wait_for_timeout(250)  # let Leaflet finish its zoom animation
            return page.screenshot(full_page=False)
        finally:
            browser.close()


def to_pdf(page_path: str | Path, pdf_path: str | Path) -> Path:
    """Print an HTML page to PDF with headless Chromium (as a reader's print would)."""
    pdf = _in_thread(_print, Path(page_path))
    write_atomic(Path(pdf_path), pdf)
    return Path(pdf_path)


def _print(page_path: Path) -> bytes:
    browser_path = find_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=_BROWSER_ARGS)
        try:
            page = browser.new_page()
            page.goto(Path(page_path).resolve().as_uri())
            page.wait_for_load_state("load")
            return page.pdf(format="A4", print_background=True)
        finally:
            browser.close()

