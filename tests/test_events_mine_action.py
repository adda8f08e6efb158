"""Mine action and the arms trade told without an event: equipment given or bought,
operators and courses, advice on where to report finds, kinds of ordnance, work of years
back, weapons as products, and shelters built against fragments."""

from __future__ import annotations

from .conftest import incident_keys, incident_places


def test_demining_equipment_given_is_no_clearing_but_a_machine_at_work_is():
    given = ("The EU shipped 30 generators and a batch of handheld demining detectors to the "
             "Kharkiv and Sumy regions last week.")
    assert incident_keys(given, date="2024-09-04") == set()
    money = ("Part of the grant will go to Swiss-made demining machines and to a foundation "
             "already working in the Chernihiv region.")
    assert incident_keys(money, date="2024-03-07") == set()
    crawling = "The armoured demining machine crawled along a tree line south of Kupiansk."
    assert incident_places(crawling, date="2024-04-16") == {("mine_clearing", "Kupyansk")}
    began = ("Two demining machines donated by Croatia began work on Monday on fields "
             "around Vysokopillia in the Kherson region.")
    assert ("mine_clearing", "Vysokopillya") in incident_places(began, date="2024-03-18")


def test_demining_operators_offered_a_robot_clear_nothing():
    text = ("A Ukrainian-made demining robot was tested this week. After certification it "
            "could be offered to humanitarian demining operators working in the Sumy and "
            "Mykolaiv regions.")
    assert incident_keys(text, date="2024-09-18") == set()


def test_advice_to_report_finds_to_the_nearest_unit_is_no_clearing():
    text = ("Each report made in the app goes straight to the nearest pyrotechnic unit. The "
            "app also holds a map of dangerous areas in the Kherson and Mykolaiv regions and "
            "short lessons on mine safety.")
    assert incident_keys(text, date="2024-04-10") == set()


def test_kinds_of_ordnance_taught_are_no_attack():
    text = ("The course covered anti-personnel mines, cluster munitions and booby traps of "
            "the kind found in the Chernihiv and Sumy regions.")
    assert incident_keys(text, date="2023-01-20") == set()
    # (cluster munitions fired on a place are shelling)
    fired = "Russian forces fired cluster munitions at Orikhiv on Sunday."
    assert incident_places(fired, date="2023-01-20") == {("shelling", "Orikhiv")}


def test_clearing_in_a_paragraph_that_opened_a_year_back_is_recalled():
    text = ("A year ago today the last Russian troops left the Chernihiv region. In the weeks "
            "that followed, sappers went house by house through Ivanivka and Yahidne, "
            "removing tripwires from doorways.\n\nToday villagers laid flowers at the school.")
    assert incident_keys(text, date="2023-04-03") == set()
    # (work told for today is work)
    today = ("A year ago today the last Russian troops left the Chernihiv region.\n\nThis "
             "week sappers cleared the fields around Yahidne of anti-tank mines.")
    assert ("mine_clearing", "Yahidne") in incident_places(today, date="2023-04-03")


def test_attacks_during_a_siege_told_years_on_are_recalled():
    text = ("Three years after Russian troops left the outskirts of Sumy, an exhibition about "
            "the siege of the spring of 2022 opened in the city centre on Monday.\n\nDuring "
            "the five weeks of encirclement, shelling and air strikes killed dozens of "
            "residents, and the loss of the main bridge cut the city off from the north.")
    assert incident_keys(text, date="2025-04-07") == set()


def test_weapons_as_products_are_no_attack():
    made = ("Russia is producing about 30 Iskander-M ballistic missiles and 40 Kh-101 cruise "
            "missiles a month, Ukrainian intelligence says.")
    assert incident_keys(made, date="2024-12-03") == set()
    passive = ("The Votkinsk plant in Udmurtia remains the main site for the missiles, while "
               "Kh-101s are produced by a subsidiary near Moscow.")
    assert incident_keys(passive, date="2024-12-03") == set()
    copy = ("The Alabuga plant in Tatarstan keeps expanding output of Geran-2 drones, "
            "Russia's licensed copy of Iran's Shahed-136.")
    assert incident_keys(copy, date="2025-06-11") == set()
    # (a missile made there, fired, is a strike)
    fired = "Iskander-M ballistic missiles produced at Votkinsk struck Sumy on Tuesday."
    assert incident_places(fired, date="2024-12-03") == {("missile_strike", "Sumy")}


def test_shelters_meant_to_stop_fragments_are_no_attack():
    text = ("Concrete shelters meant to stop drone and missile fragments have been finished "
            "around three substations in the Poltava region.")
    assert incident_keys(text, date="2024-02-05") == set()


def test_clearance_teams_at_work_on_mined_ground_clear_it():
    text = ("Monthly note. Our clearance teams working near Borodianka finished a 25-hectare "
            "block of farmland that had been mined in 2022.")
    assert ("mine_clearing", "Borodianka") in incident_places(text, date="2023-06-28")
    # (customs clearance is no demining)
    customs = "Clearance teams at the Yahodyn checkpoint processed 800 lorries on Monday."
    assert incident_keys(customs, date="2023-06-28") == set()


def test_tractors_set_across_the_roads_to_crossings_block_them():
    text = ("Since dawn tractors have been parked across the access roads to the Zosin and "
            "Dorohusk crossings, border guards said.")
    assert {(t, p) for t, p in incident_places(text, date="2024-02-09")} == {
        ("border_blockade", "Zosin"), ("border_blockade", "Dorohusk")}
    column = ("A column of tractors stood on the road leading to Siret, the crossing into "
              "Ukraine, letting only cars through.")
    assert incident_places(column, date="2024-01-12") == {("border_blockade", "Siret")}
    # (lorries lined up in a queue are no protest)
    queue = "Hundreds of trucks lined up along the road to Reni waiting for the ferry."
    assert incident_keys(queue, date="2024-01-12") == set()
