"""Imports: an ACLED export or any CSV with a column mapping, to event rows.

A file is read as a stream of rows, so no size limit refuses a real export. Each
row is checked on its own: a bad row is rejected with its line in the file (a
quoted note over three lines counts three) and its reason, and copied to a
rejects file that can be fixed and imported again; the good rows go on.
Rows are completed from the gazetteer: coordinates without a place get the
nearest place, labelled as the nearest to those coordinates; a place without
coordinates is geocoded within the row's region and country; and a row whose
named place lies far from its coordinates is kept but flagged.
"""

from __future__ import annotations

import csv
import functools
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

import dateparser
import pandas as pd

from dashboard import events as schema
from dashboard.attack_records import AttackRecordError, check_dataset_columns, dataset_record
from dashboard.geocode import OfflineGeocoder, km
from dashboard.reverse_geocode import NearestPlaces
from dashboard.weapons import weapons_in_text

EARLIEST = date(2014, 1, 1)
ACLED_REQUIRED = ("event_date", "actor1", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities")
# A named place farther than this from the row's own coordinates is flagged: ACLED's points
# lie within a few km of the place they name, so 30 km means one of the two is wrong.
DISAGREE_KM = 30.0
# Coordinates with no place take the nearest settlement within this distance.
REVERSE_KM = 50.0
_CHUNK_ROWS = 20_000
_ACLED_PRECISION = {"1": "city", "2": "city", "3": "region"}
_COUNTRY_CODES = {"ukraine": "UA", "russia": "RU", "russian federation": "RU", "804": "UA", "643": "RU",
                  "ua": "UA", "ru": "RU", "ukr": "UA", "rus": "RU"}
# Fields an import may fill; the others are the store's own bookkeeping.
MAPPABLE = tuple(c for c in schema.COLUMNS if c not in ("source_count", "sources_disagree", "figures_rule"))
_CHOICES = {"attacker_basis": schema.ATTACKER_BASES, "date_precision": schema.DATE_PRECISIONS,
            "geo_precision": schema.GEO_PRECISIONS}
_WEAPON_SPLIT = re.compile(r"\s*(?:[;,/+]|\band\b)\s*", re.IGNORECASE)


class ImportError_(ValueError):
    """An import file that cannot be used at all (unreadable, not the format named)."""


@dataclass
class RowProblem:
    """A row rejected or flagged: its first line in the file and why."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class ImportResult:
    """The rows that passed, as an event table, and an account of all the others."""

    path: Path
    events: pd.DataFrame
    read: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    flagged: list[RowProblem] = field(default_factory=list)
    rejects_path: Path | None = None
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.read:,} rows read: {len(self.events):,} to import, {self.duplicates:,} merged as duplicates, "
                f"{len(self.rejected):,} rejected, {len(self.flagged):,} flagged")


class _Reject(Exception):
    """A row that cannot be imported; the message is the reason."""


# --- reading -------------------------------------------------------------------------

def _with_header(path: Path) -> tuple[Iterator[tuple[int, list[str]]], list[str]]:
    """The file's records after its header, and the header's column names."""
    records = _records(path)
    try:
        _, header = next(records)
    except StopIteration:
        raise ImportError_(f"{path}: empty file, no header") from None
    return records, [h.strip() for h in header]


def _records(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(first line, fields) for each CSV record, the header first; blank lines are skipped."""
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 24))  # notes of several pages are real
    end = 0
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            for fields in reader:
                start, end = end + 1, reader.line_num
                if fields:
                    yield start, fields
    except UnicodeDecodeError as exc:
        raise ImportError_(f"{path}: not UTF-8 text (near line {end + 1}, byte {exc.start} of a block)") from exc
    except csv.Error as exc:
        raise ImportError_(f"{path}: line {end + 1}: not readable as CSV ({exc})") from exc
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror or exc})") from exc


