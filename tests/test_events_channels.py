"""Live blogs, war channels' posts, occupation officials, shipping and economy stories, other
wars and the disposal of old bombs: the words these reports use for fire ("artillery worked
over X", "formations fired on X"), interceptions ("were also destroyed over X", "destroyed in
the air"), "the capital" and "the city" told before, a negation of another clause; and what
they tell that is no event: promised weapons, a hypothetical missile, a season recalled, a
year's or a month's tally, an exercise, a defence's purpose, a sea named for its ports, a
government's acts, an oil benchmark, a river's stretch, a group's name, people's origin."""

from __future__ import annotations

import pytest

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


@pytest.mark.parametrize("text, expected", [
    # war channels' words for artillery fire
    ("Our gunners report: artillery worked over Vuhledar all night, two dugouts destroyed.",
     {("shelling", "UA-14")}),
    ("Our Grads are working over Krynky again this morning.", {("shelling", "UA-65")}),
    # fire without a named weapon, by the names officials give the other side
    ("Since midnight Ukrainian formations fired on Kamianka-Dniprovska three times.",
     {("shelling", "UA-23")}),
    ("The regime fired on Horlivka overnight, a pensioner was wounded.", {("shelling", "UA-14")}),
    # both weapons named after what they hit
    ("The port of Pivdennyi took hits from both missiles and drones overnight.",
     {("missile_strike", "UA-51"), ("drone_attack", "UA-51")}),
])
def test_words_of_fire_in_channels_and_posts(text, expected):
    assert found(text) == expected


def test_police_fire_is_no_shelling():
    assert found("Police fired on stone-throwing crowds in Tbilisi on Sunday.") == set()


@pytest.mark.parametrize("text", [
    "Nine Shaheds were also destroyed over Vinnytsia, the air command said.",
    "Four cruise missiles were aimed at Lviv, and the city said every one was destroyed in "
    "the air.",
    "The air force said six Kalibrs were among the missiles destroyed over Vinnytsia.",
])
def test_weapons_destroyed_in_the_air_are_intercepted(text):
    assert [r["intercepted"] for r in rows(text)] == [True]


def test_the_capital_told_before_is_the_place():
    text = ("Kyiv woke to blasts before dawn. The air force says the capital was targeted with "
            "ballistic missiles.")
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("missile_strike", "Kyiv")]


def test_the_city_is_the_one_named_before_not_the_next_entry():
    text = ("10:05 - Poltava has been hit as well. The governor says missiles struck the city "
            "twice and a school was damaged.\n"
            "10:40 - Sumy authorities report explosions in the city centre.")
    assert ("missile_strike", "UA-53") in found(text)
    assert ("missile_strike", "UA-59") not in found(text)


def test_a_negation_of_another_clause_does_not_deny_the_attack():
    assert found("Half of Rivne is without electricity after missiles struck a substation.") == {
        ("missile_strike", "UA-56")}
    assert found("No missiles struck Rivne overnight.") == set()


@pytest.mark.parametrize("text", [
    # weapons promised or handed over
    "The visit follows a tour that took the president to Madrid and Rome, where he secured "
    "promises of long-range missiles and attack drones.",
    "Britain has handed Kyiv Storm Shadow cruise missiles, officials in London confirmed.",
    # a missile imagined
    "A former president wrote about a hypothetical missile fired from the Baltic at Berlin.",
    # a defence's purpose
    "The system, developed by Israel Aerospace Industries, is designed to intercept "
    "ballistic missiles above the atmosphere.",
    # a season recalled by the clause that follows it
    "Trade suffered last winter, when Polish hauliers blocked the Dorohusk and Hrebenne "
    "crossings for weeks.",
    # a year's clearing total, opened by its span or dated by its year
    "Over the past year, sappers of the region destroyed 12,000 shells near Balakliia and Izium.",
    "Laos cleared 60 square kilometres of farmland of bombs and submunitions in 2023, the "
    "national authority said.",
    "Latvia and Estonia host the operation in turn; it has destroyed hundreds of mines since "
    "it began in 1997.",
    # a month's tally and a report's count
    "Over August, the Russians shelled the Marhanets hromada more than 300 times, the "
    "regional head said in his monthly summary.",
    "UN investigators documented dozens of drone strikes on markets in Omdurman and El Fasher.",
    # an exercise
    "Minehunters from six navies are taking part in the annual exercise off Liepaja, "
    "practising the detection and disposal of mines with divers.",
])
def test_no_event_is_told(text):
    assert found(text, date="2024-02-12") == set()


