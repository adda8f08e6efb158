"""Dispatches, tallies and statements: the state's services that speak of an attack
("Ukraine's Security Service confirmed", "Ukraine's prosecutor general said"), traffic that
goes to a country, the road that leads to a crossing (where a blockade stands), and a week's
tally ("this week alone Russia launched ...")."""

from __future__ import annotations

import pytest

from geomap.geoparser import geoparse

from .conftest import incident_keys as found
from .conftest import incident_rows as rows


@pytest.mark.parametrize("text", [
    "A source in Ukraine's Security Service confirmed the attack, saying the naval drone "
    "carried 450 kg of explosives.",
    "Investigators have identified the unit that fired the missile, Ukraine's prosecutor "
    "general said.",
    "Russia's prosecutors said the drone that fell on the depot was Ukrainian.",
])
def test_a_states_services_speak_of_an_attack_they_do_not_place_it(text):
    assert found(text, date="2024-05-01") == set()


def test_a_place_after_a_possessive_service_word_of_its_own_still_counts():
    # (a town's own emergency service reports the attack on the town)
    text = "A drone hit a high-rise in Kharkiv overnight, the city's emergency service said."
    assert found(text, date="2024-05-01") == {("drone_attack", "UA-63")}


def test_the_road_to_a_crossing_is_where_the_blockade_stands():
    text = ("Hungarian hauliers ended their six-hour go-slow protest on the road to the Zahony "
            "border crossing on Saturday evening, and freight traffic toward Ukraine returned "
            "to normal overnight.")
    [row] = rows(text, date="2023-12-17")
    assert (row["event_type"], row["admin1_code"], row["status"]) == (
        "border_blockade", "HU-SZ", "ended")


@pytest.mark.parametrize("text, expected", [
    # the road to a town is still only where the car was going
    ("A drone hit a car near Beryslav, on the road to Kherson.", {("drone_attack", "UA-65")}),
    # traffic toward a country is where it goes
    ("Farmers blocked the Medyka crossing on Monday; traffic toward Ukraine stood still.",
     {("border_blockade", "PL-18")}),
])
def test_destinations_stay_destinations(text, expected):
    assert found(text, date="2024-05-01") == expected


@pytest.mark.parametrize("text", [
    "Zelensky, weekly summary: this week alone Russia launched more than 1,580 guided aerial "
    "bombs, almost 1,100 attack drones and 15 missiles against Ukraine.",
    "This week alone Russian troops shelled Nikopol 40 times, the governor said.",
    "In his weekly address the president said Russia had fired 70 missiles at Kharkiv.",
])
def test_a_weeks_tally_is_no_incident(text):
    assert found(text, date="2025-03-23") == set()


def test_a_strike_of_this_week_is_still_news():
    text = "This week a drone hit a bus in Nikopol, the governor said."
    assert found(text, date="2025-03-23") == {("drone_attack", "UA-12")}


# ---------------------------------------------------------------- ordnance and clearing

def test_controlled_detonations_announced_are_planned_clearing():
    text = ("ATTENTION! Tomorrow, 13 May, from 10:00 to 16:00, emergency service "
            "pyrotechnicians will carry out controlled detonations of explosive objects "
            "collected near the Hostomel airfield.")
    [row] = rows(text, date="2022-05-12")
    assert (row["event_type"], row["admin1_code"], row["status"]) == (
        "mine_clearing", "UA-32", "planned")


@pytest.mark.parametrize("text, expected", [
    # a total since a month is a tally, not the day's work
    ("Results of the year. Since January, pyrotechnicians in Zaporizhzhia region have "
     "neutralised more than 5,300 explosive objects.", set()),
    ("Since the start of the year, army sappers have neutralised more than 1,000 pieces of "
     "wartime ordnance in the Kherson region.", set()),
    # (a day is no such span)
    ("Since Monday, sappers have cleared 40 mines near Kherson.", {("mine_clearing", "UA-65")}),
    # a country clearing mines for decades is no event of these days
    ("Cambodia, still clearing mines from decades of conflict, first trained Ukrainian "
     "deminers in Siem Reap in January.", set()),
    ("Cambodian deminers have begun a second training course for Ukrainian sappers at a "
     "training ground in Poland, the centre said.", set()),
])
def test_totals_and_training_are_no_clearing(text, expected):
    assert found(text, date="2024-12-30") == expected


