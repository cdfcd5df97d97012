#!/usr/bin/env python3
"""Check a corpus folder (tests/corpora/en, ru, ...) against the layout rules before it scores extraction.

Usage: python tests/corpora/check_corpus.py tests/corpora/ru
A folder is a language (ru) or a batch of one (uk_b). Ids are the language's first letter, the
batch letter if any, and three digits (r001, e001, ub001).
Prints every problem and a summary; exits 1 if there was any problem. Standard library only.
"""
import collections
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit("usage: check_corpus.py FOLDER")
LANGUAGE, _, BATCH = os.path.basename(HERE).partition("_")
PREFIX = LANGUAGE[0] + BATCH
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REGIONS = os.path.join(ROOT, "data", "gazetteer", "regions.csv")

GOLD_KEYS = {"article", "place", "district_of", "admin1", "country", "lat", "lon", "geo_precision",
             "event_date", "alt_dates", "attacker", "attacker_basis", "weapons", "killed", "injured",
             "children", "optional", "note"}
EXTRA_KEYS = {"tol_km", "alt_killed", "alt_injured"}
WEAPONS = {"missile", "ballistic missile", "cruise missile", "drone", "glide bomb", "artillery", "MLRS",
           "mortar", "unknown"}
# Rough boxes: a point outside its country's box is a typo, not a border case.
BOXES = {"UA": (44.0, 52.5, 22.0, 40.3), "RU": (41.0, 82.0, 19.0, 180.0)}
FIRST, LAST = datetime.date(2022, 2, 24), datetime.date(2025, 12, 31)


def day(text):
    """The date in YYYY-MM-DD text, or None when it is not one."""
    try:
        return datetime.date.fromisoformat(text) if re.fullmatch(r"\d{4}-\d\d-\d\d", text) else None
    except ValueError:
        return None


def main():
    problems = []
    with open(REGIONS, encoding="utf-8") as f:
        regions = {(r["country"], r["name"]) for r in csv.DictReader(f)}
    with open(os.path.join(HERE, "articles.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    published = {}
    for n, row in enumerate(rows, 1):
        aid = row["id"]
        if aid != f"{PREFIX}{n:03d}":
            problems.append(f"articles.csv row {n}: id {aid} out of sequence")
        if row["language"] != LANGUAGE:
            problems.append(f"{aid}: language {row['language']}")
        if row["split"] != ("heldout" if n % 3 == 0 else "dev"):
            problems.append(f"{aid}: split {row['split']} breaks the every-third rule")
        when = day(row["published"])
        if not when or not FIRST <= when <= LAST:
            problems.append(f"{aid}: published {row['published']} outside 2022-02-24..2025-12-31")
        if not row["url"].startswith("http"):
            problems.append(f"{aid}: url is not a web address")
        path = os.path.join(HERE, "articles", aid + ".txt")
        if not os.path.exists(path):
            problems.append(f"{aid}: articles/{aid}.txt missing")
        else:
            with open(path, encoding="utf-8") as t:
                first = t.readline().strip()
            if first != row["title"]:
                problems.append(f"{aid}: first line of the text differs from the csv title")
        published[aid] = when
    texts = set(name[:-4] for name in os.listdir(os.path.join(HERE, "articles")) if name.endswith(".txt"))
    for extra in sorted(texts - set(published)):
        problems.append(f"articles/{extra}.txt has no csv row")

    per_article = collections.Counter()
    required = collections.Counter()
    optional = 0
    with open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"gold.jsonl line {n}"
            try:
                g = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{where}: not JSON ({err.msg})")
                continue
            keys = set(g)
            if GOLD_KEYS - keys:
                problems.append(f"{where}: missing {sorted(GOLD_KEYS - keys)}")
            if keys - GOLD_KEYS - EXTRA_KEYS:
                problems.append(f"{where}: unknown keys {sorted(keys - GOLD_KEYS - EXTRA_KEYS)}")
            aid = g.get("article")
            if aid not in published:
                problems.append(f"{where}: article {aid} does not exist")
                continue
            per_article[aid] += 1
            optional += bool(g.get("optional"))
            required[aid] += not g.get("optional")
            if (g.get("country"), g.get("admin1")) not in regions:
                problems.append(f"{where}: admin1 {g.get('admin1')!r} is not a {g.get('country')} region")
            box = BOXES.get(g.get("country"))
            lat, lon = g.get("lat"), g.get("lon")
            if not box or not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)) \
                    or not (box[0] <= lat <= box[1] and box[2] <= lon <= box[3]):
                problems.append(f"{where}: point {lat},{lon} is not in {g.get('country')}")
            if g.get("geo_precision") not in {"district", "city", "region"}:
                problems.append(f"{where}: geo_precision {g.get('geo_precision')!r}")
            if (g.get("geo_precision") == "district") != bool(g.get("district_of")):
                problems.append(f"{where}: district_of must be set exactly for district events")
            event = day(str(g.get("event_date")))
            if not event or event > published[aid] or event < FIRST:
                problems.append(f"{where}: event_date {g.get('event_date')} not on or before publication")
            for alt in g.get("alt_dates", []):
                if not day(alt):
                    problems.append(f"{where}: alt date {alt!r}")
            if g.get("attacker") not in {"Russia", "Ukraine"} or g.get("attacker_basis") not in {"stated", "inferred"}:
                problems.append(f"{where}: attacker/basis {g.get('attacker')}/{g.get('attacker_basis')}")
            if not g.get("weapons") or set(g.get("weapons", [])) - WEAPONS:
                problems.append(f"{where}: weapons {g.get('weapons')}")
            for key in ("killed", "injured", "children"):
                if g.get(key) is not None and (not isinstance(g[key], int) or g[key] < 0):
                    problems.append(f"{where}: {key} {g[key]!r}")
            if not g.get("note"):
                problems.append(f"{where}: note is empty")

    facts = set()
    with open(os.path.join(HERE, "article_facts.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fact = json.loads(line)
            if fact["article"] not in published or fact["article"] in facts:
                problems.append(f"article_facts.jsonl line {n}: unknown or repeated article {fact['article']}")
            facts.add(fact["article"])
            for item in fact["interception"]:
                if item["weapon_class"] not in {"drone", "missile"}:
                    problems.append(f"article_facts.jsonl line {n}: weapon_class {item['weapon_class']}")
    for aid in sorted(set(published) - facts):
        problems.append(f"{aid}: no article_facts line")

    for p in problems:
        print(p)
    splits = collections.Counter(r["split"] for r in rows)
    negatives = [aid for aid in published if required[aid] == 0]
    print(f"reports {len(rows)} (dev {splits['dev']}, heldout {splits['heldout']}); gold events "
          f"{sum(per_article.values())} ({optional} optional); reports with no required event: {len(negatives)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
