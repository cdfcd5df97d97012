"""Ukraine's villages below 500 people (data/gazetteer/villages_ua.csv): found in their region
and near the report's places, in any grammatical case, and never before a settlement of known size."""

from __future__ import annotations

from datetime import date

import pytest
from geopy.distance import distance

from dashboard.events import Report
from dashboard.extract import extract
from dashboard.extract.places import PlaceNames

KUTKIVKA = (49.8738, 37.5940)  # Kupianskyi raion (6308), Kharkiv Oblast; GeoNames 703528
MALYI_BURLUK = (50.1413, 37.4801)  # Kupianskyi raion; GeoNames 702012


@pytest.mark.parametrize("query", ["Kutkivka", "Кутьківка", "Kut'kivka"], ids=["latin", "cyrillic", "apostrophe"])
def test_a_village_only_in_the_table_resolves_in_its_oblast_and_raion(geocoder, query):
    loc = geocoder.geocode(query, region="Kharkiv Oblast")
    assert loc is not None
    assert (loc.raw["admin1"], loc.raw["raion"], loc.raw["gazetteer_id"]) == ("Kharkiv Oblast", "6308", "geonames:703528")
    assert distance(loc.point[:2], KUTKIVKA).km < 1


def test_a_raion_of_the_region_tells_namesake_villages_apart(geocoder):
    """Hetmanivka is a village of Odesa Oblast and of Kharkiv Oblast's Kupianskyi raion."""
    loc = geocoder.geocode("Hetmanivka", region="Kharkiv Oblast")
    assert (loc.raw["admin1"], loc.raw["raion"]) == ("Kharkiv Oblast", "6308")
    near = geocoder.geocode("Hetmanivka", near=[MALYI_BURLUK])
    assert near.raw["gazetteer_id"] == loc.raw["gazetteer_id"]


@pytest.mark.parametrize(
    "text, point",
    [
        ("Харківська ОВА: 3 березня росіяни обстріляли Харківську область. У Малому Бурлуці пошкоджено "
         "приватний будинок, поранено жінку.", MALYI_BURLUK),
        ("Харківщина. 3 березня ворожий дрон атакував Харківську область: в селі Кутьківка пошкоджено будинок, "
         "поранено чоловіка.", KUTKIVKA),
        ("Губернатор Харьковской области сообщил, что 3 марта дрон ВС РФ атаковал Харьковскую область. "
         "В селе Кутьковке ранен мужчина.", KUTKIVKA),
        ("3 марта в Малом Бурлуке Харьковской области в результате обстрела ранена женщина.", MALYI_BURLUK),
    ],
    ids=["uk-locative", "uk-village-of", "ru-locative", "ru-with-its-oblast"],
)
def test_a_village_of_the_reports_region_is_found_in_an_inflected_case(geocoder, text, point):
    events = extract(Report(text, date(2025, 3, 4)), geocoder).events
    villages = [e for e in events if e.geo_precision == "city"]
    assert villages and distance((villages[0].latitude, villages[0].longitude), point).km < 1
    assert villages[0].admin1 == "Kharkiv Oblast"


def test_an_ambiguous_name_without_hints_keeps_the_larger_place(geocoder):
    """Chornobaivka is the Kherson town of 9,000 and a village of Kharkiv Oblast."""
    found = geocoder.resolve("Chornobaivka")
    assert (found.place.admin1, found.place.village) == ("Kherson Oblast", False)
    assert [(p.admin1, p.village) for p in found.alternatives] == [("Kharkiv Oblast", True)]
    assert geocoder.resolve("Chornobaivka", region="Kharkiv Oblast").place.admin1 == "Kharkiv Oblast"
    ranked = geocoder.candidates("Novoselivka")
    villages = [p.village for p, _, _ in ranked]
    assert villages.index(True) == villages.count(False)  # every settlement of known size first


def test_a_bare_village_name_is_no_place_for_the_extractor(geocoder):
    """A name only villages bear is taken only in the report's region or near its places."""
    names = PlaceNames(geocoder)
    assert names.knows("Кутьківка")
    assert names.resolve("Кутьківка") is None
    assert names.resolve("Кутьківка", region="Sumy Oblast") is None
    assert names.resolve("Кутьківка", region="Kharkiv Oblast").admin1 == "Kharkiv Oblast"
    kupiansk = (49.7100, 37.6158)  # 18 km away
    assert names.resolve("Кутьківка", near=[kupiansk]).admin1 == "Kharkiv Oblast"


