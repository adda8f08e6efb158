"""Notices and summaries that use the words of attacks and clearing without reporting one
of the last days: years' totals, alert channels' lines about weapons on their way, finds
that were no bomb, training, who a speaker is; and the events beside them that still
count."""

from __future__ import annotations

import pytest

from .conftest import incident_keys, incident_rows


@pytest.mark.parametrize("text, date", [
    # an earlier year's work
    ("Bomb disposal teams in Bavaria removed 40 tonnes of wartime munitions in 2023, the "
     "interior ministry in Munich said.", "2024-04-10"),
    ("A new film follows a team of deminers working in the fields of Kherson oblast in 2023; "
     "it opened at a cinema in Kyiv on Sunday.", "2024-10-27"),
    # the report's own year, as its total
    ("Navy divers destroyed five drifting mines off Constanta in 2024, the navy said in its "
     "year-end review.", "2024-12-28"),
    ("Russia launched more than 9,000 drones at the Kharkiv region in 2025, the regional "
     "governor told reporters.", "2025-08-01"),
])
def test_a_year_told_whole_is_no_event_of_the_last_days(text, date):
    assert incident_keys(text, date=date) == set()


@pytest.mark.parametrize("text, date, expected", [
    # the year dates the ordnance, not the work
    ("A bomb dropped in 1944 was defused in Cologne on Sunday after 2,000 people left their "
     "homes.", "2024-06-03", {("mine_clearing", "DE-NW")}),
    ("Teams removed anti-tank mines near Balakliia, in the Kharkiv region, that were left "
     "after the area was occupied in 2022.", "2023-08-18", {("mine_clearing", "UA-63")}),
    # a day of its own
    ("Drones struck Kharkiv on Monday, the 40th attack on the city in 2025.", "2025-08-05",
     {("drone_attack", "UA-63")}),
    # early in the year, "in 2025" may be last week
    ("Divers destroyed a drifting mine off Constanta, the first found in 2025.",
     "2025-01-09", {("mine_clearing", "RO-CT")}),
])
def test_a_year_that_dates_something_else_keeps_the_event(text, date, expected):
    assert incident_keys(text, date=date) == expected


def test_weapons_on_their_way_are_an_alert_not_an_attack():
    assert incident_keys("A group of Shaheds is moving through the Cherkasy region towards "
                         "the Kyiv region. Take cover!", date="2024-11-08") == set()
    assert incident_keys("UAV heading in the direction of Bila Tserkva.",
                         date="2024-11-08") == set()


def test_weapons_on_their_way_that_were_met_are_an_attack():
    assert incident_keys("Shaheds moving towards the Kyiv region were shot down over "
                         "Bila Tserkva.", date="2024-11-08") == {("drone_attack", "UA-32")}
    assert incident_keys("Drones flying through the Sumy region hit a power line in "
                         "Konotop.", date="2024-11-08") == {("drone_attack", "UA-59")}


def test_a_find_that_was_no_bomb_is_no_clearing_and_no_airstrike():
    text = ("Police in Leipzig cordoned off a street after workers reported a suspected aerial "
            "bomb; bomb disposal experts determined the object was a rusted pipe, and the "
            "cordon was lifted.")
    assert incident_keys(text, date="2024-08-23") == set()


def test_a_bomb_found_and_defused_is_clearing():
    text = "Experts defused a 250-kilogram aerial bomb found on a building site in Leipzig."
    assert incident_keys(text, date="2024-08-23") == {("mine_clearing", "DE-SN")}


def test_training_and_a_speakers_home_are_not_clearing():
    text = ("Ukrainian deminers train in Cambodia\n\nTwenty Ukrainian deminers completed a "
            "four-week course at the Cambodian Mine Action Centre in Kampong Chhnang province. "
            "\"We learned a lot,\" said one of them, a sapper from Kharkiv.")
    assert incident_keys(text, date="2024-05-22") == set()


def test_sappers_at_work_near_a_training_ground_are_clearing():
    text = ("WARSAW - Army sappers secured a wartime bomb found on a building site in the "
            "Wola district and took it to a training ground, where it will be destroyed.")
    assert ("mine_clearing", "PL-14") in incident_keys(text, date="2024-07-18")