@pytest.mark.parametrize("text, towns", [
    ("Over the past day, pyrotechnic units of the emergency service in Kharkiv region carried "
     "out 21 call-outs, destroying 187 explosive objects. The work was done in the Izium and "
     "Balakliia communities.", {"Izium", "Balakliia"}),
    ("Over the past three days, police explosives technicians in Kyiv region neutralised more "
     "than 1,200 explosive items. Tripwires, grenades and unexploded shells were found in "
     "Bucha, Irpin and Borodianka.", {"Bucha", "Irpin", "Borodianka"}),
])
def test_where_the_clearing_work_was_done_replaces_its_region(text, towns):
    got = rows(text, date="2023-04-18")
    assert {(r["event_type"], r["place_kind"]) for r in got} == {("mine_clearing", "locality")}
    assert {text[r["mention_start"]:r["mention_end"]] for r in got} == towns


def test_the_work_told_after_an_attack_is_not_carried_to_it():
    # (only clearing: an attack's places are not where "the work" was done)
    text = ("Drones attacked the Kharkiv region overnight. Repair work was carried out in "
            "Izium and Balakliia.")
    assert found(text, date="2023-04-18") == {("drone_attack", "UA-63")}


def test_a_shell_found_two_sentences_before_its_disposal():
    text = ("A resident of Sedniv in Chernihiv district called the police after finding a "
            "mortar round in his vegetable garden. Police explosives experts came to the "
            "scene. The 82-mm mine was removed and destroyed by a controlled blast.")
    [row] = rows(text, date="2023-06-07")
    assert (row["event_type"], row["place"], row["mine_domain"]) == (
        "mine_clearing", "Sedniv", "land")


def test_a_bomb_weighing_a_hundred_kilograms_is_no_condition():
    text = ("Army engineers defused and removed a Second World War aerial bomb weighing about "
            "100 kg, found by builders on a construction site in Chisinau's Botanica sector.")
    assert found(text, date="2023-09-19") == {("mine_clearing", "MD-CU")}


@pytest.mark.parametrize("text", [
    "Japan will provide Ukraine with additional demining equipment, including 20 mechanical "
    "mine-clearance machines and 150 mine detectors, under a new aid package.",
    "Russia is highly likely expanding production of Shahed-type one-way attack UAVs, "
    "designated Geran-2, at the Alabuga Special Economic Zone in the Republic of Tatarstan.",
])
def test_what_is_made_or_given_the_whole_list(text):
    assert found(text, date="2024-06-07") == set()


# ---------------------------------------------------------------- what is told, not done

@pytest.mark.parametrize("text", [
    # a question's topic, a unit's role, claims spread, a trend
    "Asked about Russian glide bombs, he said the problem could only be solved by hitting the "
    "aircraft that drop them, including at airfields in Russia.",
    "We are expanding the mobile fire groups that hunt Shaheds over Poltava region.",
    'Russian Telegram channels are spreading "news" that a missile struck the Motor Sich '
    "plant in Zaporizhzhia this morning. This is fake.",
    'Propaganda resources are spreading claims about a "successful missile strike" on the '
    "Starokostiantyniv airfield.",
    "Casualties in Ukraine rose by 30 percent, the mission said, blaming Russia's greater "
    "use of glide bombs in Kharkiv.",
    # thousands of weapons are a tally of weeks
    "Mobile fire groups, aviation and air defence units shot down 1,231 drones; another "
    "1,000 were lost locally. The greatest number of targets was recorded over Kyiv, Kharkiv "
    "and Odesa regions.",
    # what a weapon can still do, a clip passed off as an attack
    "Russia still has submarines and can still launch Kalibrs from the safety of Novorossiysk.",
    "Researchers traced one clip, presented as an Iskander hitting barracks near Kyiv, to an "
    "industrial fire in Kramatorsk.",
    # the first weeks of the war
    "In the first weeks of the war, Palanca was the main exit for refugees fleeing missile "
    "strikes on Odesa.",
])
def test_weapons_named_in_what_is_told_are_no_incident(text):
    assert found(text, date="2024-04-23") == set()


def test_a_claim_refused_carries_no_debris_to_who_refused_it():
    text = ("Romania's defence ministry now says fragments of a drone were found near Plauru, "
            "a village across the river from Izmail, in Tulcea county. Bucharest had earlier "
            "rejected Kyiv's statements that debris fell on Romanian soil.")
    assert found(text, date="2023-09-06") == {("drone_attack", "RO-TL")}


def test_a_weeks_strikes_told_one_by_one_are_news():
    text = ("This week alone, FPV drones hit a city bus in Beryslav and an ambulance in "
            "Kherson's Dniprovskyi district.")
    assert {r["place"] for r in rows(text, date="2024-10-31")} == {"Beryslav", "Kherson"}


# ---------------------------------------------------------------- blockades of other seasons

