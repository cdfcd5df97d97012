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
from re import _constants, _parser
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.lowercase import lowercase_pattern

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_NEVER = re.compile(r"(?!x)x")
_PLACEHOLDER = re.compile(r"<<(\w+)>>")
# Rules the engine reads as lists (several patterns tried in order); a missing one is empty.
LIST_RULES = frozenset({"side_stated", "side_word", "weapon", "killed", "injured", "people_list", "no_casualties",
                        "damage", "reporter", "relative_date", "share_downed", "area_phrase"})


# Rules whose entries carry data the reader uses, beside their pattern.
_RULE_DATA = {"area_phrase": ("place", "region")}

_MEMO_SIZE = 50_000  # answers a lexicon keeps per question, each a short word or name


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
        # Strings one of which the text must hold for the rule to match (see needed_strings):
        # of the lowercased text for the quick pattern, of the text as written otherwise.
        self._needs = needed_strings(self._quick if self._quick is not None else self.pattern)
        self._last_test: tuple[str | None, bool] = (None, False)  # the text test() was last asked of, and its answer

    def _text(self, text: str) -> tuple[re.Pattern | None, str]:
        """The pattern to run and the text to run it on; no pattern when the text cannot match."""
        if self._quick is None:
            pattern = self.pattern
        else:
            last = _last_lowered
            if text is not last[0]:
                _lowered(text)
            if not last[2]:
                return self.pattern, text
            pattern, text = self._quick, last[1]
        for needed in self._needs:
            if needed in text:
                return pattern, text
        return (None, text) if self._needs else (pattern, text)

    def search(self, text: str, pos: int = 0):
        pattern, text = self._text(text)
        return pattern.search(text, pos) if pattern is not None else None

    def match(self, text: str, pos: int = 0):
        # (No pre-filter: a match is tried at one place, which fails faster than the strings it
        # needs are looked for through the whole text.)
        if self._quick is None:
            return self.pattern.match(text, pos)
        last = _last_lowered
        if text is not last[0]:
            _lowered(text)
        return self._quick.match(last[1], pos) if last[2] else self.pattern.match(text, pos)

    def finditer(self, text: str):
        pattern, text = self._text(text)
        return pattern.finditer(text) if pattern is not None else iter(())

    def sub(self, repl, text: str) -> str:
        pattern, _ = self._text(text)
        return text if pattern is None else self.pattern.sub(repl, text)

    def test(self, text: str) -> bool:
        """Whether the rule matches anywhere in ``text``. A sentence's reading asks one rule of it
        again and again (the strike, casualty and period tests): the last answer is kept."""
        last = self._last_test
        if text is last[0]:
            return last[1]
        pattern, low = self._text(text)
        found = pattern is not None and pattern.search(low) is not None
        self._last_test = (text, found)
        return found

    def test_start(self, text: str) -> bool:
        """Whether the rule matches at the start of ``text``."""
        return self.match(text) is not None

# --- literal pre-filters ----------------------------------------------------------------
# Most rules fail on most sentences, and a regular expression takes tens of microseconds to
# say so; a substring test takes a fraction of one. From a pattern's parse tree we work out
# strings one of which every match must contain ("killed", "wounded", ... for a casualty
# rule); a text holding none of them cannot match, so the pattern is not run at all.

_MAX_STRINGS = 104  # beyond this many alternatives a pre-filter costs about what it saves
_IGNORECASE = _constants.SRE_FLAG_IGNORECASE
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None))


def _exact(items) -> frozenset[str] | None:
    """Every string a parsed sequence can match, when they are few; else None."""
    out = frozenset([""])
    for op, av in items:
        node = _exact_node(op, av)
        if node is None or len(out) * len(node) > _MAX_STRINGS:
            return None
        out = frozenset(a + b for a in out for b in node)
    return out


def _exact_node(op, av) -> frozenset[str] | None:
    c = _constants
    if op is c.LITERAL:
        return frozenset([chr(av)])
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset([""])  # zero width: adds nothing to the text matched
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 8:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            else:
                return None
        return frozenset(chars) if chars and len(chars) <= 16 else None
    if op is c.SUBPATTERN:
        _, add, remove, inner = av
        return None if (add | remove) & _IGNORECASE else _exact(inner)
    if op is c.ATOMIC_GROUP:
        return _exact(av)
    if op is c.BRANCH:
        return _union(av[1], _exact)
    if op in _REPEATS:
        low, high, inner = av
        strings = _exact(inner)
        if strings is None or high > 3:
            return None
        out = set()
        for n in range(low, high + 1):
            combos = frozenset([""])
            for _ in range(n):
                combos = frozenset(a + b for a in combos for b in strings)
            out |= combos
        return frozenset(out) if len(out) <= _MAX_STRINGS else None
    return None


def _union(alternatives, strings_of) -> frozenset[str] | None:
    """The strings of any alternative of a branch, or None when one has none or they are too many."""
    out: set[str] = set()
    for alternative in alternatives:
        strings = strings_of(alternative)
        if strings is None:
            return None
        out |= strings
        if len(out) > _MAX_STRINGS:  # (counted once: alternatives often share a string)
            return None
    return frozenset(out)


