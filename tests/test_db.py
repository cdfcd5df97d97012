"""The store's databases: migrations, the committed data as files, moving a store between files and
databases, file modes, a full disk, and clear errors."""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard.db import SQLITE_NAME, StoreError, migrations
from dashboard.db.files import read_file_store
from dashboard.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = ("events.csv", "sources.csv", "reports.csv")


def _copy_data(to: Path) -> Path:
    to.mkdir(parents=True)
    for name in DATA_FILES:
        shutil.copy(ROOT / "data" / name, to / name)
    shutil.copytree(ROOT / "data" / "reports", to / "reports")
    return to


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(SQLITE_NAME)}


def run(*args: str, data: Path, url: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, STRIKEMAP_DATA=str(data), STRIKEMAP_DATABASE_URL=url)
    return subprocess.run([sys.executable, "-m", "dashboard.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)


def test_a_new_database_gets_every_migration_once(tmp_path, store_url):
    store = Store(tmp_path, url=store_url)
    assert store.database.schema_version() == 0
    applied = store.database.migrate()
    assert applied == [f"{v:04d}_{name}" for v, name, _ in migrations()]
    assert store.database.migrate() == []
    assert store.database.schema_version() == migrations()[-1][0]
    with store.database.read() as tx:
        assert tx.value("SELECT COUNT(*) FROM schema_migrations") == len(migrations())
        tx.value("SELECT COUNT(*) FROM attacks")  # the view exists


def test_a_new_database_opens_while_another_connection_is_creating_it(tmp_path):
    """Many processes opening one new database file at once: while one holds its write lock, the
    others' switch to WAL mode is refused at once by SQLite, and used to fail the save."""
    path = tmp_path / SQLITE_NAME
    first = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    first.execute("BEGIN IMMEDIATE")
    first.execute("CREATE TABLE early (x)")
    threading.Timer(0.3, first.execute, ["COMMIT"]).start()
    store = Store(tmp_path)
    assert store.database.migrate()
    with store.database.read() as tx:
        assert tx.value("PRAGMA journal_mode") == "wal"
    first.close()


def test_the_schema_refuses_what_the_event_table_refuses(tmp_path, store_url):
    store = Store(tmp_path, url=store_url)
    store.version()
    with pytest.raises(StoreError, match="(?i)check"):
        with store.database.write() as tx:
            tx.execute("INSERT INTO events (event_id, attack_id, event_date, date_precision, attacker, attacker_basis,"
                       " place, location_text, district_of, admin1, country, latitude, longitude, geo_precision,"
                       " gazetteer_id, weapons, damage, reported_by, article_id, published, source_title, source_url,"
                       " evidence, confidence, source_count, sources_disagree, figures_rule) VALUES (?, '', "
                       "'2025-01-01', 'day', 'Martians', 'stated', 'X', '', '', '', '', 1, 1, 'city', '', '', '', '',"
                       " '', '', '', '', '', 0.5, 1, ?, '')", ["e1", False])


def test_the_committed_data_is_what_a_fresh_build_exports(tmp_path):
    store = Store(_copy_data(tmp_path / "data"), url="")
    assert len(store.events()) == len(read_file_store(ROOT / "data").sources) == 7
    store.export_files(tmp_path / "export")
    committed = {k: v for k, v in _tree(ROOT / "data").items() if not k.startswith(("gazetteer", "borders"))}  # shipped reference data, not the store
    assert _tree(tmp_path / "export") == committed


def test_a_file_store_moves_into_the_database_once_and_its_files_stay_as_a_backup(tmp_path):
    folder = _copy_data(tmp_path / "data")
    before = _tree(folder)
    store = Store(folder, url="")
    seeded = store.events()
    assert len(seeded) == 7 and len(store.reports()) == 1
    assert _tree(folder) == before  # only read
    (folder / "sources.csv").write_text("not,the,store\n", encoding="utf-8")
    assert Store(folder, url="").events().equals(seeded)  # the database is the store now


def test_a_store_moves_between_files_sqlite_and_postgresql_without_loss(tmp_path, postgres_url):
    data = _copy_data(tmp_path / "data")
    edit = Store(data, url="")
    edit.edit(edit.events().iloc[0]["event_id"], {"killed": 3}, note="line\rbreak")
    out = run("export", "--format", "files", "--out", str(tmp_path / "files1"), data=data)
    assert out.returncode == 0, out.stderr
    out = run("db", "import-from-files", str(tmp_path / "files1"), data=tmp_path / "empty", url=postgres_url)
    assert out.returncode == 0 and "7 event sources, 1 edits" in out.stdout, out.stderr
    out = run("export", "--format", "files", "--out", str(tmp_path / "files2"), data=tmp_path / "empty", url=postgres_url)
    assert out.returncode == 0, out.stderr
    assert _tree(tmp_path / "files2") == _tree(tmp_path / "files1")
    assert read_file_store(tmp_path / "files2").edits[0]["note"] == "line\rbreak"
    # A database that holds a store is replaced only when asked.
    out = run("db", "import-from-files", str(tmp_path / "files1"), data=tmp_path / "empty", url=postgres_url)
    assert out.returncode == 2 and "--replace" in out.stderr and len(out.stderr.splitlines()) == 1


def test_db_migrate_from_the_command_line(tmp_path, store_url):
    out = run("db", "migrate", data=tmp_path, url=store_url)
    assert out.returncode == 0 and "applied 0001_store, 0002_event_changes" in out.stdout, out.stderr
    out = run("db", "migrate", data=tmp_path, url=store_url)
    assert f"up to date (schema version {migrations()[-1][0]})" in out.stdout


def test_a_database_of_an_earlier_schema_is_migrated_and_keeps_its_store(tmp_path, store_url, monkeypatch):
    import dashboard.db as db
    from dashboard.bench import synthetic_events
    from dashboard.store import _EVENT_FIELDS, _EVENT_SLOTS, _event_rows

    store = Store(tmp_path, url=store_url)
    everything = db.migrations()
    monkeypatch.setattr(db, "migrations", lambda: everything[:1])
    store.database.migrate()
    events = synthetic_events(3).assign(source_count=1)
    with store.database.write() as tx:  # a store as the first schema held it
        tx.execute("INSERT INTO store_meta (key, value) VALUES ('store_id', 'old'), ('version', '7')")
        for table in ("sources", "events"):
            tx.executemany(f"INSERT INTO {table} ({_EVENT_FIELDS}) VALUES ({_EVENT_SLOTS})", _event_rows(events))
    monkeypatch.undo()
    store = Store(tmp_path, url=store_url)
    assert len(store.events()) == 3 and store.database.schema_version() == everything[-1][0]
    store.import_events(synthetic_events(4).iloc[3:])
    assert len(store.events()) == 4 and store.version() == "old:8"


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_store_files_follow_the_umask(tmp_path, umask, mode):
    old = os.umask(umask)
    try:
        store = Store(_copy_data(tmp_path / "data"), url="")
        with store.database.write():  # a write in progress: the WAL files exist
            modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "data").glob(SQLITE_NAME + "*")}
        store.export_files(tmp_path / "export")
    finally:
        os.umask(old)
    assert modes == {SQLITE_NAME: mode, SQLITE_NAME + "-wal": mode, SQLITE_NAME + "-shm": mode}
    assert {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "export").rglob("*.*")} == {mode}


