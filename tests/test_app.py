"""The dashboard script through Streamlit's AppTest: filters, totals, URL parameters, downloads."""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.runtime.state.session_state import STREAMLIT_INTERNAL_KEY_PREFIX
from streamlit.testing.v1 import AppTest

from dashboard import events as schema

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
SEED_EVENTS = schema.read_csv(ROOT / "data" / "events.csv")
KYIV = SEED_EVENTS.loc[SEED_EVENTS["place"] == "Kyiv", "event_id"].iloc[0]


@pytest.fixture(autouse=True)
def seed_store(monkeypatch):
    """The app reads the shipped seed store (these tests never save)."""
    monkeypatch.setenv("STRIKEMAP_DATA", str(ROOT / "data"))


def start(**params: str) -> AppTest:
    """The app opened on these URL parameters, on the Events tab unless they name another (only the
    open tab is computed)."""
    at = AppTest.from_file(APP, default_timeout=60)
    params.setdefault("tab", "events")
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def metric(at: AppTest, label: str) -> str:
    """A figure of the view, as the figures' element shows it under ``label``."""
    found = [f[label] for f in (figures(m.value) for m in at.markdown) if label in f]
    assert found, f"no figure {label!r}"
    return found[0]


def figures(markup: str) -> dict[str, str]:
    """label -> value of the figures in one element (none in any other)."""
    pairs = re.findall(r'<div style="font-size:0\.875rem[^"]*">([^<]*)</div><div style="font-size:2rem[^"]*">([^<]*)<',
                       markup)
    return {html.unescape(label): html.unescape(value) for label, value in pairs}


def places(at: AppTest) -> list[str]:
    return sorted(at.dataframe[0].value["place"])


def test_loads_the_seed_events_without_errors():
    at = start()
    assert not at.exception
    assert metric(at, "Events") == "7"
    assert metric(at, "Killed") == "2"
    assert metric(at, "Injured") == "4"
    assert metric(at, "Children among casualties") == "1"
    assert metric(at, "Missiles launched / intercepted") == "7 / 6"
    assert metric(at, "Drones launched / intercepted") == "— / 71"  # launched was never reported
    assert metric(at, "Interception rate") == "86%"
    assert len(at.dataframe[0].value) == 7


def test_side_filter_changes_rows_totals_and_url():
    at = start()
    at.multiselect(key="sides").set_value(["Ukraine"]).run()
    assert metric(at, "Events") == "1"
    assert metric(at, "Killed") == "1"
    assert places(at) == ["Belgorod Oblast"]
    assert at.query_params["side"] in ("ukraine", ["ukraine"])


def test_district_rows_never_add_to_the_city_casualties():
    at = start(region="Kyiv City")
    assert metric(at, "Events") == "5"  # Kyiv and four districts
    assert metric(at, "Injured") == "4"


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"side": "russia"}, ["Holosiivskyi", "Kryvyi Rih", "Kyiv", "Obolonskyi", "Podilskyi", "Sviatoshynskyi"]),
        ({"start": "2025-02-11", "end": "2025-02-11"}, ["Kryvyi Rih"]),
        ({"weapon": "drone"}, ["Belgorod Oblast", "Kyiv"]),
        ({"region": "Belgorod Oblast"}, ["Belgorod Oblast"]),
        ({"q": "obolon"}, ["Obolonskyi"]),
        ({"min_casualties": "2"}, ["Kyiv"]),
        ({"side": "russia", "weapon": "ballistic missile", "min_casualties": "1"}, ["Kyiv"]),
    ],
)
def test_url_parameters_filter_the_view(params, expected):
    at = start(**params)
    assert not at.exception and not at.warning
    assert places(at) == expected


@pytest.mark.parametrize(
    "params",
    [{"side": "martians"}, {"start": "not-a-date"}, {"start": "2025-02-12", "end": "2025-02-01"},
     {"side": "x" * 5000}, {"weapon": "laser"}, {"region": "Atlantis"}, {"min_casualties": "-3"},
     {"min_casualties": "lots"}, {"event": "does-not-exist"}, {"start": "2025-13-45"}],
)
def test_bad_or_stale_parameters_fall_back_with_a_notice(params):
    at = start(**params)
    assert not at.exception
    assert at.warning
    assert metric(at, "Events") == "7"


