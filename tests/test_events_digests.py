"""Digests of the northern border and the month's round-ups: arsenals struck (not
stockpiles), interceptors built to catch drones, the air force striking with missiles,
strikes expected, leave to use a weapon told by what it kept from, and tallies broken down
by region."""

from __future__ import annotations

from .conftest import incident_keys, incident_places, incident_rows


def test_an_arsenal_struck_with_missiles_is_a_missile_strike_at_its_town():
    text = ("Ukrainian forces hit an ammunition arsenal outside Karachev with ATACMS "
            "ballistic missiles during the night.")
    assert incident_places(text, date="2024-11-19") == {("missile_strike", "Karachev")}
    # (a stockpile of missiles is still no strike)
    assert incident_keys("Moscow keeps a growing arsenal of Kh-101 missiles at the Engels "
                         "airbase, analysts say.", date="2024-11-19") == set()


def test_interceptors_built_to_catch_drones_are_no_interception():
    text = ("A small plant in the Chernihiv region has started assembling interceptor drones "
            "designed to catch Shaheds, its director told reporters.")
    assert incident_keys(text, date="2025-03-04") == set()
    hunters = "Crews in the Sumy region now fly quadcopters meant to hunt down Gerans."
    assert incident_keys(hunters, date="2025-03-04") == set()
    # (drones that did catch them over a place still tell an interception there)
    caught = "Interceptor drones shot down six Shaheds over the Chernihiv region overnight."
    rows = incident_rows(caught, date="2025-03-04")
    assert [(r["event_type"], r["admin1_code"], bool(r["intercepted"])) for r in rows] == [
        ("drone_attack", "UA-74", True)]


def test_the_air_force_striking_with_missiles_is_a_missile_strike():
    text = ("The Air Force struck an explosives plant in Seltso, Bryansk region, with Storm "
            "Shadow air-launched cruise missiles, the General Staff said.")
    assert {t for t, _ in incident_keys(text, date="2025-10-21")} == {"missile_strike"}
    # (the air force striking with bombs, or with nothing named, is an air strike)
    bombs = "The air force struck a command post near Kreminna on Thursday."
    assert incident_keys(bombs, date="2024-02-01") == {("airstrike", "UA-09")}


def test_strikes_expected_and_leave_to_use_a_weapon_are_no_strike():
    text = ("The White House has lifted the restrictions that barred Kyiv from firing "
            "long-range ATACMS missiles at targets inside Russia, officials said on Sunday.")
    assert incident_keys(text, date="2024-11-18") == set()
    expected = ("Officials said the decision was taken on Sunday, with the first strikes "
                "expected to fall on troops massed in the Kursk region.")
    assert incident_keys(expected, date="2024-11-18") == set()
    # (strikes that fell are strikes)
    fell = "Ukraine fired ATACMS missiles at targets in the Kursk region on Tuesday."
    assert incident_keys(fell, date="2024-11-20") == {("missile_strike", "RU-KRS")}


def test_a_tally_broken_down_by_region_places_its_regions():
    text = ("Air defence units destroyed 37 drones overnight, the ministry said. By region: "
            "Belgorod 14, Kursk 11, Bryansk 9, Oryol 3.")
    assert {code for _, code in incident_keys(text, date="2025-02-10")} == {
        "RU-BEL", "RU-KRS", "RU-BRY", "RU-ORL"}
    # (a list of places given for something else carries no attack on)
    other = ("Air defence units destroyed 37 drones overnight, the ministry said. "
             "Schools closed by region: Belgorod 14, Kursk 11.")
    assert incident_keys(other, date="2025-02-10") == set()


def test_mobile_teams_opening_a_sentence_are_crews_not_a_city():
    from geomap.geoparser import Geoparser

    parser = Geoparser()
    text = "Mobile teams in the Sumy region downed three drones before dawn."
    assert [m.place.admin1_code for m in parser.parse(text)] == ["UA-59"]
    assert incident_keys(text, date="2025-03-04") == {("drone_attack", "UA-59")}
    # (the city named as a place, or by its police, stays the city)
    assert [m.place.admin1_code for m in parser.parse(
        "Police in Mobile said the storm had passed.")] == ["US-AL"]
    assert [m.place.admin1_code for m in parser.parse(
        "Mobile police said the storm had passed.")] == ["US-AL"]


def test_a_town_shelled_is_the_namesake_within_the_guns_reach():
    # Two towns are called Zolochiv: the bigger one in the Lviv region, far beyond any
    # gun's reach, and one by the Russian border in the Kharkiv region.
    text = ("Zolochiv, this afternoon. The Russians shelled Zolochiv with mortars around "
            "noon; a shop on the main street burned down.")
    assert incident_keys(text, date="2024-08-27") == {("shelling", "UA-63")}
    glide = "A guided bomb fell on the edge of Zolochiv overnight, damaging a grain store."
    assert incident_keys(glide, date="2024-08-27") == {("airstrike", "UA-63")}
    # (drones reach the west; a region the text states is kept)
    assert incident_keys("A drone hit a warehouse in Zolochiv overnight.",
                         date="2024-08-27") == {("drone_attack", "UA-46")}
    assert incident_keys("Russian artillery shelled Zolochiv, Lviv region, on Monday.",
                         date="2024-08-27") == {("shelling", "UA-46")}
    # (a city beyond reach is still the city meant: "Voronezh" is not a Sumy village)
    assert incident_keys("Ukrainian aircraft bombed Voronezh on Monday, its governor said.",
                         date="2024-08-27") == {("airstrike", "RU-VOR")}


