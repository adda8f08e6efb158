"""Administrations' posts and wire copy as they are written: communities by their
adjectives, a place that opens a sentence of several attacks, a post headed by its city,
tally lines of shells, planned disposal, what a place lives with, days long past, and
what a report compares with or answers."""

from __future__ import annotations

from .conftest import incident_keys, incident_places, incident_rows


def _found(text: str, date: str = "2024-05-12") -> set[tuple[str, str]]:
    return incident_keys(text, date=date)


def _places(text: str, date: str = "2024-05-12") -> set[tuple[str, str]]:
    return incident_places(text, date=date)


def _incidents_intercepted(text: str, date: str = "2024-05-14") -> set[tuple[str, str, bool]]:
    return {(r["event_type"], r["admin1_code"] or r["place"], bool(r["intercepted"]))
            for r in incident_rows(text, date=date)}


def test_a_community_named_by_its_adjective_heads_its_line():
    text = ("Over the past day the Russians shelled the border of Sumy oblast 40 times.\n"
            "- Krasnopilska community: mortar fire (6 explosions);\n"
            "- Myropilska community: an FPV drone attack.")
    assert _places(text, "2024-10-21") == {("shelling", "Krasnopilska hromada"),
                                           ("drone_attack", "Myropilska hromada")}
    # (a town before "community" is the town's: "the Bucha community" is Bucha)
    assert not any("hromada" in p for _, p in _places(
        "Shelling hit the Bucha community overnight.", "2024-10-21"))


def test_a_place_that_opens_a_sentence_has_each_attack_it_tells():
    text = ("In Kozinka 8 mortar rounds were fired, and a drone dropped an explosive device "
            "on a barn.")
    assert _places(text, "2023-06-09") == {("shelling", "Kozinka"), ("drone_attack", "Kozinka")}
    # (a place told later in another clause keeps its own attack)
    assert _found("In Kherson artillery shelled the port, while drones struck Mykolaiv.",
                  "2023-06-09") == {("shelling", "UA-65"), ("drone_attack", "UA-48")}


def test_a_post_headed_by_its_city_places_attacks_told_without_one():
    text = ("Kherson. Around 9:00 a drone dropped explosives on a bus. Two people were hurt.\n\n"
            "In the afternoon the occupiers also shelled the Shumenskyi microdistrict.")
    assert _found(text, "2023-10-02") == {("drone_attack", "UA-65"), ("shelling", "UA-65")}


def test_a_line_of_shells_counted_at_a_place_is_its_shelling():
    text = ("Grayvoron district. In Kozinka a drone hit a car.\n"
            "Gora-Podol: 5 mortar rounds.\nNovaya Tavolzhanka: 9 artillery shells.")
    found = _places(text, "2024-09-16")
    assert ("shelling", "Gora-Podol") in found and ("shelling", "Novaya Tavolzhanka") in found
    assert ("drone_attack", "Novaya Tavolzhanka") not in found
    # (shells counted as cleared are ordnance)
    assert ("shelling", "UA-63") not in _found(
        "Sappers worked in the Izium district. Results: Izium - 12 shells destroyed.",
        "2024-09-16")


def test_disposal_announced_for_tomorrow_is_planned_clearing():
    text = ("Tomorrow from 10:00 pyrotechnicians will destroy explosive objects found near "
            "Irpin. Loud explosions will be heard.")
    assert _found(text, "2023-05-24") == {("mine_clearing", "UA-32")}


def test_shelling_a_place_lives_with_and_damage_from_an_old_day_are_no_events():
    assert _found("Despite the constant shelling, the post office in Bilozerka has reopened.",
                  "2023-12-11") == set()
    assert _found("Windows damaged during the massive missile attack on Zaporizhzhia on 22 "
                  "March have been replaced.", "2024-05-10") == set()
    assert _found("Bohodukhiv. The commission inspected houses damaged by the guided bomb "
                  "strike of 3 May.", "2024-05-29") == set()
    assert _found("The July toll was driven by the attack of July 8, when missiles hit a "
                  "hospital in Kyiv.", "2024-08-09") == set()
    # (a day within the last fortnight is news)
    assert _found("On August 2, missiles hit a hospital in Kyiv.", "2024-08-09") == {
        ("missile_strike", "UA-30")}


