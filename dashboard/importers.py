"""Imports: an ACLED export or any CSV with a column mapping, to validated event rows.

Every row is checked before anything is stored; the error names the file, the
line and the reason (up to twenty of them), and a failing import stores nothing.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import dateparser
import pandas as pd

from dashboard import events as schema

MAX_IMPORT_BYTES = 100_000_000
EARLIEST = date(2014, 1, 1)
ACLED_REQUIRED = ("event_date", "actor1", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities")
_ACLED_PRECISION = {"1": "city", "2": "city", "3": "region"}
_COUNTRY_CODES = {"ukraine": "UA", "russia": "RU", "804": "UA", "643": "RU", "ua": "UA", "ru": "RU"}


class ImportError_(ValueError):
    """An import file that cannot be used, with every reason found."""


def _read(path: Path) -> list[dict[str, str]]:
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportError_(f"{path}: larger than {MAX_IMPORT_BYTES:,} bytes")
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            if not reader.fieldnames:
                raise ImportError_(f"{path}: empty file, no header")
            return rows
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except csv.Error as exc:
        raise ImportError_(f"{path}: not a readable CSV ({exc})") from exc
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror or exc})") from exc


def _day(text: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
        return parsed.date() if parsed else None


def _number(text: str) -> float | None:
    try:
        return float((text or "").strip())
    except ValueError:
        return None


class _Problems:
    def __init__(self, path: Path):
        self.path, self.items = path, []

    def add(self, line: int, reason: str) -> None:
        self.items.append(f"line {line}: {reason}")

    def raise_if_any(self) -> None:
        if self.items:
            more = f" (and {len(self.items) - 20} more)" if len(self.items) > 20 else ""
            raise ImportError_(f"{self.path}: " + "; ".join(self.items[:20]) + more)


def _check_place_and_date(problems: _Problems, line: int, day: date | None, lat: float | None, lon: float | None,
                          raw_date: str) -> None:
    if day is None:
        problems.add(line, f"event_date {raw_date!r} is not a date")
    elif day > date.today():
        problems.add(line, f"event_date {day} is in the future")
    elif day < EARLIEST:
        problems.add(line, f"event_date {day} is before {EARLIEST.year}")
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        problems.add(line, "latitude/longitude missing or outside the world")


def read_acled(path: Path) -> pd.DataFrame:
    rows = _read(path)
    problems = _Problems(path)
    missing = [c for c in ACLED_REQUIRED if rows and c not in rows[0]] or ([] if rows else list(ACLED_REQUIRED))
    if missing:
        raise ImportError_(f"{path}: not an ACLED export: missing column(s) {', '.join(missing)}")
    out = []
    for line, r in enumerate(rows, start=2):
        day, lat, lon = _day(r["event_date"]), _number(r["latitude"]), _number(r["longitude"])
        _check_place_and_date(problems, line, day, lat, lon, r["event_date"])
        fatalities = _number(r["fatalities"])
        if fatalities is None or fatalities < 0 or fatalities % 1:
            problems.add(line, f"fatalities {r['fatalities']!r} is not a whole number")
        precision = _ACLED_PRECISION.get((r["geo_precision"] or "").strip())
        if precision is None:
            problems.add(line, f"geo_precision {r['geo_precision']!r} is not 1, 2 or 3")
        country = _COUNTRY_CODES.get((r.get("iso") or r.get("country") or "").strip().lower(),
                                     (r.get("country") or "")[:2].upper())
        actor = r["actor1"] or ""
        attacker = "Russia" if "russia" in actor.lower() else "Ukraine" if "ukrain" in actor.lower() else "unknown"
        if problems.items:
            continue
        ident = r.get("event_id_cnty") or f"{r['event_date']}|{r['location']}|{line}"
        out.append(schema.Event(
            event_id=schema.make_id("acled", ident), attack_id=schema.make_id("acled", ident),
            event_date=day, date_precision="day", attacker=attacker, attacker_basis="stated",
            place=r["location"], location_text=r["location"], district_of="", admin1=r["admin1"], country=country,
            latitude=lat, longitude=lon, geo_precision=precision, gazetteer_id=f"acled:{ident}",
            killed=int(fatalities), reported_by=r.get("source") or "", article_id=f"acled:{ident}",
            published=day.isoformat(), source_title=r.get("source") or "ACLED", evidence=r.get("notes") or "",
            confidence=0.7,
        ))
    problems.raise_if_any()
    return schema.events_to_frame(out)


def read_mapped_csv(path: Path, mapping: dict[str, str]) -> pd.DataFrame:
    """Any CSV: ``mapping`` names, for each CSV column, the event field it holds."""
    rows = _read(path)
    bad = [f for f in mapping.values() if f not in schema.COLUMNS]
    if bad:
        raise ImportError_(f"--map names unknown event field(s) {', '.join(bad)}; fields: {', '.join(schema.COLUMNS)}")
    header = set(rows[0]) if rows else set()
    fields = {f: f for f in schema.COLUMNS if f in header}
    fields.update({f: c for c, f in mapping.items()})
    absent = [c for c in mapping if rows and c not in header]
    if absent:
        raise ImportError_(f"{path}: no column(s) {', '.join(absent)} in the file")
    needed = [f for f in ("place", "event_date", "latitude", "longitude") if f not in fields]
    if needed:
        raise ImportError_(f"{path}: needs columns for {', '.join(needed)} (use --map column=field)")
    problems = _Problems(path)
    out = []
    for line, r in enumerate(rows, start=2):
        get = {f: (r.get(c) or "").strip() for f, c in fields.items()}
        day, lat, lon = _day(get["event_date"]), _number(get["latitude"]), _number(get["longitude"])
        _check_place_and_date(problems, line, day, lat, lon, get["event_date"])
        if problems.items:
            continue
        row = {c: "" for c in schema.COLUMNS}
        row.update({"date_precision": "day", "attacker": "unknown", "attacker_basis": "stated",
                    "geo_precision": "city", "confidence": "0.5", "source_count": "1", "sources_disagree": "false"})
        row.update({f: v for f, v in get.items() if v != ""})
        row["event_date"] = day.isoformat()
        row["location_text"] = row["location_text"] or row["place"]
        row["published"] = row["published"] or day.isoformat()
        key = (row["place"], row["event_date"], row["attacker"], path.name, line)
        row["event_id"] = row["event_id"] or schema.make_id("import", *key)
        row["attack_id"] = row["attack_id"] or row["event_id"]
        row["article_id"] = row["article_id"] or f"import:{path.name}"
        row["gazetteer_id"] = row["gazetteer_id"] or f"import:{row['event_id']}"
        out.append(row)
    problems.raise_if_any()
    frame = pd.DataFrame(out, columns=list(schema.COLUMNS)) if out else schema.empty_frame()
    try:
        return schema.validate(frame)
    except schema.EventTableError as exc:
        raise ImportError_(f"{path}: {exc}") from exc


def read_import(path: Path, fmt: str, mapping: dict[str, str] | None = None) -> pd.DataFrame:
    if fmt == "acled":
        return read_acled(path)
    return read_mapped_csv(path, mapping or {})
