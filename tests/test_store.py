"""The event store, on each engine (SQLite and a real PostgreSQL server): idempotent ingest,
merged sources, imports, edits, any text kept as it was, concurrency, crashes, and the cost of a save."""

from __future__ import annotations

import csv
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import events as schema
from dashboard.bench import save_one_report, synthetic_events
from dashboard.db.files import FileStore, read_file_store
from dashboard.events import Event, Report, make_id
from dashboard.export import to_acled_csv
from dashboard.importers import ImportError_, read_acled, read_mapped_csv
from dashboard.ingest import collect_reports, ingest
from dashboard.store import Store, StoreError

ROOT = Path(__file__).resolve().parent.parent

GOVERNOR = Report("Russian drones struck Kharkiv overnight, killing two people, Governor Oleh Syniehubov said.",
                  date(2025, 3, 4), "Regional administration", "https://example.org/governor")
WIRE = Report("A Russian drone attack on Kharkiv on 4 March killed three people, local media reported.",
              date(2025, 3, 5), "Wire service", "https://example.org/wire")


@pytest.fixture
def make_store(store_url):
    """Stores of the engine under test; each PostgreSQL test has a schema of its own."""
    return lambda folder: Store(folder, url=store_url)


def _add(store: Store, *reports: Report, geocoder=None):
    return ingest(list(reports), store, geocoder)


def _content(store: Store) -> tuple:
    """Everything the store holds, comparable with ==."""
    content, events = store.content()
    reports = sorted(tuple(sorted(r.items())) for r in content.reports)
    return (reports, schema.to_csv_text(content.sources.sort_values(["event_id", "article_id"])),
            [tuple(e.items()) for e in content.edits], schema.to_csv_text(events))


def event(report: Report, place: str = "Kharkiv", day: date = date(2025, 3, 3), killed: int | None = None,
          evidence: str = "", latitude: float = 49.99) -> Event:
    """An event as extraction would give it, without running extraction."""
    return Event(event_id=make_id(place, day, "Russia"), attack_id=make_id(day, "Russia"), event_date=day,
                 date_precision="day", attacker="Russia", attacker_basis="stated", place=place, location_text=place,
                 district_of="", admin1="Kharkiv Oblast", country="UA", latitude=latitude, longitude=36.23,
                 geo_precision="city", gazetteer_id="", weapons="drone", killed=killed, article_id=report.article_id,
                 published=report.published.isoformat(), source_title=report.title, source_url=report.url,
                 evidence=evidence or report.text, confidence=0.9)


def test_ingesting_the_same_report_twice_changes_nothing(tmp_path, geocoder, make_store):
    store = make_store(tmp_path)
    first = _add(store, GOVERNOR, geocoder=geocoder)
    before = _content(store)
    again = _add(store, GOVERNOR, geocoder=geocoder)
    assert (first.added, again.added, again.unchanged, again.new_reports) == (1, 0, 1, 0)
    assert _content(store) == before


def test_one_strike_from_two_sources_is_one_event_with_a_disagreement_flag(tmp_path, geocoder, make_store):
    store = make_store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    summary = _add(store, WIRE, geocoder=geocoder)
    assert summary.merged == 1
    events = store.events()
    assert len(events) == 1
    ev = events.iloc[0]
    assert ev["source_count"] == 2 and bool(ev["sources_disagree"])
    # The governor is more official than local media, so the governor's figure stands...
    assert ev["killed"] == 2 and "Syniehubov" in ev["figures_rule"] and "killed" in ev["figures_rule"]
    # ...while both figures are kept per source, with both sentences as evidence.
    sources = store.sources()
    assert sorted(sources["killed"].tolist()) == [2, 3]
    assert GOVERNOR.text in ev["evidence"] and WIRE.text in ev["evidence"]


