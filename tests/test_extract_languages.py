"""Reading Ukrainian and Russian: place names in every grammatical case, who struck, the
figures, and a warning (never silence) for a language without a lexicon. The reports here
are written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.attack_records import read_night_summary
from dashboard.events import Report
from dashboard.extract import detect_language, extract, facts, split_sentences
from dashboard.extract.lexicon import lexicon
from dashboard.extract.places import PlaceNames, find_mentions
from dashboard.geocode import Place, held_by_russia, km, region_of_officials


@pytest.mark.parametrize("text, code", [
    ("Уночі ворог атакував Харків дронами, є поранені серед мешканців міста.", "uk"),
    ("Ночью ВСУ обстреляли Шебекино, пострадали два мирных жителя.", "ru"),
    ("Russian drones attacked Kharkiv overnight, wounding three people.", "en"),
    # No letter or word only one of the two languages uses: Ukrainian would have written і.
    ("Российские войска обстреляли Никополь.", "ru"),
    ("Des drones ont frappé la ville pendant la nuit, selon les autorités locales.", None),
    ("", None),
])
def test_the_language_of_a_report(text, code):
    assert detect_language(text) == code


@pytest.fixture(scope="module")
def names(geocoder):
    return PlaceNames(geocoder)


@pytest.mark.parametrize("code, sentence, place", [
    ("uk", "Уночі ракета влучила у школу в Харкові.", "Kharkiv"),
    ("uk", "Ворог обстріляв громаду в Сумах.", "Sumy"),
    ("uk", "Окупанти вдарили по Запоріжжю.", "Zaporizhzhia"),
    ("uk", "Ворог обстріляв Хотінську громаду.", "Khotin"),
    ("uk", "Уламки впали в Соломʼянському районі Києва.", "Solomianskyi"),
    ("uk", "Росіяни обстріляли Великописарівську громаду.", "Velyka Pysarivka"),
    ("ru", "Беспилотник атаковал поселок в Белгородской области.", "Belgorod Oblast"),
    ("ru", "ВСУ обстреляли Шебекино.", "Shebekino"),
    ("ru", "Ракета попала в дом в Брянске.", "Bryansk"),
    ("uk", "Ракета влучила в кооператив у Кривому Розі.", "Kryvyi Rih"),
    ("ru", "Дрон атаковал Кривой Рог.", "Kryvyi Rih"),
    ("ru", "Дрон атаковал поселок в Валуйском округе.", "Valuyki"),
])
def test_place_names_in_every_grammatical_case(names, code, sentence, place):
    found = [m.place.name for m in find_mentions(sentence, names, lexicon(code))]
    assert place in found


def test_a_first_name_is_a_person_not_a_town(names):
    sentence = "Об этом сообщил губернатор Владимир Сальдо."
    assert "Vladimir" not in [m.place.name for m in find_mentions(sentence, names, lexicon("ru"))]


def test_a_regional_administration_is_a_title_not_a_target(names):
    mentions = find_mentions("Про обстріл повідомила Сумська ОВА.", names, lexicon("uk"))
    assert [m.role for m in mentions] == ["title"]


def _events(text: str, published: date, geocoder):
    return extract(Report(text, published), geocoder)


def test_a_ukrainian_administration_post(geocoder):
    text = ("Обстріл Нікополя: є поранені\n"
            "Увечері в суботу російська армія двічі вдарила по Нікополю з артилерії. "
            "Поранено двох чоловіків, обох госпіталізували. "
            "Пошкоджено три приватні будинки та лінію електропередач.")
    result = _events(text, date(2024, 6, 9), geocoder)  # a Sunday
    (ev,) = result.events
    assert (ev.place, ev.attacker, ev.attacker_basis) == ("Nikopol", "Russia", "stated")
    assert ev.event_date == date(2024, 6, 8)
    assert ev.injured == 2
    assert "artillery" in ev.weapons
    assert result.language == "uk"


def test_a_russian_governor_post(geocoder):
    text = ("Гладков: ВСУ обстреляли Шебекино\n"
            "Вчера вечером ВСУ обстреляли город Шебекино Белгородской области. "
            "Погибла женщина, еще трое мирных жителей ранены. "
            "Повреждены жилые дома и линия электропередачи.")
    (ev,) = _events(text, date(2024, 3, 15), geocoder).events
    assert (ev.place, ev.attacker, ev.country) == ("Shebekino", "Ukraine", "RU")
    assert ev.event_date == date(2024, 3, 14)
    assert (ev.killed, ev.injured) == (1, 3)


def test_a_village_the_gazetteer_lacks_is_placed_at_its_raion(geocoder):
    text = "ВСУ обстреляли село Заболотное Погарского района Брянской области, пострадавших нет."
    (ev,) = _events(text, date(2024, 3, 15), geocoder).events
    assert ev.geo_precision == "region" and "Pogar" in ev.place and ev.admin1 == "Bryansk Oblast"
    assert (ev.killed, ev.injured) == (0, 0)


def test_launch_areas_and_heard_explosions_are_not_targets(geocoder):
    text = ("Уночі ворог атакував Одесу ударними дронами з напрямку Приморсько-Ахтарська. "
            "Уламки пошкодили склад у порту. Вибухи цієї ночі чули також у Миколаєві.")
    places = {ev.place for ev in _events(text, date(2024, 6, 9), geocoder).events}
    assert places == {"Odesa"}


def test_a_report_naming_ukraine_as_attacker_of_occupied_towns(geocoder):
    text = ("Украинские войска нанесли удар по Горловке. "
            "В Горловке ранены двое мирных жителей, повреждены дома.")
    (ev,) = _events(text, date(2024, 3, 15), geocoder).events
    assert (ev.place, ev.attacker) == ("Horlivka", "Ukraine")


def test_an_unsupported_language_is_a_warning_not_silence(geocoder):
    result = _events("Des drones ont frappé Kharkiv pendant la nuit, selon les autorités.", date(2024, 1, 1), geocoder)
    assert result.events == [] and "not supported" in result.warnings[0]


def test_a_mixed_report_reads_each_sentence_in_its_own_language(geocoder):
    text = ("Russian drones struck Sumy overnight, the regional administration said. "
            "У Сумах пошкоджено житловий будинок, поранено трьох людей.")
    (ev,) = _events(text, date(2024, 6, 9), geocoder).events
    assert ev.place == "Sumy" and ev.injured == 3


def test_a_tally_without_a_struck_place_becomes_an_attack_record_not_a_marker(geocoder):
    text = ("Air defence shot down 17 of 22 Shahed drones overnight, launched from the Kursk region, "
            "the Air Force said. No damage was reported.")
    result = _events(text, date(2024, 6, 9), geocoder)
    assert result.events == []
    (record,) = [r for r in result.attack_records if r.category == "drone"]
    assert (record.launched, record.shot_down) == (22, 17)


@pytest.mark.parametrize("code, sentence, figures", [
    # The killed pattern's match reaches over the injured figure; both are still read.
    ("uk", "За даними губернатора, є один загиблий і троє поранених.", {"killed": 1, "injured": 3}),
    ("ru", "Известно о двух погибших и пяти раненых.", {"killed": 2, "injured": 5}),
    # The weapon that hurt someone as the sentence's subject.
    ("uk", "Скинутий з дрона боєприпас поранив чоловіка біля автобусної зупинки.", {"injured": 1}),
    ("ru", "Осколки снаряда ранили женщину во дворе дома.", {"injured": 1}),
    # Nobody hurt, with the words between the noun and its verb.
    ("uk", "Постраждалих, за попередньою інформацією, немає.", {"killed": 0, "injured": 0}),
    ("ru", "Людей, к счастью, не задело.", {"killed": 0, "injured": 0}),
    # An age written after the person is no count of people.
    ("en", "A woman aged 63 and a man of 19 were taken to hospital.", {"injured": 2}),
    ("en", "A woman of 71 was wounded by shrapnel.", {"injured": 1}),
    # The wounded told by the noun, as the dead are.
    ("ru", "Губернатор сообщил о гибели двух человек и ранении восьми в результате удара.", {"killed": 2, "injured": 8}),
    ("uk", "Голова ОВА повідомив про загибель двох людей і поранення восьми внаслідок удару.",
     {"killed": 2, "injured": 8}),
    ("uk", "Удар призвів до поранення трьох людей.", {"injured": 3}),
    ("ru", "Обстрел привёл к гибели человека и ранению двоих жителей.", {"killed": 1, "injured": 2}),
    # A wound "suffered", the noun first.
    ("uk", "У селищі осколкове поранення зазнав 60-річний цивільний чоловік.", {"injured": 1}),
    ("uk", "Поранень зазнали водій і пасажирка.", {"injured": 2}),
    ("en", "Luckily, the residents were not hurt.", {"killed": 0, "injured": 0}),
])
def test_casualty_phrasings(code, sentence, figures):
    from dashboard.extract import casualties

    found = {key: n for key, n, _ in casualties(sentence, lexicon(code)) if key != "children"}
    assert found == figures


def test_nobody_hurt_in_the_lead_covers_the_places_named_after_it(geocoder):
    text = ("Уночі ворог атакував Дніпропетровську область дронами. Більшість збили сили ППО, "
            "постраждалих, на щастя, немає.\nУ Нікополі пошкоджено два приватні будинки. "
            "У Марганці уламки впали на лінію електропередачі.")
    events = _events(text, date(2024, 5, 2), geocoder).events
    assert {"Nikopol", "Marhanets"} <= {ev.place for ev in events}
    assert all((ev.killed, ev.injured) == (0, 0) for ev in events)


def test_a_raion_named_beside_its_hromada_locates_it(geocoder):
    text = "Ворог знову накрив вогнем Нікопольський район – по Марганецькій громаді з важкої артилерії."
    events = _events(text, date(2024, 5, 2), geocoder).events
    assert [ev.place for ev in events] == ["Marhanets"]


def test_a_district_named_with_another_city_is_not_placed_in_the_city_that_has_one(geocoder):
    text = "KYIV (Reuters) - Russian artillery shelled the Dniprovskyi district of Kherson on Tuesday, wounding two."
    events = _events(text, date(2025, 3, 4), geocoder).events
    # Kherson's own district, not Kyiv's, nor the dateline
    assert [(ev.place, ev.district_of, ev.admin1, ev.injured) for ev in events] == [
        ("Kherson", "", "Kherson Oblast", None), ("Dniprovskyi", "Kherson", "Kherson Oblast", 2)]


def test_a_plural_unit_after_a_list_makes_each_name_a_raion(names):
    found = find_mentions("Officials said the Pokrovsk, Kramatorsk and Bakhmut districts were shelled overnight.",
                          names, lexicon("en"))
    assert [m.place.name for m in found] == ["Pokrovsk Raion", "Kramatorsk Raion", "Bakhmut Raion"]
    (town, raion) = find_mentions("Russian troops shelled Kherson and the Bilozerka district.", names, lexicon("en"))
    assert town.place.name == "Kherson"  # a singular unit is the last name's only


def test_a_capital_accusing_another_is_an_actor(names):
    (moscow, kyiv) = find_mentions("Moscow regularly accuses Kyiv of shelling the plant.", names, lexicon("en"))
    assert moscow.role == "context" and kyiv.role == "context"


def test_a_district_belongs_to_the_city_named_before_it_in_the_sentence(names):
    found = find_mentions("В Горловке под обстрел попал Калининский район, сообщили в администрации.", names,
                          lexicon("ru"))
    assert [(m.place.name, m.place.district_of) for m in found] == [("Horlivka", ""), ("Kalininskyi", "Horlivka")]


def test_all_drones_shot_down_counts_the_ones_launched_before(geocoder):
    text = ("Уночі ворог запустив по Україні дев'ять ударних безпілотників типу Shahed. "
            "Усі дрони знищили мобільні вогневі групи над Київською областю.")
    records = _events(text, date(2024, 11, 3), geocoder).attack_records
    drones = [r for r in records if r.category.startswith("drone")]
    assert [(r.launched, r.shot_down) for r in drones] == [(9, 9)]


def test_a_drone_that_flew_into_a_building_struck_the_district_named(geocoder):
    text = ("Уночі росіяни атакували Київ дронами. Удари припали на Деснянський і Дарницький райони. "
            "У Деснянському районі дрон влетів у багатоповерхівку. Там семеро поранених.")
    events = {ev.place: ev for ev in _events(text, date(2025, 6, 8), geocoder).events}
    assert events["Desnianskyi"].injured == 7


def test_a_village_named_with_its_hromada_is_the_one_there(geocoder):
    # The gazetteer knows Stepanivkas elsewhere only: the village is marked at its hromada's centre,
    # and the hromada is no second target.
    events = _events("One man was killed when Russian forces shelled Stepanivka, a village in the Kherson "
                     "community, on Monday night.", date(2024, 6, 24), geocoder)
    (event,) = events.events
    assert event.admin1 == "Kherson Oblast" and event.place.startswith("Stepanivka") and event.killed == 1


def test_a_later_figure_that_updates_an_earlier_one_replaces_it(geocoder):
    events = _events("Уранці в неділю російський удар влучив у ринок у Херсоні. Спершу говорили про 13 загиблих і "
                     "10 поранених, згодом кількість жертв зросла до вісімнадцяти.", date(2024, 1, 21), geocoder)
    assert [(e.place, e.killed, e.injured) for e in events.events] == [("Kherson", 18, 10)]


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Медики допомагали там чотирьом чоловікам віком від 50 до 64 років.", [("injured", 4)]),
    ("uk", "У Білоцерківському районі постраждав чоловік 1965 року народження.", [("injured", 1)]),
    ("uk", "Пасажирку доправили до лікарні, її стан стабільний.", [("injured", 1)]),
    ("uk", "Кількість загиблих зросла до вісімнадцяти.", [("killed", 18)]),  # not "вісім" inside it
])
def test_casualties_as_administrations_word_them(code, sentence, expected):
    from dashboard.extract import facts

    assert sorted((key, value) for key, value, _ in facts.casualties(sentence, lexicon(code))) == sorted(expected)


def test_a_launch_from_a_regions_airspace_and_a_city_neighbourhood_are_not_targets(geocoder):
    names = PlaceNames(geocoder)
    launched = find_mentions("Ракети Х-59 випустили з повітряного простору Бєлгородської області.", names, lexicon("uk"))
    assert [m.role for m in launched] == ["launch"]
    market = find_mentions("В окупованому Донецьку під удар потрапив ринок у мікрорайоні Текстильник.", names,
                           lexicon("uk"))
    assert [(m.place.name, m.role) for m in market] == [("Donetsk", "target"), ("Tekstylnyk", "context")]


def test_a_raion_adjective_the_dictionary_lacks_is_still_a_raion(names):
    (mention,) = find_mentions("В Хомутовском районе дрон ударил по магазину.", names, lexicon("ru"), "Kursk Oblast")
    assert (mention.place.name, mention.place.admin1) == ("Khomutovka Raion", "Kursk Oblast")


def test_a_village_of_a_raion_named_in_another_oblast_is_not_placed_there(geocoder):
    # Kursk Oblast has a Belovsky raion of its own; Kemerovo Oblast's Belovo is no answer.
    result = _events("Ещё один житель Курской области пострадал от удара украинского беспилотника. Дрон атаковал "
                     "деревню Гирьи Беловского района, сообщил губернатор.", date(2025, 9, 26), geocoder)
    assert {e.admin1 for e in result.events} <= {"Kursk Oblast"}


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Число погибших при обстреле округа со стороны ВСУ на юге республики выросло до шести.", [("killed", 6)]),
    ("ru", "Среди погибших трое журналистов.", []),  # a part of the dead, not a new count
    ("ru", "В машине ехали две женщины, обе ранены.", [("injured", 2)]),
    ("ru", "Находившийся рядом 70-летний мужчина получил минно-взрывную травму.", [("injured", 1)]),
    ("ru", "В Кировском районе обстрел унёс жизнь мужчины, там же женщина получила ранения.", [("killed", 1), ("injured", 1)]),
    ("ru", "Спасти его не удалось.", [("killed", 1)]),
    ("ru", "Его брат был рядом: у него минно-взрывная травма и осколочное ранение груди.", [("injured", 1)]),
    ("ru", "Ещё один горожанин, 62 лет, ранен; он в больнице.", [("injured", 1)]),
    ("uk", "Постраждав чоловік 1965 року народження — у нього незначне поранення ноги.", [("injured", 1)]),
    ("uk", "Рятувальники дістали з-під уламків тіло 56-річної жінки.", [("killed", 1)]),
    ("uk", "Працівник дістав легкі травми.", [("injured", 1)]),
    ("uk", "У будинку перебував чоловік — він поранений, медики надають йому допомогу.", [("injured", 1)]),
    ("ru", "Дрон сдетонировал во дворе частного дома, ранены муж и жена.", [("injured", 2)]),
    ("ru", "Снаряд попал в дом; его хозяина, мужчину 1983 года рождения, спасти не удалось.", [("killed", 1)]),
    ("ru", "Его не удалось найти.", []),
    ("ru", "Ни военные, ни мирные жители не пострадали.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "Люди не поранені.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "У селі, за його словами, поранені жінка 46 років і чоловік 48 років.", [("injured", 2)]),
    ("en", "One more person was slightly wounded.", [("injured", 1)]),
    ("en", "A woman standing outside was killed when artillery hit the village.", [("killed", 1)]),
    ("ru", "Российский беспилотник ранил двух человек в громаде — мужчину 50 лет и женщину 45 лет.", [("injured", 2)]),
    ("uk", "Снаряд влучив у будинок; його власника, чоловіка 60 років, врятувати не вдалося.", [("killed", 1)]),
])
def test_russian_casualty_phrasing(code, sentence, expected):
    from dashboard.extract import facts

    assert sorted((key, value) for key, value, _ in facts.casualties(sentence, lexicon(code))) == sorted(expected)


def test_a_mayor_telling_of_his_own_city_and_a_region_with_its_own_casualties(geocoder):
    result = _events("У ніч на 9 жовтня російські дрони атакували Одеську область. Троє людей поранені, їм надають "
                     "допомогу. Окремо міський голова Чорноморська Василь Гуляєв повідомив, що ворог атакував і "
                     "його місто.", date(2025, 10, 9), geocoder)
    figures = {e.place: e.injured for e in result.events}
    assert figures == {"Odesa Oblast": 3, "Chornomorsk": None}


def test_the_figures_of_an_attack_on_one_district_go_to_that_district(geocoder):
    result = _events("Зранку в середу Харків атакували ударні дрони. Мер повідомив про влучання в Холодногірському "
                     "районі. Згодом з'ясувалося, що дрон поцілив у приватний дитячий садок. За словами мера, одна "
                     "людина загинула, ще п'ятеро дістали поранення.", date(2025, 10, 22), geocoder)
    figures = {e.place: (e.killed, e.injured) for e in result.events}
    assert figures == {"Kharkiv": (None, None), "Kholodnohirskyi": (1, 5)}


def test_figures_as_of_the_morning_are_the_whole_attacks(geocoder):
    result = _events("Уночі Росія атакувала Київ. Наслідки зафіксовано в Дарницькому та Оболонському районах. "
                     "Найтяжче в Дарницькому районі: зруйновано будинок. Станом на ранок відомо про чотирьох "
                     "загиблих.", date(2025, 8, 28), geocoder)
    assert {e.place: e.killed for e in result.events}["Kyiv"] == 4


def test_a_town_the_headline_says_was_struck_and_the_body_names_only_in_passing(geocoder):
    result = _events("Аксёнов: при ударе беспилотников по Форосу есть погибшие\n"
                     "Вечером в субботу украинские беспилотники атаковали Южный берег Крыма. Повреждены корпуса "
                     "санатория «Форос» и школа в посёлке.", date(2025, 9, 21), geocoder)
    assert [e.place for e in result.events] == ["Foros"]


def test_a_name_a_city_and_its_region_share_after_na_in_the_locative_is_the_region(names):
    (region,) = find_mentions("Ракета Х-22 впала на Запоріжжі.", names, lexicon("uk"))
    (city,) = find_mentions("Уночі триває атака на Запоріжжя.", names, lexicon("uk"))
    assert (region.place.name, city.place.name) == ("Zaporizhzhia Oblast", "Zaporizhzhia")


def test_raions_listed_each_with_its_figure(names):
    mentions = find_mentions("Двое раненых — в Глушковском районе, двое — в Большесолдатском, один — в Рыльском.",
                             names, lexicon("ru"))
    assert [m.place.name for m in mentions] == ["Glushkovo Raion", "Bolshoye Soldatskoye Raion", "Rylsk Raion"]


def test_a_surname_before_a_verb_of_saying_and_explosions_that_sounded_are_not_targets(geocoder):
    result = _events("Учора Росія вдарила ракетами по Рівненщині. Коваль назвав це дванадцятим ракетним ударом по "
                     "області. Тим часом в Одесі о 02:51 теж пролунали вибухи.", date(2022, 8, 29), geocoder)
    assert [e.place for e in result.events] == ["Rivne Oblast"]


def test_the_air_force_that_reports_is_not_the_side_that_struck():
    from dashboard.extract import facts

    sentence = "С 23:30 до 4:30 российские войска запустили по Киеву 31 ударный беспилотник, сообщили Воздушные силы ВСУ."
    assert facts.stated_side(sentence, lexicon("ru")) == "Russia"


def test_a_village_the_gazetteer_lacks_near_a_town_is_marked_there(names):
    mentions = find_mentions("В селе Лапаевка под Львовом погибли два человека.", names, lexicon("ru"))
    (village,) = [m for m in mentions if m.role == "target"]
    assert village.place.name == "Lapayevka (near Lviv)" and village.place.admin1 == "Lviv Oblast"


def test_raion_adjectives_with_an_inserted_en_and_victims_counted_after_the_attack_named(names):
    (raion,) = find_mentions("Ракети влучили в об'єкт у Сарненському районі.", names, lexicon("uk"))
    assert raion.place.name == "Sarny Raion"
    from dashboard.extract import facts

    assert facts.casualties("Тепер жертвами теракту 14 липня стали 27 людей.", lexicon("uk"))[0][:2] == ("killed", 27)


def test_a_district_of_a_city_region_and_one_after_a_regions_marker_are_kept(geocoder):
    kyiv = _events("Уночі росіяни атакували столицю дронами. Голова Київської ОВА повідомив: у Шевченківському "
                   "районі Києва пошкоджено будинок.", date(2025, 8, 28), geocoder)
    assert "Shevchenkivskyi" in {e.place for e in kyiv.events}
    kharkiv = _events("Уночі росіяни атакували Харківщину дронами. У Харкові, в Шевченківському районі, "
                      "пошкоджено будинок.", date(2025, 8, 28), geocoder)
    assert {e.admin1 for e in kharkiv.events} == {"Kharkiv Oblast"}


def test_a_ukrainian_first_name_the_dictionary_files_as_a_town_is_a_person(names):
    sentence = "Очільник окупованої частини області Володимир Сальдо заявив про обстріл."
    assert "Vladimir" not in [m.place.name for m in find_mentions(sentence, names, lexicon("uk"))]


@pytest.mark.parametrize("code, text", [
    ("uk", "Вранці загроза ракетних ударів стосувалася Сумської та Чернігівської областей."),
    ("ru", "Утром сохранялась угроза ракетных ударов по Сумской и Черниговской областям."),
    ("en", "In the morning the threat of missile strikes covered the Sumy and Chernihiv regions."),
])
def test_a_threat_or_an_alert_is_not_a_strike(code, text, geocoder):
    assert _events(text, date(2023, 11, 16), geocoder).events == []


@pytest.mark.parametrize("code, text", [
    ("ru", "Вечером удар пришелся на Сумы, там ранен мужчина 62 лет. Днем при обстрелах ранен еще один мужчина."),
    ("uk", "Увечері удар припав на Суми, там поранений чоловік 62 років. Удень через обстріли поранено ще одного чоловіка."),
    ("en", "In the evening a strike hit Sumy, wounding a man of 62. Later one more person was injured."),
])
def test_one_more_wounded_in_a_later_sentence_adds_to_the_place(code, text, geocoder):
    assert [e.injured for e in _events(text, date(2025, 9, 4), geocoder).events] == [2]


def test_hromadas_listed_in_the_nominative_were_struck_not_locating(names):
    sentence = "Під ударами опинилися Нікополь, Марганецька та Покровська громади."
    roles = {m.place.name: m.role for m in find_mentions(sentence, names, lexicon("uk"), "Dnipropetrovsk Oblast")}
    assert roles["Marhanets"] == "target"
    sentence = "У Сергіївці Андріївської громади пошкоджено будинок."
    roles = [m.role for m in find_mentions(sentence, names, lexicon("uk"))]
    assert roles == ["target", "locator"]


@pytest.mark.parametrize("code, text, struck", [
    ("en", "A gas pipeline was damaged in Ruski Tyshky by shelling; supply to Cherkaski Tyshky and Tsyrkuny has been "
           "restored.", {"Ruski Tyshky"}),
    ("uk", "Снаряд пошкодив газогін у Руських Тишках; газопостачання до Черкаських Тишків уже відновили.", {"Ruski Tyshky"}),
])
def test_places_whose_supply_was_restored_are_not_struck(code, text, struck, geocoder):
    assert {e.place for e in _events(text, date(2024, 6, 7), geocoder).events} == struck


def test_a_plural_case_names_the_plural_place(names):
    from dashboard.extract import morphology

    assert morphology.word_forms("Маяках", "uk")[1] == "маяки"
    assert [m.place.name for m in find_mentions("Учора в Маяках школу зруйновано.", names, lexicon("uk"),
                                                "Donetsk Oblast")] == ["Maiaky"]


def test_a_later_village_of_the_same_occupied_land_is_struck_by_the_same_side(geocoder):
    result = _events("Очільник окупованої частини Херсонщини заявив, що під час обстрілу окупованих Олешок загинув "
                     "чоловік. У Великих Копанях, за його словами, поранена жінка.", date(2025, 10, 31), geocoder)
    assert {e.place: e.attacker for e in result.events} == {"Oleshky": "Ukraine", "Velyki Kopani": "Ukraine"}


def test_a_citys_border_is_not_the_city(geocoder):
    result = _events("Russia fires 16 times at Chernihiv border; two wounded in Semenivka community.",
                     date(2024, 9, 5), geocoder)
    assert "Chernihiv" not in {e.place for e in result.events}


def test_a_drone_that_fell_on_a_house_struck_and_a_street_is_not_a_town(geocoder):
    result = _events("Вечером 4 июля в Таганроге на жилой дом упал беспилотник. Еще один беспилотник упал на улице "
                     "Петровской в центре города.", date(2022, 7, 4), geocoder)
    assert [e.place for e in result.events] == ["Taganrog"]


@pytest.mark.parametrize("code, text", [
    ("en", "Overnight the resort area near Kobleve in the Mykolaiv region was hit, and two people were wounded there."),
    ("uk", "Вночі російські дрони вдарили по базі відпочинку поблизу Коблевого на Миколаївщині, поранено двох людей."),
])
def test_a_strike_near_a_town_of_the_region_named_is_marked_at_the_town(code, text, geocoder):
    assert [(e.place, e.injured) for e in _events(text, date(2023, 7, 19), geocoder).events] == [("Kobleve", 2)]


def test_places_left_without_power_and_a_capital_that_appointed_someone_are_not_struck(names):
    sentence = ("Дрони атакували енергетику: без світла лишилися 45 тисяч людей у населених пунктах Каланчацького, "
                "Чаплинського та Скадовського округів.")
    assert {m.role for m in find_mentions(sentence, names, lexicon("uk"), "Kherson Oblast")} == {"context"}
    sentence = "Сальдо, якого Москва поставила керувати окупованою частиною області, написав про обстріл."
    assert [m.role for m in find_mentions(sentence, names, lexicon("uk"))] == ["context"]


def test_russian_background_distance_surname_and_damage(geocoder):
    result = _events("В Таганроге осколки дрона повредили веранду и окна двух частных домов. При предыдущей атаке "
                     "беспилотников там погибли три человека. Мэр также перечислила, куда били раньше.",
                     date(2025, 11, 28), geocoder)
    assert [(e.place, e.killed) for e in result.events] == [("Taganrog", None)]
    result = _events("Дрон попал по рынку в Покровском, в ста километрах от Днепра: ранены четверо. Смирнов также "
                     "перечислил, куда били накануне.", date(2025, 8, 31), geocoder)
    assert "Dnipro" not in {e.place for e in result.events} and "Smyrnove" not in {e.place for e in result.events}


@pytest.mark.parametrize("text, figures", [
    ("A Russian drone hit a bus in Kherson, killing one man and wounding three. One of the wounded later died "
     "in hospital.", (2, 2)),
    ("Дрон атакував автобус у Херсоні: загинув чоловік, троє поранені. Згодом один із поранених помер у лікарні.",
     (2, 2)),
    ("Дрон атаковал автомобиль в Шебекино, ранены двое мужчин. Позже один из них скончался в больнице.", (1, 1)),
    # The dead one told again, not one more dead.
    ("A Russian drone hit a bus in Kherson, killing a woman and wounding three. She died on the spot.", (1, 3)),
])
def test_one_of_the_wounded_who_died_later_moves_to_the_dead(text, figures, geocoder):
    (ev,) = _events(text, date(2025, 5, 10), geocoder).events
    assert (ev.killed, ev.injured) == figures


def test_an_alert_level_names_regions_that_were_not_struck(geocoder):
    text = ("Губернатор Богомаз сообщил, что по посёлку Климово Климовского района был произведен пуск ракеты, "
            "осколки повредили дома. В Брянской и Курской областях действует жёлтый уровень террористической "
            "опасности.")
    (ev,) = _events(text, date(2022, 8, 4), geocoder).events
    # (the raion named after the settlement is its own, not Klimovsk near Moscow)
    assert (ev.place, ev.admin1, ev.attacker) == ("Klimovo", "Bryansk Oblast", "Ukraine")


@pytest.mark.parametrize("code, text", [
    ("uk", "Ворог обстріляв Куп'янськ, пошкоджено будинок, постраждалих немає. Крім того, біля села Олександрівка "
           "Богодухівського району на міні в полі підірвався тракторист. Він госпіталізований."),
    ("ru", "ВСУ обстреляли Шебекино, повреждён дом, пострадавших нет. Кроме того, в лесу под Валуйками на "
           "неизвестном взрывном устройстве подорвался грибник. Он госпитализирован."),
])
def test_a_mine_told_verb_last_is_no_strike_and_its_victim_is_not_the_towns(code, text, geocoder):
    (ev,) = _events(text, date(2024, 6, 9), geocoder).events
    assert ev.place in ("Kupiansk", "Shebekino") and ev.injured == 0


def test_a_group_also_wounded_adds_to_the_wounded_told_before(geocoder):
    text = ("Увечері дрон атакував автівку в Чернігівському районі, поранень зазнали троє людей. "
            "Під час повторного удару поранень зазнали і двоє рятувальників.")
    (ev,) = _events(text, date(2024, 9, 20), geocoder).events
    assert ev.injured == 5


def test_launch_directions_with_a_count_are_no_targets(geocoder):
    text = ("Противник запустил ударные беспилотники по трём направлениям – Курск, Приморско-Ахтарск и Крым. "
            "Обломки повредили склад в Одессе.")
    assert [e.place for e in _events(text, date(2023, 8, 2), geocoder).events] == ["Odesa"]


def test_a_russian_town_in_ukrainian_spelling(geocoder):
    text = "Уламки дрона впали на територію нафтобази в Урюпинську, виникла пожежа."
    assert [e.place for e in _events(text, date(2025, 12, 14), geocoder).events] == ["Uryupinsk"]


def test_a_headline_toll_over_a_city_and_its_districts_is_the_citys(geocoder):
    text = ("Мирный житель погиб при обстреле Донецка\n"
            "Украинские войска обстреляли Киевский и Кировский районы Донецка, повреждены дома.")
    events = {e.place: e for e in _events(text, date(2022, 9, 19), geocoder).events}
    assert events["Donetsk"].killed == 1 and {"Kyivskyi", "Kirovskyi"} <= set(events)


@pytest.mark.parametrize("text, district, city", [
    ("A bomb hit Kharkiv this afternoon. It struck the Kyiv district of the city, the mayor said.", "Kyivskyi",
     "Kharkiv"),
    ("Donetsk's mayor said Ukrainian forces shelled the city's Kuibyshev District.", "Kuibyshevskyi", "Donetsk"),
])
def test_an_english_district_named_by_its_noun(text, district, city, geocoder):
    events = _events(text, date(2024, 10, 2), geocoder).events
    assert (district, city) in {(e.place, e.district_of) for e in events}


def test_the_raion_centre_and_a_rural_hromada_near_the_places_told(geocoder):
    text = ("Ворог знову атакував Нікопольщину дронами. Влучання зафіксували в районному центрі, а також у "
            "Марганецькій та Покровській сільській громадах.")
    events = {e.place: e for e in _events(text, date(2024, 1, 20), geocoder).events}
    assert set(events) == {"Nikopol", "Marhanets", "Pokrovske"}
    assert abs(events["Pokrovske"].longitude - 34.15) < 0.1  # the village near Nikopol, not the larger one near Synelnykove


def test_the_coast_of_a_river_is_not_the_city_named_after_it(geocoder):
    text = "Російський дрон атакував рибалок на узбережжі Дніпра біля Нікополя, поранено чоловіка."
    assert [e.place for e in _events(text, date(2025, 11, 15), geocoder).events] == ["Nikopol"]


@pytest.mark.parametrize("text, figures", [
    ("A shell hit a house in Urazovo, killing one man and wounding two residents, the governor said. \"The blast "
     "killed one man. He had shrapnel wounds. Two more residents were injured,\" he wrote.", (1, 2)),
    ("Под обстрел попал посёлок Климово, погибли двое, ранен мужчина. Позднее губернатор уточнил: погибли двое "
     "взрослых. Ещё один мужчина легко ранен.", (2, 1)),
    # Guard: more wounded told after more wounded still add up.
    ("A drone hit a bus in Kherson, wounding two. Later another shell wounded two more people in Kherson.", (None, 4)),
])
def test_more_wounded_right_after_the_dead_are_besides_the_dead_not_more_than_told(text, figures, geocoder):
    (ev,) = _events(text, date(2023, 9, 2), geocoder).events
    assert (ev.killed, ev.injured) == figures


@pytest.mark.parametrize("text", [
    "A Russian drone hit a block of flats in Zaporizhzhia. No calls for medical help have been received.",
    "A Russian drone hit a block of flats in Zaporizhzhia. Medics said there were no reports of injured residents.",
])
def test_doctors_with_nobody_to_treat_mean_nobody_was_hurt(text, geocoder):
    (ev,) = _events(text, date(2024, 12, 1), geocoder).events
    assert (ev.killed, ev.injured) == (0, 0)


@pytest.mark.parametrize("text, published, place, key, value", [
    # An official killed is one dead.
    ("An official in Kherson, the region's main city, was killed in a Ukrainian missile strike on Friday.",
     date(2022, 8, 6), "Kherson", "killed", 1),
    # The mayor's city has the wounded he tells of.
    ("After a night of alerts, the mayor of the city of Lviv said three people were wounded.",
     date(2023, 7, 6), "Lviv", "injured", 3),
    # Where the fire came from and where the wounded are taken are not struck.
    ("Вранці окупанти вдарили по ринку в Бериславі, стріляли, ймовірно, з боку окупованої Каховки. Троє "
     "людей поранені, їх евакуюватимуть до Херсона.", date(2023, 1, 2), "Beryslav", "injured", 3),
])
def test_the_one_place_struck_and_its_figure(text, published, place, key, value, geocoder):
    (ev,) = _events(text, published, geocoder).events
    assert (ev.place, getattr(ev, key)) == (place, value)


def test_a_strike_recalled_from_a_week_before_keeps_its_own_wounded(geocoder):
    text = ("A Ukrainian drone hit an office block in Kursk, the governor said. Nobody was hurt.\n"
            "On August 20, the governor said a drone had struck the railway station in Kursk. "
            "Then four people were wounded.")
    events = sorted(_events(text, date(2023, 8, 27), geocoder).events, key=lambda e: e.event_date)
    assert [(e.event_date, e.injured) for e in events] == [(date(2023, 8, 20), 4), (date(2023, 8, 27), 0)]


def test_the_night_of_one_day_to_the_next_is_the_morning_it_ended(geocoder):
    text = ("Russian drones attacked Odesa, wounding a man. Warehouses were damaged. Strong blasts shook "
            "Odesa during the air raid alert on the night of October 5 to 6.")
    assert [e.event_date for e in _events(text, date(2024, 10, 6), geocoder).events] == [date(2024, 10, 6)]


def test_a_region_dated_by_the_report_is_the_town_struck_the_day_before(geocoder):
    text = ("Two residents of the Belgorod region were wounded by Ukrainian shelling.\n"
            "Ukrainian artillery shelled Shebekino on Friday, wounding two people, the governor said. "
            "Moscow has described the shelling of Belgorod as terrorism.")
    assert [e.place for e in _events(text, date(2024, 7, 20), geocoder).events] == ["Shebekino"]


@pytest.mark.parametrize("code, text, place", [
    ("uk", "Вночі тривали артобстріли Вугледара.", "Vuhledar"),
    ("ru", "Днём продолжались артобстрелы Горловки.", "Horlivka"),
])
def test_artillery_shelling_of_a_town_strikes_it(code, text, place, geocoder):
    assert place in [e.place for e in _events(text, date(2022, 11, 7), geocoder).events]


@pytest.mark.parametrize("text", [
    "Ворожий дрон влучив у багатоповерхівку на Салтівці, поранено трьох людей.",
    "A Russian glide bomb hit a high-rise in Saltivka, wounding three.",
])
def test_a_neighbourhood_geonames_lists_as_a_town_is_its_district(text, geocoder):
    events = {e.place: e for e in _events(text, date(2024, 11, 8), geocoder).events}
    assert set(events) == {"Kharkiv", "Saltivskyi"} and events["Saltivskyi"].injured == 3


@pytest.mark.parametrize("code, text, other", [
    ("uk", "Кілька вибухів у столиці. Дарницький та Дніпровський райони.", "Darnytskyi"),
    ("uk", "Уламки дронів упали в Дарницькому та Дніпровському районах столиці.", "Darnytskyi"),
    ("en", "Drone debris fell in the Dniprovskyi district of the capital. Fires broke out in the Darnytskyi district.",
     "Darnytskyi"),
])
def test_districts_of_the_capital(code, text, other, geocoder):
    events = _events(text, date(2023, 5, 18), geocoder).events
    assert {(e.place, e.admin1) for e in events} >= {("Dniprovskyi", "Kyiv City"), (other, "Kyiv City")}
    assert all(e.admin1 == "Kyiv City" for e in events)


def test_a_city_hospital_the_wounded_were_taken_to_is_not_struck(geocoder):
    text = ("ВСУ дважды обстреляли Шебекино, ранены двое мирных жителей. Второго раненого медики везут в "
            "горбольницу №2 Белгорода, у него контузия.")
    assert [e.place for e in _events(text, date(2024, 8, 4), geocoder).events] == ["Shebekino"]


def test_a_headline_of_two_sentences_keeps_its_round_figure_out_of_the_body(geocoder):
    text = ("Ракетный удар по Одессе. Погибли 12 человек, ранены почти 40\n\n"
            "В результате ракетного удара по Одессе погибли 12 человек и 37 получили ранения, сообщил глава "
            "областной администрации.")
    (ev,) = _events(text, date(2024, 3, 15), geocoder).events
    assert (ev.killed, ev.injured) == (12, 37)


def test_no_danger_of_an_attack_declared_is_no_strike(geocoder):
    text = ("Над Курской областью ночью сбили шесть беспилотников, сообщили в Минобороны. В Воронежской области "
            "опасность атаки беспилотников не объявлялась.")
    assert "Voronezh Oblast" not in [e.place for e in _events(text, date(2025, 1, 26), geocoder).events]


@pytest.mark.parametrize("code, text", [
    ("ru", "ВСУ обстреляли Шебекино. Погиб командир пожарного расчёта, ещё трое его коллег ранены."),
    ("uk", "Росіяни обстріляли Куп'янськ. Загинув командир відділення рятувальників, ще троє його колег поранені."),
])
def test_one_killed_told_by_his_post(code, text, geocoder):
    (ev,) = _events(text, date(2025, 10, 22), geocoder).events
    assert (ev.killed, ev.injured) == (1, 3)


@pytest.mark.parametrize("code, text", [
    ("ru", "ВСУ обстреляли посёлок Климово. Среди пострадавших – четверо мирных жителей, в том числе ребёнок."),
    ("uk", "Ворог обстріляв Херсон. Серед постраждалих – четверо мирних мешканців, зокрема дитина."),
])
def test_the_wounded_counted_after_among_the_victims(code, text, geocoder):
    (ev,) = _events(text, date(2023, 8, 29), geocoder).events
    assert ev.injured == 4


@pytest.mark.parametrize("text, published, expected", [
    # An earlier strike of a place not named keeps its wounded.
    ("Дрон атаковал автомобиль у посёлка Хомутовка, пострадал мужчина. Ранее украинские дроны ударили по "
     "автозаправке в соседнем городе. При этом ранены три человека.", date(2025, 9, 19), ("Khomutovka", 1)),
    # A raion's toll is its one village told after it.
    ("Росіяни вдарили по Пологівському району, повідомив голова ОВА. Поранено 70-річного чоловіка.\n"
     "КАБи впали на Оріхів, зруйновано два будинки.", date(2026, 2, 7), ("Orikhiv", 1)),
])
def test_the_one_place_struck_and_its_wounded(geocoder, text, published, expected):
    (ev,) = _events(text, published, geocoder).events
    assert (ev.place, ev.injured) == expected


def test_figures_told_earlier_of_the_same_strike_still_count(geocoder):
    text = "Ракета влучила в будинок у Кривому Розі. Раніше повідомлялося про дев'ятьох постраждалих."
    (ev,) = _events(text, date(2024, 12, 24), geocoder).events
    assert ev.injured == 9


@pytest.mark.parametrize("code, text", [
    ("ru", "Вечером беспилотник упал на хутор примерно в десяти километрах от центра Таганрога, пострадавших нет."),
    ("en", "A drone crashed on a farm about ten kilometres from the centre of Taganrog, nobody was hurt."),
])
def test_a_distance_from_a_towns_centre_is_near_it_not_in_it(code, text, names):
    (m,) = [m for m in find_mentions(text, names, lexicon(code)) if m.place.name == "Taganrog"]
    assert m.role == "vicinity"


@pytest.mark.parametrize("code, text", [
    ("en", "At 9:15 AM Kyiv time, air defence units reported a missile flying west."),
    ("uk", "О 16:52 за Києвом Повітряні сили попередили про керовану авіабомбу."),
    ("ru", "В 16:52 по Москве ПВО сообщила о дроне над областью."),
])
def test_a_clock_set_by_a_capital_is_no_place(code, text, names):
    assert all(m.role != "target" for m in find_mentions(text, names, lexicon(code)))


def test_the_army_that_warns_is_no_attacker(geocoder):
    text = ("Late on Monday, Russians bombed Kharkiv, the city's mayor reported. The Armed Forces of Ukraine "
            "reported more bombs on the way to the city. A bomb fell in a park in the Saltivskyi district and a man "
            "died.")
    assert {e.attacker for e in _events(text, date(2024, 10, 8), geocoder).events} == {"Russia"}


def test_as_reported_at_a_clock_time_is_the_same_days_strike(geocoder):
    text = ("Russian glide bombs hit the Shevchenkivskyi district of Kharkiv this evening, the mayor said. "
            "As reported, around 16:50, the Russians attacked the Slobidskyi district in Kharkiv with an aerial bomb.")
    assert {"Shevchenkivskyi", "Slobidskyi"} <= {e.place for e in _events(text, date(2024, 9, 20), geocoder).events}


def test_a_toll_larger_than_any_one_strike_is_a_periods_tally(geocoder):
    text = ("Росіяни обстріляли Донеччину: одна людина загинула\n\nЗа 5 лютого росіяни вбили одного жителя "
            "Донеччини – у Бахмуті. На ранок 7 лютого загарбники вбили понад 1 402 і поранили ще понад 3 100 мирних "
            "мешканців області.")
    assert [(e.place, e.killed) for e in _events(text, date(2023, 2, 6), geocoder).events] == [("Bakhmut", 1)]


@pytest.mark.parametrize("code, text", [
    ("uk", "Ворог атакував 28 дронами з районів Курська, Приморсько-Ахтарська — РФ, Чауда — Крим."),
    ("ru", "Противник атаковал 28 дронами из районов Курска, Приморско-Ахтарска и мыса Чауда в Крыму."),
])
def test_launch_areas_listed_with_unnamed_points_are_all_launch_areas(code, text, names):
    assert {m.role for m in find_mentions(text, names, lexicon(code)) if m.place.kind != "country"} == {"launch"}


def test_a_border_roundup_by_hromada_headings_marks_the_villages(geocoder):
    text = ("Протягом доби росіяни обстрілювали прикордоння Чернігівської області. Обстрілів зазнали "
            "Новгород-Сіверська та Семенівська громади.\n"
            "Новгород-Сіверська громада: приходи, ймовірно з мінометів (3 вибухи) у напрямку н.п. Грем‘яч.\n"
            "Семенівська громада: 20 вибухів у напрямку н.п. Янжулівка та Блешня.")
    assert {e.place for e in _events(text, date(2023, 9, 23), geocoder).events} == {"Hremiach", "Yanzhulivka",
                                                                                     "Bleshnia"}


def test_the_wounded_told_by_their_years_of_birth(geocoder):
    text = ("ВСУ обстреляли Кировский район Донецка. На соседней улице ранены мужчина и женщины 1948 и 1962 "
            "годов рождения.")
    (district,) = [e for e in _events(text, date(2024, 4, 25), geocoder).events if e.district_of]
    assert (district.place, district.injured) == ("Kirovskyi", 3)


def test_an_okrug_told_with_a_village_of_its_raion_gives_way_to_the_village(geocoder):
    text = "В Валуйском округе беспилотники атаковали несколько сёл; в селе Казинка повреждён жилой дом."
    assert [(e.place, e.admin1) for e in _events(text, date(2025, 11, 2), geocoder).events] == [
        ("Kazinka", "Belgorod Oblast")]


def test_a_citys_toll_told_again_of_its_district(geocoder):
    text = ("Russian drones struck Kyiv overnight, killing two people, city officials said. The dead were in the "
            "Podilskyi district, where a house burned down.")
    events = {e.place: e for e in _events(text, date(2025, 1, 18), geocoder).events}
    assert events["Podilskyi"].killed == 2


@pytest.mark.parametrize("text, published, city", [
    ("ВСУ обстреляли столицу ДНР, ранены два человека.", date(2022, 8, 12), "Donetsk"),
    ("Ворог атакував столицю Криму, поранено двох людей.", date(2023, 8, 12), "Simferopol"),
    ("Ukrainian artillery shelled the capital of the Belgorod region, wounding two.", date(2024, 1, 5), "Belgorod"),
])
def test_a_regions_capital_called_by_its_title_is_the_city(text, published, city, geocoder):
    assert [(e.place, e.injured) for e in _events(text, published, geocoder).events] == [(city, 2)]


@pytest.mark.parametrize("text", [
    "Голова Черкаської ОВА повідомив, що вночі російська ракета влучила в готель у місті.",
    "Глава Черкасской ОВА сообщил, что ночью российская ракета попала в гостиницу в городе.",
    "The head of the Cherkasy regional administration said a Russian drone damaged a hotel in the city overnight.",
])
def test_the_city_a_regional_head_speaks_of_is_the_regions_capital(text, geocoder):
    assert [e.place for e in _events(text, date(2023, 9, 21), geocoder).events] == ["Cherkasy"]


@pytest.mark.parametrize("text", [
    "A man was killed and another wounded in Lyman on Tuesday.",
    "Russian forces shelled Lyman, killing one person and injuring another.",
])
def test_another_person_after_the_dead_is_one_injured(text, geocoder):
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2024, 9, 10), geocoder).events] == [
        ("Lyman", 1, 1)]


def test_a_short_english_line_without_the_commonest_words_is_english():
    assert detect_language("Russian forces shelled Lyman, killing one person.") == "en"


@pytest.mark.parametrize("text, place", [
    ("Russian forces shelled the Znob-Novhorod hromada in Sumy Oblast overnight.", "Znob Novhorodske"),
    ("Russian troops attacked the Velykopysarivska community with mortars.", "Velyka Pysarivka"),
])
def test_an_english_hromada_named_by_a_form_of_its_centres_name_is_the_centre(text, place, geocoder):
    assert [e.place for e in _events(text, date(2022, 8, 24), geocoder).events] == [place]


def test_a_community_that_is_no_hromada_is_no_place(names):
    assert find_mentions("The Jewish Community of Odesa condemned the strike.", names, lexicon("en"))[0].text == "Odesa"


@pytest.mark.parametrize("text", [
    "Россия нанесла удар по Киеву. Сообщается о шести пострадавших и трёх погибших.",
    "Ракетний удар по Києву. Відомо про шістьох постраждалих і трьох загиблих.",
])
def test_the_wounded_told_before_the_dead_keep_their_own_number(text, geocoder):
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 7, 8), geocoder).events] == [(3, 6)]


@pytest.mark.parametrize("text, injured", [
    ("ВСУ обстреляли Рыльск, ранения и ожоги получили трое жителей.", 3),
    ("Днём враг обстрелял Харьков, пять человек госпитализировали.", 5),
    ("Враг обстрелял Харьков, госпитализировали пятерых человек.", 5),
    ("Ворог обстріляв Харків, п'ятьох людей госпіталізували.", 5),
    ("Ворог обстріляв Харків, госпіталізували п'ятьох людей.", 5),
])
def test_the_wounded_counted_by_their_burns_or_by_the_hospital_that_took_them(text, injured, geocoder):
    assert [e.injured for e in _events(text, date(2024, 6, 28), geocoder).events] == [injured]


@pytest.mark.parametrize("text", [
    "Поранено чоловіка в Богодухівському районі.",
    "Ранен мужчина в Богодуховском районе.",
])
def test_a_raion_named_by_its_adjective_is_the_towns_not_a_place_named_by_the_adjective(text, geocoder):
    events = _events(text, date(2022, 10, 22), geocoder).events
    assert [(e.place, e.admin1) for e in events] == [("Bohodukhiv Raion", "Kharkiv Oblast")]


def test_a_raion_adjective_made_from_a_town_in_sk_is_that_towns(names):
    text = "У Покровському районі росіяни вдарили по Мирнограду."
    assert [m.place.name for m in find_mentions(text, names, lexicon("uk"))] == ["Pokrovsk Raion", "Myrnohrad"]


def test_a_village_of_a_named_raion_spelt_the_other_languages_way_is_the_tables_village(names):
    text = "Россияне обстреливали село Ивашки Богодуховского района."
    village = find_mentions(text, names, lexicon("ru"))[0]
    assert (village.place.name, village.place.admin1, village.role) == ("Ivashky", "Kharkiv Oblast", "target")


@pytest.mark.parametrize("text", [
    "Ворог обстріляв Харків. Поранення також отримали 11 людей.",
])
def test_the_wounded_counted_with_a_word_between_their_noun_and_verb(text, geocoder):
    assert [e.injured for e in _events(text, date(2022, 10, 22), geocoder).events] == [11]


@pytest.mark.parametrize("text, figures", [
    ("У Хмельницькому внаслідок атаки пошкоджено будинок, жертв серед мирного населення немає.", (0, 0)),
    ("В Белгороде в результате атаки повреждён жилой дом. Жертв среди мирного населения нет.", (0, 0)),
    ("В Белгороде в результате атаки повреждён жилой дом. Число пострадавших пока не уточняется.", (None, None)),
    ("У Хмельницькому внаслідок атаки пошкоджено будинок. Кількість постраждалих поки не уточнюється.", (None, None)),
])
def test_no_victims_among_civilians_is_nobody_hurt_and_a_number_not_yet_known_is_none(text, figures, geocoder):
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 1, 1), geocoder).events] == [figures]


def test_a_regional_capital_is_a_big_town_however_few_the_gazetteer_counts(geocoder):
    """Kherson's gazetteer population is a wartime figure; a region named after it in the
    sentence does not make it a namesake village of that region."""
    text = ("Росія вдарила по сходу й півдню країни. У Костянтинівці загинули п'ятеро, п'ятеро дістали поранень. "
            "У Херсоні четверо постраждалих, на Харківщині поранено ще чотирьох людей.")
    events = {e.place: (e.killed, e.injured) for e in _events(text, date(2024, 8, 24), geocoder).events}
    assert events == {"Kostiantynivka": (5, 5), "Kherson": (None, 4), "Kharkiv Oblast": (None, 4)}


@pytest.mark.parametrize("code, text, place", [
    ("uk", "Унаслідок обстрілів поранено двох людей з Берислава.", "Beryslav"),
    ("ru", "Из-за обстрела пострадали четверо жителей из Шебекино.", "Shebekino"),
])
def test_people_from_a_place_were_hurt_there(code, text, place, names):
    assert [(m.place.name, m.role) for m in find_mentions(text, names, lexicon(code))] == [(place, "target")]


@pytest.mark.parametrize("text", [
    "Russian forces shelled Sumy. Two women, aged 45 and 62, sustained shrapnel wounds.",
    "Russian drones struck Sumy. Two women – aged 45 and 62 – were injured.",
])
def test_the_wounded_counted_with_their_ages_set_off_between_commas_or_dashes(text, geocoder):
    assert [e.injured for e in _events(text, date(2024, 5, 1), geocoder).events] == [2]


def test_the_area_around_a_town_gives_way_to_the_community_struck_in_it(geocoder):
    text = ("Russian troops struck the Romny area on Monday; a drone hit Nedryhailiv community, wounding "
            "two women.")
    assert [(e.place, e.injured) for e in _events(text, date(2024, 5, 1), geocoder).events] == [("Nedryhailiv", 2)]


def test_places_where_explosions_were_also_heard_after_a_reminder_are_no_strikes(geocoder):
    text = ("Missiles struck a site in the Yavoriv district of the Lviv region on June 26, wounding four. "
            "A reminder that, on June 25, Russia fired dozens of missiles at the Chernihiv region. Blasts were "
            "also heard in the Ternopil region and the Kyiv region.")
    assert [e.place for e in _events(text, date(2022, 6, 26), geocoder).events] == ["Yavoriv Raion"]


def test_a_toll_broken_down_with_one_in_each_of_several_places_is_no_place_of_its_own(geocoder):
    text = ("Russian fire killed five civilians in the region: two in Antonivka; one in each of Lyman, "
            "Kurakhove and Toretsk. Three more were wounded in the oblast on that day.")
    events = {e.place: (e.killed, e.injured) for e in _events(text, date(2024, 5, 26), geocoder).events}
    assert events == {"Antonivka": (2, None), "Lyman": (1, None), "Kurakhove": (1, None), "Toretsk": (1, None)}


@pytest.mark.parametrize("code, text", [
    ("en", "Russians shelled Toretsk. The totals do not include the dead in occupied Mariupol and Volnovakha."),
    ("uk", "Росіяни обстріляли Торецьк. Підсумок не враховує загиблих в окупованих Маріуполі та Волновасі."),
    ("ru", "Российские войска обстреляли Торецк. Эти данные не учитывают жертв в Мариуполе и Волновахе."),
])
def test_places_a_tally_leaves_out_are_not_struck(code, text, geocoder):
    assert [e.place for e in _events(text, date(2024, 5, 26), geocoder).events] == ["Toretsk"]


def test_a_two_word_place_whose_first_word_is_also_a_name_is_the_place(names):
    text = "Уламки пошкодили гараж (с. Руська Лозова)."
    assert [m.place.name for m in find_mentions(text, names, lexicon("uk"))] == ["Ruska Lozova"]


@pytest.mark.parametrize("code, text", [
    ("uk", "Хоча ворог атакував країну дронами, у Харківській області цієї ночі прильотів не було."),
    ("ru", "Несмотря на массированный налёт на Украину, в Харьковской области прошлой ночью прилётов «Гербер» не было."),
])
def test_no_hits_in_a_region_is_no_strike_there(code, text, geocoder):
    assert _events(text, date(2025, 9, 28), geocoder).events == []


@pytest.mark.parametrize("text", [
    "Голова ОВА зранку 28 вересня поінформував про обстріли Харківщини. За минулу добу під ударами опинилися "
    "шість населених пунктів Харківської області. У селі Козача Лопань зруйновано сарай.",
])
def test_a_region_whose_day_is_the_telling_gives_way_to_the_village_struck_the_day_before(text, geocoder):
    assert [(e.place, e.event_date) for e in _events(text, date(2025, 9, 28), geocoder).events] == [
        ("Kozacha Lopan", date(2025, 9, 27))]


@pytest.mark.parametrize("code, text", [
    ("uk", "Ворог атакував 162 дронами з напрямків: Курськ, Брянськ, Міллерово — РФ, Гвардійське — окупованого Криму."),
    ("ru", "Противник атаковал 162 дронами с направлений: Курск, Брянск, Миллерово — РФ, Гвардейское — оккупированного "
           "Крыма."),
])
def test_a_launch_area_located_in_occupied_crimea_is_a_launch_area_with_crimea(code, text, names):
    assert {m.role for m in find_mentions(text, names, lexicon(code)) if m.place.kind != "country"} == {"launch"}


@pytest.mark.parametrize("text", [
    "Уночі росія атакувала столицю України. Уламки впали в Дніпровському, Шевченківському та Дарницькому "
    "районах.",
    "Ночью Россия атаковала столицу Украины. Обломки упали в Днепровском, Шевченковском и Дарницком районах.",
    "Russia attacked the Ukrainian capital overnight. Debris fell in the Dniprovskyi, Shevchenkivskyi and "
    "Darnytskyi districts.",
])
def test_the_capital_of_ukraine_called_by_its_title_is_kyiv_and_its_districts_kyivs(text, geocoder):
    events = _events(text, date(2025, 8, 28), geocoder).events
    assert {(e.place, e.district_of or None) for e in events} == {("Kyiv", None), ("Shevchenkivskyi", "Kyiv"),
                                                           ("Darnytskyi", "Kyiv"), ("Dniprovskyi", "Kyiv")}


def test_a_raion_adjective_is_read_in_the_region_the_report_is_in_and_nobody_hurt_in_all_cases_is_everywhere(geocoder):
    text = ("Оперштаб Краснодарского края: в Стародеревянковской обломки дрона вызвали пожар на складе. "
            "Повреждён забор дома в Гривенской Калининского района. Во всех случаях обошлось без пострадавших.")
    events = {e.place: (e.admin1, e.killed, e.injured) for e in _events(text, date(2025, 9, 22), geocoder).events}
    assert events == {"Staroderevyankovskaya": ("Krasnodar Krai", 0, 0), "Grivenskaya": ("Krasnodar Krai", 0, 0)}


def test_ukraine_striking_a_regional_capital_it_holds_is_the_occupied_region(geocoder):
    text = ("ВСУ ударили по Запорожью\n\nВ Запорожской области под удар ВСУ попала Васильевка: погиб мужчина, "
            "ранены 14 человек.")
    assert [(e.place, e.attacker) for e in _events(text, date(2025, 9, 21), geocoder).events] == [("Vasylivka", "Ukraine")]
    text = "Росія обстріляла Запоріжжя, поранено двох людей."
    assert [e.place for e in _events(text, date(2025, 9, 21), geocoder).events] == ["Zaporizhzhia"]


@pytest.mark.parametrize("text", [
    "ВСУ опять ударили по Новой Каховке 14 июля. До этого, 11 июля, удар по Новой Каховке унёс жизни семи "
    "человек.",
    "Росія знову обстріляла Херсон 14 липня. До цього, 11 липня, удар по Херсону забрав життя сімох людей.",
    "Russia shelled Kherson again on July 14. Before that, on July 11, a strike on Kherson killed seven people.",
])
def test_a_strike_told_as_before_that_is_background(text, geocoder):
    assert {e.event_date for e in _events(text, date(2022, 7, 14), geocoder).events} == {date(2022, 7, 14)}


def test_doctors_fighting_for_lives_count_no_dead(geocoder):
    text = ("Russian bombs struck Kharkiv, and three people died. Doctors are battling for the lives of two more, "
            "both badly hurt.")
    assert [e.killed for e in _events(text, date(2024, 6, 22), geocoder).events] == [3]


def test_a_raion_from_the_past_days_roundup_gives_way_to_its_village_struck_that_night(geocoder):
    text = ("Протягом минулої доби ворог обстрілював населені пункти Харківського та Куп'янського районів області. "
            "Уночі ракета влучила в селище Хорошеве Харківського району, зруйновано будинок.")
    events = [(e.place, e.geo_precision) for e in _events(text, date(2023, 6, 12), geocoder).events]
    assert ("Kharkiv Raion", "region") not in events and ("Khorosheve", "city") in events


def test_where_a_shell_came_from_battles_for_a_town_and_a_citys_neighbourhoods(geocoder):
    text = ("ВСУ давят на ясиноватском участке, где идут бои за соседнюю Авдеевку. 18 марта снаряд угодил в "
            "«Текстильщик», один из крупных микрорайонов Донецка. Его выпустили со стороны тогда ещё "
            "украинской Красногоровки.")
    assert [(e.place, e.event_date) for e in _events(text, date(2022, 3, 20), geocoder).events] == [
        ("Donetsk", date(2022, 3, 18))]


def test_fire_from_the_side_of_troops_leaves_the_district_named_after_them_struck(names):
    text = "Двоє чоловіків поранені внаслідок обстрілу з боку російських військ Дніпровського району міста."
    assert [m.role for m in find_mentions(text, names, lexicon("uk"))] == ["target"]


@pytest.mark.parametrize("text", [
    "On 5 May Russian guns hit the Vuhledar hromada and the town of Kurakhove, leaving two dead and four hurt. "
    "In Kurakhove, a 70-year-old woman was wounded.",
    "Two people died and four were wounded in Russian shelling of Vuhledar and the town of Kurakhove on 5 May. "
    "In Kurakhove, a 70-year-old woman was wounded.",
])
def test_a_toll_told_over_a_hromada_and_a_town_is_neither_ones_own(text, geocoder):
    events = {e.place: (e.killed, e.injured) for e in _events(text, date(2024, 5, 5), geocoder).events}
    assert events == {"Vuhledar": (None, None), "Kurakhove": (None, 1)}


@pytest.mark.parametrize("text", [
    "Ворог двічі вдарив ракетами по підприємству в Полтаві. Внаслідок цих двох ударів поранення загалом отримали "
    "9 людей.",
    "Армия дважды ударила ракетами по предприятию в Полтаве. В результате этих двух ударов всего ранены 9 человек.",
    "Russian missiles hit an enterprise in Poltava twice. These two strikes injured 9 people in total.",
])
def test_a_total_over_the_strikes_just_told_is_their_places(text, geocoder):
    assert [(e.place, e.injured) for e in _events(text, date(2023, 5, 2), geocoder).events] == [("Poltava", 9)]


@pytest.mark.parametrize("text", [
    "Попадания по объектам энергетики зафиксированы в Волынской области, сообщили в Воздушных силах ВСУ.",
    "Попадание по объекту инфраструктуры зафиксировано в Волынской области, заявили в Генштабе ВСУ.",
])
def test_the_forces_telling_of_a_strike_are_not_its_attacker(text, geocoder):
    assert [(e.place, e.attacker) for e in _events(text, date(2024, 12, 3), geocoder).events] == [
        ("Volyn Oblast", "Russia")]


def test_a_bylines_stamp_does_not_date_the_places_the_lead_tells_of(geocoder):
    text = ("Russian shelling hits Kharkiv Oblast\n\nby the news desk March 12, 2024 7:15 AM 2 min read\n\n"
            "Russian troops shelled five settlements of Kharkiv Oblast, the regional governor said on March 11.\n\n"
            "Artillery and drones targeted Vovchansk, Zolochiv and Kupiansk.")
    days = {e.place: e.event_date for e in _events(text, date(2024, 3, 12), geocoder).events}
    assert days == {"Vovchansk": date(2024, 3, 11), "Zolochiv": date(2024, 3, 11), "Kupiansk": date(2024, 3, 11)}


def test_a_tally_of_attacks_on_the_region_is_no_strike_of_the_region(geocoder):
    text = ("Russian forces shelled Zolochiv and Vovchansk, the Kharkiv Oblast Military Administration said. "
            "In total, 95 explosions were recorded in 40 attacks on the region.")
    assert sorted(e.place for e in _events(text, date(2024, 3, 12), geocoder).events) == ["Vovchansk", "Zolochiv"]


def test_injuries_counted_as_civilian_injuries_add_to_the_others(geocoder):
    text = ("In the Zolochiv community, Russian guided bombs caused three civilian injuries, while four other "
            "residents were hurt by shelling.")
    assert [(e.place, e.injured) for e in _events(text, date(2024, 8, 26), geocoder).events] == [("Zolochiv", 7)]


def test_a_risen_toll_told_after_a_long_place_phrase_and_groups_by_ages(geocoder):
    text = ("The number of those injured after Tuesday's missile strike on the Kyivskyi district of the northern "
            "city of Kharkiv, 12-13 May, has increased to five. Two women aged 40 and 61 and three men aged "
            "19, 35 and 70 were hurt.")
    assert {e.place: e.injured for e in _events(text, date(2024, 5, 13), geocoder).events}["Kyivskyi"] == 5


@pytest.mark.parametrize("text", [
    "Russian drones attacked Kharkiv overnight. A hit on a school in Brovary was claimed too, but it was later "
    "denied.",
    "Російські дрони атакували Харків уночі. Інформацію про падіння уламків на будинок у Броварах згодом "
    "спростували.",
])
def test_a_hit_later_denied_is_no_strike(text, geocoder):
    assert [e.place for e in _events(text, date(2024, 11, 25), geocoder).events] == ["Kharkiv"]


@pytest.mark.parametrize("text", [
    "Ночью враг атаковал Николаевщину ракетами. Целью врага была инфраструктура Николаевского района. Погибли "
    "два человека.",
    "Вночі ворог атакував Миколаївщину ракетами. Метою ворога була інфраструктура Миколаївського району. Загинули "
    "двоє людей.",
])
def test_the_target_named_after_a_regions_attack_is_where_the_strike_was(text, geocoder):
    assert [(e.place, e.killed) for e in _events(text, date(2024, 7, 10), geocoder).events] == [("Mykolaiv Raion", 2)]


@pytest.mark.parametrize("text", [
    "Снаряд разрушил квартиру в Калининском районе Донецка. Мэр Донецка затем уточнил: мужчина, раненный в этом "
    "районе, скончался.",
    "A shell hit a house in the Kalininskyi district of Donetsk. Later the mayor of Donetsk said a man wounded in "
    "this district had died.",
])
def test_a_death_in_this_district_is_the_districts_not_the_speaking_mayors_citys(text, geocoder):
    killed = {e.place: e.killed for e in _events(text, date(2022, 8, 23), geocoder).events}
    assert killed["Kalininskyi"] == 1 and not killed.get("Donetsk")


@pytest.mark.parametrize("text", [
    "Ізюм обстріляли в середу зранку, 22 червня. А в ніч на вівторок, 21 червня, ворог бив по Харкову "
    "та селах області. У селищі Безлюдівка пошкоджено будинок.",
    "Russian troops shelled Izium on Wednesday morning, June 22. Overnight on Tuesday, June 21, they shelled Kharkiv "
    "and the oblast's villages. In Bezliudivka a house was damaged.",
])
def test_a_sentence_without_a_day_tells_of_the_day_the_strike_before_it_gave(text, geocoder):
    days = {e.place: e.event_date for e in _events(text, date(2022, 6, 22), geocoder).events}
    assert days["Izium"] == date(2022, 6, 22) and days["Bezliudivka"] == date(2022, 6, 21)


@pytest.mark.parametrize("text", [
    "A Russian strike on Zaporizhzhia left four people wounded. The missile hit the Komunarskyi district.",
    "Четверо людей поранені внаслідок російського удару по Запоріжжю. Ракета влучила в Комунарський район.",
    "Российский удар по Запорожью ранил четырёх человек. Ракета попала в Коммунарский район.",
])
def test_a_citys_casualties_are_its_one_struck_districts(text, geocoder):
    injured = {e.place: e.injured for e in _events(text, date(2024, 5, 5), geocoder).events}
    assert injured.get("Kosmichnyi") == 4  # (the district's name since 2024)


@pytest.mark.parametrize("lang, text", [
    ("uk", "Увечері ворожий дрон влучив у будинок у селі Хотінь. Вогнем знищено оселю. Вогонь локалізовано. По "
           "медичну допомогу звернувся 64-річний чоловік."),
    ("ru", "Вечером дрон попал в дом в селе Хотень Сумской области. За медицинской помощью обратился 64-летний мужчина."),
    ("en", "In the evening a drone struck a home in the village of Khotin. A 64-year-old man sought medical help."),
])
def test_one_person_who_sought_medical_help_is_one_injured_and_fire_is_no_village(lang, text, geocoder):
    result = _events(text, date(2025, 10, 8), geocoder)
    assert [(e.place, e.injured) for e in result.events] == [("Khotin", 1)] and not result.warnings


def test_a_region_shelled_overnight_gives_way_to_its_places_of_the_past_day(geocoder):
    text = ("Через обстріл Великописарівської громади Сумщини минулої доби загинула людина. Вночі та вранці "
            "ворог здійснив 12 обстрілів прикордонних сіл Сумської області. Обстрілів зазнали "
            "Білопільська та Миропільська громади.")
    places = {e.place for e in _events(text, date(2024, 9, 19), geocoder).events}
    assert "Sumy Oblast" not in places and "Velyka Pysarivka" in places


@pytest.mark.parametrize("text", [
    "Российские дроны атаковали Николаев. «Ночью враг более четырёх часов атаковал Николаевщину дронами», — "
    "написал глава ОВА. Пострадали шесть человек, уточнил он.",
    "Russian drones attacked Mykolaiv. \"For four hours overnight the enemy attacked the Mykolaiv region with "
    "drones,\" the governor wrote. Six people were injured, he said.",
])
def test_the_region_named_again_for_its_town_just_struck_is_that_towns_strike(text, geocoder):
    assert [(e.place, e.injured) for e in _events(text, date(2023, 12, 14), geocoder).events] == [("Mykolaiv", 6)]


def test_places_named_after_a_raion_are_its_namesakes_and_the_raion_is_its_towns(geocoder):
    text = ("Drones hit Slovianka, wounding two. Artillery then shelled the Nikopol district. "
            "Shells fell on the Pokrovske and Marhanets hromadas.")
    events = {e.place: e for e in _events(text, date(2025, 5, 2), geocoder).events}
    assert "Nikopol Raion" not in events or events["Nikopol Raion"].admin1 == "Dnipropetrovsk Oblast"
    assert events["Pokrovske"].longitude < 35  # the Pokrovske of the Nikopol raion, not Synelnykove's


@pytest.mark.parametrize("lang, text", [
    ("ru", "Ночью враг атаковал Николаев: ракету Х-59 запустили из воздушного пространства "
           "временно оккупированной Херсонщины."),
    ("uk", "Вночі ворог атакував Миколаїв: ракету Х-59 випустили з повітряного простору окупованої частини "
           "Херсонської області."),
])
def test_a_missile_launched_from_the_airspace_of_a_region_did_not_strike_it(lang, text, geocoder):
    assert [e.place for e in _events(text, date(2024, 4, 2), geocoder).events] == ["Mykolaiv"]


def test_a_settlement_listed_far_from_the_rest_of_its_list_is_the_namesake_among_them(names):
    text = "Минулої доби під обстрілами опинилися Велетенське, Садове, Станіслав, Антонівка та місто Херсон."
    sadove = next(m.place for m in find_mentions(text, names, lexicon("uk")) if m.text == "Садове")
    assert sadove.admin1 == "Kherson Oblast" and sadove.latitude > 46.6  # the right bank's, by Kherson


def test_what_an_attack_included_was_launched_and_a_hit_after_a_launch_is_no_launch(geocoder):
    text = ("Russia attacked Odesa overnight. The air force said the attack included six Shahed drones and two "
            "cruise missiles, which were all destroyed.")
    odesa = _events(text, date(2024, 5, 12), geocoder).events[0]
    assert (odesa.drones_launched, odesa.missiles_launched, odesa.missiles_intercepted) == (6, 2, 2)
    text = ("Overnight, Russians fired missiles on Lutsk, damaging a warehouse, and one missile struck a barn. "
            "Air defence destroyed 5 out of 8 Kalibr missiles.")
    lutsk = _events(text, date(2024, 5, 12), geocoder).events[0]
    assert (lutsk.missiles_launched, lutsk.missiles_intercepted) == (8, 5)


@pytest.mark.parametrize("text", [
    "Вночі ворог ударив по Запоріжжю ракетами. Дві з них збили сили ППО.",
    "Ночью враг ударил по Запорожью ракетами. Две из них сбили силы ПВО.",
])
def test_a_share_of_them_downed_is_of_the_weapon_that_struck(text, geocoder):
    assert _events(text, date(2023, 8, 24), geocoder).events[0].missiles_intercepted == 2


@pytest.mark.parametrize("text", [
    "Дрон влучив у багатоповерхівку в Харкові. Відомо про чотирьох постраждалих – один травмований, троє мають "
    "гостру реакцію на стрес.",
    "Дрон попал в многоэтажку в Харькове. Известно о четырёх пострадавших – один травмирован, трое с острой "
    "реакцией на стресс.",
])
def test_the_kinds_of_harm_after_a_toll_are_its_people_not_more(text, geocoder):
    assert [e.injured for e in _events(text, date(2025, 6, 20), geocoder).events] == [4]


def test_the_regions_strike_of_an_earlier_day_redates_the_town_told_on_the_later(geocoder):
    text = ("Украинский обстрел повредил 20 домов в посёлке Погар, сообщил 9 мая губернатор. "
            "Он напомнил, что 8 мая ВСУ обстреляли Брянскую область. Сейчас в Погаре устраняют последствия обстрела.")
    assert [(e.place, e.event_date) for e in _events(text, date(2023, 5, 9), geocoder).events] == [
        ("Pogar", date(2023, 5, 8))]


def test_a_woman_who_died_and_a_boys_minor_injuries_in_a_bulleted_list(geocoder):
    text = ("Уламки збитих дронів упали в Броварському районі.\n\nВнаслідок атаки:\n\n  • померла жінка 1971 року "
            "народження;\n  • незначні ушкодження отримав 12-річний хлопчик.")
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 10, 26), geocoder).events] == [(1, 1)]


def test_a_city_regions_area_is_the_city_and_its_rescue_service_is_no_target(geocoder):
    text = ("Air defence units in the Sevastopol area repelled a drone attack on January 4. Sevastopol rescue "
            "service registers no damage to infrastructure, the governor said. One man was injured by debris.")
    events = _events(text, date(2024, 1, 4), geocoder).events
    assert [(e.place, e.injured) for e in events] == [("Sevastopol", 1)]


def test_the_wounded_listed_after_a_dash_are_counted_one_by_one(geocoder):
    text = ("У Вишгородському районі вночі атакували дрони: загинув чоловік, крім того, є поранені – чоловік 52 років, "
            "жінка 48 років та дитина 6 років.")
    event = _events(text, date(2025, 5, 3), geocoder).events[0]
    assert (event.killed, event.injured) == (1, 3)


def test_no_civilian_casualties_after_a_roundup_is_none_hurt_in_each_place(geocoder):
    text = ("Russian shelling hit ten settlements of the Kharkiv region, among them Vovchansk, Kupiansk and "
            "Zolochiv, the governor wrote. He added there were no civilian casualties.")
    assert {(e.killed, e.injured) for e in _events(text, date(2023, 12, 4), geocoder).events} == {(0, 0)}


def test_the_days_toll_after_strikes_on_two_towns_is_neither_towns(geocoder):
    text = ("On June 21, Russian shelling left one dead in Druzhkivka and one in Kramatorsk. "
            "Eleven people were hurt during the day.")
    assert {e.place: e.injured for e in _events(text, date(2024, 6, 22), geocoder).events} == {
        "Druzhkivka": None, "Kramatorsk": None}


def test_a_village_in_a_city_district_is_the_villages_strike_not_the_citys(names):
    text = "A drone damaged a garage in Rudne, a village of the Lviv city district, the mayor wrote."
    assert [m.role for m in find_mentions(text, names, lexicon("en"))] == ["target", "locator"]


def test_a_fighter_of_a_named_unit_killed_is_one_dead(geocoder):
    text = "A fighter from the Kaskad unit was killed in shelling of Tyotkino, the governor said."
    assert [e.killed for e in _events(text, date(2024, 3, 19), geocoder).events] == [1]


def test_a_total_of_raions_shelled_closing_a_roundup_is_no_raions_strike(geocoder):
    text = ("Вночі ворог обстріляв Вовчанськ та Дворічну. Загалом за добу ворог бив по селах "
            "в Ізюмському та Богодухівському районах.")
    assert {e.place for e in _events(text, date(2023, 2, 1), geocoder).events} == {"Vovchansk", "Dvorichna"}


@pytest.mark.parametrize("text, places", [
    ("Під ворожим вогнем учора перебували Дворічна, Куп'янськ та Вовчанськ.",
     {"Dvorichna", "Kupiansk", "Vovchansk"}),
    ("За сутки под вражеским огнём оказались Тёткино и Глушково.", {"Tyotkino", "Glushkovo"}),
])
def test_places_under_the_enemys_fire_were_struck(text, places, geocoder):
    assert {e.place for e in _events(text, date(2024, 2, 6), geocoder).events} == places


def test_ground_assaults_repelled_near_a_village_are_no_strike(geocoder):
    text = "The army repelled 11 Russian attacks at Kyslivka of the Kupiansk district, a spokesman said."
    assert _events(text, date(2024, 2, 6), geocoder).events == []


def test_a_city_district_by_its_short_english_name(geocoder):
    text = "Russian shelling hit the Korabel municipal district in Kherson and wounded a man on Monday."
    assert "Korabelnyi" in {e.place for e in _events(text, date(2024, 2, 6), geocoder).events}


def test_the_weapons_a_blast_destroyed_are_not_the_attackers(geocoder):
    text = "Ukrainian intelligence said a blast at a rail depot in Dzhankoi destroyed Russian cruise missiles."
    assert [(e.place, e.attacker) for e in _events(text, date(2024, 2, 6), geocoder).events] == [
        ("Dzhankoi", "Ukraine")]


def test_a_dateline_with_a_colon_is_no_target(geocoder):
    text = "KHARKIV: A Russian drone hit a house in Zolochiv overnight, the governor said."
    assert [e.place for e in _events(text, date(2024, 2, 6), geocoder).events] == ["Zolochiv"]


@pytest.mark.parametrize("village, places", [("Chertkovo", ["Chertkovo"]), ("Zhelannoye", [])])
def test_a_city_named_after_a_village_places_it(village, places, geocoder):
    text = f"A Ukrainian drone fell on a barn in the village of {village} in Rostov, the governor said."
    assert [e.place for e in _events(text, date(2024, 2, 6), geocoder).events] == places


def test_a_municipality_of_a_place_takes_the_figure_told_for_it(geocoder):
    text = "Bombs killed three people in Pokrovsk, two in the municipality of Kurakhove."
    assert {e.place: e.killed for e in _events(text, date(2024, 2, 6), geocoder).events} == {
        "Pokrovsk": 3, "Kurakhove": 2}


def test_the_injuries_of_people_counted_after_the_noun(geocoder):
    text = "A missile hit Poltava; the mayor confirmed the injuries of 12 others."
    assert [e.injured for e in _events(text, date(2024, 2, 6), geocoder).events] == [12]


def test_a_village_its_raion_places_is_not_a_town_of_its_name_far_away(geocoder):
    text = ("Дроны атаковали сёла Красное и Муром Белгородской области. В селе Красное Шебекинского округа повреждён магазин, "
            "пострадавших нет.")
    events = {e.place: e for e in _events(text, date(2024, 5, 24), geocoder).events}
    assert set(events) == {"Krasnoye", "Murom"}
    # (the census village of Shebekinsky raion, not a namesake elsewhere in the oblast)
    assert km((events["Krasnoye"].latitude, events["Krasnoye"].longitude), (50.37, 37.14)) < 5


@pytest.mark.parametrize("text, places", [
    ("Ворог обстріляв Вовчанськ, поранено жінку.\nКонтекст:\nОкупанти щодня обстрілюють Харків і села області.",
     ["Vovchansk"]),
    # (The same strike told again under the heading still gains its figures.)
    ("Missiles hit Lviv overnight, killing three.\nBackground:\nAir defence shot down 5 of 8 cruise missiles "
     "launched at Lviv; the Russians also keep shelling Kherson.", ["Lviv"]),
])
def test_the_background_a_report_closes_with_strikes_no_new_place(text, places, geocoder):
    events = _events(text, date(2024, 2, 6), geocoder).events
    assert [e.place for e in events] == places
    assert text.startswith("Вор") or (events[0].missiles_launched, events[0].missiles_intercepted) == (8, 5)


def test_a_toll_that_rose_in_the_colloquial_form(geocoder):
    text = "Кількість поранених унаслідок нічного удару по Полтаві збільшилась до 17 людей."
    assert [e.injured for e in _events(text, date(2024, 2, 6), geocoder).events] == [17]


@pytest.mark.parametrize("text", [
    "Ракета влучила в будинок у Полтаві. На щастя, всі живі, четверо поранені.",
    "Ракета попала в дом в Полтаве. К счастью, все живы, четверо ранены.",
    "A missile hit a house in Poltava. Luckily, everyone survived; four were injured.",
])
def test_everyone_alive_means_nobody_killed(text, geocoder):
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events] == [(0, 4)]


@pytest.mark.parametrize("text, figures", [
    # The region's toll and the one town it later names: the town's toll.
    ("Officials said a drone attack injured one person in Crimea on Monday. Debris damaged houses near Dzhankoi.",
     {"Dzhankoi": 1}),
    # Several towns and no toll of their own: the region's marker gives way to them.
    ("Вночі ворог атакував Полтавщину, поранено чоловіка. Пожежі виникли в Кременчуці та Миргороді.",
     {"Kremenchuk": None, "Myrhorod": None}),
])
def test_a_regions_toll_gives_way_to_the_places_it_names(text, figures, geocoder):
    assert {e.place: e.injured for e in _events(text, date(2024, 2, 6), geocoder).events} == figures


def test_the_citys_dead_go_to_its_district_whose_hurt_rose(geocoder):
    text = ("Обстріл Херсона: загинув чоловік, поранено шестеро. Згодом кількість постраждалих через обстріл "
            "Дніпровського району зросла до 9.")
    events = {e.place: (e.killed, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events}
    assert events["Dniprovskyi"] == (1, 9)


@pytest.mark.parametrize("text, place", [
    ("Беспилотник повредил здание администрации Суджанского района, пострадавших нет.", "Sudzha"),
    ("Дрон пошкодив будівлю адміністрації Охтирського району, постраждалих немає.", "Okhtyrka"),
])
def test_the_building_of_a_raions_administration_is_its_seat_struck(text, place, geocoder):
    assert [e.place for e in _events(text, date(2024, 2, 6), geocoder).events] == [place]


@pytest.mark.parametrize("text, injured", [
    ("ВСУ обстреляли Грайворон. Есть один раненый, женщина с осколочным ранением руки.", 1),
    # (A count of its own after a comma, told with its verb, is more people.)
    ("ВСУ обстреляли Грайворон: ранены двое, один человек ранен ещё и в Головчино.", None),
])
def test_a_person_described_after_a_count_is_one_of_them(text, injured, geocoder):
    events = {e.place: e.injured for e in _events(text, date(2024, 2, 6), geocoder).events}
    assert events["Grayvoron"] == (injured or 2)


@pytest.mark.parametrize("text", [
    "Ночью дроны атаковали Измаил. Работают пункты несокрушимости, помощь получили около 300 человек.",
    "Уночі дрони атакували Ізмаїл. Працюють пункти незламності, допомогу отримали близько 300 людей.",
])
def test_help_at_points_of_aid_is_no_count_of_the_hurt(text, geocoder):
    assert [e.injured for e in _events(text, date(2024, 2, 6), geocoder).events] == [None]


def test_a_regions_strike_on_the_day_its_governor_told_of_it_redates_nothing(geocoder):
    text = ("ВСУ обстреляли посёлок Климово, ранен мужчина. 4 февраля губернатор сообщил, что ВСУ атаковали "
            "Брянскую область дронами.")
    assert [(e.place, e.event_date) for e in _events(text, date(2024, 2, 6), geocoder).events][0] == (
        "Klimovo", date(2024, 2, 6))


def test_a_day_told_after_the_report_turned_to_earlier_events_redates_nothing(geocoder):
    text = ("В Севастополе упали обломки ракеты, поднялся дым. Ранее сообщалось, что обломки упали в Балаклаве. "
            "4 февраля ВСУ ударили по штабу флота в Севастополе.")
    assert {(e.place, e.event_date) for e in _events(text, date(2024, 2, 6), geocoder).events} == {
        ("Sevastopol", date(2024, 2, 6)), ("Sevastopol", date(2024, 2, 4))}


def test_places_fired_on_were_struck(geocoder):
    text = "On Tuesday Russian troops fired on Khotin, Myropillia and Bilopillia communities."
    assert {e.place for e in _events(text, date(2024, 2, 6), geocoder).events} == {
        "Khotin", "Myropillia", "Bilopillia"}


def test_hromadas_listed_by_their_adjectives_after_a_colon_and_their_region(geocoder):
    text = "Під обстріл потрапили три громади Сумщини: Хотінська, Миропільська та Білопільська."
    assert {e.place for e in _events(text, date(2024, 2, 6), geocoder).events} == {
        "Khotin", "Myropillia", "Bilopillia"}


def test_the_dead_and_the_hurt_told_by_their_nouns(geocoder):
    text = "Ворог обстріляв Марганець. На жаль, є загиблий і поранений."
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events] == [(1, 1)]


def test_a_hospital_counted_before_no_one_hurt_is_no_count_of_people(geocoder):
    text = "Снаряди влучили в Слов'янськ: у склад та в одну з лікарень — без постраждалих."
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events] == [(0, 0)]


def test_a_citizen_hurt_is_one_injured(geocoder):
    text = "One more local citizen was injured by debris in Valuyki after air defence downed a drone."
    assert [e.injured for e in _events(text, date(2024, 2, 6), geocoder).events] == [1]


@pytest.mark.parametrize("lang, text, role", [
    # Regions named for the border between them are context.
    ("uk", "Міна влучила в околицю села біля самої межі Сумської та Полтавської областей.", "context"),
    ("ru", "Мина попала на окраину села у самой границы Сумской и Полтавской областей.", "context"),
    # Launch areas named with their country are launch areas.
    ("ru", "Дроны запустили из районов российского Брянска и Курска, сообщили Воздушные силы.", "launch"),
    ("uk", "Дрони запустили з районів російського Брянська та Курська, повідомили Повітряні сили.", "launch"),
])
def test_regions_at_a_border_and_launch_areas_with_their_country_are_not_struck(lang, text, role, names):
    assert {m.role for m in find_mentions(text, names, lexicon(lang))} == {role}


def test_a_village_the_gazetteer_lacks_in_a_named_municipality_is_marked_at_it(geocoder):
    text = "Two civilians were hurt when a drone attacked the village of Zhelannoye in the Shebekino municipality."
    assert [(e.place, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events] == [
        ("Zhelannoye (Shebekino Raion)", 2)]


def test_what_an_agency_earlier_reported_of_another_day_is_background(geocoder):
    text = ("Shrapnel from an intercepted drone hit a flat in Kyiv on Sunday, injuring four. As a local agency "
            "earlier said, air defence destroyed every drone aimed at Odesa overnight into May 2.")
    assert [e.place for e in _events(text, date(2024, 5, 13), geocoder).events] == ["Kyiv"]


def test_places_fired_on_a_number_of_times_were_struck(geocoder):
    text = "The army fired 12 times on Kupiansk and Dvorichna with artillery over the day."
    assert {e.place for e in _events(text, date(2024, 2, 6), geocoder).events} == {"Kupiansk", "Dvorichna"}


def test_a_drone_that_did_not_cause_casualties_hurt_nobody(geocoder):
    text = "A drone fell on a warehouse in Belgorod; the fire it started did not result in casualties."
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 2, 6), geocoder).events] == [(0, 0)]


def test_what_happens_as_a_daily_occurrence_is_no_one_strike(geocoder):
    text = "Russian strikes on Vovchansk and the villages around it have become an almost daily occurrence."
    assert _events(text, date(2024, 2, 6), geocoder).events == []


def test_a_strike_that_ended_lives_killed(geocoder):
    text = "Ракета попала в дом в Никополе и оборвала жизнь у трёх человек."
    assert [e.killed for e in _events(text, date(2024, 2, 6), geocoder).events] == [3]


@pytest.mark.parametrize("lang, text, place", [
    ("ru", "Враг обстрелял Константиновку, а наши бойцы отбили штурм у Белогоровки.", "Kostiantynivka"),
    ("uk", "Ворог обстріляв Костянтинівку, а наші бійці відбили штурм у районі Торецька.", "Kostiantynivka"),
])
def test_a_place_named_for_an_assault_beaten_back_is_not_struck(lang, text, place, geocoder):
    assert [e.place for e in _events(text, date(2024, 2, 6), geocoder).events] == [place]


def test_the_town_the_wounded_were_taken_to_was_not_struck(geocoder):
    text = "Враг обстрелял Константиновку. Раненого мужчину эвакуировали в Краматорск."
    assert [e.place for e in _events(text, date(2024, 2, 6), geocoder).events] == ["Kostiantynivka"]


@pytest.mark.parametrize("text", [
    "Запорізька ОВА. Вранці окупанти обстріляли дронами Червоне, Малинівку та Левадне, пошкоджено будинки.",
    "Запорізька область. Вчора окупанти били по Малинівці, Червоному та Левадному.",
    "Zaporizhzhia region: Russian troops shelled Chervone, Levadne and Malynivka on Sunday.",
])
def test_villages_listed_together_are_read_where_they_lie_together(text, geocoder):
    # Each name alone has a namesake far south; read one by one, the first pulled the rest away.
    events = _events(text, date(2025, 3, 2), geocoder).events
    assert {e.place for e in events} == {"Vysoke", "Malynivka", "Levadne"}  # Chervone's name since 2024
    points = [(e.latitude, e.longitude) for e in events]
    assert max(km(a, b) for a in points for b in points) < 30


@pytest.mark.parametrize("text, places", [
    ("В Марьинской громаде под обстрелом были Парасковеевка и Красногоровка.", ["Paraskoviivka", "Krasnohorivka"]),
    ("У Херсонській громаді під обстрілом були Антонівка та Садове.", ["Antonivka", "Sadove"]),
])
def test_a_hromada_its_struck_villages_are_named_in_only_places_them(text, places, geocoder):
    assert [e.place for e in _events(text, date(2025, 3, 2), geocoder).events] == places


@pytest.mark.parametrize("text, figures", [
    ("При обстреле Горловки пострадали корреспондент телеканала Иван Петров и оператор Сергей Козлов, а также "
     "водитель.", (None, 3)),
    ("При обстреле Горловки пострадали корреспондент телеканала Иван Петров и оператор Сергей Козлов, а также "
     "водитель. Позже стало известно, что Сергей Козлов скончался.", (1, 2)),
    ("Під час обстрілу Горлівки постраждали кореспондент Іван Петренко та оператор Сергій Козак, а також водій. "
     "Згодом стало відомо, що Сергій Козак помер.", (1, 2)),
])
def test_people_hurt_named_by_trade_and_name_are_each_counted(text, figures, geocoder):
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 6, 14), geocoder).events] == [figures]


@pytest.mark.parametrize("text", [
    "ВСУ ударили по Грайворону и Шебекино. Ранены пятеро человек.",
    "Росіяни вдарили по Краматорську та Слов'янську. Поранено п'ятьох людей.",
])
def test_a_count_after_two_towns_struck_is_neither_towns_own(text, geocoder):
    assert [e.injured for e in _events(text, date(2025, 3, 2), geocoder).events] == [None, None]


def test_a_strike_on_a_highway_is_at_its_first_town(geocoder):
    text = "Дрон ударил по машине у трассы Суджа — Курск, ранена женщина."
    assert [(e.place, e.injured) for e in _events(text, date(2025, 3, 2), geocoder).events] == [("Sudzha", 1)]


@pytest.mark.parametrize("text, place, point", [
    ("Ворог атакував дроном Садове на Херсонщині, поранена жінка.", "Sadove", (46.7044, 32.8203)),
    ("Russian troops shelled Oleksandrivka in the Kherson region on Monday.", "Oleksandrivka", (46.6148, 32.1128)),
])
def test_russia_strikes_the_namesake_on_the_dnipro_bank_ukraine_holds(text, place, point, geocoder):
    # Kherson Oblast since November 2022: the right bank free, the left bank held; these names have
    # villages on both.
    [event] = _events(text, date(2024, 5, 2), geocoder).events
    assert (event.place, event.attacker) == (place, "Russia")
    assert km((event.latitude, event.longitude), point) < 1
    where = Place(event.gazetteer_id, event.place, "city", "UA", event.admin1, event.latitude, event.longitude)
    assert not held_by_russia(where, date(2024, 5, 2))
    assert held_by_russia(replace(where, latitude=46.36, longitude=32.19), date(2024, 5, 2))  # the left bank


@pytest.mark.parametrize("text", [
    "The ministry in Moscow said a total of 120 drones were destroyed over its regions overnight.",
    # (not the one "a swarm of unmanned aerial vehicles" of the attempt told after the verb)
    'The ministry said a total of 120 drones were downed or destroyed during "an attack attempt by Kyiv with a '
    'swarm of unmanned aerial vehicles" that night.',
])
def test_a_total_of_drones_destroyed_is_the_total_not_one(text, geocoder):
    [record] = _events(text, date(2024, 9, 10), geocoder).attack_records
    assert record.shot_down == 120


def test_a_district_named_by_its_noun_of_a_city_named_after_it(geocoder):
    text = ("A Russian shell hit a bus stop in the Kyiv district of Kharkiv on Friday. Doctors say three men are "
            "known to be wounded.")
    assert [(e.place, e.injured) for e in _events(text, date(2025, 3, 18), geocoder).events] == [
        ("Kharkiv", None), ("Kyivskyi", 3)]


def test_a_district_named_after_a_town_of_the_region_told_is_its_raion(geocoder):
    text = ("Overnight the Dnipropetrovsk region came under a Russian drone attack; two plants burned in the Dnipro "
            "district, with no one hurt.")
    assert [e.place for e in _events(text, date(2025, 3, 18), geocoder).events] == ["Dnipro Raion"]


@pytest.mark.parametrize("text, places", [
    ("Russia sent forty drones from the Chauda areas in Crimea and from Kursk, and one hit Odesa.", ["Odesa"]),
    ("Kremlin spokesman said Moscow must press on with its offensive operation against Kiev after the drone strike "
     "on Kursk.", ["Kursk"]),
    ("ВСУ обстреляли Горловку, так как Киев хочет запугать Донбасс, заявил Пушилин.", ["Horlivka"]),
    ("Из-за террористических действий Киева в Шебекино ранен житель, сообщил губернатор.", ["Shebekino"]),
    ('Drones struck the landing ship "Novocherkassk" at its berth in Feodosia.', ["Feodosiia"]),
    ("On Sunday the Black Sea Fleet held large exercises to repel drone attacks near Sevastopol.", []),
    ("Ракета влучила в Кривий Ріг: 20 поранених, троє з них, зокрема дитина у Дніпрі у тяжкому стані.",
     ["Kryvyi Rih"]),
    ("Ракета попала в Кривой Рог: 20 раненых, трое из них, в том числе ребёнок в Днепре в тяжёлом состоянии.",
     ["Kryvyi Rih"]),
])
def test_a_launch_area_a_government_a_ship_and_drills_named_by_a_place_strike_no_place(text, places, geocoder):
    # A launch point the gazetteer lacks leaves its land a launch area; a capital at war, wanting or
    # acting is its government; a ship in quotes after its kind bears a town's name; the city where the
    # wounded lie in a serious condition was not struck.
    assert [e.place for e in _events(text, date(2023, 12, 26), geocoder).events] == places


@pytest.mark.parametrize("text, figures", [
    ("The drone strike on Kupiansk took the life of a local man, the governor said.", (1, None)),
    ("The army shelled Shebekino for an hour; preliminarily there are two victims, the governor said.", (None, 2)),
    ("ВСУ обстреляли Горловку, в результате атаки погибли двое мирных граждан.", (2, None)),
    ("Дрон атаковал грузовик в Глушково. Удар оказался смертельным для 45-летнего водителя.", (1, None)),
    ("Дрон атаковал грузовик в Глушково. Удар оказался летальным для водителя.", (1, None)),
    ("Дрон атакував вантажівку в Нікополі. Удар виявився смертельним для 45-річного водія.", (1, None)),
    ("ВСУ обстреляли Горловку. Несовместимые с жизнью ранения получили пенсионер и его жена, ранен подросток.",
     (2, 1)),
    ("Ворог обстріляв Херсон. Травми, несумісні з життям, отримали чоловік і жінка, поранено підлітка.", (2, 1)),
])
def test_a_life_taken_a_lethal_blow_and_victims_counted_are_the_dead_and_the_hurt(text, figures, geocoder):
    # (citizens, "граждан", are people; a blow "lethal for" one person killed them; wounds no one
    # survives are deaths)
    assert [(e.killed, e.injured) for e in _events(text, date(2024, 6, 1), geocoder).events] == [figures]


def test_drones_that_flew_at_a_region_or_entered_a_command_zone_were_launched_and_missiles_hit_downed(geocoder):
    [event] = _events("На Волинь того вечора летіли 12 ворожих дронів, 9 із них знищили над областю.", date(2025, 5, 2),
                      geocoder).events
    assert (event.drones_launched, event.drones_intercepted) == (12, 9)
    records = _events("Уночі до зони відповідальності командування «Південь» увійшли 90 шахедів та 6 крилатих ракет.",
                      date(2025, 5, 2), geocoder).attack_records
    assert sorted((r.category, r.launched) for r in records) == [("drone", 90), ("missile", 6)]
    # ("уражено" of weapons in the air is their downing)
    [record] = _events("Силами ППО над столицею уражено 25 ракет, повідомила КМВА.", date(2024, 3, 21),
                       geocoder).attack_records
    assert (record.category, record.shot_down) == ("missile", 25)


@pytest.mark.parametrize("text", [
    "Житель Покровска погиб, а также ранен местный житель города Мирноград.",
    "Загинув мешканець Покровська, також поранено мешканця міста Мирноград.",
])
def test_a_resident_of_the_town_named_after_the_count_is_that_towns(text, geocoder):
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2024, 4, 22), geocoder).events] == [
        ("Pokrovsk", 1, None), ("Myrnohrad", None, 1)]


@pytest.mark.parametrize("text, places", [
    ("Drone wreckage falls on homes in Kyiv\n\nIn Dniprovskyi district, wreckage of a drone fell on a house.",
     [("Kyiv", ""), ("Dniprovskyi", "Kyiv")]),
    ("Обстрел Донецка\n\nВСУ обстреляли Донецк. Ещё двое ранены в Калининском районе Горловки.",
     [("Donetsk", ""), ("Horlivka", ""), ("Kalininskyi", "Horlivka")]),
])
def test_a_district_named_alone_is_the_headline_citys_unless_its_own_city_is_named(text, places, geocoder):
    events = _events(text, date(2025, 5, 7), geocoder).events
    assert [(e.place, e.district_of or "") for e in events] == places


@pytest.mark.parametrize("text, place", [
    ("Беспилотник ударил по зданию правительства Брянской области.", "Bryansk"),
    ("Ворожий дрон атакував уряд Бєлгородської області вранці.", "Belgorod"),
    ("A missile hit the regional administration building in the Mykolaiv region.", "Mykolaiv"),
    ("Войска РФ били по Белополью, разрушено здание администрации.", "Bilopillia"),
])
def test_a_regional_government_building_struck_is_in_the_regions_capital(text, place, geocoder):
    assert [e.place for e in _events(text, date(2025, 8, 14), geocoder).events] == [place]


def test_people_who_complain_of_a_strike_did_not_strike(geocoder):
    [event] = _events("Того ж дня росіяни поскаржились, що безпілотник атакував Курськ.", date(2025, 8, 14),
                      geocoder).events
    assert (event.place, event.attacker) == ("Kursk", "Ukraine")


def test_a_towns_case_beside_a_noun_it_does_not_agree_with_is_the_town(geocoder):
    # ("Оріхову" is also an adjective's feminine accusative; "поранення" is neuter)
    [event] = _events("Через ворожий удар по Оріхову поранення отримали троє людей.", date(2023, 10, 2),
                      geocoder).events
    assert (event.place, event.injured) == ("Orikhiv", 3)


def test_the_day_a_strike_was_told_gives_way_to_the_leads_day_before(geocoder):
    text = ("За минулу добу окупанти 30 разів обстріляли область. Через удар по Оріхову поранено двох, повідомив "
            "у понеділок голова ОВА.")
    [event] = _events(text, date(2023, 10, 2), geocoder).events
    assert (event.place, event.event_date) == ("Orikhiv", date(2023, 10, 1))


@pytest.mark.parametrize("text, figures", [
    ("Повідомили про загибель людини у Полтаві\n\nВнаслідок удару ракети загинула одна людина, четверо поранені.",
     [("Poltava", 1, 4)]),
    ("Войска обстреляли Корабельный район Херсона\n\nВойска снова обстреляли Херсон. Погиб мужчина, ранены двое.",
     [("Kherson", 1, 2), ("Korabelnyi", 1, 2)]),
    ("Ночью дроны атаковали Одесскую область, есть погибший. Удары пришлись по Измаильскому району.",
     [("Izmail Raion", 1, None)]),
])
def test_a_headlines_town_or_district_and_a_raion_inside_take_the_toll_the_body_tells(text, figures, geocoder):
    events = _events(text, date(2025, 10, 14), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == figures


@pytest.mark.parametrize("text, injured", [
    ("Дрон ударил по Херсону. Трое – пенсионер и две его соседки – получили медицинскую помощь.", 3),
    ("Ракета попала в Валуйки. Пенсионер с контузией и ожогами рук приехал в больницу сам.", 1),
])
def test_people_described_between_dashes_or_told_with_a_wound_are_counted(text, injured, geocoder):
    assert [e.injured for e in _events(text, date(2025, 10, 17), geocoder).events] == [injured]


def test_a_count_told_with_a_place_that_cannot_be_placed_is_not_the_last_towns(geocoder):
    text = ("ВСУ обстреляли Шебекино, никто не пострадал. Позже в хуторе Лесной-Второй после атаки дрона пострадал "
            "мужчина.")
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2025, 9, 16), geocoder).events] == [
        ("Shebekino", 0, 0)]


@pytest.mark.parametrize("text", [
    "Уночі Луцьк пережив дві атаки - дронів і ракет, ППО збила частину.",
    "Протягом майже двох годин ворог атакував ударними безпілотниками Ізмаїльський район. ППО збила більшість дронів.",
])
def test_a_count_of_attacks_or_hours_is_no_count_of_weapons(text, geocoder):
    records = _events(text, date(2023, 12, 29), geocoder).attack_records
    assert all(r.launched not in (2, 3) for r in records)


@pytest.mark.parametrize("text, places", [
    ("Shells struck Horlivka on Monday and wounded three, the Donetsk leader Denis Pushilin said.", ["Horlivka"]),
    ("Kiev strikes ‘grain depot’ in Horlivka, wounding three civilians – DPR head", ["Horlivka"]),
    ("Rockets hit a market in the Donbass city of Yasynuvata, wounding five.", ["Yasynuvata"]),
    ("A drone struck a police car in the Bilozerska village hromada, wounding an officer.", ["Bilozerka"]),
])
def test_a_leader_a_capital_that_strikes_and_a_venues_name_are_no_place_struck(text, places, geocoder):
    # (a place's "leader" heads its region; "Donbas City" is a shopping centre's name, not Donetsk's;
    # a "village community" is a hromada)
    assert [e.place for e in _events(text, date(2023, 6, 19), geocoder).events] == places


def test_another_person_taken_to_a_medical_facility_is_one_more_hurt(geocoder):
    text = "A shell killed a man in Tyotkino. Another person was rushed to a medical institution."
    assert [(e.killed, e.injured) for e in _events(text, date(2023, 3, 2), geocoder).events] == [(1, 1)]


@pytest.mark.parametrize("text, killed", [
    ("Кількість загиблих унаслідок ранкового удару ворожих крилатих ракет по багатоповерхівці та двох базах "
     "відпочинку в приморському селищі Затока (Білгород-Дністровський район Одеської області) зросла до дев'яти.", 9),
    ("Число погибших в результате утреннего удара крылатыми ракетами по многоэтажке и двум базам отдыха в курортном "
     "посёлке Затока (Белгород-Днестровский район Одесской области) возросло до девяти.", 9),
    ("Ракета влучила в Затоку Білгород-Дністровського району. У селищі Затокка загинули двоє людей.", 2),
])
def test_a_toll_read_across_a_long_description_or_told_of_the_town_misspelt(text, killed, geocoder):
    # (a name one letter off a town the report struck is that town misspelt)
    assert [(e.place, e.killed) for e in _events(text, date(2024, 7, 1), geocoder).events] == [("Zatoka", killed)]


def test_a_calibre_is_no_kalibr_missile(geocoder):
    result = _events("По Донецку выпущено восемь снарядов калибром 152 миллиметра, погиб мужчина.",
                     date(2022, 9, 24), geocoder)
    assert "cruise missile" not in result.events[0].weapons
    assert not result.attack_records


@pytest.mark.parametrize("code, sentence", [
    ("ru", "В субботу штаб обороны сообщал, что в четверг погиб мужчина."),
    ("uk", "У суботу штаб оборони повідомляв, що в четвер загинув чоловік."),
])
def test_the_weekday_something_was_told_on_is_not_the_strikes(code, sentence):
    assert facts.date_in(sentence, date(2022, 9, 24), lex=lexicon(code)) == (date(2022, 9, 22), "day")


@pytest.mark.parametrize("text, published, district", [
    ("A shell hit Donetsk's Kirovskyi district, killing a man and wounding two girls (year of birth in 2010 "
     "and 2012), the mayor said.", date(2023, 6, 28), "Kirovskyi"),
    ("ВСУ обстреляли центр Донецка. «Ворошиловский район Донецка.» Мирный житель погиб, ещё двое ранены, "
     "сообщили в штабе обороны ДНР.", date(2022, 9, 24), "Voroshylovskyi"),
])
def test_the_one_district_struck_keeps_the_toll(text, published, district, geocoder):
    # (years of birth of the hurt are no history; a fragment naming a district of the city just struck tells
    # where it was struck; an office's name before the region is a title)
    assert [(e.place, e.killed, e.injured) for e in _events(text, published, geocoder).events] == [
        ("Donetsk", None, None), (district, 1, 2)]


@pytest.mark.parametrize("text, places", [
    ("Drones flew in from Crimea. As the air battle went on, 15 drones were destroyed.", []),
    ("Directions of strikes included Poltava and Sumy. Air defence destroyed 20 of the 25 drones.", []),
    ("Основними напрямками удару були Полтавщина та Сумщина. Сили ППО знищили 20 із 25 дронів.", []),
    ("A drone hit a car near Shebekino; two wounded men went to a hospital in the city of Stary Oskol.",
     ["Shebekino"]),
    ("Drone strike on Russia's Kursk\n\nA Ukrainian drone set a truck on fire at Tyotkino, a Kursk region village, "
     "the governor said.", ["Tyotkino"]),
    ("Missiles hit Odesa; Kyiv justifies its own raids as a response.", ["Odesa"]),
    ("Near Kharkiv, a landmine killed a tractor driver on Tuesday.", []),
    ("Shells fell on Nikopol and on the Marhanets, Myrove and Pokrovsk communities of the Dnipropetrovsk region.",
     ["Nikopol", "Marhanets", "Myrove", "Pokrov"]),
])
def test_directions_hospitals_a_regions_short_name_a_government_and_mines_strike_no_place(text, places, geocoder):
    # (a sentence's opening "As" is no village; a hromada of a list is the one in the story's region)
    assert [e.place for e in _events(text, date(2024, 5, 21), geocoder).events] == places


def test_a_weapons_model_number_and_attack_as_its_kind_are_no_count(geocoder):
    text = "Overnight the enemy sent 25 Shahed-136/131 attack UAVs; air defence destroyed 20 enemy attack UAVs."
    assert [(r.launched, r.shot_down) for r in _events(text, date(2024, 5, 21), geocoder).attack_records] == [(25, 20)]


def test_a_place_in_ukraine_after_ukraines_strikes_on_russia_was_struck_by_russia(geocoder):
    text = "Ukrainian drones hit a farm in the Kursk region, killing its owner. Meanwhile, in the Kharkiv region, shelling injured two."
    assert [(e.place, e.attacker) for e in _events(text, date(2024, 5, 21), geocoder).events] == [
        ("Kursk Oblast", "Ukraine"), ("Kharkiv Oblast", "Russia")]


def test_nobody_hurt_closing_a_paragraph_is_of_that_paragraphs_places(geocoder):
    text = ("Shelling killed two people in Nikopol, the governor said.\n"
            "Russian forces also shelled Marhanets. No casualties were reported, the governor added.")
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2024, 5, 21), geocoder).events] == [
        ("Nikopol", 2, None), ("Marhanets", 0, 0)]


@pytest.mark.parametrize("text, figures", [
    ("Снаряд влучив у будинок у Веселянці. Від отриманих поранень загинула власниця будинку.", [("Veselianka", 1, None)]),
    ("Снаряд попал в дом в Шебекино. От полученных ранений скончался владелец дома.", [("Shebekino", 1, None)]),
    ("Росіяни скинули авіабомби на Запорізький район. Вдень окупанти вдарили по Комишувасі. Ворог атакував селище "
     "КАБами, загинув чоловік.", [("Komyshuvakha", 1, None)]),
    ("Страшная ночь для столицы: число погибших возросло до 9. В Святошинском районе столицы ракета попала в дом.",
     [("Kyiv", 9, None), ("Sviatoshynskyi", 9, None)]),
    ("Губернатор опроверг фейки о жертвах. До этого сообщалось, что ВСУ ударили по подстанции в Глушковском "
     "районе. Медикам не удалось спасти добровольца.", [("Glushkovo Raion", 1, None)]),
])
def test_an_owner_a_weapon_after_a_village_noun_a_toll_told_first_and_a_strike_told_as_before(text, figures, geocoder):
    # (an owner is a person; a weapon is no settlement's name; a toll before any place is the report's one
    # town's; "до этого" tells the report's own strike when it told none before; nobody could save one: one dead)
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2025, 10, 27), geocoder).events] == figures


@pytest.mark.parametrize("text, places", [
    ("Уночі дрон атакував Львів. У Сихівському та Франківському районах у кількох будинках повилітали вікна.",
     ["Lviv", "Sykhivskyi", "Frankivskyi"]),
    ("Ракета влучила в Київ. У Дарницькому районі досі шукають людей під завалами.", ["Kyiv", "Darnytskyi"]),
    ("Губернатор рассказал о нападении дронов под Погаром. Ранены две женщины. Следователи возбудили уголовные "
     "дела после атак в Брянской и Курской областях.", ["Pogar"]),
    ("Губернатор Курской области сообщил о раненом в Рыльске Курской области. Ещё один человек ранен сегодня в "
     "Белгородской области. Губернатор сообщил, что в Грайвороне пострадал подросток.", ["Rylsk", "Grayvoron"]),
])
def test_windows_blown_out_rubble_an_assault_and_a_roundups_next_region(text, places, geocoder):
    # (a criminal case opened after attacks strikes no region)
    assert [e.place for e in _events(text, date(2025, 10, 27), geocoder).events] == places


@pytest.mark.parametrize("text, published, figures", [
    ("Guided bombs hit Kivsharivka, killing two. In total, six people were wounded there, the governor said.",
     date(2023, 8, 7), [("Kivsharivka", 2, 6)]),
    ("A drone hit a truck in Tyotkino, killing the driver. Another worker suffered a shrapnel wound.",
     date(2024, 5, 18), [("Tyotkino", 1, 1)]),
    ("Ракета попала в Белгород, пострадавших нет. Перед этим дрон атаковал село Стрелецкое Белгородского округа. "
     "Погиб мирный житель.", date(2026, 1, 9), [("Belgorod", 0, 0)]),
    ("Дрон атаковал Горловку, ранен мужчина. 11 октября дрон ударил по автобусу в Горловке. Автобус шёл по "
     "маршруту № 5. Тогда сообщалось о троих раненых.", date(2025, 11, 4), [("Horlivka", None, 1)]),
])
def test_a_one_place_total_one_more_hurt_and_the_toll_of_a_strike_told_as_before(text, published, figures, geocoder):
    # (the toll told right after an earlier strike recalled, or a sentence about it, is that strike's)
    assert [(e.place, e.killed, e.injured) for e in _events(text, published, geocoder).events] == figures


@pytest.mark.parametrize("text, figures", [
    ("Войска обстреляли Лисичанск, найдено тело погибшего. Раненую женщину сразу увезли в Северодонецк.",
     [("Lysychansk", None, 1)]),
    ("Ворог обстріляв Херсон. Поранену жінку забрали медики.", [("Kherson", None, 1)]),
    ("Обломки дронов упали в Киеве. В Соломянском районе повреждена многоэтажка, ранены двое.",
     [("Kyiv", None, None), ("Solomianskyi", None, 2)]),
])
def test_one_told_as_wounded_the_town_they_were_taken_to_and_a_districts_spelling(text, figures, geocoder):
    # (the town the wounded were taken to is neither struck nor where the figure belongs)
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2022, 6, 20), geocoder).events] == figures


@pytest.mark.parametrize("text, places", [
    ("Missiles struck four districts-Podilskyi, Sviatoshynskyi, and Desnianskyi-causing fires, Kyiv officials said.",
     ["Kyiv", "Podilskyi", "Sviatoshynskyi", "Desnianskyi"]),
    ("A missile hit Kamianets-Podilskyi overnight; pro-Russian channels also claimed a drone hit Rostov-on-Don.",
     ["Kamianets-Podilskyi", "Rostov-on-Don"]),
])
def test_a_dash_typed_as_a_hyphen_before_a_name_leaves_the_name_a_word(text, places, geocoder):
    assert [e.place for e in _events(text, date(2024, 1, 1), geocoder).events] == places


def test_a_count_of_the_hurt_is_no_count_of_weapons():
    assert read_night_summary("A man was killed and 31 injured in the missile attack on Dnipro.", "2024-01-01") == []


@pytest.mark.parametrize("text, attackers", [
    ("Ukrainian armed forces spokesmen reported that Russia launched drones at Odesa overnight, damaging a depot.",
     [("Odesa", "Russia")]),
    ("A drone struck a depot in Odesa at night, said the military of Ukraine.", [("Odesa", "Russia")]),
    ("(Odesa) Russian drones hit the port of Izmail overnight, injuring two workers.", [("Izmail", "Russia")]),
])
def test_an_army_that_reports_and_a_bracketed_dateline_are_neither_attacker_nor_target(text, attackers, geocoder):
    assert [(e.place, e.attacker) for e in _events(text, date(2024, 3, 2), geocoder).events] == attackers


@pytest.mark.parametrize("text, figures", [
    ("Russian drones hit Kherson and Beryslav. Five civilians were wounded – three in Kherson and two in Beryslav – "
     "the governor said.", [("Kherson", None, 3), ("Beryslav", None, 2)]),
    ("Debris of a drone came down in Kyiv's Darnytskyi district. Casualties were not recorded, the mayor said.",
     [("Kyiv", 0, 0), ("Darnytskyi", 0, 0)]),
    ("Уночі дрони атакували Чернігівщину. У Городні поранено двох чоловіків.", [("Horodnia", None, 2)]),
    ("Ракета влучила в будинок у Бродах. Загинула сім'я з трьох людей.", [("Brody", 3, None)]),
    ("Ракета попала в дом в Шебекино. Погибла семья из четырёх человек.", [("Shebekino", 4, None)]),
    ("Дрон атаковал автомобиль в Шебекино. Мужчина и женщина получили ранения. У третьего пострадавшего ожоги.",
     [("Shebekino", None, 3)]),
    ("Дрон атаковал автомобиль в Шебекино. Ранены два человека. У второго пострадавшего ожоги.",
     [("Shebekino", None, 2)]),
    ("Снаряд попал в машину в Шебекино. Один мужчина погиб, второй ранен.", [("Shebekino", 1, 1)]),
    ("Russian troops shelled Kherson Oblast 45 times over the day. Their attacks wounded three people and damaged "
     "homes in the city.", [("Kherson", None, 3)]),
    ("Дрон попал в дом в Севастополе. Погибших после удара нет, ранены трое.", [("Sevastopol", 0, 3)]),
    ("Один человек пострадал при попытке атаки беспилотников на Астраханскую область\n\n"
     "Ночью ВСУ пытались атаковать объекты региона.", [("Astrakhan Oblast", None, 1)]),
    ("Ракета попала в дом в Шебекино. Ранения разной тяжести получили шесть человек, одного из пострадавших "
     "спасти не смогли.", [("Shebekino", 1, 6)]),
    ("Ракета влучила в Кременчук; на щастя, без загиблих та поранених.", [("Kremenchuk", 0, 0)]),
    ("Снаряд попал в Шебекино, обошлось без погибших и раненых.", [("Shebekino", 0, 0)]),
    ("Russian shelling hit Borova: two women died, and men aged 35, 44, 52, as well as two "
     "30-year-old men, were injured.", [("Borova", 2, 5)]),
    ("Shelling hit Kherson. A woman was also reported wounded in Beryslav.",
     [("Kherson", None, None), ("Beryslav", None, 1)]),
    ("Днем под обстрел попал Белгород, никто не погиб, трое ранены. Вчера при обстрелах в местных селах погибли "
     "двое, еще 15 получили ранения.", [("Belgorod", 0, 3)]),
    ("Сьогодні вдень росіяни обстріляли Херсон, поранено трьох людей. Вчора через обстріли в селах загинули двоє, "
     "ще 12 поранені.", [("Kherson", None, 3)]),
])
def test_how_tolls_are_told_breakdowns_families_orders_ages_qualifiers_and_other_days(text, figures, geocoder):
    # (a breakdown after a dash; victims not found; a family counted; the hurt told by their order or age; a
    # qualifier before the verb; one of those counted not saved; neither dead nor wounded; a toll of the day
    # before, in places not named, is not the strike's; a town's locative the dictionary reads as an
    # adjective, "у Городні"; an attempt that hurt someone struck; "the city" after its region's shelling is
    # the city the region is named after, and the toll its)
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2024, 3, 2), geocoder).events] == figures


@pytest.mark.parametrize("text, places", [
    ("Russian artillery shelled the Sumy region overnight. Mykolaiv and Krasnopillia communities came under fire.",
     [("Krasnopillia", 50.77), ("Mykolaivka", 50.94)]),
    ("The enemy shelled the Nikopol district with artillery. Both Myrove and Marhanets hromadas have been affected.",
     [("Myrove", 47.77), ("Marhanets", 47.63)]),
    ("Росіяни вдарили по Краматорському району: у Маяках Святогірської громади зруйновано гараж, а в Донецькому "
     "Миколаївської громади двоє загинули.", [("Maiaky", 48.95), ("Donetske", 48.93)]),
    ("Ворог обстріляв Донеччину. У Сергіївці Андріївської громади поранено двох людей.", [("Serhiivka", 48.67)]),
    # (a hromada told beside its raion is the one of its name in that raion: Pokrovske's, not Pokrov's)
    ("Дрон атакував Покровську громаду Синельниківського району, виникла пожежа.", [("Pokrovske", 47.98)]),
    ("Дрон атаковал Покровскую общину Синельниковского района, возник пожар.", [("Pokrovske", 47.98)]),
])
def test_a_settlement_told_with_its_hromada_is_the_one_near_that_hromadas_centre(text, places, geocoder):
    # (a community of another region's city's name is the one of the story's region: Mykolaivka's)
    assert [(e.place, round(e.latitude, 2)) for e in _events(text, date(2024, 3, 2), geocoder).events] == places


def test_a_post_that_names_no_region_is_its_officials_region(geocoder):
    text = "FPV-дрон ударил по грузовику в Климовском районе, ранен водитель, сообщил губернатор Александр Богомаз."
    assert [(e.place, e.admin1) for e in _events(text, date(2025, 8, 29), geocoder).events] == [
        ("Klimovo Raion", "Bryansk Oblast")]
    # (only in office: a governor's name tells nothing of a day after his term)
    assert region_of_officials("губернатор Роман Старовойт", date(2023, 3, 1)) == "Kursk Oblast"
    assert region_of_officials("губернатор Роман Старовойт", date(2025, 3, 1)) == ""
    assert region_of_officials("пошкоджено садовий будинок", date(2025, 3, 1)) == ""  # (a word, not Sadovyi)


@pytest.mark.parametrize("text, places", [
    ("Уночі дрони атакували Київщину. Пошкоджено будинки в Бучанському та Броварському районах.",
     [("Bucha Raion", "Russia"), ("Brovary Raion", "Russia")]),
    ("Окупанти скерували «Гради» на Марганецьку та Нікопольську громади.",
     [("Marhanets", "Russia"), ("Nikopol", "Russia")]),
    ("Ukraine's aviation security forces repelled Russia's drones over Kyiv overnight, and debris hit the "
     "Darnytskyi district.", [("Kyiv", "Russia"), ("Darnytskyi", "Russia")]),
    ("One person died when a shell hit the village of Selydove, Pokrovsk district.", [("Selydove", "Russia")]),
])
def test_buchas_raion_fire_directed_at_communities_a_defending_force_and_a_town_called_a_village(text, places,
                                                                                                  geocoder):
    # (a town called a village is the town when the raion named beside it holds it)
    assert [(e.place, e.attacker) for e in _events(text, date(2024, 3, 2), geocoder).events] == places


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Над Курской областью сбили 12 беспилотников, еще 9 уничтожили над Черным морем."),
    ("uk", "Над Одещиною збили 12 дронів, ще 9 знищили над морем."),
    ("en", "Air defence downed 12 drones above the Kursk region, and another 9 were downed above the sea."),
])
def test_more_drones_downed_over_another_region_with_their_own_verb_add_to_the_tally(code, sentence):
    assert facts.interceptions(sentence, lexicon(code)) == {"drones_intercepted": 21}


@pytest.mark.parametrize("text, places", [
    ("Киев снова обстрелял город Шебекино, погибла женщина.", [("Shebekino", "Ukraine")]),
    ("Москва знову атакувала Суми, поранено двох людей.", [("Sumy", "Russia")]),
    # (guards: the place struck, its verb's subject after it or a preposition before it)
    ("Белгород атаковал дрон, ранены двое.", [("Belgorod", "Ukraine")]),
    ("Харків атакував ворожий дрон, поранено двох людей.", [("Kharkiv", "Russia")]),
    ("Ночью по Киеву ударила ракета, погибла женщина.", [("Kyiv", "Russia")]),
])
def test_a_capital_as_the_subject_of_a_strike_is_the_attacker_not_a_place_struck(text, places, geocoder):
    assert [(e.place, e.attacker) for e in _events(text, date(2025, 7, 10), geocoder).events] == places


@pytest.mark.parametrize("text", [
    "Russia launched 20 drones overnight and air defence downed all of them. Debris of one of the downed drones hit a house.",
    "Россия запустила 20 дронов, все сбиты. Обломки одного из сбитых дронов упали на дом.",
    "Ворог випустив 20 дронів. Усі вони були знищені. Уламки одного зі збитих дронів впали на подвір'я.",
])
def test_one_of_the_downed_is_no_count_of_the_downed(text):
    [record] = read_night_summary(text, "2024-01-01")
    assert (record.launched, record.shot_down) == (20, 20)


@pytest.mark.parametrize("code, sentence", [
    ("en", "Drones were launched from Chauda (occupied Crimea) and hit Odesa."),
    ("uk", "Дрони, запущені з Чауди (тимчасово окупованого Криму), атакували Одесу."),
])
def test_a_region_in_brackets_after_a_name_locates_it_though_a_word_qualifies_it(names, code, sentence):
    assert [(m.place.name, m.role) for m in find_mentions(sentence, names, lexicon(code))
            if m.place.kind == "region"] == [("Autonomous Republic of Crimea", "locator")]


@pytest.mark.parametrize("text, places", [
    # A hromada's noun left out after the sentence before named one.
    ("Увечері окупанти спрямували FPV-дрон на Покровську громаду Нікопольщини. Згодом удар припав і "
     "на Марганецьку.", {"Pokrov", "Marhanets"}),
    # A starostat is named after its village, which is struck, not the hromada's centre.
    ("На Сумщині ворог скинув керовані авіабомби на одне з сіл у Битицькому старостаті, що входить до Сумської "
     "громади.", {"Bytytsia"}),
])
def test_hromadas_told_by_their_adjective(geocoder, text, places):
    assert {e.place for e in _events(text, date(2025, 8, 14), geocoder).events} == places


@pytest.mark.parametrize("code, sentence, injured", [
    ("uk", "У селищі поранено 40-річного чоловіка, двох 5-річних і 9-річного хлопчиків.", 4),
    ("uk", "Постраждали 52-річна жінка, 30-річний чоловік та 8-річний хлопчик.", 3),
    ("ru", "Ранены 40-летний мужчина, две 10-летние девочки и 6-летний мальчик.", 4),
])
def test_people_counted_by_their_ages_and_how_many_of_each(code, sentence, injured):
    assert dict((k, n) for k, n, _ in facts.casualties(sentence, lexicon(code)))["injured"] == injured


def test_nobody_killed_in_the_city_is_nobody_killed_in_its_districts(geocoder):
    text = ("Атака на Київ: наслідки у трьох районах\nНаслідки нічної атаки зафіксували в трьох районах Києва. Мер "
            "повідомив, що обійшлося без загиблих.\nУ Дарницькому районі — пошкоджено гаражі.\nУ Подільському "
            "районі — уламки на відкритій території.")
    events = {e.place: e for e in _events(text, date(2026, 2, 22), geocoder).events}
    assert (events["Darnytskyi"].killed, events["Podilskyi"].killed) == (0, 0)


@pytest.mark.parametrize("first", [
    "Російський безпілотник атакував Шевченківський район у Харкові, поранено жінку.",
    "Російський дрон поцілив у будинок у Шевченківському районі Харкова, поранено жінку. Про це написав мер.",
])
def test_an_earlier_strike_with_other_weapons_is_another_days(geocoder, first):
    text = first + "\nА 1 березня росіяни вдарили по Харкову ракетою, пошкоджено корпус університету."
    days = {(e.place, e.event_date) for e in extract(Report(text, date(2026, 3, 2)), geocoder).events}
    assert {("Shevchenkivskyi", date(2026, 3, 2)), ("Kharkiv", date(2026, 3, 1))} <= days


def test_drones_shot_down_over_a_region_with_no_harm_strike_nothing(geocoder):
    russian = ("Ночью над Ростовской областью средства ПВО отражают атаку беспилотников. Уничтожено 3 БПЛА: в "
               "районе Шахт и Азова. Пострадавших и разрушений нет.")
    ukrainian = ("Уночі над Полтавщиною сили ППО відбивають атаку дронів. Збито 3 БпЛА: в районі Лубен і "
                 "Миргорода. Постраждалих і руйнувань немає.")
    assert [extract(Report(text, date(2024, 11, 26)), geocoder).events for text in (russian, ukrainian)] == [[], []]


def test_a_tally_the_ministry_gave_before_is_not_added_to_the_new_one():
    text = ("Минобороны сообщило, что за шесть часов ПВО сбила пять украинских беспилотников над Брянской "
            "областью.\nКак заявляло ведомство, ночью были уничтожены 14 дронов.")
    (record,) = read_night_summary(text, "2026-01-23", language="ru")
    assert record.shot_down == 5


def test_hromadas_of_one_name_in_two_raions(geocoder):
    # The headline's hromada is the body's; the one told after the Nikopol raion lies in it.
    text = ("Дніпропетровщина: КАБи влучили в Покровську громаду, постраждала жінка\n"
            "Увечері КАБи впали на Покровську громаду Синельниківського району, поранено жінку.\n"
            "За його словами, Нікопольщину ворог атакував дронами, удари припали на райцентр і Покровську громаду.")
    events = _events(text, date(2025, 10, 14), geocoder).events
    nikopol = (47.568, 34.391)
    assert [e.gazetteer_id for e in events if e.place == "Pokrovske" and e.injured == 1] == ["geonames:696720"]
    assert len(events) == 3 and all(km((e.latitude, e.longitude), nikopol) <= 30 for e in events[1:])


def test_a_list_of_places_with_what_each_lost(geocoder):
    text = ("Наслідки обстрілів Сумщини за добу.\nПошкодження:\nКраснопільська громада – зруйновано склад;\n"
            "Миропільська громада – пошкоджено два будинки;\nБілопільська громада – господарчі будівлі;\n"
            "Хотінська громада – автомобіль.")
    assert {e.place for e in _events(text, date(2026, 2, 25), geocoder).events} >= {"Bilopillia", "Khotin"}


def test_hromadas_listed_together_are_read_where_they_lie(geocoder):
    text = ("На Нікопольщині обстріляли Марганецьку громаду.\nНа Синельниківщині дрони били по Петропавлівській, "
            "Слов'янській і Межівській громадах.")
    assert {"Petropavlivka", "Slovianka", "Mezhova"} <= {e.place for e in _events(text, date(2025, 9, 6), geocoder).events}


@pytest.mark.parametrize("text, place", [
    # A region told right after a town says which namesake it is, however large another one is.
    ("Ворог вдарив по м. Новомосковськ Дніпропетровської області, є поранені.", "Samar"),
    ("Российские войска обстреляли Новомосковск Днепропетровской области, ранены два человека.", "Samar"),
    # A settlement its own hromada locates is no hromada carried from the sentence before.
    ("Росіяни обстріляли Дружківку та Добропілля, повідомив начальник Донецької ОВА. У Маяках Святогірської "
     "громади зруйновано сарай. У Донецькому Миколаївської громади поранено жінку.", "Donetske"),
    # A town named after the okrug it heads locates the village before it.
    ("В Донецкой области мирная жительница пострадала при атаке дрона ВСУ в посёлке Доля городского округа "
     "Докучаевск.", "Dolia"),
])
def test_the_unit_or_region_told_beside_a_town_places_it(geocoder, text, place):
    events = _events(text, date(2025, 8, 22), geocoder).events
    assert place in {e.place for e in events}
    assert not {"Novomoskovsk", "Donetsk", "Mykolaivka", "Dokuchaievsk"} & {e.place for e in events}


@pytest.mark.parametrize("text, expected", [
    # A capital that attacks, in the singular, is the side; a town told calm was not struck.
    ("Беспилотник ВСУ атаковал Климово, повреждён дом. Киев цинично и намеренно атакует мирные объекты, "
     "заявил губернатор.", {"Klimovo"}),
    ("Войска РФ обстреляли Чугуев, ранены двое. В Харькове в последние дни относительно спокойно, но армия РФ "
     "продолжает обстреливать сёла области.", {"Chuhuiv"}),
    ("Війська РФ обстріляли Чугуїв, поранено двох. У Харкові в останні дні відносно спокійно, проте армія РФ "
     "продовжує обстрілювати села області.", {"Chuhuiv"}),
])
def test_a_capital_that_attacks_and_a_calm_town_are_not_struck(geocoder, text, expected):
    assert {e.place for e in _events(text, date(2024, 5, 15), geocoder).events} == expected


@pytest.mark.parametrize("code, sentence, expected", [
    # The same person told again after a comma, by where they live, is one.
    ("uk", "Поранень зазнала 40-річна жінка, місцева мешканка.", [("injured", 1)]),
    ("ru", "Ранения получила 40-летняя женщина, местная жительница.", [("injured", 1)]),
    # One spouse is one person.
    ("ru", "Её супруг получил ожоги.", [("injured", 1)]),
])
def test_one_person_told_twice_and_one_spouse(code, sentence, expected):
    assert [(key, n) for key, n, _ in facts.casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, places", [
    # "In the capital" with no country named is the capital of the land the report's strikes are in.
    ("Ночью российские дроны атаковали Украину. В столице повреждён жилой дом, ранены три человека.", {"Kyiv"}),
    ("Уночі російські дрони атакували Україну. У столиці пошкоджено житловий будинок.", {"Kyiv"}),
    # An okrug that its village follows in the clause only locates it.
    ("Гладков рассказал об обстрелах за день. «В Шебекинском городском округе по селу Новая Таволжанка выпущено "
     "шесть снарядов из РСЗО «Град», — написал он.", {"Novaya Tavolzhanka"}),
    # Remnants of a drone found in a place are a strike there.
    ("Ночью дроны атаковали Краснодарский край. Остатки БПЛА нашли в посёлке Джубга.", {"Dzhubga"}),
])
def test_the_capital_an_okrugs_village_and_drone_remnants(geocoder, text, places):
    assert {e.place for e in _events(text, date(2025, 10, 9), geocoder).events} == places


def test_a_wound_in_the_accusative_is_a_wound(geocoder):
    text = "Российские дроны атаковали Киевскую область. В Обуховском районе мужчина получил открытую рану руки."
    (event,) = _events(text, date(2025, 11, 8), geocoder).events
    assert (event.place, event.injured) == ("Obukhiv Raion", 1)


def test_nobody_hurt_closing_the_strikes_before_a_recollection_is_every_places(geocoder):
    text = ("Ввечері росіяни вдарили дроном по Васильківській громаді Синельниківського району – пошкоджено будинок.\n"
            "Вночі ворог обстрілював Нікополь з артилерії.\nНа щастя, обійшлося без загиблих і поранених.\n"
            "Сили ППО збили над областю два безпілотники.\n"
            "Нагадаємо, минулого тижня окупанти завдали понад 300 ударів по Запорізькій області.")
    events = _events(text, date(2025, 10, 9), geocoder).events
    assert {e.place: (e.killed, e.injured) for e in events} == {"Vasylkivka": (0, 0), "Nikopol": (0, 0)}


@pytest.mark.parametrize("code, sentence, expected", [
    # The wounded told by their years of birth, after the verb or before it: one year each.
    ("ru", "Ранения на улице Мира получили мужчина 1960 и женщины 1972 и 1990 годов рождения.", [("injured", 3)]),
    ("ru", "Получили ранения мужчины 1983 и 1985 г.р.", [("injured", 2)]),
    ("ru", "В посёлке подростки 2008-го и 2010-го годов рождения пострадали при атаке дрона.", [("injured", 2)]),
    # (one man in the genitive, no year after him, is still one)
    ("ru", "Атака привела к ранению мужчины.", [("injured", 1)]),
    # Casualties a report says were avoided are none.
    ("ru", "Снаряд попал в магазин, жертв среди покупателей удалось избежать.",
     [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "Снаряд влучив у магазин, жертв серед покупців вдалося уникнути.",
     [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_years_of_birth_and_casualties_avoided(code, sentence, expected):
    assert [(key, n) for key, n, _ in facts.casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    # One more hurt after the dead, in a headline's comma.
    ("en", "One man killed, another wounded in shelling of the village", [("killed", 1), ("injured", 1)]),
    # Deaths an official says were avoided: none.
    ("en", "Thanks to quick evacuation, it was possible to avoid deaths.", [("killed", 0)]),
    # The hospitalised told by their condition, its noun left off: parts of the figure, not more people.
    ("uk", "Із 12 госпіталізованих один – у критичному стані, 3 – у тяжкому, решта – у середньому.", [("injured", 12)]),
    ("ru", "Из 12 госпитализированных один в критическом состоянии, трое — в тяжелом, остальные — в средней тяжести.",
     [("injured", 12)]),
    # Those given medical help, counted in the dative before the verb; workers hurt.
    ("ru", "Погибла женщина, ещё троим медики оказывают медицинскую помощь.", [("killed", 1), ("injured", 3)]),
    ("ru", "Пострадали четверо рабочих.", [("injured", 4)]),
])
def test_one_more_hurt_deaths_avoided_the_hospitalised_by_condition_and_workers(code, sentence, expected):
    assert [(key, n) for key, n, _ in facts.casualties(sentence, lexicon(code))] == expected


def test_a_full_stop_a_web_page_left_without_its_space_ends_a_sentence():
    text = "Губернатор написал об этом в Telegram-канале.Беспилотник атаковал село. Пострадавших нет."
    assert split_sentences(text, lexicon("ru")) == [
        "Губернатор написал об этом в Telegram-канале.", "Беспилотник атаковал село.", "Пострадавших нет."]


@pytest.mark.parametrize("text, places", [
    # "The administrative centre of the region" is its capital.
    ("ВСУ несколько часов били по административному центру Курской области, повреждены дома.", {"Kursk"}),
    # "Республики" with a capital is the republic, not a village once called so.
    ("ВСУ обстреляли Горловку, ранен мужчина. Под огнём оказались пять населённых пунктов Республики.",
     {"Horlivka"}),
    # A district that "gets it" (достаётся) is struck.
    ("ВСУ с утра обстреливают Донецк. Больше всего сегодня достаётся Киевскому району.",
     {"Donetsk", "Kyivskyi"}),
])
def test_the_regions_centre_the_republic_and_a_district_that_gets_it(geocoder, text, places):
    assert {e.place for e in _events(text, date(2024, 8, 20), geocoder).events} == places


@pytest.mark.parametrize("code, text", [
    # A death in one more house, told after the first, adds to the town's toll.
    ("ru", "ВСУ обстреляли Горловку. Снаряд попал в дом, погиб мужчина. В ещё одном частном доме осколок попал в "
           "пенсионера — он тоже скончался."),
    ("uk", "Росіяни обстріляли Нікополь. Снаряд влучив у будинок, загинув чоловік. У ще одному приватному будинку "
           "уламок влучив у пенсіонера — він теж помер."),
])
def test_a_death_in_one_more_house_adds_to_the_toll(geocoder, code, text):
    (event,) = _events(text, date(2024, 8, 20), geocoder).events
    assert event.killed == 2


@pytest.mark.parametrize("code, text, expected", [
    # A figure told after a hromada and the town itself, listed together, is neither's own.
    ("uk", "Ворог бив дронами по Нікопольщині. У Червоногригорівській громаді та самому Нікополі є "
           "четверо поранених.", {"Chervonohryhorivka": None, "Nikopol": None}),
    # The army's initials after "посёлок" name no settlement.
    ("ru", "Посёлок Гремяч Погарского района обстреляли из РСЗО. По посёлку ВСУ выпустили 20 снарядов.",
     {"Pogar Raion": None}),
])
def test_a_hromada_and_the_town_itself_and_an_armys_initials(geocoder, code, text, expected):
    events = _events(text, date(2024, 8, 20), geocoder).events
    assert {e.place: e.injured for e in events} == expected


def test_debris_that_caught_people_hurt_them():
    assert [(key, n) for key, n, _ in facts.casualties("Осколки ракети на зупинці зачепили двох мешканців.",
                                                         lexicon("uk"))] == [("injured", 2)]


def test_the_republic_named_after_its_noun_is_the_title_it_is_part_of(names):
    # "Республики" alone is no place, but "глава Республики Крым" is an official's title.
    mentions = find_mentions("Об этом сообщил глава Республики Крым Сергей Аксёнов.", names, lexicon("ru"))
    assert [m.role for m in mentions] == ["title"]


def test_a_drone_that_fell_with_the_other_spelling_of_the_verb_struck(geocoder):
    # "упав" and "впав" are one verb, its first letter alternating with the word before.
    text = "Дрони атакували Воронезьку область. У Лисках безпілотник упав на територію нафтобази."
    assert [e.place for e in _events(text, date(2024, 10, 4), geocoder).events] == ["Liski"]


@pytest.mark.parametrize("code, text, places", [
    # The month of May is no hedge ("may have hit"): a strike dated in it is a strike.
    ("en", "A Ukrainian drone hit the oil depot in Bryansk on 3 May, the governor said.", [("Bryansk", "Bryansk Oblast")]),
    # "the Sudzha town of Russia's Kursk oblast": the town, its region's possessive after it.
    ("en", "Ukrainian artillery hurt two men in the Sudzha town of Russia's Kursk oblast on Friday.",
     [("Sudzha", "Kursk Oblast")]),
    # A raion whose adjective is not made from its seat's name, in Russian and in English (a raion a
    # letter away in another region is not it).
    ("ru", "Беспилотник упал на территорию нефтебазы в Аннинском районе Воронежской области.",
     [("Anna Raion", "Voronezh Oblast")]),
    ("en", "Debris of a drone damaged a fuel depot in the Anninsky district of the Voronezh region.",
     [("Anna Raion", "Voronezh Oblast")]),
    ("ru", "Дрон атаковал ферму в Ивнянском районе Белгородской области.", [("Ivnya Raion", "Belgorod Oblast")]),
    # English adjectives listed before one plural "districts" are all districts.
    ("en", "Ukrainian drones attacked the Glushkovsky and Belovsky districts of the Kursk region overnight.",
     [("Glushkovo Raion", "Kursk Oblast"), ("Belaya Raion", "Kursk Oblast")]),
    # "came one day after an explosion damaged ...": the explosion is another, earlier event.
    ("en", "Missiles hit Odesa on Sunday. The attack came one day after an explosion damaged a bridge near Kherson.",
     [("Odesa", "Odesa Oblast")]),
    # "неспокійно/неспокойно" (restless) is an administration's word for a place under fire.
    ("uk", "Уранці було неспокійно в Марганецькій громаді: ворог атакував її дроном.", [("Marhanets", "Dnipropetrovsk Oblast")]),
    ("uk", "Уранці в Марганецькій громаді було неспокійно.", [("Marhanets", "Dnipropetrovsk Oblast")]),
    ("ru", "Днём неспокойно было в Марганце.", [("Marhanets", "Dnipropetrovsk Oblast")]),
    # A village named as such, then the city that places it: the village was struck, not the city;
    # and a resident's town beside it is where the person lived.
    ("ru", "При обстреле посёлка Гольмовский в Горловке погибла жительница Горловки.",
     [("Holmivskyi", "Donetsk Oblast")]),
    ("uk", "Унаслідок обстрілу в селищі Гольмівський загинув мешканець Горлівки.", [("Holmivskyi", "Donetsk Oblast")]),
    # (guard: a resident's town named alone is where the strike fell)
    ("ru", "При обстреле погиб житель Горловки.", [("Horlivka", "Donetsk Oblast")]),
])
def test_a_month_a_possessive_region_raion_seats_district_lists_restless_places_and_homes(geocoder, code, text, places):
    assert [(e.place, e.admin1) for e in _events(text, date(2024, 5, 4), geocoder).events] == places


@pytest.mark.parametrize("code, sentence, expected", [
    # People unharmed with the verb first.
    ("uk", "Головне, що вціліли люди.", [("killed", 0), ("injured", 0)]),
    ("ru", "Главное, уцелели люди.", [("killed", 0), ("injured", 0)]),
    # An aside between the people and the verb.
    ("uk", "7 осіб, серед них двоє дітей, звернулися по медичну допомогу.", [("injured", 7), ("children", 2)]),
    # The first of two people taken to hospital is not the only one.
    ("uk", "Лікарі госпіталізували чоловіка 70 років та жінку 65 років.", [("injured", 2)]),
    ("ru", "Медики госпитализировали женщину и мужчину.", [("injured", 2)]),
    # The dead told by their ages as adjectives before a plural noun.
    ("uk", "У селі загинули 61-річний і 73-річний чоловіки.", [("killed", 2)]),
    ("ru", "В посёлке погибли 48-летний и 52-летний мужчины.", [("killed", 2)]),
])
def test_people_unharmed_an_aside_two_taken_to_hospital_and_the_dead_by_their_ages(code, sentence, expected):
    assert [(key, n) for key, n, _ in facts.casualties(sentence, lexicon(code))] == expected


def test_reports_from_a_region_tell_where_news_came_from_not_a_launch_area(names):
    mentions = find_mentions("Reports from the Lipetsk region say nobody was hurt.", names, lexicon("en"))
    assert [m.role for m in mentions] != ["launch"] and len(mentions) == 1


def test_a_village_of_a_raion_does_not_lie_in_the_hromada_that_shares_its_centre(geocoder):
    # The Nizhyn raion and the Nizhyn hromada share their centre; Losynivka lies in the raion only.
    text = "У Ніжинському районі ворог ударив по фермі в Лосинівській громаді. У Ніжинській громаді дрон влучив у склад."
    assert [e.place for e in _events(text, date(2025, 11, 1), geocoder).events] == ["Losynivka", "Nizhyn"]


def test_a_man_who_suffered_injuries_in_the_masculine_is_hurt():
    assert [(key, n) for key, n, _ in facts.casualties("Від удару 52-річний чоловік зазнав травм.", lexicon("uk"))] == [
        ("injured", 1)]


def test_nobody_hurt_said_from_a_region_and_authorities_that_have_not_commented(geocoder):
    # (the region's places only: not the barn in Kursk told last)
    text = ("A drone hit a fuel depot in Lipetsk overnight. A drone also hit a barn in Kursk. Officials in the Tambov "
            "region have not commented yet on the attacks. Later, reports from the Lipetsk region said no one was hurt.")
    assert [(e.place, e.killed, e.injured) for e in _events(text, date(2024, 6, 3), geocoder).events] == [
        ("Lipetsk", 0, 0), ("Kursk", None, None)]


def test_a_villages_ordinal_is_its_own_word_in_russian(geocoder):
    # "Лиман Первый" is the Kharkiv region's Лиман Перший, not Lyman the town.
    text = "Днём под артиллерийский огонь попали Купянск и Лиман Первый."
    assert [(e.place, e.admin1) for e in _events(text, date(2023, 4, 30), geocoder).events] == [
        ("Kupiansk", "Kharkiv Oblast"), ("Lyman Pershyi", "Kharkiv Oblast")]


def test_a_hromada_named_without_a_toll_gives_way_to_its_village_told_next(geocoder):
    text = "Росіяни двічі били артилерією по Куцурубській громаді. У селі Іванівка від обстрілу загорівся сарай."
    assert [(e.place, e.admin1) for e in _events(text, date(2024, 8, 10), geocoder).events] == [
        ("Ivanivka", "Mykolaiv Oblast")]
    # (guard: hromadas listed together, with a town beside them, stay each a place struck)
    text = "Ворог бив дронами по Нікополю, Червоногригорівській і Марганецькій громадах."
    assert [e.place for e in _events(text, date(2024, 8, 10), geocoder).events] == [
        "Nikopol", "Chervonohryhorivka", "Marhanets"]


@pytest.mark.parametrize("code, text, expected", [
    # Fragments of a drone that smashed a porch struck the town.
    ("ru", "В Новошахтинске осколками беспилотника разбита веранда частного дома.",
     [("Novoshakhtinsk", None, None)]),
    ("uk", "У Сумах осколками дрона розбита веранда приватного будинку.", [("Sumy", None, None)]),
    # An agency's dateline standing alone still opens the lead: nobody hurt there covers the report.
    ("ru", "Над Воронежской областью сбили дроны\nВОРОНЕЖ, 3 июля. /ТАСС/.\nСилы ПВО отразили атаку дронов на область. "
           "Пострадавших нет, сообщил губернатор.\nВ Лисках повреждён склад. В Россоши загорелась крыша дома.",
     [("Liski", 0, 0), ("Rossosh", 0, 0)]),
    # A closing line about the shelling as a whole is of all the places told, and a plea for care
    # "during attacks" after it tells of no strike of its own.
    ("ru", "Ночью враг атаковал Полтавщину. В Кременчуге повреждён склад. В Горишних Плавнях обломки "
           "задели гараж. В результате ночных обстрелов никто не ранен. Жителей попросили быть осторожными "
           "во время атак.", [("Kremenchuk", 0, 0), ("Horishni Plavni", 0, 0)]),
])
def test_smashed_by_fragments_a_dateline_alone_and_a_closing_line_of_all_the_attacks(geocoder, code, text, expected):
    events = _events(text, date(2025, 7, 3), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == expected


def test_a_city_districts_noun_that_names_no_town_and_attacks_told_in_general(geocoder):
    # "the Desnyan district" in a Kyiv story is Desnianskyi, though no city is named beside it.
    text = "Drones attacked Kyiv overnight. Debris set fire to a shed in the Desnyan district."
    assert [e.place for e in _events(text, date(2024, 10, 21), geocoder).events] == ["Kyiv", "Desnianskyi"]
    # What forces "regularly target", or the primary focus of their attacks, is no strike.
    text = ("A drone damaged a house in Kursk. Ukraine regularly targets Russian border regions. The primary focus "
            "of these attacks is the Bryansk and Belgorod regions.")
    assert [e.place for e in _events(text, date(2023, 9, 25), geocoder).events] == ["Kursk"]


def test_an_unknown_name_the_noun_after_it_calls_a_settlement_is_no_regions_strike(geocoder):
    result = _events("A Ukrainian drone hit a car in the Perelesnoye settlement of the Kursk region; the driver was hurt.",
                     date(2025, 5, 6), geocoder)
    assert result.events == [] and any("Perelesnoye" in w for w in result.warnings)
    # (and a known one so named is that settlement, not its region)
    assert [e.place for e in _events("A drone hit the Tyotkino settlement of the Kursk region.", date(2025, 5, 6),
                                      geocoder).events] == ["Tyotkino"]


def test_nobody_hurt_in_the_lead_after_its_places_covers_the_whole_report(geocoder):
    text = ("Губернатор сообщил об атаке дронов на Курск\n"
            "Курск и Курский район подверглись атаке беспилотников, сообщил губернатор. Дроны сбиты, пострадавших "
            "нет.\nВ Курске обломками повреждена крыша дома. В селе Клюква Курского района упавшие фрагменты "
            "беспилотника повредили забор.")
    events = _events(text, date(2024, 5, 1), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == [("Kursk", 0, 0), ("Klyukva", 0, 0)]


def _told(text: str, published: date, geocoder) -> list[tuple]:
    return [(e.place, e.killed, e.injured) for e in _events(text, published, geocoder).events]


@pytest.mark.parametrize("text, expected", [
    # An aside after one word: "пострадавших там, по уточнённым сведениям, нет".
    ("Беспилотник атаковал село Шебекинского округа\nВ четверг дрон ВСУ атаковал Новую Таволжанку, сообщил "
     "губернатор Белгородской области. Повреждены два дома. Пострадавших там, по уточнённым сведениям, нет.",
     [("Novaya Tavolzhanka", 0, 0)]),
    ("Дрон атакував Краснопілля\nУ четвер ворожий дрон атакував Краснопілля на Сумщині. Пошкоджено склад. "
     "Постраждалих там, за уточненими даними, немає.", [("Krasnopillia", 0, 0)]),
    # "Without victims and wounded": the whole phrase is the denial, nothing of it a strike.
    ("Дроны атаковали Сумскую область\nНочью дроны атаковали Сумскую область. В Сумах загорелся склад. В "
     "Ромнах повреждён жилой дом. Спасатели ликвидируют последствия атак, обошлось без жертв и раненых.",
     [("Sumy", 0, 0), ("Romny", 0, 0)]),
    # Nobody hurt where the strike fell, the place named again with the denial.
    ("Обстрел Марганца\nДнём армия РФ обстреляла Марганец из артиллерии, повреждены два дома. В Марганце и "
     "окрестностях раненых нет.", [("Marhanets", None, 0)]),
    # ... and there only, not in the other raion struck with it.
    ("Обстрелы Днепропетровщины\nНочью армия РФ била по Никопольщине и Синельниковскому району из артиллерии. В "
     "Никополе раненых нет.", [("Nikopol Raion", None, 0), ("Synelnykove Raion", None, None)]),
    ("Атака дрона на Херсон\nУ Херсоні дрон скинув вибухівку на маршрутку. Люди не травмувалися, у "
     "салоні вибито вікна.", [("Kherson", 0, 0)]),
    ("Атака беспилотников на Ростов\nНочью беспилотник упал на крышу дома в Ростове-на-Дону, начался пожар. "
     "Обошлось без человеческих жертв.", [("Rostov-on-Don", 0, 0)]),
    ("Missiles hit power plants in Lviv Oblast\nOvernight Russian missiles hit power plants in the Chervonohrad "
     "and Stryi districts, the governor said. A fire broke out.\nOfficials reported no casualties or damage "
     "to homes in Lviv Oblast.", [("Sheptytskyi Raion", 0, 0), ("Stryi Raion", 0, 0)]),
])
def test_nobody_hurt_said_in_more_ways(text, expected, geocoder):
    assert _told(text, date(2025, 5, 8), geocoder) == expected


def test_the_weight_of_a_wound_between_the_wound_and_its_verb(geocoder):
    for code, sentence in (("ru", "Ранения разной тяжести получили водитель и пассажир."),
                           ("uk", "Поранення середнього ступеня тяжкості отримали чоловік і жінка.")):
        assert facts.casualties(sentence, lexicon(code)) == [("injured", 2, 0)]


def test_a_governor_of_another_region_told_of_a_strike_there(geocoder):
    text = ("Drones strike Mykolaiv\nRussian drones hit a warehouse in Mykolaiv overnight, the mayor said.\n"
            "Gladkov, the Belgorod governor, wrote that a drone dropped a charge on a house and injured one person.")
    assert _told(text, date(2024, 10, 15), geocoder) == [("Mykolaiv", None, None), ("Belgorod Oblast", None, 1)]


def test_a_translated_district_that_is_no_raion_is_its_towns_hromada(geocoder):
    # Marhanets and Chervonohryhorivka are hromadas of the Nikopol raion: "the X district" of a
    # translation is no raion Nikopol's strike tells again.
    text = ("Shelling of the Nikopol area\nRussian artillery hit Nikopol overnight, damaging a school. Russian "
            "troops also struck the Chervonohryhorivka and Marhanets districts.")
    places = [e.place for e in _events(text, date(2024, 5, 26), geocoder).events]
    assert places == ["Nikopol", "Chervonohryhorivka Raion", "Marhanets Raion"]


def test_a_raion_is_named_after_its_largest_town(geocoder):
    seats = geocoder.gazetteer.raion_seats
    marhanets = geocoder.gazetteer.raion_at(47.63088, 34.6245)
    assert seats[marhanets].name == "Nikopol"
    assert all(not seat.admin1.endswith(" City") for seat in seats.values())


def test_an_adjective_of_a_city_before_an_institution_is_no_village(names):
    for code, sentence in (("uk", "Другу бомбу скинули на корпус Запорізького медичного університету."),
                           ("ru", "Вторая бомба упала на корпус Запорожского медицинского университета.")):
        assert find_mentions(sentence, names, lexicon(code)) == []


def test_a_name_after_a_hromada_told_before_stays_one_word(names):
    sentence = "У Слов'янську пошкоджено п'ять будинків."
    (m,) = find_mentions(sentence, names, lexicon("uk"), "Donetsk Oblast", carried="hromada")
    assert m.text == "Слов'янську" and m.place.name == "Sloviansk"


@pytest.mark.parametrize("code, sentence, place", [
    ("uk", "Склад зруйновано також у двох районах області, зокрема в Павлоградському.",
     "Pavlohrad Raion"),
    ("ru", "Склад разрушен и в двух районах области, в частности в Павлоградском.",
     "Pavlohrad Raion"),
])
def test_an_adjective_alone_after_a_plural_unit_is_one_of_them(code, sentence, place, names):
    assert [m.place.name for m in find_mentions(sentence, names, lexicon(code), "Dnipropetrovsk Oblast")] == [place]


def test_namesakes_are_ranked_by_the_places_struck_not_the_oblasts_middle(geocoder):
    text = ("Донеччина за добу\nЗа добу росіяни обстріляли Донеччину. У Краматорську поранено людину. У "
            "Слов'янську пошкоджено будинок. В Олександрівці пошкоджено адмінбудівлю.")
    events = _events(text, date(2025, 9, 14), geocoder).events
    oleksandrivka = next(e for e in events if e.place == "Oleksandrivka")
    assert km((oleksandrivka.latitude, oleksandrivka.longitude), (48.707, 36.913)) < 5  # near Kramatorsk


def test_a_village_of_a_held_towns_name_is_not_held(geocoder):
    names = PlaceNames(geocoder)
    town = names.resolve("Ocheretyne", kind="city", region="Donetsk Oblast")
    assert held_by_russia(town, date(2025, 9, 13)) and not held_by_russia(town, date(2024, 4, 1))
    village = next(p for p in names.settlements("Ocheretyne") if p.village and p.admin1 == "Donetsk Oblast")
    assert not held_by_russia(village, date(2025, 9, 13))
    text = ("Обстріли Донеччини\nРосіяни вдарили по Краматорську, поранено людину. В Очеретиному пошкоджено "
            "приватний будинок.")
    (_, ocheretyne) = _events(text, date(2025, 9, 14), geocoder).events
    assert km((ocheretyne.latitude, ocheretyne.longitude), (village.latitude, village.longitude)) < 1


@pytest.mark.parametrize("code, sentence, expected", [
    # The verb before the colon counts what the figures after it count, place by place.
    ("en", "Civilians were killed: two people in the town of Romny and one in Sumy.",
     [("killed", 2, 23), ("killed", 1, 59)]),
    ("uk", "Від обстрілів загинули: двоє людей у Сумах і одна людина в Ромнах.",
     [("killed", 2, 24), ("killed", 1, 45)]),
    ("ru", "От обстрелов пострадали: три человека в Сумах и один в Ромнах.",
     [("injured", 3, 25), ("injured", 1, 48)]),
    # (a resident counted in a list after the figure before it)
    ("en", "Six people were wounded in Sumy, one resident in the Romny community and one in Konotop.",
     [("injured", 6, 0), ("injured", 1, 33), ("injured", 1, 73)]),
])
def test_figures_after_a_casualty_verb_and_a_colon(code, sentence, expected):
    assert facts.casualties(sentence, lexicon(code)) == expected


@pytest.mark.parametrize("text, place", [
    ("Refinery on fire\nUkrainian drones set a Saratov region oil refinery ablaze overnight, its governor said.",
     "Saratov"),
    ("Атака на НПЗ\nУночі дрони атакували нафтопереробний завод у Ярославській області, спалахнула пожежа.", "Yaroslavl"),
    ("Атака на НПЗ\nНочью беспилотники атаковали НПЗ в Ленинградской области, начался пожар.", "Kirishi"),
    # (a region with refineries at several towns: the report must name the town)
    ("Refinery on fire\nUkrainian drones set a Krasnodar region oil refinery ablaze overnight.", "Krasnodar Krai"),
])
def test_a_refinery_in_a_region_with_one_is_at_its_town(text, place, geocoder):
    assert [e.place for e in _events(text, date(2025, 2, 3), geocoder).events] == [place]


@pytest.mark.parametrize("code, sentence", [
    ("uk", "Дрон атакував автомобіль у Бєловському районі Курської області."),
    ("ru", "Дрон атаковал автомобиль в Беловском районе Курской области."),
])
def test_a_raion_seat_the_adjective_is_not_made_from_in_either_spelling(code, sentence, names):
    (raion, _) = find_mentions(sentence, names, lexicon(code))
    assert raion.place.name == "Belaya Raion"


def test_one_in_the_feminine_genitive_counts():
    assert facts.casualties("Відомо про загибель однієї людини та поранення трьох.", lexicon("uk")) == [
        ("killed", 1, 11), ("injured", 3, 37)]


@pytest.mark.parametrize("text", [
    "Drones hit Sumy\nA Russian drone hit a house in Sumy overnight, killing one man and wounding two people. Over "
    "the day, Russian attacks on the city and the district killed four people and wounded nine, the governor said.",
    "Удар по Сумах\nУночі російський дрон влучив у будинок у Сумах: загинув чоловік, поранено двох людей. За добу "
    "внаслідок обстрілів міста та району загинули четверо, поранено дев'ятьох.",
    "Удар по Сумам\nНочью российский дрон попал в дом в Сумах: погиб мужчина, ранены два человека. За сутки при "
    "обстрелах города и района погибли четыре человека, ранены девять.",
])
def test_a_toll_of_the_town_and_the_unit_around_it_is_neither_ones(text, geocoder):
    assert _told(text, date(2025, 5, 8), geocoder) == [("Sumy", 1, 2)]


@pytest.mark.parametrize("text, expected", [
    ("Bombs on Sumy\nOn Tuesday Russia dropped guided bombs on Sumy, the first time since 2023 it used them on "
     "the city, killing one person and wounding five, the mayor said.", [("Sumy", 1, 5)]),
    ("Бомби на Суми\nУ вівторок Росія вперше з 2023 року скинула на Суми керовані бомби: загинула людина, "
     "поранено п'ятьох.", [("Sumy", 1, 5)]),
    ("Бомбы на Сумы\nВо вторник Россия впервые с 2023 года сбросила на Сумы управляемые бомбы: погиб человек, "
     "ранены пятеро.", [("Sumy", 1, 5)]),
])
def test_the_first_time_since_a_year_recalls_no_past_attack(text, expected, geocoder):
    assert _told(text, date(2025, 5, 7), geocoder) == expected


def test_hromadas_listed_after_a_dash_follow_the_noun_before_their_oblast(geocoder):
    text = ("Дрони атакували Чернігівщину\nУ середу ворог ударив дронами по двох громадах Чернігівської області – "
            "Новгород-Сіверській та Сосницькій. Пошкоджено склад і два будинки.")
    assert {e.place for e in _events(text, date(2025, 11, 20), geocoder).events} == {"Novhorod-Siverskyi", "Sosnytsia"}


@pytest.mark.parametrize("text", [
    "Удар по Запоріжжю\nУ неділю вранці росіяни вдарили по Запоріжжю ракетами, поранено п'ятьох людей.\n"
    "У Києві вночі працювала протиповітряна оборона.\nУламки впали в Дарницькому, Дніпровському та Оболонському районах, "
    "пошкоджено будинки.",
    "Удар по Запорожью\nВ воскресенье утром россияне ударили по Запорожью ракетами, ранены пять человек.\n"
    "В Киеве ночью работала противовоздушная оборона.\nОбломки упали в Дарницком, Днепровском и Оболонском районах, "
    "повреждены дома.",
])
def test_districts_listed_after_their_city_are_that_citys(text, geocoder):
    # Zaporizhzhia has a Dniprovskyi district too: the list and the sentence before make these Kyiv's.
    events = _events(text, date(2025, 9, 28), geocoder).events
    districts = {(e.place, e.district_of) for e in events if e.district_of}
    assert districts == {("Darnytskyi", "Kyiv"), ("Dniprovskyi", "Kyiv"), ("Obolonskyi", "Kyiv")}


@pytest.mark.parametrize("text, district", [
    ("Атака на Севастополь\nВ субботу ВСУ атаковали Севастополь ракетами. В Гагаринском районе повреждены два дома, "
     "ранен мужчина.", "Gagarinsky"),
    ("Атака на Курск\nВ среду беспилотник ВСУ атаковал Курск. В Сеймском округе повреждена крыша дома.", "Seymsky"),
    ("Удар по Полтаві\nУ четвер росіяни вдарили по Полтаві. У Київському районі міста пошкоджено школу.", "Kyivskyi"),
])
def test_districts_of_more_cities_are_placed(text, district, geocoder):
    events = _events(text, date(2025, 9, 27), geocoder).events
    assert district in {e.place for e in events if e.district_of}


def test_a_weapon_falling_after_it_was_downed_in_a_raion_struck_that_raion(geocoder):
    text = ("Слюсарь: повреждён дом\nВ четверг ночью ПВО сбила беспилотники в Неклиновском районе. "
            "Из-за падения БПЛА повреждена крыша частного дома.")
    # (The raion's marker stands at its seat, Pokrovskoye, not at the oblast's middle.)
    assert [e.place for e in _events(text, date(2025, 10, 9), geocoder).events] == ["Pokrovskoye"]


@pytest.mark.parametrize("text", [
    "Атака дронов на Ростовскую область\nНочью ПВО отразила атаку беспилотников над областью. По предварительным "
    "данным, никто не пострадал. Из-за падения обломков в Чертковском, Кашарском и в Боковском районах "
    "загорелась сухая трава.",
])
def test_nobody_hurt_before_any_place_is_struck_covers_the_raions_listed_after(text, geocoder):
    events = _events(text, date(2025, 9, 4), geocoder).events
    assert sorted((e.admin1, e.killed, e.injured) for e in events) == [("Rostov Oblast", 0, 0)] * 3


@pytest.mark.parametrize("text, struck", [
    ("Атака на Дніпро\nУночі дрон влучив у склад у Дніпрі. Також уночі у повітряному просторі навколо Києва "
     "сили ППО знищили 12 дронів.", "Dnipro"),
    ("Атака на Днепр\nНочью дрон попал в склад в Днепре. Также ночью в воздушном пространстве над Киевом "
     "уничтожены 12 дронов.", "Dnipro"),
    # The land a named launch point lies in.
    ("Атака на Одесу\nУночі ворог атакував Одесу 30 дронами, запущеними з полігону Опук в окупованому Криму. "
     "Пошкоджено склад.", "Odesa"),
    ("Атака на Одессу\nНочью враг атаковал Одессу 30 дронами, запущенными с мыса Чауда в оккупированном Крыму. "
     "Поврежден склад.", "Odesa"),
    ("Attack on Odesa\nOvernight Russia attacked Odesa with 30 drones launched from Cape Chauda in occupied "
     "Crimea, damaging a warehouse.", "Odesa"),
    # A photo's caption, told by its credit.
    ("Атака на Одесу\nУночі дрон влучив у склад в Одесі.\nНаслідки удару по Ізмаїлу. Архівне фото\n"
     "Пошкоджено дах складу.", "Odesa"),
    ("Атака на Одессу\nНочью дрон попал в склад в Одессе.\nПоследствия удара по Измаилу. Архивное фото\n"
     "Повреждена крыша склада.", "Odesa"),
    # Regions named for where places lie.
    ("Обстріл Нікополя\nУ суботу росіяни обстріляли Нікополь. Ворог найчастіше завдає ударів по селах, "
     "розташованих поблизу окупованих територій Донецької та Луганської областей.", "Nikopol"),
    ("Обстрел Никополя\nВ субботу россияне обстреляли Никополь. Враг чаще всего наносит удары по селам, "
     "расположенным вблизи оккупированных территорий Донецкой и Луганской областей.", "Nikopol"),
    ("Shelling of Nikopol\nOn Saturday Russia shelled Nikopol. Russia most often strikes villages near the "
     "occupied territories of the Donetsk and Luhansk regions.", "Nikopol"),
])
def test_places_named_for_a_downing_a_launch_a_photo_or_where_others_lie_are_no_targets(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2025, 5, 7), geocoder).events] == [struck]


@pytest.mark.parametrize("text, told", [
    # A count before a dash keeps its figure over the list of who they were.
    ("Удар по Сумах\nУ вівторок росіяни вдарили по Сумах. Голова ОВА повідомив про трьох загиблих – два "
     "чоловіки та жінка.", [("Sumy", 3, None)]),
    ("Удар по Сумам\nВо вторник россияне ударили по Сумам. Глава ОВА сообщил о трех погибших – двое мужчин и "
     "женщина.", [("Sumy", 3, None)]),
    # A count of people, then the participle of their wounds.
    ("Обстріл Нікополя\nУ суботу росіяни обстріляли Нікополь. Троє з п'яти мешканців, поранених під час "
     "обстрілу, у лікарні.", [("Nikopol", None, 5)]),
    ("Обстрел Никополя\nВ субботу россияне обстреляли Никополь. Трое из пяти жителей, раненных при обстреле, "
     "в больнице.", [("Nikopol", None, 5)]),
])
def test_a_count_told_with_who_they_were(text, told, geocoder):
    assert _told(text, date(2025, 5, 11), geocoder) == told


def test_a_listed_name_spelt_the_other_languages_way_is_found_by_its_shared_stem(geocoder):
    # The gazetteer knows Князе-Григорівка (now Kozatska Sloboda); a Russian post spells it its own way.
    text = ("Сальдо: обстрелы левобережья\nВ среду ВСУ обстреляли Каховку, Чулаковку, Князе-Григорьевку и Новую "
            "Маячку, повреждены дома.")
    assert "Kozatska Sloboda" in [e.place for e in _events(text, date(2025, 6, 5), geocoder).events]


@pytest.mark.parametrize("text, struck", [
    # Explosions only heard, or heard from the air defence at work.
    ("Атака на Суми\nУночі дрон влучив у склад у Сумах. Звуки вибухів було чути також у Конотопі та Ромнах.", "Sumy"),
    ("Атака на Сумы\nНочью дрон попал в склад в Сумах. В Курске ночью раздавались взрывы: работала ПВО.",
     "Sumy"),
    # A place-like adjective with its noun names a thing: the Central market, not a place called Центральне.
    ("Атака на Дніпро\nУночі дрон влучив у склад у Дніпрі. Пожежа виникла також біля Центрального ринку.", "Dnipro"),
])
def test_explosions_heard_and_a_market_named_by_an_adjective_are_no_targets(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2025, 5, 7), geocoder).events] == [struck]


def test_districts_listed_before_their_noun_and_city_are_each_one(geocoder):
    text = ("Пушилин: обстрел Донецка\nВ понедельник ВСУ обстреляли Донецк. Повреждены дома в Ленинском, "
            "Буденновском, Куйбышевском и Киевском районах Донецка.")
    districts = {e.place for e in _events(text, date(2025, 9, 8), geocoder).events if e.district_of == "Donetsk"}
    assert districts == {"Budonnivskyi", "Kyivskyi", "Kuibyshevskyi", "Leninskyi"}


def test_a_town_named_with_its_oblast_is_that_oblasts_in_another_ending(geocoder):
    # Южный here is the Odesa region's port town (Южне, now Південне), not a Южный of another oblast.
    text = "Удар по порту\nВ субботу дрон попал в склад в городе Южный Одесской области, повреждена крыша."
    assert [e.place for e in _events(text, date(2025, 12, 20), geocoder).events] == ["Pivdenne"]


def test_the_administration_that_tells_the_news_is_the_reports_region(geocoder):
    # Дніпровське is a village of several oblasts; the post of the Mykolaiv administration is about its own.
    text = ("Нічна атака\nУночі дрон влучив у склад, повідомила Миколаївська ОВА.\n"
            "У селі Дніпровське пошкоджено гараж.")
    assert [(e.place, e.admin1) for e in _events(text, date(2025, 9, 8), geocoder).events] == [
        ("Dniprovske", "Mykolaiv Oblast")]




def test_a_city_is_never_a_village_of_the_hromada_named_beside_it(geocoder):
    # (a guard: Dnipro lies within 25 km of the Novooleksandrivka hromada's centre)
    text = ("Атака на Дніпропетровщину\nУночі уламки дрона пошкодили склад у Дніпрі. "
            "У Новоолександрівській громаді Дніпровського району пошкоджено заправку.")
    places = {e.place for e in _events(text, date(2025, 9, 23), geocoder).events}
    assert places == {"Dnipro", "Novooleksandrivka"}



@pytest.mark.parametrize("text, told", [
    # A counted group said to be in hospital.
    ("Удар по Херсону\nУ вівторок росіяни вдарили по Херсону. Троє людей перебувають у лікарні.",
     [("Kherson", None, 3)]),
    ("Удар по Херсону\nВо вторник россияне ударили по Херсону. Трое человек находятся в больнице.",
     [("Kherson", None, 3)]),
    # The count, the hromada it was in, then the verb.
    ("Обстріл Сумщини\nУ понеділок росіяни обстріляли Хотінську громаду. Двоє людей у Хотінській громаді "
     "отримали травми.", [("Khotin", None, 2)]),
])
def test_a_count_in_hospital_or_told_with_its_hromada(text, told, geocoder):
    assert _told(text, date(2025, 5, 13), geocoder) == told


def test_a_listed_town_of_fifty_thousand_stays_itself(geocoder):
    # A village called Костянтинівка lies by Kurakhove; listed beside it, the town is still the town.
    text = ("Обстріли Донеччини\nУ неділю під обстрілом були Костянтинівка, Курахове, Курахівка та Селидове.")
    towns = {e.place: e.latitude for e in _events(text, date(2025, 1, 8), geocoder).events}
    assert round(towns["Kostiantynivka"], 1) == 48.5


def test_district_adjectives_listed_before_a_plural_noun_share_its_city(geocoder):
    text = "Обстрел Горловки\nВ среду ВСУ ударили по Калининскому и Никитовскому районам Горловки, повреждены дома."
    districts = {e.place for e in _events(text, date(2025, 9, 8), geocoder).events if e.district_of == "Horlivka"}
    assert districts == {"Kalininskyi", "Mykytivskyi"}


@pytest.mark.parametrize("text", [
    "Атака на Курск\nУтром российский Курск атаковали беспилотники, повреждена крыша склада.",
    "Атака на Бєлгород\nВранці російський Бєлгород атакували безпілотники, пошкоджено дах складу.",
])
def test_a_city_called_russian_is_the_one_struck_not_the_attacker(text, geocoder):
    assert [e.attacker for e in _events(text, date(2025, 3, 4), geocoder).events] == ["Ukraine"]


def test_a_stop_with_no_space_before_a_quote_ends_a_sentence():
    text = 'В Курске погиб мужчина, сообщил губернатор."В Курске погиб мужчина", — написал губернатор.ВСУ атакуют регион.'
    assert split_sentences(text, lexicon("ru")) == [
        "В Курске погиб мужчина, сообщил губернатор.", '"В Курске погиб мужчина", — написал губернатор.',
        "ВСУ атакуют регион."]



@pytest.mark.parametrize("text, struck", [
    # Villages left without power by a strike elsewhere were not struck themselves.
    ("Обстрел Каховки\nВ пятницу ВСУ обстреляли Каховку, повреждены дома. Из-за этого удара обесточены "
     "12 населенных пунктов Каланчакского и Чаплинского округов.", ["Kakhovka"]),
    ("Обстріл Херсона\nУ пʼятницю росіяни обстріляли Херсон, пошкоджено будинки. Крім того, після обстрілу "
     "знеструмлені 12 населених пунктів Бериславської та Білозерської громад.", ["Kherson"]),
    # Strikes only attempted.
    ("Атака на Ростовскую область\nУкраинские дроны пытаются ударить по Азову и Таганрогу. ПВО отражает атаку. "
     "В Новошахтинске обломки повредили крышу дома.", ["Novoshakhtinsk"]),
    ("Drone attack on Rostov region\nUkrainian drones tried to strike Taganrog and Azov, the governor said. "
     "In Novoshakhtinsk falling debris damaged a garage.", ["Novoshakhtinsk"]),
])
def test_places_left_without_power_or_only_aimed_at_are_not_struck(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2025, 10, 17), geocoder).events] == struck


def test_a_listed_village_is_placed_by_the_raion_right_after_it(geocoder):
    # Федорівка is a village of several Kharkiv raions; the list ends on the Kupiansk raion, but this one
    # is told as the Chuhuiv raion's.
    text = ("Обстріли Харківщини\nЗа добу ворог обстріляв Плетенівку, Землянки, Бударки, Федорівку Чугуївського "
            "району, Дворічну та Берестове Куп'янського району.")
    fedorivka = [e for e in _events(text, date(2023, 11, 21), geocoder).events if e.place == "Fedorivka"]
    assert [round(e.latitude, 2) for e in fedorivka] == [50.07]


@pytest.mark.parametrize("text", [
    "Обстріли Харківщини\nУ вівторок ворог обстріляв Ізюм і Куп'янськ. В Ізюмі загинула жінка. Окрім загиблої "
    "в Ізюмі, інших постраждалих не було.",
    "Обстрелы Харьковщины\nВо вторник враг обстрелял Изюм и Купянск. В Изюме погибла женщина. Кроме погибшей "
    "в Изюме, других пострадавших нет.",
    "Shelling in Kharkiv region\nOn Tuesday Russian troops shelled Izium and Kupiansk. A woman was killed in Izium. "
    "Apart from the woman killed in Izium, no other casualties were reported.",
])
def test_nobody_else_hurt_gives_the_other_places_none(text, geocoder):
    told = {e.place: (e.killed, e.injured) for e in _events(text, date(2025, 3, 4), geocoder).events}
    assert told == {"Izium": (1, 0), "Kupiansk": (0, 0)}


@pytest.mark.parametrize("text, struck", [
    # A device that went off in a field is no strike.
    ("Обстріл Харківщини\nУ вівторок росіяни обстріляли Куп'янськ. Через вибух невідомого пристрою на городі у "
     "Вільхівській громаді травмувався чоловік.", ["Kupiansk"]),
    ("Обстрел Харьковщины\nВо вторник россияне обстреляли Купянск. Из-за взрыва неизвестного предмета на "
     "огороде в Великобурлукской общине травмировался мужчина.", ["Kupiansk"]),
])
def test_an_unknown_device_that_went_off_is_no_strike(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2025, 3, 4), geocoder).events] == struck


def test_the_ages_before_a_plural_noun_count_the_people():
    assert facts.casualties("In Kupiansk 44-, 51- and 63-year-old men were wounded.", lexicon("en")) == [
        ("injured", 3, 12)]




@pytest.mark.parametrize("text", [
    "Обстрел Лисичанска\nВСУ обстреляли Лисичанск, повреждены дома. Ранее сообщалось, что по Лисичанску выпустили "
    "три ракеты, погиб один человек.",
    "Обстріл Херсона\nРосіяни обстріляли Херсон, пошкоджено будинки. Раніше повідомлялося, що по Херсону випустили "
    "три ракети, загинула одна людина.",
    # (English read it so before: a guard)
    "Shelling of Kherson\nRussian troops shelled Kherson, damaging houses. Earlier, the governor said that three "
    "rockets had hit Kherson, killing one person.",
])
def test_what_was_told_earlier_of_the_same_place_is_the_same_strike(text, geocoder):
    assert [e.killed for e in _events(text, date(2025, 3, 4), geocoder).events] == [1]


@pytest.mark.parametrize("text, struck", [
    ("Атака на Киевщину\nНочью дроны атаковали Киевщину: ранен житель Львовской области, который приехал к "
     "родным.", ["Kyiv Oblast"]),
    ("Атака на Київщину\nУночі дрони атакували Київщину: поранено мешканця Львівської області, який приїхав до "
     "родичів.", ["Kyiv Oblast"]),
])
def test_the_region_a_person_hurt_lives_in_is_not_where_the_strike_fell(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2025, 12, 27), geocoder).events] == struck


@pytest.mark.parametrize("text, struck", [
    # Every place of a list of launch areas is one.
    ("Нічна атака\nВорог атакував Суми 20 дронами з районів Міллерова в Росії та Джанкоя в Криму, пошкоджено "
     "будинки.", ["Sumy"]),
    ("Ночная атака\nПротивник атаковал Сумы 20 дронами из районов Миллерово в России и Джанкоя в Крыму, повреждены "
     "дома.", ["Sumy"]),
    # A fragment of a weapon that pierced a roof struck the district.
    ("Обломки ракет в Киеве\nУтром обломки ракет упали в Киеве. В Оболонском районе обломок пробил крышу гаража.",
     ["Kyiv", "Obolonskyi"]),
    # A distance from the regional capital is no strike on it.
    ("Shelling in Dnipropetrovsk Oblast\nRussian troops shelled Pokrov, some 50 kilometers southwest of the regional "
     "capital, Dnipro, killing a man.", ["Pokrov"]),
])
def test_launch_lists_a_pierced_roof_and_a_distance(text, struck, geocoder):
    assert [e.place for e in _events(text, date(2024, 10, 7), geocoder).events] == struck


@pytest.mark.parametrize("sentence, language, hurt", [
    ("У Куп'янську постраждали 41-річний, 58-річний, 62-річний чоловіки і 70-річна жінка.", "uk", 4),
    ("В Купянске пострадали 41-летний, 58-летний, 62-летний мужчины и 70-летняя женщина.", "ru", 4),
])
def test_ages_listed_before_a_plural_noun_and_one_more_person(sentence, language, hurt):
    assert [n for key, n, _ in facts.casualties(sentence, lexicon(language)) if key == "injured"] == [hurt]


@pytest.mark.parametrize("text, published, struck", [
    # The sentence before ended on a hromada; "у селі Дніпровське" is a village, not a "Дніпровська громада".
    ("Обстріли Миколаївщини\nУ суботу, 6 вересня, ворог обстріляв Куцурубську громаду. "
     "У селі Дніпровське Миколаївської області пошкоджено гараж.",
     date(2025, 9, 7), ["Dniprovske"]),
    # A town after "у" is the town, though the sentence before ended on a hromada: it takes in no village.
    ("Обстріли Донеччини\nУ неділю ворог обстріляв Костянтинівську громаду. У Слов'янську пошкоджено гараж і авто. "
     "У Яровій пошкоджено магазин.",
     date(2025, 9, 14), ["Kostiantynivka", "Sloviansk", "Yarova"]),
    # A hromada where nobody was hurt gives way to its village struck.
    ("Attacks on Mykolaiv region\nOn Sunday, September 1, Russian troops shelled the Kutsurubska community. "
     "In the village of Solonchaky two houses were damaged. Nobody was hurt.",
     date(2024, 9, 2), ["Solonchaky"]),
    # Debris told after a downing, with only who told it between, fell where the drone was downed.
    ("Нічна атака дронів\nУночі 8 вересня ППО збила дрон над Миколаєвом. Так повідомила "
     "Миколаївська ОВА. Уламки впали на територію підприємства, пошкоджено ангар.",
     date(2025, 9, 8), ["Mykolaiv"]),
    # A headline's damage in a region whose body names no place is that region's.
    ("Упавший в Липецкой области сбитый дрон повредил крышу дома\n"
     "В Липецкой области ПВО ночью нейтрализовали три беспилотника. Так написал губернатор.\n"
     "После падения одного из аппаратов повредились окна частного дома. Никто не пострадал.",
     date(2025, 11, 16), ["Lipetsk Oblast"]),
    # Damage by debris of a drone downed over a region is that region's.
    ("Night attack\nAir defence downed 20 drones overnight. A grain terminal was damaged by debris of a "
     "drone downed over Mykolaiv Oblast; nobody was hurt.",
     date(2025, 3, 4), ["Mykolaiv Oblast"]),
    # A Russian spelling with "е" finds the Ukrainian name with "'я".
    ("Атака на Запорожскую область\nВ воскресенье ВСУ атаковали село Великая Знаменка, поврежден газопровод.",
     date(2025, 12, 28), ["Velyka Znamianka"]),
])
def test_where_a_strike_fell_when_the_report_tells_it_indirectly(text, published, struck, geocoder):
    assert [e.place for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("text, published, struck", [
    # Of a region's two villages of one name, the one in the raion told with it ...
    ("Обстріл Запорізької області\nВорог обстріляв село Долинка Пологівського району, загинула жінка.",
     date(2024, 3, 15), [("Dolynka", 47.71)]),
    # ... or told in a later sentence; the raion that places it is no strike of its own.
    ("Shelling in Zaporizhzhia Oblast\nRussian shelling wounded a farmer in Dolynka, Zaporizhzhia Oblast, on Monday. "
     "The shelled village of Dolynka is located in the Polohy district.",
     date(2024, 3, 15), [("Dolynka", 47.71)]),
    # A town of the name in the raion stays the town the village tables list again.
    ("Обстріл Миколаївщини\nУ Баштанському районі вночі окупанти обстріляли смт Березнегувате.",
     date(2022, 6, 23), [("Bereznehuvate", 47.31)]),
])
def test_a_raion_told_anywhere_picks_the_village_of_its_name(text, published, struck, geocoder):
    assert [(e.place, round(e.latitude, 2)) for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("text, published, struck", [
    # Damage told after a strike only attempted fell on the town it was aimed at.
    ("Атака на Новороссийск\nУкраинские беспилотники пытались атаковать Новороссийск. ПВО подавила более десяти "
     "аппаратов. При падении обломков начался пожар.",
     date(2024, 5, 17), ["Novorossiysk"]),
    ("Drones over Novorossiysk\nUkrainian drones tried to attack Novorossiysk overnight. Air defence downed them "
     "all. Falling debris started a fire at a depot.",
     date(2024, 5, 17), ["Novorossiysk"]),
    # A drone downed in a town (the participle in any case) whose fall did damage struck that town.
    ("Беспилотники над регионами\nГубернатор сообщил о сбитом беспилотнике в городе Губкин. После падения "
     "дрона повреждены машины.",
     date(2024, 9, 23), ["Gubkin"]),
    ("Дрон в Курске\nПадение сбитого дрона в Курске повредило жилой дом.",
     date(2025, 9, 16), ["Kursk"]),
    # "striking" is a strike.
    ("Drones over the south\nFive drones were downed, with the sixth striking a warehouse near Voznesensk.",
     date(2023, 10, 27), ["Voznesensk"]),
    # No shelling of the city itself, though shelling elsewhere.
    ("Обстрелы Харьковщины\nПо Харькову несколько дней тихо, обстрелов самого Харькова не было. Под обстрел "
     "попал Чугуев.",
     date(2022, 5, 15), ["Chuhuiv"]),
    # A district of Makiivka by its Ukrainian name spelt in Russian.
    ("Обстрел Макеевки\nВСУ ударили по Червоногвардейскому району Макеевки, ранены трое.",
     date(2023, 7, 5), ["Makiivka", "Chervonohvardiiskyi"]),
    # A hromada named after a plural village name (Липці: Липецька).
    ("Обстріли Харківщини\nВорог обстріляв Липецьку громаду, пошкоджено будинок.",
     date(2022, 12, 3), ["Lyptsi"]),
    # Raions listed at once, no figure: where the day's roundup went, not strikes of their own.
    ("Shelling in Kharkiv Oblast\nRussian troops attacked the Bohodukhiv, Chuhuiv and Izium districts over the past "
     "day. In Vovchansk a man was injured.",
     date(2022, 9, 17), ["Vovchansk"]),
    # ... but one of them told again with a strike of its own is struck.
    ("Shelling in Kharkiv Oblast\nRussian troops attacked the Bohodukhiv, Chuhuiv and Izium districts over the past "
     "day. In the Izium district a man was injured.",
     date(2022, 9, 17), ["Izium Raion"]),
    # A region "under heavy fire for weeks", and a border with another country's region, are no strikes.
    ("Shelling in Sumy Oblast\nSumy Oblast has been under heavy fire for weeks. Shelling killed a woman in "
     "Starykove village, which shares a border with Russia's neighbouring Kursk Oblast.",
     date(2023, 3, 3), ["Starykove"]),
])
def test_strikes_told_by_their_consequences_and_by_what_is_no_strike(text, published, struck, geocoder):
    assert [e.place for e in _events(text, published, geocoder).events] == struck


def test_the_regional_capital_struck_the_day_before_is_its_own_strike(geocoder):
    text = ("Missile strike on Kharkiv\nA missile struck a warehouse in Kharkiv early on Sept. 17, the Kharkiv Oblast "
            "governor said. On Sept. 16, a drone struck the regional centre, wounding six residents.")
    events = _events(text, date(2022, 9, 17), geocoder).events
    assert [(e.place, e.event_date, e.injured) for e in events] == [
        ("Kharkiv", date(2022, 9, 17), None), ("Kharkiv", date(2022, 9, 16), 6)]


def test_a_headline_towns_dead_are_not_a_near_villages(geocoder):
    text = "В Алешках погиб мирный житель\nВ Херсонской области ВСУ обстреляли Саги и Новую Маячку."
    events = {e.place: e.killed for e in _events(text, date(2025, 10, 26), geocoder).events}
    assert events == {"Sahy": None, "Nova Maiachka": None, "Oleshky": 1}


def test_a_village_of_the_raion_under_the_other_languages_spelling(geocoder):
    # The raion's village is spelt the Russian way in the gazetteer (Чайкино), the Ukrainian way (Чайкине)
    # by a village of another oblast: the raion's is meant.
    text = "Обстріл Чернігівщини\nУночі удар дрона по селу Чайкине Новгород-Сіверського району зруйнував сарай."
    assert [(e.admin1, round(e.latitude, 2)) for e in _events(text, date(2023, 9, 11), geocoder).events] == [
        ("Chernihiv Oblast", 52.16)]


@pytest.mark.parametrize("text, published, struck", [
    # What a source "was telling" before (the imperfect) is background.
    ("Ракетний удар по Дніпру\nУ суботу вранці ворог вдарив по Дніпру, поранено трьох людей. Як повідомляло "
     "Суспільне, 7 серпня окупанти обстріляли котельню на Одещині.",
     date(2025, 8, 9), [("Dnipro", date(2025, 8, 9))]),
    ("Удар по Белгороду\nВ субботу ВСУ ударили по Белгороду, ранены трое. Как сообщало РИА, 6 августа дрон "
     "атаковал Курскую область.",
     date(2025, 8, 9), [("Belgorod", date(2025, 8, 9))]),
    # The city the region of the administration that tells the news is named after, told bare.
    ("Ракетний удар з касетною частиною\nНачальник Миколаївської ОВА повідомив про удар. Ворог атакував місто "
     "ракетою, загинула одна людина.",
     date(2025, 11, 1), [("Mykolaiv", date(2025, 11, 1))]),
    # The strikes just told, told again by their day, take that day (the lead's being the day it was told).
    ("Shelling across the east\nShelling killed two and hurt seven, officials reported late on June 3. In Kharkiv "
     "Oblast, strikes on Pechenihy and Chuhuiv wounded three people. The June 2 attacks damaged a school.",
     date(2024, 6, 3), [("Pechenihy", date(2024, 6, 2)), ("Chuhuiv", date(2024, 6, 2))]),
])
def test_background_a_city_told_bare_and_strikes_dated_again(text, published, struck, geocoder):
    assert [(e.place, e.event_date) for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("text, published, struck", [
    # Raions after the first leave their noun off, a dash in its place (one typed against the word).
    ("Обстріли Харківщини\nУ Харківському районі пошкоджено склад, у Куп'янському - будинок, в Ізюмському- гараж.",
     date(2025, 9, 27), [("Kharkiv Raion", None), ("Kupiansk Raion", None), ("Izium Raion", None)]),
    # The day a post was written, who wrote it and where told between, is not the strike's.
    ("Обстріли Харківщини\nМинулої доби ворог обстріляв Куп'янськ. «У Куп'янську поранено двох чоловіків», — "
     "написав голова ОВА у телеграм-каналі в неділю.",
     date(2025, 9, 28), [("Kupiansk", 2)]),
    # A toll over a town and places only counted is not the town's.
    ("Обстріли Харківщини\nВорог вдарив по Куп'янську і 9 населених пунктах області, поранено п'ятьох.",
     date(2025, 9, 28), [("Kupiansk", None)]),
    # Korenevsky raion is Korenevo's, not Korenovsk's, a bigger town of another region.
    ("Обстрел приграничья\nВСУ обстреляли Кореневский район, повреждены дома.",
     date(2025, 9, 28), [("Korenevo Raion", None)]),
    # Raions listed before their plural noun all share what is told of them: left without power.
    ("Удары по энергетике\nВСУ снова ударили по энергетике Курской области, в Суджанском, Беловском и Кореневском "
     "районах без света остались тысячи жителей.",
     date(2025, 11, 7), [("Kursk Oblast", None)]),
    # A hromada joined by "and" to the town struck before it is struck too.
    ("Shelling of the Nikopol district\nRussian artillery shelled Marhanets itself and Pokrovske hromada in the "
     "night.",
     date(2022, 12, 2), [("Marhanets", None), ("Pokrovske", None)]),
    # A toll after two districts of a city is over both, neither's own.
    ("Night strike on Kharkiv\nOvernight guided bombs fell on the Nemyshlianskyi and Industrialnyi districts of "
     "Kharkiv, injuring two people.",
     date(2024, 11, 5), [("Kharkiv", None), ("Nemyshlianskyi", None), ("Industrialnyi", None)]),
])
def test_raions_left_without_their_noun_tolls_over_several_and_a_day_of_telling(text, published, struck, geocoder):
    assert [(e.place, e.injured) for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("sentence, language, kind, count", [
    ("An 81 year-old man died in hospital.", "en", "killed", 1),
    ("Three people were reported dead.", "en", "killed", 3),
    ("Two people were confirmed dead.", "en", "killed", 2),
    ("У Харкові постраждали дві 30-річні й 45-річна жінки.", "uk", "injured", 3),
    ("В Харькове пострадали две 30-летние и 45-летняя женщины.", "ru", "injured", 3),
    ("Двоє пасажирів – жінка та її син – отримали медичну допомогу.", "uk", "injured", 2),
    ("Двое пассажиров – женщина и её сын – получили ранения.", "ru", "injured", 2),
    ("A depot was hit, hurting two guards as well as a rescue service worker.", "en", "injured", 3),
    ("Two pensioners suffered cuts.", "en", "injured", 2),
])
def test_people_counted_by_ages_in_apposition_by_their_harm_and_as_reported(sentence, language, kind, count):
    assert [n for key, n, _ in facts.casualties(sentence, lexicon(language)) if key == kind] == [count]


def test_a_raion_after_lists_of_villages_and_settlements_locates_them_all(geocoder):
    mentions = find_mentions("Под обстрелом были деревня Милаевка Беловского района, сёла Волфино и Попово-Лежачи, "
                             "посёлки Медвежье и Новый Путь Глушковского района.", PlaceNames(geocoder), lexicon("ru"))
    where = {m.text: (m.place.name, m.place.admin1) for m in mentions if m.role == "target"}
    assert where["Медвежье"] == ("Medvezhye (Glushkovo Raion)", "Kursk Oblast")
    assert where["Волфино"] == ("Volfino (Glushkovo Raion)", "Kursk Oblast")  # (not the raion of Милаевка)


@pytest.mark.parametrize("sentence, language", [
    ("Вечером дроны атаковали пункты пропуска «Суджа» и «Теткино».", "ru"),
    ("Увечері дрони атакували пункти пропуску «Суджа» та «Тьоткіно».", "uk"),
])
def test_border_crossings_named_for_towns_are_those_towns(sentence, language, geocoder):
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon(language), "Kursk Oblast")
    assert [(m.place.admin1, m.role) for m in mentions] == [("Kursk Oblast", "target")] * 2


@pytest.mark.parametrize("sentence, language", [
    ("Президент провёл заседание Ставки верховного главнокомандующего; речь шла об обороне Запорожья.", "ru"),
    ("Президент провів засідання Ставки Верховного Головнокомандувача, де йшлося про оборону Запоріжжя.", "uk"),
])
def test_the_commanders_headquarters_and_a_citys_defence_are_no_places_struck(sentence, language, geocoder):
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon(language))
    assert [m.role for m in mentions] == ["context", "context"]


def test_shells_of_the_ukrainian_forces_name_the_side_that_fired():
    assert facts.stated_side("Вечером снаряды сил ВСУ разорвались на окраине Горловки.", lexicon("ru")) == "Ukraine"
    assert facts.stated_side("Об атаке сообщили Воздушные силы ВСУ.", lexicon("ru")) is None


@pytest.mark.parametrize("sentence, language, region", [
    ("Снаряд попал в дом в селе Гуево, рядом с неоднократно обстреливаемой деревней Теткино.", "ru", "Kursk Oblast"),
    ("Снаряд влучив у будинок у Білопіллі, поруч із неодноразово обстрілюваним селом Миропілля.", "uk", "Sumy Oblast"),
    ("Дрон ударил по складу в Токмаке; раненых везут в больницы оккупированного Мелитополя.", "ru", "Zaporizhzhia Oblast"),
])
def test_a_place_shelled_as_a_habit_or_where_the_wounded_are_taken_is_no_target(sentence, language, region, geocoder):
    roles = [m.role for m in find_mentions(sentence, PlaceNames(geocoder), lexicon(language), region)]
    assert roles == ["target", "context"]


def test_a_russian_village_told_with_its_okrug_in_the_locative_of_its_adjective(geocoder):
    mentions = find_mentions("В посёлке Сосновом Туапсинского округа обломки повредили дом.", PlaceNames(geocoder),
                             lexicon("ru"), "Krasnodar Krai")
    assert [(m.place.name, m.place.kind, m.role) for m in mentions][0] == ("Sosnovyy", "city", "target")


@pytest.mark.parametrize("text, language", [
    ("Село Теткино подверглось обстрелу, сообщил губернатор в среду, 22 мая. Накануне ВСУ обстреляли село Гуево. "
     "Повреждены два дома. Пострадавших нет. Несколькими часами позднее под обстрел попало село Горналь.", "ru"),
    ("Ukrainian shelling hit Tyotkino, the governor said on Wednesday, May 22. On the previous day Ukrainian artillery "
     "shelled Guyevo. Two houses were damaged. Nobody was hurt. A few hours later shells hit Gornal.", "en"),
])
def test_a_strike_hours_after_the_one_told_is_of_its_day(text, language, geocoder):
    events = _events(text, date(2024, 5, 22), geocoder).events
    assert [(e.place, e.event_date.day) for e in events] == [("Tyotkino", 22), ("Guyevo", 21), ("Gornal", 21)]


def test_a_strike_hours_after_the_one_told_is_of_its_day_in_ukrainian(geocoder):
    text = ("Село Миропілля зазнало обстрілу, повідомив голова ОВА в середу, 22 травня. Напередодні ворог обстріляв "
            "Білопілля. Пошкоджено два будинки. Постраждалих немає. Кількома годинами пізніше під обстріл потрапило "
            "село Юнаківка.")
    assert [e.event_date.day for e in _events(text, date(2024, 5, 22), geocoder).events] == [22, 21, 21]


def test_a_hromada_adjective_a_letter_off_is_the_reports_regions_not_a_town_elsewhere(geocoder):
    mentions = find_mentions("Обстрілу зазнали Хотинська та Краснопільська громади.", PlaceNames(geocoder), lexicon("uk"),
                             "Sumy Oblast")
    assert [(m.place.name, m.place.admin1) for m in mentions] == [("Khotin", "Sumy Oblast"), ("Krasnopillia", "Sumy Oblast")]


@pytest.mark.parametrize("sentence, language", [
    ("Ночью на саратовском нефтеперерабатывающем заводе начался пожар после атаки дронов.", "ru"),
    ("Уночі на саратовському НПЗ спалахнула пожежа після атаки дронів.", "uk"),
])
def test_a_towns_lowercase_adjective_before_a_facility_names_the_town(sentence, language, geocoder):
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon(language))
    assert [(m.place.name, m.role) for m in mentions] == [("Saratov", "target")]


def test_a_countrys_lowercase_adjective_before_a_facility_names_no_town(geocoder):
    assert find_mentions("Удар пришёлся по российскому нефтеперерабатывающему заводу.", PlaceNames(geocoder),
                         lexicon("ru")) == []


@pytest.mark.parametrize("text, published, struck", [
    # Debris told after air defence was at work over a region fell there.
    ("Російські дрони атакували підстанцію в Тернополі вночі.\nНад Полтавщиною також працювала ППО. Уламки пошкодили "
     "два будинки та автомобіль.", date(2024, 12, 3), ["Ternopil", "Poltava Oblast"]),
    ("Российские дроны атаковали подстанцию в Тернополе ночью.\nНад Полтавской областью также работала ПВО. Обломки "
     "повредили два дома и автомобиль.", date(2024, 12, 3), ["Ternopil", "Poltava Oblast"]),
    # Windows blown out tell of a strike.
    ("Ночью враг атаковал область беспилотниками. В Павлограде осколками выбило окна в двух школах.",
     date(2025, 4, 27), ["Pavlohrad"]),
    # A boulevard's abbreviation ends no sentence, and its name is no place.
    ("Уночі ракети влучили у Слов'янськ: на вул. Шкільній та на бул. Пушкіна. Пошкоджено будинки.",
     date(2023, 4, 18), ["Sloviansk"]),
    ("Ночью ракеты попали в Славянск: на ул. Школьной и на бул. Пушкина. Повреждены дома.",
     date(2023, 4, 18), ["Sloviansk"]),
    # A village being fired on, in the present, is struck.
    ("Губернатор Гладков: украинские боевики расстреливают пустое село Головчино.", date(2022, 9, 13), ["Golovchino"]),
    # A drone reported destroyed over a region strikes nothing there.
    ("Дрон атаковал вокзал в Курске, ранены пять человек. Днём ранее в Минобороны сообщили об уничтожении "
     "беспилотника над территорией Белгородской области.", date(2023, 8, 22), ["Kursk"]),
])
def test_places_struck_and_not_from_more_published_reports(text, published, struck, geocoder):
    assert [e.place for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("text, published, struck", [
    # A missile "aimed at" a hromada struck it; the hromadas after it leave their noun off; "Слов'янська"
    # of a Dnipropetrovsk roundup is Slovianka's, not Sloviansk's, nor the town's that once bore the name.
    ("Удари по Дніпропетровщині.\nРакету окупанти скерували на Маломихайлівську громаду. Ударними дронами "
     "били по Слов’янській.",
     date(2025, 9, 22), ["Malomykhailivka", "Slovianka"]),
    # A hromada in the nominative, listed with others before their plural noun, was struck, though its
    # adjective is also a town's genitive (Покровська, Pokrovsk's).
    ("Під обстрілом за добу були Нікополь, Покровська, Марганецька та Мирівська громади.",
     date(2025, 9, 22), ["Nikopol", "Pokrov", "Marhanets", "Myrove"]),
    # A roundup's line that leaves its verb off, after a time, names the hromada's villages struck.
    ("Вдень окупанти обстрілювали Куцурубську громаду. Близько 15:40 по селах Парутине та Дмитрівка.",
     date(2022, 9, 22), ["Parutyne", "Dmytrivka"]),
    # A town "constantly under fire" is how things are, not a strike.
    ("Місто Запоріжжя постійно перебуває під ворожим обстрілом.", date(2023, 3, 27), []),
    ("Город Запорожье постоянно находится под вражеским обстрелом.", date(2023, 3, 27), []),
    # A Russian spelling of a Sumy hromada is asked in its dictionary form.
    ("Ночью оккупанты обстреляли Хотинскую и Белопольскую громады Сумщины.",
     date(2024, 10, 6), ["Khotin", "Bilopillia"]),
    # Rockets "aimed at two hromadas" struck both.
    ("Утром оккупанты направили «Грады» на три громады – Мировскую, Марганецкую и Червоногригорьевскую.",
     date(2022, 9, 24), ["Myrove", "Marhanets", "Chervonohryhorivka"]),
])
def test_places_struck_and_not_in_the_thirty_eighth_rounds_reports(text, published, struck, geocoder):
    assert [e.place for e in _events(text, published, geocoder).events] == struck


@pytest.mark.parametrize("text, published, told", [
    # A strike dated outright keeps its day; the town's earlier strike, told after the region struck that
    # night, is another, and the region gives way to it.
    ("Увечері 5 березня росіяни завдали ракетного удару по Кременчуку, загинула людина.\n"
     "3 березня ворожі дрони атакували Полтавщину. Один з них поцілив у НПЗ у Кременчуці.",
     date(2024, 3, 5), [("Kremenchuk", "2024-03-05", 1, None), ("Kremenchuk", "2024-03-03", None, None)]),
    # A day told in a clause of what had happened to the place before is that earlier strike's.
    ("Ракета влучила в Луцьк на світанку\n\nРакети поцілили в аеродром, який уже обстрілювали 24 лютого.",
     date(2022, 3, 11), [("Lutsk", "2022-03-11", None, None)]),
    # Yesterday's attack, its kind between.
    ("Після вчорашнього ракетного удару по Миколаєву загинули троє людей.",
     date(2024, 4, 30), [("Mykolaiv", "2024-04-29", 3, None)]),
    ("После вчерашнего ракетного удара по Николаеву погибли три человека.",
     date(2024, 4, 30), [("Mykolaiv", "2024-04-29", 3, None)]),
    # "накануне" in someone's words, no quote marks, is the day before he spoke.
    ("Вчерашняя атака на область была самой мощной за месяц, заявил глава ОВА.\nПо его словам, накануне "
     "ракеты попали в Кременчуг.",
     date(2022, 4, 25), [("Kremenchuk", "2022-04-24", None, None)]),
    # Several settlements struck, none named: the governor's region.
    ("Губернатор Белгородской области сообщил об обстреле нескольких сел. Погибли две женщины.",
     date(2023, 6, 21), [("Belgorod Oblast", "2023-06-21", 2, None)]),
    # "It happened the evening before" dates the strike its telling did not.
    ("Дрон атаковал автомобиль в Рыльском районе, ранены двое мужчин.\n\nЭто произошло накануне вечером.",
     date(2025, 8, 17), [("Rylsk Raion", "2025-08-16", None, 2)]),
    ("Дрон атаковал автомобиль в Рыльском районе, ранены двое мужчин.\n\nИнцидент произошел накануне вечером.",
     date(2025, 8, 17), [("Rylsk Raion", "2025-08-16", None, 2)]),
])
def test_days_and_tolls_in_the_thirty_eighth_rounds_reports(text, published, told, geocoder):
    assert [(e.place, e.event_date.isoformat(), e.killed, e.injured)
            for e in _events(text, published, geocoder).events] == told


@pytest.mark.parametrize("text, published, attackers", [
    # Ground a strike came from is occupied, not the place struck.
    ("Враг с оккупированного левобережья обстрелял Днепровский район Херсона, ранены двое.",
     date(2024, 4, 5), [("Kherson", "Russia"), ("Dniprovskyi", "Russia")]),
    ("Russian troops shelled Kherson from the occupied left bank, injuring two.",
     date(2024, 4, 5), [("Kherson", "Russia")]),
])
def test_the_ground_a_strike_came_from_is_not_the_ground_struck(text, published, attackers, geocoder):
    assert [(e.place, e.attacker) for e in _events(text, published, geocoder).events] == attackers


@pytest.mark.parametrize("text, records", [
    # A figure after the count shot down, "out of 18", is how many were launched.
    ("Overnight the air force downed 21 cruise missiles out of 26.", [("missile", 26, 21)]),
    ("Вночі сили ППО знищили 21 крилату ракету із 26.", [("missile", 26, 21)]),
    ("Ночью силы ПВО сбили 21 крылатую ракету из 26.", [("missile", 26, 21)]),
    # The downing told by its noun: "про збиття 30 з 34 ракет", "о сбитии 30 из 34 ракет".
    ("Командувач повідомив про збиття 30 з 34 крилатих ракет.", [("missile", 34, 30)]),
    ("Командующий сообщил о сбитии 30 из 34 крылатых ракет.", [("missile", 34, 30)]),
    # A headline's tally over a body that gives none.
    ("Над Курской областью сбиты девять беспилотников\n\nПострадавших нет.", [("drone", None, 9)]),
])
def test_tallies_of_the_thirty_eighth_rounds_reports(text, records, geocoder):
    assert [(a.category, a.launched, a.shot_down)
            for a in _events(text, date(2023, 5, 1), geocoder).attack_records] == records


def test_a_missile_launched_from_a_place_and_downed_counts_as_downed():
    # "launched from the Kursk region" says where the missile came from; "was also shot down" what became of it.
    text = ("Russia attacked with 20 Shahed drones overnight on 8 June; 15 were shot down. One Kh-59 guided missile "
            "launched from the Kursk region was also shot down.")
    missiles = [r for r in read_night_summary(text, "2024-06-08") if r.category == "missile"]
    assert [r.shot_down for r in missiles] == [1]
