"""The report page: title, period, map, counts by type and region, evidence by type.

One self-contained HTML file that also prints well: on paper the live map is replaced by
a PNG snapshot drawn in headless Chromium.
"""

from __future__ import annotations

import base64
import html
import logging
import tempfile
from dataclasses import replace
from pathlib import Path

from .errors import BrowserMissingError, MissingDependencyError
from .maps import ATTRIBUTION, highlight_evidence, render, source_link
from .models import Evidence
from .options import MapOptions
from .images import to_png
from .output import content_security_policy, to_fragment
from .taxonomy import Taxonomy, load_taxonomy

_log = logging.getLogger("geomap")

_CSS = """
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d1d1d;
 max-width:1040px;margin:24px auto;padding:0 16px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px}
.period{color:#555;margin:0 0 16px}
table{border-collapse:collapse;font-size:13px}th,td{border:1px solid #ccc;padding:3px 8px}
th{background:#f2f2f2;text-align:left}td.n{text-align:right}
blockquote{margin:4px 0 2px;padding-left:8px;border-left:3px solid #ccc}
blockquote mark{background:#ffe08a}
.incident{margin-bottom:10px}.meta{color:#555;font-size:12px}
.map-image{display:none;width:100%}
.daily-chart{max-width:960px;break-inside:avoid}
footer{margin-top:32px;color:#666;font-size:12px}
@media print{
 body{margin:0;max-width:none}
 .geomap-fragment{display:none !important}
 .map-image{display:block}
 h2,h3{break-after:avoid}.incident,tr{break-inside:avoid}
}
"""


def build_report(incidents, *, title: str = "Incident report", offline: bool = False,
                 taxonomy: Taxonomy | None = None, image: bool = True,
                 options: MapOptions | None = None) -> str:
    """The report page as HTML (see module doc). ``image=False`` skips the print snapshot,
    which is left out with a warning on the ``geomap`` logger when there is no browser.

    ``options`` are those of the report's map (its title is not used: the page has its
    own); by default an online map on OpenStreetMap tiles, or ``offline``.
    """
    taxonomy = taxonomy or load_taxonomy()
    options = replace(options or MapOptions(offline=offline), title=None)
    m = render(incidents, taxonomy=taxonomy, options=options)
    snapshot = _snapshot(incidents, taxonomy) if image else None
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        content_security_policy(m, options),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f'<p class="period">{_period(incidents)}</p>',
        '<section class="map">', to_fragment(m, height="560px", options=options),
    ]
    if snapshot:
        parts.append(f'<img class="map-image" alt="Map of the incidents" '
                     f'src="data:image/png;base64,{snapshot}">')
    parts += ["</section>", daily_chart(incidents, taxonomy),
              _counts_table(incidents, taxonomy), _evidence(incidents, taxonomy),
              f"<footer>{ATTRIBUTION}. Made with geomap.</footer>", "</body></html>"]
    return "\n".join(parts)


def daily_chart(incidents, taxonomy, *, width: int = 960, height: int = 240) -> str:
    """Incidents per day, stacked by type, as an inline SVG chart (it prints as drawn).

    Empty when no incident has a date; days without incidents are kept, so gaps show.
    """
    import datetime as dt

    dated = incidents[incidents["date"].notna()]
    if not len(dated):
        return ""
    first, last = (dt.date.fromisoformat(d) for d in (dated["date"].min(), dated["date"].max()))
    days = [(first + dt.timedelta(n)).isoformat() for n in range((last - first).days + 1)]
    present = [t for t in taxonomy.types if (dated["event_type"] == t.id).any()]
    counts = dated.groupby(["date", "event_type"]).size()
    top = max(int(dated.groupby("date").size().max()), 1)
    left, bottom, legend = 36, 34, 22
    plot_w, plot_h = width - left - 8, height - bottom - legend - 8
    step = plot_w / len(days)
    bar = max(1.0, step * 0.8)
    out = [f'<svg class="daily-chart" xmlns="http://www.w3.org/2000/svg" width="100%" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="Incidents per day by type" '
           'font-family="system-ui,sans-serif" font-size="11">']
    for tick in sorted({0, top // 2, top}):
        y = legend + 8 + plot_h - plot_h * tick / top
        out.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" '
                   f'stroke="#ddd"/><text x="{left - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end" fill="#555">{tick}</text>')
    every = max(1, round(len(days) / 12))
    for i, day in enumerate(days):
        x = left + i * step + (step - bar) / 2
        y = legend + 8 + plot_h
        for etype in present:
            n = int(counts.get((day, etype.id), 0))
            if n:
                h = plot_h * n / top
                y -= h
                out.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                           f'fill="{html.escape(etype.colour)}"><title>{html.escape(day)}: '
                           f"{n} {html.escape(etype.label)}</title></rect>")
        if i % every == 0:
            out.append(f'<text x="{left + i * step + step / 2:.1f}" y="{height - 12}" '
                       f'text-anchor="middle" fill="#555">{html.escape(day[5:])}</text>')
    x = left
    for etype in present:
        out.append(f'<rect x="{x}" y="4" width="12" height="12" '
                   f'fill="{html.escape(etype.colour)}"/><text x="{x + 16}" y="14">'
                   f"{html.escape(etype.label)}</text>")
        x += 28 + 7 * len(etype.label)
    out.append("</svg>")
    return "<h2>Incidents per day</h2>" + "".join(out)


