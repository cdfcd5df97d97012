"""Every lexicon entry shows what it is for: its example sentence must match it, and every
language has the rules the engine reads."""

from __future__ import annotations

import pytest

import re

from dashboard.extract.lexicon import LEXICON_DIR, LexiconError, Lexicon, available, lexicon, needed_strings

LANGUAGES = ["en", "uk", "ru"]


def _entries():
    for code in LANGUAGES:
        lex = lexicon(code)
        for name, rule in lex.rules.items():
            for k, r in enumerate(rule if isinstance(rule, list) else [rule]):
                if r.example:
                    yield pytest.param(code, r, id=f"{code}-{name}-{k}")


def test_the_three_languages_have_lexicons():
    assert set(LANGUAGES) <= set(available())


def _seen_by(rule) -> tuple[str, str]:
    """What the engine shows a rule: rules about the words around a place name see the text
    before it (``*_before``) or after it (``*_after``), or between two (``*_gap``); the example
    marks the name |like this|."""
    if rule.name.endswith("_gap") and rule.example.count("|") == 4:
        return "search", rule.example.split("|")[2]  # the text between two names: "|A| of |B|"
    if rule.example.count("|") == 2:
        before, _, after = rule.example.split("|")
        if rule.name.endswith("_before"):
            return "search", before
        if rule.name.endswith("_after"):
            return "match", after
    return "search", rule.example.replace("|", "")


@pytest.mark.parametrize("code, rule", list(_entries()))
def test_every_rule_matches_its_example(code, rule):
    how, text = _seen_by(rule)
    assert getattr(rule, how)(text), f"{code}: {rule.name} misses {text!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rule_has_an_example(code):
    lex = lexicon(code)
    missing = [name for name, rule in lex.rules.items()
               for r in (rule if isinstance(rule, list) else [rule])
               if not r.example and r.pattern.pattern not in ("(?!x)x", "^$")]
    assert not missing, missing


@pytest.mark.parametrize("code", LANGUAGES)
def test_word_lists_are_illustrated(code):
    lex = lexicon(code)
    for name, words in lex.words.items():
        example = lex.word_examples[name].lower()
        assert any(w in example for w in words), f"{code}: no word of {name} in {example!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_rules_the_engine_reads_exist_in_every_language(code):
    core = {"strike", "side_stated", "weapon", "killed", "injured", "no_casualties", "intercept_verb", "item",
            "explicit_date", "relative_date", "title_before", "launch_before", "context_before", "named_settlement"}
    assert core <= set(lexicon(code).rules)


def test_a_language_without_a_lexicon_is_a_clear_error():
    with pytest.raises(LexiconError, match="no lexicon for language 'xx'"):
        lexicon("xx")


def test_a_broken_pattern_names_its_rule():
    with pytest.raises(LexiconError, match="rules.broken|broken"):
        Lexicon("zz", {"rules": {"broken": {"pattern": "(unclosed", "example": "x"}}})


def test_an_area_phrase_without_its_place_is_a_clear_error():
    # The reader places an area phrase at the rule's own place: a rule without one is refused on loading.
    with pytest.raises(LexiconError, match="area_phrase: needs place"):
        Lexicon("zz", {"rules": {"area_phrase": [{"pattern": "danube ports", "region": "Odesa Oblast",
                                                  "example": "the Danube ports"}]}})


@pytest.mark.parametrize("pattern, needed", [
    (r"\b(?:killed|dead)\s+(?:in|at)\b", ("killed", "dead")),  # either word; "in"/"at" are shorter
    (r"(?:visit(?:ing|ed)?|met in)\w*", ("met in", "visit")),  # "visit" covers its longer forms
    (r"(?:drones?)? struck", (" struck",)),  # an optional word is needed by nobody
    (r"\d+(?:wounded|\w+)", ()),  # one alternative needs no letters: no test is safe
    (r"(?i:killed)", ()),  # case folded inside: the written letters prove nothing
])
def test_a_rule_is_tried_only_on_text_holding_a_string_it_needs(pattern, needed):
    assert needed_strings(re.compile(pattern)) == needed


def test_the_prefilter_never_changes_what_a_rule_finds():
    """A rule skipped for a missing string would have found nothing; one run finds what it always did."""
    rule = lexicon("en").strike
    assert rule._needs, "the strike rule should have a pre-filter"
    for text in ("Russian drones struck Odesa overnight.", "The talks went on.", "STRUCK", "Ничего", ""):
        expected = rule._quick.search(text.lower())
        found = rule.search(text)
        assert (found and found.span()) == (expected and expected.span())


def test_a_possessive_ending_is_dropped_as_the_rule_says_and_the_answers_stay_bounded(monkeypatch):
    """The kept answers are the possessive rule's own, and the memo is emptied when full."""
    from dashboard.extract import lexicon as engine

    lex = Lexicon("en", {"rules": {"possessive": {"pattern": "['’]s$", "example": "Kharkiv's"}}})
    for word in ("Kharkiv's", "Odesa’s", "Kyiv", "Mykolaiv's", "Kharkiv's"):
        assert lex.without_possessive(word) == lex.possessive.sub("", word)
    assert lex.without_possessive("Kharkiv's") == "Kharkiv"
    monkeypatch.setattr(engine, "_MEMO_SIZE", 2)
    for word in ("Sumy's", "Izium's", "Lviv's", "Rivne's"):
        lex.without_possessive(word)
    assert len(lex.__dict__["_without_possessive"]) <= 2


def test_numbers_in_words_in_each_language():
    assert lexicon("uk").numbers.parse("дванадцятеро") == 12
    assert lexicon("uk").numbers.parse("п’ятеро") == 5  # any apostrophe
    assert lexicon("uk").numbers.parse("тридцяти одного") == 31
    assert lexicon("ru").numbers.parse("не менее двадцати пяти") == 25
    assert lexicon("ru").numbers.parse("пятнадцати") == 15
    assert lexicon("en").numbers.parse("twenty-five") == 25
    assert lexicon("ru").numbers.parse("банан") is None


def test_lexicon_files_are_the_only_place_a_language_lives():
    names = sorted(p.stem for p in LEXICON_DIR.glob("*.toml"))
    assert names == sorted(available())
