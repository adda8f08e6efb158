"""Start-up time of geomap commands: median wall time of several fresh processes.

The lookups (``geocode``, ``geoparse``) load the gazetteer; ``extract_example`` runs the
whole pipeline on the example briefing (taxonomy, rules, boundaries, a GeoPackage written
to a temporary folder): the start-up of a corpus run, with one document.

Usage: python bench/startup.py [--runs 7] [--json bench/results/startup.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMANDS = {
    "geocode": [sys.executable, "-m", "geomap", "geocode", "Kyiv"],
    "geocode_crossing": [sys.executable, "-m", "geomap", "geocode", "Dorohusk-Yahodyn"],
    "geoparse_example": [sys.executable, "-m", "geomap", "geoparse", "examples/briefing.txt"],
    "extract_example": [sys.executable, "-m", "geomap", "extract", "examples/briefing.txt",
                        "--date", "2024-05-15", "--quiet", "-o", "{tmp}/incidents.gpkg"],
}


def measure(cmd: list[str], runs: int) -> dict:
    subprocess.run(cmd, check=True, capture_output=True)  # warm the OS file cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times),
            "runs": runs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, default=Path("bench/results/startup.json"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {name: measure([a.format(tmp=tmp) for a in cmd], args.runs)
                   for name, cmd in COMMANDS.items()}
    for name, r in results.items():
        print(f"{name:18s} median {r['median_s']:.3f} s  (min {r['min_s']:.3f}, "
              f"max {r['max_s']:.3f}, {r['runs']} runs)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
