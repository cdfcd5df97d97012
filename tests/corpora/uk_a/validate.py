"""Consistency check for the uk_a corpus: run `python tests/corpora/uk_a/validate.py`.

Catches the slips a hand-written corpus is prone to: a gold line naming a missing
article, a point outside Ukraine/Russia, a date before the war or after publication,
an admin1 name the gazetteer does not know, or a split that drifted from every third report.
"""
import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REGIONS = HERE.parents[2] / "data" / "gazetteer" / "regions.csv"
WEAPONS = {"missile", "ballistic missile", "cruise missile", "drone", "glide bomb",
           "artillery", "MLRS", "mortar", "unknown"}
# Generous boxes: Ukraine with Crimea; European Russia west of the Urals.
BOXES = {"UA": (44.0, 52.5, 22.0, 40.5), "RU": (41.0, 70.0, 19.0, 61.0)}


def problems() -> list[str]:
    """Every inconsistency found, one line each."""
    found = []
    with open(HERE / "articles.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    published = {r["id"]: r["published"] for r in rows}
    for n, r in enumerate(rows, 1):
        want = "heldout" if n % 3 == 0 else "dev"
        if r["split"] != want:
            found.append(f"{r['id']}: split {r['split']}, expected {want}")
        text = HERE / "articles" / f"{r['id']}.txt"
        if not text.exists():
            found.append(f"{r['id']}: no article text")
        elif text.read_text(encoding="utf-8").splitlines()[0] != r["title"]:
            found.append(f"{r['id']}: first line is not the csv title")
    with open(REGIONS, encoding="utf-8") as f:
        admin1 = {(r["country"], r["name"]) for r in csv.DictReader(f)}
    for n, line in enumerate((HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        e = json.loads(line)
        where = f"gold line {n} ({e.get('article')} {e.get('place')})"
        if e["article"] not in published:
            found.append(f"{where}: unknown article")
            continue
        south, north, west, east = BOXES[e["country"]]
        if not (south <= e["lat"] <= north and west <= e["lon"] <= east):
            found.append(f"{where}: point outside {e['country']}")
        if (e["country"], e["admin1"]) not in admin1:
            found.append(f"{where}: admin1 {e['admin1']!r} not in regions.csv")
        for day in [e["event_date"], *e["alt_dates"]]:
            if not "2022-02-24" <= day <= published[e["article"]]:
                found.append(f"{where}: date {day} outside the war or after publication")
        if not set(e["weapons"]) <= WEAPONS:
            found.append(f"{where}: weapons {e['weapons']}")
        if e["geo_precision"] not in {"district", "city", "region"}:
            found.append(f"{where}: geo_precision {e['geo_precision']}")
        if (e["geo_precision"] == "district") != (e["district_of"] is not None):
            found.append(f"{where}: district_of and geo_precision disagree")
        if e["attacker"] not in {"Russia", "Ukraine"} or e["attacker_basis"] not in {"stated", "inferred"}:
            found.append(f"{where}: attacker fields")
    facts = [json.loads(x) for x in (HERE / "article_facts.jsonl").read_text(encoding="utf-8").splitlines()]
    if sorted(f["article"] for f in facts) != sorted(published):
        found.append("article_facts.jsonl does not have exactly one line per article")
    return found


if __name__ == "__main__":
    issues = problems()
    print("\n".join(issues) if issues else "uk_a corpus: consistent")
    sys.exit(1 if issues else 0)
