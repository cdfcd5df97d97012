"""Exports: CSV that spreadsheets cannot run, GeoJSON per RFC 7946, ACLED's columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd

from dashboard import events as schema
from dashboard.export import ACLED_COLUMNS, neutralize, to_acled_csv, to_csv, to_geojson

ROOT = Path(__file__).resolve().parent.parent
SEED = schema.read_csv(ROOT / "data" / "events.csv")


def test_csv_export_reads_back_as_the_same_table(tmp_path):
    path = tmp_path / "out.csv"
    path.write_text(to_csv(SEED), encoding="utf-8")
    pd.testing.assert_frame_equal(schema.read_csv(path), SEED)


def test_formula_cells_are_neutralised():
    hostile = SEED.copy()
    hostile.loc[0, "source_title"] = "=HYPERLINK(\"http://evil\",\"x\")"
    hostile.loc[1, "reported_by"] = "+cmd|' /C calc'!A0"
    hostile.loc[2, "damage"] = "@SUM(1+1)"
    rows = list(csv.DictReader(io.StringIO(to_csv(hostile))))
    assert rows[0]["source_title"].startswith("'=")
    assert rows[1]["reported_by"].startswith("'+")
    assert rows[2]["damage"].startswith("'@")
    assert neutralize("-1") == "'-1" and neutralize(-1) == -1 and neutralize("Kyiv") == "Kyiv"


def test_geojson_is_a_feature_collection_with_lon_lat_points():
    doc = json.loads(to_geojson(SEED))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == len(SEED)
    kyiv = next(f for f in doc["features"] if f["properties"]["place"] == "Kyiv")
    lon, lat = kyiv["geometry"]["coordinates"]
    assert kyiv["geometry"]["type"] == "Point" and 30 < lon < 31 and 50 < lat < 51
    assert kyiv["properties"]["killed"] == 1 and kyiv["properties"]["drones_launched"] is None
    assert kyiv["properties"]["event_date"] == "2025-02-12"


def test_acled_export_uses_acled_columns_and_codes():
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(SEED))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    belgorod = next(r for r in rows if r["location"] == "Belgorod Oblast")
    assert belgorod["actor1"] == "Military Forces of Ukraine (2019-)"
    assert belgorod["geo_precision"] == "3" and belgorod["fatalities"] == "1" and belgorod["iso"] == "RU"
    district = next(r for r in rows if r["location"] == "Podilskyi")
    assert district["geo_precision"] == "1" and district["fatalities"] == "0"
