"""Events in more registers of real reporting (coded notes, ministry tallies, governors'
posts, datelines, blockade news), and the general news that must give no incident."""

from __future__ import annotations

import pytest

from geomap.geoparser import geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


# ---------------------------------------------------------------- weapons and their words

def test_multiple_rocket_launchers_used_are_shelling_not_a_missile_or_a_target():
    text = "On 2 May, troops attacked Tetkino, Kursk oblast, with Vampire multiple rocket launchers."
    assert found(text) == {("shelling", "RU-KRS")}


def test_uncrewed_surface_vessels_destroyed_are_an_intercepted_drone_attack():
    [row] = rows("The navy said it destroyed two uncrewed surface vessels near Sevastopol.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-40", True)


@pytest.mark.parametrize("text", [
    "A soldier was wounded by a rocket-propelled grenade in Avdiivka on Monday.",
    "The FAB Trading Company opened an office in Kharkiv.",
    "Tourists crowded Neptune Beach near Jacksonville on Sunday.",
    "The outskirts of Dnipro were hit by a tornado on Tuesday, tearing roofs off.",
    "The city council in Odesa was bombarded with complaints from residents.",
    "A museum of ballistic missile designers opened in Dnipro.",
])
def test_words_that_only_look_like_weapons_are_no_attack(text):
    assert found(text) == set()


def test_tornado_s_fire_is_still_shelling():
    assert ("shelling", "UA-14") in found("Russian troops fired Tornado-S at Kramatorsk.")


# ---------------------------------------------------------------- not events

@pytest.mark.parametrize("text", [
    "Schools in Kherson moved online, citing the constant threat of shelling.",
    "Rescuers used a drone to search for a lost hiker near Yaremche.",
    "Divers launched underwater drones to look for the missing boat near Lutsk.",
    "A memorial to the victims of the missile strike on Chernihiv was unveiled on Friday.",
    "Gunmen opened fire on a police patrol near Mosul, killing two officers.",
    "Armed men opened fire on a bus outside Kandahar on Sunday.",
    "Ukrainian sailors will train on two minehunters in Rosyth this winter.",
    "A mine-hunting course for navy divers began in Portsmouth.",
    "A plant in Lviv turns out 500 FPV drones a month.",
])
def test_tools_training_memorials_and_gunfire_are_not_events(text):
    assert found(text) == set()


def test_troops_opening_fire_on_a_town_is_still_shelling():
    assert ("shelling", "UA-65") in found("Russian troops opened fire on Kherson overnight.")


@pytest.mark.parametrize("text", [
    "Israel has maintained a blockade on Gaza since 2007, the report said.",
    "Soldiers blocked the roads linking Bama to Maiduguri after the attack.",
    "Talks in Cairo focused on the reopening of the crossings into Gaza.",
])
def test_blockades_by_states_and_armies_are_not_border_protests(text):
    assert found(text) == set()


# ---------------------------------------------------------------- blockades

def test_drivers_who_protest_in_the_queue_they_are_stuck_in_block_nothing():
    text = ("Lorry drivers waiting near the Slovak border staged a protest in the queue "
            "outside Vysne Nemecke on Tuesday, asking for toilets and water.")
    assert found(text) == set()
    # the blockade that made the queue is still one
    text = ("Slovak hauliers blocked the Vysne Nemecke crossing on Tuesday; Ukrainian "
            "drivers protested in their queue.")
    assert {t for t, _ in found(text)} == {"border_blockade"}


def test_a_protest_told_by_its_lorry_queue_is_a_blockade_at_the_heading():
    text = "Dorohusk. Day 12 of the hauliers' protest: a queue of 900 trucks on Friday."
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("border_blockade", "Dorohusk")}


def test_tractors_across_the_road_to_a_crossing_are_a_blockade():
    text = "Farmers parked tractors across the road to the Zahony crossing on Monday."
    assert found(text) == {("border_blockade", "HU-SZ")}


@pytest.mark.parametrize("text,status", [
    ("The farmers' protest at the Medyka crossing was suspended on Sunday.", "ended"),
    ("Farmers have announced a blockade of the Medyka crossing for 20 March.", "planned"),
])
def test_suspended_and_announced_blockades(text, status):
    assert [r["status"] for r in rows(text)] == [status]


def test_a_crossing_is_the_namesake_on_the_border():
    for text in ("Farmers blocked the Hrebenne crossing on Monday.",
                 "Hauliers blocked the Dorohusk, Hrebenne and Korczowa crossings."):
        [hrebenne] = [m for m in geoparse(text) if m.text == "Hrebenne"]
        # the village at the crossing near Rava-Ruska, not its namesake near Hrubieszow
        assert hrebenne.place.lat == pytest.approx(50.28, abs=0.05)


# ---------------------------------------------------------------- places of speakers and actors

def test_the_seat_of_a_ministry_is_not_where_it_happened():
    text = ("According to the defence ministry in Moscow, air defences downed five drones "
            "over the Bryansk region.")
    assert found(text) == {("drone_attack", "RU-BRY")}


def test_a_capital_named_as_the_attacker_is_not_a_target():
    text = "A drone hit Kharkiv a day after Moscow's heaviest missile attack on Ukraine."
    assert "RU-MOW" not in {code for _, code in found(text)}


def test_fragments_that_did_harm_after_an_interception_carry_it_on():
    text = ("Air defences shot down four missiles over Crimea on Saturday. Fragments damaged "
            "a house in Sevastopol.")
    assert ("missile_strike", "UA-40") in found(text)


# ---------------------------------------------------------------- more places that are not targets

def test_a_front_named_after_a_town_is_not_the_town():
    text = ("In the Pokrovsk direction, Russian aviation dropped 18 guided bombs on Myrnohrad "
            "and Novohrodivka.")
    assert {r["place"] for r in rows(text)} == {"Myrnohrad", "Novohrodivka"}


def test_a_town_that_locates_a_village_is_not_hit():
    text = "FPV drones hit a car in the village of Antonivka near Kherson on Monday."
    assert [r["place"] for r in rows(text)] == ["Antonivka"]


def test_a_town_near_a_region_named_before_is_the_place():
    text = "Sea drones sank a landing ship off the coast of Crimea near Alupka."
    assert [r["place"] for r in rows(text)] == ["Alupka"]


def test_city_after_a_name_is_part_of_it():
    [sumy] = geoparse("Russian forces struck Sumy City with a ballistic missile.")
    assert (sumy.text, sumy.place.admin1_code) == ("Sumy", "UA-59")


def test_a_missile_carrying_cluster_munitions_is_not_shelling():
    for text in ("Russian forces struck Odesa with an Iskander-M missile carrying cluster "
                 "munitions.",
                 "A ballistic missile with a cluster munition warhead hit Odesa."):
        assert found(text) == {("missile_strike", "UA-51")}


