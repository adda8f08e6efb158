"""Events in think-tank assessments, officials' posts, monitoring updates, shipping news
and business news that use war words: what is an incident there, and what is not."""

from __future__ import annotations

from geomap.geoparser import geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


# ---------------------------------------------------------------- names

def test_city_with_a_possessive_after_a_name_is_part_of_it():
    mentions = geoparse("Artillery hit a depot in Mykolaiv City's Zavodskyi district at dawn.")
    assert [(m.text, m.place.admin1_code) for m in mentions][:1] == [("Mykolaiv", "UA-48")]
    assert all(m.place.country_code == "UA" for m in mentions)


# ---------------------------------------------------------------- origins

def test_a_name_on_an_origin_list_nearest_another_weapon_is_still_an_origin():
    text = ("The air force said Russia sent 90 Shahed-type and decoy drones from the "
            "directions of Bryansk, Kursk and Millerovo, as well as two Iskander-M missiles "
            "from Belgorod Oblast.")
    assert found(text) == set()


# ---------------------------------------------------------------- denials

def test_reports_of_an_attack_denied_or_rejected_are_no_attack():
    for text in ("The ministry in Moscow denied Ukrainian reports that a naval drone hit a "
                 "corvette at Novorossiysk.",
                 "The Black Sea Fleet rejected claims that its patrol ship had been damaged "
                 "by a missile near Sevastopol."):
        assert found(text) == set()


# ---------------------------------------------------------------- mines laid

def test_sappers_laying_mines_clear_none():
    assert found("Russian sappers have been laying fresh minefields east of Kupiansk, a "
                 "Ukrainian brigade said.") == set()


def test_sappers_clearing_mines_laid_by_others_still_clear_them():
    assert found("Sappers removed anti-tank mines that the occupiers had laid near "
                 "Kupiansk.") == {("mine_clearing", "UA-63")}


# ---------------------------------------------------------------- statistics

def test_weapons_as_the_categories_of_a_statistic_are_no_attack():
    for text in ("Civilian deaths in April were highest in the Sumy and Zaporizhzhia "
                 "regions; FPV drones and aerial bombs accounted for 60% of them.",
                 "Artillery and rocket attacks were the leading cause of injuries in the "
                 "Kherson region in June, the monitors said.",
                 "In the Odesa region, missile strikes caused most of the civilian "
                 "casualties recorded in the quarter.",
                 "Drone strikes on Russia's Bryansk region continued at a steady pace "
                 "in March, the report says."):
        assert found(text) == set(), text


def test_an_attack_that_caused_damage_is_still_an_attack():
    assert found("A missile strike on Odesa caused most of the damage to the port's "
                 "grain terminal.") == {("missile_strike", "UA-51")}


# ---------------------------------------------------------------- earlier attacks

def test_an_attack_in_early_or_late_of_an_earlier_year_is_background():
    for text in ("Water is back in Vovchansk villages for the first time since shelling "
                 "wrecked the pumping station in late 2023.",
                 "The bridge near Kupiansk that a missile destroyed in mid-2022 reopened "
                 "to lorries on Monday."):
        assert found(text, date="2025-04-01") == set(), text


# ---------------------------------------------------------------- outreach

def test_sappers_at_an_education_day_clear_nothing():
    assert found("Sappers of the emergency service ran a mine safety education day for "
                 "pupils in Izium.") == set()


def test_a_mine_countermeasures_task_group_named_is_no_clearing():
    assert found("The mine countermeasures task group of the three navies meets in "
                 "Constanta next month, with clearance divers joining for the first time.") == set()


def test_a_mine_countermeasures_task_group_at_work_still_clears():
    assert found("The mine countermeasures task group destroyed a drifting mine off "
                 "Varna.") == {("mine_clearing", "BG-03")}


# ---------------------------------------------------------------- games

def test_war_words_in_a_sentence_with_a_match_result_are_the_game_s():
    for text in ("Vorskla fired blanks and the hosts' artillery won it 2-1 in Poltava.",
                 "Dynamo's strikers shelled the Kolos defence in a 4-0 home win in Kyiv."):
        assert found(text) == set(), text


