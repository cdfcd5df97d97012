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
    t = time.perf_counter()
    geocoder.gazetteer.build_search_indexes()
    rows.append(("geocoder: typo and hromada indexes, built on first use", f"{time.perf_counter() - t:.2f} s",
                 "once per process, when the first unknown name or hromada is looked up"))
    # Lookups are timed in processor time (time.process_time): one core's work, whatever else
    # the machine runs. Rounds after the first find their answers kept (a list repeats its
    # names); then the same names each new, every memo of names and hints emptied before a pass
    # (the indexes stay built), best of three.
    clock = time.process_time
    rounds = 3 if quick else 10
    t = clock()
    for _ in range(rounds):
        for name in names:
            geocoder.resolve(name)
    per_second = rounds * len(names) / (clock() - t)
    distinct = list(dict.fromkeys(names))
    passes = []
    for _ in range(3):
        geocoder.gazetteer.forget_queries()
        t = clock()
        for name in distinct:
            geocoder.resolve(name)
        passes.append(len(distinct) / (clock() - t))
    # Baseline: what a gazetteer without an index does, comparing the name with every entry.
    entries = [(key, idx) for key, items in geocoder.gazetteer.exact.items() for idx, _ in items]
    sample = names[: 50 if quick else 200]
    t = clock()
    for name in sample:
        key = normalize(name)
        [idx for k, idx in entries if k == key]
    scan_per_second = len(sample) / (clock() - t)
    rows.append((f"geocoder: lookups per second, {rounds} rounds of {len(names):,} names (answers kept)",
                 f"{per_second:,.0f}/s", f"{scan_per_second:,.0f}/s scanning all {len(entries):,} names"))
    # Processor time still slows when other work shares the cores (caches, memory bandwidth):
    # the load average says how busy they were.
    rows.append((f"geocoder: lookups per second, each of {len(distinct):,} names new (memos emptied)",
                 f"{max(passes):,.0f}/s", f"{scan_per_second:,.0f}/s scanning; load average {os.getloadavg()[0]:.1f}"))
    rows += _names_figures(geocoder, quick)
    rows += _reverse_figures(geocoder, quick)
    return rows


def _names_figures(geocoder, quick: bool) -> list[tuple[str, str, str]]:
    """Names as event lists write them, with their region and country columns: lookups per
    second beside the same names without the columns."""
    import csv

    rows = list(csv.DictReader((ROOT / "tests" / "geocoding" / "names.csv").open(encoding="utf-8")))
    rounds = 2 if quick else 5

    def rate(with_hints: bool) -> float:
        t = time.perf_counter()
        for _ in range(rounds):
            for r in rows:
                hints = {"region": r["region_hint"] or None, "country": r["country_hint"] or None} if with_hints else {}
                geocoder.resolve(r["name"], **hints)
        return rounds * len(rows) / (time.perf_counter() - t)

    bare = rate(False)
    hinted = rate(True)
    return [(f"geocoder: names as lists write them, with their columns ({len(rows)} names)", f"{hinted:,.0f}/s",
             f"{bare:,.0f}/s without the columns")]


