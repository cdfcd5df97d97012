"""Filters as data: parsed from URL query parameters, applied to the event table, written back.

The query string is the interface (start, end, side, weapon, region, q,
min_casualties, event), so any view can be shared as a link. Bad or stale
parameters never raise: they fall back to defaults and say so in a notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping

import pandas as pd

from dashboard.events import COUNT_COLUMNS, WEAPONS

SIDE_PARAMS = {"russia": "Russia", "ukraine": "Ukraine", "unknown": "unknown"}
MAX_PARAM = 200
MAX_CASUALTIES = 1_000_000


@dataclass
class Filters:
    start: date
    end: date
    sides: list[str] = field(default_factory=lambda: list(SIDE_PARAMS.values()))
    weapons: list[str] = field(default_factory=list)  # empty: all
    regions: list[str] = field(default_factory=list)  # admin1 names; empty: all
    q: str = ""
    min_casualties: int = 0
    event: str = ""

    def to_query(self, bounds: tuple[date, date]) -> dict[str, str]:
        """Only what differs from the default view, so share links stay short."""
        out: dict[str, str] = {}
        if self.start != bounds[0]:
            out["start"] = self.start.isoformat()
        if self.end != bounds[1]:
            out["end"] = self.end.isoformat()
        if set(self.sides) != set(SIDE_PARAMS.values()):
            out["side"] = ",".join(k for k, v in SIDE_PARAMS.items() if v in self.sides)
        if self.weapons:
            out["weapon"] = ",".join(self.weapons)
        if self.regions:
            out["region"] = ",".join(self.regions)
        if self.q:
            out["q"] = self.q
        if self.min_casualties:
            out["min_casualties"] = str(self.min_casualties)
        if self.event:
            out["event"] = self.event
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


def _listed(raw: str) -> list[str]:
    return list(dict.fromkeys(s.strip() for s in raw.split(",") if s.strip()))


def from_query(
    params: Mapping[str, object],
    bounds: tuple[date, date],
    regions: Iterable[str] = (),
    event_ids: Iterable[str] | None = None,
) -> tuple[Filters, list[str]]:
    """Filters from query parameters, and a notice for each one that was ignored.

    ``regions`` and ``event_ids`` are what the store holds, so stale links are caught.
    """
    notices: list[str] = []
    f = Filters(*bounds)

    def raw(key: str) -> str | None:
        value = _one(params, key)
        if value is not None and len(value) > MAX_PARAM:
            notices.append(f"Ignored '{key}': the value is too long.")
            return None
        return value

    def day(key: str, default: date) -> date:
        value = raw(key)
        if not value:
            return default
        try:
            return date.fromisoformat(value)
        except ValueError:
            notices.append(f"Ignored '{key}': {value[:40]!r} is not a date (YYYY-MM-DD).")
            return default

    f.start, f.end = day("start", bounds[0]), day("end", bounds[1])
    if f.start > f.end:
        notices.append("Ignored 'start' and 'end': the start is after the end.")
        f.start, f.end = bounds

    def choice(key: str, allowed: Mapping[str, str], hint: str) -> list[str] | None:
        """Comma-separated values, each one of ``allowed`` (matched without case)."""
        value = raw(key)
        if not value:
            return None
        asked = [s.casefold() for s in _listed(value)]
        if not asked or any(s not in allowed for s in asked):
            notices.append(f"Ignored '{key}': {hint}")
            return None
        return [allowed[s] for s in asked]

    f.sides = choice("side", SIDE_PARAMS, f"use {', '.join(SIDE_PARAMS)} (comma-separated).") or f.sides
    f.weapons = choice("weapon", {w: w for w in WEAPONS}, f"use {', '.join(WEAPONS)} (comma-separated).") or []
    f.regions = choice("region", {r.casefold(): r for r in regions}, "no such region among the events.") or []

    value = raw("q")
    if value:
        f.q = " ".join(value.split())[:100]

    value = raw("min_casualties")
    if value:
        try:
            n = int(value)
            if not 0 <= n <= MAX_CASUALTIES:
                raise ValueError
            f.min_casualties = n
        except ValueError:
            notices.append("Ignored 'min_casualties': use a whole number from 0.")

    value = raw("event")
    if value:
        if event_ids is not None and value not in set(event_ids):
            notices.append("The linked event is no longer in the data; showing all events instead.")
        else:
            f.event = value
    return f, notices


def apply(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    keep = (df["event_date"] >= f.start) & (df["event_date"] <= f.end) & df["attacker"].isin(f.sides)
    if f.weapons:
        wanted = set(f.weapons)
        keep &= df["weapons"].map(lambda w: bool(wanted & set(w.split(";"))) if w else False)
    if f.regions:
        keep &= df["admin1"].isin(f.regions)
    if f.q:
        needle = f.q.casefold()
        hay = (df["place"] + " " + df["location_text"] + " " + df["district_of"] + " " + df["admin1"] + " "
               + df["reported_by"] + " " + df["source_title"]).str.casefold()
        keep &= hay.str.contains(needle, regex=False)
    if f.min_casualties:
        hurt = df["killed"].fillna(0) + df["injured"].fillna(0)
        keep &= hurt >= f.min_casualties
    out = df[keep]
    if f.event and f.event in set(df["event_id"]) and f.event not in set(out["event_id"]):
        out = pd.concat([out, df[df["event_id"] == f.event]])  # a permalink always shows its event
    return out


def totals(df: pd.DataFrame) -> dict[str, float]:
    """Headline figures. Counts sum the rows that report them; district rows never
    repeat their city's figures, so the sum counts each casualty once. The
    interception rate uses only rows that give both launched and intercepted."""
    out: dict[str, float] = {"events": len(df)}
    for col in COUNT_COLUMNS:
        out[col] = int(df[col].sum(skipna=True)) if len(df) else 0
    launched = intercepted = 0
    for kind in ("missiles", "drones"):
        both = df[f"{kind}_launched"].notna() & df[f"{kind}_intercepted"].notna()
        launched += int(df.loc[both, f"{kind}_launched"].sum())
        intercepted += int(df.loc[both, f"{kind}_intercepted"].sum())
    out["interception_rate"] = intercepted / launched if launched else float("nan")
    return out


def daily(df: pd.DataFrame) -> pd.DataFrame:
    """Events and casualties per day and side, for the timeline."""
    if df.empty:
        return pd.DataFrame(columns=["event_date", "attacker", "events", "casualties"])
    hurt = df["killed"].fillna(0) + df["injured"].fillna(0)
    out = (df.assign(casualties=hurt.astype(int), events=1)
             .groupby(["event_date", "attacker"], as_index=False)[["events", "casualties"]].sum())
    out["event_date"] = pd.to_datetime(out["event_date"])
    return out


def interceptions_by_day(df: pd.DataFrame) -> pd.DataFrame:
    """Launched and intercepted missiles and drones per day (long form for a chart)."""
    rows = []
    for kind in ("missiles", "drones"):
        for what in ("launched", "intercepted"):
            col = f"{kind}_{what}"
            part = df[df[col].notna()].groupby("event_date")[col].sum()
            rows += [{"event_date": d, "weapon": kind, "figure": what, "count": int(v)} for d, v in part.items()]
    out = pd.DataFrame(rows, columns=["event_date", "weapon", "figure", "count"])
    out["event_date"] = pd.to_datetime(out["event_date"])
    return out
