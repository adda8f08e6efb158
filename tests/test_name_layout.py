"""The name index's layout on disk, and the lookups that read it as it is."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import zlib

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geomap import data
from geomap.data import Column, Strings
from geomap.gazetteer import NameIndex
from geomap.name_layout import (BUCKETS_KEY, HashedRows, KeyRuns, Prefixes, bucket_count,
                                bucket_of, laid_out, prefix_hash, skeleton_hash, word_prefixes)
from geomap.normalize import skeleton


def _index(keys):
    """A logical index (as the data build makes it) of ``keys``, one row each."""
    return pa.table({"key": keys, "kind": pa.array([0] * len(keys), pa.int8()),
                     "row": pa.array(range(len(keys)), pa.int32()),
                     "primary": [True] * len(keys)})


def test_bucket_count_is_the_next_power_of_two():
    assert [bucket_count(n) for n in (0, 1, 2, 3, 4, 5, 708_094)] == [1, 1, 2, 4, 4, 8, 1 << 20]


def test_a_bucket_is_the_crc_of_the_utf8_bytes_so_it_holds_in_every_process():
    assert bucket_of("kyiv", 1 << 20) == zlib.crc32("kyiv".encode()) & 0xFFFFF
    # (hash() of a str changes with every interpreter: the layout must not)
    code = "from geomap.name_layout import bucket_of; print(bucket_of('lviv', 1024))"
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2")}
    assert runs == {f"{bucket_of('lviv', 1024)}\n"}


def test_laid_out_rows_of_a_key_are_one_run_and_found_whatever_the_collisions():
    keys = ["kyiv", "kyiv", "lviv", "new york", "new york city", "odesa", "kyivska", "sumy"]
    names, prefixes = laid_out(_index(keys))
    buckets = int(names.schema.metadata[BUCKETS_KEY])
    assert buckets == 8 and names.num_rows == len(keys)
    runs = KeyRuns(Strings(names.column("key")), names.column("key_bucket").to_numpy(), buckets)
    for key in set(keys):
        start, end = runs.run(key)
        assert names.column("key").to_pylist()[start:end] == [key] * keys.count(key)
        assert runs.has(key)
    assert runs.run("kyi") is None and runs.run("kharkiv") is None and runs.run("") is None
    assert not runs.has("kyi") and not runs.has("kharkiv") and not runs.has("")
    # eight buckets for eight rows: some share one, and each still finds only its own
    assert len(set(names.column("key_bucket").to_pylist())) < len(set(keys)) + 1
    assert prefixes.column("hash").to_pylist() == sorted(
        {prefix_hash("new "), prefix_hash("new york ")})


def test_word_prefixes_end_at_each_space():
    assert list(word_prefixes("sea of azov")) == ["sea ", "sea of "]
    assert list(word_prefixes("kyiv")) == []


def test_rows_are_found_by_skeleton_hash_in_row_order():
    hashes = pa.array([7, 3, 7, 9, 3, 7], pa.uint32()).to_numpy()
    rows = HashedRows(hashes)
    assert rows.candidates(7) == [0, 2, 5]
    assert rows.candidates(3) == [1, 4]
    assert rows.candidates(8) == [] and rows.candidates(2**32 - 1) == []


def test_prefixes_say_whether_a_run_of_words_may_go_on():
    prefixes = Prefixes(pa.array(sorted({prefix_hash("new "), prefix_hash("new york ")}),
                                 pa.uint32()).to_numpy())
    assert prefixes.may_go_on("new ") and prefixes.may_go_on("new york ")
    assert not prefixes.may_go_on("old ") and not prefixes.may_go_on("new york city ")


def test_strings_and_columns_read_sliced_chunked_arrays_with_missing_values():
    chunked = pa.chunked_array([pa.array(["a", None]), pa.array(["Київ", "b"])]).slice(1)
    assert bytes(Strings(chunked, allow_missing=True)[1]) == "Київ".encode()
    with pytest.raises(ValueError, match="missing values"):
        Strings(chunked)
    column = Column(chunked)
    assert [column[i] for i in range(3)] == [None, "Київ", "b"]
    numbers = Column(pa.chunked_array([pa.array([1.5, None, 2.5], pa.float64())]).slice(1))
    assert (numbers[0], numbers[1]) == (None, 2.5) and type(numbers[1]) is float
    flags = Column(pa.chunked_array([pa.array([True, None, False, True])]).slice(1))
    assert [flags[i] for i in range(3)] == [None, False, True]
    large = Column(pa.array(["x", "yz"], pa.large_string()))
    assert large[1] == "yz"


def test_the_shipped_index_is_laid_out_as_its_rows_say():
    names = data.table("names")
    buckets = int(names.schema.metadata[BUCKETS_KEY])
    assert buckets == bucket_count(names.num_rows)
    key_buckets = names.column("key_bucket").to_numpy()
    assert (key_buckets[1:] >= key_buckets[:-1]).all()
    rng = random.Random(0)
    sample = rng.sample(range(names.num_rows), 3000)
    keys = names.column("key").to_pylist()
    skeletons = names.column("skeleton_hash").to_pylist()
    prefixes = set(data.table("name_prefixes").column("hash").to_pylist())
    for row in sample:
        key = keys[row]
        assert key_buckets[row] == bucket_of(key, buckets), key
        assert skeletons[row] == skeleton_hash(skeleton(key)), key
        assert all(prefix_hash(p) in prefixes for p in word_prefixes(key)), key


def test_lookups_by_key_skeleton_and_prefix_agree_with_a_scan_of_the_index():
    index = NameIndex()
    names = data.table("names", ("key",))
    keys = names.column("key").to_pylist()
    rng = random.Random(1)
    for key in rng.sample(keys, 300) + ["kyiv", "sea of azov", "kherson"]:
        start, end = index._range(key)
        assert set(keys[start:end]) == {key}
        assert (start == 0 or keys[start - 1] != key) and (end == len(keys) or keys[end] != key)
        assert index.has_key(key) and not index.has_key(key + "q")
    hashes = data.table("names", ("skeleton_hash",)).column(0).to_numpy()
    for key in rng.sample(keys, 40) + ["kyiv", "khmelnytskyi"]:
        skel = skeleton(key)
        # (the stored hashes are checked against the keys above)
        expected = sorted((keys[r], r) for r in (hashes == skeleton_hash(skel)).nonzero()[0]
                          if skeleton(keys[r]) == skel)
        assert expected and index._skeleton_lookup(skel) == [r for _, r in expected]
    assert index.may_go_on("new ") and index.may_go_on("sea of ")
    assert not index.may_go_on("zzqx ")
    assert index._range("zzqx") is None and index._skeleton_lookup("zzqxzzqx") == []


@pytest.mark.parametrize("metadata", [False, True])
def test_an_index_not_laid_out_for_lookups_is_refused_in_one_line(tmp_path, metadata):
    for path in data.data_dir().glob("*.parquet"):
        shutil.copy(path, tmp_path / path.name)
    old = pq.read_table(tmp_path / "names.parquet", columns=["key", "kind", "row", "primary"])
    # (as an index built before the layout was, without its columns, and without the
    # metadata that says how many buckets it has, or with it)
    old = old.sort_by("key")
    pq.write_table(old if metadata else old.replace_schema_metadata(None),
                   tmp_path / "names.parquet")
    env = {**os.environ, "GEOMAP_DATA": str(tmp_path)}
    proc = subprocess.run([sys.executable, "-m", "geomap", "geocode", "Kyiv"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1
    assert "names.parquet: not laid out for lookups" in proc.stderr
    assert "boundaries/build.py --relayout" in proc.stderr
