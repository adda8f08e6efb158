"""Redraw the README's screenshots in docs/ with headless Chromium.

Usage: python docs/screenshots.py
- docs/map.png: the map of examples/briefing.txt, as `geomap map --png` draws it;
- docs/corpus-map.png: the live page of examples/corpus.jsonl, with its time control;
- docs/report.png: the first printed page of the report on examples/corpus.jsonl.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    import geomap
    from geomap.images import find_browser
    from geomap.report import build_report

    docs = ROOT / "docs"
    briefing = geomap.extract(geomap.Document(
        "briefing", (ROOT / "examples" / "briefing.txt").read_text(encoding="utf-8"),
        date="2024-05-15"))
    geomap.to_png(geomap.render(briefing, offline=True, title="Overnight strikes"),
                  docs / "map.png", width=1200, height=760)
    corpus = geomap.extract(ROOT / "examples" / "corpus.jsonl")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as p:
        live = geomap.save_map(geomap.render(corpus, offline=True, title="Example corpus"),
                               Path(folder) / "corpus.html")
        report = Path(folder) / "report.html"
        report.write_text(build_report(corpus, title="Example corpus: week 23", offline=True),
                          encoding="utf-8")
        browser = p.chromium.launch(executable_path=find_browser(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 760})
        page.goto(live.as_uri())
        page.wait_for_timeout(800)
        page.screenshot(path=str(docs / "corpus-map.png"))
        page = browser.new_page(viewport={"width": 794, "height": 1123})
        page.emulate_media(media="print")
        page.goto(report.as_uri())
        page.wait_for_timeout(800)
        page.screenshot(path=str(docs / "report.png"))
        browser.close()
    for name in ("map.png", "corpus-map.png", "report.png"):
        print(f"wrote docs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
