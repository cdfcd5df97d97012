"""The event store: the data folder's events.csv, filled from reports.

The folder is ``STRIKEMAP_DATA`` when set, else the project's ``data/``.
Ingesting is idempotent: an event's id comes from its report, place, date and
side, so the same report read twice replaces its rows with identical ones.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from dashboard import events as schema
from dashboard.extract import Report, extract
from dashboard.geocode import OfflineGeocoder
from dashboard.geocode_online import make_geocoder
from dashboard.report_text import ReportError, read_report

PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    return Path(os.environ.get("STRIKEMAP_DATA") or PROJECT_DATA)


def events_path() -> Path:
    return data_dir() / "events.csv"


def load_events(path: Path | None = None) -> pd.DataFrame:
    """The stored events; an absent store is an empty table, a broken one an error."""
    path = path or events_path()
    if not path.exists():
        return schema.empty_frame()
    return schema.read_csv(path)


@dataclass
class Manifest:
    rows: list[dict[str, str]]
    folder: Path


def read_manifest(path: Path) -> Manifest:
    """A CSV of reports: file, published (YYYY-MM-DD), title, url."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"file", "published"} - set(reader.fieldnames or [])
        if missing:
            raise ReportError(f"{path}: manifest lacks column(s) {', '.join(sorted(missing))}")
        rows = list(reader)
    for n, row in enumerate(rows, start=2):
        try:
            date.fromisoformat(row["published"])
        except (TypeError, ValueError):
            raise ReportError(f"{path}: line {n}: published must be YYYY-MM-DD, got {row['published']!r}") from None
    return Manifest(rows, path.parent)


@dataclass
class IngestSummary:
    reports: int = 0
    added: int = 0
    updated: int = 0
    warnings: list[str] = field(default_factory=list)


def ingest_manifest(
    manifest_path: Path,
    geocoder: OfflineGeocoder | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Extract every report of a manifest and merge its events into the store."""
    manifest = read_manifest(manifest_path)
    geocoder = geocoder or make_geocoder()
    reports = []
    for row in manifest.rows:
        file = manifest.folder / row["file"]
        text = read_report(file)
        reports.append(Report(text, date.fromisoformat(row["published"]), row.get("title", ""), row.get("url", "")))
    return ingest_reports(reports, geocoder, progress)


def ingest_reports(
    reports: Iterable[Report],
    geocoder: OfflineGeocoder | None = None,
    progress: Callable[[str], None] | None = None,
) -> IngestSummary:
    geocoder = geocoder or make_geocoder()
    summary = IngestSummary()
    found: list[schema.Event] = []
    reports = list(reports)
    for n, report in enumerate(reports, start=1):
        result = extract(report, geocoder)
        found.extend(result.events)
        summary.reports += 1
        summary.warnings.extend(result.warnings)
        if progress:
            progress(f"[{n}/{len(reports)}] {report.title or report.article_id}: {len(result.events)} events")
    store = load_events()
    new = schema.events_to_frame(found)
    known = set(store["event_id"])
    summary.added = int((~new["event_id"].isin(known)).sum())
    summary.updated = len(new) - summary.added
    merged = pd.concat([store[~store["event_id"].isin(set(new["event_id"]))], new], ignore_index=True)
    merged = merged.sort_values(["event_date", "attack_id", "geo_precision", "place"], kind="stable")
    schema.write_csv(merged, events_path())
    return summary
