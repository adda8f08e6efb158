"""Villages of the regions bordering Ukraine, crossings named by their two sides, and
Ukrainian places under the names they had before their renaming.

The coordinates are where the villages lie on the map (every one resolves within 10 km of
them); the sentences are made up for these tests.
"""

from __future__ import annotations

import csv

import pytest

from geomap.gazetteer import default_index

from .conftest import km

# name, country, admin-1 (ISO 3166-2), lat, lon, how a report states the region,
# a sentence naming the village bare next to places near it.
VILLAGES = [
    # Poland: Lublin and Subcarpathian voivodeships
    ("Sobibór", "PL", "PL-06", 51.48, 23.64, "Lubelskie",
     "Border guards patrolled the forest at Sobibór, north of Włodawa, by the Bug."),
    ("Uhrusk", "PL", "PL-06", 51.30, 23.62, "Lublin province",
     "Police closed the road through Uhrusk, between Dorohusk and Włodawa."),
    ("Zbereże", "PL", "PL-06", 51.40, 23.67, "Lublin Voivodeship",
     "A drone was found in a field near Zbereże, south of Włodawa and north of Uhrusk."),
    ("Budomierz", "PL", "PL-18", 50.10, 23.27, "Podkarpackie",
     "Hauliers parked along the road into Budomierz, east of Lubaczów, near Horyniec-Zdrój."),
    ("Werchrata", "PL", "PL-18", 50.26, 23.47, "Subcarpathian Voivodeship",
     "Border guards searched the woods around Werchrata, near Horyniec-Zdrój and Hrebenne."),
    ("Arłamów", "PL", "PL-18", 49.58, 22.67, "Podkarpackie Voivodeship",
     "Delegations met at the hotel in Arłamów, south of Przemyśl, near Krościenko."),
    ("Wołosate", "PL", "PL-18", 49.07, 22.68, "Podkarpackie",
     "Rangers found the wreck above Wołosate, beyond Ustrzyki Górne."),
    # Slovakia: Košice and Prešov regions
    ("Vyšné Nemecké", "SK", "SK-KI", 48.66, 22.26, "Košice region",
     "Lorries waited at Vyšné Nemecké, east of Sobrance, on the road to Uzhhorod."),
    ("Veľké Slemence", "SK", "SK-KI", 48.51, 22.14, "Košice Region",
     "A footbridge was opened at Veľké Slemence, near Čierna nad Tisou and Uzhhorod."),
    ("Ubľa", "SK", "SK-PV", 48.90, 22.39, "Prešov region",
     "Refugees crossed at Ubľa, east of Snina, by Ulič."),
    ("Ulič", "SK", "SK-PV", 48.96, 22.42, "Prešov Region",
     "Volunteers set up tents in Ulič, beyond Snina, close to Ubľa."),
    # Hungary: Szabolcs-Szatmár-Bereg
    ("Lónya", "HU", "HU-SZ", 48.33, 22.27, "Szabolcs-Szatmár-Bereg county",
     "The ferry at Lónya, south of Záhony, stopped running; Kisvárda is close by."),
    ("Beregdaróc", "HU", "HU-SZ", 48.20, 22.53, "Szabolcs-Szatmár-Bereg",
     "Cars queued at Beregdaróc, near Beregsurány and Vásárosnamény."),
    ("Uszka", "HU", "HU-SZ", 48.07, 22.86, "Szabolcs-Szatmár-Bereg county",
     "The river flooded Uszka, east of Fehérgyarmat, near Tiszabecs."),
    # Romania: Iași, Botoșani, Maramureș
    ("Sculeni", "RO", "RO-IS", 47.31, 27.61, "Iași county",
     "Trucks lined up at Sculeni, north-east of Iași, across the Prut from Ungheni."),
    ("Racovăț", "RO", "RO-BT", 48.09, 26.29, "Botoșani county",
     "Storms flattened the crops in Racovăț, north of Dorohoi and Botoșani."),
    ("Teceu Mic", "RO", "RO-MM", 48.00, 23.59, "Maramureș county",
     "The Tisa rose at Teceu Mic, west of Sighetu Marmației."),
    # Moldova
    ("Criva", "MD", "MD-BR", 48.26, 26.67, "Briceni district",
     "Customs officers at Criva, west of Lipcani and Briceni, checked every bus."),
    ("Tudora", "MD", "MD-SV", 46.44, 30.04, "Ștefan Vodă district",
     "Fragments fell in Tudora, near Palanca and Purcari, on the Dniester estuary."),
    ("Larga", "MD", "MD-BR", 48.37, 26.84, "Briceni district",
     "Villagers in Larga, north of Briceni and near Lipcani, heard the explosions."),
    # Belarus: Brest and Gomel regions
    ("Tomashovka", "BY", "BY-BR", 51.55, 23.60, "Brest region",
     "Troops drilled near Tomashovka, south of Brest, on the road to Domachevo."),
    ("Makrany", "BY", "BY-BR", 51.83, 24.26, "Brest region",
     "Guards watched the road at Makrany, south of Malaryta, near Kobryn."),
    ("Kamaryn", "BY", "BY-HO", 51.44, 30.57, "Gomel region",
     "Soldiers gathered in Kamaryn, south of Brahin, on the Dnieper."),
]

