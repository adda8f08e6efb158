"""Events in running updates, officials' posts, wire copy, assessments and agency reports:
how they say that weapons were shot down or got through, lists run into one line, headings
and blasts told again, and what in them is no attack."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


# ---------------------------------------------------------------- interceptions

@pytest.mark.parametrize("text, kind, region", [
    ("Three Kalibrs were destroyed by air defence over the Vinnytsia region overnight.",
     "missile_strike", "UA-05"),
    ("Overnight two Kh-59s were neutralised by the air defence forces near Kropyvnytskyi.",
     "missile_strike", "UA-35"),
    ("Gerans were suppressed by electronic warfare near Bila Tserkva, the governor said.",
     "drone_attack", "UA-32"),
])
def test_weapons_destroyed_by_air_defence_are_intercepted(text, kind, region):
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (kind, region, True)


@pytest.mark.parametrize("text, kind, region", [
    ("Governor: a rocket attack on Novorossiysk was repelled overnight.",
     "missile_strike", "RU-KDA"),
    ("A massive drone raid on Kursk has been repulsed, the regional head wrote.",
     "drone_attack", "RU-KRS"),
])
def test_an_attack_that_was_repelled_was_intercepted(text, kind, region):
    [row] = rows(text)
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (kind, region, True)


def test_a_repelled_ground_assault_beside_a_strike_leaves_the_strike_a_hit():
    [row] = rows("Drones struck a depot in Sumy after a ground assault nearby was repelled.")
    assert (row["event_type"], row["intercepted"]) == ("drone_attack", False)


# ---------------------------------------------------------------- lists run into one line

def test_a_bullet_after_a_full_stop_starts_a_sentence():
    from geomap.sentences import split_sentences

    text = "Overnight, per the governor: - Sumy: a drone hit. - Okhtyrka: calm. Then - no."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Overnight, per the governor: - Sumy: a drone hit.", "- Okhtyrka: calm.", "Then - no."]


def test_each_bulleted_place_of_a_run_in_list_has_its_own_line_s_attacks():
    text = ("Kherson Oblast in the past day, the governor said: - Beryslav: mortar fire and two "
            "FPV drones; a shop damaged. - Tiahynka: a shell struck a house. - Kherson "
            "district: one Shahed downed.")
    got = {(r["event_type"], r["place"], r["intercepted"]) for r in rows(text)}
    assert got == {("shelling", "Beryslav", False), ("drone_attack", "Beryslav", False),
                   ("shelling", "Tiahynka", False),
                   ("drone_attack", "Kherson Raion", True)}


@pytest.mark.parametrize("text, expected", [
    ("A shell struck a bus stop in Beryslav.", {("shelling", "UA-65")}),
    ("A shell company hit with sanctions was registered in Kyiv.", set()),
])
def test_one_shell_that_struck_is_shelling(text, expected):
    assert found(text) == expected


# ---------------------------------------------------------------- the rest of an attack

def test_a_count_in_words_downed_over_a_region_carries_the_attack_on():
    text = ("Governor: a Kalibr missile hit an energy facility in Khmelnytskyi. Three more were "
            "shot down over Vinnytsia region.")
    assert {(r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("UA-68", False), ("UA-05", True)}


def test_the_ones_that_got_through_hit_where_the_next_sentence_says():
    text = ("Air defence destroyed 14 Shaheds over the Kirovohrad region overnight. Three got "
            "through and damaged warehouses in the Uman district, no one was injured.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("drone_attack", "UA-35", True), ("drone_attack", "UA-71", False)}


# ---------------------------------------------------------------- no attack

@pytest.mark.parametrize("text", [
    "Kalashnikov showed a new Lancet version on its stand at the Army-2022 forum near Moscow.",
    "A Shahed-type drone drew crowds at the IDEF-2023 fair in Istanbul.",
    "Japan pledged $30 million for humanitarian demining in Ukraine on Tuesday.",
    "Teachers in Kharkiv said children who lived through years of bombardment need help.",
])
def test_shows_money_meetings_and_long_times_of_attacks_are_no_event(text):
    assert found(text) == set()


@pytest.mark.parametrize("text", [
    "Russian troops hit Nikopol with Uragan cluster rockets on Sunday.",
    "Russia fired cluster rockets at Kupiansk overnight.",
])
def test_cluster_rockets_are_shelling_not_a_missile_strike(text):
    assert {k for k, _ in found(text)} == {"shelling"}


def test_a_weapon_told_of_one_of_the_blasts_is_at_their_place():
    text = ("Two missiles hit Dnipro at dawn, the governor said. Later he wrote that the second "
            "explosion was in fact a Shahed drone.")
    assert found(text) == {("missile_strike", "UA-12"), ("drone_attack", "UA-12")}


def test_the_town_of_a_named_town_refers_to_no_earlier_place():
    text = ("The mayor of Lviv spoke on Monday. Shelling wounded two men in the town of "
            "Beryslav, he added, and drones hit a power line.")
    assert ("drone_attack", "UA-46") not in found(text)
    assert ("shelling", "UA-65") in found(text)


@pytest.mark.parametrize("text, expected", [
    ("Bloggers say Russia plans a new push on Kupiansk, possibly backed by glide bomb strikes "
     "on Izium.", set()),
    ("Ukrainian troops advanced near Robotyne, supported by HIMARS strikes on Tokmak.",
     {("shelling", "UA-23")}),
])
def test_strikes_that_support_a_planned_push_are_no_attack(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "Attacks on health care in Ukraine doubled this year, driven by drone strikes, the WHO said.",
    "Deaths of civilians in Kherson region rose in June, driven mainly by FPV drones.",
])
def test_weapons_that_drive_a_count_are_no_attack(text):
    assert found(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Pushkin: a drone hit a car in Sudzha, two people were hurt.", {("drone_attack", "RU-KRS")}),
    ("Lviv: a missile hit the city's outskirts overnight.", {("missile_strike", "UA-46")}),
])
def test_a_heading_far_from_every_place_of_its_line_is_not_where_it_happened(text, expected):
    assert found(text) == expected


def test_what_the_debris_of_a_downed_drone_did_next_leaves_the_attack_intercepted():
    [row] = rows("Drones attacked Kursk overnight. Wreckage of a downed drone fell on a garage; "
                 "two people were slightly hurt.")
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", "RU-KRS", True)


def test_debris_after_a_hit_told_leaves_the_hit():
    [row] = rows("A drone hit a house in Kursk. Debris of a downed drone also fell on a school.")
    assert row["intercepted"] is False


def test_a_vehicle_driven_by_someone_and_hit_is_still_an_attack():
    assert found("A minibus driven by a volunteer was struck by an FPV drone near Beryslav.") == {
        ("drone_attack", "UA-65")}


def test_an_attack_told_after_months_of_shelling_in_the_same_sentence_is_kept():
    assert found("Workers repaired a school in Kherson, which had survived months of shelling; "
                 "on Sunday artillery shells struck its roof.") == {("shelling", "UA-65")}


def test_an_attack_told_after_a_count_and_its_cause_is_kept():
    assert found("Casualties rose in May, driven by glide bombs; on Monday a drone hit a bus "
                 "in Kherson.") == {("drone_attack", "UA-65")}


@pytest.mark.parametrize("text, expected", [
    ("The HALO Trust cleared 25 hectares of farmland near Balakliia in May.",
     {("mine_clearing", "UA-63")}),
    ("The HALO Trust opened a new office in Mykolaiv on Monday.", set()),
])
def test_a_demining_organisation_at_its_work_is_mine_clearing(text, expected):
    assert found(text) == expected


def test_carriers_blocking_a_crossing_named_alone_are_a_blockade():
    [row] = rows("Hungarian carriers are blocking Zahony for a second day, police said.")
    assert (row["event_type"], row["admin1_code"], row["status"]) == (
        "border_blockade", "HU-SZ", "ongoing")
