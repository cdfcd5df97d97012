"""The store's events and sources read column by column into Arrow (``Store.event_table``), on
each engine: the same frame, to the last dtype, value and row, as reading every row into Python
objects gave; and a server's first start reads no row into Python objects."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

import dashboard.db as db_module
import dashboard.store as store_module
from dashboard import events as schema
from dashboard.bench import synthetic_events
from dashboard.events import Event, Report, make_id
from dashboard.store import Store, StoreError

# Text that CSV, the 0xFF gap, PostgreSQL's NUL escape, UTF-8 or the sort could get wrong.
AWKWARD = ["", "Київ", "київ", "Kyiv, \"centre\"", "line\nbreak\r\nand\ttab", "back\\slash \\N", "NUL\x00inside",
           "\ue000 escape \ue0000", "ÿ þ \u00ff", "emoji 🚀", "'quoted'", "Z", "Z\x00", "Ärzte", "NULL", "a" * 3000]


@pytest.fixture
def make_store(store_url):
    return lambda folder: Store(folder, url=store_url)


def _old_read(store: Store, table: str, order: tuple[str, ...]) -> pd.DataFrame:
    """The events or sources as the store read them before: every row as Python objects, then sorted."""
    with store.database.read() as tx:
        rows = tx.rows(f"SELECT {', '.join(schema.COLUMNS)} FROM {table}")
    return store_module._typed_frame(rows).sort_values(list(order), kind="stable").reset_index(drop=True)


def _fill(store: Store) -> None:
    """Events with edits, several sources (merged, disagreeing), missing counts, awkward text and
    doubles that need all 17 digits; ties on every sort key but the last."""
    rng = random.Random(7)
    day = date(2025, 3, 3)
    items = []
    for n, text in enumerate(AWKWARD * 3):
        report = Report(f"Report {n}: {text}", day + timedelta(days=n % 4), f"title {text}",
                        f"https://example.org/{n}")
        place = (text or "Place") + ("" if n < len(AWKWARD) else f" {n % 2}")
        found = [Event(event_id=make_id(place, report.published, "Russia"), attack_id=make_id(report.published, n % 3),
                       event_date=report.published, date_precision="day", attacker="Russia", attacker_basis="stated",
                       place=place, location_text=text, district_of=text, admin1="Kharkiv Oblast", country="UA",
                       latitude=rng.uniform(-90, 90), longitude=rng.uniform(-180, 180), geo_precision="city",
                       gazetteer_id=text, weapons="drone", killed=None if n % 3 else n, injured=n % 5 or None,
                       damage=text, reported_by=text, article_id=report.article_id,
                       published=report.published.isoformat(), source_title=text, source_url=text, evidence=text,
                       confidence=rng.random())]
        items.append((report, found))
    store.add(items)
    wire = Report("A wire report of the same strikes.", day + timedelta(days=9), "Wire")
    again = [Event(**{**ev.to_dict(), "event_date": ev.event_date, "article_id": wire.article_id,
                      "killed": 99, "reported_by": "Governor Київ", "published": wire.published.isoformat()})
             for _, events in items[:5] for ev in events]
    store.add([(wire, again)])  # five events with two disagreeing sources
    first = items[0][1][0].event_id
    store.edit(first, {"injured": 12, "damage": "після правки, \"edited\"\n", "latitude": 0.1 + 0.2})
    store.edit(items[1][1][0].event_id, {"killed": ""})
    store.import_events(synthetic_events(60))
    long = Report("A long report.", day, "Long")  # a row longer than a block of Arrow's CSV reader
    store.add([(long, [Event(**{**items[2][1][0].to_dict(), "event_date": day, "article_id": long.article_id,
                                "event_id": make_id("long"), "evidence": "долгий текст, \"\n" * 200_000})])])


def test_the_columnar_read_gives_exactly_the_frame_rows_of_python_objects_gave(tmp_path, make_store, monkeypatch):
    monkeypatch.setattr(db_module, "_READ_ROWIDS", 7)  # many ranges, read by two connections on SQLite
    store = make_store(tmp_path)
    _fill(store)
    for table, order, read in (("events", store_module._EVENT_ORDER, store.events),
                               ("sources", ("event_id", "article_id"), store.sources)):
        old = _old_read(store, table, order)
        assert len(old) > 80 and old["killed"].isna().any() and old["evidence"].str.contains("\x00").any()
        new = read()
        pd.testing.assert_frame_equal(new, old, check_exact=True)
        for column in old.columns:  # Python str, date, float and bool values, not numpy's or Arrow's
            assert [type(v) for v in new[column]] == [type(v) for v in old[column]], column
    old = _old_read(store, "events", store_module._EVENT_ORDER)
    table = store.event_table()
    like_before = pa.Table.from_pandas(old, preserve_index=False)  # what the columnar copy was made from
    assert table.schema.equals(like_before.schema, check_metadata=True)
    pd.testing.assert_frame_equal(table.to_pandas(), like_before.to_pandas(), check_exact=True)
    assert table.to_pandas().dtypes.equals(like_before.to_pandas().dtypes)


def test_an_empty_store_reads_as_an_empty_table(tmp_path, store_url):
    store = Store(tmp_path, url=store_url, seed=False)
    assert store.events().equals(schema.empty_frame())
    assert store.event_table().to_pandas().shape == (0, len(schema.COLUMNS))


def test_a_range_past_sqlites_length_limit_is_read_in_halves(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    store = Store(tmp_path, seed=False)
    store.import_events(synthetic_events(200))
    old = _old_read(store, "events", store_module._EVENT_ORDER)
    connect = db_module.SQLiteDatabase._connect

    def limited(self):
        conn = connect(self)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 4_000)  # a few events' text per blob
        return conn
    monkeypatch.setattr(db_module.SQLiteDatabase, "_connect", limited)
    pd.testing.assert_frame_equal(store.events(), old, check_exact=True)


def test_a_value_changed_by_hand_to_one_that_does_not_fit_is_a_store_error(tmp_path, monkeypatch):
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    store = Store(tmp_path, seed=False)
    store.import_events(synthetic_events(5))
    with sqlite3.connect(tmp_path / "strikemap.sqlite3") as conn:
        conn.execute("UPDATE events SET event_date = '2025-02-30' WHERE rowid = 2")
    with pytest.raises(StoreError, match="does not fit the event table"):
        store.event_table()
    with pytest.raises(StoreError, match="does not fit the event table"):
        Store(tmp_path).events()
    with sqlite3.connect(tmp_path / "strikemap.sqlite3") as conn:
        conn.execute("UPDATE events SET event_date = '2025-02-03', killed = 2.5 WHERE rowid = 2")
    with pytest.raises(StoreError, match="does not fit the event table"):
        store.event_table()


def test_a_first_start_with_an_empty_cache_reads_no_row_into_python_objects(tmp_path, monkeypatch):
    """Rows of Python objects took a server's first start a minute and 3 GB at a million events."""
    from dashboard.shared_views import StoreVersion

    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    folder = tmp_path / "data"
    Store(folder, seed=False).import_events(synthetic_events(300))
    expected = _old_read(Store(folder), "events", store_module._EVENT_ORDER)
    store_module._LAST_READ.clear()

    def no_rows(rows):
        raise AssertionError("the events were read as rows of Python objects")
    monkeypatch.setattr(store_module, "_typed_frame", no_rows)
    first = StoreVersion(folder, Store(folder).version())
    assert list(first.events["event_id"]) == list(expected["event_id"])
    assert not (tmp_path / "cache" / "strikemap" / "store-events").exists()  # nothing pickled