# name, admin-1 (ISO 3166-2), lat, lon, how a report states the region, a sentence naming
# the village bare next to places near it: villages of the Kursk, Belgorod and Bryansk
# regions that war reports name, below the cities500 threshold.
RUSSIAN_VILLAGES = [
    ("Plekhovo", "RU-KRS", 51.10, 35.33, "Kursk region",
     "Russian officials said their troops were back in Plekhovo, south of Sudzha."),
    ("Martynovka", "RU-KRS", 51.24, 35.37, "Kursk Oblast",
     "A drone struck a barn in Martynovka, east of Sudzha."),
    ("Makhnovka", "RU-KRS", 51.17, 35.30, "Kursk oblast",
     "Fighting went on around Makhnovka, just south of Sudzha."),
    ("Cherkasskoye Porechnoye", "RU-KRS", 51.30, 35.33, "Kursk region",
     "Columns moved through Cherkasskoye Porechnoye, north of Sudzha."),
    ("Zvannoye", "RU-KRS", 51.38, 34.55, "Kursk region",
     "Shelling was reported in Zvannoye, north of Glushkovo."),
    ("Glotovo", "RU-BEL", 50.43, 35.60, "Belgorod region",
     "A drone hit a car in Glotovo, near Grayvoron."),
    ("Gora-Podol", "RU-BEL", 50.47, 35.65, "Belgorod Oblast",
     "Mortar rounds landed in Gora-Podol, west of Grayvoron."),
    ("Bezymeno", "RU-BEL", 50.38, 35.69, "Belgorod region",
     "Two houses burned in Bezymeno, south of Grayvoron."),
    ("Kolotilovka", "RU-BEL", 50.85, 35.60, "Belgorod region",
     "The border post at Kolotilovka, north-west of Krasnaya Yaruga, came under fire."),
    ("Kurkovichi", "RU-BRY", 52.30, 32.81, "Bryansk region",
     "Shells fell on Kurkovichi, south of Starodub, east of Klimovo."),
    ("Zernovo", "RU-BRY", 52.20, 34.10, "Bryansk Oblast",
     "Border guards reported gunfire near Zernovo, south of Suzemka."),
]


def _find(mentions, name):
    found = [m for m in mentions if m.text == name]
    assert found, (name, [(m.text, m.place.name) for m in mentions])
    return found[0]


def _check(mention, country, admin1, lat, lon):
    place = mention.place
    assert place.kind == "locality", (mention.text, place)
    assert (place.country_code, place.admin1_code) == (country, admin1), (mention.text, place)
    assert km(place.lat, place.lon, lat, lon) <= 10, (mention.text, place)


def test_villages_cover_every_neighbour():
    assert len(VILLAGES) >= 20
    assert {v[1] for v in VILLAGES} == {"PL", "SK", "HU", "RO", "MD", "BY"}


def _all_villages():
    """Every village of this file with the id prefix of its source: Who's On First in the
    neighbouring countries, GeoNames' postal codes in Russia (none is a cities500 place)."""
    return ([(*v, "wof:") for v in VILLAGES]
            + [(name, "RU", *rest, "gnpostal:") for name, *rest in RUSSIAN_VILLAGES])


