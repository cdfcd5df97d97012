"""The ``strikemap`` command: a thin layer over the library, one subcommand per task."""

from __future__ import annotations

import argparse
import json
import os
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
    from dashboard.events import Report
    from dashboard.extract import extract
    from dashboard.report_text import ReportError, read_report

    try:
        text = read_report(Path(args.file))
    except ReportError as exc:
        return _fail(str(exc))
    from dashboard.geocode_online import make_geocoder

    try:
        geocoder = make_geocoder()
    except ValueError as exc:
        return _fail(str(exc))
    result = extract(Report(text, args.published, args.title or "", args.url or ""), geocoder)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.attacks:
        for record in result.attack_records:
            print(json.dumps(record.to_dict(), ensure_ascii=False))
        return 0
    if not result.events:
        return 0
    if args.format == "csv":
        sys.stdout.write(schema.to_csv_text(schema.events_to_frame(result.events)))
    else:
        for ev in result.events:
            print(json.dumps(ev.to_dict(), ensure_ascii=False))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.report_text import ReportError
    from dashboard.store import Store, StoreError
    from dashboard.ingest import collect_reports, ingest

    if args.engine == "dask":
        from dashboard.ingest_dask import command

        return command(args, _fail)
    if args.workers is not None or args.scheduler:
        return _fail("--workers and --scheduler go with --engine dask")
    try:
        reports = collect_reports([Path(p) for p in args.paths], args.published)
    except ReportError as exc:
        return _fail(str(exc))
    if not reports:
        return _fail("no reports found")
    bar = _progress_bar(len(reports))
    try:
        summary = ingest(reports, Store(), progress=bar)
    except (StoreError, schema.EventTableError, OSError) as exc:
        return _fail(f"nothing was stored: {exc}")
    print(file=sys.stderr)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(summary.line())
    return 0


def _progress_bar(total: int):
    """A one-line progress bar on standard error (a line per report when it is not a terminal)."""
    tty = sys.stderr.isatty()

    def show(n: int, total_: int, report) -> None:
        label = (report.title or report.article_id)[:40]
        if tty:
            filled = int(30 * n / total_)
            print(f"\r[{'#' * filled}{'.' * (30 - filled)}] {n}/{total_} {label:40}", end="", file=sys.stderr, flush=True)
        else:
            print(f"[{n}/{total_}] {label}", file=sys.stderr)

    return show


def _rejected_rows(path, result, strict: bool) -> str:
    """Tell every rejected row and where the rejects file is; with ``strict``, the refusal to import."""
    for problem in result.rejected:
        print(f"rejected: {path}: {problem}", file=sys.stderr)
    if result.rejects_path:
        print(f"rejected rows, with their line and reason: {result.rejects_path} (fix them and import that file)",
              file=sys.stderr)
    if strict and result.rejected:
        return f"nothing was imported: {len(result.rejected)} of {result.read} rows rejected (--strict)"
    return ""


def cmd_import(args: argparse.Namespace) -> int:
    import time

    from dashboard.importers import ImportError_, read_import
    from dashboard.store import Store, StoreError

    mapping = {}
    for item in args.map or []:
        column, sep, fname = item.partition("=")
        if not sep or not column or not fname:
            return _fail(f"--map takes column=field, got {item!r}")
        mapping[column] = fname
    path = Path(args.file)
    if args.format == "airforce":
        return _import_airforce(path, args)
    try:
        result = read_import(path, args.format, mapping, rejects=Path(args.rejects) if args.rejects else None,
                             progress=lambda n: print(f"{n:,} rows read", file=sys.stderr))
    except (ImportError_, OSError) as exc:
        return _fail(f"nothing was imported: {exc}")
    for problem in result.flagged:
        print(f"flagged: {path}: {problem}", file=sys.stderr)
    refused = _rejected_rows(path, result, args.strict)
    if refused:
        return _fail(refused)
    if result.events.empty:
        return _fail(f"nothing was imported: no usable rows in {path} ({result.line()})")
    started = time.perf_counter()
    try:
        summary = Store().import_events(result.events)
    except (StoreError, schema.EventTableError, OSError) as exc:
        return _fail(f"nothing was imported: {exc}")
    stored = time.perf_counter() - started
    print(f"{result.read:,} rows read: {len(result.events):,} imported ({summary.added:,} events added, "
          f"{summary.unchanged:,} already stored and updated), {result.duplicates:,} merged as duplicates, "
          f"{len(result.rejected):,} rejected, {len(result.flagged):,} flagged")
    print(f"read and checked in {result.seconds:.1f} s ({result.read / max(result.seconds, 1e-9):,.0f} rows/s), "
          f"stored in {stored:.1f} s", file=sys.stderr)
    return 0