def test_a_landmark_named_again_keeps_the_place():
    text = ("Navy divers neutralised a drifting mine 20 miles east of Sulina; traffic through "
            "the Sulina channel was not affected.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "RO-TL", "sea")


def test_where_a_leader_arrived_is_not_hit_and_odesa_stays_in_ukraine():
    text = ("Russian drones struck Odesa overnight, as the president arrived in Washington "
            "to ask for more air defence.")
    assert found(text) == {("drone_attack", "UA-51")}


def test_the_country_whose_forces_fired_is_the_actor():
    text = ("Belgorod region. The village was shelled by the armed forces of Ukraine. "
            "A barn was damaged.")
    assert found(text) == {("shelling", "RU-BEL")}


def test_a_strike_on_a_demining_team_is_not_mine_clearing():
    assert found("A Russian drone struck a demining team near Kherson, killing two.") == {
        ("drone_attack", "UA-65")}
    assert ("mine_clearing", "UA-48") in found(
        "Demining teams began clearing fields in the Mykolaiv region this week.")


def test_a_mixed_case_abbreviation_is_not_a_place():
    assert [m.text for m in geoparse("Russian MoD: artillery hit Kupiansk overnight.")] == [
        "Kupiansk"]


def test_a_raion_is_located_at_the_town_it_is_named_after():
    # the Beryslav raion's middle lies some 40 km north of Beryslav itself
    [row] = rows("Russian forces shelled the Beryslav district on Sunday.")
    assert (row["place_kind"], row["admin1_code"]) == ("admin2", "UA-65")
    assert (row["lat"], row["lon"]) == pytest.approx((46.84, 33.43), abs=0.05)


@pytest.mark.parametrize("text", [
    "Power was restored to most of Kharkiv on Monday after last week's missile strikes.",
    "Crews in Odesa finished rebuilding a port terminal damaged by drones in July.",
    "A commander was charged over the missile strike on Kremenchuk in June 2022.",
    "Drone debris from an earlier attack was removed from a roof in Kyiv.",
])
def test_an_earlier_attack_told_as_background_is_not_an_incident(text):
    assert found(text) == set()


def test_the_place_that_took_the_heaviest_blows_carries_the_attack():
    text = ("Russia hit Ukraine with a barrage of glide bombs on Monday. The city of "
            "Kostiantynivka took the heaviest blows.")
    assert found(text) == {("airstrike", "UA-14")}


@pytest.mark.parametrize("text", [
    "Kharkiv residents returned to homes in Saltivka that still bear the scars of shelling.",
    "A drone factory in Yelabuga, Tatarstan, has increased its output of Geran drones.",
    "Shelling has damaged more than 2,000 homes in Kherson since the city was liberated.",
    "Fighting went on near Chasiv Yar, where Russian forces used artillery to cover infantry.",
])
def test_scars_output_long_tallies_and_covering_fire_are_not_incidents(text):
    assert found(text) == set()


def test_a_reservoir_named_after_a_town_is_not_the_town():
    text = "Divers cleared the Kakhovka reservoir shore of mines near Nikopol."
    assert {r["place"] for r in rows(text)} == {"Nikopol"}


def test_villages_listed_beside_crossings_are_the_crossings_villages():
    text = ("Farmers announced a blockade of all crossings in Lubelskie province for Monday, "
            "including Zosin and Hrebenne.")
    places = {(r["place"], round(r["lat"], 1)) for r in rows(text)}
    # the Zosin at the Ustyluh crossing and the Hrebenne near Rava-Ruska, not namesakes
    # inland
    assert places == {("Zosin", 50.9), ("Hrebenne", 50.3)}
    assert {r["status"] for r in rows(text)} == {"planned"}


@pytest.mark.parametrize("text", [
    "An engineer launched a liquid-fuelled rocket from a farm near Kharkiv.",
    "A model of a ballistic missile stands in the park in Dnipro.",
    "Officials asked for maps of where cluster bombs were dropped near Kherson during the "
    "summer 2006 war.",
])
def test_space_rockets_models_and_an_old_war_are_not_incidents(text):
    assert found(text) == set()


def test_a_crossing_whose_second_side_has_two_words():
    [row] = rows("The blockade of the Ubla-Malyi Bereznyi checkpoint by Slovak hauliers ended "
                 "after two days.")
    assert (row["place_kind"], row["admin1_code"], row["status"]) == (
        "crossing", "SK-PV", "ended")


@pytest.mark.parametrize("text,expected", [
    ("MOSCOW, Aug 6 (Reuters) - Local officials said shelling killed two civilians in "
     "Sudzha.", {("shelling", "RU-KRS")}),
    ("ODESA, Ukraine, May 3 - Russian drones attacked Kharkiv overnight.",
     {("drone_attack", "UA-63")}),
])
def test_a_dateline_with_a_country_or_a_day_is_where_the_report_was_filed(text, expected):
    assert found(text) == expected


def test_a_leaders_name_before_administration_is_not_a_town_but_a_big_citys_is():
    assert geoparse("The Bush administration said the missiles were defensive.") == []
    assert [m.text for m in geoparse("The Kharkiv administration said drones hit it.")] == [
        "Kharkiv"]


def test_defences_against_a_weapon_are_not_its_use():
    text = ("Kyiv received a third Patriot battery, officials said, strengthening its defences "
            "against ballistic missiles.")
    assert found(text) == set()


# ---------------------------------------------------------------- more registers: context,
# tallies, hromada lists, datelines, blockades, works and games

def test_front_line_fighting_of_any_kind_after_while_is_context_not_a_target():
    text = ("Russian aircraft kept dropping glide bombs on Kupiansk on 4 May, while "
            "positional fighting near Synkivka and Petropavlivka went on.")
    assert found(text) == {("airstrike", "UA-63")}
    assert {r["place"] for r in rows(text)} == {"Kupyansk"}


def test_a_country_that_pounds_another_is_the_attacker():
    text = "Russia pounded Ukraine's power grid with 90 missiles on Monday."
    assert "Russia" not in {r["place"] for r in rows(text)}


@pytest.mark.parametrize("text", [
    "The treaty signed in Minsk allows the deployment of Iskander missiles in Belarus.",
    "Belarus completed the stationing of Iskander missiles near Minsk, its minister said.",
    "A factory in Kharkiv opened an assembly line for demining robots on Monday.",
    "Zorya bombarded the Shakhtar penalty area with 15 crosses in Uzhhorod.",
    "A theatre in Odesa premiered Shelling, a play about a family in a basement.",
    "Cadets fired Grad rockets at the Yavoriv range during a brigade exercise.",
    "Polish farmers blocked roads across Poland on Friday, including near Lodz.",
])
def test_deployments_production_games_plays_exercises_and_nationwide_protests(text):
    assert found(text) == set()


def test_a_phrasal_verb_split_by_its_object_is_an_interception():
    [row] = rows("Air defence brought the drones down over the Cherkasy region overnight.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-71", True)


def test_each_clause_says_whether_its_place_was_hit_or_saw_an_interception():
    text = ("In Lviv, debris of a downed missile damaged a roof, while in Rivne a "
            "missile struck a substation.")
    flags = {r["place"]: r["intercepted"] for r in rows(text)}
    assert flags == {"Lviv": True, "Rivne": False}


def test_all_weapons_intercepted_after_the_place_they_were_aimed_at():
    text = "Russia struck Kryvyi Rih with two missiles; both were shot down over the city."
    [row] = rows(text)
    assert (row["event_type"], row["intercepted"]) == ("missile_strike", True)


@pytest.mark.parametrize("text,status", [
    ("Slovak hauliers who had blocked the Ubla crossing for a week went home on Monday.",
     "ended"),
    ("Protesters are still at Dorohusk, and lorries wait for nine days.", "ongoing"),
])
def test_statuses_of_blockades_told_in_other_words(text, status):
    [row] = rows(text)
    assert (row["event_type"], row["status"]) == ("border_blockade", status)


def test_a_vow_to_stay_keeps_a_blockade_going_beside_one_that_ended():
    text = ("Hauliers at Hrebenne ended their action for the weekend, while farmers at "
            "Zosin vowed to stay until March.")
    assert {r["place"]: r["status"] for r in rows(text)} == {"Hrebenne": "ended",
                                                             "Zosin": "ongoing"}


def test_rockets_from_multiple_launchers_are_shelling():
    assert found("Rockets from Grad launchers hit the centre of Nikopol on Sunday.") == {
        ("shelling", "UA-12")}


def test_a_weapon_alone_after_a_places_colon_is_that_places_attack():
    text = ("The enemy fired on the region 30 times. Kupiansk hromada: artillery. "
            "Borova hromada: mortars and drones.")
    shelled = {r["place"] for r in rows(text) if r["event_type"] == "shelling"}
    assert {"Kupianska hromada", "Borivska hromada"} <= shelled


def test_a_raion_that_holds_a_named_hromada_is_not_a_second_place():
    text = "Synelnykove district: a Shahed hit the Mezhova hromada overnight."
    assert {r["place"] for r in rows(text)} == {"Mezhivska hromada"}


def test_weapons_that_fell_on_a_place_are_its_incident():
    assert found("Two drones crashed in a field near Soroca overnight, the police said.") == {
        ("drone_attack", "MD-SO")}
    assert found("Drone prices fell in Ukraine as production grew.") == set()


def test_a_debate_in_the_same_clause_does_not_undo_a_strike():
    assert found("A missile struck Kyiv as parliament debated the budget.") == {
        ("missile_strike", "UA-30")}


def test_a_bare_count_destroyed_over_regions_carries_the_attack_told_before():
    text = ("Overnight the enemy launched 50 Shahed drones. Our defenders destroyed 41 over "
            "the Zhytomyr and Rivne oblasts.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("drone_attack", "UA-18", True), ("drone_attack", "UA-56", True)}


def test_an_attack_repelled_with_every_weapon_destroyed_is_intercepted():
    [row] = rows("Russia said it repelled an attack by four naval drones on Sevastopol, "
                 "destroying all of them.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-40", True)


def test_places_of_ground_assaults_before_a_strike_are_the_front_not_targets():
    text = ("Russian forces continued assaults near Toretsk and Niu-York on 5 August and "
            "conducted a missile strike on Kostiantynivka.")
    assert {r["place"] for r in rows(text)} == {"Kostyantynivka"}


def test_fragments_of_a_drone_named_with_its_side_are_what_is_left_of_an_attack():
    [row] = rows("Fragments of a Russian drone were found in a garden near Isaccea.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "RO-TL", True)


def test_an_area_of_land_cleared_is_mine_clearing():
    text = ("Some 120 hectares of farmland were demined near Balakliia this week, the "
            "emergency service said.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "UA-63", "land")
    assert found("Farmers sowed 300 hectares of wheat near Izium.") == set()
    assert found("Builders cleared 50 hectares of forest near Lutsk for a new road.") == set()


def test_a_settlement_known_by_its_region_is_not_doubled_by_the_region():
    text = "A fire broke out at a depot in Kotluban, Volgograd region, after a drone strike."
    assert len(rows(text)) == 1


@pytest.mark.parametrize("text,expected", [
    ("Romanian farmers have been joined by truckers at the Albita crossing.",
     {("RO-VS", "ongoing")}),
    ("Traffic at Medyka and Korczowa was normal on Friday, while protests continued at "
     "Dorohusk.", {("PL-06", "ongoing")}),
])
def test_protesters_at_a_named_crossing_and_crossings_running_normally(text, expected):
    assert {(r["admin1_code"], r["status"]) for r in rows(text)
            if r["event_type"] == "border_blockade"} == expected


@pytest.mark.parametrize("text", [
    "Bulgaria bought two minesweeping vessels for its base in Varna.",
    "The navy in Constanta unveiled a new mine countermeasures ship on Monday.",
])
def test_mine_hunting_ships_bought_or_shown_are_not_mine_clearing(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "Crews in Mykolaiv are still repairing a substation hit in last week's missile strike.",
    "Moldovan deputies debated a bill on shooting down drones over Chisinau.",
    "Ukrainian gunners shelled Russian positions overnight, the brigade said.",
])
def test_repairs_after_an_earlier_attack_laws_and_troops_named_by_their_country(text):
    assert found(text) == set()


def test_a_drone_that_entered_airspace_and_was_shot_down_is_intercepted_there():
    [row] = rows("A Russian drone entered Polish airspace near Hrubieszow and was shot down "
                 "by allied jets.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "PL-06", True)


def test_a_weapon_is_read_within_its_clause_when_a_longer_reading_crosses_a_barrier():
    text = ("In Poltava oblast, air defence worked against Shaheds overnight; in Kremenchuk, "
            "debris damaged a school.")
    assert {(r["event_type"], r["place"], r["intercepted"]) for r in rows(text)} == {
        ("drone_attack", "Kremenchuk", True)}


@pytest.mark.parametrize("text", [
    "Russia keeps two Kalibr carriers in the Black Sea with up to 16 missiles, the navy said.",
    "Russian forces are likely to keep striking Kharkiv with glide bombs in the coming weeks.",
])
def test_missile_carriers_at_sea_and_forecasts_are_not_incidents(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "The Danish Refugee Council runs a demining agency with staff in Sumy and Chernihiv oblasts.",
    "Slovak hauliers will stage a protest on the D1 motorway towards Vysne Nemecke next week.",
])
def test_demining_bodies_and_protests_on_a_road_towards_a_crossing(text):
    assert found(text) == set()


def test_sappers_hit_by_a_drone_named_before_its_verb_are_a_drone_attack():
    text = "Two sappers were wounded near Izium when a Russian FPV drone struck their vehicle."
    assert found(text) == {("drone_attack", "UA-63")}


@pytest.mark.parametrize("text,expected", [
    ("\"Three missiles came in just after four,\" said a resident of Kremenchuk.",
     {("missile_strike", "UA-53")}),
    ("Missiles rained down on the centre of Kharkiv overnight.", {("missile_strike", "UA-63")}),
])
def test_missiles_that_came_in_or_rained_down_in_a_quote(text, expected):
    assert found(text) == expected
    assert found("Rocket league fans came in their thousands to the arena in Lviv.") == set()


def test_a_bulleted_list_of_places_after_an_attack_carries_it_to_each():
    text = ("Kupiansk district. At night the enemy struck the district with drones and "
            "artillery.\n- Kupiansk: two houses were damaged.\n- Borova hromada: a shop was "
            "damaged.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("drone_attack", "Kupyansk"), ("shelling", "Kupyansk"),
        ("drone_attack", "Borivska hromada"), ("shelling", "Borivska hromada")}
    # (a bulleted line that tells no damage is about something else)
    assert found("Russian drones attacked Odesa overnight.\n- Kyiv: the president met the "
                 "mayor.") == {("drone_attack", "UA-51")}


def test_a_weapon_in_brackets_after_a_count_of_explosions():
    text = ("Chernihiv region, 24 hours:\nSemenivka hromada – 4 explosions (mortar);\n"
            "Snovsk hromada – 2 explosions (artillery).")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("shelling", "Semenivska hromada"), ("shelling", "Snovska hromada")}


def test_a_time_zone_named_after_a_city_is_not_a_place():
    text = ("From 21:00 to 23:30 Moscow time, air defence destroyed nine Ukrainian drones "
            "over the Oryol region.")
    assert found(text) == {("drone_attack", "RU-ORL")}


def test_the_threat_of_a_blockade_removed_is_no_blockade():
    text = ("Hungarian hauliers struck a deal with the ministry, removing the threat of a "
            "blockade at Zahony.")
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "The enemy fired 12 times at Kozacha Lopan during the day.",
    "Grad rockets landed near Vovchansk on Sunday.",
])
def test_fire_counted_in_times_and_rockets_that_landed_are_shelling(text):
    assert found(text) == {("shelling", "UA-63")}