class _RejectsFile:
    """The rejected rows as they were, plus their line and reason, written beside the input.

    Written to a temporary file and moved into place at the end, so a crash leaves no half file."""

    def __init__(self, path: Path, header: list[str]):
        self.path, self.header, self._fh, self._tmp = path, header, None, ""

    def add(self, fields: list[str], line: int, reason: str) -> None:
        if self._fh is None:
            try:
                fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
            except OSError as exc:
                raise ImportError_(f"cannot write the rejects file in {self.path.parent} "
                                   f"({exc.strerror or exc}); name another with --rejects") from exc
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(fd, 0o666 & ~umask)  # an ordinary file for the user to edit, not mkstemp's private one
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
            self._writer = csv.writer(self._fh, lineterminator="\n")
            self._writer.writerow([*self.header, "reject_line", "reject_reason"])
        padded = (fields + [""] * len(self.header))[: max(len(self.header), len(fields))]
        self._writer.writerow([*padded, line, reason])

    def close(self, keep: bool) -> Path | None:
        if self._fh is None:
            return None
        self._fh.close()
        if keep:
            os.replace(self._tmp, self.path)
            return self.path
        Path(self._tmp).unlink(missing_ok=True)
        return None


def rejects_path_for(path: Path) -> Path:
    """Where an import's rejected rows go by default: ``list.csv`` → ``list.rejects.csv``."""
    return path.with_name(f"{path.stem}.rejects.csv")


def _source_name(path: Path) -> str:
    """The file a row belongs to; rows fixed in a rejects file belong to the original."""
    name = path.name
    return name.replace(".rejects.csv", ".csv") if name.endswith(".rejects.csv") else name


# --- values --------------------------------------------------------------------------

@functools.lru_cache(maxsize=50_000)
def _day(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        parsed = dateparser.parse(text, languages=["en"],
                                  settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "RETURN_AS_TIMEZONE_AWARE": False})
        return parsed.date() if parsed else None


def _event_day(text: str, today: date) -> date:
    day = _day(text)
    if day is None:
        raise _Reject(f"event_date {text!r} is not a date" if text else "event_date is empty")
    if day > today:
        raise _Reject(f"event_date {day} is in the future")
    if day < EARLIEST:
        raise _Reject(f"event_date {day} is before {EARLIEST.year}")
    return day


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _count(name: str, text: str) -> str:
    """A count cell as the event table keeps it: a whole number, or empty for not reported."""
    if not text:
        return ""
    value = _number(text)
    if value is None or value < 0 or not value.is_integer():
        raise _Reject(f"{name} {text!r} is not a whole number")
    return str(int(value))


def _point(lat_text: str, lon_text: str) -> tuple[float, float] | None:
    if not lat_text and not lon_text:
        return None
    lat, lon = _number(lat_text), _number(lon_text)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _Reject(f"latitude/longitude missing or outside the world ({lat_text!r}, {lon_text!r})")
    return lat, lon


def _attacker(text: str) -> str:
    low = text.lower()
    return "Russia" if "russia" in low else "Ukraine" if "ukrain" in low else "unknown"


def _weapons(text: str) -> tuple[str, bool]:
    """The weapon classes a cell names, and whether it said more than those classes
    (free text such as "Shahed drones" is kept beside the row, never a reason to reject it)."""
    found, rest = [], False
    for part in _WEAPON_SPLIT.split(text.strip().lower()):
        if not part:
            continue
        term = part if part in schema.WEAPONS else part[:-1] if part.endswith("s") and part[:-1] in schema.WEAPONS else ""
        if term:
            found.append(term)
            continue
        rest = True
        # "Shahed drones", "Kh-101", "S-300", "KAB": a model or phrase named in the weapons table.
        found += [w.weapon_type for w in weapons_in_text(part) if w.weapon_type in schema.WEAPONS]
    return ";".join(w for w in schema.WEAPONS if w in found), rest


# --- places --------------------------------------------------------------------------

