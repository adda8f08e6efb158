"""Text written in capitals: recased for recognition, offsets and evidence as written."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from geomap.gazetteer import default_index
from geomap.geoparser import Geoparser, geoparse
from geomap.recase import recase

from .conftest import incident_rows


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.admin1_code or m.place.country_code) for m in geoparse(text)]


@pytest.mark.parametrize("text, expected", [
    ("DRONES HIT KYIV AND ODESA OVERNIGHT", [("KYIV", "UA-30"), ("ODESA", "UA-51")]),
    # common words that are also places' names stay words: "DOWN", "REGION"
    ("AIR DEFENCE SHOT DOWN 20 DRONES OVER THE SUMY REGION",
     [("SUMY", "UA-59")]),
    ("TURKEY, ROMANIA AND BULGARIA WILL CLEAR MINES IN THE BLACK SEA",
     [("TURKEY", "TR"), ("ROMANIA", "RO"), ("BULGARIA", "BG"), ("BLACK SEA", None)]),
    ("TRUCKERS BLOCK THE DOROHUSK-YAHODYN CROSSING AGAIN", [("DOROHUSK-YAHODYN", "PL-06")]),
    # a country's letters stay a country
    ("MORE AID FROM THE US AND UK REACHES UKRAINE",
     [("US", "US"), ("UK", "GB"), ("UKRAINE", "UA")]),
    # words of some frequency are words ("ARTILLERY" is also a hamlet's other name), unless
    # a big town has the word as its own name; a rarer town's name keeps its capital
    ("ARTILLERY AND AVIATION HIT POSITIONS NEAR LYMAN, THE MINISTRY SAID",
     [("LYMAN", "UA-14")]),
    # rarer words too ("SHELLED"), unless a town of some size has the word as its name
    ("ON 14 MARCH RUSSIAN FORCES SHELLED KOZACHA LOPAN, KHARKIV OBLAST. FATALITIES: 0.",
     [("KOZACHA LOPAN", "UA-63"), ("KHARKIV OBLAST", "UA-63")]),
    # "the" and a common word are words, not another name of a place ("the City")
    ("TWO MISSILES WERE DOWNED OVER THE CITY OF ODESA, AND DEBRIS FELL",
     [("ODESA", "UA-51")]),
    ("TALKS IN THE HAGUE AND THE UNITED STATES WENT ON", [("HAGUE", "NL-ZH"),
                                                         ("UNITED STATES", "US")]),
])
def test_places_in_a_headline_written_in_capitals(text, expected):
    assert _places(text) == expected


def test_words_of_some_frequency_are_recased_as_words_unless_a_big_towns_own_name():
    assert recase("FLIGHTS FROM ATLANTA TO AMSTERDAM WERE CANCELLED AFTER ARTILLERY FIRE",
                  default_index()) == (
        "flights from Atlanta to Amsterdam were cancelled after artillery fire")


def test_a_report_in_capitals_gives_its_incidents_with_the_text_as_written():
    text = ("RUSSIAN DRONES STRUCK THE KHARKIV REGION OVERNIGHT, THE GOVERNOR SAID. "
            "AIR DEFENCE SHOT DOWN ELEVEN OF THEM OVER THE POLTAVA REGION.")
    rows = incident_rows(text)
    assert {(r["event_type"], r["admin1_code"]) for r in rows} == {
        ("drone_attack", "UA-63"), ("drone_attack", "UA-53")}
    assert all(r["evidence"].isupper() for r in rows)  # quoted as the report wrote it


def test_the_event_rules_read_a_report_in_capitals_as_prose():
    # ("TO PROTEST" is no protest named after a place, as "Medyka protest" is)
    text = ("THOUSANDS OF FARMERS MARCHED THROUGH CENTRAL BUDAPEST TO PROTEST AGAINST GRAIN "
            "IMPORTS FROM UKRAINE. POLICE PUT THE CROWD AT 8,000.")
    assert incident_rows(text) == []
    rows = incident_rows("POLISH FARMERS RESUMED THEIR BLOCKADE OF THE MEDYKA CROSSING ON "
                         "MONDAY, BORDER GUARDS SAID.")
    assert [(r["event_type"], r["place"], r["status"]) for r in rows] == [
        ("border_blockade", "Medyka", "ongoing")]
    assert rows[0]["evidence"].isupper()


def test_a_parser_reads_a_text_in_capitals_as_recased_whether_it_parsed_it_or_not():
    parser = Geoparser()
    caps = "DRONES HIT THE PORT OF IZMAIL AND THE ODESA REGION OVERNIGHT"
    prose = "This text is written as prose."
    assert parser.read_as(caps) == recase(caps, default_index())  # not parsed yet
    parser.parse(caps)
    assert parser.read_as(caps) == recase(caps, default_index())
    assert parser.read_as(prose) is prose


def test_words_in_capitals_outside_a_long_run_are_left_as_written():
    index = default_index()
    for text in ("KYIV (AP) - Drones hit the city overnight.",
                 "NATO AND EU ENVOYS met in Brussels.",  # four words: a heading, not a run
                 "The PV*SOL AND T*SOL AND GEO*SOL TOOLS WERE SHOWN."):  # product names
        assert recase(text, index) == text


def test_a_name_in_a_run_is_recased_whole():
    assert recase("MINESWEEPERS WILL WORK IN THE SEA OF AZOV AND NEAR NEW YORK",
                  default_index()) == (
        # (a rarer word keeps its capital, as a name would: recognition reads it)
        "Minesweepers will work in the Sea of Azov and near New York")


def test_explanations_quote_the_text_as_written():
    [kyiv] = [e for e in Geoparser().explain("SHELLING HIT KYIV AND THE VILLAGES AROUND IT")
              if e.kept]
    assert kyiv.text == "KYIV"


@given(st.text(alphabet=st.sampled_from("ABCDKYIVOSTRMNÉßİ -,.*'\nabc"), max_size=80))
def test_recasing_changes_only_the_case_of_letters(text):
    out = recase(text, default_index())
    assert len(out) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(text, out))


_RUN = ("FLIGHTS TO NEW YORK CITY WERE HALTED. DRONES HIT THE SEA OF AZOV COAST AND KYIV "
        "OVERNIGHT, THE AIR FORCE SAID; ODESA WAS QUIET")


@pytest.mark.parametrize("begin, end", [
    (0, len(_RUN)),
    (_RUN.index("YORK"), _RUN.index(".")),  # inside a name: read from where the name starts
    (_RUN.index("DRONES"), _RUN.index(";")),
    (_RUN.index("AZOV"), _RUN.index("AZOV") + 4),
    (_RUN.index("ODESA"), len(_RUN)),
])
def test_a_run_recased_within_spans_reads_as_the_whole_run_recased_there(begin, end):
    index = default_index()
    whole = recase(_RUN, index)
    assert "New York City" in whole and "Sea of Azov" in whole  # (what the spans cut into)
    assert recase(_RUN, index, [(begin, end)])[begin:end] == whole[begin:end]


_WORDS = ["NEW", "YORK", "CITY", "SEA", "OF", "AZOV", "THE", "KYIV", "DRONES", "HIT", "OVER",
          "BLACK", "ODESA", "REGION", "AND", "IN"]


@given(st.lists(st.sampled_from(_WORDS + [".", ",", "\n"]), min_size=5, max_size=40),
       st.lists(st.tuples(st.integers(0, 300), st.integers(0, 40)), max_size=4))
@example(words=["NEW"] * 5, cuts=[(1, 1)])  # a span that starts inside a word
@example(words=["NEW"] * 5, cuts=[(0, 1)])  # words read past a span are left as written
def test_text_recased_within_spans_is_the_text_recased_there(words, cuts):
    text = " ".join(words).replace(" .", ".").replace(" ,", ",")
    spans, last = [], -1
    for begin, size in sorted(cuts):
        begin = min(begin, len(text))
        if begin > last:
            spans.append((begin, min(len(text), begin + size)))
            last = spans[-1][1]
    index = default_index()
    whole, part = recase(text, index), recase(text, index, spans)
    assert all(part[a:b] == whole[a:b] for a, b in spans)
    assert all(c in (a, b) for a, b, c in zip(text, whole, part))  # written or recased


def test_a_text_in_capitals_is_screened_for_triggers_by_its_sentences_alone():
    # one sentence of many holds the attack; another holds a trigger's strings and none
    # of its triggers (no attack), the rest none at all
    calm = "THE COUNCIL MET ON MONDAY TO DISCUSS THE BUDGET FOR SCHOOLS AND ROADS. " * 6
    text = (calm + "RUSSIAN DRONES STRUCK THE KHARKIV REGION OVERNIGHT, THE GOVERNOR SAID. "
            + "A FIREWORKS SHOW WAS HELD IN THE PARK. " + calm)
    rows = incident_rows(text)
    assert [(r["event_type"], r["admin1_code"]) for r in rows] == [("drone_attack", "UA-63")]
    assert rows[0]["evidence"].startswith("RUSSIAN DRONES STRUCK")
    assert incident_rows(calm + "A FIREWORKS SHOW WAS HELD IN THE PARK. " + calm) == []