def test_event_permalink_shows_the_event_details():
    at = start(event=KYIV)
    assert not at.exception
    texts = " ".join(m.value for m in at.markdown)
    assert "Selected event: Kyiv" in texts
    assert "resulted in one fatality" in texts


def test_permalink_outside_the_filters_says_why_instead_of_showing_it():
    belgorod = SEED_EVENTS.loc[SEED_EVENTS["place"] == "Belgorod Oblast", "event_id"].iloc[0]
    at = start(event=belgorod, side="russia")
    assert not at.exception
    assert "Belgorod Oblast" not in places(at)
    note = " ".join(i.value for i in at.info)
    assert "outside these filters" in note and "struck by Ukraine" in note
    assert not any("Selected event" in m.value for m in at.markdown)


def test_counts_say_dash_when_not_reported_and_zero_when_reported_none():
    at = start(start="2025-02-11", end="2025-02-11")  # Kryvyi Rih: the report gives no casualty figures
    assert metric(at, "Events") == "1"
    assert metric(at, "Killed") == "—" and metric(at, "Injured") == "—"
    assert any("**1 event**" in m.value for m in at.markdown)  # singular


def test_table_has_human_column_names():
    at = start(tab="events")
    labels = {col: c.get("label") for col, c in json.loads(at.dataframe[0].proto.columns).items()}
    assert labels["attacker"] == "Struck by" and labels["missiles_launched"] == "Missiles launched"
    assert set(labels) >= set(at.dataframe[0].value.columns)  # every column has a name a reader understands
    assert all(label and "_" not in label for col, label in labels.items() if col != "_index"), labels


def test_downloads_are_offered_for_the_filtered_view():
    at = start(side="ukraine")
    buttons = {b.label: b for b in at.get("download_button")}
    assert set(buttons) == {"Download CSV", "Download GeoJSON", "Download ACLED CSV"}
    assert all(not b.disabled for b in buttons.values())


def test_table_keeps_unreported_counts_empty():
    at = start()
    table = at.dataframe[0].value.set_index("place")
    assert pd.isna(table.loc["Kryvyi Rih", "killed"])
    assert table.loc["Kyiv", "killed"] == 1


