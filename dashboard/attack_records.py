"""Attack records: one row per weapon model per reported night attack.

Ukraine's Air Force sums up each night's attack in a morning post: how many drones and missiles
of which model were launched and from where, how many were shot down (or suppressed by
electronic warfare), how many were lost in location. These national figures must be shown once,
never summed into a city's local figures, so they live here rather than in the event table.

Two readers produce the same `AttackRecord`: `read_night_summary` reads a summary's text in
Ukrainian, Russian or English (one engine; each language's words are a data file,
`extract/lexicons/night_summary_<lang>.json`), and `read_airforce_dataset` reads the public digitisation of
these summaries (`missile_attacks_daily.csv`, one row per weapon model per attack).
"""

from __future__ import annotations

import bisect
import csv
import functools
import json
import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Iterator

from dashboard.lowercase import lowercase_pattern
from dashboard.report_text import blank_emphasis
from dashboard.weapons import WORD_START, WeaponName, model_info, normalise_weapon, phrases_pattern, weapons_in_text

DATA_DIR = Path(__file__).parent / "extract" / "lexicons"
LANGUAGES = ("uk", "ru", "en")
ROLES = ("launched", "shot_down", "not_reached", "other")
# Accounts whose posts sum up the whole country's night; the regional air commands (PvKPivden,
# pvkshid, PvkZahid, ...) report parts of it.
NATIONAL_ACCOUNTS = frozenset({"kpszsu", "generalstaff.ua", "cincafu"})


@dataclass
class AttackRecord:
    """One weapon model (or class, when the source names none) in one night's attack.

    `night` is the date the night ends ("у ніч на 8 лютого" is 8 February). Counts are None when
    the source does not give them; `shot_down` includes drones suppressed by electronic warfare.
    `launch_areas` are where the weapons came from, as written: never places that were struck.
    """

    night: date
    model: str | None
    weapon_type: str
    category: str
    launched: int | None = None
    shot_down: int | None = None
    not_reached: int | None = None
    launch_areas: list[str] = field(default_factory=list)
    source: str = ""
    regions: list[str] = field(default_factory=list)  # targeted, as written: "Ukraine", "Odesa oblast", "south"

    @property
    def national(self) -> bool:
        """Whether the figures are the whole country's (the Air Force Command's own summary), not
        a regional command's, which the national summary of the same night already includes."""
        return self.source.split("/", 1)[0].lower() in NATIONAL_ACCOUNTS

    def to_dict(self) -> dict:
        """Plain values for JSON lines and tables (the night as YYYY-MM-DD)."""
        return {**asdict(self), "night": self.night.isoformat()}


class AttackRecordError(ValueError):
    """Input the attack-record readers cannot use; the message is one line for the user."""


# ---------------------------------------------------------------------------------------------
# Language data


@dataclass(frozen=True)
class _Lexicon:
    language: str
    months: dict[str, int]
    month_re: re.Pattern[str]
    month_end_re: re.Pattern[str]  # a month name ending the text: a number before it is no count
    night_re: re.Pattern[str]
    night_low_re: re.Pattern[str]  # the same, for lowercased text: see _finditer
    cue_re: re.Pattern[str]
    subset_re: re.Pattern[str]
    reference_re: re.Pattern[str]
    total_re: re.Pattern[str] | None  # "a total of 45", "всего уничтожены 45": the whole, no reference nor part
    one_of_the_downed_re: re.Pattern[str]  # "debris of one of the downed drones": a member, not a count
    more_re: re.Pattern[str]
    region_re: re.Pattern[str]  # a region named: "another 11 over the Voronezh region" is where, not more
    area_re: re.Pattern[str]
    area_low_re: re.Pattern[str]  # the same, for lowercased text: see _finditer
    area_before_name_re: re.Pattern[str]
    joiner_re: re.Pattern[str]
    after_weapon_re: re.Pattern[str]
    number_words: dict[str, int]
    multipliers: dict[str, int]
    bound_multipliers: frozenset[str]  # a number only after a number: "п'ятьма десятками", never "десятки"
    number_word_re: re.Pattern[str]
    number_word_low_re: re.Pattern[str]  # the same, for lowercased text: see _numbers
    earlier_night_re: re.Pattern[str]
    earlier_told_re: re.Pattern[str]
    period_re: re.Pattern[str]
    all_of_them_re: re.Pattern[str]
    not_all_re: re.Pattern[str]
    not_shot_down_re: re.Pattern[str]
    one_weapon_re: re.Pattern[str]  # a weapon named without a number that is one ("випустила ракету")
    kind_of_attack_re: re.Pattern[str] | None  # a weapon's name as the kind of an attack: "a missile and drone attack"
    part_of_total_re: re.Pattern[str] | None  # a count told as part of the night's: "eight Kinzhals were among them"
    approximate_re: re.Pattern[str]  # ends in a word that makes the next count a round one ("понад")
    country_wide_re: re.Pattern[str]
    things_re: re.Pattern[str]  # what a number after it counts is no weapon: "40 cars were destroyed"
    weapon_adjectives: frozenset[str]  # cue words that, before a weapon's noun, tell its kind: "attack UAVs"
    aside_re: re.Pattern[str]  # who said it, between commas: ", за його словами," stands between a figure and its verb
    clause_opener_re: re.Pattern[str] | None  # "destroyed after a drone hit it": the verb is not the weapon's


def preload() -> None:
    """Compile every language's phrases now, at start-up, rather than on the first summary read."""
    for language in LANGUAGES:
        _lexicon(language)


@functools.lru_cache(maxsize=None)
def _lexicon(language: str) -> _Lexicon:
    path = DATA_DIR / f"night_summary_{language}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    # Every role's phrases start a word: tested once before the roles' alternatives rather than
    # once per role at every letter, the scan of a report is several times faster.
    cue_groups = WORD_START + "(?:" + "|".join(
        f"(?P<{role}>{phrases_pattern(data[role], word_start=False)})" for role in ROLES) + ")"
    number_words = {
        _plain_apostrophes(form).lower(): int(value) for value, forms in data["numbers"].items() for form in forms
    }
    multipliers = {word.lower(): value for word, value in data["multipliers"].items()}
    # Number words join with hyphens ("forty-three"), so they get plain word boundaries.
    words = sorted(list(number_words) + list(multipliers), key=len, reverse=True)
    word_alternation = r"(?<![\w'])(?:" + "|".join(re.escape(word) for word in words) + r")(?![\w'])"
    number_words_pattern = r"(?:" + word_alternation + r")(?:[\s-]+(?:and\s+)?(?:" + word_alternation + "))*"
    flags = re.IGNORECASE
    return _Lexicon(
        language=language,
        months={name.lower(): number for name, number in data["months"].items()},
        month_re=re.compile(phrases_pattern(list(data["months"])) + r"\.?", flags),
        month_end_re=re.compile(r"(?:" + phrases_pattern(list(data["months"])) + r"\.?)\s*$", flags),
        night_re=re.compile(phrases_pattern(data["night_phrases"]), flags),
        night_low_re=re.compile(lowercase_pattern(phrases_pattern(data["night_phrases"]))),
        cue_re=re.compile(lowercase_pattern(cue_groups)),  # meets lowercased text: see _cues
        subset_re=re.compile(phrases_pattern(data["subset"]), flags),
        reference_re=re.compile(r"(?:" + phrases_pattern(data["reference"]) + r")\s*$", flags),
        total_re=re.compile(r"(?:" + phrases_pattern(data["total"]) + r")(?:\s*,)?(?:\s+[^\W\d]+){0,3}\s*$", flags)
        if data.get("total") else None,
        one_of_the_downed_re=re.compile(r"\s*" + phrases_pattern(data["reference"]) + r"\s+" + phrases_pattern(
            data["shot_down"]), flags),
        more_re=re.compile(r"(?:" + phrases_pattern(data["more"]) + r")\s*$", flags),
        region_re=re.compile(phrases_pattern(data["region_words"]), flags),
        area_re=re.compile(phrases_pattern(data["launch_area"]), flags),
        area_low_re=re.compile(lowercase_pattern(phrases_pattern(data["launch_area"]))),
        area_before_name_re=re.compile(
            r"(?:" + phrases_pattern(data["launch_area_before_name"]) + r")(?=\s+[A-ZА-ЯІЇЄҐЁ])"),
        joiner_re=re.compile(r"\s*,\s*(?:(?:" + phrases_pattern(data["list_joiners"]) + r")\s+)?|\s+(?:"
                             + phrases_pattern(data["list_joiners"]) + r")\s+", flags),
        after_weapon_re=re.compile(
            r"\s*(?:(?:" + phrases_pattern(data["units"]) + r")\s*)?(?:[,;()\n]|\.(?!\d)|$)", flags),
        number_words=number_words,
        multipliers=multipliers,
        bound_multipliers=frozenset(word.lower() for word in data.get("multipliers_after_a_number", [])),
        number_word_re=re.compile(number_words_pattern, flags),
        number_word_low_re=re.compile(lowercase_pattern(number_words_pattern)),
        earlier_night_re=re.compile(phrases_pattern(data["earlier_night"]), flags),
        earlier_told_re=re.compile(r"\s*(?:\w+:\s*)?" + phrases_pattern(data["earlier_told"]), flags),  # ("Background: Earlier, ...")
        period_re=re.compile(phrases_pattern(data["period"]), flags),
        all_of_them_re=re.compile(phrases_pattern(data["all_of_them"]), flags),
        not_all_re=re.compile(r"(?:" + phrases_pattern(data["not_all"]) + r")\s*$", flags),
        not_shot_down_re=re.compile(phrases_pattern(data["not_shot_down"]), flags),
        one_weapon_re=re.compile(r"(?:" + "|".join(data["one_weapon"]) + r")$", flags),
        kind_of_attack_re=re.compile(r"\s+(?:" + phrases_pattern(data["kind_of_attack"]) + r")\b", flags)
        if data.get("kind_of_attack") else None,
        part_of_total_re=re.compile(r"\b(?:" + phrases_pattern(data["part_of_total"]) + r")\b", flags)
        if data.get("part_of_total") else None,
        approximate_re=re.compile(r"(?:" + phrases_pattern(data["approximate"]) + r")(?:\s+(?:чем|ніж|than))?\s*$", flags),
        country_wide_re=re.compile(phrases_pattern(data["country_wide"]), flags),
        things_re=re.compile(r"\s+(?:" + phrases_pattern(data["things"]) + ")", flags),
        weapon_adjectives=frozenset(word.lower() for word in data["weapon_adjectives"]),
        aside_re=re.compile(r",\s*(?:" + phrases_pattern(data["asides"]) + r")\s*,", flags),
        clause_opener_re=re.compile(r"\b(?:" + phrases_pattern(data["clause_openers"]) + r")\b", flags)
        if data.get("clause_openers") else None,
    )


