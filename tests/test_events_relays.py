"""Agency copy and governors' posts as relayed: sources after "according to", governments
that deny, districts of a city named before another, weapons bought or given, sea drones
that ram, and totals since the invasion."""

from __future__ import annotations

from geomap import geoparse

from .conftest import incident_rows


def _incidents(text: str, date: str = "2024-06-20") -> set[tuple[str, str]]:
    return {(r["event_type"], r["admin1_code"] or r["place"])
            for r in incident_rows(text, date=date)}


def test_a_surname_after_according_to_is_the_person_not_a_place():
    text = ("Shells hit Tyotkino overnight, Kursk governor Alexei Smirnov said. A drone struck "
            "a lorry near Rylsk, according to Smirnov.")
    assert "Smirnov" not in {m.text for m in geoparse(text)}
    rows = incident_rows(text, date="2024-06-20")
    assert {(r["event_type"], r["admin1_code"]) for r in rows} == {
        ("shelling", "RU-KRS"), ("drone_attack", "RU-KRS")}
    assert all(r["admin1_code"] == "RU-KRS" for r in rows)
    # (to stays a preposition of place elsewhere: "a drone flew to Rylsk")
    assert "Rylsk" in {m.text for m in geoparse("A drone flew to Rylsk at dawn.")}


def test_a_district_of_a_city_named_earlier_is_that_citys_not_the_last_city_named():
    # a capital that acts comes between the city and its district
    text = ("Russian jets dropped glide bombs on Kharkiv on Monday, the governor said, as Moscow "
            "kept up pressure on Ukraine's second city.\n\nThe governor said two KAB glide bombs "
            "struck the Kholodnohirskyi district at noon.")
    assert _incidents(text) == {("airstrike", "UA-63")}


def test_a_capital_that_never_acknowledged_a_strike_is_no_place_of_it():
    text = ("Kyiv says two Neptune missiles hit the cruiser off Snake Island; Moscow has never "
            "acknowledged that the ship was struck.")
    assert ("missile_strike", "RU-MOW") not in _incidents(text, "2022-04-20")


def test_weapons_a_government_buys_are_no_attack_even_after_a_two_word_system():
    text = ("Bucharest is negotiating the purchase of more Patriot missile systems and "
            "loitering munitions to guard its Danube ports.")
    assert _incidents(text) == set()
    # (weapons that strike after such a phrase still do)
    assert _incidents("Loitering munitions struck a fuel depot in Izmail overnight.") == {
        ("drone_attack", "UA-51")}


def test_ships_given_to_help_clear_mines_are_no_clearing():
    text = ("London said in May it would send two refitted vessels to help Ukraine clear mines "
            "off its Black Sea coast.")
    assert _incidents(text) == set()


def test_a_sea_drone_that_rams_a_ship_is_a_drone_attack():
    text = "A sea drone rammed a patrol ship in the bay of Novorossiysk before dawn."
    assert _incidents(text, "2023-08-05") == {("drone_attack", "RU-KDA")}


def test_mines_destroyed_since_the_invasion_are_a_total_not_news():
    text = ("Romania, whose divers destroyed a drifting mine off Constanta on Friday, has "
            "neutralised dozens of mines near its coast since Russia's invasion.")
    rows = incident_rows(text, date="2023-10-28")
    assert len(rows) == 1 and rows[0]["evidence"].startswith("Romania, whose divers")
    assert _incidents("Romanian divers have destroyed dozens of mines off Constanta since "
                      "Russia's invasion.", "2023-10-28") == set()


def test_a_region_named_across_a_border_is_no_place_of_the_event():
    text = ("Moldovan border police said the wreckage of a drone had been found in a field near "
            "Etulia, close to the border with Ukraine's Odesa region.")
    assert _incidents(text, "2024-02-14") == {("drone_attack", "MD-GA")}


def test_what_a_weapon_has_become_is_no_attack():
    assert _incidents("Glide bombs, dropped from far beyond the front, have become a growing "
                      "threat to villages in the Sumy and Kharkiv regions.", "2024-03-03") == set()
    # (an attack told before it in another sentence stays)
    assert _incidents("Russian jets struck Vovchansk with glide bombs on Friday. Such bombs "
                      "have become a daily danger for the town.", "2024-03-03") == {
        ("airstrike", "UA-63")}


def test_a_post_headed_by_its_place_alone_places_an_event_told_without_one():
    text = ("Sumy oblast, past day.\n\nMortar fire hit Khotin and Yunakivka; a house burned down "
            "in Khotin.\n\nSappers of the emergency service destroyed 31 explosive objects.")
    assert _incidents(text, "2024-04-02") == {("shelling", "UA-59"), ("mine_clearing", "UA-59")}
    rows = [r for r in incident_rows(text, date="2024-04-02")
            if r["event_type"] == "mine_clearing"]
    assert rows[0]["admin1_code"] == "UA-59" and rows[0]["evidence"].startswith("Sumy oblast")
    # (a headline that says more than a place heads no such post)
    assert ("mine_clearing", "UA-59") not in _incidents(
        "Governor visits schools in Sumy oblast\n\nSappers of the emergency service "
        "destroyed 31 explosive objects.", "2024-04-02")
