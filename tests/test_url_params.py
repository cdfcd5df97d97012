"""Every URL parameter, every kind of value: the page opens with a notice, never an exception.

Old share links must keep working as the data window moves, so dates outside the
data, weapons the data lacks and the like are the common case, not the odd one.
"""

from __future__ import annotations

import logging
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import events as schema
from dashboard import filters as flt

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")
SEED = schema.read_csv(ROOT / "data" / "events.csv")
FIRST, LAST = min(SEED["event_date"]), max(SEED["event_date"])
SEED_WEAPONS = {w for ws in SEED["weapons"] for w in ws.split(";") if w}
HUGE = "9" * 5_000
DAY = timedelta(days=1)

# (parameter, value, a notice expected?) — value may be a list: the parameter repeated.
CASES = [
    *[(key, value, notice) for key in ("start", "end") for value, notice in [
        (FIRST.isoformat(), False), (LAST.isoformat(), False), ((FIRST - DAY).isoformat(), True),
        ((LAST + DAY).isoformat(), True), ("2020-01-01", True), ("2030-01-01", True), ("0001-01-01", True),
        ("9999-12-31", True), ("2025-02-30", True), ("yesterday", True), ("", False), (HUGE, True),
        ([FIRST.isoformat(), LAST.isoformat()], True), ([LAST.isoformat(), LAST.isoformat()], False)]],
    *[("side", value, notice) for value, notice in [
        ("russia", False), ("ukraine", False), ("unknown", False), ("RUSSIA", False), ("russia,ukraine", False),
        (["russia", "ukraine"], False), ("martians", True), ("russia,martians", True), ("", False), (",,,", False),
        (HUGE, True)]],
    *[("weapon", w, w not in SEED_WEAPONS) for w in schema.WEAPONS],
    *[("weapon", value, notice) for value, notice in [
        ("laser", True), ("", False), (HUGE, True), (["drone", "ballistic missile"], False), ("drone,laser", True)]],
    *[("region", value, notice) for value, notice in [
        ("Kyiv City", False), ("kyiv city", False), ("Atlantis", True), ("Lviv Oblast", True),
        (["Kyiv City", "Belgorod Oblast"], False),
        ("", False), (HUGE, True)]],
    *[("q", value, notice) for value, notice in [
        ("obolon", False), ("", False), ("x" * 150, True), ("a\x00b\x1b[2J", False), ("%FF%FE", False),
        (HUGE, True), (["kyiv", "belgorod"], True)]],
    *[("min_casualties", value, notice) for value, notice in [
        ("0", False), ("1", False), (str(flt.MAX_CASUALTIES), False), (str(flt.MAX_CASUALTIES + 1), True),
        ("-1", True), ("1.5", True), ("lots", True), ("", False), (HUGE, True), ("1e9", True)]],
    *[("event", value, notice) for value, notice in [
        (SEED["event_id"].iloc[0], False), ("0" * 16, True), ("", False), (HUGE, True),
        ([SEED["event_id"].iloc[0], SEED["event_id"].iloc[1]], True)]],
    *[("tab", t, False) for t in flt.TABS],
    *[("tab", value, True) for value in ("nope", HUGE)],
    *[(key, value, True) for key in ("lat", "lon") for value in ("0", "-91", "181", "nan", "inf", "north")],
    *[("zoom", value, notice) for value, notice in [("3", False), ("18", False), ("0", True), ("99", True),
                                                  ("1.5", True), ("", False)]],
    *[("layers", value, notice) for value, notice in [("heat", False), ("fog", True), ("", False)]],
    *[("range", value, notice) for value, notice in [("1d", False), ("7d", False), ("30d", False), ("2w", True),
                                                   ("", False), (["1d", "7d"], True)]],
    *[("inview", value, notice) for value, notice in [("1", False), ("0", False), ("maybe", True), ("", False)]],
    ("utm_source", "newsletter", True),
]


@pytest.fixture(autouse=True)
def seed_store(monkeypatch):
    monkeypatch.setenv("STRIKEMAP_DATA", str(ROOT / "data"))


def run(params: dict[str, object]) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def apology(at: AppTest) -> list[str]:
    return [e.value for e in at.error if "incident" in e.value]


def test_every_parameter_and_kind_of_value_opens_the_page(ledger):
    """Valid values, values the data lacks, boundaries, out of range, wrong type, empty, huge, repeated."""
    failures = []
    for key, value, notice in CASES:
        ledger.add("parameters fuzzed")
        at = run({key: value})
        where = (key, value if len(str(value)) < 60 else str(value)[:60] + "…")
        if at.exception or apology(at):
            failures.append((*where, "exception", [e.value for e in at.exception] + apology(at)))
        elif not any(">Events<" in m.value for m in at.markdown):
            failures.append((*where, "no figures"))
        elif bool(at.warning) != notice:
            failures.append((*where, "notice" if notice else "no notice", [w.value for w in at.warning]))
        elif any(HUGE[:200] in w.value for w in at.warning):
            failures.append((*where, "huge value echoed"))
    assert not failures, failures


