"""Exceptions raised by geomap.

Every error derives from :class:`GeomapError`; the specific ones also derive from the
builtin a caller would expect, so ``except ValueError`` keeps working.
"""

from __future__ import annotations


class GeomapError(Exception):
    """Base class of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """Bad input from the user: an empty query, an unreadable file, a malformed record."""


class NotFoundError(GeomapError, LookupError):
    """A place name that the gazetteer does not know."""


class DataError(GeomapError, OSError):
    """A shipped data file is missing or damaged."""


class MissingDependencyError(GeomapError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class BrowserMissingError(GeomapError, FileNotFoundError):
    """No Chromium to draw images or print with; the message says how to get one."""


class AssetsMissingError(GeomapError, FileNotFoundError):
    """The offline copies of Leaflet are not in the cache and could not be downloaded."""


class DocumentTimeoutError(GeomapError, TimeoutError):
    """One document took longer than its time budget (``--doc-timeout``)."""


class OutputError(GeomapError, OSError):
    """An output file could not be written; the message names the file asked for."""
