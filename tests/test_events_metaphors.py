"""War words in other senses (sport, shows, orders, works, commemorations, training) give
no incident; places of a person's life are not where an attack happened; and the words of
regional officials' posts are read."""

from __future__ import annotations

import pytest

from geomap.geoparser import geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


# ---------------------------------------------------------------- other senses

@pytest.mark.parametrize("text", [
    # a shot at goal
    "Shakhtar's winger fired a rocket past the goalkeeper as Lviv lost 3-1 to Kharkiv.",
    "Their midfielder hit a rocket from 25 metres into the net in Odesa.",
    # a show in the sky
    "Organisers flew 500 drones over the river in Dnipro for a laser show on Sunday.",
    # works about an attack
    "A drama about a missile strike on a Kharkiv school premiered in Warsaw.",
    "An exhibition about the drone attacks on Odesa opened in Berlin.",
    # an arms order and a plant
    "The army awarded a contract to a firm in Lviv for 5,000 FPV drones.",
    "A new Geran assembly plant is being built near Izhevsk, investigators say.",
    "The Shahed factory near Yelabuga added a second shift.",
    # a commemoration
    "Kyiv held a minute of silence for those killed in the missile strike on Vinnytsia.",
    # money and meetings about demining, and deminers at school
    "A forum in Bucharest about humanitarian demining gathered experts from 20 countries.",
    "Japan announced new funding for demining in Kharkiv oblast.",
    "Croatian instructors are teaching young deminers in Chernihiv to use metal detectors.",
    # weapons at a fair
    "Ukrainian firms presented long-range strike drones at an exhibition in Kyiv.",
])
def test_war_words_in_other_senses_give_no_incident(text):
    assert found(text) == set()


def test_an_attack_near_an_exhibition_centre_is_still_an_attack():
    got = found("A drone hit the exhibition centre in Kharkiv; at an exhibition centre "
                "nearby windows were blown out.")
    assert ("drone_attack", "UA-63") in got


def test_the_fire_of_a_real_rocket_is_still_a_missile_strike():
    assert ("missile_strike", "UA-59") in found("Russia fired a rocket into a residential "
                                                "area of Sumy on Tuesday.")


# ---------------------------------------------------------------- a person's places

@pytest.mark.parametrize("life", ["born in Kherson", "who grew up in Kherson",
                                  "who studied in Kherson", "who lives in Kherson",
                                  "based in Kherson"])
def test_the_places_of_a_life_are_not_the_place_of_an_attack(life):
    text = f"A volunteer driver {life} was wounded when a drone struck his van near Kupiansk."
    assert found(text) == {("drone_attack", "UA-63")}


# ---------------------------------------------------------------- posts of officials

def test_a_capitalised_demonym_or_acronym_after_a_town_is_no_surname():
    names = {m.text for m in geoparse("The Donetsk region was shelled. In Kostiantynivka "
                                      "Russian artillery hit a school; in Druzhkivka FPV "
                                      "drones struck a car.")}
    assert {"Kostiantynivka", "Druzhkivka"} <= names


def test_artillery_that_damaged_houses_is_shelling():
    assert ("shelling", "UA-14") in found("In Kramatorsk, enemy artillery damaged four "
                                          "houses overnight.")


def test_a_community_of_a_region_is_the_place_not_the_region():
    assert found("Sappers of a demining NGO cleared fields in the Velyka Oleksandrivka "
                 "community of Kherson region.") == {("mine_clearing", "UA-65")}
    [row] = rows("Sappers of a demining NGO cleared fields in the Velyka Oleksandrivka "
                 "community of Kherson region.")
    assert row["place_kind"] == "locality"


def test_a_regional_head_who_speaks_is_not_a_place_of_the_attack():
    got = found("A drone hit a tractor in Velykyi Burluk, the Kharkiv regional head said.")
    assert got == {("drone_attack", "UA-63")}
    [row] = rows("A drone hit a tractor in Velykyi Burluk, the Kharkiv regional head said.")
    assert row["place_kind"] == "locality"


