"""Analysts' reviews, round-ups and live blogs: bases the weapons leave from, launch areas,
weapons' range and leave to use them, corrections and fact checks, headings of a town and
its region, readiness that is no work, plans called off, anniversaries, tallies ranked by
region, and the seats of governments that speak."""

from __future__ import annotations

import pytest

from .conftest import incident_keys, incident_places, incident_rows


def test_a_base_the_jets_fly_from_is_no_target():
    text = ("Two airfields in the Rostov region, Millerovo and Morozovsk, from which Su-34s "
            "fly glide-bomb sorties, are the likeliest targets of any new Ukrainian drone "
            "raid.")
    assert incident_keys(text, date="2024-06-10") == set()
    # (a base struck is a target, whatever is said of it after)
    struck = ("Drones struck Morozovsk in the Rostov region, from where the jets had taken "
              "off the night before.")
    assert incident_places(struck, date="2024-06-10") == {("drone_attack", "Morozovsk")}
    hit = "Drones struck the air base at Morozovsk overnight, the governor said."
    assert incident_places(hit, date="2024-06-10") == {("drone_attack", "Morozovsk")}


def test_launch_areas_over_a_sea_and_near_a_town_are_origins():
    text = ("The bombers now fire their Kh-101 missiles from launch areas over the Caspian "
            "and near Volgodonsk, far beyond the reach of Ukraine's drones.")
    assert incident_keys(text, date="2025-02-01") == set()
    text = ("Most Shaheds were launched from two directions, the Kursk region and Cape Chauda, "
            "the air force said.")
    assert ("drone_attack", "RU-KRS") not in incident_keys(text, date="2025-02-01")


@pytest.mark.parametrize("written, found", [("Ilsky", "Il’skiy"), ("Afipsky", "Afipskiy")])
def test_a_russian_town_named_with_the_news_spelling_of_its_ending(written, found):
    text = f"{written} (Krasnodar krai): a drone attack started a fire at the refinery overnight."
    rows = incident_rows(text, date="2024-06-21")
    assert [(r["event_type"], r["place"], r["admin1_code"]) for r in rows] == [
        ("drone_attack", found, "RU-KDA")]


def test_a_district_named_by_its_adjective_is_not_a_town_called_so_by_some():
    # ("Klimovskiy" is an alternate name of Klimovsk near Moscow; the district is Bryansk
    # region's)
    text = "Ukrainian artillery shelled villages of the Klimovsky district overnight."
    assert "RU-MOS" not in {code for _, code in incident_keys(text)}


def test_a_weapons_range_and_a_ban_on_using_it_are_no_strikes():
    text = ("At least sixteen Russian airfields lie within ATACMS range of the front. "
            "Washington still bars Ukraine from using the missile against them, Kyiv says.")
    assert incident_keys(text, date="2024-08-21") == set()


def test_old_footage_passed_off_as_new_and_a_withdrawn_item_are_no_reports():
    text = ("Channels shared a video as a new drone strike on the oil terminal at Tuapse. "
            "The footage is from January.")
    assert incident_keys(text, date="2024-03-02") == set()
    text = ("Correction: an earlier entry listed Kherson among the cities hit by missiles this "
            "morning. The regional governor says the city was not attacked.")
    assert incident_keys(text, date="2024-03-02") == set()


def test_a_heading_of_a_town_and_its_region_places_the_event_under_it():
    text = ("Millerovo, Rostov region. Drones struck the air base; the governor said a fire "
            "broke out at a fuel store.\n\nYeysk, Krasnodar krai. A drone attack on the "
            "airfield, officials said.")
    assert incident_places(text, date="2024-04-05") == {("drone_attack", "Millerovo"),
                                                        ("drone_attack", "Yeysk")}


