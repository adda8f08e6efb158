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


class StringColumn:
    """A string column of an Arrow table read straight from its buffers: ``col[i]`` is the
    UTF-8 bytes of row ``i``, without building a Python object per row.

    Bytes compare in code point order, so :mod:`bisect` searches a column sorted as
    Python sorts strings. Built once per table and column (see :func:`string_column`).
    """

    def __init__(self, table, name: str):
        import numpy as np
        import pyarrow as pa

        array = table.column(name).combine_chunks()
        wide = pa.types.is_large_string(array.type)
        _validity, offsets_buf, data_buf = array.buffers()
        offsets = np.frombuffer(offsets_buf, dtype=np.int64 if wide else np.int32,
                                count=len(array) + 1, offset=array.offset * (8 if wide else 4))
        self.offsets = offsets.astype(np.int64)
        self._starts = self.offsets.tolist()  # Python ints: indexing stays cheap in bisect
        self.blob = data_buf.to_pybytes() if data_buf is not None else b""
        self.valid = array.is_valid() if array.null_count else None

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __getitem__(self, i: int) -> bytes:
        return self.blob[self._starts[i]:self._starts[i + 1]]

    def equal_rows(self, value: str) -> list[int]:
        """Rows equal to ``value``: a byte search of the whole column (no index needed)."""
        import numpy as np

        target = value.encode("utf-8")
        rows = []
        pos = self.blob.find(target)
        while pos != -1:
            i = int(np.searchsorted(self.offsets, pos, side="right")) - 1
            if (self._starts[i] == pos and self._starts[i + 1] - pos == len(target)
                    and (self.valid is None or self.valid[i].as_py())):
                rows.append(i)
            pos = self.blob.find(target, pos + 1)
        return rows

    def sorted_range(self, value: str) -> tuple[int, int] | None:
        """Rows equal to ``value`` in a column sorted in code point order (binary search)."""
        import bisect

        target = value.encode("utf-8")
        lo = bisect.bisect_left(self, target)
        hi = bisect.bisect_right(self, target, lo)
        return (lo, hi) if hi > lo else None


_STRING_COLUMNS: dict[tuple[int, str], tuple[object, StringColumn]] = {}


def string_column(table, name: str) -> StringColumn:
    """The :class:`StringColumn` of ``table[name]``, built once per table (keep the table
    alive: shipped tables are cached by :func:`table`)."""
    key = (id(table), name)
    hit = _STRING_COLUMNS.get(key)
    if hit is None or hit[0] is not table:
        hit = _STRING_COLUMNS[key] = (table, StringColumn(table, name))
    return hit[1]


def rows_equal(table, name: str, value: str) -> list[int]:
    """Rows whose string column ``name`` equals ``value``, found in the Arrow buffers.

    A byte search over the column's data instead of ``pyarrow.compute``, which imports
    pandas (half a second) the first time it runs; the column's bytes are read once per
    table, not once per call.

    >>> import pyarrow as pa
    >>> rows_equal(pa.table({"k": ["kyiv", "kyivska", "lviv", "kyiv"]}), "k", "kyiv")
    [0, 3]
    """
    return string_column(table, name).equal_rows(value)