def test_a_sea_named_for_its_ports_and_a_government_that_quits_are_no_targets():
    text = ("Cruise missiles struck a grain terminal in Izmail overnight, the fourth attack on "
            "Ukraine's Black Sea ports since Moscow quit the shipping deal.")
    assert found(text) == {("missile_strike", "UA-51")}


@pytest.mark.parametrize("text, place", [
    ("Brent crude rose 2% after drones set fire to a fuel depot in Klintsy overnight.",
     "RU-BRY"),
    ("Drones attacked port facilities on the Ukrainian Danube overnight, hitting a grain "
     "elevator in Reni.", "UA-51"),
    ("Shelling hit residential streets of Myitkyina as the military fought Kachin "
     "Independence Army fighters near the town.", "MM-11"),
])
def test_names_that_are_not_the_place(text, place):
    assert {key[1] for key in found(text)} == {place}


def test_a_stretch_of_a_river_is_not_a_region_named_after_it():
    text = "Drone debris fell near Vilkove during an attack on the Ukrainian Danube region."
    assert "RS-10" not in {key[1] for key in found(text)}


def test_where_protesters_come_from_is_not_their_blockade():
    text = ("Farmers blocked the Kulata road for six hours on Monday. Farmers from Thessaly "
            "are heading to Athens for a rally.")
    assert "GR-E" not in {key[1] for key in found(text)}


def test_an_adjective_before_people_is_not_a_place_of_another_name():
    assert found("The Catalan police said the blockade would be tolerated while it stayed "
                 "peaceful.") == set()


def test_a_town_spelled_another_way_after_town_of():
    text = "The town of Graivoron came under fire from a multiple rocket launcher."
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("shelling", "Grayvoron")]


@pytest.mark.parametrize("text", [
    "A 250-kilogram wartime bomb found during building work in Cologne was defused on Sunday.",
    "Hanover will evacuate 9,000 residents on Sunday so that a 500-kilogram bomb found on a "
    "building site can be defused.",
    "Experts disarmed a wartime bomb in Dresden on Sunday morning.",
])
def test_old_bombs_made_safe_are_clearing_on_land(text):
    assert [(r["event_type"], r["mine_domain"]) for r in rows(text)] == [("mine_clearing", "land")]


@pytest.mark.parametrize("text", [
    # weather in war words
    "Storm Daniel bombarded the coast with a week's rain, flooding the old town of Volos.",
    # what a court found about an old attack
    "The court ruled that the airliner, flying from Amsterdam, was hit by a Russian Buk "
    "missile fired from a farm field near Pervomaiskyi in the Donetsk region.",
    # weapons shown at a fair, after a dateline's dash
    "KYIV - More than 200 makers showed strike drones, naval drones and jamming systems at a "
    "defence industry fair in Kyiv on Wednesday.",
])
def test_war_words_in_other_stories_tell_no_event(text):
    assert found(text, date="2024-02-12") == set()


def test_a_blockade_is_at_its_crossings_not_the_country_beside_them():
    text = ("Hungarian truckers' blockade of the Ukrainian border goes into a second day. "
            "Drivers are blocking the Zahony crossing with their lorries, Ukraine's border "
            "service said.")
    assert found(text) == {("border_blockade", "HU-SZ")}