@pytest.mark.parametrize("text, expected", [
    ("The Slovak hauliers' protest at Vysne Nemecke last year ended in days once Bratislava "
     "negotiated.", []),
    ("The protests revive memories of the truckers' blockade that crippled traffic at "
     "Dorohusk and Hrebenne from November 2023 until mid-January.", []),
    ("Farmers have blocked the Medyka crossing since last year, and the protest continues.",
     [("border_blockade", "ongoing")]),
    # a crossing traffic goes to is where the blockade holds it
    ("Border guards: protesters on the Polish side are blocking lorry traffic towards the "
     "Krakovets, Shehyni and Rava-Ruska checkpoints.", [("border_blockade", "ongoing")] * 3),
])
def test_a_blockade_of_another_season_is_background(text, expected):
    assert [(r["event_type"], r["status"]) for r in rows(text, date="2024-03-14")] == expected


@pytest.mark.parametrize("text, town, lat", [
    # of two villages of the name in one region, the one at the border
    ("Polish hauliers continued their blockade of three border crossings on Tuesday. "
     "Protesters parked their trucks on the approach roads to Dorohusk and Hrebenne in "
     "Lublin province.", "Hrebenne", 50.28),
    # the town at the border, not a hamlet of its name nearer the other crossing
    ("Romanian farmers ended their protests at the Siret and Albita border crossings on "
     "Tuesday.", "Siret", 47.95),
])
def test_the_namesake_at_the_border_in_a_blockade(text, town, lat):
    got = {r["place"]: r["lat"] for r in rows(text, date="2023-11-14")}
    assert got[town] == pytest.approx(lat, abs=0.05)


# ---------------------------------------------------------------- places and who tells

def test_the_kyiv_regime_is_no_evidence_of_where_the_text_is():
    text = ("The armed formations of the Kyiv regime shelled the village of Kurkovichi in "
            "Klimovo district with mortars. Also in Klimovo, a Ukrainian drone dropped an "
            "explosive device on a local enterprise.")
    assert found(text, date="2023-07-11") == {("shelling", "RU-BRY"), ("drone_attack", "RU-BRY")}
    assert "Kyiv" not in {m.text for m in geoparse(text)}


def test_a_name_before_the_next_sentences_people_word_is_kept():
    text = ("Drones damaged a warehouse in the Ukrainian town of Kiliia.\n\nResidents of "
            "Chilia Veche received alerts.")
    assert "Kiliia" in {m.text for m in geoparse(text)}


@pytest.mark.parametrize("text, expected", [
    # a drone that came down overnight
    ("TULCEA - A drone crashed overnight into a reed bed near Periprava, in Tulcea county, "
     "the ministry said.", {("drone_attack", "RO-TL")}),
    # the city of a dateline with its day, month and year
    ("MOSCOW, 10 September 2024 - Russia's Defence Ministry said air defences destroyed 20 "
     "drones over the Moscow region.", {("drone_attack", "RU-MOS")}),
    # the pieces found, the weapon named in the next sentence
    ("Residents of Etulia, a village in Gagauzia, found twisted metal fragments in a field. "
     "Army specialists identified them as parts of a Shahed-type drone.",
     {("drone_attack", "MD-GA")}),
    # woken during an attack on another country
    ("Residents of Przemysl and nearby Medyka were woken before dawn as jets were scrambled "
     "during one of the largest Russian missile and drone attacks on Ukraine. A missile hit "
     "an infrastructure facility in Lviv.", {("missile_strike", "UA-46")}),
    # the districts of the city named, in a list
    ("2 January 2024 - Kharkiv city, Kharkiv oblast. Russian forces launched a morning "
     "missile strike on the city; buildings in the Kyivskyi and Saltivskyi districts were "
     "hit.", {("missile_strike", "UA-63")}),
    # the later weapons of a tally, by their long name
    ("Air defence shot down two missiles over Kursk region and 47 aircraft-type unmanned "
     "aerial vehicles over Bryansk region.",
     {("missile_strike", "RU-KRS"), ("drone_attack", "RU-BRY")}),
    # a city and the region it lies in, ", in occupied Crimea"
    ("On 8 September, Ukraine struck the headquarters of the Black Sea Fleet in Sevastopol, "
     "in occupied Crimea, with cruise missiles.", {("missile_strike", "UA-40")}),
    # an agency named for the sea
    ("A Ukrainian sea drone damaged the tanker in the Black Sea, Russia's Federal Agency for "
     "Maritime and River Transport said.", {("drone_attack", "Black Sea")}),
])
def test_places_of_dispatches(text, expected):
    assert found(text, date="2024-09-10") == expected