def test_a_day_of_the_month_weeks_back_is_background():
    text = ("Drones pounded Izmail overnight, officials said on Wednesday. On July 24 an attack "
            "on Reni wrecked several warehouses.")
    assert _found(text, "2023-08-16") == {("drone_attack", "UA-51")}
    # (the day of a dateline is the day the story was filed)
    assert _found("ODESA, Aug 2 - Drones attacked the port before dawn, the navy said.",
                  "2024-08-16") == {("drone_attack", "UA-51")}


def test_alternative_crossings_and_the_town_a_crossing_lies_by_are_not_blockaded():
    text = ("Hungarian carriers will block the Zahony crossing from 4 December. Drivers are "
            "advised to use alternative crossings: Luzhanka - Beregsurany, Vylok - Tiszabecs.")
    assert _found(text, "2023-12-01") == {("border_blockade", "HU-SZ")}
    text = ("Hauliers began blocking the Vysne Nemecke crossing on Friday. 'We are fighting for "
            "our firms,' an organiser said at the crossing east of Michalovce.")
    assert _places(text, "2023-12-01") == {("border_blockade", "Vyšné Nemecké")}


def test_a_city_a_blockade_is_reported_from_is_not_its_place():
    text = ("YEREVAN, April 20 - Armenia agreed to hand back four border villages. Residents "
            "protested, blocking a road in the village.")
    assert _found(text, "2024-04-20") == set()


def test_help_pledged_for_clearing_is_no_clearing():
    assert _found("TOKYO, Feb 19 - Japan pledged on Monday to help Ukraine clear land mines.",
                  "2024-02-19") == set()
    assert _found("Sappers cleared land mines near Izium on Monday, helped by Japanese "
                  "machines.", "2024-02-19") == {("mine_clearing", "UA-63")}


def test_governments_that_claim_or_blame_are_not_places_hit():
    text = ("Shells landed at the nuclear plant in Enerhodar on Saturday, as Moscow and Kyiv "
            "again blamed each other.")
    assert _found(text, "2022-08-21") == {("shelling", "UA-23")}
    text = ("The hospital in Kyiv was hit by a Kh-101 missile on Monday, not by an interceptor, "
            "as Moscow had claimed.")
    assert ("missile_strike", "RU-MOW") not in _found(text, "2024-07-10")


def test_rockets_fired_from_himars_launchers_are_shelling():
    text = ("The bridge at Glushkovo, Kursk region, was hit on Friday by rockets fired from "
            "U.S.-made HIMARS launchers.")
    assert _found(text, "2024-08-18") == {("shelling", "RU-KRS")}
    # (launchers hit are still a target: "destroyed two HIMARS launchers")
    assert _found("Russian drones destroyed two HIMARS launchers near Kramatorsk on Friday.",
                  "2024-08-18") == {("drone_attack", "UA-14")}


def test_weapons_where_they_were_kept_are_targets_and_retaliation_is_for_the_past():
    text = ("Moscow called the raids retaliation for Monday's attack on the Crimean bridge and "
            "said it hit sites where sea drones were being prepared.")
    assert _found(text, "2023-07-20") == set()


def test_protests_compared_with_those_elsewhere_are_the_past():
    text = ("Romanian hauliers kept lorries parked on the approaches to the Siret crossing on "
            "Tuesday. The protests echo those in Poland, where truckers blocked Dorohusk for "
            "two months.")
    assert _found(text, "2024-01-16") == {("border_blockade", "RO-SV")}


def test_pickets_that_stayed_in_place_at_crossings_are_a_blockade():
    text = "In Poland, pickets stayed in place at Dorohusk and Korczowa on Friday."
    assert _found(text, "2023-12-01") == {("border_blockade", "PL-06"),
                                          ("border_blockade", "PL-18")}


