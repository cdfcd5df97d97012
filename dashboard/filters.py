"""Filters as data: parsed from URL query parameters, applied to the event table, written back.

Bad or stale parameters never raise: they fall back to defaults and say so in a notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Mapping

import pandas as pd

from dashboard.events import COUNT_COLUMNS

SIDE_PARAMS = {"russia": "Russia", "ukraine": "Ukraine", "unknown": "unknown"}
_MAX_PARAM = 200


@dataclass
class Filters:
    start: date
    end: date
    sides: list[str] = field(default_factory=lambda: list(SIDE_PARAMS.values()))

    def to_query(self, bounds: tuple[date, date]) -> dict[str, str]:
        """Only what differs from the default view, so share links stay short."""
        out: dict[str, str] = {}
        if self.start != bounds[0]:
            out["start"] = self.start.isoformat()
        if self.end != bounds[1]:
            out["end"] = self.end.isoformat()
        if set(self.sides) != set(SIDE_PARAMS.values()):
            out["side"] = ",".join(k for k, v in SIDE_PARAMS.items() if v in self.sides)
        return out


def date_bounds(df: pd.DataFrame) -> tuple[date, date]:
    if df.empty:
        today = date.today()
        return today, today
    return min(df["event_date"]), max(df["event_date"])


def _one(params: Mapping[str, object], key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    return None if value is None else str(value)


def from_query(params: Mapping[str, object], bounds: tuple[date, date]) -> tuple[Filters, list[str]]:
    """Filters from query parameters, and a notice for each one that was ignored."""
    notices: list[str] = []
    start, end = bounds

    def parse_day(key: str, default: date) -> date:
        raw = _one(params, key)
        if raw is None or raw == "":
            return default
        if len(raw) > _MAX_PARAM:
            notices.append(f"Ignored '{key}': the value is too long.")
            return default
        try:
            return date.fromisoformat(raw)
        except ValueError:
            notices.append(f"Ignored '{key}': {raw[:40]!r} is not a date (YYYY-MM-DD).")
            return default

    start = parse_day("start", bounds[0])
    end = parse_day("end", bounds[1])
    if start > end:
        notices.append("Ignored 'start' and 'end': the start is after the end.")
        start, end = bounds
    sides = list(SIDE_PARAMS.values())
    raw = _one(params, "side")
    if raw:
        if len(raw) > _MAX_PARAM:
            notices.append("Ignored 'side': the value is too long.")
        else:
            asked = [s.strip().lower() for s in raw.split(",") if s.strip()]
            unknown = [s for s in asked if s not in SIDE_PARAMS]
            if unknown or not asked:
                notices.append(f"Ignored 'side': use {' or '.join(SIDE_PARAMS)} (comma-separated).")
            else:
                sides = [SIDE_PARAMS[s] for s in dict.fromkeys(asked)]
    return Filters(start, end, sides), notices


def apply(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = (df["event_date"] >= filters.start) & (df["event_date"] <= filters.end)
    keep &= df["attacker"].isin(filters.sides)
    return df[keep]


def totals(df: pd.DataFrame) -> dict[str, int]:
    """Headline figures. Counts sum the rows that report them; district rows never
    repeat their city's figures, so the sum counts each casualty once."""
    out = {"events": len(df)}
    for col in COUNT_COLUMNS:
        out[col] = int(df[col].sum(skipna=True)) if len(df) else 0
    return out
