"""Extraction quality on labelled reports: event precision and recall, and exact figures.

A labelled folder holds ``labels.jsonl`` (one object per report: file, published,
title, events) and the report files under ``reports/``. A predicted event matches
a labelled one when the dates and sides agree and the places agree: for
settlements and districts the points lie within 10 km, for regions the admin1 is
the same. Each labelled event is matched at most once (nearest first).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.events import Event
from dashboard.events import Report
from dashboard.extract import extract
from dashboard.geocode import OfflineGeocoder, km
from dashboard.report_text import read_report

MATCH_KM = 10.0
FIGURES = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
           "drones_launched", "drones_intercepted")


@dataclass
class ReportScore:
    file: str
    matched: list[tuple[dict, Event]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)
    wrong_figures: list[tuple[dict, Event, list[str]]] = field(default_factory=list)


@dataclass
class Evaluation:
    reports: list[ReportScore]

    @property
    def counts(self) -> dict[str, int]:
        matched = sum(len(r.matched) for r in self.reports)
        return {
            "reports": len(self.reports),
            "labelled": matched + sum(len(r.missed) for r in self.reports),
            "predicted": matched + sum(len(r.spurious) for r in self.reports),
            "matched": matched,
            "figures_exact": matched - sum(len(r.wrong_figures) for r in self.reports),
        }

    @property
    def precision(self) -> float:
        c = self.counts
        return c["matched"] / c["predicted"] if c["predicted"] else 1.0

    @property
    def recall(self) -> float:
        c = self.counts
        return c["matched"] / c["labelled"] if c["labelled"] else 1.0

    @property
    def figures_exact(self) -> float:
        c = self.counts
        return c["figures_exact"] / c["matched"] if c["matched"] else 1.0


def _same_place(label: dict, ev: Event) -> float | None:
    """Distance in km if the places agree, else None."""
    if label["geo_precision"] == "region" or ev.geo_precision == "region":
        same = label["geo_precision"] == ev.geo_precision and label["admin1"] == ev.admin1
        return 0.0 if same else None
    d = km((float(label["latitude"]), float(label["longitude"])), (ev.latitude, ev.longitude))
    return d if d <= MATCH_KM else None


def greedy_pairs(pairs: list[tuple[float | tuple, int, int]]) -> list[tuple[int, int]]:
    """(label, prediction) pairs, nearest first, each label and each prediction used once."""
    out, left, right = [], set(), set()
    for _, i, j in sorted(pairs):
        if i not in left and j not in right:
            left.add(i)
            right.add(j)
            out.append((i, j))
    return out


def score_report(labels: list[dict], predicted: list[Event], file: str = "") -> ReportScore:
    score = ReportScore(file)
    pairs = []
    for i, label in enumerate(labels):
        for j, ev in enumerate(predicted):
            if ev.event_date.isoformat() != label["event_date"] or ev.attacker != label["attacker"]:
                continue
            d = _same_place(label, ev)
            if d is not None:
                pairs.append((d, i, j))
    used_labels, used_events = set(), set()
    for i, j in greedy_pairs(pairs):
        used_labels.add(i)
        used_events.add(j)
        label, ev = labels[i], predicted[j]
        score.matched.append((label, ev))
        wrong = [f for f in FIGURES if label.get(f) != getattr(ev, f)]
        if wrong:
            score.wrong_figures.append((label, ev, wrong))
    score.missed = [lab for i, lab in enumerate(labels) if i not in used_labels]
    score.spurious = [ev for j, ev in enumerate(predicted) if j not in used_events]
    return score


def evaluate_folder(folder: Path, geocoder: OfflineGeocoder | None = None) -> Evaluation:
    geocoder = geocoder or OfflineGeocoder()
    labels_path = folder / "labels.jsonl"
    if not labels_path.exists():
        raise FileNotFoundError(f"{folder}: no labels.jsonl (one JSON object per report: file, published, events)")
    scores = []
    for n, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            published = date.fromisoformat(entry["published"])
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{labels_path}: line {n}: {exc}") from exc
        report_path = folder / "reports" / entry["file"]
        if not report_path.exists():
            report_path = folder / entry["file"]
        text = read_report(report_path)
        predicted = extract(Report(text, published, entry.get("title", "")), geocoder).events
        scores.append(score_report(entry.get("events", []), predicted, entry["file"]))
    return Evaluation(scores)


def format_evaluation(result: Evaluation, details: bool = False) -> str:
    c = result.counts
    lines = [
        f"reports            {c['reports']}",
        f"labelled events    {c['labelled']}",
        f"predicted events   {c['predicted']}",
        f"matched            {c['matched']}",
        f"precision          {result.precision:.3f}",
        f"recall             {result.recall:.3f}",
        f"figures exact      {result.figures_exact:.3f}  (killed, injured, children, launched and intercepted, on matched events)",
    ]
    if details:
        for r in result.reports:
            for label in r.missed:
                lines.append(f"  missed    {r.file}: {label['place']} {label['event_date']} {label['attacker']}")
            for ev in r.spurious:
                lines.append(f"  spurious  {r.file}: {ev.place} {ev.event_date} {ev.attacker}  <- {ev.evidence.splitlines()[0][:90]}")
            for label, ev, wrong in r.wrong_figures:
                diff = ", ".join(f"{f} {getattr(ev, f)} (label {label.get(f)})" for f in wrong)
                lines.append(f"  figures   {r.file}: {label['place']}: {diff}")
    return "\n".join(lines)


# --- published-report datasets --------------------------------------------------------

# A dataset folder: articles.csv (id, published, title, url, language[, split]), articles/<id>.txt,
# gold.jsonl (one event per line) and article_facts.jsonl (interception figures per article).
TOLERANCE_KM = {"district": 5.0, "city": 15.0, "region": 120.0, "country": 500.0}
LANGUAGE_ORDER = ("en", "uk", "ru")


@dataclass
class ArticleScore:
    article: str
    language: str
    sentences: dict[str, str] = field(default_factory=dict)
    matched: list[tuple[dict, Event]] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    figures: list[tuple[str, bool, str]] = field(default_factory=list)   # (what, right, detail)
    interceptions: list[tuple[bool, str]] = field(default_factory=list)


@dataclass
class DatasetEvaluation:
    name: str
    articles: list[ArticleScore]

    def rows(self) -> list[tuple[str, dict[str, float | int]]]:
        """Figures per language present, then over all."""
        groups = [(code, [a for a in self.articles if a.language == code]) for code in LANGUAGE_ORDER]
        others = sorted({a.language for a in self.articles} - set(LANGUAGE_ORDER))
        groups += [(code, [a for a in self.articles if a.language == code]) for code in others]
        return [(code, _figures(arts)) for code, arts in groups if arts] + [("all", _figures(self.articles))]


def _ratio(good: int, total: int) -> float:
    return good / total if total else 1.0


def _figures(articles: list[ArticleScore]) -> dict[str, float | int]:
    matched = sum(len(a.matched) for a in articles)
    gold = matched + sum(len(a.missed) for a in articles)
    predicted = matched + sum(len(a.spurious) for a in articles)
    dates = [d for a in articles for d in a.dates]
    figures = [ok for a in articles for _, ok, _ in a.figures]
    inter = [ok for a in articles for ok, _ in a.interceptions]
    return {
        "reports": len(articles), "gold": gold, "predicted": predicted, "matched": matched,
        "precision": _ratio(matched, predicted), "recall": _ratio(matched, gold),
        "dates": _ratio(sum(dates), len(dates)), "dates_n": len(dates),
        "casualties": _ratio(sum(figures), len(figures)), "casualties_n": len(figures),
        "interceptions": _ratio(sum(inter), len(inter)), "interceptions_n": len(inter),
    }


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    if not path.exists():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise ValueError(f"{path}: line {n}: {exc}") from exc
    return rows


def is_dataset(folder: Path) -> bool:
    return (folder / "articles.csv").exists() and (folder / "gold.jsonl").exists()


def evaluate_dataset(folder: Path, geocoder: OfflineGeocoder | None = None, split: str | None = None,
                     language: str | None = None) -> DatasetEvaluation:
    """Scores extraction on a folder of published reports with gold events, by the rules
    of its README: same attacker and a point within tolerance; optional gold absorbs a
    prediction but never counts; dates, casualties and interception figures on matches."""
    import csv

    from dashboard.extract.sentences import split_sentences

    geocoder = geocoder or OfflineGeocoder()
    with (folder / "articles.csv").open(encoding="utf-8-sig", newline="") as fh:
        articles = list(csv.DictReader(fh))
    missing = {"id", "published"} - set(articles[0] if articles else {})
    if missing:
        raise ValueError(f"{folder}/articles.csv lacks column(s) {', '.join(sorted(missing))}")
    gold: dict[str, list[dict]] = {}
    for g in _read_jsonl(folder / "gold.jsonl"):
        gold.setdefault(g["article"], []).append(g)
    facts = {f["article"]: f for f in _read_jsonl(folder / "article_facts.jsonl")}
    scores = []
    for row in articles:
        if split and row.get("split", "dev") != split:
            continue
        if language and row.get("language") != language:
            continue
        text = read_report(folder / "articles" / f"{row['id']}.txt")
        report = Report(text, date.fromisoformat(row["published"]), row.get("title", ""), row.get("url", ""))
        result = extract(report, geocoder)
        score = _score_article(row["id"], row.get("language") or result.language or "?", gold.get(row["id"], []),
                               result.events, facts.get(row["id"], {}), result.attack_records)
        score.sentences = {ev.event_id: ev.evidence.split("\n")[0] for ev in result.events}
        if score.missed:
            score.sentences["text"] = " | ".join(split_sentences(text)[:40])
        scores.append(score)
    return DatasetEvaluation(folder.name, scores)


def _score_article(article: str, language: str, gold: list[dict], predicted: list[Event], facts: dict,
                   records: list = ()) -> ArticleScore:
    score = ArticleScore(article, language)
    pairs = []
    for i, g in enumerate(gold):
        tol = float(g.get("tol_km") or TOLERANCE_KM.get(g.get("geo_precision", "city"), 15.0))
        for j, ev in enumerate(predicted):
            if ev.attacker.lower() != str(g.get("attacker", "")).lower():
                continue
            d = km((float(g["lat"]), float(g["lon"])), (ev.latitude, ev.longitude))
            if d <= tol:
                # Equally near (villages placed at their raion's point): the one of the gold's day first.
                day = ev.event_date.isoformat()[:10]
                pairs.append(((d, day != g["event_date"] and day not in (g.get("alt_dates") or [])), i, j))
    used_gold, used_pred = set(), set()
    for i, j in greedy_pairs(pairs):
        used_gold.add(i)
        used_pred.add(j)
        g, ev = gold[i], predicted[j]
        if g.get("optional"):
            continue
        score.matched.append((g, ev))
        day = ev.event_date.isoformat()[:10]
        score.dates.append(day == g["event_date"] or day in (g.get("alt_dates") or []))
        for key in ("killed", "injured"):
            if g.get(key) is None:
                continue
            got = getattr(ev, key)
            ok = got == g[key] or got in (g.get(f"alt_{key}") or [])
            score.figures.append((key, ok, f"{g['place']}: {key} {got} (gold {g[key]})"))
    score.missed = [g for i, g in enumerate(gold) if i not in used_gold and not g.get("optional")]
    score.spurious = [ev for j, ev in enumerate(predicted) if j not in used_pred]
    for fact in facts.get("interception", []):
        cls = fact.get("weapon_class", "drone")
        for key in ("launched", "intercepted"):
            if fact.get(key) is None:
                continue
            field_name = f"{cls}s_{key}"
            got = [getattr(ev, field_name) for ev in predicted if getattr(ev, field_name) is not None]
            # A night's tally may stand in the attack records (per weapon model) rather than on a marker.
            counted = [getattr(r, "launched" if key == "launched" else "shot_down") for r in records
                       if r.category == cls]
            if counted and all(v is not None for v in counted):
                got.append(sum(counted))
            ok = fact[key] in got
            score.interceptions.append((ok, f"{field_name} {got or '-'} (gold {fact[key]})"))
    return score


def format_dataset(result: DatasetEvaluation, details: bool = False) -> str:
    head = (f"{'language':9}{'reports':>8}{'gold':>6}{'found':>7}{'matched':>8}{'precision':>10}{'recall':>8}"
            f"{'dates':>8}{'casualties':>11}{'intercepts':>11}")
    lines = [f"{result.name}: extraction on published reports", head]
    for code, f in result.rows():
        lines.append(f"{code:9}{f['reports']:>8}{f['gold']:>6}{f['predicted']:>7}{f['matched']:>8}"
                     f"{f['precision']:>10.3f}{f['recall']:>8.3f}{f['dates']:>8.3f}{f['casualties']:>11.3f}"
                     f"{f['interceptions']:>11.3f}")
    if details:
        for a in result.articles:
            for g in a.missed:
                lines.append(f"  missed    {a.article}: {g['place']} ({g.get('admin1', '')}) {g['event_date']} "
                             f"{g['attacker']}")
            for ev in a.spurious:
                lines.append(f"  false     {a.article}: {ev.place} ({ev.admin1}) {ev.event_date} {ev.attacker} "
                             f"<- {a.sentences.get(ev.event_id, '')[:160]}")
            for g, ev in a.matched:
                day = ev.event_date.isoformat()
                if day != g["event_date"] and day not in (g.get("alt_dates") or []):
                    lines.append(f"  date      {a.article}: {g['place']} {day} (gold {g['event_date']})")
            lines += [f"  figure    {a.article}: {detail}" for _, ok, detail in a.figures if not ok]
            lines += [f"  intercept {a.article}: {detail}" for ok, detail in a.interceptions if not ok]
    return "\n".join(lines)


# --- geocoding ----------------------------------------------------------------------

LARGE_CITY = 500_000


@dataclass
class GeocodingScore:
    """Accuracy per spelling kind and per group (with hints, without hints, misspelt): right
    when a settlement's point is within 10 km (25 km for a city of 500,000 or more) and a
    region's admin1 is the expected one."""

    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, total]
    by_group: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        right = sum(v[0] for v in self.by_kind.values())
        total = sum(v[1] for v in self.by_kind.values())
        return right / total if total else 1.0

    def group(self, name: str) -> float:
        right, total = self.by_group.get(name, (0, 0))
        return right / total if total else 1.0


