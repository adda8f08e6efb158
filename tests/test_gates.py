"""Gated patterns (geomap.gates): searched only where a match can begin, they find exactly
what the pattern finds, whatever the text, its case, its letters and the part searched."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import vocabulary as V
from geomap.gates import Gated, gated, lazy, start_strings
from geomap.taxonomy import load_taxonomy


def _gated_patterns() -> list[Gated]:
    found = [value for value in vars(V).values() if isinstance(value, Gated)]
    for etype in load_taxonomy().types:
        found += [*etype.triggers, etype.trigger]
    return [p for p in found if p.starts is not None]


GATED = _gated_patterns()
# Pieces of text where matches begin and end: the gates' own start strings, words that
# follow them, and the characters that lower case or case-insensitive matching treat
# specially (a dotted capital I, a Kelvin sign, a long s, digits of another script).
_STARTS = sorted({s for p in GATED for s in p.starts})
_PIECES = st.one_of(
    st.sampled_from(_STARTS),
    st.sampled_from(["said", "the", "drones", "missiles", "struck", "Kyiv", "year", "ago",
                     "week", "2023", "12", ",", ".", ";", "(", "\u2014", "-", "\n",
                     "\u0130", "\u0131", "\u212a", "\u017f", "\u0663", "\u00e9"]),
    st.text(max_size=4))


def _same(found, expected) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groups() == expected.groups()


@settings(max_examples=150)
@given(st.lists(_PIECES, max_size=16), st.sampled_from([" ", "", ", "]),
       st.booleans(), st.integers(0, 40), st.integers(0, 120))
def test_a_gated_pattern_finds_what_its_pattern_finds(pieces, glue, upper, pos, endpos):
    text = glue.join(pieces)
    text = text.upper() if upper else text
    for pattern in GATED:
        assert _same(pattern.search(text), pattern.compiled.search(text)), (pattern, text)
        assert _same(pattern.search(text, pos, endpos),
                     pattern.compiled.search(text, pos, endpos)), (pattern, text, pos, endpos)


@settings(max_examples=25)
@given(st.lists(_PIECES, min_size=1, max_size=16), st.integers(0, 900))
def test_a_gated_pattern_finds_what_its_pattern_finds_in_a_long_text(pieces, pos):
    # (a long text is read in turns with the pattern, which stops at its first match)
    text = "".join(pieces) + " "
    text = text * (1 + 1500 // len(text))
    for pattern in GATED:
        assert _same(pattern.search(text, pos), pattern.compiled.search(text, pos)), (
            pattern, text[:80])


def test_the_rules_long_alternations_and_the_taxonomy_are_gated():
    assert all(isinstance(p, Gated) for p in (V.PAST, V.ENDED, V.CONDITIONAL, V.PLANNED))
    assert len(GATED) > 150
    # a pattern with a single start string is left to the engine's own literal scan
    assert gated(re.compile(r"\bwho\b")).starts is None


@pytest.mark.parametrize("source, flags, expected", [
    (r"\b(last|this) (week|night)", re.I, {"last ", "this "}),
    (r"(?<!not )\b(fired|launched)\b", 0, {"fired", "launched"}),
    (r"(the )?(port|harbour) of", re.I, {"the ", "port of", "harbour of"}),
    (r"(dr\u00f6hnen|drones)", 0, {"dr"}),  # (the parser takes the common start out)
    (r"[Ss]helled|[0-9]+ shells", 0, {"s", *"0123456789"}),
    (r"(?:drone|DRONE)s?\s+(?=hit)", 0, {"drone"}),
    (r"\d+ (drones|missiles)", re.I, set("0123456789")),
])
def test_start_strings_are_read_from_the_parse_tree(source, flags, expected):
    assert start_strings(re.compile(source, flags)) == expected


@pytest.mark.parametrize("source", [
    r"(\w+\s+)?in numbers",      # a word of any letters first
    r"[^.;]{0,20}shelled",       # any character but a few
    r"(the )?",                  # may match nothing at all
    r"(?:x?)+drones",            # a repeat whose body may match nothing
    r"\bsaid|.rones",            # one branch starts anywhere
    r"(\u00f6l|drones)",          # a start string outside ASCII
])
def test_a_match_that_may_start_anywhere_leaves_the_pattern_ungated(source):
    assert start_strings(re.compile(source, re.I)) is None
    pattern = gated(re.compile(source, re.I))
    text = "Losses in numbers: the drones"
    assert pattern.starts is None and _same(pattern.search(text), pattern.compiled.search(text))


@pytest.mark.parametrize("text, span", [
    ("\u0663 drones were shot down", (0, 8)),            # an Arabic-Indic digit is a \d
    ("officials said 12 DRONES flew over", (15, 24)),
    ("Caf\u00e9: 4 missiles", (6, 16)),
])
def test_digits_of_any_script_and_capitals_are_found(text, span):
    pattern = gated(re.compile(r"\b\d+ (drones|missiles)", re.I))
    assert pattern.starts is not None
    assert pattern.search(text).span() == span


def test_letters_that_fold_to_ascii_are_found_as_the_pattern_finds_them():
    pattern = gated(re.compile(r"\b(killed|wounded|struck)\b", re.I))
    # a Kelvin sign matches k, a long s matches s, case-insensitively
    assert pattern.search("Two were \u212aILLED.").span() == (9, 15)
    assert pattern.search("The town was \u017ftruck.").span() == (13, 19)
    # a dotted capital I lowers to two characters: offsets still agree
    assert pattern.search("\u0130zmir: one WOUNDED").span() == (11, 18)


def test_search_reads_only_between_pos_and_endpos():
    pattern = gated(re.compile(r"\b(shelled|struck)\b", re.I))
    text = "Troops shelled Vovchansk; drones struck Sumy."
    assert pattern.search(text, 8).group() == "struck"
    assert pattern.search(text, 0, 12) is None  # "shelled" runs past the end
    assert pattern.search(text, 40, 10) is None
    assert pattern.search(text, -5, 99).group() == "shelled"


@pytest.mark.parametrize("padding", [0, 3000])
def test_the_leftmost_match_wins_when_a_longer_start_string_ends_later(padding):
    # "the" ends before "in the war" does, but starts after it: a search finds the latter
    pattern = gated(re.compile(r"\b(in the war|the)\b", re.I))
    text = "Losses in the war grew. " + "Quiet night. " * (padding // 13)
    assert pattern.search(text).group() == "in the war"
    assert pattern.search(text, 9).group() == "the"


def test_a_gated_pattern_pickles_compares_and_delegates():
    pattern = gated(re.compile(r"\b(shelled|struck) (\w+)", re.I))
    again = pickle.loads(pickle.dumps(pattern))
    assert again == pattern and hash(again) == hash(pattern)
    assert again.search("drones struck Sumy").group(2) == "Sumy"
    assert pattern.pattern == r"\b(shelled|struck) (\w+)" and pattern.flags & re.I
    assert [m.group(1) for m in pattern.finditer("shelled A, struck B")] == ["shelled",
                                                                              "struck"]
    assert pattern.sub("x", "they shelled it") == "they x"
    assert pattern.match("struck Kyiv") and not pattern.match(" struck Kyiv")


def test_a_lazy_pattern_compiles_on_first_use_and_behaves_as_its_pattern():
    pattern = lazy(r"\b(shelled|struck) (\w+)", re.I)
    assert pattern.pattern == r"\b(shelled|struck) (\w+)"  # (known without compiling)
    with pytest.raises(AttributeError):
        object.__getattribute__(pattern, "compiled")
    assert pattern.search("drones STRUCK Sumy").group(2) == "Sumy"
    assert object.__getattribute__(pattern, "compiled") == re.compile(pattern.pattern, re.I)
    assert pattern.flags & re.I and pattern.groups == 2
    assert pattern == gated(re.compile(r"\b(shelled|struck) (\w+)", re.I))
    fresh = lazy(r"(\d+) drones")
    assert fresh.sub(r"\1 UAVs", "12 drones") == "12 UAVs"  # (a method first)
    again = pickle.loads(pickle.dumps(lazy(r"\bmines?\b", re.I)))
    assert again.search("Sea MINES cleared").group() == "MINES"


def test_a_bad_lazy_pattern_fails_on_first_use_and_every_shipped_one_compiles():
    with pytest.raises(re.error):
        lazy(r"(unclosed").search("text")
    lazy_ones = [value for value in vars(V).values() if isinstance(value, Gated)]
    assert len(lazy_ones) > 200
    for pattern in lazy_ones:
        assert isinstance(pattern.compiled, re.Pattern), pattern.pattern


def _vocabulary_in_a_fresh_process(code: str) -> str:
    """What ``code`` prints, run after importing the vocabulary in a new interpreter (the
    patterns of this one are compiled already)."""
    import subprocess
    import sys

    head = ("import geomap.vocabulary as V\n"
            "from geomap.gates import Gated\n"
            "patterns = [v for v in vars(V).values() if isinstance(v, Gated)]\n"
            "def made(p, name):\n"
            "    try:\n"
            "        return object.__getattribute__(p, name) is not None\n"
            "    except AttributeError:\n"
            "        return False\n")
    return subprocess.run([sys.executable, "-c", head + code], capture_output=True,
                          text=True, timeout=60, check=True).stdout


def test_importing_the_vocabulary_compiles_none_of_its_patterns():
    count, compiled = _vocabulary_in_a_fresh_process(
        "print(len(patterns), sum(made(p, 'compiled') for p in patterns))\n").split()
    assert int(count) > 200 and compiled == "0"


def test_warming_the_vocabulary_compiles_and_gates_every_pattern():
    out = _vocabulary_in_a_fresh_process(
        "V.warm()\n"
        "print(len(patterns) > 200 and all(made(p, 'compiled') and made(p, '_automaton')\n"
        "                                  for p in patterns))\n")
    assert out == "True\n"


def test_one_parse_tree_serves_the_check_the_screens_and_the_gates():
    from geomap.screens import screen_sets
    from geomap.validate import parse_tree, pattern_problem

    source = r"\b(drones?|uavs?) (struck|hit) (the )?(port|refinery) of\b"
    assert pattern_problem(source, re.IGNORECASE) is None
    tree = parse_tree(source, re.IGNORECASE)
    # (a compiled pattern's flags, as the gates read them, are the same tree's)
    assert parse_tree(source, re.compile(source, re.IGNORECASE).flags) is tree
    assert screen_sets(source)
    assert gated(re.compile(source, re.IGNORECASE)).starts == {"drone", "uav"}
    assert parse_tree(source, re.IGNORECASE) is tree
    with pytest.raises(re.error):
        parse_tree(r"(unclosed")
