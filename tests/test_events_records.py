"""Tallies, bulletins and coded records as monitoring desks, border services and regional
officials write them: lists under a heading, fields and columns of a record, ships and seas
named in passing, and the events beside them that still count."""

from __future__ import annotations

import pytest

from geomap import geoparse

from .conftest import incident_keys, incident_rows


def test_a_region_word_keeps_the_region_in_a_text_about_the_city():
    text = ("Debris damaged cars in the Solomianskyi district, the mayor said. Air defence "
            "also destroyed six drones over the Kyiv region, the governor said.")
    assert [(m.text, m.place.admin1_code) for m in geoparse(text)][-1] == ("Kyiv", "UA-32")
    assert ("drone_attack", "UA-32") in incident_keys(text, date="2024-05-16")
    assert ("drone_attack", "UA-30") not in incident_keys(text, date="2024-05-16")
    # the city itself, named without a region word, is still the city
    assert ("Kharkiv", "UA-63", "locality") in {
        (m.text, m.place.admin1_code, m.place.kind)
        for m in geoparse("Shelling hit Kharkiv's Kyivskyi district; drones were downed over "
                          "the Kharkiv region.")}


def _blockades(text: str, date: str = "2024-02-21") -> dict[str, str]:
    return {r["place"]: r["status"] for r in incident_rows(text, date=date)
            if r["event_type"] == "border_blockade"}


def test_a_bulletin_lists_the_crossings_under_the_protest_it_tells():
    text = ("Situation at the crossings, 14:00.\n\nThe protest by Hungarian road carriers "
            "continues at two crossings. Details:\n\n- Záhony–Chop: protesters stand on the "
            "road before the checkpoint. Lorries pass one an hour.\n- Tiszabecs–Vylok: "
            "entry for lorries blocked by the demonstration.")
    assert set(_blockades(text)) == {"Záhony–Chop", "Tiszabecs–Vylok"}


@pytest.mark.parametrize("text, place, status", [
    ("Slovak farmers continue to hold back the movement of lorries on the approach to the "
     "Vyšné Nemecké checkpoint.", "Vyšné Nemecké", "ongoing"),
    ("Hungarian hauliers took their protest to the border on Monday, halting freight at the "
     "Záhony crossing.", "Záhony", "ongoing"),
    ("Tractors occupied the bridge at Irun for most of the day, the traffic authority said.",
     "Irun", "ongoing"),
    ("The hauliers who had held the approach to Medyka also left on Friday.", "Medyka",
     "ended"),
])
def test_the_ways_reports_tell_a_blockade(text, place, status):
    found = _blockades(text)
    assert [(k.split("–")[0], v) for k, v in found.items()] == [(place, status)]


@pytest.mark.parametrize("text", [
    # a customs strike and a queue, no protesters
    "A customs strike is halting freight at the Záhony crossing, the union said.",
    # occupation by an army is not a protest
    "Troops occupied the road to the border crossing near Kupiansk in 2022, the report said.",
    # the hauliers left something behind: no end
    "Protesters at Medyka also left their tractors across the road overnight.",
])
def test_what_is_no_blockade_or_no_end_of_one(text):
    found = _blockades(text, date="2024-02-21")
    assert "ended" not in found.values()
    if "Protesters" not in text:
        assert found == {}


def test_ships_named_after_their_class_are_no_places():
    text = ("Crews of the navy's minehunters Melitopol and Henichesk have completed a stage of "
            "training at Rosyth, the navy said.")
    assert [m.text for m in geoparse(text)] == ["Rosyth"]
    assert incident_keys(text, date="2024-03-01") == set()
    assert {m.text for m in geoparse("The frigates Odesa, Izmail and Kherson left port.")} \
        == set()
    # a class noun before a place that is not the ship's name
    assert {m.text for m in geoparse("Drones struck tankers in Novorossiysk and Tuapse.")} \
        == {"Novorossiysk", "Tuapse"}


