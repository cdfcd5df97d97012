"""A server's first start with nothing but the database: the columns the page needs are read
first, the rest by a thread while the page is drawn (``Store.event_parts``). Everything it gives
must be exactly what one read of every column gave: the frames, whole rows, the map's files and
the columnar copy."""

from __future__ import annotations

import threading
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import dashboard.db as db_module
import dashboard.store as store_module
from dashboard import columnar, shared_views
from dashboard.events import Event, Report, make_id
from dashboard.shared_views import FIRST_COLUMNS, StoreVersion
from dashboard.store import Store

from test_store_columns import _fill


@pytest.fixture
def rest_held(monkeypatch):
    """Holds the read of the rest of the columns until the event given is set (at the latest when
    the test ends)."""
    go = threading.Event()
    read = Store._read

    def held(self, tx, table, types, rowids=None):
        if table == "events" and rowids is None and "rowid" not in types and "evidence" in types \
                and threading.current_thread().name == "events-rest":
            assert go.wait(60)
        return read(self, tx, table, types, rowids)
    monkeypatch.setattr(Store, "_read", held)
    yield go
    go.set()


@pytest.fixture
def filled(tmp_path, monkeypatch):
    """An SQLite store of awkward text, many small read ranges, an empty cache."""
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    monkeypatch.setattr(db_module, "_READ_ROWIDS", 7)  # many ranges, read by two connections
    folder = tmp_path / "data"
    _fill(Store(folder, seed=False))
    store_module._LAST_READ.clear()
    return folder


def test_the_parts_read_give_exactly_the_table_one_read_of_every_column_gives(filled, store_url, tmp_path):
    if store_url:  # PostgreSQL: one part, every column
        store = Store(tmp_path / "pg", url=store_url, seed=False)
        _fill(store)
    else:
        store = Store(filled)
    whole = store.event_table()
    parts = store.event_parts(FIRST_COLUMNS)
    table = parts.table()
    assert table.schema.equals(whole.schema, check_metadata=True) and table.equals(whole)
    first = parts.first_frame()
    frame = whole.to_pandas()
    assert list(first.columns) == [c for c in frame.columns if c in first.columns]
    pd.testing.assert_frame_equal(first, frame[list(first.columns)], check_exact=True)
    positions = np.array([len(frame) - 1, 0, 3, 17, 5])
    pd.testing.assert_frame_equal(parts.rows(positions).to_pandas(), frame.iloc[positions].reset_index(drop=True),
                                  check_exact=True)


def test_a_first_start_draws_with_the_first_columns_and_reads_whole_rows_from_the_store(filled, rest_held, monkeypatch):
    go = rest_held
    expected = Store(filled).event_table().to_pandas()
    data = StoreVersion(filled, Store(filled).version())
    assert data._events is None and not data._parts.done()  # the page goes on without the rest
    assert set(data.first.columns) < set(expected.columns)
    pd.testing.assert_frame_equal(data.first, expected[list(data.first.columns)], check_exact=True)
    positions = np.array([3, 0, len(expected) - 1, 40])
    rows = data.whole(positions)  # the feed's, the table's, a linked event's rows: from the store
    assert data._events is None and not data._parts.done()
    pd.testing.assert_frame_equal(rows, expected.iloc[positions], check_exact=True)
    for column in expected.columns:
        assert [type(v) for v in rows[column]] == [type(v) for v in expected[column].iloc[positions]], column
    key = shared_views.ViewKey.of(shared_views.flt.Filters(*data.bounds, sides=["Russia"]))
    assert data.selection(key).count == int((expected["attacker"] == "Russia").sum())
    go.set()
    pd.testing.assert_frame_equal(data.events, expected, check_exact=True)
    pd.testing.assert_frame_equal(data.whole(positions), expected.iloc[positions], check_exact=True)
    for thread in threading.enumerate():
        if thread.name == "events-rest":
            thread.join()
    # the columnar copy, written by the thread: the next server reads the same frame from it
    again = StoreVersion(filled, Store(filled).version())
    assert again._parts is None
    pd.testing.assert_frame_equal(again.events, expected, check_exact=True)


def test_whole_rows_after_a_save_come_from_the_version_read_not_the_new_one(filled, rest_held, monkeypatch):
    go = rest_held
    before = Store(filled).event_table().to_pandas()
    data = StoreVersion(filled, Store(filled).version())
    row = int(np.flatnonzero(before["killed"].isna().to_numpy())[0])
    Store(filled).edit(before["event_id"].iloc[row], {"killed": 41, "damage": "edited since"})
    assert data._parts.rows(np.array([row])) is None  # the store changed: its rows are another version's
    threading.Timer(0.3, go.set).start()
    got = data.whole(np.array([row]))  # waits for the rest, read from the version held
    pd.testing.assert_frame_equal(got, before.iloc[[row]], check_exact=True)
    assert pd.isna(got["killed"].iloc[0])


