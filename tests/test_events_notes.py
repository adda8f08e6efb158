"""Tallies and coded notes as monitors write them: launch areas named beside the weapons,
lists of launch sites, weapons that "had crashed", and wreckage said to belong to a
weapon."""

from __future__ import annotations

from .conftest import incident_rows


def _incidents(text: str, date: str = "2024-03-10") -> set[tuple[str, str, bool]]:
    return {(r["event_type"], r["admin1_code"] or r["place"], bool(r["intercepted"]))
            for r in incident_rows(text, date=date)}


def test_a_launch_area_in_brackets_is_where_the_weapons_left_not_a_target():
    text = ("Overnight the enemy used three Kh-101 cruise missiles from Tu-95 bombers (launch "
            "area Volgograd region). Air defence destroyed all of them over Cherkasy region.")
    found = _incidents(text)
    assert ("missile_strike", "UA-71", True) in found
    assert not any(code == "RU-VGG" for _, code, _ in found)
    # (a site struck that the report calls a launch area is still struck)
    assert ("drone_attack", "RU-KDA") in {
        (t, c) for t, c, _ in _incidents("Drones hit a launch area near Yeysk, Krasnodar "
                                         "region, on Sunday.")}


def test_a_list_of_launch_sites_that_starts_with_an_unknown_name_stays_origins():
    text = ("The enemy attacked with 30 Shahed drones from Cape Chauda and Kursk. Twenty-six "
            "were shot down over Sumy and Poltava regions.")
    found = {(t, c) for t, c, _ in _incidents(text)}
    assert found == {("drone_attack", "UA-59"), ("drone_attack", "UA-53")}


def test_a_weapon_that_had_crashed_or_has_fallen_is_an_incident_there():
    assert _incidents("Police said a drone had crashed in a field near Ocnita overnight, "
                      "during a Russian attack on Ukraine.") == {("drone_attack", "MD-OC", True)}
    assert {(t, c) for t, c, _ in _incidents(
        "A missile has fallen near Ceadir-Lunga, the border police said.")} == {
        ("missile_strike", "MD-GA")}
    # (one that did not explode is still no incident)
    assert _incidents("A drone had crashed near Ocnita without exploding, during a training "
                      "flight.") == set()


def test_wreckage_said_to_belong_to_a_weapon_is_what_is_left_of_an_attack():
    text = ("Romania's defence ministry confirmed that fragments found near Plauru, Tulcea "
            "county, belong to a drone of the kind Russia uses against Danube ports.")
    assert _incidents(text, "2023-09-13") == {("drone_attack", "RO-TL", True)}
    assert {(t, c) for t, c, _ in _incidents(
        "Investigators said the wreckage found outside Ceadir-Lunga came from a Russian "
        "missile.")} == {("missile_strike", "MD-GA")}
    # (fragments that belong to a car are not a weapon's)
    assert _incidents("Fragments found near Plauru belong to a car that crashed on the "
                      "river road.", "2023-09-13") == set()


def _types_places(text: str, date: str = "2024-03-10") -> set[tuple[str, str]]:
    return {(t, c) for t, c, _ in _incidents(text, date)}


def test_where_a_weapon_was_fired_from_or_its_bombers_flew_is_no_target():
    text = ("The court found the airliner was downed by a Buk missile fired from a farm field "
            "near Pervomaiske, in eastern Ukraine, in July 2014.")
    assert _incidents(text, "2022-11-17") == set()
    text = ("Air defence destroyed eight cruise missiles over the Kyiv region overnight. The "
            "missiles were launched by Tu-95 bombers flying over the Caspian Sea, the air "
            "force said.")
    assert _types_places(text, "2024-10-04") == {("missile_strike", "UA-32")}


def test_launch_sites_in_a_tallys_brackets_are_not_targets():
    text = ("The enemy attacked with 40 air attack assets:\n"
            "- 3 Iskander-M ballistic missiles (Belgorod region, RF);\n"
            "- 37 Shahed UAVs and drones of other types (directions: Kursk, Oryol).\n"
            "Air defence shot down 30 drones over Sumy and Chernihiv regions.")
    assert _types_places(text, "2024-11-26") == {("drone_attack", "UA-59"),
                                                 ("drone_attack", "UA-74")}


def test_flight_restrictions_at_a_citys_airports_do_not_place_the_attack_there():
    text = ("Drones shot down over Ramenskoye and Podolsk, restrictions at Moscow airports. "
            "Falling debris damaged houses in Ramenskoye.")
    found = _types_places(text, "2025-03-11")
    assert ("drone_attack", "RU-MOS") in found
    assert ("drone_attack", "RU-MOW") not in found


def test_drones_made_weapons_in_range_and_a_war_long_past_are_no_attacks():
    assert _incidents("Officials say Geran-type drones are now assembled in large numbers in "
                      "Yelabuga, Tatarstan.", "2024-02-23") == set()
    assert _incidents("Dnipro and Kryvyi Rih, which lie within reach of S-300s and glide "
                      "bombs, have little air defence cover, analysts say.") == set()
    assert _incidents("Kronstadt remembered the Nazi siege, which killed thousands through "
                      "hunger, bombing and artillery fire.", "2024-01-27") == set()
    # (the same words, told of this week's war, are an attack)
    assert _types_places("Glide bombs and artillery fire hit Kryvyi Rih on Monday.") >= {
        ("airstrike", "UA-12"), ("shelling", "UA-12")}


