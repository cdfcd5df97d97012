"""Names as people write them: hints in everyday spellings, type words, typos, hromadas,
district points where people live, and the labelled list's accuracy."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from dashboard.geocode import GAZETTEER_DIR, km

NAMES = Path(__file__).parent / "geocoding" / "names.csv"


@pytest.mark.parametrize("hint", ["Sumy Oblast", "Sums'ka oblast", "Сумська область", "Сумской области", "oblast Sumy",
                                  "SUMY REGION", "Sumy obl.", "Сумщина"])
def test_a_region_column_in_any_spelling_means_its_region(geocoder, hint):
    regions, _ = geocoder.gazetteer.resolve_region(hint)
    assert regions == {"Sumy Oblast"}


@pytest.mark.parametrize("hint, region", [("Kharkov oblast", "Kharkiv Oblast"), ("Oblast charkov", "Kharkiv Oblast"),
                                          ("Zaporizhia Oblast", "Zaporizhzhia Oblast"), ("Odessa Oblast", "Odesa Oblast"),
                                          ("Донецкой области", "Donetsk Oblast"), ("Donets'ka oblast", "Donetsk Oblast"),
                                          ("Belgorodskaya oblast", "Belgorod Oblast"), ("Krasnodarskiy kray", "Krasnodar Krai"),
                                          ("Франківщина", "Ivano-Frankivsk Oblast"), ("на Франківщині", "Ivano-Frankivsk Oblast"),
                                          ("Франковщина", "Ivano-Frankivsk Oblast"), ("Волынь", "Volyn Oblast"),
                                          ("Закарпатье", "Zakarpattia Oblast")])
def test_transliterations_cases_and_misspellings_of_regions(geocoder, hint, region):
    assert region in geocoder.gazetteer.resolve_region(hint)[0]


@pytest.mark.parametrize("hint, code", [("Ukraine", "UA"), ("UA", "UA"), ("Україна", "UA"), ("Украина", "UA"),
                                        ("ua", "UA"), ("Russia", "RU"), ("Россия", "RU"), ("Росія", "RU"), ("RUS", "RU")])
def test_a_country_by_code_or_name_in_three_languages(geocoder, hint, code):
    assert geocoder.gazetteer.resolve_country(hint) == code


def test_everyday_hints_help_instead_of_turning_answers_into_not_found(geocoder):
    loc = geocoder.geocode("Ivanivka", region="Khersons'ka oblast", country="Ukraine")
    assert loc.raw["admin1"] == "Kherson Oblast"
    assert "ignored_hints" not in loc.raw


def test_an_unreadable_hint_is_reported_and_ignored(geocoder):
    loc = geocoder.geocode("Kharkiv", region="Narnia", country="Atlantis")
    assert loc.raw["place"] == "Kharkiv"
    assert len(loc.raw["ignored_hints"]) == 2 and "Narnia" in loc.raw["ignored_hints"][0]


def test_a_hint_that_contradicts_a_unique_name_costs_rank_not_the_answer(geocoder):
    loc = geocoder.geocode("Kramatorsk", region="Luhans'ka oblast")
    assert (loc.raw["place"], loc.raw["admin1"]) == ("Kramatorsk", "Donetsk Oblast")


@pytest.mark.parametrize("query, place, admin1", [
    ("Odesa city", "Odesa", "Odesa Oblast"), ("m. Kyiv", "Kyiv", "Kyiv City"), ("м. Київ", "Kyiv", "Kyiv City"),
    ("смт Велика Писарівка", "Velyka Pysarivka", "Sumy Oblast"), ("с. Степанки", "Stepanky", "Cherkasy Oblast"),
    ("пос. Глушково", "Hlushkovo", "Kursk Oblast"), ("urban-type settlement Krasnopillia", "Krasnopillia", "Sumy Oblast"),
    ("селище Кушугум", "Kushuhum", "Zaporizhzhia Oblast"), ("г. Харьков", "Kharkiv", "Kharkiv Oblast")])
def test_settlement_type_words_in_both_scripts(geocoder, query, place, admin1):
    loc = geocoder.geocode(query)
    assert loc is not None and loc.raw["admin1"] == admin1
    assert loc.raw["place"].replace("G", "H") == place


def test_the_type_word_ranks_a_village_before_a_namesake_city(geocoder):
    assert geocoder.geocode("Nikopol").raw["admin1"] == "Dnipropetrovsk Oblast"
    village = geocoder.geocode("village of Nikopol")
    assert village.raw["admin1"] != "Dnipropetrovsk Oblast" and village.raw["population"] < 10_000


@pytest.mark.parametrize("typo, place", [("Belgord", "Belgorod"), ("Kharviv", "Kharkiv"), ("Melitropol", "Melitopol"),
                                         ("Kramatosk", "Kramatorsk")])
def test_typos_resolve_with_the_reason_shown(geocoder, typo, place):
    loc = geocoder.geocode(typo)
    assert loc.raw["place"] == place
    assert loc.raw["match"] == "typo"
    assert loc.raw["reason"].startswith(f"{typo} → {place}: 1 edit")


def test_a_small_place_misspelt_is_found_when_the_region_makes_it_clear(geocoder):
    loc = geocoder.geocode("Vlyka Pysarivka", region="Sums'ka oblast")
    assert (loc.raw["place"], loc.raw["admin1"]) == ("Velyka Pysarivka", "Sumy Oblast")


@pytest.mark.parametrize("query, region", [("Khotin hromada", "Сумська область"), ("Хотінська громада", ""),
                                           ("Velykopysarivska hromada", ""), ("Великописарівська селищна громада", "")])
def test_hromadas_resolve_to_their_centre(geocoder, query, region):
    loc = geocoder.geocode(query, region=region or None)
    assert loc.raw["admin1"] == "Sumy Oblast"
    assert loc.raw["place"] in ("Khotin", "Velyka Pysarivka")


def test_every_kyiv_district_point_is_where_people_live(geocoder):
    """Kyiv's neighbourhoods are mapped densely in GeoNames: a district point more than 2 km
    from every one of them lies in a forest, park or the river, not where strikes are reported."""
    places = [p for p in geocoder.gazetteer.places if p.kind == "city" and p.admin1 == "Kyiv City" and p.population]
    with (GAZETTEER_DIR / "districts.csv").open(encoding="utf-8", newline="") as fh:
        districts = [r for r in csv.DictReader(fh) if r["city"] == "Kyiv"]
    assert len(districts) == 10
    for d in districts:
        point = (float(d["latitude"]), float(d["longitude"]))
        assert min(km(point, (p.latitude, p.longitude)) for p in places) <= 2.0, d["district"]
    obolon = geocoder.geocode("Obolonskyi district")
    assert km((obolon.latitude, obolon.longitude), (50.5132, 30.5055)) < 1.0


def test_every_curated_district_lies_within_its_city(geocoder):
    with (GAZETTEER_DIR / "districts.csv").open(encoding="utf-8", newline="") as fh:
        districts = list(csv.DictReader(fh))
    cities = {p.gazetteer_id: p for p in geocoder.gazetteer.places}
    for d in districts:
        city = cities[f"geonames:{d['city_geonameid']}"]
        # A city's built-up reach grows with its population (7 km per √100,000 people); Kryvyi Rih
        # stretches some 60 km along its ore field, Volgograd some 70 km along the Volga.
        reach = 35.0 if city.name in ("Kryvyi Rih", "Volgograd") else 7.0 * math.sqrt(city.population / 100_000)
        assert km((float(d["latitude"]), float(d["longitude"])), (city.latitude, city.longitude)) <= reach, d["district"]


def test_the_labelled_list_meets_its_targets(geocoder):
    from dashboard.evaluate import evaluate_geocoder

    score = evaluate_geocoder(NAMES, geocoder)
    assert sum(v[1] for v in score.by_kind.values()) >= 300
    assert score.group("with hints") >= 0.97
    assert score.group("without hints") >= 0.95
    assert score.group("misspelt") >= 0.8


def test_batch_geocoding_reads_hints_as_people_write_them(tmp_path, capsys):
    from dashboard.cli import main

    src = tmp_path / "in.csv"
    src.write_text("name,country,region\nBelgord,Россия,Белгородской области\nОдеса,Ukraine,Odessa Oblast\n"
                   "Kharkiv,Atlantis,\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["geocode", "--batch", str(src), "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["place"] for r in rows] == ["Belgorod", "Odesa", "Kharkiv"]
    assert rows[0]["note"].startswith("Belgord → Belgorod: 1 edit")
    assert "ignored country 'Atlantis'" in rows[2]["note"]


def test_a_misspelt_town_is_found_even_when_the_region_named_is_wrong(geocoder):
    loc = geocoder.geocode("Belgord", region="Oblast charkov")
    assert loc.raw["place"] == "Belgorod" and "no place of this name in Kharkiv Oblast" in loc.raw["reason"]