FULL_DISK = """
import resource, signal, sys
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from test_store import event
from dashboard.events import Report
from dashboard.store import Store, StoreError
store = Store(Path(sys.argv[1]), url="")
store.version()
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))
report = Report("Russian drones struck Odesa. " + "x" * 300_000, date(2025, 3, 2), "long")
try:
    store.add([(report, [event(report, "Odesa")])])
except StoreError as exc:
    print("refused:", exc)
"""


def test_a_full_disk_stores_nothing_and_the_store_stays_usable(tmp_path):
    folder = _copy_data(tmp_path / "data")
    before = Store(folder, url="").content()
    out = subprocess.run([sys.executable, "-c", FULL_DISK, str(folder), str(ROOT / "tests")], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert out.stdout.startswith("refused:") and "full" in out.stdout, out.stdout + out.stderr
    store = Store(folder, url="")
    after = store.content()
    assert after[1].equals(before[1]) and after[0].reports == before[0].reports
    with store.database.read() as tx:
        assert tx.value("PRAGMA integrity_check") == "ok"


def test_a_data_folder_that_cannot_be_written_gives_one_clear_line(tmp_path):
    out = run("export", data=Path("/proc/strikemap-read-only"))
    assert out.returncode == 2 and "cannot write to the data folder" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_an_unreachable_or_wrong_database_url_gives_one_clear_line(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    out = run("export", data=tmp_path, url=f"postgresql://someone:secret@127.0.0.1:{port}/strikes")
    assert out.returncode == 2 and "cannot connect" in out.stderr and "secret" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    out = run("export", data=tmp_path, url="mysql://127.0.0.1/strikes")
    assert out.returncode == 2 and "must start with postgresql://" in out.stderr


MAP_REPLICA = """
import sys, time
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=60).run()
# The caption counts the whole store; the metrics count the view, whose date range this session keeps.
events = lambda: next(c.value for c in at.caption if "in the store" in c.value).split(" · ")[-1].split()[0]
print(events(), flush=True)
sys.stdin.readline()
deadline = time.monotonic() + 30
while time.monotonic() < deadline:
    at.run()
    if events() != "1":
        print(events(), time.monotonic(), flush=True)
        break
"""


def test_a_save_in_one_app_process_shows_in_another_at_its_next_reruns(tmp_path, postgres_url, geocoder, monkeypatch):
    """Two replicas of the app on one PostgreSQL database: the map of one shows what the other saved."""
    from datetime import date

    from streamlit.testing.v1 import AppTest

    from dashboard.events import Report
    from dashboard.ingest import ingest

    ingest([Report("Russian drones struck Odesa overnight.", date(2025, 3, 1), "first")], Store(tmp_path, url=postgres_url),
           geocoder)
    env = dict(os.environ, STRIKEMAP_DATA=str(tmp_path / "replica-a"), STRIKEMAP_DATABASE_URL=postgres_url)
    replica = subprocess.Popen([sys.executable, "-c", MAP_REPLICA, str(ROOT / "dashboard" / "app.py")], env=env,
                               cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert replica.stdout.readline().strip() == "1"
        replica.stdin.write("go\n")
        replica.stdin.flush()
        monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "replica-b"))
        monkeypatch.setenv("STRIKEMAP_DATABASE_URL", postgres_url)
        monkeypatch.setenv("STRIKEMAP_EDITING", "open")
        page = AppTest.from_file(str(ROOT / "dashboard" / "pages" / "add_report.py"), default_timeout=60).run()
        page.text_area(key="text").set_value("Russian drones struck Kharkiv overnight, injuring three people.")
        page.date_input(key="published").set_value(date(2025, 3, 4))
        page.run()
        assert any("PostgreSQL database" in c.value and "secret" not in c.value for c in page.caption)
        page.button(key="save").click().run()
        saved = time.monotonic()
        assert "Saved" in page.success[0].value
        count, seen = replica.stdout.readline().split()
        # Seen within the replica's next reruns (each one a full page run, slower on a busy machine);
        # how fast a store change reaches readers is measured by strikemap bench, not here.
        assert count == "2" and float(seen) - saved < 10.0
    finally:
        replica.kill()
        replica.wait()


def test_a_bulk_import_keeps_every_guarantee_of_a_save(tmp_path, store_url):
    """Rows of one report copied by the database, a row another report supports merged, an edited
    event keeping its edit, any text round-tripping, and the same file twice changing nothing."""
    from dashboard.bench import synthetic_events
    from dashboard.store import apply_edits, merge_sources

    store = Store(tmp_path, url=store_url, seed=False)
    rows = synthetic_events(6)
    rows.loc[1, "evidence"] = "nul \x00 and \ue000 private use\r\nsecond line\n\nsecond line"
    rows.loc[2, "reported_by"] = "governor; governor"  # a merge tidies this one, so it is merged here
    store.import_events(rows.iloc[:4])
    other = rows.iloc[[3]].assign(article_id="another report", killed=9)
    store.import_events(other)
    store.edit(rows.loc[0, "event_id"], {"injured": 7}, note="a correction")

    summary = store.import_events(rows)
    assert (summary.added, summary.unchanged) == (2, 4)
    assert store.import_events(rows).added == 0
    events = store.events().set_index("event_id")
    assert len(events) == 6 and len(store.sources()) == 7
    assert events.loc[rows.loc[1, "event_id"], "evidence"] == "nul \x00 and \ue000 private use\r\nsecond line"
    assert events.loc[rows.loc[2, "event_id"], "reported_by"] == "governor"
    assert events.loc[rows.loc[3, "event_id"], "source_count"] == 2
    assert events.loc[rows.loc[0, "event_id"], "injured"] == 7
    expected = apply_edits(merge_sources(store.sources()), store.edits()).set_index("event_id")
    assert events.sort_index().equals(expected.sort_index())
    assert store.sources().set_index("event_id").loc[rows.loc[1, "event_id"], "evidence"] == rows.loc[1, "evidence"]
