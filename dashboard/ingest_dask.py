"""Bulk ingest on a dask.distributed cluster: ``strikemap ingest --engine dask``.

How the work is split, and why:

- This process (the driver) lists the reports without reading them, then reads their bytes one
  batch at a time and hands each batch to the cluster. Workers decode and extract; they never
  open a report file, so the same code runs on a local cluster and on machines that share no disk
  (they need only Strike Map installed, the same version as the driver).
- Only the driver writes the store, one transaction per ten batches, in the order of the input.
  Each transaction also saves how many batches are in, so a run that stops (crash, Ctrl-C, a lost
  worker) resumes after the last batch stored, and no report is stored twice.
- At most a few batches per worker thread are in flight, so memory stays bounded whatever the
  number of reports.

The store it leaves is the one the single-process ingest leaves, with one exception said aloud:
a text that appears twice in one input keeps, here, the events of its last copy only (each batch
replaces what a report said before, as a later ingest does); such repeats are reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from dashboard.events import Event, Report
from dashboard.ingest import ReportFile, report_files
from dashboard.report_text import ReportError, read_report_bytes, text_from_bytes
from dashboard.store import Store

DEFAULT_BATCH = 100  # reports per task
COMMIT_EVERY = 10  # batches per store transaction
_INSTALL = "the dask engine needs dask.distributed: pip install 'strikemap[dask]'"


class BulkIngestError(RuntimeError):
    """The cluster cannot be reached or started: the message says why, in one line."""


@dataclass(frozen=True)
class RawReport:
    """A report as the driver sends it to a worker: its bytes, or why they could not be read."""

    name: str
    data: bytes | None
    error: str
    published: date
    title: str
    url: str


@dataclass
class BulkResult:
    total: int = 0  # reports in the input
    resumed: int = 0  # of which an earlier, interrupted run had stored
    reports: int = 0  # stored by this run
    new_reports: int = 0
    added: int = 0
    merged: int = 0
    warnings: int = 0
    skipped: int = 0  # could not be read or extracted; each one is reported
    repeated: int = 0  # texts met twice in this run
    seconds: float = 0.0
    store_seconds: float = 0.0  # of which the driver spent writing the store

    def line(self) -> str:
        resumed = f", {self.resumed} already stored by an interrupted run" if self.resumed else ""
        return (f"{self.reports} reports ({self.new_reports} new){resumed}, {self.added} events added, "
                f"{self.merged} merged with events of other batches or reports, {self.skipped} skipped, "
                f"{self.warnings} warnings")


# --- on the workers ---------------------------------------------------------------------------

_GEOCODER = None
_GEOCODER_LOCK = threading.Lock()


def _geocoder():
    """One geocoder per worker process, loaded by its first batch and kept for the next ones."""
    global _GEOCODER
    with _GEOCODER_LOCK:
        if _GEOCODER is None:
            from dashboard.geocode_online import make_geocoder

            _GEOCODER = make_geocoder()
    return _GEOCODER


def warm_up() -> None:
    """Runs on every worker before timing: each loads its geocoder."""
    _geocoder()


def extract_batch(batch: list[RawReport]) -> tuple[list[tuple[str, Report, list[Event]]], list[str], list[str]]:
    """Runs on a worker: (name, report, events) for every readable report, the extraction's
    warnings, and one line per report that could not be read or extracted."""
    from dashboard.extract import extract

    geocoder = _geocoder()
    done, warnings, skipped = [], [], []
    for raw in batch:
        if raw.data is None:
            skipped.append(raw.error)
            continue
        try:
            report = Report(text_from_bytes(raw.data, raw.name), raw.published, raw.title, raw.url)
        except ReportError as exc:
            skipped.append(str(exc))
            continue
        try:
            result = extract(report, geocoder)
        except Exception as exc:  # noqa: BLE001  one report the extractor cannot handle must not stop 100,000
            skipped.append(f"{raw.name}: extraction failed ({type(exc).__name__}: {exc})")
            continue
        done.append((raw.name, report, result.events))
        warnings.extend(result.warnings)
    return done, warnings, skipped


# --- on the driver ----------------------------------------------------------------------------

def _raw(item: ReportFile) -> RawReport:
    try:
        data, error = read_report_bytes(item.path), ""
    except ReportError as exc:
        data, error = None, str(exc)
    return RawReport(str(item.path), data, error, item.published, item.title, item.url)


def _batches(items: Iterable[ReportFile], size: int) -> Iterator[list[ReportFile]]:
    batch: list[ReportFile] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def survey(paths: list[Path], published: date | None, batch_size: int) -> tuple[int, str]:
    """(number of reports, the run's name): one pass over the listing, which also finds a bad
    manifest before anything is stored. The name changes with the input, so a checkpoint is only
    ever resumed by the same input cut into the same batches."""
    digest = hashlib.sha256(f"{batch_size}|{published}".encode())
    total = 0
    for item in report_files(paths, published):
        digest.update(f"\n{item.path.absolute()}|{item.published}|{item.title}|{item.url}".encode())
        total += 1
    return total, f"ingest-{digest.hexdigest()[:24]}"


def ingest_bulk(
    paths: list[Path],
    store: Store,
    client,
    published: date | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: Callable[[int, int], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    on_skip: Callable[[str], None] | None = None,
    commit_every: int = COMMIT_EVERY,
) -> BulkResult:
    """Extract the reports of ``paths`` on the cluster of ``client`` and store them, ``commit_every``
    batches per transaction, resuming after the batches an interrupted run of the same input stored.

    A save merges again every event it touches with all its sources, so an event that many
    reports support costs a merge per transaction: fewer, larger transactions cost less, at the
    price of redoing at most that many batches after a crash."""
    started = time.perf_counter()
    total, name = survey(paths, published, batch_size)
    if not total:
        raise ReportError("no reports found")
    done = int(store.checkpoint(name) or 0)
    last = (total - 1) // batch_size
    result = BulkResult(total=total, resumed=min(done * batch_size, total))
    threads = sum(client.nthreads().values()) or 1
    todo = ((n, batch) for n, batch in enumerate(_batches(report_files(paths, published), batch_size)) if n >= done)
    pending: deque = deque()
    seen: set[str] = set()  # report ids met in this run, to report repeated texts
    group: list = []  # extracted batches waiting for their transaction: (report, events) pairs
    group_warnings: list[str] = []
    group_skipped: list[str] = []
    group_batches = 0

    def submit() -> None:
        nxt = next(todo, None)
        if nxt is not None:
            number, batch = nxt
            pending.append((number, client.submit(extract_batch, [_raw(i) for i in batch], pure=False)))

    def commit(number: int) -> None:
        t = time.perf_counter()
        summary = store.add(group, group_warnings, checkpoint=(name, None if number == last else str(number + 1)))
        result.store_seconds += time.perf_counter() - t
        result.reports += summary.reports
        result.new_reports += summary.new_reports
        result.added += summary.added
        result.merged += summary.merged
        result.warnings += len(group_warnings)
        result.skipped += len(group_skipped)
        for line in group_warnings if on_warning else ():
            on_warning(line)
        for line in group_skipped if on_skip else ():
            on_skip(line)
        group.clear()
        group_warnings.clear()
        group_skipped.clear()

    for _ in range(2 * threads + 1):
        submit()
    extracted = result.resumed
    if progress:
        progress(extracted, total)
    try:
        while pending:
            number, future = pending[0]
            items, warnings, skipped = future.result()
            pending.popleft()
            submit()  # keep the workers busy while this batch is written
            for file, report, events in items:
                if report.article_id in seen:
                    result.repeated += 1
                    warnings.append(f"{file}: the same text as an earlier report of this input; the report is "
                                    "stored once, with what this copy says")
                seen.add(report.article_id)
                group.append((report, events))
            group_warnings.extend(warnings)
            group_skipped.extend(skipped)
            group_batches += 1
            if group_batches == commit_every or number == last:
                commit(number)
                group_batches = 0
            extracted += batch_size if number < last else total - number * batch_size
            if progress:
                progress(extracted, total)
    finally:  # a run that stops leaves no work behind on the cluster
        client.cancel([future for _, future in pending])
    result.seconds = time.perf_counter() - started
    return result


@contextlib.contextmanager
def cluster(workers: int | None = None, scheduler: str | None = None, processes: bool = True):
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` single-threaded
    worker processes (threads in this process with ``processes=False``) that lives as long as the block."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BulkIngestError(_INSTALL) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=20)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BulkIngestError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            if not client.nthreads():
                raise BulkIngestError(f"the Dask scheduler at {scheduler} has no workers")
            yield client
        return
    import dask

    # No dashboard (its web server on a random port, not a busy 8787), and no statistical profiler,
    # which samples every worker a hundred times a second for that dashboard.
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        local = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=processes,
                             dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                             silence_logs=logging.ERROR)
    with local, Client(local) as client:
        yield client


def _bar():
    """A progress line on standard error, with the rate and the time left; a line per update
    when standard error is not a terminal."""
    tty = sys.stderr.isatty()
    start, first = time.perf_counter(), None

    def show(done: int, total: int) -> None:
        nonlocal first
        if first is None:
            first = done  # reports an earlier run stored do not count in the rate
        rate = (done - first) / max(time.perf_counter() - start, 1e-9)
        left = f", {(total - done) / rate / 60:.0f} min left" if rate > 0 and done < total else ""
        text = f"{done}/{total} reports ({rate:.1f}/s{left})"
        if tty:
            filled = int(30 * done / max(total, 1))
            print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {text:50}", end="", file=sys.stderr, flush=True)
        else:
            print(f"[{text}]", file=sys.stderr)

    return show


def _note(kind: str) -> Callable[[str], None]:
    """Lines on standard error below the progress bar (which a terminal keeps on one line)."""
    start = "\n" if sys.stderr.isatty() else ""
    return lambda text: print(f"{start}{kind}: {text}", file=sys.stderr)


def command(args, fail: Callable[[str], int]) -> int:
    """``strikemap ingest --engine dask``: every problem is one line on standard error, never a traceback."""
    from dashboard import events as schema
    from dashboard.store import StoreError

    if args.batch_size < 1:
        return fail("--batch-size must be 1 or more")
    if args.workers is not None and (args.workers < 1 or args.scheduler):
        return fail("--workers takes 1 or more, and only for the local cluster (a --scheduler has its own workers)")
    paths = [Path(p) for p in args.paths]
    try:
        if not survey(paths, args.published, args.batch_size)[0]:  # a bad input is told before a cluster starts
            return fail("no reports found")
    except ReportError as exc:
        return fail(str(exc))
    stored_note = "the batches stored so far are kept: run the same command again to resume"
    try:
        with cluster(args.workers, args.scheduler) as client:
            print(f"{len(client.nthreads())} Dask workers loading their geocoders", file=sys.stderr)
            client.run(warm_up)  # before the progress bar starts, so its rate and time left are right
            result = ingest_bulk(paths, Store(), client, args.published, args.batch_size, progress=_bar(),
                                 on_warning=_note("warning"), on_skip=_note("skipped"))
    except (ReportError, BulkIngestError) as exc:
        return fail(str(exc))
    except (StoreError, schema.EventTableError, OSError) as exc:
        return fail(f"stopped: {exc}; {stored_note}")
    except KeyboardInterrupt:
        print(file=sys.stderr)
        fail(f"interrupted; {stored_note}")
        return 130
    except Exception as exc:  # noqa: BLE001  a worker lost, the scheduler gone: the cluster's failures
        return fail(f"stopped by the cluster ({type(exc).__name__}: {exc}); {stored_note}")
    print(file=sys.stderr)
    print(result.line())
    rate = (result.total - result.resumed) / max(result.seconds, 1e-9)
    print(f"{result.total - result.resumed} reports in {result.seconds:.1f} s ({rate:.1f}/s), "
          f"of which {result.store_seconds:.1f} s writing the store", file=sys.stderr)
    if result.skipped:
        fail(f"{result.skipped} of {result.total} reports skipped (listed above); the others are stored")
        return 1
    return 0
