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


@pytest.mark.parametrize("text, place", [
    ("Radars tracked a drone that entered national airspace and came down in an empty field "
     "near Plauru, Tulcea county, the defence ministry said on Sunday.", "RO-TL"),
    ("The interior ministry said a drone carrying explosives crashed near Ceadir-Lunga on the "
     "night of 20 November, during a Russian attack on Ukraine's energy grid.", "MD-GA"),
    ("During the overnight attack on Ukraine, the remains of an unmanned aerial vehicle were "
     "found on the outskirts of Naslavcea village, Ocnita district.", "MD-OC"),
])
def test_strays_that_came_down_abroad_are_intercepted_attacks(text, place):
    [row] = [r for r in rows(text, date="2024-11-21") if r["country_code"] != "UA"]
    assert (row["event_type"], row["admin1_code"], row["intercepted"]) == (
        "drone_attack", place, True)


def test_a_drone_that_crashed_into_a_building_is_no_interception():
    text = "A Shahed crashed into a high-rise in Kharkiv overnight, the mayor said."
    [row] = rows(text, date="2024-11-21")
    assert (row["admin1_code"], row["intercepted"]) == ("UA-63", False)


@pytest.mark.parametrize("text, expected", [
    # a service's seat in a region, after the town where the shell was found
    ("In Novhorod-Siverskyi a resident dug up a 152-mm artillery shell while planting "
     "potatoes. The pyrotechnic group of the emergency service's directorate in Chernihiv "
     "region arrived, removed the shell and destroyed it at a special site.",
     {("mine_clearing", "UA-74")}),
])
def test_a_services_seat_is_not_where_it_worked(text, expected):
    [row] = rows(text, date="2024-05-07")
    assert (row["event_type"], row["place"]) == ("mine_clearing", "Novhorod-Siverskyi")


def test_the_customs_office_that_reports_is_not_the_crossing():
    text = ("Slovak carriers end blockade at Vysne Nemecke after three days\n\n"
            "The carriers' union ended its protest at the Vysne Nemecke crossing on Thursday "
            "evening. Traffic at the crossing returned to normal overnight, the customs office "
            "in Michalovce said.")
    found_rows = rows(text, date="2023-12-15")
    assert {r["place"] for r in found_rows} == {"Vyšné Nemecké"}
    assert {r["status"] for r in found_rows} == {"ended"}


@pytest.mark.parametrize("text, status", [
    ("Hauliers end blockade at Dorohusk after two weeks", "ended"),
    ("Hauliers asked Warsaw to end the blockade at Dorohusk, which went on on Monday.",
     "ongoing"),
])
def test_a_headline_that_ends_a_blockade(text, status):
    [row] = rows(text, date="2023-12-15")
    assert row["status"] == status


def test_a_day_and_its_month_abbreviated_end_a_sentence():
    from geomap.sentences import split_sentences
    text = "A drifting mine was destroyed on 14 MAR. Vessels are asked to keep a lookout."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "A drifting mine was destroyed on 14 MAR.", "Vessels are asked to keep a lookout."]


@pytest.mark.parametrize("text, expected", [
    # a tally that says it gives no place takes none from a description after it
    ("Missiles hit the Trypilska power plant near Ukrainka on Thursday. The air force said it "
     "had downed 18 of 42 missiles and 39 of 40 drones, without saying where.\n\nThe plant "
     "was the main power source for the Kyiv, Cherkasy and Zhytomyr regions.",
     {("missile_strike", "UA-32")}),
    # but hits reported after it are where the attack struck
    ("Russia's defence ministry said it had struck energy facilities with Kalibr missiles, "
     "without naming locations. Ukrainian officials later reported hits in the Lviv region.",
     {("missile_strike", "UA-46")}),
])
def test_a_report_that_gives_no_place(text, expected):
    assert found(text, date="2024-04-11") == expected


