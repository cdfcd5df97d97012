"""Synthetic strike events over real gazetteer places, for trying the app at scale.

``make_demo_events(n, seed)`` returns a valid event table of exactly ``n`` rows that
looks like a few years of reported strikes: about four in five by Russia on Ukraine
(clustered on the frontline oblasts and the big cities), the rest by Ukraine on the
Russian border regions, the Russian south, the Moscow area and Crimea. Every row names
a real place from :func:`dashboard.geocode.default_gazetteer` with that place's admin1,
country and gazetteer id; city and district points are moved by at most ~1 km so
repeated strikes on one city do not sit on one pixel, region points never move.

The same ``(n, seed)`` gives the same table (for the same gazetteer): all randomness
comes from one ``numpy.random.Generator`` seeded with ``seed``. Nothing here is a real
report; every row says so in ``evidence`` and ``source_title``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard.events import COLUMNS, WEAPONS, empty_frame, make_id, validate, write_csv
from dashboard.geocode import Gazetteer, Place, default_gazetteer

DEMO_START = date(2022, 2, 24)
DEMO_END = date(2025, 12, 31)

RUSSIA_SHARE = 0.8  # the rest is struck by Ukraine

# How often each admin1 is struck, relative to the others of the same side.
RUSSIAN_TARGETS = {
    "Donetsk Oblast": 17.0,
    "Kharkiv Oblast": 16.0,
    "Zaporizhzhia Oblast": 11.0,
    "Kherson Oblast": 11.0,
    "Dnipropetrovsk Oblast": 9.0,
    "Sumy Oblast": 9.0,
    "Mykolaiv Oblast": 4.0,
    "Luhansk Oblast": 2.0,
    "Kyiv City": 4.5,
    "Odesa Oblast": 4.5,
    "Kyiv Oblast": 2.5,
    "Chernihiv Oblast": 2.5,
    "Lviv Oblast": 1.2,
    "Poltava Oblast": 1.2,
    "Cherkasy Oblast": 0.5,
    "Vinnytsia Oblast": 0.5,
    "Zhytomyr Oblast": 0.5,
    "Kirovohrad Oblast": 0.5,
    "Khmelnytskyi Oblast": 0.4,
    "Rivne Oblast": 0.3,
    "Ivano-Frankivsk Oblast": 0.3,
    "Ternopil Oblast": 0.2,
    "Volyn Oblast": 0.2,
    "Chernivtsi Oblast": 0.1,
    "Zakarpattia Oblast": 0.05,
}
UKRAINIAN_TARGETS = {
    "Belgorod Oblast": 30.0,
    "Kursk Oblast": 20.0,
    "Bryansk Oblast": 14.0,
    "Rostov Oblast": 5.0,
    "Voronezh Oblast": 4.5,
    "Krasnodar Krai": 4.5,
    "Autonomous Republic of Crimea": 5.0,
    "Sevastopol": 2.0,
    "Moscow Oblast": 3.0,
    "Moscow": 1.5,
    "Oryol Oblast": 1.2,
    "Lipetsk Oblast": 0.8,
    "Tula Oblast": 0.8,
    "Kaluga Oblast": 0.8,
    "Volgograd Oblast": 0.8,
    "Smolensk Oblast": 0.6,
    "Ryazan Oblast": 0.6,
    "Saratov Oblast": 0.6,
    "Tambov Oblast": 0.5,
    "Republic of Tatarstan": 0.4,
    "Tver Oblast": 0.3,
    "Leningrad Oblast": 0.3,
    "Nizhny Novgorod Oblast": 0.3,
    "Yaroslavl Oblast": 0.3,
    "Saint Petersburg": 0.2,
    "Stavropol Krai": 0.2,
    "Astrakhan Oblast": 0.2,
    "Republic of Adygea": 0.2,
    "Republic of Bashkortostan": 0.2,
    "Pskov Oblast": 0.2,
}
# The share of its admin1's strikes a big city takes; the other places of the admin1
# share the rest by the square root of their population.
CITY_SHARES = {
    ("Kyiv", "Kyiv City"): 1.0,
    ("Kharkiv", "Kharkiv Oblast"): 0.4,
    ("Zaporizhzhia", "Zaporizhzhia Oblast"): 0.4,
    ("Kherson", "Kherson Oblast"): 0.45,
    ("Dnipro", "Dnipropetrovsk Oblast"): 0.25,
    ("Kryvyi Rih", "Dnipropetrovsk Oblast"): 0.15,
    ("Odesa", "Odesa Oblast"): 0.6,
    ("Lviv", "Lviv Oblast"): 0.5,
    ("Mykolaiv", "Mykolaiv Oblast"): 0.4,
    ("Sumy", "Sumy Oblast"): 0.3,
    ("Chernihiv", "Chernihiv Oblast"): 0.3,
    ("Belgorod", "Belgorod Oblast"): 0.35,
    ("Kursk", "Kursk Oblast"): 0.2,
    ("Bryansk", "Bryansk Oblast"): 0.25,
    ("Rostov-on-Don", "Rostov Oblast"): 0.3,
    ("Voronezh", "Voronezh Oblast"): 0.5,
    ("Krasnodar", "Krasnodar Krai"): 0.2,
    ("Sevastopol", "Sevastopol"): 0.8,
    ("Moscow", "Moscow"): 1.0,
    ("Saint Petersburg", "Saint Petersburg"): 1.0,
}
# Held by Russia for all or most of the period: Russia does not strike these.
OCCUPIED_CITIES = (
    "Donetsk", "Makiivka", "Horlivka", "Yenakiieve", "Khartsyzk", "Shakhtarsk", "Snizhne",
    "Yasynuvata", "Debaltseve", "Mariupol", "Luhansk", "Alchevsk", "Dovzhansk", "Khrustalnyi",
    "Rovenky", "Antratsyt", "Brianka", "Melitopol", "Berdiansk", "Tokmak", "Enerhodar",
    "Nova Kakhovka", "Henichesk", "Skadovsk",
)
_OCCUPIED_KM = 12.0
# Admin1s that are cities: their GeoNames "places" other than the city itself are
# neighbourhoods (Podil, Obolon, Zamoskvorechye), so only the city is kept.
CITY_ADMIN1 = ("Kyiv City", "Moscow", "Saint Petersburg")
# Where short-range weapons (artillery, glide bombs, rockets) reach.
NEAR_FRONT = {
    "Russia": ("Donetsk Oblast", "Kharkiv Oblast", "Zaporizhzhia Oblast", "Kherson Oblast",
               "Dnipropetrovsk Oblast", "Sumy Oblast", "Mykolaiv Oblast", "Luhansk Oblast", "Chernihiv Oblast"),
    "Ukraine": ("Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"),
}
WEAPON_WEIGHTS = {
    "Russia": {"drone": 38, "artillery": 15, "glide bomb": 11, "ballistic missile": 9, "cruise missile": 8,
               "missile": 7, "rocket": 8, "unknown": 4},
    "Ukraine": {"drone": 72, "missile": 6, "ballistic missile": 4, "cruise missile": 3, "artillery": 6,
                "rocket": 6, "glide bomb": 1, "unknown": 2},
}
_SHORT_RANGE = ("artillery", "glide bomb", "rocket")
_MISSILES = ("ballistic missile", "cruise missile", "missile")
# (geo precision -> share) per side; Russian places have no curated districts.
PRECISIONS = {"Russia": {"city": 0.78, "district": 0.17, "region": 0.05},
              "Ukraine": {"city": 0.93, "district": 0.0, "region": 0.07}}
DAMAGE = {
    "Russia": ("residential buildings", "private houses", "fires", "energy infrastructure", "infrastructure",
               "cars", "industrial facility", "educational facility", "shops", "power lines"),
    "Ukraine": ("oil depot", "oil refinery", "fires", "power substation", "airfield", "residential buildings",
                "private houses", "cars", "industrial facility", "ammunition depot"),
}
JITTER_KM = 0.9


@dataclass
class _Pool:
    """Places of one geo precision a side strikes, with the chance of each."""

    places: list[Place]
    weights: np.ndarray


def make_demo_events(n: int, seed: int = 0, start: date = DEMO_START, end: date = DEMO_END,
                     gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """``n`` synthetic, valid events between ``start`` and ``end``, the same for the same seed."""
    if n < 0:
        raise ValueError("n must not be negative")
    if end < start:
        raise ValueError("end must not be before start")
    if n == 0:
        return empty_frame()
    gazetteer = gazetteer or default_gazetteer()
    rng = np.random.default_rng(seed)
    days = (end - start).days + 1

    # Side, then precision, then place: one flat draw per (side, precision) pool.
    is_russia = rng.random(n) < RUSSIA_SHARE
    sides = np.where(is_russia, "Russia", "Ukraine")
    place_idx = np.empty(n, dtype=np.int64)
    all_places: list[Place] = []
    for side, pools in _pools(gazetteer).items():
        rows = np.flatnonzero(sides == side)
        kinds = list(pools)
        shares = np.array([PRECISIONS[side][k] for k in kinds])
        choice = rng.choice(len(kinds), size=len(rows), p=shares / shares.sum())
        for k, kind in enumerate(kinds):
            pool = pools[kind]
            sel = rows[choice == k]
            place_idx[sel] = len(all_places) + rng.choice(len(pool.places), size=len(sel), p=pool.weights)
            all_places.extend(pool.places)

    table = _place_table(all_places)
    pick = {col: values[place_idx] for col, values in table.items()}
    near_front = np.zeros(n, dtype=bool)
    for side, admin1s in NEAR_FRONT.items():
        near_front |= (sides == side) & np.isin(pick["admin1"], admin1s)

    # Dates: a gentle upward trend, winter peaks and week-to-week swings.
    day_offset = np.empty(n, dtype=np.int64)
    weekly = rng.lognormal(0.0, 0.35, size=days // 7 + 1)
    for side, trend in (("Russia", (1.0, 1.0)), ("Ukraine", (0.4, 2.0))):
        rows = np.flatnonzero(sides == side)
        w = _day_weights(start, days, trend, weekly)
        day_offset[rows] = rng.choice(days, size=len(rows), p=w)
    event_day = np.datetime64(start.isoformat(), "D") + day_offset
    approx = rng.random(n) < 0.08
    date_precision = np.where(approx, "approx", "day")
    # Reported the same day or up to two days later; an approximate date is the report's date.
    published_day = event_day + np.where(approx, 0, rng.choice(3, size=n, p=[0.6, 0.3, 0.1]))

    weapons, has_drone, has_missile = _weapons(rng, sides, near_front)

    # Coordinates: the place's point, cities and districts moved by at most JITTER_KM.
    lat0, lon0 = pick["latitude"], pick["longitude"]
    moved = pick["geo_precision"] != "region"
    r = JITTER_KM * np.sqrt(rng.random(n))
    theta = rng.random(n) * 2 * math.pi
    lat = np.where(moved, lat0 + r * np.cos(theta) / 111.32, lat0)
    lon = np.where(moved, lon0 + r * np.sin(theta) / (111.32 * np.cos(np.radians(lat0))), lon0)

    event_dates = event_day.astype(str)
    # One attack: one side, one day, one city (with its districts) or region.
    target = np.where(pick["district_of"] != "", pick["district_of"], pick["place"])
    codes, uniques = pd.factorize(pd.Series([f"{d}|{s}|{t}" for d, s, t in zip(event_dates, sides, target)]))
    attack_ids = np.array([make_id("demo-attack", seed, key) for key in uniques], dtype=object)[codes]

    counts = _counts(rng, n, sides, pick["geo_precision"], has_drone, has_missile,
                     first_of_attack=~pd.Series(codes).duplicated().to_numpy())

    frame = pd.DataFrame({
        "event_id": [make_id("demo", seed, i) for i in range(n)],
        "attack_id": attack_ids,
        "event_date": event_dates,
        "date_precision": date_precision,
        "attacker": sides,
        "attacker_basis": np.where(rng.random(n) < 0.9, "stated", "inferred"),
        "place": pick["place"],
        "location_text": pick["place"],
        "district_of": pick["district_of"],
        "admin1": pick["admin1"],
        "country": pick["country"],
        "latitude": np.round(lat, 5),
        "longitude": np.round(lon, 5),
        "geo_precision": pick["geo_precision"],
        "gazetteer_id": pick["gazetteer_id"],
        "weapons": weapons,
        **counts,
        "damage": _damage(rng, sides),
        "reported_by": "demo data",
        "article_id": f"demo-{seed}",
        "published": published_day.astype(str),
        "source_title": "Synthetic demo event",
        "source_url": "",
        "evidence": f"Synthetic event generated by strikemap demo (seed {seed}).",
        "confidence": np.round(rng.uniform(0.5, 0.95, size=n), 2),
    }, columns=list(COLUMNS))
    return validate(frame)


def write_demo_store(n: int, seed: int, data_dir: Path) -> Path:
    """Write ``n`` demo events to ``data_dir/events.csv`` and return the path. A store database
    already in that folder gets them as its whole content; a new one is built from the file."""
    from dashboard.db import SQLITE_NAME
    from dashboard.db.files import FileStore
    from dashboard.store import Store

    path = Path(data_dir) / "events.csv"
    events = make_demo_events(n, seed)
    write_csv(events, path)
    if (Path(data_dir) / SQLITE_NAME).exists():
        Store(data_dir, url="").replace_with(FileStore(sources=events))
    return path


# --- places ------------------------------------------------------------------------

_pool_cache: tuple[Gazetteer, dict[str, dict[str, _Pool]]] | None = None


def _pools(gazetteer: Gazetteer) -> dict[str, dict[str, _Pool]]:
    """For each side, the city, district and region pools with their chances (kept for the last gazetteer)."""
    global _pool_cache
    if _pool_cache is None or _pool_cache[0] is not gazetteer:
        _pool_cache = (gazetteer, {
            "Russia": _side_pools(gazetteer, ("UA",), RUSSIAN_TARGETS, exclude_occupied=True),
            "Ukraine": _side_pools(gazetteer, ("UA", "RU"), UKRAINIAN_TARGETS, exclude_occupied=False),
        })
    return _pool_cache[1]


def _side_pools(gazetteer: Gazetteer, countries: tuple[str, ...], targets: dict[str, float],
                exclude_occupied: bool) -> dict[str, _Pool]:
    places = sorted((p for p in gazetteer.places if p.country in countries and p.admin1 in targets
                     and p.latitude is not None and p.longitude is not None),
                    key=lambda p: p.gazetteer_id)
    cities = [p for p in places if p.kind == "city"]
    if exclude_occupied:
        cities = _drop_occupied(cities)
    by_admin1: dict[str, list[Place]] = {}
    for p in cities:
        by_admin1.setdefault(p.admin1, []).append(p)
    total = sum(targets[a] for a in by_admin1)

    city_w: dict[str, float] = {}
    for admin1, members in by_admin1.items():
        share_of_region = targets[admin1] / total
        big = {}
        for (name, region), share in CITY_SHARES.items():
            if region == admin1:
                named = [p for p in members if p.name == name]
                if named:
                    big[max(named, key=lambda p: p.population).gazetteer_id] = share
        if admin1 in CITY_ADMIN1:
            members = [p for p in members if p.gazetteer_id in big] or [max(members, key=lambda p: p.population)]
            big = {p.gazetteer_id: 1.0 for p in members}
        rest = [p for p in members if p.gazetteer_id not in big]
        rest_share = max(0.0, 1.0 - sum(big.values()))
        rest_w = np.sqrt(np.maximum([p.population for p in rest], 300.0)) if rest else np.array([])
        for p, w in zip(rest, rest_w):
            city_w[p.gazetteer_id] = share_of_region * rest_share * w / rest_w.sum()
        for gid, share in big.items():
            city_w[gid] = share_of_region * share
    city_pool = [p for p in cities if p.gazetteer_id in city_w]
    pools = {"city": _pool(city_pool, [city_w[p.gazetteer_id] for p in city_pool])}

    # A district is struck as often as its city, shared among the city's districts.
    districts = [p for p in places if p.kind == "district"]
    city_of: dict[tuple[str, str], float] = {}
    for p in sorted(city_pool, key=lambda p: p.population):  # a name's biggest place wins
        city_of[(p.name, p.admin1)] = city_w[p.gazetteer_id]
    siblings: dict[tuple[str, str], int] = {}
    for d in districts:
        siblings[(d.district_of, d.admin1)] = siblings.get((d.district_of, d.admin1), 0) + 1
    districts = [d for d in districts if city_of.get((d.district_of, d.admin1), 0) > 0]
    if districts:
        pools["district"] = _pool(districts, [city_of[(d.district_of, d.admin1)] / siblings[(d.district_of, d.admin1)]
                                              for d in districts])

    # Regions as often as their admin1, save the admin1s that are cities.
    regions = [p for p in places if p.kind == "region" and p.admin1 not in CITY_ADMIN1 + ("Sevastopol",)]
    pools["region"] = _pool(regions, [targets[p.admin1] for p in regions])
    return pools


def _pool(places: list[Place], weights: list[float]) -> _Pool:
    w = np.asarray(weights, dtype=float)
    return _Pool(places, w / w.sum())


def _drop_occupied(cities: list[Place]) -> list[Place]:
    """Cities Russia has held since before or early in the full-scale war, and their suburbs."""
    centres = [max((p for p in cities if p.name == name), key=lambda p: p.population)
               for name in OCCUPIED_CITIES if any(p.name == name for p in cities)]
    if not centres:
        return cities
    lat = np.array([p.latitude for p in cities])
    lon = np.array([p.longitude for p in cities])
    keep = np.ones(len(cities), dtype=bool)
    for c in centres:
        dy = (lat - c.latitude) * 111.32
        dx = (lon - c.longitude) * 111.32 * math.cos(math.radians(c.latitude))
        keep &= dx * dx + dy * dy > _OCCUPIED_KM ** 2
    return [p for p, k in zip(cities, keep) if k]


def _place_table(places: list[Place]) -> dict[str, np.ndarray]:
    return {
        "place": np.array([p.name for p in places], dtype=object),
        "district_of": np.array([p.district_of for p in places], dtype=object),
        "admin1": np.array([p.admin1 for p in places], dtype=object),
        "country": np.array([p.country for p in places], dtype=object),
        "latitude": np.array([p.latitude for p in places], dtype=float),
        "longitude": np.array([p.longitude for p in places], dtype=float),
        "geo_precision": np.array([p.kind for p in places], dtype=object),
        "gazetteer_id": np.array([p.gazetteer_id for p in places], dtype=object),
    }


# --- dates, weapons, figures ---------------------------------------------------------

def _day_weights(start: date, days: int, trend: tuple[float, float], weekly: np.ndarray) -> np.ndarray:
    t = np.arange(days) / max(days - 1, 1)
    doy = ((np.datetime64(start.isoformat(), "D") + np.arange(days)
            - np.datetime64(f"{start.year}-01-01", "D")).astype(np.int64)) % 365
    winter = 1.0 + 0.3 * np.cos(2 * math.pi * (doy - 15) / 365)  # energy campaigns peak mid-January
    w = (trend[0] + trend[1] * t) * winter * weekly[np.arange(days) // 7]
    return w / w.sum()


def _weapons(rng: np.random.Generator, sides: np.ndarray, near_front: np.ndarray):
    """One or two weapons per event; short-range ones only near the front."""
    n = len(sides)
    code = {w: i for i, w in enumerate(WEAPONS)}
    first = np.empty(n, dtype=np.int64)
    second = np.empty(n, dtype=np.int64)
    for side, weights in WEAPON_WEIGHTS.items():
        rows = np.flatnonzero(sides == side)
        names = list(weights)
        p = np.array([weights[w] for w in names], dtype=float)
        codes = np.array([code[w] for w in names])
        first[rows] = codes[rng.choice(len(names), size=len(rows), p=p / p.sum())]
        second[rows] = codes[rng.choice(len(names), size=len(rows), p=p / p.sum())]
    second[rng.random(n) >= 0.22] = -1
    short = np.isin(first, [code[w] for w in _SHORT_RANGE])
    first[short & ~near_front] = code["drone"]
    second[np.isin(second, [code[w] for w in _SHORT_RANGE]) & ~near_front] = -1
    second[(second == first) | (first == code["unknown"]) | (second == code["unknown"])] = -1
    names = np.array(WEAPONS + ("",), dtype=object)
    joined = np.empty((len(WEAPONS), len(WEAPONS) + 1), dtype=object)
    for i in range(len(WEAPONS)):
        for j in range(-1, len(WEAPONS)):
            joined[i, j] = names[i] if j == -1 else f"{names[i]};{names[j]}"
    missile_codes = [code[w] for w in _MISSILES]
    has_drone = (first == code["drone"]) | (second == code["drone"])
    has_missile = np.isin(first, missile_codes) | np.isin(second, missile_codes)
    # Listed in the schema's order, as the extractor writes them ("ballistic missile;drone").
    lo = np.where(second >= 0, np.minimum(first, second), first)
    hi = np.where(second >= 0, np.maximum(first, second), -1)
    return joined[lo, hi], has_drone, has_missile


def _heavy_tail(rng: np.random.Generator, n: int, zero: float, a: float, cap: int) -> np.ndarray:
    """0 with chance ``zero``, else a Zipf count (mostly 1-3, now and then dozens), at most ``cap``."""
    values = rng.zipf(a, size=n)
    over = values > cap
    values[over] = rng.integers(cap // 3, cap + 1, size=int(over.sum()))
    values[rng.random(n) < zero] = 0
    return values


def _nullable(values: np.ndarray, reported: np.ndarray) -> pd.arrays.IntegerArray:
    return pd.arrays.IntegerArray(np.where(reported, values, 0).astype("int64"), ~reported)


def _counts(rng: np.random.Generator, n: int, sides: np.ndarray, precision: np.ndarray,
            has_drone: np.ndarray, has_missile: np.ndarray, first_of_attack: np.ndarray) -> dict:
    killed_set = rng.random(n) < 0.5
    injured_set = rng.random(n) < 0.6
    killed = _heavy_tail(rng, n, zero=0.55, a=2.3, cap=60)
    injured = _heavy_tail(rng, n, zero=0.35, a=2.0, cap=150)
    total = np.where(killed_set, killed, 0) + np.where(injured_set, injured, 0)
    children_set = (total > 0) & (rng.random(n) < 0.12)
    children = np.clip(rng.binomial(total, 0.2), 1, np.maximum(total, 1))

    # Interception figures belong to the attack: set once, on its first city or region row.
    figures = (first_of_attack & (precision != "district") & (has_drone | has_missile)
               & (rng.random(n) < 0.2))
    drones_set = figures & has_drone
    missiles_set = figures & has_missile
    drones = np.clip(np.rint(rng.lognormal(math.log(50), 0.6, size=n)), 10, 200).astype(np.int64)
    missiles = np.clip(np.rint(rng.lognormal(math.log(6), 0.9, size=n)), 1, 100).astype(np.int64)
    ukraine = sides == "Ukraine"
    drone_rate = np.where(ukraine, rng.beta(12, 2, size=n), rng.beta(8, 2, size=n))
    drones_down = rng.binomial(drones, drone_rate)
    missiles_down = rng.binomial(missiles, rng.beta(5, 3, size=n))
    return {
        "killed": _nullable(killed, killed_set),
        "injured": _nullable(injured, injured_set),
        "children": _nullable(children, children_set),
        "missiles_launched": _nullable(missiles, missiles_set),
        "missiles_intercepted": _nullable(missiles_down, missiles_set),
        "drones_launched": _nullable(drones, drones_set),
        "drones_intercepted": _nullable(drones_down, drones_set),
    }


def _damage(rng: np.random.Generator, sides: np.ndarray) -> np.ndarray:
    """Nothing, one or two short damage notes per event."""
    n = len(sides)
    out = np.full(n, "", dtype=object)
    for side, notes in DAMAGE.items():
        rows = np.flatnonzero(sides == side)
        k = len(notes)
        a = rng.integers(0, k, size=len(rows))
        b = (a + rng.integers(1, k, size=len(rows))) % k  # never the same note twice
        how_many = rng.choice(3, size=len(rows), p=[0.35, 0.45, 0.2])
        table = np.array(notes, dtype=object)
        both = np.array([f"{x}; {y}" for x, y in zip(table[a], table[b])], dtype=object)
        out[rows] = np.where(how_many == 0, "", np.where(how_many == 1, table[a], both))
    return out
