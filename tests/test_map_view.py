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
    assert data["n"] == len(SEED) == len(data["lat"]) == len(data["id"])
    i = data["id"].index(SEED.loc[SEED["place"] == "Kyiv", "event_id"].iloc[0])
    killed = dict(zip(data["counts"]["killed"]["i"], data["counts"]["killed"]["v"]))
    assert killed[i] == 1
    assert i not in dict(zip(data["counts"]["drones_launched"]["i"], data["counts"]["drones_launched"]["v"]))
    place = data["text"]["place"]
    assert place["values"][place["codes"][i]] == "Kyiv"


def test_region_points_carry_a_ring_and_districts_are_marked():
    data = map_payload(SEED)
    ring = dict(zip(SEED["place"], data["ring"]))
    prec = dict(zip(SEED["place"], data["prec"]))
    assert ring["Belgorod Oblast"] > 0 and ring["Kyiv"] == 0
    assert prec["Podilskyi"] == 0 and prec["Kyiv"] == 1 and prec["Belgorod Oblast"] == 2


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
    assert data["text"]["evidence"]["values"][data["text"]["evidence"]["codes"][0]] == "</script><script>alert(1)</script>"


def test_map_html_serves_leaflet_locally():
    html = build_map(SEED).get_root().render()
    assert "cdn" not in html.lower().split("tile.openstreetmap")[0] or "leaflet_assets/leaflet.js" in html
    assert "leaflet_assets/leaflet.js" in html and "jquery_assets/jquery.min.js" in html
    assert "cdn.jsdelivr" not in html and "code.jquery.com" not in html
