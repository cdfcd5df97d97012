"""End to end: the real app in a real headless Chromium, with no internet.

Every request that leaves 127.0.0.1 is refused, so the map must draw from the
app's own Leaflet; only basemap tiles are allowed to fail. Screenshots are kept
in tests/artifacts/ for a person to look at.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = pytest.mark.browser


@contextlib.contextmanager
def _app(data: Path, editing: str = "off"):
    """The real app on a free port of 127.0.0.1, serving the store in ``data``; ``editing="open"``
    (as on one's own computer) lists the Add report page."""
    from unittest import mock

    from dashboard.bench import running_app

    with mock.patch.dict(os.environ, {"STRIKEMAP_EDITING": editing}), running_app(data) as (url, _):
        yield url


@pytest.fixture(scope="module")
def app_url():
    with _app(ROOT / "data", editing="open") as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}; install it (apt-get install chromium) as the README says")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--no-first-run", "--disable-sync", "--disable-quic"],
        )
        yield b
        b.close()


def _open(browser, url: str, width: int = 1400, height: int = 1100, script: str | None = None):
    """A page on the app with every request that leaves 127.0.0.1 refused (recorded); ``script``
    runs in every frame before the page's own."""
    page = browser.new_page(viewport={"width": width, "height": height})
    if script:
        page.add_init_script(script)
    page.outside = []

    def only_local(route):
        if route.request.url.split("/")[2].startswith("127.0.0.1"):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.goto(url)
    _drawn_map(page)
    # A link with unreadable parameters is rewritten by a second run, which may give the map a
    # new frame: wait until the app has finished running, then take the frame that stays.
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)
    page.wait_for_timeout(500)
    return page, _drawn_map(page)


def _drawn_map(page, seconds: float = 60):
    """The map's frame once its markers are drawn.

    Streamlit may replace the map's iframe while the page settles (a rerun after the
    query parameters are read), so an iframe found early can have no frame yet or lose
    it; look again until a frame has drawn markers.
    """
    from playwright.sync_api import Error

    deadline = time.monotonic() + seconds
    while True:
        handle = page.wait_for_selector("iframe[title*='st_folium']", timeout=seconds * 1000)
        frame = handle.content_frame()
        if frame is not None:
            try:
                frame.wait_for_function(
                    "() => window.map && window.map.strikeLayer && window.map.strikeLayer.drawn > 0", timeout=5_000)
                return frame
            except Error:
                pass
            try:
                error = frame.evaluate("() => { const c = document.querySelector('.leaflet-container');"
                                       " return c ? c.dataset.strikesError || null : null; }")
            except Error:  # the frame went while the page settled
                error = None
            if error:  # the page said why: no point waiting
                raise AssertionError(f"the map could not draw its events: {error}")
        if time.monotonic() > deadline:
            raise AssertionError(f"the map drew no markers within {seconds:.0f} s")
        page.wait_for_timeout(250)


def _seed_id(place: str) -> str:
    import csv

    with (ROOT / "data" / "events.csv").open(encoding="utf-8") as fh:
        return next(r["event_id"] for r in csv.DictReader(fh) if r["place"] == place)


