"""The geoparser finds the places a careful reader would mark, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap.geoparser import Geoparser, geoparse

from .conftest import ROOT, json_lines, run_cli

EXAMPLE = ROOT / "examples" / "briefing.txt"


def found(text: str, **kw) -> dict[str, tuple]:
    """surface text -> (kind, country, admin1) of every mention."""
    return {m.text: (m.place.kind, m.place.country_code, m.place.admin1_code)
            for m in geoparse(text, **kw)}


def test_offsets_point_at_the_mention():
    text = "Shelling was reported near Kharkiv and in the Sumy region on Friday."
    mentions = geoparse(text)
    assert [m.text for m in mentions] == ["Kharkiv", "Sumy"]
    assert all(text[m.start:m.end] == m.text for m in mentions)


# ---------------------------------------------------------------- recognition rules

@pytest.mark.parametrize("text,name,kind,admin1", [
    ("Air raid sirens sounded across Mykolaiv Oblast at dawn.", "Mykolaiv Oblast", "admin1", "UA-48"),
    ("Power cuts hit the Poltava region after the strike.", "Poltava", "admin1", "UA-53"),
    ("Drones were downed over the northern region of Sumy.", "Sumy", "admin1", "UA-59"),
    ("A strike hit the city of Kherson on Sunday.", "Kherson", "locality", "UA-65"),
    ("The governor of Kherson province spoke to reporters.", "Kherson", "admin1", "UA-65"),
])
def test_kind_words_choose_region_or_city(text, name, kind, admin1):
    assert found(text)[name] == (kind, "UA", admin1)


@pytest.mark.parametrize("text,name,raion", [
    ("Artillery hit Myrnohrad, Pokrovsk raion, Donetsk oblast, at night.", "Pokrovsk raion",
     "Pokrovskyi Raion"),
    ("Two villages of the Horlivka district lost power.", "Horlivka district",
     "Horlivskyi Raion"),
    ("Fires broke out in Kamianske raion after the attack.", "Kamianske raion",
     "Kamianskyi Raion"),
])
def test_a_raion_named_by_its_town_where_its_name_is_an_adjective(text, name, raion):
    mention = next(m for m in geoparse(text) if m.text == name)
    assert (mention.place.kind, mention.place.name) == ("admin2", raion)


def test_a_list_shares_the_region_hint():
    result = found("Explosions were heard in the Kherson and Mykolaiv regions.")
    assert result["Kherson"][0] == result["Mykolaiv"][0] == "admin1"
    result = found("Four regions – Donetsk, Luhansk, Kherson and Zaporizhzhia – were named.")
    assert {v[2] for v in result.values()} == {"UA-14", "UA-09", "UA-65", "UA-23"}


def test_plain_city_names_stay_cities():
    result = found("Officials in Kherson and Khmelnytskyi reported damage.")
    assert result["Kherson"] == ("locality", "UA", "UA-65")
    assert result["Khmelnytskyi"] == ("locality", "UA", "UA-68")


def test_crossing_pairs_become_crossings_in_either_order_and_dash():
    result = found("Protesters blocked the Krakovets–Korczowa crossing and the "
                   "Yahodyn-Dorohusk checkpoint.")
    assert result["Krakovets–Korczowa"][0] == "crossing"
    assert result["Yahodyn-Dorohusk"][0] == "crossing"


@pytest.mark.parametrize("text, name, codes", [
    ("Slovak hauliers lifted their blockade of the Vysne Nemecke-Uzhhorod crossing.",
     "Vysne Nemecke-Uzhhorod", "SK-UA"),
    ("Lorries queued at the Velke Slemence–Mali Selmentsi checkpoint.",
     "Velke Slemence–Mali Selmentsi", "SK-UA"),
])
def test_a_crossing_whose_first_side_has_several_words(text, name, codes):
    m = next(m for m in geoparse(text) if m.place.kind == "crossing")
    assert (m.text, m.place.id.split(":")[1]) == (name, codes)


def test_a_hyphenated_pair_of_countries_is_two_countries_not_a_crossing():
    result = found("The Ukraine-Russia war has lasted for years.")
    assert result == {"Ukraine": ("country", "UA", None)}


def test_seas_with_the_article():
    assert found("Mines drifted across the Black Sea toward the Bosphorus.")["Black Sea"][0] == "sea"


@pytest.mark.parametrize("text,absent", [
    ("Elections are set for March.", "March"),
    ("The talks resume on Sunday in Vienna.", "Sunday"),
    ("President Vladimir Putin spoke on Friday.", "Vladimir"),
    ("Defense Minister Yasar Guler said the plan was ready. Guler said more.", "Guler"),
    ("Defense Minister Yasar Guler met his counterparts.", "Yasar"),
    ("Reading the report, she frowned.", "Reading"),
    ("They walked home. Liberty was on their minds.", "Liberty"),
    ("NATO leaders gathered in Brussels.", "NATO"),
])
def test_people_months_and_common_words_are_not_places(text, absent):
    assert absent not in found(text)


def test_a_leaders_administration_is_not_a_small_namesake_town():
    assert "Reagan" not in found("The Reagan administration backed the plan in 1986.")
    assert "Carter" not in found("Officials of the Carter administration met in Geneva.")
    # a city or a region keeps its administration
    assert found("The Kherson administration said the bridge was closed.")["Kherson"][1:] == (
        "UA", "UA-65")
    assert "Odesa" in found("The Odesa administration reported damage.")


@pytest.mark.parametrize("text,name,kind,admin1", [
    ("Officials of the Donetsk People's Republic blamed Kyiv.", "Donetsk People's Republic",
     "admin1", "UA-14"),
    ("Shells hit the self-proclaimed Luhansk People's Republic.", "Luhansk People's Republic",
     "admin1", "UA-09"),
    ("A drone hit the Zaporizhzhia Nuclear Power Plant on Sunday.",
     "Zaporizhzhia Nuclear Power Plant", "locality", "UA-23"),
    ("Traffic on the Crimean Bridge was halted after explosions.", "Crimean Bridge", "locality",
     "UA-43"),
    ("Guided bombs fell on Azovstal for weeks.", "Azovstal", "locality", "UA-14"),
    # a long name with "the" is the region's, not a river's
    ("She grew up in the Province of Tarlac.", "Province of Tarlac", "admin1", "PH-TAR"),
])
def test_names_of_war_reporting_and_long_region_names(text, name, kind, admin1):
    assert found(text)[name][0] == kind and found(text)[name][2] == admin1


def test_snake_island_is_a_named_area_off_the_coast():
    m = [m for m in geoparse("Ukraine retook Snake Island in 2022.") if m.text == "Snake Island"]
    assert m and m[0].place.kind == "region" and m[0].place.country_code == "UA"
    assert (m[0].place.lat, m[0].place.lon) == pytest.approx((45.25, 30.20), abs=0.05)


@pytest.mark.parametrize("text,name,lat,lon", [
    # the island's Ukrainian name, as Ukrainian officials write it
    ("A Ukrainian drone hit a radar on Zmiinyi Island.", "Zmiinyi Island", 45.25, 30.20),
    ("Artillery shelled Russian positions on the Kinburn Spit at dawn.", "Kinburn Spit",
     46.54, 31.56),
    ("Boats landed troops on the Kinburn Peninsula.", "Kinburn Peninsula", 46.54, 31.56),
    ("Marines raided the Tendra Spit overnight.", "Tendra Spit", 46.30, 31.60),
    ("A sea mine drifted ashore near Cape Emine on Sunday.", "Cape Emine", 42.70, 27.90),
    # with its other name in brackets before the kind word, as wire copy gives it
    ("Patrol boats fired on craft near Zmiinyi (Snake) Island at night.",
     "Zmiinyi (Snake) Island", 45.25, 30.20),
    ("Raiders landed on the Kinburn (Kılburun) Spit.", "Kinburn (Kılburun) Spit", 46.54, 31.56),
])
def test_islands_spits_and_capes_of_the_black_sea_are_named_areas(text, name, lat, lon):
    m = [m for m in geoparse(text) if m.text == name]
    assert m and m[0].place.kind == "region", [(x.text, x.place.name) for x in geoparse(text)]
    assert (m[0].place.lat, m[0].place.lon) == pytest.approx((lat, lon), abs=0.05)


@pytest.mark.parametrize("text,name,admin1", [
    ("Drones struck Russian-occupied Melitopol overnight.", "Melitopol", "UA-23"),
    ("Ukrainian-controlled Kupiansk was shelled again.", "Kupiansk", "UA-63"),
    ("The Russian-installed Kherson administration blamed Kyiv.", "Kherson", "UA-65"),
    ("Pro-Russian Donetsk officials spoke on television.", "Donetsk", "UA-14"),
])
def test_a_place_after_a_hyphenated_demonym_is_still_a_place(text, name, admin1):
    assert found(text)[name][2] == admin1


def test_a_capital_after_a_verb_of_speech_still_counts():
    assert "Kyiv" in found("Kyiv says the drones came from the east.")


def test_locative_cue_keeps_a_small_place_named_like_a_word():
    result = found("The storm flooded homes in Liberty, Texas, on Monday.")
    assert result["Liberty"][1:] == ("US", "US-TX")


def test_ap_state_abbreviation_qualifies_and_is_a_mention():
    result = found("He grew up in Gainesville, Ga., before moving away.")
    assert result["Gainesville"] == ("locality", "US", "US-GA")
    assert result["Ga."] == ("admin1", "US", "US-GA")


def test_qualifier_after_comma_chooses_the_namesake():
    assert found("Oil prices rose in Odessa, Texas.")["Odessa"][2] == "US-TX"
    assert found("Ferries left Odessa, Ukraine.")["Odessa"][2] == "UA-51"


def test_demonyms_point_at_places_only_before_place_nouns_by_default():
    text = "Ukrainian troops pushed on while Russian regions reported drone strikes."
    assert set(found(text)) == {"Russian"}
    assert set(found(text, demonyms="all")) == {"Ukrainian", "Russian"}
    assert found(text, demonyms="none") == {}


def test_based_suffix_is_a_place_mention():
    assert found("A Lviv-based volunteer group delivered aid.")["Lviv"][0] == "locality"


# ---------------------------------------------------------------- resolution rules

def test_document_context_picks_the_us_namesakes():
    text = ("Sheriff's deputies in Georgia arrested two men. The men were booked in "
            "Gainesville after a chase through Hall County, Georgia officials said; "
            "Atlanta police assisted.")
    result = found(text)
    assert result["Georgia"][:2] == ("admin1", "US")
    assert result["Gainesville"][2] == "US-GA"


def test_document_context_picks_the_country_when_the_text_is_about_it():
    text = "Tbilisi hosted talks as Georgia's government met envoys from Armenia."
    assert found(text)["Georgia"] == ("country", "GE", None)


def test_a_big_city_known_by_a_shorter_name_beats_its_state_without_other_evidence():
    assert found("She bought the winning ticket in New York on Thursday.")["New York"][:1] == (
        "locality",)
    # ... but never a country of the same name.
    assert found("Flooding in Mexico forced evacuations.")["Mexico"][0] == "country"


@pytest.mark.parametrize("text,kind", [
    ("Flu cases rose in New Jersey, Connecticut and New York this winter.", "admin1"),
    ("The band plays Chicago, Boston and New York before flying to Europe.", "locality"),
])
def test_names_in_one_list_are_read_as_the_same_kind(text, kind):
    assert found(text)["New York"][0] == kind


@pytest.mark.parametrize("text,kind", [
    ("Lorries queued for hours near the New York border.", "admin1"),
    ("New York Governor Kathy Hochul signed the bill.", "admin1"),
    ("Migrants gathered at the Mexico border overnight.", "country"),
])
def test_border_and_governor_make_a_name_a_state_or_country(text, kind):
    assert found(text)["New York" if "New York" in text else "Mexico"][0] == kind


def test_one_sense_per_document_a_bare_name_follows_its_hinted_mention():
    text = ("New York state declared a health emergency on Monday. By Friday hospitals "
            "across New York had admitted 300 patients.")
    assert [m.place.kind for m in geoparse(text)] == ["admin1", "admin1"]
    # A name in a town's qualifier slot does not decide the name's other mentions.
    text = "The firm is based in Rego Park, New York. Its first flight leaves New York in May."
    kinds = {m.start: m.place.kind for m in geoparse(text)}
    assert kinds[text.index("New York")] == "admin1"
    assert kinds[text.rindex("New York")] == "locality"


@pytest.mark.parametrize("text,absent", [
    ("The cafe on Collins Avenue reopened after the storm.", "Collins"),
    ("Police closed Moscow Road in west London for an hour.", "Moscow"),
    ("Pupils at Liverpool Academy in Cairo sat their exams.", "Liverpool"),
])
def test_a_place_name_inside_a_street_or_building_name_is_not_the_place(text, absent):
    assert absent not in found(text)


@pytest.mark.parametrize("text,city,admin1", [
    ("The White House said talks would resume on Monday.", "Washington", "US-DC"),
    ("The Kremlin denied the report.", "Moscow", "RU-MOW"),
    ("Downing Street declined to comment.", "London", "GB-WSM"),
])
def test_seats_of_government_resolve_to_their_city(text, city, admin1):
    (mention,) = geoparse(text)
    assert (mention.place.name, mention.place.admin1_code) == (city, admin1)
    # ... while the namesake town is still found where the text says so.
    assert found("She grew up in White House, Tennessee.")["White House"][2] == "US-TN"


def test_a_far_away_village_nothing_else_supports_is_dropped():
    text = "Officials in Paris and Lyon cheered as Bravo, the new mascot, waved to fans."
    assert set(found(text)) == {"Paris", "Lyon"}
    # A neighbouring country's names support a town: Kupiansk is next to Russia.
    assert found("Drones struck Moscow and Kupiansk overnight.")["Kupiansk"][1] == "UA"
    # With nothing else in the text there is nothing to contradict a small place.
    assert "Medyka" in found("Lorries queued for two days at Medyka.")


def test_confidence_is_a_probability_and_lower_for_ambiguous_names():
    clear = geoparse("Missiles struck Kharkiv.")[0].confidence
    vague = geoparse("He was born in Springfield.")[0].confidence
    assert 0 < vague < clear <= 1


# ---------------------------------------------------------------- articles

def test_example_article_finds_every_place_and_no_person():
    result = found(EXAMPLE.read_text(encoding="utf-8"))
    for name in ("Odesa", "Black Sea", "Vinnytsia", "Chernihiv Oblast", "Kyiv", "Romania",
                 "Bulgaria", "Bucharest", "Medyka-Shehyni", "Rava-Ruska–Hrebenne"):
        assert name in result, name
    assert result["Vinnytsia"] == ("admin1", "UA", "UA-05")
    assert result["Chernihiv Oblast"] == ("admin1", "UA", "UA-74")
    assert result["Medyka-Shehyni"][0] == result["Rava-Ruska–Hrebenne"][0] == "crossing"
    for person_or_month in ("Kiper", "Oleh", "Rustem", "Umerov", "March"):
        assert person_or_month not in result


def test_seed_article(shared_dir):
    text = (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    mentions = geoparse(text)
    names = {m.place.name for m in mentions}
    surfaces = {m.text for m in mentions}
    for place in ("Kyiv", "Kherson", "Khmelnytskyi", "Korczowa–Krakovets", "Dorohusk–Yahodyn",
                  "Black Sea", "Istanbul", "Ankara", "Poland", "Ukraine", "Russia", "Turkey",
                  "Romania", "Bulgaria", "Austria", "Donetsk", "Luhansk", "Washington"):
        assert place in names, place
    assert any(m.place.admin1_code == "UA-23" for m in mentions)  # Zaporizhzhia
    for wrong in ("March", "Guler", "Popko", "Umerov", "Zelenskyy", "Yasar", "Vladimir"):
        assert wrong not in surfaces, wrong
    drone_sentence = text.index("The targeted areas included")
    regions = {m.text: m.place.admin1_code for m in mentions
               if drone_sentence <= m.start < drone_sentence + 140}
    assert regions == {"Kyiv": "UA-30", "Kherson": "UA-65", "Khmelnytskyi": "UA-68"}


# ---------------------------------------------------------------- robustness

@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_and_offsets_are_valid(text):
    for m in geoparse(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert 0 <= m.confidence <= 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Kyiv", "in", "the", "Kherson", "region", ",", "and",
                                 "Korczowa-Krakovets", "crossing", "Mr.", "Guler", "said",
                                 "March", ".", "Black", "Sea", "Ukrainian", "regions", "–"]),
                max_size=40))
def test_never_crashes_on_place_like_word_salad(words):
    text = " ".join(words)
    for m in geoparse(text):
        assert text[m.start:m.end] == m.text


def test_empty_and_blank_text_have_no_mentions():
    assert geoparse("") == [] and geoparse("   \n\t") == []


def test_a_long_text_finds_every_copy_of_its_names():
    # Sizes and time per megabyte of much larger texts are measured by bench/large_text.py.
    paragraph = EXAMPLE.read_text(encoding="utf-8")
    copies = 200_000 // len(paragraph) + 1
    mentions = Geoparser().parse(paragraph * copies)
    assert len(mentions) >= len(geoparse(paragraph)) * copies * 0.99


# ---------------------------------------------------------------- command line

def test_cli_json_schema_and_stdin():
    proc = run_cli("geoparse", "--json", "-", stdin=b"Drones hit the Kherson region.")
    assert proc.returncode == 0, proc.stderr
    (doc,) = json_lines(proc)
    assert doc["doc"] == "-"
    (m,) = doc["mentions"]
    assert set(m) == {"start", "end", "text", "name", "lat", "lon", "kind", "country_code",
                      "admin1_code", "admin2_code", "geonameid", "confidence", "rule"}
    assert doc["dropped"] == []
    assert (m["start"], m["end"], m["admin1_code"]) == (15, 22, "UA-65")


def test_cli_one_line_per_document(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Shelling hit Kharkiv.", encoding="utf-8")
    b.write_text("", encoding="utf-8")
    proc = run_cli("geoparse", "--json", str(a), str(b))
    assert proc.returncode == 0
    docs = json_lines(proc)
    assert [d["doc"] for d in docs] == [str(a), str(b)]
    assert docs[1]["mentions"] == []


def test_cli_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Shelling hit Kharkiv \xff\xfe and Lviv.")
    proc = run_cli("geoparse", "--json", str(path))
    assert proc.returncode == 0
    assert "invalid UTF-8" in proc.stderr.decode() and str(path) in proc.stderr.decode()
    texts = [m["text"] for m in json_lines(proc)[0]["mentions"]]
    assert texts == ["Kharkiv", "Lviv"]


@pytest.mark.parametrize("content,message", [
    (b"\x7fELF\x02\x01\x01\x00\x00\x00binary", "binary file"),
    (None, "no such file"),
])
def test_cli_bad_files_fail_in_one_line(tmp_path, content, message):
    path = tmp_path / "input.bin"
    if content is not None:
        path.write_bytes(content)
    proc = run_cli("geoparse", str(path))
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert message in err and str(path) in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("text,present,absent", [
    ("The Ohio legislature met on Monday.", "Ohio", None),
    ("We're going home, he said. He left.", None, "We're"),
    ("Man arrested after a chase in Lincoln.", "Lincoln", "Man"),
    ("Mayor Baker spoke first. Baker said the roads were closed.", None, "Baker"),
    ("Kyiv's mayor said the city was calm.", "Kyiv", None),
    # a title's full stop does not start a sentence: the name after it is a person's
    ("The museum keeps a model of Dr. Goddard's first rocket.", None, "Goddard"),
    ("Gen. Hamilton inspected the troops at dawn.", None, "Hamilton"),
    # ...but a sentence that ends with a word that is no title still ends there
    ("The guests came from Ohio. Hamilton hosted them.", "Hamilton", None),
    # two letters of a hyphenated name abbreviate a country or region only in capitals
    ("Troops blocked the road to Ak-Tash village.", None, "Ak"),
    ("The US-Russia talks resumed in Geneva.", "US", None),
])
def test_states_pronouns_contractions_titled_surnames_and_possessives(text, present, absent):
    result = found(text)
    if present:
        assert present in result
    if absent:
        assert absent not in result


def test_a_surname_that_the_text_also_uses_as_a_place_stays_a_place():
    text = ("Hamilton was founded in 1832. Mr. Hamilton opened the first hotel. "
            "The railway reached Hamilton, Ohio, in 1859.")
    spans = [m.text for m in geoparse(text)]
    assert spans.count("Hamilton") >= 2  # the town, not the hotelier


@pytest.mark.parametrize("text", [
    "Fishermen found pieces of a drone on an island in the Danube Delta near Sulina.",
    "Barges waited in the Dnipro Delta for the wind to drop.",
])
def test_land_named_after_a_river_is_not_a_namesake_town(text):
    assert "Delta" not in found(text)


@pytest.mark.parametrize("text", [
    "Danube ports: a drone hit a grain terminal in Izmail overnight.",
    "Danube shipping slowed after the strike on Reni.",
])
def test_a_river_s_trade_names_the_river_not_the_region_of_its_other_name(text):
    assert "Danube" not in found(text)


def test_a_demonym_before_peninsula_is_its_region():
    assert found("Air defence destroyed six missiles over the Crimean peninsula.")[
        "Crimean"] == ("admin1", "UA", "UA-43")


def test_of_equally_near_namesakes_the_town_is_meant():
    [m] = [m for m in geoparse("A drone hit a fuel depot in the small town of Lgov in "
                               "Russia's Kursk region.") if m.text == "Lgov"]
    assert (m.place.kind, m.place.admin1_code) == ("locality", "RU-KRS")
    assert m.place.population >= 20_000


@pytest.mark.parametrize("text", [
    "A navy diver team destroyed a mine found 5 nautical miles off Sfântu Gheorghe on Monday.",
    "The tanker anchored 12 km off the coast of Sfantu Gheorghe.",
])
def test_a_name_told_from_the_sea_is_the_namesake_on_a_coast(text):
    [m] = geoparse(text)
    assert (m.place.admin1_code, m.rule) == ("RO-TL", "coastal_namesake")


def test_a_name_told_from_land_keeps_the_most_prominent_namesake():
    [m] = geoparse("Students from Sfântu Gheorghe visited Brasov.")[:1]
    assert m.place.admin1_code == "RO-CV"


@pytest.mark.parametrize("text, places", [
    ("Missiles hit the landing ship Novocherkassk in Feodosia.", ["Feodosiya"]),
    ("The submarine Rostov-on-Don was damaged in Sevastopol.", ["Sevastopol"]),
    ("The cruiser Moskva sank south of Odesa.", ["Odesa"]),
    ("The ship left Odesa for Istanbul.", ["Odesa", "Istanbul"]),
])
def test_a_ship_named_after_a_town_is_not_the_town(text, places):
    assert [m.place.name for m in geoparse(text)] == places


@pytest.mark.parametrize("text, places", [
    ("Fishermen found the mine off the Island, as locals call the spit near Odesa.",
     ["Odesa"]),
    ("Mortar fire hit the village near Velyka Pysarivka, Region officials said.",
     ["Velyka Pysarivka"]),
])
def test_a_word_for_a_kind_of_place_alone_is_no_place(text, places):
    assert [m.text for m in geoparse(text)] == places


def test_a_heading_in_capitals_names_its_region_not_an_acronym():
    [region, town] = geoparse("SUMY REGION — A drone hit a shop in Trostianets.")
    assert (region.place.kind, region.place.admin1_code) == ("admin1", "UA-59")
    assert town.text == "Trostianets"


@pytest.mark.parametrize("text, places", [
    ("Farmers in the Lublin region blocked two roads.", ["Lublin"]),
    ("Sappers in the Chernihiv region defused a rocket.", ["Chernihiv"]),
    ("Truckers in the Lviv region joined the protest.", ["Lviv"]),
    ("Kotluban in the Volgograd region was hit.", ["Kotluban", "Volgograd"]),
])
def test_people_at_the_head_of_a_sentence_are_not_a_place_in_the_region(text, places):
    assert [m.text for m in geoparse(text)] == places


def test_a_crossing_on_a_line_of_a_list_under_a_blockade_heading_is_the_border_village():
    text = ("Blockades this morning:\n"
            "Medyka - still blocked\n"
            "Dorohusk - one truck an hour\n"
            "Hrebenne - lifted")
    hrebenne = next(m for m in geoparse(text) if m.text == "Hrebenne")
    assert abs(hrebenne.place.lat - 50.28) < 0.05


@pytest.mark.parametrize("text", [
    "Russian troops shelled Malynivka and Huliaipole, Zaporizhzhia oblast, on Sunday.",
    "Tanks fired at Malynivka, Huliaipole and Tokmak, Zaporizhzhia region.",
])
def test_a_village_listed_with_a_town_of_the_stated_region_is_the_namesake_beside_it(text):
    # two villages of the name lie in that region: the one near the town listed with it
    [m] = [m for m in geoparse(text) if m.text == "Malynivka"]
    assert (m.place.kind, m.place.admin1_code, m.rule) == ("locality", "UA-23",
                                                           "nearest_namesake")
    assert abs(m.place.lat - 47.68) < 0.05 and abs(m.place.lon - 36.48) < 0.05


def test_a_village_of_a_stated_region_with_nothing_beside_it_stays_the_region():
    [m, _] = geoparse("Russian troops shelled Malynivka, Zaporizhzhia oblast, on Sunday.")
    assert (m.place.kind, m.place.admin1_code, m.rule) == ("admin1", "UA-23",
                                                           "region_ambiguous")


@pytest.mark.parametrize("text, places", [
    ("Sea drones hit a patrol ship in the Bay of Feodosia.", ["Feodosiya"]),
    ("A mine was found near the Gulf of Odesa coast.", ["Odesa"]),
    ("Officials in Bay said the river flooded.", ["Bay"]),
])
def test_a_feature_word_heading_a_longer_name_is_not_a_place_alone(text, places):
    assert [m.place.name for m in geoparse(text)] == places


@pytest.mark.parametrize("text, name, admin1", [
    ("Shells landed near the Zaporizhzhia nuclear power plant overnight.", "Enerhodar",
     "UA-23"),
    ("Missiles hit the Trypilska thermal power plant on Thursday.", "Ukrayinka", "UA-32"),
    ("Drones attacked the Kursk nuclear power plant's training centre.", "Kurchatov",
     "RU-KRS"),
    ("A strike damaged the Dnipro hydroelectric power plant.", "Zaporizhzhya", "UA-23"),
])
def test_a_power_plant_named_after_a_place_is_at_its_own_town(text, name, admin1):
    [m] = geoparse(text)
    assert (m.place.name, m.place.admin1_code) == (name, admin1)


def test_a_place_before_other_lower_case_words_stays_the_place():
    [m] = geoparse("Kursk power cuts lasted two hours.")
    assert (m.text, m.place.admin1_code) == ("Kursk", "RU-KRS")


def test_a_town_measured_from_at_sea_is_kept_whatever_else_the_text_names():
    text = ("The Bulgarian Naval Forces said a minehunter destroyed a mine drifting 8 "
            "nautical miles east of Tsarevo on Sunday.")
    assert [m.place.admin1_code for m in geoparse(text)] == ["BG-02"]


def test_a_region_stated_after_a_list_is_every_listed_towns_that_has_a_namesake_there():
    # Kamianske is a city of Dnipropetrovsk oblast and a village of Zaporizhzhia oblast
    places = {m.text: m.place.admin1_code for m in geoparse(
        "Mortar fire hit Kamianske and Stepnohirsk in Zaporizhzhia oblast overnight.")}
    assert places["Kamianske"] == "UA-23" and places["Stepnohirsk"] == "UA-23"
    # (a town with no namesake in the region keeps its own: the capital stays the capital)
    places = {m.text: m.place.admin1_code for m in geoparse(
        "Missiles hit Kyiv and Bila Tserkva in Kyiv oblast.") if m.place.kind == "locality"}
    assert places == {"Kyiv": "UA-30", "Bila Tserkva": "UA-32"}
    # (alone, the city is the city)
    assert [m.place.admin1_code for m in geoparse("Mortar fire hit Kamianske overnight.")] == [
        "UA-12"]


def test_a_raion_the_text_names_decides_between_namesake_hromadas():
    # two Pokrovska hromadas in Dnipropetrovsk oblast: one in Nikopol raion, one in
    # Synelnykove raion
    [raion, hromada] = geoparse("Synelnykove district. A drone hit a grain store in Pokrovske "
                                "hromada in the afternoon; no one was hurt.")
    assert raion.place.kind == "admin2" and hromada.place.admin2_name == "Synelnykove Raion"
    [raion, hromada] = geoparse("Nikopol district. A drone hit a grain store in Pokrovske "
                                "hromada in the afternoon; no one was hurt.")
    assert hromada.place.admin2_name == "Nikopol Raion"


def test_an_article_and_a_common_noun_opening_a_sentence_is_no_town():
    # (GeoNames gives "The Bridge" as another name of towns in the United States)
    assert found("The bridge near Zvannoye was hit on Friday.") == {}
    assert found("The Hague hosted the talks.")["The Hague"][1] == "NL"