def test_the_subject_of_the_next_clause_is_not_on_the_list_of_weapons_before_it():
    text = ("Russian troops shelled Kupiansk with heavy artillery and mortars for three hours "
            "on Sunday, a kamikaze drone hit a car far away in Kivsharivka.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("shelling", "Kupyansk"), ("drone_attack", "Kivsharivka")}


@pytest.mark.parametrize("text,status", [
    ("Slovak hauliers have withdrawn from the Ubla crossing, police said.", "ended"),
    ("Protesters at Korczowa are expected to resume the blockade on Monday.", "planned"),
])
def test_blockaders_who_withdrew_or_are_expected_to_resume(text, status):
    [row] = rows(text)
    assert (row["event_type"], row["status"]) == ("border_blockade", status)


@pytest.mark.parametrize("text", [
    "The Lviv derby was an artillery duel, with Karpaty firing 18 shots at the Rukh goal.",
    "A Dnipro start-up launched a drone delivery service for pharmacies.",
])
def test_shots_at_goal_and_drone_deliveries_are_not_attacks(text):
    assert found(text) == set()


def test_a_town_that_only_heard_the_blasts_is_not_hit():
    text = ("Russian drones struck the port of Reni overnight, and residents of Galati across "
            "the Danube heard the explosions.")
    assert found(text) == {("drone_attack", "UA-51")}
    # (the only town named, whose residents heard the blasts, is the one hit)
    assert found("Kharkiv residents heard loud explosions as Russian missiles hit the city "
                 "overnight.") == {("missile_strike", "UA-63")}


def test_waters_swept_where_a_mine_was_reported_are_mine_clearing_at_sea():
    [row] = rows("Navy divers swept the shipping lanes off Odesa after fishermen reported a "
                 "floating mine.")
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "UA-51", "sea")
    assert found("Crews cleared the harbour of Odesa of debris after the storm.") == set()


