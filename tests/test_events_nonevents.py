"""Words of attacks, blockades and demining that report no event: attacks recalled by
their full date, weapons a plane or a ship carries, attacks played in a drill, deminers
who graduate, demining gear paid for, roads closed by the weather and blockades of an
earlier season; and what such reports do tell: a protest that goes on beside one lifted,
the places an attack hit told after its tally; and who attacks, who answers and where a
weapon only flew past are no targets."""

from __future__ import annotations

import pytest

from geomap.event_status import date_of

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


def test_a_day_with_its_year_is_that_year():
    assert date_of("Drones hit Sumy on 2 May 2022.", "2024-01-10") == "2022-05-02"
    assert date_of("The strike on Kherson on July 9, 2023 killed four.", "2024-01-10") == (
        "2023-07-09")


def test_an_attack_dated_months_before_the_report_is_recalled():
    text = "On 14 November 2023, a missile strike on Uman killed two people."
    assert found(text, date="2024-04-01") == set()
    assert found(text, date="2023-11-15") == {("missile_strike", "UA-71")}


@pytest.mark.parametrize("text", [
    # what a plane or a ship carries
    "Air raid alert in all regions after a Tu-95 carrier of Kh-101 missiles took off; "
    "residents of Dnipro went down to shelters.",
    "The fleet keeps a frigate armed with up to eight Kalibr cruise missiles off Novorossiysk.",
    # attacks played in a drill
    "Firefighters in Irpin held a drill simulating a Shahed strike on a block of flats.",
    # deminers who finish their training
    "Thirty new deminers graduated on Monday at a range outside Chernivtsi.",
    # demining gear paid for
    "Norway funded two demining vehicles for Chernihiv oblast.",
    # pieces on show
    "Visitors also viewed a captured Bayraktar and the tail of a Kalibr missile that "
    "officials said had been shot down over the Odesa region.",
    # a drone flown to follow someone
    "Border guards in Chernivtsi oblast detained four men who tried to cross into Romania "
    "near Porubne, using a drone to track them.",
    # a weapon told as a threat
    "The Kherson drama theatre reopened its small stage, although shelling remains a daily "
    "threat in the city.",
    # roads closed by the weather
    "Snowdrifts blocked the road to the Uzhhorod checkpoint overnight.",
    "Heavy snowfall blocked the approach road to the Shehyni crossing for hours.",
])
def test_words_of_events_that_report_none(text):
    assert found(text) == set()


def test_a_blockade_of_an_earlier_season_is_background():
    assert found("Farmers who blockaded the Medyka crossing last spring gathered in Przemysl "
                 "on Tuesday to demand compensation.") == set()
    assert found("Farmers blocked the Medyka crossing on Monday, as they did last winter.") == {
        ("border_blockade", "PL-18")}


def test_a_protest_that_goes_on_beside_one_lifted_is_ongoing():
    status = {r["place"]: r["status"] for r in rows(
        "Hauliers reopened the Korczowa crossing on Monday, but the protest at Dorohusk goes on.")}
    assert status["Dorohusk"] == "ongoing"
    assert status["Korczowe"] == "ended"


def test_the_places_an_attack_hit_may_follow_its_tally():
    got = {(r["place"], r["intercepted"]) for r in rows(
        "Shaheds attacked the Mykolaiv region overnight. Air defence downed nine of them. "
        "A warehouse in Voznesensk was hit.")}
    assert got == {("Mykolaiv", True), ("Voznesensk", False)}


def test_a_spot_told_by_its_nearness_is_at_the_place_just_named():
    assert found("The new school in Kupiansk opened in May. On Sunday a guided bomb hit the "
                 "building next door.") == {("airstrike", "UA-63")}


@pytest.mark.parametrize("text, expected", [
    # the government that answers an attack, by its capital
    ("Warsaw summoned the Russian envoy after a drone hit a barn near Hrubieszow.",
     {("drone_attack", "PL-06")}),
    # the country whose attack it is, and the one that scrambles its jets
    ("Poland scrambled jets due to a massive attack by the Russian Federation using cruise "
     "missiles on targets across Ukraine.", {("missile_strike", "Ukraine")}),
    # attacks told as a habit of the year
    ("Bulgarian airspace has been violated several times this year by drones attacking "
     "Ukraine's ports.", set()),
    # places a weapon only flew past
    ("Chisinau summoned the Russian envoy after a cruise missile crossed Moldovan skies near "
     "Naslavcea on its way to targets in Ukraine.", set()),
])
def test_who_attacks_and_where_weapons_only_passed_are_no_targets(text, expected):
    # (the countries kept, to show which one is the place)
    assert found(text, country_only=True) == expected


def test_oblasts_named_by_their_official_adjectives():
    assert found("Drones were shot down over the Sumska, Poltavska and Cherkaska oblasts.") == {
        ("drone_attack", "UA-59"), ("drone_attack", "UA-53"), ("drone_attack", "UA-71")}
    assert found("A missile hit an industrial site in Kyivska Oblast overnight.") == {
        ("missile_strike", "UA-32")}
    # a street named by the adjective is no oblast
    assert found("A drone hit a house on Kyivska Street in Poltava.") == {
        ("drone_attack", "UA-53")}


def test_the_country_goods_come_from_is_no_blockade():
    assert found("Moldovan farmers drove tractors into Balti on Monday, blocking traffic for "
                 "hours to protest against cheap grain imports from Ukraine.") == set()
    assert found("Slovak farmers blocked the road to the Vysne Nemecke crossing on Monday to "
                 "protest against grain imports from Ukraine.") == {("border_blockade", "SK-KI")}


def test_a_raion_in_brackets_after_a_town_only_locates_it():
    assert [r["place"] for r in rows(
        "On 7 June 2024, Russian forces struck Stepnohirsk (Zaporizhzhia raion, Zaporizhzhia "
        "oblast) with an FPV drone.", date="2024-06-07")] == ["Stepnohirsk"]


def test_the_cluster_munitions_a_missile_carried_are_the_missiles():
    assert found("Five ATACMS missiles were intercepted over Sevastopol; fragments of one, "
                 "whose warhead carried cluster munitions, exploded above the city.") == {
        ("missile_strike", "UA-40")}
