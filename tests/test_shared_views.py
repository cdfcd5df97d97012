"""The store at a version and its views, shared by every session: computed once, then read."""

from __future__ import annotations

import random
import shutil
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from dashboard import filters as flt
from dashboard import shared_views
from dashboard.demo import write_demo_store
from dashboard.regions_view import region_totals
from dashboard.shared_views import VIEW_COLUMNS, StoreVersion, ViewKey
from dashboard.store import Store

ROOT = Path(__file__).resolve().parent.parent


def test_a_view_is_computed_once_for_every_session_and_holds_only_the_columns_it_needs(tmp_path, monkeypatch):
    for name in ("events.csv", "reports.csv", "sources.csv"):
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    shutil.copytree(ROOT / "data" / "reports", tmp_path / "reports")
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    data = StoreVersion(tmp_path, Store(tmp_path).version())
    calls = []
    monkeypatch.setitem(shared_views.DERIVED, "headline",
                        lambda df: calls.append(len(df)) or shared_views.headline(df))
    russia = flt.Filters(*data.bounds, sides=["Russia"])
    key = ViewKey.of(russia)
    with ThreadPoolExecutor(8) as pool:  # eight sessions asking at once
        heads = list(pool.map(lambda _: data.derived("headline", key), range(8)))
    assert calls == [6] and all(head is heads[0] for head in heads)
    assert heads[0].totals["events"] == 6 and heads[0].regions == 2  # Kyiv City, Dnipropetrovsk Oblast

    view = data.view(key)
    assert list(view.columns) == [c for c in dict.fromkeys(VIEW_COLUMNS)]
    assert data.whole(data.selection(key).positions()).equals(flt.apply(data.events, russia))  # the downloads' rows, every column
    assert data.view(ViewKey.of(flt.Filters(*data.bounds))) is data.slim  # nothing filtered out: no copy
    assert data.view(key) is view


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    """A 3,000-event demo store."""
    folder = tmp_path_factory.mktemp("demo")
    write_demo_store(3_000, 5, folder)
    return folder


