"""Geoparsing quality and speed on the public gold corpora in ../shared/benchmarks/geoparsing.

Prints, per corpus and per split, recognition precision / recall / F1 (span overlap and
exact span), resolution accuracy@161km, median and mean error (km) and AUC of the log
error over recognised gold toponyms, documents per second and peak memory; writes a JSON
summary. Skips cleanly (exit 0) when ../shared is absent.

Documents whose id hashes to 0 mod 5 form the held-out split: the rules were developed
looking at the other documents only, and the held-out figures are reported apart.

The "caps" rows read the same documents written all in capitals (headlines, wire slugs,
telex-style reports), demonyms counted; the gold spans do not move (a letter whose
capital is longer, "ß", stays as written).

Usage: python bench/geoparse.py [--corpora gwn,lgl,geovirus,wiktor] [--demonyms all,none]
                                [--caps gwn,lgl,geovirus] [--json bench/results/geoparse.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
CORPORA = {"gwn": "GeoWebNews", "lgl": "LGL", "geovirus": "GeoVirus", "wiktor": "WikToR"}
# WikToR annotates only each article's own place: precision there means nothing.
RECALL_ONLY = {"wiktor"}
MAX_ERROR_KM = 20039.0


def held_out(doc_id: str) -> bool:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 5 == 0


def load(name: str) -> list[dict]:
    docs = []
    with open(GOLD / f"{name}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            doc["toponyms"] = [t for t in doc["toponyms"]
                               if doc["text"][t["start"]:t["end"]] == t["text"]]
            docs.append(doc)
    return docs


def in_capitals(text: str) -> str:
    """``text`` in capitals, letter by letter, each letter keeping its offset."""
    return "".join(c.upper() if len(c.upper()) == 1 else c for c in text)


def _match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]):
    """One-to-one overlap matching: pairs (pred index, gold index), greedy by position."""
    pairs, used = [], set()
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            if j not in used and ps < ge and gs < pe:
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def auc_of_log_error(errors: list[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (lower is better)."""
    if len(errors) < 2:
        return float("nan")
    scaled = sorted(math.log1p(e) / math.log1p(MAX_ERROR_KM) for e in errors)
    step = 1.0 / (len(scaled) - 1)
    return sum((a + b) / 2 * step for a, b in zip(scaled, scaled[1:]))


def evaluate(docs, parse) -> dict:
    counts = {"pred": 0, "gold": 0, "tp": 0, "tp_exact": 0}
    errors = []
    t0 = time.perf_counter()
    predictions = [parse(d["text"]) for d in docs]
    seconds = time.perf_counter() - t0
    for doc, mentions in zip(docs, predictions):
        pred = [(m.start, m.end) for m in mentions]
        gold = [(t["start"], t["end"]) for t in doc["toponyms"]]
        counts["pred"] += len(pred)
        counts["gold"] += len(gold)
        pairs = _match(pred, gold)
        counts["tp"] += len(pairs)
        counts["tp_exact"] += len(set(pred) & set(gold))
        for i, j in pairs:
            g = doc["toponyms"][j]
            if g.get("lat") is None or g.get("lon") is None:
                continue
            place = mentions[i].place
            errors.append(km(place.lat, place.lon, float(g["lat"]), float(g["lon"])))
    return _summary(counts, errors, len(docs), seconds)


def _prf(tp, pred, gold):
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _summary(counts, errors, ndocs, seconds) -> dict:
    p, r, f = _prf(counts["tp"], counts["pred"], counts["gold"])
    pe, re_, fe = _prf(counts["tp_exact"], counts["pred"], counts["gold"])
    return {
        "docs": ndocs, "gold": counts["gold"], "predicted": counts["pred"],
        "precision": p, "recall": r, "f1": f,
        "precision_exact": pe, "recall_exact": re_, "f1_exact": fe,
        "resolved": len(errors),
        "acc161": sum(e <= 161 for e in errors) / len(errors) if errors else float("nan"),
        "median_km": statistics.median(errors) if errors else float("nan"),
        "mean_km": statistics.fmean(errors) if errors else float("nan"),
        "auc": auc_of_log_error(errors),
        "docs_per_s": ndocs / seconds if seconds else float("inf"),
    }


