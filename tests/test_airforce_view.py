"""The Air Force's night figures on the dashboard: totals that never count a night twice, and the
popup's lines for a strike's night."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd

from dashboard.airforce_view import by_night, by_weapon_type, night_notes, with_night_figures
from dashboard.bench import synthetic_events
from dashboard.columnar import MapBundle

COLUMNS = ("record_id", "night", "model", "weapon_type", "launched", "shot_down", "not_reached", "regions",
           "source", "national")


def _records(*rows) -> pd.DataFrame:
    frame = pd.DataFrame([dict(zip(COLUMNS, row)) for row in rows], columns=list(COLUMNS))
    for name in ("launched", "shot_down", "not_reached"):
        frame[name] = pd.array(frame[name].tolist(), dtype="Int64")
    return frame


RECORDS = _records(
    ("a", date(2025, 6, 2), "Shahed-136/131", "drone", 80, 52, 20, ["Ukraine"], "kpszsu/posts/1", True),
    ("b", date(2025, 6, 2), "Iskander-M", "ballistic missile", 3, 0, None, ["Ukraine"], "kpszsu/posts/1", True),
    # The south's share of the same night: part of the national figures, never added to them.
    ("c", date(2025, 6, 2), "Shahed-136/131", "drone", 30, 25, None, ["Odesa oblast"], "PvKPivden/posts/2", False),
    # A night only a regional command reported: its figures are the night's.
    ("d", date(2025, 7, 12), "Shahed-136/131", "drone", 7, 6, None, ["south"], "PvKPivden/posts/3", False),
)


def _figures(frame: pd.DataFrame, *keys: str) -> dict:
    return {(*(row[k] for k in keys), row["figure"]): row["count"] for _, row in frame.iterrows()}


def test_a_night_counts_its_national_summary_and_not_the_regional_one_again():
    nights = _figures(by_night(RECORDS), "night")
    assert nights[(pd.Timestamp("2025-06-02"), "launched")] == 83
    assert nights[(pd.Timestamp("2025-06-02"), "shot down")] == 52
    assert nights[(pd.Timestamp("2025-07-12"), "launched")] == 7


def test_monthly_figures_by_weapon_type():
    types = _figures(by_weapon_type(RECORDS), "month", "weapon_type")
    assert types[(pd.Timestamp("2025-06-01"), "drone", "launched")] == 80
    assert types[(pd.Timestamp("2025-06-01"), "ballistic missile", "shot down")] == 0
    assert types[(pd.Timestamp("2025-07-01"), "drone", "shot down")] == 6


def test_an_empty_store_gives_empty_charts():
    assert by_night(RECORDS.iloc[0:0]).empty and by_weapon_type(RECORDS.iloc[0:0]).empty


def test_a_strikes_popup_gets_its_nights_national_figures_beside_its_own():
    events = synthetic_events(2).assign(drones_launched=[5, None], drones_intercepted=[4, None])
    first, second = events["event_id"]
    links = pd.concat([RECORDS.iloc[[0, 1, 2]].assign(event_id=first), RECORDS.iloc[[3]].assign(event_id=second)])
    notes = with_night_figures(pd.DataFrame({"source_figures": ["two reports"], "history": [""]},
                                            index=pd.Index([first], name="event_id")), links)
    lines = notes.loc[first, "night_figures"].split("\n")
    assert lines == ["Shahed-136/131: 80 launched, 52 shot down, 20 lost in location (night to 02 Jun 2025; "
                     "all Ukraine; kpszsu)",
                     "Iskander-M: 3 launched, 0 shot down (night to 02 Jun 2025; all Ukraine; kpszsu)"]
    assert "regional command, south" in notes.loc[second, "night_figures"]
    assert notes.loc[first, "source_figures"] == "two reports" and notes.loc[second, "source_figures"] == ""
    text = json.loads(MapBundle.encode(events, notes).chunks[0])
    assert text["night_figures"][0] == notes.loc[first, "night_figures"]
    assert text["drones_launched"][0] == 5  # the place's own figure stays its own
    assert night_notes(links.iloc[0:0]).empty
