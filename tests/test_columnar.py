"""Columnar copies of the store: the Parquet copy, the map's typed arrays, and the filters the
browser applies to them, which must keep exactly the events the server's filters keep."""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import columnar
from dashboard import events as schema
from dashboard import filters as flt
from dashboard.columnar import MapBundle, filter_spec, read_header

ROOT = Path(__file__).resolve().parent.parent
SEED = schema.read_csv(ROOT / "data" / "events.csv")


@pytest.fixture(scope="module")
def demo(geocoder):
    from dashboard.demo import make_demo_events

    return make_demo_events(2_500, 3, gazetteer=geocoder.gazetteer)


def columns(bundle: MapBundle) -> dict[str, np.ndarray]:
    """The typed arrays as the browser reads them: the header's types and offsets after the header."""
    head = read_header(bundle.binary)
    start = 8 + int.from_bytes(bundle.binary[4:8], "little")
    assert start % 8 == 0
    types = {"Int32Array": np.int32, "Uint8Array": np.uint8, "Uint16Array": np.uint16, "Uint32Array": np.uint32}
    out = {}
    for name, c in head["columns"].items():
        assert c["offset"] % 8 == 0
        out[name] = np.frombuffer(bundle.binary, dtype=types[c["type"]], count=c["length"], offset=start + c["offset"])
    return out


def test_typed_arrays_hold_every_event_and_text_comes_in_chunks(demo, monkeypatch):
    monkeypatch.setattr(columnar, "TEXT_BLOCK", 2_000)  # text is made a block at a time: cross a block's end
    bundle = MapBundle.encode(demo)
    col = columns(bundle)
    head = bundle.header
    assert len(col["lat"]) == len(demo) and head["chunks"] == len(bundle.chunks) == 3
    assert np.abs(col["lat"] / head["scale"] - demo["latitude"]).max() <= 0.5 / head["scale"]
    days = col["day"].astype(int) + head["day0"]
    assert [date(1970, 1, 1) + timedelta(days=int(d)) for d in days[:50]] == list(demo["event_date"][:50])
    assert [head["sides"][c & 3] for c in col["code"]] == list(demo["attacker"])
    assert [head["precisions"][(c >> 4) & 3] for c in col["code"]] == list(demo["geo_precision"])
    assert [head["regions"][r] for r in col["region"]] == list(demo["admin1"].fillna(""))
    hurt = demo["killed"].fillna(0) + demo["injured"].fillna(0)
    assert (col["hurt"] == hurt.to_numpy(int)).all()
    # 4 bytes per coordinate, 1 or 2 per code: a twentieth of the JSON the page used to carry.
    assert len(bundle.binary) < 16 * len(demo) + 4_000
    ids = [i for c in bundle.chunks for i in json.loads(c)["event_id"]]
    assert ids == list(demo["event_id"])
    last = json.loads(bundle.chunks[2])
    assert last["event_id"][-1] == demo["event_id"].iloc[-1] and len(last["place"]) == len(demo) - 2 * 1_000


