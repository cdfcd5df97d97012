"""Corrections with a history, and figures that keep their sources."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import cli
from dashboard.db.files import read_file_store
from dashboard.edits import EditError, disagreements, event_notes, parse_assignments, resolve
from dashboard.events import Report
from dashboard.extract import extract
from dashboard.columnar import MapBundle
from dashboard.store import Store, StoreError
from dashboard.ui import seed_store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
PAGE = str(ROOT / "dashboard" / "pages" / "add_report.py")
KYIV = "b37e01cca8dec855"  # the seed's Kyiv strike: 1 killed, 4 injured, Mayor Vitali Klitschko
INVENTED = "Russian missiles struck Kyiv overnight. 500 killed and 900 injured, Mayor Vitali Klitschko said."


@pytest.fixture()
def seeded(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    seed_store(folder)
    monkeypatch.setenv("STRIKEMAP_DATA", str(folder))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    monkeypatch.setenv("STRIKEMAP_EDITING", "open")
    return folder


def kyiv(store: Store):
    events = store.events()
    return events[events["event_id"] == KYIV].iloc[0]


def test_an_edit_keeps_who_when_what_and_why_and_can_be_reverted(tmp_path, store_url, geocoder):
    store = Store(tmp_path, url=store_url)
    store.replace_with(read_file_store(ROOT / "data"))
    made = store.edit(KYIV, resolve(parse_assignments(["killed=2", "place=Kharkov", "side=russia"]), geocoder),
                      note="the city was misread", editor="olena")
    assert {m["field"] for m in made} >= {"killed", "place", "latitude", "admin1"}
    assert (kyiv(store)["place"], kyiv(store)["killed"], kyiv(store)["admin1"]) == ("Kharkiv", 2, "Kharkiv Oblast")
    [edit] = [h for h in store.history(KYIV) if h["field"] == "killed"]
    assert (edit["editor"], edit["note"], edit["old"], edit["new"]) == ("olena", "the city was misread", "1", "2")
    store.revert(int(edit["edit_id"]), editor="taras")
    assert (kyiv(store)["place"], kyiv(store)["killed"], kyiv(store)["latitude"]) == ("Kyiv", 1, 50.45466)
    again = Store(tmp_path, url=store_url)  # a restarted app reads the same history
    assert [h["editor"] for h in again.history(KYIV) if h["field"] == "killed"] == ["olena", "taras"]


def test_a_revert_that_would_undo_a_later_correction_is_refused(tmp_path):
    store = Store(tmp_path)
    store.replace_with(read_file_store(ROOT / "data"))
    first = store.edit(KYIV, {"killed": 2}, note="a", editor="olena")[0]["edit_id"]
    store.edit(KYIV, {"killed": 3}, note="b", editor="taras")
    with pytest.raises(StoreError, match="changed again by edit 2"):
        store.revert(first)
    assert kyiv(store)["killed"] == 3


@pytest.mark.parametrize("pair, message", [("killed=-1", "whole number"), ("side=Mars", "not one of"),
                                           ("weapons=laser", "not among"), ("date=yesterday", "not a date"),
                                           ("evidence=x", "cannot be edited"), ("killed", "FIELD=VALUE"),
                                           ("place=Atlantis", "not found")])
def test_bad_edits_are_refused_with_the_reason(pair, message, geocoder):
    with pytest.raises(EditError, match=message):
        resolve(parse_assignments([pair]), geocoder)


def test_the_command_line_edits_shows_history_and_reverts(seeded, capsys):
    assert cli.main(["edit", KYIV, "injured=5", "--note", "hospital update", "--editor", "olena"]) == 0
    assert "edit 1: injured 4 -> 5" in capsys.readouterr().out
    assert cli.main(["edit", KYIV, "injured=6"]) == 2  # no note, no change
    assert cli.main(["edit", "--revert", "1", "--editor", "taras"]) == 0
    assert cli.main(["edit", KYIV]) == 0
    out = capsys.readouterr().out
    assert "olena: injured 4 → 5 (hospital update) [edit 1]" in out
    assert "taras: injured 5 → 4 (revert of edit 1) [edit 2, reverting edit 1]" in out
    assert kyiv(Store(seeded))["injured"] == 4


def test_an_export_to_files_keeps_editors_and_edit_ids(seeded, tmp_path):
    store = Store(seeded)
    store.edit(KYIV, {"killed": 2}, note="why", editor="olena")
    store.export_files(tmp_path / "backup")
    copy = Store(tmp_path / "copy", seed=False)
    copy.replace_with(read_file_store(tmp_path / "backup"))
    [edit] = copy.history(KYIV)
    assert (edit["editor"], int(edit["edit_id"]), kyiv(copy)["killed"]) == ("olena", 1, 2)


def test_a_pasted_report_does_not_replace_reviewed_figures_and_both_are_shown(seeded):
    page = AppTest.from_file(PAGE, default_timeout=60)
    page.session_state["text"], page.session_state["published"] = INVENTED, date(2025, 2, 12)
    page.session_state["title"] = "Later report"
    page.run()
    page.button(key="save").click().run()
    assert "Saved" in page.success[0].value
    store = Store(seeded)
    assert (kyiv(store)["killed"], kyiv(store)["injured"]) == (1, 4)
    notes = event_notes(store)
    lines = notes.loc[KYIV, "source_figures"].split("\n")
    assert any(line.endswith("1 killed, 4 injured, 1 child, 7 missiles launched, 6 missiles intercepted, "
                             "71 drones intercepted") for line in lines)
    assert any("500 killed, 900 injured (awaiting review)" in line for line in lines)
    assert "awaiting an editor's review" in kyiv(store)["figures_rule"]
    listed = disagreements(store.shared_sources(), store.reviews())
    assert set(listed[listed["event_id"] == KYIV]["figure"]) == {"killed", "injured"}
    # The popup carries both reports' figures.
    events = store.events()
    chunk = json.loads(MapBundle.encode(events, notes).chunks[0])
    assert "500 killed" in chunk["source_figures"][chunk["event_id"].index(KYIV)]


def test_an_editor_accepts_or_rejects_a_waiting_report(seeded, geocoder):
    store = Store(seeded)
    result = extract(Report(INVENTED, date(2025, 2, 12), "Later report"), geocoder)
    store.add([(Report(INVENTED, date(2025, 2, 12), "Later report"), result.events)], added_by="olena")
    article = Report(INVENTED, date(2025, 2, 12), "Later report").article_id
    store.review(KYIV, article, accept=True, editor="taras")
    # Accepted, it counts as any reviewed report: no longer waiting, and its figures disagree.
    assert "awaiting" not in kyiv(store)["figures_rule"] and "disagree on killed" in kyiv(store)["figures_rule"]
    store.review(KYIV, article, accept=False, editor="taras")
    assert (kyiv(store)["killed"], kyiv(store)["injured"]) == (1, 4)
    assert disagreements(store.shared_sources(), store.reviews()).empty  # a rejected report disagrees with nobody
    assert any("taras: rejected the figures" in line for line in event_notes(store).loc[KYIV, "history"].split("\n"))


def test_an_edit_made_in_the_app_is_in_the_history_readers_see(seeded, monkeypatch):
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["event"] = KYIV
    at.run()
    [n for n in at.number_input if n.label == "Killed"][0].set_value(2)
    [t for t in at.text_input if t.label.startswith("Why")][0].set_value("official correction")
    at.get("form_submit_button")[0].click().run()
    assert not at.exception
    monkeypatch.delenv("STRIKEMAP_EDITING")  # the app restarted read-only: a reader's view of the stored history
    reader = AppTest.from_file(APP, default_timeout=60)
    reader.query_params["event"] = KYIV
    reader.run()
    text = " ".join(m.value for m in reader.markdown).replace("\\", "")  # markdown escapes
    assert "local editor: killed 1 → 2 (official correction)" in text
    assert not reader.get("form_submit_button") and not [e for e in reader.expander if e.label == "Edit this event"]
    assert kyiv(Store(seeded))["killed"] == 2


def test_the_review_page_lists_waiting_reports_and_disagreements_for_editors_only(seeded, geocoder, monkeypatch):
    report = Report(INVENTED, date(2025, 2, 12), "Later report")
    Store(seeded).add([(report, extract(report, geocoder).events)], added_by="olena")
    at = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "review.py"), default_timeout=60).run()
    assert [h.value for h in at.subheader] == ["Reports awaiting review · 1", "Events whose reports disagree · 1"]
    assert any("killed from 1 to 500; injured from 4 to 900" in m.value.replace("\\", "") for m in at.markdown)
    monkeypatch.delenv("STRIKEMAP_EDITING")
    reader = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "review.py"), default_timeout=60).run()
    assert not reader.subheader and "read-only" in reader.info[0].value
