"""Events in tallies, coded notes and posts: counts before weapons, readiness notes,
money and goals told in war words, and weapons told side by side."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


def test_a_count_before_the_weapon_of_a_community_line_is_its_shelling():
    text = "Shostka district. Seredyna-Buda hromada: 9 mortar shells. No one was hurt."
    assert found(text) == {("shelling", "UA-59")}


def test_missiles_counted_in_a_salvo_are_a_readiness_note():
    text = ("The navy reports one Kalibr carrier on combat duty in the Sea of Azov, with up to "
            "four missiles in its salvo.")
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "Norway pledged 20 million kroner for mine clearance around Izium.",
    "Japan will give 30 million dollars towards humanitarian demining in Mykolaiv region.",
])
def test_a_sum_given_for_demining_is_no_clearing(text):
    assert found(text) == set()


def test_a_goal_bombarded_and_shots_fired_at_a_keeper_are_no_attack():
    text = ("Polissya bombarded the Dynamo box all evening in Zhytomyr, firing rocket after "
            "rocket until the keeper was beaten.")
    assert found(text) == set()


def test_a_weapon_meant_for_countering_drones_is_no_attack():
    text = ("Volunteers in Zaporizhzhia raised money for a fleet of interceptors for hunting "
            "Shaheds.")
    assert found(text) == set()


def test_tractors_across_the_road_to_a_customs_point_are_a_blockade():
    text = ("Hungarian farmers parked tractors across the road to the Záhony customs point "
            "on Monday morning.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"]) == ("border_blockade", "HU-SZ")


def test_an_attack_told_as_repulsed_was_intercepted():
    text = ("Officials installed by Moscow said sea drones attacked the bay of Sevastopol "
            "overnight and that the raid was repulsed.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-40", True)


def test_both_weapons_destroyed_after_the_attack_on_a_city_mark_it_intercepted():
    text = ("The enemy fired two Kh-59 missiles at Kyiv before dawn. Both were destroyed by "
            "air defence; fragments fell in the Holosiivskyi district.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["place"], row["intercepted"]) == (
        "missile_strike", "UA-30", "Kyiv", True)


def test_a_district_named_by_its_adjective_after_a_city_is_the_citys():
    text = "A missile struck Kyiv on Monday; a warehouse burned in the Sviatoshynskyi district."
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("missile_strike", "Kyiv")]


def test_a_request_to_hold_a_protest_turned_down_is_no_blockade():
    text = ("Officials turned down a request from hauliers to stage a blockade at Dorohusk "
            "next week.")
    assert found(text) == set()


def test_an_attack_claimed_then_denied_in_the_same_sentence_is_no_event():
    text = ("Moscow claimed that Ukrainian drones struck an oil depot in Bryansk; Kyiv denied "
            "the claim on Sunday.")
    assert found(text) == set()


def test_a_claimed_attack_whose_authors_deny_only_responsibility_is_still_an_event():
    text = ("Moscow claimed that Ukrainian drones struck an oil depot in Bryansk, but Kyiv denied "
            "responsibility.")
    assert found(text) == {("drone_attack", "RU-BRY")}


def test_the_weapon_named_right_after_each_region_is_that_regions():
    text = ("Overnight Russia struck the Kharkiv region with a ballistic missile and the Sumy "
            "region with six Shahed drones.")
    assert found(text) == {("missile_strike", "UA-63"), ("drone_attack", "UA-59")}


def test_weapons_told_side_by_side_share_the_place_after_them():
    text = ("Two Kalibr cruise missiles and a dozen Shahed-type attack drones were shot down "
            "over the Vinnytsia region on Tuesday.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("missile_strike", "UA-05", True), ("drone_attack", "UA-05", True)}


def test_a_mine_taken_from_a_river_near_a_coastal_town_is_at_the_town():
    [row] = rows("Navy divers removed a drifting mine from the Danube near Izmail on Friday.")
    assert row["event_type"] == "mine_clearing"
    assert abs(row["lat"] - 45.35) < 0.05 and abs(row["lon"] - 28.84) < 0.05


def test_a_region_in_brackets_after_a_town_picks_the_namesake_in_that_region():
    text = "Drones struck Kamianske (Zaporizhzhia oblast) overnight, damaging a school."
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"]) == ("drone_attack", "UA-23")


def test_a_bracket_without_a_kind_word_does_not_place_the_town():
    from geomap.geoparser import geoparse

    [town] = [m for m in geoparse("Hromadas under fire: Esman (Grad).") if m.text == "Esman"]
    assert town.place.admin1_code == "UA-59"


def test_a_raion_named_after_a_city_after_a_village_only_locates_it():
    text = "Tank fire hit Kushuhum, Zaporizhzhia raion, in the morning."
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("shelling", "Kushuhum")]


def test_a_whole_fronts_count_of_weapons_after_places_is_not_theirs():
    text = ("Russian artillery shelled Orikhiv and Huliaipole on Monday. They also used more "
            "than 400 FPV drones along the front.")
    assert found(text) == {("shelling", "UA-23")}


def test_weapons_they_used_after_places_are_still_theirs():
    text = ("Russian artillery shelled Orikhiv and Huliaipole on Monday. They also used 12 FPV "
            "drones.")
    assert found(text) == {("shelling", "UA-23"), ("drone_attack", "UA-23")}


def test_most_destroyed_but_one_hit_marks_the_region_told_before_intercepted():
    text = ("At dawn enemy Shaheds targeted energy sites in Khmelnytskyi region. Most were "
            "destroyed by air defence, but one struck a substation in the Shepetivka hromada.")
    got = {(r["place_kind"], r["intercepted"]) for r in rows(text)}
    assert ("admin1", True) in got and ("admin1", False) not in got
    assert any(not r["intercepted"] and r["place_kind"] != "admin1" for r in rows(text))


def test_land_cleared_in_an_earlier_season_is_background():
    text = ("In Snihurivka hromada, Mykolaiv oblast, farmers harvested barley on plots that "
            "sappers cleared the previous spring.")
    assert found(text) == set()
    assert found("Harvest began near Izium on farmland that pyrotechnicians cleared last "
                 "year.") == set()


def test_the_weapon_a_few_words_after_a_place_or_its_brackets_is_that_places():
    text = ("Russian troops hit Vovchansk with a KAB-250 and shelled Lyptsi (Kharkiv raion) "
            "with mortars.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("airstrike", "Vovchansk"), ("shelling", "Lyptsi")}


def test_a_tally_that_names_drones_marks_only_the_drone_attack_intercepted():
    text = ("Overnight the enemy attacked the Poltava region with 2 Kh-59 missiles and the Sumy "
            "region with 9 Shaheds. 7 drones were shot down.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("missile_strike", "UA-53", False), ("drone_attack", "UA-59", True)}


def test_rockets_of_multiple_launchers_downed_with_a_missile_are_shelling():
    text = ("Russian air defence downed an ATACMS missile over Crimea and three Vilkha rockets "
            "over the Kursk region.")
    assert found(text) == {("missile_strike", "UA-43"), ("shelling", "RU-KRS")}


def test_a_tally_before_a_hit_marks_only_the_weapons_it_names():
    text = ("Overnight the enemy attacked the Kherson region with a Kh-59 missile and the Odesa "
            "region with 8 Shaheds. All 8 drones were shot down; the missile hit a warehouse.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("missile_strike", "UA-65", False), ("drone_attack", "UA-51", True)}


@pytest.mark.parametrize("text", [
    "Kharkiv regional prosecutors charged a Russian commander in absentia over the shelling "
    "of Kupiansk.",
    "Prosecutors in Odesa charged two officers with ordering the missile strike on the port.",
])
def test_charges_over_an_attack_are_no_attack(text):
    assert found(text) == set()


def test_the_launch_platform_near_a_port_is_no_target():
    text = "Kalibr missiles fired from a frigate near Novorossiysk hit the port of Izmail."
    assert found(text) == {("missile_strike", "UA-51")}


def test_divers_neutralising_both_mines_told_before_is_clearing():
    text = "Two drifting mines washed up near Odesa on Monday; navy divers destroyed both of them."
    assert {r["event_type"] for r in rows(text)} == {"mine_clearing"}


def test_impacts_in_regions_after_a_tally_carry_the_attack_on():
    text = ("Overnight Russia launched 52 Shaheds. Air defence shot down 40 over the Kyiv "
            "region; 9 were lost to jamming. Impacts in Odesa and Mykolaiv regions.")
    assert {(r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("UA-32", True), ("UA-51", False), ("UA-48", False)}
