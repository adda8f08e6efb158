"""An analyst's inbox: names written with the Arabic article inside them, weapons carried
by drones, and the reports of monitors, local services and open-source investigators."""

from __future__ import annotations

import pytest

from geomap import geoparse

from .conftest import incident_rows


def _places(text: str, date: str = "2024-05-14") -> set[tuple[str, str]]:
    return {(r["event_type"], r["admin1_code"]) for r in incident_rows(text, date=date)}


# ---------------------------------------------------------------- the article inside a name


@pytest.mark.parametrize("text, written, admin1", [
    # the gazetteer's "Jisr ash Shughur": the article assimilated to the sun letter
    ("Warplanes struck the town of Jisr al-Shughour on Thursday.", "Jisr al-Shughour",
     "SY-ID"),
    # the gazetteer's "Deir el Balah" and "Dayr al Balah"
    ("Tents now stretch along the beach at Deir al-Balah.", "Deir al-Balah", "PS-GZZ"),
    ("Shelling hit Deir ez-Zor overnight.", "Deir ez-Zor", "SY-DY"),
])
def test_a_name_with_the_arabic_article_inside_is_one_name(text, written, admin1):
    mentions = geoparse(text)
    assert [(m.text, m.place.admin1_code) for m in mentions] == [(written, admin1)]


def test_a_person_named_with_the_article_is_not_a_place():
    assert [m.text for m in geoparse("Bashar al-Assad met officials in Aleppo.")] == ["Aleppo"]


def test_the_article_inside_a_name_takes_the_places_event():
    text = ("BEIRUT, Oct 26 - Government warplanes struck the town of Jisr al-Shughour and "
            "Idlib city on Thursday, rescue workers said.")
    assert {("airstrike", "SY-ID")} == _places(text, date="2023-10-26")
    rows = incident_rows(text, date="2023-10-26")
    assert {r["place"] for r in rows} == {"Jisr ash Shughūr", "Idlib"}


# ---------------------------------------------------------------- weapons a drone carries


@pytest.mark.parametrize("text", [
    "Deir al-Balah: a drone fired a missile at a group of people near a kitchen, killing two.",
    "An Israeli drone fired two missiles at a car in Nabatieh on Tuesday, killing its driver.",
    "A Ukrainian drone fired rockets at a fuel depot in Novozybkov, the governor said.",
])
def test_a_missile_fired_by_a_drone_is_a_drone_attack(text):
    types = {event for event, _ in _places(text)}
    assert types == {"drone_attack"}


def test_missiles_fired_in_another_clause_stay_a_missile_strike():
    text = "Drones attacked Sumy overnight; later the army fired missiles at Kharkiv."
    assert _places(text) == {("drone_attack", "UA-59"), ("missile_strike", "UA-63")}


# ---------------------------------------------------------------- finds made safe


@pytest.mark.parametrize("text, admin1, written", [
    ("Sumy region. On Monday a farmer near Krasnopillia noticed a rusty metal object at the "
     "edge of his field and called 101.\n\nAn SES pyrotechnic team came out the same day. "
     "The object was a 152 mm shell; the specialists removed it and destroyed it at a range.",
     "UA-59", "Krasnopillia"),
    ("Cahul. A boy walking by the lake outside Giurgiulesti found what looked like a grenade "
     "and told his teacher. The school was closed for the morning. Army engineers took the "
     "device away and blew it up in a controlled explosion.", "MD-CA", "Giurgiulesti"),
])
def test_a_disposal_is_where_the_thing_was_found_a_few_sentences_before(text, admin1,
                                                                         written):
    rows = incident_rows(text, date="2024-08-12")
    assert [(r["event_type"], r["admin1_code"], r["mine_domain"]) for r in rows] == [
        ("mine_clearing", admin1, "land")]
    assert written in rows[0]["evidence"]


def test_a_find_told_long_before_the_disposal_gives_it_no_place():
    text = ("A pensioner in Krasnopillia found an old shell in his garden. The village "
            "council met on Tuesday. Road repairs were discussed. The bus timetable "
            "changes in May. Pyrotechnicians destroyed the shell on Friday.")
    assert incident_rows(text, date="2024-08-12") == []


