"""A store as reviewable text files: how the committed default data is kept, and what
``strikemap export --to`` writes and ``strikemap db import-from-files`` reads.

A folder holds ``reports.csv`` with ``reports/<article_id>.txt`` (each report verbatim),
``sources.csv`` (what each report says of each event), ``edits.csv`` (manual corrections,
oldest first), ``events.csv`` (the merged events, for reading; the database rebuilds them
from the other files) and, when the store has any, ``attack_records.csv`` (the Air Force's night
figures with the regions they targeted). A folder with only ``events.csv`` (what ``strikemap demo`` writes) is
read as events that are each their own source.

Any field holding a delimiter, a quote, a line feed or a carriage return is quoted, so every
character survives the round trip (Python's csv writer leaves a lone carriage return unquoted).
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from dashboard import events as schema
from dashboard.db import StoreError
from dashboard.events import write_text_atomic

REPORT_COLUMNS = ("article_id", "published", "title", "url", "file")
EDIT_COLUMNS = ("at", "event_id", "field", "old", "new", "note", "editor", "edit_id", "reverts")
# The Air Force's attack records: lists (launch areas, regions as written, regions as the gazetteer
# names them) one item per line.
ATTACK_RECORD_COLUMNS = ("record_id", "night", "model", "weapon_type", "category", "launched", "shot_down",
                         "not_reached", "launch_areas", "regions", "source", "national", "imported_from", "admin1s")
# Files written before edits named their editor lack the last three columns.
_REQUIRED_EDIT_COLUMNS = EDIT_COLUMNS[:6]
_SPECIAL = (",", '"', "\n", "\r")


@dataclass
class FileStore:
    """The content of a store: reports (with their text), per-report event rows, and the edit log."""

    reports: list[dict[str, str]] = field(default_factory=list)
    sources: pd.DataFrame = field(default_factory=schema.empty_frame)
    edits: list[dict[str, str]] = field(default_factory=list)
    # Merged events as they were, for a folder that has them but no per-report rows: kept as they
    # are rather than merged again, which would reset their source counts and figure rules.
    events: pd.DataFrame | None = None
    attack_records: list[dict[str, str]] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.reports and self.sources.empty and not self.edits and not self.attack_records


def _cell(value: str) -> str:
    if any(c in value for c in _SPECIAL):
        return '"' + value.replace('"', '""') + '"'
    return value


def csv_text(columns: tuple[str, ...] | list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    out.write(",".join(columns) + "\n")
    for row in rows:
        out.write(",".join(_cell(v) for v in row) + "\n")
    return out.getvalue()


def event_cells(df: pd.DataFrame) -> list[list[str]]:
    """An event frame as text cells, written the way ``events.to_csv_text`` writes them."""
    columns = []
    for col in schema.COLUMNS:
        values = df[col].tolist()
        if col == "event_date":
            columns.append([d.isoformat() for d in values])
        elif col in schema.INT_COLUMNS:
            columns.append(["" if v is pd.NA or v is None else str(int(v)) for v in values])
        elif col in schema.FLOAT_COLUMNS:
            columns.append(["" if v is None or math.isnan(v) else repr(float(v)) for v in values])
        else:
            columns.append([str(v) for v in values])
    return [list(row) for row in zip(*columns)]


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            return list(reader.fieldnames or []), rows
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise StoreError(f"{path}: cannot read ({exc})") from exc


def _read_events(path: Path, unique_ids: bool) -> pd.DataFrame:
    names, rows = _read_rows(path)
    if not names:
        return schema.empty_frame()
    try:
        return schema.validate(pd.DataFrame(rows, columns=names, dtype=object), unique_ids=unique_ids)
    except schema.EventTableError as exc:
        raise StoreError(f"{path}: {exc}") from exc


def read_file_store(folder: Path) -> FileStore:
    """The store kept as files in ``folder`` (an empty FileStore when there are none)."""
    folder = Path(folder)
    store = FileStore()
    if (folder / "reports.csv").exists():
        names, rows = _read_rows(folder / "reports.csv")
        missing = {"article_id", "published"} - set(names)
        if missing:
            raise StoreError(f"{folder / 'reports.csv'}: lacks column(s) {', '.join(sorted(missing))}")
        for n, row in enumerate(rows, start=2):
            text_path = folder / (row.get("file") or f"reports/{row['article_id']}.txt")
            try:
                text = text_path.read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise StoreError(f"{folder / 'reports.csv'}: line {n}: cannot read {text_path} ({exc})") from exc
            store.reports.append({"article_id": row["article_id"], "published": row["published"],
                                  "title": row.get("title") or "", "url": row.get("url") or "", "text": text})
    if (folder / "sources.csv").exists():
        store.sources = _read_events(folder / "sources.csv", unique_ids=False)
    elif (folder / "events.csv").exists():
        store.events = _read_events(folder / "events.csv", unique_ids=True)
        store.sources = store.events
    if (folder / "edits.csv").exists():
        names, rows = _read_rows(folder / "edits.csv")
        missing = set(_REQUIRED_EDIT_COLUMNS) - set(names)
        if missing:
            raise StoreError(f"{folder / 'edits.csv'}: lacks column(s) {', '.join(sorted(missing))}")
        store.edits = [{c: row.get(c) or "" for c in EDIT_COLUMNS} for row in rows]
    if (folder / "attack_records.csv").exists():
        names, rows = _read_rows(folder / "attack_records.csv")
        missing = set(ATTACK_RECORD_COLUMNS) - set(names)
        if missing:
            raise StoreError(f"{folder / 'attack_records.csv'}: lacks column(s) {', '.join(sorted(missing))}")
        store.attack_records = [{c: row[c] for c in ATTACK_RECORD_COLUMNS} for row in rows]
    return store


def write_file_store(folder: Path, content: FileStore, events: pd.DataFrame) -> list[Path]:
    """Write a store's content as files (each replaced atomically); return the paths written."""
    folder = Path(folder)
    written = []
    reports = sorted(content.reports, key=lambda r: (r["published"], r["article_id"]))
    for report in reports:
        path = folder / "reports" / f"{report['article_id']}.txt"
        if not path.exists() or path.read_bytes() != report["text"].encode("utf-8"):
            write_text_atomic(path, report["text"])
        written.append(path)
    tables = [("reports.csv", REPORT_COLUMNS,
               [[r["article_id"], r["published"], r["title"], r["url"], f"reports/{r['article_id']}.txt"]
                for r in reports]),
              ("sources.csv", schema.COLUMNS,
               event_cells(content.sources.sort_values(["event_id", "article_id"], kind="stable"))),
              ("events.csv", schema.COLUMNS, event_cells(events))]
    if content.edits:
        tables.append(("edits.csv", EDIT_COLUMNS, [[str(e[c]) for c in EDIT_COLUMNS] for e in content.edits]))
    if content.attack_records:
        tables.append(("attack_records.csv", ATTACK_RECORD_COLUMNS,
                       [[r[c] for c in ATTACK_RECORD_COLUMNS] for r in content.attack_records]))
    for name, columns, rows in tables:
        write_text_atomic(folder / name, csv_text(columns, rows))
        written.append(folder / name)
    return written