@pytest.mark.parametrize("text", [
    "The restricted zone over the Lubelskie and Podkarpackie provinces bans flights by "
    "drones, gliders and light aircraft at night.",
    "The country has also used long-range drones to hit Russian oil infrastructure, which "
    "Moscow calls terrorism.",
    "Officials in Kyiv say strikes on airfields and fuel depots are a legitimate response to "
    "Russia's bombardment of Ukrainian cities.",
    "In four days you donated 1.8 million hryvnias, enough for 40 FPV drones for the unit "
    "holding the line near Avdiivka.",
    "Emergency service sappers took part in the Brave1 demining technology challenge at a "
    "site in Kyiv region this week.",
])
def test_no_attack_and_no_clearing_told(text):
    assert found(text, date="2025-01-16") == set()


@pytest.mark.parametrize("text, expected", [
    # a missile fired from a bomber is a missile strike
    ("A Kh-22 missile fired from a Tu-22M3 bomber over the Black Sea hit an industrial site "
     "in the Zhytomyr region.", {("missile_strike", "UA-18")}),
    # bombs dropped from bombers are an airstrike
    ("Russian Su-34 bombers dropped guided bombs on Vovchansk and Lyptsi in the Kharkiv "
     "region on Sunday.", {("airstrike", "UA-63")}),
    # the places a bridge links, and the road traffic is sent along
    ("Officials said a Storm Shadow missile damaged the road bridge at Chonhar, linking "
     "occupied Kherson region with Crimea, and that traffic had been diverted via Armiansk.",
     {("missile_strike", "UA-65")}),
])
def test_weapons_and_places_of_an_attack(text, expected):
    assert found(text, date="2024-08-07") == expected


def test_a_region_told_as_attacked_yields_to_the_town_downed_over():
    text = ("Ryazan refinery halts unit after drone strike; second attack in Nizhny Novgorod "
            "region\n\nA drone set fire to the Ryazan refinery on Wednesday. A day earlier, "
            "a drone was shot down near the refinery in Kstovo, in the Nizhny Novgorod "
            "region, the governor said.")
    places = {r["place"] for r in rows(text, date="2024-03-13")}
    assert "Nizhny Novgorod" not in places and "Kstovo" in places


def test_ordnance_collected_and_destroyed_is_cleared_where_it_was():
    text = ("Army engineers answered 11 calls over the past week. As a result, 74 munitions "
            "left over from the Second World War, shells, mortar bombs and hand grenades, were "
            "collected and destroyed in Ialoveni and Cahul districts.")
    assert found(text, date="2024-05-20") == {("mine_clearing", "MD-IA"),
                                              ("mine_clearing", "MD-CA")}


def test_a_russian_territory_is_its_krai():
    text = ("Air defence destroyed 57 drones overnight: 41 over the territory of Krasnodar "
            "Territory, 7 over the Rostov region and 5 over Stavropol Territory.")
    assert found(text, date="2024-05-17") == {("drone_attack", "RU-KDA"),
                                              ("drone_attack", "RU-ROS"),
                                              ("drone_attack", "RU-STA")}


def test_the_kyiv_region_of_a_list_is_the_oblast_whatever_the_city_says():
    text = ("Of the drones, 78 were shot down over the city of Kyiv and the Kyiv, Zhytomyr and "
            "Vinnytsia regions.\n\nIn Kyiv, debris of a downed drone damaged a roof in the "
            "Holosiivskyi district.")
    codes = {code for _, code in found(text, date="2024-10-03")}
    assert {"UA-30", "UA-32", "UA-18", "UA-05"} <= codes


@pytest.mark.parametrize("text, date, expected", [
    # an event named by its day, two weeks back, is what the report looks back on
    ("Rescue teams in Dnipro ended the search, confirming the final death toll from the "
     "14 January missile strike at 46.", "2023-01-30", set()),
    # the same two days after it is news
    ("Rescuers in Dnipro are still searching the rubble after the 14 January missile "
     "strike, the governor said.", "2023-01-16", {("missile_strike", "UA-12")}),
    # a dated event of a year written, two weeks and more before
    ("Record revision: the fatality figure for the event of 17 April 2024 (missile strike, "
     "Chernihiv city, Chernihiv oblast) was updated from 17 to 18.", "2024-05-02", set()),
])
def test_events_of_days_long_gone(text, date, expected):
    assert found(text, date=date) == expected