def _needed(items) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence contains; None if none can be said."""
    candidates = []
    run = frozenset([""])
    for op, av in items:
        node = _exact_node(op, av)
        if node is not None and len(run) * len(node) <= _MAX_STRINGS:
            run = frozenset(a + b for a in run for b in node)
            continue
        candidates.append(run)
        if node is not None:
            run = node
            continue
        run = frozenset([""])
        candidates.append(_needed_node(op, av))
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda strings: (min(4, min(map(len, strings))), -len(strings)))


def _needed_node(op, av) -> frozenset[str] | None:
    c = _constants
    if op is c.SUBPATTERN:
        _, add, remove, inner = av
        return None if (add | remove) & _IGNORECASE else _needed(inner)
    if op is c.ATOMIC_GROUP:
        return _needed(av)
    if op is c.ASSERT:  # a lookaround's text is in the text searched, if not in the match
        return _needed(av[1])
    if op is c.BRANCH:
        return _union(av[1], _needed)
    if op in _REPEATS and av[0] >= 1:
        return _needed(av[2])
    return None


def needed_strings(pattern: re.Pattern | str) -> tuple[str, ...]:
    """Strings one of which any text the pattern (compiled, or its text without flags) matches in
    contains (empty: no such test)."""
    text, flags = (pattern, 0) if isinstance(pattern, str) else (pattern.pattern, pattern.flags)
    if flags & _IGNORECASE:
        return ()
    try:
        tree = _parser.parse(text, flags)
        if tree.state.flags & _IGNORECASE:  # "(?i)" in the text itself
            return ()
        strings = _needed(tree)
    except (re.error, RecursionError, TypeError, ValueError, AttributeError):
        return ()
    if not strings:
        return ()
    # "visit" in a text covers "visited" and "visiting": only the shortest need be tried.
    kept = [s for s in strings if not any(t != s and t in s for t in strings)]
    return tuple(sorted(kept, key=lambda s: (-len(s), s)))


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
        # A case ending written after digits ("54-ма БпЛА", "5-ти ракет").
        endings = "|".join(re.escape(e) for e in sorted(table.get("digit_endings", []), key=len, reverse=True))
        self._digit_ending = re.compile(rf"(?<=\d)-(?:{endings})$") if endings else None
        words = sorted(list(self.units) + list(self.tens), key=len, reverse=True)
        alternatives = "|".join(re.escape(w) for w in words) or r"(?!x)x"
        scales = "|".join(re.escape(w) for w in sorted(self.scales, key=len, reverse=True)) or r"(?!x)x"
        self.pattern = (
            self.qualifier
            + r"(?:\d{1,3}(?:[,\u00a0 ]\d{3})+(?!\d)|\d+" + (rf"(?:-(?:{endings})(?![\w'’ʼ]))?" if endings else "")
            + r"|(?:" + alternatives + r")(?:[\s-](?:" + alternatives + r"))?"
            + r"(?:\s(?:" + scales + r"))?)(?![\w'’ʼ])"  # "вісім" is no count inside "вісімнадцяти"
        )
        self._qualifier = re.compile(r"^" + self.qualifier, re.IGNORECASE) if self.qualifier else None

    def parse(self, text: str) -> int | None:
        """'at least 12' -> 12, 'twenty-five' -> 25, 'дві' -> 2; None if not a number."""
        words = text.strip().lower()
        if self._qualifier:
            words = self._qualifier.sub("", words)
        if self._digit_ending:
            words = self._digit_ending.sub("", words)
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
        an_age = data.get("numbers", {}).get("not_before", "")  # "the wounded 14-year-old"
        self.fragments: dict[str, str] = {"NUMBER": self.numbers.pattern,
                                          "N": f"{not_a_count}(?P<n>{self.numbers.pattern}){an_age}",
                                          # a second figure the first adds to: "две женщины и трое мужчин"
                                          "N2": f"{not_a_count}(?P<n2>{self.numbers.pattern}){an_age}"}
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
        missing = [k for k in _RULE_DATA.get(name, ()) if not isinstance(meta.get(k), str) or not meta[k]]
        if missing:  # (an area phrase names the place it stands for, and that place's region)
            raise LexiconError(f"{self.code}: rule {name}: needs {', '.join(missing)}")
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

    def without_possessive(self, text: str) -> str:
        """``text`` without its possessive ending ("Kharkiv's" -> "Kharkiv"). Asked of every
        capitalised word and of each run of words it may start: the answers are kept, a bounded
        memo per language."""
        memo = self.__dict__.setdefault("_without_possessive", {})
        found = memo.get(text)
        if found is None:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            found = memo[text] = self.possessive.sub("", text)
        return found


def available() -> list[str]:
    return list(_available())


@functools.lru_cache(maxsize=1)
def _available() -> tuple[str, ...]:
    """The lexicon files, looked for once: every report's language check asks."""
    return tuple(sorted(p.stem for p in LEXICON_DIR.glob("*.toml")))


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
