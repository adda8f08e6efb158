"""Dispatches, tallies and statements: the state's services that speak of an attack
("Ukraine's Security Service confirmed", "Ukraine's prosecutor general said"), traffic that
goes to a country, the road that leads to a crossing (where a blockade stands), and a week's
tally ("this week alone Russia launched ...")."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


@pytest.mark.parametrize("text", [
    "A source in Ukraine's Security Service confirmed the attack, saying the naval drone "
    "carried 450 kg of explosives.",
    "Investigators have identified the unit that fired the missile, Ukraine's prosecutor "
    "general said.",
    "Russia's prosecutors said the drone that fell on the depot was Ukrainian.",
])
def test_a_states_services_speak_of_an_attack_they_do_not_place_it(text):
    assert found(text, date="2024-05-01") == set()


def test_a_place_after_a_possessive_service_word_of_its_own_still_counts():
    # (a town's own emergency service reports the attack on the town)
    text = "A drone hit a high-rise in Kharkiv overnight, the city's emergency service said."
    assert found(text, date="2024-05-01") == {("drone_attack", "UA-63")}


def test_the_road_to_a_crossing_is_where_the_blockade_stands():
    text = ("Hungarian hauliers ended their six-hour go-slow protest on the road to the Zahony "
            "border crossing on Saturday evening, and freight traffic toward Ukraine returned "
            "to normal overnight.")
    [row] = rows(text, date="2023-12-17")
    assert (row["event_type"], row["admin1_code"], row["status"]) == (
        "border_blockade", "HU-SZ", "ended")


@pytest.mark.parametrize("text, expected", [
    # the road to a town is still only where the car was going
    ("A drone hit a car near Beryslav, on the road to Kherson.", {("drone_attack", "UA-65")}),
    # traffic toward a country is where it goes
    ("Farmers blocked the Medyka crossing on Monday; traffic toward Ukraine stood still.",
     {("border_blockade", "PL-PK")}),
])
def test_destinations_stay_destinations(text, expected):
    assert found(text, date="2024-05-01") == expected


@pytest.mark.parametrize("text", [
    "Zelensky, weekly summary: this week alone Russia launched more than 1,580 guided aerial "
    "bombs, almost 1,100 attack drones and 15 missiles against Ukraine.",
    "This week alone Russian troops shelled Nikopol 40 times, the governor said.",
    "In his weekly address the president said Russia had fired 70 missiles at Kharkiv.",
])
def test_a_weeks_tally_is_no_incident(text):
    assert found(text, date="2025-03-23") == set()


def test_a_strike_of_this_week_is_still_news():
    text = "This week a drone hit a bus in Nikopol, the governor said."
    assert found(text, date="2025-03-23") == {("drone_attack", "UA-12")}
