"""Facts a sentence states: who struck, with what, how many were killed and injured,
how many missiles and drones were launched and shot down, when, what was damaged and
who said so. Every reader takes the language's lexicon; none knows a language itself."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

import dateparser

from dashboard.extract.lexicon import Lexicon, lexicon
from dashboard.report_text import blank_emphasis

WEAPON_ORDER = ("ballistic missile", "cruise missile", "missile", "drone", "glide bomb", "artillery", "rocket")


def _en(lex: Lexicon | None) -> Lexicon:
    return lex or lexicon("en")


def stated_side(sentence: str, lex: Lexicon | None = None) -> str | None:
    """The side a sentence says struck, from the words that name the attacker."""
    lex = _en(lex)
    for pattern in lex.side_stated:
        m = pattern.search(sentence)
        if m:
            word = (m.group(1) if m.groups() and m.group(1) else m.group(0)).lower()
            if "side" in pattern.meta:
                return pattern.meta["side"]
            for rule in lex.side_word:
                if rule.search(word):
                    return rule.meta["side"]
    return None


def weapons_in(sentence: str, lex: Lexicon | None = None) -> list[str]:
    lex = _en(lex)
    found = [rule.meta["weapon"] for rule in lex.weapon if rule.search(sentence)]
    found = list(dict.fromkeys(found))
    if "missile" in found and ({"ballistic missile", "cruise missile"} & set(found)):
        if not lex.plain_missile.test(sentence):
            found.remove("missile")
    return found


def merge_weapons(current: str, new: list[str]) -> str:
    items = list(dict.fromkeys([w for w in current.split(";") if w] + [w for w in new if w]))
    if "missile" in items and {"ballistic missile", "cruise missile"} & set(items):
        items.remove("missile")
    return ";".join(sorted(items, key=WEAPON_ORDER.index))


# --- casualties -------------------------------------------------------------------------

def _count_people(text: str, lex: Lexicon) -> tuple[int | None, int]:
    """(people, children) in a list such as 'a man and his 11-year-old son'; people is
    None when a plural has no number ('the passengers')."""
    people = kids = 0
    determiners = lex.word_set("determiners")
    for m in lex.one_person.finditer(text):
        if not m.group("who") and not m.group("age"):
            continue
        word = (m.group("n") or "").lower()
        who = (m.group("who") or "person").lower()
        plural = who.endswith("s") or who in lex.word_set("plural_people")
        if word in determiners:
            if plural and not lex.couple.test(who):
                return None, 0
            n = 1
        else:
            n = lex.numbers.parse(word)
            if n is None:
                return None, 0
        if lex.couple.test(who):
            n *= 2
        people += n
        said_age = m.group("age") or m.groupdict().get("age_after")  # "11-year-old son", "a man of 18"
        age = lex.numbers.parse(said_age) if said_age else None
        if (age is not None and age < 18) or (age is None and who in lex.word_set("child_words")):
            kids += n
    return (people or None), kids


def _free_matches(pattern, sentence: str, taken: list[tuple[int, int]]):
    """Matches that overlap no figure already read. A match that does is tried again one
    character later, so "one killed and three injured" still yields the second figure when
    the first pattern's match reached over it."""
    pos = 0
    while True:
        m = pattern.search(sentence, pos)
        if m is None:
            return
        if any(a < m.end() and m.start() < b for a, b in taken):
            pos = m.start() + 1
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


_SHARE_REACH = 30  # characters before a figure where "including" makes it a share of one told before