def _import_airforce(path: Path, args: argparse.Namespace) -> int:
    """The Air Force's night figures (the digitised dataset) into the store's attack records."""
    from dashboard.importers import ImportError_, read_airforce
    from dashboard.store import Store, StoreError

    try:
        result = read_airforce(path, rejects=Path(args.rejects) if args.rejects else None)
    except (ImportError_, OSError) as exc:
        return _fail(f"nothing was imported: {exc}")
    refused = _rejected_rows(path, result, args.strict)
    if refused:
        return _fail(refused)
    if not result.records:
        return _fail(f"nothing was imported: no usable rows in {path} ({result.line()})")
    try:
        added, replaced = Store().save_attack_records(result.records, path.name)
    except (StoreError, OSError) as exc:
        return _fail(f"nothing was imported: {exc}")
    print(f"{result.read:,} rows read: {len(result.records):,} attack records imported ({added:,} added, "
          f"{replaced:,} already stored and updated), {result.duplicates:,} merged as duplicates, "
          f"{len(result.rejected):,} rejected")
    return 0


def cmd_geocode(args: argparse.Namespace) -> int:
    from dashboard.geocode_online import make_geocoder

    try:
        geocoder = make_geocoder()
    except ValueError as exc:
        return _fail(str(exc))
    if args.batch:
        return _geocode_batch(geocoder, Path(args.batch), Path(args.out) if args.out else None)
    if args.name is None:
        return _fail("give a place NAME or --batch IN.csv")
    found = geocoder.geocode(args.name, exactly_one=False, country=args.country, region=args.region)
    if not found:
        if args.json:
            print(json.dumps({"query": args.name, "found": False}))
        else:
            print(f"{args.name}: not found", file=sys.stderr)
        return 1
    best = found[0]
    if args.json:
        print(json.dumps({"query": args.name, "found": True, "address": best.address,
                          "latitude": best.latitude, "longitude": best.longitude, **best.raw}, ensure_ascii=False))
        return 0
    raw = best.raw
    print(f"{best.address}\t{best.latitude:.5f}, {best.longitude:.5f}")
    print(f"  precision: {raw['geo_precision']}   source: {raw['gazetteer_id']}   match: {raw.get('match', '')}")
    if raw.get("reason"):
        print(f"  why: {raw['reason']}")
    for note in raw.get("ignored_hints", []):
        print(f"  ignored: {note}")
    for alt in raw.get("alternatives", [])[:5]:
        print(f"  or: {alt['place']}, {alt['admin1']}, {alt['country']} ({alt['geo_precision']}, {alt['gazetteer_id']})")
    return 0


_BATCH_OUT = ("place", "admin1", "country_found", "latitude", "longitude", "geo_precision", "gazetteer_id", "note")


