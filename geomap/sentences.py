"""Sentence segmentation that survives abbreviations, initials and dates.

"U.S. officials said.", "on Dec. 16", "Gen. Zaluzhnyi", "No. 3" and "J. Smith" do not end
sentences; a full stop, question or exclamation mark followed by space and a capital (or
a quote) does, and so does a blank line or a line break after a line without end mark
(headlines, datelines), or a headline run into its story ("... cause embarrassment The
command centre ...").

>>> text = "Gen. Smith met U.S. envoys on Dec. 16 in Kyiv. Talks ended."
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Smith met U.S. envoys on Dec. 16 in Kyiv.', 'Talks ended.']
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st mt ft jr sr "
    "no nos vol fig inc ltd co corp dept univ est approx vs etc jan feb mar apr jun jul aug "
    "sep sept oct nov dec mon tue tues wed thu thurs fri sat sun ave blvd rd hwy pres opp obl "
    "incl "
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss "
    "mo mont neb nev okla ore pa tenn tex vt va wash wis wyo".split()
)
_BEFORE_NUMBERS = frozenset("no nos vol fig".split())
_CAN_END = frozenset("etc inc ltd co corp jr sr obl".split())
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DAY_BEFORE = re.compile(r"\b\d{1,2}\s+$")
# A candidate boundary: a run of end marks, optional closing quotes/brackets, white space.
# Each run is read whole, once ("a.....a"), and the regex engine skips to the marks.
_MARKS = re.compile(r"[.!?]++")
_AFTER_MARKS = re.compile(r"[\"'”’)\]]*+\s+")
_LINE_BREAK = re.compile(r"\n[ \t]*\n+|\n(?=[ \t]*\S)")
# A list's line run into one paragraph: a bullet, a space and a capital.
_BULLETS = frozenset("-–—•*")
_BULLETED = re.compile(r"[-–—•*] [A-Z]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?]*[\"'”’)\]]*\s*$")
# A headline run into its story with no mark between, as text taken from a web page gives
# it ("US drone strikes cause embarrassment The command centre incident suggests ..."): a
# word that opens sentences, capitalised between two words in lower case.
_RUN_IN = re.compile(r"(?:The|This|These|It|In|But|However) (?=[a-z][a-z])")
_LOWER_WORD_BEFORE = re.compile(r"[a-z][a-z] ")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``, white space trimmed."""
    cuts = {m.end() for m in _LINE_BREAK.finditer(text)}
    cuts.update(m.start() for m in _RUN_IN.finditer(text)
                if _LOWER_WORD_BEFORE.fullmatch(text, m.start() - 3, m.start()))
    for marks in _MARKS.finditer(text):
        after = _AFTER_MARKS.match(text, marks.end())
        if after is not None and _ends_sentence(text, marks.start(), after.end()):
            cuts.add(after.end())
    spans, start = [], 0
    for cut in [*sorted(cuts), len(text)]:
        span = _trim(text, start, cut)
        if span:
            spans.append(span)
        start = cut
    return spans


def _ends_sentence(text: str, mark_at: int, end: int) -> bool:
    """Whether the marks from ``mark_at`` and the space after them, to ``end``, end a
    sentence."""
    after = text[end:end + 1]
    if after in _BULLETS and _BULLETED.match(text, end):
        after = text[end + 2]  # "... damaged. - Marhanets: ...": a list's next line
    if after and not (after.isupper() or after.isdigit() or after in "\"'“‘(["):
        return False
    if text[mark_at] != ".":
        return True
    # (no match starts before a space: only the mark's own word and marks can end it)
    lo = max(0, mark_at - 20)
    word = _WORD_BEFORE.search(text, max(lo, text.rfind(" ", lo, mark_at) + 1), mark_at + 1)
    if word is None:
        return True
    token = word.group(1).rstrip(".")
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Smith", or the end of "U.S."
    low = token.lower()
    if low in _BEFORE_NUMBERS:
        return not after.isdigit()  # "No. 3" goes on; "said no. No one" ends
    if low in _CAN_END:
        return _looks_like_new_sentence(text, end)  # "Acme Inc. The firm ..."
    if low in _MONTHS and after.isupper() and _DAY_BEFORE.search(text, max(0, word.start(1) - 4),
                                                                word.start(1)):
        return True  # "... neutralised on 14 MAR. Vessels are advised ...": the day's month
    if low in ABBREVIATIONS:
        return False
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", token):  # U.S, U.K, a.m
        return after.isupper() and _looks_like_new_sentence(text, end)
    return True


def _looks_like_new_sentence(text: str, pos: int) -> bool:
    """After "U.S." a capitalised function word starts a sentence; a name usually does not."""
    nxt = re.match(r"[A-Za-z]+", text[pos:pos + 20])
    return bool(nxt) and nxt.group().lower() in {
        "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "but", "and",
        "in", "on", "at", "officials", "there", "his", "her", "their", "its", "after",
        "before", "when", "while", "as", "some", "many", "no"}


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None