def test_a_town_heading_a_week_in_review_places_its_events():
    text = ("Kherson: the week in review\n\nTuesday was the worst day in a month. Artillery "
            "shells hit a bus station, killing three.\n\nOn Friday a guided bomb destroyed "
            "a warehouse.")
    assert incident_places(text, date="2024-02-11") == {("shelling", "Kherson"),
                                                        ("airstrike", "Kherson")}


def test_readiness_and_capability_are_no_mine_clearing():
    for text in (
            "The navy has put three minesweepers on standby in Burgas, but no mine has been "
            "sighted off the Bulgarian coast.",
            "Parliament approved buying two minehunters to strengthen mine countermeasures in "
            "the Black Sea.",
    ):
        assert incident_keys(text, date="2023-09-27") == set(), text


def test_a_planned_blockade_called_off_is_none():
    text = ("Farmers have called off a blockade of the road to the Hrebenne crossing that they "
            "had planned to start on Monday, after talks with the minister.")
    assert incident_keys(text, date="2024-04-09") == set()
    # (a blockade called off after it stood is told as ended)
    rows = incident_rows("Farmers called off their blockade of the Hrebenne crossing on "
                         "Friday after eleven days.", date="2024-04-09")
    assert [(r["event_type"], r["status"]) for r in rows] == [("border_blockade", "ended")]


def test_an_anniversary_of_a_blockade_is_background():
    text = ("It is two years this week since hauliers first parked their lorries across the "
            "road to the Medyka crossing. Traffic there is normal now.")
    assert incident_keys(text, date="2025-11-10") == set()


def test_weapons_discussed_are_no_strike():
    text = ("The president left the White House on Friday without a commitment on Tomahawk "
            "cruise missiles.")
    assert incident_keys(text, date="2025-10-19") == set()


def test_a_clearing_tally_ranked_by_region_gives_each_region():
    text = ("Pyrotechnic teams destroyed 5,100 explosive objects across Ukraine in May. "
            "Kharkiv region topped the breakdown with 1,900 items, followed by Kherson region "
            "(1,200) and Donetsk region (700).")
    assert incident_keys(text, date="2024-06-03") == {
        ("mine_clearing", "UA-63"), ("mine_clearing", "UA-65"), ("mine_clearing", "UA-14")}


def test_the_time_a_place_was_liberated_is_not_the_clearings():
    text = ("Sappers cleared 240 explosive items from fields around Kupiansk, which was "
            "liberated a year ago.")
    assert incident_keys(text, date="2023-09-20") == {("mine_clearing", "UA-63")}
    # (a clearing a year ago is still background)
    assert incident_keys("Sappers cleared fields around Kupiansk a year ago.",
                         date="2023-09-20") == set()


def test_the_danube_as_a_river_is_no_serbian_district():
    text = ("Fragments of a drone were found near Plauru after a Russian drone attack on "
            "Ukrainian Danube infrastructure overnight.")
    assert "RS-10" not in {code for _, code in incident_keys(text, date="2024-09-10")}


def test_a_city_then_its_governor_after_a_comma_is_the_city():
    text = "In Mykolaiv, Governor Vitaliy Kim says a drone hit a residential building."
    rows = incident_rows(text, date="2024-11-17")
    assert [(r["event_type"], r["place_kind"]) for r in rows] == [("drone_attack", "locality")]


def test_among_other_things_lists_no_places_of_the_event():
    text = ("The Sumy regional administration says Russian aircraft dropped guided bombs on "
            "the Sumy region.\n\n"
            "The president said the operation in Russia's Kursk region was meant, among other "
            "things, to create a buffer zone.")
    assert incident_keys(text, date="2024-08-21") == {("airstrike", "UA-59")}


def test_the_kremlin_that_speaks_is_not_moscow():
    text = ("Two missiles struck the centre of Sumy this morning. Kremlin spokesman Dmitry "
            "Peskov said Russia strikes only military targets. The defence ministry said its "
            "missiles had hit a meeting of commanders in the city.")
    assert incident_places(text, date="2025-04-13") == {("missile_strike", "Sumy")}
    # (drones over the Kremlin are over Moscow)
    over = "Two drones were shot down over the Kremlin overnight, the mayor said."
    assert incident_keys(over, date="2023-05-03") == {("drone_attack", "RU-MOW")}


