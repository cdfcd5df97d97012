"""Imports of real-world files: bad rows rejected at their true lines, the rest in, places completed."""

from __future__ import annotations

import csv
import math
import random
from pathlib import Path

import pytest

from dashboard import cli
from dashboard.geocode import km
from dashboard.import_samples import MESSY_MAPPING, write_acled_like, write_messy_list
from dashboard.importers import ImportError_, PlaceCompleter, read_import, rejects_path_for
from dashboard.reverse_geocode import NearestPlaces
from dashboard.store import Store

HEADER = "date,settlement,oblast,country,lat,lon,weapon,killed,injured,notes\n"
ACLED_HEADER = ("event_id_cnty,event_date,actor1,country,admin1,location,latitude,longitude,geo_precision,source,"
                "notes,fatalities\n")


@pytest.fixture(scope="module")
def places(geocoder) -> PlaceCompleter:
    return PlaceCompleter(geocoder)


@pytest.fixture(scope="module")
def messy(tmp_path_factory, geocoder, places):
    """The 2,000-row messy list, its answer key and its import."""
    path = tmp_path_factory.mktemp("messy") / "list.csv"
    key = write_messy_list(path, 2_000, seed=3, geocoder=geocoder)
    return path, key, read_import(path, "csv", MESSY_MAPPING, places=places)


def _import(tmp_path: Path, text: str, places: PlaceCompleter, fmt: str = "csv"):
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    return read_import(path, fmt, MESSY_MAPPING if fmt == "csv" else None, places=places)


def test_messy_list_rejects_exactly_its_bad_rows_at_their_true_lines(messy):
    path, key, result = messy
    assert result.read == key.rows == 2_000
    assert {p.line: p.reason for p in result.rejected}.keys() == key.rejected.keys()
    assert len(result.events) == key.imported and result.duplicates == key.duplicates
    assert {p.line for p in result.flagged} == key.flagged
    reasons = {key.rejected[p.line]: p.reason for p in result.rejected}
    assert "is not a date" in reasons["date"] or "in the future" in reasons["date"] or "empty" in reasons["date"]
    assert "'Nowhereville' not found in" in reasons["unknown place"]
    assert "not a whole number" in reasons["killed"]
    assert "outside the world" in reasons["coordinates"]


def test_rejected_rows_go_to_a_rejects_file_that_imports_again_once_fixed(messy, places, tmp_path):
    path, key, result = messy
    assert result.rejects_path == rejects_path_for(path)
    with result.rejects_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["reject_line"]) for r in rows] == sorted(key.rejected)
    assert all(r["reject_reason"] for r in rows)
    dates = [r for r in rows if key.rejected[int(r["reject_line"])] == "date"]
    fixed = tmp_path / "list.rejects.csv"
    with fixed.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "date": "2024-06-01"} for r in dates)
    again = read_import(fixed, "csv", MESSY_MAPPING, places=places)
    assert not again.rejected and len(again.events) == len(dates)
    # Fixed rows belong to the original list, as if it had been right the first time.
    assert set(again.events["article_id"]) == {"import:list.csv"}


def test_messy_list_places_every_row_it_keeps(messy, places):
    _, key, result = messy
    regions = {p.name for p in places.geocoder.gazetteer.places if p.kind == "region"}
    events = result.events
    named = events[events["location_text"].str.fullmatch(r"nearest (?:settlement|city district) to -?\d+\.\d+, -?\d+\.\d+ \(\d+\.\d km\)")]
    assert len(named) == len(key.coordinates_only) > 0
    assert (named["place"] != "").all() and set(named["admin1"]) <= regions and set(named["country"]) == {"UA"}
    located = events[events["gazetteer_id"].str.startswith("geonames:")]
    assert len(located) == len(key.place_only) > 0 and set(located["admin1"]) <= regions
    assert events["latitude"].notna().all() and events["longitude"].notna().all()
    kept_as_written = events["evidence"].str.contains("weapons as written: ", regex=False)
    assert kept_as_written.sum() == len(key.free_text_weapons) > 0


