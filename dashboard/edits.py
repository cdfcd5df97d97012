"""Corrections by editors and the figures of every source: what the app's edit form and
``strikemap edit`` / ``strikemap review`` share.

An edit names fields as people do (``place=Kharkiv``, ``killed=3``, ``side=russia``); a new place
is geocoded, so its coordinates, region and precision change with it. The history of an event
lists its edits (who, when, what, why) and the review of its reports; every report's own figures
are kept, and the ones an editor has not reviewed never replace the reviewed ones (see
``store.merge_sources``).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pandas as pd

from dashboard import events as schema

ALIASES = {"date": "event_date", "side": "attacker"}
FIELDS = ("place", "event_date", "attacker", "weapons", *schema.COUNT_COLUMNS, "damage", "reported_by")
FIGURE_WORDS = {"killed": "killed", "injured": "injured", "children": "children", "missiles_launched": "missiles launched",
                "missiles_intercepted": "missiles intercepted", "drones_launched": "drones launched",
                "drones_intercepted": "drones intercepted"}
# Two reports disagree on a figure when they differ by more than both of these.
DISAGREE_ABSOLUTE = 2
DISAGREE_RELATIVE = 0.25


class EditError(ValueError):
    """An edit that cannot be made: the message says which field and why."""


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """``["killed=3", "place=Kharkiv"]`` as {field: text}."""
    changes = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = ALIASES.get(name.strip().lower(), name.strip().lower())
        if not sep or not name:
            raise EditError(f"{pair!r}: expected FIELD=VALUE")
        if name not in FIELDS:
            raise EditError(f"{name!r} cannot be edited (fields: {', '.join(FIELDS)}, date, side)")
        changes[name] = value.strip()
    return changes


def resolve(changes: dict[str, object], geocoder=None) -> dict[str, object]:
    """Checked values for the store: counts as whole numbers (empty: not reported), a side from
    the three, weapons from the vocabulary, an ISO date, and a place with its coordinates."""
    out: dict[str, object] = {}
    for name, value in changes.items():
        text = "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()
        if name in schema.COUNT_COLUMNS:
            if text.endswith(".0"):
                text = text[:-2]
            if text and not (text.isdigit() and len(text) < 10):
                raise EditError(f"{name}: {text!r} is not a whole number of 0 or more (empty: not reported)")
            out[name] = int(text) if text else None
        elif name == "attacker":
            side = {s.lower(): s for s in schema.SIDES}.get(text.lower())
            if side is None:
                raise EditError(f"side: {text!r} is not one of {', '.join(schema.SIDES)}")
            out[name] = side
        elif name == "weapons":
            named = [w.strip().lower() for w in text.replace(",", ";").split(";") if w.strip()]
            unknown = [w for w in named if w not in schema.WEAPONS]
            if unknown:
                raise EditError(f"weapons: {', '.join(unknown)} not among {', '.join(schema.WEAPONS)}")
            out[name] = ";".join(w for w in schema.WEAPONS if w in named)
        elif name == "event_date":
            try:
                out[name] = date.fromisoformat(text[:10]).isoformat()
            except ValueError:
                raise EditError(f"date: {text!r} is not a date (YYYY-MM-DD)") from None
        elif name == "place":
            out.update(place_fields(text, geocoder))
        else:
            out[name] = text
    return out


def place_fields(name: str, geocoder) -> dict[str, object]:
    """A place name to every field that goes with it."""
    if geocoder is None:
        from dashboard.geocode import OfflineGeocoder

        geocoder = OfflineGeocoder()
    try:
        found = geocoder.geocode(name) if name else None
    except ValueError:
        found = None
    if found is None:
        raise EditError(f"place: {name!r} was not found in the gazetteer")
    raw = found.raw
    return {"place": raw["place"], "admin1": raw.get("admin1", ""), "country": raw.get("country", ""),
            "district_of": raw.get("district_of", ""), "latitude": found.latitude, "longitude": found.longitude,
            "geo_precision": raw["geo_precision"], "gazetteer_id": raw.get("gazetteer_id", "")}


def _shown(field: str, value: str) -> str:
    return value if value != "" else ("not reported" if field in schema.COUNT_COLUMNS else "empty")


def history_lines(history: list[dict]) -> list[str]:
    """An event's history for people, oldest first: one line per edit (all its fields) and per
    reviewed or waiting report."""
    edits: dict[int, list[dict]] = defaultdict(list)
    lines: list[tuple[str, str]] = []
    for item in history:
        if "field" in item:
            edits[int(item["edit_id"])].append(item)
    for edit_id, rows in edits.items():
        first = rows[0]
        shown = [r for r in rows if r["field"] in FIELDS] or rows  # a new place moves its coordinates too
        what = "; ".join(f"{r['field'].replace('_', ' ')} {_shown(r['field'], r['old'])} → "
                         f"{_shown(r['field'], r['new'])}" for r in shown)
        why = f" ({first['note']})" if first["note"] else ""
        undo = f", reverting edit {first['reverts']}" if int(first["reverts"] or 0) else ""
        lines.append((first["at"], f"{first['at'][:16].replace('T', ' ')} · {first['editor'] or 'unnamed editor'}: "
                                   f"{what}{why} [edit {edit_id}{undo}]"))
    for item in history:
        if "status" not in item:
            continue
        if item["added_at"]:
            lines.append((item["added_at"], f"{item['added_at'][:16].replace('T', ' ')} · {item['added_by']}: "
                                            f"added {_report(item)}, its figures awaiting review"))
        if item["status"] != "pending":
            lines.append((item["reviewed_at"], f"{item['reviewed_at'][:16].replace('T', ' ')} · "
                                               f"{item['reviewed_by']}: {item['status']} the figures of "
                                               f"{_report(item)}"))
    return [text for _, text in sorted(lines, key=lambda pair: pair[0])]


def _report(item: dict) -> str:
    return f"the report “{item['title']}”" if item.get("title") else f"report {item['article_id']}"


def figures_text(row: pd.Series | dict) -> str:
    """'1 killed, 4 injured' from one row's figures; 'no figures' when it gives none."""
    parts = [f"{int(row[c]):,} {'child' if c == 'children' and int(row[c]) == 1 else word}"
             for c, word in FIGURE_WORDS.items() if row[c] is not None and not pd.isna(row[c])]
    return ", ".join(parts) or "no figures"


