"""A folder of N report files with a manifest, for measuring bulk ingest at scale.

Each report is a real report of the project's labelled corpora (English, Ukrainian, Russian; the
stored reports when the corpora are not there) given another publication date, so relative dates
("last night", "вчора") land on other days and the events spread over two years, with a last line
naming the sample, so every text, and so every report id, is its own. The same (n, seed) gives
the same files.

    python -m dashboard.report_samples FOLDER N [--seed S]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CORPORA = ROOT / "tests" / "corpora"
_SHIPPED = Path(__file__).resolve().parent / "data" if (Path(__file__).resolve().parent / "data").exists() else ROOT / "data"
_FIRST_DAY = date(2024, 1, 1)
_DAYS = 730


def templates() -> list[tuple[str, str]]:
    """(text, title) of every labelled corpus report, or of the stored reports without the corpora."""
    found = []
    for table in sorted(_CORPORA.glob("*/articles.csv")):
        with table.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                path = table.parent / "articles" / f"{row['id']}.txt"
                if path.exists():
                    found.append((path.read_text(encoding="utf-8"), row.get("title") or row["id"]))
    if not found:
        found = [(p.read_text(encoding="utf-8"), p.stem) for p in sorted((_SHIPPED / "reports").glob("*.txt"))]
    return found


def write_report_folder(folder: Path, n: int, seed: int = 0) -> Path:
    """``n`` report files and their manifest.csv in ``folder`` (files in subfolders of 1,000);
    returns the manifest's path."""
    rng = random.Random(seed)
    sources = templates()
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["file", "published", "title", "url"])
        for i in range(n):
            text, title = sources[rng.randrange(len(sources))]
            day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
            name = f"{i // 1000:04d}/s{i:07d}.txt"
            path = folder / name
            path.parent.mkdir(exist_ok=True)
            path.write_text(f"{text.rstrip()}\n\n[sample {seed}-{i}]\n", encoding="utf-8")
            writer.writerow([name, day.isoformat(), title, f"https://example.org/sample/{seed}/{i}"])
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.report_samples",
                                     description="Write N sample reports and their manifest.csv into FOLDER.")
    parser.add_argument("folder")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 1:
        print("report_samples: N must be 1 or more", file=sys.stderr)
        return 2
    print(write_report_folder(Path(args.folder), args.n, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
