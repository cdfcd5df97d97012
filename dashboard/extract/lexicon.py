"""A language as data: one lexicon file per language, read by one engine.

``lexicons/<lang>.toml`` holds what a reader of that language knows: attack verbs, side
words, weapon names, casualty nouns, number words, date phrases and context cues, as
regular expressions and word lists. Every rule carries an example sentence that the
tests run, so a rule nobody can illustrate does not get in. Patterns may name shared
pieces as ``<<name>>`` (from ``[fragments]``, plus ``NUMBER`` and ``N``); the engine
asks for rules by name and a language that lacks one simply never matches it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.lowercase import lowercase_pattern

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_NEVER = re.compile(r"(?!x)x")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")
# Rules the engine reads as lists (several patterns tried in order); a missing one is empty.
LIST_RULES = frozenset({"side_stated", "side_word", "weapon", "killed", "injured", "people_list", "no_casualties",
                        "damage", "reporter", "relative_date"})


class LexiconError(ValueError):
    """A lexicon file that cannot be read or compiled."""


_last_lowered: list = ["", "", True]


def _lowered(text: str) -> list:
    """[text, text lowercased, whether the two align letter for letter], worked out once for all
    the rules that test one sentence in turn."""
    if text is not _last_lowered[0]:
        low = text.lower()
        _last_lowered[:] = [text, low, len(low) == len(text)]
    return _last_lowered


@dataclass
class Rule:
    """One named pattern with the sentence that shows what it is for."""

    name: str
    pattern: re.Pattern
    example: str
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Case-insensitive matching is several times slower than matching lowercased text with a
        # lowercased pattern, and rules run on every sentence of every report: a case-insensitive
        # rule matches the lowercased text (same positions; group texts come back lowercased, so a
        # caller that shows one takes the span from the original).
        self._quick = re.compile(lowercase_pattern(self.pattern.pattern)) if self.pattern.flags & re.IGNORECASE \
            else None

    def _text(self, text: str) -> tuple[re.Pattern, str]:
        if self._quick is None:
            return self.pattern, text
        _, low, aligned = _lowered(text)
        return (self._quick, low) if aligned else (self.pattern, text)

    def search(self, text: str, pos: int = 0):
        if self._quick is not None:  # the common case, kept to one call
            _, low, aligned = _lowered(text)
            if aligned:
                return self._quick.search(low, pos)
        return self.pattern.search(text, pos)

    def match(self, text: str, pos: int = 0):
        pattern, text = self._text(text)
        return pattern.match(text, pos)

    def finditer(self, text: str):
        pattern, text = self._text(text)
        return pattern.finditer(text)

    def sub(self, repl, text: str) -> str:
        return self.pattern.sub(repl, text)

    def test(self, text: str) -> bool:
        """Whether the rule matches anywhere in ``text``."""
        return self.search(text) is not None

    def test_start(self, text: str) -> bool:
        """Whether the rule matches at the start of ``text``."""
        return self.match(text) is not None




def _apostrophe_forms(table: dict) -> dict[str, int]:
    """Number words as typed with any apostrophe: п'ять, п’ять, пʼять."""
    out: dict[str, int] = {}
    for word, value in table.items():
        for mark in ("'", "\u2019", "\u02bc"):
            out[word.lower().replace("'", mark)] = int(value)
    return out


class Numbers:
    """Numbers as a language writes them: digits and number words with qualifiers."""

    def __init__(self, table: dict):
        self.units = _apostrophe_forms(table.get("units", {}))
        self.tens = _apostrophe_forms(table.get("tens", {}))
        self.scales = _apostrophe_forms(table.get("scales", {}))
        self.multipliers = {w.lower() for w in table.get("multipliers", [])}
        self.articles = {w.lower() for w in table.get("articles", [])}
        self.joiners = {w.lower() for w in table.get("joiners", [])}
        self.qualifier = table.get("qualifier", "")
        words = sorted(list(self.units) + list(self.tens), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in words) or r"(?!x)x"
        scales = "|".join(re.escape(w) for w in sorted(self.scales, key=len, reverse=True)) or r"(?!x)x"
        self.pattern = (
            self.qualifier
            + r"(?:\d{1,3}(?:[,\u00a0 ]\d{3})+(?!\d)|\d+|(?:" + alternatives + r")(?:[\s-](?:" + alternatives + r"))?"
            + r"(?:\s(?:" + scales + r"))?)(?![\w'’ʼ])"  # "вісім" is no count inside "вісімнадцяти"
        )
        self._qualifier = re.compile(r"^" + self.qualifier, re.IGNORECASE) if self.qualifier else None

    def parse(self, text: str) -> int | None:
        """'at least 12' -> 12, 'twenty-five' -> 25, 'дві' -> 2; None if not a number."""
        words = text.strip().lower()
        if self._qualifier:
            words = self._qualifier.sub("", words)
        digits = re.sub(r"[,\u00a0 ]", "", words)
        if digits.isdigit():
            return int(digits)
        total, current = 0, None
        for word in re.split(r"[\s-]+", words):
            if word in self.articles and word not in self.units:
                current = 1 if current is None else current
            elif word in self.multipliers:
                current = (current or 1) * self.units[word]
            elif word in self.units or word in self.tens:
                current = (current or 0) + self.units.get(word, self.tens.get(word, 0))
            elif word in self.scales:
                total += (current or 1) * self.scales[word]
                current = None
            elif word not in self.joiners:
                return None
        if current is None and total == 0:
            return None
        return total + (current or 0)


