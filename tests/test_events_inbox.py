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
