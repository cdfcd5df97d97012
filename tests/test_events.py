"""The event table: one schema, dtypes that survive CSV, clear errors."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard import events as schema
from dashboard.extract import extract


@pytest.fixture()
def seed_frame(seed_report, geocoder):
    return schema.events_to_frame(extract(seed_report, geocoder).events)


def test_columns_are_the_design_table(seed_frame):
    assert list(seed_frame.columns) == list(schema.COLUMNS)
    assert seed_frame["killed"].dtype == "Int64"
    assert isinstance(seed_frame["event_date"].iloc[0], date)


def test_csv_round_trip_keeps_empty_and_zero_apart(seed_frame, tmp_path):
    seed_frame.loc[seed_frame["place"] == "Kryvyi Rih", "killed"] = 0
    path = tmp_path / "events.csv"
    schema.write_csv(seed_frame, path)
    back = schema.read_csv(path)
    pd.testing.assert_frame_equal(back, schema.validate(seed_frame))
    by_place = back.set_index("place")
    assert by_place.loc["Kryvyi Rih", "killed"] == 0
    assert pd.isna(by_place.loc["Holosiivskyi", "killed"])
    assert pd.isna(by_place.loc["Kyiv", "drones_launched"])


@pytest.mark.parametrize(
    "column, value, reason",
    [("killed", "-1", "killed must be a non-negative whole number"),
     ("killed", "two", "killed must be a non-negative whole number"),
     ("latitude", "123", "latitude must be within -90..90"),
     ("event_date", "12/02/2025", "event_date must be YYYY-MM-DD"),
     ("attacker", "Mars", "attacker must be one of")],
)
def test_bad_rows_are_rejected_with_line_and_reason(seed_frame, tmp_path, column, value, reason):
    path = tmp_path / "events.csv"
    schema.write_csv(seed_frame, path)
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw.loc[2, column] = value
    raw.to_csv(path, index=False)
    with pytest.raises(schema.EventTableError, match=rf"line 4: {reason}"):
        schema.read_csv(path)


def test_a_failed_write_leaves_the_previous_file(seed_frame, tmp_path):
    path = tmp_path / "events.csv"
    schema.write_csv(seed_frame, path)
    before = path.read_bytes()
    broken = seed_frame.copy()
    broken.loc[0, "attacker"] = "nobody"
    with pytest.raises(schema.EventTableError):
        schema.write_csv(broken, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]


def test_not_a_csv_is_a_clear_error(tmp_path):
    path = tmp_path / "events.csv"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(schema.EventTableError, match="events.csv"):
        schema.read_csv(path)
