"""The dashboard script through Streamlit's AppTest: it loads, filters, and survives bad URLs."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


def start(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_loads_the_seed_events_without_errors():
    at = start()
    assert not at.exception
    assert metric(at, "Events") == "7"
    assert metric(at, "Killed") == "2"
    assert metric(at, "Injured") == "4"
    assert len(at.dataframe[0].value) == 7


def test_side_filter_changes_rows_and_totals():
    at = start()
    at.multiselect(key="sides").set_value(["Ukraine"]).run()
    assert metric(at, "Events") == "1"
    assert metric(at, "Killed") == "1"
    assert list(at.dataframe[0].value["place"]) == ["Belgorod Oblast"]
    assert at.query_params["side"] in ("ukraine", ["ukraine"])


def test_side_from_the_url_is_applied():
    at = start(side="russia")
    assert metric(at, "Events") == "6"
    assert metric(at, "Injured") == "4"


def test_date_filter_from_the_url():
    at = start(start="2025-02-11", end="2025-02-11")
    assert metric(at, "Events") == "1"
    assert list(at.dataframe[0].value["place"]) == ["Kryvyi Rih"]


@pytest.mark.parametrize(
    "params",
    [{"side": "martians"}, {"start": "not-a-date"}, {"start": "2025-02-12", "end": "2025-02-01"}, {"side": "x" * 5000}],
)
def test_bad_parameters_fall_back_with_a_notice(params):
    at = start(**params)
    assert not at.exception
    assert at.warning and "Ignored" in at.warning[0].value
    assert metric(at, "Events") == "7"