def source_lines(sources: pd.DataFrame, reviews: dict[tuple[str, str], str]) -> dict[str, list[str]]:
    """Every report's own figures for each event with several reports:
    {event_id: ["Vitali Klitschko, 2025-02-12: 1 killed, 4 injured", ...]}, oldest first."""
    out: dict[str, list[str]] = {}
    several = sources[sources["event_id"].duplicated(keep=False)]
    for event_id, group in several.sort_values(["published", "article_id"]).groupby("event_id", sort=False):
        lines = []
        for _, row in group.iterrows():
            who = row["reported_by"] or "no one named"
            if row["source_title"]:
                who += f" in “{row['source_title']}”"
            status = reviews.get((event_id, row["article_id"]), "")
            mark = {"pending": " (awaiting review)", "rejected": " (rejected by an editor)"}.get(status, "")
            lines.append(f"{who}, {row['published']}: {figures_text(row)}{mark}")
        out[event_id] = lines
    return out


def disagreements(sources: pd.DataFrame, reviews: dict[tuple[str, str], str]) -> pd.DataFrame:
    """Events whose reports (rejected ones aside) differ on a figure by more than the threshold,
    or that have a report awaiting review: one row per event and figure, for editors."""
    rows = []
    several = sources[sources["event_id"].duplicated(keep=False)]
    for event_id, group in several.groupby("event_id", sort=False):
        kept = group[[reviews.get((event_id, a)) != "rejected" for a in group["article_id"]]]
        waiting = [a for a in group["article_id"] if reviews.get((event_id, a)) == "pending"]
        first = group.iloc[0]
        for col in FIGURE_WORDS:
            values = kept[col].dropna().astype(int)
            if len(values) < 2:
                continue
            low, high = int(values.min()), int(values.max())
            if high - low > DISAGREE_ABSOLUTE and high - low > DISAGREE_RELATIVE * high:
                rows.append({"event_id": event_id, "place": first["place"], "event_date": first["event_date"],
                             "figure": FIGURE_WORDS[col], "lowest": low, "highest": high,
                             "awaiting_review": ", ".join(waiting)})
    return pd.DataFrame(rows, columns=["event_id", "place", "event_date", "figure", "lowest", "highest",
                                       "awaiting_review"])


def event_notes(store) -> pd.DataFrame:
    """For the map's popups, per event_id: every report's figures (events with several reports)
    and the history (events edited or reviewed), each as lines of text."""
    reviews = store.reviews()
    figures = source_lines(store.shared_sources(), reviews)
    by_event: dict[str, list[dict]] = defaultdict(list)
    for item in store.history():
        by_event[item["event_id"]].append(item)
    history = {event_id: history_lines(items) for event_id, items in by_event.items()}
    ids = sorted(set(figures) | set(history))
    return pd.DataFrame({"source_figures": ["\n".join(figures.get(i, [])) for i in ids],
                         "history": ["\n".join(history.get(i, [])) for i in ids]}, index=pd.Index(ids, name="event_id"))
