"""The event store: idempotent ingest, merged sources, imports, edits, concurrency and crashes."""

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

from dashboard import events as schema
from dashboard.export import to_acled_csv
from dashboard.events import Report
from dashboard.importers import ImportError_, read_acled, read_mapped_csv
from dashboard.store import Store, StoreError
from dashboard.ingest import collect_reports, ingest

ROOT = Path(__file__).resolve().parent.parent

GOVERNOR = Report("Russian drones struck Kharkiv overnight, killing two people, Governor Oleh Syniehubov said.",
                  date(2025, 3, 4), "Regional administration", "https://example.org/governor")
WIRE = Report("A Russian drone attack on Kharkiv on 4 March killed three people, local media reported.",
              date(2025, 3, 5), "Wire service", "https://example.org/wire")


def _add(store: Store, *reports: Report, geocoder=None):
    return ingest(list(reports), store, geocoder)


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and p.name != ".lock"}


def test_ingesting_the_same_report_twice_changes_nothing(tmp_path, geocoder):
    store = Store(tmp_path)
    first = _add(store, GOVERNOR, geocoder=geocoder)
    before = _files(tmp_path)
    again = _add(store, GOVERNOR, geocoder=geocoder)
    assert (first.added, again.added, again.unchanged, again.new_reports) == (1, 0, 1, 0)
    assert _files(tmp_path) == before


def test_one_strike_from_two_sources_is_one_event_with_a_disagreement_flag(tmp_path, geocoder):
    store = Store(tmp_path)
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


def test_edits_are_logged_and_survive_a_new_ingest(tmp_path, geocoder):
    store = Store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    eid = store.events().iloc[0]["event_id"]
    made = store.edit(eid, {"killed": 4, "damage": "residential buildings"}, note="checked the video")
    assert [(m["field"], m["old"], m["new"]) for m in made] == [("killed", "2", "4"), ("damage", "", "residential buildings")]
    assert store.events().iloc[0]["killed"] == 4
    _add(store, WIRE, geocoder=geocoder)
    assert store.events().iloc[0]["killed"] == 4
    log = list(csv.DictReader((tmp_path / "edits.csv").open(encoding="utf-8")))
    assert log[0]["note"] == "checked the video" and log[0]["at"]


def test_bad_edits_are_refused_and_nothing_changes(tmp_path, geocoder):
    store = Store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    before = _files(tmp_path)
    eid = store.events().iloc[0]["event_id"]
    with pytest.raises(StoreError, match="cannot be edited"):
        store.edit(eid, {"event_id": "x"})
    with pytest.raises(schema.EventTableError, match="killed"):
        store.edit(eid, {"killed": -5})
    with pytest.raises(StoreError, match="no event"):
        store.edit("nope", {"killed": 1})
    assert _files(tmp_path) == before


ACLED = """event_id_cnty,event_date,year,actor1,country,iso,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities
UKR1001,2024-05-10,2024,Military Forces of Russia (2000-),Ukraine,804,Kharkiv,Kharkiv,49.9935,36.2304,1,Suspilne,"On 10 May 2024, Russian forces struck Kharkiv with guided bombs.",2
UKR1002,2024-05-11,2024,Military Forces of Ukraine (2019-),Russia,643,Belgorod,Belgorod,50.5954,36.5873,1,TASS,"On 11 May 2024, a Ukrainian drone hit Belgorod.",0
UKR1003,12 May 2024,2024,Military Forces of Russia (2000-),Ukraine,804,Sumy,Sumy region,50.9,34.8,3,Ukrinform,"Shelling of border communities.",1
"""


def test_acled_import_and_export_round_trip(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED, encoding="utf-8")
    store = Store(tmp_path / "data")
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
    store = Store(tmp_path / "data")
    with pytest.raises(ImportError_) as err:
        store.import_events(read_acled(path))
    assert reason in str(err.value) and "acled.csv" in str(err.value)
    assert not (tmp_path / "data" / "events.csv").exists()


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


def _writer(folder: str, n: int) -> None:
    from dashboard.geocode import OfflineGeocoder
    from dashboard.store import Store as S
    from dashboard.ingest import ingest as ing

    places = ["Kharkiv", "Odesa", "Sumy", "Poltava", "Chernihiv", "Zhytomyr", "Kherson", "Mykolaiv"]
    geocoder = OfflineGeocoder()
    for k in range(3):
        text = f"Russian drones struck {places[(n + k) % len(places)]} on {k + 1} March, injuring {n + 1} people."
        ing([Report(text, date(2025, 3, 10) , f"writer {n}.{k}")], S(Path(folder)), geocoder)


def test_concurrent_writers_lose_nothing(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), n)) for n in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    store = Store(tmp_path)
    assert len(store.reports()) == 12
    assert len(store.sources()) == 12
    assert store.events()["source_count"].sum() == 12


def test_a_crash_between_writes_leaves_a_consistent_store(tmp_path, geocoder, monkeypatch):
    store = Store(tmp_path)
    _add(store, GOVERNOR, geocoder=geocoder)
    import dashboard.store as store_module

    real = store_module.write_text_atomic

    def crash_on_events(path, text):
        if path.name == "events.csv":
            raise OSError("simulated crash")
        real(path, text)

    monkeypatch.setattr(store_module, "write_text_atomic", crash_on_events)
    with pytest.raises(OSError):
        _add(store, WIRE, geocoder=geocoder)
    monkeypatch.setattr(store_module, "write_text_atomic", real)
    # events.csv is behind sources.csv: the next read rebuilds it from what was written.
    events = Store(tmp_path).events()
    assert events.iloc[0]["source_count"] == 2


KILLER = """
import sys
from datetime import date
from pathlib import Path
from dashboard.geocode import OfflineGeocoder
from dashboard.events import Report
from dashboard.store import Store
from dashboard.ingest import ingest
g = OfflineGeocoder()
store = Store(Path(sys.argv[1]))
print("ready", flush=True)
for k in range(10_000):
    ingest([Report(f"Russian drones struck Kharkiv on 3 March, injuring {k} people.", date(2025, 3, 5), f"r{k}")], store, g)
"""


def test_a_process_killed_during_writes_leaves_a_valid_store(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", KILLER, str(tmp_path)], stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout.readline().strip() == b"ready"
    time.sleep(2.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    store = Store(tmp_path)
    events, sources = store.events(), store.sources()
    assert len(sources) >= 1
    assert events.iloc[0]["source_count"] == len(sources)


def test_collect_reports_from_files_folders_and_manifests(tmp_path):
    (tmp_path / "a.txt").write_text("Russian drones struck Sumy overnight.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Russian missiles hit Odesa overnight.</p>", encoding="utf-8")
    reports = collect_reports([tmp_path], date(2025, 1, 2))
    assert [r.published for r in reports] == [date(2025, 1, 2)] * 2
    assert "<p>" not in reports[1].text
    assert len(collect_reports([ROOT / "seeds"])) == 1
