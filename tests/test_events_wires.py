"""Wire copy, defence ministries' claims, energy and local news, demining abroad: a region's
own name that leaves its city's bare name alone ("Odesa Oblast ... in Odesa"), a university
named after its city, what an official said in its words ("the governor said an industrial
site in X was hit"), naval drones by their long names; and what such reports tell that is
no event: money set aside for drones, a bomb dug up on a building site, fields still waiting
for sappers, an earlier date the event is compared with ("since July, when ..."), months of
fire recalled, what a missile can reach, a report called untrue, warnings about mines, and
the cause of another event ("retaliation for the explosion that damaged the bridge")."""

from __future__ import annotations

import pytest

from geomap.geoparser import Geoparser, geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


@pytest.mark.parametrize("text, kinds", [
    # the region's own name ("X Oblast") says nothing of the bare name: the city
    ("Missiles hit grain silos in Odesa overnight, the head of the Odesa Oblast Military "
     "Administration said.", ["locality", "admin1"]),
    ("Kherson Oblast officials said shelling in Kherson damaged a hospital.",
     ["admin1", "locality"]),
    # a university named after its city is no hint of the region
    ("Students of Sumy State University held a vigil in Sumy.", ["locality", "locality"]),
])
def test_a_regions_own_name_or_a_university_leaves_the_city_a_city(text, kinds):
    assert [m.place.kind for m in geoparse(text)] == kinds


def test_the_region_hint_of_region_words_still_holds():
    # ("the Kherson region ... in Kherson" keeps the city; "New York State" still hints)
    [m] = geoparse("Floods hit New York State on Monday.")
    assert m.place.kind == "admin1"


@pytest.mark.parametrize("text, expected", [
    # what was said is not where it was said
    ("The governor said an industrial site in Zaporizhzhia was hit by a missile.",
     {("missile_strike", "UA-23")}),
    ("The mayor wrote that a depot in Kramatorsk had been struck by a missile.",
     {("missile_strike", "UA-14")}),
    # naval drones by their long names
    ("Kyiv tried to attack the fleet's ships with two uncrewed surface boats in the Black Sea.",
     {("drone_attack", "Black Sea")}),
    ("Coastal batteries destroyed three unmanned surface craft off Cape Tarkhankut.",
     {("drone_attack", "Cape Tarkhankut")}),
])
def test_what_officials_said_and_naval_drones(text, expected):
    assert found(text) == expected


def test_where_someone_spoke_is_still_not_the_place():
    text = "The minister said in Lviv that drones had hit Sumy overnight."
    assert found(text) == {("drone_attack", "UA-59")}


@pytest.mark.parametrize("text", [
    # money set aside
    "Lawmakers in Kyiv approved extra defence spending, with most of the money earmarked for "
    "drones.",
    "The council of Dnipro voted a budget with 40 million hryvnias allocated for drones.",
    # old bombs dug up are cleared, not dropped
    "Builders in Gdansk found an unexploded aerial bomb while digging foundations on Monday.",
    # work not yet done
    "Farmers in the Izium district say they are still waiting for sappers.",
])
def test_money_old_bombs_and_waiting_are_no_events(text):
    assert {k for k in found(text) if k[0] != "mine_clearing"} == set()
    assert not any(r["event_type"] == "mine_clearing" and "waiting" in r["evidence"]
                   for r in rows(text))


@pytest.mark.parametrize("text", [
    # the base of a comparison, told with its date
    "It was the deadliest strike on the city since July, when a missile hit a hospital in "
    "Kyiv.",
    "It was the worst attack on Odesa since 2022, when drones hit the port of Izmail.",
    # months of fire recalled
    "The zoo has reopened.\n\nDuring the months when the city was under daily fire, a rocket "
    "struck the aquarium in Mykolaiv.",
    # what a weapon can do
    "Kharkiv is 30 km from the border; missiles launched from the Belgorod region can reach it "
    "in under a minute.",
    # a report called untrue
    "Reports about an alleged drone strike on the Engels airfield do not correspond to "
    "reality, the ministry said.",
    "Claims that missiles hit the port of Sevastopol overnight are fake, the governor said.",
])
def test_recalled_possible_and_denied_strikes_are_no_events(text):
    assert found(text, date="2025-04-13") == set()


def test_a_strike_told_with_when_stays_an_event():
    text = "On Sunday a missile hit Sumy, when people were on their way to church."
    assert found(text, date="2025-04-13") == {("missile_strike", "UA-59")}


