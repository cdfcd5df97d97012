"""The offline geocoder: geopy's interface over the shipped gazetteer."""

from __future__ import annotations

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
        ("Holosiivskyi", (50.3276, 30.5512), "district", "Kyiv City", "Holosiivskyi"),
        ("Holosiivskyi district", (50.3276, 30.5512), "district", "Kyiv City", "Holosiivskyi"),
        ("Podilskyi", (50.4944, 30.4402), "district", "Kyiv City", "Podilskyi"),
        ("Podilskyi district", (50.4944, 30.4402), "district", "Kyiv City", "Podilskyi"),
        ("Sviatoshynskyi", (50.4723, 30.3279), "district", "Kyiv City", "Sviatoshynskyi"),
        ("Obolonskyi district", (50.5398, 30.4322), "district", "Kyiv City", "Obolonskyi"),
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


def test_alternatives_are_ranked_and_hints_filter(geocoder):
    all_found = geocoder.geocode("Belgorod", exactly_one=False)
    assert all_found[0].raw["place"] == "Belgorod"
    assert geocoder.geocode("Kharkiv", country="RU") is None
    assert geocoder.geocode("Podilskyi", district_of="Kyiv").raw["district_of"] == "Kyiv"