def test_one_of_a_regions_many_namesake_villages_needs_nearby_places(geocoder):
    """Kharkiv Oblast has fourteen Oleksandrivkas: the region alone does not say which."""
    names = PlaceNames(geocoder)
    guess = names.resolve("Oleksandrivka", region="Kharkiv Oblast")
    assert guess is None or not guess.village
    bohodukhiv = (50.1615, 35.5237)
    near = names.resolve("Oleksandrivka", region="Kharkiv Oblast", near=[bohodukhiv])
    assert near.village and distance((near.latitude, near.longitude), bohodukhiv).km <= 30


def test_a_changed_village_table_rebuilds_the_cached_index(tmp_path):
    import shutil

    from dashboard.geocode import GAZETTEER_DIR, _inputs_digest

    for table in GAZETTEER_DIR.glob("*.csv"):
        shutil.copy(table, tmp_path)
    before = _inputs_digest(tmp_path)
    with (tmp_path / "villages_ua.csv").open("a", encoding="utf-8") as fh:
        fh.write("1,Testivka,Тестівка,,50.0,36.0,Kharkiv Oblast,6312\n")
    assert _inputs_digest(tmp_path) != before


# --- villages of Russia's border regions (data/gazetteer/villages_ru.csv, GeoNames postal extract) ---

REPYAKHOVKA = (50.8619, 35.4692)  # Krasnaya Yaruga raion, Belgorod Oblast; postal code 309431


def test_a_russian_border_village_resolves_in_its_region(geocoder):
    loc = geocoder.geocode("Репяховка", region="Belgorod Oblast")
    assert loc is not None and loc.raw["admin1"] == "Belgorod Oblast" and loc.raw["country"] == "RU"
    assert distance(loc.point[:2], REPYAKHOVKA).km < 1


def test_a_russian_village_of_the_okrug_named_beats_a_namesake_in_ukraine(geocoder):
    text = "Гладков: ВСУ обстреляли сёла Безымено и Глотово Грайворонского округа, повреждены дома."
    events = extract(Report(text, date(2024, 1, 22)), geocoder).events
    assert {(e.place, e.admin1) for e in events} == {("Bezymeno", "Belgorod Oblast"), ("Glotovo", "Belgorod Oblast")}


def test_the_russian_village_table_keeps_only_border_regions_and_unique_ids():
    import csv

    from dashboard.geocode import GAZETTEER_DIR

    with (GAZETTEER_DIR / "villages_ru.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 1000 and len({r["id"] for r in rows}) == len(rows)
    assert {r["admin1"] for r in rows} == {"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Voronezh Oblast",
                                           "Rostov Oblast"}
    assert all(r["cyrillic"] and -90 < float(r["latitude"]) < 90 for r in rows)


# --- the rest of those regions' settlements (data/gazetteer/villages_ru_census.csv, the 2021 census list) ---

def test_the_census_village_table_adds_what_the_postal_one_lacks():
    import csv

    from dashboard.geocode import GAZETTEER_DIR

    with (GAZETTEER_DIR / "villages_ru_census.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    with (GAZETTEER_DIR / "villages_ru.csv").open(encoding="utf-8", newline="") as fh:
        postal = {(r["cyrillic"], r["admin1"], r["raion"]) for r in csv.DictReader(fh)}
    assert len(rows) > 9000 and len({r["id"] for r in rows}) == len(rows)
    assert all(r["id"].startswith("census:RU:") and r["raion"] and r["cyrillic"] for r in rows)
    border = {"Belgorod Oblast", "Bryansk Oblast", "Kursk Oblast", "Voronezh Oblast", "Rostov Oblast", "Krasnodar Krai"}
    assert border < {r["admin1"] for r in rows}
    # (beyond the border regions only the larger settlements west of the Urals: the port of Ust-Luga)
    beyond = [r for r in rows if r["admin1"] not in border]
    assert beyond and all(float(r["longitude"]) <= 60 for r in beyond)
    assert any(r["cyrillic"] == "Усть-Луга" and r["admin1"] == "Leningrad Oblast" for r in beyond)
    assert not postal & {(r["cyrillic"], r["admin1"], r["raion"]) for r in rows}  # (the postal table's own stay its)


@pytest.mark.parametrize("query, region, raion", [
    ("Чураево", "Belgorod Oblast", "Шебекинский Район"),  # a khutor with no post office
    ("Тяжино", "Kursk Oblast", "Глушковский Район"),
])
def test_a_village_without_a_post_office_resolves_in_its_region(geocoder, query, region, raion):
    loc = geocoder.geocode(query, region=region)
    assert loc is not None and loc.raw["admin1"] == region and loc.raw["raion"] == raion
