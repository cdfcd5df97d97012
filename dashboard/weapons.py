"""Weapon names as reports write them, mapped to one vocabulary.

Reports name the same weapon many ways ("Shahed drones", "шахедів", "Герань-2", "ударні БпЛА");
the map filters and the attack records need one model name, a category (missile, drone, bomb)
and the project's weapon type. The names live in `extract/lexicons/weapon_models.csv`, one row per model
(or per class phrase such as "крилата ракета", which has no model), with an example phrase that
the tests run. Model names follow the Air Force's digitised night summaries, so records read
from report text and from that dataset compare directly.

Alias syntax: `|` separates aliases; `*` stands for any word ending ("шахед*" matches шахеди,
шахедів, шахедами; "геран*-2" matches Герань-2, Герані-2); matching ignores case and takes
whole words only.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard.events import WEAPONS
from dashboard.lowercase import lowercase_pattern

WEAPON_MODELS_CSV = Path(__file__).parent / "extract" / "lexicons" / "weapon_models.csv"
CATEGORIES = ("missile", "drone", "bomb")

_WORD_CHARS = r"[\w'’ʼ]*"
# A mention ends at a word's end; a hyphen followed by a letter or digit continues the word
# ("Іскандер" is not a whole mention inside "Іскандер-К").
_BEFORE = r"(?<![\w'’ʼ-])"
_AFTER = r"(?![\w'’ʼ]|-\w)"


@dataclass(frozen=True)
class WeaponName:
    """A weapon as one report wrote it: `model` is None for class phrases ("крилата ракета")."""

    model: str | None
    category: str
    weapon_type: str
    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class WeaponModel:
    """One row of `weapon_models.csv`."""

    model: str | None
    category: str
    weapon_type: str
    aliases: tuple[str, ...]
    example: str
    note: str


class WeaponTableError(ValueError):
    """The weapon table has a row the rest of the project could not use."""


@functools.lru_cache(maxsize=1)
def weapon_models() -> tuple[WeaponModel, ...]:
    """The weapon table, checked once: categories and types must be the project's own."""
    rows = []
    with WEAPON_MODELS_CSV.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            if row["category"] not in CATEGORIES or row["weapon_type"] not in WEAPONS:
                raise WeaponTableError(
                    f"{WEAPON_MODELS_CSV.name} line {line}: category {row['category']!r} or "
                    f"weapon type {row['weapon_type']!r} is not in the project's vocabulary"
                )
            rows.append(
                WeaponModel(
                    model=row["model"] or None,
                    category=row["category"],
                    weapon_type=row["weapon_type"],
                    aliases=tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                    example=row["example"],
                    note=row["note"],
                )
            )
    return tuple(rows)


def model_info(model: str) -> WeaponModel | None:
    """The table row for a model name as the dataset spells it ("X-101/X-555"), if known."""
    for row in weapon_models():
        if row.model == model:
            return row
    return None


def alias_pattern(alias: str, word_start: bool = True) -> str:
    """A regular expression for one alias: spaces match any whitespace, `*` any word ending."""
    parts = [re.escape(word).replace(r"\*", _WORD_CHARS) for word in alias.split()]
    return (_BEFORE if word_start else "") + r"\s+".join(parts) + _AFTER


WORD_START = _BEFORE + r"(?=\w)"  # where every phrase of phrases_pattern begins


def phrases_pattern(phrases: list[str], word_start: bool = True) -> str:
    """One regular expression for several phrases in alias syntax, longest first, whole words only
    (``word_start=False``: without the test that a word begins, for a caller that makes it once
    before several such patterns)."""
    ordered = sorted(set(phrases), key=lambda phrase: len(phrase.replace("*", "")), reverse=True)
    return (WORD_START if word_start else "") + r"(?:" + "|".join(
        alias_pattern(phrase, word_start=False) for phrase in ordered) + ")"


_WORD_START = re.compile(_BEFORE + r"\w")


@functools.lru_cache(maxsize=1)
def _aliases_by_start() -> dict[str, list[tuple[re.Pattern[str], WeaponModel]]]:
    """Every alias, lowercased and compiled, filed under its first two letters: a text is tried
    only where a word begins as some alias does (one alternation of all 269 aliases, tried at
    every word, made a report's scan take tens of milliseconds)."""
    index: dict[str, list[tuple[int, re.Pattern[str], WeaponModel]]] = {}
    for row in weapon_models():
        for alias in row.aliases:
            pattern = re.compile(lowercase_pattern(alias_pattern(alias, word_start=False)))
            index.setdefault(alias.lower()[:2], []).append((len(alias.replace("*", "")), pattern, row))
    return {k: [(p, row) for _, p, row in sorted(v, key=lambda item: -item[0])] for k, v in index.items()}


def _lower_in_place(text: str) -> str:
    """The text lowercased letter by letter, so positions stay those of the text."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


_CALIBRE_AFTER = re.compile(r"\s+\d+(?:[.,]\d+)?\s*(?:-?мм\b|mm\b|миллиметр|міліметр)")
_CALIBRE_BEFORE = re.compile(r"\d\s*-?(?:мм|mm)\s+$")


def weapons_in_text(text: str) -> list[WeaponName]:
    """Every weapon mention in `text`, in order, with its character span; where names overlap,
    the longest match wins."""
    index = _aliases_by_start()
    low = _lower_in_place(text)
    found, taken = [], 0
    for start in _WORD_START.finditer(low):
        at = start.start()
        if at < taken:
            continue
        best = None
        for pattern, row in index.get(low[at:at + 2], ()):
            m = pattern.match(low, at)
            if m and (best is None or m.end() > best[0].end()):
                best = (m, row)
        if best and (_CALIBRE_AFTER.match(low, best[0].end()) or _CALIBRE_BEFORE.search(low, max(0, at - 12), at)):
            best = None  # "снаряды калибром 155 миллиметров", "a 155 mm caliber": a calibre, not the Kalibr missile
        if best:
            m, row = best
            found.append(WeaponName(row.model, row.category, row.weapon_type, text[m.start():m.end()], m.span()))
            taken = m.end()
    return found


def normalise_weapon(text: str) -> WeaponName | None:
    """The weapon a free-text name means: its first named model, else its first class phrase.

    "Shahed drones" -> Shahed-136/131 (drone); "KAB" -> glide bomb; "Kalibr" -> cruise missile;
    None when the text names no weapon.
    """
    mentions = weapons_in_text(text)
    named = [mention for mention in mentions if mention.model]
    if named:
        return named[0]
    return mentions[0] if mentions else None