def test_a_blockade_registered_until_a_date_goes_on():
    text = ("Farmers have registered their blockade of the Medyka crossing with the police "
            "until the end of March.")
    assert [(r["place"], r["status"]) for r in rows(text)] == [("Medyka", "ongoing")]
    text = "Farmers have registered a blockade of the Medyka crossing for next Friday."
    assert [(r["place"], r["status"]) for r in rows(text)] == [("Medyka", "planned")]


def test_where_weapons_were_made_is_not_their_target():
    assert found("Six US-made ATACMS missiles were launched at Crimea; debris fell on a "
                 "beach in Sevastopol.") == {("missile_strike", "UA-43"),
                                             ("missile_strike", "UA-40")}
    assert found("Fragments fell on a beach. The ministry says five US-made missiles were "
                 "launched and all were destroyed.") == set()


@pytest.mark.parametrize("text, place", [
    ("Sappers removed a 250-kilogram German aerial bomb from a building site in Warsaw's "
     "Wola district on Wednesday.", "Wola"),
    ("A clearance team destroyed two bomblets in a controlled detonation at a school in "
     "Phonsavan.", "Muang Phônsavan"),
])
def test_old_bombs_removed_or_blown_up_in_a_controlled_detonation(text, place):
    assert [(r["event_type"], r["place"]) for r in rows(text)] == [("mine_clearing", place)]


def test_a_minehunter_works_at_sea_after_a_heading():
    text = ("MINE COUNTERMEASURES\nA minehunter neutralised a moored contact mine about 25 "
            "nautical miles east of Sulina.")
    assert [(r["place"], r["mine_domain"]) for r in rows(text)] == [
        ("25 nautical miles east of Sulina", "sea")]


def test_a_mine_countermeasures_group_clearing_routes_clears_mines():
    text = "The Black Sea MCM group finished its rotation, clearing routes off Varna."
    assert [(r["event_type"], r["mine_domain"]) for r in rows(text)] == [("mine_clearing", "sea")]


@pytest.mark.parametrize("text, expected", [
    # the thing told before, disposed of: not the places of the sentence after
    ("Navy divers neutralised a drifting mine off Constanta. The mine was destroyed by a "
     "controlled explosion. It was the fifth drifting mine found in Romanian waters since "
     "Russia's invasion of Ukraine.", {"RO-CT"}),
    ("A farmer found three bomblets in a rice field near Battambang. Deminers destroyed all "
     "three in a controlled detonation. Pailin was heavily mined in the 1980s.", {"KH-2"}),
])
def test_a_thing_disposed_of_is_where_it_was_told_of(text, expected):
    assert {r["admin1_code"] or r["place"] for r in rows(text)} == expected
    assert all(r["place"] not in ("Russia", "Ukraine", "Pailin") for r in rows(text))


def test_a_country_or_a_capital_that_speaks_is_its_government():
    assert found("Moscow said it had agreed a truce, but Yerevan said shelling went on into "
                 "the morning.") == set()
    assert found("Kyiv said Russian drones attacked the Odesa region overnight.") == {
        ("drone_attack", "UA-51")}
    # (a capital that is the target too)
    assert found("Kyiv says its air defence shot down every drone sent at the capital.") == {
        ("drone_attack", "UA-30")}


def test_a_heading_line_with_two_weapons_after_a_semicolon():
    text = ("Sumy RMA: 41 explosions over the day.\n"
            "Krasnopillia hromada: mortar fire (6 explosions).\n"
            "Bilopillia hromada: artillery (4 explosions); an FPV drone hit a tractor "
            "(1 explosion).")
    assert {(r["event_type"], r["place"]) for r in rows(text)} >= {
        ("shelling", "Bilopilska hromada"), ("drone_attack", "Bilopilska hromada")}