GROUPS = ("with hints", "without hints", "misspelt")


def evaluate_geocoder(path: Path, geocoder: OfflineGeocoder | None = None, split: str | None = None) -> GeocodingScore:
    """Score a labelled list of names: ``mention`` or ``name``, optional ``region_hint`` and
    ``country_hint`` as the list wrote them, ``spelling_kind`` or ``variant``, and the answer."""
    import csv

    geocoder = geocoder or OfflineGeocoder()
    score = GeocodingScore()
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and "mention" not in rows[0] and "name" in rows[0]:
        rows = [{**r, "mention": r["name"]} for r in rows]
    needed = {"mention", "expected_kind", "expected_admin1", "expected_country", "latitude", "longitude"}
    if not rows or not needed <= set(rows[0]):
        raise ValueError(f"{path}: a names CSV needs the columns {', '.join(sorted(needed))} ('name' may stand for 'mention')")
    if split:
        rows = [r for r in rows if r.get("split") == split]
        if not rows:
            raise ValueError(f"{path}: no rows with split={split!r}")
    for row in rows:
        found = geocoder.geocode(row["mention"], country=row.get("country_hint") or None,
                                 region=row.get("region_hint") or None)
        right = False
        if found is not None and found.raw["country"] == row["expected_country"]:
            if row["expected_kind"] == "region":
                right = found.raw["geo_precision"] == "region" and found.raw["admin1"] == row["expected_admin1"]
            elif row["latitude"]:
                big = int(row.get("population") or 0) >= LARGE_CITY
                limit = 25.0 if big else 10.0
                right = found.raw["geo_precision"] in ("city", "district") and km(
                    (found.latitude, found.longitude), (float(row["latitude"]), float(row["longitude"]))) <= limit
        kind = row.get("spelling_kind") or row.get("variant") or "all"
        groups = ["with hints" if (row.get("region_hint") or row.get("country_hint")) else "without hints"]
        if kind in ("misspelt", "misspelling"):
            groups.append("misspelt")
        for tally in [score.by_kind.setdefault(kind, [0, 0])] + [score.by_group.setdefault(g, [0, 0]) for g in groups]:
            tally[0] += right
            tally[1] += 1
        if not right:
            got = f"{found.raw['place']} ({found.raw['admin1']}, {found.raw['geo_precision']})" if found else "not found"
            hints = ", ".join(h for h in (row.get("region_hint"), row.get("country_hint")) if h)
            score.misses.append(f"{kind:20} {row['mention']!r}{f' [{hints}]' if hints else ''} -> {got}; "
                                f"expected {row.get('expected_place', '')} ({row['expected_admin1']})")
    return score


def format_geocoding(score: GeocodingScore, details: bool = False) -> str:
    lines = [f"{'spelling kind':22}{'right':>7}{'total':>7}{'accuracy':>10}"]
    for kind, (right, total) in sorted(score.by_kind.items()):
        lines.append(f"{kind:22}{right:7}{total:7}{right / total:10.3f}")
    right = sum(v[0] for v in score.by_kind.values())
    total = sum(v[1] for v in score.by_kind.values())
    lines.append(f"{'all':22}{right:7}{total:7}{score.accuracy:10.3f}")
    lines.append("")
    for name in GROUPS:
        if name in score.by_group:
            right, total = score.by_group[name]
            lines.append(f"{name:22}{right:7}{total:7}{right / total:10.3f}")
    if details:
        lines += ["", *score.misses]
    return "\n".join(lines)
