/* Strike Map: every event drawn from typed arrays (WebGL on a GPU, else a 2D canvas), filtered in the browser.
 *
 * The map's data arrives once per store version as one binary file of typed arrays
 * (coordinates, day numbers, codes); the filters the page sends are applied here to
 * those arrays, so a filter change moves a few hundred bytes, not the events. A popup's
 * text is fetched, a chunk of events at a time, when a point is clicked or hovered, and
 * inserted with textContent only, so report text can never become markup.
 */
(function () {
  if (window.StrikeMapLayer) { return; }

  const SHAPES = ["circle", "square", "triangle", "diamond"];
  const NARROW_PX = 500;  // a map narrower than this is on a phone
  const DENSE = 20000;  // more points than this in view are drawn as pixels, not shapes
  // Zoomed out below DENSITY_ZOOM with more than FEW points in view, points would hide each other:
  // the layer draws a count per CELL-pixel square of the screen instead, each cell a disc at its
  // events' centre, sized by the count and coloured by the side that struck most there.
  const DENSITY_ZOOM = 9;
  const FEW = 1000;
  const CELL = 48;
  // The WebGL canvas reaches this far past each edge of the map: a point whose centre is off the
  // canvas is not drawn at all, so a marker half in view would vanish at the edge.
  const GL_PAD = 24;
  const TYPES = { Uint8Array: Uint8Array, Uint16Array: Uint16Array, Uint32Array: Uint32Array,
                  Int32Array: Int32Array, Float64Array: Float64Array };

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

  function base64Bytes(text) {
    const raw = atob(text), out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); }
    return out;
  }

  /* The binary map data: "SMAP", the header's length, the header (JSON), then the columns. */
  function decode(buffer) {
    const bytes = new Uint8Array(buffer);
    if (bytes.length < 8 || String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== "SMAP") {
      throw new Error("the map data is not in the expected format");
    }
    const size = new DataView(buffer).getUint32(4, true);
    const data = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + size)));
    const start = 8 + size;
    data.col = {};
    Object.keys(data.columns).forEach(function (name) {
      const c = data.columns[name];
      data.col[name] = new TYPES[c.type](buffer, start + c.offset, c.length);
    });
    return data;
  }


  /* Points drawn by the GPU (WebGL) where a GPU draws the browser's WebGL: every event's position is
   * uploaded once, as Web Mercator pixels at zoom 0 split into a float and its remainder (two
   * 32-bit floats keep a metre's precision at street zoom), and the vertex shader places, sizes,
   * shapes and filters them; a pan or a filter then sends a few numbers, or a byte an event, not
   * the events. Hit-testing and the density view stay on the CPU with the same arrays. */
  const POINT_VS = [
    "attribute vec2 a_hi; attribute vec2 a_lo; attribute float a_code; attribute float a_hurt;",
    "attribute float a_pass; attribute float a_day;",
    "uniform vec2 u_hi; uniform vec2 u_lo; uniform float u_zoomScale; uniform vec2 u_half;",
    "uniform float u_ratio; uniform float u_size; uniform float u_only; uniform float u_dense;",
    "uniform vec3 u_colour0; uniform vec3 u_colour1; uniform vec3 u_colour2; uniform vec3 u_colour3;",
    "varying vec4 v_colour; varying float v_shape; varying float v_r; varying float v_extent; varying float v_line;",
    "void main() {",
    "  if (a_pass < 0.5 || (u_only >= 0.0 && abs(a_day - u_only) > 0.5)) {",
    "    gl_Position = vec4(2.0, 2.0, 2.0, 1.0); gl_PointSize = 0.0; return; }",
    "  vec2 p = ((a_hi - u_hi) + (a_lo - u_lo)) * u_zoomScale;",
    "  gl_Position = vec4(p.x / u_half.x, -p.y / u_half.y, 0.0, 1.0);",
    "  float side = mod(a_code, 4.0), shape = mod(floor(a_code / 4.0), 4.0), prec = mod(floor(a_code / 16.0), 4.0);",
    "  vec3 c = side < 0.5 ? u_colour0 : side < 1.5 ? u_colour1 : side < 2.5 ? u_colour2 : u_colour3;",
    "  if (u_dense > 0.5) {",
    "    v_colour = vec4(c, 1.0); v_shape = -1.0; v_r = 1.0; v_extent = 1.0; v_line = 0.0;",
    "    gl_PointSize = 2.0 * max(1.0, floor(u_ratio + 0.5)); return; }",
    "  float r = min(5.0 + 2.5 * sqrt(a_hurt), 20.0) * u_size;",
    "  float alpha = prec < 0.5 ? 0.5 : 0.85;",
    "  v_colour = vec4(c * alpha, alpha); v_shape = shape; v_r = r; v_line = r >= 3.0 ? 0.5 : 0.0;",
    "  v_extent = 1.15 * r + 1.0;",
    "  gl_PointSize = 2.0 * v_extent * u_ratio;",
    "}"].join("\n");
  const POINT_FS = [
    "precision mediump float;",
    "varying vec4 v_colour; varying float v_shape; varying float v_r; varying float v_extent; varying float v_line;",
    "void main() {",
    "  if (v_shape < -0.5) { gl_FragColor = v_colour; return; }",
    "  vec2 q = (gl_PointCoord * 2.0 - 1.0) * v_extent;",  // CSS pixels from the centre, y down
    "  float r = v_r, d;",
    "  if (v_shape < 0.5) { d = length(q) - r; }",
    "  else if (v_shape < 1.5) { d = max(abs(q.x), abs(q.y)) - 0.85 * r; }",
    "  else if (v_shape < 2.5) { d = max(q.y - 0.8 * r, dot(vec2(abs(q.x), q.y + 1.1 * r), vec2(0.8849, -0.4657))); }",
    "  else { d = (abs(q.x) * 1.15 + abs(q.y)) / 1.5240 - 1.15 * r / 1.5240; }",
    "  if (d > v_line) { discard; }",
    "  gl_FragColor = d > -v_line ? vec4(1.0) : v_colour;",  // the white outline, as the canvas strokes it
    "}"].join("\n");

  /* A WebGL context drawn by software (SwiftShader, llvmpipe: no GPU, or a blocked one) runs the
   * vertex shader on the processor for every event: measured here, a redraw of a million events
   * took 0.8 s against 57 ms on the 2D canvas, which then draws instead. ``allowSoftware`` keeps it. */
  const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render/i;
  function softwareRenderer(gl) {
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return SOFTWARE_GL.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  }

  function glPoints(canvas, allowSoftware) {
    let gl = null;
    try {
      gl = canvas.getContext("webgl", { antialias: false, depth: false, stencil: false, premultipliedAlpha: true,
                                        preserveDrawingBuffer: true, failIfMajorPerformanceCaveat: !allowSoftware });
    } catch (err) { gl = null; }
    if (!gl || (!allowSoftware && softwareRenderer(gl))) { return null; }
    const compile = function (type, text) {
      const shader = gl.createShader(type);
      gl.shaderSource(shader, text); gl.compileShader(shader);
      if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) { throw new Error(gl.getShaderInfoLog(shader)); }
      return shader;
    };
    const program = gl.createProgram();
    try {
      gl.attachShader(program, compile(gl.VERTEX_SHADER, POINT_VS));
      gl.attachShader(program, compile(gl.FRAGMENT_SHADER, POINT_FS));
      gl.linkProgram(program);
      if (!gl.getProgramParameter(program, gl.LINK_STATUS)) { throw new Error(gl.getProgramInfoLog(program)); }
    } catch (err) { return null; }
    const at = {}, un = {};
    ["a_hi", "a_lo", "a_code", "a_hurt", "a_pass", "a_day"].forEach(function (name) { at[name] = gl.getAttribLocation(program, name); });
    ["u_hi", "u_lo", "u_zoomScale", "u_half", "u_ratio", "u_size", "u_only", "u_dense",
     "u_colour0", "u_colour1", "u_colour2", "u_colour3"].forEach(function (name) { un[name] = gl.getUniformLocation(program, name); });
    const buffers = {};
    const GL_TYPES = { Uint8Array: gl.UNSIGNED_BYTE, Uint16Array: gl.UNSIGNED_SHORT, Float32Array: gl.FLOAT };
    /* One attribute from a typed array (32-bit integers go as floats: WebGL 1 has no integer attributes). */
    const upload = function (name, values, size) {
      if (!GL_TYPES[values.constructor.name]) { values = new Float32Array(values); }
      if (!buffers[name]) { buffers[name] = gl.createBuffer(); }
      gl.bindBuffer(gl.ARRAY_BUFFER, buffers[name]);
      gl.bufferData(gl.ARRAY_BUFFER, values, gl.STATIC_DRAW);
      buffers[name].type = GL_TYPES[values.constructor.name]; buffers[name].size = size;
    };
    let uploaded = null;
    return {
      gl: gl,
      /* The events' positions and styles, once per layer (on its first drawing of points). */
      prepare: function (layer) { if (uploaded !== layer) { this.load(layer); } },
      load: function (layer) {
        const d = layer.data, n = d.n, wx = layer._wx, wy = layer._wy;
        const hi = new Float32Array(2 * n), lo = new Float32Array(2 * n);
        for (let i = 0; i < n; i++) {
          const x = Math.fround(wx[i]), y = Math.fround(wy[i]);
          hi[2 * i] = x; hi[2 * i + 1] = y; lo[2 * i] = wx[i] - x; lo[2 * i + 1] = wy[i] - y;
        }
        upload("a_hi", hi, 2); upload("a_lo", lo, 2);
        upload("a_code", d.col.code, 1); upload("a_hurt", d.col.hurt, 1); upload("a_day", d.col.day, 1);
        upload("a_pass", layer.pass, 1);
        uploaded = layer; layer._glPass = layer._passVersion;
      },
      draw: function (layer, view) {
        if (uploaded !== layer) { this.load(layer); }
        if (layer._glPass !== layer._passVersion) {  // the filters changed: a byte an event
          gl.bindBuffer(gl.ARRAY_BUFFER, buffers.a_pass);
          gl.bufferSubData(gl.ARRAY_BUFFER, 0, layer.pass);
          layer._glPass = layer._passVersion;
        }
        gl.viewport(0, 0, canvas.width, canvas.height);
        gl.clearColor(0, 0, 0, 0); gl.clear(gl.COLOR_BUFFER_BIT);
        gl.useProgram(program);
        Object.keys(at).forEach(function (name) {
          const b = buffers[name];
          gl.bindBuffer(gl.ARRAY_BUFFER, b); gl.enableVertexAttribArray(at[name]);
          gl.vertexAttribPointer(at[name], b.size, b.type, false, 0, 0);
        });
        const cx = view.cx, cy = view.cy, hx = Math.fround(cx), hy = Math.fround(cy);
        gl.uniform2f(un.u_hi, hx, hy); gl.uniform2f(un.u_lo, cx - hx, cy - hy);
        gl.uniform1f(un.u_zoomScale, view.s); gl.uniform2f(un.u_half, view.w / 2, view.h / 2);
        gl.uniform1f(un.u_ratio, view.ratio); gl.uniform1f(un.u_size, view.scale);
        gl.uniform1f(un.u_only, view.only); gl.uniform1f(un.u_dense, view.dense ? 1 : 0);
        layer.data.colours.forEach(function (hex, k) {
          const v = parseInt(hex.slice(1), 16);
          gl.uniform3f(un["u_colour" + k], (v >> 16) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255);
        });
        gl.enable(gl.BLEND); gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
        gl.drawArrays(gl.POINTS, 0, layer.data.n);
      },
      clear: function () { gl.clearColor(0, 0, 0, 0); gl.clear(gl.COLOR_BUFFER_BIT); }
    };
  }

  /* Web Mercator's y pixel at zoom 0 for every MERCATOR_ROWS-th of a degree of latitude, from
   * -MERCATOR_MAX to MERCATOR_MAX (Leaflet's map stops at 85.05 degrees). */
  const MERCATOR_ROWS = 100, MERCATOR_MAX = 86;
  let mercator = null;
  function mercatorTable() {
    if (!mercator) {
      mercator = new Float64Array(2 * MERCATOR_MAX * MERCATOR_ROWS + 1);
      for (let k = 0; k < mercator.length; k++) {
        const sin = Math.sin((k / MERCATOR_ROWS - MERCATOR_MAX) * Math.PI / 180);
        mercator[k] = 256 * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
      }
    }
    return mercator;
  }

  function isoDay(day) { return new Date(day * 864e5).toISOString().slice(0, 10); }

  window.StrikeMapLayer = L.Layer.extend({
    initialize: function (data, options) {
      this.data = data;
      this.options = options || {};
      const n = data.n, c = data.col, scale = data.scale;
      this.total = n;
      // Web Mercator pixels at zoom 0, once: a redraw only scales and shifts them. The latitude's
      // pixel comes from a table every 0.01 degrees, read between its rows (a million sines and
      // logarithms took most of this pass; the table is off by under half a pixel at zoom 18 up to 72 degrees).
      const wx = this._wx = new Float64Array(n), wy = this._wy = new Float64Array(n);
      const table = mercatorTable(), lat = c.lat, lon = c.lon, day = c.day;
      const rows = MERCATOR_ROWS / scale, xs = 256 / 360 / scale, top = 2 * MERCATOR_MAX * MERCATOR_ROWS - 1;
      let last = 0;  // the last day (the first is 0: days count from it), found in the same pass
      for (let i = 0; i < n; i++) {
        if (day[i] > last) { last = day[i]; }
        const t = Math.min(Math.max(lat[i] * rows + MERCATOR_MAX * MERCATOR_ROWS, 0), top), k = t | 0;
        wx[i] = lon[i] * xs + 128;
        wy[i] = table[k] + (t - k) * (table[k + 1] - table[k]);
      }
      this.lastDay = last;
      this.pass = new Uint8Array(n).fill(1);
      this._passVersion = 0;  // counts the filters' changes, so the GPU's copy is sent again only then
      this.n = n;  // events passing the filters
      this._x = new Float32Array(n); this._y = new Float32Array(n);
      this._shown = new Uint8Array(n);
      this.renderer = "canvas";  // "webgl" once the map gives the layer a WebGL context
      this._chunks = {}; this._loaded = {};
      (data.inlineChunks || []).forEach(function (chunk, k) { this._loaded[k] = chunk; this._chunks[k] = Promise.resolve(chunk); }, this);
      this.onlyDay = null;  // null: every day
      this.heat = false;
      this.drawn = 0;
      this.selected = null;
      this.filterMs = 0;
      this.densityZoom = DENSITY_ZOOM;  // 0: always every point (a comparison for the benchmark)
      this.mode = "points";
      this.cells = [];
      this.drawMs = 0; this.binMs = 0;
    },

    onAdd: function (map) {
      this._map = map;
      this._canvas = L.DomUtil.create("canvas", "strike-canvas leaflet-zoom-hide");
      this._canvas.style.pointerEvents = "none";
      map.getPanes().overlayPane.appendChild(this._canvas);
      this._wantGL = this.options.webgl !== false;
      map.getContainer().setAttribute("data-strikes-renderer", this.renderer);
      map.on("moveend zoomend resize viewreset", this.redraw, this);
      map.on("click", this._onClick, this);
      map.on("mousemove", this._onMove, this);
      this.redraw();
    },

    /* The points on a WebGL canvas above the 2D one (which keeps the density view, the heat layer
     * and the region rings), made when points are first drawn (a zoomed-out opening needs none);
     * where the browser has no WebGL, the 2D canvas draws them all. */
    _webgl: function () {
      if (this._points || !this._wantGL || !this._map) { return this._points; }
      this._wantGL = false;  // one try
      const glCanvas = L.DomUtil.create("canvas", "strike-canvas-gl leaflet-zoom-hide");
      glCanvas.style.pointerEvents = "none";
      this._points = glPoints(glCanvas, this.options.webgl === "any");
      if (this._points) {
        this._glCanvas = glCanvas;
        this._map.getPanes().overlayPane.appendChild(glCanvas);
        this.renderer = "webgl";
        glCanvas.addEventListener("webglcontextlost", L.bind(function (e) {  // the GPU went: the canvas draws instead
          e.preventDefault(); L.DomUtil.remove(glCanvas); this._glCanvas = null; this._points = null;
          this.renderer = "canvas"; this._map.getContainer().setAttribute("data-strikes-renderer", "canvas"); this.redraw();
        }, this));
      }
      this._map.getContainer().setAttribute("data-strikes-renderer", this.renderer);
      return this._points;
    },

    onRemove: function (map) {
      map.off("moveend zoomend resize viewreset", this.redraw, this);
      map.off("click", this._onClick, this);
      map.off("mousemove", this._onMove, this);
      L.DomUtil.remove(this._canvas);
      if (this._glCanvas) { L.DomUtil.remove(this._glCanvas); }
    },

    /* Per-event values decoded from the arrays. */
    latLng: function (i) { const c = this.data.col, s = this.data.scale; return [c.lat[i] / s, c.lon[i] / s]; },
    day: function (i) { return this.data.day0 + this.data.col.day[i]; },
    side: function (i) { return this.data.col.code[i] & 3; },
    shape: function (i) { return (this.data.col.code[i] >> 2) & 3; },
    prec: function (i) { return (this.data.col.code[i] >> 4) & 3; },
    radius: function (i) { return Math.min(5 + 2.5 * Math.sqrt(this.data.col.hurt[i]), 20); },

    setHeat: function (on) { this.heat = on; this.redraw(); },
    setDay: function (day) { this.onlyDay = day; this.redraw(); },

    /* The page's filters (dates, sides, weapons, regions, casualties, and the rows a text search
     * keeps), applied to every event; then the layer is drawn again. */
    setFilter: function (spec) {
      const t0 = performance.now(), d = this.data, c = d.col, n = d.n, pass = this.pass;
      let count = 0;
      const everything = !spec || (spec.start - d.day0 <= 0 && spec.end - d.day0 >= this.lastDay && !spec.weapons
        && !spec.regions && !(spec.min_hurt > 0) && !spec.rows && d.sides.every(function (name, k) { return spec.sides.indexOf(k) >= 0; }));
      if (everything) {  // the page's first filters usually keep every event: no pass over them
        pass.fill(1); count = n;
      } else {
        const start = spec.start - d.day0, end = spec.end - d.day0, weapons = spec.weapons, least = spec.min_hurt;
        const sides = [0, 0, 0, 0];
        spec.sides.forEach(function (s) { sides[s] = 1; });
        let regions = null;
        if (spec.regions) {
          regions = new Uint8Array(d.regions.length);
          spec.regions.forEach(function (r) { if (r >= 0) { regions[r] = 1; } });
        }
        const bits = spec.rows ? base64Bytes(spec.rows) : null;
        const day = c.day, code = c.code, weapon = c.weapons, region = c.region, hurt = c.hurt;
        for (let i = 0; i < n; i++) {
          const ok = day[i] >= start && day[i] <= end && sides[code[i] & 3] === 1
            && (!weapons || (weapon[i] & weapons) !== 0) && (!regions || regions[region[i]] === 1)
            && hurt[i] >= least && (!bits || ((bits[i >> 3] >> (i & 7)) & 1) === 1);
          pass[i] = ok ? 1 : 0;
          if (ok) { count++; }
        }
      }
      this.n = count;
      this._passVersion++;
      this.heat = !!(spec && spec.heat);
      if (this._map) {
        this._map.getContainer().setAttribute("data-strikes-n", String(count));
        this.redraw();
        if (this.timeline) { this.timeline.refresh(); }
        this._select(spec ? spec.selected : null, spec ? spec.focus_zoom : 10);
      }
      this.filterMs = performance.now() - t0;
      return count;
    },

    /* A linked event (a permalink, a row picked in the table) is centred with its popup open, once. */
    _select: function (row, focusZoom) {
      if (row === undefined || row === null || row === this.selected) { this.selected = row; return; }
      this.selected = row;
      if (row < 0 || row >= this.total || !this.pass[row]) { return; }
      const self = this, map = this._map;
      map.setView(this.latLng(row), Math.max(map.getZoom(), focusZoom || 10));
      this.loadText(Math.floor(row / this.data.chunk)).then(function () { self.openPopup(row); }, function () {});
    },

    redraw: function () {
      if (!this._map) { return; }
      const map = this._map, d = this.data, size = map.getSize();
      const ratio = window.devicePixelRatio || 1;
      const canvas = this._canvas;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x * ratio; canvas.height = size.y * ratio;
      canvas.style.width = size.x + "px"; canvas.style.height = size.y + "px";
      const glCanvas = this._glCanvas;  // made on the first drawing of points (below), then sized here
      if (glCanvas) { this._fit(); }
      const ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      const s = Math.pow(2, map.getZoom()), origin = map.getPixelOrigin(), topLeft = map.containerPointToLayerPoint([0, 0]);
      const ox = origin.x + topLeft.x, oy = origin.y + topLeft.y;
      const t0 = performance.now();
      const n = d.n, pass = this.pass, shown = this._shown, xs = this._x, ys = this._y, wx = this._wx, wy = this._wy;
      const day = d.col.day, only = this.onlyDay === null ? -1 : this.onlyDay - d.day0;
      const grid = map.getZoom() < this.densityZoom ? this._grid(ox, oy, size) : null;
      // the density cells' counts, filled in the same pass (inlined: a call per point costs more than the binning)
      const count = grid ? grid.count : null, bySide = grid ? grid.bySide : null, sx = grid ? grid.sx : null;
      const sy = grid ? grid.sy : null, one = grid ? grid.one : null, code = d.col.code;
      const col0 = grid ? grid.col0 : 0, row0 = grid ? grid.row0 : 0, cols = grid ? grid.cols : 0, rows = grid ? grid.rows : 0;
      // Zoomed out, thousands of points overlap: draw them smaller and without outlines.
      const scale = Math.min(1, Math.max(0.35, (map.getZoom() - 3) / 5));
      this._scale = scale;
      const margin = 20 * scale;
      let visible = 0;
      for (let i = 0; i < n; i++) {
        shown[i] = 0;
        if (!pass[i] || (only >= 0 && day[i] !== only)) { continue; }
        const x = wx[i] * s - ox, y = wy[i] * s - oy;
        xs[i] = x; ys[i] = y;
        if (grid) {
          const c = ((x + ox) / CELL | 0) - col0, r = ((y + oy) / CELL | 0) - row0;  // x + ox >= 0: | 0 floors
          if (c >= 0 && r >= 0 && c < cols && r < rows) {
            const k = r * cols + c;
            count[k]++; bySide[4 * k + (code[i] & 3)]++; sx[k] += x; sy[k] += y; one[k] = i;
          }
        }
        if (x < -margin || y < -margin || x > size.x + margin || y > size.y + margin) { continue; }
        shown[i] = 1; visible++;
      }
      this.binMs = grid ? performance.now() - t0 : 0;
      if (this.heat) { this._drawHeat(ctx, size); }
      this._dense = visible > DENSE;
      this.mode = grid && visible > FEW ? "density" : "points";
      this.cells = this.mode === "density" ? grid.cells() : [];
      this._cellGrid = grid;
      if (this._cellTipShown) { map.closeTooltip(this._tip); this._cellTipShown = false; }  // its count is stale
      if (this.mode === "density") {
        this._drawCells(ctx);
        if (this._points) { this._points.clear(); }
      } else if (this._points || (this._webgl() && this._fit())) {
        if (!this._dense) { this._drawRings(ctx); }
        this._points.draw(this, { s: s, cx: (ox + size.x / 2) / s, cy: (oy + size.y / 2) / s,
                                  w: size.x + 2 * GL_PAD, h: size.y + 2 * GL_PAD,
                                  ratio: ratio, scale: scale, only: only, dense: this._dense });
      } else if (this._dense) { this._drawPixels(ctx, canvas, ratio); } else { this._drawShapes(ctx, size); }
      this.drawn = visible;
      this.drawMs = performance.now() - t0;
      map.getContainer().setAttribute("data-strikes-drawn", String(visible));
      map.getContainer().setAttribute("data-strikes-mode", this.mode);
    },

    /* The WebGL canvas over the map, GL_PAD pixels past each edge. */
    _fit: function () {
      const glCanvas = this._glCanvas, size = this._map.getSize(), ratio = window.devicePixelRatio || 1;
      const w = size.x + 2 * GL_PAD, h = size.y + 2 * GL_PAD;
      L.DomUtil.setPosition(glCanvas, this._map.containerPointToLayerPoint([-GL_PAD, -GL_PAD]));
      if (glCanvas.width !== w * ratio || glCanvas.height !== h * ratio) { glCanvas.width = w * ratio; glCanvas.height = h * ratio; }
      glCanvas.style.width = w + "px"; glCanvas.style.height = h + "px";
      return true;
    },

    /* Square cells fixed to the map (not the screen), so panning moves them with the map; a ring
     * of cells past each edge keeps the counts near the edge whole. */
    _grid: function (ox, oy, size) {
      const col0 = Math.floor(ox / CELL) - 1, row0 = Math.floor(oy / CELL) - 1;
      const cols = Math.ceil(size.x / CELL) + 3, rows = Math.ceil(size.y / CELL) + 3, m = cols * rows;
      const grid = { col0: col0, row0: row0, cols: cols, rows: rows, ox: ox, oy: oy,
                     count: new Uint32Array(m), bySide: new Uint32Array(m * 4), one: new Int32Array(m),
                     sx: new Float64Array(m), sy: new Float64Array(m) };
      /* The cells holding events, the largest first (drawn first, so small ones stay on top). */
      grid.cells = function () {
        const out = [], count = grid.count, bySide = grid.bySide;
        for (let k = 0; k < m; k++) {
          const n = count[k];
          if (!n) { continue; }
          let side = 0;
          for (let j = 1; j < 4; j++) { if (bySide[4 * k + j] > bySide[4 * k + side]) { side = j; } }
          out.push({ k: k, n: n, x: grid.sx[k] / n, y: grid.sy[k] / n, side: side, only: n === 1 ? grid.one[k] : -1,
                     sides: Array.from(bySide.subarray(4 * k, 4 * k + 4)) });
        }
        return out.sort(function (a, b) { return b.n - a.n; });
      };
      return grid;
    },

    cellRadius: function (n) { return Math.min(CELL / 2 - 4, 7 + 5 * Math.log10(n)); },

    /* Each cell as a disc with its count; a cell of one event is that event's own marker. */
    _drawCells: function (ctx) {
      const d = this.data, scale = this._scale;
      ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.font = "bold 10px sans-serif";
      this.cells.forEach(function (cell) {
        const colour = d.colours[cell.side];
        if (cell.only >= 0) {
          const i = cell.only;
          ctx.globalAlpha = 0.85; ctx.fillStyle = colour; ctx.strokeStyle = "#ffffff"; ctx.lineWidth = 1;
          this._shape(ctx, SHAPES[this.shape(i)], this._x[i], this._y[i], Math.max(3, this.radius(i) * scale));
          ctx.fill(); ctx.stroke();
          return;
        }
        const r = this.cellRadius(cell.n);
        ctx.beginPath(); ctx.arc(cell.x, cell.y, r, 0, 2 * Math.PI);
        ctx.globalAlpha = 0.8; ctx.fillStyle = colour; ctx.fill();
        ctx.globalAlpha = 1; ctx.strokeStyle = "#ffffff"; ctx.lineWidth = 1.5; ctx.stroke();
      }, this);
      // the counts after every disc, so a neighbour's disc never covers one
      ctx.globalAlpha = 1; ctx.fillStyle = "#ffffff";
      this.cells.forEach(function (cell) {
        if (cell.only >= 0) { return; }
        ctx.fillText(cell.n >= 1e4 ? Math.round(cell.n / 1e3) + "k" : cell.n >= 1e3 ? (cell.n / 1e3).toFixed(1) + "k" : String(cell.n), cell.x, cell.y);
      });
    },

    /* The density cell under a point of the map's container, or null. */
    cellAt: function (point) {
      for (let k = this.cells.length - 1; k >= 0; k--) {  // the last drawn is on top
        const cell = this.cells[k];
        if (cell.only >= 0) { continue; }
        const dx = cell.x - point.x, dy = cell.y - point.y, r = this.cellRadius(cell.n) + 2;
        if (dx * dx + dy * dy <= r * r) { return cell; }
      }
      return null;
    },

    /* Clicking a cell zooms to its events: to where they fit, at least one level in. */
    zoomToCell: function (cell) {
      const map = this._map, g = this._cellGrid, d = this.data, day = d.col.day;
      const only = this.onlyDay === null ? -1 : this.onlyDay - d.day0;
      let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
      for (let i = 0; i < d.n; i++) {  // the cell's events again: a click is rare, the drawing is not
        if (!this.pass[i] || (only >= 0 && day[i] !== only)) { continue; }
        const x = this._x[i], y = this._y[i];
        const c = ((x + g.ox) / CELL | 0) - g.col0, r = ((y + g.oy) / CELL | 0) - g.row0;
        if (c < 0 || c >= g.cols || r * g.cols + c !== cell.k) { continue; }
        left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
      }
      const bounds = L.latLngBounds(map.containerPointToLatLng([left, top]), map.containerPointToLatLng([right, bottom]));
      const zoom = Math.min(Math.max(map.getBoundsZoom(bounds.pad(0.2)), map.getZoom() + 1),
                            Math.max(this.densityZoom, map.getZoom() + 1));
      map.setView(bounds.getCenter(), zoom);
    },

    /* Every point in view as a small square of its side's colour, written straight into the pixels. */
    _drawPixels: function (ctx, canvas, ratio) {
      const w = canvas.width, h = canvas.height, image = ctx.getImageData(0, 0, w, h);
      const px = new Uint32Array(image.data.buffer), d = this.data, n = d.n, code = d.col.code;
      const colours = d.colours.map(function (hex) {
        const v = parseInt(hex.slice(1), 16);  // little-endian RGBA in one word
        return (0xff << 24) | ((v & 0xff) << 16) | (v & 0xff00) | (v >> 16);
      });
      const half = Math.max(1, Math.round(ratio));
      for (let i = 0; i < n; i++) {
        if (!this._shown[i]) { continue; }
        const x0 = Math.round(this._x[i] * ratio) - half, y0 = Math.round(this._y[i] * ratio) - half;
        const colour = colours[code[i] & 3];
        for (let y = Math.max(0, y0); y < Math.min(h, y0 + 2 * half); y++) {
          const row = y * w;
          for (let x = Math.max(0, x0); x < Math.min(w, x0 + 2 * half); x++) { px[row + x] = colour; }
        }
      }
      ctx.putImageData(image, 0, 0);
    },

    /* A region-level event's dashed ring (the region it stands for), under the points. Many of them
     * share their region's centroid: its ring is drawn once per side, or the translucent fills
     * would stack into an opaque disc hiding everything under it. */
    _ring: function (ctx, i, drawn) {
      const d = this.data, x = this._x[i], y = this._y[i], side = this.side(i);
      if (d.precisions[this.prec(i)] !== "region") { return; }
      const ring = metresToPixels(this._map, this.latLng(i)[0], d.ring_metres);
      const ringKey = Math.round(x) + "," + Math.round(y) + "," + side;
      if (ring > this.radius(i) * this._scale && !drawn.has(ringKey)) {
        drawn.add(ringKey);
        ctx.beginPath(); ctx.arc(x, y, ring, 0, 2 * Math.PI);
        ctx.fillStyle = d.colours[side]; ctx.globalAlpha = 0.1; ctx.fill();
        ctx.globalAlpha = 0.6; ctx.setLineDash([4, 4]); ctx.strokeStyle = d.colours[side]; ctx.lineWidth = 1; ctx.stroke();
        ctx.setLineDash([]);
      }
    },

    _drawRings: function (ctx) {
      const n = this.data.n, drawn = new Set();
      for (let i = 0; i < n; i++) { if (this._shown[i]) { this._ring(ctx, i, drawn); } }
      ctx.globalAlpha = 1;
    },

    _drawShapes: function (ctx, size) {
      const d = this.data, n = d.n, scale = this._scale;
      const ringsDrawn = new Set();
      for (let i = 0; i < n; i++) {
        if (!this._shown[i]) { continue; }
        const x = this._x[i], y = this._y[i], side = this.side(i), prec = this.prec(i);
        const r = this.radius(i) * scale;
        const colour = d.colours[side];
        this._ring(ctx, i, ringsDrawn);
        ctx.globalAlpha = prec === 0 ? 0.5 : 0.85;
        ctx.fillStyle = colour;
        ctx.strokeStyle = "#ffffff"; ctx.lineWidth = 1;
        this._shape(ctx, SHAPES[this.shape(i)], x, y, r);
        ctx.fill(); ctx.globalAlpha = 1;
        if (r >= 3) { ctx.stroke(); }
      }
      ctx.globalAlpha = 1;
    },

    _shape: function (ctx, shape, x, y, r) {
      ctx.beginPath();
      if (shape === "square") { ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7); }
      else if (shape === "triangle") { ctx.moveTo(x, y - r * 1.1); ctx.lineTo(x + r, y + r * 0.8); ctx.lineTo(x - r, y + r * 0.8); ctx.closePath(); }
      else if (shape === "diamond") { ctx.moveTo(x, y - r * 1.15); ctx.lineTo(x + r, y); ctx.lineTo(x, y + r * 1.15); ctx.lineTo(x - r, y); ctx.closePath(); }
      else { ctx.arc(x, y, r, 0, 2 * Math.PI); }
    },

    _drawHeat: function (ctx, size) {
      const d = this.data, hurt = d.col.hurt;
      ctx.save();
      ctx.globalCompositeOperation = "lighter";
      for (let i = 0; i < d.n; i++) {
        const weight = hurt[i];
        if (!weight || !this._shown[i]) { continue; }
        const x = this._x[i], y = this._y[i];
        const radius = 12 + 6 * Math.sqrt(weight);
        const g = ctx.createRadialGradient(x, y, 0, x, y, radius);
        g.addColorStop(0, "rgba(255,120,0," + Math.min(0.6, 0.15 + 0.05 * weight) + ")");
        g.addColorStop(1, "rgba(255,120,0,0)");
        ctx.fillStyle = g;
        ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
      }
      ctx.restore();
    },

    nearest: function (point) {
      if (this.mode === "density") {  // only a cell of one event is a marker there
        const cell = this.cells.find(function (c) {
          return c.only >= 0 && Math.abs(this._x[c.only] - point.x) <= 8 && Math.abs(this._y[c.only] - point.y) <= 8;
        }, this);
        return cell ? cell.only : -1;
      }
      let best = -1, bestDist = Infinity;
      const n = this.data.n, scale = this._dense ? 0 : (this._scale || 1);
      for (let i = 0; i < n; i++) {
        if (!this._shown[i]) { continue; }
        const dx = this._x[i] - point.x, dy = this._y[i] - point.y;
        const dist = dx * dx + dy * dy, reach = (scale ? this.radius(i) * scale : 2) + 4;
        if (dist <= reach * reach && dist < bestDist) { best = i; bestDist = dist; }
      }
      return best;
    },

    _onClick: function (e) {
      const i = this.nearest(e.containerPoint);
      if (i >= 0) { this.openPopup(i); return; }
      const cell = this.mode === "density" ? this.cellAt(e.containerPoint) : null;
      if (cell) { this.zoomToCell(cell); }
    },

    _onMove: function (e) {
      const i = this.nearest(e.containerPoint);
      const container = this._map.getContainer();
      const cell = i < 0 && this.mode === "density" ? this.cellAt(e.containerPoint) : null;
      container.style.cursor = i >= 0 || cell ? "pointer" : "";
      if (cell) { this._cellTip(cell); return; }
      if (i < 0) { if (this._tip) { this._map.closeTooltip(this._tip); this._tip = null; } this._hover = -1; return; }
      const self = this;
      this._hover = i;
      const show = function () {
        if (self._hover !== i) { return; }
        const place = self.text(i, "place"), district = self.text(i, "district_of");
        const label = el("span", (place ? place + (district ? ", " + district : "") + " \u00b7 " : "") + self.text(i, "date"));
        if (!self._tip) { self._tip = L.tooltip({ direction: "top", offset: [0, -6] }); }
        self._tip.setLatLng(self.latLng(i)).setContent(label);
        self._map.openTooltip(self._tip); self._cellTipShown = false;
      };
      show();
      if (!this.hasText(i)) { this.loadText(Math.floor(i / this.data.chunk)).then(show, function () {}); }
    },

    /* A cell's tooltip: how many events, by side, and that a click zooms in. */
    _cellTip: function (cell) {
      const d = this.data, parts = [];
      cell.sides.forEach(function (k, side) { if (k) { parts.push(d.sides[side] + " " + k.toLocaleString("en")); } });
      if (!this._tip) { this._tip = L.tooltip({ direction: "top", offset: [0, -6] }); }
      this._hover = -1;
      this._tip.setLatLng(this._map.containerPointToLatLng([cell.x, cell.y]))
        .setContent(el("span", cell.n.toLocaleString("en") + " events (" + parts.join(", ") + ") \u00b7 click to zoom in"));
      this._map.openTooltip(this._tip);
      this._cellTipShown = true;
    },

    /* Popup text, a chunk of events per file, fetched once each. */
    loadText: function (k) {
      const self = this, d = this.data;
      if (!this._chunks[k]) {
        this._chunks[k] = fetch(d.textUrl + "-" + k + ".json").then(function (r) {
          if (!r.ok) { throw new Error("the event's details could not be loaded (" + r.status + ")"); }
          return r.json();
        }).then(function (chunk) { self._loaded[k] = chunk; return chunk; },
                function (err) { delete self._chunks[k]; throw err; });
      }
      return this._chunks[k];
    },

    hasText: function (i) { return !!this._loaded[Math.floor(i / this.data.chunk)]; },

    eventId: function (i) { return this.text(i, "event_id"); },

    /* A string field of event i ("" until its chunk of text has arrived). */
    text: function (i, field) {
      const d = this.data;
      if (field === "attacker") { return d.sides[this.side(i)]; }
      if (field === "geo_precision") { return d.precisions[this.prec(i)]; }
      if (field === "date") { return isoDay(this.day(i)); }
      const k = Math.floor(i / d.chunk), chunk = this._loaded[k];
      const v = chunk && chunk[field] ? chunk[field][i - k * d.chunk] : "";
      return v === null || v === undefined ? "" : v;
    },

    number: function (i, field) {
      const d = this.data, k = Math.floor(i / d.chunk), chunk = this._loaded[k];
      const v = chunk ? chunk[field][i - k * d.chunk] : null;
      return v === null || v === undefined ? null : v;
    },

    openPopup: function (i) {
      const self = this;
      // Pan so that the popup clears the legend in the lower left corner.
      const narrow = this._map.getSize().x < NARROW_PX;
      // A long popup (many reports, a long history) scrolls inside the map rather than leaving it.
      const popup = L.popup({ maxWidth: Math.min(380, this._map.getSize().x - 90), autoPanPadding: [20, 20],
                              maxHeight: Math.max(200, this._map.getSize().y - 120),
                              autoPanPaddingBottomRight: [20, narrow ? 60 : 190] })
        .setLatLng(this.latLng(i));
      if (this.hasText(i)) {
        popup.setContent(this.popupContent(i));
      } else {
        popup.setContent(el("div", "Loading the event's details\u2026", "strike-note"));
        this.loadText(Math.floor(i / this.data.chunk)).then(function () {
          popup.setContent(self.popupContent(i));
        }, function (err) { popup.setContent(el("div", String(err.message || err), "strike-note")); });
      }
      popup.openOn(this._map);
      return popup;
    },

    popupContent: function (i) {
      const self = this, box = el("div", null, "strike-popup");
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
      let base = this.options.base_url;
      if (!base) {
        try { base = window.top.location.origin + window.top.location.pathname; } catch (err) { base = ""; }
      }
      return base + "?event=" + encodeURIComponent(eventId);
    }
  });


  /* The map data of one store version never changes under its name, so it is kept in the
   * browser's Cache Storage (where the page is served over https or from localhost) and a later
   * visit reads it from there; only the current version is kept. A first visit downloads the copy
   * gzipped once per store version (URL.gz, which the server sends as it is instead of compressing
   * the file again for every visitor) and unpacks it here; the cache keeps it unpacked. */
  const CACHE = "strikemap-map-data";
  function fetchData(url) {
    const get = function () {
      return fetch(url).then(function (r) {
        if (!r.ok) { throw new Error("the map data could not be loaded (" + r.status + ")"); }
        return r.arrayBuffer();
      });
    };
    const download = function () {
      if (!window.DecompressionStream) { return get(); }
      return fetch(url + ".gz").then(function (r) {
        if (!r.ok || !r.body) { throw new Error(String(r.status)); }
        return new Response(r.body.pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();
      }).catch(get);
    };
    if (!window.caches) { return download(); }
    const key = new URL(url, window.location.href).href;
    const early = window.StrikeMapPrefetch;  // the read the frame's first script started (prefetch.js)
    if (early && early.key === key) {
      window.StrikeMapPrefetch = null;
      return early.read.then(function (buffer) { return buffer || fetchData(url); });
    }
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key).then(function (hit) {
        if (hit) { return hit.arrayBuffer(); }
        return download().then(function (buffer) {
          cache.put(key, new Response(buffer)).then(function () { return cache.keys(); }).then(function (keys) {
            keys.forEach(function (k) { if (k.url !== key) { cache.delete(k); } });
          }).catch(function () {});
          return buffer;
        });
      });
    }, download);
  }

  /* Fetch (or decode) the map data, add the layer, its timeline and legend, then apply the
   * filters the page has sent (StrikeMapFilter may run before the data has arrived). */
  let current = null, pending = null;
  /* How long each step of loading took (ms): the data's fetch, decoding, the per-event arrays,
   * the filters, the first drawing, the controls; and when loading started (ms since the epoch). */
  function stepTimer() {
    const marks = { start: performance.timeOrigin + performance.now() };
    let last = performance.now();
    marks.step = function (name) { const now = performance.now(); marks[name] = now - last; last = now; };
    return marks;
  }

  window.StrikeMapLoad = function (map, source, options) {
    const started = performance.now(), marks = stepTimer();
    const ready = source.url ? fetchData(source.url) : Promise.resolve(base64Bytes(source.inline).buffer);
    return ready.then(function (buffer) {
      marks.step("fetch");
      const data = decode(buffer);
      marks.step("decode");
      data.textUrl = source.url ? source.url.replace(/\.bin$/, "") : null;
      data.inlineChunks = source.chunks || null;
      // window.StrikeMapWebGL: false for the 2D canvas always, "any" for WebGL even drawn by software
      const webgl = window.StrikeMapWebGL === undefined ? true : window.StrikeMapWebGL;
      const layer = new window.StrikeMapLayer(data, Object.assign({ webgl: webgl }, options));
      marks.step("build");
      layer.setFilter(pending);  // before it is drawn: filtering once, drawing once
      marks.step("filter");
      layer.addTo(map);
      marks.step("draw");
      map.strikeLayer = layer;
      current = layer;
      map.getContainer().setAttribute("data-strikes-n", String(layer.n));
      layer.timeline = data.n > 1 ? new window.StrikeMapTimeline(layer) : null;
      if (layer.timeline && layer.timeline.first < layer.timeline.last) { layer.timeline.addTo(map); } else { layer.timeline = null; }
      new window.StrikeMapLegend(data).addTo(map);
      if (pending) { layer._select(pending.selected, pending.focus_zoom); }
      if (data.chunks === 1) { layer.loadText(0).catch(function () {}); }  // a small store's text comes at once
      marks.step("controls");
      delete marks.step;
      layer.marks = marks;
      layer.loadMs = performance.now() - started;
      // the GPU's copy of the positions, made while the reader looks at the first view (a zoomed-out
      // opening draws counts per area, with no points on the GPU yet)
      setTimeout(function () { if (layer._webgl()) { layer._fit(); layer._points.prepare(layer); } }, 0);
      return layer;
    }).catch(function (err) {
      map.getContainer().setAttribute("data-strikes-error", String(err.message || err));
      const note = L.control({ position: "topright" });
      note.onAdd = function () { return el("div", "The events could not be drawn: " + (err.message || err) + ". Reload the page to try again.", "strike-legend"); };
      note.addTo(map);
    });
  };

  window.StrikeMapFilter = function (spec) {
    pending = spec;
    if (current) { current.setFilter(spec); }
  };

  /* A time slider over the data's days, and a button that plays them one day at a time. */
  window.StrikeMapTimeline = L.Control.extend({
    options: { position: "bottomright", stepMs: 800 },
    initialize: function (layer, options) {
      this.layer = layer; L.setOptions(this, options);
      this.first = layer.data.day0; this.last = layer.data.day0 + layer.lastDay;
    },
    /* The label again, after the filters changed (the layer has redrawn itself). */
    refresh: function () { if (this._label) { this._label(this.layer.onlyDay); } },
    onAdd: function () {
      const layer = this.layer, first = this.first, last = this.last, stepMs = this.options.stepMs;
      const box = L.DomUtil.create("div", "strike-timeline");
      L.DomEvent.disableClickPropagation(box); L.DomEvent.disableScrollPropagation(box);
      const play = el("button", "\u25b6", "strike-timeline-play"), all = el("button", "All", "strike-timeline-all");
      const slider = el("input"), label = el("div", "", "strike-timeline-label");
      play.type = "button"; all.type = "button"; play.title = "Play the period day by day";
      slider.type = "range"; slider.min = String(first); slider.max = String(last); slider.value = String(last);
      slider.setAttribute("aria-label", "Day shown on the map");
      let timer = null;
      const describe = function (day) {
        if (day === null) { label.textContent = "All days"; return; }
        const days = layer.data.col.day, pass = layer.pass, want = day - layer.data.day0;
        let n = 0;
        for (let i = 0; i < days.length; i++) { if (days[i] === want && pass[i]) { n++; } }
        label.textContent = isoDay(day) + " \u00b7 " + n + (n === 1 ? " event" : " events");
      };
      const show = function (day) { layer.setDay(day); describe(day); };
      this._label = describe;
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
      const cells = el("div");
      cells.appendChild(el("span", "12", "strike-legend-cell"));
      cells.appendChild(el("span", " zoomed out: events in the area; click to zoom in"));
      body.appendChild(cells);
      body.appendChild(el("div", "its colour: the side that struck most there"));
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