def at_version(folder: Path, monkeypatch) -> StoreVersion:
    """The store in ``folder`` at its version, with nothing of its views kept yet."""
    monkeypatch.setenv("STRIKEMAP_CACHE", str(folder / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    return StoreVersion(folder, Store(folder).version())


def random_keys(data: StoreVersion, n: int, seed: int) -> list[ViewKey]:
    """``n`` views with random filters: dates, sides, weapons, regions, text, casualties and map areas."""
    rng = random.Random(seed)
    first, last = data.bounds
    days = (last - first).days
    keys = []
    for _ in range(n):
        start = first + timedelta(days=rng.randrange(days + 1))
        f = flt.Filters(start, start + timedelta(days=rng.randrange(days + 1)),
                        sides=rng.sample(["Russia", "Ukraine"], rng.randint(0, 2)),
                        weapons=rng.sample(data.weapons, rng.randint(0, 2)) if rng.random() < 0.4 else [],
                        regions=rng.sample(data.regions, rng.randint(1, 3)) if rng.random() < 0.3 else [],
                        q=rng.choice(["", "", "kyiv", "oblast", "KHARKIV", "a b", "ї"]),
                        min_casualties=rng.choice([0, 0, 1, 5]))
        south, west = rng.uniform(44, 52), rng.uniform(22, 40)
        area = (south, west, south + rng.uniform(0.5, 8), west + rng.uniform(0.5, 12)) if rng.random() < 0.3 else None
        keys.append(ViewKey.of(f, area))
    return keys


def test_a_views_kept_rows_and_results_equal_filtering_the_whole_store(demo_folder, monkeypatch):
    data = at_version(demo_folder, monkeypatch)
    for key in random_keys(data, 60, seed=3) + [ViewKey.of(flt.Filters(*data.bounds))]:
        direct = flt.apply(data.events, key.filters())
        if key.area:
            direct = flt.within(direct, *key.area)
        selection = data.selection(key)
        rows = selection.positions()
        assert np.array_equal(rows, direct.index.to_numpy()) and len(selection) == len(direct)
        assert all((p in selection) == (p in direct.index) for p in (-1, 0, 1, 7, 8, 2999, 3000, *rows[:3]))
        assert data.view(key).equals(direct[list(data.slim.columns)])
        head, expected = data.derived("headline", key), shared_views.headline(direct)
        assert pd.Series(head.totals).equals(pd.Series(expected.totals))  # the rate may be NaN in both
        assert (head.reported, head.regions) == (expected.reported, expected.regions)
        assert data.derived("by_region", key).equals(flt.by_region(direct))
        assert data.whole(rows).equals(direct)
        assert region_totals(data.view(key)).equals(region_totals(direct))


def test_the_stores_text_is_made_once_for_every_text_search(demo_folder, monkeypatch):
    data = at_version(demo_folder, monkeypatch)
    made, search_text = [], flt.search_text
    monkeypatch.setattr(flt, "search_text", lambda df: made.append(len(df)) or search_text(df))
    for q in ("kyiv", "oblast", "Kharkiv"):
        data.selection(ViewKey.of(flt.Filters(*data.bounds, q=q)))
    assert made == [3_000]


def test_a_rerun_filters_no_view_again_though_few_of_their_tables_are_kept(demo_folder, monkeypatch):
    """Many readers going through ten views, each more than half the store (so the rows budget keeps
    only the newest two tables, as at 100,000 events): once each view's rows are known, no rerun
    filters the store again."""
    data = at_version(demo_folder, monkeypatch)
    monkeypatch.setattr(shared_views, "VIEW_ROWS", 1)  # a small store's tables would all be kept
    filtered, mask = [], flt.mask
    monkeypatch.setattr(flt, "mask", lambda *a, **k: filtered.append(1) or mask(*a, **k))
    first, last = data.bounds
    keys = [ViewKey.of(flt.Filters(first + timedelta(days=d), last, sides=["Russia"])) for d in range(10)]
    for _ in range(3):
        for key in keys:  # what a rerun asks of its view
            assert len(data.selection(key)) > 1_500
            data.derived("headline", key)
            data.derived("by_region", key)
    assert len(filtered) == 10  # once a view
    assert len(data._tables) == shared_views.VIEWS_KEPT


def test_a_saves_new_version_reads_only_what_changed_since_the_version_held(tmp_path, monkeypatch):
    """A server holding one version of a large store (from its columnar copy) read the whole table
    again after a save, and pickled it (a minute and 3 GB at a million events); it now reads only the
    events saved or removed since, and gets what a whole read gives."""
    from datetime import date

    from dashboard import store as store_module
    from dashboard.events import Event, Report, make_id

    write_demo_store(2_000, 3, tmp_path / "data")
    folder = tmp_path / "data"
    monkeypatch.setenv("STRIKEMAP_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    first = StoreVersion(folder, Store(folder).version())
    store_module._LAST_READ.clear()  # as in a server that started from the columnar copy

    day = date(2025, 3, 3)
    report = Report("Russian drones struck two towns.", date(2025, 3, 4), "a save")
    found = [Event(event_id=make_id(place, day, "Russia"), attack_id=make_id(day, "Russia"), event_date=day,
                   date_precision="day", attacker="Russia", attacker_basis="stated", place=place, location_text=place,
                   district_of="", admin1="Kharkiv Oblast", country="UA", latitude=50.0, longitude=36.2,
                   geo_precision="city", gazetteer_id="", article_id=report.article_id, published="2025-03-04",
                   evidence=report.text, confidence=0.9) for place in ("Kharkiv", "Chuhuiv")]
    saver = Store(folder)
    saver.add([(report, found)])
    gone = first.events["event_id"].iloc[5]
    saver.edit(gone, {"killed": 4}, note="a later report")

    def whole_read(self, tx):
        raise AssertionError("the whole table was read again")
    with monkeypatch.context() as m:
        m.setattr(Store, "_event_table", whole_read)
        second = StoreVersion(folder, Store(folder).version())
    assert len(second.events) == len(first.events) + 2 and second.events.dtypes.equals(first.events.dtypes)
    assert not list((tmp_path / "cache" / "strikemap").glob("store-events/*"))  # nothing pickled

    store_module._LAST_READ.clear()
    whole = Store(folder).events()
    assert list(second.events["event_id"]) == list(whole["event_id"])
    assert second.events.loc[second.events["event_id"] == gone, "killed"].iloc[0] == 4
    for column in whole.columns:
        assert [None if pd.isna(v) else v for v in second.events[column]] == \
            [None if pd.isna(v) else v for v in whole[column]], column
    # the same frame as a whole read into the columnar copy's types, its unchanged text not copied
    pd.testing.assert_frame_equal(second.events, Store(folder).event_table().to_pandas())
    held = {b.address for c in first.events["evidence"].array._pa_array.chunks for b in c.buffers() if b is not None}
    assert any(b is not None and b.address in held
               for c in second.events["evidence"].array._pa_array.chunks for b in c.buffers()[1:])
