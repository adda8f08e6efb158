"""Locating and loading the shipped files in ``boundaries/``.

Every shipped file is read through :func:`path`, and tables are cached after the first
load, so nothing is read at import time and nothing twice.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .errors import DataError

#: The files geomap ships, by short name.
FILES = {
    "places": "places.parquet",
    "names": "names.parquet",
    "admin1": "admin1.parquet",
    "countries": "countries.parquet",
    "seas": "seas.parquet",
    "borders": "borders.parquet",
    "continents": "continents.parquet",
    "regions": "regions.parquet",
    "counties": "counties.parquet",
    "demonyms": "demonyms.parquet",
    "words": "words.parquet",
    "settlements": "settlements.parquet",
    "admin2": "admin2.parquet",
}


@cache
def data_dir() -> Path:
    """The folder holding the shipped data.

    ``GEOMAP_DATA`` overrides it; otherwise the ``boundaries/`` folder installed with the
    package (or beside it in a source checkout).
    """
    env = os.environ.get("GEOMAP_DATA")
    here = Path(__file__).resolve().parent
    candidates = [Path(env)] if env else [here / "boundaries", here.parent / "boundaries"]
    for folder in candidates:
        if (folder / FILES["names"]).is_file():
            return folder
    tried = ", ".join(str(c) for c in candidates)
    hint = "check GEOMAP_DATA" if env else "reinstall geomap"
    raise DataError(f"geomap data not found in {tried}; {hint}")


def path(name: str) -> Path:
    """Path of the shipped file ``name`` (a key of :data:`FILES`)."""
    try:
        filename = FILES[name]
    except KeyError:
        raise DataError(f"unknown data file {name!r}; choose from {', '.join(FILES)}") from None
    return data_dir() / filename


@cache
def table(name: str, columns: tuple[str, ...] | None = None):
    """A shipped Parquet file as a :class:`pyarrow.Table` (cached; geometry left as WKB)."""
    import pyarrow.parquet as pq

    try:
        # ParquetFile, unlike read_table, does not import pyarrow.dataset (and pandas).
        with pq.ParquetFile(path(name)) as fh:
            return fh.read(columns=list(columns) if columns else None)
    except (OSError, ValueError) as err:
        raise DataError(f"{path(name)}: cannot read ({err})") from err


@cache
def frame(name: str):
    """A shipped GeoParquet file as a GeoDataFrame in EPSG:4326 (cached; do not modify)."""
    import geopandas as gpd

    try:
        return gpd.read_parquet(path(name))
    except (OSError, ValueError) as err:
        raise DataError(f"{path(name)}: cannot read ({err})") from err


def numpy_column(table, name: str):
    """A numeric or boolean column without nulls as a NumPy array.

    Read straight from the Arrow buffers: pyarrow's own ``to_numpy`` imports pandas, which
    would double the start-up time of ``geomap geocode``.
    """
    import numpy as np
    import pyarrow as pa

    array = table.column(name).combine_chunks()
    if array.null_count:
        raise DataError(f"column {name!r} has missing values")
    data = array.buffers()[1]
    if pa.types.is_boolean(array.type):
        bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")
        return bits[array.offset:array.offset + len(array)].astype(bool)
    dtype = np.dtype(array.type.to_pandas_dtype())
    return np.frombuffer(data, dtype=dtype, count=len(array), offset=array.offset * dtype.itemsize)


def rows_equal(table, name: str, value: str) -> list[int]:
    """Rows whose string column ``name`` equals ``value``, found in the Arrow buffers.

    A byte search over the column's data instead of ``pyarrow.compute``, which imports
    pandas (half a second) the first time it runs.

    >>> import pyarrow as pa
    >>> rows_equal(pa.table({"k": ["kyiv", "kyivska", "lviv", "kyiv"]}), "k", "kyiv")
    [0, 3]
    """
    import numpy as np
    import pyarrow as pa

    target = value.encode("utf-8")
    rows: list[int] = []
    base = 0
    for chunk in table.column(name).chunks:
        wide = pa.types.is_large_string(chunk.type)
        _validity, offsets_buf, data_buf = chunk.buffers()
        offsets = np.frombuffer(offsets_buf, dtype=np.int64 if wide else np.int32,
                                count=len(chunk) + 1, offset=chunk.offset * (8 if wide else 4))
        blob = data_buf.to_pybytes() if data_buf is not None else b""
        pos = blob.find(target)
        while pos != -1:
            i = int(np.searchsorted(offsets, pos, side="right")) - 1
            if offsets[i] == pos and offsets[i + 1] - pos == len(target) and chunk[i].is_valid:
                rows.append(base + i)
            pos = blob.find(target, pos + 1)
        base += len(chunk)
    return rows