def test_a_strike_on_a_town_with_a_stadium_is_still_an_attack():
    assert found("A guided bomb hit the street beside the stadium in Sumy on Friday; the "
                 "league match was moved.") == {("airstrike", "UA-59")}


# ---------------------------------------------------------------- debris and targets

def test_the_target_of_the_attack_that_debris_followed_was_hit_not_intercepted():
    got = {(r["admin1_code"], r["intercepted"]) for r in rows(
        "Moldovan police found fragments of a drone near Etulia after Russian drone attacks "
        "on the port of Reni overnight.")}
    assert ("UA-51", False) in got
    assert ("MD-GA", True) in got


# ---------------------------------------------------------------- tallies and moves

def test_a_month_s_tally_in_thousands_told_in_the_past_perfect_is_background():
    assert found("The minister said Russia had launched more than 3,100 drones at Ukraine "
                 "this month.") == set()


def test_a_place_something_was_moved_to_is_not_where_the_attack_was():
    assert found("A drone damaged the concert hall in Kharkiv on Saturday; the festival "
                 "has been moved to Lviv.") == {("drone_attack", "UA-63")}


def test_a_sweep_of_waters_begun_is_mine_clearing_and_a_sweep_of_a_forest_is_not():
    [row] = rows("The mine countermeasures task group started a joint sweep of the waters off "
                 "Burgas on Monday.")
    assert (row["event_type"], row["mine_domain"]) == ("mine_clearing", "sea")
    assert found("Police carried out a sweep of the forest near Lutsk.") == set()


# ---------------------------------------------------------------- "the town"

def test_an_attack_on_the_town_named_earlier_in_the_sentence_is_at_that_town():
    got = found("The governor said a drone hit a bus in Grayvoron on Sunday, and that "
                "artillery shelled the centre of the town an hour later.")
    assert got == {("drone_attack", "RU-BEL"), ("shelling", "RU-BEL")}


# ---------------------------------------------------------------- posts

def test_a_district_under_enemy_artillery_heads_its_communities():
    got = {(r["event_type"], r["admin1_code"]) for r in rows(
        "06:10 – Kherson district under enemy artillery: Bilozerka and Stanislav "
        "hromadas.")}
    assert got == {("shelling", "UA-65")}


def test_under_artillery_command_is_no_shelling():
    assert found("The battalion near Pokrovsk is under artillery command of the brigade.") == set()


def test_the_weapon_a_town_was_struck_with_is_not_a_weapon_hit():
    assert found("Nikopol, 09:30. The enemy struck the town with heavy artillery and "
                 "MLRS; two houses burned.") == {("shelling", "UA-12")}
    assert found("Ochakiv, 14:10. The enemy again struck the city with MLRS.") == {
        ("shelling", "UA-48")}


def test_each_community_of_a_list_has_the_weapons_of_its_own_entry():
    got = {(r["event_type"], r["place"]) for r in rows(
        "Sumy OVA: Khotin hromada: mortar and drone; Yunakivka hromada: artillery.")}
    assert {t for t, p in got if p.startswith("Yunakiv")} == {"shelling"}
    assert {t for t, p in got if p.startswith("Khotin")} == {"shelling", "drone_attack"}


# ---------------------------------------------------------------- at sea

def test_a_mine_off_a_town_is_off_its_coastal_namesake():
    [row] = rows("Navy divers neutralised a sea mine off Sfantu Gheorghe on Monday.")
    assert (row["event_type"], row["admin1_code"]) == ("mine_clearing", "RO-TL")


# ---------------------------------------------------------------- blockades

def test_a_protest_that_would_resume_is_planned():
    [row] = rows("Hauliers said they would resume their blockade at the Korczowa crossing "
                 "on Friday.")
    assert (row["event_type"], row["status"]) == ("border_blockade", "planned")


# ---------------------------------------------------------------- fronts

