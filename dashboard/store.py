"""The event store: reports, the events each report supports, merged events, and an edit log.

The store is a database: an SQLite file in the data folder (``STRIKEMAP_DATA``, else the
project's ``data/``) by default, or PostgreSQL when ``STRIKEMAP_DATABASE_URL`` is set (see
``dashboard.db``). Its tables:

- ``reports``: every report read, verbatim, with its metadata;
- ``sources``: one row per event per report: what that report says (the event table's columns);
- ``edits``: manual corrections: when, who, which event and field, from which value to which, why,
  and which earlier edit a revert undoes;
- ``source_reviews``: reports added in the app whose figures wait for (or got) an editor's review;
- ``events``: the merged events the dashboard shows, derived from the two tables above.

One strike reported by several sources is one event (its id comes from place, date
and side); its figures come from the most official, then the latest source, and a
``sources_disagree`` flag tells when sources differ. Every save is one transaction, and
it touches only the events it changes, so its cost does not grow with the store.

A new database is seeded once from the files in the data folder (``dashboard.db.files``):
that is how the committed default data, kept as reviewable text, becomes the first store,
and how a store kept in files by an older version moves into the database. The files are
only read, so they stay as they were, a backup of the store before the move.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard import events as schema
from dashboard.cache import cache_dir, pickled
from dashboard.db import Database, StoreError, Transaction, open_database
from dashboard.db.files import ATTACK_RECORD_COLUMNS, EDIT_COLUMNS, FileStore, read_file_store, write_file_store
from dashboard.events import Report

PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"
EDITABLE = ("place", "event_date", "attacker", "weapons", "damage", "reported_by", *schema.COUNT_COLUMNS,
            "latitude", "longitude", "admin1", "country", "geo_precision", "district_of", "gazetteer_id")
_OFFICIAL = re.compile(
    r"\b(?:governor|mayor|minist\w*|air force|general staff|administration|emergency|police|prosecutor|"
    r"military|armed forces|head of|president|official)", re.IGNORECASE)
_CHUNK = 500  # ids per IN (...) list: well under every engine's limit on parameters
# A save's new version shares the held version's memory where its events follow one another there
# (``_in_runs``), in up to this many runs (more: a held table not in order, copied); chunks shorter
# than a column's length over PIECES_MAX are joined.
RUNS_MAX = 1_024
PIECES_MAX = 256
_EVENT_FIELDS = ", ".join(schema.COLUMNS)
_EVENT_SLOTS = ", ".join("?" for _ in schema.COLUMNS)
_INSERT_EDIT = f"INSERT INTO edits (seq, {', '.join(EDIT_COLUMNS)}) VALUES (?, {', '.join('?' for _ in EDIT_COLUMNS)})"

_EVENT_ORDER = ("event_date", "attack_id", "geo_precision", "place", "event_id")  # how the events are listed
_ARROW_TYPES = {name: pa.int64() if name in schema.INT_COLUMNS else pa.float64() if name in schema.FLOAT_COLUMNS
                else pa.bool_() if name in schema.BOOL_COLUMNS else pa.date32() if name == "event_date" else pa.string()
                for name in schema.COLUMNS}

# The last events read in this process, per store: (version, events), for reading only what changed.
_LAST_READ: dict[str, tuple[int, pd.DataFrame]] = {}

__all__ = ["Store", "StoreError", "Summary", "load_events", "data_dir", "database_url", "merge_sources"]


def data_dir() -> Path:
    return Path(os.environ.get("STRIKEMAP_DATA") or PROJECT_DATA)


def database_url() -> str:
    """STRIKEMAP_DATABASE_URL (postgresql://...), or "" for the SQLite file in the data folder."""
    return os.environ.get("STRIKEMAP_DATABASE_URL", "").strip()


def events_path() -> Path:
    """Where the merged events are exported as CSV in the data folder."""
    return data_dir() / "events.csv"


def load_events(path: Path | None = None) -> pd.DataFrame:
    """The merged events of the store, or of an event CSV file; an absent file is an empty table.

    Parsing and validating 100,000 rows takes over a second, so the validated table of a file is
    kept as a pickle in the cache folder, keyed by the file's path, size and time."""
    if path is None:
        return Store().events()
    if not path.exists():
        return schema.empty_frame()
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{schema.COLUMNS}".encode()).hexdigest()
    return pickled(cache_dir() / "events" / f"{key[:32]}.pickle", lambda: schema.read_csv(path), keep=8)


def officialness(reported_by: str) -> int:
    """2 for an official source (governor, ministry, air force...), 1 for a named one, 0 for none."""
    if _OFFICIAL.search(reported_by or ""):
        return 2
    return 1 if reported_by else 0


def _unique_lines(text: str) -> str:
    return "\n".join(dict.fromkeys(line for line in str(text).split("\n") if line))


def _unique_parts(text: str) -> str:
    return "; ".join(dict.fromkeys(part for part in text.split("; ") if part))


def _weapons_in_order(weapons: str) -> str:
    found = set(str(weapons).split(";"))
    return ";".join(w for w in schema.WEAPONS if w in found)


def merge_sources(sources: pd.DataFrame, held: dict[tuple[str, str], str] | None = None) -> pd.DataFrame:
    """One event per event_id from the per-report rows: the figures of the most official,
    then latest report; evidence, weapons and reporters of all of them.

    ``held`` maps (event_id, article_id) to 'pending' or 'rejected' for reports an editor has not
    accepted: a pending report's figure only fills a figure no reviewed report gives, and a
    rejected report gives none.

    Most events have one source: those rows are tidied column by column, and only events
    with several sources are merged one by one."""
    if sources.empty:
        return schema.empty_frame()
    several = sources["event_id"].duplicated(keep=False)
    single = sources[~several].copy()
    single["evidence"] = single["evidence"].map(_unique_lines)
    single["reported_by"] = single["reported_by"].map(_unique_parts)
    single["weapons"] = single["weapons"].map(_weapons_in_order)
    single["damage"] = single["damage"].map(_unique_parts)
    single["source_count"] = 1
    single["sources_disagree"] = False
    single["figures_rule"] = ""
    parts = [single] + ([_merge_several(sources[several], held or {})] if several.any() else [])
    out = schema.validate(pd.concat(parts, ignore_index=True) if len(parts) > 1 else single)
    return out.sort_values(["event_date", "attack_id", "geo_precision", "place", "event_id"],
                           kind="stable").reset_index(drop=True)


_HELD_RANK = {"pending": 1, "rejected": 2}  # reviewed sources rank 0


def _merge_several(sources: pd.DataFrame, held: dict[tuple[str, str], str]) -> pd.DataFrame:
    status = [held.get(pair, "") for pair in zip(sources["event_id"], sources["article_id"])]
    ranked = sources.assign(
        _held=[_HELD_RANK.get(s, 0) for s in status],
        _official=sources["reported_by"].map(officialness),
        _published=sources["published"],
    ).sort_values(["event_id", "_held", "_official", "_published", "confidence", "article_id"],
                  ascending=[True, True, False, False, False, True], kind="stable")
    rows = []
    for _, group in ranked.groupby("event_id", sort=False):
        first = group.iloc[0].to_dict()
        row = {c: first[c] for c in schema.COLUMNS}
        disagree = []
        counted = group[group["_held"] < 2]
        waiting = int((group["_held"] == 1).sum())
        for col in schema.COUNT_COLUMNS:
            values = counted[col].dropna()
            row[col] = values.iloc[0] if len(values) else None
            if values.nunique() > 1:
                disagree.append(col)
        row["evidence"] = _unique_lines("\n".join(str(ev) for ev in group["evidence"]))
        row["reported_by"] = _unique_parts("; ".join(group["reported_by"]))
        row["weapons"] = _weapons_in_order(";".join(group["weapons"]))
        row["damage"] = _unique_parts("; ".join(group["damage"]))
        row["confidence"] = float(group["confidence"].max())
        row["source_count"] = int(group["article_id"].nunique())
        row["sources_disagree"] = bool(disagree)
        if row["source_count"] > 1:
            who = first["reported_by"] or first["source_title"] or first["article_id"]
            row["figures_rule"] = (f"figures from the most official, then latest of {row['source_count']} reports "
                                   f"({who}, {first['published']})"
                                   + (f"; {waiting} awaiting an editor's review" if waiting else "")
                                   + (f"; sources disagree on {', '.join(disagree)}" if disagree else ""))
        else:
            row["figures_rule"] = ""
        rows.append(row)
    return pd.DataFrame(rows, columns=list(schema.COLUMNS))


def _merged_as_is(sources: pd.DataFrame) -> pd.Series:
    """Which rows ``merge_sources`` would give back unchanged as the event of a single report."""
    same = ((sources["source_count"].fillna(1) == 1) & ~sources["sources_disagree"]
            & (sources["figures_rule"] == "")).astype(bool)
    for column, tidy, mark in (("evidence", _unique_lines, "\n"), ("reported_by", _unique_parts, "; "),
                               ("damage", _unique_parts, "; "), ("weapons", _weapons_in_order, ";")):
        values = sources[column]
        marked = pd.Series([mark in value for value in values], index=values.index, dtype=bool)  # only these can change
        if marked.any():
            tidied = {value: tidy(value) for value in values[marked].unique()}
            same &= ~marked | (values.map(tidied) == values)
    return same


def apply_edits(events: pd.DataFrame, edits: list[dict[str, str]]) -> pd.DataFrame:
    """Manual corrections, oldest first, over the merged events."""
    if not edits:
        return events
    raw = events.copy()
    raw["event_date"] = raw["event_date"].map(lambda d: d.isoformat())
    raw = raw.astype(object).where(raw.notna(), "")
    index = {eid: i for i, eid in enumerate(raw["event_id"])}
    for edit in edits:
        i = index.get(edit["event_id"])
        if i is not None and edit["field"] in raw.columns:
            raw.iat[i, raw.columns.get_loc(edit["field"])] = edit["new"]
    return schema.validate(raw)


def _event_rows(df: pd.DataFrame) -> list[tuple]:
    """A validated event frame as rows of plain Python values, in ``schema.COLUMNS`` order."""
    columns = []
    for col in schema.COLUMNS:
        if col == "event_date":
            values = [d.isoformat() for d in df[col].tolist()]
        elif col in schema.INT_COLUMNS:
            values = df[col].to_numpy(dtype=object, na_value=None).tolist()  # Python ints, None for NA
        elif col in schema.BOOL_COLUMNS:
            values = [bool(v) for v in df[col].tolist()]
        else:
            values = df[col].tolist()
        columns.append(values)
    return list(zip(*columns))


def _typed_frame(rows: list[tuple]) -> pd.DataFrame:
    """Database rows as the event table, with the dtypes ``events.validate`` gives. Every row was
    validated before it was written and the schema checks the rest, so this only converts: a
    million rows in seconds instead of the half minute a full validation takes."""
    data = {}
    for name, values in zip(schema.COLUMNS, zip(*rows)):
        if name in schema.INT_COLUMNS:
            data[name] = pd.array(values, dtype="Int64")
        elif name in schema.FLOAT_COLUMNS:
            data[name] = np.asarray(values, dtype="float64")
        elif name in schema.BOOL_COLUMNS:
            data[name] = np.asarray(values, dtype=bool)
        elif name == "event_date":
            data[name] = pd.Series([date.fromisoformat(v) for v in values], dtype=object)
        else:
            data[name] = pd.Series(values, dtype=object)  # object, as validate gives, not pandas' inferred strings
    return pd.DataFrame(data, columns=list(schema.COLUMNS))


def _frame_of(table: pa.Table) -> pd.DataFrame:
    """An Arrow table of events (``Store.event_table``) as the event table, with the dtypes
    ``events.validate`` gives: Python strings and dates in object columns, ``Int64`` counts."""
    if not table.num_rows:
        return schema.empty_frame()
    data = {}
    for name in schema.COLUMNS:
        column = table.column(name)
        if name in schema.INT_COLUMNS:
            data[name] = pd.array(column.to_numpy(zero_copy_only=False), dtype="Int64")
        elif name in schema.FLOAT_COLUMNS or name in schema.BOOL_COLUMNS:
            data[name] = column.to_numpy()
        elif name == "event_date":
            data[name] = pd.Series(column.to_pandas(date_as_object=True).to_numpy(), dtype=object)
        else:  # Python strings, as validate gives, not pandas' Arrow-backed ones
            data[name] = pd.Series(column.to_numpy(zero_copy_only=False), dtype=object)
    return pd.DataFrame(data, columns=list(schema.COLUMNS))


def _with_pandas_metadata(table: pa.Table) -> pa.Table:
    """The table as ``Table.from_pandas`` makes it of the frame ``_frame_of`` gives (the columnar
    copy's pandas metadata: ``Int64`` counts come back as ``Int64``), without making that frame."""
    if not table.num_rows:
        return pa.Table.from_pandas(schema.empty_frame(), preserve_index=False)
    return table.replace_schema_metadata(
        pa.Schema.from_pandas(_frame_of(table.slice(0, 1)), preserve_index=False).metadata)


_DEFAULTS = {"event_date": date(1970, 1, 1), **{n: None for n in schema.INT_COLUMNS},
             **{n: 0.0 for n in schema.FLOAT_COLUMNS}, **{n: False for n in schema.BOOL_COLUMNS}}


@functools.lru_cache(maxsize=1)
def _pandas_metadata() -> dict[bytes, bytes]:
    """The pandas metadata ``_with_pandas_metadata`` gives a table of events: it depends only on the
    columns' types (made here from one row of defaults), so a part of the columns can carry it."""
    row = pa.table({n: pa.array([_DEFAULTS.get(n, "")], _ARROW_TYPES[n]) for n in schema.COLUMNS})
    return _with_pandas_metadata(row).schema.metadata


def _first_frame(table: pa.Table) -> pd.DataFrame:
    """Some columns of an event table (with ``_pandas_metadata``) as a frame, each in the dtype the
    whole table's frame gives it (the pandas metadata of the other columns left out)."""
    meta = json.loads(table.schema.metadata[b"pandas"])
    meta["columns"] = [c for c in meta["columns"] if c["name"] in table.column_names]
    return table.replace_schema_metadata({b"pandas": json.dumps(meta).encode("utf-8")}).to_pandas()


def _behind_the_page() -> None:
    """The calling thread, and the threads it starts, run behind the process's others (Linux gives
    each thread its own nice value): on a busy machine the page being drawn comes first, the rest of
    the events' columns and the columnar copy after it."""
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), min(os.getpriority(os.PRIO_PROCESS, 0) + 10, 19))
        except (AttributeError, OSError):
            pass