def test_the_territory_of_a_country_is_the_country():
    from geomap.geoparser import geoparse
    [m] = geoparse("Officials said mines were laid along the border territory of Georgia.")
    assert (m.place.kind, m.place.country_code) == ("country", "GE")


def test_the_only_village_of_its_name_in_a_report_about_its_country():
    text = ("WEEKLY DIGEST\n\nZaporizhzhia direction. Fighting focused on the approaches to "
            "Robotyne, where assault groups tried to break through the first defensive line. "
            "Both sides traded heavy artillery fire around the village throughout the week.\n\n"
            "Kherson direction. Aircraft dropped guided bombs on Beryslav on 3 August.")
    assert found(text, date="2023-08-07") == {("shelling", "UA-23"), ("airstrike", "UA-65")}


def test_a_protest_that_will_not_be_resumed_is_no_incident():
    text = ("Polish carriers ended their blockade of the Dorohusk crossing on Tuesday evening. "
            "In Slovakia, the hauliers' union said its protest at Vysne Nemecke, suspended in "
            "December, will not be resumed for now.")
    assert found(text, date="2024-01-17") == {("border_blockade", "PL-06")}


def test_a_governors_name_heading_a_post_is_no_lone_village():
    text = ("Gladkov: as a result of shelling by the Armed Forces of Ukraine, in the Belgorod "
            "district the village of Razumnoye came under fire; a house was damaged.")
    assert found(text, date="2024-05-12") == {("shelling", "RU-BEL")}


def test_a_city_inside_a_companys_name_is_still_the_city_after():
    text = ("DTEK Odesa Electric Networks: as a result of a night attack by Shahed drones on "
            "Odesa, one of the city's energy facilities was damaged.")
    assert found(text, date="2023-12-09") == {("drone_attack", "UA-51")}


def test_a_paragraph_that_opens_a_year_ago_is_recalled():
    text = ("A year ago, on 5 October, our community lived through its most terrible day. A "
            "Russian missile struck the cafe in Hroza during a wake, and 59 people were "
            "killed.\n\nToday at 11:00 there will be a memorial service at the cemetery in "
            "Hroza.")
    assert found(text, date="2024-10-05") == set()


@pytest.mark.parametrize("text, date, expected", [
    # named by its day after it
    ("Police detained two men who broke into a flat in Zaporizhzhia left without windows "
     "after the Russian missile strike of 22 March.", "2023-05-18", set()),
    # dated by last month alone, in the middle of this one
    ("The city has also been under pressure: in early October a missile attack on an "
     "industrial area of Zaporizhzhia killed several people.", "2024-11-18", set()),
    # last month at the very start of this one may be last week
    ("In late October drones hit the port of Odesa, the governor said.", "2024-11-03",
     {("drone_attack", "UA-51")}),
])
def test_attacks_dated_long_before_the_report(text, date, expected):
    assert found(text, date=date) == expected


@pytest.mark.parametrize("text, expected", [
    # the other side of a crossing
    ("Tractors still block the road leading to the Zosin crossing, opposite Ustyluh, the "
     "border guards said on Monday.", {"Zosin"}),
])
def test_the_other_side_of_a_crossing_is_no_blockade(text, expected):
    assert {r["place"] for r in rows(text, date="2024-02-21")} == expected


@pytest.mark.parametrize("text, expected", [
    # where the wounded were taken
    ("Beryslav. Summary of the day.\n\nAt about 11:00 a drone dropped a munition near the "
     "central market; a man of 70 was wounded and has been taken to Kherson.",
     {("drone_attack", "UA-65")}),
    # a train's route
    ("Due to the shelling of Kherson station this morning, train No. 137/138 Kherson - Kyiv "
     "will depart today from Mykolaiv.", {("shelling", "UA-65")}),
])
def test_routes_and_where_the_wounded_go_are_no_places_of_the_attack(text, expected):
    got = rows(text, date="2024-07-11")
    assert {(r["event_type"], r["admin1_code"]) for r in got} == expected
    assert "Kyiv" not in {r["place"] for r in got}
    assert "Kherson" not in {r["place"] for r in got if r["event_type"] == "drone_attack"}


