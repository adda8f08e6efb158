"""folium elements of geomap maps (the MacroElement-with-a-template pattern of folium).

All strings from articles arrive here already escaped (popups) or are passed through
``tojson`` and set as text (titles), never as raw HTML.
"""

from __future__ import annotations

import html
import json

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from . import assets
from .validate import translucent

_STYLE = """
<style>
.geomap-legend{background:rgba(255,255,255,.94);padding:8px 10px;border-radius:6px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif;max-width:260px}
.geomap-legend h4{margin:0 0 4px;font-size:13px}
.geomap-legend-entry{display:flex;align-items:center;gap:6px;margin:2px 0}
.geomap-swatch{display:inline-block;width:14px;height:14px;border:2px solid;box-sizing:border-box}
.geomap-swatch.point{border-radius:50%}
.geomap-swatch.sea{border-style:dashed}
.geomap-legend-note{color:#555;margin-top:4px}
.geomap-title{background:rgba(255,255,255,.94);padding:6px 10px;border-radius:6px;
 font:600 15px/1.3 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:60vw}
.geomap-popup{font:12px/1.4 system-ui,sans-serif}
.geomap-popup-type{font-weight:600;text-transform:uppercase;font-size:11px}
.geomap-popup-meta{color:#444;margin-top:4px}
.geomap-evidence{margin:4px 0;padding-left:8px;border-left:3px solid #ccc}
.geomap-evidence mark{background:#ffe08a}
</style>
"""