def test_rows_in_runs_are_the_rows_taken_and_share_the_columns_memory():
    """A save's new version is made of slices of the held version's columns (``_in_runs``): the
    same table as taking its rows (``_in_order``), its text not copied, its columns in a bounded
    number of chunks however many saves made them; positions in no order are taken as before."""
    rng = random.Random(7)
    n = 5_000
    texts = pa.chunked_array([pa.array([f"event {i} " + AWKWARD[i % len(AWKWARD)] for i in range(n // 2)]),
                              pa.array([f"event {i}" if i % 9 else None for i in range(n // 2, n)])])
    counts = pa.chunked_array([pa.array([i if i % 7 else None for i in range(n)], pa.int64())])
    types = pa.schema([("text", pa.string()), ("count", pa.int64())])

    def columns():
        return [texts, counts]

    def unchanged(table):
        address = {b.address for c in texts.chunks for b in c.buffers() if b is not None}
        return all(any(b is not None and b.address in address for b in c.buffers()[1:]) for c in table.column(0).chunks
                   if len(c) > 100)

    kept = np.array(sorted(set(range(n)) - set(rng.sample(range(n), 40))))
    cases = [np.arange(n), kept, np.insert(kept, [10, 900, 900, len(kept)], [n - 1, n - 2, 3, 0]),
             np.arange(0), np.arange(n)[::-1], np.arange(n - 10, n)]
    for positions in cases:
        taken = store_module._in_order(columns(), types, positions)
        shared = store_module._in_runs(columns(), types, positions)
        if len(np.flatnonzero(np.diff(positions) != 1)) >= store_module.RUNS_MAX:
            assert shared is None
            continue
        assert shared.schema.equals(taken.schema) and shared.equals(taken)
        assert shared.to_pandas().equals(taken.to_pandas())
        assert unchanged(shared) or len(positions) < n // 2
    # a hundred saves, each putting an event in somewhere: the pieces stay few, the rows right
    table = pa.Table.from_arrays(columns(), schema=types)
    expected = table
    for k in range(100):
        where = rng.randrange(table.num_rows + 1)
        new = pa.Table.from_arrays([pa.chunked_array([pa.array([f"new {k}"])]), pa.chunked_array([pa.array([k])])],
                                   schema=types)
        both = pa.concat_tables([table, new])
        positions = np.insert(np.arange(table.num_rows), where, table.num_rows)
        table = store_module._in_runs(both.columns, both.schema, positions)
        expected = pa.concat_tables([expected.slice(0, where), new, expected.slice(where)])
        assert table.equals(expected)
    assert max(c.num_chunks for c in table.columns) <= 2 * store_module.PIECES_MAX + 1