def test_the_remains_of_a_drone_are_an_intercepted_attack():
    [row] = rows("The remains of a drone were found in a vineyard near Isaccea, Tulcea county.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "RO-TL", True)


# ---------------------------------------------------------------- drills, reasons, works

@pytest.mark.parametrize("text", [
    "Pupils in Poltava took part in a civil defence lesson with a mock air raid.",
    "Families are leaving Kupiansk for Kharkiv, weary of daily shelling, volunteers said.",
    "Poland reopened the Zosin crossing to lorries after bridge repairs.",
])
def test_drills_reasons_to_leave_and_works_at_a_crossing_give_no_incident(text):
    assert found(text) == set()


def test_a_blockade_at_a_crossing_reopened_by_protesters_is_still_read():
    [row] = rows("Slovak hauliers unblocked the Ubla crossing on Friday after talks.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "ended")


def test_a_blockade_ended_by_others_is_ended():
    [row] = rows("Police cleared the tractors blocking the road to the Zosin crossing, ending "
                 "a two-week protest.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "ended")


def test_a_russian_urban_district_holds_the_village_named_after_it():
    got = rows("In the Valuyki urban district, the village of Urazovo was shelled with "
               "mortars; a barn burned down.")
    assert [(r["event_type"], r["place_kind"], r["admin1_code"]) for r in got] == [
        ("shelling", "locality", "RU-BEL")]
    assert got[0]["lat"] == pytest.approx(50.08, abs=0.05)


def test_a_work_with_a_quoted_title_about_an_attack_is_no_incident():
    assert found('The opera "Night Sirens" about the shelling of Kharkiv opened in Vienna.') == set()


# ---------------------------------------------------------------- forecasts, denials, habits

@pytest.mark.parametrize("text", [
    "Officials predict Russia will use glide bombs on Zaporizhzhia more often this winter, "
    "and analysts expect Moscow to intensify missile strikes on Odesa.",
    "Experts expect Russia to step up drone attacks on Lviv before the holidays.",
    "The ministry denied that its artillery had shelled Toretsk.",
    "People in Nikopol have got used to the noise of artillery and drones.",
    "Russia has fired more than 9,000 guided bombs at Kharkiv oblast, the governor said.",
])
def test_forecasts_denials_habits_and_long_tallies_give_no_incident(text):
    assert found(text) == set()


def test_a_tally_of_people_forced_out_by_shelling_still_reports_it():
    text = ("Heavy shelling of Kupiansk has forced more than 2,000 people to leave since "
            "Monday, volunteers said.")
    assert ("shelling", "UA-63") in found(text)


def test_drones_used_to_strike_are_still_a_drone_attack():
    assert found("Russia used drones to strike a depot in Kremenchuk overnight.") == {
        ("drone_attack", "UA-53")}


# ---------------------------------------------------------------- where things go, who people are

def test_the_places_a_damaged_business_supplies_are_not_hit():
    text = "Shelling of Nikopol damaged a dairy that delivers milk to Kryvyi Rih and Dnipro."
    got = rows(text)
    assert [(r["event_type"], r["place_kind"], r["admin1_code"]) for r in got] == [
        ("shelling", "locality", "UA-12")]
    assert got[0]["lat"] == pytest.approx(47.57, abs=0.05)


def test_a_victims_home_town_is_not_hit():
    text = "A missile strike on Dnipro killed a teacher, a native of Poltava, officials said."
    assert found(text) == {("missile_strike", "UA-12")}


def test_a_list_of_targets_is_kept_whole():
    assert found("Drones struck Kharkiv, Sumy and Poltava overnight.") == {
        ("drone_attack", "UA-63"), ("drone_attack", "UA-59"), ("drone_attack", "UA-53")}


# ---------------------------------------------------------------- general statements

@pytest.mark.parametrize("text", [
    "Underground car parks in Kharkiv serve as shelters during missile attacks.",
    "The Kalibr missile was designed in Yekaterinburg by the Novator bureau.",
    "Experts warned that a drone strike on the Khmelnytskyi nuclear plant could be a disaster.",
    "Minesweeper models are on display at the naval museum in Mangalia.",
])
def test_general_statements_about_attacks_and_weapons_give_no_incident(text):
    assert found(text) == set()


def test_where_weapons_were_made_is_not_where_they_struck():
    got = found("Investigators said the missiles that hit Kyiv were made in Votkinsk, "
                "and on Sunday a drone hit a house in Kyiv.")
    assert ("missile_strike", "RU-UD") not in got


def test_a_tank_that_fired_on_a_village_is_shelling():
    assert found("A Russian tank fired on houses in Krasnohorivka on Tuesday.") == {
        ("shelling", "UA-14")}


def test_weapons_that_guard_are_no_attack_but_an_attack_on_the_guarded_is():
    assert found("Convoys to Mykolaiv are escorted by naval drones and patrol boats.") == set()
    assert found("A convoy guarded by soldiers was hit by drones near Kupiansk.") == {
        ("drone_attack", "UA-63")}


def test_protesters_who_then_left_ended_their_blockade():
    [row] = rows("Slovak farmers blocked the Ubla crossing for three hours on Monday and "
                 "then left.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "ended")


@pytest.mark.parametrize("text", [
    "Hungarian farmers called off a planned blockade of the Zahony crossing after talks.",
    "A court in Lublin ruled that the blockade of the Dorohusk crossing had been lawful.",
])
def test_blockades_called_off_before_they_began_or_judged_give_no_incident(text):
    assert found(text) == set()


def test_a_blockade_called_off_after_it_began_has_ended():
    [row] = rows("Slovak hauliers called off their blockade of the Ubla crossing on Sunday.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "ended")


def test_an_estimate_of_how_long_clearing_takes_is_no_incident():
    assert found("Clearing the mines in Kharkiv oblast could take two decades, the "
                 "ministry estimated.") == set()


@pytest.mark.parametrize("text", [
    "The champion bombarded his rival with jabs in the third round in Lviv.",
    "Their goal was shelled by long-range shots in the first half in Odesa.",
])
def test_bombarded_and_shelled_in_sport_give_no_incident(text):
    assert found(text) == set()


def test_a_town_bombarded_with_mortars_is_shelled():
    assert found("The enemy bombarded Kupiansk with mortars on Monday.") == {
        ("shelling", "UA-63")}


def test_shelling_cited_as_a_reason_is_no_incident():
    assert found("Authorities in Chernihiv oblast closed three schools near the border, "
                 "citing constant shelling.") == set()


@pytest.mark.parametrize("text", [
    "A freighter under the flag of Liberia was damaged by a Russian drone at sea overnight.",
    "A Liberia-flagged freighter was damaged by a Russian drone at sea overnight.",
])
def test_a_ships_flag_state_is_not_where_it_was_hit(text):
    assert all(r["country_code"] != "LR" for r in rows(text))


def test_the_town_a_road_leads_to_is_not_where_a_car_was_hit():
    text = "A drone struck a minibus near Bilozerka, on the road to Kherson."
    got = rows(text)
    assert [(r["event_type"], r["admin1_code"]) for r in got] == [("drone_attack", "UA-65")]
    assert got[0]["lon"] == pytest.approx(32.44, abs=0.05)


def test_a_weapon_in_brackets_after_a_place_is_that_places():
    text = ("In the Sumy region, 5 explosions were recorded in the Khotin community "
            "(probably artillery fire) and 3 in the Bilopillia community (FPV drones).")
    got = {(r["event_type"], round(r["lat"], 1)) for r in rows(text)}
    assert got == {("shelling", 51.1), ("drone_attack", 51.1)}
    types = {r["event_type"]: r["place"] for r in rows(text)}
    assert types["drone_attack"] == "Bilopillia" and types["shelling"] == "Khotin"


@pytest.mark.parametrize("text", [
    "A choir sang a requiem for the victims of the missile strike on Uman in Warsaw.",
    "Comedians in Kyiv joked about Shahed drones at a charity show.",
    "Border guards caught cigarettes ferried across the Tisza by drone near Solotvyno.",
    "Border guards near Chernivtsi shot down a drone carrying contraband cigarettes.",
])
def test_requiems_jokes_and_smugglers_drones_give_no_incident(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    'The "Kinzhal" cafe in Poltava reopened after renovation.',
    "Iskander Holding opened a new office in Dnipro.",
])
def test_a_weapons_name_on_a_business_is_no_strike(text):
    assert found(text) == set()
