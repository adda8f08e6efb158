"""Events in staff summaries, air force and ministry tallies, humanitarian updates,
assessments, headlines, demining and blockade news: the rules these registers need."""

from __future__ import annotations

import pytest

from geomap.geoparser import geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


# ---------------------------------------------------------------- not events

@pytest.mark.parametrize("text", [
    # a month's tally
    "In its May figures, the air force said Russia had sent 1,200 drones at Ukraine during "
    "the month.",
    # what a shot-down aircraft had been doing
    "A Ka-52 helicopter that had been firing rockets at trenches was shot down over "
    "Zaporizhzhia oblast.",
    # a ship received, a unit to be joined
    "Bulgaria will receive a minehunter from Belgium near Varna next year.",
    "Two minehunters of the Romanian navy are to join a mine countermeasures group off "
    "Constanta in the spring.",
    # demining as a subject of law and teaching
    "Parliament in Kyiv debated a law on humanitarian demining on Wednesday.",
    "Students in Lviv can now take evening courses in demining.",
    # a river's ferry, a road blocked far from any border
    "The ferry crossing at Kherson reopened after repairs on Tuesday.",
    "Farmers blocked roads with tractors near Lyon on Monday.",
    # fighters sent up to guard the sky
    "Poland scrambled fighter jets over Rzeszow on Sunday night.",
    # a summit on demining, missiles fired in drills, men charged over a protest
    "Kyiv will host a summit on demining in October.",
    "The fleet held drills near Novorossiysk, firing Kalibr missiles at mock targets.",
    "Prosecutors charged two farmers with dumping grain at the Medyka crossing in March.",
    # a drone that came down without exploding
    "A drone crashed in a field near Kursk without exploding, residents said.",
    # drones flown by people at civilian work, the search told in the next sentence
    "Rescuers launched a drone over the collapsed school in Uman. They were looking for "
    "survivors.",
    "Border guards flew a quadcopter near Vylok. Its camera spotted two men in the river.",
    "Volunteers used a drone to deliver medicine to a village near Kupiansk.",
])
def test_tallies_units_topics_and_roads_are_not_incidents(text):
    assert found(text) == set()


# ---------------------------------------------------------------- places that are not targets

def test_where_evacuees_went_is_not_shelled():
    text = ("Shelling of Kupiansk forced 300 residents to leave on Sunday; they were evacuated "
            "to Kharkiv and registered at a reception centre in Dnipro.")
    assert found(text) == {("shelling", "UA-63")}
    assert {r["place"] for r in rows(text)} == {"Kupyansk"}


def test_the_front_after_while_fighting_is_not_hit():
    text = "Missiles hit Odesa overnight, while fighting raged near Chasiv Yar and Toretsk."
    assert found(text) == {("missile_strike", "UA-51")}


def test_a_weapon_with_a_version_after_a_hyphen_is_not_a_place():
    text = "Air defences shot down a Neptune-MD missile over the Kursk region."
    assert found(text) == {("missile_strike", "RU-KRS")}
    assert [m.text for m in geoparse(text)] == ["Kursk"]


def test_a_trigger_does_not_span_two_days_of_a_roundup():
    text = "On Monday a missile struck Dnipro, on Tuesday drones hit Poltava."
    assert found(text) == {("missile_strike", "UA-12"), ("drone_attack", "UA-53")}


