"""An analyst's ledger of the western borders, the coast, the long stories and the live
blogs: crossings driven to and then blocked, grievances that are not the protest's end, ships
under their new names, launch areas and airfields, duds defused by a port, truces,
capabilities, exhibits, production, deliveries, anniversaries, where teams are based and
where they worked, half-year tallies and their breakdowns, regions a statement left out,
capitals that act, carriers taking off, lists with an old region's name, the crews that fire,
entries withdrawn and towns denied."""

from __future__ import annotations

from .conftest import incident_keys, incident_places, incident_rows


def test_a_crossing_driven_to_and_then_blocked_is_the_blockade_place():
    text = ("About a hundred farmers drove their tractors to the Záhony border crossing on "
            "Monday and blocked the road leading to it for two hours.")
    assert incident_places(text, date="2024-02-26") == {("border_blockade", "Záhony")}
    # (where lorries were going is still no place of a blockade)
    assert incident_keys("Lorries heading to the Medyka crossing queued for hours on "
                         "Tuesday.", date="2024-02-27") == set()


def test_a_rule_lifted_in_the_grievance_does_not_end_the_blockade():
    text = ("Polish hauliers started blocking the Dorohusk crossing on Monday, angry that "
            "Brussels lifted the permit requirement for Ukrainian firms.")
    assert [r["status"] for r in incident_rows(text, date="2023-11-07")] == ["ongoing"]
    lifted = "Hauliers lifted the blockade of the Dorohusk crossing on Sunday."
    assert [r["status"] for r in incident_rows(lifted, date="2024-01-15")] == ["ended"]


def test_a_border_village_blocked_is_kept_whatever_else_the_text_names():
    # (a capital far away does not make the border village a stray word)
    text = "Polish hauliers started blocking Dorohusk on Monday, angry at Brussels."
    assert incident_places(text, date="2023-11-07") == {("border_blockade", "Dorohusk")}


def test_the_road_closed_to_lorries_and_tractors_across_the_lane_are_blockades():
    assert incident_places("At Budomierz, protesting farmers shut the road to lorries for "
                           "the third day.", date="2024-02-22") == {
        ("border_blockade", "Budomierz")}
    assert incident_places("Tractors lined up across the truck lane at Dorohusk have halted "
                           "freight since dawn.", date="2024-02-22") == {
        ("border_blockade", "Dorohusk")}


def test_ships_under_their_new_names_are_not_places():
    text = ("Two minehunters handed over by Britain, renamed Chernihiv and Cherkasy, were to "
            "help sweep Ukraine's shipping lanes.")
    assert not {code for _, code in incident_keys(text, date="2024-01-03")} & {
        "UA-74", "UA-71"}


def test_a_launch_area_inside_a_region_is_no_place_of_the_attack():
    text = ("Shahed drones launched from the area of Cape Chauda in occupied Crimea were "
            "downed over the Mykolaiv region.")
    assert incident_keys(text, date="2023-08-16") == {("drone_attack", "UA-48")}


def test_a_dud_defused_near_a_port_is_cleared_on_land():
    rows = incident_rows("A bomb disposal team defused a Shahed warhead that fell near the "
                         "port of Izmail.", date="2023-08-16")
    assert [(r["event_type"], r["mine_domain"]) for r in rows] == [("mine_clearing", "land")]
    rows = incident_rows("Navy divers destroyed a mine found near the port of Odesa.",
                         date="2023-08-16")
    assert [(r["event_type"], r["mine_domain"]) for r in rows] == [("mine_clearing", "sea")]


def test_a_halt_to_strikes_in_a_proposal_is_no_attack():
    text = ("Before the talks, Kyiv had proposed a 30-day ceasefire, including a halt to "
            "missile and drone strikes.")
    assert incident_keys(text, date="2025-05-16") == set()
    # (the end of an attack is a time, not a halt proposed)
    assert incident_keys("By the end of the drone attack, 20 houses in Odesa were damaged.",
                         date="2025-05-16") == {("drone_attack", "UA-51")}


def test_missiles_supplied_and_able_to_hit_far_targets_are_no_attack():
    text = ("London confirmed it was arming Ukraine with Storm Shadow missiles, the first "
            "country to give Kyiv cruise missiles able to hit targets 250 km away.")
    assert incident_keys(text, date="2023-05-11") == set()
    assert incident_keys("Britain will send Kyiv cruise missiles able to hit targets 250 km "
                         "away.", date="2023-05-11") == set()