@pytest.mark.parametrize("name,country,admin1,lat,lon,region,_bare,source", _all_villages(),
                         ids=[v[0] for v in _all_villages()])
def test_village_with_its_region(parser, name, country, admin1, lat, lon, region, _bare,
                                 source):
    text = f"Protesters gathered in {name}, {region}, on Sunday morning."
    mention = _find(parser.parse(text), name)
    _check(mention, country, admin1, lat, lon)
    assert mention.place.id.startswith(source), mention.place


@pytest.mark.parametrize("name,country,admin1,lat,lon,_region,bare,_source", _all_villages(),
                         ids=[v[0] for v in _all_villages()])
def test_village_among_nearby_places(parser, name, country, admin1, lat, lon, _region, bare,
                                     _source):
    _check(_find(parser.parse(bare), name), country, admin1, lat, lon)


@pytest.mark.parametrize("text,name,country,admin1,lat,lon", [
    ("Queues grew near Budomierz in Poland's Subcarpathian province.",
     "Budomierz", "PL", "PL-18", 50.10, 23.27),
    ("The village of Uhrusk in Poland's Lublin province lost power.",
     "Uhrusk", "PL", "PL-06", 51.30, 23.62),
    ("A shell landed in the village of Kamaryn in Belarus's Gomel region.",
     "Kamaryn", "BY", "BY-HO", 51.44, 30.57),
])
def test_village_in_a_stated_province(parser, text, name, country, admin1, lat, lon):
    _check(_find(parser.parse(text), name), country, admin1, lat, lon)


def test_a_village_name_alone_stays_unresolved(parser):
    """Small places still need support: a lone name shared by several villages in a text
    about somewhere else resolves to none of them."""
    found = [m for m in parser.parse("The Zosin family opened a bakery in Chicago.")
             if m.text == "Zosin"]
    assert not found or found[0].place.country_code != "PL"


# ---------------------------------------------------------------- Russia's border regions


def test_russian_village_named_like_a_city(parser):
    """Murom of the Belgorod region is found when the region is stated; alone, Murom stays
    the city on the Oka."""
    village = _find(parser.parse("Shelling damaged a school in Murom, Belgorod region."),
                    "Murom").place
    assert village.admin1_code == "RU-BEL" and km(village.lat, village.lon, 50.31, 36.71) <= 10
    city = _find(parser.parse("A new plant opened in Murom, east of Vladimir."), "Murom").place
    assert city.admin1_code == "RU-VLA", city


@pytest.mark.parametrize("text,name", [
    ("Shelling was reported in Tyotkino, Kursk region.", "Tyotkino"),
    ("Drones struck Tyotkino, west of Glushkovo, overnight.", "Tyotkino"),
    ("Guards at Tetkino, Kursk Oblast, reported shelling.", "Tetkino"),
])
def test_village_spelled_with_yo_or_ye(parser, text, name):
    """Reports write Тёткино as Tyotkino or Tetkino; both are the Kursk region village."""
    _check(_find(parser.parse(text), name), "RU", "RU-KRS", 51.28, 34.29)


# Villages that OKTMO lists and no reachable source locates, with how a report states the
# region: each resolves to its region, not to a namesake elsewhere.
UNLOCATED = [
    ("Bogdasarov", "Богдасаров", "RU-KDA", "Krasnodar region"),
    ("Varlamov", "Варламов", "RU-ROS", "Rostov region"),
    ("Ushakovka", "Ушаковка", "RU-ROS", "Rostov Oblast"),
]


def _missing_ru() -> list[dict]:
    from geomap.data import data_dir

    with open(data_dir() / "settlements_missing_ru.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name,russian,admin1,region", UNLOCATED, ids=[u[0] for u in UNLOCATED])
def test_unlocated_village_resolves_to_its_region(parser, name, russian, admin1, region):
    listed = [r for r in _missing_ru() if r["name"] == russian and r["admin1_code"] == admin1]
    assert listed and all(r["reason"] == "no coordinates in any reachable source"
                          for r in listed), listed
    mention = _find(parser.parse(f"A drone fell on {name}, {region}, at night."), name)
    assert (mention.place.kind, mention.place.admin1_code) == ("admin1", admin1), mention.place