@pytest.mark.parametrize("text,places", [
    ("Kharkiv: a drone hit a house in Chuhuiv overnight.", {"Chuhuyiv"}),
    ("Kharkiv: a drone hit a house overnight.", {"Kharkiv"}),
    ("Mykolaiv: navy divers cleared the approaches to Ochakiv of a mine laid last year.",
     {"Ochakiv"}),
])
def test_a_place_that_heads_the_sentence_locates_the_places_after_it(text, places):
    assert {r["place"] for r in rows(text)} == places


def test_an_area_warned_by_alerts_is_not_hit():
    text = "Romania issued phone alerts for Galati county as Russian drones struck Reni overnight."
    assert found(text) == {("drone_attack", "UA-51")}


def test_a_named_drone_that_crashed_without_exploding_is_no_incident():
    text = "A Shahed crashed in a vineyard near Causeni without exploding, the police said."
    assert found(text) == set()


def test_the_country_of_a_dateline_is_where_the_report_was_filed():
    assert found("ODESA, Ukraine (wire) - Russia launched a wave of drones overnight, "
                 "officials said.") == set()


@pytest.mark.parametrize("text,expected", [
    ("Odesa OVA: a drone hit a warehouse in Izmail overnight.", {"Izmayil"}),
    ("Kharkiv RMA: the occupiers shelled 14 settlements of the region over the day.", set()),
])
def test_an_abbreviated_military_administration_speaks_and_is_not_hit(text, expected):
    assert {r["place"] for r in rows(text)} == expected


def test_the_weapons_named_again_as_shot_down_mark_the_attack_before_intercepted():
    text = ("Russia launched Shahed drones at the Mykolaiv region overnight. The drones were "
            "all shot down over the Bashtanka district, the air force said.")
    assert {r["intercepted"] for r in rows(text)} == {True}


@pytest.mark.parametrize("text,expected", [
    ("Air raid sirens sounded across Kyiv as Russian missiles hit the capital.",
     {("missile_strike", "UA-30")}),
    ("Heavy fighting continued near Kupiansk, where a Russian drone hit a car.",
     {("drone_attack", "UA-63")}),
])
def test_a_front_or_an_area_warned_named_alone_is_where_it_happened(text, expected):
    assert found(text) == expected


def test_a_headline_run_into_its_story_is_a_sentence_of_its_own():
    # text taken from a web page: the headline's attack words and the story's country
    text = ("Drone strikes stir a quarrel The dispute over the planned base suggests Moldova "
            "guards its sovereignty closely, officials in Chisinau said.")
    assert found(text) == set()
    text = "Shelling resumes overnight The regional governor said Nikopol was hit again."
    assert found(text) == {("shelling", "UA-12")}


