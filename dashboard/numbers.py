"""Numbers as news writes them: digits, words, and "at least"/"more than" qualifiers."""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2, "pair": 2,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000}

_WORD = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_QUALIFIER = r"(?:(?:at least|more than|over|about|around|nearly|almost|some|up to|roughly)\s+)?"
# A number as written: "71", "1,200", "twenty-five", "two hundred", "a dozen", "a".
NUMBER = (
    _QUALIFIER
    + r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:" + _WORD + r")(?:[\s-](?:" + _WORD + r"))?"
    + r"(?:\s(?:hundred|thousand))?)"
)


def parse_number(text: str) -> int | None:
    """'at least 12' -> 12, 'twenty-five' -> 25, 'a' -> 1, '1,200' -> 1200; None if not a number."""
    words = re.sub(r"^" + _QUALIFIER, "", text.strip().lower())
    words = words.replace(",", "") if re.fullmatch(r"[\d,]+", words) else words
    if words.isdigit():
        return int(words)
    total, current = 0, None
    for word in re.split(r"[\s-]+", words):
        if word in ("a", "an"):
            current = 1 if current is None else current
        elif word in ("dozen", "couple", "pair"):
            current = (current or 1) * _UNITS[word]
        elif word in _UNITS or word in _TENS:
            current = (current or 0) + _UNITS.get(word, _TENS.get(word, 0))
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = None
        elif word != "and":
            return None
    if current is None and total == 0:
        return None
    return total + (current or 0)