def test_edits_are_logged_and_survive_a_new_ingest(tmp_path, geocoder, make_store):
    store = make_store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    eid = store.events().iloc[0]["event_id"]
    made = store.edit(eid, {"killed": 4, "damage": "residential buildings"}, note="checked the video")
    assert [(m["field"], m["old"], m["new"]) for m in made] == [("killed", "2", "4"), ("damage", "", "residential buildings")]
    assert store.events().iloc[0]["killed"] == 4
    _add(store, WIRE, geocoder=geocoder)
    assert store.events().iloc[0]["killed"] == 4
    log = store.edits()
    assert log[0]["note"] == "checked the video" and log[0]["at"] and log[1]["field"] == "damage"


def test_bad_edits_are_refused_and_nothing_changes(tmp_path, geocoder, make_store):
    store = make_store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    before = _content(store)
    eid = store.events().iloc[0]["event_id"]
    with pytest.raises(StoreError, match="cannot be edited"):
        store.edit(eid, {"event_id": "x"})
    with pytest.raises(schema.EventTableError, match="killed"):
        store.edit(eid, {"killed": -5})
    with pytest.raises(StoreError, match="no event"):
        store.edit("nope", {"killed": 1})
    assert _content(store) == before


ACLED = """event_id_cnty,event_date,year,actor1,country,iso,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
UKR1001,2024-05-10,2024,Military Forces of Russia (2000-),Ukraine,804,Kharkiv,Kharkiv,49.9935,36.2304,1,Suspilne,"On 10 May 2024, Russian forces struck Kharkiv with guided bombs.",2
UKR1002,2024-05-11,2024,Military Forces of Ukraine (2019-),Russia,643,Belgorod,Belgorod,50.5954,36.5873,1,TASS,"On 11 May 2024, a Ukrainian drone hit Belgorod.",0
UKR1003,12 May 2024,2024,Military Forces of Russia (2000-),Ukraine,804,Sumy,Sumy region,50.9,34.8,3,Ukrinform,"Shelling of border communities.",1
"""


def test_acled_import_and_export_round_trip(tmp_path, make_store):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    store = make_store(tmp_path / "data")
    summary = store.import_events(read_acled(path))
    assert summary.added == 3
    events = store.events()
    assert set(events["attacker"]) == {"Russia", "Ukraine"}
    exported = list(csv.DictReader(to_acled_csv(events).splitlines()))
    original = list(csv.DictReader(ACLED.splitlines()))
    key = ("location", "fatalities", "geo_precision")
    assert sorted(tuple(r[k] for k in key) for r in exported) == sorted(tuple(r[k] for k in key) for r in original)
    # ACLED's region names become the gazetteer's, so filters see one Kharkiv Oblast.
    assert {r["admin1"] for r in exported} == {"Kharkiv Oblast", "Belgorod Oblast", "Sumy Oblast"}
    assert {r["event_date"] for r in exported} == {"2024-05-10", "2024-05-11", "2024-05-12"}
    # Importing the same file again adds nothing.
    assert store.import_events(read_acled(path)).added == 0


def test_a_carriage_return_in_an_imported_note_round_trips_and_the_store_stays_writable(tmp_path, geocoder,
                                                                                        make_store):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED.replace("guided bombs.", "guided\rbombs.\r\nSecond line."), encoding="utf-8", newline="")
    store = make_store(tmp_path / "data")
    store.import_events(read_acled(path))
    assert any("guided\rbombs." in ev for ev in store.events()["evidence"])
    _add(store, GOVERNOR, geocoder=geocoder)  # the next write works...
    assert len(store.events()) == 4
    # ...and so does the round trip through files, which once split the row at the CR.
    store.export_files(tmp_path / "files")
    assert any("guided\rbombs." in ev for ev in read_file_store(tmp_path / "files").sources["evidence"])


HOSTILE_TEXTS = ["line one\rline two\r\nline three\n", "nul \x00 inside", "\u202eRTL override\u202c \u200f",
                 "quote \" comma , semicolon ; apostrophe \u02bc", "\ue000 private use \ue0000", "x" * 100_000 + "\r"]


