"""`geomap geoparse --explain` and `Geoparser.explain`: every name the geoparser looked at,
the rule that kept or dropped it, and why a kept name's place was chosen."""

from __future__ import annotations

import dataclasses
import json

import pytest

from geomap.geoparser import geoparse
from geomap.models import Explanation, RecognisedName

from .conftest import run_cli

# A governor whose first name is a town (Dalton, Georgia), a month that is a town in
# England, and a crossing named by its two sides.
VISIT = ("Governor Dalton Pryce flew to Lviv in March. Pryce said trucks queued at the "
         "Medyka-Shehyni crossing for two days.")



def by_text(explanations: list[Explanation]) -> dict[str, list[Explanation]]:
    out: dict[str, list[Explanation]] = {}
    for e in explanations:
        out.setdefault(e.text, []).append(e)
    return out


def test_recognised_names_are_frozen_records_without_a_dict(parser):
    name = parser.recognise("Trucks queued near Lviv.")[0]
    assert isinstance(name, RecognisedName)
    with pytest.raises(dataclasses.FrozenInstanceError):
        name.want = "admin1"
    assert not hasattr(name, "__dict__")  # typed fields only, no bag of string keys
    changed = dataclasses.replace(name, want="admin1")
    assert (changed.want, name.want) == ("admin1", None)


def test_explain_names_the_month_person_and_crossing_rules(parser):
    found = by_text(parser.explain(VISIT))
    march, = found["March"]
    assert not march.kept and "month" in march.rule
    dalton, = found["Dalton"]
    assert not dalton.kept and "person" in dalton.rule and "title" in dalton.rule
    # The surname names no place: it is reported as the person's, here and further on.
    first, later = found["Pryce"]
    assert not first.kept and "surname of a person (Dalton Pryce)" in first.rule
    assert not later.kept and "names elsewhere" in later.rule
    crossing, = found["Medyka-Shehyni"]
    assert crossing.kept and "crossing" in crossing.rule
    assert crossing.mention.place.kind == "crossing"
    lviv, = found["Lviv"]
    assert lviv.kept and lviv.mention.place.admin1_code == "UA-46"
    assert lviv.chosen_by.startswith("best score")


def test_explain_keeps_exactly_what_geoparse_returns(parser):
    text = VISIT + " Shelling hit the Kherson region, and a depot burned in Odessa, Texas."
    kept = [e.mention for e in parser.explain(text) if e.kept]
    assert kept == geoparse(text)
    offsets = [(e.name.start, e.name.end) for e in parser.explain(text)]
    assert offsets == sorted(offsets)


def test_explain_says_which_hint_chose_the_place(parser):
    found = by_text(parser.explain("Shelling hit the Kherson region overnight, and a depot "
                                   "burned in Odessa, Texas."))
    kherson, = found["Kherson"]
    assert kherson.mention.place.kind == "admin1"
    assert "kind hint admin1" in kherson.chosen_by
    assert "else Kherson (locality" in kherson.chosen_by
    odessa, = found["Odessa"]
    assert odessa.mention.place.admin1_code == "US-TX"
    assert "qualifier US-TX" in odessa.chosen_by
    # The hints recognition read are named on the rule that kept the name.
    assert odessa.rule.startswith("gazetteer name (after a preposition of place")
    assert "kind hint admin1" in kherson.rule


def test_explain_reports_weapons_and_names_resolution_drops(parser):
    found = by_text(parser.explain("In May the Grad rockets struck Sumy."))
    assert "weapon" in found["Grad"][0].rule and not found["Grad"][0].kept
    assert found["Sumy"][0].kept
    # Many villages share the name and nothing in the text says which.
    village, = by_text(parser.explain("A patrol was reported outside Mykhailivka."))["Mykhailivka"]
    assert not village.kept and village.rule.startswith("ambiguous")
    # A far-away village named like a person, in a text about other countries.
    found = by_text(parser.explain("Talks in Paris and Berlin went on; Norbury agreed."))
    assert not found["Norbury"][0].kept and found["Norbury"][0].rule.startswith("unsupported")
    assert found["Paris"][0].kept and found["Berlin"][0].kept


def test_cli_explain_prints_one_line_per_name(tmp_path):
    article = tmp_path / "visit.txt"
    article.write_text(VISIT, encoding="utf-8")
    result = run_cli("geoparse", "--explain", str(article), check=True)
    lines = result.stdout.decode().splitlines()
    march = next(line for line in lines if "\tMarch\t" in line).split("\t")
    assert march[0] == str(article) and march[1] == f"{VISIT.index('March')}-" \
        f"{VISIT.index('March') + 5}"
    assert march[3:] == ["DROPPED", "month or weekday name"]
    crossing = next(line for line in lines if "\tMedyka-Shehyni\t" in line).split("\t")
    assert crossing[3] == "KEPT" and "crossing" in crossing[4]
    assert crossing[5].startswith("-> Medyka–Shehyni (crossing")


def test_cli_explain_json_is_one_object_per_name():
    result = run_cli("geoparse", "--explain", "--json", "-", stdin=VISIT.encode(), check=True)
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["text"] for r in records] == ["Dalton", "Pryce", "Lviv", "March", "Pryce",
                                            "Medyka-Shehyni"]
    assert all(r["doc"] == "-" and VISIT[r["start"]:r["end"]] == r["text"] for r in records)
    lviv = records[2]
    assert lviv["kept"] and lviv["place"]["admin1_code"] == "UA-46" and lviv["chosen_by"]
    assert not records[3]["kept"] and "place" not in records[3]


def test_seed_article_explains_march_guler_and_the_crossing(shared_dir):
    article = shared_dir / "seed" / "article.txt"
    result = run_cli("geoparse", "--explain", "--json", str(article), check=True)
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    found: dict[str, list[dict]] = {}
    for r in records:
        found.setdefault(r["text"], []).append(r)
    assert found["March"] and all(not r["kept"] and "month" in r["rule"]
                                  for r in found["March"])
    assert len(found["Guler"]) == 3
    assert all(not r["kept"] and "surname of a person" in r["rule"] for r in found["Guler"])
    crossing, = found["Korczowa-Krakovets"]
    assert crossing["kept"] and "paired border crossing" in crossing["rule"]
    assert crossing["place"]["kind"] == "crossing"