def test_a_companys_office_that_speaks_is_no_place():
    text = ("Gas Distribution Networks of Ukraine, Sumy branch: Overnight, Russian forces "
            "shelled Bilopillia with mortars and artillery. A gas pipeline was damaged; 1,870 "
            "customers in the town are without gas.")
    assert [r["place"] for r in rows(text, date="2024-04-23")] == ["Bilopillia"]


def test_a_power_plant_by_its_abbreviation_is_at_its_town():
    text = "Burshtyn TPP in Ivano-Frankivsk region was struck by several missiles overnight."
    [row] = rows(text, date="2024-03-30")
    assert (row["event_type"], row["place_kind"], row["admin1_code"]) == (
        "missile_strike", "locality", "UA-26")


def test_the_rounds_a_community_took():
    text = "Krasnopillia community, Sumy region, took 14 mortar rounds during the day."
    assert found(text, date="2024-10-03") == {("shelling", "UA-59")}


def test_missile_impacts_are_a_missile_strike():
    text = "Kharkiv mayor Ihor Terekhov reports at least three missile impacts in the city centre."
    assert found(text, date="2024-01-02") == {("missile_strike", "UA-63")}


def test_debris_where_it_fell_and_the_attack_it_fell_after():
    text = ("Pieces of a drone were found near the village of Plauru, in Tulcea county, the "
            "ministry said. The fragments fell after Russian drones attacked port "
            "infrastructure in Izmail overnight.")
    got = {r["admin1_code"]: bool(r["intercepted"]) for r in rows(text, date="2023-09-07")}
    assert got == {"RO-TL": True, "UA-51": False}


def test_a_missile_that_came_down_in_the_city_of_the_blasts():
    text = ("08:25 A new series of blasts in central Kyiv. One missile came down next to a "
            "children's playground in Shevchenko park; cars are burning on Volodymyrska "
            "street.")
    assert found(text, date="2022-10-10") == {("missile_strike", "UA-30")}
    # (a park or a street named after a person or a town is no town)
    assert [m.text for m in geoparse(text)] == ["Kyiv"]


def test_tractors_across_the_road_to_a_border_town():
    text = "For the third week, Polish farmers have parked their tractors across the road to Dorohusk."
    [row] = rows(text, date="2024-03-14")
    assert (row["event_type"], row["place"], row["status"]) == (
        "border_blockade", "Dorohusk", "ongoing")


# ---------------------------------------------------------------- long stories, tallies, ports

@pytest.mark.parametrize("text", [
    # drills, and the cities of a dateline with two
    "MOSCOW/VILNIUS - Warships of Russia's Baltic Fleet fired cruise missiles at mock targets "
    "in the Baltic Sea on Wednesday during snap drills, the defence ministry said.",
    # a habit, a frequency, a threat, help for the work
    "Analysts say Russia has expanded production at its plant in Yelabuga and now sends "
    "drones almost every night, mixing armed Shaheds with cheap decoys.",
    "MSF staff in Gaza have had to evacuate health facilities more than a dozen times over "
    "the year, often at very short notice because of nearby airstrikes.",
    "KYIV - The United States shut its embassy in Kyiv on Wednesday, saying it had received "
    "information about a potential significant air attack on the capital.",
    "BERLIN - Germany has delivered another IRIS-T air defence system to Ukraine along with "
    "additional missiles for Patriot batteries, as Kyiv braces for renewed Russian attacks on "
    "its power network.",
    "UNDP also provides equipment, protective gear and vehicles to the emergency service for "
    "humanitarian demining in the Kherson, Mykolaiv and Kharkiv regions.",
    "That summer, weeks of missile and drone raids damaged terminals in Odesa, Chornomorsk "
    "and the Danube ports of Izmail and Reni.",
    "Ukrainian prosecutors say they have identified the commander of the bomber unit that "
    "launched the missile on Dnipro.",
    "Hungarian police brought down a drone carrying 1,500 packs of smuggled cigarettes near "
    "Zahony on Tuesday night.",
    "Kyiv court jails two men for spotting targets for Russian missile strikes on Odesa power "
    "plants.",
    "An air force spokesman said Moscow had accumulated several hundred Kh-101 missiles and "
    "that Shahed variants with jet engines had been spotted near Kharkiv.",
    "Over October the enemy fired 2,900 shells at the region, the administration said in its "
    "monthly summary. Kherson city and the Beryslav district were shelled most often.",
    "Shelling events in Zaporizhzhia oblast declined by about 18% compared with August, while "
    "strikes involving FPV drones continued to rise around Avdiivka and Bakhmut.",
    "On 11 January, a State Duma deputy called in a televised interview for 'Oreshnik' "
    "missile strikes on the bridges in Kyiv and on government buildings in Lviv.",
    "The navy said Russia is keeping two surface ships carrying Kalibr cruise missiles on "
    "combat duty in the Black Sea.",
    "Underwriters have cut war-risk premiums for voyages to Odesa and Chornomorsk, citing "
    "fewer missile and drone strikes on port infrastructure.",
])
def test_long_stories_name_weapons_without_an_attack(text):
    assert found(text, date="2024-10-02") == set()