def test_a_taxonomy_reach_must_be_region_codes(tmp_path):
    import pytest

    from geomap.errors import InputError
    from geomap.taxonomy import load_taxonomy

    path = tmp_path / "taxonomy.toml"
    path.write_text('[[type]]\nid = "shelling"\nlabel = "Shelling"\ncolour = "#fd8d3c"\n'
                    'draw = "region"\nreach = ["Kharkiv"]\ntriggers = [\'\\bshelled\\b\']\n',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"type 'shelling': reach \['Kharkiv'\] is not"):
        load_taxonomy(path)
    path.write_text(path.read_text(encoding="utf-8").replace('"Kharkiv"', '"UA-63"'),
                    encoding="utf-8")
    assert load_taxonomy(path).get("shelling").reach == frozenset({"UA-63"})


def test_a_round_up_of_the_past_tells_attacks_a_habit_in_the_present_does_not():
    text = ("Huliaipole and Orikhiv were shelled almost daily by artillery and rocket "
            "launchers, the regional governor said in his round-up.")
    assert incident_keys(text, date="2022-11-01") == {("shelling", "UA-23")}
    assert len(incident_rows(text, date="2022-11-01")) == 2
    pokrovsk = "Pokrovsk was hit by drones almost daily, the police said."
    assert incident_keys(pokrovsk, date="2024-11-04") == {("drone_attack", "UA-14")}
    # (what goes on every day, told in the present, is a habit, not the day's attack)
    habit = "Nikopol, across the reservoir from the plant, comes under fire almost every day."
    assert incident_keys(habit, date="2024-11-04") == set()
    sends = "Analysts say Russia now sends Shahed drones at Odesa almost every night."
    assert incident_keys(sends, date="2024-11-04") == set()


def test_the_town_the_evacuated_were_taken_to_is_no_place_of_the_attack():
    text = ("The governor reported artillery fire on Shebekino every day from Wednesday, and "
            "buses took several thousand residents to temporary housing in Belgorod.")
    assert {r["place"] for r in incident_rows(text, date="2023-06-05")} == {"Shebekino"}


def test_drones_destroyed_overnight_with_their_breakdown_were_intercepted():
    text = ("The ministry reported 96 drones destroyed overnight: 40 over the Bryansk region, "
            "30 over the Kursk region and 26 over the Sea of Azov.")
    rows = incident_rows(text, date="2025-01-14")
    assert {r["admin1_code"] for r in rows if r["admin1_code"]} == {"RU-BRY", "RU-KRS"}
    assert all(r["intercepted"] for r in rows) and len(rows) == 3


def test_aircraft_hit_on_the_ground_or_told_by_their_bombs_are_no_air_strike():
    struck = ("At the Belaya air base in the Irkutsk region, several Tu-95 aircraft appear to "
              "have been hit by drones.")
    assert {t for t, _ in incident_keys(struck, date="2025-06-01")} == {"drone_attack"}
    stores = ("The General Staff said it had struck the Lipetsk airfield, hitting stores used "
              "by aircraft that launch guided bombs.")
    assert incident_keys(stores, date="2024-08-09") == set()
    # (aircraft that hit a town are an air strike)
    assert incident_keys("Russian aircraft hit Kupiansk with guided bombs on Monday.",
                         date="2024-08-09") == {("airstrike", "UA-63")}


def test_a_consortium_and_a_radar_named_after_places_are_not_those_places():
    text = ("Drones struck an oil pumping station near Kropotkin in Krasnodar Krai on Monday, "
            "the Caspian Pipeline Consortium said.")
    assert {r["place"] for r in incident_rows(text, date="2025-02-17")} == {"Kropotkin"}
    radar = ("A long-range drone attacked the Voronezh-DM early-warning radar outside Armavir, "
             "Krasnodar Krai, overnight.")
    assert {r["admin1_code"] for r in incident_rows(radar, date="2024-05-24")} == {"RU-KDA"}


def test_places_attacked_in_the_same_operation_share_its_weapon():
    text = ("Drones of the security service struck the Morozovsk airfield in the Rostov "
            "region overnight. The airfields at Engels in the Saratov region and at Yeysk in "
            "Krasnodar Krai were attacked in the same operation, the sources said.")
    assert {(r["event_type"], r["admin1_code"]) for r in incident_rows(
        text, date="2024-04-05")} == {("drone_attack", "RU-ROS"), ("drone_attack", "RU-SAR"),
                                      ("drone_attack", "RU-KDA")}
    # (a sentence that tells its own weapons is not the same weapon's)
    other = ("A missile hit the port of Pivdennyi overnight. In the same wave, drones went "
             "after the Danube port of Izmail.")
    assert ("missile_strike", "Izmail") not in {(r["event_type"], r["place"]) for r in
                                                incident_rows(other, date="2024-09-11")}