def test_wreckage_on_show_is_no_attack_where_it_was_found():
    # (an event of the sentence before, long past, does not carry into the exhibits)
    text = ("A museum has opened an exhibition of Russian weapons, among them parts of a "
            "Kinzhal downed over the capital in May 2023. Visitors can inspect the engine of a "
            "Kh-101 cruise missile, the wing of a Shahed drone found in the Kyiv region and the "
            "nose of a ballistic missile.")
    assert incident_keys(text, date="2024-09-14") == set()


def test_weapons_produced_or_named_are_no_attack():
    text = ("Russia keeps expanding production of Shahed-type attack drones, which it calls "
            "Geran-2, at the Alabuga plant in Tatarstan.")
    assert incident_keys(text, date="2024-04-10") == set()


def test_the_days_that_followed_a_day_long_past_are_background():
    text = ("On 6 June 2023 the dam burst and water flooded villages along the Dnipro. "
            "Rescuers in Kherson came under shelling in the days that followed.")
    assert incident_keys(text, date="2024-06-06") == set()
    recent = ("On Tuesday water flooded villages along the Dnipro. Rescuers in Kherson came "
              "under shelling in the days that followed.")
    assert incident_keys(recent, date="2023-06-09") == {("shelling", "UA-65")}


def test_a_year_marked_since_an_attack_is_a_commemoration():
    text = ("HROZA - The village of Hroza in the Kharkiv region marked one year on Saturday "
            "since a missile hit a cafe during a wake, killing 59 people.")
    assert incident_keys(text, date="2024-10-05") == set()


def test_every_region_a_team_is_based_in_is_no_place_of_work():
    text = ("The deminers belong to emergency service teams based in the Kharkiv and Kherson "
            "regions.")
    assert incident_keys(text, date="2024-06-12") == set()
    # (an apposition after a neighbour is the place itself)
    text = ("Slovak hauliers have kept their main crossing with Ukraine, Vyšné Nemecké, "
            "closed to lorries since Friday.")
    assert incident_places(text, date="2023-12-04") == {("border_blockade", "Vyšné Nemecké")}


def test_a_half_years_interceptions_are_a_tally():
    text = ("Presenting a half-year report to the regional duma, the governor of the Belgorod "
            "region said that over the half-year air defence over the region had intercepted "
            "more than 2,500 aerial targets, including Vampire rockets and drones.")
    assert incident_keys(text, date="2024-07-03") == set()


def test_a_region_a_statement_did_not_mention_is_no_place():
    text = ("No attacks on the region were recorded overnight, the governor said. The "
            "ministry's morning list of intercepted drones did not mention the Tula region.")
    assert incident_keys(text, date="2024-11-05") == set()


def test_a_capital_on_guard_is_its_government():
    text = ("Russian drones hit the port of Izmail overnight, as Bucharest again raised its "
            "guard along the Danube.")
    assert incident_keys(text, date="2023-09-13") == {("drone_attack", "UA-51")}


def test_the_chance_of_intercepting_missiles_is_no_interception():
    text = ("Two Iskander missiles hit Kharkiv on Thursday, the governor said.\n\n"
            "Separately, Russian aircraft dropped guided bombs on Kupiansk, damaging a shop, he "
            "said.\n\nUkraine's air force said its crews had little chance of intercepting "
            "ballistic missiles launched from the Belgorod region, under a minute's flight from "
            "the city.")
    rows = incident_rows(text, date="2024-05-23")
    assert {(r["event_type"], r["place"]) for r in rows} == {
        ("missile_strike", "Kharkiv"), ("airstrike", "Kupyansk")}


def test_the_regions_a_days_teams_worked_in_are_its_places():
    text = ("Over the past day pyrotechnicians neutralised 150 explosive objects. Teams worked "
            "in the Sumy, Kharkiv and Kherson regions.")
    assert incident_keys(text, date="2023-06-28") == {
        ("mine_clearing", "UA-59"), ("mine_clearing", "UA-63"), ("mine_clearing", "UA-65")}


def test_a_village_named_like_an_old_region_is_the_next_of_a_list():
    # (Stanislav is also the old name of the Ivano-Frankivsk region)
    text = "Over the past day Russian troops shelled Beryslav, Stanislav and the city of Kherson."
    assert incident_keys(text, date="2023-11-18") == {("shelling", "UA-65")}
    # (a region's own name after the comma still places the town)
    assert incident_keys("Shelling hit Avdiivka, Donetsk overnight.", date="2023-11-18") == {
        ("shelling", "UA-14")}


