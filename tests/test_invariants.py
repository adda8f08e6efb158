"""Invariants that hold across modules: the build and the runtime agree, keys are stable,
escaping is complete, dates never run ahead of publication."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.event_status import date_of
from geomap.gazetteer import INDEX_KINDS
from geomap.normalize import normalize
from geomap.maps import highlight_evidence
from geomap.models import Evidence

ROOT = Path(__file__).resolve().parent.parent


def _build_constant(name: str):
    """A module-level constant of boundaries/build.py, read without running the build."""
    tree = ast.parse((ROOT / "boundaries" / "build.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"boundaries/build.py defines no {name}")


def test_the_build_stores_the_kind_codes_the_runtime_reads():
    assert tuple(_build_constant("KINDS")) == INDEX_KINDS


@settings(derandomize=True, max_examples=300)
@given(st.text(max_size=60))
def test_normalize_is_idempotent(name):
    once = normalize(name)
    assert normalize(once) == once


def test_normalize_folds_the_spellings_reports_use():
    assert normalize("Khmel'nyts'kyy") == normalize("KHMELNYTSKYY") == "khmelnytskyy"
    assert normalize("Zaporizhzhia  Oblast") == "zaporizhzhia oblast"


@settings(derandomize=True, max_examples=300)
@given(st.text(max_size=80), st.integers(0, 90), st.integers(0, 90), st.integers(-5, 5))
def test_highlight_escapes_everything_but_its_own_mark(text, a, b, shift):
    item = {"evidence": text, "start": shift, "mention_start": shift + min(a, b),
            "mention_end": shift + max(a, b)}
    out = highlight_evidence(Evidence.from_dict(item))
    bare = out.replace("<mark>", "", 1).replace("</mark>", "", 1)
    assert "<" not in bare and ">" not in bare and '"' not in bare
    assert out.count("<mark>") <= 1


def test_highlight_marks_the_place_and_escapes_the_rest():
    text = 'Drones <b>hit</b> Kyiv & "Odesa".'
    start = text.index("Kyiv")
    out = highlight_evidence(Evidence.from_dict({
        "evidence": text, "start": 100, "mention_start": 100 + start,
        "mention_end": 100 + start + 4}))
    assert "<mark>Kyiv</mark>" in out
    assert "&lt;b&gt;hit&lt;/b&gt;" in out and "&amp;" in out


_DAY_WORDS = st.sampled_from([
    "on Monday", "on Tuesday", "last Wednesday", "on Thursday", "this Friday", "Saturday",
    "on Sunday", "yesterday", "today", "overnight", "last night", "last week", "on Dec. 31",
    "on 1 January", "on Feb. 29", "on 29 February", "on March 3", "since May 2 and on May 9",
])


@settings(derandomize=True, max_examples=400)
@given(_DAY_WORDS, st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_a_relative_date_is_never_after_publication(words, published):
    found = date_of(f"Drones struck the port {words}, officials said.", published.isoformat())
    assert found is not None
    assert dt.date.fromisoformat(found) <= published


def test_a_leap_day_is_the_last_one_before_publication():
    assert date_of("Shelling hit the town on Feb. 29.", "2001-01-01") == "2000-02-29"
    assert date_of("Shelling hit the town on 29 February.", "2023-03-01") == "2020-02-29"
    assert date_of("Shelling hit the town on Feb. 30.", "2023-03-01") is None
