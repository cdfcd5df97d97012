"""Performance figures, each beside a naive baseline measured in the same run.

Run with ``strikemap bench`` (``--quick`` for a short run). Figures are printed,
not asserted: timing targets belong in benchmarks, not in unit tests.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
_CHILD_LOAD = """
import json, resource, sys, time
t = time.perf_counter()
from dashboard.geocode import Gazetteer
from pathlib import Path
g = Gazetteer.load(cache_folder=Path(sys.argv[1])) if sys.argv[2] == "cache" else Gazetteer.build()
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": RSS()}))
"""
# Resident memory now (VmRSS): the peak counter of a child started by fork can carry its parent's peak.
_RSS = "RSS = lambda: int(open('/proc/self/status').read().split('VmRSS:')[1].split()[0]) / 1024\n"


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", _RSS + _CHILD_LOAD, *args], capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def geocoder_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Index load (cached vs built from sources), lookups per second (index vs a linear scan), memory."""
    from dashboard.evaluate import evaluate_geocoder  # noqa: F401  (imports the same modules the app uses)
    from dashboard.geocode import OfflineGeocoder, default_gazetteer, normalize

    rows = []
    with tempfile.TemporaryDirectory() as cache:
        _child([cache, "cache"])  # builds and writes the cache
        cached = _child([cache, "cache"])
        built = _child([cache, "build"])
    rows.append(("geocoder: cold start (index loaded from cache)", f"{cached['seconds']:.2f} s",
                 f"{built['seconds']:.2f} s building from the GeoNames files"))
    rows.append(("geocoder: resident memory after start", f"{cached['rss_mb']:.0f} MB", f"{built['rss_mb']:.0f} MB when building"))

    import csv

    names = [r["mention"] for r in csv.DictReader((ROOT / "benchmarks" / "geocoding" / "mentions.csv").open(encoding="utf-8"))]
    geocoder = OfflineGeocoder(default_gazetteer())
    rounds = 3 if quick else 10
    t = time.perf_counter()
    for _ in range(rounds):
        for name in names:
            geocoder.resolve(name)
    per_second = rounds * len(names) / (time.perf_counter() - t)
    # Baseline: what a gazetteer without an index does, comparing the name with every entry.
    entries = [(key, idx) for key, items in geocoder.gazetteer.exact.items() for idx, _ in items]
    sample = names[: 50 if quick else 200]
    t = time.perf_counter()
    for name in sample:
        key = normalize(name)
        [idx for k, idx in entries if k == key]
    scan_per_second = len(sample) / (time.perf_counter() - t)
    rows.append(("geocoder: lookups per second (resolve with ranking)", f"{per_second:,.0f}/s",
                 f"{scan_per_second:,.0f}/s scanning all {len(entries):,} names"))
    return rows


def _reports_in(language: str) -> list[str]:
    """The project's own reports in a language: the labelled corpora, one text per report."""
    import csv

    texts = []
    for folder in sorted((ROOT / "tests" / "corpora").glob("*")):
        table = folder / "articles.csv"
        if not table.exists():
            continue
        with table.open(encoding="utf-8", newline="") as fh:
            texts += [(folder / "articles" / f"{row['id']}.txt").read_text(encoding="utf-8")
                      for row in csv.DictReader(fh) if row.get("language") == language]
    if language == "en":
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))]
    return texts


