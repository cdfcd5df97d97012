"""The store at a version and its views, shared by every session: computed once, then read."""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from dashboard import filters as flt
from dashboard import shared_views
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
    assert data.whole(view).equals(flt.apply(data.events, russia))  # the downloads' rows, every column
    assert data.view(ViewKey.of(flt.Filters(*data.bounds))) is data.slim  # nothing filtered out: no copy
    assert data.view(key) is view