@pytest.mark.parametrize("text, expected", [
    # a warning about mines does not carry the clearing on
    ("It was the fourth drifting mine neutralised this year. Romania, Bulgaria and Turkey "
     "have warned ships about mines that broke loose off Ukraine's coast.", set()),
    ("Beaches were closed while an explosive ordnance disposal team towed the mine away and "
     "blew it up. The navy has long warned that the breach of the Kakhovka dam washed mines "
     "and shells from the Dnipro into the sea.", set()),
    # nor does the cause of another event carry an attack
    ("Air defences downed most of the 84 cruise missiles fired. The Kremlin called the barrage "
     "retaliation for the blast that damaged the bridge at Kerch.", set()),
])
def test_warnings_and_causes_carry_no_event_on(text, expected):
    assert found(text) == expected


def test_a_place_told_after_an_unplaced_attack_still_carries_it():
    text = ("Russia launched a massive missile attack overnight. The targeted areas included "
            "Lviv and Ternopil.")
    assert found(text) == {("missile_strike", "UA-46"), ("missile_strike", "UA-61")}


def test_the_city_is_the_speakers_town_not_a_government_named_before():
    text = ("Earlier the Kyiv regime tried to strike the fleet with naval drones off Cape "
            "Tarkhankut. The governor of Sevastopol said air defence worked over the city in "
            "the evening and two drones were shot down.")
    assert ("drone_attack", "UA-40") in found(text)
    assert ("drone_attack", "UA-30") not in found(text)


@pytest.mark.parametrize("text, expected", [
    # a town's own official speaks of the town
    ("Poltava's mayor reported that debris from a downed drone damaged a school in the city.",
     {("drone_attack", "UA-53")}),
    # and of other places, which are then the places
    ("Kyiv's mayor said drones hit Kharkiv overnight.", {("drone_attack", "UA-63")}),
    # a country's authorities are its government
    ("Ukraine's authorities reported shelling overnight.", set()),
])
def test_a_towns_own_official(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, admin1", [
    # an autonomous region is a place, not autonomous drones at sea
    ("Police said fragments of a drone had fallen near Etulia, in the autonomous region of "
     "Gagauzia.", "MD-GA"),
    ("Six drones were shot down over the Autonomous Republic of Crimea overnight.", "UA-43"),
    # what is left of a drone, told with care
    ("The ministry said fragments resembling those of a drone were found near Plauru, "
     "Tulcea county.", "RO-TL"),
])
def test_what_fell_in_autonomous_regions_and_fragments_like_a_drones(text, admin1):
    assert [(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)] == [
        ("drone_attack", admin1, True)]


@pytest.mark.parametrize("text, admin1", [
    ("Last night an attempted attack on the Bryansk region by an aircraft-type drone was "
     "thwarted.", "RU-BRY"),
    ("On the night of 29 May, an attempt to strike facilities on the Crimean peninsula with "
     "ATACMS missiles was suppressed.", "UA-43"),
    ("Air defence foiled another attempted drone attack on Kursk overnight.", "RU-KRS"),
])
def test_an_attempt_thwarted_is_an_intercepted_attack(text, admin1):
    assert [(r["admin1_code"], r["intercepted"]) for r in rows(text)] == [(admin1, True)]


def test_a_town_listed_with_villages_of_one_region_is_that_regions_namesake():
    text = ("Head of the Zaporizhzhia regional administration: drones attacked Orikhiv, "
            "Huliaipole, Mala Tokmachka and Kamianske over the past day.")
    [m] = [m for m in geoparse(text) if m.text == "Kamianske"]
    assert (m.place.admin1_code, m.place.kind) == ("UA-23", "locality")
    # (the list's towns of UA-23 and the document's other names both point there; the
    # explanation names what decided it)
    [why] = [e for e in Geoparser().explain(text) if e.text == "Kamianske"]
    assert "towns of UA-23" in why.chosen_by or "point to UA, UA-23" in why.chosen_by


def test_a_big_city_listed_with_cities_of_other_regions_stays_the_city():
    text = "Drones attacked Kamianske, Kharkiv and Poltava overnight."
    [m] = [m for m in geoparse(text) if m.text == "Kamianske"]
    assert m.place.admin1_code == "UA-12"


@pytest.mark.parametrize("text", [
    # a habit, not a new attack
    "Drones hit Reni overnight.\n\nShipping on the Danube has gone on despite the repeated "
    "attacks, but insurers now charge more for ships calling at Izmail.",
    "The ministry did not say what the drones were aimed at. Kyiv has in recent months "
    "regularly targeted refineries in Russia.",
    # clearing shown, not done
    "A demining machine built in Kharkiv was shown to journalists at a test site near Kyiv, "
    "where it cleared a lane through a field of inert anti-tank mines.",
])
def test_habits_and_demonstrations_are_no_events_of_their_own(text):
    assert {k for k in found(text) if k[1] not in ("UA-51",)} == set()


