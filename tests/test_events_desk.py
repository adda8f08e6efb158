"""A monitoring desk's week: days and months long past, weapons made, sold, renamed or
drilled with, fact-checks, origins, teams sent from elsewhere, duds of the attack just
told, and places that are rivers, offices, ministries or wider than a country."""

from __future__ import annotations

from geomap.event_status import long_before
from geomap.geoparser import geoparse

from .conftest import incident_keys, incident_places, incident_rows


def _found(text: str, date: str = "2024-09-12") -> set[tuple[str, str]]:
    return incident_keys(text, date=date)


def _places(text: str, date: str = "2024-09-12") -> set[tuple[str, str]]:
    return incident_places(text, date=date)


def test_a_day_earlier_in_the_year_is_background_however_far_back():
    old = ("Investigators examined fragments of the ballistic missile that struck "
           "Zaporizhzhia on 5 February.")
    assert _found(old, "2024-10-03") == set()
    assert _found("A ballistic missile struck Zaporizhzhia on 29 September.",
                  "2024-10-03") == {("missile_strike", "UA-23")}


def test_a_month_of_last_year_is_background():
    text = ("Missiles hit Rivne on Monday morning. In April last year, cruise missiles also "
            "hit a fuel depot near Lutsk.")
    assert _found(text, "2024-09-02") == {("missile_strike", "UA-56")}
    # (by its year alone, last December told on 10 January is not long past)
    assert not long_before("In December last year, drones hit a depot in Lutsk.",
                           "2025-01-10")
    assert long_before("In October last year, drones hit a depot in Lutsk.", "2025-01-10")


def test_a_part_of_an_earlier_year_is_background():
    text = ("Drone raids, which began in early 2023 with strikes on fuel depots in the Bryansk "
            "and Kursk regions, have grown in range, analysts say.")
    assert _found(text, "2024-11-20") == set()


def test_an_event_told_after_a_sentence_long_past_is_not_placed_later():
    text = ("Records show 14 people died on 9 March 2022. Two bombs dropped from an aircraft "
            "hit the ward. Its roof in Mariupol was damaged and has since been rebuilt.")
    assert _found(text, "2025-05-20") == set()
    # (a day of its own makes it news)
    text = ("Records show 14 people died on 9 March 2022. Overnight two bombs dropped from an "
            "aircraft hit the ward. Its roof in Mariupol was damaged.")
    assert _found(text, "2025-05-20") == {("airstrike", "UA-14")}


def test_a_river_named_like_a_village_is_the_river():
    text = "Drones set a fuel depot ablaze in Engels, across the Volga from Saratov."
    assert _places(text) == {("drone_attack", "Engels")}


def test_a_regional_office_that_speaks_is_not_where_the_work_was_done():
    text = ("Deminers cleared a field near Izium on Tuesday, the Kharkiv regional office of "
            "the emergency service said.")
    assert [text[r["mention_start"]:r["mention_end"]]
            for r in incident_rows(text)] == ["Izium"]
    # (the office's building, hit, is the place of the attack)
    assert _found("A missile hit the Kharkiv regional office building overnight.") == {
        ("missile_strike", "UA-63")}


def test_what_attacks_have_become_over_a_year_is_no_attack():
    text = ("Monitors said on Friday that short-range drone strikes had become the leading "
            "cause of civilian deaths in the Sumy region this year.")
    assert _found(text) == set()


def test_an_area_wider_than_a_country_places_nothing_unless_asked():
    text = ("Farmers' blockades at the border crossings have pushed up bread prices as far as "
            "the Middle East, traders said.")
    assert _found(text) == set()
    rows = incident_rows(text, date="2024-02-20", country_only=True)
    assert [(r["place"], r["country_only"], r["geo_precision"]) for r in rows] == [
        ("Middle East", True, 3)]


def test_a_strait_between_two_countries_is_a_place_at_sea():
    rows = incident_rows("A sea drone attacked a tanker in the Kerch Strait overnight.")
    assert [(r["place"], r["country_only"]) for r in rows] == [("Kerch Strait", False)]


def test_a_snap_readiness_check_is_a_drill():
    text = ("Minsk launched a snap check of its Iskander-M and Polonez missile units on "
            "Tuesday in the Brest region.")
    assert _found(text) == set()


