"""General reading rules, on short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.attack_records import read_night_summary
from dashboard.events import Report
from dashboard.extract import casualties, date_in, extract, interceptions, split_sentences, stated_side
from dashboard.extract.lexicon import lexicon
from dashboard.extract.places import PlaceNames, find_mentions

parse_number = lexicon("en").numbers.parse


@pytest.mark.parametrize(
    "text, value",
    [("71", 71), ("six", 6), ("twenty-five", 25), ("at least 12", 12), ("more than 30", 30),
     ("a", 1), ("1,200", 1200), ("two hundred", 200), ("a dozen", 12), ("banana", None)],
)
def test_numbers_in_words_and_digits(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two people were killed and 25 were injured.", {"killed": 2, "injured": 25}),
        ("The strike killed at least 12 civilians, including two children.", {"killed": 12, "children": 2}),
        ("Three people were wounded, among them a 14-year-old boy.", {"injured": 3, "children": 1}),
        ("A 72-year-old man was injured.", {"injured": 1}),
        ("Fires broke out in a warehouse.", {}),
    ],
)
def test_casualties_are_kept_apart(sentence, expected):
    assert {key: value for key, value, _ in casualties(sentence)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Air defence shot down 65 of 100 drones.", {"drones_intercepted": 65, "drones_launched": 100}),
        ("Russia launched 12 cruise missiles; 10 were intercepted.", {"missiles_launched": 12, "missiles_intercepted": 10}),
        ("The air force said it intercepted six out of seven ballistic missiles and 71 drones.",
         {"missiles_intercepted": 6, "missiles_launched": 7, "drones_intercepted": 71}),
    ],
)
def test_interception_figures(sentence, expected):
    assert interceptions(sentence) == expected


@pytest.mark.parametrize(
    "phrase, expected",
    [("overnight", date(2025, 2, 12)), ("on Tuesday night", date(2025, 2, 11)), ("yesterday", date(2025, 2, 11)),
     ("on Sunday", date(2025, 2, 9)), ("on 10 February", date(2025, 2, 10)), ("on February 3", date(2025, 2, 3))],
)
def test_dates_relative_to_publication(phrase, expected):
    # 2025-02-12 is a Wednesday.
    assert date_in(f"The city was hit {phrase}.", date(2025, 2, 12)) == (expected, "day")


def test_side_is_read_from_the_words_that_name_the_attacker():
    assert stated_side("A Russian drone attack hit the city.") == "Russia"
    assert stated_side("Ukrainian drones struck an oil depot.") == "Ukraine"
    assert stated_side("The enemy shelled the village.") is None  # both sides say it: the place decides
    assert stated_side("The Ukrainian military reported damage.") is None
    # Who holds a place is not who struck it; the capital's army is its country's.
    assert stated_side("An official in Kherson, a region controlled by Russia, was killed in strikes by Kyiv's "
                       "forces.") == "Ukraine"
    assert stated_side("Kherson, a region controlled by Russia, was shelled.") is None


def test_sentences_keep_abbreviations_together():
    assert split_sentences("U.S. officials spoke. Kyiv was hit.") == ["U.S. officials spoke.", "Kyiv was hit."]


def _events(text, published=date(2025, 3, 5), geocoder=None):
    return {e.place: e for e in extract(Report(text, published), geocoder).events}


def test_each_city_gets_its_own_casualties(geocoder):
    text = (
        "Russian drones attacked Odesa overnight, killing two people, the regional governor said. "
        "In Kharkiv, 25 people were injured in a missile strike, Mayor Ihor Terekhov said."
    )
    events = _events(text, geocoder=geocoder)
    assert set(events) == {"Odesa", "Kharkiv"}
    assert events["Odesa"].killed == 2 and events["Odesa"].injured is None
    assert events["Kharkiv"].injured == 25 and events["Kharkiv"].killed is None
    assert events["Kharkiv"].attacker == "Russia" and events["Kharkiv"].attacker_basis == "inferred"
    assert "Ihor Terekhov" in events["Kharkiv"].reported_by


def test_ukrainian_strike_on_a_russian_region(geocoder):
    text = "Ukrainian drones attacked the Bryansk region on Monday, injuring three people, governor Alexander Bogomaz said."
    ev = _events(text, geocoder=geocoder)["Bryansk Oblast"]
    assert (ev.attacker, ev.attacker_basis, ev.geo_precision, ev.country) == ("Ukraine", "stated", "region", "RU")
    assert ev.event_date == date(2025, 3, 3) and ev.injured == 3


def test_launch_areas_politics_and_history_are_not_strikes(geocoder):
    text = (
        "Drones launched from the Kursk region were shot down over the sea. "
        "Leaders met in Munich to discuss peace talks. "
        "Kharkiv was heavily shelled in May 2022, killing dozens."
    )
    assert _events(text, geocoder=geocoder) == {}


def test_a_report_with_no_strikes_has_no_events(geocoder):
    assert _events("Zelensky met officials in Kyiv to discuss the budget.", geocoder=geocoder) == {}


def test_vague_quantities_become_warnings_not_figures(geocoder):
    result = extract(Report("Russian missiles struck Kharkiv overnight; dozens of people were injured.",
                            date(2025, 3, 1)), geocoder)
    assert [(e.place, e.injured) for e in result.events] == [("Kharkiv", None)]
    assert result.warnings and "uncertain number 'dozens" in result.warnings[0]


def test_death_toll_updates_and_night_ranges(geocoder):
    toll = _events("The death toll from Monday's Russian strike on Sumy has risen to 35, officials said.",
                   published=date(2025, 3, 5), geocoder=geocoder)
    assert toll["Sumy"].killed == 35 and toll["Sumy"].event_date == date(2025, 3, 3)
    night = _events("On the night of March 3-4, Russian drones hit Odesa.", published=date(2025, 3, 5), geocoder=geocoder)
    assert night["Odesa"].event_date == date(2025, 3, 4)


def test_figures_go_to_the_place_they_are_given_for(geocoder):
    events = _events("One person was killed and two were injured in Kupiansk, two were killed in Izium, "
                     "and three were injured in Balakliia, the governor said.", geocoder=geocoder)
    assert (events["Kupiansk"].killed, events["Kupiansk"].injured) == (1, 2)
    assert (events["Izium"].killed, events["Izium"].injured) == (2, None)
    assert events["Balakliia"].injured == 3


def test_a_total_over_a_list_of_places_is_no_single_place_figure(geocoder):
    events = _events("Russian forces shelled Kupiansk, Izium and Balakliia over the past day, killing one civilian "
                     "and wounding five.", geocoder=geocoder)
    assert set(events) == {"Kupiansk", "Izium", "Balakliia"}
    assert all(e.killed is None and e.injured is None for e in events.values())


def test_a_city_district_named_alone_belongs_to_the_story_and_its_oblast(geocoder):
    dnipro = _events("A Russian missile hit the edge of Dnipro on Friday afternoon, killing one man. The strike "
                     "landed in the Dnipro district, on the outskirts of the city.", geocoder=geocoder)
    assert {e.admin1 for e in dnipro.values()} == {"Dnipropetrovsk Oblast"}  # not Kyiv's Dniprovskyi
    belgorod = _events("The governor of Russia's Belgorod Oblast said Ukrainian drones attacked villages in the "
                       "region's Krasnogvardeysky district.", geocoder=geocoder)
    assert {e.admin1 for e in belgorod.values()} <= {"Belgorod Oblast"}  # not Dnipro's Krasnohvardiiskyi


@pytest.mark.parametrize("sentence, expected", [
    ("Two men, both lorry drivers, were wounded.", [("injured", 2)]),
    ("By morning 53 people had been reported injured, and 20 had been hospitalised.", [("injured", 53)]),
    ("Twenty people were hospitalised.", [("injured", 20)]),
    ("A second woman, 64, was taken to hospital in a serious condition.", [("injured", 1)]),
    ("Seven people, a child among them, were killed on Friday.", [("killed", 7), ("children", 1)]),
    ("Eighteen people, nine of them children, have now died.", [("killed", 18)]),
])
def test_the_injured_with_those_taken_to_hospital_among_them(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence)] == expected


def test_a_place_called_a_town_is_the_town_not_a_village_of_the_reports_region(geocoder):
    events = _events("Russian shelling hit Kherson and Bilozerka in the Kherson region on Sunday. In the east, a "
                     "woman was killed in the town of Kostiantynivka.", geocoder=geocoder)
    assert events["Kostiantynivka"].admin1 == "Donetsk Oblast"


def test_a_house_destroyed_in_a_town_is_a_strike_there_and_drones_destroyed_over_regions_are_not(geocoder):
    names = PlaceNames(geocoder)
    (town,) = find_mentions("At about 4 p.m. on Friday a shell partly destroyed a house in Kupiansk.", names,
                            lexicon("en"))
    regions = find_mentions("18 drones were destroyed in the Odesa and Mykolaiv regions.", names, lexicon("en"))
    assert town.role == "target" and [m.role for m in regions] == ["overflight", "overflight"]


def test_what_was_reported_earlier_is_background(geocoder):
    events = _events("Russian missiles struck Kharkiv on Monday, injuring four people. As previously reported, "
                     "a drone struck Sumy.", geocoder=geocoder)
    assert set(events) == {"Kharkiv"}
    labelled = _events("Russian missiles struck Kharkiv on Monday.\nBackground:\nEarlier, it was reported that a "
                       "drone struck Sumy.", geocoder=geocoder)
    assert set(labelled) == {"Kharkiv"}
    same_day = _events("Russian missiles struck Kharkiv on Monday. Earlier in the day, a guided bomb hit Zolochiv.",
                       geocoder=geocoder)
    assert set(same_day) == {"Kharkiv", "Zolochiv"}


def test_a_village_the_gazetteer_lacks_told_with_the_community_it_belongs_to(geocoder):
    (village,) = [m for m in find_mentions("A woman of 56 was injured in the village of Pidseredne, which belongs to "
                                           "the Velykyi Burluk community.", PlaceNames(geocoder), lexicon("en"))
                  if m.role == "target"]
    assert village.place.name.startswith("Pidseredn") and village.place.admin1 == "Kharkiv Oblast"  # (-ie: its own)


@pytest.mark.parametrize("code, sentence, killed", [
    ("en", "Rescuers recovered the body of an elderly woman from the rubble.", 1),
    ("en", "The bodies of two men were found under the debris.", 2),
    ("uk", "Рятувальники деблокували з-під руїн тіло жінки 1977 року народження.", 1),
    ("ru", "Из-под завалов извлекли тела трёх человек.", 3),
])
def test_bodies_recovered_are_deaths(code, sentence, killed):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("killed", killed)]


def test_an_unnamed_village_of_a_community_marks_the_community_and_reported_explosions_are_not_strikes(geocoder):
    events = _events("Russian drones attacked a village in the Novhorod-Siverskyi community of Chernihiv region, "
                     "wounding a man. During the same alert, explosions were reported in some districts of "
                     "Zaporizhzhia region.", geocoder=geocoder)
    assert set(events) == {"Novhorod-Siverskyi"} and events["Novhorod-Siverskyi"].injured == 1


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Двое раненых — в Глушковском районе, двое — в Большесолдатском, один — в Рыльском.",
     [("injured", 2), ("injured", 2), ("injured", 1)]),
    ("en", "Two people were killed in Kupiansk, one in Izium.", [("killed", 2), ("killed", 1)]),
])
def test_bare_figures_in_a_list_count_what_the_first_counted(code, sentence, expected):
    assert [(key, n) for key, n, _ in sorted(casualties(sentence, lexicon(code)), key=lambda f: f[2])] == expected


def test_people_of_a_district_hurt_and_a_community_of_a_regions_district(geocoder):
    assert [(k, n) for k, n, _ in casualties("Seven residents of Kyiv's Darnytskyi district were hurt when Russia "
                                             "attacked the capital.")] == [("injured", 7)]
    mentions = find_mentions("A drone hit a private house in the Novopavlivka community of Dnipropetrovsk region's "
                             "Synelnykove district on Sunday evening.", PlaceNames(geocoder), lexicon("en"))
    assert [m.role for m in mentions if m.text == "Novopavlivka"] == ["target"]


def test_an_attack_repelled_over_a_long_list_of_districts_strikes_none_of_them(geocoder):
    # Written for this test: every district of the list lies "over" which the drones were downed,
    # however far down the list; the towns hit afterwards keep the lead's "nobody was hurt".
    events = _events("Губернатор сообщил, что ПВО отразила атаку беспилотников над Шолоховским, Чертковским, "
                     "Тарасовским, Октябрьским сельским, Миллеровским и Дубовским районами. Люди не пострадали. "
                     "В Шахтах из-за падения БПЛА повреждены машины.", geocoder=geocoder)
    assert list(events) == ["Shakhty"]
    assert (events["Shakhty"].killed, events["Shakhty"].injured) == (0, 0)


def test_russian_towns_in_ukrainian_spelling_and_a_hromada_named_in_the_accusative(geocoder):
    names, lex = PlaceNames(geocoder), lexicon("uk")
    found = {m.text: m.place.name for m in find_mentions(
        "У Новошахтинську уламки дрона впали на подвір'я, а ввечері обстріляли околиці Шебекиного.", names, lex)}
    assert found == {"Новошахтинську": "Novoshakhtinsk", "Шебекиного": "Shebekino"}
    # A dictionary noun is a place only by its dictionary form, not by a town's name it begins.
    assert find_mentions("Від удару пострадав храм Благовещения у селі.", names, lexicon("ru")) == []
    [hromada] = find_mentions("Уночі Ворожбянську громаду атакували два дрони.", names, lex)
    assert (hromada.place.name, hromada.role) == ("Vorozhba", "target")


@pytest.mark.parametrize("text", [
    "Москва заперечує, що б'є по цивільних, а Київ називає такі удари по Харкову воєнними злочинами.",
    "Кількість загиблих від обстрілів у Маріуполі та Волновасі встановити поки неможливо.",
    "Moscow denies targeting civilians, although its strikes on Kharkiv have killed many.",
])
def test_denials_and_tolls_nobody_can_count_are_not_strikes(geocoder, text):
    assert _events(text, geocoder=geocoder) == {}


def test_a_toll_shared_out_one_each_and_broken_down_after_a_colon(geocoder):
    events = _events("Російські обстріли вбили трьох мирних мешканців Донеччини — по одному в Бахмуті, Кураховому "
                     "та Торецьку. Ще четверо людей поранені: одна людина в Бахмуті, одна в Торецьку та двоє "
                     "в Максимільянівці.", geocoder=geocoder)
    assert {p: (e.killed, e.injured) for p, e in events.items()} == {
        "Bakhmut": (1, 1), "Kurakhove": (1, None), "Toretsk": (1, 1), "Maksymilianivka": (None, 2)}
    english = _events("Russian shelling killed two civilians, one each in Kherson and Beryslav.", geocoder=geocoder)
    assert {p: e.killed for p, e in english.items()} == {"Kherson": 1, "Beryslav": 1}


def test_a_closing_nobody_hurt_covers_every_place_of_a_round_up(geocoder):
    events = _events("Днём российские войска обстреляли Белопольскую и Краснопольскую громады. В Белополье повреждены "
                     "частные дома. В Краснополье повреждена линия электропередачи. Пострадавших среди населения нет.",
                     geocoder=geocoder)
    assert {p: (e.killed, e.injured) for p, e in events.items()} == {"Bilopillia": (0, 0), "Krasnopillia": (0, 0)}


def test_the_regional_centre_after_its_districts_is_the_city_and_a_drone_that_came_down_struck(geocoder):
    events = _events("Russian guided bombs hit the Shevchenkivskyi and Kholodnohirskyi districts of Kharkiv on "
                     "Wednesday. In Kholodnohirskyi, an idle plant was damaged. Twelve people were injured in the "
                     "regional centre.", geocoder=geocoder)
    assert events["Kharkiv"].injured == 12 and events["Kholodnohirskyi"].injured is None
    assert list(_events("A drone came down on a street in Voronezh, the governor said.", geocoder=geocoder)) == \
        ["Voronezh"]
    assert [(k, n) for k, n, _ in casualties("Четверо пострадавших — в Купянске.", lexicon("ru"))] == [("injured", 4)]


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "The ministry said four drones had been shot down over Belgorod region, two over Volgograd region and "
           "one over Rostov region.", {"drones_intercepted": 7}),
    ("ru", "Четыре беспилотника сбиты над Белгородской областью, два над Волгоградской и один над Ростовской.",
     {"drones_intercepted": 7}),
    ("ru", "Ночью над пригородом Воронежа был сбит украинский беспилотник.", {"drones_intercepted": 1}),
    ("uk", "Уночі над Сумами збили ворожий безпілотник.", {"drones_intercepted": 1}),
    ("en", "Ukraine attacked the Crimean home of Russia's Black Sea Fleet with ten missiles.", {"missiles_launched": 10}),
])
def test_tallies_over_several_regions_one_drone_downed_and_a_fleet_attacked_with_missiles(code, sentence, expected):
    assert interceptions(sentence, lexicon(code)) == expected


def test_one_drone_downed_over_a_suburb_is_an_attack_record_without_a_marker(geocoder):
    result = extract(Report("Ночью над пригородом Воронежа был сбит украинский беспилотник, написал губернатор. "
                            "Люди не пострадали.", date(2025, 12, 6)), geocoder)
    assert [(r.category, r.shot_down) for r in result.attack_records] == [("drone", 1)]


def test_a_toll_told_of_the_capital_belongs_to_the_town_the_headline_names(geocoder):
    events = _events("Масована атака на Київ: кількість постраждалих зросла до 22\nДвадцять дві людини постраждали від "
                     "масованого удару Росії по столиці, повідомив міський голова. У Дарницькому районі горіли авто.",
                     geocoder=geocoder)
    assert events["Kyiv"].injured == 22
    assert [(k, n) for k, n, _ in casualties("Внаслідок атаки поранено вже п'ятьох людей.", lexicon("uk"))] == \
        [("injured", 5)]


def test_a_village_whose_name_is_also_a_first_name_before_its_oblast(geocoder):
    mentions = find_mentions("Атака у слободі Біла Курської області.", PlaceNames(geocoder), lexicon("uk"))
    assert "Kursk Oblast" in [m.place.name for m in mentions]
    person = find_mentions("Заявив Володимир Зеленський у Києві.", PlaceNames(geocoder), lexicon("uk"))
    assert [m.place.name for m in person] == ["Kyiv"]


def test_the_city_whose_hospital_took_a_victim_in_is_not_struck_and_a_drone_that_caught_a_lorry_struck(geocoder):
    events = _events("Поздно вечером в городскую больницу № 2 Белгорода пришла жительница, машину которой атаковал "
                     "дрон на окраине Шебекино.", geocoder=geocoder)
    assert list(events) == ["Shebekino"]
    assert list(_events("Недалеко от Шебекино беспилотник настиг грузовую машину.", geocoder=geocoder)) == ["Shebekino"]


def test_an_attack_without_casualties_counts_nobody():
    # Guards the "четверо пострадавших" reading above: "без пострадавших" is no count of one.
    assert [(k, n) for k, n, _ in casualties("Еще одна атака без пострадавших была 28 августа.", lexicon("ru"))
            if k != "children"] == [("killed", 0), ("injured", 0)]


@pytest.mark.parametrize("text, place", [
    ("Ракетний удар пошкодив шлюз Печенізької греблі.", "Pechenihy"),
    ("Ночью беспилотники атаковали Туапсинский НПЗ, на территории начался пожар.", "Tuapse"),
    ("Після удару по Ізмаїльському порту двоє працівників у лікарні.", "Izmail"),
])
def test_a_facility_named_by_its_towns_adjective_strikes_the_town(geocoder, text, place):
    assert list(_events(text, geocoder=geocoder)) == [place]


def test_towns_the_dictionary_lists_and_every_reading_of_an_oblique_name(geocoder):
    # "Рильську" reads as an adjective's case too, "Рильськ" is short for a dictionary noun.
    assert list(_events("Удар дрона по Рильську, пошкоджено дах.", geocoder=geocoder)) == ["Rylsk"]
    # "Воронежа" is the genitive of Воронеж and of Вороніж: the larger, unless the report says otherwise.
    assert list(_events("Безпілотник влучив у багатоповерхівку в центрі Воронежа.", geocoder=geocoder)) == ["Voronezh"]
    assert list(_events("Росіяни обстріляли Сумщину: у Воронежі Сумської області пошкоджено школу.",
                        geocoder=geocoder)) == ["Voronizh"]
    # A district the report's city has, before a village of the same name elsewhere.
    assert list(_events("Уночі росіяни атакували Київ дронами. У Дніпровському пошкоджено три будинки.",
                        geocoder=geocoder)) == ["Kyiv", "Dniprovskyi"]


def test_a_district_of_a_city_the_gazetteer_lacks_is_the_city_and_an_adjective_with_its_noun_no_place(geocoder):
    assert list(_events("Росіяни вдарили по Соснівському району Черкас, загинула жінка.", geocoder=geocoder)) == \
        ["Cherkasy"]
    # Kherson's districts are in the gazetteer: the city and its district.
    assert list(_events("Росіяни вдарили по Дніпровському району Херсона, загинула жінка.", geocoder=geocoder)) == \
        ["Kherson", "Dniprovskyi"]
    assert _events("Удар пришелся по Южному берегу, повреждена школа.", geocoder=geocoder) == {}


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Загинули троє киян.", [("killed", 3)]),
    ("uk", "Число поранених через удар по столиці в ніч на неділю, 26 жовтня, зросло до 33.", [("injured", 33)]),
    ("ru", "Ранены трое курян.", [("injured", 3)]),
    ("ru", "Число погибших возросло до пяти.", [("killed", 5)]),
    # workers told by their work
    ("ru", "При ударе по ферме погибли две работницы хозяйства.", [("killed", 2)]),
    ("ru", "Осколочное ранение получила сотрудница котельной.", [("injured", 1)]),
    ("uk", "Унаслідок удару загинули дві працівниці ферми.", [("killed", 2)]),
    ("en", "Two women working at the local farm were killed.", [("killed", 2)]),
])
def test_townspeople_workers_and_a_number_that_rose(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "Seventeen people are now known to have been hurt in the strike.", [("injured", 17)]),
    ("ru", "Погибших в Днепре теперь семеро.", [("killed", 7)]),
    ("ru", "Ранены были около сорока человек.", [("injured", 40)]),
    ("ru", "Ночной удар по Харькову: 21 пострадавший.", [("injured", 21)]),
    ("uk", "Загиблих у місті тепер семеро.", [("killed", 7)]),
])
def test_tolls_known_later_and_told_after_their_noun(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code)) if k != "children"] == expected


def test_a_total_after_a_citys_districts_is_the_citys(geocoder):
    events = _events("Уночі росіяни атакували Запоріжжя дронами. Пошкоджено будинки в Дніпровському та "
                     "Шевченківському районах. Загалом постраждали 12 людей.", geocoder=geocoder)
    assert events["Zaporizhzhia"].injured == 12
    assert events["Dniprovskyi"].injured is None


def test_debris_of_a_drone_downed_over_a_district_strikes_nothing_unless_it_fell_there(geocoder):
    over = find_mentions("Уламки безпілотника, знищеного над Стародубським округом Брянської області, не завдали шкоди.",
                         PlaceNames(geocoder), lexicon("uk"))
    assert [m.role for m in over if m.unit == "raion"] == ["overflight"]
    fell = find_mentions("Уламки збитих дронів упали в Печерському районі.", PlaceNames(geocoder), lexicon("uk"))
    assert [m.role for m in fell] != ["overflight"]


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "The ministry said it intercepted 16 drones, 15 of them over the Volgograd region and one over Belgorod.",
     {"drones_intercepted": 16}),
    ("ru", "Перехвачены 16 беспилотников, из них 15 над Волгоградской областью и один над Белгородской.",
     {"drones_intercepted": 16}),
    ("en", "Russia launched 37 drones, and 33 of the drones were brought down over five regions.",
     {"drones_launched": 37, "drones_intercepted": 33}),
])
def test_a_tally_shared_out_of_them_is_not_added_to_and_drones_brought_down(code, sentence, expected):
    assert interceptions(sentence, lexicon(code)) == expected


def test_there_after_a_governors_region_is_that_region_and_people_who_ended_up_in_hospital(geocoder):
    events = _events("The governor of the Kharkiv region said Russian shelling there damaged homes and wounded two.",
                     geocoder=geocoder)
    assert list(events) == ["Kharkiv Oblast"] and events["Kharkiv Oblast"].injured == 2
    assert _events("The governor of the Kharkiv region said there were no casualties.", geocoder=geocoder) == {}
    assert [(k, n) for k, n, _ in casualties("Three civilians ended up in hospital.", lexicon("en"))] == [("injured", 3)]


def test_the_only_region_a_post_names_in_its_lead_rules_out_far_homonyms(geocoder):
    from pathlib import Path

    # A governor's post names its district and oblast once; "Поповка" of that district is not
    # the Popivka of Sumy Oblast that the gazetteer knows.
    text = (Path(__file__).parent / "corpora" / "uk_h" / "articles" / "uh017.txt").read_text(encoding="utf-8")
    events = extract(Report(text, date(2025, 9, 25)), geocoder).events
    assert all(ev.admin1 == "Kursk Oblast" for ev in events) and events


def test_the_one_place_a_drone_was_downed_over_is_struck_when_its_wreckage_hurt_someone(geocoder):
    events = _events("Air defences shot down two drones over Rostov-on-Don at night, and falling wreckage "
                     "injured a civilian, the governor said.", geocoder=geocoder)
    assert list(events) == ["Rostov-on-Don"] and events["Rostov-on-Don"].injured == 1
    assert _events("Over Belgorod two drones were shot down, nobody was hurt.", geocoder=geocoder) == {}


def test_a_district_adjective_before_its_unit_noun_is_still_a_district(geocoder):
    mentions = find_mentions("Вибухи пролунали у Слобідському та Холодногірському районах.", PlaceNames(geocoder),
                             lexicon("uk"))
    assert "Kholodnohirskyi" in [m.place.name for m in mentions]


def test_a_village_the_gazetteer_lacks_told_right_after_one_of_a_raion_lies_in_that_raion(geocoder):
    # Перелесное is unknown: it follows Grayvoron Raion's village; Доброе is the Grayvoron Raion's of its namesakes.
    events = _events("Губернатор Белгородской области сообщил об обстрелах приграничья. Под огонь ВСУ попало "
                     "село Новостроевка-Первая Грайворонского района. Кроме того, обстрелян хутор Перелесное, "
                     "повреждены два дома. Также был атакован посёлок Доброе, ранена женщина.",
                     geocoder=geocoder)
    assert sorted(events) == ["Dobroye", "Novostroyevka-Pervaya", "Perelesnoye (Grayvoron Raion)"]
    assert events["Dobroye"].injured == 1 and events["Perelesnoye (Grayvoron Raion)"].injured is None
    assert events["Dobroye"].gazetteer_id.startswith("census:RU:14725")  # (the Grayvoron okrug's OKTMO code)
    # Without a raion told before, the unknown village is not placed anywhere.
    assert _events("Губернатор Белгородской области сообщил об обстрелах. Под огонь ВСУ попал хутор Перелесное, "
                   "повреждены два дома.", geocoder=geocoder) == {}


def test_a_total_word_before_shells_launched_does_not_make_the_casualties_a_total(geocoder):
    events = _events("Обстреляно село Новостроевка-Первая Грайворонского района. Всего было выпущено три снаряда, "
                     "пострадали два мирных жителя.", geocoder=geocoder)
    assert [(ev.place, ev.injured) for ev in events.values()] == [("Novostroyevka-Pervaya", 2)]


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "В Северске за день погибли трое и ещё трое ранены.", [("killed", 3), ("injured", 3)]),
    ("uk", "У Сіверську загинули троє і ще троє поранені.", [("killed", 3), ("injured", 3)]),
    ("ru", "Ранены женщина 1958 года рождения и мужчина 1961 года.", [("injured", 2)]),
    ("ru", "Тракторист, сидевший в кабине, получил тяжёлые множественные осколочные ранения.", [("injured", 1)]),
    ("uk", "Ворожий удар зачепив 62-річну жінку.", [("injured", 1)]),
    ("uk", "Двох людей окупанти вбили в Торецьку.", [("killed", 2)]),
    ("uk", "Начальник ОВА повідомив про поранення 58-річного чоловіка в селі.", [("injured", 1)]),
    ("ru", "Губернатор сообщил о ранении 40-летней женщины.", [("injured", 1)]),
    ("en", "A drone hit a lorry and its driver was wounded in the arm.", [("injured", 1)]),
    ("en", "An FPV drone attacked a tractor, injuring its driver.", [("injured", 1)]),
    ("ru", "Никто из местных жителей не пострадал.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "Ніхто з мешканців села не постраждав.", [("killed", 0), ("injured", 0), ("children", 0)]),
    # people unharmed, or hurt, told by a clause
    ("uk", "Снаряд упав біля хати, господарі вціліли.", [("killed", 0), ("injured", 0)]),
    ("ru", "Снаряд упал у дома, хозяева уцелели.", [("killed", 0), ("injured", 0)]),
    ("ru", "Женщину, получившую множественные ранения осколками и ожоги, увезли в больницу.", [("injured", 1)]),
    ("uk", "Жінку, яка отримала уламкові поранення, відвезли до лікарні.", [("injured", 1)]),
    ("uk", "Ще двом людям – чоловіку 70 років та жінці 66 – медики надали допомогу на місці.", [("injured", 2)]),
])
def test_tolls_with_a_second_clause_a_birth_year_a_role_or_a_wound_told_as_a_noun(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, expected", [
    # A raion named by the adjective of a town whose stem alternates (Суджа, Запоріжжя).
    ("ru", "Дрон атаковал дом в селе Малая Локня Суджанского района Курской области.", ["Malaya Loknya"]),
    ("uk", "Російський удар по Запорізькому району поранив двох людей.", ["Zaporizhzhia Raion"]),
    # Russian names of Ukrainian oblasts settle a homonym (Северск: Siversk, not the Tomsk town).
    ("ru", "Россияне снова били по Донетчине: в Северске за день погибли двое.", ["Siversk"]),
    # A raion called after its town like an oblast (Куп'янщина after Куп'янськ).
    ("ru", "Удар пришёлся на Купянщину: ранен мужчина.", ["Kupiansk Raion"]),
    # "в селі Краснопільської громади": an unnamed village of the hromada; its centre is marked.
    ("uk", "Ще одного постраждалого зафіксували в селі Краснопільської громади: чоловіка поранив дрон.", ["Krasnopillia"]),
    # A "no casualties" sentence with no strike word besides names no struck place.
    ("en", "Russian drones hit Sumy overnight. The Kursk and Bryansk regions also reported no casualties.", ["Sumy"]),
    # "The strike came two days after an attack that killed three": the earlier attack's toll.
    ("en", "A Russian missile attack on Odesa overnight injured nine people. The strike came two days after "
           "an attack on the city that killed three.", [("Odesa", None, 9)]),
    # A total before shells counts the shells; "from the start of the full-scale invasion": a period's tally.
    ("ru", "С начала полномасштабного вторжения в Донецкой области погибли 1900 мирных жителей; Мариуполь "
           "и Волноваха в эту статистику не входят.", []),
])
def test_raions_oblast_names_hromadas_and_sentences_that_strike_nothing(code, text, expected):
    events = extract(Report(text, date(2025, 3, 5)), None).events
    got = [(e.place, e.killed, e.injured) if isinstance(expected[0], tuple) else e.place for e in events] \
        if expected else [e.place for e in events]
    assert got == expected


def test_en_unit_nouns_village_lists_and_unnamed_villages(geocoder):
    events = _events("Ukrainian forces shelled villages in Russia's Belgorod region, the governor said. Near the village "
                     "of Korovino in the Shebekino urban district, a drone attacked a car. In the Borisovka district "
                     "the village of Gruzskoye came under shellfire.", geocoder=geocoder)
    # (each village the gazetteer has at its own point: Korovino of the Shebekino okrug's namesakes)
    assert sorted(events) == ["Gruzskoye", "Korovino"] and events["Korovino"].gazetteer_id.startswith("census:RU:14750")
    events = _events("Belgorod governor Vyacheslav Gladkov said two drones hit a village near the border.",
                     geocoder=geocoder)
    assert list(events) == ["Belgorod Oblast"]


def test_a_raion_event_gives_way_to_its_villages_and_kab_is_not_a_cabin(geocoder):
    events = _events("Украинские дроны атаковали два автомобиля в Грайворонском районе, ранены трое. В селе "
                     "Новостроевка-Первая дрон ударил по машине. В селе Смородино ранены двое.", geocoder=geocoder)
    assert sorted(events) == ["Novostroyevka-Pervaya", "Smorodino"]
    from dashboard.extract import facts
    assert facts.weapons_in("Водитель, сидевший в кабине, получил ранения.", lexicon("ru")) == []
    assert facts.weapons_in("Армия РФ сбросила два КАБа на село.", lexicon("ru")) == ["glide bomb"]


def test_a_ukrainian_attack_named_by_its_noun_states_the_side():
    assert stated_side("Из-за украинских обстрелов пострадали два мирных жителя.", lexicon("ru")) == "Ukraine"


def test_a_toll_raised_a_birth_year_and_the_day_a_thing_was_said(geocoder):
    events = _events("A girl born in 2011 who was wounded in Monday's Russian attack on Kostiantynivka has died in "
                     "hospital, raising the death toll to three, the regional governor said on July 25.",
                     published=date(2023, 7, 25), geocoder=geocoder)
    ev = events["Kostiantynivka"]
    assert (ev.killed, ev.injured, ev.event_date) == (3, None, date(2023, 7, 24))
    assert date_in("Двое погибших, сообщил вечером 4 сентября глава области. Удар был 3 сентября.",
                   date(2023, 9, 5), lex=lexicon("ru"))[0] == date(2023, 9, 3)
    # Said on a day, with no other day in the sentence: that day is still the sentence's.
    assert date_in("Two were killed, the governor said on Tuesday.", date(2023, 7, 25), lex=lexicon("en"))[0] \
        == date(2023, 7, 25)


def test_a_strike_a_news_agency_reported_earlier_is_background(geocoder):
    events = _events("Three hurt in Nikopol\nRussian drones wounded three people in Nikopol since the morning, the "
                     "governor said. The injured are in hospital. On Sunday, "
                     "August 10, Russian troops attacked the Synelnykove district, wounding one civilian, a news "
                     "agency reported earlier.", published=date(2025, 8, 11), geocoder=geocoder)
    assert list(events) == ["Nikopol"]


@pytest.mark.parametrize("text, published, records", [
    ("Повітряні сили: збито сім із десяти шахедів\nУ ніч на 28 грудня ворог атакував Україну 10 ударними БпЛА. "
     "Сім із них знищили сили ППО в межах Київської та Житомирської областей. Як раніше казав президент, лише "
     "за листопад Росія застосувала проти України 200 ракет і 1500 шахедів.", date(2025, 12, 28), [("drone", 10, 7)]),
    # A ministry's day: drones downed by villages though the weapon's name is long, then its war-long totals.
    ("Сводка Минобороны. За сутки ПВО сбили три беспилотных летательных аппарата ВСУ в районах сёл "
     "Новенькое Сумской области и Кирилловка. С начала проведения СВО сбито 500 самолетов и 4 200 "
     "беспилотных летательных аппаратов.", date(2023, 4, 30), [("drone", None, 3)]),
])
def test_a_months_tally_and_drones_downed_within_regions_are_no_strike_and_no_nights_figure(geocoder, text, published,
                                                                                            records):
    result = extract(Report(text, published), geocoder)
    assert result.events == []
    assert [(r.category, r.launched, r.shot_down) for r in result.attack_records] == records


def test_a_town_held_by_russian_led_forces_on_the_day_was_struck_from_ukraine(geocoder):
    text = "A man was killed when a shell hit a private house in Donetsk's Kuibyshevskyi district on Sunday."
    events = extract(Report(text, date(2023, 8, 14)), geocoder).events
    assert {(e.place, e.attacker, e.attacker_basis) for e in events} >= {("Kuibyshevskyi", "Ukraine", "inferred")}
    # Kherson was held from March to November 2022 only.
    sides = [[e.attacker for e in extract(Report("A shell hit a house in Kherson, killing a man.", day), geocoder).events]
             for day in (date(2022, 6, 1), date(2023, 6, 1))]
    assert sides == [["Ukraine"], ["Russia"]]


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "A resident of Trubchevsk in the Bryansk region suffered a light injury.", [("injured", 1)]),
    ("en", "A resident of Gora-Podol, a village in the Graivoron district, was wounded on Friday.", [("injured", 1)]),
    ("en", "The strike killed one civilian and left another in hospital in serious condition.",
     [("killed", 1), ("injured", 1)]),
    ("ru", "Под обстрел попал работник предприятия — от ранений он погиб на месте.", [("killed", 1)]),
    ("uk", "Під обстріл потрапив працівник — від поранень він загинув.", [("killed", 1)]),
    ("ru", "В деревне у двух домов пострадали остекление и фасады.", []),
    ("uk", "У трьох будинків постраждали вікна.", []),
])
def test_one_person_told_of_before_or_where_they_live_and_houses_that_suffered(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("sentence, place", [
    ("Ukrainian shelling hit the Glushkovsky district of the Kursk region, injuring two.", "Glushkovo Raion"),
    ("Russian shelling hit the Bohodukhivskyi district of Kharkiv Oblast, injuring two.", "Bohodukhiv Raion"),
    ("A drone struck the Sudzhansky district.", "Sudzha Raion"),
])
def test_a_raion_named_in_english_by_its_centres_adjective(geocoder, sentence, place):
    assert place in _events(sentence, geocoder=geocoder)


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Во дворе ранены две женщины и трое мужчин.", [("injured", 5)]),
    ("uk", "Загинули двоє чоловіків і одна жінка.", [("killed", 3)]),
    ("ru", "Один человек погиб, второй в тяжёлом состоянии.", [("killed", 1), ("injured", 1)]),
    ("uk", "Одна людина загинула, ще одна у важкому стані.", [("killed", 1), ("injured", 1)]),
    ("en", "One woman died, and another resident remains in critical condition.", [("killed", 1), ("injured", 1)]),
    ("en", "Medics treated four people for shock at the scene.", [("injured", 4)]),
    ("en", "Her husband was badly hurt.", [("injured", 1)]),
    ("en", "A man and a woman were also hurt.", [("injured", 2)]),
    ("ru", "Раненых на данный момент около десяти.", [("injured", 10)]),
    ("ru", "Погибшая — пенсионерка из соседнего села.", [("killed", 1)]),
    ("ru", "Власти сообщили об одном погибшем и двух раненых.", [("killed", 1), ("injured", 2)]),
    ("uk", "Травми та контузію отримали четверо людей.", [("injured", 4)]),
    ("uk", "До лікарні самостійно прийшли п'ятеро мешканців.", [("injured", 5)]),
    ("uk", "Чоловіка з опіками доправили до лікарні.", [("injured", 1)]),
    ("ru", "Женщину с осколочным ранением увезли в больницу.", [("injured", 1)]),
    ("uk", "Ще четверо постраждали, лікарі рятують чоловіка з опіками.", [("injured", 4)]),
    ("uk", "Постраждалих уже сім: ще двоє звернулися по допомогу.", [("injured", 7)]),
    ("uk", "Медики не змогли врятувати водія, ще трьом людям надали допомогу на місці.", [("killed", 1), ("injured", 3)]),
    ("ru", "Двое взрослых и ребёнок погибли.", [("killed", 3), ("children", 1)]),
    ("uk", "Поранено 70-річну жінку та 45-річного чоловіка.", [("injured", 2)]),
])
def test_tolls_told_as_two_groups_a_state_a_noun_for_one_or_a_wound_carried(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, key, places", [
    ("Украинские военные обстреляли Донецк. По одному пострадавшему — в Киевском и Ленинском районах.", "injured",
     ("Kyivskyi", "Leninskyi")),
    # One person told before each place after a dash, a place the gazetteer lacks among them.
    ("Russian shelling killed three civilians – a 70-year-old woman in Huliaipole, a man in Zarichnevske, and a "
     "40-year-old man in Stepnohirsk.", "killed", ("Huliaipole", "Stepnohirsk")),
])
def test_one_each_in_the_places_that_follow(geocoder, text, key, places):
    events = _events(text, geocoder=geocoder)
    assert [getattr(events[place], key) for place in places] == [1, 1]


def test_a_headlines_toll_and_day_are_its_one_places(geocoder):
    text = ("Под Шебекино дрон ударил по грузовику, водитель ранен\n"
            "Украинский беспилотник атаковал грузовик в Шебекино, сообщил губернатор. Машина сгорела.")
    assert _events(text, geocoder=geocoder)["Shebekino"].injured == 1
    text = ("Удар по Вінниці 14 липня: кількість загиблих зросла до 27\n"
            "У лікарні помер ще один чоловік, який постраждав під час ракетного удару по Вінниці. "
            "Тепер жертвами удару 14 липня стали 27 людей.")
    vinnytsia = _events(text, date(2022, 8, 3), geocoder)["Vinnytsia"]
    assert (vinnytsia.event_date, vinnytsia.killed) == (date(2022, 7, 14), 27)


def test_another_days_figures_and_a_raion_giving_way_to_its_centre(geocoder):
    text = ("24 вересня дрон атакував село Рижевка Рильського району. "
            "А 23 вересня на хуторі Звягін поранено двох людей.")
    assert _events(text, date(2025, 9, 25), geocoder)["Ryzhevka"].injured is None
    text = ("Ukrainian shelling hit Klimovo, the centre of the Klimovo district in the Bryansk region, "
            "on Thursday. Eight people were injured in the attack.")
    events = _events(text, geocoder=geocoder)
    assert "Klimovo Raion" not in events and events["Klimovo"].injured == 8


@pytest.mark.parametrize("text", [
    "Russian artillery shelled the Shevchenkivskyi district of Kharkiv on Tuesday, wounding two.",
    "Russian artillery shelled Kharkiv's Shevchenkivskyi district on Tuesday, wounding two.",
])
def test_a_district_named_with_its_city_is_that_citys_and_holds_the_toll(geocoder, text):
    district = _events(text, geocoder=geocoder)["Shevchenkivskyi"]
    assert (district.district_of, district.injured) == ("Kharkiv", 2)


@pytest.mark.parametrize("text, place, region", [
    ("A 41-year-old man from the Belovsky district of the Kursk region was seriously injured by a drone.",
     "Belaya Raion", "Kursk Oblast"),
    ("Дрон атаковал автомобиль в Беловском районе, ранен водитель.", "Belaya Raion", "Kursk Oblast"),
    ("Обстрелу подвергся Яковлевский округ, ранен мужчина.", "Stroitel", "Belgorod Oblast"),
])
def test_a_raion_whose_adjective_is_not_its_seats_name_and_a_man_from_it(geocoder, text, place, region):
    events = _events(text, geocoder=geocoder)
    assert (events[place].admin1, events[place].injured) == (region, 1)


def test_a_raion_adjective_that_only_begins_like_an_irregular_one_is_its_own(geocoder):
    # Беловодский (Bilovodsk's, Luhansk Oblast) begins like Беловский (Belaya's, Kursk Oblast).
    assert list(_events("Обстрелу подвергся Беловодский район, ранен мужчина.", geocoder=geocoder)) == ["Belovodsk Raion"]


def test_a_village_the_gazetteer_lacks_in_a_post_that_keeps_to_one_okrug(geocoder):
    text = ("Украинские военные атаковали Грайворонский округ Белгородской области, сообщил губернатор. "
            "В самом Грайвороне ранен мужчина. В селе Козинка повреждена линия электропередачи. "
            "Ремонт начнётся завтра. Позже на село Перелесное с дрона сбросили взрывное устройство.")
    places = _events(text, geocoder=geocoder)
    assert "Perelesnoye (near Grayvoron)" in places and places["Perelesnoye (near Grayvoron)"].admin1 == "Belgorod Oblast"


def test_a_toll_broken_down_after_a_dash_goes_to_each_place(geocoder):
    text = ("Минулої доби через російські удари на Донеччині загинули п'ятеро жителів – "
            "четверо в Костянтинівці та один у Дружківці.")
    events = _events(text, geocoder=geocoder)
    assert (events["Kostiantynivka"].killed, events["Druzhkivka"].killed) == (4, 1)


@pytest.mark.parametrize("sentence, expected", [
    ("A woman there suffered barotrauma and shrapnel wounds to her hands.", [("injured", 1)]),
    ("A drone hit a van near the village and its driver died.", [("killed", 1)]),
    ("He was taken to hospital, but doctors were unable to save him.", [("killed", 1)]),
])
def test_a_wound_suffered_there_and_a_death_told_by_a_role_or_the_doctors(sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon("en"))] == expected


def test_a_toll_told_of_the_whole_region_is_not_the_last_places(geocoder):
    text = ("Російська артилерія зруйнувала приватний будинок у Нікополі, загинула жінка. "
            "Раніше того ж дня голова ОВА повідомляв про чотирьох постраждалих від атак на області.")
    nikopol = _events(text, geocoder=geocoder)["Nikopol"]
    assert (nikopol.killed, nikopol.injured) == (1, None)


@pytest.mark.parametrize("text", [
    "A 38-year-old tractor driver from Chuhuiv was injured when his vehicle hit a mine left in a field.",
    "Мужчина из Купянска подорвался на неизвестном взрывоопасном предмете и получил ранения.",
])
def test_a_mine_is_no_strike(geocoder, text):
    assert _events(text, geocoder=geocoder) == {}


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Погибли двое взрослых; сведения о погибшем ребенке не подтвердились.", [("killed", 2)]),
    ("ru", "Мэрия сообщила о погибшем.", [("killed", 1)]),
    ("uk", "Чутки про загиблого водія не підтвердилися.", []),
])
def test_one_dead_told_of_is_a_figure_only_when_reported(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text", [
    "Російські дрони атакували Нікополь, поранено чоловіка. Раніше того ж дня голова ОВА повідомляв про обстріл "
    "Марганецької громади.",
    "Russian drones attacked Nikopol, wounding a man. Earlier in the day, the governor reported shelling of the "
    "Marhanets community.",
    "Российские дроны атаковали Никополь, ранен мужчина. Ранее в этот день дрон ударил по Марганцу.",
])
def test_a_strike_told_earlier_the_same_day_is_no_background(geocoder, text):
    assert {"Nikopol", "Marhanets"} <= set(_events(text, geocoder=geocoder))


@pytest.mark.parametrize("text", [
    "Ukrainian missiles struck Sevastopol on Sunday. Two people were killed. Near the beach 20 people were "
    "injured; another three were injured in Lyubimovka.",
    "ВСУ атаковали Севастополь ракетами. Погибли два человека. У пляжа пострадали 20 человек; ещё трое ранены "
    "в Любимовке.",
])
def test_a_figure_before_anothers_place_stays_with_the_place_told_before(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert (events["Sevastopol"].injured, events["Liubymivka"].injured) == (20, 3)


@pytest.mark.parametrize("text", [
    "Russian missiles struck Kropyvnytskyi on Saturday, three people were killed. Two guards were killed at a "
    "substation, another soldier was killed at the airfield.",
    "Російські ракети вдарили по Кропивницькому в суботу, загинули троє людей. На підстанції загинули двоє "
    "охоронців, ще загинув один військовий.",
])
def test_the_next_figures_another_does_not_make_the_one_before_it_more(geocoder, text):
    assert _events(text, geocoder=geocoder)["Kropyvnytskyi"].killed == 3


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "The village took two of the casualties: both men were admitted to hospital.", [("injured", 2)]),
    ("ru", "Ранены трое мужчин, старшему из них 79 лет, и две женщины.", [("injured", 5)]),
    ("uk", "Поранені троє чоловіків, найстаршому з них 70 років, та дві жінки.", [("injured", 5)]),
    ("ru", "Погибли сёстры 9 и 15 лет.", [("killed", 2)]),
    ("uk", "Поранені жінки 60 і 64 років.", [("injured", 2)]),
    ("en", "Women aged 60 and 64 were injured.", [("injured", 2)]),
    ("ru", "Погибли двое мужчин, пожилая женщина в тяжёлом состоянии.", [("killed", 2), ("injured", 1)]),
    ("uk", "Загинули двоє, підліток у важкому стані.", [("killed", 2), ("injured", 1), ("children", 1)]),
    ("en", "Two men were killed and a woman is in critical condition.", [("killed", 2), ("injured", 1)]),
    ("ru", "Ранены трое, мужчина в тяжёлом состоянии.", [("injured", 3)]),
    ("uk", "Дрон скинув боєприпас, поранивши трьох жінок і двох чоловіків.", [("injured", 5)]),
    ("ru", "Дрон сбросил боеприпас, ранив трёх женщин и двух мужчин.", [("injured", 5)]),
    ("ru", "Дрон ранив мужчину.", [("injured", 1)]),
    ("uk", "На жаль, є загиблий.", [("killed", 1)]),
    ("ru", "В результате удара есть раненый.", [("injured", 1)]),
])
def test_ninth_round_casualty_phrasings(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text", [
    "The governor said a drone attack on the Astrakhan region had been fought off and nobody was hurt.",
    "Атака беспилотников на Астрахань отражена, пострадавших нет.",
    "Атаку дронів на Одесу відбито, постраждалих немає.",
])
def test_an_attack_fought_off_with_nothing_hit_is_no_marker(geocoder, text):
    assert _events(text, geocoder=geocoder) == {}


@pytest.mark.parametrize("text", [
    "The attack on Odesa was repelled, but debris damaged a house.",
    "Атака на Белгород отражена, обломки повредили дом.",
])
def test_an_attack_fought_off_whose_debris_hit_is_a_marker(geocoder, text):
    assert len(_events(text, geocoder=geocoder)) == 1


@pytest.mark.parametrize("text", [
    "Russian drones struck Zaporizhzhia, killing a man who was driving over the dam of the Dnipro hydroelectric plant.",
    "Российский дрон атаковал Запорожье, погиб мужчина, ехавший по плотине Днепровской ГЭС.",
])
def test_a_power_plant_named_for_a_city_is_not_that_city(geocoder, text):
    assert set(_events(text, geocoder=geocoder)) == {"Zaporizhzhia"}


def test_the_previous_evening_is_the_day_before_the_story(geocoder):
    text = ("Russian shelling killed a man in Kherson on Monday, September 18. The governor also reported that "
            "Beryslav had been shelled the previous evening, wounding a woman.")
    assert _events(text, date(2023, 9, 18), geocoder)["Beryslav"].event_date == date(2023, 9, 17)


@pytest.mark.parametrize("text, place", [
    ("Російські удари тривали. На Донеччині загинув мешканець Комишувахи.", "Komyshuvakha"),
    ("Российские удары продолжались. В Донецкой области погиб житель Константиновки.", "Kostiantynivka"),
    ("Russian strikes continued. In the Donetsk region, a resident of Kostiantynivka was killed.", "Kostiantynivka"),
])
def test_a_resident_of_a_place_is_that_places_figure_not_the_regions(geocoder, text, place):
    assert _events(text, geocoder=geocoder)[place].killed == 1


@pytest.mark.parametrize("text", [
    "Russian drones struck Kupiansk, wounding five people. In the Sumy region, the administration counted nine "
    "injured.",
    "Російські дрони атакували Куп'янськ, поранено п'ятьох людей. На Сумщині ОВА налічила дев'ятьох постраждалих.",
])
def test_another_regions_tally_is_not_the_last_places(geocoder, text):
    assert _events(text, geocoder=geocoder)["Kupiansk"].injured == 5


@pytest.mark.parametrize("code, sentence", [
    ("en", "Russia launched 33 drones overnight; air defence shot down 26 of them."),
    ("uk", "Противник атакував 33 ударними БпЛА, сили ППО знищили 26 з них."),
    ("ru", "Россия направила на Киев 33 беспилотника, ПВО уничтожила 26 из них."),
])
def test_a_share_of_the_launched_downed_without_its_noun(code, sentence):
    assert interceptions(sentence, lexicon(code)) == {"drones_launched": 33, "drones_intercepted": 26}


def test_a_share_downed_in_the_next_sentence_is_of_the_weapon_launched_last(geocoder):
    text = ("Russia launched 33 drones at Kyiv overnight. Air defence shot down 26 of them. Debris damaged a "
            "house in the Darnytskyi district.")
    kyiv = _events(text, geocoder=geocoder)["Kyiv"]
    assert (kyiv.drones_launched, kyiv.drones_intercepted) == (33, 26)


def test_a_share_after_two_weapons_is_nobodys():
    figures = interceptions("Russia launched 33 drones and 4 missiles; 26 of them were shot down.")
    assert "drones_intercepted" not in figures and "missiles_intercepted" not in figures


@pytest.mark.parametrize("code, sentence, before, expected", [
    ("en", "Russia sent 16 attack drones at Ukraine overnight; 15 were brought down.", None,
     {"drones_launched": 16, "drones_intercepted": 15}),
    ("ru", "Уничтожены 42 — над Сумской и Полтавской областями.", "drones", {"drones_intercepted": 42}),
    ("uk", "Знищено 42 — над Сумщиною та Полтавщиною.", "drones", {"drones_intercepted": 42}),
    ("uk", "Знищено 42 — над Сумщиною та Полтавщиною.", None, {}),
    ("uk", "Ворог випустив 4 крилаті ракети, усі збито.", None, {"missiles_launched": 4, "missiles_intercepted": 4}),
    ("ru", "ВСУ выпустили четыре ракеты, все сбиты.", None, {"missiles_launched": 4, "missiles_intercepted": 4}),
    ("en", "Russia fired four cruise missiles; all were shot down.", None,
     {"missiles_launched": 4, "missiles_intercepted": 4}),
    ("en", "Overnight the air force brought down every one of the 14 attack drones.", None,
     {"drones_launched": 14, "drones_intercepted": 14}),
    ("en", "Overnight the air force brought down all of the 14 attack drones.", None,
     {"drones_launched": 14, "drones_intercepted": 14}),
    ("en", "Russia sent eight drones at Odesa, and air defence downed each one of them.", None,
     {"drones_launched": 8, "drones_intercepted": 8}),
    ("en", "Overnight the air force brought down one of the 14 attack drones.", None,
     {"drones_launched": 14, "drones_intercepted": 1}),
    ("uk", "Над областю сили ППО знешкодили 12 безпілотників.", None, {"drones_intercepted": 12}),
    ("ru", "Всего обнаружено 60 БпЛА, уничтожены 42 над Сумской областью.", None,
     {"drones_launched": 60, "drones_intercepted": 42}),
    ("uk", "Радіотехнічними військами виявлено 60 ударних БпЛА.", None, {"drones_launched": 60}),
])
def test_a_bare_figure_downed_is_of_the_weapon_launched_last(code, sentence, before, expected):
    assert interceptions(sentence, lexicon(code), before) == expected


@pytest.mark.parametrize("text", [
    "Russian drones struck the Kharkiv region overnight. Three people were injured in Kharkiv and two in Zolochiv.",
    "Російські дрони атакували Харківщину вночі. У Харкові поранено трьох людей, у Золочеві — двох.",
    "Российские дроны атаковали Харьковскую область ночью. В Харькове ранены три человека, в Золочеве — двое.",
])
def test_a_bare_figure_for_a_second_place_counts_what_the_first_counted(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert (events["Kharkiv"].injured, events["Zolochiv"].injured) == (3, 2)


def test_a_bare_figure_after_and_is_a_places_only_before_a_place_name(geocoder):
    events = _events("Russian drones struck Kharkiv overnight. One person was killed and 20 in hospital were "
                     "evacuated.", geocoder=geocoder)
    assert (events["Kharkiv"].killed, events["Kharkiv"].injured) == (1, None)


@pytest.mark.parametrize("text", [
    "Вячеслав Гладков сообщил об атаках на Шебекинский округ: по городу Шебекино и сёлам Белянка, Мешковое, Муром "
    "выпущено 20 снарядов.",
    "Вячеслав Гладков повідомив про атаки на Шебекинський округ: по місту Шебекіно та селах Білянка, Мешкове, Муром "
    "випущено 20 снарядів.",
])
def test_a_name_called_a_village_is_not_the_large_town_of_that_name(geocoder, text):
    # The villages of the okrug are marked at its centre under their own names; Murom is never the town.
    events = _events(text, geocoder=geocoder)
    assert "Shebekino" in events and len(events) == 4
    assert all(e.admin1 == "Belgorod Oblast" for e in events.values())


def test_a_village_across_the_border_is_not_taken_on_its_name_alone(geocoder):
    text = ("Вячеслав Гладков подвёл итоги суток: по городу Шебекино били 22 беспилотника. "
            "В Стрелечьем пострадало оборудование коммерческого объекта.")
    # (Стрелечье lies across the border, in Kharkiv Oblast; a village of Belgorod Oblast of a Ukrainian-sounding
    # name is its own: "Червона Дибровка" of the Shebekino okrug)
    assert set(_events(text, geocoder=geocoder)) == {"Shebekino"}
    text = text.replace("В Стрелечьем", "В Червоной Дибровке")
    assert _events(text, geocoder=geocoder)["Chervona Dibrovka"].admin1 == "Belgorod Oblast"


def test_a_share_brought_down_is_no_second_launch():
    from dashboard.attack_records import read_night_summary

    records = read_night_summary("Ukraine's air force said Russia launched 37 Shahed drones overnight, and that 33 "
                                 "of the drones were brought down over the south.", date(2024, 5, 31))
    drones = [(r.launched, r.shot_down) for r in records if r.category == "drone"]
    assert drones == [(37, 33)]


@pytest.mark.parametrize("code, sentence", [
    ("ru", "В Фастовском районе 33-летний мужчина получил резаные раны груди, его госпитализировали."),
    ("ru", "Женщина получила ожоги."),
    ("uk", "Жінка отримала опіки."),
])
def test_wounds_and_burns_count_as_injured(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 1)]


@pytest.mark.parametrize("text, place", [
    ("Air defence destroyed a drone over the Cherkasy district overnight. Debris fell on a power line and damaged "
     "several houses.", "Cherkasy"),
    ("ППО збила дрон над Черкаським районом. Уламки впали на лінію електропередачі й пошкодили кілька будинків.",
     "Cherkasy"),
    ("ПВО сбила беспилотник над Белгородским районом. Обломки упали на линию электропередачи и повредили дома.",
     "Belgorod"),
])
def test_debris_in_the_next_sentence_fell_where_the_weapon_was_downed(geocoder, text, place):
    assert list(_events(text, geocoder=geocoder)) == [place]


def test_a_weapon_downed_with_no_debris_told_is_no_marker(geocoder):
    assert _events("Air defence destroyed a drone over the Cherkasy district overnight. No one was hurt.",
                   geocoder=geocoder) == {}


@pytest.mark.parametrize("text", [
    "A Ukrainian shell hit the village of Perelesnoye in the Belgorod region, injuring two people.",
    "Украинский снаряд попал в село Перелесное Белгородской области, ранены два человека.",
])
def test_a_village_that_cannot_be_placed_is_not_marked_at_its_oblasts_middle(geocoder, text):
    result = extract(Report(text, date(2025, 3, 5)), geocoder)
    assert result.events == []
    assert any("Perelesnoye" in w or "Перелесное" in w for w in result.warnings)


def test_people_hurt_in_a_named_raion_mark_it_without_a_strike_word(geocoder):
    events = _events("Киевская область этой ночью оказалась под ударом дронов. В Фастовском районе мужчина получил "
                     "резаные раны.", geocoder=geocoder)
    assert list(events) == ["Fastiv Raion"] and events["Fastiv Raion"].injured == 1


def test_people_hurt_told_by_a_regions_head_stay_with_the_strike_told(geocoder):
    events = _events("A shell struck a minibus in central Donetsk on Friday, killing seven. Denis Pushilin, head of "
                     "the self-proclaimed Donetsk 'republic', said ten more people had been taken to hospital.",
                     geocoder=geocoder)
    assert list(events) == ["Donetsk"] and (events["Donetsk"].killed, events["Donetsk"].injured) == (7, 10)


@pytest.mark.parametrize("text", [
    "Russian shelling of Kherson killed a local man. The governor reported it on Saturday evening, 23 August. "
    "According to him, Russian forces shelled the city's Tsentralnyi district on the previous evening.",
    "Через російський обстріл Херсона загинув місцевий житель. Про це ввечері в суботу, 23 серпня, повідомив "
    "голова ОВА. За його словами, напередодні ввечері російські військові обстріляли Центральний район міста.",
])
def test_a_strike_dated_after_its_telling_moves_to_its_own_day(geocoder, text):
    events = extract(Report(text, date(2025, 8, 23)), geocoder).events
    assert {(e.place, e.event_date, e.date_precision) for e in events} == {
        ("Kherson", date(2025, 8, 22), "day"), ("Tsentralnyi", date(2025, 8, 22), "day")}
    assert len({e.attack_id for e in events}) == 1


@pytest.mark.parametrize("text", [
    "Російські дрони атакували Київ вночі. На виклик медиків у Дарницький район пошкоджень і постраждалих не знайшли.",
    "Российские дроны атаковали Киев ночью. В Дарницком районе повреждений и пострадавших нет.",
    "Russian drones attacked Kyiv overnight. Medics called to the Darnytskyi district found no damage or casualties.",
])
def test_a_district_where_nothing_was_found_is_no_marker(geocoder, text):
    assert list(_events(text, geocoder=geocoder)) == ["Kyiv"]


@pytest.mark.parametrize("text, raion", [
    ("Уламки дрона впали у Лубенському районі Полтавської області, сталася пожежа в будинку.", "Lubny Raion"),
    ("В Роменском районе Сумской области повреждены дома.", "Romny Raion"),
])
def test_a_raion_whose_adjective_keeps_a_vowel_its_centre_drops(geocoder, text, raion):
    assert list(_events(text, geocoder=geocoder)) == [raion]


def test_a_raion_of_another_clause_is_struck_not_a_locator(geocoder):
    events = _events("В Грайворонском округе взрывы дронов повредили частные дома, а в Валуйском районе удары пришлись "
                     "по фермерским хозяйствам.", geocoder=geocoder)
    assert set(events) == {"Grayvoron", "Valuyki Raion"}


@pytest.mark.parametrize("text", [
    "В городе Грайворон FPV-дрон взорвался у многоквартирного дома.",
    "A drone exploded near an apartment block in Grayvoron.",
])
def test_a_drone_that_exploded_struck(geocoder, text):
    assert list(_events(text, geocoder=geocoder)) == ["Grayvoron"]


def test_a_region_of_a_citys_name_is_the_oblast(geocoder):
    assert list(_events("A Russian drone attack on the southern Ukrainian region of Odesa injured five people.",
                        geocoder=geocoder)) == ["Odesa Oblast"]


def test_no_fewer_than_is_a_figure(geocoder):
    events = _events("Russian drones attacked Odesa early on Thursday, killing at least two people and injuring no "
                     "fewer than 15 more.", geocoder=geocoder)
    assert (events["Odesa"].killed, events["Odesa"].injured) == (2, 15)


@pytest.mark.parametrize("text", [
    "Russian missiles struck the Kirovohrad region overnight. The governor said the strikes had damaged the grid "
    "and Kropyvnytskyi had been left without power.",
    "Російські ракети вдарили по Кіровоградщині вночі. Через удари по енергосистемі Кропивницький залишився без світла.",
])
def test_a_city_left_without_power_is_not_struck(geocoder, text):
    assert "Kropyvnytskyi" not in _events(text, geocoder=geocoder)


@pytest.mark.parametrize("text, gone, kept", [
    ("Settlements in the Kharkiv and Chuhuiv districts came under fire. Four houses were damaged in Kozacha Lopan in "
     "the Kharkiv district, and artillery fire on Vilcha in the Chuhuiv district hit 11 houses.",
     {"Kharkiv Raion", "Chuhuiv Raion"}, {"Kozacha Lopan", "Vilcha"}),
    ("У Куп'янську-Вузловому поранено чоловіка. У Куп'янському районі пошкоджені будинки.",
     {"Kupiansk Raion"}, {"Kupiansk-Vuzlovyi"}),
])
def test_a_raion_gives_way_to_the_villages_placed_in_it(geocoder, text, gone, kept):
    # A village the sentence places in the raion, or a town beside the raion's centre.
    events = _events(text, geocoder=geocoder)
    assert kept <= set(events) and not gone & set(events)


def test_a_raion_with_its_own_casualties_keeps_its_marker(geocoder):
    events = _events("Російський удар по Запорізькому району поранив трьох жінок. Раніше того ж дня повідомлялося про "
                     "поранення жінки в Комишувасі Запорізького району.", geocoder=geocoder)
    assert events["Zaporizhzhia Raion"].injured == 3


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Осколки задели водителя, раненого на скорой повезли в областную больницу."),
    ("ru", "Пострадавшую госпитализировали."),
    ("ru", "Водителя ранило осколками."),
    ("uk", "Уламки зачепили водія, пораненого швидка повезла до обласної лікарні."),
    ("uk", "Поранений госпіталізований."),
    ("uk", "Водія поранило уламками."),
])
def test_the_word_for_one_wounded_person_and_the_impersonal_wound(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 1)]


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Ранен водитель, раненого доставили в больницу."),
    ("uk", "Поранено водія, пораненого доправили до лікарні."),
])
def test_the_wounded_taken_to_hospital_are_not_counted_twice(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 1)]


def test_a_regional_tally_told_before_its_damage_belongs_to_that_region(geocoder):
    events = _events("Russian drones damaged an industrial site in the Poltava region. Six drones were shot down over "
                     "the Mykolaiv region, its governor said. Debris from one of them destroyed a private house.",
                     geocoder=geocoder)
    assert events["Mykolaiv Oblast"].drones_intercepted == 6


def test_a_drone_that_detonated_struck(geocoder):
    assert list(_events("Губернатор заявив, що коли він у Грайвороні розмовляв з мешканцями, дрон здетонував.",
                        geocoder=geocoder)) == ["Grayvoron"]


@pytest.mark.parametrize("text", [
    "Уламки впали на селище Ювілейне в Курському районі, зайнявся приватний будинок.",
    "Обломки упали на поселок Юбилейный в Курском районе, загорелся частный дом.",
])
def test_a_village_known_only_elsewhere_is_placed_by_the_raion_after_it(geocoder, text):
    # (at the raion's centre, or at Юбилейный of the Kursk raion: never Ювілейне of Dnipropetrovsk Oblast)
    events = extract(Report(text, date(2025, 3, 5)), geocoder).events
    assert [e.admin1 for e in events] == ["Kursk Oblast"]
    assert events[0].place.startswith(("Yuvileine", "Yubileyn"))


def test_an_outlets_suggestion_names_no_attacker(geocoder):
    events = _events("Some Ukrainian outlets suggested the shelling was meant to distract from the Russian missile "
                     "strikes earlier the same morning: in Uman a missile hit a block of flats.", geocoder=geocoder)
    assert events["Uman"].attacker == "Russia"


def test_a_roundups_paragraph_places_its_homonyms_in_the_region_it_named(geocoder):
    events = _events("На Донеччині загинув мешканець Комишувахи. На Сумщині ОВА налічила дев'ятьох постраждалих. "
                     "В Андріяшівській громаді ракетний удар травмував трьох цивільних.", geocoder=geocoder)
    assert events["Andriiashivka"].admin1 == "Sumy Oblast"


def test_a_town_named_only_as_its_okrug_gives_way_to_the_village_told_after(geocoder):
    events = _events("Утром ВСУ обстреляли сразу несколько сёл Шебекинского округа. На хуторе Балки снаряд разрушил "
                     "частный дом.", geocoder=geocoder)
    assert [name.split(" (")[0] for name in events] == ["Balki"]


@pytest.mark.parametrize("text", [
    "Сусідню Ворожбу накрили реактивною артилерією, пошкоджено житловий будинок.",
    "У Ворожбі окупанти застосували авіацію та дрон-камікадзе.",
])
def test_covered_by_fire_and_weapons_used_on_a_place_are_strikes(geocoder, text):
    assert list(_events(text, geocoder=geocoder)) == ["Vorozhba"]


def test_a_sentences_first_word_capitalised_is_no_part_of_a_name(geocoder):
    # "Старая Николаевка" unknown as a whole is no Николаевка; "Соседнюю" starts no name.
    assert list(_events("Соседнюю Ворожбу обстреляли из артиллерии.", geocoder=geocoder)) == ["Vorozhba"]


def test_an_okrug_with_casualties_of_its_own_keeps_its_marker(geocoder):
    events = _events("Мирный житель пострадал от FPV-дрона в Валуйском округе. Кроме того, в селе Казинка того же "
                     "округа беспилотник атаковал автомобиль.", geocoder=geocoder)
    assert events["Valuyki"].injured == 1


@pytest.mark.parametrize("text", [
    "У Семенівці загинув місцевий житель, повідомив у середу зранку голова ОВА. За його словами, учора вранці "
    "російський FPV-дрон поцілив у магазин у місті.",
    "В Семеновке погиб мужчина, сообщил в среду утром глава ОВА. По его словам, вчера утром российский дрон попал в "
    "магазин в городе.",
    "A man was killed in Semenivka, the governor said on Wednesday morning. He said a Russian drone hit a shop in the "
    "town yesterday.",
])
def test_a_strike_dated_only_by_its_telling_takes_the_day_told_next(geocoder, text):
    # 2025-03-05 is a Wednesday: the strike was the day before.
    events = extract(Report(text, date(2025, 3, 5)), geocoder).events
    assert [(e.place, e.event_date) for e in events] == [("Semenivka", date(2025, 3, 4))]


@pytest.mark.parametrize("code, sentence", [
    ("uk", "У Дніпрі 2 грудня — день жалоби за чотирма людьми, які загинули від ракетного удару напередодні."),
    ("ru", "В Днепре 2 декабря объявлен днём траура по четырём погибшим от ракетного удара накануне."),
    ("en", "In Dnipro, December 2 was declared a day of mourning for four people killed by a missile the day before."),
])
def test_a_day_of_mourning_is_not_the_day_of_the_strike(code, sentence):
    assert date_in(sentence, date(2025, 12, 2), lex=lexicon(code)) == (date(2025, 12, 1), "day")


def test_the_day_before_a_day_of_mourning_counts_from_that_day(geocoder):
    events = _events("Кількість загиблих унаслідок атаки на Київ 29 листопада зросла до трьох. У Дніпрі 2 грудня — день "
                     "жалоби за чотирма людьми, які загинули від ракетного удару напередодні.",
                     published=date(2025, 12, 2), geocoder=geocoder)
    assert (events["Kyiv"].event_date, events["Dnipro"].event_date) == (date(2025, 11, 29), date(2025, 12, 1))


def test_an_earlier_days_toll_for_the_region_does_not_redate_the_strike(geocoder):
    events = _events("Упродовж дня армія РФ обстрілювала Покровський район, повідомив голова ОВА. У Кураховому одна "
                     "людина загинула. Напередодні в області було поранено трьох мирних жителів.", geocoder=geocoder)
    assert events["Kurakhove"].event_date == date(2025, 3, 5)


def test_a_hromada_is_in_ukraine_never_a_namesake_across_the_border(geocoder):
    events = _events("Мешканець Борівської громади отримав вибухову травму: російські війська скинули на село авіабомби. "
                     "Двічі зазнавало обстрілу село на Ізюмщині.", geocoder=geocoder)
    assert events["Borova"].admin1 == "Kharkiv Oblast"


def test_a_towns_genitive_read_as_an_adjective_is_still_the_town(geocoder):
    assert list(_events("Чоловік дістав поранення внаслідок артобстрілу Куп'янська.", geocoder=geocoder)) == ["Kupiansk"]


def test_a_village_in_a_land_named_after_its_town_is_placed_in_that_raion(geocoder):
    # "Чернещина" is called a village: not a land around a town "Черн-"; "на Ізюмщині" places it, at the
    # raion's own village of the name.
    events = extract(Report("Двічі зазнавало обстрілу село Чернещина на Ізюмщині: пошкоджені два будинки.",
                            date(2025, 3, 5)), geocoder).events
    assert [(e.admin1, e.geo_precision, round(e.latitude, 2)) for e in events] == [("Kharkiv Oblast", "city", 49.31)]
    assert events[0].place.startswith("Cherneshch")


def test_the_casualties_after_a_place_that_could_not_be_placed_are_not_the_place_before(geocoder):
    events = _events("Ворог обстріляв Глухів, пошкоджено будинок. Ворог обстріляв село Гопсаківка із мінометів. Постраждали "
                     "п'ятеро людей.", geocoder=geocoder)
    assert list(events) == ["Hlukhiv"] and events["Hlukhiv"].injured is None


@pytest.mark.parametrize("text, killed", [
    ("В Белгородской области при атаке беспилотника погиб человек — Гладков\nГубернатор Белгородской области "
     "сообщил о гибели местного жителя в результате удара беспилотника. Также пострадал частный дом.", 1),
])
def test_a_region_the_headline_names_is_the_place_when_the_body_names_none(geocoder, text, killed):
    events = _events(text, geocoder=geocoder)
    assert list(events) == ["Belgorod Oblast"] and events["Belgorod Oblast"].killed == killed


@pytest.mark.parametrize("sentence, expected", [
    ("При атаке беспилотника погиб человек.", [("killed", 1)]),
    ("При атаке дрона на село пострадал человек.", [("injured", 1)]),
    ("Погибли пять человек.", [("killed", 5)]),
])
def test_a_singular_verb_makes_chelovek_one_person(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon("ru"))] == expected


@pytest.mark.parametrize("text, place", [
    ("A Ukrainian drone attack in the southern Russian region of Bryansk injured one person, the governor said. He "
     "said the incident occurred in the town of Trubchevsk.", "Trubchevsk"),
    ("Украинский дрон атаковал автомобиль в Брянской области, ранен мирный житель. Инцидент произошел в Трубчевске.",
     "Trubchevsk"),
])
def test_where_the_incident_occurred_is_the_regions_strike(geocoder, text, place):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [place] and events[place].injured == 1


def test_the_city_a_region_is_named_after_is_the_city_told_of(geocoder):
    events = _events("Debris from a drone destroyed over Russia's Belgorod region fell on homes and killed three people, "
                     "the governor said. Air defence shot down a drone approaching the city, and its debris destroyed "
                     "several homes.", geocoder=geocoder)
    assert list(events) == ["Belgorod"] and events["Belgorod"].killed == 3


@pytest.mark.parametrize("sentence, expected", [
    ("Rescuers found the bodies of a man and a woman in the rubble.", [("killed", 2)]),
    ("Another man and woman injured in the attack were taken to hospital.", [("injured", 2)]),
])
def test_people_named_one_by_one_after_bodies_of_or_before_a_participle(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon("en"))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Росіяни обстріляли Червоний Маяк, пошкоджено будинок.", []),
    ("Під обстрілом були Золота Балка і Берислав.", ["Beryslav"]),
])
def test_an_adjective_the_dictionary_reads_first_as_a_surname_is_no_place_alone(geocoder, text, expected):
    # "Червоний Маяк", "Золота Балка": villages the gazetteer lacks, not Chervone and Maiak, nor Zolote.
    assert list(_events(text, geocoder=geocoder)) == expected


@pytest.mark.parametrize("text, place", [
    ("Під час нічної тривоги оборонці знищили ворожий безпілотник у Черкаському районі. Уламки впали на лінію "
     "електропередачі, пошкодили кілька будинків.", "Cherkasy"),
    ("Во время ночной тревоги защитники уничтожили вражеский беспилотник в Черкасском районе. Обломки упали на линию "
     "электропередачи, повредили несколько домов.", "Cherkasy"),
])
def test_during_an_air_alert_says_when_not_that_nothing_happened(geocoder, text, place):
    assert list(_events(text, geocoder=geocoder)) == [place]


def test_a_long_siege_in_a_headline_is_no_marker(geocoder):
    text = ("Чаус: 49 населених пунктів Чернігівщини досі під постійними обстрілами\nЗа минулий місяць прикордоння "
            "тридцять п'ять разів бомбила авіація.")
    assert _events(text, geocoder=geocoder) == {}


def test_a_place_measured_from_is_not_struck(geocoder):
    events = _events("One more person was killed and another one injured in attacks on the village of Ocheretyne, "
                     "Donetsk, some nine miles northwest of the recently captured Avdiivka, the regional governor said.",
                     geocoder=geocoder)
    assert list(events) == ["Ocheretyne"]


def test_a_count_of_regions_attacked_marks_none_of_them(geocoder):
    events = _events("Russian shelling killed three people in Kherson. Russia targeted a total of nine Ukrainian "
                     "regions – Dnipropetrovsk, Sumy, Mykolaiv, Kherson, Kharkiv, and Donetsk.", geocoder=geocoder)
    assert list(events) == ["Kherson"]


def test_regions_listed_after_their_noun_are_regions(geocoder):
    events = _events("Russian drones attacked the southern regions – Mykolaiv, Odesa and Kherson, the air force said.",
                     geocoder=geocoder)
    assert set(events) == {"Mykolaiv Oblast", "Odesa Oblast", "Kherson Oblast"}


def test_a_figure_told_of_the_country_is_no_places(geocoder):
    events = _events("Russian attacks killed at least seven civilians in Ukraine and damaged the power grid in the "
                     "city of Kharkiv.", geocoder=geocoder)
    assert events["Kharkiv"].killed is None
    events = _events("A Russian missile killed three people in Ukraine's second city Kharkiv.", geocoder=geocoder)
    assert events["Kharkiv"].killed == 3


@pytest.mark.parametrize("text, killed", [
    ("Russian forces killed 3 civilians in the region: in Pokrovsk, Myrnohrad and Kostiantynivka.", 1),
    ("Russian forces killed 4 civilians in the region: in Pokrovsk, Myrnohrad and Kostiantynivka.", None),
])
def test_a_toll_spread_over_places_with_no_figure_of_their_own(geocoder, text, killed):
    events = _events(text, geocoder=geocoder)
    assert {e.killed for e in events.values()} == {killed} and len(events) == 3


def test_a_small_town_called_a_village_near_the_story_is_the_town(geocoder):
    events = _events("One man was killed in attacks on Ocheretyne in the Donetsk region. Around 22 miles south west, in "
                     "the village of Selydove, four people were injured after Russian missile fire.",
                     published=date(2024, 3, 5), geocoder=geocoder)  # (both towns held by Russia since late 2024)
    assert events["Selydove"].injured == 4 and events["Ocheretyne"].injured is None


def test_a_sentence_naming_no_region_reads_its_villages_in_the_last_region_named(geocoder):
    events = _events("Russian shelling damaged houses in the Sumy region. In the Donetsk region, Russian forces killed "
                     "a man in Pokrovsk. Five more people were injured during the day, two each in Myrnohrad and "
                     "Novohryhorivka.", geocoder=geocoder)
    # (not the Kherson Oblast town the gazetteer knows by size: the Donetsk village nearest the places told)
    assert events["Novohryhorivka"].admin1 == "Donetsk Oblast" and events["Novohryhorivka"].injured == 2


@pytest.mark.parametrize("code, sentence", [
    ("en", "A man was seriously wounded and later died in hospital."),
    ("ru", "Тяжелое ранение получил мужчина около 55 лет, умерший в больнице."),
    ("uk", "Тяжке поранення дістав чоловік, який згодом помер у лікарні."),
])
def test_one_person_wounded_who_died_is_one_dead_not_one_hurt(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("killed", 1)]


@pytest.mark.parametrize("code, sentence", [
    ("ru", "В селе получили травмы 65-летний и 70-летний мужчины."),
    ("uk", "У селі дістали травми 65-річний і 70-річний чоловіки."),
])
def test_people_told_by_their_ages_as_adjectives(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 2)]


def test_a_closing_sentence_of_the_last_places_hits_is_that_places(geocoder):
    events = _events("В результате обстрелов Купянска тяжелое ранение получил мужчина, умерший в больнице. По пгт Рогань "
                     "оккупанты нанесли удар двумя ракетами. Зафиксированы попадания в землю, без разрушений и "
                     "пострадавших.", geocoder=geocoder)
    assert (events["Kupiansk"].killed, events["Rohan"].killed) == (1, 0)


@pytest.mark.parametrize("text, place", [
    ("В Белгороде целью беспилотника стала остановка общественного транспорта. В результате пострадали шесть мирных "
     "жителей.", "Belgorod"),
    ("У Херсоні ціллю дрона стала зупинка громадського транспорту. Унаслідок цього постраждали шестеро людей.",
     "Kherson"),
])
def test_what_a_drone_made_its_target_was_struck(geocoder, text, place):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [place] and events[place].injured == 6


def test_a_district_named_alone_is_the_headlines_citys(geocoder):
    events = _events("Сегодня ночью по Харькову ударил дрон\nРоссийский беспилотник ударил по городу около 01:00. Мэр "
                     "уточнил: под атакой оказался Слободской район.", geocoder=geocoder)
    assert "Slobidskyi" in events and all(e.admin1 == "Kharkiv Oblast" for e in events.values())


@pytest.mark.parametrize("code, sentence", [
    ("ru", "В медучреждения доставили 33-летнюю женщину и 13-летнюю девочку."),
    ("uk", "До лікарні доправили 33-річну жінку та 13-річну дівчинку."),
])
def test_people_named_one_by_one_taken_to_hospital(code, sentence):
    found = {key: n for key, n, _ in casualties(sentence, lexicon(code))}
    assert (found.get("injured"), found.get("children")) == (2, 1)


@pytest.mark.parametrize("text, own, shared", [
    ("Обстріли вбили п'ятьох цивільних у Донецькій області: двох у Лимані й по одному в Кураховому та Авдіївці.",
     "Lyman", ("Kurakhove", "Avdiivka")),
    ("Обстрелы унесли жизни пятерых мирных жителей Донецкой области: двоих в Лимане и по одному в Курахово и "
     "Авдеевке.", "Lyman", ("Kurakhove", "Avdiivka")),
    ("Shelling killed five civilians in the Donetsk region: two in Lyman and one each in Kurakhove and Avdiivka.",
     "Lyman", ("Kurakhove", "Avdiivka")),
])
def test_a_figure_told_in_its_own_place_is_not_the_total_shared_out(geocoder, text, own, shared):
    events = _events(text, geocoder=geocoder)
    assert events[own].killed == 2 and [events[p].killed for p in shared] == [1, 1]


@pytest.mark.parametrize("text", [
    "Five people were injured: two each in Kharkiv and Zolochiv, and one more in Bohodukhiv.",
    "Поранено п'ятьох людей: по двоє в Харкові та Золочеві, ще одну людину — у Богодухові.",
    "Ранены пять человек: по двое в Харкове и Золочеве, ещё один — в Богодухове.",
])
def test_a_share_each_ends_at_the_next_figure(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert [events[p].injured for p in ("Kharkiv", "Zolochiv", "Bohodukhiv")] == [2, 2, 1]


def test_another_day_stated_for_the_same_place_is_another_strike(geocoder):
    events = extract(Report("Обстріли 21 листопада забрали життя двох мешканців області — по одному в Бахмуті та "
                            "Кураховому. Ще двоє людей поранені: одна в Бахмуті, одна в Авдіївці. Найбільше у вівторок "
                            "дісталося Авдіївці: зранку по центру міста вдарила артилерія.", date(2022, 11, 22)),
                     geocoder).events
    assert sorted(str(e.event_date) for e in events if e.place == "Avdiivka") == ["2022-11-21", "2022-11-22"]


def test_the_district_head_is_no_place_told_again(geocoder):
    events = _events("A Ukrainian drone attacked the car of the head of the Belovsky district in Russia's Kursk region. "
                     "It is the second time drones have targeted the district head.", geocoder=geocoder)
    assert "Kursk" not in events


def test_an_unknown_name_called_a_village_by_apposition_is_no_regions_strike(geocoder):
    result = extract(Report("Two people were injured when drones attacked Masychevo, a village in the Rostov region, "
                            "the governor said.", date(2025, 11, 2)), geocoder)
    assert result.events == [] and any("Masychevo" in w for w in result.warnings)
    # (with its raion named, the village lies in that raion: Myasnikovsky, seat Chaltyr)
    result = extract(Report("Two people were injured when drones attacked Masychevo, a village in the Myasnikovsky "
                            "district of the Rostov region, the governor said.", date(2025, 11, 2)), geocoder)
    assert [(e.place, e.injured) for e in result.events] == [("Chaltyr Raion", 2)]
    assert any("Masychevo" in w for w in result.warnings)


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "26 сентября подросток получил ранения при атаке дрона.", [("injured", 1), ("children", 1)]),
    ("ru", "3 марта мужчина погиб при обстреле.", [("killed", 1)]),
    ("uk", "26 вересня підліток дістав поранення.", [("injured", 1), ("children", 1)]),
    ("uk", "Є 3 травмованих.", [("injured", 3)]),  # a word that begins like a month's name is no date
])
def test_a_day_of_the_month_is_no_count_of_people(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("en", "The driver was fatally wounded.", [("killed", 1)]),
    ("ru", "Водитель получил смертельные ранения.", [("killed", 1)]),
    ("uk", "Водій дістав смертельні поранення.", [("killed", 1)]),
    ("ru", "Пострадал глава поселка.", [("injured", 1)]),
    ("uk", "Поранено старосту села.", [("injured", 1)]),
    ("ru", "Ранены женщина 1961 г.р. и мужчина 1960 г.р.", [("injured", 2)]),
    # (two words before the person; "minor" the adjective, no child)
    ("en", "A delivery van driver suffered a minor head injury.", [("injured", 1)]),
    # (wounds no one survives, after the people who got them: all were killed)
    ("ru", "Три человека получили ранения, несовместимые с жизнью.", [("killed", 3)]),
    ("uk", "Троє людей отримали поранення, несумісні з життям.", [("killed", 3)]),
])
def test_people_the_casualty_words_count(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, place", [
    # Villages the gazetteer lacks, both of the raion named after them: the first, at the raion's centre.
    ("Курская область под ударом. Украинский дрон атаковал автомобиль между селом Масычево и деревней "
     "Сподарюшино Рыльского района, ранен водитель.", "Masychevo (Rylsk Raion)"),
    # Villages the gazetteer has: the first, at its own point.
    ("Курская область под ударом. Украинский дрон атаковал автомобиль между селом Обеста и деревней Локоть "
     "Рыльского района, ранен водитель.", "Obesta"),
    ("Брянская область. Дрон атаковал автобус между сёлами Перелесное и Суворово Погарского района, погиб мужчина.",
     "Suvorovo"),
])
def test_a_strike_between_two_villages_is_placed_by_the_raion_after_them(geocoder, text, place):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [place]


def test_an_oxford_comma_list_of_oblasts_names_oblasts(geocoder):
    events = _events("Russian drones attacked the Chernihiv, Sumy, Kharkiv, and Zaporizhzhia oblasts overnight.",
                     geocoder=geocoder)
    assert sorted(events) == ["Chernihiv Oblast", "Kharkiv Oblast", "Sumy Oblast", "Zaporizhzhia Oblast"]


@pytest.mark.parametrize("text, places", [
    ("Drones struck the Belgorod region bordering Ukraine, injuring two.", ["Belgorod Oblast"]),
    ("Ukrainian drones hit a refinery in Ryazan, with Kyiv saying the strikes target Moscow's overall war effort.",
     ["Ryazan"]),
    ("Итоги дня на Херсонщине: враг продолжает обстрелы\nПо более отдалённой от Днепра Новокиевке Каланчакского "
     "округа враг сегодня ударил ракетой.", ["Novokyivka"]),
    ("Снаряд попал в здание шахты им. Гагарина в Горловке, погиб человек.", ["Horlivka"]),
])
def test_places_named_for_context_are_not_struck(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_towns_locative_read_as_an_adjective_is_still_the_town(geocoder):
    events = _events("Ворог атакував дронами підприємство у Новокуйбишевську Самарської області.", geocoder=geocoder)
    assert list(events) == ["Novokuybyshevsk"]


def test_a_tally_of_the_other_sides_drones_is_no_figure_of_this_strike(geocoder):
    events = _events("Kharkiv was hit by a Russian missile overnight, injuring four people. Russia's defence ministry "
                     "said it had downed nine Ukrainian drones.", geocoder=geocoder)
    assert events["Kharkiv"].drones_intercepted is None


def test_a_quote_restating_the_strike_at_a_time_of_day_is_not_another_day(geocoder):
    events = extract(Report("Ворог ввечері у суботу атакував Нікополь. Поранено жінку. \"Ввечері ворог атакував "
                            "Нікополь із важкої артилерії\", - повідомив голова ОВА.", date(2023, 8, 20)),
                     geocoder).events
    assert [(e.place, str(e.event_date)) for e in events] == [("Nikopol", "2023-08-19")]


def test_a_road_from_a_known_town_is_the_towns(geocoder):
    events = _events("На трасі Рильськ — Дурово в Рильському районі Курської області дрон поцілив в автомобіль, "
                     "поранено двох людей.", geocoder=geocoder)
    assert list(events) == ["Rylsk"] and events["Rylsk"].injured == 2


@pytest.mark.parametrize("text", [
    "Three were killed and four injured in Bakhmut, two killed and one injured in Siversk.",
    "Обстріли вбили трьох і поранили чотирьох у Бахмуті, двох убили й одного поранили в Сіверську.",
    "Обстрелы убили троих и ранили четверых в Бахмуте, двоих убили и одного ранили в Лимане.",
])
def test_a_pair_of_figures_belongs_to_the_place_after_the_second(geocoder, text):
    events = _events(text, geocoder=geocoder)
    second = "Lyman" if "Лимане" in text else "Siversk"
    assert [(events[p].killed, events[p].injured) for p in ("Bakhmut", second)] == [(3, 4), (2, 1)]


def test_a_figure_in_a_city_called_by_an_adjective_and_city_of(geocoder):
    events = _events("Two were killed in Odesa and one in the northern city of Sumy.", geocoder=geocoder)
    assert (events["Odesa"].killed, events["Sumy"].killed) == (2, 1)


def test_a_quote_that_opens_a_statement_does_not_make_its_place_context(geocoder):
    events = _events("Кличко повідомив про наслідки атаки на Київ\nКличко: «Оболонський район: уламки БпЛА впали на "
                     "дах будинку. Постраждали 2 особи.", geocoder=geocoder)
    assert events["Obolonskyi"].injured == 2


@pytest.mark.parametrize("code, sentence", [
    ("uk", "Жінка дістала контузію."),
    ("ru", "Женщина получила контузию."),
])
def test_a_concussion_is_an_injury(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 1)]


def test_a_recap_of_the_night_before_is_not_added_to_tonights_tally():
    text = ("У ніч на 14 вересня росіяни атакували 22 ударними БпЛА типу Shahed-136/131. Протиповітряною обороною "
            "знищено 17 ворожих БпЛА. Як повідомлялося, в ніч "
            "на середу, 13 вересня, Росія випустила по Україні 44 дрони-камікадзе. Сили протиповітряної оборони "
            "збили 32 БпЛА.")
    from dashboard.attack_records import read_night_summary
    records = read_night_summary(text, date(2023, 9, 14))
    assert [(r.launched, r.shot_down) for r in records] == [(22, 17)]


def test_a_launch_direction_list_with_a_semicolon_names_no_target(geocoder):
    events = _events("Ворог атакував Україну ударними БпЛА із трьох напрямків: мис Чауда – Крим; Єйськ, Курськ – РФ. "
                     "В Ізмаїльському районі пошкоджено інфраструктуру.", geocoder=geocoder)
    assert "Kursk" not in events


@pytest.mark.parametrize("text, place", [
    ("Чернігівщина під ударом. Шахед влучив у будинок в селі Ювілейне Новгород-Сіверського району. Як повідомив "
     "староста села Іван Шавша, зруйновані дві квартири.", "Yuvileine (Novhorod-Siverskyi Raion)"),
    ("Харківщина під обстрілами.\nУ Чугуївському районі пошкоджено гараж (сел. Печеніги).", "Pechenihy"),
])
def test_a_village_named_with_its_raion_or_in_brackets(geocoder, text, place):
    assert list(_events(text, geocoder=geocoder)) == [place]


def test_the_region_around_a_city_region_locates_it(geocoder):
    events = _events("A missile hit a beach in Sevastopol, the largest city in Russian-occupied Crimea, injuring five "
                     "people.", geocoder=geocoder)
    assert list(events) == ["Sevastopol"] and events["Sevastopol"].injured == 5


@pytest.mark.parametrize("text", [
    "Two people were killed and nine injured in Yasynuvata. 'Two people died and nine more were hurt today in "
    "Yasynuvata,' the mayor said.",
    "Two people were killed and nine injured in Yasynuvata. Two people died and nine more were hurt today in "
    "Yasynuvata, the mayor said.",
])
def test_a_toll_told_again_with_more_than_the_dead_is_not_added(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert (events["Yasynuvata"].killed, events["Yasynuvata"].injured) == (2, 9)


@pytest.mark.parametrize("sentence, expected", [
    ("Удар унёс жизни трёх женщин и мужчины.", [("killed", 4)]),
    ("Обстрел ранил двух мужчин и женщину.", [("injured", 3)]),
])
def test_a_counted_group_and_one_more_after_the_verb(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon("ru"))] == expected


def test_regions_under_fire_since_the_war_began_are_no_strike(geocoder):
    assert _events("Belgorod and other regions bordering Ukraine have come under regular attack since the war began.",
                   geocoder=geocoder) == {}


def test_an_attempted_attack_that_hit_a_building_is_a_strike(geocoder):
    events = extract(Report("Курская область под атакой.\n25 сентября дрон совершил попытку атаковать подстанцию в "
                            "Курчатове и зацепил строение.", date(2025, 9, 27)), geocoder).events
    assert [(e.place, str(e.event_date)) for e in events if e.place == "Kurchatov"] == [("Kurchatov", "2025-09-25")]


@pytest.mark.parametrize("sentence, expected", [
    ("Three men and a woman died in the strike.", [("killed", 4)]),
    ("Two more deaths were reported in the Poltava region.", [("killed", 2)]),
    ("Officials reported 11 injuries.", [("injured", 11)]),
])
def test_english_counts_of_people_and_of_deaths_and_injuries(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon("en"))] == expected


def test_a_figure_after_a_region_named_first_is_the_one_places_struck(geocoder):
    events = _events("In Kherson Oblast, one person was killed and three were injured following a strike against the "
                     "village of Bilozerka.", geocoder=geocoder)
    assert (events["Bilozerka"].killed, events["Bilozerka"].injured) == (1, 3)


@pytest.mark.parametrize("text, hurt", [
    ("Дніпропетровщина. Ворог атакував Нікополь, Марганецьку та Покровську громади. Поранено двох жителів району.",
     {}),
    ("Нікопольщина. Ворог атакував Марганець. Поранено двох жителів громади.", {"Marhanets": 2}),
])
def test_the_districts_residents_hurt_after_several_places_are_no_one_places(geocoder, text, hurt):
    events = _events(text, geocoder=geocoder)
    assert {p: e.injured for p, e in events.items() if e.injured} == hurt


def test_russia_today_is_an_outlet_not_a_day():
    found = date_in("According to Russia Today, the governor said on Wednesday that a shell exploded in a village.",
                    date(2022, 3, 25), None, lexicon("en"))
    assert found == (date(2022, 3, 23), "day")


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Ранения средней степени тяжести получила женщина."),
    ("ru", "Женщина 1977 года рождения была ранена."),
    ("ru", "Ещё одному мужчине медики оказали помощь на месте."),
    ("uk", "Жінці медики надали допомогу на місці."),
])
def test_one_person_hurt_told_in_other_words(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 1)]


def test_a_village_named_in_the_dative(geocoder):
    events = _events("Белгородская область. Беспилотник ударил по селу Никольское Белгородского района, ранена "
                     "женщина.", geocoder=geocoder)
    assert [e.injured for e in events.values()] == [1] and "Nikol" in next(iter(events))


@pytest.mark.parametrize("sentence, expected", [
    ("A woman born in 1935 was injured.", [("injured", 1)]),
    ("Another person was injured.", [("injured", 1)]),
    ("The man was fatally wounded.", [("killed", 1)]),
])
def test_one_person_told_of_by_who_they_were(sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon("en"))] == expected


@pytest.mark.parametrize("code, text, region", [
    ("ru", "В Луганской Народной Республике беспилотник атаковал автобус, ранены двое.", "Luhansk Oblast"),
    ("en", "A Ukrainian drone hit a bus in the Donetsk People's Republic, injuring two.", "Donetsk Oblast"),
])
def test_the_peoples_republics_are_their_oblasts(geocoder, code, text, region):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [region]


@pytest.mark.parametrize("code, sentence", [
    ("uk", "Російські війська атакували Україну в ніч проти 24 жовтня дронами і ракетами."),
    ("ru", "Российские войска атаковали Украину в ночь на 24 октября дронами и ракетами."),
])
def test_a_day_of_the_month_before_the_weapons_is_no_count_of_them(code, sentence):
    assert interceptions(sentence, lexicon(code)) == {}


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Чоловік дістав поранення, несумісні з життям.", [("killed", 1)]),
    ("ru", "Мужчина получил ранения, несовместимые с жизнью.", [("killed", 1)]),
    ("uk", "Одна людина травмувалася у Бердичеві.", [("injured", 1)]),
    ("uk", "Поранень зазнали троє цивільних.", [("injured", 3)]),
    ("uk", "Потерпілих немає.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_ukrainian_and_russian_wounds_deaths_and_none(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Загинули жінка та її дитина.", [("killed", 2), ("children", 1)]),
    ("uk", "Атака призвела до загибелі двох людей.", [("killed", 2)]),
    ("uk", "Атака призвела до загибелі чоловіка.", [("killed", 1)]),
    ("ru", "Атака привела к гибели двух человек.", [("killed", 2)]),
    ("uk", "Росіяни атакували Житомир. Є жертва.", [("killed", 1)]),
    ("uk", "Рятувальники виявили тіла подружжя.", [("killed", 2)]),
])
def test_deaths_told_by_their_nouns_and_families(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text", [
    "A Russian drone hit a car on the road between Kupiansk and Kivsharivka, killing one.",
    "Харківщина. Дрон ударив по авто на дорозі між Куп'янськом і Ківшарівкою, загинув чоловік.",
    "Харьковщина. Дрон ударил по машине на дороге между Купянском и Ковшаровкой, погиб мужчина.",
])
def test_a_strike_between_two_places_is_the_first_places(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert list(events) == ["Kupiansk"] and events["Kupiansk"].killed == 1


def test_a_weapon_that_destroyed_something_struck_and_was_not_downed(geocoder):
    events = _events("On Monday a Russian missile destroyed a warehouse in Odesa.", geocoder=geocoder)
    assert list(events) == ["Odesa"]
    assert interceptions("The building was destroyed by a missile.", lexicon("en")) == {}


@pytest.mark.parametrize("text, place", [
    ("Харьковщина. Удар пришёлся на Купянщину: в селе Кутьковка FPV-дрон ранил мужчину.", "Kutkivka"),
    ("Сумщина. В селе Битица Сумской громады ранен мужчина.", "Bytytsia"),
])
def test_a_village_spelt_the_other_languages_way_beside_its_unit(geocoder, text, place):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [place] and events[place].injured == 1


@pytest.mark.parametrize("text", [
    "Russian drones struck Kharkiv's Saltivskyi and Kyivskyi districts overnight.",
    "Russian drones struck the Saltivskyi and Kyivskyi districts of Kharkiv overnight.",
])
def test_a_district_listed_after_a_citys_district_is_that_citys(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert sorted(events) == ["Kharkiv", "Kyivskyi", "Saltivskyi"]
    assert events["Kyivskyi"].district_of == "Kharkiv"


def test_districts_listed_after_an_oblasts_raion_stay_raions(geocoder):
    events = _events("Shelling hit the Pokrovsk and Kramatorsk districts of Donetsk region.", geocoder=geocoder)
    assert sorted(events) == ["Kramatorsk Raion", "Pokrovsk Raion"]


@pytest.mark.parametrize("text, place", [
    ("Враг ударил по Запорожью\nПредварительно, без пострадавших.", "Zaporizhzhia"),
    ("Ворог вдарив по Запоріжжю\nПопередньо, без постраждалих.", "Zaporizhzhia"),
])
def test_a_headline_place_stands_when_the_report_names_no_region(geocoder, text, place):
    assert list(_events(text, geocoder=geocoder)) == [place]


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Над Севастополем сбиты три воздушные цели.", {}),
    ("ru", "Отражение ракетной атаки завершено: над морем сбиты пять воздушных целей.", {"missiles_intercepted": 5}),
    ("ru", "Во время атаки беспилотников сбиты три воздушные цели.", {"drones_intercepted": 3}),
    ("uk", "Над областю знищено 20 повітряних цілей.", {}),
    ("ru", "Средства ПВО ликвидировали шесть дронов над Орловской областью.", {"drones_intercepted": 6}),
    ("uk", "Сили ППО «приземлили» 135 ворожих БпЛА.", {"drones_intercepted": 135}),
    ("uk", "Ворог атакував три села Сумщини дронами.", {}),
    ("ru", "Противник атаковал три села области беспилотниками.", {}),
])
def test_air_targets_of_no_stated_kind_and_counts_of_places_are_no_weapon_figures(code, sentence, expected):
    assert interceptions(sentence, lexicon(code)) == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Нет пострадавших и разрушений.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "Немає постраждалих.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("en", "A man sustained a concussion.", [("injured", 1)]),
    ("en", "Two people suffered concussions.", [("injured", 2)]),
    ("ru", "Мужчина получил баротравму от удара дрона.", [("injured", 1)]),
    ("uk", "Чоловік отримав баротравму.", [("injured", 1)]),
    ("uk", "Поранення отримали чоловік та жінка.", [("injured", 2)]),
    ("uk", "Поранення отримали двоє чоловіків і жінка.", [("injured", 3)]),
    ("uk", "Поранення отримали 52-річна жінка та 70-річний чоловік.", [("injured", 2)]),
    ("uk", "Постраждала жінка та її син.", [("injured", 2)]),
    ("ru", "Ранения получили двое мужчин и женщина.", [("injured", 3)]),
    ("ru", "Пострадала женщина и её сын.", [("injured", 2)]),
    ("uk", "Удар забрав життя трьох жінок і чоловіка.", [("killed", 4)]),
    ("uk", "Загинула людина, ще двоє – поранені.", [("killed", 1), ("injured", 2)]),
    ("ru", "Погиб человек, ещё двое – ранены.", [("killed", 1), ("injured", 2)]),
    ("uk", "60-річна жінка після удару дрона перебуває в районній лікарні.", [("injured", 1)]),
    ("ru", "60-летний мужчина после удара дрона находится в районной больнице.", [("injured", 1)]),
    ("ru", "Дрон убил мужчину во дворе.", [("killed", 1)]),
    ("ru", "ВСУ убили двоих мирных жителей.", [("killed", 2)]),
    ("uk", "Скинутий з дрона боєприпас вбив жінку.", [("killed", 1)]),
])
def test_more_ways_to_tell_casualties(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, places", [
    ("Вранці приліт стався у Лозовій.", ["Lozova"]),
    ("Дрони атакували НПЗ у Краснодарському краї.", ["Krasnodar Krai"]),
    ("Близько 03:00 (за Києвом) дрони атакували Брянськ.", ["Bryansk"]),
    ("Около 03:00 (по Москве) дроны атаковали Брянск.", ["Bryansk"]),
    ("Explosions rocked occupied Donetsk Oblast on Tuesday. Officials said two Storm Shadow missiles hit a fuel depot.",
     ["Donetsk Oblast"]),
    ("Air defences shot down two drones over the Oryol region, with another 12 drones destroyed in the Tula region.", []),
    ("On Tuesday a drone strike destroyed a grain silo in Izium.", ["Izium"]),
    ("Kyiv, which rarely comments on such raids, has stepped up attacks.", []),
    ("Ukrainian shelling hit Tyotkino, a village 3 km from the border with the Sumy region, on Tuesday, injuring two.",
     ["Tyotkino"]),
    ("Ukrainian shelling hit the village of Tyotkino on Tuesday, injuring two. "
     "The village lies 3 km from the border with the Sumy region.", ["Tyotkino"]),
    ("Противник атакував 80 БпЛА із напрямків: Курськ, Орел, Міллерово РФ, ТОТ Донецька.", []),
    ("Противник атакував 141 ударним БпЛА з напрямків: Курськ, Орел, Міллерово, Чауда — ТОТ Криму.", []),
    ("Дрон влучив у будинок в Охтирці.", ["Okhtyrka"]),
    ("On the edge of Pokrovsk a missile came down, the governor added.", ["Pokrovsk"]),
])
def test_what_is_a_strike_and_what_only_names_a_place(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_among_the_injured_is_no_town(geocoder):
    names = PlaceNames(geocoder)
    assert find_mentions("Серед постраждалих 12-річний хлопчик.", names, lexicon("uk"), "Sumy Oblast") == []
    assert find_mentions("Среди пострадавших ребёнок.", names, lexicon("ru"), "Kursk Oblast") == []


@pytest.mark.parametrize("text, places", [
    ("Сумщина. Найбільше обстрілів зафіксовано у Сумському та Шосткинському районах. "
     "У Ворожбянській громаді поранено жінку. У Шалигинській громаді поранено чоловіка.", ["Shalyhyne", "Vorozhba"]),
    ("Чернігівщина. Агресор також атакував Корюківський район. У Менській громаді пошкоджені домівки.", ["Mena"]),
])
def test_a_raion_told_as_a_summary_gives_way_to_the_towns_in_it(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_the_raion_a_point_lies_in(geocoder):
    raion_at = geocoder.gazetteer.raion_at
    assert raion_at(51.17316, 34.22665) == raion_at(50.91741, 34.79906) != raion_at(51.86434, 33.47283)
    assert raion_at(50.6, 36.6) == ""  # Belgorod: no village of Ukraine near


@pytest.mark.parametrize("text", [
    "Ворог вдарив по Слобідському району Харкова, поранено трьох людей.\n"
    "Новини Харкова сьогодні: У Чугуєві ворог ударив по будинках, є постраждалі",
    "Russian drones hit Kherson, injuring two.\nRead also: A drone hit a bus in Nikopol, killing one.",
])
def test_a_line_that_links_to_another_story_is_not_this_reports(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert not {"Chuhuiv", "Nikopol"} & set(events)


@pytest.mark.parametrize("text", [
    "On Tuesday Russian drones injured four people in Sumy and Okhtyrka.",
    "Внаслідок атаки поранено чотирьох людей у Сумах та Охтирці.",
])
def test_a_figure_told_in_two_places_is_neithers_own(geocoder, text):
    events = _events(text, geocoder=geocoder)
    assert sorted(events) == ["Okhtyrka", "Sumy"]
    assert events["Sumy"].injured is None and events["Okhtyrka"].injured is None


@pytest.mark.parametrize("text, killed, injured", [
    ("A drone attack killed a man in a border village in the Kursk region on Tuesday. "
     "The governor said the strike hit Tyotkino.", 1, None),
    ("A drone attack killed a man in a border village in the Kursk region on Tuesday. "
     "The governor said the strike hit Tyotkino, wounding two more.", 1, 2),
    ("Дрон убил мужчину в одном из сёл Курской области. Удар пришёлся по селу Тёткино.", 1, None),
])
def test_a_toll_told_of_an_unnamed_village_is_the_village_named_after(geocoder, text, killed, injured):
    events = _events(text, geocoder=geocoder)
    assert list(events) == ["Tyotkino"]
    assert (events["Tyotkino"].killed, events["Tyotkino"].injured) == (killed, injured)


@pytest.mark.parametrize("text, place", [
    ("Повреждены дома: ночью над Курской областью сбили 15 БПЛА\nВ одном из сёл повреждены три дома. Пострадавших нет.",
     "Kursk Oblast"),
    ("Ночью беспилотники атаковали Воронежскую область\n"
     "В одном из районов обломками повреждена крыша частного дома, пострадавших нет.", "Voronezh Oblast"),
    ("Drones damaged homes in the Kursk region overnight\n"
     "In one of the villages three houses were damaged, the governor said. No one was hurt.", "Kursk Oblast"),
])
def test_a_place_struck_but_not_named_is_the_headlines_region(geocoder, text, place):
    events = _events(text, geocoder=geocoder)
    assert list(events) == [place] and (events[place].killed, events[place].injured) == (0, 0)


def test_the_incident_place_may_be_a_village_placed_by_its_raion(geocoder):
    events = _events("Два жителя Курской области ранены при атаке дрона. "
                     "Инцидент произошёл в селе Ивановка Суджанского района.", geocoder=geocoder)
    assert len(events) == 1
    (event,) = events.values()
    assert event.place.startswith("Ivanovka") and event.injured == 2


@pytest.mark.parametrize("text, injured", [
    ("A drone hit a car in Shostka on Tuesday, injuring two. "
     "In a separate attack in the same town, a drone hit a bus in Shostka, injuring five.", 7),
    ("A drone hit a car in Shostka on Tuesday, injuring two. Two people were injured in Shostka, the governor said.", 2),
])
def test_a_separate_attack_on_a_place_adds_to_its_figures(geocoder, text, injured):
    assert _events(text, geocoder=geocoder)["Shostka"].injured == injured


@pytest.mark.parametrize("text, places", [
    ("На Нікопольщині під ударом був райцентр, поранено жінку.", ["Nikopol"]),
    ("Запорізька область. Ворог завдав удару по обласному центру, поранено двох.", ["Zaporizhzhia"]),
    ("Запорожская область. Враг нанес удар по областному центру, ранены двое.", ["Zaporizhzhia"]),
    ("Kharkiv region. Russian drones struck the regional centre, injuring two.", ["Kharkiv"]),
    ("Під ударом був Нікопольський район.", ["Nikopol Raion"]),
    ("Белгородская область. Сведений о попаданиях в самом областном центре власти не приводили.", []),
    ("Missiles hit an airfield in the Kirovohrad region; one district of the regional capital Kropyvnytskyi "
     "was left without power.", ["Kirovohrad Oblast"]),
])
def test_a_town_named_by_its_rank(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_list_of_units_after_a_colon(geocoder):
    events = _events("Сумщина. Під ударами були населені пункти таких громад: Юнаківська, Хотінська, Краснопільська.",
                     geocoder=geocoder)
    assert sorted(events) == ["Khotin", "Krasnopillia", "Yunakivka"]


def test_a_place_beside_a_big_city_is_its_neighbour_not_a_hamlet_of_the_reports_region(geocoder):
    text = ("Luhansk region. Russian-installed officials in the Luhansk region said Ukrainian missiles hit a plant. "
            "Ukrainian shelling also hit Donetsk and Makiivka on Tuesday, they said.")
    events = _events(text, geocoder=geocoder)
    assert events["Makiivka"].admin1 == "Donetsk Oblast"


def test_a_roundups_stated_day_dates_the_places_it_lists(geocoder):
    text = ("Обстріли Сумщини за добу\nСумська ОВА повідомила про наслідки обстрілів.\n"
            "Протягом доби, з ранку 24 вересня до ранку 25 вересня, російські війська здійснили 87 обстрілів "
            "35 населених пунктів Сумщини.\nУ Ворожбянській громаді поранено жінку.")
    events = _events(text, published=date(2025, 9, 25), geocoder=geocoder)
    assert events["Vorozhba"].event_date == date(2025, 9, 24)


def test_an_institution_in_a_capital_is_no_strike_there(geocoder):
    events = _events("The Defense Ministry in Moscow said Ukrainian drones hit a depot in Bryansk.", geocoder=geocoder)
    assert list(events) == ["Bryansk"]


@pytest.mark.parametrize("code, sentence, expected", [
    # One person unhurt: nobody hurt where the strike fell; with a "but", the others' figure.
    ("ru", "Водитель не пострадал.", [("killed", 0), ("injured", 0)]),
    ("uk", "Водій автомобіля не отримав поранень.", []),
    ("en", "The driver was not hurt.", [("killed", 0), ("injured", 0)]),
    ("en", "The driver was unhurt, but a passenger was wounded.", [("injured", 1)]),
    ("ru", "Водитель не пострадал, а пассажир ранен.", [("injured", 1)]),
    ("en", "No fewer than three people were injured.", [("injured", 3)]),
    ("uk", "Постраждали не менше трьох людей.", [("injured", 3)]),
    ("ru", "Двух жителей спасти не смогли.", [("killed", 2)]),
    ("uk", "Двох мешканців врятувати не вдалося.", [("killed", 2)]),
    ("ru", "Ранены две девушки.", [("injured", 2)]),
    ("uk", "Травм зазнали двоє вогнеборців.", [("injured", 2)]),
    ("uk", "Поранення дістав 40-річний чоловік.", [("injured", 1)]),
    ("uk", "Медичну допомогу отримали троє людей.", [("injured", 3)]),
    ("ru", "Медицинскую помощь получили трое человек.", [("injured", 3)]),
    ("uk", "Допомогу отримали 12 людей, з них двоє госпіталізовані.", [("injured", 12)]),
    ("en", "Twelve people were injured, two of them were hospitalised.", [("injured", 12)]),
    ("en", "A man was reportedly injured.", [("injured", 1)]),
    ("en", "A man was wounded and subsequently died.", [("killed", 1)]),
    ("en", "Five people aged between 41 and 87 were injured.", [("injured", 5)]),
    ("ru", "Ранены пять человек в возрасте от 41 до 87 лет.", [("injured", 5)]),
    ("uk", "Постраждали 3-ох людей.", [("injured", 3)]),
    ("uk", "Четверо людей потрапили до лікарні з осколковими пораненнями.", [("injured", 4)]),
    ("ru", "Четверо человек попали в больницу с осколочными ранениями.", [("injured", 4)]),
    ("uk", "У Боромлі травмувався 60-річний чоловік.", [("injured", 1)]),
    ("uk", "Травм зазнали 65-річний і 70-річний чоловіки.", [("injured", 2)]),
])
def test_negations_shares_hedges_and_ages_in_casualty_figures(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Зафіксовано влучання 12 ударних БпЛА на 8 локаціях.", {}),
    ("uk", "Противник атакував 54-ма ударними БпЛА.", {"drones_launched": 54}),
])
def test_hits_are_no_launches_and_digits_keep_their_case_ending(code, sentence, expected):
    assert interceptions(sentence, lexicon(code)) == expected


@pytest.mark.parametrize("text, places", [
    ("Ворог атакував дроном. У Семенівській громаді пошкоджено будинок.", ["Semenivka"]),
    ("Сумщина. У Миколаївській сільській громаді пошкоджено будинок.", ["Mykolaivka"]),
    ("Ворог обстріляв Бахмацьку громаду.", ["Bakhmach"]),
    ("ВСУ обстреляли Свердловский муниципальный округ Луганской Народной Республики, ранены двое.", ["Dovzhansk"]),
    ("Дрон врезался в жилой дом в Курске.", ["Kursk"]),
    ("В Шебекино сброшены боеприпасы с БПЛА, ранен мужчина.", ["Shebekino"]),
    ("Дрон врізався у будинок у Сумах.", ["Sumy"]),
    ("Drones attacked the Kaluga region, which shares a border with the Moscow region, the governor said.",
     ["Kaluga Oblast"]),
    ("A drone hit the Sokol market in Voronezh.", ["Voronezh"]),
])
def test_units_with_their_kind_and_more_strike_words(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_night_summary_with_a_case_ending_after_its_figure(geocoder):
    report = Report("У ніч на 5 березня противник атакував 54-ма ударними БпЛА типу Shahed. "
                    "Станом на 09:00 збито/подавлено 40 ворожих БпЛА.", date(2025, 3, 5))
    (record,) = extract(report, geocoder).attack_records
    assert (record.launched, record.shot_down) == (54, 40)


def test_a_village_named_like_a_town_is_the_regions_village_of_that_name(geocoder):
    events = _events("Donetsk region. Russian shelling killed a man in the village of Kostiantynivka, the governor said.",
                     geocoder=geocoder)
    assert list(events) == ["Kostiantynivka"]
    assert events["Kostiantynivka"].latitude < 48.0  # the village near Kurakhove, not the town of 67,000


@pytest.mark.parametrize("text, places", [
    ("Ростовская область. Ночью беспилотники были уничтожены над районами: Каменским, Миллеровским и Тарасовским. "
     "Пострадавших нет.", []),
    ("ЛНР. В Свердловском округе обстрелян жилой дом, ранен мужчина.", ["Dovzhansk"]),
    ("ЛНР. ВСУ обстреляли поселок Центральный, ранена женщина.", []),
])
def test_lists_over_which_drones_were_downed_the_republics_and_far_namesakes(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_headline_in_title_case_still_names_its_place(geocoder):
    names = PlaceNames(geocoder)
    found = find_mentions("Death Toll From Russian Missile Strike On Kryvyi Rih Rises To Four", names, lexicon("en"), "")
    assert [m.place.name for m in found] == ["Kryvyi Rih"]
    assert find_mentions("Mayor Vitali Klitschko said drones hit the city.", names, lexicon("en"), "") == []


@pytest.mark.parametrize("text, killed", [
    ("Two people were killed in a strike on Horlivka. The February attack on the bakery killed 28 people.", 2),
    ("Two people were killed in a strike on Horlivka. Last March a missile hit the same school, killing 12.", 2),
    ("Двоє людей загинули внаслідок удару по Харкову. Лютневий удар по цьому району забрав життя 12 людей.", 2),
    ("Два человека погибли при ударе по Горловке. В результате мартовского обстрела рынка погибли 12 человек.", 2),
    # Guard: a month with its day dates the attack itself.
    ("On May 22 two people were killed in a strike on Horlivka.", 2),
])
def test_an_attack_named_by_its_month_is_another_attack(geocoder, text, killed):
    (event,) = _events(text, date(2024, 5, 22), geocoder=geocoder).values()
    assert event.killed == killed


@pytest.mark.parametrize("text, places", [
    ("Air defence downed six drones over the Vinnytsia region, with debris damaging a warehouse.", ["Vinnytsia Oblast"]),
    ("Сили ППО збили шість дронів над Вінниччиною, уламки пошкодили склад.", ["Vinnytsia Oblast"]),
    ("Над Брянской областью сбиты шесть беспилотников, обломками повреждена крыша склада.", ["Bryansk Oblast"]),
    # Guards: debris that did no harm, and debris that fell on a place named.
    ("Air defence downed six drones over the Vinnytsia region, no debris or damage was reported.", []),
    ("Над Брянской областью сбиты шесть беспилотников, обломки не причинили вреда.", []),
])
def test_debris_damage_told_with_the_downing_is_a_strike_where_it_was_downed(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("text, places", [
    # A raion told first, then the settlements it holds; a list before its raion; several nouns in one list.
    # (Malinovka and Bochkovka of the Belgorod raion, of their namesakes; Lozovaya Rudka the gazetteer lacks)
    ("Атака. В Белгородском районе атакам подверглось село Малиновка.", ["Malinovka"]),
    ("Атака. Обстреливались села Малиновка и Бочковка Белгородского района.", ["Bochkovka", "Malinovka"]),
    ("Атака. В Грайворонском округе атакам подверглись сёла Сподарюшино, Лозовая Рудка и хутор Масычево.",
     ["Lozovaya Rudka (Grayvoron Raion)", "Masychevo", "Spodaryushino"]),
    # Villages the gazetteer has: each at its own point.
    ("Attack. Ukrainian forces shelled the villages of Glotovo, Dronovka and Poroz in the Grayvoron district.",
     ["Dronovka", "Glotovo", "Poroz"]),
    # (Берёзовка romanized with its ё as "yo": the census's Berezovka of the Borisovka raion)
    ("Attack. In the Borisovsky district of the Belgorod region, a drone hit a house in the village of Beryozovka.",
     ["Berezovka"]),
    # Guard: an abbreviation after the name is no part of it.
    ("Атака. В Белгородском районе в селе Тишанка ВСУ атаковали дом. Пострадавших нет.",
     ["Tishanka (Belgorod Raion)"]),
])
def test_settlements_listed_with_their_raion_each_lie_in_it(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Внаслідок обстрілу поранено п’ять осіб.", [("injured", 5)]),
    ("uk", "Загинули 5 осіб.", [("killed", 5)]),
    ("uk", "4 людини отримують медичну допомогу.", [("injured", 4)]),
    ("ru", "4 человека получают медицинскую помощь.", [("injured", 4)]),
    ("en", "Four people are receiving medical care.", [("injured", 4)]),
    ("en", "On May 22 two people were killed.", [("killed", 2)]),
    ("ru", "3 марта погибли 2 человека.", [("killed", 2)]),
])
def test_more_ways_to_count_the_hurt(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, sides", [
    ("The enemy attacked Feodosia with drones overnight, the head of Crimea said.", {"Feodosiia": "Ukraine"}),
    ("The enemy shelled Nikopol with heavy artillery.", {"Nikopol": "Russia"}),
])
def test_the_enemy_is_whoever_the_struck_place_says(geocoder, text, sides):
    assert {p: e.attacker for p, e in _events(text, geocoder=geocoder).items()} == sides


@pytest.mark.parametrize("text, places", [
    ("Colonel Petro Izium was killed in a drone strike on Kharkiv.", ["Kharkiv"]),
    ("Ukraine said it destroyed the landing ship Novocherkassk in Feodosia.", ["Feodosiia"]),
    ("Debris damaged a house in Kerch, the leader of the Republic of Crimea said.", ["Kerch"]),
    ("Kiev militants shelled the town of Shebekino, the governor said.", ["Shebekino"]),
    ("Russia has launched frequent drone attacks on Sumy and other border regions.", []),
])
def test_people_ships_titles_and_habits_name_no_struck_place(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "В селе Ивня мужчина и женщина получили осколочные ранения.", [("injured", 2)]),
    ("uk", "Чоловік і жінка отримали осколкові поранення.", [("injured", 2)]),
    ("ru", "В результате падения обломков не выжил 40-летний мужчина.", [("killed", 1)]),
    ("uk", "Чоловік не вижив.", [("killed", 1)]),
    ("ru", "Мужчину, получившего осколочные ранения, доставили в больницу.", [("injured", 1)]),
    # Guard: surviving is no death.
    ("uk", "Чоловік вижив.", []),
])
def test_people_listed_before_the_verb_and_deaths_told_as_not_surviving(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, places", [
    ("Атака. Губернатор заявив, що дрони атакували село Воронок у Стародубському муніципальному окрузі.",
     ["Voronok"]),
    ("Обстріл. В Оріхові загинула жінка.", ["Orikhiv"]),
    ("Drones. In the Voronezh region, the governor reported that air defence units destroyed several drones over "
     "the city of Voronezh.", []),
    # Guard: debris that did damage still marks where it fell.
    ("Drones. Air defence destroyed a drone over Belgorod; debris damaged a car.", ["Belgorod"]),
    ("Shelling. A drone hit the village of Spodaryushino in the Graivoronsky urban district.", ["Spodaryushino"]),
])
def test_municipal_units_locatives_in_ovi_and_downings_over_a_region(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("text, places", [
    ("Атака. Дроны атаковали дом в Курске, — написал Смирнов.", ["Kursk"]),
    ("Атака. Дроны повредили дом в Липецке, пострадавших нет, — отметил Гусев.", ["Lipetsk"]),
    ("Атака. Беспилотник атаковал деревню Городище Рыльского района, расположенную в 25 км от Курска.",
     ["Gorodishche"]),
    ("Attack. A drone hit the village of Gorodishche in the Rylsky district, located 25 km from Kursk.",
     ["Gorodishche"]),
    # Guard: a strike told by its distance from a town is near that town.
    ("Атака. В 5 км от Белгорода упал беспилотник, ранен мужчина.", ["Belgorod"]),
])
def test_the_speakers_name_and_a_villages_distance_from_a_town_name_no_struck_place(geocoder, text, places):
    assert sorted(_events(text, date(2024, 5, 18), geocoder=geocoder)) == places


def test_during_the_day_is_the_day_the_lead_told_of(geocoder):
    text = ("Обстрелы. 17 мая ВСУ неоднократно атаковали регион, писал Смирнов. В течение дня обстреливались село "
            "Гуево и хутор Олешня Суджанского района.")
    events = _events(text, date(2024, 5, 18), geocoder=geocoder)
    assert sorted(events) == ["Guyevo", "Oleshnya"]  # no Smyrnove for the speaker
    assert {e.event_date for e in events.values()} == {date(2024, 5, 17)}
    # Guard: with no day told before, the day of the report.
    events = _events("Обстріли. Протягом дня обстрілів зазнали Велика Писарівка та Краснопілля.", date(2024, 5, 18),
                     geocoder=geocoder)
    assert {e.event_date for e in events.values()} == {date(2024, 5, 18)}


@pytest.mark.parametrize("text, places", [
    ("Сводка губернатора. В Волоконовском районе системой ПВО сбиты 42 дрона, данные о последствиях уточняются.", []),
    # Guards: the aftermath told is a strike; a hit told beside the pending figures still is.
    ("Сводка губернатора. Последствия удара по Шебекино: повреждены два дома.", ["Shebekino"]),
    ("Сводка губернатора. В Шебекино дрон ударил по дому, данные о последствиях уточняются.", ["Shebekino"]),
])
def test_consequences_still_being_established_are_no_hit(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Из-за обстрела села трое мужчин от 40 до 52 лет получили ранения.", [("injured", 3)]),
    ("ru", "В 14:45 ранения получили три женщины.", [("injured", 3)]),
    ("en", "At 14:45 three people were injured.", [("injured", 3)]),
    ("en", "No civilians were harmed.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_ages_and_clock_times_are_no_counts(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


def test_a_calibre_is_no_count_of_drones(geocoder):
    sentence = "ВСУ атаковали Макеевку, применяли артиллерию калибром 152 мм и ударные беспилотники."
    assert interceptions(sentence, lexicon("ru")) == {}
    assert extract(Report(sentence, date(2025, 5, 1)), geocoder).attack_records == []


@pytest.mark.parametrize("text", [
    "Атака. Противник атакував 90 ударними БпЛА за напрямами: Орел, Курськ, Брянськ.",
    "Атака. Ворог застосував 60 дронів з різних напрямків, серед яких Курськ, Міллерово та Приморсько-Ахтарськ.",
    "Атака. Противник атаковал 90 ударными БПЛА по направлениям: Орел, Курск, Брянск.",
    "Attack. The Russians launched 18 Shahed attack UAVs from Kursk and one Iskander-M missile from temporarily "
    "occupied Crimea.",
])
def test_launch_directions_listed_are_never_struck(geocoder, text):
    assert _events(text, date(2025, 6, 1), geocoder=geocoder) == {}


@pytest.mark.parametrize("text, places", [
    ("Обстріл. Ворог атакував Дунаєвецьку громаду, пошкоджено будинок.", ["Dunaivtsi"]),
    ("Обстріл. Ворог атакував Чернівецьку громаду.", ["Chernivtsi"]),
    ("Обстріл. Ворог атакував Марганецьку громаду.", ["Marhanets"]),  # guard: a town in -ець
])
def test_a_hromada_named_for_a_town_in_the_plural(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Постраждали 48-річний чоловік і жінки 51, 60 та 73 років.", [("injured", 4)]),
    ("uk", "Поранено 37-річного водія та чоловіків 40 і 62 років.", [("injured", 3)]),
    ("uk", "Загинули жінка 80 років і чоловіки 59 та 61 року.", [("killed", 3)]),
    ("ru", "Пострадали 48-летний мужчина и женщины 51, 60 и 73 лет.", [("injured", 4)]),
    ("ru", "Погибли женщина 80 лет и мужчины 59 и 61 года.", [("killed", 3)]),
    ("en", "A 48-year-old man and women aged 51, 60 and 73 were injured.", [("injured", 4)]),
    ("en", "Women aged 51 and 60 were injured.", [("injured", 2)]),  # guard: one group alone
    ("ru", "Пострадали 40-летняя и 52-летняя женщины и 73-летний и 78-летний мужчины.", [("injured", 4)]),
    ("uk", "Постраждали 40-річна і 52-річна жінки та 73-річний і 78-річний чоловіки.", [("injured", 4)]),
], ids=["uk-nominative", "uk-accusative", "uk-killed", "ru-injured", "ru-killed", "en-injured", "en-one-group",
        "ru-groups-of-ages", "uk-groups-of-ages"])
def test_people_listed_with_their_ages_count_an_age_each(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("background", [
    "Background:\nEarlier, it was reported that one Shahed had been shot down over Poltava Oblast.",
    "Раніше повідомлялося, що над Полтавщиною збили один шахед.",
])
def test_a_background_figure_does_not_replace_the_nights_own(geocoder, background):
    text = ("Air defence at night\nRussia attacked Ukraine with seven Shahed drones on the night of 1 August. "
            "All of them were shot down by air defence units.\n" + background)
    records = extract(Report(text, date(2024, 8, 1)), geocoder).attack_records
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("drone", 7, 7)]


@pytest.mark.parametrize("text, place", [
    ("Russian troops struck the village of Malyi Burluk of the Kupiansk district with a guided aerial bomb.",
     "Malyi Burluk"),
    ("Сьогодні окупанти вдарили по селу Малий Бурлук Куп'янського району.", "Malyi Burluk"),
])
def test_a_village_of_unknown_size_named_with_its_raion_is_itself(geocoder, text, place):
    """Other villages whose names merely resemble it are no namesakes that make it a guess."""
    events = _events("Strike\n" + text, date(2024, 1, 17), geocoder=geocoder)
    assert list(events) == [place] and events[place].latitude == pytest.approx(50.14, abs=0.01)


def test_an_unnamed_village_of_a_raion_told_first_is_the_village_named_after(geocoder):
    events = _events("Strike\nRussian troops attacked a village in the Kupiansk district, Kharkiv region, with a guided "
                     "aerial bomb, injuring two children. The occupiers struck the village of Malyi Burluk, the "
                     "governor said.", date(2024, 1, 17), geocoder=geocoder)
    assert list(events) == ["Malyi Burluk"] and events["Malyi Burluk"].injured == 2


@pytest.mark.parametrize("text", [
    "Ночью враг атаковал столицу. Повреждения получили здания в Голосеевском и Деснянском районах.",
    "Вночі ворог атакував столицю. Пошкоджено будівлі в Голосіївському та Деснянському районах.",
])
def test_districts_listed_together_are_one_citys(geocoder, text):
    """Desnianskyi is also a raion of Chernihiv Oblast: the district named beside Holosiivskyi is Kyiv's."""
    events = _events("Атака\n" + text, date(2025, 8, 28), geocoder=geocoder)
    assert {e.admin1 for e in events.values()} == {"Kyiv City"} and "Desnianskyi" in events


@pytest.mark.parametrize("text, places", [
    ("Россияне атаковали Одессу и обстреляли Измаильский район.", {"Odesa", "Izmail Raion"}),
    ("Росіяни атакували Одесу та обстріляли Ізмаїльський район.", {"Odesa", "Izmail Raion"}),
    ("Россияне атаковали Измаил Измаильского района.", {"Izmail"}),  # guard: the raion of its own town
])
def test_a_raion_locates_no_town_of_another_raion(geocoder, text, places):
    assert set(_events("Атака\n" + text, date(2023, 12, 14), geocoder=geocoder)) == places


@pytest.mark.parametrize("text", [
    "Вночі ракетних обстрілів зазнали Умань і Дніпро.\nВ Умані ракети влучили в будинок. Атака припала на 4 годину "
    "ранку.\nВідомо про загибель трьох людей, восьмеро поранено.",
    "Overnight missiles struck Uman and Dnipro.\nIn Uman, missiles hit a block of flats. The attack came at 4 a.m.\n"
    "Three people were killed and eight injured.",
])
def test_a_sentence_naming_no_place_keeps_the_place_told_before_it(geocoder, text):
    events = _events("Attack\n" + text, date(2023, 4, 28), geocoder=geocoder)
    assert (events["Uman"].killed, events["Uman"].injured) == (3, 8) and events["Dnipro"].killed is None


@pytest.mark.parametrize("text", [
    "У Бєлгороді гучно з ранку.\nВранці губернатор повідомляв, що у місті постраждали три людини. Згодом він "
    "заявив про удар дрона по авто в центрі Бєлгорода.",
    "Loud in Belgorod since the morning.\nIn the morning the governor said three people were injured in the city. "
    "Later he reported a drone strike on a car in the centre of Belgorod.",
])
def test_figures_of_the_town_told_again_before_it_is_named_as_struck(geocoder, text):
    events = _events(text, date(2025, 8, 14), geocoder=geocoder)
    assert list(events) == ["Belgorod"] and events["Belgorod"].injured == 3


def test_a_first_line_ending_in_a_colon_is_no_headline(geocoder):
    text = ("Этой ночью средствами ПВО уничтожены восемь украинских БпЛА:\nтри БпЛА — над Ростовской областью,\n"
            "пять БпЛА — над Брянской областью.")
    records = extract(Report(text, date(2025, 9, 17)), geocoder).attack_records
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("drone", None, 8)]


@pytest.mark.parametrize("text", [
    "Среди погибших в Запорожье двое детей. Об этом сообщил глава ОВА 7 декабря.\nОтмечается, что враг ударил по "
    "оживленному району, где в пятницу вечером люди возвращались домой.",
    "Among the dead in Zaporizhzhia are two children, the governor said on December 7.\nThe enemy struck a busy "
    "district on Friday evening, when people were returning home.",
])
def test_a_report_of_one_strike_dated_only_by_its_telling_takes_the_strikes_own_day(geocoder, text):
    events = _events("Удар\n" + text, date(2024, 12, 7), geocoder=geocoder)
    assert [e.event_date for e in events.values()] == [date(2024, 12, 6)]


def test_a_tally_of_drones_downed_the_day_before_does_not_redate_the_strike(geocoder):
    events = _events("Удар\nВ Брянской области беспилотник ВСУ ударил по автомобилю возле поселка Погар. Накануне "
                     "вечером, 27 октября, средства ПВО уничтожили над регионами страны 23 беспилотника.",
                     date(2025, 10, 28), geocoder=geocoder)
    assert [e.event_date for e in events.values()] == [date(2025, 10, 28)]


@pytest.mark.parametrize("text, district", [
    ("Вночі ворог атакував Київ. У Печерському районі уламки впали на дах будинку. Пожежу на відкритій місцевості "
     "теж на Печерську ліквідовано.", "Pecherskyi"),
    ("Overnight Russia attacked Kyiv. In the Obolonskyi district debris fell on a house. In Obolon, two people were "
     "injured.", "Obolonskyi"),
])
def test_a_part_of_a_city_named_for_its_district_is_that_district(geocoder, text, district):
    events = _events("Attack\n" + text, date(2025, 11, 8), geocoder=geocoder)
    assert set(events) == {"Kyiv", district}


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "Загинули дворічна дівчинка та 31-річна жінка.", [("killed", 2), ("children", 1)]),
    ("ru", "Погибли двухлетняя девочка и 31-летняя женщина.", [("killed", 2), ("children", 1)]),
    ("uk", "У громаді понівечено автомобіль. З пораненнями троє людей.", [("injured", 3)]),
    ("ru", "В селе повреждён автомобиль. С ранениями трое человек.", [("injured", 3)]),
    ("uk", "В районі одну жінку медики госпіталізували, ще одній надали допомогу на місці.",
     [("injured", 1), ("injured", 1)]),
    ("ru", "Одну женщину медики госпитализировали, ещё одной оказали помощь на месте.", [("injured", 1), ("injured", 1)]),
    ("uk", "Поранено трьох людей, одну жінку госпіталізували, ще одній надали допомогу.", [("injured", 3)]),  # guard
    ("en", "Medics also hospitalized a 35-year-old man with a blast injury.", [("injured", 1)]),
])
def test_people_told_by_a_word_age_without_a_verb_or_one_by_one(code, sentence, expected):
    assert [(key, n) for key, n, _ in sorted(casualties(sentence, lexicon(code)), key=lambda f: f[2])] == expected


@pytest.mark.parametrize("text", [
    "A man was injured in Nikopol, Dnipropetrovsk Oblast Governor Serhiy Lysak said. Overnight, Russian troops struck "
    "infrastructure in the region, causing a fire.",
    "Чоловіка поранено в Нікополі, повідомив голова Дніпропетровської ОВА Сергій Лисак. Вночі ворог атакував "
    "інфраструктуру в області.",
])
def test_the_region_of_the_governor_named_before_is_struck_in_its_own_right(geocoder, text):
    assert set(_events("Attack\n" + text, date(2024, 4, 15), geocoder=geocoder)) == {"Nikopol", "Dnipropetrovsk Oblast"}


@pytest.mark.parametrize("text, places", [
    ("Вночі РФ завдала удару по містах України. Подвірʼя дитячого садка у Львові, житлові будинки. Центр Луцька, "
     "підприємство.", {"Lviv", "Lutsk"}),
    ("Overnight Russia launched a massive missile strike on cities across Ukraine. A kindergarten yard in Lviv, "
     "residential buildings. Lutsk city centre, an enterprise.", {"Lviv", "Lutsk"}),
    ("Overnight Russia launched a massive missile strike on Ukraine. President Zelensky said in Kyiv that air defence "
     "worked well and thanked the partners.", set()),  # guard: a longer sentence is no fragment of the list
    ("Вночі ворог атакував місто дронами. Дитину вивезли до Краматорська.", set()),  # guard: no list
])
def test_verbless_fragments_after_a_placeless_strike_list_what_it_struck(geocoder, text, places):
    assert set(_events("Attack\n" + text, date(2023, 8, 15), geocoder=geocoder)) == places


@pytest.mark.parametrize("text", [
    "Ворог завдав 12 авіаударів по Малокатеринівці, Степногірську та Новоандріївці.",
    "Противник нанёс 12 авиаударов по Малокатериновке и Степногорску.",
])
def test_an_air_strike_is_a_strike(geocoder, text):
    assert {"Malokaterynivka", "Stepnohirsk"} <= set(_events("Атака\n" + text, date(2024, 5, 10), geocoder=geocoder))


@pytest.mark.parametrize("text, places", [
    ("Ukrainian forces also shelled Shebekino, Vyazniki and Novaya Tavolzhanka, the Belgorod governor said.",
     {"Shebekino", "Novaya Tavolzhanka"}),
    # (Murom is also a village near Shebekino: that one)
    ("Ukrainian forces also shelled Shebekino, Murom and Novaya Tavolzhanka, the Belgorod governor said.",
     {"Shebekino", "Murom", "Novaya Tavolzhanka"}),
    ("Russian missiles hit Kharkiv, Chuhuiv and Lviv in the Kharkiv region.", {"Kharkiv", "Chuhuiv", "Lviv"}),  # guard
])
def test_a_far_town_listed_with_villages_of_the_reports_region_is_a_namesake(geocoder, text, places):
    assert set(_events("Shelling\n" + text, date(2023, 6, 1), geocoder=geocoder)) == places


@pytest.mark.parametrize("text", [
    "ВСУ нанесли удары по Куйбышевскому и Кировскому районам Донецка.",
    "ЗСУ завдали ударів по Куйбишевському та Кіровському районах Донецька.",
])
def test_the_city_after_a_list_of_districts_is_each_ones(geocoder, text):
    events = _events("Удары\n" + text, date(2024, 1, 21), geocoder=geocoder)
    assert {"Kuibyshevskyi", "Kirovskyi"} <= set(events) and {e.admin1 for e in events.values()} == {"Donetsk Oblast"}


@pytest.mark.parametrize("text, published, place, figures", [
    # A section title between a strike and its casualties does not part them.
    ("Дроны атаковали Ямпольскую громаду\nВражеский беспилотник ударил по зданию фермы в Ямпольской громаде. Там "
     "работали люди.\nПоследствия\nПогибли две работницы хозяйства, ещё одна ранена.", date(2026, 2, 20), "Yampil",
     (2, 1)),
    ("Drones hit Kharkiv\nA Russian drone struck a warehouse in Kharkiv. Staff were inside.\nThe victims\nTwo "
     "workers were killed and five were injured.", date(2026, 2, 20), "Kharkiv", (2, 5)),
    # (a line of its own that tells of casualties is news, not a title)
    ("Удар по Сумам\nРакета влучила в склад у Сумах.\nЗагиблих немає", date(2026, 2, 20), "Sumy", (0, None)),
])
def test_a_section_title_does_not_part_a_strike_from_its_toll(geocoder, text, published, place, figures):
    event = _events(text, published, geocoder)[place]
    assert (event.killed, event.injured) == figures


@pytest.mark.parametrize("text", [
    "Губернатор сообщил, что при обстреле предприятия в Глушковском районе пострадал рабочий. «Вчера противник "
    "ударил по ферме в селе Попово-Лежачи Глушковского района», — написал он.",
    "The governor said a worker was hurt when a farm in the Glushkovsky district came under fire. \"Yesterday the "
    "enemy struck a farm at Popovo-Lezhachi, a village of the Glushkovsky district,\" he wrote.",
])
def test_a_raion_site_told_on_the_day_is_the_village_struck_the_day_before(geocoder, text):
    events = _events(text, date(2025, 9, 10), geocoder)
    assert set(events) == {"Popovo-Lezhachi"}
    village = events["Popovo-Lezhachi"]
    assert (village.event_date, village.injured) == (date(2025, 9, 9), 1)


@pytest.mark.parametrize("text, place, killed", [
    ("Russian troops shelled Zolochiv and the Izium district, where a woman was killed.", "Izium Raion", 1),
    ("Російські війська обстріляли Золочів і Чугуївський район, де загинула жінка.", "Chuhuiv Raion", 1),
    ("Российские войска обстреляли Золочев и Чугуевский район, где погибла женщина.", "Chuhuiv Raion", 1),
    ("Russian guns fired on the Saltivskyi district and on the Izium district, where a woman was killed.",
     "Izium Raion", 1),
    # (a figure after the list with no "where" stays the list's, no one place's)
    ("Russian troops shelled Zolochiv and the Izium district, killing a woman.", "Izium Raion", None),
])
def test_a_where_clause_after_a_list_is_its_last_places(geocoder, text, place, killed):
    events = _events(text, geocoder=geocoder)
    assert events[place].killed == killed and events["Zolochiv" if "Zolochiv" in events else "Saltivskyi"].killed is None


@pytest.mark.parametrize("text, expected", [
    ("Overnight Russia fired one Iskander-K cruise missile on Sumy from the Kursk region.", {"Sumy"}),
    ("Ukrainian air defence shoots down all 20 Shahed drones launched by Russia\nOvernight Russia also fired a "
     "ballistic missile at Sumy; it was not intercepted.", {"Sumy"}),
    ("Russian Shahed drones flew in over the Sea of Azov and struck Mykolaiv.", {"Mykolaiv"}),
    ("Russian artillery wounded a man in Beryslav, a riverside town in southern Kherson, late on Monday.",
     {"Beryslav"}),
])
def test_places_only_named_in_passing_are_not_struck(geocoder, text, expected):
    events = _events(text, geocoder=geocoder)
    assert set(events) == expected and all(e.attacker == "Russia" for e in events.values())


@pytest.mark.parametrize("sentence, struck", [
    ("Port infrastructure took damage, and a grain silo burned.", []),
    ("The dead man was a sailor on a vessel that flew the flag of Palau.", []),
])
def test_words_that_are_also_village_names_strike_nothing(geocoder, sentence, struck):
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon("en"), "Odesa Oblast", [(46.4857, 30.7438)])
    assert [m.text for m in mentions if m.role == "target"] == struck


def test_windows_broken_in_a_village_are_a_strike_there(geocoder):
    text = "Ukrainian shelling hit Belgorod on Monday. Shop glass was shattered in Maysky, a village outside the city."
    assert set(_events(text, geocoder=geocoder)) == {"Belgorod", "Mayskiy"}


@pytest.mark.parametrize("text, published, expected", [
    # An editor's gloss in brackets tells of no place and parts no list.
    ("\"[Russian troops] shelled the Pokrov hromada [a unit of a town and the villages around it – ed.] and "
     "Nikopol overnight,\" the governor said.", date(2024, 6, 17), {"Pokrov": None, "Nikopol": None}),
    # A village misspelt by one letter in a story of its region.
    ("A drone attack killed a man in the Belgorod region, the governor said. He said the drone hit a car at "
     "Golovichino, a village located some 8 km from the border.", date(2025, 9, 15), {"Golovchino": 1}),
    # An earlier attack's toll, told as what the strike "came after", is not this strike's.
    ("Russian bombs hit the Kholodnohirskyi district of Kharkiv on Sunday, wounding nine. The strike followed "
     "another late on Saturday that wounded 12 people when drones hit two Kharkiv neighbourhoods.", date(2024, 9, 22),
     {"Kharkiv": None, "Kholodnohirskyi": None}),
])
def test_glosses_misspellings_and_an_earlier_attacks_toll(geocoder, text, published, expected):
    events = _events(text, published, geocoder)
    assert set(events) == set(expected)
    for place, killed in expected.items():
        if killed is not None:
            assert events[place].killed == killed
    if "Kholodnohirskyi" in events:
        assert events["Kholodnohirskyi"].injured == 9


@pytest.mark.parametrize("text, expected", [
    # Two capitals told as trading blows are the sides, neither a target.
    ("Russian missiles hit Kharkiv on Tuesday. Moscow and Kyiv have traded air strikes for months.", {"Kharkiv"}),
    # A region worn as an adjective locates its village; its capital was not struck.
    ("Ukrainian forces shelled the Kursk village of Tyotkino on Friday, the governor said.", {"Tyotkino"}),
    # Ground fighting near villages is no strike on them.
    ("A Russian bomb hit Kupiansk on Monday. The enemy attacked army positions close to the villages of Hlyboke "
     "and Vovchansk eight times, the general staff said.", {"Kupiansk"}),
    # Destruction told of a place is a strike there.
    ("A Russian missile hit Dnipro overnight. There was also destruction in Pavlohrad.", {"Dnipro", "Pavlohrad"}),
])
def test_who_trades_strikes_and_what_locates_a_village(geocoder, text, expected):
    assert set(_events(text, geocoder=geocoder)) == expected


def test_a_place_a_strike_was_near_is_checked_as_a_target_is(geocoder):
    text = ("A drone hit a lorry by a frontier village of the Belgorod region, killing a man, the governor said. "
            "He said the drone struck the lorry near Pervomaisky, a village 8 km from the border.")
    assert {e.admin1 for e in _events(text, geocoder=geocoder).values()} == {"Belgorod Oblast"}


def test_a_relative_or_a_second_person_hurt_is_one_more(geocoder):
    text = ("A Ukrainian drone crashed into a house in Belgorod on Friday, killing a man. His wife was taken to "
            "hospital with burns, the governor said. A second woman sought medical help.")
    assert (_events(text, geocoder=geocoder)["Belgorod"].killed, _events(text, geocoder=geocoder)["Belgorod"].injured) \
        == (1, 2)


def test_a_line_that_only_says_where_is_struck_by_the_sentences_after_it(geocoder):
    text = ("Russian forces struck Kharkiv Oblast overnight, the governor said.\n"
            "\"2 August, 04:10, Izium district, village of Kamianka. A barn burned and a car was damaged. "
            "A man was killed.\"\n"
            "\"21:35, Velykyi Burluk hromada, village of Shevchenkove. A house burned. A woman was injured.\"")
    events = _events(text, date(2024, 8, 2), geocoder)
    assert set(events) == {"Kamianka", "Shevchenkove"}
    assert events["Kamianka"].killed == 1 and events["Shevchenkove"].injured == 1
    # The hromada's village, not the town of that name 40 km away.
    assert events["Shevchenkove"].gazetteer_id == "geonames:694135"


@pytest.mark.parametrize("sentence", [
    "Late on 3 May twelve Shahed drones were launched at Ukraine, the press office of the military of Ukraine posted.",
])
def test_the_army_that_posts_of_an_attack_is_not_its_side(sentence):
    assert stated_side(sentence, lexicon("en")) is None


def test_every_item_of_a_list_of_launch_areas_is_one():
    # (the first item unknown to the gazetteer, a bracketed land after it)
    assert lexicon("en").launch_before.test("40 drones took off from the airfields of Saky (Crimea), Yeysk, and ")


@pytest.mark.parametrize("text, expected", [
    # A title-case dateline with its day is where the report was filed.
    ("Kyiv, May 3 – Russian drones struck a warehouse in Odesa overnight, the governor said.", {"Odesa": (None, None)}),
    # A later strike on the same town at its own hour adds to its toll, even after a death elsewhere.
    ("At 10:05 Russian guns shelled Vovchansk, wounding two civilians. At 12:40 a shell hit Buhaivka and killed a "
     "man. In addition, at 2:15 p.m., Russian troops hit a shop in Vovchansk - a woman aged 61 was wounded.",
     {"Vovchansk": (None, 3), "Buhaivka": (1, None)}),
    # Two words may describe the one person counted.
    ("Russian shelling hit Kupiansk on Sunday. A 47-year-old civilian man was killed.", {"Kupiansk": (1, None)}),
    # A toll told "in the region" after a town is the region's, not the town's.
    ("Russian troops shelled Kupiansk overnight, damaging a warehouse; five civilians were injured in the region, "
     "the governor said.", {"Kupiansk": (None, None)}),
])
def test_datelines_later_strikes_and_region_tolls(geocoder, text, expected):
    events = _events(text, date(2024, 5, 3), geocoder)
    assert {place: (e.killed, e.injured) for place, e in events.items()} == expected


@pytest.mark.parametrize("text, expected", [
    # Both cities of a joint dateline are where the report was filed.
    ("MOSCOW/KYIV (Reuters) – Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, "
     "the governor said.", {"Bryansk Oblast": (None, None)}),
    # The land across the border from a struck town only locates it.
    ("Russian guns shelled Vovchansk, 5 km south of the border with Russia's Belgorod region, damaging a school.",
     {"Vovchansk": (None, None)}),
    # A newspaper whose name ends in a place's is no place.
    ("According to Ukrainska Pravda, a Russian missile hit a warehouse in Odesa.", {"Odesa": (None, None)}),
    # A first name makes the capitalised word after it a surname; "without causing any casualties" is none.
    ("In Voronezh, the governor, Alexander Gusev, said a falling Ukrainian drone damaged a warehouse without "
     "causing any casualties.", {"Voronezh": (0, 0)}),
    # A missile launched into a district strikes it.
    ("At 7:45 Russian troops launched a ballistic missile straight into the Shevchenkivskyi district "
     "of Kharkiv.", {"Kharkiv": (None, None), "Shevchenkivskyi": (None, None)}),
])
def test_joint_datelines_borders_newspapers_surnames_and_launches_into(geocoder, text, expected):
    events = _events(text, date(2024, 8, 11), geocoder)
    assert {place: (e.killed, e.injured) for place, e in events.items()} == expected


def test_the_destruction_of_drones_is_their_downing():
    figures = interceptions("The defence ministry announced the destruction of 27 Ukrainian drones over the "
                            "Kursk region.", lexicon("en"))
    assert figures == {"drones_intercepted": 27}


def test_a_death_in_another_house_adds_to_the_toll(geocoder):
    text = "Russian shelling hit Kupiansk, killing a man. In another private house a shell fragment killed a woman."
    assert _events(text, date(2024, 8, 20), geocoder)["Kupiansk"].killed == 2


def test_drones_destroyed_within_regions_an_air_force_downs_strike_nothing(geocoder):
    text = ("Russia attacked Ukraine with eleven Shahed drones overnight; the air force managed to down ten of "
            "them. The drones were destroyed within Kherson and Mykolaiv oblasts.")
    assert _events(text, date(2024, 3, 25), geocoder) == {}
    assert interceptions("Air force downs 10 of 11 Shahed drones over the south", lexicon("en")) == {
        "drones_intercepted": 10, "drones_launched": 11}


def test_a_dateline_of_a_city_and_a_dash_alone_is_no_place_struck(geocoder):
    text = ("One dead after shelling of Nikopol\nDNIPRO - A man was killed when Russian artillery shelled "
            "Nikopol on Monday, the regional governor said.")
    assert list(_events(text, date(2025, 3, 4), geocoder)) == ["Nikopol"]


def test_a_name_in_brackets_inside_its_phrase_is_the_place_struck(geocoder):
    text = ("Village shelled\nOn Monday Russian troops shelled the (Bilozerka) settlement, damaging three houses, "
            "the regional administration said.")
    assert list(_events(text, date(2025, 3, 4), geocoder)) == ["Bilozerka"]


def test_the_town_a_strike_was_near_gives_way_to_the_village_named_later(geocoder):
    text = ("Shelling near Izium\nOn Monday morning troops shelled a village near Izium, wounding a "
            "woman, the governor said. The shells fell on Kapytolivka, some 8 km south of Izium.")
    events = _events(text, date(2025, 3, 4), geocoder)
    assert [(place, e.injured) for place, e in events.items()] == [("Kapytolivka", 1)]


def test_a_photo_caption_tells_no_strike(geocoder):
    text = ("Drone hits Kherson\nRescuers work at a house damaged by a Russian drone strike in Mykolaiv, Ukraine, "
            "in this handout picture released on March 1. State Emergency Service/Handout via REUTERS\n"
            "A Russian drone struck a bus in Kherson on Monday, wounding two people, the governor said.")
    assert list(_events(text, date(2025, 3, 4), geocoder)) == ["Kherson"]


def test_a_toll_told_under_a_city_administrations_name_stays_with_the_village_just_struck(geocoder):
    text = ('Man killed in Kherson region\n"On Monday the enemy shelled the village of Bilozerka. A shell hit a '
            'garage. A man aged 70 died there," wrote the Kherson city administration.')
    assert [(place, e.killed) for place, e in _events(text, date(2025, 3, 4), geocoder).items()] == [("Bilozerka", 1)]


def test_a_ukrainian_strike_on_a_crimean_city_is_that_citys(geocoder):
    # Crimea and Sevastopol are held whole: Ukraine striking Simferopol strikes the city, not the peninsula.
    text = "Drones hit Simferopol\nUkrainian drones attacked Simferopol on Monday night, damaging a house."
    assert [(place, e.geo_precision) for place, e in _events(text, date(2025, 3, 4), geocoder).items()] == [
        ("Simferopol", "city")]


def test_destroying_a_count_of_weapons_is_their_downing():
    figures = interceptions("Air defence repelled an attack on Kursk overnight, destroying eight U.S.-made "
                            "tactical missiles, the governor said.", lexicon("en"))
    assert figures == {"missiles_intercepted": 8}
    assert interceptions("Russian missiles hit Kharkiv, destroying two warehouses.", lexicon("en")) == {}


def test_a_strike_on_crimea_told_again_in_sevastopol_is_sevastopols(geocoder):
    text = ("Missiles over Crimea\nOn Saturday Ukraine attacked Crimea with missiles, the Russian-installed "
            "officials said. In Sevastopol, falling debris damaged two houses and wounded a woman.")
    assert [(place, e.injured) for place, e in _events(text, date(2025, 3, 4), geocoder).items()] == [
        ("Sevastopol", 1)]


def test_a_weapon_taken_down_is_downed():
    assert interceptions("One more drone was taken down near Bryansk overnight, the governor said.",
                         lexicon("en")) == {"drones_intercepted": 1}


def test_a_woman_concussed_is_hurt():
    assert casualties("In Valuyki a woman was concussed by the shelling, the governor said.",
                      lexicon("en")) == [("injured", 1, 11)]


def test_the_region_told_again_with_the_side_it_lies_on_is_the_titles(geocoder):
    text = ("Shelling in Chernihiv Oblast\nOn May 3 the head of Chernihiv Oblast counted 30 Russian attacks on "
            "the northern region in a day; no one was hurt.")
    assert [(place, e.killed) for place, e in _events(text, date(2025, 5, 3), geocoder).items()] == [
        ("Chernihiv Oblast", 0)]


@pytest.mark.parametrize("text, published, struck", [
    # Explosions that rang out were heard only.
    ("Missile attack on Dnipro\nOn Friday Russia's missile destroyed a house in Dnipro. "
     "Explosions rang out in Zaporizhzhia during the attack.", date(2024, 4, 19), ["Dnipro"]),
    # A raion named by the short stem of its seat (Synelnykove).
    ("Attacks on Dnipropetrovsk region\nOn Friday Russian drones attacked the region. "
     "A warehouse was destroyed in the Synelnyky district.", date(2024, 4, 19), ["Synelnykove Raion"]),
    # A raion named after a person has its own seat.
    ("Атака на Ростовскую область\nВо вторник в Шолоховском районе в результате атаки дронов ВСУ загорелся склад.",
     date(2025, 9, 30), ["Vyoshenskaya Raion"]),
    # A capital to be given arms stands for its government.
    ("Missile strike on Zaporizhzhia\nRussian missiles hit Zaporizhzhia on Tuesday, killing two people. "
     "Zelensky said every such strike was an argument for Kyiv to receive more air defence systems.",
     date(2024, 12, 10), ["Zaporizhzhia"]),
])
def test_heard_explosions_raion_names_and_a_capital_for_its_government(text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


@pytest.mark.parametrize("text, published, expected", [
    # A list laid out one hromada a line under the line that opens it.
    ('Обстріли Сумщини\nУ понеділок ворог обстріляв прикордонні громади області.\nОбстрілів зазнали '
     'такі громади:\nМиропільська\nКраснопільська\nЕсманьська.\n',
     date(2025, 11, 24), [
         ('Myropillia', 'Russia', None, None, '2025-11-24'),
         ('Krasnopillia', 'Russia', None, None, '2025-11-24'),
         ('Esman', 'Russia', None, None, '2025-11-24'),
     ]),
    # Oblasts a warning names are not struck.
    ('Drones hit Odesa\nRussian drones struck Odesa overnight on Monday, damaging a school. Air '
     'defence officials warned of new drone attacks on the Mykolaiv, Kherson and Zaporizhzhia '
     'oblasts.',
     date(2025, 3, 4), [('Odesa', 'Russia', None, None, '2025-03-03')]),
    # The city the hurt were taken to for treatment is not struck.
    ('Drone hits car in Shebekino\nOn Monday a Ukrainian drone hit a car in Shebekino, injuring '
     'two men. The injured were then transported to Belgorod for treatment.',
     date(2025, 3, 4), [('Shebekino', 'Ukraine', None, 2, '2025-03-03')]),
    # A town the lead said the attack was near stands for the places it goes on to name.
    ('Удар под Белгородом\nВ воскресенье ВСУ атаковали объекты под Белгородом. Повреждены дома в '
     'Шебекино и Грайвороне.',
     date(2025, 3, 3), [
         ('Shebekino', 'Ukraine', None, None, '2025-03-02'),
         ('Grayvoron', 'Ukraine', None, None, '2025-03-02'),
     ]),
    # The regional centre struck in a clause of its own, beside a town named; people 'affected' were hurt.
    ('Shelling of Kherson region\nOn Monday Russian troops attacked Kherson and Beryslav. Two '
     'residents of the regional centre were hurt by the shelling, while in Beryslav one person '
     'was affected.',
     date(2025, 3, 3), [('Kherson', 'Russia', None, 2, '2025-03-03'), ('Beryslav', 'Russia', None, 1, '2025-03-03')]),
    # A line headed 'Background:' tells an earlier strike.
    ('Bombs hit Krasnopillia\nOn Tuesday Russian aircraft dropped bombs on Krasnopillia, killing '
     'two. Background: On Monday a Russian airstrike hit a house in Velyka Pysarivka, killing one.',
     date(2025, 3, 4), [('Krasnopillia', 'Russia', 2, None, '2025-03-04')]),
    # A long past year told of the place in a clause of its own does not date the strike.
    ('Shelling of Kupiansk\nOn Monday Russian forces shelled Kupiansk, a town that was liberated '
     'in 2022, wounding a man.',
     date(2025, 3, 4), [('Kupiansk', 'Russia', None, 1, '2025-03-03')]),
    # Nor does one told of the place with who retook it, who is not the attacker.
    ('Shelling of Kupiansk\nTwo men killed on Monday were in Kupiansk, a rail town recaptured by '
     'Ukrainian forces in 2022.',
     date(2025, 3, 4), [('Kupiansk', 'Russia', 2, None, '2025-03-03')]),
    # 'As reported' with the report's own city: the same attack, and the other cities it hit.
    ('Ракетний удар по Львову\nУ вівторок уламки ракети впали на будинок у Львові. Як '
     'повідомлялося, ракети влучили у Львові, а також в Одесі та Луцьку.',
     date(2025, 3, 4), [
         ('Lviv', 'Russia', None, None, '2025-03-04'),
         ('Odesa', 'Russia', None, None, '2025-03-04'),
         ('Lutsk', 'Russia', None, None, '2025-03-04'),
     ]),
    # Occupiers fending off an attack are not the attacker (Ukrainian).
    ('Вибух у Севастополі\nУ середу російський ставленик у Севастополі заявив, що окупанти '
     'відбивають атаку дронів на Нахімовський район Севастополя.',
     date(2025, 3, 5), [
         ('Sevastopol', 'Ukraine', None, None, '2025-03-05'),
         ('Nakhimovsky', 'Ukraine', None, None, '2025-03-05'),
     ]),
    # The same, in Russian.
    ('Взрыв в Севастополе\nВ среду российский ставленник в Севастополе заявил, что оккупанты '
     'отражают атаку дронов на Нахимовский район Севастополя.',
     date(2025, 3, 5), [
         ('Sevastopol', 'Ukraine', None, None, '2025-03-05'),
         ('Nakhimovsky', 'Ukraine', None, None, '2025-03-05'),
     ]),
    # A day's roundup dated by the morning it closed: the day before.
    ("Прикордоння за добу станом на 07.00 23 вересня\nПротягом доби ворог п'ять разів бив по "
     'прикордонню Чернігівщини.\nСеменівська громада: 12 вибухів у напрямку н.п. Блешня.',
     date(2025, 9, 23), [('Bleshnia', 'Russia', None, None, '2025-09-22')]),
    # The raion centre is the raion the sentences just before named, not the last raion struck.
    ('Обстріли Дніпропетровщини\nУ вівторок ворог бив по Нікопольському та Синельниківському '
     'районах. Удари по Нікопольщині тривали з ранку. Дрон влучив у райцентр, поранено чоловіка.',
     date(2025, 10, 22), [
         ('Synelnykove Raion', 'Russia', None, None, '2025-10-21'),
         ('Nikopol', 'Russia', None, 1, '2025-10-21'),
     ]),
    # 'Suffered' is a strike word for a hromada.
    ('Обстріли Синельниківщини\nУ вівторок знову потерпала Межівська громада Синельниківщини.',
     date(2025, 10, 22), [('Mezhova', 'Russia', None, None, '2025-10-21')]),
    # Russian 'под-' is Ukrainian 'під-': Подлиман is Pidlyman.
    ('Обстрел Изюмского района\nВ понедельник дрон повредил сарай в селе Подлиман Изюмского района.',
     date(2025, 9, 15), [('Pidlyman', 'Russia', None, None, '2025-09-15')]),
    # A mine that went off is no strike (Russian).
    ('Мина в Купянске\nВ понедельник мужчина пострадал в результате взрыва мины в Купянске.',
     date(2025, 9, 15), []),
    # The same, in Ukrainian.
    ("Міна у Куп'янську\nУ понеділок чоловік постраждав внаслідок вибуху міни у Куп'янську.",
     date(2025, 9, 15), []),
    # An earlier strike, told on with no day of its own after the sentence that dated it.
    ('Strike on Kupiansk\nOn Monday Russian shelling wounded two people in Kupiansk. Hroza in the '
     'Kharkiv region was struck on Oct. 5, 2023. In Hroza a missile destroyed a café, and 59 '
     'people died.',
     date(2025, 3, 4), [('Kupiansk', 'Russia', None, 2, '2025-03-03')]),
    # A raion renamed after its seat (Samar, once Novomoskovsk).
    ('Drones over Dnipropetrovsk region\nOn Friday night Russian drones attacked the region: fires '
     'broke out at enterprises in the Synelnyky and Samarivskyi districts.',
     date(2025, 4, 25), [
         ('Synelnykove Raion', 'Russia', None, None, '2025-04-25'),
         ('Samar Raion', 'Russia', None, None, '2025-04-25'),
     ]),
])
def test_lists_recaps_background_and_clauses_that_tell_of_a_place(text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.attacker, e.killed, e.injured, str(e.event_date)[:10]) for e in events] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ('en', 'A woman on the bus sustained a leg injury.', [('injured', 1, 0)]),  # told with where she was
    ('en', 'In the village, two people were affected.', [('injured', 2, 16)]),  # 'affected' people
    ('en', 'A 40-year-old woman also suffered a leg wound.', [('injured', 1, 0)]),  # 'also' before the verb
    ('uk', 'Уламкове поранення ноги отримав 60-річний чоловік.', [('injured', 1, 9)]),  # the body part hurt
    ('uk', 'Згодом зросла кількість поранених: їх тепер 9.', [('injured', 9, 7)]),  # the count after a colon
])
def test_people_hurt_told_with_where_they_were_or_what_was_hurt(code, sentence, expected):
    assert casualties(sentence, lexicon(code)) == expected


@pytest.mark.parametrize("code, sentence", [
    ('uk', 'Ситуація за добу станом на 07.00 23 вересня 2025'),
    ('ru', 'Ситуация за сутки по состоянию на 07:00 23 сентября'),
    ('en', 'Over the past day, as of 8 a.m. on 23 September, 40 attacks were recorded.'),
    ('ru', 'За вчерашний день противник выпустил 40 снарядов.'),
    ('uk', 'За вчорашній день ворог випустив 40 снарядів.'),
])
def test_a_day_named_by_the_morning_that_closed_it_and_yesterdays_day(code, sentence):
    assert date_in(sentence, date(2025, 9, 23), lex=lexicon(code)) == (date(2025, 9, 22), "day")


@pytest.mark.parametrize("text, expected", [
    # Russian spelling, a town of that spelling far off, a village of the Ukrainian one beside the town told.
    ("Обстрелы Запорожской области\nВ пятницу враг обстрелял Гуляйполе и Новоданиловку, повреждены дома.",
     [("Huliaipole", 47.67, 36.26), ("Novodanylivka", 47.53, 35.82)]),
    # A village's adjectival name in its case, in a list, spelt as Russian spells it (Ольгівське).
    ("Обстрелы Запорожской области\nВ среду атаки дронов пришлись по Гуляйполю, Степовому, Ольговскому, Малиновке.",
     [("Huliaipole", 47.67, 36.26), ("Stepove", 47.71, 36.59), ("Olhivske", 47.74, 36.52), ("Malynivka", 47.68, 36.48)]),
    # A port named by its adjective (Південний) is the town of that stem beside the other port told (Pivdenne).
    ("Удар по портах Одещини\nУ вівторок дрони атакували порти Чорноморськ і Південний, пошкоджено склади.",
     [("Chornomorsk", 46.3, 30.66), ("Pivdenne", 46.62, 31.1)]),
    # (The report says which town the village lies by: of the oblast's Lozoves, the one 13 km from it.)
    ("Обстрел Горловки\nВ среду ВСУ обстреляли Горловку и село Лозовое под Дебальцево.",
     [("Horlivka", 48.3, 38.02), ("Lozove", 48.38, 38.23)]),
])
def test_villages_spelt_as_the_other_language_spells_them_beside_the_places_told(text, expected, geocoder):
    events = extract(Report(text, date(2025, 5, 9)), geocoder).events
    assert [(e.place, round(e.latitude, 2), round(e.longitude, 2)) for e in events] == expected


@pytest.mark.parametrize("text, published, expected", [
    # A district named in English after its city's possessive is that city's.
    ('Shelling of Kharkiv\nOn Monday shells hit Kharkiv’s residential Kyiv District overnight, the '
     "city's mayor said.",
     date(2025, 3, 4), [
         ('Kharkiv', 'Russia', None, None, '2025-03-03', 49.98),
         ('Kyivskyi', 'Russia', None, None, '2025-03-03', 50.02),
     ]),
    # A tally since the war began strikes no town today.
    ('Shelling of Shebekino\nOn Monday Ukrainian shells hit Shebekino, wounding a man. Towns of '
     'the Belgorod, Kursk and Bryansk regions have been shelled many times ever since Moscow '
     'launched the invasion.',
     date(2025, 3, 4), [('Shebekino', 'Ukraine', None, 1, '2025-03-03', 50.41)]),
    # A person's name: a given name before a word that is also a place's name.
    ('Drone hits Nova Kakhovka\nOn Monday a Ukrainian drone hit a warehouse in Nova Kakhovka, said '
     'the local official Svetlana Zarya.',
     date(2025, 3, 4), [('Nova Kakhovka', 'Ukraine', None, None, '2025-03-03', 46.76)]),
    # Shells that came in ('приходи') strike the hromada, and the wounded told next are its.
    ('Обстріли Сумщини\nПонад 30 приходів зафіксовано в Краснопільській громаді. Одну людину '
     'поранено.',
     date(2025, 3, 4), [('Krasnopillia', 'Russia', None, 1, '2025-03-04', 50.77)]),
    # Debris of a drone downed short of the airfield it was aimed at killed two there.
    ('Атака на аэродром\nВ понедельник ПВО предотвратила удар беспилотника по аэродрому Энгельс в '
     'Саратовской области. В результате падения обломков погибли два человека, самолеты не '
     'пострадали.',
     date(2025, 3, 4), [('Engels', 'Ukraine', 2, None, '2025-03-03', 51.48)]),
    # 'Kyiv's fighters' stand for its forces, not a place struck.
    ('Обстрел Донецка\nВ среду боевики Киева обстреляли центр Донецка, повреждены дома.',
     date(2025, 3, 6), [('Donetsk', 'Ukraine', None, None, '2025-03-05', 48.02)]),
    # 'Airstrikes' are strikes.
    ('Strikes in Kharkiv region\nOn Monday the towns of Kupiansk and Balakliia were subjected to '
     'airstrikes.',
     date(2025, 3, 4), [
         ('Kupiansk', 'Russia', None, None, '2025-03-03', 49.71),
         ('Balakliia', 'Russia', None, None, '2025-03-03', 49.46),
     ]),
    # A photo caption closed by its agency's credit tells of the picture.
    ('Missile hits Kharkiv\nFirefighters work at a building hit earlier in Odesa. (Ivan '
     'Petrenko/Agency via Getty Images)\nA Russian missile hit Kharkiv on Monday, wounding two.',
     date(2025, 3, 4), [('Kharkiv', 'Russia', None, 2, '2025-03-03', 49.98)]),
    # What a mayor said days before the report's own day is background, and does not date what follows.
    ('Attacks on Kharkiv region\nRussia shelled Kupiansk over the past day, wounding a man, the '
     'governor said on March 27. Russian strikes have lately destroyed a power plant in Kharkiv, '
     "the city's mayor said on March 24. Artillery also hit Balakliia.",
     date(2025, 3, 27), [
         ('Kupiansk', 'Russia', None, 1, '2025-03-27', 49.71),
         ('Balakliia', 'Russia', None, None, '2025-03-27', 49.46),
     ]),
    # A village left without power, its district told between, is not struck.
    ('Missile attack on Kharkiv region\nA missile hit Kharkiv on Monday. Homes in Zachepylivka, '
     'Krasnohrad district, were left without power after the attack.',
     date(2025, 3, 4), [('Kharkiv', 'Russia', None, None, '2025-03-03', 49.98)]),
    # A capital that support goes to stands for its state.
    ('Drones hit Odesa\nRussian drones hit Odesa on Monday, wounding two. The attack came a day '
     'after allies pledged more military support for Kyiv.',
     date(2025, 3, 4), [('Odesa', 'Russia', None, 2, '2025-03-03', 46.49)]),
    # A city district named in English by its meaning.
    ("Shelling of Horlivka\nOn Monday shells hit Horlivka's Central City district, wounding three.",
     date(2025, 3, 4), [
         ('Horlivka', 'Ukraine', None, None, '2025-03-03', 48.3),
         ('Tsentralno-Miskyi', 'Ukraine', None, 3, '2025-03-03', 48.3),
     ]),
    # An outlet's name closing its note in brackets is no place; the note's later toll replaces the first.
    ('Удар по Одессе\nВ субботу дрон попал в дом в Одессе. Погиб один человек (к утру известно уже '
     'о трёх погибших - "ОстроВ").',
     date(2025, 3, 1), [('Odesa', 'Russia', 3, None, '2025-03-01', 46.49)]),
    # Places of the directions a wave of drones came from are launch areas.
    ('Атака дронів\nУночі ворог атакував хвилями за трьома напрямками: Курськ, Брянськ, мис Чауда. '
     'Уламки пошкодили будинок у Харкові.',
     date(2025, 3, 4), [('Kharkiv', 'Russia', None, None, '2025-03-04', 49.98)]),
    # A refinery named by its town's adjective strikes that town.
    ('Удар по НПЗ\nУ вівторок Сили оборони уразили Афіпський нафтопереробний завод у '
     'Краснодарському краї.',
     date(2025, 3, 4), [('Afipskiy', 'Ukraine', None, None, '2025-03-04', 44.9)]),
    # A settlement told with its raion is the one of that raion, not a larger namesake.
    ('Обстріл Харківщини\nУ суботу під час обстрілу загинув чоловік у с. Слобожанське Харківського '
     'району.',
     date(2025, 3, 1), [('Slobozhanske', 'Russia', 1, None, '2025-03-01', 50.18)]),
])
def test_names_of_districts_plants_and_people_directions_captions_and_days_told_before(text, published, expected,
                                                                                     geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.attacker, e.killed, e.injured, str(e.event_date)[:10], round(e.latitude, 2))
            for e in events] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    ("uk", "До медиків звернулися дві жінки.", [("injured", 2, 0)]),  # who sought the medics
    ("ru", "Мужчина и женщина погибли.", [("killed", 2, 0)]),  # the people first
    ("uk", "Чоловік і жінка загинули.", [("killed", 2, 0)]),
    ("ru", "Есть погибшие: мужчина и женщина.", [("killed", 2, 5)]),  # the dead, then who they were
    ("uk", "Є загиблі: чоловік і жінка.", [("killed", 2, 2)]),
])
def test_the_dead_told_before_or_after_who_they_were(code, sentence, expected):
    assert casualties(sentence, lexicon(code)) == expected


def test_each_person_hurt_goes_to_the_place_told_after_their_strike(geocoder):
    text = ("Shelling in Kharkiv region\nOn Monday a 70-year-old woman was wounded during a rocket strike on the town "
            "of Balakliia and a 45-year-old driver was wounded during shelling in Kupiansk.")
    events = extract(Report(text, date(2025, 3, 4)), geocoder).events
    assert [(e.place, e.injured) for e in events] == [("Balakliia", 1), ("Kupiansk", 1)]


def test_a_corpse_found_is_a_death():
    assert casualties("The corpse of a woman was found in the ruins.", lexicon("en")) == [("killed", 1, 0)]


def test_a_breakdown_counts_a_place_that_could_not_be_placed(geocoder):
    # Fedorivka: eight villages of Donetsk Oblast, none by the places told; it still takes its share.
    events = _events("Russian shelling killed two civilians in Donetsk Oblast on Friday: in Kostiantynivka and "
                     "Fedorivka.", geocoder=geocoder)
    assert events["Kostiantynivka"].killed == 1


@pytest.mark.parametrize("text, places", [
    ("Two drones flew into an apartment block in Rylsk.", ["Rylsk"]),
    ("На Нікополь ворог спрямував чотири дрони-камікадзе.", ["Nikopol"]),
    ("На Никополь враг направил четыре дрона-камикадзе.", ["Nikopol"]),
    # Artillery fired "towards" districts named by the noun their adjective comes from, of the city after them.
    ("Ukrainian forces fired 30 shells towards the Kirov and Kuibyshev districts of Donetsk.",
     ["Donetsk", "Kirovskyi", "Kuibyshevskyi"]),
])
def test_weapons_aimed_at_a_place_and_districts_named_in_a_list(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_district_adjective_the_dictionary_reads_first_as_a_noun(geocoder):
    # "Центральному": first a noun (a village Центральне), agreeing as an adjective with "районі" after it.
    events = _events("Росіяни вдарили дроном по будинку у Центральному районі Херсона.", geocoder=geocoder)
    assert events["Tsentralnyi"].district_of == "Kherson"


@pytest.mark.parametrize("text, published", [
    ("In recent weeks Ukraine has stepped up drone attacks on Russian regions, including Moscow.", date(2025, 6, 18)),
    ("В последние недели Украина усилила атаки дронов на российские регионы, включая Москву.", date(2025, 6, 18)),
    ("Останніми тижнями Росія посилила удари по Харкову.", date(2025, 6, 18)),
    # Damage over the whole war, told of a place a visit went to.
    ("Президент побував на Херсонщині. У Посад-Покровському, де під час повномасштабного вторгнення "
     "зруйновано сотні хат, відкрили школу.", date(2023, 3, 23)),
])
def test_attacks_over_recent_weeks_or_the_whole_war_are_no_strike(geocoder, text, published):
    assert _events(text, published, geocoder) == {}


@pytest.mark.parametrize("text, absent", [
    ("Belgorod region. A shell hit a transformer, cutting electricity to Terebreno and Prilesye.",
     {"Terebreno", "Prilesye"}),
    ("Курская область. Из-за обстрела нарушено электроснабжение сёл Обеста и Теткино.", {"Obesta", "Tyotkino"}),
    # Guards: a governor's name in its genitive is no village Гладково; nor a car, sentence-first, a hamlet Машина.
    ("Обстрел Шебекино. По данным Гладкова, пострадал один человек.", {"Gladkovo"}),
    ("Брянская область. Машина повреждена, водитель получил ранение.", {"Mashina"}),
    # Guard: impacts counted between two villages fell in neither.
    ("Насчитали восемь разрывов между Обестой и Кручей Рыльского района.", {"Obesta", "Krucha"}),
])
def test_places_left_without_power_people_and_nouns_that_are_no_struck_village(geocoder, text, absent):
    assert not absent & set(_events(text, geocoder=geocoder))


def test_a_village_of_the_census_list_and_a_raion_giving_way_to_its_villages(geocoder):
    # Маломихайловка has no post office: the 2021 census's settlement list places it, in the Shebekino okrug.
    events = _events("В селе Маломихайловка Шебекинского округа дрон повредил автомобиль.", geocoder=geocoder)
    assert list(events) == ["Malomikhaylovka"] and events["Malomikhaylovka"].gazetteer_id.startswith("census:RU:14750")
    events = _events("Drones struck two cars in the Graivoron district, injuring three. In the village of "
                     "Novostroyevka-Pervaya a driver was hurt. In Glotovo a couple were hurt.", geocoder=geocoder)
    assert sorted(events) == ["Glotovo", "Novostroyevka-Pervaya"]


def test_launch_points_by_their_name_alone_and_by_the_cities_they_lie_near(geocoder):
    text = ("Overnight Russia sent 14 Shaheds at Odesa, launched from Chauda in Crimea; others came "
            "from the vicinity of Yeysk and Kursk. Debris damaged a house in Odesa.")
    assert list(_events(text, geocoder=geocoder)) == ["Odesa"]


def test_one_person_told_twice_and_a_raions_toll_its_village_tells_again(geocoder):
    assert [(k, n) for k, n, _ in casualties("A civilian, a 52-year-old woman, suffered burns.",
                                             lexicon("en"))] == [("injured", 1)]
    events = _events("Russian artillery hit the Kupiansk district on Monday; one civilian was hurt. In Kucherivka "
                     "a villager, a 68-year-old man, was injured when a shell struck his yard.", geocoder=geocoder)
    assert list(events) == ["Kucherivka"] and events["Kucherivka"].injured == 1


def test_a_hromada_told_with_its_raion_and_a_village_told_as_near_a_town(geocoder):
    # Two Novooleksandrivkas in Kherson Oblast: the hromada's centre is the one of the Beryslav raion, and
    # the village of that hromada is marked at its own point, not under a raion of another name.
    events = _events("On Tuesday a shell set a barn on fire in Havrylivka, a village of the Novooleksandrivka "
                     "hromada (Beryslav district).", geocoder=geocoder)
    assert list(events) == ["Havrylivka"] and events["Havrylivka"].latitude > 47.1
    # "под Горловкой": of Donetsk Oblast's two Zaitseves, the one by Horlivka.
    events = _events("Донецк. Дрон ВСУ сбросил гранату на посёлок Зайцево под Горловкой.", geocoder=geocoder)
    assert events["Zaitseve"].gazetteer_id == "geonames:687470"


def test_a_town_of_the_oblast_spelt_the_russian_way_beats_a_village_that_borrows_the_spelling(geocoder):
    events = _events("Запорожская область. ВСУ обстреляли посёлок Семёновка, повреждены склады.", geocoder=geocoder)
    assert events["Semenivka"].gazetteer_id == "geonames:694623"


def test_the_side_that_says_it_repelled_an_attack_is_not_the_attacker(geocoder):
    events = _events("Ночью россияне сообщили об отражении атаки на Крым, обломки упали в Севастополе.",
                     geocoder=geocoder)
    assert events and {e.attacker for e in events.values()} == {"Ukraine"}


@pytest.mark.parametrize("text", [
    "Від початку повномасштабної війни окупанти обстрілюють Очаківську громаду майже щодня.",
    "Российские войска почти ежедневно обстреливают Никополь.",
    "Russian troops shell Nikopol almost daily.",
])
def test_strikes_told_as_a_habit_or_since_the_war_began_are_no_strike(geocoder, text):
    assert _events(text, date(2024, 7, 28), geocoder) == {}


def test_a_town_told_after_a_hromada_is_its_own_hromadas_centre(geocoder):
    events = _events("Дніпропетровщина. По Зеленодольській громаді вдарила артилерія. Загорівся будинок. "
                     "В Апостоловому ракета пошкодила школу.", geocoder=geocoder)
    assert sorted(events) == ["Apostolove", "Zelenodolsk"]


@pytest.mark.parametrize("text, places", [
    # Shelling "from the side of Ukraine" of the governor's villages: the villages were struck.
    ("Белгородская область. Утром был обстрел со стороны Украины сёл Журавлевка и Нехотеевка.",
     ["Nekhoteyevka", "Zhuravlevka"]),
    # A dateline with the month cut short and no space before its dash.
    ("Moscow, Dec 11 (EFE)- A drone hit a fuel depot in Bryansk, the governor said.", ["Bryansk"]),
])
def test_shelling_from_the_side_of_a_country_and_a_short_dateline(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


def test_a_village_of_a_list_listed_twice_near_the_others_is_the_nearer_entry(geocoder):
    # Stepove: two entries a few kilometres apart beside Piatykhatky, more elsewhere in the oblast.
    events = _events("Zaporizhzhia Oblast. Overnight Russian drones hit Trudove, Stepove and Piatykhatky, damaging "
                     "houses.", date(2023, 9, 14), geocoder)
    assert events["Stepove"].gazetteer_id == "geonames:11011093"


def test_russian_e_and_yo_romanized_either_way(geocoder):
    # Нехотеевка, Журавлёвка: "-eevka" or "-eyevka", "yo" or "e", as the wire service writes them.
    events = _events("Belgorod governor: Ukrainian shells hit Nekhoteevka and Zhuravlyovka, damaging houses.",
                     geocoder=geocoder)
    assert sorted(events) == ["Nekhoteyevka", "Zhuravlevka"]
    assert {e.admin1 for e in events.values()} == {"Belgorod Oblast"}


def test_a_models_numbers_and_the_air_defence_that_downed_drones(geocoder):
    text = ("Drones hit the Mykolaiv region\n\nAt night Russian troops attacked the Ochakiv community with Shahed "
            "131/136 drones; a warehouse burned. Later the governor said eight drones were shot down over the region "
            "by Ukrainian air defence forces.")
    result = extract(Report(text, date(2024, 8, 6)), geocoder)
    assert [(e.place, e.attacker) for e in result.events] == [("Ochakiv", "Russia")]
    assert [(r.launched, r.shot_down) for r in result.attack_records] == [(None, 8)]


@pytest.mark.parametrize("text, places", [
    # Impacts counted as "hits" in a village.
    ("Chernihiv region. Three mortar hits were recorded near the village of Halahanivka in the morning.",
     ["Halahanivka"]),
    # A neighbourhood of the town the story tells of, not a village of that name elsewhere.
    ("Ukrainian shells hit the Solnechny residential area, wounding five people in Horlivka.", ["Horlivka"]),
    # A place left without power is no place struck.
    ("Belgorod region. A shell hit a power line near Tishanka; the farm of Shakhovka remains partly without "
     "electricity.", ["Tishanka"]),
])
def test_hits_residential_areas_and_places_left_without_power(geocoder, text, places):
    assert sorted(_events(text, geocoder=geocoder)) == places


@pytest.mark.parametrize("text, published, places", [
    # A capital that struck is its army ("Kyiv had struck"), not a target.
    ("Occupation officials claimed on Monday that Kyiv had struck a warehouse in the port of Berdiansk with "
     "long-range missiles.", date(2023, 5, 22), ["Berdiansk"]),
    # "with Moscow concentrating on ...": the state waging the attacks.
    ("Attacks on the power grid have gone on all winter, with Moscow concentrating on energy sites. On Tuesday a "
     "drone hit a substation in Sumy.", date(2024, 2, 7), ["Sumy"]),
    # What a state needs is no place struck.
    ("Analysts say troops are taking heavy casualties, and the prospect of long-range missiles reaching Ukraine "
     "made Moscow's need to hold its gains more pressing.", date(2022, 6, 29), []),
])
def test_a_capital_that_acts_or_wants_is_its_state(geocoder, text, published, places):
    assert sorted(_events(text, published, geocoder)) == places


@pytest.mark.parametrize("text, place", [
    ("Sumy region. There were twelve mortar bursts in the Esman hromada overnight.", "Esman"),
    ("Sumy region. At 14:10 three mines landed near homes in Myropillia hromada.", "Myropillia"),
    # (a guard: fire of any kind the place came under)
    ("Sumy region. The hromada of Velyka Pysarivka came under small arms fire in the afternoon.", "Velyka Pysarivka"),
])
def test_mortar_bursts_and_mines_that_landed_are_strikes(geocoder, text, place):
    assert list(_events(text, date(2022, 7, 6), geocoder)) == [place]


def test_a_toll_broken_down_later_replaces_the_whole_told_of_one_place(geocoder):
    events = _events("Drones hit Odesa Oblast overnight, damaging port facilities in Izmail and injuring five people. "
                     "Five civilians were hurt – four in Reni, one in Izmail.",
                     date(2023, 9, 13), geocoder)
    assert (events["Izmail"].injured, events["Reni"].injured) == (1, 4)


def test_the_outskirts_of_a_village_are_the_village_though_another_is_named_after(geocoder):
    events = _events("Kupiansk district: on Wednesday Russian guns shelled outskirts of Kurylivka. A shell also damaged "
                     "a barn in Petropavlivka.", date(2024, 8, 21), geocoder)
    assert sorted(events) == ["Kurylivka", "Petropavlivka"]


def test_a_blast_wave_told_as_preliminary_is_no_earlier_strike(geocoder):
    events = _events("Удар по Києву\n\nВорог атакував Київ ракетами. У Дарницькому районі попередньо ударною хвилею "
                     "пошкоджено вікна будинку.", date(2024, 3, 21), geocoder)
    assert sorted(events) == ["Darnytskyi", "Kyiv"]


@pytest.mark.parametrize("text", [
    "Харьковская область. За сутки российская авиация нанесла удары по Котляревке и Березникам.",
    "Харківщина. Упродовж доби російська авіація вдарила по Котлярівці та Березниках.",
])
def test_russia_striking_a_town_named_like_one_of_its_own_strikes_the_ukrainian_namesake(geocoder, text):
    events = _events(text, date(2024, 2, 10), geocoder)
    assert sorted(events) == ["Bereznyky", "Kotliarivka"] and events["Bereznyky"].admin1 == "Kharkiv Oblast"


@pytest.mark.parametrize("text, places", [
    ("Сумщина. Від обстрілів постраждали Миропільська, Юнаківська та Великописарівська територіальні громади.",
     ["Myropillia", "Velyka Pysarivka", "Yunakivka"]),
    ("Сумская область. Обстрелам подверглись Миропольская, Юнаковская и Великописаревская территориальные общины.",
     ["Myropillia", "Velyka Pysarivka", "Yunakivka"]),
    # Any word that describes the units, however it is spelt.
    ("Сумщина. Ворог обстріляв Хотінську та Юнаківську прикордонні громади.", ["Khotin", "Yunakivka"]),
    ("Сумщина. Обстріляно Хотінську та Юнаківську теріторіальні громади.", ["Khotin", "Yunakivka"]),
])
def test_hromadas_listed_before_their_kind_and_noun_in_the_plural(geocoder, text, places):
    assert sorted(_events(text, date(2022, 7, 14), geocoder)) == places


@pytest.mark.parametrize("text", [
    "Киев. Утром дрон атаковал город. Тимошенко впоследствии уточнил, что беспилотник попал в админздание.",
    "Київ. Вранці дрон атакував місто. Тимошенко згодом уточнив, що безпілотник влучив в адмінбудівлю.",
])
def test_a_speaker_who_later_specified_is_no_village_of_his_name(geocoder, text):
    assert list(_events(text, date(2022, 12, 30), geocoder)) == ["Kyiv"]


def test_a_towns_genitive_the_dictionary_also_reads_as_a_surname(geocoder):
    # "Чугуєва": four surname readings before the town's genitive.
    events = _events("Харківщина. Уночі тривали обстріли Чугуєва, зруйновано два будинки.", date(2022, 6, 22), geocoder)
    assert list(events) == ["Chuhuiv"]


@pytest.mark.parametrize("text", [
    "Дніпропетровщина. Стали відомі наслідки вчорашнього авіаудару по Межівській громаді: поранено чоловіка.",
    "Днепропетровская область. Стали известны последствия вчерашнего авиаудара по Межевской громаде: ранен мужчина.",
])
def test_an_attack_called_yesterdays_is_dated_the_day_before(geocoder, text):
    events = _events(text, date(2025, 8, 15), geocoder)
    assert list(events) == ["Mezhova"] and events["Mezhova"].event_date == date(2025, 8, 14)


def test_a_capitals_bombardments_are_its_states(geocoder):
    events = _events("Overnight attacks hurt ten people in Kharkiv, officials said, as Moscow's bombardments intensified.",
                     date(2024, 11, 8), geocoder)
    assert list(events) == ["Kharkiv"]


def test_invaders_that_fired_name_the_side_whose_namesakes_are_meant(geocoder):
    # Kherson Oblast's Mykhailivkas and Novooleksandrivkas lie on both banks: Russia fired on those Ukraine holds.
    events = _events("Kherson region\n\nRussian invaders shelled the region again yesterday, the governor said. Shells "
                     "landed in Antonivka, Mykhailivka and Novooleksandrivka.", date(2024, 5, 15), geocoder)
    assert {e.attacker for e in events.values()} == {"Russia"}
    assert events["Mykhailivka"].latitude > 47 and events["Novooleksandrivka"].latitude > 47


@pytest.mark.parametrize("text, places", [
    ("Никопольщина. Российская армия продолжает обстреливать пограничные громады Сумщины и Черниговщины.", []),
    ("Нікопольщина. Російська армія продовжує обстрілювати прикордонні громади Сумщини та Чернігівщини.", []),
    # (a guard: a strike told with it still counts)
    ("Russia continues to shell Nikopol; on Monday a shell wounded a man there.", ["Nikopol"]),
])
def test_shelling_told_as_going_on_is_no_strike_of_the_day(geocoder, text, places):
    assert sorted(_events(text, date(2022, 9, 22), geocoder)) == places


@pytest.mark.parametrize("text, raions", [
    # Polohy's adjective puts -iv- after the stem; a translator may cut its ending off.
    ("Zaporizhzhia region. Artillery hit the Polohivskyi district.", ["Polohy Raion"]),
    ("Zaporizhzhia region. Russian forces shelled houses in the Vasylivka and Polohiv districts.",
     ["Polohy Raion", "Vasylivka Raion"]),
])
def test_a_district_named_by_the_adjective_of_a_plural_seat(geocoder, text, raions):
    assert sorted(_events(text, date(2022, 9, 23), geocoder)) == raions


@pytest.mark.parametrize("text", [
    "Київ. Вночі дрон влучив у багатоповерхівку. Про це написав очільник КМВА. Як уточнили в адміністрації, подія "
    "сталася на території Подільського району.",
    "Киев. Обломки дрона упали на крышу дома, возник пожар. По данным КГВА, это произошло в Подольском районе города.",
    "Kyiv. Debris of a drone fell on a roof and started a fire. According to the city administration, it happened in "
    "the Podilskyi district.",
])
def test_where_the_strike_just_told_happened_is_its_citys_district(geocoder, text):
    # (Podilskyi: a district of Kyiv, though a raion of Odesa Oblast bears the name too)
    assert sorted(_events(text, date(2025, 3, 21), geocoder)) == ["Kyiv", "Podilskyi"]


@pytest.mark.parametrize("text", [
    "Брянщина. Вночі дрони атакували нафтоперекачувальну станцію «Унеча», спалахнула пожежа.",
    "Брянская область. Ночью дроны атаковали нефтеперекачивающую станцию «Унеча», начался пожар.",
])
def test_a_facility_called_by_its_town_in_quotes_is_a_strike_on_the_town(geocoder, text):
    assert list(_events(text, date(2025, 8, 13), geocoder)) == ["Unecha"]


@pytest.mark.parametrize("text, places", [
    # A neighbourhood, then the city whose district it is: "Darnytsia Kyiv district" (not Kharkiv's Kyivskyi).
    ("Missile debris hit a block of flats in Darnytsia Kyiv district on Thursday, injuring two.", ["Darnytskyi", "Kyiv"]),
    # A town, then its region with no comma between: no person's name.
    ("Russian artillery shelled Kupiansk Kharkiv region on Friday, damaging a school.", ["Kupiansk"]),
])
def test_a_place_before_its_city_or_region_unbroken_by_a_comma(geocoder, text, places):
    assert sorted(_events(text, date(2023, 3, 10), geocoder)) == places


def test_a_sentences_first_word_only_loosely_like_a_village_is_no_place(geocoder):
    events = _events("Shelling damaged homes in Nikopol overnight. Solar panels and a gas pipe were also damaged.",
                     date(2024, 6, 2), geocoder)
    assert sorted(events) == ["Nikopol"]


@pytest.mark.parametrize("text, places", [
    # Hromadas named by their adjective in a list with one plural noun; Myrivska is Myrove's (о turns і).
    ("Nikopol district. The Chervonohryhorivska, Marhanetska and Myrivska communities came under fire overnight.",
     ["Chervonohryhorivka", "Marhanets", "Myrove"]),
    # A name in -ia adds -an- to make its adjective: Derazhnianska is Derazhnia's.
    ("Khmelnytskyi region. Drones damaged houses in the Derazhnianska community.", ["Derazhnia"]),
    # (a guard: the Ukrainian adjective was read by its stems before)
    ("Хмельниччина. Дрони пошкодили будинки в Деражнянській громаді.", ["Derazhnia"]),
])
def test_hromadas_named_by_adjectives_of_their_centres(geocoder, text, places):
    events = _events(text, date(2024, 8, 5), geocoder)
    assert sorted(events) == places and all(e.admin1 in ("Dnipropetrovsk Oblast", "Khmelnytskyi Oblast")
                                            for e in events.values())


def test_a_town_near_a_city_is_the_village_named_later_with_its_way_from_the_city(geocoder):
    events = _events("Overnight missiles hit a seaside village near the port city of Mykolaiv, killing four. The "
                     "missiles fell on Ochakiv, which lies some 60 kilometres west of Mykolaiv.",
                     date(2023, 5, 3), geocoder)
    assert list(events) == ["Ochakiv"] and events["Ochakiv"].killed == 4


def test_drones_launched_toward_a_city_named_with_its_kind_are_no_strike_there(geocoder):
    events = _events("Tatarstan was attacked by the same forces that earlier sent drones towards the border town of "
                     "Sudzha, officials said. A drone hit a dormitory in Yelabuga.", date(2024, 4, 2), geocoder)
    assert sorted(events) == ["Yelabuga"]


@pytest.mark.parametrize("text, place", [
    ("Officials said S-300 missiles damaged a warehouse in the Kharkiv region; there were no fatalities or "
     "injuries.", "Kharkiv Oblast"),
    ("Drones hit the Verbky and Mezhyrich communities. People are safe.", "Verbky"),
])
def test_nobody_killed_or_hurt_told_together(geocoder, text, place):
    event = _events(text, date(2023, 11, 16), geocoder)[place]
    assert (event.killed, event.injured) == (0, 0)


def test_the_place_that_suffered_the_most_is_struck_and_hurt_there(geocoder):
    events = _events("Dnipropetrovsk region. The enemy hit Nikopol district overnight. The Marhanetska community "
                     "suffered the most. A man was wounded there.", date(2024, 8, 5), geocoder)
    assert events["Marhanets"].injured == 1 and all(e.injured is None for p, e in events.items() if p != "Marhanets")


def test_a_headline_toll_over_two_places_one_not_found_is_neither_ones(geocoder):
    events = _events("Shelling of Nikopol and Pokrovsk community leaves three hurt\n\nThe Nikopol district was shelled "
                     "at night, Dnipropetrovsk region head Serhii Lysak wrote. In the Pokrovsk community three were "
                     "wounded.", date(2024, 8, 5), geocoder)
    assert events["Nikopol"].injured is None


@pytest.mark.parametrize("sentence, figures", [
    ("Air defence managed to shoot down 12 out of 14 “Shahed” drones.", {"drones_intercepted": 12, "drones_launched": 14}),
    ("Air defence shot down 9 of 10 \"Geran\" drones.", {"drones_intercepted": 9, "drones_launched": 10}),
])
def test_shoot_down_and_a_model_in_quotes(sentence, figures):
    assert interceptions(sentence, lexicon("en")) == figures


def test_a_village_of_the_region_whose_governor_the_story_goes_on_to_quote(geocoder):
    events = _events("Kursk governor: a man was killed in Tyotkino\n\nShelling killed a man in Tyotkino, a Kursk region "
                     "village, governor Roman Starovoit wrote. He said five hits were recorded in the village. "
                     "Later in the day the Bryansk region governor told of saboteurs crossing into the region. He said "
                     "Ukrainian forces also sent a drone, whose fall set a house ablaze in the Sushany village.",
                     date(2023, 3, 2), geocoder)
    assert sorted(events) == ["Sushany", "Tyotkino"] and events["Sushany"].admin1 == "Bryansk Oblast"


@pytest.mark.parametrize("text, places", [
    ("Миколаївщина. Ворог бив по Явкинському старостинському округу Баштанської громади.", ["Yavkyne"]),
    # (and it lies in the hromada its sentence names, not in one the sentence before told of)
    ("Миколаївщина. Вдень ворог бив з артилерії по Широківській громаді. Під обстріл потрапив і Явкинський "
     "старостинський округ Баштанської громади.", ["Shyroke", "Yavkyne"]),
])
def test_a_starostat_called_a_district_is_its_village(geocoder, text, places):
    assert sorted(_events(text, date(2022, 8, 23), geocoder)) == places


@pytest.mark.parametrize("text, places", [
    ('Крим. Горить аеродром "Саки" в Новофедорівці після атаки дронів.', ["Novofedorivka"]),
    ('Крым. Горит аэродром «Саки» в Новофедоровке после атаки дронов.', ["Novofedorivka"]),
    # (a guard: the facility named alone is still its town's)
    ("Дрони атакували нафтоперекачувальну станцію «Унеча».", ["Unecha"]),
])
def test_a_quoted_facility_told_with_its_own_place_is_that_places(geocoder, text, places):
    assert sorted(_events(text, date(2024, 7, 26), geocoder)) == places


@pytest.mark.parametrize("text", [
    "Уночі над Кримом прогриміли вибухи, які чули в Сімферополі та Саках.",
    "Ночью над Крымом прогремели взрывы, которые слышали в Симферополе и Саках.",
])
def test_explosions_heard_told_in_a_relative_clause(geocoder, text):
    assert _events(text, date(2024, 7, 26), geocoder) == {}


def test_each_village_is_located_by_the_hromada_told_right_after_it(geocoder):
    events = _events("Чернігівщина. Під вогнем були Карповичі Семенівської громади, а також Хрінівка Сновської громади і "
                     "Полісся Городнянської громади.", date(2024, 8, 25), geocoder)
    assert sorted(events) == ["Karpovychi", "Khrinivka", "Polissia"]


@pytest.mark.parametrize("text", [
    "Краснодарщина. Уночі дрони атакували Новоросійськ, на нафтобазі спалахнула пожежа.",
    "Уночі у Новоросійську після атаки дронів спалахнула пожежа на нафтобазі.",
])
def test_a_russian_town_in_ukrainian_spelling(geocoder, text):
    assert list(_events(text, date(2024, 5, 17), geocoder)) == ["Novorossiysk"]


def test_the_town_where_explosions_rang_out_is_where_the_damage_told_next_was(geocoder):
    events = _events("Вранці росіяни атакували Вінницьку область дронами. У місті Калинівка пролунали вибухи. "
                     "Сили ППО працювали, однак є руйнування.", date(2024, 10, 24), geocoder)
    assert list(events) == ["Kalynivka"]


def test_a_name_of_many_namesakes_in_a_list_is_the_one_beside_another_of_the_list(geocoder):
    events = _events("Херсонщина. Під обстрілами опинилися Чорнобаївка, Качкарівка, Садове, Дудчани та Берислав.",
                     date(2024, 8, 17), geocoder)
    assert "Kachkarivka" in events and events["Kachkarivka"].latitude > 47


def test_a_raions_toll_told_again_over_its_villages_is_theirs(geocoder):
    events = _events("Четверо людей загинули внаслідок обстрілу Куп'янського району. Від удару по селах Новоосинове та "
                     "Ковшарівка загинули четверо цивільних.", date(2024, 5, 19), geocoder)
    assert sorted(events) == ["Kivsharivka", "Novoosynove"]


def test_a_major_city_named_alone_is_itself_not_a_hamlet_of_the_storys_region(geocoder):
    events = _events("In the Kherson region shelling went on all day.\n\nIn Kryvyi Rih, the president's home town, a missile "
                     "hit an industrial site on Friday evening, killing a man.", date(2023, 10, 21), geocoder)
    assert events["Kryvyi Rih"].admin1 == "Dnipropetrovsk Oblast"


@pytest.mark.parametrize("text", [
    "Вибухи гримлять у Ялті та Феодосії\n\nУночі окупанти заявили про атаку дронів на Крим. Уламок пошкодив будинок у "
    "Феодосії.",
    "Взрывы гремят в Ялте и Феодосии\n\nНочью оккупанты заявили об атаке дронов на Крым. Обломок повредил дом в "
    "Феодосии.",
])
def test_a_headline_of_explosions_thundering_names_no_place_struck(geocoder, text):
    events = _events(text, date(2024, 6, 23), geocoder)
    assert "Feodosiia" in events and "Yalta" not in events


@pytest.mark.parametrize("sentence", [
    "Уночі силами ППО придушено 12 безпілотників над краєм.",
    "Губернатор повідомив про «придушення» силами ППО 12 безпілотників.",
])
def test_drones_suppressed_told_by_verb_or_noun(sentence):
    assert interceptions(sentence, lexicon("uk")) == {"drones_intercepted": 12}


# (guards: explosions that "thundered" are only heard, unless a strike of no place is told right after)
@pytest.mark.parametrize("text", [
    "В Херсоне утром прогремели взрывы. Российские войска нанесли ракетный удар, повреждена школа.",
    "Вранці у Херсоні прогриміли вибухи. Російські війська завдали ракетного удару.",
])
def test_a_strike_told_right_after_explosions_in_a_town_fell_on_that_town(geocoder, text):
    assert list(_events(text, date(2022, 6, 29), geocoder)) == ["Kherson"]


def test_another_who_suffered_wounds_after_one_killed_is_one_injured():
    figures = {key: value for key, value, _ in casualties(
        "In the Zaporizhzhia region one resident was killed and another suffered wounds in shelling.")}
    assert figures == {"killed": 1, "injured": 1}


def test_a_toll_told_across_the_country_is_no_places_own(geocoder):
    events = _events("Russian shelling killed a man in Vasylivka on Friday, the Zaporizhzhia governor said.\n\nOfficials "
                     "said five civilians died and dozens were hurt across Ukraine over the day.", date(2023, 10, 21), geocoder)
    assert events["Vasylivka"].killed == 1


def test_a_village_with_a_close_namesake_in_its_region_is_still_marked(geocoder):
    events = _events("Ukrainian shelling damaged a barn in Nekhoteyevka on Tuesday, the Belgorod governor said.",
                     date(2023, 6, 6), geocoder)
    assert events["Nekhoteyevka"].admin1 == "Belgorod Oblast"


def test_attacks_told_as_a_habit_with_several_weapon_words_are_no_strike(geocoder):
    events = _events("Russian drones hit a depot in Sumy on Monday. The region has faced frequent drone and missile "
                     "attacks on Okhtyrka since the spring.", date(2024, 6, 3), geocoder)
    assert list(events) == ["Sumy"]


def test_a_count_before_communities_is_no_hromada_name(geocoder):
    mentions = find_mentions("Seven communities came under fire on Sunday: Bilopillia, Esman and Hlukhiv.",
                             PlaceNames(geocoder), lexicon("en"))
    assert [(m.text, m.place.admin1) for m in mentions] == [(name, "Sumy Oblast") for name in ("Bilopillia", "Esman", "Hlukhiv")]


def test_a_district_named_by_the_adjective_of_a_two_word_town_is_that_town(geocoder):
    events = _events("Mortar fire hit the Velykopysarivska district of the Sumy region on Sunday.", date(2024, 6, 2), geocoder)
    (event,) = events.values()
    assert event.admin1 == "Sumy Oblast" and event.place.startswith("Velyka Pysarivka")


def test_a_district_closing_a_list_with_and_is_one_of_its_items(geocoder):
    events = _events("Shelling hit four communities on Monday: Krasnopillia, Esman, and Velykopysarivska District.",
                     date(2024, 6, 3), geocoder)
    assert {"Krasnopillia", "Esman"} <= set(events) and any(p.startswith("Velyka Pysarivka") for p in events)


def test_an_age_after_wounded_is_no_count():
    assert casualties("Medics treated the wounded 16-year-old at the scene.") == []


def test_a_hromada_told_short_when_a_hamlet_bears_the_name(geocoder):
    events = _events("Shelling of the Semeniv hromada in the Chernihiv region killed a man on Friday.", date(2024, 3, 8),
                     geocoder)
    assert events["Semenivka"].admin1 == "Chernihiv Oblast"


def test_a_citys_name_after_border_areas_of_names_its_region(geocoder):
    events = _events("Russian troops shelled the border areas of Sumy on Wednesday, wounding a farmer.", date(2024, 5, 8),
                     geocoder)
    assert list(events) == ["Sumy Oblast"]


def test_a_distance_from_a_countrys_border_names_no_attacker():
    assert stated_side("A warehouse was hit in the town, which lies 40 km from Ukraine's border with Poland.") is None


@pytest.mark.parametrize("sentence", [
    "The gym was destroyed after a missile landed on its roof, the mayor said.",
    "\"The clinic was destroyed\" when a drone hit its roof, he said.",
])
def test_a_building_destroyed_by_a_weapon_is_no_interception(sentence):
    assert interceptions(sentence) == {}


def test_a_night_summary_leaves_a_weapon_that_destroyed_a_building_out():
    from dashboard.attack_records import read_night_summary

    records = read_night_summary("Russia fired 30 missiles overnight; air defence shot down 21. \"The library was "
                                 "destroyed\" after a missile landed beside it, the mayor said.", date(2024, 2, 3), language="en")
    assert [(r.launched, r.shot_down) for r in records] == [(30, 21)]


def test_a_town_on_a_river_in_english(geocoder):
    events = _events("Drones set fire to a refinery in Slavyansk-on-Kuban overnight.", date(2024, 5, 9), geocoder)
    assert list(events) == ["Slavyansk-na-Kubani"]


def test_the_one_namesake_inside_a_long_lists_area(geocoder):
    events = _events("Antonivka, Chornobaivka, Beryslav, Novoberyslav, Kachkarivka, Zolota Balka and Novovorontsovka came "
                     "under Russian fire over the past day.", date(2024, 7, 2), geocoder)
    assert events["Kachkarivka"].latitude > 47


def test_a_raion_adjective_of_the_storys_region_beats_another_regions_city_district(geocoder):
    events = _events("Drones attacked the Tula region overnight. A warehouse in the village of Chekalino, Suvorovsky "
                     "District, was damaged, the governor said.", date(2024, 9, 4), geocoder)
    assert all(e.admin1 == "Tula Oblast" for e in events.values())


def test_a_headline_region_over_a_site_struck_in_the_region(geocoder):
    events = _events("Missile strikes fuel depot in western Volyn region\n\nAccording to the governor, a missile hit a fuel "
                     "depot in the region early on Sunday.", date(2022, 4, 3), geocoder)
    assert list(events) == ["Volyn Oblast"]


def test_the_day_a_governor_reported_via_telegram_is_not_the_strikes(geocoder):
    events = _events("Rivne hit by missile\n\nRivne was hit by a cruise missile, the governor wrote via the Telegram "
                     "channel on May 3.\n\nThe mayor told of blasts in the city on May 2.", date(2022, 5, 3), geocoder)
    assert events["Rivne"].event_date == date(2022, 5, 2)


def test_the_raion_a_hromada_called_a_district_lies_in_locates_it(geocoder):
    events = _events("Mortar fire hit the Semenivska district of Novhorod-Siverskyi district on Tuesday.",
                     date(2024, 6, 4), geocoder)
    assert not any("Novhorod" in place for place in events)


def test_drones_sent_to_a_community_with_a_hit_there_struck_it(geocoder):
    events = _events("At dusk Russian troops sent three kamikaze drones to the Pokrov community. A garage was hit there.",
                     date(2024, 9, 3), geocoder)
    assert list(events) == ["Pokrov"]


def test_a_line_naming_a_site_of_a_village_tells_where(geocoder):
    events = _events("Over the past day, the Kharkiv region came under fire.\n\n▪️ 11-20, June 3, Kharkiv district, "
                     "Tsyrkunivska TG, Ruski Tyshky village, garden association. A shell set a summer house on fire.",
                     date(2024, 6, 4), geocoder)
    assert "Ruski Tyshky" in events


@pytest.mark.parametrize("lang, sentence", [
    ("uk", "- два вибухи (ймовірно, скиди з FPV-дрона) лунали біля села Хотінь."),
    ("ru", "- два взрыва (вероятно, сбросы с FPV-дрона) звучали у села Теткино."),
])
def test_a_likely_weapon_is_no_likely_strike(lang, sentence):
    assert not lexicon(lang).speculative.test(sentence)


def test_a_hromadas_villages_listed_under_its_heading_are_its(geocoder):
    events = _events("Ситуація в прикордонних громадах за минулу добу, 5 червня\n\nЗа минулу добу ворог обстріляв "
                     "дві громади: Новгород-Сіверську та Сновську.\nНовгород-Сіверська громада:\n- два вибухи були в районі "
                     "Гремʼяча.\nСновська громада:\n- три вибухи зафіксували в районі Хрінівки.", date(2024, 6, 5), geocoder)
    assert sorted(events) == ["Hremiach", "Khrinivka"]


@pytest.mark.parametrize("lang, text", [
    ("en", "A drone hit a house in Zolochiv overnight. A native of the Sumy region was killed."),
    ("uk", "Уночі дрон влучив у будинок у Золочеві. Загинув уродженець Сумської області."),
    ("ru", "Ночью дрон попал в дом в Золочеве. Погиб уроженец Сумской области."),
])
def test_where_someone_was_born_is_not_where_the_strike_fell(geocoder, lang, text):
    events = _events(text, date(2024, 6, 5), geocoder)
    assert list(events) == ["Zolochiv"] and events["Zolochiv"].killed == 1


@pytest.mark.parametrize("lang, sentence", [
    ("uk", "Окупанти не змогли захопити місто, але регулярно обстрілюють його."),
    ("ru", "Оккупанты не смогли захватить город, но регулярно обстреливают его."),
])
def test_shelling_told_as_a_habit_is_no_strike(lang, sentence):
    assert lexicon(lang).context_sentence.test(sentence)


def test_a_ukrainian_villages_russian_two_word_name(geocoder):
    events = _events("Вечером снаряды попали в Черкасскую Лозовую, сгорел сарай.", date(2024, 6, 5),
                     geocoder)
    assert "Cherkaska Lozova" in events


def test_a_raion_written_by_its_adjective_gives_way_to_its_village(geocoder):
    events = _events("В Неклиновском районе упал беспилотник, сообщил глава района. Обломки упали в селе Дарагановка.",
                     date(2023, 8, 2), geocoder)
    assert list(events) == ["Daraganovka"]


def test_in_the_city_after_a_regions_police_is_the_city_just_told(geocoder):
    events = _events("Войска обстреляли центр Изюма утром. В полиции Харьковской области сообщили, что в городе "
                     "разрушен магазин.", date(2024, 3, 5), geocoder)
    assert list(events) == ["Izium"]


def test_no_dead_or_wounded_recorded_is_nobody_hurt(geocoder):
    events = _events("Уночі ворог обстріляв Хотінь із мінометів.\nВідомостей про загиблих чи поранених, унаслідок "
                     "нічного обстрілу серед жителів громади, не зафіксовано.", date(2024, 6, 5), geocoder)
    assert (events["Khotin"].killed, events["Khotin"].injured) == (0, 0)


def test_the_day_before_in_a_quote_is_the_day_before_the_report(geocoder):
    events = _events("В воскресенье, 14 мая, вечером ракеты ударили по Кременчугу.\n\n\"Вражеские ракеты накануне ударили "
                     "по Кременчугской ТЭЦ\", — сообщил глава ОВА.", date(2023, 5, 15), geocoder)
    assert list(events) == ["Kremenchuk"] and events["Kremenchuk"].event_date == date(2023, 5, 14)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Целью трёх вражеских дронов 2 марта стало село Глотово."),
    ("uk", "Ціллю трьох ворожих дронів 2 березня стало село Хотінь."),
])
def test_a_village_that_was_the_target_of_drones_was_struck(lang, sentence):
    assert lexicon(lang).strike.test(sentence)


@pytest.mark.parametrize("lang, sentence", [
    ("ru", "Дроны сбиты над Черным и Азовским морями."),
    ("uk", "Дрони збито над Чорним та Азовським морями."),
])
def test_a_sea_named_by_its_adjective_is_no_place(geocoder, lang, sentence):
    assert find_mentions(sentence, PlaceNames(geocoder), lexicon(lang)) == []


def test_a_sentences_first_word_that_is_a_common_noun_is_no_hamlet(geocoder):
    mentions = find_mentions("Атаки отражались весь вечер в Брянской области.", PlaceNames(geocoder), lexicon("ru"))
    assert [m.place.name for m in mentions] == ["Bryansk Oblast"]


def test_a_regions_own_name_in_a_list_of_regions_is_the_region(geocoder):
    mentions = find_mentions("Дроны сбиты над Ростовской областью, Краснодарским краем, Крымом.", PlaceNames(geocoder),
                             lexicon("ru"), "Rostov Oblast")
    assert [m.place.name for m in mentions][-1] == "Autonomous Republic of Crimea"


@pytest.mark.parametrize("text, places", [
    ("Ukraine claimed the destruction of a landing ship near Feodosia, thought to carry drones for Moscow's ongoing conflict "
     "with Kyiv.", ["Feodosiia"]),
    ("A drone hit a depot in Feodosia on Tuesday. The head of the Sumy region, which borders Russia's Kursk and Bryansk "
     "regions, said shelling wounded six people.", ["Feodosiia", "Sumy Oblast"]),
])
def test_capitals_of_a_conflict_and_neighbouring_regions_are_no_strikes(geocoder, text, places):
    assert list(_events(text, date(2023, 12, 26), geocoder)) == places


def test_nobody_hurt_told_beside_a_warning_still_counts(geocoder):
    events = _events("Border villages came under artillery fire early on Tuesday, the Kursk governor said.\nHe added that "
                     "houses were damaged in Tyotkino.\nHe said nobody was hurt but warned of the threat of further "
                     "shelling.", date(2022, 7, 5), geocoder)
    assert (events["Tyotkino"].killed, events["Tyotkino"].injured) == (0, 0)


def test_a_night_dated_after_the_reports_own_figures_is_another_night():
    from dashboard.attack_records import read_night_summary

    records = read_night_summary("Air Force: drones downed overnight\n\nAir defence downed seven of the 9 Shahed drones "
                                 "fired by Russia in the night, the Air Force said on March 4. Overnight on March 3, air "
                                 "defence downed 15 drones.", date(2024, 3, 4), language="en")
    assert [(r.night, r.launched, r.shot_down) for r in records] == [(date(2024, 3, 4), 9, 7)]


def test_a_region_in_an_apposition_locates_the_town(geocoder):
    mentions = find_mentions("The head of Enerhodar, a Russian-held town in the Zaporizhzhia region, told of an explosion "
                             "near the town hall.", PlaceNames(geocoder), lexicon("en"))
    assert [(m.text, m.role) for m in mentions][-1] == ("Zaporizhzhia region", "locator")


@pytest.mark.parametrize("lang, sentence", [
    ("uk", "Окупанти заявили, що на складі в Джанкої здетонували боєприпаси."),
    ("ru", "Оккупанты заявили, что на складе в Джанкое сдетонировали боеприпасы."),
])
def test_the_side_that_speaks_of_blasts_is_not_the_attacker(lang, sentence):
    assert stated_side(sentence, lexicon(lang)) is None


def test_the_defence_of_a_city_is_no_strike_on_it(geocoder):
    mentions = find_mentions("The defence of Zaporizhzhia was the main topic of the meeting.", PlaceNames(geocoder),
                             lexicon("en"))
    assert [m.role for m in mentions] == ["context"]


def test_a_town_on_a_river_is_known_without_the_rivers_name(geocoder):
    names = PlaceNames(geocoder)
    assert names.resolve("Slavyansk", region="Krasnodar Krai").name == "Slavyansk-na-Kubani"
    assert names.resolve("Slavyansk").name == "Sloviansk"  # (alone, the larger town of the name)


def test_a_hromada_adjective_of_a_name_in_e_is_that_settlements(geocoder):
    place = PlaceNames(geocoder).resolve("Shyrokivska hromada", region="Dnipropetrovsk Oblast")
    assert (place.name, place.admin1) == ("Shyroke", "Dnipropetrovsk Oblast")


def test_the_names_officials_give_russias_troops_state_the_side_that_struck():
    assert stated_side("Overnight ruscists [the invaders] shelled houses in the Polohy district.") == "Russia"


def test_a_strike_on_vasylivka_after_march_2022_was_ukraines(geocoder):
    (event,) = extract(Report("A missile hit a hotel in Vasylivka on Tuesday, killing two people, the town's "
                              "administration said.", date(2023, 1, 4)), geocoder).events
    assert (event.place, event.attacker) == ("Vasylivka", "Ukraine")


@pytest.mark.parametrize("text, published, struck", [
    # Places told as constantly or rarely attacked are no strike.
    ("Russian artillery hit Vovchansk on Monday. Towns near the border, including Kharkiv itself, are "
     "constantly subjected to shelling. Uzhhorod, in the far west, is rarely subjected to such attacks.",
     date(2024, 3, 5), ["Vovchansk"]),
    # A dateline with a comma before the agency is no place struck.
    ("Kiev, Oct 4, (dpa) - A Russian guided bomb hit a school in Kupiansk on Tuesday, local officials said.",
     date(2023, 10, 4), ["Kupiansk"]),
    # A village an official "earlier said" was hit refines the oblast the report struck.
    ("A grain store in Poltava Oblast was hit by a missile overnight, the governor said on Friday.\n\n"
     "A minister earlier said that three workers were hurt in the attack on the store in the village of "
     "Hoholeve.",
     date(2024, 2, 2), ["Hoholeve"]),
    # Debris told after air defence was active over a region fell there.
    ("Russian drones hit a substation in Ternopil overnight, the mayor said.\n\nAir defence units were "
     "active over the Poltava region as well, according to its governor. Falling wreckage damaged two "
     "houses.",
     date(2024, 12, 3), ["Ternopil", "Poltava Oblast"]),
    # Power cuts in a district after the attacks are no strike on it.
    ("Ukrainian drones hit a farm in Golovchino on Monday, the governor said. Electricity cuts were "
     "reported in the Shebekino district after the attacks.",
     date(2024, 6, 11), ["Golovchino"]),
    # Rockets that "also landed" struck.
    ("Grad rockets hit Nikopol at dawn. Several rockets also landed in Marhanets.",
     date(2023, 7, 2), ["Nikopol", "Marhanets"]),
    # A hit told after missiles were launched at one region fell there.
    ("The air force said five missiles were launched at the Mykolaiv region overnight. According to the "
     "governor, one of them hit farmland and started a blaze.",
     date(2024, 3, 9), ["Mykolaiv Oblast"]),
    # Debris told by the region's governor, his title naming it, fell where the drones were downed.
    ("Air defences downed four drones above the Kursk region overnight. Kursk region Governor Khinshtein "
     "reported that debris from one of them set a warehouse on fire.",
     date(2025, 2, 3), ["Kursk Oblast"]),
    # A facility named for its town, in capitals, is no person's name.
    ("Drones set Russia's Saratov Oil Refinery ablaze overnight, the governor said.",
     date(2025, 1, 5), ["Saratov"]),
    # A town named for the fighting near it is no strike.
    ("Russian shelling hit Sloviansk, wounding six. The shelling damaged buildings across the region, "
     "where Moscow's troops keep pushing amid heavy fighting near Pokrovsk.",
     date(2024, 10, 7), ["Sloviansk"]),
    # An oil plant of a region with one refinery is that town.
    ("Ukrainian drones hit an oil plant in the Saratov Region overnight, the governor said.",
     date(2024, 3, 13), ["Saratov"]),
    # Damage a city's mayor tells of is his city's.
    ("A drone fell on a factory in Yelets and hurt one worker, the Lipetsk governor said.\n\nKursk Mayor "
     "Igor Kutsak said a school was damaged during the raid.",
     date(2025, 7, 15), ["Yelets", "Kursk"]),
])
def test_places_struck_and_not_from_more_published_reports(text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


@pytest.mark.parametrize("text, published, struck", [
    # Villages without power "following an attack" were struck.
    ("The governor said five villages in the Belgorod region were left without power following a Ukrainian "
     "drone attack.",
     date(2024, 3, 12), ["Belgorod Oblast"]),
    # A capital that answers, a comma between ("Moscow, however, insists"), is its government.
    ("Shelling killed two people in Donetsk, officials said.\n\nMoscow, however, says it strikes only "
     "military sites.",
     date(2022, 5, 10), ["Donetsk"]),
    # A village "fired from mortars", in translation from Russian, was shelled.
    ("The village of Tyotkino near the border was fired from mortars overnight, the governor wrote.",
     date(2022, 7, 15), ["Tyotkino"]),
    # A city where the wounded were taken to hospitals was not struck.
    ("Russian troops shelled Orikhiv on Tuesday. Five residents went to hospitals in Zaporizhzhia; a "
     "woman later died.",
     date(2022, 5, 11), ["Orikhiv"]),
    # A hromada's adjective names the centre in the report's region, not a town of that spelling elsewhere.
    ("Russian troops shelled the Krasnopilska and Myropilska communities of the Sumy region on Monday.",
     date(2024, 1, 8), ["Krasnopillia", "Myropillia"]),
])
def test_places_struck_and_not_in_the_thirty_eighth_rounds_reports(text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


@pytest.mark.parametrize("text, published, told", [
    # A roundup's "nobody was hurt", its places all of one oblast and none with a toll of its own, is of them all.
    ("On October 22 Russian troops shelled a dozen settlements of the Zaporizhzhia region.\n"
     "Artillery hit Huliaipole, Charivne and Stepnohirsk.\n"
     "Drones attacked Orikhiv and Mala Tokmachka. A shed was damaged in one village. No civilians were injured.",
     date(2023, 10, 23), [("Huliaipole", "2023-10-22", 0, 0), ("Charivne", "2023-10-22", 0, 0),
                          ("Stepnohirsk", "2023-10-22", 0, 0), ("Orikhiv", "2023-10-22", 0, 0),
                          ("Mala Tokmachka", "2023-10-22", 0, 0)]),
    # A place told struck only on the day of the telling takes the day a later sentence gives it; the
    # place told with it keeps its own; officials a side installed are the city's ("Melitopol's ...").
    ("Blasts were reported in occupied Melitopol and in the Donetsk region.\n\n"
     "Officials said Ukraine fired missiles at Melitopol on Saturday, while rockets hit the Donetsk region on "
     "Sunday.\n\nMelitopol's Moscow-installed officials said two missiles hit the city, killing one and "
     "injuring five.",
     date(2022, 12, 11), [("Melitopol", "2022-12-10", 1, 5), ("Donetsk Oblast", "2022-12-11", None, None)]),
    # A day told in a clause of what had happened to the place before is that earlier strike's.
    ("A missile hit Lutsk at dawn\n\nThe city came under fire at 5:45, the mayor said. The missiles targeted a fuel "
     "depot, which had already been shelled at 7 a.m. on March 2.",
     date(2022, 3, 11), [("Lutsk", "2022-03-11", None, None)]),
    # Two days in one sentence: each place takes the day of its own clause.
    ("Drones hit a depot in Odesa on Saturday, while a missile struck a factory in Dnipro on Sunday.",
     date(2024, 6, 10), [("Odesa", "2024-06-08", None, None), ("Dnipro", "2024-06-09", None, None)]),
])
def test_days_and_tolls_in_the_thirty_eighth_rounds_reports(text, published, told, geocoder):
    assert [(e.place, e.event_date.isoformat(), e.killed, e.injured)
            for e in extract(Report(text, published), geocoder).events] == told


@pytest.mark.parametrize("code, sentence, expected", [
    # Those taken to hospital are among those who sought help, told beside them.
    ("en", "Forty people sought medical help; 17 were hospitalised.", [("injured", 40)]),
    ("uk", "По медичну допомогу звернулися 40 людей, 17 людей госпіталізовано.", [("injured", 40)]),
    ("ru", "За медицинской помощью обратились 40 человек, 17 человек госпитализированы.", [("injured", 40)]),
    # One killed, told in a clause of its own after the person.
    ("ru", "Девочке, которую убили оккупанты, было девять лет.", [("killed", 1), ("children", 1)]),
])
def test_figures_of_the_thirty_eighth_rounds_reports(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, published, struck", [
    # A list of names a stray full stop cuts in two is one list, struck as the sentence that ends it says.
    ("Russian troops shelled six communities of the Chernihiv region on 2 May.\n\n"
     "The communities of Semenivka, Snovsk, Koriukivka. Horodnia, Ripky and Mena came under fire.",
     date(2024, 5, 3), ["Semenivka", "Snovsk", "Koriukivka", "Horodnia", "Ripky", "Mena"]),
    # "на Пасечной" in a Sevastopol story is a street of the city, not a village of that name far away.
    ("Губернатор Севастополя Михаил Развожаев сообщил, что обломки сбитого беспилотника упали на Пасечной, пострадал мужчина.",
     date(2024, 5, 1), ["Sevastopol"]),
    # A capital's "reaction" is its government's: no strike on the city.
    ("Drones attacked the Bryansk region overnight, the governor said.\n\n"
     "The attacks were Kyiv's reaction to the offensive in the Donbas, Moscow claims.",
     date(2023, 8, 13), ["Bryansk Oblast"]),
    # What is done "in the face of" attacks tells of their threat, not of a strike.
    ("The president discussed power for Kharkiv Oblast's villages in the face of constant Russian attacks on "
     "the grid.",
     date(2023, 3, 22), []),
    # Towns told as the ones "most often shelled": how often, not a strike.
    ("Оріхів і Гуляйполе — громади, які найчастіше обстрілюють окупанти.", date(2023, 3, 31), []),
    ("Орехов и Гуляйполе — города, которые чаще всего обстреливают оккупанты.", date(2023, 3, 31), []),
])
def test_places_struck_and_not_in_the_thirty_ninth_rounds_reports(text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


def test_a_count_of_explosions_is_what_landed_not_what_was_heard(geocoder):
    # "with 40 explosions reported in the area": the tally of a strike, whose toll the next sentence gives.
    text = ("Russian forces attacked the Khotin, Yunakivka and Velyka Pysarivka communities of Sumy Oblast on 3 June.\n\n"
            "The town of Velyka Pysarivka took most of the attacks, with 40 explosions reported in the area. "
            "Two residents were wounded in a drone strike on the community.")
    events = _events(text, date(2024, 6, 4), geocoder)
    assert events["Velyka Pysarivka"].injured == 2


def test_a_title_case_headline_lists_regions_as_a_sentence_does(geocoder):
    # "Chernihiv And Sumy Regions": the regions, not the two cities.
    mentions = find_mentions("Russian Troops Shell Border Of Chernihiv And Sumy Regions", PlaceNames(geocoder),
                             lexicon("en"))
    assert [m.place.name for m in mentions] == ["Chernihiv Oblast", "Sumy Oblast"]


@pytest.mark.parametrize("code, sentence, expected", [
    # The tally's parts place by place, the first after a colon, one person told by who they are.
    ("ru", "Осколочные ранения получили трое жителей области: в Береславе — пенсионерка, в Голой Пристани — двое мужчин.",
     [("injured", 3), ("injured", 1), ("injured", 2)]),
    ("uk", "Осколкові поранення дістали троє людей: у Бериславі — пенсіонерка, у Голій Пристані — двоє чоловіків.",
     [("injured", 3), ("injured", 1), ("injured", 2)]),
])
def test_figures_of_the_thirty_ninth_rounds_reports(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text", [
    "Голова ОВА додав: на донецькому напрямку Курахове обстрілювали з артилерії, пошкоджено школу.",
    "Глава ОВА добавил: на донецком направлении Курахово обстреливали из артиллерии, повреждена школа.",
])
def test_a_town_after_a_front_sector_named_by_its_adjective_is_struck(text, geocoder):
    # "на донецькому напрямку Курахове ...": the sector, then the town shelled in it (not "у напрямку X", towards X).
    assert list(_events(text, date(2023, 3, 28), geocoder)) == ["Kurakhove"]


def test_a_kursk_okrug_is_found_by_its_older_noun(geocoder):
    # Kursk's districts are okrugs now; reports still call them "район".
    text = "Вечером дрон попал в жилой дом в Железнодорожном районе Курска, ранены двое."
    assert [(e.place, e.district_of) for e in extract(Report(text, date(2025, 8, 15)), geocoder).events] == [
        ("Kursk", ""), ("Zheleznodorozhny", "Kursk")]


@pytest.mark.parametrize("code, sentence", [
    ("ru", "Пятеро пострадавших госпитализированы, один — в тяжёлом состоянии."),
    ("uk", "П'ятеро постраждалих госпіталізовано, один — у важкому стані."),
])
def test_how_one_of_the_hurt_is_no_figure_of_its_own(code, sentence):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == [("injured", 5)]


@pytest.mark.parametrize("text, published, struck", [
    # The regional centre of a report whose headline names a region's capital and no region.
    ("Через нічні обстріли Миколаєва та Галицинівської громади слідчі відкрили кримінальні провадження\n\n"
     "Сьогодні вночі ворог знову завдав ударів по обласному центру. Пошкоджено житлові будинки та склад.",
     date(2022, 8, 10), ["Mykolaiv"]),
    # "та територія ... громади": the hromada's own ground, one more item of the list, no unit locating it.
    ("Вчора на Миколаївщині під обстрілами були Луч, Первомайське та територія Галицинівської громади.",
     date(2022, 8, 10), ["Luch", "Pervomaiske", "Halytsynove"]),
    # "поразили": hit, a strike (as the Ukrainian "уразили").
    ("Ночью вражеские беспилотники поразили Петропавловскую и Межевскую общины Днепропетровской области.",
     date(2025, 9, 6), ["Petropavlivka", "Mezhova"]),
    # A house burned down, one line of a roundup's list of damage.
    ("В Грайворонском округе повреждены дома в двух сёлах:\nв селе Пороз выбиты окна частного дома;\n"
     "в селе Безымено сгорел жилой дом.", date(2024, 6, 22), ["Poroz", "Bezymeno"]),
    # Who came to Moscow is no strike there.
    ("Директор МАГАТЭ приехал в Москву, чтобы обсудить обстрелы атомной станции.", date(2025, 9, 26), []),
    # What a town "endured" for months is no strike.
    ("Aid workers said the people of Kherson had endured months of constant bombardment and now lacked water.",
     date(2022, 11, 14), []),
])
def test_places_struck_and_not_in_the_fortieth_rounds_reports(text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


def test_a_headline_city_outranks_the_body_region_it_lies_in(geocoder):
    # "по Одессе" over a body that tells of "Одесщина" alone: the city, not the whole region.
    text = ("Враг ударил баллистической ракетой по Одессе\n\n"
            "Ночью россияне снова ударили по Одесщине: ракета попала в гражданское судно в порту.")
    assert "Odesa" in _events(text, date(2024, 10, 8), geocoder)


def test_another_before_the_next_figure_is_that_figures(geocoder):
    # "one was killed and another two injured": only the two are more; the dead stay one.
    text = ("Missiles struck Zaporizhzhia on Friday evening. One person was killed and two were injured.\n\n"
            "By night the mayor confirmed that one man had been killed and another two hurt.")
    assert _events(text, date(2022, 8, 12), geocoder)["Zaporizhzhia"].killed == 1


def test_a_citys_toll_told_again_stays_with_the_city(geocoder):
    # The city already holds 20 hurt; "the number of the injured has risen to 20" is its toll, not its district's.
    text = ("Russian shelling hit Mykolaiv this afternoon, injuring 20 people.\n\n"
            "In the Korabelnyi district of the city, dry grass caught fire.\n\n"
            "As of 18:00, the number of the injured had risen to 20. One civilian was killed.")
    assert _events(text, date(2022, 8, 5), geocoder)["Mykolaiv"].killed == 1


def test_the_air_force_that_reports_is_not_the_attacker():
    # The service that reports is not who struck; "launched by Russian occupiers" names who did.
    sentence = ("Some 60 drones launched by Russian occupiers were downed before dawn, said the Special Operations "
                "Forces of the military of Ukraine.")
    assert stated_side(sentence, lexicon("en")) == "Russia"


def test_a_regions_toll_over_the_day_is_no_towns(geocoder):
    # "In the Sumy region ... during the day": the region's day, not Sumy's own toll.
    text = ("Across the Sumy region, a woman died and four people were wounded by Russian fire during the day, "
            "and drones were also aimed at Sumy.")
    assert _events(text, date(2025, 8, 25), geocoder)["Sumy"].injured is None


@pytest.mark.parametrize("code, sentence, expected", [
    # The ages of the people counted after one dash: the one after them is one more.
    ("uk", "Поранення отримали дві жінки – 40 та 70 років і чоловік.", [("injured", 3)]),
    ("ru", "Ранения получили две женщины – 40 и 70 лет и мужчина.", [("injured", 3)]),
    # One told by the land they are of.
    ("ru", "Погиб 60-летний украинец, работник порта.", [("killed", 1)]),
    ("uk", "Загинув 60-річний українець, працівник порту.", [("killed", 1)]),
    # One life taken.
    ("uk", "У селі окупанти обірвали життя 67-річного місцевого жителя.", [("killed", 1)]),
    ("ru", "Обстрел оборвал жизнь 67-летнего местного жителя.", [("killed", 1)]),
    # The other of two, told apart.
    ("ru", "Один водитель ранен осколком, второй — получил контузию.", [("injured", 1), ("injured", 1)]),
    ("en", "One worker was killed and the other was seriously injured.", [("killed", 1), ("injured", 1)]),
    # As many again, in a place named after a settlement's abbreviation.
    ("ru", "Трое ранены в Ленинском районе, столько же — в пгт. Ольховка.",
     [("injured", 3), ("injured", 3)]),
    # "the number of the injured" and "no human losses".
    ("en", "By evening the number of the injured had grown to 22.", [("injured", 22)]),
    ("en", "The army reported no human losses.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_figures_of_the_fortieth_rounds_reports(code, sentence, expected):
    assert sorted((key, n) for key, n, _ in casualties(sentence, lexicon(code))) == sorted(expected)


def test_a_day_still_to_come_is_no_strikes_day():
    # Mourning declared for Thursday the 14th, for those killed on Tuesday: the strike was on Tuesday.
    sentence = "Четвер, 14 березня, оголошено днем жалоби за загиблими від ракетного удару у вівторок."
    assert date_in(sentence, date(2024, 3, 13), lex=lexicon("uk")) == (date(2024, 3, 12), "day")


@pytest.mark.parametrize("text, language, figures", [
    # "all 30 drones": 30 came, and every one was downed; the region's three before are a part of them.
    ("Air defence shot down three drones over the Dnipropetrovsk region overnight. During the night attack on "
     "Ukraine, air defence destroyed all 30 Shahed drones.", "en", [("drone", 30, 30)]),
    # "11 of them", then "nine around Kyiv": the nine are among the 11.
    ("Цієї ночі ворог запустив по території України 16 ударних БпЛА типу Shahed. 12 з них вдалося збити. "
     "Над столицею сили ППО знищили вісім БпЛА.", "uk", [("drone", 16, 12)]),
    # A drone count and one missile after it, in a language with no article: two records.
    ("Россия атаковала Днепропетровскую область 20 дронами «Шахед» и крылатой ракетой Х-59.", "ru",
     [("drone", 20, None), ("missile", 1, None)]),
])
def test_night_figures_of_the_fortieth_rounds_reports(text, language, figures):
    records = read_night_summary(text, "2023-10-03", language=language)
    assert [(r.category, r.launched, r.shot_down) for r in records] == figures


@pytest.mark.parametrize("sentence, side", [
    # A headline's present tense names who struck.
    ("Russia fires drones at Ukraine's south, hits Odesa port", "Russia"),
    # The air defence that hit the missiles did not strike.
    ("Two rockets fell in the Pechersk district; two more were brought down by Ukraine's air defence above the "
     "city.", None),
])
def test_sides_of_the_fortieth_rounds_reports(sentence, side):
    assert stated_side(sentence, lexicon("en")) == side


@pytest.mark.parametrize("code, text, published, struck", [
    # A capital that stands for its government.
    ("en", "Russia accused Ukraine of strikes on officials in Kherson and Luhansk who were collaborating with Moscow.",
     date(2022, 9, 16), ["Kherson", "Luhansk"]),
])
def test_places_named_for_context_in_the_fortieth_rounds_reports(code, text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


def test_one_more_told_after_a_citys_total_is_within_it(geocoder):
    # The lead's two already count the man hurt in the district and the one "more" told after him.
    text = ("Російський дрон скинув вибухівку на людей у Херсоні: двоє поранених.\n\n"
            "У Дніпровському районі міста 40-річний чоловік дістав травму від скиду.\n\n"
            "Пізніше у лікарню доправили ще одного пораненого після удару дрона по Херсону.")
    assert _events(text, date(2024, 8, 10), geocoder)["Kherson"].injured == 2


def test_a_weapon_written_in_latin_letters_in_a_cyrillic_report_is_no_place(geocoder):
    # "Shadow" of "Storm Shadow" is no misspelt town (Sarov).
    sentence = "По предварительным данным, обстрел велся крылатыми ракетами Storm Shadow."
    assert find_mentions(sentence, PlaceNames(geocoder), lexicon("ru"), "Luhansk Oblast") == []


def test_nobody_hurt_before_a_colon_tells_of_the_incidents_after_it(geocoder):
    # "обошлось без пострадавших:" opens the list; the town hurt before it keeps its own toll.
    text = ("В Шебекино при атаке дрона ранены мужчина и женщина.\n\n"
            "Также губернатор рассказал о других атаках, после которых обошлось без пострадавших:\n\n"
            "В селе Козинка сгорел гараж. В селе Двулучное выбиты окна в частном доме.")
    events = _events(text, date(2025, 9, 26), geocoder)
    assert [(events[p].killed, events[p].injured) for p in ("Shebekino", "Kozinka", "Dvuluchnoye")] == [
        (None, 2), (0, 0), (0, 0)]


def test_a_region_told_before_its_one_town_leaves_a_story_of_one_strike(geocoder):
    # The region, then its one town struck: a toll told several sentences on is the town's.
    text = ("Дроны атаковали Ростовскую область. В Таганроге повреждены три жилых дома.\n\n"
            "На месте работают экстренные службы. Информация о последствиях уточняется.\n\n"
            "Губернатор рассказал о пожаре во дворе дома. Огонь быстро потушили.\n\n"
            "Известно о трёх пострадавших.")
    assert _events(text, date(2025, 4, 1), geocoder)["Taganrog"].injured == 3


@pytest.mark.parametrize("code, text, published, struck", [
    # A settlement named in brackets is the place; the urban district before it locates it.
    ("en", "A drone killed one person in the Moscow region's Leninsky Urban District (Vidnoye settlement) overnight.",
     date(2025, 3, 11), ["Vidnoye"]),
    # A weekday after a town's name is no surname.
    ("en", "A Russian drone hit a block of flats in Kharkiv Saturday morning, the mayor said.", date(2024, 3, 2),
     ["Kharkiv"]),
    # Where the wounded were taken is no strike.
    ("uk", "Окупанти обстріляли село Кізомис. Двох поранених шпиталізували до Херсона.", date(2023, 4, 23),
     ["Kizomys"]),
    # "Понівечено": mangled, damage done.
    ("uk", "Понівечено будинки та автівки в Гуляйполі й Оріхові.", date(2023, 5, 11), ["Huliaipole", "Orikhiv"]),
])
def test_places_struck_and_not_in_the_fortieth_rounds_later_reports(code, text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


@pytest.mark.parametrize("code, sentence, expected", [
    # Two body parts between the wound and the verb.
    ("uk", "Поранення голови та грудної клітини отримала 80-річна жінка.", [("injured", 1)]),
    ("uk", "Руйнувань і травмованих немає.", [("injured", 0)]),
])
def test_figures_of_the_fortieth_rounds_later_reports(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


def test_a_city_district_in_brackets_is_where_it_fell(geocoder):
    # "посёлок Юбилейный (Артемовский район Луганска)": the district in brackets is struck, not a locator.
    sentence = "Утром случился прилёт у посёлка Юбилейный (Артемовский район Луганска), выбиты стёкла."
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon("ru"), "Luhansk Oblast")
    assert [(m.place.name, m.role) for m in mentions if m.place.kind == "district"] == [("Artemivskyi", "target")]


@pytest.mark.parametrize("code, text", [
    # A memorial names the town struck long before: no strike of its own.
    ("en", "Odesa pays tribute to those killed in the Russian missile attack on the port."),
    ("uk", "В Одесі вшанували пам'ять загиблих від ракетного удару по порту."),
    ("ru", "В Одессе почтили память погибших при ракетном ударе по порту."),
])
def test_a_memorial_is_no_strike(code, text, geocoder):
    assert list(_events(text, date(2024, 4, 29), geocoder)) == []


# --- the forty-first round ---------------------------------------------------------------

@pytest.mark.parametrize("code, text, place, killed", [
    # A strike measured against a period is no tally over it: the figures are the strike's.
    ("en", "At least 14 people were killed in the strike on Dnipro on Friday, the deadliest on the city since "
           "Russia began its all-out war in February 2022.", "Dnipro", 14),
    ("uk", "У Дніпрі загинули 14 людей — це наймасованіша атака на місто з початку повномасштабного вторгнення.",
     "Dnipro", 14),
    ("ru", "В Днепре погибли 14 человек, это самый кровавый удар по городу с начала войны.", "Dnipro", 14),
])
def test_a_strike_compared_with_a_period_keeps_its_figures(code, text, place, killed, geocoder):
    events = _events(text, date(2024, 5, 3), geocoder)
    assert list(events) == [place] and events[place].killed == killed


@pytest.mark.parametrize("code, text, published, expected", [
    # The day of the earlier strikes on "the same" target is not the day of this one.
    ("en", "Overnight Russia again struck the same substation in the Lviv region as on 24 March, the governor said.",
     date(2024, 3, 31), [("Lviv Oblast", date(2024, 3, 31))]),
    ("uk", "Вночі ворог атакував той самий об'єкт енергетики на Львівщині, що й 24 березня.", date(2024, 3, 31),
     [("Lviv Oblast", date(2024, 3, 31))]),
    # "Також вдень": during the day the story has told, not the day of the telling.
    ("uk", "У неділю, 7 серпня, ворог обстріляв село Миколаївка Семенівської громади. Також вдень обстріляли село "
           "Сеньківка Городнянської громади.", date(2022, 8, 8),
     [("Mykolaivka", date(2022, 8, 7)), ("Senkivka", date(2022, 8, 7))]),
    # A toll of its own, on a day of its own, is another strike on the town, not this one re-dated.
    ("ru", "Шебекино, город Белгородской области, опять оказался под огнём украинской армии. Ранены трое жителей. "
           "6 мая при обстреле города Шебекино пострадал один человек.", date(2023, 5, 8),
     [("Shebekino", date(2023, 5, 8)), ("Shebekino", date(2023, 5, 6))]),
])
def test_days_of_the_forty_first_rounds_reports(code, text, published, expected, geocoder):
    assert [(e.place, e.event_date) for e in extract(Report(text, published), geocoder).events] == expected


@pytest.mark.parametrize("code, text, published, struck", [
    # Weapons supplied to a capital: its government, no strike there.
    ("en", "Russian missiles hit Lviv overnight; most were downed by jets supplied to Kyiv by its allies.",
     date(2025, 11, 19), ["Lviv"]),
    # "Со стороны Украины" says who fired; the village after it is what was fired on.
    ("ru", "Под обстрелом со стороны Украины оказалась Журавлёвка Белгородского района.", date(2022, 5, 5),
     ["Zhuravlevka"]),
])
def test_places_struck_and_not_in_the_forty_first_rounds_reports(code, text, published, struck, geocoder):
    assert list(_events(text, published, geocoder)) == struck


def test_a_towns_urban_okrug_is_the_town(geocoder):
    # GeoNames' "Gorod Shebekino" (the urban okrug) beside Shebekino: one place, by the town's name.
    events = extract(Report("Город Шебекино обстреляли, ранены двое.", date(2023, 5, 8)), geocoder).events
    assert [e.place for e in events] == ["Shebekino"]


def test_the_first_of_a_list_in_the_other_languages_spelling(geocoder):
    # Ukrainian villages the tables hold only as Ukrainian spells them: "Ольгівське", "Гуляйпільське"
    # (a Russian "о" where Ukrainian writes "і"), the first of the list as well as the later ones.
    sentence = "Под огнём оказались Ольговское, Гуляйпольское и Малая Токмачка."
    mentions = find_mentions(sentence, PlaceNames(geocoder), lexicon("ru"), "Zaporizhzhia Oblast")
    assert [m.place.name for m in mentions] == ["Olhivske", "Huliaipilske", "Mala Tokmachka"]


@pytest.mark.parametrize("code, sentence, expected", [
    ("ru", "Село обстреляли, к счастью, обошлось без потерь.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "Село обстріляли, на щастя, обійшлося без втрат.", [("killed", 0), ("injured", 0), ("children", 0)]),
    # The dead and the wounded counted before a clause that tells what befell them.
    ("uk", "Під завалами знайшли трьох людей, які загинули внаслідок удару.", [("killed", 3)]),
    ("ru", "В больнице находятся пять человек, которые получили ранения при обстреле.", [("injured", 5)]),
])
def test_figures_of_the_forty_first_rounds_reports(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


def test_a_surname_told_with_a_first_name_is_that_person_later(geocoder):
    # "Александр Гусев" named once: "по словам Гусева" is the governor, not the town Gusev.
    text = ("Губернатор Воронежской области Александр Гусев сообщил, что в Лисках повреждён дом. "
            "По данным Гусева, в одном из районов ранена жительница.")
    assert list(_events(text, date(2025, 12, 4), geocoder)) == ["Liski"]
    # (a surname too short to have a base is no trouble: "Виктор Ли")
    assert list(_events("Мэр Виктор Ли сообщил, что в Лисках повреждён дом.", date(2025, 12, 4), geocoder)) == ["Liski"]


def test_the_days_roundup_counts_a_strike_already_told(geocoder):
    # The night's strike on Bilozerka, then the past day's list that names it again: one strike.
    text = ("Вночі 4 жовтня ворог обстріляв Білозерку, загинув чоловік. Минулої доби під вогнем опинилися "
            "Садове, Білозерка та Кізомис.")
    events = extract(Report(text, date(2024, 10, 4)), geocoder).events
    assert [(e.place, e.event_date) for e in events if e.place == "Bilozerka"] == [("Bilozerka", date(2024, 10, 4))]


@pytest.mark.parametrize("code, text, expected", [
    # All shot down but a few: the downed are the launched less those.
    ("en", "Russia sent 40 drones overnight. Air defence brought down all but three of the drones.", (40, 37)),
    ("uk", "Уночі ворог запустив 40 дронів. Сили ППО знищили всі дрони, крім трьох.", (40, 37)),
    ("ru", "Ночью противник атаковал 40 дронами. Все воздушные цели, кроме трёх БПЛА, сбиты.", (40, 37)),
])
def test_all_shot_down_but_a_few(code, text, expected):
    records = read_night_summary(text, date(2024, 5, 3), language=code)
    assert [(r.launched, r.shot_down) for r in records] == [expected]
    assert interceptions(text.split(". ", 1)[1], lexicon(code), "drones") == {}


def test_a_toll_with_no_count_in_common_is_another_days_strike(geocoder):
    # Today's dead driver and yesterday's seven hurt on a bus: two strikes on the city, two days.
    text = ("Russian troops shelled the Dniprovskyi district of Kherson, wounding a man. Today a Russian shell hit a "
            "car in Kherson and killed its driver. Yesterday Russian troops shelled a bus in Kherson, wounding seven "
            "passengers.")
    events = extract(Report(text, date(2023, 10, 31)), geocoder).events
    assert sorted((e.place, e.event_date, e.killed, e.injured) for e in events) == [
        ("Dniprovskyi", date(2023, 10, 31), None, 1), ("Kherson", date(2023, 10, 30), None, 7),
        ("Kherson", date(2023, 10, 31), 1, None)]


def test_one_taken_to_hospital_as_well(geocoder):
    assert [(k, n) for k, n, _ in casualties("An 86-year-old woman was also taken to the hospital.", lexicon("en"))] \
        == [("injured", 1)]


@pytest.mark.parametrize("code, sentence, expected", [
    # The dead and the wounded told by an adverbial participle after the strike.
    ("uk", "Ракета влучила в гуртожиток, вбивши двох людей та поранивши ще п'ятьох.", [("killed", 2), ("injured", 5)]),
    ("ru", "Дрон попал в общежитие, убив двоих человек и ранив еще пятерых.", [("killed", 2), ("injured", 5)]),
    # The verb before the count it raises.
    ("ru", "После удара по рынку увеличилось количество пострадавших до 31.", [("injured", 31)]),
    ("uk", "Після удару по ринку зросла кількість загиблих до семи.", [("killed", 7)]),
])
def test_figures_of_the_forty_first_rounds_later_reports(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code)) if key != "children"] == expected


def test_a_toll_as_first_told_does_not_undo_the_newer_one(geocoder):
    text = ("В Запорожье погиб один человек, количество раненых выросло до 12. Под вечер враг обстрелял "
            "Степногорск, люди не пострадали. Ранее глава ОВА сообщал о восьми раненых и одном погибшем в городе.")
    events = _events(text, date(2024, 5, 3), geocoder)
    assert {place: (e.killed, e.injured) for place, e in events.items()} == {
        "Zaporizhzhia": (1, 12), "Stepnohirsk": (0, 0)}


def test_a_raions_lower_toll_is_its_one_villages_told_before(geocoder):
    # "more than 48 dead" in the district, then 51 in its one village: one strike, the village's.
    text = ("Ракета попала в магазин в селе Гроза Харьковской области. Купянский район, известно о 48 погибших. "
            "В Грозе погиб 51 человек.")
    assert [(e.place, e.killed) for e in extract(Report(text, date(2023, 10, 5)), geocoder).events] == [("Hroza", 51)]


def test_aimed_at_is_a_strike_in_ukrainian(geocoder):
    text = "Цілив противник і по Межівській громаді Синельниківського району."
    assert list(_events(text, date(2025, 10, 4), geocoder)) == ["Mezhova"]


@pytest.mark.parametrize("code, text, published, expected", [
    # One person told by who they are, place after place, is one each; after "including" they are among the tally.
    ("en", "On Monday the Russian army shelled the Kharkiv region and killed a man in Kupiansk, a woman in Izium "
           "and a man in Balakliia.", date(2025, 3, 3), {"Kupiansk": (1, None), "Izium": (1, None),
                                                          "Balakliia": (1, None)}),
    ("en", "Russian strikes left five dead and 11 wounded across Kharkiv Oblast on Monday, including a man in "
           "Kupiansk and an elderly woman in Izium.", date(2025, 3, 3), {"Kupiansk": (5, 11), "Izium": (None, None)}),
    # Nobody went to the doctors: nobody hurt.
    ("uk", "Уночі уламки дрона пошкодили склад в Уманському районі. По медичну допомогу ніхто не звертався.",
     date(2025, 5, 7), {"Uman Raion": (None, 0)}),
    ("ru", "Ночью обломки беспилотника повредили склад в Белгороде. Никто не обращался за медицинской помощью.",
     date(2025, 5, 7), {"Belgorod": (None, 0)}),
    ("en", "Debris of a drone damaged a warehouse in Sumy overnight. No one sought medical help, the mayor said.",
     date(2025, 5, 7), {"Sumy": (None, 0)}),
    # The land around a town named "-щина" after it, the town ending in "-ка"; windows blown out there.
    ("uk", "Ворог атакував Черкащину дронами. На Звенигородщині повибивало вікна у школі.",
     date(2025, 5, 7), {"Zvenyhorodka Raion": (None, None)}),
    # A figure told of "different villages" is no one place's.
    ("uk", "У Зноб-Новгородській громаді дрон вбив чоловіка, ще двоє людей поранені в різних селах громади.",
     date(2025, 9, 27), {"Znob Novhorodske": (1, None)}),
    # "Nobody hurt" with a long aside between.
    ("ru", "Беспилотник попал в жилой дом в Казани. Пострадавших, по первым сведениям городских властей, нет.",
     date(2024, 12, 21), {"Kazan": (0, 0)}),
    # "In total" gives the place's whole count, whatever "two more" added before it.
    ("en", "A Russian drone struck Odesa, and three people died. Later rescuers found the bodies of two more "
           "people. In total, three people died in the attack.", date(2024, 2, 23), {"Odesa": (3, None)}),
    # A couple killed is two.
    ("ru", "Днем дрон ударил по автомобилю в Шебекино. Ехавшая в машине пожилая пара погибла.",
     date(2025, 8, 9), {"Shebekino": (2, None)}),
    # More people the verb counts, after "а також"; the wound told before who got it.
    ("uk", "Ракета влучила в будинок у Львові. До лікарні доправили одного чоловіка, а також двох мешканок "
           "будинку поруч.", date(2025, 10, 5), {"Lviv": (None, 3)}),
    ("uk", "Уночі ворог атакував Київщину. В Обухівському районі внаслідок атаки уламкове поранення стегна "
           "дістав 45-річний чоловік.", date(2025, 9, 22), {"Obukhiv Raion": (None, 1)}),
    # A wound told of someone after they were counted is that one person (and alone, its one hurt).
    ("ru", "Дрон упал в селе Головчино. Ранен один местный житель - у мужчины ранения ног.",
     date(2024, 6, 2), {"Golovchino": (None, 1)}),
    ("ru", "Дрон атаковал Белгород. У 50-летнего мужчины осколочные ранения спины.", date(2024, 6, 2),
     {"Belgorod": (None, 1)}),
])
def test_figures_of_the_forty_second_rounds_reports(code, text, published, expected, geocoder):
    events = _events(text, published, geocoder)
    assert {place: (e.killed, e.injured) for place, e in events.items()} == expected


def test_a_night_strike_begun_the_evening_before(geocoder):
    text = ("У ніч проти 27 вересня ворог атакував Україну дронами. Цієї ночі дрони били по Запоріжжю та "
            "Вінниччині. Запоріжжя противник атакував пізно ввечері 26 вересня.")
    events = extract(Report(text, date(2025, 9, 27)), geocoder).events
    assert sorted((e.place, e.event_date) for e in events) == [
        ("Vinnytsia Oblast", date(2025, 9, 27)), ("Zaporizhzhia", date(2025, 9, 26))]


def test_a_toll_told_of_the_attack_of_a_named_day(geocoder):
    text = ("Five people died when Russian missiles struck Dnipro on July 3. The president asked for air defence "
            "after June 30, when rockets killed seven in Vilniansk. The July 3 attack also wounded 34 people.")
    events = _events(text, date(2024, 7, 3), geocoder)
    assert (events["Dnipro"].killed, events["Dnipro"].injured) == (5, 34)
    assert events["Vilniansk"].injured is None


def test_other_districts_of_the_capital_are_the_citys(geocoder):
    text = ("The mayor of Kyiv said six died as a missile hit a block of flats in the Shevchenkivskyi district. "
            "In four other districts of the city, 22 were hurt, he added.")
    events = _events(text, date(2025, 6, 23), geocoder)
    assert (events["Kyiv"].injured, events["Shevchenkivskyi"].killed, events["Shevchenkivskyi"].injured) == (22, 6, None)


@pytest.mark.parametrize("code, text, published, struck", [
    # A capital standing for its government.
    ("en", "Russian bombers pounded Dnipro overnight, yet the night brought a small success for Kiev: a bomber "
           "was downed.", date(2024, 4, 19), ["Dnipro"]),
    # Regions listed together with the capital: each struck, Kyiv Oblast not the locator of Kyiv.
    ("uk", "Уночі ворог атакував Київ, били також по Київщині, Харківщині та Одещині.", date(2025, 11, 14),
     ["Kharkiv Oblast", "Kyiv", "Kyiv Oblast", "Odesa Oblast"]),
    # A region named only with its plural noun, in a list.
    ("en", "Officials said people died in the Zaporizhzhia, Dnipropetrovsk and Volyn regions.", date(2024, 8, 26),
     ["Dnipropetrovsk Oblast", "Volyn Oblast", "Zaporizhzhia Oblast"]),
    # Power cut in cities, explosions heard there: no strike of theirs.
    ("en", "Drones hit Poltava overnight. Power outages were reported in many cities, including Kyiv and Dnipro. "
           "Reporters in Kharkiv heard several explosions.", date(2024, 8, 26), ["Poltava"]),
    # A regional capital is itself, not a hamlet of its name in the story's region far from its places.
    ("en", "Drones hit Odesa and Mykolaiv overnight. In the Dnipro region, two people died at a depot, and in "
           "Lviv a man died in his car.", date(2024, 11, 17), ["Dnipropetrovsk Oblast", "Lviv", "Mykolaiv", "Odesa"]),
    # A tally since liberation, attacks told as a habit, a strike a headline dates a year back: no strike.
    ("en", "Since the liberation, Russian fire has killed more than 400 people in Kherson and wounded 1,700.",
     date(2023, 12, 31), []),
    ("uk", "Мер Харкова розповів делегації про становище в місті та проблеми, спричинені постійними ворожими "
           "атаками.", date(2025, 10, 8), []),
    ("ru", "В Сергеевке почтили погибших от ракетного удара год назад\nГод назад ракеты попали в дом в Сергеевке. "
           "В результате удара погиб 21 человек.", date(2023, 7, 3), []),
    # A headline's region the body names no place of, beside the night's other regions.
    ("uk", "На Рівненщині поранено двох людей\nЗранку ППО збила над Рівненською областю кілька дронів. Відомо про двох "
           "поранених. Також від атаки постраждали Сумщина та Одещина.", date(2025, 5, 14),
     ["Odesa Oblast", "Rivne Oblast", "Sumy Oblast"]),
    # A Russian city's district.
    ("ru", "Беспилотник попал в жилой дом в Советском районе Казани.", date(2024, 12, 21), ["Kazan", "Sovetsky"]),
    # Impacts counted between two places named by their plural noun: neither struck.
    ("ru", "Вчера насчитали девять прилетов между населенными пунктами Теткино и Попово-Лежачи.",
     date(2023, 5, 18), []),
    # A village of the census in a raion not named after its seat.
    ("ru", "В селе Николаевка Неклиновского района посечены стены частного дома.", date(2025, 8, 15),
     ["Nikolayevka"]),
])
def test_places_struck_and_not_in_the_forty_second_rounds_reports(code, text, published, struck, geocoder):
    assert sorted(_events(text, published, geocoder)) == struck


def test_the_rivne_headlines_toll_and_the_census_villages_point(geocoder):
    text = ("На Рівненщині поранено двох людей\nЗранку ППО збила над Рівненською областю кілька дронів. Відомо про "
            "двох поранених. Також від атаки постраждали Сумщина та Одещина.")
    assert _events(text, date(2025, 5, 14), geocoder)["Rivne Oblast"].injured == 2
    village = _events("В селе Николаевка Неклиновского района посечены стены частного дома.", date(2025, 8, 15),
                      geocoder)["Nikolayevka"]
    assert (village.latitude, village.longitude) == (47.3053, 38.8406)


def test_loitering_munitions_are_drones():
    text = "Overnight Russia attacked Ukraine with one ballistic missile and 145 loitering munitions."
    assert interceptions(text, lexicon("en")) == {"missiles_launched": 1, "drones_launched": 145}


@pytest.mark.parametrize("code, text, published, struck", [
    # Districts listed with the city named after the last: that city's, not another city's of the same names.
    ("ru", "Ночью после атаки дрона загорелись жилые дома в Кировском, Советском и Приволжском районах Казани.",
     date(2024, 12, 21), ["Kazan", "Kirovsky", "Privolzhsky", "Sovetsky"]),
    # Damage told beside a shoot-down, not denied: where the drones were downed.
    ("ru", "Силы ПВО сбили беспилотники над Саратовом, зафиксированы повреждения на территории предприятия.",
     date(2025, 2, 11), ["Saratov"]),
    ("ru", "Силы ПВО сбили беспилотники над Саратовом, повреждений нет.", date(2025, 2, 11), []),
    # A district of Volgograd, a port village of the Leningrad region.
    ("ru", "Ночью обломки дрона упали на крышу многоэтажки в Тракторозаводском районе Волгограда.",
     date(2025, 8, 13), ["Traktorozavodsky", "Volgograd"]),
    ("ru", "Пожар в порту Усть-Луга в Ленинградской области начался после падения обломков беспилотника.",
     date(2025, 8, 24), ["Ust-Luga"]),
    # A house burned down in the attack told.
    ("en", "Ukrainian drones attacked the Belgorod region overnight. In the village of Poroz a barn was completely "
           "burned down, the governor said.", date(2024, 4, 20), ["Poroz"]),
    # A raion named by the adjective of a town whose consonant alternates (Золотоноша).
    ("uk", "Уламки дронів пошкодили кілька будинків у Золотоніському районі.", date(2025, 11, 14),
     ["Zolotonosha Raion"]),
    # Two cities in a dateline: where the report was filed.
    ("en", "KYIV and LONDON -- Power plants in four regions were hit early on Wednesday by Russian missiles.",
     date(2024, 5, 8), []),
    # A claimed blast the city's head then says did not happen; one that hurt people stays.
    ("ru", "Утром в соцсетях писали о взрыве у аэропорта в Севастополе. Развожаев заявил, что никакого взрыва не "
           "было и в городе спокойно.", date(2023, 3, 7), []),
    ("en", "A blast hit the port in Sevastopol, injuring two sailors. The governor said there was no explosion at "
           "the airport.", date(2023, 3, 7), ["Sevastopol"]),
    # A village and a dash, its damage's verb left to the sentence before; the "nobody hurt" after both is of both.
    ("uk", "Учора ворог атакував дронами Очаківську громаду. У селі Парутине пошкоджено склад. У селі Дніпровське — "
           "приватний будинок і гараж. Постраждалих немає.", date(2025, 12, 24), ["Dniprovske", "Ochakiv", "Parutyne"]),
    # A common noun opening a sentence is no village of that name.
    ("uk", "Дрон влучив у школу в Очакові. Вікна повилітали і в сусідньому будинку.", date(2025, 12, 24), ["Ochakiv"]),
    # A village opening a bullet of a list, though the dictionary knows its name as a noun.
    ("ru", "Обстрелы Харьковщины\nВчера российская артиллерия обстреляла сёла Харьковской области:\n- Мохнач, "
           "Малиновка (Чугуевский район);\n- Циркуны (Харьковский район).", date(2022, 7, 4),
     ["Malynivka", "Mokhnach", "Tsyrkuny"]),
    # A village named in Russian spelling in a list of places under fire.
    ("ru", "Под обстрелом Харьковской области были Купянск, Ветеринарное, Двуречная и другие сёла.",
     date(2023, 7, 16), ["Dvorichna", "Kupiansk", "Veterynarne"]),
    # Drones downed in a town told with its region: the debris of the next sentence fell there.
    ("en", "Air defence downed three drones over the town of Dzhankoy, Crimea, on Monday night. Debris "
           "damaged two houses, the head of Crimea said.", date(2023, 3, 21), ["Dzhankoi"]),
    # Debris of a drone downed over a town told with its region, harming no one and nothing: no strike.
    ("uk", "Губернатор повідомив, що уламки дрона, знищеного над Стародубським округом Брянської області, не "
           "пошкодили жодної будівлі.", date(2023, 11, 1), []),
])
def test_places_struck_and_not_in_the_forty_third_rounds_reports(code, text, published, struck, geocoder):
    assert sorted(_events(text, published, geocoder)) == struck


def test_a_roundup_dates_its_places_by_the_day_it_names(geocoder):
    # A placeless sentence naming the day, before the list of villages shelled.
    text = ("Поліція за добу задокументувала руйнування\nСнаряди влучили в будинки мешканців Пологівського району. "
            "15 травня ворог тричі обстріляв територію області з артилерії. Усього під обстрілами опинилися "
            "Гуляйполе, Оріхів та Малинівка.")
    events = _events(text, date(2023, 5, 16), geocoder)
    assert {events[p].event_date for p in ("Huliaipole", "Orikhiv", "Malynivka")} == {date(2023, 5, 15)}
    # "За 13 вересня ..." in a roundup published the next day: its places are that day's, and so is the region's.
    text = ("Окупанти за добу 30 разів обстріляли громади Донеччини, повідомив Філашкін. За 13 вересня загинули двоє "
            "жителів області у Костянтинівці. У Слов'янську пошкоджено магазин. У Краматорську поранено жінку.")
    events = _events(text, date(2025, 9, 14), geocoder)
    assert {e.event_date for e in events.values()} == {date(2025, 9, 13)}


def test_nobody_hurt_after_the_oblast_lead_covers_its_raions(geocoder):
    text = ("На Черкащині уламки дронів пошкодили будинки\nВночі ворог атакував Черкаську область дронами. Сили ППО "
            "знищили двадцять безпілотників. Про це повідомив голова ОВА. На щастя, постраждалих немає. У Черкаському районі "
            "уламками пошкоджено кілька будинків. В Уманському районі вибито вікна.")
    events = _events(text, date(2025, 11, 14), geocoder)
    assert {(events[r].killed, events[r].injured) for r in ("Cherkasy Raion", "Uman Raion")} == {(0, 0)}


@pytest.mark.parametrize("code, sentence, expected", [
    # The toll of the strike an anniversary recalls is not the sentence's.
    ("uk", "Ракети влучили в Кременчук у річницю трагедії, коли через удар по ТЦ загинули 22 людини.", []),
    ("ru", "Ракеты попали в Кременчуг в годовщину трагедии, когда при ударе по ТЦ погибли 22 человека.", []),
    # Medical help given to a counted group; a mine-blast injury suffered.
    ("ru", "Медицинскую помощь оказали 9 пострадавшим.", [("injured", 9)]),
    ("uk", "Медичну допомогу надали трьом людям.", [("injured", 3)]),
    ("uk", "Унаслідок скиду вибухівки 52-річний чоловік зазнав мінно-вибухової травми.", [("injured", 1)]),
    # A toll that has gone up, the place told with an abbreviation in brackets.
    ("en", "The number of people hurt by shelling in Gorlovka, in the self-proclaimed republic (DPR), has since "
           "gone up to five, the mayor said.", [("injured", 5)]),
    # An aside between commas before the count.
    ("ru", "Пострадали, по меньшей мере, пять человек.", [("injured", 5)]),
    ("uk", "Загинули, за попередніми даними, троє людей.", [("killed", 3)]),
])
def test_anniversaries_and_asides_in_casualty_sentences(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


def test_gapped_villages_share_the_nobody_hurt_and_fire_from_positions_is_their_sides(geocoder):
    text = ("Учора ворог атакував дронами Очаківську громаду. У селі Парутине пошкоджено склад. У селі Дніпровське — "
            "приватний будинок і гараж. Постраждалих немає.")
    events = _events(text, date(2025, 12, 24), geocoder)
    assert {(events[p].killed, events[p].injured) for p in ("Parutyne", "Dniprovske")} == {(0, 0)}
    text = "Shells fired from positions held by Ukrainian formations hit the village of Novoaidar."
    assert [e.attacker for e in _events(text, date(2022, 9, 25), geocoder).values()] == ["Ukraine"]

@pytest.mark.parametrize("code, sentence, expected", [
    # A list told as a share of the count before it.
    ('en', 'Nine people including two teenagers were killed in the blast.',
     [('killed', 9), ('children', 2)]),
    # Children told with a number after 'their', or 'three of their'.
    ('en', 'A strike on the dormitory killed a mother, a father and three of their children.',
     [('killed', 5), ('children', 3)]),
    # Who were killed, after 'among'.
    ('en', 'Officials said two girls were among six people who were killed.',
     [('killed', 6), ('children', 2)]),
    # 'there' between the people and the verb.
    ('en', 'Four workers there were killed, the company said.',
     [('killed', 4)]),
    # The number of deaths has risen.
    ('en', 'The number of deaths in the attack has risen to 14.',
     [('killed', 14)]),
    # A light injury ('легке ушкодження') is an injury.
    ('uk', 'Ще одна місцева жителька дістала легке ушкодження, медики допомогли їй на місці.',
     [('injured', 1)]),
    # The dead told with their town and its oblast.
    ('uk', 'Троє жителів міста Ворожба Сумської області загинули.',
     [('killed', 3)]),
    # 'дістали травм': injuries in the genitive.
    ('uk', 'Четверо людей дістали травм.',
     [('injured', 4)]),
    # 'він отримав травму'.
    ('uk', 'Він отримав осколкову травму.',
     [('injured', 1)]),
    # Two groups, neither hurt.
    ('ru', 'Жители и строители не пострадали.',
     [('killed', 0), ('injured', 0), ('children', 0)]),
    # One more, told by who, in a second place of the list.
    ('ru', 'Штаб сообщил о гибели женщины в Ленинском районе и мужчины в Киевском районе Донецка.',
     [('killed', 1), ('killed', 1)]),
])
def test_casualty_sentences_of_the_forty_fourth_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # 'Two other people' are more than the one told before.
    ('en', 'Drones hit a house in Sumy on Monday, killing a man. Two other people were killed there later '
           'that day.',
     date(2025, 3, 4), [('Sumy', '2025-03-03', 3, None)]),
    # What was destroyed is told before the verb: homes, not drones shot down.
    ('en', 'Fifteen homes were destroyed in the Saltivskyi district of Kharkiv after a drone hit a fuel '
           'depot.',
     date(2025, 3, 4), [('Kharkiv', '2025-03-04', None, None), ('Saltivskyi', '2025-03-04', None, None)]),
    # A town the lead left unnamed near a city, named later as 'the town of ...'.
    ('en', 'Missiles struck a small coastal town near Odesa overnight, killing nine people. Photos showed '
           'the charred ruins of a hotel in the town of Zatoka.',
     date(2024, 3, 4), [('Zatoka', '2024-03-04', 9, None)]),
    # What a strike was retaliation for is dated apart from the strike.
    ('en', 'A missile struck Odesa overnight, retaliation for the sinking of a warship a day earlier, '
           'officials said.',
     date(2022, 4, 15), [('Odesa', '2022-04-15', None, None)]),
    # A capital that 'has escalated' or 'views': its government.
    ('en', 'The attack followed days in which Moscow has escalated its raids on power plants. Kyiv views '
           'such raids as terror.',
     date(2024, 3, 4), []),
    # A place listed with places left unnamed: the toll is over all of them.
    ('en', 'Russian drones killed one person and injured six in Dnipro and communities across the region '
           'overnight. In Dnipro, two people were injured.',
     date(2025, 8, 29), [('Dnipro', '2025-08-29', None, 2)]),
    # Power cuts in regions, from a strike on the grid: none of them struck ...
    ('ru', 'Энергетики ввели графики отключений света в Киевской, Черкасской и Полтавской областях после '
           'ночной атаки на энергосистему.',
     date(2025, 10, 22), []),
    # ... but the city the strike itself named is.
    ('ru', 'Из-за удара по Харькову в городе без света 30 тысяч абонентов.',
     date(2025, 10, 22), [('Kharkiv', '2025-10-22', None, None)]),
    # More damage in the raion, told after its village with 'Також'.
    ('uk', 'Упродовж минулої доби окупанти 40 разів обстріляли Чернігівську область. У Семенівці влучання в '
           'автозаправку, постраждали жінка та її син. Також у Новгород-Сіверському районі дрони пошкодили '
           'кілька сараїв.',
     date(2025, 12, 14), [
         ('Semenivka', '2025-12-13', None, 2),
         ('Novhorod-Siverskyi Raion', '2025-12-13', None, None),
     ]),
    # The mayor's city, told as 'місто'.
    ('uk', 'Мер Ніжина заявив, що зранку місто опинилося під ракетним обстрілом.',
     date(2022, 4, 17), [('Nizhyn', '2022-04-17', None, None)]),
    # 'Нагадаємо' with no day of its own, of the region just struck: the same attack.
    ('uk', 'Уночі ворог атакував Київщину дронами, пошкоджено будинки. Нагадаємо, на Київщині через падіння '
           'уламків виникла пожежа в багатоповерхівці. Загинули двоє людей.',
     date(2025, 1, 24), [('Kyiv Oblast', '2025-01-24', 2, None)]),
    # Shelling told as going on, or every day: no strike of this report.
    ('uk', 'Попри те, що окупанти продовжують підступні обстріли, Херсонщина відроджується.',
     date(2025, 11, 11), []),
    ('uk', 'Окупанти кожного дня завдають ударів по населених пунктах Запорізької області.',
     date(2024, 9, 14), []),
    # 'Також травми отримала': one more hurt.
    ('uk', 'У Городні поранено 12-річного хлопчика. Також травми отримала 60-річна жінка.',
     date(2025, 9, 1), [('Horodnia', '2025-09-01', None, 2)]),
    # 'Среди них — X' after a strike on unnamed villages: X was struck.
    ('ru', '25 сентября под обстрел попали несколько сел Белгородской области. Среди них — Новая '
           'Таволжанка. Пострадавших нет.',
     date(2023, 9, 25), [('Novaya Tavolzhanka', '2023-09-25', 0, 0)]),
    # A toll whose place the next sentence names ('Инцидент произошел в ...').
    ('ru', 'Днем обстреляли Шебекино, повреждена машина. Утром ранения получили двое мужчин. Инцидент '
           'произошел в Уразово.',
     date(2023, 9, 25), [('Shebekino', '2023-09-25', None, None), ('Urazovo', '2023-09-25', None, 2)]),
    # A toll told several sentences on, no place named since the town: the town's.
    ('ru', 'Днем обстреляли Шебекино. Вечером снаряд попал в Грайворон. В это время по улице ехала машина. '
           'Водитель успел затормозить. Машину отбросило в кювет. Пострадал водитель.',
     date(2023, 9, 25), [('Shebekino', '2023-09-25', None, None), ('Grayvoron', '2023-09-25', None, 1)]),
    # A strike remembered a year on: no strike, in the headline or the body.
    ('ru', 'Губернатор почтил память погибших при обстреле Белгорода\nГод назад центр Белгорода был атакован '
           'ракетами. Один снаряд упал на площадь. В результате атаки погибли 25 человек.',
     date(2024, 12, 30), []),
    # Damage a governor reports, his region named only in his title.
    ('ru', 'Ночью дроны атаковали Брянскую область, повреждена подстанция в Севском районе. О '
           'незначительном повреждении склада сообщил губернатор Калужской области.',
     date(2024, 4, 20), [('Sevsk Raion', '2024-04-20', None, None), ('Kaluga Oblast', '2024-04-20', None, None)]),
    # A street named for a town is no town.
    ('ru', 'В Донецке в результате обстрела по пр. Колхозному ранена женщина.',
     date(2024, 4, 27), [('Donetsk', '2024-04-27', None, 1)]),
    # A blast felt in a city is no strike on it.
    ('ru', 'Взрывную волну почувствовали жители Донецка.',
     date(2023, 7, 5), []),
    # A placeless sentence giving only the time dates the places named next.
    ('ru', 'За вчерашний день противник обстрелял Голую Пристань. Ночью обстрелы продолжились. Снаряды '
           'упали в Каховке и Таврийске.',
     date(2023, 8, 1), [
         ('Hola Prystan', '2023-07-31', None, None),
         ('Kakhovka', '2023-08-01', None, None),
         ('Tavriisk', '2023-08-01', None, None),
     ]),
    # Черкасчина, a spelling of Черкащина.
    ('ru', 'Ракеты ударили по объектам на Черкасчине.',
     date(2022, 10, 31), [('Cherkasy Oblast', '2022-10-31', None, None)]),
    # A strike told earlier, fired 'по' a hotel elsewhere: its toll is not the village's.
    ('uk', 'У ніч на суботу росіяни обстріляли Оріхівську громаду, є загиблий. Раніше повідомлялося, що '
           'армія РФ випустила ракети по готелю в Запоріжжі. Пряме влучання в будівлю — загинули двоє.',
     date(2024, 9, 14), [('Orikhiv', '2024-09-14', 1, None)]),
    # Debris of a drone downed, fallen in a district: struck there.
    ('ru', 'В Киеве упали обломки сбитого беспилотника на огород в Голосеевском районе.',
     date(2023, 5, 9), [('Kyiv', '2023-05-09', None, None), ('Holosiivskyi', '2023-05-09', None, None)]),
    # A toll 'as of this morning' after the second city struck is that city's, not the first's.
    ('en', 'Russian missiles hit Kyiv and Kherson overnight, officials said. In Kherson, a shell hit a '
           'dormitory, the governor said. As of this morning, officials know of two dead civilians.',
     date(2023, 9, 21), [('Kyiv', '2023-09-21', None, None), ('Kherson', '2023-09-21', 2, None)]),
    # A wave of strikes across the country, counted since a weekday: no one town's toll.
    ('en', 'A missile hit the town of Vilniansk on Saturday, killing seven. Officials called it part of a '
           'wave of strikes across Ukraine that left 19 people dead since Friday night.',
     date(2024, 7, 1), [('Vilniansk', '2024-06-29', 7, None)]),
])
def test_places_days_and_figures_in_the_forty_fourth_rounds_reports(code, text, published, expected, geocoder):
    events = _events(text if "\n" in text else "Strikes\n" + text, published, geocoder)
    assert [(p, str(e.event_date), e.killed, e.injured) for p, e in events.items()] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    # One victim, the noun first and "є" after it.
    ("uk", "Жертва нічного удару є і в Житомирі.", [("killed", 1)]),
    # Nor is the Russian form missed.
    ("ru", "Жертва после ночной атаки есть и в Житомире.", [("killed", 1)]),
    # "All alive and well": nobody killed or hurt.
    ("uk", "У будинку вибило шибки, проте всі живі та здорові.", [("killed", 0), ("injured", 0)]),
    ("ru", "Окна выбиты, но все живы и здоровы.", [("killed", 0), ("injured", 0)]),
    # The verb and the wound before the person.
    ("uk", "Під час удару зазнав уламкових поранень 40-річний водій.", [("injured", 1)]),
    # "Ушпиталено", taken to hospital.
    ("uk", "Після обстрілу ушпиталено 70-річну жінку.", [("injured", 1)]),
    # Hurt "in the wounded of no room": "травмованих ... немає" with words between.
    ("uk", "Травмованих унаслідок атаки немає.", [("injured", 0)]),
    # Those hurt "in other settlements" are no count of the place the sentence names.
    ("en", "Shelling injured three people in Kupiansk, while two more were injured in strikes on other villages "
           "of the district.", [("injured", 3)]),
    ("uk", "У Куп'янську поранено трьох, а ще двоє постраждали в інших населених пунктах району.", [("injured", 3)]),
    ("ru", "В Купянске ранены трое, еще двое пострадали в других населенных пунктах района.", [("injured", 3)]),
    # The toll of the strike a strike is measured against is not its own.
    ("en", "It was the worst attack on the town since 30 people were killed at its station in April.", []),
    # How the person taken to hospital was: one hurt all the same.
    ("en", "A 55-year-old woman in serious condition was taken to the hospital.", [("injured", 1)]),
    # "Умерла", died.
    ("ru", "Ещё одна женщина умерла в машине скорой помощи.", [("killed", 1)]),
])
def test_casualty_sentences_of_the_forty_fifth_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, sentence, before, expected", [
    # The whole told after the weapon: "N ракет із M".
    ("uk", "Сили оборони знищили 40 російських ракет із 52.", None, {"missiles_intercepted": 40, "missiles_launched": 52}),
    ("ru", "Силы обороны уничтожили 40 российских ракет из 52.", None, {"missiles_intercepted": 40, "missiles_launched": 52}),
    ("en", "Air defence downed 40 drones out of a total of 52.", None,
     {"drones_intercepted": 40, "drones_launched": 52}),
    # The share after "of which" with an infinitive: "з яких 9 вдалося знищити".
    ("uk", "Над областю зафіксували 18 дронів, з яких 9 вдалося знищити.", None,
     {"drones_launched": 18, "drones_intercepted": 9}),
    ("ru", "Над областью зафиксировали 18 дронов, из которых 9 удалось уничтожить.", None,
     {"drones_launched": 18, "drones_intercepted": 9}),
    # "..., а також десяток БПЛА": more of what was downed, "a dozen" counted as ten.
    ("uk", "Над областю знешкоджено три ракети, а також десяток БПЛА.", None,
     {"missiles_intercepted": 3, "drones_intercepted": 10}),
    # Air targets downed after a missile attack was told: missiles.
    ("ru", "Противовоздушная оборона сбила четыре воздушные цели.", "missiles", {"missiles_intercepted": 4}),
])
def test_interception_sentences_of_the_forty_fifth_rounds_reports(code, sentence, before, expected):
    assert interceptions(sentence, lexicon(code), before) == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A hromada where the hurt were, named after a village struck: struck too, not the village's unit.
    ("en", "Shelling hit Slatyne again this morning, two people were wounded in Derhachiv community.",
     date(2022, 5, 26), [("Slatyne", "2022-05-26", None, None), ("Derhachi", "2022-05-26", None, 2)]),
    # Nominative hromadas listed after a town are struck, not the units it lies in.
    ("uk", "Під обстріл потрапили Краматорськ і Новодонецька та Олександрівська громади.",
     date(2025, 9, 4), [("Kramatorsk", "2025-09-04", None, None), ("Novodonetske", "2025-09-04", None, None),
                        ("Oleksandrivka", "2025-09-04", None, None)]),
    # "Під приціл потрапив", "під прицілом була": struck.
    ("uk", "Під приціл окупантів потрапив і Мирноград.", date(2025, 2, 28),
     [("Myrnohrad", "2025-02-28", None, None)]),
    ("ru", "Под прицелом оказалась Ровенщина.", date(2025, 12, 23), [("Rivne Oblast", "2025-12-23", None, None)]),
    # A running count, "Already nine injured", after a district is the city's.
    ("en", "Guided bombs fell on homes in the Industrialnyi district of Kharkiv. The mayor counted eleven people "
           "injured across the city. Nemyshlianskyi district was hit as well, he added. Already eleven "
           "injured, he posted an hour later.",
     date(2025, 10, 21), [("Kharkiv", "2025-10-21", None, 11), ("Industrialnyi", "2025-10-21", None, None),
                          ("Nemyshlianskyi", "2025-10-21", None, None)]),
    # Saltovka, the Russian spelling of Kharkiv's Saltivka: its district.
    ("en", "Two drones struck Saltovka overnight.", date(2024, 5, 25),
     [("Kharkiv", "2024-05-25", None, None), ("Saltivskyi", "2024-05-25", None, None)]),
    # A distance "of the capital, Kyiv" is no strike on Kyiv.
    ("en", "Missiles struck Uman, a city 200 kilometers (124 miles) south of the capital, Kyiv.",
     date(2023, 4, 28), [("Uman", "2023-04-28", None, None)]),
    # The toll of the dateline's unnamed city before the body names it; the body's other count stays.
    # (how those counted fared, "Of the 30 people hospitalized, nine ...", is no count of its own)
    ("en", "POLTAVA, Ukraine (AP) — Russia's missiles hit a city in the centre of the country overnight, killing "
           "at least 20 people and wounding 45.\nTwo missiles struck a block of flats in Poltava. Of the 30 "
           "people hospitalized, nine were badly injured.",
     date(2023, 4, 28), [("Poltava", "2023-04-28", 20, 45)]),
    # "Yesterdayʼs" typed with the modifier letter: yesterday.
    ("en", "Yesterdayʼs drone attack on Chortkiv injured five people.", date(2022, 6, 12),
     [("Chortkiv", "2022-06-11", None, 5)]),
    # "the deadliest since N were killed in X": X is not struck now.
    ("en", "A missile slammed into Uman, killing 21. Officials called it the deadliest attack on housing since "
           "46 residents died in Dnipro last winter.",
     date(2023, 4, 28), [("Uman", "2023-04-28", 21, None)]),
    # A district "of the capital" in a story of strikes elsewhere is Kyiv's.
    ("en", "Three missiles fell on Drohobych. Debris landed in the Darnytskyi district of the capital, injuring "
           "four.",
     date(2023, 9, 21), [("Drohobych", "2023-09-21", None, None), ("Kyiv", "2023-09-21", None, None),
                         ("Darnytskyi", "2023-09-21", None, 4)]),
    # Air defence named as Ukrainian forces is no Ukrainian strike; a roundup's place headings own what follows.
    ("uk", "Росія атакувала Україну ракетами\nУкраїнські сили ППО знищили 30 ракет у ніч на 21 вересня.\nЧеркаси\n"
           "Унаслідок удару по готелю в центрі міста виникла пожежа. Шестеро людей постраждали.\nКиїв\n"
           "Сили ППО знищили 15 цілей над Києвом. Троє людей постраждали.\nДарницький район\n"
           "Пошкоджено автомобілі й склади. Двоє людей постраждали.",
     date(2023, 9, 21), [("Cherkasy", "2023-09-21", None, 6), ("Kyiv", "2023-09-21", None, 3),
                         ("Darnytskyi", "2023-09-21", None, 2)]),
    # Вінничина, a spelling of Вінниччина.
    ("uk", "Внаслідок атаки на Вінничині пошкоджено будинки.", date(2025, 10, 30),
     [("Vinnytsia Oblast", "2025-10-30", None, None)]),
    # A trial for strikes is no strike.
    ("ru", "Военный суд заочно будет судить офицера, отдававшего приказы об ударах по Крыму, где погибли люди.",
     date(2025, 11, 21), []),
    # The village of a region's several namesakes that lies by a town the report names later.
    ("en", "Two people were hurt when shells hit the village of Pishchane, Kharkiv Oblast. Kupiansk also came "
           "under fire that day.",
     date(2023, 7, 24), [("Pishchane", "2023-07-24", None, 2), ("Kupiansk", "2023-07-24", None, None)]),
    # A strike called by its weekday.
    ("ru", "Мэр рассказал о последствиях субботнего ракетного удара по Николаеву.", date(2025, 8, 5),
     [("Mykolaiv", "2025-08-02", None, None)]),
    # One more after a count told again, lower, adds to that count.
    ("ru", "После удара по Запорожью погиб мужчина, еще один умер по пути в больницу. «Один мужчина погиб. "
           "Ещё один умер по дороге», — написал глава ОВА.",
     date(2022, 10, 6), [("Zaporizhzhia", "2022-10-06", 2, None)]),
    # A village "close to the regional capital": the capital is where it lies, not struck.
    ("en", "Shelling reached Pryozerne, a village close to the regional capital Kherson; a woman died there.",
     date(2024, 7, 13), [("Pryozerne", "2024-07-13", 1, None)]),
])
def test_places_days_and_figures_in_the_forty_fifth_rounds_reports(code, text, published, expected, geocoder):
    events = _events(text if "\n" in text else "Strikes\n" + text, published, geocoder)
    assert [(p, str(e.event_date), e.killed, e.injured) for p, e in events.items()] == expected


def test_a_night_summary_misread_as_fewer_launched_than_downed_takes_the_sentences_pair(geocoder):
    # ("including 12 of 12 over Kyiv", read by the summary reader as the night's launched)
    text = ("Ракети влучили в енергетичний об’єкт області.\n"
            "Сили оборони знищили 40 російських ракет із 52. Зокрема 12 ракет із 12 ракет збили над Києвом та 15 "
            "ракет над Одещиною.")
    records = extract(Report(text, date(2022, 12, 29)), geocoder).attack_records
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("missile", 52, 40)]


@pytest.mark.parametrize("code, sentence, expected", [
    # "Previously", the translated "попередньо": a first count, read past like "reportedly".
    ("en", "Two people were previously injured at the bus depot, the regional head said.", [("injured", 2)]),
    # Damage told "without causing injuries": nobody hurt.
    ("en", "A missile damaged a warehouse but without causing injuries, the governor said.",
     [("killed", 0), ("injured", 0), ("children", 0)]),
    # Bodily harm, "телесные повреждения", "тілесні ушкодження": injured.
    ("ru", "Ещё девять человек получили телесные повреждения.", [("injured", 9)]),
    ("uk", "Ще дев'ятеро отримали тілесні ушкодження.", [("injured", 9)]),
    # Field workers hurt, or not.
    ("ru", "На поле получил контузию механизатор.", [("injured", 1)]),
    ("ru", "Комбайнеры не пострадали, повреждена техника.", [("killed", 0), ("injured", 0)]),
    ("uk", "Механізатори не постраждали, пошкоджено два трактори.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_casualty_sentences_of_the_forty_sixth_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


def test_all_of_one_weapon_and_a_count_of_another_downed_are_all_of_both():
    figures = interceptions("The air force said it downed all 12 attack drones and three cruise missiles.", lexicon("en"))
    assert figures == {"drones_intercepted": 12, "drones_launched": 12, "missiles_intercepted": 3, "missiles_launched": 3}


@pytest.mark.parametrize("code, text, published, expected", [
    # The town a wounded man was taken to hospital in is not struck.
    ("uk", "Дрон атакував село Лимани Галицинівської громади на Миколаївщині. Постраждалого госпіталізували до "
           "Миколаєва.", date(2025, 8, 22), [("Lymany", "Mykolaiv Oblast", "2025-08-22", "Russia", None, 1)]),
    ("ru", "Дрон атаковал село Лиманы Галицыновской громады Николаевской области. Пострадавшего госпитализировали "
           "в Николаев.", date(2025, 8, 22), [("Lymany", "Mykolaiv Oblast", "2025-08-22", "Russia", None, 1)]),
    # A city of 700,000 named in a roundup of another region is the city, not a hamlet of that region.
    ("en", "Russian strikes in Dnipropetrovsk Oblast kill one\nOne person was killed in Russian strikes on "
           "Dnipropetrovsk Oblast on Aug. 23. The Nikopol district was hit by drones. On Aug. 21 Russia launched "
           "missiles at western Ukraine. A factory burned in Mukachevo; Lviv counted damage too.",
     date(2025, 8, 23), [("Nikopol Raion", "Dnipropetrovsk Oblast", "2025-08-23", "Russia", 1, None),
                         ("Mukachevo", "Zakarpattia Oblast", "2025-08-23", "Russia", None, None),
                         ("Lviv", "Lviv Oblast", "2025-08-23", "Russia", None, None)]),
    # What drones are seen "routinely targeting" is no strike of the report.
    ("en", "Artillery hit Bilozerka on Monday. Russian drones have been documented routinely targeting civilians in "
           "Kherson.", date(2025, 8, 23), [("Bilozerka", "Kherson Oblast", "2025-08-18", "Russia", None, None)]),
    # A region's toll, then where the victims all were: that raion's, though another raion was struck too.
    ("en", "A Russian attack on Dnipropetrovsk Oblast killed one person and injured six on Tuesday. The victims were "
           "all in the oblast's Pavlohrad district, where homes were damaged. The Nikopol district was shelled as well.",
     date(2025, 8, 26), [("Pavlohrad Raion", "Dnipropetrovsk Oblast", "2025-08-26", "Russia", 1, 6),
                         ("Nikopol Raion", "Dnipropetrovsk Oblast", "2025-08-26", "Russia", None, None)]),
    ("uk", "Унаслідок атаки на Дніпропетровщину загинула людина, шестеро поранені. Усі постраждалі — у "
           "Павлоградському районі, там пошкоджено будинки. Обстрілювали також Нікопольський район.",
     date(2025, 8, 26), [("Pavlohrad Raion", "Dnipropetrovsk Oblast", "2025-08-26", "Russia", None, 6),
                         ("Nikopol Raion", "Dnipropetrovsk Oblast", "2025-08-26", "Russia", None, None)]),
    # "A second blow was inflicted upon ...": a strike there, whose "previously" injured are its own.
    ("en", "Russia struck Zaporizhzhia and the Zaporizhzhia district on Monday. \"One of the strikes hit a field in "
           "the district; nobody was hurt. A second blow was inflicted upon a plant in Zaporizhzhia. Three "
           "people were previously injured,\" he wrote.",
     date(2024, 9, 23), [("Zaporizhzhia", "Zaporizhzhia Oblast", "2024-09-23", "Russia", 0, 3)]),
    # Raions told in the plural, then one by its adjective alone.
    ("uk", "Руйнування є в трьох районах Київщини. Зокрема, в Бучанському пошкоджено два будинки, у "
           "Фастівському районі горів склад.",
     date(2025, 2, 17), [("Bucha Raion", "Kyiv Oblast", "2025-02-17", "Russia", None, None),
                         ("Fastiv Raion", "Kyiv Oblast", "2025-02-17", "Russia", None, None)]),
    # An okrug shelled, then its village beside the town: the village only.
    ("ru", "В субботу обстрелу подвергся Шебекинский горокруг. Снаряд разрушил сарай в Новой Таволжанке.",
     date(2023, 4, 15), [("Novaya Tavolzhanka", "Belgorod Oblast", "2023-04-15", "Ukraine", None, None)]),
    # A place that "remains a frequent target": how often, not a strike.
    ("en", "A drone hit a warehouse in Izmail overnight. Odesa and its port have remained a frequent target for "
           "Russian strikes.", date(2023, 10, 7), [("Izmail", "Odesa Oblast", "2023-10-07", "Russia", None, None)]),
    ("uk", "Уламки впали в Ізмаїлі. Одеса та її порт залишаються частою ціллю російських атак.",
     date(2023, 10, 7), [("Izmail", "Odesa Oblast", "2023-10-07", "Russia", None, None)]),
    # One person told of, then "he" hurt: one injured.
    ("en", "Fragments struck a car with a man inside in the Izmail district. He sustained a shrapnel wound to his arm.",
     date(2025, 2, 13), [("Izmail Raion", "Odesa Oblast", "2025-02-13", "Russia", None, 1)]),
    # A clause told by another, of ground destroyed in occupied Crimea: Ukraine's strike there.
    ("en", "A Russian drone killed two people in Odesa overnight, as Ukraine's security service said it destroyed two "
           "helicopters and a radar in occupied Crimea.",
     date(2025, 6, 28), [("Odesa", "Odesa Oblast", "2025-06-28", "Russia", 2, None),
                         ("Autonomous Republic of Crimea", "Autonomous Republic of Crimea", "2025-06-28", "Ukraine",
                          None, None)]),
    # A sentence of no strike naming the district again brings the story back to it; its total is the district's.
    ("ru", "Ракета попала в общежитие в Слободском районе Харькова. Погибли пять человек. Спасательные работы в "
           "Слободском районе окончен разбор завалов. Всего там погибли 5 человек, 12 получили травмы.",
     date(2022, 8, 18), [("Kharkiv", "Kharkiv Oblast", "2022-08-18", "Russia", None, None),
                         ("Slobidskyi", "Kharkiv Oblast", "2022-08-18", "Russia", 5, 12)]),
    # "Ще один удар": another of the strikes just told, on their day.
    ("uk", "Удари по громаді\nПротягом доби росіяни неодноразово атакували Миколаївщину.\nУ п'ятницю, 22 серпня, "
           "дрони атакували село Лимани Галицинівської громади. Там поранено чоловіка. Його госпіталізували.\n"
           "Ще один удар припав на село Лупареве.",
     date(2025, 8, 23), [("Lymany", "Mykolaiv Oblast", "2025-08-22", "Russia", None, 1),
                         ("Lupareve", "Mykolaiv Oblast", "2025-08-22", "Russia", None, None)]),
    # What a district "lies just south-east of" is not struck.
    ("en", "Drones set fuel tanks on fire in the Krasnodar region's Temryuk district, which lies just south-east of "
           "occupied Crimea.", date(2024, 5, 31), [("Temryuk Raion", "Krasnodar Krai", "2024-05-31", "Ukraine", None, None)]),
    # Drones downed "across" regions and Crimea: over them, not struck.
    ("en", "Ukrainian drones struck an oil depot in the Krasnodar region's Temryuk district overnight. Russia's defence "
           "ministry said 90 drones were destroyed across seven Russian regions plus the Russian-occupied Crimean "
           "peninsula.",
     date(2025, 8, 2), [("Temryuk Raion", "Krasnodar Krai", "2025-08-02", "Ukraine", None, None)]),
    # A town with no namesake in the region a sentence names is the town, not one of its villages.
    ("en", "Drones killed a man in Belgorod region overnight and started a blaze at the refinery at Tuapse, "
           "officials said.",
     date(2024, 5, 17), [("Belgorod Oblast", "Belgorod Oblast", "2024-05-17", "Ukraine", 1, None),
                         ("Tuapse", "Krasnodar Krai", "2024-05-17", "Ukraine", None, None)]),
    # The city a headline said shelling was "near", with a toll, then three places of its region named: not struck.
    ("ru", "Двое пострадали при обстреле Курской области\nГубернатор: под обстрел попали город и два села под Курском, "
           "ранены два человека\nСегодня обстреляны Суджа, а также сёла Гончаровка и Заолешенка.",
     date(2024, 6, 14), [("Sudzha", "Kursk Oblast", "2024-06-14", "Ukraine", None, None),
                         ("Goncharovka", "Kursk Oblast", "2024-06-14", "Ukraine", None, None),
                         ("Zaoleshenka", "Kursk Oblast", "2024-06-14", "Ukraine", None, None)]),
    # A night told after the lead's past day is the night of the telling: the hromadas listed next were shelled then.
    ("uk", "Удари по Сумщині\nЧерез артобстріл Краснопільської громади минулої доби загинули двоє людей.\nВночі та "
           "зранку росіяни здійснили 12 обстрілів прикордонних громад Сумської області. Обстрілів зазнали "
           "Білопільська, Юнаківська та Есманьська громади.",
     date(2024, 9, 19), [("Krasnopillia", "Sumy Oblast", "2024-09-18", "Russia", 2, None),
                         ("Bilopillia", "Sumy Oblast", "2024-09-19", "Russia", None, None),
                         ("Yunakivka", "Sumy Oblast", "2024-09-19", "Russia", None, None),
                         ("Esman", "Sumy Oblast", "2024-09-19", "Russia", None, None)]),
    # The past day's tally of a region, its one wounded told again in a village struck the day before.
    ("uk", "Протягом доби росіяни атакували Миколаївщину. Поранено одного чоловіка.\nУ п'ятницю, 22 серпня, дрони "
           "атакували село Лимани Галицинівської громади. Там поранено 41-річного чоловіка.",
     date(2025, 8, 23), [("Lymany", "Mykolaiv Oblast", "2025-08-22", "Russia", None, 1)]),
])
def test_places_days_sides_and_figures_in_the_forty_sixth_rounds_reports(code, text, published, expected, geocoder):
    text = text if "\n" in text else "Strikes\n" + text
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_abbreviated_acting_titles_do_not_end_a_sentence():
    assert split_sentences("Про це написав т.в.о. начальника ОВА в Telegram. Далі.", lexicon("uk")) == [
        "Про це написав т.в.о. начальника ОВА в Telegram.", "Далі."]
    assert split_sentences("Об этом сообщил и.о. губернатора области. Далее.", lexicon("ru")) == [
        "Об этом сообщил и.о. губернатора области.", "Далее."]


@pytest.mark.parametrize("code, sentence, expected", [
    # "No damage or casualties": nobody hurt.
    ("en", "Luckily, there was no damage or casualties here.", [("killed", 0), ("injured", 0), ("children", 0)]),
    # Wounds no one survives, of one person told by who they were.
    ("en", "An elderly man who was in his yard at the time sustained injuries incompatible with life.", [("killed", 1)]),
    # One person taken to hospital, told with a participle; a watchman is one person.
    ("uk", "Його 62-річний сторож доставлений до лікарні з осколковим пораненням.", [("injured", 1)]),
    ("ru", "Пожилой смотритель доставлен в больницу с осколочным ранением.", [("injured", 1)]),
    # "Nobody was killed or wounded" in one breath: both figures nought.
    ("ru", "Ракета разрушила склад, никто не погиб и не получил травм.", [("killed", 0), ("injured", 0)]),
    ("uk", "Снаряд влучив у сарай, ніхто не загинув і не отримав поранень.", [("killed", 0), ("injured", 0)]),
])
def test_casualty_sentences_of_the_forty_seventh_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A strike days before the one told, placeless, keeps its toll, and so does "the next day" after it.
    ("en", "Guided bombs hit Kharkiv on 2 September, injuring 13 people. Russia has struck the city for three days "
           "in a row. On Aug. 30, Russia hit the city with glide bombs, killing six people and injuring 90 "
           "others. The next day, a missile attack on the city injured 40 people.",
     date(2024, 9, 2), [("Kharkiv", "Kharkiv Oblast", "2024-09-02", "Russia", None, 13)]),
    # A syndicating site's bracketed tag before the copy's dateline: the dateline's city is not struck.
    ("en", "Drones hit Kharkiv\n(SITE- AGENCY) Kyiv, May 21 (dpa) At least five people were injured overnight in "
           "Russian drone attacks on the city of Kharkiv.",
     date(2024, 5, 21), [("Kharkiv", "Kharkiv Oblast", "2024-05-21", "Russia", None, 5)]),
    # Funerals of an earlier strike's dead strike nothing today.
    ("en", "Hroza mourns\nFunerals started today for the dead of the missile strike that Russia launched at Hroza in "
           "the Kharkiv region.", date(2023, 10, 7), []),
    # "Also the evening before": one more strike on its own day, not the night's strike moved to it.
    ("uk", "Дрони атакували Слов'янськ\nРосійські дрони атакували місто Слов'янськ на Донеччині. Пошкоджено "
           "будинки.\n«Вночі шість дронів, два мікрорайони. На щастя, без постраждалих», — написав мер.\nТакож "
           "напередодні ввечері дрон пошкодив автомобіль у Слов'янську.",
     date(2025, 9, 13), [("Sloviansk", "Donetsk Oblast", "2025-09-13", "Russia", 0, 0),
                         ("Sloviansk", "Donetsk Oblast", "2025-09-12", "Russia", None, None)]),
    # Where medics helped someone wounded in another region is not struck.
    ("uk", "Обстріли Донеччини\nУ Лимані внаслідок обстрілу загинули двоє людей. У Бахмуті медики допомогли "
           "людині, яку поранило під час обстрілу на Луганщині.",
     date(2022, 5, 22), [("Lyman", "Donetsk Oblast", "2022-05-22", "Russia", 2, None),
                         ("Luhansk Oblast", "Luhansk Oblast", "2022-05-22", "Russia", None, None)]),
    # "A year ago" in a clause telling more of the city does not make the strike history.
    ("en", "The attack on Kherson, which Russian troops left a year ago, also wounded three people.",
     date(2023, 11, 1), [("Kherson", "Kherson Oblast", "2023-11-01", "Russia", None, 3)]),
    # A command named in curly quotes is not a place.
    ("uk", "Уламки збитих дронів пошкодили будинок у Павлограді. Дрони знищили захисники з Повітряного командування "
           "“Схід”.", date(2023, 12, 25), [("Pavlohrad", "Dnipropetrovsk Oblast", "2023-12-25", "Russia", None, None)]),
    # A post before a city council named by its town is not a village of that name.
    ("uk", "Секретарка Полтавської міськради розповіла про допомогу постраждалим. Ракета влучила в Полтаву.",
     date(2025, 2, 1), [("Poltava", "Poltava Oblast", "2025-02-01", "Russia", None, None)]),
    # What a court case holds the accused did is not a strike of the report.
    ("ru", "Согласно материалам дела, обвиняемые обстреливали жилые дома в Горловке.", date(2025, 8, 21), []),
    # The one person with wounds no one survives: the place's dead.
    ("en", "A Russian shell hit Bilozerka in the evening. A 70-year-old woman who was at home sustained injuries "
           "incompatible with life.", date(2025, 6, 8), [("Bilozerka", "Kherson Oblast", "2025-06-08", "Russia", 1, None)]),
    ("en", "Russian artillery shelled Hlushkivka village in the Kupiansk district. Luckily, there was no damage or "
           "casualties.", date(2024, 4, 2), [("Hlushkivka", "Kharkiv Oblast", "2024-04-02", "Russia", 0, 0)]),
    ("ru", "Атака на Ростов\nНакануне поздно вечером дрон попал в жилой дом в Ростове-на-Дону. При взрыве никто не "
           "погиб и не получил травм.", date(2025, 8, 9), [("Rostov-on-Don", "Rostov Oblast", "2025-08-08", "Ukraine", 0, 0)]),
])
def test_places_days_and_figures_in_the_forty_seventh_rounds_reports(code, text, published, expected, geocoder):
    text = text if "\n" in text else "Strikes\n" + text
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, sentence, expected", [
    # "Another" after a figure and its place is one more of the same kind, at the place after it.
    ("en", "Shelling killed one farmer in Velykyi Burluk and another in Dvorichna.", [("killed", 1), ("killed", 1)]),
    # What the doctors found, in the accusative: one person hurt.
    ("ru", "У него диагностировали контузию и травму руки.", [("injured", 1)]),
    ("uk", "У нього діагностували контузію та травму ноги.", [("injured", 1)]),
    # Bodies counted as they are found are dead.
    ("en", "Rescuers said three more bodies were recovered from the ruins.", [("killed", 3)]),
    # One person told after a count said to have risen is among the count.
    ("uk", "Кількість поранених зросла до 12, також поранений водій.", [("injured", 12)]),
    # A victim's ordinal is the toll so far (and the body just found is among it).
    ("uk", "Під завалами знайшли тіло чоловіка, це вже четверта жертва обстрілу.", [("killed", 4)]),
    ("ru", "Это уже шестая жертва ракетного удара по городу.", [("killed", 6)]),
    ("en", "The woman became the third victim of the attack.", [("killed", 3)]),
])
def test_casualty_sentences_of_the_forty_eighth_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A raion whose seat bears the adjective itself, in the report's region.
    ("ru", "Атака на Ростовскую область\nБеспилотник атаковал территорию Тарасовского района, пострадавших нет.",
     date(2025, 7, 3), [("Tarasovskiy Raion", "Rostov Oblast", "2025-07-03", "Ukraine", 0, 0)]),
    # "Near" a town far from every other place the sentence names, with a figure of its own: the town.
    ("en", "Russian shelling killed one civilian in Vovchansk and injured another near Kupiansk.", date(2024, 5, 1),
     [("Vovchansk", "Kharkiv Oblast", "2024-05-01", "Russia", 1, None),
      ("Kupiansk", "Kharkiv Oblast", "2024-05-01", "Russia", None, 1)]),
    # Drones the defences kept destroying over regions strike none of them.
    ("ru", "Дроны уничтожали и перехватывали над Курской и Орловской областями.", date(2025, 8, 14), []),
    # A capital standing for its government: its statements, its calls on others.
    ("ru", "Атака на Курск\nДроны атаковали Курск, пострадали двое. На фоне заявлений Киева о мире удар выглядит "
           "вызывающе, Москва призывает партнёров осудить его.",
     date(2025, 4, 15), [("Kursk", "Kursk Oblast", "2025-04-15", "Ukraine", None, 2)]),
    # "Another attack happened in X": a new place, not where the figure before it was hurt.
    ("ru", "Атаки в Курской области\nДрон атаковал машину в селе Званное Глушковского района. Ранены двое мужчин. "
           "Еще одна атака произошла в селе Теткино. Пострадала женщина.",
     date(2025, 8, 14), [("Zvannoye", "Kursk Oblast", "2025-08-14", "Ukraine", None, 2),
                         ("Tyotkino", "Kursk Oblast", "2025-08-14", "Ukraine", None, 1)]),
    # A newspaper's name in guillemets, and the hospital of a city named with its noun, are not struck.
    ("ru", "Обстрел Валуек\nСнаряд попал во двор в Валуйках. «Осколок смертельно ранил соседа», — приводит «Мир "
           "Белогорья» слова мэра.", date(2022, 9, 16), [("Valuyki", "Belgorod Oblast", "2022-09-16", "Ukraine", None, None)]),
    ("ru", "Атака на Шебекино\nДрон атаковал Шебекино. Раненого мужчину доставили в городскую больницу №2 города "
           "Белгорода.", date(2025, 10, 7), [("Shebekino", "Belgorod Oblast", "2025-10-07", "Ukraine", None, 1)]),
    # "The night from Tuesday to Wednesday" is dated by the Wednesday.
    ("en", "Russian drones attacked Reni on the night from Tuesday to Wednesday, injuring two.", date(2023, 9, 13),
     [("Reni", "Odesa Oblast", "2023-09-13", "Russia", None, 2)]),
    # An army claiming a strike as its own names the attacker; the other side's strikes a base supports do not.
    ("en", "Airbase hit\nUkraine's army said it had struck an airfield near Engels in the Saratov region, home to "
           "tankers that support Russian missile strikes.", date(2025, 6, 6),
     [("Engels", "Saratov Oblast", "2025-06-06", "Ukraine", None, None)]),
    # Shares after a place's own figure: each counts what that figure counted.
    ("en", "Donetsk region\nSix people were injured in Kurakhove, two each in Hirnyk and Ukrainsk, and one each in "
           "Siversk and Toretsk.", date(2024, 6, 28),
     [("Kurakhove", "Donetsk Oblast", "2024-06-28", "Russia", None, 6),
      ("Hirnyk", "Donetsk Oblast", "2024-06-28", "Russia", None, 2),
      ("Ukrainsk", "Donetsk Oblast", "2024-06-28", "Russia", None, 2),
      ("Siversk", "Donetsk Oblast", "2024-06-28", "Russia", None, 1),
      ("Toretsk", "Donetsk Oblast", "2024-06-28", "Russia", None, 1)]),
    # A town read by its own name in a list stays, whatever neighbour once bore the name.
    ("en", "Donetsk region\nShells hit the towns of Krasnohorivka, Kurakhove, Lyman and Selydove.", date(2024, 5, 27),
     [("Krasnohorivka", "Donetsk Oblast", "2024-05-27", "Russia", None, None),
      ("Kurakhove", "Donetsk Oblast", "2024-05-27", "Russia", None, None),
      ("Lyman", "Donetsk Oblast", "2024-05-27", "Russia", None, None),
      ("Selydove", "Donetsk Oblast", "2024-05-27", "Russia", None, None)]),
    # Someone who stepped on an explosive object was not struck.
    ("ru", "Обстрелы Харьковщины\nЖительница Балаклеи наступила на взрывоопасный предмет и получила ранения.",
     date(2022, 12, 12), []),
])
def test_places_days_and_figures_in_the_forty_eighth_rounds_reports(code, text, published, expected, geocoder):
    text = text if "\n" in text else "Strikes\n" + text
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_an_outlets_name_with_a_stop_inside_ends_no_sentence():
    assert split_sentences("Об этом сообщил губернатор, передает Depo.Харьков. Повреждены дома.", lexicon("ru")) == [
        "Об этом сообщил губернатор, передает Depo.Харьков.", "Повреждены дома."]


def test_a_pair_of_models_after_one_of_them_is_the_same_launch(geocoder):
    text = ("Росія запустила по столиці 11 балістичних ракет «Іскандер»\nУсього ворог застосував 11 ракет «Іскандер-М» "
            "і «Іскандер-К». Усі ракети знищено силами ППО.")
    records = extract(Report(text, date(2023, 5, 29)), geocoder).attack_records
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("missile", 11, 11)]


def test_a_launched_and_downed_pair_outranks_a_regional_count_before_it(geocoder):
    text = ("Drones hit Odesa\nA downed drone fell on a house in Odesa overnight, injuring two. Ukrainian air defence "
            "destroyed 17 attack drones, including ten over the Odesa region and seven over the Mykolaiv region. Earlier "
            "reports said the Air Force had destroyed 32 of the 46 attack drones Russia launched overnight.")
    records = extract(Report(text, date(2023, 12, 27)), geocoder).attack_records
    assert [(r.category, r.launched, r.shot_down) for r in records] == [("drone", 46, 32)]


@pytest.mark.parametrize("code, sentence, expected", [
    # A roundup "over the past day" tells of the day before the report.
    ("uk", "Окупанти за минулий день обстріляли шість громад.", date(2023, 12, 17)),
    ("ru", "Оккупанты за минувший день обстреляли шесть громад.", date(2023, 12, 17)),
])
def test_a_roundup_of_the_past_day_is_dated_the_day_before(code, sentence, expected):
    assert date_in(sentence, date(2023, 12, 18), lex=lexicon(code)) == (expected, "day")


@pytest.mark.parametrize("code, sentence", [
    # Weapons that flew in, as a region counts them, were launched.
    ("ru", "Семь БпЛА прилетели по Чугуевщине ночью."),
    ("uk", "Сім БпЛА прилетіли по Чугуївщині вночі."),
])
def test_weapons_that_flew_in_are_counted_launched(code, sentence):
    assert interceptions(sentence, lexicon(code)) == {"drones_launched": 7}


@pytest.mark.parametrize("code, text, published, expected", [
    # Those hurt counted by the town they are of: each town's own figure (not a launch area).
    ("uk", "Обстріли Оріхова\nОкупанти обстріляли Оріхів. Є 6 поранених з Оріхова та 2 з Преображенки.",
     date(2022, 10, 13), [("Orikhiv", "Zaporizhzhia Oblast", None, 6), ("Preobrazhenka", "Zaporizhzhia Oblast", None, 2)]),
    # The fire service's adjective is no fire.
    ("uk", "Вирок колаборанту\nСлідство встановило, що чоловік очолював пожежно-рятувальну частину в Херсоні за "
           "окупації.", date(2025, 4, 12), []),
])
def test_towns_of_the_hurt_and_the_fire_service_in_the_forty_eighth_rounds_reports(code, text, published, expected,
                                                                                     geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, e.killed, e.injured) for e in events] == expected


def test_the_share_downed_before_its_verb_is_the_downed_figure_not_the_next_clauses():
    sentence = ("Ворог випустив 120 дронів, із них 70 були збиті ППО, 40 БПЛА локаційно втрачені завдяки протидії РЕБ.")
    assert interceptions(sentence, lexicon("uk")) == {"drones_launched": 120, "drones_intercepted": 70}


@pytest.mark.parametrize("code, sentence, expected", [
    # No sign of anyone hurt is nobody hurt.
    ("en", "Officials said there were no signs of casualties.", [("killed", 0), ("injured", 0), ("children", 0)]),
    # Enemy soldiers a side claims it killed are a claim, not the strike's toll.
    ("en", "The ministry claimed its missiles killed 300 enemy soldiers.", []),
    # A share of the dead told by where they died.
    ("en", "Eight of the dead were killed near the market.", [("killed", 8)]),
    # Nobody hurt, told by the harm people did not suffer.
    ("uk", "Люди ушкоджень не зазнали, пошкоджено дах будинку.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("uk", "За словами голови громади, мешканці травм не зазнали.", [("killed", 0), ("injured", 0), ("children", 0)]),
    ("ru", "По словам главы округа, мирные жители травм не получили.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_casualty_sentences_of_the_forty_ninth_rounds_reports(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


def test_a_downed_tallys_parts_after_including_add_nothing_to_it():
    sentence = ("Air defence destroyed 30 drones overnight, including 12 over the Kursk region, nine over Belgorod and "
                "four over the Bryansk region.")
    assert interceptions(sentence, lexicon("en")) == {"drones_intercepted": 30}


@pytest.mark.parametrize("code, text, published, expected", [
    # A dateline's city is no town of the sentence: the country's capital named by its title is struck.
    ("en", "Drones over the capital\nKYIV (AP) — Russian drones struck Ukraine's capital overnight, wounding three "
           "people.", date(2025, 2, 12), [("Kyiv", "Kyiv City", "2025-02-12", "Russia", None, 3)]),
    # A capital that stands for its government in intelligence-sharing is not struck.
    ("en", "Drones hit Kharkiv overnight, injuring two, as Washington paused intelligence-sharing with Kyiv.",
     date(2025, 3, 6), [("Kharkiv", "Kharkiv Oblast", "2025-03-06", "Russia", None, 2)]),
    # The occupation's authorities only report: the strike on a Russian-held city is Ukraine's.
    ("uk", "Вибухи в Луганську\nЗа даними окупаційної влади, внаслідок удару по Луганську постраждали 15 людей.",
     date(2024, 6, 7), [("Luhansk", "Luhansk Oblast", "2024-06-07", "Ukraine", None, 15)]),
    # A strike "between the nearby villages of A and B" is the first village's.
    ("en", "Shelling killed two workers between the nearby villages of Zelenivka and Muzykivka in the Kherson region.",
     date(2023, 5, 3), [("Zelenivka", "Kherson Oblast", "2023-05-03", "Russia", 2, None)]),
    # A background line that tells of the report's own night names a place struck; one of another day does not.
    ("en", "Drones over Odesa region\nRussia attacked the Odesa region with 20 drones on the night of 3-4 June. "
           "Background: Fire engulfed a house in Izmail during the drone attack on the night of 3-4 June.",
     date(2024, 6, 4), [("Izmail", "Odesa Oblast", "2024-06-04", "Russia", None, None)]),
    ("en", "Drones over Odesa region\nRussia attacked the Odesa region with 20 drones on the night of 3-4 June. "
           "Background: On 20 May, a drone hit a warehouse in Izmail.",
     date(2024, 6, 4), [("Odesa Oblast", "Odesa Oblast", "2024-06-04", "Russia", None, None)]),
])
def test_places_days_and_sides_in_the_forty_ninth_rounds_reports(code, text, published, expected, geocoder):
    text = text if "\n" in text else "Strikes\n" + text
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_a_village_beside_its_hromada_in_russian_is_the_hromadas_namesake(geocoder):
    # "Николаевка" is Ukrainian "Миколаївка": the one near Kostiantynivka, not the town near Sloviansk.
    text = "Обстрелы Донетчины\nДвое мирных жителей ранены в Николаевке Константиновской общины."
    events = extract(Report(text, date(2023, 7, 20)), geocoder).events
    assert [(e.place, round(e.latitude, 1), e.injured) for e in events] == [("Mykolaivka", 48.6, 2)]


@pytest.mark.parametrize("code, sentence, expected", [
    # Brothers and sisters counted are people.
    ("ru", "Пострадали двое братьев.", [("injured", 2)]),
    ("uk", "У селі поранено двох братів.", [("injured", 2)]),
    # Blocks of flats counted before the verb are no people.
    ("uk", "Внаслідок влучання між двома п'ятиповерхівками постраждало 14 людей.", [("injured", 14)]),
    ("ru", "Между двумя пятиэтажками пострадали 11 человек.", [("injured", 11)]),
    # Those counted as given help are hurt.
    ("en", "Two victims received medical assistance at the scene.", [("injured", 2)]),
])
def test_casualty_sentences_of_the_forty_ninth_rounds_second_reading(code, sentence, expected):
    assert [(k, n) for k, n, _ in casualties(sentence, lexicon(code))] == expected


def test_a_governors_abbreviated_title_ends_no_sentence():
    assert split_sentences("Homes were hit, Gov. Ivan Petrov said. Two were hurt.", lexicon("en")) == [
        "Homes were hit, Gov. Ivan Petrov said.", "Two were hurt."]


@pytest.mark.parametrize("code, text, published, expected", [
    # The serial comma's ", and" is the list's joint, not part of the last village's name.
    ("en", "Drones over Belgorod district\nDrones hit the villages of Dubovoye, Maslova Pristan, and Nikolskoye in the "
           "Belgorod district.", date(2025, 8, 20),
     [("Dubovoye", "Belgorod Oblast", "2025-08-20", "Ukraine", None, None),
      ("Maslova Pristan", "Belgorod Oblast", "2025-08-20", "Ukraine", None, None),
      ("Nikolskoye", "Belgorod Oblast", "2025-08-20", "Ukraine", None, None)]),
    # The region around a city that is a region of its own, told as such, is struck beside it.
    ("en", "Drones attack Kyiv\nA drone hit a house in Kyiv. In the surrounding Kyiv region, a warehouse burned after a "
           "drone strike.", date(2024, 2, 10),
     [("Kyiv", "Kyiv City", "2024-02-10", "Russia", None, None),
      ("Kyiv Oblast", "Kyiv Oblast", "2024-02-10", "Russia", None, None)]),
    # The governor of the neighbouring region tells of his region's strikes.
    ("en", "Kursk attack\nA drone hit a house in Kursk, injuring one. The governor of the neighbouring Belgorod region "
           "said two people were wounded in drone strikes.", date(2025, 6, 2),
     [("Kursk", "Kursk Oblast", "2025-06-02", "Ukraine", None, 1),
      ("Belgorod Oblast", "Belgorod Oblast", "2025-06-02", "Ukraine", None, 2)]),
    # A figure one region's official tells, after two regions struck, is that region's.
    ("en", "Drones over Russia\nDrones attacked the Bryansk and Kaluga regions overnight. Bryansk Governor Alexander "
           "Bogomaz said a woman was injured.", date(2025, 6, 2),
     [("Bryansk Oblast", "Bryansk Oblast", "2025-06-02", "Ukraine", None, 1),
      ("Kaluga Oblast", "Kaluga Oblast", "2025-06-02", "Ukraine", None, None)]),
    # An agency's day on a line of its own leaves the lead the lead: its "nobody hurt" covers the villages after.
    ("ru", "Обстрел сел Курской области\nКурск.\n12 мая.\nИНТЕРФАКС - Три села Глушковского района подверглись "
           "обстрелу ВСУ, пострадавших нет, сообщил губернатор.\nСнаряды попали в село Теткино и в село Званное.",
     date(2025, 5, 12), [("Tyotkino", "Kursk Oblast", "2025-05-12", "Ukraine", 0, 0),
                         ("Zvannoye", "Kursk Oblast", "2025-05-12", "Ukraine", 0, 0)]),
    # "Nobody was hurt" closes the strikes when only a count of the drones launched follows.
    ("ru", "Атака на Липецкую область\nОбломки повредили дом в Ельце. Также обломки упали на двор в Лебедяни. По "
           "данным губернатора, никто не пострадал. Минобороны сообщило, что ВСУ выпустили 3 беспилотника по Липецкой "
           "области.", date(2025, 7, 2),
     [("Yelets", "Lipetsk Oblast", "2025-07-02", "Ukraine", 0, 0),
      ("Lebedyan", "Lipetsk Oblast", "2025-07-02", "Ukraine", 0, 0)]),
    # A roundup of the day before, over many settlements of the region, does not redate a town's strike.
    ("en", "Attacks in Zaporizhzhia\nRussian troops struck Huliaipole, killing a man, officials said on March 5. A drone "
           "hit a farm in Stepnohirsk, wounding two, officials added. The day before, Russian forces shelled 11 "
           "settlements of Zaporizhzhia Oblast.", date(2024, 3, 5),
     [("Huliaipole", "Zaporizhzhia Oblast", "2024-03-05", "Russia", 1, None),
      ("Stepnohirsk", "Zaporizhzhia Oblast", "2024-03-05", "Russia", None, 2)]),
])
def test_places_and_figures_in_the_forty_ninth_rounds_second_reading(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A common word opening a line before an abbreviation is no village ("Атаки РФ": attacks, not Ataky).
    ("uk", "Удари по Україні\nАтаки РФ по Україні\nУночі дрони атакували Одесу, пошкоджено будинок.", date(2025, 10, 22),
     [("Odesa", "Odesa Oblast", "2025-10-22", "Russia", None, None)]),
    # Ground assaults held off in a region strike nothing there; nor does the side that repelled them attack.
    ("uk", "Атака на Суми\nДрон влучив у будинок у Сумах. Сили оборони стримали нову хвилю атак у Донецькій області.",
     date(2025, 10, 14), [("Sumy", "Sumy Oblast", "2025-10-14", "Russia", None, None)]),
    ("en", "Kramatorsk hit\nDrones hit Kramatorsk, injuring two. Ukrainian forces repelled 12 attacks near Pokrovsk.",
     date(2025, 10, 14), [("Kramatorsk", "Donetsk Oblast", "2025-10-14", "Russia", None, 2)]),
    # Weapons launched at a place named as such struck it.
    ("en", "Zmiiv shelled\nRussian forces launched two S-300 missiles, which are repurposed air defence weapons, at the "
           "village of Zmiiv.", date(2023, 6, 2), [("Zmiiv", "Kharkiv Oblast", "2023-06-02", "Russia", None, None)]),
    # A figure told before any place, in a report of one raion, is the raion's.
    ("ru", "Обстрел Белгородского района: повреждены дома\nДвое детей ранены при ракетном обстреле, сообщил губернатор.",
     date(2024, 3, 14), [("Belgorod Raion", "Belgorod Oblast", "2024-03-14", "Ukraine", None, 2)]),
    # Where a train was bound for, and the waters off a hromada, were not struck.
    ("en", "Shostka station hit\nDrones hit a railway station in Shostka, damaging a train bound for Kyiv.",
     date(2025, 10, 4), [("Shostka", "Sumy Oblast", "2025-10-04", "Russia", None, None)]),
    ("ru", "Обстрелы Николаевщины\nНочью снаряды падали в акватории Очаковской общины, разрушений нет.",
     date(2023, 8, 9), []),
])
def test_places_and_sides_in_the_forty_ninth_rounds_third_reading(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_the_past_day_in_the_accusative_is_a_roundups_period():
    assert lexicon("ru").roundup_period.test("Администрация сообщила об обстрелах области за минувшие сутки.")


@pytest.mark.parametrize("code, text, published, expected", [
    # "Another person was killed" counts one dead.
    ("en", "Strikes across Ukraine\nRussian missiles hit the country overnight. Another man died in the Poltava region "
           "when a warehouse burned, officials said.", date(2024, 8, 26),
     [("Poltava Oblast", "Poltava Oblast", "2024-08-26", "Russia", 1, None)]),
    # A region "partially occupied" is still held by the side that reports the strike on it.
    ("en", "Strikes in the south\nOne man died in the partially occupied region of Kherson, its governor said, after a "
           "drone hit a shop.", date(2024, 8, 26), [("Kherson Oblast", "Kherson Oblast", "2024-08-26", "Russia", 1, None)]),
    # A copied dateline after the outlet's name is where the report was filed.
    ("en", "Drones hit Sumy\nReuters: KYIV (Reuters) - Russian drones struck Sumy overnight, wounding four, its mayor said.",
     date(2024, 11, 11), [("Sumy", "Sumy Oblast", "2024-11-11", "Russia", None, 4)]),
    # The towns ground troops seek to capture, a bare point a place lies from, a capital standing for its state.
    ("en", "Poltava hit\nA missile hit a block of flats in Poltava, killing three, as Russian troops pushed on with "
           "their drive to seize the towns of Pokrovsk and Toretsk.", date(2025, 2, 1),
     [("Poltava", "Poltava Oblast", "2025-02-01", "Russia", 3, None)]),
    ("en", "Drone strike near the capital\nA drone strike south of Kyiv killed two people in the town of Obukhiv.",
     date(2023, 3, 22), [("Obukhiv", "Kyiv Oblast", "2023-03-22", "Russia", 2, None)]),
    ("en", "Barrage on Ukraine\nRussia fired missiles at Odesa. Kalibr cruise missiles, among Moscow's most modern weapons, "
           "were used in the attack.", date(2024, 11, 17), [("Odesa", "Odesa Oblast", "2024-11-17", "Russia", None, None)]),
    # Strikes reported together with explosions are strikes, not sounds alone.
    ("en", "Barrage on Ukraine\nRussia attacked Ukraine overnight. Strikes and explosions were reported in Lviv and "
           "Rivne.", date(2024, 11, 17),
     [("Lviv", "Lviv Oblast", "2024-11-17", "Russia", None, None), ("Rivne", "Rivne Oblast", "2024-11-17", "Russia", None, None)]),
    # A toll over the country, or parts of it, is the night's, not the last city's.
    ("en", "Attacks kill five in Ukraine\nA drone hit a house in Mykolaiv.\nRussian attacks killed five people overnight "
           "and wounded 17 in southern Ukraine, governors said.", date(2024, 11, 11),
     [("Mykolaiv", "Mykolaiv Oblast", "2024-11-11", "Russia", None, None)]),
    ("en", "Attacks across Ukraine\nA bomb hit a block of flats in Kharkiv.\nRussia launched drones at Ukraine overnight, "
           "killing two and wounding 20 in the centre, south and east, officials said.", date(2024, 11, 8),
     [("Kharkiv", "Kharkiv Oblast", "2024-11-08", "Russia", None, None)]),
    # How often a place is attacked is no strike on it; a region's own toll stands beside the capital hit another day.
    ("en", "Night attack\nThree people were hurt when drones attacked the Kyiv region, officials said. Kyiv and the "
           "region around it have been under drone attacks almost every night lately. On Thursday, a building in the "
           "capital was hit.", date(2024, 11, 8),
     [("Kyiv Oblast", "Kyiv Oblast", "2024-11-08", "Russia", None, 3), ("Kyiv", "Kyiv City", "2024-11-07", "Russia", None, None)]),
])
def test_places_and_figures_of_the_fiftieth_round(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # Rounds fired "in" a district, in translation, strike it; "Nikopol region" of a raion's seat is the raion.
    ("en", "Shelling of Dnipropetrovsk Oblast\nRussian forces fired 15 rounds in the Synelnykove district, in particular "
           "in the Mezhova hromada.", date(2023, 6, 25), [("Mezhova", "Dnipropetrovsk Oblast", "2023-06-25", "Russia", None, None)]),
    ("en", "Shelling of Dnipropetrovsk Oblast\nThe Russians also fired artillery at the Marhanets hromada in Nikopol region.",
     date(2023, 6, 25), [("Marhanets", "Dnipropetrovsk Oblast", "2023-06-25", "Russia", None, None)]),
    # "It was noisy in" a place: an administration's word for shelling there.
    ("en", "Nikopol district shelled\nIt was noisy in Marhanets and the Myrove community, the governor said.",
     date(2024, 2, 13), [("Marhanets", "Dnipropetrovsk Oblast", "2024-02-13", "Russia", None, None),
                         ("Myrove", "Dnipropetrovsk Oblast", "2024-02-13", "Russia", None, None)]),
    ("uk", "Обстріли Дніпропетровщини\nГучно було у Марганці та Мирівській громаді.", date(2025, 9, 16),
     [("Marhanets", "Dnipropetrovsk Oblast", "2025-09-16", "Russia", None, None),
      ("Myrove", "Dnipropetrovsk Oblast", "2025-09-16", "Russia", None, None)]),
    # A toll after a list of hromadas is theirs together, no one hromada's.
    ("uk", "Обстріли Нікопольщини\nВорог бив по Марганецькій, Мирівській та Червоногригорівській громадах. Постраждали "
           "двоє чоловіків.", date(2025, 9, 16),
     [("Marhanets", "Dnipropetrovsk Oblast", "2025-09-16", "Russia", None, None),
      ("Myrove", "Dnipropetrovsk Oblast", "2025-09-16", "Russia", None, None),
      ("Chervonohryhorivka", "Dnipropetrovsk Oblast", "2025-09-16", "Russia", None, None)]),
    # A place struck again, told after "also", and a person hurt then: one more hurt.
    ("uk", "Обстріл Білозерки\nВранці ворог обстріляв Білозерку, поранено чоловіка. Крім того, ввечері ворожа армія знову "
           "обстріляла Білозерку. Травми дістала жінка.", date(2025, 8, 20),
     [("Bilozerka", "Kherson Oblast", "2025-08-20", "Russia", None, 2)]),
    # A governor's region leads the sentences after his, even when his own sentence only heard shelling.
    ("en", "Shelling in Russian regions\nIn the Kaluga region, a drone hit a warehouse. Belgorod Governor Vyacheslav "
           "Gladkov said he could hear shelling overnight. He later said a drone killed two women in the village "
           "of Maslova Pristan.", date(2023, 6, 2),
     [("Kaluga Oblast", "Kaluga Oblast", "2023-06-02", "Ukraine", None, None),
      ("Maslova Pristan", "Belgorod Oblast", "2023-06-02", "Ukraine", 2, None)]),
    # Drones downed over one region are not where another region's officials count the dead.
    ("en", "Drone attack on the Belgorod region\nThe defence ministry said it shot down 12 drones across the country and Crimea "
           "overnight, while officials in the Belgorod region said a man was killed.", date(2025, 2, 27),
     [("Belgorod Oblast", "Belgorod Oblast", "2025-02-27", "Ukraine", 1, None)]),
])
def test_places_and_figures_of_the_fiftieth_rounds_second_reading(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A governor's toll since the shelling began is no strike.
    ("ru", "Гладков о потерях\nГубернатор Белгородской области заявил, что с начала обстрелов в регионе погибли 30 "
           "мирных жителей.", date(2022, 12, 30), []),
    # A town left without water by an outage, told before "а" turns to a town struck.
    ("uk", "Удар по Львову\nУ Самборі через знеструмлення насосної станції відсутнє водопостачання, а у Львові "
           "зафіксували вибух на об'єкті енергетики.", date(2022, 10, 10),
     [("Lviv", "Lviv Oblast", "2022-10-10", "Russia", None, None)]),
    ("ru", "Удар по Львову\nВ Самборе из-за обесточивания насосной станции отсутствует водоснабжение, а во Львове "
           "зафиксировали взрыв на объекте энергетики.", date(2022, 10, 10),
     [("Lviv", "Lviv Oblast", "2022-10-10", "Russia", None, None)]),
    # "Напередодні" in a story of yesterday is that yesterday.
    ("uk", "Удар по Кременчуку\nУчора ракети вдарили по Полтавщині. Напередодні ворожі ракети влучили в Кременчук, "
           "загинула людина.", date(2022, 4, 25), [("Kremenchuk", "Poltava Oblast", "2022-04-24", "Russia", 1, None)]),
    # The forces named as a source, the servicemen killed and the side that owns up are no attackers.
    ("ru", "Удар по Затоке\nКак передает горсовет со ссылкой на оперативное командование \"Юг\" ВСУ, ночью российские "
           "ракеты попали в Черноморск.", date(2022, 7, 1), [("Chornomorsk", "Odesa Oblast", "2022-07-01", "Russia", None, None)]),
    ("ru", "ВСУ признали потери при ударе по Полтаве\nПри ударе по училищу в Полтаве погибли 40 украинских "
           "военнослужащих.", date(2024, 9, 4), [("Poltava", "Poltava Oblast", "2024-09-04", "Russia", 40, None)]),
    # Who passes the news on is no place struck; nor is an official's wish for the wounded.
    ("ru", "Ракеты над Одесщиной\nКак передает Одесский городской совет, ракеты попали в Черноморск.", date(2022, 7, 1),
     [("Chornomorsk", "Odesa Oblast", "2022-07-01", "Russia", None, None)]),
    ("ru", "Удар по Крыму\nДроны атаковали Феодосию, ранены трое. Глава Севастополя написал, что Севастополь в эти часы "
           "скорбит вместе с Феодосией, и пожелал раненым скорее поправиться.",
     date(2025, 9, 22), [("Feodosiia", "Autonomous Republic of Crimea", "2025-09-22", "Ukraine", None, 3)]),
    # A raion after a village locates that village, not the next one "and" opens.
    ("ru", "Атака на Ростовскую область\nОбломки повредили дома на хуторе Светлом Каменского района и в селе "
           "Песчанокопское.", date(2025, 7, 25),
     [("Svetlyy", "Rostov Oblast", "2025-07-25", "Ukraine", None, None),
      ("Peschanokopskoye", "Rostov Oblast", "2025-07-25", "Ukraine", None, None)]),
    # A road named by its ends, hyphened and quoted: the first end.
    ("ru", "Атака на Курскую область\nДрон атаковал грузовик на трассе \"Рыльск-Хомутовка\", водитель ранен.",
     date(2025, 8, 17), [("Rylsk", "Kursk Oblast", "2025-08-17", "Ukraine", None, 1)]),
    # A toll broken down by place in a later sentence: the part, then the rest.
    ("ru", "Пострадали четверо жителей Курской области\nГубернатор сообщил о четырёх раненых при атаке дронов. Трое из "
           "них ранены в Глушковском районе, а четвёртый — в Кореневском районе.", date(2025, 3, 18),
     [("Glushkovo Raion", "Kursk Oblast", "2025-03-18", "Ukraine", None, 3),
      ("Korenevo Raion", "Kursk Oblast", "2025-03-18", "Ukraine", None, 1)]),
])
def test_places_sides_and_figures_of_the_fiftieth_rounds_third_reading(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_a_toll_over_the_country_leaves_the_children_it_places():
    events = {e.place: e for e in extract(Report(
        "Night attack on Ukraine\nRussian drones struck Kyiv overnight. Across the country at least nine people were "
        "killed, including two children in the Kyiv region, officials said.", date(2025, 5, 25))).events}
    assert events["Kyiv"].killed is None
    assert (events["Kyiv Oblast"].killed, events["Kyiv Oblast"].children) == (None, 2)


def test_launch_figures_of_the_fiftieth_round():
    # A weapon's name as the kind of attack counts no weapon; a part of the night's total adds nothing;
    # drones "lost" in quotes did not reach.
    records = read_night_summary("Overnight Russia staged a combined missile and drone attack on the country. It fired 80 "
                                 "missiles and 60 drones; six Kinzhal missiles were among the projectiles. Air defence "
                                 "downed 50 missiles and 40 drones, and 15 drones were \"lost\".", date(2024, 11, 17),
                                 language="en")
    assert sorted((r.category, r.launched, r.shot_down, r.not_reached) for r in records) == [
        ("drone", 60, 40, 15), ("missile", 80, 50, None)]
    assert lexicon("en").region_officials_before.test("while authorities in the southwestern ")


@pytest.mark.parametrize("code, sentence, expected", [
    # Victims counted by the other noun for them.
    ("uk", "Крім того, у самому місті троє потерпілих.", [("injured", 3)]),
    ("ru", "Кроме того, в самом городе трое потерпевших.", [("injured", 3)]),
    # A married couple is two.
    ("ru", "В Глушковском районе пострадала супружеская пара.", [("injured", 2)]),
    ("uk", "У районі постраждало подружжя пенсіонерів.", [("injured", 2)]),
    # One hurt, told by an adjective standing for her and where she was taken, and her husband besides.
    ("ru", "Пострадавшую госпитализировали, ее муж получил легкие травмы.", [("injured", 1), ("injured", 1)]),
    ("uk", "Відомо про травмування однієї особи.", [("injured", 1)]),
    # A child told with an age in words is one of a list.
    ("en", "A man and a girl of five were killed in the shelling.", [("killed", 2), ("children", 1)]),
    # How the dead told before died is no new count.
    ("en", "The governor said one of the men killed in the strike died on the way to hospital.", []),
    # No word of anyone hurt has come.
    ("uk", "Повідомлення про поранених або загиблих не надходили.", [("killed", 0), ("injured", 0), ("children", 0)]),
])
def test_casualty_words_of_the_fiftieth_round(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A region named on a line of its own heads the strikes told under it.
    ("uk", "Що відомо про ранкові удари\nЗранку росіяни знову атакували Україну ракетами.\nВолинь\nОкупанти вдарили по "
           "об'єктах енергетики.", date(2022, 10, 22), [("Volyn Oblast", "Volyn Oblast", "2022-10-22", "Russia", None, None)]),
    # "Nobody hurt as of 7:30" closes the round-up: every place told.
    ("uk", "Атака на Дніпропетровщину\nУночі ворог атакував Дніпро, влучив у підприємство. Дроном противник вдарив по "
           "Марганцю. Загиблих та постраждалих станом на 8:15 ранку не виявлено.", date(2025, 9, 5),
     [("Dnipro", "Dnipropetrovsk Oblast", "2025-09-05", "Russia", 0, 0),
      ("Marhanets", "Dnipropetrovsk Oblast", "2025-09-05", "Russia", 0, 0)]),
])
def test_places_and_figures_of_the_fiftieth_rounds_fourth_reading(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


def test_drones_destroyed_of_them_told_by_another_verb():
    events = extract(Report("Атака на Дніпро\nУночі ворог атакував область безпілотниками. Оборонці неба ліквідували 12 "
                            "з них. У Дніпрі уламки пошкодили склад.", date(2025, 9, 5))).events
    assert [(e.place, e.drones_intercepted) for e in events] == [("Dnipro", 12)]


@pytest.mark.parametrize("code, sentence, expected", [
    # One of a toll told before, named by age with "the", hurt or killed where the sentence says.
    ("en", "The 61-year-old man was injured later in the Khotin hromada.", [("injured", 1)]),
    ("en", "The 70-year-old woman was killed in the Bilopillia hromada.", [("killed", 1)]),
    # Railway staff counted as one hurt.
    ("ru", "При сбросе взрывчатки был ранен помощник машиниста поезда.", [("injured", 1)]),
])
def test_casualty_words_of_the_fiftieth_rounds_second_wave(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A hospital struck is a place struck; a hospital the wounded were taken to is not.
    ("en", "Bombs hit Kharkiv Oblast\nThree people were hurt when guided bombs struck a hospital in the village of "
           "Velykyi Burluk.", date(2024, 2, 1), [("Velykyi Burluk", "Kharkiv Oblast", "2024-02-01", "Russia", None, 3)]),
    ("en", "Drone hits Izium\nA drone hit a shop in Izium; the wounded were taken to a hospital in Kharkiv.",
     date(2024, 2, 1), [("Izium", "Kharkiv Oblast", "2024-02-01", "Russia", None, None)]),
    # A man the drone attacked, told by age with "the", then hurt: one hurt there.
    ("en", "Attack on Sumy Oblast\nIn the Khotin hromada, a drone attacked the 52-year-old man on his bicycle. He "
           "suffered shrapnel wounds.", date(2025, 7, 28), [("Khotin", "Sumy Oblast", "2025-07-28", "Russia", None, 1)]),
    # "подвергся" (masculine) is struck, as "подверглось".
    ("ru", "Атака на Брянскую область\nПоселок Климово подвергся налетам FPV-дронов.", date(2025, 9, 6),
     [("Klimovo", "Bryansk Oblast", "2025-09-06", "Ukraine", None, None)]),
])
def test_places_and_figures_of_the_fiftieth_rounds_second_wave(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A city, a comma and the agency's bracket with the day open the copy: where it was filed.
    ("en", "Ukraine strikes depot\nKyiv, (APP - Agency News - 5th Feb, 2025) Ukraine struck a fuel depot in the "
           "Krasnodar region.", date(2025, 2, 5), [("Krasnodar Krai", "Krasnodar Krai", "2025-02-05", "Ukraine", None, None)]),
    # Who holds the place, told after it, tells who struck it.
    ("en", "Radar hit\nUkraine said it hit a radar in the part of the Zaporizhzhia region under Russian control.",
     date(2025, 2, 5), [("Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "2025-02-05", "Ukraine", None, None)]),
    # "The governor said earlier that" tells of the strike the report is about: its village, in the region struck.
    ("en", "Depot hit\nUkraine hit an oil depot in the Krasnodar region. The governor said earlier that debris fell on "
           "a tank farm in the village of Novominskaya.", date(2025, 2, 5),
     [("Novominskaya", "Krasnodar Krai", "2025-02-05", "Ukraine", None, None)]),
    # A state's security service is the state acting, not the capital struck.
    ("en", "Refinery burns\nDrones struck a refinery in the Volgograd region; a source said Kyiv's SBU security "
           "service was behind the attack.", date(2024, 2, 3),
     [("Volgograd", "Volgograd Oblast", "2024-02-03", "Ukraine", None, None)]),
    # A capital that "has since followed that with" more strikes is the state striking.
    ("en", "Strikes on Kharkiv\nRussian missiles struck Kharkiv on Monday. Moscow has since followed it up with more "
           "strikes on the north.", date(2024, 8, 27), [("Kharkiv", "Kharkiv Oblast", "2024-08-26", "Russia", None, None)]),
    # A region head's region told by where it lies is his title: the toll he gives is his region's.
    ("en", "Drone attack\nThe head of the southern region of Odesa said three people were hurt when a drone struck "
           "overnight.", date(2024, 8, 6), [("Odesa Oblast", "Odesa Oblast", "2024-08-06", "Russia", None, 3)]),
    # The army by its state's initials; the side that downs the missiles is named after the verb.
    ("ru", "Удар по Одессе\nВойска РФ ночью атаковали Одессу ракетами, все цели удалось сбить ВСУ, но обломки "
           "повредили дом.", date(2023, 6, 1), [("Odesa", "Odesa Oblast", "2023-06-01", "Russia", None, None)]),
    # Drones downed on approach to a town, the story told on without a place, then one fell: the town.
    ("ru", "Подробности ночной атаки\nСредства ПВО сбили два дрона на подлете к Бердянску. Об этом написал глава "
           "общественного движения «Мы вместе с Россией». Всего для удара по городу использовали три беспилотника. Два "
           "из них сбиты в небе, а еще один упал на территории частного сектора. В результате падения беспилотник "
           "взорвался, повреждения получил жилой дом.", date(2023, 12, 22),
     [("Berdiansk", "Zaporizhzhia Oblast", "2023-12-22", "Ukraine", None, None)]),
    # The Orlovsky okrug's seat is Oryol, whose name the adjective does not spell.
    ("ru", "Атака на Орловскую область\nВ Орловском муниципальном округе беспилотники повредили два частных дома.",
     date(2025, 8, 29), [("Oryol", "Oryol Oblast", "2025-08-29", "Ukraine", None, None)]),
    # People moved away because of shelling in general: no strike told.
    ("ru", "Совещание\nВ Белгородской области из-за обстрелов пришлось отселить более трех тысяч человек из "
           "приграничных сел.", date(2023, 2, 1), []),
    ("uk", "Нарада\nНа Сумщині через обстріли довелося відселити жителів прикордонних громад.", date(2023, 2, 1), []),
    ("ru", "Жизнь у границы\nМногие жители Грайворона покинули свои дома после обстрелов.", date(2023, 7, 4), []),
    # Districts of the city struck, told in a same-day "reported earlier": that strike's.
    ("ru", "Удар по Харькову\nРоссия ударила по Харькову КАБами, погибли три человека. Ранее сообщалось, что есть "
           "попадания в Киевском и Салтовском районах.", date(2024, 9, 24),
     [("Kharkiv", "Kharkiv Oblast", "2024-09-24", "Russia", 3, None),
      ("Kyivskyi", "Kharkiv Oblast", "2024-09-24", "Russia", None, None),
      ("Saltivskyi", "Kharkiv Oblast", "2024-09-24", "Russia", None, None)]),
])
def test_places_and_sides_of_the_fifty_first_round(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, str(e.event_date), e.attacker, e.killed, e.injured) for e in events] == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # Towns told again after the report turned to another region are the towns it told of, not namesakes there.
    ("en", "Seventeen hurt by Russian attacks in Donetsk and Kherson oblasts\nRussian attacks on Donetsk and Kherson "
           "oblasts killed four people and injured thirteen on 7 November.\nOver the day the Russians killed two "
           "residents of Donetsk Oblast, in Dobropillia and Kostiantynivka.\nThree people were injured in Dobropillia, "
           "Kostiantynivka and Lyman.", date(2025, 11, 8),
     [("Kherson Oblast", "Kherson Oblast", "Russia"), ("Dobropillia", "Donetsk Oblast", "Russia"),
      ("Kostiantynivka", "Donetsk Oblast", "Russia"), ("Lyman", "Donetsk Oblast", "Russia")]),
    # Crimea's Kirovsky raion keeps its seat's old name: the seat is Islyam-Terek.
    ("en", "Drone attack on Crimea\nCrimea's leader said drones hit a fuel store in the Dzhankoi District, and "
           "debris damaged two homes in the Kirovsky District.", date(2023, 7, 24),
     [("Dzhankoi Raion", "Autonomous Republic of Crimea", "Ukraine"),
      ("Isliam-Terek Raion", "Autonomous Republic of Crimea", "Ukraine")]),
    # A theatre named for a person is no village of that name.
    ("uk", "Удар по Севастополю\nУночі ракети атакували Севастополь. Біля театру Луначарського впав уламок.",
     date(2023, 9, 22), [("Sevastopol", "Sevastopol", "Ukraine")]),
    # A place on fire after the night is damage told there.
    ("uk", "Пожежа на аеродромі\nДругу годину палає аеродром у Міллерові на Ростовщині.",
     date(2024, 7, 20), [("Millerovo", "Rostov Oblast", "Ukraine")]),
    ("ru", "Пожар после атаки\nС ночи горит нефтебаза в Новороссийске.", date(2024, 7, 20),
     [("Novorossiysk", "Krasnodar Krai", "Ukraine")]),
])
def test_places_of_the_fifty_first_rounds_second_wave(code, text, published, expected, geocoder):
    events = extract(Report(text, published), geocoder).events
    assert [(e.place, e.admin1, e.attacker) for e in events] == expected


@pytest.mark.parametrize("code, text", [
    # What was first told is superseded by the figure the report gives now.
    ("ru", "Атака на Курскую область\nЧисло пострадавших при атаке дронов в Курской области возросло до трех. В Курске "
           "обломки повредили дом. Изначально губернатор сообщал об одном пострадавшем."),
    ("uk", "Атака на Сумщину\nКількість поранених на Сумщині зросла до трьох. У Сумах уламки пошкодили будинок. "
           "Спочатку голова ОВА повідомляв про одного пораненого."),
])
def test_a_figure_first_told_gives_way_to_the_latest(code, text, geocoder):
    events = extract(Report(text, date(2025, 8, 29)), geocoder).events
    assert [e.injured for e in events] == [3]


@pytest.mark.parametrize("code, sentence, expected", [
    # A figure told before, in brackets, is not the sentence's count.
    ("ru", "Погиб пожилой мужчина (ранее сообщалось о двух погибших, эти данные не подтвердились).", [("killed", 1)]),
    ("uk", "Загинула жінка (раніше повідомлялося про загибель двох дітей, ця інформація не підтвердилася).", [("killed", 1)]),
    ("en", "A woman was killed (earlier reports said two children died, which was not confirmed).", [("killed", 1)]),
    # One more hurt, the age told between commas.
    ("en", "Another man, aged 47, sustained shrapnel wounds in his yard.", [("injured", 1)]),
    # A time with a dot after its preposition counts nobody.
    ("uk", "У місті станом на 16.45 4 людини загинули, 20 поранені.", [("killed", 4), ("injured", 20)]),
    ("ru", "По состоянию на 14.30 3 человека погибли.", [("killed", 3)]),
    # One dead, then the wounded joined by "and": the dead one is counted too.
    ("uk", "На жаль, загинув чоловік та постраждали ще четверо людей.", [("killed", 1), ("injured", 4)]),
    ("ru", "Погиб мужчина и пострадали еще четыре человека.", [("killed", 1), ("injured", 4)]),
    # A share told by whom they belonged to is a count.
    ("en", "Three of its workers were injured, the plant's owner said.", [("injured", 3)]),
])
def test_casualty_words_of_the_fifty_first_rounds_second_wave(code, sentence, expected):
    assert [(key, n) for key, n, _ in casualties(sentence, lexicon(code))] == expected


@pytest.mark.parametrize("text, expected", [
    # Strikes "on Ukraine" over the past day: the country's toll, not the city a caption named.
    ("Night of strikes\nA photo shows damage after Russian shelling hit the city of Zaporizhzhia. (Photo: regional "
     "administration)\nOver the past day, Russian strikes on Ukraine left five dead and 30 wounded, officials "
     "reported.\nIn Zaporizhzhia, a guided bomb killed two people and wounded eight, the governor said.",
     [("Zaporizhzhia", 2, 8)]),
    # A toll gathered from the regions' authorities, no place named: no one place's.
    ("Daily roundup\nDamage after a missile strike on Kharkiv Oblast. (Photo: the governor)\nRussian shelling over "
     "the last 24 hours left two dead and at least 17 hurt, regional authorities reported.\nIn Kharkiv "
     "Oblast, missiles wounded five people, the governor said.", [("Kharkiv Oblast", None, 5)]),
])
def test_a_countrys_daily_toll_is_no_captioned_places(text, expected, geocoder):
    events = extract(Report(text, date(2024, 9, 24)), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == expected


def test_nobody_hurt_in_places_counted_before_they_are_named(geocoder):
    # Places counted with nobody hurt in any of them, then named: none of them hurt.
    text = ("Обломки дронов нашли на побережье\nВ Геленджике и Туапсе нашли обломки беспилотников, сообщил оперштаб "
            "края. Ночью упавший беспилотник повредил дом в Геленджике. Пострадавших не было.\nВ Туапсинском округе "
            "обломки дронов нашли в четырех населенных пунктах — во всех случаях обошлось без пострадавших. Фрагменты упали на "
            "улице в Туапсе, в поселке Пригородный, в селе Ольгинка, а также в селе Агой. В нескольких домах выбиты окна.")
    events = extract(Report(text, date(2025, 11, 2)), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == [
        ("Gelendzhik", 0, 0), ("Tuapse", 0, 0), ("Prigorodnyy", 0, 0), ("Olginka", 0, 0), ("Agoy", 0, 0)]


def test_another_hurt_after_the_dead_is_besides_them(geocoder):
    # The lead's toll, then the dead told again by whom they were, then "another" hurt: besides the dead, one hurt.
    text = ("Shelling of Marhanets kills two\nRussian artillery killed two people and wounded one in Marhanets, the "
            "governor said.\nTwo of its workers were killed at a farm on the outskirts.\nAnother man, aged 62, "
            "received shrapnel wounds and is in hospital.")
    events = extract(Report(text, date(2023, 6, 26)), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == [("Marhanets", 2, 1)]


@pytest.mark.parametrize("code, sentence", [
    # "One of the missiles hit" after an attack verb: a share of what hit, no count of what was launched.
    ("uk", "Окупанти атакували місто, одна з ракет влучила в школу."),
    ("ru", "Оккупанты атаковали город, одна из ракет попала в школу."),
])
def test_one_of_the_missiles_that_hit_is_no_launch_count(code, sentence):
    assert interceptions(sentence, lexicon(code)) == {}


# --- the fifty-second round ---------------------------------------------------------------------

_PLACES_OF_THE_FIFTY_SECOND_AND_THIRD_ROUNDS = [
    # A name after a relative and a comma is the person's, not a town's.
    ("en", "Missile kills man in Kharkiv\nA Russian missile hit a house in Kharkiv, killing a man. Learning that his "
     "father was dead, the son, Volodymyr, knelt beside the ruins.", date(2024, 4, 4), [("Kharkiv", 1, None)]),
    # An institution called national is no town ("Police" is a Polish name of a Ukrainian village).
    ("en", "Strike on Uman\nA Russian missile hit a block of flats in Uman overnight. Fourteen people were injured, "
     "according to the National Police.", date(2023, 4, 28), [("Uman", None, 14)]),
    # A broadcaster's regional edition, and a capital weapons are handed to, are no places struck.
    ("ru", "Атака на завод\nБеспилотник атаковал завод в Новошахтинске, сообщил губернатор. Ночью на соседнем "
     "нефтезаводе загорелся резервуар, сообщал РБК Краснодар.", date(2023, 5, 4), [("Novoshakhtinsk", None, None)]),
    ("ru", "Удар по Луганску\nВСУ ударили по Луганску крылатыми ракетами, которые стали применять после передачи "
     "Киеву первой партии.", date(2023, 5, 15), [("Luhansk", None, None)]),
    # "No casualties and destruction of homes in the region": the places struck there had none.
    ("en", "Missiles hit Lviv region\nRussian missiles hit two energy facilities in the Stryi and Zolochiv districts. "
     "Fires broke out there. \"For now the Lviv region reports no casualties and destruction of houses,\" the "
     "governor said.", date(2024, 4, 27), [("Stryi Raion", 0, 0), ("Zolochiv Raion", 0, 0)]),
    # The place hit worst, after a dash: struck too, and the toll told next is its.
    ("uk", "Обстріл Нікопольщини\nПротягом дня окупанти обстрілювали район з артилерії. Дісталося Марганецькій "
     "громаді. Та найбільше — Нікополю. У місті загинула жінка.", date(2024, 3, 27),
     [("Marhanets", None, None), ("Nikopol", 1, None)]),
    # Figures first told, with the minors among them, give way to the latest.
    ("ru", "Атака на Елабугу\nПри атаке беспилотника в Елабуге пострадали семь человек. Ранее в экстренных службах "
     "информировали о шести пострадавших, уточнив, что мужчина и два подростка получили ранения.", date(2024, 4, 2),
     [("Yelabuga", None, 7)]),
    # A toll a year before, at the same place: not this strike's.
    ("en", "Missile hits Kremenchuk\nA Russian missile hit an industrial site in Kremenchuk on Tuesday, exactly a year "
     "after an attack on a shopping centre there that killed 22 people. No casualties were reported.",
     date(2023, 6, 27), [("Kremenchuk", 0, 0)]),
    # A region named as the adjective of its towns is no place struck.
    ("en", "Missiles hit Donetsk region\nRussian missiles struck three Donetsk cities — Kramatorsk, Sloviansk and "
     "Druzhkivka — on Thursday, the governor said.", date(2023, 11, 30),
     [("Kramatorsk", None, None), ("Sloviansk", None, None), ("Druzhkivka", None, None)]),
    # The count now, after the earlier one in the same sentence: not a sum.
    ("ru", "Обстрел Запорожья\nНочью оккупанты атаковали Запорожье ракетами. В полиции сообщили о 13 пострадавших, "
     "но вскоре глава ОВА уточнил, что сейчас пострадавших 16.", date(2025, 10, 30), [("Zaporizhzhia", None, 16)]),
    # A placeless strike the day before the one told, and the toll that goes on with it: that earlier strike's.
    ("ru", "Удар по Одессе\nСегодня днем россияне ударили ракетой по порту в Одессе. Один человек погиб, ранены шесть. "
     "Накануне во время обстрела было повреждено гражданское судно. Погибли четыре моряка, пострадали семь.",
     date(2024, 10, 14), [("Odesa", 1, 6)]),
    # Who was hurt left unsaid is not "nobody".
    ("uk", "Обстріл Вовчанська\nОкупанти обстріляли Вовчанськ, загинули двоє чоловіків. Наразі на місці працюють "
     "рятувальники. Про постраждалих від обстрілу голова ОВА не уточнив.", date(2023, 6, 28), [("Vovchansk", 2, None)]),
    # Shelling begun as a habit from some time on is no strike of this report.
    ("ru", "Обстрел Антоновки\nОккупанты обстреляли Антоновку, ранен мужчина. После освобождения россияне начали "
     "системно обстреливать Херсон.", date(2023, 7, 11), [("Antonivka", None, 1)]),
    # (the fifty-third round)
    # A capital standing for its state: its revenues, its forces without the "'s", what it declared.
    ("en", "Drones hit a refinery in Ryazan\nUkrainian drones struck an oil refinery in Ryazan overnight, part of a "
     "campaign to cut Moscow's oil revenues.", date(2025, 2, 24), [("Ryazan", None, None)]),
    ("en", "Drone attack on Kursk region\nKyiv forces struck a village in Russia's Kursk region with drones, killing "
     "one woman and injuring two.", date(2025, 4, 15), [("Kursk Oblast", 1, 2)]),
    ("en", "Shelling of Belgorod\nUkrainian shelling hit Belgorod on Tuesday, weeks after Moscow declared the border "
     "secure.", date(2024, 5, 14), [("Belgorod", None, None)]),
    # A governor named in full, then by his surname alone: the man, not the town Gusev.
    ("en", "Drones hit Voronezh region\nVoronezh Governor Alexander Gusev said a drone hit a warehouse in Liski. "
     "Gusev did not specify the damage.", date(2024, 10, 28), [("Liski", None, None)]),
    # A lull in the capital, a city holding out, the separatist-held regions a city lies near, a command's name:
    # none struck.
    ("en", "Rockets pound Kharkiv\nRussian rockets hit Kharkiv on Monday, killing nine. There was a rare lull in the "
     "capital Kyiv, where people left bomb shelters once the curfew imposed on Saturday ended.", date(2022, 2, 28),
     [("Kharkiv", 9, None)]),
    ("en", "Shelling of Zaporizhzhia\nRussian shelling hit Zaporizhzhia while Mariupol was \"holding out\", officials "
     "said.", date(2022, 3, 20), [("Zaporizhzhia", None, None)]),
    ("en", "Missiles hit Kharkiv\nMissiles struck Kharkiv, which lies near the separatist-held areas of Luhansk and "
     "Donetsk, killing three.", date(2022, 3, 1), [("Kharkiv", 3, None)]),
    ("en", "Drones over Odesa region\nRussian drones hit a port warehouse in Izmail. Soldiers of the Southern "
     "Command Skhid (East) destroyed the rest.", date(2023, 9, 4), [("Izmail", None, None)]),
    # A raion whose adjective drops the seat's vowel (Livny, Livensky), and "no injuries": nobody hurt.
    ("en", "Drones hit Oryol region\nOryol Governor Andrei Klychkov said drones struck fuel sites in the Livensky "
     "district overnight. No injuries were reported.", date(2025, 12, 2), [("Livny Raion", 0, 0)]),
    # Dying of the wounds is a death.
    ("en", "Drone strike in Kursk region\nA Ukrainian drone hit a house in Rylsk. A woman was taken to hospital, where "
     "she was operated on, but the woman succumbed to her wounds.", date(2025, 6, 17), [("Rylsk", 1, 1)]),
    # "Поцелили" (the Ukrainian word, in Russian spelling): aimed at and hit.
    ("ru", "Атака на Никопольщину\nПо словам главы области, враг снова атаковал район. Утром оккупанты поцелили "
     "дроном по Марганцу.", date(2025, 3, 29), [("Marhanets", None, None)]),
    # A municipal okrug of the story's region whose adjective is not its seat's name; another region's raion of the
    # same adjective is not meant.
    ("ru", "Атака на Калужскую область\nГубернатор Калужской области сообщил об атаке беспилотников на регион. В "
     "Дзержинском муниципальном округе обломками повреждена крыша частного дома. Беспилотники также сбиты над "
     "Кировским округом.", date(2025, 10, 27), [("Kondrovo", None, None)]),
    # A town in brackets after a unit and its noun: where it fell.
    ("ru", "Атака на Подмосковье\nГубернатор Московской области сообщил, что при атаке беспилотников пострадали два "
     "человека в Ленинском городском округе (Видное).", date(2025, 3, 11), [("Vidnoye", None, 2)]),
    # The outskirts of a village told with its hromada: the village; a hromada told before its own villages only
    # says where they lie.
    ("uk", "Обстріли Донеччини\nЗа минулу добу росіяни обстріляли околиці Криниць Новодонецької громади, пошкоджено "
     "два будинки.", date(2024, 1, 23), [("Krynytsi", None, None)]),
    ("uk", "Обстріли Донеччини\nУпродовж доби у Мар'їнській ТГ обстріляли Красногорівку та Зоряне.",
     date(2024, 1, 23), [("Krasnohorivka", None, None), ("Zoriane", None, None)]),
    # A toll right after a district told unhurt: the city's, not that district's.
    ("uk", "Атака на Харків\nВночі дрони атакували Харків. У Новобаварському районі поранено шестеро людей. О 2:49 "
     "удар припав на Салтівський район. Без постраждалих. Загинули 4 людини.", date(2024, 4, 4),
     [("Kharkiv", 4, 0), ("Novobavarskyi", 0, 6), ("Saltivskyi", 0, 0)]),
    # One village told twice in a report, with its raion each time: one place, not two namesakes of the raion.
    ("uk", "Обстріл Харківщини\nБлизько полудня окупанти обстріляли Вовчанськ і село Варварівку Чугуївського району, "
     "поранено трьох людей.\nЗа даними ОВА, о 12:00 окупанти обстріляли с. Варварівка Чугуївського району, поранено "
     "двох чоловіків.", date(2023, 2, 8), [("Vovchansk", None, None), ("Varvarivka", None, 2)]),
    # A toll told "earlier" of a place this strike left unhurt: an earlier strike's.
    ("uk", "Обстріл Слов'янська\nВночі окупанти обстріляли Слов'янськ ракетами, пошкоджено п'ять будинків. Обійшлося "
     "без жертв.\nЯк повідомлялося раніше, через влучання ракети у будинок у Слов'янську постраждали 20 людей.",
     date(2023, 4, 18), [("Sloviansk", 0, 0)]),
    # Regional authorities telling a toll in a place they name: that place's, no country-wide count.
    ("en", "Drone attack on Dnipro\nRussia launched drones at Ukraine overnight. Regional authorities said 12 people "
     "were hurt when a drone struck a building in Dnipro.", date(2024, 1, 7), [("Dnipro", None, 12)]),
]


@pytest.mark.parametrize("code, text, expected", [
    # A week's count is no night's.
    ("en", "Russia launched 40 drones overnight; 31 were shot down. This week alone, more than 70 missiles were "
     "used against Ukraine.", {"drone": (40, 31)}),
    ("ru", "Ночью над регионом сбили 12 беспилотников. На этой неделе над областью уничтожили 90 дронов.",
     {"drone": (None, 12)}),
    # Downed of two groups told together: no one group's figure.
    ("en", "Overnight Russia launched 50 drones and three ballistic missiles, of which 41 were shot down.",
     {"drone": (50, None), "missile": (3, None)}),
    # A writer's "(!)" between the figure and the weapon.
    ("uk", "Вночі над областю було збито 15 (!) ударних безпілотників.", {"drone": (None, 15)}),
    # A participle after the weapon tells of it, not of a launch: "four drones used overnight" were downed.
    ("en", "Air defence downed four drones used overnight against the port. Later nine more drones were shot down "
     "over two other regions.", {"drone": (None, 13)}),
])
def test_night_figures_of_the_fifty_second_round(code, text, expected):
    records = read_night_summary(text, date(2025, 11, 2), language=code)
    assert {r.category: (r.launched, r.shot_down) for r in records} == expected


def test_a_country_named_far_from_the_figure_makes_it_no_national_count():
    # "Strikes on Ukraine" in another clause of the sentence: the city's count stands, and the exact one after
    # it replaces the round one.
    text = ("Russia attacked Kyiv with nearly 30 drones on Monday morning, killing four, days after the Kremlin said "
            "it would end its large-scale strikes on Ukraine. Explosions were heard after 28 drones were launched "
            "towards the city.")
    records = read_night_summary(text, date(2022, 10, 17), language="en")
    assert [(r.category, r.launched) for r in records] == [("drone", 28)]


def test_a_russian_spelling_reaches_the_ukrainian_named_village_by_the_story(geocoder):
    # "Дмитровка" is GeoNames' Russian name only of Dmytrivkas far from the hromada the story told: the one beside it.
    text = ("Обстрел Николаевщины\nОккупанты нанесли артиллерийский удар по Куцурубской громаде. В селе Дмитровка "
            "повреждена школа, пострадавших нет.")
    events = extract(Report(text, date(2025, 10, 27), text.split("\n")[0]), geocoder).events
    village = next(e for e in events if e.place == "Dmytrivka")
    assert (round(village.latitude, 2), round(village.longitude, 2)) == (46.63, 31.74)


@pytest.mark.parametrize("code, text, published, expected", [
    # The soldiers a ministry says the other army lost in a day are no toll, and date no strike.
    ("ru", "Атака дрона в Курской области\nУкраинский дрон атаковал автомобиль в Льговском районе, погибли два "
     "человека, сообщил губернатор. По данным Минобороны, за прошедшие сутки ВСУ потеряли на этом направлении "
     "более 300 человек убитыми и ранеными.", date(2024, 10, 28), [("Lgovskiy Raion", date(2024, 10, 28), 2, None)]),
    # Ages told with a comma before "and", taken to hospital as reported: three hurt.
    ("en", "Drone attack in Kherson Oblast\nOn May 21 a Russian drone hit a street in the village of Antonivka. "
     "Women aged 58, 63, and 81 were reportedly hospitalized with shrapnel wounds.", date(2024, 5, 21),
     [("Antonivka", date(2024, 5, 21), None, 3)]),
    # A village the governor reported earlier, in the region the report is about, by a river's bank: struck too;
    # a death told as "had died", and people named one by one "being treated in hospital".
    ("en", "Shelling in Kherson region kills two\nRussian shelling killed two people in southern Ukraine's Kherson "
     "region on Thursday, officials said. The governor said a 68-year-old man had died in his house in Kherson. "
     "He had earlier reported shelling of Bilozerka, a village on the Dnipro's west bank. A woman was killed "
     "there, and a man and two women were being treated in hospital.", date(2023, 11, 16),
     [("Kherson", date(2023, 11, 16), 1, None), ("Bilozerka", date(2023, 11, 16), 1, 3)]),
    # A raion whose town ends in "-й" (Стрий, Стрийський), and nobody hurt in the region where both raions lie.
    ("uk", "Ракетний удар по Львівщині\nВночі ворог атакував два об'єкти енергетики у Стрийському та Самбірському "
     "районах. Виникли пожежі. Загиблих і постраждалих на Львівщині немає.", date(2024, 4, 27),
     [("Stryi Raion", date(2024, 4, 27), 0, 0), ("Sambir Raion", date(2024, 4, 27), 0, 0)]),
    # A raion of the region the paragraph turned to, not of the report's own.
    ("uk", "Ракети влучили в Івано-Франківську область\nУ ніч на 9 березня ворог завдав удару по Івано-Франківській "
     "області, влучивши в енергооб'єкт. "
     "Сусідня Львівська область теж зазнала атаки. Ракети влучили по Золочівському району, загинули троє людей.",
     date(2023, 3, 9), [("Ivano-Frankivsk Oblast", date(2023, 3, 9), None, None), ("Zolochiv Raion", date(2023, 3, 9), 3, None)]),
])
def test_places_and_figures_of_the_fifty_second_rounds_second_wave(code, text, published, expected, geocoder):
    events = extract(Report(text, published, text.split("\n")[0]), geocoder).events
    assert [(e.place, e.event_date, e.killed, e.injured) for e in events] == expected


def test_items_of_a_breakdown_are_no_place_and_its_unit(geocoder):
    # "two hurt in the Glushkovo raion, eight more — in Sudzha": two items, the raion no locator of the town.
    text = ("Обстрелы Курской области\nВСУ обстреляли приграничье Курской области. Двое ранены в Глушковском районе, "
            "еще восемь человек, включая трех детей, — в Судже.")
    events = extract(Report(text, date(2024, 8, 6), text.split("\n")[0]), geocoder).events
    assert [(e.place, e.injured) for e in events][:1] == [("Glushkovo Raion", 2)]
    assert "Sudzha" in {e.place for e in events}


_NAMES_AND_ORDERS_THAT_STRIKE_NOTHING = [
    # A plant named after a person, with the person's initials between: no place of that old name.
    ("ru", "Удар по Севастополю\nНочью ВСУ ударили ракетами по судостроительному заводу им. С. Орджоникидзе в "
     "Севастополе, пострадали 20 человек.", date(2023, 9, 13), [("Sevastopol", None, 20)]),
    # A mandatory evacuation ordered for an area is no strike there.
    ("en", "Evacuation in Kharkiv region\nThe Kharkiv region's authorities ordered a mandatory evacuation for households "
     "with minors in four communities of the Izium district, which remain under constant enemy fire.",
     date(2023, 10, 27), []),
    # An attack told as possible is none.
    ("en", "Attacks in the north\nA drone hit a shop in Kharkiv on Sunday. The governor warned residents about a "
     "possible drone attack on Sumy overnight.", date(2024, 5, 26), [("Kharkiv", None, None)]),
]


# --- the fifty-third round ----------------------------------------------------------------------

@pytest.mark.parametrize("code, text, published, expected", [
    # The morning of the telling, after a lead of the day before: the strikes told next share it.
    ("ru", "Последствия атаки на Днепр\nВ Днепре всю ночь устраняли последствия вчерашнего удара дронов, ранены пять "
     "человек. Уже утром россияне снова атаковали Никопольщину. Дрон попал в здание в Марганецкой общине.",
     date(2025, 3, 29), [("Dnipro", date(2025, 3, 28)), ("Marhanets", date(2025, 3, 29))]),
    # A day told of the whole country dates the places of every region named next.
    ("en", "Missile attack kills 11\nAt least two people died in Russia's shelling of the Dnipro region, its governor "
     "says. Both were men killed in the Nikopol district. Before dawn on 9 March Russia struck Ukraine with a large "
     "missile barrage. Officials have so far counted eleven victims: five dead in the Lviv region, four in Kherson and "
     "two in the Dnipro region.", date(2023, 3, 10),
     [("Nikopol Raion", date(2023, 3, 10)), ("Lviv Oblast", date(2023, 3, 9)), ("Kherson", date(2023, 3, 9))]),
])
def test_days_of_the_fifty_third_round(code, text, published, expected, geocoder):
    events = extract(Report(text, published, text.split("\n")[0]), geocoder).events
    assert [(e.place, e.event_date) for e in events] == expected


@pytest.mark.parametrize("code, text, expected", [
    # A figure told as the whole: the regions' figures before it are its parts, and "a total of" is no reference.
    ("en", "Russia's Defence Ministry said one drone was shot down over the Oryol region and four over Chechnya. It "
     "said a total of 45 drones were downed across eight regions.", {"drone": (None, 45)}),
    ("ru", "Над Орловской областью уничтожен один беспилотник. Всего за ночь уничтожены 45 БПЛА.",
     {"drone": (None, 45)}),
    # A region's figure before a larger one told over no region: the ministry's count includes it.
    ("en", "The governor said air defences destroyed two drones over the region. The Defence Ministry said 22 drones "
     "were destroyed overnight.", {"drone": (None, 22)}),
    # "14 drone strikes": a count of attacks, not of drones.
    ("en", "The ministry said its air defences had destroyed a total of 45 drones over eight regions. November set a "
     "record: no fewer than 14 Ukrainian drone strikes on refineries.", {"drone": (None, 45)}),
    # Every target shot down, and the figure: that many came.
    ("uk", "Сили ППО збили усі ворожі цілі. Знищено шість безпілотників.", {"drone": (6, 6)}),
    # "All the drones were shot down": the drones, not the missiles launched with them.
    ("en", "Russia launched 30 drones and 3 missiles overnight; all the drones were shot down.",
     {"drone": (30, 30), "missile": (3, 0)}),
])
def test_night_figures_of_the_fifty_third_round(code, text, expected):
    records = read_night_summary(text, date(2025, 11, 2), language=code)
    assert {r.category: (r.launched, r.shot_down) for r in records} == expected



@pytest.mark.parametrize("code, sentence, expected", [
    # The victims counted with the dead among them: the dead, and the rest hurt (told, or the difference).
    ("uk", "Через удар по будинку постраждали 10 людей, з них двоє загинули.", {"killed": 2, "injured": 8}),
    ("ru", "При обстреле пострадали 14 человек: из них трое погибли и 11 ранены.", {"killed": 3, "injured": 11}),
    # Nobody went to the doctors, told of people and with the help abridged: nobody hurt.
    ("uk", "Після удару по складу за меддопомогою люди не зверталися.", {"injured": 0}),
    ("ru", "После атаки на склад за медпомощью люди не обращались.", {"injured": 0}),
    # One person unhurt "by a miracle", with no commas around it.
    ("uk", "Снаряд влучив у подвір'я, господар дивом не постраждав.", {"killed": 0, "injured": 0}),
    ("ru", "Дрон упал рядом с машиной, водитель чудом не пострадал.", {"killed": 0, "injured": 0}),
    ("en", "The drone set a barn on fire without affecting people.", {"killed": 0, "injured": 0, "children": 0}),
    # One hurt person pulled from the rubble.
    ("uk", "Вдалося дістати з-під завалів будинку постраждалого.", {"injured": 1}),
    # Those who applied for medical help were hurt.
    ("en", "In the town, 5 people applied for medical help, the governor said.", {"injured": 5}),
    # A count that "has not changed" is no denial: the figure stands as told before.
    ("uk", "Кількість постраждалих у місті станом на ранок не змінилася.", {}),
    # Anyone told by age is one person, whatever the noun after it ("a 65-year-old local of Sevastopol").
    ("ru", "От попадания обломков погиб 65-летний севастополец.", {"killed": 1}),
    ("uk", "Через обстріл загинув 70-річний охтирчанин.", {"killed": 1}),
    # One more hurt after the dead, with how badly between.
    ("en", "A man was killed and another badly wounded when a shell hit his yard in the village.",
     {"killed": 1, "injured": 1}),
    # "None of the locals were hurt": nobody.
    ("en", "\"None of the locals were hurt,\" the governor wrote.", {"killed": 0, "injured": 0, "children": 0}),
    # A few words an official is quoted with count as if unquoted.
    ("en", "The governor said a \"young man\" was killed by the shelling.", {"killed": 1}),
    # The wounds' degree between the noun and the verb.
    ("uk", "Поранення різного ступеня тяжкості отримали семеро жителів села.", {"injured": 7}),
    # People told by their ages who died, a relative among them: one each.
    ("en", "A 64-year-old man and his 60-year-old wife died when the shell hit their house.", {"killed": 2}),
    # "Травмовано", as "поранено", before the people listed by age.
    ("uk", "У громаді травмовано 52-річного чоловіка та 49-річну жінку.", {"injured": 2}),
    # Tens counted in words: two tens are twenty (and "tens of", uncounted, is no figure).
    ("uk", "Постраждалих – понад два десятки.", {"injured": 20}),
    ("uk", "Поранення отримали близько трьох десятків людей.", {"injured": 30}),
    ("ru", "Пострадали около двух десятков жителей.", {"injured": 20}),
    ("ru", "Ранены два десятка человек.", {"injured": 20}),
    ("ru", "Ранены десятки человек.", {}),
    # The ends of a range of ages are no counts.
    ("en", "At least six people between the ages of 35 and 78 were killed.", {"killed": 6}),
    # The bodies of the dead told as such.
    ("en", "Rescuers pulled the bodies of three deceased from the ruins.", {"killed": 3}),
    # Two words that qualify a count.
    ("uk", "Через обстріли загинули вже щонайменше четверо людей.", {"killed": 4}),
    ("ru", "При обстреле погибли уже как минимум пять человек.", {"killed": 5}),
    # Nobody hurt, with the hedge between.
    ("en", "Nobody was reported hurt or killed in that strike, the governor added.",
     {"killed": 0, "injured": 0, "children": 0}),
    # One person hurt, with who they were set off by commas.
    ("en", "A 64-year-old man, who was working in his garden, sustained shrapnel injuries.", {"injured": 1}),
    # Two words before the people, and a translation's "got injuries".
    ("en", "Two other elderly residents got injuries in the blast.", {"injured": 2}),
    # "Убито", the other spelling of "вбито".
    ("uk", "Троє людей убито і семеро поранено внаслідок ракетного удару.", {"killed": 3, "injured": 7}),
    # A range of ages set off by commas, and victims who sought help.
    ("en", "Nine people, aged 19 to 70, were injured in the strike.", {"injured": 9}),
    ("en", "Three victims have already sought help.", {"injured": 3}),
])
def test_casualty_wording(code, sentence, expected):
    assert {key: n for key, n, _ in casualties(sentence, lexicon(code))} == expected


@pytest.mark.parametrize("code, text, published, expected", [
    # A village of the region named, plainly the nearest of its namesakes to the place told before it,
    # rather than a town of its name in another region.
    ("en", "Shelling in Donetsk Oblast\nIn Donetsk Oblast, Russian shelling wounded two people in Illinivka and one in "
     "Vyshneve on Monday, the regional administration said.", date(2023, 10, 3),
     [("Illinivka", date(2023, 10, 2), 2), ("Vyshneve", date(2023, 10, 2), 1)]),
    # The regions listed by their adjectives after "of three regions:" are the regions.
    ("uk", "Нічна атака\nУламки збитих дронів упали на території трьох областей: Сумської, Черкаської та Одеської.",
     date(2025, 3, 25), [("Sumy Oblast", date(2025, 3, 25), None), ("Cherkasy Oblast", date(2025, 3, 25), None),
                         ("Odesa Oblast", date(2025, 3, 25), None)]),
    # A hromada told, then another by its adjective alone after a dash.
    ("uk", "Обстріли Сумщини\nУ Дружбівській громаді вночі зафіксовано обстріл з артилерії, у Шалигинській – з "
     "мінометів.", date(2024, 1, 28),
     [("Khutir-Mykhailivskyi", date(2024, 1, 28), None), ("Shalyhyne", date(2024, 1, 28), None)]),
    # Cities a wave was launched from are not struck.
    ("uk", "Удар по Києву\nВночі ворог атакував Київ дронами, атака велась із російських міст Курськ та Орел.",
     date(2024, 10, 25), [("Kyiv", date(2024, 10, 25), None)]),
    # A summary with no day of its own, before the body tells the same places over the past day: that day's.
    ("uk", "Обстріли Харківщини\nПід обстрілами були Куп'янськ і Дворічна\nЗа минулу добу окупанти обстрілювали "
     "Куп'янський район. Під обстрілами були Куп'янськ і Дворічна.", date(2023, 7, 16),
     [("Kupiansk", date(2023, 7, 15), None), ("Dvorichna", date(2023, 7, 15), None)]),
    # A raion told, then ", а также обстреляли" a town of another raion: the town itself, not a village of the raion.
    ("ru", "Обстрел Брянской области\nВСУ атаковали дронами объекты в Клинцовском районе, а также обстреляли "
     "поселок Белая Березка.", date(2024, 2, 27),
     [("Klintsy Raion", date(2024, 2, 27), None), ("Belaya Beryozka", date(2024, 2, 27), None)]),
    # A raion named after its region's capital, in a report of another region: that raion, not one of the report's.
    ("uk", "Атака дронів\nНа Полтавщині уламки пошкодили ангар у Миргородському районі. У Запорізькому районі "
     "поранено двох людей.", date(2025, 3, 25),
     [("Myrhorod Raion", date(2025, 3, 25), None), ("Zaporizhzhia Raion", date(2025, 3, 25), 2)]),
    # The capital named after the land struck.
    ("uk", "Масована атака\nЗранку російські війська атакували територію України, зокрема столицю.",
     date(2022, 10, 31), [("Kyiv", date(2022, 10, 31), None)]),
])
def test_places_of_the_fifty_fourth_round(code, text, published, expected, geocoder):
    events = extract(Report(text, published, text.split("\n")[0]), geocoder).events
    assert [(e.place, e.event_date, e.injured) for e in events] == expected


def test_a_district_after_a_named_settlement_only_locates_it(geocoder):
    lex = lexicon("en")
    sentence = "At dawn a drone struck the Zhuravlevka settlement in the Krasnoyarsk district, damaging a roof."
    roles = {m.place.name: m.role for m in find_mentions(sentence, PlaceNames(geocoder), lex, "Belgorod Oblast")}
    assert roles.pop("Zhuravlevka") == "target" and "target" not in roles.values()


@pytest.mark.parametrize("code, sentence, published, expected", [
    # The night into a weekday is that weekday's, as the night into the 8th is the 8th's.
    ("uk", "В ніч на неділю ворожі дрони атакували Одесу.", date(2023, 8, 14), date(2023, 8, 13)),
    ("ru", "В ночь с субботы на воскресенье дроны атаковали Одессу.", date(2023, 8, 14), date(2023, 8, 13)),
])
def test_the_night_into_a_weekday(code, sentence, published, expected):
    assert date_in(sentence, published, lex=lexicon(code)) == (expected, "day")


_PLACES_OF_THE_FIFTY_FIFTH_ROUND = [
    # Airports named where flights were halted are not struck.
    ("ru", "Атака на Подмосковье\nБеспилотник ВСУ атаковал Наро-Фоминск, повреждены дома. Из-за атаки введены "
     "ограничения на полеты в аэропортах Жуковский и Внуково.", date(2024, 9, 10),
     [("Naro-Fominsk", None, None)]),
    ("en", "Flights halted\nUkrainian drones attacked Moscow overnight. The drone attack led to flights being "
     "suspended at Moscow airports, including Vnukovo and Domodedovo.", date(2024, 9, 10), [("Moscow", None, None)]),
    # The city people fled to, to be sheltered, is not struck.
    ("en", "Shelling in the Belgorod region\nUkrainian shelling hit the village of Murom on Sunday, damaging houses. "
     "Residents who fled the shelling were taken to temporary accommodation centres in the regional capital of "
     "Belgorod.", date(2023, 6, 4), [("Murom", None, None)]),
    # Nobody hurt in the regions drones were downed over is theirs, not the place struck before.
    ("en", "Drones over Moscow\nA drone hit a house in the Ramenskoye district overnight, killing one person. More "
     "drones were shot down over the Tula and Kaluga regions, where officials reported no casualties.",
     date(2024, 9, 10), [("Ramenskoye Raion", 1, None)]),
    # The hurt broken down by the people told before each place: one, one and two.
    ("en", "Strikes on Kharkiv Oblast\nRussian drones hit Kharkiv and nearby towns overnight, injuring four people. "
     "Four people were injured: a man in Kharkiv, a woman in Zolochiv, and a man and a woman in Derhachi.",
     date(2025, 9, 24), [("Kharkiv", None, 1), ("Zolochiv", None, 1), ("Derhachi", None, 2)]),
    # A town and a raion, the preposition told again before the raion: two places struck.
    ("ru", "Атака на Ростовскую область\nОбломки сбитых беспилотников упали в Таганроге и в Азовском районе.",
     date(2024, 7, 5), [("Taganrog", None, None), ("Azov Raion", None, None)]),
]


def test_a_khutor_of_the_raion_told_before_is_that_raions(geocoder):
    text = ("Drones over the Belgorod region\nIn the Volokonovka district overnight, a drone set fire to a barn in the "
            "khutor of Borisovka.")
    events = extract(Report(text, date(2025, 10, 1), text.split("\n")[0]), geocoder).events
    # (the khutor of that raion, not the town of Borisovka 100 km west)
    assert [(e.place, round(e.latitude, 1), round(e.longitude, 1)) for e in events] == [("Borisovka", 50.4, 37.6)]


@pytest.mark.parametrize("code, sentence, expected", [
    # Counted, then told one by one after a comma: the count, not the count and the people again.
    ("en", "The shelling killed three residents, a teenager, a pensioner and a 30-year-old woman.", {"killed": 3}),
    # A figure a colon explains with the same count: once.
    ("en", "Sadly, one person was killed: the body of a man was recovered from the rubble.", {"killed": 1}),
    # The dead found as a body after the count: the one counted.
    ("en", "One person died in the village after the shelling, and later the body of a pensioner was recovered.",
     {"killed": 1}),
    # One of a count told before, "including": the count, the child among it.
    ("ru", "Известно о трех погибших, в том числе оккупанты убили 9-летнюю девочку.", {"killed": 3, "children": 1}),
    ("uk", "Відомо про трьох загиблих, у тому числі окупанти вбили 9-річну дівчинку.", {"killed": 3, "children": 1}),
    # An age written apart is no count: the one person told, told again.
    ("ru", "Известно об одном раненом - 45 летний мужчина получил ранение ноги.", {"injured": 1}),
    ("uk", "Відомо про одного пораненого - 45 річний чоловік отримав поранення ноги.", {"injured": 1}),
])
def test_a_count_told_again_counts_once(code, sentence, expected):
    figures = casualties(sentence, lexicon(code))
    assert {key: sum(n for k, n, _ in figures if k == key) for key, _, _ in figures} == expected


def test_an_occupation_official_names_no_attacker():
    assert stated_side("За словами окупаційного губернатора міста, у бухті почалася пожежа.", lexicon("uk")) is None


@pytest.mark.parametrize("code, text", [
    # Attacks told as a habit of late name no strike on the places they list.
    ("uk", "Атаки на Росію\nДрон атакував нафтобазу в Брянській області. Причому такі атаки відбуваються не лише в "
           "прикордонних областях, а й у Москві."),
    ("en", "Drone attack\nA drone attacked an oil depot in the Bryansk region. Such attacks happen not only near the "
           "border but also in Moscow."),
])
def test_attacks_told_as_a_habit_strike_no_place(code, text, geocoder):
    events = extract(Report(text, date(2023, 6, 18), text.split("\n")[0]), geocoder).events
    assert [e.place for e in events] == ["Bryansk Oblast"]


def test_a_raion_with_no_region_told_is_the_one_beside_the_places_told(geocoder):
    lex = lexicon("ru")
    sentence = "Обломки повредили дома в Краснодаре и в поселке Ильском Северского района."
    places = {m.place.name: m.place.admin1 for m in find_mentions(sentence, PlaceNames(geocoder), lex)}
    # (Krasnodar Krai's Seversky raion, whose seat is a stanitsa, not the raion of Tomsk Oblast's larger Seversk)
    assert places.get("Severskaya Raion") == "Krasnodar Krai" and "Tomsk Oblast" not in places.values()


@pytest.mark.parametrize("code, sentence", [
    # Yesterday's evening or morning is yesterday.
    ("ru", "В течение вчерашнего вечера враг трижды обстрелял Марганец."),
    ("uk", "Протягом учорашнього вечора ворог тричі обстріляв Марганець."),
])
def test_yesterdays_evening(code, sentence):
    assert date_in(sentence, date(2024, 3, 10), lex=lexicon(code)) == (date(2024, 3, 9), "day")


def test_what_was_hit_named_as_the_occupiers_is_a_strike_on_them():
    # ("the occupiers' depot was hit": Ukraine struck; not "удар окупантів по селу", the occupiers' strike)
    lex = lexicon("uk")
    assert stated_side("Партизани повідомляють про ураження складу окупантів біля міста.", lex) == "Ukraine"
    assert stated_side("Удар окупантів по селу забрав життя двох людей.", lex) == "Russia"


# --- the fifty-sixth round ----------------------------------------------------------------------

_PLACES_OF_THE_FIFTY_SIXTH_ROUND = [
    # The hromadas of the raion a sentence ends on: the adjectives after it name them.
    ("uk", "Удар по Павлоградщині\nРакета влучила в Павлоград, поранено шістьох. Пошкодження є й у громадах району. "
           "У Вербківській вибито вікна в будинках, у Юр'ївській – пошкоджено дах.", date(2023, 5, 1),
     [("Pavlohrad", None, 6), ("Verbky", None, None), ("Yurivka", None, None)]),
    # "Тергромада", a territorial hromada told short.
    ("uk", "Атака на Черкащину\nУ Смілянській тергромаді уламки дрона пошкодили лінію електропередачі.",
     date(2025, 10, 21), [("Smila", None, None)]),
    # The day's tally told after a strike's own toll, in the sentence after the day's span: not the strike's.
    ("en", "Shelling of Kherson\nA Russian shell hit a house in Kherson at night, killing a woman and injuring her "
           "son. Over the past day, Russian forces fired 60 shells at Kherson. They hit homes and a school, killing "
           "three people and injuring eight.", date(2023, 12, 24), [("Kherson", 1, 1)]),
    # A toll corrected later in the sentence: the later figure.
    ("en", "Drone hits a bus\nA Ukrainian drone hit a bus in Shebekino. At first five dead were reported, but the "
           "city administration later said six people had died.", date(2024, 5, 7), [("Shebekino", 6, None)]),
    ("ru", "Удар по автобусу\nДрон попал в автобус в Шебекино. Сначала сообщали о пяти погибших, но позже "
           "администрация сообщила о шести погибших.", date(2024, 5, 7), [("Shebekino", 6, None)]),
    # A facility named by its town, then the region it lies in: the town was struck.
    ("en", "Airfield attacked\nDrones hit the Millerovo airfield in the Rostov region overnight, the "
           "ministry said.", date(2022, 12, 5), [("Millerovo", None, None)]),
    # Where a fleet is based, occupied: not struck.
    ("en", "Port attacked\nSea drones attacked Novorossiysk overnight. The port became the fleet's main base after "
           "strikes on the ships based in occupied Sevastopol.", date(2024, 9, 5), [("Novorossiysk", None, None)]),
    # A country's words right after the town struck say where it lies: the figure is the town's.
    ("en", "Strike on Kupiansk\nRussian shelling of Kupiansk in northeastern Ukraine injured three "
           "residents, the governor said.", date(2024, 10, 24), [("Kupiansk", None, 3)]),
    # A place a correction says was not struck.
    ("ru", "Обстрел Брянской области\nГубернатор уточнил, что ВСУ обстреляли не село Сопычи, а поселок Климово. "
           "Ранен один человек.", date(2023, 12, 21), [("Klimovo", None, 1)]),
    # "Nobody was hurt" after a village that could not be placed is that village's, not every place's.
    ("en", "Shelling in the Kharkiv region\nRussian shells hit Kurylivka, a village of the Kupiansk district, "
           "and a 70-year-old woman was badly injured. A mortar attack also hit the border village of Tymofiivka, "
           "damaging a house. Luckily, nobody was hurt.", date(2023, 6, 28), [("Kurylivka", None, 1)]),
    # A total told after several raions: none of them alone.
    ("uk", "Обстріли Сумщини\nЗа добу під обстрілом були громади Шосткинського та Охтирського районів. Травмовано "
           "трьох людей. У Тростянецькій громаді пошкоджено магазин.", date(2026, 3, 3),
     [("Shostka Raion", None, None), ("Trostianets", None, None)]),
]

_PLACES_OF_THE_FIFTY_SEVENTH_ROUND = [
    # A dateline whose agency's tag the copy dropped: where the report was filed, not struck.
    ("en", "Drone hits port\nKyiv, March 3 A Russian drone hit a grain terminal in Izmail, injuring two workers, the "
           "governor said.", date(2024, 3, 3), [("Izmail", None, 2)]),
    # A drone that "fell in" or "fell near" a place, as a governor tells a hit.
    ("en", "Drones over the Lipetsk region\nA drone fell in an industrial area of Yelets overnight, the governor said. "
           "Another drone fell near a farm in the Dobrinsky district.", date(2025, 7, 15),
     [("Yelets", None, None), ("Dobrinka Raion", None, None)]),
    # A stanitsa called a village, with the region it lies in: the large village itself.
    ("en", "Air base on fire\nA drone attack caused a fire at the air base near the village of Kushchevskaya in "
           "Russia's Krasnodar Krai.", date(2024, 4, 27), [("Kushchyovskaya", None, None)]),
    # An air command named before its noun: no place.
    ("en", "Night attack on Dnipropetrovsk region\nRussian artillery shelled Nikopol, injuring a woman. Units of the "
           "Skhid (East) Air Command destroyed three drones over the oblast.", date(2025, 2, 17),
     [("Nikopol", None, 1)]),
    # A community named again with no raion of its own: the one struck before, not a namesake far off.
    ("en", "Shelling of the Nikopol district\nRussian troops shelled the Marhanets, Pokrovske and Chervonohryhorivka "
           "communities on Monday. Houses were damaged in Marhanets. The enemy also fired at the Pokrovske community "
           "in the evening.", date(2023, 3, 6),
     [("Marhanets", None, None), ("Pokrovske", None, None), ("Chervonohryhorivka", None, None)]),
    # A village of the report's region the tables hold only in Latin letters.
    ("uk", "Атака на Львівщину\nУночі ракета влучила в житловий будинок у Лапаївці, загинули двоє людей.",
     date(2025, 10, 5), [("Lapaivka", 2, None)]),
    # The region's strike dated by the past day, its town dated only by the report's: one strike, the town's.
    ("uk", "Обстріли Чернігівщини\nВорог обстрілював Чернігівську область. Поранено одну людину. Дрон атакував "
           "Корюківку, травмовано чоловіка. За минулу добу зафіксовано 40 обстрілів.", date(2025, 11, 2),
     [("Koriukivka", None, 1)]),
    # "Here" opening a sentence: what it tells happened at the place the sentence before named.
    ("ru", "Атака на Кубань\nБеспилотники атаковали Краснодарский край. Особенно тяжелой оказалась обстановка на "
           "нефтебазе в Темрюкском районе. Здесь после удара загорелись два резервуара.", date(2024, 5, 31),
     [("Temryuk Raion", None, None)]),
    # A hit an inspection did not confirm: no strike there.
    ("en", "Drones over Kyiv\nDebris hit a house in the Darnytskyi district, injuring two people. Reports of a hit in the "
           "Dniprovskyi district were not confirmed after a check.", date(2024, 12, 20),
     [("Kyiv", None, None), ("Darnytskyi", None, 2)]),
    # No strikes recorded on a city over the day: none there.
    ("uk", "Обстріли Харківщини\nВранці росіяни вдарили по Золочеву, пошкоджено будинки. За добу по Харкову "
           "ударів не зафіксовано.", date(2025, 1, 3), [("Zolochiv", None, None)]),
    # A district "covered with fire": shelled.
    ("uk", "Удар по Херсону\nУдень російська армія вкрила вогнем Дніпровський район Херсона.", date(2025, 11, 10),
     [("Kherson", None, None), ("Dniprovskyi", None, None)]),
    # The town the wounded were taken to for treatment: no strike there.
    ("uk", "Обстріл Очакова\nОкупанти обстріляли Очаків, шестеро людей поранено, двох із них доставили на лікування "
           "до Миколаєва.", date(2023, 1, 9), [("Ochakiv", None, 6)]),
    # Weapons "used on" a town named as such: a strike there.
    ("en", "News from Zaporizhzhia region\nOvernight Russian troops used Grad launchers loaded with thermite on the "
           "town of Orikhiv.", date(2022, 10, 26), [("Orikhiv", None, None)]),
    # A raion's adjective spelt "-ski" in English.
    ("en", "Drone attack in Kursk region\nA drone struck a car in a village of the Korenevski district, killing two "
           "men, the governor said.", date(2024, 4, 10), [("Korenevo Raion", 2, None)]),
    # A raion whose villages are told without their names: the raion was struck, it locates nothing.
    ("uk", "Обстріли Харківщини\nЗа добу під обстрілами були Вовчанськ і прикордонні села Харківського району.",
     date(2022, 11, 27), [("Vovchansk", None, None), ("Kharkiv Raion", None, None)]),
]

_PLACES_OF_THE_FIFTY_EIGHTH_ROUND = [
    # A toll broken down in brackets, a community among its items: each place its share, the community struck.
    ("en", "Shelling in Donetsk Oblast\nRussian shelling hit the region on Monday. Six people were wounded (four in "
           "Kostiantynivka, two in Siversk hromada).", date(2024, 8, 5),
     [("Kostiantynivka", None, 4), ("Siversk", None, 2)]),
    # "No reported casualties": nobody hurt at the places told before.
    ("en", "Drones hit Izium\nRussian drones struck Izium overnight, damaging a school. Balakliia was also hit. "
           "There are so far no reported casualties.", date(2024, 8, 5), [("Izium", 0, 0), ("Balakliia", 0, 0)]),
    # The verb's neuter with a collective numeral: "поранень зазнало четверо".
    ("uk", "Атака на Чорноморськ\nУночі російські дрони атакували Чорноморськ. Поранень зазнало четверо людей.",
     date(2025, 3, 2), [("Chornomorsk", None, 4)]),
    # Who were among a count, told between it and its verb.
    ("ru", "Атака на Туапсе\nБеспилотники атаковали Туапсе. Пятеро, среди них подросток, ранены.", date(2025, 3, 2),
     [("Tuapse", None, 5)]),
    # One person hospitalised, told by age in the accusative, how badly hurt between.
    ("uk", "Обстріл Нікополя\nРосійська армія обстріляла Нікополь з артилерії. 70-річного пенсіонера в "
           "стані середньої тяжкості госпіталізували.", date(2025, 3, 2), [("Nikopol", None, 1)]),
    # A town named as the point a village lies from ("к югу от"): not struck.
    ("ru", "Обстрел Купянского района\nРоссийская артиллерия обстреляла село Ковшаровка к югу от Купянска, ранена женщина.",
     date(2024, 5, 5), [("Kivsharivka", None, 1)]),
    # The same in Ukrainian ("на південь від").
    ("uk", "Обстріл Куп'янщини\nОкупанти вдарили по селу Ківшарівка на південь від Куп'янська, поранено жінку.",
     date(2024, 5, 5), [("Kivsharivka", None, 1)]),
    # A raid ("налет") on places: a strike there.
    ("ru", "Налет на Белгородскую область\nГубернатор сообщил о налетах беспилотников на Шебекино и Грайворон.",
     date(2025, 12, 23), [("Shebekino", None, None), ("Grayvoron", None, None)]),
    # A person told by what they were doing when hurt.
    ("en", "Drone attack in Sumy region\nA Russian drone hit the Krasnopillia community in the morning. A man who was "
           "working in his garden was injured.", date(2025, 7, 28), [("Krasnopillia", None, 1)]),
    # Airports where flights were restricted: no strike there.
    ("en", "Drones over Tatarstan\nA drone hit an industrial plant in Yelabuga. The attack prompted "
           "restrictions on flights at Kazan and Nizhnekamsk airports.", date(2025, 7, 28), [("Yelabuga", None, None)]),
    # A capital that "usually doesn't comment": its government.
    ("en", "Drone attack on Bryansk\nUkrainian drones hit an oil depot in Bryansk, the governor said. Kyiv usually "
           "doesn’t comment on such attacks.", date(2025, 7, 28), [("Bryansk", None, None)]),
    # A capital that "has never acknowledged a role": its government.
    ("en", "Shelling near the border\nUkrainian shelling damaged houses in Shebekino, the governor said. Moscow "
           "blames Ukraine for such attacks, but Kyiv has never acknowledged its part in them.", date(2025, 7, 28),
     [("Shebekino", None, None)]),
    # A nurse among the hurt.
    ("uk", "Обстріл Дружківки\nРосійські дрони атакували Дружківку. Поранено медсестру, пошкоджено лікарню.",
     date(2026, 1, 27), [("Druzhkivka", None, 1)]),
    # One more hurt, told by a noun without a dash.
    ("ru", "Обстрел Шевченково\nВойска РФ обстреляли поселок Шевченково Харьковской области, ранена женщина. Еще один "
           "пострадавший мужчина после этого обстрела.", date(2024, 5, 5), [("Shevchenkove", None, 2)]),
    # A village first named with its region only, then with its raion: the raion's namesake, one strike.
    ("en", "Village shelled in Kharkiv Oblast\nRussian artillery hit Pershotravneve, a village in Kharkiv Oblast, "
           "on Monday, killing a man. The shells struck Pershotravneve in Izium district shortly after noon, the "
           "governor said.", date(2024, 6, 4), [("Zatyshne", 1, None)]),
]

_PLACES_OF_THE_FIFTY_NINTH_ROUND = [
    # A hromada named by its centre's own name, then a village in it: the hromada's strike told by its village.
    ("en", "Drones over Mykolaiv Oblast\nRussian drones hit the Vesniane hromada before dawn. In Nadbuzke a "
           "60-year-old woman was hurt.", date(2025, 7, 8), [("Nadbuzke", None, 1)]),
    # A starostat of a city's hromada, then a village in it: the village; the city's hromada only locates.
    ("en", "Shelling near Kherson\nShells hit the Komyshany starosta district, part of the Kherson city hromada, "
           "in the afternoon. In Blahovishchenske a 70-year-old man was hurt.", date(2023, 10, 18),
     [("Blahovishchenske", None, 1)]),
    # One hurt, a mine told as the cause in the next sentence: no strike there.
    ("en", "Kherson shelled again\nRussian artillery shelled Kherson in the morning, wounding a woman. In the "
           "afternoon a local resident was wounded in Bilozerka. He stepped on a mine the Russian army had left in a "
           "field.", date(2023, 11, 8), [("Kherson", None, 1)]),
    # Wounds that "proved fatal": one dead, not one wounded.
    ("en", "Village shelled\nRussian shells hit Bilozerka in the afternoon. A woman was wounded in the village. "
           "Doctors fought for her life, but her wounds proved fatal.", date(2023, 10, 18), [("Bilozerka", 1, 0)]),
    # A ship "named" after a town: the ship, not the town.
    ("en", "Missile strike on Feodosia\nUkrainian missiles struck the port of Feodosia, damaging a landing ship "
           "named Novocherkassk.", date(2023, 12, 26), [("Feodosiia", None, None)]),
    # A capital that "has confirmed" strikes: its government.
    ("en", "Drone attack in Krasnodar Krai\nUkrainian drones hit a fuel depot in Primorsko-Akhtarsk, the governor "
           "said. Kyiv has confirmed some of these strikes.", date(2024, 7, 5), [("Primorsko-Akhtarsk", None, None)]),
    # A name a quote opens with a word before it: a title («Радіо Свобода»), not the village Svoboda.
    ("uk", "Удар по Запоріжжю\nРосійська ракета влучила в автовокзал Запоріжжя. \"Радіо Свобода\" пише про "
           "пошкоджені автобуси.", date(2025, 8, 10), [("Zaporizhzhia", None, None)]),
    # Wounds "несумісні із життям" (the preposition's other form): one dead.
    ("uk", "Атака на Конотоп\nШахед влучив у будинок у Конотопі. Жінка отримала травми, несумісні із життям.",
     date(2026, 2, 13), [("Konotop", 1, None)]),
    # Drones downed over a town, the governor's report between, then debris that started a fire: the town struck.
    ("ru", "Ночная атака\nПВО сбила пять беспилотников над Киришами. Об этом утром доложил губернатор "
           "Ленинградской области в своём канале в мессенджере. После падения обломков на промзоне начался пожар.",
     date(2025, 10, 4), [("Kirishi", None, None)]),
    # "Пострадавшие не зафиксированы": nobody hurt.
    ("ru", "Атака на Одессу\nОбломки беспилотника повредили жилой дом в Одессе. Пострадавшие не зафиксированы.",
     date(2023, 12, 29), [("Odesa", 0, 0)]),
    # A big city of three letters (Уфа), in any case.
    ("ru", "Атака на Башкирию\nБеспилотник атаковал нефтезавод в Уфе, начался пожар.", date(2025, 9, 13),
     [("Ufa", None, None)]),
    # A district the headline city has, told after the region: the city's district, not the region's raion.
    ("en", "Missile attack on Sevastopol\nThe city governor said Ukraine attacked occupied Crimea with missiles "
           "overnight. Debris fell on a street in the Leninsky district, and two people were hurt.", date(2024, 3, 23),
     [("Sevastopol", None, None), ("Leninsky", None, 2)]),
    # Children named after their kin ("two sons—Maksym and Bohdan"): names, not villages.
    ("en", "Drone attack on Kherson\nA Russian drone hit a house in Kherson overnight. A father and his two "
           "sons—Maksym and Bohdan—were wounded.", date(2025, 4, 9), [("Kherson", None, None)]),
    # The parcel carrier "Nova Poshta": not the village Nova.
    ("en", "Drone Attack On Nizhyn: One Injured, Nova Poshta Depot, School Damaged\nIn Chernihiv Oblast, Russian "
           "drones struck Nizhyn overnight.", date(2025, 4, 9), [("Nizhyn", None, 1)]),
    # Launch areas listed with their country between ("Crimea and Russia's Belgorod region").
    ("en", "Missile attack on Dnipro region\nPavlohrad was hit by missiles that the air force said came from "
           "annexed Crimea as well as Russia’s western Belgorod region.", date(2025, 4, 9), [("Pavlohrad", None, None)]),
    # Victims "currently known": the hurt.
    ("en", "Drone attack on Sumy\nRussian drones hit Sumy at night. In the city, nine victims are currently known, "
           "the mayor said.", date(2025, 4, 9), [("Sumy", None, 9)]),
    # A road told by its two ends: the strike at its first end, the other where it runs to.
    ("ru", "Атака на грузовик\nFPV-дрон ударил по грузовику на автодороге Красный Октябрь — Чайки Белгородского "
           "района. Водитель ранен.", date(2025, 1, 6), [("Krasnyy Oktyabr", None, 1)]),
]


_PLACES_OF_THE_SIXTIETH_ROUND = [
    # Districts of the city struck, listed in a sentence with no verb of its own: struck.
    ("en", "Kharkiv shelled at night\nAt night Russian troops shelled several districts of Kharkiv at once. Namely, "
           "the Kyivsky, Saltovsky and Kholodnohorsky districts.", date(2022, 9, 3),
     [("Kharkiv", None, None), ("Kyivskyi", None, None), ("Saltivskyi", None, None), ("Kholodnohirskyi", None, None)]),
    # (a Ukrainian city's mayor by his own title, "городской голова"; the hurt told as those who sought a doctor)
    ("ru", "Ночной удар по Харькову\nХарьков ночью атаковали дроны, есть разрушения. Мы зафиксировали восемь мест, "
           "куда пришлись удары. Это Киевский, Салтовский и Немышлянский районы, — сказал городской голова Харькова. "
           "На данный момент у нас 9 человек, которые обратились за медицинской помощью.", date(2025, 6, 7),
     [("Kharkiv", None, 9), ("Kyivskyi", None, None), ("Saltivskyi", None, None), ("Nemyshlianskyi", None, None)]),
    ("uk", "Удар по Харкову\nУночі дрони атакували Харків. Наразі маємо 6 людей, які звернулися по медичну "
           "допомогу.", date(2025, 6, 7), [("Kharkiv", None, 6)]),
    # A strike told of no place, then its teller's region: struck there.
    ("en", "Drone sets fuel depot ablaze in central Russia\nA Ukrainian drone hit a fuel depot in central Russia "
           "before dawn, starting a fire that crews put out. \"Nobody was hurt,\" the governor of the Lipetsk region, "
           "Igor Artamonov, wrote on Telegram.", date(2024, 5, 14), [("Lipetsk Oblast", 0, 0)]),
    # A raion's noun before its adjective: the raion, not a town of a like name.
    ("en", "Drone hits police station\nBryansk Governor Alexander Bogomaz said Ukrainian forces attacked the district "
           "of Klimovsky overnight.", date(2023, 8, 2), [("Klimovo Raion", None, None)]),
    # "Earlier this month" tells another strike; "two other residents" are still that one's.
    ("en", "Drone attack on Belgorod\nA Ukrainian drone hit a car in Belgorod, injuring the driver. Earlier this "
           "month, a man was killed when shells hit a village near the border. Two other residents were taken to "
           "hospital.",
     date(2024, 5, 20), [("Belgorod", None, 1)]),
    # "The city" before any city is named: the seat of the raion the headline names, not the region's capital.
    ("en", "Russian missiles hit Kramatorsk district of Donetsk region, 3 killed\nThe residential quarter of the city "
           "was hit, two houses were destroyed.", date(2024, 2, 10), [("Kramatorsk", None, None)]),
    # Hromadas of a list its plural closes, after a town: each struck, none the town's locator.
    ("en", "Shelling of Nikopol district\nIn the evening Russian troops shelled the Nikopol district with drones. They "
           "hit Nikopol, Tomakivska and Myrivska communities.", date(2024, 8, 2),
     [("Nikopol", None, None), ("Tomakivka", None, None), ("Myrove", None, None)]),
    # A town a struck one lies by, its noun without "of": a landmark, not struck.
    ("en", "Sloviansk shelled\nRussian missiles hit Sloviansk, west of the city Kramatorsk, on Friday.",
     date(2023, 4, 14), [("Sloviansk", None, None)]),
    # The raions a sentence of shoot-downs (no strike) ends on: the unit of the next one's adjective.
    ("uk", "Атака на Дніпропетровщину\nВночі дрони атакували область. Три шахеди збили сили ППО у Криворізькому "
           "та Нікопольському районах. Ще один упав у Павлоградському й пошкодив склад.", date(2024, 1, 5),
     [("Pavlohrad Raion", None, None)]),
    # Each item of a list of raions, however far down; a building a blast "зачепило" was struck.
    ("uk", "Атака на Київщину\nУночі ворог атакував Київщину. Наслідки атаки є у трьох районах. Зокрема, у:\n"
           "Броварському — пошкоджено два будинки.\nРятувальники загасили пожежу.\nБучанському — пошкоджено "
           "автомобіль.\nВишгородському — зачепило складські приміщення.", date(2025, 3, 2),
     [("Brovary Raion", None, None), ("Bucha Raion", None, None), ("Vyshhorod Raion", None, None)]),
]

_PLACES_OF_THE_SIXTY_FIRST_ROUND = [
    # A district "of" a large city, whose adjective would make a raion of another region: a quarter of the city.
    ("en", "Shelling hit the Shumenskyi district of Kherson on Monday morning, damaging a kindergarten.",
     date(2023, 12, 4), [("Kherson", None, None)]),
    # The oblasts a region borders, and those whose attacks have grown of late: no strike there.
    ("en", "Drones struck an oil depot in Belgorod overnight, the governor said.\nThe Belgorod region borders the "
           "Ukrainian oblasts of Sumy and Kharkiv and is often used to launch attacks.", date(2024, 3, 12),
     [("Belgorod", None, None)]),
    ("en", "A drone hit the port of Izmail overnight, the governor said.\nRussia has stepped up its strikes on the "
           "Odesa and Mykolaiv regions in the south since the grain deal ended.", date(2023, 9, 7),
     [("Izmail", None, None)]),
    # "District" after a village's name: its hromada, no raion of Ukraine being a village's.
    ("en", "Russian aircraft struck a village of the Bytytsia district in Sumy Oblast with guided bombs, damaging "
           "homes.", date(2025, 8, 14), [("Bytytsia", None, None)]),
    # A city district by its former name, bare, in a list of the city's districts.
    ("uk", "Ворог вдарив по двох районах Запоріжжя - Комунарському та Шевченківському.", date(2025, 9, 16),
     [("Zaporizhzhia", None, None), ("Kosmichnyi", None, None), ("Shevchenkivskyi", None, None)]),
    # Destruction told as going on ("руйнував"): a strike on the town.
    ("uk", "Обстріли Пологівського району.\nДва дні поспіль ворог руйнував інфраструктуру Гуляйполя.",
     date(2022, 7, 25), [("Huliaipole", None, None)]),
    # A village its sentence places in the hromada struck just before, its raion named too: the hromada's strike.
    ("uk", "Обстріли Сумщини\nВорог знову обстріляв Білопільську громаду.\nЗранку під мінометний обстріл потрапило "
           "село Старі Вирки Білопільської громади Сумського району. Постраждалих немає.",
     date(2022, 5, 27), [("Stari Vyrky", 0, 0)]),
    # The hurt told as "зазнали травм" with their ages, and as those who needed help.
    ("uk", "Росіяни атакували Харківщину.\nУ селі Безруки зазнали травм 60-річний і 62-річний чоловіки.",
     date(2026, 2, 20), [("Bezruky", None, 2)]),
    ("uk", "Уночі дрони атакували Лозову, пошкоджені будинки.\nДопомога знадобилася трьом мешканцям.",
     date(2026, 2, 21), [("Lozova", None, 3)]),
    # People listed by age, then the shock they suffered: counted among the hurt.
    ("uk", "Обстріл Чугуєва\nУночі ворог обстріляв Чугуїв. У місті 72-річна жінка, 80-річний та 77-річний чоловіки "
           "дістали гостру реакцію на стрес.", date(2026, 1, 21), [("Chuhuiv", None, 3)]),
    # A village the gazetteer lacks, whose name is a letter from a town's: the village, at its okrug's centre.
    ("ru", "Атака на Подмосковье\nДрон упал на деревню Пагубино Волоколамского округа, ранен мужчина.",
     date(2025, 12, 30), [("Pagubino (Volokolamsk Raion)", None, 1)]),
    # The region most of a night's drones were downed over: no strike there.
    ("ru", "Ночью над Брянской областью сбили четыре беспилотника, в посёлке Погар повреждён дом.\nВсего за ночь "
           "сбили полсотни беспилотников над регионами страны. Наибольшее число атак отмечено над Курской областью "
           "— 13 беспилотников.", date(2025, 8, 15), [("Pogar", None, None)]),
]

_PLACES_OF_THE_SIXTY_SECOND_ROUND = [
    # "Bohodukhiv district": the town's raion, not the Donetsk quarter once called Bohodukhivskyi.
    ("en", "Enemy drones struck Bohodukhiv district overnight, a house burned down.", date(2024, 3, 27),
     [("Bohodukhiv Raion", None, None)]),
    # "A settlement in the Kharkiv district" is no strike on the city itself, told after.
    ("en", "Russian troops shelled a settlement in the Kharkiv district, wounding a woman.\n"
           "The city's mayor also reported a drone strike on Saltivka.", date(2024, 5, 25),
     [("Kharkiv Raion", None, 1), ("Kharkiv", None, None), ("Saltivskyi", None, None)]),
    # The district's own toll, told after the city's and unlike it, is a strike of its own.
    ("en", "In Kharkiv, four people were wounded and two killed. A boy died and his father was hurt in the Kharkiv "
           "district.", date(2022, 6, 21), [("Kharkiv", 2, 4), ("Kharkiv Raion", 1, 1)]),
    # A headline's city spelt otherwise than its region, over a body that tells the town struck.
    ("en", "Drones hit Nizhniy Novgorod refinery, officials say\nA drone attack set a fuel tank on fire at the "
           "refinery in the town of Kstovo in the Nizhny Novgorod region overnight.", date(2025, 1, 29),
     [("Kstovo", None, None)]),
    # A weapon "застосував" against a hromada is a strike; a quote opening with "По" is no thing's name.
    ("uk", "По Марганецькій громаді противник застосував БпЛА.", date(2026, 1, 23), [("Marhanets", None, None)]),
    ("uk", "\"По Марганецькій громаді прилетів дрон, пошкоджено будинок.", date(2026, 1, 23),
     [("Marhanets", None, None)]),
    # Hromadas whose noun is left off after one named with it, in the same case.
    ("uk", "Ворог обстріляв Межівську громаду. Поранено чоловіка у Межівській громаді, ще двох – у Новопавлівській та "
           "Маломихайлівській.", date(2025, 8, 30),
     [("Mezhova", None, 1), ("Novopavlivka", None, 1), ("Malomykhailivka", None, 1)]),
    # The region's own damage, told after the strike on its capital city.
    ("uk", "Уночі росіяни атакували Київ дронами, є поранені.\nУ Київській області пошкоджено чотири будинки.",
     date(2023, 12, 22), [("Kyiv", None, None), ("Kyiv Oblast", None, None)]),
    # "Раніше ... поінформував": the same attack as first told.
    ("uk", "У Києві внаслідок атаки поранено трьох людей.\nРаніше очільник КМВА поінформував, що в Оболонському районі "
           "горить будинок.", date(2025, 10, 26), [("Kyiv", None, 3), ("Obolonskyi", None, 3)]),
    # "Nobody hurt" right after another region's downings told as background is that region's.
    ("ru", "В Курске дрон атаковал автомойку, погиб человек.\nДо этого губернатор Смоленской области сообщил, что ПВО "
           "сбила три беспилотника над регионом.\nПо его данным, пострадавших нет.", date(2026, 2, 27),
     [("Kursk", 1, None)]),
    # "В последний раз ... 20 сентября": the time before, no strike of this report's.
    ("ru", "Обломки беспилотника упали в Кстовском районе, пострадавших нет.\nВ последний раз об атаке на "
           "Нижегородскую область губернатор сообщал 20 сентября.", date(2025, 10, 2), [("Kstovo Raion", 0, 0)]),
    # Ukraine's Danube ports, named by what lies there: the Izmail raion's, on Izmail's point.
    ("en", "Russian drones attacked the Danube ports overnight, setting a grain terminal on fire.", date(2023, 8, 16),
     [("Izmail", None, None)]),
    ("uk", "Уночі ворог атакував порти на Дунаї, пошкоджено зерновий термінал.", date(2023, 8, 16),
     [("Izmail", None, None)]),
    ("ru", "Ночью дроны атаковали придунайские порты Одесской области, есть повреждения.", date(2023, 8, 16),
     [("Izmail", None, None)]),
    # A village told again alone is the one first told (not a namesake of another spelling).
    ("ru", "Обстреляны сёла Казначеевка и Бирюч Валуйского округа.\nВ селе Бирюч повреждён дом.", date(2023, 5, 8),
     [("Kaznacheyevka", None, None), ("Biryuch", None, None)]),
]

def test_a_district_listed_after_another_of_the_city_told_between_is_the_same_citys(geocoder):
    # "у Соборному районі міста та також у Центральному": Dnipro's Tsentralnyi, not a village of that name.
    places = [m.place for m in find_mentions("Пошкоджено будинки у Соборному районі міста та також у Центральному.",
                                             PlaceNames(geocoder), lexicon("uk"), "Dnipropetrovsk Oblast")]
    assert [(p.name, p.district_of) for p in places] == [("Sobornyi", "Dnipro"), ("Tsentralnyi", "Dnipro")]


def test_a_raion_named_after_the_second_of_two_settlements_places_the_first_too(geocoder):
    # "между селом А и хутором Б Волоконовского района": both of that raion, not a larger Borisovka elsewhere.
    places = [m.place for m in find_mentions("Дрон атаковал машину на дороге между селом Борисовка и хутором "
                                             "Плотвянка в Волоконовском районе.", PlaceNames(geocoder),
                                             lexicon("ru"), "Belgorod Oblast") if m.role == "target"]
    assert [(p.name, p.village) for p in places] == [("Borisovka", True)]


def test_a_former_name_is_the_town_that_bears_it_now(geocoder):
    # Котовск is Kotovsk near Tambov today, not Podilsk of Odesa Oblast, called so until 2016.
    places = [m.place for m in find_mentions("Дроны атаковали пороховой завод в Котовске.", PlaceNames(geocoder),
                                             lexicon("ru"))]
    assert [(p.name, p.admin1) for p in places] == [("Kotovsk", "Tambov Oblast")]


@pytest.mark.parametrize("code, text, published, expected", _PLACES_OF_THE_FIFTY_SECOND_AND_THIRD_ROUNDS
                         + _NAMES_AND_ORDERS_THAT_STRIKE_NOTHING + _PLACES_OF_THE_FIFTY_FIFTH_ROUND
                         + _PLACES_OF_THE_FIFTY_SIXTH_ROUND + _PLACES_OF_THE_FIFTY_SEVENTH_ROUND
                         + _PLACES_OF_THE_FIFTY_EIGHTH_ROUND + _PLACES_OF_THE_FIFTY_NINTH_ROUND
                         + _PLACES_OF_THE_SIXTIETH_ROUND + _PLACES_OF_THE_SIXTY_FIRST_ROUND
                         + _PLACES_OF_THE_SIXTY_SECOND_ROUND)
def test_places_and_tolls_a_report_tells(code, text, published, expected, geocoder):
    events = extract(Report(text, published, text.split("\n")[0]), geocoder).events
    assert [(e.place, e.killed, e.injured) for e in events] == expected


def test_the_side_that_carried_out_an_attack_and_a_spokesman_who_names_none():
    assert stated_side("Overnight the Russians carried out a heavy attack on the town.") == "Russia"
    assert stated_side("The Russians shelled the village of Novomykolaivka.") == "Russia"
    # (an air force named as whose spokesman spoke: no side struck)
    assert stated_side("Colonel Ihnat, the Ukrainian Air Force spokesperson, said the attack lasted all night.") is None
    # (fire the enemy laid, "під вогневим ураженням ворога": not a hit on the enemy)
    assert stated_side("Під вогневим ураженням ворога опинилося село на Харківщині.", lexicon("uk")) != "Ukraine"


def test_a_region_struck_on_the_eve_is_not_the_towns_strike_of_the_day(geocoder):
    text = ("Обстрел Хинели\nСело Хинель в Севском районе Брянской области обстреляли со стороны Украины. "
            "Пострадавших нет. Накануне была массированная ночная атака на Брянскую область.")
    events = extract(Report(text, date(2024, 3, 14), text.split("\n")[0]), geocoder).events
    assert [(e.place, e.event_date) for e in events] == [("Khinel", date(2024, 3, 14))]