def test_seed_markers_borders_and_choropleth_are_drawn_offline(app_url, browser):
    """With no internet the markers, the shipped borders (in place of the tiles) and the
    "By region" choropleth are all drawn (one page load checks the three)."""
    page, frame = _open(browser, f"{app_url}/?tab=regions")
    assert frame.evaluate("() => window.map.strikeLayer.n") == 7
    assert frame.evaluate("() => window.map.strikeLayer.drawn") == 7
    # Headless Chromium's WebGL is drawn by software (SwiftShader), slower than the 2D canvas: not used.
    assert frame.evaluate("() => window.map.strikeLayer.renderer") == "canvas"
    scripts = frame.evaluate("() => [...document.scripts].map(s => s.src).filter(s => s)")
    assert any("leaflet.js" in s for s in scripts) and all(s.startswith(app_url) for s in scripts)
    assert not [u for u in page.outside if "tile.openstreetmap" not in u], page.outside
    frame.wait_for_function("() => document.querySelectorAll('.leaflet-strike-borders-pane path').length > 30",
                            timeout=15_000)
    assert any("tile.openstreetmap" in u for u in page.outside)  # online tiles were tried first
    assert frame.evaluate("() => document.querySelector('.leaflet-container').dataset.basemap") == "offline"
    assert frame.locator(".leaflet-tile-pane img").count() == 0  # no broken tiles left over the borders
    labels = frame.locator(".strike-city").all_inner_texts()
    assert {"Kyiv", "Kharkiv", "Belgorod"} <= set(labels), labels
    assert "Natural Earth" in frame.locator(".leaflet-control-attribution").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed_map.png"))
    chart = page.locator("[data-testid='stVegaLiteChart']:visible").first
    chart.wait_for(timeout=30_000)
    chart.scroll_into_view_if_needed()
    chart.locator("path").nth(30).wait_for(timeout=15_000)  # the land, 27 oblasts, coasts and borders
    page.screenshot(path=str(ARTIFACTS / "regions_choropleth.png"))


def _kryvyi_rih(frame) -> tuple[float, float]:
    """Where the seed's Kryvyi Rih event is drawn, in the map's container."""
    return frame.evaluate("""() => window.map.strikeLayer.loadText(0).then(() => {
        const layer = window.map.strikeLayer;
        const row = [...Array(layer.total).keys()].find(i => layer.text(i, 'place') === 'Kryvyi Rih');
        const p = window.map.latLngToContainerPoint(layer.latLng(row));
        return [p.x, p.y];
    })""")


# The colour drawn at a point of the map's container, as [r, g, b, alpha] (not premultiplied), read
# from the canvas the points are drawn on: the WebGL one, or the 2D one where the browser has no WebGL.
_PIXEL = """(p) => {
    const layer = window.map.strikeLayer, r = window.devicePixelRatio || 1;
    if (layer.renderer !== 'webgl') {
        return [...layer._canvas.getContext('2d').getImageData(Math.round(p[0] * r), Math.round(p[1] * r), 1, 1).data];
    }
    const gl = layer._points.gl, px = new Uint8Array(4), canvas = layer._glCanvas;
    const pad = (canvas.width / r - window.map.getSize().x) / 2;  // it reaches past the map's edges
    gl.readPixels(Math.round((p[0] + pad) * r), canvas.height - 1 - Math.round((p[1] + pad) * r), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
    return px[3] ? [px[0] * 255 / px[3], px[1] * 255 / px[3], px[2] * 255 / px[3], px[3]].map(Math.round) : [0, 0, 0, 0];
}"""


def _drawn_in_russias_colour(frame, x: float, y: float) -> bool:
    from dashboard.columnar import SIDE_COLOURS

    want = [int(SIDE_COLOURS[0][k:k + 2], 16) for k in (1, 3, 5)]
    *rgb, alpha = frame.evaluate(_PIXEL, [x, y])
    return alpha > 100 and all(abs(a - b) <= 24 for a, b in zip(rgb, want))


def _click_opens_kryvyi_rih(page, frame) -> None:
    x, y = _kryvyi_rih(frame)
    box = page.query_selector("iframe[title*='st_folium']").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    page.wait_for_timeout(400)
    text = popup.inner_text()
    assert "Kryvyi Rih" in text and "Dnipropetrovsk Oblast" in text and "2025-02-11" in text
    assert "residential buildings" in text and "Russia (stated)" in text