def test_an_attack_the_other_side_attempted_is_where_it_was_downed():
    text = ("Acting governor of the Rostov region: at night the Kyiv regime attempted a drone "
            "attack on the region. Air defence forces destroyed the UAVs over Taganrog and "
            "Kamensk-Shakhtinsky.")
    got = rows(text, date="2024-08-26")
    assert {(r["place"], bool(r["intercepted"])) for r in got} == {
        ("Taganrog", True), ("Kamensk-Shakhtinsky", True)}


@pytest.mark.parametrize("text, expected", [
    # the attacker's attacks, an adjective with a hyphen between
    ("Ukrainian drones set an oil refinery on fire in Tuapse early on Wednesday, the latest of "
     "Kyiv's long-range attacks on Russian fuel infrastructure.", {("drone_attack", "RU-KDA")}),
    # a deal named for the sea, a government that quit it, a river named for its trade
    ("Drones hit Danube grain terminal. Russian drones struck grain facilities at Izmail "
     "overnight, one of the few export routes left since Moscow abandoned the Black Sea "
     "grain deal.", {("drone_attack", "UA-51")}),
    # where the bombers fired from borrows no place told before
    ("The Shahed drones were downed over the Poltava, Cherkasy and Kirovohrad regions. "
     "Tu-95MS strategic bombers fired their missiles from the area of the Caspian Sea, it "
     "said.", {("drone_attack", "UA-53"), ("drone_attack", "UA-71"), ("drone_attack", "UA-35")}),
    # launch sites no gazetteer names, in an occupied region
    ("Overnight Russia launched 17 Shahed attack drones from Cape Chauda in occupied Crimea; "
     "14 were shot down over the Mykolaiv region.", {("drone_attack", "UA-48")}),
    # a missile that slams into a building
    ("Russian missile slams into high-rise in Dnipro; at least 12 reported dead.",
     {("missile_strike", "UA-12")}),
    # an attack told, then a span that mentions strikes
    ("Missiles hit two landing ships moored in Sevastopol overnight. The fleet has moved much "
     "of its force to Novorossiysk over the past year after repeated strikes on its main base.",
     {("missile_strike", "UA-40")}),
])
def test_places_of_long_stories(text, expected):
    assert found(text, date="2024-03-24") == expected


@pytest.mark.parametrize("text, expected", [
    ("A year ago this week, sappers began clearing the streets of Irpin and Bucha after the "
     "Russian withdrawal from Kyiv region.", set()),
    ("Looking back, one of the first deminers to enter Irpin recalls that the team cleared "
     "booby-trapped cars and shells in basements.", set()),
    ("The hauliers' blockade of Dorohusk, Hrebenne and Korczowa, lifted in January, cost "
     "exporters an estimated 400 million euros.", set()),
    ("The protests began in early November at the crossings in the Lubelskie voivodeship.",
     set()),
    # (a blockade lifted this week is news)
    ("Polish farmers lifted their blockade of the Medyka crossing on Saturday.",
     {("border_blockade", "PL-18")}),
])
def test_work_and_blockades_of_months_ago(text, expected):
    assert found(text, date="2024-05-21") == expected


@pytest.mark.parametrize("text, expected", [
    # "possible" that is no attack's
    ("The EU condemns in the strongest possible terms the missile attack launched by Russia "
     "this morning against cities across Ukraine, including Kyiv and Dnipro.",
     {("missile_strike", "UA-30"), ("missile_strike", "UA-12")}),
    # a demand for something else, then the blockade
    ("Hauliers demanding permits for Ukrainian carriers are letting through only a handful "
     "of lorries an hour at Dorohusk.", {("border_blockade", "PL-06")}),
    # the town's own governor, installed from elsewhere
    ("SEVASTOPOL, Jan 16 - Air defences shot down six drones over the city, Sevastopol's "
     "Moscow-installed governor said.", {("drone_attack", "UA-40")}),
    # a protest ended this week, which had begun months ago
    ("Polish hauliers suspended their protest at the Korczowa crossing on Wednesday, ending a "
     "blockade that began in early November.", {("border_blockade", "PL-18")}),
])
def test_guards_of_the_long_story_rules(text, expected):
    assert found(text, date="2024-01-17") == expected


