"""geomap: turn news text into incident maps, offline.

The pipeline, one module a stage: :mod:`geomap.gazetteer` and :mod:`geomap.geocoders`
(names to places), :mod:`geomap.geoparse` (text to place mentions).

>>> from geomap.geocoders import Gazetteer
>>> Gazetteer().geocode("Kyiv").raw["admin1_code"]
'UA-30'
"""

from .errors import GeomapError, InputError, NotFoundError
from .models import Mention, Place

__all__ = ["GeomapError", "InputError", "Mention", "NotFoundError", "Place"]
__version__ = "0.1.0"