def test_parts_sold_for_weapons_and_a_weapons_other_name_are_no_attack():
    assert _found("The EU sanctioned three firms in Shenzhen for supplying motors and chips "
                  "for Russian long-range attack drones.") == set()
    assert _found("The plant near Yelabuga assembles copies of the Shahed-136, known in "
                  "Russia as Geran-2.") == set()


def test_a_weapons_class_told_before_does_not_place_a_later_attack():
    text = ("Brussels and London added firms making attack drones to their sanctions lists. "
            "Officials said the drones had been used against Ukraine.")
    assert _found(text) == set()
    # (debris told just before does: where the pieces of that attack fell)
    text = ("Fragments of a drone were found near the village of Ceatalchioi, local police "
            "said. They fell during a Russian drone attack on Ukraine overnight.")
    assert _found(text, "2023-09-09") == {("drone_attack", "RO-TL")}


def test_a_claim_headed_with_its_source_is_a_claim():
    text = ('Claim (two Telegram channels): "missile strike on Uzhhorod airport, big fire".\n'
            "Status: rejected. The regional administration reported no attack.")
    assert _found(text) == set()


def test_a_name_on_an_origins_list_inside_a_region_is_an_origin():
    text = ("Overnight the enemy launched 40 Shahed drones from Kursk, Primorsko-Akhtarsk and "
            "Cape Chauda in Crimea; 30 were shot down over the Poltava region.")
    assert _found(text) == {("drone_attack", "UA-53")}


def test_a_team_sent_from_a_port_works_where_the_mine_is():
    text = ("A drifting sea mine was spotted off Cape Midia on Sunday. A minesweeper and "
            "divers were sent from Constanta, and the mine was destroyed at sea.")
    assert {p for _, p in _places(text)} == {"Cape Midia"}


def test_clearing_a_dud_of_the_attack_just_told_is_at_its_place():
    text = ("Russian artillery shelled Beryslav on Friday, damaging two houses. One of the "
            "shells did not explode.\n\nIn the evening, sappers of the emergency service "
            "removed it and destroyed it at a range.")
    assert _found(text) == {("shelling", "UA-65"), ("mine_clearing", "UA-65")}
    # (without a dud, work told with no place is not the attack's)
    text = ("Russian artillery shelled Beryslav on Friday, damaging two houses.\n\nIn the "
            "evening, sappers of the emergency service went on clearing fields.")
    assert _found(text) == {("shelling", "UA-65")}


def test_an_unexploded_glide_bomb_is_ordnance_not_an_airstrike():
    text = "The unexploded KAB-500 was dug out of a courtyard in Sumy and destroyed by sappers."
    assert _found(text) == {("mine_clearing", "UA-59")}


def test_tractors_driven_onto_the_road_to_a_crossing_block_it():
    text = ("About thirty farmers drove their tractors onto the road leading to the Medyka "
            "crossing on Monday, stopping lorries for four hours.")
    assert _found(text, "2024-02-20") == {("border_blockade", "PL-18")}


def test_a_destroyed_dam_is_not_a_destroyed_mine():
    text = ("Floodwater from the destroyed dam at Nova Kakhovka has washed mines into gardens "
            "along the Dnipro, officials warned.")
    assert _found(text, "2023-06-09") == set()


def test_a_weapon_heading_a_coded_line_is_its_attack():
    text = ("DONETSK OBL\n- Kramatorsk: Smerch MLRS, 6 rockets, 21:10, industrial zone; 2 WIA\n"
            "- Druzhkivka: no incidents")
    assert _found(text) == {("shelling", "UA-14")}


def test_a_word_of_a_ministrys_name_is_not_a_place():
    names = {m.text for m in geoparse("The cabinet approved grants for farmers whose fields "
                                      "were mined, the Ministry of Economy said on Tuesday.")}
    assert names == set()


def test_a_town_near_the_places_named_wins_over_a_nearer_village_of_its_name():
    rows = incident_rows("Uragan rockets hit Kostiantynivka on Monday evening, the Donetsk "
                         "regional police said.", date="2024-02-27")
    assert [(r["admin1_code"], round(r["lat"], 1), round(r["lon"], 1)) for r in rows] == [
        ("UA-14", 48.5, 37.7)]