def test_a_bay_after_its_town_is_the_towns():
    assert [m.text for m in geoparse("Drones attacked ships in Sevastopol Bay.")] == [
        "Sevastopol"]
    # (alone, the region of Somalia)
    assert [m.place.kind for m in geoparse("A storm hit Bay, Somalia.")] == ["admin1", "country"]


def test_the_city_of_a_mayor_who_reports_after_another_citys_news():
    text = ("08:05 - Falling fragments of downed missiles set fire to houses in Kyiv's "
            "Solomianskyi district, the city military administration says. Fire crews are on "
            "site.\n\n08:30 - Kharkiv mayor Ihor Terekhov reports at least three missile "
            "impacts in the city centre and in the Kyivskyi district.")
    got = {r["admin1_code"]: bool(r["intercepted"]) for r in rows(text, date="2024-01-02")}
    assert got == {"UA-30": True, "UA-63": False}


@pytest.mark.parametrize("text", [
    # a court's fine for a blockade of two years before (the dash of the years ends no clause)
    "A court in Chelm has fined two organisers of the 2023–2024 truckers' blockade at Dorohusk "
    "for holding an assembly beyond the hours registered with the municipality.",
    # equipment handed over for the work, and its list
    "Japan has handed over to the State Emergency Service a batch of equipment for "
    "humanitarian demining in the Kharkiv region: remotely controlled mine-clearing machines "
    "and metal detectors.",
])
def test_fines_and_equipment_are_no_event(text):
    assert found(text, date="2025-05-21") == set()


def test_a_headline_takes_the_interception_its_story_tells():
    text = ("Night drone attack on Odesa: debris damaged a high-rise\n\nRussian forces attacked "
            "Odesa with Shahed drones overnight. Air defence destroyed all 11 drones over the "
            "city, the regional head said.")
    [row] = rows(text, date="2024-11-05")
    assert (row["place"], bool(row["intercepted"])) == ("Odesa", True)
    # (a hit told keeps it a hit)
    text = ("A Shahed hit a house in Odesa overnight. Air defence destroyed 11 drones over the "
            "city.")
    [row] = rows(text, date="2024-11-05")
    assert (row["place"], bool(row["intercepted"])) == ("Odesa", False)


def test_fragments_believed_to_come_from_a_drone():
    text = ("BUCHAREST - Fragments believed to come from a Russian drone had been found near the "
            "village of Grindu in Tulcea county, the ministry said.")
    got = rows(text, date="2025-03-27")
    assert {(r["admin1_code"], bool(r["intercepted"])) for r in got} == {("RO-TL", True)}


def test_the_defence_ministry_is_no_protection_from_drones():
    text = ("BUCHAREST - Romania's defence ministry said on Thursday that fragments believed to "
            "come from a Russian drone had been found near the village of Grindu in Tulcea "
            "county.")
    assert found(text, date="2025-03-27") == {("drone_attack", "RO-TL")}
    # (shelters still protect from drones)
    assert found("Residents of Kharkiv built shelters to protect them from drones.",
                 date="2025-03-27") == set()


# ---------------------------------------------------------------- statements, digests, analyses

@pytest.mark.parametrize("text", [
    'Russian milbloggers amplified a claim that Russian forces struck a "mercenary" base in '
    "Kharkiv City with Iskander missiles; no evidence of such a strike was found.",
    "Since the start of the invasion, the authorities have recorded more than a dozen cases of "
    "drones or missile fragments falling on Moldovan territory, the prime minister said.",
    "The minehunter Tsibar and the minesweeper Priboy of the Bulgarian Navy took part in the "
    "international exercise Breeze 2024 off Varna, together with ships from Romania.",
    "The navy notes that the threat from drifting mines and from Russian missile and drone "
    "attacks on port infrastructure in Odesa remains.",
    "Black Sea Fleet press service: in Novorossiysk, anti-sabotage units held a drill to repel "
    "attacks by unmanned boats on the naval base.",
    "The Suceava court upheld fines imposed on four organisers of January's protest at the "
    "Siret border crossing.",
    "The carriers' union said it has no plans to resume its protest at the Vysne Nemecke "
    "crossing for now.",
    "Air raid sirens wailed across Ukraine after a Russian MiG-31K, a jet able to carry Kinzhal "
    "hypersonic missiles, took off from an airfield in Belarus.",
    "A second Patriot battery has arrived in Ukraine, as Kyiv pleads with allies for more "
    "systems to fend off Russian missile and glide-bomb attacks.",
    "Officials in Kharkiv, which has been under heavy bombardment since spring, have asked for "
    "a Patriot battery.",
    "Polish artillerymen fired Homar-K rocket launchers into the Baltic Sea in a live-fire "
    "exercise. Rockets were aimed at floating targets off the Ustka range.",
    "New deminers graduate at training centre in Kyiv region",
    "Five remote-controlled demining machines financed by Japan were handed over on Wednesday "
    "to the emergency service at a ceremony in Kyiv.",
    "The protests that closed crossings such as Dorohusk, Hrebenne and Medyka for much of last "
    "winter have now been over for months.",
])
def test_statements_digests_and_analyses_report_no_incident(text):
    assert found(text, date="2024-07-12") == set()


