"""Recognition: hints shared between the names of a text after they are read.

The names of one list share what one of them says ("the Kherson, Zaporizhzhia and
Donetsk regions"), a name the text qualifies once is qualified everywhere, and the words
of people's names are listed for ``--explain``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import vocabulary as V
from .models import Explanation, RecognisedName
from .name_context import LIST_GAP, TOKEN
from .name_rules import FIRST_NAME, SURNAME_AFTER_TITLE, TITLE_BEFORE
from .normalize import normalize
from .weights import CITY_POP


def with_hints(name: RecognisedName) -> str:
    """The rule that kept ``name``, with the hints recognition read around it."""
    hints = [text for text, present in (
        ("after a preposition of place", name.locative),
        (f"kind hint {name.want}", name.want and name.want != "crossing"),
        (f"qualifier {name.qualifier}", name.qualifier),
        (f"stated region {name.region.admin1_code or name.region.name}"
         if name.region is not None else "", name.region is not None),
        ("in a list of names", name.list_group is not None)) if present]
    return f"{name.decided_by} ({'; '.join(hints)})" if hints else name.decided_by


# The rules that read a person's name (not the tail of any name, which may be a company's).
_PERSON_RULES = (SURNAME_AFTER_TITLE, TITLE_BEFORE, FIRST_NAME)
_SPAN = re.Match.span


def people_named(text: str, seen: list[Explanation]) -> list[Explanation]:
    """The words of people's names that name no place ("Yasar Guler", later "Guler said"),
    for :meth:`Geoparser.explain`: the person rules read the whole capitalised run around a
    name they drop, and its last word is the person's surname wherever it recurs."""
    tokens = list(map(_SPAN, TOKEN.finditer(text)))
    starts = [a for a, _ in tokens]
    covered = [(e.name.start, e.name.end) for e in seen]
    out: list[Explanation] = []
    surnames: dict[str, str] = {}

    def add(k: int, rule: str) -> None:
        a, b = tokens[k]
        if any(x < b and a < y for x, y in covered):
            return
        covered.append((a, b))
        name = RecognisedName(a, b, normalize(text[a:b]), (), written=text[a:b], kept=False,
                              decided_by=rule)
        out.append(Explanation(name, text[a:b], False, rule))

    for e in seen:
        if e.rule not in _PERSON_RULES:
            continue
        first = last = bisect.bisect_left(starts, e.name.start)
        while first > 0 and _same_run(text, tokens, first - 1) and (
                text[slice(*tokens[first - 1])].lower().rstrip(".") not in V.TITLES):
            first -= 1
        while last + 1 < len(tokens) and _same_run(text, tokens, last):
            last += 1
        if last == first:
            continue
        full = text[tokens[first][0]:tokens[last][1]]
        surnames[text[slice(*tokens[last])]] = full
        for k in range(first, last + 1):
            add(k, f"surname of a person ({full}); no place has this name" if k == last
                else f"part of a person's name ({full}); no place has this name")
    for k, (a, b) in enumerate(tokens):
        full = surnames.get(text[a:b])
        if full is not None:
            add(k, f"surname of a person the text names elsewhere ({full})")
    return out


def _same_run(text: str, tokens, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are capitalised words of one name ("Yasar Guler")."""
    a, b = tokens[k]
    c, _ = tokens[k + 1]
    return text[a].isupper() and text[c].isupper() and text[b:c] == " "


def share_list_hints(text: str, names: list[RecognisedName]) -> None:
    """'regions – Donetsk, Luhansk, Kherson and Zaporizhzhia': the intro hints every member.

    A singular kind word ("Odesa and Vinnytsia Oblast") hints only its own name; plural
    ones ("the Kherson and Mykolaiv regions") are found per name by the look-ahead.
    """
    groups: list[list[int]] = []
    current: list[int] = []
    for k, name in enumerate(names):
        if current and LIST_GAP.match(text[names[current[-1]].end:name.start]):
            current.append(k)
        else:
            current = [k]
            groups.append(current)
    for number, group in enumerate(groups):
        first = names[group[0]]
        # Two names joined by a bare comma are a place and its region ("Denison, Iowa").
        pair = len(group) == 2 and text[first.end:names[group[1]].start].strip() == ","
        listed = len(group) > 1 and not pair
        intro = bool(V.LIST_INTRO.search(text[max(0, first.start - 40):first.start]))
        if not (listed or intro):
            continue
        for k in group:
            name = names[k]
            names[k] = replace(name, list_group=number if listed else name.list_group,
                               want=name.want or "admin1" if intro else name.want)
        if listed:
            _share_stated_region(names, group)


def _share_stated_region(names: list[RecognisedName], group: list[int]) -> None:
    """"Shelling hit Kamianske and Stepnohirsk in Zaporizhzhia oblast": a region stated
    with its kind word after a list is every listed town's that has a namesake there (the
    Kamianske of that oblast, not the city of another)."""
    last = names[group[-1]]
    if not (last.region_stated and last.qualifier
            and (last.qualified_by is None or last.qualified_by >= last.end)):
        return  # (a region is stated after its name: "X in Y oblast", "X, Y region")
    for k in group[:-1]:
        name = names[k]
        if name.qualifier is None and any(
                c.place.kind == "locality" and c.place.admin1_code == last.qualifier
                for c in name.candidates):
            names[k] = replace(name, qualifier=last.qualifier, region=last.region,
                               region_stated=True, qualified_by=last.qualified_by)


def share_name_hints(text: str, names: list[RecognisedName],
                     qualifier_starts: set[int]) -> None:
    """One sense per document: a bare name takes the kind and qualifier its other mentions
    were given ("New York state ... in New York", "Paris, Texas ... Paris police").

    A name in a town's qualifier slot ("Rego Park, New York") says nothing of the name's
    other mentions, nor does a crossing. Nor does "region" or "oblast": a region named
    after its centre is called "the Odesa region" (or "Odesa Oblast", its own name) every
    time it is meant, and the bare name that follows ("a hotel in Odesa") is the city.
    """
    hints: dict[str, tuple[str | None, str | None]] = {}
    for name in names:
        if (name.want or name.qualifier) and name.want != "crossing" and (
                name.start not in qualifier_starts):
            if name.want == "admin1" and not name.qualifier and (
                    _REGION_AFTER.match(text, name.end)
                    or _REGION_WORD_END.search(text, name.start, name.end)):
                continue
            if name.want == "area" and not name.qualifier and any(
                    c.place.kind == "locality" and c.place.population >= CITY_POP
                    for c in name.candidates):
                continue  # "Voronezh governor" is the region's, "over Voronezh" the city
            want, qualifier = hints.get(name.key, (None, None))
            hints[name.key] = (want or name.want, qualifier or name.qualifier)
    if not hints:
        return
    for k, name in enumerate(names):
        if name.key in hints and not (name.want or name.qualifier):
            want, qualifier = hints[name.key]
            names[k] = replace(name, want=want, qualifier=qualifier)


# "Odesa Oblast": a name that holds its kind word.
_REGION_WORD_END = re.compile(r"\s(?i:oblast|krai|kray)$")
# "the Odesa region", "the Kyiv and Sumy oblasts": the words for a region named after
# its centre.
# (at most a few names between: a long list is read in linear time)
_REGION_AFTER = re.compile(r"(?:\s*+(?:,|and|or)\s*+[A-Z][\w'’-]*+){0,6}\s+(?i:regions?|oblasts?|"
                           r"krai|kray)\b")
