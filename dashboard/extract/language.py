"""Which language a report is written in, from its letters and its commonest words."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import available, lexicon

# Letters only one of the two Cyrillic languages uses, and short words frequent in one only.
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]|\b(?:що|та|який|які|було|були|внаслідок|також|області|він|вона)\b")
_RUSSIAN = re.compile(r"[ыэъЫЭЪ]|\b(?:что|было|были|также|области|который|он|она|результате)\b")
# Runs of letters, counted by their lengths: a list of one string per letter costs several times more.
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_LATIN = re.compile(r"[A-Za-z]+")


def detect_language(text: str) -> str | None:
    """'en', 'uk' or 'ru' for the script and words most of the text uses; None when
    the text has too few letters to tell or is in a language without a lexicon."""
    sample = text[:1_500]  # a report's opening tells its language
    cyrillic = sum(map(len, _CYRILLIC.findall(sample)))
    latin = sum(map(len, _LATIN.findall(sample)))
    if cyrillic + latin < 20:
        return None
    if cyrillic > latin:
        uk, ru = len(_UKRAINIAN.findall(sample)), len(_RUSSIAN.findall(sample))
        if uk == ru:
            # No telling letter or word (a short line): the lexicon that reads more of it.
            uk, ru = _lexicon_hits(sample, "uk"), _lexicon_hits(sample, "ru")
        code = "uk" if uk >= ru else "ru"
    else:
        code = "en" if _looks_english(sample) else None
    return code if code in available() else None


_ENGLISH = frozenset("the and of in to was were said on at by with from after killed people drone drones attack "
                     "attacked attacks overnight".split())
# Words and letters of the other languages news in Latin script is written in.
_OTHER_LETTERS = re.compile(r"[éèêàçñüöäßłąężśćńőűøåãõ]")
_OTHER_WORDS = frozenset("le la les des et est une der die das und ist el los las y una il di che w z się nie na je een "
                         "het och att".split())
_WORDS = re.compile(r"[a-ząężśćńłóéèêàçñüöäßőűøåãõ]+")


def _looks_english(text: str) -> bool:
    low = text.lower()
    words = _WORDS.findall(low)
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER_WORDS) + len(_OTHER_LETTERS.findall(low))
    if english <= other and not other:
        # A short line with none of the commonest words ("Russian forces shelled Lyman, killing
        # one"): the English lexicon's strike and casualty words tell.
        english = _lexicon_hits(text, "en")
    return english > other


def _lexicon_hits(text: str, code: str) -> int:
    """How many strike and casualty words of a language's lexicon a text uses
    ("обстреляли" is Russian, "поранено" Ukrainian)."""
    if code not in available():
        return 0
    lex = lexicon(code)
    return sum(1 for rule in (lex.strike, lex.casualty_words) for _ in rule.finditer(text))