@pytest.mark.parametrize("text, expected", [
    # the cause told after the event keeps its places
    ("KYIV, Oct 10 - Russia fired dozens of cruise missiles at Lviv on Monday morning in what "
     "Putin called retaliation for the blast on the Crimean bridge.", {("missile_strike", "UA-46")}),
    # a city before a district of another city's name
    ("Kherson region, past 24 hours:\n- 07:15 Kherson, Dniprovskyi district: artillery struck "
     "a nine-storey building.", {("shelling", "UA-65")}),
    # pieces found, the place told just before, hedged as "could belong to"
    ("A ministry team searched the area around the village of Plauru, Tulcea county. The team "
     "found and secured fragments that could belong to a drone.", {("drone_attack", "RO-TL")}),
    ("In the morning a search team found fragments of a drone near the village of Periprava, "
     "Tulcea county.", {("drone_attack", "RO-TL")}),
    # the aircraft's release point is an origin
    ("Russian warplanes dropped glide bombs on Vovchansk, Kharkiv region, the governor said; the "
     "aircraft released them while still over Russian territory.", {("airstrike", "UA-63")}),
])
def test_places_of_statements(text, expected):
    assert found(text, date="2022-10-10") == expected


def test_drones_of_which_some_crashed_over_a_neighbour():
    text = ("Last night, during another Russian drone attack on Ukraine's Odesa region, six "
            "drones entered the airspace of Moldova. Two of them crashed on our territory: one "
            "exploded in a field near Ceadir-Lunga and the other came down near the town of "
            "Cahul.")
    assert {"MD-GA", "MD-CA"} <= {r["admin1_code"] for r in rows(text, date="2025-02-13")}


def test_an_exercise_to_clear_real_mines_is_planned_clearing():
    text = ("Bulgaria and Romania will hold a joint exercise to clear drifting mines in the "
            "western Black Sea.")
    [row] = rows(text, date="2024-03-07")
    assert (row["event_type"], row["place"], row["status"]) == (
        "mine_clearing", "Black Sea", "planned")


@pytest.mark.parametrize("text, expected", [
    ("Drone pieces found again this morning near Plauru, Tulcea county. Nobody hurt.",
     {("drone_attack", "RO-TL", True)}),
    ("Ballistics on the capital again, air defence took down everything on approach. "
     "Fragments fell in Kyiv's Darnytskyi district.", {("missile_strike", "UA-30", True)}),
    ("Organisers in the Lublin province said a third action, at the Hrebenne road crossing, "
     "would start on Friday morning.", {("border_blockade", "PL-06", False)}),
    # (artillery pieces destroyed are still the target, not the weapon)
    ("Ukrainian forces destroyed two artillery pieces near Bakhmut.", set()),
])
def test_officials_shorthand(text, expected):
    assert {(r["event_type"], r["admin1_code"], bool(r["intercepted"]))
            for r in rows(text, date="2024-02-21")} == expected


@pytest.mark.parametrize("text", [
    "Hungarian hauliers said they had not ruled out similar action at the Zahony crossing.",
    "Customs officers in Chelm found drone parts hidden in a lorry bound for Belarus.",
])
def test_actions_not_ruled_out_and_parts_supplied(text):
    assert found(text, date="2023-12-02") == set()


@pytest.mark.parametrize("text", [
    "ISTANBUL - Turkish drone maker Baykar said its exports reached $1.8 billion in 2023, with "
    "contracts signed with more than 30 countries for its TB2 and Akinci drones.",
    "Analysts say Moscow has shifted to launching drones in larger waves, while reserving its "
    "stock of ballistic missiles for attacks on energy facilities in Kyiv.",
    "Results of 2023: in the Kharkiv region, pyrotechnic units examined 30,000 hectares and "
    "destroyed over 100,000 explosive objects.",
    "WHO recorded 1,574 attacks on health care in Ukraine. Most were strikes with heavy "
    "weapons, including missiles and shelling. Kharkiv, Donetsk and Kherson regions account "
    "for two-thirds of the incidents.",
    "Ukraine's options are limited: Patriot batteries moved close to the front near Kharkiv to "
    "target Su-34 bombers risk being hit themselves.",
])
def test_makers_stocks_results_and_shares(text):
    assert found(text, date="2024-08-01") == set()