class Lexicon:
    """The compiled rules, word lists and tables of one language."""

    def __init__(self, code: str, data: dict):
        self.code = code
        meta = data.get("meta", {})
        self.name = meta.get("name", code)
        self.morphology = meta.get("morphology", "")
        self.dateparser = meta.get("dateparser", code)
        self.capitals_mark_names = bool(meta.get("capitals_mark_names"))  # English capitalises "Russian" too
        self.numbers = Numbers(data.get("numbers", {}))
        # A figure is no count of people where the language says it is an age ("a man of 18").
        not_a_count = data.get("numbers", {}).get("not_after", "")
        self.fragments: dict[str, str] = {"NUMBER": self.numbers.pattern,
                                          "N": f"{not_a_count}(?P<n>{self.numbers.pattern})"}
        for name, text in data.get("fragments", {}).items():
            self.fragments[name] = self._expand(text, name)
        self.rules: dict[str, Rule | list[Rule]] = {}
        for name, entry in data.get("rules", {}).items():
            if isinstance(entry, list):
                self.rules[name] = [self._rule(name, e) for e in entry]
            else:
                self.rules[name] = self._rule(name, entry)
        self.words: dict[str, frozenset[str]] = {
            name: frozenset(w.lower() for w in entry["words"]) for name, entry in data.get("words", {}).items()
        }
        self.word_examples = {name: entry.get("example", "") for name, entry in data.get("words", {}).items()}
        self.tables: dict = data.get("tables", {})
        self.__dict__.update(self.rules)  # rules as attributes: looked up in every sentence

    def _expand(self, text: str, where: str) -> str:
        def fill(m: re.Match) -> str:
            if m.group(1) not in self.fragments:
                raise LexiconError(f"{self.code}: {where} names an unknown fragment <<{m.group(1)}>>")
            return self.fragments[m.group(1)]
        for _ in range(5):  # fragments may name fragments
            if not _PLACEHOLDER.search(text):
                break
            text = _PLACEHOLDER.sub(fill, text)
        return text

    def _rule(self, name: str, entry: dict) -> Rule:
        flags = 0 if entry.get("case") else re.IGNORECASE
        try:
            pattern = re.compile(self._expand(entry["pattern"], name), flags)
        except (KeyError, re.error) as exc:
            raise LexiconError(f"{self.code}: rule {name}: {exc}") from exc
        meta = {k: v for k, v in entry.items() if k not in ("pattern", "example", "case")}
        return Rule(name, pattern, entry.get("example", ""), meta)

    def __getattr__(self, name: str):
        """A rule by name (or a list of rules); a rule the language lacks never matches."""
        if name.startswith("__"):
            raise AttributeError(name)
        if "rules" not in self.__dict__:
            raise AttributeError(name)
        missing = [] if name in LIST_RULES else Rule(name, _NEVER, "")
        self.__dict__[name] = missing
        return missing

    def word_set(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def available() -> list[str]:
    return sorted(p.stem for p in LEXICON_DIR.glob("*.toml"))


@functools.lru_cache(maxsize=None)
def lexicon(code: str) -> Lexicon:
    """The lexicon of a language code (``en``, ``uk``, ``ru``)."""
    path = LEXICON_DIR / f"{code}.toml"
    if not path.exists():
        raise LexiconError(f"no lexicon for language {code!r} (have: {', '.join(available())})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path.name}: {exc}") from exc
    return Lexicon(code, data)
