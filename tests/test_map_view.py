"""The map's data: compact, complete, and inert whatever the reports say."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from dashboard import events as schema
from dashboard.columnar import SHAPE_NAMES, MapBundle, inline_json, weapon_shape
from dashboard.map_view import _ASSET_COMPONENTS, borders_path, build_map, register_assets
from dashboard.regions_view import choropleth, region_totals

ROOT = Path(__file__).resolve().parent.parent
SEED = schema.read_csv(ROOT / "data" / "events.csv")


def test_weapon_shapes():
    assert SHAPE_NAMES[weapon_shape("ballistic missile;drone")] == "missile or rocket"
    assert SHAPE_NAMES[weapon_shape("drone")] == "drone"
    assert SHAPE_NAMES[weapon_shape("")] == "weapon not stated"


def test_script_breaking_text_cannot_close_the_script_element():
    hostile = SEED.copy()
    hostile.loc[0, "evidence"] = "</script><script>alert(1)</script>"
    hostile.loc[0, "source_url"] = "javascript:alert(1)"
    text = inline_json(MapBundle.encode(hostile))
    assert "</script>" not in text
    chunk = json.loads(text)["chunks"][0]
    assert chunk["source_url"][0] == ""
    assert chunk["evidence"][0] == "</script><script>alert(1)</script>"


def test_map_html_serves_leaflet_locally():
    html = build_map(SEED).get_root().render()
    assert "leaflet_assets/leaflet.js" in html and "static_assets/strike_layer.js" in html
    assert "cdn.jsdelivr" not in html and "jquery" not in html.lower()


def test_merged_events_tell_how_many_reports_and_whether_they_disagree():
    merged = SEED.copy()
    merged.loc[0, "source_count"] = 3
    merged.loc[0, "sources_disagree"] = True
    merged.loc[0, "figures_rule"] = "figures from the most official, then latest of 3 reports"
    chunk = json.loads(MapBundle.encode(merged).chunks[0])
    assert chunk["sources"][0] == "3 (sources disagree)"
    assert chunk["sources"][1] == "1"


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:])) / 2


def test_shipped_borders_cover_every_oblast_and_stay_small():
    import csv

    path = borders_path()
    assert path.stat().st_size < 300_000
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    kinds = {f["properties"]["kind"] for f in features}
    assert kinds == {"sea", "coast", "country", "region", "city"}
    with (ROOT / "data" / "gazetteer" / "regions.csv").open(encoding="utf-8", newline="") as fh:
        oblasts = {r["name"] for r in csv.DictReader(fh) if r["country"] == "UA"}
    regions = [f for f in features if f["properties"]["kind"] == "region"]
    assert {f["properties"]["name"] for f in regions} == oblasts
    cities = {f["properties"]["name"] for f in features if f["properties"]["kind"] == "city"}
    assert {"Kyiv", "Kharkiv", "Odesa", "Lviv", "Belgorod", "Moscow"} <= cities
    for f in regions:  # outer rings clockwise, as the choropleth's renderer (d3-geo) expects
        polygons = f["geometry"]["coordinates"]
        for polygon in polygons if f["geometry"]["type"] == "MultiPolygon" else [polygons]:
            assert _signed_area(polygon[0]) < 0, f["properties"]["name"]


def test_map_falls_back_on_the_shipped_borders_it_serves():
    html = build_map(SEED).get_root().render()
    assert "window.StrikeMapBorders(" in html and "borders_assets/borders.geojson" in html
    assert register_assets()["borders"].endswith("borders_assets/")
    assert _ASSET_COMPONENTS["borders"] == str(borders_path().parent) and borders_path().is_file()


def test_region_totals_add_every_side_in_view_and_keep_unreported_figures_empty():
    totals = region_totals(SEED).set_index("region")
    assert totals.loc["Kyiv City", ["events", "killed", "injured"]].tolist() == [5, 1, 4]
    assert totals.loc["Belgorod Oblast", "killed"] == 1 and pd.isna(totals.loc["Belgorod Oblast", "injured"])
    assert totals.loc["Belgorod Oblast", "by_side"] == "struck by Ukraine: 1"
    russia_only = region_totals(SEED[SEED["attacker"] == "Russia"])
    assert "Belgorod Oblast" not in set(russia_only["region"])


def test_choropleth_fills_oblasts_and_circles_regions_without_an_outline():
    spec = choropleth(region_totals(SEED), "killed")
    filled = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "geoshape"
                  and "color" in layer["encoding"])
    by_name = {f["properties"]["name"]: f["properties"] for f in filled["data"]["values"]}
    assert by_name == {"Kyiv City": {"name": "Kyiv City", "value": 1.0, "figure": "1",
                                     "by_side": "struck by Russia: 5"}}  # Dnipropetrovsk reports no deaths
    circles = [row for layer in spec["layer"] if layer["mark"]["type"] == "circle" for row in layer["data"]["values"]]
    assert [(c["name"], c["value"]) for c in circles] == [("Belgorod Oblast", 1.0)]
    assert all(layer["projection"]["type"] == "mercator" for layer in spec["layer"])
    json.dumps(spec)  # plain JSON, as the chart element sends it


def test_the_map_kept_for_every_session_sends_what_st_folium_would(monkeypatch):
    """``show_map`` renders a map once and then sends streamlit-folium's component the same
    arguments as ``st_folium`` (an upgrade that changes them fails here, not in a browser), with
    the filters as the feature group the component swaps without redrawing the map."""
    import re

    import streamlit_folium

    from dashboard.map_view import filter_script, show_map

    sent = []
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kwargs: sent.append(kwargs))
    built = []

    def build():
        built.append(1)
        return build_map(SEED, data_url="x.bin", center=(50.45, 30.52), zoom=7)

    streamlit_folium.st_folium(build(), height=600, use_container_width=True, key="strike_map",
                               returned_objects=["center", "zoom", "bounds"])
    spec = {"start": 1, "sides": [0], "note": "</script>"}
    for _ in range(2):
        show_map(build, ("test", "x.bin"), spec, key="strike_map")
    theirs, ours, again = sent
    assert len(built) == 2  # st_folium's, then one for every later rerun
    assert ours == again or {k for k in ours if ours[k] != again[k]} == {"on_change"}
    same_ids = lambda text: re.sub(r"_[a-z0-9]{32}", "_ID", text) if isinstance(text, str) else text  # noqa: E731
    differ = {k for k in theirs if k not in ("on_change", "feature_group") and same_ids(theirs[k]) != same_ids(ours[k])}
    assert not differ, differ
    assert set(ours) == set(theirs)
    assert ours["feature_group"] == filter_script(spec) and "</script>" not in ours["feature_group"]
    assert 'window.StrikeMapFilter({"start":1,"sides":[0],"note":"<\\/script>"})' in ours["feature_group"]
    assert "window.feature_group.push(" in ours["feature_group"]


def test_a_stores_map_data_outlives_other_stores_maps_in_the_shared_folder(tmp_path):
    """Every app on the machine writes its map data into one folder. A server keeps telling its
    pages the URL of its store's file, so other stores' new files must not remove it (they did:
    the pages of a running app then drew nothing); only the same store's older versions go."""
    import os
    import time

    from dashboard.map_view import MapFiles

    folder = tmp_path / "map-data"
    ours, theirs = MapFiles(folder), MapFiles(folder)  # two app processes
    built = []

    def build():
        built.append(1)
        return MapBundle.encode(SEED)

    url, header = ours.publish("v1", build, store="ours")
    for version in ("v1", "v2", "v3", "v4"):
        theirs.publish(version, build, store="theirs")
    assert ours.publish("v1", build, store="ours") == (url, header) and len(built) == 5
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["ours_v1-0.json", "ours_v1.bin", "ours_v1.bin.gz", "theirs_v3-0.json", "theirs_v3.bin",
                     "theirs_v3.bin.gz", "theirs_v4-0.json", "theirs_v4.bin", "theirs_v4.bin.gz"], names
    # A file taken away behind the server's back (a cleaned cache) is written again on the next request.
    (folder / "ours_v1.bin").unlink()
    assert ours.publish("v1", build, store="ours") == (url, header) and len(built) == 6
    assert (folder / "ours_v1.bin").exists()
    # A store nobody has asked about for longer than ``idle`` goes when another store writes.
    week_ago = time.time() - 8 * 86400
    for p in folder.glob("ours_*"):
        os.utime(p, (week_ago, week_ago))
    theirs.publish("v5", build, store="theirs")
    assert sorted(p.name for p in folder.glob("*.bin")) == ["theirs_v4.bin", "theirs_v5.bin"]
    # Over the folder's budget, stores unused for the longest go first, but not one in use lately.
    tight = MapFiles(folder, budget=1, busy=3600)
    tight.publish("v1", build, store="big")
    assert sorted(p.name for p in folder.glob("*.bin")) == ["big_v1.bin", "theirs_v4.bin", "theirs_v5.bin"]
    hour_ago = time.time() - 3700
    for p in folder.glob("theirs_*"):
        os.utime(p, (hour_ago, hour_ago))
    tight.publish("v2", build, store="big")
    assert sorted(p.name for p in folder.glob("*.bin")) == ["big_v1.bin", "big_v2.bin"]