def test_places_without_coordinates_are_geocoded_within_their_oblast(tmp_path, places):
    result = _import(tmp_path, HEADER + "2024-05-10,Pokrovsk,Donetsk region,Ukraine,,,,1,,\n"
                                        "2024-05-11,Izium,Kharkivska oblast,,,,,,,\n", places)
    assert not result.rejected
    rows = result.events.set_index("place")
    assert rows.loc["Pokrovsk", "admin1"] == "Donetsk Oblast" and rows.loc["Izium", "admin1"] == "Kharkiv Oblast"
    assert km((rows.loc["Pokrovsk", "latitude"], rows.loc["Pokrovsk", "longitude"]), (48.28, 37.18)) < 10
    assert rows.loc["Izium", "gazetteer_id"].startswith("geonames:")


def test_a_place_far_from_its_coordinates_is_imported_but_flagged(tmp_path, places):
    result = _import(tmp_path, HEADER + "2024-05-10,Kharkiv,Kharkiv Oblast,Ukraine,49.84,24.03,,,,\n"
                                        "2024-05-10,Kharkiv,Kharkiv Oblast,Ukraine,49.99,36.23,,,,\n", places)
    assert [p.line for p in result.flagged] == [2] and "km from Kharkiv" in result.flagged[0].reason
    assert sorted(result.events["confidence"]) == [0.3, 0.5]


def test_free_text_weapons_are_normalised_and_kept_beside_the_row(tmp_path, places):
    result = _import(tmp_path, HEADER + "2024-05-10,Odesa,,,46.48,30.73,Shahed drones,,,night attack\n"
                                        "2024-05-11,Odesa,,,46.48,30.73,missiles and drones,,,\n"
                                        "2024-05-12,Odesa,,,46.48,30.73,Kh-101 and KAB,,,\n"
                                        "2024-05-13,Odesa,,,46.48,30.73,something odd,,,\n", places)
    assert not result.rejected
    first, second, third, fourth = result.events.sort_values("event_date").to_dict("records")
    assert first["weapons"] == "drone" and first["evidence"] == "night attack\nweapons as written: Shahed drones"
    assert second["weapons"] == "missile;drone" and second["evidence"] == ""
    assert third["weapons"] == "cruise missile;glide bomb"
    assert fourth["weapons"] == "" and fourth["evidence"] == "weapons as written: something odd"


def test_line_numbers_count_every_line_of_a_quoted_note(tmp_path, places):
    text = (HEADER + '2024-05-10,Odesa,,,46.48,30.73,,,,"first line\nsecond line\nthird line"\n'
            + "not a day,Odesa,,,46.48,30.73,,,,\n" + "\n" + "2024-05-12,Odesa,,,46.48,30.73,,many,,\n")
    result = _import(tmp_path, text, places)
    assert [(p.line, p.reason) for p in result.rejected] == [
        (5, "event_date 'not a day' is not a date"), (7, "killed 'many' is not a whole number")]


def test_rows_with_the_wrong_number_of_fields_are_rejected(tmp_path, places):
    result = _import(tmp_path, HEADER + "2024-05-10,Odesa,,,46.48,30.73\n2024-05-10,Lviv,,,49.84,24.03,,,,,,\n", places)
    assert [p.line for p in result.rejected] == [2] and "6 fields where the header has 10" in result.rejected[0].reason
    assert list(result.events["place"]) == ["Lviv"]  # trailing empty fields are harmless


def test_a_note_longer_than_the_csv_modules_default_limit_imports(tmp_path, places):
    result = _import(tmp_path, HEADER + f'2024-05-10,Odesa,,,46.48,30.73,,,,"{"x" * 300_000}"\n', places)
    assert not result.rejected and len(result.events.iloc[0]["evidence"]) == 300_000


def test_a_file_that_is_not_text_fails_whole(tmp_path, places):
    path = tmp_path / "list.csv"
    path.write_bytes(HEADER.encode() + b"2024-05-10,\xff\xfe,,,,,,,,\n")
    with pytest.raises(ImportError_, match="not UTF-8"):
        read_import(path, "csv", MESSY_MAPPING, places=places)


def test_acled_rows_without_a_location_are_placed_by_their_coordinates(tmp_path, places):
    text = ACLED_HEADER + "UKR1,2024-05-10,Military Forces of Russia (2000-),Ukraine,,,50.4501,30.5234,1,x,n,0\n"
    result = _import(tmp_path, text, places, fmt="acled")
    row = result.events.iloc[0]
    assert (row["admin1"], row["country"]) == ("Kyiv City", "UA") and row["place"]
    assert row["location_text"].startswith("nearest ") and "to 50.45010, 30.52340 (" in row["location_text"]