def casualties(sentence: str, lex: Lexicon | None = None) -> list[tuple[str, int, int]]:
    """(killed | injured | children, number, position) in one sentence, kept apart.

    The position lets a sentence naming several places give each its own figures.
    """
    lex = _en(lex)
    out: list[tuple[str, int, int]] = []
    if not lex.casualty_words.test(sentence):
        return out
    sentence = _QUOTED_WORDS.sub(lambda m: f" {m.group(1)} ", blank_emphasis(sentence))
    # "A man was reportedly injured", "aged between 41 and 87", "On May 22 two were killed", "at
    # 14:45", "оператор Сергей Козлов": the hedge, the ages, the dates, the times and the names of
    # people counted blanked out, every position kept (an age written apart, "an 81 year-old woman",
    # joined up as the age it is; who "two passengers" were, told between dashes, blanked too).
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    if any(dash in sentence for dash in BREAKDOWN_MARKS[1:]):  # (a spaced dash first: the pattern is slow)
        sentence = lex.counted_apposition.sub(lambda m: m.group("who").ljust(len(m.group(0))), sentence)
    # ("a villager, a 61-year-old man, suffered ...": one person, told twice)
    sentence = lex.person_apposition.sub(lambda m: m.group("who").ljust(len(m.group(0))), sentence)
    # ("wounding three residents, a teenager, a pensioner and a woman": three, told again one by one)
    sentence = lex.counted_list.sub(lambda m: m.group("who").ljust(len(m.group(0))), sentence)
    sentence = lex.not_a_count.sub(blank, lex.explicit_date.sub(blank, lex.age_range.sub(blank, lex.hedge_word.sub(
        blank, lex.age_apart.sub(lambda m: m.group(0).replace(" ", "-"), sentence)))))
    sentence = lex.anniversary_clause.sub(blank, sentence)  # (the toll of the strike an anniversary recalls)
    sentence = lex.elsewhere_clause.sub(blank, sentence)  # ("two others were hurt in other villages")
    sentence = lex.of_those_counted.sub(blank, sentence)  # ("Of the 30 hospitalized, nine were badly hurt")
    # ("the deadliest since 40 died in ...": the clause after "since" only)
    sentence = lex.compared_since.sub(lambda m: m.group(0)[:m.start("since") - m.start()].ljust(len(m.group(0))),
                                      sentence)
    sentence = lex.count_aside.sub(blank, sentence)  # ("Пострадали, по меньшей мере, 5 человек")
    sentence = lex.person_name.sub(lambda m: m.group(0)[:m.start("name") - m.start()] + " " * len(m.group("name")),
                                   sentence)
    taken: list[tuple[int, int]] = []
    kids: list[tuple[int, int]] = []  # (children, position)
    for n, pattern in enumerate(lex.people_list):
        if n == 0 and not lex.list_before_verb.test(sentence):
            continue  # cheap test first: the full pattern is slow on long sentences
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken) \
                    or lex.share_of_count_before.search(sentence[max(0, m.start() - 30):m.start()]):
                continue  # ("nine people including two teenagers were killed": the nine's share)
            people, children = _count_people(m.group("list"), lex)
            if people is None:
                continue
            key = "killed" if lex.killed_verb.test(m.group("what").lower()) else "injured"
            out.append((key, people, m.start()))
            taken.append((m.start(), m.end()))
            if children:
                kids.append((children, m.start()))
    listed = list(taken)
    # Figures of people taken to hospital or treated, and of a wound told of someone named before
    # ("у нього травма"): counted only when the sentence counts the injured no other way.
    treated: list[tuple[str, int, int]] = []
    hospitalised: list[tuple[str, int, int]] = []  # of those treated, the ones taken to hospital
    ends: dict[int, int] = {}  # where each figure's phrase ends
    running: list[tuple[str, int, int]] = []  # (key, position, value) of figures told as the count so far
    counted: list[tuple[str, int, int]] = []  # (key, position, value) of tolls told by a victim's ordinal
    for key, patterns, cue in (("killed", lex.killed, lex.killed_words), ("injured", lex.injured, lex.injured_words)):
        if not cue.search(sentence):
            continue  # cheap test first: the patterns are slow on long sentences
        for pattern in patterns:
            if "unless" in pattern.meta and getattr(lex, pattern.meta["unless"]).test(sentence):
                continue  # "помощь получили 900 человек" at the points of aid: no count of the hurt
            for m in _free_matches(pattern, sentence, taken):
                if lex.negated_casualty.search(m.group(0)):
                    continue  # "the driver was not hurt": nobody counted
                n = _ordinal(m.group("n") or m.groupdict().get("n2") or "", lex) if pattern.meta.get("ordinal") else \
                    lex.numbers.parse(m.group("n")) if m.groupdict().get("n") else pattern.meta.get("count")
                if n == "people":  # "Погибли женщина и ребенок": two, counted one by one
                    # (one told again after a comma is one: "женщина, местная жительница")
                    people = m.group("people")
                    n = max(1, sum(1 for _ in lex.one_person_word.finditer(people))
                            - sum(1 for _ in lex.apposition.finditer(people)))
                elif n == "ages":  # "Погибли братья 11 и 13 лет": two, one age each
                    n = _counted_ages(m.group("ages"), lex) + (1 if m.groupdict().get("one") else 0)
                if n is not None and pattern.meta.get("add"):
                    n += pattern.meta["add"]  # "двое взрослых и ребёнок": the group and one more
                if n is not None and m.groupdict().get("n2"):
                    more = lex.numbers.parse(m.group("n2"))
                    n = None if more is None else n + more
                if n is None:
                    continue
                if n == 1 and lex.couple.test(m.group(0)):
                    n = 2  # "a married couple was killed"
                if key == "injured" and (pattern.meta.get("alone") or lex.hospital_figure.test(m.group(0))):
                    treated.append((key, n, m.start()))
                    if lex.admitted_figure.test(m.group(0)):
                        hospitalised.append((key, n, m.start()))
                out.append((key, n, m.start()))
                ends[m.start()] = m.end()
                taken.append((m.start(), m.end()))
                if lex.running_total.test(m.group(0)):
                    running.append((key, m.start(), n))
                if pattern.meta.get("ordinal"):
                    counted.append((key, m.start(), n))
    # ("погибли четверо, в том числе россияне убили девочку": the girl is one of the four)
    out = [f for f in out if f[0] == "children" or not any(
        k == f[0] and p < f[2] and v >= f[1] for k, v, p in out) or not lex.share_of_count_before.search(
        sentence[max(0, f[2] - _SHARE_REACH):f[2]])]
    if counted:
        # "дістали тіло жінки, це вже п'ята жертва": the woman is the fifth, among the five.
        out = [f for f in out if not any(f[0] == key and f[1] <= total and f[2] != pos for key, pos, total in counted)]
    if running:
        # "постраждалих уже 45: ще двоє звернулися до лікарів": the two are among the 45; so is one person
        # told after the count ("число травмованих зросло до 15; також поранений оператор").
        out = [f for f in out if not any(f[0] == key and f[2] > pos and (
            lex.more_figure.test(sentence[f[2]:f[2] + 40]) or f[1] == 1 < total) for key, pos, total in running)]
    out = _without_people_described(out, ends, sentence, lex)
    split = _victims_split(out, sentence, lex)
    out = _without_kinds_of_harm(out, sentence)
    for part in lex.breakdown.finditer(sentence):
        # "Допомогу отримали 12 людей, з них двоє госпіталізовані": the two are among the twelve.
        if any(pos < part.start() - _PART_GAP for _, _, pos in out):
            out = [f for f in out if f[0] == "children" or not part.start() - _PART_GAP <= f[2] <= part.end() + 3]
    if split:
        total, parts = split
        out = [f for f in out if f != total and f not in parts] + parts
    if any(figure[0] == "injured" and figure not in treated for figure in out):
        # "53 were injured and 20 hospitalised": the 20 are among the 53.
        out = [figure for figure in out if figure not in treated]
    elif hospitalised and any(figure[0] == "injured" and figure not in hospitalised
                              and figure[1] > max(n for _, n, _ in hospitalised) for figure in out):
        # "40 sought medical help, 17 were hospitalised": the 17 are among the 40 (not "one was taken to
        # hospital, one more treated at the scene": two).
        out = [figure for figure in out if figure not in hospitalised]
    heads = [(m.start(), "killed" if lex.killed_words.search(m.group(0)) else "injured")
             for m in lex.breakdown_head.finditer(sentence)]
    if out or heads:
        # "Двое раненых — в Глушковском районе, двое — в Большесолдатском", "в Золочеве — двое":
        # each later bare figure counts what the figure before it counted; with no figure before,
        # what the verb before a colon names ("were killed: three in A and one in B"); and "..., а також двох
        # сусідок": more the verb counts.
        in_list = list(lex.list_figure.finditer(sentence))
        for m in (*in_list, *lex.place_figure.finditer(sentence), *lex.also_figure.finditer(sentence)):
            earlier = [(pos, key) for key, _, pos in out if pos < m.start()] or [h for h in heads if h[0] < m.start()]
            what = "n" if m.groupdict().get("n") is not None else "same" if m.groupdict().get("same") else "one"
            # ("в Береславе — пенсионерка": one; "столько же в Александровке": as many as the figure before)
            n = lex.numbers.parse(m.group("n")) if what == "n" else 1 if what == "one" else \
                max(((pos, value) for _, value, pos in out if pos < m.start()), default=(0, None))[1]
            if what == "one" and any(m is x for x in in_list) and (
                    lex.among_tally.search(told := sentence[max(earlier)[0] if earlier else 0:m.start(what)])
                    or any(mark in told for mark in BREAKDOWN_MARKS)):
                # "injured 11, including a man in A and a woman in B": among the eleven ("killed three – a
                # woman in A, a man in B": shared out, one each, by the reader)
                continue
            if earlier and n is not None and not any(a <= m.start(what) < b for a, b in taken):
                out.append((max(earlier)[1], n, m.start(what)))
                taken.append((m.start(what), m.end(what)))
    for m in lex.child.finditer(sentence):
        if any(a <= m.start() < b for a, b in listed):
            continue
        n = lex.numbers.parse(m.group("n")) if m.groupdict().get("n") else 1
        age = m.groupdict().get("age")
        if age is not None:
            years = lex.numbers.parse(age)
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
    hurt_one = [f for f in out if f[0] == "injured"]
    dead = [f for f in out if f[0] == "killed"]
    if len(hurt_one) == 1 and not dead and lex.wounds_fatal.test(sentence):
        # "двое получили травмы, несовместимые с жизнью": those the figure counts were killed.
        out.remove(hurt_one[0])
        out.append(("killed",) + hurt_one[0][1:])
        hurt_one, dead = [], [out[-1]]
    if len(hurt_one) == 1 and hurt_one[0][1] == 1 and all(f[1] == 1 for f in dead) and len(dead) <= 1 \
            and lex.died_later.test(sentence):
        # "A man was seriously wounded and later died in hospital": one dead, not one hurt as well.
        out.remove(hurt_one[0])
        if not dead:
            out.append(("killed", 1, hurt_one[0][2]))
    for rule in lex.no_casualties:
        m = rule.search(sentence)
        if m:
            out.extend((key, 0, m.start()) for key in rule.meta["keys"] if not any(k == key for k, _, _ in out))
    return _without_told_again(out, sentence, lex)


