"""Sentence splitting survives abbreviations, initials and dates."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geomap.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("U.S. officials met Gen. Syrskyi on Dec. 16 in Kyiv. Talks ended.",
     ["U.S. officials met Gen. Syrskyi on Dec. 16 in Kyiv.", "Talks ended."]),
    ("Unit No. 3 shut down. Another stayed on.", ["Unit No. 3 shut down.", "Another stayed on."]),
    ("The memo was signed by J. Smith and sent on.", ["The memo was signed by J. Smith and sent on."]),
    ("He said no. No one objected.", ["He said no.", "No one objected."]),
    ("Aid came from the U.S. The rest came from Europe.",
     ["Aid came from the U.S.", "The rest came from Europe."]),
    ("\"Drones attacked,\" he said. \"We held.\"", ["\"Drones attacked,\" he said.", "\"We held.\""]),
    ("Headline without a full stop\nBody text here.", ["Headline without a full stop", "Body text here."]),
    ("Was it Kyiv? Yes! It was.", ["Was it Kyiv?", "Yes!", "It was."]),
    # a headline run into its story, as text taken from a web page gives it
    ("Drone raids worry the port The harbour master in Izmail said ships kept sailing.",
     ["Drone raids worry the port", "The harbour master in Izmail said ships kept sailing."]),
    ("Shelters reopen across the city In several districts classes resumed.",
     ["Shelters reopen across the city", "In several districts classes resumed."]),
    # but names and letters that take a capital go on
    ("Judges in The Hague and The Kyiv Independent agreed.",
     ["Judges in The Hague and The Kyiv Independent agreed."]),
    ("It covers influenza A viruses and an influenza B strain.",
     ["It covers influenza A viruses and an influenza B strain."]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


@given(st.text(max_size=300))
def test_offsets_cover_the_text_in_order(text):
    spans = split_sentences(text)
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        assert e1 <= s2
    for s, e in spans:
        assert 0 <= s < e <= len(text) and text[s:e] == text[s:e].strip()