@pytest.mark.parametrize("text,expected", [
    ("Near Mykolaiv, navy divers destroyed a mine in the channel into the port of Ochakiv.",
     {"Ochakiv"}),
    ("Outside Pokrovsk, Russian aircraft dropped glide bombs on Myrnohrad overnight.",
     {"Myrnohrad"}),
    # alone, it is where it happened
    ("Near Pokrovsk, Russian forces shelled positions overnight.", {"Pokrovsk"}),
])
def test_a_place_the_sentence_opens_near_says_where_the_places_after_it_lie(text, expected):
    assert {r["place"] for r in rows(text)} == expected


def test_a_heading_the_sentence_refers_to_again_stays():
    text = "Kherson: Russian troops shelled the city overnight; a woman was injured in Antonivka."
    assert {r["place"] for r in rows(text)} == {"Kherson", "Antonivka"}


def test_a_tally_of_interceptions_after_a_hit_does_not_undo_the_hit():
    text = ("A Russian Shahed hit a school in Mykolaiv overnight. Air defence shot down 9 "
            "drones over the oblast.")
    flags = {(r["place"], r["intercepted"]) for r in rows(text)}
    assert ("Mykolayiv", False) in flags and ("Mykolayiv", True) not in flags


def test_other_drones_downed_over_the_region_after_a_hit_are_an_interception_there():
    text = ("The Poltava district: a Shahed struck a grain elevator at dawn. Air defence "
            "brought down four further drones over the region.")
    flags = {(r["place_kind"], r["admin1_code"], r["intercepted"]) for r in rows(text)}
    assert ("admin1", "UA-53", True) in flags
    assert ("admin1", "UA-53", False) not in flags


def test_the_region_of_an_administration_that_speaks_is_the_sky_of_its_tally():
    text = ("Mykolaiv OVA: overnight a drone damaged a warehouse in Voznesensk. Firefighters "
            "worked until morning. Three more UAVs were downed over the region.")
    flags = {(r["place"], r["admin1_code"], r["intercepted"]) for r in rows(text)}
    assert ("Mykolaiv", "UA-48", True) in flags


def test_a_count_of_fire_at_the_region_of_an_administration_is_no_region_incident():
    text = ("Kharkiv RMA. The enemy fired 40 times at the border areas of the region. "
            "Zolochiv hromada: an FPV drone hit a car.")
    assert ("admin1", "UA-63") not in {(r["place_kind"], r["admin1_code"]) for r in rows(text)}


def test_hits_recorded_at_a_place_after_a_tally_are_the_attack_getting_through_there():
    text = ("Russia sent 30 Shaheds overnight; 25 were destroyed over the Kyiv and Cherkasy "
            "regions. Impacts were recorded in Uman, where a warehouse burned.")
    flags = {(r["place"], r["intercepted"]) for r in rows(text)}
    assert ("Uman", False) in flags and ("Uman", True) not in flags


def test_drones_told_by_a_relative_clause_and_then_shot_down_are_an_interception():
    text = ("The six UAVs which approached Zhytomyr before dawn were all shot down, the "
            "governor said.")
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-18", True)


def test_the_whole_list_of_an_aid_package_is_no_attack_but_a_strike_after_it_is():
    quiet = ("Ottawa unveiled a security assistance package for Ukraine comprising drones, "
             "Grad rockets, 155 mm shells and cluster munitions.")
    assert found(quiet) == set()
    text = ("Oslo approved an arms package for Ukraine with mortars and cluster munitions, "
            "while Russian artillery shelled Nikopol.")
    assert ("shelling", "UA-12") in found(text)


@pytest.mark.parametrize("text", [
    "Norway added 25 million euros to the mine clearance fund for the Kharkiv region.",
    "The cabinet approved a demining strategy for the Kharkiv region until 2030.",
    "At a fair in Kosice, a Slovak firm showed a robot that can clear anti-personnel mines "
    "from a football pitch in an hour.",
])
def test_demining_money_meetings_and_abilities_are_no_mine_clearing(text):
    assert found(text) == set()


def test_the_region_drones_move_toward_from_another_is_no_place_of_attack():
    text = "A group of Shaheds is moving from the Chernihiv region toward the Kyiv region."
    assert found(text) == set()
    text = "Shaheds flying from the Sumy region toward Poltava were shot down over Myrhorod."
    assert {r["place"] for r in rows(text)} == {"Myrhorod"}


def test_a_demining_body_set_up_is_no_mine_clearing_but_its_work_is():
    assert found("Moldova and Romania agreed to establish a joint demining team at Ungheni.") \
        == set()
    assert found("The newly formed mine action unit removed 300 mines near Izium on Friday.") \
        == {("mine_clearing", "UA-63")}


def test_divers_who_move_a_mine_before_destroying_it_cleared_it_where_it_was_told_of():
    text = ("A floating mine was reported off Odesa. Navy divers towed it out to open water "
            "and destroyed it.")
    assert {(r["event_type"], r["admin1_code"]) for r in rows(text)} == {
        ("mine_clearing", "UA-51")}


def test_debris_damage_in_a_tally_of_interceptions_keeps_the_attack_intercepted():
    text = ("Russian drones attacked Odesa overnight. Air defence destroyed 20 of them; "
            "debris damaged a house in the Prymorskyi district.")
    assert {r["intercepted"] for r in rows(text)} == {True}


# ---------------------------------------------------------------- names, bodies and trainees

@pytest.mark.parametrize("text", [
    "The Lviv drama theatre premiered a play called 'The Shelling', about the winter of 2022.",
    "An exhibition entitled “After the Air Raid” opened in Odesa on Friday.",
    "A book named 'Missile Strike at Dawn' went on sale in Kharkiv.",
])
def test_an_attack_word_inside_a_quoted_title_is_no_attack(text):
    assert found(text) == set()


def test_an_attack_outside_the_quoted_words_stands():
    assert found('Officials called the shelling of Kherson "a war crime".') == {
        ("shelling", "UA-65")}


@pytest.mark.parametrize("text", [
    "Forty new deminers were certified in Lviv this month.",
    "The navies of three countries launched a mine-clearing coalition at a ceremony in Varna.",
    "Ukraine joined a mine-clearance initiative with Lithuania and Iceland on Tuesday.",
])
def test_trainees_and_bodies_set_up_for_demining_are_no_clearing(text):
    assert found(text) == set()


def test_a_task_force_at_work_is_still_clearing():
    text = "A mine-clearing task force of Turkish and Romanian ships began work off Constanta."
    assert found(text) == {("mine_clearing", "RO-CT")}


# ---------------------------------------------------------------- who acts, and where they are

@pytest.mark.parametrize("text, expected", [
    ("Moscow launched another wave of drones at Odesa overnight.", {("drone_attack", "UA-51")}),
    ("Kyiv stepped up its drone strikes on refineries in the Samara region.",
     {("drone_attack", "RU-SAM")}),
    # a capital that is hit stays the place
    ("Kyiv hit by ballistic missiles before dawn.", {("missile_strike", "UA-30")}),
    ("Drones struck Moscow overnight, the mayor said.", {("drone_attack", "RU-MOW")}),
])
def test_a_capital_that_launches_or_steps_up_attacks_is_the_attacker(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shelling hit Vovchansk, a town that borders Russia's Belgorod region.",
     {("shelling", "UA-63")}),
    ("Artillery pounded Hlukhiv, in the district bordering the Bryansk region.",
     {("shelling", "UA-59")}),
])
def test_a_region_named_as_the_neighbour_of_the_place_hit_is_not_hit(text, expected):
    assert found(text) == expected


