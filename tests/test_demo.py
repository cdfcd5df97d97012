from __future__ import annotations

import math
from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.demo import make_demo_events, write_demo_store
from dashboard.events import COLUMNS, COUNT_COLUMNS, WEAPONS, read_csv, validate
from dashboard.geocode import default_gazetteer

N = 5000
CRIMEA = ("Autonomous Republic of Crimea", "Sevastopol")
FRONTLINE = ("Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast", "Kherson Oblast",
             "Dnipropetrovsk Oblast", "Sumy Oblast", "Mykolaiv Oblast", "Luhansk Oblast")
# (lat min, lat max, lon min, lon max), a little wider than the countries.
BOXES = {"UA": (44.0, 52.6, 22.0, 40.4), "RU": (41.0, 82.0, 19.5, 180.0)}


@pytest.fixture(scope="module")
def demo() -> pd.DataFrame:
    return make_demo_events(N, seed=7)


@pytest.fixture(scope="module")
def places() -> dict:
    return {p.gazetteer_id: p for p in default_gazetteer().places}


def test_exactly_n_valid_rows(demo):
    assert len(demo) == N
    assert list(demo.columns) == list(COLUMNS)
    pd.testing.assert_frame_equal(validate(demo), demo)
    assert demo["event_id"].is_unique
    assert len(make_demo_events(1, seed=3)) == 1
    assert make_demo_events(0).empty


def test_rejects_bad_arguments():
    with pytest.raises(ValueError):
        make_demo_events(-1)
    with pytest.raises(ValueError):
        make_demo_events(10, start=date(2024, 1, 2), end=date(2024, 1, 1))


def test_same_seed_same_frame_other_seed_other_frame(demo):
    pd.testing.assert_frame_equal(make_demo_events(N, seed=7), demo)
    other = make_demo_events(N, seed=8)
    assert not other.equals(demo)
    assert set(other["event_id"]).isdisjoint(demo["event_id"])


def test_both_sides_in_their_shares_and_countries(demo):
    share = demo["attacker"].value_counts(normalize=True)
    assert set(share.index) == {"Russia", "Ukraine"}
    assert 0.76 <= share["Russia"] <= 0.84
    russia = demo[demo["attacker"] == "Russia"]
    ukraine = demo[demo["attacker"] == "Ukraine"]
    assert (russia["country"] == "UA").all()
    assert not russia["admin1"].isin(CRIMEA).any()
    assert (ukraine["country"].eq("RU") | ukraine["admin1"].isin(CRIMEA)).all()
    assert ukraine["admin1"].isin(CRIMEA).any()
    # Clustered: Russia mostly on the frontline oblasts, Ukraine mostly on the border regions.
    assert russia["admin1"].isin(FRONTLINE).mean() > 0.6
    assert ukraine["admin1"].isin(["Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"]).mean() > 0.5
    for city in ("Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv"):
        assert (russia["place"] == city).sum() > 0, city
    assert ((russia["place"] == "Kyiv") | (russia["district_of"] == "Kyiv")).mean() > 0.02


def test_points_and_regions_come_from_the_gazetteer(demo, places):
    for country, (lat0, lat1, lon0, lon1) in BOXES.items():
        rows = demo[demo["country"] == country]
        assert rows["latitude"].between(lat0, lat1).all(), country
        assert rows["longitude"].between(lon0, lon1).all(), country
    for row in demo.itertuples(index=False):
        place = places[row.gazetteer_id]
        assert (row.place, row.location_text) == (place.name, place.name)
        assert (row.admin1, row.country, row.district_of) == (place.admin1, place.country, place.district_of)
        assert row.geo_precision == place.kind
        dy = (row.latitude - place.latitude) * 111.32
        dx = (row.longitude - place.longitude) * 111.32 * math.cos(math.radians(place.latitude))
        if place.kind == "region":
            assert (row.latitude, row.longitude) == (place.latitude, place.longitude)
        else:
            assert math.hypot(dx, dy) <= 1.0, row.event_id


def test_precision_mix(demo):
    share = demo["geo_precision"].value_counts(normalize=True)
    assert share["city"] > 0.6
    assert 0.05 < share["district"] < 0.3
    assert 0.02 < share["region"] < 0.09
    districts = demo[demo["geo_precision"] == "district"]
    assert (districts["district_of"] != "").all()
    assert (demo.loc[demo["geo_precision"] != "district", "district_of"] == "").all()


def test_dates_weapons_and_provenance(demo):
    start, end = date(2022, 2, 24), date(2025, 12, 31)
    assert demo["event_date"].between(start, end).all()
    assert demo["event_date"].nunique() > 900
    assert 0.8 < (demo["date_precision"] == "day").mean() < 1
    lag = pd.to_datetime(demo["published"]) - pd.to_datetime(demo["event_date"])
    assert lag.between(timedelta(0), timedelta(days=2)).all()
    years = pd.to_datetime(demo["event_date"]).dt.year.value_counts()
    assert years[2025] > years[2023]  # the upward trend
    parts = demo["weapons"].str.split(";")
    assert parts.map(len).between(1, 2).all()
    assert parts.map(lambda p: len(set(p)) == len(p) and all(w in WEAPONS for w in p)).all()
    assert demo["weapons"].str.split(";").explode().value_counts().index[0] == "drone"
    assert (demo["attacker_basis"] == "stated").mean() > 0.8
    assert demo["article_id"].eq("demo-7").all()
    assert demo["evidence"].eq("Synthetic event generated by strikemap demo (seed 7).").all()
    assert demo["source_url"].eq("").all() and demo["reported_by"].eq("demo data").all()
    assert demo["confidence"].between(0.5, 0.95).all()
    narrow = make_demo_events(200, seed=1, start=date(2024, 3, 1), end=date(2024, 3, 7))
    assert narrow["event_date"].between(date(2024, 3, 1), date(2024, 3, 7)).all()


def test_counts_are_plausible(demo):
    for col in COUNT_COLUMNS:
        assert str(demo[col].dtype) == "Int64"
    killed, injured = demo["killed"], demo["injured"]
    assert 0.2 < killed.isna().mean() < 0.8 and 0.2 < injured.isna().mean() < 0.8
    assert killed.dropna().le(3).mean() > 0.85  # mostly small...
    assert killed.max() >= 20  # ...with rare large ones
    children = demo["children"]
    total = killed.fillna(0) + injured.fillna(0)
    assert children.notna().any()
    assert (children.dropna() <= total[children.notna()]).all()
    for kind in ("drones", "missiles"):
        launched, down = demo[f"{kind}_launched"], demo[f"{kind}_intercepted"]
        assert (launched.isna() == down.isna()).all()
        assert (down.dropna() <= launched.dropna()).all()
    assert demo["drones_launched"].dropna().between(10, 200).all()
    assert demo["missiles_launched"].dropna().between(1, 100).all()
    figures = demo["drones_launched"].notna() | demo["missiles_launched"].notna()
    assert 0.04 < figures.mean() < 0.2
    # Set once per attack, never on a district row, so totals do not double count.
    assert not (figures & (demo["geo_precision"] == "district")).any()
    assert not demo.loc[figures, "attack_id"].duplicated().any()


def test_write_demo_store_round_trips(tmp_path):
    path = write_demo_store(1500, 11, tmp_path / "data")
    assert path == tmp_path / "data" / "events.csv"
    pd.testing.assert_frame_equal(read_csv(path), make_demo_events(1500, seed=11), check_exact=True)
