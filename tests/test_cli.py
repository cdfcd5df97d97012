"""The strikemap command, run as a user runs it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import events as schema

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_09dc2a07e8257716.txt"


def run(*args: str, data: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if data is not None:
        env["STRIKEMAP_DATA"] = str(data)
    return subprocess.run([sys.executable, "-m", "dashboard.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_extract_prints_one_json_object_per_event():
    out = run("extract", str(SEED), "--published", "2025-02-12")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 7
    assert all(list(r) == list(schema.COLUMNS) for r in rows)
    assert {r["place"] for r in rows} >= {"Kyiv", "Kryvyi Rih", "Belgorod Oblast"}


def test_output_cut_short_by_its_reader_ends_quietly():
    """`strikemap extract ... | head -1`: the reader closes the pipe before we are done writing."""
    proc = subprocess.Popen([sys.executable, "-m", "dashboard.cli", "extract", str(SEED), "--published", "2025-02-12"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_extract_csv_format_reads_back_as_an_event_table(tmp_path):
    out = run("extract", str(SEED), "--published", "2025-02-12", "--format", "csv")
    path = tmp_path / "out.csv"
    path.write_text(out.stdout, encoding="utf-8")
    assert len(schema.read_csv(path)) == 7


def test_a_report_without_strikes_prints_nothing(tmp_path):
    report = tmp_path / "talks.txt"
    report.write_text("Diplomats met in Geneva to discuss a ceasefire. No agreement was reached.", encoding="utf-8")
    out = run("extract", str(report), "--published", "2025-02-12")
    assert (out.returncode, out.stdout) == (0, "")


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary"), (b"Kyiv caf\xe9 was hit", "not UTF-8")],
)
def test_unreadable_reports_exit_2_with_one_line_reason(tmp_path, content, reason):
    report = tmp_path / "bad.txt"
    report.write_bytes(content)
    out = run("extract", str(report), "--published", "2025-02-12")
    assert out.returncode == 2 and out.stdout == ""
    assert reason in out.stderr and len(out.stderr.strip().splitlines()) == 1


STORE_FILES = ("events.csv", "sources.csv", "reports.csv")


def _exported(data: Path, to: Path) -> dict[str, bytes]:
    """The store of ``data`` as files (``export --format files``), by name."""
    out = run("export", "--format", "files", "--out", str(to), data=data)
    assert out.returncode == 0, out.stderr
    return {str(p.relative_to(to)): p.read_bytes() for p in sorted(to.rglob("*")) if p.is_file()}


def test_committed_store_is_what_ingest_produces(tmp_path):
    out = run("ingest", str(ROOT / "seeds" / "manifest.csv"), data=tmp_path / "data")
    assert out.returncode == 0, out.stderr
    assert "7 events added" in out.stdout and "[1/1]" in out.stderr
    files = _exported(tmp_path / "data", tmp_path / "export")
    for name in STORE_FILES:
        assert files[name] == (ROOT / "data" / name).read_bytes(), name
    for report in (tmp_path / "export" / "reports").iterdir():
        assert report.read_bytes() == (ROOT / "data" / "reports" / report.name).read_bytes()


def test_ingest_twice_changes_nothing(tmp_path):
    run("ingest", str(ROOT / "seeds" / "manifest.csv"), data=tmp_path / "data")
    first = _exported(tmp_path / "data", tmp_path / "first")
    out = run("ingest", str(ROOT / "seeds"), data=tmp_path / "data")
    assert out.returncode == 0 and "0 events added" in out.stdout and "7 unchanged" in out.stdout
    assert _exported(tmp_path / "data", tmp_path / "second") == first


def test_ingest_of_a_bad_manifest_keeps_the_store(tmp_path):
    for name in STORE_FILES:
        shutil.copy(ROOT / "data" / name, tmp_path / name)
    shutil.copytree(ROOT / "data" / "reports", tmp_path / "reports")
    before = _exported(tmp_path, tmp_path / "before")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("file,published\nmissing.txt,2025-02-12\n", encoding="utf-8")
    out = run("ingest", str(manifest), data=tmp_path)
    assert out.returncode == 2 and "missing.txt" in out.stderr
    assert _exported(tmp_path, tmp_path / "after") == before


def test_import_and_export_from_the_command_line(tmp_path):
    acled = tmp_path / "acled.csv"
    acled.write_text(
        "event_id_cnty,event_date,actor1,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
        "UKR9,2024-05-10,Military Forces of Russia (2000-),Ukraine,Kharkiv,Kharkiv,49.99,36.23,1,Suspilne,note,2\n",
        encoding="utf-8")
    out = run("import", str(acled), "--format", "acled", data=tmp_path / "data")
    assert out.returncode == 0 and "1 events added" in out.stdout, out.stderr
    out = run("export", "--format", "geojson", data=tmp_path / "data")
    assert json.loads(out.stdout)["features"][0]["properties"]["place"] == "Kharkiv"
    out = run("export", "--format", "geojson", "--side", "ukraine", data=tmp_path / "data")
    assert json.loads(out.stdout)["features"] == []
    out = run("export", "--side", "martians", data=tmp_path / "data")
    assert out.returncode == 2 and "Ignored 'side'" in out.stderr
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    out = run("import", str(bad), "--format", "acled", data=tmp_path / "data")
    assert out.returncode == 2 and "nothing was imported" in out.stderr


def test_geocode_command_prints_precision_and_source():
    out = run("geocode", "Belgorod region", "--json")
    answer = json.loads(out.stdout)
    assert answer["geo_precision"] == "region" and answer["admin1"] == "Belgorod Oblast"
    assert answer["gazetteer_id"] == "admin1:RU.09"
    missing = run("geocode", "Atlantis")
    assert missing.returncode == 1 and "not found" in missing.stderr
