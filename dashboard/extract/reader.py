"""The reader: a report's sentences, in order, into strike events.

A sentence with a strike word makes the places it names targets (unless they are
named for another reason); a sentence without a place of its own continues the
attack before it. Sides come from the words naming the attacker, else from the
report and the place. Casualties go to the place they are given for; interception
tallies go once to the attack they count. Totals over a period (a month, the war)
and past or planned strikes are never put on a marker.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dashboard.attack_records import AttackRecord, AttackRecordError, read_night_summary
from dashboard.events import Event, Report, make_id
from dashboard.extract import facts, morphology
from dashboard.extract.language import detect_language
from dashboard.extract.lexicon import Lexicon, lexicon
from dashboard.extract.places import (BIG_CITY, CAPITALISED_WORD, DISTRICT_KM, CONTEXT_CHARS, HROMADA_SPAN_KM, RAION_SPAN_KM,
                                      WORD_RE, Mention, PlaceNames, find_mentions, first_end, plural_unit_ended, romanized,
                                      whole_region)
from dashboard.extract.sentences import split_sentences, vertical_lists_inline
from dashboard.geocode import (VILLAGE_NEAR_KM, OfflineGeocoder, Place, edit_distance, held_by_russia, km, normalize,
                               refinery_town, region_of_officials, spelling_key)

_DASH_ITEM = re.compile(r"^[^\W\d_][^.;:]{0,60}?\s[–—-]\s")  # "Есманська громада – ..."
# "Броварському — пошкоджено ...": a list's item, its unit's noun left off
_ADJECTIVE_ITEM = re.compile(r"^[^\W\d_][\w'’ʼ-]+\s*[–—-]\s")
_SUBHEADING_WORDS = 4  # a section title inside a report's body is this short ("Жертвы атаки")
_REGION_FIGURE_GAP = 60  # a figure and the "in the region" that makes it the region's
_PARTS_REACH = 3  # sentences back to the toll that "four of them" breaks down
_HEADING_WORDS = 3  # a region's name as a section's heading: "Рівненщина", "Khmelnytskyi region"
_HEAD_GAP = 40  # between a hromada and the village named after it (" hromada, the village of ")
_LABEL_WORDS = 16  # a line that only says where and when ("3 March, 22:40, Izium district, village of X.")
_STEM = 2  # letters a place's name and another case of it surely begin with alike ("Київ", "Києві" differ at the third)
_CITY_TOLD_REACH = 3  # sentences back a city told still owns a district named without it
_NAMED_TOWN = 1_000  # a town this size named anywhere in a report ranks the namesakes of the villages it tells
_TOWNS_NAMED = 8  # of those, the first so many
_FRAGMENT_WORDS = 8  # a verbless fragment of a list of places struck ("Центр Луцька, українське підприємство.")
# A strike more than this long before publication is history, not news of the day.
_HISTORY_DAYS = 14
# More than any one strike of this war has killed or wounded: a figure above is a period's tally.
_ONE_STRIKE_MOST = {"killed": 1000, "injured": 2000}
_ROUNDUP_RAIONS = 3  # raions a day's roundup lists with no figure or damage: where it went, not strikes of their own
_BREAKDOWN_REACH = 3  # sentences back a count's breakdown ("Четверо з них ...") may have begun
_RECALLED_SENTENCES = 2  # sentences after a strike recalled from long ago that may go on telling it
_STORY_SENTENCES = 6  # sentences that may go on telling the last place's strike without naming it
_REDATE_DAYS = 2  # a strike told a day or two after it, on a day the lead gave only as the telling
# How far from a raion's or okrug's seat a place lies inside it, for a post that keeps to one unit.
_UNIT_KM = 35
# Below this population a settlement outside the report's region is a homonym, not a guess worth a marker.
_VILLAGE = 20_000
_LISTED_TOWN = 250_000  # a town smaller than this, listed with villages of another region, may be a namesake
_LIST_FAR_KM = 300
# ... and below this one, outside the region the sentence itself names.
_TOWN = 100_000
_SIDE_OF_COUNTRY = {"UA": "Russia", "RU": "Ukraine"}
FIGURE_FIELDS = ("killed", "injured", "children", "missiles_launched", "missiles_intercepted",
                 "drones_launched", "drones_intercepted")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# Four Latin words in a row; a letter first, so that a search skips to Latin letters.
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z]+\W+(?:[A-Za-z]{2,}\W+){3}")


@dataclass
class Extraction:
    events: list[Event]
    warnings: list[str] = field(default_factory=list)
    language: str | None = None
    # A night's launched and shot-down figures per weapon: national tallies, never a marker.
    attack_records: list[AttackRecord] = field(default_factory=list)


@dataclass
class _Attack:
    attack_id: str
    main: Event
    side: str
    basis: str
    day: date
    precision: str
    place: Place | None = None  # where the attack's main event is
    day_told: bool = False  # its day is only the day it was told (publication, a telling sentence's)
    told_at: int = 0  # the sentence that first told it


def _sentence_lexicon(sentence: str, report_lex: Lexicon, cyrillic_lex: Lexicon | None) -> Lexicon:
    """A mixed report (an English story quoting a Ukrainian post) is read a sentence at a
    time in the sentence's own script."""
    if cyrillic_lex is None or report_lex.morphology:
        if report_lex.morphology and _LATIN_WORDS.search(sentence) and \
                len(_LATIN.findall(sentence)) > 3 * len(_CYRILLIC.findall(sentence)) + 10:
            return lexicon("en")
        return report_lex
    return cyrillic_lex if len(_CYRILLIC.findall(sentence)) > len(_LATIN.findall(sentence)) else report_lex


def extract(report: Report, geocoder=None) -> Extraction:
    """All strike events of one report, with warnings for what could not be placed.

    ``geocoder`` is the offline gazetteer, or a fallback geocoder wrapping it: then names
    the gazetteer lacks ("the village of X") are asked online before they become warnings.
    """
    online = getattr(geocoder, "geocode_online", None)
    geocoder = getattr(geocoder, "offline", geocoder) or OfflineGeocoder()
    names = PlaceNames(geocoder)
    code = detect_language(report.text)
    if code is None:
        if report.text.strip():
            return Extraction([], ["the report's language is not supported (English, Ukrainian and Russian are): "
                                   "nothing was extracted"], None)
        return Extraction([], [], None)
    report_lex = lexicon(code)
    cyrillic_lex = None
    if not report_lex.morphology and _CYRILLIC.search(report.text):
        cyrillic_lex = lexicon(detect_language(" ".join(_CYRILLIC_RUNS.findall(report.text))) or "uk")
    return _Reader(report, names, report_lex, cyrillic_lex, online).read()


_CYRILLIC_RUNS = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ\s-]{20,}")