def test_rows_with_coordinates_only_take_the_nearest_place_labelled_as_such_in_the_popup(tmp_path, places):
    from dashboard.columnar import MapBundle
    from dashboard.reverse_geocode import NearestPlaces

    result = _import(tmp_path, HEADER + "2024-05-10,,,,49.7100,37.6100,,,,\n"  # outside Kupiansk
                                        "2024-05-11,,,,50.4724,30.3280,,,,\n", places)  # in Kyiv's Sviatoshynskyi
    assert not result.rejected and not result.flagged
    town, district = result.events.iloc[0], result.events.iloc[1]
    found, distance = NearestPlaces(places.geocoder.gazetteer).nearest(49.71, 37.61)
    assert (town["place"], town["admin1"], town["country"]) == (found.name, "Kharkiv Oblast", "UA")
    assert town["location_text"] == f"nearest settlement to 49.71000, 37.61000 ({distance:.1f} km)"
    assert (district["place"], district["district_of"]) == ("Sviatoshynskyi", "Kyiv")
    assert district["location_text"].startswith("nearest city district to 50.47240, 30.32800 (")
    # The popup's title shows the place beside what was written when the two differ.
    popup = MapBundle.encode(result.events).chunks[0]
    assert f"nearest settlement to 49.71000, 37.61000 ({distance:.1f} km)" in popup and found.name in popup


def test_acled_shaped_export_imports_every_row(tmp_path, geocoder, places):
    path = write_acled_like(tmp_path / "acled.csv", 300, seed=1, geocoder=geocoder)
    result = read_import(path, "acled", places=places)
    assert (result.read, len(result.events), len(result.rejected)) == (300, 300, 0)
    assert not result.flagged and result.rejects_path is None
    assert set(result.events["admin1"]) <= {p.name for p in places.geocoder.gazetteer.places if p.kind == "region"}


def test_nearest_place_agrees_with_a_scan_of_the_whole_gazetteer(geocoder):
    nearest = NearestPlaces(geocoder.gazetteer)
    # (Villages of unknown size are left out of reverse geocoding: a point is told by places people know.)
    candidates = [p for p in geocoder.gazetteer.places if p.kind in ("city", "district") and p.latitude is not None
                  and not p.village]
    rng = random.Random(5)
    for _ in range(40):
        point = (rng.uniform(44.5, 52.0), rng.uniform(22.5, 40.0))
        found = nearest.nearest(*point, max_km=50)
        best = min(km(point, (p.latitude, p.longitude)) for p in candidates)
        if best > 50:
            assert found is None
        else:
            assert found is not None and math.isclose(found[1], best)
    assert nearest.nearest(0.0, 0.0) is None
    district, _ = nearest.nearest(50.4724, 30.3280)  # in Kyiv's Sviatoshynskyi district
    assert (district.name, district.district_of, district.admin1) == ("Sviatoshynskyi", "Kyiv", "Kyiv City")


def test_cli_imports_good_rows_reports_bad_ones_and_strict_stores_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    path = tmp_path / "list.csv"
    path.write_text(HEADER + "2024-05-10,Odesa,,,46.48,30.73,,2,,\n,Lviv,,,49.84,24.03,,,,\n"
                             "2024-05-10,Odesa,,,46.48,30.73,,2,,\n", encoding="utf-8")
    maps = [arg for column, fname in MESSY_MAPPING.items() for arg in ("--map", f"{column}={fname}")]
    assert cli.main(["import", str(path), "--format", "csv", "--strict", *maps]) == 2
    err = capsys.readouterr().err
    assert "line 3: event_date is empty" in err and "--strict" in err
    assert not (tmp_path / "data").exists() or Store(tmp_path / "data").events().empty
    assert cli.main(["import", str(path), "--format", "csv", *maps]) == 0
    out = capsys.readouterr()
    assert "3 rows read: 1 imported (1 events added" in out.out
    assert "1 merged as duplicates, 1 rejected" in out.out and "list.rejects.csv" in out.err
    stored = Store(tmp_path / "data").sources()
    assert cli.main(["import", str(path), "--format", "csv", "--strict", *maps]) == 2
    assert Store(tmp_path / "data").sources().equals(stored)
    assert len(Store(tmp_path / "data").events()) == 1