def test_a_copy_is_not_written_under_a_version_other_than_the_one_read(filled, monkeypatch):
    version = Store(filled).version()
    day = date(2025, 3, 3)
    report = Report("Russian drones struck Chuhuiv.", day, "a save")
    Store(filled).add([(report, [Event(event_id=make_id("Chuhuiv", day, "Russia"), attack_id=make_id(day),
                                       event_date=day, date_precision="day", attacker="Russia",
                                       attacker_basis="stated", place="Chuhuiv", location_text="Chuhuiv",
                                       district_of="", admin1="Kharkiv Oblast", country="UA", latitude=49.8,
                                       longitude=36.7, geo_precision="city", gazetteer_id="",
                                       article_id=report.article_id, published="2025-03-03",
                                       evidence=report.text, confidence=0.9)])])
    data = StoreVersion(filled, version)  # asked for the version before the save, read after it
    data.events
    for thread in threading.enumerate():
        if thread.name == "events-rest":
            thread.join()
    assert columnar.read_copy(data.store.where, version) is None


def test_the_map_files_of_a_first_start_are_those_of_the_whole_frame(filled, rest_held, monkeypatch):
    monkeypatch.setattr(shared_views, "TEXT_LATER", 10)  # the text written after the map, as at a million
    monkeypatch.setattr(columnar, "TEXT_CHUNK", 10)
    monkeypatch.setattr(columnar, "TEXT_BLOCK", 30)
    go = rest_held
    data = StoreVersion(filled, Store(filled).version())
    url, header = data.map_data()  # the map's arrays before the rest is read
    assert not data._parts.done()
    go.set()
    shared_views.map_files().wait()
    expected = columnar.MapBundle.encode(Store(filled).event_table().to_pandas(), shared_views.with_night_figures(
        shared_views.event_notes(data.store), data.air_force()[1]))
    stem = url.rsplit("/", 1)[-1].split(".")[0].split("?")[0]
    folder = shared_views.map_files().folder
    assert header == expected.header and header["chunks"] > 1
    assert (folder / f"{stem}.bin").read_bytes() == expected.binary
    assert [(folder / f"{stem}-{i}.json").read_text(encoding="utf-8") for i in range(header["chunks"])] == \
        expected.chunks


def test_a_first_start_keeps_no_two_reads_of_a_rowid_range_apart(tmp_path, monkeypatch):
    """Rows come in rowid order however the two connections shared the ranges out (the rest is put
    in the first part's order by position)."""
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    monkeypatch.setattr(db_module, "_READ_ROWIDS", 3)
    store = Store(tmp_path, seed=False)
    from dashboard.bench import synthetic_events
    store.import_events(synthetic_events(100))
    with store.database.read() as tx:
        rowids = tx.columns("events", {"rowid": pa.int64()}, snapshot="SELECT 1").column("rowid").to_numpy()
        some = tx.columns("events", {"rowid": pa.int64(), "event_id": pa.string()}, rowids=[rowids[7], rowids[2]])
        ids = dict(tx.rows("SELECT rowid, event_id FROM events"))
    assert list(rowids) == sorted(rowids) and len(rowids) == 100
    assert some.column("rowid").to_pylist() == [rowids[2], rowids[7]]
    assert some.column("event_id").to_pylist() == [ids[rowids[2]], ids[rowids[7]]]


def test_a_value_that_does_not_fit_among_the_rest_is_a_store_error_where_it_is_needed(tmp_path, monkeypatch):
    import sqlite3

    from dashboard.bench import synthetic_events
    from dashboard.store import StoreError

    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    Store(tmp_path, seed=False).import_events(synthetic_events(20))
    with sqlite3.connect(tmp_path / "strikemap.sqlite3") as conn:  # a database changed by hand
        conn.execute("UPDATE events SET source_count = 2.5 WHERE rowid = 3")
    data = StoreVersion(tmp_path, Store(tmp_path).version())  # the page's columns fit
    assert len(data.first) == 20
    with pytest.raises(StoreError, match="does not fit the event table"):
        data.events
    with pytest.raises(StoreError, match="does not fit the event table"):
        data.whole(np.arange(20))
    for thread in threading.enumerate():
        if thread.name == "events-rest":
            thread.join()
    assert columnar.read_copy(data.store.where, data.version) is None
