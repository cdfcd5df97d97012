"""The app's writable store: a user data folder seeded from the shipped events, never the repository's data/."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.store import Store
from dashboard import ui
from test_app import metric

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
PAGE = str(ROOT / "dashboard" / "pages" / "add_report.py")


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return h.hexdigest()


@pytest.fixture()
def user_home(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEMAP_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    return tmp_path / "strikemap"


def test_the_default_store_is_a_seeded_user_folder(user_home):
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert metric(at, "Events") == "7"
    assert (user_home / "events.csv").read_bytes() == (ROOT / "data" / "events.csv").read_bytes()
    assert (user_home / "reports").is_dir() and not (user_home / "gazetteer").exists()


def test_saving_a_report_writes_to_the_user_folder_and_says_where(user_home, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_EDITING", "open")
    shipped = digest(ROOT / "data")
    at = AppTest.from_file(PAGE, default_timeout=60).run()
    at.text_area(key="text").set_value("Russian drones struck Kharkiv overnight, injuring three people.")
    at.date_input(key="published").set_value(date(2025, 3, 4))
    at.run()
    at.button(key="save").click().run()
    assert not at.exception
    assert "Saved" in at.success[0].value and str(user_home) not in at.success[0].value.replace("\\", "")
    assert any("SQLite database in the app's data folder" in c.value.replace("\\", "") for c in at.caption)
    assert "Kharkiv" in set(Store(user_home).events()["place"])
    assert digest(ROOT / "data") == shipped  # the shipped store is untouched
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert metric(app, "Events") == "8"


def test_strikemap_data_names_the_store(tmp_path, monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "mine"))
    assert ui.data_folder() == tmp_path / "mine"


def test_an_unwritable_user_folder_falls_back_to_the_shipped_events_read_only(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEMAP_DATA", raising=False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert ui.data_folder() == ui.shipped_data() == ROOT / "data"