class PlaceCompleter:
    """Fills a row's missing place or coordinates from the gazetteer and checks the two agree.

    Answers are cached per name, region and country: an export names a few thousand
    places across its hundreds of thousands of rows."""

    def __init__(self, geocoder: OfflineGeocoder | None = None):
        self.geocoder = geocoder or OfflineGeocoder()
        self.nearest = NearestPlaces(self.geocoder.gazetteer)
        self.known_regions = frozenset(p.name for p in self.geocoder.gazetteer.places if p.kind == "region")
        # Caches per instance, so that they go with the completer and its geocoder.
        self.region = functools.lru_cache(maxsize=10_000)(self.region)
        self.named = functools.lru_cache(maxsize=100_000)(self.named)
        self.namesakes = functools.lru_cache(maxsize=100_000)(self.namesakes)

    def region(self, text: str, country: str) -> str:
        """The gazetteer's name for a region ("Kharkiv" → "Kharkiv Oblast"), else the text as given."""
        if not text:
            return ""
        found = self.geocoder.resolve(text, country=country or None, kind="region")
        return found.place.name if found else text

    @staticmethod
    def country(text: str) -> str:
        text = text.strip()
        return _COUNTRY_CODES.get(text.lower(), text[:2].upper())

    def named(self, place: str, region: str, country: str):
        """The gazetteer place a row names, within its region and country when it gives them
        (a region the gazetteer does not know is no hint)."""
        hint = region if region in self.known_regions else None
        return self.geocoder.geocode(place, country=country or None, region=hint)

    def complete(self, row: dict[str, str], point: tuple[float, float] | None) -> str:
        """Fill ``row`` in place; return a reason to flag it ("" if none); raise _Reject."""
        place, region, country = row["place"], row["admin1"], row["country"]
        if point is None:
            if not place:
                raise _Reject("no place and no coordinates")
            found = self.named(place, region, country)
            if found is None:
                raise _Reject(f"place {place!r} not found" + (f" in {region}" if region else "")
                              + (f" ({country})" if country and not region else ""))
            raw = found.raw
            row.update(place=raw["place"], admin1=raw["admin1"], country=raw["country"], district_of=raw["district_of"],
                       latitude=f"{found.latitude:.5f}", longitude=f"{found.longitude:.5f}",
                       geo_precision=row["geo_precision"] or raw["geo_precision"], gazetteer_id=raw["gazetteer_id"])
            return ""
        row["latitude"], row["longitude"] = repr(point[0]), repr(point[1])
        if not place:
            near = self.nearest.nearest(point[0], point[1], REVERSE_KM)
            if near is None:
                raise _Reject(f"no place given, and no known place within {REVERSE_KM:.0f} km of "
                              f"{point[0]:.4f}, {point[1]:.4f}")
            found, distance = near
            # The place was not reported: say so wherever the row is shown (a popup's title reads
            # "Kupiansk · nearest settlement to 49.71000, 37.61000 (2.3 km)").
            what = "city district" if found.kind == "district" else "settlement"
            written = f"nearest {what} to {point[0]:.5f}, {point[1]:.5f} ({distance:.1f} km)"
            row.update(place=found.name, location_text=row["location_text"] or written,
                       district_of=found.district_of, admin1=found.admin1, country=found.country,
                       geo_precision=row["geo_precision"] or found.geo_precision)
            if region and region != found.admin1:
                return f"coordinates lie in {found.admin1}, the row says {region}"
            return ""
        found = self.named(place, region, country)
        row["geo_precision"] = row["geo_precision"] or (found.raw["geo_precision"] if found else "city")
        if found is None:
            return ""
        row["admin1"] = region or found.raw["admin1"]
        row["country"] = country or found.raw["country"]
        if km(point, (found.latitude, found.longitude)) <= DISAGREE_KM:
            return ""
        namesakes = self.namesakes(place, region, country)
        if namesakes:
            distance, nearest = min((km(point, (p.latitude, p.longitude)), p) for p in namesakes)
            if distance > DISAGREE_KM:
                return (f"coordinates {point[0]:.4f}, {point[1]:.4f} are {distance:.0f} km from "
                        f"{nearest.name} ({nearest.admin1}), the nearest place of the name the row gives")
        return ""

    def targeted_region(self, text: str) -> str:
        """The region (admin1) an attack's target names: "Odesa oblast" → "Odesa Oblast", a city →
        its region, "Ukraine" → '*' (all of it); "" for what no region matches ("south")."""
        if text.strip().lower() in ("ukraine", "україна", "украина"):
            return "*"
        name = text.split(",")[0].strip()
        if name.lower().endswith(" oblast"):
            found = self.geocoder.resolve(name, country="UA", kind="region")
            # A fuzzy match of another region ("Lutsk oblast" is no Luhansk Oblast) is no match.
            return found.place.name if found and found.place.name[:4].lower() == name[:4].lower() else ""
        found = self.named(name, "", "UA")
        return found.raw["admin1"] if found else ""

    def namesakes(self, place: str, region: str, country: str) -> tuple:
        """Every settlement or district the name may mean in the row's region (or country):
        villages share names, so a point is checked against all of them, not the first."""
        hint = region if region in self.known_regions else ""
        return tuple(p for p, _, _ in self.geocoder.candidates(place, country=country or None)
                     if p.kind in ("city", "district") and p.latitude is not None and (not hint or p.admin1 == hint))


