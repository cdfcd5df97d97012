"""Place names in every grammatical case: Харкові, Белгородской области, у Сумах.

Ukrainian and Russian inflect names, so a name in a report is rarely the form a
gazetteer lists. Two readers meet here: pymorphy3's dictionaries give the dictionary
form of a word (an adjective keeps its gender: "Курской" -> "курская"), and for names
its dictionaries do not know, a stem without its case ending is looked up among the
stems of the gazetteer's own Cyrillic names (Харкова -> харков <- Харків).
"""

from __future__ import annotations

import functools
import itertools
import re

_VOWEL_END = re.compile(r"[аяоеєиіїуюыьйё]+$")
_APOSTROPHES = re.compile(r"[\u2019'`\u02bc\u02b9]")
# Case endings, longest first, stripped from a word of a report to find its stem.
_ENDINGS = ("ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "ої", "ою", "ею", "єю", "ах", "ях", "ом",
            "ем", "єм", "ам", "ям", "ій", "ий", "ая", "ое", "ые", "ой", "ую", "ей", "их", "ым", "им",
            "у", "ю", "а", "я", "і", "и", "е", "є", "о", "ы", "ь", "й")


@functools.lru_cache(maxsize=2)
def analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


# The dictionaries reading a language consults: a Ukrainian first name may be filed only in the
# Russian one (see is_personal_name).
_CONSULTED = {"uk": ("uk", "ru")}


def load(lang: str) -> None:
    """Load every dictionary reading ``lang`` consults: start-up work, not a report's."""
    for code in _CONSULTED.get(lang, (lang,)):
        analyzer(code)


def _grammemes(parse) -> frozenset[str]:
    """A parse's grammemes as plain strings: the two dictionaries know different sets."""
    return _tag_grammemes(str(parse.tag))


@functools.lru_cache(maxsize=10_000)
def _tag_grammemes(tag: str) -> frozenset[str]:
    return frozenset(tag.replace(" ", ",").split(","))


@functools.lru_cache(maxsize=100_000)
def _parses(plain: str, lang: str) -> tuple:
    """The dictionary's readings of a word, asked once: every question below reads the same ones.
    A letter the Unicode tables give no name (a Tangut ideograph) makes the analyser raise: such a
    word has no reading."""
    try:
        return tuple(analyzer(lang).parse(plain))
    except ValueError:
        return ()


def _plain(word: str) -> str:
    return _APOSTROPHES.sub("'", word.lower()).replace("ё", "е")


@functools.lru_cache(maxsize=100_000)
def word_forms(word: str, lang: str) -> tuple[str, ...]:
    """The word as written and its dictionary forms (adjectives keep their gender)."""
    plain = _plain(word)
    forms = [plain]
    if "-" in plain:
        # Куп'янську-Вузловому: each part in its dictionary forms, and the first also without its ending.
        parts = [word_forms(p, lang)[:4] + tuple(text_stems(p)[:2]) for p in plain.split("-") if p]
        forms += ["-".join(combo) for combo in itertools.islice(itertools.product(*parts), 36)]
        return tuple(dict.fromkeys(forms))
    parses = _parses(plain, lang)
    # (A surname that is an adjective's twin, "Червоному", reads as the adjective; it would crowd its
    # neuter reading, the village Червоне, out of the first four.)
    twins = {p.normal_form for p in parses if "Surn" not in _grammemes(p)}
    # (Nor may a surname's cases crowd a town's out: "Чугуєва" is a surname four ways before it is
    # Чугуїв's genitive.)
    readings = [p for p in parses if "Surn" not in _grammemes(p)] + \
        [p for p in parses if "Surn" in _grammemes(p) and p.normal_form not in twins]
    for parse in readings[:4]:
        if "ADJF" in _grammemes(parse):
            # An adjective keeps its gender and number: "Курской" -> "курская", never "курский".
            inflected = parse.inflect({"nomn"})
            if inflected:
                forms.append(_plain(inflected.word))
            if "masc" in _grammemes(parse):
                # (The Ukrainian dictionary inflects some masculine adjectives to the feminine:
                # "Кіровському" to "кіровська"; its dictionary form is the masculine.)
                forms.append(_plain(parse.normal_form))
        else:
            inflected = parse.inflect({"nomn"})  # keeps the number: "Копанях" -> "копани"
            # A plural form names a plural place first: "Маяках" is Маяки before it is Маяк.
            plural_first = inflected is not None and "plur" in _grammemes(parse)
            if plural_first:
                forms.append(_plain(inflected.word))
            forms.append(_plain(parse.normal_form))
            if inflected and not plural_first:
                forms.append(_plain(inflected.word))
    return tuple(dict.fromkeys(forms))


@functools.lru_cache(maxsize=100_000)
def is_personal_name(word: str, lang: str) -> bool:
    """A first name or patronymic (Олег, Сергій, Вячеславович), which starts a person's name."""
    parses = _parses(_plain(word), lang)[:2]
    if bool(parses) and any(p.is_known and {"Name", "Patr"} & _grammemes(p) and "Geox" not in _grammemes(p)
                            for p in parses[:1]):
        return True
    # The Ukrainian dictionary files "Володимир" as the town only; the Russian one knows the name
    # spelled the same way.
    return lang == "uk" and is_personal_name(word, "ru")