def test_the_last_word_of_an_institution_is_not_a_region(parser):
    places = {m.text for m in parser.parse(
        "Trainees finished their course at the Cambodian Mine Action Centre's institute in "
        "Kampong Chhnang province.")}
    assert "Centre" not in places and "Kampong Chhnang" in places


def test_a_city_blockade_told_under_a_headline_is_no_border_blockade():
    text = ("Bucharest: fourth day of hauliers' protest\n\nSeveral hundred lorries gathered "
            "again at the entrances to the capital. Organisers said they would maintain the "
            "blockade of the capital until insurance costs fell.")
    assert incident_keys(text, date="2024-01-18") == set()


def test_a_blockade_at_a_crossing_under_a_city_headline_stays():
    text = ("Suceava: hauliers' protest goes on\n\nHauliers kept up the blockade of the Siret "
            "border crossing on Thursday, letting only empty lorries through.")
    assert ("border_blockade", "RO-SV") in incident_keys(text, date="2024-01-18")


def test_a_capital_that_vows_a_response_is_not_where_the_missiles_hit():
    text = ("On 11 December missiles hit the military airfield at Taganrog, and Moscow vowed a "
            "swift response.")
    assert incident_keys(text, date="2024-12-15") == {("missile_strike", "RU-ROS")}


def test_protesters_who_vow_to_stay_are_at_their_crossing():
    text = ("Hauliers at Medyka ended their protest, while farmers at Dorohusk vowed to stay "
            "until January.")
    assert ("border_blockade", "PL-06") in incident_keys(text, date="2023-12-22")


def test_the_regions_a_plant_supplies_are_not_where_it_was_hit():
    text = ("Cruise missiles destroyed the thermal power plant near Ukrainka in the Kyiv "
            "region, the largest station supplying the Cherkasy and Zhytomyr regions.")
    assert incident_keys(text, date="2024-04-13") == {("missile_strike", "UA-32")}


def test_lines_feeding_a_village_hit_by_shelling_are_at_the_village():
    text = ("Because of Russian shelling, power lines feeding Velyka Pysarivka were damaged "
            "this morning.")
    assert incident_keys(text, date="2024-10-09") == {("shelling", "UA-59")}


def test_an_aside_between_dashes_dated_last_month_is_background():
    text = ("The drone campaign against Russian refineries — which struck plants in Ryazan and "
            "Kstovo in March — paused this week, with no new strikes reported until 12 April.")
    assert incident_keys(text, date="2024-04-13") == set()


def test_a_day_in_the_same_part_of_the_sentence_keeps_it_fresh():
    text = "Drones struck the refinery in Kstovo on Tuesday, as they did in March — officials said."
    assert incident_keys(text, date="2024-04-13") == {("drone_attack", "RU-NIZ")}


def test_a_bomb_launch_towards_a_district_is_a_warning():
    text = ("Sumy: a KAB hit the outskirts of the city, damaging a house.\n"
            "Another KAB launch towards Shostka district — take cover!")
    assert [(r["event_type"], r["place"]) for r in incident_rows(text, date="2024-07-30")] == [
        ("airstrike", "Sumy")]


@pytest.mark.parametrize("text", [
    "Hauliers will block the Vysne Nemecke crossing from Friday. Forwarders advise customers "
    "to reroute via Hungary, though the Zahony crossing already has waits of a day.",
    "Hauliers will block the Vysne Nemecke crossing from Friday. Forwarders are recommending "
    "the Zahony crossing as an alternative.",
])
def test_a_crossing_traffic_is_sent_to_instead_is_not_blockaded(text):
    places = {r["place"] for r in incident_rows(text, date="2023-11-24")}
    assert "Vyšné Nemecké" in places and "Záhony" not in places


def test_a_blockaded_crossing_drivers_are_told_to_avoid_stays():
    text = ("Instead of Medyka, the farmers blocked the Dorohusk crossing on Monday, and "
            "police advised drivers to avoid Dorohusk.")
    assert ("border_blockade", "PL-06") in incident_keys(text, date="2024-02-20")