def test_the_place_of_the_launchers_is_the_origin():
    text = "Rockets fired from launchers near Enerhodar struck Nikopol overnight."
    assert found(text) == {("missile_strike", "UA-12")}


def test_every_place_of_a_meeting_list_is_where_people_met():
    text = ("Donors meeting in Lviv and Warsaw promised more machines, as sappers cleared "
            "40 hectares of mines near Kherson.")
    assert found(text) == {("mine_clearing", "UA-65")}


def test_the_countries_of_those_who_protest_are_not_blocked_crossings():
    text = ("Hauliers blocked two crossings last week, and the protest spread to drivers in "
            "Lithuania and Latvia.")
    assert found(text) == set()
    assert found("Farmers in Slovakia blocked the Vysne Nemecke crossing on Monday.") == {
        ("border_blockade", "SK-KI")}


def test_what_went_on_as_usual_despite_an_attack_is_not_the_place_attacked():
    text = ("Ferries across the Danube ran as usual on Friday despite a drone attack on the "
            "port of Izmail overnight.")
    assert found(text) == {("drone_attack", "UA-51")}


def test_the_only_place_heading_a_line_has_every_attack_the_line_lists():
    text = ("Velykyi Burluk community: artillery fire (3 explosions) and a strike by a "
            "kamikaze drone.")
    assert found(text) == {("shelling", "UA-63"), ("drone_attack", "UA-63")}


def test_a_blockade_extended_goes_on_and_a_protest_being_lifted_ends():
    text = ("Hauliers extended their blockade of the Zosin crossing on Tuesday, while lifting "
            "their protest at Hrebenne after talks with the minister.")
    assert sorted((r["place"], r["status"]) for r in rows(text)) == [
        ("Hrebenne", "ended"), ("Zosin", "ongoing")]
    text = "Farmers extended their blockade at Medyka; the Budomierz crossing reopened."
    assert sorted((r["place"], r["status"]) for r in rows(text)) == [
        ("Budomierz", "ended"), ("Medyka", "ongoing")]
    # a request to lift it says it goes on
    text = "The ministry asked the farmers to lift the blockade of the Zosin crossing."
    assert [r["status"] for r in rows(text)] == ["ongoing"]


@pytest.mark.parametrize("text", [
    "Record UA-KH-1203 | Izium, Kharkivska obl. | SHELL (artillery) | a shop damaged",
    "Record KH-0442 | Balakliia, Kharkiv region | artillery shelling | a warehouse burned",
])
def test_the_code_of_a_note_is_no_missile(text):
    assert found(text) == {("shelling", "UA-63")}


def test_a_missile_designation_is_still_a_missile():
    assert found("A Kh-101 cruise missile hit Kyiv overnight.") == {("missile_strike", "UA-30")}


def test_the_attack_named_again_with_what_it_did_carries_to_the_next_places():
    text = ("Drones attacked the Mykolaiv region overnight. In the Bashtanka district the "
            "attack damaged a grain store.")
    # (the region adds nothing once the attack is placed inside it)
    assert {r["place"] for r in rows(text)} == {"Bashtanka Raion"}
    # a blockade does no damage: a strike of workers told next is not carried on
    text = "Farmers blocked the Medyka crossing. In Przemysl the strike hit shops hard."
    assert {r["place"] for r in rows(text)} == {"Medyka"}


def test_strike_drones_shot_down_are_intercepted_and_the_hit_told_next_is_not():
    text = ("Overnight the enemy attacked the Poltava region with strike drones; air defence "
            "downed 20 of them. In the Kremenchuk district the attack damaged a substation.")
    assert sorted((r["place"], r["intercepted"]) for r in rows(text)) == [
        ("Kremenchuk Raion", False), ("Poltava", True)]


def test_a_city_district_after_the_city_named_in_an_earlier_sentence_is_that_city():
    text = "Blasts in Zaporizhzhia. A missile hit a plant in the Shevchenkivskyi district."
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["place_kind"]) == (
        "missile_strike", "UA-23", "locality")
    assert row["evidence"] == text


def test_the_region_after_a_district_named_alone_is_the_district_s_region():
    text = ("Shelling hit two villages in the Bashtanka district overnight. Sappers removed 12 "
            "explosive objects in the region during the day.")
    assert {(r["event_type"], r["place_kind"], r["admin1_code"]) for r in rows(text)} == {
        ("shelling", "admin2", "UA-48"), ("mine_clearing", "admin1", "UA-48")}


def test_a_blockade_threatened_unless_a_demand_is_met_is_planned():
    text = ("Polish truckers said they will block the Zosin crossing from Monday unless Warsaw "
            "changes the permit rules.")
    assert [(r["event_type"], r["status"]) for r in rows(text)] == [
        ("border_blockade", "planned")]
    # an attack threatened the same way did not happen
    assert found("Russia will keep shelling Kherson unless Ukraine withdraws, an official "
                 "said.") == set()


# ---------------------------------------------------------------- work kept from happening

@pytest.mark.parametrize("text", [
    "Russia is obstructing the demining of the border strip near Kharkiv, officials said.",
    "Moscow prevented deminers from clearing the fields around Kherson.",
    "Shelling hampered demining near Izium for a week.",
    "The court banned the blockade of the Medyka crossing.",
    "Police stopped the protesters from blocking the Medyka crossing.",
    "A regional order forbids any blockade at the Dorohusk crossing until spring.",
])
def test_work_prevented_is_no_incident(text):
    assert {t for t, _ in found(text)} <= {"shelling"}


@pytest.mark.parametrize("text, expected", [
    ("Sappers cleared mines near Izium despite shelling that hampered their work.",
     ("mine_clearing", "UA-63")),
    ("The government banned grain imports, and farmers blocked the Dorohusk crossing in "
     "protest.", ("border_blockade", "PL-06")),
    # an attack "prevented" is weapons stopped: interceptions are reported, not dropped
    ("Air defences prevented a missile strike on Odesa overnight.",
     ("missile_strike", "UA-51")),
])
def test_a_prevention_elsewhere_in_the_sentence_leaves_the_event(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "Officials in Sumy told residents to keep near shelters, as another wave of glide bombs "
    "was expected this week.",
    "More drone attacks on Odesa are feared before the grain talks, the mayor said.",
    "A court in Lublin fined three farmers for a road blockade they held near Hrubieszow.",
    "Two truckers were sentenced in Rzeszow for blocking the Medyka crossing.",
])
def test_attacks_foreseen_and_blockades_judged_in_court_are_no_incident(text):
    assert found(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Drones attacked Kherson overnight; more strikes were expected on Friday.",
     ("drone_attack", "UA-65")),
    ("Farmers blocked the Dorohusk crossing again after a court fined their leader.",
     ("border_blockade", "PL-06")),
])
def test_a_forecast_or_a_fine_in_another_clause_leaves_the_event(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text", [
    "The tug Iskander left Constanta for Istanbul with a barge of fertiliser.",
    "The tanker Neptune docked at Izmail on Tuesday to load sunflower oil.",
    "A documentary 'Shahed' opened the festival in Odesa.",
])
def test_a_ship_or_a_work_named_after_a_weapon_is_no_attack(text):
    assert found(text) == set()


