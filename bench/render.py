"""Map rendering at scale: N synthetic incidents rendered, saved and opened in Chromium.

Incidents are spread over Ukraine's localities and regions (drone attacks on regions and
towns, border blockades at points, mine clearing at sea), built through the real
extraction schema. Reports render time, save time, page size, and the time Chromium
takes to load the page, and fails if the page logs an error.

Usage: python bench/render.py [--incidents 10000] [--online]
(the default, offline page is the one that opens here without a network)
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def synthetic_incidents(n: int, seed: int = 7):
    import geopandas as gpd
    import shapely

    from geomap import data
    from geomap.join import COLUMNS, apply_schema

    rng = random.Random(seed)
    places = data.table("places").to_pandas()
    towns = places[places["country_code"] == "UA"].reset_index(drop=True)
    regions = data.frame("admin1")
    regions = regions[regions["country_code"] == "UA"].reset_index(drop=True)
    sea = data.frame("seas").set_index("name").loc["Black Sea"]
    rows, geoms = [], []
    for i in range(n):
        kind = rng.random()
        if kind < 0.7:
            town = towns.iloc[rng.randrange(len(towns))]
            etype, place, pkind, code, lat, lon = ("drone_attack", town["name"], "locality",
                                                   town["admin1_code"], town["lat"], town["lon"])
            geom = shapely.Point(lon, lat)
        elif kind < 0.9:
            region = regions.iloc[rng.randrange(len(regions))]
            etype, place, pkind, code = "drone_attack", region["name"], "admin1", region["code"]
            lat, lon, geom = region["label_lat"], region["label_lon"], region.geometry
        elif kind < 0.97:
            lat, lon = 50 + rng.random(), 23.5 + rng.random() * 0.5
            etype, place, pkind, code, geom = ("border_blockade", f"Crossing {i}", "crossing",
                                               None, shapely.Point(lon, lat))
        else:
            etype, place, pkind, code = "mine_clearing", "Black Sea", "sea", None
            lat, lon, geom = sea["label_lat"], sea["label_lon"], sea.geometry
        evidence = f"Report {i}: incident at {place}."
        rows.append({
            "event_type": etype, "event_label": etype.replace("_", " ").capitalize(),
            "status": rng.choice(["unknown", "ongoing", "ended"]), "place": place,
            "place_kind": pkind, "place_id": f"{pkind}:{place}", "admin1_code": code,
            "admin1_name": None, "country_code": "UA", "geo_precision": 1 if pkind in (
                "locality", "crossing") else 2, "country_only": False, "lat": lat, "lon": lon,
            "evidence": evidence, "start": 0, "end": len(evidence),
            "mention_start": evidence.index(place), "mention_end": evidence.index(place) + len(
                place), "doc_id": f"doc{i}", "title": f"Doc {i}", "url": "https://example.org",
            "date": "2024-01-01", "confidence": 0.8, "evidence_count": 1,
            "evidence_all": json.dumps([{"doc_id": f"doc{i}", "title": None, "url": None,
                                         "date": "2024-01-01", "evidence": evidence, "start": 0,
                                         "end": len(evidence),
                                         "mention_start": evidence.index(place),
                                         "mention_end": evidence.index(place) + len(place)}]),
        })
        geoms.append(geom)
    gdf = gpd.GeoDataFrame(rows, columns=list(COLUMNS), geometry=geoms, crs="EPSG:4326")
    return apply_schema(gdf)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--online", action="store_true", help="CDN scripts and tiles")
    args = ap.parse_args()
    from geomap.maps import render
    from geomap.output import save_map

    gdf = synthetic_incidents(args.incidents)
    warm = render(gdf.head(50), tiles=None if not args.online else "OpenStreetMap",
                  offline=not args.online)  # load boundaries and Leaflet's files once
    save_map(warm, Path(tempfile.mkdtemp()) / "warm.html")
    t0 = time.perf_counter()
    m = render(gdf, tiles=None if not args.online else "OpenStreetMap",
               offline=not args.online)
    t1 = time.perf_counter()
    path = save_map(m, Path(tempfile.mkdtemp()) / "scale.html")
    t2 = time.perf_counter()
    print(f"{len(gdf)} incidents: render {t1 - t0:.2f} s, save {t2 - t1:.2f} s, "
          f"total {t2 - t0:.2f} s, page {path.stat().st_size / 1e6:.1f} MB")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        print("browser: skipped (no /usr/bin/chromium)")
        return 0
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium),
                                    args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        errors = []
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda err: errors.append(str(err)))
        t3 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        t4 = time.perf_counter()
        boxes = page.evaluate("""Array.from(document.querySelectorAll('.marker-cluster'))
            .map((e) => { const r = e.getBoundingClientRect();
                          return [r.left, r.top, r.right, r.bottom]; })""")
        browser.close()
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:]
                   if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    print(f"browser: loaded in {t4 - t3:.2f} s, {len(boxes)} clusters on screen "
          f"({overlaps} overlapping pairs), {len(errors)} console errors")
    for e in errors[:5]:
        print(f"  {e}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
