"""The seed report, as design.md's seed table says the map must show it."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from geopy.distance import distance

from dashboard.extract import extract

GOLD = json.loads((Path(__file__).parent / "gold" / "seed_000.json").read_text(encoding="utf-8"))
COUNTS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted", "drones_launched", "drones_intercepted")


@pytest.fixture(scope="module")
def events(seed_report, geocoder):
    return {e.place: e for e in extract(seed_report, geocoder).events}


def test_exactly_the_seven_struck_places(events):
    assert sorted(events) == sorted(g["place"] for g in GOLD["events"])


@pytest.mark.parametrize("gold", GOLD["events"], ids=lambda g: g["place"])
def test_event_matches_gold(events, gold, seed_report):
    ev = events[gold["place"]]
    assert ev.geo_precision == gold["geo_precision"]
    assert ev.event_date == date.fromisoformat(gold["event_date"])
    assert ev.attacker == gold["attacker"]
    if "attacker_basis" in gold:
        assert ev.attacker_basis == gold["attacker_basis"]
    assert ev.admin1 == gold["admin1"]
    assert ev.country == gold["country"]
    assert ev.district_of == gold.get("district_of", "")
    if "latitude" in gold:
        assert distance((ev.latitude, ev.longitude), (gold["latitude"], gold["longitude"])).km <= 3
    for key in COUNTS:
        if key in gold:
            assert getattr(ev, key) == gold[key], key
    for weapon in gold.get("weapons_include", []):
        assert weapon in ev.weapons.split(";")
    if "damage_include" in gold:
        assert gold["damage_include"] in ev.damage
    if "reported_by_include" in gold:
        assert gold["reported_by_include"] in ev.reported_by
    for phrase in gold["evidence_include"]:
        assert phrase in ev.evidence
    for sentence in ev.evidence.split("\n"):
        assert sentence in seed_report.text


def test_belgorod_region_point_lies_in_the_region_not_on_its_capital(events):
    ev = events["Belgorod Oblast"]
    # Belgorod Oblast spans roughly 49.8-51.5 N, 35.3-39.3 E.
    assert 49.8 <= ev.latitude <= 51.5 and 35.3 <= ev.longitude <= 39.3
    assert distance((ev.latitude, ev.longitude), (50.5954, 36.5873)).km > 10


def test_districts_share_the_attack_of_their_city_and_do_not_repeat_its_casualties(events):
    kyiv = events["Kyiv"]
    for name in ("Holosiivskyi", "Podilskyi", "Sviatoshynskyi", "Obolonskyi"):
        ev = events[name]
        assert ev.attack_id == kyiv.attack_id
        assert ev.killed is None and ev.injured is None and ev.missiles_launched is None
    assert events["Kryvyi Rih"].attack_id != kyiv.attack_id


def test_context_places_are_not_events(events):
    for name in ("Kursk Oblast", "Munich", "Moscow", "Ukraine", "Russia", "United States", "Dnipropetrovsk Oblast", "Belgorod"):
        assert name not in events


def test_ids_are_stable_across_runs(seed_report, geocoder, events):
    again = {e.place: e.event_id for e in extract(seed_report, geocoder).events}
    assert again == {p: e.event_id for p, e in events.items()}