def _without_told_again(out: list[tuple[str, int, int]], sentence: str, lex: Lexicon) -> list[tuple[str, int, int]]:
    """"One person died: rescuers recovered a man's body": a figure a colon explains, told again with
    the same count right after it, counts once (so does the dead found as a body after the count: "one
    died there, and rescuers recovered the body of an elderly man")."""
    ordered = sorted(out, key=lambda f: f[2])
    again = {f for a, f in zip(ordered, ordered[1:]) if f[0] == a[0] and f[1] == a[1]
             and (":" in sentence[a[2]:f[2]] and sentence[a[2]:f[2]].count(":") == 1
                  or f[0] == "killed" and lex.body_found.test_start(sentence[f[2]:f[2] + _BODY_REACH]))}
    return [f for f in out if f not in again]


_BODY_REACH = 20  # characters of a figure's start that tell of a body found
_PART_GAP = 12  # characters between a share's figure and the "of them" after it ("two of them")


# --- interceptions ----------------------------------------------------------------------

def _weapon_class(word: str, lex: Lexicon, sentence: str = "", told_before: str | None = None) -> str | None:
    """Drones or missiles. "Air targets" are the one kind the sentence tells of ("отражение
    ракетной атаки: сбиты пять воздушных целей"), or the one the report told last (``told_before``:
    "При ракетной атаке ... . ПВО сбили пять воздушных целей"), else either (None)."""
    if lex.unknown_weapon_word.test(word):
        told = {c for c, rule in (("drones", lex.drone_word), ("missiles", lex.missile_word)) if rule.test(sentence)}
        return told.pop() if len(told) == 1 else None if told else told_before
    return "drones" if lex.drone_word.test(word) else "missiles"


