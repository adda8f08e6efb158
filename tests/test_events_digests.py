"""Digests of the northern border and the month's round-ups: arsenals struck (not
stockpiles), interceptors built to catch drones, the air force striking with missiles,
strikes expected, leave to use a weapon told by what it kept from, and tallies broken down
by region."""

from __future__ import annotations

from .conftest import incident_keys, incident_places, incident_rows


def test_an_arsenal_struck_with_missiles_is_a_missile_strike_at_its_town():
    text = ("Ukrainian forces hit an ammunition arsenal outside Karachev with ATACMS "
            "ballistic missiles during the night.")
    assert incident_places(text, date="2024-11-19") == {("missile_strike", "Karachev")}
    # (a stockpile of missiles is still no strike)
    assert incident_keys("Moscow keeps a growing arsenal of Kh-101 missiles at the Engels "
                         "airbase, analysts say.", date="2024-11-19") == set()


def test_interceptors_built_to_catch_drones_are_no_interception():
    text = ("A small plant in the Chernihiv region has started assembling interceptor drones "
            "designed to catch Shaheds, its director told reporters.")
    assert incident_keys(text, date="2025-03-04") == set()
    hunters = "Crews in the Sumy region now fly quadcopters meant to hunt down Gerans."
    assert incident_keys(hunters, date="2025-03-04") == set()
    # (drones that did catch them over a place still tell an interception there)
    caught = "Interceptor drones shot down six Shaheds over the Chernihiv region overnight."
    rows = incident_rows(caught, date="2025-03-04")
    assert [(r["event_type"], r["admin1_code"], bool(r["intercepted"])) for r in rows] == [
        ("drone_attack", "UA-74", True)]


def test_the_air_force_striking_with_missiles_is_a_missile_strike():
    text = ("The Air Force struck an explosives plant in Seltso, Bryansk region, with Storm "
            "Shadow air-launched cruise missiles, the General Staff said.")
    assert {t for t, _ in incident_keys(text, date="2025-10-21")} == {"missile_strike"}
    # (the air force striking with bombs, or with nothing named, is an air strike)
    bombs = "The air force struck a command post near Kreminna on Thursday."
    assert incident_keys(bombs, date="2024-02-01") == {("airstrike", "UA-09")}


def test_strikes_expected_and_leave_to_use_a_weapon_are_no_strike():
    text = ("The White House has lifted the restrictions that barred Kyiv from firing "
            "long-range ATACMS missiles at targets inside Russia, officials said on Sunday.")
    assert incident_keys(text, date="2024-11-18") == set()
    expected = ("Officials said the decision was taken on Sunday, with the first strikes "
                "expected to fall on troops massed in the Kursk region.")
    assert incident_keys(expected, date="2024-11-18") == set()
    # (strikes that fell are strikes)
    fell = "Ukraine fired ATACMS missiles at targets in the Kursk region on Tuesday."
    assert incident_keys(fell, date="2024-11-20") == {("missile_strike", "RU-KRS")}


def test_a_tally_broken_down_by_region_places_its_regions():
    text = ("Air defence units destroyed 37 drones overnight, the ministry said. By region: "
            "Belgorod 14, Kursk 11, Bryansk 9, Oryol 3.")
    assert {code for _, code in incident_keys(text, date="2025-02-10")} == {
        "RU-BEL", "RU-KRS", "RU-BRY", "RU-ORL"}
    # (a list of places given for something else carries no attack on)
    other = ("Air defence units destroyed 37 drones overnight, the ministry said. "
             "Schools closed by region: Belgorod 14, Kursk 11.")
    assert incident_keys(other, date="2025-02-10") == set()


def test_mobile_teams_opening_a_sentence_are_crews_not_a_city():
    from geomap.geoparser import Geoparser

    parser = Geoparser()
    text = "Mobile teams in the Sumy region downed three drones before dawn."
    assert [m.place.admin1_code for m in parser.parse(text)] == ["UA-59"]
    assert incident_keys(text, date="2025-03-04") == {("drone_attack", "UA-59")}
    # (the city named as a place, or by its police, stays the city)
    assert [m.place.admin1_code for m in parser.parse(
        "Police in Mobile said the storm had passed.")] == ["US-AL"]
    assert [m.place.admin1_code for m in parser.parse(
        "Mobile police said the storm had passed.")] == ["US-AL"]


def test_a_town_shelled_is_the_namesake_within_the_guns_reach():
    # Two towns are called Zolochiv: the bigger one in the Lviv region, far beyond any
    # gun's reach, and one by the Russian border in the Kharkiv region.
    text = ("Zolochiv, this afternoon. The Russians shelled Zolochiv with mortars around "
            "noon; a shop on the main street burned down.")
    assert incident_keys(text, date="2024-08-27") == {("shelling", "UA-63")}
    glide = "A guided bomb fell on the edge of Zolochiv overnight, damaging a grain store."
    assert incident_keys(glide, date="2024-08-27") == {("airstrike", "UA-63")}
    # (drones reach the west; a region the text states is kept)
    assert incident_keys("A drone hit a warehouse in Zolochiv overnight.",
                         date="2024-08-27") == {("drone_attack", "UA-46")}
    assert incident_keys("Russian artillery shelled Zolochiv, Lviv region, on Monday.",
                         date="2024-08-27") == {("shelling", "UA-46")}
    # (a city beyond reach is still the city meant: "Voronezh" is not a Sumy village)
    assert incident_keys("Ukrainian aircraft bombed Voronezh on Monday, its governor said.",
                         date="2024-08-27") == {("airstrike", "RU-VOR")}


def test_a_taxonomy_reach_must_be_region_codes(tmp_path):
    import pytest

    from geomap.errors import InputError
    from geomap.taxonomy import load_taxonomy

    path = tmp_path / "taxonomy.toml"
    path.write_text('[[type]]\nid = "shelling"\nlabel = "Shelling"\ncolour = "#fd8d3c"\n'
                    'draw = "region"\nreach = ["Kharkiv"]\ntriggers = [\'\\bshelled\\b\']\n',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"type 'shelling': reach \['Kharkiv'\] is not"):
        load_taxonomy(path)
    path.write_text(path.read_text(encoding="utf-8").replace('"Kharkiv"', '"UA-63"'),
                    encoding="utf-8")
    assert load_taxonomy(path).get("shelling").reach == frozenset({"UA-63"})