def test_a_region_outside_which_it_happened_is_no_place():
    text = ("Sea drones attacked the naval base at Novorossiysk on Friday, the first such strike "
            "on a Russian port outside Crimea.")
    assert _found(text, "2023-08-04") == {("drone_attack", "RU-KDA")}


def test_a_blockade_that_ran_from_months_back_is_background():
    text = ("Farmers shut the Zosin crossing on Wednesday. A separate blockade by truckers at "
            "Dorohusk and Hrebenne ran from early November until mid-January.")
    assert _places(text, "2024-03-06") == {("border_blockade", "Zosin")}


def test_attacks_in_the_weeks_that_followed_an_earlier_day_are_background():
    text = ("Drones pounded Izmail overnight, officials said on Wednesday. Russia quit the grain "
            "deal on July 17; missiles struck terminals in Odesa in the week that followed.")
    assert _found(text, "2023-08-16") == {("drone_attack", "UA-51")}


def test_a_trials_or_a_tests_story_tells_no_news_attack_without_a_day():
    text = ("THE HAGUE - A court on Thursday convicted three men over the downing of a "
            "passenger jet in July 2014.\n\nThe judge said the plane was shot down by a missile "
            "fired from a field; wreckage fell around Hrabove.")
    assert _found(text, "2022-11-17") == set()
    text = ("SEOUL - North Korea test-fired a ballistic missile on Wednesday.\n\nThe missile "
            "flew for an hour and fell in the Sea of Japan, officials said.")
    assert _found(text, "2023-07-12") == set()
    # (an attack with a day of its own in such a story is still told)
    text = ("A court in Kyiv sentenced a Russian soldier for shelling Chernihiv in 2022. On "
            "Thursday, drones hit Chernihiv again.")
    assert _found(text, "2024-03-08") == {("drone_attack", "UA-74")}


def test_a_blockade_remembered_and_clearing_trained_for_are_no_events():
    assert _found('"People here still remember the blockade," said a shop owner in Dorohusk.',
                  "2024-11-25") == set()
    assert _found("Minehunters spent the week training to clear a shipping lane south of "
                  "Bornholm in the Baltic Sea.", "2024-06-18") == set()


def test_bombing_runs_at_a_range_and_a_month_looked_back_to_are_no_attacks():
    assert _found("Su-30SM aircraft carried out bombing runs at the Ruzhany air range, the "
                  "Belarusian ministry said.", "2025-09-14") == set()
    assert _found("The hospital in Kyiv reopened on Monday a unit damaged in July, when a "
                  "Russian missile hit its toxicology building.", "2024-12-02") == set()


def test_a_place_above_which_weapons_were_downed_opens_the_sentence():
    assert _incidents_intercepted("Above Belgorod, air defence shot down two tactical missiles "
                                  "in the evening.") == {("missile_strike", "RU-BEL", True)}


def test_crossings_police_recommend_are_not_blockaded():
    text = ("Farmers blocked the road to the Swiecko crossing with Germany on Wednesday. Police "
            "recommend using the crossings at Olszyna or Kostrzyn.")
    assert not any(p in ("Olszyna", "Kostrzyn nad Odrą") for _, p in _places(text, "2024-03-20"))


def test_an_unexploded_bomb_of_the_second_world_war_is_no_airstrike():
    text = ("An unexploded aerial bomb from the Second World War found in the port of Gdansk "
            "will be removed by army sappers on Sunday.")
    assert _found(text, "2024-09-06") == {("mine_clearing", "PL-22")}


def test_a_ministrys_tally_with_the_count_first_on_each_line():
    text = ("Over the past night, air defence systems destroyed 30 Ukrainian UAVs:\n\n"
            "— 18 over the territory of the Bryansk region,\n"
            "— 12 over the territory of the Oryol region.")
    assert _incidents_intercepted(text) == {("drone_attack", "RU-BRY", True),
                                            ("drone_attack", "RU-ORL", True)}


