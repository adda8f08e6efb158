"""Geoparsing and extraction time on very long texts: the example article repeated to
1, 3 and 10 MB. Time per megabyte should stay flat (linear time), and every copy's places
should be found.

Usage: python bench/large_text.py [--sizes 1,3,10]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geomap.geoparser import Geoparser  # noqa: E402
from geomap.models import Document  # noqa: E402
from geomap.pipeline import extract  # noqa: E402

EXAMPLE = ROOT / "examples" / "briefing.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,3,10", help="Text sizes in MB.")
    args = parser.parse_args()
    paragraph = EXAMPLE.read_text(encoding="utf-8")
    geoparser = Geoparser()
    geoparser.warm()
    per_copy = len(geoparser.parse(paragraph))
    print(f"{'MB':>4} {'geoparse s':>11} {'s/MB':>6} {'found':>7} {'extract s':>10} {'s/MB':>6}")
    for size in (float(s) for s in args.sizes.split(",")):
        copies = int(size * 1_000_000 // len(paragraph)) + 1
        text = paragraph * copies
        t0 = time.perf_counter()
        mentions = geoparser.parse(text)
        parse_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        extract([Document("large", text, date="2024-05-15")], parser=geoparser)
        extract_s = time.perf_counter() - t0
        mb = len(text) / 1_000_000
        found = len(mentions) / (per_copy * copies)
        print(f"{mb:4.1f} {parse_s:11.2f} {parse_s / mb:6.2f} {found:7.1%} {extract_s:10.2f}"
              f" {extract_s / mb:6.2f}")


if __name__ == "__main__":
    main()
