"""Reverse geocoding many points at once: the same answers as one by one, for every point."""

from __future__ import annotations

import math

import numpy as np
import pytest

from dashboard.reverse_geocode import NearestPlaces


@pytest.fixture(scope="module")
def nearest(geocoder) -> NearestPlaces:
    return NearestPlaces(geocoder.gazetteer)


def test_vectorised_answers_equal_the_one_by_one_search(nearest):
    rng = np.random.default_rng(7)
    lat, lon = rng.uniform(43.5, 54.5, 400), rng.uniform(21.5, 45.5, 400)  # also just outside the grid
    many = nearest.nearest_many(lat, lon, max_km=30)
    for i in range(len(lat)):
        one = nearest.nearest(lat[i], lon[i], 30, ("city",))
        if one is None:
            assert many.settlement[i] == -1
        else:
            got = many.places[many.settlement[i]]
            assert got is one[0] or math.isclose(km_of(got, lat[i], lon[i]), one[1], abs_tol=0.05)


def km_of(place, lat, lon):
    from dashboard.geocode import km

    return km((lat, lon), (place.latitude, place.longitude))


def test_a_point_gets_settlement_district_oblast_and_country(nearest):
    found = nearest.nearest_many([50.4724, 50.0, 46.6354], [30.3280, 36.23, 32.6169])
    kyiv, kharkiv, kherson = (found.record(i) for i in range(3))
    assert (kyiv["district"], kyiv["oblast"], kyiv["country"]) == ("Sviatoshynskyi", "Kyiv City", "UA")
    assert kharkiv["oblast"] == "Kharkiv Oblast" and kharkiv["settlement"]
    assert kherson["oblast"] == "Kherson Oblast" and kherson["km"] < 10


def test_points_with_nothing_near_or_no_number_get_empty_answers(nearest):
    found = nearest.nearest_many([0.0, float("nan"), 55.75], [0.0, 30.0, 37.62])
    assert found.record(0)["settlement"] == "" and found.record(1)["settlement"] == ""
    assert found.record(2)["settlement"] == "Moscow"  # outside the grid: answered one by one