def safe_json(value) -> str:
    """JSON that is safe inside a <script> element (no '<', '>' or '&' left)."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class Basemap(MacroElement):
    """Light vector outlines of countries and regions, for maps without tiles."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  map.createPane("geomap-basemap");
  map.getPane("geomap-basemap").style.zIndex = 200;
  map.getContainer().style.background = "#dfe9f2";
  L.geoJSON({{ this.data }}, {pane: "geomap-basemap", interactive: false,
    style: function (f) {
      return f.properties.level === "country"
        ? {color: "#8c8c8c", weight: 1, fillColor: "#fbfaf6", fillOpacity: 1}
        : {color: "#b9b9b9", weight: 0.6, fill: false};
    }}).addTo(map);
})();
{% endmacro %}
""")

    def __init__(self, geojson: str):
        super().__init__()
        self._name = "GeomapBasemap"
        self.data = geojson


class Attribution(MacroElement):
    """Adds geomap's data credits to the map's attribution control."""

    _template = Template("""
{% macro script(this, kwargs) %}
{{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.text|tojson }});
{% endmacro %}
""")

    def __init__(self, text: str):
        super().__init__()
        self._name = "GeomapAttribution"
        self.text = text


class NetworkNotice(MacroElement):
    """For pages that load Leaflet from the internet: a plain note, in place of a blank
    page or a blank embedded map, when it could not be fetched (no network, a blocked CDN).
    """

    _template = Template("""
{% macro html(this, kwargs) %}
<div class="geomap-network-notice" id="{{ this.get_name() }}" hidden
style="position:absolute;top:3em;left:50%;
transform:translateX(-50%);z-index:10000;max-width:40em;font:15px/1.5 sans-serif;
padding:1em 1.5em;border:1px solid #c9c9c9;border-radius:6px;background:#fffbe6;
color:#222">This map loads its map library (Leaflet) from the internet,
and it could not be fetched. Connect to the internet and reload, or make a page that works
anywhere with <code>geomap map --offline</code>.</div>
<script>
window.addEventListener("load", function () {
  if (typeof L === "undefined") {
    document.getElementById("{{ this.get_name() }}").hidden = false;
  }
});
</script>
{% endmacro %}
""")

    def __init__(self):
        super().__init__()
        self._name = "GeomapNetworkNotice"


class IncidentLayer(JSCSSMixin):
    """The incidents of one event type, added to its parent FeatureGroup."""

    _template = Template("""
{% macro header(this, kwargs) %}""" + _STYLE + """{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var group = {{ this._parent.get_name() }};
  var colour = {{ this.colour|tojson }}, draw = {{ this.draw|tojson }};
  var cls = {{ this.css_class|tojson }};
  var target = group;
  {% if this.cluster %}
  target = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40});
  group.addLayer(target);
  {% endif %}
  L.geoJSON({{ this.data }}, {
    style: function (f) {
      if (draw === "sea") {
        return {color: colour, weight: 2, dashArray: "6 4", fillColor: colour,
                fillOpacity: 0.18, className: cls};
      }
      return {color: colour, weight: 1.5, fillColor: colour,
              fillOpacity: 0.15 + 0.5 * f.properties.shade, className: cls};
    },
    pointToLayer: function (f, latlng) {
      var p = f.properties;
      if (p.kind === "country") {
        return L.circleMarker(latlng, {radius: 16, color: colour, weight: 2,
          dashArray: "4 4", fillOpacity: 0.04, className: cls + " geomap-country"});
      }
      var hollow = p.status === "ended" || p.status === "planned";
      return L.circleMarker(latlng, {radius: draw === "point" ? 9 : 6,
        color: hollow ? colour : "#ffffff", weight: 2, dashArray: hollow ? "3 3" : null,
        fillColor: colour, fillOpacity: hollow ? 0.12 : 0.9, className: cls});
    },
    onEachFeature: function (f, layer) {
      layer.bindPopup(f.properties.popup, {maxWidth: 380});
    }
  }).eachLayer(function (layer) { target.addLayer(layer); });
})();
{% endmacro %}
""")

    def __init__(self, features: dict, etype, cluster: bool):
        super().__init__()
        self._name = "GeomapIncidents"
        self.data = safe_json(features)
        self.colour = etype.colour
        self.draw = etype.draw
        self.css_class = f"geomap-feature geomap-{etype.id}"
        self.cluster = cluster
        if cluster:
            self.default_js = [("markercluster", assets.url("markercluster_js"))]
            self.default_css = [("markercluster_css", assets.url("markercluster_css")),
                                ("markercluster_default_css",
                                 assets.url("markercluster_default_css"))]


class Legend(MacroElement):
    """One categorical legend whose entries follow the layers switched on and off."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var layers = { {% for name in this.layer_names %}{{ name|tojson }}: {{ name }},{% endfor %} };
  var legend = L.control({position: "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "geomap-legend");
    div.innerHTML = {{ this.html|tojson }};
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  legend.addTo(map);
  function sync() {
    legend.getContainer().querySelectorAll("[data-layer]").forEach(function (entry) {
      entry.style.display = map.hasLayer(layers[entry.dataset.layer]) ? "" : "none";
    });
  }
  map.on("overlayadd overlayremove", sync);
  sync();
})();
{% endmacro %}
""")

    def __init__(self, groups, gdf):
        super().__init__()
        self._name = "GeomapLegend"
        self.layer_names = [group.get_name() for _, group, _ in groups]
        self.html = _legend_html(groups, gdf)


def _legend_html(groups, gdf) -> str:
    if not groups:
        return "<h4>No incidents</h4>"
    parts = ["<h4>Incidents</h4>"]
    for etype, group, rows in groups:
        parts.append(
            f'<div class="geomap-legend-entry" data-layer="{group.get_name()}">'
            f'<span class="geomap-swatch {etype.draw}" style="border-color:'
            f'{html.escape(etype.colour)};background:{html.escape(translucent(etype.colour))}">'
            f'</span>{html.escape(etype.label)} ({len(rows)})</div>')
    if any(etype.draw == "point" for etype, _, _ in groups):
        parts.append('<div class="geomap-legend-note">Filled marker: blocked or active; '
                     'dashed hollow marker: ended or planned</div>')
    if any(etype.draw == "region" for etype, _, _ in groups):
        parts.append('<div class="geomap-legend-note">Darker region: more incidents</div>')
    country = gdf[gdf["country_only"]]
    if len(country):
        names = sorted({str(p) for p in country["place"]})
        parts.append('<div class="geomap-legend-note">Dashed ring: reported for a whole '
                     f'country only ({html.escape(", ".join(names))})</div>')
    return "".join(parts)


class Title(MacroElement):
    """The map's title, set as text (never parsed as HTML)."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var title = L.control({position: "topleft"});
  title.onAdd = function () {
    var div = L.DomUtil.create("div", "geomap-title");
    div.textContent = {{ this.text|tojson }};
    return div;
  };
  title.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self, text: str):
        super().__init__()
        self._name = "GeomapTitle"
        self.text = text


class GeomapMap(folium.Map):
    """A folium Map that knows whether it is offline, and shows itself in notebooks.

    Its ``_repr_html_`` is the page of :func:`geomap.render.to_html` (inlined when offline)
    in a sandboxed iframe, so several maps in one notebook do not interfere.
    """

    geomap_offline = False
    geomap_title = None

    def _repr_html_(self, **kwargs) -> str:
        from .render import to_html

        return (f'<iframe srcdoc="{html.escape(to_html(self), quote=True)}" '
                'style="width:100%;height:520px;border:none" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox">'
                "</iframe>")
