"""The offline geocoder: geopy's interface over the shipped gazetteer."""

from __future__ import annotations

import pickle

import pytest
from geopy.distance import distance
from geopy.geocoders.base import Geocoder
from geopy.location import Location

KYIV = (50.4547, 30.5238)
KRYVYI_RIH = (47.9105, 33.3918)
BELGOROD = (50.5954, 36.5873)


def test_is_a_geopy_geocoder_returning_locations(geocoder):
    assert isinstance(geocoder, Geocoder)
    loc = geocoder.geocode("Kyiv")
    assert isinstance(loc, Location)
    assert {"admin1", "country", "geo_precision", "gazetteer_id"} <= set(loc.raw)


def test_a_new_offline_geocoder_opens_no_network_transport(monkeypatch):
    """Every extraction without a geocoder of its own makes one: geopy's transport would open an
    SSL context each time (a tenth of a second), for a geocoder that never sends a request."""
    import ssl

    from dashboard.geocode import OfflineGeocoder

    def refuse(*args, **kwargs):
        raise AssertionError("an SSL context was opened")

    monkeypatch.setattr(ssl, "create_default_context", refuse)
    geocoder = OfflineGeocoder()
    assert geocoder.geocode("Kryvyi Rih").raw["admin1"] == "Dnipropetrovsk Oblast"
    with pytest.raises(RuntimeError, match="no requests"):
        geocoder.adapter.get_json("https://example.org", timeout=1, headers={})


@pytest.mark.parametrize(
    "query, point, precision, admin1, place",
    [
        ("Kyiv", KYIV, "city", "Kyiv City", "Kyiv"),
        ("Kiev", KYIV, "city", "Kyiv City", "Kyiv"),
        ("Київ", KYIV, "city", "Kyiv City", "Kyiv"),
        ("Kyiv's", KYIV, "city", "Kyiv City", "Kyiv"),
        ("Kryvyi Rih", KRYVYI_RIH, "city", "Dnipropetrovsk Oblast", "Kryvyi Rih"),
        ("Krivoy Rog", KRYVYI_RIH, "city", "Dnipropetrovsk Oblast", "Kryvyi Rih"),
        ("the city of Kryvyi Rih", KRYVYI_RIH, "city", "Dnipropetrovsk Oblast", "Kryvyi Rih"),
        ("Belgorod", BELGOROD, "city", "Belgorod Oblast", "Belgorod"),
        ("Holosiivskyi", (50.367, 30.526), "district", "Kyiv City", "Holosiivskyi"),
        ("Holosiivskyi district", (50.367, 30.526), "district", "Kyiv City", "Holosiivskyi"),
        ("Podilskyi", (50.4944, 30.4402), "district", "Kyiv City", "Podilskyi"),
        ("Podilskyi district", (50.4944, 30.4402), "district", "Kyiv City", "Podilskyi"),
        ("Sviatoshynskyi", (50.4723, 30.3279), "district", "Kyiv City", "Sviatoshynskyi"),
        ("Obolonskyi district", (50.5132, 30.5055), "district", "Kyiv City", "Obolonskyi"),
    ],
)
def test_places_resolve_to_the_right_point(geocoder, query, point, precision, admin1, place):
    loc = geocoder.geocode(query)
    assert loc is not None
    assert distance((loc.latitude, loc.longitude), point).km <= 3
    assert (loc.raw["geo_precision"], loc.raw["admin1"], loc.raw["place"]) == (precision, admin1, place)


@pytest.mark.parametrize(
    "query, admin1, country",
    [("Belgorod region", "Belgorod Oblast", "RU"), ("Belgorod oblast", "Belgorod Oblast", "RU"),
     ("Dnipropetrovsk region", "Dnipropetrovsk Oblast", "UA"), ("Kharkiv Oblast", "Kharkiv Oblast", "UA"),
     ("Kyiv region", "Kyiv Oblast", "UA")],
)
def test_region_mentions_resolve_to_the_region_not_its_capital(geocoder, query, admin1, country):
    loc = geocoder.geocode(query)
    assert (loc.raw["geo_precision"], loc.raw["admin1"], loc.raw["country"]) == ("region", admin1, country)
    assert loc.raw["gazetteer_id"].startswith("admin1:")