@pytest.mark.parametrize("text", HOSTILE_TEXTS, ids=["cr", "nul", "rtl", "punctuation", "private-use", "100kb"])
def test_any_text_round_trips_through_the_database_and_files(tmp_path, make_store, text):
    report = Report("Russian drones struck Kharkiv. " + text, date(2025, 3, 4), "title " + text, "https://e.org/" + text)
    store = make_store(tmp_path / "data")
    store.add([(report, [event(report, evidence=text)])])
    store.edit(store.events().iloc[0]["event_id"], {"damage": text}, note=text)
    assert store.report_text(report.article_id) == report.text
    assert store.reports()[0]["title"] == report.title and store.reports()[0]["url"] == report.url
    ev = store.events().iloc[0]
    assert ev["evidence"] == "\n".join(line for line in text.split("\n") if line) and ev["source_title"] == report.title
    assert store.edits()[0]["note"] == text and store.edits()[0]["new"] == text
    assert store.sources().iloc[0]["evidence"] == text
    # Files and back, into a new store: the same content.
    store.export_files(tmp_path / "files")
    again = make_store(tmp_path / "other")
    again.replace_with(read_file_store(tmp_path / "files"))
    assert _content(again) == _content(store)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60))
def test_any_generated_text_round_trips(tmp_path, make_store, text):
    store = make_store(tmp_path / "data")
    report = Report("Russian drones struck Kharkiv. " + text, date(2025, 3, 4), text, text)
    store.add([(report, [event(report, evidence=text, place="Kharkiv " + text)])])
    assert store.report_text(report.article_id) == report.text
    source = store.sources().set_index("article_id").loc[report.article_id]
    assert (source["evidence"], source["place"], source["source_title"]) == (text, "Kharkiv " + text, text)
    files = tmp_path / "files"
    store.export_files(files)
    back = read_file_store(files)
    assert [r["text"] for r in back.reports if r["article_id"] == report.article_id] == [report.text]
    assert text in set(back.sources["evidence"])


def test_a_store_with_events_but_no_sources_keeps_its_events_on_ingest(tmp_path, geocoder, make_store):
    # What `strikemap demo` writes: events.csv only.
    folder = tmp_path / "demo"
    schema.write_csv(synthetic_events(1000), folder / "events.csv")
    store = make_store(folder)
    summary = _add(store, GOVERNOR, geocoder=geocoder)
    assert summary.added == 1
    assert len(store.events()) == 1001 and len(store.sources()) == 1001


def test_merged_events_without_their_sources_are_kept_as_they_were(tmp_path, make_store):
    events = synthetic_events(3).assign(source_count=[1, 4, 2], figures_rule=["", "four reports", "two reports"],
                                        evidence=["a\n\na", "b", "c"])
    schema.write_csv(events, tmp_path / "events.csv")
    stored = make_store(tmp_path).events().sort_values("event_id")
    assert schema.to_csv_text(stored) == schema.to_csv_text(events)


@pytest.mark.parametrize(
    "change, reason",
    [(("2024-05-10", "2099-01-01"), "line 2: event_date 2099-01-01 is in the future"),
     (("2024-05-10", "2010-01-01"), "line 2: event_date 2010-01-01 is before 2014"),
     (("49.9935", "149.9935"), "line 2: latitude/longitude missing or outside the world"),
     (("Suspilne,\"On 10 May 2024, Russian forces struck Kharkiv with guided bombs.\",2", "x,y,two"),
      "line 2: fatalities 'two' is not a whole number"),
     ((",1,Suspilne", ",7,Suspilne"), "line 2: geo_precision '7' is not 1, 2 or 3")],
)
def test_a_bad_row_fails_the_whole_import_and_nothing_is_written(tmp_path, change, reason):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED.replace(*change, 1), encoding="utf-8")
    store = Store(tmp_path / "data", url="")
    with pytest.raises(ImportError_) as err:
        store.import_events(read_acled(path))
    assert reason in str(err.value) and "acled.csv" in str(err.value)
    assert not (tmp_path / "data").exists()


