"""Writing incidents to GeoJSON, GeoPackage, GeoParquet or CSV, atomically.

The format follows the output's extension. Files are written next to their destination
under a temporary name and renamed into place, so a failed write never leaves a partial
file behind and never destroys an existing one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import InputError
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
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()  # GDAL wants to create the file itself
        _write(gdf, tmp, fmt)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def _write(gdf, path: Path, fmt: str) -> None:
    if fmt == "GeoParquet":
        gdf.to_parquet(path, index=False)
    elif fmt == "CSV":
        frame = gdf.drop(columns=gdf.geometry.name)
        frame["wkt"] = gdf.geometry.to_wkt(rounding_precision=-1)
        frame.to_csv(path, index=False)
    else:
        gdf.to_file(path, driver=fmt, engine="pyogrio",
                    **({"layer": "incidents"} if fmt == "GPKG" else {}))


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