def _geocode_batch(geocoder, path: Path, out_path: Path | None) -> int:
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if "name" not in (reader.fieldnames or []):
                return _fail(f"{path}: needs a 'name' column (and optionally 'country', 'region')")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return _fail(f"{path}: cannot read ({exc})")
    out = out_path.open("w", encoding="utf-8", newline="") if out_path else sys.stdout
    try:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["name", "country", "region", *_BATCH_OUT])
        found_count = 0
        for n, row in enumerate(rows, start=1):
            name, country, region = row.get("name") or "", row.get("country") or "", row.get("region") or ""
            loc = geocoder.geocode(name, country=country or None, region=region or None) if name.strip() else None
            if loc is None:
                writer.writerow([name, country, region, *[""] * len(_BATCH_OUT)])
            else:
                found_count += 1
                raw = loc.raw
                # Why this place, and which hints could not be read: a list's editor checks these rows.
                note = "; ".join([raw.get("reason", ""), *(f"ignored {h}" for h in raw.get("ignored_hints", []))])
                writer.writerow([name, country, region, raw["place"], raw["admin1"], raw["country"],
                                 f"{loc.latitude:.5f}", f"{loc.longitude:.5f}", raw["geo_precision"], raw["gazetteer_id"],
                                 note.strip("; ")])
            if n % 1000 == 0:
                print(f"{n}/{len(rows)} names", file=sys.stderr)
    finally:
        if out_path:
            out.close()
    print(f"{found_count} of {len(rows)} names found", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from dashboard.evaluate import (evaluate_dataset, evaluate_folder, evaluate_geocoder, format_dataset,
                                    format_evaluation, format_geocoding, is_dataset)
    from dashboard.report_text import ReportError

    path = Path(args.dir)
    try:
        if path.is_file() and path.suffix.lower() == ".csv":
            print(format_geocoding(evaluate_geocoder(path, split=args.split), details=args.details))
        elif is_dataset(path):
            print(format_dataset(evaluate_dataset(path, split=args.split, language=args.language), details=args.details))
        else:
            print(format_evaluation(evaluate_folder(path), details=args.details))
    except (FileNotFoundError, ValueError, ReportError, OSError) as exc:
        return _fail(str(exc))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from dashboard.export import EXPORTERS
    from dashboard.store import Store, StoreError

    from dashboard import filters as flt

    params = {k: v for k, v in (("start", args.start), ("end", args.end), ("side", args.side),
                                ("weapon", args.weapon), ("region", args.region)) if v}
    if args.format == "files":
        if not args.out or params:
            return _fail("--format files takes --out FOLDER and no filters: it writes the whole store")
        try:
            store = Store()
            written = store.export_files(Path(args.out))
        except (StoreError, OSError) as exc:
            return _fail(str(exc))
        print(f"{store.where} -> {len(written)} files in {args.out}", file=sys.stderr)
        return 0
    try:
        df = Store().events()
    except (schema.EventTableError, StoreError) as exc:
        return _fail(str(exc))
    chosen, notices = flt.from_query(params, flt.date_bounds(df), df["admin1"].unique())
    if notices:
        return _fail(" ".join(notices))
    df = flt.apply(df, chosen)
    text = EXPORTERS[args.format][0](df)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"{len(df)} events -> {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from dashboard.db.files import read_file_store
    from dashboard.store import Store, StoreError

    try:
        store = Store(seed=args.action == "migrate")
        if args.action == "migrate":
            applied = store.database.migrate()
            version = store.database.schema_version()
            print(f"{store.where}: " + (f"applied {', '.join(applied)}" if applied else "up to date")
                  + f" (schema version {version})")
            return 0
        content = read_file_store(Path(args.folder))
        if content.empty():
            return _fail(f"{args.folder}: no store files (reports.csv, sources.csv, events.csv) to import")
        current, _ = store.content()
        if not current.empty() and not args.replace:
            return _fail(f"{store.where} already holds a store; --replace replaces it with the files")
        store.replace_with(content)
    except (StoreError, schema.EventTableError, OSError) as exc:
        return _fail(str(exc))
    print(f"{args.folder} -> {store.where}: {len(content.reports)} reports, {len(content.sources)} event sources, "
          f"{len(content.edits)} edits")
    return 0


def _editor(args: argparse.Namespace) -> str:
    import getpass

    if args.editor:
        return args.editor
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (a container's arbitrary uid)
        return "command line"


def cmd_edit(args: argparse.Namespace) -> int:
    from dashboard.edits import EditError, history_lines, parse_assignments, resolve
    from dashboard.store import Store, StoreError

    try:
        store = Store()
        if args.revert is not None:
            if args.event_id or args.changes:
                return _fail("--revert EDIT_ID takes no event id or changes")
            made = store.revert(args.revert, editor=_editor(args), note=args.note or "")
            print(f"reverted edit {args.revert}: {len(made)} field(s) put back (edit {made[0]['edit_id']})"
                  if made else f"edit {args.revert} changed nothing that is still there")
            return 0
        if not args.event_id:
            return _fail("name the event to edit (EVENT_ID FIELD=VALUE ...), or --revert EDIT_ID")
        if not args.changes:
            for line in history_lines(store.history(args.event_id)) or ["no edits"]:
                print(line)
            return 0
        if not (args.note or "").strip():
            return _fail("say why with --note (it goes to the event's history)")
        changes = parse_assignments(args.changes)
        geocoder = None
        if "place" in changes:
            from dashboard.geocode_online import make_geocoder

            geocoder = make_geocoder()  # the offline gazetteer, with the online fallback when configured
        made = store.edit(args.event_id, resolve(changes, geocoder), note=args.note.strip(), editor=_editor(args))
    except (EditError, StoreError, schema.EventTableError, ValueError) as exc:
        return _fail(str(exc))
    if made:
        print(f"edit {made[0]['edit_id']}: " + "; ".join(f"{m['field']} {m['old'] or '(empty)'} -> "
                                                        f"{m['new'] or '(empty)'}" for m in made))
    else:
        print("nothing changed: the event already has these values")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from dashboard.edits import disagreements
    from dashboard.store import Store, StoreError

    try:
        store = Store()
        if args.event_id:
            if not args.article_id or args.decision is None:
                return _fail("review EVENT_ID ARTICLE_ID takes --accept or --reject")
            store.review(args.event_id, args.article_id, args.decision == "accept", _editor(args))
            print(f"{args.decision}ed the figures of report {args.article_id} for event {args.event_id}")
            return 0
        reviews = store.reviews()
        listed = disagreements(store.sources(), reviews)
    except (StoreError, schema.EventTableError) as exc:
        return _fail(str(exc))
    for (event_id, article_id), status in sorted(reviews.items()):
        if status == "pending":
            print(f"awaiting review: event {event_id}, report {article_id}")
    for row in listed.itertuples():
        print(f"sources disagree: event {row.event_id} ({row.place}, {row.event_date}): {row.figure} "
              f"from {row.lowest} to {row.highest}")
    if not listed.size and "pending" not in reviews.values():
        print("nothing to review")
    return 0


def cmd_hash_password(args: argparse.Namespace) -> int:
    import getpass

    from dashboard.access import hash_password

    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            return _fail("the two passwords differ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 12:
        return _fail("use a password of 12 characters or more")
    print(hash_password(password))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dashboard.demo import write_demo_store
    from dashboard.store import data_dir

    if args.events < 0:
        return _fail("--events must be 0 or more")
    target = Path(args.data) if args.data else data_dir()
    path = write_demo_store(args.events, args.seed, target)
    print(f"{args.events} synthetic events (seed {args.seed}) -> {path}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from dashboard.bench import SIZES, run

    sizes = SIZES + ((1_000_000,) if args.million else ())
    print(run(quick=args.quick, sections=args.only or None, sizes=sizes))
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
    p.add_argument("--attacks", action="store_true",
                   help="print the report's attack records (a night's launched and shot-down figures per weapon) "
                        "instead of its events")
    p.set_defaults(run=cmd_extract)

    p = sub.add_parser("ingest", help="extract reports (files, folders, manifest CSVs) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--published", type=_iso_date, help="publication date for files outside a manifest")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="dask: extract on a Dask cluster, storing batch by batch; resumable (needs strikemap[dask])")
    p.add_argument("--workers", type=int, help="dask: worker processes of the local cluster (default: one per core)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask: use the running cluster at this scheduler address (e.g. tcp://10.0.0.5:8786)")
    p.add_argument("--batch-size", type=int, default=100, help="dask: reports per task (a store transaction takes ten)")
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("import", help="import events from an ACLED export or any CSV, or the Air Force's night figures")
    p.add_argument("file")
    p.add_argument("--format", choices=["acled", "csv", "airforce"], required=True,
                   help="airforce: the digitised Air Force summaries (missile_attacks_daily.csv) as attack records")
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD",
                   help="for --format csv: which CSV column holds which event field (repeatable)")
    p.add_argument("--strict", action="store_true", help="import nothing if any row is rejected")
    p.add_argument("--rejects", metavar="OUT.csv", help="where rejected rows go (default: FILE.rejects.csv beside FILE)")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("geocode", help="resolve a place name (offline; online fallback if configured)")
    p.add_argument("name", nargs="?")
    p.add_argument("--batch", metavar="IN.csv", help="geocode every row of a CSV with columns name,country,region")
    p.add_argument("--out", metavar="OUT.csv", help="where --batch writes (default: standard output)")
    p.add_argument("--country", help="ISO code or name, e.g. UA, Ukraine, Україна")
    p.add_argument("--region", help="region in any spelling, e.g. \"Sums'ka oblast\" (ranks, never excludes)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_geocode)

    p = sub.add_parser("evaluate", help="quality on labelled data: extraction (a folder) or geocoding (a CSV)")
    p.add_argument("dir", metavar="DIR", help="a dataset folder (articles.csv, articles/, gold.jsonl), a folder with "
                   "labels.jsonl and reports/, or a CSV of labelled place mentions")
    p.add_argument("--details", action="store_true", help="list every missed, spurious and wrong-figure event")
    p.add_argument("--split", help="score only the articles of this split (dev, heldout; for a names CSV: tuning, heldout)")
    p.add_argument("--language", help="score only the articles in this language (en, uk, ru)")
    p.set_defaults(run=cmd_evaluate)

    p = sub.add_parser("export", help="write the store as csv, geojson or acled, or whole as files")
    p.add_argument("--format", choices=["csv", "geojson", "acled", "files"], default="csv",
                   help="files: the whole store as reviewable files in the folder --out (what db import-from-files reads)")
    p.add_argument("--out", help="file to write (default: standard output); a folder for --format files")
    for name, what in (("start", "first day, YYYY-MM-DD"), ("end", "last day, YYYY-MM-DD"),
                       ("side", "russia, ukraine, unknown (comma-separated)"), ("weapon", "weapon classes"),
                       ("region", "admin1 regions (comma-separated)")):
        p.add_argument(f"--{name}", help=f"only events matching: {what} (as the dashboard's URL parameter)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("db", help="the store's database: migrate its schema, or import a store kept as files")
    db = p.add_subparsers(dest="action", required=True)
    db.add_parser("migrate", help="apply the schema migrations not yet applied")
    q = db.add_parser("import-from-files", help="replace the database's content with a store kept as files")
    q.add_argument("folder", metavar="FOLDER", help="a folder written by export --format files (or a data folder)")
    q.add_argument("--replace", action="store_true", help="replace a database that already holds a store")
    p.set_defaults(run=cmd_db)

    p = sub.add_parser("edit", help="correct a stored event (its history keeps who, when, what and why), "
                                    "show its history, or revert an edit")
    p.add_argument("event_id", nargs="?", metavar="EVENT_ID")
    p.add_argument("changes", nargs="*", metavar="FIELD=VALUE",
                   help="place, date, side, weapons (comma-separated), killed, injured, children, missiles_launched, "
                        "missiles_intercepted, drones_launched, drones_intercepted, damage, reported_by; an empty "
                        "value for a figure means not reported. Without changes: the event's history")
    p.add_argument("--note", help="why (required for a change)")
    p.add_argument("--revert", type=int, metavar="EDIT_ID", help="undo an edit (its id is in the history)")
    p.add_argument("--editor", help="who is editing (default: your user name)")
    p.set_defaults(run=cmd_edit)

    p = sub.add_parser("review", help="list reports awaiting review and events whose sources disagree, or "
                                      "accept or reject one report's figures for an event")
    p.add_argument("event_id", nargs="?", metavar="EVENT_ID")
    p.add_argument("article_id", nargs="?", metavar="ARTICLE_ID")
    decision = p.add_mutually_exclusive_group()
    decision.add_argument("--accept", dest="decision", action="store_const", const="accept")
    decision.add_argument("--reject", dest="decision", action="store_const", const="reject")
    p.add_argument("--editor", help="who is reviewing (default: your user name)")
    p.set_defaults(run=cmd_review)

    p = sub.add_parser("hash-password", help="an editor's password hash for the [editors] table of the secrets "
                                             "(reads the password from the terminal or standard input)")
    p.set_defaults(run=cmd_hash_password)

    p = sub.add_parser("demo", help="write a store of synthetic events over real places")
    p.add_argument("--events", type=int, default=10_000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--data", help="data folder to write events.csv into (default: STRIKEMAP_DATA or data/)")
    p.set_defaults(run=cmd_demo)

    p = sub.add_parser("bench", help="performance figures beside naive baselines")
    p.add_argument("--quick", action="store_true", help="a short run")
    p.add_argument("--only", action="append", choices=["geocoder", "extraction", "store", "database", "map", "app", "browser",
                                                      "import", "dask", "load"],
                   help="one section (repeatable)")
    p.add_argument("--million", action="store_true",
                   help="also measure the map, app and browser at 1,000,000 events (building that store takes "
                        "many minutes; STRIKEMAP_BENCH_STORES=DIR keeps the demo stores between runs)")
    p.set_defaults(run=cmd_bench)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.run(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # The reader of our output went away (`strikemap extract ... | head`): stop quietly, as
        # other command-line tools do, instead of a traceback; Python's own flush at exit would
        # hit the closed pipe again, so standard output is pointed at nothing first.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
