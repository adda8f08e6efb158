"""Synthetic corpora for the speed benchmarks, built at bench time from the public gold
corpora in ../shared (GeoWebNews and LGL texts); nothing of them is stored in the project.

Text types:

``news``       the GeoWebNews and LGL articles as they are
``crossings``  short reports naming border crossings by their two sides, with hyphenated words
``lists``      sentences that list 20 to 60 place names taken from the gold annotations
``caps``       the articles in capitals (headline feeds)
``long``       articles of about 25 KB, each 10 of the others joined

``GEOMAP_SHARED`` overrides where ../shared is looked for.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("GEOMAP_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "benchmarks" / "geoparsing"

# Written for these benchmarks: crossings between Poland, Ukraine, Slovakia, Hungary.
_CROSSINGS = ["Dorohusk-Yahodyn", "Korczowa-Krakovets", "Medyka-Shehyni", "Zosin-Ustyluh",
              "Hrebenne-Rava-Ruska", "Vysne Nemecke-Uzhhorod", "Zahony-Chop"]
_REPORT = ("{n} trucks were queuing at the {c} crossing on {d}, a driver told a "
           "reporter; the queue reached {k} km. Farmers from the Lublin region kept a "
           "blockade of the {c2} checkpoint in a long-running dispute over grain. "
           "A cross-border rail link and the Polish-Ukrainian road traffic were "
           "slowed. Customs officers at the {c} crossing said cargo checks resumed.")
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def available() -> bool:
    return (GOLD / "gwn.jsonl").is_file() and (GOLD / "lgl.jsonl").is_file()


def _gold() -> list[dict]:
    docs = []
    for name in ("gwn", "lgl"):
        with open(GOLD / f"{name}.jsonl", encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh]
    return docs


def texts(kind: str, seed: int = 0) -> list[str]:
    """The texts of one type (as many as the gold corpora give, or 800 generated)."""
    rng = random.Random(seed)
    gold = _gold()
    news = [d["text"] for d in gold]
    if kind == "news":
        return news
    if kind == "caps":
        return [t.upper() for t in news]
    if kind == "long":
        return ["\n\n".join(rng.sample(news, 10)) for _ in range(80)]
    if kind == "crossings":
        return [_REPORT.format(n=rng.randint(20, 900), c=rng.choice(_CROSSINGS),
                               c2=rng.choice(_CROSSINGS), d=rng.choice(_DAYS),
                               k=rng.randint(2, 40)) for _ in range(800)]
    if kind == "lists":
        names = sorted({t["text"] for d in gold for t in d["toponyms"] if t["text"][:1].isupper()})
        return ["Drones and missiles struck " + ", ".join(rng.sample(names, rng.randint(20, 60)))
                + " and the areas around them overnight, officials said." for _ in range(400)]
    raise ValueError(f"unknown text type {kind!r}")


KINDS = ("news", "crossings", "lists", "caps", "long")


def write_corpus(path: Path, n: int, seed: int = 0) -> Path:
    """A JSONL corpus of ``n`` documents cycling through the news texts, with ids and dates."""
    news = texts("news")
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            record = {"id": f"d{i}", "date": f"2024-05-{1 + i % 28:02d}",
                      "url": f"https://example.org/{i}", "title": f"Report {i}",
                      "text": news[rng.randrange(len(news))]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