@pytest.mark.parametrize("text", [
    "The enemy attacked with 20 Shaheds launched from the Kursk region and from Cape Chauda "
    "in Crimea; all were shot down over the Poltava region.",
    "The enemy attacked with an Iskander-M missile fired from the temporarily occupied part "
    "of Zaporizhzhia oblast; it was shot down over the Poltava region.",
])
def test_launch_sites_are_not_targets(text):
    assert {k[1] for k in found(text)} == {"UA-53"}


def test_a_capital_that_first_denied_is_its_government():
    text = ("Bucharest first denied it, but late on Monday the defence ministry said pieces of "
            "a drone had been found near Plauru, Tulcea county.")
    assert found(text) == {("drone_attack", "RO-TL")}


def test_pickets_removed_end_a_blockade():
    text = ("Hauliers lifted their blockade of the Dorohusk crossing on Tuesday. The pickets at "
            "Hrebenne and Korczowa were removed on Wednesday morning.")
    assert {r["place"]: r["status"] for r in rows(text)} == {
        "Dorohusk": "ended", "Hrebenne": "ended", "Korczowe": "ended"}


@pytest.mark.parametrize("text, expected", [
    # the aftermath of strikes told with their day is the strikes
    ("Inspectors at the Zaporizhzhia nuclear power plant saw the aftermath of drone strikes "
     "on the site on Sunday.", {("drone_attack", "UA-23")}),
    # the scars of strikes long past are not
    ("Kharkiv still bears the scars of missile strikes, and the mayor wants them repaired.",
     set()),
])
def test_the_aftermath_of_strikes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # spans, rates and examples
    "The corridor has survived months of missile and drone strikes on the port of Odesa.",
    "This spring Russia dropped some 3,000 glide bombs a month on cities such as Kharkiv.",
    "In Idlib, where Russian bombing raids flattened whole districts over more than a decade, "
    "delegates spoke of rebuilding schools.",
    "The air defence systems shot down many missiles targeting Kyiv over the winter.",
    "The jets are to push Russian bombers back from the front line, where glide bombs have "
    "devastated towns such as Vovchansk and Chasiv Yar.",
    "Long-range missile strikes caused large numbers of deaths in Kyiv and Dnipro.",
    # trials and claims refused
    "A court found three marines guilty of shelling homes in Mariupol during the siege.",
    "Prosecutors said the men had shelled apartment blocks in Mariupol with mortars.",
    "The ministry categorically rejects the statements of Russia that Ukrainian forces "
    "deliberately shelled civilian targets in the Belgorod region.",
    "Cyber attacks and sabotage are grave, but none of it is a missile strike on Tallinn.",
    # drills and fairs
    "The frigate fired a Kalibr at a sea target during drills off Novorossiysk.",
    "The maker showed its loitering munition diving onto a target vehicle at a nearby firing "
    "range outside Kielce.",
    # work paid for, taught or not done
    "Japan will give $100 million to help Ukraine clear mines and rebuild the grid.",
    "The field near Vysokopillia in the Kherson region had never been surveyed by deminers.",
    "The ministry pays farmers in the Kharkiv region for the cost of commercial demining.",
    "Ukraine has done well to train thousands of new deminers.",
])
def test_spans_trials_drills_and_work_not_done_are_no_events(text):
    assert found(text, date="2024-07-29") == set()


@pytest.mark.parametrize("text, expected", [
    ("Regional prosecutors said Russian artillery had pounded Vovchansk overnight.",
     {("shelling", "UA-63")}),
    ("Deminers removed a rocket from a field near Posad-Pokrovske, Kherson oblast, and "
     "detonated it at a range.", {("mine_clearing", "UA-65")}),
    # ranges and training grounds are where ordnance is destroyed, not only where weapons
    # are shown
    ("Sappers removed a shell in Izium and destroyed it at a military range.",
     {("mine_clearing", "UA-63")}),
    ("Sappers took the bomb to a military training ground near Lviv and destroyed it.",
     {("mine_clearing", "UA-46")}),
])
def test_prosecutors_reports_and_disposal_at_a_range_stay_events(text, expected):
    assert found(text, date="2024-07-29") == expected


def test_a_name_after_an_age_is_a_person():
    assert geoparse('"Our drone hit a target," said 16-year-old Artem in Zhytomyr.')[0].text \
        == "Zhytomyr"


def test_a_place_after_an_age_before_a_noun_stays_a_place():
    assert [m.text for m in geoparse("A 17-year-old Boston student won the prize.")] == [
        "Boston"]