def test_region_point_is_inside_the_region_and_away_from_the_capital(geocoder):
    loc = geocoder.geocode("Belgorod region")
    assert 49.8 <= loc.latitude <= 51.5 and 35.3 <= loc.longitude <= 39.3
    assert distance((loc.latitude, loc.longitude), BELGOROD).km > 10


@pytest.mark.parametrize("query", ["Atlantis", "Narnia district", "", "   ", "Munich"])
def test_unknown_or_foreign_names_are_not_found(geocoder, query):
    assert geocoder.geocode(query) is None


def test_alternatives_are_ranked_and_hints_rank_never_exclude(geocoder):
    all_found = geocoder.geocode("Belgorod", exactly_one=False)
    assert all_found[0].raw["place"] == "Belgorod"
    # A country that contradicts the only Kharkiv costs rank, not the answer.
    assert geocoder.geocode("Kharkiv", country="RU").raw["place"] == "Kharkiv"
    assert geocoder.geocode("Podilskyi", district_of="Kyiv").raw["district_of"] == "Kyiv"


@pytest.mark.parametrize(
    "query, place",
    [("Kharkov", "Kharkiv"), ("Odessa", "Odesa"), ("Nikolaev", "Mykolaiv"), ("Zaporozhye", "Zaporizhzhia"),
     ("Zaporizhzhya", "Zaporizhzhia"), ("Kryvyy Rih", "Kryvyi Rih"), ("Kryvyj Rih", "Kryvyi Rih"),
     ("Dnepr", "Dnipro"), ("Дніпро", "Dnipro"), ("Харьков", "Kharkiv"), ("KHARKIV", "Kharkiv"),
     ("Kharkiw", "Kharkiv"), ("Zaporizhia", "Zaporizhzhia"), ("Sevastopol", "Sevastopol"),
     ("Holosiyivskyi district", "Holosiivskyi"), ("the Holosiivskyi raion", "Holosiivskyi")],
)
def test_spellings_of_one_place_meet(geocoder, query, place):
    assert geocoder.geocode(query).raw["place"] == place


def test_the_region_named_nearby_decides_between_namesakes(geocoder):
    default = geocoder.geocode("Ivanivka")
    in_kherson = geocoder.geocode("Ivanivka", region="Kherson Oblast")
    assert in_kherson.raw["admin1"] == "Kherson Oblast"
    assert default.raw["gazetteer_id"] != in_kherson.raw["gazetteer_id"]
    assert "Kherson Oblast" in in_kherson.raw["reason"]


def test_a_region_that_holds_no_such_place_still_gives_the_best_answer(geocoder):
    loc = geocoder.geocode("Ivanivka", region="Belgorod Oblast")
    assert loc.raw["place"] == "Ivanivka" and loc.raw["country"] == "UA"
    assert "no place of this name in Belgorod Oblast" in loc.raw["reason"]


def test_other_places_of_the_report_pull_towards_them(geocoder):
    far = geocoder.resolve("Ivanivka")
    kherson_point = (46.6354, 32.6169)
    near = geocoder.resolve("Ivanivka", near=[kherson_point])
    assert near.place.admin1 in ("Kherson Oblast", "Mykolaiv Oblast", "Zaporizhzhia Oblast")
    assert near.place != far.place
    assert "other places" in near.reason


def test_answers_explain_themselves_with_alternatives(geocoder):
    loc = geocoder.geocode("Ivanivka")
    assert "most populous" in loc.raw["reason"]
    assert len(loc.raw["alternatives"]) >= 3
    assert all(a["place"] == "Ivanivka" for a in loc.raw["alternatives"])


