"""Prosecutors', police and rescuers' posts and coded notes: fire told by its weapon after
it, the air defence's gerund, ordnance made safe by explosives experts, a city's districts
told long after the city, the way drones flew, a community of the district named nearest,
and attack drones told beside a missile."""

from __future__ import annotations

from .conftest import incident_keys, incident_places, incident_rows


def test_fire_from_a_tank_is_shelling():
    text = ("Velykyi Burluk community: fire from a tank was recorded in the afternoon, four "
            "explosions in all.")
    assert {t for t, _ in incident_keys(text, date="2024-04-02")} == {"shelling"}
    mortars = "Around noon there was fire from mortars on the outskirts of Vovchansk."
    assert incident_places(mortars, date="2024-04-02") == {("shelling", "Vovchansk")}
    # (a blaze that spread from a fuel tank is no fire of a weapon)
    blaze = ("In Kupiansk a fire spread from the fuel tank of a lorry to a warehouse roof, "
             "rescuers said.")
    assert incident_keys(blaze, date="2024-04-02") == set()


def test_air_defence_destroying_drones_over_a_town_is_an_interception():
    text = ("The Russian defence ministry reported destroying four Ukrainian drones over "
            "Kursk on Tuesday evening.")
    rows = incident_rows(text, date="2024-05-07")
    assert [(r["event_type"], r["admin1_code"], bool(r["intercepted"])) for r in rows] == [
        ("drone_attack", "RU-KRS", True)]


def test_explosives_experts_destroying_a_find_is_clearing():
    text = ("A tractor driver near Novoraisk noticed the tail of a rocket sticking out of the "
            "soil. Police explosives experts dug it out and destroyed it at a quarry.")
    assert incident_places(text, date="2025-05-20") == {("mine_clearing", "Novoraisk")}
    # (experts who only looked at it cleared nothing)
    looked = ("A tractor driver near Novoraisk noticed the tail of a rocket sticking out of "
              "the soil. Police explosives experts said they would examine it next week.")
    assert ("mine_clearing", "Novoraisk") not in incident_places(looked, date="2025-05-20")


def test_a_district_of_the_city_told_three_sentences_on_is_the_city():
    text = ("Dnipro came under attack overnight. First a drone hit a warehouse in the "
            "Samarskyi district. Later a guided bomb hit a bridge in the Sobornyi district. "
            "Towards morning a ballistic missile exploded in the Chechelivskyi district.")
    assert incident_places(text, date="2025-02-03") == {
        ("drone_attack", "Dnipro"), ("airstrike", "Dnipro"), ("missile_strike", "Dnipro")}


def test_drones_flying_towards_the_city_did_not_strike_it():
    text = ("Zaporizhzhia: an alert lasted two hours. Radar tracked several attack drones "
            "flying from the south towards the city, then they veered east and left the "
            "region.")
    assert incident_keys(text, date="2024-09-15") == set()
    # (drones that reached it struck it)
    struck = ("Zaporizhzhia: an alert lasted two hours. Several attack drones struck the "
              "city, damaging a warehouse.")
    assert incident_places(struck, date="2024-09-15") == {("drone_attack", "Zaporizhzhya")}


def test_a_community_of_the_district_named_nearest():
    # (Dnipropetrovsk region has a Pokrovska hromada in the Nikopol district and another
    # in the Synelnykove district)
    text = ("Shelling hit Nikopol district again in the morning. In the afternoon, in "
            "Synelnykove district, a drone hit a barn in the Pokrovske hromada.")
    rows = incident_rows(text, date="2024-08-01")
    drone = [r for r in rows if r["event_type"] == "drone_attack"]
    # (the hromada, finer than its district, and the Synelnykove district's: in the east)
    assert [r["place"] for r in drone] == ["Pokrovska hromada"] and drone[0]["lon"] > 35.5
    nikopol = ("In Synelnykove district fields burned after a drone crashed. In the evening, "
               "in Nikopol district, artillery shelled the Pokrovske hromada.")
    rows = incident_rows(nikopol, date="2024-08-01")
    shelled = [r for r in rows if r["event_type"] == "shelling"]
    assert "Pokrovska hromada" in [r["place"] for r in shelled]
    assert all(r["lon"] < 34.5 for r in shelled)  # the Nikopol district's, in the west