def _items(span: str, lex: Lexicon, sentence: str = "", told_before: str | None = None
           ) -> list[tuple[str, int | None, int | None, str]]:
    """'81 of 94 missiles ... and 80 of 193 drones' -> [(class, n, of_m, 'n'|'all')]."""
    out = []
    all_ended = -1  # where an "all N <weapon>" item ended
    for m in lex.item.finditer(span):
        cls = _weapon_class(m.group("w"), lex, sentence, told_before)
        if cls is None:
            continue
        word = m.group("n").lower()
        every = bool(lex.every_word.match(word))
        if every and m.group("alln"):
            n = total = lex.numbers.parse(m.group("alln"))  # "all 10 missiles": ten launched, ten down
            out.append((cls, n, total, "n"))
            all_ended = m.end()
            continue
        n = None if every else lex.numbers.parse(m.group("n"))
        whole = m.group("m") or m.groupdict().get("m2")
        total = lex.numbers.parse(whole) if whole else None
        if all_ended >= 0 and not every and total is None and lex.joined.pattern.fullmatch(span[all_ended:m.start()]):
            total = n  # "all 15 drones and eight missiles": the "all" is the missiles' too
        all_ended = -1
        out.append((cls, n, total, "all" if every else "n"))
    return out


def _counted_ages(ages: str, lex: Lexicon) -> int:
    """People told by their ages: one per age, or as many as a number word before the age says
    ("40-річна жінка, двоє 5-річних і 9-річний хлопчики" is four)."""
    total = 0
    for age in re.finditer(r"\d+", ages):
        before = _WORD_BEFORE.search(ages, 0, age.start())
        times = lex.numbers.parse(before.group(1)) if before else None
        total += times if isinstance(times, int) and 1 < times <= _MOST_OF_ONE_AGE else 1
    return total


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_MOST_OF_ONE_AGE = 12  # a number word before an age counts people of that age, never more than this


