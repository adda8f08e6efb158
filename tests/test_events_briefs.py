"""Events in analysts' briefs, demining notes, port and border news, official tallies and
local reporting: the words that report an incident, and those that only look like it."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


def test_a_rocket_barrage_of_a_named_launcher_is_shelling_not_a_missile_strike():
    assert found("Local officials said a Smerch rocket barrage hit Nikopol overnight.") == {
        ("shelling", "UA-12")}


def test_a_rocket_attack_is_still_a_missile_strike():
    assert ("missile_strike", "UA-63") in found("A rocket attack hit Kharkiv on Sunday night.")


@pytest.mark.parametrize("text", [
    "The charity will buy demining machines for the Kherson region with the grant.",
    "Greece and Cyprus set up a new Aegean Sea mine countermeasures task group in March.",
    "Thirty sappers received their certificates in Poltava on Friday.",
    "Moscow rejected statements that it had fired North Korean missiles.",
    "The Ukraine winger fired a missile into the top corner against Georgia in Tbilisi.",
    "Farm workers cleared the fields near Lubny of snow and fallen branches.",
    "Estonia will send 300 FPV drones and four demining vehicles to the Kherson region.",
    "Pupils in Sumy moved into an underground school designed to withstand shelling.",
    "Kharkiv opened a metro school with walls strong enough to survive a direct missile hit.",
])
def test_purchases_bodies_diplomas_denials_goals_and_shelters_are_not_events(text):
    assert found(text) == set()


def test_land_cleared_where_mines_lie_is_mine_clearing():
    [row] = rows("FSD teams started clearing fields around Balakliia, Kharkiv region, that "
                 "were laced with anti-tank mines.")
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "UA-63", "land")


def test_interceptions_tallied_over_a_list_of_oblasts_carry_the_attack():
    found_rows = rows("Air defence shot down 19 of 25 Shahed drones. The downings were recorded "
                      "in the Poltava, Sumy, Chernihiv and Cherkasy oblasts.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in found_rows} == {
        ("drone_attack", code, True) for code in ("UA-53", "UA-59", "UA-74", "UA-71")}


def test_the_lines_of_a_blockade_list_each_carry_the_protest_with_their_own_state():
    text = ("Farmers' blockades, Tuesday:\n"
            "Medyka - still ongoing, trucks waiting 60 hours\n"
            "Dorohusk - lifted at noon\n"
            "Korczowa - a picket announced for Friday")
    got = {(r["place"], r["status"]) for r in rows(text) if r["event_type"] == "border_blockade"}
    assert got == {("Medyka", "ongoing"), ("Dorohusk", "ended"), ("Korczowe", "planned")}


def test_a_list_of_towns_and_states_without_a_lasting_event_carries_nothing():
    text = ("Power supply update:\n"
            "Kharkiv - restored\n"
            "Sumy - outages ongoing")
    assert found(text) == set()


def test_the_district_refers_to_the_district_named_before():
    [row] = rows("Rescuers worked in the Kupiansk district all day. Two glide bombs hit the "
                 "district in the evening.")
    assert (row["event_type"], row["admin1_code"]) == ("airstrike", "UA-63")


def test_officials_of_a_region_telling_the_attack_again_add_no_place():
    keys = found("Drones hit a fuel depot in Novorossiysk overnight. Krasnodar Krai officials "
                 "claimed that most of the drones were shot down.")
    assert keys == {("drone_attack", "RU-KDA")}
    [row] = rows("Drones hit a fuel depot in Novorossiysk overnight. Krasnodar Krai officials "
                 "claimed that most of the drones were shot down.")
    assert row["place"] == "Novorossiysk"


def test_a_landmark_at_sea_tells_where_not_the_ministry_that_speaks():
    [row] = rows("A Bulgarian minesweeper destroyed a drifting mine 15 nautical miles east of "
                 "Varna on Sunday morning, the Ministry of Defence in Sofia said.")
    assert (row["event_type"], row["place"], row["mine_domain"]) == (
        "mine_clearing", "15 nautical miles east of Varna", "sea")


def test_a_dateline_is_the_place_of_the_city_or_port_its_sentence_refers_to():
    [row] = rows("ODESA, Aug 2 - Drones attacked the port before dawn, the navy said.")
    assert (row["event_type"], row["admin1_code"], row["place"]) == (
        "drone_attack", "UA-51", "Odesa")


def test_a_dateline_that_is_not_referred_to_is_still_no_place():
    assert found("ODESA, Aug 2 - Drones attacked a bridge somewhere in the south.") == set()


@pytest.mark.parametrize("text, key", [
    ("Footage shows a Russian drone striking a car in Nikopol.", ("drone_attack", "UA-12")),
    ("A video showed Russian artillery striking houses in Vovchansk.", ("shelling", "UA-63")),
    ("The footage shows a Su-34 striking a bridge in Kupiansk.", ("airstrike", "UA-63")),
    ("A video showed a missile striking the port in Odesa.", ("missile_strike", "UA-51")),
])
def test_a_weapon_striking_a_target_is_its_attack(text, key):
    assert found(text) == {key}


def test_demining_machines_at_work_beside_sappers_still_clear_mines():
    assert found("Sappers and demining machines cleared 40 hectares near Izium this week.") == {
        ("mine_clearing", "UA-63")}


def test_a_sea_mine_found_then_destroyed_is_mine_clearing_at_sea():
    [row] = rows("Two sea mines were found drifting off the coast of Mangalia and destroyed by "
                 "navy divers.")
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "RO-CT", "sea")


def test_what_a_land_mine_destroyed_is_no_clearing():
    assert found("A tractor hit a land mine near Izium, which destroyed the vehicle.") == set()


def test_a_protest_registered_for_a_later_day_is_planned():
    [row] = rows("A protest by Hungarian farmers near the Beregsurány crossing was registered "
                 "for next Tuesday.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "planned")


def test_a_blockade_that_goes_on_and_is_to_be_extended_is_ongoing():
    [row] = rows("Farmers are still blocking the Medyka crossing and will extend the protest "
                 "next week.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "ongoing")
