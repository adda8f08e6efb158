"""Features that open on today's news and tell the strikes of months or years before: an
attack named by its month, an old strike told again, the war's first weeks, a day named
with its feast, an attack with no place carried only so far, and protests wound up."""

from __future__ import annotations

from .conftest import incident_keys, incident_places


def test_an_attack_named_by_an_earlier_month_is_background():
    text = ("Traffic on the Crimean Bridge is flowing in both directions again. The July "
            "attack on the bridge was carried out with sea drones, part of a campaign against "
            "Russian supply lines in Crimea.")
    assert incident_keys(text, date="2023-09-18") == set()
    # (this month's is news)
    text = ("The September attack on the bridge at Zatoka was carried out with sea drones, "
            "officials said.")
    assert incident_places(text, date="2023-09-18") == {("drone_attack", "Zatoka")}


def test_an_old_strike_told_again_is_still_old():
    text = ("Residents moved back on Monday into a rebuilt block of flats in Kremenchuk, three "
            "years after a Russian missile hit a shopping centre there on 27 June 2022. The "
            "strike on Kremenchuk was one of the deadliest of that summer. The missile hit in "
            "the afternoon, when the centre was full.")
    assert incident_keys(text, date="2025-07-01") == set()
    # (a new strike on the same town, told with its own day, is news)
    again = ("Three years ago a Russian missile hit a shopping centre in Kremenchuk, on 27 "
             "June 2022. On Monday night a drone struck an oil depot in Kremenchuk.")
    assert incident_places(again, date="2025-07-01") == {("drone_attack", "Kremenchuk")}


def test_a_year_after_missiles_struck_the_missiles_told_again_are_background():
    text = ("People laid flowers in the centre of Dnipro on Friday, a year after Russian "
            "missiles struck a block of flats in the city. The missiles, fired from bombers "
            "over the Caspian Sea, hit the building in the afternoon.")
    assert incident_keys(text, date="2024-01-14") == set()


def test_the_first_weeks_of_the_invasion_and_the_advance_on_kyiv_are_background():
    text = ("Families moved into rebuilt homes in Hostomel on Wednesday, a town that became "
            "known in the first weeks of the invasion, when Russian airstrikes hit its "
            "airport.")
    assert incident_keys(text, date="2024-05-30") == set()
    advance = ("Irpin was occupied in March 2022. During the advance on Kyiv, Russian "
               "aircraft dropped bombs on houses in the town centre.")
    assert incident_keys(advance, date="2024-05-30") == set()


def test_a_strike_named_by_its_feast_and_day_is_background():
    text = ("Prosecutors charged two commanders on Wednesday over the missile strike on "
            "Chernihiv on Easter Sunday, 20 April, that killed nine people. The strike, "
            "carried out with two Iskander missiles, hit the city centre in the late morning.")
    assert incident_keys(text, date="2025-08-13") == set()


def test_an_attack_with_no_place_is_not_carried_on_through_a_story():
    # (debris that fell across the river has no place here; the town named four sentences
    # on, for its roads, is no place of that attack)
    text = ("The Danube port of Reni handled a record volume of cargo in the first half of "
            "the year, port officials said this week.\n\nIt is a turnaround for a town that, "
            "a year ago, was a main target of Russian attacks on food exports. After Moscow "
            "left the grain deal in July 2023, Russian drones struck the port in Reni and "
            "nearby Izmail again and again through the summer, burning silos. Debris from "
            "some of those drones later fell on the Romanian side of the river, drawing "
            "protests from Bucharest.\n\n\"In the summer of 2023 we did not know if we "
            "would have a job,\" said a crane operator. \"Now we work three shifts.\"\n\n"
            "The recovery owes much to a shipping corridor along the Black Sea coast and to "
            "stronger air defences around ports. Insurance costs for ships have fallen.\n\n"
            "Reni, a town of 20,000, depends on its port, and its council has repaired roads "
            "damaged by heavy trucks.")
    assert incident_keys(text, date="2024-07-25") == set()


def test_farmers_who_wound_up_their_action_ended_the_blockade():
    text = ("Polish farmers are keeping the Dorohusk crossing blocked for a twelfth day. "
            "Further south, farmers who had been standing at Hrebenne wound up their action on "
            "Tuesday evening, and freight traffic there is returning to normal.")
    assert ("border_blockade", "Hrebenne") in incident_places(text, date="2024-02-21")


def test_what_was_said_at_the_time_of_an_attack_a_year_back_is_background():
    text = ("People laid flowers on the central square of Sumy on Monday, one year after the "
            "attack on the city centre. The regional administration said at the time that "
            "the city had been hit by Iskander missiles.")
    assert incident_keys(text, date="2024-04-15") == set()


def test_a_part_played_in_strikes_is_no_strike():
    text = ("The ministry objected to flights of US reconnaissance drones over the Black Sea, "
            "claiming the aircraft help to guide Ukrainian strikes on Crimea.")
    assert incident_keys(text, date="2023-06-16") == set()
    # (strikes guided there are strikes there)
    struck = "Ukrainian drones struck an airfield in Crimea on Friday night."
    assert incident_keys(struck, date="2023-06-16") == {("drone_attack", "UA-43")}
