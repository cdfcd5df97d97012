"""What every session looking at the same store version and filters shares, computed once.

``at_version`` gives the store at one version: its events, what the widgets offer, the map's
data files, the Air Force's figures; two versions are kept, so a save's new version replaces the
old one. A shared link brings many readers to one view, and what the page shows of it (the
filtered events, their figures, the feed's and the table's newest rows, the charts' data)
depends only on the version, the filters and the map area: each is computed by the first session
that asks and read by the others. Values are read-only: callers never change what they get.

Which events a view keeps (a ``Selection``, one bit an event) is kept for hundreds of views: every
rerun asks for it (the view's count, the map's text search, the selected event), and fifty readers
of ten views at 100,000 events filtered the store again on nearly every rerun when only the few
tables that fit the rows budget were kept. Tables of events (the view's columns for its events)
are large at archive scale, so few are kept, made from the selection when a result is computed;
what is computed from them is small and kept for many views. Lookups here are plain
dictionary reads: a rerun asks for a dozen values, and Streamlit's own cache costs about a
millisecond a call to hash its arguments.
"""

from __future__ import annotations

import csv
import functools
import threading
import weakref
from collections import OrderedDict
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Callable

import numpy as np
import pandas as pd
import streamlit as st

from dashboard import columnar, store
from dashboard import filters as flt
from dashboard.airforce_view import with_night_figures
from dashboard.cache import cache_dir
from dashboard.edits import event_notes
from dashboard.events import COLUMNS, COUNT_COLUMNS, WEAPONS
from dashboard.map_view import MapFiles
from dashboard.shipped import shipped_data

# Tables of events are kept while their rows add up to half the store's (at least the last two,
# and a small store's views all fit): at a million events a copy of half of them is a few hundred MB.
VIEWS_KEPT = 2
VIEW_ROWS = 50_000
TABLES_MAX = 64
SELECTIONS_KEPT = 256  # an eighth of a byte an event each: 3 MB at 100,000 events, 32 MB at a million
DERIVED_KEPT = 128  # small results: figures, feed and table rows, chart data
# The columns a first page needs of every event (its map, figures, filters and widgets): on a first
# start with no columnar copy these are read before the page, the rest (the popups' and the
# table's text) by a thread while it is drawn. Empty: every column before the page.
FIRST_COLUMNS = ("event_id", "attack_id", "event_date", "attacker", "place", "admin1", "latitude", "longitude",
                 "geo_precision", "weapons", *COUNT_COLUMNS)
# Whole events wanted before the rest is read come from the store up to this many (the feed's and
# the table's rows); more wait for the rest.
ROWS_FROM_STORE = 5_000
# From this many events the map's popup text is written after the page has drawn the map (over a
# second of encoding here, 9 s at a million); a smaller store's text is written with its map.
TEXT_LATER = 100_000


@dataclass(frozen=True)
class ViewKey:
    """A view of the store: what a filtered table depends on besides the version, hashable."""

    start: date
    end: date
    sides: tuple[str, ...]
    weapons: tuple[str, ...]
    regions: tuple[str, ...]
    q: str
    min_casualties: int
    area: tuple[float, float, float, float] | None = None

    @classmethod
    def of(cls, f: flt.Filters, area=None) -> "ViewKey":
        return cls(f.start, f.end, tuple(f.sides), tuple(f.weapons), tuple(f.regions), f.q, int(f.min_casualties),
                   tuple(round(v, 4) for v in area) if area else None)

    def filters(self) -> flt.Filters:
        return flt.Filters(self.start, self.end, sides=list(self.sides), weapons=list(self.weapons),
                           regions=list(self.regions), q=self.q, min_casualties=self.min_casualties)

    def whole(self) -> "ViewKey":
        """The same filters over the whole map."""
        return ViewKey(*(getattr(self, f.name) for f in fields(self) if f.name != "area"))


@dataclass(frozen=True, eq=False)
class Selection:
    """Which of the store's ``n`` events a view keeps, one bit each (so its size is the same however
    many it keeps), and how many it keeps."""

    bits: np.ndarray
    count: int
    n: int

    @classmethod
    def of(cls, keep: np.ndarray) -> "Selection":
        """From a boolean per event."""
        bits = np.packbits(keep, bitorder="little")
        bits.flags.writeable = False
        return cls(bits, int(np.count_nonzero(keep)), len(keep))

    def __len__(self) -> int:
        return self.count

    def __contains__(self, position: int) -> bool:
        return 0 <= position < self.n and bool(self.bits[position >> 3] >> (position & 7) & 1)

    def keep(self) -> np.ndarray:
        """A boolean per event."""
        return np.unpackbits(self.bits, count=self.n, bitorder="little").view(bool)

    def positions(self) -> np.ndarray:
        """The positions of the events kept, ascending."""
        return np.flatnonzero(self.keep())


@dataclass(frozen=True)
class Headline:
    totals: dict
    reported: frozenset  # count columns that at least one event in view reports
    regions: int