@functools.lru_cache(maxsize=100_000)
def may_be_surname(word: str, lang: str) -> bool:
    """Whether the dictionary reads the word as a surname at all ("Гусєв")."""
    return any("Surn" in _grammemes(p) for p in _parses(_plain(word), lang))


def is_adjective(word: str, lang: str) -> bool:
    """Whether the word's first reading is an adjective; a surname read first ("Червоний",
    "Золота" in the Ukrainian dictionary) gives way to the adjective it also is."""
    parses = _parses(_plain(word), lang)
    if not parses:
        return False
    first = _grammemes(parses[0])
    return "ADJF" in first or ("Surn" in first and any("ADJF" in _grammemes(p) for p in parses[1:]))


_CASES = {"nomn", "gent", "datv", "accs", "ablt", "loct"}


@functools.lru_cache(maxsize=100_000)
def modifies(adjective: str, noun: str, lang: str) -> bool:
    """Whether an adjective agrees with the common noun after it in case, gender and number
    ("Южному берегу"): together they name a thing, and the adjective alone names no place
    ("по Оріхову поранення": a town's dative beside a neuter noun, no agreement)."""
    forms = {f for p in _parses(_plain(adjective), lang)[:4] if "ADJF" in _grammemes(p) for f in _agreement(p)}
    readings = _parses(_plain(noun), lang)[:4]
    if not forms or not readings or not readings[0].is_known or "NOUN" not in _grammemes(readings[0]):
        return False
    return any((case, kind) in forms or (kind is None and any(c == case for c, _ in forms))
               for p in readings if "NOUN" in _grammemes(p) for case, kind in _agreement(p))


def _agreement(parse) -> set[tuple[str, str | None]]:
    """A parse's (case, gender or plural) pairs; None where a noun's gender is not told."""
    grammemes = _grammemes(parse)
    kind = "plur" if "plur" in grammemes else next((g for g in ("masc", "femn", "neut") if g in grammemes), None)
    return {(case, kind) for case in grammemes & _CASES}


@functools.lru_cache(maxsize=100_000)
def may_be_genitive(word: str, lang: str, as_adjective: bool = False) -> bool:
    """"Андріївської громади" may be "of the hromada"; "громаді", "громадам" cannot. (``as_adjective``:
    read as the adjective it is, not as a noun guessed from its ending: "Новодонецька" is no genitive
    of a town "Новодонецьк".)"""
    parses = _parses(_plain(word), lang)
    if as_adjective:
        parses = [p for p in parses if "ADJF" in _grammemes(p)] or parses
    return any("gent" in _grammemes(p) for p in parses)


def only_plural(word: str, lang: str) -> bool:
    """"областей" is many regions; "області" may be one (of the region) or many."""
    parses = _parses(_plain(word), lang)
    return bool(parses) and all("plur" in _grammemes(p) for p in parses)


@functools.lru_cache(maxsize=100_000)
def may_be_locative(word: str, lang: str) -> bool:
    """"в громаде", "у громаді": where something lies; "громаду", "громада" cannot be."""
    return any("loct" in _grammemes(p) or "loc2" in _grammemes(p) for p in _parses(_plain(word), lang))


@functools.lru_cache(maxsize=100_000)
def is_known(word: str, lang: str) -> bool:
    """Whether the dictionary has the word (not a parse guessed from its ending)."""
    parses = _parses(_plain(word), lang)[:1]
    return bool(parses) and parses[0].is_known


@functools.lru_cache(maxsize=100_000)
def is_function_word(word: str, lang: str) -> bool:
    """A preposition, conjunction or particle ("Серед", "Також"), though some other reading of
    it may be a noun a place is named after (Середа)."""
    return any(p.tag.POS in ("PREP", "CONJ", "PRCL") for p in _parses(_plain(word), lang))


@functools.lru_cache(maxsize=100_000)
def reads_as_noun(word: str, lang: str) -> bool:
    """Whether the dictionary reads a word first as a noun ("округи", not "ещё")."""
    parses = _parses(_plain(word), lang)[:1]
    return bool(parses) and parses[0].tag.POS == "NOUN"


@functools.lru_cache(maxsize=100_000)
def is_common_word(word: str, lang: str) -> bool:
    """A dictionary word that is not a name: a capital at a sentence's start, not a place."""
    parses = _parses(_plain(word), lang)[:1]
    if not parses:
        return False
    return parses[0].is_known and not ({"Geox", "Name", "Surn", "Orgn", "Abbr"} & _grammemes(parses[0]))


def first_lemma(word: str, lang: str) -> str:
    """The dictionary form of the word's likeliest reading (вогнем -> вогонь), or the word."""
    plain = _plain(word)
    parses = _parses(plain, lang)[:1]
    return parses[0].normal_form if parses else plain


def name_stem(name: str) -> str:
    """The gazetteer side: a name without its final vowel or soft sign (Нікополь -> нікопол)."""
    return _VOWEL_END.sub("", _plain(name))


