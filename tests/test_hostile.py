"""Hostile input and faults: nothing crashes, nothing runs, nothing is lost.

`python -m pytest tests/test_hostile.py` ends with a robustness report: payloads tried,
parameters fuzzed, faults injected, inputs refused cleanly, data lost (must be 0).
"""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import events as schema
from dashboard.events import Report
from dashboard.extract import extract
from dashboard.geocode import GeocodeQueryError
from dashboard.report_text import ReportError, text_from_bytes
from dashboard.store import Store, StoreError
from dashboard.ingest import ingest
from test_app import metric

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard" / "app.py")

PAYLOADS = [
    "<script>window.__pwned = 1; alert(1)</script>",
    "<img src=x onerror=\"window.__pwned=1;alert(1)\">",
    "javascript:window.__pwned=1",
    "&lt;b&gt;entity&lt;/b&gt; &amp; &#60;script&#62;",
    "[click me](javascript:alert(1)) ![beacon](http://127.0.0.1:9/x.png) **bold** <b>b</b>",
    "`${window.__pwned=1}` \\` </script><svg onload=alert(1)>",
    "=HYPERLINK(\"http://evil\",\"x\")",
]
COUNTRY_BOXES = {"UA": (44.0, 52.5, 22.0, 40.3), "RU": (41.0, 82.0, 19.0, 180.0)}


# --- property-based: the extractor, the geocoder and the CSV loader never raise --------------

WORDS = ["Russian", "Ukrainian", "drones", "missiles", "struck", "Kharkiv", "Kyiv", "Belgorod", "region", "killed",
         "injured", "two", "12", "overnight", "on", "Tuesday", "the", "city", "of", "in", "and", "at least", "five",
         "shot down", "of", "30", "Odesa", "Sumy", "village", "governor", "said", "fires", "Holosiivskyi", "district",
         "from", "the Kursk region", "over", ",", ".", "\n", "—", "nine-year-old girl", "Crimea", "enemy",
         "Уночі", "ворог", "атакував", "Харків", "Харкові", "Сумщині", "громаді", "Хотінській", "району",
         "Нікопольському", "загинули", "двоє", "поранено", "ВСУ", "обстреляли", "Белгородской", "области",
         "погиб", "мужчина", "ранены", "пятеро", "село", "Сопычи", "Погарского", "збито", "БпЛА", "«шахедов»"]
sentences = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), min_size=0, max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences, day=st.dates(date(2014, 1, 1), date(2030, 12, 31)))
# (a letter the Unicode tables name nothing, which the morphological analyser could not read)
@example(text="Russian Белгородской A\U00017000", day=date(2014, 1, 1))
def test_extractor_never_raises_and_its_events_are_sound(geocoder, ledger, text, day):
    ledger.add("payloads tried")
    events = extract(Report(text, day), geocoder).events
    for ev in events:
        for line in ev.evidence.split("\n"):
            assert line in text
        for col in schema.COUNT_COLUMNS:
            value = getattr(ev, col)
            assert value is None or value >= 0
        south, north, west, east = COUNTRY_BOXES[ev.country]
        assert south <= ev.latitude <= north and west <= ev.longitude <= east
        assert 0 < ev.confidence <= 1


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=300) | st.sampled_from(WORDS), country=st.sampled_from([None, "UA", "RU", "XX", ""]))
def test_geocoder_never_raises_and_answers_inside_the_country(geocoder, ledger, name, country):
    ledger.add("payloads tried")
    loc = geocoder.geocode(name, country=country or None)
    if loc is not None:
        south, north, west, east = COUNTRY_BOXES[loc.raw["country"]]
        assert south <= loc.latitude <= north and west <= loc.longitude <= east
        # A country hint ranks, never excludes: the answer is in that country whenever a
        # candidate there exists, and an unknown code is reported as ignored.
        if country == "XX":
            assert "ignored_hints" in loc.raw
        elif country and loc.raw["country"] != country:
            assert not any(p.country == country and p.latitude is not None
                           for p, _, _ in geocoder.candidates(name, country=country))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400) | st.text(max_size=400).map(lambda t: t.encode("utf-8")))