# --- formats -------------------------------------------------------------------------

_TEMPLATE = {c: "" for c in schema.COLUMNS}
_TEMPLATE.update(date_precision="day", attacker="unknown", attacker_basis="stated", confidence="0.5",
                 source_count="1", sources_disagree="false")
_FLAGGED_CONFIDENCE = "0.3"


def _acled_converter(header: list[str], path: Path, places: PlaceCompleter, today: date):
    missing = [c for c in ACLED_REQUIRED if c not in header]
    if missing:
        raise ImportError_(f"{path}: not an ACLED export: missing column(s) {', '.join(missing)}")

    def convert(r: dict[str, str]) -> tuple[dict[str, str], str]:
        reasons: list[str] = []
        day = _checked(reasons, _event_day, r["event_date"], today)
        point = _checked(reasons, _point, r["latitude"], r["longitude"])
        killed = _checked(reasons, _count, "fatalities", r["fatalities"])
        if not r["fatalities"]:
            reasons.append("fatalities is empty")
        precision = _ACLED_PRECISION.get(r["geo_precision"])
        if precision is None:
            reasons.append(f"geo_precision {r['geo_precision']!r} is not 1, 2 or 3")
        if reasons:
            raise _Reject("; ".join(reasons))
        country = places.country(r.get("iso") or r.get("country") or "")
        ident = r.get("event_id_cnty") or schema.make_id(*r.values())
        row = dict(_TEMPLATE)
        row.update(event_id=schema.make_id("acled", ident), event_date=day.isoformat(), attacker=_attacker(r["actor1"]),
                   place=r["location"], location_text=r["location"], admin1=places.region(r["admin1"], country),
                   country=country, geo_precision=precision, gazetteer_id=f"acled:{ident}", killed=killed, reported_by=r.get("source", ""), article_id=f"acled:{ident}",
                   published=day.isoformat(), source_title=r.get("source") or "ACLED", evidence=r.get("notes", ""),
                   confidence="0.7")
        row["attack_id"] = row["event_id"]
        flag = places.complete(row, point)
        return row, flag

    return convert


def _checked(reasons: list[str], check: Callable, *args):
    """``check(*args)``, or None with its reason added to ``reasons``: a row's every problem is told at once."""
    try:
        return check(*args)
    except _Reject as exc:
        reasons.append(str(exc))
        return None