def name_stems(name: str) -> list[str]:
    """Stems a name's oblique cases share: Харків -> харків, харков (Харкова, Харкові);
    Середина-Буда -> середин-буд (Середино-Будська)."""
    stem = name_stem(name)
    out = [stem]
    if "-" in stem:
        first, second = _plain(name).split("-", 1)
        out.append(name_stem(first) + "-" + name_stem(second))
    for closed, opens in (("ів", ("ов", "ев", "єв")), ("їв", ("єв",)), ("іл", ("ол",)), ("ір", ("ор",)),
                          ("ін", ("ен",)), ("іг", ("ог", "оз")), ("ог", ("оз",)), ("к", ("ц",)), ("г", ("з",))):
        if stem.endswith(closed):
            out += [stem[: -len(closed)] + o for o in opens]
    return out


def text_stems(word: str) -> list[str]:
    """The report side: the word without each case ending it may carry."""
    return list(_text_stems(_plain(word)))


@functools.lru_cache(maxsize=100_000)
def _text_stems(plain: str) -> tuple[str, ...]:
    out = [plain]
    for ending in _ENDINGS:
        if plain.endswith(ending) and len(plain) - len(ending) >= 3:
            out.append(plain[: -len(ending)])
    return tuple(dict.fromkeys(_VOWEL_END.sub("", s) for s in out if _VOWEL_END.sub("", s)))


_ADJECTIVE = re.compile(r"^(?P<stem>.+?)(?P<suffix>ськ|цьк|зьк|ск|цк|зк)(?:ий|ого|ому|им|ім|ій|а|ої|у|ою|е|ая|ой|ую|ое|ом|ые|их|ым|і|ими|ої|ій)$")


def adjective_stems(word: str) -> list[str]:
    """Settlement stems an adjective is made from: Широківська -> широк, Рыльского -> рыльск,
    Марганецька -> марганец, Нікопольському -> нікопол, Червоногригорівська -> червоногригорівк."""
    return list(_adjective_stems(_plain(word)))


@functools.lru_cache(maxsize=100_000)
def _adjective_stems(plain: str) -> tuple[str, ...]:
    m = _ADJECTIVE.match(plain)
    if not m:
        return ()
    stem, suffix = m.group("stem"), m.group("suffix")
    if "-" in stem:  # Середино-Будська: both parts lose their endings
        first, second = stem.split("-", 1)
        stem = _VOWEL_END.sub("", first) + "-" + second
    hard = stem.rstrip("ь")
    out = [stem, stem + suffix, hard + hard[-1], stem + "к"]  # Луганськ, Білопілля, Валуйки -> валуйский
    if suffix.startswith("ц"):
        out += [stem + "ц", stem + "ч"]  # Бахмач -> Бахмацька
    if suffix.startswith("з") or stem.endswith("ж"):
        out.append(stem.rstrip("ж") + "г")  # Печеніги -> Печенізька, Печенеги -> Печенежская
    if suffix.startswith("з"):
        out += [stem + "жж", stem + "ж"]  # Запоріжжя -> Запорізький, Вороніж -> Воронізький
    if suffix in ("ск", "ськ"):
        out += [stem + "ск", stem + "с"]  # Одеса -> одеський
        out.append(stem + "ш")  # Золотоноша -> Золотоніський
    if stem.endswith("ен") and len(stem) > 4:
        out.append(stem[:-2])  # Сарни -> Сарненський, Рівне -> Рівненський
        out.append(stem[:-2] + "н")  # Лубни -> Лубенський, Ромни -> Роменський: the vowel comes and goes
    if stem.endswith(("ян", "ан")) and len(stem) > 5:
        out.append(stem[:-2])  # Ворожба -> Ворожбянська, Суджа -> Суджанский
    if stem.endswith("ин") and len(stem) > 5:
        out.append(stem[:-2])  # Туапсе -> Туапсинский
    if suffix.startswith("ц") and stem.endswith("е") and len(stem) > 3:
        # A town named in the plural -ці: Чернівці -> Чернівецька, Дунаївці -> Дунаєвецька.
        base = stem[:-1] + "ц"
        out += [base, re.sub(r"є(?=[^аеєиіїоуюяь]*$)", "ї", base)]
    for tail in ("ів", "ов", "ев", "їв"):
        if stem.endswith(tail):
            out.append(stem[: -len(tail)])
            out.append(stem + "к")  # -івка villages: Червоногригорівка
    # Vowels that alternate in a closed syllable: Слобода -> Новослобідська, Ріг -> Рогу.
    out += [re.sub(r"і(?=[^аеєиіїоуюяь]*$)", "о", s) for s in out]
    # (a town's own name that ends in й keeps it: Стрий -> Стрийський, not стр)
    out = [_VOWEL_END.sub("", s) if not s.endswith("йк") else s for s in out] + (
        [stem] if re.search(r"[аеєиіїоуюяы]й$", stem) else [])
    # Three letters only for the stem itself: Сумська -> сум (Суми).
    return tuple(dict.fromkeys(s for s in out if len(s) >= 4 or (s == stem and len(s) == 3)))
