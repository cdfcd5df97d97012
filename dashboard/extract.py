"""Extraction: a news report's text to strike events, by rules a careful reader applies.

A report is read sentence by sentence. A sentence with a strike word (attack,
struck, killed, damage, fires...) makes the places it names targets, unless the
place is a launch area ("from the Kursk region"), part of an official's title
("the governor of Belgorod"), a whole country, or the sentence is about the past.
Sentences without a place of their own ("the attacks triggered fires across the
city") continue the attack before them. Every figure keeps the sentence it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import dateparser

from dashboard.events import Event, make_id
from dashboard.geocode import OfflineGeocoder, Place
from dashboard.numbers import NUMBER, parse_number


@dataclass(frozen=True)
class Report:
    """A news report and what we know of its publication."""

    text: str
    published: date
    title: str = ""
    url: str = ""

    @property
    def article_id(self) -> str:
        return make_id(" ".join(self.text.split()))


@dataclass
class Extraction:
    events: list[Event]
    warnings: list[str] = field(default_factory=list)


# --- sentences ---------------------------------------------------------------

_ABBREVIATIONS = re.compile(r"\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Maj|Sgt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc)\.$")


def split_sentences(text: str) -> list[str]:
    """Sentences, verbatim, so each is a substring of the report."""
    sentences: list[str] = []
    for line in text.splitlines():
        start = 0
        for m in re.finditer(r"[.!?][\"\u201d\u2019)]?(?=\s+[\"\u201c\u2018(]?[A-Z\u0400-\u04ff0-9])", line):
            chunk = line[start:m.end()]
            if _ABBREVIATIONS.search(chunk):
                continue
            if chunk.strip():
                sentences.append(chunk.strip())
            start = m.end()
        if line[start:].strip():
            sentences.append(line[start:].strip())
    return sentences


# --- vocabulary ----------------------------------------------------------------

_STRIKE = re.compile(
    r"\b(?:attack(?:s|ed)?|strikes?|struck|hit|shell(?:ing|ed)|bomb(?:ing|ed|ings)?|explosions?|"
    r"blasts?|killed|killing|dead|deaths?|died|fatalit(?:y|ies)|injur(?:ed|ies|ing|y)|wounded|"
    r"wounding|damag(?:e|ed|ing)|destroy(?:ed|ing)|fires?|ablaze|debris|casualties)\b",
    re.IGNORECASE,
)
_PERSON_TITLES = {
    "president", "mayor", "governor", "minister", "spokesperson", "spokesman", "spokeswoman",
    "head", "chief", "general", "commander", "prime", "vice", "deputy", "secretary", "chairman",
    "senator", "chancellor", "former", "kremlin", "ambassador", "mr", "mrs", "ms", "dr", "pope",
}
# Capitalised words that may follow a place name without making it part of a person's name.
_ORG_WORDS = {
    "oblast", "region", "regional", "city", "district", "raion", "military", "administration",
    "mayor", "governor", "council", "airport", "station", "plant", "port", "refinery", "depot",
    "province", "krai", "republic", "state", "emergency", "service", "police", "thermal",
    "power", "governor's", "authorities", "air", "force", "security", "conference",
}
_LAUNCH_BEFORE = re.compile(r"\b(?:from|over|toward|towards)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|authorities|administration|police|officials?|council)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:regional\s+|city\s+|oblast\s+|region['’]s\s+|military\s+)*"
    r"(?:governor|mayor|head|administration|authorities|officials?|council|military administration)\b",
    re.IGNORECASE,
)
_REGION_TITLE = re.compile(r"governor|regional|oblast|region", re.IGNORECASE)
_ANAPHORA = re.compile(r"\b(?:the|this|that)\s+(city|town|village|region|oblast|area|district)\b", re.IGNORECASE)

_SIDE_ADJ = {"russian": "Russia", "russia's": "Russia", "russia’s": "Russia", "ukrainian": "Ukraine",
             "ukraine's": "Ukraine", "ukraine’s": "Ukraine", "enemy": "Russia"}
_ATTACK_NOUN = (
    r"(?:\w+\s+){0,3}?(?:attacks?|strikes?|drones?|missiles?|shelling|forces|troops|army|"
    r"bombs?|rockets?|uavs?|artillery|aircraft|jets?|shahed\w*)"
)
_SIDE_STATED = [
    re.compile(r"\b(russian|russia['’]s|ukrainian|ukraine['’]s|enemy)\s+" + _ATTACK_NOUN + r"\b", re.IGNORECASE),
    re.compile(r"\b(?:by|from)\s+(russia|ukraine|russian forces|ukrainian forces)\b", re.IGNORECASE),
    re.compile(r"\b(russia|ukraine|enemy|russian|ukrainian)(?:\s+(?:forces|troops|army|military))?\s+(?:launched|attacked|struck|fired|hit|shelled|bombed|targeted)\b", re.IGNORECASE),
]
_SIDE_OF_COUNTRY = {"UA": "Russia", "RU": "Ukraine"}

_WEAPON_PATTERNS = [
    ("ballistic missile", r"ballistic missiles?|iskander|kinzhal|kn-23"),
    ("cruise missile", r"cruise missiles?|kalibr|kh-101|storm shadow|neptune"),
    ("missile", r"missiles?"),
    ("drone", r"drones?|uavs?|shaheds?|geran"),
    ("glide bomb", r"glide bombs?|guided (?:aerial )?bombs?|kabs?"),
    ("artillery", r"artillery|shelling|shelled|mortars?"),
    ("rocket", r"rockets?|mlrs|grad|himars"),
]
_MISSILE_CLASSES = {"ballistic missile", "cruise missile", "missile", "rocket"}

_PERSON = (
    r"(?:people|persons?|civilians?|residents?|individuals?|men|women|man|woman|children|child|"
    r"girls?|boys?|teenagers?|teens?|infants?|babies|baby|pensioners?|elderly|couple|"
    r"family members|members|employees|workers|passengers|others|more|(?:\w+-)+olds?)"
)
_N = rf"(?P<n>{NUMBER})"
_KILLED = [
    re.compile(rf"\b{_N}\s+(?:(?:\w+-year-old|elderly|young|more)\s+)?(?:{_PERSON}\s+)?(?:were\s+|was\s+|have been\s+|has been\s+|had been\s+)?(?:killed|dead|died)\b", re.I),
    re.compile(rf"\b(?:killed|killing|claimed the lives of|lives of)\s+(?:at least\s+)?{_N}\b(?!\s*(?:%|percent|km|kilomet))", re.I),
    re.compile(rf"\b{_N}\s+(?:fatalit(?:y|ies)|deaths?|dead)\b", re.I),
    re.compile(rf"\bdeaths?\s+of\s+{_N}\b", re.I),
]
_INJURED = [
    re.compile(rf"\b{_N}\s+(?:(?:\w+-year-old|elderly|young|more)\s+)?(?:{_PERSON}\s+)?(?:were\s+|was\s+|have been\s+|has been\s+|had been\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I),
    re.compile(rf"\b(?:injuring|wounding|injured|wounded|injuries to|injury to)\s+(?:at least\s+)?{_N}\b(?!\s*(?:%|percent|km|kilomet))", re.I),
]
_CHILD = re.compile(
    rf"\b{_N}\s+(?:(?P<age>\w+(?:-\w+)?)-(?:year|month)-old\s+)?(?:girls?|boys?|child(?:ren)?|kids?|teenagers?|infants?|bab(?:y|ies)|minors?|schoolchildren|sons?|daughters?)\b",
    re.I,
)
_INTERCEPT_VERB = re.compile(
    r"\b(?:intercept(?:ed|ing|s)?|shot down|shooting down|shoots down|downed|downing|destroyed|neutrali[sz]ed|repelled)\b",
    re.IGNORECASE,
)
_WEAPON_NOUN = r"(?P<w>(?:ballistic\s+|cruise\s+|guided\s+|attack\s+|shahed(?:-type)?\s+|kamikaze\s+)?(?:missiles?|drones?|uavs?|rockets?|shaheds?))"
_FIGURE = re.compile(rf"{_N}\s+(?:(?:out\s+)?of\s+(?:the\s+)?(?P<m>{NUMBER})\s+)?(?:\w+\s+){{0,2}}?{_WEAPON_NOUN}", re.I)
_LAUNCHED_FIRST = re.compile(rf"\b(?:launched|fired|sent|used)\s+{_N}\s+(?:\w+\s+){{0,2}}?{_WEAPON_NOUN}", re.I)
_LAUNCHED_AFTER = re.compile(rf"\b{_N}\s+(?:\w+\s+){{0,2}}?{_WEAPON_NOUN}\s+(?:were\s+|had been\s+)?(?:launched|fired)\b(?!\s+by)", re.I)

_REPORTER = [
    re.compile(r"\b(?:according to|said|reported by|confirmed by)\s+(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:regional\s+|city\s+)?(?:governor|mayor|head|administration|air force|ministry|military|emergency service|police|prosecutor['’]s office)(?:\s+of\s+[A-Z][\w'’-]+)?)", re.I),
    re.compile(r"\b(?P<who>(?:Mayor|Governor|Minister|Head)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"),
    re.compile(r"\b(?P<who>the\s+(?:governor|mayor|head)\s+of\s+[A-Z][\w'’-]+)\s+(?:reported|said|confirmed|wrote|announced)", re.I),
    re.compile(r"\b(?P<who>(?:the\s+)?(?:Ukrainian|Russian)\s+(?:military|air force|defen[cs]e ministry|ministry of defen[cs]e|army))\s+(?:reported|said|confirmed|announced)", re.I),
    re.compile(r"\b(?P<who>(?:the\s+)?(?:air force|defen[cs]e ministry|emergency service|state emergency service))\s+(?:reported|said|confirmed|announced)", re.I),
]
_SPEAKER = re.compile(r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+(?:said|wrote|reported|added)\b")

_DAMAGE = [
    ("fires", r"\bfires?\b|\bablaze\b|\bblaze\b"),
    ("residential buildings", r"\bresidential\b|\bapartment\b|\bhouses?\b|\bhomes?\b|\bhigh-rise\b"),
    ("energy infrastructure", r"\benergy\b|\bpower (?:grid|plant|station|lines?)\b|\bsubstation"),
    ("infrastructure", r"\binfrastructure\b"),
    ("vehicles", r"\bcars?\b|\bvehicles?\b"),
]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE_DATE = re.compile(
    r"\b(?:overnight|last night|this morning|tonight|today|earlier today|yesterday|the previous night|"
    r"(?:on\s+|late\s+|early\s+(?:on\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?)\b",
    re.IGNORECASE,
)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?:(?:early|late|mid|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+winter\s+of)[\s-]+)?(?:" + _MONTHS + r"\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
# A strike more than this long before publication is history, not news of the day.
_HISTORY_DAYS = 14


# --- places --------------------------------------------------------------------

@dataclass
class Mention:
    text: str
    start: int
    end: int
    place: Place
    role: str  # target | title | launch | country


_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff][\w'’\-]*")


def find_mentions(
    sentence: str, geocoder: OfflineGeocoder, region_hint: str = "", near: list[tuple[float, float]] | None = None
) -> list[Mention]:
    """Place names in a sentence, longest match first, each with its role."""
    words = list(_WORD_RE.finditer(sentence))
    mentions: list[Mention] = []
    i = 0
    max_words = min(geocoder.gazetteer.max_words, 5)
    while i < len(words):
        w = words[i]
        if not w.group()[0].isupper():
            i += 1
            continue
        found = None
        for n in range(min(max_words, len(words) - i), 0, -1):
            span_end = words[i + n - 1].end()
            text = sentence[w.start():span_end]
            if re.search(r"[.,;:!?()\u2014\u2013\"“”]", text):
                continue
            name = re.sub(r"['’]s$", "", text)
            if geocoder.gazetteer.knows(name):
                found = (n, name)
                break
        if not found:
            i += 1
            continue
        n, name = found
        if _is_person_name(words, i, n, sentence):
            i += n
            continue
        place = _choose(name, sentence, w.start(), geocoder, region_hint, near)
        if place is not None:
            role = _role(sentence, w.start(), w.start() + len(name), place)
            mentions.append(Mention(name, w.start(), w.start() + len(name), place, role))
        i += n
    return mentions


def _is_person_name(words: list[re.Match], i: int, n: int, sentence: str) -> bool:
    """'Vitali Klitschko', 'President Volodymyr Zelensky': a name, not a place."""
    if i > 0:
        prev = words[i - 1]
        between = sentence[prev.end():words[i].start()]
        if between.strip() == "" and prev.group().lower().rstrip(".") in _PERSON_TITLES:
            return True
    if i + n < len(words):
        nxt = words[i + n]
        between = sentence[words[i + n - 1].end():nxt.start()]
        token = nxt.group()
        if between == " " and token[0].isupper() and token.lower() not in _ORG_WORDS and not token.lower().startswith(("oblast", "region")):
            return True
    return False


def _choose(name: str, sentence: str, start: int, geocoder: OfflineGeocoder, region_hint: str,
            near: list[tuple[float, float]] | None) -> Place | None:
    before = sentence[:start]
    after = sentence[start + len(name):]
    kind = None
    if _TITLE_BEFORE.search(before) and re.search(r"governor|administration|authorities|officials?|head", before[-40:], re.I):
        kind = "region"
    elif _TITLE_AFTER.match(after) and _REGION_TITLE.search(after[:30] if after else ""):
        kind = "region"
    found = geocoder.resolve(name, kind=kind, region=region_hint or None, near=near)
    if found is None and kind:
        found = geocoder.resolve(name, region=region_hint or None, near=near)
    return found.place if found else None


def _role(sentence: str, start: int, end: int, place: Place) -> str:
    if place.kind == "country":
        return "country"
    before, after = sentence[:start], sentence[end:]
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after):
        return "title"
    if _LAUNCH_BEFORE.search(before) and re.search(r"\bfrom\b", before[-30:], re.I):
        return "launch"
    return "target"


# --- sentence facts ------------------------------------------------------------

def stated_side(sentence: str) -> str | None:
    for pattern in _SIDE_STATED:
        m = pattern.search(sentence)
        if m:
            word = m.group(1).lower()
            if word.startswith("russia") or word == "enemy":
                return "Russia"
            return "Ukraine"
    return None


def weapons_in(sentence: str) -> list[str]:
    found: list[str] = []
    low = sentence.lower()
    for name, pattern in _WEAPON_PATTERNS:
        if re.search(rf"\b(?:{pattern})\b", low):
            found.append(name)
    if "missile" in found and ({"ballistic missile", "cruise missile"} & set(found)):
        if not re.search(r"(?<!ballistic )(?<!cruise )\bmissiles?\b", low):
            found.remove("missile")
    return found


def _merge_weapons(current: str, new: list[str]) -> str:
    items = [w for w in current.split(";") if w] + [w for w in new if w]
    items = list(dict.fromkeys(items))
    if "missile" in items and {"ballistic missile", "cruise missile"} & set(items):
        items.remove("missile")
    order = ["ballistic missile", "cruise missile", "missile", "drone", "glide bomb", "artillery", "rocket"]
    return ";".join(sorted(items, key=order.index))


def casualties(sentence: str) -> dict[str, int]:
    """killed / injured / children in one sentence, kept apart."""
    out: dict[str, int] = {}
    for key, patterns in (("killed", _KILLED), ("injured", _INJURED)):
        for pattern in patterns:
            m = pattern.search(sentence)
            if m:
                n = parse_number(m.group("n"))
                if n is not None:
                    out[key] = n
                    break
    kids = 0
    for m in _CHILD.finditer(sentence):
        n = parse_number(m.group("n"))
        age = m.group("age")
        if age is not None:
            years = parse_number(age)
            if years is None or years >= 18 or "month" in m.group(0).lower() and False:
                continue
        if n:
            kids += n
    if kids and ("killed" in out or "injured" in out):
        out["children"] = kids
    return out


def interceptions(sentence: str) -> dict[str, int]:
    """Launched and intercepted missiles and drones stated in one sentence."""
    out: dict[str, int] = {}
    verb = _INTERCEPT_VERB.search(sentence)
    consumed: list[tuple[int, int]] = []
    if verb:
        clause_start = verb.start()
        # "six of seven missiles were shot down": the figures may come before the verb.
        before = re.search(rf"{_N}\s+(?:(?:out\s+)?of\s+(?:the\s+)?(?P<m>{NUMBER})\s+)?(?:\w+\s+){{0,2}}?{_WEAPON_NOUN}\s+(?:were|was|had been|have been)\s+$", sentence[:verb.start()], re.I)
        if before:
            clause_start = before.start()
        for m in _FIGURE.finditer(sentence, clause_start):
            if m.start() > verb.end() + 200:
                break
            cls = "drones" if re.search(r"drone|uav|shahed", m.group("w"), re.I) else "missiles"
            n = parse_number(m.group("n"))
            if n is None or f"{cls}_intercepted" in out:
                continue
            out[f"{cls}_intercepted"] = n
            if m.group("m"):
                total = parse_number(m.group("m"))
                if total is not None:
                    out[f"{cls}_launched"] = total
            consumed.append((m.start(), m.end()))
    for pattern in (_LAUNCHED_FIRST, _LAUNCHED_AFTER):
        for m in pattern.finditer(sentence):
            if any(a <= m.start("n") < b for a, b in consumed):
                continue
            cls = "drones" if re.search(r"drone|uav|shahed", m.group("w"), re.I) else "missiles"
            n = parse_number(m.group("n"))
            if n is not None:
                out.setdefault(f"{cls}_launched", n)
    return out


def damage_in(sentence: str) -> list[str]:
    low = sentence.lower()
    found = [name for name, pattern in _DAMAGE if re.search(pattern, low)]
    if not found and re.search(r"\bdamag(?:e|ed|ing)\b|\bdestroy", low):
        found.append("damage")
    return found


def reporter_in(sentence: str) -> str:
    for pattern in _REPORTER:
        m = pattern.search(sentence)
        if m:
            who = re.sub(r"^the\s+", "", m.group("who").strip(), flags=re.I)
            return who[0].upper() + who[1:] if who.islower() else who
    return ""


def date_in(sentence: str, published: date) -> tuple[date, str] | None:
    """The day a sentence places its events on, relative to publication."""
    m = _EXPLICIT_DATE.search(sentence)
    if m:
        parsed = dateparser.parse(
            m.group(0),
            languages=["en"],
            settings={"RELATIVE_BASE": _midday(published), "PREFER_DATES_FROM": "past", "STRICT_PARSING": False},
        )
        if parsed:
            return parsed.date(), "day"
    m = _RELATIVE_DATE.search(sentence)
    if not m:
        return None
    phrase = m.group(0).lower()
    if "yesterday" in phrase or "previous night" in phrase:
        return published - timedelta(days=1), "day"
    for idx, day in enumerate(_WEEKDAYS):
        if day in phrase:
            back = (published.weekday() - idx) % 7
            return published - timedelta(days=back), "day"
    return published, "day"


def _midday(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day, 12)


# --- the reader ----------------------------------------------------------------

@dataclass
class _Attack:
    attack_id: str
    main: Event
    side: str
    basis: str
    day: date
    precision: str


def extract(report: Report, geocoder: OfflineGeocoder | None = None) -> Extraction:
    """All strike events of one report, with warnings for what could not be placed."""
    geocoder = geocoder or OfflineGeocoder()
    sentences = split_sentences(report.text)
    events: dict[tuple, Event] = {}
    warnings: list[str] = []
    attack: _Attack | None = None
    last_event_sentence = -2

    for idx, sentence in enumerate(sentences):
        near = [(e.latitude, e.longitude) for e in events.values()]
        mentions = find_mentions(sentence, geocoder, near=near)
        # "Kryvyi Rih ..., according to the Dnipropetrovsk regional governor": a region
        # named in the sentence settles which of several same-named places is meant.
        regions = [m.place.admin1 for m in mentions if m.place.kind == "region"]
        if regions:
            mentions = find_mentions(sentence, geocoder, regions[0], near)
        has_strike = bool(_STRIKE.search(sentence))
        when = date_in(sentence, report.published)
        past_year = _YEAR.search(sentence)
        if (when and (report.published - when[0]).days > _HISTORY_DAYS) or (
            past_year and int(past_year.group(1)) < report.published.year
        ):
            continue  # a past attack recalled for context
        if when and when[0] > report.published:
            continue  # a plan or a forecast, not a strike
        targets = [m for m in mentions if m.role == "target"] if has_strike else []
        if has_strike and not targets:
            targets = _anaphora_targets(sentence, mentions, attack)
        figures = interceptions(sentence)
        hurt = casualties(sentence)
        damage = damage_in(sentence) if has_strike else []
        reporter = reporter_in(sentence)
        side = stated_side(sentence)
        weapons = weapons_in(sentence) if (has_strike or figures) else []

        touched: list[Event] = []
        for m in targets:
            place = m.place
            if place.latitude is None:
                warnings.append(f"unresolved place {m.text!r} in: {sentence}")
                continue
            continues = attack is not None and (
                place.district_of and place.district_of == attack.main.place or place.name == attack.main.place
            )
            if continues:
                cur = attack
            else:
                day, precision = when or (report.published, "approx")
                s, basis = (side, "stated") if side else (_SIDE_OF_COUNTRY.get(place.country, "unknown"), "inferred")
                cur = _new_attack(report, place, m.text, day, precision, s, basis, events, geocoder)
                attack = cur
            ev = _event_for(report, cur, place, m.text, events)
            if ev not in touched:
                touched.append(ev)
        if not targets and attack is not None and idx - last_event_sentence <= 2 and (figures or hurt or damage):
            touched = [attack.main]
        if not touched:
            if attack is not None and idx == last_event_sentence + 1 and not mentions:
                speaker = _SPEAKER.search(sentence)
                if speaker and not geocoder.gazetteer.knows(speaker.group("who")):
                    _add_reporter(attack.main, speaker.group("who"), replace_title=True)
                    _add_evidence(attack.main, sentence)
            continue
        last_event_sentence = idx
        for ev in touched:
            _add_evidence(ev, sentence)
            if reporter:
                _add_reporter(ev, reporter)
            if damage:
                items = list(dict.fromkeys([d for d in ev.damage.split("; ") if d] + damage))
                ev.damage = "; ".join(d for d in items if d != "damage" or len(items) == 1)
            if weapons:
                ev.weapons = _merge_weapons(ev.weapons, weapons)
        _assign_casualties(hurt, touched)
        if figures and attack is not None:
            for key, value in figures.items():
                if getattr(attack.main, key) is None:
                    setattr(attack.main, key, value)
            _add_evidence(attack.main, sentence)
            if weapons:
                attack.main.weapons = _merge_weapons(attack.main.weapons, weapons)

    out = list(events.values())
    for ev in out:
        ev.confidence = _confidence(ev)
    return Extraction(out, warnings)


def _anaphora_targets(sentence: str, mentions: list[Mention], attack: _Attack | None) -> list[Mention]:
    """'within the region' after 'the governor of Belgorod': the region is the target."""
    m = _ANAPHORA.search(sentence)
    if not m:
        return []
    noun = m.group(1).lower()
    wanted = "region" if noun in ("region", "oblast", "area") else "city"
    for mention in reversed([x for x in mentions if x.start < m.start()]):
        if mention.role == "title" and (mention.place.kind == wanted or wanted == "city"):
            return [Mention(mention.text, mention.start, mention.end, mention.place, "target")]
    return []


def _new_attack(report, place, text, day, precision, side, basis, events, geocoder) -> _Attack:
    if place.kind == "district":
        city = geocoder.resolve(place.district_of, kind="city", country=place.country)
        parent = city.place if city else place
    else:
        parent = place
    attack_id = make_id(report.article_id, parent.name, day, side)
    stub = _Attack(attack_id, None, side, basis, day, precision)  # type: ignore[arg-type]
    stub.main = _event_for(report, stub, parent, text if parent is place else parent.name, events)
    return stub


def _event_for(report: Report, attack: _Attack, place: Place, text: str, events: dict) -> Event:
    key = (place.gazetteer_id, attack.day, attack.side)
    if key not in events:
        events[key] = Event(
            event_id=make_id(report.article_id, place.gazetteer_id, attack.day, attack.side),
            attack_id=attack.attack_id,
            event_date=attack.day,
            date_precision=attack.precision,
            attacker=attack.side,
            attacker_basis=attack.basis,
            place=place.name,
            location_text=text,
            district_of=place.district_of,
            admin1=place.admin1,
            country=place.country,
            latitude=round(float(place.latitude), 5),
            longitude=round(float(place.longitude), 5),
            geo_precision=place.geo_precision,
            gazetteer_id=place.gazetteer_id,
            article_id=report.article_id,
            published=report.published.isoformat(),
            source_title=report.title,
            source_url=report.url,
        )
    return events[key]


def _add_evidence(ev: Event, sentence: str) -> None:
    lines = [s for s in ev.evidence.split("\n") if s]
    if sentence not in lines:
        ev.evidence = "\n".join(lines + [sentence])


def _add_reporter(ev: Event, who: str, replace_title: bool = False) -> None:
    names = [r for r in ev.reported_by.split("; ") if r]
    if replace_title:
        titled = [r for r in names if re.search(r"\b(?:governor|mayor|head)\s+of\b|\bregional\b", r, re.I)]
        if titled:
            names[names.index(titled[-1])] = f"{who} ({titled[-1]})"
            ev.reported_by = "; ".join(names)
            return
    if who not in names:
        ev.reported_by = "; ".join(names + [who])


def _assign_casualties(hurt: dict[str, int], touched: list[Event]) -> None:
    if not hurt or not touched:
        return
    # Figures belong to the first place the sentence names; a district never
    # repeats the casualties of its city.
    target = touched[0]
    for key, value in hurt.items():
        current = getattr(target, key)
        setattr(target, key, value if current is None else max(current, value))


def _confidence(ev: Event) -> float:
    score = 0.45
    score += 0.2 if ev.attacker_basis == "stated" else 0.0
    score += 0.15 if ev.date_precision == "day" else 0.0
    score += 0.1 if ev.geo_precision in ("district", "city") else 0.05
    score += 0.05 if (ev.killed is not None or ev.injured is not None or ev.damage) else 0.0
    return round(min(score, 0.95), 2)