def test_the_map_comes_first_then_the_page_and_a_later_visit_reads_the_cache(app_url, browser):
    """A page opened in a browser gets the map before the sidebar's widgets, the feed and the figures
    (the browser made the map's frame only after rendering them all); they follow on the map's
    first report. A first visit downloads the map's data gzipped; a later one reads it from the
    browser's cache, the read started by the frame's first script."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    runs: list[list[str]] = [[]]

    def element(payload) -> None:
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        kind = msg.WhichOneof("type")
        if kind == "script_finished":
            runs.append([])
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            el = msg.delta.new_element
            name = el.WhichOneof("type")
            part = getattr(el, name)
            runs[-1].append(part.component_name if name == "component_instance"
                            else f"{name}:{getattr(part, 'body', '') or getattr(part, 'label', '')}")

    try:
        page = context.new_page()
        page.on("websocket", lambda ws: ws.on("framereceived", lambda p: element(p) if isinstance(p, bytes) else None))
        page.goto(app_url)
        frame = _drawn_map(page)
        first = runs[0]
        assert any(name.endswith("st_folium") for name in first), first
        assert not any(name.startswith(("multiselect", "date_input", "text_input")) for name in first), first
        assert "markdown:Loading the filters…" in first, first
        page.get_by_text("Figures for this view").wait_for(timeout=20_000)  # the rest of the page follows
        page.get_by_text("Side that struck").wait_for(timeout=20_000)  # its widgets follow the figures
        data = ("() => performance.getEntriesByType('resource')"
                ".filter(e => e.initiatorType === 'fetch').map(e => e.name)")
        fetched = frame.evaluate(data)
        assert any(u.endswith(".bin.gz") for u in fetched) and not any(u.endswith(".bin") for u in fetched), fetched
        frame.wait_for_function("() => caches.open('strikemap-map-data').then(c => c.keys()).then(k => k.length > 0)",
                                timeout=20_000)
        page.close()

        later = context.new_page()
        later.goto(app_url)
        frame = _drawn_map(later)
        scripts = frame.evaluate("() => [...document.scripts].map(s => s.src)")
        assert any("prefetch.js?data=" in u for u in scripts), scripts
        preloaded = frame.evaluate("() => performance.getEntriesByType('resource')"
                                   ".filter(e => e.initiatorType === 'link').map(e => e.name)")
        assert any(u.endswith("leaflet.js") for u in preloaded) and any(u.endswith("strike_layer.js") for u in preloaded)
        fetched = frame.evaluate(data)
        assert not any(u.endswith((".bin", ".bin.gz")) for u in fetched), fetched  # read from the cache
        assert frame.evaluate("() => window.StrikeMapPrefetch") is None  # its read was taken over
    finally:
        context.close()


def test_a_page_open_runs_the_page_twice(app_url, browser):
    """A page open costs two whole runs of the page: the first (the map first) and the one the
    map's first report of where it is starts. The map fits the events at once, not animated, so
    it has nothing new to report after that; an animated fit ended after the first report and its
    second report ran the whole page a third time on every open."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    reruns: list[str] = []

    def sent(payload) -> None:
        msg = BackMsg()
        msg.ParseFromString(payload)
        if msg.WhichOneof("type") == "rerun_script" and not msg.rerun_script.fragment_id:
            reruns.append(msg.rerun_script.query_string)

    try:
        page = context.new_page()
        page.on("websocket", lambda ws: ws.on("framesent", lambda p: sent(p) if isinstance(p, bytes) else None))
        page.goto(app_url)
        frame = _drawn_map(page)
        page.get_by_text("Figures for this view").wait_for(timeout=20_000)
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)
        page.wait_for_timeout(3_000)  # the map would report a second view within this
        assert len(reruns) == 2, reruns
        # the view the map reported, the one it shows, is the one the address holds
        query = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
        assert int(query["zoom"]) == frame.evaluate("() => window.map.getZoom()"), query
        off = frame.evaluate("([lat, lon]) => { const m = window.map, c = m.getSize().divideBy(2);"
                             " return m.latLngToContainerPoint([lat, lon]).distanceTo(c); }",
                             [float(query["lat"]), float(query["lon"])])
        assert off < 2, (query, off)  # pixels from the map's centre
    finally:
        context.close()


