"""Event extraction quality on hand-written snippets, and extraction throughput.

Quality: precision and recall of (document, event type, place) pairs on
bench/data/event_snippets.jsonl (snippets written for geomap; each lists the incidents a
reader expects) and, reported apart, on event_snippets_fresh.jsonl (written after the
rules were settled). A place is keyed by its ISO code for regions and countries, by its
normalised name otherwise.

Throughput: documents per second of the whole extraction (geoparsing, events, join, no
rendering) over the GeoWebNews texts in ../shared (skipped when absent).

Usage: python bench/events.py [--json bench/results/events.json] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "bench" / "data" / "event_snippets.jsonl"
# Written after the rules were settled and never used to tune them.
FRESH = ROOT / "bench" / "data" / "event_snippets_fresh.jsonl"
GWN = ROOT.parent / "shared" / "benchmarks" / "geoparsing" / "gwn.jsonl"
sys.path.insert(0, str(ROOT))

from geomap.geoparse import Geoparser  # noqa: E402
from geomap.models import Document  # noqa: E402
from geomap.normalize import normalize  # noqa: E402
from geomap.pipeline import extract  # noqa: E402


def place_key(row, text: str) -> str:
    """ISO code for regions and countries, else the place's name as the text spells it."""
    if row["place_kind"] == "admin1" and row["admin1_code"]:
        return row["admin1_code"]
    if row["place_kind"] == "country":
        return row["country_code"]
    return normalize(text[row["mention_start"]:row["mention_end"]])


def load_snippets(path: Path = SNIPPETS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(snippets: list[dict], parser: Geoparser | None = None) -> dict:
    """Precision, recall and the misses of (doc, type, place) pairs."""
    parser = parser or Geoparser()
    predicted, expected = set(), set()
    for s in snippets:
        gdf = extract([Document(s["id"], s["text"], date=s.get("date"))], parser=parser)
        predicted |= {(s["id"], r["event_type"], place_key(r, s["text"]))
                      for _, r in gdf.iterrows()}
        expected |= {(s["id"], t, k) for t, k in s["expect"]}
    tp = len(predicted & expected)
    return {
        "snippets": len(snippets), "expected": len(expected), "predicted": len(predicted),
        "precision": tp / len(predicted) if predicted else 1.0,
        "recall": tp / len(expected) if expected else 1.0,
        "false_positives": sorted(predicted - expected),
        "missed": sorted(expected - predicted),
    }


def throughput(parser: Geoparser) -> dict | None:
    if not GWN.is_file():
        return None
    docs = [Document(str(d["doc_id"]), d["text"])
            for d in map(json.loads, GWN.read_text(encoding="utf-8").splitlines())]
    extract(docs[:20], parser=parser)  # load boundaries and caches first
    t0 = time.perf_counter()
    gdf = extract(docs, parser=parser)
    seconds = time.perf_counter() - t0
    return {"documents": len(docs), "incidents": len(gdf), "seconds": seconds,
            "docs_per_s": len(docs) / seconds}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "events.json")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    parser = Geoparser()
    parser.warm()
    quality = {}
    for name, path in (("development", SNIPPETS), ("fresh", FRESH)):
        q = quality[name] = score(load_snippets(path), parser)
        print(f"{name:12s} snippets {q['snippets']:3d}  expected pairs {q['expected']:3d}  "
              f"predicted {q['predicted']:3d}  precision {q['precision']:.3f}  "
              f"recall {q['recall']:.3f}")
        if args.verbose:
            for kind in ("false_positives", "missed"):
                for item in q[kind]:
                    print(f"  {kind}: {item}")
    speed = throughput(parser)
    if speed is None:
        print("throughput: skipped (../shared/benchmarks/geoparsing/gwn.jsonl not found)")
    else:
        print(f"throughput: {speed['documents']} GeoWebNews documents in {speed['seconds']:.2f} s"
              f" = {speed['docs_per_s']:.0f} docs/s ({speed['incidents']} incidents)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"quality": quality, "throughput": speed}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
