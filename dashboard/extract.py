"""Extraction: a news report's text to strike events, by rules a careful reader applies.

A report is read sentence by sentence. A sentence with a strike word (attack,
struck, killed, damage, fires...) makes the places it names targets, unless the
place is a launch area ("from the Kursk region"), part of an official's title
("the governor of Belgorod"), a whole country, or the sentence is about the past.
Sentences without a place of their own ("the attacks triggered fires across the
city") continue the attack before them. Every figure keeps the sentence it came from.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import dateparser

from dashboard.events import Event, Report, make_id
from dashboard.geocode import OfflineGeocoder, Place
from dashboard.numbers import NUMBER, parse_number


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
    r"wounding|damag(?:e|ed|ing)|destroy(?:ed|ing)|fires?|ablaze|debris|casualties|kills|targeted|targeting|"
    r"pounded|pounding|bombard\w*|explosives?|munitions?|grenades?|under fire|hurt)\b",
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
_TITLE_BEFORE = re.compile(
    r"\b(?:governor|mayor|head|chief|authorities|administration|police|officials?|council)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TITLE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:regional\s+|region\s+|city\s+|oblast\s+|region['’]s\s+|military\s+)*"
    r"(?:governor|mayor|head|administration|authorities|officials?|council|military administration)\b",
    re.IGNORECASE,
)
_REGION_TITLE = re.compile(r"governor|regional|oblast|region", re.IGNORECASE)
_ANAPHORA = re.compile(r"\b(?:the|this|that)\s+(city|town|village|region|oblast|area|district)\b", re.IGNORECASE)

# Words between "Russian" and the attack noun; verbs and reporting nouns end the phrase
# ("Ukrainian officials said the attack" says nothing about who attacked).
_ATTACK_NOUN = (
    r"(?:(?!(?:said|says|reported|officials?|authorities|media|sources?|president|governor|mayor|ministry|"
    r"military|side|government|border|territory|city|region|people|civilians?)\b)[\w-]+\s+){0,3}?"
    r"(?:attacks?|strikes?|drones?|missiles?|shelling|forces|troops|army|units?|"
    r"bombs?|rockets?|uavs?|artillery|aircraft|jets?|shahed\w*|airstrikes?|air strikes?)"
)
_SIDE_STATED = [
    re.compile(r"\b(russian|russia['’]s|ukrainian|ukraine['’]s|enemy)\s+" + _ATTACK_NOUN + r"\b", re.IGNORECASE),
    re.compile(r"\b(?:by|from)\s+(?:the\s+)?(russia|ukraine|russian forces|ukrainian forces|russian troops|ukrainian troops)\b", re.IGNORECASE),
    re.compile(r"\b(?:armed forces of|military of)\s+(russia|ukraine)\b", re.IGNORECASE),
    re.compile(r"\b(russia|ukraine|enemy|russian|ukrainian)(?:\s+(?:armed\s+)?(?:forces|troops|army|military|formations|units|"
               r"militants|soldiers|drones|aviation))?\s+(?:launched|attacked|struck|fired|hit|shelled|bombed|targeted|pounded)\b",
               re.IGNORECASE),
]
_SIDE_OF_COUNTRY = {"UA": "Russia", "RU": "Ukraine"}

_WEAPON_PATTERNS = [
    ("ballistic missile", r"ballistic missiles?|iskander|kinzhal|kn-23"),
    ("cruise missile", r"cruise missiles?|kalibrs?|kh-101|kh-55|storm shadows?|neptunes?|tomahawks?"),
    ("missile", r"missiles?|atacms|s-300|s-400"),
    ("drone", r"drones?|uavs?|shaheds?|geran\w*|unmanned aerial vehicles?|aerial vehicles?"),
    ("glide bomb", r"glide bombs?|guided (?:aerial )?bombs?|kabs?"),
    ("artillery", r"artillery|shelling|shelled|mortars?"),
    ("rocket", r"rockets?|mlrs|grad|himars"),
]
_WEAPON_RES = [(name, re.compile(rf"\b(?:{pattern})\b")) for name, pattern in _WEAPON_PATTERNS]

_PERSON = (
    r"(?:people|persons?|civilians?|residents?|individuals?|men|women|man|woman|children|child|"
    r"girls?|boys?|teenagers?|teens?|infants?|babies|baby|pensioners?|elderly|couple|"
    r"family members|members|employees|workers|passengers|drivers?|others|more|(?:\w+-)+olds?)"
)
_N = rf"(?P<n>{NUMBER})"
# "Seventeen people, including three children, were injured"
_INCLUDING = r"(?:,?\s+(?:including|among them)\s+[^,;.]{1,60},)?"
_AMONG = r"\s+(?:was|were)\s+among\s+(?:those|the)\s+"
_FAMILY = r"(?:a|an|the|one)\s+family\s+of\s+"
_KILLED = [
    # "The death toll from Monday's strike has risen to 35": the latest toll is the figure.
    re.compile(rf"\bdeath toll\b(?:\s+[\w'’-]+){{0,16}}?\s+(?:has\s+|had\s+)?(?:rose|risen|climbed|reached|increased|grew|"
               rf"jumped|stands|stood|is|was|now stands)\s+(?:at|to)?\s*{_N}\b", re.I),
    re.compile(rf"\bbringing the (?:death )?toll to\s+{_N}\b", re.I),
    re.compile(rf"(?<!\bno )\b{_N}\s+(?:[\w-]+\s+)?{_PERSON}{_INCLUDING}\s+(?:were|was|have been|has been|had been)\s+"
               rf"(?:killed|dead)\b", re.I),
    re.compile(rf"\b{_N}\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON}\s*)?{_AMONG}(?:killed|dead)\b", re.I),
    re.compile(rf"\bkills\s+(?:at least\s+)?{_N}\b", re.I),
    re.compile(rf"\b(?:killing|killed|claimed the lives of)\s+{_FAMILY}{_N}\b", re.I),
    re.compile(rf"(?<!\bno )(?<!\bnot )\b{_N}\s+(?:(?:\w+-year-old|elderly|young|more|[a-z]+)\s+)?(?:{_PERSON}\s+)?(?:were\s+|was\s+|have been\s+|has been\s+|had been\s+)?(?:killed|dead|died)\b", re.I),
    re.compile(rf"\b(?:killed|killing|claimed the lives of|lives of)\s+(?:at least\s+)?{_N}\b(?!\s*(?:%|percent|km|kilomet))", re.I),
    re.compile(rf"\b{_N}\s+(?:fatalit(?:y|ies)|deaths?|dead)\b", re.I),
    re.compile(rf"\bdeaths?\s+of\s+{_N}\b", re.I),
]
_INJURED = [
    re.compile(rf"(?<!\bno )\b{_N}\s+(?:[\w-]+\s+)?{_PERSON}{_INCLUDING}\s+(?:were|was|have been|has been|had been)\s+"
               rf"(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I),
    re.compile(rf"\b{_N}\s+(?:[\w-]+\s+){{0,2}}?(?:{_PERSON}\s*)?{_AMONG}(?:injured|wounded|hurt)\b", re.I),
    re.compile(rf"\b(?:injuring|wounding|injured|wounded)\s+{_FAMILY}{_N}\b", re.I),
    re.compile(rf"(?<!\bno )(?<!\bnot )\b{_N}\s+(?:(?:\w+-year-old|elderly|young|more|[a-z]+)\s+)?(?:{_PERSON}\s+)?(?:were\s+|was\s+|have been\s+|has been\s+|had been\s+)?(?:injured|wounded|hurt|hospitali[sz]ed)\b", re.I),
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
_WEAPON_NOUN = (r"(?P<w>(?:ballistic\s+|cruise\s+|guided\s+|attack\s+|shahed(?:-type)?\s+|kamikaze\s+)?"
                r"(?:missiles?|drones?|uavs?|rockets?|shaheds?|(?:unmanned\s+)?aerial\s+vehicles?))")

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
    r"\b(?:overnight|last night|this morning|tonight|today|earlier today|yesterday|the previous night|the same day|that day|"
    r"the same night|that night|a day earlier|a day before|the day before|the previous day|"
    r"(?:on\s+|late\s+|early\s+(?:on\s+)?)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?)\b",
    re.IGNORECASE,
)
_MONTHS = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_EXPLICIT_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+{_MONTHS}(?:,?\s+\d{{4}})?|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{4}}-\d{{2}}-\d{{2}})\b",
    re.IGNORECASE,
)
# "LVIV, Ukraine, March 25 (Reuters) -": where and when the report was filed.
_DATELINE = re.compile(r"^[A-Z][A-Z'’ .-]+,(?:\s+[A-Z][a-z]+,)?(?:\s+[A-Z][a-z]+\.?\s+\d{1,2},?)?\s*(?:\([^)]{1,30}\))?\s*[-—–]+\s*")
_NIGHT_OF = re.compile(
    rf"\bnight of\s+(?:(?P<month>{_MONTHS})\s+(?P<first>\d{{1,2}})\s*[-–—/]\s*(?P<second>\d{{1,2}})|"
    rf"(?P<first2>\d{{1,2}})\s*[-–—/]\s*(?P<second2>\d{{1,2}})\s+(?P<month2>{_MONTHS}))",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|since|during|of)\s+(?:(?:early|late|mid|the\s+spring\s+of|the\s+summer\s+of|the\s+autumn\s+of|the\s+winter\s+of)[\s-]+)?(?:" + _MONTHS + r"\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
_SPECULATIVE = re.compile(
    r"\b(?:likely to|could|may|might|would|will|plan(?:s|ned)?(?: to)?|threaten(?:s|ed)? to|expected to|intend(?:s|ed)? to|"
    r"preparing to|attempted|attempts? to|thwart\w*|averted|foiled|prevented|anniversary)\b", re.IGNORECASE)
_DAMAGE_DONE = re.compile(r"\b(?:damag\w+|destroyed|debris|fire broke out|caught fire|ablaze|hit a|struck a)\b", re.I)
# A strike more than this long before publication is history, not news of the day.
_HISTORY_DAYS = 14


# --- places --------------------------------------------------------------------

_CONTEXT_CHARS = 80

@dataclass
class Mention:
    text: str
    start: int
    end: int
    place: Place
    role: str  # target | vicinity | title | launch | context | overflight | locator | country


_POSSESSIVE = re.compile(r"['’]s$")
_BREAK = re.compile(r"[.,;:!?()\u2014\u2013\"“”]")
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
        if not w.group()[0].isupper() or not geocoder.gazetteer.may_start(_POSSESSIVE.sub("", w.group())):
            i += 1
            continue
        found = None
        for n in range(min(max_words, len(words) - i), 0, -1):
            span_end = words[i + n - 1].end()
            text = sentence[w.start():span_end]
            if _BREAK.search(text):
                continue
            name = _POSSESSIVE.sub("", text)
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
    mentions = _regions_in_lists(sentence, mentions, geocoder)
    for i, m in enumerate(mentions):
        if m.role == "raion":
            region = geocoder.resolve(m.place.admin1, kind="region") if m.place.admin1 else None
            mentions[i] = Mention(m.text, m.start, m.end, region.place, "target") if region else \
                Mention(m.text, m.start, m.end, m.place, "context")
    # "from positions around Oleshky and Hola Prystan": names joined by "and" share a role.
    for i in range(1, len(mentions)):
        prev, cur = mentions[i - 1], mentions[i]
        if prev.role in ("launch", "context", "overflight", "title") and cur.role in ("target", "vicinity") \
                and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", sentence[prev.end:cur.start]):
            mentions[i] = Mention(cur.text, cur.start, cur.end, cur.place, prev.role)
    # "Izmail in the Odesa region": a region that holds another target of the sentence locates it.
    located = {m.place.admin1 for m in mentions if m.role == "target" and m.place.kind != "region"}
    return [
        Mention(m.text, m.start, m.end, m.place, "locator") if m.role == "target" and m.place.kind == "region"
        and m.place.admin1 in located else m
        for m in mentions
    ]


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
    before = sentence[max(0, start - _CONTEXT_CHARS):start]
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


_ACTOR_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:has\s+|have\s+|had\s+|did\s+|does\s+)?(?:not\s+)?(?:say|says|said|call|calls|called|claim\w*|"
    r"den(?:y|ies|ied)|accus\w+|blam\w+|warn\w*|insist\w*|argu\w+|maintain\w*|respond\w*|comment\w*|vow\w*|"
    r"announc\w+|threaten\w*|demand\w*|reject\w*|dismiss\w*|targets|retaliat\w+|responded|wants|hopes|"
    r"(?:is|was|were|remains|remained)\s+(?:not\s+)?(?:interested|ready|willing|prepared|responsible|behind|open)|"
    r"regime|government|leadership|authorities|uses|used|press\w*|wages|waged|continues|pushe[sd]|"
    r"['’]s\s+(?:war|forces|troops|army|military|offensive|invasion|regime|government)|"
    r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:targeted|attacked|launched|fired|shelled|bombed|retaliated))\b",
    re.IGNORECASE,
)
_POSSESSOR_AFTER = re.compile(r"^['’]s\s+(?:war|forces|troops|army|military|offensive|invasion|regime|government|leadership|"
                              r"strikes|attacks|bombing|shelling|missiles|drones)\b", re.IGNORECASE)
_CONTEXT_BEFORE = re.compile(
    r"\b(?:by|speaking in|visit(?:ing|ed)?(?:\s+to)?|trip to|met in|meeting in|talks in|summit in|conference in|arrived in|"
    r"travell?ed to|returned to|based in|headquartered in|lies|hospital in|hospitali[sz]ed in|taken to|evacuated to|"
    r"moved to|transferred to|brought to|toward|towards|direction of|flew to|fled to|near the border with|"
    r"accus\w*|blam\w*|urg\w*|warn\w*|told|called on|condemn\w*|sanction\w*)\s+(?:the\s+|a\s+hospital\s+in\s+)?$",
    re.IGNORECASE,
)
_LAUNCH_BEFORE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:direction|area|areas|territory|side|positions?|airfields?|bases?|launch\s+sites?|"
    r"airspace|skies)\s+"
    r"(?:of|in|near|around|over)\s+(?:the\s+)?|(?:settlement|village|town|city)\s+of\s+|across\s+the\s+border\s+in\s+|"
    r"(?:russian-)?occupied\s+|neighbouring\s+|russia['’]s\s+|ukraine['’]s\s+)*$",
    re.IGNORECASE,
)
_VICINITY_BEFORE = re.compile(
    r"\b(?:outside|near|nearby|on the outskirts of|outskirts of|(?:north|south|east|west)(?:-?(?:east|west))? of|"
    r"(?:kilometres|kilometers|km|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
_IN_LIST_BEFORE = re.compile(r"\b(?:in|over|above|across)\s+(?:the\s+)?(?:[\w'’-]+,?\s+(?:and\s+)?){0,4}$", re.IGNORECASE)
_HIT_WORDS = re.compile(r"[;.]|\b(?:debris|fell|fragments|damag\w*|hit|struck|killed|injured|fire)\b", re.IGNORECASE)
_RAION_AFTER = re.compile(r"^\s+(?:district|raion|rayon)\b", re.IGNORECASE)
_RIVER_BEFORE = re.compile(r"\b(?:across|along|crossing|cross|up|down|banks?\s+of|bank\s+of|over)\s+the\s+$", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|above)\s+(?:the\s+)?(?:[\w'’-]+,?\s+){0,4}$", re.IGNORECASE)
_NOT_A_TARGET_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:-|\s+(?:direction|axis|sector|front|river|reservoir|urban district|municipal district|"
    r"municipality|community|hromada|itself was not|was not hit|was not struck|lies|is located|"
    r"nuclear power plant|nuclear plant|npp|nuclear power station))",
    re.IGNORECASE,
)
_AIR_DEFENCE_ONLY = re.compile(
    r"\bair defen[cs]e (?:was|were) (?:active|working|operating)|\bair defen[cs]e (?:\w+ )?worked|"
    r"\bno (?:hits|damage|destruction)\b[^.]*\b(?:recorded|reported|caused)|\bthere was no damage|"
    r"\bwithout damage|\bwith no damage|\bwas not hit\b|\bwere not hit\b|\bno (?:strikes|hits|attacks)\b",
    re.IGNORECASE,
)


def _role(sentence: str, start: int, end: int, place: Place) -> str:
    """What a place is to its sentence: the target, or one of the ways a place is named
    without being struck (an official's title, a launch area, an actor, a locator)."""
    if place.kind == "country":
        return "country"
    # Every rule looks at the words just before or after the name; long sentences stay cheap.
    before, after = sentence[max(0, start - _CONTEXT_CHARS):start], sentence[end:end + _CONTEXT_CHARS]
    if not before.strip() and len(sentence[start:end]) > 2 and sentence[start:end].isupper():
        return "context"  # a dateline: "KYIV, Ukraine (AP) —"
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(after):
        return "title"
    if _LAUNCH_BEFORE.search(before):
        return "launch"
    if _CONTEXT_BEFORE.search(before) or _ACTOR_AFTER.match(after) or _NOT_A_TARGET_AFTER.match(after) \
            or _POSSESSOR_AFTER.match(after):
        return "context"
    if _OVER_BEFORE.search(before) and _INTERCEPT_VERB.search(sentence):
        return "overflight"
    downed = _INTERCEPT_VERB.search(before)
    if downed and _IN_LIST_BEFORE.search(before) and not _HIT_WORDS.search(before[downed.end():]):
        return "overflight"  # "18 drones were destroyed in the Odesa and Mykolaiv regions"
    if place.kind == "city" and _RAION_AFTER.match(after):
        return "raion"  # "the Voznesensk district": the area around the town, not the town
    if place.kind == "city" and _RIVER_BEFORE.search(before):
        return "context"  # "across the Dnipro": a river, not the city
    if _VICINITY_BEFORE.search(before):
        return "vicinity"  # "a village outside Belgorod": struck only if nothing closer is named
    return "target"


def _regions_in_lists(sentence: str, mentions: list[Mention], geocoder: OfflineGeocoder) -> list[Mention]:
    """'the Belgorod, Kursk and Bryansk regions': every name of the list is a region."""
    out = list(mentions)
    for m in re.finditer(r"((?:[A-Z][\w'’-]+(?:,\s+|\s+and\s+))+[A-Z][\w'’-]+)\s+(?:regions|oblasts|provinces)\b", sentence):
        for i, mention in enumerate(out):
            if m.start(1) <= mention.start < m.end(1):
                region = geocoder.resolve(f"{mention.text} region", kind="region")
                if region:
                    role = _role(sentence, mention.start, m.end(), region.place)
                    out[i] = Mention(mention.text, mention.start, mention.end, region.place, role)
    return out


# --- sentence facts ------------------------------------------------------------

def stated_side(sentence: str) -> str | None:
    """The side a sentence says struck, from the words that name the attacker."""
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
    for name, pattern in _WEAPON_RES:
        if pattern.search(low):
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


# Quantities a careful reader does not turn into a figure.
_VAGUE = re.compile(r"\b(?:dozens|scores|hundreds|several|many|a number|numerous|a few)\b(?:\s+of)?(?:\s+\w+){0,2}\s+"
                    r"(?:were\s+|have been\s+)?(?:killed|dead|injured|wounded|hurt|casualties)", re.IGNORECASE)
_CASUALTY_WORDS = re.compile(r"kill|dead|death|died|fatal|injur|wound|hurt|hospital|lives|casualt", re.IGNORECASE)
_FIGURE_WORDS = re.compile(r"intercept|shot down|shoot|downed|downing|destroy|neutrali|repel|launch|fired|attacked|used", re.IGNORECASE)
_KEY_WORDS = {"killed": re.compile(r"kill|dead|death|died|fatal|lives|toll", re.I),
              "injured": re.compile(r"injur|wound|hurt|hospital", re.I)}
_NO_CASUALTIES = [
    (("killed", "injured", "children"), re.compile(r"\bno (?:casualties|victims)\b|\bwithout casualties\b|\b(?:no one|nobody) (?:was|were|had been|has been|have been) (?:killed or )?(?:hurt|harmed|injured)\b|\b(?:no one|nobody) (?:was|had been|has been) killed or (?:injured|wounded)\b|\bno injuries or deaths\b", re.I)),
    (("killed",), re.compile(r"\b(?:no one|nobody) (?:was|had been|has been) killed\b|\bno (?:deaths|fatalities)\b", re.I)),
    (("injured",), re.compile(r"\b(?:no one|nobody) (?:was|had been|has been) wounded\b|\bno injuries\b", re.I)),
]
_KIN = (r"(?:sons?|daughters?|grandsons?|granddaughters?|child|children|wife|husband|mother|father|grandmother|"
        r"grandfather|man|woman|men|women|boys?|girls?|brothers?|sisters?|neighbou?rs?|person|people|residents?|"
        r"couple|teenagers?|drivers?|passengers?|workers?|employees?|pensioners?|civilians?|farmers?|volunteers?|"
        r"paramedics?|rescuers?|firefighters?|guards?)")
_CONJUNCT = (rf"(?:(?:(?:his|her|their|the|{NUMBER})\s+)?(?:married\s+)?(?:(?:\w+(?:-\w+)?)-(?:year|month)-old\s+|"
             rf"elderly\s+|young\s+)?{_KIN}\b|(?:his|her|their|the|{NUMBER})\s+\w+(?:-\w+)?-(?:year|month)-olds?\b)")
_LIST = rf"(?P<list>{_CONJUNCT}(?:(?:,\s*|\s+and\s+|,\s+and\s+){_CONJUNCT})*)"
# "a man and his 11-year-old son were injured", "injuring a 10-year-old girl and her mother":
# people named one by one, before or after the verb.
_PEOPLE_LIST = [
    re.compile(rf"(?<!\bno )(?<!\bnot )\b{_LIST}\s+(?:were|was|have been|had been|has been)\s+(?P<what>killed|injured|wounded|hurt)\b", re.I),
    re.compile(rf"\b(?P<what>killing|killed|wounding|wounded|injuring|injured|hurting)\s+(?:at least\s+)?{_LIST}", re.I),
]
_LIST_BEFORE_VERB = re.compile(r"\band\b[^.;]{0,80}\b(?:were|have been|had been)\s+(?:killed|injured|wounded|hurt)\b", re.I)
_ONE_PERSON = re.compile(
    rf"(?:(?P<n>his|her|their|the|{NUMBER})\s+)?(?:married\s+)?(?:(?P<age>\w+(?:-\w+)?)-(?:year|month)-olds?(?:\s+|\b))?"
    rf"(?:elderly\s+|young\s+)?(?P<who>{_KIN})?\b",
    re.I,
)
_CHILD_WORDS = {"child", "children", "boy", "boys", "girl", "girls", "teenager", "teenagers"}


def _count_people(text: str) -> tuple[int | None, int]:
    """(people, children) in a list such as 'a man and his 11-year-old son'; people is
    None when a plural has no number ('the passengers')."""
    people = kids = 0
    for m in _ONE_PERSON.finditer(text):
        if not m.group("who") and not m.group("age"):
            continue
        word = (m.group("n") or "").lower()
        who = (m.group("who") or "person").lower()
        plural = who.endswith("s") and who not in ("his",) or who in ("men", "women", "people", "children")
        if word in ("", "his", "her", "their", "the"):
            if plural and who != "couple":
                return None, 0
            n = 1
        else:
            n = parse_number(word)
            if n is None:
                return None, 0
        if who == "couple":
            n *= 2
        people += n
        age = parse_number(m.group("age")) if m.group("age") else None
        if (age is not None and age < 18) or (age is None and who in _CHILD_WORDS):
            kids += n
    return (people or None), kids


def casualties(sentence: str) -> list[tuple[str, int, int]]:
    """(killed | injured | children, number, position) in one sentence, kept apart.

    The position lets a sentence naming several places give each its own figures.
    """
    out: list[tuple[str, int, int]] = []
    if not _CASUALTY_WORDS.search(sentence):
        return out
    taken: list[tuple[int, int]] = []
    kids: list[tuple[int, int]] = []  # (children, position)
    for n, pattern in enumerate(_PEOPLE_LIST):
        if n == 0 and not _LIST_BEFORE_VERB.search(sentence):
            continue  # cheap test first: the full pattern is slow on long sentences
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            people, children = _count_people(m.group("list"))
            if people is None:
                continue
            key = "killed" if m.group("what").lower().startswith("kill") else "injured"
            out.append((key, people, m.start()))
            taken.append((m.start(), m.end()))
            if children:
                kids.append((children, m.start()))
    listed = list(taken)
    for key, patterns in (("killed", _KILLED), ("injured", _INJURED)):
        if not _KEY_WORDS[key].search(sentence):
            continue  # cheap test first: the patterns are slow on long sentences
        for pattern in patterns:
            for m in pattern.finditer(sentence):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                n = parse_number(m.group("n"))
                if n is None:
                    continue
                if n == 1 and re.search(r"\bcouple\b", m.group(0), re.I):
                    n = 2  # "a married couple was killed"
                out.append((key, n, m.start()))
                taken.append((m.start(), m.end()))
    for m in _CHILD.finditer(sentence):
        if any(a <= m.start() < b for a, b in listed):
            continue
        n = parse_number(m.group("n"))
        age = m.group("age")
        if age is not None:
            years = parse_number(age)
            if years is None or years >= 18:
                continue
        if n:
            # "..., including a nine-year-old girl": counted with the figure before it.
            before = [pos for _, _, pos in out if pos <= m.start()]
            kids.append((n, max(before) if before else m.start()))
    if kids and out:
        by_pos: dict[int, int] = {}
        for n, pos in kids:
            by_pos[pos] = by_pos.get(pos, 0) + n
        out.extend(("children", n, pos) for pos, n in by_pos.items())
    for keys, pattern in _NO_CASUALTIES:
        m = pattern.search(sentence)
        if m:
            out.extend((key, 0, m.start()) for key in keys if not any(k == key for k, _, _ in out))
    return out


_ITEM = re.compile(
    rf"(?<![\w-])(?P<n>{NUMBER}|all(?:\s+(?P<alln>{NUMBER}))?)\s+(?:(?:out\s+)?of\s+(?:the\s+)?(?P<m>{NUMBER}\b)?\s*)?(?:(?:the|them)\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?{_WEAPON_NOUN}",
    re.I,
)
_AFTER_VERB_STOP = re.compile(r";|\.\s|,\s+(?:the|officials?|it|he|she|they|which|while|but|according)\b|\s+(?:over|in|across)\s+the\b", re.I)
_BEFORE_VERB = re.compile(r"(?:were|was|had been|have been|has been)\s+$", re.I)
_LAUNCH_VERB = re.compile(r"\b(?:launched|fired|used|sent|(?:attacked|struck|targeted)\s+(?:[\w'’]+\s+){0,4}?with)\b", re.I)


_NONE_INTERCEPTED = re.compile(
    rf"\b(?:neither|none of the(?:\s+(?P<m>{NUMBER}))?|no)\s+(?:[\w-]+\s+){{0,2}}?{_WEAPON_NOUN}\s+(?:was|were)\s+"
    rf"(?:intercepted|shot down|destroyed)\b", re.I)


def _items(span: str) -> list[tuple[str, int | None, int | None, str]]:
    """'81 of 94 missiles ... and 80 of 193 drones' -> [(class, n, of_m, 'n'|'all')]."""
    out = []
    for m in _ITEM.finditer(span):
        cls = "drones" if re.search(r"drone|uav|shahed|aerial", m.group("w"), re.I) else "missiles"
        word = m.group("n").lower()
        if word.startswith("all") and m.group("alln"):
            n = total = parse_number(m.group("alln"))  # "all 10 missiles": ten launched, ten down
            out.append((cls, n, total, "n"))
            continue
        n = None if word == "all" else parse_number(m.group("n"))
        total = parse_number(m.group("m")) if m.group("m") else None
        out.append((cls, n, total, "all" if word == "all" else "n"))
    return out


def interceptions(sentence: str) -> dict[str, int]:
    """Launched and intercepted missiles and drones stated in one sentence."""
    out: dict[str, int] = {}
    if not _FIGURE_WORDS.search(sentence):
        return out
    intercepted: list[tuple] = []
    for verb in _INTERCEPT_VERB.finditer(sentence):
        after = sentence[verb.end():]
        stop = _AFTER_VERB_STOP.search(after)
        intercepted += _items(after[: stop.start()] if stop else after)
        before = sentence[: verb.start()]
        if _BEFORE_VERB.search(before):
            clause = re.split(r"[;,]\s+(?=[^,;]*$)|\badding that\b|\bsaid\b", before)[-1]
            intercepted += _items(clause)
    for verb in _LAUNCH_VERB.finditer(sentence):
        if re.search(r"(?:missiles?|drones?|uavs?|rockets?|shaheds?)\s+$", sentence[: verb.start()], re.I):
            continue  # "missiles fired from the Black Sea": a participle, not a new launch
        after = sentence[verb.end():]
        stop = _AFTER_VERB_STOP.search(after)
        for cls, n, total, how in _items(after[: stop.start()] if stop else after):
            if n is not None and total is None and not re.match(r"an?\s", after.lstrip(), re.I):
                out.setdefault(f"{cls}_launched", n)
    for m in re.finditer(rf"(?<![\w-]){_N}\s+(?:[\w-]+\s+){{0,3}}?{_WEAPON_NOUN}\s+(?:were\s+|had been\s+)?(?:launched|fired|used)\b(?!\s+by)", sentence, re.I):
        cls = "drones" if re.search(r"drone|uav|shahed|aerial", m.group("w"), re.I) else "missiles"
        value = parse_number(m.group("n"))
        if value is not None:
            out.setdefault(f"{cls}_launched", value)
    for m in _NONE_INTERCEPTED.finditer(sentence):
        cls = "drones" if re.search(r"drone|uav|shahed|aerial", m.group("w"), re.I) else "missiles"
        intercepted.append((cls, 0, parse_number(m.group("m")) if m.group("m") else None, "n"))
    for cls, n, total, how in intercepted:
        if f"{cls}_intercepted" in out:
            continue
        if how == "all":
            n = out.get(f"{cls}_launched")
            if n is None:
                continue
        out[f"{cls}_intercepted"] = n
        if total is not None:
            out[f"{cls}_launched"] = total
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


def date_in(sentence: str, published: date, base: date | None = None) -> tuple[date, str] | None:
    """The day a sentence places its events on, relative to publication (or, for 'the
    same day' and 'a day earlier', to ``base``, the day of the story so far)."""
    night = _NIGHT_OF.search(sentence)
    if night:
        # "the night of March 3-4": the strike is dated by the morning it ended on.
        month = night.group("month") or night.group("month2")
        day = night.group("second") or night.group("second2")
        parsed = _calendar_day(f"{month} {day}", published)
        if parsed:
            return parsed, "day"
    m = _EXPLICIT_DATE.search(_DATELINE.sub("", sentence))
    if m:
        parsed = _calendar_day(m.group(0), published)
        if parsed:
            return parsed, "day"
    m = _RELATIVE_DATE.search(sentence)
    if not m:
        return None
    phrase = m.group(0).lower()
    if phrase in ("the same day", "that day", "the same night", "that night"):
        return (base or published), "day"
    if phrase in ("a day earlier", "the day before", "the previous day", "a day before"):
        return (base or published) - timedelta(days=1), "day"
    if "yesterday" in phrase or "previous night" in phrase:
        return published - timedelta(days=1), "day"
    for idx, day in enumerate(_WEEKDAYS):
        if day in phrase:
            back = (published.weekday() - idx) % 7
            return published - timedelta(days=back), "day"
    return published, "day"


@functools.lru_cache(maxsize=4096)
def _calendar_day(phrase: str, published: date) -> date | None:
    """'12 February', 'Feb. 3, 2024': the day, the most recent one on or before publication."""
    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": datetime(published.year, published.month, published.day, 12), "PREFER_DATES_FROM": "past"})
    return parsed.date() if parsed else None


# --- the reader ----------------------------------------------------------------

@dataclass
class _Attack:
    attack_id: str
    main: Event
    side: str
    basis: str
    day: date
    precision: str


_NAMED_SETTLEMENT = re.compile(
    r"\b(?:village|town|city|settlement|community|hromada|suburb)\s+of\s+(?P<a>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)|"
    r"^(?:In|At|Near)\s+(?P<b>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),"
)


def _unknown_places(sentence: str, mentions: list[Mention], geocoder: OfflineGeocoder) -> list[str]:
    """Names a sentence gives as the struck settlement that the gazetteer does not know."""
    names = []
    for m in _NAMED_SETTLEMENT.finditer(sentence):
        name = m.group("a") or m.group("b")
        start = m.start("a") if m.group("a") else m.start("b")
        if any(x.start <= start < x.end for x in mentions) or geocoder.gazetteer.knows(name):
            continue
        names.append(name)
    return names


def _online_place(name: str, lookup) -> Place | None:
    """A Place from the online fallback's answer, or None."""
    loc = lookup(name)
    if loc is None:
        return None
    raw = loc.raw
    return Place(raw["gazetteer_id"], raw["place"], raw["geo_precision"] if raw["geo_precision"] != "country" else "city",
                 raw["country"], raw["admin1"], loc.latitude, loc.longitude)


def extract(report: Report, geocoder=None) -> Extraction:
    """All strike events of one report, with warnings for what could not be placed.

    ``geocoder`` is the offline gazetteer, or a fallback geocoder wrapping it: then names
    the gazetteer lacks ("the village of X") are asked online before they become warnings.
    """
    online = getattr(geocoder, "geocode_online", None)
    geocoder = getattr(geocoder, "offline", geocoder) or OfflineGeocoder()
    sentences = split_sentences(report.text)
    events: dict[tuple, Event] = {}
    warnings: list[str] = []
    attack: _Attack | None = None
    attacks: list[_Attack] = []
    pending: list[tuple] = []  # interception figures waiting for the attack they belong to
    attack_at: dict[str, _Attack] = {}  # the attack in which each place was first struck
    last_event_sentence = -2

    lines = [ln.strip() for ln in report.text.strip().splitlines() if ln.strip()]
    # A first line without a full stop over a longer text is a headline; the body tells it again, dated.
    headline = lines[0] if len(lines) > 1 and len(lines[0]) < 160 and not lines[0].endswith((".", "!", "?", '"', "”")) \
        else None
    lead_day: tuple[date, str] | None = None  # the day the report's lead puts the story on
    lead_end = 2 if headline and sentences and sentences[0] == headline else 1
    for idx, sentence in enumerate(sentences):
        if idx == 0 and sentence == headline:
            continue
        if lead_day is None and idx <= lead_end:
            lead_day = date_in(sentence, report.published)
        has_strike = bool(_STRIKE.search(sentence))
        figures = interceptions(sentence)
        if not has_strike and not figures:
            # "Vyacheslav Gladkov said on Telegram." names who reported the event before it.
            speaker = _SPEAKER.search(sentence) if attack is not None and idx == last_event_sentence + 1 else None
            if speaker and not geocoder.gazetteer.knows(speaker.group("who")) and not find_mentions(sentence, geocoder):
                _add_reporter(attack.main, speaker.group("who"), replace_title=True)
                _add_evidence(attack.main, sentence)
            continue
        hurt = casualties(sentence)
        if _SPECULATIVE.search(sentence) and not any(v for _, v, _ in hurt) and not _DAMAGE_DONE.search(sentence):
            continue  # "were likely to intensify attacks", "a planned strike was averted"
        when = date_in(sentence, report.published, attack.day if attack else None)
        past_year = _YEAR.search(sentence)
        if (when and (report.published - when[0]).days > _HISTORY_DAYS) or (
            past_year and int(past_year.group(1)) < report.published.year
        ):
            continue  # a past attack recalled for context
        if when and when[0] > report.published:
            continue  # a plan or a forecast, not a strike
        near = list(dict.fromkeys((e.latitude, e.longitude) for e in events.values()))[-12:]
        mentions = find_mentions(sentence, geocoder, near=near)
        # "Kryvyi Rih ..., according to the Dnipropetrovsk regional governor": a region
        # named in the sentence settles which of several same-named places is meant.
        regions = [m.place.admin1 for m in mentions if m.place.kind == "region"]
        if not regions:
            # "Beryslav, Antonivka, Kozatske, Sadove": places listed together lie together.
            shared = Counter(m.place.admin1 for m in mentions if m.place.kind in ("city", "district") and m.place.admin1)
            regions = [r for r, n in shared.most_common(1) if n >= 2]
        if regions:
            mentions = find_mentions(sentence, geocoder, regions[0], near)
        vague = _VAGUE.search(sentence) if _CASUALTY_WORDS.search(sentence) else None
        if vague and not hurt:
            warnings.append(f"uncertain number {vague.group(0)!r} not recorded, in: {sentence}")
        # "Air defence was active over Odesa; no damage was recorded": named, not struck.
        quiet = bool(_AIR_DEFENCE_ONLY.search(sentence)) and not any(v for _, v, _ in hurt)
        targets = [m for m in mentions if m.role == "target"] if has_strike and not quiet else []
        if has_strike and not quiet and not targets:
            targets = [m for m in mentions if m.role == "vicinity"][:1]
        if has_strike and not quiet:
            for name in _unknown_places(sentence, mentions, geocoder):
                place = _online_place(name, online) if online else None
                if place is None:
                    warnings.append(f"unresolved place {name!r} in: {sentence}")
                else:
                    start = sentence.find(name)
                    targets.append(Mention(name, start, start + len(name), place, "target"))
        if has_strike and not targets and not quiet:
            targets = _anaphora_targets(sentence, mentions, attack)
        damage = damage_in(sentence) if has_strike and not quiet else []
        reporter = reporter_in(sentence)
        side = stated_side(sentence)
        weapons = weapons_in(sentence) if (has_strike or figures) else []

        touched: list[tuple[int, Event]] = []
        for m in targets:
            place = m.place
            if place.latitude is None:
                warnings.append(f"unresolved place {m.text!r} in: {sentence}")
                continue
            continues = attack is not None and (
                place.district_of and place.district_of == attack.main.place or place.name == attack.main.place
            )
            earlier = attack_at.get(place.gazetteer_id) if when is None else None
            if continues:
                cur = attack
            elif earlier is not None:
                cur = earlier  # "Russia has not commented on the Dnipro strike": the one already told
            else:
                # A sentence without a day of its own tells of the day the lead gave the story;
                # read from context, not stated for this strike, so the day is marked approximate.
                day, precision = when or ((lead_day[0], "approx") if lead_day else (report.published, "approx"))
                s, basis = _side_for(place, sentence, m.start, side, events, geocoder.gazetteer.region_facts)
                cur = _new_attack(report, place, m.text, day, precision, s, basis, events, geocoder)
                attacks.append(cur)
                attack = cur
            ev = _event_for(report, cur, place, m.text, events)
            attack_at.setdefault(place.gazetteer_id, cur)
            if all(ev is not e for _, e in touched):
                touched.append((m.start, ev))
        if not targets and attack is not None and idx - last_event_sentence <= 2 and (hurt or damage):
            touched = [(0, attack.main)]
        if figures:
            over = {m.place.admin1 for m in mentions if m.role == "overflight"}
            # A tally over a region also covers the city-region inside it (Sevastopol in Crimea).
            facts = geocoder.gazetteer.region_facts
            over |= {name for name, f in facts.items() if f["within"] in over}
            if _OVER_MANY.search(sentence):
                over = set()  # "over eight regions, including seven over the Moscow region": a national tally
            pending.append((figures, side, sentence, weapons, over, when[0] if when else None, reporter))
        if attacks:
            for figs, fig_side, fig_sentence, fig_weapons, over, day, fig_reporter in pending:
                main = _attack_for_figures(attacks, fig_side, over, day)
                if main is None:
                    continue
                if fig_reporter:
                    _add_reporter(main.main, fig_reporter)
                for key, value in figs.items():
                    if getattr(main.main, key) is None:
                        setattr(main.main, key, value)
                _add_evidence(main.main, fig_sentence)
                if fig_weapons:
                    main.main.weapons = _merge_weapons(main.main.weapons, fig_weapons)
            pending.clear()
        if not touched:
            continue
        last_event_sentence = idx
        for _, ev in touched:
            _add_evidence(ev, sentence)
            if reporter:
                _add_reporter(ev, reporter)
            if damage:
                items = list(dict.fromkeys([d for d in ev.damage.split("; ") if d] + damage))
                ev.damage = "; ".join(d for d in items if d != "damage" or len(items) == 1)
            if weapons:
                ev.weapons = _merge_weapons(ev.weapons, weapons)
        _assign_casualties(hurt, touched, sentence)

    out = _drop_redundant_regions(list(events.values()))
    for ev in out:
        ev.confidence = _confidence(ev)
    return Extraction(out, warnings)


_OCCUPIED_BEFORE = re.compile(r"\b(?:occupied|russian-(?:occupied|controlled|held)|moscow-(?:controlled|held))\b[^.;]*$", re.I)


def _side_for(place: Place, sentence: str, start: int, stated: str | None, events: dict,
              region_facts: dict[str, dict[str, str]]) -> tuple[str, str]:
    """Who struck: as the sentence says, else what the report and the place imply."""
    if stated:
        return stated, "stated"
    held_by = region_facts.get(place.admin1, {}).get("held_by", "")
    if (held_by and held_by != place.country) or _OCCUPIED_BEFORE.search(sentence[max(0, start - 2 * _CONTEXT_CHARS):start]):
        return "Ukraine", "inferred"  # strikes on Russian-held ground come from Ukraine
    said = {e.attacker for e in events.values() if e.attacker_basis == "stated" and e.country == place.country}
    if len(said) == 1:
        return said.pop(), "inferred"  # the side this report says strikes this country
    return _SIDE_OF_COUNTRY.get(place.country, "unknown"), "inferred"


_OVER_MANY = re.compile(rf"\b(?:over|across|in)\s+(?:{NUMBER})\s+(?:\w+\s+)?(?:regions|oblasts)\b", re.I)


def _attack_for_figures(attacks: list["_Attack"], side: str | None, over: set[str], day: date | None) -> "_Attack | None":
    """Interception figures belong to the report's first attack by the side whose weapons
    they count (an air force's tally covers the whole night, not its last-named town),
    on the day they were given for. Drones downed over a region belong to an attack in
    that region; with none there, the tally was a night without damage and stays out."""
    fitting = [a for a in attacks if (side is None or a.side == side) and (day is None or a.day == day)]
    if over:
        fitting = [a for a in fitting if a.main.admin1 in over]
        return fitting[0] if fitting else None
    if fitting:
        return fitting[0]
    return attacks[0] if day is None else None


def _drop_redundant_regions(events: list[Event]) -> list[Event]:
    """A region-level event gives way to the places inside the region struck the same day
    by the same side: a roundup's regional total is told again, place by place. Its
    interception figures move to the first of those places."""
    kept = []
    for e in events:
        inside = [o for o in events if o.geo_precision != "region" and (o.admin1, o.event_date, o.attacker)
                  == (e.admin1, e.event_date, e.attacker)]
        if e.geo_precision != "region" or not inside:
            kept.append(e)
            continue
        first = next((o for o in inside if o.attack_id == e.attack_id), inside[0])
        for c in _FIGURE_FIELDS[3:]:
            if getattr(first, c) is None and getattr(e, c) is not None:
                setattr(first, c, getattr(e, c))
        for line in e.evidence.split("\n"):
            if line and any(c in line for c in ("intercept", "shot down", "destroyed", "launched")):
                _add_evidence(first, line)
    return kept


_FIGURE_FIELDS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                  "drones_launched", "drones_intercepted")


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
            # Place, day and side, not the report: several reports of one strike are one event.
            event_id=make_id(place.gazetteer_id, attack.day, attack.side),
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