def test_a_sea_named_as_the_kind_of_a_port_is_no_place_at_sea():
    text = ("A missile hit the port of Izmail on Tuesday, the second strike this week on the "
            "Danube hub, in what officials called the heaviest attack yet on a Black Sea port.")
    assert incident_keys(text, date="2024-03-01") == {("missile_strike", "UA-51")}
    # the sea itself still is
    assert ("mine_clearing", "Black Sea") in incident_keys(
        "Divers destroyed a drifting mine in the Black Sea off Odesa.", date="2024-03-01")


def test_a_sea_by_its_first_word():
    found = [(m.text, m.place.kind) for m in geoparse(
        "Minehunters destroyed a mine in the eastern Baltic, near the Baltic states.")]
    assert found == [("Baltic", "sea")]
    # no article: the town of that name
    assert [m.place.kind for m in geoparse("Baltic, Connecticut, is a small town.")][0] == \
        "locality"


def test_work_completed_in_an_exercise_is_no_clearing():
    assert incident_keys("Navies completed the mine countermeasures phase of exercise "
                         "Sea Shield in the western Black Sea.", date="2024-06-12") == set()
    assert incident_keys("Divers completed the clearance of a drifting mine in the western "
                         "Black Sea.", date="2024-06-12") == {("mine_clearing", "Black Sea")}


def test_the_lines_of_a_tallys_breakdown_are_intercepted_attacks():
    text = ("Overnight the enemy attacked with 55 Shahed-type UAVs (Kursk, Millerovo, "
            "Primorsko-Akhtarsk).\n\nShot down: 41 UAVs.\n- Odesa region: 12\n"
            "- Mykolaiv region: 9\n- Vinnytsia region: 20\n\nA further 14 were lost "
            "locally.")
    rows = incident_rows(text, date="2024-10-02")
    assert {(r["admin1_code"], r["intercepted"]) for r in rows} == {
        ("UA-51", True), ("UA-48", True), ("UA-05", True)}
    # each line's evidence goes back to the tally and shows its place
    for r in rows:
        assert r["evidence"].startswith("Shot down") and r["place"] in r["evidence"]


def test_a_line_with_a_place_and_a_number_carries_no_event_without_a_tally():
    assert incident_keys("Air raid alert lasted 3 hours.\n- Kyiv region: 180 minutes\n",
                         date="2024-10-02") == set()


@pytest.mark.parametrize("text", [
    "The enemy attacked with 30 Shahed-type UAVs (launch areas: Kursk, Oryol) and 2 missiles "
    "launched from the Belgorod region; 25 drones were shot down over the Sumy region.",
    "The enemy launched 30 Shahed UAVs (Kursk, Oryol); 25 were shot down over the Sumy "
    "region.",
])
def test_launch_sites_bracketed_after_the_weapons_are_no_targets(text):
    assert incident_keys(text, date="2024-10-02") == {("drone_attack", "UA-59")}


def test_the_location_field_of_a_record_places_its_event():
    text = ("Location: Irpin, Bucha district, Kyiv oblast\nEvent: Humanitarian demining\n"
            "Notes: 1.2 ha of parkland cleared; 4 mortar rounds removed.")
    assert incident_keys(text, date="2024-04-10") == {("mine_clearing", "UA-32")}
    assert incident_rows(text, date="2024-04-10")[0]["place"] in ("Irpin", "Irpen")
    # a record with no location field places nothing
    assert incident_keys("Event: Humanitarian demining\nNotes: 1.2 ha cleared.",
                         date="2024-04-10") == set()


def test_codes_and_abbreviations_of_a_coded_row():
    text = ("2023-11-20 | PL-06 | Dorohusk road crossing (opp. Yahodyn, UA) | BLOCKADE | "
            "hauliers' protest ongoing; queue 25 km")
    assert [m.text for m in geoparse(text)][0] == "Dorohusk"
    assert incident_keys(text, date="2023-11-20") == {("border_blockade", "PL-06")}


