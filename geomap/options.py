"""How one map is drawn and written, decided once: :class:`MapOptions`.

The command line parses its options into one :class:`MapOptions` and hands it to
:func:`geomap.maps.render` and to the writers of :mod:`geomap.output` and
:mod:`geomap.images`; the Python API builds one from the keyword arguments of
:func:`geomap.render`. Whatever follows from
``offline`` (no tiles, every script inlined, a Content-Security-Policy without the CDN)
is read from here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import InputError

TILES_EXAMPLES = ("OpenStreetMap", "CartoDB.Positron", "Esri.WorldImagery", "none")
_FOLIUM_TILES = ("openstreetmap", "cartodbpositron", "cartodb positron", "cartodbdark_matter",
                 "cartodb dark_matter")
IMAGE_LIMITS = (100, 8000)


@dataclass(frozen=True)
class MapOptions:
    """The display options of one map.

    Attributes
    ----------
    offline
        A page that makes no network request: no tiles (the built-in outline basemap),
        every script and style inlined. Setting it sets ``tiles`` to None.
    tiles
        A folium/xyzservices tile provider name, or None for the built-in basemap ("none"
        and "" mean None too); an unknown name is an :class:`~geomap.errors.InputError`.
    title
        Shown on the map and as the page title; None (or "") for none.
    cluster_threshold
        With more points than this, points are clustered into type-coloured bubbles.
    width, height
        Size in pixels of a PNG image of the map.

    Examples
    --------
    >>> MapOptions(offline=True, tiles="OpenStreetMap").tiles is None
    True
    >>> MapOptions(tiles="none").tiles is None, MapOptions(title="").title is None
    (True, True)
    """

    offline: bool = False
    tiles: str | None = "OpenStreetMap"
    title: str | None = None
    cluster_threshold: int = 300
    width: int = 1200
    height: int = 800

    def __post_init__(self):
        # The one place where offline decides the tiles.
        set_ = object.__setattr__  # a frozen dataclass normalises its own fields
        set_(self, "offline", bool(self.offline))
        tiles = check_tiles(self.tiles)  # a bad name is an error even when offline
        set_(self, "tiles", None if self.offline else tiles)
        set_(self, "title", self.title or None)
        check_image_size(self.width, self.height)


def check_tiles(tiles: str | None) -> str | None:
    """The tile provider to draw, None for the built-in basemap; a name neither folium nor
    xyzservices knows is an :class:`InputError` listing examples.

    >>> check_tiles("none") is None and check_tiles("OpenStreetMap") == "OpenStreetMap"
    True
    """
    if tiles is None or (isinstance(tiles, str) and tiles.strip().lower() in ("", "none")):
        return None
    if not isinstance(tiles, str) or "{z}" in tiles or tiles.lower() in _FOLIUM_TILES:
        return tiles
    import xyzservices

    try:
        xyzservices.providers.query_name(tiles)
    except ValueError:
        raise InputError(f"unknown tile provider {tiles!r}; choose a name such as "
                         f"{', '.join(TILES_EXAMPLES)}") from None
    return tiles


def check_image_size(width: int, height: int) -> None:
    """An :class:`InputError` unless both sides are within 100..8000 pixels."""
    low, high = IMAGE_LIMITS
    if not (low <= width <= high and low <= height <= high):
        raise InputError(f"image size {width}x{height}: width and height must be "
                         f"{low}..{high}")
