from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.events import Report
from dashboard.geocode import OfflineGeocoder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_09dc2a07e8257716.txt"


@pytest.fixture(scope="session")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


@pytest.fixture(scope="session")
def seed_report() -> Report:
    return Report(SEED.read_text(encoding="utf-8"), date(2025, 2, 12))


# --- robustness ledger: what the hostile-input and fault tests tried, and what held -------------

class Ledger:
    """Counts kept by the hostile-input and fault tests; printed at the end of the run."""

    def __init__(self) -> None:
        self.counts = {"payloads tried": 0, "parameters fuzzed": 0, "faults injected": 0, "inputs refused cleanly": 0,
                       "data lost": 0}

    def add(self, what: str, n: int = 1) -> None:
        self.counts[what] = self.counts.get(what, 0) + n


LEDGER = Ledger()


@pytest.fixture(scope="session")
def ledger() -> Ledger:
    return LEDGER


def pytest_terminal_summary(terminalreporter):
    if not any(LEDGER.counts.values()):
        return
    import json

    terminalreporter.section("robustness report")
    for what, n in LEDGER.counts.items():
        terminalreporter.write_line(f"{what:24} {n}")
    artifacts = ROOT / "tests" / "artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / "robustness.json").write_text(json.dumps(LEDGER.counts, indent=1), encoding="utf-8")