def test_a_coded_record_headed_by_its_crossing_places_the_blockade():
    text = ("2024-03-20 | PL-18 | Medyka road crossing. Farmers blocked the approach road from "
            "about 10:00; lorries were held back in both directions.")
    rows = incident_rows(text, date="2024-03-20")
    assert [(r["event_type"], r["place"]) for r in rows] == [("border_blockade", "Medyka")]


def test_a_drone_found_where_it_came_down_is_an_attack_there():
    for text in ("Police found a largely intact drone lying in a field near Chełm on Sunday.",
                 "A drone was found in a field near Chełm, the army said.",
                 "An object that crashed overnight in a meadow near Chełm was a drone, the "
                 "minister said."):
        assert incident_places(text, date="2025-09-10") == {("drone_attack", "Chełm")}, text
    # (an unexploded one in Ukraine is ordnance to clear, and a cache is no attack)
    assert incident_keys("An unexploded drone was found in a school yard in Izium and sappers "
                         "removed it.", date="2025-09-10") == {("mine_clearing", "UA-63")}
    assert incident_keys("Police found drones in a warehouse in Chełm.",
                         date="2025-09-10") == set()


def test_a_drones_warhead_made_safe_after_it_fell_is_cleared_where_it_fell():
    text = ("On 2 October a drone fell on the outskirts of Chilia Veche, Tulcea county. The "
            "impact left a crater in a reed bed. An EOD team found part of the warhead intact "
            "and neutralised it on site.")
    assert incident_places(text, date="2024-10-03") == {("drone_attack", "Chilia Veche"),
                                                        ("mine_clearing", "Chilia Veche")}


def test_demining_machines_put_to_work_on_fields_are_clearing():
    text = "The region has started using heavy demining machines on farmland near Snihurivka."
    assert incident_keys(text, date="2023-09-27") == {("mine_clearing", "UA-48")}


def test_a_missile_that_tore_a_hole_in_a_building_struck_it():
    text = "A Russian missile has torn a huge hole in the regional council building in Sumy."
    assert incident_places(text, date="2022-03-29") == {("missile_strike", "Sumy")}


def test_its_mayor_speaks_for_the_town_named_before():
    text = ("Ten people were killed in Chernihiv when Russian artillery fired on the city. Its "
            "mayor says Russian aircraft are dropping bombs on residential areas.")
    assert incident_places(text, date="2022-03-16") == {("shelling", "Chernihiv"),
                                                        ("airstrike", "Chernihiv")}


def test_a_trains_destination_is_not_where_the_drones_hit():
    text = ("In Shostka, Russian drones hit the railway station as passengers were boarding a "
            "train for Kyiv.")
    assert incident_keys(text, date="2025-10-05") == {("drone_attack", "UA-59")}


