"""The event table: one row per struck place, defined once and used by every stage.

Counts are nullable integers on purpose: an empty cell means "not reported",
0 means "reported as none", and the two must survive every read and write.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

SIDES = ("Russia", "Ukraine", "unknown")
ATTACKER_BASES = ("stated", "inferred")
DATE_PRECISIONS = ("day", "approx")
GEO_PRECISIONS = ("district", "city", "region", "country")
WEAPONS = (
    "ballistic missile",
    "cruise missile",
    "missile",
    "drone",
    "glide bomb",
    "artillery",
    "rocket",
    "unknown",
)
COUNT_COLUMNS = (
    "killed",
    "injured",
    "children",
    "missiles_launched",
    "missiles_intercepted",
    "drones_launched",
    "drones_intercepted",
)


@dataclass
class Event:
    """One struck place on one day by one side, with the sentences that support it."""

    event_id: str
    attack_id: str
    event_date: date
    date_precision: str
    attacker: str
    attacker_basis: str
    place: str
    location_text: str
    district_of: str
    admin1: str
    country: str
    latitude: float
    longitude: float
    geo_precision: str
    gazetteer_id: str
    weapons: str = ""
    killed: int | None = None
    injured: int | None = None
    children: int | None = None
    missiles_launched: int | None = None
    missiles_intercepted: int | None = None
    drones_launched: int | None = None
    drones_intercepted: int | None = None
    damage: str = ""
    reported_by: str = ""
    article_id: str = ""
    published: str = ""
    source_title: str = ""
    source_url: str = ""
    evidence: str = ""
    confidence: float = 0.5
    # Several reports of one strike are one event: how many, whether their figures
    # disagree, and which rule chose the figures shown.
    source_count: int = 1
    sources_disagree: bool = False
    figures_rule: str = ""

    def to_dict(self) -> dict:
        row = dataclasses.asdict(self)
        row["event_date"] = self.event_date.isoformat()
        return row


COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Event))
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
INT_COLUMNS = COUNT_COLUMNS + ("source_count",)
BOOL_COLUMNS = ("sources_disagree",)
TEXT_COLUMNS = tuple(
    c for c in COLUMNS if c not in INT_COLUMNS + FLOAT_COLUMNS + BOOL_COLUMNS + ("event_date",)
)


# Columns added after the first release: older files without them still read.
_OPTIONAL = {"source_count": "1", "sources_disagree": "false", "figures_rule": ""}


class EventTableError(ValueError):
    """The event table is malformed: the message names the row and the reason."""


def make_id(*parts: object) -> str:
    """A short stable id: the same parts always give the same id."""
    text = "|".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]



@dataclass(frozen=True)
class Report:
    """A news report and what we know of its publication."""

    text: str
    published: date
    title: str = ""
    url: str = ""

    @functools.cached_property
    def article_id(self) -> str:
        return make_id(" ".join(self.text.split()))

def empty_frame() -> pd.DataFrame:
    return _coerce(pd.DataFrame({c: [] for c in COLUMNS}))


def events_to_frame(events: list[Event]) -> pd.DataFrame:
    if not events:
        return empty_frame()
    return _coerce(pd.DataFrame([e.to_dict() for e in events], columns=list(COLUMNS)))


def _coerce(df: pd.DataFrame) -> pd.DataFrame:
    """Give every column its schema dtype; raise EventTableError naming the bad cell."""
    df = df.copy()
    for col, default in _OPTIONAL.items():
        if col not in df.columns:
            df[col] = default
    missing = [c for c in COLUMNS if c not in df.columns]
    if missing:
        raise EventTableError(f"missing columns: {', '.join(missing)}")
    df = df[list(COLUMNS)].copy()
    # A column already of its schema type (a table validated before, read back or imported) is
    # only checked: converting 200,000 rows again would cost seconds for nothing.
    for col in TEXT_COLUMNS:
        if not _is_typed(df[col], "string"):
            df[col] = df[col].astype("string").fillna("").astype(object)
    for col in INT_COLUMNS + FLOAT_COLUMNS:
        if str(df[col].dtype) == ("Int64" if col in INT_COLUMNS else "float64"):
            if col in INT_COLUMNS:
                _raise_on(df, (df[col] < 0).fillna(False), f"{col} must be a non-negative whole number")
            continue
        raw = df[col].astype("string").str.strip().replace("", pd.NA)
        num = pd.to_numeric(raw, errors="coerce")
        bad = num.isna() & raw.notna()
        if col in INT_COLUMNS:
            bad |= num.notna() & ((num < 0) | (num % 1 != 0))
        _raise_on(df, bad, f"{col} must be a non-negative whole number" if col in INT_COLUMNS else f"{col} must be a number")
        df[col] = num.astype("Int64") if col in INT_COLUMNS else num.astype("float64")
    for col in BOOL_COLUMNS:
        if df[col].dtype == bool:
            continue
        raw = df[col].astype("string").str.strip().str.lower().fillna("")
        _raise_on(df, ~raw.isin(["true", "false", "", "1", "0"]), f"{col} must be true or false")
        df[col] = raw.isin(["true", "1"])
    if not _is_typed(df["event_date"], "date"):
        dates = pd.to_datetime(df["event_date"].astype("string"), format="%Y-%m-%d", errors="coerce")
        _raise_on(df, dates.isna(), "event_date must be YYYY-MM-DD")
        df["event_date"] = dates.dt.date
    return df


def _is_typed(column: pd.Series, kind: str) -> bool:
    """Whether an object column holds only values of one kind ("string": str, "date": datetime.date)."""
    return column.dtype == object and (column.empty or pd.api.types.infer_dtype(column, skipna=False) == kind)


def _raise_on(df: pd.DataFrame, bad: pd.Series, reason: str) -> None:
    if bool(bad.any()):
        pos = int(bad.to_numpy().nonzero()[0][0])
        # +2: one for the header line, one because CSV lines count from 1.
        raise EventTableError(f"line {pos + 2}: {reason}")


def validate(df: pd.DataFrame, unique_ids: bool = True) -> pd.DataFrame:
    """Coerce dtypes and check the allowed values; return the clean frame.

    ``unique_ids=False`` is for per-report rows, where one event appears once per report."""
    df = _coerce(df)
    checks = [
        (~df["attacker"].isin(SIDES), f"attacker must be one of {', '.join(SIDES)}"),
        (~df["attacker_basis"].isin(ATTACKER_BASES), "attacker_basis must be stated or inferred"),
        (~df["date_precision"].isin(DATE_PRECISIONS), "date_precision must be day or approx"),
        (~df["geo_precision"].isin(GEO_PRECISIONS), "geo_precision must be district, city, region or country"),
        (~df["latitude"].between(-90, 90), "latitude must be within -90..90"),
        (~df["longitude"].between(-180, 180), "longitude must be within -180..180"),
        (~df["confidence"].between(0, 1), "confidence must be within 0..1"),
        (df["source_count"].fillna(1) < 1, "source_count must be 1 or more"),
        (df["event_id"] == "", "event_id is empty"),
        (df["place"] == "", "place is empty"),
        (df["event_id"].duplicated() & unique_ids, "duplicate event_id"),
        (~df["weapons"].map(_weapons_ok), f"weapons must be ;-joined from: {', '.join(WEAPONS)}"),
    ]
    for bad, reason in checks:
        _raise_on(df, bad, reason)
    return df.reset_index(drop=True)


@functools.lru_cache(maxsize=4096)
def _weapons_ok(weapons: str) -> bool:
    return all(w in WEAPONS for w in weapons.split(";")) if weapons else True


def read_csv(path: str | os.PathLike) -> pd.DataFrame:
    """Read an event table, keeping empty counts empty; errors name file and line."""
    path = Path(path)
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise EventTableError(f"{path}: not a readable event CSV ({exc})") from exc
    try:
        return validate(raw)
    except EventTableError as exc:
        raise EventTableError(f"{path}: {exc}") from exc


def to_csv_text(df: pd.DataFrame) -> str:
    buf = io.StringIO()
    out = df[list(COLUMNS)].copy()
    out["event_date"] = out["event_date"].map(lambda d: d.isoformat() if pd.notna(d) else "")
    out.to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | os.PathLike, text: str) -> None:
    """Write a file so that readers see the old one or the new one, never half of one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; other users' processes read these files
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(df: pd.DataFrame, path: str | os.PathLike) -> None:
    """Validate, then write atomically."""
    write_text_atomic(path, to_csv_text(validate(df)))
