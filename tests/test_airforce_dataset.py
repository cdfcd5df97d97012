"""The digitised Air Force summaries read into attack records.

tests/airforce/sample_attacks.csv is a small file in the dataset's format with its odd cells:
float counts, "{}" and "NaN" for nothing, dates with and without a time, a row with no date and
one with no model.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.attack_records import AttackRecordError, monthly_totals, read_airforce_dataset, read_night_summary

AIRFORCE = Path(__file__).parent / "airforce"
SAMPLE = AIRFORCE / "sample_attacks.csv"


@pytest.fixture(scope="module")
def records():
    return list(read_airforce_dataset(SAMPLE))


def _file_monthly_sums() -> dict[str, dict[str, int]]:
    """The sample's own sums by month, computed from the file without the reader."""
    frame = pd.read_csv(SAMPLE)
    end = pd.to_datetime(frame["time_end"].str.strip(), errors="coerce", format="mixed")
    start = pd.to_datetime(frame["time_start"].str.strip(), errors="coerce", format="mixed")
    evening = (start.dt.hour >= 12).astype("Int64").fillna(0).astype(int)
    night = end.dt.normalize().fillna(start.dt.normalize() + pd.to_timedelta(evening, unit="D"))
    frame = frame[night.notna() & frame["model"].notna()].assign(month=night.dt.strftime("%Y-%m"))
    counts = frame[["launched", "destroyed", "not_reach_goal"]].apply(pd.to_numeric, errors="coerce").fillna(0)
    sums = counts.groupby(frame["month"]).sum().astype(int)
    return {
        month: {"launched": row.launched, "shot_down": row.destroyed, "not_reached": row.not_reach_goal}
        for month, row in sums.iterrows()
    }


def test_monthly_totals_equal_the_files_own_sums(records):
    assert monthly_totals(records) == _file_monthly_sums()
    assert monthly_totals(records)["2025-06"]["launched"] == 1036


def test_every_row_with_a_date_and_a_model_is_read(records):
    assert len(records) == 28
    assert not [record for record in records if record.model in (None, "")]


def test_the_night_is_the_day_the_attack_ended(records):
    by_source = {record.source: record for record in records}
    assert by_source["kpszsu/posts/sample-0000"].night == date(2025, 6, 2)
    assert by_source["kpszsu/posts/sample-0012"].night == date(2025, 7, 1)  # evening start, no end
    assert by_source["PvKPivden/posts/sample-0018"].night == date(2025, 7, 12)  # date only, trailing space


def test_empty_and_odd_cells_are_not_reported_rather_than_zero(records):
    by_source = {record.source: record for record in records}
    assert by_source["kpszsu/posts/sample-0004"].not_reached is None  # "{}"
    assert by_source["kpszsu/posts/sample-0011"].shot_down is None  # empty
    assert by_source["kpszsu/posts/sample-0018"].launched is None  # "unknown"
    assert by_source["kpszsu/posts/sample-0028"].shot_down is None  # "NaN"
    assert by_source["kpszsu/posts/sample-0002"].not_reached == 169
    assert by_source["kpszsu/posts/sample-0014"].not_reached == 0


def test_weapon_types_of_single_and_joint_models(records):
    types = {record.model: (record.category, record.weapon_type) for record in records}
    assert types["Shahed-136/131"] == ("drone", "drone")
    assert types["C-300 and Iskander-M"] == ("missile", "ballistic missile")
    assert types["X-101/X-555 and Kalibr"] == ("missile", "cruise missile")
    assert types["X-22 and X-32"] == ("missile", "cruise missile")
    assert types["Orlan-10 and ZALA"] == ("drone", "drone")
    assert types["Молнія"] == ("drone", "drone")
    assert types["Reconnaissance UAV"] == ("drone", "drone")
    assert types["Unknown Missile"] == ("missile", "missile")


def test_launch_areas_keep_names_with_commas(records):
    by_source = {record.source: record for record in records}
    assert by_source["kpszsu/posts/sample-0014"].launch_areas == [
        "Primorsko-Akhtarsk", "Chauda, Crimea", "Kursk oblast"]
    assert by_source["kpszsu/posts/sample-0019"].launch_areas == []  # "nan"


def test_a_summary_and_the_dataset_agree_on_the_same_night(records):
    text = (AIRFORCE / "summaries" / "2026-02-08_uk.txt").read_text(encoding="utf-8")
    (from_text,) = read_night_summary(text, "2026-02-08")
    (from_file,) = [record for record in records if record.night == date(2026, 2, 8)]
    assert (from_text.model, from_text.launched, from_text.shot_down) == (
        from_file.model, from_file.launched, from_file.shot_down)


def test_a_file_without_the_columns_is_one_clear_error(tmp_path):
    other = tmp_path / "events.csv"
    other.write_text("event_id,place\n1,Kyiv\n", encoding="utf-8")
    with pytest.raises(AttackRecordError, match="no column time_start"):
        list(read_airforce_dataset(other))


def test_a_missing_file_is_one_clear_error(tmp_path):
    with pytest.raises(AttackRecordError, match="cannot read"):
        list(read_airforce_dataset(tmp_path / "absent.csv"))


def test_a_file_that_is_not_text_is_one_clear_error(tmp_path):
    binary = tmp_path / "attacks.csv"
    binary.write_bytes(b"time_start,time_end,model,launched,destroyed\n\xff\xfe\x00\x81,\x9d\n")
    with pytest.raises(AttackRecordError, match="not a readable UTF-8 CSV"):
        list(read_airforce_dataset(binary))