def test_a_save_that_fails_midway_changes_nothing(tmp_path, make_store, monkeypatch):
    store = make_store(tmp_path)
    store.add([(GOVERNOR, [event(GOVERNOR, killed=2)])])
    before, version = _content(store), store.version()

    def fail(self, tx, event_ids, version):  # after the report, its sources or the edit log are written
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "_refresh", fail)
    with pytest.raises(OSError):
        store.add([(WIRE, [event(WIRE, killed=3), event(WIRE, "Odesa")])])
    with pytest.raises(OSError):
        store.edit(store.events().iloc[0]["event_id"], {"killed": 9})
    monkeypatch.undo()
    assert _content(store) == before and store.version() == version
    store.add([(WIRE, [event(WIRE, killed=3)])])
    assert store.events().iloc[0]["source_count"] == 2


def test_files_that_are_not_acled_exports_are_refused(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,value\nKyiv,1\n", encoding="utf-8")
    with pytest.raises(ImportError_, match="missing column"):
        read_acled(path)
    path.write_bytes(b"\xff\xfe\x00\x01")
    with pytest.raises(ImportError_, match="not UTF-8"):
        read_acled(path)


def test_any_csv_imports_with_a_column_mapping(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("town,day,lat,lon,dead,who\nOdesa,2024-03-02,46.48,30.73,5,Russia\n", encoding="utf-8")
    df = read_mapped_csv(path, {"town": "place", "day": "event_date", "lat": "latitude", "lon": "longitude",
                                "dead": "killed", "who": "attacker"})
    assert df.iloc[0]["place"] == "Odesa" and df.iloc[0]["killed"] == 5 and df.iloc[0]["attacker"] == "Russia"
    with pytest.raises(ImportError_, match="unknown event field"):
        read_mapped_csv(path, {"town": "city"})
    with pytest.raises(ImportError_, match="needs columns for"):
        read_mapped_csv(path, {"town": "place"})


PLACES = ["Kharkiv", "Odesa", "Sumy", "Poltava", "Chernihiv", "Zhytomyr", "Kherson", "Mykolaiv"]


def _writer(folder: str, url: str, n: int, start: multiprocessing.Barrier) -> None:
    store = Store(Path(folder), url=url)
    start.wait(30)
    for k in range(3):
        report = Report(f"Russian drones struck {PLACES[(n + k) % len(PLACES)]}, injuring {n + 1} people ({k}).",
                        date(2025, 3, 10), f"writer {n}.{k}")
        store.add([(report, [event(report, PLACES[(n + k) % len(PLACES)], date(2025, 3, k + 1))])])


def test_sixteen_writers_at_once_lose_nothing(tmp_path, store_url):
    ctx = multiprocessing.get_context("fork")
    start = ctx.Barrier(16)
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), store_url, n, start)) for n in range(16)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    store = Store(tmp_path, url=store_url)
    assert len(store.reports()) == 48
    assert len(store.sources()) == 48
    assert store.events()["source_count"].sum() == 48


def test_readers_do_not_wait_for_a_writer(tmp_path, make_store):
    store = make_store(tmp_path)
    store.add([(GOVERNOR, [event(GOVERNOR, killed=2)])])
    with store.database.write() as tx:  # a save in progress, holding the write lock
        tx.execute("UPDATE events SET killed = 7")
        t = time.perf_counter()
        seen = make_store(tmp_path).events()
        assert time.perf_counter() - t < 1.0
        assert seen.iloc[0]["killed"] == 2  # the last committed state, not the one being written


KILLER = """
import sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from test_store import event
from dashboard.events import Report
from dashboard.store import Store
store = Store(Path(sys.argv[1]), url=sys.argv[2])
for k in range(1, 100_000):
    report = Report(f"Russian drones struck Kharkiv on 3 March, injuring {k} people.", date(2025, 3, 5), f"r{k}")
    store.add([(report, [event(report, killed=k % 5)])])
    print(k, flush=True)
"""


def test_a_process_killed_during_writes_leaves_the_last_committed_state(tmp_path, store_url):
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(tmp_path), store_url, str(ROOT / "tests")],
                            stdout=subprocess.PIPE, cwd=ROOT, text=True)
    last = 0
    while last < 8:
        last = int(proc.stdout.readline())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(tmp_path, url=store_url)
    events, sources, reports = store.events(), store.sources(), store.reports()
    # Killed after commit `last` was reported: that commit is there, and at most one more.
    assert last <= len(reports) <= last + 1
    assert len(sources) == len(reports) and events.iloc[0]["source_count"] == len(sources)
    store.add([(GOVERNOR, [event(GOVERNOR)])])
    assert store.events().iloc[0]["source_count"] == len(sources) + 1