def test_an_empty_data_folder_shows_an_empty_map(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    at = start()
    assert not at.exception
    assert metric(at, "Events") == "0"
    assert any("No events match" in i.value for i in at.info)


def feed_data(at: AppTest) -> dict:
    """What the feed's element draws: its cards, the total, the selected event."""
    (element,) = [e for e in at.get("bidi_component") if e.proto.component_name == "strikemap_feed"]
    return json.loads(element.proto.json)


def click_show_on_map(at: AppTest, event_id: str) -> AppTest:
    """A "Show on map" click in the feed, as the browser sends it: the component's trigger."""
    (element,) = [e for e in at.get("bidi_component") if e.proto.component_name == "strikemap_feed"]
    states = at._tree.get_widget_states()
    trigger = states.widgets.add()
    trigger.id = f"{STREAMLIT_INTERNAL_KEY_PREFIX}_{element.proto.id}__events"
    trigger.json_trigger_value = json.dumps([{"event": "show", "value": event_id}])
    return at._run(states)


def test_feed_lists_newest_first_and_a_click_shows_the_event():
    at = start()
    feed = feed_data(at)
    assert feed["total_text"] == "7 events" and not feed["selected"] and not feed["more"]
    cards = [c["html"] for c in feed["cards"]]
    assert len(cards) == 7
    assert cards[0].startswith("<strong>2025-02-12") and cards[-1].startswith("<strong>2025-02-11 · Kryvyi Rih")
    assert all(f"?event={c['id']}" in c["html"] for c in feed["cards"])  # each card's permalink
    click_show_on_map(at, KYIV)
    assert at.query_params["event"] in (KYIV, [KYIV])
    assert any("Selected event: Kyiv" in m.value for m in at.markdown)
    assert feed_data(at)["selected"] == KYIV  # its card is marked


def test_timeline_follows_the_map_then_switches_between_days_weeks_and_months():
    at = start(tab="timeline")
    assert any("Drawing the chart" in c.value for c in at.caption)  # the first run leaves it to the next
    at.run()
    assert '"yearmonthdate"' in at.get("vega_lite_chart")[0].proto.spec
    at.segmented_control(key="step").set_value("week").run()
    assert not at.exception
    assert '"yearweek"' in at.get("vega_lite_chart")[0].proto.spec


def test_share_link_holds_the_view():
    at = start(side="russia")
    (element,) = [e for e in at.get("bidi_component") if e.proto.component_name == "strikemap_share"]
    url = json.loads(element.proto.json)["url"]
    assert "side=russia" in url and "tab=events" in url


def test_feed_cards_escape_what_reports_say():
    from dashboard.feed_view import feed_cards

    row = SEED_EVENTS.iloc[[0]].copy()
    row["place"], row["source_url"] = "<img src=x onerror=alert(1)>", 'https://example.org/a"><script>'
    (card,) = feed_cards(row)
    assert "<img" not in card["html"] and "&lt;img" in card["html"]
    assert '"><script>' not in card["html"] and "%22%3E%3Cscript%3E" in card["html"]


def test_quick_range_keeps_the_latest_days_and_its_link_follows_the_data():
    at = start(range="1d")
    assert metric(at, "Events") == "6"  # 2025-02-12 only
    assert at.query_params["range"] in ("1d", ["1d"]) and "start" not in at.query_params
    at.date_input(key="dates").set_value((date(2025, 2, 11), date(2025, 2, 11))).run()
    assert metric(at, "Events") == "1"
    assert "range" not in at.query_params and at.query_params["end"] in ("2025-02-11", ["2025-02-11"])


def test_this_map_view_only_limits_figures_table_and_downloads():
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["inview"] = "1"
    at.query_params["tab"] = "events"
    at.session_state["strike_map"] = {"bounds": {"_southWest": {"lat": 50.2, "lng": 30.2},
                                                 "_northEast": {"lat": 50.7, "lng": 30.8}}}
    at.run()
    assert metric(at, "Events") == "5"  # Kyiv and its districts
    assert set(at.dataframe[0].value["admin1"]) == {"Kyiv City"}
    assert any("5 events** in this map view" in m.value for m in at.markdown)


@pytest.mark.parametrize("name, lat, zoom", [("Kharkov", "49.9818", "11"), ("Харків", "49.9818", "11"),
                                             ("Holosiivskyi", "50.3670", "12"), ("Donetsk oblast", "48.0953", "7")])
def test_place_search_moves_the_map_there(name, lat, zoom):
    at = start()
    at.text_input(key="goto").set_value(name).run()
    assert not at.exception
    assert at.query_params["lat"] in (lat, [lat]) and at.query_params["zoom"] in (zoom, [zoom])
    assert any("Showing" in c.value for c in at.caption)


def test_place_search_says_when_nothing_is_found():
    at = start()
    at.text_input(key="goto").set_value("Zzyzx").run()
    assert "lat" not in at.query_params
    assert any("No place called 'Zzyzx' was found" in c.value for c in at.caption)


def test_totals_by_region_keep_unreported_figures_empty():
    at = start(tab="regions")
    table = next(d for d in at.dataframe if "Region" in d.value.columns).value.set_index("Region")
    assert table.loc["Kyiv City", "Events"] == 5 and table.loc["Kyiv City", "Injured"] == "4"
    assert table.loc["Dnipropetrovsk Oblast", "Killed"] == "—" and table.loc["Belgorod Oblast", "Killed"] == "1"


def test_the_pages_first_run_imports_no_chart_library_it_does_not_draw():
    """Altair draws only the Air Force's charts in a tab not open by default; importing it with the
    page cost every server's first page 0.7 s."""
    script = ("import sys; from streamlit.testing.v1 import AppTest; "
              f"at = AppTest.from_file({APP!r}, default_timeout=60).run(); "
              "print(bool(at.exception), 'altair' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "STRIKEMAP_DATA": str(ROOT / "data")})
    assert out.stdout.split()[-2:] == ["False", "False"]
