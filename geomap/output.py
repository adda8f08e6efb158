"""The output stage: HTML pages, embeddable fragments, PNG images and PDFs of maps, and
the atomic writer every file of geomap goes through.

A map's page is put together from the parts of its folium/branca Figure (head, body and
script elements): offline, each of Leaflet's files becomes its inlined copy; online, a CDN
link with an integrity hash. A fragment is the same parts without the page-wide ones,
inside one ``<div>``. What a page needs to know about the map (offline, title) comes from
its :class:`~geomap.options.MapOptions`.

>>> import geomap
>>> m = geomap.render(geomap.extract(geomap.Document("d", "Drones struck Odesa.")), tiles=None)
>>> fragment = to_fragment(m)
>>> fragment.startswith('<div class="geomap-fragment"') and "<html" not in fragment
True
"""

from __future__ import annotations

import contextlib
import functools
import glob
import html
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from pathlib import Path

from . import assets
from .errors import (BrowserMissingError, GeomapError, InputError, MissingDependencyError,
                     OutputError)
from .options import MapOptions, check_image_size

BROWSER_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
#: Name of the head part only a whole page carries (a fragment leaves it out), with
#: branca's own ``meta_http``.
PAGE_HEAD = "geomap_page"
_PAGE_ONLY = ("meta_http", PAGE_HEAD)

# Read by the map's script: a still image has no zoom buttons, layer list or time control
# (the legend stays), and is framed for the room they leave.
SNAPSHOT_SCRIPT = "window.geomapSnapshot = true;"


def options_of(m, options: MapOptions | None = None) -> MapOptions:
    """``options`` when given, else those the map was drawn with (a folium map geomap did
    not draw is written as an online page)."""
    if options is not None:
        return options
    return getattr(m, "map_options", None) or MapOptions()


# ---------------------------------------------------------------- pages


def to_html(m, options: MapOptions | None = None) -> str:
    """The whole page of a map; offline maps get every script and style inlined, online
    ones load them with integrity hashes. Both carry a Content-Security-Policy."""
    options = options_of(m, options)
    return _page(m, options, inline=options.offline)


def _page(m, options: MapOptions, *, inline: bool) -> str:
    head, body, script = _parts(m, inline=inline, fragment=False, strict=options.offline)
    title = f"\n<title>{html.escape(options.title)}</title>" if options.title else ""
    return (f"<!DOCTYPE html>\n<html>\n<head>\n{content_security_policy(m, options)}{title}\n"
            f"    {head}\n</head>\n<body>\n    {body}\n</body>\n"
            f"<script>\n    {script}\n</script>\n</html>")


def save_map(m, path: str | Path, options: MapOptions | None = None) -> Path:
    """Write the map's page to ``path`` atomically."""
    return write_atomic(path, to_html(m, options))


def to_fragment(m, height: str = "520px", options: MapOptions | None = None) -> str:
    """An embeddable HTML snippet of a map: one ``<div>`` with its styles and scripts.

    Element ids are unique per map, the page-wide parts of a standalone map (its
    ``<meta>`` elements, the ``html, body`` styles) are left out, and Leaflet runs only
    once when several fragments share a page. Offline maps carry inlined copies of Leaflet.
    """
    options = options_of(m, options)
    head, body, script = _parts(m, inline=options.offline, fragment=True,
                                strict=options.offline)
    height = html.escape(height)
    return (f'<div class="geomap-fragment" id="{m.get_name()}-fragment" '
            f'style="position:relative;width:100%;height:{height}">'
            f"{head}{body}<script>{script}\n</script></div>")


def _parts(m, *, inline: bool, fragment: bool, strict: bool) -> tuple[str, str, str]:
    """The rendered head, body and script parts of the map's Figure, as branca joins them.

    Leaflet's files become inline copies (``inline``) or links with integrity hashes; an
    offline (``strict``) page that would still load anything else from outside is an error.
    """
    figure = m.get_root()
    for child in figure._children.values():  # what Figure.render does before its template
        child.render()
    head = [_head_part(name, child, inline, fragment, strict)
            for name, child in figure.header._children.items()
            if not (fragment and name in _PAGE_ONLY)]
    body = [child.render() for child in figure.html._children.values()]
    script = [child.render() for child in figure.script._children.values()]
    return tuple("".join(f"\n    {part}" for part in parts) for parts in (head, body, script))


def _head_part(name: str, child, inline: bool, once: bool, strict: bool) -> str:
    from branca.element import CssLink, JavascriptLink

    if not isinstance(child, (CssLink, JavascriptLink)):
        return child.render()
    asset = assets.name_of(child.url)
    if asset is not None:
        return assets.tag(asset, inline=inline, once=once)
    if strict and re.match(r"(https?:)?//", child.url):
        raise GeomapError(f"offline map still refers to {child.url!r} ({name})")
    return child.render()


def tile_urls(m) -> list[str]:
    """URL templates of the map's tile layers."""
    import folium

    return [child.tiles for child in m._children.values()
            if isinstance(child, folium.TileLayer) and isinstance(child.tiles, str)]