def test_places_of_ground_attacks_told_beside_a_strike_are_not_struck():
    got = rows("Russian forces launched a glide bomb strike on Orikhiv on May 3 and "
               "continued mechanized attacks near Kamianske and Stepove.")
    assert {(r["event_type"], r["place"]) for r in got} == {("airstrike", "Orikhiv")}


# ---------------------------------------------------------------- totals

def test_clearing_totals_since_a_year_or_the_invasion_are_background():
    for text in ("Deminers have cleared 9,000 hectares around Izium and Balakliia since "
                 "the full-scale invasion.",
                 "FSD has removed 31,000 explosive items in Chernihiv oblast since 2022."):
        assert found(text) == set(), text


def test_clearing_since_a_weekday_is_still_this_week_s_work():
    assert found("Sappers have cleared 40 hectares near Izium since Monday.") == {
        ("mine_clearing", "UA-63")}


def test_the_first_community_of_a_list_of_entries_is_no_heading():
    got = {r["place"] for r in rows("Esman hromada — 4 explosions (mortar), Krasnopillia "
                                    "hromada — 2 explosions (artillery).")}
    assert len(got) == 2 and any(p.startswith("Esman") for p in got)


def test_a_region_weapons_passed_on_their_way_is_not_struck():
    assert found("Shaheds crossed the Sumy region overnight and struck an energy facility "
                 "in Poltava.") == {("drone_attack", "UA-53")}
    assert found("The cruise missiles passed over the Rivne region heading west.") == set()


def test_a_port_heading_a_post_is_where_its_attack_was():
    assert found("Izmail port.\nA Shahed hit a grain warehouse at night; no one was hurt.") == {
        ("drone_attack", "UA-51")}


def test_a_community_line_after_a_shoot_down_tally_tells_a_hit_there():
    got = {(r["place"], r["intercepted"]) for r in rows(
        "Khmelnytskyi region: overnight air defence destroyed 7 of 9 drones. Netishyn "
        "hromada: a hit on an industrial site, a fire broke out.")}
    assert any(p.startswith("Netishyn") and not downed for p, downed in got)


def test_places_forces_attacked_near_are_the_front_even_after_an_unknown_name():
    got = rows("Russian forces attacked near Zarichne, Torske and Terny, and officials "
               "reported that a glide bomb struck Lyman, damaging a school.")
    assert {(r["event_type"], r["place"]) for r in got} == {("airstrike", "Lyman")}


def test_artillery_that_shelled_a_town_is_that_town_s_weapon():
    got = rows("Officials said Russian artillery shelled Siversk and that drones struck a "
               "car in Raihorodok.")
    assert {(r["event_type"], r["place"]) for r in got} == {
        ("shelling", "Siversk"), ("drone_attack", "Raihorodok")}


# ---------------------------------------------------------------- mine accidents

def test_a_mine_set_off_by_a_vehicle_or_a_person_is_no_clearing():
    for text in ("A combine harvester detonated an anti-tank mine near Balakliia, injuring "
                 "the driver.",
                 "Near Izium a minibus detonated a mine left on the road, wounding five."):
        assert found(text) == set(), text


def test_a_place_where_the_weapons_not_shot_down_hit_was_hit():
    for text in ("Russian forces attacked the port of Reni with 10 Shahed drones overnight; "
                 "seven were shot down, and the rest damaged a warehouse.",
                 "Valuyki. Overnight the town was attacked by drones: 3 were shot down, one "
                 "hit a garage."):
        [row] = rows(text)
        assert not row["intercepted"], text


def test_each_place_of_a_list_of_entries_has_its_own_entry_s_weapons():
    got = {(r["event_type"], r["place"]) for r in rows(
        "Zaporizhzhia OVA, overnight: Orikhiv — artillery and FPV drones; Huliaipole — "
        "mortars; Stepnohirsk — no damage reported.")}
    assert {t for t, p in got if p == "Orikhiv"} == {"shelling", "drone_attack"}
    assert {t for t, p in got if p.startswith("Hul")} == {"shelling"}
    assert not any(p == "Stepnohirsk" for _, p in got)
