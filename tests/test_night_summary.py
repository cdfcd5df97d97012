"""Air Force night summaries read into attack records, and weapon names mapped to one vocabulary.

The summaries under tests/airforce/summaries are written in the Air Force's style for real nights;
tests/airforce/expected.jsonl holds those nights' figures as the digitised dataset gives them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import weapons
from dashboard.attack_records import DATA_DIR, LANGUAGES, AttackRecordError, read_night_summary
from dashboard.events import WEAPONS
from dashboard.weapons import normalise_weapon, weapon_models, weapons_in_text

AIRFORCE = Path(__file__).parent / "airforce"
EXPECTED = [json.loads(line) for line in (AIRFORCE / "expected.jsonl").read_text(encoding="utf-8").splitlines()]


def _figures(records):
    return {record.model: (record.launched, record.shot_down, record.not_reached) for record in records}


def _one(text: str, published: str = "2026-02-08"):
    records = read_night_summary(text, published)
    assert len(records) == 1, records
    return records[0]


# --- the test set ----------------------------------------------------------------------------


def test_the_test_set_covers_three_languages_and_real_nights():
    languages = [entry["file"].rsplit("_", 1)[1].removesuffix(".txt") for entry in EXPECTED]
    assert len(EXPECTED) >= 24
    assert languages.count("en") >= 4 and languages.count("ru") >= 4 and languages.count("uk") >= 12
    assert len({entry["night"] for entry in EXPECTED}) == len(EXPECTED)
    assert all((AIRFORCE / "summaries" / entry["file"]).is_file() for entry in EXPECTED)


@pytest.mark.parametrize("entry", EXPECTED, ids=[entry["file"] for entry in EXPECTED])
def test_every_summary_gives_the_datasets_figures_for_every_weapon(entry):
    text = (AIRFORCE / "summaries" / entry["file"]).read_text(encoding="utf-8")
    records = read_night_summary(text, entry["published"], source=entry["source"])
    expected = {w["model"]: (w["launched"], w["shot_down"], w.get("not_reached")) for w in entry["weapons"]}
    assert _figures(records) == expected
    assert {record.night.isoformat() for record in records} == {entry["night"]}
    assert {record.source for record in records} == {entry["source"]}


# --- the night's date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "night"),
    [
        ("У ніч на 8 лютого противник атакував 101 ударним БпЛА.", "2026-02-08", date(2026, 2, 8)),
        ("У ніч з 7 на 8 лютого ворог запустив 10 шахедів.", "2026-02-08", date(2026, 2, 8)),
        ("В ночь на 8 февраля противник атаковал 101 ударным БпЛА.", "2026-02-08", date(2026, 2, 8)),
        ("В ночь с 7 на 8 февраля противник атаковал 101 БпЛА.", "2026-02-09", date(2026, 2, 8)),
        ("Overnight on Feb. 8, Russia launched 101 drones.", "2026-02-08", date(2026, 2, 8)),
        ("On the night of February 7 to 8 Russia launched 101 drones.", "2026-02-09", date(2026, 2, 8)),
        ("Цієї ночі ворог атакував 101 ударним БпЛА.", "2026-02-08", date(2026, 2, 8)),
        ("Минулої ночі ворог атакував 50 шахедами.", "2025-10-18", date(2025, 10, 18)),
        ("Этой ночью противник атаковал 60 ударными БпЛА.", "2025-08-17", date(2025, 8, 17)),
        ("Russia launched 101 drones overnight.", "2026-02-08", date(2026, 2, 8)),
        ("У ніч на 31 грудня противник атакував 80 ударними БпЛА.", "2026-01-01", date(2025, 12, 31)),
    ],
)
def test_the_night_is_the_date_the_night_ends(text, published, night):
    assert _one(text, published).night == night


def test_the_evening_the_attack_began_is_not_the_night():
    record = _one("У ніч на 8 лютого (з 18:00 7 лютого) противник атакував 101 ударним БпЛА.")
    assert record.night == date(2026, 2, 8) and record.launched == 101


def test_a_publication_date_that_is_not_a_date_is_one_clear_error():
    with pytest.raises(AttackRecordError, match="not a date"):
        read_night_summary("Цієї ночі ворог атакував 10 БпЛА.", "yesterday")


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "launched"),
    [
        ("Цієї ночі противник запустив одинадцять ракет «Калібр».", 11),
        ("Цієї ночі противник атакував сто п'ятдесят сімома ударними БпЛА.", 157),
        ("Цієї ночі противник атакував двадцять одну крилату ракету Х-101.", 21),
        ("Этой ночью противник выпустил двадцать две крылатые ракеты Х-101.", 22),
        ("Russia launched one hundred and one drones overnight.", 101),
        ("Russia launched forty-three Shahed drones overnight.", 43),
        ("Russia launched 1,200 drones over the week.", 1200),
    ],
)
def test_counts_in_digits_or_words(text, launched):
    assert _one(text).launched == launched


def test_numbers_in_times_dates_and_weapon_names_are_not_counts():
    records = read_night_summary(
        "У ніч на 7 лютого (з 18:00 6 лютого) противник випустив 21 крилату ракету Х-101. "
        "Станом на 08:30 збито 14 Х-101.", "2026-02-07")
    assert _figures(records) == {"X-101/X-555": (21, 14, None)}


def test_a_breakdown_of_them_is_not_a_second_launch():
    record = _one("Противник атакував 101 ударним БпЛА типу Shahed та «Гербера». Близько 70 з них – «шахеди». "
                  "Збито 69 БпЛА.")
    assert (record.model, record.launched, record.shot_down) == ("Shahed-136/131", 101, 69)


# --- matching shot-down figures to their weapon group ----------------------------------------


def test_shot_down_figures_go_to_their_models():
    records = read_night_summary(
        "Цієї ночі ворог запустив 2 балістичні ракети Іскандер-М, 21 крилату ракету Х-101 та 16 ракет «Калібр». "
        "Збито 14 Х-101 та 10 «Калібрів».", "2026-02-07")
    assert _figures(records) == {"Iskander-M": (2, 0, None), "X-101/X-555": (21, 14, None), "Kalibr": (16, 10, None)}


def test_class_totals_match_by_category():
    records = read_night_summary("Противник атакував 30 ракетами та 101 БпЛА. Збито 20 ракет та 69 БпЛА.", "2026-02-07")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("missile", 30, 20), ("drone", 101, 69)}


def test_a_class_total_followed_by_its_models_is_not_counted_twice():
    records = read_night_summary("Противник випустив 37 ракет: 21 Х-101 та 16 Калібрів. "
                                 "Збито 24 ракети: 14 Х-101 і 10 Калібрів.", "2026-02-07")
    assert _figures(records) == {"X-101/X-555": (21, 14, None), "Kalibr": (16, 10, None)}


def test_a_figure_after_its_group_and_a_bare_figure_with_its_verb():
    records = read_night_summary("Russia launched 101 drones overnight; 69 were shot down or suppressed "
                                 "and 20 were lost in location.", "2026-02-08")
    assert _figures(records) == {None: (101, 69, 20)}


def test_wire_wording_with_participles_and_both():
    records = read_night_summary("Russia launched 31 drones and 2 missiles at Ukraine overnight, with air defences "
                                 "destroying 28 drones and both missiles, the military said.", "2026-02-08")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("drone", 31, 28), ("missile", 2, 2)}


@pytest.mark.parametrize("text", [
    "Overnight Russia sent 24 drones and three Kh-101 missiles against Ukraine. Air defences shot down 21 of the 24 "
    "drones. All three missiles were destroyed.",
    "У ніч на 8 лютого ворог атакував 24 ударними БпЛА та трьома ракетами Х-101. Сили ППО збили 21 з 24 дронів. "
    "Усі три ракети знищено.",
    "В ночь на 8 февраля противник атаковал 24 ударными БпЛА и тремя ракетами Х-101. Силы ПВО сбили 21 из 24 "
    "дронов. Все три ракеты уничтожены.",
], ids=["en", "uk", "ru"])
def test_a_figure_that_names_its_group_by_the_launched_figure(text):
    records = read_night_summary(text, "2026-02-08")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("drone", 24, 21), ("missile", 3, 3)}


@pytest.mark.parametrize("text", [
    "Air defence destroyed 36 out of 63 Shahed drones launched by Russia overnight, and about 15 of them near Kyiv.",
    "Overnight 36 of the 63 Shahed drones launched at Ukraine were shot down, the air force said.",
    "Сили ППО знищили 36 з 63 ударних БпЛА, запущених росіянами вночі.",
    "Air defences shot down 36 of 63 drones launched at the country overnight, officials said.",
])
def test_a_launch_told_of_the_group_is_not_the_figures_own_verb(text):
    records = read_night_summary(text, "2024-10-25")
    assert [(r.launched, r.shot_down) for r in records] == [(63, 36)]


@pytest.mark.parametrize("text", [
    "У ніч проти 25 серпня ворог вдарив по країні 104 ударними дронами, з них 76 знешкодила ППО.",
    "В ночь на 25 августа противник ударил по стране 104 ударными дронами, ПВО обезвредила 76 из них.",
])
def test_a_country_struck_with_drones_counts_them_launched(text):
    records = read_night_summary(text, "2025-08-25")
    assert [(r.launched, r.shot_down) for r in records] == [(104, 76)]


def test_a_shot_down_count_with_a_case_ending_after_its_digits():
    records = read_night_summary("У ніч на 8 лютого ворог атакував 112-ма ударними БпЛА. Станом на 09:00 підтверджено "
                                 "збиття 81-го ударного БпЛА.", "2026-02-08")
    assert _figures(records) == {None: (112, 81, None)}


@pytest.mark.parametrize("text", [
    "Overnight Russia launched 28 missiles and 16 drones. Air defence shot down all 28 missiles and 15 of the 16 drones.",
    "Вночі ворог випустив 28 ракет і 16 безпілотників. Сили ППО змогли збити всі 28 ракет та 15 із 16 безпілотників.",
], ids=["en", "uk"])
def test_all_with_its_own_count_is_that_groups_alone(text):
    records = read_night_summary(text, "2026-02-08")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("missile", 28, 28), ("drone", 16, 15)}


@pytest.mark.parametrize("text", [
    "У ніч на 8 лютого ворог атакував 20 БпЛА, збито 15. Лише в жовтні окупанти випустили по Україні 2023 БпЛА.",
    "В ночь на 8 февраля враг атаковал 20 БпЛА, сбито 15. Только в октябре оккупанты выпустили по Украине 2023 БпЛА.",
], ids=["uk", "ru"])
def test_a_months_tally_told_as_that_month_alone_is_no_nights_figure(text):
    assert _figures(read_night_summary(text, "2026-02-08")) == {None: (20, 15, None)}


@pytest.mark.parametrize("text", [
    "Уночі ворог випустив 28 ракет і 16 БпЛА. Ракети були збиті усі, а безпілотник не вдалось вразити лише один.",
    "Ночью враг выпустил 28 ракет и 16 БпЛА. Ракеты были сбиты все, а беспилотник не удалось поразить лишь один.",
], ids=["uk", "ru"])
def test_all_said_of_one_weapon_is_that_weapons_alone(text):
    records = read_night_summary(text, "2026-02-08")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("missile", 28, 28), ("drone", 16, 15)}


@pytest.mark.parametrize("text", ["Повітряні сили звітують про три збиті ракети.",
                                  "The Air Force reported three downed missiles."], ids=["uk", "en"])
def test_a_participle_between_the_count_and_the_weapon_gives_its_role(text):
    assert {(r.category, r.launched, r.shot_down) for r in read_night_summary(text, "2026-02-08")} == {("missile", None, 3)}


def test_a_verb_after_the_attackers_name_does_not_make_a_launch():
    records = read_night_summary("Air defences shot down 21 drones with which Russia attacked Ukraine last night. "
                                 "Twenty-two drones disappeared from radar.", "2026-02-08")
    assert _figures(records) == {None: (None, 21, 22)}


def test_a_relative_clause_does_not_turn_a_shot_down_figure_into_a_launch():
    text = ("Air defence shot down two Iskander-M or KN-23 ballistic missiles and 15 attack drones that Russia "
            "launched overnight. Russia had launched four Iskander-M or KN-23 ballistic missiles in total.")
    records = read_night_summary(text, "2026-02-08")
    assert _figures(records) == {"Iskander-M/KN-23": (4, 2, None), None: (None, 15, None)}


def test_drones_still_in_the_air_are_not_lost():
    record = _one("Russia launched 135 drones overnight. 80 drones were shot down. Additionally, 44 drones went "
                  "astray and approximately 10 strike drones were still being tracked.")
    assert (record.launched, record.shot_down, record.not_reached) == (135, 80, 44)


def test_lists_that_put_the_weapon_first():
    text = ("Противник застосував:\n– ударні БпЛА типу Shahed – 408 од.;\n– крилаті ракети Х-101 – 21;\n"
            "– «Калібр» – 16.\nЗбито/подавлено:\n– БпЛА – 382;\n– Х-101 – 14;\n– «Калібр» – 10.")
    records = read_night_summary(text, "2026-02-07")
    assert _figures(records) == {"Shahed-136/131": (408, 382, None), "X-101/X-555": (21, 14, None),
                                 "Kalibr": (16, 10, None)}


def test_an_abbreviation_before_a_bracket_does_not_end_the_sentence():
    records = read_night_summary("Противник застосував:\n– ракети «Калібр» – 5 од. (з акваторії Чорного моря);\n"
                                 "– ракети С-300 – 3 од. (з Бєлгородської області).", "2025-06-29")
    assert {r.model: (r.launched, r.launch_areas) for r in records} == {
        "Kalibr": (5, ["Чорного моря"]), "C-300": (3, ["Бєлгородської області"])}


def test_without_any_shot_down_figure_nothing_is_assumed():
    assert _one("Цієї ночі противник атакував 2 балістичними ракетами Іскандер-М.").shot_down is None


def test_hits_are_not_shot_down():
    record = _one("Цієї ночі противник атакував 101 БпЛА. Збито 69 БпЛА. Зафіксовано влучання 13 ударних БпЛА.")
    assert (record.launched, record.shot_down) == (101, 69)


# --- launch areas ----------------------------------------------------------------------------


def test_launch_areas_as_written():
    records = read_night_summary(
        "У ніч на 7 лютого противник випустив 2 балістичні ракети Іскандер-М з Курської області, "
        "21 крилату ракету Х-101 з району Каспійського моря та 16 ракет «Калібр» з акваторії Чорного моря, "
        "а також 101 БпЛА з напрямків: Курськ, Брянськ, Приморсько-Ахтарськ.", "2026-02-07")
    assert {record.model: record.launch_areas for record in records} == {
        "Iskander-M": ["Курської області"],
        "X-101/X-555": ["Каспійського моря"],
        "Kalibr": ["Чорного моря"],
        None: ["Курськ", "Брянськ", "Приморсько-Ахтарськ"],
    }


def test_launch_areas_never_take_in_the_places_that_were_struck():
    text = ("Минулої ночі ворог атакував 50 ударними БпЛА з напрямків Брянськ та Курськ. "
            "Збито 40 БпЛА на Харківщині та Сумщині. Зафіксовано влучання у Києві та Одесі. "
            "Дрони летіли також з напрямку Міллерово; уламки впали у Харкові.")
    record = _one(text, "2025-10-18")
    assert record.launch_areas == ["Брянськ", "Курськ", "Міллерово"]
    struck = ("Харків", "Сумщин", "Київ", "Одес")
    assert not [area for area in record.launch_areas if area.startswith(struck)]


def test_launch_areas_in_a_list_with_a_serial_comma():
    record = _one("The drones were launched overnight from the Russian cities of Kursk, Oryol, and Primorsko-Akhtarsk. "
                  "Russia launched 135 drones.")
    assert record.launch_areas == ["Kursk", "Oryol", "Primorsko-Akhtarsk"]


def test_a_clause_after_the_launch_areas_is_not_an_area():
    record = _one("Russia launched 55 drones overnight from Kursk and Oryol, the Ukrainian Air Force reported.")
    assert record.launch_areas == ["Kursk", "Oryol"]


# --- weapon names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "model", "category", "weapon_type"),
    [
        ("Shahed drones", "Shahed-136/131", "drone", "drone"),
        ("шахедів", "Shahed-136/131", "drone", "drone"),
        ("Шахед", "Shahed-136/131", "drone", "drone"),
        ("Герань-2", "Shahed-136/131", "drone", "drone"),
        ("Geran-2", "Shahed-136/131", "drone", "drone"),
        ("Shahed-136", "Shahed-136/131", "drone", "drone"),
        ("Gerbera", "Gerbera", "drone", "drone"),
        ("«Гербера»", "Gerbera", "drone", "drone"),
        ("Lancet", "Lancet", "drone", "drone"),
        ("Orlan-10", "Orlan-10", "drone", "drone"),
        ("Kh-101", "X-101/X-555", "missile", "cruise missile"),
        ("Х-101", "X-101/X-555", "missile", "cruise missile"),
        ("X-101", "X-101/X-555", "missile", "cruise missile"),
        ("Kalibr", "Kalibr", "missile", "cruise missile"),
        ("Калібр", "Kalibr", "missile", "cruise missile"),
        ("Калибр", "Kalibr", "missile", "cruise missile"),
        ("Iskander-M", "Iskander-M", "missile", "ballistic missile"),
        ("Іскандер-М", "Iskander-M", "missile", "ballistic missile"),
        ("Искандер", "Iskander-M", "missile", "ballistic missile"),
        ("Іскандер-К", "Iskander-K", "missile", "cruise missile"),
        ("KN-23", "KN-23", "missile", "ballistic missile"),
        ("Kinzhal", "X-47 Kinzhal", "missile", "ballistic missile"),
        ("Кинджал", "X-47 Kinzhal", "missile", "ballistic missile"),
        ("Х-47", "X-47 Kinzhal", "missile", "ballistic missile"),
        ("S-300", "C-300", "missile", "ballistic missile"),
        ("С-300", "C-300", "missile", "ballistic missile"),
        ("Kh-59", "X-59", "missile", "cruise missile"),
        ("Kh-22", "X-22", "missile", "cruise missile"),
        ("Oniks", "P-800 Oniks", "missile", "cruise missile"),
        ("KAB", "KAB", "bomb", "glide bomb"),
        ("КАБ", "KAB", "bomb", "glide bomb"),
        ("kamikaze drone", None, "drone", "drone"),
        ("ударний БпЛА", None, "drone", "drone"),
        ("крилата ракета", None, "missile", "cruise missile"),
        ("балістична ракета", None, "missile", "ballistic missile"),
        ("керована авіабомба", None, "bomb", "glide bomb"),
    ],
)
def test_normalise_weapon(text, model, category, weapon_type):
    found = normalise_weapon(text)
    assert (found.model, found.category, found.weapon_type) == (model, category, weapon_type)


def test_normalise_weapon_without_a_weapon():
    assert normalise_weapon("the mayor said on Telegram") is None
    assert normalise_weapon("кабінет міністрів") is None


@pytest.mark.parametrize("row", weapon_models(), ids=[row.model or row.aliases[0] for row in weapon_models()])
def test_every_example_in_the_weapon_table_names_its_weapon(row):
    mentions = weapons_in_text(row.example)
    assert any(
        (m.model, m.category, m.weapon_type) == (row.model, row.category, row.weapon_type) for m in mentions
    ), (row.example, mentions)


@pytest.mark.parametrize("row", weapon_models(), ids=[row.model or row.aliases[0] for row in weapon_models()])
def test_every_alias_names_its_own_row(row):
    for alias in row.aliases:
        written = alias.replace("*", "")
        found = weapons_in_text(written)
        assert [(m.model, m.weapon_type, m.span) for m in found] == [(row.model, row.weapon_type, (0, len(written)))]


def test_the_weapon_table_uses_the_projects_vocabulary():
    for row in weapon_models():
        assert row.category in weapons.CATEGORIES and row.weapon_type in WEAPONS
        assert row.aliases and row.example


def test_mentions_carry_their_span():
    text = "противник атакував 101 ударним БпЛА типу Shahed, «Гербера» та дронами інших типів"
    mentions = weapons_in_text(text)
    assert [m.text for m in mentions] == ["ударним БпЛА", "Shahed", "Гербера", "дронами"]
    assert all(text[m.span[0]:m.span[1]] == m.text for m in mentions)


def test_a_bad_row_in_the_weapon_table_is_one_clear_error(tmp_path, monkeypatch):
    table = tmp_path / "weapon_models.csv"
    table.write_text("model,category,weapon_type,aliases,example,note\nTor,missile,rockets,Tor,Tor,\n",
                     encoding="utf-8")
    monkeypatch.setattr(weapons, "WEAPON_MODELS_CSV", table)
    weapons.weapon_models.cache_clear()
    try:
        with pytest.raises(weapons.WeaponTableError, match="line 2"):
            weapons.weapon_models()
    finally:
        weapons.weapon_models.cache_clear()


# --- the language files ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_file_example_reads_as_its_summary(language):
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    record = _one(data["example"], "2026-02-08")
    assert (record.night, record.launched, record.shot_down) == (date(2026, 2, 8), 101, 69)
    assert record.launch_areas[:2] == data["example_launch_areas"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("0123456789 ,.;:–()\n") + [
    "збито ", "атакував ", "БпЛА ", "ракет ", "Х-101 ", "з напрямку ", "Курськ ", "у ніч на ", "лютого ",
    "з них ", "launched ", "drones ", "from ", "Kursk ", "сбиты ", "из ", "локаційно втрачено ", "одинадцять "]),
    max_size=40).map("".join))
def test_any_text_reads_without_error_and_counts_are_never_negative(text):
    for record in read_night_summary(text, "2026-02-08"):
        assert all(value is None or value >= 0 for value in (record.launched, record.shot_down, record.not_reached))
        assert record.category in ("missile", "drone", "bomb")


def test_a_text_without_figures_has_no_records():
    assert read_night_summary("", "2026-02-08") == []
    assert read_night_summary("Повітряна тривога триває.", "2026-02-08") == []


# --- other nights, "all of them", "eight of fourteen" -----------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentence_about_the_night_before_does_not_add_its_figures(language):
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_earlier_night"], "2026-02-08", language=language)
    assert [(r.category, r.shot_down) for r in records] == [("drone", 2)]


def test_a_night_dated_otherwise_is_left_out():
    records = read_night_summary(
        "Уночі на 14 вересня ворог запустив 22 «шахеди», сімнадцять із них знищено. "
        "Напередодні, в ніч на середу, 13 вересня, Росія випустила 44 дрони, з яких збито 32.", "2023-09-14")
    assert [(r.launched, r.shot_down) for r in records] == [(22, 17)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("example", "figures"), [("example_all_of_them", (11, 11)),
                                                  ("example_not_shot_down", (28, 24))])
def test_all_shot_down_and_all_but_four_give_the_shot_down_figure(language, example, figures):
    """ "All of them were shot down"; "only four could not be shot down"."""
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    record = read_night_summary(data[example], "2026-02-08", language=language)[0]
    assert (record.launched, record.shot_down) == figures


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_number_of_things_destroyed_is_no_shot_down_figure(language):
    """ "About 40 cars were destroyed": the verb is a shoot-down verb, the things are no weapons."""
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    assert _figures(read_night_summary(data["example_things"], "2026-02-08", language=language)) == {None: (20, 15, None)}


@pytest.mark.parametrize("text", [
    "Overnight Russia attacked with 42 Shahed drones, the Air Force reporting 38 of the 42 drones (UAV) shot down.",
    "Overnight five out of the six Russian drones were shot down over the region.",
    "Overnight five of six drones were shot down.",
])
def test_a_figure_named_by_its_group_before_the_verb(text):
    assert len(read_night_summary(text, "2026-02-08")) == 1
    record = read_night_summary(text, "2026-02-08")[0]
    assert (record.launched, record.shot_down) in {(42, 38), (6, 5)}


def test_a_sentence_about_the_day_before_with_no_count_does_not_carry_on():
    records = read_night_summary("Russia launched six drones overnight. Attacks on the region the previous day damaged "
                                 "homes. Five drones were shot down.", "2026-02-08")
    assert _figures(records) == {None: (6, 5, None)}


def test_parts_listed_after_a_colon_are_parts_of_the_total():
    records = read_night_summary("Этой ночью средствами ПВО уничтожены восемь украинских БпЛА:\nтри БпЛА — над Ростовской "
                                 "областью,\nтри БпЛА — над Брянской областью,\nдва БпЛА — над Курской областью.", "2026-02-08")
    assert _figures(records) == {None: (None, 8, None)}


@pytest.mark.parametrize("text", ["Системы ПВО сбили беспилотный летательный аппарат, летевший на Москву.",
                                  "Сили ППО збили безпілотник над Києвом."], ids=["ru", "uk"])
def test_one_drone_shot_down_named_without_a_number(text):
    assert {(r.category, r.launched, r.shot_down) for r in read_night_summary(text, "2026-02-08")} == {("drone", None, 1)}


def test_one_drone_told_as_attacking_is_no_launch_figure():
    records = read_night_summary("За сутки 22 беспилотника атаковали округ. Вечером машину атаковал дрон.", "2026-02-08")
    assert _figures(records) == {None: (22, None, None)}


def test_one_way_is_no_count():
    records = read_night_summary("Russia launched 17 Shahed drones overnight. Air defence shot down 11 Shahed "
                                 "one-way combat drones.", "2026-02-08")
    assert _figures(records) == {"Shahed-136/131": (17, 11, None)}


def test_not_all_shot_down_is_no_figure():
    record = _one("Russia launched 11 drones overnight, and not all of them were shot down.")
    assert (record.launched, record.shot_down) == (11, None)


def test_eight_of_fourteen_goes_to_the_group_of_fourteen():
    records = read_night_summary("Уночі росіяни випустили по області 15 ракет і 14 безпілотників. "
                                 "Вісім із чотирнадцяти дронів збили сили ППО, десять із п'ятнадцяти ракет знищено.",
                                 "2026-02-08")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("missile", 15, 10), ("drone", 14, 8)}


@pytest.mark.parametrize(("text", "figures"), [
    # "84 з них", then hits in the same sentence
    ("Вночі ворог запустив 94 безпілотники. ППО змогла знешкодити 84 з них, проте зафіксовано влучання 10 дронів "
     "у чотирьох місцях.", (94, 84)),
    # "almost all" is not all
    ("Russia launched 31 drones overnight. Twenty-nine of them were destroyed, almost all of them near the capital.",
     (31, 29)),
    # where the downed ones fell is not more of them
    ("Air defence destroyed every one of the ten Shahed drones Russia launched overnight. One was shot down over the "
     "Mykolaiv region and the other nine over the Odesa region.", (10, 10)),
    # a headline sums up the tally the body tells after it
    ("Нічна атака: з 28 «шахедів» знищено 24\nУночі росіяни випустили по Україні 28 ударних дронів Shahed-136/131.",
     (28, 24)),
])
def test_shot_down_figures_as_stories_tell_them(text, figures):
    record = _one(text)
    assert (record.launched, record.shot_down) == figures


@pytest.mark.parametrize("language", ["uk", "ru", "en"])
def test_a_local_strikes_weapons_are_among_the_country_wide_count(language):
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_country_wide"], "2025-08-23", language=language)
    assert [(r.category, r.launched if language != "ru" else r.shot_down) for r in records] == [("drone", 49)]
    assert all(r.launched != 2 for r in records)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_tally_told_as_earlier_news_is_not_added_to_the_summarys_own(language):
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_earlier_told"], "2026-02-08", language=language)
    assert [(r.category, r.shot_down) for r in records] == [("drone", 2)]
    # The only tally of a text, told as earlier news, is still its tally.
    alone = read_night_summary("Ранее Минобороны сообщило об уничтожении 40 беспилотников над регионами России.",
                               "2026-02-08", language="ru")
    assert [(r.category, r.shot_down) for r in alone] == [("drone", 40)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_months_tally_is_not_added_to_the_nights(language):
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_period"], "2026-02-08", language=language)
    assert [(r.category, r.shot_down, r.launched) for r in records] == [("drone", 2, None)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_verb_cues_read_with_one_word_start_test_are_the_roles_own(language):
    """The cue scan tests for a word start once before all roles; it finds what one whole-word
    pattern per role, tried in turn, finds (and nothing inside a word)."""
    import re

    from dashboard.attack_records import ROLES, _cues, _lexicon
    from dashboard.lowercase import lowercase_pattern

    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    per_role = re.compile(lowercase_pattern("|".join(
        f"(?P<{role}>{weapons.phrases_pattern(data[role])})" for role in ROLES)))
    texts = [(AIRFORCE / "summaries" / entry["file"]).read_text(encoding="utf-8") for entry in EXPECTED
             if entry["file"].endswith(f"_{language}.txt")] + [
        " ".join(phrase for role in ROLES for phrase in data[role]).replace("*", ""),
        "x" + " x".join(phrase for role in ROLES for phrase in data[role]).replace("*", "")]
    lexicon = _lexicon(language)
    for text in texts:
        low = text.lower()
        expected = [(m.lastgroup, m.start(), m.end()) for m in per_role.finditer(low)]
        assert [(c.role, c.start, c.end) for c in _cues(text, lexicon)] == expected
    assert not _cues("unlaunched, undestroyed", _lexicon("en"))
    for role in ROLES:  # the shared test is the one each role's pattern starts with
        assert weapons.WORD_START + weapons.phrases_pattern(data[role], word_start=False) == \
            weapons.phrases_pattern(data[role])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_weapon_named_without_a_number_after_the_verb_is_one(language):
    """ "випустила балістичну ракету «Іскандер-М»", "launched a ballistic missile": one launched."""
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_one_weapon"], "2026-02-08", language=language)
    assert sorted((r.category, r.launched) for r in records) == [("drone", 72), ("missile", 1)]


def test_a_missile_struck_after_the_launch_is_not_another_launch():
    records = read_night_summary("Уночі ворог випустив по Україні балістичну ракету «Іскандер-М» і 72 ударні БпЛА. "
                                 "Збито 48 дронів. Ракета і 24 дрони влучили в десять об'єктів.", "2026-02-08")
    assert sorted((r.category, r.launched, r.shot_down) for r in records) == [("drone", 72, 48), ("missile", 1, 0)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_round_figure_and_the_exact_one_are_one_group(language):
    """ "понад п'ятьма десятками ... 54 ударні БпЛА": told twice, the exact figure stands."""
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    records = read_night_summary(data["example_approximate"], "2026-02-08", language=language)
    exact = {"uk": 54, "ru": 54, "en": 64}[language]  # the later, exact figure of each example
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("drone", exact, 33)]


def test_tens_count_after_a_number_and_never_alone():
    assert [r.launched for r in read_night_summary("Вночі ворог атакував двома десятками ударних БпЛА.",
                                                   "2026-02-08")] == [20]
    assert [r.launched for r in read_night_summary("Вночі ворог атакував десятки ударних БпЛА.", "2026-02-08")] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_said_it_between_a_figure_and_its_verb_keeps_the_figure(language):
    """ "18 drones, of which 11, he said, were destroyed": the aside between the commas is no stop."""
    data = json.loads((DATA_DIR / f"night_summary_{language}.json").read_text(encoding="utf-8"))
    record = read_night_summary(data["example_asides"], "2026-02-08", language=language)[0]
    assert (record.launched, record.shot_down) == (18, 11)


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Уночі Курськ зазнав атак 20 безпілотників, з яких 15 знищено."),
    ("ru", "Ночью Курск подвергся атаке 20 беспилотников, из которых 15 уничтожены."),
])
def test_an_attack_told_by_its_noun_in_any_case_counts_the_launched(language, text):
    """ "зазнав атак 20 безпілотників", "подвергся атаке 20 беспилотников": the 20 were launched."""
    record = read_night_summary(text, "2026-02-08", language=language)[0]
    assert (record.launched, record.shot_down) == (20, 15)


def test_a_round_shot_down_figure_gives_way_to_the_exact_one():
    """ "Four dozen drones downed", then "39 downed": one figure, told round and then exact."""
    records = read_night_summary("Вночі ППО збила чотири десятки дронів. Загалом ворог запустив 50 дронів, збито 39.",
                                 "2025-10-11", language="uk")
    assert [(r.launched, r.shot_down) for r in records] == [(50, 39)]
    # Figures that add up still add up.
    records = read_night_summary("Вночі ворог запустив 70 дронів. Збито 50, ще 19 подавлено.", "2025-10-11",
                                 language="uk")
    assert [(r.launched, r.shot_down) for r in records] == [(70, 69)]


@pytest.mark.parametrize(("language", "text"), [
    ("uk", "Уночі РФ спрямувала 63 ударні БпЛА, збито 38. Протягом жовтня ворог запустив 2023 дрони."),
    ("ru", "Ночью РФ направила 63 ударных БпЛА, сбиты 38. В течение октября оккупанты выпустили по Украине 2023 БпЛА."),
])
def test_drones_sent_are_launched_and_a_months_tally_is_not_the_nights(language, text):
    record = read_night_summary(text, "2023-11-06", language=language)[0]
    assert (record.launched, record.shot_down) == (63, 38)


def test_a_weapon_with_an_article_after_a_count_is_a_count_of_one():
    """ "24 Shaheds and a Kh-59 missile": the missile is not one more name for the 24."""
    records = read_night_summary("Russia launched 24 Shaheds and a Kh-59 missile overnight. "
                                 "17 Shaheds were shot down.", "2024-04-08", language="en")
    assert [(r.model, r.launched, r.shot_down) for r in records] == [("Shahed-136/131", 24, 17), ("X-59", 1, 0)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Air defence shot down:\n\nguided air missile Kh-59 over the Dnipropetrovsk region;\n\n17 attack drones."),
    ("uk", "Сили оборони збили:\n\n- керовану авіаційну ракету Х-59 на Дніпропетровщині;\n\n- 17 ударних БпЛА."),
])
def test_a_shot_down_list_set_out_in_paragraphs_keeps_its_verb_and_its_first_entry_is_one(language, text):
    records = read_night_summary(text, "2024-04-08", language=language)
    assert [(r.model, r.shot_down) for r in records] == [("X-59", 1), (None, 17)]


def test_the_dots_of_initials_do_not_cut_a_count_from_its_weapon():
    record = _one("Kyiv fired five U.S.-made ATACMS missiles at the port. Four were shot down.",
                  "2024-06-23")
    assert (record.launched, record.shot_down) == (5, 4)


def test_an_exact_figure_after_a_round_headline_is_that_figure_not_a_part_of_it():
    text = ("ПВО уничтожила четыре десятка дронов\n\nВ ночь на 11 октября Россия запустила 74 дрона Shahed. "
            "Сбиты 39 БПЛА, ещё 30 локационно потеряны.")
    records = read_night_summary(text, "2024-10-11", language="ru")
    assert [(r.launched, r.shot_down, r.not_reached) for r in records] == [(74, 39, 30)]


def test_bare_figures_by_command_after_a_total_say_where_it_was_downed():
    text = ("Утром Россия выпустила по Украине более 50 крылатых ракет. Всего удалось уничтожить 44 крылатые ракеты. "
            "Воздушное командование «Центр» сбило 18, командование «Юг» — 12, командование «Восток» — 9.")
    records = read_night_summary(text, "2022-10-31", language="ru")
    assert [r.shot_down for r in records] == [44]


@pytest.mark.parametrize(("language", "text"), [
    ("ru", "За ночь над регионами России сбиты 40 беспилотников. Больше всего над Курской областью — 25. "
           "В Брянской области силы ПВО уничтожили ещё 9 беспилотников."),
    ("en", "Air defences downed 40 drones over Russian regions overnight, most of them, 25, over the Kursk region. "
           "Another 9 drones were brought down in the Bryansk region's skies."),
])
def test_another_figure_over_a_region_after_a_total_is_where_part_of_it_was_downed(language, text):
    records = read_night_summary(text, "2024-10-08", language=language)
    assert [r.shot_down for r in records] == [40]


@pytest.mark.parametrize("text", [
    "Overnight Russia launched nine missiles and six drones. Air defence downed seven missiles and all of the drones.",
    "Уночі ворог випустив 9 ракет і 6 дронів. Знищено 7 ракет і всі дрони.",
    "Ночью противник выпустил 9 ракет и 6 дронов. Уничтожены 7 ракет и все дроны.",
])
def test_all_with_its_own_weapon_after_another_weapons_count_is_that_weapons_whole(text):
    records = read_night_summary(text, "2024-07-03")
    assert {(r.category, r.launched, r.shot_down) for r in records} == {("missile", 9, 7), ("drone", 6, 6)}


def test_a_region_targeted_with_weapons_launched_them():
    records = read_night_summary("Overnight Russia targeted the Sumy region with four missiles and eight drones.",
                                 "2024-07-03")
    assert {(r.category, r.launched) for r in records} == {("missile", 4), ("drone", 8)}


@pytest.mark.parametrize("other", [
    "Air defence destroyed a UAV over the Voronezh region, its governor wrote.",
    "Russian air defence downed two drones above the Kursk region, its defence ministry said.",
])
def test_a_count_over_a_region_before_the_launch_is_another_tally(other):
    text = ("Drones over two countries\n" + other + "\nRussia attacked Ukraine with Shahed drones overnight: the Air "
            "Force counted 24 drones launched; 18 of them it shot down.")
    (record,) = read_night_summary(text, "2024-02-09", language="en")
    assert (record.launched, record.shot_down) == (24, 18)


@pytest.mark.parametrize("text", [
    "У ніч на 12 вересня ворог атакував 40 ударними БпЛА типу Shahed. Збито 21 БпЛА, а ще 15 безпілотників "
    "втратили зв'язок.",
    "В ночь на 12 сентября противник атаковал 40 ударными БпЛА типа Shahed. Сбит 21 БпЛА, еще 15 дронов потеряли "
    "связь и упали самостоятельно.",
    "Overnight on 12 September Russia attacked with 40 Shahed drones. 21 drones were shot down, and 15 more lost "
    "contact and fell on their own.",
])
def test_drones_that_lost_contact_are_not_shot_down(text):
    (record,) = read_night_summary(text, date(2025, 9, 12))
    assert (record.launched, record.shot_down, record.not_reached) == (40, 21, 15)


def test_a_weapon_named_as_the_kind_of_attack_and_a_part_of_the_total_add_no_launch():
    """ "a combined missile and drone attack": no missile counted; "six Kinzhals were among them": part of the 80."""
    data = json.loads((DATA_DIR / "night_summary_en.json").read_text(encoding="utf-8"))
    kind = read_night_summary(data["example_kind_of_attack"], "2026-02-08", language="en")
    assert [(r.category, r.launched, r.shot_down) for r in kind] == [("drone", None, 20)]
    part = read_night_summary(data["example_part_of_total"], "2026-02-08", language="en")
    assert sorted((r.category, r.launched) for r in part) == [("drone", 90), ("missile", 120)]
