"""Place mentions: which names in a sentence are places, which place each means, and
what the place is to the sentence (struck, or named for another reason).

The extractor reaches the gazetteer only through ``PlaceNames``: does a name exist,
may a word start one, and which place does a name mean given hints. Names are found
as written, and in Ukrainian and Russian also in their dictionary forms and stems
(``morphology``), so "у Харкові" and "Белгородской области" are found like "Kharkiv".
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from dashboard import attack_records
from dashboard.extract import morphology
from dashboard.extract.lexicon import Lexicon
from dashboard.geocode import (SURNAME_ENDINGS, VILLAGE_NEAR_KM, OfflineGeocoder, Place, adjective_of, km, normalize,
                               official_surnames, raion_centre, romanize_russian)

CONTEXT_CHARS = 80
_NEAR_KM = 30  # a namesake this close to a place the report names is the one meant
RAION_SPAN_KM = 80  # how far from its centre a raion's settlements lie, at most
_NAMESAKES_CLOSE_KM = 40  # a region's namesake villages this close: either marks the strike within a raion's reach
HROMADA_SPAN_KM = 30  # and a hromada's
_MISSPELT_REACH_KM = 40  # a settlement a name misspells lies this near the unit told with it, or is not meant
_NEIGHBOURHOOD_KM = 7  # a town GeoNames lists this close to a city district that names it is that district
# Cities divided into districts are this large (GeoNames counts wartime Kherson at 66,000).
_DISTRICTED_CITY = 50_000
# A city this large has districts of its own ("Ленинский район" of Donetsk, not a raion of an oblast).
BIG_CITY = 100_000
# A district this close to a place the report has already struck belongs to that city.
DISTRICT_KM = 25
_BREAK = re.compile(r"[.,;:!?()\u2014\u2013\"“”«»]")
WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][\w'’‘ʼ\-]*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@dataclass(frozen=True)
class Mention:
    text: str
    start: int
    end: int
    place: Place
    role: str  # target | vicinity | title | launch | context | overflight | locator | country | raion
    unit: str = ""  # named by an adjective and a unit noun: region, raion, hromada, district
    key: str = ""  # the name (or "|"-joined names) it was resolved from
    area: Place | None = None  # the raion or hromada that placed a village the gazetteer lacks


class PlaceNames:
    """The geocoder as extraction sees it: names in text, and a name resolved with hints."""

    def __init__(self, geocoder: OfflineGeocoder):
        self.geocoder = geocoder
        self.gazetteer = geocoder.gazetteer
        self.region_facts: dict[str, dict[str, str]] = self.gazetteer.region_facts
        self.max_words = min(self.gazetteer.max_words, 5)
        self._resolved: dict[tuple, Place | None] = {}
        self._mentions: dict[tuple, list[Mention]] = {}  # find_mentions' answers for this report
        self._roles: dict[tuple, str] = {}  # the role of each mention's span, for this report
        self.people: set[str] = set()  # the bases of surnames this report has told after a first name
        # Kept with the geocoder, across reports: at most one entry per name the gazetteer knows.
        self._only: dict[tuple, Place | None] = geocoder.__dict__.setdefault("_one_bearer", {})
        self._by_stems: dict[tuple, tuple[str, ...]] = geocoder.__dict__.setdefault("_names_by_stems", {})
        self._by_kind: dict[tuple[str, str, bool], tuple[Place, ...]] = geocoder.__dict__.setdefault("_places_by_name", {})

    def knows(self, name: str) -> bool:
        return self.gazetteer.knows(name)

    def only_villages(self, name: str, smaller_than: int = 0) -> bool:
        """Whether every place the name means is a village of unknown size (one of the village
        tables'): a report's village of that name elsewhere may be one the tables lack. (Or a
        settlement of fewer than ``smaller_than`` people, or one the name only misspells.)"""
        found = self.geocoder.candidates(name)
        return bool(found) and all(p.village or p.kind == "city" and smaller_than > 0 and (
            p.population < smaller_than or how in ("typo", "spelling")) for p, how, _ in found)

    def only_loosely(self, name: str) -> bool:
        """Whether the name is no place's own or alias, only a loose spelling of villages' names
        ("Solar" for a Crimean village): a capitalised common word, not a place."""
        found = self.geocoder.candidates(name)
        return bool(found) and not any(how in ("exact", "alias") or p.population >= _TOWN_IN_REGION for p, how, _ in found)

    def town_in_ukrainian(self, name: str) -> Place | None:
        return self.gazetteer.town_in_ukrainian(name)

    def may_start(self, word: str) -> bool:
        return self.gazetteer.may_start(word)

    def village_known_in_latin(self, name: str, region: str) -> Place | None:
        return self.gazetteer.village_known_in_latin(name, region)

    def raion_at(self, latitude: float | None, longitude: float | None) -> str:
        """The raion of Ukraine a point lies in ("" when unknown)."""
        return self.gazetteer.raion_at(latitude, longitude) if latitude is not None and longitude is not None else ""

    def raion_seat(self, code: str) -> Place | None:
        """The town a raion of Ukraine (KATOTTG code) is named after, when known."""
        return self.gazetteer.raion_seats.get(code) if code else None

    def capital(self, region: str) -> Place | None:
        """A region's capital city ("столица ДНР", "в місті" after the head of a region's
        administration, "the regional centre"), None when the tables name none."""
        capital = self.region_facts.get(region, {}).get("capital", "")
        city = self.resolve(capital, kind="city", region=region) if capital else None
        return city if city is not None and city.latitude is not None else None

    def is_capital(self, place: Place) -> bool:
        """Whether a city is its region's capital (a big town however few live there now: Kherson)."""
        capital = self.capital(place.admin1) if place.kind == "city" else None
        return capital is not None and capital.gazetteer_id == place.gazetteer_id

    def resolve(self, name: str, **hints) -> Place | None:
        """The place a name means with these hints (the same question is asked often in one report)."""
        if set(hints) <= {"kind", "region", "near"}:
            # A name only one place bears needs no ranking by region or nearness.
            base = (name, hints.get("kind"))
            if base not in self._only:
                found = self.geocoder.candidates(name, kind=hints.get("kind"))
                # (not a guess at a misspelling, which the region named may answer otherwise: "Golovichino";
                # nor a hromada's centre, which the region names among several: "Krasnopilska" is Sumy's
                # Krasnopillia there, and Zhytomyr's Krasnopil by its spelling alone)
                self._only[base] = found[0][0] if len(found) == 1 and found[0][0].latitude is not None \
                    and not found[0][0].village and found[0][1] not in ("typo", "hromada") else None
            if self._only[base] is not None:
                return self._only[base]
        key = (name, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in hints.items() if v)))
        if key not in self._resolved:
            found = self.geocoder.resolve(name, **{k: v for k, v in hints.items() if v})
            place = found.place if found else None
            if place is not None and place.village and not self._hinted(found, hints):
                # Then the name means what it meant without villages: the best place of known size
                # (in the region named, if one is: "Illinivka, Vyshneve and Avdiivka" of a Donetsk
                # roundup are its villages, the nearest to the places told, not Kyiv Oblast's town).
                sized = next((p for p, _, _ in self.geocoder.candidates(name, **{k: v for k, v in hints.items() if v})
                              if not p.village and p.latitude is not None), None)
                place = place if sized is not None and self._in_region_near(found, sized, hints) else sized
            if place is not None and place.kind == "city" and not hints.get("kind"):
                place = self._district_named(name, place) or place
            self._resolved[key] = place
        return self._resolved[key]

    def settlement_of_raion(self, name: str, raion: Place) -> Place | None:
        """The one settlement, village or town, of this name in the raion of Ukraine whose centre
        ``raion`` is: a region with two Dolynkas names the one of its Polohy raion when the raion is
        told with it (in Russia, a village the census lists under the raion of that name: "в посёлке
        Сосновом Туапсинского округа")."""
        if raion.country == "RU":
            found = [p for p in self.settlements(name) if p.village and p.country == "RU" and p.admin1 == raion.admin1
                     and _in_census_raion(p, raion)]
            return found[0] if len(found) == 1 else None
        code = self.raion_at(raion.latitude, raion.longitude) if raion.country == "UA" else ""
        found = [p for p in self.settlements(name) if code and code == (
            p.raion if p.village else self.raion_at(p.latitude, p.longitude))]
        # (the village tables list some towns again: one place, the town's entry; "с. Слобожанське
        # Харківського району" is the Slobozhanske of that raion, not the larger one of another)
        towns = [p for p in found if not p.village]
        found = [p for p in found if not p.village or not any(
            km((p.latitude, p.longitude), (t.latitude, t.longitude)) <= _SAME_PLACE_KM for t in towns)]
        return found[0] if len(found) == 1 else None

    def nearest(self, name: str, centre: tuple[float, float], within_km: float) -> Place | None:
        """The place of this name closest to a point, if one lies within reach: a hromada's village,
        whatever larger namesakes its region has."""
        places = [p for p, _, _ in self.geocoder.candidates(name, near=[centre]) if p.kind == "city" and p.latitude is not None]
        best = min(places, key=lambda p: km((p.latitude, p.longitude), centre), default=None)
        return best if best is not None and km((best.latitude, best.longitude), centre) <= within_km else None

    def _district_named(self, name: str, town: Place) -> Place | None:
        """The city district a name means when GeoNames lists it as a town of its own that lies in
        the district ("на Салтівці", "Obolon"): the district names it among its own names."""
        return next((p for p, _, _ in self.geocoder.candidates(name) if p.kind == "district"
                     and km((p.latitude, p.longitude), (town.latitude, town.longitude)) <= _NEIGHBOURHOOD_KM), None)

    def _hinted(self, found, hints: dict) -> bool:
        """A village of unknown size is meant only near the places the report names, or as the
        only village of its name in the region it names: a bare name that only hamlets bear is
        more often a word or a person, and one of a region's sixteen Oleksandrivkas is a guess."""
        village = found.place
        if any(km((village.latitude, village.longitude), p) <= VILLAGE_NEAR_KM for p in hints.get("near") or ()):
            return True
        # (Two of a region's villages of the name that lie this close are one mark either way: "the
        # border village of Dubovka" where the region has two Dubovkas a few villages apart.)
        return village.admin1 in self._hinted_regions(hints) and not any(p.village and (
            p.latitude is None or km((p.latitude, p.longitude), (village.latitude, village.longitude)) > _NAMESAKES_CLOSE_KM)
            for p in _namesakes_in_region(found))

    def _in_region_near(self, found, sized: Place, hints: dict) -> bool:
        """Whether a village of the region named, within a raion's reach of the places told, is meant
        rather than a town of its name outside that region."""
        village = found.place
        regions = self._hinted_regions(hints)
        if village.admin1 not in regions or sized.admin1 in regions:
            return False
        # (the places told, not the region's own middle: "in Kharkiv Oblast" says nothing of where in it)
        middle = self.resolve(village.admin1, kind="region")
        near = [q for q in hints.get("near") or () if middle is None or km(q, (middle.latitude, middle.longitude)) > 1]
        if not near:
            return False
        reach = lambda p: min(km((p.latitude, p.longitude), q) for q in near)  # noqa: E731
        # (and plainly the nearest of the region's namesakes: of many Pishchanes, the raion told decides)
        return reach(village) <= 2 * VILLAGE_NEAR_KM and all(
            reach(p) >= 2 * reach(village) for p in _namesakes_in_region(found) if p.latitude is not None)

    def _hinted_regions(self, hints: dict) -> frozenset[str]:
        """The regions a ``region`` hint names (none without one)."""
        return self.geocoder.read_hints(hints["region"], None, {})[0] if hints.get("region") else frozenset()

    def role(self, sentence: str, start: int, end: int, place: Place, lex: Lexicon) -> str:
        """``_role`` of a mention, once per report: a sentence read again with another region's
        hint names the same places at the same spans, and their context says the same."""
        key = (sentence, start, end, place.kind, lex.code)
        found = self._roles.get(key)
        if found is None:
            found = self._roles[key] = _role(sentence, start, end, place, lex)
        return found

    def districts(self, name: str) -> tuple[Place, ...]:
        """The city districts a name may mean, best first (asked of every form of an adjective
        before "район", in every sentence naming one)."""
        return self._of_kind(name, "district")

    def settlements(self, name: str, borrowed: bool = True) -> tuple[Place, ...]:
        """Every settlement a name may mean, best first: the namesakes among which a list, a raion
        or a hromada's size decides (``borrowed=False``: not those that only once bore it, or bear
        it beside a larger place whose own name it is)."""
        return self._of_kind(name, "city", borrowed)

    def _of_kind(self, name: str, kind: str, borrowed: bool = True) -> tuple[Place, ...]:
        # (asked for every list and raion adjective of a report: each answer is kept)
        found = self._by_kind.get((name, kind, borrowed))
        if found is None:
            if len(self._by_kind) >= 100_000:
                self._by_kind.clear()
            found = self._by_kind[(name, kind, borrowed)] = tuple(
                p for p, how, _ in self.geocoder.candidates(name, kind=kind) if borrowed or how != "borrowed")
        return found

    def by_stems(self, stems: list[str]) -> list[str]:
        """Gazetteer names (Cyrillic) whose stem is one of ``stems``; names whose stem only
        another language's spelling of it meets come after."""
        key = tuple(stems)
        if key in self._by_stems:
            return list(self._by_stems[key])
        index = _stem_index(self.gazetteer)
        out: list[str] = []
        for s in stems:
            # The gazetteer's keys are folded (й -> и, ї -> і, no apostrophes); so are the stems.
            out.extend(index.get(morphology.name_stem(normalize(s)), ()))
        for s in stems:
            out.extend(index.get(_CROSS + cross_spelling(morphology.name_stem(normalize(s))), ()))
        if len(self._by_stems) >= 100_000:
            self._by_stems.clear()
        self._by_stems[key] = found = tuple(dict.fromkeys(out))
        return list(found)


_CROSS = "~"  # the stem index's keys of names as the other Cyrillic language spells them


@functools.lru_cache(maxsize=100_000)
def _namesakes_in_region(found) -> list[Place]:
    """The other places a resolved village's name means in its own region."""
    village = found.place
    return [p for p in found.alternatives if p.name == village.name and p.admin1 == village.admin1]


def cross_spelling(stem: str) -> str:
    """One key for a name's Ukrainian and Russian spellings (the folds are the Russian
    lexicon's ``cross_spelling`` table)."""
    for pattern, repl in _cross_folds():
        stem = pattern.sub(repl, stem)
    return stem


@functools.lru_cache(maxsize=1)
def _cross_folds() -> list[tuple[re.Pattern, str]]:
    from dashboard.extract.lexicon import lexicon

    return [(re.compile(p), r) for p, r in lexicon("ru").tables.get("cross_spelling", [])]


def _stem_index(gazetteer) -> dict[str, list[str]]:
    index = getattr(gazetteer, "_cyrillic_stems", None)
    if index is None:
        index = defaultdict(list)
        for key, entries in gazetteer.exact.items():
            if not _CYRILLIC.search(key) or key.count(" ") > 1:
                continue
            if not any(gazetteer.places[i].kind == "city" for i, _ in entries):
                continue
            if " " in key:
                # "Велика Писарівка" -> "великописарівк", the stem of Великописарівська;
                # "Кривий Ріг" -> "крив роз", the stems of "Кривому Розі".
                first, second = key.split()
                # (Russian joins with "е" after a soft or hushing stem: "Большое Солдатское" -> "большесолдатск")
                stems = [morphology.name_stem(first) + joint + s for s in morphology.name_stems(second) for joint in "ое"]
                stems += [morphology.name_stem(first) + " " + s for s in morphology.name_stems(second)]
            else:
                stems = morphology.name_stems(key)
            for stem in stems:
                if len(stem) >= 3:
                    index[stem].append(key)
                    if len(stem) >= 6:
                        index[_CROSS + cross_spelling(stem)].append(key)
        gazetteer._cyrillic_stems = index = dict(index)
    return index


def preload(geocoder: OfflineGeocoder, lang: str = "") -> None:
    """Build now what reading a report otherwise builds on first use, once per process: the
    stems of the gazetteer's Cyrillic names and the spellings shared by Ukrainian and Russian,
    the gazetteer's typo and hromada indexes, the night summaries' phrases, and the dictionaries
    a language consults."""
    _stem_index(geocoder.gazetteer)
    attack_records.preload()
    _cross_folds()
    geocoder.gazetteer.build_search_indexes()
    if lang:
        morphology.load(lang)


# --- finding names -------------------------------------------------------------------

@dataclass
class _Found:
    n: int          # words the name spans
    name: str       # the form to resolve
    unit: str = ""  # region, administration, raion, hromada, district, facility: an adjective with its noun
    length: int = 0  # characters of the text the name covers, when not whole words ("Moscow" of "Moscow's")
    country: str = ""  # the country the unit noun says the place is in ("громада": Ukraine)


# What may stand between units of one list: commas, "і", "та", "у", "в" (after the brackets go), and a
# figure told for each ("двое — в Большесолдатском").
_LIST_GAP = re.compile(r"[\s,;]*(?:(?:і|й|та|и|а также)\s+)?(?:[\w'’ʼ]+\s*[—–-]\s*)?(?:(?:у|в|во)\s+)?")
_PARENTHESES = re.compile(r"\([^()]*\)")
# After an adjective whose noun is left off: the clause ends, or the list goes on with another name.
_NOUN_LEFT_OFF = re.compile(r"\s*(?:[,.;:!?)]|$|\s(?:та|і|й|и|а|або)\s+(?:(?:у|в)\s+)?[А-ЯІЇЄҐЁ])")
_DASH_AFTER = re.compile(r"\s*[—–-]\s")  # "у Балаклійському - гараж": the noun left off, a dash for it
_CONJUNCTIONS = ("та", "і", "й", "и", "а также")


