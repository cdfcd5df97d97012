"""Exports of the event table: CSV, GeoJSON (RFC 7946) and ACLED-compatible CSV.

Text cells that a spreadsheet would run as a formula (starting with =, +, -, @,
tab or carriage return) are prefixed with an apostrophe in the CSV exports.
"""

from __future__ import annotations

import io
import json
import math

import pandas as pd

from dashboard.events import COLUMNS, to_csv_text

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ACLED_ACTORS = {"Russia": "Military Forces of Russia (2000-)", "Ukraine": "Military Forces of Ukraine (2019-)",
                "unknown": "Unidentified Armed Group"}
ACLED_PRECISION = {"district": 1, "city": 1, "region": 3, "country": 3}
ACLED_COUNTRIES = {"UA": "Ukraine", "RU": "Russia"}
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "country", "iso", "admin1", "location", "latitude", "longitude",
                 "geo_precision", "source", "notes", "fatalities")


def neutralize(value: object) -> object:
    """A text cell that cannot run as a spreadsheet formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _safe_text_columns(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(neutralize)
    return out


def to_csv(df: pd.DataFrame) -> str:
    """The event table as CSV, safe to open in a spreadsheet."""
    return to_csv_text(_safe_text_columns(df[list(COLUMNS)]))


def _json_value(value: object) -> object:
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def to_geojson(df: pd.DataFrame) -> str:
    """A FeatureCollection of Points, [longitude, latitude] in WGS 84 as RFC 7946 requires."""
    features = []
    props_cols = [c for c in COLUMNS if c not in ("latitude", "longitude")]
    for row in df[list(COLUMNS)].itertuples(index=False):
        record = row._asdict()
        features.append({
            "type": "Feature",
            "id": record["event_id"],
            "geometry": {"type": "Point", "coordinates": [round(float(record["longitude"]), 6),
                                                          round(float(record["latitude"]), 6)]},
            "properties": {c: _json_value(record[c]) for c in props_cols},
        })
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _sub_event(weapons: str) -> str:
    kinds = set(weapons.split(";")) if weapons else set()
    if kinds & {"drone", "glide bomb"}:
        return "Air/drone strike"
    if kinds & {"ballistic missile", "cruise missile", "missile", "rocket", "artillery"}:
        return "Shelling/artillery/missile attack"
    return "Remote explosive/landmine/IED" if "unknown" in kinds else "Shelling/artillery/missile attack"


def to_acled_frame(df: pd.DataFrame) -> pd.DataFrame:
    """ACLED's column names and codes (fatalities are killed, 0 when not reported)."""
    out = pd.DataFrame({
        "event_id_cnty": df["event_id"],
        "event_date": df["event_date"].map(lambda d: d.isoformat()),
        "year": df["event_date"].map(lambda d: d.year),
        "time_precision": df["date_precision"].map({"day": 1, "approx": 2}).fillna(2).astype(int),
        "disorder_type": "Political violence",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": df["weapons"].map(_sub_event),
        "actor1": df["attacker"].map(ACLED_ACTORS),
        "country": df["country"].map(lambda c: ACLED_COUNTRIES.get(c, c)),
        "iso": df["country"],
        "admin1": df["admin1"],
        "location": df["place"],
        "latitude": df["latitude"],
        "longitude": df["longitude"],
        "geo_precision": df["geo_precision"].map(ACLED_PRECISION).fillna(3).astype(int),
        "source": (df["source_title"].where(df["source_title"] != "", df["reported_by"])),
        "notes": df["evidence"].str.replace("\n", " ", regex=False),
        "fatalities": df["killed"].fillna(0).astype(int),
    }, columns=list(ACLED_COLUMNS))
    return out


def to_acled_csv(df: pd.DataFrame) -> str:
    buf = io.StringIO()
    _safe_text_columns(to_acled_frame(df)).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()


EXPORTERS = {"csv": (to_csv, "text/csv", "csv"), "geojson": (to_geojson, "application/geo+json", "geojson"),
             "acled": (to_acled_csv, "text/csv", "csv")}