def test_a_missile_carrier_taking_off_is_an_alert():
    text = ("Sirens sounded in Dnipro three times overnight after a MiG-31K carrying a Kinzhal "
            "missile had taken off.")
    assert incident_keys(text, date="2023-11-19") == set()


def test_where_a_protest_is_held_is_its_place():
    text = ("Polish hauliers blocked three crossings for a second day. The protest, which "
            "began on Monday, is being held at Dorohusk and Hrebenne.")
    assert incident_places(text, date="2023-11-07") == {
        ("border_blockade", "Dorohusk"), ("border_blockade", "Hrebenne")}


def test_mortar_crews_that_fire_are_shelling():
    assert incident_keys("Russian mortar crews fired at Horodnia, Chernihiv region, "
                         "overnight.", date="2023-11-07") == {("shelling", "UA-74")}
    # (a crew that is hit is still the target)
    assert incident_keys("A drone struck a mortar crew near Bakhmut.",
                         date="2023-11-07") == {("drone_attack", "UA-14")}


def test_an_entry_a_later_one_says_never_happened_is_dropped():
    text = ("08:55 - Reports of a drone hitting a plant in Bila Tserkva.\n\n09:40 - The regional "
            "administration says no attack took place in Bila Tserkva: the bang residents heard "
            "was a substation failure.")
    assert incident_keys(text, date="2024-08-15") == set()
    # (a claim about the attack called false leaves the attack)
    text = ("Drones hit the port of Izmail overnight. Posts saying that a drone hit a hospital "
            "in Izmail are false.")
    assert incident_keys(text, date="2024-08-15") == {("drone_attack", "UA-51")}


def test_a_capital_awaited_for_comment_is_its_government():
    text = ("Russia's defence ministry is claiming a record number of drones destroyed "
            "overnight; we are waiting for Kyiv to comment.")
    assert incident_keys(text, date="2024-09-10") == set()


def test_the_town_told_is_not_the_one_denied():
    text = ("Correction: the governor says the missiles struck Chuhuiv, not Kharkiv. Two S-300 "
            "missiles hit the town; several houses were damaged.")
    assert incident_places(text, date="2024-04-06") == {("missile_strike", "Chuhuyiv")}


def test_tractors_to_be_parked_on_the_approaches_are_a_planned_blockade():
    rows = incident_rows("Organisers say tractors will be parked on the approaches to "
                         "Dorohusk and Medyka from Friday.", date="2024-02-07")
    assert {(r["place"], r["status"]) for r in rows} == {
        ("Dorohusk", "planned"), ("Medyka", "planned")}


def test_weapons_arrived_or_launched_from_an_airfield_are_no_attack_there():
    assert incident_keys("State television said Storm Shadow missiles had arrived in Ukraine "
                         "through the hub at Rzeszow.", date="2023-05-13") == set()
    assert incident_keys("Britain sanctioned units it said were launching Geran drones from an "
                         "airfield near Primorsko-Akhtarsk in the Krasnodar region.",
                         date="2024-09-23") == set()


def test_an_acting_governors_region_is_who_speaks():
    text = ("Kursk acting governor Alexei Smirnov says Ukrainian forces have been shelling "
            "Sudzha since morning.")
    assert incident_places(text, date="2024-08-07") == {("shelling", "Sudzha")}


def test_a_tallys_breakdown_by_region_follows_it():
    text = ("Air defence destroyed 21 drones over Russian regions and over the Sea of Azov "
            "overnight, the ministry said. The breakdown: nine over the Bryansk region, five "
            "over the Kursk region and two over the Belgorod region.")
    assert {"RU-BRY", "RU-KRS", "RU-BEL"} <= {code for _, code in incident_keys(
        text, date="2024-09-01")}


def test_cities_that_report_their_own_hits_are_their_places():
    text = ("Dnipro and Zaporizhzhia also reported missile hits on residential areas and "
            "infrastructure.")
    assert incident_keys(text, date="2022-10-10") == {
        ("missile_strike", "UA-12"), ("missile_strike", "UA-23")}
    # (a capital that reports what happened elsewhere is who speaks)
    assert incident_keys("Kyiv reported that Russian drones hit Belgorod.",
                         date="2022-10-10") == {("drone_attack", "RU-BEL")}


def test_what_a_correction_says_was_written_before_is_withdrawn():
    text = ("09:20 - Correction to our 06:10 entry. We wrote that a drone had set fire to an "
            "energy facility in the Khmelnytskyi region. The entry has been amended.")
    assert incident_keys(text, date="2024-03-22") == set()