def test_protesters_holding_lorries_back_or_staying_on_the_roads_block_the_crossings():
    held = ("Polish farmers kept lorries from crossing at Dorohusk and Hrebenne for most of "
            "the day on Monday.")
    assert incident_places(held, date="2024-03-01") == {
        ("border_blockade", "Dorohusk"), ("border_blockade", "Hrebenne")}
    stayed = "Polish truckers stayed on the roads to Dorohusk and Korczowa on Sunday."
    assert {p for _, p in incident_places(stayed, date="2023-12-11")} == {"Dorohusk",
                                                                         "Korczowe"}
    picket = "A new picket went up on Tuesday on the road to Zosin, where tractors sit."
    assert incident_places(picket, date="2024-03-01") == {("border_blockade", "Zosin")}
    # (those who stop a protest, or lorries stopped by a fault, are no blockade)
    assert incident_keys("Police kept the farmers from blocking the Dorohusk crossing.",
                         date="2024-03-01") == set()
    assert incident_keys("Border guards kept lorries from crossing at Dorohusk after a "
                         "computer failure.", date="2024-03-01") == set()


def test_the_regions_a_checkpoint_lies_between_are_not_the_blockade():
    text = ("Slovak carriers are keeping lorries from crossing at Vyšné Nemecké, the only "
            "truck checkpoint between Zakarpattia and Slovakia.")
    assert incident_places(text, date="2023-12-14") == {("border_blockade", "Vyšné Nemecké")}


def test_a_year_after_a_blockade_and_a_launch_area_named_before_its_word_are_no_incident():
    text = ("A year after Polish hauliers ended their blockade of the Dorohusk crossing, "
            "drivers say the queues are back to a few hours.")
    assert incident_keys(text, date="2025-01-16") == set()
    # (a blockade ended on the day is still told)
    assert incident_keys("Hauliers ended their blockade of the Dorohusk crossing on "
                         "Monday.", date="2024-01-17") == {("border_blockade", "PL-06")}
    launched = ("The enemy attacked with 20 Shahed drones launched from the Cape Chauda area "
                "in Crimea; 16 were destroyed over the Mykolaiv region.")
    assert incident_keys(launched, date="2023-10-12") == {("drone_attack", "UA-48")}


def test_a_site_named_after_a_village_lies_in_the_district_the_text_gives():
    # Two Crimean villages are called Hvardiiske; the airfield is by the one in the
    # Simferopol district, the bigger of the two.
    text = "Drones struck the Hvardiiske airfield in Simferopol district overnight."
    rows = incident_rows(text, date="2024-05-21")
    assert [(r["place"], round(r["lat"], 1), round(r["lon"], 1)) for r in rows] == [
        ("Hvardiyske", 45.1, 34.0)]


def test_a_year_that_dates_a_sites_past_does_not_date_the_clearing():
    text = ("Most were found in Izium, where sappers cleared the grounds of a former school "
            "used by Russian troops as a base in 2022.")
    assert incident_keys(text, date="2024-09-03") == {("mine_clearing", "UA-63")}
    mined = "Sappers cleared fields near Izium mined in 2022."
    assert incident_keys(mined, date="2024-09-03") == {("mine_clearing", "UA-63")}
    # (the work of a year gone is background)
    assert incident_keys("Sappers cleared fields near Izium in 2022.",
                         date="2024-09-03") == set()


def test_mines_lifted_and_a_demining_bodys_clearing_are_clearing_work():
    lifted = "A team of the emergency service lifted anti-tank mines near Izium on Monday."
    assert incident_keys(lifted, date="2024-09-24") == {("mine_clearing", "UA-63")}
    plot = ("A humanitarian demining organisation finished clearing a 40-hectare plot near "
            "Snihurivka on Monday.")
    assert incident_keys(plot, date="2024-09-24") == {("mine_clearing", "UA-48")}
    # (what a demining body says or needs is no clearing; nor is a way cleared)
    assert incident_keys("Demining organisations said funding for the Kherson region was "
                         "running out.", date="2024-09-24") == set()
    assert incident_keys("A demining company cleared the way for talks in Kyiv.",
                         date="2024-09-24") == set()


def test_a_town_spelt_as_its_village_namesake_is_the_town_in_its_regions_text():
    # GeoNames spells the town of 26,000 Balakliya and a Poltava village Balakliia: with the
    # Kharkiv region named, the modern spelling is the town.
    text = ("A Croatian demining company will start clearing farmland around Balakliia next "
            "month, the Kharkiv regional administration said on Tuesday.")
    assert {r["admin1_code"] for r in incident_rows(text, date="2024-10-15")} == {"UA-63"}
    # (a village that has a city's name as an alternate is still not the city)
    city = "Drones attacked Novorossiysk and a port in Kherson overnight."
    assert "RU-KDA" in {r["admin1_code"] for r in incident_rows(city, date="2024-10-15")}