def test_the_rest_of_the_page_comes_without_the_maps_report(app_url, browser):
    """The sidebar's widgets, the feed and the figures follow the map's first report; when the map's
    frame never sends one (here Leaflet is blocked, so the map's script fails), a timer brings them
    a few seconds after the first run."""
    from dashboard.app import REST_AFTER_SECONDS

    context = browser.new_context(viewport={"width": 1400, "height": 900})
    try:
        page = context.new_page()
        page.route("**/leaflet.js", lambda route: route.abort())
        page.goto(app_url)
        page.get_by_text("Loading the filters…").wait_for(timeout=30_000)  # the first run, without the map's report
        started = time.monotonic()
        page.get_by_text("Side that struck").wait_for(timeout=(REST_AFTER_SECONDS + 10) * 1000)
        page.get_by_text("Figures for this view").wait_for(timeout=10_000)
        page.get_by_text("Latest events").wait_for(timeout=10_000)
        assert time.monotonic() - started < REST_AFTER_SECONDS + 8
        frame = page.wait_for_selector("iframe[title*='st_folium']", state="attached").content_frame()
        assert frame.evaluate("() => !window.map")  # the map never came: the rest did not wait for it
        assert page.get_by_text("Loading the filters…").count() == 0
    finally:
        context.close()


def test_clicking_a_marker_opens_its_popup(app_url, browser):
    """The points drawn with WebGL (headless Chromium's is software, so the page is told to take it):
    a filter redraws them in the page, and a click opens the popup of the point under it."""
    page, frame = _open(browser, app_url, script="window.StrikeMapWebGL = 'any';")
    assert frame.evaluate("() => [window.map.strikeLayer.renderer, document.querySelector('.leaflet-container')"
                          ".dataset.strikesRenderer]") == ["webgl", "webgl"]
    x, y = _kryvyi_rih(frame)
    assert _drawn_in_russias_colour(frame, x, y)
    assert frame.evaluate(_PIXEL, [3, 3])[3] == 0  # nothing drawn where there is no event
    _click_opens_kryvyi_rih(page, frame)
    page.screenshot(path=str(ARTIFACTS / "seed_map_popup.png"))
    x, y = _kryvyi_rih(frame)  # the popup may have panned the map
    assert _drawn_in_russias_colour(frame, x, y)
    frame.evaluate("() => { const d = window.map.strikeLayer.data; StrikeMapFilter({start: d.day0, end: d.day0 + 9999,"
                   " sides: [1], weapons: 0, regions: null, min_hurt: 0}); }")  # Ukraine's strikes only
    assert frame.evaluate(_PIXEL, [x, y])[3] == 0
    frame.evaluate("() => StrikeMapFilter(null)")
    assert _drawn_in_russias_colour(frame, x, y)


def test_without_webgl_the_canvas_draws_the_points_and_a_click_opens_the_popup(app_url, browser):
    plain = browser.browser_type.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-webgl"])
    try:
        page, frame = _open(plain, app_url)
        assert frame.evaluate("() => [window.map.strikeLayer.renderer, window.map.strikeLayer.drawn,"
                              " document.querySelectorAll('canvas.strike-canvas-gl').length]") == ["canvas", 7, 0]
        x, y = _kryvyi_rih(frame)
        assert _drawn_in_russias_colour(frame, x, y)
        _click_opens_kryvyi_rih(page, frame)
    finally:
        plain.close()


def test_share_link_with_filters_and_permalink(app_url, browser):
    page, frame = _open(browser, f"{app_url}/?side=russia&event={_seed_id('Kyiv')}")
    assert frame.evaluate("() => window.map.strikeLayer.n") == 6  # Belgorod Oblast is filtered out
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert "Kyiv" in text and "Killed / injured / children: 1 / 4 / 1" in text
    assert "7 launched, 6 intercepted (86%)" in text and "resulted in one fatality" in text
    page.screenshot(path=str(ARTIFACTS / "permalink_desktop.png"))


