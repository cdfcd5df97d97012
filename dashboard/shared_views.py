"""What every session looking at the same store version and filters shares, computed once.

A shared link brings many readers to one view: the filtered table, its figures, the feed's and
the table's newest rows, the charts' data and specs depend only on (store version, filters, map
area), so they are kept in the process's resource cache and a rerun of any session that asks for
the same view only draws them. Values are read-only: callers never change what they get.

Tables of events (the filtered view, and the view within a map area) are large at archive scale,
so only two of each are kept; what is computed from them is small and kept for many views.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import filters as flt
from dashboard.events import COUNT_COLUMNS

VIEWS_KEPT = 2  # tables of events: at a million events each may be hundreds of MB
DERIVED_KEPT = 64  # small results: figures, feed and table rows, chart data


@dataclass(frozen=True)
class ViewKey:
    """A view of the store: everything a filtered table depends on, hashable."""

    path: str
    version: str
    start: date
    end: date
    sides: tuple[str, ...]
    weapons: tuple[str, ...]
    regions: tuple[str, ...]
    q: str
    min_casualties: int
    area: tuple[float, float, float, float] | None = None

    @classmethod
    def of(cls, path: str, version: str, f: flt.Filters, area=None) -> "ViewKey":
        return cls(path, version, f.start, f.end, tuple(f.sides), tuple(f.weapons), tuple(f.regions), f.q,
                   int(f.min_casualties), tuple(round(v, 4) for v in area) if area else None)

    def filters(self) -> flt.Filters:
        return flt.Filters(self.start, self.end, sides=list(self.sides), weapons=list(self.weapons),
                           regions=list(self.regions), q=self.q, min_casualties=self.min_casualties)

    def whole(self) -> "ViewKey":
        """The same filters over the whole map."""
        return ViewKey(*(getattr(self, f) for f in self.__dataclass_fields__ if f != "area"))


def _hash_key(key: ViewKey) -> tuple:
    return tuple(getattr(key, f) for f in key.__dataclass_fields__)


_HASH = {ViewKey: _hash_key}
_events: list[Callable[[str, str], pd.DataFrame]] = []


def use_events(load: Callable[[str, str], pd.DataFrame]) -> None:
    """Tell this module how to read the store's events at a version (the app's cached loader)."""
    _events[:] = [load]


@st.cache_resource(show_spinner=False, max_entries=VIEWS_KEPT, hash_funcs=_HASH)
def _filtered(key: ViewKey) -> pd.DataFrame:
    return flt.apply(_events[0](key.path, key.version), key.filters())


@st.cache_resource(show_spinner=False, max_entries=VIEWS_KEPT, hash_funcs=_HASH)
def _in_area(key: ViewKey) -> pd.DataFrame:
    return flt.within(_filtered(key.whole()), *key.area)


def view(key: ViewKey) -> pd.DataFrame:
    """The events of the view (within its map area, if it has one)."""
    return _in_area(key) if key.area else _filtered(key)


@st.cache_resource(show_spinner=False, max_entries=DERIVED_KEPT, hash_funcs=_HASH)
def derived(name: str, key: ViewKey):
    """``DERIVED[name]`` of the view, once for every session."""
    return DERIVED[name](view(key))


@st.cache_resource(show_spinner=False, max_entries=8, hash_funcs=_HASH)
def positions(key: ViewKey) -> np.ndarray:
    """The view's rows as positions in the store's table (what a text search keeps, for the map)."""
    return view(key).index.to_numpy()


@dataclass(frozen=True)
class Headline:
    totals: dict
    reported: frozenset  # count columns that at least one event in view reports
    regions: int


def headline(df: pd.DataFrame) -> Headline:
    return Headline(flt.totals(df), frozenset(c for c in COUNT_COLUMNS if df[c].notna().any()),
                    int(df["admin1"].nunique()))


DERIVED: dict[str, Callable[[pd.DataFrame], object]] = {
    "headline": headline, "daily": flt.daily, "by_region": flt.by_region,
    "interceptions": flt.interceptions_by_day,
}


def register(name: str, compute: Callable[[pd.DataFrame], object]) -> None:
    """Add a result computed from a view (the app's feed and table rows, the region totals)."""
    DERIVED[name] = compute
