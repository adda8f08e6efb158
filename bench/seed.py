"""Check ../shared/seed/expected.json against what geomap extracts from the seed article.

Every `expect` entry must hold (drone-attack regions, blockade points within 15 km, the
mine-clearing sea polygon containing its sea point) and no `forbid` entry may appear.
Exits 1 when a check fails; skips (exit 0) when ../shared is absent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed"
sys.path.insert(0, str(ROOT))


def check(gdf, expected: dict) -> list[str]:
    """Failures (empty when the seed's expectations hold)."""
    import shapely

    from geomap.crossings import km_between

    failures = []
    for item in expected["expect"]:
        rows = gdf[gdf["event_type"] == item["type"]]
        for code in item.get("admin1", []):
            if code not in set(rows["admin1_code"].dropna()):
                failures.append(f"{item['type']}: no incident in {code}")
        points = rows[rows.geom_type == "Point"]
        for lat, lon in item.get("points", []):
            if not any(km_between(lat, lon, r.lat, r.lon) <= 15 for r in points.itertuples()):
                failures.append(f"{item['type']}: no point within 15 km of {lat}, {lon}")
        for lat, lon in item.get("sea_points", []):
            if not rows.geometry.contains(shapely.Point(lon, lat)).any():
                failures.append(f"{item['type']}: no polygon contains {lat}, {lon}")
    for item in expected["forbid"]:
        if "type" in item:
            rows = gdf[gdf["event_type"] == item["type"]]
            for code in set(item.get("admin1", [])) & set(rows["admin1_code"].dropna()):
                failures.append(f"forbidden: {item['type']} in {code}")
        if "place" in item and (gdf["place"] == item["place"]).any():
            failures.append(f"forbidden place: {item['place']}")
    return failures


def main() -> int:
    if not (SEED / "expected.json").is_file():
        print(f"skipped: {SEED} not found")
        return 0
    from geomap.models import Document
    from geomap.pipeline import extract

    expected = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
    text = (SEED / "article.txt").read_text(encoding="utf-8")
    gdf = extract([Document("seed", text, date=expected["date"])])
    print(gdf[["event_type", "status", "place", "admin1_code", "date"]].to_string())
    failures = check(gdf, expected)
    for failure in failures:
        print(f"FAIL {failure}")
    print("seed: all expectations hold" if not failures else f"seed: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