def test_attack_drones_beside_a_missile_are_both_intercepted():
    text = ("Air defence shot down eleven attack drones and one Kh-59 guided missile over the "
            "Poltava region overnight.")
    rows = incident_rows(text, date="2024-12-13")
    assert {(r["event_type"], r["admin1_code"], bool(r["intercepted"])) for r in rows} == {
        ("drone_attack", "UA-53", True), ("missile_strike", "UA-53", True)}


def test_drones_that_got_through_or_were_not_stopped_hit():
    text = ("Air defence shot down most of the drones over the Mykolaiv region. Nobody was "
            "hurt there.\n\nThree drones got through in Ochakiv: a pier was damaged.")
    assert ("drone_attack", "Ochakiv") in incident_places(text, date="2024-10-09")
    missed = ("Overnight 30 drones were launched. Two drones were not stopped and hit a grain "
              "store on the edge of Pervomaisk in the Mykolaiv region.")
    assert ("drone_attack", "Pervomaysk") in incident_places(missed, date="2024-10-09")
    # (a negation of the hit itself still denies it; lorries that got through customs
    # carried drones, they are no drones that got through)
    denied = "The drone was not stopped but did not hit anything near Pervomaisk."
    assert incident_keys(denied, date="2024-10-09") == set()
    assert incident_keys("Lorries loaded with drones got through customs at Yahodyn.",
                         date="2024-10-09") == set()


def test_an_interception_told_as_a_noun_places_its_weapons():
    text = ("The ministry reported the interception of 12 drones over the Sea of Azov and 5 "
            "over the Rostov region.")
    rows = incident_rows(text, date="2024-07-03")
    assert {(r["event_type"], r["admin1_code"] or r["place"], bool(r["intercepted"]))
            for r in rows} == {("drone_attack", "Sea of Azov", True),
                               ("drone_attack", "RU-ROS", True)}


def test_rockets_fired_from_launchers_intercepted_over_a_region_are_shelling():
    text = ("Russian air defences intercepted 16 rockets fired from Vampire multiple rocket "
            "launchers over the Belgorod region overnight, the ministry said.")
    rows = incident_rows(text, date="2024-03-16")
    assert [(r["event_type"], r["admin1_code"], bool(r["intercepted"])) for r in rows] == [
        ("shelling", "RU-BEL", True)]
    # (defences that shield a place from rockets are no interception)
    shield = ("New concrete defences shield the Belgorod substation from rockets fired from "
              "across the border.")
    assert incident_keys(shield, date="2024-03-16") == set()


def test_the_governor_of_a_region_named_after_its_city_speaks_of_the_city():
    text = ("Zaporizhzhia's governor said the city had been hit by two ballistic missiles "
            "before dawn.")
    rows = incident_rows(text, date="2024-12-25")
    assert [(r["event_type"], r["place"], r["place_kind"]) for r in rows] == [
        ("missile_strike", "Zaporizhzhya", "locality")]
    # (of the region, the region)
    region = ("Zaporizhzhia's governor said the region had been hit by two ballistic "
              "missiles before dawn.")
    rows = incident_rows(region, date="2024-12-25")
    assert [(r["event_type"], r["admin1_code"], r["place_kind"]) for r in rows] == [
        ("missile_strike", "UA-23", "admin1")]


def test_drones_that_reached_a_town_or_flew_far_to_hit_it_struck_it():
    text = ("Air defence destroyed 20 drones over the Poltava region. The remaining drones "
            "reached Kremenchuk, where a fire broke out at an industrial site.")
    assert ("drone_attack", "Kremenchuk") in incident_places(text, date="2024-03-16")
    far = ("Ukrainian drones flew more than 1,000 kilometres to hit a refinery in "
           "Novokuibyshevsk on Saturday, the regional governor said.")
    assert incident_places(far, date="2024-02-03") == {("drone_attack", "Novokuybyshevsk")}
    # (a drone that reached the border has hit nothing yet; nor has a shipment of them)
    shipment = "A shipment of 500 drones reached Lviv by rail this week."
    assert incident_keys(shipment, date="2024-03-16") == set()


def test_another_of_the_drones_told_shot_down_over_a_town():
    text = ("Overnight air defence destroyed three drones over the region. Two of them were "
            "brought down over Liski. Another was shot down over Rossosh without "
            "consequences.")
    rows = incident_rows(text, date="2024-10-20")
    assert {(r["place"], bool(r["intercepted"])) for r in rows
            if r["event_type"] == "drone_attack"} >= {("Liski", True), ("Rossosh’", True)}