def test_ordnance_since_the_liberation_is_a_total():
    text = ("Since the de-occupation of the Izium, Kupiansk and Chuhuiv districts in autumn "
            "2022, specialists have neutralised over 180,000 explosive objects in the region.")
    assert found(text, date="2025-01-10") == set()


def test_an_unexploded_rocket_destroyed_is_disposal_not_a_strike():
    text = ("Police explosives experts removed and destroyed an unexploded 122-mm Grad rocket "
            "that had been stuck in a vegetable garden in Borodianka since the occupation.")
    assert found(text, date="2022-05-11") == {("mine_clearing", "UA-32")}


def test_a_regions_governor_leaves_the_city_named_before_the_city():
    text = ("Tonight air defence destroyed three UAVs over Voronezh and one near Liski.\n\n"
            "Voronezh governor Alexander Gusev")
    places = {r["place"] for r in rows(text, date="2024-07-09")}
    assert places == {"Voronezh", "Liski"}
    assert {r["place_kind"] for r in rows(text, date="2024-07-09")} == {"locality"}


@pytest.mark.parametrize("text, expected", [
    # "without a break" denies nothing
    ("The air force is working on Vovchansk without a break: FAB-500 bombs with UMPK kits hit "
     "the aggregate plant in the town, officials in Kharkiv said.", {("airstrike", "UA-63")}),
    # weapons that arrived are hits, not visitors
    ("Tonight Kinzhals arrived at the airfield in Starokonstantinov, Khmelnytskyi region.",
     {("missile_strike", "UA-68")}),
    # gunners' words
    ("Our artillery worked all day on enemy positions on the eastern outskirts of Kupiansk, "
     "Kharkiv region.", {("shelling", "UA-63")}),
    # uncrewed boats that tried to attack
    ("Two uncrewed surface vessels tried to attack the naval base in Novorossiysk before "
     "dawn on Friday and were destroyed by fire from ships, the ministry said.",
     {("drone_attack", "RU-KDA")}),
    # the rockets of a launcher named before them
    ("The enemy struck Tokmak with HIMARS: rockets hit the residential sector near the "
     "railway station.", {("shelling", "UA-23")}),
    # a missile beside a launcher's rockets keeps its own type
    ("Tokmak was shelled with Grad rockets overnight, and a missile hit Melitopol.",
     {("shelling", "UA-23"), ("missile_strike", "UA-23")}),
])
def test_reports_of_either_side_in_their_own_words(text, expected):
    assert found(text, date="2024-05-20") == expected


@pytest.mark.parametrize("text", [
    "At the Alabino training ground, demonstration firing by tanks and artillery was shown to "
    "foreign delegations near Moscow.",
    "As part of the Steadfast Defender exercises, HIMARS crews fired live rockets at a "
    "training ground in Poland, not far from the Kaliningrad border.",
    "In Rostov-on-Don, rescuers held a training exercise. According to the scenario, a drone "
    "hit the roof of a shopping centre in the Severny district.",
    "This week we handed over to a brigade near Pokrovsk: 40 FPV drones, 2 Mavic 3T and a "
    "Starlink.",
    "The new drone can now fly 1,000 km, which means Tatarstan and the Perm region are in "
    "the zone of possible attacks.",
    "Among them are Su-34 crews who struck strongholds in the Kharkiv direction, and a "
    "Pantsir commander credited with intercepting 30 drones.",
])
def test_drills_gifts_ranges_and_awards_are_no_attack(text):
    assert found(text, date="2024-07-30") == set()


def test_an_aerial_bomb_found_and_made_safe_is_clearing_not_an_airstrike():
    text = ("In Minsk, an aerial bomb weighing about 100 kilograms was found on Tuesday by "
            "workers laying a heating main. Military sappers made the bomb safe and removed it.")
    assert found(text, date="2023-09-07") == {("mine_clearing", "BY-HM")}