def test_every_data_folder_served_keeps_its_own_map_file(tmp_path, monkeypatch):
    """What a page asks for: the map URL of one data folder still names a file after three other
    data folders' maps were published on the same machine."""
    import shutil

    from dashboard import shared_views
    from dashboard.shared_views import StoreVersion
    from dashboard.store import Store

    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    shared_views.map_files.cache_clear()
    try:
        urls = []
        for k in range(4):  # four copies of the seed store: four data folders
            folder = tmp_path / f"store{k}"
            shutil.copytree(ROOT / "data", folder, ignore=shutil.ignore_patterns("borders", "gazetteer", "*.db*"))
            urls.append(StoreVersion(folder, Store(folder).version()).map_data()[0])
        served = tmp_path / "cache" / "strikemap" / "map-data"
        assert len(set(urls)) == 4 and all((served / url.rsplit("/", 1)[1]).exists() for url in urls), urls
    finally:
        shared_views.map_files.cache_clear()


def test_the_map_data_has_a_gzipped_copy_written_once(tmp_path):
    """A first visit downloads the data gzipped once per store version (the server sends a gzip file
    as it is, rather than compressing 14 MB again for each visitor); a file an earlier version wrote
    without its copy gets one on the next request, and the copy unpacks to the file."""
    import gzip

    from dashboard.map_view import MapFiles

    files = MapFiles(tmp_path)
    url, _ = files.publish("v1", lambda: MapBundle.encode(SEED), store="s")
    path = tmp_path / url.rsplit("/", 1)[1]
    assert gzip.decompress((tmp_path / (path.name + ".gz")).read_bytes()) == path.read_bytes()
    for publisher in (files, MapFiles(tmp_path)):  # this process, then another one
        (tmp_path / (path.name + ".gz")).unlink()
        publisher.publish("v1", lambda: pytest.fail("built again"), store="s")
        assert gzip.decompress((tmp_path / (path.name + ".gz")).read_bytes()) == path.read_bytes()