def test_a_headline_participle_and_an_operation_to_defuse_are_clearing():
    text = ("Padua, bomb defused: 8,000 residents go home\n\nThe operation to defuse the "
            "250-pound bomb found in August near the station in Padua ended on Sunday.")
    assert incident_keys(text, date="2023-10-22") == {("mine_clearing", "IT-PD")}


def test_explosives_experts_in_a_city_work_there():
    text = ("BERLIN, Jan 8 - Explosives experts in Dresden on Wednesday defused a 250-kilogram "
            "wartime bomb found near a bridge; part of the bridge fell into the Elbe in "
            "September.")
    assert incident_keys(text, date="2025-01-08") == {("mine_clearing", "DE-SN")}


def test_a_government_named_after_its_seat_is_not_where_the_bomb_was():
    text = ("Bomb in Cologne-Deutz defused\n\nExperts of the Dusseldorf district government "
            "removed the fuse of a 500-kilogram aerial bomb on Tuesday.")
    assert [r["place"] for r in incident_rows(text, date="2024-06-19")] == ["Köln"]


def test_a_city_and_its_quarter_name_the_city(parser):
    assert [(m.text, m.place.admin1_code) for m in parser.parse(
        "Police closed streets in Cologne-Deutz.")] == [("Cologne", "DE-NW")]
    # a name of its own, hyphenated, is not read so
    assert all(m.place.country_code != "UA" for m in parser.parse(
        "Drones were shot down near Slavyansk-on-Kuban."))


def test_farmers_who_cut_a_motorway_at_a_crossing_blockade_it():
    text = ("Farmers cut the AP-7 motorway at La Jonquera on Thursday, halting lorries at the "
            "busiest road crossing between Spain and France.")
    assert ("border_blockade", "ES-GI") in incident_keys(text, date="2024-02-08")
    assert incident_keys("Farmers cut the price of milk at the market in Girona.",
                         date="2024-02-08") == set()


def test_weapons_launched_at_regions_are_an_attack_on_them():
    text = ("On 3 October Russia carried out its largest strike yet on the gas sector, "
            "launching about 35 missiles and 60 drones against production sites in the "
            "Kharkiv and Poltava regions.")
    assert incident_keys(text, date="2025-10-06") == {
        ("missile_strike", "UA-63"), ("missile_strike", "UA-53"),
        ("drone_attack", "UA-63"), ("drone_attack", "UA-53")}


def test_a_building_is_a_noun_not_the_making_of_weapons():
    text = ("Part of an apartment building in Belgorod collapsed overnight. According to "
            "preliminary data, the building was hit by a missile.")
    assert incident_keys(text, date="2024-05-12") == {("missile_strike", "RU-BEL")}
    # (building weapons is still no attack)
    assert incident_keys("A plant in Yelabuga is building more Shahed drones.",
                         date="2024-05-12") == set()


def test_the_place_of_a_heading_over_an_attackers_sentence():
    text = ("Belgorod. As a result of an attack by the Armed Forces of Ukraine, part of a "
            "residential building collapsed. According to preliminary data, the building was "
            "hit by a missile.")
    assert incident_keys(text, date="2024-05-12") == {("missile_strike", "RU-BEL")}


def test_an_attack_repelled_at_towns_is_intercepted_there():
    text = ("Overnight the enemy attempted a massive drone attack on the Rostov region.\n\n"
            "Air defence forces repelled the attack in Kamensk-Shakhtinsky and Novoshakhtinsk.")
    rows = incident_rows(text, date="2025-08-18")
    assert sorted((r["place"], r["intercepted"]) for r in rows) == [
        ("Kamensk-Shakhtinsky", True), ("Novoshakhtinsk", True)]


def test_a_capital_that_shifted_to_launching_drones_is_an_assessment():
    text = ("Analysts say Moscow has shifted to launching drones in larger waves to overwhelm "
            "air defences.")
    assert incident_keys(text, date="2024-09-02") == set()


