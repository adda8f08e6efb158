"""folium elements of geomap maps (the MacroElement-with-a-template pattern of folium).

All strings from articles arrive here already escaped (popups) or are passed through
``tojson`` and set as text (titles), never as raw HTML.
"""

from __future__ import annotations

import functools
import html
import json

import folium
from branca.element import CssLink, Element, JavascriptLink, MacroElement
from jinja2 import Template

from . import assets
from .options import MapOptions
from .output import PAGE_HEAD

_STYLE = """
<style>
.geomap-legend{background:rgba(255,255,255,.94);padding:6px 10px;border-radius:6px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif;max-width:260px}
.geomap-legend-toggle{all:unset;display:block;font-weight:600;font-size:13px;cursor:pointer;
 margin:0 0 4px}
.geomap-legend-toggle::after{content:" \\25BE";color:#777}
.geomap-legend.geomap-still .geomap-legend-toggle::after{content:none}
.geomap-legend.geomap-collapsed .geomap-legend-body{display:none}
.geomap-legend.geomap-collapsed .geomap-legend-toggle{margin:0}
.geomap-legend.geomap-collapsed .geomap-legend-toggle::after{content:" \\25B8"}
.geomap-legend-entry{display:flex;align-items:center;gap:6px;margin:2px 0}
.geomap-swatch{display:inline-block;width:14px;height:14px;border:2px solid;box-sizing:border-box}
.geomap-swatch.point{border-radius:50%}
.geomap-swatch.sea{border-style:dashed}
.geomap-legend-note,.geomap-legend-period{color:#555;margin-top:4px}
.geomap-title{background:rgba(255,255,255,.94);padding:6px 10px;border-radius:6px;
 font:600 15px/1.3 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:60vw}
.geomap-popup{font:12px/1.4 system-ui,sans-serif}
.geomap-popup-type{font-weight:600;text-transform:uppercase;font-size:11px}
.geomap-popup-meta{color:#444;margin-top:4px}
.geomap-evidence{margin:4px 0;padding-left:8px;border-left:3px solid #ccc}
.geomap-evidence mark{background:#ffe08a}
.geomap-time{background:rgba(255,255,255,.94);padding:6px 10px;border-radius:6px;
 box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px/1.4 system-ui,sans-serif;width:210px}
.geomap-time-row{display:flex;align-items:center;gap:8px;margin-bottom:2px}
.geomap-time-play{width:28px;height:24px;border:1px solid #999;border-radius:4px;
 background:#fff;cursor:pointer;font-size:12px}
.geomap-time input{width:100%;margin:2px 0}
.marker-cluster.geomap-cluster{background:none}
.marker-cluster.geomap-cluster div{width:100%;height:100%;margin:0;border-radius:50%;
 display:flex;align-items:center;justify-content:center;box-sizing:border-box;
 border:2px solid #fff;box-shadow:0 1px 3px rgba(0,0,0,.4)}
.marker-cluster.geomap-cluster span{font:600 10px/18px system-ui,sans-serif;
 background:#fff;border-radius:9px;min-width:18px;height:18px;text-align:center;
 color:#222;padding:0 2px}
.geomap-empty{position:absolute;z-index:1000;left:50%;top:50%;transform:translate(-50%,-50%);
 background:rgba(255,255,255,.95);padding:.6em 1.2em;border-radius:8px;
 box-shadow:0 1px 6px rgba(0,0,0,.35);font:600 28px/1.3 system-ui,sans-serif;color:#333;
 pointer-events:none}
.geomap-label{color:#5b5b5b;font:11px/1 system-ui,sans-serif;white-space:nowrap;
 text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;pointer-events:none}
.geomap-label.rank0{font:600 12px/1 system-ui,sans-serif;color:#444;letter-spacing:.04em;
 text-transform:uppercase}
.geomap-label.rank1{font-weight:600;color:#333}
@media print{.leaflet-control-zoom,.leaflet-control-layers,.geomap-time{display:none}}
</style>
"""


def safe_json(value) -> str:
    """JSON that is safe inside a <script> element (no '<', '>' or '&' left)."""
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


class _Text(Element):
    _template = Template("{{ this.text }}")

    def __init__(self, text: str):
        super().__init__()
        self.text = text