# A few words an official is quoted with, "an \"elderly woman\" was killed": read as if unquoted.
_QUOTED_WORDS = re.compile(r"(?<=\s)[\"“„«]([^\W\d_][\w'’ -]{0,38}?)[\"”»](?=\s)")
BREAKDOWN_MARKS = (":", " - ", " – ", " — ")  # what opens a breakdown of a figure by place or by harm


def _without_people_described(out: list[tuple[str, int, int]], ends: dict[int, int], sentence: str,
                              lex: Lexicon) -> list[tuple[str, int, int]]:
    """"Есть один раненый, женщина с осколочным ранением руки": people described right after a count,
    set off by a comma or a dash, are some of those counted, not more (not "..., один человек ранен в
    Константиновке", a count of its own)."""
    return [b for b in out if not any(
        a[0] == b[0] and a[2] < b[2] and a[2] in ends and b[1] <= a[1]
        and _APPOSITION.fullmatch(sentence[ends[a[2]]:b[2]]) and lex.one_person_word.pattern.match(sentence, b[2])
        for a in out)]


_APPOSITION = re.compile(r"\s*[,:–—-]\s*")


def _victims_split(out: list[tuple[str, int, int]], sentence: str, lex: Lexicon
                   ) -> tuple[tuple[str, int, int], list[tuple[str, int, int]]] | None:
    """"Постраждали 39 людей: з них 15 загинули, 24 поранені": the victims told first count the dead
    too, so the dead after them are their share and the hurt are the rest (given, or the difference)."""
    for total in out:
        key, value, pos = total
        if key != "injured" or not lex.victims_overall.search(sentence[max(0, pos - 30):pos + 30]):
            continue
        after = [f for f in out if f[2] > pos]
        dead = [f for f in after if f[0] == "killed"]
        between = sentence[pos:dead[0][2]] if dead else ""
        if len(dead) != 1 or not 0 < dead[0][1] < value or not (
                lex.breakdown.search(between) or any(mark in between for mark in BREAKDOWN_MARKS)):
            continue
        hurt = [f for f in after if f[0] == "injured" and dead[0][1] + f[1] == value]
        return total, [dead[0], hurt[0] if hurt else ("injured", value - dead[0][1], pos)]
    return None


def _without_kinds_of_harm(out: list[tuple[str, int, int]], sentence: str) -> list[tuple[str, int, int]]:
    """"Четверо постраждалих – одна травмована, троє мають гостру реакцію на стрес": smaller figures after
    a colon or a dash that do not add up to the total before it tell what harm its people took,
    not more people (parts that add up are a split by place, which the reader weighs)."""
    for key, total, pos in list(out):
        marks = [i for i in (sentence.find(mark, pos) for mark in BREAKDOWN_MARKS) if i > pos]
        if not marks:
            continue
        cut = min(marks)
        parts = [f for f in out if f[0] == key and f[2] > cut]
        if parts and not any(pos < f[2] < cut for f in out) and all(f[1] < total for f in parts) \
                and sum(f[1] for f in parts) != total:
            out = [f for f in out if f not in parts]
    return out