def test_a_find_whose_clearing_is_told_with_it_is_not_told_twice():
    text = ("Sappers removed 40 wartime shells from a sandbank near Komarno on Thursday. "
            "They were spotted by a man walking his dog. The sappers took them to a range.")
    rows = incident_rows(text, date="2024-08-12")
    assert [(r["event_type"], r["place"]) for r in rows] == [("mine_clearing", "Komárno")]


# ---------------------------------------------------------------- rivers named like towns


@pytest.mark.parametrize("text", [
    "Traffic on the bridges over the San was halted while sappers worked in Przemysl.",
    "Army sappers in Przemysl removed a bomb found near the San on Sunday.",
])
def test_the_san_is_a_river_and_the_town_by_it_stays(text):
    mentions = geoparse(text)
    assert [(m.text, m.place.admin1_code) for m in mentions] == [("Przemysl", "PL-18")]


def test_a_town_named_like_a_river_before_its_crossing_stays_a_town():
    text = "Farmers blocked the Siret and Albita border crossings on Tuesday."
    assert {m.place.admin1_code for m in geoparse(text)} >= {"RO-SV", "RO-VS"}


# ---------------------------------------------------------------- what is no event


@pytest.mark.parametrize("text", [
    # a month's results
    "Results of September: SES pyrotechnicians in Kharkiv region surveyed 410 hectares and "
    "destroyed 2,031 explosive items, most of them near Izium and Balakliia.",
    # troops at an exercise
    "Live firing near Mangalia: troops taking part in the exercise \"Steel Coast\" fired "
    "air-defence missiles and rockets at targets over the Black Sea on Tuesday.",
    # an exercise's script
    "Civil protection drill in Isaccea on Friday. The scenario: debris of a drone falls on "
    "the roof of the town hall and a fire breaks out.",
    # a post taken back
    "We are withdrawing yesterday's post: there is no evidence that the fire at the depot "
    "in Kstovo was a drone strike; officials blame a faulty pump.",
])
def test_results_exercises_scripts_and_withdrawn_claims_are_no_events(text):
    assert incident_rows(text, date="2024-10-02") == []


@pytest.mark.parametrize("text, expected", [
    # a month named as a day's context still reports the day's work
    ("On 2 October sappers destroyed a Grad rocket found in a field near Izium.",
     {("mine_clearing", "UA-63")}),
    # the exercise is elsewhere; the strike is real
    ("Allied troops took part in an exercise in Poland last week. On Tuesday Russian "
     "drones struck Odesa.", {("drone_attack", "UA-51")}),
    # (an exercise's weapons are read within its clause)
    ("While NATO troops took part in an exercise in Poland, Russian drones struck Odesa.",
     {("drone_attack", "UA-51")}),
    # evidence that an attack took place
    ("Footage showed a drone hitting the depot in Kstovo; there is no evidence of casualties.",
     {("drone_attack", "RU-NIZ")}),
])
def test_reports_beside_those_words_still_count(text, expected):
    assert _places(text, date="2024-10-02") == expected


# ---------------------------------------------------------------- weapons and their carriers


@pytest.mark.parametrize("text, expected", [
    ("In Ivano-Frankivsk region, the Burshtyn power plant came under missile fire.",
     {("missile_strike", "UA-26")}),
    # (rocket fire is artillery's)
    ("Nikopol came under rocket fire overnight, the governor said.", {("shelling", "UA-12")}),
])
def test_a_place_that_came_under_missile_fire_was_struck_by_missiles(text, expected):
    assert _places(text) == expected


# ---------------------------------------------------------------- a town among its namesakes


def test_a_town_beats_a_hamlet_of_its_name_nearer_the_texts_other_places():
    # a hamlet called Lozova lies 40 km from Kharkiv; the town of 54,000 lies 130 km away,
    # in the same region
    text = ("Overnight drones struck the railway station in Lozova. Trains on the Kharkiv "
            "line run late.")
    found = [m for m in geoparse(text) if m.text == "Lozova"]
    assert found and round(found[0].place.lat, 1) == 48.9 and found[0].place.population > 50_000


def test_a_region_stated_for_the_name_still_chooses_its_village():
    text = "Shelling damaged a school in Lozova, Ternopil oblast, and a house in Ternopil."
    found = [m for m in geoparse(text) if m.text == "Lozova"]
    assert found and found[0].place.admin1_code == "UA-61"