@pytest.mark.parametrize("text, expected", [
    # jets that pounded towns
    ("LEBANON: Israeli jets pounded the southern port city of Tyre and the market town of "
     "Nabatieh on Monday.", {("airstrike", "LB-JA"), ("airstrike", "LB-NA")}),
    # bombs that fell
    ("Houthi-run television said bombs had also fallen on the airport in Taiz overnight.",
     {("airstrike", "YE-TA")}),
    # a bomb defused where the report was filed
    ("DRESDEN - Bomb disposal experts defused a 250-kilogram British aerial bomb from the "
     "Second World War on Wednesday.", {("mine_clearing", "DE-SN")}),
    # a bomb defused that was found, its find blanked
    ("I stood behind the police tape in Hamburg-Altona while two men from the fire brigade's "
     "ordnance clearance unit defused a 1,000-pound American bomb found under a building "
     "site.", {("mine_clearing", "DE-HH")}),
])
def test_other_wars_and_old_wars(text, expected):
    assert found(text, date="2024-11-26") == expected


@pytest.mark.parametrize("text", [
    # a month's deaths and a season's attacks
    "The UN mission said July was the deadliest month for civilians since October 2022, with "
    "most killed by missiles and artillery in the Kharkiv and Donetsk regions.",
    "The mission recorded a sharp rise in attacks by short-range drones on civilians in the "
    "Kherson region over the past three months.",
    # aid dropped from aircraft
    "Jordanian and US military aircraft dropped pallets of ready meals over northern Gaza for "
    "a second day.",
    # a missile that flew through and left
    "A Russian cruise missile flew into Polish airspace near the village of Oserdow and stayed "
    "there for 39 seconds before leaving, the command said.",
    # the money for clearance and the yearly harvest of shells
    "The United States will provide $15 million for unexploded ordnance clearance in Laos, the "
    "State Department said.",
    "Curators say the army's bomb disposal service still collects 150 tonnes of ordnance a "
    "year from West Flanders.",
    "Thousands of tonnes of unexploded ordnance are still thought to lie beneath German cities.",
    "BERLIN, Jan 22 - German bomb disposal teams recovered more than 1,500 tonnes of wartime "
    "munitions last year, regional authorities said.",
    # rockets of a war's first months
    "The war has brought devastation, and rockets were fired at Israeli towns in the war's "
    "early months.",
])
def test_tallies_aid_transits_and_money_are_no_incident(text):
    assert found(text, date="2024-08-09") == set()


def test_a_mine_laid_last_year_is_still_cleared_now():
    text = ("Odesa: navy divers cleared the approaches to Pivdennyi port of a bottom mine laid "
            "last year, the navy said.")
    assert {t for t, _ in found(text, date="2023-08-29")} == {"mine_clearing"}


@pytest.mark.parametrize("text, expected", [
    # the country that attacks, in a headline
    ("Missile debris falls in Moldovan village of Naslavcea as Russia pounds Ukrainian cities",
     {("missile_strike", "MD-OC")}),
    # the gulf, not its city; the ship, not its namesake town
    ("Divers destroyed a German ground mine on the bed of the Gulf of Gdansk on Tuesday, about "
     "four kilometres off Hel, the navy said. The minehunter HNLMS Vlaardingen stood by.",
     {("mine_clearing", "PL-22")}),
    # where the tractors went back to
    ("Greek farmers who had blocked the Evzonoi border crossing since Wednesday cleared the "
     "road overnight and drove their tractors back to Kilkis.", {("border_blockade", "GR-B")}),
])
def test_attackers_gulfs_ships_and_homes(text, expected):
    got = rows(text, date="2024-09-25")
    assert {(r["event_type"], r["admin1_code"]) for r in got} == expected
    assert not {"Gdańsk", "Vlaardingen", "Kilkís", "Russia"} & {r["place"] for r in got}


