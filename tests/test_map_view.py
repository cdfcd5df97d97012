"""The map's data: compact, complete, and inert whatever the reports say."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard import events as schema
from dashboard.map_view import SHAPE_NAMES, build_map, map_payload, payload_json, weapon_shape

ROOT = Path(__file__).resolve().parent.parent
SEED = schema.read_csv(ROOT / "data" / "events.csv")


def test_payload_has_one_point_per_event_with_its_figures():
    data = map_payload(SEED)
    assert data["n"] == len(SEED) == len(data["lat"]) == len(data["ids"]) // 16
    i = data["ids"].index(SEED.loc[SEED["place"] == "Kyiv", "event_id"].iloc[0]) // 16
    killed = dict(zip(data["counts"]["killed"]["i"], data["counts"]["killed"]["v"]))
    assert killed[i] == 1
    assert i not in dict(zip(data["counts"]["drones_launched"]["i"], data["counts"]["drones_launched"]["v"]))
    place = data["text"]["place"]
    assert place["values"][place["codes"][i]] == "Kyiv"


def test_precision_of_each_point_is_sent():
    data = map_payload(SEED)
    prec = {place: data["precisions"][p] for place, p in zip(SEED["place"], data["prec"])}
    assert prec["Podilskyi"] == "district" and prec["Kyiv"] == "city" and prec["Belgorod Oblast"] == "region"
    assert data["ring_metres"] > 0


def test_columns_with_one_value_send_no_codes():
    data = map_payload(SEED)
    assert data["text"]["source_url"] == {"values": [""], "codes": None}  # the seed's URL is unknown
    assert data["text"]["date_precision"]["codes"] is not None  # day and approx


def test_weapon_shapes():
    assert SHAPE_NAMES[weapon_shape("ballistic missile;drone")] == "missile or rocket"
    assert SHAPE_NAMES[weapon_shape("drone")] == "drone"
    assert SHAPE_NAMES[weapon_shape("")] == "weapon not stated"


def test_script_breaking_text_cannot_close_the_script_element():
    hostile = SEED.copy()
    hostile.loc[0, "evidence"] = "</script><script>alert(1)</script>"
    hostile.loc[0, "source_url"] = "javascript:alert(1)"
    text = payload_json(map_payload(hostile))
    assert "</script>" not in text
    data = json.loads(text)
    assert "javascript:" not in json.dumps(data["text"]["source_url"])
    evidence = data["text"]["evidence"]
    assert evidence["values"][evidence["codes"][0]] == "</script><script>alert(1)</script>"


def test_map_html_serves_leaflet_locally():
    html = build_map(SEED).get_root().render()
    assert "leaflet_assets/leaflet.js" in html and "jquery_assets/jquery.min.js" in html
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html


def test_merged_events_tell_how_many_reports_and_whether_they_disagree():
    merged = SEED.copy()
    merged.loc[0, "source_count"] = 3
    merged.loc[0, "sources_disagree"] = True
    merged.loc[0, "figures_rule"] = "figures from the most official, then latest of 3 reports"
    data = map_payload(merged)
    sources = data["text"]["sources"]
    assert sources["values"][sources["codes"][0]] == "3 (sources disagree)"