def test_missing_list_gives_each_listed_place_once_with_its_code():
    rows = _missing_ru()
    assert list(rows[0]) == ["admin1_code", "raion", "raion_name", "name", "romanised",
                             "oktmo", "kind", "reason"]
    coded = [r for r in rows if r["oktmo"]]
    assert len(coded) > 2000 and len({r["oktmo"] for r in coded}) == len(coded)
    prefix = {"RU-KDA": "03", "RU-ROS": "60"}
    assert all(len(r["oktmo"]) == 11 and r["oktmo"][:2] == prefix[r["admin1_code"]]
               for r in coded)
    assert {r["reason"] for r in rows} <= {
        "no coordinates in any reachable source", "no point of its own (accuracy below 4)",
        "point outside its region", "point over 40 km from its raion",
        "one of several places of this name, fewer of which are in the gazetteer"}
    # The villages the postal file names carry their OKTMO code where the list has them.
    assert any(r["oktmo"] and r["reason"] == "point outside its region" for r in rows)


def test_no_place_listed_as_missing_is_shipped_in_its_raion():
    """A listed place without coordinates has no namesake among the shipped villages of
    its raion (names compared romanised, ё as е)."""
    from geomap.data import table
    from geomap.normalize import normalize
    from geomap.romanize import bgn_ru

    shipped = table("settlements", ("id", "admin1_code", "admin2_name", "name")).to_pylist()
    have = {(r["admin1_code"], r["admin2_name"], normalize(r["name"])) for r in shipped
            if r["id"].startswith("gnpostal:")}
    rows = [r for r in _missing_ru() if r["reason"] == "no coordinates in any reachable source"]
    clash = [r for r in rows if (r["admin1_code"], r["raion_name"],
                                 normalize(bgn_ru(r["name"].replace("ё", "е")))) in have]
    assert rows and not clash, clash[:5]


# ---------------------------------------------------------------- crossings


@pytest.mark.parametrize("query,countries,lat,lon", [
    ("Hrebenne-Rava-Ruska", {"PL", "UA"}, 50.25, 23.59),
    ("Rava-Ruska–Hrebenne", {"PL", "UA"}, 50.25, 23.59),
    ("Zosin-Ustyluh", {"PL", "UA"}, 50.86, 24.13),
    ("Ubla-Malyi Bereznyi", {"SK", "UA"}, 48.89, 22.41),
    ("Criva-Mamalyha", {"MD", "UA"}, 48.26, 26.63),
    ("Domanove-Mokrany", {"BY", "UA"}, 51.82, 24.30),
])
def test_crossing_resolves_both_sides_from_data(query, countries, lat, lon):
    place, known = default_index().crossing_from_text(query)
    assert place is not None and place.kind == "crossing", query
    assert known == 2, (query, place)  # both villages are in the gazetteer now
    assert set(place.countries) == countries, place
    assert km(place.lat, place.lon, lat, lon) <= 10, place


def test_crossing_in_a_sentence(parser):
    found = _find(parser.parse("Lorries queued for two days at the Zosin-Ustyluh crossing."),
                  "Zosin-Ustyluh")
    assert found.place.kind == "crossing"
    assert set(found.place.countries) == {"PL", "UA"}
    assert km(found.place.lat, found.place.lon, 50.86, 24.13) <= 10


# ---------------------------------------------------------------- former names


@pytest.mark.parametrize("old,now,admin1,lat,lon", [
    ("Artemivsk", "Bakhmut", "UA-14", 48.60, 38.00),
    ("Krasnoarmiisk", "Pokrovsk", "UA-14", 48.28, 37.18),
    ("Dzerzhynsk", "Toretsk", "UA-14", 48.40, 37.85),
    ("Kirovohrad", "Kropyvnytskyi", "UA-35", 48.51, 32.26),
    ("Novohrad-Volynskyi", "Zviahel", "UA-18", 50.59, 27.62),
    ("Chervonohrad", "Sheptytskyi", "UA-46", 50.39, 24.23),
])
def test_former_name_resolves_to_the_renamed_place(parser, old, now, admin1, lat, lon):
    text = f"Before the war, {old} was a quiet town; shelling reached {old} on Monday."
    place = _find(parser.parse(text), old).place
    assert place.admin1_code == admin1, place
    assert km(place.lat, place.lon, lat, lon) <= 10, place


