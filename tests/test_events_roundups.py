"""Long wire stories and feed items: the news event among background told by its season,
its month or an earlier strike, places where leaders met or units are based, weapons
lacking or used, and the lists and headings of feeds."""

from __future__ import annotations

import pytest

from geomap import geoparse

from .conftest import incident_rows


def _incidents(text: str, date: str = "2024-05-14") -> set[tuple[str, str]]:
    return {(r["event_type"], r["admin1_code"] or r["place"])
            for r in incident_rows(text, date=date)}


# ---------------------------------------------------------------- background by its time


@pytest.mark.parametrize("text, date", [
    # a season with its year, told the next year
    ("He joined the army in the summer of 2022, after Russian shells hit the school where "
     "he taught in Izium.", "2024-03-05"),
    # seasons without a year, gone by
    ("The river ports of Izmail and Reni, attacked again and again by drones in the summer "
     "and autumn, are loading grain once more.", "2024-01-15"),
    ("Missiles and drones struck the docks of Odesa repeatedly through the summer, "
     "insurers recalled.", "2024-02-20"),
    # a month as its beginning, long enough ago, with the day the news was said
    ("Farmers' blockades at the Medyka and Zosin crossings were lifted at the beginning of "
     "April, prosecutors said on Monday.", "2024-06-10"),
    # an opening on the time before
    ("Previously the city was struck mainly by missiles from Belgorod.", "2024-05-14"),
    # an earlier strike that dates the day's event
    ("Thirty days after the missile strike on the centre of Chernihiv, residents laid "
     "flowers at the theatre.", "2023-09-18"),
    ("A year after the drone attack on Izmail, the port's silos have been rebuilt.",
     "2024-09-04"),
    # work finished a year back
    ("Sappers finished clearing the riverside park in Kherson last year, and it is open "
     "to families again.", "2024-05-14"),
])
def test_an_event_dated_well_before_the_report_is_background(text, date):
    assert _incidents(text, date) == set()


def test_the_events_of_the_report_stand_beside_background():
    # (the season to come is no season gone: "back in the autumn", told in July)
    assert _incidents("Hungarian farmers lifted their blockade at Zahony for the harvest "
                      "and say they will be back in the autumn.", "2024-07-01") == {
        ("border_blockade", "HU-SZ")}
    # (the season the report is in is today's)
    assert _incidents("Drones hit Sumy again on Monday, the fifth attack on the city in "
                      "the autumn.", "2024-10-14") == {("drone_attack", "UA-59")}
    # ("a day after" is still the news)
    assert ("drone_attack", "UA-59") in _incidents(
        "A day after the missile strike on Chernihiv, drones hit Sumy.", "2024-05-14")
    assert _incidents("Sappers finished clearing the riverside park in Kherson on Tuesday.",
                      "2024-05-15") == {("mine_clearing", "UA-65")}


def test_a_day_of_the_saying_does_not_date_the_event():
    text = ("Hauliers blocked the Dorohusk crossing in February, the prosecutor's office "
            "said on Wednesday.")
    assert _incidents(text, "2024-06-05") == set()
    assert _incidents("Hauliers blocked the Dorohusk crossing on Wednesday.",
                      "2024-06-05") == {("border_blockade", "PL-06")}


# ---------------------------------------------------------------- where others were


@pytest.mark.parametrize("text, expected", [
    ("Drones struck an oil depot in Kropyvnytskyi on Friday, hours before the two leaders "
     "sat down in Ankara to discuss a ceasefire.", {("drone_attack", "UA-35")}),
    ("Missiles hit Zaporizhzhia on Tuesday as the president prepared to address the United "
     "Nations General Assembly in New York.", {("missile_strike", "UA-23")}),
    ("Moscow said Washington bore responsibility for the missile attack on Sevastopol.",
     {("missile_strike", "UA-40")}),
    ("Kalibr missiles fired by warships in the Black Sea struck Odesa overnight.",
     {("missile_strike", "UA-51")}),
    ("Drones hit an oil refinery in Ryazan overnight, and Brent futures in London rose "
     "2 per cent.", {("drone_attack", "RU-RYA")}),
    ("Missiles struck Dnipro on Monday, days after debates in Washington and Paris about "
     "longer-range weapons.", {("missile_strike", "UA-12")}),
])
def test_where_leaders_met_and_weapons_came_from_are_not_the_event(text, expected):
    assert _incidents(text) == expected


def test_the_city_told_after_is_not_where_a_leader_spoke():
    text = ("Drones struck warehouses in Lutsk on Monday, as the president prepared to address "
            "the General Assembly in New York. Two drones hit an industrial area of the city, "
            "the mayor said.")
    assert _incidents(text) == {("drone_attack", "UA-07")}


