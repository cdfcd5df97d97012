"""Which language a report is written in, from its letters and its commonest words."""

from __future__ import annotations

import re

from dashboard.extract.lexicon import available

# Letters only one of the two Cyrillic languages uses, and short words frequent in one only.
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]|\b(?:що|та|який|які|було|були|внаслідок|також|області|він|вона)\b")
_RUSSIAN = re.compile(r"[ыэъЫЭЪ]|\b(?:что|было|были|также|области|который|он|она|результате)\b")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str | None:
    """'en', 'uk' or 'ru' for the script and words most of the text uses; None when
    the text has too few letters to tell or is in a language without a lexicon."""
    sample = text[:4_000]  # a report's opening tells its language
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic + latin < 20:
        return None
    if cyrillic > latin:
        uk, ru = len(_UKRAINIAN.findall(sample)), len(_RUSSIAN.findall(sample))
        code = "uk" if uk >= ru else "ru"
    else:
        code = "en" if _looks_english(sample) else None
    return code if code in available() else None


_ENGLISH = re.compile(r"\b(?:the|and|of|in|to|was|were|said|on|at|by|with|from|after|killed|people|drones?|"
                      r"attack(?:ed|s)?|overnight)\b", re.IGNORECASE)
# Words and letters of the other languages news in Latin script is written in.
_OTHER_LATIN = re.compile(r"[éèêàçñüöäßłąężśćńőűøåãõ]|\b(?:le|la|les|des|et|est|une|der|die|das|und|ist|el|los|las|"
                          r"y|una|il|di|che|w|z|się|nie|na|je|een|het|och|att)\b", re.IGNORECASE)


def _looks_english(text: str) -> bool:
    return len(_ENGLISH.findall(text)) > len(_OTHER_LATIN.findall(text))