def test_the_region_column_of_a_coded_table():
    text = ("date | oblast | settlement | code | note\n"
            "2024-02-18 | Zaporizhzhia | Stepnohirsk | ART | 152mm shelling of the village\n"
            "2024-02-18 | Zaporizhzhia | Komyshuvakha | DEMIN | team cleared 1.2 ha of "
            "farmland; 4 x 120mm mortar rounds destroyed\n")
    found = [(m.text, m.place.kind) for m in geoparse(text)]
    assert ("Zaporizhzhia", "admin1") in found and ("Zaporizhzhia", "locality") not in found
    rows = incident_rows(text, date="2024-02-18")
    assert {(r["event_type"], r["place"]) for r in rows} == {
        ("shelling", "Stepnohirsk"), ("mine_clearing", "Komyshuvakha")}
    # a table whose column holds towns keeps them towns
    towns = "date | town | note\n2024-02-18 | Zaporizhzhia | missile strike on a plant\n"
    assert ("Zaporizhzhia", "locality") in [(m.text, m.place.kind) for m in geoparse(towns)]


@pytest.mark.parametrize("text, place", [
    ("2024-03-14 | Kharkiv obl. | Kupiansk (city) | SHELLING | Grad salvo on a street",
     "Kupyansk"),
    ("Bilopillia hromada: barrel artillery (18 explosions).", "Bilopilska hromada"),
])
def test_terse_lines_of_coded_notes(text, place):
    rows = incident_rows(text, date="2024-03-14")
    assert [(r["event_type"], r["place"], r["admin1_code"]) for r in rows] == [
        ("shelling", place, "UA-63" if "Kharkiv" in text else "UA-59")]


def test_ground_attacks_repelled_are_no_interception_of_the_weapons_told_before():
    text = ("Orikhiv and Malynivka in the Zaporizhzhia region came under artillery fire.\n\n"
            "In the Pokrovsk direction, defenders stopped 26 assaults near Sokil. In the "
            "Kurakhove direction, 14 attacks were repelled near Krasnohorivka and Heorhiivka.")
    assert {r["place"] for r in incident_rows(text, date="2024-06-10")} <= {
        "Orikhiv", "Malynivka"}
    # weapons downed near a place after the attack was told still are
    assert ("drone_attack", "RU-ROS") in incident_keys(
        "Drones attacked the Rostov region overnight. Air defence shot down 12 of them near "
        "Kamensk-Shakhtinsky.", date="2024-06-10")


def test_finds_over_the_past_years_are_no_event_of_the_last_days():
    assert incident_keys("Moldova's parliament on Thursday passed a law on shooting down drones "
                         "that enter its airspace, after repeated finds of drone debris near "
                         "Ocnița over the past two years.", date="2025-02-18") == set()
    # the news event beside such a count still counts
    assert incident_keys("Drones hit Kharkiv on Monday, the 300th attack on the city over "
                         "the past two years.", date="2025-02-18") == {
        ("drone_attack", "UA-63")}


def test_protesters_machines_left_on_the_road_to_a_crossing():
    assert _blockades("Slovak farmers and hauliers kept tractors and lorries parked on the "
                      "access road to the Vyšné Nemecké crossing for a second day.") == {
        "Vyšné Nemecké": "ongoing"}
    # a queue of lorries is no protest
    assert _blockades("Lorries lined the approach road to the Vyšné Nemecké crossing for "
                      "12 km on Monday.") == {}


def test_a_bomb_made_safe_told_first_is_no_airstrike():
    keys = incident_keys("Munich: aerial bomb in Schwabing defused\n\nExperts defused a "
                         "250 kg bomb from the Second World War in Schwabing on Monday.",
                         date="2024-06-19")
    assert keys == {("mine_clearing", "DE-BY")}