@pytest.mark.parametrize("query", ["x" * 10_000, "Kyiv\x00", "Kyiv\x1b[31m", "東京", "مدينة", 12345, None])
def test_bad_queries_are_not_found_never_a_crash(geocoder, query):
    assert geocoder.geocode(query) is None


def test_bad_query_reason_is_explicit(geocoder):
    from dashboard.geocode import GeocodeQueryError

    with pytest.raises(GeocodeQueryError, match="at most 200 characters"):
        geocoder.resolve("x" * 10_000)


def test_index_is_cached_on_disk_and_reloads_identically(tmp_path):
    from dashboard.geocode import GAZETTEER_DIR, Gazetteer

    built = Gazetteer.load(GAZETTEER_DIR, cache_folder=tmp_path)
    assert len(list(tmp_path.glob("gazetteer-*.pickle"))) == 1
    again = Gazetteer.load(GAZETTEER_DIR, cache_folder=tmp_path)
    assert again.places == built.places and again.exact == built.exact


def test_russian_villages_far_from_ukraine_are_left_out_but_cities_kept(geocoder):
    assert geocoder.geocode("Novosibirsk").raw["country"] == "RU"
    far_villages = [p for p in geocoder.gazetteer.places
                    if p.country == "RU" and p.kind == "city" and p.population < 20_000 and p.longitude > 60]
    assert far_villages == []


@pytest.mark.parametrize("query, place", [("Tyotkino", "Tyotkino"), ("Tetkino", "Tyotkino"), ("Orel", "Oryol"),
                                          ("Ryl'sk", "Rylsk")])
def test_russian_places_take_the_spelling_news_uses(geocoder, query, place):
    assert geocoder.geocode(query).raw["place"] == place


def test_kept_answers_are_the_fresh_ones_and_their_number_is_bounded(geocoder, monkeypatch):
    from dashboard import geocode

    questions = [("Ivanivka", {}), ("Ivanivka", {"region": "Khersons'ka oblast"}), ("Myrne", {"near": [(47.0, 35.4)]}),
                 ("Kharviv", {}), ("Odesa city", {"country": "Ukraine"})]
    geocoder.gazetteer.forget_queries()
    fresh = [geocoder.resolve(q, **h) for q, h in questions]
    kept = [geocoder.resolve(q, **h) for q, h in questions]
    assert kept == fresh and all(a is b for a, b in zip(kept, fresh))
    assert fresh[0].place != fresh[1].place and fresh[1].place.admin1 == "Kherson Oblast"
    monkeypatch.setattr(geocode, "_ANSWERS_KEPT", 3)
    for name in ("Kyiv", "Lviv", "Sumy", "Dnipro", "Odesa"):
        geocoder.resolve(name)
    assert len(geocoder.gazetteer._answers) == 3
    geocoder.gazetteer.forget_queries()
    assert geocoder.resolve("Kharviv").reason.startswith("Kharviv → Kharkiv: 1 edit")
    # A copy sent elsewhere (a worker process) carries the index, not the memos.
    copy = pickle.loads(pickle.dumps(geocoder.gazetteer))
    assert not {"_answers", "_typo_memo", "typo_names"} & set(vars(copy)) and copy.exact == geocoder.gazetteer.exact


