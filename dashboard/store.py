"""The event store: reports, the events each report supports, merged events, and an edit log.

A data folder (``STRIKEMAP_DATA``, else the project's ``data/``) holds:

- ``reports/<article_id>.txt`` and ``reports.csv``: every report read, verbatim, with its metadata;
- ``sources.csv``: one row per event per report: what that report says (the event table's columns);
- ``edits.csv``: manual corrections: when, which event and field, from which value to which;
- ``events.csv``: the merged events the dashboard shows, derived from the two files above.

One strike reported by several sources is one event (its id comes from place, date
and side); its figures come from the most official, then the latest source, and a
``sources_disagree`` flag tells when sources differ. Writes hold a lock on the folder
and replace each file atomically, so concurrent writers lose nothing and a crash
leaves the last good state; ``events.csv`` is rebuilt whenever it is older than its
inputs.
"""

from __future__ import annotations

import contextlib
import csv
import fcntl
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd

from dashboard import events as schema
from dashboard.events import write_text_atomic
from dashboard.events import Report
from dashboard.cache import cache_dir, pickled

PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"
REPORT_COLUMNS = ("article_id", "published", "title", "url", "file")
EDIT_COLUMNS = ("at", "event_id", "field", "old", "new", "note")
EDITABLE = ("place", "event_date", "attacker", "weapons", "damage", "reported_by", *schema.COUNT_COLUMNS,
            "latitude", "longitude", "admin1", "country", "geo_precision", "district_of", "gazetteer_id")
_OFFICIAL = re.compile(
    r"\b(?:governor|mayor|minist\w*|air force|general staff|administration|emergency|police|prosecutor|"
    r"military|armed forces|head of|president|official)", re.IGNORECASE)


class StoreError(RuntimeError):
    """The store cannot be read or written: the message says which file and why."""


def data_dir() -> Path:
    return Path(os.environ.get("STRIKEMAP_DATA") or PROJECT_DATA)


def events_path() -> Path:
    return data_dir() / "events.csv"


def load_events(path: Path | None = None) -> pd.DataFrame:
    """The merged events; an absent store is an empty table, a broken one an error.

    Parsing and validating 100,000 rows takes over a second, so the validated table is
    also kept as a pickle in the cache folder, keyed by the file's path, size and time."""
    path = path or events_path()
    if not path.exists():
        return schema.empty_frame()
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{schema.COLUMNS}".encode()).hexdigest()
    return pickled(cache_dir() / "events" / f"{key[:32]}.pickle", lambda: schema.read_csv(path), keep=8)


