from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.extract import Report
from dashboard.geocode import OfflineGeocoder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_09dc2a07e8257716.txt"


@pytest.fixture(scope="session")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


@pytest.fixture(scope="session")
def seed_report() -> Report:
    return Report(SEED.read_text(encoding="utf-8"), date(2025, 2, 12))
