"""Extraction at scale: documents/s and peak memory per process of ``geomap extract`` over
synthetic corpora of 1k, 10k and 50k documents (GeoWebNews and LGL texts, see
bench/corpora.py), with ``--workers 1`` and ``--workers 2``, and the speed-up.

Each run is a fresh ``geomap extract CORPUS --workers N -o OUT.parquet --quiet
--doc-timeout 0`` process;
the resident memory of it and of every process it starts (Dask workers) is sampled every
0.1 s, and the largest is reported per role (main process, worker); the CPU seconds of the
whole process tree are reported too (on a machine shared with other work, wall time says
little about what the cores could do). Each size and worker count runs ``--repeat`` times,
in interleaved rounds, and the run of median wall time is reported (with the peaks of all
of them). Skips cleanly (exit 0)
when ../shared is absent.

Usage: python bench/scale.py [--sizes 1000,10000,50000] [--workers 1,2] [--repeat 3]
                             [--json bench/results/scale.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora  # noqa: E402


def _sample(proc, peaks: dict[int, tuple[str, int]]) -> None:
    import psutil

    try:
        root = psutil.Process(proc.pid)
        family = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return
    for p in family:
        try:
            rss = p.memory_info().rss
            role = "main" if p.pid == proc.pid else _role(p)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        if rss > peaks.get(p.pid, ("", 0))[1]:
            peaks[p.pid] = (role, rss)


def _role(p) -> str:
    cmd = " ".join(p.cmdline())
    return "worker" if "spawn_main" in cmd or "worker" in cmd else "other"


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (and theirs, such as Dask workers)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _spin(seconds_out) -> None:
    t0 = time.perf_counter()
    table: dict[int, str] = {}
    for i in range(8_000_000):
        table[i % 4096] = str(i)
    seconds_out.put(time.perf_counter() - t0)


def ceiling(workers: int, rounds: int = 3) -> float:
    """The speed-up ``workers`` independent CPU-bound processes get on this machine: the
    median of ``rounds`` (alone, then all at once) pairs; 1.0 for one worker."""
    import multiprocessing
    import statistics

    if workers <= 1:
        return 1.0
    ratios = []
    for _ in range(rounds):
        alone, together = [], []
        for count, times in ((1, alone), (workers, together)):
            out = multiprocessing.Queue()
            procs = [multiprocessing.Process(target=_spin, args=(out,)) for _ in range(count)]
            for p in procs:
                p.start()
            times += [out.get() for _ in procs]
            for p in procs:
                p.join()
        ratios.append(workers * alone[0] / max(together))
    return statistics.median(ratios)


def run(corpus: Path, workers: int, out: Path) -> dict:
    # No per-document time budget: which documents a busy machine would cut off varies
    # from run to run, and the runs' outputs are compared.
    cmd = [sys.executable, "-m", "geomap", "extract", str(corpus), "--workers", str(workers),
           "-o", str(out), "--quiet", "--doc-timeout", "0"]
    peaks: dict[int, tuple[str, int]] = {}
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=corpora.ROOT, stderr=subprocess.PIPE)
    while proc.poll() is None:
        _sample(proc, peaks)
        time.sleep(0.1)
    seconds = time.perf_counter() - t0
    cpu = _children_cpu() - cpu0
    if proc.returncode:
        raise SystemExit(proc.stderr.read().decode())
    by_role: dict[str, float] = {}
    for role, rss in peaks.values():
        by_role[role] = max(by_role.get(role, 0.0), rss / 2**20)
    return {"seconds": seconds, "cpu_s": cpu, "main_peak_mb": by_role.get("main", 0.0),
            "worker_peak_mb": by_role.get("worker", by_role.get("main", 0.0))}


def _median_run(runs: list[dict]) -> dict:
    """The run of median wall time, with every run's seconds and the largest peaks."""
    ordered = sorted(runs, key=lambda r: r["seconds"])
    r = dict(ordered[(len(ordered) - 1) // 2])
    r["runs_s"] = [x["seconds"] for x in runs]
    r["main_peak_mb"] = max(x["main_peak_mb"] for x in runs)
    r["worker_peak_mb"] = max(x["worker_peak_mb"] for x in runs)
    return r


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000,50000")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each size and worker count; the median is reported")
    ap.add_argument("--json", type=Path, default=corpora.ROOT / "bench/results/scale.json")
    args = ap.parse_args()
    if not corpora.available():
        print(f"skipped: {corpora.GOLD} not found (the gold corpora live in ../shared)")
        return 0
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in map(int, args.sizes.split(",")):
            corpus = corpora.write_corpus(Path(tmp) / f"corpus-{n}.jsonl", n)
            outputs = {}
            ceilings = {w: ceiling(w) for w in map(int, args.workers.split(",")) if w > 1}
            for w, c in ceilings.items():
                print(f"{n:6d} docs  ceiling of this machine with {w} processes: {c:.2f}x",
                      flush=True)
            counts = list(map(int, args.workers.split(",")))
            runs: dict[int, list[dict]] = {w: [] for w in counts}
            # (rounds of every worker count in turn: a burst of other load on a shared
            # machine falls on one round, and the median leaves it out)
            for _ in range(args.repeat):
                for workers in counts:
                    out = Path(tmp) / f"out-{n}-{workers}.parquet"
                    runs[workers].append(run(corpus, workers, out))
                    outputs[workers] = out.read_bytes()
            for workers in counts:
                r = _median_run(runs[workers])
                r.update(documents=n, workers=workers, docs_per_s=n / r["seconds"])
                results.append(r)
                print(f"{n:6d} docs  --workers {workers}  {r['seconds']:7.1f} s  "
                      f"{r['docs_per_s']:6.0f} docs/s  CPU {r['cpu_s']:6.1f} s  peak memory: main "
                      f"{r['main_peak_mb']:5.0f} MB, per worker {r['worker_peak_mb']:5.0f} MB  "
                      f"(runs: {', '.join(f'{x:.1f}' for x in r['runs_s'])} s)", flush=True)
            same = len(set(outputs.values())) == 1
            print(f"{n:6d} docs  identical outputs for every --workers: {same}")
            base = next((r for r in results if r["documents"] == n and r["workers"] == 1), None)
            for r in results:
                if base and r["documents"] == n and r["workers"] > 1:
                    r["speedup"] = base["seconds"] / r["seconds"]
                    r["ceiling"] = ceilings[r["workers"]]
                    print(f"{n:6d} docs  speed-up with {r['workers']} workers: "
                          f"{r['speedup']:.2f}x ({r['speedup'] / r['ceiling']:.0%} of the "
                          f"machine's {r['ceiling']:.2f}x)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