def interceptions(sentence: str, lex: Lexicon | None = None, launched_before: str | None = None) -> dict[str, int]:
    """Launched and intercepted missiles and drones stated in one sentence. ``launched_before``
    is the class ("drones", "missiles") whose launch the report told last, for a share downed
    without its noun ("26 of them were shot down")."""
    lex = _en(lex)
    out: dict[str, int] = {}
    if not lex.figure_words.test(sentence):
        return out
    sentence = blank_emphasis(sentence)
    # "at 14:45", "152 mm shells": no count of weapons (blanked, every position kept).
    sentence = lex.not_a_count.sub(lambda m: " " * len(m.group(0)), sentence)
    # ("all but two of the missiles": the two are not a count of the downed; see all_but_intercepted)
    sentence = lex.all_but.sub(lambda m: " " * len(m.group(0)), sentence)
    intercepted: list[tuple] = []
    for verb in lex.intercept_verb.finditer(sentence):
        after = sentence[verb.end():]
        stop = lex.after_verb_stop.search(after)
        after = after[: stop.start()] if stop else after
        before = sentence[: verb.start()]
        told_before = []
        if lex.before_verb.test(before) or lex.figure_before_verb.test(before):
            clause = lex.clause_split.pattern.split(before)[-1]
            told_before = _items(clause, lex, sentence, launched_before)
        share_here = any(m.start() < verb.start() < m.end() for rule in lex.share_downed for m in rule.finditer(sentence))
        if (told_before or share_here) and "," in after:
            # ("з них 30 було збито, 12 дронів локаційно втрачено": the figure (or share) the verb
            # followed is the downed one; the next clause counts something else)
            after = after[: after.index(",")]
        intercepted += _items(after, lex, sentence, launched_before) + told_before
    for verb in lex.launch_verb.finditer(sentence):
        if lex.weapon_before.test(sentence[: verb.start()]):
            continue  # "missiles fired from the Black Sea": a participle, not a new launch
        after = sentence[verb.end():]
        stop = lex.after_verb_stop.search(after)
        for cls, n, total, how in _items(after[: stop.start()] if stop else after, lex, sentence):
            if n is not None and total is None and not lex.single_article.test_start(after.lstrip()):
                out.setdefault(f"{cls}_launched", n)
    for m in lex.launched_passive.finditer(sentence):
        value, cls = lex.numbers.parse(m.group("n")), _weapon_class(m.group("w"), lex, sentence)
        if value is not None and cls:
            out.setdefault(f"{cls}_launched", value)
    for m in lex.none_intercepted.finditer(sentence):
        cls = _weapon_class(m.group("w"), lex, sentence)
        if cls:
            intercepted.append((cls, 0, lex.numbers.parse(m.group("m")) if m.groupdict().get("m") else None, "n"))
    for cls, n, total, how in intercepted:
        if f"{cls}_intercepted" in out:
            continue
        if how == "all":
            n = total if total is not None else out.get(f"{cls}_launched")
            if n is None:
                continue
        out[f"{cls}_intercepted"] = n
        if total is not None:
            out[f"{cls}_launched"] = total
    share = next((m for rule in lex.share_downed for m in [rule.search(sentence)] if m), None)
    if share and lex.intercept_verb.test(sentence):
        # "Russia launched 33 drones, 26 of them were shot down": the launched weapon's share.
        launched = launched_classes(out)
        if not share.groupdict().get("n") and len(launched) > 1:
            # ("six drones and two missiles, every one of which was downed": every class launched)
            for cls in launched:
                out.setdefault(f"{cls}_intercepted", out[f"{cls}_launched"])
                intercepted.append((cls, out[f"{cls}_intercepted"], None, "n"))
        # (nor, with no count read, when both kinds were told before the share: "79 drones and two
        # missiles, of which 67 were shot down" is a share of them all)
        both = lex.drone_word.test(sentence[:share.start()]) and lex.missile_word.test(sentence[:share.start()])
        cls = launched[0] if len(launched) == 1 else None if launched or both else launched_before
        # (a share without a figure is all of them: "four missiles, all were shot down")
        n = lex.numbers.parse(share.group("n")) if share.groupdict().get("n") else out.get(f"{cls}_launched")
        if cls and n is not None and f"{cls}_intercepted" not in out:
            out[f"{cls}_intercepted"] = n
            intercepted.append((cls, n, None, "n"))
    if not intercepted:
        one = lex.single_downed.search(sentence)  # "a drone was shot down over the suburb": one
        cls = _weapon_class(one.group("w") or one.groupdict().get("w2") or "", lex, sentence) if one else None
        if cls:
            out.setdefault(f"{cls}_intercepted", 1)
    shot = [k for k in out if k.endswith("_intercepted")]
    first = lex.intercept_verb.search(sentence)
    if len(shot) == 1 and out[shot[0]] is not None and first:
        # "Nine were shot down over Odesa, one more over Vinnytsia": the night's tally is ten.
        rest = sentence[first.end():]
        breakdown = lex.breakdown.search(rest) or lex.tally_parts.search(rest)
        for m in lex.more_intercepted.finditer(rest):
            if breakdown and breakdown.start() < m.start():
                break  # "16 drones, 15 of them over A and one over B": parts of the sixteen
            if m.groupdict().get("n3") and not lex.over_before.test(rest[:m.start()] + " "):
                continue  # a bare figure adds to the tally only after one told "over" a region
            more = lex.numbers.parse(m.group("n") or m.groupdict().get("n2") or m.groupdict().get("n3") or "")
            if more:
                out[shot[0]] += more
    return out