def test_csv_loader_raises_only_its_own_clear_error(tmp_path, ledger, data):
    ledger.add("payloads tried")
    path = tmp_path / "events.csv"
    header = ",".join(schema.COLUMNS).encode() + b"\n"
    for body in (data, header + data):
        path.write_bytes(body)
        try:
            schema.read_csv(path)
        except schema.EventTableError as exc:
            assert str(path) in str(exc)
            ledger.add("inputs refused cleanly")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_report_reader_refuses_or_returns_text(ledger, data):
    ledger.add("payloads tried")
    try:
        assert isinstance(text_from_bytes(data, "upload"), str)
    except ReportError as exc:
        assert str(exc).startswith("upload: ")
        ledger.add("inputs refused cleanly")


def test_absurd_geocoder_queries_are_refused_with_a_reason(geocoder, ledger):
    for query in ["x" * 10_000, "Kyiv\x00", "\x1b[2J", "Київ\x07"]:
        ledger.add("payloads tried")
        with pytest.raises(GeocodeQueryError):
            geocoder.resolve(query)
        ledger.add("inputs refused cleanly")


# --- URL parameters ----------------------------------------------------------------------------

# Hostile payloads; ordinary wrong values (dates out of range, absent weapons, huge and empty values)
# are tried for every parameter in test_url_params.py.
FUZZ = ["%00", "\x00", "%FF%FE", "\ufffd\ufffd", "💥" * 50, "<script>alert(1)</script>", "../../etc/passwd",
        "' OR 1=1 --", "javascript:alert(1)", "{}"]
PARAMS = ["start", "end", "side", "weapon", "region", "q", "min_casualties", "event"]


@pytest.mark.parametrize("param", PARAMS)
def test_every_parameter_survives_fuzzing(param, ledger):
    for value in FUZZ + [[FUZZ[1], FUZZ[5]], ["russia", "ukraine"]]:
        ledger.add("parameters fuzzed")
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params[param] = value
        at.run()
        assert not at.exception, (param, value)
        assert metric(at, "Events").isdigit()


# --- exports and uploads --------------------------------------------------------------------------

def _hostile_events() -> pd.DataFrame:
    seed = schema.read_csv(ROOT / "data" / "events.csv")
    rows = seed.copy()
    for i, payload in enumerate(PAYLOADS):
        k = i % len(rows)
        rows.loc[k, "place"] = f"{rows.loc[k, 'place']} {payload}"
        rows.loc[k, "source_title"] = payload
        rows.loc[k, "reported_by"] = payload
        rows.loc[k, "damage"] = payload
        rows.loc[k, "evidence"] = f"{payload}\n{rows.loc[k, 'evidence']}"
    rows.loc[0, "source_url"] = "javascript:window.__pwned=1"
    return rows


def test_exports_keep_payloads_as_inert_text(ledger):
    import csv
    import io
    import json

    from dashboard.export import to_acled_csv, to_csv, to_geojson

    hostile = _hostile_events()
    ledger.add("payloads tried", len(PAYLOADS) * 3)
    for text in (to_csv(hostile), to_acled_csv(hostile)):
        for row in csv.reader(io.StringIO(text)):
            assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)
    doc = json.loads(to_geojson(hostile))
    assert any(PAYLOADS[0] in f["properties"]["source_title"] for f in doc["features"])


# --- faults -----------------------------------------------------------------------------------------


REPORT = Report("Russian drones struck Kharkiv overnight, injuring two people.", date(2025, 3, 1), "t")


@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_a_failing_disk_keeps_the_store_intact(tmp_path, geocoder, monkeypatch, ledger, error):
    import os

    store = Store(tmp_path, url="")
    ingest([Report("Russian drones struck Odesa overnight.", date(2025, 3, 1), "first")], store, geocoder)
    before = store.content()

    def failing_write(self, tx, event_ids, version):
        raise OSError(error, os.strerror(error))

    # The save fails after it has written the report and its sources: all of it is rolled back.
    monkeypatch.setattr(Store, "_refresh", failing_write)
    ledger.add("faults injected")
    with pytest.raises(OSError):
        ingest([REPORT], store, geocoder)
    monkeypatch.undo()
    after = Store(tmp_path, url="").content()
    lost = [] if after[1].equals(before[1]) and after[0].reports == before[0].reports else ["store"]
    ledger.add("data lost", len(lost))
    assert lost == []
    assert Store(tmp_path, url="").events()["place"].tolist() == ["Odesa"]


def test_a_read_only_data_folder_gives_a_clear_error(geocoder, ledger):
    ledger.add("faults injected")
    store = Store(Path("/proc/strikemap-read-only"))
    with pytest.raises(StoreError, match="cannot write to the data folder"):
        ingest([REPORT], store, geocoder)
    ledger.add("inputs refused cleanly")