def test_ships_that_fire_a_named_weapon_still_strike():
    assert ("missile_strike", "UA-51") in found(
        "Russian ships launched Kalibr missiles at Odesa overnight.")


@pytest.mark.parametrize("text", [
    "The navy said Russia kept three missile carriers on combat duty in the Black Sea, with "
    "up to 20 Kalibr missiles ready.",
    "Two Kalibr carriers with a total salvo of up to 16 missiles are on duty in the Black Sea.",
    "State television showed Lancet drones being loaded onto a truck near Donetsk.",
    "The air force said it needs more jets to stop Russian bombers launching glide bombs at "
    "Kharkiv.",
    "Sappers from the emergency service gave a lecture on mine safety to pupils in Chernihiv.",
])
def test_readiness_logistics_purposes_and_lectures_are_no_incident(text):
    assert found(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Two Kalibr carriers launched missiles at Odesa overnight.", ("missile_strike", "UA-51")),
    ("Drones struck Kharkiv overnight, and the mayor asked for more jets to stop the bombers.",
     ("drone_attack", "UA-63")),
    ("Sappers gave a lecture in Kherson after clearing 20 mines near Beryslav.",
     ("mine_clearing", "UA-65")),
])
def test_strikes_and_clearing_told_beside_them_stay(text, expected):
    assert expected in found(text)


@pytest.mark.parametrize("text, status", [
    ("Hauliers kept the Medyka crossing blocked until Kyiv restored their permits.",
     "ongoing"),
    ("Farmers lifted the blockade of the Dorohusk crossing on Monday and said they would "
     "come back if the talks failed.", "ended"),
])
def test_a_condition_is_a_clause_of_its_own_for_a_blockade_status(text, status):
    [row] = rows(text)
    assert (row["event_type"], row["status"]) == ("border_blockade", status)


def test_a_blockade_threatened_unless_a_demand_is_met_is_no_incident():
    # (the end the condition names is not the blockade's: "restored")
    assert found("The hauliers' union said its members would block the Vysne Nemecke "
                 "crossing from Monday unless Kyiv restored their permits.") == set()


def test_a_tally_in_thousands_said_subject_first_is_no_incident():
    assert found("Since the start of the full-scale invasion, more than 1,500 missiles have "
                 "hit the Kharkiv region, the governor said.") == set()


def test_a_tally_in_thousands_given_a_day_is_an_incident():
    assert ("shelling", "UA-65") in found(
        "Overnight, 1,200 shells have hit the outskirts of Kherson, the governor said.")


@pytest.mark.parametrize("text", [
    "Drones attacked the Mykolaiv region overnight. A Kherson newspaper reported that the "
    "attack damaged a grain store.",
    "Drones attacked the Mykolaiv region overnight. Odesa broadcasters reported that the "
    "attack damaged a grain store.",
])
def test_who_tells_what_the_attack_did_is_not_a_place_it_reached(text):
    assert found(text) == {("drone_attack", "UA-48")}


@pytest.mark.parametrize("text, expected", [
    ("In Lviv, explosions were heard as air defence worked against Russian missiles; no hits "
     "were recorded.", ("missile_strike", "UA-46", True)),
    ("Air defence worked against drones over Vinnytsia overnight.",
     ("drone_attack", "UA-05", True)),
])
def test_air_defence_at_work_against_a_weapon_reports_an_intercepted_attack(text, expected):
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == expected


@pytest.mark.parametrize("text", [
    "Ukraine needs more air defence to fight against Russian missiles, the mayor of Lviv said.",
    "Engineers in Lviv worked on drones for the army.",
])
def test_defence_wanted_or_drones_built_are_no_attack(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "Kyiv agreed with two U.S. firms to jointly manufacture 155 mm artillery shells in Ukraine.",
    "A plant near Lviv will produce mortar rounds together with a Czech partner.",
])
def test_shells_and_rounds_made_are_no_shelling(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "A ship chartered by a seabed exploration company reached the search area in the Indian "
    "Ocean on Monday and launched the drones, officials said.",
    "Survey teams launched two drones to map the seabed off Constanta, the port said.",
    "The mission near Cape Town is using six autonomous drones fitted with sonars, which "
    "will scour the sea for the lost trawler.",
])
def test_drones_that_search_or_survey_are_no_attack(text):
    assert found(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Rescuers used drones to search for survivors after a missile struck a block of flats "
     "in Dnipro.", ("missile_strike", "UA-12")),
    ("Russian drones attacked Odesa overnight as rescuers searched for people under the "
     "rubble.", ("drone_attack", "UA-51")),
])
def test_a_search_after_an_attack_leaves_the_attack(text, expected):
    assert expected in found(text)


# ---------------------------------------------------------------- weapons named, not used

@pytest.mark.parametrize("text", [
    # protection for a list of places, from a list of weapons
    "The mayor asked for more launchers to shield towns like Sumy, Okhtyrka, Konotop and "
    "Shostka from glide bombs and cruise missiles.",
    # production of a weapon named by its make, then its kind
    "A plant in Yelabuga has doubled output of Geran drones and began making Lancet "
    "loitering munitions.",
    # an attack dated by its month and year, told again long after
    "Prosecutors in Kyiv charged a colonel over the March 2022 missile strike on the "
    "theatre in Mariupol.",
    # a habit of a place, not one attack
    "Officials in Kherson, which comes under shelling almost every day, asked for shelters.",
    "Aid groups opened a hub in Mykolaiv, whose port Russian drones have repeatedly hit.",
])
def test_weapons_named_without_reporting_an_attack(text):
    assert found(text) == set()


def test_an_attack_of_this_morning_is_still_reported_beside_a_habit():
    assert ("drone_attack", "UA-48") in found(
        "Drones struck the port of Mykolaiv this morning, damaging a warehouse.")


# ---------------------------------------------------------------- demining and crossings

@pytest.mark.parametrize("text", [
    "Twenty deminers from Kharkiv finished a month of training in Croatia on mine clearance.",
    "Deminers from Sumy took a course in Latvia on clearing booby traps.",
])
def test_clearing_taught_is_not_clearing_done(text):
    assert found(text) == set()


def test_a_unit_back_from_its_course_that_cleared_land_still_reports_it():
    assert ("mine_clearing", "UA-63") in found(
        "After finishing their course, sappers cleared 40 hectares near Izium on Tuesday.")