def _snapshot(incidents, taxonomy) -> str | None:
    still_options = MapOptions(offline=True, width=1100, height=700)
    try:
        still = render(incidents, taxonomy=taxonomy, options=still_options)
        with tempfile.TemporaryDirectory() as folder:
            png = to_png(still, Path(folder) / "map.png", options=still_options)
            return base64.b64encode(png.read_bytes()).decode("ascii")
    except (BrowserMissingError, MissingDependencyError) as err:
        _log.warning("%s; the printed report will have no map image", err,
                     extra={"geomap_label": "warning"})  # the CLI shows "geomap: warning:"
        return None


def _period(incidents) -> str:
    dates = sorted(d for d in incidents["date"].dropna() if d)
    docs = {str(e.doc_id) for raw in incidents["evidence_all"]
            for e in Evidence.from_json(raw)}
    span = (f"Period covered: {html.escape(dates[0])} – {html.escape(dates[-1])}"
            if dates else "Period covered: dates unknown")
    return f"{span} · {len(incidents)} incidents from {len(docs)} documents"


def _region(row) -> str:
    if isinstance(row["admin1_name"], str) and row["admin1_name"]:
        return f"{row['admin1_name']} ({row['admin1_code']})"
    if row["place_kind"] == "sea":
        return f"{row['place']} (sea)"
    return f"{row['place']} ({row['country_code'] or row['place_kind']})"


def _counts_table(incidents, taxonomy) -> str:
    present = [t for t in taxonomy.types if (incidents["event_type"] == t.id).any()]
    if not present:
        return "<h2>Incidents by type and region</h2><p>No incidents.</p>"
    regions: dict[str, dict[str, int]] = {}
    for _, row in incidents.iterrows():
        counts = regions.setdefault(_region(row), {})
        counts[row["event_type"]] = counts.get(row["event_type"], 0) + 1
    head = "".join(f"<th>{html.escape(t.label)}</th>" for t in present)
    rows = []
    for region in sorted(regions, key=lambda r: (-sum(regions[r].values()), r)):
        cells = "".join(f'<td class="n">{regions[region].get(t.id, 0) or ""}</td>'
                        for t in present)
        rows.append(f"<tr><td>{html.escape(region)}</td>{cells}"
                    f'<td class="n">{sum(regions[region].values())}</td></tr>')
    totals = "".join(f'<td class="n">{int((incidents["event_type"] == t.id).sum())}</td>'
                     for t in present)
    return ("<h2>Incidents by type and region</h2>"
            f'<table class="counts"><tr><th>Region</th>{head}<th>Total</th></tr>'
            f'{"".join(rows)}<tr><th>Total</th>{totals}<td class="n">{len(incidents)}</td>'
            "</tr></table>")


def _evidence(incidents, taxonomy) -> str:
    parts = ["<h2>Evidence</h2>"]
    for etype in taxonomy.types:
        rows = incidents[incidents["event_type"] == etype.id].sort_values(["date", "place"],
                                                                         na_position="last")
        if not len(rows):
            continue
        parts.append(f'<h3 style="color:{html.escape(etype.colour)}">'
                     f"{html.escape(etype.label)} ({len(rows)})</h3>")
        for _, row in rows.iterrows():
            meta = " · ".join(html.escape(str(v)) for v in (
                _region(row), row["date"] or "date unknown", row["status"]))
            parts.append(f'<div class="incident"><b>{html.escape(str(row["place"]))}</b> '
                         f'<span class="meta">{meta}</span>')
            for item in Evidence.from_json(row["evidence_all"]):
                parts.append(f"<blockquote>{highlight_evidence(item)}</blockquote>"
                             f"{source_link(item)}")
            parts.append("</div>")
    return "".join(parts)