def test_an_earlier_blockade_told_by_its_months_is_background():
    text = ("Farmers say they will block the Medyka crossing from Tuesday. The action follows "
            "an earlier protest by hauliers, who blocked several crossings, including Medyka "
            "and Zosin, from November until mid-January.")
    assert _blockades(text, date="2024-02-18") == {"Medyka": "planned"}


def test_a_citys_quarter_named_by_its_side_is_no_place():
    assert [m.text for m in geoparse("Fragments fell on the North Side of the city; the "
                                     "West End was calm.")] == []


def test_where_missiles_were_fired_from_is_no_target():
    text = ("A missile hit an apartment building in Dnipro on Friday. The air force said "
            "Russia had fired the missile from the direction of occupied Donetsk.")
    assert incident_keys(text, date="2024-06-28") == {("missile_strike", "UA-12")}


def test_troops_fighting_somewhere_are_the_front_of_a_city_targeted():
    text = ("A missile hit Dnipro on Friday. Dnipro is a logistics hub for troops fighting in "
            "the Donetsk region and has been repeatedly targeted. The air force said the "
            "missile was an Iskander.")
    assert incident_keys(text, date="2024-06-28") == {("missile_strike", "UA-12")}


@pytest.mark.parametrize("text, expected", [
    # a newsletter's section where traffic runs as usual
    ("KAZAKHSTAN: Korday protest over. Drivers who had blocked the approach to the Korday "
     "crossing since Friday dispersed on Sunday.\n\nCHINA: Khorgos is operating normally "
     "after the holiday closure.", {"Korday": "ended"}),
])
def test_a_protest_over_and_a_crossing_working_normally(text, expected):
    assert _blockades(text, date="2023-02-13") == expected


def test_a_firm_named_by_its_town_works_elsewhere():
    text = ("Deminers from a Zagreb firm have cleared another 40 hectares of forest east of "
            "Gospić, where mines from the war were suspected.")
    assert incident_keys(text, date="2022-09-30") == {("mine_clearing", "HR-09")}


def test_a_headline_tells_a_bomb_made_safe():
    text = ("Verona, bomb from 1944 made safe: residents back home\n\nArmy engineers removed "
            "the fuze on Sunday.")
    assert incident_keys(text, date="2024-10-14") == {("mine_clearing", "IT-VR")}


def test_a_capital_whose_route_is_attacked_is_no_target():
    text = ("Russian drones struck grain silos in the Danube port of Reni overnight, in the "
            "latest attack on the river route Kyiv has used to export grain.")
    assert incident_keys(text, date="2023-09-13") == {("drone_attack", "UA-51")}


def test_during_the_day_is_a_time_not_another_attack():
    text = "During the day the aggressor struck Marhanets with heavy artillery."
    assert incident_keys(text, date="2024-08-14") == {("shelling", "UA-12")}


def test_the_same_district_is_the_place_just_told():
    text = ("In Horlivka, artillery fire hit the Mykytivskyi district, wounding a man. A drone "
            "also dropped an explosive device on a bus stop in the same district.")
    assert incident_keys(text, date="2024-09-25") == {("shelling", "UA-14"),
                                                      ("drone_attack", "UA-14")}


def test_towns_left_unnamed_take_no_event_from_the_headline_place():
    text = "Kherson: drone hits minibus, regional towns shelled"
    assert incident_keys(text, date="2025-01-25") == {("drone_attack", "UA-65")}
    assert {r["place"] for r in incident_rows(
        "Nearby villages were shelled, including Stanislav and Bilozerka.",
        date="2025-01-25")} == {"Stanislav", "Bilozerka"}


def test_an_administrations_abbreviation_stays_in_capitals_when_recased():
    text = ("SUMY OVA: DURING THE DAY THE ENEMY FIRED ON THE BORDER HROMADAS OF THE REGION 14 "
            "TIMES. KRASNOPILLIA HROMADA: MORTAR FIRE.")
    assert {r["place"] for r in incident_rows(text, date="2024-08-14")} == {
        "Krasnopilska hromada"}


