"""How the name index is laid out on disk, so that it is searched as it is read.

``names.parquet`` holds one row per (name, record). Its rows are grouped by the hash
bucket of their key (:func:`bucket_of`, a CRC-32 of the key's UTF-8 bytes, stable across
processes and platforms, unlike :func:`hash`), and sorted by key, kind and row inside a
bucket. The rows a key names are then one run, in a known bucket: a lookup reads a few
rows of the Arrow buffers and no dict of half a million keys is built at start-up.

Two columns more serve the other lookups:

- ``key_bucket``, each row's bucket (sorted, so it costs next to nothing on disk), from
  which the start of every bucket is counted;
- ``skeleton_hash``, the CRC-32 of the skeleton of each row's key (the fuzzy key of
  :func:`geomap.normalize.skeleton`, which the key determines), from which the rows of a
  skeleton are found: rows whose hash matches are checked against the skeleton of their
  key, so a hash shared by two skeletons never gives a wrong row.

``name_prefixes.parquet`` holds the sorted hashes of the word prefixes of the keys ("new "
and "new york " for "new york city"): whether a run of words may go on to a longer name.
A hash may answer yes for a prefix that begins no name (about once in 30,000 runs); the
geoparser then looks the longer runs up and finds nothing, as it would have.

The data build (``boundaries/build.py``) lays the index out with :func:`laid_out`; the
gazetteer reads it with :class:`KeyRuns`, :class:`HashedRows` and :class:`Prefixes`.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left, bisect_right

from .data import Strings

#: Schema metadata key holding the number of buckets.
BUCKETS_KEY = b"geomap.buckets"


def bucket_count(rows: int) -> int:
    """The number of buckets for ``rows`` rows: the smallest power of two at least that."""
    return 1 << max(0, rows - 1).bit_length()


def bucket_of(text: str, buckets: int) -> int:
    """The bucket of ``text`` among ``buckets`` (a power of two)."""
    return zlib.crc32(text.encode("utf-8")) & (buckets - 1)


def prefix_hash(prefix: str) -> int:
    """The hash under which a word prefix (ending with a space) is stored."""
    return zlib.crc32(prefix.encode("utf-8"))


def word_prefixes(key: str):
    """The word prefixes of ``key``, each ending with its space.

    >>> list(word_prefixes("new york city"))
    ['new ', 'new york ']
    """
    cut = key.find(" ")
    while cut != -1:
        yield key[:cut + 1]
        cut = key.find(" ", cut + 1)


def skeleton_hash(skel: str) -> int:
    """The hash under which rows are found by the skeleton of their key."""
    return zlib.crc32(skel.encode("utf-8"))


def laid_out(index):
    """(names, prefixes): the index table (columns key, kind, row, primary) in bucket order
    with its ``key_bucket`` and ``skeleton_hash`` columns, and the table of sorted
    word-prefix hashes."""
    import numpy as np
    import pyarrow as pa

    from .normalize import skeleton

    index = index.select(["key", "kind", "row", "primary"])
    keys = index.column("key").to_pylist()
    buckets = bucket_count(len(keys))
    table = index.append_column("key_bucket", pa.array(
        [bucket_of(k, buckets) for k in keys], pa.int32()))
    skeletons = {k: skeleton_hash(skeleton(k)) for k in set(keys)}
    table = table.append_column("skeleton_hash", pa.array(
        [skeletons[k] for k in keys], pa.uint32()))
    table = table.sort_by([("key_bucket", "ascending"), ("key", "ascending"),
                           ("kind", "ascending"), ("row", "ascending")])
    table = table.replace_schema_metadata({BUCKETS_KEY: str(buckets).encode()})
    hashes = np.unique(np.fromiter((prefix_hash(p) for k in set(keys) for p in word_prefixes(k)),
                                   dtype=np.uint32))
    return table, pa.table({"hash": pa.array(hashes, pa.uint32())})


class KeyRuns:
    """The rows of each key in a table in bucket order (see :func:`laid_out`)."""

    def __init__(self, keys: Strings, key_bucket, buckets: int):
        import numpy as np

        starts = np.zeros(buckets + 1, dtype=np.int64)
        np.cumsum(np.bincount(key_bucket, minlength=buckets), out=starts[1:])
        self._starts = memoryview(starts)
        self._keys = keys
        self._mask = buckets - 1

    def run(self, key: str) -> tuple[int, int] | None:
        """The rows ``[start, end)`` of ``key`` (one run: a bucket is sorted by key), or
        None."""
        target = key.encode("utf-8")
        b = zlib.crc32(target) & self._mask
        keys = self._keys
        i, end = self._starts[b], self._starts[b + 1]
        while i < end and keys[i] != target:
            i += 1
        if i == end:
            return None
        start = i
        if keys[end - 1] == target:
            return start, end  # (the last key of its bucket: most often the only one)
        while keys[i] == target:
            i += 1
        return start, i

    def has(self, key: str) -> bool:
        """Whether ``key`` has rows (without counting them)."""
        target = key.encode("utf-8")
        b = zlib.crc32(target) & self._mask
        keys = self._keys
        for i in range(self._starts[b], self._starts[b + 1]):
            if keys[i] == target:
                return True
        return False


class HashedRows:
    """Rows found by a stored 32-bit hash of a value: candidates whose hash matches, in row
    order (the caller checks each against the value itself)."""

    def __init__(self, hashes):
        import numpy as np

        # (one sort of (hash, row) pairs packed in 64 bits: several times faster than a
        # stable argsort of the hashes, and it orders equal hashes by row all the same)
        packed = np.sort(hashes.astype(np.uint64) << np.uint64(32)
                         | np.arange(len(hashes), dtype=np.uint64))
        self._sorted = (packed >> np.uint64(32)).astype(np.uint32)
        self._view = memoryview(self._sorted)
        self._order = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)

    def candidates(self, value: int) -> list[int]:
        # (bisect on a view of the sorted hashes: a numpy search of one scalar costs
        # several times more)
        lo = bisect_left(self._view, value)
        hi = bisect_right(self._view, value, lo)
        return self._order[lo:hi].tolist()


class Prefixes:
    """The word prefixes of the keys, by hash (see :func:`laid_out`)."""

    def __init__(self, hashes):
        self._hashes = memoryview(hashes)  # sorted uint32

    def may_go_on(self, prefix: str) -> bool:
        """Whether some key may begin with ``prefix`` (whole words and their space) and go
        on; a few prefixes that begin none say yes (their hash is another's)."""
        v = prefix_hash(prefix)
        i = bisect_left(self._hashes, v)
        return i < len(self._hashes) and self._hashes[i] == v
