/* Strike Map: every event drawn on one canvas, popups built on click from compact arrays.
 *
 * One DOM marker with its own popup HTML per event stops scaling in the low thousands;
 * this layer keeps columns of numbers, projects and draws them on a canvas, and finds the
 * point under the cursor by scanning the projected coordinates. Popup text is inserted
 * with textContent only, so report text can never become markup.
 */
(function () {
  if (window.StrikeMapLayer) { return; }

  const SHAPES = ["circle", "square", "triangle", "diamond"];
  const NARROW_PX = 500;  // a map narrower than this is on a phone

  function metresToPixels(map, lat, metres) {
    const zoomScale = 256 * Math.pow(2, map.getZoom());
    return metres / (40075016.686 * Math.cos(lat * Math.PI / 180) / zoomScale);
  }

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : "";
  }

  window.StrikeMapLayer = L.Layer.extend({
    initialize: function (data) {
      this.data = data;
      this.n = data.lat.length;
      // Derived here rather than sent: casualties (for size and heat), radius, rings.
      const killed = data.num.killed, injured = data.num.injured;
      data.hurt = new Float32Array(this.n);
      data.r = new Float32Array(this.n);
      data.ring = new Float32Array(this.n);
      for (let i = 0; i < this.n; i++) {
        const hurt = (killed[i] || 0) + (injured[i] || 0);
        data.hurt[i] = hurt;
        data.r[i] = Math.min(5 + 2.5 * Math.sqrt(hurt), 20);
        data.ring[i] = data.precisions[data.prec[i]] === "region" ? data.ring_metres : 0;
      }
      // Day numbers (days since 1970) for the time slider, from the dictionary-encoded dates.
      data.day = new Int32Array(this.n);
      for (let i = 0; i < this.n; i++) { data.day[i] = Math.floor(Date.parse(this.text(i, "date")) / 864e5); }
      this.onlyDay = null;  // null: every day
      this.heat = false;
      this.drawn = 0;
    },

    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "strike-canvas leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      map.getPanes().overlayPane.appendChild(this._canvas);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("click", this._onClick, this);
      map.on("mousemove", this._onMove, this);
      this.redraw();
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("click", this._onClick, this);
      map.off("mousemove", this._onMove, this);
      L.DomUtil.remove(this._canvas);
    },

    setHeat: function (on) { this.heat = on; this.redraw(); },
    setDay: function (day) { this.onlyDay = day; this.redraw(); },

    redraw: function () {
      const map = this._map, d = this.data, size = map.getSize();
      const ratio = window.devicePixelRatio || 1;
      const canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x * ratio; canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px"; canvas.style.height = size.y + "px";
      const ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      this._x = new Float32Array(this.n); this._y = new Float32Array(this.n);
      this._shown = new Uint8Array(this.n);
      let drawn = 0;
      // Zoomed out, thousands of points overlap: draw them smaller and without outlines.
      const scale = Math.min(1, Math.max(0.35, (map.getZoom() - 3) / 5));
      this._scale = scale;
      if (this.heat) { this._drawHeat(ctx, size); }
      // Many region-level events share their region's centroid: its ring is drawn once per side,
      // or the translucent fills would stack into an opaque disc hiding everything under it.
      const ringsDrawn = new Set();
      for (let i = 0; i < this.n; i++) {
        if (this.onlyDay !== null && d.day[i] !== this.onlyDay) { continue; }
        const p = map.latLngToContainerPoint([d.lat[i], d.lon[i]]);
        const r = d.r[i] * scale;
        this._x[i] = p.x; this._y[i] = p.y;
        const ring = d.ring[i] ? metresToPixels(map, d.lat[i], d.ring[i]) : 0;
        const reach = Math.max(r, ring);
        if (p.x < -reach || p.y < -reach || p.x > size.x + reach || p.y > size.y + reach) { continue; }
        this._shown[i] = 1; drawn++;
        const colour = d.colours[d.side[i]];
        const ringKey = Math.round(p.x) + "," + Math.round(p.y) + "," + d.side[i];
        if (ring > r && !ringsDrawn.has(ringKey)) {
          ringsDrawn.add(ringKey);
          ctx.beginPath(); ctx.arc(p.x, p.y, ring, 0, 2 * Math.PI);
          ctx.fillStyle = colour; ctx.globalAlpha = 0.1; ctx.fill();
          ctx.globalAlpha = 0.6; ctx.setLineDash([4, 4]); ctx.strokeStyle = colour; ctx.lineWidth = 1; ctx.stroke();
          ctx.setLineDash([]);
        }
        ctx.globalAlpha = d.prec[i] === 0 ? 0.5 : 0.85;
        ctx.fillStyle = colour;
        ctx.strokeStyle = "#ffffff"; ctx.lineWidth = 1;
        this._shape(ctx, SHAPES[d.shape[i]], p.x, p.y, r);
        ctx.fill(); ctx.globalAlpha = 1;
        if (r >= 3) { ctx.stroke(); }
      }
      ctx.globalAlpha = 1;
      this.drawn = drawn;
      map.getContainer().setAttribute("data-strikes-drawn", String(drawn));
    },

    _shape: function (ctx, shape, x, y, r) {
      ctx.beginPath();
      if (shape === "square") { ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); }
      else if (shape === "triangle") { ctx.moveTo(x, y - r * 1.1); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); }
      else if (shape === "diamond") { ctx.moveTo(x, y - r * 1.15); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r * 1.15); ctx.lineTo(x - r, y); ctx.closePath(); }
      else { ctx.arc(x, y, r, 0, 2 * Math.PI); }
    },

    _drawHeat: function (ctx, size) {
      const map = this._map, d = this.data;
      ctx.save();
      ctx.globalCompositeOperation = "lighter";
      for (let i = 0; i < this.n; i++) {
        const weight = d.hurt[i];
        if (!weight || (this.onlyDay !== null && d.day[i] !== this.onlyDay)) { continue; }
        const p = map.latLngToContainerPoint([d.lat[i], d.lon[i]]);
        const radius = 12 + 6 * Math.sqrt(weight);
        if (p.x < -radius || p.y < -radius || p.x > size.x + radius || p.y > size.y + radius) { continue; }
        const g = ctx.createRadialGradient(p.x, p.y, 0, p.x, p.y, radius);
        g.addColorStop(0, "rgba(255,120,0," + Math.min(0.6, 0.15 + 0.05 * weight) + ")");
        g.addColorStop(1, "rgba(255,120,0,0)");
        ctx.fillStyle = g;
        ctx.fillRect(p.x - radius, p.y - radius, radius * 2, radius * 2);
      }
      ctx.restore();
    },

    nearest: function (point) {
      let best = -1, bestDist = Infinity;
      const d = this.data;
      for (let i = 0; i < this.n; i++) {
        if (!this._shown || !this._shown[i]) { continue; }
        const dx = this._x[i] - point.x, dy = this._y[i] - point.y;
        const dist = dx * dx + dy * dy, reach = d.r[i] * (this._scale || 1) + 4;
        if (dist <= reach * reach && dist < bestDist) { best = i; bestDist = dist; }
      }
      return best;
    },

    _onClick: function (e) {
      const i = this.nearest(e.containerPoint);
      if (i >= 0) { this.openPopup(i); }
    },

    _onMove: function (e) {
      const i = this.nearest(e.containerPoint);
      const container = this._map.getContainer();
      container.style.cursor = i >= 0 ? "pointer" : "";
      if (i < 0) { if (this._tip) { this._map.closeTooltip(this._tip); this._tip = null; } return; }
      const d = this.data;
      const label = el("span", this.text(i, "place") + (this.text(i, "district_of") ? ", " + this.text(i, "district_of") : "")
        + " \u00b7 " + this.text(i, "date"));
      if (!this._tip) { this._tip = L.tooltip({ direction: "top", offset: [0, -6] }); }
      this._tip.setLatLng([d.lat[i], d.lon[i]]).setContent(label);
      this._map.openTooltip(this._tip);
    },

    /* Event ids travel as one string of 16-character ids (or, failing that, a list). */
    eventId: function (i) {
      const d = this.data;
      return d.ids ? d.ids.substr(16 * i, 16) : d.id[i];
    },

    indexOf: function (eventId) {
      const d = this.data;
      if (!d.ids) { return d.id.indexOf(eventId); }
      let at = d.ids.indexOf(eventId);
      while (at >= 0 && at % 16 !== 0) { at = d.ids.indexOf(eventId, at + 1); }
      return at < 0 ? -1 : at / 16;
    },

    /* A string field of event i: columns are dictionary-encoded (values + codes). */
    text: function (i, field) {
      const d = this.data;
      if (field === "attacker") { return d.sides[d.side[i]]; }
      if (field === "geo_precision") { return d.precisions[d.prec[i]]; }
      const col = d.text[field];
      if (!col) { return ""; }
      const v = col.values[col.codes ? col.codes[i] : 0];
      return v === null || v === undefined ? "" : v;
    },

    number: function (i, field) {
      const v = this.data.num[field][i];
      return v === null || v === undefined ? null : v;
    },

    openPopup: function (i) {
      const d = this.data;
      // Pan so that the popup clears the legend in the lower left corner.
      const narrow = this._map.getSize().x < NARROW_PX;
      // A long popup (many reports, a long history) scrolls inside the map rather than leaving it.
      const popup = L.popup({ maxWidth: Math.min(380, this._map.getSize().x - 90), autoPanPadding: [20, 20],
                              maxHeight: Math.max(200, this._map.getSize().y - 120),
                              autoPanPaddingBottomRight: [20, narrow ? 60 : 190] })
        .setLatLng([d.lat[i], d.lon[i]]).setContent(this.popupContent(i));
      popup.openOn(this._map);
      return popup;
    },

    popupContent: function (i) {
      const self = this, d = this.data, box = el("div", null, "strike-popup");
      const count = function (field) { const v = self.number(i, field); return v === null ? "\u2014" : v.toLocaleString("en"); };
      const line = function (label, value) {
        const row = el("div");
        row.appendChild(el("b", label + ": "));
        row.appendChild(el("span", value));
        box.appendChild(row);
      };
      const title = el("div", null, "strike-popup-title");
      let place = this.text(i, "place");
      if (this.text(i, "district_of")) { place += ", " + this.text(i, "district_of"); }
      title.appendChild(el("b", place));
      // The place as the report wrote it ("Харкові", "Белгородской области") beside its English name.
      const written = this.text(i, "location_text");
      if (written && written.toLowerCase() !== this.text(i, "place").toLowerCase()) {
        title.appendChild(el("span", " \u00b7 " + written, "strike-popup-written"));
      }
      title.appendChild(el("small", " (" + this.text(i, "geo_precision") + "; " + this.text(i, "admin1") + ", " + this.text(i, "country") + ")"));
      box.appendChild(title);
      line("Date", this.text(i, "date") + (this.text(i, "date_precision") === "approx" ? " (approx.)" : ""));
      line("Attacker", this.text(i, "attacker") + " (" + this.text(i, "attacker_basis") + ")");
      if (this.text(i, "weapons")) { line("Weapons", this.text(i, "weapons").split(";").join(", ")); }
      line("Killed / injured / children", count("killed") + " / " + count("injured") + " / " + count("children"));
      ["missiles", "drones"].forEach(function (kind) {
        const launched = self.number(i, kind + "_launched"), intercepted = self.number(i, kind + "_intercepted");
        if (launched === null && intercepted === null) { return; }
        let text = count(kind + "_launched") + " launched, " + count(kind + "_intercepted") + " intercepted";
        if (launched && intercepted !== null) { text += " (" + Math.round(100 * intercepted / launched) + "%)"; }
        line(kind.charAt(0).toUpperCase() + kind.slice(1), text);
      });
      if (this.text(i, "damage")) { line("Damage", this.text(i, "damage")); }
      if (this.text(i, "reported_by")) { line("Reported by", this.text(i, "reported_by")); }
      const evidence = this.text(i, "evidence");
      if (evidence) {
        box.appendChild(el("b", "Evidence:"));
        const list = el("ul", null, "strike-evidence");
        evidence.split("\n").forEach(function (s) { if (s) { list.appendChild(el("li", s)); } });
        box.appendChild(list);
      } else if (d.evidence_omitted) {
        box.appendChild(el("div", "Evidence: open the permalink to read the report's sentences.", "strike-note"));
      }
      const sources = this.text(i, "sources");
      if (sources && sources !== "1") {
        const row = el("div", null, sources.indexOf("disagree") >= 0 ? "strike-disagree" : "");
        row.appendChild(el("b", "Reports: "));
        row.appendChild(el("span", sources + (this.text(i, "figures_rule") ? "; " + this.text(i, "figures_rule") : "")));
        box.appendChild(row);
      }
      [["source_figures", "Figures by report"], ["history", "History"],
       ["night_figures", "The night's Air Force figures (this place's own are part of them, not added)"]
      ].forEach(function (part) {
        const lines = self.text(i, part[0]);
        if (!lines) { return; }
        box.appendChild(el("b", part[1] + ":"));
        const list = el("ul", null, "strike-evidence strike-" + part[0].replace("_", "-"));
        lines.split("\n").forEach(function (s) { if (s) { list.appendChild(el("li", s)); } });
        box.appendChild(list);
      });
      const source = el("div");
      source.appendChild(el("b", "Source: "));
      const url = safeUrl(this.text(i, "source_url"));
      const titleText = this.text(i, "source_title") || "source";
      if (url) {
        const a = el("a", titleText); a.href = url; a.target = "_blank"; a.rel = "noopener noreferrer";
        source.appendChild(a);
      } else { source.appendChild(el("span", titleText)); }
      source.appendChild(el("span", ", " + this.text(i, "published")));
      box.appendChild(source);
      const link = el("a", "Permalink to this event", "strike-permalink");
      link.href = this.permalink(this.eventId(i)); link.target = "_top";
      box.appendChild(link);
      return box;
    },

    permalink: function (eventId) {
      let base = this.data.base_url;
      if (!base) {
        try { base = window.top.location.origin + window.top.location.pathname; } catch (err) { base = ""; }
      }
      return base + "?event=" + encodeURIComponent(eventId);
    }
  });

  /* Decode the sparse counts, add the layer and its legend; open a permalinked event. */
  window.StrikeMapShow = function (map, data, selected, focusZoom, options) {
    options = options || {};
    data.num = {};
    Object.keys(data.counts).forEach(function (f) {
      const dense = new Array(data.n).fill(null);
      data.counts[f].i.forEach(function (idx, k) { dense[idx] = data.counts[f].v[k]; });
      data.num[f] = dense;
    });
    const layer = new window.StrikeMapLayer(data).addTo(map);
    map.strikeLayer = layer;
    if (options.heat) { layer.setHeat(true); }
    if (data.n > 1 && Math.min.apply(null, data.day) < Math.max.apply(null, data.day)) {
      new window.StrikeMapTimeline(layer).addTo(map);
    }
    new window.StrikeMapLegend(data).addTo(map);
    if (selected) {
      const i = layer.indexOf(selected);
      if (i >= 0) {
        map.setView([data.lat[i], data.lon[i]], Math.max(map.getZoom(), focusZoom));
        setTimeout(function () { layer.openPopup(i); }, 50);
      }
    }
    return layer;
  };

  /* A time slider over the view's days, and a button that plays them one day at a time. */
  window.StrikeMapTimeline = L.Control.extend({
    options: { position: "bottomright", stepMs: 800 },
    initialize: function (layer, options) { this.layer = layer; L.setOptions(this, options); },
    onAdd: function () {
      const layer = this.layer, days = layer.data.day, stepMs = this.options.stepMs;
      let first = Infinity, last = -Infinity;
      for (let i = 0; i < days.length; i++) { first = Math.min(first, days[i]); last = Math.max(last, days[i]); }
      const box = L.DomUtil.create("div", "strike-timeline");
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      const play = el("button", "\u25b6", "strike-timeline-play"), all = el("button", "All", "strike-timeline-all");
      const slider = el("input"), label = el("div", "", "strike-timeline-label");
      play.type = "button"; all.type = "button"; play.title = "Play the period day by day";
      slider.type = "range"; slider.min = String(first); slider.max = String(last); slider.value = String(last);
      slider.setAttribute("aria-label", "Day shown on the map");
      let timer = null;
      const show = function (day) {
        layer.setDay(day);
        if (day === null) { label.textContent = "All days"; return; }
        let n = 0;
        for (let i = 0; i < days.length; i++) { if (days[i] === day) { n++; } }
        label.textContent = new Date(day * 864e5).toISOString().slice(0, 10) + " \u00b7 " + n + (n === 1 ? " event" : " events");
      };
      const stop = function () { if (timer) { clearInterval(timer); timer = null; } play.textContent = "\u25b6"; };
      slider.addEventListener("input", function () { stop(); show(Number(slider.value)); });
      all.addEventListener("click", function () { stop(); slider.value = String(last); show(null); });
      play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        let day = layer.onlyDay === null || layer.onlyDay >= last ? first : layer.onlyDay + 1;
        slider.value = String(day); show(day);
        play.textContent = "\u23f8";
        timer = setInterval(function () {
          if (day >= last) { stop(); return; }
          day += 1; slider.value = String(day); show(day);
        }, stepMs);
      });
      box.appendChild(play); box.appendChild(slider); box.appendChild(all); box.appendChild(label);
      show(null);
      return box;
    }
  });

  /* Offline borders: when the online tiles do not load (no internet, a blocked or hanging tile
   * server), the map swaps them for seas, coasts, country and oblast borders and the main city
   * names shipped with the app (data/borders), drawn as SVG in a pane under the events. */
  const CITY_LABEL_ZOOM = 6;  // below it, only cities of a million or more are named
  window.StrikeMapBorders = function (map, url, waitMs) {
    const tiles = [];
    map.eachLayer(function (layer) { if (layer instanceof L.TileLayer) { tiles.push(layer); } });
    let loaded = 0, shown = false, drawn = null;
    const show = function (failed) {
      if (shown) { return; }
      shown = true;
      // Tiles that failed go; slow ones stay, and the first that loads brings the online map back.
      if (failed) { tiles.forEach(function (t) { map.removeLayer(t); }); }
      map.getContainer().setAttribute("data-basemap", "offline");
      drawn = fetch(url).then(function (r) { return r.json(); }).then(function (data) { return drawBorders(map, data); });
    };
    const online = function () {
      loaded++;
      if (shown && drawn) {
        drawn.then(function (undo) { undo(); });
        drawn = null;
        map.getContainer().setAttribute("data-basemap", "online");
      }
    };
    tiles.forEach(function (t) {
      t.on("tileload", online);
      t.on("tileerror", function () { if (!loaded) { show(true); } });
    });
    if (!tiles.length) { show(true); }
    setTimeout(function () { if (!loaded) { show(false); } }, waitMs);
  };

  const BORDER_STYLES = {
    sea: { stroke: false, fill: true, fillColor: "#d4e4f0", fillOpacity: 1 },
    coast: { color: "#7fa4c4", weight: 1, fill: false },
    region: { color: "#a89f91", weight: 1, fill: false },
    country: { color: "#6d6459", weight: 2, fill: false }
  };

  /* Draws the shipped borders; returns the function that takes them away again. */
  function drawBorders(map, data) {
    const pane = map.createPane("strike-borders");
    pane.style.zIndex = 250;  // above tiles (200), under the events (400)
    const renderer = L.svg({ pane: "strike-borders", padding: 0.5 });
    const group = L.layerGroup().addTo(map);
    ["sea", "coast", "region", "country"].forEach(function (kind) {
      const part = data.features.filter(function (f) { return f.properties.kind === kind; });
      L.geoJSON({ type: "FeatureCollection", features: part }, {
        pane: "strike-borders", renderer: renderer, interactive: false, style: BORDER_STYLES[kind]
      }).addTo(group);
    });
    const cities = [];
    data.features.forEach(function (f) {
      if (f.properties.kind !== "city") { return; }
      const c = f.geometry.coordinates;
      const dot = L.circleMarker([c[1], c[0]], { pane: "strike-borders", renderer: renderer, radius: 2,
        color: "#4a443c", weight: 1, fillOpacity: 1, interactive: false });
      dot.bindTooltip(el("span", f.properties.name), { permanent: true, direction: "right", offset: [3, 0],
        className: "strike-city" });
      dot.minZoom = f.properties.population >= 1e6 ? 0 : CITY_LABEL_ZOOM;
      cities.push(dot.addTo(group));
    });
    const label = function () {
      cities.forEach(function (dot) {
        if (map.getZoom() >= dot.minZoom) { dot.openTooltip(); } else { dot.closeTooltip(); }
      });
    };
    map.on("zoomend", label);
    label();
    const attribution = "Offline map: Natural Earth; oblasts &copy; OpenStreetMap contributors";
    const background = map.getContainer().style.background;
    map.getContainer().style.background = "#f5f2ea";  // land: the shipped data draws the seas
    map.attributionControl.addAttribution(attribution);
    map.bordersLayer = group;
    return function undo() {
      map.off("zoomend", label);
      map.removeLayer(group);
      map.attributionControl.removeAttribution(attribution);
      map.getContainer().style.background = background;
      map.bordersLayer = null;
    };
  }

  window.StrikeMapLegend = L.Control.extend({
    options: { position: "bottomleft" },
    initialize: function (data, options) { this.data = data; L.setOptions(this, options); },
    /* On a phone-sized map the legend starts folded to one line, leaving the map to the points. */
    onAdd: function (map) {
      const box = L.DomUtil.create("div", "strike-legend");
      L.DomEvent.disableClickPropagation(box);
      const d = this.data, body = el("div");
      d.shape_names.forEach(function (name, i) {
        const row = el("div");
        row.appendChild(el("span", ["\u25cf", "\u25a0", "\u25b2", "\u25c6"][i] + " ", "strike-legend-shape"));
        row.appendChild(el("span", name));
        body.appendChild(row);
      });
      body.appendChild(el("div", "dashed ring: region-level location; pale: district"));
      body.appendChild(el("div", "size grows with killed + injured"));
      const head = el("div", "Legend", "strike-legend-head");
      let open = map.getSize().x >= NARROW_PX;
      const show = function () { body.style.display = open ? "" : "none"; head.textContent = open ? "Legend \u25be" : "Legend \u25b8"; };
      head.addEventListener("click", function () { open = !open; show(); });
      box.appendChild(head); box.appendChild(body);
      show();
      return box;
    }
  });
})();
