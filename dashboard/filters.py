"""Filters as data: parsed from URL query parameters, applied to the event table, written back.

The query string is the interface (see PARAMS), so any view can be shared as a link.
Every parameter is checked before a widget sees it: dates outside the data are
clamped to its range, values the data lacks are dropped, repeated parameters are
merged (lists) or reported (single values), and each change is said in a notice.
Nothing here raises on what a URL holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from dashboard.events import COUNT_COLUMNS, WEAPONS

SIDE_PARAMS = {"russia": "Russia", "ukraine": "Ukraine", "unknown": "unknown"}
TABS = ("timeline", "interceptions", "events", "regions", "about")
PARAMS = ("start", "end", "range", "side", "weapon", "region", "q", "min_casualties", "event", "tab", "lat", "lon",
          "zoom", "layers", "inview")
# Quick ranges: the latest days of the data, so a "last 7 days" link moves with the data.
RANGES = {"1d": 1, "7d": 7, "30d": 30}
# Map layers that can be switched on (the points are always drawn).
LAYERS = {"heat": "heat"}
ZOOMS = (3, 18)
# Streamlit's own parameters: never ours to judge.
FOREIGN_PARAMS = ("embed", "embed_options")
MAX_PARAM = 2_000
MAX_QUERY = 100
MAX_CASUALTIES = 1_000_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
    period: str = ""  # a key of RANGES: the dates follow the data's latest day

    def to_query(self, bounds: tuple[date, date]) -> dict[str, str]:
        """Only what differs from the default view, so share links stay short."""
        out: dict[str, str] = {}
        if self.period:
            out["range"] = self.period
        else:
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


@dataclass
class ViewState:
    """What is on screen besides the filters: the open tab, the map's centre, zoom and layers."""

    tab: str = TABS[0]
    center: tuple[float, float] | None = None
    zoom: int | None = None
    layers: list[str] = field(default_factory=list)
    in_view: bool = False  # feed, figures, table and downloads limited to the visible map area

    def to_query(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if self.tab != TABS[0]:
            out["tab"] = self.tab
        if self.center is not None:
            out["lat"], out["lon"] = f"{self.center[0]:.4f}", f"{self.center[1]:.4f}"
        if self.zoom is not None:
            out["zoom"] = str(self.zoom)
        if self.layers:
            out["layers"] = ",".join(self.layers)
        if self.in_view:
            out["inview"] = "1"
        return out


def date_bounds(df: pd.DataFrame) -> tuple[date, date]:
    if df.empty:
        today = date.today()
        return today, today
    dates = df["event_date"]
    if dates.is_monotonic_increasing:  # the store's order: no need to look at every date
        return dates.iloc[0], dates.iloc[-1]
    return min(dates), max(dates)


def _values(params: Mapping[str, object], key: str) -> list[str]:
    """Every value given for ``key`` (a parameter may be repeated in a URL)."""
    value = params.get(key)
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def _listed(raw: str) -> list[str]:
    return list(dict.fromkeys(s.strip() for s in raw.split(",") if s.strip()))


def shown(value: str, limit: int = 40) -> str:
    """A URL value quoted for a notice: short, one line, no control characters."""
    value = _CONTROL.sub("", value)
    return repr(value if len(value) <= limit else value[:limit] + "…")


class QueryReader:
    """Reads query parameters one by one, collecting a notice for each thing it had to change."""

    def __init__(self, params: Mapping[str, object]):
        self.params = params
        self.notices: list[str] = []

    def unknown(self) -> None:
        extra = [k for k in self.params if k not in PARAMS and k not in FOREIGN_PARAMS]
        if extra:
            self.notices.append(f"Ignored unknown parameter{'s' if len(extra) > 1 else ''} "
                                f"{', '.join(shown(str(k), 20) for k in extra[:5])}{' …' if len(extra) > 5 else ''}.")

    def _fits(self, key: str, values: list[str]) -> list[str]:
        kept = [v for v in values if len(v) <= MAX_PARAM]
        if len(kept) < len(values):
            self.notices.append(f"Ignored '{key}': the value is too long.")
        return kept

    def single(self, key: str) -> str | None:
        """One value; a repeated parameter uses its last value, and says so when they differ."""
        values = self._fits(key, _values(self.params, key))
        if not values:
            return None
        distinct = list(dict.fromkeys(values))
        if len(distinct) > 1:
            self.notices.append(f"'{key}' was given {len(values)} times; using the last one, {shown(values[-1])}.")
        return values[-1]

    def many(self, key: str) -> list[str]:
        """Comma-separated values; a repeated parameter adds its values to the list."""
        out: list[str] = []
        for value in self._fits(key, _values(self.params, key)):
            out += _listed(value)
        return list(dict.fromkeys(out))

    def day(self, key: str) -> date | None:
        value = self.single(key)
        if not value or not value.strip():
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            self.notices.append(f"Ignored '{key}': {shown(value)} is not a date (YYYY-MM-DD).")
            return None

    def choice(self, key: str, allowed: Mapping[str, str], known: Iterable[str] = (), what: str = "") -> list[str]:
        """Values among ``allowed`` (matched without case). Values in ``known`` that the
        data lacks, and values that mean nothing, are dropped with a notice each."""
        known_folded = {k.casefold() for k in known}
        out, absent, wrong = [], [], []
        for value in self.many(key):
            folded = value.casefold()
            if folded in allowed:
                out.append(allowed[folded])
            elif folded in known_folded:
                absent.append(value)
            else:
                wrong.append(value)
        if absent:
            self.notices.append(f"No event in the data has {what} {', '.join(shown(v) for v in absent[:5])}; "
                                "left out of the filter.")
        if wrong:
            hint = f" (use {', '.join(allowed.values())})" if len(allowed) <= 12 else ""
            self.notices.append(f"Ignored '{key}': {', '.join(shown(v) for v in wrong[:5])} "
                                f"{'is' if len(wrong) == 1 else 'are'} not a known {what}{hint}.")
        return list(dict.fromkeys(out))

    def number(self, key: str, low: float, high: float, whole: bool = True) -> float | None:
        """A number clamped to [low, high]; a notice when clamped or unreadable."""
        value = self.single(key)
        if value is None or not value.strip():
            return None
        try:
            n = int(value.strip()) if whole else float(value.strip())
            if n != n or n in (float("inf"), float("-inf")):
                raise ValueError
        except ValueError:
            self.notices.append(f"Ignored '{key}': {shown(value)} is not a {'whole ' if whole else ''}number.")
            return None
        if not low <= n <= high:
            clamped = min(max(n, low), high)
            self.notices.append(f"'{key}' must be from {low:g} to {high:g}; using {clamped:g}.")
            return clamped
        return n


def clamp_dates(start: date | None, end: date | None, bounds: tuple[date, date],
                notices: list[str]) -> tuple[date, date]:
    """The asked range inside the data's range; old links keep working as the data window moves."""
    first, last = bounds
    out = []
    for key, asked, default in (("start", start, first), ("end", end, last)):
        if asked is None:
            out.append(default)
        elif asked < first:
            notices.append(f"The data starts on {first.isoformat()}; '{key}' {asked.isoformat()} was moved to it.")
            out.append(first)
        elif asked > last:
            notices.append(f"The data ends on {last.isoformat()}; '{key}' {asked.isoformat()} was moved to it.")
            out.append(last)
        else:
            out.append(asked)
    if out[0] > out[1]:
        notices.append("The start was after the end; they were swapped.")
        out.reverse()
    return out[0], out[1]


def range_dates(period: str, bounds: tuple[date, date]) -> tuple[date, date]:
    """The last ``RANGES[period]`` days of the data (never before its first day)."""
    return max(bounds[0], bounds[1] - timedelta(days=RANGES[period] - 1)), bounds[1]


def within(df: pd.DataFrame, south: float, west: float, north: float, east: float) -> pd.DataFrame:
    """The events inside a map's visible area."""
    return df[inside(df["latitude"], df["longitude"], south, west, north, east)]


def inside(lat, lon, south: float, west: float, north: float, east: float) -> np.ndarray:
    """Which of the points (latitudes, longitudes) are inside a map's visible area."""
    lat, lon = np.asarray(lat, dtype=float), np.asarray(lon, dtype=float)
    return (lat >= south) & (lat <= north) & (lon >= west) & (lon <= east)


def from_query(
    params: Mapping[str, object],
    bounds: tuple[date, date],
    regions: Iterable[str] = (),
    event_ids: Iterable[str] | None = None,
    weapons: Iterable[str] | None = None,
    all_regions: Iterable[str] = (),
) -> tuple[Filters, list[str]]:
    """Filters from query parameters (each a value or a list of repeated values), and a
    notice for everything that was changed or ignored.

    ``regions``, ``weapons`` and ``event_ids`` are what the store holds, so stale links are caught;
    ``all_regions`` (the gazetteer's) tells a region with no events from a name that is no region.
    """
    read = QueryReader(params)
    read.unknown()
    f = Filters(*bounds)
    f.start, f.end = clamp_dates(read.day("start"), read.day("end"), bounds, read.notices)
    period = (read.single("range") or "").strip().casefold()
    if period in RANGES:
        f.period = period
        f.start, f.end = range_dates(period, bounds)
    elif period:
        read.notices.append(f"Ignored 'range': {shown(period)} is not one of {', '.join(RANGES)}.")
    f.sides = read.choice("side", SIDE_PARAMS, what="side") or f.sides
    present = set(WEAPONS) if weapons is None else set(weapons)
    f.weapons = read.choice("weapon", {w: w for w in WEAPONS if w in present}, WEAPONS, "weapon")
    f.regions = read.choice("region", {r.casefold(): r for r in regions}, all_regions, "region")

    value = read.single("q")
    if value:
        q = " ".join(_CONTROL.sub(" ", value).split())
        if len(q) > MAX_QUERY:
            read.notices.append(f"The search text was cut to its first {MAX_QUERY} characters.")
        f.q = q[:MAX_QUERY]

    n = read.number("min_casualties", 0, MAX_CASUALTIES)
    f.min_casualties = int(n or 0)

    value = read.single("event")
    if value:
        if event_ids is not None and not _holds(event_ids, value):
            read.notices.append("The linked event is no longer in the data; showing all events instead.")
        else:
            f.event = value
    return f, read.notices


def _holds(ids: Iterable[str], value: str) -> bool:
    """Whether ``ids`` holds ``value``; a column is compared whole (no set of a million ids per rerun)."""
    if isinstance(ids, pd.Series):
        return bool((ids == value).any())
    return value in (ids if isinstance(ids, (set, frozenset)) else set(ids))


def view_from_query(params: Mapping[str, object]) -> tuple[ViewState, list[str]]:
    """The tab and map view from query parameters, with a notice for each one changed or ignored."""
    read = QueryReader(params)
    v = ViewState()
    tab = read.choice("tab", {t: t for t in TABS}, what="tab")
    v.tab = tab[-1] if tab else v.tab
    lat, lon = read.number("lat", -90, 90, whole=False), read.number("lon", -180, 180, whole=False)
    if (lat is None) != (lon is None):
        read.notices.append("Ignored the map centre: give both 'lat' and 'lon'.")
    elif lat is not None:
        v.center = (float(lat), float(lon))
    zoom = read.number("zoom", *ZOOMS)
    v.zoom = None if zoom is None else int(zoom)
    v.layers = read.choice("layers", LAYERS, what="layer")
    value = (read.single("inview") or "").strip().casefold()
    if value in ("1", "true", "on"):
        v.in_view = True
    elif value not in ("", "0", "false", "off"):
        read.notices.append(f"Ignored 'inview': {shown(value)} is not 1 or 0.")
    return v, read.notices


def apply(df: pd.DataFrame, f: Filters) -> pd.DataFrame:
    keep = mask(df, f)
    return df if keep.all() else df[keep]  # no copy of the whole table when nothing is filtered out


def mask(df: pd.DataFrame, f: Filters, hay: pd.Series | None = None) -> pd.Series:
    """Which rows of ``df`` the filters keep; ``hay``: ``search_text(df)``, if it is kept (making it is
    most of a text search's time)."""
    keep = (df["event_date"] >= f.start) & (df["event_date"] <= f.end) & df["attacker"].isin(f.sides)
    if f.weapons:
        # each distinct list of weapons is read once (a store has a few dozen), not once per event
        wanted = set(f.weapons)
        named = [w for w in df["weapons"].unique() if isinstance(w, str) and wanted & set(w.split(";"))]
        keep &= df["weapons"].isin(named)
    if f.regions:
        keep &= df["admin1"].isin(f.regions)
    if f.q:
        hay = search_text(df) if hay is None else hay
        keep &= hay.str.contains(f.q.casefold(), regex=False)
    if f.min_casualties:
        hurt = df["killed"].fillna(0) + df["injured"].fillna(0)
        keep &= hurt >= f.min_casualties
    return keep


def search_text(df: pd.DataFrame) -> pd.Series:
    """What the text search looks in, casefolded: place, place as written, district, region,
    who reported and the source's title."""
    return (df["place"] + " " + df["location_text"] + " " + df["district_of"] + " " + df["admin1"] + " "
            + df["reported_by"] + " " + df["source_title"]).str.casefold()


def latest(df: pd.DataFrame, n: int) -> pd.DataFrame:
    """The ``n`` newest events, newest first (ties by event id, newest first). The store keeps its
    events in date order and filtering keeps that order, so only the last days need sorting, not
    the whole view (half a second at 100,000 events)."""
    dates = df["event_date"]
    if len(df) > n and dates.is_monotonic_increasing:
        # a slice from the first event of the n-th newest day: no mask and copy of every row (a
        # second at a million events)
        df = df.iloc[int(dates.searchsorted(dates.iloc[-n], side="left")):]
    return df.sort_values(["event_date", "event_id"], ascending=False).head(n)


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


def by_region(df: pd.DataFrame) -> pd.DataFrame:
    """Events, killed and injured per region and side, most events first. A figure that
    no event of a region reports stays empty (not 0)."""
    if df.empty:
        return pd.DataFrame(columns=["Region", "Struck by", "Events", "Killed", "Injured"])
    out = (df.assign(events=1).groupby(["admin1", "attacker"], as_index=False)
             .agg(events=("events", "sum"), killed=("killed", lambda s: s.sum(min_count=1)),
                  injured=("injured", lambda s: s.sum(min_count=1))))
    out = out.sort_values(["events", "admin1"], ascending=[False, True])
    return out.rename(columns={"admin1": "Region", "attacker": "Struck by", "events": "Events", "killed": "Killed",
                               "injured": "Injured"})


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
