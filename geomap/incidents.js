/* geomap incident maps: layers, popups, clusters, legend, time control and framing.
 *
 * The page carries one compact data object per map (built by geomap.render); every
 * article string in it is plain text and is escaped here before it reaches the page.
 */
window.geomapIncidents = window.geomapIncidents || (function () {
  "use strict";
  var MARGIN = 24;  // keeps markers (radius 9) and cluster bubbles (up to 44 px) clear of controls
  var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
  var PRECISION = {1: "point", 2: "region or sea", 3: "country only"};

  function esc(value) {
    return String(value === null || value === undefined ? "" : value)
      .replace(/[&<>"']/g, function (c) { return ESC[c]; });
  }

  function el(tag, cls, parent, text) {
    var node = L.DomUtil.create(tag, cls || "", parent);
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function narrow(map) {
    var size = map.getSize();
    return size.x < 600 || size.y < 420;
  }

  // ------------------------------------------------------------------ popups

  function sourceHtml(ev) {
    var label = esc(ev[3] || "source");
    var url = ev[4];
    if (typeof url === "string" && /^https?:\/\//i.test(url)) {
      return '<div class="geomap-source"><a href="' + esc(url) +
        '" target="_blank" rel="noopener noreferrer">' + label + "</a></div>";
    }
    return '<div class="geomap-source">' + label + "</div>";
  }

  function incidentHtml(D, rec) {
    var meta = ["Date: " + esc(rec[0] >= 0 ? D.days[rec[0]] : "unknown"),
                "Status: " + esc(rec[1]),
                "Precision: " + esc(PRECISION[rec[4]] || "unknown")];
    var extra = rec[7] || [];
    for (var i = 0; i < D.extra.length; i++) {
      var v = extra[i];
      if (v !== null && v !== undefined && v !== "") {
        meta.push(esc(D.extra[i][1]) + ": " + esc(v === true ? "yes" : v === false ? "no" : v));
      }
    }
    var out = ['<div class="geomap-popup-meta">' + meta.join(" · ") + "</div>"];
    rec[5].forEach(function (ev) {
      out.push('<blockquote class="geomap-evidence">' + esc(ev[0]) + "<mark>" + esc(ev[1]) +
               "</mark>" + esc(ev[2]) + "</blockquote>" + sourceHtml(ev));
    });
    if (rec[6] > 0) { out.push("<div>and " + rec[6] + " more reports</div>"); }
    return out.join("");
  }

  function popupHtml(D, t, f, shown) {
    var type = D.types[t], first = D.inc[f[3][0]];
    var parts = ['<div class="geomap-popup"><div class="geomap-popup-type" style="color:' +
                 esc(type.colour) + '">' + esc(type.label) + "</div>",
                 '<div class="geomap-popup-place"><b>' + esc(first[2]) + "</b>" +
                 (first[3] ? " — " + esc(first[3]) : "") + "</div>"];
    shown.forEach(function (i) { parts.push(incidentHtml(D, D.inc[i])); });
    parts.push("</div>");
    return parts.join("");
  }

  // ------------------------------------------------------------------ styles

  function areaStyle(type, cls, shade) {
    if (type.draw === "sea") {
      return {color: type.colour, weight: 2, dashArray: "6 4", fillColor: type.colour,
              fillOpacity: 0.18, className: cls};
    }
    return {color: type.colour, weight: 1.5, fillColor: type.colour,
            fillOpacity: 0.15 + 0.5 * shade, className: cls};
  }

  function pointLayer(type, t, cls, kind, status, latlng) {
    if (kind === "c") {
      return L.circleMarker(latlng, {radius: 16, color: type.colour, weight: 2,
        dashArray: "4 4", fillOpacity: 0.04, className: cls + " geomap-country", geomapType: t});
    }
    var hollow = status === "ended" || status === "planned";
    return L.circleMarker(latlng, {radius: type.draw === "point" ? 9 : 6,
      color: hollow ? type.colour : "#ffffff", weight: 2, dashArray: hollow ? "3 3" : null,
      fillColor: type.colour, fillOpacity: hollow ? 0.12 : 0.9, className: cls,
      geomapType: t});
  }

  function clusterIcon(D) {
    return function (cluster) {
      var counts = D.types.map(function () { return 0; });
      cluster.getAllChildMarkers().forEach(function (m) { counts[m.options.geomapType] += 1; });
      var total = cluster.getChildCount(), at = 0, stops = [];
      counts.forEach(function (n, t) {
        if (!n) { return; }
        var from = at * 360 / total;
        at += n;
        stops.push(D.types[t].colour + " " + from + "deg " + (at * 360 / total) + "deg");
      });
      var size = total < 10 ? 26 : total < 100 ? 31 : 36;
      return L.divIcon({
        html: '<div style="background:conic-gradient(' + stops.join(",") + ')"><span>' +
              total + "</span></div>",
        className: "marker-cluster geomap-cluster", iconSize: L.point(size, size)});
    };
  }

  // ------------------------------------------------------------------ framing

  // Each control sits in a corner; the view may give it either the strip along its side
  // or the strip along its top/bottom edge. Try every choice and keep the one that shows
  // the incidents largest (then the one leaving most free room).
  function freePadding(map, bounds, maxZoom) {
    var box = map.getContainer().getBoundingClientRect(), size = map.getSize();
    var controls = [];
    map.getContainer().querySelectorAll(".leaflet-control").forEach(function (c) {
      var r = c.getBoundingClientRect();
      if (!r.width || !r.height || c.offsetParent === null) { return; }
      var left = r.left - box.left + r.width / 2 < size.x / 2;
      var top = r.top - box.top + r.height / 2 < size.y / 2;
      controls.push({
        side: left ? ["l", r.right - box.left] : ["r", box.right - r.left],
        edge: top ? ["t", r.bottom - box.top] : ["b", box.bottom - r.top]});
    });
    var best = null;
    for (var mask = 0; mask < (1 << controls.length); mask++) {
      var pad = {l: 0, t: 0, r: 0, b: 0};
      controls.forEach(function (c, i) {
        var pick = (mask >> i) & 1 ? c.side : c.edge;
        pad[pick[0]] = Math.max(pad[pick[0]], pick[1]);
      });
      var w = size.x - pad.l - pad.r - 2 * MARGIN, h = size.y - pad.t - pad.b - 2 * MARGIN;
      if (w < 40 || h < 40) { continue; }
      var zoom = Math.min(maxZoom, map.getBoundsZoom(bounds, false,
        L.point(pad.l + pad.r + 2 * MARGIN, pad.t + pad.b + 2 * MARGIN)));
      var score = zoom * 1e7 + w * h;
      if (!best || score > best.score) { best = {score: score, pad: pad}; }
    }
    return best ? best.pad : {l: 0, t: 0, r: 0, b: 0};
  }

  function frame(map, bounds, maxZoom) {
    var pad = freePadding(map, bounds, maxZoom);
    map.fitBounds(bounds, {paddingTopLeft: [pad.l + MARGIN, pad.t + MARGIN],
                           paddingBottomRight: [pad.r + MARGIN, pad.b + MARGIN],
                           maxZoom: maxZoom, animate: false});
  }

  // Popups open above their feature: the map pans them clear of the zoom buttons and of
  // everything in the top corners (title, layer list), and they scroll when taller.
  function popupOptions(map) {
    var size = map.getSize(), box = map.getContainer().getBoundingClientRect();
    var left = 8, top = 10;
    var zoom = map.getContainer().querySelector(".leaflet-control-zoom");
    if (zoom && zoom.offsetParent !== null) {
      left = zoom.getBoundingClientRect().right - box.left + 8;
    }
    map.getContainer().querySelectorAll(".leaflet-top .leaflet-control").forEach(function (c) {
      if (c.offsetParent !== null) {
        top = Math.max(top, c.getBoundingClientRect().bottom - box.top + 8);
      }
    });
    top = Math.min(top, size.y / 3);
    return {maxWidth: Math.max(160, Math.min(380, size.x - left - 48)),
            minWidth: Math.min(200, size.x - left - 48),
            maxHeight: Math.max(120, size.y - top - 60), autoPan: true,
            autoPanPaddingTopLeft: L.point(left, top), autoPanPaddingBottomRight: L.point(8, 10)};
  }

  // ------------------------------------------------------------------ legend and time

  function legendControl(map, D, state, position) {
    var legend = L.control({position: position});
    legend.onAdd = function () {
      var div = el("div", "geomap-legend");
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var head = el("button", "geomap-legend-toggle", div, "Incidents");
      head.type = "button";
      var body = el("div", "geomap-legend-body", div);
      D.types.forEach(function (type, t) {
        var entry = el("div", "geomap-legend-entry", body);
        entry.dataset.type = t;
        var swatch = el("span", "geomap-swatch " + type.draw, entry);
        swatch.style.borderColor = type.colour;
        swatch.style.background = type.fill || type.colour + "55";
        var total = 0;
        D.feat.forEach(function (f) { if (f[0] === t) { total += f[3].length; } });
        state.countNodes[t] = el("span", "geomap-legend-label", entry,
                                 type.label + " (" + total + ")");
      });
      state.periodNode = el("div", "geomap-legend-period", body);
      D.notes.forEach(function (note) { el("div", "geomap-legend-note", body, note); });
      var collapsed = narrow(map) && !state.snapshot;
      div.classList.toggle("geomap-still", state.snapshot);
      div.classList.toggle("geomap-collapsed", collapsed);
      head.setAttribute("aria-expanded", String(!collapsed));
      L.DomEvent.on(head, "click", function () {
        var now = div.classList.toggle("geomap-collapsed");
        head.setAttribute("aria-expanded", String(!now));
      });
      return div;
    };
    return legend;
  }

  function timeControl(map, D, state, refresh) {
    var control = L.control({position: "bottomleft"});
    var last = D.days.length - 1, timer = null;
    control.onAdd = function () {
      var div = el("div", "geomap-time");
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var row = el("div", "geomap-time-row", div);
      var play = el("button", "geomap-time-play", row, "▶");
      play.type = "button";
      play.title = "Play: add one day at a time";
      var label = el("span", "geomap-time-label", row);
      var from = el("input", "geomap-time-from", div);
      var to = el("input", "geomap-time-to", div);
      [from, to].forEach(function (input, k) {
        input.type = "range"; input.min = 0; input.max = last; input.step = 1;
        input.value = k ? last : 0;
        input.setAttribute("aria-label", k ? "Last day shown" : "First day shown");
      });
      function show() {
        var a = +from.value, b = +to.value;
        if (a > b) { if (this === from) { to.value = a; } else { from.value = b; } }
        state.range = [+from.value, +to.value];
        label.textContent = D.days[state.range[0]] + " – " + D.days[state.range[1]];
        refresh();
      }
      from.addEventListener("input", show);
      to.addEventListener("input", show);
      function stop() { clearInterval(timer); timer = null; play.textContent = "▶"; }
      L.DomEvent.on(play, "click", function () {
        if (timer) { stop(); return; }
        if (+to.value >= last) { to.value = from.value; show.call(to); }
        play.textContent = "❚❚";
        timer = setInterval(function () {
          if (+to.value >= last) { stop(); return; }
          to.value = +to.value + 1;
          show.call(to);
        }, 900);
      });
      label.textContent = D.days[0] + " – " + D.days[last];
      return div;
    };
    return control;
  }

  // ------------------------------------------------------------------ the map

  return function (map, layerControl, groups, D) {
    var state = {range: [0, D.days.length - 1], countNodes: [], periodNode: null,
                 snapshot: !!window.geomapSnapshot};
    var bounds = L.latLngBounds(D.bounds);
    if (!D.inc.length) {
      layerControl.remove();
      var note = el("div", "geomap-empty", map.getContainer(), "No incidents");
      note.setAttribute("role", "status");
      if (state.snapshot && map.zoomControl) { map.zoomControl.remove(); }
      frame(map, bounds, 6);
      return;
    }
    var cluster = null;
    if (D.cluster) {
      // Clusters are built for every zoom up to the one where they dissolve: dissolving at
      // town scale keeps the work (and the page's load time) down for tens of thousands.
      cluster = L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 80,
                                      disableClusteringAtZoom: 11,
                                      iconCreateFunction: clusterIcon(D)});
      map.addLayer(cluster);
    }
    var features = [];
    D.feat.forEach(function (f) {
      var type = D.types[f[0]], cls = "geomap-feature geomap-" + type.id;
      var layer;
      if (f[1] === "a") {
        layer = L.geoJSON({type: "Feature", geometry: f[2], properties: {}},
                          {className: cls, style: areaStyle(type, cls, 1)});
      } else {
        layer = pointLayer(type, f[0], cls, f[1], D.inc[f[3][f[3].length - 1]][1],
                           [f[2][1], f[2][0]]);
      }
      var x = {t: f[0], f: f, layer: layer, shown: f[3], on: false, cls: cls,
               clustered: !!cluster && f[1] === "p"};
      if (f[1] === "a") { layer.eachLayer(function (part) { part.geomap = x; }); }
      layer.geomap = x;
      features.push(x);
    });

    function inRange(i) {
      var d = D.inc[i][0];
      if (d < 0) { return state.range[0] === 0 && state.range[1] === D.days.length - 1; }
      return d >= state.range[0] && d <= state.range[1];
    }

    function refresh() {
      var counts = D.types.map(function () { return 0; });
      var top = D.types.map(function () { return 0; });
      features.forEach(function (x) {
        x.shown = x.f[3].filter(inRange);
        counts[x.t] += x.shown.length;
        if (x.f[1] === "a") { top[x.t] = Math.max(top[x.t], x.shown.length); }
      });
      var clustered = [];
      features.forEach(function (x) {
        var group = groups[x.t], want = x.shown.length > 0;
        if (x.f[1] === "a" && want) {
          x.layer.setStyle(areaStyle(D.types[x.t], x.cls, x.shown.length / top[x.t]));
        }
        if (x.clustered) {
          if (want && map.hasLayer(group)) { clustered.push(x.layer); }
        } else if (want !== x.on) {
          if (want) { group.addLayer(x.layer); } else { group.removeLayer(x.layer); }
        }
        x.on = want;
      });
      if (cluster) { cluster.clearLayers(); cluster.addLayers(clustered); }
      D.types.forEach(function (type, t) {
        if (state.countNodes[t]) {
          state.countNodes[t].textContent = type.label + " (" + counts[t] + ")";
          state.countNodes[t].parentNode.dataset.count = counts[t];
        }
        layerControl._layers.forEach(function (entry) {
          // The layer control shows names as HTML: the label goes in escaped.
          if (entry.layer === groups[t]) { entry.name = esc(type.label) + " (" + counts[t] + ")"; }
        });
      });
      if (layerControl._map) { layerControl._update(); }
      if (state.periodNode) {
        state.periodNode.textContent = D.days.length ? "Dates: " + D.days[state.range[0]] +
          " – " + D.days[state.range[1]] : "";
      }
      syncLegend();
    }

    function syncLegend() {
      document.querySelectorAll("#" + map.getContainer().id + " .geomap-legend-entry")
        .forEach(function (entry) {
          entry.style.display = map.hasLayer(groups[+entry.dataset.type]) ? "" : "none";
        });
    }

    // On a phone the credits take the whole width: they, the folded legend and the time
    // control stack in one corner instead of covering each other.
    var small = narrow(map) && !state.snapshot;
    if (small && map.attributionControl) { map.attributionControl.setPosition("bottomleft"); }
    legendControl(map, D, state, small ? "bottomleft" : "bottomright").addTo(map);
    if (D.days.length > 1 && !state.snapshot) {
      timeControl(map, D, state, refresh).addTo(map);
    }
    if (state.snapshot) {
      layerControl.remove();
      if (map.zoomControl) { map.zoomControl.remove(); }
    } else if (narrow(map)) {
      layerControl.options.collapsed = true;
      layerControl.addTo(map);
    }
    if (small) {  // no room for the scale beside the time control and the credits
      var scale = map.getContainer().querySelector(".leaflet-control-scale");
      if (scale) { scale.style.display = "none"; }
    }
    // Frame first (the legend already shows the full counts), so that clusters are built
    // once, at the zoom they are seen at.
    frame(map, bounds, D.maxZoom);
    map.on("overlayadd overlayremove", refresh);
    refresh();
    // One popup binding per layer (and for the clusters), built when a feature is clicked.
    var options = popupOptions(map);
    var content = function (layer) {
      var x = layer.geomap;
      return x ? popupHtml(D, x.t, x.f, x.shown) : "";
    };
    groups.forEach(function (group) { group.bindPopup(content, options); });
    if (cluster) { cluster.bindPopup(content, options); }
  };
})();