def headline(df: pd.DataFrame) -> Headline:
    return Headline(flt.totals(df), frozenset(c for c in COUNT_COLUMNS if df[c].notna().any()),
                    int(df["admin1"].nunique()))


# A view holds only the columns the figures, charts and map need: filtering a million events keeps
# hundreds of thousands of rows, and copying every text column of them took seconds. Results that
# show whole events (the feed, the table) take those few rows from the store's table.
VIEW_COLUMNS = ("event_id", "event_date", "attacker", "weapons", "admin1", "latitude", "longitude", *COUNT_COLUMNS)
WHOLE_ROWS: set[str] = set()
THEN: dict[str, Callable[[pd.DataFrame], object]] = {}

DERIVED: dict[str, Callable[[pd.DataFrame], object]] = {
    "headline": headline, "by_region": flt.by_region,
    "interceptions": flt.interceptions_by_day,
}


def register(name: str, compute: Callable[[pd.DataFrame], object], whole_rows: bool = False,
             then: Callable[[pd.DataFrame], object] | None = None) -> None:
    """Add a result computed from a view (the app's feed and table rows, the region totals);
    ``whole_rows``: it is some of the view's rows, to be given with every column of the store;
    ``then``: what is kept is ``then`` of those rows (the feed's card texts)."""
    DERIVED[name] = compute
    if whole_rows:
        WHOLE_ROWS.add(name)
    if then is not None:
        THEN[name] = then


class _Once:
    """A value computed by the first caller while the others wait for it (no stampede of fifty
    sessions computing the same view); a failure is not kept, so the next caller tries again."""

    __slots__ = ("lock", "done", "value")

    def __init__(self):
        self.lock, self.done, self.value = threading.Lock(), False, None

    def get(self, compute: Callable[[], object]):
        if not self.done:
            with self.lock:
                if not self.done:
                    self.value, self.done = compute(), True
        return self.value