def test_who_controls_a_city_does_not_move_it():
    text = ("Artillery fire struck a market in a suburb of Russian-controlled Donetsk on Sunday, "
            "killing 25 people, officials installed by Moscow said.")
    assert [(m.text, m.place.admin1_code) for m in geoparse(text)
            if m.text == "Donetsk"] == [("Donetsk", "UA-14")]
    assert incident_keys(text, date="2024-01-21") == {("shelling", "UA-14")}


def test_a_region_adjective_is_no_village():
    text = ("Dresden breathes again: wartime bomb defused. The evacuation zone included the "
            "Saxon state parliament.")
    assert [(m.text, m.place.admin1_code) for m in geoparse(text)] == [("Dresden", "DE-SN")]
    # the village itself, placed, is still found
    assert ("Saxon", "US-WI") in [(m.text, m.place.admin1_code)
                                  for m in geoparse("He was born in Saxon, Wisconsin.")]


@pytest.mark.parametrize("text, date, expected", [
    # a court's sentence for shelling years back
    ("A court on Friday sentenced a tank commander in absentia for firing on a building in "
     "the village of Yahidne in the Chernihiv region in March 2022.", "2023-05-26", set()),
    # a use that goes on since last year, no day of its own
    ("Ukraine has used Storm Shadow missiles, which fly lower than the Taurus, to strike "
     "targets in occupied Crimea since last year.", "2024-03-03", set()),
    # a note recalling an attack
    ("For reference: in April, a ballistic missile attack on the centre of Sumy killed 35 "
     "people on Palm Sunday.", "2025-06-02", set()),
    # a cause denied, the claim set off by commas
    ("A fire broke out at a gas plant in the Orenburg region on Friday; it was caused by a "
     "pipeline rupture and not, as some channels claimed, by a drone attack.", "2024-08-02",
     set()),
    # but a cause affirmed after a denied one
    ("The fire at the Orenburg plant was caused not by a rupture but by a drone attack, the "
     "governor said on Friday.", "2024-08-02", {("drone_attack", "RU-ORE")}),
    # where the aircraft took off, and where the fuel goes
    ("The aircraft took off from the Shaykovka airfield in Russia's Kaluga region and "
     "launched a Kh-22 missile at a building in Dnipro on Saturday.", "2023-01-16",
     {("missile_strike", "UA-12")}),
    ("A drone attack set off a fire at the refinery in Ryazan on Wednesday, a major "
     "supplier of motor fuel to the Moscow area.", "2024-05-01", {("drone_attack", "RU-RYA")}),
])
def test_background_origins_and_destinations_of_wire_copy(text, date, expected):
    assert incident_keys(text, date=date) == expected


def test_ordnance_cleared_and_ships_hit_are_not_their_weapons():
    assert incident_keys("In Irpin, teams destroyed several unexploded rockets in controlled "
                         "blasts near the station.", date="2022-04-09") == {
        ("mine_clearing", "UA-32")}
    assert incident_keys("Sea drones hit the minesweeper Ivan Golubets in Sevastopol bay on "
                         "Tuesday.", date="2023-08-04") == {("drone_attack", "UA-40")}


def test_names_that_open_an_organisations_name_or_a_compound():
    assert geoparse("The Maritime Operations Centre issued a warning; the Coast Guard "
                    "closed the area.") == []
    assert ("Maritime", "admin1") in [(m.text, m.place.kind)
                                      for m in geoparse("Floods hit Lomé, Maritime, Togo.")]
    assert [m.text for m in geoparse("said a Geneva-based charterer")] == ["Geneva"]
    assert [m.place.kind for m in geoparse("at the Dorohusk-Yahodyn crossing")] == ["crossing"]