# ---------------------------------------------------------------- hromadas


@pytest.mark.parametrize("text,name,town,lat,lon,admin1,raion", [
    ("Volunteers from the Bucha hromada delivered generators.", "Bucha hromada",
     "Bucha", 50.55, 30.22, "UA-32", "Bucha Raion"),
    ("Shelling damaged schools across the Kupiansk hromada.",
     "Kupiansk hromada", "Kupiansk", 49.71, 37.61, "UA-63", "Kupiansk Raion"),
    ("Power was cut in the Kupiansk Territorial Community on Friday.",
     "Kupiansk Territorial Community", "Kupiansk", 49.71, 37.61, "UA-63", "Kupiansk Raion"),
    ("The Nikopolska hromada was shelled again overnight.", "Nikopolska hromada",
     "Nikopol", 47.57, 34.40, "UA-12", "Nikopol Raion"),
])
def test_hromada_resolves_to_its_polygon(parser, text, name, town, lat, lon, admin1, raion):
    import shapely

    from geomap.zones import place_polygon

    place = _find(parser.parse(text), name).place
    assert place.id.startswith("hromada:") and place.kind == "admin2", place
    assert (place.admin1_code, place.admin2_name) == (admin1, raion), place
    polygon = place_polygon(place)
    assert polygon is not None and polygon.contains(shapely.Point(lon, lat)), (place, town)
    # A hromada is smaller than its raion and lies inside it.
    raion_polygon = place_polygon(default_index().admin2(place.admin2_code))
    assert polygon.area < raion_polygon.area
    assert raion_polygon.buffer(0.01).contains(polygon)


@pytest.mark.parametrize("text", ["Drones hit Bucha overnight.",
                                  "Drones hit the Bucha community overnight."])
def test_the_town_name_alone_is_still_the_town(parser, text):
    place = _find(parser.parse(text), "Bucha").place
    assert place.kind == "locality"


@pytest.mark.parametrize("text, expected", [
    ("Russian troops shelled the Velykopysarivska, Krasnopilska and Bilopilska communities "
     "of Sumy Oblast 40 times.",
     [("Velykopysarivska", "Velykopysarivska hromada"), ("Krasnopilska", "Krasnopilska hromada"),
      ("Bilopilska", "Bilopilska hromada")]),
    ("Mortar fire hit the Myropilska and Khotinska hromadas of Sumy region.",
     [("Myropilska", "Myropilska hromada"), ("Khotinska", "Khotinska hromada")]),
    ("Drones hit the Nikopol, Marhanets and Chervonohryhorivka hromadas.",
     [("Nikopol", "Nikopolska hromada"), ("Marhanets", "Marhanetska hromada"),
      ("Chervonohryhorivka", "Chervonohryhorivska hromada")]),
])
def test_a_list_of_hromadas_gives_each_its_hromada(parser, text, expected):
    mentions = [m for m in parser.parse(text) if m.place.kind == "admin2"]
    assert [(m.text, m.place.name) for m in mentions] == expected
    assert all(m.place.id.startswith("hromada:") for m in mentions)


def test_towns_listed_before_communities_are_still_the_towns(parser):
    # Only the official adjectives name hromadas before the lower-case "communities".
    mentions = parser.parse("Shelling hit the Bucha and Irpin communities on Friday.")
    assert [(m.text, m.place.kind) for m in mentions] == [("Bucha", "locality"),
                                                          ("Irpin", "locality")]


def test_an_incident_in_a_hromada_is_drawn_with_its_polygon():
    import shapely

    from geomap.models import Document
    from geomap.pipeline import extract

    gdf = extract([Document("h1", "Drones struck the Bucha hromada on Sunday night.",
                            date="2024-05-12")])
    rows = gdf[gdf["place"] == "Buchanska hromada"]
    assert len(rows) == 1, gdf[["place", "place_kind"]]
    geometry = rows.geometry.iloc[0]
    assert geometry.geom_type in ("Polygon", "MultiPolygon")
    assert geometry.contains(shapely.Point(30.22, 50.55))
    assert rows["admin2_name"].iloc[0] == "Bucha Raion"