def test_phone_layout_keeps_popup_and_legend_inside_the_map(app_url, browser):
    """390×844: the map spans the screen, the filters sit in the folded sidebar, and a popup
    near the edge stays inside the map and clear of the (folded) legend."""
    page, frame = _open(browser, f"{app_url}/?event={_seed_id('Belgorod Oblast')}", width=390, height=844)
    box = page.query_selector("iframe[title*='st_folium']").bounding_box()
    assert box["width"] >= 340 and box["x"] + box["width"] <= 390
    search = page.get_by_label("Place or source").bounding_box()
    assert search is None or search["x"] + search["width"] <= 0  # in the folded sidebar, off screen
    popup = frame.locator(".leaflet-popup")
    popup.wait_for(timeout=10_000)
    page.wait_for_timeout(600)  # the map pans the popup into view
    size = frame.evaluate("() => [window.map.getSize().x, window.map.getSize().y]")
    p = frame.evaluate("() => { const r = document.querySelector('.leaflet-popup').getBoundingClientRect();"
                       " return [r.left, r.top, r.right, r.bottom]; }")
    legend = frame.evaluate("() => { const r = document.querySelector('.strike-legend').getBoundingClientRect();"
                            " return [r.left, r.top, r.right, r.bottom]; }")
    assert p[0] >= 0 and p[1] >= 0 and p[2] <= size[0] and p[3] <= size[1], (p, size)
    assert legend[3] - legend[1] < 40  # folded to one line on a phone
    assert p[3] <= legend[1] or p[0] >= legend[2], (p, legend)
    assert "Belgorod" in frame.locator(".leaflet-popup-content").inner_text()
    page.query_selector("iframe[title*='st_folium']").scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "phone.png"))


def test_time_slider_shows_one_day_and_plays_the_period(app_url, browser):
    page, frame = _open(browser, app_url)
    slider = frame.locator(".strike-timeline input[type=range]")
    slider.evaluate("(s) => { s.value = s.min; s.dispatchEvent(new Event('input')); }")
    assert frame.locator(".strike-timeline-label").inner_text() == "2025-02-11 · 1 event"
    assert frame.evaluate("() => window.map.strikeLayer.drawn") == 1  # Kryvyi Rih only
    frame.locator(".strike-timeline-play").click()  # from the first day, one day at a time
    frame.wait_for_function("() => document.querySelector('.strike-timeline-label').textContent.startsWith('2025-02-12')",
                            timeout=10_000)
    assert frame.evaluate("() => window.map.strikeLayer.drawn") == 6
    frame.locator(".strike-timeline-all").click()
    assert frame.evaluate("() => window.map.strikeLayer.drawn") == 7


@pytest.fixture
def crowded_url(tmp_path):
    """A demo store of 2,000 events, more than the layer draws one by one when zoomed out, and its
    events by side; the app stops after the test."""
    from dashboard.columnar import SIDES
    from dashboard.demo import write_demo_store
    from dashboard.store import Store

    write_demo_store(2_000, 7, tmp_path)
    sides = Store(tmp_path).events()["attacker"].value_counts()
    with _app(tmp_path) as url:
        yield url, [int(sides.get(side, 0)) for side in SIDES]