def test_bare_names_take_a_shortcut_that_answers_as_the_full_path_does(geocoder):
    """A bare indexed name skips query parsing (Gazetteer.plain); an empty region hint sends the
    same query down the full path, which must find and rank the same places."""
    import csv
    from pathlib import Path

    from dashboard.geocode import GeocodeQueryError

    with (Path(__file__).parent.parent / "benchmarks" / "geocoding" / "mentions.csv").open(encoding="utf-8") as fh:
        names = list(dict.fromkeys(row["mention"] for row in csv.DictReader(fh)))
    leads = ("the", "occupied", "Russian-occupied", "Moscow-held", "war-torn", "front-line", "city of", "village of",
             "urban-type settlement of", "republic of", "m.", "смт")
    tails = ("oblast", "region", "district", "raion", "район", "область", "city", "village")
    decorated = [f"{lead} {name}" for name in ("Ivanivka", "Kherson", "Crimea") for lead in leads]
    decorated += [f"{name} {tail}" for name in ("Kharkiv", "Kherson", "Holosiivskyi") for tail in tails]
    decorated += ["Kyiv;", "Kyiv:", "Kyiv\t", "Kyiv's", "Kyiv’s", " Ivanivka ", "IVANIVKA", "ivanivka.", "Moscow"]
    shortcut = 0
    for query in names + decorated:
        shortcut += geocoder.gazetteer.plain(query) is not None
        assert geocoder.candidates(query) == geocoder.candidates(query, region=""), query
    assert shortcut > len(names) * 3 // 4
    # Type words, owners and what must be checked go the full way.
    full_way = ("m. Kyiv", "смт Велика Писарівка", "Odesa city", "Kyiv's Holosiivskyi district", "Kyiv;", "Kyiv\t")
    assert all(geocoder.gazetteer.plain(query) is None for query in full_way)
    with pytest.raises(GeocodeQueryError):
        geocoder.candidates("x" * 300)


def test_names_fold_as_the_plain_definition_does():
    """normalize() folds ASCII with a bytes table and decomposed text with one translation table
    filled in as characters are met; both must agree with the plain definition: decompose,
    drop combining marks, fold case, fold punctuation, collapse spaces."""
    import random
    import unicodedata

    from dashboard.geocode import _FOLD_PUNCTUATION, normalize

    def plain(text: str) -> str:
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
        return " ".join(text.casefold().translate(_FOLD_PUNCTUATION).split())

    rng = random.Random(5)
    letters = [chr(c) for c in [*range(128), *range(0xA0, 0x250), *range(0x300, 0x370), *range(0x400, 0x530),
                                *range(0x2010, 0x2020), 0x2BC, 0x2B9, 0x130, 0x149, 0x1F0, 0xFB01, 0x1E9E, 0x345]]
    texts = ["".join(rng.choice(letters) for _ in range(rng.randrange(12))) for _ in range(5_000)]
    texts += ["Kam'yans'ke", "Novhorod-Siverskyi", "St. Petersburg", "(Kyiv)", "Кам’янське", "Ŀviv", "Zaporizhzhia"]
    for text in texts:
        assert normalize.__wrapped__(text) == plain(text), text


def test_edit_distance_agrees_with_the_textbook_table():
    import random

    from dashboard.geocode import edit_distance

    def table(a: str, b: str) -> int:  # optimal string alignment, filled in full
        d = [[i + j if not i or not j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
        for i in range(1, len(a) + 1):
            for j in range(1, len(b) + 1):
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
                if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
        return d[-1][-1]

    rng = random.Random(7)
    for _ in range(2_000):
        a = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 9)))
        b = "".join(rng.choice("abcd") for _ in range(rng.randint(0, 9)))
        limit = rng.choice([1, 2, 3])
        assert edit_distance(a, b, limit) == min(table(a, b), limit + 1), (a, b, limit)
    assert edit_distance("kharviv", "kharkiv") == 1 and edit_distance("belgrod", "belgorod") == 1


def test_a_name_many_villages_bear_is_theirs_not_a_big_citys_old_alias(geocoder):
    # GeoNames lists Oleksandrivka among Donetsk's names; a score of villages are called so.
    for name in ("Oleksandrivka", "Олександрівка"):
        assert [p.name for p, _, _ in geocoder.candidates(name, kind="city")][0] == "Oleksandrivka"
    # A well-known alias nobody else bears still leads to its city, and a town's own name beats an old one.
    assert geocoder.candidates("Kharkov", kind="city")[0][0].name == "Kharkiv"
    assert geocoder.candidates("Pokrovsk", kind="city")[0][0].name == "Pokrovsk"