def test_a_river_told_with_an_adjective_of_its_level_is_the_river():
    names = {m.text for m in geoparse("The record-low Danube exposed old shells on a sandbank "
                                      "near Komárno.")}
    assert names == {"Komárno"}


def test_a_distance_from_a_cape_is_a_point_at_sea():
    rows = incident_rows("A patrol aircraft destroyed three sea drones about 30 kilometres south "
                         "of Cape Tarkhankut on Friday, the ministry said.", date="2023-09-15")
    assert [(r["place"], round(r["lat"], 1)) for r in rows] == [
        ("30 kilometres south of Cape Tarkhankut", 45.1)]


def test_the_headquarters_of_a_region_speaks_for_it():
    text = ("The operational headquarters of the Krasnodar territory reported a drone attack "
            "on a refinery overnight. In Tuapse a fire broke out after the strike.")
    assert _places(text, "2024-05-17") == {("drone_attack", "Tuapse")}


def test_rockets_after_a_launchers_attack_are_that_attack():
    text = ("Belgorod was shelled from multiple rocket launchers this afternoon. Rockets struck "
            "two courtyards in the city centre.")
    assert _found(text, "2024-02-15") == {("shelling", "RU-BEL")}
    # (rockets told alone are a missile strike's)
    assert _found("Rockets struck two courtyards in Belgorod this afternoon.",
                  "2024-02-15") == {("missile_strike", "RU-BEL")}


def test_a_weapon_model_made_is_no_attack():
    text = ("Output of Geran-2 attack drones at the plant in Yelabuga has doubled this year, "
            "documents show.")
    assert _found(text, "2024-11-08") == set()


def test_a_peninsula_a_place_lies_on_is_not_a_village():
    text = ("Drones were shot down over Chornomorske on the western Tarkhankut peninsula on "
            "Monday, the authorities said.")
    assert _places(text, "2024-08-26") == {("drone_attack", "Chornomorske")}


def test_a_place_to_be_searched_for_mines_is_planned_clearing():
    rows = incident_rows("Navy divers will check the port of Chornomorsk for sea mines next "
                         "week.", date="2024-04-15")
    assert [(r["event_type"], r["admin1_code"], r["status"]) for r in rows] == [
        ("mine_clearing", "UA-51", "planned")]
    # (a car searched for explosives is not demining)
    assert _found("Police checked the car for explosives near Lviv.") == set()


def test_a_building_named_after_a_place_is_not_the_place():
    names = {m.text for m in geoparse("A service was held at the Garrison Church in Lviv.")}
    assert names == {"Lviv"}
    names = {m.text for m in geoparse("The Geneva International Centre for Humanitarian "
                                      "Demining will publish a review in December.")}
    assert names == set()


def test_an_agreement_on_a_mine_countermeasures_group_is_not_clearing():
    text = ("Turkey, Romania and Bulgaria signed a memorandum on a joint mine-countermeasures "
            "group for the western Black Sea.")
    assert _found(text, "2024-01-11") == set()


def test_a_temporary_crossing_reopened_is_no_blockade_lifted():
    assert _found("Chernihiv. Traffic on the road to Kyiv has reopened over a temporary "
                  "crossing near the city.", "2022-04-12") == set()


def test_rigs_parked_on_the_approach_to_a_crossing_and_goods_traffic_held_up():
    text = ("Slovak carriers parked their rigs on the approach to Vysne Nemecke on Friday.")
    assert _found(text, "2023-12-04") == {("border_blockade", "SK-KI")}
    text = ("Farmers from Podkarpackie have also been holding up goods traffic at the Medyka "
            "crossing since late November.")
    assert _found(text, "2023-12-04") == {("border_blockade", "PL-18")}


def test_the_thing_hit_told_just_before_gives_its_place():
    text = ("The death toll from Tuesday's strike on the Signal Institute in Poltava rose to "
            "55. Two ballistic missiles hit the institute minutes after an alert.")
    assert _found(text, "2024-09-04") == {("missile_strike", "UA-53")}
    # (a thing told near a place, not in it: no place of the attack)
    text = ("Smoke rose from the fuel depot north of Port Sudan on Tuesday. The army says "
            "drones hit the depot on Monday.")
    assert {r["place"] for r in incident_rows(text, date="2025-05-08")} <= {"Port Sudan"}