def test_zoomed_out_the_map_draws_counts_per_area_and_zoomed_in_every_point(crowded_url, browser):
    url, by_side = crowded_url
    page, frame = _open(browser, url)
    layer = "window.map.strikeLayer"
    assert frame.evaluate(f"() => {layer}.mode") == "density"
    assert frame.evaluate("() => document.querySelector('.leaflet-container').dataset.strikesMode") == "density"
    counts = frame.evaluate(f"() => {layer}.cells.map(c => c.n)")
    drawn = frame.evaluate(f"() => {layer}.drawn")
    assert sum(counts) == drawn == sum(by_side) and len(counts) < drawn / 3, (len(counts), drawn)
    # every event is counted once, under its own side (the opening view holds them all)
    assert frame.evaluate(f"() => {layer}.cells.reduce((t, c) => t.map((v, j) => v + c.sides[j]), [0, 0, 0, 0])")[:3] == by_side
    assert "zoomed out" in frame.locator(".strike-legend").inner_text()
    page.screenshot(path=str(ARTIFACTS / "density_zoomed_out.png"))
    # The page's filters apply to the cells in the browser: Russia's strikes only, then Ukraine's,
    # few enough to be drawn one by one.
    only = f"""(side) => {{ const d = {layer}.data; StrikeMapFilter({{start: d.day0, end: d.day0 + 100000,
        sides: [side], weapons: 0, regions: null, min_hurt: 0}}); return {layer}.n; }}"""
    kept = frame.evaluate(only, 0)
    cells = frame.evaluate(f"() => {layer}.cells.map(c => [c.n, c.side, c.sides[1]])")
    assert frame.evaluate(f"() => {layer}.mode") == "density"
    assert sum(c[0] for c in cells) == kept == by_side[0]
    assert all(c[1] == 0 and c[2] == 0 for c in cells), cells
    kept = frame.evaluate(only, 1)
    assert 0 < kept <= 1_000 and frame.evaluate(f"() => [{layer}.mode, {layer}.cells.length]") == ["points", 0]
    frame.evaluate("() => { StrikeMapFilter(null); }")
    # Hovering the largest cell tells its count; clicking it zooms in to its events (the stale tip goes).
    zoom, (x, y), n = frame.evaluate(f"() => [window.map.getZoom(), [{layer}.cells[0].x, {layer}.cells[0].y], {layer}.cells[0].n]")
    box = page.query_selector("iframe[title*='st_folium']").bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + y)
    tip = frame.locator(".leaflet-tooltip:not(.strike-city)")
    tip.wait_for(timeout=5_000)
    assert f"{n:,} events (" in tip.inner_text() and "click to zoom in" in tip.inner_text()
    page.mouse.click(box["x"] + x, box["y"] + y)
    frame.wait_for_function("(z) => window.map.getZoom() > z", arg=zoom, timeout=10_000)
    frame.wait_for_function("() => ![...document.querySelectorAll('.leaflet-tooltip')].some("
                            "t => t.textContent.includes(' events ('))", timeout=5_000)
    # Zoomed in, every point is drawn as before, and a click on one opens its popup.
    zoomed = frame.evaluate("() => window.map.getZoom()")
    page.wait_for_function(f"() => location.search.includes('zoom={zoomed}')", timeout=10_000)  # the page keeps the view
    frame.evaluate(f"() => {{ window.map.setView({layer}.latLng(0), 11, {{animate: false}}); }}")
    page.wait_for_function("() => location.search.includes('zoom=11')", timeout=10_000)
    page.wait_for_timeout(1_000)
    frame = _drawn_map(page)
    assert frame.evaluate(f"() => [window.map.getZoom(), {layer}.mode]") == [11, "points"]
    x, y = frame.evaluate(f"() => {{ const p = window.map.latLngToContainerPoint({layer}.latLng(0)); return [p.x, p.y]; }}")
    assert frame.evaluate(f"(p) => {layer}.nearest({{x: p[0], y: p[1]}})", [x, y]) >= 0
    box = page.query_selector("iframe[title*='st_folium']").bounding_box()
    page.mouse.click(box["x"] + x, box["y"] + y)
    frame.locator(".leaflet-popup-content").wait_for(timeout=10_000)
    page.screenshot(path=str(ARTIFACTS / "density_zoomed_in.png"))
    page.close()


