"""The ``strikemap`` command: a thin layer over the library, one subcommand per task."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from dashboard import events as schema


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from None


def _fail(message: str) -> int:
    print(f"strikemap: {message}", file=sys.stderr)
    return 2


def cmd_extract(args: argparse.Namespace) -> int:
    from dashboard.extract import Report, extract
    from dashboard.store import ReportError, read_report_text

    try:
        text = read_report_text(Path(args.file))
    except ReportError as exc:
        return _fail(str(exc))
    result = extract(Report(text, args.published, args.title or "", args.url or ""))
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not result.events:
        return 0
    if args.format == "csv":
        sys.stdout.write(schema.to_csv_text(schema.events_to_frame(result.events)))
    else:
        for ev in result.events:
            print(json.dumps(ev.to_dict(), ensure_ascii=False))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.store import ReportError, events_path, ingest_manifest

    total_reports = total_added = total_updated = 0
    for raw in args.paths:
        path = Path(raw)
        manifest = path / "manifest.csv" if path.is_dir() else path
        if manifest.suffix.lower() != ".csv" or not manifest.exists():
            return _fail(f"{raw}: expected a manifest CSV (file,published,title,url) or a folder holding manifest.csv")
        try:
            summary = ingest_manifest(manifest, progress=lambda line: print(line, file=sys.stderr))
        except (ReportError, schema.EventTableError, OSError) as exc:
            return _fail(str(exc))
        for warning in summary.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        total_reports += summary.reports
        total_added += summary.added
        total_updated += summary.updated
    print(f"{total_reports} reports, {total_added} events added, {total_updated} unchanged or updated -> {events_path()}")
    return 0


def cmd_geocode(args: argparse.Namespace) -> int:
    from dashboard.geocode import OfflineGeocoder

    geocoder = OfflineGeocoder()
    found = geocoder.geocode(args.name, exactly_one=False, country=args.country, region=args.region)
    if not found:
        if args.json:
            print(json.dumps({"query": args.name, "found": False}))
        else:
            print(f"{args.name}: not found", file=sys.stderr)
        return 1
    best, alternatives = found[0], found[1:6]
    if args.json:
        print(json.dumps({
            "query": args.name,
            "found": True,
            "address": best.address,
            "latitude": best.latitude,
            "longitude": best.longitude,
            **best.raw,
            "alternatives": [{"address": a.address, "latitude": a.latitude, "longitude": a.longitude, **a.raw} for a in alternatives],
        }, ensure_ascii=False))
    else:
        raw = best.raw
        print(f"{best.address}\t{best.latitude:.5f}, {best.longitude:.5f}\tprecision={raw['geo_precision']}\tsource={raw['gazetteer_id']}")
        for alt in alternatives:
            print(f"  or: {alt.address}\t{alt.latitude:.5f}, {alt.longitude:.5f}\t{alt.raw['geo_precision']}\t{alt.raw['gazetteer_id']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="strikemap", description="Strike reports to geocoded events and a web map.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print a report's events (nothing is stored)")
    p.add_argument("file")
    p.add_argument("--published", type=_iso_date, required=True, help="publication date, YYYY-MM-DD")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    p.add_argument("--title", default="")
    p.add_argument("--url", default="")
    p.set_defaults(run=cmd_extract)

    p = sub.add_parser("ingest", help="extract reports listed in manifest CSVs into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("geocode", help="resolve a place name offline")
    p.add_argument("name")
    p.add_argument("--country", help="ISO code, e.g. UA or RU")
    p.add_argument("--region", help="admin1 region name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_geocode)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
