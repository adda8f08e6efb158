"""The build's check of OKTMO's list of inhabited places against the shipped places
(boundaries/build_oktmo.py), on a small made-up list in OKTMO's text layout."""

from __future__ import annotations

import sys

import pandas as pd

from .conftest import ROOT

sys.path.append(str(ROOT / "boundaries"))
import build_oktmo as oktmo  # noqa: E402  (a build script beside the data, not a package)

MUNICIPALITIES = """\
03 000 000    ;6;Муниципальные образования Краснодарского края;
03 601 000    ;7;Абинский муниципальный район;г Абинск
03 619 000    ;2;Каневской муниципальный район;ст-ца Каневская
03 703 000    ;1;- город-курорт Анапа;г Анапа
""".encode()

PLACES = """\
03 000 000 000;6;Населенные пункты, входящие в состав муниципальных образований Краснодарского края
03 601 402 000;3;Населенные пункты, входящие в состав сельского поселения Ольгинское Абинского муниципального района
03 601 402 101;2;х Ольгинский
03 601 402 106;1;х Ленинский
03 601 402 111;5;х Ленинский
03 601 402 116;3;х Богдасаров
03 619 404 101;2;ст-ца Привольная
03 619 404 106;1;х Зелёный Гай
03 703 000 171;6;х Воскресенский
03 703 000 181;4;с Гай-Кодзор
""".encode()


def _listed():
    return oktmo.read_oktmo(MUNICIPALITIES, PLACES)


def test_list_gives_each_place_its_region_raion_and_kind():
    listed = _listed()
    assert len(listed) == 8 and set(listed["admin1_code"]) == {"RU-KDA"}
    first = listed.iloc[0]
    assert (first["oktmo"], first["raion"], first["kind"], first["name"]) == (
        "03601402101", "Абинский муниципальный район", "khutor", "Ольгинский")
    assert listed.set_index("name").at["Гай-Кодзор", "raion"] == "город-курорт Анапа"


def test_raion_keys_agree_across_wordings_and_adjective_endings():
    assert oktmo.raion_key("Каневской муниципальный район") == oktmo.raion_key(
        "КАНЕВСКИЙ РАЙОН")
    assert oktmo.raion_key("город-курорт Анапа") != oktmo.raion_key("АНАПСКИЙ РАЙОН")
    assert oktmo.raion_name("Абинский муниципальный район") == "Abinskiy Rayon"
    assert oktmo.raion_name("город-курорт Анапа") == "Anapa Urban Okrug"


def _kept(*rows):
    return pd.DataFrame(rows, columns=["admin1_code", "name", "raion", "lat", "lon"])


def _found(kept, places=None, keys=()):
    places = places if places is not None else pd.DataFrame(
        columns=["admin1_code", "lat", "lon"])
    listed = _listed()
    return listed, oktmo.find_shipped(listed, kept, places, list(keys))


def test_shipped_village_is_found_by_name_in_its_raion_with_either_yo_spelling():
    listed, found = _found(_kept(("RU-KDA", "Ольгинский", "АБИНСКИЙ РАЙОН", 44.9, 38.1),
                                 ("RU-KDA", "Зеленый Гай", "КАНЕВСКИЙ РАЙОН", 46.1, 38.9),
                                 ("RU-KDA", "Богдасаров", "КАНЕВСКИЙ РАЙОН", 46.1, 38.9)))
    by_name = dict(zip(listed["name"], found))
    assert by_name["Ольгинский"] == "postal" and by_name["Зелёный Гай"] == "postal"
    # The same name in another raion that the list still has is another village.
    assert by_name["Богдасаров"] == ""


def test_village_of_a_raion_that_became_an_urban_okrug_is_found_by_name_alone():
    listed, found = _found(_kept(("RU-KDA", "Гай-Кодзор", "АНАПСКИЙ РАЙОН", 44.85, 37.44)))
    assert dict(zip(listed["name"], found))["Гай-Кодзор"] == "postal, raion gone"


def test_namesakes_outnumbering_the_shipped_ones_are_marked_as_such():
    listed, found = _found(_kept(("RU-KDA", "Ленинский", "АБИНСКИЙ РАЙОН", 44.9, 38.1)))
    assert list(found[listed["name"] == "Ленинский"]) == [oktmo.SAME_NAME] * 2


def test_cities500_place_is_found_by_its_name_when_the_region_has_one_such_place():
    places = pd.DataFrame([{"admin1_code": "RU-KDA", "lat": 46.0, "lon": 39.0}])
    keys = [oktmo.place_keys("Privol'naya", ["Привольная", "Privolnaya"])]
    listed, found = _found(_kept(), places, keys)
    assert dict(zip(listed["name"], found))["Привольная"] == "cities500"


def test_missing_list_reuses_the_row_of_a_village_left_out_of_the_postal_file():
    left_out = pd.DataFrame([{
        "admin1_code": "RU-KDA", "raion": "АНАПСКИЙ РАЙОН", "raion_name": "Anapskiy Rayon",
        "name": "Воскресенский", "romanised": "Voskresenskiy",
        "reason": "no point of its own (accuracy below 4)"}])
    listed, found = _found(_kept())
    table, counts = oktmo.missing_list(listed, found, left_out)
    assert list(table.columns) == oktmo.COLUMNS
    assert len(table) == len(listed)  # every place once; the village is not listed twice
    village = table[table["name"] == "Воскресенский"].iloc[0]
    assert (village["oktmo"], village["reason"]) == (
        "03703000171", "no point of its own (accuracy below 4)")
    rest = table[table["name"] == "Зелёный Гай"].iloc[0]
    assert (rest["romanised"], rest["raion_name"], rest["reason"]) == (
        "Zelyonyy Gay", "Kanevskoy Rayon", oktmo.NO_SOURCE)
    assert counts[("RU-KDA", oktmo.NO_SOURCE)] == 7
