"""Ingest: report files into stored events. Reading and extracting happen here, so the
store keeps what it is given and knows nothing of extraction."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable, Iterable, Iterator

from dashboard.events import Report
from dashboard.extract import extract
from dashboard.report_text import ReportError, read_report
from dashboard.store import Store, Summary

_REPORT_SUFFIXES = (".txt", ".html", ".htm", ".md")


@dataclass
class Manifest:
    rows: list[dict[str, str]]
    folder: Path


@dataclass(frozen=True)
class ReportFile:
    """Where a report is and what is known of it before it is read."""

    path: Path
    published: date
    title: str = ""
    url: str = ""

    def read(self) -> Report:
        return Report(read_report(self.path), self.published, self.title, self.url)


def iter_manifest(path: Path) -> Iterator[dict[str, str]]:
    """The rows of a manifest CSV (file, published YYYY-MM-DD, title, url), one at a time."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = {"file", "published"} - set(reader.fieldnames or [])
            if missing:
                raise ReportError(f"{path}: manifest lacks column(s) {', '.join(sorted(missing))}")
            for n, row in enumerate(reader, start=2):
                try:
                    date.fromisoformat(row["published"] or "")
                except (TypeError, ValueError):
                    raise ReportError(f"{path}: line {n}: published must be YYYY-MM-DD, got {row['published']!r}") from None
                yield row
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ReportError(f"{path}: cannot read the manifest ({exc})") from exc


def read_manifest(path: Path) -> Manifest:
    """A CSV of reports: file, published (YYYY-MM-DD), title, url."""
    return Manifest(list(iter_manifest(path)), path.parent)


def report_files(paths: Iterable[Path], published: date | None = None) -> Iterator[ReportFile]:
    """The reports of manifests, folders (their manifest.csv, else every .txt/.html/.md) and files,
    in order, without reading them: a listing of 100,000 reports costs their names, not their text.

    Files outside a manifest take ``published``; without it, their modification date."""
    for path in paths:
        path = Path(path)
        if path.is_dir() and (path / "manifest.csv").exists():
            path = path / "manifest.csv"
        if path.is_file() and path.suffix.lower() == ".csv":
            for row in iter_manifest(path):
                yield ReportFile(path.parent / row["file"], date.fromisoformat(row["published"]),
                                 row.get("title") or "", row.get("url") or "")
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in _REPORT_SUFFIXES)
            if not files:
                raise ReportError(f"{path}: no manifest.csv and no .txt, .html or .md reports")
            yield from (_loose_file(p, published) for p in files)
        elif path.is_file():
            yield _loose_file(path, published)
        else:
            raise ReportError(f"{path}: no such file or folder")


def _loose_file(path: Path, published: date | None) -> ReportFile:
    day = published or datetime.fromtimestamp(path.stat().st_mtime).date()
    return ReportFile(path, day, path.stem.replace("_", " "))


def collect_reports(paths: Iterable[Path], published: date | None = None) -> list[Report]:
    """Every report of ``report_files``, read. Every file is read before anything is stored,
    so one unreadable report stops the lot."""
    return [item.read() for item in list(report_files(paths, published))]


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