def test_a_town_outside_which_a_village_lies_only_locates_it():
    text = "Fragments of a drone were recovered from a field near Czosnowka, outside Biala Podlaska."
    assert {p for _, p in _places(text, "2025-09-10")} == {"Czosnówka"}


def test_weapons_wanted_and_units_named_after_a_weapon_are_no_attacks():
    assert _found("Zelensky said Kyiv needs long-range missiles to hit airfields in Russia's "
                  "Kursk region.") == set()
    assert _found("A Russian Iskander brigade is based near Luga, in the Leningrad region.") == set()
    # (a unit that fires, and drones used to hit, are attacks)
    assert _found("An Iskander brigade fired two missiles at Kharkiv overnight.") == {
        ("missile_strike", "UA-63")}
    assert _found("Ukraine used drones to hit a refinery in Ryazan overnight.") == {
        ("drone_attack", "RU-RYA")}


def test_tally_lines_with_the_count_before_a_dash():
    text = ("During the past night, air defence systems destroyed 25 Ukrainian UAVs:\n\n"
            "18 — over the territory of the Bryansk region,\n"
            "7 — over the waters of the Sea of Azov.")
    assert {(t, c) for t, c, _ in _incidents_intercepted(text, "2024-08-27")} == {
        ("drone_attack", "RU-BRY"), ("drone_attack", "Sea of Azov")}


def test_strikes_also_reported_in_a_list_of_cities_carry_the_attack():
    text = ("Missiles hit Kyiv on Monday morning. Strikes were also reported in Lviv, Ternopil "
            "and Zhytomyr. The barrage came two days after a blast damaged the bridge to Crimea.")
    assert _found(text, "2022-10-10") == {("missile_strike", c)
                                          for c in ("UA-30", "UA-46", "UA-61", "UA-18")}


def test_a_training_launch_and_where_launches_usually_come_from_are_no_strikes():
    assert _found("MOSCOW - The Strategic Missile Forces carried out a training launch of a Yars "
                  "missile from Plesetsk in the Arkhangelsk region.", "2023-02-22") == set()
    assert _found("Kalibr launches come mostly from submarines close to the Russian coast of "
                  "the Black Sea.", "2024-04-03") == set()


def test_a_team_that_cleared_a_section_of_a_road_where_mines_lay():
    assert _found("Near Kupiansk, a team cleared a section of a field road where anti-tank "
                  "mines had been found.", "2023-05-10") == {("mine_clearing", "UA-63")}


def test_a_city_named_for_its_coast_only_locates_the_sea():
    text = ("A mine sighted off Sile on Istanbul's Black Sea coast was destroyed by navy divers "
            "on Friday.")
    assert "Istanbul" not in {p for _, p in _places(text, "2022-04-08")}


def test_a_day_or_a_time_that_opens_a_sentence_is_no_first_name():
    assert _found("On the night of Friday Tuapse came under attack by drones.",
                  "2024-05-17") == {("drone_attack", "RU-KDA")}
    assert _found("Overnight Tuapse came under attack by drones.", "2024-05-17") == {
        ("drone_attack", "RU-KDA")}


def test_drones_downed_as_well_as_missiles_keep_their_own_region():
    text = ("Air defence shot down three ATACMS missiles over the Crimean peninsula, as well as "
            "27 unmanned aerial vehicles over the territory of the Belgorod region.")
    assert _found(text, "2024-05-06") == {("missile_strike", "UA-43"),
                                          ("drone_attack", "RU-BEL")}


def test_a_rivers_arm_named_after_a_town_is_not_the_town():
    text = ("A disposal team destroyed a naval mine found by a dredger in the Kiliia branch near "
            "Vylkove on Wednesday.")
    assert {p for _, p in _places(text, "2024-04-18")} == {"Vylkove"}


