"""geomap: turn news text into incident maps, offline.

The pipeline, one module a stage: :mod:`geomap.geoparser` (text to place mentions, with the
offline gazetteer of :mod:`geomap.gazetteer` behind the geopy geocoder of
:mod:`geomap.geocoders`), :mod:`geomap.events` (what happened where),
:mod:`geomap.join` (incidents with boundaries), :mod:`geomap.maps` (folium maps, drawn
with the :class:`~geomap.options.MapOptions` of :mod:`geomap.options`),
:mod:`geomap.output` (pages and fragments), :mod:`geomap.images` (PNG and PDF),
:mod:`geomap.atomic` (the atomic writer) and
:mod:`geomap.export` (GeoJSON, GeoPackage, GeoParquet, CSV).

>>> import geomap
>>> incidents = geomap.extract(geomap.Document("d", "Drones struck the Sumy region."))
>>> incidents[["event_type", "admin1_code"]].values.tolist()
[['drone_attack', 'UA-59']]
"""

import logging

from .errors import GeomapError, InputError, NotFoundError
from .models import Document, Event, Mention, Place

# Warnings go to the "geomap" logger; silent unless the application configures logging.
logging.getLogger("geomap").addHandler(logging.NullHandler())

# The stages import pandas, geopandas and folium: load them only when first used, so that
# `geomap geocode` starts fast.
_LAZY = {
    "Taxonomy": "taxonomy", "load_taxonomy": "taxonomy", "read_incidents": "export",
    "write_incidents": "export", "Gazetteer": "geocoders", "Geoparser": "geoparser",
    "geoparse": "geoparser", "extract": "pipeline", "select_incidents": "selection",
    "render": "maps", "save_map": "output", "to_html": "output", "to_fragment": "output",
    "to_png": "images", "to_pdf": "images", "MapOptions": "options",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


__all__ = [
    "Document", "Event", "Gazetteer", "Geoparser", "GeomapError", "InputError", "MapOptions",
    "Mention",
    "NotFoundError", "Place", "Taxonomy", "extract", "geoparse", "load_taxonomy",
    "read_incidents", "render", "save_map", "select_incidents", "to_fragment", "to_html",
    "to_pdf", "to_png", "write_incidents",
]
__version__ = "0.1.0"