class _Verbatim(MacroElement):
    """A MacroElement whose rendered parts go into the page as they are.

    branca compiles each rendered part as a template once more, which costs seconds for
    megabytes of map data and would evaluate any ``{{ }}`` found in article text.
    """

    default_js: list = []
    default_css: list = []

    def render(self, **kwargs):
        figure = self.get_root()
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        module = self._template.module
        for part, target in (("header", figure.header), ("html", figure.html),
                             ("script", figure.script)):
            macro = module.__dict__.get(part)
            if macro is not None:
                target.add_child(_Text(macro(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class Basemap(_Verbatim):
    """Light vector outlines of countries and regions, with names that do not overlap
    (important names first), for maps without tiles."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  map.createPane("geomap-basemap");
  map.getPane("geomap-basemap").style.zIndex = 200;
  map.createPane("geomap-labels");
  map.getPane("geomap-labels").style.zIndex = 350;
  map.getPane("geomap-labels").style.pointerEvents = "none";
  map.getContainer().style.background = "#dfe9f2";
  L.geoJSON({{ this.data }}, {pane: "geomap-basemap", interactive: false,
    style: function (f) {
      return f.properties.level === "country"
        ? {color: "#8c8c8c", weight: 1, fillColor: "#fbfaf6", fillOpacity: 1}
        : {color: "#b9b9b9", weight: 0.6, fill: false};
    }}).addTo(map);
  var labels = {{ this.labels }}.map(function (l) {
    var width = l[0].length * (l[3] === 0 ? 8 : 6.2) + 4;
    return {l: l, w: width, marker: L.marker([l[1], l[2]], {pane: "geomap-labels",
      interactive: false, keyboard: false, icon: L.divIcon({className: "geomap-label rank" + l[3],
      html: "", iconSize: [width, 14], iconAnchor: [width / 2, 7]})})};
  });
  var layer = L.layerGroup().addTo(map);
  function place() {
    var zoom = map.getZoom(), size = map.getSize(), taken = [];
    layer.clearLayers();
    labels.forEach(function (x) {
      if (zoom < x.l[4]) { return; }
      var p = map.latLngToContainerPoint([x.l[1], x.l[2]]);
      if (p.x < -50 || p.y < -20 || p.x > size.x + 50 || p.y > size.y + 20) { return; }
      var box = [p.x - x.w / 2 - 3, p.y - 10, p.x + x.w / 2 + 3, p.y + 10];
      for (var i = 0; i < taken.length; i++) {
        var t = taken[i];
        if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) { return; }
      }
      taken.push(box);
      x.marker.addTo(layer);
      x.marker.getElement().textContent = x.l[0];
    });
  }
  map.on("zoomend moveend", place);
  map.whenReady(place);
})();
{% endmacro %}
""")

    def __init__(self, geojson: str, labels: str = "[]"):
        super().__init__()
        self._name = "GeomapBasemap"
        self.data = geojson
        self.labels = labels


class Attribution(_Verbatim):
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


class NetworkNotice(_Verbatim):
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


class IncidentMap(_Verbatim):
    """The incidents of every layer, drawn in the browser from compact data (see
    :func:`geomap.maps.map_data`), with the legend, the time control and the initial
    view. Added after the LayerControl, whose entries it keeps counted."""

    _template = Template("""
{% macro header(this, kwargs) %}""" + _STYLE + """<script>{{ this.library }}</script>
{% endmacro %}
{% macro script(this, kwargs) %}
geomapIncidents({{ this._parent.get_name() }}, {{ this.control }},
  [{% for name in this.groups %}{{ name }},{% endfor %}], {{ this.data }});
{% endmacro %}
""")

    def __init__(self, payload: dict, groups: list[str], control: str):
        super().__init__()
        self._name = "GeomapIncidents"
        self.data = safe_json(payload)
        self.groups = groups
        self.control = control
        self.library = _library()
        if payload["cluster"]:
            self.default_js = [("markercluster", assets.url("markercluster_js"))]
            self.default_css = [("markercluster_css", assets.url("markercluster_css")),
                                ("markercluster_default_css",
                                 assets.url("markercluster_default_css"))]


@functools.cache
def _library() -> str:
    """geomap's own map script (shipped with the package), safe inside <script>."""
    from importlib.resources import files

    return files("geomap").joinpath("incidents.js").read_text("utf-8").replace(
        "</script", "<\\/script")


class Title(_Verbatim):
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


_PAGE_STYLE = """<meta name="viewport" content="width=device-width,
                initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<style>html, body {width: 100%; height: 100%; margin: 0; padding: 0;}</style>
<style>#map {position: absolute; top: 0; bottom: 0; right: 0; left: 0;}</style>
"""


class GeomapMap(folium.Map):
    """A folium Map drawn with geomap's :class:`~geomap.options.MapOptions`, which it
    keeps to show itself in notebooks.

    Its ``_repr_html_`` is the page of :func:`geomap.output.to_html` (inlined when offline)
    in a sandboxed iframe, so several maps in one notebook do not interfere. Its head
    parts are split in two: the styles of the map itself, and the page-wide ones (named
    :data:`PAGE_HEAD`) that an embedded fragment leaves out.
    """

    def __init__(self, options: MapOptions, **kwargs):
        super().__init__(**kwargs)
        self._map_options = options

    @property
    def map_options(self) -> MapOptions:
        """The options the map was drawn with."""
        return self._map_options

    def render(self, **kwargs):
        header = self.get_root().header
        # folium puts page-wide styles in the map's own head part: keep them apart.
        header.add_child(Element(_PAGE_STYLE), name=PAGE_HEAD)
        super().render(**kwargs)
        header.add_child(Element(self._own_style()), name=self.get_name())

    def _own_style(self) -> str:
        size = {k: "".join(map(str, getattr(self, k))) for k in ("width", "height", "left", "top")}
        switches = self.global_switches
        return (f"<style>#{self.get_name()} {{position: {self.position}; "
                f"width: {size['width']}; height: {size['height']}; left: {size['left']}; "
                f"top: {size['top']};}}\n.leaflet-container {{font-size: {self.font_size};}}"
                f"</style>\n<script>L_NO_TOUCH = {json.dumps(switches.no_touch)}; "
                f"L_DISABLE_3D = {json.dumps(switches.disable_3d)};</script>\n")

    def _repr_html_(self, **kwargs) -> str:
        from .output import to_html

        return (f'<iframe srcdoc="{html.escape(to_html(self), quote=True)}" '
                'style="width:100%;height:520px;border:none" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox">'
                "</iframe>")