STALE_LINKS = ["?start=2020-01-01", "?end=2030-01-01", "?start=0001-01-01", "?weapon=unknown",
               "?weapon=artillery&side=martians", "?start=2025-02-30&min_casualties=1e9", "?zoom=99&lat=north&tab=nope",
               "?region=Atlantis&region=Kyiv%20City&event=0000000000000000&q=" + "x" * 3000]


def test_stale_and_broken_links_open_with_a_notice_and_no_traceback(app_url, browser):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    for link in STALE_LINKS:
        page.goto(f"{app_url}/{link}")
        page.get_by_text("in the store").wait_for(timeout=60_000)
        page.locator("[data-testid='stAlertContentWarning']").first.wait_for(timeout=20_000)
        page.wait_for_timeout(300)
        text = page.inner_text("body")
        assert "Traceback" not in text and 'File "' not in text and "Error:" not in text, (link, text[:500])
        assert str(ROOT) not in text and "site-packages" not in text, link
        assert page.locator("[data-testid='stException']").count() == 0, link
        assert "incident" not in text, link


def test_pages_have_titles_a_person_understands(app_url, browser):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(app_url)
    page.get_by_text("in the store").wait_for(timeout=60_000)
    nav = page.locator("[data-testid='stSidebarNav']").inner_text()
    assert "Map" in nav and "Add a report" in nav and "add_report" not in nav and "app" not in nav.split()
    page.wait_for_function("() => document.title.includes('Map')", timeout=10_000)
    page.goto(f"{app_url}/add_report")
    page.get_by_text("Nothing is stored until you press Save").wait_for(timeout=60_000)
    page.wait_for_function("() => document.title.includes('Add a report')", timeout=10_000)


def test_panning_the_map_keeps_its_view_in_the_address(app_url, browser, tmp_path):
    page, frame = _open(browser, f"{app_url}/?side=russia")
    frame.evaluate("() => { window.map.setView([48.5, 35.0], 7); }")  # returns nothing to serialise
    page.wait_for_function("() => location.search.includes('zoom=7') && location.search.includes('lat=48.5')",
                           timeout=10_000)
    shared = page.evaluate("() => location.href")
    assert "side=russia" in shared
    # Meanwhile other data folders are served on this machine and write their maps beside this
    # app's (which once removed this app's file: the link then opened on a map with nothing drawn).
    _other_stores_publish_their_maps(tmp_path, 3)
    page2, frame2 = _open(browser, shared)
    center = frame2.evaluate("() => [window.map.getCenter().lat, window.map.getCenter().lng, window.map.getZoom()]")
    assert abs(center[0] - 48.5) < 0.01 and abs(center[1] - 35.0) < 0.01 and center[2] == 7


def _other_stores_publish_their_maps(tmp_path: Path, n: int) -> None:
    """``n`` copies of the seed store, each a data folder of its own, publish their map data into
    the folder every app on the machine shares (as their apps would)."""
    from dashboard.shared_views import StoreVersion
    from dashboard.store import Store

    for k in range(n):
        folder = tmp_path / f"other{k}"
        shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("borders", "gazetteer", "*.db*"))
        StoreVersion(folder, Store(folder).version()).map_data()


PAYLOADS = [
    "<script>window.__pwned = 1; alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
    "&lt;b&gt;entity&lt;/b&gt; &amp;",
    "[click](javascript:alert(1)) ![beacon](http://127.0.0.1:9/x.png) **bold**",
    "`${window.__pwned=1}` </script><svg onload=alert(1)>",
]


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    from dashboard import events as schema

    rows = schema.read_csv(ROOT / "data" / "events.csv")
    for i, payload in enumerate(PAYLOADS):
        rows.loc[i, "place"] = f"{rows.loc[i, 'place']} {payload}"
        rows.loc[i, "source_title"] = payload
        rows.loc[i, "reported_by"] = payload
        rows.loc[i, "evidence"] = f"{payload}\n{rows.loc[i, 'evidence']}"
        rows.loc[i, "source_url"] = "javascript:window.__pwned=1" if i % 2 else "https://example.org/?q=<script>"
    folder = tmp_path_factory.mktemp("hostile")
    schema.write_csv(rows, folder / "events.csv")
    with _app(folder) as url:
        yield url, rows