def test_a_large_maps_text_is_written_after_its_data_file(tmp_path):
    """The page that encodes a large store gets its map's URL once the data file is written, while
    the popups' text (most of a million events' encoding) is still being made; the text and the
    gzipped copy follow, and a data file left without its text's last chunk (a process that
    stopped while writing it) has its text written again by the next run, in any process."""
    import threading

    from dashboard.map_view import MapFiles

    release, built = threading.Event(), []

    def build():
        built.append(1)
        bundle = MapBundle.arrays(SEED)
        text = list(bundle.chunks)

        def chunks():
            release.wait(30)
            yield from text
        return MapBundle(bundle.header, bundle.binary, chunks(), later=True)

    files = MapFiles(tmp_path)
    url, header = files.publish("v1", build, store="s")
    path = tmp_path / url.rsplit("/", 1)[1]
    assert path.exists() and not (tmp_path / "s_v1-0.json").exists()
    assert files.publish("v1", build, store="s") == (url, header) and len(built) == 1  # no second writer
    release.set()
    files.wait()
    assert json.loads((tmp_path / "s_v1-0.json").read_text(encoding="utf-8")) == \
        json.loads(MapBundle.encode(SEED).chunks[0])
    assert (tmp_path / "s_v1.bin.gz").exists()
    (tmp_path / "s_v1-0.json").unlink()
    MapFiles(tmp_path).publish("v1", build, store="s")
    files.wait()
    assert (tmp_path / "s_v1-0.json").exists() and len(built) == 2
