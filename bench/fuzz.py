"""Hostile-input campaign: the slowest texts per kilobyte for extraction and geoparsing.

Two parts:

* named cases: the inputs that used to take exponential or quadratic time (a short sentence
  with a run of hyphens or apostrophes, runs of end marks, hyphen chains, hyphenated pairs
  in text without ". ", long lists of place names, one sentence of many phrases that name
  weapons without their use, many reports of one incident), each at
  growing sizes, with its time in seconds;
* a campaign: hypothesis draws many random and adversarial texts (punctuation runs,
  hyphens, apostrophes, capitals, very long tokens, mixed scripts, control characters) and
  the slowest ones per kilobyte are reported, for ``extract`` (geoparsing, sentences and
  events of one document) and ``geoparse`` alone.

Every case runs under an alarm of ``--limit`` seconds; a case that hits it is reported as
">LIMIT". Timing figures belong here, never in the tests.

Usage: python bench/fuzz.py [--examples 2000] [--limit 30] [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


class _Limit(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Limit


def timed(func, text, limit: float) -> float:
    """Seconds ``func(text)`` took, or ``inf`` past ``limit``."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    start = time.perf_counter()
    try:
        func(text)
    except _Limit:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - start


def _fit(unit: str, size: int) -> str:
    """``unit`` repeated to about ``size`` characters."""
    return unit * max(1, size // len(unit))


def named_cases(sizes: list[int]) -> list[tuple[str, str]]:
    cases = [
        ("hyphen sentence", "Drones " + "-" * 30 + " over Kyiv."),
        ("apostrophe sentence", "Drones " + "'" * 30 + " over Kyiv."),
        ("hyphen sentence, missiles", "Missiles " + "-" * 30 + " over Odesa."),
    ]
    for size in sizes:
        kb = f"{size // 1000} KB"
        cases += [
            (f"end-mark run {kb}", "Drones hit Kyiv. a" + "." * (size - 19) + "a"),
            (f"end-mark runs with spaces {kb}", _fit("Kyiv!?!?!?!? ", size)),
            (f"hyphen chain {kb}", "Drones hit " + _fit("A-", size) + "A crossing."),
            (f"hyphenated pairs, no '. ' {kb}", _fit("Drones hit Kyiv-Lviv checkpoint\n", size)),
            (f"list of places {kb}", "Drones struck " + _fit("Kyiv, Odesa, Lviv and ", size)),
            (f"hyphen runs {kb}", _fit("Drones -------------------- over Kyiv ", size)),
            (f"masked phrases in one sentence {kb}", _fit("made missiles hit Kyiv, ", size)),
        ]
    return cases


def _run_named(sizes: list[int], limit: float, extract_one, geoparse_one,
               only: str | None = None) -> None:
    print(f"{'case':42} {'bytes':>8} {'extract s':>10} {'geoparse s':>11}")
    for name, text in named_cases(sizes):
        if only and only not in name:
            continue
        e = timed(extract_one, text, limit)
        g = timed(geoparse_one, text, limit)
        print(f"{name:42} {len(text.encode()):>8} {_secs(e, limit):>10} {_secs(g, limit):>11}")


def _secs(value: float, limit: float) -> str:
    return f">{limit:.0f}" if value == float("inf") else f"{value:.3f}"


def _merge_case(limit: float) -> None:
    from geomap.taxonomy import load_taxonomy
    from geomap.join import incidents_frame
    from geomap.models import Document, Event, Mention, Place

    place = Place("geonames:703448", "Kyiv", 50.45, 30.52, "locality", "UA", "UA-30",
                  "Kyiv City", source="geonames")
    taxonomy = load_taxonomy()
    for n in (20_000, 40_000):
        sentence = "Drones struck Kyiv."
        pairs = [(Document(f"d{i}", sentence), [Event("drone_attack", "unknown", (
            Mention(14, 18, "Kyiv", place, 0.9),), sentence, 0, 19, "2024-01-01", 0.9)])
                 for i in range(n)]
        seconds = timed(lambda _t: incidents_frame(pairs, taxonomy), "", limit)
        print(f"{'merge of ' + format(n, ',') + ' reports of one incident':42} "
              f"{'':>8} {_secs(seconds, limit):>10}")


def _campaign(examples: int, limit: float, extract_one, geoparse_one, keep: int,
              save: Path | None = None) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    pieces = st.sampled_from([
        "-", "--", "'", "’", ".", "...", "!?", "A-", "Kyiv", "Kyiv-Lviv", " ", "\n", "\t",
        "Drones", "struck", "blocked", "crossing", "the", "region", ",", " and ", "Oblast",
        "A.", "U.S.", "Київ", "東京", "\x00", "\x0b", "\u2028", "(", ")", '"', "—",
        "ÉÉÉ",
    ])
    runs = st.tuples(pieces, st.integers(1, 400)).map(lambda p: p[0] * p[1])
    long_token = st.text(st.sampled_from("Aa-'’."), min_size=50, max_size=3000)
    texts = st.one_of(st.lists(st.one_of(pieces, runs, long_token), max_size=60).map("".join),
                      st.text(max_size=2000))
    results = {"extract": [], "geoparse": []}

    @settings(max_examples=examples, deadline=None, database=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(texts)
    def probe(text):
        if not text:
            return
        # Texts under a kilobyte count as one, so that a pause of the machine on a text of
        # a few bytes does not read as a slow text.
        kb = max(len(text.encode("utf-8", "replace")), 1000) / 1000
        for name, func in (("extract", extract_one), ("geoparse", geoparse_one)):
            results[name].append((timed(func, text, limit) / kb, text))

    start = time.perf_counter()
    probe()
    print(f"\ncampaign: {examples} examples in {time.perf_counter() - start:.0f} s "
          "(hypothesis, derandomised)")
    for name, found in results.items():
        found.sort(key=lambda r: -r[0])
        worst = found[0][0] if found else 0.0
        print(f"{name}: worst {_secs(worst, limit)} s per KB over {len(found)} texts")
        for n, (per_kb, text) in enumerate(found[:keep]):
            print(f"  {_secs(per_kb, limit):>8} s/KB  {len(text):>5} chars  {text[:70]!r}")
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{name}-{n}.txt").write_text(text, encoding="utf-8", newline="")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000)
    ap.add_argument("--limit", type=float, default=30.0, help="seconds per case")
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--keep", type=int, default=5, help="slowest texts shown per stage")
    ap.add_argument("--skip-named", action="store_true")
    ap.add_argument("--only", default=None, help="named cases whose name contains this")
    ap.add_argument("--save", type=Path, default=None,
                    help="folder to save the slowest campaign texts in")
    args = ap.parse_args()

    from geomap.taxonomy import load_taxonomy
    from geomap.geoparser import Geoparser
    from geomap.models import Document
    from geomap.pipeline import document_events

    parser = Geoparser()
    parser.warm()
    taxonomy = load_taxonomy()

    def extract_one(text):
        return document_events(Document("fuzz", text), taxonomy, parser)

    def geoparse_one(text):
        return parser.parse(text)

    extract_one("Drones struck Kyiv. Truckers blocked the Dorohusk-Yahodyn crossing.")  # load
    if not args.skip_named:
        _run_named([int(s) for s in args.sizes.split(",")], args.limit, extract_one,
                   geoparse_one, args.only)
        if not args.only or args.only in "merge":
            _merge_case(args.limit)
    if args.examples:
        _campaign(args.examples, args.limit, extract_one, geoparse_one, args.keep, args.save)


if __name__ == "__main__":
    main()