def test_parquet_copy_is_written_once_per_store_version(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    reads = []

    def read():
        reads.append(1)
        return SEED

    first = columnar.read_events("here", "s:1", read)
    again = columnar.read_events("here", "s:1", read)
    assert len(reads) == 1
    pd.testing.assert_frame_equal(first, again)
    assert list(first["event_id"]) == list(SEED["event_id"]) and first["killed"].dtype == "Int64"
    assert first["event_date"].iloc[0] == SEED["event_date"].iloc[0]  # a datetime.date, as the store gives
    assert flt.apply(first, flt.Filters(*flt.date_bounds(first), sides=["Russia"])).shape[0] == 6
    columnar.read_events("here", "s:2", read)  # a save makes a new version: read again
    columnar.read_events("here", "s:3", read)
    assert len(reads) == 3
    assert len(list((tmp_path / "cache" / "strikemap" / "columnar").glob("*.parquet"))) == 2  # old copies go


def test_a_stores_parquet_copy_outlives_other_stores_new_versions(tmp_path, monkeypatch):
    """The copies' folder is shared by every store on the machine: other stores' saves never push a
    store's copy out (its next server would read the whole store again), but a store nobody has read
    for a week goes."""
    import os
    import time

    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    reads = []

    def read():
        reads.append(1)
        return SEED

    columnar.read_events("big", "v1", read)
    for version in range(4):
        columnar.read_events("other", f"v{version}", read)
        columnar.read_events("third", f"v{version}", read)
    columnar.read_events("big", "v1", read)
    assert len(reads) == 9
    folder = tmp_path / "cache" / "strikemap" / "columnar"
    assert len(list(folder.glob("*.parquet"))) == 5  # the big store's one and two of each other's
    week_ago = time.time() - 8 * 86400
    for path in folder.glob("*.parquet"):
        os.utime(path, (week_ago, week_ago))
    columnar.read_events("other", "v9", read)
    assert len(list(folder.glob("*.parquet"))) == 2  # its own two newest; the idle stores' went


def test_map_files_are_built_once_and_old_versions_pruned(tmp_path):
    from dashboard.map_view import MapFiles

    files = MapFiles(tmp_path / "map-data", keep=1)
    built = []

    def build():
        built.append(1)
        return MapBundle.encode(SEED)

    url, header = files.publish("k1", build)
    assert url.endswith("map_data/k1.bin") and header["n"] == 7
    assert files.publish("k1", build) == (url, header) and len(built) == 1  # a restarted server reads the header
    files.publish("k2", build)
    assert sorted(p.name for p in (tmp_path / "map-data").iterdir()) == ["k2-0.json", "k2.bin", "k2.bin.gz"]


FILTERS = [
    {},
    {"sides": ["Ukraine"]},
    {"weapons": ["drone", "glide bomb"]},
    {"regions": ["Kharkiv Oblast", "Donetsk Oblast", "Atlantis"]},
    {"min_casualties": 3},
    {"start": date(2024, 3, 1), "end": date(2024, 9, 30), "sides": ["Russia"], "weapons": ["ballistic missile"]},
    {"q": "kharkiv"},
]


@pytest.mark.browser
def test_the_browser_keeps_exactly_the_events_the_server_filter_keeps(demo, tmp_path):
    """The layer's filter, run in Chromium on the real arrays, against ``filters.apply``."""
    from playwright.sync_api import sync_playwright

    from tests.test_browser import CHROMIUM

    import xstatic.pkg.leaflet

    bundle = MapBundle.encode(demo)
    (tmp_path / "map.bin").write_bytes(bundle.binary)
    for k, chunk in enumerate(bundle.chunks):
        (tmp_path / f"map-{k}.json").write_text(chunk, encoding="utf-8")
    shutil.copy(Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js", tmp_path / "leaflet.js")
    shutil.copy(ROOT / "dashboard" / "static" / "strike_layer.js", tmp_path / "strike_layer.js")
    (tmp_path / "index.html").write_text(
        "<html><body><div id='m' style='width:800px;height:600px'></div><script src='leaflet.js'></script>"
        "<script src='strike_layer.js'></script><script>window.map = L.map('m').setView([48.5, 33], 5);"
        "window.ready = StrikeMapLoad(window.map, {url: 'map.bin'}, {});</script></body></html>")
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/index.html")
            page.wait_for_function("() => window.map.strikeLayer && window.map.strikeLayer.drawn > 0", timeout=20_000)
            bounds = flt.date_bounds(demo)
            for given in FILTERS:
                f = flt.Filters(**{"start": bounds[0], "end": bounds[1], **given})
                view = flt.apply(demo, f)
                spec = filter_spec(bundle.header, f.start, f.end, f.sides, f.weapons, f.regions, f.min_casualties,
                                   rows=view.index.to_numpy() if f.q else None)
                kept = page.evaluate("(spec) => { StrikeMapFilter(spec); const p = window.map.strikeLayer.pass;"
                                     " return [...p.keys()].filter(i => p[i]); }", spec)
                assert kept == list(view.index), given
                assert 0 < len(kept) < len(demo) or not given, given
            # A click's popup text is fetched from its chunk: the 2,100th event is in the third file.
            row = 2_100
            text = page.evaluate("(row) => window.map.strikeLayer.loadText(2).then(() => "
                                 "window.map.strikeLayer.popupContent(row).textContent)", row)
            assert demo["place"].iloc[row] in text and demo["event_date"].iloc[row].isoformat() in text
            browser.close()
    finally:
        server.shutdown()


def test_latest_events_equal_a_full_sort_in_date_order_or_not(demo):
    full = demo.sort_values(["event_date", "event_id"], ascending=False)
    in_order = demo.sort_values("event_date", kind="stable")
    assert in_order["event_date"].is_monotonic_increasing
    for table in (in_order, demo.sample(frac=1, random_state=1)):  # the store's date order, and none
        assert flt.date_bounds(table) == (min(demo["event_date"]), max(demo["event_date"]))
        for n in (1, 50, 5_000):
            assert list(flt.latest(table, n).index) == list(full.head(n).index)