def _plain_apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("ʼ", "'").replace("`", "'")


def _finditer(pattern: re.Pattern[str], twin: re.Pattern[str], text: str):
    """``pattern.finditer(text)``, for callers that want the matches' spans: the case-insensitive
    pattern's lowercased twin runs over the lowercased text, several times faster, where
    lowercasing keeps every letter one letter (the spans are the same)."""
    low = text.lower()
    return twin.finditer(low) if len(low) == len(text) else pattern.finditer(text)


def _pick_lexicon(text: str) -> _Lexicon:
    """The language whose attack words, months and number words the text uses most."""

    def score(lexicon: _Lexicon) -> int:
        return len(_cues(text, lexicon)) + sum(len(p.findall(text)) for p in (lexicon.month_re, lexicon.night_re))

    return max((_lexicon(language) for language in LANGUAGES), key=score)


# ---------------------------------------------------------------------------------------------
# Pieces of a summary


@dataclass
class _Number:
    value: int
    start: int
    end: int


@dataclass
class _Cue:
    role: str
    start: int
    end: int


@dataclass
class _Count:
    """A number and the weapon mentions it counts ("101 ударним БпЛА типу Shahed, «Гербера»")."""

    value: int
    start: int
    end: int
    weapons: list[WeaponName]
    role: str | None = None
    approximate: bool = False  # "понад п'ятьма десятками": a round figure, which an exact one replaces

    @property
    def model(self) -> str | None:
        named = [weapon.model for weapon in self.weapons if weapon.model]
        if not named:
            return None
        # Drones of several types are one count under the strike model named first (decoys fly
        # with the Shaheds); missiles of several models make a joint count, as the Air Force gives it.
        if all(weapon.category == "drone" for weapon in self.weapons if weapon.model):
            return named[0]
        return " and ".join(dict.fromkeys(named))

    @property
    def category(self) -> str:
        named = [weapon for weapon in self.weapons if weapon.model]
        return (named or self.weapons)[0].category

    @property
    def weapon_type(self) -> str:
        named = [weapon for weapon in self.weapons if weapon.model]
        if named:
            types = {weapon.weapon_type for weapon in named}
            return types.pop() if len(types) == 1 else "missile"
        specific = [weapon for weapon in self.weapons if weapon.weapon_type not in ("missile", "drone")]
        return (specific or self.weapons)[0].weapon_type


_STOP_CHARS = ".;:!?()\n"
_SentenceOf = Callable[[int], int]  # position in the text -> number of its sentence
_NewRecord = Callable[[_Count], AttackRecord]
_WORD_RE = re.compile(r"\w[\w'’-]*")
# (a case ending after the digits is part of the number: "54-ма БпЛА", "5-ти ракет", "збиття 81-го БпЛА")
_DIGITS_RE = re.compile(r"(?<![\w:.,/-])(\d{1,3}(?:,\d{3})+|\d+)(?:-(?:ма|мя|ми|ти|ох|ьох|го|х)\b)?(?![\w:]|[.,]\d|-\w)")


def _word_count(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _parse_number_words(words: str, lexicon: _Lexicon) -> int | None:
    total, current = 0, None
    for word in re.split(r"[\s-]+", _plain_apostrophes(words).lower()):
        if word in lexicon.multipliers:
            if current is None and word in lexicon.bound_multipliers:
                return None  # "десятки дронів": tens of them, no number
            total += (current or 1) * lexicon.multipliers[word]
            current = None
        elif word in lexicon.number_words:
            current = (current or 0) + lexicon.number_words[word]
        elif word != "and":
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)


def _numbers(text: str, lexicon: _Lexicon, taken: list[tuple[int, int]]) -> list[_Number]:
    """Counts written in digits or words, leaving out times, dates and numbers inside weapon names."""
    found = [_Number(int(m.group(1).replace(",", "")), m.start(), m.end()) for m in _DIGITS_RE.finditer(text)]
    plain = _plain_apostrophes(text)
    # A long alternation matched case-insensitively is several times slower than its lowercased
    # form over lowercased text (same positions while lowercasing keeps every letter one letter).
    low = plain.lower()
    words = lexicon.number_word_low_re.finditer(low) if len(low) == len(plain) else lexicon.number_word_re.finditer(plain)
    for match in words:
        value = _parse_number_words(match.group(), lexicon)
        if value is not None and not re.match(r"-\w", plain[match.end():match.end() + 2]):
            found.append(_Number(value, match.start(), match.end()))  # (not "one-way", "single-use")

    taken = sorted(taken)
    taken_starts = [start for start, _ in taken]

    def is_count(number: _Number) -> bool:
        index = bisect.bisect_left(taken_starts, number.end) - 1
        if index >= 0 and taken[index][1] > number.start:  # inside a weapon name or the date
            return False
        after = text[number.end:number.end + 16]
        before = text[max(0, number.start - 12):number.start]
        if re.match(r"\s*(?:%|-?(?:mm|мм)\b)", after) or lexicon.month_re.match(after.lstrip()):  # a share, a calibre
            return False
        if after.startswith("/") and after[1:2].isdigit() or index >= 0 and number.value >= 100 \
                and re.fullmatch(r"[\s-]?", text[taken[index][1]:number.start]):
            return False  # a model's number after its name ("Shahed 131/136 drones"), not a count
        if lexicon.one_of_the_downed_re.match(text, number.end):
            return False  # "уламки одного зі збитих дронів": one of those downed, not one more downed
        return not lexicon.month_end_re.search(before)

    return sorted((number for number in found if is_count(number)), key=lambda number: number.start)


