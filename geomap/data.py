"""Locating and loading the shipped files in ``boundaries/``.

Every shipped file is read through :func:`path`, and tables are cached after the first
load, so nothing is read at import time and nothing twice.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from .errors import DataError

#: ISO 3166-2 codes since replaced, and the codes that replaced them: Poland's voivodeships
#: have had numeric codes since 2018-11-26 (PL-LU became PL-06). The shipped data carries
#: the new ones (see boundaries/build.py); text and gold files may still give the old.
SUPERSEDED_CODES = {"PL-DS": "PL-02", "PL-KP": "PL-04", "PL-LU": "PL-06", "PL-LB": "PL-08",
                    "PL-LD": "PL-10", "PL-MA": "PL-12", "PL-MZ": "PL-14", "PL-OP": "PL-16",
                    "PL-PK": "PL-18", "PL-PD": "PL-20", "PL-PM": "PL-22", "PL-SL": "PL-24",
                    "PL-SK": "PL-26", "PL-WN": "PL-28", "PL-WP": "PL-30", "PL-ZP": "PL-32"}

#: The files geomap ships, by short name.
FILES = {
    "places": "places.parquet",
    "names": "names.parquet",
    "name_prefixes": "name_prefixes.parquet",
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
    "hromadas": "hromadas.parquet",
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
def schema(name: str):
    """The :class:`pyarrow.Schema` of a shipped Parquet file, with its metadata (cached)."""
    import pyarrow.parquet as pq

    try:
        return pq.read_schema(path(name))
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
    array = table.column(name).combine_chunks()
    if array.null_count:
        raise DataError(f"column {name!r} has missing values")
    return _values(array)


def _values(array):
    """The values of a numeric or boolean Arrow array as a NumPy view (a copy for booleans);
    those of missing values are whatever their slots hold."""
    import numpy as np
    import pyarrow as pa

    data = array.buffers()[1]
    if pa.types.is_boolean(array.type):
        bits = np.unpackbits(np.frombuffer(data, dtype=np.uint8), bitorder="little")
        return bits[array.offset:array.offset + len(array)].astype(bool)
    dtype = np.dtype(array.type.to_pandas_dtype())
    return np.frombuffer(data, dtype=dtype, count=len(array), offset=array.offset * dtype.itemsize)


class Strings:
    """A string column read straight from its Arrow buffers: ``strings[i]`` is a view of
    row ``i``'s UTF-8 bytes (it compares equal to ``bytes``), made without copying the
    column or building a Python object per row."""

    def __init__(self, column, *, allow_missing: bool = False):
        import pyarrow as pa

        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        if array.null_count and not allow_missing:  # (a missing value reads as b"")
            raise ValueError("a string column with missing values")
        _validity, offsets, data = array.buffers()
        wide = pa.types.is_large_string(array.type)
        self._offsets = memoryview(offsets).cast("q" if wide else "i")[array.offset:]
        # (as unsigned bytes: Arrow's buffers are signed, and a view of another format
        # than bytes' compares with them item by item, some fifty times slower)
        self._data = memoryview(data).cast("B") if data is not None else memoryview(b"")

    def __getitem__(self, i: int) -> memoryview:
        return self._data[self._offsets[i]:self._offsets[i + 1]]


class Column:
    """One column of an Arrow table read row by row, as Python values, without converting
    the whole column first: numbers and booleans through a view of their buffer, strings
    decoded from theirs, missing values as None.

    >>> import pyarrow as pa
    >>> t = pa.table({"n": [1, 2], "s": ["Kyiv", None], "b": [True, False]})
    >>> [Column(t.column(c))[0] for c in t.column_names], Column(t.column("s"))[1]
    ([1, 'Kyiv', True], None)
    """

    def __init__(self, column):
        import numpy as np
        import pyarrow as pa

        array = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
        self._valid = None
        if array.null_count:
            self._valid = memoryview(_values(pa.Array.from_buffers(
                pa.bool_(), len(array), [None, array.buffers()[0]], offset=array.offset)))
        if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
            strings = Strings(array, allow_missing=True)
            self._get = lambda i: str(strings[i], "utf-8")
        else:
            self._get = memoryview(_values(array)).__getitem__

    def __getitem__(self, i: int):
        if self._valid is not None and not self._valid[i]:
            return None
        return self._get(i)


class Rows:
    """The columns of an Arrow table by name, each a :class:`Column` made on first use."""

    def __init__(self, table):
        self._table = table
        self._columns: dict[str, Column] = {}

    def __getitem__(self, name: str) -> Column:
        column = self._columns.get(name)
        if column is None:
            column = self._columns[name] = Column(self._table.column(name))
        return column
