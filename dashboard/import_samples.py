"""Synthetic files shaped like the ones people import, for tests and benchmarks.

Two shapes: an ACLED export (its real column set, ~550 bytes a row, so 200,000 rows
make the ~110 MB of a full export for Ukraine) and a volunteer's event list with
every fault such lists have: bad dates, notes over several lines, coordinates
without a place, places without coordinates, free-text weapons, repeated rows,
coordinates far from the place named. Places are real gazetteer entries; the
text is made up here. The messy list comes with its answer key, so a test can
check every rejected line number.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dashboard.geocode import OfflineGeocoder, Place

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
MESSY_COLUMNS = ("date", "settlement", "oblast", "country", "lat", "lon", "weapon", "killed", "injured", "notes")
# How the messy list's columns map to event fields (strikemap import --format csv --map ...).
MESSY_MAPPING = {"date": "event_date", "settlement": "place", "oblast": "admin1", "country": "country",
                 "lat": "latitude", "lon": "longitude", "weapon": "weapons", "killed": "killed", "injured": "injured",
                 "notes": "evidence"}

_FIRST_DAY = date(2022, 2, 24)
_DAYS = 1000
_SUB_EVENTS = (("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
               ("Explosions/Remote violence", "Remote explosive/landmine/IED"))
_WEAPON_TEXT = ("Shahed drones", "S-300", "Kh-101 cruise missiles", "drone", "missile; drone", "KAB glide bombs",
                "artillery", "Iskander-M", "", "")
_FREE_TEXT_WEAPONS = frozenset(w for w in _WEAPON_TEXT if w not in ("drone", "missile; drone", "artillery", ""))
_NOTE_OPENINGS = ("Overnight, an attack hit", "In the morning, strikes reached", "During the day, shelling damaged",
                  "Late in the evening, an air strike hit", "Around noon, a drone attack struck")
_NOTE_TARGETS = ("a residential block", "an energy facility", "a warehouse", "private houses", "a school building",
                 "a railway depot", "farm buildings", "a shop and several cars", "a water pumping station")
_NOTE_AFTER = ("Emergency crews put out the fires.", "Local authorities reported the damage the next day.",
               "Windows were broken in nearby buildings.", "Power was cut in part of the town for several hours.",
               "Rescue work continued into the night.", "The regional administration gave the figures.")


def _places(geocoder: OfflineGeocoder, countries: tuple[str, ...], min_population: int) -> list[Place]:
    return sorted((p for p in geocoder.gazetteer.places
                   if p.kind == "city" and p.country in countries and p.population >= min_population and p.admin1),
                  key=lambda p: p.gazetteer_id)


def _note(rng: random.Random, place: str, day: date, lines: int = 1) -> str:
    sentences = [f"On {day:%d %B %Y}, {rng.choice(_NOTE_OPENINGS).lower()} {rng.choice(_NOTE_TARGETS)} in {place}."]
    sentences += rng.sample(_NOTE_AFTER, k=rng.randint(2, 4))
    sentences.append(f"Reference {rng.randrange(10**8):08d}.")
    if lines <= 1:
        return " ".join(sentences)
    cut = max(1, len(sentences) // lines)
    return "\n".join(" ".join(sentences[i:i + cut]) for i in range(0, len(sentences), cut))


def _short_region(admin1: str) -> str:
    """ACLED writes "Kharkiv" for Kharkiv Oblast."""
    return admin1.removesuffix(" Oblast")


def write_acled_like(path: Path, rows: int = 200_000, seed: int = 0, geocoder: OfflineGeocoder | None = None) -> Path:
    """An ACLED-shaped export of ``rows`` valid rows (one in twenty with a note over several lines)."""
    rng = random.Random(seed)
    places = _places(geocoder or OfflineGeocoder(), ("UA", "RU"), 2_000)
    places = [p for p in places if p.country == "UA" or p.admin1 in ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast")]
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(ACLED_COLUMNS)
        for n in range(rows):
            place = rng.choice(places)
            day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
            event_type, sub_event = rng.choice(_SUB_EVENTS)
            by_russia = place.country == "UA"
            actor1 = "Military Forces of Russia (2000-)" if by_russia else "Military Forces of Ukraine (2019-)"
            country = "Ukraine" if place.country == "UA" else "Russia"
            note = _note(rng, place.name, day, lines=3 if n % 20 == 0 else 1)
            writer.writerow([
                f"UKR{n + 1}", day.isoformat(), day.year, 1, "Political violence", event_type, sub_event,
                actor1, "", 8, "Civilians (Ukraine)" if by_russia else "", "", 7, 78, "Civilian targeting",
                804 if place.country == "UA" else 643, "Europe", country, _short_region(place.admin1),
                f"{place.name} raion", "", place.name,
                f"{place.latitude + rng.uniform(-0.01, 0.01):.4f}", f"{place.longitude + rng.uniform(-0.01, 0.01):.4f}",
                rng.choice((1, 1, 1, 2)), rng.choice(("Suspilne", "Ukrinform; Telegram", "Regional administration")),
                "National", note, rng.choice((0, 0, 0, 1, 2)), "", 1700000000 + n,
            ])
    return Path(path)


@dataclass
class MessyKey:
    """What a correct import of the messy list does: rows read, the lines it must reject
    (line → the fault put there), the lines it must flag, and the repeats it must merge."""

    rows: int = 0
    rejected: dict[int, str] = field(default_factory=dict)
    flagged: set[int] = field(default_factory=set)
    duplicates: int = 0
    coordinates_only: set[int] = field(default_factory=set)
    place_only: set[int] = field(default_factory=set)
    free_text_weapons: set[int] = field(default_factory=set)

    @property
    def imported(self) -> int:
        return self.rows - len(self.rejected) - self.duplicates


def write_messy_list(path: Path, rows: int = 2_000, seed: int = 0,
                     geocoder: OfflineGeocoder | None = None) -> MessyKey:
    """A volunteer's event list of ``rows`` rows with faults at known lines; returns the answer key."""
    rng = random.Random(seed)
    geocoder = geocoder or OfflineGeocoder()
    pool = _places(geocoder, ("UA",), 20_000)
    # Places the list names without coordinates must be findable by name within their oblast.
    findable = [p for p in pool
                if (loc := geocoder.geocode(p.name, country="UA", region=p.admin1)) and loc.raw["gazetteer_id"] == p.gazetteer_id]
    key = MessyKey()
    good_rows: list[list[str]] = []
    records = [_csv_record(list(MESSY_COLUMNS))]
    line = 2
    for n in range(rows):
        place = rng.choice(findable)
        day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
        note = _note(rng, place.name, day, lines=rng.choice((1, 1, 1, 2, 3)))
        lat = f"{place.latitude + rng.uniform(-0.02, 0.02):.5f}"
        lon = f"{place.longitude + rng.uniform(-0.02, 0.02):.5f}"
        row = [day.isoformat(), place.name, place.admin1, "Ukraine", lat, lon, rng.choice(_WEAPON_TEXT),
               str(rng.choice((0, 0, 1, 2))), str(rng.choice((0, 1, 3, ""))), note]
        fault = n % 25
        if fault == 1:
            row[0] = rng.choice(("", "31.02.2024", "unknown", "2099-01-01", "sometime in spring"))
            key.rejected[line] = "date"
        elif fault == 2:
            row[1] = row[2] = ""
            key.coordinates_only.add(line)
        elif fault == 3:
            row[4] = row[5] = ""
            row[2] = rng.choice((place.admin1, place.admin1.replace(" Oblast", " region")))
            key.place_only.add(line)
        elif fault == 4:
            far = rng.choice([p for p in pool if abs(p.latitude - place.latitude) + abs(p.longitude - place.longitude) > 3])
            row[4], row[5] = f"{far.latitude:.5f}", f"{far.longitude:.5f}"
            key.flagged.add(line)
        elif fault == 5:
            row[1], row[4], row[5] = "Nowhereville", "", ""
            key.rejected[line] = "unknown place"
        elif fault == 6:
            row[7] = rng.choice(("several", "-1", "2.5"))
            key.rejected[line] = "killed"
        elif fault == 7 and good_rows:
            row = list(rng.choice(good_rows))
            key.duplicates += 1
        elif fault == 8:
            row[4], row[5] = "91.5", "30.1"
            key.rejected[line] = "coordinates"
        if fault != 7 and line not in key.rejected:
            good_rows.append(row)
            if row[6] in _FREE_TEXT_WEAPONS:
                key.free_text_weapons.add(line)
        records.append(_csv_record(row))
        line += records[-1].count("\n")
        key.rows += 1
    Path(path).write_text("".join(records), encoding="utf-8")
    return key


def _csv_record(fields: list[str]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(fields)
    return buf.getvalue()