def _cues(text: str, lexicon: _Lexicon) -> list[_Cue]:
    low = text.lower()
    pattern = lexicon.cue_re if len(low) == len(text) else re.compile(lexicon.cue_re.pattern, re.IGNORECASE)
    return [_Cue(match.lastgroup, match.start(), match.end()) for match in pattern.finditer(low if len(low) == len(text)
                                                                                            else text)]


def _cue_before(cues: list[_Cue], position: int, sentence: _SentenceOf) -> _Cue | None:
    """The last cue ending at or before `position` in the same sentence (cues never overlap)."""
    index = bisect.bisect_right([cue.end for cue in cues], position) - 1
    if index >= 0 and sentence(cues[index].start) == sentence(position):
        return cues[index]
    return None


def _cue_after(cues: list[_Cue], position: int, sentence: _SentenceOf) -> _Cue | None:
    """The first cue starting at or after `position` in the same sentence."""
    index = bisect.bisect_left([cue.start for cue in cues], position)
    if index < len(cues) and sentence(cues[index].start) == sentence(position):
        return cues[index]
    return None


def _any_between(positions: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of positions has one in [start, end)."""
    index = bisect.bisect_left(positions, start)
    return index < len(positions) and positions[index] < end


_BULLET_NEXT = re.compile(r"\s*[-–—•*]")


def _carries_on(text: str, newline: int) -> bool:
    """Whether the line ending at ``newline`` goes on into the next: it ends in ':', ';' or ','
    (before spaces and tabs, and past blank lines: a list under "shot down:" set out in paragraphs),
    or a bullet comes next. (Looked at around the line's end, not by copying the text on either
    side: a long report has many lines.)"""
    end = newline
    while end > 0 and text[end - 1] in " \t\n":
        end -= 1
    return (end > 0 and text[end - 1] in ":;,") or _BULLET_NEXT.match(text, newline + 1) is not None


def _sentence_starts(text: str) -> list[int]:
    """Where sentences start. A line ending in ':', ';' or ',' and bulleted lines carry on the
    sentence, so a list of figures under "Збито:" keeps its verb."""
    starts = [0]
    for match in re.finditer(r"[.!?](?=\s+[«\"“A-ZА-ЯІЇЄҐЁ])|\n", text):
        if match.group() == "\n" and _carries_on(text, match.start()):
            continue
        starts.append(match.end())
    return starts


def _night(text: str, lexicon: _Lexicon, published: date) -> tuple[date, tuple[int, int] | None]:
    """The date the night ends, and where the text says so. "Цієї ночі", "минулої ночі", "overnight"
    or no phrase at all mean the night that ended on the publication date."""
    for match in _finditer(lexicon.night_re, lexicon.night_low_re, text):
        parts = re.split(r"[(;\n,]", text[match.end():match.end() + 40])
        # "в ніч на середу, 13 вересня": a weekday before the comma does not end the phrase.
        window = parts[0] if re.search(r"\d", parts[0]) or len(parts) == 1 else parts[0] + " " + parts[1]
        month = lexicon.month_re.search(window)
        if not month:
            continue
        day = _day_near_month(window, month)
        if day is None:
            continue
        month_number = lexicon.months[month.group().rstrip(".").lower()]
        night = _dated(published, month_number, day)
        if night and night < published and _figures_before(text, match.start(), lexicon):
            # ("destroyed eight of the 10 drones Russia launched overnight. ... Overnight on Feb. 21, 13 were
            # downed": the figures told first are the report's own night's; a night dated after them, another's)
            return published, None
        if night:
            return night, (match.start(), match.end() + month.end())
    return published, None


def _figures_before(text: str, position: int, lexicon: _Lexicon) -> bool:
    """Whether a sentence before the one holding a position tells a launched or downed figure in digits
    (the headline aside)."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
    body = text.find("\n")
    earlier = text[body + 1 if 0 <= body < start else 0:max(start, 0)]
    return bool(re.search(r"\d", earlier)) and bool(_cues(earlier, lexicon))


def _day_near_month(window: str, month: re.Match[str]) -> int | None:
    """The last day number of "з 7 на 8 лютого" / "February 7 to 8" / "Feb. 8"."""
    before = re.findall(r"\d{1,2}", window[:month.start()])
    if before:
        return int(before[-1])
    after = re.match(r"\s*(\d{1,2})(?:\s*(?:-|–|to|into|and)\s*(\d{1,2}))?(?!\d)", window[month.end():])
    if after:
        return int(after.group(2) or after.group(1))
    return None


def _dated(published: date, month: int, day: int) -> date | None:
    """The night on or just before the publication date (a summary of 31 December read in January)."""
    for year in (published.year, published.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= published + timedelta(days=1):
            return candidate
    return None


def _launch_areas(text: str, lexicon: _Lexicon, blockers: list[tuple[int, int]]) -> list[tuple[int, list[str]]]:
    """("з напрямків Курськ, Брянськ" -> ["Курськ", "Брянськ"]) with the position of each phrase.

    A phrase runs to the end of its clause, the next number, weapon, verb or launch phrase; its
    names are proper names of at most four words, so "..., the Air Force said" is not one."""
    markers = sorted(
        [m.span() for m in _finditer(lexicon.area_re, lexicon.area_low_re, text)]
        + [m.span() for m in lexicon.area_before_name_re.finditer(text)],
        key=lambda span: (span[0], -span[1]),  # the longest phrase at a position: "from the Russian cities of"
    )
    block_starts = sorted({start for start, _ in blockers} | {start for start, _ in markers})
    areas = []
    last_end = -1
    for start, end in markers:
        if start < last_end:
            continue
        stop = len(text)
        stop_char = re.search(r"[.;!?()\n]|\s[–—-]\s", text[end:])
        if stop_char:
            stop = end + stop_char.start()
        index = bisect.bisect_left(block_starts, end)
        if index < len(block_starts):
            stop = min(stop, block_starts[index])
        names = []
        for name in lexicon.joiner_re.split(text[end:stop].lstrip(" :")):
            name = name.strip(" \t«»\"'“”")
            if not name:
                continue
            if _word_count(name) > 4 or not any(char.isupper() for char in name):
                break
            names.append(name)
        if names:
            areas.append((start, names))
        last_end = end
    return areas


# The dot of an initial inside a word ("U.S.-supplied"), no full stop.
_INITIALS_DOT = re.compile(r"(?<=\b[^\W\d_])\.(?=[^\W\d_]\.|-)")

# From a verb to the first entry of the list it heads: a colon, a bullet, a few words ("guided air").
_FIRST_ENTRY = re.compile(r"\s*:\s*(?:[-•*–—]\s*)?(?:[^\W\d_]+\s+){0,4}")


def _counts(text: str, numbers: list[_Number], mentions: list[WeaponName], cues: list[_Cue],
            lexicon: _Lexicon) -> tuple[list[_Count], list[_Number]]:
    """Numbers next to a weapon name become counts ("14 крилатих ракет Х-101", "Х-101 – 14 од.");
    the rest stay bare numbers."""
    counts, bare = [], []
    used: set[int] = set()
    number_starts = [number.start for number in numbers]
    cue_starts = [cue.start for cue in cues]
    mention_starts = [mention.span[0] for mention in mentions]

    def clear(gap_start: int, gap_end: int, max_words: int, stops: str = _STOP_CHARS + "–—", cue: bool = False) -> bool:
        """No stop, number or cue between (with ``cue``, a verb's participle may stand there: "три збиті ракети")."""
        gap = _INITIALS_DOT.sub("", text[gap_start:gap_end])  # ("three U.S.-made missiles")
        if any(char in stops for char in gap) or _word_count(gap) > max_words:
            return False
        if lexicon.subset_re.search(gap):
            return False
        return not _any_between(number_starts, gap_start, gap_end) and (
            cue or not _any_between(cue_starts, gap_start, gap_end))

    for number in numbers:
        index = bisect.bisect_left(mention_starts, number.end)
        # ("пережило три атаки - дронів і ракет": three attacks, not three weapons)
        if index == len(mentions) or index in used or lexicon.things_re.match(text, number.end) \
                or not clear(number.end, mentions[index].span[0], 3, _STOP_CHARS + "–—,", cue=True):
            bare.append(number)
            continue
        group = [index]
        while group[-1] + 1 < len(mentions):
            following = group[-1] + 1
            if not clear(mentions[group[-1]].span[1], mentions[following].span[0], 4) \
                    or lexicon.one_weapon_re.search(text[mentions[group[-1]].span[1]:mentions[following].span[1]]) \
                    or mentions[following].category != mentions[group[0]].category:
                # ("30 drones and a Kh-59": the missile is a count of its own; so in a language with no article,
                # "31 дроном «Шахед» и крылатой ракетой": a drone's count is no missile's)
                break
            group.append(following)
        used.update(group)
        if _counts_attacks(text, mentions[group[-1]].span, lexicon):
            continue  # ("14 drone strikes on refineries": a count of attacks, not of drones)
        weapons = [mentions[i] for i in group]
        counts.append(_Count(number.value, number.start, weapons[-1].span[1], weapons))

    # Lists also put the weapon first: "– Х-101/Х-555 – 14 од.;", "Kalibr: 10".
    mention_ends = [mention.span[1] for mention in mentions]
    for number in list(bare):
        index = bisect.bisect_right(mention_ends, number.start) - 1
        if index < 0 or index in used \
                or not re.fullmatch(r"[\s»”\"']*[–—:-]\s*", text[mention_ends[index]:number.start]):
            continue
        if not lexicon.after_weapon_re.match(text, number.end):
            continue
        group = [index]
        while group[0] > 0 and group[0] - 1 not in used \
                and clear(mention_ends[group[0] - 1], mention_starts[group[0]], 4):
            group.insert(0, group[0] - 1)
        used.update(group)
        bare.remove(number)
        weapons = [mentions[i] for i in group]
        counts.append(_Count(number.value, weapons[0].span[0], number.end, weapons))
    # One weapon told without a number, right after the verb: "випустила балістичну ракету
    # «Іскандер-М»", "знищено ракету Х-59", "fired a ballistic missile".
    for index, mention in enumerate(mentions):
        start = mention.span[0]
        cue = next((c for c in reversed(cues) if c.end <= start), None)
        # (One drone told as launched is a local strike's, "машину атаковал дрон", no night's tally.)
        if index in used or cue is None or cue.role not in ("launched", "shot_down") \
                or cue.role == "launched" and mention.category == "drone":
            continue
        # ("launched 30 drones and a Kh-59": one more, listed after a count the verb governs;
        # "shot down:\n\nguided air missile Kh-59 over ...;": a list's first entry, named without a number)
        listed = index > 0 and index - 1 in used and clear(mentions[index - 1].span[1], start, 2, _STOP_CHARS)
        entry = _FIRST_ENTRY.fullmatch(text, cue.end, start) is not None
        if not entry and (not lexicon.one_weapon_re.search(text[max(0, start - 12):mention.span[1]])
                          or not (listed or clear(cue.end, start, 5, _STOP_CHARS + "–—,"))):
            continue
        group = [index]
        while group[-1] + 1 < len(mentions) and group[-1] + 1 not in used \
                and clear(mentions[group[-1]].span[1], mentions[group[-1] + 1].span[0], 2, _STOP_CHARS + ","):
            group.append(group[-1] + 1)
        if lexicon.kind_of_attack_re and lexicon.kind_of_attack_re.match(text, mentions[group[-1]].span[1]):
            continue  # ("launched a massive missile and drone attack": the attack's kind, no weapon counted)
        used.update(group)
        counts.append(_Count(1, start, mentions[group[-1]].span[1], [mentions[i] for i in group]))
    for count in counts:
        # ("понад 50", or a round count of tens: "чотири десятки дронів")
        count.approximate = bool(lexicon.approximate_re.search(text[max(0, count.start - 24):count.start])) or any(
            word in lexicon.multipliers for word in re.findall(r"\w+", text[count.start:count.end].lower()))
    counts.sort(key=lambda count: count.start)
    return counts, bare


def _counts_attacks(text: str, span: tuple[int, int], lexicon: _Lexicon) -> bool:
    """Whether a weapon's name is the kind of the attacks a number counts: "14 drone strikes", the
    weapon's word as the noun's modifier before the attacks in the plural (not "50 drones strike")."""
    kind = lexicon.kind_of_attack_re.match(text, span[1]) if lexicon.kind_of_attack_re else None
    return kind is not None and kind.group().endswith("s") and not text[span[0]:span[1]].endswith("s")


# ---------------------------------------------------------------------------------------------
# The reader


def read_night_summary(text: str, published: date | str, source: str = "", language: str | None = None
                       ) -> list[AttackRecord]:
    """The attack records of one night summary, in Ukrainian, Russian or English.

    Each weapon group's launched count becomes a record; each "збито N X" is matched to its
    group by model, then by weapon type, then by category ("ракет", "БпЛА" class totals); a
    figure that fits several groups equally is left out rather than guessed. The Air Force lists
    everything it shot down, so once a summary gives any shot-down figure, a launched group it
    does not mention had none shot down (0). Launch areas ("з напрямків Курськ, Брянськ", "from
    the Black Sea") are kept on the record, never as struck places.
    """
    published_day = _as_date(published)
    text = text.replace("\u00a0", " ")
    # The reader that called may know the language already; else the words tell.
    lexicon = _lexicon(language) if language in LANGUAGES else _pick_lexicon(text)
    # ("з яких 13, за його словами, були збиті": blanked, so every position stays the text's own.)
    text = lexicon.aside_re.sub(lambda m: " " * len(m.group()), text)
    text = blank_emphasis(text)
    night, night_span = _night(text, lexicon, published_day)
    mentions = weapons_in_text(text)
    numbers = _numbers(text, lexicon, [mention.span for mention in mentions] + ([night_span] if night_span else []))
    cues = _cues_outside(mentions, _cues(text, lexicon), text, lexicon)
    starts = _sentence_starts(text)

    def sentence(position: int) -> int:
        return bisect.bisect_right(starts, position)

    # Figures of another night ("Попередньої ночі збили десять") are that night's, not this one's.
    elsewhere, told_earlier = _other_night_sentences(text, lexicon, published_day, night, starts)
    numbers = [number for number in numbers if sentence(number.start) not in elsewhere]
    if any(sentence(number.start) not in told_earlier for number in numbers):
        elsewhere |= told_earlier
        numbers = [number for number in numbers if sentence(number.start) not in told_earlier]
    cues = [cue for cue in cues if sentence(cue.start) not in elsewhere]

    counts, bare = _counts(text, numbers, mentions, cues, lexicon)
    for count in counts:
        count.role = _count_role(text, count, cues, sentence, lexicon)

    def new_record(count: _Count) -> AttackRecord:
        return AttackRecord(night=night, model=count.model, weapon_type=count.weapon_type,
                            category=count.category, source=source)

    counts = [count for count in counts if not _local_launch(count, counts, text, sentence, lexicon, starts)]
    records = _launch_records(counts, sentence, new_record)
    counts = [count for count in counts if not _regional_part(count, counts, text, sentence, lexicon, starts)
              and not _before_its_group(count, records, text, sentence, lexicon)]
    rounded: set[int] = set()  # records whose shot-down figure so far is a round one
    local = [count for count in counts if count.role == "shot_down" and not _country_wide(count, text, sentence, lexicon, starts)]
    figures_given = _add_counted_figures(records, counts, sentence, new_record, rounded, text, lexicon)
    figures_given |= _all_shot_down(text, records, cues, numbers, mentions, sentence, lexicon)
    spoken_for = _all_but_shot_down(text, records, numbers, sentence, lexicon)
    figures_given |= bool(spoken_for)
    references = {number.start for number in bare if lexicon.reference_re.search(text[max(0, number.start - 12):number.start])}
    for number in bare:
        if number.start in references:
            _launched_after_its_count(text, number, counts, records, lexicon)
        if number.start in references or number.start in spoken_for:
            continue
        role = _bare_role(text, number, numbers, cues, sentence, lexicon)
        earlier = [record for position, record in records if position < number.start and record.launched is not None]
        if not earlier and sentence(number.start) == 1:
            # A headline sums up what the body tells after it: "з 28 «шахедів» знищено 24".
            earlier = [record for _, record in records if record.launched is not None]
        launched = [record for _, record in records if record.launched is not None]
        named = _referred_record(text, number, numbers, launched, lexicon)  # "38 of the 42 drones": named after it
        if role in ("shot_down", "not_reached") and (earlier or named):
            target = named or _referred_record(text, number, numbers, earlier, lexicon) or earlier[-1]
            if target.shot_down is not None and target.shot_down == target.launched:
                continue  # all were shot down: "one over Mykolaiv, nine over Odesa" tells where
            if role == "shot_down" and not named and target.launched is not None and number.value > target.launched \
                    and len(told := [r for p, r in records if r.launched is not None
                                     and sentence(p) == sentence(number.start)]) >= 2 \
                    and sum(r.launched for r in told) >= number.value:
                # "79 drones and two missiles, of which 67 were shot down": downed of them all, no one
                # group's figure.
                continue
            if role == "shot_down" and target.shot_down is not None and id(target) not in rounded and not lexicon.more_re.search(
                    text[max(0, number.start - 16):number.start]) and sum(
                    n.value for n in bare if sentence(n.start) == sentence(number.start)) <= target.shot_down:
                continue  # "44 destroyed. Command Centre downed 18, South 12, East 9": where the 44 were downed
            figures_given |= role == "shot_down"
            parts = [count for count in local if count.start > number.start
                     and _find_record(records, count.model, count.category, count.weapon_type) is target]
            if role == "shot_down" and parts and number.value > sum(c.value for c in parts) == target.shot_down:
                target.shot_down = number.value  # "11 of them were downed", then "nine around Kyiv": among the 11
                continue
            _add_figure(target, role, number.value, False, rounded)

    blockers = [m.span for m in mentions] + [(n.start, n.end) for n in numbers] + [(c.start, c.end) for c in cues]
    for position, names in _launch_areas(text, lexicon, blockers):
        target = _launch_area_owner(records, mentions, position, sentence)
        if target is not None:
            target.launch_areas.extend(name for name in names if name not in target.launch_areas)

    result = [record for _, record in sorted(records, key=lambda pair: pair[0])]
    all_downed = _all_downed_told(text, cues, numbers, mentions, sentence, lexicon)
    for record in result:
        if record.launched is None and record.shot_down and (None in all_downed or record.category in all_downed):
            record.launched = record.shot_down  # "ППО збили усі ворожі цілі ... знищили шість дронів": six came
    if figures_given:
        for record in result:
            if record.launched is not None and record.shot_down is None:
                record.shot_down = 0
    return result


def _other_night_sentences(text: str, lexicon: _Lexicon, published: date, night: date,
                           starts: list[int]) -> tuple[set[int], set[int]]:
    """Sentences about another night: one that dates a night other than the summary's, or says
    "the night before" without naming the summary's own night; and a tally told as earlier news
    ("Earlier, the governor said 26 were downed") or over a month or more, another count than the summary's own, when
    the text has a count of its own (returned apart: the caller knows the figures)."""
    found: set[int] = set()
    counting: set[int] = set()  # of those, the sentences that give a count
    told_earlier: set[int] = set()
    # A phrase whose every needed string is missing from the whole text is missing from each of
    # its sentences: those tests are left out of the loop.
    whole = text.lower()
    told_re, period_re, night_re, earlier_re = (
        pattern if _may_hold(pattern, whole) else None
        for pattern in (lexicon.earlier_told_re, lexicon.period_re, lexicon.night_re, lexicon.earlier_night_re))
    if not any(pattern and pattern.search(text) for pattern in (night_re, earlier_re, told_re, period_re)):
        return found, told_earlier  # no sentence names a night (each phrase ends in a letter, so a sentence's ends change nothing)
    for number, start in enumerate(starts, start=1):
        end = starts[number] if number < len(starts) else len(text)
        here = text[start:end]
        low = here.lower()  # most sentences hold none of the phrases: a substring test says so
        dated, span = _night(here, lexicon, published) if night_re and _may_hold(night_re, low) else (published, None)
        # (A recap that names its own night is that night's: "Як повідомлялося, в ніч на 13 вересня ...".)
        if not (span is not None and dated != night) and (
                (told_re and _may_hold(told_re, low) and told_re.match(here))
                or (period_re and _may_hold(period_re, low) and period_re.search(here))):
            told_earlier.add(number)  # "Earlier, ... 26 were downed", "in September alone, 538 drones"
            continue
        if span is not None and dated != night \
                or span is None and earlier_re and _may_hold(earlier_re, low) and earlier_re.search(here):
            found.add(number)
        elif span is None and number - 1 in counting:
            found.add(number)  # "В ніч на 13 вересня ... 44 дрони. ППО збили 32.": that night's count goes on
        else:
            continue
        if _DIGITS_RE.search(here) or lexicon.number_word_re.search(here):
            counting.add(number)  # (a sentence of the day before with no count tells no tally to go on with)
    return found, told_earlier


# Per pattern's text (a compiled pattern hashes its whole program each time it is a key).
_NEEDED: dict[str, tuple[str, ...]] = {}


def _may_hold(pattern: re.Pattern[str], low: str) -> bool:
    """False when the lowercased text cannot hold a match of the case-insensitive pattern: a few
    substring tests instead of a long alternation tried at every letter."""
    needed = _NEEDED.get(pattern.pattern)
    if needed is None:
        from dashboard.extract.lexicon import needed_strings  # (the extraction package imports this module)

        needed = _NEEDED[pattern.pattern] = needed_strings(lowercase_pattern(pattern.pattern))
    for string in needed:  # (a loop: a generator in any() costs more than most of these tests)
        if string in low:
            return True
    return not needed


def _launched_after_its_count(text: str, number: _Number, counts: list[_Count], records: list[tuple[int, AttackRecord]],
                              lexicon: _Lexicon) -> None:
    """ "destroyed 15 cruise missiles out of 18", "знищено 15 ракет із 18": the group counted shot down
    names, after it, how many were launched."""
    count = next((c for c in counts if c.end <= number.start and c.role in ("shot_down", "not_reached")
                  and number.start - c.end <= 14 and lexicon.reference_re.fullmatch(text[c.end:number.start].lstrip())),
                 None)
    if count is None:
        return
    target = _find_record(records, count.model, count.category, count.weapon_type)
    if target is not None and target.launched is None:
        target.launched = number.value


def _referred_record(text: str, number: _Number, numbers: list[_Number], records: list[AttackRecord],
                     lexicon: _Lexicon) -> AttackRecord | None:
    """The group "вісім із чотирнадцяти" / "17 out of 22" names by its launched figure."""
    for other in numbers:
        if other.start <= number.end or other.start - number.end > 16:
            continue
        if not lexicon.reference_re.search(text[number.end:other.start]):
            return None
        same = [record for record in records if record.launched == other.value]
        return same[-1] if len(same) == 1 else None
    return None


def _all_claims(text: str, cues: list[_Cue], numbers: list[_Number], mentions: list[WeaponName],
                sentence: _SentenceOf, lexicon: _Lexicon) -> Iterator[tuple[_Cue, re.Match[str], str | None]]:
    """Each "all ... shot down" the text tells, with no count of its own: (the verb, the word "all", the
    weapon class named right after the word, if any). A count beside the verb, or "not all" / "almost
    all", makes it a figure of its own; so does a count right after the word ("all 28 missiles")."""
    number_starts = [number.start for number in numbers]
    for cue in cues:
        if cue.role != "shot_down":
            continue
        here = sentence(cue.start)
        for match in lexicon.all_of_them_re.finditer(text, max(0, cue.start - 30), min(len(text), cue.end + 30)):
            gap_start, gap_end = (match.end(), cue.start) if match.end() <= cue.start else (cue.end, match.start())
            gap = text[gap_start:gap_end]
            # "downed seven missiles and all of the drones": the word with its own weapon after it, the
            # count between is another weapon's (so "all the drones were shot down" before the verb).
            own = next((mention.category for mention in mentions if 0 <= mention.span[0] - match.end() <= 9
                        and _word_count(text[match.end():mention.span[0]]) <= 2
                        and not any(char in ".,;:!?()–—" for char in text[match.end():mention.span[0]])), None)
            if sentence(match.start()) != here or any(char in ".,;!?()\n" for char in gap) or _word_count(gap) > 3 \
                    or (own is None and _any_between(number_starts, gap_start, gap_end)) \
                    or _any_between(number_starts, match.end(), match.end() + 2) \
                    or lexicon.not_all_re.search(text[max(0, match.start() - 12):match.start()]) \
                    or any(m.start() <= match.start() for m in lexicon.not_shot_down_re.finditer(
                        text, match.start(), match.end() + 40)):
                continue  # (nor "all but two", "всі дрони, крім двох")
            yield cue, match, own
            break


def _all_shot_down(text: str, records: list[tuple[int, AttackRecord]], cues: list[_Cue], numbers: list[_Number],
                   mentions: list[WeaponName], sentence: _SentenceOf, lexicon: _Lexicon) -> bool:
    """ "...launched 11 drones, and all of them were shot down": every group launched in that
    sentence (or before it, when the sentence names none) was shot down in full."""
    given = False
    for cue, match, own in _all_claims(text, cues, numbers, mentions, sentence, lexicon):
        here = sentence(cue.start)
        launched = [(start, record) for start, record in records if record.launched is not None
                    and record.shot_down is None and (own is None or record.category == own)]
        named = {mention.category for mention in mentions if sentence(mention.span[0]) == here
                 and 0 <= min(cue.start, match.start()) - mention.span[1] <= 30}
        mine = [record for start, record in launched if sentence(start) == here] \
            or [record for start, record in launched if start < cue.start
                and (not named or record.category in named)]  # "Ракети були збиті усі": the missiles
        for record in mine:
            record.shot_down = record.launched
            given = True
    return given


def _all_downed_told(text: str, cues: list[_Cue], numbers: list[_Number], mentions: list[WeaponName],
                     sentence: _SentenceOf, lexicon: _Lexicon) -> set[str | None]:
    """The weapon classes the text says were all shot down (None: every target, "Сили ППО збили усі
    ворожі цілі"): a shot-down figure of theirs told without a launch is then the launch too."""
    return {own for _, _, own in _all_claims(text, cues, numbers, mentions, sentence, lexicon)}


def _all_but_shot_down(text: str, records: list[tuple[int, AttackRecord]], numbers: list[_Number],
                       sentence: _SentenceOf, lexicon: _Lexicon) -> set[int]:
    """ "Збити не вдалося лише чотири": the group launched before was shot down but for that many.
    Returns where those numbers stand, so they are not read again as shot down."""
    used = set()
    for match in lexicon.not_shot_down_re.finditer(text):
        here = sentence(match.start())
        near = [n for n in numbers if sentence(n.start) == here and abs(n.start - match.end()) <= 25
                or sentence(n.start) == here and 0 <= match.start() - n.end <= 25]
        launched = [record for position, record in records if position < match.start() and record.launched is not None]
        if len(near) != 1 or not launched:
            continue
        record = launched[-1]
        if record.shot_down is None and near[0].value < record.launched:
            record.shot_down = record.launched - near[0].value
            used.add(near[0].start)
    return used


def _cues_outside(mentions: list[WeaponName], cues: list[_Cue], text: str, lexicon: _Lexicon) -> list[_Cue]:
    """Verbs that are not part of a weapon's name ("attack" in "attack drones", and in "attack UAVs"
    where only "UAVs" is the name)."""
    starts = [mention.span[0] for mention in mentions]

    def inside(cue: _Cue) -> bool:
        index = bisect.bisect_left(starts, cue.end) - 1
        if index >= 0 and mentions[index].span[1] > cue.start:
            return True
        following = bisect.bisect_left(starts, cue.end)
        return following < len(starts) and text[cue.end:starts[following]] == " " \
            and text[cue.start:cue.end].lower() in lexicon.weapon_adjectives

    return [cue for cue in cues if not inside(cue)]


def _launch_records(counts: list[_Count], sentence: _SentenceOf,
                    new_record: _NewRecord) -> list[tuple[int, AttackRecord]]:
    """One record per launched group, with its position; a restated figure is not a second group."""
    records: list[tuple[int, AttackRecord]] = []
    rounded: list[AttackRecord] = []  # records whose launched figure so far is a round one
    launches = [count for count in counts if count.role == "launched"]
    for count in launches:
        if count.model is None and _broken_down(count, launches, sentence):
            continue
        existing = _find_record(records, count.model, count.category, count.weapon_type)
        if existing and existing.launched == count.value:
            continue
        if existing and existing.model == count.model and (count.approximate or existing in rounded):
            # "понад п'ятьма десятками ... 54 ударні БпЛА": the round figure and the exact one are one
            # group told twice; the exact one stands.
            if existing in rounded and not count.approximate:
                existing.launched = count.value
                rounded.remove(existing)
            continue
        if existing and existing.model == count.model:
            existing.launched = (existing.launched or 0) + count.value
            continue
        record = new_record(count)
        record.launched = count.value
        records.append((count.start, record))
        if count.approximate:
            rounded.append(record)
    return records


def _add_counted_figures(records: list[tuple[int, AttackRecord]], counts: list[_Count], sentence: _SentenceOf,
                         new_record: _NewRecord, rounded: set[int], text: str, lexicon: _Lexicon) -> bool:
    """Shot-down and lost counts onto their groups; whether any shot-down figure was given.

    A figure for a weapon the summary did not say was launched gets its own record, unless it
    could belong to more than one launched group of its category."""
    shot_down_given = False
    for count in counts:
        if count.role not in ("shot_down", "not_reached"):
            continue
        if count.model is None and _broken_down(count, [c for c in counts if c.role == count.role], sentence):
            continue
        target = _find_record(records, count.model, count.category, count.weapon_type)
        if target is None and not _records_of_category(records, count.category):
            target = new_record(count)
            records.append((count.start, target))
        if target is not None:
            shot_down_given |= count.role == "shot_down"
            _add_figure(target, count.role, count.value, count.approximate, rounded)
            if count.role == "shot_down" and target.launched is None and _all_of(text, count, lexicon):
                target.launched = count.value  # "destroyed all 39 Shahed drones": 39 came
    return shot_down_given


def _all_of(text: str, count: _Count, lexicon: _Lexicon) -> bool:
    """Whether a count is told as all there were ("all 39 drones", "усі 12 ракет")."""
    before = text[max(0, count.start - 30):count.start]
    found = [m for m in lexicon.all_of_them_re.finditer(before) if not before[m.end():].strip()]
    return bool(found) and not lexicon.not_all_re.search(before[max(0, found[-1].start() - 12):found[-1].start()])


def _as_date(published: date | str) -> date:
    if isinstance(published, datetime):
        return published.date()
    if isinstance(published, date):
        return published
    try:
        return date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        raise AttackRecordError(f"publication date {published!r} is not a date (expected YYYY-MM-DD)") from None


def _count_role(text: str, count: _Count, cues: list[_Cue], sentence: _SentenceOf,
                lexicon: _Lexicon) -> str | None:
    """The verb that governs a count: one right after it, else the last one before it in its
    sentence, else the next one."""
    inside = [cue for cue in cues if count.start < cue.start < count.end]
    if inside:
        return inside[-1].role  # "три збиті ракети", "three downed missiles"
    before_text = text[max(0, count.start - 40):count.start]
    if lexicon.subset_re.search(before_text[-14:]) or any(
            not before_text[m.end():].strip() for m in lexicon.not_shot_down_re.finditer(before_text)):
        return None  # ("all but two drones": the two got through; see _all_but_shot_down)
    if lexicon.reference_re.search(before_text) and not _told_as_total(count, text, lexicon):
        return "launched"  # ("downed 30 of 41 drones"; not "a total of 45 drones had been downed")
    if lexicon.part_of_total_re is not None and lexicon.part_of_total_re.search(
            re.split(r"[.;!?\n]", text[count.end:count.end + 120], maxsplit=1)[0]):
        return None  # ("eight Kinzhal missiles ... were among the projectiles": a part of the night's total)
    earlier = _cue_before(cues, count.start, sentence)
    later = _cue_after(cues, count.end, sentence)
    if later and later.role == "launched" and _launch_area_at(text, later.end, lexicon):
        # "One X-59 missile launched from the Kursk region was also downed": where it was launched
        # from tells of the weapon; the clause's verb is the next one.
        further = _cue_after(cues, later.end, sentence)
        later = further if further is not None and further.role != "launched" else later
    if later and _close_verb_gap(text[count.end:later.start]):
        if later.role == "launched" and not text[count.end:later.start].strip() and earlier is not None \
                and earlier.role != "launched" and _word_count(text[earlier.end:count.start]) <= 2:
            return earlier.role  # "shot down four drones used overnight": the participle tells of the drones
        return later.role  # "12 decoys were lost", "24 дрони-імітатори – локаційно втрачено"
    if earlier and lexicon.clause_opener_re is not None and lexicon.clause_opener_re.search(text[earlier.end:count.start]):
        earlier = None  # "a school was destroyed after a drone hit it": the drone is what destroyed it
    if earlier:
        return earlier.role
    return later.role if later else None


def _launch_area_at(text: str, position: int, lexicon: _Lexicon) -> bool:
    """Whether a launch area ("from the Kursk region", "з Брянської області") follows a position."""
    rest = text[position:position + 60].lstrip()
    return bool(lexicon.area_re.match(rest) or lexicon.area_before_name_re.match(rest))


def _close_verb_gap(gap: str) -> bool:
    """Whether a verb after a count is its own: at most two lowercase words between
    ("were lost", "had been downed"), not a clause about someone else ("that Russia launched")."""
    return bool(re.fullmatch(r"[\w'’\s–—-]*", gap)) and _word_count(gap) <= 2 and not any(c.isupper() for c in gap)


def _bare_role(text: str, number: _Number, numbers: list[_Number], cues: list[_Cue], sentence: _SentenceOf,
               lexicon: _Lexicon) -> str | None:
    """A number with no weapon after it ("69 were shot down", "збито 69, ще 20 ...", "downed 16 of
    the 18") counts for the last launched group, or the one it names by its launched figure, only
    when a shot-down or lost verb sits right beside it, or governs the clause that names the group."""
    if lexicon.things_re.match(text, number.end):
        return None  # "40 cars were destroyed"
    later = _cue_after(cues, number.end, sentence)
    named = _names_its_group(text, number, numbers, lexicon)
    if named and later and later.role == "launched":
        # "downed 36 of 63 drones launched by Russia", "38 of the 42 drones launched overnight were shot
        # down": the launch is the group's; the figure's own verb is the next one, or the one before.
        later = _cue_after(cues, later.end, sentence)
    if later:
        gap = text[number.end:later.start]
        if not any(char in ".,;!?()\n" for char in gap) and _word_count(lexicon.subset_re.sub(" ", gap)) <= 3:
            return later.role
        if named and not any(char in ".;!?\n" for char in gap):
            return later.role  # "38 of the 42 Shahed-type drones (UAV) shot down"
    earlier = _cue_before(cues, number.start, sentence)
    if earlier:
        gap = text[earlier.end:number.start]
        after = text[number.end:number.end + 40]
        ends_here = re.match(r"[ \t]*(?:[,.;)\n]|$)", after) or lexicon.subset_re.match(after.lstrip()) or named
        if _word_count(gap) <= 2 and not any(char in ".;!?()\n" for char in gap) and ends_here:
            return earlier.role
        if named and not any(char in ".;!?()\n" for char in gap):
            return earlier.role  # "збити всі 28 ракет та 15 із 16 безпілотників": the verb governs the list
    return None


def _names_its_group(text: str, number: _Number, numbers: list[_Number], lexicon: _Lexicon) -> bool:
    """ "16 of the 18 drones", "five out of the six": the figure names its group by the group's
    launched figure."""
    following = next((other for other in numbers if other.start > number.end), None)
    return following is not None and following.start - number.end <= 16 \
        and bool(lexicon.reference_re.search(text[number.end:following.start]))


_REGION_REACH = 60  # characters either side of a figure where the region it was downed over is named


def _regional_part(count: _Count, counts: list[_Count], text: str, sentence: _SentenceOf,
                   lexicon: _Lexicon, starts: list[int]) -> bool:
    """A smaller figure in a later sentence, after a total of its kind, is a part of that total
    ("87 drones downed overnight. Ten over the Belgorod region, eight over Voronezh"), or after it
    and a colon in the same sentence, unless it says it is more ("another 19 suppressed"). So is a
    figure told before the whole country's ("three drones downed over our region", then "all 39
    drones launched at Ukraine were destroyed"), or before a whole ("a total of 45") or a larger figure
    told over no region: the region's share of the night."""
    if count.role not in ("shot_down", "not_reached"):
        return False
    if not _country_wide(count, text, sentence, lexicon, starts) and any(
            other.role == count.role and other.category == count.category and other.value > count.value
            and sentence(other.start) > sentence(count.start)
            and (_country_wide(other, text, sentence, lexicon, starts) or _told_as_total(other, text, lexicon)
                 or _over_a_region(count, text, sentence, lexicon, starts)
                 and not _over_a_region(other, text, sentence, lexicon, starts)
                 and not lexicon.more_re.search(text[max(0, other.start - 16):other.start]))
            for other in counts):
        return True
    if lexicon.more_re.search(text[max(0, count.start - 16):count.start]) and not lexicon.region_re.search(
            text[max(0, count.start - _REGION_REACH):count.end + _REGION_REACH]):
        return False  # ("another 19 suppressed": more; "another 11 over the Voronezh region": where)
    # (Not after a round figure: "four dozen drones downed", then "39 downed" is that figure exactly.)
    return any(other.role == count.role and other.category == count.category and other.value > count.value
               and not other.approximate and (sentence(other.start) < sentence(count.start) or count.model is None and other.end < count.start
                    and ":" in text[other.end:count.start])  # "уничтожены восемь БпЛА: три БпЛА — над ..."
               and (other.model is None or other.model == count.model)
               for other in counts)


def _over_a_region(count: _Count, text: str, sentence: _SentenceOf, lexicon: _Lexicon, starts: list[int]) -> bool:
    """Whether a figure's own sentence names a region near it ("two drones over the region"): a
    region's share, when a larger figure that names none follows ("22 drones overnight", the ministry's)."""
    return bool(lexicon.region_re.search(_around(count, text, sentence, starts, _REGION_REACH)))


def _told_as_total(count: _Count, text: str, lexicon: _Lexicon) -> bool:
    """Whether a figure is told as the whole ("a total of 45 drones", "Всего за ночь уничтожены 45"):
    the figures over single regions told before it are its parts."""
    return lexicon.total_re is not None and bool(lexicon.total_re.search(text[max(0, count.start - 40):count.start]))


def _before_its_group(count: _Count, records: list[tuple[int, AttackRecord]], text: str, sentence: _SentenceOf,
                      lexicon: _Lexicon) -> bool:
    """A figure downed over a region, told in the body before any sentence that says how many of its
    kind were launched ("one UAV downed above the Voronezh region", then the Air Force's count of the
    night), is another tally: the summary gives its own after the launch."""
    if count.role != "shot_down" or sentence(count.start) == 1 or not lexicon.region_re.search(
            text[max(0, count.start - _REGION_REACH):count.end + _REGION_REACH]):
        return False
    groups = [position for position, record in records if record.category == count.category and record.launched is not None]
    return bool(groups) and all(sentence(position) > sentence(count.start) for position in groups)


def _local_launch(count: _Count, counts: list[_Count], text: str, sentence: _SentenceOf, lexicon: _Lexicon,
                  starts: list[int]) -> bool:
    """"Two drones attacked the Vorozhba community" beside "Russia launched 49 drones at
    Ukraine": a local strike's weapons are among the country-wide count, not a group of their own."""
    if count.role != "launched":
        return False

    return not _country_wide(count, text, sentence, lexicon, starts) and any(
        other.role in ("launched", "shot_down") and other.category == count.category and other.value > count.value
        and _country_wide(other, text, sentence, lexicon, starts) for other in counts)


def _country_wide(count: _Count, text: str, sentence: _SentenceOf, lexicon: _Lexicon, starts: list[int]) -> bool:
    """Whether a figure's sentence tells of the whole country ("launched 49 drones at Ukraine"), near the
    figure (not "30 drones hit Kyiv, killing four, days after Putin vowed no more strikes on Ukraine")."""
    return bool(lexicon.country_wide_re.search(_around(count, text, sentence, starts, _COUNTRY_REACH)))


def _around(count: _Count, text: str, sentence: _SentenceOf, starts: list[int], reach: int) -> str:
    """The text of a figure's own sentence within ``reach`` characters either side of it."""
    n = sentence(count.start)
    begin, end = starts[n - 1], starts[n] if n < len(starts) else len(text)
    return text[max(begin, count.start - reach):min(end, count.end + reach)]


_COUNTRY_REACH = 80  # characters either side of a figure its "at Ukraine" stands within


def _broken_down(count: _Count, same_role: list[_Count], sentence: _SentenceOf) -> bool:
    """A class total ("37 ракет: 21 Х-101, 16 Калібр") is dropped when named models of its
    category follow in the same sentence, or when a named model repeats its figure."""
    for other in same_role:
        if other is count or other.model is None or other.category != count.category:
            continue
        if other.value == count.value:
            return True
        if other.start > count.start and sentence(other.start) == sentence(count.start):
            return True
    return False


def _records_of_category(records: list[tuple[int, AttackRecord]], category: str) -> list[AttackRecord]:
    """Records of one category (missile, drone, bomb), in the order the text gave them."""
    return [record for _, record in records if record.category == category]


def _find_record(records: list[tuple[int, AttackRecord]], model: str | None, category: str,
                 weapon_type: str) -> AttackRecord | None:
    """The record a figure belongs to: same model; else the only one of its category or type."""
    if model:
        for _, record in records:
            if record.model == model:
                return record
        for _, record in records:
            # (one of a pair told before: a headline's "Іскандери", then the body's "Іскандер-М і Іскандер-К")
            if record.model and (model in record.model.split(" and ") or record.model in model.split(" and ")):
                return record
    same_category = _records_of_category(records, category)
    if model:
        unnamed = [record for record in same_category if record.model is None]
        return unnamed[0] if len(unnamed) == 1 else None
    if len(same_category) == 1:
        return same_category[0]
    same_type = [record for record in same_category if record.weapon_type == weapon_type]
    return same_type[0] if len(same_type) == 1 else None


def _add_figure(record: AttackRecord, role: str, value: int, approximate: bool = False,
                rounded: set[int] | None = None) -> None:
    """Figures for one group add up ("50 збито, ще 19 подавлено"); a repeated figure is a restatement,
    and so is an exact one after a round one ("збили чотири десятки дронів ... збито 39"), which stands."""
    current = getattr(record, role)
    key = id(record) if rounded is not None else None
    if current == value or (current is not None and approximate):
        return
    if key in (rounded or ()):
        rounded.discard(key)
        setattr(record, role, value)
        return
    if approximate and rounded is not None:
        rounded.add(key)
    setattr(record, role, value if current is None else current + value)


def _launch_area_owner(records: list[tuple[int, AttackRecord]], mentions: list[WeaponName], position: int,
                       sentence: _SentenceOf) -> AttackRecord | None:
    """The launched group a "з напрямку ..." phrase belongs to: the one it follows in its sentence,
    else the one it precedes, else the weapon the sentence names ("The drones came from ...")."""
    here = sentence(position)
    launched = [(start, record) for start, record in records if record.launched is not None and sentence(start) == here]
    before = [record for start, record in launched if start < position]
    if before:
        return before[-1]
    after = [record for start, record in launched if start > position]
    if after:
        return after[0]
    named = [mention for mention in mentions if mention.span[1] <= position and sentence(mention.span[0]) == here]
    if named:
        weapon = named[-1]
        return _find_record([(start, record) for start, record in records if record.launched is not None],
                            weapon.model, weapon.category, weapon.weapon_type)
    return None


# ---------------------------------------------------------------------------------------------
# The digitised dataset

_REQUIRED_COLUMNS = ("time_start", "time_end", "model", "launched", "destroyed")


def read_airforce_dataset(path: str | Path) -> Iterator[AttackRecord]:
    """Records of the digitised Air Force summaries (`missile_attacks_daily.csv`).

    The file's cells are loose: counts as floats ("101.0"), "{}" or "nan" for nothing, dates with
    or without a time. Rows with no date or no model are skipped; a file without the needed
    columns raises `AttackRecordError`. The night is the date of `time_end` (else the day after
    an evening `time_start`).
    """
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise AttackRecordError(f"cannot read {path}: {error.strerror or error}") from None
    with handle:
        try:
            yield from _dataset_rows(csv.DictReader(handle), path)
        except (UnicodeDecodeError, csv.Error) as error:
            raise AttackRecordError(f"{path.name} is not a readable UTF-8 CSV file: {error}") from None


def _dataset_rows(reader: csv.DictReader, path: Path) -> Iterator[AttackRecord]:
    check_dataset_columns(reader.fieldnames or [], path)
    for row in reader:
        try:
            yield dataset_record(row)
        except AttackRecordError:
            continue


def check_dataset_columns(header: list[str], path: Path) -> None:
    """Raise `AttackRecordError` unless the header has the dataset's needed columns."""
    missing = [column for column in _REQUIRED_COLUMNS if column not in header]
    if missing:
        raise AttackRecordError(f"{path.name} is not an Air Force attack file: no column {', '.join(missing)}")


def dataset_record(row: dict[str, str]) -> AttackRecord:
    """One row of the dataset as a record; `AttackRecordError` says why a row cannot be one."""
    night = _dataset_night(row.get("time_start"), row.get("time_end"))
    model = _cell_text(row.get("model"))
    if night is None or not model:
        raise AttackRecordError("; ".join(
            reason for reason, bad in (("no date in time_start or time_end", night is None), ("no model", not model))
            if bad))
    category, weapon_type = _dataset_weapon(model)
    return AttackRecord(
        night=night,
        model=model,
        weapon_type=weapon_type,
        category=category,
        launched=_cell_count(row.get("launched")),
        shot_down=_cell_count(row.get("destroyed")),
        not_reached=_cell_count(row.get("not_reach_goal")),
        launch_areas=_and_list(row.get("launch_place")),
        source=_cell_text(row.get("source")) or "",
        regions=list(dict.fromkeys(_and_list(row.get("target")) + _and_list(row.get("target_main"))
                                   + _listed(row.get("affected region")))),
    )


def _and_list(value: str | None) -> list[str]:
    """"Kursk oblast and Chauda, Crimea" -> ["Kursk oblast", "Chauda, Crimea"]."""
    return [part.strip() for part in (_cell_text(value) or "").split(" and ") if part.strip()]


def _listed(value: str | None) -> list[str]:
    """"['Sumy oblast', 'Kharkiv oblast']" (a list as Python prints it) -> its names."""
    return [name for name in re.findall(r"'([^']+)'|\"([^\"]+)\"", _cell_text(value) or "") for name in name if name]


def monthly_totals(records: Iterator[AttackRecord] | list[AttackRecord]) -> dict[str, dict[str, int]]:
    """Launched, shot-down and not-reached sums per month of the night ("2025-06": {...})."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"launched": 0, "shot_down": 0, "not_reached": 0})
    for record in records:
        month = totals[record.night.strftime("%Y-%m")]
        for name in month:
            month[name] += getattr(record, name) or 0
    return dict(totals)


def _cell_text(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return None if value in ("", "{}", "[]", "nan", "NaN", "None") else value


def _cell_count(value: str | None) -> int | None:
    text = _cell_text(value)
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return None if math.isnan(number) or number < 0 else int(round(number))


def _parse_moment(value: str | None) -> datetime | None:
    text = _cell_text(value)
    if text is None:
        return None
    for length, pattern in ((16, "%Y-%m-%d %H:%M"), (10, "%Y-%m-%d")):
        try:
            return datetime.strptime(text[:length], pattern)
        except ValueError:
            continue
    return None


def _dataset_night(time_start: str | None, time_end: str | None) -> date | None:
    end = _parse_moment(time_end)
    if end is not None:
        return end.date()
    start = _parse_moment(time_start)
    if start is None:
        return None
    return start.date() + timedelta(days=1) if start.hour >= 12 else start.date()


def _dataset_weapon(model: str) -> tuple[str, str]:
    """Category and weapon type of a dataset model, joint ones ("X-101/X-555 and Kalibr") included."""
    parts = []
    for name in model.split(" and "):
        row = model_info(name.strip())
        if row is not None:
            parts.append((row.category, row.weapon_type))
            continue
        mention = normalise_weapon(name)
        if mention is not None:
            parts.append((mention.category, mention.weapon_type))
    if not parts:
        return "unknown", "unknown"
    categories = {category for category, _ in parts}
    types = {weapon_type for _, weapon_type in parts}
    category = categories.pop() if len(categories) == 1 else "unknown"
    weapon_type = types.pop() if len(types) == 1 else ("missile" if category == "missile" else "unknown")
    return category, weapon_type