class EventParts:
    """The events read in two parts from one snapshot of the store, by a thread of their own (not a
    daemon: a process waits for it): first the ``first`` columns (the sort keys among them), in the
    events' order, which the constructor waits for; then the rest, put in the same order, which
    ``table`` waits for. At a million events the first page needs its map's columns and figures,
    not every popup's text: reading it all (34 columns) before the page was most of a first
    start's 15 s. (PostgreSQL's rows have no rowid to read the rest by: there the first part is
    every column.)

    ``rows`` gives whole events at some positions before the rest is read, from the database: the
    rows of the same rowids, when the store is still at the version read (every save changes it).
    ``then`` is called with the version read and the whole table once it is read (the columnar copy
    is written there)."""

    def __init__(self, store: "Store", first: Sequence[str], then: Callable[[str, pa.Table], None] | None = None):
        self.store = store
        self.names = [n for n in schema.COLUMNS if n in set(first) | set(_EVENT_ORDER)]
        self.version = ""
        self._first: pa.Table | None = None
        self._rowids: np.ndarray | None = None
        self._table: pa.Table | None = None
        self._error: BaseException | None = None
        self._first_read, self._read = threading.Event(), threading.Event()
        self._then = then
        self.thread = threading.Thread(target=self._run, name="events-rest", daemon=False)
        self.thread.start()
        self._first_read.wait()
        if self._first is None:
            raise self._error

    def first_frame(self) -> pd.DataFrame:
        """The first columns, in the events' order, as the whole table's frame has them."""
        return _first_frame(self._first)

    def frame(self, first: pd.DataFrame) -> pd.DataFrame:
        """``table()`` as a frame, given ``first_frame()``: its columns are used as they are (a
        second conversion held a million events' numbers and dates twice)."""
        rest = [n for n in schema.COLUMNS if n not in first.columns]
        if not rest:
            return first
        frame = pd.concat([first, _first_frame(self.table().select(rest))], axis=1)
        return frame[list(schema.COLUMNS)]

    def done(self) -> bool:
        return self._read.is_set()

    def table(self) -> pa.Table:
        """Every column, in the events' order (``Store.event_table``'s table), once read."""
        self._read.wait()
        if self._error is not None:
            raise self._error
        return self._table

    def rows(self, positions: np.ndarray) -> pa.Table | None:
        """The events at these positions with every column (as ``table().take(positions)``), the
        rest read from the database's rows of the same rowids; None when the store has changed
        since (the caller waits for ``table``)."""
        if self._read.is_set():
            return self.table().take(positions)
        positions = np.asarray(positions, dtype=np.int64)
        rowids = self._rowids[positions]
        rest = {n: _ARROW_TYPES[n] for n in schema.COLUMNS if n not in self.names}
        with self.store._db().read() as tx:
            if self.store._version(tx) != self.version:
                return None
            read = self.store._read(tx, "events", {"rowid": pa.int64(), **rest}, rowids=rowids)
        found = read.column("rowid").to_numpy()
        at = np.searchsorted(found, rowids)
        if len(rowids) and (not len(found) or not np.array_equal(found[np.minimum(at, len(found) - 1)], rowids)):
            return None
        first, later = self._first.take(positions), read.take(at)
        return self._whole(first, later)

    def _whole(self, first: pa.Table, later: pa.Table) -> pa.Table:
        return pa.Table.from_arrays([first.column(n) if n in self.names else later.column(n) for n in schema.COLUMNS],
                                    schema=pa.schema([(n, _ARROW_TYPES[n]) for n in schema.COLUMNS],
                                                     metadata=_pandas_metadata()))

    def _run(self) -> None:
        try:
            with self.store._db().read() as tx:
                self.version = self.store._version(tx)
                split = self.store.database.reads_rowids
                names = self.names if split else list(schema.COLUMNS)
                read = self.store._read(tx, "events", {**({"rowid": pa.int64()} if split else {}),
                                                       **{n: _ARROW_TYPES[n] for n in names}})
                positions = self.store._order(read, _EVENT_ORDER)
                columns, types = read.columns, read.schema
                del read  # each column read goes once taken
                ordered = self.store._in_order(columns, types, positions)
                if split and ordered.num_rows and len(names) < len(schema.COLUMNS):
                    self._rowids = ordered.column("rowid").to_numpy()
                    self._first = ordered.drop_columns(["rowid"]).replace_schema_metadata(_pandas_metadata())
                    del ordered
                    self._first_read.set()
                    _behind_the_page()
                    later = self.store._read(tx, "events", {n: _ARROW_TYPES[n] for n in schema.COLUMNS
                                                            if n not in self.names})
                    if later.num_rows != len(self._rowids):
                        raise StoreError(f"{self.store.where}: the events changed while they were read")
                    columns, types = later.columns, later.schema
                    del later
                    self._table = self._whole(self._first, self.store._in_order(columns, types, positions))
                else:  # one part: every column (PostgreSQL, or no events)
                    self._table = self._first = _with_pandas_metadata(
                        ordered.drop_columns(["rowid"]) if split else ordered)
                    self.names = list(schema.COLUMNS)
        except BaseException as exc:  # raised again in the threads that wait
            self._error = exc if isinstance(exc, StoreError) else StoreError(f"{self.store.where}: {exc}")
            if self._error is not exc:
                self._error.__cause__ = exc
        finally:
            self._first_read.set()
            self._read.set()
        if self._error is None and self._then is not None:
            self._then(self.version, self._table)


