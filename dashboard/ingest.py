"""Ingest: report files into stored events. Reading and extracting happen here, so the
store keeps what it is given and knows nothing of extraction."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable

from dashboard.events import Report
from dashboard.extract import extract
from dashboard.report_text import ReportError, read_report
from dashboard.store import Store, Summary

@dataclass
class Manifest:
    rows: list[dict[str, str]]
    folder: Path


def read_manifest(path: Path) -> Manifest:
    """A CSV of reports: file, published (YYYY-MM-DD), title, url."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = {"file", "published"} - set(reader.fieldnames or [])
            if missing:
                raise ReportError(f"{path}: manifest lacks column(s) {', '.join(sorted(missing))}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReportError(f"{path}: cannot read the manifest ({exc})") from exc
    for n, row in enumerate(rows, start=2):
        try:
            date.fromisoformat(row["published"] or "")
        except (TypeError, ValueError):
            raise ReportError(f"{path}: line {n}: published must be YYYY-MM-DD, got {row['published']!r}") from None
    return Manifest(rows, path.parent)


def collect_reports(paths: Iterable[Path], published: date | None = None) -> list[Report]:
    """Reports from manifests, folders (their manifest.csv, else every .txt/.html/.md) and files.

    Files outside a manifest take ``published``; without it, their modification date.
    Every file is read before anything is stored, so one unreadable report stops the lot.
    """
    reports: list[Report] = []
    for path in paths:
        path = Path(path)
        if path.is_dir() and (path / "manifest.csv").exists():
            path = path / "manifest.csv"
        if path.is_file() and path.suffix.lower() == ".csv":
            manifest = read_manifest(path)
            for row in manifest.rows:
                text = read_report(manifest.folder / row["file"])
                reports.append(Report(text, date.fromisoformat(row["published"]), row.get("title") or "",
                                      row.get("url") or ""))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm", ".md"))
            if not files:
                raise ReportError(f"{path}: no manifest.csv and no .txt, .html or .md reports")
            reports.extend(_file_report(p, published) for p in files)
        elif path.is_file():
            reports.append(_file_report(path, published))
        else:
            raise ReportError(f"{path}: no such file or folder")
    return reports


def _file_report(path: Path, published: date | None) -> Report:
    day = published or datetime.fromtimestamp(path.stat().st_mtime).date()
    return Report(read_report(path), day, path.stem.replace("_", " "))


def ingest(
    reports: list[Report],
    store: Store | None = None,
    geocoder=None,
    progress: Callable[[int, int, Report], None] | None = None,
) -> Summary:
    """Extract every report and store them with their events, in one write."""
    from dashboard.geocode_online import make_geocoder

    store = store or Store()
    geocoder = geocoder or make_geocoder()
    items, warnings = [], []
    for n, report in enumerate(reports, start=1):
        result = extract(report, geocoder)
        items.append((report, result.events))
        warnings.extend(result.warnings)
        if progress:
            progress(n, len(reports), report)
    return store.add(items, warnings)