def test_injected_text_is_shown_as_text_and_never_runs(hostile_url, browser, ledger):
    url, rows = hostile_url
    event = rows.loc[1, "event_id"]
    page, frame = _open(browser, f"{url}/?event={event}&start=%FF%FE&side=%3Cscript%3E")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    texts = []
    for i in range(frame.evaluate("() => window.map.strikeLayer.n")):
        frame.evaluate(f"() => {{ window.map.strikeLayer.openPopup({i}); }}")  # returns nothing to serialise
        page.wait_for_timeout(400)  # the previous popup fades out
        popup = frame.locator(".leaflet-popup-content").last
        popup.wait_for(timeout=10_000)
        texts.append(popup.inner_text())
        assert frame.locator(".leaflet-popup-content img, .leaflet-popup-content svg, "
                             ".leaflet-popup-content script").count() == 0
        hrefs = frame.evaluate("() => [...document.querySelectorAll('.leaflet-popup-content a')].map(a => a.href)")
        assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    for payload in PAYLOADS:
        ledger.add("payloads tried")
        assert any(payload in t for t in texts), payload  # shown literally
    # Hovering shows a tooltip built from text too.
    frame.evaluate("""() => { const l = window.map.strikeLayer;
        l._onMove({containerPoint: window.map.latLngToContainerPoint(l.latLng(0))}); }""")
    assert frame.locator(".leaflet-tooltip img, .leaflet-tooltip script").count() == 0
    # The selected event's card below the map is escaped markdown: no image, no link to javascript:.
    card = page.get_by_text("Selected event:", exact=False)
    assert card.count() >= 1
    assert page.locator("img[src*='127.0.0.1:9']").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    page.wait_for_timeout(500)
    assert frame.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => window.__pwned") is None
    assert dialogs == []
    page.screenshot(path=str(ARTIFACTS / "hostile_popup.png"))


def test_add_report_preview_shows_hostile_text_inertly(app_url, browser, ledger):
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{app_url}/add_report")
    area = page.get_by_role("textbox", name="…or paste its text")
    area.wait_for(timeout=60_000)
    ledger.add("payloads tried")
    area.fill("Russian drones struck Kharkiv overnight, injuring two people. "
              "In Zzyzx<img src=x onerror=window.__pwned=1>ivka, a house burned.")
    area.press("Control+Enter")
    page.get_by_text("event found").wait_for(timeout=60_000)
    page.wait_for_timeout(800)
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => window.__pwned") is None and dialogs == []
    page.screenshot(path=str(ARTIFACTS / "add_report_preview.png"))


def test_a_ukrainian_report_shows_its_own_spelling_beside_the_english_name(browser, tmp_path):
    from datetime import date

    from dashboard.events import Report
    from dashboard.ingest import ingest
    from dashboard.store import Store

    text = ("Обстріл Нікополя\n"
            "Увечері в суботу російська армія вдарила по Нікополю з артилерії. Поранено двох чоловіків.")
    ingest([Report(text, date(2024, 6, 9), "Обстріл Нікополя")], Store(tmp_path))
    event = Store(tmp_path).events()["event_id"].iloc[0]
    with _app(tmp_path) as url:
        page, frame = _open(browser, f"{url}/?event={event}")
        popup = frame.locator(".leaflet-popup-content")
        popup.wait_for(timeout=10_000)
        text = popup.inner_text()
        assert "Nikopol" in text and "Нікополю" in text and "Killed / injured / children: — / 2 / —" in text
        page.screenshot(path=str(ARTIFACTS / "ukrainian_report_popup.png"))
