"""The output stage: PNG images and PDFs of map pages, drawn by a headless Chromium
through Playwright, with every request outside the page refused unless it is allowed."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from . import assets
from .atomic import write_atomic
from .errors import BrowserMissingError, GeomapError, InputError, MissingDependencyError
from .options import MapOptions, check_image_size
from .output import options_of, page_html, tile_urls

BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
# Read by the map's script: a still image has no zoom buttons, layer list or time control
# (the legend stays), and is framed for the room they leave.
SNAPSHOT_SCRIPT = "window.geomapSnapshot = true;"


def check_images() -> str:
    """The Chromium to draw images and print with, or the error that says what to install
    (:class:`MissingDependencyError` without Playwright, :class:`BrowserMissingError`
    without Chromium). Called before long work, so that it fails first."""
    _playwright()
    return find_browser()


def _playwright():
    """Playwright's sync API, or a :class:`MissingDependencyError` naming what to install."""
    try:
        from playwright import sync_api
    except ImportError as err:
        raise MissingDependencyError(
            "PNG images and PDFs need Playwright (drawing in headless Chromium), which is "
            "not installed; install it with: pip install 'geomap[browser]'") from err
    return sync_api


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


def to_png(m, path: str | Path, *, width: int | None = None, height: int | None = None,
           options: MapOptions | None = None) -> Path:
    """Draw the map in headless Chromium and save a PNG of exactly ``width`` x ``height``
    (by default the size in the map's options, 1200 x 800).

    Waits until the incident layers (and any tiles) have rendered. The image shows the
    legend but no zoom buttons, layer list or time control.
    """
    options = options_of(m, options)
    width = options.width if width is None else width
    height = options.height if height is None else height
    check_image_size(width, height)
    path = Path(path)
    check_images()
    # Scripts from the cache even for an online map: fewer waits.
    page = page_html(m, options, inline=options.offline or assets.available())
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
    api = _playwright()
    PlaywrightError, sync_playwright = api.Error, api.sync_playwright

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
    check_images()
    pdf = _in_thread(_print, page_html)
    write_atomic(Path(pdf_path), pdf)
    return Path(pdf_path)


def _print(page_html: str) -> bytes:
    browser_path = find_browser()
    sync_playwright = _playwright().sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=_BROWSER_ARGS)
        try:
            page = _open(browser, page_html)
            page.wait_for_load_state("load")
            return page.pdf(format="A4", print_background=True)
        finally:
            browser.close()