def extraction_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Reports per second on seed-length reports in each language, and memory growth."""
    import tracemalloc

    from dashboard.events import Report
    from dashboard.extract import extract, split_sentences
    from dashboard.geocode import OfflineGeocoder

    seed = (ROOT / "seeds" / "000_09dc2a07e8257716.txt").read_text(encoding="utf-8")
    geocoder = OfflineGeocoder()
    extract(Report(seed, date(2025, 2, 12)), geocoder)
    n = 100 if quick else 500
    rows = []

    def rate(reports: list[Report], work) -> float:
        t = time.process_time()  # one core's time, whatever else the machine is doing
        for report in reports:
            work(report)
        return len(reports) / max(time.process_time() - t, 1e-9)

    seeds = [Report(seed + " " * (i % 3), date(2025, 2, 12)) for i in range(n)]
    rows.append(("extraction: the seed report, per second (one core)",
                 f"{rate(seeds, lambda r: extract(r, geocoder)):,.0f}/s",
                 f"{rate(seeds, lambda r: split_sentences(r.text)):,.0f}/s only splitting sentences (any reader's bound)"))
    dense_all = []
    for language, name in (("en", "English"), ("uk", "Ukrainian"), ("ru", "Russian")):
        corpus = _reports_in(language)
        if not corpus:
            continue
        # Reports of the seed's length made of the corpus's reports, one after another.
        dense = []
        for i in range(n):
            parts, k = [], i
            while sum(map(len, parts)) < len(seed):
                parts.append(corpus[k % len(corpus)])
                k += 7
            dense.append(Report("\n".join(parts)[: len(seed)], date(2025, 2, 12)))
        dense_all += dense
        rows.append((f"extraction: seed-length {name} reports per second (one core)",
                     f"{rate(dense, lambda r: extract(r, geocoder)):,.0f}/s",
                     f"{rate(dense, lambda r: split_sentences(r.text)):,.0f}/s only splitting sentences"))
    tracemalloc.start()
    for i, report in enumerate(dense_all[: 2 * n]):
        extract(report, geocoder)
        if i == n // 2:
            early = tracemalloc.get_traced_memory()[0]
    late = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    rows.append((f"extraction: memory growth over {2 * n - n // 2} more reports", f"{(late - early) / 1e6:+.2f} MB",
                 "should stay near 0"))
    return rows


def _demo_store(n: int, folder: Path) -> Path:
    from dashboard.demo import write_demo_store

    return write_demo_store(n, 7, folder)


_CHILD_STORE = """
import json, resource, sys, time
t = time.perf_counter()
from dashboard.store import load_events
from pathlib import Path
df = load_events(Path(sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": RSS()}))
"""


def store_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Store load time and memory, and the time to apply a date + side + region filter."""
    from dashboard import filters as flt
    from dashboard.store import load_events

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in (10_000, 100_000):
            path = _demo_store(n, Path(tmp) / str(n))
            out = subprocess.run([sys.executable, "-c", _RSS + _CHILD_STORE, str(path)], capture_output=True, text=True,
                                 cwd=ROOT, check=True)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            t = time.perf_counter()
            import pandas as pd

            pd.read_csv(path, dtype=str, keep_default_na=False)
            raw = time.perf_counter() - t
            rows.append((f"store: load {n:,} events (validated), memory", f"{figures['seconds']:.2f} s, {figures['rss_mb']:.0f} MB",
                         f"{raw:.2f} s reading the CSV without types or checks"))
        df = load_events(path)
        f = flt.Filters(*flt.date_bounds(df))
        f.start = f.end.replace(year=f.end.year - 1)
        f.sides = ["Russia"]
        f.regions = ["Kharkiv Oblast", "Donetsk Oblast"]
        t = time.perf_counter()
        rounds = 5
        for _ in range(rounds):
            view = flt.apply(df, f)
        filt = (time.perf_counter() - t) / rounds
        t = time.perf_counter()
        df[[(d >= f.start and d <= f.end and a in f.sides and r in f.regions)
            for d, a, r in zip(df["event_date"], df["attacker"], df["admin1"])]]
        loop = time.perf_counter() - t
        rows.append(("filter: date + side + region at 100,000 events", f"{filt * 1000:.0f} ms ({len(view):,} rows)",
                     f"{loop * 1000:.0f} ms with a Python loop over rows"))
    return rows


def synthetic_events(n: int, seed: int = 0):
    """``n`` valid single-source events in a fraction of a second (the demo's realistic places take
    minutes at a million): for measuring the store, where only the number of rows matters."""
    import numpy as np
    import pandas as pd

    from dashboard import events as schema

    rng = np.random.default_rng(seed)
    df = pd.DataFrame({c: "" for c in schema.COLUMNS}, index=range(n))
    df["event_id"] = [f"e{i:015x}" for i in range(n)]
    df["attack_id"] = [f"a{i // 3}" for i in range(n)]
    days = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    df["event_date"] = days.strftime("%Y-%m-%d")
    df["date_precision"], df["attacker"], df["attacker_basis"] = "day", "Russia", "stated"
    df["place"] = [f"Place {i}" for i in range(n)]
    df["country"], df["geo_precision"], df["evidence"], df["confidence"] = "UA", "city", "Synthetic.", 0.5
    df["latitude"], df["longitude"] = rng.uniform(45, 52, n), rng.uniform(22, 40, n)
    df["killed"] = rng.integers(0, 5, n).astype(str)
    df["article_id"] = [f"r{i}" for i in range(n)]
    df["published"] = df["event_date"]
    return schema.validate(df)


def save_one_report(store) -> float:
    """Seconds to save one new report with three events into ``store``."""
    from dashboard.events import Event, Report, make_id

    day = date(2025, 3, 3)
    report = Report(f"Russian drones struck three towns ({time.perf_counter_ns()}).", date(2025, 3, 4), "timing")
    found = [Event(event_id=make_id(place, day, "Russia"), attack_id=make_id(day, "Russia"), event_date=day,
                   date_precision="day", attacker="Russia", attacker_basis="stated", place=place, location_text=place,
                   district_of="", admin1="", country="UA", latitude=50.0, longitude=30.0, geo_precision="city",
                   gazetteer_id="", article_id=report.article_id, published="2025-03-04", evidence=report.text,
                   confidence=0.9) for place in ("Kharkiv", "Sumy", "Poltava")]
    t = time.perf_counter()
    store.add([(report, found)])
    return time.perf_counter() - t


def _file_store_save(folder: Path, new_rows) -> float:
    """The file store's way of saving, for comparison: read every per-report row, merge every
    event again, and rewrite both files."""
    import pandas as pd

    from dashboard import events as schema
    from dashboard.store import merge_sources

    t = time.perf_counter()
    sources = schema.validate(pd.read_csv(folder / "sources.csv", dtype=str, keep_default_na=False), unique_ids=False)
    sources = pd.concat([sources, new_rows], ignore_index=True)
    schema.write_text_atomic(folder / "sources.csv", schema.to_csv_text(sources))
    schema.write_text_atomic(folder / "events.csv", schema.to_csv_text(merge_sources(sources)))
    return time.perf_counter() - t


def database_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Saving one report into a large store (SQLite), beside the file store's rewrite of everything."""
    import statistics

    from dashboard import events as schema
    from dashboard.db.files import FileStore
    from dashboard.events import Report
    from dashboard.geocode import OfflineGeocoder, default_gazetteer
    from dashboard.ingest import ingest
    from dashboard.store import Store

    n = 100_000 if quick else 1_000_000
    baseline_n = 100_000
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        events = synthetic_events(n)
        store = Store(Path(tmp) / "db", url="")
        t = time.perf_counter()
        store.replace_with(FileStore(sources=events))
        built = time.perf_counter() - t
        saves = [save_one_report(store) for _ in range(5)]
        geocoder = OfflineGeocoder(default_gazetteer())
        seed = Report((ROOT / "seeds" / "000_09dc2a07e8257716.txt").read_text(encoding="utf-8"), date(2025, 2, 12))
        t = time.perf_counter()
        ingest([seed], store, geocoder)
        ingested = time.perf_counter() - t
        t = time.perf_counter()
        store.events()
        first_read = time.perf_counter() - t
        save_one_report(store)
        t = time.perf_counter()
        store.events()
        catch_up = time.perf_counter() - t
        folder = Path(tmp) / "files"
        folder.mkdir()
        small = events.iloc[:baseline_n]
        schema.write_text_atomic(folder / "sources.csv", schema.to_csv_text(small))
        file_save = _file_store_save(folder, small.iloc[:3].assign(event_id=["n1", "n2", "n3"]))
        del events, small
    rows.append((f"database: ingest the seed report (extract, geocode, save) into {n:,} events",
                 f"{ingested * 1000:.0f} ms", "the whole command's work but starting Python and loading the index"))
    rows.append((f"database: save one report (3 events) into {n:,} events",
                 f"{statistics.median(saves) * 1000:.0f} ms",
                 f"{file_save:.1f} s rewriting the files at {baseline_n:,} events (the file store's way)"))
    rows.append((f"database: read {n:,} events (whole / after one more save)", f"{first_read:.1f} / {catch_up:.1f} s",
                 f"building the store: {built:.0f} s in one transaction"))
    return rows


def _naive_map(df) -> str:
    """The usual folium dashboard: one Marker with its own popup HTML per event."""
    import html as html_lib

    import folium

    fmap = folium.Map(location=[49, 32], zoom_start=5)
    for row in df.itertuples(index=False):
        text = f"<b>{html_lib.escape(row.place)}</b><br>{row.event_date}<br>{html_lib.escape(str(row.evidence))}"
        folium.Marker([row.latitude, row.longitude], popup=folium.Popup(text, max_width=300)).add_to(fmap)
    return fmap.get_root().render()


def map_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Map build time and page weight against one folium Marker per event."""
    from dashboard.demo import make_demo_events
    from dashboard.map_view import MapData, build_map, payload_json

    rows = []
    full = make_demo_events(100_000, 7)
    for n in (1_000, 10_000, 100_000):
        df = full.head(n).reset_index(drop=True)
        t = time.perf_counter()
        data = payload_json(MapData(df).payload())
        page = build_map(df, payload_url="data.json").get_root().render()
        ours = time.perf_counter() - t
        size = (len(data) + len(page)) / 1e6
        if n <= (1_000 if quick else 10_000):
            t = time.perf_counter()
            naive_page = _naive_map(df)
            naive = time.perf_counter() - t
            base = f"{naive:.2f} s, {len(naive_page) / 1e6:.1f} MB with a folium Marker per event ({naive / ours:.0f}x slower, {len(naive_page) / 1e6 / size:.0f}x larger)"
        else:
            base = "naive Marker per event not run at this size (minutes)"
        rows.append((f"map: build and page weight, {n:,} events", f"{ours:.2f} s, {size:.1f} MB", base))
    return rows


_SERVER_RUN = """
import json, os, resource, sys, time
from streamlit.testing.v1 import AppTest
os.environ["STRIKEMAP_DATA"] = sys.argv[1]
at = AppTest.from_file(sys.argv[2], default_timeout=300)
t = time.perf_counter(); at.run(); cold = time.perf_counter() - t
t = time.perf_counter(); at.run(); warm = time.perf_counter() - t
at.multiselect(key="sides").set_value(["Russia"])
t = time.perf_counter(); at.run(); change = time.perf_counter() - t
print(json.dumps({"cold": cold, "warm": warm, "change": change,
                  "rss_mb": RSS(), "error": bool(at.exception)}))
"""


def app_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Server time of the dashboard script: cold start, a rerun, a filter change; memory."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in ((10_000,) if quick else (10_000, 100_000)):
            folder = Path(tmp) / str(n)
            _demo_store(n, folder)
            runs = []
            for _ in range(2):  # a new process each time; the first also fills the on-disk caches
                out = subprocess.run([sys.executable, "-c", _RSS + _SERVER_RUN, str(folder),
                                      str(ROOT / "dashboard" / "app.py")],
                                     capture_output=True, text=True, cwd=ROOT, check=True)
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            first, f = runs
            rows.append((f"app: server time at {n:,} events (cold start / rerun / filter change)",
                         f"{f['cold']:.2f} / {f['warm']:.2f} / {f['change']:.2f} s",
                         f"first start after a new store {first['cold']:.2f} s; resident memory {f['rss_mb']:.0f} MB"
                         + (" (ERROR)" if f["error"] or first["error"] else "")))
    return rows


@contextlib.contextmanager
def running_app(data: Path, timeout: float = 90, port: int = 0) -> Iterator[tuple[str, subprocess.Popen]]:
    """The dashboard on ``port`` (else a free port) of 127.0.0.1 serving ``data``: (its URL, its process)."""
    import socket
    import urllib.request

    if not port:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
    env = dict(os.environ, STRIKEMAP_DATA=str(data))
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the app did not start: " + proc.stderr.read().decode(errors="replace")[-2000:])
                time.sleep(0.3)
        yield url, proc
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()


def browser_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Headless Chromium: time from opening the page to all markers drawn."""
    import shutil

    chromium = os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return [("browser: page to markers drawn", "skipped", f"no Chromium at {chromium}")]
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in ((10_000,) if quick else (10_000, 100_000)):
            folder = Path(tmp) / str(n)
            _demo_store(n, folder)
            with running_app(folder) as (url, _):
                with sync_playwright() as pw:
                    browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
                    times = []
                    for _ in range(2):  # the first visit also warms the server's caches
                        page = browser.new_page(viewport={"width": 1400, "height": 1000})
                        t = time.perf_counter()
                        page.goto(url)
                        frame = page.wait_for_selector("iframe[title*='st_folium']", state="attached",
                                                       timeout=300_000).content_frame()
                        frame.wait_for_function("() => window.map && window.L", timeout=300_000, polling=50)
                        created = time.perf_counter() - t
                        frame.wait_for_function("() => window.map.strikeLayer && window.map.strikeLayer.drawn > 0",
                                                timeout=300_000, polling=50)
                        times.append((time.perf_counter() - t, created))
                        page.close()
                    browser.close()
            total, created = times[-1]
            rows.append((f"browser: page open to {n:,} markers drawn", f"{total:.2f} s",
                         f"of which {total - created:.2f} s from the map's creation (data fetch and drawing); "
                         f"first visit {times[0][0]:.2f} s"))
    return rows


_CHILD_IMPORT = """
import json, sys, time
from pathlib import Path
t = time.perf_counter()
if sys.argv[2] == "pandas":
    import pandas as pd
    rows = len(pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False))
    stored = 0.0
else:
    from dashboard.importers import read_import
    from dashboard.store import Store
    events = read_import(Path(sys.argv[1]), "acled").events
    rows = len(events)
    s = time.perf_counter()
    Store(Path(sys.argv[3]), seed=False).import_events(events)
    stored = time.perf_counter() - s
peak = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) / 1024
print(json.dumps({"seconds": time.perf_counter() - t, "stored": stored, "rows": rows, "peak_mb": peak}))
"""


def import_figures(quick: bool) -> list[tuple[str, str, str]]:
    """An ACLED-shaped export imported end to end as ``strikemap import`` does it (read, checked,
    stored in a new SQLite store), with the read and the store's write apart, beside
    pandas.read_csv alone; and the Air Force dataset's import when it is beside the project."""
    from dashboard.import_samples import write_acled_like

    rows = 20_000 if quick else 200_000
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        path = write_acled_like(Path(tmp) / "acled.csv", rows)
        size_mb = path.stat().st_size / 1e6
        figures = {}
        for how in ("pandas", "import"):
            out = subprocess.run([sys.executable, "-c", _CHILD_IMPORT, str(path), how, str(Path(tmp) / how)],
                                 capture_output=True, text=True, cwd=ROOT, check=True)
            figures[how] = json.loads(out.stdout.strip().splitlines()[-1])
        ours, theirs = figures["import"], figures["pandas"]
        read = ours["seconds"] - ours["stored"]
        table.append((f"import: {rows:,} ACLED-shaped rows ({size_mb:.0f} MB) end to end",
                      f"{ours['seconds']:.1f} s, {rows / ours['seconds']:,.0f}/s",
                      f"{theirs['seconds']:.1f} s pandas.read_csv alone, no checks, places or store"))
        table.append(("import: of which read + check", f"{read:.1f} s, {rows / read:,.0f}/s", ""))
        table.append(("import: of which the store's write", f"{ours['stored']:.1f} s, {rows / ours['stored']:,.0f}/s",
                      "one transaction; SQLite"))
        table.append(("import: peak memory", f"{ours['peak_mb']:.0f} MB", f"{theirs['peak_mb']:.0f} MB pandas.read_csv"))
        airforce = ROOT.parent / "shared" / "data" / "airforce" / "missile_attacks_daily.csv"
        if airforce.exists():
            from dashboard.importers import read_airforce
            from dashboard.store import Store

            t = time.perf_counter()
            result = read_airforce(airforce, rejects=Path(tmp) / "rejects.csv")
            Store(Path(tmp) / "airforce", seed=False).save_attack_records(result.records, airforce.name)
            seconds = time.perf_counter() - t
            t = time.perf_counter()
            import pandas as pd

            pd.read_csv(airforce, dtype=str)
            table.append((f"import: Air Force dataset, {len(result.records):,} attack records", f"{seconds:.1f} s",
                          f"{time.perf_counter() - t:.2f} s pandas.read_csv alone"))
    return table


SECTIONS = {"geocoder": geocoder_figures, "extraction": extraction_figures, "store": store_figures,
            "database": database_figures, "map": map_figures, "app": app_figures, "browser": browser_figures,
            "import": import_figures}


def run(quick: bool = False, sections: list[str] | None = None) -> str:
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)  # declaring map assets outside a running app warns
    sections = sections or list(SECTIONS)
    table: list[tuple[str, str, str]] = []
    for name in sections:
        table += SECTIONS[name](quick)
    width = max(len(r[0]) for r in table)
    lines = [f"Strike Map benchmark ({'quick' if quick else 'full'}) on {os.cpu_count()} cores, Python {sys.version.split()[0]}",
             f"{'measure'.ljust(width)}  {'Strike Map':>14}  baseline"]
    lines += [f"{m.ljust(width)}  {v:>14}  {b}" for m, v, b in table]
    return "\n".join(lines)
