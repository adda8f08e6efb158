"""Bulletins, digests and transcripts: rockets of multiple launchers, trials and court
hearings, leave to use a weapon, shipments, fairs, school visits, a month's tally, a
campaign "since then", what an event went on despite, coasts on land, ships bound for a
port, launch platforms in an airspace, and who speaks in a transcript."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said air defence shot down 14 rockets of the Vampire multiple "
    "launch rocket system over the Belgorod region overnight.",
    "Officials in Belgorod said a rocket salvo fired from a Vampire multiple rocket launcher "
    "hit the city centre on Thursday.",
    "Russian forces shelled Kostiantynivka, Donetsk Oblast, with multiple rocket launch "
    "systems on 3 April, damaging a school.",
])
def test_rockets_of_multiple_launchers_are_shelling_not_missiles(text):
    types = {t for t, _ in found(text, date="2024-04-04")}
    assert types == {"shelling"}


def test_rockets_of_multiple_launchers_shot_down_are_intercepted_shelling():
    text = ("Russia's defence ministry said air defence shot down 14 rockets of the Vampire "
            "multiple launch rocket system over the Belgorod region overnight.")
    [row] = rows(text, date="2024-04-04")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "shelling", "RU-BEL", True)


def test_a_rocket_attack_is_still_a_missile_strike():
    text = "A rocket attack hit Kharkiv overnight, the mayor said; two people were injured."
    assert found(text, date="2024-04-04") == {("missile_strike", "UA-63")}


@pytest.mark.parametrize("text", [
    # what a court heard
    "CHERNIHIV, Feb 20 - A court jailed a Russian officer in absentia on Tuesday.\n\n"
    "Prosecutors told the Desnianskyi district court that the officer, who commanded a "
    "howitzer battery, directed fire at apartment blocks on the city's edge.",
    "The tribunal heard that the gunners shelled Kherson's market on orders from above.",
    # what trials are about, the whole list
    "Trials in absentia have been held in Kharkiv, Kherson and Kyiv over missile strikes and "
    "artillery attacks on civilians, but few suspects are in custody.",
])
def test_what_courts_hear_and_trials_are_about_is_no_incident(text):
    assert found(text, date="2024-02-20") == set()


@pytest.mark.parametrize("text", [
    "Washington lifted restrictions on the use of ATACMS against targets inside Russia, "
    "officials in Kyiv said on Monday.",
    "London gave permission to strike with Storm Shadow missiles deep into Russian "
    "territory, the Kursk governor complained.",
    "Western officials say North Korea has shipped millions of artillery shells and dozens "
    "of ballistic missiles to Russia.",
])
def test_leave_to_use_a_weapon_and_weapons_shipped_are_no_attack(text):
    assert found(text, date="2024-11-25") == set()


@pytest.mark.parametrize("text", [
    "At a defence technology fair in Kyiv, dozens of start-ups show off strike drones and "
    "robot ground vehicles.",
    "Makers showed off their new loitering munitions to buyers in Lviv on Tuesday.",
])
def test_weapons_shown_off_are_no_attack(text):
    assert found(text, date="2024-06-28") == set()


def test_sappers_visiting_a_school_clear_nothing():
    text = ("Pyrotechnicians of the Chernihiv regional emergency service visited the lyceum in "
            "Ripky on the first day of school. They showed pupils mock-ups of mines and shells "
            "and explained whom to call.")
    assert found(text, date="2023-09-02") == set()


def test_sappers_at_work_in_a_school_yard_still_clear():
    text = ("Pyrotechnicians of the emergency service worked in the yard of school No. 2 in "
            "Balakliia this week. In three days they removed 12 mortar rounds buried near the "
            "sports field.")
    assert found(text, date="2023-10-19") == {("mine_clearing", "UA-63")}


@pytest.mark.parametrize("text", [
    # a month's casualties and their causes
    "The monitoring mission said at least 230 civilians had been killed in Ukraine in May, "
    "with most casualties caused by missile and drone attacks on cities including Kyiv and "
    "Odesa.",
    # a month in numbers, its heaviest attacks
    "May in numbers. Over the month the enemy used 237 missiles and 542 attack drones "
    "against Ukraine. Air defence destroyed 174 missiles and 479 drones. The heaviest "
    "combined attacks of the month were aimed at energy facilities in the Kharkiv, Lviv and "
    "Ivano-Frankivsk regions.",
])
def test_a_months_tally_is_no_incident(text):
    assert found(text, date="2024-06-03") == set()


def test_an_attack_told_beside_the_months_count_is_still_news():
    text = ("Drones hit Odesa overnight, the third attack on the city this month, the governor "
            "said. Two people were injured.")
    assert found(text, date="2024-06-03") == {("drone_attack", "UA-51")}


def test_a_campaign_since_then_is_background():
    text = ("On Friday a fire broke out at the Tuapse refinery after it was hit by Ukrainian "
            "drones, local officials said. The raid is part of a campaign that began in "
            "January. Since then, long-range drones have struck refineries in Ryazan, "
            "Volgograd and Kirishi.")
    assert found(text, date="2024-05-18") == {("drone_attack", "RU-KDA")}


def test_the_places_of_what_an_event_went_on_despite_are_not_its_own():
    text = ("Officials in Kharkiv said glide bomb attacks on Vovchansk had not slowed on Sunday "
            "despite recent Ukrainian strikes on air defence systems in Belgorod Oblast.")
    assert found(text, date="2024-06-10") == {("airstrike", "UA-63")}


@pytest.mark.parametrize("text, expected", [
    # a coast on land, and works by a sea
    ("On Friday a fire broke out at the Tuapse refinery on Russia's Black Sea coast after it "
     "was hit by Ukrainian drones, local officials said.", {("drone_attack", "RU-KDA")}),
    ("The company halted work at its Ust-Luga terminal on the Baltic Sea on Sunday after a "
     "drone attack started a fire.", {("drone_attack", "RU-LEN")}),
    # a ship off a coast is at sea
    ("Two empty tankers were hit by naval drones off Turkey's Black Sea coast on Friday.",
     {("drone_attack", "Black Sea")}),
    # where the ships were going
    ("Two tankers sailing toward the Russian port of Novorossiysk were struck by sea drones "
     "in the Black Sea on Friday.", {("drone_attack", "Black Sea")}),
])
def test_coasts_on_land_and_ports_ships_sail_for(text, expected):
    assert found(text, date="2025-11-29") == expected


def test_launch_platforms_in_an_airspace_are_origins():
    text = ("On the night of 11 April the enemy launched 12 Kinzhal missiles from MiG-31K "
            "aircraft in the airspace of the Tambov region. The missiles were shot down over "
            "the Kyiv region.")
    assert found(text, date="2024-04-11") == {("missile_strike", "UA-32")}


def test_who_speaks_in_a_transcript_is_no_trigger():
    text = ("ANCHOR: Pupils in Chernihiv had a lesson in mine safety today.\n\n"
            "SAPPER: In the villages around Chernihiv, people still find things in the woods "
            "and on the riverbanks.")
    assert found(text, date="2024-09-03") == set()


def test_a_year_ago_in_a_transcript_is_background():
    text = ("REPORTER: A year ago, officials said the most likely cause was an air defence "
            "missile fired during a massive Russian attack on Ukraine's grid that hit "
            "Przewodow.")
    assert found(text, date="2023-11-15") == set()