def test_weapons_all_shot_down_with_no_hits_are_an_interception_there():
    text = ("In Lviv region air defence shot down four cruise missiles and there were no hits, "
            "the governor said.")
    rows = incident_rows(text, date="2024-11-17")
    assert [(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows] == [
        ("missile_strike", "UA-46", True)]
    # (a town where nothing struck is still unaffected)
    assert incident_keys("In Izium there were no strikes today.", date="2024-11-17") == set()


def test_a_countrys_week_in_review_heads_no_event():
    text = ("WEEK IN REVIEW: UKRAINE, 1-7 SEPTEMBER\n\nOn Monday air defence crews around Kyiv "
            "engaged waves of drones. The city administration said all of the drones and all "
            "of the missiles aimed at the capital had been shot down.")
    assert incident_keys(text, date="2024-09-07") == {("drone_attack", "UA-30"),
                                                      ("missile_strike", "UA-30")}


def test_bases_the_campaign_is_run_from_as_someone_says_are_no_targets():
    text = ("The president asked again for leave to strike airfields deep inside Russia, "
            "naming bases near Voronezh and Kursk from which, he said, the glide-bomb "
            "campaign is run.")
    assert incident_keys(text, date="2024-09-07") == set()


def test_a_site_and_the_town_it_lies_by_are_one_place():
    text = "Drones struck the Engels air base near Saratov overnight, the governor said."
    assert incident_places(text, date="2024-01-08") == {("drone_attack", "Engels")}
    # (a site's name the gazetteer knows only far away is the town's site: Kresty is a
    # village by Pskov, and the only Kresty known lies in Yakutia)
    text = "The biggest hit came at the Kresty airfield outside Pskov, where drones damaged two aircraft."
    assert incident_keys(text, date="2023-09-04") == {("drone_attack", "RU-PSK")}


def test_the_coast_that_locates_a_town_is_no_second_place():
    text = "Drones also hit the Yeysk airfield on the Azov coast."
    assert incident_keys(text, date="2024-07-29") == {("drone_attack", "RU-KDA")}


def test_a_wartime_bomb_lifted_out_is_cleared_not_dropped():
    text = ("Kyiv region: a 250 kg FAB aerial bomb was lifted out of a pond near Borodianka and "
            "destroyed by pyrotechnicians at a range.")
    assert incident_places(text, date="2024-06-03") == {("mine_clearing", "Borodianka")}


def test_leave_to_fire_and_an_aid_package_are_no_strikes():
    text = ("The president announced USD 8 billion in assistance, including glide bombs for "
            "the air force, but no decision on letting Kyiv fire ATACMS and Storm Shadow at "
            "airfields in the Kursk and Bryansk regions.")
    assert incident_keys(text, date="2024-09-30") == set()


def test_a_new_live_blog_entry_is_its_own_report():
    text = ("10.20 GMT – Russian artillery fired on Chernihiv this morning, and the mayor says "
            "aircraft dropped bombs on the city.\n\n15.30 GMT – Mariupol city council says a "
            "Russian air strike has hit the Drama Theatre.")
    assert ("airstrike", "UA-14") in incident_keys(text, date="2022-03-16")


@pytest.mark.parametrize("heading, found", [
    ("April 2023 in review\n\n", {("missile_strike", "UA-14")}),
    ("", set()),
])
def test_a_months_review_tells_that_months_attacks(heading, found):
    text = heading + "On 9 April S-300 missiles hit apartment blocks in Kramatorsk."
    assert incident_keys(text, date="2023-05-06") == found


def test_a_drone_warhead_found_in_a_garden_is_ordnance():
    text = ("Residents of Lubny found an unexploded drone warhead in a garden; pyrotechnicians "
            "removed it and destroyed it at a range.")
    assert incident_keys(text, date="2024-05-01") == {("mine_clearing", "UA-53")}


@pytest.mark.parametrize("heading, found", [
    ("January inside Russia\n\n", {("drone_attack", "RU-BRY"), ("drone_attack", "RU-ORL")}),
    ("", set()),
])
def test_a_months_tally_in_a_review_of_that_month_is_its_news(heading, found):
    text = heading + ("The ministry's bulletins put most of the drones shot down during the "
                      "month over the Bryansk and Oryol regions.")
    assert incident_keys(text, date="2025-02-02") == found


def test_drones_that_set_a_depot_on_fire_attacked_it():
    text = "Drones set an oil depot in Engels, Saratov region, on fire overnight."
    assert incident_places(text, date="2025-01-10") == {("drone_attack", "Engels")}


def test_a_weeks_review_keeps_last_months_strikes_as_background():
    text = ("Weekly assessment, 6-12 April 2024\n\nOn 11 April missiles destroyed the thermal "
            "power plant near Ukrainka in Kyiv oblast. Together with the March strikes on the "
            "refineries in Kstovo and Ryazan, the raids have cut fuel output.")
    assert incident_keys(text, date="2024-04-13") == {("missile_strike", "UA-32")}


def test_a_months_casualty_statistics_name_no_strike():
    text = ("Protection of Civilians – Monthly Update, August 2024\n\nThe mission verified at "
            "least 184 civilians killed in August. In Kharkiv city, guided bombs dropped from "
            "aircraft were behind the majority of casualties recorded during the month.")
    assert incident_keys(text, date="2024-09-10") == set()


def test_leave_to_use_a_missile_against_targets_is_no_strike():
    text = ("Officials in Washington confirmed that the president had allowed Ukraine to use "
            "U.S.-supplied ATACMS missiles against targets inside Russia.")
    assert incident_keys(text, date="2024-11-18") == set()


def test_a_monthly_record_heads_no_review():
    text = ("URGENT — KYIV: Russia launched more than 4,000 drones at Ukraine in March, a "
            "monthly record\n\nUPDATE 1 — roughly 60% of attack drones were shot down over the "
            "month, the Air Force says")
    assert incident_keys(text, date="2025-04-01") == set()


def test_a_fire_whose_cause_was_a_drone_attack_is_one_there():
    text = ("A fire started at the oil terminal in the port of Ust-Luga at night. According to "
            "preliminary information, the cause was a drone attack.")
    assert incident_keys(text, date="2024-01-21") == {("drone_attack", "RU-LEN")}


def test_the_city_in_a_live_blogs_clock_is_not_a_place():
    text = "16.20 Kyiv – Two guided aerial bombs have hit a hypermarket in Kharkiv, the governor says."
    assert incident_keys(text, date="2024-05-25") == {("airstrike", "UA-63")}


def test_a_heading_of_a_base_its_region_and_the_night_places_the_strike_on_the_base():
    text = ("Engels air base, Saratov region, night of 19-20 March.\n\nThe General Staff says "
            "drones struck the base, which houses bombers used in raids on Ukrainian cities.")
    assert incident_places(text, date="2025-03-20") == {("drone_attack", "Engels")}


def test_aircraft_stands_hit_by_missiles_are_no_air_strike():
    text = ("Clips geolocated to the airfield at Saky show four detonations across the eastern "
            "aircraft stands after an ATACMS strike.")
    assert {t for t, _ in incident_keys(text, date="2024-05-16")} == {"missile_strike"}


def test_rockets_whose_launcher_the_paragraph_names_are_shelling():
    text = ("Rockets have been fired at Belgorod again. A man was killed in a car. The ministry "
            "says its air defences shot down ten rockets from a Vampire multiple rocket "
            "launcher over the city.")
    assert incident_keys(text, date="2024-03-16") == {("shelling", "RU-BEL")}


def test_the_regions_teams_were_at_work_in_are_the_days_clearing():
    text = ("Over the past day pyrotechnic units neutralised 412 explosive items. Teams were at "
            "work in Kharkiv and Sumy regions.")
    assert incident_keys(text, date="2024-11-06") == {("mine_clearing", "UA-63"),
                                                      ("mine_clearing", "UA-59")}


def test_equipment_handed_over_an_exhibition_and_rebuilt_ruins_are_no_events():
    for text in (
            "At a ceremony in Kyiv, Japan handed over another batch of equipment to the "
            "service: mine detectors, suits and machines for clearing vegetation ahead of "
            "demining teams.",
            "An exhibition of disarmed munitions collected by pyrotechnicians opened in "
            "Chernihiv's central square.",
            "In Irpin, new blocks of flats stand where shelled ones were pulled down.",
    ):
        assert incident_keys(text, date="2024-03-27") == set(), text


def test_a_machine_that_went_to_work_and_land_handed_back_are_clearing():
    for text in ("A remotely operated demining machine went to work this week on the fields "
                 "outside Snihurivka.",
                 "Our teams near Snihurivka handed back another 14 hectares of farmland to the "
                 "cooperative after three months of manual clearance."):
        assert incident_keys(text, date="2024-03-12") == {("mine_clearing", "UA-48")}, text


def test_a_title_case_dateline_with_its_agency_is_where_the_story_was_filed():
    text = ("Kyiv (AFP) - Ukraine on Saturday mourned 18 people killed when a Russian ballistic "
            "missile struck a residential area in the central city of Kryvyi Rih.")
    assert incident_keys(text, date="2025-04-05") == {("missile_strike", "UA-12")}


def test_the_missile_told_again_with_its_own_day_is_one_incident():
    text = ("Ukraine on Saturday mourned 18 people killed when a Russian missile struck a "
            "residential area of Kryvyi Rih. The missile hit on Friday evening, officials said.")
    assert len(incident_rows(text, date="2025-04-05")) == 1


def test_weapons_sent_able_to_strike_or_a_package_that_includes_them_are_no_strikes():
    for text in (
            "LONDON, May 11 (Reuters) - Britain said it had begun sending Storm Shadow cruise "
            "missiles to Ukraine, the first country to supply Kyiv with weapons able to strike "
            "targets more than 250 km away.",
            "A $325 million package announced after the meeting at the White House includes "
            "ammunition for HIMARS rocket launchers, artillery rounds and cluster munitions.",
            "Officials argue that ATACMS, which can fly up to 300 km, would allow their forces "
            "to hit airfields on the Crimean peninsula.",
            "Officials say they have no reliable means of stopping the Kinzhal, which Russia "
            "first used last March, when one destroyed a weapons store in the Ivano-Frankivsk "
            "region.",
            "Officials said sanctions combined with Kyiv's campaign of long-range drone strikes "
            "on refineries would squeeze Moscow's ability to pay for the war.",
    ):
        assert incident_keys(text, date="2024-03-01") == set(), text


def test_a_capital_that_shipped_weapons_is_no_target():
    text = ("Ukraine has used ATACMS missiles for the first time, hitting airfields in "
            "Berdiansk, a U.S. official said, after Washington quietly shipped a small number of "
            "the weapons.")
    assert incident_keys(text, date="2023-10-17") == {("missile_strike", "UA-23")}


def test_guided_rockets_of_a_named_launcher_are_shelling():
    text = ("The ministry said Ukraine had fired Vilkha guided rockets and Vampire multiple "
            "rocket launchers at Belgorod.")
    assert incident_keys(text, date="2023-12-30") == {("shelling", "RU-BEL")}


def test_duds_of_a_barrage_gathered_up_are_cleared_where_it_fell():
    for text in (
            "Ukrainian forces fired rocket artillery at Belgorod on Sunday, and several cluster "
            "submunitions landed in yards without exploding. By Monday, sappers said they had "
            "collected and destroyed the bomblets.",
            "Overnight the army fired Uragan rockets at Vilniansk. By morning police explosives "
            "technicians were at the scene. They collected 17 unexploded submunitions from "
            "gardens and destroyed them outside the town.",
    ):
        assert {t for t, _ in incident_keys(text, date="2024-03-18")} == {
            "shelling", "mine_clearing"}, text


def test_most_of_the_work_fell_on_regions_of_the_tally():
    text = ("Pyrotechnic units neutralised 3,600 explosive items over the past week. Most of the "
            "work again fell on Kharkiv region, followed by Kherson region.")
    assert incident_keys(text, date="2023-11-02") == {("mine_clearing", "UA-63"),
                                                      ("mine_clearing", "UA-65")}


def test_former_deminers_and_a_course_on_handling_warheads_are_no_clearing():
    for text in ("Among the operators is a private company from Zhytomyr set up by former "
                 "emergency service pyrotechnicians.",
                 "The training, held at a range near Bulboaca, includes the handling of drone "
                 "warheads and rocket fragments, which have fallen on Moldovan territory."):
        assert incident_keys(text, date="2024-12-04") == set(), text