def launched_classes(figures: dict[str, int]) -> list[str]:
    """The classes ("drones", "missiles") whose launch the figures tell."""
    return [k.removesuffix("_launched") for k in figures if k.endswith("_launched")]


def all_intercepted(sentence: str, lex: Lexicon | None = None) -> set[str]:
    """Classes ("drones", "missiles") a sentence says were all shot down without a number
    ("All the drones were destroyed"): as many as the report said were launched."""
    lex = _en(lex)
    if not lex.figure_words.test(sentence) or not lex.intercept_verb.test(sentence):
        return set()
    return {cls for cls, n, total, how in _items(sentence, lex) if how == "all" and total is None}


def all_but_intercepted(sentence: str, lex: Lexicon | None = None, launched_before: str | None = None) -> dict[str, int]:
    """Classes a sentence says were all shot down but a few ("all but two of the missiles"), with how
    many were not: the downed are as many as the report said were launched, less those."""
    lex = _en(lex)
    if not lex.intercept_verb.test(sentence):
        return {}
    out = {}
    for m in lex.all_but.finditer(sentence):
        n = lex.numbers.parse(m.group("n"))
        cls = next((c for w in (m.group("w"), m.group("w2")) if w and (c := _weapon_class(w, lex, sentence))),
                   launched_before)
        if isinstance(n, int) and cls:
            out.setdefault(cls, n)
    return out


# --- damage and reporters ---------------------------------------------------------------

def damage_in(sentence: str, lex: Lexicon | None = None) -> list[str]:
    lex = _en(lex)
    found = [rule.meta["item"] for rule in lex.damage if rule.search(sentence)]
    if not found and lex.damage_any.test(sentence):
        found.append("damage")
    return list(dict.fromkeys(found))


def reporter_in(sentence: str, lex: Lexicon | None = None) -> str:
    lex = _en(lex)
    for pattern in lex.reporter:
        m = pattern.search(sentence)
        if m:
            who = re.sub(r"^the\s+", "", sentence[m.start("who"):m.end("who")].strip(), flags=re.I)
            return who[0].upper() + who[1:] if who.islower() else who
    return ""


# --- dates ----------------------------------------------------------------------------

def date_in(sentence: str, published: date, base: date | None = None, lex: Lexicon | None = None
            ) -> tuple[date, str] | None:
    """The day a sentence places its events on, relative to publication (or, for 'the
    same day' and 'a day earlier', to ``base``, the day of the story so far)."""
    lex = _en(lex)
    if lex.earlier_clause.test(sentence):
        sentence = lex.earlier_clause.sub(" ", sentence)  # ("the depot, which had already been hit on 3 March")
    # "..., the governor said on July 25": the day of the telling, when the sentence dates its event too.
    told = lex.told_on.sub(" ", sentence) if lex.told_on.test(sentence) else sentence
    if told != sentence:
        # "... 2 грудня — день жалоби за загиблими від удару напередодні": the day before the one named.
        said = _date_in(" . ".join(m.group(0) for m in lex.told_on.finditer(sentence)), published, base, lex)
        return _date_in(told, published, said[0] if said else base, lex) or _date_in(sentence, published, base, lex)
    return _date_in(sentence, published, base, lex)