def test_a_goal_bombarded_and_ships_that_wait_are_no_events():
    assert _incidents("Zorya went ahead in Lviv, but Dynamo bombarded Mykola Kucherenko's "
                      "goal with 15 attempts after the break.", "2023-11-08") == set()
    assert _incidents("Two minehunters for the Ukrainian navy wait in Rosyth until the "
                      "straits reopen.", "2023-07-06") == set()


def test_a_place_hit_from_the_air_is_an_airstrike():
    assert _types_places("In the Kupiansk direction, Synkivka was hit from the air.",
                         "2023-03-24") == {("airstrike", "UA-63")}


def test_a_rocket_found_in_a_garden_is_ordnance_not_shelling():
    text = ("In Yahidne, Chernihiv district, a man found the tail section of a Grad rocket in "
            "his garden. Police sappers defused it and two mortar rounds nearby.")
    found = _types_places(text, "2023-04-12")
    assert ("shelling", "UA-74") not in found
    assert ("mine_clearing", "UA-74") in found


def test_a_headline_of_places_under_fire_is_their_shelling():
    text = "Kherson region: Beryslav and Kozatske under fire, drone attack on Tiahynka"
    found = _types_places(text, "2023-09-19")
    assert ("shelling", "UA-65") in found and ("drone_attack", "UA-65") in found
    # (figurative fire is not: criticism)
    assert _incidents("Minister Kubrakov under fire over the Dorohusk queues.") == set()


def test_bulk_carriers_at_a_port_are_ships_not_hauliers():
    assert _incidents("Earlier incidents included bulk carriers at Chornomorsk and a tanker "
                      "in Reni.", "2024-10-10") == set()
    assert _types_places("Polish carriers at Dorohusk kept the road closed on Monday.",
                         "2023-11-20") == {("border_blockade", "PL-06")}


def test_what_the_news_follows_or_counts_from_is_the_past():
    text = ("Farmers blocked the road to the Medyka crossing on Thursday. The standoff follows "
            "a two-month blockade by hauliers at Dorohusk that ended in January.")
    assert _types_places(text, "2024-02-22") == {("border_blockade", "PL-18")}
    text = ("A drone struck a car in Shebekino. I remind you that since 30 December, when the "
            "centre of Belgorod was shelled, we have opened 40 shelters.")
    assert _types_places(text, "2024-02-08") == {("drone_attack", "RU-BEL")}
    assert ("shelling", "RU-BEL") not in _types_places(text, "2024-02-08")
    # (what follows the night before is the news: "the find followed a night in which ...")
    text = ("Police found drone fragments near Tudora. The find followed a night in which "
            "Russian drones targeted the Odesa region.")
    assert ("drone_attack", "UA-51") in _types_places(text, "2023-12-12")


def test_what_was_said_days_before_is_not_this_reports_attack():
    text = ("Bucharest confirmed the fragments at Plauru on Wednesday. In Brussels, officials "
            "saw no sign of an intentional attack. Kyiv, which had said earlier in the week "
            "that drones had crashed in Romania, welcomed the finding.")
    assert ("drone_attack", "BE-BRU") not in _types_places(text, "2023-09-07")


def test_a_blockade_wound_down_last_month_is_the_past():
    text = ("Truck drivers suspended their blockade of the Dorohusk crossing on Wednesday. The "
            "protest at Korczowa had been wound down in December.")
    found = _incidents(text, "2024-01-17")
    assert {(t, c) for t, c, _ in found} == {("border_blockade", "PL-06")}


def test_a_sentence_months_back_or_of_another_day_does_not_carry_the_attack():
    text = ("Russia launched 100 missiles and 90 drones overnight, the air force said. The "
            "attack followed weeks of calm after strikes in the spring, when power plants in "
            "the Kharkiv and Zaporizhzhia regions were badly damaged.")
    assert _incidents(text, "2024-08-26") == set()
    text = ("Missiles struck Lviv on Monday morning, the mayor said. The air force said it "
            "shot down 40 of 84 missiles, without saying where. The Crimean bridge was damaged "
            "by an explosion on Saturday.")
    assert _types_places(text, "2022-10-10") == {("missile_strike", "UA-46")}


def test_mines_left_by_a_war_decades_ago_are_no_news():
    assert _incidents("Croatia, which is still clearing mines from the wars of the 1990s "
                      "around Karlovac, offered to train Ukrainian sappers.", "2023-08-30") == set()


def test_live_fire_in_a_drill_is_no_shelling():
    assert _incidents("Polish rocket artillery fired live missiles into the Baltic Sea from "
                      "the Ustka range on Tuesday.", "2024-05-28") == set()
    assert _incidents("HIMARS fire over the Baltic as NATO drills reach Pomerania",
                      "2024-05-28") == set()


def test_a_ships_home_base_is_not_where_it_swept():
    text = ("Divers destroyed a drifting mine off Kavarna on Thursday; a minesweeper from the "
            "Varna base was sent to the area.")
    assert ("mine_clearing", "BG-03") not in _types_places(text, "2023-06-08")