def _mapped_converter(header: list[str], path: Path, places: PlaceCompleter, today: date, mapping: dict[str, str]):
    bad = [f for f in mapping.values() if f not in MAPPABLE]
    if bad:
        raise ImportError_(f"--map names unknown event field(s) {', '.join(bad)}; fields: {', '.join(MAPPABLE)}")
    absent = [c for c in mapping if c not in header]
    if absent:
        raise ImportError_(f"{path}: no column(s) {', '.join(absent)} in the file")
    fields = {f: f for f in MAPPABLE if f in header}
    fields.update({f: c for c, f in mapping.items()})
    needed = [f for f in ("event_date",) if f not in fields]
    if not ({"place", "latitude", "longitude"} & set(fields)):
        needed.append("place or latitude and longitude")
    elif ("latitude" in fields) != ("longitude" in fields):
        needed.append("latitude and longitude together")
    if needed:
        raise ImportError_(f"{path}: needs columns for {', '.join(needed)} (use --map column=field)")
    source = _source_name(path)
    order = sorted(fields)

    def convert(r: dict[str, str]) -> tuple[dict[str, str], str]:
        get = {f: (r.get(c) or "").strip() for f, c in fields.items()}
        reasons: list[str] = []
        day = _checked(reasons, _event_day, get["event_date"], today)
        point = _checked(reasons, _point, get.get("latitude", ""), get.get("longitude", ""))
        row = dict(_TEMPLATE)
        row.update({f: v for f, v in get.items() if v})
        for name in schema.COUNT_COLUMNS:
            row[name] = _checked(reasons, _count, name, get.get(name, "")) or ""
        for name, allowed in _CHOICES.items():
            if get.get(name) and get[name] not in allowed:
                reasons.append(f"{name} {get[name]!r} is not one of {', '.join(allowed)}")
        if get.get("confidence"):
            value = _number(get["confidence"])
            if value is None or not 0 <= value <= 1:
                reasons.append(f"confidence {get['confidence']!r} is not a number from 0 to 1")
        if reasons:
            raise _Reject("; ".join(reasons))
        row["attacker"] = _attacker(get["attacker"]) if get.get("attacker") else "unknown"
        if get.get("weapons"):
            row["weapons"], free_text = _weapons(get["weapons"])
            if free_text:
                row["evidence"] = "\n".join(filter(None, (row["evidence"], f"weapons as written: {get['weapons']}")))
        row["event_date"] = day.isoformat()
        row["published"] = row["published"] or day.isoformat()
        row["country"] = places.country(row["country"])
        row["admin1"] = places.region(row["admin1"], row["country"])
        row["location_text"] = row["location_text"] or row["place"]
        # The same values in the same file are the same event, however often the file is imported.
        row["event_id"] = row["event_id"] or schema.make_id("import", source, *(get[f] for f in order))
        row["attack_id"] = row["attack_id"] or row["event_id"]
        row["article_id"] = row["article_id"] or f"import:{source}"
        row["gazetteer_id"] = row["gazetteer_id"] or f"import:{row['event_id']}"
        flag = places.complete(row, point)
        return row, flag

    return convert


# --- the import ----------------------------------------------------------------------

def read_import(path: Path, fmt: str, mapping: dict[str, str] | None = None, *,
                rejects: Path | None = None, places: PlaceCompleter | None = None,
                progress: Callable[[int], None] | None = None) -> ImportResult:
    """Read and check every row of ``path``; rejected rows go to ``rejects`` (default beside the input).

    Nothing is stored here: the caller stores ``result.events`` (or, when strict, nothing
    if anything was rejected)."""
    path = Path(path)
    started = time.perf_counter()
    records, header = _with_header(path)
    places = places or PlaceCompleter()
    today = date.today()
    if fmt == "acled":
        convert = _acled_converter(header, path, places, today)
    else:
        convert = _mapped_converter(header, path, places, today, mapping or {})
    result = ImportResult(path, schema.empty_frame())
    out = _RejectsFile(rejects or rejects_path_for(path), header)
    seen: set[str] = set()
    chunk: list[list[str]] = []
    frames: list[pd.DataFrame] = []
    width = len(header)
    try:
        for line, fields in records:
            result.read += 1
            if progress and result.read % _CHUNK_ROWS == 0:
                progress(result.read)
            try:
                if len(fields) != width and (len(fields) < width or any(f.strip() for f in fields[width:])):
                    raise _Reject(f"{len(fields)} fields where the header has {width}")
                row, flag = convert(dict(zip(header, fields)))
            except _Reject as exc:
                result.rejected.append(RowProblem(line, str(exc)))
                out.add(fields, line, str(exc))
                continue
            if row["event_id"] in seen:
                result.duplicates += 1
                continue
            seen.add(row["event_id"])
            if flag:
                result.flagged.append(RowProblem(line, flag))
                row["confidence"] = _FLAGGED_CONFIDENCE
            chunk.append([row[c] for c in schema.COLUMNS])
            if len(chunk) >= _CHUNK_ROWS:
                frames.append(_typed(chunk, path))
                chunk = []
    finally:
        result.rejects_path = out.close(keep=True)
    if chunk:
        frames.append(_typed(chunk, path))
    if frames:
        result.events = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    result.seconds = time.perf_counter() - started
    return result