@pytest.mark.parametrize("text, expected", [
    # a missile that hit a training ground is an attack
    ("A missile hit a training ground in the Chernihiv region overnight.",
     {("missile_strike", "UA-74")}),
    # a man blown up by a mine is no clearing
    ("A man from the village of Kulbaki in the Glushkovo district was blown up by an "
     "anti-personnel mine while collecting firewood.", set()),
    # a title-case dateline with its dash is where the report was filed
    ("Chisinau - Moldovan police cordoned off a field outside Ceadir-Lunga on Tuesday after "
     "farmers reported the remains of an explosive-laden drone.", {("drone_attack", "MD-GA")}),
    # a mine blown up at sea
    ("DEN HELDER - Navy divers blew up a British sea mine from the Second World War in the "
     "North Sea about 12 kilometres west of Den Helder on Tuesday.",
     {("mine_clearing", "North Sea")}),
    # the way a drone flew, and a river crossed by fire
    ("It was a long-range drone, launched from Yemen and flown 2,000 kilometres up the Red "
     "Sea, which slammed into an apartment building in Tel Aviv.", {("drone_attack", "IL-TA")}),
    ("Artillery shells fell on a crowded market in Omdurman as the two armies traded fire "
     "across the Nile.", {("shelling", "SD-KH")}),
])
def test_the_places_of_events_far_and_near(text, expected):
    assert found(text, date="2024-09-25") == expected


@pytest.mark.parametrize("text, name, near", [
    ("Navy divers destroyed a drifting sea mine on Monday about 20 nautical miles east of "
     "Constanta, the Naval Forces said.", "20 nautical miles east of Constanţa",
     (44.18, 29.07)),
    ("Divers neutralised a drifting mine ~20 nm east of Sulina on Thursday, the navy said.",
     "20 nm east of Sulina", (45.15, 30.12)),
])
def test_a_point_told_by_distance_and_direction_from_a_place(text, name, near):
    from geomap.crossings import km_between

    [row] = rows(text, date="2024-09-12")
    assert row["place"] == name and row["mine_domain"] == "sea"
    assert km_between(row["lat"], row["lon"], *near) < 10


def test_a_place_far_beyond_belief_keeps_its_own_point():
    text = "Divers destroyed a mine 900 km east of Constanta on Monday, the navy said."
    [row] = rows(text, date="2024-09-12")
    assert row["place"] == "Constanţa"


@pytest.mark.parametrize("text", [
    # a fact-check's claim, and what no one reported
    "CLAIM: Ukrainian artillery shelled the ammunition depot at Cobasna in Transnistria "
    "overnight, causing explosions heard in Ribnita.\n\nVERDICT: False.",
    "Posts on X and Telegram claimed on Wednesday that Polish farmers had again closed the "
    "Medyka crossing to traffic from Ukraine.",
    "There were no reports from Russian, Ukrainian or independent sources of any aircraft "
    "strike on Saky this week.",
    # a photo of another year
    "The photo attached to the viral post is older: it shows drone wreckage found in Cocieri "
    "in 2023.",
    # what a court found, however long its name
    "The district court of The Hague, sitting in a courtroom near Amsterdam's airport, found "
    "that the airliner was shot down by a Buk missile fired from a field near Pervomaiskyi.",
    # protests of another season, told beside a court's fine
    "Similar protests took place at Albita and at Halmeu at the time, the court heard.",
    # ships handed over and crews thanked
    "Two minehunters for the Ukrainian navy were formally handed over at a ceremony at the "
    "Rosyth dockyard in Scotland on Tuesday.",
    "The chief of naval staff said the Black Sea remained dangerous and thanked the crews of "
    "the minehunters.",
])
def test_fact_checks_courts_and_ceremonies_are_no_incident(text):
    assert found(text, date="2024-02-14") == set()


@pytest.mark.parametrize("text, expected", [
    # the land along a river
    ("Fragments of a drone were found outside Etulia, Moldova. They came down during a "
     "Russian drone attack on Ukraine's Danube region overnight.", {("drone_attack", "MD-GA")}),
    # an office that declares, a unit's base, a clause of another matter
    ("KOSICE - Slovak truckers ended their blockade of the Vysne Nemecke crossing on Saturday, "
     "hours after the district office in Michalovce declared their assembly unlawful.",
     {("border_blockade", "SK-KI")}),
    ("Police closed a forest road near Svidnik while experts from the Engineer Battalion in "
     "Sered removed 41 pieces of ordnance on Tuesday.", {("mine_clearing", "SK-PV")}),
    ("While the case continued in Kyiv, the company's teams resumed work this week on fields "
     "around Snihurivka, where they have been clearing anti-tank mines since Monday.",
     {("mine_clearing", "UA-48")}),
    # rocket artillery is artillery
    ("Shelling of Shebekino continued through the weekend, with artillery shells and "
     "rocket-artillery salvoes falling on residential streets.", {("shelling", "RU-BEL")}),
])
def test_places_and_types_of_features_and_courts(text, expected):
    assert found(text, date="2024-02-14") == expected


