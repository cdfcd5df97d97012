"""`strikemap import --format airforce`: the Air Force's night figures as attack records in the
store, on both engines, linked to the strike events of the same night and region."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.attack_records import monthly_totals, read_airforce_dataset
from dashboard.bench import synthetic_events
from dashboard.cli import main
from dashboard.db.files import read_file_store
from dashboard.importers import ImportError_, read_airforce
from dashboard.store import Store

AIRFORCE = Path(__file__).parent / "airforce"
SAMPLE = AIRFORCE / "sample_attacks.csv"
REAL = Path(__file__).resolve().parents[2] / "shared" / "data" / "airforce" / "missile_attacks_daily.csv"


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    return read_airforce(SAMPLE, rejects=tmp_path_factory.mktemp("rejects") / "rejects.csv")


def _stored_monthly(store: Store) -> dict[str, dict[str, int]]:
    frame = store.attack_records()
    month = frame["night"].map(lambda night: night.strftime("%Y-%m"))
    sums = frame[["launched", "shot_down", "not_reached"]].fillna(0).groupby(month).sum().astype(int)
    return {m: {k: int(v) for k, v in row.items()} for m, row in sums.iterrows()}


def test_rows_without_a_date_or_model_are_rejected_with_their_line(sample):
    assert (sample.read, len(sample.records), sample.duplicates) == (30, 28, 0)
    assert [(p.line, p.reason) for p in sample.rejected] == [(22, "no date in time_start or time_end"),
                                                             (23, "no model")]
    rejects = pd.read_csv(sample.rejects_path, dtype=str)
    assert list(rejects["reject_line"]) == ["22", "23"] and list(rejects["source"]) == [
        "kpszsu/posts/sample-0020", "kpszsu/posts/sample-0021"]


def test_targeted_regions_are_placed_and_the_rest_kept_as_written(sample):
    by_source = {r["source"]: r for r in sample.records}
    assert by_source["kpszsu/posts/sample-0000"]["admin1s"] == ["*"]  # "Ukraine": all of it
    assert by_source["kpszsu/posts/sample-0000"]["national"] == 1
    assert by_source["PvKPivden/posts/sample-0010"]["national"] == 0


def test_the_store_holds_the_records_and_their_monthly_totals(tmp_path, store_url, sample):
    store = Store(tmp_path, url=store_url, seed=False)
    assert store.save_attack_records(sample.records, SAMPLE.name) == (28, 0)
    assert store.save_attack_records(sample.records, SAMPLE.name) == (0, 28)  # again: nothing new
    stored = store.attack_records()
    assert len(stored) == 28
    assert _stored_monthly(store) == monthly_totals(read_airforce_dataset(SAMPLE))
    first = stored.set_index("source").loc["kpszsu/posts/sample-0014"]
    assert first["launch_areas"] == ["Primorsko-Akhtarsk", "Chauda, Crimea", "Kursk oblast"]
    assert (first["launched"], first["shot_down"], first["not_reached"]) == (397, 381, 0)
    assert pd.isna(stored.set_index("source").loc["kpszsu/posts/sample-0028", "shot_down"])  # "NaN" stays unknown


def test_records_move_through_the_stores_files_without_loss(tmp_path, store_url, sample):
    store = Store(tmp_path / "first", seed=False)
    store.save_attack_records(sample.records, SAMPLE.name)
    store.export_files(tmp_path / "files")
    moved = Store(tmp_path / "second", url=store_url, seed=False)
    moved.replace_with(read_file_store(tmp_path / "files"))
    assert moved.attack_records().equals(store.attack_records())
    assert moved.content()[0].attack_records == store.content()[0].attack_records
    assert any(r["admin1s"] == "*" for r in moved.content()[0].attack_records)


def test_records_link_to_russian_strikes_of_the_same_night_in_a_targeted_region(tmp_path, store_url):
    events = synthetic_events(4)
    events["event_date"] = [date(2025, 6, 2), date(2025, 6, 2), date(2025, 6, 1), date(2025, 6, 2)]
    events["admin1"] = ["Odesa Oblast", "Kharkiv Oblast", "Odesa Oblast", "Odesa Oblast"]
    events.loc[3, "attacker"] = "Ukraine"
    store = Store(tmp_path, url=store_url, seed=False)
    store.import_events(events)
    base = {"night": "2025-06-02", "weapon_type": "drone", "category": "drone", "launched": 10, "shot_down": 8,
            "not_reached": None, "launch_areas": "", "source": "", "model": "Shahed-136/131"}
    store.save_attack_records([
        {**base, "record_id": "national", "regions": "Ukraine", "national": 1, "admin1s": ["*"]},
        {**base, "record_id": "south", "regions": "Odesa oblast", "national": 0, "admin1s": ["Odesa Oblast"]},
        {**base, "record_id": "nowhere", "regions": "south", "national": 0, "admin1s": []},
    ], "test")
    links = store.air_force_figures()[1]
    pairs = set(zip(links["event_id"], links["record_id"]))
    ids = list(events["event_id"])
    assert pairs == {(ids[0], "national"), (ids[0], "south"), (ids[1], "national")}


def test_the_cli_imports_the_sample_and_refuses_other_files(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("STRIKEMAP_DATABASE_URL", raising=False)
    assert main(["import", "--format", "airforce", str(SAMPLE), "--rejects", str(tmp_path / "r.csv")]) == 0
    assert "28 attack records imported (28 added" in capsys.readouterr().out
    assert main(["import", "--format", "airforce", str(SAMPLE), "--strict", "--rejects", str(tmp_path / "r.csv")]) != 0
    other = tmp_path / "events.csv"
    other.write_text("event_id,place\n1,Kyiv\n", encoding="utf-8")
    assert main(["import", "--format", "airforce", str(other)]) != 0
    assert "not an Air Force attack file" in capsys.readouterr().err
    with pytest.raises(ImportError_, match="empty file"):
        read_airforce(_empty(tmp_path))


def _empty(folder: Path) -> Path:
    path = folder / "empty.csv"
    path.write_text("", encoding="utf-8")
    return path


@pytest.mark.skipif(not REAL.exists(), reason="the digitised dataset is not beside the project")
def test_the_whole_dataset_imports_and_its_monthly_totals_are_the_files_own(tmp_path):
    result = read_airforce(REAL, rejects=tmp_path / "rejects.csv")
    assert not result.rejected and len(result.records) == result.read == 3378
    store = Store(tmp_path / "data", seed=False)
    store.save_attack_records(result.records, REAL.name)
    frame = pd.read_csv(REAL, dtype=str)
    end = pd.to_datetime(frame["time_end"].str.strip().str[:10], format="%Y-%m-%d")
    counts = frame[["launched", "destroyed", "not_reach_goal"]].apply(pd.to_numeric, errors="coerce").fillna(0)
    sums = counts.groupby(end.dt.strftime("%Y-%m")).sum().astype(int)
    own = {m: {"launched": r.launched, "shot_down": r.destroyed, "not_reached": r.not_reach_goal}
           for m, r in sums.iterrows()}
    assert _stored_monthly(store) == own