def test_one_more_report_costs_a_large_store_no_more_than_an_empty_one(tmp_path, make_store):
    empty = make_store(tmp_path / "empty")
    empty.version()
    large = make_store(tmp_path / "large")
    large.replace_with(FileStore(sources=synthetic_events(30_000)))
    cost_empty = min(save_one_report(empty) for _ in range(2))
    cost_large = min(save_one_report(large) for _ in range(2))
    assert cost_large < cost_empty + 1.0, (cost_empty, cost_large)
    assert len(large.events()) == 30_003


def test_a_reader_catches_up_with_saves_by_reading_only_what_changed(tmp_path, make_store):
    reader, writer = make_store(tmp_path), make_store(tmp_path)
    writer.add([(GOVERNOR, [event(GOVERNOR, killed=2), event(GOVERNOR, "Sumy", latitude=50.9)])])
    assert len(reader.events()) == 2
    writer.add([(WIRE, [event(WIRE, killed=3)])])  # merged into the Kharkiv event
    writer.add([(GOVERNOR, [event(GOVERNOR, killed=2)])])  # the governor's report no longer names Sumy
    writer.edit(event(GOVERNOR).event_id, {"injured": 5})
    writer.import_events(synthetic_events(5))
    caught_up = reader.events()
    with writer.database.read() as tx:
        whole = writer._events(tx)
    assert schema.to_csv_text(caught_up) == schema.to_csv_text(whole)
    assert sorted(caught_up["place"])[:2] == ["Kharkiv", "Place 0"] and "Sumy" not in set(caught_up["place"])
    writer.replace_with(FileStore(sources=synthetic_events(2)))  # replaced whole: read whole
    assert len(reader.events()) == 2


def test_the_version_changes_with_every_save_and_only_then(tmp_path, make_store):
    store = make_store(tmp_path)
    first = store.version()
    assert make_store(tmp_path).version() == first
    store.add([(GOVERNOR, [event(GOVERNOR)])])
    second = store.version()
    assert second != first and make_store(tmp_path).version() == second


def test_collect_reports_from_files_folders_and_manifests(tmp_path):
    (tmp_path / "a.txt").write_text("Russian drones struck Sumy overnight.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Russian missiles hit Odesa overnight.</p>", encoding="utf-8")
    reports = collect_reports([tmp_path], date(2025, 1, 2))
    assert [r.published for r in reports] == [date(2025, 1, 2)] * 2
    assert "<p>" not in reports[1].text
    assert len(collect_reports([ROOT / "seeds"])) == 1


def test_two_reports_of_one_strike_in_one_ingest_store_as_in_two(tmp_path, geocoder, make_store):
    together, apart = make_store(tmp_path / "together"), make_store(tmp_path / "apart")
    summary = _add(together, GOVERNOR, WIRE, geocoder=geocoder)
    _add(apart, GOVERNOR, geocoder=geocoder)
    _add(apart, WIRE, geocoder=geocoder)
    assert summary.added == 1 and together.events().iloc[0]["source_count"] == 2
    assert _content(together) == _content(apart)


def test_a_checkpoint_is_saved_with_its_reports_and_gone_when_the_store_is_replaced(tmp_path, make_store):
    store = make_store(tmp_path)
    store.add([(GOVERNOR, [event(GOVERNOR)])], checkpoint=("run", "1"))
    assert store.checkpoint("run") == "1" and store.checkpoint("other") is None
    store.add([(WIRE, [event(WIRE)])], checkpoint=("run", None))
    assert store.checkpoint("run") is None
    store.add([(WIRE, [event(WIRE)])], checkpoint=("run", "2"))
    store.replace_with(FileStore())
    assert store.checkpoint("run") is None