# The sentence last read for names, its lexicon and each word's unit noun: a sentence is read
# more than once (with another region's hint), and each word is asked about more than once.
_units_of: list = [None, None, {}]


def _unit_after(words: list[re.Match], i: int, sentence: str, lex: Lexicon) -> tuple[str, str]:
    """The unit noun an adjective names ("Хотінська громада", "Курской области"), also at the
    end of a list of adjectives ("Юнаківська, Хотінська та Білопільська громади"): (unit, noun).
    ``words`` are the sentence's words (WORD_RE)."""
    memo = _units_of
    if sentence is not memo[0] or lex is not memo[1]:
        memo[:] = [sentence, lex, {}]
    found = memo[2].get(i)
    if found is None:
        found = memo[2][i] = _read_unit_after(words, i, sentence, lex)
    return found


_AREA_UNITS = ("hromada", "raion", "region", "starostat")  # units of land, not a plant ("пороховий завод")


def _read_unit_after(words: list[re.Match], i: int, sentence: str, lex: Lexicon) -> tuple[str, str]:
    units: dict[str, str] = lex.tables.get("unit_nouns", {})
    lang = lex.morphology
    j = i + 1
    after_conjunction = False
    while j < len(words):
        gap = sentence[words[j - 1].end():words[j].start()]
        word = words[j].group()
        forms = morphology.word_forms(word, lang)
        noun = next((f for f in forms if f in units), "")
        if noun and gap.strip() in ("", ",") and (j == i + 1 or gap.strip() == ""):
            return units[noun], noun
        if gap == " " and (any(f in lex.word_set("unit_qualifiers") for f in forms) or (
                word.islower() and j + 1 < len(words) and sentence[words[j].end():words[j + 1].start()] == " "
                and morphology.is_adjective(word, lang)
                and any(units.get(f) in _AREA_UNITS for f in morphology.word_forms(words[j + 1].group(), lang)))):
            # "Миколаївській сільській громаді": the kind of hromada between its name and noun (or any
            # word that describes the unit, however spelt: "Хотінська та Юнаківська прикордонні громади")
            j += 1
            continue
        joiner = gap.strip().lower()
        if after_conjunction and gap == " " and word.lower() in lex.word_set("list_prepositions"):
            j += 1  # "Чертковского, Кашарского и в Боковском районе"
            continue
        if joiner in ("", ",") and word.lower() in _CONJUNCTIONS:
            after_conjunction = True  # "Погарский, Севский и Климовский районы"
            j += 1
            continue
        listed = joiner in (",", *_CONJUNCTIONS) or (joiner == "" and (
            after_conjunction or lex.listed.pattern.fullmatch(gap)))
        if not listed or not (morphology.is_adjective(word, lang) or morphology.adjective_stems(word)):
            return "", ""  # (an adjective the dictionary lacks by its ending: "и Хомутовском районах")
        after_conjunction = False
        j += 1
    return "", ""


def _cyrillic_name(words: list[re.Match], i: int, sentence: str, names: PlaceNames, lex: Lexicon,
                   max_words: int, region_hint: str = "", near: list[tuple[float, float]] | None = None,
                   inherited: str = "") -> _Found | None:
    lang = lex.morphology
    first = words[i].group().rstrip("-")  # ("в Ізюмському- екскаватор": a dash typed against the word)
    opening = not sentence[:words[i].start()].strip(_OPENING)  # (a capital that may only open the sentence)
    # "Хомутовском районе": an adjective the dictionary does not know still has a place-adjective's ending.
    # ("Центральному районі": a word the dictionary reads first as a noun, agreeing as an adjective with the unit after it)
    if (i + 1 < len(words) or inherited) and (morphology.is_adjective(first, lang) or morphology.adjective_stems(first) or (
            i + 1 < len(words) and words[i + 1].group().islower() and _unit_after(words, i, sentence, lex)[0]
            and morphology.modifies(first, words[i + 1].group(), lang))):
        unit, noun = _unit_after(words, i, sentence, lex)
        if not unit and inherited:
            unit, noun = inherited, ""  # "у Путивльській громаді ..., у Глухівській і в Сумській"
        # (the unit's noun after the adjective is part of the name, not a word after an inherited one)
        n = 2 if noun and i + 1 < len(words) and sentence[words[i].end():words[i + 1].start()] == " " and \
            words[i + 1].group().lower() not in _CONJUNCTIONS and not morphology.is_adjective(words[i + 1].group(), lang) \
            else 1
        if unit in ("region", "administration"):
            nouns = [noun] if unit == "region" else []
            nouns += lex.tables.get("region_nouns", [])
            for form in morphology.word_forms(first, lang):
                for word in nouns:
                    if names.knows(f"{form} {word}"):
                        return _Found(n, f"{form} {word}", unit)
        elif unit in ("hromada", "raion", "facility", "starostat"):
            district = _city_district(words, i, n, sentence, names, lex, noun, region_hint, near) \
                if unit in ("hromada", "raion") else None
            if district:
                return district
            # "Беловский район": a seat (Belaya) its adjective is not made from (so Ukrainian "Бєловський")
            seat = raion_centre(first, region=region_hint) or raion_centre(first, cross_spelling, region_hint) \
                if unit in ("raion", "hromada") else None
            keys = names.by_stems(morphology.adjective_stems(first))
            if seat and not region_hint and any(p.population >= BIG_CITY
                                                for k in keys[:8] for p in names.settlements(k)):
                seat = None  # (with no region told, "Дзержинский район" is the big town's, not Kaluga Oblast's raion)
            if seat:
                return _Found(n, f"@{seat[0]}@{seat[1]}", unit)
            # "Богодухівському районі": the town the adjective is made from (Bohodukhiv), not a place
            # named by the adjective itself (the part of Donetsk called Bohodukhivskyi).
            made = [k for k in keys if not any(adjective_of(k, base) for base in keys)]
            if unit == "raion" and region_hint and not _towns_in(made, region_hint, names):
                # "Тарасовского района" of a Rostov story: the seat bears the adjective itself (Тарасовский),
                # and the report's region holds no town the adjective is made from.
                made = [k for k in keys if k not in made and _towns_in([k], region_hint, names)] or made
            keys = made
            if unit == "hromada" and region_hint and keys and not any(
                    p.admin1 == region_hint for k in keys[:8] for p in names.settlements(k, borrowed=False)):
                # "Хотинська громада" in a Sumy roundup: the report's region's hromada of a name one letter
                # away (Хотінь), not the town the adjective spells exactly in another oblast (Хотин); nor
                # a town of the region that once bore the name ("Слов'янська громада" of Dnipropetrovsk
                # Oblast is Slovianka's, not Nikopol's, once Slavyansk).
                # (its form as written first, then its dictionary forms: "Хотинскую" asked as "Хотинская")
                word = next(iter(lex.word_set("hromada_name")), "")
                for form in dict.fromkeys([first, *morphology.word_forms(first, lang)[:4]]) if word else ():
                    own = names.resolve(f"{form} {word}", region=region_hint)
                    if own is not None and own.admin1 == region_hint:
                        return _Found(n, f"{form} {word}", unit)
            if unit == "hromada" and region_hint:
                # (of the towns the adjective may be made from, those of the report's region that bear
                # the name as their own: "Слов'янська" there is Slovianka's, not Sloviansk's)
                keys = [k for k in keys if any(p.admin1 == region_hint for p in names.settlements(k, borrowed=False))] \
                    or keys
            if keys:
                # "Борівської громади": Borova of Kharkiv Oblast, never Borovsk of Kaluga.
                return _Found(n, "|".join(keys[:8]), unit, country="UA" if noun in lex.word_set("units_of_ukraine") else "")
    # A hyphenated name's forms are its parts' forms combined (Куп'янську-Вузловому): keep them all.
    forms = list(morphology.word_forms(first, lang)[:None if "-" in first else 4])
    if opening and morphology.is_common_word(first, lang) \
            and not morphology.is_adjective(first, lang) and not _opens_a_list(words, i, sentence):
        # "Вогнем знищено ...", "Вогонь локалізовано": a word capitalised to start a sentence is read
        # as written and by its likeliest dictionary form (вогонь), not by a rarer parse that is a
        # village's name (Вогні).
        forms = list(dict.fromkeys([forms[0], morphology.first_lemma(first, lang)]))
        if all(names.only_villages(f, _COMMON_WORD_TOWN) for f in forms if names.knows(f)) \
                and not _unit_after(words, i, sentence, lex)[0]:
            # ("Машина повреждена": the car, not a hamlet called Машина; a village so named is told with its noun;
            # nor "Атаки отражались": attacks, not the Bukovinian hamlet Атаки; "Вікна повилітали": windows, not
            # the village of Vikno)
            forms = [f for f in forms if not names.knows(f)]
            if not forms:
                return None
    # "внаслідок обстрілу Куп'янська": a town's genitive the dictionary reads only as an adjective.
    forms += [forms[0][:-len(end)] + base for end, base in lex.tables.get("town_genitive_endings", [])
              if forms[0].endswith(end)]
    starts = [f for f in forms if names.may_start(f)]
    if not starts:
        # "Нікопольщина": the land around a town, named after it, when it is not an oblast's name
        # (and not when the text calls it a village: "село Чернещина").
        for form in morphology.word_forms(first, lang)[:4]:
            if form.endswith("щина") and len(form) > 7 and not names.knows(form) and not any(
                    m.start("a") <= words[i].start() < m.end("a") for m in lex.village_names.finditer(sentence)):
                base = form[:-4]  # Нікопольщина, Куп'янщина (Куп'янськ), Купянщина (Купянск), Звенигородщина (Звенигородка)
                keys = names.by_stems([base, base + "ь", base + "ськ", base + "ск", base + "ка"])
                if keys:
                    return _Found(1, "|".join(keys[:6]), "raion")
        # (no name begins with a form of it)
        return (_listed_in_other_spelling(words, i, sentence, names, lang) or _russian_town_in_ukrainian(first, names, lang)
            or _village_known_in_latin(first, names, lang, region_hint, opening))
    for n in range(min(max_words, len(words) - i), 0, -1):
        span = words[i:i + n]
        seps = [sentence[a.end():b.start()] for a, b in zip(span, span[1:])]
        if any(s not in (" ", "-") for s in seps):
            continue
        if n > 1 and not all(w.group()[0].isupper() for w in span):
            continue
        options = [tuple(starts)] + [morphology.word_forms(w.group(), lang)[:4] for w in span[1:]]
        # Every form that is a name: "Воронежа" is Воронеж's and Вороніж's genitive, the report decides.
        written = ["".join(part + (seps[k] if k < len(seps) else "") for k, part in enumerate(combo)) for combo in _combos(options)]
        known = [name for name in written if names.knows(name)]
        if not known and n > 1 and lang == "ru":
            # "Черкасская Лозовая": a Ukrainian village's Russian name, held only in Latin letters
            # (Cherkasskaya Lozovaya) beside its own (Cherkaska Lozova).
            known = [latin for name in written if names.knows(latin := romanize_russian(name))]
        if known:
            return _Found(n, "|".join(dict.fromkeys(known)))
    return (_listed_in_other_spelling(words, i, sentence, names, lang) or _russian_town_in_ukrainian(first, names, lang)
            or _village_known_in_latin(first, names, lang, region_hint, opening))


def _surname_bases(word: str) -> set[str]:
    """A surname's possible bases, one per case ending it may bear ("Гусева": гусева, гусев)."""
    low = word.lower()
    return {low[:len(low) - len(end)] for end in SURNAME_ENDINGS if low.endswith(end) and len(low) - len(end) >= 3}


def _russian_town_in_ukrainian(word: str, names: PlaceNames, lang) -> _Found | None:
    """"Новоросійськ", "у Новоросійську": a Russian town in the Ukrainian spelling the tables lack,
    by the romanization both spellings share: a noun's form (the adjective "міський" romanizes like Myski),
    not a surname's ("Гусєв", as Gusev)."""
    if morphology.is_personal_name(word, lang) or morphology.may_be_surname(word, lang):
        return None
    for form in morphology.word_forms(word, lang)[:4]:
        town = names.town_in_ukrainian(form) if not morphology.is_adjective(form, lang) else None
        if town is not None:
            return _Found(1, town.name)
    return None


def _village_known_in_latin(word: str, names: PlaceNames, lang, region_hint: str, opening: bool) -> _Found | None:
    """"у Лапаївці" in a report on the Lviv region: a village of that region the tables name only in
    Latin letters (Lapaivka), by the romanization of the word's dictionary forms (not a person's name's,
    nor a common word's capitalised to open the sentence)."""
    if lang != "uk" or not region_hint or opening and morphology.is_common_word(word, lang) \
            or morphology.is_personal_name(word, lang) or morphology.may_be_surname(word, lang):
        return None
    for form in morphology.word_forms(word, lang)[:4]:
        place = names.village_known_in_latin(form, region_hint)
        if place is not None:
            return _Found(1, place.name)
    return None


def _listed_in_other_spelling(words: list[re.Match], i: int, sentence: str, names: PlaceNames, lang) -> _Found | None:
    """"Каховка, Князе-Григорьевка, Маячка": a name in a list of places, spelt as the other
    language spells it (Князе-Григорівка), found by the stem both spellings share."""
    word = words[i].group()
    # (the first of the list too, a name after it: "Ольговское, Новоданиловка")
    listed = any(0 <= j < len(words) and words[j].group()[0].isupper() and sentence[
        words[min(i, j)].end():words[max(i, j)].start()].strip() == "," for j in (i - 1, i + 1))
    # (a known word only as an adjective, a place's adjectival name in its case: "Степовому, Ольговскому")
    if not listed or len(word) < 6 or (morphology.is_known(word, lang) and not morphology.is_adjective(word, lang)):
        return None
    for stem in (morphology.text_stems(normalize(word.lower())) if morphology.is_adjective(word, lang)
                 else [morphology.name_stem(normalize(word.lower()))]):
        stem = stem.replace(" ", "")
        keys = [k for k in names.by_stems([stem]) if k.replace(" ", "").startswith(stem[:3])]
        if morphology.is_adjective(word, lang):
            # (an adjective names a place whose own name is one, "Ольгівське"; not in a list of
            # adjectives a noun closes: "Скадовський та Олешківський округи")
            # ("Ветеринарное" for Ветеринарне: an adjective, though not one made from a place's name)
            keys = [k for k in keys if morphology.adjective_stems(k) or any(
                morphology.is_adjective(k, other) for other in ("uk", "ru"))] if not _noun_closes_list(words, i, sentence, lang) else []
        if keys:
            return _Found(1, "|".join(keys[:4]))
    return None


def _opens_a_list(words: list[re.Match], i: int, sentence: str) -> bool:
    """"Мохнач, Циркуны", "Безруки и Малиновка": a word before a comma or "и" and another capitalised
    name is the first of a list of places, whatever the dictionary makes of it (not before an
    abbreviation: "Атаки РФ по Україні" are attacks)."""
    j = i + 1
    if j < len(words) and words[j].group().lower() in _CONJUNCTIONS and not sentence[words[i].end():words[j].start()].strip():
        j += 1  # ("Безруки и Малиновка")
    return j < len(words) and words[j].group()[0].isupper() and not words[j].group().isupper() \
        and sentence[words[i].end():words[j].start()].strip(" ,") in ("", *_CONJUNCTIONS)


def _noun_closes_list(words: list[re.Match], i: int, sentence: str, lang) -> bool:
    """Whether the list of capitalised words the i-th word stands in ends with a lowercase noun
    ("Скадовський та Олешківський округи"; not "Гуляйпольское и ещё 14 сёл")."""
    j = i + 1
    while j < len(words) and (words[j].group()[0].isupper() or words[j].group() in _CONJUNCTIONS) and \
            sentence[words[j - 1].end():words[j].start()].strip(" ,").lower() in ("", *_CONJUNCTIONS):
        j += 1
    return j < len(words) and sentence[words[j - 1].end():words[j].start()] == " " and words[j].group()[0].islower() \
        and morphology.reads_as_noun(words[j].group(), lang)



def _unit_before_colon(before: str, lex: Lexicon) -> str:
    """"населені пункти таких громад: Юнаківська, Хотінська", "чотирьох громад Сумщини: Юнаківська, ...":
    the unit a list after a colon names (the noun last before it, or with the region after it)."""
    tail = before.rstrip()[-1:]
    head = _NOUN_BEFORE_COLON.search(before[-60:]) if tail and tail in ":•·-–—" else None
    if not head:
        return ""
    units = lex.tables.get("unit_nouns", {})
    for n, word in enumerate(filter(None, head.groups()[::-1])):
        unit = next((units[f] for f in morphology.word_forms(word, lex.morphology) if f in units), "")
        if unit == "region" and n == 0 and morphology.only_plural(word, lex.morphology):
            return unit  # "семи областей: Полтавської, Харківської": the regions themselves
        if unit and unit != "region":  # "дві громади Чернігівської області – ...": past the oblast to the noun
            return unit if unit in ("hromada", "raion") else ""
    return ""


def _unit_namely(before: str, lex: Lexicon) -> str:
    """"у двох районах, зокрема в Павлоградському": the unit the plural noun before names."""
    said = lex.unit_namely_before.search(before[-80:])
    return _unit_of_words(said.group("unit").split()[::-1], lex) if said else ""


