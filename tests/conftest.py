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


# --- store engines: every store test runs on SQLite and on a real PostgreSQL server ---------------

def _postgres_bin() -> Path | None:
    import glob
    import shutil

    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    initdb = found[-1] if found else shutil.which("initdb")
    return Path(initdb).parent if initdb else None


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL server of its own on a free port of 127.0.0.1, for this test run only:
    its URL. initdb refuses to run as root, so under root the server runs as ``postgres``."""
    import os
    import pwd
    import shutil
    import socket
    import subprocess
    import tempfile

    bin_dir = _postgres_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed: apt-get install postgresql")
    # Not under pytest's temporary folder: that one is private to the user running the tests.
    base = Path(tempfile.mkdtemp(prefix="strikemap-postgres-"))
    run_as = {}
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(base, account.pw_uid, account.pw_gid)
        run_as = {"user": account.pw_uid, "group": account.pw_gid}
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = base / "data"
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    for step in ([bin_dir / "initdb", "-D", data, "-U", "strikemap", "--auth=trust", "--no-locale", "-E", "UTF8",
                  "--no-sync"],
                 [bin_dir / "pg_ctl", "-D", data, "-l", base / "server.log", "-w", "-t", "60", "-o", options, "start"]):
        done = subprocess.run(step, capture_output=True, text=True, cwd=base, **run_as)
        assert done.returncode == 0, f"{step[0].name} failed: {done.stderr or done.stdout}"
    try:
        yield f"postgresql://strikemap@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True, cwd=base,
                       **run_as)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty schema on the test server: a URL whose tables are this test's own."""
    import uuid

    import psycopg

    schema_name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema_name}")
    return f"{postgres_server}?options=-csearch_path%3D{schema_name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request):
    """The database URL of each engine in turn: "" (SQLite in the data folder) or a PostgreSQL schema."""
    return request.getfixturevalue("postgres_url") if request.param == "postgresql" else ""


# --- AppTest: the installed packages are scanned for Streamlit components once, not on every run ---

@pytest.fixture(scope="session", autouse=True)
def _components_scanned_once():
    """Each AppTest run scans the metadata of every installed distribution for Streamlit
    components, most of the run's time; nothing is installed while the tests run, so the
    first scan's answer stands for the session. A served app scans once at start-up."""
    try:
        from streamlit.components.v2 import manifest_scanner
    except ImportError:  # a Streamlit without the scanner
        yield
        return
    original = manifest_scanner.scan_component_manifests
    found: list = []

    def scan_once(*args, **kwargs):
        if not found:
            found.append(original(*args, **kwargs))
        return list(found[0])

    manifest_scanner.scan_component_manifests = scan_once
    yield
    manifest_scanner.scan_component_manifests = original