def test_an_attack_repelled_at_places_told_after_its_weapons():
    text = ("Overnight the enemy attempted a drone attack on the region. Air defence repelled "
            "the attack in the area of Millerovo and Kamensk-Shakhtinsky.")
    assert found(text) == {("drone_attack", "RU-ROS")}
    assert all(r["intercepted"] for r in rows(text))


def test_ground_attacks_repelled_carry_no_missiles():
    text = ("Over the past day air defence shot down two ATACMS missiles and 40 drones. Units "
            "repelled three attacks of assault groups near Vovchansk.")
    assert found(text) == set()


def test_a_place_attacked_again_then_the_weapon():
    text = ("The enemy again attacked the power plant in Enerhodar. A kamikaze drone struck "
            "the plant's training centre.")
    assert found(text) == {("drone_attack", "UA-23")}


def test_drones_used_against_people():
    assert found("Russian forces in Kherson continue to use small drones against cars and "
                 "pedestrians.") == {("drone_attack", "UA-65")}


def test_clearing_work_told_before_its_tally():
    text = ("Rescuers have finished clearing the beach in Skadovsk. Over two weeks, sappers "
            "found and destroyed 19 explosive objects.")
    assert [(r["place"], r["mine_domain"]) for r in rows(text)] == [("Skadovsk", "land")]
    # (a mine that was hit is no clearing work)
    text = ("A tractor hit an anti-tank mine in a field near Balakliia. Deminers had not yet "
            "surveyed the field.")
    assert found(text) == set()


def test_an_earlier_year_the_sentence_goes_back_to_is_background():
    text = ("Grain volumes at the port of Reni beat those of 2023, when the port was repeatedly "
            "hit by Russian drones.")
    assert found(text, date="2024-08-15") == set()
    assert found(text, date="2023-08-15") == {("drone_attack", "UA-51")}


def test_artillery_pounding_a_town_and_a_drone_at_the_town():
    text = ("The governor says artillery has been pounding Tyotkino through the night, and that "
            "a drone hit a car on the northern edge of the town.")
    assert found(text) == {("shelling", "RU-KRS"), ("drone_attack", "RU-KRS")}


@pytest.mark.parametrize("text, place", [
    ("Missiles struck a substation in Lviv. Ternopil was also hit, the governor said.",
     "UA-61"),
    ("10:05 - Missiles hit a depot in Dnipro.\n10:40 - In Poltava, the mayor said the city was "
     "struck as well.", "UA-53"),
])
def test_a_place_hit_as_well_carries_the_last_attack(text, place):
    assert ("missile_strike", place) in found(text)


@pytest.mark.parametrize("text", [
    # a statistic's cause, told before its categories
    "Since 2022 monitors recorded 1,900 attacks on clinics. Most were caused by heavy weapons "
    "— missiles, artillery and aerial bombs — and most were in Kharkiv and Kherson oblasts.",
    # what a video is claimed or shared to show
    "A clip shared on TikTok claims to show the moment a missile hit Uzhhorod on Friday.",
    "The footage is being shared as evidence of Ukrainian shelling of a market in Horlivka.",
    "Unverified: claim of a drone attack on a wedding in Berdiansk.",
    "A story claiming that FPV drones attacked a bus in Melitopol spread on Telegram.",
    # a purpose
    "He passed coordinates of military sites in the Kursk region for the carrying out of "
    "missile strikes, the court said.",
])
def test_claims_statistics_and_purposes_tell_no_event(text):
    assert found(text, date="2024-06-11") == set()


def test_a_line_break_ends_a_run_of_capitalised_words():
    text = ("Eastern Donetsk – Flash Update\n\nKostiantynivka: on Monday the town was struck "
            "with guided aerial bombs.")
    assert found(text) == {("airstrike", "UA-14")}
    assert [r["place"] for r in rows(text)] != ["Donetsk"]