def _typed(rows: list[list[str]], path: Path) -> pd.DataFrame:
    """A chunk of checked rows as a typed event table: typing chunk by chunk keeps the
    temporary copies that typing makes small."""
    try:
        # Duplicates were merged while reading, across chunks, so a chunk needs no id check of its own.
        return schema.validate(pd.DataFrame(rows, columns=list(schema.COLUMNS)), unique_ids=False)
    except schema.EventTableError as exc:  # every field was checked per row; this is a bug if it happens
        raise ImportError_(f"{path}: {exc}") from exc


def _strict(result: ImportResult) -> pd.DataFrame:
    if result.rejected:
        raise ImportError_(f"{result.path}: {len(result.rejected)} bad row(s): "
                           + "; ".join(str(p) for p in result.rejected))
    return result.events


def read_acled(path: Path, rejects: Path | None = None) -> pd.DataFrame:
    """An ACLED export as events; any bad row fails it, naming every bad row."""
    return _strict(read_import(path, "acled", rejects=rejects))


def read_mapped_csv(path: Path, mapping: dict[str, str], rejects: Path | None = None) -> pd.DataFrame:
    """Any CSV: ``mapping`` names, for each CSV column, the event field it holds. Strict, as ``read_acled``."""
    return _strict(read_import(path, "csv", mapping, rejects=rejects))


# --- the Air Force's night figures -----------------------------------------------------

@dataclass
class AttackImport:
    """The rows of an Air Force attack file that passed, as attack records ready to store."""

    path: Path
    records: list[dict] = field(default_factory=list)
    read: int = 0
    duplicates: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    rejects_path: Path | None = None
    seconds: float = 0.0

    def line(self) -> str:
        return (f"{self.read:,} rows read: {len(self.records):,} attack records to import, "
                f"{self.duplicates:,} merged as duplicates, {len(self.rejected):,} rejected")


def read_airforce(path: Path, *, rejects: Path | None = None, places: PlaceCompleter | None = None) -> AttackImport:
    """The digitised Air Force summaries (``missile_attacks_daily.csv``) as attack records.

    A row is its own record, identified by all of its cells, so the same file imported again
    replaces what it stored and a row repeated word for word is one record. Rows without a date or a
    model are rejected with their line, into the rejects file as for other imports. Targeted regions
    are placed with the gazetteer ('*' for all of Ukraine); the rest ("south") are kept as written."""
    path = Path(path)
    started = time.perf_counter()
    records, header = _with_header(path)
    try:
        check_dataset_columns(header, path)
    except AttackRecordError as exc:
        raise ImportError_(str(exc)) from None
    places = places or PlaceCompleter()
    result = AttackImport(path)
    out = _RejectsFile(rejects or rejects_path_for(path), header)
    seen: set[str] = set()
    try:
        for line, fields in records:
            result.read += 1
            try:
                record = dataset_record(dict(zip(header, fields)))
            except AttackRecordError as exc:
                result.rejected.append(RowProblem(line, str(exc)))
                out.add(fields, line, str(exc))
                continue
            record_id = schema.make_id("airforce", *fields)
            if record_id in seen:
                result.duplicates += 1
                continue
            seen.add(record_id)
            result.records.append({
                **record.to_dict(), "record_id": record_id, "model": record.model or "",
                "launch_areas": "\n".join(record.launch_areas), "regions": "\n".join(record.regions),
                "national": int(record.national),
                "admin1s": sorted({a for a in map(places.targeted_region, record.regions) if a}),
            })
    finally:
        result.rejects_path = out.close(keep=True)
    result.seconds = time.perf_counter() - started
    return result