def test_a_unit_named_by_its_base_is_not_where_it_cleared_mines():
    rows = incident_rows("A team from the naval diving unit in Burgas neutralised a sea mine "
                         "found off Sozopol on Tuesday.")
    assert [r["event_type"] for r in rows] == ["mine_clearing"]
    assert rows[0]["place"] != "Burgas" and "Sozopol" in rows[0]["evidence"]
    text = ("Navy divers from the naval base at Constanta destroyed a drifting mine off "
            "Sulina on Friday.")
    assert all(r["place"] != "Constanţa" for r in incident_rows(text))


# ---------------------------------------------------------------- weapons lacked or used


def test_weapons_an_army_lacks_are_no_attack():
    text = ("Russia may try to push towards Sumy this summer, as Ukraine struggles with "
            "shortages of shells, air-defence missiles and drones.")
    assert _incidents(text) == set()
    assert _incidents("Despite a shortage of shells, Russian artillery shelled Kupiansk "
                      "overnight.") == {("shelling", "UA-63")}


@pytest.mark.parametrize("text, admin1", [
    ("Ukrainian forces fired Vilkha rockets at Donetsk overnight.", "UA-14"),
    ("The ministry said Ukraine fired Vilkha rockets and Vampire multiple rocket launchers "
     "at Belgorod.", "RU-BEL"),
    ("HIMARS launchers were used to strike a bridge near Glushkovo on Sunday.", "RU-KRS"),
])
def test_a_launchers_rockets_are_shelling(text, admin1):
    assert _incidents(text) == {("shelling", admin1)}


def test_a_launcher_destroyed_is_still_the_target():
    assert _incidents("A drone destroyed a HIMARS launcher near Kupiansk.") == {
        ("drone_attack", "UA-63")}


# ---------------------------------------------------------------- feeds' lists and headings


def test_an_abbreviated_kind_word_after_a_list_is_every_names():
    mentions = geoparse("Air defence downed 20 drones over Kyiv, Sumy and Poltava obl.")
    assert [(m.text, m.place.kind, m.place.admin1_code) for m in mentions] == [
        ("Kyiv", "admin1", "UA-32"), ("Sumy", "admin1", "UA-59"),
        ("Poltava", "admin1", "UA-53")]


def test_an_abbreviated_kind_word_does_not_reach_across_lines_or_cells():
    text = ("02.03 | Odesa, Kyivskyi r-n | UAV | a block damaged | Odesa OVA\n"
            "02.03 | Kupiansk, Kharkiv obl. | artillery | houses damaged | Kharkiv OVA")
    kinds = [(m.text, m.place.kind) for m in geoparse(text)]
    assert kinds[0] == ("Odesa", "locality") and ("Kupiansk", "locality") in kinds


def test_a_heading_place_stays_when_the_other_only_tells_who_reports():
    text = "Bilopillia: two guided bombs hit the town centre overnight - Sumy OVA"
    rows = incident_rows(text)
    assert [(r["event_type"], r["place"]) for r in rows] == [("airstrike", "Bilopillia")]


def test_an_abbreviated_including_does_not_end_the_sentence():
    from geomap.sentences import split_sentences

    text = ("Sappers removed 40 explosive items, incl. 3 aviation bombs and 9 mines. "
            "Work was carried out in the Izium hromada.")
    assert len(split_sentences(text)) == 2
    # (the bombs removed are no air raid)
    assert {t for t, _ in _incidents(text, "2023-06-14")} == {"mine_clearing"}


def test_a_customs_point_kept_blocked_is_a_blockade():
    text = ("Farmers from Suceava county kept the access road to the Siret customs point "
            "blocked for a second day on Tuesday.")
    assert _incidents(text, "2024-01-16") == {("border_blockade", "RO-SV")}


def test_a_year_in_a_persons_clause_does_not_date_the_strike():
    text = ("A missile hit a cafe in Kupiansk on Thursday where neighbours had gathered to "
            "bury a soldier who was killed in 2022.")
    assert _incidents(text, "2023-10-06") == {("missile_strike", "UA-63")}
    assert _incidents("A missile hit a cafe in Kupiansk in 2022.", "2023-10-06") == set()


def test_what_shields_from_attacks_is_no_attack():
    text = ("The city's underground schools, built to shield pupils from missile and glide "
            "bomb attacks, opened on Monday in Kharkiv.")
    assert _incidents(text, "2024-10-02") == set()
    assert _incidents("Russia has built thousands of Shahed drones at Alabuga.") == set()


