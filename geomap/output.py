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
from pathlib import Path

from . import assets
from .errors import GeomapError, InputError
from .inputs import write_atomic
from .maps import tile_urls, to_html

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
    allowed = tuple(assets.url(name) for name in assets.FILES)
    tiles = [re.compile(_tile_pattern(t)) for t in tile_urls(m)]
    png = _in_thread(_screenshot, page, width, height,
                     lambda u: u in allowed or any(t.match(u) for t in tiles))
    write_atomic(path, png)
    return path


# The page is served to the browser from this address, never from a file: a page on an
# http origin cannot read file:// addresses, and every other request is refused.
_PAGE_URL = "http://geomap.invalid/page.html"


def _open(browser, page_html: str, allowed=None, init_script: str | None = None, **options):
    """A new browser page showing ``page_html``. Every request is aborted except the page
    itself, inline data and the addresses ``allowed(url)`` accepts."""
    page = browser.new_page(**options)
    if init_script:
        page.add_init_script(init_script)

    def route(request_route):
        url = request_route.request.url
        if url == _PAGE_URL:
            request_route.fulfill(status=200, content_type="text/html; charset=utf-8",
                                  body=page_html)
        elif url.startswith("data:") or allowed is not None and allowed(url):
            request_route.continue_()
        else:
            request_route.abort()

    page.route("**/*", route)
    page.goto(_PAGE_URL)
    return page


def _tile_pattern(template: str) -> str:
    """A regular expression for the addresses of a tile URL template."""
    parts = re.split(r"(\{[a-z]+\})", template)
    return "".join(r"[A-Za-z0-9_.-]+" if re.fullmatch(r"\{[a-z]+\}", part) else re.escape(part)
                   for part in parts) + r"(\?.*)?$"


def _in_thread(func, *args):
    """Run Playwright's sync API in a thread of its own: it refuses to run where an asyncio
    loop is already running (a Jupyter kernel, another Playwright session)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(func, *args).result()


def _screenshot(page_html: str, width: int, height: int, allowed) -> bytes:
    browser_path = find_browser()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=_BROWSER_ARGS)
        try:
            page = _open(browser, page_html, allowed, init_script=SNAPSHOT_SCRIPT,
                         viewport={"width": width, "height": height})
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
    """Print an HTML page to PDF with headless Chromium (as a reader's print would).

    The page gets nothing from outside itself: its scripts, styles and images must be
    inline (the report page's print view is its inlined map image).
    """
    try:
        page_html = Path(page_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{page_path}: cannot read the page to print ({err})") from err
    pdf = _in_thread(_print, page_html)
    write_atomic(Path(pdf_path), pdf)
    return Path(pdf_path)


def _print(page_html: str) -> bytes:
    browser_path = find_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=_BROWSER_ARGS)
        try:
            page = _open(browser, page_html)
            page.wait_for_load_state("load")
            return page.pdf(format="A4", print_background=True)
        finally:
            browser.close()

