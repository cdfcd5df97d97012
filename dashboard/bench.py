"""Performance figures, each beside a naive baseline measured in the same run.

Run with ``strikemap bench`` (``--quick`` for a short run). Figures are printed,
not asserted: timing targets belong in benchmarks, not in unit tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CHILD_LOAD = """
import json, resource, sys, time
t = time.perf_counter()
from dashboard.geocode import Gazetteer
from pathlib import Path
g = Gazetteer.load(cache_dir=Path(sys.argv[1])) if sys.argv[2] == "cache" else Gazetteer.build()
print(json.dumps({"seconds": time.perf_counter() - t, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD_LOAD, *args], capture_output=True, text=True, cwd=ROOT, check=True)
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


def extraction_figures(quick: bool) -> list[tuple[str, str, str]]:
    """Reports per second on seed-length reports, and memory growth over many reports."""
    import tracemalloc

    from dashboard.extract import Report, extract, split_sentences
    from dashboard.geocode import OfflineGeocoder

    seed = (ROOT / "seeds" / "000_09dc2a07e8257716.txt").read_text(encoding="utf-8")
    corpus = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))]
    geocoder = OfflineGeocoder()
    extract(Report(seed, date(2025, 2, 12)), geocoder)
    n = 200 if quick else 1000
    # Dense reports of the seed's length: different corpus reports joined, every sentence a strike.
    dense = []
    for i in range(n):
        parts, k = [], i
        while sum(map(len, parts)) < len(seed):
            parts.append(corpus[k % len(corpus)])
            k += 7
        dense.append(Report("\n".join(parts)[: len(seed)], date(2025, 2, 12)))
    rates = []
    for reports in ([Report(seed + " " * (i % 3), date(2025, 2, 12)) for i in range(n)], dense):
        t = time.perf_counter()
        for report in reports:
            extract(report, geocoder)
        rates.append(n / (time.perf_counter() - t))
    t = time.perf_counter()
    for report in dense:
        split_sentences(report.text)
    split_rate = n / (time.perf_counter() - t)
    tracemalloc.start()
    for i, report in enumerate(dense * 2):
        extract(report, geocoder)
        if i == n // 2:
            early = tracemalloc.get_traced_memory()[0]
    late = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return [
        ("extraction: the seed report, per second (one core)", f"{rates[0]:,.0f}/s",
         f"{split_rate:,.0f}/s only splitting sentences (lower bound of any reader)"),
        ("extraction: strike-dense seed-length reports per second", f"{rates[1]:,.0f}/s", "every sentence names a strike"),
        (f"extraction: memory growth over {2 * n - n // 2} more reports", f"{(late - early) / 1e6:+.2f} MB", "should stay near 0"),
    ]


def run(quick: bool = False, sections: list[str] | None = None) -> str:
    sections = sections or ["geocoder", "extraction"]
    table: list[tuple[str, str, str]] = []
    for name in sections:
        table += {"geocoder": geocoder_figures, "extraction": extraction_figures}[name](quick)
    width = max(len(r[0]) for r in table)
    lines = [f"Strike Map benchmark ({'quick' if quick else 'full'}) on {os.cpu_count()} cores, Python {sys.version.split()[0]}",
             f"{'measure'.ljust(width)}  {'Strike Map':>14}  baseline"]
    lines += [f"{m.ljust(width)}  {v:>14}  {b}" for m, v, b in table]
    return "\n".join(lines)