def test_a_police_force_of_two_regions_and_a_wartime_bomb_blown_up():
    text = ("A 500kg wartime bomb found in a garden in Plymouth has been safely detonated at "
            "sea, the Ministry of Defence and Devon and Cornwall Police said.")
    assert incident_keys(text, date="2024-02-24") == {("mine_clearing", "GB-PLY")}


def test_training_in_demining_and_disposal_is_no_clearing():
    assert incident_keys("The army has completed the training of a new group of 60 Ukrainian "
                         "engineers in demining and ordnance disposal at the Pabradė training "
                         "area.", date="2024-07-10") == set()


@pytest.mark.parametrize("text", [
    # where a ship sailed or surveyed, not where the mine was
    "The mine was located by the minehunter Admiral Cowan during a survey of the approaches "
    "to Tallinn and Muuga on Monday.",
    "Divers destroyed the mine, found while the group surveyed the shipping lane towards "
    "Varna, on Wednesday.",
    "The fleet destroyed two uncrewed boats heading toward the western coast of Crimea on "
    "Friday.",
    # decades back, and a dog's fame
    "As late as the 1970s, divers in Sevastopol bay were still clearing wrecks of mines.",
    "The films feature a dog that became famous for sniffing out explosives in the Chernihiv "
    "region.",
    # an island the gazetteer lacks is no namesake town abroad
    "Navy divers neutralise wartime mine near Keri island",
])
def test_maritime_notes_that_place_nothing(text):
    assert {k for k in incident_keys(text, date="2024-05-21")
            if k[1] not in (None, "Black Sea", "Baltic Sea")} == set()


def test_a_reports_share_of_casualties_and_a_ship_bound_for_a_port():
    assert incident_keys("Most casualties were caused by missiles and loitering munitions fired "
                         "at cities, the mission said, including a ballistic missile strike on "
                         "Kryvyi Rih on April 4.", date="2025-05-09") == set()
    assert incident_keys("The damage in Kharkiv was caused by missiles that hit the centre on "
                         "Monday.", date="2025-05-09") == {("missile_strike", "UA-63")}
    assert incident_keys("A bulk carrier heading for the port of Constanța reported the object; "
                         "divers destroyed the mine on Thursday.", date="2023-10-05") == set()


@pytest.mark.parametrize("text", [
    # what a correction or an update withdraws
    "CORRECTION: An earlier version of this story said that farmers had blocked the Medyka "
    "border crossing on Tuesday.",
    "UPDATE, 13:40: Earlier we reported that a missile had hit the Metalurhiinyi district of "
    "Kryvyi Rih.",
    # a fact-check's verdict in its headline
    "Fact check: Video does not show a Russian missile hitting Chișinău",
    # a risk the school was built against, deliveries and courses
    "Kharkiv opened another underground school on Monday, built to let children study despite "
    "the risk of missile and glide-bomb attacks.",
    "Berlin has handed over another IRIS-T SLM air defence battery with missiles, the "
    "government said.",
    "Forty Ukrainian sappers completed a six-week course in humanitarian demining at a "
    "training centre in Wrocław on Thursday.",
])
def test_corrections_verdicts_and_equipment_are_no_events(text):
    assert incident_keys(text, date="2024-07-12") == set()


def test_where_the_wounded_died_and_what_was_defused():
    text = ("UPDATE: The death toll from Friday's mortar attack on Toretsk has risen to three, "
            "the governor said on Saturday. A man wounded when mortar rounds landed near a "
            "queue for water died overnight in hospital in Kramatorsk.")
    assert {r["place"] for r in incident_rows(text, date="2024-05-18")} == {"Toretsk"}
    assert incident_keys("- Izium: an unexploded Smerch rocket defused in a private yard and "
                         "taken away for destruction", date="2024-07-12") == {
        ("mine_clearing", "UA-63")}