class StoreVersion:
    """The store at one version, and the views of it that sessions have asked for."""

    store_columns = COLUMNS

    def __init__(self, folder: Path, version: str):
        self.store = figures_store(str(folder), store.database_url())
        self.version = version
        earlier = _LATEST.get(self.store.where)
        since = None
        if earlier is not None and earlier.version != version:
            try:
                since = (earlier.version, earlier.events)
            except store.StoreError:  # its columns read after its first page failed: read it all
                pass
            if earlier._reading is not None:  # its columnar copy too, written by then: not both at once
                earlier._reading.join()
        self._parts: store.EventParts | None = None
        self._reading: threading.Thread | None = None  # the thread reading the rest of a first start
        self._events: pd.DataFrame | None = None
        self._whole_frame = _Once()
        where = self.store.where
        if since is None and FIRST_COLUMNS and (held := columnar.read_copy(where, version)) is None:
            # A first start: the columns the page needs now, the rest (and the columnar copy) by a
            # thread of their own while the page is drawn.
            def copy(read: str, table) -> None:  # a save since ``version`` was asked for: a copy of another
                if read == version:
                    columnar.keep_copy(where, version, table)
            self._parts = self.store.event_parts(FIRST_COLUMNS, then=copy)
            self._reading = self._parts.thread
            self.first = self._parts.first_frame()
            if len(self.first.columns) == len(self.store_columns):  # one part (PostgreSQL, no events)
                self._events = self.first
        else:
            self._events = held if since is None and FIRST_COLUMNS else columnar.read_events(
                where, version, lambda: self.store.event_table(since))
            self.first = self._events
        _LATEST[where] = self
        self.slim = self.first[[c for c in dict.fromkeys(VIEW_COLUMNS) if c in self.first.columns]]
        self.bounds = flt.date_bounds(self.first)
        self.regions = sorted(r for r in self.first["admin1"].unique() if r)
        present = {w for ws in self.first["weapons"].unique() for w in str(ws).split(";") if w}
        self.weapons = [w for w in WEAPONS if w in present]
        self._lock = threading.Lock()
        self._selections: OrderedDict[ViewKey, _Once] = OrderedDict()
        self._tables: OrderedDict[ViewKey, _Once] = OrderedDict()
        self._small: OrderedDict[tuple, _Once] = OrderedDict()
        self._hay = _Once()

    def _memo(self, table: OrderedDict, key: tuple, keep: int, compute: Callable[[], object]):
        with self._lock:
            entry = table.get(key)
            if entry is None:
                entry = table[key] = _Once()
                while len(table) > keep:
                    table.popitem(last=False)
            else:
                table.move_to_end(key)
        return entry.get(compute)

    def _prune_tables(self) -> None:
        """Drop the oldest tables of events beyond the rows budget (a view that is the whole
        store is no copy and costs nothing)."""
        budget = max(VIEW_ROWS, len(self.first) // 2)
        with self._lock:
            held = [(k, e.value) for k, e in self._tables.items() if e.done]
            rows = sum(len(v) for _, v in held if v is not self.slim)
            for k, v in held[:-VIEWS_KEPT]:
                if rows <= budget:
                    break
                if v is not self.slim:
                    rows -= len(v)
                del self._tables[k]

    def air_force(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The Air Force's night figures, and those linked to each event for its popup."""
        return self._memo(self._small, ("air_force",), DERIVED_KEPT, self.store.air_force_figures)

    def map_data(self) -> tuple[str, dict]:
        """(URL, header) of the whole store's map data: written once per store version (and kept
        on disk, so a restarted server does not encode it again), fetched once by each browser;
        the popups' text is written after the page has its map (``MapFiles.publish``).
        Asked of the files on every rerun, so a file removed from the shared folder comes back."""
        key = columnar.version_key(self.store.where, self.version, "map")
        encode = columnar.MapBundle.arrays if len(self.first) >= TEXT_LATER else columnar.MapBundle.encode
        return map_files().publish(key, lambda: encode(  # the popups' notes too are made with their text
            self.first, lambda: with_night_figures(event_notes(self.store), self.air_force()[1]),
            text=lambda: self.events),
            store=columnar.version_key(self.store.where, "", "map-store")[:16])

    def selection(self, key: ViewKey) -> Selection:
        """Which events the view keeps (within its map area, if it has one): what a rerun needs of
        the view itself (its count, the text search's rows for the map, whether the selected event
        is in it)."""
        return self._memo(self._selections, key, SELECTIONS_KEPT, lambda: Selection.of(self._keep(key)))

    def _keep(self, key: ViewKey) -> np.ndarray:
        if key.area:
            return self.selection(key.whole()).keep() & flt.inside(self.slim["latitude"], self.slim["longitude"],
                                                                    *key.area)
        f = key.filters()
        return flt.mask(self.events if f.q else self.first, f, hay=self.search_text() if f.q else None
                        ).to_numpy(dtype=bool)

    def search_text(self) -> pd.Series:
        """``flt.search_text`` of the store, made by the first text search for every later one."""
        return self._hay.get(lambda: flt.search_text(self.events))

    def view(self, key: ViewKey) -> pd.DataFrame:
        """The view's events with ``VIEW_COLUMNS``, for computing what the page shows of it
        (``derived``); ``whole`` gives events with every column."""
        held = len(self._tables)
        table = self._memo(self._tables, key, TABLES_MAX, lambda: self._table(self.selection(key)))
        if len(self._tables) > held:
            self._prune_tables()
        return table

    def _table(self, selection: Selection) -> pd.DataFrame:
        return self.slim if len(selection) == len(self.slim) else self.slim.iloc[selection.positions()]

    @property
    def events(self) -> pd.DataFrame:
        """Every column of the store's events, indexed by position (on a first start, once the
        thread reading the columns ``first`` lacks has read them: ``first`` has the others)."""
        if self._events is None:
            self._events = self._whole_frame.get(lambda: self._parts.frame(self.first))
            self._parts = None  # its Arrow tables: the frame holds what it needs of them
        return self._events

    def whole(self, positions: np.ndarray) -> pd.DataFrame:
        """The events at ``positions`` with every column of the store (the downloads; the feed's and
        the table's few rows). The store's table is indexed by position, so a view's index is its
        positions. Before the rest of a first start's columns are read, a few rows' are read from
        the store (the same rows of the same version), so the page need not wait for them."""
        parts = self._parts
        if self._events is None and parts is not None and not parts.done() and len(positions) <= ROWS_FROM_STORE:
            rows = parts.rows(np.asarray(positions, dtype=np.int64))
            if rows is not None:
                frame = rows.to_pandas()
                frame.index = self.first.index[positions]
                return frame
        return self.events.iloc[positions]

    def derived(self, name: str, key: ViewKey):
        """``DERIVED[name]`` of the view, once for every session."""
        def compute():
            value = DERIVED[name](self.view(key))
            value = self.whole(value.index.to_numpy()) if name in WHOLE_ROWS else value
            return THEN[name](value) if name in THEN else value
        return self._memo(self._small, (name, key), DERIVED_KEPT, compute)


# The newest version of each store this process has read: a save's new version reads only what
# changed since it (``Store.events``). Weak: it goes with the Streamlit cache's entry.
_LATEST: weakref.WeakValueDictionary[str, StoreVersion] = weakref.WeakValueDictionary()


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def at_version(folder: str, version: str) -> StoreVersion:
    """The store in ``folder`` at ``version``, for every session: a new ingest or a saved report
    shows up on the next rerun."""
    return StoreVersion(Path(folder), version)


@functools.lru_cache(maxsize=2)
def figures_store(folder: str, url: str) -> store.Store:
    """One store object per data folder and database, so asking for its version costs one read,
    not a schema check first (kept by the process itself: a Streamlit cache hashes its arguments
    on every call, a millisecond of each rerun)."""
    return store.Store(Path(folder), url=url)


@functools.lru_cache(maxsize=1)
def map_files() -> MapFiles:
    return MapFiles(cache_dir() / "map-data")


@functools.lru_cache(maxsize=1)
def known_regions() -> tuple[str, ...]:
    """Every region the gazetteer knows, for telling "no events there" from "no such region"."""
    with (shipped_data() / "gazetteer" / "regions.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(row["name"] for row in csv.DictReader(fh))