def _date_in(sentence: str, published: date, base: date | None, lex: Lexicon) -> tuple[date, str] | None:
    night = lex.night_of.search(sentence)
    if night:
        # "the night of March 3-4": the strike is dated by the morning it ended on.
        groups = night.groupdict()
        month = groups.get("month") or groups.get("month2")
        day = groups.get("second") or groups.get("second2")
        parsed = _calendar_day(f"{day} {month}", published, lex.dateparser) if month and day else None
        if parsed:
            return parsed, "day"
    undated = lex.dateline.sub("", sentence)
    dates = list(lex.explicit_date.finditer(undated))
    for m in dates:
        # (a day still to come is no strike's: "Thursday, 14 March, will be a day of mourning for those killed
        # on Tuesday")
        parsed = _calendar_day(m.group(0), published, lex.dateparser, ahead=False)
        if parsed and lex.day_ended_by.search(undated[max(0, m.start() - 80):m.start()]):
            return parsed - timedelta(days=1), "day"  # "за добу станом на 8:00 12 березня": the 11th
        if parsed:
            return parsed, "day"
    for rule in lex.relative_date:
        m = rule.search(sentence)
        if not m:
            continue
        how = rule.meta.get("base", "published")
        if how == "weekday":
            weekday = m.group("weekday").lower()
            names = lex.tables.get("weekdays", {})
            idx = names.get(weekday)
            if idx is None:
                idx = next((v for k, v in names.items() if weekday.startswith(k)), None)
            if idx is None:
                continue
            back = (published.weekday() - int(idx)) % 7
            return published - timedelta(days=back), "day"
        # (in a quote, "накануне" is the day before the speaker spoke, about when the report came out; so
        # in his words told without quote marks: "По его словам, ... накануне ударили")
        origin = (base or published) if how == "story" and not _quoted(sentence, m.start()) \
            and not lex.in_their_words.test(sentence[:m.start()]) else published
        days = int(rule.meta.get("days", 0))
        if how == "story" and rule.meta.get("eve_of_publication") and origin == published - timedelta(days=1):
            # (a story of yesterday: "напередодні" then is that yesterday too; the day before it would be
            # "позавчора")
            origin = published
        return origin + timedelta(days=days), "day"
    return None


def _ordinal(word: str, lex: Lexicon) -> int | None:
    """The count an ordinal tells, by its stem ("п'ята": 5)."""
    word = word.lower()
    return next((int(v) for k, v in lex.tables.get("ordinals", {}).items() if word.startswith(k)), None)


def _quoted(sentence: str, position: int) -> bool:
    """Whether a position lies inside a quotation: a quote mark opened before it and not closed."""
    before = sentence[:position]
    return before.count("«") > before.count("»") or before.count("“") > before.count("”") or before.count('"') % 2 == 1


def names_day(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence names its day outright (a date, a weekday, "yesterday"), not only a
    time of the day it was told ("this evening"), which a quote restating a strike also says."""
    return bool(lex.night_of.search(sentence) or lex.explicit_date.search(lex.dateline.sub("", sentence))) or any(
        rule.meta.get("base") == "weekday" or int(rule.meta.get("days", 0)) != 0
        for rule in lex.relative_date if rule.test(sentence))


@functools.lru_cache(maxsize=4096)
def _calendar_day(phrase: str, published: date, language: str = "en", ahead: bool = True) -> date | None:
    """'12 February', '8 лютого', 'Feb. 3, 2024': the day, the most recent on or before publication
    (``ahead=False``: None for a day or two after it, a day still to come)."""
    parsed = dateparser.parse(phrase, languages=[language], settings={
        "RELATIVE_BASE": datetime(published.year, published.month, published.day, 12), "PREFER_DATES_FROM": "past"})
    if not parsed:
        return None
    day = parsed.date()
    if day.year < published.year and not re.search(r"\d{4}", phrase):
        # "в ніч на 23 жовтня" written late on the 22nd: that night has begun, not last year's.
        try:
            this_year = day.replace(year=published.year)
        except ValueError:
            return day
        if 0 < (this_year - published).days <= 2:
            return published if ahead else None
    return day