def test_a_street_of_a_city_is_not_a_town_of_its_name(parser):
    assert [m.text for m in parser.parse(
        "Police pushed back protesters at barriers on Rue de la Loi in Brussels, and shops "
        "on Via Roma in Turin closed.")] == ["Brussels", "Turin"]


def test_a_city_blockade_of_streets_is_no_border_blockade():
    text = ("BRUSSELS - Hundreds of tractors blocked streets in Brussels' European quarter on "
            "Monday. Police fired water cannon at protesters on Rue de la Loi. The blockade of "
            "the area lasted most of the day.")
    assert incident_keys(text, date="2024-02-26") == set()


def test_parts_of_drones_found_are_debris_and_the_attack_before_is_context():
    text = ("Parts of drones were found on Friday near Ceadîr-Lunga, the ministry said, after "
            "Russia's overnight attack on the Odesa region across the border.")
    rows = incident_rows(text, date="2025-02-14")
    assert [(r["place"], r["intercepted"]) for r in rows] == [("Ceadîr-Lunga", True)]


def test_an_attack_that_names_its_weapons_after_debris_is_an_attack_too():
    text = ("Border police found fragments of a drone in a field near Etulia after Russian "
            "drone strikes on the Izmail district overnight.")
    assert incident_keys(text, date="2024-02-14") == {("drone_attack", "MD-GA"),
                                                      ("drone_attack", "UA-51")}


def test_border_guards_bulletin_lines_tell_blockades_and_notified_protests():
    text = ("Border Guard Unit - traffic information, 1 March 2024, 07:00\n\n"
            "Dorohusk - Yahodyn: freight traffic blocked by the farmers' protest; cars pass "
            "without delays.\n"
            "Hrebenne - Rava-Ruska: lorries cleared normally, waiting time 8 h.\n"
            "Zosin - Ustyluh: a protest has been notified for today between 12:00 and 16:00.")
    rows = incident_rows(text, date="2024-03-01")
    found = {(r["place"], r["status"]) for r in rows}
    assert ("Dorohusk", "ongoing") in found and ("Zosin", "planned") in found
    assert not any(r["place"] in ("Hrebenne", "Rava-Ruska") for r in rows)


def test_traffic_hampered_by_a_protest_at_listed_checkpoints():
    text = ("Movement of lorries through the checkpoints Yahodyn - Dorohusk and Krakovets - "
            "Korczowa remains hampered by the protest action of Polish carriers.")
    places = {r["place"] for r in incident_rows(text, date="2023-12-02")}
    assert {"Dorohusk", "Korczowe"} <= places


def test_a_title_case_dateline_is_still_a_dateline():
    text = "Dresden - Bomb disposal experts defused a wartime bomb in Leipzig on Sunday."
    assert [r["place"] for r in incident_rows(text, date="2024-06-03")] == ["Leipzig"]


def test_a_navigational_warning_of_a_mine_destroyed_at_sea():
    text = ("NAVAREA III 0412/24\nBLACK SEA. ROMANIA.\n1. DRIFTING MINE REPORTED 02 APR IN "
            "44-12N 029-05E, APPROX 25NM EAST OF CONSTANTA, DESTROYED 03 APR BY ROMANIAN NAVY "
            "DIVERS.\n2. CANCEL NAVAREA III 0409/24.")
    rows = incident_rows(text, date="2024-04-03")
    assert [(r["event_type"], r["mine_domain"]) for r in rows] == [("mine_clearing", "sea")]
    assert rows[0]["lon"] > 29.0  # out at sea, east of the port


def test_land_handed_back_after_completing_clearance():
    text = ("This week our teams in Chernihiv oblast handed back a field on the edge of Yahidne "
            "to the village council after completing clearance.")
    assert incident_keys(text, date="2023-08-22") == {("mine_clearing", "UA-74")}
    assert incident_keys("The ship left Odesa after completing clearance of cargo.",
                         date="2023-08-22") == set()