def _row(corpus, split, mode, r, recall_only):
    prf = (f"R {r['recall']:.3f}" + " " * 16 if recall_only else
           f"P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
    exact = f"R= {r['recall_exact']:.3f}" if recall_only else f"F1= {r['f1_exact']:.3f}"
    return (f"{corpus:9s} {split:8s} {mode:6s} {r['docs']:5d} docs  {prf}  {exact}  "
            f"A161 {r['acc161']:.3f}  med {r['median_km']:7.1f} km  mean {r['mean_km']:7.1f} km"
            f"  AUC {r['auc']:.3f}  {r['docs_per_s']:6.0f} docs/s")


def throughput(parser, docs) -> dict:
    """Documents per second over GeoWebNews + LGL on one core: right after loading (the
    per-name caches still cold), then the same documents again (warm)."""
    parser.warm()
    out = {}
    for label in ("first_pass", "second_pass"):
        t0 = time.perf_counter()
        for doc in docs:
            parser.parse(doc["text"])
        out[label] = len(docs) / (time.perf_counter() - t0)
    print(f"throughput GeoWebNews+LGL ({len(docs)} docs, one core): "
          f"{out['first_pass']:.0f} docs/s first pass after loading, "
          f"{out['second_pass']:.0f} docs/s warm", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", default="gwn,lgl,geovirus,wiktor")
    ap.add_argument("--demonyms", default="all,none")
    ap.add_argument("--caps", default="gwn,lgl,geovirus",
                    help="corpora also read in capitals (empty: none)")
    ap.add_argument("--json", type=Path, default=ROOT / "bench" / "results" / "geoparse.json")
    args = ap.parse_args()
    if not GOLD.is_dir():
        print(f"skipped: {GOLD} not found (the gold corpora live in ../shared)")
        return 0
    sys.path.insert(0, str(ROOT))
    from geomap.geoparser import Geoparser

    t0 = time.perf_counter()
    parsers = {}
    for mode in args.demonyms.split(","):
        parsers[mode] = Geoparser(demonyms=mode)
        parsers[mode].warm()
    load_s = time.perf_counter() - t0
    print(f"loading: {load_s:.2f} s")
    results = {"loading_s": load_s, "corpora": {}}
    if {"gwn", "lgl"} <= set(args.corpora.split(",")):
        # Measured first, while the per-name caches are still cold.
        results["throughput"] = throughput(next(iter(parsers.values())),
                                           load("gwn") + load("lgl"))
    for name in args.corpora.split(","):
        docs = load(name)
        splits = {"dev": [d for d in docs if not held_out(str(d["doc_id"]))],
                  "heldout": [d for d in docs if held_out(str(d["doc_id"]))], "all": docs}
        results["corpora"][name] = {}
        for mode, parser in parsers.items():
            for split, subset in splits.items():
                r = evaluate(subset, parser.parse)
                results["corpora"][name].setdefault(mode, {})[split] = r
                print(_row(CORPORA[name], split, mode, r, name in RECALL_ONLY), flush=True)
    caps_parser = parsers.get("all") or Geoparser(demonyms="all")
    for name in filter(None, args.caps.split(",")):
        docs = [dict(d, text=in_capitals(d["text"])) for d in load(name)]
        r = evaluate(docs, caps_parser.parse)
        results["corpora"].setdefault(name, {}).setdefault("caps", {})["all"] = r
        print(_row(CORPORA[name], "all", "caps", r, name in RECALL_ONLY), flush=True)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["peak_memory_mb"] = peak_mb
    print(f"peak memory: {peak_mb:.0f} MB")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