def test_a_weapon_told_by_what_it_copies_is_no_attack():
    text = ("The drones, a Russian-built version of the Iranian Shahed-136, are assembled at a "
            "plant near Yelabuga, officials said.")
    assert _found(text, "2024-06-24") == set()
    # (a kind told so, found where it fell, is the attack's)
    text = ("Police found the wreckage of one drone near the village of Cześniki; photos show "
            "a cheap decoy version of the Shahed.")
    assert ("drone_attack", "PL-06") in _found(text, "2025-09-11")


def test_crimes_counted_by_what_they_involved_are_no_attack():
    text = ("Prosecutors in Kharkiv region said 32,000 war crimes had been registered, most of "
            "them involving shelling, missile and glide-bomb attacks on homes.")
    assert _found(text, "2025-02-24") == set()


def test_lines_of_crossings_blocked_by_hauliers():
    text = ("BORDER CROSSINGS, 09:00\n• Dorohusk–Yahodyn: blocked by Polish hauliers since 6 "
            "November\n• Zosin–Ustyluh: open, no queue")
    assert _places(text, "2023-11-22") == {("border_blockade", "Dorohusk–Yahodyn")}


def test_tractors_parked_across_the_access_road_to_a_crossing():
    text = "Tractors have been parked across the access road to the Dorohusk crossing since dawn."
    assert _found(text, "2024-02-20") == {("border_blockade", "PL-06")}


def test_a_community_with_its_shells_counted_in_words_after_a_dash():
    text = ("Sumy region, over the past day:\n1. Bilopillia community - nine mortar rounds; no "
            "casualties.\n2. Krasnopillia community - artillery (7 explosions).")
    assert _found(text, "2024-10-03") == {("shelling", "UA-59")}
    assert len(incident_rows(text, date="2024-10-03")) == 2


def test_a_workshop_making_sea_drones_hit_by_a_missile_is_a_missile_strike():
    text = "An Iskander-M missile destroyed a workshop assembling unmanned boats in Dnipro."
    assert _found(text, "2024-06-28") == {("missile_strike", "UA-12")}


def test_a_front_named_after_a_region_is_not_its_city():
    text = ("Russian forces pounded towns on the Donetsk front with artillery and missiles on "
            "Sunday. Artillery shelled Toretsk, killing one person.")
    assert _places(text, "2024-04-07") == {("shelling", "Toretsk")}


def test_a_seat_that_was_hit_is_the_place_of_the_attack():
    text = ("The Guards said they had fired ballistic missiles at what they called a spy "
            "headquarters in Erbil.")
    assert _found(text, "2024-01-16") == {("missile_strike", "IQ-AR")}
    # (the seat of who speaks is not)
    assert _found("The defence ministry in Moscow said drones hit Belgorod.") == {
        ("drone_attack", "RU-BEL")}


def test_a_blast_said_to_be_caused_by_a_drone_is_a_drone_attack_there():
    text = ("A blast in central Tel Aviv killed a man and injured eight people. The military "
            "says it was caused by a long-range drone.")
    assert _found(text, "2024-07-19") == {("drone_attack", "IL-TA")}


def test_the_first_word_of_a_longer_arabic_name_is_not_a_place():
    names = {m.text for m in geoparse("Missiles were fired at Ain al-Asad air base in Iraq's "
                                      "Anbar province.")}
    assert "Ain" not in names


def test_a_batch_of_drones_delivered_is_no_attack():
    text = ("Mali's army took delivery of a new batch of Turkish-made Akinci and TB2 drones at "
            "the air base in Bamako this week.")
    assert _found(text, "2024-10-03") == set()


def test_trades_warnings_and_what_people_lived_through_are_no_events():
    assert _found("The head of the service awarded a pyrotechnician from the Kharkiv region "
                  "a medal for courage.", "2024-09-17") == set()
    assert _found('We remind residents of the Sumy region what the "KAB threat" message '
                  "means.", "2025-04-30") == set()
    assert _found("A support centre has opened in Dnipro for residents who have gone through "
                  "shelling or occupation.", "2024-07-03") == set()