def test_akinci_is_a_drone():
    assert "Akinci" not in {m.text for m in geoparse("Baykar delivered Akinci drones to Kyiv.")}


@pytest.mark.parametrize("text, expected", [
    ("Air defence destroyed both Kh-59 missiles over Dnipropetrovsk region and 40 drones, in "
     "particular over Mykolaiv and Kherson regions.",
     {("missile_strike", "UA-12"), ("drone_attack", "UA-48"), ("drone_attack", "UA-65")}),
    ("Ukrainian drones struck an oil refinery in Ryazan overnight, the governor said, as Kyiv "
     "pressed a campaign against facilities that supply fuel to the army.",
     {("drone_attack", "RU-RYA")}),
])
def test_tallies_in_particular_and_a_capital_that_presses(text, expected):
    assert found(text, date="2024-02-10") == expected


@pytest.mark.parametrize("text", [
    "TULCEA. Farmers have sent drones into the fields around Isaccea to fight a massive attack "
    "of sunflower moths; the drone attack on the pests was effective.",
    "During the protest of hauliers at the border crossings in the winter of 2023/2024, "
    "transport companies from Podkarpackie and Lubelskie provinces suffered losses.",
    "Messages circulating on social media that farmers would block Isaccea this weekend were "
    "denied by the organisers.",
    "Ukraine's prosecutor general has included the missile attack in the cases submitted to "
    "the International Criminal Court in The Hague.",
    "At 23:10 residents of the Nowe Miasto estate in Rzeszow called 112 reporting flashes near "
    "a school, fearing a drone attack; officers found teenagers with fireworks.",
    "The government previously also sent Ukraine the Kub air defence system with its missiles.",
    "The company's Bayraktar TB2 drones have been exported to more than 30 countries, "
    "including Ukraine and Poland.",
])
def test_farm_drones_memories_rumours_courts_fears_and_exports(text):
    assert found(text, date="2024-07-19") == set()


@pytest.mark.parametrize("text, expected", [
    # a weapon after a town's comma is no region
    ("Upstream in Marhanets, Grad rockets landed in a residential area.",
     {("shelling", "UA-12")}),
    # the cities of a dateline on the line after a headline
    ("Russian missiles kill seven in Lviv\n\nKYIV/BRATISLAVA - A Russian missile strike on "
     "Lviv killed seven people on Wednesday morning, the city's mayor said.",
     {("missile_strike", "UA-46")}),
])
def test_weapons_after_a_comma_and_datelines_after_headlines(text, expected):
    assert found(text, date="2024-09-04") == expected


def test_clearing_told_after_the_work_began_and_no_survey():
    text = ("Operations\n- Balakliia: two manual clearance teams started work on 16 October on "
            "a plot of farmland on the eastern outskirts of the town. By 18 October teams had "
            "cleared 1.4 hectares and removed 9 anti-personnel mines.\n- Non-technical survey "
            "continued in villages around Izium.")
    assert [r["place"] for r in rows(text, date="2023-10-18")] == ["Balakliya"]


def test_the_place_that_opens_the_sentence_is_every_types():
    text = ("In Beryslav, shelling continued throughout the period, and on 20 February a drone "
            "dropped an explosive device on a water distribution point.")
    assert found(text, date="2024-02-21") == {("shelling", "UA-65"), ("drone_attack", "UA-65")}


@pytest.mark.parametrize("text", [
    "September by the numbers: long-range drones and missiles launched at Ukraine",
    "Craters in the target field used for bombing practice at the range are consistent with "
    "FAB-500 releases from Su-34s, the same platforms used for glide bombs in Ukraine.",
    "During the night of 24-25 March, the Russian Federation carried out new attacks with drones "
    "against Ukrainian targets in the area bordering Romania.",
])
def test_numbers_ranges_and_the_country_bordered(text):
    assert found(text, date="2024-10-01") == set()



def test_the_area_bordering_a_country_refers_to_no_heading():
    text = ("Ministry of National Defence (Romania) - update on air surveillance\n\nDuring the "
            "night of 24-25 March, the Russian Federation carried out new attacks with drones "
            "against Ukrainian targets in the area bordering Romania.")
    assert found(text, date="2024-03-25") == set()
    # (the city of a time: "the edge of the city around 16:00" still refers to it)
    text = ("Kharkiv, Saturday evening.\n\n1/ Two guided aerial bombs hit a huge hypermarket on "
            "the north-western edge of the city around 16:00.")
    assert found(text, date="2024-05-26") == {("airstrike", "UA-63")}
