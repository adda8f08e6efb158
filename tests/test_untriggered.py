"""Documents that hold no trigger: they report no event whatever places they name, so the
pipeline does not geoparse them (but for the few an empty map is framed by); skipping them
never changes what is found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geomap import parallel
from geomap.events import detect_events, holds_a_trigger
from geomap.models import Document
from geomap.parallel import document_events
from geomap.pipeline import extract
from geomap.sentences import split_sentences
from geomap.taxonomy import load_taxonomy

TAXONOMY = load_taxonomy()

# Sentences of both kinds: those that report an attack, a blockade or clearing, and those
# that name places and use war words in another sense (a weapon shown, a "strike" of
# workers, a trade "blockade" of talks, a mine of coal).
_REPORTING = [
    "Drones struck the Kherson region overnight, the governor said.",
    "Russian forces shelled Nikopol on Monday, damaging two houses.",
    "Truckers blocked the Dorohusk-Yahodyn crossing on Tuesday morning.",
    "Sappers defused 40 shells near Izium, Kharkiv region.",
    "Air defence shot down 12 Shaheds over the Odesa region.",
    "A guided bomb hit a school in Kostiantynivka.",
    "MISSILES HIT DNIPRO AND ZAPORIZHZHIA OVERNIGHT.",
]
_QUIET = [
    "Officials in Kyiv and Lviv met on Monday to talk about trade.",
    "A museum in Poltava showed an Iskander launcher captured last year.",
    "Dock workers in Gdansk went on strike over pay.",
    "The coal mine near Pavlohrad reopened after repairs.",
    "The Black Sea grain corridor was discussed in Istanbul.",
    "Farmers in Przemysl said prices had fallen again.",
    "THE MAYOR OF KHARKIV OPENED A NEW SCHOOL.",
    "Kherson's football club lost to Odesa on Sunday.",
]


def _reference_events(text: str, parser) -> list:
    """The events of ``text`` found the long way: the document geoparsed whatever it says."""
    mentions = parser.parse(text)
    if not mentions:
        return []
    return detect_events(parser.read_as(text), split_sentences(text), mentions, TAXONOMY,
                         "2024-05-12")


def _key(events) -> list:
    return [(e.type, e.start, e.end, e.status, e.intercepted,
             tuple(m.place.id for m in e.places)) for e in events]


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_REPORTING + _QUIET), min_size=1, max_size=5))
def test_skipping_untriggered_documents_never_changes_the_events(parser, sentences):
    text = " ".join(sentences)
    doc = Document("p", text, date="2024-05-12")
    assert _key(document_events(doc, TAXONOMY, parser)) == _key(
        _reference_events(text, parser))


@pytest.mark.parametrize("text", _QUIET + [" ".join(_QUIET)])
def test_a_text_of_other_matters_holds_no_trigger(parser, text):
    assert not holds_a_trigger(parser.read_as(text), split_sentences(text), TAXONOMY)
    assert document_events(Document("q", text, date="2024-05-12"), TAXONOMY, parser) == []


@pytest.mark.parametrize("text", _REPORTING)
def test_a_report_holds_a_trigger_and_its_event_is_found(parser, text):
    assert holds_a_trigger(parser.read_as(text), split_sentences(text), TAXONOMY)
    assert document_events(Document("r", text, date="2024-05-12"), TAXONOMY, parser)


def test_a_trigger_in_any_sentence_of_a_long_text_is_seen(parser):
    text = " ".join(_QUIET * 3) + " Shelling hit Nikopol on Monday."
    assert holds_a_trigger(parser.read_as(text), split_sentences(text), TAXONOMY)
    events = document_events(Document("l", text, date="2024-05-12"), TAXONOMY, parser)
    assert [e.type for e in events] == ["shelling"]


def test_a_weapon_named_without_being_used_is_no_trigger(parser):
    # (the masked phrase: a launcher on show is no missile strike)
    text = "An Iskander launcher was on show at the Kyiv museum."
    assert not holds_a_trigger(text, split_sentences(text), TAXONOMY)


def test_the_area_samples_the_first_untriggered_documents_and_every_report(monkeypatch):
    monkeypatch.setattr(parallel, "AREA_SAMPLE", 3)
    quiet_ua = [Document(f"u{i}", "Officials in Lviv and Kharkiv met to talk about trade.")
                for i in range(3)]
    quiet_pe = [Document(f"p{i}", "Officials in Lima met to talk about trade.")
                for i in range(5)]
    gdf = extract(quiet_ua + quiet_pe)
    west, south, east, north = gdf.attrs["area"]
    assert 20 < west < east < 40 and 45 < south < north < 52  # Ukraine, not Peru
    # a report is always read: its places widen the area, wherever it comes
    report = Document("r", "Drones struck Odesa overnight. Officials in Lima condemned it.",
                      date="2024-05-12")
    gdf = extract(quiet_ua + quiet_pe + [report])
    assert gdf.attrs["area"][0] < -70  # Lima's longitude
    assert list(gdf["place"]) == ["Odesa"]


def test_a_corpus_with_no_report_still_frames_its_documents():
    gdf = extract([Document("x", "Officials in Kyiv and Lviv met on Monday to talk about "
                                 "trade.")])
    assert len(gdf) == 0
    west, south, east, north = gdf.attrs["area"]
    assert 23 < west <= east < 31


def test_a_corpus_in_partitions_samples_only_its_first_documents(tmp_path, monkeypatch):
    import json

    monkeypatch.setattr("geomap.partitions.PARTITION_BYTES", 400)  # many partitions
    monkeypatch.setattr(parallel, "AREA_SAMPLE", 3)
    path = tmp_path / "quiet.jsonl"
    lines = [json.dumps({"id": f"u{i}", "date": "2024-05-01",
                         "text": "Officials in Lviv and Kharkiv met to talk about trade."})
             for i in range(3)]
    lines += [json.dumps({"id": f"p{i}", "date": "2024-05-01",
                          "text": "Officials in Lima met to talk about trade."})
              for i in range(30)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gdf = extract(str(path))
    assert gdf.attrs["documents"] == 33
    west, south, east, north = gdf.attrs["area"]
    assert 20 < west < east < 40  # the first documents' places; Lima's came later