def test_the_town_after_who_speaks_is_the_town_told_before():
    text = ("Marhanets was under fire again today. The head of the Dnipropetrovsk regional "
            "administration says troops hit the town with heavy artillery.")
    assert found(text) == {("shelling", "UA-12")}
    assert [r["place"] for r in rows(text)] == ["Marhanets"]


def test_an_adjective_opening_the_sentence_before_a_town():
    assert found("Neighbouring Pokrov also came under artillery fire in the afternoon.") == {
        ("shelling", "UA-12")}


def test_a_place_denied_is_not_the_place():
    assert found("The video of the glide bomb strike shows Kurakhove, not Vuhledar.") == {
        ("airstrike", "UA-14")}
    assert [r["place"] for r in rows("The video of the glide bomb strike shows Kurakhove, not "
                                     "Vuhledar.")] == ["Kurakhove"]


@pytest.mark.parametrize("text", [
    "TORONTO — When news broke that a Russian missile had struck a block of flats in Poltava, "
    "the phones at St. Volodymyr Ukrainian Catholic parish in Ukrainian Village started "
    "ringing.",
    "Limerick family in shock after drone hits parents' home in Odesa",
    "Calgary's Ukrainian community gathered to mourn the victims of Sunday's missile attack on "
    "Sumy.",
])
def test_where_the_people_who_hear_of_an_attack_live_is_not_its_place(text):
    assert {r["country_code"] for r in rows(text)} == {"UA"}


def test_a_blockade_announced_in_a_headline():
    text = ("Farmers to block Dolhobyczow crossing from Tuesday; drivers in Chelm brace for "
            "delays")
    assert [(r["place"], r["status"]) for r in rows(text)] == [("Dołhobyczów", "planned")]
    assert [r["status"] for r in rows("Farmers continued to block the Medyka crossing.")] == [
        "ongoing"]


def test_explosions_that_have_been_reported_then_their_weapon():
    text = ("Explosions have been reported in central Chernihiv. A missile struck close to a "
            "playground.")
    assert found(text) == {("missile_strike", "UA-74")}


def test_air_defence_by_its_initials_intercepts():
    assert [r["intercepted"] for r in rows("Over Kryvyi Rih at night the forces of PVO "
                                           "destroyed five attack drones.")] == [True]


def test_a_community_reports_its_own_shelling_after_another_is_told():
    text = ("- In Bilopillia, shelling on Monday damaged the water station.\n"
            "- Krasnopillia hromada reported heavy shelling on Tuesday.")
    assert {r["place"] for r in rows(text)} == {"Bilopillia", "Krasnopilska hromada"}


@pytest.mark.parametrize("text", [
    # money raised for weapons, and weapons stocked
    "About 150 people ran a charity race in Kharkiv to raise money for FPV drones for a "
    "brigade.",
    "Russia is stockpiling Kh-101 cruise missiles, the air force spokesman told television.",
    # what a plane can carry
    "Residents of Lviv sheltered for two hours after a MiG-31K capable of carrying Kinzhal "
    "missiles took off.",
    # a threat named with its weapons
    "Kursk cancelled its fireworks, citing the threat of drone and missile attacks.",
    # gear handed over for an effort
    "Japan handed over demining machines at a ceremony in Kyiv, bringing its contribution to "
    "the humanitarian demining effort to $150 million.",
    # land cleared a year before
    "Much of the land west of Kherson was cleared of mines last year, farmers said.",
    # a month and its year, months before the report
    "In Borodianka, blocks hit by Russian bombs in March 2022 are still waiting for funding.",
])
def test_more_war_words_that_tell_no_event(text):
    assert found(text, date="2025-03-15") == set()


def test_an_attack_is_not_carried_into_a_sentence_that_goes_back_years():
    text = ("Civilians crossed under the wrecked bridge under mortar fire in the first weeks of "
            "the full-scale invasion. In Hostomel, blocks hit in March 2022 still wait for "
            "repairs.")
    assert found(text, date="2025-03-15") == set()