def _in_runs(columns: list[pa.ChunkedArray], types: pa.Schema, positions: np.ndarray) -> pa.Table | None:
    """The rows at ``positions`` of these columns as ``_in_order`` gives them, made of slices of the
    columns where the positions follow one another (sharing their memory, not copied), or None
    when there are more than ``RUNS_MAX`` such runs. A save's new version is the held one with a
    few events put in or taken out: taking every column copied the held version's million events
    once more while a server held both (a quarter of a GB beside them)."""
    positions = np.asarray(positions, dtype=np.int64)
    n = len(positions)
    if not n:
        return pa.Table.from_arrays([column.slice(0, 0) for column in columns], schema=types)
    breaks = np.flatnonzero(np.diff(positions) != 1) + 1
    if len(breaks) >= RUNS_MAX:
        return None
    starts = np.concatenate([[0], breaks])
    runs = list(zip(positions[starts].tolist(), np.diff(np.append(starts, n)).tolist()))
    small = max(1, n // PIECES_MAX)
    return pa.Table.from_arrays(
        [pa.chunked_array(_joined([piece for start, length in runs for piece in column.slice(start, length).chunks
                                   if len(piece)], small), type=column.type) for column in columns], schema=types)


def _joined(pieces: list[pa.Array], small: int) -> list[pa.Array]:
    """The pieces with each run of consecutive ones shorter than ``small`` joined into one (copied):
    a column is kept in at most about ``2 * PIECES_MAX`` pieces however many saves it went through."""
    out, short = [], []
    for piece in pieces + [None]:
        if piece is None or len(piece) >= small:
            if short:
                out.append(pa.concat_arrays(short) if len(short) > 1 else short[0])
                short = []
            if piece is not None:
                out.append(piece)
        else:
            short.append(piece)
    return out


def _in_order(columns: list[pa.ChunkedArray], types: pa.Schema, positions: pa.Array | np.ndarray) -> pa.Table:
    """A table of the rows at ``positions`` of these columns, taken one by one, two at a time (Arrow
    lets go of the GIL), each from one chunk (a quarter faster). Each column in the list is
    replaced by its taken one, so columns nothing else holds are held once, not twice."""
    def take(i: int) -> None:
        columns[i] = columns[i].combine_chunks().take(positions)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(take, range(len(columns))))
    return pa.Table.from_arrays(columns, schema=types)