@pytest.mark.parametrize("text", [
    "The Korczowa crossing reopened to buses on Monday after a month of roadworks.",
    "The Shehyni checkpoint reopened to trucks on Friday after repairs of the bridge.",
])
def test_a_crossing_closed_for_works_is_no_blockade(text):
    assert found(text) == set()


def test_a_protest_beside_works_is_still_a_blockade():
    assert ("border_blockade", "PL-18") in found(
        "Farmers blocked the Medyka checkpoint on Monday, where repairs of the road had "
        "already slowed traffic.")


@pytest.mark.parametrize("text, place", [
    ("Polish farmers were holding up lorries at the Dorohusk crossing on Friday.", "PL-06"),
    ("Slovak hauliers began stopping trucks at the Vysne Nemecke checkpoint.", "SK-KI"),
])
def test_protesters_holding_up_or_stopping_traffic_are_a_blockade(text, place):
    assert ("border_blockade", place) in found(text)


@pytest.mark.parametrize("text", [
    # "in protest at" names the grievance, not a place of the protest
    "Farmers rallied in Slovakia on Monday in protest at EU grain rules.",
])
def test_protests_away_from_a_border_are_no_blockade(text):
    assert found(text) == set()


def test_a_naval_drone_named_like_a_village_is_not_the_village():
    assert found("A swarm of Magura sea drones hit a patrol boat near Yalta on Tuesday.") == {
        ("drone_attack", "UA-43")}


@pytest.mark.parametrize("text, expected", [
    ("At Dorohusk the picket was lifted on Friday and lorries moved again.",
     ("border_blockade", "PL-06", "ended")),
    ("Near Medyka, the protest went on for a fifth day.", ("border_blockade", "PL-18", "ongoing")),
])
def test_a_place_heading_the_clause_then_its_protest_is_a_blockade(text, expected):
    assert [(r["event_type"], r["admin1_code"], r["status"]) for r in rows(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Fishermen reported a mine drifting near the port of Constanta. Romanian navy divers "
     "destroyed it on Wednesday.", ("mine_clearing", "RO-CT", "sea")),
    ("Farmers found an anti-tank mine at the edge of a field near Balakliia. The mine was "
     "later destroyed in a controlled explosion.", ("mine_clearing", "UA-63", "land")),
    ("A drifting mine washed up on a beach near Odesa. Sappers defused it before noon.",
     ("mine_clearing", "UA-51", "sea")),
])
def test_a_mine_told_of_then_disposed_of_is_cleared_where_it_was(text, expected):
    assert [(r["event_type"], r["admin1_code"], r["mine_domain"]) for r in rows(text)] == [
        expected]


@pytest.mark.parametrize("text", [
    # no explosive thing told of before: the divers' work is something else
    "A Russian patrol boat was seen near Zmiinyi Island. Ukrainian divers destroyed it.",
    # divers at other work
    "Navy divers in Odesa destroyed an old hull that blocked the harbour.",
])
def test_divers_destroying_something_else_is_no_clearing(text):
    assert not [r for r in rows(text) if r["event_type"] == "mine_clearing"]


@pytest.mark.parametrize("text, expected", [
    ("Explosions were heard in Kursk before dawn. The governor said a Ukrainian drone had "
     "damaged a power line.", {("drone_attack", "RU-KRS")}),
    ("Blasts rocked Zaporizhzhia overnight. The regional head said three drones hit an "
     "energy facility.", {("drone_attack", "UA-23")}),
])
def test_explosions_told_at_a_place_then_their_weapon_are_an_attack_there(text, expected):
    assert found(text) == expected


def test_explosions_of_an_exercise_are_no_attack():
    assert found("Explosions were heard in Lviv during a training exercise. A drone show "
                 "took place later.") == set()


def test_a_town_the_work_is_measured_from_is_finer_than_the_country_named_after_it():
    text = ("A Bulgarian minehunter destroyed a sea mine 9 nautical miles east of Tsarevo. "
            "It was the fourth mine found off the Bulgarian coast this year.")
    assert [(r["event_type"], r["admin1_code"]) for r in rows(text)] == [
        ("mine_clearing", "BG-02")]


def test_the_ordnance_of_a_clearing_found_at_places_told_next_is_cleared_there():
    text = ("Deminers in the Mykolaiv region removed 96 explosive objects this week. Most "
            "were submunitions found in fields near Snihurivka and Bereznehuvate.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("mine_clearing", "Snihurivka"), ("mine_clearing", "Bereznehuvate")}


def test_carriers_protesting_at_a_lone_border_village_are_at_its_crossing():
    [row] = rows("Slovak carriers ended their protest at Ubla on Friday evening.")
    assert (row["event_type"], row["admin1_code"], row["status"]) == (
        "border_blockade", "SK-PV", "ended")


@pytest.mark.parametrize("text, places", [
    ("On 2 June 2024, Russian forces shelled Velyka Pysarivka (Okhtyrskyi, Sumy) with "
     "mortars.", ["Velyka Pysarivka"]),
    ("On 8 June 2024, Ukrainian forces hit Glotovo (Graivoronskiy, Belgorod) with an FPV "
     "drone.", ["Glotovo"]),
])
def test_a_raion_and_region_in_brackets_only_locate_the_place_before(text, places):
    assert [r["place"] for r in rows(text)] == places


def test_by_naming_the_agent_of_a_passive_is_no_weapon():
    assert found("The report was contradicted by the president, who confirmed that US "
                 "drones flew missions from Bizerte.") == set()


def test_a_threat_told_after_drones_on_their_way_is_no_attack():
    assert found("Air Force, 22:10: a group of strike drones is moving from Sumy oblast "
                 "toward Chernihiv oblast. Threat of attack UAVs for Chernihiv and Kyiv "
                 "oblasts.") == set()


def test_a_region_the_document_places_the_same_attack_inside_adds_nothing():
    text = ("Ukrainian troops attacked Russia's Bryansk region with artillery and drones on "
            "Monday, the governor said. Shelling killed a man in Suzemka.")
    assert found(text) == {("shelling", "RU-BRY"), ("drone_attack", "RU-BRY")}
    assert {(r["event_type"], r["place_kind"]) for r in rows(text)} == {
        ("shelling", "locality"), ("drone_attack", "admin1")}
    # another type, or weapons shot down over the region while one hit a town, stay
    text = ("Drones attacked the Sumy region overnight and air defence downed six of them. "
            "Artillery shelled Krasnopillia.")
    assert {(r["event_type"], r["place_kind"]) for r in rows(text)} == {
        ("drone_attack", "admin1"), ("shelling", "locality")}
    text = ("Air defence shot down nine drones over the Odesa region; one hit a warehouse "
            "in Izmail.")
    assert {(r["place_kind"], r["intercepted"]) for r in rows(text)} == {
        ("admin1", True), ("locality", False)}
