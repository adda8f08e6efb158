"""geomap: turn news text into incident maps, offline.

The pipeline, one module a stage: :mod:`geomap.geoparse` (text to place mentions, with the
offline gazetteer of :mod:`geomap.gazetteer` behind the geopy geocoder of
:mod:`geomap.geocoders`), :mod:`geomap.events` (what happened where),
:mod:`geomap.join` (incidents with boundaries), :mod:`geomap.render` (folium maps) and
:mod:`geomap.export` (GeoJSON, GeoPackage, GeoParquet, CSV).

>>> import geomap
>>> incidents = geomap.extract(geomap.Document("d", "Drones struck the Sumy region."))
>>> incidents[["event_type", "admin1_code"]].values.tolist()
[['drone_attack', 'UA-59']]
"""

import sys
import types

from .errors import GeomapError, InputError, NotFoundError
from .models import Document, Event, Mention, Place

# The stages import pandas, geopandas and folium: load them only when first used, so that
# `geomap geocode` starts fast.
_LAZY = {
    "Taxonomy": "events", "load_taxonomy": "events", "read_incidents": "export",
    "write_incidents": "export", "Gazetteer": "geocoders", "Geoparser": "geoparse",
    "geoparse": "geoparse", "extract": "pipeline", "select_incidents": "pipeline",
    "render": "render", "save_map": "render", "to_html": "render", "to_fragment": "report", "to_png": "report", "to_pdf": "report",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")


class _Package(types.ModuleType):
    """Keeps ``geomap.geoparse`` and ``geomap.render`` the functions.

    Importing a submodule normally binds it as an attribute of its package, which would
    hide the function of the same name; the submodules stay reachable as usual through
    ``from geomap.render import ...`` (they live in ``sys.modules``).
    """

    def __setattr__(self, name, value):
        if name in _LAZY and isinstance(value, types.ModuleType) and name == _LAZY[name]:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Document", "Event", "Gazetteer", "Geoparser", "GeomapError", "InputError", "Mention",
    "NotFoundError", "Place", "Taxonomy", "extract", "geoparse", "load_taxonomy",
    "read_incidents", "render", "save_map", "select_incidents", "to_fragment", "to_html",
    "to_pdf", "to_png", "write_incidents",
]
__version__ = "0.1.0"