def test_rockets_of_a_salvo_or_a_multiple_launch_system_are_shelling():
    text = ("Belgorod hit by rocket salvo, three wounded\n\nRockets fired from a multiple launch "
            "system landed in a residential neighbourhood of Belgorod on Thursday evening.")
    assert incident_keys(text, date="2024-02-16") == {("shelling", "RU-BEL")}
    assert incident_keys("Russian missiles hit Kharkiv on Monday.", date="2024-02-16") == {
        ("missile_strike", "UA-63")}


@pytest.mark.parametrize("text, date, expected", [
    # an exercise and what it is about
    ("Ships and divers from Romania, Bulgaria and Turkey are taking part this week in the "
     "Poseidon 24 exercise, which focuses on detecting and neutralising naval mines in the "
     "western Black Sea. The exercise, led from Constanta, involves the minesweepers of "
     "three navies.", "2024-04-25", set()),
    # raids of a season recalled, and a capital that denounced something
    ("Premiums for the Danube ports had fallen from 3% last autumn, when repeated Russian "
     "drone raids damaged Izmail and Reni.", "2024-03-05", set()),
    ("Russian missiles hit Zaporizhzhia on Sunday. The missiles were S-300s.\n\nZaporizhzhia "
     "is one of four regions that Moscow claimed to annex after votes denounced by Kyiv.",
     "2022-10-09", {("missile_strike", "UA-23")}),
    # a habit of the ear
    ("\"Children in Mykolaiv already know the sound of a Shahed and a missile,\" said a "
     "teacher.", "2023-10-19", set()),
    # where the drones came from, listed after a colon
    ("The enemy attacked with 20 Shahed UAVs, launched from two directions: "
     "Primorsko-Akhtarsk and Cape Chauda. All 20 drones were destroyed over the Mykolaiv "
     "and Odesa regions.", "2023-08-24", {("drone_attack", "UA-48"), ("drone_attack", "UA-51")}),
    # hospitals the wounded were taken to
    ("A missile struck Kramatorsk on Tuesday. Several wounded were transferred to hospitals "
     "in Dnipro.", "2023-06-28", {("missile_strike", "UA-14")}),
    # two weapons of one attack, the second told with more words
    ("Russian forces battered Odesa for a second night, firing cruise missiles and swarms of "
     "Iranian-designed Shahed drones that set grain terminals ablaze.", "2023-07-19",
     {("missile_strike", "UA-51"), ("drone_attack", "UA-51")}),
])
def test_long_wire_copy_among_many_places(text, date, expected):
    assert incident_keys(text, date=date) == expected


@pytest.mark.parametrize("text, date", [
    ("Shakhtar's striker fired in a hat-trick as the champions bombarded Zorya's goal in "
     "Lviv, winning 4-0.", "2024-10-19"),
    ("Farmers who had announced a month-long blockade of the road to the Zosin crossing from "
     "Wednesday have called off the protest after a meeting in Lublin.", "2024-03-26"),
    ("Japan handed Ukraine a batch of mine detectors and ten demining machines on Tuesday "
     "at a ceremony in Kyiv.", "2024-02-20"),
])
def test_games_called_off_protests_and_machines_given(text, date):
    assert incident_keys(text, date=date) == set()


def test_a_capital_where_something_was_denounced_is_no_target():
    text = ("Russian missiles hit Zaporizhzhia on Sunday.\n\nZaporizhzhia is one of four regions "
            "that Moscow claimed to annex after votes denounced in Kyiv and Western capitals.")
    assert incident_keys(text, date="2022-10-09") == {("missile_strike", "UA-23")}


def test_a_weapon_told_after_a_sentence_dated_long_before_takes_none_of_its_places():
    text = ("A court sentenced a tank commander in absentia for firing on a house in Yahidne, "
            "in the Chernihiv region, in March 2022. Prosecutors said the sergeant had fired a "
            "tank round at the house.")
    assert incident_keys(text, date="2023-05-26") == set()
    assert incident_keys("Russian troops shelled Kupiansk on Monday. They fired a tank round at "
                         "a house.", date="2023-05-26") == {("shelling", "UA-63")}
