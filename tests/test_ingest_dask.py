"""Bulk ingest on Dask: the same store as the single-process ingest, resumable, and clear about bad files.

One small real cluster (a scheduler on a TCP port of 127.0.0.1, one worker thread in this process)
serves every test; the command-line test reaches it by its address, as a multi-machine cluster is.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from dashboard import cli  # noqa: E402
from dashboard.ingest import collect_reports, ingest  # noqa: E402
from dashboard.ingest_dask import ingest_bulk, survey  # noqa: E402
from dashboard.report_samples import write_report_folder  # noqa: E402
from dashboard.store import Store  # noqa: E402

N, BATCH = 30, 6


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                       host="127.0.0.1", dashboard_address=None,
                                       scheduler_kwargs={"dashboard_address": ":0"}, silence_logs=logging.ERROR)
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def samples(tmp_path_factory, geocoder):
    """Sample reports and the store the single-process ingest makes of them, as files."""
    base = tmp_path_factory.mktemp("bulk")
    manifest = write_report_folder(base / "reports", N, seed=3)
    store = Store(base / "single", url="")
    ingest(collect_reports([manifest]), store, geocoder)
    return manifest, _files(store, base / "single-files")


def _files(store: Store, folder: Path) -> dict[str, bytes]:
    store.export_files(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_dask_ingest_stores_what_the_single_process_ingest_stores(client, samples, tmp_path):
    manifest, expected = samples
    result = ingest_bulk([manifest.parent], Store(tmp_path / "data", url=""), client, batch_size=BATCH, commit_every=2)
    assert (result.total, result.reports, result.skipped) == (N, N, 0)
    assert _files(Store(tmp_path / "data", url=""), tmp_path / "files") == expected


def test_a_run_stopped_midway_resumes_after_its_last_stored_batch(client, samples, tmp_path):
    manifest, expected = samples
    store = Store(tmp_path / "data", url="")

    def crash(done: int, total: int) -> None:
        if done >= 3 * BATCH:
            raise KeyboardInterrupt  # the driver dies with two batches stored and a third extracted

    with pytest.raises(KeyboardInterrupt):
        ingest_bulk([manifest], store, client, batch_size=BATCH, progress=crash, commit_every=2)
    _, name = survey([manifest], None, BATCH)
    assert store.checkpoint(name) == "2" and len(store.reports()) == 2 * BATCH
    result = ingest_bulk([manifest], store, client, batch_size=BATCH, commit_every=2)
    assert (result.resumed, result.reports) == (2 * BATCH, N - 2 * BATCH)
    assert store.checkpoint(name) is None  # a finished run leaves no checkpoint
    assert _files(store, tmp_path / "files") == expected  # nothing stored twice, nothing missing


def test_bad_report_files_are_listed_and_the_others_stored(client, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "kharkiv.txt").write_text("Russian drones struck Kharkiv overnight, injuring two people, the governor "
                                        "said.", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "latin1.txt").write_bytes("Kyiv caf\xe9 was hit by a drone".encode("latin-1"))
    monkeypatch.setenv("STRIKEMAP_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("STRIKEMAP_DATABASE_URL", "")
    code = cli.main(["ingest", "--engine", "dask", "--scheduler", client.scheduler.address, "--published",
                     "2025-03-01", str(folder)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert "skipped: " in err and "broken.txt: binary file" in err and "latin1.txt: not UTF-8" in err
    assert "2 of 3 reports skipped" in err
    assert [r["title"] for r in Store(tmp_path / "data", url="").reports()] == ["kharkiv"]

