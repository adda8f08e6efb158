"""Writing incidents to GeoJSON, GeoPackage, GeoParquet or CSV, atomically.

The format follows the output's extension. Files are written next to their destination
under a temporary name and renamed into place (:func:`geomap.atomic.atomic_path`), so a failed
or interrupted write never leaves a partial file behind and never destroys an existing one.

CSV files are made safe to open in a spreadsheet: a text cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return (which a spreadsheet would run as a
formula), or with ``'``, gets one ``'`` put in front, as OWASP recommends against CSV
injection, and every text cell is quoted. Numeric columns are written as numbers.
:func:`read_incidents` removes the added ``'``, so a CSV reads back exactly as written;
another reader can do the same by dropping a leading ``'`` that is followed by one of
those characters.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import InputError, OutputError
from .atomic import atomic_path
from .join import apply_schema

FORMATS = {
    ".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "GPKG", ".parquet": "GeoParquet",
    ".geoparquet": "GeoParquet", ".csv": "CSV",
}


def format_of(path: str | Path) -> str:
    """The format chosen by an output's extension."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"{path}: unknown output format {suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(sorted(FORMATS))}")
    return FORMATS[suffix]


def write_incidents(gdf, path: str | Path) -> Path:
    """Write the incidents GeoDataFrame to ``path`` in the format of its extension.

    CSV holds the geometry as WKT in a ``wkt`` column next to ``lat`` and ``lon``.
    """
    path = Path(path)
    fmt = format_of(path)
    with atomic_path(path) as tmp:  # GDAL creates the file itself
        try:
            _write(gdf, tmp, fmt)
        except (ValueError, RuntimeError) as err:  # pyogrio's errors are RuntimeErrors
            why = str(err).replace(str(tmp), str(path))
            raise OutputError(f"{path}: cannot write {fmt} ({why})") from err
    return path


def _write(gdf, path: Path, fmt: str) -> None:
    if fmt == "GeoParquet":
        gdf.to_parquet(path, index=False)
    elif fmt == "CSV":
        frame = gdf.drop(columns=gdf.geometry.name)
        for column in _text_columns(frame):  # numbers stay numbers
            frame[column] = frame[column].map(neutralise_cell)
        frame["wkt"] = gdf.geometry.to_wkt(rounding_precision=-1)
        # Every text cell in quotes: a bare carriage return inside one would otherwise
        # end the row for most readers and start the next cell with what follows.
        frame.to_csv(path, index=False, quoting=csv.QUOTE_NONNUMERIC)
    else:
        gdf.to_file(path, driver=fmt, engine="pyogrio",
                    **({"layer": "incidents"} if fmt == "GPKG" else {}))


def _text_columns(frame):
    return frame.select_dtypes(exclude=["number", "bool"]).columns


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A text cell a spreadsheet will show as text, never run as a formula.

    >>> neutralise_cell("=SUM(A1)"), neutralise_cell("'q"), neutralise_cell("Kyiv")
    ("'=SUM(A1)", "''q", 'Kyiv')
    """
    if isinstance(value, str) and value.startswith((*_FORMULA_START, "'")):
        return "'" + value
    return value


def restore_cell(value):
    """The text :func:`neutralise_cell` was given.

    >>> restore_cell(neutralise_cell("-5 killed")), restore_cell("'tis")
    ('-5 killed', "'tis")
    """
    if isinstance(value, str) and value[:1] == "'" and value[1:2] and value[1] in (
            *_FORMULA_START, "'"):
        return value[1:]
    return value


def read_incidents(path: str | Path):
    """Read an incidents file written by :func:`write_incidents` back as a GeoDataFrame."""
    import geopandas as gpd
    import pandas as pd

    path = Path(path)
    fmt = format_of(path)
    if path.is_dir() and fmt == "GeoParquet":  # an incident store folder
        from .store import IncidentStore

        return IncidentStore(path).incidents()
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if fmt == "GeoParquet":
            gdf = gpd.read_parquet(path)
        elif fmt == "CSV":
            frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
            for column in _text_columns(frame):
                frame[column] = frame[column].map(restore_cell)
            geometry = gpd.GeoSeries.from_wkt(frame.pop("wkt"), crs="EPSG:4326")
            gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
        else:
            # An incident store's GeoPackage also holds a documents layer.
            layer = {"layer": "incidents"} if fmt == "GPKG" and _has_store_layers(path) else {}
            gdf = gpd.read_file(path, engine="pyogrio", **layer)
        return apply_schema(gdf)
    except (OSError, ValueError, KeyError, RuntimeError) as err:  # pyogrio: RuntimeError
        raise InputError(f"{path}: not a readable incidents file ({err})") from err


def _has_store_layers(path: Path) -> bool:
    import pyogrio

    return {"incidents", "documents"} <= {name for name, _g in pyogrio.list_layers(path)}