@pytest.mark.parametrize("text, date", [
    # a report denied
    ("The governor's press service said reports of a drone strike on a substation in Valuyki "
     "were false and that no attack had taken place.", "2024-09-03"),
    ("The Air Force refutes reports circulated by Russian channels claiming that a missile "
     "strike destroyed aircraft at the Starokostiantyniv airfield. No such strike took place.",
     "2024-08-10"),
    # a month's overview and a count compared
    ("Monitors recorded more than 1,500 shelling events in the Donetsk region during October, "
     "around Pokrovsk and Toretsk.", "2024-11-05"),
    ("Air strikes with glide bombs rose by about a fifth compared with September, with the "
     "Zaporizhzhia and Kharkiv regions the most affected.", "2024-11-05"),
    # the share of a month's tally
    ("In August air defence destroyed more than 1,800 drones, the ministry said in a monthly "
     "summary. Most of the drones were shot down over the Kursk and Belgorod regions.",
     "2024-09-01"),
    # an attack the other side is said to prepare
    ("The ministry said the Kyiv regime is preparing a provocation at the nuclear plant in "
     "Enerhodar: a strike by attack drones on its fuel storage.", "2025-04-15"),
    # a group named for the work, at an exercise
    ("The Mine Countermeasures Naval Group Black Sea held its second joint exercise off Varna "
     "this week, with exercise mines on the seabed.", "2024-07-03"),
])
def test_denials_overviews_and_plans_are_no_events(text, date):
    assert incident_keys(text, date=date) == set()


def test_explosives_dropped_from_a_drone_are_no_count_that_dropped():
    text = ("In the afternoon the Russians dropped explosives from a drone on Semenivka, "
            "Chernihiv region, damaging a power line.")
    assert incident_keys(text, date="2024-08-04") == {("drone_attack", "UA-74")}


def test_a_negation_carries_over_or_to_the_next_weapon():
    text = ("It does not involve missiles or air strikes. But so far Moscow has been winning "
            "the war below the threshold.")
    assert incident_keys(text, date="2025-01-20") == set()


def test_the_places_of_what_did_not_happen_are_left_out():
    text = ("The ministry said Romanian jets were scrambled that night as Russian drones "
            "attacked ports on the Danube, but that none had entered Romanian airspace in the "
            "Galati area.\n\nGalati city hall also said it had received no reports of debris.")
    assert incident_keys(text, date="2024-03-27") == set()


def test_at_that_time_after_last_year_is_background():
    text = ("It was the largest farmers' march in Warsaw since February last year, when tens "
            "of thousands filled the streets. At that time, protests also spread to the border, "
            "where farmers blocked the Dorohusk crossing for weeks.")
    assert incident_keys(text, date="2025-02-07") == set()


def test_at_that_time_of_today_is_news():
    text = ("Farmers gathered in Lublin on Monday. At that time, others blocked the Dorohusk "
            "crossing.")
    assert ("border_blockade", "PL-06") in incident_keys(text, date="2024-02-20")


def test_a_town_that_has_lived_through_bombardment_since_is_a_span():
    text = ("A year on, the station is open again. Kramatorsk has lived through repeated "
            "bombardment since, and the front line near Bakhmut is an hour's drive away.")
    assert incident_keys(text, date="2023-04-08") == set()


def test_a_blockade_dated_years_back_is_background():
    text = ("In September 2023, Azerbaijan retook the region after a months-long blockade of "
            "the Lachin corridor.")
    assert incident_keys(text, date="2025-08-09") == set()
    # (this month's is news)
    assert ("border_blockade", "PL-06") in incident_keys(
        "On 3 August 2025 farmers began a blockade of the Dorohusk crossing.",
        date="2025-08-09")


def test_footage_of_that_morning_years_back_is_background():
    text = ("A court sentenced two officers for the missile strike on the Kharkiv regional "
            "administration on 1 March 2022. Surveillance footage of that morning showed a "
            "cruise missile hitting Freedom Square in Kharkiv.")
    assert incident_keys(text, date="2024-10-23") == set()


def test_a_clearing_group_talked_about_is_no_clearing():
    text = ("The Black Sea states have talked about a joint mine-clearing group off the "
            "Romanian coast, and that would help.")
    assert incident_keys(text, date="2023-10-18") == set()