def _reverse_figures(geocoder, quick: bool) -> list[tuple[str, str, str]]:
    """Reverse geocoding of a column of points (vectorised grid) beside one point at a time."""
    import numpy as np

    from dashboard.reverse_geocode import NearestPlaces

    nearest = NearestPlaces(geocoder.gazetteer)
    t = time.perf_counter()
    nearest.nearest_many([50.45], [30.52])  # builds the grid
    build = time.perf_counter() - t
    rng = np.random.default_rng(0)
    n = 100_000 if quick else 500_000
    lat, lon = rng.uniform(44.5, 52.3, n), rng.uniform(22.2, 40.2, n)
    t = time.perf_counter()
    nearest.nearest_many(lat, lon)
    many = n / (time.perf_counter() - t)
    sample = 1_000 if quick else 3_000
    t = time.perf_counter()
    for i in range(sample):
        nearest.nearest(lat[i], lon[i])
    one = sample / (time.perf_counter() - t)
    return [("geocoder: reverse geocoding, points per second (vectorised grid)", f"{many:,.0f}/s",
             f"{one:,.0f}/s one point at a time; grid built in {build:.2f} s")]


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
    from dashboard.extract.lexicon import lexicon
    from dashboard.extract.places import preload
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
    for language, name, warm_up in (("en", "English", "Russian drones struck Odesa overnight on 3 February."),
                                    ("uk", "Ukrainian", "Російський дрон атакував Харків 3 лютого."),
                                    ("ru", "Russian", "ВСУ обстреляли Белгород 3 февраля.")):
        corpus = _reports_in(language)
        if not corpus:
            continue
        # A language's lexicon, dictionaries and date names load on its first report, and the
        # gazetteer's stem, typo and hromada indexes on the first name that needs them: start-up,
        # as the seed's above.
        extract(Report(warm_up, date(2025, 2, 12)), geocoder)
        preload(geocoder, lexicon(language).morphology)
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
    # One long report (a digest pasted whole): reading it must stay linear in its length.
    size = 250_000 if quick else 1_000_000
    long_report = [Report((seed + "\n") * (size // (len(seed) + 1)), date(2025, 2, 12))]
    megabytes = len(long_report[0].text) / 1e6
    rows.append((f"extraction: one {megabytes:.2f} MB report, megabytes per second (one core)",
                 f"{rate(long_report, lambda r: extract(r, geocoder)) * megabytes:,.2f} MB/s",
                 f"{rate(long_report, lambda r: split_sentences(r.text)) * megabytes:,.2f} MB/s only splitting sentences"))
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


def _json_view(df, rows=None) -> str:
    """The baseline for the map's data: what the page sent before the typed arrays, a view's JSON
    columns (rounded coordinates, codes, dictionary-encoded text without the evidence above
    20,000 events, sparse counts), built and sent again on every filter change."""
    import numpy as np
    import pandas as pd

    view = df if rows is None else df.iloc[rows]
    out = {"lat": view["latitude"].round(4).tolist(), "lon": view["longitude"].round(4).tolist(),
           "side": pd.factorize(view["attacker"])[0].tolist(), "prec": pd.factorize(view["geo_precision"])[0].tolist(),
           "ids": "".join(view["event_id"]), "text": {}, "counts": {}}
    for name in ("place", "location_text", "district_of", "admin1", "country", "date_precision", "attacker_basis",
                 "weapons", "damage", "reported_by", "evidence", "source_title", "source_url", "published"):
        if name == "evidence" and len(view) > 20_000:
            continue
        codes, values = pd.factorize(view[name].astype(str))
        out["text"][name] = {"values": values.tolist(), "codes": codes.tolist() if len(values) > 1 else None}
    out["text"]["date"] = [d.isoformat() for d in view["event_date"]]
    for name in ("killed", "injured", "children", "missiles_launched", "missiles_intercepted", "drones_launched",
                 "drones_intercepted"):
        values = view[name].to_numpy(dtype="float64", na_value=np.nan)
        idx = np.flatnonzero(~np.isnan(values))
        out["counts"][name] = {"i": idx.tolist(), "v": values[idx].astype(int).tolist()}
    return json.dumps(out, ensure_ascii=False, separators=(",", ":"))


SIZES = (10_000, 100_000)
_STORES: dict[int, Path] = {}
_STORE_ROOT: list = []


def demo_data(n: int) -> Path:
    """A data folder holding an ``n``-event demo store with its database built, made once per run
    (or kept in STRIKEMAP_BENCH_STORES/N between runs: a million events take many minutes to build)."""
    from dashboard.store import Store

    if n not in _STORES:
        keep = os.environ.get("STRIKEMAP_BENCH_STORES")
        if keep:
            folder = Path(keep) / str(n)
        else:
            if not _STORE_ROOT:
                _STORE_ROOT.append(tempfile.TemporaryDirectory(prefix="strikemap-bench-"))
            folder = Path(_STORE_ROOT[0].name) / str(n)
        if not (folder / "events.csv").exists():
            _demo_store(n, folder)
        Store(folder).version()  # builds the database from the CSV the first time
        _STORES[n] = folder
    return _STORES[n]


def _store_events(folder: Path):
    from dashboard import columnar
    from dashboard.store import Store

    store = Store(folder)
    return columnar.read_events(store.where, store.version(), store.events)


def _a_filter(df):
    from dashboard import filters as flt

    f = flt.Filters(*flt.date_bounds(df))
    f.sides, f.min_casualties = ["Russia"], 1
    return f


def map_figures(quick: bool, sizes=SIZES) -> list[tuple[str, str, str]]:
    """The map's data: bytes sent once per store version against the JSON columns sent per view,
    the encoding's time, and the server's work and bytes per filter change; plus page weight
    against one folium Marker per event."""
    from dashboard import columnar
    from dashboard import filters as flt
    from dashboard.demo import make_demo_events
    from dashboard.map_view import build_map

    rows = []
    for n in (1_000, 10_000):
        df = make_demo_events(n, 7)
        t = time.perf_counter()
        page = build_map(df).get_root().render()
        ours = time.perf_counter() - t
        if n <= (1_000 if quick else 10_000):
            t = time.perf_counter()
            naive_page = _naive_map(df)
            naive = time.perf_counter() - t
            rows.append((f"map: page with its data inline, {n:,} events", f"{ours:.2f} s, {len(page) / 1e6:.1f} MB",
                         f"{naive:.2f} s, {len(naive_page) / 1e6:.1f} MB with a folium Marker per event"))
    for n in sizes:
        df = _store_events(demo_data(n))
        t = time.perf_counter()
        bundle = columnar.MapBundle.encode(df)
        encode = time.perf_counter() - t
        t = time.perf_counter()
        whole = _json_view(df)
        json_whole = time.perf_counter() - t
        text_mb = sum(len(c.encode("utf-8")) for c in bundle.chunks) / 1e6
        rows.append((f"map: data sent to the browser, once per store version, {n:,} events",
                     f"{len(bundle.binary) / 1e6:.1f} MB",
                     f"{len(whole) / 1e6:.1f} MB JSON columns, sent again for each view (previous approach); popup "
                     f"text {text_mb:.0f} MB stays in {len(bundle.chunks):,} files fetched one per click"))
        rows.append((f"map: encoding, once per store version, {n:,} events", f"{encode:.2f} s",
                     f"{json_whole:.2f} s for the JSON columns"))
        f = _a_filter(df)
        view = flt.apply(df, f)
        t = time.perf_counter()
        spec = json.dumps(columnar.filter_spec(bundle.header, f.start, f.end, f.sides, f.weapons, f.regions,
                                               f.min_casualties))
        ours = time.perf_counter() - t
        t = time.perf_counter()
        with_q = json.dumps(columnar.filter_spec(bundle.header, f.start, f.end, f.sides, f.weapons, f.regions,
                                                 f.min_casualties, rows=view.index.to_numpy()))
        ours_q = time.perf_counter() - t
        t = time.perf_counter()
        again = _json_view(df, view.index.to_numpy())
        baseline = time.perf_counter() - t
        rows.append((f"map: server work and bytes per filter change, {n:,} events",
                     f"{ours * 1e3:.1f} ms, {len(spec)} B",
                     f"{baseline:.2f} s, {len(again) / 1e6:.1f} MB rebuilding the view's JSON (previous approach); "
                     f"with a text search {ours_q * 1e3:.1f} ms, {len(with_q) / 1e3:.0f} kB"))
    return rows


_CHILD_READ = """
import json, sys, time
t = time.perf_counter()
from pathlib import Path
from dashboard import columnar
from dashboard.store import Store
store = Store(Path(sys.argv[1]))
version = store.version()
t = time.perf_counter()
df = columnar.read_events(store.where, version, store.events) if sys.argv[2] == "parquet" else store.events()
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": RSS(), "rows": len(df)}))
"""

_SERVER_RUN = """
import json, os, resource, sys, time
from streamlit.testing.v1 import AppTest
os.environ["STRIKEMAP_DATA"] = sys.argv[1]
at = AppTest.from_file(sys.argv[2], default_timeout=600)
t = time.perf_counter(); at.run(); cold = time.perf_counter() - t
t = time.perf_counter(); at.run(); warm = time.perf_counter() - t
at.multiselect(key="sides").set_value(["Russia"])
t = time.perf_counter(); at.run(); change = time.perf_counter() - t
error = bool(at.exception)
VIEWS = [(["Russia", "Ukraine"], [], "", 0), (["Russia"], [], "", 0), (["Ukraine"], [], "", 0),
         (["Russia", "Ukraine"], [], "", 1), (["Russia", "Ukraine"], ["drone"], "", 0),
         (["Russia", "Ukraine"], [], "kyiv", 0), (["Russia"], [], "", 1),
         (["Russia", "Ukraine"], ["ballistic missile"], "", 0), (["Ukraine"], ["drone"], "", 0),
         (["Russia"], [], "oblast", 0)]
rounds = []
for _ in range(2):  # ten readers' views in turn, as a shared server sees them; the second round finds them computed
    t = time.perf_counter()
    for sides, weapons, q, least in VIEWS:
        at.multiselect(key="sides").set_value(sides); at.multiselect(key="weapons").set_value(weapons)
        at.text_input(key="q").set_value(q); at.number_input(key="min_casualties").set_value(least)
        at.run()
        error = error or bool(at.exception)
    rounds.append((time.perf_counter() - t) / len(VIEWS))
print(json.dumps({"cold": cold, "warm": warm, "change": change, "views": rounds,
                  "rss_mb": RSS(), "error": error}))
"""


_AFTER_SAVE = """
import json, sys, time
from pathlib import Path
from dashboard.bench import save_one_report
from dashboard.shared_views import StoreVersion
from dashboard.store import Store
folder = Path(sys.argv[1])
from dashboard.cache import cache_dir
from dashboard.shared_views import map_files
held = StoreVersion(folder, Store(folder).version())  # a server showing the store
held.map_data()
held.events  # every column read: a server that started from the database reads the rest after its first page
import threading
for thread in threading.enumerate():
    if thread.name.startswith("events-rest"):
        thread.join()
before = set(cache_dir().rglob("*"))
save_one_report(Store(folder))
t = time.perf_counter()
StoreVersion(folder, Store(folder).version()).map_data()  # the next page: the new version's events and map
seconds = time.perf_counter() - t
peak = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) / 1024
getattr(map_files(), "wait", lambda: None)()
for path in set(cache_dir().rglob("*")) - before:  # the next run's save makes this version again
    if path.is_file():
        path.unlink()
print(json.dumps({"seconds": seconds, "rss_mb": RSS(), "peak_mb": peak}))
"""


_FIRST_START = """
import json, os, resource, sys, time
from streamlit.testing.v1 import AppTest
os.environ["STRIKEMAP_DATA"] = sys.argv[1]
at = AppTest.from_file(sys.argv[2], default_timeout=900)
cpu = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
t, c = time.perf_counter(), cpu(); at.run(); seconds, cpu_seconds = time.perf_counter() - t, cpu() - c
import threading
for thread in threading.enumerate():  # the popups' text, the rest of the columns and their copy, after the page
    if thread.name.startswith(("map-text-", "events-rest")):
        thread.join()
peak = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) / 1024
print(json.dumps({"seconds": seconds, "cpu": cpu_seconds, "peak_mb": peak, "error": bool(at.exception)}))
"""


def _first_start(folder: Path, root: Path) -> dict:
    """A server's first page with nothing but the database: the dashboard of the checkout ``root``
    in a new process whose cache folder is empty (no columnar copy, no map data, no pickles, no
    gazetteer index), and that process's peak memory, the popups' text written after the page
    included."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    env.pop("STRIKEMAP_DATABASE_URL", None)
    with tempfile.TemporaryDirectory(prefix="strikemap-empty-cache-") as cache:
        env["STRIKEMAP_CACHE"] = cache
        out = subprocess.run([sys.executable, "-c", _FIRST_START, str(folder), str(root / "dashboard" / "app.py")],
                             capture_output=True, text=True, cwd=root, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _after_save(folder: Path, root: Path) -> dict:
    """``_AFTER_SAVE`` run by the checkout ``root`` on a copy of ``folder``'s database (at the same
    place each time, so its columnar copy of the version before the save is found again, in a
    cache folder of each checkout's own: one version's pruning never takes the other's copies)."""
    import shutil

    copy = folder.parent / f"{folder.name}-saved"
    copy.mkdir(exist_ok=True)
    for path in copy.glob("strikemap.sqlite3*"):
        path.unlink()
    shutil.copy(folder / "events.csv", copy / "events.csv")
    shutil.copy(folder / "strikemap.sqlite3", copy / "strikemap.sqlite3")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
    env.pop("STRIKEMAP_DATABASE_URL", None)
    env["STRIKEMAP_CACHE"] = str(folder.parent / f"{folder.name}-saved-cache-{'this' if root == ROOT else 'baseline'}")
    out = subprocess.run([sys.executable, "-c", _RSS + _AFTER_SAVE, str(copy)], capture_output=True, text=True,
                         cwd=root, env=env, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _server_runs(folder: Path, root: Path) -> list[dict]:
    """The dashboard of the checkout ``root`` run twice in AppTest on ``folder`` (a new process each
    time; the first also fills the on-disk caches): ``_SERVER_RUN``'s figures of each."""
    runs = []
    for _ in range(2):
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root)] + [p for p in [os.environ.get("PYTHONPATH")] if p]))
        out = subprocess.run([sys.executable, "-c", _RSS + _SERVER_RUN, str(folder), str(root / "dashboard" / "app.py")],
                             capture_output=True, text=True, cwd=root, env=env, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs


def app_figures(quick: bool, sizes=SIZES) -> list[tuple[str, str, str]]:
    """The store read at a cold start (Parquet copy against the store read into Python objects); a
    server's first page with an empty cache; then the dashboard script's server time: cold start, a
    rerun, a filter change; memory; a rerun through ten views in turn. With
    STRIKEMAP_BENCH_BASELINE=DIR that checkout's script is measured too, right after this one, for
    the first page with an empty cache and the last, and both measure what a save costs the next
    page (the new version's events read, its map data written) on a copy of the store."""
    baseline = os.environ.get("STRIKEMAP_BENCH_BASELINE")
    rows = []
    for n in ((SIZES[0],) if quick else sizes):
        folder = demo_data(n)
        read = {}
        for how in ("parquet", "parquet", "store", "store"):  # the first of each also fills its disk cache
            out = subprocess.run([sys.executable, "-c", _RSS + _CHILD_READ, str(folder), how], capture_output=True,
                                 text=True, cwd=ROOT, check=True)
            read[how] = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append((f"app: cold start's read of {n:,} events, resident memory",
                     f"{read['parquet']['seconds']:.2f} s, {read['parquet']['rss_mb']:.0f} MB",
                     f"{read['store']['seconds']:.2f} s, {read['store']['rss_mb']:.0f} MB reading the store itself "
                     "into Python objects (Store.events)"))
        empty = _first_start(folder, ROOT)
        than = "-"
        if baseline:
            base = _first_start(folder, Path(baseline).resolve())
            than = (f"{base['seconds']:.2f} s ({base['cpu']:.1f} s CPU), {base['peak_mb']:.0f} MB peak previous "
                    "version" + (" (ERROR)" if base["error"] else ""))
        rows.append((f"app: first start with an empty cache (nothing but the database), {n:,} events",
                     f"{empty['seconds']:.2f} s ({empty['cpu']:.1f} s CPU), {empty['peak_mb']:.0f} MB peak"
                     + (" (ERROR)" if empty["error"] else ""), than))
        first, f = _server_runs(folder, ROOT)
        rows.append((f"app: server time at {n:,} events (cold start / rerun / filter change)",
                     f"{f['cold']:.2f} / {f['warm']:.2f} / {f['change']:.2f} s",
                     f"first start after a new store {first['cold']:.2f} s; resident memory {f['rss_mb']:.0f} MB"
                     + (" (ERROR)" if f["error"] or first["error"] else "")))
        computing, computed = f["views"]
        than = f"{computing:.2f} s the first time round, each view computed"
        if baseline:
            base = _server_runs(folder, Path(baseline).resolve())[1]
            than = (f"{base['views'][1]:.2f} s previous version ({base['views'][0]:.2f} s the first time round; "
                    f"this version {computing:.2f} s)" + (" (ERROR)" if base["error"] else ""))
        rows.append((f"app: a rerun through ten views in turn, second time round, {n:,} events", f"{computed:.2f} s",
                     than))
        if baseline:
            ours = _after_save(folder, ROOT)
            base = _after_save(folder, Path(baseline).resolve())
            rows.append((f"app: a save's new version read and its map data written, {n:,} events",
                         f"{ours['seconds']:.2f} s, {ours['peak_mb']:.0f} MB",
                         f"{base['seconds']:.2f} s, {base['peak_mb']:.0f} MB previous version (the process's peak "
                         "memory, holding both versions)"))
    return rows


@contextlib.contextmanager
def running_app(data: Path, timeout: float = 90, port: int = 0, root: Path = ROOT) -> Iterator[tuple[str, subprocess.Popen]]:
    """The dashboard on ``port`` (else a free port) of 127.0.0.1 serving ``data``: (its URL, its process).
    ``root``: the checkout whose code runs (another version, to measure it beside this one)."""
    import socket
    import urllib.request

    if not port:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
    env = dict(os.environ, STRIKEMAP_DATA=str(data))
    if root != ROOT:
        env["PYTHONPATH"] = os.pathsep.join([str(root)] + [p for p in [os.environ.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(root / "dashboard" / "app.py"),
                             "--server.port", str(port), "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


# In the page at its opening view: redraws as counts per area and as every point, taken in turns so
# both meet the same load; the median of nine of each.
_DENSITY_AGAINST_POINTS = """() => {
    const layer = window.map.strikeLayer, keep = layer.densityZoom, density = [], every = [];
    for (let k = 0; k < 18; k++) {
        layer.densityZoom = k % 2 ? 0 : 99;
        layer.redraw();
        (k % 2 ? every : density).push([layer.drawMs, layer.binMs, layer.cells.length]);
    }
    layer.densityZoom = keep; layer.redraw();
    const median = (runs) => runs.sort((a, b) => a[0] - b[0])[4];
    const d = median(density);
    return [d[0], median(every)[0], d[1], d[2], window.map.getZoom()];
}"""


# Zoomed in where the events are thickest (every point drawn, no counts per area): a redraw with the
# points on the GPU against the same layer drawing them on its 2D canvas, by turns, the median of five
# each; the GPU's work is waited for (a pixel read back), so its time is all counted.
_GPU_AGAINST_CANVAS = r"""(zoom) => {
    const layer = window.map.strikeLayer, map = window.map;
    map.setView(layer.latLng(0), zoom, {animate: false});
    if (!layer._points) { layer.options.webgl = "any"; layer._wantGL = true; }  // a software GPU too, to measure it
    if (!layer._webgl()) { return null; }
    layer._fit(); layer._points.prepare(layer);
    const points = layer._points, gpu = [], cpu = [], px = new Uint8Array(4);
    for (let k = 0; k < 10; k++) {
        const t = performance.now();
        if (k % 2) { layer._points = null; layer.redraw(); layer._points = points; }
        else { layer.redraw(); points.gl.readPixels(0, 0, 1, 1, points.gl.RGBA, points.gl.UNSIGNED_BYTE, px); }
        (k % 2 ? cpu : gpu).push(performance.now() - t);
    }
    layer.redraw();
    const median = (runs) => runs.sort((a, b) => a - b)[2];
    const info = points.gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(points.gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : points.gl.RENDERER));
    return [median(gpu), median(cpu), layer.drawn, layer._dense, name.replace(/^ANGLE \((.*)\)$/, "$1").slice(0, 60)];
}"""

_CACHED = """() => caches.open('strikemap-map-data').then(c => c.keys()).then(k => k.length)"""


def _browser_visits(url: str, chromium: str, df, later: int = 3) -> dict:
    """A first visit, then ``later`` visits in the same browser (the map's data from its cache):
    page open to drawn each time; on the last visit the filters, the zoomed-out view, the GPU and
    the memory."""
    from playwright.sync_api import sync_playwright

    from dashboard import columnar
    from dashboard.columnar import filter_spec

    out: dict = {"visits": []}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                                                      "--enable-precise-memory-info"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        for visit in range(1 + later):
            page = context.new_page()
            marks: dict = {}
            t = time.perf_counter()
            page.on("websocket", lambda ws, marks=marks, t=t: _mark_first_run(ws, marks, t))
            page.goto(url)
            frame = page.wait_for_selector("iframe[title*='st_folium']", state="attached",
                                           timeout=900_000).content_frame()
            frame.wait_for_function("() => window.map && window.map.strikeLayer && window.map.strikeLayer.drawn > 0",
                                    timeout=900_000, polling=50)
            # Times in the page, from its navigation: Playwright's polling runs on the page's main
            # thread too, so it sees the drawing late when Streamlit is rendering the rest of the page.
            steps = frame.evaluate("() => window.map.strikeLayer.marks || null")
            origin = page.evaluate("() => performance.timeOrigin")
            made = frame.evaluate("() => performance.timeOrigin") - origin
            created = steps["start"] - origin
            total = created + sum(steps[k] for k in ("fetch", "decode", "build", "filter", "draw"))
            out["visits"].append((total / 1000, created / 1000, dict(marks, frame=made / 1000), steps))
            if visit == 0:  # a reader stays longer than the benchmark: let the browser finish caching the data
                with contextlib.suppress(Exception):
                    frame.wait_for_function(_CACHED, timeout=60_000, polling=200)
            if visit == later:
                # on a settled page: the rest of the page may still be rendering once the map has drawn
                with contextlib.suppress(Exception):
                    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)
                page.wait_for_timeout(1000)
                header = columnar.MapBundle.encode(df.head(1)).header  # the codes, not the data
                f = _a_filter(df)
                spec = filter_spec(header, f.start, f.end, f.sides, f.weapons, f.regions, f.min_casualties)
                filtered = [frame.evaluate("(s) => { StrikeMapFilter(s); return window.map.strikeLayer.filterMs; }",
                                           spec if k % 2 == 0 else None) for k in range(6)]
                out["filter_ms"] = sorted(filtered)[len(filtered) // 2]
                out["load_ms"] = frame.evaluate("() => window.map.strikeLayer.loadMs")
                out["zoomed_out"] = frame.evaluate(_DENSITY_AGAINST_POINTS)
                out["heap"] = frame.evaluate("() => performance.memory ? performance.memory.usedJSHeapSize : 0")
                out["data_url"] = frame.evaluate("() => new URL(window.map.strikeLayer.data.textUrl + '.bin', location.href).href")
                out["gpu"] = frame.evaluate("() => typeof window.map.strikeLayer._webgl === 'function'") \
                    and frame.evaluate(_GPU_AGAINST_CANVAS, 10)
            page.close()
        browser.close()
    return out


def _bare_layer_loads(chromium: str, data: bytes, roots: list[Path], rounds: int = 5) -> list[list[float]]:
    """The map's own loading (data read from the browser's cache, decoded, arrays, filters, first
    drawing, controls) in a page holding nothing but the map, 1400x900 at the same opening view,
    with each root's layer script by turns: each root's times (ms), after one load that fills the cache."""
    import functools
    import http.server
    import threading

    import xstatic.pkg.leaflet
    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    times: list[list[float]] = [[] for _ in roots]
    with tempfile.TemporaryDirectory(prefix="strikemap-bare-") as tmp:
        folder = Path(tmp)
        (folder / "map.bin").write_bytes(data)
        (folder / "leaflet.js").write_bytes((Path(xstatic.pkg.leaflet.BASE_DIR) / "leaflet.js").read_bytes())
        for k, root in enumerate(roots):
            (folder / f"layer{k}.js").write_bytes((root / "dashboard" / "static" / "strike_layer.js").read_bytes())
            (folder / f"page{k}.html").write_text(
                "<html><body style='margin:0'><div id='m' style='width:1400px;height:900px'></div>"
                f"<script src='leaflet.js'></script><script src='layer{k}.js'></script><script>"
                "window.map = L.map('m').setView([48.5, 33], 6); StrikeMapLoad(window.map, {url: 'map.bin'}, {});"
                "</script></body></html>")
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=tmp))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                for turn in range((rounds + 1) * len(roots)):
                    k = turn % len(roots)
                    page = context.new_page()
                    page.goto(f"http://127.0.0.1:{server.server_address[1]}/page{k}.html")
                    page.wait_for_function("() => window.map.strikeLayer && window.map.strikeLayer.loadMs > 0",
                                           timeout=300_000, polling=50)
                    if turn < len(roots):  # the first load fetches the data: let the cache take it
                        with contextlib.suppress(Exception):
                            page.wait_for_function(_CACHED, timeout=60_000, polling=200)
                    else:
                        times[k].append(page.evaluate("() => window.map.strikeLayer.loadMs"))
                    page.close()
                browser.close()
        finally:
            server.shutdown()
    return times


def browser_figures(quick: bool, sizes=SIZES) -> list[tuple[str, str, str]]:
    """Headless Chromium: page open to markers drawn (a first visit, then later visits reading the
    map's data from the browser's cache), a filter applied and redrawn in the page (against
    fetching and decoding the data again, as a rebuilt map did), the points drawn by the GPU
    against the canvas, the tab's and the server's memory. With STRIKEMAP_BENCH_BASELINE=DIR (a
    checkout of another version, e.g. main) that version is measured too, after this one at each size, in the same run
    (before it with STRIKEMAP_BENCH_BASELINE_FIRST=1)."""
    import shutil

    chromium = os.environ.get("STRIKEMAP_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return [("browser: page to markers drawn", "skipped", f"no Chromium at {chromium}")]
    baseline = os.environ.get("STRIKEMAP_BENCH_BASELINE")
    roots = [ROOT] + ([Path(baseline).resolve()] if baseline else [])

    rows = []
    for n in ((SIZES[0],) if quick else sizes):
        folder = demo_data(n)
        df = _store_events(folder)
        runs = {}
        # STRIKEMAP_BENCH_BASELINE_FIRST=1 measures the baseline first (the order moves the figures)
        for root in (roots[::-1] if os.environ.get("STRIKEMAP_BENCH_BASELINE_FIRST") else roots):
            with running_app(folder, timeout=900, root=root) as (url, proc):
                run = _browser_visits(url, chromium, df)
                if root == ROOT and baseline:  # the map's data, to load it in a bare page below
                    import urllib.request

                    with urllib.request.urlopen(run["data_url"], timeout=600) as resp:
                        run["data"] = resp.read()
                run["server_mb"] = int(Path(f"/proc/{proc.pid}/status").read_text().split("VmRSS:")[1].split()[0]) / 1024
                run["load"] = os.getloadavg()[0]
            runs[root] = run
        ours, base = runs[ROOT], (runs[roots[1]] if len(roots) > 1 else None)
        if base:
            bare = _bare_layer_loads(chromium, ours["data"], roots)
            mine, theirs = (sorted(t)[len(t) // 2] for t in bare)
            rows.append((f"browser: the map's own loading and first drawing, {n:,} events", f"{mine:.0f} ms",
                         f"{theirs:.0f} ms previous version's layer; a page holding only the map, data from the "
                         f"browser's cache, median of {len(bare[0])} by turns"))

        def opened(run):
            later = sorted(v[0] for v in run["visits"][1:])
            return later[len(later) // 2], later[0], later[-1], run["visits"][0][0]

        median, low, high, first = opened(ours)
        later = sorted(ours["visits"][1:], key=lambda v: v[0])
        total, created, marks, steps = later[len(later) // 2]  # the median later visit, taken apart
        at = {k: marks.get(k, float("nan")) for k in ("websocket", "map", "run")}
        where = (f"websocket open at {at['websocket']:.2f} s, the map's element received at {at['map']:.2f} s, "
                 f"the server's first run by {at['run']:.2f} s, the map's frame made at {marks['frame']:.2f} s, "
                 f"the map created at {created:.2f} s")
        if steps:
            where += ", then the map's data read {fetch:.0f} ms, decoded {decode:.0f} ms, arrays {build:.0f} ms, " \
                     "filtered {filter:.0f} ms, drawn {draw:.0f} ms, controls {controls:.0f} ms".format(**steps)
        if base:
            b_median, b_low, b_high, b_first = opened(base)
            rows.append((f"browser: page open to {n:,} markers drawn, later visits (median of 3)", f"{median:.2f} s",
                         f"{b_median:.2f} s previous version ({b_low:.2f}-{b_high:.2f}; this version {low:.2f}-{high:.2f}); "
                         f"first visit {first:.2f} s, previous version {b_first:.2f} s; load average "
                         f"{ours['load']:.1f} / {base['load']:.1f}"))
            rows.append((f"browser: where this version's page open went, {n:,} events", "", where))
            fetched = [run["visits"][0][3] or {} for run in (ours, base)]
            rows.append((f"browser: first visit, the map's data downloaded and read, {n:,} events",
                         f"{fetched[0].get('fetch', float('nan')):.0f} ms",
                         f"{fetched[1].get('fetch', float('nan')):.0f} ms previous version"))
            rows.append((f"browser: filter applied and redrawn in the page, {n:,} events", f"{ours['filter_ms']:.0f} ms",
                         f"{base['filter_ms']:.0f} ms previous version; {ours['load_ms']:.0f} ms loading the data again"))
        else:
            rows.append((f"browser: page open to {n:,} markers drawn, later visits (median of 3)", f"{median:.2f} s",
                         f"{where}; first visit {first:.2f} s"))
            rows.append((f"browser: filter applied and redrawn in the page, {n:,} events", f"{ours['filter_ms']:.0f} ms",
                         f"{ours['load_ms']:.0f} ms fetching and decoding the data again, as a rebuilt map did"))
        density, every, binning, cells, zoom = ours["zoomed_out"]
        rows.append((f"browser: zoomed out, counts per area binned and drawn, {n:,} events", f"{density:.1f} ms",
                     f"{every:.1f} ms drawing every point at the same view (zoom {zoom}); of the {density:.1f} ms, "
                     f"projecting and binning {binning:.1f} ms into {cells} areas"))
        if ours.get("gpu"):
            gpu, cpu, drawn, dense, name = ours["gpu"]
            rows.append((f"browser: zoomed in (10), {drawn:,} of {n:,} points redrawn by WebGL", f"{gpu:.1f} ms",
                         f"{cpu:.1f} ms on the 2D canvas, the same layer by turns "
                         f"({'small squares' if dense else 'shapes'}); WebGL drawn by {name}"))
        rows.append((f"memory with {n:,} events: tab (JS heap) / server", f"{ours['heap'] / 1e6:.0f} / {ours['server_mb']:.0f} MB",
                     "the server after four visits" + (f"; previous version {base['heap'] / 1e6:.0f} / "
                                                       f"{base['server_mb']:.0f} MB" if base else "")))
    return rows


def _mark_first_run(ws, marks: dict, started: float) -> None:
    """Note when the page's websocket opened, when the map's element and the server's whole first
    run had arrived."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    marks.setdefault("websocket", time.perf_counter() - started)

    def received(payload) -> None:
        if "run" in marks or not isinstance(payload, (bytes, bytearray)):
            return
        msg = ForwardMsg()
        msg.ParseFromString(payload)
        if ("map" not in marks and msg.WhichOneof("type") == "delta"
                and msg.delta.new_element.component_instance.component_name.endswith("st_folium")):
            marks["map"] = time.perf_counter() - started
        if msg.WhichOneof("type") == "script_finished":
            marks["run"] = time.perf_counter() - started
    ws.on("framereceived", received)


def load_figures(quick: bool) -> list[tuple[str, str, str]]:
    """benchmarks/load_sessions.py on the committed store: the latency of each interaction with
    20 and 50 sessions rerunning the page at once, beside one session alone (the same server's
    latency with nobody else waiting); 50 sessions again on two app processes serving the store,
    and on a 100,000-event demo store.
    With STRIKEMAP_BENCH_BASELINE=DIR, that checkout's app is measured too, right after this one
    (before it with STRIKEMAP_BENCH_BASELINE_FIRST=1), by the same sessions; the server's processor
    time per rerun is beside each, which the machine's other work moves far less than the latency."""
    baseline = os.environ.get("STRIKEMAP_BENCH_BASELINE")
    roots = [ROOT] + ([Path(baseline).resolve()] if baseline else [])
    if os.environ.get("STRIKEMAP_BENCH_BASELINE_FIRST"):
        roots = roots[::-1]

    def run(sessions: int, processes: int = 1, root: Path = ROOT, data: Path = ROOT / "data") -> tuple[str, str]:
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load_sessions.py"), "--sessions",
                              str(sessions), "--seconds", "15" if quick else "40", "--processes", str(processes),
                              "--data", str(data), "--root", str(root)], capture_output=True, text=True, cwd=ROOT)
        lines = out.stdout.splitlines()
        total = next((line for line in lines if line.startswith("total:")), "total: failed " + out.stderr[-200:])
        memory = next((line for line in lines if line.startswith("server memory:")), "")
        cpu = next((line for line in lines if line.startswith("server CPU:")), "server CPU: ?")
        return (total.split("errors, ", 1)[-1],
                memory.split(";")[0].replace("server memory: ", "") + ", CPU " + cpu.replace("server CPU: ", ""))

    def beside(sessions: int, processes: int = 1, data: Path = ROOT / "data") -> tuple[str, str]:
        """This version's latency and, with a baseline, the baseline's in the same minutes."""
        got = {root: (run(sessions, processes, root, data), os.getloadavg()[0]) for root in roots}
        (latency, memory), load = got[ROOT]
        note = f"server {memory}; load average {load:.1f}"
        if baseline:
            (b_latency, b_memory), b_load = got[roots[0] if roots[0] != ROOT else roots[1]]
            note += f"; previous version {b_latency}, server {b_memory}, load average {b_load:.1f}"
        return latency, note

    alone, _ = run(1)
    rows = []
    for sessions in (20, 50):
        latency, note = beside(sessions)
        rows.append((f"load: {sessions} sessions rerunning at once, per interaction", latency,
                     f"{alone} with one session alone; {note}"))
    latency, note = beside(50, processes=2)
    rows.append(("load: 50 sessions on two app processes, per interaction", latency, note))
    if not quick:  # the ten queries' views are large here: what the page shows of each must be kept, not made again
        latency, note = beside(50, data=demo_data(100_000))
        rows.append(("load: 50 sessions at 100,000 events (demo store), per interaction", latency, note))
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


def dask_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Bulk ingest on a local Dask cluster of 1 and 2 worker processes beside the single-process
    ingest of the same sample reports in the same run; each store compared with the single-process one.
    Start-up (workers, their geocoders) is timed apart: at 100,000 reports it is noise."""
    from dashboard.geocode_online import make_geocoder
    from dashboard.ingest import collect_reports, ingest
    from dashboard.ingest_dask import cluster, ingest_bulk, warm_up
    from dashboard.report_samples import write_report_folder
    from dashboard.store import Store

    n = 300 if quick else 3_000
    rows = []

    def exported(store: Store, folder: Path) -> dict[str, bytes]:
        store.export_files(folder)
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    with tempfile.TemporaryDirectory() as tmp:
        manifest = write_report_folder(Path(tmp) / "reports", n, seed=11)
        geocoder = make_geocoder()
        geocoder.geocode("Kharkiv")
        load = os.getloadavg()[0]
        t, single_cpu = time.perf_counter(), time.process_time()
        store = Store(Path(tmp) / "single", url="")
        ingest(collect_reports([manifest]), store, geocoder)
        single, single_cpu = time.perf_counter() - t, time.process_time() - single_cpu
        expected = exported(store, Path(tmp) / "single-files")
        rows.append((f"dask ingest: baseline, single-process ingest of {n:,} sample reports", f"{n / single:.1f}/s",
                     f"{single:.0f} s; load average {load:.1f} on {os.cpu_count()} cores at the start"))
        for workers in (1, 2):
            t = time.perf_counter()
            with cluster(workers) as client:
                client.run(warm_up)
                started = time.perf_counter() - t
                load = os.getloadavg()[0]
                cpu_before, driver_cpu = client.run(time.process_time), time.process_time()
                result = ingest_bulk([manifest], Store(Path(tmp) / f"dask{workers}", url=""), client, batch_size=25)
                driver_cpu = time.process_time() - driver_cpu
                worker_cpu = sum(client.run(time.process_time).values()) - sum(cpu_before.values())
            same = exported(Store(Path(tmp) / f"dask{workers}", url=""), Path(tmp) / f"dask{workers}-files") == expected
            rows.append((f"dask ingest: {n:,} reports on {workers} worker process{'es' if workers > 1 else ''}",
                         f"{n / result.seconds:.1f}/s",
                         f"{n / single:.1f}/s single-process; {result.seconds:.0f} s + {started:.0f} s start-up; "
                         f"store {'identical' if same else 'DIFFERS'}; load {load:.1f}"))
            rows.append((f"dask ingest: per processor-second of the workers ({workers})",
                         f"{n / worker_cpu:.1f}/s", f"{n / single_cpu:.1f}/s single-process (what a core gives "
                                                      "when the machine is shared)"))
            rows.append((f"dask ingest: the driver's processor time per report ({workers})",
                         f"{driver_cpu / n * 1000:.1f} ms",
                         f"{result.store_seconds / n * 1000:.1f} ms wall writing the store: one driver's ceiling "
                         f"{n / max(driver_cpu, result.store_seconds):,.0f} reports/s"))
    return rows


SECTIONS = {"geocoder": geocoder_figures, "extraction": extraction_figures, "store": store_figures,
            "database": database_figures, "map": map_figures, "app": app_figures, "browser": browser_figures,
            "import": import_figures, "dask": dask_figures, "load": load_figures}
OPT_IN = {"dask", "load"}  # slow: only with --only


def run(quick: bool = False, sections: list[str] | None = None, sizes: tuple[int, ...] = SIZES) -> str:
    import inspect
    import logging

    logging.getLogger("streamlit").setLevel(logging.ERROR)  # declaring map assets outside a running app warns
    sections = sections or [name for name in SECTIONS if name not in OPT_IN]
    table: list[tuple[str, str, str]] = []
    for name in sections:
        section = SECTIONS[name]
        table += section(quick, sizes) if "sizes" in inspect.signature(section).parameters else section(quick)
    width = max(len(r[0]) for r in table)
    lines = [f"Strike Map benchmark ({'quick' if quick else 'full'}) on {os.cpu_count()} cores, Python {sys.version.split()[0]}",
             f"{'measure'.ljust(width)}  {'Strike Map':>14}  baseline"]
    lines += [f"{m.ljust(width)}  {v:>14}  {b}" for m, v, b in table]
    return "\n".join(lines)
