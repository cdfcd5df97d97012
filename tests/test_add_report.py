"""The Add report page through AppTest: paste, preview, correct, save; the map shows it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.db import SQLITE_NAME
from dashboard.store import Store

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "dashboard" / "pages" / "add_report.py")
APP = str(ROOT / "dashboard" / "app.py")
TEXT = ("Russian drones struck Kharkiv overnight, injuring three people, Mayor Ihor Terekhov said. "
        "Separately, a missile hit the village of Zzyzxivka.")


@pytest.fixture()
def data(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    monkeypatch.setenv("STRIKEMAP_EDITING", "open")
    return tmp_path


def paste(text: str) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="text").set_value(text)
    at.date_input(key="published").set_value(date(2025, 3, 4))
    at.text_input(key="title").set_value("City council statement")
    return at.run()


def test_preview_shows_events_and_warnings_before_anything_is_stored(data):
    at = paste(TEXT)
    assert not at.exception
    assert at.subheader[0].value == "1 event found"
    assert any("Zzyzxivka" in w.value for w in at.warning)
    assert not (data / SQLITE_NAME).exists()


def test_corrections_then_save_reach_the_map(data):
    at = paste(TEXT)
    at.session_state["editor"] = {"edited_rows": {0: {"injured": 4, "place": "Kharkov"}}, "added_rows": [],
                                  "deleted_rows": []}
    at.run()
    at.button(key="save").click().run()
    assert not at.exception
    assert "Saved" in at.success[0].value
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params["tab"] = "events"  # the table: only the open tab is drawn
    app.run()
    assert not app.exception
    table = app.dataframe[0].value
    assert list(table["place"]) == ["Kharkiv"] and table.iloc[0]["injured"] == 4
    assert [r["title"] for r in Store(data).reports()] == ["City council statement"]


def test_a_place_that_cannot_be_found_is_left_as_it_was(data):
    at = paste(TEXT)
    at.session_state["editor"] = {"edited_rows": {0: {"place": "Atlantis"}}, "added_rows": [], "deleted_rows": []}
    at.run()
    assert any("'Atlantis' was not found" in w.value for w in at.warning)


@pytest.mark.parametrize("text, message", [("   ", None), ("12345 !!!", "no readable text")])
def test_empty_or_unreadable_text_saves_nothing(data, text, message):
    at = paste(text)
    assert not at.exception
    if message:
        assert message in at.error[0].value
    assert not at.get("button")


def test_a_report_without_strikes_says_so(data):
    at = paste("Diplomats met in Geneva to discuss a ceasefire.")
    assert "No strike events" in at.info[0].value


@pytest.mark.parametrize("text, place, side", [
    ("Вчора ввечері ВСУ обстреляли город Шебекино Белгородской области. Погибла женщина, трое ранены.",
     "Shebekino", "Ukraine"),
    ("Уночі російські дрони атакували Суми, поранено двох людей.", "Sumy", "Russia"),
])
def test_ukrainian_and_russian_reports_are_read_and_saved(data, text, place, side):
    at = paste(text)
    assert not at.exception
    assert at.subheader[0].value == "1 event found"
    at.button(key="save").click().run()
    assert not at.exception
    stored = Store(data).events()
    assert list(stored["place"]) == [place] and list(stored["attacker"]) == [side]