def test_the_region_that_locates_a_place_passed_by_is_passed_by_too():
    text = ("A Russian cruise missile briefly entered Polish airspace near the village of "
            "Oserdow, in Lublin province, for 39 seconds before leaving again.")
    assert found(text, date="2024-03-24") == set()


@pytest.mark.parametrize("text, expected", [
    # translated and list-like reports
    ("The enemy has made the strike by the guided aviation bombs on Zaporizhzhia in the "
     "afternoon, 5 people are injured.", {("airstrike", "UA-23")}),
    ("Shebekino district: 12 shells fired at Novaya Tavolzhanka, a power line damaged, no "
     "casualties", {("shelling", "RU-BEL")}),
    ("During the past day the occupiers made 87 shellings. Under the enemy fire got the "
     "Beryslav, Antonivka and the city of Kherson.", {("shelling", "UA-65")}),
    ("Dorohusk: Polish carriers have suspended their protest, trucks are moving in both "
     "directions, the border guards said.", {("border_blockade", "PL-06")}),
    # weather, a plant's output and a protest in a capital
    ("In Odesa the hurricane wind has literally bombarded the coast during the night.", set()),
    ("The plant made 300 guided bombs last year in Kazan, the ministry said.", set()),
    ("Farmers suspended their protest in Warsaw on Friday.", set()),
])
def test_translated_and_listed_reports(text, expected):
    assert found(text, date="2024-06-11") == expected


@pytest.mark.parametrize("text, expected", [
    # a weapon's name is no town of Wisconsin
    ("The US will not send Tomahawk missiles to Kyiv, officials in Washington said.", set()),
    # mines of an exercise
    ("Mine countermeasure vessels practised detecting and neutralising simulated naval mines "
     "on routes leading to the port of Constanta.", set()),
])
def test_weapon_names_and_simulated_mines(text, expected):
    assert found(text, date="2024-09-27") == expected


def test_the_county_a_village_lies_in_is_not_a_second_place():
    text = ("On 28 December, divers neutralised a naval mine found at about 20 nautical miles "
            "east of Sfantu Gheorghe, Tulcea county.")
    assert [r["place"] for r in rows(text, date="2023-12-28")] == [
        "20 nautical miles east of Sfântu Gheorghe"]


@pytest.mark.parametrize("text, date, expected", [
    # a log's entries of days written in numbers, long before it was published
    ("02.04.2023 | Kostiantynivka, Donetsk oblast | A multiple rocket launcher strike damaged "
     "the maternity ward.", "2023-06-20", set()),
    ("02.04.2023 | Kostiantynivka, Donetsk oblast | A multiple rocket launcher strike damaged "
     "the maternity ward.", "2023-04-03", {("shelling", "UA-14")}),
    # a region abbreviated in a locator's brackets
    ("- 12.08, Beryslav (Kherson obl.): a Russian FPV drone hit an ambulance collecting a "
     "patient.", "2024-08-14", {("drone_attack", "UA-65")}),
    # a report's period and the rest of its ranking
    ("During the reporting period the mission recorded 3,137 civilian casualties. Missile and "
     "drone attacks accounted for the largest share, followed by shelling and air-dropped "
     "bombs.\n\nDonetsk region remained the most affected, followed by Kharkiv and Kherson "
     "regions.", "2024-10-10", set()),
])
def test_logs_trackers_and_reports(text, date, expected):
    got = rows(text, date=date)
    assert {(r["event_type"], r["admin1_code"]) for r in got} == expected
    assert "Kherson" not in {r["place"] for r in got}