_TO_PLACE = re.compile(r"^[^;.,]{0,45}?\b(?:in|at|near|on|across)\s+(?:the\s+)?(?:(?:city|town|village|settlement|"
                       r"community|district)\s+of\s+)?$", re.IGNORECASE)


def _assign_casualties(hurt: list[tuple[str, int, int]], touched: list[tuple[int, Event]], sentence: str = "") -> None:
    """Each figure goes to its place: the one it is said to be "in" right after it ("two were
    killed in Pokrovsk"), else the place named last before it, else the first place. A
    district never repeats the casualties of its city."""
    if not hurt or not touched:
        return
    ordered = sorted(touched, key=lambda item: item[0])
    starts = sorted({pos for _, _, pos in hurt})
    found: dict[tuple[int, str], int] = {}
    for key, value, pos in hurt:
        following = [p for p in starts if p > pos]
        limit = following[0] if following else len(sentence)
        target = None
        for start, ev in ordered:
            if pos < start < limit and _TO_PLACE.match(_tail(sentence, pos, start)):
                target = ev
                break
        if target is None:
            before = [(start, ev) for start, ev in ordered if start <= pos]
            if len(before) >= 2 and ";" not in sentence[before[-1][0]:pos] \
                    and _LISTED.fullmatch(sentence[_end_of(sentence, before[-2][0]):before[-1][0]]):
                continue  # "shelled A, B and C, killing one": a total over the list, no one place's figure
            target = before[-1][1] if before else ordered[0][1]
        slot = (id(target), key)
        found[slot] = found.get(slot, 0) + value
        current = getattr(target, key)
        setattr(target, key, found[slot] if current is None else max(current, found[slot]))


_LISTED = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s*")


def _end_of(sentence: str, start: int) -> int:
    """Where the place name starting at ``start`` ends."""
    m = _WORD_RE.match(sentence, start)
    end = m.end() if m else start
    while True:  # names of several words: "Kryvyi Rih", "Bila Tserkva"
        nxt = re.match(r" ([A-Z][\w'’-]*)", sentence[end:])
        if not nxt:
            return end
        end += nxt.end()


def _tail(sentence: str, pos: int, start: int) -> str:
    """The words between a figure and a place, from the figure's own verb on."""
    return sentence[pos:start][-60:]


def _confidence(ev: Event) -> float:
    score = 0.45
    score += 0.2 if ev.attacker_basis == "stated" else 0.0
    score += 0.15 if ev.date_precision == "day" else 0.0
    score += 0.1 if ev.geo_precision in ("district", "city") else 0.05
    score += 0.05 if (ev.killed is not None or ev.injured is not None or ev.damage) else 0.0
    return round(min(score, 0.95), 2)