def test_a_market_hit_is_the_place_of_the_attack():
    # (a market's trading is not: "Brent futures in London rose")
    assert _incidents("Artillery shells fell on a crowded market in Kherson on Sunday.") == {
        ("shelling", "UA-65")}


# ---------------------------------------------------------------- the sea and the borders


def test_a_strike_told_with_the_months_string_of_attacks_is_news():
    text = ("A Russian missile hit a grain ship docked in the port of Odesa on Tuesday night, "
            "officials said, the latest in a series of attacks on ships since the start of the "
            "month.")
    assert _incidents(text, "2024-10-10") == {("missile_strike", "UA-51")}


def test_recurring_strikes_are_no_one_strike():
    text = ("Premiums for calls at Odesa and Pivdennyi have fallen, brokers say, as the "
            "corridor keeps working despite periodic missile and drone strikes on the ports.")
    assert _incidents(text, "2024-06-20") == set()


def test_where_a_ship_set_out_from_or_visits_is_not_where_it_cleared_mines():
    text = ("Navy divers destroyed a drifting mine off Cape Shabla on Tuesday. The Navy had sent "
            "a minesweeper from Varna and a diving team.")
    assert all(r["place"] != "Varna" for r in incident_rows(text, date="2023-10-04"))
    assert _incidents("Italian minehunter visits Burgas", "2023-05-29") == set()
    assert _incidents("The minehunter arrived in the port of Burgas on Monday for a three-day "
                      "visit.", "2023-05-29") == set()


def test_units_taking_part_in_an_exercise_clear_no_mines():
    text = ("The annual mine countermeasures exercise was held off Aksaz with the participation "
            "of minehunters, minesweepers and divers, the ministry said.")
    assert _incidents(text, "2024-05-23") == set()
    control = ("After the exercise ended, navy divers destroyed a drifting mine off Varna on "
               "Friday.")
    assert {t for t, _ in _incidents(control, "2024-05-04")} == {"mine_clearing"}


def test_the_crossings_listed_under_a_blockade_are_its_places():
    text = ("Border guard update, 08:00\n\n"
            "Truck traffic to Ukraine is being stopped by protesters at the following "
            "crossings:\n"
            "- Dorohusk - Yahodyn: about 600 trucks waiting, 70 h\n"
            "- Zosin - Ustyluh: about 90 trucks, 20 h\n\n"
            "Cars and buses pass without restriction.")
    rows = incident_rows(text, date="2024-02-09")
    assert {r["place"] for r in rows} >= {"Dorohusk", "Zosin"}
    assert {r["event_type"] for r in rows} == {"border_blockade"}
    assert {r["status"] for r in rows} == {"ongoing"}


# ---------------------------------------------------------------- the Russian side, relayed


def test_a_regional_headquarters_that_reports_is_not_the_target():
    text = ("A fire broke out at the refinery in Tuapse on Thursday after a drone attack, the "
            "Krasnodar regional headquarters said.")
    assert _incidents(text, "2024-01-25") == {("drone_attack", "RU-KDA")}
    rows = incident_rows(text, date="2024-01-25")
    assert [r["place"] for r in rows] == ["Tuapse"]


@pytest.mark.parametrize("text", [
    # ships named for their missiles
    "The navy said Russia keeps two Kalibr cruise missile carriers on combat duty in the "
    "Black Sea.",
    # a drill's targets and its practice
    "Air defence crews practised destroying small drones and repelling strikes by cruise "
    "missiles near Kursk.",
    "Targets were simulated by training drones launched from a range near Kursk.",
    # weapons shown at a forum
    "A Russian maker used the Army-2024 forum outside Moscow to show a new loitering "
    "munition, which can be launched from a truck.",
])
def test_weapons_carried_drilled_or_shown_are_no_attack(text):
    assert _incidents(text, "2024-04-10") == set()


def test_strikes_told_as_what_went_before_are_background():
    text = "The fleet has used Feodosia more often since repeated missile strikes on Sevastopol."
    assert ("missile_strike", "UA-40") not in _incidents(text, "2023-12-26")


def test_weapons_joined_to_those_fired_at_a_place_are_at_it_too():
    text = ("Air defence shot down 12 missiles fired at Lviv overnight, along with 20 drones, "
            "the governor said.")
    rows = incident_rows(text, date="2024-05-01")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows} == {
        ("missile_strike", "UA-46", True), ("drone_attack", "UA-46", True)}
    # (not weapons of another place's clause: "missiles hit Lviv; drones hit Sumy")
    assert _incidents("Missiles hit Lviv overnight; drones hit Sumy.", "2024-05-01") == {
        ("missile_strike", "UA-46"), ("drone_attack", "UA-59")}
