/* sitrep page: map + timeline + filters + event panel over the sitrep HTTP API.
 *
 * Plain browser JavaScript, no build step: the page must work offline from the Python package.
 * SECURITY: every string from the API (article text, titles, names) reaches the DOM only as text
 * (textContent / createTextNode); nothing built from data goes through innerHTML. Links from data
 * are kept only when they are http(s). The page's CSP forbids inline scripts as a second fence.
 */
(function () {
  "use strict";

  var TYPE_COLOURS = {
    "Battles": "#d7301f",
    "Explosions/Remote violence": "#f28e2b",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2b83ba",
    "Riots": "#1a9641",
    "Strategic developments": "#6b6b6b"
  };
  var OTHER_COLOUR = "#222222";
  var PAGE = 500;        // events per API request
  var MAX_EVENTS = 5000; // most markers the page loads at once
  var LIST_ROWS = 300;   // most rows drawn in the list
  var FILTER_FIELDS = ["event_type", "country", "actor", "min_fatalities", "certainty", "q"];
  var DAY_MS = 86400000;

  var state = {
    filters: {},
    since: null,          // YYYY-MM-DD chosen with the timeline brush
    until: null,
    events: [],
    total: 0,
    selected: null,
    markers: new Map(),   // event id -> L.CircleMarker
    generation: 0,        // drops answers to superseded requests
    days: []              // by_day from /api/stats, for the timeline
  };

  // ---------------------------------------------------------------- helpers

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") node.textContent = attrs[k];
        else if (k === "className") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  function str(v) { return v === null || v === undefined ? "" : String(v); }

  function colourOf(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }

  function radiusOf(fatalities) {
    var n = fatalities && typeof fatalities.best === "number" ? fatalities.best : 0;
    return Math.min(28, 5 + 2.2 * Math.sqrt(Math.max(0, n)));
  }

  function actorName(a) {
    if (!a) return "";
    return typeof a === "string" ? a : str(a.name);
  }

  /** Only http(s) links from data become hrefs (a javascript: URL would run code). */
  function safeHref(url) {
    try {
      var u = new URL(String(url), window.location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function setStatus(msg) { document.getElementById("status").textContent = msg || ""; }

  function query(extra, withDates) {
    var p = new URLSearchParams();
    FILTER_FIELDS.forEach(function (k) {
      var v = state.filters[k];
      if (v !== undefined && v !== null && String(v).trim() !== "") p.set(k, String(v).trim());
    });
    if (withDates) {
      if (state.since) p.set("since", state.since);
      if (state.until) p.set("until", state.until);
    }
    if (state.filters.in_view && map) {
      var b = map.getBounds();
      p.set("bbox", [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
        .map(function (x) { return Math.max(-180, Math.min(180, x)).toFixed(4); }).join(","));
    }
    Object.keys(extra || {}).forEach(function (k) { p.set(k, extra[k]); });
    return p.toString();
  }

  function getJSON(path) {
    return fetch(path, { headers: { "Accept": "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error(path.split("?")[0] + ": HTTP " + r.status);
      return r.json();
    });
  }

  function num(v) { return typeof v === "number" ? v : null; }

  /** One event shape for the page, from the nested contract or a flat row (lat, lon, fatalities). */
  function normalizeEvent(ev) {
    var out = Object.assign({}, ev);
    if (!ev.location || typeof ev.location !== "object") {
      out.location = { name: typeof ev.location === "string" ? ev.location : null,
        country: ev.country || null, admin1: ev.admin1 || null, lat: num(ev.lat), lon: num(ev.lon),
        precision: ev.geo_precision || ev.precision || null };
    }
    if (!ev.fatalities || typeof ev.fatalities !== "object") {
      out.fatalities = { best: num(ev.fatalities), civilians: num(ev.fatalities_civilians),
        combatants: num(ev.fatalities_combatants) };
    }
    return out;
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function dayMs(iso) { return Date.parse(String(iso).slice(0, 10) + "T00:00:00Z"); }

  // ---------------------------------------------------------------- map

  var params = new URLSearchParams(window.location.search);
  var tiles = params.get("tiles");
  // the offline outlines hold no detail past zoom 10; tile servers usually go to 18
  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: tiles ? 18 : 10 })
    .setView([30, 30], 3);

  function escapeText(s) {  // Leaflet's attribution control writes HTML: escape what we pass in
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  if (tiles && safeHref(tiles.replace(/\{[a-z]\}/g, "0"))) {
    var attribution = params.get("attribution") ||
      (/openstreetmap\.org/.test(tiles) ? "© OpenStreetMap contributors" : "map tiles: " + tiles.split("/")[2]);
    L.tileLayer(tiles, { maxZoom: 18, attribution: escapeText(attribution) }).addTo(map);
    document.getElementById("tiles").value = tiles;
  } else {
    document.getElementById("map").classList.add("offline");
    loadCountries();
  }

  function loadCountries() {
    // Natural Earth admin-0 outlines (world-atlas TopoJSON), drawn as an offline basemap
    getJSON("/static/vendor/world-atlas/countries-50m.json").then(function (topo) {
      var geo = topojson.feature(topo, topo.objects.countries);
      // Antarctica's outline runs along the map's bottom edge in Web Mercator: leave it out
      geo.features = geo.features.filter(function (f) { return String(f.id) !== "010"; });
      geo.features.forEach(unwrapAntimeridian);
      var layer = L.geoJSON(geo, {
        interactive: false,
        style: { color: "#8a99a8", weight: 0.8, fillColor: "#f7f5ef", fillOpacity: 1 }
      });
      layer.addTo(map);
      layer.bringToBack();
      map.attributionControl.addAttribution("Natural Earth");
    }).catch(function (e) { setStatus("basemap: " + e.message); });
  }

  /** Rings cut at ±180° (Russia, Fiji) would be drawn with a line across the whole world:
   *  move their western-hemisphere points past 180° so each ring stays in one piece. */
  function unwrapAntimeridian(feature) {
    var g = feature.geometry;
    if (!g) return;
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polys.forEach(function (poly) {
      poly.forEach(function (ring) {
        var jumps = ring.some(function (pt, i) {
          return i > 0 && Math.abs(pt[0] - ring[i - 1][0]) > 180;
        });
        if (jumps) ring.forEach(function (pt) { if (pt[0] < 0) pt[0] += 360; });
      });
    });
  }

  var cluster = L.markerClusterGroup({
    maxClusterRadius: 35,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    chunkedLoading: true
  });
  cluster.addTo(map);

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", { className: "legend" });
    Object.keys(TYPE_COLOURS).forEach(function (t) {
      var dot = el("span", { className: "dot" });
      dot.style.background = TYPE_COLOURS[t];
      box.appendChild(el("div", null, [dot, t]));
    });
    box.appendChild(el("div", { className: "sizes", text: "circle size: fatalities" }));
    return box;
  };
  legend.addTo(map);

  function markerFor(ev) {
    var loc = ev.location;
    if (!loc || typeof loc.lat !== "number" || typeof loc.lon !== "number") return null;
    var m = L.circleMarker([loc.lat, loc.lon], {
      radius: radiusOf(ev.fatalities),
      color: "#222",
      weight: 1,
      fillColor: colourOf(ev.event_type),
      fillOpacity: 0.8
    });
    var tip = [str(ev.date), str(ev.event_type), str(loc.name)].filter(Boolean).join(" · ");
    m.bindTooltip(document.createTextNode(tip));  // a text node: names never parse as HTML
    m.on("click", function () { select(ev.id); });
    return m;
  }

  function drawMarkers() {
    cluster.clearLayers();
    state.markers.clear();
    var layers = [];
    state.events.forEach(function (ev) {
      var m = markerFor(ev);
      if (m) { state.markers.set(ev.id, m); layers.push(m); }
    });
    cluster.addLayers(layers);
    document.getElementById("map").dataset.markers = String(layers.length);
  }

  function fitToEvents() {
    var pts = [];
    state.markers.forEach(function (m) { pts.push(m.getLatLng()); });
    if (pts.length) map.fitBounds(L.latLngBounds(pts).pad(0.3), { maxZoom: 7 });
  }

  // ---------------------------------------------------------------- list

  function drawList() {
    var list = document.getElementById("list");
    list.textContent = "";
    state.events.slice(0, LIST_ROWS).forEach(function (ev) {
      var dot = el("span", { className: "dot" });
      dot.style.background = colourOf(ev.event_type);
      var where = ev.location ? [str(ev.location.name), str(ev.location.country)]
        .filter(Boolean).join(", ") : "";
      var fat = ev.fatalities && ev.fatalities.best !== null && ev.fatalities.best !== undefined
        ? ev.fatalities.best + " killed" : "";
      var btn = el("button", { type: "button" }, [
        el("span", { className: "line1" }, [dot, str(ev.date) || "undated", " ",
          str(ev.sub_event_type || ev.event_type)]),
        el("span", { className: "line2", text: [where, actorName(ev.actor1), fat]
          .filter(Boolean).join(" · ") })
      ]);
      btn.addEventListener("click", function () { select(ev.id); });
      var li = el("li", { "data-id": String(ev.id) }, [btn]);
      if (ev.id === state.selected) li.className = "selected";
      list.appendChild(li);
    });
    list.dataset.rows = String(Math.min(state.events.length, LIST_ROWS));
    var more = document.getElementById("list-more");
    var hidden = state.total - Math.min(state.events.length, LIST_ROWS);
    more.hidden = hidden <= 0;
    more.textContent = hidden > 0 ? hidden + " more not listed: narrow the filters" : "";
  }

  function drawCount() {
    var fat = 0;
    state.events.forEach(function (ev) {
      if (ev.fatalities && typeof ev.fatalities.best === "number") fat += ev.fatalities.best;
    });
    var node = document.getElementById("count");
    node.dataset.total = String(state.total);
    node.textContent = state.total + (state.total === 1 ? " event" : " events") +
      (state.events.length < state.total ? " (" + state.events.length + " loaded)" : "") +
      " · " + fat + " fatalities";
  }

  function updateCountries() {
    if (Object.keys(state.filters).some(function (k) { return state.filters[k]; })) return;
    var seen = {};
    state.events.forEach(function (ev) {
      if (ev.location && ev.location.country) seen[ev.location.country] = true;
    });
    var dl = document.getElementById("countries");
    dl.textContent = "";
    Object.keys(seen).sort().forEach(function (c) { dl.appendChild(el("option", { value: c })); });
  }

  // ---------------------------------------------------------------- loading

  function loadEvents(fit) {
    var gen = ++state.generation;
    setStatus("");
    var collected = [];
    function page(offset) {
      return getJSON("/api/events?" + query({ limit: PAGE, offset: offset, sort: "-date" }, true))
        .then(function (body) {
          if (gen !== state.generation) return null;
          var got = (body.events || []).map(normalizeEvent);
          collected = collected.concat(got);
          state.total = typeof body.total === "number" ? body.total : collected.length;
          if (got.length && collected.length < state.total && collected.length < MAX_EVENTS) {
            return page(offset + got.length);
          }
          return collected;
        });
    }
    return page(0).then(function (events) {
      if (events === null) return;
      state.events = events;
      drawMarkers();
      drawList();
      drawCount();
      updateCountries();
      if (fit) fitToEvents();
      document.body.dataset.ready = String(gen);
    }).catch(function (e) { setStatus(e.message); });
  }

  function loadTimeline() {
    var gen = state.generation;
    return getJSON("/api/stats?" + query({}, false)).then(function (body) {
      if (gen !== state.generation) return;
      state.days = (body.by_day || body.per_day || []).filter(function (d) { return d && d.date; });
      drawTimeline();
    }).catch(function (e) { setStatus(e.message); });
  }

  function refresh(fit) {
    var a = loadEvents(fit);
    var b = loadTimeline();
    return Promise.all([a, b]);
  }

  // ---------------------------------------------------------------- timeline brush

  var svg = document.getElementById("timeline");
  var SVGNS = "http://www.w3.org/2000/svg";
  var PAD = { left: 8, right: 8, top: 4, bottom: 14 };
  var scale = null;  // {min, max, w, h}: day ms <-> x

  function sv(tag, attrs) {
    var n = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    return n;
  }

  function xOf(ms) {
    return PAD.left + (scale.max === scale.min ? scale.w / 2
      : (ms - scale.min) / (scale.max - scale.min) * scale.w);
  }

  function msOf(x) {
    var f = Math.max(0, Math.min(1, (x - PAD.left) / scale.w));
    return scale.min + f * (scale.max - scale.min);
  }

  function drawTimeline() {
    svg.textContent = "";
    var box = svg.getBoundingClientRect();
    var width = Math.max(100, box.width), height = Math.max(40, box.height);
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var days = state.days;
    if (!days.length) { scale = null; return; }
    var ms = days.map(function (d) { return dayMs(d.date); });
    var min = Math.min.apply(null, ms), max = Math.max.apply(null, ms) + DAY_MS;
    scale = { min: min, max: max, w: width - PAD.left - PAD.right,
      h: height - PAD.top - PAD.bottom };
    // one bar per day, merged into pixel bins when days are narrower than 3px
    var bins = new Map();
    var binW = Math.max(3, scale.w / ((max - min) / DAY_MS));
    days.forEach(function (d, i) {
      var k = Math.floor((xOf(ms[i]) - PAD.left) / binW);
      var b = bins.get(k) || { events: 0, fatalities: 0, from: ms[i], to: ms[i] };
      b.events += Number(d.events) || 0;
      b.fatalities += Number(d.fatalities) || 0;
      b.from = Math.min(b.from, ms[i]);
      b.to = Math.max(b.to, ms[i]);
      bins.set(k, b);
    });
    var top = 1;
    bins.forEach(function (b) { top = Math.max(top, b.events); });
    var lo = state.since ? dayMs(state.since) : -Infinity;
    var hi = state.until ? dayMs(state.until) : Infinity;
    bins.forEach(function (b, k) {
      var h = Math.max(2, b.events / top * scale.h);
      var rect = sv("rect", {
        x: PAD.left + k * binW, y: PAD.top + scale.h - h,
        width: Math.max(1.5, binW - 1), height: h,
        "class": b.to < lo || b.from > hi ? "bar out" : "bar"
      });
      var title = sv("title");
      title.textContent = isoDay(b.from) + (b.to > b.from ? " – " + isoDay(b.to) : "") + ": " +
        b.events + " events, " + b.fatalities + " fatalities";
      rect.appendChild(title);
      svg.appendChild(rect);
    });
    [[min, "start"], [max - DAY_MS, "end"]].forEach(function (pair) {
      var t = sv("text", { x: pair[1] === "start" ? PAD.left : width - PAD.right,
        y: height - 2, "text-anchor": pair[1], "class": "axis" });
      t.textContent = isoDay(pair[0]);
      svg.appendChild(t);
    });
    if (state.since || state.until) {
      var x0 = state.since ? xOf(Math.max(min, dayMs(state.since))) : PAD.left;
      var x1 = state.until ? xOf(Math.min(max, dayMs(state.until) + DAY_MS)) : width - PAD.right;
      svg.appendChild(sv("rect", { x: x0, y: PAD.top, width: Math.max(1, x1 - x0),
        height: scale.h, "class": "brush" }));
    }
  }

  function svgX(evt) {
    var box = svg.getBoundingClientRect();
    var vb = svg.viewBox.baseVal;
    return (evt.clientX - box.left) * (vb && vb.width ? vb.width / box.width : 1);
  }

  var drag = null;
  svg.addEventListener("pointerdown", function (evt) {
    if (!scale) return;
    drag = { x0: svgX(evt), rect: sv("rect", { y: PAD.top, height: scale.h, "class": "brush" }) };
    svg.querySelectorAll(".brush").forEach(function (n) { n.remove(); });
    svg.appendChild(drag.rect);
    svg.setPointerCapture(evt.pointerId);
  });
  svg.addEventListener("pointermove", function (evt) {
    if (!drag) return;
    var x = svgX(evt);
    drag.rect.setAttribute("x", Math.min(x, drag.x0));
    drag.rect.setAttribute("width", Math.abs(x - drag.x0));
  });
  function endDrag(evt) {
    if (!drag) return;
    var x = svgX(evt), x0 = drag.x0;
    drag = null;
    if (Math.abs(x - x0) < 3) { setRange(null, null); return; }  // a click clears the brush
    var a = msOf(Math.min(x, x0)), b = msOf(Math.max(x, x0));
    setRange(isoDay(Math.floor(a / DAY_MS) * DAY_MS),
      isoDay(Math.max(Math.floor(a / DAY_MS), Math.ceil(b / DAY_MS) - 1) * DAY_MS));
  }
  svg.addEventListener("pointerup", endDrag);
  svg.addEventListener("pointercancel", function () { drag = null; drawTimeline(); });

  function setRange(since, until) {
    state.since = since;
    state.until = until;
    var label = document.getElementById("range");
    label.textContent = since || until ? str(since) + " → " + str(until) : "";
    document.getElementById("range-clear").hidden = !(since || until);
    drawTimeline();
    loadEvents(false);
  }
  document.getElementById("range-clear").addEventListener("click", function () {
    setRange(null, null);
  });
  window.addEventListener("resize", function () { drawTimeline(); });

  // ---------------------------------------------------------------- filters

  var form = document.getElementById("filters");
  var typing = null;
  function readFilters() {
    var f = {};
    FILTER_FIELDS.forEach(function (k) { f[k] = form.elements[k].value; });
    f.country = f.country.toUpperCase();
    f.in_view = form.elements.in_view.checked;
    state.filters = f;
  }
  form.addEventListener("input", function (evt) {
    clearTimeout(typing);
    var delay = evt.target.tagName === "SELECT" || evt.target.type === "checkbox" ? 0 : 300;
    typing = setTimeout(function () { readFilters(); refresh(false); }, delay);
  });
  form.addEventListener("submit", function (evt) { evt.preventDefault(); readFilters(); refresh(false); });
  form.addEventListener("reset", function () {
    setTimeout(function () { readFilters(); state.since = state.until = null; setRange(null, null);
      loadTimeline(); }, 0);
  });
  map.on("moveend", function () { if (state.filters.in_view) refresh(false); });

  document.getElementById("tiles-form").addEventListener("submit", function (evt) {
    evt.preventDefault();
    var p = new URLSearchParams(window.location.search);
    var v = document.getElementById("tiles").value.trim();
    if (v) p.set("tiles", v); else p.delete("tiles");
    window.location.search = p.toString();
  });

  // ---------------------------------------------------------------- event panel

  /** The report text as text nodes, with each evidence span wrapped in a <mark>. */
  function highlighted(text, evidence) {
    var frag = document.createDocumentFragment();
    var spans = (evidence || []).filter(function (e) {
      return e && typeof e.start === "number" && typeof e.end === "number" &&
        e.start >= 0 && e.end > e.start && e.end <= text.length;
    }).sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var pos = 0;
    spans.forEach(function (e) {
      if (e.end <= pos) return;  // inside a span already marked
      var start = Math.max(pos, e.start);
      if (start > pos) frag.appendChild(document.createTextNode(text.slice(pos, start)));
      var fields = spans.filter(function (o) { return o.start < e.end && o.end > start; })
        .map(function (o) { return str(o.field); });
      var mark = el("mark", { "data-field": Array.from(new Set(fields)).join(", "),
        title: Array.from(new Set(fields)).join(", ") }, [text.slice(start, e.end)]);
      frag.appendChild(mark);
      pos = e.end;
    });
    if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  function row(dl, label, value) {
    if (value === null || value === undefined || value === "") return;
    dl.appendChild(el("dt", { text: label }));
    dl.appendChild(el("dd", { text: String(value) }));
  }

  function fatalitiesText(f) {
    if (!f) return "";
    var parts = [];
    if (f.best !== null && f.best !== undefined) parts.push(String(f.best));
    if (f.low !== null && f.low !== undefined && f.high !== null && f.high !== undefined) {
      parts.push("(" + f.low + "–" + f.high + ")");
    }
    var split = [];
    if (f.civilians !== null && f.civilians !== undefined) split.push(f.civilians + " civilians");
    if (f.combatants !== null && f.combatants !== undefined) split.push(f.combatants + " combatants");
    if (split.length) parts.push("[" + split.join(", ") + "]");
    return parts.join(" ");
  }

  function countText(c) {
    if (c === null || c === undefined) return "";
    if (typeof c === "number") return String(c);
    return fatalitiesText(c);
  }

  function linkOrText(url, label) {
    var href = url ? safeHref(url) : null;
    if (!href) return document.createTextNode(str(label || url));
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer nofollow",
      text: str(label || url) });
  }

  function renderPanel(body) {
    // {"event", "report"} per the contract, or the event itself with its report nested in it
    var ev = normalizeEvent(body.event || body), rep = body.report || ev.report || {};
    var out = document.getElementById("panel-body");
    out.textContent = "";
    var dot = el("span", { className: "dot" });
    dot.style.background = colourOf(ev.event_type);
    out.appendChild(el("h2", null, [dot, str(ev.event_type)]));
    if (ev.sub_event_type) out.appendChild(el("p", { className: "sub", text: ev.sub_event_type }));
    var dl = el("dl");
    row(dl, "Date", str(ev.date) + (ev.date_end && ev.date_end !== ev.date ? " – " + ev.date_end : ""));
    row(dl, "Actor 1", actorName(ev.actor1));
    row(dl, "Actor 2", actorName(ev.actor2));
    var loc = ev.location;
    if (loc) {
      row(dl, "Location", [str(loc.name), str(loc.admin1), str(loc.country)].filter(Boolean).join(", ") +
        (typeof loc.lat === "number" ? " (" + loc.lat.toFixed(3) + ", " + loc.lon.toFixed(3) + ")" : "") +
        (loc.precision ? ", precision " + loc.precision : ""));
    }
    row(dl, "Fatalities", fatalitiesText(ev.fatalities));
    row(dl, "Injured", countText(ev.injured));
    row(dl, "Weapons", Array.isArray(ev.weapons) ? ev.weapons.join(", ") : str(ev.weapons));
    row(dl, "Certainty", ev.certainty);
    row(dl, "Confidence", typeof ev.confidence === "number" ? ev.confidence.toFixed(2) : ev.confidence);
    row(dl, "Source", ev.source && typeof ev.source === "object" ? ev.source.name : ev.source);
    out.appendChild(dl);
    if (ev.summary) out.appendChild(el("p", { className: "summary", text: ev.summary }));

    out.appendChild(el("h3", { text: "Report" }));
    var head = el("p", { className: "reporthead" });
    head.appendChild(linkOrText(rep.url, rep.title || rep.url || rep.id));
    var meta = [str(rep.outlet), str(rep.published).slice(0, 10)].filter(Boolean).join(" · ");
    if (meta) head.appendChild(document.createTextNode(" (" + meta + ")"));
    out.appendChild(head);
    if (Array.isArray(rep.sources) && rep.sources.length) {
      var src = el("ul", { className: "sources" });
      rep.sources.forEach(function (s) {
        var label = typeof s === "object" && s ? str(s.title || s.name || s.outlet || s.url || s.id) : str(s);
        src.appendChild(el("li", null, [typeof s === "object" && s ? linkOrText(s.url, label)
          : document.createTextNode(label)]));
      });
      out.appendChild(el("h3", { text: "Also reported by" }));
      out.appendChild(src);
    }
    if (Array.isArray(rep.related) && rep.related.length) {
      var rel = el("ul", { className: "related" });
      rep.related.forEach(function (r) {
        if (!r) return;
        rel.appendChild(el("li", null, [linkOrText(r.url, r.title || r.url || r.id)]));
      });
      out.appendChild(el("h3", { text: "Related reports" }));
      out.appendChild(rel);
    }
    var text = el("div", { className: "reporttext" });
    text.appendChild(highlighted(str(rep.text), ev.evidence));
    out.appendChild(el("h3", { text: "Report text (evidence highlighted)" }));
    out.appendChild(text);
    var first = text.querySelector("mark");
    if (first) text.scrollTop = Math.max(0, first.offsetTop - text.offsetTop - 40);
  }

  function select(id) {
    state.selected = id;
    document.querySelectorAll("#list li").forEach(function (li) {
      li.classList.toggle("selected", li.getAttribute("data-id") === String(id));
    });
    var panel = document.getElementById("panel");
    panel.hidden = false;
    panel.dataset.id = String(id);
    panel.removeAttribute("data-loaded");
    document.getElementById("panel-body").textContent = "loading…";
    var m = state.markers.get(id);
    if (m) cluster.zoomToShowLayer(m, function () { map.panTo(m.getLatLng()); });
    return getJSON("/api/events/" + encodeURIComponent(id)).then(function (body) {
      if (state.selected !== id) return;
      renderPanel(body);
      panel.dataset.loaded = String(id);
    }).catch(function (e) {
      document.getElementById("panel-body").textContent = e.message;
    });
  }

  function closePanel() {
    document.getElementById("panel").hidden = true;
    state.selected = null;
    document.querySelectorAll("#list li.selected").forEach(function (li) {
      li.classList.remove("selected");
    });
  }
  document.getElementById("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (evt) { if (evt.key === "Escape") closePanel(); });

  // ---------------------------------------------------------------- start

  readFilters();
  refresh(true);
})();