def test_a_region_named_as_the_home_of_a_town_is_that_town():
    text = ("Missile hits school in Kharkiv region town. A missile struck a school in "
            "Balakliia on Monday morning.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("missile_strike", "Balakliya")}


# ---------------------------------------------------------------- attacks told in two steps

def test_the_weapon_after_a_place_that_came_under_attack():
    text = "Nikopol was attacked again. An FPV drone hit a minibus, wounding the driver."
    assert found(text) == {("drone_attack", "UA-12")}


def test_a_drone_suppressed_by_electronic_warfare_is_an_intercepted_attack():
    [row] = rows("A drone was suppressed by electronic warfare over Rylsk overnight.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "RU-KRS", True)


def test_fragments_of_a_drone_found_are_an_intercepted_attack():
    [row] = rows("Fragments of a Shahed were found in a field near Isaccea on Thursday.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "RO-TL", True)


def test_a_list_of_the_locations_of_shootdowns_carries_the_attack():
    text = ("Overnight the enemy launched 50 drones. Shot down: 40 drones. Locations of the "
            "shootdowns: Poltava and Sumy oblasts.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("drone_attack", "UA-53", True), ("drone_attack", "UA-59", True)}


# ---------------------------------------------------------------- demining

def test_a_place_cleared_of_mines_however_long_its_description():
    [row] = rows("Volunteers cleared a long stretch of the riverbank just outside Mykolaiv "
                 "of landmines.")
    assert (row["event_type"], row["admin1_code"], row["mine_domain"]) == (
        "mine_clearing", "UA-48", "land")


def test_navy_divers_in_a_river_work_on_land():
    [row] = rows("Navy divers cleared mines from the riverbed of the Dnipro near Kherson.")
    assert (row["event_type"], row["mine_domain"]) == ("mine_clearing", "land")


# ---------------------------------------------------------------- blockades

@pytest.mark.parametrize("text,status", [
    ("The protest at Zahony was suspended on Sunday.", "ended"),
    ("Hauliers notified the police of a blockade at the Dorohusk crossing.", "planned"),
    ("The blockade at Korczowa will resume on Monday.", "planned"),
])
def test_blockade_statuses_of_short_notes(text, status):
    assert [(r["event_type"], r["status"]) for r in rows(text)] == [("border_blockade", status)]


def test_a_town_far_from_a_border_is_not_blockaded_but_a_border_town_is():
    assert found("Farmers blocked the road near Medyka on Monday.") == {
        ("border_blockade", "PL-18")}


def test_customs_posts_and_hauliers_make_a_passage_about_crossings():
    assert found("Farmers blocked the Leuseni customs post.") == {("border_blockade", "MD-HI")}
    [hrebenne] = [m for m in geoparse("Truckers at Hrebenne went home on Sunday.")
                  if m.text == "Hrebenne"]
    # the village at the crossing near Rava-Ruska, not its namesake near Hrubieszow
    assert hrebenne.place.lat == pytest.approx(50.28, abs=0.05)


@pytest.mark.parametrize("text", [
    "The Slovak hauliers' protest at Vysne Nemecke continues for a third day.",
    # the words in the singular, and the trade's name
    "A Slovak haulage union's protest at Vysne Nemecke continues for a third day.",
    "A trucker's protest at Vysne Nemecke continues for a third day.",
])
def test_a_lone_village_at_a_border_in_a_passage_about_hauliers_is_kept(text):
    assert [(r["event_type"], r["admin1_code"], r["status"]) for r in rows(text)] == [
        ("border_blockade", "SK-KI", "ongoing")]


def test_missile_debris_is_an_intercepted_missile_strike():
    [row] = rows("Missile debris fell on a car park in Brovary, damaging a dozen cars.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "missile_strike", "UA-32", True)


def test_grain_dumped_at_a_crossing_is_a_blockade():
    assert found("Farmers dumped grain on the road at the Hrebenne crossing on Friday.") == {
        ("border_blockade", "PL-06")}


def test_the_cause_told_first_and_the_backer_of_the_media_are_not_hit():
    text = ("In retaliation for the raid on Kursk, Russia shelled Sumy, the Kremlin-backed "
            "media said.")
    assert found(text) == {("shelling", "UA-59")}


def test_a_motorway_blocked_tens_of_kilometres_from_the_border_is_no_border_blockade():
    assert found("Protesters blocked the M3 motorway near Debrecen, 40 km from the "
                 "Romanian border.") == set()


@pytest.mark.parametrize("text,region", [
    ("Mine action teams surveyed ten hectares near Borodianka and removed cluster remnants.",
     "UA-32"),
    ("EOD specialists destroyed a rocket that was stuck in the ground near Nizhyn.", "UA-74"),
])
def test_mine_action_teams_and_ordnance_disposal_are_clearing(text, region):
    assert found(text) == {("mine_clearing", region)}


def test_a_drone_that_slammed_into_a_house_was_not_intercepted():
    text = "A drone slammed into a house in Rivne, while another was shot down over Lutsk."
    assert {(r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("UA-56", False), ("UA-07", True)}


def test_a_governors_region_gives_way_to_the_village_of_the_next_sentence():
    text = ("Governor of the Bryansk region: 'The enemy fired mortars and two drones at border "
            "villages. In Klimovo, a barn was damaged.'")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("shelling", "Klimovo"), ("drone_attack", "Klimovo")}


def test_debris_of_an_intercepted_drone_that_did_damage_was_intercepted():
    [row] = rows("Debris from an intercepted drone damaged three houses in Chornomorsk.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "UA-51", True)


def test_a_blockade_word_makes_a_passage_about_crossings():
    [budomierz] = geoparse("The farmers' blockade at Budomierz went on through the night.")
    assert (budomierz.place.admin1_code, round(budomierz.place.lat)) == ("PL-18", 50)


def test_a_protest_named_after_its_place_and_a_protest_at_a_town_hall():
    assert [(r["place"], r["status"]) for r in rows("The Zahony protest has been suspended.")] \
        == [("Záhony", "ended")]
    assert found("The protest at the town hall in Lublin was peaceful.") == set()


def test_a_region_of_blocked_crossings_gives_way_to_the_crossings_named_next():
    text = ("Farmers in Lubelskie have blocked the roads to the crossings. Protesters are "
            "standing at Dorohusk and Zosin.")
    assert {(r["event_type"], r["admin1_code"], round(r["lat"])) for r in rows(text)} == {
        ("border_blockade", "PL-06", 51)}
    assert len(rows(text)) == 2


@pytest.mark.parametrize("text", [
    "Overnight the enemy launched 30 Shaheds. Downed: 25. Locations: Vinnytsia and "
    "Khmelnytskyi oblasts.",
    "The enemy attacked with 30 drones. 25 were shot down; 5 were lost from radar. The "
    "Vinnytsia and Khmelnytskyi regions were affected.",
    "The air force counted 30 drones launched from Kursk. Air defence worked in the "
    "Vinnytsia and Khmelnytskyi regions.",
])
def test_the_places_of_an_air_force_tally_told_after_it(text):
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("drone_attack", "UA-05", True), ("drone_attack", "UA-68", True)}


def test_a_sentence_of_no_attack_after_one_without_places_carries_nothing():
    text = ("The enemy attacked with 30 drones overnight. In Vinnytsia, the mayor opened a new "
            "school.")
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    # memories and the time after an attack
    "Residents of Chernihiv recalled the shelling of 2022 at a ceremony on Sunday.",
    "A year after the missile strike on a shopping centre in Kremenchuk, it reopened.",
    # works about a war, observers far away, what must or is hoped to be done
    "A documentary about the drone war opened the festival in Odesa.",
    "Drone strikes on refineries have cut fuel output, analysts in Berlin said.",
    "The minister said Ukraine must be allowed to strike airfields in Russia with ATACMS.",
    "Ukraine hopes to use F-16s to shoot down cruise missiles over the Mykolaiv region.",
    # a drone flown to watch
    "Soldiers launched a reconnaissance drone near Toretsk before dawn.",
    "Drones that volunteers flew over the rubble helped find survivors in Uman.",
])
def test_memories_works_wishes_and_watching_are_not_incidents(text):
    assert found(text) == set()


def test_fire_from_a_drone_is_a_drone_attack_and_fire_with_artillery_stays_shelling():
    assert found("Russian troops fired on a bus in Beryslav from a drone.") == {
        ("drone_attack", "UA-65")}
    assert found("Russian troops opened fire on Beryslav with artillery and drones.") == {
        ("drone_attack", "UA-65"), ("shelling", "UA-65")}


def test_a_city_that_owns_the_place_after_it_is_not_a_second_place():
    text = "Two drones were shot down near Moscow's Vnukovo airport, the mayor said."
    assert [(r["place"], r["intercepted"]) for r in rows(text)] == [("Vnukovo", True)]


def test_air_defence_that_repels_an_attack_intercepts_it():
    [row] = rows("Explosions in Novorossiysk as air defence repels an attack by naval drones.")
    assert (row["event_type"], row["intercepted"]) == ("drone_attack", True)


@pytest.mark.parametrize("text,expected", [
    ("A Bayraktar hit a Russian supply truck near Oleshky.", ("drone_attack", "UA-65")),
    ("KN-23 ballistic missiles struck Zaporizhzhia overnight.", ("missile_strike", "UA-23")),
    ("Ukrainian jets dropped JDAM bombs on positions near Krynky.", ("airstrike", "UA-65")),
])
def test_more_weapons_by_name(text, expected):
    assert found(text) == {expected}


@pytest.mark.parametrize("text", [
    "The minister visited Mykolaiv and promised more systems to counter drone attacks.",
    "Workers restored the roof of the Kharkiv theatre damaged in a 2022 missile strike.",
])
def test_defences_promised_and_repairs_after_an_old_strike_are_not_incidents(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "Ukrainian naval drones attacked the port of Sevastopol, Crimea, overnight.",
    "A missile attack on Sevastopol in occupied Crimea killed two people.",
])
def test_a_city_region_located_by_the_region_around_it_is_the_only_place(text):
    assert {r["admin1_code"] for r in rows(text)} == {"UA-40"}


def test_air_defence_engaging_drones_reports_the_attack():
    assert found("Explosions were heard in Poltava as air defence engaged drones.") == {
        ("drone_attack", "UA-53")}


@pytest.mark.parametrize("text,region", [
    ("Glide bombs hit Kharkiv, while in Izium there were no strikes overnight.", "UA-63"),
    ("Russia shelled Kherson 50 times; Mykolaiv was calm, the regional head said.", "UA-65"),
])
def test_a_place_said_to_be_calm_is_not_attacked(text, region):
    assert {r["admin1_code"] for r in rows(text)} == {region}
    assert len(rows(text)) == 1


def test_an_attack_on_a_region_carries_on_to_the_town_of_it_named_next():
    text = "Drones attacked the Sumy region overnight. In Shostka, a boiler house was damaged."
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("drone_attack", "Shostka")]


@pytest.mark.parametrize("text", [
    "Drones launched at the Rivne region overnight were locationally lost, the air force said.",
    "Missiles fired at Uzhhorod did not reach their targets, the mayor said.",
    "Ten Shaheds were jammed over the Volyn region and fell in fields.",
])
def test_weapons_lost_to_jamming_or_short_of_their_targets_were_intercepted(text):
    assert [r["intercepted"] for r in rows(text)] == [True]


@pytest.mark.parametrize("text", [
    "Repair crews restored the tram line in Dnipro damaged by a glide bomb.",
    "Power engineers reconnected Zaporizhzhia after the drone attack on Monday.",
    "Residents of Marhanets receive compensation for homes damaged by shelling.",
])
def test_repairs_and_compensation_after_an_attack_are_not_incidents(text):
    assert found(text) == set()


def test_an_attack_told_before_the_repairs_is_still_one():
    text = "Drones hit Odesa overnight, damaging a power line; crews restored power by morning."
    assert found(text) == {("drone_attack", "UA-51")}


@pytest.mark.parametrize("text", [
    "The Zosin blockade is over: the last tractors left on Sunday.",
    "Protesting farmers let lorries through the Korczowa crossing again on Thursday.",
])
def test_blockades_over_or_letting_traffic_through_again_have_ended(text):
    assert [(r["event_type"], r["status"]) for r in rows(text)] == [("border_blockade", "ended")]


@pytest.mark.parametrize("text,expected", [
    ("Russia unleashed a barrage of missiles on Kryvyi Rih early on Monday.",
     {("missile_strike", "UA-12")}),
    ("Russian shells landed on a market in Kherson, killing two vendors.",
     {("shelling", "UA-65")}),
    ("Ukrainian drones set an oil depot ablaze in Klintsy.", {("drone_attack", "RU-BRY")}),
    ("The Russian army bombarded Vovchansk with aerial bombs on Thursday.",
     {("airstrike", "UA-63")}),
])
def test_more_ways_to_tell_an_attack(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Farmers paused their blockade of the Budomierz crossing for the holidays.",
    "The protest at the Zosin crossing was halted on Sunday evening.",
])
def test_a_paused_or_halted_blockade_has_ended(text):
    assert [r["status"] for r in rows(text)] == ["ended"]


@pytest.mark.parametrize("text", [
    "The gunner who shot down a Shahed over Cherkasy with a machine gun received an award.",
    "Sappers who cleared the fields around Bucha were honoured at a ceremony on Tuesday.",
])
def test_people_honoured_for_what_they_did_are_not_incidents(text):
    assert found(text) == set()