def plural_unit_ended(sentence: str, lex: Lexicon) -> str:
    """"Руйнування є в трьох районах області. Зокрема, в Обухівському ...": the unit a sentence ends on in
    the plural, which the adjectives of the next leave off."""
    said = lex.plural_unit_end.search(sentence)
    return _unit_of_words([said.group("unit")], lex) if said else ""


def _unit_of_words(words: list[str], lex: Lexicon) -> str:
    """The first of the words that is a raion's or a hromada's noun in some form: that unit."""
    units = lex.tables.get("unit_nouns", {})
    return next((units[f] for word in words for f in morphology.word_forms(word, lex.morphology)
                 if units.get(f) in ("hromada", "raion")), "")


_NOUN_BEFORE_COLON = re.compile(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?\s*(?::\s*(?:[•·\-–—]\s*)?|[–—]\s*)$")


def _two_word_name(first: str, second: str, names: PlaceNames, lang) -> bool:
    """Whether two words in some of their forms are a place's whole name ("Руська Лозова")."""
    return any(names.knows(f"{a} {b}") for a in morphology.word_forms(first, lang)[:4]
               for b in morphology.word_forms(second, lang)[:4])


def _city_district(words: list[re.Match], i: int, n: int, sentence: str, names: PlaceNames, lex: Lexicon,
                   noun: str, region_hint: str, near: list[tuple[float, float]] | None = None) -> _Found | None:
    """"Соломʼянському районі Києва": a city's district, when its city is named right after
    it (then the city's name belongs to the mention) or the report is about that city."""
    lang = lex.morphology
    city_word = words[i + n].group() if i + n < len(words) and sentence[words[i + n - 1].end():words[i + n].start()] \
        == " " else ""
    after = 1  # the city's word belongs to the mention when it follows the district right away
    if noun and (not city_word or city_word.lower() in _CONJUNCTIONS):
        after = 0
        # "по Куйбышевскому и Кировскому районам Донецка": the city after the list's noun is each one's.
        for j in range(i + 1, min(len(words), i + 9)):
            if noun in morphology.word_forms(words[j].group(), lang):
                city_word = words[j + 1].group() if j + 1 < len(words) and \
                    sentence[words[j].end():words[j + 1].start()] == " " else ""
                break
    city_forms = {normalize(f) for f in morphology.word_forms(city_word, lang)[:4]} if city_word else set()
    cities = {names.resolve(f, kind="city").name for f in city_forms if names.knows(f) and names.resolve(f, kind="city")}
    for form in morphology.word_forms(words[i].group(), lang):
        for name in (f"{form} {noun}", form):
            if not names.knows(name):
                continue
            districts = names.districts(name)
            for district in districts:
                if district.district_of in cities:
                    return _Found(n + after, name + "|" + district.gazetteer_id, "district")
            # The report's city: one near the places it names, else one in its region.
            for district in sorted(districts, key=lambda d: min(
                    (km((d.latitude, d.longitude), p) for p in near or ()), default=DISTRICT_KM + 1)):
                if normalize(district.admin1) == normalize(region_hint) or any(
                        km((district.latitude, district.longitude), p) <= DISTRICT_KM for p in near or ()):
                    return _Found(n, name + "|" + district.gazetteer_id, "district")
    if city_word:
        # "Калининский район Горловки": a district the gazetteer lacks, of a city it has.
        for form in morphology.word_forms(city_word, lang)[:4]:
            city = names.resolve(form, kind="city") if names.knows(form) else None
            if city is not None and city.population >= _DISTRICTED_CITY:
                return _Found(n + after, form, "city")
    return None


def _combos(options: list[tuple[str, ...]]):
    if not options:
        yield ()
        return
    for head in options[0]:
        for tail in _combos(options[1:]):
            yield (head, *tail)


_SENTENCE_START = re.compile(r"(?:^|[.!?:;«\"„“(—–-]\s*)$")


def _past_adjectives(words: list[re.Match], k: int, sentence: str, lang: str) -> int:
    """Word k, or the word after the lowercase adjectives that start there (two at most): the
    noun a place-like adjective before them may go with ("Запорожского медицинского университета")."""
    for _ in range(2):
        if k + 1 < len(words) and words[k].group().islower() and sentence[words[k].end():words[k + 1].start()] == " " \
                and morphology.is_adjective(words[k].group(), lang):
            k += 1
    return k


def _may_name_a_place(token: str, lex: Lexicon, before: str) -> str:
    """How a capitalised word the gazetteer does not know as written may still be a place in
    another case or spelling: by its stems ("stems"), by its dictionary form ("lemma"), or not ("").
    A dictionary word is capitalised at a sentence's start for that alone; in mid-sentence a long
    one may be a name (Новошахтинську: a town the dictionary lists as a noun). A word that only
    looks like an adjective (Шебекиного) is a name in the genitive unless it has a
    place-adjective's suffix, which the unit reading handles."""
    lang = lex.morphology
    town_noun = any(_TOWN_ENDING.search(f) for f in morphology.word_forms(token, lang))
    if morphology.is_adjective(token, lang):
        if not morphology.is_known(token, lang) and not morphology.adjective_stems(token):
            return "stems"
        # "по Рильську": a town's dative the dictionary also reads as an adjective's.
        if town_noun and not _SENTENCE_START.search(before):
            return "lemma"
        # "в Урюпинську": a town's locative after "in", no adjective's case there.
        return "stems" if lex.town_locative.search(before[-4:] + token) else ""
    if not morphology.is_common_word(token, lang):
        return "stems"
    return "lemma" if (len(token) >= 8 or town_noun) and not _SENTENCE_START.search(before) else ""


# The endings of town names a dictionary lists as common nouns (Рильськ, Новошахтинськ).
_TOWN_ENDING = re.compile(r"(?:ськ|цьк|ск|цк)$")


def _lemma_name(word: str, lang: str, names: PlaceNames) -> str | None:
    """Gazetteer names that are the word's dictionary form in either Cyrillic spelling."""
    keys = []
    for form in morphology.word_forms(word, lang):
        lemma = normalize(form)
        keys += [k for k in names.by_stems([lemma]) if cross_spelling(normalize(k)) == cross_spelling(lemma)]
    return "|".join(list(dict.fromkeys(keys))[:6]) if keys else None


def _stem_name(word: str, names: PlaceNames) -> str | None:
    keys = names.by_stems(morphology.text_stems(word))
    return "|".join(keys[:6]) if keys else None


def _two_word_stem_name(first: str, second: str, names: PlaceNames) -> str | None:
    """"Кривому Розі": a two-word name whose words both lose their case endings."""
    stems = [f"{a} {b}" for a in morphology.text_stems(first) for b in morphology.text_stems(second)]
    keys = names.by_stems(stems)
    return "|".join(keys[:6]) if keys else None


def find_mentions(sentence: str, names: PlaceNames, lex: Lexicon, region_hint: str = "",
                  near: list[tuple[float, float]] | None = None, roles: bool = True, carried: str = "") -> list[Mention]:
    """Place names in a sentence, longest match first, each with its role (``roles=False``:
    the places only, every one a "target", for a quick look at what a report names). ``carried``
    is the unit ("hromada") the sentence before ended on, for an adjective that leaves it out
    ("... по Томаківській громаді. Згодом удар припав і на Мирівську.")."""
    # A report asks about one sentence several times (its headline, its region, its strikes).
    key = (sentence, lex.code, region_hint, tuple(near) if near else (), roles, carried)
    found = names._mentions.get(key)
    if found is None:
        # (a road named by its ends, hyphened and quoted, "на трассе \"Рыльск-Крупец\"", read as "трассе Рыльск — Крупец":
        # the same length, so every position is the sentence's own)
        spaced = lex.road_ends.sub(lambda m: m.group(0)[:m.start("open") - m.start()] + " " * len(m.group("open"))
                                   + m.group("a") + "—" + m.group("b") + " " * len(m.group("close")), sentence) \
            if lex.road_ends.test(sentence) else sentence
        found = names._mentions[key] = _find_mentions(spaced, names, lex, region_hint, near, roles, carried)
    return list(found)


_FACILITY_TOWN_SIZE = 20_000  # a lowercase adjective names a facility's town only if it is a town this size


def _town_facility(words: list[re.Match], i: int, sentence: str, names: PlaceNames, lex: Lexicon) -> bool:
    """"на волгоградском нефтеперерабатывающем заводе", "рязанский НПЗ": a town's adjective, written
    lowercase, before a facility's noun names the town the facility stands at."""
    stems = morphology.adjective_stems(words[i].group())
    if not stems or _unit_after(words, i, sentence, lex)[0] != "facility":
        return False
    return any(p.kind == "city" and p.population >= _FACILITY_TOWN_SIZE
               for key in names.by_stems(stems)[:6] for p in names.settlements(key))


def _called_settlement(sentence: str, start: int, lex: Lexicon) -> bool:
    """Whether a settlement noun stands right before the name ("У селі Дніпровське"): a village
    called so, not the hromada the sentence before was telling of."""
    begin = max(0, start - 30)
    return any(m.group("a") and m.start("a") == start - begin
               for m in lex.named_settlement.finditer(sentence[begin:start + 40]))


def _same_clause(sentence: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand close, with no comma or stop between them ("the Novopavlivka
    community of Dnipropetrovsk region's Synelnykove district")."""
    gap = sentence[min(a.end, b.end):max(a.start, b.start)]
    return len(gap) <= 60 and not any(mark in gap for mark in ",;.")


def _items_apart(sentence: str, a: Mention, b: Mention) -> bool:
    """"двое ранены в Глушковском районе, восемь — в Судже": items of a breakdown, each told after a
    comma with its dash, not a place and the unit it lies in."""
    gap = sentence[min(a.end, b.end):max(a.start, b.start)]
    comma = gap.find(",")
    return comma >= 0 and any(dash in gap[comma:] for dash in (" — ", " – "))


def _joined_by_conjunction(sentence: str, a: Mention, b: Mention, lex: Lexicon) -> bool:
    """"Золочів і Чугуївський район": two items of a list, not a place and the unit it lies in (a
    comma alone may set off the unit: "Козача Лопань, Харківський район")."""
    gap = sentence[min(a.end, b.end):max(a.start, b.start)]
    return gap.strip(" ,") != "" and lex.listed.pattern.fullmatch(gap) is not None


def _near_here(mentions: list[Mention], near: list[tuple[float, float]] | None) -> list[tuple[float, float]] | None:
    """"The Nikopol, Chervonohryhorivka, Myrove and Marhanets communities", "В Горловке ...
    Калининский район", "у Голосіївському та Деснянському районах": a city or a city's district named
    earlier in the sentence is near too."""
    here = [(m.place.latitude, m.place.longitude) for m in mentions
            if m.place.kind in ("city", "district") and m.place.latitude is not None]
    return here + list(near) if here and near else (here or near)


def _find_mentions(sentence: str, names: PlaceNames, lex: Lexicon, region_hint: str,
                   near: list[tuple[float, float]] | None, roles: bool, carried: str = "") -> list[Mention]:
    words = list(WORD_RE.finditer(sentence))
    mentions: list[Mention] = []
    unplaced: list[Mention] = []  # names no place was chosen for alone: a list may still place them
    i = 0
    cyrillic = bool(lex.morphology)
    weapons, nouns = tuple(lex.word_set("weapon_names")), tuple(lex.word_set("capitalised_nouns"))
    officials = official_surnames()
    while i < len(words):
        w = words[i]
        token = w.group()
        if (not token[0].isupper() and not (cyrillic and _town_facility(words, i, sentence, names, lex))) \
                or token.lower().startswith(weapons) or token.lower().startswith(nouns) and not (
                i + 1 < len(words) and sentence[w.end():words[i + 1].start()] == " " and words[i + 1].group()[0].isupper()):
            i += 1  # (not "Республики Крым": a noun before the name is part of it)
            continue
        if token.lower() in officials or names.people and _surname_bases(token) & names.people:
            i += 1  # "По данным Гладкова": the governor, not the village Гладково (so is "Гусева" after "Александр Гусев")
            continue
        found: _Found | None = None
        here = _near_here(mentions, near)
        if cyrillic and _CYRILLIC.match(token):
            lang = lex.morphology
            if morphology.is_function_word(token, lang) and not names.knows(token):
                i += 1
                continue  # "Серед постраждалих": "among", not the town once called Середа
            # (The cheap tests first: a lowercase word is never looked up as a first name.)
            if i > 0 and words[i - 1].group()[0].isupper() and sentence[words[i - 1].end():w.start()] == " " \
                    and morphology.is_personal_name(words[i - 1].group(), lang) and not _unit_after(words, i, sentence, lex)[0]:
                names.people.update(sorted(_surname_bases(token), key=len)[:1])  # (none of a short one: "Ли")
                i += 1
                continue  # "Роман Старовойт": a surname after a first name (not "Червоне, Малинівку": a list)
            # "Біла Курської області": a village, then its oblast, though "Біла" may be a first name.
            if i + 1 < len(words) and words[i + 1].group()[0].isupper() and sentence[w.end():words[i + 1].start()] == " " \
                    and morphology.is_personal_name(token, lang) and not _unit_after(words, i + 1, sentence, lex)[0] \
                    and not _two_word_name(token, words[i + 1].group(), names, lang):
                i += 1
                continue  # "Владимир Сальдо": a person, whatever towns share the first name (not "Руська Лозова")
            if i > 0 and sentence[words[i - 1].end():w.start()] == " " and words[i - 1].group()[0].isupper() \
                    and morphology.is_adjective(words[i - 1].group(), lang) and not morphology.is_adjective(token, lang) \
                    and not morphology.adjective_stems(token) and not (
                        not sentence[:words[i - 1].start()].strip(_OPENING) and not any(
                            names.may_start(f) for f in morphology.word_forms(words[i - 1].group(), lang))):
                # "Старая Николаевка" unknown as a whole: its second word alone is another place
                # (not "Біла Курської області": a village, then its oblast; nor "Сусідню Ворожбу", an
                # adjective capitalised only as the sentence's first word, one no name begins with).
                i += 1
                continue
            if _unit_after(words, i, sentence, lex)[0] == "water":
                i += 1
                continue  # "над Черным и Азовским морями": seas, not the places named so
            inherited = mentions[-1].unit if mentions and mentions[-1].unit in ("hromada", "raion", "region") and \
                _LIST_GAP.fullmatch(_PARENTHESES.sub("", sentence[mentions[-1].end:w.start()])) else ""
            if not inherited and all(m.place.kind == "region" for m in mentions):
                # (not "У Донецькому Миколаївської громади": a settlement its own hromada locates)
                inherited = _unit_before_colon(sentence[:w.start()], lex) or _unit_namely(sentence[:w.start()], lex) or (
                    carried if not (i + 1 < len(words) and _unit_after(words, i + 1, sentence, lex)[0])
                    and not _called_settlement(sentence, w.start(), lex)
                    and not (i > 0 and words[i - 1].group().lower() in lex.word_set("in_town")
                             and not morphology.is_adjective(token, lang)
                             and any(names.knows(f) for f in morphology.word_forms(token, lang))) else "")
                # (nor "У Слов'янську": in the town, not the hromada an adjective would leave its noun off; but
                # "у Павлоградському" is the adjective of a unit, whatever village is called Павлоградське)
            if not inherited and (_DASH_AFTER.match(sentence, w.end()) or token.endswith("-")) \
                    and morphology.is_adjective(token.rstrip("-"), lang):
                # "У Харківському районі пошкоджено підприємство, у Куп'янському - будинок": the raions
                # (or hromadas: "у Дружбівській громаді ..., у Шалигинській – ...") that follow leave the noun off.
                inherited = next((m.unit for m in reversed(mentions) if m.unit in ("raion", "hromada")), "")
            if not inherited and mentions and mentions[-1].unit in ("raion", "hromada") \
                    and token[-5:].lower() == mentions[-1].text.split()[0][-5:].lower() \
                    and _NOUN_LEFT_OFF.match(sentence, w.end()) and morphology.is_adjective(token, lang):
                # "у Межівській громаді поранено одного, ще двох – у Новопавлівській і Маломихайлівській": more of the
                # same unit, its noun left off, told in the same case.
                inherited = mentions[-1].unit
            found = _cyrillic_name(words, i, sentence, names, lex, names.max_words, region_hint,
                                   here, inherited)
            if found and found.n == 1 and not found.unit and i + 1 < len(words) \
                    and sentence[w.end():words[i + 1].start()] == " " and words[i + 1].group()[0].isupper() \
                    and morphology.is_adjective(token, lang) and not morphology.is_adjective(words[i + 1].group(), lang) \
                    and not morphology.is_personal_name(words[i + 1].group(), lang):
                found = None  # "Великих Копанях": the adjective alone is another place's name (not "... Чорноморська Василь Гуляєв")
            if found and found.n == 1 and not found.unit and i + 1 < len(words) \
                    and sentence[w.end():words[i + 1].start()] == " " and words[i + 1].group().islower() \
                    and morphology.modifies(token, words[_past_adjectives(words, i + 1, sentence, lang)].group(), lang) \
                    and not _unit_after(words, i, sentence, lex)[0]:
                # "по Южному берегу": an adjective with its noun names a thing, not the place Южное, though the
                # dictionary reads the word first as that place's noun ("Центрального ринку") (nor
                # with other adjectives between: "клиника Запорожского медицинского университета")
                i += 1
                continue
            if (found is None or (found.n == 1 and not found.unit)) and i + 1 < len(words) \
                    and sentence[w.end():words[i + 1].start()] == " " and words[i + 1].group()[0].isupper():
                # "Кривому Розі": the two words' name before a village named like the first ("Криве").
                two = _two_word_stem_name(token, words[i + 1].group(), names)
                found = _Found(2, two) if two else found
            reading = _may_name_a_place(token, lex, sentence[:w.start()]) if found is None and len(token) >= 4 else ""
            if reading:
                # A dictionary noun counts by its dictionary form only (Новошахтинську -> новошахтинськ,
                # never "Благовещения" -> Благовещенск by a shared beginning).
                stem = _stem_name(token, names) if reading == "stems" else _lemma_name(token, lang, names)
                if stem:
                    found = _Found(1, stem)
        elif token.lower() in lex.word_set("opening_words") and i + 1 < len(words) and words[i + 1].group().islower():
            i += 1
            continue
        elif names.may_start(lex.without_possessive(token)):
            for n in range(min(names.max_words, len(words) - i), 0, -1):
                text = sentence[w.start():words[i + n - 1].end()]
                if _BREAK.search(text):
                    continue
                name = lex.without_possessive(text)
                if names.knows(name):
                    found = _Found(n, name, length=len(name))
                    break
            if found and found.n == 1 and not sentence[:w.start()].strip(_OPENING) and i + 1 < len(words) \
                    and words[i + 1].group().islower() and names.only_loosely(found.name):
                i += 1  # "Solar panels were damaged": a sentence's first word, loosely like a village's name
                continue
            if found and mentions and sentence[mentions[-1].end:w.start()] == " " \
                    and lex.raion_after.test_start(sentence[w.end():]) \
                    and _within_city(mentions[-1].place, token, names):
                i += found.n  # "Darnytsia Kyiv district": the city whose district was just named
                continue
            if found and (_is_person_name(words, i, found.n, sentence, lex)
                          or lex.water_of.test(sentence[max(0, w.start() - 20):w.start()])):
                i += found.n  # (nor "the Sea of Azov": a sea, not the town)
                continue
        if not cyrillic:
            # "the Glushkovsky district": no district of a city by that name, the raion of a town.
            after = sentence[w.end():]
            adjective = _latin_raion_adjective(token, sentence[max(0, w.start() - 20):w.start()], after, names, lex)
            # (A seat the raion table gives outranks a namesake of the adjective: "the Anninsky
            # district" of a Voronezh story is Anna's, not a Krasnodar raion a letter away.)
            seated = adjective is not None and adjective.name.startswith("@") and (
                not region_hint or normalize(adjective.name.rsplit("@", 1)[1]) == normalize(region_hint))
            if adjective and (not found or seated or _elsewhere_than_raion(
                    _choose(found, sentence, w.start(), names, lex, region_hint, here),
                    _choose(adjective, sentence, w.start(), names, lex, region_hint, here), region_hint)):
                found = adjective
            if found is None:
                found = _latin_hromada(words, i, sentence, names, lex)
            elif found.n == 1 and not found.unit and _choose(found, sentence, w.start(), names, lex, region_hint, here) is None:
                # "the Semeniv hromada": a hamlet's name no place is chosen for, its hromada's centre told short
                found = _latin_hromada(words, i, sentence, names, lex) or found
            if _raion_noun_after(after, lex):
                found = _latin_city_district(token, sentence[max(0, w.start() - 12):w.start()], after, names, lex,
                                             region_hint, here) or found
                if found and found.unit == "raion" and _raion_beyond_city(found, after, names, lex):
                    found = None  # "the Shumenskyi district of Kherson": a quarter of the city, no raion far off
                if found and found.n > 1 and not found.unit and region_hint:
                    # "the Dnipro district" in a Dnipropetrovsk story: the raion of its town, not Kherson's
                    # Dniprovskyi district.
                    districts = names.districts(found.name)
                    town = names.resolve(token, kind="city", region=region_hint)
                    if districts and town is not None and town.name == token and not town.village \
                            and normalize(town.admin1) == normalize(region_hint) \
                            and not any(normalize(d.admin1) == normalize(region_hint) for d in districts):
                        found = _Found(1, token, "raion")
                if found and found.n == 2 and not found.unit and names.knows(token) \
                        and _choose(found, sentence, w.start(), names, lex, region_hint, here) is None:
                    # "Bohodukhiv district": a city's quarter once called so is no place the story
                    # tells; the town's raion, as "Izium district" is.
                    found = _Found(1, token)
            if found and found.n == 1 and not found.unit and lex.town_region_after.test_start(after) \
                    and _seat_of_its_raion(token, names, region_hint):
                found = _Found(1, token, "raion")  # "the Marhanets hromada in Nikopol region": Nikopol's raion
            rest = sentence[w.start() + found.length if found.length else words[i + found.n - 1].end():] \
                if found and not found.unit else ""
            if rest and not lex.raion_after.test_start(rest):
                # "the Vesniane hromada", "the Komyshany starosta district": the unit of its centre
                # (not "the X community", which may be one of a list's: "X community. The Y and Z communities")
                unit = "hromada" if lex.hromada_noun_after.test_start(rest) else \
                    "starostat" if lex.starostat_after.test_start(rest) else ""
                found = replace(found, unit=unit)
        if not found:
            i += 1
            continue
        end = w.start() + found.length if found.length else words[i + found.n - 1].end()
        text = sentence[w.start():end]
        place = _choose(found, sentence, w.start(), names, lex, region_hint, here)
        if place is None and roles and not found.unit:
            unplaced.append(Mention(text, w.start(), end, None, "target", "", found.name))
        if place is not None:
            if not roles:
                mentions.append(Mention(text, w.start(), end, place, "target", found.unit))
                i += found.n
                continue
            role = "title" if found.unit == "administration" else names.role(sentence, w.start(), end, place, lex)
            if found.unit in ("raion", "hromada") and role == "target":
                role = found.unit
            if role == "raion" and lex.building_before.test(sentence[max(0, w.start() - CONTEXT_CHARS):w.start()]):
                role, place = "target", _raion_seat(place, names)  # "здание администрации Рыльского района": its seat
            elif role == "raion":
                seat = _raion_seat(place, names)
                if seat.village and seat.country == "UA":
                    role = "hromada"  # "a village in the Bytytsia district": no raion of Ukraine is a village's
                else:
                    place = _raion(seat)
            mentions.append(Mention(text, w.start(), end, place, role, found.unit, found.name))
        i += found.n
    if not roles:
        return mentions
    mentions = _listed_jointly(sentence, mentions, unplaced, names, lex, region_hint)
    mentions = _districts_of_other_cities(sentence, mentions, names, lex)
    # "the Pokrovsk, Kramatorsk and Bakhmut districts": the plural makes each name of the list a raion.
    for k, last in enumerate(mentions):
        if last.role != "raion" or not lex.raion_list_after.test_start(sentence[last.end:]):
            continue
        j = k
        while j > 0 and mentions[j - 1].role == "target" and mentions[j - 1].place.kind == "city" \
                and lex.listed.pattern.fullmatch(sentence[mentions[j - 1].end:mentions[j].start]):
            mentions[j - 1] = replace(mentions[j - 1], role="raion", place=_raion(mentions[j - 1].place))
            j -= 1
    mentions = _regions_in_lists(sentence, mentions, names, lex)
    mentions = _hromadas_of_raions(sentence, mentions, names, lex)
    mentions = _villages_in_raions(sentence, mentions, names, lex)
    mentions = _placed_by_locators(sentence, mentions, names, lex)
    mentions = _between_two(sentence, mentions, lex)
    mentions = _capitals_of_regions(sentence, mentions, names, lex)
    mentions = _compass_regions(sentence, mentions, names, lex)
    mentions = _listed_together(mentions, names)
    mentions = _bracketed(sentence, mentions, lex)
    # "from positions around Oleshky and Hola Prystan": names joined by "and" share a role.
    for i in range(1, len(mentions)):
        prev, cur = mentions[i - 1], mentions[i]
        if prev.role == "country" and i > 1 and mentions[i - 2].role == "launch":
            prev = mentions[i - 2]  # ("from Crimea and from Russia's Rostov region": the country named between)
        if prev.role in ("launch", "context", "overflight", "title") and cur.role in ("target", "vicinity", "raion",
                                                                                    "hromada") \
                and (lex.joined.pattern.fullmatch(sentence[prev.end:cur.start]) or prev.role == "launch"
                     and lex.launch_list_gap.pattern.fullmatch(sentence[prev.end:cur.start])):
            mentions[i] = replace(cur, role=prev.role)
    # "в Суджанском и Беловском районах остались без света": raions listed before their
    # plural noun share what is said of the last (left without power, not struck).
    for i in range(len(mentions) - 1, 0, -1):
        prev, cur = mentions[i - 1], mentions[i]
        if cur.role == "context" and cur.unit == "raion" and prev.role in ("target", "raion") \
                and prev.place.gazetteer_id.startswith("raion:") \
                and lex.listed.pattern.fullmatch(sentence[prev.end:cur.start]):
            mentions[i - 1] = replace(prev, role="context")
    # "Izmail in the Odesa region", "село Волфино Глушковского района": a region or raion that
    # holds another target of the sentence locates it.
    def smaller_than_oblast(m: Mention) -> bool:
        return m.place.kind != "region" or m.place.gazetteer_id.startswith("raion:")

    located = {m.place.admin1 for m in mentions if m.role in ("target", "hromada") and m.place.kind != "region"}
    within = located | {m.place.admin1 for m in mentions if m.role in ("target", "raion") and smaller_than_oblast(m)}
    # ("Sevastopol, the largest city in Crimea": a city-region lies within the region around it.)
    within |= {names.region_facts.get(admin1, {}).get("within", "") for admin1 in within} - {""}
    # Settlements named as such ("the village of X"), not a region ("community of Chernihiv region").
    # ("в селі Краснопільської громади": an unnamed village of the hromada, which is the place.)
    named = [v.start("a") for v in lex.named_settlement.finditer(sentence) if v.group("a") and not any(
        o.start <= v.start("a") < o.end and (o.place.kind == "region" or o.role == "hromada") for o in mentions)
        and not lex.region_title.test_start(sentence[v.end("a"):v.end("a") + 30].lstrip())] if any(
        m.role == "hromada" for m in mentions) else []
    settlements = [o for o in mentions if o.role in ("target", "hromada") and o.place.kind != "region"
                   and o.place.latitude is not None]
    out = []
    for k, m in enumerate(mentions):
        if m.role == "raion":
            # "в селе Х Валуйского района": the raion locates a settlement named beside it or lying in
            # it, not one of another clause ("в Грайворонском округе ..., а в Валуйском районе ...").
            # (Nor a town that lies in another raion: "атаковали Одессу и обстреляли Измаильский район".)
            own = names.raion_at(m.place.latitude, m.place.longitude)
            # ("A, B, and the C district": the list's last item, joined by its conjunction, locates none before it.)
            before = [o for o in mentions if o.end <= m.start]
            listed = bool(before) and _joined_by_conjunction(sentence, before[-1], m, lex)
            locates = m.place.admin1 in located and (m.place.latitude is None or any(
                (_same_clause(sentence, o, m) or km((m.place.latitude, m.place.longitude),
                                                    (o.place.latitude, o.place.longitude)) <= RAION_SPAN_KM)
                and not (own and o.place.population >= _TOWN_SIZE
                         and names.raion_at(o.place.latitude, o.place.longitude) not in ("", own))
                for o in settlements if o.place.kind != "district"  # (a city's district lies in its city)
                and not _joined_by_conjunction(sentence, o, m, lex) and not (listed and o.end <= m.start)
                and not _items_apart(sentence, m, o)))
            # ("The village of Kamianka is located in the Vasylivka district": the raion places the village, told
            # as struck or not.)
            # ("the Semenivska district of Novhorod-Siverskyi district": the raion the unit before it lies in)
            unit_before = bool(before) and (before[-1].role in ("raion", "hromada") or before[-1].unit in ("raion", "hromada")) \
                and lex.unit_of_unit_gap.test(sentence[before[-1].end:m.start])
            # ("прикордонні села Харківського району": villages told without their names, the raion's own strike)
            unnamed = lex.unit_area_before.test(sentence[max(0, m.start - 40):m.start])
            m = replace(m, role="locator" if (locates or unit_before or _locates_settlement(sentence, m, lex))
                        and not unnamed else "target")
        elif m.role == "hromada":
            # "У Сергіївці Андріївської громади", "in the Velykyi Burluk hromada, ... the village of
            # Vilkhuvatka": the hromada locates the village; named alone, its centre was struck.
            others = [o for o in mentions if o is not m and o.role == "target" and o.place.kind != "region"
                      and o.place.admin1 == m.place.admin1]
            m = replace(m, role="locator" if (others or named) and _of_unit(sentence, m, lex)
                        and not lex.unit_area_before.test(sentence[max(0, m.start - 16):m.start])
                        and not _listed_with_next(sentence, m, mentions, lex)
                        and not _listed_after_town(sentence, m, mentions, lex)
                        # (nor one of a list its plural closes: "hit Nikopol, Tomakivska and Myrivska communities")
                        and not lex.hromadas_after.test_start(sentence[m.end:]) else "target")
        elif m.role == "target" and m.place.kind == "city" and _locates_settlement(sentence, m, lex):
            m = replace(m, role="locator")  # "the village of Krasny Sad in Voronezh"
        elif m.role == "target" and m.place.kind in ("city", "region") and _home_of(sentence, m, lex) \
                and any(o is not m and o.place.kind in ("city", m.place.kind) and o.place.gazetteer_id != m.place.gazetteer_id
                        and not _home_of(sentence, o, lex) for o in (
                            settlements if m.place.kind == "city" else [o for o in mentions if o.role == "target"])):
            # "в посёлке Озеряновка погиб житель Горловки", "при атаке на Киевщину ранен житель Львовской
            # области": where the person lived, beside where the strike fell (a resident's town named alone,
            # or beside other residents', is where it fell).
            m = replace(m, role="locator")
        elif m.role == "target" and not smaller_than_oblast(m) and m.place.admin1 in within and not any(
                o.role == "target" and not smaller_than_oblast(o) and o.place.admin1 != m.place.admin1
                and lex.listed.pattern.fullmatch(sentence[min(o.end, m.end):max(o.start, m.start)])
                for o in mentions[max(0, k - 1):k + 2] if o is not m):
            # "Izmail in the Odesa region", "Кореневский район Курской области" (not a region listed with
            # others: "атака на Київ, били також по Київщині, Харківщині": each of them struck)
            m = replace(m, role="locator")
        elif m.role == "target" and whole_region(m.place) and lex.apposition_region_before.test(sentence[max(0, m.start - 80):m.start]):
            m = replace(m, role="locator")  # "the head of Melitopol, a Russian-held city in the Zaporizhzhia region"
        out.append(m)
    return out


_ANCHORS = ("raion", "hromada", "locator", "vicinity", "title")
_UNIT_THEN_BRACKET = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?\(\s*")  # " Urban District (" between a unit's name and a bracket


def _bracketed(sentence: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"Chauda (Crimea)", "Izium (Kharkiv region)": a name in brackets after another locates it. A
    settlement in brackets is the place itself, and the unit before the bracket locates it ("the Leninsky
    Urban District (Vidnoye settlement)", "в Ленинском городском округе (Видное)": told after the unit's
    noun); a city district in brackets is where it fell ("Юбилейный (Артемовский район Луганска)")."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if not lex.bracketed_before.test(sentence[max(0, m.start - 60):m.start]):
            continue
        gap = sentence[mentions[i - 1].end:m.start] if i else ""
        if lex.bracketed_settlement_after.test_start(sentence[m.end:m.end + 30]):
            if i and _UNIT_THEN_BRACKET.fullmatch(gap):
                out[i - 1] = replace(mentions[i - 1], role="locator")
        elif i and mentions[i - 1].unit in ("raion", "hromada") and m.place.kind == "city" \
                and _UNIT_THEN_BRACKET.fullmatch(gap) and gap.strip() != "(":
            # "в Ленинском городском округе (Видное)": a town in brackets after a unit and its noun is where it
            # fell, told where the unit is ("двое пострадали в Ленинском городском округе (Видное)")
            out[i - 1] = replace(mentions[i - 1], role="locator")
            out[i] = replace(m, start=mentions[i - 1].start)
        elif m.place.kind != "district":
            out[i] = replace(m, role="locator")
    return out
_HOMONYM_REACH_KM = 60  # a village "in the Kherson hromada" or "near Kherson" lies this close to it
_TOWN_SIZE = 50_000  # a town this size is named for itself, not as a village near the locator
_COMMON_WORD_TOWN = 5_000  # a place no larger named by a common word opening a sentence is that word
_TOWN_IN_REGION = 10_000  # a town of the region named, not a village: it outranks a larger namesake elsewhere
_MAJOR_CITY = 300_000  # a city this size, named alone, is itself and not a hamlet of its name in the story's region


def _placed_by_locators(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """"Stepanivka, a village in the Kherson community", "Sadove near Kherson": a settlement
    whose name several places bear is the one the sentence's hromada, raion, region or nearby
    town locates, wherever in the sentence that is named."""
    anchors = [m for m in mentions if m.place.latitude is not None and (
        m.role in _ANCHORS or (m.place.kind == "region" and not m.place.gazetteer_id.startswith("raion:"))
        or _own_raion(m.place))]
    if not anchors:
        return mentions
    out, located = [], []
    # A village of one region's many namesakes is the one near the raion, hromada or town named with it.
    units = [a for a in anchors if a.place.kind != "region" or a.place.gazetteer_id.startswith("raion:")]
    for m in mentions:
        paired = _beside_its_hromada(sentence, m, anchors, mentions, names) if m.role == "target" else \
            _hromada_in_its_raion(sentence, m, anchors, mentions, names) if m.role == "hromada" else None
        # (A unit right after the name is the one that places it: "Федорівка Чугуївського району" in a list
        # that ends on another raion.)
        scope = [a for a in units if 0 < a.start - m.end <= 2] or anchors
        if paired is None and m.role == "target":
            paired = _nearest_to_town_beside(sentence, m, anchors, mentions, names)
        if paired is not None:
            m = replace(m, place=paired)
        elif m.role == "target" and m.key and m.place.kind == "city" \
                and (m.place.population < _TOWN_SIZE or _region_right_after(sentence, m, anchors)) \
                and not any(m.place.admin1 == a.place.admin1 and (not m.place.village or not units or (
                    a in units and _lies_in(m.place, a.place))) for a in scope if a is not m):
            for a in scope:
                if a is m:
                    continue
                point = [(a.place.latitude, a.place.longitude)]
                other = _choose(_Found(1, m.key, m.unit), sentence, m.start, names, lex, a.place.admin1, point)
                # (A village of many namesakes only by the unit told beside it: "Cherneshchyna, Izium district".)
                if other is not None and other is not m.place and _lies_in(other, a.place) and (
                        not other.village or _told_beside(sentence, m, a, mentions)):
                    m = replace(m, place=other)
                    break
            else:
                m, used = _unlisted_near(sentence, m, anchors, lex)
                located.extend(used)
        out.append(m)
    return [replace(m, role="locator") if any(m is a for a in located) else m for m in out]


def _region_right_after(sentence: str, m: Mention, anchors: list[Mention]) -> bool:
    """"Новомосковськ Дніпропетровської області": a region told right after a town says which of
    its namesakes it is, however large another one is (Tula's Novomoskovsk)."""
    return any(a.place.kind == "region" and 0 <= a.start - m.end <= _REGION_GAP
               and not any(c in sentence[m.end:a.start] for c in ".;") for a in anchors)


_REGION_GAP = 12  # characters between a town and the region that follows it ("X, in the ")
_OPENING = " \t\"'«„“(—–-"  # what may stand before a sentence's first word
_DATELINE_TAIL = 90  # a dateline's day and dash after its city ("Kyiv, September 25, 2023 –", "Kyiv, (APP - ... 5th Feb, 2025)")
_SYNDICATION = re.compile(r"\s*\([^()]{1,30}\)\s*")  # a site's bracketed tag before the copy's dateline
_OUTLET_TAG = re.compile(r"[A-Z][A-Za-z]+:\s+")  # an outlet's name and a colon before the copy's dateline


_NEXT_TO = 40  # characters between a village and the hromada or town that locates it


_HROMADA_REACH_KM = 35  # a hromada's settlements lie this close to its centre


def _beside_its_hromada(sentence: str, m: Mention, anchors: list[Mention], mentions: list[Mention],
                        names: PlaceNames) -> Place | None:
    """"У Сергіївці Андріївської громади", "У Донецькому Миколаївської громади": a settlement told
    right beside its hromada is the one of its namesakes that lies nearest a centre of that
    hromada's name (both names may be borne by several places, a town among them). None when no
    hromada is told beside it or none of its namesakes lies near one."""
    # (Also a village marked only at a unit's centre, "Lvivtsi (Oleksandrivskyi area)", when one of
    # its name lies near a centre of the hromada's.)
    unit_only = m.place.gazetteer_id.startswith("raion:") and m.place.gazetteer_id.count(":") > 2
    if not m.key or (m.place.kind != "city" and not unit_only):
        return None
    for a in anchors:
        # (the name first read as a namesake of another region: the hromada's region is the village's)
        if a.unit != "hromada" or not a.key or not _told_beside(sentence, m, a, mentions):
            continue
        centres = [(p.latitude, p.longitude) for k in a.key.split("|") for p in names.settlements(k)
                   if p.admin1 == a.place.admin1 and p.latitude is not None and not p.village]
        # (and its spellings in the other language: "Николаевке Константиновской общины" is Миколаївка's)
        keys = m.key.split("|")
        keys += names.by_stems([morphology.name_stem(normalize(k)) for k in keys if _CYRILLIC.search(k)])
        towns = [p for k in dict.fromkeys(keys) for p in names.settlements(k)
                 if p.admin1 == a.place.admin1 and p.latitude is not None]
        if m.place.latitude is None:
            return None
        if not unit_only and any(km((m.place.latitude, m.place.longitude), c) <= _HROMADA_REACH_KM for c in centres):
            return m.place  # already one near a centre of the hromada's name
        pairs = [(km((t.latitude, t.longitude), c), n, t) for n, t in enumerate(towns) for c in centres]
        best = min(pairs, default=None, key=lambda x: x[:2])
        return best[2] if best and best[0] <= _HROMADA_REACH_KM else None
    return None


def _nearest_to_town_beside(sentence: str, m: Mention, anchors: list[Mention], mentions: list[Mention],
                            names: PlaceNames) -> Place | None:
    """"поселок Зайцево под Горловкой": a settlement told as near a town is, of its namesakes in the
    town's region, the one nearest that town, when the one first read lies twice as far or more."""
    if not m.key or m.place.kind != "city" or m.place.latitude is None:
        return None
    for a in anchors:
        if a.role != "vicinity" or a.start < m.end or a.place.kind != "city" or a.place.admin1 != m.place.admin1 \
                or not _told_beside(sentence, m, a, mentions) or a.start - m.end > _REGION_GAP:
            continue
        town = (a.place.latitude, a.place.longitude)
        near = [p for k in m.key.split("|") + [m.place.name] for p in names.settlements(k)
                if p.admin1 == a.place.admin1 and p.latitude is not None]  # (and by the name read: Zaitseve)
        best = min(near, default=None, key=lambda p: km((p.latitude, p.longitude), town))
        if best is not None and km((best.latitude, best.longitude), town) <= _HROMADA_REACH_KM \
                and km((m.place.latitude, m.place.longitude), town) > 2 * km((best.latitude, best.longitude), town):
            return best
    return None


def _hromada_in_its_raion(sentence: str, m: Mention, anchors: list[Mention], mentions: list[Mention],
                          names: PlaceNames) -> Place | None:
    """"Покровській громаді Синельниківського району": a hromada told right beside its raion, or after
    the one raion its sentence tells of, is the one of its name whose centre lies in reach of the
    raion's, when the first read lies beyond it (Pokrov's is Nikopol raion's; Pokrovske's,
    Synelnykove's)."""
    if m.unit != "hromada" or not m.key or m.place.kind != "city" or m.place.latitude is None:
        return None
    raions = [a for a in anchors if a.place.gazetteer_id.startswith("raion:") and a.place.latitude is not None]
    for a in raions:
        # (or the one raion the sentence tells of before it: "на Нікопольщині ... обстріляли райцентр і
        # Покровську громаду")
        if a.place.admin1 != m.place.admin1 or not (
                _told_beside(sentence, m, a, mentions) or len(raions) == 1 and a.end <= m.start):
            continue
        centre = (a.place.latitude, a.place.longitude)
        if km((m.place.latitude, m.place.longitude), centre) <= RAION_SPAN_KM:
            return None
        centres = [p for k in m.key.split("|") for p in names.settlements(k)
                   if p.admin1 == a.place.admin1 and p.latitude is not None and not p.village]
        best = min(centres, default=None, key=lambda p: km((p.latitude, p.longitude), centre))
        return best if best is not None and km((best.latitude, best.longitude), centre) <= RAION_SPAN_KM else None
    return None


def _unlisted_near(sentence: str, m: Mention, anchors: list[Mention], lex: Lexicon) -> tuple[Mention, list[Mention]]:
    """A village the gazetteer has only elsewhere, told right beside its hromada, raion or town
    ("Stepanivka, a village in the Kherson community", "селище Ювілейне в Курському районі"), is
    marked at that unit's centre with region precision, under its own name, as
    _villages_in_raions does."""
    for a in anchors:
        gap = sentence[m.end:a.start] if a.start >= m.end else sentence[a.end:m.start]
        raion = _own_raion(a.place) and a.start >= m.end and lex.unit_link_gap.test(gap)
        if not raion and (a.role not in ("hromada", "raion", "vicinity") or a.place.kind != "city") \
                or len(gap) > _NEXT_TO or any(o is not m and o is not a and min(m.end, a.end) <= o.start < max(
                    m.start, a.start) for o in anchors):
            continue
        unit = _raion(a.place)
        place = replace(unit, gazetteer_id=f"{unit.gazetteer_id}:{normalize(m.key)}",
                        name=f"{romanized(m.text)} ({a.place.name} area)")
        return replace(m, place=place), [a]
    return m, []


def _told_beside(sentence: str, m: Mention, a: Mention, mentions: list[Mention]) -> bool:
    """Whether a unit stands right beside a mention, with no other place between them."""
    gap = sentence[m.end:a.start] if a.start >= m.end else sentence[a.end:m.start]
    return len(gap) <= _NEXT_TO and not any(o is not m and o is not a and min(m.end, a.end) <= o.start < max(
        m.start, a.start) for o in mentions)


def _lies_in(place: Place, anchor: Place) -> bool:
    if anchor.kind == "region" and not anchor.gazetteer_id.startswith("raion:"):
        return place.admin1 == anchor.admin1
    return place.admin1 == anchor.admin1 and km((place.latitude, place.longitude),
                                                (anchor.latitude, anchor.longitude)) <= _HOMONYM_REACH_KM


def _districts_of_other_cities(sentence: str, mentions: list[Mention], names: PlaceNames,
                               lex: Lexicon) -> list[Mention]:
    """"the Shevchenkivskyi district of Kharkiv", "Kharkiv's Shevchenkivskyi district": the district
    of the city named with it, though other cities have one so named; a district the gazetteer knows
    only in other cities (Kyiv's Dniprovskyi for Kherson's) is not the one meant, and the city named
    with it stands for it."""
    out = []
    for k, m in enumerate(mentions):
        if m.place.kind != "district":
            out.append(m)
            continue
        city = mentions[k + 1] if k + 1 < len(mentions) else None
        of_city = city.place.name if city is not None and city.place.kind == "city" \
            and lex.district_city_gap.test(sentence[m.end:city.start]) else None
        owner = _POSSESSOR.search(sentence, 0, m.start)
        named = of_city or (owner.group(1) if owner else None)
        if named and named != m.place.district_of:
            own = [p for p in names.districts(m.place.name) if p.district_of == named]
            if own:
                out.append(replace(m, place=own[0]))
                continue
            if of_city:
                continue
        out.append(m)
    # "Kharkiv's Saltivskyi and Kyivskyi districts": a name listed after a city's district is that
    # city's district too, when the city has one so named (not the raion of that name elsewhere).
    # (the city told between: "у Шевченківському районі міста та також у Центральному")
    for k in range(1, len(out)):
        prev, cur = out[k - 1], out[k]
        gap = sentence[prev.end:cur.start]
        if prev.place.kind == "district" and cur.place.district_of != prev.place.district_of \
                and (lex.listed.pattern.fullmatch(gap) or any(
                    lex.district_city_gap.test(gap[:cut]) and lex.listed.pattern.fullmatch(gap[cut:])
                    for cut in range(1, len(gap)))):
            # (a Cyrillic adjective by its lemma in Latin letters: "Центральному" is Tsentralnyi)
            forms = [cur.key.split("|")[0] or cur.text] + [romanized(form.capitalize()) for form in cur.key.split("|")
                                                           if _CYRILLIC.search(form)]
            own = [p for form in forms for p in names.districts(form) if p.district_of == prev.place.district_of]
            if own:
                out[k] = replace(cur, place=own[0], role="target" if cur.role == "raion" else cur.role)
    return out


# "Kharkiv's Shevchenkivskyi district": the city that owns the district named right after it.
_POSSESSOR = re.compile(r"\b([A-Z][\w-]+)['’]s\s+(?:the\s+)?\Z")


def _of_unit(sentence: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a hromada is named as the place something lies in ("У Сергіївці Андріївської
    громади"), not as the place struck ("по Марганецкій і Покровській громадах"): its noun's case
    says so where the language has cases."""
    if not lex.morphology:
        # ("two wounded in Derhachiv community" after a village: where the hurt were)
        return not lex.unit_hurt_before.test(sentence[max(0, m.start - 30):m.start])
    units = lex.tables.get("unit_nouns", {})
    noun = next((word.group() for word in WORD_RE.finditer(sentence, m.start)
                 if any(f in units for f in morphology.word_forms(word.group(), lex.morphology))), "")
    if noun and morphology.may_be_locative(noun, lex.morphology) \
            and lex.unit_in_before.test(sentence[max(0, m.start - 10):m.start]):
        return True  # "В Марьинской громаде под обстрелом были ...": the one its villages lie in
    adjective = WORD_RE.match(sentence, m.start)
    if adjective and morphology.is_adjective(adjective.group(), lex.morphology) \
            and not morphology.may_be_genitive(adjective.group(), lex.morphology, as_adjective=True):
        return False  # "Марганецька та Покровська громади": a list of hromadas struck, in the nominative
    following = WORD_RE.search(sentence, adjective.end()) if adjective else None
    if following and following.group()[:1].isupper() and lex.listed.pattern.fullmatch(sentence[adjective.end():following.start()]) \
            and morphology.is_adjective(following.group(), lex.morphology) \
            and not morphology.may_be_genitive(following.group(), lex.morphology, as_adjective=True):
        return False  # ("Покровська, Марганецька та Мирівська громади": listed with nominatives, one too)
    return morphology.may_be_genitive(noun, lex.morphology) if noun else True


_LIST_SPREAD_KM = 30  # a place this far from every other of its list is likely a namesake of the one meant


def _listed_jointly(sentence: str, mentions: list[Mention], unplaced: list[Mention], names: PlaceNames,
                    lex: Lexicon, region_hint: str) -> list[Mention]:
    """"атакували Червоне, Малинівку та Левадне": villages listed together lie together. Each name
    read alone may go to a far namesake, and then the next is looked for near the wrong one; when
    more of the list's names have namesakes together than the names as read, the list is read
    again at that spot (names placed nowhere alone included)."""
    items = sorted([m for m in mentions if m.role in ("target", "hromada") and m.place.kind == "city" and not m.unit]
                   + unplaced, key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in items:
        if runs and lex.listed.pattern.fullmatch(sentence[runs[-1][-1].end:m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    moved: dict[int, Place] = {}
    for run in runs:
        spot = _list_spot(run, names, region_hint) if len(run) >= 3 else {}
        moved.update(spot)
        # (a name placed nowhere, by the list as it now stands)
        moved.update(_beside_the_others([replace(m, place=spot.get(m.start, m.place)) for m in run], names))
    if not moved:
        return mentions
    out = [replace(m, place=moved[m.start]) if m.start in moved else m for m in mentions]
    for m in unplaced:
        if m.start in moved:
            place = moved[m.start]
            out.append(replace(m, place=place, role=names.role(sentence, m.start, m.end, place, lex)))
    return sorted(out, key=lambda m: m.start)


def _beside_the_others(run: list[Mention], names: PlaceNames) -> dict[int, Place]:
    """"shells hit Nekhoteyevka and Zhuravlevka", "Чорнобаївка, Качкарівка, ..., Дудчани": of villages
    named together, one whose name several villages of the region bear and that was placed nowhere
    alone is the one beside another of the list, when it is clearly the nearest."""
    known = [m.place for m in run if m.place is not None and m.place.kind == "city" and m.place.latitude is not None]
    if not known:
        return {}
    points = [(p.latitude, p.longitude) for p in known]
    regions = {p.admin1 for p in known}
    moved = {}
    for lone in (m for m in run if m.place is None):
        found = {c.gazetteer_id: c for name in lone.key.split("|") for c in names.settlements(name)
                 if c.latitude is not None and c.admin1 in regions}
        near = sorted(((min(km(p, (c.latitude, c.longitude)) for p in points), c) for c in found.values()),
                      key=lambda pair: pair[0])
        if near and near[0][0] <= _LIST_SPREAD_KM and (len(near) == 1 or near[1][0] > 2 * near[0][0]):
            moved[lone.start] = near[0][1]
            continue
        # (a long list spans an area: the one namesake inside it, "A, B, ..., Kachkarivka, ..., Z" along a river)
        inside = [c for c in found.values() if len(points) >= 3 and _within_area(c, points)]
        if len(inside) == 1:
            moved[lone.start] = inside[0]
    return moved


def _within_area(place: Place, points: list[tuple[float, float]]) -> bool:
    """Whether a place lies within the box the points span, widened by a tenth of a degree."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return min(lats) - 0.1 <= place.latitude <= max(lats) + 0.1 and min(lons) - 0.1 <= place.longitude <= max(lons) + 0.1


def _list_spot(run: list[Mention], names: PlaceNames, region_hint: str) -> dict[int, Place]:
    """The places of one list's names at the spot where most of them have namesakes within
    ``_LIST_SPREAD_KM`` (by each name's start), or nothing when the names as read lie together as well."""
    # (in the report's region, else in the region where most of the names were read)
    read_in = Counter(m.place.admin1 for m in run if m.place is not None).most_common(1)
    region = normalize(region_hint or (read_in[0][0] if read_in else ""))
    options = []
    for m in run:
        # (a town read by its own name moves only to a namesake that bears the name too, not to a
        # neighbour the gazetteer lists with it as a former name: Lyman stays, Rodynske is not it)
        own = m.place is not None and not m.place.village and normalize(m.place.name) in map(normalize, m.key.split("|"))
        found = [c for name in m.key.split("|") for c in names.settlements(name, borrowed=not own)
                 if c.latitude is not None and (not region or normalize(c.admin1) == region)]
        options.append(found[:_LIST_OPTIONS])

    def gathered(spot: tuple[float, float]) -> list[Place | None]:
        return [min((c for c in found if km(spot, (c.latitude, c.longitude)) <= _LIST_SPREAD_KM),
                    key=lambda c: km(spot, (c.latitude, c.longitude)), default=None) for found in options]

    read = [(m.place.latitude, m.place.longitude) for m in run if m.place is not None and m.place.latitude is not None]
    as_read = max((sum(km(p, q) <= _LIST_SPREAD_KM for q in read) for p in read), default=0)
    best: list[Place | None] = []
    for found in options:
        for spot in found:
            here = gathered((spot.latitude, spot.longitude))
            if sum(c is not None for c in here) > sum(c is not None for c in best):
                best = here
    if sum(c is not None for c in best) < max(3, as_read + 1):
        return {}
    # Then each name at its namesake nearest the rest of the list, one that lies by one of them
    # (a spot may reach two namesakes of one name, "Садове" by Станіслав and by Антонівка).
    for k, found in enumerate(options):
        others = [(c.latitude, c.longitude) for j, c in enumerate(best) if j != k and c is not None]
        if best[k] is not None:
            best[k] = min((c for c in found if min(km((c.latitude, c.longitude), q) for q in others) <= _LIST_SPREAD_KM),
                          key=lambda c: sum(km((c.latitude, c.longitude), q) for q in others), default=best[k])
    # (A town of 50,000 read as itself stays: Kostiantynivka listed with Kramatorsk and two places by
    # Kurakhove is the town, whatever village of its name lies by Kurakhove.)
    return {m.start: c for m, c in zip(run, best) if c is not None
            and not (m.place is not None and m.place.population >= _TOWN_SIZE)}


_LIST_OPTIONS = 20  # namesakes of one name weighed for a list's spot (a region holds a dozen Oleksandrivkas)


def _listed_together(mentions: list[Mention], names: PlaceNames) -> list[Mention]:
    """"Антонівка, Садове, Дніпровське, Зеленівка": settlements listed together lie
    together; one far from all the others is the namesake that lies among them, if one does."""
    listed = [m for m in mentions if m.role in ("target", "hromada") and m.place.kind == "city"
              and m.place.latitude is not None]
    regions = Counter(m.place.admin1 for m in listed).most_common(1)
    if len(listed) < 3 or regions[0][1] < len(listed) - 1:
        return mentions
    region = regions[0][0]
    out = []
    for m in mentions:
        others = [(o.place.latitude, o.place.longitude) for o in listed if o is not m and o.place.admin1 == region]
        here = (m.place.latitude, m.place.longitude)
        if any(m is o for o in listed) and min(km(here, p) for p in others) > _LIST_SPREAD_KM:
            # (by the name as written, which the place read alone may not bear: "Слов'янській" read as a
            # big town's old name; a hromada's centre is no hamlet)
            written = m.key.split("|") if m.key else []
            reach = _LIST_SPREAD_KM if m.unit == "hromada" else _LIST_SPREAD_KM / 2  # (hromadas' centres lie further apart)
            among = list({c.gazetteer_id: c for k in written + [m.place.name] for c in names.settlements(k)
                          if c.admin1 == region and c.latitude is not None and not (m.unit == "hromada" and c.village)
                          and min(km((c.latitude, c.longitude), p) for p in others) <= reach}.values())
            nearest = min(among, default=None, key=lambda c: min(km((c.latitude, c.longitude), p) for p in others))
            # (of two entries of one village, the nearer; of namesakes near different places of the list,
            # none is surer than the first read)
            if nearest is not None and all(km((c.latitude, c.longitude), (nearest.latitude, nearest.longitude)) <= reach
                                           for c in among):
                m = replace(m, place=nearest)
        out.append(m)
    return out


def _listed_after_town(sentence: str, m: Mention, mentions: list[Mention], lex: Lexicon) -> bool:
    """"Shells hit Marhanets itself and the Pokrovske hromada": a hromada joined by "and" to
    the town struck before it is struck beside it, not the unit that town lies in."""
    prev = next((o for o in reversed(mentions) if o.end <= m.start), None)
    return prev is not None and prev.role == "target" and prev.place.kind == "city" \
        and _joined_by_conjunction(sentence, prev, m, lex)


def _listed_with_next(sentence: str, m: Mention, mentions: list[Mention], lex: Lexicon) -> bool:
    """"Shelling of the Kurakhove hromada and the town of Selydove": a hromada joined by "and"
    to the next place struck is struck beside it, not the unit that place lies in (a comma
    alone may open an apposition: "the Pokrovsk hromada, the village of Kotlyne")."""
    nxt = next((o for o in mentions if o.start >= m.end), None)
    if nxt is None or nxt.role != "target" or nxt.place.kind == "region":
        return False
    if any(o.role == "target" and 0 < m.start - o.end <= 2 for o in mentions):
        return False  # ("село Тимоновичі Семенівської громади, село Клюси ...": the village's before it)
    gap = sentence[m.end:nxt.start]
    unit = lex.hromada_after.match(gap)
    if unit is None and m.unit != "hromada":  # (its noun is in the mention: "Марганецькій громаді")
        return False
    gap = gap[unit.end():] if unit else gap
    return gap.strip() != "," and bool(lex.listed.pattern.fullmatch(gap) or lex.settlement_list_gap.test(gap))


def _between_two(sentence: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"на дороге между сёлами Белый Колодезь и Караичное", "на трасі Рильськ — Дурово": one strike, at
    the first place when it is named; the second only says where the road led. Impacts counted
    between two places ("11 прилётов между A и B") struck neither."""
    out = []
    neither: set[int] = set()  # the first places of impacts counted between two: "11 прилётов между A и B"
    for m in mentions:
        before = lex.between_before.search(sentence[:m.start]) if m.role == "target" else None
        # (or a road's second end: "на трасі Рильськ — Дурово")
        first = before and (before.start("a") if before.group("a") else before.start("road"))
        if before and any(o is not m and o.start == first and o.role == "target" for o in mentions):
            m = replace(m, role="context")
            if before.group("a") and lex.impacts_between_before.test(sentence[:first]):
                neither.add(first)
        out.append(m)
    return [replace(m, role="context") if m.start in neither else m for m in out]


def _home_of(sentence: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a town is named as where someone lives ("житель Горловки", "a resident of Izium")."""
    return lex.home_before.test(sentence[max(0, m.start - 40):m.start])


def _locates_settlement(sentence: str, m: Mention, lex: Lexicon) -> bool:
    """"the village of Krasny Sad in Voronezh": a city named right after a village places the village,
    whether or not the gazetteer knows it; a village does not lie in a city."""
    # ("the Zhuravlevka settlement in the ... district": the noun after the name, then the gap)
    ends = [v.end("a") if v.group("a") else v.end() for v in lex.named_settlement.finditer(sentence)
            if v.group("a") or "d" in v.re.groupindex and v.group("d")]
    return any(end <= m.start and lex.settlement_locator_gap.pattern.fullmatch(sentence[end:m.start]) for end in ends)


def _capitals_of_regions(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """"столица ДНР", "the capital of the Belgorod region": a region's capital city named by its
    title, the city struck, not the region."""
    out = []
    for m in mentions:
        if m.place.kind == "region" and not m.place.gazetteer_id.startswith("raion:") \
                and lex.capital_before.search(sentence[max(0, m.start - 30):m.start]):
            city = names.capital(m.place.admin1)
            if city is not None:
                m = replace(m, place=city)
        out.append(m)
    return out


def _compass_regions(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """"Beryslav, on the Dnipro in southern Kherson": a region's capital after a compass word, with a
    settlement of that region struck in the sentence, is the region that locates it, not the city."""
    out = []
    for m in mentions:
        if m.role == "target" and m.place.kind == "city" and names.is_capital(m.place) \
                and lex.compass_before.test(sentence[max(0, m.start - 30):m.start]) \
                and any(o is not m and o.role == "target" and o.place.kind == "city" and o.place.admin1 == m.place.admin1
                        for o in mentions):
            region = names.resolve(m.place.admin1, kind="region")
            if region is not None:
                m = replace(m, place=region, role="locator")
        out.append(m)
    return out


_RAION_BEFORE = 12  # characters between a raion and the village it locates: ", на "
_UNIT_LEAD = 80  # characters a raion told first may stand before the list of settlements it holds
_CLAUSE_END = re.compile(r"[.;!?]")


def first_end(match: re.Match) -> int | None:
    """Where a road's or a stretch's first end stands in a ``named_settlement`` match ("на трасі
    Рильськ — Дурово", "между сёлами Курово и Суворово"), or None; the match's name is the second end."""
    return next((match.start(g) for g in ("first", "first2") if match.groupdict().get(g)), None)


@dataclass(frozen=True)
class _Settlement:
    """A name the report calls a settlement ("село Сопычи"), and where the noun before it starts."""

    name: str
    start: int
    end: int
    lead: int
    first: int | None = None  # a road's or stretch's first end (see first_end)


def _settlement_runs(sentence: str, mentions: list[Mention], lex: Lexicon) -> list[list[_Settlement]]:
    """Settlements named as such, in runs listed together: "село Сопычи" is a run of one, "сёла
    Малиновка, Бочковка и хутор Масычево" one run of three."""
    units = {o.start for o in mentions if o.unit or o.role in ("raion", "hromada")}

    def name_end(start: int, end: int) -> int:
        """The name's words end before a raion's adjective or an abbreviation ("Тишанка ВСУ")."""
        words = list(WORD_RE.finditer(sentence, start, end))
        cut = next((k for k, w in enumerate(words) if w.start() in units or (k and w.group(0).isupper())), len(words))
        return words[cut - 1].end() if cut else start

    found: dict[int, _Settlement] = {}
    for m in lex.named_settlement.finditer(sentence):
        end = name_end(m.start("a"), m.end("a")) if m.group("a") else 0
        if end > m.start("a"):
            found[m.start("a")] = _Settlement(sentence[m.start("a"):end], m.start("a"), end, m.start(), first_end(m))
    for v in lex.village_names.finditer(sentence):
        start, lead = v.start("a"), v.start()
        for part in [*lex.listed.pattern.finditer(sentence, start, v.end("a")), None]:
            end = name_end(start, part.start() if part is not None else v.end("a"))
            if end > start and start not in found:
                found[start] = _Settlement(sentence[start:end], start, end, lead)
            if part is None:
                break
            start = lead = part.end()
    runs: list[list[_Settlement]] = []
    for item in sorted(found.values(), key=lambda s: s.start):
        if runs and runs[-1][-1].end <= item.start and lex.settlement_list_gap.test(sentence[runs[-1][-1].end:item.start]):
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


_JOINERS = tuple(f"{word} " for word in _CONJUNCTIONS) + ("and ",)  # the words that open the next place of a list


def _unit_of_run(sentence: str, run: list[_Settlement], mentions: list[Mention], lex: Lexicon) -> tuple[int, bool] | None:
    """Which mention locates a run of settlements, and whether it is told right beside them: a
    raion or hromada just after the run or just before it ("село Сопычи Погарского района", "в
    Миллеровском районе, на хуторе Журавка"), a town right after ("в селе Лапаевка под
    Львовом"), else a raion told first in the clause ("В Белгородском районе атакам подверглись
    сёла ...")."""
    first, last = run[0], run[-1]
    beside = []
    for k, mention in enumerate(mentions):
        after = sentence[last.end:mention.start]
        near_town = mention.role == "vicinity" and mention.place.kind == "city" and 0 <= len(after) <= 8 \
            and mention.start > last.end
        noun = _unit_noun(sentence, mention, lex)
        gap = first.lead - mention.end - (noun.end() if noun else 0)
        unit = mention.unit in ("raion", "hromada") or noun
        if (unit and 0 <= mention.start - last.end <= 2) or (
                mention.role in ("raion", "hromada") and lex.unit_link_gap.test(after)) or near_town:
            return k, True  # (the unit told right after the run is its own, before one told before it:
            # "село Тимоновичі Семенівської громади, село Клюси Сновської громади")
        # (not a unit that closed the settlement before it, "на хуторе А Б-ского района и в селе В": the "and"
        # opens another place)
        joined = sentence[first.lead - gap:first.lead].lstrip().lower().startswith(_JOINERS)
        if unit and 0 <= gap <= _RAION_BEFORE and not joined:
            beside.append(k)
    if beside:
        return beside[0], True
    before = [(k, m) for k, m in enumerate(mentions) if m.end <= first.lead and (
        m.unit in ("raion", "hromada") or (m.role in ("raion", "hromada") and not m.unit))]
    if not before:
        return None
    k, unit = before[-1]
    noun = _unit_noun(sentence, unit, lex)
    between = sentence[unit.end + (noun.end() if noun else 0):first.lead]
    # (nor across "..., а также обстреляли поселок Б": the comma and the joiner open another clause)
    opens_another = between.lstrip(" ,").lower().startswith(_JOINERS)
    if len(between) > _UNIT_LEAD or _CLAUSE_END.search(between) or opens_another or any(
            unit.end <= o.start < first.lead and o.place.admin1 != unit.place.admin1 for o in mentions):
        return None
    return k, False


def _unit_noun(sentence: str, mention: Mention, lex: Lexicon) -> re.Match | None:
    """The raion's or hromada's noun right after a name read as one ("the Borisovka district"),
    so that it is no part of the gap to the settlements it holds."""
    if mention.unit or mention.role not in ("raion", "hromada"):
        return None
    return (lex.raion_after if mention.role == "raion" else lex.hromada_after).match(sentence[mention.end:])


def _hromadas_of_raions(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """"a village of the Novooleksandrivka hromada (Beryslav district)": a hromada told with its raion is
    the one whose centre lies in that raion, though a namesake elsewhere in the oblast is larger."""
    raions = [m for m in mentions if m.role == "raion" and m.place.country == "UA" and m.place.latitude is not None]
    if len(raions) != 1:
        return mentions  # (two raions in one sentence: which locates which is not told)
    raion = raions[0]
    own = names.raion_at(raion.place.latitude, raion.place.longitude)
    # (a comma may set the raion off and still tell the hromada's: "the X hromada, in the Y district")
    unbroken = sentence.replace(",", " ")
    out = []
    for m in mentions:
        if (m.role == "hromada" or m.unit == "hromada") and m.place.kind == "city" and m.place.latitude is not None \
                and m.place.admin1 == raion.place.admin1 and own and _same_clause(unbroken, m, raion) \
                and not _joined_by_conjunction(sentence, m, raion, lex) \
                and names.raion_at(m.place.latitude, m.place.longitude) != own:
            # (of the raion's settlements the gazetteer lists under that name, the one it bears as its own)
            seats = [p for p in names.settlements(m.place.name) if p.latitude is not None and p.kind == "city"
                     and normalize(p.name) == normalize(m.place.name)
                     and names.raion_at(p.latitude, p.longitude) == own]
            if len(seats) == 1:
                m = replace(m, place=seats[0])
        out.append(m)
    return out


def _villages_in_raions(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """"село Сопычи Погарского района", "в селе Лапаевка под Львовом", "В Белгородском районе
    атакам подверглись сёла Малиновка и Бочковка": a village the gazetteer lacks, located by its
    raion or the town it lies near, is marked at the raion's centre (the town) with region
    precision, under its own name; one it has only elsewhere is the one of the raion's region."""
    out = list(mentions)
    if not any(m.unit in ("raion", "hromada") or m.role in ("raion", "hromada", "vicinity") for m in mentions):
        return out
    used: list[Mention] = []  # units that located a list: they give way to its settlements
    for run in _settlement_runs(sentence, mentions, lex):
        if any(x.start == item.first for item in run for x in out):
            continue  # "на трасі Рильськ — Дурово": the road's first end, a town the gazetteer has
        found = _unit_of_run(sentence, run, out, lex)
        if found is None:
            continue
        k, beside = found
        mention = out[k]
        near_town = mention.role == "vicinity"
        for item in run:
            name = item.name
            # (or a name the gazetteer holds under the other language's spelling: Ивашки, Ivashky)
            centre = (mention.place.latitude, mention.place.longitude)
            # (a Ukrainian hromada; a Russian "округ" read as one spans a former raion)
            span = HROMADA_SPAN_KM if "hromada" in (mention.unit, mention.role) and mention.place.country == "UA" \
                else RAION_SPAN_KM
            # (nor a town far off the name only misspells: "деревня Пагубино" of Volokolamsk is no Nakhabino)
            key = name if names.knows(name) or any(
                how != "typo" or None not in (p.latitude, centre[0])
                and km((p.latitude, p.longitude), centre) <= _MISSPELT_REACH_KM
                for p, how, _ in names.geocoder.candidates(name, region=mention.place.admin1)) else None
            if key is None and lex.morphology:
                # "в селе Кутьковка": the village the gazetteer spells the other language's way (Кутьківка)
                key = next(iter(names.by_stems(morphology.text_stems(name))), None)
            inside = names.resolve(key, region=mention.place.admin1) if key else None
            own = None
            if "raion" in (mention.unit, mention.role) or (
                    mention.place.country == "RU" and "hromada" in (mention.unit, mention.role)):  # (an okrug)
                # The raion's one village of the name, however the gazetteer spells it ("Чайкине
                # Новгород-Сіверського району": Чайкино there, Чайкине in another oblast).
                spellings = [key] if key else []
                if lex.morphology:
                    spellings += names.by_stems(morphology.text_stems(name))
                own, key = next(((v, k) for k in spellings if (v := names.settlement_of_raion(k, mention.place))),
                                (None, key))
            if own is not None:
                inside = own
            elif key and (inside is None or inside.admin1 != mention.place.admin1):
                # One of the region's namesake villages: the one near the unit's centre.
                inside = names.resolve(key, region=mention.place.admin1,
                                       near=[(mention.place.latitude, mention.place.longitude)])
                inside = inside if inside is not None and inside.village else None
            if inside is not None and inside.village and inside.country == "RU" and not near_town \
                    and not _in_census_raion(inside, mention.place):
                inside = None  # a namesake village of another raion: this one the gazetteer lacks
            # (the name as the sentence's own mention read it, else as the table has it)
            read = next((o.place for o in out if o.start == item.start), inside) if inside is not None and own is None \
                else own
            if read is not None and read.kind == "city" and not near_town and read.population < _TOWN_SIZE \
                    and None not in (read.latitude, centre[0]) and km((read.latitude, read.longitude), centre) > span:
                village = names.nearest(key, centre, span) if span == HROMADA_SPAN_KM else None
                if village is not None:
                    # "Shevchenkove of the Velykyi Burluk hromada": the hromada's village, not the
                    # town of that name 40 km away.
                    out = [o if o.start != item.start else replace(o, place=village) for o in out]
                    continue
                nearest = names.resolve(key, region=mention.place.admin1, near=[centre])
                if nearest is None or km((nearest.latitude, nearest.longitude), centre) > span:
                    inside = None  # "село Красное Шебекинского округа": not the town of that name 130 km away
            raion = mention.place if mention.place.gazetteer_id.startswith("raion:") else _raion(mention.place)
            seat = names.resolve(key, kind="city") if key and _raion_named_after(name, mention, sentence) else None
            if seat is not None and not seat.village:
                # "посёлок Климово Климовского района": the raion's own seat, wherever a namesake
                # town (Klimovsk) took the raion's name.
                place, area = seat, None
            elif inside is not None and inside.admin1 == mention.place.admin1:
                told = next((o for o in out if o.start == item.start), None)
                if told is not None and own is not None and told.place != own and not own.village:
                    # "с. Слобожанське Харківського району": the town of the name in the raion told, not
                    # a larger namesake of another raion
                    out = [replace(o, place=own) if o is told else o for o in out]
                    continue
                if (not inside.village and key == name) or (told is not None and told.place.admin1 == inside.admin1
                                                            and (own is None or told.place == own)):
                    continue  # a village the gazetteer has: it is the target, the raion locates it
                # (not a namesake elsewhere the name alone was read as: "Безымено Грайворонского округа")
                out = [o for o in out if o is not told]
                k = next(j for j, o in enumerate(out) if o is mention)
                # A village of the village tables, its name alone no place: the unit told with it says it is.
                place, area = inside, None
            else:
                village = romanized(name)
                place = replace(raion, gazetteer_id=f"{raion.gazetteer_id}:{normalize(name)}", name=f"{village} "
                                f"(near {mention.place.name})" if near_town else f"{village} ({raion.name})")
                area = None if near_town else raion
            if beside and len(run) == 1 and place.village and area is None and not near_town:
                # "в селе Воронок Стародубского округа", a village the gazetteer has: the raion locates it
                out = [o for o in out if not item.start <= o.start < item.end]
                out[out.index(mention)] = replace(mention, role="locator", place=raion)
                out.append(Mention(name, item.start, item.end, place, "target"))
                out.sort(key=lambda o: o.start)
            elif beside and len(run) == 1:
                start, end = min(item.start, mention.start), max(item.end, mention.end)
                # (no unit of its own now: the village does not locate the runs after it)
                village_mention = replace(mention, text=sentence[start:end], start=start, end=end, place=place,
                                          role="target", area=area, unit="")
                out[k] = village_mention
                out = [o for o in out if o is village_mention or not start <= o.start < end]
            else:
                # One of a list: its own name, the unit kept for the others and dropped after.
                out = [o for o in out if not item.start <= o.start < item.end]
                out.append(Mention(name, item.start, item.end, place, "target", area=area))
                used.append(mention)
    if not used:
        return out
    return sorted((o for o in out if not any(o is u for u in used)), key=lambda o: o.start)


def _in_census_raion(village: Place, raion: Place) -> bool:
    """Whether a Russian census village lies in the raion told: the tables name its raion in Cyrillic
    ("Туапсинский Район"), the gazetteer the raion by its seat ("Tuapse Raion"); their first letters agree,
    or the raion is one named not after its seat (Неклиновский, seat Pokrovskoye)."""
    if not village.raion:
        return False
    if normalize(romanized(village.raion))[:4] == normalize(raion.name)[:4]:
        return True
    seat = raion_centre(village.raion.split()[0], region=raion.admin1)
    return seat is not None and seat[1] == raion.admin1 and f"{seat[0]} Raion" == raion.name


def _towns_in(keys: list[str], region: str, names: PlaceNames) -> bool:
    """Whether a town (not a hamlet) of one of the names lies in the region."""
    return any(p.admin1 == region and not p.village for k in keys for p in names.settlements(k, borrowed=False))


def _raion_named_after(name: str, unit: Mention, sentence: str) -> bool:
    """The settlement's own raion: its adjective is the settlement's name with an adjective ending
    ("Климово Климовского района", "Покровське Покровського району")."""
    adjective = WORD_RE.match(sentence, unit.start)
    stems = morphology.adjective_stems(adjective.group()) if adjective else []
    return bool(stems) and len(stems[0]) >= 4 and name.lower().startswith(stems[0])


_LATIN_ADJECTIVE = re.compile(r"^(?P<stem>[A-Z][\w'’-]+?)(?:skyi|skyy|skiy|sky|ski|skaya|ska|ske|skoye|skoe)$")
_UKRAINIAN_ADJECTIVE_ENDINGS = ("skyi", "skyy", "ska", "ske")  # (not Russian -sky, -skaya, -skoye)


def _latin_hromada(words: list[re.Match], i: int, sentence: str, names: PlaceNames, lex: Lexicon) -> _Found | None:
    """"in Znob-Novhorod hromada", "the Velykopysarivska community": a hromada named by a form of
    its centre's name the gazetteer does not hold as a place; the settlement at its centre."""
    first = words[i].group().lower()
    if first in lex.word_set("determiners") or first in lex.numbers.units or first in lex.numbers.tens:
        return None  # ("The Nikopol, ... communities": the article, then the name; nor "Seven communities": a count)
    for n in (1, 2):
        if i + n > len(words):
            break
        last = words[i + n - 1]
        if n == 2 and (sentence[words[i].end():last.start()] != " " or not last.group()[0].isupper()):
            break
        # (or a list's plural noun: "Chervonohryhorivska, Marhanetska and Myrivska communities")
        unit = lex.hromada_after.match(sentence[last.end():]) or lex.hromadas_after.match(sentence[last.end():])
        if unit and not lex.raion_after.test_start(unit.group()):  # (a Russian okrug is a raion's)
            name = f"{sentence[words[i].start():last.end()]} hromada"
            return _Found(n, name, unit="hromada") if names.resolve(name) is not None else None
    return None


def _within_city(place: Place, city_name: str, names: PlaceNames) -> bool:
    """Whether a place is a district or neighbourhood of the city of that name."""
    if place.kind == "district":
        return normalize(place.district_of) == normalize(city_name)
    city = names.resolve(city_name, kind="city")
    return city is not None and city.name != place.name and place.admin1 == city.admin1 \
        and place.latitude is not None and km((place.latitude, place.longitude), (city.latitude, city.longitude)) <= DISTRICT_KM


def _latin_city_district(token: str, before: str, after: str, names: PlaceNames, lex: Lexicon, region_hint: str,
                         near: list[tuple[float, float]] | None) -> _Found | None:
    """"The city's Kuibyshev District", "the Kyiv district of Kharkiv": a city district
    named in English by the noun its adjective comes from (Kuibyshevskyi, Kyivskyi, Saltivskyi), of
    the city told of or named."""
    told = lex.city_district_after.match(after)
    owner = lex.city_possessive_before.search(before) if told is None else None
    city = None
    if told is not None and told.group("city"):
        city = names.resolve(after[told.start("city"):told.end("city")], kind="city")
        if city is None:
            return None
    elif owner is not None and owner.group("city"):
        city = names.resolve(owner.group("city"), kind="city")  # "Kharkiv's residential Kyiv District"
        if city is None or not any(d.district_of == city.name for d in names.districts(token + "skyi")
                                   + names.districts(token + "ivskyi") + names.districts(token[:-1] + "ivskyi")):
            return None
    elif told is None and owner is None and names.knows(token):
        return None  # ("the Kharkiv district": the raion of a town, unless a city is told with it)
    # ("the Solomyan district" in a Kyiv story: a word that names no town is the city district's noun.)
    for form in (token + "skyi", token + "ivskyi", token[:-1] + "ivskyi"):
        for district in names.districts(form):
            if district.district_of == city.name if city is not None else (
                    normalize(district.admin1) == normalize(region_hint) or any(
                        km((district.latitude, district.longitude), p) <= DISTRICT_KM for p in near or ())):
                # (the noun right after it is part of the name; a list's noun at its end is not)
                return _Found(2 if lex.raion_after.test_start(after) else 1, f"{form}|{district.gazetteer_id}", "district")
    return None


def _raion_beyond_city(found: _Found, after: str, names: PlaceNames, lex: Lexicon) -> bool:
    """Whether a raion read from an adjective lies outside the region of the city whose district
    the words after it call it ("district of Kherson")."""
    told = lex.city_district_after.match(after)
    if told is None or not told.group("city"):
        return False
    name = after[told.start("city"):told.end("city")]
    # (a city's own name, not "of Russia's Kursk region")
    city = names.resolve(name, kind="city") if name[:1].isupper() and name.isalpha() and names.knows(name) else None
    if city is None or city.population < _DISTRICTED_CITY:
        return False
    seats = [part.split("@")[1] if part.startswith("@") else part for part in found.name.split("|")]
    found_in = [names.resolve(seat, kind="city", region=city.admin1) for seat in seats]
    return not any(seat is not None and seat.admin1 == city.admin1 for seat in found_in)


def _latin_raion_adjective(token: str, before: str, after: str, names: PlaceNames, lex: Lexicon) -> _Found | None:
    """"the Glushkovsky district", "the Bohodukhivskyi district": a raion named in English by the
    transliterated adjective of its centre (Glushkovo, Bohodukhiv, Rylsk, Sudzha); also "the district of
    Trubchevsky", the noun before it."""
    m = _LATIN_ADJECTIVE.match(token)
    if not _raion_noun_after(after, lex) and not (m and lex.raion_of_before.test(before)):
        return None
    if m is None:
        # "the Synelnyky district": a seat in -ove (Synelnykove) shortened to its plural-looking stem;
        # "the Polohiv district": the adjective's stem of a plural name (Polohy), its ending cut off.
        fulls = ([token[:-1] + "ove"] if token[-1:] in "yi" and len(token) >= 6 else []) + (
            _plural_seats(token) if not names.knows(token) else [])
        full = next((f for f in fulls if names.knows(f)), "")
        return _Found(1, full, "raion") if full and not names.knows(token) else None
    seat = raion_centre(token)
    if seat:  # "the Belovsky district": its seat is Belaya
        return _Found(1, f"@{seat[0]}@{seat[1]}", "raion")
    stem = m.group("stem")
    # ("the Borisovsky district": Borisovka; "-ovka"/"-ivka" towns make "-ovsky"/"-ivskyi" districts;
    # "the Polohivskyi district": Polohy, whose adjective puts -iv- after the stem.)
    # ("the Livensky district": Livny, the vowel the adjective puts in the seat's last syllable dropped;
    # so Lubny, Romny, Sarny, Rivne)
    forms = [stem, stem + "o", stem + "a", stem + "e", stem + "sk", stem + "ka"] + (
        [stem[:-2] + "a"] if stem.endswith("an") else []) + _plural_seats(stem) + (
        [stem[:-2] + end for end in ("ny", "ni", "y", "e")] if stem.endswith("en") and len(stem) > 4 else [])
    known = [form for form in forms if names.knows(form)]
    if not known and token.endswith(_UKRAINIAN_ADJECTIVE_ENDINGS) and names.resolve(f"{token} hromada") is not None:
        # "Velykopysarivska District": a hromada (or a raion before 2020) named for a two-word town,
        # Velyka Pysarivka, which no single-word form of the adjective gives.
        return _Found(1, f"{token} hromada", "hromada")
    return _Found(1, "|".join(known), "raion") if known else None


def _elsewhere_than_raion(named: Place | None, seat: Place | None, region_hint: str) -> bool:
    """Whether a name read whole is no place, or one outside the story's region while the raion its
    adjective makes lies in it ("Suvorovsky District" in a Tula story: Suvorov's raion, not the Odesa
    city district once of that name)."""
    if named is None:
        return True
    return bool(region_hint) and seat is not None and normalize(named.admin1) != normalize(region_hint) \
        and normalize(seat.admin1) == normalize(region_hint)


def _plural_seats(stem: str) -> list[str]:
    """Seats with a plural name whose Ukrainian adjective adds -iv- to the stem: Polohiv- -> Polohy."""
    return [stem[:-2] + end for end in ("y", "i")] if len(stem) >= 6 and stem.endswith("iv") else []


def _raion_noun_after(after: str, lex: Lexicon) -> bool:
    """Whether a district noun follows a name, right after it or after the rest of a list ("the
    Glushkovsky and Rylsky districts")."""
    return lex.raion_after.test_start(after) or lex.raions_after.test_start(after)


def romanized(name: str) -> str:
    """A Cyrillic name in Latin letters for the map, the report's spelling kept beside it."""
    from dashboard.geocode import romanize_russian, romanize_ukrainian

    if not _CYRILLIC.search(name):
        return name
    return romanize_ukrainian(name) if re.search(r"[іїєґІЇЄҐ]", name) else romanize_russian(name)


def _own_raion(place: Place) -> bool:
    """A raion itself (not a village placed in one)."""
    return place.gazetteer_id.startswith("raion:") and place.gazetteer_id.count(":") == 2


_SEAT_SIZE = 2_000  # a raion's seat is a town: a hamlet of its name near the report's places is not it


def _raion_seat(place: Place, names: PlaceNames) -> Place:
    """"The Nikopol district" after a strike on Slovianka: the raion of the town Nikopol, not of a
    hamlet called Nikopol that lies nearer the report's other places."""
    if place.kind != "city" or place.population >= _SEAT_SIZE:
        return place
    town = names.resolve(place.name, kind="city", country=place.country)
    return town if town is not None and town.population >= _SEAT_SIZE else place


def _seat_of_its_raion(token: str, names: PlaceNames, region_hint: str) -> bool:
    """Whether a town of Ukraine that is no region's capital gives its name to its raion (Nikopol,
    Kupiansk): "Nikopol region" in translation is that raion, not an oblast."""
    if names.knows(f"{token} region"):
        return False
    town = names.resolve(token, kind="city", region=region_hint or None)
    if town is None or town.country != "UA" or town.village:
        return False
    seat = names.raion_seat(names.raion_at(town.latitude, town.longitude))
    return seat is not None and seat.gazetteer_id == town.gazetteer_id


def _raion(centre: Place) -> Place:
    """A raion (district of an oblast) named by its centre: the centre's point, region precision
    (a city that is a region of its own has none: "the Sevastopol area" is the city)."""
    if centre.kind != "city" or centre.admin1 in (centre.name, f"{centre.name} City"):
        return centre
    return Place(f"raion:{centre.gazetteer_id}", f"{centre.name} Raion", "region", centre.country, centre.admin1,
                 centre.latitude, centre.longitude, 0)


def _is_person_name(words: list[re.Match], i: int, n: int, sentence: str, lex: Lexicon) -> bool:
    """'Vitali Klitschko', 'President Volodymyr Zelensky', 'Colonel Petro Izium', 'the landing ship
    Azov': a person's or a vessel's name, not a place (not "in Kharkiv Saturday morning": a weekday)."""
    titles, orgs = lex.word_set("person_titles"), lex.word_set("org_words")
    if i > 0:
        prev = words[i - 1]
        between = sentence[prev.end():words[i].start()]
        if between.strip() == "" and prev.group().lower().rstrip(".") in titles \
                or between.strip() in ("", '"', "“", "«") and (prev.group().lower() in lex.word_set("vessel_words") or (
                    i > 1 and prev.group().lower() in lex.word_set("naming_words")
                    and words[i - 2].group().lower() in lex.word_set("vessel_words"))):
            return True
        if between == " " and prev.group().lower() in lex.word_set("given_names"):
            return True  # a first name, the surname
        if i > 1 and between == " " and prev.group()[0].isupper() and sentence[words[i - 2].end():prev.start()] == " " \
                and words[i - 2].group().lower().rstrip(".") in titles:
            return True  # a title, a first name, the surname
    if i + n < len(words):
        nxt = words[i + n]
        between = sentence[words[i + n - 1].end():nxt.start()]
        token = nxt.group()
        if between == " " and token[0].isupper() and token.lower() not in orgs \
                and token.lower() not in lex.tables.get("weekdays", {}) \
                and not token.lower().startswith(("oblast", "region")) and not _title_case(words) \
                and not _unit_noun_follows(sentence[nxt.end():], lex) \
                and not words[i + n - 1].group().endswith(("'s", "\u2019s")):
            # (not "Darnytsia Kyiv district", "Kupiansk Kharkiv region": no surname is followed by a unit noun;
            # nor "Melitopol's Moscow-installed head": a first name is not possessive)
            return True
    return False


def _unit_noun_follows(after: str, lex: Lexicon) -> bool:
    """Whether a district's or region's noun comes right after a word."""
    first = WORD_RE.search(after[:40])
    return lex.raion_after.test_start(after) or first is not None and after[:first.start()].isspace() \
        and first.group().lower() in lex.word_set("region_nouns")


def _title_case(words: list[re.Match]) -> bool:
    """A headline In Title Case: a capital after a name says nothing of a surname there."""
    long = [w.group() for w in words if len(w.group()) > 3]
    return len(long) >= 4 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _choose(found: _Found, sentence: str, start: int, names: PlaceNames, lex: Lexicon, region_hint: str,
            near: list[tuple[float, float]] | None) -> Place | None:
    before = sentence[max(0, start - CONTEXT_CHARS):start]
    after = sentence[start + len(found.name):]
    kind = {"region": "region", "administration": "region", "hromada": "city", "raion": "city",
            "district": "district", "facility": "city", "starostat": "city"}.get(found.unit)
    if kind is None:
        if lex.region_of_before.test(before[-40:]):
            kind = "region"  # "the southern Ukrainian region of Odesa": the oblast, not its city
        elif lex.title_before.test(before) and lex.title_before_region.test(before[-40:]):
            kind = "region"
        elif lex.title_after.test_start(after) and lex.region_title.test(after[:30] if after else ""):
            kind = "region"
    if found.name.startswith("@"):  # a raion's seat and region, from the gazetteer's table
        _, name, region = found.name.split("@")
        return names.resolve(name, kind="city", region=region)
    if found.unit == "district" and "|" in found.name:
        name, pinned = found.name.split("|", 1)
        return next((p for p in names.districts(name) if p.gazetteer_id == pinned), None)
    if region_hint and kind is None and lex.town_before.test(before):
        # "the town of Kostiantynivka" in a Kherson story: the town, not a Kherson village of its name.
        town = _choose(found, sentence, start, names, lex, "", None)
        if town is not None and town.kind == "city" and town.population >= _TOWN_SIZE:
            # (unless the region holds a town of that name too: "м. Новомосковськ Дніпропетровської
            # області" is Samar, whatever Tula's Novomoskovsk)
            local = [p for name in found.name.split("|") if (p := names.resolve(name, kind="city", region=region_hint))
                     is not None and p.admin1 == region_hint and p.population >= _TOWN_IN_REGION]
            return local[0] if local else town
    best = big = None
    seats: list[Place] = []
    # ("Покровська сільська громада": a rural hromada's centre is a village, not the town Pokrov)
    word = WORD_RE.match(sentence, start)
    rural = found.unit == "hromada" and word is not None and lex.rural_after.test_start(sentence[word.end():])
    for name in found.name.split("|"):
        if found.country:
            place = names.resolve(name, kind=kind, region=region_hint or None, near=near, country=found.country)
            if place is None or place.country != found.country:
                continue
        else:
            place = names.resolve(name, kind=kind, region=region_hint or None, near=near)
        if place is None and kind and not found.unit:
            place = names.resolve(name, region=region_hint or None, near=near)
        if place is None or (place.village and found.unit not in ("", "starostat")):
            continue  # a hromada's or raion's centre is no hamlet (a starostat's is a village)
        if rural and near:
            # (of several such villages, the one nearest the places the report tells)
            villages = [c for c in names.settlements(name)
                        if c.population < _RURAL_CENTRE and c.latitude is not None and c.admin1 == place.admin1]
            place = min(villages, key=lambda c: min(km((c.latitude, c.longitude), q) for q in near), default=place)
        if rural and place.population >= _RURAL_CENTRE and "|" in found.name:
            continue
        seats.append(place)
        # A raion is named after its seat, the larger town, not a village near the places told so far.
        if best is None or _better(place, best, region_hint, None if found.unit == "raion" else near):
            best = place
        if place.kind == "city" and not place.village and place.population >= BIG_CITY:
            big = place  # ("Суми": the city, not a small place of the region named by another form of the word, Сума)
    if best is not None and big is not None and best.population < _TOWN_SIZE and "|" in found.name and not found.unit:
        best = big
    if best is not None and found.unit == "raion" and near and not region_hint and best.latitude is not None \
            and _far_from_all((best.latitude, best.longitude), near, _FAR_NAMESAKE_KM):
        # "в Краснодаре ... в поселке Ильском Северского района": with no region told yet, the raion
        # whose seat lies beside the places told, not a far one of a larger seat.
        best = next((p for p in seats if p.latitude is not None
                     and not _far_from_all((p.latitude, p.longitude), near, _FAR_NAMESAKE_KM)), best)
    if best is not None and best.kind == "city" and not found.unit and best.admin1.startswith(f"{best.name} ") \
            and lex.region_preposition_before.test(before[-6:]) and WORD_RE.match(sentence, start).group()[-1:] in "іїi":
        return names.resolve(best.admin1, kind="region") or best  # "на Запоріжжі": the region
    if best is not None and best.kind == "city" and near and not found.unit and best.latitude is not None \
            and best.population < _TOWN_SIZE and _far_from_all((best.latitude, best.longitude), near, _FAR_NAMESAKE_KM):
        # "по Гуляйполю, Новоданиловке", "у портах Південний і Чорноморськ": the one place of that spelling
        # lies far off, and a place of the other language's spelling (or the name's other gender) beside
        # the places told.
        # (not "села Лозовое под Дебальцево": the town after it says where the village is)
        word = WORD_RE.match(sentence, start)
        following = re.match(r"\s+[^\W\d_]+\s", sentence[word.end():]) if word else None
        close = None if following and lex.vicinity_before.search(following.group()) else \
            _namesake_beside(found.name.split("|")[0], names, region_hint or best.admin1, near)
        if close is not None:
            return close
    if best is not None and best.kind == "city" and best.population < _TOWN_SIZE and region_hint and not found.unit \
            and normalize(best.admin1) != normalize(region_hint) and before[-3:].lower().strip() in lex.word_set("on_street") \
            and (not near or best.latitude is None or _far_from_all((best.latitude, best.longitude), near, _FAR_NAMESAKE_KM)):
        return None  # "обломки упали на Пасечной" in a Sevastopol story: a street of the town, not a far village
    if best is not None and best.kind == "city" and best.population < 1_000 and region_hint \
            and (not near or best.latitude is None or _far_from_all((best.latitude, best.longitude), near, _FAR_NAMESAKE_KM)) \
            and not found.unit and "|" not in found.name and not _called_settlement(sentence, start, lex):
        # "In Kryvyi Rih, the president's hometown" in a story that began in Kherson: a city of 600,000,
        # not a hamlet of its name in the story's region (the text would call that one a village), nor
        # one far from every place the story told ("while in Lviv ..." after Odesa and Mykolaiv).
        major = names.resolve(found.name, kind="city")
        if major is not None and major.population >= _MAJOR_CITY:
            return major
    if best is not None and best.kind == "city" and best.population < 1_000 and region_hint and near \
            and not found.unit and "|" not in found.name:
        # "Donetsk and Makiivka" in a Luhansk story: the city of 339,000 beside the places told,
        # not a hamlet of its name in the report's region.
        big = names.resolve(found.name, kind="city", near=near)
        if big is not None and big.population >= BIG_CITY and big.latitude is not None \
                and any(km((big.latitude, big.longitude), q) <= _BIG_NEIGHBOUR_KM for q in near):
            return big
    return best


def _far_from_all(point: tuple[float, float], near: list[tuple[float, float]], limit: float) -> bool:
    """Whether every point of ``near`` lies farther than ``limit`` km (a degree of latitude first:
    most are plainly far or near by it)."""
    span = limit / 111.0
    return all(abs(point[0] - q[0]) > span or km(point, q) > limit for q in near)


def _namesake_beside(name: str, names: PlaceNames, region: str, near: list[tuple[float, float]]) -> Place | None:
    """The one place of the region near a place the report told whose name shares the stem of
    ``name`` (another gender of it, or the other language's spelling): a town of that size first,
    else a village. Two such near: no guess."""
    stem = morphology.name_stem(normalize(name))
    found: dict[str, Place] = {}
    for other in names.by_stems([stem]):
        # (a town's own spellings, not a neighbour's former name it is listed with: Rodynske is no Lyman)
        for place in names.settlements(other, borrowed=False):
            if place.admin1 == region and place.latitude is not None and any(
                    km((place.latitude, place.longitude), q) <= _OTHER_SPELLING_NEAR_KM for q in near):
                found[place.gazetteer_id] = place
    towns = [p for p in found.values() if not p.village]
    pool = towns or list(found.values())
    return pool[0] if len(pool) == 1 else None


_SAME_PLACE_KM = 3  # a village-table entry this close to a town of its name is that town
_FAR_NAMESAKE_KM = 100  # a place of a report's spelling this far from every place told ...
_OTHER_SPELLING_NEAR_KM = 60  # ... gives way to a namesake by its stem this close to one
_RURAL_CENTRE = 10_000  # a rural hromada's centre is a village smaller than this
_BIG_NEIGHBOUR_KM = 40  # a big city this close to a place told is the one meant, not a far hamlet


def _better(a: Place, b: Place, region_hint: str, near: list[tuple[float, float]] | None = None) -> bool:
    """Among several names a stem may be: the one in the region named, then a settlement of
    known size before a village (Маяках: Maiaky, not the hamlet Maiak nearby), then one near the
    places the report names (a district of the city it is about), then a settlement before a city's
    district, then the larger."""
    in_a = bool(region_hint) and normalize(a.admin1) == normalize(region_hint)
    in_b = bool(region_hint) and normalize(b.admin1) == normalize(region_hint)
    if in_a != in_b:
        return in_a
    if a.village != b.village:
        return b.village
    if near:
        close_a, close_b = (p.latitude is not None and any(km((p.latitude, p.longitude), q) <= _NEAR_KM for q in near)
                            for p in (a, b))
        if close_a != close_b:
            return close_a
    if a.kind != b.kind and "district" in (a.kind, b.kind):
        return b.kind == "district"  # ("по Покровскому": the town Pokrovske, not a far city's Pokrovskyi district)
    return a.population > b.population


_DESTROYED_THING = 40  # characters before a "destroyed" that tell what was destroyed


def _role(sentence: str, start: int, end: int, place: Place, lex: Lexicon) -> str:
    """What a place is to its sentence: the target, or one of the ways a place is named
    without being struck (an official's title, a launch area, an actor, a locator)."""
    if place.kind == "country":
        return "country"
    before, after = sentence[max(0, start - CONTEXT_CHARS):start], sentence[end:end + CONTEXT_CHARS]
    lead = "" if _OUTLET_TAG.fullmatch(before) else before  # ("Reuters: KYIV (Reuters) -": a copy's dateline)
    if not lead.strip() and len(sentence[start:end]) > 2 and sentence[start:end].isupper() and \
            after.lstrip().startswith((",", "(", ":", "—", "–")):
        return "context"  # a dateline: "KYIV, Ukraine (AP) —", "KYIV (Reuters) -", "ODESA:"
    syndicated = _SYNDICATION.fullmatch(before) is not None
    if (not lead.strip(" (") or before.isupper() and before.endswith("/") or syndicated) \
            and lex.dateline.test(sentence[start if syndicated else 0:end + _DATELINE_TAIL]):
        # "(Kyiv) Drones hit ...", "MOSCOW/KYIV (Reuters) –": where the report was filed (after the
        # bracketed name of a syndicating site: "(SITE- AGENCY) Kyiv, May 21 (dpa) ...")
        return "context"
    if (lex.title_before.test(before) and not lex.building_before.test(before)) or lex.title_after.test_start(after) \
            or place.kind == "region" and lex.region_officials_before.test(before):
        return "title"
    if lex.launch_before.test(before) or lex.launch_after.test_start(after):
        return "launch"
    if place.kind == "city" and (before.endswith("the ") and lex.region_of_settlement_after.test_start(after)
                                 or lex.unit_locator_before.test(before)
                                 and not lex.units_listed_after.test_start(after)):
        return "locator"
    if lex.facility_named_before.test(before):
        # "станція «Унеча»": the town the facility is named for (not "аеродром «Саки» в Новофедорівці":
        # the facility's own place is told)
        return "context" if lex.facility_located_after.test_start(after) else "target"
    if lex.context_before.test(before) or lex.actor_after.test_start(after) or lex.not_a_target_after.test_start(after) \
            or lex.possessor_after.test_start(after) \
            or (lex.absolute_before.test(before) and lex.absolute_actor_after.test_start(after)) \
            or (lex.striker_after.test_start(after) and not lex.governed_before.test(before)):
        return "context"
    if lex.over_before.test(before):
        downed = lex.intercept_verb.search(sentence)
        # Not "debris of downed drones fell in the Pecherskyi district": what fell there struck it.
        if downed and not (downed.end() <= start and lex.hit_words.test(sentence[downed.end():start])):
            return "overflight"
    # (the verb may stand a long weapon's name away: "сбиты три беспилотных летательных аппарата ВСУ в
    # районах сёл ...")
    downed, told = lex.intercept_verb.search(before), before
    if downed is None and lex.in_list_before.test(before):
        told = sentence[max(0, start - 2 * CONTEXT_CHARS):start]
        downed = lex.intercept_verb.search(told)
    # (Not "fifteen houses were destroyed in the Nemyshlianskyi district after a drone hit": what was destroyed
    # is told before the verb; nor "обломки сбитого дрона упали на огород в Голосеевском районе": the debris
    # of what was downed fell there; nor "destroyed helicopters and an air-defence system in Crimea": what is
    # destroyed on the ground is struck there.)
    what = told[max(0, downed.start() - _DESTROYED_THING):downed.start()] if downed else ""
    if downed and lex.in_list_before.test(before) and not lex.hit_words.test(told[downed.end():]) \
            and not lex.destroyed_thing_before.test(what) and not lex.debris.test(what) \
            and not lex.destroyed_thing_after.test(told[downed.end():]) \
            and not lex.weapon_did.test(told) and any(rule.search(sentence) for rule in lex.weapon):
        return "overflight"  # "18 drones were destroyed in the Odesa and Mykolaiv regions"
    if place.kind == "city" and _raion_noun_after(after, lex):
        return "raion"  # "the Voznesensk district": the area around the town, not the town
    if place.kind == "city" and lex.hromada_after.test_start(after):
        return "hromada"  # "the Khotin hromada": its centre, unless a village of it is named
    if place.kind == "city" and lex.river_before.test(before):
        return "context"  # "across the Dnipro": a river, not the city
    if lex.vicinity_before.test(before):
        return "vicinity"  # "a village outside Belgorod": struck only if nothing closer is named
    return "target"


def whole_region(place: Place) -> bool:
    """An oblast, krai or republic, not a raion (both are regions to the map)."""
    return place.kind == "region" and not place.gazetteer_id.startswith("raion:")


CAPITALISED_WORD = re.compile(r"\b[^\W\d_a-zа-яёіїєґ][\w'’-]+")  # a word written with a capital, in either script


def _regions_in_lists(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[Mention]:
    """'the Belgorod, Kursk and Bryansk regions', 'nine regions – Sumy, Kharkiv and Kherson': every
    name of the list is a region."""
    out = list(mentions)
    lists = [(m, False) for m in lex.region_list.finditer(sentence)]
    lists += [(m, True) for m in lex.region_list_after.finditer(sentence)]
    for m, after in lists:
        # "a total of nine regions – A, B, C": a count of the regions attacked, none of them told of.
        counted = after and any(lex.numbers.parse(w) for w in sentence[max(0, m.start() - 30):m.start()].split()[-2:])
        for i, mention in enumerate(out):
            if m.start(1) <= mention.start < m.end(1):
                region = names.resolve(f"{mention.text} region", kind="region")
                if region:
                    role = "context" if counted else _role(sentence, mention.start, m.end(), region, lex)
                    out[i] = replace(mention, place=region, role=role)
        # ("the Kharkiv, Sumy and Volyn regions": a region's name no place bears alone)
        for word in CAPITALISED_WORD.finditer(sentence, m.start(1), m.end(1)):
            if any(o.start <= word.start() < o.end for o in out):
                continue
            region = names.resolve(f"{word.group()} region", kind="region")
            if region is not None and whole_region(region):
                role = "context" if counted else _role(sentence, word.start(), m.end(), region, lex)
                out.append(Mention(word.group(), word.start(), word.end(), region, role, "", word.group()))
    out.sort(key=lambda o: o.start)
    # "над Брянской областью, Крымом и Краснодарским краем": a name listed beside regions that is a region's
    # own is that region, not a village of it the story's region holds.
    for i, mention in enumerate(out):
        beside = [o for o in (out[i - 1] if i else None, out[i + 1] if i + 1 < len(out) else None)
                  if o is not None and whole_region(o.place) and lex.listed.pattern.fullmatch(
                      sentence[min(o.end, mention.end):max(o.start, mention.start)])]
        if beside and mention.place.kind == "city" and not mention.unit and mention.key:
            region = names.resolve(mention.key.split("|")[0], kind="region")
            if region is not None and whole_region(region):
                out[i] = replace(mention, place=region)
    return out