def _chunks(items: list, size: int = _CHUNK) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _text(value: object) -> str:
    """A cell as the edit log writes it: "" for empty, ISO for dates, 4 (not 4.0) for whole counts."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


@dataclass
class Summary:
    reports: int = 0
    new_reports: int = 0
    added: int = 0
    merged: int = 0
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (f"{self.reports} reports ({self.new_reports} new), {self.added} events added, "
                f"{self.merged} merged with events from other reports, {self.unchanged} unchanged, "
                f"{len(self.warnings)} warnings")


class Store:
    """The store of one data folder (or of the PostgreSQL database its settings name)."""

    def __init__(self, folder: Path | None = None, url: str | None = None, seed: bool = True):
        """``seed=False`` leaves a new database empty instead of filling it from the folder's files."""
        self.folder = Path(folder) if folder else data_dir()
        self.database: Database = open_database(self.folder, database_url() if url is None else url)
        self._ready = False
        self._seed = seed

    @property
    def where(self) -> str:
        """Where saves go, for people: the SQLite file or the PostgreSQL database (without password)."""
        return self.database.where

    def _db(self) -> Database:
        """The database, migrated and, when new, seeded from the data folder's files."""
        if not self._ready:
            self.database.migrate()
            with self.database.read() as tx:
                seeded = tx.value("SELECT value FROM store_meta WHERE key = 'store_id'")
            if not seeded:
                content = read_file_store(self.folder) if self._seed else FileStore()
                with self.database.write() as tx:
                    if not tx.value("SELECT value FROM store_meta WHERE key = 'store_id'"):
                        self._replace(tx, content)
            self._ready = True
        return self.database

    # --- reading -------------------------------------------------------------------
    def version(self) -> str:
        """Changes with every save: a cache of the events is good while this stays the same."""
        with self._db().read() as tx:
            return self._version(tx)

    @staticmethod
    def _meta(tx: Transaction) -> tuple[str, int, int]:
        """(store id, version, the version of the last whole replacement)."""
        meta = dict(tx.rows("SELECT key, value FROM store_meta"))
        return meta.get("store_id", ""), int(meta.get("version") or 0), int(meta.get("replaced_in") or 0)

    @classmethod
    def _version(cls, tx: Transaction) -> str:
        store_id, version, _ = cls._meta(tx)
        return f"{store_id}:{version}"

    def events(self, since: tuple[str, pd.DataFrame] | None = None) -> pd.DataFrame:
        """The merged events. A process that read an earlier version reads only the events saved
        or removed since.

        ``since``: (``version()``, events) that the caller holds of an earlier version of this store
        (the dashboard's columnar copy): only what was saved or removed since is read, and nothing
        is kept here. After one save, a server holding a million events read the whole table
        again (a minute, 3 GB); otherwise it reads as without it."""
        with self._db().read() as tx:
            store_id, version, replaced_in = self._meta(tx)
            held_version = self._held_version(since, store_id, version, replaced_in)
            if since is not None and held_version is not None:
                return self._events_since(tx, held_version, since[1])
            store_id = f"{self.where}|{store_id}"  # a copied database file keeps the id it was copied with
            held = _LAST_READ.get(store_id)
            if held is not None and held[0] == version:
                return held[1].copy()
            if held is not None and replaced_in <= held[0] < version:
                events = self._events_since(tx, *held)
            else:
                events = self._events(tx)
        _LAST_READ.pop(store_id, None)
        while len(_LAST_READ) >= 2:
            _LAST_READ.pop(next(iter(_LAST_READ)))
        _LAST_READ[store_id] = (version, events)
        return events.copy()

    def event_table(self, since: tuple[str, pd.DataFrame] | None = None) -> pa.Table:
        """The merged events of ``events`` as an Arrow table, for the dashboard's columnar copy
        (``columnar.read_events``). Read whole, the table goes from the database into Arrow arrays
        and is sorted there: at a million events, rows of Python objects took a minute and 3 GB on
        a server's first start. ``since`` as for ``events``."""
        with self._db().read() as tx:
            store_id, version, replaced_in = self._meta(tx)
            held_version = self._held_version(since, store_id, version, replaced_in)
            if since is not None and held_version is not None:
                return self._table_since(tx, held_version, since[1])
            return self._event_table(tx)

    @staticmethod
    def _held_version(since: tuple[str, pd.DataFrame] | None, store_id: str, version: int,
                      replaced_in: int) -> int | None:
        """The version ``since`` holds, if the changes since it can be read from this store."""
        if since is None:
            return None
        held_id, _, held = since[0].rpartition(":")
        return int(held) if held_id == store_id and held.isdigit() and replaced_in <= int(held) <= version else None

    def _events_since(self, tx: Transaction, version: int, events: pd.DataFrame) -> pd.DataFrame:
        """``_table_since`` as a frame in the held frame's dtypes."""
        table = self._table_since(tx, version, events)
        try:
            return table.to_pandas().astype(events.dtypes.to_dict())
        except (TypeError, ValueError, KeyError):  # a held frame of other types: the new one's own
            return _frame_of(table)

    def _table_since(self, tx: Transaction, version: int, events: pd.DataFrame) -> pa.Table:
        """``events`` (of ``version``) with the events saved or removed since, as Arrow arrays in the
        held frame's types (Arrow strings from a columnar copy): the held columns are copied once,
        straight into their new order. Filtering, concatenating and sorting a frame copied a
        million events three times, past 1.5 GB beside the version a server holds."""
        changed = self._frame(tx, f"SELECT {_EVENT_FIELDS} FROM events WHERE saved_in > ?", [version])
        removed = {r[0] for r in tx.rows("SELECT event_id FROM removed_events WHERE removed_in > ?", [version])}
        if not len(events):
            return self._event_table(tx)
        try:
            held = pa.Table.from_pandas(events, preserve_index=False)
            new = pa.Table.from_pandas(changed, preserve_index=False).cast(held.schema) if len(changed) else None
        except (pa.ArrowException, ValueError, TypeError):  # held in types a change does not fit: read it all
            return self._event_table(tx)
        gone = pa.array(sorted(removed | set(changed["event_id"])), pa.string())
        kept = np.flatnonzero(~pc.is_in(held.column("event_id"), value_set=gone).to_numpy(zero_copy_only=False))
        both = pa.concat_tables([held, new]) if new is not None else held
        rows = np.concatenate([kept, np.arange(len(held), both.num_rows)])
        keys = both.select(list(_EVENT_ORDER)).take(rows).combine_chunks()
        order = rows[pc.sort_indices(keys, sort_keys=[(name, "ascending") for name in _EVENT_ORDER]).to_numpy()]
        del keys
        shared = _in_runs(both.columns, both.schema, order)
        return shared if shared is not None else _in_order(both.columns, both.schema, order)

    def _events(self, tx: Transaction) -> pd.DataFrame:
        return _frame_of(self._event_table(tx))

    def _event_table(self, tx: Transaction) -> pa.Table:
        return _with_pandas_metadata(self._table(tx, "events", _EVENT_ORDER))

    def sources(self) -> pd.DataFrame:
        with self._db().read() as tx:
            return _frame_of(self._table(tx, "sources", ("event_id", "article_id")))

    def _table(self, tx: Transaction, table: str, order: tuple[str, ...]) -> pa.Table:
        """Every row of ``events`` or ``sources`` as Arrow arrays, sorted by ``order`` (unique in
        the table: Arrow compares strings by UTF-8 bytes, which orders them as Python does). Each
        column is put in order and let go in turn, so the table is held once, not twice."""
        read = self._read(tx, table, _ARROW_TYPES)
        positions = self._order(read, order)
        columns, types = read.columns, read.schema
        del read  # each column read goes once taken
        return self._in_order(columns, types, positions)

    def _read(self, tx: Transaction, table: str, types: dict[str, pa.DataType],
              rowids: np.ndarray | None = None) -> pa.Table:
        """``Transaction.columns`` of ``table``; a value that does not fit its type is a StoreError."""
        try:
            return tx.columns(table, types, snapshot="SELECT value FROM store_meta WHERE key = 'version'",
                              rowids=rowids)
        except (ValueError, pa.ArrowException) as exc:  # only a database changed by hand gets here
            raise StoreError(f"{self.where}: a stored event does not fit the event table ({exc})") from exc

    def _order(self, read: pa.Table, order: tuple[str, ...]) -> pa.Array:
        """The positions of ``read``'s rows in the order of these columns."""
        try:
            return pc.sort_indices(read.select(list(order)).combine_chunks(),  # one chunk: a third faster
                                   sort_keys=[(name, "ascending") for name in order])
        except (ValueError, pa.ArrowException) as exc:
            raise StoreError(f"{self.where}: a stored event does not fit the event table ({exc})") from exc

    def _in_order(self, columns: list[pa.ChunkedArray], types: pa.Schema, positions: pa.Array) -> pa.Table:
        try:
            return _in_order(columns, types, positions)
        except (ValueError, pa.ArrowException) as exc:
            raise StoreError(f"{self.where}: a stored event does not fit the event table ({exc})") from exc

    def event_parts(self, first: Sequence[str], then: Callable[[str, pa.Table], None] | None = None) -> EventParts:
        """The events read in two parts (``EventParts``): these columns now, the rest by a thread."""
        return EventParts(self, first, then)

    def reports(self) -> list[dict[str, str]]:
        with self._db().read() as tx:
            rows = tx.rows("SELECT article_id, published, title, url FROM reports ORDER BY published, article_id")
        return [dict(zip(("article_id", "published", "title", "url"), r)) for r in rows]

    def report_text(self, article_id: str) -> str | None:
        with self._db().read() as tx:
            return tx.value("SELECT text FROM reports WHERE article_id = ?", [article_id])

    def edits(self) -> list[dict[str, str]]:
        with self._db().read() as tx:
            return self._edits(tx)

    @staticmethod
    def _edits(tx: Transaction, event_ids: list[str] | None = None) -> list[dict[str, str]]:
        query = f"SELECT {', '.join(EDIT_COLUMNS)} FROM edits"
        if event_ids is None:
            rows = tx.rows(query + " ORDER BY seq")
        else:
            rows = []
            for part in _chunks(event_ids):
                rows += tx.rows(query + f" WHERE event_id IN ({', '.join('?' for _ in part)}) ORDER BY seq", part)
        return [dict(zip(EDIT_COLUMNS, r)) for r in rows]

    def _frame(self, tx: Transaction, query: str, params: list | None = None) -> pd.DataFrame:
        rows = tx.rows(query, params or [])
        if not rows:
            return schema.empty_frame()
        try:
            return _typed_frame(rows)
        except (TypeError, ValueError) as exc:  # only a database changed by hand gets here
            raise StoreError(f"{self.where}: a stored event does not fit the event table ({exc})") from exc

    @staticmethod
    def _held(tx: Transaction, event_ids: list[str], every: bool = False) -> dict[tuple[str, str], str]:
        """(event_id, article_id) -> status of the reports of these events not (yet) accepted
        (``every``: accepted ones too)."""
        held = {}
        for part in _chunks(list(dict.fromkeys(event_ids))):
            for eid, aid, status in tx.rows("SELECT event_id, article_id, status FROM source_reviews WHERE event_id IN "
                                            f"({', '.join('?' for _ in part)})", part):
                if every or status != "accepted":
                    held[(eid, aid)] = status
        return held

    def _sources_of(self, tx: Transaction, event_ids: list[str]) -> pd.DataFrame:
        frames = [self._frame(tx, f"SELECT {_EVENT_FIELDS} FROM sources WHERE event_id IN "
                                  f"({', '.join('?' for _ in part)})", part)
                  for part in _chunks(event_ids)]
        frames = [f for f in frames if len(f)]
        return pd.concat(frames, ignore_index=True) if frames else schema.empty_frame()

    # --- writing -------------------------------------------------------------------
    def add(self, items: list[tuple[Report, list[schema.Event]]], warnings: Iterable[str] = (),
            added_by: str = "", checkpoint: tuple[str, str | None] | None = None) -> Summary:
        """Store reports with their events (already extracted, possibly corrected by a person).

        Reports added by an editor in the app (``added_by``) to events that other reports already
        support wait for review: their figures never replace the reviewed ones until accepted.
        ``checkpoint`` (name, value; None removes it) is saved in the same transaction, so a bulk
        ingest that stops knows exactly which batches are in (``Store.checkpoint``)."""
        summary = Summary(warnings=list(warnings))
        found = schema.validate(schema.events_to_frame([ev for _, events in items for ev in events]), unique_ids=False)
        found = found.drop_duplicates(["event_id", "article_id"], keep="last")
        article_ids = list(dict.fromkeys(report.article_id for report, _ in items))
        found_ids = list(dict.fromkeys(found["event_id"]))
        with self._db().write() as tx:
            version = self._bump(tx)
            known = self._present(tx, "reports", "article_id", article_ids)
            for report, _ in items:
                summary.reports += 1
                if report.article_id not in known:
                    summary.new_reports += 1
                    known.add(report.article_id)
            pairs = []
            for part in _chunks(found_ids):
                pairs += tx.rows(f"SELECT event_id, article_id FROM sources WHERE event_id IN "
                                 f"({', '.join('?' for _ in part)})", part)
            existed = {eid for eid, _ in pairs}
            these = set(article_ids)
            from_others = {eid for eid, aid in pairs if aid not in these}
            for eid in found_ids:
                if eid not in existed:
                    summary.added += 1
                elif eid in from_others:
                    summary.merged += 1
                else:
                    summary.unchanged += 1
            dropped = []
            for part in _chunks(article_ids):
                slots = ", ".join("?" for _ in part)
                dropped += [r[0] for r in tx.rows(f"SELECT event_id FROM sources WHERE article_id IN ({slots})", part)]
                tx.execute(f"DELETE FROM sources WHERE article_id IN ({slots})", part)
            tx.executemany(
                "INSERT INTO reports (article_id, published, title, url, text) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (article_id) DO UPDATE SET published = excluded.published, title = excluded.title, "
                "url = excluded.url, text = excluded.text",
                [(r.article_id, r.published.isoformat(), r.title, r.url, r.text) for r, _ in items])
            self._insert(tx, "sources", found)
            if added_by:
                at = datetime.now(timezone.utc).isoformat(timespec="seconds")
                waiting = [(eid, aid) for eid, aid in zip(found["event_id"], found["article_id"]) if eid in from_others]
                known_reviews = set(self._held(tx, [eid for eid, _ in waiting], every=True))
                tx.executemany("INSERT INTO source_reviews (event_id, article_id, status, added_by, added_at, "
                               "reviewed_by, reviewed_at) VALUES (?, ?, 'pending', ?, ?, '', '')",
                               [(eid, aid, added_by, at) for eid, aid in waiting if (eid, aid) not in known_reviews])
            self._refresh(tx, list(dict.fromkeys(found_ids + dropped)), version)
            if checkpoint is not None:
                name, value = checkpoint
                tx.execute("DELETE FROM store_meta WHERE key = ?", [f"checkpoint:{name}"])
                if value is not None:
                    tx.execute("INSERT INTO store_meta (key, value) VALUES (?, ?)", [f"checkpoint:{name}", value])
        return summary

    def checkpoint(self, name: str) -> str | None:
        """The value last saved with ``add(..., checkpoint=(name, value))``, or None."""
        with self._db().read() as tx:
            return tx.value("SELECT value FROM store_meta WHERE key = ?", [f"checkpoint:{name}"])

    def edit(self, event_id: str, changes: dict[str, object], note: str = "", editor: str = "",
             reverts: int = 0) -> list[dict[str, str]]:
        """Correct fields of one event; every change goes to the edit log with its old value, who
        made it and (for a revert) which edit it undoes. The changes of one call are one edit."""
        for fname in changes:
            if fname not in EDITABLE:
                raise StoreError(f"{fname!r} cannot be edited (editable: {', '.join(EDITABLE)})")
        with self._db().write() as tx:
            events = self._frame(tx, f"SELECT {_EVENT_FIELDS} FROM events WHERE event_id = ?", [event_id])
            if events.empty:
                raise StoreError(f"no event {event_id!r} in the {self.where}")
            row = events.iloc[0]
            at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            made = []
            for fname, new in changes.items():
                old = row[fname]
                old_text, new_text = _text(old), _text(new)
                if isinstance(old, (int, float)) and not isinstance(old, bool) and old_text.endswith(".0"):
                    old_text = old_text[:-2]
                if old_text != new_text:
                    made.append({"at": at, "event_id": event_id, "field": fname, "old": old_text, "new": new_text,
                                 "note": note})
            if made:
                apply_edits(events, made)  # validates the new values before anything is written
                seq = int(tx.value("SELECT COALESCE(MAX(seq), 0) FROM edits"))
                edit_id = int(tx.value("SELECT COALESCE(MAX(edit_id), 0) FROM edits")) + 1
                for m in made:
                    m.update(editor=editor, edit_id=edit_id, reverts=reverts)
                tx.executemany(_INSERT_EDIT, [(seq + n, *(m[c] for c in EDIT_COLUMNS))
                                              for n, m in enumerate(made, start=1)])
                self._refresh(tx, [event_id], self._bump(tx))
            return made

    def history(self, event_id: str | None = None) -> list[dict]:
        """The event's (or every event's) edits, oldest first, and the reviews of its reports:
        who, when, what, why."""
        where, params = ("WHERE v.event_id = ? ", [event_id]) if event_id is not None else ("", [])
        with self._db().read() as tx:
            edits = self._edits(tx, None if event_id is None else [event_id])
            reviews = tx.rows("SELECT v.event_id, v.article_id, v.status, v.added_by, v.added_at, v.reviewed_by, "
                              "v.reviewed_at, COALESCE(r.title, '') FROM source_reviews v LEFT JOIN reports r "
                              f"ON r.article_id = v.article_id {where}"
                              "ORDER BY v.added_at, v.article_id", params)
        return edits + [dict(zip(("event_id", "article_id", "status", "added_by", "added_at", "reviewed_by",
                                  "reviewed_at", "title"), r)) for r in reviews]

    def revert(self, edit_id: int, editor: str = "", note: str = "") -> list[dict[str, str]]:
        """Undo one edit: a new edit that puts back its old values. Refused when a field was
        changed again since, so no later correction is silently lost."""
        with self._db().read() as tx:
            rows = [dict(zip(EDIT_COLUMNS, r)) for r in
                    tx.rows(f"SELECT {', '.join(EDIT_COLUMNS)} FROM edits WHERE edit_id = ? ORDER BY seq", [edit_id])]
            if not rows:
                raise StoreError(f"no edit {edit_id} in the {self.where}")
            later = tx.rows("SELECT field, edit_id FROM edits WHERE event_id = ? AND edit_id > ? ORDER BY seq",
                            [rows[0]["event_id"], edit_id])
        changed = {f: e for f, e in later if f in {r["field"] for r in rows}}
        if changed:
            field, by = next(iter(changed.items()))
            raise StoreError(f"edit {edit_id} cannot be reverted: {field} was changed again by edit {by}; "
                             "revert that one first")
        return self.edit(rows[0]["event_id"], {r["field"]: r["old"] for r in rows},
                         note=note or f"revert of edit {edit_id}", editor=editor, reverts=edit_id)

    def review(self, event_id: str, article_id: str, accept: bool, editor: str) -> None:
        """An editor's decision on a report's figures for one event: accepted figures count like
        any reviewed report's; rejected ones are kept and shown, but never the event's."""
        status = "accepted" if accept else "rejected"
        at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._db().write() as tx:
            if not tx.value("SELECT COUNT(*) FROM sources WHERE event_id = ? AND article_id = ?", [event_id, article_id]):
                raise StoreError(f"report {article_id!r} says nothing of event {event_id!r}")
            if tx.value("SELECT COUNT(*) FROM source_reviews WHERE event_id = ? AND article_id = ?",
                        [event_id, article_id]):
                tx.execute("UPDATE source_reviews SET status = ?, reviewed_by = ?, reviewed_at = ? "
                           "WHERE event_id = ? AND article_id = ?", [status, editor, at, event_id, article_id])
            else:
                tx.execute("INSERT INTO source_reviews (event_id, article_id, status, added_by, added_at, reviewed_by, "
                           "reviewed_at) VALUES (?, ?, ?, '', '', ?, ?)", [event_id, article_id, status, editor, at])
            self._refresh(tx, [event_id], self._bump(tx))

    def reviews(self) -> dict[tuple[str, str], str]:
        """(event_id, article_id) -> 'pending', 'accepted' or 'rejected', for every report added for review."""
        with self._db().read() as tx:
            return {(e, a): s for e, a, s in tx.rows("SELECT event_id, article_id, status FROM source_reviews")}

    def shared_sources(self) -> pd.DataFrame:
        """What each report says of the events that several reports support (the others' one report
        is the event itself)."""
        with self._db().read() as tx:
            return self._frame(tx, f"SELECT {_EVENT_FIELDS} FROM sources WHERE event_id IN "
                                   "(SELECT event_id FROM sources GROUP BY event_id HAVING COUNT(*) > 1)")

    def sources_of(self, event_ids: list[str]) -> pd.DataFrame:
        """What each report says of these events (one row per event and report)."""
        with self._db().read() as tx:
            return self._sources_of(tx, event_ids)

    def import_events(self, df: pd.DataFrame) -> Summary:
        """Validated events from an import (ACLED or CSV): each row is its own source.

        An import brings hundreds of thousands of rows, nearly all of them events no other report
        supports and nobody edited. Their ids go to a temporary table, so the store is asked about
        all of them in a few joins rather than a query per row; the rows are written with one bulk
        insert, and the events a merge would not change are copied from them by the database.
        Only events with other reports, edits or reviews are merged again from what is stored.
        It is all one transaction, as every save."""
        df = schema.validate(df).sort_values(["event_id", "article_id"], kind="stable")  # key order: fewer pages
        summary = Summary(reports=int(df["article_id"].nunique()))
        as_is = _merged_as_is(df)
        article_of = dict(zip(df["event_id"], df["article_id"]))
        in_import = "IN (SELECT event_id FROM import_rows)"
        with self._db().write() as tx:
            tx.execute("CREATE TEMP TABLE IF NOT EXISTS import_rows "
                       "(event_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, as_is INTEGER NOT NULL)")
            tx.execute("DELETE FROM import_rows")
            tx.insert("import_rows", ("event_id", "article_id", "as_is"),
                      zip(df["event_id"], df["article_id"], as_is.astype(int).tolist()))
            pairs = tx.rows(f"SELECT event_id, article_id FROM sources WHERE event_id {in_import}")
            existed = {eid for eid, _ in pairs}
            # Events that other reports support, or that editors touched, are merged from the store.
            stored = {eid for eid, aid in pairs if article_of[eid] != aid}
            for table in ("edits", "source_reviews"):
                stored.update(r[0] for r in tx.rows(f"SELECT DISTINCT event_id FROM {table} WHERE event_id {in_import}"))
            version = self._bump(tx)
            if existed:
                tx.execute("DELETE FROM sources WHERE (event_id, article_id) IN "
                           "(SELECT event_id, article_id FROM import_rows)")
                tx.execute(f"DELETE FROM events WHERE event_id {in_import}")
            self._insert(tx, "sources", df)
            for part in _chunks(sorted(stored)):
                tx.execute(f"UPDATE import_rows SET as_is = 0 WHERE event_id IN ({', '.join('?' for _ in part)})", part)
            tx.execute(f"INSERT INTO events ({_EVENT_FIELDS}, saved_in) SELECT {_EVENT_FIELDS}, ? FROM sources "
                       "WHERE event_id IN (SELECT event_id FROM import_rows WHERE as_is = 1)", [version])
            tx.execute("DROP TABLE import_rows")
            merged_here = ~as_is & ~df["event_id"].isin(stored)
            self._insert(tx, "events", merge_sources(df[merged_here]).sort_values("event_id", kind="stable"), version)
            self._refresh(tx, sorted(stored), version)
        summary.added = len(article_of) - len(existed)
        summary.unchanged = len(existed)
        return summary

    def replace_with(self, content: FileStore) -> None:
        """The whole store replaced by ``content`` in one transaction (import from files, demo data)."""
        with self._db().write() as tx:
            self._replace(tx, content)

    def content(self) -> tuple[FileStore, pd.DataFrame]:
        """Everything stored, from one snapshot: (reports, sources and edits; the merged events)."""
        with self._db().read() as tx:
            rows = tx.rows("SELECT article_id, published, title, url, text FROM reports")
            reports = [dict(zip(("article_id", "published", "title", "url", "text"), r)) for r in rows]
            sources = self._frame(tx, f"SELECT {_EVENT_FIELDS} FROM sources")
            content = FileStore(reports, sources, self._edits(tx), attack_records=self._attack_texts(tx))
            return content, self._events(tx)

    @staticmethod
    def _attack_texts(tx: Transaction) -> list[dict[str, str]]:
        """The attack records as the files keep them: text cells, lists one item per line."""
        admin1s: dict[str, list[str]] = {}
        for record_id, admin1 in tx.rows("SELECT record_id, admin1 FROM attack_record_regions ORDER BY record_id, admin1"):
            admin1s.setdefault(record_id, []).append(admin1)
        columns = ATTACK_RECORD_COLUMNS[:-1]
        rows = tx.rows(f"SELECT {', '.join(columns)} FROM attack_records ORDER BY night, record_id")
        return [{**{c: "" if v is None else str(v) for c, v in zip(columns, row)},
                 "admin1s": "\n".join(admin1s.get(row[0], []))} for row in rows]

    def export_files(self, folder: Path) -> list[Path]:
        """Write the store as reviewable files (``dashboard.db.files``); return the paths written."""
        content, events = self.content()
        return write_file_store(folder, content, events)

    def _replace(self, tx: Transaction, content: FileStore) -> None:
        if not tx.value("SELECT value FROM store_meta WHERE key = 'store_id'"):
            tx.execute("INSERT INTO store_meta (key, value) VALUES ('store_id', ?), ('version', '0'), "
                       "('replaced_in', '0')", [uuid.uuid4().hex])
        version = self._bump(tx)
        # Readers holding an earlier version cannot catch up from the changes: they read it all.
        tx.execute("UPDATE store_meta SET value = ? WHERE key = 'replaced_in'", [str(version)])
        for table in ("reports", "sources", "events", "edits", "removed_events", "source_reviews", "attack_records",
                      "attack_record_regions"):
            tx.execute(f"DELETE FROM {table}")
        self._insert_attack_records(tx, [{**r, "admin1s": r["admin1s"].split("\n") if r["admin1s"] else []}
                                         for r in content.attack_records])
        tx.execute("DELETE FROM store_meta WHERE key LIKE ?", ["checkpoint:%"])  # they told of the old content
        tx.executemany("INSERT INTO reports (article_id, published, title, url, text) VALUES (?, ?, ?, ?, ?)",
                       [(r["article_id"], r["published"], r["title"], r["url"], r["text"]) for r in content.reports])
        self._insert(tx, "sources", content.sources)
        tx.executemany(_INSERT_EDIT, [(n, *(e[c] for c in EDIT_COLUMNS[:7]), int(e["edit_id"] or n),
                                       int(e["reverts"] or 0)) for n, e in enumerate(content.edits, start=1)])
        merged = content.events if content.events is not None else merge_sources(content.sources)
        self._insert(tx, "events", apply_edits(merged, content.edits), version)

    @staticmethod
    def _insert(tx: Transaction, table: str, df: pd.DataFrame, saved_in: int | None = None) -> None:
        """Event rows into ``sources``, or into ``events`` stamped with the save that wrote them."""
        if not len(df):
            return
        df = df.assign(source_count=df["source_count"].fillna(1))  # an event with no count is one report's
        if saved_in is None:
            tx.insert(table, schema.COLUMNS, _event_rows(df))
        else:
            tx.insert(table, (*schema.COLUMNS, "saved_in"), [(*row, saved_in) for row in _event_rows(df)])

    @staticmethod
    def _present(tx: Transaction, table: str, column: str, values: list[str]) -> set[str]:
        found: set[str] = set()
        for part in _chunks(values):
            found.update(r[0] for r in tx.rows(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN "
                                               f"({', '.join('?' for _ in part)})", part))
        return found

    def _refresh(self, tx: Transaction, event_ids: list[str], version: int) -> None:
        """Merge again the events of these ids from their sources and edits: the cost of a save
        grows with what it changes, not with the store."""
        merged = apply_edits(merge_sources(self._sources_of(tx, event_ids), self._held(tx, event_ids)),
                             self._edits(tx, event_ids))
        for part in _chunks(event_ids):
            tx.execute(f"DELETE FROM events WHERE event_id IN ({', '.join('?' for _ in part)})", part)
        self._insert(tx, "events", merged, version)
        gone = set(event_ids) - set(merged["event_id"])
        tx.executemany("INSERT INTO removed_events (event_id, removed_in) VALUES (?, ?)",
                       [(eid, version) for eid in sorted(gone)])

    @staticmethod
    def _bump(tx: Transaction) -> int:
        """The next version of the store, which this save makes."""
        version = int(tx.value("SELECT value FROM store_meta WHERE key = 'version'") or 0) + 1
        tx.execute("UPDATE store_meta SET value = ? WHERE key = 'version'", [str(version)])
        return version

    # --- attack records ------------------------------------------------------------
    def save_attack_records(self, records: list[dict], imported_from: str) -> tuple[int, int]:
        """Attack records, each a dict of ``ATTACK_COLUMNS`` values plus ``admin1s`` (the targeted
        regions as the gazetteer names them, '*' for the whole country). A record whose id is
        stored already is replaced, so importing a file again changes nothing. Returns (added,
        replaced). One transaction: all of them are stored, or none."""
        ids = [record["record_id"] for record in records]
        with self._db().write() as tx:
            stored = self._present(tx, "attack_records", "record_id", ids)
            for part in _chunks(sorted(stored)):
                slots = ", ".join("?" for _ in part)
                tx.execute(f"DELETE FROM attack_record_regions WHERE record_id IN ({slots})", part)
                tx.execute(f"DELETE FROM attack_records WHERE record_id IN ({slots})", part)
            self._insert_attack_records(tx, [{**record, "imported_from": imported_from} for record in records])
            self._bump(tx)
        return len(set(ids) - stored), len(stored)

    @staticmethod
    def _insert_attack_records(tx: Transaction, records: list[dict]) -> None:
        """Records as dicts of ``ATTACK_RECORD_COLUMNS`` (text or typed; "" is no figure)."""
        def value(column: str, cell: object) -> object:
            if column in ("launched", "shot_down", "not_reached", "national"):
                return None if cell is None or cell == "" else int(cell)
            return cell

        tx.insert("attack_records", ATTACK_RECORD_COLUMNS[:-1],
                  [tuple(value(c, record[c]) for c in ATTACK_RECORD_COLUMNS[:-1]) for record in records])
        tx.insert("attack_record_regions", ("record_id", "admin1"),
                  sorted({(record["record_id"], admin1) for record in records for admin1 in record["admin1s"]}))

    def attack_records(self) -> pd.DataFrame:
        """Every attack record, by night, with its launch areas and regions as lists."""
        return self.air_force_figures()[0]

    def air_force_figures(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """From one snapshot: every attack record (as ``attack_records``), and the records linked to
        each strike event (same night, a targeted region): one row per event and record, with the
        record's columns and ``event_id``."""
        with self._db().read() as tx:
            records = tx.rows(f"SELECT {', '.join(ATTACK_COLUMNS)} FROM attack_records ORDER BY night, record_id")
            links = tx.rows(f"SELECT l.event_id, {', '.join('r.' + c for c in ATTACK_COLUMNS)} "
                            "FROM attack_record_events l JOIN attack_records r ON r.record_id = l.record_id "
                            "ORDER BY l.event_id, r.national DESC, r.record_id") if records else []
        linked = _attack_frame([row[1:] for row in links])
        linked.insert(0, "event_id", pd.Series([row[0] for row in links], dtype=object))
        return _attack_frame(records), linked


ATTACK_COLUMNS = ATTACK_RECORD_COLUMNS[:-2]  # what the dashboard reads of a record


def _attack_frame(rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(ATTACK_COLUMNS)).astype(object)
    frame["night"] = pd.Series([date.fromisoformat(v) for v in frame["night"]], dtype=object)
    for name in ("launched", "shot_down", "not_reached"):
        frame[name] = pd.array(frame[name].tolist(), dtype="Int64")
    for name in ("launch_areas", "regions"):
        frame[name] = pd.Series([value.split("\n") if value else [] for value in frame[name]], dtype=object)
    frame["national"] = frame["national"].astype(bool)
    return frame
