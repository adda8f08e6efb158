"""Ukrainian settlements and raions: resolution that obeys the region the text states.

The coordinates below are the settlements' positions as known from maps of the war,
checked against the shipped data (every one resolves within 10 km of them).
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from geomap.cli import main
from geomap.gazetteer import default_index
from geomap.geoparser import geoparse

from .conftest import km

# name, oblast (ISO 3166-2), raion (English stem), lat, lon, how reports write the region,
# a sentence naming the settlement bare next to nearby places.
VILLAGES = [
    # Donetsk
    ("Klishchiivka", "UA-14", "Bakhmut", 48.53, 37.96, "Donetsk region",
     "Assaults on Klishchiivka continued south of Bakhmut, near Chasiv Yar."),
    ("Andriivka", "UA-14", "Bakhmut", 48.50, 37.97, "Bakhmut district",
     "Ukrainian troops retook Andriivka, south of Bakhmut, close to Klishchiivka."),
    ("Staromaiorske", "UA-14", "Volnovakha", 47.75, 36.79, "Donetsk region",
     "The brigade entered Staromaiorske, south of Velyka Novosilka."),
    ("Urozhaine", "UA-14", "Volnovakha", 47.75, 36.82, "Donetsk oblast",
     "Russian units lost Urozhaine, a few kilometres from Velyka Novosilka."),
    ("Vodiane", "UA-14", "Pokrovsk", 48.08, 37.69, "Donetsk region",
     "Shelling hit Vodiane and Pervomaiske on the outskirts of Avdiivka."),
    ("Chasiv Yar", "UA-14", "Bakhmut", 48.59, 37.84, "Donetsk region",
     "Drones struck Chasiv Yar, west of Bakhmut, and Kostiantynivka."),
    ("Siversk", "UA-14", "Bakhmut", 48.87, 38.10, "Donetsk Oblast",
     "Artillery fire reached Siversk, north-east of Bakhmut, and Lysychansk."),
    ("Selydove", "UA-14", "Pokrovsk", 48.15, 37.30, "Donetsk region",
     "Russian forces pushed towards Selydove, south-east of Pokrovsk."),
    ("Kurakhove", "UA-14", "Pokrovsk", 47.98, 37.28, "Donetsk region",
     "Glide bombs hit Kurakhove, west of Marinka, and Pokrovsk."),
    ("Vuhledar", "UA-14", "Volnovakha", 47.78, 37.25, "Donetsk oblast",
     "The defenders of Vuhledar held the road from Pavlivka to Marinka."),
    ("Ocheretyne", "UA-14", "Pokrovsk", 48.26, 37.60, "Donetsk region",
     "Russian troops broke into Ocheretyne, north-west of Avdiivka, towards Pokrovsk."),
    # Luhansk
    ("Bilohorivka", "UA-09", "Siverskodonetsk", 48.93, 38.25, "Luhansk region",
     "Ukraine still held Bilohorivka, west of Lysychansk, near Siversk."),
    ("Kreminna", "UA-09", "Siverskodonetsk", 49.05, 38.22, "Luhansk Oblast",
     "Fighting in the forests near Kreminna, north of Sievierodonetsk and Rubizhne."),
    # Kharkiv
    ("Tsaredarivka", "UA-63", "Lozova", 48.94, 36.23, "Kharkiv region",
     "A drone hit a farm in Tsaredarivka, between Lozova and Balakliia."),
    ("Synkivka", "UA-63", "Kupiansk", 49.76, 37.69, "Kharkiv region",
     "Russian attacks on Synkivka, north of Kupiansk, were repelled."),
    ("Tabaivka", "UA-63", "Kupiansk", 49.60, 37.87, "Kharkiv oblast",
     "Shelling hit Tabaivka and Kotliarivka, east of Kupiansk, near Svatove."),
    ("Vovchansk", "UA-63", "Chuhuiv", 50.29, 36.94, "Kharkiv region",
     "Street fighting went on in Vovchansk, north-east of Kharkiv, near Starytsia."),
    ("Kozacha Lopan", "UA-63", "Kharkiv", 50.33, 36.21, "Kharkiv Oblast",
     "A guided bomb struck Kozacha Lopan, north of Kharkiv, near Dergachi."),
    ("Lyptsi", "UA-63", "Kharkiv", 50.20, 36.42, "Kharkiv region",
     "Russian units attacked near Lyptsi, north of Kharkiv."),
    ("Balakliia", "UA-63", "Izium", 49.46, 36.86, "Kharkiv region",
     "Missiles hit Balakliia, between Kharkiv and Izium."),
    # Zaporizhzhia
    ("Robotyne", "UA-23", "Polohy", 47.45, 35.84, "Zaporizhzhia region",
     "The brigade advanced from Robotyne towards Tokmak, south of Orikhiv."),
    ("Mala Tokmachka", "UA-23", "Polohy", 47.53, 35.79, "Zaporizhzhia region",
     "Shelling hit Mala Tokmachka, east of Orikhiv."),
    ("Huliaipole", "UA-23", "Polohy", 47.66, 36.26, "Zaporizhzhia Oblast",
     "Artillery hit Huliaipole, north of Polohy and west of Velyka Novosilka."),
    ("Stepnohirsk", "UA-23", "Vasylivka", 47.61, 35.33, "Zaporizhzhia region",
     "Russian assaults on Stepnohirsk, south of Zaporizhzhia, near Kamianske."),
    ("Novoprokopivka", "UA-23", "Polohy", 47.40, 35.84, "Zaporizhzhia region",
     "Russian units counter-attacked at Novoprokopivka, just south of Robotyne."),
    # Kherson
    ("Krynky", "UA-65", "Kherson", 46.73, 33.07, "Kherson region",
     "Marines held a foothold in Krynky, across the Dnipro from Kherson, near Nova Kakhovka."),
    ("Antonivka", "UA-65", "Kherson", 46.67, 32.72, "Kherson district",
     "Drones dropped explosives on Antonivka, on the eastern edge of Kherson."),
    ("Bilozerka", "UA-65", "Kherson", 46.64, 32.44, "Kherson region",
     "Shelling hit Bilozerka, west of Kherson, near Mykolaiv."),
    ("Beryslav", "UA-65", "Beryslav", 46.84, 33.42, "Kherson Oblast",
     "Artillery hit Beryslav, across the river from Nova Kakhovka, near Kherson."),
    # Mykolaiv
    ("Snihurivka", "UA-48", "Bashtanka", 47.08, 32.81, "Mykolaiv region",
     "Ukrainian forces entered Snihurivka, east of Mykolaiv."),
    ("Ochakiv", "UA-48", "Mykolaiv", 46.61, 31.55, "Mykolaiv region",
     "Shelling hit Ochakiv, on the coast west of Mykolaiv, near Kinburn."),
    # Dnipropetrovsk
    ("Marhanets", "UA-12", "Nikopol", 47.64, 34.62, "Dnipropetrovsk region",
     "Artillery hit Marhanets, west of Nikopol, across from Enerhodar."),
    ("Pokrov", "UA-12", "Nikopol", 47.65, 34.12, "Dnipropetrovsk Oblast",
     "Drones struck Pokrov, east of Nikopol and north of Enerhodar."),
    # Sumy
    ("Krasnopillia", "UA-59", "Sumy", 50.77, 35.27, "Sumy region",
     "Mortar fire hit Krasnopillia, south-east of Sumy, near the border."),
    ("Bilopillia", "UA-59", "Sumy", 51.15, 34.31, "Sumy region",
     "A glide bomb hit Bilopillia, north-west of Sumy, near Vorozhba."),
    # Chernihiv
    ("Semenivka", "UA-74", "Novhorod-Siverskyi", 52.18, 32.58, "Chernihiv region",
     "Shelling hit Semenivka, near the border, north-east of Novhorod-Siverskyi."),
    ("Horodnia", "UA-74", "Chernihiv", 51.89, 31.60, "Chernihiv Oblast",
     "Drones attacked Horodnia, north of Chernihiv."),
    # Kyiv oblast
    ("Hostomel", "UA-32", "Bucha", 50.57, 30.26, "Kyiv region",
     "Airborne troops landed at Hostomel, next to Bucha and Irpin."),
    ("Borodianka", "UA-32", "Bucha", 50.64, 29.92, "Kyiv Oblast",
     "Rescuers worked in Borodianka, west of Bucha, after the strikes on Irpin."),
    # Odesa
    ("Vylkove", "UA-51", "Izmail", 45.40, 29.59, "Odesa region",
     "Drones hit Vylkove, at the mouth of the Danube, east of Izmail."),
    ("Reni", "UA-51", "Izmail", 45.46, 28.29, "Odesa region",
     "Drones attacked the port of Reni, west of Izmail, on the Danube."),
    # Poltava
    ("Myrhorod", "UA-53", "Myrhorod", 49.97, 33.61, "Poltava region",
     "Missiles hit the airfield at Myrhorod, north of Poltava, near Lubny."),
    # Khmelnytskyi
    ("Starokostiantyniv", "UA-68", "Khmelnytskyi", 49.76, 27.21, "Khmelnytskyi region",
     "Missiles hit the airbase near Starokostiantyniv, east of Khmelnytskyi."),
    # Vinnytsia
    ("Kalynivka", "UA-05", "Khmilnyk", 49.45, 28.52, "Vinnytsia region",
     "Drones struck an arsenal at Kalynivka, north of Vinnytsia."),
    ("Ladyzhyn", "UA-05", "Haisyn", 48.68, 29.24, "Vinnytsia Oblast",
     "A drone hit the power plant at Ladyzhyn, south-east of Vinnytsia, near Haisyn."),
    # Lviv
    ("Yavoriv", "UA-46", "Yavoriv", 49.94, 23.39, "Lviv region",
     "Missiles hit the training ground at Yavoriv, west of Lviv, near the Polish border."),
    ("Dobrotvir", "UA-46", "Sheptytskyi", 50.21, 24.42, "Lviv region",
     "Drones attacked the power plant at Dobrotvir, north-east of Lviv."),
    # Ivano-Frankivsk
    ("Burshtyn", "UA-26", "Ivano-Frankivsk", 49.26, 24.63, "Ivano-Frankivsk region",
     "Missiles hit the power plant at Burshtyn, north of Ivano-Frankivsk, near Halych."),
    # Volyn
    ("Kovel", "UA-07", "Kovel", 51.21, 24.71, "Volyn region",
     "A drone hit a rail depot in Kovel, north-west of Lutsk."),
    # Zakarpattia
    ("Mukachevo", "UA-21", "Mukachevo", 48.44, 22.72, "Zakarpattia region",
     "A drone struck a factory in Mukachevo, east of Uzhhorod."),
    # Rivne
    ("Varash", "UA-56", "Varash", 51.35, 25.85, "Rivne region",
     "Air defence fired near Varash, north of Rivne, by the nuclear plant."),
]




def _check(mention, oblast, raion, lat, lon):
    place = mention.place
    assert place.admin1_code == oblast, (mention.text, place)
    assert km(place.lat, place.lon, lat, lon) <= 10, (mention.text, place)
    district = default_index().admin2_at(place.lat, place.lon)
    assert district is not None and district.name.startswith(raion), (mention.text, district)


def _find(mentions, name):
    found = [m for m in mentions if m.text == name]
    assert found, (name, [(m.text, m.place.name) for m in mentions])
    return found[0]


def test_villages_cover_fifteen_oblasts():
    assert len(VILLAGES) >= 40
    assert len({v[1] for v in VILLAGES}) >= 15


@pytest.mark.parametrize("name,oblast,raion,lat,lon,region,_bare", VILLAGES,
                         ids=[v[0] for v in VILLAGES])
def test_village_with_its_region(parser, name, oblast, raion, lat, lon, region, _bare):
    text = f"Russian forces shelled {name}, {region}, on Tuesday night."
    _check(_find(parser.parse(text), name), oblast, raion, lat, lon)


@pytest.mark.parametrize("name,oblast,raion,lat,lon,_region,bare", VILLAGES,
                         ids=[v[0] for v in VILLAGES])
def test_village_among_nearby_places(parser, name, oblast, raion, lat, lon, _region, bare):
    _check(_find(parser.parse(bare), name), oblast, raion, lat, lon)


# ---------------------------------------------------------------- the stated region


def _one(parser, text, name):
    return _find(parser.parse(text), name)


def test_village_comma_oblast_resolves_inside_that_oblast(parser):
    # Novoielyzavetivka exists in several oblasts: the stated one decides.
    kherson = _one(parser, "Shells fell on Novoielyzavetivka, Kherson Oblast.", "Novoielyzavetivka")
    luhansk = _one(parser, "Shells fell on Novoielyzavetivka, Luhansk Oblast.", "Novoielyzavetivka")
    assert (kherson.place.admin1_code, luhansk.place.admin1_code) == ("UA-65", "UA-09")
    assert kherson.place.kind == luhansk.place.kind == "locality"


def test_village_in_the_region(parser):
    m = _one(parser, "A drone hit a tractor in Urozhaine in the Zaporizhzhia region.", "Urozhaine")
    assert m.place.admin1_code == "UA-23" and m.place.kind == "locality"


def test_near_village_comma_region(parser):
    m = _one(parser, "Fighting raged near Tabaivka, Chernihiv region, overnight.", "Tabaivka")
    assert m.place.admin1_code == "UA-74" and m.place.kind == "locality"


def test_coded_event_style_village_comma_oblast_name(parser):
    m = _one(parser, "Tabaivka, Kharkiv: shelling by artillery.", "Tabaivka")
    assert m.place.admin1_code == "UA-63" and m.place.kind == "locality"


@pytest.mark.parametrize("text, expected", [
    # A city, then a region it is not in named after its centre, and more: a list.
    ("Missiles hit Kyiv, Odesa and Dnipro overnight.",
     [("Kyiv", "UA-30"), ("Odesa", "UA-51"), ("Dnipro", "UA-12")]),
    ("Air raid alerts sounded in Lviv, Kharkiv, Sumy and Poltava.",
     [("Lviv", "UA-46"), ("Kharkiv", "UA-63"), ("Sumy", "UA-59"), ("Poltava", "UA-53")]),
    # Kherson oblast has villages called Zaporizhzhia; the list says the cities are meant.
    ("Drones hit Zaporizhzhia, Kherson and Mykolaiv on Friday.",
     [("Zaporizhzhia", "UA-23"), ("Kherson", "UA-65"), ("Mykolaiv", "UA-48")]),
    ("Drones hit Kherson, Mykolaiv, and Odesa on Friday.",
     [("Kherson", "UA-65"), ("Mykolaiv", "UA-48"), ("Odesa", "UA-51")]),
])
def test_cities_listed_with_commas_are_not_placed_in_each_other(parser, text, expected):
    mentions = parser.parse(text)
    assert [(m.text, m.place.admin1_code) for m in mentions] == expected
    assert all(m.place.kind == "locality" for m in mentions)


def test_a_town_comma_its_region_still_places_the_town(parser):
    # The list rule leaves "X, Y" alone where X is small or lies in Y.
    assert _one(parser, "Tabaivka, Kharkiv: shelling by artillery.",
                "Tabaivka").place.admin1_code == "UA-63"
    kupiansk = _find(parser.parse("Shelling hit Kupiansk, Kharkiv, and Izium."), "Kharkiv")
    assert kupiansk.place.kind == "admin1"
    moscow = _one(parser, "She moved from Odessa, Texas, to Paris, Texas, and Moscow, Idaho.",
                 "Moscow")
    assert moscow.place.admin1_code == "US-ID"


def test_no_namesake_in_the_stated_region_gives_the_region_named_as_written(parser):
    # Tsaredarivka exists in Kharkiv and Mykolaiv oblasts, not in Sumy oblast.
    m = _one(parser, "Mortars hit Tsaredarivka, Sumy region.", "Tsaredarivka")
    assert (m.place.kind, m.place.admin1_code, m.place.name) == ("admin1", "UA-59", "Tsaredarivka")
    assert m.rule == "region_unknown"


def test_unknown_village_with_its_oblast_is_the_oblast_under_its_name(parser):
    # A name no source has: the oblast, named after the village.
    m = _one(parser, "Russian troops shelled Vyshneve Pole, Zaporizhzhia region.",
             "Vyshneve Pole")
    assert (m.place.kind, m.place.admin1_code, m.place.name) == (
        "admin1", "UA-23", "Vyshneve Pole")
    assert m.rule == "region_unknown"


@pytest.mark.parametrize("text, name, place, admin1", [
    ("Drones struck Graivoron, Belgorod region, at night.", "Graivoron", "Grayvoron", "RU-BEL"),
    ("Artillery pounded Gulyaipole, Zaporizhzhia region.", "Gulyaipole", "Hulyaypole",
     "UA-23"),
])
def test_a_town_spelled_another_way_is_found_in_its_stated_region(parser, text, name, place,
                                                                   admin1):
    m = _one(parser, text, name)
    assert (m.place.kind, m.place.name, m.place.admin1_code) == ("locality", place, admin1)


def test_a_name_after_a_comma_no_place_of_the_list_lies_in_is_the_next_of_the_list(parser):
    # "Stanislav" is also an old name of the Ivano-Frankivsk region; Novovorontsovka is
    # not in it, so it is no qualifier of Novovorontsovka
    text = "Troops shelled Tiahynka, Novovorontsovka, Stanislav and the city of Kherson."
    m = _one(parser, text, "Stanislav")
    assert (m.place.kind, m.place.admin1_code) == ("locality", "UA-65")


def test_unknown_village_with_its_oblast_is_an_oblast_level_incident():
    from geomap.models import Document
    from geomap.pipeline import extract

    text = "Russian drones struck Vyshneve Pole, Zaporizhzhia region, on Monday."
    frame = extract([Document("t", text, date="2024-05-13")])
    row = frame[frame["place"] == "Vyshneve Pole"].iloc[0]
    assert (row["geo_precision"], row["admin1_code"], row["place_kind"]) == (2, "UA-23",
                                                                            "admin1")
    assert row.geometry.geom_type in ("Polygon", "MultiPolygon")
    assert row["admin2_code"] is None


def test_incidents_carry_the_raion_of_their_point():
    from geomap.models import Document
    from geomap.pipeline import extract

    text = "Russian drones struck Robotyne, Zaporizhzhia region, on Monday."
    frame = extract([Document("t", text, date="2024-05-13")])
    row = frame[frame["place"] == "Robotyne"].iloc[0]
    assert (row["admin2_name"], row["geo_precision"]) == ("Polohy Raion", 1)
    assert row["admin2_code"].startswith("UA23")
    raion = extract([Document("t", "Russian drones struck the Nikopol district on Monday.",
                              date="2024-05-13")])
    row = raion.iloc[0]
    assert (row["place_kind"], row["admin2_name"], row["geo_precision"]) == (
        "admin2", "Nikopol Raion", 2)
    assert row.geometry.geom_type in ("Polygon", "MultiPolygon")


def test_village_comma_raion_resolves_inside_the_raion(parser):
    # There are dozens of Andriivkas; one lies in Bakhmut raion.
    m = _one(parser, "Assaults continued on Andriivka, Bakhmut raion.", "Andriivka")
    assert m.place.kind == "locality" and m.place.admin1_code == "UA-14"
    assert default_index().admin2_at(m.place.lat, m.place.lon).name == "Bakhmut Raion"


def test_unknown_village_with_its_raion_is_the_raion(parser):
    m = _one(parser, "Drones hit Vyshneve Pole, Nikopol district, at dawn.", "Vyshneve Pole")
    assert (m.place.kind, m.place.name, m.place.admin2_name) == (
        "admin2", "Vyshneve Pole", "Nikopol Raion")
    # Known elsewhere (in Crimea), not in the stated raion: the raion all the same.
    m = _one(parser, "Drones hit Zhovtokamianka, Nikopol district, at dawn.", "Zhovtokamianka")
    assert (m.place.kind, m.rule) == ("admin2", "region_unknown")


def test_village_in_a_neighbouring_countrys_region(parser):
    m = _one(parser, "Shelling was reported in Tetkino, Kursk region.", "Tetkino")
    assert (m.place.country_code, m.place.admin1_code, m.place.kind) == ("RU", "RU-KRS",
                                                                         "locality")
    m = _one(parser, "Shelling was reported in Zhuravlivka, Belgorod region.", "Zhuravlivka")
    assert (m.place.admin1_code, m.place.kind) == ("RU-BEL", "admin1")


def test_bare_village_takes_the_namesake_nearest_the_other_places(parser):
    mentions = parser.parse("Russian troops attacked Tabaivka, east of Kupiansk.")
    m = _find(mentions, "Tabaivka")
    assert m.place.admin1_code == "UA-63"
    mentions = parser.parse("In Chernihiv region, a drone fell near Tabaivka.")
    assert _find(mentions, "Tabaivka").place.admin1_code == "UA-74"


@pytest.mark.parametrize("text, lat, lon", [
    # two Borovas in the Kharkiv oblast: the one beside the Kupiansk raion (it lies in the
    # Izium raion), not the one near Kharkiv
    ("Kupiansk raion. Glide bombs fell on Borova overnight.", 49.38, 37.62),
    # and near the Bucha raion, the Borova of the Kyiv oblast
    ("Bucha raion: a drone hit a barn in Borova.", 50.18, 30.10),
])
def test_a_bare_village_takes_the_namesake_nearest_a_raion_that_does_not_hold_it(
        parser, text, lat, lon):
    m = _find(parser.parse(text), "Borova")
    assert km(m.place.lat, m.place.lon, lat, lon) < 10


def test_small_village_far_from_every_other_place_is_dropped(parser):
    text = "Ministers met in Paris and Berlin; one of them grew up near Tabaivka."
    assert "Tabaivka" not in [m.text for m in parser.parse(text)]


def test_many_namesakes_without_context_are_dropped_and_reported(parser):
    dropped = []
    mentions = parser.parse("Soldiers were seen near Mykhailivka.", dropped=dropped)
    assert "Mykhailivka" not in [m.text for m in mentions]
    assert [(d["text"], d["reason"]) for d in dropped] == [("Mykhailivka", "ambiguous")]


def test_many_namesakes_in_the_stated_region_resolve_to_the_region(parser):
    # Donetsk oblast has several villages called Andriivka and no town of that name.
    m = _one(parser, "Shelling of Andriivka, Donetsk region, wounded two.", "Andriivka")
    assert (m.place.kind, m.place.admin1_code, m.rule) == ("admin1", "UA-14", "region_ambiguous")


def test_a_town_that_dwarfs_its_namesakes_in_the_region_is_the_one_meant(parser):
    m = _one(parser, "Shelling of Mykhailivka, Zaporizhzhia region, wounded two.", "Mykhailivka")
    assert (m.place.kind, m.place.admin1_code) == ("locality", "UA-23")
    assert m.place.population > 10_000


def test_geoparse_json_says_how_ambiguous_names_were_handled():
    def run(text):
        result = CliRunner().invoke(main, ["geoparse", "--json", "-"], input=text)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    # The text states the region: both names resolve to it, and say why.
    record = run("Shelling of Andriivka, Donetsk region, wounded two. "
                 "Soldiers were also seen near Novoselivka.")
    rules = {m["text"]: (m["admin1_code"], m["rule"]) for m in record["mentions"]}
    assert rules["Andriivka"] == rules["Novoselivka"] == ("UA-14", "region_ambiguous")
    assert record["dropped"] == []
    # Nothing decides: dropped, and reported.
    text = "Soldiers were seen near Novoselivka."
    record = run(text)
    assert record["mentions"] == []
    assert record["dropped"] == [{"start": text.index("Novoselivka"),
                                  "end": text.index("Novoselivka") + len("Novoselivka"),
                                  "text": "Novoselivka", "reason": "ambiguous"}]


# ---------------------------------------------------------------- raions


def test_raion_names_resolve_to_the_raion_polygon(parser):
    for text, name in (("Shelling of the Nikopol district went on.", "Nikopol Raion"),
                       ("Bakhmut raion was shelled 20 times.", "Bakhmut Raion")):
        mentions = [m for m in parser.parse(text) if m.place.kind == "admin2"]
        assert [m.place.name for m in mentions] == [name]
        assert mentions[0].place.id.startswith("admin2:UA")


def test_every_raion_is_shipped():
    from geomap import data

    raions = data.frame("admin2")
    assert len(raions) == 136 and raions["code"].is_unique
    assert raions.geometry.is_valid.all()
    assert set(raions["admin1_code"]) >= {"UA-14", "UA-43", "UA-63", "UA-65"}


# ---------------------------------------------------------------- known wrong answers


@pytest.mark.parametrize("text", ["Drones hit the Kyiv region overnight.",
                                  "Shelling in Kyiv Oblast injured two.",
                                  "Air alerts sounded in the Kyiv and Sumy regions."])
def test_kyiv_region_is_the_oblast_not_the_city(parser, text):
    codes = [m.place.admin1_code for m in parser.parse(text) if m.text.startswith("Kyiv")]
    assert codes == ["UA-32"]


def test_kyiv_alone_is_still_the_city(parser):
    m = _one(parser, "Explosions were heard in Kyiv.", "Kyiv")
    assert (m.place.kind, m.place.admin1_code) == ("locality", "UA-30")


def test_moscow_is_the_federal_city(parser):
    m = _one(parser, "Drones were shot down over Moscow on Sunday.", "Moscow")
    assert (m.place.kind, m.place.admin1_code) == ("locality", "RU-MOW")
    region = _one(parser, "A drone fell in the Moscow region.", "Moscow")
    assert region.place.admin1_code == "RU-MOS"


def test_the_danube_is_not_a_serbian_district(parser):
    codes = [m.place.admin1_code for m in parser.parse("Barges on the Danube were hit near Izmail.")]
    assert "RS-10" not in codes


@pytest.mark.parametrize("text, name, admin1", [
    # GeoNames also lists these names under another town: the official name's owner wins
    ("Shelling damaged houses in Sloviansk overnight.", "Slovyansk", "UA-14"),
    ("Residents of Siversk were told to leave.", "Siversk", "UA-14"),
    ("Fighting continued around Bakhmut.", "Bakhmut", "UA-14"),
    # a spelling of a place's own name is still its name
    ("A missile hit a house in Lukianivka, Kyiv.", "Lukyanivka", "UA-30"),
    # nor does a town abroad keep a Ukrainian town's official name as an alternate
    ("A drone hit the port of Bilhorod-Dnistrovskyi.", "Bilhorod-Dnistrovskyi", "UA-51"),
    ("Drones struck Belgorod again.", "Belgorod", "RU-BEL"),
])
def test_an_official_name_belongs_to_its_town_not_to_a_town_listing_it(parser, text, name,
                                                                        admin1):
    found = [m for m in parser.parse(text) if m.place.kind == "locality"]
    assert [(m.place.name, m.place.admin1_code) for m in found][:1] == [(name, admin1)]


@pytest.mark.parametrize("text", [
    "Polish hauliers blocked lorries at the Dorohusk, Hrebenne and Korczowa crossings.",
    "Hrebenne and Korczowa remain blocked by truckers at the border with Ukraine.",
    # the crossing word in the sentence before
    "Lorry traffic through the Dorohusk crossing resumed. Protesters at Hrebenne and "
    "Korczowa ended their action the day before.",
])
def test_in_a_sentence_about_crossings_the_namesake_at_the_border_is_meant(parser, text):
    # Lubelskie has two villages called Hrebenne: the crossing's is 1 km from the border,
    # the other (near Hrubieszow) 4 km
    [m] = [m for m in parser.parse(text) if m.text == "Hrebenne"]
    assert (m.place.lat, m.place.lon, m.rule) == (
        pytest.approx(50.28, abs=0.05), pytest.approx(23.58, abs=0.05), "border_namesake")


def test_without_a_crossing_word_the_namesake_near_the_other_places_is_meant(parser):
    [m] = [m for m in parser.parse("Farmers in Hrebenne near Hrubieszow protested.")
           if m.text == "Hrebenne"]
    assert m.place.lat == pytest.approx(50.87, abs=0.05) and m.rule != "border_namesake"


# Districts of cities: (sentence, the district as written, its city's oblast, the city's
# lat / lon). Cities share their districts' names: the text's city decides.
CITY_DISTRICTS = [
    ("A drone hit the Saltivskyi district of Kharkiv late on Tuesday.",
     "Saltivskyi district", "UA-63", 49.99, 36.23),
    ("Explosions were heard in Odesa, where a warehouse burned in the Kyivskyi district.",
     "Kyivskyi district", "UA-51", 46.48, 30.72),
    ("In Dnipro, a ballistic missile damaged houses in the Shevchenkivskyi district.",
     "Shevchenkivskyi district", "UA-12", 48.46, 35.05),
    ("Shelling of Zaporizhzhia went on: a shop burned in the Khortytskyi district.",
     "Khortytskyi district", "UA-23", 47.84, 35.14),
    ("Mykolaiv came under fire again, and a bus stop was hit in the Korabelnyi district.",
     "Korabelnyi district", "UA-48", 46.97, 31.99),
    ("Kherson was shelled at dawn; in the Korabelnyi district a woman was wounded.",
     "Korabelnyi district", "UA-65", 46.64, 32.61),
    ("Kharkiv's Kyivskyi district lost power after the strike.",
     "Kyivskyi district", "UA-63", 49.99, 36.23),
]


@pytest.mark.parametrize("text, name, admin1, lat, lon", CITY_DISTRICTS)
def test_a_city_district_is_the_named_citys(parser, text, name, admin1, lat, lon):
    m = _find(parser.parse(text), name)
    assert m.place.admin1_code == admin1, (m.text, m.place)
    assert km(m.place.lat, m.place.lon, lat, lon) <= 15, (m.text, m.place)


def test_three_cities_dniprovskyi_districts(parser):
    found = []
    for text in ("In Kherson, a drone dropped a grenade in the Dniprovskyi district.",
                 "A missile struck a plant in the Dniprovskyi district of Zaporizhzhia "
                 "overnight.",
                 "Debris of a downed drone fell on a high-rise in Kyiv's Dniprovskyi "
                 "district."):
        found.append(_find(parser.parse(text), "Dniprovskyi district").place.admin1_code)
    assert found == ["UA-65", "UA-23", "UA-30"]


def test_every_city_district_of_the_classifier_is_known_by_name():
    index = default_index()
    for name, admin1 in (("Khadzhybeiskyi district", "UA-51"), ("Sykhivskyi raion", "UA-46"),
                         ("Novobavarskyi district", "UA-63"), ("Inhulskyi district", "UA-48"),
                         ("Amur-Nyzhnodniprovskyi district", "UA-12"),
                         ("Nakhimovskyi district", "UA-40"), ("Solomianskyi district", "UA-30")):
        assert admin1 in {c.place.admin1_code for c in index.candidates(name, fuzzy=False)}, name


@pytest.mark.parametrize("text, name", [
    # Donetsk, Poltava, Kharkiv, Odesa and Simferopol each have a Kyivskyi district, and
    # no city is named ...
    ("A shell damaged a school in the Kyivskyi district, the city council said.",
     "Kyivskyi"),
    # ... nor one near the city the text names (Kherson and Mykolaiv both have a
    # Korabelnyi district)
    ("Lviv held a minute of silence; earlier a shell damaged a school in the Korabelnyi "
     "district and another in the Kyivskyi district.", "district"),
])
def test_a_city_district_of_no_named_city_is_not_forced_on_a_namesake(parser, text, name):
    found = [m for m in parser.parse(text) if name in m.text]
    assert found == [], [(m.text, m.place.name, m.place.admin1_code) for m in found]


def test_a_city_district_says_why_and_its_incident_stays_in_the_city(parser):
    from geomap.models import Document
    from geomap.pipeline import extract

    text = "In Kherson, a drone dropped a grenade in the Dniprovskyi district."
    assert _find(parser.parse(text), "Dniprovskyi district").rule == "city_district"
    frame = extract([Document("t", text, date="2024-05-13")])
    assert set(frame["admin1_code"]) == {"UA-65"}


def test_a_city_district_is_geocoded_in_the_city_the_query_names():
    index = default_index()
    for query, admin1 in (("Korabelnyi district, Mykolaiv", "UA-48"),
                          ("Korabelnyi district, Kherson Oblast", "UA-65"),
                          ("Kyivskyi district, Odesa", "UA-51")):
        [found] = index.search(query)
        assert (found.place.name, found.place.admin1_code) == (
            query.partition(",")[0], admin1), query


@pytest.mark.parametrize("text,name,admin1,lat,lon", [
    # a village of Sevastopol's coast that no shipped source locates (curated)
    ("Sea drones were destroyed off Lyubimovka, north of Sevastopol's bay.", "Lyubimovka",
     "UA-40", 44.66, 33.55),
    ("Debris fell on the beach at Liubymivka, the Sevastopol governor said.", "Liubymivka",
     "UA-40", 44.66, 33.55),
    # its namesake in the Kherson region, where the text says so
    ("Shelling hit Lyubymivka, Kakhovka raion, Kherson oblast.", "Lyubymivka", "UA-65",
     46.81, 33.57),
    ("A drone struck a ferry at Port Kavkaz, on the Russian side of the strait.",
     "Port Kavkaz", "RU-KDA", 45.34, 36.67),
])
def test_curated_villages_and_ports_resolve_by_their_context(text, name, admin1, lat, lon):
    found = [m for m in geoparse(text) if m.text == name]
    assert found and found[0].place.admin1_code == admin1, [
        (m.text, m.place.name, m.place.admin1_code) for m in geoparse(text)]
    assert km(found[0].place.lat, found[0].place.lon, lat, lon) < 10


def test_the_kerch_strait_is_a_named_area():
    names = {m.text: m.place.kind for m in geoparse("Ferries crossed the Kerch Strait, "
                                                     "also called the Strait of Kerch.")}
    assert names == {"Kerch Strait": "region", "Strait of Kerch": "region"}
