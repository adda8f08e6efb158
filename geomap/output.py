"""The output stage: HTML pages and embeddable fragments of maps.

A map's page is put together from the parts of its folium/branca Figure (head, body and
script elements): offline, each of Leaflet's files becomes its inlined copy; online, a CDN
link with an integrity hash. A fragment is the same parts without the page-wide ones,
inside one ``<div>``. What a page needs to know about the map (offline, title) comes from
its :class:`~geomap.options.MapOptions`. Images and PDFs of a page are drawn in
:mod:`geomap.images`; every file is written through :mod:`geomap.atomic`.

>>> import geomap
>>> m = geomap.render(geomap.extract(geomap.Document("d", "Drones struck Odesa.")), tiles=None)
>>> fragment = to_fragment(m)
>>> fragment.startswith('<div class="geomap-fragment"') and "<html" not in fragment
True
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from . import assets
from .atomic import write_atomic
from .errors import GeomapError
from .options import MapOptions

#: Name of the head part only a whole page carries (a fragment leaves it out), with
#: branca's own ``meta_http``.
PAGE_HEAD = "geomap_page"
_PAGE_ONLY = ("meta_http", PAGE_HEAD)


def options_of(m, options: MapOptions | None = None) -> MapOptions:
    """``options`` when given, else those the map was drawn with (a folium map geomap did
    not draw is written as an online page)."""
    if options is not None:
        return options
    return getattr(m, "map_options", None) or MapOptions()


def to_html(m, options: MapOptions | None = None) -> str:
    """The whole page of a map; offline maps get every script and style inlined, online
    ones load them with integrity hashes. Both carry a Content-Security-Policy."""
    options = options_of(m, options)
    return page_html(m, options, inline=options.offline)


def page_html(m, options: MapOptions, *, inline: bool) -> str:
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