def content_security_policy(m, options: MapOptions | None = None, images: str = "data:") -> str:
    """A ``<meta>`` Content-Security-Policy for the page of ``m``: nothing but inline code
    and styles, data images, and (online) Leaflet's CDN and the map's tile servers."""
    scripts = styles = "'unsafe-inline'"
    if not options_of(m, options).offline:
        cdn = assets.url("leaflet_js").split("/npm/")[0]
        scripts += f" {cdn}"
        styles += f" {cdn}"
        images += f" {cdn}"
        images += "".join(f" {source}" for source in map(_tile_source, tile_urls(m)) if source)
    policy = (f"default-src 'none'; script-src {scripts}; style-src {styles}; "
              f"img-src {images}; base-uri 'none'; form-action 'none'")
    return f'<meta http-equiv="Content-Security-Policy" content="{html.escape(policy)}">'


def _tile_source(template: str) -> str | None:
    """The CSP source of a tile URL template ("https://{s}.tile.x.org/..." ->
    "https://*.tile.x.org")."""
    from urllib.parse import urlsplit

    parts = urlsplit(template.replace("{s}", "tiles-s"))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.replace("tiles-s", "*", 1) if "{s}" in template else parts.hostname
    if not re.fullmatch(r"(\*\.)?[a-z0-9.-]+", host):
        return f"{parts.scheme}:"
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


# ---------------------------------------------------------------- images and PDFs


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
    page = _page(m, options, inline=options.offline or assets.available())
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



# ---------------------------------------------------------------- the atomic writer


def write_atomic(path: str | Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` through a temporary file renamed into place, so that a
    failure never leaves a partial file or destroys the previous one (see
    :func:`atomic_path`)."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with atomic_path(path) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as err:
            raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    return path


_WRITING: set[Path] = set()  # temporary files being written, removed if the process ends
_WRITING_LOCK = threading.Lock()


@contextlib.contextmanager
def atomic_path(path: str | Path):
    """A temporary path beside ``path`` to write the whole output to; renamed onto ``path``
    when the block ends, removed when it fails or the process is interrupted (SIGINT,
    SIGTERM). The last complete write wins; a rewritten file keeps its permissions.

    The temporary file does not exist when the block starts (GDAL wants to create it).
    Errors name ``path``, never the temporary name.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path)
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-",
                                    suffix=f".tmp{path.suffix}", dir=path.parent)
        os.close(fd)
        os.unlink(name)
    except OSError as err:
        raise OutputError(f"{path}: cannot write ({err.strerror or err})") from err
    tmp = Path(name)
    with _WRITING_LOCK:
        _WRITING.add(tmp)
    previous = _catch_sigterm()
    try:
        yield tmp
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except OutputError:
        raise
    except OSError as err:
        why = err.strerror or str(err).replace(str(tmp), str(path))
        raise OutputError(f"{path}: cannot write ({why})") from err
    finally:
        _remove(tmp)
        with _WRITING_LOCK:
            _WRITING.discard(tmp)
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def check_writable(path: str | Path, *, folder_ok: bool = False) -> Path:
    """Fail now, in the words :func:`atomic_path` would use later, if ``path`` cannot be
    written: it is a folder (unless ``folder_ok``: outputs that are folders, such as a
    GeoParquet store), or nothing can be created in the nearest folder above it that
    exists. Commands call it before their work, so that no work is lost to a typo."""
    path = Path(path)
    if path.is_dir() and not folder_ok:
        raise OutputError(f"{path}: cannot write (Is a directory)")
    folder = path if path.is_dir() else path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    try:
        if folder in (path, path.parent):  # a trial file where the output will go
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".check", dir=folder)
            os.close(fd)
            os.unlink(name)
        else:  # a trial folder where the missing folders will go
            os.rmdir(tempfile.mkdtemp(prefix=".geomap-check-", dir=folder))
    except OSError as err:
        why = err.strerror or str(err)
        if isinstance(err, NotADirectoryError):
            why = f"{folder} is not a folder"
        raise OutputError(f"{path}: cannot write ({why})") from err
    return path


def _remove_stale(path: Path) -> None:
    """Remove what earlier writes of ``path`` left when their process was killed outright
    (SIGKILL, a power cut): temporary files named after a process that no longer runs."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*-*.tmp{path.suffix}*"):
        pid = leftover.name[len(path.name) + 2:].split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            try:
                leftover.unlink()
            except OSError:  # another writer got there first, or it is not ours to remove
                pass


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def _mode_for(path: Path) -> int:
    """The existing file's permission bits, else those a new file gets (0666 minus umask)."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


@functools.cache
def _umask() -> int:
    # Read without os.umask(), which would briefly change it for every thread.
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except OSError:
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _remove(tmp: Path) -> None:
    for leftover in (tmp, *(Path(f"{tmp}{s}") for s in ("-journal", "-wal", "-shm"))):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass


def _catch_sigterm():
    """In the main thread, turn SIGTERM into SystemExit for the length of a write so the
    temporary files are removed; returns the handler to restore (None: nothing changed)."""
    if threading.current_thread() is not threading.main_thread():
        return None
    try:
        if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
            return None
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main interpreter
        return None


def _on_sigterm(signum, _frame):
    with _WRITING_LOCK:
        pending = list(_WRITING)
    for tmp in pending:  # other threads' writes too: the process is going away
        _remove(tmp)
    raise SystemExit(128 + signum)