def test_a_strike_delivered_is_carried_out_and_a_howitzers_name_is_no_town():
    assert _found("On 29 April the Russian army delivered a strike with Kalibr missiles on "
                  "workshops in Odesa.", "2024-04-30") == {("missile_strike", "UA-51")}
    assert _found("The US delivered ATACMS missiles to Ukraine last month.") == set()
    assert _places("A Lancet destroyed a Bogdana self-propelled howitzer in Pokrovsk.",
                   "2024-11-29") == {("drone_attack", "Pokrovsk")}


def test_capitals_that_travel_favour_host_or_are_asked_are_no_targets():
    assert _found("Missiles hit Kyiv and Kharkiv before dawn as Zelensky heads to Washington.",
                  "2024-09-20") == {("missile_strike", "UA-30"), ("missile_strike", "UA-63")}
    assert _found("Brussels summoned Russia's envoy in Brussels after drones hit Kyiv on "
                  "Monday.", "2024-09-20") == {("drone_attack", "UA-30")}
    assert _found("Warsaw favours Ukraine shooting down missiles over its territory, Sikorski "
                  "said on Monday.", "2024-09-20") == set()
    assert _found("Record drone barrage: Lutsk hit hard; Rome conference opens tomorrow",
                  "2024-09-20") == {("drone_attack", "UA-07")}
    assert _found("The UK pushed Washington to allow Storm Shadow strikes deeper into Russia.",
                  "2024-09-20") == set()


def test_aircraft_damaged_on_the_ground_drones_approaching_and_showcases():
    text = ("Four Il-76 transport aircraft were damaged when drones attacked the airfield at "
            "Pskov overnight.")
    assert _found(text, "2023-08-30") == {("drone_attack", "RU-PSK")}
    text = ("Drones were shot down over the Kaluga region, and a drone approaching Moscow was "
            "destroyed over the Moscow region, the ministry said on Wednesday.")
    assert ("drone_attack", "RU-MOW") not in _found(text, "2023-08-30")
    assert _found("At a testing ground outside Kyiv, more than 70 teams demonstrated strike "
                  "drones to military buyers.", "2024-05-17") == set()
    assert ("drone_attack", "EG-C") not in _found(
        "Cairo talks stall; a drone hits Metula in northern Israel.", "2024-05-16")


def test_a_list_of_targets_is_no_apposition_and_jet_drones_no_jets():
    text = ("Missiles also struck a maternity hospital in Dnipro, a shopping centre in Lviv, "
            "and homes in Odesa.")
    assert _found(text) == {("missile_strike", c) for c in ("UA-12", "UA-46", "UA-51")}
    assert _found("Ukrainian jet-powered drones attacked the Engels air base in the Saratov "
                  "region.") == {("drone_attack", "RU-SAR")}


def test_what_a_base_is_for_and_a_strike_ten_days_earlier_are_background():
    assert _found("Engels is home to Tu-95 bombers used to launch cruise missiles at "
                  "Ukraine.") == set()
    assert _found("Residents mourned the 20 people killed by a missile strike on a playground "
                  "in Kryvyi Rih ten days earlier.", "2025-04-14") == set()
    # (two days ago is news)
    assert _found("A missile strike on Kryvyi Rih two days ago killed 20 people.",
                  "2025-04-14") == {("missile_strike", "UA-12")}


def test_the_town_a_road_leads_to_is_not_where_the_mines_were():
    assert _found("Sappers removed 40 anti-tank mines from fields next to the road to "
                  "Mykolaiv.", "2024-07-12") == set()


def test_clearing_applied_for_drones_flown_unlawfully_and_repairs_are_no_events():
    assert _found("Kharkiv region farmers can apply for state-funded humanitarian demining of "
                  "their land.", "2024-06-05") == set()
    assert _found("Bucha police fined a father because his son broke the rules of martial law, "
                  "which prohibit launching drones without permission.", "2023-06-06") == set()
    assert _found("Since January, crews in Nikopol have glazed 1,146 windows in homes damaged "
                  "by shelling.", "2024-03-05") == set()


def test_national_park_alone_is_no_place():
    from geomap import geoparse
    assert [m.text for m in geoparse("Tourists visited the National Park on Sunday.")] == []
