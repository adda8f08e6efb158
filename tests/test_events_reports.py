"""Events as real conflict reports write them: vocabulary, weapons and organisations that
are not places, interceptions, land and sea mine clearing, linking, and one selection."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.cli import main
from geomap.errors import InputError
from geomap.taxonomy import load_taxonomy
from geomap.geoparser import geoparse
from geomap.models import Document
from geomap.pipeline import extract
from geomap.selection import select_incidents
from geomap.maps import highlight_evidence
from geomap.models import Evidence

from .conftest import incident_keys as found
from .conftest import incident_rows as rows
from .conftest import map_payload



# ---------------------------------------------------------------- vocabulary

@pytest.mark.parametrize("text,expected", [
    ("On 3 May the army fired artillery at Kupiansk, Kharkiv oblast.", ("shelling", "UA-63")),
    ("Troops fired 82mm mortars on a village near Nikopol.", ("shelling", "UA-12")),
    ("Grad fire damaged houses in Marhanets overnight.", ("shelling", "UA-12")),
    ("Cluster munitions were used against Kherson on Tuesday.", ("shelling", "UA-65")),
    ("The occupiers dropped two glide bombs on Orikhiv.", ("airstrike", "UA-23")),
    ("A KAB-500 hit a school in Kostiantynivka.", ("airstrike", "UA-14")),
    ("Russian air forces struck Vovchansk in the morning.", ("airstrike", "UA-63")),
    ("A Lancet hit a tractor near Beryslav.", ("drone_attack", "UA-65")),
    ("An FPV drone dropped a grenade on a car in Bilozerka.", ("drone_attack", "UA-65")),
    ("A kamikaze drone struck a depot in Sumy.", ("drone_attack", "UA-59")),
    ("An Iskander-M hit the outskirts of Izium.", ("missile_strike", "UA-63")),
    ("Kh-101 missiles slammed into a power plant in Burshtyn.", ("missile_strike", "UA-26")),
    ("Ukrainian forces hit Russian positions near Krynky with HIMARS.", ("shelling", "UA-65")),
    ("Russia pounded Kharkiv with missiles on Tuesday.", ("missile_strike", "UA-63")),
    ("Sappers defused 40 explosive objects near Balakliia.", ("mine_clearing", "UA-63")),
])
def test_report_vocabulary_finds_the_type(text, expected):
    assert expected in found(text)


# ---------------------------------------------------------------- weapons and organisations

@pytest.mark.parametrize("text", [
    "Grad and Uragan launchers, a Tornado-S and Smerch rockets were seen.",
    "Kh-101, X-59 and S-300 missiles, Iskander and Kalibr, Shahed and Geran drones.",
    "A Lancet, a Bayraktar, HIMARS and a Mi-8 helicopter were shown.",
])
def test_weapon_names_are_never_places(text):
    assert geoparse(text) == []


def test_organisations_named_after_a_place_are_not_the_place():
    text = ("Agence France-Presse and Voice of America quoted The Kyiv Independent and "
            "the Kyiv Post.")
    assert geoparse(text) == []
    also = geoparse("The Kyiv Independent said drones hit Kyiv overnight.")
    assert [m.text for m in also] == ["Kyiv"] and also[0].start > 20


def test_a_weapon_named_as_the_target_is_not_an_attack_by_it():
    assert found("Ukrainian drones destroyed an S-300 launcher near Berdiansk.") == {
        ("drone_attack", "UA-23")}
    assert found("Ukrainian forces struck two Grad systems near Tokmak.") == set()


@pytest.mark.parametrize("text", [
    "Germany delivered more drones and air defence missiles to Ukraine.",
    "Lutsk volunteers bought 40 reconnaissance drones for a brigade.",
    "An air raid alert was declared in Kharkiv over the threat of guided bombs.",
    "Farmers in Poltava said they might block the road to Kyiv if prices fall.",
    "A plant in Izhevsk makes Shahed drones for the army.",
    "Ukraine tested a new cruise missile at a range near Odesa.",
    "Instructors in Rivne trained FPV drone operators.",
    "Police in Poltava detained a man suspected of passing targets for missile strikes.",
    "Lutsk rebuilt a school that shelling had damaged last year.",
    "Russia has launched 3,000 Shahed drones at Ukraine since September.",
    "The first ATACMS missiles would reach Zaporizhzhia soon.",
    "Russia has dropped thousands of guided bombs on towns such as Kupiansk.",
    "Farmers marched through Lublin on Friday to protest against EU climate rules.",
    "Farmers at a rally in Rzeszow demanded lower fuel prices.",
    "The prime minister laid flowers in Dnipro at the site of last month's missile strike.",
    "Volunteers in Sumy still help victims of last week's drone attack.",
    "The army approved a new FPV drone for service after trials near Rivne.",
    "A gallery in Odesa opened an exhibition of debris from the drones that hit the port.",
])
def test_deliveries_alerts_and_conditions_are_not_events(text):
    assert rows(text) == []


# ---------------------------------------------------------------- interceptions

def test_interceptions_are_attacks_flagged_intercepted():
    got = rows("Air defence shot down 20 of 25 drones over the Poltava and Sumy regions.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in got} == {
        ("drone_attack", "UA-53", True), ("drone_attack", "UA-59", True)}


def test_a_place_hit_after_the_interceptions_is_not_intercepted():
    got = rows("Air defence destroyed 30 of 38 missiles, but missiles got through to "
               "Kremenchuk.")
    assert [(r["place"], r["intercepted"]) for r in got] == [("Kremenchuk", False)]


def test_debris_of_an_interception_does_not_make_a_hit():
    got = rows("Drones were shot down over Cherkasy; falling debris damaged a roof.")
    assert [(r["event_type"], r["intercepted"]) for r in got] == [("drone_attack", True)]


def test_others_shot_down_over_places_carry_the_attack_on():
    text = ("Russia launched 40 Shahed drones overnight. Others were shot down over Sumy "
            "and Poltava.")
    got = rows(text)
    assert {(r["event_type"], r["place"], r["intercepted"]) for r in got} == {
        ("drone_attack", "Sumy", True), ("drone_attack", "Poltava", True)}
    for r in got:  # the evidence holds the attack and the place
        assert r["evidence"].startswith("Russia launched") and r["place"] in r["evidence"]


def test_something_else_shot_down_does_not_carry_an_attack_on():
    text = "Russia launched 40 Shahed drones overnight. Gunners shot down a Su-25 near Sumy."
    assert rows(text) == []


# ---------------------------------------------------------------- mine clearing

def test_mine_clearing_on_land_and_at_sea():
    land = rows("Sappers cleared 30 anti-tank mines from fields near Snihurivka.")
    sea = rows("Minesweepers cleared two drifting sea mines in the Black Sea.")
    assert [(r["event_type"], r["mine_domain"]) for r in land] == [("mine_clearing", "land")]
    assert [(r["event_type"], r["place"], r["mine_domain"]) for r in sea] == [
        ("mine_clearing", "Black Sea", "sea")]
    assert rows("Shelling hit Nikopol.")[0]["mine_domain"] is None


def test_an_agreement_to_clear_mines_is_planned():
    text = "Romania and Bulgaria signed an agreement in Varna to clear mines in the Black Sea."
    assert [(r["event_type"], r["status"]) for r in rows(text)] == [("mine_clearing", "planned")]


def test_ordnance_cleared_by_sappers_is_not_an_attack():
    text = "Sappers defused an unexploded Shahed warhead in a vineyard near Izmail."
    assert {t for t, _ in found(text)} == {"mine_clearing"}


# ---------------------------------------------------------------- linking and evidence

def test_evidence_of_a_continued_event_spans_both_sentences_and_marks_the_place():
    text = ("Russia launched a drone attack targeting 11 regions. The targeted areas "
            "included Vinnytsia and Zhytomyr.")
    got = rows(text)
    assert {r["admin1_code"] for r in got} == {"UA-05", "UA-18"}
    for r in got:
        assert r["evidence"] == text and text[r["start"]:r["end"]] == r["evidence"]
        assert r["start"] <= r["mention_start"] < r["mention_end"] <= r["end"]
        marked = text[r["mention_start"]:r["mention_end"]]
        assert marked in ("Vinnytsia", "Zhytomyr")
        assert f"<mark>{marked}</mark>" in highlight_evidence(Evidence.from_dict(r))


def test_a_place_referred_to_as_the_region_is_marked_at_its_name():
    text = ("Sirens sounded across the Chernihiv region for two hours. Mobile fire groups "
            "downed five attack drones over the region before dawn.")
    [r] = rows(text)
    assert (r["event_type"], r["admin1_code"], r["intercepted"]) == ("drone_attack", "UA-74",
                                                                     True)
    assert r["evidence"] == text
    marked = text[r["mention_start"]:r["mention_end"]]
    assert marked == "Chernihiv"
    assert f"<mark>{marked}</mark>" in highlight_evidence(Evidence.from_dict(r))


def test_a_drone_that_releases_a_munition_over_a_village_attacks_the_village():
    # the village of Murom in the Belgorod region, not the city of Murom near Vladimir
    text = "An enemy drone released two grenades over the village of Murom on Sunday."
    assert found(text) == {("drone_attack", "RU-BEL")}
    # (footage a drone took is released; no munition is)
    assert found("Rescuers released drone footage of the flooded streets of Kozacha "
                 "Lopan.") == set()


@pytest.mark.parametrize("text", [
    "Russia has increasingly targeted the port of Izmail with Shahed drones.",
    "Kyiv is increasingly using long-range drones against refineries in the Samara region.",
])
def test_a_trend_is_no_attack(text):
    assert found(text) == set()


def test_such_attacks_tell_no_attack_for_the_next_sentence_to_place():
    # "such attacks" are a kind of attack: the next sentence's drones (told with only
    # countries) are not an attack on the city of the first
    text = ("The mayor of Belgorod told residents to keep away from windows during such "
            "attacks. Ukraine has launched long-range drones at Russia, the ministry said.")
    assert ("drone_attack", "RU-BEL") not in found(text)


def test_each_place_goes_to_the_event_of_its_own_clause():
    text = ("The enemy carried out air strikes on Robotyne, launched drones at Orikhiv, "
            "and shelled Stepnohirsk.")
    assert {(t, p) for t, p in found(text)} >= {("drone_attack", "UA-23")}
    by_place = {(r["event_type"], r["place"]) for r in rows(text)}
    assert ("shelling", "Stepnohirsk") in by_place
    assert ("drone_attack", "Stepnohirsk") not in by_place
    assert ("airstrike", "Orikhiv") not in by_place


@pytest.mark.parametrize("text, expected", [
    # a clause opened by "and" without a comma, its subject a weapon
    ("Russian troops hit Sumy with an Iskander missile and guided bombs struck Krasnopillia "
     "and Bilopillia.", {("missile_strike", "Sumy"), ("airstrike", "Krasnopillya"),
                         ("airstrike", "Bilopillia")}),
    ("Shahed drones hit Odesa and artillery shelled Kherson.",
     {("drone_attack", "Odesa"), ("shelling", "Kherson")}),
    # the list of weapons of the first clause ends where the second's subject begins
    ("Occupying forces attacked Beryslav with mortars and drones hit Tiahynka overnight.",
     {("shelling", "Beryslav"), ("drone_attack", "Tiahynka")}),
    # one subject of two weapons is no second clause
    ("Drones and missiles struck Lviv and Lutsk.",
     {(t, p) for t in ("drone_attack", "missile_strike") for p in ("Lviv", "Lutsk")}),
])
def test_a_clause_opened_by_and_keeps_its_own_places(text, expected):
    assert {(r["event_type"], r["place"]) for r in rows(text)} == expected


def test_a_serial_comma_closes_a_list_of_weapons():
    text = "The enemy struck Nikopol 20 times with artillery, mortars, tanks, and drones."
    assert found(text) == {("shelling", "UA-12"), ("drone_attack", "UA-12")}


def test_a_serial_comma_before_a_clause_of_its_own_still_parts_the_clauses():
    text = ("Troops shelled Kupiansk, Izium, and Balakliia with artillery, and drones hit "
            "Kharkiv city.")
    assert {(r["event_type"], r["place"]) for r in rows(text)} == {
        ("shelling", "Kupyansk"), ("shelling", "Izyum"), ("shelling", "Balakliya"),
        ("drone_attack", "Kharkiv")}


def test_guns_used_against_places_are_shelling():
    assert found("Mortars and tanks were used against the Velyka Pysarivka community.") == {
        ("shelling", "UA-59")}


def test_jets_scrambled_to_guard_a_sky_are_neither_an_airstrike_nor_its_place():
    assert found("Romanian F-16 jets were scrambled over Tulcea as Russian drones attacked "
                 "Izmail.") == {("drone_attack", "UA-51")}


def test_every_weapon_of_one_list_shares_its_places():
    text = "The occupiers shelled Beryslav 38 times, using mortars, artillery and drones."
    assert found(text) == {("shelling", "UA-65"), ("drone_attack", "UA-65")}


def test_one_place_for_drones_and_missiles_together():
    assert found("Drones and missiles struck Lutsk overnight.") == {
        ("drone_attack", "UA-07"), ("missile_strike", "UA-07")}


@pytest.mark.parametrize("text,expected", [
    ("Polish farmers blocked lorries heading to Ukraine near Dorohusk.", {"Dorohusk"}),
    ("Drones launched from Primorsko-Akhtarsk and Cape Chauda, Crimea, struck Odesa.",
     {"Odesa"}),
    ("Russian forces launched Iskander missiles from Crimea at Mykolaiv.", {"Mykolayiv"}),
    ("Ukraine said it destroyed 13 drones launched by Russia over Lviv.", {"Lviv"}),
    ("A drone hit an apartment block in the Black Sea port of Odesa.", {"Odesa"}),
    ("Shelling hit the Korabelnyi district of Kherson.", {"Kherson"}),
    ("Moscow accused Kyiv of a drone attack on Belgorod.", {"Belgorod"}),
    ("Two Kh-59 missiles fired from the airspace over the Kursk region hit Sumy.", {"Sumy"}),
    ("Guided bombs dropped from the territory of the Belgorod region struck Kharkiv.",
     {"Kharkiv"}),
])
def test_destinations_origins_actors_and_descriptions_are_not_incidents(text, expected):
    assert {r["place"] for r in rows(text)} == expected


def test_a_region_beside_a_named_town_in_it_is_only_its_container():
    text = "In Zhytomyr region sappers defused an aerial bomb found near Korosten."
    assert {r["place"] for r in rows(text)} == {"Korosten"}


def test_the_city_refers_back_to_the_place_named_before():
    text = "Odesa! Loud explosions. A ballistic missile was shot down on approach to the city."
    got = rows(text)
    assert [(r["event_type"], r["place"], r["intercepted"]) for r in got] == [
        ("missile_strike", "Odesa", True)]
    assert got[0]["evidence"] == text


@pytest.mark.parametrize("text,status", [
    ("The Medyka crossing is blocked by the protesters.", "ongoing"),
    ("Farmers blocked the Medyka crossing on Sunday.", "ongoing"),
    ("Farmers lifted their blockade of the Medyka crossing.", "ended"),
    ("Protesters at Hrebenne ended their action on Monday.", "ended"),
    ("Polish truckers resumed their blockade of the Dorohusk crossing.", "ongoing"),
])
def test_blockade_status_follows_the_verb(text, status):
    assert [r["status"] for r in rows(text)] == [status]


# ---------------------------------------------------------------- one selection

TEXT = ("Drones struck Sumy on Friday. Air defence shot down drones over Poltava on "
        "Saturday. Shelling hit Nikopol on Sunday.")


def test_filtering_never_changes_detection():
    everything = extract([Document("f", TEXT, date="2024-05-12")])
    only = extract([Document("f", TEXT, date="2024-05-12")], types="drone_attack")
    expected = everything[everything["event_type"] == "drone_attack"]
    assert only.drop(columns="geometry").reset_index(drop=True).equals(
        expected.drop(columns="geometry").reset_index(drop=True))


def test_select_incidents_by_type_period_and_interception():
    gdf = extract([Document("f", TEXT, date="2024-05-12")])
    assert sorted(select_incidents(gdf, since="2024-05-11")["place"]) == ["Nikopol", "Poltava"]
    assert list(select_incidents(gdf, until="2024-05-10")["place"]) == ["Sumy"]
    assert list(select_incidents(gdf, intercepted=True)["place"]) == ["Poltava"]
    assert sorted(select_incidents(gdf, types="drone_attack", intercepted=False)["place"]) \
        == ["Sumy"]
    with pytest.raises(InputError, match="--since 2024-05-12 is after --until 2024-05-01"):
        select_incidents(gdf, since="2024-05-12", until="2024-05-01")
    with pytest.raises(InputError, match="since '12/05/2024' is not YYYY-MM-DD"):
        select_incidents(gdf, since="12/05/2024")


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "1", "date": "2024-05-12", "text": TEXT}) + "\n",
                    encoding="utf-8")
    return path


def test_cli_filters_and_counts_what_it_writes(corpus, tmp_path):
    out = tmp_path / "o.csv"
    result = CliRunner().invoke(main, ["extract", str(corpus), "--since", "2024-05-11",
                                       "--intercepted", "no", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 incidents from 1 documents" in result.output
    frame = pd.read_csv(out)
    assert list(frame["place"]) == ["Nikopol"] and "intercepted" in frame.columns


@pytest.mark.parametrize("args,message", [
    (["--since", "2024-05-12", "--until", "2024-05-01"], "is after --until"),
    (["--until", "May 1"], "until 'May 1' is not YYYY-MM-DD"),
])
def test_cli_bad_period_is_one_line(corpus, tmp_path, args, message):
    for command in (["extract", str(corpus), "-o", str(tmp_path / "o.csv")],
                    ["map", str(corpus), "--tiles", "none", "-o", str(tmp_path / "m.html")],
                    ["report", str(corpus), "-o", str(tmp_path / "r.html")]):
        result = CliRunner().invoke(main, [*command, *args])
        assert result.exit_code == 1 and message in result.output
        assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_map_draws_the_selection_and_shows_interceptions(corpus, tmp_path):
    out = tmp_path / "m.html"
    result = CliRunner().invoke(main, ["map", str(corpus), "--tiles", "none",
                                       "--intercepted", "yes", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 incidents from 1 documents" in result.output
    payload = map_payload(out.read_text(encoding="utf-8"))
    assert ["intercepted", "Intercepted"] in payload["extra"]
    column = payload["extra"].index(["intercepted", "Intercepted"])
    assert [(r[2], r[7][column]) for r in payload["inc"]] == [("Poltava", True)]


# ---------------------------------------------------------------- taxonomy data

def test_taxonomy_carries_the_report_rules_as_data():
    tax = load_taxonomy()
    assert tax.get("drone_attack").interceptable and not tax.get("border_blockade").interceptable
    # (rockets of multiple launchers are shot down too: "14 Vampire rockets were downed")
    assert tax.get("shelling").interceptable
    assert [name for name, _ in tax.get("mine_clearing").domains] == ["sea", "land"]
    assert tax.get("border_blockade").status_default == "ongoing"
    assert tax.not_an_attack and tax.intercepted
    assert tax.select("shelling").intercepted == tax.intercepted


def test_bad_status_default_is_named(tmp_path):
    path = tmp_path / "t.toml"
    path.write_text('[[type]]\nid = "a"\nlabel = "A"\ncolour = "#aabbcc"\ndraw = "point"\n'
                    'triggers = []\nstatus_default = "soon"\n', encoding="utf-8")
    with pytest.raises(InputError, match="type 'a': status_default 'soon'"):
        load_taxonomy(path)


def test_a_heading_locates_the_posts_events():
    text = "Bryansk region. Ukrainian formations attacked a village with FPV drones."
    got = rows(text)
    assert [(r["event_type"], r["admin1_code"]) for r in got] == [("drone_attack", "RU-BRY")]
    assert got[0]["evidence"] == text


def test_a_nearer_named_place_wins_over_the_heading():
    text = ("Belgorod region. Drones attacked Shebekino. A kamikaze drone hit the yard of a "
            "house.")
    assert {r["place"] for r in rows(text)} == {"Shebekino"}


_SCREENED = [
    "Troops fired 120mm mortars at Kupiansk.", "A village came under tank fire.",
    "An FPV hit a car.", "Drone strikes hit Sumy.", "A KAB-250 fell on Vovchansk.",
    "Air defence shot down 31 of 40 Shahed drones; two missiles hit Odesa and a guided bomb "
    "struck Kharkiv.",
    "Sappers defused 40 shells near Izium while minesweepers cleared a sea mine off Odesa.",
    "Farmers blocked the Medyka crossing and trucks queued; artillery shelled Nikopol.",
    "Ukraine received HIMARS launchers and a Patriot battery; the destroyed S-300 launcher "
    "was not fired at Kharkiv.",
    "Glide bombs and Iskander-M ballistic missiles struck Zaporizhzhia — Kyiv’s officials "
    "said.",
    "Les drones ont frappé Kyiv: Kh-101 missiles and Geran-2 drones hit Lviv oblast.",
]


def test_the_fast_check_never_hides_a_trigger():
    from geomap.screens import needed_strings

    taxonomy = load_taxonomy()
    for etype in taxonomy.types:  # every shipped trigger can be screened
        assert all(needed_strings(p.pattern) for p in etype.triggers), etype.id
    for text in _SCREENED:
        full = [(t.id, m.span()) for t in taxonomy.types if (m := t.trigger.search(text))]
        assert full, text  # each sample holds some trigger
        screened = [(t.id, m.span()) for t, m in taxonomy.first_triggers(
            text, taxonomy.could_match(text))]
        assert screened == full, text
        assert taxonomy.any_trigger(text)
        present = taxonomy.triggers_present(text)
        for etype in taxonomy.types:  # every match, not only the first
            assert [m.span() for m in taxonomy.trigger_of(etype, present).finditer(text)] == [
                m.span() for m in etype.trigger.finditer(text)], (etype.id, text)
        mask = taxonomy.mask_for(text)
        hide = lambda m: "#" * len(m.group())  # noqa: E731
        assert (text if mask is None else mask.sub(hide, text)) == taxonomy.mask.sub(hide, text)
    assert not taxonomy.any_trigger("Ministers met in Warsaw to discuss grain.")
    assert needed_strings(r"\b(drones?|uav)\b\W+x") == frozenset({"drone", "uav"})
    assert needed_strings(r"\w+") is None


def test_the_fast_check_knows_every_letter_that_matches_an_ascii_letter():
    from geomap.screens import FOLDS_TO_ASCII

    letter = re.compile("[a-z]", re.IGNORECASE).fullmatch
    folding = "".join(chr(c) for c in range(0x80, 0x110000) if letter(chr(c)))
    assert folding and FOLDS_TO_ASCII.sub("", folding) == ""
    # such a letter turns the check off: "MİSSİLE" is a missile to the pattern
    taxonomy = load_taxonomy()
    text = "Two MİSSİLES hit Odesa."
    assert taxonomy.triggers_present(text) is None
    assert "missile_strike" in {t.id for t in taxonomy.could_match(text)}
    assert [t.id for t, _ in taxonomy.first_triggers(text, taxonomy.types)] == [
        t.id for t in taxonomy.types if t.trigger.search(text)]


@pytest.mark.parametrize("patterns, text", [
    ((r"\bdrones?\b", r"\bdrone strikes?\b", r"\bstrikes?\b"), "drone strikes and drones; strikes"),
    ((r"b", r"ab", r"a"), "abab ba"),  # at one position the first pattern's match wins
    ((r"x*", r"y"), "axyyx"),  # patterns that match the empty string
])
def test_an_alternation_searched_pattern_by_pattern_matches_as_the_compiled_one(patterns,
                                                                              text):
    from geomap.screens import alternation, joined

    compiled = [re.compile(p, re.IGNORECASE) for p in patterns]
    alone, whole = alternation(tuple(compiled)), joined(compiled)
    assert [m.span() for m in alone.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert alone.search(text).span() == whole.search(text).span()
    hide = lambda m: "_" * len(m.group())  # noqa: E731
    assert alone.sub(hide, text) == whole.sub(hide, text)


_CUE_WORDS = st.sampled_from(["said", "SAID", "Said", "told", "heading to", "en route to",
                              "border with", "bound for", "the", "of", "struck", "Kyiv",
                              "ſaid", "toLD", "K", "İ", "evacuated to", "talks in",
                              "fighting near", "assaults on", "called off", "reopened",
                              "protest", "ended", "over", "shot down", "were downed",
                              "air defence destroyed", "drones"])


_SCREENED: dict = {}


def _screened(pattern, make):
    if pattern not in _SCREENED:
        _SCREENED[pattern] = make(pattern)
    return _SCREENED[pattern]


@settings(derandomize=True, max_examples=300)
@given(st.lists(st.one_of(_CUE_WORDS, st.text(max_size=6)), max_size=14))
def test_a_screened_pattern_finds_what_its_pattern_finds(words):
    from geomap import vocabulary as V
    from geomap.screens import Screened

    window = " ".join(words)
    for pattern in (V.SPEAKER, V.DESTINATION, V.NOT_HERE_BEFORE, V.FRONT_BEFORE, V.ENDED,
                    load_taxonomy().interception):
        found, expected = _screened(pattern, Screened).search(window), pattern.search(window)
        assert (found and found.span()) == (expected and expected.span()), (pattern, window)
        # within a part of the text, as the pattern searches it from pos to endpos
        pos, endpos = len(window) // 3, 2 * len(window) // 3 + 1
        found = _screened(pattern, Screened).search(window, pos, endpos)
        expected = pattern.search(window, pos, endpos)
        assert (found and found.span()) == (expected and expected.span()), (pattern, window)


def test_a_screened_pattern_searches_windows_with_its_cue_words():
    from geomap import vocabulary as V
    from geomap.screens import Screened

    speaker = Screened(V.SPEAKER)
    assert speaker._screen is not None
    assert speaker.search("Harlem, Sulphur Springs, Delano, ") is None
    assert speaker.search("the mayor told reporters in ").group().lower().startswith("told")
    # a letter that matches an ASCII letter only when case is ignored turns the check off
    assert speaker.search("officials ſaid in ") is not None
    verbose = Screened(re.compile(r"said \s+ in", re.I | re.X))
    assert verbose._screen is None and verbose.search("said in") is not None


def test_one_scan_finds_every_group_whose_strings_occur():
    from geomap.screens import Screen

    # a string found also finds the strings it starts with ("drones" holds "drone")
    screen = Screen([{"drone"}, {"drones", "uav"}, None, {"strike"}])
    assert screen.present("two drones hit") == {0, 1, 2}
    assert screen.present("a drone hit") == {0, 2}
    assert screen.present("an airstrike") == {2, 3}  # inside a longer word too
    assert screen.present("nothing here") == {2}


def test_new_columns_survive_files_and_older_files_get_them(tmp_path):
    from geomap.export import read_incidents, write_incidents

    gdf = extract([Document("f", TEXT, date="2024-05-12")])
    for suffix in (".csv", ".gpkg"):
        path = tmp_path / f"i{suffix}"
        write_incidents(gdf, path)
        back = read_incidents(path)
        assert sorted(back.loc[back["intercepted"], "place"]) == ["Poltava"]
    old = tmp_path / "old.csv"
    frame = pd.read_csv(tmp_path / "i.csv").drop(columns=["intercepted", "mine_domain"])
    frame.to_csv(old, index=False)
    back = read_incidents(old)
    assert not back["intercepted"].any() and back["mine_domain"].isna().all()


# ---------------------------------------------------------------- cities and their regions

def _kinds(text: str) -> set[tuple[str, str, str]]:
    return {(r["event_type"], r["admin1_code"], r["place_kind"]) for r in rows(text)}


@pytest.mark.parametrize("text,expected", [
    # a region named after its centre: the bare name is the city
    ("Missiles that broke through hit power stations in Kharkiv and Mykolaiv.",
     ("missile_strike", "UA-48", "locality")),
    ("A drone set fire to a warehouse near Zaporizhzhia in the night.",
     ("drone_attack", "UA-23", "locality")),
    # the region was named with its kind word first; the bare name after it is the city
    ("Air defence over the Odesa region downed nine Shaheds. A missile then struck a "
     "shipyard in Odesa.", ("missile_strike", "UA-51", "locality")),
    ("Shaheds targeted the Kyiv and Sumy regions overnight. Later a missile struck Kyiv.",
     ("missile_strike", "UA-30", "locality")),
])
def test_a_bare_region_centre_is_the_city(text, expected):
    assert expected in _kinds(text)


def test_the_region_word_keeps_the_region():
    got = _kinds("Shaheds targeted the Kyiv and Sumy regions overnight.")
    assert got == {("drone_attack", "UA-32", "admin1"), ("drone_attack", "UA-59", "admin1")}


def test_a_region_with_a_possessive_is_the_region_and_only_the_container():
    got = _kinds("A drone hit a farm in the Kharkiv region's Chuhuiv district.")
    assert got == {("drone_attack", "UA-63", "admin2")}
    got = _kinds("Drones struck Kyiv Oblast's Obukhiv district at dawn.")
    assert got == {("drone_attack", "UA-32", "admin2")}


@pytest.mark.parametrize("text,expected", [
    ("Missiles launched from Crimea hit Odesa before dawn.", {("missile_strike", "UA-51")}),
    ("Drones launched from Kursk and Bryansk attacked Sumy overnight.",
     {("drone_attack", "UA-59")}),
])
def test_a_target_verb_ends_the_origin(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("A drone hit a warehouse in Odesa at night. The drone was one of a dozen launched toward the "
     "Odesa region from the sea.", {("drone_attack", "UA-51", "locality")}),
    ("Drones flying towards Kyiv were shot down over the Zhytomyr region.",
     {("drone_attack", "UA-18", "admin1")}),
])
def test_where_weapons_were_launched_toward_is_not_an_incident(text, expected):
    assert _kinds(text) == expected


def test_falling_debris_in_the_next_sentence_carries_the_attack_on():
    got = _kinds("Russia struck Kyiv with cruise missiles before dawn. In the Kyiv region, "
                 "falling debris set fire to a barn in Fastiv.")
    assert ("missile_strike", "UA-32", "locality") in got
    row = next(r for r in rows("Russia struck Kyiv with cruise missiles before dawn. In the "
                               "Kyiv region, falling debris set fire to a barn in Fastiv.")
               if r["admin1_code"] == "UA-32")
    assert row["intercepted"]


def test_other_debris_does_not_carry_an_attack_on():
    got = _kinds("Drones attacked Kyiv overnight. Debris from a collapsed wall blocked a "
                 "street in Lviv.")
    assert got == {("drone_attack", "UA-30", "locality")}


@pytest.mark.parametrize("text,expected", [
    ("A Ka-52 helicopter fired rockets at houses in Krasnopillia, Sumy region.",
     {("airstrike", "UA-59")}),
    ("Russian drones and missiles struck power plants in Burshtyn.",
     {("drone_attack", "UA-26"), ("missile_strike", "UA-26")}),
])
def test_rockets_fired_by_aircraft_are_an_airstrike_only(text, expected):
    assert found(text) == expected


def test_a_district_named_after_a_city_heading_is_in_that_city():
    got = _kinds("Kharkiv! The enemy hit the Kyivskyi district with a glide bomb. Two people "
                 "were hurt.")
    assert got == {("airstrike", "UA-63", "locality")}


def test_a_district_near_the_city_named_before_keeps_its_own_reading():
    got = rows("Missiles struck Kyiv overnight; debris fell on cars in the Pecherskyi district.")
    assert {r["admin1_code"] for r in got} == {"UA-30"}


def test_a_town_of_a_stated_oblast_is_not_a_city_of_its_name_elsewhere():
    got = rows("On 6 May, Russian forces shelled Toretsk and Rivne, Donetsk oblast, with "
               "artillery.")
    assert {r["admin1_code"] for r in got} == {"UA-14"}


@pytest.mark.parametrize("text,expected", [
    ("Two years ago, a missile hit the station in Kramatorsk, killing dozens.", set()),
    ("Last year, drones hit Izmail; this morning, Kharkiv was struck by a missile.",
     {("missile_strike", "UA-63")}),
    ("The plant in Yelabuga, Tatarstan, produces thousands of Shaheds a year.", set()),
])
def test_background_and_production_are_not_events(text, expected):
    assert found(text) == expected


def test_a_city_district_read_as_a_district_of_another_region_is_in_the_city():
    got = _kinds("Artillery hit Kherson 20 times during the day; a man was wounded in the "
                 "Dniprovskyi district.")
    assert got == {("shelling", "UA-65", "locality")}
    got = _kinds("Shelling hit Kherson. In the Nikopol district of Dnipropetrovsk region, "
                 "drones struck a farm.")
    assert ("drone_attack", "UA-12", "admin2") in got


@pytest.mark.parametrize("text,status", [
    ("Hauliers will resume the blockade of Korczowa on Monday.", "planned"),
    ("Hauliers resumed their blockade of Korczowa on Monday.", "ongoing"),
])
def test_resuming_a_blockade_is_ongoing_only_once_it_has_resumed(text, status):
    assert [r["status"] for r in rows(text)] == [status]


def test_a_city_suburb_of_a_town_is_only_the_town():
    got = _kinds("A glide bomb hit the Kharkiv suburb of Pisochyn in the afternoon.")
    assert got == {("airstrike", "UA-63", "locality")}
    assert {r["place"] for r in rows("A glide bomb hit the Kharkiv suburb of Pisochyn.")} == {
        "Pisochyn"}


@pytest.mark.parametrize("text", [
    "Shahed drones are assembled in Yelabuga and sent to the front from there.",
    "Kyiv asked its allies for more help to protect Kharkiv from glide bombs.",
    "A training course for sappers opened in Lviv; the sappers' training centre is new.",
])
def test_production_protection_and_training_are_not_events(text):
    assert found(text) == set()


def test_a_tally_without_its_verb_is_an_interception():
    got = rows("Air Force report: 9 Shaheds destroyed in Poltava and Cherkasy oblasts.")
    assert {(r["admin1_code"], r["intercepted"]) for r in got} == {("UA-53", True),
                                                                   ("UA-71", True)}


@pytest.mark.parametrize("text,intercepted", [
    ("Kursk region. At night the Glushkovo district was attacked by UAVs. All drones were "
     "destroyed, there are no casualties.", True),
    ("Drones attacked Sumy overnight. Most of them were shot down.", True),
    ("Drones attacked Sumy overnight. Most of them were shot down, but two hit a school.",
     False),
])
def test_a_tally_without_places_after_an_attack_is_its_interception(text, intercepted):
    got = rows(text)
    assert len(got) == 1 and got[0]["intercepted"] is intercepted


def test_a_district_that_holds_the_named_towns_is_only_their_container():
    got = rows("The enemy shelled the Nikopol district overnight: Marhanets and Pokrov came "
               "under fire.")
    assert {r["place_kind"] for r in got} == {"locality"}
    got = rows("Drones attacked Kharkiv overnight; the Izium district was also hit.")
    assert {r["place_kind"] for r in got} == {"locality", "admin2"}


@pytest.mark.parametrize("text,expected", [
    ("Glide bombs hit a printing house in Kharkiv. Another strike hit the village of "
     "Tsyrkuny.", {("airstrike", "UA-63", "Tsyrkuny"), ("airstrike", "UA-63", "Kharkiv")}),
    ("Russian artillery shelled Nikopol in the morning. Another attack could follow on "
     "Marhanets, officials "
     "warned.", {("shelling", "UA-12", "Nikopol")}),
])
def test_another_strike_in_the_next_sentence_is_the_same_kind_of_attack(text, expected):
    assert {(r["event_type"], r["admin1_code"], r["place"]) for r in rows(text)} == expected


def test_the_dnipro_with_the_article_is_the_river():
    got = found("Sappers cleared 400 explosive objects in the Kherson region, mostly shells "
                "on farmland near the Dnipro.")
    assert got == {("mine_clearing", "UA-65")}
    assert ("shelling", "UA-12") in found("Russian artillery shelled Dnipro and Nikopol.")


@pytest.mark.parametrize("text", [
    "Belarusian and Russian troops held drills with Iskander missile systems near Grodno.",
    "Germany donated demining machines to Ukraine at a ceremony in Kyiv.",
    "Ukrainian forces destroyed an Iskander missile launcher near Belgorod.",
])
def test_drills_donated_equipment_and_named_launchers_are_not_events(text):
    assert found(text) == set()


def test_where_a_leader_urged_allies_is_not_an_incident():
    got = found("The president urged allies in Brussels to send air defence after drone "
                "attacks on Odesa.")
    assert got == {("drone_attack", "UA-51")}


def test_each_part_of_a_blockade_sentence_keeps_its_own_status():
    got = {(r["place"], r["status"]) for r in rows(
        "Lorries are moving again through Dorohusk after the protesters left on Sunday; at "
        "Hrebenne, the blockade continues.")}
    assert got == {("Dorohusk", "ended"), ("Hrebenne", "ongoing")}


def test_equipment_handed_over_is_not_an_event():
    assert found("Austria handed over six demining machines to Ukraine in Lviv.") == set()


@pytest.mark.parametrize("text,expected", [
    ("Russian forces used a Lancet to strike a Ukrainian howitzer near Kurakhove.",
     {("drone_attack", "UA-14")}),
    ("Ukrainian drones struck a Russian tank near Krynky.", {("drone_attack", "UA-65")}),
])
def test_a_weapon_struck_as_the_target_is_not_the_attack(text, expected):
    assert found(text) == expected


def test_an_authority_named_after_a_place_counts_only_when_nothing_else_is_named():
    got = found("Kharkiv Regional Military Administration head Oleh Syniehubov said a drone "
                "hit Kupiansk.")
    assert got == {("drone_attack", "UA-63")}
    assert {r["place"] for r in rows("Kharkiv Regional Military Administration head Oleh "
                                     "Syniehubov said a drone hit Kupiansk.")} == {"Kupyansk"}
    assert {r["place"] for r in rows("The Odesa City Council said a missile hit the port.")} == {
        "Odesa"}


def test_debris_that_also_fell_carries_the_attack_on():
    got = {(r["place"], r["intercepted"]) for r in rows(
        "Russia launched 35 drones at Kyiv overnight. Debris also fell in Brovary.")}
    assert got == {("Kyiv", False), ("Brovary", True)}


# ---------------------------------------------------------------- what reports say is not an attack

@pytest.mark.parametrize("text", [
    # an arrest: the strikes are what the detainee is said to have helped with
    "Police in Zaporizhzhia arrested a man who allegedly guided drone strikes on the city.",
    # a commemoration, a long period, a tally over a week
    "Residents of Uman marked a year since a missile hit an apartment block in the centre.",
    "Residents of Nikopol have lived under daily drone attacks for months.",
    "Russia dropped 700 glide bombs on the Kharkiv region in the past week, the president said.",
    # a lasting threat given as a cause
    "Schools in Nikopol moved online because of constant shelling.",
    # what someone does, not what happened
    "Divers who clear mines off Odesa are trained in Britain.",
    # shown at a fair, handed over
    "Ukrainian firms showcased new attack drones at an exhibition in Lviv.",
    "The Netherlands handed over two minesweepers to Ukraine at Den Helder.",
])
def test_arrests_anniversaries_habits_causes_and_fairs_are_not_events(text):
    assert found(text) == set()


def test_a_single_attack_given_as_a_cause_is_still_an_event():
    assert found("Trains were delayed due to a drone attack on Fastiv.") == {
        ("drone_attack", "UA-32")}


@pytest.mark.parametrize("text,expected", [
    ("A train with evacuees departed for Lviv as shelling hit Pokrovsk.", {"Pokrovsk"}),
    ("Lviv Mayor Andriy Sadovyi said a missile hit an industrial site in Stryi.", {"Stryi"}),
    # the launch site: "from near X", a platform "over"/"in" a sea
    ("Iskander missiles launched from near Belgorod hit Kharkiv.", {"Kharkiv"}),
    ("Kalibr missiles were fired from warships in the Black Sea at Odesa.", {"Odesa"}),
    ("Kh-101 missiles launched from Tu-95 bombers over the Caspian Sea hit Lutsk.", {"Lutsk"}),
])
def test_destinations_mayors_and_launch_sites_are_not_incident_places(text, expected):
    assert {r["place"] for r in rows(text)} == expected


def test_a_crossing_with_a_country_does_not_place_the_blockade_in_that_country():
    assert rows("Farmers blocked the crossings with Ukraine on Friday.") == []


def test_a_list_of_weapons_ends_at_the_next_clause_verb():
    got = {(r["event_type"], r["place"]) for r in rows(
        "Orikhiv was hit by a glide bomb, and Huliaipole came under mortar fire.")}
    assert got == {("airstrike", "Orikhiv"), ("shelling", "Hulyaypole")}


@pytest.mark.parametrize("text,expected", [
    ("A rocket attack on Kramatorsk destroyed a hotel.", {("missile_strike", "UA-14")}),
    ("Rocket fire hit Kherson in the morning.", {("shelling", "UA-65")}),
    ("The occupiers dropped explosives from a drone on a tractor in Beryslav.",
     {("drone_attack", "UA-65")}),
])
def test_rocket_attacks_and_drops_from_drones(text, expected):
    assert found(text) == expected


def test_hits_reported_in_the_next_sentence_carry_the_attack_there():
    got = found("Russia struck energy facilities with missiles overnight. Officials later "
                "reported hits in the Lviv region.")
    assert got == {("missile_strike", "UA-46")}


def test_a_region_named_as_the_sky_of_interceptions_is_kept_beside_its_town():
    got = {(r["place"], r["intercepted"]) for r in rows(
        "Eight drones were shot down over the Sumy region; one hit a power line near Shostka.")}
    assert got == {("Sumy", True), ("Shostka", False)}
    # a region that only says where the town is stays a container
    assert {r["place"] for r in rows("A drone hit a power line near Shostka, over the Sumy "
                                     "region.")} == {"Shostka"}


def test_a_village_named_before_crossing_is_the_crossing():
    assert {r["place"] for r in rows("Hauliers blocked the Ubla crossing on Monday.")} == {
        "Ubľa"}


def test_the_state_of_more_crossings_in_the_next_sentence_carries_the_blockade():
    got = {(r["place"], r["status"]) for r in rows(
        "Truckers blocked the Dorohusk crossing on Monday. Hrebenne and Dolhobyczow remain "
        "closed as well.")}
    assert got == {("Dorohusk", "ongoing"), ("Hrebenne", "ongoing"), ("Dołhobyczów", "ongoing")}
    reopened = {(r["place"], r["status"]) for r in rows(
        "The protest at the Medyka crossing was called off. Korczowa reopened at the weekend.")}
    assert reopened == {("Medyka", "ended"), ("Korczowe", "ended")}
    # a next sentence without the type's words is not the blockade's
    assert {r["place"] for r in rows("Farmers blocked the Medyka crossing on Monday. Lorries "
                                     "queued in Przemysl for hours.")} == {"Medyka"}


@pytest.mark.parametrize("text", [
    "A Neptune, an Iskander-K and a Tor-M2 were shown, with Osa and Strela launchers.",
    "Units fired Peklo and Palianytsia missile-drones and a Tor system.",
])
def test_more_weapon_names_are_never_places(text):
    assert geoparse(text) == []


def test_a_weapon_named_like_a_town_elsewhere_does_not_unsettle_the_target():
    got = found("The navy destroyed a landing ship near Feodosia with Neptune missiles.")
    assert got == {("missile_strike", "UA-43")}
    # "Iskander-K" is a model, not the Karachay-Cherkess Republic ("K")
    assert {r["place"] for r in rows("Russia fired an Iskander-K missile at Kyiv.")} == {"Kyiv"}


def test_shells_and_rounds_fired_are_shelling():
    assert found("Over the past day the enemy launched 472 shells at Kherson.") == {
        ("shelling", "UA-65")}
    assert found("Russian troops fired 40 rounds at Nikopol overnight.") == {
        ("shelling", "UA-12")}


def test_a_country_s_news_agency_is_not_the_place_attacked():
    assert found("Russia's TASS news agency said drones had attacked a depot.") == set()


def test_where_a_leader_travelled_and_weeks_of_strikes_are_not_incidents():
    assert found("The prime minister flew to Warsaw to ask for more air defence after a week "
                 "of Russian missile strikes on Lviv and Lutsk.") == set()
    assert found("The president travelled to Berlin after drones hit Sumy on Monday.") == {
        ("drone_attack", "UA-59")}


def test_a_protest_blocking_traffic_in_a_capital_is_not_a_border_blockade():
    assert found("Farmers protested in Bucharest, blocking traffic in the city centre.") == set()
    assert found("Farmers blocked the Siret crossing on Friday.") == {
        ("border_blockade", "RO-SV")}


def test_a_capital_that_only_speaks_about_the_last_attack_is_not_a_second_target():
    got = found("A missile hit the port of Izmail on Monday. Officials in Kyiv said the "
                "missile was an Iskander-M.")
    assert got == {("missile_strike", "UA-51")}
    # a capital that speaks of a new attack of another kind is where the sentence puts it
    assert ("drone_attack", "UA-30") in found("A missile hit Izmail on Monday. Officials in "
                                              "Kyiv said drones were shot down over Kyiv.")


def test_they_used_weapons_names_the_types_of_the_attack_just_told():
    got = found("Donetsk region. The occupiers attacked 12 settlements, including Kurakhove and "
                "Siversk. They used artillery and drones.")
    assert got == {("shelling", "UA-14"), ("drone_attack", "UA-14")}
    assert {r["place"] for r in rows("The enemy attacked Kurakhove and Siversk. They used "
                                     "artillery.")} == {"Kurakhove", "Siversk"}


def test_an_ammunition_depot_destroyed_is_a_strike_not_ordnance_disposal():
    assert found("Russian forces destroyed an ammunition depot near Kramatorsk with an "
                 "Iskander strike.") == {("missile_strike", "UA-14")}
    assert found("Sappers destroyed unexploded ammunition near Kramatorsk.") == {
        ("mine_clearing", "UA-14")}


def test_shooting_down_drones_is_an_interception_of_a_drone_attack():
    got = {(r["admin1_code"], r["intercepted"]) for r in rows(
        "Russia reported shooting down 20 drones over the Bryansk region and seven over the "
        "Oryol region.")}
    assert got == {("RU-BRY", True), ("RU-ORL", True)}


def test_himars_rockets_are_shelling_like_himars_fire():
    assert found("Ukrainian HIMARS rockets hit a base near Tokmak.") == {("shelling", "UA-23")}


def test_a_crossing_village_is_the_namesake_at_the_border():
    [row] = rows("Polish farmers blocked roads near the Zosin crossing on Tuesday.")
    assert row["place"] == "Zosin" and abs(row["lon"] - 24.11) < 0.1  # by Ustyluh


@pytest.mark.parametrize("text", [
    "Russian bloggers claimed that Ukrainian troops were preparing drone strikes on Kursk.",
    "The mission said 40 civilians were killed by glide bombs in the Sumy region in July.",
    "Investigators identified the unit that fired the missile at a cafe in Pokrovsk last May.",
    "A Mykolaiv court ordered more shelters after months of shelling.",
    "Moldova and Romania discussed clearing mines from the Black Sea at talks in Chisinau.",
])
def test_preparations_monthly_counts_old_strikes_and_discussions_are_not_events(text):
    assert found(text) == set()


def test_a_day_of_a_month_is_still_the_event_s_date():
    assert found("On 3 June, Russian forces shelled Vovchansk.") == {("shelling", "UA-63")}


def test_a_thermobaric_system_used_is_shelling():
    assert found("Russian troops used a TOS-1A thermobaric system near Chasiv Yar.") == {
        ("shelling", "UA-14")}


def test_a_weapon_list_after_the_place_gives_its_types_to_the_place():
    assert found("Today the enemy hit Nikopol 15 times with artillery and drones.") == {
        ("shelling", "UA-12"), ("drone_attack", "UA-12")}
    # the next clause's verb ends the list: its weapon is not the first place's
    got = {(r["event_type"], r["place"]) for r in rows(
        "Russian forces struck Dnipro with an Iskander-M missile, and shelled Marhanets "
        "with Grad MLRS.")}
    assert got == {("missile_strike", "Dnipro"), ("shelling", "Marhanets")}


@pytest.mark.parametrize("text,expected", [
    ("Russians dropped a bomb from a drone on a car in Bilozerka.", {("drone_attack", "UA-65")}),
    ("A Russian drone dropped a bomb on a bus stop in Kherson.", {("drone_attack", "UA-65")}),
    ("Russian aircraft dropped two bombs on Vovchansk.", {("airstrike", "UA-63")}),
])
def test_a_bomb_dropped_by_a_drone_is_a_drone_attack(text, expected):
    assert found(text) == expected


def test_the_weapons_named_after_an_attack_without_a_type_take_its_place():
    assert found("The attack on Uman killed 23 people, officials said. The missiles hit an "
                 "apartment block.") == {("missile_strike", "UA-71")}


def test_strikes_in_recent_weeks_are_background():
    assert found("Analysts said Russia had used North Korean missiles in strikes on Kharkiv in "
                 "recent weeks.") == set()


def test_mobile_fire_groups_are_not_mobile_alabama():
    got = {(r["admin1_code"], r["intercepted"]) for r in rows(
        "Mobile fire groups destroyed 15 drones over Vinnytsia oblast; two drones hit a "
        "substation in Khmilnyk district.")}
    assert got == {("UA-05", True), ("UA-05", False)}


def test_attacks_earlier_this_month_are_background():
    assert found("Crews in Sumy are repairing lines damaged by drone attacks earlier this "
                 "month.") == set()


def test_exercises_returns_and_summons_are_not_incident_places():
    assert found("Navy minehunters trained off Varna as part of a joint exercise.") == set()
    assert found("A missile hit a training ground in the Chernihiv region.") == {
        ("missile_strike", "UA-74")}
    assert "Sevastopol" not in {r["place"] for r in rows(
        "The frigate returned to Sevastopol after firing Kalibr missiles at Odesa.")}
    assert {r["place"] for r in rows("The ambassador was summoned in Warsaw after missile "
                                     "strikes on Lviv.")} == {"Lviv"}


def test_protesters_letting_only_some_traffic_through_are_a_blockade():
    assert found("Farmers at the Hrebenne crossing are letting through only one truck an "
                 "hour.") == {("border_blockade", "PL-06")}


@pytest.mark.parametrize("text", [
    "Russia has fired more than 9,000 missiles at Ukrainian cities during the war, he said.",
    "Since the full-scale invasion, Sumy has been hit by more than 300 glide bombs.",
    "Russia typically launches Shahed drones at Odesa from Crimea.",
])
def test_counts_over_the_war_and_habits_are_background(text):
    assert found(text) == set()


def test_a_habit_in_its_own_clause_leaves_the_day_s_attack():
    assert found("Nikopol, which is regularly shelled, was hit by drones today.") == {
        ("drone_attack", "UA-12")}


@pytest.mark.parametrize("text,expected", [
    ("Enemy UAVs attacked Kherson's Korabelnyi district.", {("drone_attack", "UA-65")}),
    ("Russian bombing of Vovchansk destroyed the hospital.", {("airstrike", "UA-63")}),
    ("The enemy bombed Orikhiv twice in the afternoon.", {("airstrike", "UA-23")}),
    ("Russian troops fired on Kherson from the left bank, killing a woman.",
     {("shelling", "UA-65")}),
    ("Missiles were fired at Kyiv overnight.", {("missile_strike", "UA-30")}),
    ("A car bombing in Melitopol killed an official.", set()),
])
def test_fire_and_bombing_without_a_named_weapon(text, expected):
    assert found(text) == expected


def test_the_village_of_a_name_only_one_settlement_has_is_that_settlement():
    [row] = rows("The enemy struck the village of Novoekonomichne with an Uragan.")
    assert (row["event_type"], row["admin1_code"]) == ("shelling", "UA-14")


def test_an_air_attack_that_names_its_weapons_is_of_their_types():
    got = found("Russia launched a massive aerial attack on Lviv, firing 40 missiles.")
    assert got == {("missile_strike", "UA-46")}
    assert found("Russian air attacks on Kharkiv continued overnight.") == {
        ("airstrike", "UA-63")}


def test_the_kyiv_regime_is_an_actor_not_a_target():
    assert {r["place"] for r in rows("An attack by the Kyiv regime with drones on the Moscow "
                                     "region was thwarted; two UAVs were destroyed.")} == {
        "Moscow"}


def test_bombers_over_a_sea_launch_from_there():
    assert {r["place"] for r in rows("Russian bombers over the Caspian Sea launched Kh-101 "
                                     "missiles; two hit Lutsk.")} == {"Lutsk"}


def test_an_arrest_after_the_attack_is_another_act():
    assert found("Russian troops shelled Kherson and detained two residents.") == {
        ("shelling", "UA-65")}


def test_deminers_struck_by_an_attack_are_its_victims_not_their_work():
    assert found("Two deminers were killed when a Russian drone struck their car near "
                 "Beryslav.") == {("drone_attack", "UA-65")}
    assert found("Sappers defused a Shahed warhead in Sumy.") == {("mine_clearing", "UA-59")}


@pytest.mark.parametrize("text", [
    "Russia's naval blockade of Ukrainian ports ended when the corridor from Odesa opened.",
    "Ships leave Chornomorsk despite the Russian blockade of the Black Sea.",
    "The siege and blockade of Mariupol lasted 86 days.",
])
def test_naval_blockades_and_sieges_are_not_border_blockades(text):
    assert found(text) == set()


def test_weapons_named_after_an_attack_told_with_its_places_go_to_those_places():
    got = found("The grid operator said the attack damaged substations in the Lviv and Rivne "
                "regions. Russia launched 60 missiles and 50 drones at Ukraine overnight.")
    assert got == {("missile_strike", "UA-46"), ("missile_strike", "UA-56"),
                   ("drone_attack", "UA-46"), ("drone_attack", "UA-56")}
    # a sentence before that reports no attack lends no places
    # (the country, kept when asked for, is the only place)
    assert {r["place"] for r in rows("The president met troops in Kharkiv on Monday. Russia "
                                     "fired 60 missiles at Ukraine overnight.",
                                     country_only=True)} == {"Ukraine"}


def test_rockets_fired_are_not_rocket_fire():
    assert found("The Belgorod region was hit by a barrage of rockets fired from Ukraine.") == {
        ("missile_strike", "RU-BEL")}


def test_unblocking_a_crossing_ends_its_blockade():
    got = {(r["place"], r["status"]) for r in rows(
        "Polish protesters have unblocked the Medyka crossing for trucks, border guards said.")}
    assert got == {("Medyka", "ended")}


def test_a_regime_named_after_a_capital_is_never_the_target():
    assert found("Rostov region. At night the Kyiv regime attacked with 14 UAVs; all were "
                 "destroyed.") == {("drone_attack", "RU-ROS")}


@pytest.mark.parametrize("text", [
    "The prime minister visited Sumy and laid flowers at the site of a missile strike.",
    "A memorial service was held in Uman for the victims of the missile strike.",
])
def test_commemorations_are_not_events(text):
    assert found(text) == set()


def test_weapons_shown_at_a_defence_fair_are_not_an_attack():
    assert found("Drone makers showed new strike drones at a defence fair in Kyiv.") == set()
    assert found("A drone hit an exhibition centre in Kharkiv.") == {("drone_attack", "UA-63")}


# ---------------------------------------------------------------- words of general news

@pytest.mark.parametrize("text", [
    # US police and traffic copy: addresses and distances, not blockades
    "Police said the suspect lived in the 400 block of Elm Road in Grovetown.",
    "Highway 12 is flooded two blocks east of the junction with Route 9 near Twin Lakes.",
    # figurative fire
    "The mayor of Gainesville came under fire from residents for the water outage.",
    "The Turkish government came under fire over its slow response in Dogubayazit.",
    # a rank, not the trade
    "Flowers were sent from Liverpool in memory of Sapper James Holt, killed in Helmand.",
    # defences are not strikes; "with regard to" is a topic
    "Washington wants anti-ballistic missile interceptors based in Poland.",
    "Talks in Prague covered the planned missile shield in the Czech Republic.",
    "The senator spoke in Tel Aviv with regards to rockets from Gaza.",
    "He sided with Israel with regard to the rockets from Gaza.",
])
def test_general_news_words_that_look_like_events_are_not(text):
    assert found(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("Farmers blocked the road to the Medyka crossing on Monday.", ("border_blockade", "PL-18")),
    ("Truckers are blocking traffic at the Dorohusk crossing.", ("border_blockade", "PL-06")),
    ("The village of Vovchansk, Kharkiv oblast, came under fire from Russian artillery.",
     ("shelling", "UA-63")),
    ("Sappers cleared 30 mines from fields near Izium.", ("mine_clearing", "UA-63")),
])
def test_the_same_words_still_report_events(text, expected):
    assert expected in found(text)


def test_a_dateline_whose_dash_was_lost_in_decoding_is_not_the_place():
    text = "BEIRUT (AP) \ufffd Turkey has shelled a city in northeastern Syria, officials said."
    assert found(text, country_only=True) == {("shelling", "Syria")}


@pytest.mark.parametrize("text, place, admin1", [
    ("Divers cleared four explosive objects from the approaches to the Pivdennyi port.",
     "Pivdenne", "UA-51"),
    # "Ukraine" would favour the Pivdennyi village of Kirovohrad oblast: "port" decides
    ("Ukraine's navy said divers had made the approaches to the Pivdennyi port safe.",
     "Pivdenne", "UA-51"),
    # a name the team aliases is the place's own, not a mere alternate: context holds
    ("Grain ships leave Odesa, Chornomorsk and Pivdennyi under navy escort.",
     "Pivdenne", "UA-51"),
    ("A drone strike damaged the grain terminal at the port of Pivdennyi overnight.",
     "Pivdenne", "UA-51"),
])
def test_the_port_of_pivdennyi_is_the_town_of_pivdenne(text, place, admin1):
    found = [(m.place.name, m.place.admin1_code) for m in geoparse(text)]
    assert (place, admin1) in found


def test_a_mine_off_a_cape_is_cleared_at_sea_near_the_cape():
    text = "Navy divers destroyed a drifting sea mine two miles off Cape Shabla on Tuesday."
    [row] = rows(text)
    assert (row["event_type"], row["mine_domain"], row["place"]) == (
        "mine_clearing", "sea", "Cape Shabla")
    assert abs(row["lat"] - 43.54) < 0.3 and abs(row["lon"] - 28.6) < 0.4


def test_the_later_weapons_of_a_tally_share_its_verb():
    text = ("The ministry said air defence shot down three Neptune missiles over Crimea and "
            "eleven fixed-wing drones over the Kursk region.")
    assert {(r["event_type"], r["admin1_code"], r["intercepted"]) for r in rows(text)} == {
        ("missile_strike", "UA-43", True), ("drone_attack", "RU-KRS", True)}


def test_a_group_of_several_sets_is_found_only_when_each_set_is():
    from geomap.screens import Screen

    screen = Screen([(frozenset({"iskander", "s-300"}), frozenset({"launcher", "factory"})),
                     {"drone"}, None])
    assert screen.present("an iskander launcher on show") == {0, 2}
    assert screen.present("an s-300 factory and a drone") == {0, 1, 2}
    assert screen.present("an iskander struck the town") == {2}
    assert screen.present("a launcher was seen") == {2}


def test_a_pattern_is_screened_by_each_part_every_match_needs():
    from geomap.screens import screen_sets

    sets = screen_sets(r"\b(iskander|kalibr)[\s-]+(launchers?|factor(y|ies))\b")
    assert frozenset({"iskander", "kalibr"}) in sets
    assert frozenset({"launcher", "factor"}) in sets
    assert screen_sets(r"\w+") is None
    assert screen_sets(r"\b(drones?|uav)\b") == (frozenset({"drone", "uav"}),)


_WAR_WORDS = st.sampled_from([
    "Iskander", "launcher", "launchers", "system", "S-300", "drone", "drones", "factory",
    "struck", "hit", "shot", "down", "shot down", "over", "Kyiv", "Grad", "rockets", "rocket",
    "museum", "shows", "an", "the", "artillery", "fire", "fired", "at", "mines", "cleared",
    "sappers", "blocked", "crossing", "farmers", "bombs", "dropped", "guided", "Shahed",
    "attack", "missile", "missiles", "with", "regards", "to", "production", "plant", ",",
    ".", ";", "and", "were", "destroyed", "in", "air", "defence", "KABs", "border"])


@settings(derandomize=True, max_examples=300)
@given(st.lists(_WAR_WORDS, min_size=1, max_size=16))
def test_screens_of_several_parts_never_hide_a_trigger_or_a_mask(words):
    taxonomy = load_taxonomy()
    text = " ".join(words)
    assert [(t.id, m.span()) for t, m in taxonomy.first_triggers(
        text, taxonomy.could_match(text))] == [
        (t.id, m.span()) for t in taxonomy.types if (m := t.trigger.search(text))]
    mask = taxonomy.mask_for(text)
    hide = lambda m: "#" * len(m.group())  # noqa: E731
    assert (text if mask is None else mask.sub(hide, text)) == taxonomy.mask.sub(hide, text)