def test_dates_outside_the_data_clamp_to_its_range_and_stay_in_the_link():
    at = run({"start": "2020-01-01", "end": "2030-01-01", "side": "russia"})
    assert at.date_input(key="dates").value == (FIRST, LAST)
    notices = " ".join(w.value for w in at.warning)
    assert "starts on" in notices and "ends on" in notices
    assert dict(at.query_params) == {"side": "russia"}  # clamped to the data: no longer a filter


def test_a_start_after_the_end_is_swapped():
    at = run({"start": LAST.isoformat(), "end": FIRST.isoformat()})
    assert at.date_input(key="dates").value == (FIRST, LAST)
    assert any("swapped" in w.value for w in at.warning)


def test_repeated_list_parameters_are_all_honoured():
    at = run({"region": ["Kyiv City", "Belgorod Oblast"], "tab": "events"})  # the table: only the open tab is drawn
    assert not at.warning
    assert set(at.multiselect(key="regions").value) == {"Kyiv City", "Belgorod Oblast"}
    assert sorted(set(at.dataframe[0].value["admin1"])) == ["Belgorod Oblast", "Kyiv City"]


def test_a_weapon_the_data_lacks_is_dropped_and_the_others_kept():
    at = run({"weapon": "artillery,drone"})
    assert "artillery" not in SEED_WEAPONS
    assert at.multiselect(key="weapons").value == ["drone"]
    assert any("No event in the data has weapon 'artillery'" in w.value for w in at.warning)


def test_the_view_state_round_trips_through_the_url():
    params = {"tab": "events", "lat": "50.4500", "lon": "30.5200", "zoom": "9", "layers": "heat"}
    at = run(params)
    assert not at.warning
    assert dict(at.query_params) == params


def test_an_unexpected_error_shows_an_incident_id_and_logs_the_details(monkeypatch, caplog):
    def broken(view):
        raise RuntimeError("disk on fire at /srv/secret/path")

    monkeypatch.setattr(flt, "totals", broken)
    st.cache_resource.clear()  # figures computed by earlier tests are shared, as between sessions
    with caplog.at_level(logging.ERROR, logger="strikemap"):
        at = run({})
    assert not at.exception
    [message] = apology(at)
    assert "/srv/secret" not in message and "RuntimeError" not in message and "Traceback" not in message
    incident = message.split("**")[1]
    logged = [r for r in caplog.records if incident in r.getMessage()]
    assert logged and "disk on fire" in logged[0].exc_text


def test_streamlit_is_configured_to_hide_error_details():
    """The project's config hides the message, type and trace of an uncaught exception
    (the legacy value false still shows the trace)."""
    from streamlit import config
    from streamlit.elements.exception import marshall
    from streamlit.proto.Exception_pb2 import Exception as ExceptionProto

    value = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["client"]["showErrorDetails"]
    before = config.get_option("client.showErrorDetails")
    config.set_option("client.showErrorDetails", value)
    try:
        try:
            raise ValueError("secret detail at /srv/secret/path")
        except ValueError as exc:
            proto = ExceptionProto()
            marshall(proto, exc, apply_show_error_details=True)
    finally:
        config.set_option("client.showErrorDetails", before)
    shown = f"{proto.type} {proto.message} {' '.join(proto.stack_trace)}"
    assert "secret" not in shown and "ValueError" not in shown and not proto.stack_trace


def test_every_region_the_data_lacks_is_named_as_such():
    """All regions of the gazetteer: those without events are dropped with a notice that says so."""
    import csv

    with (ROOT / "data" / "gazetteer" / "regions.csv").open(encoding="utf-8") as fh:
        known = [row["name"] for row in csv.DictReader(fh)]
    present = sorted(set(SEED["admin1"]))
    assert len(known) > 100
    for name in known:
        filters, notices = flt.from_query({"region": name}, (FIRST, LAST), present, all_regions=known)
        if name in present:
            assert filters.regions == [name] and not notices
        else:
            assert filters.regions == [] and notices == [f"No event in the data has region '{name}'; "
                                                         "left out of the filter."], name
    _, notices = flt.from_query({"region": "Atlantis"}, (FIRST, LAST), present, all_regions=known)
    assert "is not a known region" in notices[0]


def test_from_query_never_raises_on_odd_mappings():
    bounds = (date(2025, 1, 1), date(2025, 1, 31))
    for params in ({"start": None}, {"side": []}, {"side": [None]}, {"zoom": ["1", "2"]}, {"": "x"}, {"q": 5}):
        filters, _ = flt.from_query(params, bounds)
        view, _ = flt.view_from_query(params)
        assert bounds[0] <= filters.start <= filters.end <= bounds[1] and view.tab in flt.TABS