class _Reader:
    def __init__(self, report: Report, names: PlaceNames, lex: Lexicon, cyrillic_lex: Lexicon | None, online):
        self.report = report
        self.names = names
        self.headline_only: set[str] = set()  # events only the headline names
        self.place_told: dict[str, Place] = {}  # where each settlement or hromada name the report told was placed
        self.background_from = 1 << 30  # the sentence that heads the background a report closes with
        self.background_same_night: set[int] = set()  # its sentences that tell of the report's own night
        self.told_apart: set[str] = set()  # places told as a story of their own ("Separately, the mayor ...")
        self.day_for_next: tuple[int, date] = (-2, date.min)  # a day a placeless sentence gave the next one
        self.held_hurt: tuple[int, list] | None = None  # a placeless toll whose place the next sentence names
        self.unhurt_at = -2  # the last sentence that told nobody hurt
        self.placed_names: dict[tuple[str, str], Place] = {}  # (name, region) -> the place a name was first struck at
        # (name as written, region) -> the village it was first struck at, and whether a raion placed it there
        self.first_told: dict[tuple[str, str], tuple[Place, bool]] = {}
        self.lex = lex
        self.cyrillic_lex = cyrillic_lex
        self.online = online
        self.events: dict[tuple, Event] = {}
        self.warnings: list[str] = []
        self.attacks: list[_Attack] = []
        self.attack: _Attack | None = None
        self.attack_at: dict[str, _Attack] = {}  # the attack in which each place was first struck
        self.pending: list[tuple] = []  # interception figures waiting for the attack they belong to
        self.region_hint = ""
        self.headline_capital_of = ""  # the region whose capital the headline names, when it names no region
        self.sides_named: set[str] = set()  # every attacker the report names
        self.strikes: dict[str, bool] = {}  # whether each sentence has a strike word
        self.tally_told: dict[str, bool] = {}  # whether a sentence counts weapons downed or launched
        self.sides_of: dict[str, str | None] = {}  # the side each sentence names
        self.hurt_in: dict[str, list[tuple[str, int, int]]] = {}  # each sentence's casualty figures
        self.tallies = False  # the report counts launched or downed weapons
        self.tally_figures: dict[str, dict[str, int]] = {}  # per class: its first launched and intercepted figures
        self.tally_paired: set[str] = set()  # classes whose tally is a launched-and-downed pair told together
        self.last_launched: str | None = None  # the class ("drones") whose launch was told last
        self.last_was_total = self.this_is_total = False  # figures for a whole region or list, not a place
        self.region_sure = False  # the report names its region more than once: its villages lie there
        self.last_touched: list[tuple[int, Event]] = []
        self.nobody_hurt: set[str] = set()  # "the day passed without casualties", said up front of the whole report
        # "Обошлось без пострадавших:" before the incidents it lists: (the events then, the keys), until a toll
        self.unhurt_after: tuple[set[str], list[str]] | None = None
        self.unhurt_listed: dict[str, list[str]] = {}  # the events such a list told, and the keys
        self.background_at = -1  # the last sentence read as an earlier strike told for context
        self.apart_at = -2  # ... when it told one apart, by its day or its place (or went on about it)
        self.earlier_unnamed = -9  # the last sentence telling an earlier strike of a place it does not name
        self.dead_told = -9  # the last sentence with figures, when it told of deaths and no wounded
        self.mine_at = -2  # the last sentence telling of a mine or a stray explosive, no attack
        self.named_at = -1  # the last sentence that named any place
        self.list_open = -2  # a strike sentence that named no place, or a fragment listing what it struck
        self.placeless_at = -9  # a strike sentence that named no place, before any place was struck
        self.title_region: tuple[int, Mention] | None = None  # a sentence's one region named in an official's title
        self.heading_region: Mention | None = None  # the region a line of its own names, over the section under it
        self.attacks_since_heading = False  # whether the section under that heading has told a place struck
        self.line_texts: set[str] = set()  # the report's lines, whole
        self.region_told = -1  # the sentence that told a strike of a region of its own ("in the region", after its governor)
        self.own_regions: set[str] = set()  # events of those strikes: never given way to the places inside
        self.towns_named: list[tuple[float, float]] | None = None  # see _towns_named
        self.told_figures: tuple[int, dict] = (-9, {})  # the last sentence's figures, by (event, key)
        self.figures_at = -9  # the last sentence that told launched or downed figures
        self.town_hurt: list[tuple[str, list]] = []  # "у місті постраждали три людини" before any place is struck
        self.idx = 0  # the sentence being read
        self.last_raion: tuple[int, Place] | None = None  # the raion a village was last located by, and where
        self.roundup_raions: set[int] = set()  # raion events a roundup's list opened (kept only to date its villages)
        self.place_of: dict[str, Place] = {}  # each event's place, by its gazetteer id (names have namesakes)
        self.raions_told: list[Place] | None = None  # every raion the report names, once a name asks for them
        self.lead_day_told = False  # the lead's day is a telling sentence's
        self.lead_day_at = -1  # the sentence the lead's day was read from
        # (sentence, day, regions) of the last strike sentence that named a day of its own
        self.told_day: tuple[int, date, set[str] | None] | None = None
        self.when_told = False  # the sentence being read is dated only by its telling
        self.unplaced_told = -2  # the last sentence whose struck places could none be placed
        self.unplaced_any = False  # some place struck could not be placed
        self.unnamed_struck = False  # the body tells of a place struck without naming it, and of no other
        # The one place a sentence had a weapon downed over (or that sentence, its places not yet read)
        self.downed_over: tuple[int, Mention | str] | None = None
        # The one place a strike only attempted was aimed at, or explosions were only heard in (then True)
        self.aimed_at: tuple[int, Mention, bool] | None = None
        self.area_of: dict[str, Place] = {}  # event -> the raion it is, or the raion or hromada that placed its village
        self.current_region = ""  # the one oblast the last sentence naming any named
        self.raion_of: dict[str, str] = {}  # event of a known settlement -> the raion the report placed it in
        self.unit_ended: tuple[int, str] = (-2, "")  # the last sentence read, and the unit it named ("... громаду.")
        self.list_unit = ""  # the unit the last sentence ending on a plural one named ("у п'яти районах. Зокрема, у:")
        self.village_raion: dict[str, str] = {}  # event of a village of Russia's table -> its raion's name, folded
        self.named_itself: set[str] = set()  # events of towns named for themselves, not as their hromada or okrug
        self.ukrainian_hromadas: set[str] = set()  # events of Ukrainian towns named as their hromada
        self.raion_placed: set[str] = set()  # events of settlements whose raion_of a raion named beside them gave
        self.headline_city: Place | None = None  # the one large city a headline names, struck or not
        self.headline_seat: Place | None = None  # the seat of the one raion a headline names struck
        self.okrugs: set[str] = set()  # events of a Russian town named as its okrug ("Шебекинский горокруг")
        self.near_only: set[int] = set()  # (ids of) events of a town only a strike was near ("a village near Kupiansk")
        self.named_struck: set[int] = set()  # (ids of) events of places a sentence said were struck
        self.gapped: set[str] = set()  # sentences that leave their verb to the sentence before
        self.denied_ids: set[int] = set()  # (ids of) events of places an official then said were not struck

    def read(self) -> Extraction:
        report, lex = self.report, self.lex
        text = vertical_lists_inline(_dashes_as_dashes(_without_teasers(report.text, lex, self.cyrillic_lex), lex))
        text = lex.editor_gloss.sub("", text) if lex.editor_gloss.test(text) else text
        text = lex.letter_apostrophe.sub("’", text)  # ("Yesterdayʼs": a mark, where the language's words hold none)
        text = lex.bracketed_name.sub(r"\1", text) if lex.bracketed_name.test(text) else text
        sentences = split_sentences(text, lex)
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        # A first line without a full stop over a longer text is a headline; the body tells it again, dated.
        # (One ending in a colon opens the list the next lines give.)
        headline = lines[0] if len(lines) > 1 and len(lines[0]) < 200 and not lines[0].endswith(
            (".", "!", "?", '"', "”", ":")) else None
        if headline and sentences and sentences[0] != headline and headline.startswith(sentences[0]):
            # "Удар по городу. Погибли девять человек, ранены около 30": a headline of two sentences
            # is still the headline (its round figures are not the body's exact ones).
            end, k = 0, 0
            while k < len(sentences) and end < len(headline) and headline.find(sentences[k], end) >= 0:
                end = headline.find(sentences[k], end) + len(sentences[k])
                k += 1
            if end == len(headline):
                sentences = [headline] + sentences[k:]
        lines_set = self.line_texts = set(lines)
        sentences = [s for k, s in enumerate(sentences) if k == 0 or not self._subheading(s, lines_set)]
        self.region_hint, self.region_sure = self._report_region(sentences)
        self.line_of = _lines_of(sentences, text)
        self.sentences = sentences
        for sentence in sentences:
            lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
            # (not the soldiers a ministry says the other army lost, "потеряли 350 человек убитыми и ранеными")
            strike = self.strikes[sentence] = lex.strike.test(sentence) and (
                not lex.casualty_words.test(sentence) or lex.strike.test(lex.not_a_count.sub(" ", sentence))) and not (
                # ("power cuts in five regions after a strike on the grid": strikes none of the five)
                lex.outage.test(sentence) and lex.outage_cause.test(sentence)
                and not lex.strike.test(lex.outage_cause.sub(" ", sentence)))
            side = self._stated_side(sentence, lex) if strike or sentence == headline else None
            if side:
                self.sides_named.add(side)
        for sentence, after in zip(sentences, sentences[1:]):
            # "3 March, 22:40, Izium district, village of Kamianka. A house was damaged.": the line
            # that says where is struck by what the sentence after it tells without a place.
            lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
            # (A roundup's heading, "Київ", then "Сили ППО знищили ... над Києвом": the sentence after may
            # name the heading's own place.)
            labelled = self._place_label(sentence, lex) if not self.strikes[sentence] and self.strikes[after] else set()
            if labelled and all(m.place.gazetteer_id in labelled
                                for m in find_mentions(after, self.names, lex, self.region_hint, roles=False)):
                self.strikes[sentence] = True
            after_lex = _sentence_lexicon(after, self.lex, self.cyrillic_lex)
            if not self.strikes[sentence] and self.strikes[after] and after_lex.there_opening.test(after) \
                    and any(m.role == "target" for m in find_mentions(sentence, self.names, lex, self.region_hint)) \
                    and not any(m.role == "target"
                                for m in find_mentions(after, self.names, after_lex, self.region_hint)):
                # "Хуже всего пришлось нефтебазе Темрюкского района. Здесь повреждены цистерны.": struck there.
                self.strikes[sentence] = True
            if self.strikes[sentence] and not self.strikes[after] and lex.damage_done.test(sentence) \
                    and after_lex.gapped_place.test(after) and any(rule.test(after) for rule in after_lex.damage):
                # "У селі Парутине пошкоджено будиночок. У селі Дніпровське — приватний будинок.": damaged too.
                self.strikes[after] = True
                self.gapped.add(after)
            elif self.strikes[sentence] and not self.strikes[after] and after_lex.among_them.test(after):
                self.strikes[after] = True  # "Обстреляли несколько сёл. Среди них — Новая Таволжанка."
        self.last_index = len(sentences) - 1
        self.headline_place = self._headline_place(headline) if headline and sentences and sentences[0] == headline \
            else None
        if headline and sentences and sentences[0] == headline:
            headline_lex = _sentence_lexicon(headline, self.lex, self.cyrillic_lex)
            big = {m.place for m in find_mentions(headline, self.names, headline_lex, roles=False)
                   if m.place.kind == "city" and m.place.population >= BIG_CITY}
            self.headline_city = big.pop() if len(big) == 1 else None
            raions = [m for m in find_mentions(headline, self.names, headline_lex, self.region_hint)
                      if m.role == "target" and m.place.gazetteer_id.startswith("raion:")]
            self.headline_seat = self._raion_seat(raions) if len(raions) == 1 else None
        lead_day: tuple[date, str] | None = None
        lead_end = 2 if headline and sentences and sentences[0] == headline else 1
        # "Удар по Вінниці 14 липня: ...": a lead that gives no day tells of the headline's.
        headline_day = facts.date_in(headline, report.published, lex=self.lex) if lead_end == 2 else None
        last_event_sentence = -2
        for idx, sentence in enumerate(sentences):
            lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
            if idx <= lead_end or all(e.gazetteer_id.startswith("admin1:") for e in self.events.values()):
                # Said in the lead, of no place smaller than a region itself, "nobody was hurt"
                # covers the report (also after the lead's places: "Белгород и Белгородский район
                # атакованы ... пострадавших нет", then the raion's villages); so does one said
                # before any place is told struck ("drones were downed, nobody was hurt; debris
                # set grass alight in two districts"), or after only the oblast ("Вночі ворог атакував
                # Черкаську область ... На щастя, постраждалих немає", then its raions' damage).
                hurt = self._casualties(sentence, lex)
                # (not one that opens a list with a colon: it tells of the incidents listed, see `unhurt_after`)
                if hurt and not any(v for _, v, _ in hurt) and not sentence.rstrip().endswith(":") \
                        and ((idx <= lead_end and not self.events) or not any(
                        m.place.kind != "region" for m in find_mentions(sentence, self.names, lex, roles=False))):
                    self.nobody_hurt |= {key for key, _, _ in hurt if key != "children"}
            if lex.others_unhurt.test(sentence):
                self.nobody_hurt |= {"killed", "injured"}  # "Apart from the man killed in A, nobody was hurt"
            if idx == 0 and sentence == headline:
                continue
            if lex.timestamp.test(sentence):
                lead_end += idx <= lead_end  # a byline's stamp: the lead follows it
                continue
            if idx > 0 and lex.background_heading.pattern.fullmatch(sentence):
                self.background_from = idx  # "Контекст:", "Background:": the war's background follows
                continue
            if idx > 0 and (heading := lex.background_heading.pattern.match(sentence)) and heading.group().count(":"):
                self.background_from = idx - 1  # "Background: On 20 March, an airstrike on ...": the same, on its line
            if idx > self.background_from:
                named = {m.place.gazetteer_id for m in find_mentions(sentence, self.names, lex, self.region_hint)
                         if m.place.kind != "country"}
                told = facts.date_in(sentence, report.published, lex=lex) if named and self.attack is not None \
                    and facts.names_day(sentence, lex) else None
                if named and not named & {ev.gazetteer_id for ev in self.events.values()} \
                        and (told is None or told[0] != self.attack.day):
                    # (a strike already read may gain figures there; no new place is struck, unless the
                    # line tells of the very night the report's attack was: "Background: a fire broke out
                    # in X during the attack on the night of 3-4 June")
                    continue
                if told is not None:
                    self.background_same_night.add(idx)
            if lead_day is None and idx <= lead_end and not lex.earlier.test(sentence):
                # (not "предыдущий удар пришёлся на 3 мая": an earlier strike's day is not the lead's)
                lead_day = facts.date_in(sentence, report.published, lex=lex)
                if lead_day is not None and headline_day is not None and not facts.names_day(sentence, lex):
                    # ("Протягом доби ..." under "за добу станом на 8:00 12 березня": the headline's day)
                    lead_day = headline_day
                self.lead_day_at = idx
                # "Про це 23 серпня повідомив ...", "shelling hurt two, officials reported late on June 3":
                # the day of the telling, not of a strike
                self.lead_day_told = lead_day is not None and (not self.strikes.get(sentence, False) or (
                    lex.told_on.test(sentence) and facts.date_in(lex.told_on.sub(" ", sentence), report.published,
                                                                 lex=lex) is None))
                lead_day = lead_day or headline_day
            if (lex.roundup_period.test(sentence) or lex.roundup_day.test(sentence)) and facts.names_day(sentence, lex) \
                    and not lex.earlier.test(sentence) and (
                        self.strikes.get(sentence) or any(v for _, v, _ in facts.casualties(sentence, lex))
                        or any(m.role != "context" for m in find_mentions(sentence, self.names, lex, self.region_hint))):
                # "Протягом доби, з ранку 24 вересня до ранку 25 вересня, ...": the roundup's day
                # dates the places it goes on to list (not an earlier report's: "Ранее мы писали, что за
                # прошедшие сутки, 22 августа, ..."; nor a day's count of soldiers a ministry says the other
                # army lost, which strikes nothing).
                lead_day = facts.date_in(sentence, report.published, lex=lex) or lead_day
                self._roundup_dated(lead_day)
            if self._sentence(idx, sentence, lex, lead_day, last_event_sentence):
                last_event_sentence = idx
                if lex.told_apart.test(sentence):
                    self.told_apart |= {ev.gazetteer_id for _, ev in self.last_touched}
                when = facts.date_in(sentence, report.published, lex=lex)
                # (not the day it was only told: "..., - написав голова ОВА у телеграм-каналі в суботу", nor
                # "the mayor said on March 24" of attacks lately, before a roundup of the last day)
                # ("За минулу добу ... . Вночі та зранку було 19 обстрілів області. Обстрілів зазнали ... громади": a
                # night told after the lead's past day is the night of the telling, and dates what follows.)
                # (so the morning of the telling after a lead of the day before: "вчерашней атаки ... . Уже утром
                # враг возобновил атаки на Никопольщину")
                night = when is not None and lead_day is not None and when[0] == report.published != lead_day[0] \
                    and (lex.overnight.test(sentence) or lex.this_morning.test(sentence))
                if when is not None and when[1] == "day" and (facts.names_day(sentence, lex) or night) and not (
                        self.when_told and self.attack is not None and self.attack.day != when[0]):
                    # (a day told of the whole country, "Before dawn on 9 March Russia struck Ukraine with missiles",
                    # dates the places of every region the next sentences name)
                    told = find_mentions(sentence, self.names, lex, self.region_hint, roles=False)
                    country = bool(told) and all(m.place.kind == "country" for m in told)
                    self.told_day = (idx, when[0], None if country else {e.admin1 for _, e in self.last_touched})
            elif self.attack is not None and self.strikes.get(sentence, False) and not lex.earlier.test(sentence) \
                    and (when := facts.date_in(sentence, report.published, lex=lex)) is not None and when[1] == "day" \
                    and when[0] != self.attack.day and 0 <= (report.published - when[0]).days <= _REDATE_DAYS \
                    and all(m.place.kind == "country"
                            for m in find_mentions(sentence, self.names, lex, self.region_hint, roles=False)):
                # "За вчерашний день ... обстреляли А и Б. Ночью обстрелы продолжились. ... выпустили снаряды по В и
                # Г": a placeless sentence that tells only when dates the places the next one names (so one that
                # names only the country: "Before dawn on 9 March Russia struck Ukraine with missiles").
                self.day_for_next = (idx, when[0])
            elif all(e.gazetteer_id.startswith("raion:") for e in self.events.values()) and idx > self.lead_day_at \
                    and self.strikes.get(sentence, False) \
                    and facts.names_day(sentence, lex) and not lex.earlier.test(sentence):
                # "15 травня окупанти тричі обстріляли область" before the roundup's list of villages:
                # the day of the strikes it goes on to name (told before any place but a raion, in none of its own).
                when = facts.date_in(sentence, report.published, lex=lex)
                if when is not None and when[1] == "day" and 0 <= (report.published - when[0]).days <= _REDATE_DAYS \
                        and not _compared(sentence, lex):  # (not "the largest since March 22, when ...")
                    lead_day, self.lead_day_at, self.lead_day_told = when, idx, False
        if headline and sentences and sentences[0] == headline:
            # "В одном из сёл повреждены три дома": a place struck the body leaves unnamed.
            self.unnamed_struck = not self.events and any(self.strikes[s] and (
                self._tells_unnamed_place(s) or _sentence_lexicon(s, self.lex, self.cyrillic_lex).site_in_the_region.test(s))
                for s in sentences[1:])
            self._headline_targets(headline, lead_day)
            self._headline_figures(headline)
            # ("Над областью уничтожены двенадцать БПЛА" over a body that gives no count: the headline's tally)
            self.tallies = self.tallies or bool(facts.interceptions(headline, _sentence_lexicon(
                headline, self.lex, self.cyrillic_lex)))
        towns = [ev for ev in self.events.values() if ev.geo_precision == "city" and not ev.district_of]
        # (or the one raion or region the report tells of: "Два ребёнка ранены при обстреле" under a headline
        # naming the Belgorod district alone)
        towns = towns or (list(self.events.values()) if len(self.events) == 1 else [])
        if self.town_hurt and len(towns) == 1 and (towns[0].killed is None or towns[0].injured is None):
            # (each figure the body left untold: "killing 23" before the body's "34 severely injured")
            for sentence, hurt in self.town_hurt:
                for key, n, _ in hurt:
                    if key in ("killed", "injured") and getattr(towns[0], key) is None:
                        setattr(towns[0], key, n)
                _add_evidence(towns[0], sentence)
        self._close_unhurt_list()
        for ev in self.events.values():
            for key in self.nobody_hurt | set(self.unhurt_listed.get(ev.event_id, ())):
                if getattr(ev, key) is None:
                    setattr(ev, key, 0)
        events = _one_district_hurt(_neighbourhoods_in_districts(_namesakes_of_raion_villages(
            self._villages_named_later(list(self.events.values())))))
        # ("У Корюківському районі ... в Менській громаді. У Корюківській громаді ...": a village of the
        # raion does not lie in the hromada that shares its centre.)
        not_within = {(h, v) for h in self.ukrainian_hromadas for v in self.raion_placed}
        self._place_in_hromadas(events)
        out = self._drop_redundant_regions([e for e in events if e.event_id not in self.own_regions], not_within) \
            + [e for e in events if e.event_id in self.own_regions]
        out = [e for e in out if not _only_shot_down_over(e) and id(e) not in self.roundup_raions | self.denied_ids]
        out = self._summary_told_again(out)
        for ev in out:
            if not ev.evidence:  # a city struck in its districts: their sentences are its evidence
                for other in out:
                    if other.attack_id == ev.attack_id and other.evidence:
                        for line in other.evidence.split("\n"):
                            _add_evidence(ev, line)
            ev.confidence = _confidence(ev)
        records = self._attack_records()
        return Extraction(out, list(dict.fromkeys(self.warnings)), self.lex.code, records)

    def _capitals_raion(self, raion: Place) -> bool:
        """"У Запорізькому районі" in a Poltava roundup: a raion named after its region's capital is that
        region's, whatever region the report is about (no other raion bears the name)."""
        capital = self.names.capital(raion.admin1)
        return capital is not None and None not in (capital.latitude, raion.latitude) \
            and km((capital.latitude, capital.longitude), (raion.latitude, raion.longitude)) <= 1

    def _summary_told_again(self, events: list[Event]) -> list[Event]:
        """"Під обстрілами були Куп'янськ, Вовчанськ" over a body that tells "впродовж минулої доби ...
        під обстрілами були Куп'янськ, Вовчанськ": a summary giving no day of its own, told before the
        dated telling of the same place a day earlier, is that strike, not one of the report's day."""
        order = {sentence: k for k, sentence in reversed(list(enumerate(self.sentences)))}
        dated = {}
        for e in events:
            if e.event_date == self.report.published - timedelta(days=1):
                dated.setdefault((e.gazetteer_id, e.attacker), e)
        dropped = set()
        for e in events:
            later = dated.get((e.gazetteer_id, e.attacker))
            if later is None or e.event_date != self.report.published or e.killed is not None or e.injured is not None:
                continue  # (a telling with a toll of its own, even "nobody hurt", is a strike of its own)
            first, other = e.evidence.split("\n")[0], later.evidence.split("\n")[0]
            lex = _sentence_lexicon(first, self.lex, self.cyrillic_lex)
            if first != other and order.get(first, len(order)) < order.get(other, -1) \
                    and facts.date_in(first, self.report.published, lex=lex) is None and not lex.overnight.test(first):
                _fill_figures(later, e)
                dropped.add(id(e))
        return [e for e in events if id(e) not in dropped]

    def _stated_side(self, sentence: str, lex: Lexicon) -> str | None:
        """The side a sentence names, read once per report (the first pass over the sentences
        asks it, and the sentence's own reading again)."""
        if sentence not in self.sides_of:
            self.sides_of[sentence] = facts.stated_side(sentence, lex)
        return self.sides_of[sentence]

    def _casualties(self, sentence: str, lex: Lexicon) -> list[tuple[str, int, int]]:
        """The sentence's figures, read once per report (the lead's and the headline's are asked
        again); a copy each time, as callers filter it."""
        if sentence not in self.hurt_in:
            self.hurt_in[sentence] = facts.casualties(sentence, lex)
        return list(self.hurt_in[sentence])

    def _other_toll(self, sentence: str, attack: _Attack, lex: Lexicon) -> bool:
        """"Four were hurt in the shelling of Shebekino. ... On 6 May one was hurt in the shelling of
        Shebekino": a toll other than the strike's, on a day of its own, is another strike's (not a
        toll that has risen since)."""
        if lex.figure_update.test(sentence):
            return False
        told = {key: getattr(attack.main, key) for key in ("killed", "injured") if getattr(attack.main, key) is not None}
        said = {key: v for key, v, _ in self._casualties(sentence, lex) if key in ("killed", "injured") and v}
        # (a toll that shares no count with the strike's is another's too: "today a driver was killed in
        # Kherson ... Yesterday seven were hurt on a bus there")
        return bool(told and said) and (any(key in told and told[key] != v for key, v in said.items())
                                        or not told.keys() & said.keys())

    def _only_tells_who_told(self, sentence: str, lex: Lexicon) -> bool:
        """"Про це повідомив начальник КМВА.": a sentence between a strike and its place that names no
        strike and no place but an official's."""
        return not self.strikes.get(sentence) and all(
            m.role == "title" for m in find_mentions(sentence, self.names, lex, self.region_hint))

    def _only_feared(self, headline: str, lex: Lexicon) -> bool:
        """A headline of a threat or an attempt, not of a strike; an attempt that hurt someone
        ("Двое пострадали при попытке атаки") struck all the same."""
        return bool(lex.speculative.test(headline)) and not any(v for _, v, _ in self._casualties(headline, lex))

    def _headline_place(self, headline: str) -> Mention | None:
        """The one town or district a headline says was struck, if it names one (a region stands
        for places the body names)."""
        lex = _sentence_lexicon(headline, self.lex, self.cyrillic_lex)
        # ("Повідомили про загибель людини у Львові": a death told of a town is a strike there too.)
        if not (lex.strike.test(headline) or lex.casualty_words.test(headline)) or self._only_feared(headline, lex) \
                or lex.context_sentence.test(headline) or lex.history_phrase.test(headline):
            return None  # (nor a strike the headline dates long ago: "... по погибшим от удара год назад")
        targets = [m for m in find_mentions(headline, self.names, lex, self.region_hint)
                   if m.role == "target" and m.place.latitude is not None and m.place.kind != "region"]
        return targets[0] if len({m.place.gazetteer_id for m in targets}) == 1 else None

    def _namesake_told(self, m: Mention) -> bool:
        """"Ворог атакував Покровську громаду" over a body that tells of a Pokrovske hromada: the
        headline's name is the body's place, whichever namesake the headline read alone."""
        if m.unit != "hromada" or not m.key:
            return False
        namesakes = {p.gazetteer_id for k in m.key.split("|") for p in self.names.settlements(k)}
        return any(e.gazetteer_id in namesakes for e in self.events.values())

    def _headline_targets(self, headline: str, lead_day) -> None:
        """A place the headline says was struck and the body names only in passing ("strike on
        Foros" over "the Foros sanatorium was damaged") is struck all the same; a place the body
        covers (itself, its districts, a region's places) is not added again."""
        lex = _sentence_lexicon(headline, self.lex, self.cyrillic_lex)
        if not lex.strike.test(headline) or self._only_feared(headline, lex) or lex.context_sentence.test(headline) \
                or lex.history_phrase.test(headline) or lex.memorial.test(headline):
            return  # (nor "почтил память погибших при обстреле Белгорода": a strike long past, remembered)
        if lex.heard_only.test(headline) and not lex.damage_done.test(headline) \
                and not any(n for _, n, _ in self._casualties(headline, lex)):
            return  # "у Ялті й Феодосії гримлять вибухи": heard there, the body tells what was hit
        near = self._near_points()
        mentions = find_mentions(headline, self.names, lex, self.region_hint, near)
        oblasts = [m.place.admin1 for m in mentions if m.place.kind == "region" and not m.place.gazetteer_id.startswith("raion:")]
        # ("Повреждены дома: ночью над Курской областью сбили 15 БПЛА" over damage in an unnamed village:
        # the region drones were downed over is where it happened.)
        struck = [m for m in mentions if m.role == "target" or (
            self.unnamed_struck and m.role == "overflight" and m.place.kind == "region")]
        targets = self._plausible(struck, oblasts, headline, oblasts)
        regions = ({self.region_hint} | {e.admin1 for e in self.events.values()}) - {""}
        # "В Белгородской области при атаке беспилотника погиб человек" over a body that names no
        # place: the region is where it happened (when the headline tells of someone hurt there, not
        # of months under fire).
        # (or of a place the body tells of without its name)
        # (or of damage the body tells of nowhere it names: "Упавший в области дрон повредил дом")
        # (or of a region the body names no place of, however many other regions it tells: "На Рівненщині
        # постраждали двоє" over a body that places its two nowhere and lists the night's other regions)
        told_here = lambda region: any(e.admin1 == region for e in self.events.values())  # noqa: E731
        body_named = self.unplaced_any or not (
            self.unnamed_struck or any(n for _, n, _ in self._casualties(headline, lex)) or lex.damage_done.test(headline))
        hurt_told = any(n for _, n, _ in self._casualties(headline, lex))
        for m in targets:
            # "обстреляли Днепровский район Херсона" over a body that tells of Kherson alone: the
            # city's strike was in that district, and its toll is the district's.
            city = next((e for e in self.events.values() if m.place.kind == "district"
                         and e.place == m.place.district_of and not e.district_of), None)
            if city is not None and not any(e.district_of == city.place for e in self.events.values()):
                ev = self._event_for(self.attack_at.get(city.gazetteer_id) or self.attack, m.place, m.text)
                ev.killed, ev.injured, ev.children = city.killed, city.injured, city.children
                _add_evidence(ev, headline)
                continue
            # "Drones hit Russia's Kursk" over a body that tells of a village of the Kursk
            # region: the headline's city is short for its region.
            # (Not over a body that tells of the region alone: "по Одессе" over "по Одесщине" is the city.)
            if m.place.kind == "city" and _region_named_after(m.place) \
                    and self.region_hint == m.place.admin1 and any(e.admin1 == m.place.admin1 and not _is_oblast(e)
                                                                   for e in self.events.values()):
                continue
            # A region the headline names stands for places the body names, known or not; a town
            # must lie where the body's story is.
            # (A village near the headline's town whose body tells no one hurt is not where the
            # headline's dead were: "В Алешках погиб человек" over shelled villages around it.)
            if m.place.latitude is None or (m.place.kind == "region" and (body_named or told_here(m.place.admin1))) \
                    or (regions and m.place.admin1 not in regions) \
                    or any(_covers(m.place, e) and (e.gazetteer_id == m.place.gazetteer_id or not hurt_told
                                                    or (e.killed or 0) + (e.injured or 0) > 0)
                           for e in self.events.values()) or self._namesake_told(m):
                continue
            when = facts.date_in(headline, self.report.published, None, lex)
            ev = self._struck(m, headline, when, lead_day, self._stated_side(headline, lex), lex)
            if ev is not None:
                _add_evidence(ev, headline)
                self.headline_only.add(ev.event_id)

    def _headline_figures(self, headline: str) -> None:
        """A headline's toll ("Под Шебекино дрон ударил по грузовику, водитель ранен") is its one
        struck place's when the body tells that place without a count; over several places it
        may be a total and is left alone."""
        lex = _sentence_lexicon(headline, self.lex, self.cyrillic_lex)
        hurt = [(key, n) for key, n, _ in self._casualties(headline, lex) if n]
        if not hurt:
            return
        mentions = [m for m in find_mentions(headline, self.names, lex, self.region_hint)
                    if m.place.latitude is not None and (m.place.kind != "region" or m.place.gazetteer_id.startswith("raion:"))]
        named = [m.place for m in mentions]
        if any(_is_oblast(e) and (e.killed or e.injured) for e in self.events.values()):
            return  # the body gives a region's toll: the headline's is likely that one
        # (A region the headline alone named, its body naming no place, has the headline's toll.)
        places = [e for e in self.events.values() if not _is_oblast(e) or e.event_id in self.headline_only]
        if not named and len(places) < len(self.events) \
                and not (len(places) == 1 and places[0].event_id in self.headline_only):
            return  # a region's toll over a region's event and a place: whose is not said
        if named:  # a raion covers itself and its villages, not its whole oblast
            places = [e for e in places if any(_covers(p, e) if p.kind != "region" else e.gazetteer_id == p.gazetteer_id
                                               or e.gazetteer_id.startswith(f"{p.gazetteer_id}:") for p in named)]
        # (the headline's own town before a village near it: "В Алешках погиб человек" over Sahy shelled)
        exact = [e for e in places if any(e.gazetteer_id == p.gazetteer_id for p in named)]
        if len(exact) == 1 and len({m.place.gazetteer_id for m in mentions if m.role in ("target", "hromada")}) > 1:
            return  # "Shelling of A and the B community wounds two", B not found: whose toll it is is not said
        places = exact if len(exact) == 1 and not any(e.district_of for e in places) else places
        # (a city and the districts the body names in it: the city's toll, whose district not said)
        places = [e for e in places if not any(e.district_of == c.place and not c.district_of for c in places)]
        if len(places) != 1:
            return
        for key in dict.fromkeys(key for key, _ in hurt):
            if getattr(places[0], key) is None:
                setattr(places[0], key, max(n for k, n in hurt if k == key))
        _add_evidence(places[0], headline)

    def _attack_records(self) -> list[AttackRecord]:
        """A report that counts launched or downed weapons is read as a night summary too; a
        tally the summary reader left incomplete ("destroyed 17 out of 22 drones") is completed
        from the sentence readers' figures, per class of weapon."""
        if not self.tallies:
            return []
        try:
            records = read_night_summary(self.report.text, self.report.published,
                                         self.report.url or self.report.title, language=self.lex.code)
        except AttackRecordError as exc:
            self.warnings.append(f"launched and shot-down figures not read: {exc}")
            records = []
        night = self.attacks[0].day if self.attacks else self.report.published
        for category, figures in self.tally_figures.items():
            mine = [r for r in records if r.category == category]
            if not mine:
                records.append(AttackRecord(night, None, category, category, figures.get("launched"),
                                            figures.get("intercepted"), source=self.report.url or self.report.title))
                continue
            # (or one the summary reader got wrong, fewer launched than downed: "54 of 69 ... including 16 of 16
            # over Kyiv" read as 16 launched)
            downed = figures.get("intercepted") or 0
            wrong = all(r.launched is not None and r.launched < max(r.shot_down or 0, downed) for r in mine)
            if "launched" in figures and (all(r.launched is None for r in mine) or wrong) \
                    and (mine[0].shot_down is None or figures["launched"] >= mine[0].shot_down):
                # "shot down 17 of 22": the pair the sentence gives together is the night's tally.
                mine[0].launched = figures["launched"]
                if "intercepted" in figures and (mine[0].shot_down is None or mine[0].shot_down > figures["launched"]
                                                 or category in self.tally_paired):
                    mine[0].shot_down = figures["intercepted"]
            elif "intercepted" in figures and all(r.shot_down is None for r in mine):
                mine[0].shot_down = figures["intercepted"]
            elif category in self.tally_paired and len(mine) == 1 and mine[0].launched == figures["launched"]:
                mine[0].shot_down = figures["intercepted"]  # the pair told together, not a regional count
        return records

    def _report_region(self, sentences: list[str]) -> tuple[str, bool]:
        """The oblast a report is about, when it names one region more than any other: a
        regional administration's post names its villages without their oblast."""
        counts: Counter[str] = Counter()
        raions: Counter[str] = Counter()
        capitals: set[str] = set()  # regions whose capital the headline names
        first: dict[str, int] = {}
        for i, sentence in enumerate(sentences[:8]):
            lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
            if i == 0:
                capitals = {m.place.admin1 for m in find_mentions(sentence, self.names, lex, roles=False)
                            if m.place.kind == "city" and self.names.is_capital(m.place)}
            if not lex.region_cue.test(sentence) or (i and lex.earlier.test(sentence)):
                continue  # (not "Ранее ... в Самарской области": another story recalled)
            for m in find_mentions(sentence, self.names, lex, roles=False):
                if m.place.kind == "region" and m.unit != "administration" and _named_for_context(sentence, m, lex):
                    continue  # "3 km from the border with the Sumy region": not where the report is
                    # (a region's administration that tells the news is where it is: "повідомляє Сумська ОВА")
                if m.place.kind == "region":
                    counts[m.place.admin1] += 1
                    first.setdefault(m.place.admin1, i)
                elif m.unit == "raion":
                    raions[m.place.admin1] += 1
        if not counts and len(raions) == 1:
            # No oblast named, one oblast's raions: its post ("на Ізюмщині": Kharkiv Oblast's).
            return next(iter(raions)), False
        if not counts:
            # No region named: the region of the official whose post it is ("губернатор Александр Богомаз").
            # (The region whose capital the headline names is kept for "the regional centre" alone: "обстрілів
            # Миколаєва", then "по обласному центру", is Mykolaiv.)
            self.headline_capital_of = next(iter(capitals)) if len(capitals) == 1 else ""
            return region_of_officials("\n".join(sentences[:8]), self.report.published), False
        (best, n), *rest = counts.most_common(2) + [("", 0)]
        if n <= rest[0][1]:
            return "", False
        # Sure when named twice, or as the only region, in the headline or lead.
        return best, n >= 2 or (not rest[0][1] and first[best] < 3)

    def _sentence(self, idx: int, sentence: str, lex: Lexicon, lead_day, last_event_sentence: int) -> bool:
        """Reads one sentence; True when it touched an event."""
        report = self.report
        self.idx = idx
        # "Вночі РФ завдала удару по містах України. Подвірʼя садка у Львові, житлові будинки. Центр Луцька.":
        # short verbless fragments right after a strike that named no place list what it struck.
        # (A list: "Дитину вивезли до X." is none; "Дарницький та Дніпровський райони." is.)
        # ("Пошкодження:", then "Шосткинська громада – нежитлові приміщення;": an item of the list, a place
        # and what it lost after a dash)
        item = _DASH_ITEM.match(sentence) is not None and any(
            m.start == 0 for m in find_mentions(sentence, self.names, lex, self.region_hint))
        districts = idx - 1 in (self.list_open, last_event_sentence) and not self.strikes[sentence] \
            and not lex.casualty_words.test(sentence) and self._districts_listed(sentence, lex)
        listed = self.list_open == idx - 1 and (len(WORD_RE.findall(sentence)) <= _FRAGMENT_WORDS or item
                                                 or districts) \
            and not lex.casualty_words.test(sentence) and (
                "," in sentence or item or len(find_mentions(sentence, self.names, lex, self.region_hint)) >= 2)
        happened = last_event_sentence >= idx - 2 and lex.it_happened.test(sentence)  # (only beside a strike)
        if not listed and (last_event_sentence == idx - 1 or happened and last_event_sentence == idx - 2
                           and self._only_tells_who_told(self.sentences[idx - 1], lex)) and (
                len(WORD_RE.findall(sentence)) <= _FRAGMENT_WORDS // 2 or happened or districts) \
                and not lex.casualty_words.test(sentence):
            # "Обстреляли центр Донецка. «Ворошиловский район Донецка.": a fragment naming only a district of
            # the city just struck tells where (and so does "Це сталося в Оболонському районі").
            struck = [ev for _, ev in self.last_touched if not ev.district_of and ev.latitude is not None]
            # (the district of the city just struck, though a raion elsewhere bears its name: Podilskyi)
            named = find_mentions(sentence, self.names, lex, self.region_hint,
                                  near=[(ev.latitude, ev.longitude) for ev in struck] or None)
            listed = districts or bool(named) and all(
                m.place.kind == "district" and m.place.district_of in {ev.place for ev in struck} for m in named)
        has_strike = self.strikes[sentence] or listed
        teller = self._teller_of_placeless_strike(idx, sentence, lex)
        has_strike = has_strike or teller is not None
        # "лише за вересень Росія застосувала 538 шахедів": a period's tally, not this attack's.
        figures = facts.interceptions(sentence, lex, self.last_launched) if not _tallied(sentence, lex) else {}
        if figures and self.figures_at == idx - 1 and lex.breakdown.match(sentence.lstrip(" «\"„")):
            figures = {}  # "54 з 69 ракет знищено. Зокрема 16 над Києвом ...": parts of the tally told
        self.figures_at = idx if figures else self.figures_at
        launched = facts.launched_classes(figures)
        if launched:  # "33 drones were launched. 26 of them were shot down.": the drones
            self.last_launched = launched[0] if len(launched) == 1 else None
            if not has_strike and lex.launch_verb.test(sentence):
                # "Five missiles were fired at the Mykolaiv region. ... One exploded in a field": the one
                # place they were aimed at, where the hit told next without a place fell.
                aimed = [m for m in find_mentions(sentence, self.names, lex, self.region_hint) if m.role == "target"]
                self.aimed_at = (idx, aimed[0], True) if len(aimed) == 1 else self.aimed_at
        elif self.strikes[sentence] and not figures:
            # "Місто атакували ракетами, дві з них знищила ППО": the one kind of weapon that struck
            told = [c for c, rule in (("drones", lex.drone_word), ("missiles", lex.missile_word)) if rule.test(sentence)]
            self.last_launched = told[0] if len(told) == 1 else self.last_launched
        for cls in facts.all_intercepted(sentence, lex) - {k.split("_")[0] for k in figures}:
            launched = self.tally_figures.get(cls[:-1], {}).get("launched")
            if launched is not None:  # "All the drones were destroyed": the ones launched, told before
                figures[f"{cls}_intercepted"] = launched
        for cls, spared in facts.all_but_intercepted(sentence, lex, self.last_launched).items():
            launched = figures.get(f"{cls}_launched", self.tally_figures.get(cls[:-1], {}).get("launched"))
            if launched is not None and launched > spared:  # "35 drones ... all but one were downed": 34
                figures[f"{cls}_intercepted"] = launched - spared
        # "attacked the port with ten missiles", "a drone was shot down over the suburb": counts the
        # night summary reader takes, though no launched-and-downed pair stands in one sentence.
        self.tallies = self.tallies or bool(figures) or (
            (has_strike or lex.intercept_verb.test(sentence)) and (lex.launch_verb.test(sentence)
                                                               or lex.intercept_verb.test(sentence))
            and bool(lex.item.search(sentence) or facts.weapons_in(sentence, lex)))
        # (a pair of another night, "the night before, 44 were launched and 32 downed", is no pair of this one)
        told_day = facts.date_in(sentence, self.report.published, lex=lex) if figures else None
        this_night = told_day is None or any(a.day == told_day[0] for a in self.attacks[:1])
        # (and "all nine drones of the first wave" is a wave's count: a pair tells the tally when some got through)
        paired = {key.split("_")[0] for key in figures if key.endswith("_launched") and this_night
                  and figures[key] > figures.get(key.replace("_launched", "_intercepted"), figures[key])}
        for key, value in figures.items():  # "drones_intercepted" -> the drone class's first figure
            cls, what = key.split("_")
            if cls in paired and cls[:-1] not in self.tally_paired:
                # ("destroyed 32 of the 46 drones launched" after "17 drones were destroyed" over three regions:
                # the pair told together is the night's tally, not the lone count before it.)
                self.tally_figures.setdefault(cls[:-1], {})[what] = value
                continue
            self.tally_figures.setdefault(cls[:-1], {}).setdefault(what, value)
        self.tally_paired |= {cls[:-1] for cls in paired}
        # "Twenty-three people were taken to hospital.": figures of the attack told before.
        hurt_later = self.attack is not None and bool(lex.casualty_words.test(sentence))
        if lex.mine_only.test(sentence) and not facts.weapons_in(sentence, lex):
            self.mine_at = idx
            return False  # "was injured when his vehicle hit a mine": no attack's strike
        after = self.sentences[idx + 1] if idx + 1 < len(self.sentences) else ""
        if lex.one_person_told.test(sentence) and lex.mine_only.test(after) and not facts.weapons_in(sentence, lex) \
                and not facts.weapons_in(after, lex):
            return False  # "A shepherd was wounded near the village. He stepped on a mine.": the mine's harm
        if idx == self.mine_at + 1 and not facts.weapons_in(sentence, lex) \
                and not find_mentions(sentence, self.names, lex, self.region_hint):
            return False  # "He was taken to hospital": still the one the mine hurt
        if self._incident_place(sentence, lex):
            return True
        if not has_strike and not figures and not hurt_later:
            if self.attack is not None and self.attack.day_told and idx - last_event_sentence <= 2 \
                    and lex.it_happened.test(sentence) and not find_mentions(sentence, self.names, lex, self.region_hint):
                # "Это произошло накануне вечером.": the day of the strike the telling did not date.
                when = facts.date_in(sentence, report.published, self.attack.day, lex)
                if when is not None and when[1] == "day" and 0 < (self.attack.day - when[0]).days <= _REDATE_DAYS:
                    self._redate(self.attack, when[0])
            self._follow_titled_region(sentence, lex)
            # ("Чотири дрони знищено у Криворізькому та Нікопольському районах. Ще один упав у Павлоградському":
            # the unit a sentence of no strike ends on is the next one's too)
            self.unit_ended = (idx, plural_unit_ended(sentence, lex))
            self.list_unit = self.unit_ended[1] or self.list_unit
            heading = self._region_heading(idx, sentence, lex)
            if heading is not None:
                self.heading_region, self.attacks_since_heading = heading, False
                self.current_region = heading.place.admin1
            if self.apart_at == idx - 1:
                self.apart_at = idx  # ("11 октября дрон ударил по автобусу. Он шёл по маршруту №2.": still then)
            self._town_told_again(sentence, lex)
            # "ПВО сбила беспилотник над районом", "Air defence was active over the Kyiv region": where
            # debris may fall next (read only if it does)
            if lex.intercept_verb.test(sentence) or lex.air_defence_only.test(sentence):
                self.downed_over = (idx, sentence)
            elif self.downed_over is not None and self.downed_over[0] == idx - 1 \
                    and (len(WORD_RE.findall(sentence)) <= _FRAGMENT_WORDS or lex.told_by.test(sentence)) and all(
                        m.role in ("title", "country") for m in find_mentions(sentence, self.names, lex, self.region_hint)):
                # ("Про це повідомляє ОВА.", "Об этом написал руководитель движения «Мы вместе с Россией»": who
                # told it, between)
                self.downed_over = (idx, self.downed_over[1])
            else:
                self.downed_over = None
            # "Vyacheslav Gladkov said on Telegram." names who reported the event before it.
            speaker = lex.speaker.search(sentence) if self.attack is not None and idx == last_event_sentence + 1 else None
            if speaker and not self.names.knows(speaker.group("who")) and not find_mentions(sentence, self.names, lex):
                _add_reporter(self.attack.main, speaker.group("who"), lex, replace_title=True)
                _add_evidence(self.attack.main, sentence)
            return self._place_told_again(sentence, lex)
        hurt = self._died_of_wounds(sentence, self._person_just_told(idx, sentence, self._parts_of_toll(
            idx, sentence, self._casualties(sentence, lex), lex), lex), lex)
        if self.unhurt_after is not None and any(v for _, v, _ in hurt):
            self._close_unhurt_list()  # a toll of its own: the unhurt incidents are told
        # "The explosion killed one person. ... Two more were injured": more besides the dead, not more wounded.
        besides_dead = 0 <= idx - self.dead_told <= 2
        if any(v for _, v, _ in hurt):
            self.dead_told = idx if not any(k == "injured" for k, _, _ in hurt) and any(
                k == "killed" for k, _, _ in hurt) else -9
        if lex.denied.test(sentence):
            return False  # "a hit on a school was reported, then denied": no strike
        if lex.no_such_strike.test(sentence) and not any(v for _, v, _ in hurt):
            # "Сообщения о взрыве у аэропорта ... Глава города заявил, что никакого взрыва не было": the place
            # the claim just told struck, with no one hurt there, was not.
            self.denied_ids |= {id(ev) for _, ev in self.last_touched if not ev.killed and not ev.injured}
            return False
        if lex.memorial.test(sentence) and not any(v for _, v, _ in hurt):
            return False  # "the city honoured the memory of those killed": no strike told
        if lex.trial.test(sentence):
            return False  # "the commander who led the attacks ... will be tried in absentia"
        if (lex.speculative.test(sentence) or lex.context_sentence.test(sentence) or lex.heard_only.test(sentence)) and not any(
                v for _, v, _ in hurt) and not lex.damage_done.test(sentence):
            # (or where explosions rang out: "у місті Калинівка пролунали вибухи. ... є руйнування")
            self._follow_titled_region(sentence, lex)  # ("Belgorod Governor ... could hear shelling": his region next)
            if has_strike and lex.speculative.test(sentence) or lex.heard_only.test(sentence):
                aimed = [m for m in find_mentions(sentence, self.names, lex, self.region_hint) if m.role == "target"]
                # (a town's region told after it only locates it: "по аэродрому Энгельс в Саратовской области")
                towns = [m for m in aimed if m.place.kind != "region"]
                aimed = towns if towns and all(m.place.admin1 == towns[0].place.admin1 for m in aimed) else aimed
                self.aimed_at = (idx, aimed[0], not lex.speculative.test(sentence)) if len(aimed) == 1 else None
            if hurt and not any(v for _, v, _ in hurt) and last_event_sentence >= idx - 2:
                # "nobody was hurt, but the threat of shelling remains": the strikes just told hurt nobody
                _unhurt([ev for _, ev in self.last_touched], [key for key, _, _ in hurt])
            return False  # "were likely to intensify attacks", "talks after the fall of Mariupol"
        if idx == self.background_at + 1 and lex.back_reference.test(sentence):
            self.background_at = idx
            return False  # "Then two people were killed in Dniprovskyi district": still the earlier strike
        # ("В течение дня ..." after a lead dated 17 May and naming no place: the lead's day.)
        story_day = self.attack.day if self.attack else (
            lead_day[0] if lead_day and self.lead_day_at < idx else None)
        when = facts.date_in(sentence, report.published, story_day, lex)
        if when is None and self.day_for_next[0] == idx - 1:
            when = (self.day_for_next[1], "day")
        # "Загинув житель, повідомив у вівторок голова ОВА": the only day given is the telling's.
        self.when_told = when is not None and lex.told_on.test(sentence) and facts.date_in(
            lex.told_on.sub(" ", sentence), report.published, story_day, lex) is None
        if self.when_told and story_day is not None and 0 < (when[0] - story_day).days <= _REDATE_DAYS:
            when = None  # "..., повідомив у понеділок" after a lead of the day before: the lead's day
        elif self.when_told and lead_day and self.lead_day_at < idx and when[0] < lead_day[0] and self.events:
            # "Russia has lately stepped up its attacks, the mayor said on March 24" in a roundup told on
            # the 27th: what was said before the report's own day is background.
            self.background_at = self.apart_at = idx
            return False
        past_year = lex.history_year.search(sentence)
        if past_year:
            # "shelled Kupiansk, a town that Russia held in 2022", "in Podoly, located 6 km east of
            # Kupiansk and liberated in 2022, a woman was wounded": a long past year told of a place, in
            # a clause of its own, does not date the strike the rest of the sentence tells.
            if _told_of_the_place(sentence, past_year, lex) \
                    or any(a <= past_year.start() < b and not facts.casualties(sentence[b:], lex)
                           for a, b in _compared(sentence, lex)):
                # (nor the year a comparison reaches back to: "the deadliest since February 2022"; unless
                # the sentence goes on to tell that year's strike: "since January 2023, when a missile killed 46")
                past_year = None
        # A sentence dated the day of the attack being told is still that attack, however long ago.
        if (when and (report.published - when[0]).days > _HISTORY_DAYS
                and (self.attack is None or when[0] != self.attack.day)) or (
            past_year and int(past_year.group(1)) < report.published.year
        ) or (long_ago := lex.history_phrase.search(sentence)) and not _told_of_the_place(sentence, long_ago, lex):
            # ("The attack on Kherson, which Russia's army left a year ago, wounded two": the clause's past is
            # the city's.)
            self.background_at = self.apart_at = idx
            return False  # a past attack recalled for context
        if when and when[0] > report.published:
            return False  # a plan or a forecast, not a strike
        earlier = lex.earlier.test(sentence) and not lex.same_day.test(sentence)
        if earlier and when is None and self.events and any(v for _, v, _ in self._casualties(sentence, lex)):
            named = {m.place.gazetteer_id for m in find_mentions(sentence, self.names, lex, self.region_hint)
                     if m.role != "context"}
            told = [ev for ev in self.events.values() if ev.gazetteer_id in named]
            if told and all(ev.killed == 0 and ev.injured == 0 for ev in told):
                # "Як повідомлялося раніше, ... у Слов'янську постраждало 39 людей" after the strike told
                # "без жертв": a toll told earlier of the place is an earlier strike's.
                self.background_at = self.apart_at = idx
                return False
        if earlier and when is not None and (when[0] != (lead_day or (report.published,))[0] or any(
                int(rule.meta.get("days", 0)) < 0 and rule.test(sentence) for rule in lex.relative_date)):
            self.background_at = self.apart_at = idx
            return False  # "Earlier it was reported that...", "As a reminder, the night before...": background
        if when is not None and self.attack is not None and when[0] < self.attack.day \
                and any(v for _, v, _ in self._casualties(sentence, lex)) \
                and not find_mentions(sentence, self.names, lex, self.region_hint) \
                and not lex.named_settlement.search(sentence) and not lex.regional_centre.test(sentence):
            # "Вчера ... погибли два человека" after today's strike on the town: a toll of another
            # day, in places it does not name, not the strike's being told (not "24 вересня під удар
            # потрапило село Рижевка ...": a village the gazetteer lacks, named; nor "on Sept. 16
            # a drone struck the regional centre, wounding three": the capital, named by its rank).
            self.background_at = self.apart_at = idx
            return False
        if _tallied(sentence, lex) or any(
                v > _ONE_STRIKE_MOST.get(key, v) for key, v, _ in self._casualties(sentence, lex)):
            # "since the start of the war, 120 were killed", "as of this morning the occupiers have
            # killed 1,351 and wounded 2,995 residents of the region": a tally, not a strike.
            return False
        self.last_was_total = self.this_is_total
        self.this_is_total = False
        near = self._near_points()
        carried = self.unit_ended[1] if self.unit_ended[0] == idx - 1 else ""
        # (each item of a list under "у п'яти районах. Зокрема, у:", however far down: "Фастівському — ...")
        carried = carried or (self.list_unit if _ADJECTIVE_ITEM.match(sentence) else "")
        mentions = find_mentions(sentence, self.names, lex, self.region_hint, near, carried=carried)
        village_unplaced = self._village_unplaced(sentence, mentions, lex)
        if village_unplaced:
            near = self._near_points(villages=True)
            mentions = find_mentions(sentence, self.names, lex, self.region_hint, near, carried=carried)
            village_unplaced = self._village_unplaced(sentence, mentions, lex, known=True)
        mentions = self._area_phrases(sentence, mentions, lex)
        ended = plural_unit_ended(sentence, lex)
        self.unit_ended = (idx, "hromada" if any(m.unit == "hromada" for m in mentions) else ended)
        self.list_unit = ended or self.list_unit
        if mentions:
            self.named_at = idx
        # "Kryvyi Rih ..., according to the Dnipropetrovsk regional governor": a region
        # named in the sentence settles which of several same-named places is meant.
        # An oblast named outright settles homonyms before a raion read from an adjective does.
        # (Not a region named only as a border or a distance: "3 km from the border with the Sumy region".)
        named_regions = [m for m in mentions if m.place.kind == "region" and m.place.admin1
                         and not _named_for_context(sentence, m, lex)]
        oblasts = [m.place.admin1 for m in named_regions if not m.place.gazetteer_id.startswith("raion:")]
        regions = oblasts or [m.place.admin1 for m in named_regions]
        home = self.current_region or self.region_hint
        if regions and not oblasts and home and home not in regions and any(
                m.place.kind == "region" and m.place.admin1 == home
                for m in find_mentions(sentence, self.names, lex, home, near)):
            # "в станице Калининского района" after a Krasnodar post: the raion of that name in
            # the region the report is in (Kalininsky of Krasnodar), not Tver's (once Kalinin).
            regions = [home]
        towns_told = set() if regions else {(e.place, e.admin1) for e in self.events.values() if e.geo_precision == "city"}
        again = {admin1 for m in mentions if m.place.kind == "city" for name, admin1 in towns_told
                 if name == m.place.name and admin1 != m.place.admin1}
        if len(again) == 1:
            # "Three were hurt in Dobropillia, Kostiantynivka and Lyman" after both towns were struck in the
            # Donetsk region: the towns told again, not their namesakes in the region the report turned to.
            regions = [again.pop()]
        if not regions:
            # "Beryslav, Antonivka, Kozatske, Sadove": places listed together lie together.
            shared = Counter(m.place.admin1 for m in mentions if m.place.kind in ("city", "district") and m.place.admin1)
            regions = [r for r, n in shared.most_common(1) if n >= 2]
        # "На Сумщині ... . В Андріяшівській громаді ...": a roundup's paragraph ranks homonyms in the
        # last region it named.
        hint = regions[0] if regions else self.current_region or self.region_hint
        if len(set(oblasts)) == 1:
            self.current_region = oblasts[0]
        # (Read again only when some place found lies outside the region that ranks them.)
        if hint != self.region_hint and (regions or any(m.place.admin1 != hint for m in mentions)):
            mentions = find_mentions(sentence, self.names, lex, hint, near)
        if self.last_raion is not None and self.last_raion[0] == idx - 1:
            mentions = self._in_raion_told(mentions, self.last_raion[1])
        # (Not figures told earlier of this strike: "Раніше повідомлялося про 34 постраждалих".)
        targets_here = [m for m in mentions if m.role == "target"]
        if hurt and not any(v for _, v, _ in hurt) and self.events and not targets_here and sentence.rstrip().endswith(":"):
            # "Губернатор сообщил ещё о нескольких инцидентах, в которых обошлось без пострадавших:": the
            # places told after the colon, not those before it, had nobody hurt.
            self._close_unhurt_list()
            self.unhurt_after = ({ev.event_id for ev in self.events.values()}, [k for k, _, _ in hurt if k != "children"])
            return False
        if earlier and when is None and not mentions and lex.told_earlier.test(sentence) and any(v for _, v, _ in hurt) \
                and all(any(getattr(e, key) is not None for e in self.events.values()) for key, v, _ in hurt
                        if v and key != "children"):
            # "Ранее Лысак сообщал о 15 раненых в городе" after today's 20: the toll as first told, which
            # the report has since given anew (the minors it counted among them too).
            return False
        if self.background_at >= 0 and idx == self.background_at + 1 and when is None and targets_here \
                and self._told_in_background(idx, targets_here):
            # "Hroza was struck on Oct. 5, 2023. In Hroza a missile destroyed a café; 59 people died.": the
            # same earlier strike, told on with no day of its own.
            self.background_at = idx
            return False
        if earlier and when is None and (mentions or has_strike and not any(v for _, v, _ in hurt)) \
                and (self.events or not has_strike) and not (
                    # ("Ранее сообщалось, что по Лисичанску выпустили четыре ракеты" in a report of the strike
                    # on Lysychansk: the same strike, as first told)
                    # or in the oblast it has struck so far: "Yermak earlier said five were hurt in the
                    # attack on the plant in Hoholeve" after "a plant in Poltava Oblast was hit")
                    targets_here and lex.told_earlier.test(sentence)
                    and ({m.place.gazetteer_id for m in targets_here} <= {e.gazetteer_id for e in self.events.values()}
                         or {m.place.admin1 for m in targets_here}
                         <= {e.admin1 for e in self.events.values() if _is_oblast(e)}
                         # or in the oblast the report is about, where it has struck so far: "Prokudin had earlier
                         # reported an attack in the village of Bilozerka" after the strike on Kherson
                         or self.region_sure and {m.place.admin1 for m in targets_here} == {self.region_hint}
                         and self.region_hint in {e.admin1 for e in self.events.values()}
                         # or in districts of the city it has struck: "Ранее сообщалось ... есть попадания в
                         # Киевском и Салтовском районах" in a report of the strike on Kharkiv
                         or all(m.place.gazetteer_id in {e.gazetteer_id for e in self.events.values()}
                                or m.place.kind == "district" and m.place.district_of in self._cities_struck()
                                for m in targets_here))) \
                and not (
                    # ("Як повідомлялося, ракети влучили у Львові, а також в Одесі" in a report of the strike on
                    # Lviv, no day of its own: that attack, told again with the other cities it hit)
                    targets_here and lex.recap.test(sentence) and self.attack is not None
                    and {m.place.gazetteer_id for m in targets_here} & {e.gazetteer_id for e in self.events.values()}):
            # "Раніше повідомлялося, що ... на Херсонщині", "Ранее дроны атаковали
            # заправку в соседнем городе": another strike told before, named or not. (Not in a report
            # that tells of no strike of its own before it: "Губернатор опроверг фейки. До этого ВСУ
            # ударили по ...": the strike the report is about.)
            self.background_at = idx
            self.apart_at = idx if mentions else self.apart_at
            self.earlier_unnamed = -9 if mentions else idx
            return False
        if has_strike and not targets_here and when is not None and when[1] == "day" and not self.when_told \
                and self.attack is not None and (
                    (self.attack.day - when[0]).days > _REDATE_DAYS and any(v for _, v, _ in hurt)
                    or when[0] < self.attack.day and not self.attack.day_told and any(
                        rule.meta.get("base") == "story" and int(rule.meta.get("days", 0)) < 0 and rule.test(sentence)
                        for rule in lex.relative_date)):
            # ("Kharkiv was hit on 2 September. ... On 30 August glide bombs hit the city, killing seven. The next
            # day ...": a strike days before the one told, its toll its own, and the sentences that go on with it.)
            # (So is one the day before the strike's own stated day: "Сегодня ракета попала в порт. ... Накануне
            # при обстреле повреждено судно. Погибли пять человек.")
            self.background_at = self.earlier_unnamed = idx
            return False
        if idx in (self.earlier_unnamed + 1, self.apart_at + 1) and when is None \
                and all(m.role == "country" for m in mentions) \
                and (idx == self.earlier_unnamed + 1 or bool(hurt)):
            # "В результате налёта ранены двое", "До этого в селе Х сдетонировал дрон. Погиб мирный
            # житель.": still the strike told before (and "Before that, the Smolensk governor told of
            # three drones downed. Nobody was hurt": that region's nobody)
            self.apart_at = idx if idx == self.apart_at + 1 else self.apart_at
            self.background_at = idx
            return False
        mentions = self._centres(sentence, mentions, hint, lex) if has_strike else mentions
        mentions = self._listed_districts_agree(self._city_districts(mentions, regions, sentence, lex))
        mentions = self._places_as_before(mentions)
        if idx > self.background_from and idx not in self.background_same_night:
            # (the background a report closes with strikes no new place)
            mentions = [m for m in mentions if m.place.gazetteer_id in {e.gazetteer_id for e in self.events.values()}]
        vague = lex.vague.search(sentence) if lex.casualty_words.test(sentence) else None
        if vague and not hurt:
            self.warnings.append(f"uncertain number {sentence[vague.start():vague.end()]!r} not recorded, in: {sentence}")
        # "Air defence was active over Odesa; no damage was recorded": named, not struck.
        quiet = bool(lex.air_defence_only.test(sentence)) and not any(v for _, v, _ in hurt)
        # "ПВО уничтожила беспилотники в Саратове, зафиксированы повреждения на предприятии": damage told
        # beside a shoot-down, not denied, was done where the drones were downed.
        unintercepted = lex.intercept_verb.sub(" ", sentence) if has_strike else sentence
        damage_beside = has_strike and lex.damage_done.test(unintercepted) and not lex.negation.test(sentence)
        if not quiet and has_strike and not any(v for _, v, _ in hurt) and any(m.role == "overflight" for m in mentions) \
                and not lex.strike.test(unintercepted) and not damage_beside:
            # "In the Voronezh region, air defence destroyed drones over the city": downed, nothing struck.
            quiet = True
        if hurt and not any(v for _, v, _ in hurt):
            rest = _without_nobody_hurt(sentence, lex)
            # "The Kursk and Bryansk regions also reported no casualties": nothing struck there.
            quiet = quiet or not (lex.strike.test(rest) or facts.weapons_in(rest, lex))
        # "В Фастовском районе мужчина получил резаные раны": the hurt were hurt by a strike, where the
        # sentence names a settlement or raion (an oblast so named is mostly an official's title).
        struck = (has_strike or (any(v for _, v, _ in hurt) and any(
            m.role == "target" and (m.place.kind != "region" or m.place.gazetteer_id.startswith("raion:"))
            for m in mentions))) and not quiet or teller is not None
        targets = [m for m in mentions if m.role == "target"] if struck else []
        titled = [m for m in mentions if m.role == "title"]
        if struck and not targets and titled and len(titled) == len(mentions) \
                and len({m.place.gazetteer_id for m in titled}) == 1 and (
                    whole_region(titled[0].place) and lex.damage_done.test(sentence) and self.attack is not None
                    and titled[0].place.admin1 not in {ev.admin1 for _, ev in self.last_touched}
                    or titled[0].place.kind == "city" and self._city_told_again(sentence, lex)):
            # "О повреждении электроподстанции сообщил губернатор Калужской области", among other regions'
            # news: the damage is in the governor's region, which the report names no place of just then;
            # "Мер Броварів повідомив, що місто потрапило під обстріл": the mayor's city.
            targets = [replace(titled[0], role="target")]
        if teller is not None:
            targets = [replace(teller, role="target")]
        if struck and not targets and self.strikes[sentence] and not self.events \
                and all(m.role == "country" for m in mentions):
            self.placeless_at = idx
        self.list_open = idx if (struck and not targets and self.strikes[sentence]) or (listed and targets) \
            or (item and self.list_open == idx - 1 and targets) else -2
        kept = self._plausible(targets, regions, sentence, oblasts)
        kept = self._hromadas_of_the_region(targets, kept, sentence, lex, regions)
        # A settlement named but not placed (unknown, or only a namesake far away)
        dropped = [m for m in targets if m.place.kind == "city" and all(k.start != m.start for k in kept)]
        unplaced, unplaced_at = [m.text for m in dropped], [m.start for m in dropped]
        targets = kept
        # "У Курахівській ТГ обстріляли Гродівку та Дачне": a hromada told before villages of its
        # own only says where they lie.
        targets = [t for t in targets if not _hromada_of_those_after(t, targets, sentence, lex)]
        # (A place a strike was near is checked as a target is: "by Pervomaisky, a village," in a
        # Belgorod governor's post is no town of that name in another oblast.)
        nearby = self._plausible([m for m in mentions if m.role == "vicinity"][:1], regions, sentence, oblasts) \
            if struck else []
        if nearby and all(t.place.kind == "region" and t.place.admin1 == nearby[0].place.admin1
                                     for t in targets):
            # "a resort near Kobleve in the Mykolaiv region was hit": the town it was near, not the region.
            targets = nearby
        elif nearby and nearby[0].place.kind == "city" and any(_locates(t, nearby[0], sentence) for t in targets):
            # "Обстріляні околиці Криниць Новодонецької ТГ": the village whose outskirts were shelled, which
            # its hromada, told right after it, only locates.
            targets = [nearby[0] if _locates(t, nearby[0], sentence) else t for t in targets]
        elif nearby and nearby[0].place.kind == "city" and nearby[0].place.latitude is not None and targets \
                and all(t.place.kind == "city" and t.place.latitude is not None and km(
                    (t.place.latitude, t.place.longitude), (nearby[0].place.latitude, nearby[0].place.longitude))
                    > _VILLAGE_NEAR_TOWN_KM for t in targets) \
                and any(max(t.end for t in targets) <= pos < nearby[0].start for _, _, pos in self._casualties(sentence, lex)):
            # "killed one in Vovchansk and injured another near Kupiansk": a figure of its own, and no place
            # the sentence names is near enough the town to be what was struck by it, so the strike was near
            # the town itself.
            targets = targets + nearby
        near_only = bool(nearby) and targets is nearby
        if struck and targets and lex.refinery.test(sentence) and not any(t.place.kind == "city" for t in targets):
            targets = [self._at_its_refinery(t) for t in targets]
        if struck:
            for name in _unknown_places(sentence, mentions, self.names, lex):
                place = _online_place(name, self.online) if self.online else None
                if place is None:
                    place = self._struck_misspelt(name) or self._misspelt_in_region(name) or self._in_titled_region(name)
                in_raion = place is None and not regions
                if in_raion:
                    place = self._in_last_raion(name)
                if place is None:
                    self.warnings.append(f"unresolved place {name!r} in: {sentence}")
                    unplaced.append(name)
                    unplaced_at.append(sentence.find(name))
                else:
                    start = sentence.find(name)
                    area = self.last_raion[1] if in_raion and self.last_raion else None
                    targets.append(Mention(name, start, start + len(name), place, "target", area=area))
            if unplaced and targets and all(t.place.kind == "region" and not t.place.gazetteer_id.startswith("raion:")
                                              for t in targets):
                # "the village of Zhuravlevka in the Belgorod region", the village unknown: the oblast's
                # middle is not where it was struck, and the warning above names the village.
                targets = []
        seat_told = lex.raion_seat.search(sentence) if struck else None
        if seat_told and not any(t.start <= seat_told.start() < t.end for t in targets):
            seat = self._raion_seat(mentions)
            if seat is not None:  # "у районному центрі" of the Nikopol raion: Nikopol
                targets.append(Mention(seat_told.group(), seat_told.start(), seat_told.end(), seat, "target"))
        if struck and not targets:
            # (the city the story tells of just before, for "in the city" after a region's police or head)
            told = [ev for _, ev in self.last_touched if ev.geo_precision == "city" and not ev.district_of]
            story_city = self.names.resolve(told[-1].place, kind="city", region=told[-1].admin1) if told else None
            targets = _anaphora_targets(sentence, mentions, lex, self.names, story_city)
        hurt_here = any(v for _, v, _ in hurt)
        # ("the mayor said a kindergarten was damaged": his city's damage)
        damage_only = not hurt_here and lex.damage_done.test(sentence) and not lex.casualty_words.test(sentence) \
            and not lex.negation.test(sentence)
        if struck and not targets and (hurt_here or damage_only) and not lex.this_district.test(sentence):
            # "Four were hurt by rocket fire, Lutsk's mayor said": his city's wounded
            # (not "wounded in this district": the district told before).
            mayors = [m for m in mentions if m.role == "title" and m.place.kind == "city"]
            # (Not the toll of the place a sentence just before struck: "'Shells fell on Bilozerka. One
            # resident died,' wrote the city's administration." Damage alone is the mayor's city's unless
            # a place of his region, the region itself aside, was just struck: "drones hit Yelets. ...
            # Voronezh's mayor said a kindergarten was damaged".)
            just_struck = {ev.place for _, ev in self.last_touched if not damage_only or mayors and (
                ev.admin1 == mayors[0].place.admin1 and not _is_oblast(ev))} if idx - last_event_sentence <= 2 else set()
            targets = [replace(mayors[0], role="target")] if len(mayors) == 1 and (
                not just_struck or mayors[0].place.name in just_struck) else []
            governors = [m for m in mentions if m.role == "title" and m.place.kind == "region"
                         and not m.place.gazetteer_id.startswith("raion:")]
            if not targets and hurt_here and len(governors) == 1 and not lex.period_total.test(sentence) and not any(
                    ev.admin1 == governors[0].place.admin1 for ev in self.events.values()):
                # "The Belgorod governor said a drone hit a house and injured one" in a story of other
                # regions' strikes, or first: a strike somewhere in his region, which the story had not told of
                # (not his toll since the war began).
                targets = [replace(governors[0], role="target")]
        if struck and not targets and not mentions and self.title_region is not None and self.title_region[0] == idx - 1 \
                and not lex.total_word.test(sentence) and (m := lex.anaphora.search(sentence)) \
                and _anaphor_noun(m) in lex.word_set("region_nouns"):
            # "..., the Dnipropetrovsk Oblast governor said. Overnight, troops struck infrastructure in the region."
            # (Not a tally: "In total, 90 explosions were recorded in 30 attacks on the region.")
            targets = [replace(self.title_region[1], role="target")]
            self.region_told = idx  # a strike of the region's own, not a roundup's total
        if struck and not targets and not mentions and self.heading_region is not None and not self.attacks_since_heading:
            # "Рівненщина" on a line of its own, then "Окупанти завдали удари по об'єктах енергетики": the
            # section's region was struck (once: what follows in the section tells of it).
            targets = [replace(self.heading_region, role="target")]
        self.attacks_since_heading = self.attacks_since_heading or bool(targets)
        titles = [m for m in mentions if m.role == "title" and m.place.kind == "region"]
        self.title_region = (idx, titles[0]) if len(titles) == 1 else None
        if not targets and not mentions:
            self._town_told_again(sentence, lex)
        over = _town_of_its_region([m for m in mentions if m.role == "overflight"])
        # (Not when the sentence names another region's officials, whose toll it is: "downed 12 drones over the
        # country and Crimea, while officials of the Kursk region told of a man killed".)
        other_region = any(m.role in ("title", "context") and m.place.kind == "region" and over
                           and m.place.admin1 != over[0].place.admin1 for m in mentions)
        if struck and not targets and len(over) == 1 and not other_region and (
                any(v for _, v, _ in hurt) or (lex.debris.test(sentence) or damage_beside) and any(
                    lex.damage_done.test(lex.debris.sub(" ", lex.intercept_verb.sub(" ", part)))
                    and not lex.negation.test(part)
                    for part in (sentence[over[0].end:], sentence[:over[0].start]))):
            # "two drones were downed over Rostov-on-Don, and falling wreckage injured a civilian", "the fall
            # of a drone downed over Kursk damaged a house",
            # "... over the Vinnytsia region, with debris damaging a warehouse", "a shed was damaged by debris
            # of a drone downed over the region": the one place it was downed over is where it hurt people
            # or did damage (the downing itself, "знищеного над ...", and the debris, "уламки", are none).
            targets = [replace(over[0], role="target")]
        if struck and not targets and all(m.role == "title" for m in mentions) and self.downed_over is not None \
                and self.downed_over[0] == idx - 1 and lex.debris.test(sentence):
            # "A drone was destroyed over the Cherkasy district. Its debris fell on a power line.": the
            # debris fell where it was downed (an official's title may name the region again).
            downed = self.downed_over[1]
            if isinstance(downed, str):
                there = find_mentions(downed, self.names, lex, self.region_hint)
                # "знищили безпілотник у Черкаському районі": where it was downed, named without "над".
                over_there = _town_of_its_region(
                    [m for m in there if m.role == "overflight"] or [m for m in there if m.role == "target"])
                downed = over_there[0] if len(over_there) == 1 else None
            targets = [replace(downed, role="target")] if downed is not None else []
        if struck and not targets and not mentions and self.aimed_at is not None \
                and all(e.geo_precision == "region" for e in self.events.values()) \
                and idx - self.aimed_at[0] <= 2 and ((self.aimed_at[2] or lex.damage_done.test(sentence))
                                                     and not lex.negation.test(sentence) or any(v for _, v, _ in hurt)):
            # "Drones tried to attack Novorossiysk. ... Their falling debris started fires (killed three).": the
            # damage fell on the one town the attempt was aimed at; "В Николаеве прогремели взрывы. Военные
            # нанесли ракетный удар.": the strike told next, of no place, fell where the explosions were.
            targets = [replace(self.aimed_at[1], role="target")]
        # (kept over a sentence that names no place: "... downed on approach to Berdiansk. Three drones were used;
        # one fell in the private sector. The drone exploded as it fell.": the drones' story is still there)
        self.downed_over = (idx, over[0]) if len(over) == 1 and not targets else \
            (idx, sentence) if quiet and not targets and lex.intercept_verb.test(sentence) else \
            (idx, self.downed_over[1]) if self.downed_over is not None and self.downed_over[0] == idx - 1 \
            and not mentions and not targets else None
        if struck and not targets and not mentions and self.attack is None and self.headline_place is not None \
                and any(v for _, v, _ in hurt) and self.region_hint in ("", self.headline_place.place.admin1) \
                and not self._recalled(idx):
            # "Масована атака на Київ" over "22 people were hurt in the strike on the capital": the
            # headline's place, before the body names any.
            targets = [self.headline_place]
        if struck and not targets and not mentions and self.attack is None and self.headline_place is None \
                and self.region_sure and (town := lex.anaphora.search(sentence)) \
                and _anaphor_noun(town) in lex.word_set("city_nouns"):
            # "Так повідомив голова Херсонської ОВА. Окупанти вдарили по місту дроном": the city
            # the region the news comes from is named after, before the report names any place.
            # (the seat of the raion the headline names, if it does: "strike on Pokrovsk district" over
            # "houses in the city were destroyed" is Pokrovsk, not the region's capital)
            capital = self.names.capital(self.region_hint)
            seat = self.headline_seat if self.headline_seat is not None \
                and self.headline_seat.admin1 == self.region_hint else None
            if seat is not None or capital is not None and self.region_hint.startswith(f"{capital.name} "):
                targets = [Mention(town.group(0), town.start(), town.end(), seat or capital, "target")]
        raions_only = bool(targets) and all(m.place.gazetteer_id.startswith("raion:") and m.area is None
                                            for m in targets) \
            and not any(v for _, v, _ in hurt) and not lex.named_settlement.search(sentence)
        if raions_only and self.events and lex.total_word.test(sentence):
            # "Усього протягом доби обстрілювали села трьох районів" closing a roundup of
            # its villages: the day's tally, no raion's strike of its own.
            targets = []
        # "the Sumy, Shostka, Okhtyrka and Konotop districts came under fire during the day" opening a
        # roundup: where it goes on to tell of villages (which take its day), no raion's strike of its own
        # (not raions where damage is told, nor those attacked "today").
        roundup = raions_only and len(targets) >= _ROUNDUP_RAIONS and lex.roundup_period.test(sentence) \
            and not lex.damage_done.test(sentence)
        if struck and len(targets) == 1 and whole_region(targets[0].place) and self.region_told != idx \
                and idx - last_event_sentence <= 2 \
                and not any(v for _, v, _ in hurt) and not lex.unnamed_settlement.test(sentence):
            # "Russian drones struck Odesa. 'For six hours they terrorised the Odesa region,' the governor
            # wrote.": the region named again for the town just struck that day is that town's strike.
            towns = [ev for _, ev in self.last_touched if ev.admin1 == targets[0].place.admin1
                     and ev.geo_precision == "city" and not ev.district_of]
            town = self.place_of.get(towns[0].gazetteer_id) \
                if len(towns) == 1 and (when is None or when[0] == towns[0].event_date) else None
            if town is not None:
                targets = [replace(targets[0], place=town)]
        self.unplaced_any = self.unplaced_any or bool(struck and unplaced)
        if struck and (unplaced or village_unplaced) and not targets:
            # "Хотинську громаду ворог обстріляв": a place struck that has no marker (so is "the border village
            # of A", when no A of the region could be told from the others)
            self.unplaced_told = idx
        damage = facts.damage_in(sentence, lex) if struck else []
        reporter = facts.reporter_in(sentence, lex)
        side = self._stated_side(sentence, lex)
        weapons = facts.weapons_in(sentence, lex) if (has_strike or figures) else []

        if not targets and hurt and not any(v for _, v, _ in hurt):
            # "News from the Tula region says no one was hurt": nobody hurt in the places
            # the report told of in the region named as the news's source.
            told = {m.place.admin1 for m in mentions if m.place.kind == "region" and m.role not in ("launch", "overflight")}
            inside = [ev for ev in self.events.values() if ev.admin1 in told]
            # "В Никополе раненых нет" after a strike on it (or on its raion, its seat's name): that place's.
            towns = [m.place for m in mentions if m.place.kind in ("city", "district") and m.place.latitude is not None
                     and m.role not in ("launch", "overflight")]
            inside += [ev for ev in self.events.values() if ev not in inside and any(_covers(t, ev) for t in towns)]
            _unhurt(inside, [key for key, _, _ in hurt])
            if inside:
                return False
        if not targets and not mentions and hurt and not any(v for _, v, _ in hurt) and len(self.events) > 1 \
                and (idx == self.last_index or self._closes_the_strikes(idx, lex)) \
                and not (last_event_sentence == idx - 1
                         and lex.strike.test(lex.all_the_attacks.sub(" ", _without_nobody_hurt(sentence, lex)))):
            # "Пострадавших среди населения нет." closing a round-up: of every place it told of (not
            # "Попадания в поле, без пострадавших" of the place told just before, though "в результате
            # обстрелов", of them all, may open the line; and
            # when it closes the paragraph of the places told just before, a round-up region by region,
            # of those only).
            # (A paragraph of another region's places or of places with a toll of their own; not of the same
            # oblast's places told with none: "Artillery hit A and B. Drones hit C. A house was damaged; nobody
            # was hurt." is one roundup, of them all.)
            told_here = {ev.attack_id for _, ev in self.last_touched}
            regions_here = {ev.admin1 for _, ev in self.last_touched}
            if last_event_sentence == idx - 1 and self.line_of[idx] == self.line_of[idx - 1] and any(
                    a.told_at < idx - 1 and self.line_of[a.told_at] != self.line_of[idx] and a.attack_id not in told_here
                    and (a.main.admin1 not in regions_here or a.main.killed is not None or a.main.injured is not None)
                    for a in self.attacks):
                _unhurt([ev for _, ev in self.last_touched], [key for key, _, _ in hurt])
            else:
                self._nobody_hurt_anywhere(hurt)
            return False
        # "Семенівська громада: 30 вибухів у напрямку н.п. Янжулівка, Блешня": a hromada heading the
        # line is where the villages it names lie, not a place struck of its own.
        head = next((m for m in targets if m.unit == "hromada" and sentence[m.end:].lstrip().startswith(":")), None)
        # ("Velykyi Burluk hromada, village of Shevchenkove", "в Шебекинском округе по селу Новая Таволжанка":
        # so is one whose village, called one, follows it in the clause.)
        called = {v.start("a") for v in lex.named_settlement.finditer(sentence) if v.group("a")} if head is None else ()
        head = head or next((m for m, n in zip(targets, targets[1:]) if n.place.kind == "city" and not n.unit
                             and n.start in called and (m.unit == "hromada" or lex.hromada_after.test_start(sentence[m.end:]))
                             and n.start - m.end <= _HEAD_GAP and not any(c in sentence[m.end:n.start] for c in ".;:")
                             and not any(lex.joined.pattern.fullmatch(f" {w} ") for w in sentence[m.end:n.start].split())
                             and None not in (m.place.latitude, n.place.latitude)
                             and km((m.place.latitude, m.place.longitude), (n.place.latitude, n.place.longitude))
                             <= (HROMADA_SPAN_KM if m.place.country == "UA" else RAION_SPAN_KM)), None)
        if head is not None and any(m.place.kind == "city" and m is not head for m in targets):
            targets = [m for m in targets if m is not head]
        else:
            head = None
        attack = self.attack
        if attack is not None and attack.day_told and when is not None and when[1] == "day" and not self.when_told \
                and 0 < (attack.day - when[0]).days <= _REDATE_DAYS and facts.names_day(sentence, lex) \
                and any(whole_region(m.place) and m.place.admin1 == attack.main.admin1 for m in targets) \
                and not lex.settlements_counted.test(sentence) \
                and not _counted_back_from_story(sentence, lex):
            # "Погар обстреляли, написал 9 мая губернатор; 8 мая, напомнил он, ВСУ били по Брянской
            # области": the region's strike of that day is the town's, told on the 9th (not "a day before,
            # troops hit 14 settlements of the oblast": a roundup of that day's many strikes; nor the eve of the
            # story, "Накануне был налет на область": another strike, the one before).
            self._redate(attack, when[0])
        touched: list[tuple[int, Event]] = []
        broken = side is not None and len(targets) > 1 and lex.clause_break.search(sentence) is not None
        for m in targets:
            # ("A Russian drone killed two in Odesa, as the security service claimed it destroyed helicopters in
            # occupied Crimea": a clause that names no side of its own is not the other clause's.)
            ev = self._struck(m, sentence, when, lead_day, self._clause_side(sentence, m, lex) if broken else side, lex)
            if ev is not None and head is not None and m.place.kind == "city":
                self.raion_of.setdefault(ev.event_id, f"raion:{head.place.gazetteer_id}")
            if ev is not None and self.region_told == idx:
                self.own_regions.add(ev.event_id)
            if ev is not None and all(ev is not e for _, e in touched):
                touched.append((m.start, ev))
                if near_only and id(ev) not in self.named_struck:
                    self.near_only.add(id(ev))
                elif not lex.region_cue.test(m.text):  # (not the region told again for its town)
                    self.named_struck.add(id(ev))
                    self.near_only.discard(id(ev))
                raion = m.place.gazetteer_id.startswith("raion:") and m.place.gazetteer_id.count(":") == 2
                if m.area is not None or raion:
                    self.area_of[ev.event_id] = m.area or m.place
                elif m.place.kind == "city" and (located := _locating_raion(m, mentions)):
                    self.raion_of[ev.event_id] = located
                    self.raion_placed.add(ev.event_id)
                if m.unit not in ("raion", "hromada", "starostat"):
                    self.named_itself.add(ev.event_id)
                elif m.unit in ("hromada", "starostat") and m.place.country == "UA":
                    self.ukrainian_hromadas.add(ev.event_id)  # (a starostat is a hromada's part: its villages too)
                elif m.unit == "hromada":
                    self.okrugs.add(ev.event_id)
        if self.held_hurt and self.held_hurt[0] == idx - 1 and len(touched) == 1:
            for key, value, _ in self.held_hurt[1]:
                if key in ("killed", "injured") and getattr(touched[0][1], key) is None:
                    setattr(touched[0][1], key, value)
            self.held_hurt = None
        if roundup:
            self.roundup_raions |= {id(ev) for _, ev in touched}
        else:  # (a raion of the roundup told again with a strike of its own stays)
            self.roundup_raions -= {id(ev) for _, ev in touched}
        located = lex.toll_located.search(sentence) if touched else None
        districts = [ev for _, ev in touched if ev.district_of]
        if located and len(districts) == 1 and self.attack is not None and self.attack.main.place == districts[0].district_of:
            # "Three were killed in Kyiv. The deaths occurred in the Shevchenkivskyi district.": the city's
            # toll, told again of the district it was in.
            _toll_moved(located, self.attack.main, districts[0])
        elif located and len(touched) == 1:
            # "One killed and nine hurt in the region. The casualties were in its Synelnykove district.": the
            # region's toll just told, the place's.
            for _, before in self.last_touched:
                if _is_oblast(before) and before.admin1 == touched[0][1].admin1 and before is not touched[0][1]:
                    _toll_moved(located, before, touched[0][1])
        # A report about one strike (a region told first, then its one town struck, is about that town:
        # "Беспилотники атаковали Ростовскую область. Два дома в Таганроге повреждены").
        mains = {a.main.gazetteer_id: a.main for a in self.attacks}
        single = len({i for i, e in mains.items() if not (_is_oblast(e) and any(
            o.admin1 == e.admin1 and not _is_oblast(o) for o in mains.values()))}) == 1
        # "In total, 13 were hurt": the region's, not the last place's; but the city's when the
        # report has told of one city and its districts only.
        # ("в області було поранено трьох", no place named: the region's, as a total word says)
        total = _total_of_people(sentence, hurt, lex) or (not mentions and lex.region_wide.test(sentence)) or (
            # ("Over the day eleven were hurt" after strikes on two towns: the day's tally)
            not mentions and lex.roundup_period.test(sentence) and len({e.place for e in self.events.values()}) >= 2)
        if total and not mentions and idx - last_event_sentence <= 1 and len(self.last_touched) == 1 \
                and lex.these_strikes.test(sentence):
            total = False  # "В Харкові два удари. Внаслідок цих ударів загалом поранено 11": the place's
        city_total = total and single and self.attack is not None and self.attack.main.geo_precision == "city" \
            and any(e.district_of == self.attack.main.place for e in self.events.values()) \
            and all(e.attack_id == self.attack.main.attack_id for e in self.events.values())
        if total and not mentions and len(self.last_touched) == 1 and self.last_touched[0][1].district_of and any(
                value and getattr(self.last_touched[0][1], key) == value for key, value, _ in hurt):
            # ("В Слободском районе пять погибших. ... Всего погибло 5 человек, еще 22 ранены": the district's
            # toll told again, in full.)
            total = city_total = False
        if not targets and not mentions and has_strike and self.attack is not None and self.attack.day_told \
                and when is not None and when[1] == "day" and not any(v for _, v, _ in hurt) \
                and (len(self.attacks) == 1 and not figures and not lex.intercept_verb.test(sentence)
                     or idx - last_event_sentence <= 1 and ((town := lex.anaphora.search(sentence))
                                                            and _anaphor_noun(town) not in lex.word_set("region_nouns")
                                                            or lex.these_strikes.test(sentence))) \
                and 0 < (self.attack.day - when[0]).days <= _REDATE_DAYS:
            # "У Семенівці загинув житель, повідомив у вівторок. Учора вранці дрон поцілив у магазин у
            # місті.": the strike told again, placeless, gives the day the telling did not (in a report
            # of one strike, anywhere in it: "враг ударил по району, где в пятницу вечером ..."; every
            # strike the sentence before told, when it tells them again together: "The May 25 attacks ...").
            told = {ev.attack_id for _, ev in self.last_touched} if lex.these_strikes.test(sentence) else set()
            for attack in [a for a in self.attacks if a.attack_id in told and a is not self.attack] + [self.attack]:
                if attack.day_told and 0 < (attack.day - when[0]).days <= _REDATE_DAYS:
                    self._redate(attack, when[0])
        # (however far on, while no place has been named since the town last told: "Снаряд попал в Грайворон. По
        # улице ехала машина. ... Машину отбросило в кювет. Пострадал водитель")
        unbroken = idx - last_event_sentence <= _STORY_SENTENCES \
            and max(self.named_at, self.background_at) <= last_event_sentence and bool(self.last_touched) \
            and all(ev.geo_precision in ("city", "district") for _, ev in self.last_touched)
        elsewhere = False  # (the figures are told of a region other than the places just told)
        if not targets and self.attack is not None and (idx - last_event_sentence <= 2 or single or unbroken) and (
                hurt or damage) and (city_total or not total or len(self.events) == 1 and not lex.region_wide.test(sentence)
                                   and not lex.roundup_period.test(sentence)):
            # "No one was hurt." right after a place tells of that place (the district, not its city
            # as well); further on, of the attack as a whole. ("A total of seven were injured" in a report
            # of one place: that place's total.)
            districts_of = {ev.district_of for _, ev in self.last_touched if ev.district_of}
            nearby = [(0, ev) for _, ev in self.last_touched if ev.place not in districts_of]
            if districts_of and lex.whole_city.test(sentence):
                # "Twelve were injured in the regional centre" after its districts: the city's figure.
                nearby = [(0, ev) for ev in self.events.values() if ev.place in districts_of and not ev.district_of
                          and ev.attack_id in {e.attack_id for _, e in self.last_touched}] or nearby
            # "the number of injured rose to 21": the attack's (after its district; not after another city it
            # struck: "as of this morning, two dead" after Kherson, in a report that led with Kyiv too)
            overall = lex.overall_count.test(sentence) and not (nearby and all(
                not ev.district_of and ev.geo_precision == "city" and ev is not self.attack.main for _, ev in nearby))
            # A figure after several places struck together is the attack's ("two districts were hit.
            # 21 people needed medical help"); "nobody was hurt" after them tells of each.
            several = len(nearby) > 1 and any(v for _, v, _ in hurt)
            # ("В Умані ракети влучили в будинок. Атака припала на 4 ранку. Відомо про трьох загиблих": a
            # sentence between that names no place and tells of no other strike keeps the place told.)
            close = idx - last_event_sentence <= 1 or max(self.named_at, self.background_at) <= last_event_sentence
            touched = nearby if nearby and close and not overall and not several \
                and not city_total else [(0, self.attack.main if city_total else self._attack_place(hurt))]
            # ("Drones hit the Bryansk and Voronezh regions. Bryansk's governor said a teenager was hurt": the
            # figure one region's official tells is that region's.)
            titled = {m.place.admin1 for m in mentions if m.role == "title"}
            own = [(0, ev) for _, ev in nearby if ev.admin1 in titled]
            if several and close and len(titled) == 1 and len(own) == 1:
                touched = own
            elif several and lex.unit_residents.test(sentence):
                touched = []  # "Поранено двох жителів району" after three places: the district's, no one place's
            elif lex.town_and_unit.test(sentence) and any(v for _, v, _ in hurt):
                touched = []  # "attacks on the city and the district killed three": the two together, neither's own
            elif several and not city_total and (
                    len({ev.district_of or ev.place for _, ev in nearby if ev.event_id in self.named_itself}) > 1
                    or len({ev.place for _, ev in nearby if ev.event_id in self.ukrainian_hromadas}) > 1
                    or sum(_is_raion(ev) for _, ev in nearby) > 1):
                # "обстреляли Грайворон и Муром. Пострадали четверо": the towns' total, neither's own (so of
                # hromadas listed: "Гучно було у Нікополі, Марганецькій, Покровській громадах. Постраждали три
                # жінки"; one hromada beside its village only locates it; so of raions: "під вогнем громади
                # Шосткинського та Охтирського районів. Травмовано чотирьох")
                touched = []
            if lex.country_wide.test(sentence) and any(v for _, v, _ in hurt) \
                    and all(m.place.kind == "country" or m.role == "context" for m in mentions):
                touched = []  # "attacks killed six in southern Ukraine" after a city: the night's toll, no one place's
            if touched and not mentions and any(v for _, v, _ in hurt) and self._incident_told_next(idx, touched):
                # "Утром ранения получили двое мужчин. Инцидент произошел в Уразово": the place named next.
                self.held_hurt = (idx, hurt)
                self.strikes[self.sentences[idx + 1]] = True  # (where it happened is struck, its verb or not)
                touched = []
            if self.last_was_total or self.unplaced_told in (idx - 1, idx):
                # "Ще сімнадцять людей поранені." after a region's total continues that total; "Постраждали
                # п'ятеро" after (or with) a place that could not be placed tells of that place, not the one before
                # (and "nobody was hurt" there is that place's, not every place's).
                touched = []
                elsewhere = elsewhere or self.unplaced_told in (idx - 1, idx)
            if touched and not mentions and self._day_tallied(idx, sentence, lex) \
                    and any(v for _, v, _ in hurt) and not lex.figure_update.test(sentence) \
                    and all(ev.killed or ev.injured for _, ev in touched):
                # "A shell killed a couple in their home. In the past 24 hours the city was shelled 50 times;
                # the strikes left five dead and ten hurt": the day's tally, not the strike's toll told before.
                touched = []
            named = {m.place.admin1 for m in mentions if m.role in ("locator", "title", "overflight")
                     and m.place.kind == "region"}
            if named and not any(ev.admin1 in named for _, ev in touched):
                # "На Сумщині налічили дев'ятьох постраждалих" after Kharkiv's places: Sumy's tally; "drones were
                # downed over two other regions, with no casualties": theirs.
                touched, elsewhere = [], True
            if touched and not mentions and any(v for _, v, _ in hurt) and self.unhurt_at == idx - 1 \
                    and all(ev.killed == 0 and ev.injured == 0 and (ev.district_of or not any(
                        e.district_of == ev.place for e in self.events.values())) for _, ev in touched):
                # "Удар по Салтівському району, постраждалих нема. Всього загинуло троє.": a toll right after the place
                # was told unhurt is the attack's, on the city of a district, else on none.
                cities = {ev.district_of for _, ev in touched}
                touched = [(0, ev) for ev in self.events.values() if ev.place in cities and not ev.district_of
                           and ev.attack_id in {e.attack_id for _, e in touched}] if all(cities) else []
            if when is not None and when[1] == "day" and _unknown_places(sentence, mentions, self.names, lex):
                # "А 23 вересня на хуторі Звягін поранено двох" after a strike of the 24th: another day's
                # strike, at a place the gazetteer lacks.
                touched = [(p, ev) for p, ev in touched if ev.event_date == when[0]]
            elif when is not None and when[1] == "day" and not mentions and touched \
                    and all(ev.event_date != when[0] for _, ev in touched) \
                    and len(same_day := [a for a in self.attacks if a.day == when[0] and a.main is not None]) == 1:
                # "The July 3 attack also wounded 34" after an older strike told as background: the
                # figure is the strike of the day it names.
                touched = [(0, same_day[0].main)]
        if figures:
            over = {m.place.admin1 for m in mentions if m.role == "overflight"}
            # A tally over a region also covers the city-region inside it (Sevastopol in Crimea).
            over |= {name for name, f in self.names.region_facts.items() if f["within"] in over}
            if lex.over_many.test(sentence):
                over = set()  # "over eight regions, including seven over the Moscow region": a national tally
            self.pending.append((figures, side, sentence, weapons, over, when[0] if when else None, reporter))
        self._settle_figures()
        if hurt and not any(v for _, v, _ in hurt):
            self.unhurt_at = idx  # (the sentence told nobody hurt)
        if hurt and not any(v for _, v, _ in hurt) and lex.all_cases.test(sentence) and lex.settlements_counted.test(sentence):
            # "обломки нашли в трех селах; во всех случаях обошлось без пострадавших. Фрагменты упали в селе А,
            # поселке Б ...": the places named next are the unhurt ones counted.
            self._close_unhurt_list()
            self.unhurt_after = ({ev.event_id for ev in self.events.values()}, [k for k, _, _ in hurt if k != "children"])
        if hurt and not any(v for _, v, _ in hurt) and self.events and not targets and (
                not touched and not elsewhere or lex.all_cases.test(sentence)):
            # "Обошлось без пострадавших" closing a post, "во всех случаях никто не пострадал": nobody was
            # hurt anywhere it told of.
            self._nobody_hurt_anywhere(hurt)
            return False
        if not touched and not self.events and struck and any(v for _, v, _ in hurt) \
                and not any(m.role == "target" for m in mentions) and not self._recalled(idx):
            # "Страшная ночь для столицы ... погибших уже 12", before any place is told: the toll of the
            # report's one town, if it tells of one.
            self.town_hurt.append((sentence, hurt))
        if not touched:
            return False
        told_before = [ev for _, ev in self.last_touched if all(ev is not e for _, e in touched)]
        # (a sentence that leaves its verb to the one before goes on with its places: "Постраждалих немає" after
        # both is of both)
        kept = [(0, ev) for ev in told_before] if sentence in self.gapped else []
        self.last_touched = kept + [(0, ev) for _, ev in touched]
        # "обстреляли несколько сёл Шебекинского округа": the unit later villages of the post lie in.
        units = [_unit_area(m.place) for m in mentions if (m.unit in ("raion", "hromada") or m.role in (
            "raion", "hromada")) and m.place.latitude is not None]
        raions = [self.area_of[ev.event_id] for _, ev in touched if ev.event_id in self.area_of] or units
        if raions:
            self.last_raion = (idx, raions[-1])
        for _, ev in touched:
            _add_evidence(ev, sentence)
            if reporter:
                _add_reporter(ev, reporter, lex)
            if damage:
                items = list(dict.fromkeys([d for d in ev.damage.split("; ") if d] + damage))
                ev.damage = "; ".join(d for d in items if d != "damage" or len(items) == 1)
            if weapons:
                ev.weapons = facts.merge_weapons(ev.weapons, weapons)
        regions_at = [m.start for m in mentions if m.role == "locator" and m.place.kind == "region"]
        # (Not "Ukraine's Kherson": a country's name as a possessive says whose the place is.)
        countries_at = [m.start for m in mentions if m.role == "country"
                        and not sentence[m.end:m.end + 2].lower() in ("'s", "’s")]
        self.this_is_total = not _assign_casualties(hurt, touched, sentence, lex, regions_at,
                                                    told_before[-1] if told_before else None, countries_at,
                                                    besides_dead=besides_dead, unplaced_at=unplaced_at,
                                                    districts=[e for e in self.events.values() if e.district_of],
                                                    more_told=self._told_as_more(idx, sentence, lex, hurt, touched),
                                                    told_last=self.told_figures[1] if self.told_figures[0] == idx - 1
                                                    else None, told_now=(told_now := {})) \
            and bool(hurt)
        self.told_figures = (idx, told_now)
        if hurt and not any(v for _, v, _ in hurt):
            attacks = {ev.attack_id for _, ev in touched}
            # "No one was hurt": the city and its districts of that attack alike.
            _unhurt([e for e in self.events.values() if e.attack_id in attacks], [key for key, _, _ in hurt])
        return True

    def _parts_of_toll(self, idx: int, sentence: str, hurt: list[tuple[str, int, int]],
                       lex: Lexicon) -> list[tuple[str, int, int]]:
        """"Пострадали пятеро. ... Четверо из них — в Суджанском районе, пятый — в Тимском": a toll told
        just before, broken down by place in a sentence that counts no one of its own words."""
        opening = lex.of_them_count.search(sentence) if not any(v for _, v, _ in hurt) else None
        if opening is None:
            return hurt
        for before in reversed(self.sentences[max(0, idx - _PARTS_REACH):idx]):
            told = [(k, v) for k, v, _ in self._casualties(before, _sentence_lexicon(before, self.lex, self.cyrillic_lex))
                    if v and k in ("killed", "injured")]
            if told:
                break
        else:
            return hurt
        if len({k for k, _ in told}) != 1:
            return hurt
        kind, total = told[0][0], max(v for _, v in told)
        n = lex.numbers.parse(opening.group("n"))
        if not n or n >= total:
            return hurt
        parts = [(kind, n, opening.start())]
        rest = lex.rest_of_them.search(sentence, opening.end())
        if rest is not None:
            parts.append((kind, total - n, rest.start()))  # ("а пятый раненый — в Тимском районе": the rest)
        return parts

    def _districts_listed(self, sentence: str, lex: Lexicon) -> bool:
        """A sentence naming only districts (two or more) of a city the report has struck: "Это Шевченковский,
        Киевский и Новобаварский районы" after a strike told no place of, the districts struck, however long."""
        struck = [ev for ev in self.events.values() if not ev.district_of and ev.latitude is not None]
        if not struck:
            return False
        cities = {ev.place for ev in struck}
        named = [m for m in find_mentions(sentence, self.names, lex, self.region_hint,
                                          near=[(ev.latitude, ev.longitude) for ev in struck]) if m.role != "title"]
        return len(named) >= 2 and all(m.place.kind == "district" and any(
            d.district_of in cities for d in self._district_namesakes(m)) for m in named)

    def _teller_of_placeless_strike(self, idx: int, sentence: str, lex: Lexicon) -> Mention | None:
        """"A drone set a fuel depot on fire in central Russia. ..., the governor of the Lipetsk region said": a
        strike told of no place, then its teller's region as the only place named, before any place was struck
        (the headline's too)."""
        if self.events or self.headline_place is not None or not 0 < idx - self.placeless_at <= 2 \
                or not lex.title_before_region.test(sentence) or lex.intercept_verb.test(sentence):
            return None  # (not "Another drone was downed over the region ... The governor said it was shot down")
        named = [m for m in find_mentions(sentence, self.names, lex, self.region_hint) if m.role != "country"]
        return named[0] if len(named) == 1 and named[0].role == "title" and whole_region(named[0].place) else None

    def _region_heading(self, idx: int, sentence: str, lex: Lexicon) -> Mention | None:
        """A region named on a line of its own, a few words and no full stop ("Рівненщина", "Volyn region"):
        the heading of the section of a round-up that tells that region's strikes under it."""
        if idx == 0 or sentence not in self.line_texts or sentence.endswith((".", "!", "?", ":", ";", ",")) \
                or len(WORD_RE.findall(sentence)) > _HEADING_WORDS:
            return None
        named = find_mentions(sentence, self.names, lex, self.region_hint)
        if len(named) != 1 or named[0].place.kind != "region" or named[0].place.gazetteer_id.startswith("raion:") \
                or len(named[0].text) < len(sentence.strip()) // 2:
            return None
        return named[0]

    def _follow_titled_region(self, sentence: str, lex: Lexicon) -> None:
        """"Bryansk's governor also spoke of shelling": what he goes on to tell lies in his region."""
        if lex.title_before_region.test(sentence):
            titled = {m.place.admin1 for m in find_mentions(sentence, self.names, lex, self.region_hint)
                      if m.role == "title" and m.place.kind == "region" and m.place.admin1}
            if len(titled) == 1:
                self.current_region = titled.pop()

    def _person_just_told(self, idx: int, sentence: str, hurt: list[tuple[str, int, int]],
                          lex: Lexicon) -> list[tuple[str, int, int]]:
        """"Debris hit a van; a pensioner was in it. He was wounded in the leg": the one person the
        sentence before told of, with no toll there, is the one hurt."""
        said = lex.pronoun_hurt.search(sentence) if not hurt and idx > 0 else None
        if said is None:
            return hurt
        before = self.sentences[idx - 1]
        if self._casualties(before, lex) or not lex.one_person_told.test(before):
            return hurt
        return [("injured", 1, said.start())]

    def _died_of_wounds(self, sentence: str, hurt: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
        """"Two were wounded. One of them later died": the one moves from the wounded told before
        to the dead, the sentence's death is no new one. (Not "She died on the spot" of a place
        that already counts its dead, unless "also": she is the dead one told before.)"""
        m = lex.wounded_died.search(sentence) if self.last_touched else None
        if m is None or any(key == "injured" and v for key, v, _ in hurt):
            return hurt  # ("a man was wounded and later died": the sentence's own figures say it)
        n = lex.numbers.parse(m.group("n")) if m.group("n") else 1
        wounded = [ev for _, ev in self.last_touched if n and (ev.injured or 0) >= n
                   and (m.group("n") or m.group("also") or not ev.killed)]
        if not wounded:
            return hurt
        ev = wounded[-1]
        ev.injured -= n
        ev.killed = (ev.killed or 0) + n
        _add_evidence(ev, sentence)
        return [f for f in hurt if f[0] != "killed"]

    def _raion_seat(self, mentions: list[Mention]) -> Place | None:
        """The town the raion told last is named after (the sentence's own raion first)."""
        raions = [(m.place.name, m.place.admin1) for m in mentions if m.place.gazetteer_id.startswith("raion:")] \
            or self._raions_just_told() or [(e.place, e.admin1) for e in reversed(list(self.events.values())) if _is_raion(e)]
        if not raions:
            return None
        name, region = raions[0]
        seat = self.names.resolve(name.removesuffix(" Raion"), kind="city", region=region)
        return seat if seat is not None and seat.admin1 == region else None

    def _told_in_background(self, idx: int, targets: list[Mention]) -> bool:
        """Whether every place struck here was named by the background sentence before, and none is
        yet a strike of this report."""
        before = self.sentences[idx - 1]
        low = before.lower()
        if not all(t.text[:4].lower() in low for t in targets):
            return False  # (a name's first letters, in any of its cases, are in the sentence that names it)
        lex = _sentence_lexicon(before, self.lex, self.cyrillic_lex)
        named = {m.place.gazetteer_id for m in find_mentions(before, self.names, lex, self.region_hint)}
        struck = {e.gazetteer_id for e in self.events.values()}
        return all(t.place.gazetteer_id in named and t.place.gazetteer_id not in struck for t in targets)

    def _raions_just_told(self) -> list[tuple[str, str]]:
        """The raion the two sentences before named ("Нікопольщина була під ударами. ... Поцілив по
        райцентру"), whatever raion an earlier sentence struck."""
        for sentence in self.sentences[max(0, self.idx - 2):self.idx][::-1]:
            lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
            told = [(m.place.name, m.place.admin1) for m in find_mentions(sentence, self.names, lex, self.region_hint)
                    if m.place.gazetteer_id.startswith("raion:") and m.place.gazetteer_id.count(":") == 2]
            if told:
                return told[-1:]
        return []

    def _place_in_hromadas(self, events: list[Event]) -> None:
        """"били по Куцурубській громаді. У селі Іванівка загорівся сарай": a hromada named without a
        toll of its own, then a settlement near its centre struck that day, told in a sentence of its
        own, is the hromada's strike told village by village; the settlement is placed in it."""
        told_at = {e.event_id: self.report.text.find(e.evidence.split("\n")[0]) for e in events}
        headings = self._hromada_headings()
        for h in events:
            if h.event_id not in self.ukrainian_hromadas or h.killed or h.injured:
                continue  # ("nobody was hurt" is no toll of the hromada's own)
            for v in events:
                if v is h or v.event_id in self.ukrainian_hromadas or v.geo_precision != "city" \
                        or v.attacker != h.attacker or told_at[v.event_id] <= told_at[h.event_id] \
                        or self._population(v) >= _HROMADA_SETTLEMENT:
                    continue
                first = v.evidence.split("\n")[0]
                # (a settlement its sentence places in the hromada, "Старі Вирки Білопільської громади Сумського
                # району", is the hromada's though its raion is named too)
                named = self._hromada_named(first, h.place)
                headed = named or _heading_before(headings, told_at[v.event_id]) == h.gazetteer_id
                if (named or v.event_id not in self.raion_of and not self._located_elsewhere(first, h.place)) \
                        and self._in_hromada_told(h, v, headed):
                    self.raion_of[v.event_id] = f"raion:{h.gazetteer_id}"

    @staticmethod
    def _in_hromada_told(h: Event, v: Event, headed: bool) -> bool:
        """Whether a settlement struck lies in a hromada told before it: near its centre that day, or
        listed under a line of the hromada's name, as far as a large hromada reaches and on the day
        before too (a roundup of the past day dates its hromadas by the report, its villages by the night)."""
        if headed:
            return abs((v.event_date - h.event_date).days) <= 1 \
                and km((h.latitude, h.longitude), (v.latitude, v.longitude)) <= _LARGE_HROMADA_KM
        return v.event_date == h.event_date and km((h.latitude, h.longitude), (v.latitude, v.longitude)) <= _VILLAGE_OF_HROMADA_KM

    def _hromada_headings(self) -> list[tuple[int, str]]:
        """Lines that only name a hromada before a colon ("Сновська громада:"), with where each stands:
        the items below one are its villages, however far its centre lies from them."""
        found = []
        for sentence in self.sentences:
            if sentence.rstrip().endswith(":") and len(WORD_RE.findall(sentence)) <= 4:
                lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
                units = [m for m in find_mentions(sentence, self.names, lex, self.region_hint) if m.unit == "hromada"]
                if len(units) == 1:
                    found.append((self.report.text.find(sentence), units[0].place.gazetteer_id))
        return found

    def _hromada_named(self, sentence: str, centre: str) -> bool:
        """Whether the sentence places what it tells in the hromada of this centre."""
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        return any(m.role == "locator" and m.unit == "hromada" and normalize(m.place.name) == normalize(centre)
                   for m in find_mentions(sentence, self.names, lex, self.region_hint))

    def _located_elsewhere(self, sentence: str, centre: str) -> bool:
        """Whether the sentence places what it tells in the hromada or raion of another centre ("Явкинський
        старостинський округ Баштанської громади" after a strike on the Shyroke hromada)."""
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        return any(m.role == "locator" and m.unit in ("hromada", "raion")
                   and normalize(m.place.name.removesuffix(" Raion")) != normalize(centre)
                   for m in find_mentions(sentence, self.names, lex, self.region_hint))

    def _population(self, ev: Event) -> int:
        """A settlement event's population, as the gazetteer gives it (0 when it gives none)."""
        return next((p.population for p in self.names.settlements(ev.place) if p.gazetteer_id == ev.gazetteer_id), 0)

    def _closes_the_strikes(self, idx: int, lex: Lexicon) -> bool:
        """Whether, in a report of one region's strikes, no sentence after this one tells of a strike,
        only of drones downed or of who said so, until a recollection of earlier strikes begins
        ("Нагадаємо, ..."): "nobody was hurt" there closes the round-up. (A round-up region by region
        tells each region's toll after its places.)"""
        if len({e.admin1 for e in self.events.values()}) != 1:
            return False
        for later in self.sentences[idx + 1:]:
            if lex.earlier.test(later):
                return True
            # (nor of the attacks at large: "быть осторожными во время атак"; nor a count of the drones launched
            # at the region: "ВСУ выпустили 2 беспилотника по области")
            if self.strikes[later] and not (self._tallies_only(later, lex) and not lex.casualty_words.test(later)) \
                    and lex.strike.test(lex.all_the_attacks.sub(" ", later)):
                return False
        return True

    def _day_tallied(self, idx: int, sentence: str, lex: Lexicon) -> bool:
        """Whether a sentence's figures are a day's tally: it names the day's span ("over the past day"),
        or goes on from one that did and told no figure of its own."""
        if lex.roundup_period.test(sentence):
            return True
        before = self.sentences[idx - 1] if idx > 0 else ""
        return bool(before) and lex.roundup_period.test(before) \
            and not any(v for _, v, _ in self._casualties(before, lex))

    def _tallies_only(self, sentence: str, lex: Lexicon) -> bool:
        """Whether a sentence counts weapons downed or launched (asked again for each "nobody was hurt"
        weighed before it: the answer is kept)."""
        found = self.tally_told.get(sentence)
        if found is None:
            found = self.tally_told[sentence] = bool(
                lex.intercept_verb.test(sentence) or facts.launched_classes(facts.interceptions(sentence, lex)))
        return found

    def _close_unhurt_list(self) -> None:
        """The events told since an unhurt list began ("обошлось без пострадавших:") are its incidents."""
        if self.unhurt_after is None:
            return
        before, keys = self.unhurt_after
        for ev in self.events.values():
            if ev.event_id not in before:
                self.unhurt_listed.setdefault(ev.event_id, keys)
        self.unhurt_after = None

    def _nobody_hurt_anywhere(self, hurt: list[tuple[str, int, int]]) -> None:
        _unhurt(self.events.values(), [key for key, _, _ in hurt])

    def _city_districts(self, mentions: list[Mention], regions: list[str], sentence: str, lex: Lexicon) -> list[Mention]:
        """"В Горловке попал Калининский район", "ещё один раненый — в Ленинском районе": a
        district named in a story about a large city is that city's, not a raion of the same
        name in some other oblast. The city is named in the sentence or is the story's, or is the
        capital ("у Дніпровському районі столиці", "in the Dniprovskyi district of the capital")."""
        told = [m for m in mentions if (m.unit == "raion" or m.place.kind == "district")
                and lex.capital_after.match(sentence[m.end:])]
        capital = self.names.resolve(lex.capital_after.meta["city"], kind="city") if told else None
        if capital is not None:
            def of_capital(m: Mention) -> Place | None:
                return self._district_of_city(m, capital.name)
            if any(of_capital(m) for m in told):
                told = [m for m in mentions if m.unit == "raion" or m in told]  # (and the districts listed with them)
                return [replace(m, place=of_capital(m) or m.place, role="target" if m.role in ("raion", "target")
                                else m.role) if m in told else m for m in mentions]
        story = self.attack.place if self.attack is not None and self.attack.place is not None \
            and self.attack.place.kind == "city" else self.headline_city
        if story is not None and not any(m.place.kind == "city" for m in mentions):
            # "In Dniprovskyi district, debris fell" under a Kyiv headline: Kyiv's, not Kherson's.
            def of_story(m: Mention) -> Place | None:
                return next((d for d in self._district_namesakes(m) if d.district_of == story.name), None)
            # (Not a district of a city the report tells of too, or names: "в Калининском районе Горловки".)
            told = {e.place for e in self.events.values()} | {story.name}
            mentions = [replace(m, place=of_story(m) or m.place)
                        if m.place.kind == "district" and m.place.district_of not in told
                        and not self._names_city(m) else m
                        for m in mentions]
        if not any(m.unit == "raion" for m in mentions):
            return mentions
        # A city named as such: "Октябрьским районом" names a raion, not the city of that name.
        cities = [m.place for m in mentions if m.place.kind == "city" and m.unit != "raion"
                  and m.place.population >= BIG_CITY]
        if not cities:
            # The story's city: its attack's, or before any the headline's ("По Харькову ударил дрон").
            story = self.attack.place if self.attack is not None else \
                self.headline_place.place if self.headline_place is not None else None
            cities = [story] if story is not None and story.kind == "city" and story.population >= BIG_CITY else []
        if not cities and self.headline_place is not None and self.headline_place.place.kind == "city":
            # (a region's attack told since does not hide the headline city's own district of that name: "the
            # Leninsky district" after "in occupied Crimea" in a Sevastopol story)
            city = self.headline_place.place.name
            return [replace(m, place=district, role="target" if m.role in ("raion", "target") else m.role)
                    if m.unit == "raion" and (district := self._district_of_city(m, city)) else m for m in mentions]
        if not cities:
            return mentions
        oblasts = {m.place.admin1 for m in mentions if m.place.kind == "region" and m.unit != "raion"}
        local = oblasts | {self.region_hint} | {c.admin1 for c in cities}
        # A district over which drones were downed, or named as context, keeps that role; the city's
        # district of that name when it has one ("Слободской район" of Kharkiv: Slobidskyi).
        def of_city(m: Mention) -> Mention:
            # (a raion of the region too, when the city has a district of that very name: "the Leninsky district"
            # in a Sevastopol story is the city's, not Crimea's raion)
            district = self._district_of_city(m, cities[0].name) if m.unit == "raion" else None
            if m.unit != "raion" or (m.place.admin1 in local and district is None):
                return m
            return replace(m, place=district or cities[0], role="target" if m.role in ("raion", "target") else m.role)

        return [of_city(m) for m in mentions]

    def _district_of_city(self, m: Mention, city: str) -> Place | None:
        """The district of ``city`` that a mention's name is ("Leninsky" of Sevastopol), if the city has one."""
        return next((d for d in self.names.districts(m.text) if d.district_of == city), None)

    def _villages_named_later(self, events: list[Event]) -> list[Event]:
        """"Troops shelled a village near Izium ... the shells fell on Kapytolivka, 8 km from Izium":
        the town a strike was only near stood for the village until the report named it beside that
        town; the village takes its figures and its place."""
        kept = []
        for k, e in enumerate(events):
            villages = [o for o in events[k + 1:] if id(e) in self.near_only and id(o) not in self.near_only
                        and o.attacker == e.attacker and o.event_date == e.event_date and o.geo_precision == "city"
                        and self._placed_by(o.evidence.split("\n")[0], e, o)]
            if not villages:
                # "Кадры разрушений под Белгородом ... под удар попали Грайворон, Шебекино": a town the
                # lead only said the attack was near, with no figures of its own, stood for the
                # places of its region the report goes on to name struck that day. (Not a village: a
                # village's own outskirts, shelled, are the village.)
                # (With figures of its own too, when it stood for several places: "под огнём были город и два села под
                # Курском, двое ранены", then Sudzha and two villages, none told as the two's.)
                later = [o for o in events[k + 1:] if id(o) not in self.near_only and o.attacker == e.attacker
                         and o.event_date == e.event_date and o.geo_precision == "city" and o.admin1 == e.admin1]
                if id(e) not in self.near_only or (e.killed or e.injured) and len(later) < 2 \
                        or self._population(e) < _VILLAGE_SIZE or not later:
                    kept.append(e)
                continue
            _fill_figures(villages[0], e)
            for line in e.evidence.split("\n"):
                _add_evidence(villages[0], line)
        return kept

    def _placed_by(self, sentence: str, town: Event, village: Event) -> bool:
        """Whether the sentence that names the village names the town beside it: close to the town,
        or as far as a sentence that gives the village's way from the town ("the missiles fell on
        Ochakiv, some 60 kilometres west of Mykolaiv") may put it; or names it as the town (or village)
        the lead spoke of, that far."""
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        roles = {m.role for m in find_mentions(sentence, self.names, lex) if m.place.gazetteer_id == town.gazetteer_id}
        far = km((town.latitude, town.longitude), (village.latitude, village.longitude))
        if not roles:
            # "a small coastal town near Odesa ... the wreckage of a hotel in the town of Zatoka": the town
            # the lead left unnamed, named as "the town", not a place of its own.
            return far <= _VILLAGE_PLACED_KM and lex.anaphora.test(sentence) and lex.named_settlement.test(sentence) \
                and any(self._tells_unnamed_place(line) for line in town.evidence.split("\n"))
        return far <= _VILLAGE_NEAR_TOWN_KM or roles != {"target"} and far <= _VILLAGE_PLACED_KM

    def _listed_districts_agree(self, mentions: list[Mention]) -> list[Mention]:
        """"in the Darnytskyi, Dniprovskyi and Holosiivskyi districts": districts listed together
        are one city's, the one city that has a district of each name (Kyiv, not Zaporizhzhia's
        Dniprovskyi)."""
        listed = [m for m in mentions if m.place.kind == "district" and not self._names_city(m)]
        if len(listed) < 2:
            return mentions
        common = set.intersection(*({d.district_of for d in self._district_namesakes(m)} for m in listed))
        # "в Кировском, Советском и Приволжском районах Казани": the last of the list names the city.
        named = {m.place.district_of for m in mentions if m.place.kind == "district" and m not in listed} & common
        if len(named) == 1:
            common = named
        if len(common) != 1:
            return mentions
        city = common.pop()
        return [replace(m, place=next(d for d in self._district_namesakes(m) if d.district_of == city))
                if m in listed and m.place.district_of != city else m for m in mentions]

    def _district_namesakes(self, m: Mention) -> tuple[Place, ...]:
        """Every city's district the mention's words may name: by the name as the text gave it
        ("советский район"; a Russian city's district is indexed only with its noun) and by the
        place's own."""
        names = [name for name in m.key.split("|") if not name.startswith("district:")] + [m.place.name]
        return tuple(dict.fromkeys(d for name in names for d in self.names.districts(name)))

    def _struck_country(self) -> str:
        """The one country the report's strikes so far lie in, else the one its one named attacker struck."""
        countries = {e.country for e in self.events.values()}
        if len(countries) == 1:
            return countries.pop()
        return {frozenset({"Russia"}): "UA", frozenset({"Ukraine"}): "RU"}.get(frozenset(self.sides_named), "") \
            if not countries else ""

    def _centres(self, sentence: str, mentions: list[Mention], region: str, lex: Lexicon) -> list[Mention]:
        """"удар по обласному центру", "під ударом був райцентр", "столиця України": the region's
        capital, the raion's centre, the country's capital, when the sentence names no town of its
        own ("the regional capital Kropyvnytskyi" names it)."""
        named = [m for m in mentions if m.place.kind in ("city", "district")]
        for rule, unit in ((lex.regional_centre, "region"), (lex.government_seat, "region"), (lex.raion_centre, "raion"),
                           (lex.country_capital, "country"), (lex.capital_alone, "struck country")):
            # (a dateline's city is none of the sentence's towns: "KYIV (AP) — Russia attacked Ukraine's capital")
            towns = [m for m in named if m.role != "context"] if unit in ("country", "struck country") else named
            if towns and rule is not lex.regional_centre:
                continue
            said = rule.search(sentence) if rule.test(sentence) else None
            clause = _clause_at(sentence, said.start()) if said else ""
            if not said or lex.negation.test(clause):
                continue  # (not "Сведений о попаданиях в самом областном центре не приводили")
            if any(m.role == "context" and 0 <= m.start - said.end() <= 2 for m in named):
                continue  # ("a lull in the capital Kyiv": the capital is the town named after it, and no target)
            if towns and (not lex.strike.test(clause) or any(c.isdigit() for c in clause) or any(
                    clause.find(m.text) >= 0 for m in towns)):
                break  # "shelling of the regional centre wounded three, and in Beryslav one": a clause of its own
            if unit == "country":  # "атакувала столицю України"
                place = self.names.resolve(rule.meta["city"], kind="city")
                rest = [m for m in mentions if m.place.kind != "country"]
            elif unit == "struck country":  # "У столиці пошкоджено будинок": the capital of the land struck
                country = self._struck_country()
                place = self.names.resolve(rule.meta[country], kind="city") if country in rule.meta else None
                rest = [m for m in mentions if m.place.kind != "country"]
            elif unit == "region":
                place = self.names.capital(region or self.headline_capital_of)
                rest = mentions
                if towns and place is not None and any(m.place.gazetteer_id == place.gazetteer_id for m in towns):
                    break
            else:
                raions = [m for m in mentions if m.place.gazetteer_id.startswith("raion:")
                          and m.place.gazetteer_id.count(":") == 2 and m.place.name.endswith(" Raion")]
                place = self.names.resolve(raions[0].place.name.removesuffix(" Raion"), kind="city",
                                           region=raions[0].place.admin1) if len(raions) == 1 else None
                rest = [m for m in mentions if m not in raions]
            if place is not None and place.latitude is not None:
                return rest + [Mention(said.group(0), said.start(), said.end(), place, "target")]
        return mentions

    def _village_of_raion_told(self, m: Mention, regions: set[str]) -> Place | None:
        """"the village of Kamianka in Zaporizhzhia Oblast ... Kamianka is located in the Vasylivka district":
        of a region's namesake villages, the one in the raion the report names anywhere (the report
        is read for its raions only when a name needs them)."""
        name = m.key.split("|")[0] or m.text
        if sum(p.village and p.admin1 in regions for p in self.names.settlements(name)) < 2:
            return None  # (no namesakes of the region to tell apart: the report is not read again)
        if self.raions_told is None:
            self.raions_told = []
            for s in self.sentences:
                lex = _sentence_lexicon(s, self.lex, self.cyrillic_lex)
                low = s.lower()
                if any(stem in low for stem in lex.word_set("raion_stems")):
                    self.raions_told += [o.place for o in find_mentions(s, self.names, lex, self.region_hint)
                                         if o.place.gazetteer_id.startswith("raion:") and o.place.latitude is not None]
        found = {v for r in self.raions_told if r.admin1 in regions
                 for v in [self.names.settlement_of_raion(name, r)] if v is not None}
        return found.pop() if len(found) == 1 else None

    def _in_raion_named(self, sentence: str, m: Mention) -> bool:
        """Whether a raion the sentence names to locate places holds the town a mention is."""
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        return any(o.role == "locator" and o.place.gazetteer_id.startswith("raion:") and o.place.latitude is not None
                   and o.place.admin1 == m.place.admin1 and km((o.place.latitude, o.place.longitude),
                                                               (m.place.latitude, m.place.longitude)) <= _HOMONYM_NEAR_KM
                   for o in find_mentions(sentence, self.names, lex, self.region_hint))

    def _place_label(self, sentence: str, lex: Lexicon) -> set[str]:
        """A line of a settlement's (or a city district's) name, its raion or hromada, and a day and
        time, no verb: it tells where, the sentences after it what happened. The places it names
        (none when it is no such line)."""
        words = WORD_RE.findall(sentence)
        if len(words) > _LABEL_WORDS or lex.casualty_words.test(sentence):
            return set()
        mentions = find_mentions(sentence, self.names, lex, self.region_hint, roles=False)
        if not any(m.place.kind in ("city", "district") for m in mentions):
            return set()
        rest = "".join(" " if any(m.start <= k < m.end for m in mentions) else c for k, c in enumerate(sentence))
        allowed, units = lex.word_set("label_words"), lex.word_set("label_units")
        # (a bullet is no word; a unit's own name the tables lack is: "Vilkhivska TG")
        tokens = [t.strip(".\"'“”„«»") for t in re.findall(r"[^\s,:;()–—-]+", rest)]
        tokens = [t for t in tokens if any(c.isalnum() for c in t)]
        label = all(t.isdigit() or t.lower() in allowed or t[0].isupper() and k + 1 < len(tokens) and tokens[k + 1].lower() in units
                    for k, t in enumerate(tokens))
        return {m.place.gazetteer_id for m in mentions} if label else set()

    def _subheading(self, sentence: str, lines: set[str]) -> bool:
        """A section title inside the body ("Жертвы атаки", "What we know?"): a line of a few words,
        no full stop and no place; it tells nothing, and counted as a sentence it would part a strike
        from the casualties told under it."""
        if sentence not in lines or sentence.endswith((".", "!", ":", ";", ",", '"', "»", "”")) \
                or len(WORD_RE.findall(sentence)) > _SUBHEADING_WORDS or any(c.isdigit() for c in sentence):
            return False
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        # ("Погибших нет" on a line of its own is news, not a title.)
        return not facts.casualties(sentence, lex) and not find_mentions(sentence, self.names, lex, roles=False)

    def _toll_told(self, sentence: str) -> dict[str, int]:
        """The killed and injured a sentence counts (a list's joint toll included)."""
        told: dict[str, int] = {}
        for key, value, _ in self._casualties(sentence, _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)):
            if key in ("killed", "injured"):
                told[key] = told.get(key, 0) + value
        return told

    def _tells_unnamed_place(self, sentence: str) -> bool:
        return _sentence_lexicon(sentence, self.lex, self.cyrillic_lex).unnamed_place.test(sentence)

    def _places_as_before(self, mentions: list[Mention]) -> list[Mention]:
        """A settlement or hromada told again by the same name, alone in its sentence, is the one first
        told: "в Покровській громаді" of the Synelnykove raion, placed there beside its neighbours, and
        later "по Покровській громаді" alone; "сёла Казначеевка, Бирюч" of one okrug, then "в селе
        Бирюч". (Not one told among other places, which place it anew: "по Нікопольщині ... Нікополь,
        Покровську, Марганецьку громади", the Pokrovska hromada of the Nikopol raion.)"""
        alone = len([m for m in mentions if m.role != "country"]) == 1
        out = []
        for m in mentions:
            if m.role in ("target", "hromada") and m.place.kind == "city":
                first = self.place_told.setdefault(m.key or normalize(m.text), m.place)
                if alone and first.gazetteer_id != m.place.gazetteer_id and first.admin1 == m.place.admin1:
                    m = replace(m, place=first)
            out.append(m)
        return out

    def _area_phrases(self, sentence: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
        """An area told by what lies there ("the Danube ports") is the place the lexicon gives for it,
        unless the sentence names a town of that region itself ("the Danube port of Reni")."""
        for rule in lex.area_phrase:
            found = rule.search(sentence)
            if found is None:
                continue
            place = self.names.resolve(rule.meta["place"], kind="city", region=rule.meta["region"])
            if place is None or any(m.place.admin1 == place.admin1 and m.place.kind != "region" for m in mentions):
                continue
            area = Mention(sentence[found.start():found.end()], found.start(), found.end(), place, "target",
                           key=rule.meta["place"])
            mentions = sorted([*mentions, area], key=lambda m: m.start)
        return mentions

    def _told_before(self, o: Event, sentence: str) -> bool:
        """Whether an event's first sentence comes before ``sentence`` in the report."""
        line = o.evidence.split("\n")[0]
        return line in self.sentences and sentence in self.sentences \
            and self.sentences.index(line) < self.sentences.index(sentence)

    def _plausible(self, targets: list[Mention], regions: list[str], sentence: str, oblasts: list[str]) -> list[Mention]:
        """A village of the same name far from where the report is ("Troitskoye" of another
        oblast in a Kursk governor's post) is not taken on the name alone: a report about one
        oblast names its villages without their oblast, and its homonyms elsewhere are noise."""
        if not targets:
            return []  # most sentences strike nothing: the settlements they call villages are not needed
        # (A sentence naming no region is read in the report's, else in the paragraph's last named.)
        # (A report sure of its region may go on to another one it names: "Ещё двое ранены в
        # Белгородской области. ... в Грайвороне" in a Kursk governor's roundup.)
        hints, limit = (set(regions), _TOWN) if regions else (
            {self.region_hint, self.current_region} - {""} if self.region_sure else {self.current_region} - {""},
            _VILLAGE)
        story_region = self._story_region()
        story_country = {e.country for e in self.events.values()}.pop() if story_region else ""
        # A raion read from an adjective is checked against the report's region even when the
        # report names it once: raions of one name lie in many oblasts.
        # (or the region the paragraph turned to: "Сусідня Львівська область теж ... по Золочівському району")
        raion_hints = set(oblasts) or ({self.region_hint, self.current_region} - {""} if self.region_hint else hints)
        # Where the story's settlements are (a region's marker stands at its middle, not where anything happened).
        story = [(e.latitude, e.longitude) for e in self.events.values() if e.geo_precision != "region"]
        villages = [v.span("a") for v in self.lex.named_settlement.finditer(sentence) if v.group("a")]
        # Names called villages and nothing else (not "the town of"), alone or in a list.
        only_villages = [v.span("a") for v in self.lex.village_names.finditer(sentence)]
        kept = []
        for m in targets:
            # "в селе Отрадное": a place called a village is no far-off town either.
            in_list = any(a <= m.start < b for a, b in only_villages)
            called_village = in_list or any(a <= m.start < b for a, b in villages)
            # (a place the text calls a village is never a city far from where the report is, whatever its size)
            small = called_village or (m.place.population < limit and not self.names.is_capital(m.place))
            town = self.lex.town_before.test(sentence[max(0, m.start - 40):m.start])
            if town:
                small = False  # "the town of Kostiantynivka": a town, wherever the report began
            if m.place.village and not called_village and m.place.admin1 not in regions \
                    and (city := self._big_namesake(m, story)) is not None:
                # "damage in other cities, including Lviv" in a Dnipropetrovsk roundup: a hamlet of the
                # report's region far from its strikes is not the city of 100,000 its name means.
                kept.append(replace(m, place=city))
                continue
            if m.place.kind == "city" and regions and m.place.admin1 not in regions:
                own = self._namesake_in_region_after(m, sentence, regions)
                if own is not None:
                    kept.append(replace(m, place=own))
                    continue
            # "по сёлам Белянка, Мешковое, Муром": a village is not the town of 20,000 or more of its name.
            # (A small town the text calls a village where the story is, is the town: "the village of
            # Selydove" after Ocheretyne.)
            # (Nor one the raion named beside it holds: "the village of Selydove, Pokrovsk raion"; nor a large
            # village the region named with it holds: "a stanitsa, the village of Kushchevskaya, Krasnodar Krai".)
            city_for_village = in_list and not town and m.place.kind == "city" and m.place.population >= _VILLAGE \
                and not (m.place.population < _TOWN_CALLED_VILLAGE and (
                    m.place.admin1 in regions or any(
                        km((m.place.latitude, m.place.longitude), p) <= _HOMONYM_NEAR_KM for p in story)
                    or self._in_raion_named(sentence, m)))
            # "Also shelled was the village of Krasny Oktyabr" in a post whose strikes so far all lie
            # in one region: that region's village, not a namesake in another.
            where = hints or ({story_region} if called_village and story_region else set())
            # A raion read from an adjective ("в Беловском районе") is the report's region's, or none.
            raion = m.place.gazetteer_id.startswith("raion:")
            if city_for_village:
                # A village of the town's name in the same region, when the gazetteer has one.
                village = self.names.resolve(f"village of {m.key.split('|')[0] or m.text}", region=m.place.admin1)
                if village is not None and village.admin1 == m.place.admin1 and village.population < _VILLAGE \
                        and village.latitude is not None:
                    kept.append(replace(m, place=village))
                    continue
                self.warnings.append(f"place {m.text!r} not placed: it is called a village, and {m.place.name} in "
                                     f"{m.place.admin1} is a town of {m.place.population:,}, in: {sentence}")
                continue
            # A governor's post about his oblast names no village across the border without its region.
            across = m.place.kind == "city" and m.place.population < _VILLAGE and not regions and not town \
                and story_country and m.place.country != story_country
            # ("a man killed in the Belgorod region and a blaze at the refinery at Tuapse": a town of 20,000 or more
            # that has no namesake in the region the sentence names is itself, not a village of that region.)
            far = m.place.kind == "city" and small and bool(where) and m.place.admin1 not in where and not (
                regions and not called_village and m.place.population >= _VILLAGE
                and not any(p.admin1 in where for p in self.names.settlements(m.place.name)))
            if across or far or (
                    raion and raion_hints and m.place.admin1 not in raion_hints and not self._capitals_raion(m.place)) \
                    or self._other_citys_district(
                    m, sentence, set(oblasts), story):
                village = self._in_last_raion(m.text) if called_village and not regions and m.place.kind == "city" else None
                if village is not None:
                    kept.append(replace(m, place=village, area=self.last_raion[1]))
                    continue
                village = self._village_of_raion_told(m, where) if m.place.kind == "city" else None
                if village is not None:
                    kept.append(replace(m, place=village))
                    continue
                regions_told = where or raion_hints or {story_region}
                many = sum(1 for p in self.names.settlements(m.place.name) if p.admin1 in regions_told)
                where = " or ".join(sorted(regions_told))
                there = f"{many} villages of that name in {where}, none by the places told" if many > 1 \
                    else f"no settlement of that name in {where}"
                self.warnings.append(f"place {m.text!r} not placed: {there}, and "
                                     f"{m.place.name} in {m.place.admin1} is too far to assume, in: {sentence}")
                continue
            # "shelled Shebekino, Murom and Novaya Tavolzhanka" in a Belgorod governor's post: a town far from
            # the places listed with it, which lie in the report's region, is a namesake of a village there.
            others = [o for o in targets if o is not m and o.place.kind == "city" and o.place.latitude is not None]
            if self.region_sure and m.place.kind == "city" and m.place.population < _LISTED_TOWN and len(others) >= 2 \
                    and m.place.admin1 != self.region_hint and all(o.place.admin1 == self.region_hint for o in others) \
                    and all(km((m.place.latitude, m.place.longitude), (o.place.latitude, o.place.longitude)) > _LIST_FAR_KM
                            for o in others):
                self.warnings.append(f"place {m.text!r} not placed: the places listed with it lie in {self.region_hint}, "
                                     f"and {m.place.name} in {m.place.admin1} is too far to assume, in: {sentence}")
                continue
            kept.append(m)
        return kept

    def _big_namesake(self, m: Mention, story: list[tuple[float, float]]) -> Place | None:
        """The city of 100,000 or more a village's name also means, when the village lies far from
        every place the story struck (near them, the village of a roundup is meant)."""
        village = (m.place.latitude, m.place.longitude)
        if m.place.latitude is None or any(km(village, p) <= VILLAGE_NEAR_KM for p in story):
            return None
        return next((p for k in m.key.split("|") + [m.place.name] for p in self.names.settlements(k)
                     if p.kind == "city" and not p.village and p.population >= BIG_CITY and p.latitude is not None), None)

    def _namesake_in_region_after(self, m: Mention, sentence: str, regions: list[str]) -> Place | None:
        """"в городе Южный Одесской области": a town named with its oblast right after it is that
        oblast's, though there it bears its name in another ending (Південне), not the
        town of the very name in another oblast."""
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        after = find_mentions(sentence[m.end:m.end + 60], self.names, lex, roles=False)
        if not after or after[0].start > 2 or after[0].place.kind != "region" or after[0].place.admin1 not in regions:
            return None
        region = after[0].place.admin1
        stem = morphology.name_stem(normalize(m.text.lower()))
        for key in self.names.by_stems([stem]):
            place = self.names.resolve(key, kind="city", region=region)
            if place is not None and place.admin1 == region and place.latitude is not None:
                return place
        return None

    def _at_its_refinery(self, m: Mention) -> Mention:
        """"drones hit a refinery of the Volgograd region": the town of the region's one refinery, not its middle."""
        town = refinery_town(m.place.admin1) if whole_region(m.place) else ""
        place = self.names.resolve(town, kind="city", region=m.place.admin1) if town else None
        return replace(m, place=place) if place is not None and place.admin1 == m.place.admin1 else m

    def _cities_struck(self) -> set[str]:
        """The towns and cities the story has struck so far, by name (districts name their city so)."""
        return {e.place for e in self.events.values() if e.geo_precision == "city"}

    def _near_points(self, villages: bool = False) -> list[tuple[float, float]]:
        """Where the story's strikes so far are, the latest dozen, for ranking the namesakes of a
        place told next (not an oblast's marker, which stands at its middle, where nothing happened);
        for a sentence that calls a place a village, then the towns the report names anywhere, struck
        or not (a village in an oblast that has four of its name is the one by the town the report
        names further on; not "в Дніпровському" of a Kyiv roundup, by a Dnipro it names)."""
        struck = list(dict.fromkeys((e.latitude, e.longitude) for e in self.events.values() if not _is_oblast(e)))[-12:]
        return struck + [p for p in self._towns_named() if p not in struck] if villages else struck

    def _village_unplaced(self, sentence: str, mentions: list[Mention], lex: Lexicon, known: bool = False) -> bool:
        """Whether a place the sentence calls a village (or a town) was found nowhere, or outside the
        region the sentence names for it: a namesake the towns the report names may place (``known``:
        only a name the gazetteer holds, one of several namesakes none of which could be told apart)."""
        regions = {m.place.admin1 for m in mentions if m.place.kind == "region"}
        for v in lex.named_settlement.finditer(sentence):
            span = next((v.span(g) for g, text in v.groupdict().items() if text), None)
            if span is None or known and not self.names.knows(sentence[span[0]:span[1]]):
                continue
            found = [m for m in mentions if m.start < span[1] and span[0] < m.end]
            if not found or regions and all(m.place.admin1 not in regions for m in found):
                return True
        return False

    def _towns_named(self) -> list[tuple[float, float]]:
        """The points of the towns of known size the report names (not a city that is a region of its own,
        Kyiv or Moscow, named as a government more often than as a place near the villages told), worked
        out once."""
        if self.towns_named is None:
            points = []
            for sentence in self.sentences:
                for m in find_mentions(sentence, self.names, _sentence_lexicon(sentence, self.lex, self.cyrillic_lex),
                                       self.region_hint, roles=False):
                    p = m.place
                    if p.kind == "city" and not p.village and p.population >= _NAMED_TOWN and p.latitude is not None \
                            and not self.names.region_facts.get(p.admin1, {}).get("within") \
                            and (p.latitude, p.longitude) not in points:
                        points.append((p.latitude, p.longitude))
            self.towns_named = points[:_TOWNS_NAMED]
        return self.towns_named

    def _story_region(self) -> str:
        """The one region every place struck so far lies in, if they share one."""
        regions = {e.admin1 for e in self.events.values()}
        return regions.pop() if len(regions) == 1 else ""

    def _hromadas_of_the_region(self, targets: list[Mention], kept: list[Mention], sentence: str, lex: Lexicon,
                                regions: list[str]) -> list[Mention]:
        """"the Tomakivka, Marhanets and Pokrovsk communities" in a Dnipropetrovsk story, "Mykolaiv
        and Svesa communities" in a Sumy one: a name whose town lies too far away or in another
        region, told as a hromada, is the hromada of that name in the story's region (Pokrov's,
        Mykolaivka's), as the list's plural noun says of each."""
        region = regions[0] if regions else self.current_region or self.region_hint
        if lex.morphology or not region:
            return kept
        out = list(kept)
        for m in targets:
            if m.place.kind != "city":
                continue
            was = next((k for k in kept if k.start == m.start), None)
            if was is not None and was.place.admin1 == region:
                continue
            after = sentence[m.end:m.end + 80]
            if not (lex.hromada_after.test_start(after) or lex.hromadas_after.test_start(after)):
                continue
            place = self.names.resolve(f"{m.text} hromada", region=region)
            if place is not None and place.admin1 == region and place.latitude is not None:
                out = [k for k in out if k is not was] + [replace(m, place=place, unit="hromada")]
        return out

    def _struck_misspelt(self, name: str) -> Place | None:
        """"Сергївка" in a report about the strike on Serhiivka: a name the gazetteer lacks, one
        letter off a settlement the report has struck, is that settlement misspelt."""
        latin = normalize(romanized(name))
        if len(latin) < 6:
            return None
        for ev in self.events.values():
            if ev.geo_precision == "city" and not ev.district_of and edit_distance(latin, normalize(ev.place), 1) <= 1:
                return self.place_of.get(ev.gazetteer_id)
        return None

    def _misspelt_in_region(self, name: str) -> Place | None:
        """"Golovichino" in a Belgorod governor's story: a settlement's name the gazetteer lacks, one
        letter off a settlement of the story's region, is that settlement misspelt."""
        region = self.region_hint if self.region_sure else self._story_region()
        place = self.names.resolve(name, kind="city", region=region) if region else None
        # (one edit only: two may reach another village of the region, Nekhoteyevka's Bekhteyevka)
        return place if place is not None and place.admin1 == region and place.latitude is not None \
            and edit_distance(normalize(romanized(name)), normalize(place.name), 1) <= 1 else None

    def _in_titled_region(self, name: str) -> Place | None:
        """"The Oryol region governor also spoke of a drone ... a house burned in Livny" in a
        Kursk story: a settlement of the region whose official the paragraph has gone on to quote."""
        region = self.current_region
        if not region or region == self.region_hint:
            return None
        place = self.names.resolve(name, kind="city", region=region)
        return place if place is not None and place.admin1 == region and place.latitude is not None \
            and normalize(place.name) == normalize(romanized(name)) else None

    def _raion_told_for(self, sentence: str, m: Mention, place: Place) -> bool:
        """Whether the sentence, or the raion the post went on to just before, locates a place
        (then a namesake struck earlier elsewhere in the region is another village)."""
        if self.last_raion is not None and self.idx - self.last_raion[0] <= 1:
            raion = self.last_raion[1]
            if raion.admin1 == place.admin1 and raion.latitude is not None \
                    and km((raion.latitude, raion.longitude), (place.latitude, place.longitude)) <= _UNIT_KM:
                return True
        return self._in_raion_named(sentence, replace(m, place=place))

    def _in_last_raion(self, name: str) -> Place | None:
        """"Обстрелу подверглось село А Глушковского района. Под огонь попал посёлок Б.": a
        village the gazetteer lacks, told right after one its raion located, lies in that raion
        (marked at its centre, under its own name), as a governor's post goes district by district."""
        if self.last_raion is None:
            return None
        raion = self.last_raion[1]
        if self.idx - self.last_raion[0] > 2 and not (self.events and all(
                km((raion.latitude, raion.longitude), (e.latitude, e.longitude)) <= _UNIT_KM for e in self.events.values())):
            # Further on, only in a post whose every strike so far lies in that raion or okrug.
            return None
        if raion.admin1 != (self.region_hint if self.region_sure else self._story_region()):
            return None
        # ("Popover-Lezhachi" in the Glushkovo district: a settlement of the raion, misspelt.)
        misspelt = self.names.resolve(name, kind="city", region=raion.admin1)
        if misspelt is not None and misspelt.admin1 == raion.admin1 and misspelt.latitude is not None \
                and km((raion.latitude, raion.longitude), (misspelt.latitude, misspelt.longitude)) <= RAION_SPAN_KM:
            return misspelt
        return replace(raion, gazetteer_id=f"{raion.gazetteer_id}:{normalize(name)}",
                       name=f"{romanized(name)} ({raion.name})")

    def _other_citys_district(self, m: Mention, sentence: str, oblasts: set[str],
                              story: list[tuple[float, float]]) -> bool:
        """"the Dnipro district, on the outskirts of the regional centre" in a story about Dnipro
        is not Kyiv's Dniprovskyi: a city district named without its city belongs to the places
        the report tells of, and lies in the oblast the sentence names."""
        if m.place.kind != "district" or m.place.district_of in sentence or self._names_city(m):
            return False
        lex = _sentence_lexicon(sentence, self.lex, self.cyrillic_lex)
        if lex.capital_after.match(sentence[m.end:]) and m.place.district_of == lex.capital_after.meta.get("city"):
            return False  # "in the Darnytskyi district of the capital" in a story of Lviv's strikes
        if any(o.place.kind == "city" and o.place.name == m.place.district_of for before in self.sentences[
                max(0, self.idx - _CITY_TOLD_REACH):self.idx] for o in find_mentions(
                before, self.names, _sentence_lexicon(before, self.lex, self.cyrillic_lex), roles=False)):
            return False  # "Russia also struck Kyiv. Debris fell in the Darnytskyi district": the city just named
        # Kyiv City and Sevastopol lie within an oblast the sentence may name ("голова Київської ОВА").
        within = self.names.region_facts.get(m.place.admin1, {}).get("within", "")
        if oblasts and m.place.admin1 not in oblasts and within not in oblasts:
            return True
        point = (m.place.latitude, m.place.longitude)
        return bool(story) and all(km(point, p) > DISTRICT_KM for p in story)

    def _incident_place(self, sentence: str, lex: Lexicon) -> bool:
        """"A drone attack in the Bryansk region injured one. The incident occurred in the town of
        Trubchevsk.": the one settlement named as where the attack told so far at a region's
        level happened takes the region's event's place, with its figures."""
        if self.attack is None or not _is_oblast(self.attack.main):
            return False
        main = self.attack.main
        if lex.incident_place.test(sentence):
            found = [m for m in find_mentions(sentence, self.names, lex, main.admin1)
                     if m.role in ("target", "vicinity") and (m.place.kind == "city" or m.area is not None)
                     and m.place.latitude is not None
                     and m.place.admin1 == main.admin1]
        else:
            # "Debris fell in the Belgorod region ... shot down approaching the city", "shelled
            # the oblast ... damaged houses in the city": the city the region is named after, when the
            # sentence names no place (a toll it gives is the city's).
            town = lex.anaphora.search(sentence)
            capital = self.names.region_facts.get(main.admin1, {}).get("capital", "")
            if town is None or _anaphor_noun(town) not in lex.word_set("city_nouns") \
                    or not capital or not main.admin1.startswith(f"{capital} ") \
                    or find_mentions(sentence, self.names, lex, main.admin1):
                return False
            place = self.names.resolve(capital, kind="city", region=main.admin1)
            found = [Mention(town.group(0), town.start(), town.end(), place, "target")] if place is not None else []
        if len(found) != 1:
            return False
        ev = self._event_for(self.attack, found[0].place, found[0].text)
        _fill_figures(ev, main)
        for key, value, _ in self._casualties(sentence, lex):
            if key in ("killed", "injured") and getattr(ev, key) is None:
                setattr(ev, key, value)  # "The attacks injured two and damaged houses in the city."
        ev.weapons = ev.weapons or main.weapons
        _add_evidence(ev, sentence)
        self.last_touched = [(0, ev)]
        return True

    def _told_as_more(self, idx: int, sentence: str, lex: Lexicon, hurt: list[tuple[str, int, int]],
                      touched: list[tuple[int, Event]]) -> bool:
        """"Також травми отримала 50-річна жителька" after a girl hurt: one more person after one; not
        "Также шестеро пострадали" after six (the count told again), nor after "Четверо з них ...", the last
        of a count a sentence just before broke down."""
        figures = [(key, n) for key, n, _ in hurt if key in ("killed", "injured")]
        # (or the sentence before opened on "also" to tell the place struck again, with no toll of its own:
        # "Крім того, уранці ворог обстріляв Білозерку. Жінка дістала травму" after a woman hurt at noon)
        before = self.sentences[idx - 1] if idx > 0 else ""
        before_lex = _sentence_lexicon(before, self.lex, self.cyrillic_lex) if before else lex
        also = lex.also_told.test(sentence) or bool(before) and before_lex.also_told.test(before) \
            and self.strikes.get(before, False) and not self._casualties(before, before_lex)
        if not also or len(figures) != 1 or figures[0][1] != 1 \
                or not touched or any(getattr(ev, figures[0][0]) != 1 for _, ev in touched):
            return False
        return not any(_sentence_lexicon(before, self.lex, self.cyrillic_lex).breakdown.test(before)
                       for before in self.sentences[max(0, idx - _BREAKDOWN_REACH):idx])

    @staticmethod
    def _city_told_again(sentence: str, lex: Lexicon) -> bool:
        """Whether a sentence speaks of "the city" again ("в місті", "місто потрапило під обстріл"; not
        "the city administration said")."""
        town = lex.anaphora.search(sentence)
        if town is not None and _anaphor_noun(town) in lex.word_set("city_nouns"):
            return True
        # (a noun's case tells it is no part of an office's name, which takes the adjective: "міська рада")
        return bool(lex.morphology) and any(w.lower() in lex.word_set("city_nouns") for w in WORD_RE.findall(sentence))

    def _recalled(self, idx: int) -> bool:
        """Whether a placeless toll comes right after a strike recalled from long ago, before the report
        has told one of its own ("Год назад по центру города ударили ракеты ... погибли 25 человек"):
        the recalled strike's, no town's of this report."""
        return self.attack is None and self.background_at >= 0 and idx - self.background_at <= _RECALLED_SENTENCES

    def _incident_told_next(self, idx: int, touched: list[tuple[int, Event]]) -> bool:
        """Whether the next sentence says where what this one told happened ("Инцидент произошел в
        Уразово"), naming one settlement other than the places just told."""
        if idx + 1 >= len(self.sentences):
            return False
        after = self.sentences[idx + 1]
        lex = _sentence_lexicon(after, self.lex, self.cyrillic_lex)
        if not lex.incident_place.test(after) or lex.separate_incident.test(after):
            return False  # ("Ещё одна атака произошла в селе Званное": another incident, not where this one was)
        towns = {m.place.gazetteer_id for m in find_mentions(after, self.names, lex, self.region_hint)
                 if m.role == "target" and m.place.kind == "city"}
        return len(towns) == 1 and not towns & {ev.gazetteer_id for _, ev in touched}

    def _place_told_again(self, sentence: str, lex: Lexicon) -> bool:
        """"В Слободском районе разбор завалов окончен. Всего там пять погибших": a sentence of no
        strike that names one place already struck, and no other, brings the story back to that place."""
        # (Asked only where a capitalised word begins as a struck place's name does: most sentences name none.)
        told = {w[:_STEM].lower() for e in self.events.values() for w in WORD_RE.findall(e.location_text or e.place)
                if len(w) >= _STEM and w[0].isupper()}
        if not any(w[:_STEM].lower() in told for w in WORD_RE.findall(sentence) if len(w) >= _STEM and w[0].isupper()):
            return False
        mentions = find_mentions(sentence, self.names, lex, self.region_hint)
        if len(mentions) != 1 or mentions[0].role != "target":
            return False
        ev = next((e for e in reversed(self.events.values()) if e.gazetteer_id == mentions[0].place.gazetteer_id), None)
        if ev is None or any(ev is e for _, e in self.last_touched):
            return False
        self.last_touched = [(0, ev)]
        return True

    def _town_told_again(self, sentence: str, lex: Lexicon) -> None:
        """ "Вранці він повідомляв, що у місті постраждали три людини", before the body names the
        town: the figures are kept for the report's one town, if it names only one."""
        town = lex.anaphora.search(sentence) if self.attack is None else None
        if town and _anaphor_noun(town) in lex.word_set("city_nouns"):
            hurt = self._casualties(sentence, lex)
            if any(v for _, v, _ in hurt) and not find_mentions(sentence, self.names, lex, self.region_hint):
                self.town_hurt.append((sentence, hurt))

    def _attack_place(self, hurt: list[tuple[str, int, int]]) -> Event:
        """The event a figure for the whole attack goes to: the city, or its one district struck
        when the attack struck only that ("a drone hit a kindergarten in the Kholodnohirskyi
        district ... one person was killed"). A figure the city already holds is the city's, told
        again ("22 were hurt in Mykolaiv ... the number of injured has risen to 22")."""
        main = self.attack.main
        districts = [e for e in self.events.values() if e.attack_id == main.attack_id and e.district_of == main.place]
        if any(value and getattr(main, key, None) == value for key, value, _ in hurt):
            return main
        return districts[0] if len(districts) == 1 else main

    def _names_city(self, m: Mention) -> bool:
        """"Калининском районе Горловки": the mention of a district names its city too."""
        lang = self.lex.morphology
        for word in WORD_RE.findall(m.text)[1:]:
            forms = morphology.word_forms(word, lang)[:4] if lang and _CYRILLIC.search(word) else (word,)
            for form in forms:
                place = self.names.resolve(form, kind="city") if self.names.knows(form) else None
                if place is not None and place.name == m.place.district_of:
                    return True
        return False

    def _struck(self, m: Mention, sentence: str, when, lead_day, side: str | None, lex: Lexicon) -> Event | None:
        place = self._on_the_side_struck(m, side, when[0] if when else self.report.published)
        if place.country == "UA" and self.names.is_capital(place) \
                and (side or self._side_for(place, sentence, m.start, m.end, side, lex, self.report.published)[0]) == "Ukraine" \
                and not held_by_russia(place, when[0] if when else self.report.published):
            # "Украина нанесла удар по Запорожью": Ukraine striking a city it holds is its region's
            # occupied part, which a town named later places.
            region = self.names.resolve(place.admin1, kind="region")
            place = region if region is not None and region.latitude is not None else place
        told = self.placed_names.get((place.name, place.admin1))
        if told is not None and told.gazetteer_id != place.gazetteer_id and (
                told.village and place.village and told.raion and told.raion == place.raion
                or told.kind == place.kind == "city" and place.latitude is not None
                and not self._raion_told_for(sentence, m, place)):
            # "обстріляли село Варварівку Чугуївського району ... с. Варварівка Чугуївського району": one village
            # told twice, not two namesakes of one raion; nor, named again with no raion of its own ("also
            # targeted the Pokrovske community"), a namesake of the region far from the one struck before
            place = told
        if place.latitude is None:
            self.warnings.append(f"unresolved place {m.text!r} in: {sentence}")
            return None
        if m.key and place.village:
            first = self.first_told.get((m.key, place.admin1))
            if first is None:
                self.first_told[(m.key, place.admin1)] = (place, self._raion_told_for(sentence, m, place))
            elif first[0].gazetteer_id != place.gazetteer_id and not first[1] and first[0].village \
                    and self._raion_told_for(sentence, m, place):
                # "Pershotravneve, a village of Kharkiv Oblast ... Pershotravneve in Izium district": the
                # raion told later says which of the region's namesakes the village first named was
                self._move_to_place(first[0], place)
                self.first_told[(m.key, place.admin1)] = (place, True)
        self.placed_names.setdefault((place.name, place.admin1), place)
        attack = self.attack
        # ("one injured in Avdiivka" on the lead's day, then "on Tuesday Avdiivka was hit hardest":
        # another day stated for the same place is another strike, unless the attack's day was
        # only the day it was told.)
        # (A day further back than a late telling could be is another strike even then.)
        # (Nor once the report has turned to what came before: "Ранее ... . 22 сентября ...".)
        # (Nor with other weapons: "a drone hit the district" and "on 1 March a missile struck the city"
        # are two strikes; nor one told as "also": "Also, the evening before, a drone hit the town".)
        other_day = when is not None and when[1] == "day" and attack is not None and when[0] != attack.day \
            and (not attack.day_told or not 0 <= (attack.day - when[0]).days <= _REDATE_DAYS
                 or self.background_at >= attack.told_at
                 or self._other_toll(sentence, attack, lex) or lex.also_opening.test(sentence)
                 or _other_weapons(facts.weapons_in(sentence, lex), ";".join(
                     e.weapons for e in self.events.values() if e.attack_id == attack.attack_id))) \
            and facts.names_day(sentence, lex)
        continues = attack is not None and not other_day and (
            place.district_of and place.district_of == attack.main.place or place.name == attack.main.place
        )
        # ("Сейчас в Климово ликвидируют последствия обстрела": "now" names no day of its own)
        earlier = self.attack_at.get(place.gazetteer_id) if when is None or not facts.names_day(sentence, lex) \
            else None
        if earlier is None and when is not None and lex.roundup_period.test(sentence) \
                and (told := self.attack_at.get(place.gazetteer_id)) is not None and abs((told.day - when[0]).days) <= 1:
            # "Вночі 4 жовтня обстріляли Білозерку. ... Минулої доби під вогнем опинилися Садове, Білозерка, ...":
            # the day's roundup counts the strike already told, not another one the day before.
            earlier = told
        if earlier is not None and when is None and (recent := self._day_told_before(place)) is not None \
                and recent[0] != earlier.day:
            # "Увечері 5 березня ракети влучили в Кременчук. ... 3 березня дрони атакували Полтавщину, один
            # із них поцілив у Кременчук.": the day just told, not the town's earlier strike.
            earlier = None
        # (A sentence that gives two strikes two days, one clause each: each place's is its clause's, "Ukraine
        # struck Melitopol on Saturday, while missiles hit Donetsk on Sunday".)
        own = when
        if when is not None and when[1] == "day" and lex.clause_break.search(sentence):
            own = facts.date_in(_strike_clause(sentence, m.start, lex), self.report.published,
                                self.attack.day if self.attack else None, lex) or when
        told = self.attack_at.get(place.gazetteer_id)
        # (Not a day counted back from the story's, "Накануне ... девочка пострадала при ударе по городу":
        # another strike, the one before.)
        if not continues and earlier is None and told is not None and own is not None and own[1] == "day" \
                and (told.day_told or self._began_evening_before(told, own[0], sentence, lex)) \
                and self.background_at < told.told_at and not self.when_told \
                and not self._other_toll(sentence, told, lex) and not _counted_back_from_story(sentence, lex):
            # "Blasts were heard in Melitopol and in Donetsk. ... Ukraine fired rockets at Melitopol on
            # Saturday": a place told struck so far only on the day of the telling, now given its day, is the
            # same strike, moved to that day (the places told with it keep theirs).
            if 0 < (told.day - own[0]).days <= _REDATE_DAYS:
                earlier = self._redate_place(told, place, own[0])
            elif own[0] == told.day:
                earlier = told  # ("..., while 20 missiles hit Donetsk on Sunday": the day it was told)
        if continues:
            cur = attack
            if own is not None and own[1] == "day" and attack.day_told \
                    and 0 < (attack.day - own[0]).days <= _REDATE_DAYS:
                self._redate(attack, own[0])
            elif when is not None and when[1] == "day" and when[0] == attack.day and not self.when_told \
                    and facts.names_day(sentence, lex):
                # "Увечері 5 березня ракети влучили в Кременчук" after a lead told on the 5th: the day is
                # the strike's own now, and an older strike told after it is another.
                attack.day_told = False
        elif earlier is not None:
            cur = earlier  # "Russia has not commented on the Dnipro strike": the one already told
        else:
            # A sentence without a day of its own tells of the day the lead gave the story;
            # read from context, not stated for this strike, so the day is marked approximate.
            # ("Ще один удар припав на село Лупареве": another strike of the one just told, on its day.)
            another = (attack.day, "approx") if attack is not None and lex.another_strike.test(sentence) else None
            day, precision = own or self._day_told_before(place) or another or (
                (lead_day[0], "approx") if lead_day else (self.report.published, "approx"))
            s, basis = self._side_for(place, sentence, m.start, m.end, side, lex, day)
            cur = self._new_attack(place, m.text, day, precision, s, basis)
            cur.day_told = (when is None and (lead_day is None or self.lead_day_told)) or self.when_told
            self.attacks.append(cur)
            self.attack = cur
        ev = self._event_for(cur, place, m.text)
        self.attack_at.setdefault(place.gazetteer_id, cur)
        return ev

    def _began_evening_before(self, told: _Attack, day: date, sentence: str, lex: Lexicon) -> bool:
        """"Уночі під атакою були Запоріжжя та Вінниччина. По Запоріжжю вдарили пізно ввечері 26 вересня.":
        a place told struck in the night, then in the evening before it: the same strike, begun that evening."""
        return (told.day - day).days == 1 and lex.evening.test(sentence) \
            and lex.overnight.test(self.sentences[told.told_at])

    def _in_raion_told(self, mentions: list[Mention], raion: Place) -> list[Mention]:
        """"shelled the Nikopol district. Pokrovske hromada was hit as well.": a place named right
        after a raion is told is its namesake in that raion, if it has one there (not a bigger
        Pokrovske elsewhere in the oblast)."""
        own = self.names.raion_at(raion.latitude, raion.longitude) if raion.latitude is not None else ""
        if not own or not raion.name.endswith(" Raion") or any(
                m.unit or m.role in ("raion", "locator") or m.place.kind == "region" for m in mentions):
            return mentions  # (a hromada told last, or a sentence that names its own unit or region)
        out = []
        for m in mentions:
            if m.role in ("target", "hromada") and m.place.kind == "city" and m.place.latitude is not None \
                    and self.names.raion_at(m.place.latitude, m.place.longitude) != own:
                inside = [p for p in self.names.settlements(m.place.name)
                          if p.admin1 == m.place.admin1 and p.latitude is not None
                          and self.names.raion_at(p.latitude, p.longitude) == own]
                if len(inside) == 1:
                    m = replace(m, place=inside[0])
            out.append(m)
        return out

    def _day_told_before(self, place: Place) -> tuple[date, str] | None:
        """"Вночі 21 червня обстріляли Харків та область. У Золочеві пошкоджено будинок.": a place of
        the same region, in the next sentences, struck on the day the strike before it gave (not
        "Separately, Kryvyi Rih ... on Tuesday night. On the Russian side, Belgorod ...")."""
        told = self.told_day
        if told is None or self.idx - told[0] > 2 or told[2] is not None and place.admin1 not in told[2]:
            return None
        return told[1], "approx"

    def _redate_place(self, attack: _Attack, place: Place, day: date) -> _Attack | None:
        """The strike at one place of an attack told only on the day of its telling, moved to the day
        a later sentence gives it: the whole attack when it is that place's alone, else that place's
        event as an attack of its own."""
        mine = [key for key, ev in self.events.items() if ev.attack_id == attack.attack_id]
        key = next((k for k in mine if k[0] == place.gazetteer_id), None)
        if key is None or (key[0], day, key[2]) in self.events:
            return None
        if all(k[0] == place.gazetteer_id for k in mine):
            self._redate(attack, day)
            return attack if attack.day == day else None
        ev = self.events.pop(key)
        own = _Attack(make_id(self.report.article_id, place.name, day, attack.side), ev, attack.side, attack.basis,
                      day, "day", place, told_at=attack.told_at)
        if attack.main is ev:
            attack.main = next(self.events[k] for k in mine if k != key)
            attack.place = self.place_of.get(attack.main.gazetteer_id, attack.place)
        self._move_to_day(ev, day, own.attack_id)
        self.events[(key[0], day, key[2])] = ev
        self.attacks.append(own)
        self.attack_at[place.gazetteer_id] = own
        return own

    def _roundup_dated(self, lead_day: tuple[date, str] | None) -> None:
        """"Окупанти за добу обстріляли Донеччину ... За 13 вересня загинули 4": the regions and raions a
        roundup told before its day, in sentences naming no day, are struck that day."""
        if lead_day is None or lead_day[1] != "day":
            return
        for attack in self.attacks:
            told = self.sentences[attack.told_at]
            if attack.day != lead_day[0] and attack.main.geo_precision == "region" \
                    and not facts.names_day(told, _sentence_lexicon(told, self.lex, self.cyrillic_lex)):
                self._redate(attack, lead_day[0])

    def _redate(self, attack: _Attack, day: date) -> None:
        """"Russian shelling killed a man in Kherson. The governor reported it on Saturday, 23 August.
        On the evening before, the Central district was shelled.": the attack's day, so far only the
        day it was told, is the day the later sentence gives its strike; its events move with it."""
        mine = [key for key, ev in self.events.items() if ev.attack_id == attack.attack_id]
        if any((key[0], day, key[2]) in self.events for key in mine):
            return  # the place already has an event that day: two strikes, not one re-dated
        attack.day, attack.precision, attack.day_told = day, "day", False
        attack.attack_id = make_id(self.report.article_id, attack.place.name if attack.place else "", day, attack.side)
        moved = {}
        for key, ev in self.events.items():
            if key in mine:
                self._move_to_day(ev, day, attack.attack_id)
                key = (key[0], day, key[2])
            moved[key] = ev
        self.events = moved

    def _move_to_place(self, old: Place, place: Place) -> None:
        """The events marked at one village moved to its namesake the report turned out to mean."""
        moved = {}
        for key, ev in self.events.items():
            if ev.gazetteer_id == old.gazetteer_id and (place.gazetteer_id, key[1], key[2]) not in self.events:
                old_id = ev.event_id
                ev.place = place.name
                ev.latitude, ev.longitude = round(float(place.latitude), 5), round(float(place.longitude), 5)
                ev.gazetteer_id, ev.event_id = place.gazetteer_id, make_id(place.gazetteer_id, key[1], key[2])
                self._renamed(old_id, ev.event_id)
                self.village_raion.pop(ev.event_id, None)  # (the raion of the village first taken, not this one's)
                if place.raion and place.country == "RU":
                    self.village_raion[ev.event_id] = normalize(romanized(place.raion))
                key = (place.gazetteer_id, key[1], key[2])
            moved[key] = ev
        self.events = moved
        self.place_of.setdefault(place.gazetteer_id, place)
        if self.placed_names.get((old.name, old.admin1)) is old:
            del self.placed_names[(old.name, old.admin1)]

    def _move_to_day(self, ev: Event, day: date, attack_id: str) -> None:
        """An event moved to another day: its ids, and the tables that know it by them."""
        old_id = ev.event_id
        ev.event_date, ev.date_precision, ev.attack_id = day, "day", attack_id
        ev.event_id = make_id(ev.gazetteer_id, day, ev.attacker)
        self._renamed(old_id, ev.event_id)

    def _renamed(self, old_id: str, new_id: str) -> None:
        """The tables that know an event by its id, told its new one (after a move to another day or place)."""
        for table in (self.area_of, self.raion_of, self.village_raion):
            if old_id in table:
                table[new_id] = table.pop(old_id)
        if old_id in self.named_itself:
            self.named_itself.add(new_id)

    def _clause_side(self, sentence: str, m: Mention, lex: Lexicon) -> str | None:
        """The side the clause a place is struck in names, of a sentence that turns from one strike to another."""
        clause = _strike_clause(sentence, m.start, lex)
        return self._stated_side(clause, lex) if clause.strip() != sentence.strip() else self._stated_side(sentence, lex)

    def _side_for(self, place: Place, sentence: str, start: int, end: int, stated: str | None, lex: Lexicon,
                  day: date) -> tuple[str, str]:
        """Who struck: as the sentence says, else what the report and the place imply."""
        if stated:
            return stated, "stated"
        if held_by_russia(place, day) or lex.occupied_before.test(sentence[max(0, start - 2 * CONTEXT_CHARS):start]) \
                or lex.occupied_after.test_start(sentence[end:]):
            return "Ukraine", "inferred"  # strikes on Russian-held ground come from Ukraine
        said = {e.attacker for e in self.events.values() if e.attacker_basis == "stated" and e.country == place.country}
        if len(said) == 1:
            return said.pop(), "inferred"  # the side this report says strikes this country
        region = {e.attacker for e in self.events.values() if e.admin1 == place.admin1 and e.country == place.country}
        if region == {"Ukraine"} and place.country == "UA":
            return "Ukraine", "inferred"  # "У Великих Копанях ..." after "в окупованих Олешках": the same occupied land
        if self.sides_named == {"Ukraine"} and not said and place.country == "UA" \
                and not any(e.country == "RU" for e in self.events.values()):
            # "Вооруженные формирования Украины нанесли удар по городам республики": a report that
            # names Ukraine alone as the attacker, of places in Ukraine, tells of occupied ground
            # (not when Ukraine's strikes it told were on Russia: "Meanwhile, in the Kharkiv region ...").
            return "Ukraine", "inferred"
        return _SIDE_OF_COUNTRY.get(place.country, "unknown"), "inferred"

    def _settle_figures(self) -> None:
        if not self.attacks:
            return
        waiting = []
        for item in self.pending:
            figs, fig_side, fig_sentence, fig_weapons, over, day, fig_reporter = item
            main = _attack_for_figures(self.attacks, fig_side, over, day)
            if main is None:
                if over:  # "Six drones were downed over the Mykolaiv region." before its debris is told
                    waiting.append(item)
                continue
            if fig_reporter:
                _add_reporter(main.main, fig_reporter, self.lex)
            for key, value in figs.items():
                if getattr(main.main, key) is None:
                    setattr(main.main, key, value)
            _add_evidence(main.main, fig_sentence)
            if fig_weapons:
                main.main.weapons = facts.merge_weapons(main.main.weapons, fig_weapons)
        self.pending = waiting

    def _on_the_side_struck(self, m: Mention, side: str | None, day: date) -> Place:
        """"Ворог обстріляв Садове" (Kherson Oblast): Russia strikes ground Ukraine holds, Ukraine
        ground Russia holds; of a settlement's namesakes in the region, one on that side, the
        nearest the places the report told there."""
        place = m.place
        said = {e.attacker for e in self.events.values() if e.attacker_basis == "stated" and e.country == place.country}
        said = said or self.sides_named  # (or the one side the report names at all)
        side = side or (next(iter(said)) if len(said) == 1 else None)
        if side == "Russia" and place.country == "RU" and place.kind == "city" and m.key:
            # "оккупанты били по Котляревке, Песчаному, Березникам": Russia does not bomb its own towns; a
            # namesake in Ukraine near the places the report told struck is the one meant (not Perm's).
            return self._namesake_across(m, place) or place
        if side not in ("Russia", "Ukraine") or place.country != "UA" or place.kind != "city" or not m.key \
                or place.population >= _VILLAGE_SIZE or held_by_russia(place, day) == (side == "Ukraine"):
            return place
        bearers = [p for name in m.key.split("|") for p in self.names.settlements(name)
                   if p.admin1 == place.admin1 and p.latitude is not None and p.gazetteer_id != place.gazetteer_id]
        # (namesakes: not a town once called so, "Іванівка" for Bilozerka)
        named = {place.name} | {name for name, n in Counter(p.name for p in bearers).most_common(1) if n > 1}
        others = [p for p in bearers if p.name in named and held_by_russia(p, day) == (side == "Ukraine")]
        told = [(e.latitude, e.longitude) for e in self.events.values() if e.admin1 == place.admin1]
        return _nearest_to(others, told)[0] or place

    def _namesake_across(self, m: Mention, place: Place) -> Place | None:
        """Of a Russian town's namesakes in Ukraine, the one nearest the places the report told struck,
        when one lies within a list's reach of them."""
        told = [(e.latitude, e.longitude) for e in self.events.values() if e.country == "UA" and e.latitude is not None]
        bearers = [p for name in m.key.split("|") for p in self.names.settlements(name)
                   if p.country == "UA" and p.latitude is not None]
        best, reach = _nearest_to(bearers, told)
        return best if told and reach <= _ACROSS_REACH_KM else None

    def _new_attack(self, place: Place, text: str, day: date, precision: str, side: str, basis: str) -> _Attack:
        if place.kind == "district":
            city = self.names.resolve(place.district_of, kind="city", country=place.country)
            parent = city or place
        else:
            parent = place
        attack_id = make_id(self.report.article_id, parent.name, day, side)
        stub = _Attack(attack_id, None, side, basis, day, precision, parent, told_at=self.idx)  # type: ignore[arg-type]
        stub.main = self._event_for(stub, parent, text if parent is place else parent.name)
        return stub

    def _event_for(self, attack: _Attack, place: Place, text: str) -> Event:
        key = (place.gazetteer_id, attack.day, attack.side)
        report = self.report
        self.place_of.setdefault(place.gazetteer_id, place)
        if key not in self.events:
            self.events[key] = Event(
                # Place, day and side, not the report: several reports of one strike are one event.
                event_id=make_id(place.gazetteer_id, attack.day, attack.side),
                attack_id=attack.attack_id,
                event_date=attack.day,
                date_precision=attack.precision,
                attacker=attack.side,
                attacker_basis=attack.basis,
                place=place.name,
                location_text=text,
                district_of=place.district_of,
                admin1=place.admin1,
                country=place.country,
                latitude=round(float(place.latitude), 5),
                longitude=round(float(place.longitude), 5),
                geo_precision=place.geo_precision,
                gazetteer_id=place.gazetteer_id,
                article_id=report.article_id,
                published=report.published.isoformat(),
                source_title=report.title,
                source_url=report.url,
            )
            if place.village and place.raion and place.country == "RU":
                # A village of Russia's table knows its raion by name ("Валуйский Район"): an okrug
                # told with it is its raion ("В Валуйском округе ...; в Казинке ...").
                self.village_raion[self.events[key].event_id] = normalize(romanized(place.raion))
        return self.events[key]

    def _drop_redundant_regions(self, events: list[Event], not_within: set[tuple[str, str]]) -> list[Event]:
        """A region-level event gives way to the places inside the region struck the same day
        by the same side: a roundup's regional total is told again, place by place. A raion's
        "Kropyvnytskyi district" beside its own centre is that town. A city with a region's status
        counts as inside the region around it (Sevastopol in Crimea)."""
        centres = {(e.gazetteer_id, e.event_date, e.attacker): e for e in events}
        kept = []
        for e in events:
            centre = centres.get((e.gazetteer_id.removeprefix("raion:"), e.event_date, e.attacker)) \
                if e.gazetteer_id.startswith("raion:") and e.gazetteer_id.count(":") == 2 else None
            first = e.evidence.split("\n")[0]
            if centre is not None and (self._tells_unnamed_place(first) or (
                    any(getattr(e, k) and getattr(centre, k) and getattr(e, k) != getattr(centre, k)
                        for k in ("killed", "injured")) and self._told_before(centre, first))):
                # (not "a settlement in the Kharkiv district", a place of the raion; nor a toll of the
                # district's told after the city's own: "5 dead in Kharkiv ... a child died in the Kharkiv district")
                centre = None
            if centre is not None:  # "the Kropyvnytskyi district" beside Kropyvnytskyi itself
                for line in e.evidence.split("\n"):
                    _add_evidence(centre, line)
                _fill_figures(centre, e)
            elif not self._told_by_its_villages(e, events, not_within) and self._stands_apart(e, events):
                kept.append(e)
        return kept

    def _told_by_its_villages(self, e: Event, events: list[Event], not_within: set[tuple[str, str]]) -> bool:
        """Whether a raion, or a town named only as its okrug or hromada, is told again by the
        villages the report places in it ("Kozacha Lopan in the Kharkiv district"; "несколько сёл
        Шебекинского округа", then each village), or by towns that lie in it after a summary ("most
        shelling was in the Sumy raion"). With one such village, the raion's figures are its."""
        # (An okrug that has casualties of its own is a strike told apart from its villages', unless
        # they are a village's of that okrug told again: "село в Стародубском округе ... ранен".)
        unit = e.geo_precision == "city" and e.event_id not in self.named_itself
        as_unit = unit and not (e.killed or e.injured)
        # (A raion with no casualties of its own, from a roundup of the past day, is also told again by
        # its village struck that night: "shelled the Kharkiv district", then "overnight, Khorosheve".)
        # (So is a hromada's: "shelled three hromadas over the past day", then each one's villages.)
        near_days = 1 if _is_raion(e) and e.killed is None and e.injured is None or unit and not (e.killed or e.injured) else 0
        same = [o for o in events if o.attacker == e.attacker and abs((o.event_date - e.event_date).days) <= near_days] \
            if _is_raion(e) or unit else []
        # (the raion's villages it was told by; one of Russia's tables knows its raion by name, "Грайворонский Район")
        villages = [o for o in same if o.gazetteer_id.startswith(f"{e.gazetteer_id}:"
                                                                 if _is_raion(e) else f"raion:{e.gazetteer_id}:")
                    or (_is_raion(e) and (_named_raion_of(self.village_raion.get(o.event_id, ""), e.place.removesuffix(" Raion"))
                                          or _raion_written(self.village_raion.get(o.event_id, ""), e.location_text)))
                    or (as_unit and self.raion_of.get(o.event_id) == f"raion:{e.gazetteer_id}"
                        and (e.event_id, o.event_id) not in not_within)
                    or (unit and _named_raion_of(self.village_raion.get(o.event_id, ""), e.place)
                        and (as_unit or (o.killed, o.injured) == (e.killed, e.injured)))]
        # A village the report places in the raion, or a town beside its centre (where its marker
        # would stand), unless the raion's casualties are told as a strike of their own.
        own = self.names.raion_at(e.latitude, e.longitude) if _is_raion(e) and e.country == "UA" else ""
        seat = self.names.raion_seat(own) if own else None
        if seat is not None and km((seat.latitude, seat.longitude), (e.latitude, e.longitude)) <= _BESIDE_CENTRE_KM:
            seat = None  # the raion is named after its largest town, as most are

        def beside_seat(o: Event) -> bool:
            # "the Marhanets district" of a translation beside Nikopol, the largest town of Marhanets's
            # raion: the raion is Nikopol's, and "the Marhanets district" the town's hromada, not Nikopol's.
            return seat is not None and km((seat.latitude, seat.longitude), (o.latitude, o.longitude)) <= _BESIDE_CENTRE_KM

        def placed_in(candidates: list[Event]) -> list[Event]:
            return [o for o in candidates if self.raion_of.get(o.event_id) == e.gazetteer_id or (
                o.geo_precision == "city" and km((o.latitude, o.longitude), (e.latitude, e.longitude)) <= _BESIDE_CENTRE_KM)
                or (own and o.geo_precision == "city" and self.names.raion_at(o.latitude, o.longitude) == own and not beside_seat(o))]

        placed = placed_in(same)
        first = e.evidence.split("\n")[0]
        if _is_raion(e) and placed and e.killed is None and e.injured is None and first in self.sentences \
                and _sentence_lexicon(first, self.lex, self.cyrillic_lex).also_told.test(first) \
                and all(o.evidence.split("\n")[0] in self.sentences[:self.sentences.index(first)] for o in placed):
            # "У Семенівці ... Також у Новгород-Сіверському районі пошкоджені будинки": more damage in the
            # raion, told after its village as more, not the village told again.
            return False
        unnamed_here = _is_raion(e) and self._tells_unnamed_place(first)
        if unnamed_here:  # ("a settlement in the Kharkiv district" is none of its seat's strikes)
            placed = [o for o in placed if o.gazetteer_id != e.gazetteer_id.removeprefix("raion:")]
        if unnamed_here and not placed and e.date_precision == "approx":
            # ("a shelled enterprise in the Rylsk district", dated by the report, then the village the
            # strike hit the day before: the same strike.)
            placed = placed_in([o for o in events if o.attacker == e.attacker and 0 < (e.event_date - o.event_date).days <= 1])
        # (a raion's toll its villages tell again, person for person, is theirs: one hurt in the district,
        # then the one hurt in its village)
        retold = bool(placed) and all(sum(getattr(o, key) or 0 for o in placed) == (getattr(e, key) or 0)
                                      for key in ("killed", "injured"))
        # (or one village's toll, told higher since: "more than 48 dead" in the district, then 51 in the village)
        # (not a toll of the district told after its seat's own: "5 dead in Kharkiv", then "a child died in
        # the Kharkiv district")
        seat_first = bool(placed) and placed[0].gazetteer_id == e.gazetteer_id.removeprefix("raion:") \
            and self._told_before(placed[0], first)
        retold = retold or len(placed) == 1 and _is_raion(e) and (e.killed or e.injured) and not seat_first and all(
            getattr(e, key) is None or getattr(placed[0], key) is not None and getattr(e, key) <= getattr(placed[0], key)
            for key in ("killed", "injured"))
        # (or told again over the list of its villages, none of them its own share: "four killed in the
        # Izium district", then "shelling of A and B killed four")
        lines = {o.evidence.split("\n")[0] for o in placed}
        if placed and not retold and len(placed) >= 2 and len(lines) == 1 \
                and all(o.killed is None and o.injured is None for o in placed):
            toll = self._toll_told(lines.pop())
            retold = any(toll.get(key) and toll.get(key) == getattr(e, key) for key in ("killed", "injured"))
        if placed and _is_raion(e) and (retold or not ((e.killed or e.injured)
                                                       and all(o.attack_id != e.attack_id for o in placed))):
            villages = villages or placed
        elif len(placed) == 1 and (unnamed_here or _is_raion(e) and placed[0].killed is None and placed[0].injured is None
                                   and placed[0].event_date == e.event_date):
            # "attacked a village in the Kupiansk district, injuring two", then the village by name; "struck
            # the Zaporizhzhia district; a woman was hurt", then the one village there, told without a toll
            villages = placed
        elif unit and e.event_id in self.okrugs and not (e.killed or e.injured) and (others := self._okrug_villages(e, placed)):
            # "Обстрелу подвергся Шебекинский горокруг. Снаряд разрушил сарай в Новой Таволжанке": the okrug, told
            # again by its settlement beside the town it is named after.
            villages = others
        if villages:
            # "struck two cars in the Graivoron district", then each village: the raion is told again, village by village.
            if len(villages) == 1:
                _fill_figures(villages[0], e)
            return True
        return False

    def _okrug_villages(self, e: Event, placed: list[Event]) -> list[Event]:
        """The villages (not towns of their own) beside a town told only as its okrug, struck the same day."""
        small = [o for o in placed if o is not e and o.geo_precision == "city" and o.event_date == e.event_date
                 and (p := self.place_of.get(o.gazetteer_id)) is not None and p.population < _VILLAGE]
        return small if len(small) == len([o for o in placed if o is not e]) else []

    def _stands_apart(self, e: Event, events: list[Event]) -> bool:
        """Whether a region's event stays beside the places inside it; else its figures move to them.
        It stays when its casualties are its own and its places are told as stories of their own
        ("Separately, the mayor ..."); with one town inside, the region's figures are that town's. Its
        interception figures move to the first of those places; a place the headline says was struck
        is where the region's strike happened."""
        if not _is_oblast(e):
            return True
        within = {name: f["within"] for name, f in self.names.region_facts.items() if f["within"]}
        # (A region dated only by the report's day is the same strike as a place in it a day or two before.)
        # (A city-region lies within the region around it, unless the sentence that told the region told the
        # city beside it: "атака на Київ, били також по Київщині" strikes both.)
        first = e.evidence.split("\n")[0]
        # ("Протягом доби ... атакували Миколаївщину. Поранено одного": the past day's tally, its toll the places'
        # of either day it spans.)
        first_lex = _sentence_lexicon(first, self.lex, self.cyrillic_lex)
        tally = first_lex.roundup_period.test(first)
        # (nor one told as the land around the city: "in the outlying Kyiv region, homes were hit")
        around = first_lex.surrounding_region.test(first)
        # (Nor a city-region told apart from the region's own toll: "four were wounded in the Kyiv region"
        # beside a high-rise hit in the capital.)
        # (nor one whose own damage is told: "у Київській області пошкоджені 3 будинки" after the strike on Kyiv)
        damaged = first_lex.damage_done.test(first) and not first_lex.intercept_verb.search(first)
        inside = [o for o in events if not _is_oblast(o) and o is not e and o.attacker == e.attacker
                  and e.admin1 in (o.admin1, within.get(o.admin1) if o.evidence.split("\n")[0] != first and not around
                                   and not damaged
                                   and not ((e.killed or e.injured or e.children) and (o.killed, o.injured, o.children)
                                            != (e.killed, e.injured, e.children)) else None)
                  and (o.event_date == e.event_date or e.gazetteer_id.startswith("admin1:") and e.date_precision == "approx" and o.date_precision == "day"
                       and 0 < (e.event_date - o.event_date).days <= _REDATE_DAYS
                       # ("overnight and this morning, 19 attacks on the region", then its places of the past day)
                       or (e.killed is None and e.injured is None or tally) and abs((e.event_date - o.event_date).days) <= 1
                       # (and a place dated only by the report's day is the region's strike of the day before)
                       or e.date_precision == "day" and o.date_precision == "approx"
                       and 0 < (o.event_date - e.event_date).days <= 1)]
        # A region's own casualties, with the places inside told as attacks of their own ("Separately,
        # the mayor of Chornomorsk said his city was hit"), are not told again place by place.
        told = [o for o in inside if o.event_id in self.headline_only]
        settlements = [o for o in inside if o.geo_precision == "city"]
        if (e.killed or e.injured) and len(settlements) == 1 \
                and self._tells_unnamed_place(e.evidence.split("\n")[0]):
            # "killed a man in a border village of the Kursk region. ... The strike hit Tyotkino": there.
            _fill_figures(settlements[0], e)
            return False
        apart = (e.killed or e.injured) and not told and all(
            o.attack_id != e.attack_id and not (o.killed or o.injured) for o in inside) and any(
            o.gazetteer_id in self.told_apart for o in inside)
        if not inside or apart:
            return True
        if len(inside) == 1 and (inside[0].geo_precision == "city" or _is_raion(inside[0])) and not told:
            # "a drone injured one in Crimea ... debris fell near Dzhankoi", "... attacked the Izmail
            # district": there
            _fill_figures(inside[0], e)
        elif not told and (e.killed, e.injured) == (0, 0):
            _unhurt(inside, ("killed", "injured"))  # "nobody was hurt in the Lviv region" after two of its raions
        if len(told) == 1 and e.attack_id not in {o.attack_id for o in inside}:
            _fill_figures(told[0], e)  # "при ударе по Форосу ... пострадали": the region's figures are the town's
            told[0].weapons = told[0].weapons or e.weapons
        first = next((o for o in inside if o.attack_id == e.attack_id), told[0] if told else inside[0])
        for c in FIGURE_FIELDS[3:]:
            if getattr(first, c) is None and getattr(e, c) is not None:
                setattr(first, c, getattr(e, c))
                for line in e.evidence.split("\n"):
                    if line:
                        _add_evidence(first, line)
        return False


_VILLAGE_SIZE = 10_000  # a settlement this size is named for itself, not a namesake a report's side corrects


def _heading_before(headings: list[tuple[int, str]], position: int) -> str:
    """The hromada of the last heading line before a position in the text ("" when none)."""
    return next((place for at, place in reversed(headings) if 0 <= at < position), "")


def _nearest_to(places: list[Place], points: list[tuple[float, float]]) -> tuple[Place | None, float]:
    """Of several namesakes, the one nearest any of the points, and how near (the first, at 0 km, when
    there are no points)."""
    def reach(p: Place) -> float:
        return min((km((p.latitude, p.longitude), q) for q in points), default=0.0)
    best = min(places, key=reach, default=None)
    return best, (reach(best) if best is not None else float("inf"))


def _named_for_context(sentence: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the words before a mention name it for context only (a border, a distance, a hospital)."""
    return lex.context_before.test(sentence[max(0, m.start - CONTEXT_CHARS):m.start])


def _clause_at(sentence: str, pos: int) -> str:
    """The stretch of the sentence between the punctuation around ``pos``."""
    start = max(sentence.rfind(mark, 0, pos) for mark in ",;:") + 1
    ends = [i for i in (sentence.find(mark, pos) for mark in ",;:") if i >= 0]
    return sentence[start:min(ends, default=len(sentence))]


def _without_teasers(text: str, lex: Lexicon, cyrillic_lex: Lexicon | None) -> str:
    """The report without the lines that link to other stories ("Читайте також: ...", "Read
    also: ...": what they tell happened elsewhere, in another report) and without photo captions
    (what a picture shows, told by its credit)."""
    teasers = [lx.teaser_line for lx in (lex, cyrillic_lex) if lx is not None]
    captions = [lx.caption_line for lx in (lex, cyrillic_lex) if lx is not None]
    if not any(rule.test(text) for rule in teasers + captions):
        return text
    return "\n".join(line for line in text.split("\n") if not any(rule.test_start(line.strip()) for rule in teasers)
                     and not any(rule.test(line) for rule in captions))


def _dashes_as_dashes(text: str, lex: Lexicon) -> str:
    """The text with each dash typed as a hyphen ("districts-Darnytskyi") made a dash, so that the
    name after it is a word of its own (one character for another: every position stays)."""
    found = list(lex.dash_written_as_hyphen.pattern.finditer(text))  # (its letters' case matters)
    if not found:
        return text
    chars = list(text)
    for m in found:
        at = m.start("a") if m.group("a") else m.start("b")
        chars[at] = "–"
    return "".join(chars)


def _unhurt(events, keys) -> None:
    """Nobody hurt, in each of these events, by the counts (killed, injured) they were not told."""
    for ev in events:
        for key in keys:
            if key != "children" and getattr(ev, key) is None:
                setattr(ev, key, 0)


def _without_nobody_hurt(sentence: str, lex: Lexicon) -> str:
    """A sentence with its "no casualties" phrases cut out: what is left tells whether anything was struck."""
    for rule in lex.no_casualties:
        sentence = rule.sub(" ", sentence)
    return sentence


def _unit_area(place: Place) -> Place:
    """The raion or hromada a unit mention names, as the area its unnamed villages lie in."""
    if place.gazetteer_id.startswith("raion:"):
        return place
    return Place(f"raion:{place.gazetteer_id}", f"near {place.name}", "region", place.country, place.admin1,
                 place.latitude, place.longitude, 0)


def _total_of_people(sentence: str, hurt: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """"In total, 13 were hurt" sums people; "Всего было выпущено три снаряда, пострадали двое"
    sums the shells: a total word counts what it stands before, and weapons launched between it
    and the casualty figure are what it counts."""
    for m in lex.total_word.finditer(sentence):
        after = [pos for _, _, pos in hurt if pos >= m.end()]
        between = sentence[m.end():min(after)] if after else sentence[m.end():]
        if not (after and (lex.launch_verb.test(between) or facts.weapons_in(between, lex))):
            return True
    return False


def _lines_of(sentences: list[str], text: str) -> list[int]:
    """The line of the text each sentence stands on (a paragraph, as reports are laid out)."""
    lines, at, line = [], 0, 0
    for sentence in sentences:
        found = text.find(sentence, at)
        if found >= 0:
            line += text.count("\n", at, found + len(sentence))  # (counted once: a long report stays linear)
            at = found + len(sentence)
        lines.append(line)
    return lines


def _unknown_places(sentence: str, mentions: list[Mention], names: PlaceNames, lex: Lexicon) -> list[str]:
    """Names a sentence gives as the struck settlement that the gazetteer does not know."""
    out = []
    for m in lex.named_settlement.finditer(sentence):
        group = next(g for g in ("a", "b", "c", "d") if m.groupdict().get(g))
        name, start = m.group(group), m.start(group)
        first = first_end(m)
        if any(x.start <= start < x.end or x.start == first for x in mentions) or (
                names.knows(name) and not names.only_villages(name)):
            # (a road's or a stretch's second end, when its first is a place named: one strike; a name
            # only villages elsewhere bear, none of them taken here, is still unknown)
            continue
        words = name.split()
        if len(words) == 2 and lex.morphology and morphology.is_personal_name(words[0], lex.morphology):
            continue  # "староста села Іван Шавша": a person, after the village he heads
        if facts.weapons_in(name, lex) or name.lower().startswith(
                tuple(lex.word_set("weapon_names") | lex.word_set("capitalised_nouns"))):
            continue  # "атакував селище КАБами", "по посёлку ВСУ выпустили": no settlement's name

        out.append(name)
    return out


def _online_place(name: str, lookup) -> Place | None:
    """A Place from the online fallback's answer, or None."""
    loc = lookup(name)
    if loc is None:
        return None
    raw = loc.raw
    return Place(raw["gazetteer_id"], raw["place"], raw["geo_precision"] if raw["geo_precision"] != "country" else "city",
                 raw["country"], raw["admin1"], loc.latitude, loc.longitude)


def _locates(unit: Mention, village: Mention, sentence: str) -> bool:
    """Whether a hromada or raion told right after a village is only where the village lies."""
    return unit.unit in ("hromada", "raion") and unit.start >= village.end \
        and not sentence[village.end:unit.start].strip() and unit.place.admin1 == village.place.admin1


def _hromada_of_those_after(unit: Mention, targets: list[Mention], sentence: str, lex: Lexicon) -> bool:
    """Whether a hromada named before other targets is theirs: settlements told after it, in its clause,
    that lie by its centre (not "ввечері вдарили по Марганецькій громаді, а вночі по Нікополю")."""
    if unit.unit != "hromada" or unit.place.latitude is None or len(unit.text.split()) < 2:
        return False  # (told with its own noun: not "Myrivka, Marhanets and Pokrovske communities", a list of them)
    return any(o.start > unit.end and not o.unit and o.place.kind == "city" and o.place.latitude is not None
               and o.place.population < _TOWN_OF_ITS_OWN and not lex.clause_break.search(sentence[unit.end:o.start])
               and o.place.admin1 == unit.place.admin1 and o.place.gazetteer_id != unit.place.gazetteer_id
               and km((o.place.latitude, o.place.longitude), (unit.place.latitude, unit.place.longitude))
               <= _VILLAGE_OF_HROMADA_KM for o in targets)


def _attack_for_figures(attacks: list[_Attack], side: str | None, over: set[str], day: date | None) -> _Attack | None:
    """Interception figures belong to the report's first attack by the side whose weapons
    they count (an air force's tally covers the whole night, not its last-named town),
    on the day they were given for. Drones downed over a region belong to an attack in
    that region; with none there, the tally was a night without damage and stays out."""
    fitting = [a for a in attacks if (side is None or a.side == side) and (day is None or a.day == day)]
    if over:
        fitting = [a for a in fitting if a.main.admin1 in over]
        return fitting[0] if fitting else None
    if fitting:
        return fitting[0]
    # (A tally of the other side's weapons, "Russia said it downed 9 Ukrainian drones" in a report of
    # a Russian strike, is no figure of that strike; nor is a tally whose side a report of both
    # sides' strikes leaves open.)
    return attacks[0] if day is None and side is None and len({a.side for a in attacks}) == 1 else None


def _neighbourhoods_in_districts(events: list[Event]) -> list[Event]:
    """ "У Печерському районі ... теж на Печерську": a part of a city named for its district, with
    that district struck the same day, is that district told again."""
    districts = [e for e in events if e.district_of]

    def same(e: Event) -> list[Event]:
        name = normalize(e.place)
        return [d for d in districts if e.geo_precision == "city" and not e.district_of and e.place != d.district_of
                and (d.event_date, d.attacker, d.admin1) == (e.event_date, e.attacker, e.admin1) and len(name) >= 5
                and normalize(d.place).startswith(name[:-2]) and km((e.latitude, e.longitude), (d.latitude, d.longitude))
                <= DISTRICT_KM]
    return _fold_told_again(events, same)


def _namesakes_of_raion_villages(events: list[Event]) -> list[Event]:
    """"атака на сёла Красное и Муром ... в селе Красное Шебекинского округа": a town taken by its
    name alone, far from the raion a later sentence places a village of that name in, is that
    village told again (the gazetteer lacks it; its namesake lies in another raion)."""
    placed = [e for e in events if e.gazetteer_id.startswith("raion:") and e.gazetteer_id.count(":") == 3]
    return _fold_told_again(events, lambda e: [
        v for v in placed if e.geo_precision == "city" and not e.district_of
        and (v.event_date, v.attacker, v.admin1) == (e.event_date, e.attacker, e.admin1)
        and v.place.split(" (")[0] == e.place and km((e.latitude, e.longitude), (v.latitude, v.longitude)) > RAION_SPAN_KM])


def _fold_told_again(events: list[Event], told_again: Callable[[Event], list[Event]]) -> list[Event]:
    """The events without those another tells again: one whose ``told_again`` finds exactly one
    other gives it its evidence and the figures it lacks."""
    kept = []
    for e in events:
        same = told_again(e)
        if len(same) == 1:
            for line in e.evidence.split("\n"):
                _add_evidence(same[0], line)
            _fill_figures(same[0], e)
            continue
        kept.append(e)
    return kept


def _one_district_hurt(events: list[Event]) -> list[Event]:
    """"Five were wounded in Kharkiv. The strike hit the Shevchenkivskyi district.": the city's
    casualties, its one district struck that day told no figures of its own, are that district's.
    (So is the city's count of the dead when the district told only the risen count of the hurt:
    "two killed, 14 injured in Kherson ... the injured in the Korabelnyi district rose to 19". And
    nobody killed in the city is nobody killed in each district it lists.)"""
    for city in events:
        if city.district_of or city.geo_precision != "city" or (city.killed is None and city.injured is None):
            continue
        districts = [d for d in events if d.district_of == city.place and d.attack_id == city.attack_id]
        for key in ("killed", "injured"):
            if getattr(city, key) == 0:  # nobody killed in the city: nobody in any of its districts
                for district in districts:
                    if getattr(district, key) is None:
                        setattr(district, key, 0)
        if len(districts) != 1:
            continue
        district = districts[0]
        told = [key for key in ("killed", "injured") if getattr(district, key) is not None]
        if all(getattr(city, key) is not None and getattr(district, key) >= getattr(city, key) for key in told):
            for key in ("killed", "injured"):
                if getattr(district, key) is None:
                    setattr(district, key, getattr(city, key))
    return events


_BESIDE_CENTRE_KM = 10
_HROMADA_SETTLEMENT = 10_000  # a town this size (Apostolove, 16,000) is a hromada's centre, never one of its villages
_LARGE_HROMADA_KM = 50  # the villages of a large hromada (Novhorod-Siverskyi's) lie this far from its centre, at most
_TOWN_OF_ITS_OWN = 50_000  # a town this size is a hromada's centre, never one of another's settlements
_VILLAGE_OF_HROMADA_KM = 25  # a settlement this near a hromada's centre is taken to lie in it (a rural hromada spans 20-40 km)
_COUNTRY_FIGURE_GAP = 70  # characters between a figure and the country it is told of ("five civilians died and dozens
# more were hurt in the shelling of towns across Ukraine"; the reach of `to_place`)
_TOWN_CALLED_VILLAGE = 50_000  # a town this small may be called a village by a reporter far away
_HOMONYM_NEAR_KM = 60  # ... when it lies this close to a place the story has struck
_LOCATOR_GAP = 40  # characters between a settlement and the raion named to place it
_VILLAGE_NEAR_TOWN_KM = 30  # a village a report says a strike was "near" a town for lies this close to it
_VILLAGE_PLACED_KM = 80  # a village placed by its way from a town ("60 km west of Mykolaiv") lies this close to it
_ACROSS_REACH_KM = 90  # a namesake across the border (for a town a side cannot have struck) lies this near the places told


def _named_raion_of(raion: str, town: str) -> bool:
    """Whether a raion known by its folded name ("valuyskiy rayon") is the one named after a town
    (Valuyki): they share all but the town's last two letters, and four at least."""
    if not raion:
        return False
    town = normalize(town)
    return len(os.path.commonprefix([raion, town])) >= max(4, len(town) - 2)


def _raion_written(raion: str, written: str) -> bool:
    """Whether a raion known by its folded name ("neklinovskii raion") is the one a report wrote by its
    adjective in some case ("Неклиновского района"), though named after a seat of another name
    (Pokrovskoye): the adjective's stem, all but a case ending of four letters at most."""
    words = normalize(romanized(written)).split()
    if not raion or not words:
        return False
    return len(os.path.commonprefix([raion, words[0]])) >= max(6, len(words[0]) - 4)


def _locating_raion(m: Mention, mentions: list[Mention]) -> str | None:
    """The raion a sentence names right beside a settlement to place it ("Kozacha Lopan in the
    Kharkiv district", "в селе Рубежное Чугуевского района"), as its gazetteer id."""
    gaps = [(a.start - m.end if a.start >= m.end else m.start - a.end, a.place.gazetteer_id) for a in mentions
            if a.role == "locator" and a.place.gazetteer_id.startswith("raion:")
            and a.place.gazetteer_id.count(":") == 2 and a.place.admin1 == m.place.admin1]
    near = [g for g in gaps if 0 <= g[0] <= _LOCATOR_GAP]
    return min(near)[1] if near else None


def _toll_moved(located: re.Match, source: Event, into: Event) -> None:
    """The figures a sentence placing a toll names (the dead, the injured, or all "victims"), from the
    event the toll was told of to the place it now names, where that place has none."""
    said = located.groupdict()
    for key in ("killed", "injured"):
        if (said.get(key) or said.get("both")) and getattr(into, key) is None:
            setattr(into, key, getattr(source, key))
    if said.get("both") and into.children is None:
        into.children = source.children


def _fill_figures(into: Event, source: Event) -> None:
    """The figures an event gives way with that the place taking its place lacks."""
    for c in FIGURE_FIELDS:
        if getattr(into, c) is None and getattr(source, c) is not None:
            setattr(into, c, getattr(source, c))


def _covers(place: Place, ev: Event) -> bool:
    """Whether an event of the body tells of the place a headline names."""
    if ev.gazetteer_id == place.gazetteer_id or ev.district_of == place.name:
        return True
    if place.kind == "region":
        return ev.admin1 == place.admin1
    # (a whole region's marker stands at its capital, but tells of no one town: "по Одессе" over "по Одесщине")
    return not _is_oblast(ev) and km((place.latitude, place.longitude), (ev.latitude, ev.longitude)) <= 10


def _region_named_after(city: Place) -> bool:
    """Whether the city's region bears its name, however either is spelt ("Nizhniy Novgorod" and
    the Nizhny Novgorod Oblast)."""
    words = city.admin1.split()
    return len(words) > 1 and spelling_key(" ".join(words[:-1])) == spelling_key(city.name)


def _is_raion(ev: Event) -> bool:
    """A raion's own event ("Grayvoron Raion"), not a village it locates."""
    return ev.gazetteer_id.startswith("raion:") and ev.place.endswith(" Raion")


def _is_oblast(ev: Event) -> bool:
    """A whole region's event, not a raion's (a raion is region-precision too, but smaller)."""
    return ev.geo_precision == "region" and not ev.gazetteer_id.startswith("raion:")


def _strike_clause(sentence: str, position: int, lex: Lexicon) -> str:
    """The clause of a sentence a position lies in, between the breaks where it turns from one strike
    to another."""
    start, end = 0, len(sentence)
    for brk in lex.clause_break.finditer(sentence):
        if brk.end() <= position:
            start = brk.end()
        elif brk.start() >= position:
            end = brk.start()
            break
    return sentence[start:end]


def _told_of_the_place(sentence: str, found: re.Match, lex: Lexicon) -> bool:
    """Whether what was found (a year, "a year ago") sits in a clause of its own that tells more of the
    noun before it, while the rest of the sentence tells a strike: "shelled Kupiansk, a town that Russia
    held in 2022, ..."."""
    cut = sentence.rfind(",", 0, found.start()) + 1
    end = sentence.find(",", found.end())
    rest = sentence[:cut] + (sentence[end:] if end > 0 else "")
    return cut > 0 and lex.relative_clause.match(sentence[cut:found.start()]) is not None and (
        lex.strike.test(rest) or bool(facts.casualties(rest, lex)))


def _anaphor_noun(m: re.Match) -> str:
    """The noun a place is told again by ("в місті", "the region"): the anaphora rule's one group."""
    return next(g for g in m.groups() if g).lower()


def _anaphora_targets(sentence: str, mentions: list[Mention], lex: Lexicon, names: PlaceNames,
                      story_city: Place | None = None) -> list[Mention]:
    """'within the region' after 'the governor of Belgorod', "the mayor of Chornomorsk said the enemy
    attacked his city": the place of the title is the target ("in the city" after the head of a
    region's administration: the region's capital, unless the story has just told of another of
    its cities: "shelled Izium ... the region's police said a shop in the city was wrecked")."""
    m = lex.anaphora.search(sentence)
    if m and lex.this_district.test(sentence):
        return []  # "the mayor said a man wounded in this district died": the district told before
    if not m:
        # "Belgorod governor Gladkov said two drones hit a village": the governor's region.
        unnamed = lex.unnamed_settlement.search(sentence)
        titles = [x for x in mentions if x.role == "title" and x.place.kind == "region"
                  and unnamed is not None and x.start < unnamed.start()]
        return [replace(titles[-1], role="target")] if titles else []
    noun = _anaphor_noun(m)  # "в місті", "його місто"
    wanted = "region" if noun in lex.word_set("region_nouns") else "city"
    for mention in reversed([x for x in mentions if x.start < m.start()]):
        if mention.role == "title" and (mention.place.kind == wanted or wanted == "city"):
            place = mention.place
            if noun in lex.word_set("city_nouns") and place.kind == "region" and not place.gazetteer_id.startswith("raion:"):
                place = story_city if story_city is not None and story_city.admin1 == place.admin1 \
                    else names.capital(place.admin1) or place
            return [replace(mention, role="target", place=place)]
    return []


def _add_evidence(ev: Event, sentence: str) -> None:
    lines = [s for s in ev.evidence.split("\n") if s]
    if sentence not in lines:
        ev.evidence = "\n".join(lines + [sentence])


def _add_reporter(ev: Event, who: str, lex: Lexicon, replace_title: bool = False) -> None:
    names = [r for r in ev.reported_by.split("; ") if r]
    if replace_title:
        titled = [r for r in names if lex.titled_reporter.test(r)]
        if titled:
            names[names.index(titled[-1])] = f"{who} ({titled[-1]})"
            ev.reported_by = "; ".join(names)
            return
    if who not in names:
        ev.reported_by = "; ".join(names + [who])


def _told_in(sentence: str, pos: int, limit: int, ordered: list[tuple[int, Event]], lex: Lexicon) -> Event | None:
    """The place a figure at ``pos`` is said to be "in" before ``limit`` ("two were killed in Pokrovsk")."""
    return next((ev for start, ev in ordered
                 if pos < start < limit and lex.to_place.test_start(sentence[pos:start][-60:])), None)


def _listed_after(target: Event, sentence: str, limit: int, ordered: list[tuple[int, Event]], lex: Lexicon) -> bool:
    """Whether another place struck follows the place a figure is told "in", listed with it
    before the next figure (not a district after its own city), or places left unnamed do."""
    at = next(start for start, ev in ordered if ev is target)
    if lex.others_after.test_start(sentence[_end_of(sentence, at):limit]):
        return True  # ("in Dnipro and communities in the region": others, left unnamed)
    after = [(start, ev) for start, ev in ordered if at < start < limit]
    if not after or after[0][1].district_of == target.place:
        return False
    return _list_gap(sentence[_end_of(sentence, at):after[0][0]], lex)


def _list_gap(gap: str, lex: Lexicon) -> bool:
    """Whether the words between two places list them together ("A, B", "the Kurakhove hromada and
    the town of Ukrainsk")."""
    unit = lex.hromada_after.match(gap) or lex.raion_after.match(gap) or lex.unit_noun_after.match(gap)
    gap = gap[unit.end():] if unit else gap
    return lex.listed.pattern.fullmatch(gap) is not None or lex.settlement_list_gap.test(gap)


def _paired(gap: str, lex: Lexicon) -> bool:
    """Whether two figures are told as one pair ("two killed and " before "one injured"): a short
    stretch, no comma, ending in "and"."""
    words = gap.split()
    return len(gap) <= 40 and not any(mark in gap for mark in ",;:") and len(words) >= 2 \
        and lex.joined.pattern.fullmatch(f" {words[-1]} ") is not None


def _assign_casualties(hurt: list[tuple[str, int, int]], touched: list[tuple[int, Event]], sentence: str,
                       lex: Lexicon, regions_at: list[int] = (), told_before: Event | None = None,
                       countries_at: list[int] = (), besides_dead: bool = False, unplaced_at: list[int] = (),
                       districts: list[Event] = (), more_told: bool = False,
                       told_last: dict | None = None, told_now: dict | None = None) -> bool:
    """Each figure goes to its place: the one it is said to be "in" right after it ("two were
    killed in Pokrovsk"), else the place named last before it, else the first place. A
    district never repeats the casualties of its city. A figure before every place whose first
    place is "another"'s ("22 hurt on the beach; another two in B") stays with the place the
    sentence before told of, ``told_before``. A figure told of a country ("killed seven civilians
    in Ukraine and damaged the grid in Kharkiv") is no place's. A place struck but not placed
    (``unplaced_at``, where its name stands) still takes its share of a breakdown. "One more"
    adds to a city only past what its ``districts`` already count within the city's figure; so does a
    figure ``more_told`` (a sentence opening on "also"). "One more" after the sentence before told a
    place's figure again, lower ("two died ... «One woman died. Another died in the ambulance»"), adds
    to that figure (``told_last``); what this sentence gives each place goes to ``told_now``."""
    if not hurt or not touched or lex.places_counted.test(sentence):
        # ("struck Kharkiv and 7 settlements of the region; six were hurt": a toll over the town and places
        # only counted, no one place's)
        return False
    placed = False
    # "In a separate attack on the town two were hurt": more
    separate = lex.separate_incident.test(sentence) or more_told
    ordered = sorted(touched, key=lambda item: item[0])
    each = lex.each_place.search(sentence)
    whole = hurt
    hurt = _without_totals(hurt, ordered, sentence, each)
    # ("injuring seven people" told of A, then "seven were injured – six in B and one in A": the seven
    # was the attack's, A's own figure is its share)
    broken_down = {(key, value) for key, value, pos in whole if (key, value, pos) not in hurt}
    for figure in list(hurt):
        # "killed 3 civilians in the region: in A, B and C": a toll spread over places with no figure
        # of their own is one each when it counts them, else no place's own.
        key, value, pos = figure
        # (a dash after "one each" sets off where the shares were: "по одному — в A и B")
        marks = [i for i in (sentence.find(mark, pos) for mark in (facts.BREAKDOWN_MARKS[:1] if each else facts.BREAKDOWN_MARKS))
                 if i > 0]
        colon = min(marks) if marks else -1
        items = [(start, ev) for start, ev in ordered if start > colon] if colon > 0 else []
        after = [ev for _, ev in items]
        # ("killed two: in Kostiantynivka and Fedorivka", the village not placed: one each still)
        shares = len(after) + sum(1 for p in unplaced_at if colon > 0 and p > colon)
        if shares < 2 or not after or key == "children" or any(p > colon for _, _, p in hurt) \
                or any(pos < start < colon for start, _ in ordered) or (each and each.start() > colon):
            continue
        hurt.remove(figure)
        placed = True
        # ("three were killed – a woman in A, a man in B and a man in C": one person told before each)
        bounds = [colon] + [start for start, _ in items]
        # (and "four were hurt: a man in A, a woman in B and a man and a woman in C": the people told before each)
        people = [len(list(lex.one_person_word.finditer(sentence[max(bounds[k], sentence.rfind(",", 0, start)):start])))
                  for k, (start, _) in enumerate(items)]
        one_each = value >= len(after) and shares == len(after) and all(n == 1 for n in people)
        if value == shares or one_each:
            for ev in after:
                setattr(ev, key, max(getattr(ev, key) or 0, 1))
        elif shares == len(after) and all(people) and sum(people) == value:
            for ev, n in zip(after, people):
                # (a place given the whole toll before, "hit Kharkiv, injuring four": its share now)
                current = getattr(ev, key)
                setattr(ev, key, n if current in (None, value) else max(current, n))
    # (a figure may itself be the share: "по одному пострадавшему — в A и B"; a figure told "in"
    # a place of its own is that place's, not the total: "п'ятеро: двоє в A й по одному в B та C")
    def own_place(figure: tuple[str, int, int]) -> bool:
        start = min((s for s, _ in ordered if figure[2] < s < each.start()), default=None)
        return start is not None and not any(figure[2] < p < start for _, _, p in hurt) \
            and lex.to_place.test_start(sentence[figure[2]:start][-60:])

    total = max((f for f in hurt if f[2] <= each.start() and not own_place(f)),
                key=lambda f: f[2], default=None) if each else None
    n = (1 if each.group("one") else lex.numbers.parse(each.group("n") or "")) if total else None
    # ("по двое в A и B, ещё один — в C": the share ends at the next figure)
    share_end = min((p for _, _, p in hurt if p > each.end()), default=len(sentence)) if n else 0
    shared = [ev for start, ev in ordered if each.start() < start < share_end] if n else []
    if shared:
        # "four killed, one each in A, B, C and D": each place its share, the total none.
        for ev in shared:
            current = getattr(ev, total[0])
            setattr(ev, total[0], n if current is None else max(current, n))
        hurt = [f for f in hurt if f is not total]
        placed = True
    elif each and total is None and hurt:
        # "six were hurt in A, three each in B and C, one each in D and E": after a figure of its own
        # place, each share counts what that figure counted, for the places up to the next share.
        shares = list(lex.each_place.finditer(sentence))
        for k, share in enumerate(shares):
            counted = max((f for f in hurt if f[2] < share.start()), key=lambda f: f[2], default=None)
            n = 1 if share.group("one") else lex.numbers.parse(share.group("n") or "")
            end = min(([shares[k + 1].start()] if k + 1 < len(shares) else [len(sentence)])
                      + [p for _, _, p in hurt if p > share.end()])
            if counted is None or not n:
                continue
            for start, ev in ordered:
                if share.start() < start < end and getattr(ev, counted[0]) is None:
                    setattr(ev, counted[0], n)
                    placed = True
    starts = sorted({pos for _, _, pos in hurt})
    found: dict[tuple[int, str], int] = {}
    last_at: dict[tuple[int, str], int] = {}
    for key, value, pos in sorted(hurt, key=lambda figure: figure[2]):
        following = [p for p in starts if p > pos]
        limit = following[0] if following else len(sentence)
        place_after = min([start for start, _ in ordered if start > pos], default=len(sentence))
        if any(pos < c < min(place_after, limit) and c - pos <= _COUNTRY_FIGURE_GAP
               and lex.to_place.test_start(sentence[pos:c][-60:]) for c in countries_at):
            continue
        if lex.region_wide.search(sentence[pos:min(place_after, limit, pos + _REGION_FIGURE_GAP)]):
            continue  # "..., and five were hurt in the region": the region's toll, no place's
        wide = lex.country_wide.search(sentence[max(0, pos - _COUNTRY_FIGURE_GAP):pos]) if key != "children" else None
        if wide is not None and _told_in(sentence, pos, limit, ordered, lex) is None \
                and not _locates_place(sentence, max(0, pos - _COUNTRY_FIGURE_GAP) + wide.start(), ordered):
            # "Nine died across the country, two children among them in the Kyiv region": the night's toll
            # (the children it places are the region's; not "regional authorities said 12 were hurt in Dnipro":
            # a figure told in a place is that place's)
            continue
        target = _told_in(sentence, pos, limit, ordered, lex)
        if target is not None and _listed_after(target, sentence, limit, ordered, lex):
            continue  # "injured four people in Sumy and Okhtyrka": a total over both, neither's own
        reach = limit  # where the figure's own stretch ends (its partner's, when told as a pair)
        if target is None and following and _paired(sentence[pos:following[0]], lex):
            # "two killed and one injured in Siversk": both figures are the place's after the second.
            later = [p for p in starts if p > following[0]]
            reach = later[0] if later else len(sentence)
            target = _told_in(sentence, following[0], reach, ordered, lex)
            if target is not None and _listed_after(target, sentence, reach, ordered, lex):
                continue
        if target is None and lex.capitals_mark_names and any(
                lex.to_place.test_start(sentence[pos:name.start()][-60:])
                and not lex.context_before.test(sentence[max(0, name.start() - CONTEXT_CHARS):name.start()])
                for name in CAPITALISED_WORD.finditer(sentence, pos + 1, limit)):
            # "two in Maksymilianivka": a place the gazetteer lacks, no other place's figure (not the town
            # the wounded were taken to)
            continue
        if target is None:
            before = [(start, ev) for start, ev in ordered if start <= pos]
            # (the city its districts are told "of" is no item of their list: "struck the A and B
            # districts of Kharkiv, injuring two" is a total over both districts)
            before = [(start, ev) for start, ev in before if ev.district_of or not any(
                o.district_of == ev.place for _, o in before)]
            if len(before) >= 2 and ";" not in sentence[before[-1][0]:pos] \
                    and _list_gap(sentence[_end_of(sentence, before[-2][0]):before[-1][0]], lex) \
                    and not lex.where_clause.test_start(sentence[_end_of(sentence, before[-1][0]):pos]):
                continue  # "shelled A, B and C, killing one": a total over the list, no one place's figure
            if not before and any(r < pos for r in regions_at) and (len(ordered) >= 2 or lex.roundup_period.test(sentence)):
                # "in the Donetsk region five were killed: four in A, one in B": the region's total (so is the
                # day's: "In the Sumy region one was killed and nine hurt during the day, drones also hit Sumy")
                continue
            if not before and _listed_after(ordered[0][1], sentence, reach, ordered, lex):
                continue  # "three killed in attacks on the Pokrovsk hromada and Kostiantynivka": over both
            # ("In Sumy Oblast, a woman was wounded after a drone hit the village of Myropillia": the one place's)
            if not before and any(k == key and pos < p < ordered[0][0] and lex.more_figure.test(sentence[max(0, p - 12):p + 40])
                                  for k, _, p in hurt):
                if told_before is None:
                    continue
                target = told_before
            else:
                target = before[-1][1] if before else ordered[0][1]
            if len(before) >= 2 and before[-2][1].district_of and before[-2][1].district_of == target.place:
                target = before[-2][1]  # "the Dniprovskyi district of Kherson ..., wounding two": the district's
        slot = (id(target), key)
        if slot in last_at and lex.figure_update.test(sentence[last_at[slot]:limit]):
            # "first 13 dead were reported; the toll later rose to 18": the new figure, not a sum.
            found[slot] = value
            setattr(target, key, value)
        elif slot not in found and getattr(target, key) is not None \
                and (_said_more(sentence, pos, limit, lex) or separate) \
                and not any(k != key and p < pos for k, _, p in hurt) \
                and not (besides_dead and key == "injured" and not separate):
            # (not "two died and nine more were hurt": more than the dead, not more than told before)
            # "Later another man was wounded", "In a separate attack on the town two were hurt": more
            # than the place had, not a restatement.
            found[slot] = value
            within = sum(getattr(e, key) or 0 for e in districts if e.district_of == target.place
                         and e.attack_id == target.attack_id) if not target.district_of else 0
            again = (told_last or {}).get(slot)
            if again is not None and again < getattr(target, key):
                found[slot] = again + value
                setattr(target, key, max(getattr(target, key), again + value))
            elif not within or within + value > getattr(target, key):
                setattr(target, key, getattr(target, key) + value)
            # (else "two hurt in Kherson", a man hurt in its Dniprovskyi district, "later one more": the city's
            # two, told first, already count both)
        elif slot not in found and getattr(target, key) is not None \
                and lex.total_word.search(sentence[max(0, pos - _TOTAL_WORD_REACH):pos]):
            # "One body was found ... two more ... In total, three people died": the place's count
            # told whole, what was added before it notwithstanding.
            found[slot] = value
            setattr(target, key, value)
        else:
            found[slot] = found.get(slot, 0) + value
            current = getattr(target, key)
            setattr(target, key, found[slot] if current is None or (key, current) in broken_down
                    else max(current, found[slot]))
        last_at[slot] = pos
        placed = True
    if told_now is not None:
        told_now.update(found)
    return placed


_TOTAL_WORD_REACH = 30  # characters between "in total" and the figure it stands before


def _tallied(sentence: str, lex: Lexicon) -> bool:
    """Whether a sentence tallies a period ("since the start of the war, 120 were killed"), not
    measures the strike against one ("the deadliest since the invasion began")."""
    if not lex.period_total.test(sentence):
        return False
    compared = _compared(sentence, lex)
    return not compared or any(not any(a <= m.start() < b for a, b in compared) for m in lex.period_total.finditer(sentence))


def _town_of_its_region(mentions: list[Mention]) -> list[Mention]:
    """"над містом Джанкой у Криму": one town and the region that locates it are the town."""
    towns = [m for m in mentions if m.place.kind != "region"]
    if len(towns) == 1 and all(m.place.admin1 == towns[0].place.admin1 for m in mentions):
        return towns
    return mentions


def _compared(sentence: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans that measure the strike against a period ("the deadliest since the invasion in
    February 2022"): neither a tally nor a past attack recalled."""
    return [m.span() for m in lex.compared_with_period.finditer(sentence)]


def _locates_place(sentence: str, at: int, ordered: list[tuple[int, Event]]) -> bool:
    """"A strike on Kupiansk in northeastern Ukraine wounded four": the country's words right after a
    place the sentence names say where that place lies, not that the figure is the country's."""
    return any(0 < at - start <= _LOCATED_REACH and not any(mark in sentence[start:at] for mark in ",;")
               for start, _ in ordered)


_LOCATED_REACH = 40  # characters from a place's name to the country's words that locate it


def _said_more(sentence: str, pos: int, limit: int, lex: Lexicon) -> bool:
    """Whether the figure at ``pos`` is said to be more than told before ("another man was hurt").
    The word right before the next figure is that figure's: in "one was killed and another two
    injured" only the two are more."""
    end = min(pos + 40, limit)
    window = sentence[max(0, pos - 12):end]
    return any(window[m.end():].strip() or end < limit or limit == len(sentence) for m in lex.more_figure.finditer(window))


def _counted_back_from_story(sentence: str, lex: Lexicon) -> bool:
    """Whether the sentence dates what it tells by the story's day counted back ("Накануне ...", "the day
    before"): an earlier strike, not the day of the one told."""
    return any(rule.meta.get("base") == "story" and rule.test(sentence) for rule in lex.relative_date)


def _without_totals(hurt: list[tuple[str, int, int]], ordered: list[tuple[int, Event]],
                    sentence: str, each: re.Match | None) -> list[tuple[str, int, int]]:
    """"Four were injured: one in A, one in B and two in C": a figure a colon breaks down by
    place is the sum of the parts that follow, not a figure of its own ("five: two in A, one in
    each of B, C and D": a share counts once for each place it is told of)."""
    def times(p: int) -> int:
        if each is None or not each.start() <= p < each.end():
            return 1
        upto = min((q for _, _, q in hurt if q > each.end()), default=len(sentence))
        return max(1, sum(1 for start, _ in ordered if each.end() <= start < upto))

    out = []
    for key, value, pos in hurt:
        # "п'ятеро загиблих – четверо в A та один в B": a dash breaks a toll down as a colon does, and so
        # does a bracket ("seven were hurt (three in A, two in B ...)")
        colon = min((i for i in (sentence.find(sep, pos) for sep in (":", " – ", " — ", " (")) if i > 0), default=-1)
        parts = [v * times(p) for k, v, p in hurt if k == key and p > colon] if colon > 0 else []
        if len(parts) >= 2 and sum(parts) == value and not any(pos < start < colon for start, _ in ordered):
            continue
        out.append((key, value, pos))
    return out


def _only_shot_down_over(event: Event) -> bool:
    """A region where weapons were shot down and, the report says, nobody was hurt and nothing
    damaged: no strike to mark (the night's figures stay in its attack record)."""
    return _is_oblast(event) and event.killed == 0 and event.injured == 0 and not event.damage \
        and bool(event.drones_intercepted or event.missiles_intercepted)


def _other_weapons(told: list[str], weapons: str) -> bool:
    """Whether a sentence's weapons and a strike's share no kind (a cruise missile is a missile)."""
    def kinds(items) -> set[str]:
        return {"missile" if "missile" in w else w for w in items if w and w != "unknown"}
    return bool(kinds(told)) and bool(kinds(weapons.split(";"))) and not kinds(told) & kinds(weapons.split(";"))


def _end_of(sentence: str, start: int) -> int:
    """Where the place name starting at ``start`` ends ("Kryvyi Rih", "Bila Tserkva")."""
    m = WORD_RE.match(sentence, start)
    end = m.end() if m else start
    while True:
        nxt = re.match(r" ([A-Z\u0400-\u042f\u0404\u0406\u0407][\w'’-]*)", sentence[end:])
        if not nxt:
            return end
        end += nxt.end()


def _confidence(ev: Event) -> float:
    score = 0.45
    score += 0.2 if ev.attacker_basis == "stated" else 0.0
    score += 0.15 if ev.date_precision == "day" else 0.0
    score += 0.1 if ev.geo_precision in ("district", "city") else 0.05
    score += 0.05 if (ev.killed is not None or ev.injured is not None or ev.damage) else 0.0
    return round(min(score, 0.95), 2)