def _rows_csv(rows: list[dict], columns: Iterable[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _read_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def officialness(reported_by: str) -> int:
    """2 for an official source (governor, ministry, air force...), 1 for a named one, 0 for none."""
    if _OFFICIAL.search(reported_by or ""):
        return 2
    return 1 if reported_by else 0


def merge_sources(sources: pd.DataFrame) -> pd.DataFrame:
    """One event per event_id from the per-report rows: the figures of the most official,
    then latest report; evidence, weapons and reporters of all of them."""
    if sources.empty:
        return schema.empty_frame()
    ranked = sources.assign(
        _official=sources["reported_by"].map(officialness),
        _published=sources["published"],
    ).sort_values(["event_id", "_official", "_published", "confidence", "article_id"],
                  ascending=[True, False, False, False, True], kind="stable")
    rows = []
    for _, group in ranked.groupby("event_id", sort=False):
        first = group.iloc[0].to_dict()
        row = {c: first[c] for c in schema.COLUMNS}
        disagree = []
        for col in schema.COUNT_COLUMNS:
            values = group[col].dropna()
            row[col] = values.iloc[0] if len(values) else None
            if values.nunique() > 1:
                disagree.append(col)
        row["evidence"] = "\n".join(dict.fromkeys(line for ev in group["evidence"] for line in str(ev).split("\n") if line))
        row["reported_by"] = "; ".join(dict.fromkeys(r for rb in group["reported_by"] for r in rb.split("; ") if r))
        row["weapons"] = ";".join(w for w in schema.WEAPONS if any(w in str(x).split(";") for x in group["weapons"]))
        row["damage"] = "; ".join(dict.fromkeys(d for dm in group["damage"] for d in dm.split("; ") if d))
        row["confidence"] = float(group["confidence"].max())
        row["source_count"] = int(group["article_id"].nunique())
        row["sources_disagree"] = bool(disagree)
        if row["source_count"] > 1:
            who = first["reported_by"] or first["source_title"] or first["article_id"]
            row["figures_rule"] = (f"figures from the most official, then latest of {row['source_count']} reports "
                                   f"({who}, {first['published']})"
                                   + (f"; sources disagree on {', '.join(disagree)}" if disagree else ""))
        else:
            row["figures_rule"] = ""
        rows.append(row)
    out = schema.validate(pd.DataFrame(rows, columns=list(schema.COLUMNS)))
    return out.sort_values(["event_date", "attack_id", "geo_precision", "place"], kind="stable").reset_index(drop=True)


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
    """The files of one data folder, read and written together."""

    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else data_dir()
        self.events_path = self.folder / "events.csv"
        self.sources_path = self.folder / "sources.csv"
        self.reports_path = self.folder / "reports.csv"
        self.edits_path = self.folder / "edits.csv"
        self.reports_dir = self.folder / "reports"

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """An exclusive lock on the folder for one read-modify-write."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fh = open(self.folder / ".lock", "a+")
        except OSError as exc:
            raise StoreError(f"{self.folder}: cannot write to the data folder ({exc.strerror or exc})") from exc
        with fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                # Writers hold this lock while they write, so a temporary file seen now was
                # left by a writer that died mid-write.
                for orphan in [*self.folder.glob(".*.csv.*"), *self.reports_dir.glob(".*.txt.*")]:
                    orphan.unlink(missing_ok=True)
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # --- reading -------------------------------------------------------------------
    def events(self) -> pd.DataFrame:
        """The merged events, rebuilt first if an interrupted write left them behind their inputs."""
        if self._stale():
            with self.locked():
                if self._stale():
                    self._write_events(self._merged(self.sources()))
        return load_events(self.events_path)

    def sources(self) -> pd.DataFrame:
        if not self.sources_path.exists():
            return schema.empty_frame()
        try:
            raw = pd.read_csv(self.sources_path, dtype=str, keep_default_na=False, encoding="utf-8")
            return schema.validate(raw, unique_ids=False)
        except (schema.EventTableError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
            raise StoreError(f"{self.sources_path}: {exc}") from exc

    def reports(self) -> list[dict[str, str]]:
        return _read_rows(self.reports_path)

    def edits(self) -> list[dict[str, str]]:
        return _read_rows(self.edits_path)

    def _stale(self) -> bool:
        if not self.sources_path.exists():
            return False
        if not self.events_path.exists():
            return True
        newest = max(p.stat().st_mtime_ns for p in (self.sources_path, self.edits_path) if p.exists())
        return self.events_path.stat().st_mtime_ns < newest

    def _merged(self, sources: pd.DataFrame) -> pd.DataFrame:
        return apply_edits(merge_sources(sources), self.edits())

    def _write_events(self, events: pd.DataFrame) -> None:
        text = schema.to_csv_text(schema.validate(events))
        if not self.events_path.exists() or self.events_path.read_text(encoding="utf-8") != text:
            write_text_atomic(self.events_path, text)
        else:
            os.utime(self.events_path)  # up to date: mark it so

    # --- writing -------------------------------------------------------------------
    def add(self, items: list[tuple[Report, list[schema.Event]]], warnings: Iterable[str] = ()) -> Summary:
        """Store reports with their events (already extracted, possibly corrected by a person)."""
        summary = Summary(warnings=list(warnings))
        with self.locked():
            sources = self.sources()
            known_reports = {r["article_id"]: r for r in self.reports()}
            before = set(sources["event_id"])
            new_rows = []
            for report, found in items:
                summary.reports += 1
                aid = report.article_id
                if aid not in known_reports:
                    summary.new_reports += 1
                    write_text_atomic(self.reports_dir / f"{aid}.txt", report.text)
                known_reports[aid] = {"article_id": aid, "published": report.published.isoformat(),
                                      "title": report.title, "url": report.url, "file": f"reports/{aid}.txt"}
                sources = sources[sources["article_id"] != aid]
                new_rows.extend(found)
            added = schema.events_to_frame(new_rows)
            for eid in dict.fromkeys(added["event_id"]):
                others = set(sources.loc[sources["event_id"] == eid, "article_id"])
                if eid not in before:
                    summary.added += 1
                elif others:
                    summary.merged += 1
                else:
                    summary.unchanged += 1
            sources = pd.concat([sources, added], ignore_index=True) if len(sources) else added
            self._commit(sources, known_reports)
        return summary

    def _commit(self, sources: pd.DataFrame, reports: dict[str, dict]) -> None:
        """Write reports, then sources, then the events derived from them: a crash between
        two writes leaves events behind their inputs, and the next read rebuilds them."""
        sources = schema.validate(sources, unique_ids=False).sort_values(["event_id", "article_id"], kind="stable")
        rows = sorted(reports.values(), key=lambda r: (r["published"], r["article_id"]))
        write_text_atomic(self.reports_path, _rows_csv(rows, REPORT_COLUMNS))
        write_text_atomic(self.sources_path, schema.to_csv_text(sources))
        self._write_events(self._merged(sources))

    def edit(self, event_id: str, changes: dict[str, object], note: str = "") -> list[dict[str, str]]:
        """Correct fields of one event; every change goes to the edit log with its old value."""
        with self.locked():
            events = self._merged(self.sources())
            match = events[events["event_id"] == event_id]
            if match.empty:
                raise StoreError(f"no event {event_id!r} in {self.events_path}")
            row = match.iloc[0]
            log = self.edits()
            at = datetime.now(timezone.utc).isoformat(timespec="seconds")
            made = []
            for fname, new in changes.items():
                if fname not in EDITABLE:
                    raise StoreError(f"{fname!r} cannot be edited (editable: {', '.join(EDITABLE)})")
                old = row[fname]
                old_text = "" if old is None or (not isinstance(old, str) and pd.isna(old)) else (
                    old.isoformat() if hasattr(old, "isoformat") else str(old))
                new_text = "" if new is None or (not isinstance(new, str) and pd.isna(new)) else (
                    new.isoformat() if hasattr(new, "isoformat") else str(new))
                if isinstance(old, (int, float)) and not isinstance(old, bool) and old_text.endswith(".0"):
                    old_text = old_text[:-2]
                if old_text != new_text:
                    made.append({"at": at, "event_id": event_id, "field": fname, "old": old_text, "new": new_text,
                                 "note": note})
            if made:
                apply_edits(events, made)  # validates the new values before anything is written
                write_text_atomic(self.edits_path, _rows_csv(log + made, EDIT_COLUMNS))
                self._write_events(self._merged(self.sources()))
            return made

    def import_events(self, df: pd.DataFrame) -> Summary:
        """Validated events from an import (ACLED or CSV): each row is its own source."""
        df = schema.validate(df)
        with self.locked():
            sources = self.sources()
            before = set(sources["event_id"])
            summary = Summary(reports=int(df["article_id"].nunique()))
            keys = set(zip(df["event_id"], df["article_id"]))
            keep = [k not in keys for k in zip(sources["event_id"], sources["article_id"])]
            sources = pd.concat([sources[keep], df], ignore_index=True) if len(sources) else df
            summary.added = len(set(df["event_id"]) - before)
            summary.unchanged = len(set(df["event_id"]) & before)
            self._commit(sources, {r["article_id"]: r for r in self.reports()})
        return summary
