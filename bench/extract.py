"""Extraction speed on one core, per text type, through the public entry points.

For each text type of bench/corpora.py: documents/s and KB/s of ``geomap.extract`` over a
JSONL corpus (what ``geomap extract --workers 1`` runs) and of plain ``geomap.geoparse``,
measured after loading (a first one-line document loads the data and the lookup indexes
of a corpus run are built first), by the wall clock and
by this process's CPU time (steadier on a shared machine). Skips cleanly when ../shared is
absent.

Usage: python bench/extract.py [--kinds news,crossings,lists,caps,long] [--limit N]
                               [--json bench/results/extract.json]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import corpora  # noqa: E402


def _measure(kind: str, folder: Path, limit: int | None, parser) -> dict:
    import geomap

    docs = corpora.texts(kind)[:limit]
    path = folder / f"{kind}.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i, text in enumerate(docs):
            fh.write(json.dumps({"id": str(i), "date": "2024-05-01", "text": text}) + "\n")
    kb = sum(len(t.encode("utf-8")) for t in docs) / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    logging.getLogger("geomap").setLevel(logging.ERROR)  # no warnings in the timings
    geomap.extract(str(path), parser=parser)
    extract_s, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for text in docs:
        geomap.geoparse(text)
    geoparse_s, geoparse_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"docs": len(docs), "kb": round(kb, 1),
            "extract_docs_per_s": len(docs) / extract_s, "extract_kb_per_s": kb / extract_s,
            "extract_docs_per_cpu_s": len(docs) / extract_cpu,
            "extract_kb_per_cpu_s": kb / extract_cpu,
            "geoparse_docs_per_s": len(docs) / geoparse_s, "geoparse_kb_per_s": kb / geoparse_s,
            "geoparse_docs_per_cpu_s": len(docs) / geoparse_cpu}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", default=",".join(corpora.KINDS))
    ap.add_argument("--limit", type=int, default=None, help="documents per text type")
    ap.add_argument("--json", type=Path, default=corpora.ROOT / "bench/results/extract.json")
    args = ap.parse_args()
    if not corpora.available():
        print(f"skipped: {corpora.GOLD} not found (the gold corpora live in ../shared)")
        return 0
    import geomap
    from geomap.models import Document

    t0 = time.perf_counter()
    geomap.extract([Document("load", "Drones struck Kyiv, the Kherson region and the "
                                     "Dorohusk-Yahodyn crossing; mines were cleared in the "
                                     "Black Sea."), Document("load2", "Missiles hit Moldova.")])
    geomap.geoparse("Kyiv and the Dorohusk-Yahodyn crossing.")
    parser = geomap.Geoparser()
    parser.warm()  # the lookup indexes a corpus run builds before its first document
    print(f"loading: {time.perf_counter() - t0:.2f} s")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.kinds.split(","):
            r = results[kind] = _measure(kind, Path(tmp), args.limit, parser)
            print(f"{kind:10s} {r['docs']:4d} docs {r['kb']:7.0f} KB  extract "
                  f"{r['extract_docs_per_s']:5.0f} docs/s {r['extract_kb_per_s']:5.0f} KB/s "
                  f"(CPU time: {r['extract_docs_per_cpu_s']:5.0f} docs/s "
                  f"{r['extract_kb_per_cpu_s']:5.0f} KB/s)  geoparse "
                  f"{r['geoparse_docs_per_s']:5.0f} docs/s (CPU time: "
                  f"{r['geoparse_docs_per_cpu_s']:5.0f} docs/s)", flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