def test_a_logs_day_before_its_place_heads_the_entry():
    from geomap.event_links import _heading
    from geomap.geoparser import geoparse

    text = "15 Sep - Kherson."
    assert _heading(text, (0, len(text)), geoparse(text)) is not None


@pytest.mark.parametrize("text, expected", [
    # highways blocked in a city, with no border in the text
    ("Hundreds of thousands demonstrated in Tel Aviv and Jerusalem on Sunday night, blocking "
     "highways and clashing with police.", set()),
    # a crossing village named alone is still its crossing
    ("Farmers blocked Medyka again on Monday morning, letting through only a few trucks.",
     {("border_blockade", "PL-18")}),
    # a course, and money given for machines
    ("The directorate announced the graduation of 120 officers from an advanced explosive "
     "ordnance disposal course at its training centre in Baghdad.", set()),
    ("Japan to give Cambodia $4 million for new demining machines, the two governments said in "
     "Phnom Penh.", set()),
])
def test_city_protests_courses_and_gifts(text, expected):
    assert found(text, date="2024-09-02") == expected


@pytest.mark.parametrize("text, expected", [
    # a title-case dateline with its day, on the line after a headline
    ("WHO statement\n\nBeirut, 5 October 2024 - WHO is deeply saddened by the deaths of "
     "paramedics in an air strike near the hospital in Nabatieh on Friday.",
     {("airstrike", "LB-NA")}),
    # a blockade lifted last month that has not resumed
    ("The blockade of the Dorohusk crossing, which farmers lifted at the beginning of last "
     "month, has not resumed, border guards say.", set()),
])
def test_datelines_with_days_and_blockades_not_resumed(text, expected):
    assert found(text, date="2024-10-05") == expected


@pytest.mark.parametrize("text, expected", [
    # a capital's aims and means, and what it opened
    ("IZMAIL, Aug 16 - Russian drones hit grain warehouses in the port of Izmail before dawn, "
     "officials said, in Moscow's latest attempt to choke off the export route.",
     {("drone_attack", "UA-51")}),
    ("Moscow opened a ground offensive in the north of the Kharkiv region on May 10, pushing "
     "towards Vovchansk, and has since stepped up its use of glide bombs.", set()),
    # what is falsely claimed
    ("The Kremlin continues to falsely claim that Ukrainian air defence missiles caused the "
     "damage in Kyiv.", set()),
])
def test_capitals_that_act_and_claims_called_false(text, expected):
    assert found(text, date="2024-06-01") == expected


def test_a_caption_quoted_is_a_claim_not_a_report():
    text = ('A photo shared on Facebook and Telegram with the caption "Russian missiles hit Lviv '
            'power station tonight" has been viewed thousands of times since Tuesday.')
    assert found(text, date="2023-10-05") == set()


@pytest.mark.parametrize("text, expected", [
    # a region said to be a country's is never another country's namesake
    ("Iran fired ballistic missiles at Erbil, the capital of Iraq's Kurdistan region, on "
     "Tuesday, officials said.", {("missile_strike", "IQ-AR")}),
    # jets that engaged targets
    ("Carrier-based fighter aircraft and RAF Typhoon jets engaged 14 targets, including a "
     "radar on the outskirts of Hodeida and an air defence position near Dhamar.",
     {("airstrike", "YE-HU"), ("airstrike", "YE-DH")}),
])
def test_possessed_regions_and_jets_that_engage_targets(text, expected):
    assert found(text, date="2024-02-25") == expected


@pytest.mark.parametrize("text, expected", [
    # a party named after a land
    ("Turkish warplanes struck suspected hideouts of the Kurdistan Workers' Party in the "
     "mountains near the town of Sinjar on Saturday.", {("airstrike", "IQ-NI")}),
    # a club named after its town
    ("Metalist 1925 have called off Saturday's training after guided bombs struck Kharkiv on "
     "Thursday evening.", {("airstrike", "UA-63")}),
])
def test_parties_and_clubs_named_after_places(text, expected):
    assert found(text, date="2024-03-29") == expected
