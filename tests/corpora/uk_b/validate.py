"""Consistency check for the uk_b corpus: run `python tests/corpora/uk_b/validate.py`.

Catches the slips a hand-written corpus is prone to (a gold line naming a missing article,
a point outside UA/RU, a date outside the war, a split that drifts from one in three) before
the corpus is used to score extraction.
"""
import csv
import json
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGIONS = HERE.parents[2] / "data" / "gazetteer" / "regions.csv"
WEAPONS = {"missile", "ballistic missile", "cruise missile", "drone", "glide bomb",
           "artillery", "MLRS", "mortar", "unknown"}
# Loose boxes: mainland Ukraine with Crimea, and European Russia up to the Urals.
BOXES = {"UA": (44.0, 52.5, 22.0, 40.3), "RU": (41.0, 70.0, 19.0, 61.0)}
FIRST_DAY, LAST_DAY = date(2022, 2, 24), date(2025, 12, 31)


def problems():
    """Yield one message per inconsistency found."""
    with open(HERE / "articles.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    ids = {r["id"] for r in rows}
    admin1 = {(r["country"], r["name"]) for r in csv.DictReader(open(REGIONS, encoding="utf-8"))}
    for n, r in enumerate(rows, 1):
        expected = "heldout" if n % 3 == 0 else "dev"
        if r["split"] != expected:
            yield f"{r['id']}: split {r['split']}, expected {expected}"
        if r["language"] != "uk":
            yield f"{r['id']}: language {r['language']}"
        text = HERE / "articles" / f"{r['id']}.txt"
        if not text.exists():
            yield f"{r['id']}: no article text"
        elif text.read_text(encoding="utf-8").splitlines()[0] != r["title"]:
            yield f"{r['id']}: first line of the text is not the csv title"
        if not FIRST_DAY <= date.fromisoformat(r["published"]) <= LAST_DAY:
            yield f"{r['id']}: published {r['published']} outside the war period covered"
    published = {r["id"]: date.fromisoformat(r["published"]) for r in rows}
    for n, line in enumerate(open(HERE / "gold.jsonl", encoding="utf-8"), 1):
        g = json.loads(line)
        where = f"gold line {n} ({g.get('article')}, {g.get('place')})"
        if g["article"] not in ids:
            yield f"{where}: unknown article"
            continue
        lat_min, lat_max, lon_min, lon_max = BOXES[g["country"]]
        if not (lat_min <= g["lat"] <= lat_max and lon_min <= g["lon"] <= lon_max):
            yield f"{where}: point outside {g['country']}"
        if (g["country"], g["admin1"]) not in admin1:
            yield f"{where}: admin1 {g['admin1']} not in regions.csv"
        if g["geo_precision"] not in ("district", "city", "region"):
            yield f"{where}: geo_precision {g['geo_precision']}"
        if (g["geo_precision"] == "district") != (g["district_of"] is not None):
            yield f"{where}: district_of and geo_precision disagree"
        if g["attacker"] not in ("Russia", "Ukraine") or g["attacker_basis"] not in ("stated", "inferred"):
            yield f"{where}: attacker fields"
        if not g["weapons"] or set(g["weapons"]) - WEAPONS:
            yield f"{where}: weapons {g['weapons']}"
        for day in [g["event_date"], *g["alt_dates"]]:
            if not FIRST_DAY <= date.fromisoformat(day) <= published[g["article"]]:
                yield f"{where}: date {day} after publication or before the invasion"
        for key in ("killed", "injured", "children"):
            if g[key] is not None and (not isinstance(g[key], int) or g[key] < 0):
                yield f"{where}: {key} {g[key]}"
        if not isinstance(g["optional"], bool) or not g["note"]:
            yield f"{where}: optional flag or note missing"
    facts = [json.loads(line) for line in open(HERE / "article_facts.jsonl", encoding="utf-8")]
    if sorted(f["article"] for f in facts) != sorted(ids):
        yield "article_facts.jsonl does not hold exactly one line per article"
    for f in facts:
        for i in f["interception"]:
            if i["weapon_class"] not in ("drone", "missile"):
                yield f"{f['article']}: interception class {i['weapon_class']}"


if __name__ == "__main__":
    found = list(problems())
    for message in found:
        print(message)
    print(f"{len(found)} problem(s)")
    sys.exit(1 if found else 0)
