"""Events: which triggers of a sentence stand, and which types each place gets.

A trigger that another type's trigger overrides or ends ("a helicopter fired rockets" is an
airstrike), or whose words cross a clause barrier, does not stand; when a sentence reports
several types, each place goes to the nearest trigger's ("air strikes on Robotyne, drones at
Orikhiv"). Phrases that name weapons without using them are masked first.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import vocabulary as V
from . import weights as W
from .taxonomy import Taxonomy


_MASKED_GAP = " " * 8  # words a mask blanked (see :func:`masked`)


def overridden(found):
    """Drop the types that an earlier trigger of another type overrides, and those whose
    trigger ends a longer trigger of another type: "a helicopter fired rockets" is an
    airstrike, not also a missile strike ("fired rockets"); and a generic "air attack"
    when the sentence names the weapons ("an air attack with 120 missiles and 90 drones")."""
    out = []
    for etype, trigger in found:
        if not any(etype.id in other.overrides and m.start() < trigger.start()
                   and not _struck_the_workers(m, trigger)
                   # (ordnance found lying about, its words masked: "removed and destroyed
                   # an unexploded Grad rocket" is disposal, not a strike)
                   or etype.id in other.overrides and _MASKED_GAP in m.group()
                   and m.start() <= trigger.start() < m.end()
                   or other is not etype and _ends_longer(trigger, m)
                   or other is not etype and V.GENERIC_ATTACK.fullmatch(trigger.group())
                   or other.id in etype.overrides and _struck_the_workers(trigger, m)
                   and not V.CLEARING_WORK.search(trigger.string)
                   for other, m in found):
            out.append((etype, trigger))
    return out


def rockets_of_launchers(found):
    """A trigger that names only rockets yields to another type's trigger that names a
    multiple rocket launcher in the same sentence ("struck Tokmak with HIMARS: rockets hit
    the residential sector" is artillery's, not a missile strike)."""
    launchers = [etype for etype, m in found if V.LAUNCHER.search(m.group())]
    if len(found) < 2 or not launchers:
        return found
    kept = [(etype, m) for etype, m in found
            if not rockets_only(m) or all(other is etype for other in launchers)]
    if kept:
        return kept
    # Each names rockets and a launcher: the one that names a launcher itself ("fired
    # Vilkha rockets and Vampire launchers"), else the one that says no more than the
    # launcher's rockets ("fired Vilkha rockets at Belgorod": shelling's "Vilkha rockets",
    # not a missile strike's "fired ... rockets")
    named = [(etype, m) for etype, m in found if etype in launchers]
    itself = [(etype, m) for etype, m in named if any(
        not _ROCKETS_AFTER.match(m.group(), launcher.end())
        for launcher in V.LAUNCHER.finditer(m.group()))]
    return [min(itself or named, key=lambda pair: len(pair[1].group()))]


def rockets_of_last_launchers(found, dated: dict):
    """A trigger that names only rockets, after a sentence that told another type's event
    with a rocket launcher (``dated``: the types of that sentence's events), is that
    event's: "Belgorod was shelled from multiple rocket launchers. Rockets struck a shopping
    centre." is shelling, not a missile strike."""
    return [(etype, m) for etype, m in found
            if not (rockets_only(m) and any(other != etype.id for other in dated))]


def rockets_only(trigger: re.Match) -> bool:
    """Whether a trigger names rockets and no missile ("rockets struck", not "missiles and
    rockets")."""
    words = trigger.group()
    return bool(V.ROCKET_ONLY.search(words)) and "missile" not in words.lower()


_ROCKETS_AFTER = re.compile(r"\s+(rockets?|missiles?|projectiles?)\b", re.I)


def in_clauses(found, read: str, taxonomy: Taxonomy):
    """Each type's first trigger that lies within one clause: the words a trigger's gap
    spans may not cross a clause barrier ("a missile hit Sumy, on Sunday Shaheds struck
    Fastiv" has no trigger "hit ... Shaheds"), though a colon may ("Downed: 81 missiles")."""
    out = []
    for etype, trigger in found:
        if _barriers(V.GAP_BARRIER, read, trigger.start(), trigger.end()):
            present = taxonomy.triggers_present(read)
            trigger = next(_clause_matches(taxonomy.trigger_of(etype, present), read,
                                           trigger.start()), None)
        if trigger is not None:
            out.append((etype, trigger))
    return out


def generic_fire_yields(found, read: str, taxonomy: Taxonomy):
    """Fire without a weapon ("troops fired on a car") yields to another type's weapon in
    the sentence ("... from a drone"), unless its type has a trigger of its own after it."""
    out = []
    present = None
    for etype, trigger in found:
        if V.GENERIC_FIRE.fullmatch(trigger.group()):
            present = present or taxonomy.triggers_present(read)
            if taxonomy.trigger_of(etype, present).search(read, trigger.end()) is None:
                continue
        out.append((etype, trigger))
    return out


def _barriers(pattern: re.Pattern, read: str, lo: int, hi: int) -> list[re.Match]:
    """The clause barriers of ``pattern`` in ``read[lo:hi]``, but for the ", and" that
    closes a list ("with artillery, MLRS, tanks, and drones")."""
    return [b for b in pattern.finditer(read, lo, hi)
            if not (b.group()[0] == "," and b.group()[-3:] == "and"
                    and V.LIST_ITEM_BEFORE.search(read, max(0, b.start() - 40), b.start())
                    and not V.CLAUSE_AFTER_AND.match(read, b.end()))]


def _clause_matches(pattern: re.Pattern, read: str, pos: int = 0):
    """The matches of ``pattern`` in ``read`` that cross no clause barrier; one that does is
    read again within its first clause ("air defence worked against Shaheds overnight; in
    Kharkiv, debris damaged a school" has the trigger "Shaheds"), else the search goes on
    from its last barrier."""
    while (m := pattern.search(read, pos)) is not None:
        barriers = _barriers(V.GAP_BARRIER, read, m.start(), m.end())
        if not barriers:
            yield m
            pos = max(m.end(), m.start() + 1)
            continue
        inner = pattern.search(read, m.start(), barriers[0].start())
        if inner is not None:
            yield inner
            pos = max(inner.end(), inner.start() + 1)
        else:
            pos = barriers[-1].end()


def _struck_the_workers(workers: re.Match, attack: re.Match) -> bool:
    """"Two deminers were killed when a drone struck their vehicle": a trigger that only
    names the workers (sappers, deminers) does not make an attack with its own verb their
    work."""
    # (the verb may follow a trigger that only names the weapon: "an FPV drone attacked")
    return (V.WORKERS.fullmatch(workers.group()) is not None
            and V.ATTACK_VERB.search(attack.string, attack.start(),
                                     attack.end() + W.WEAPON_VERB_REACH) is not None)


def _ends_longer(trigger: re.Match, other: re.Match) -> bool:
    # the verb and the weapon are the longer trigger's tail: its head says who fired
    return (other.start() < trigger.start() and trigger.end() == other.end()
            and V.LAUNCH_VERB.match(trigger.group()) is not None)


def nearest_types(read: str, start: int, found, mentions,
                  taxonomy: Taxonomy) -> dict[int, set[str]]:
    """For a sentence that reports several types of event, the types each place belongs
    to: the nearest trigger's, preferring one before the place and within its clause
    ("air strikes on Robotyne, drones at Orikhiv, and shelled Stepnohirsk"). Types whose
    triggers are about as near share the place ("drones and missiles struck Kyiv")."""
    present = taxonomy.triggers_present(read)
    spans = {t.id: [m.span() for m in _clause_matches(taxonomy.trigger_of(t, present), read)]
             for t, _ in found}
    tools = [_own_list(read, m) for m in V.INSTRUMENT.finditer(read)]
    barriers = _Barriers(read)
    # "Missiles struck Kyiv and drones hit Lviv": a trigger that runs into the next clause
    # ("struck Kyiv and drones") is that clause's
    spans = {tid: [(barriers.last_start(s, e), e) for s, e in ss] for tid, ss in spans.items()}
    # (such a trigger opens its clause: "attacked Kherson with artillery and drones hit
    # Bilozerka" puts no drone at Kherson, before the clause that opens at "and")
    opens = {s for ss in spans.values() for s, _ in ss if s in barriers.at}
    out: dict[int, set[str]] = {}
    starts = sorted(m.start - start for m in mentions)
    # "6 cruise missiles and 19 drones were destroyed over Crimea": weapons told side by
    # side, with no place between them, share the places outside (type -> its partner)
    side_by_side = {(tid, other) for tid, ss in spans.items() for s, e in ss
                    for other, others in spans.items() for cs, ce in others
                    if not _place_between(starts, min(s, cs), max(e, ce))
                    and not _TOOL_BEFORE.search(read, 0, min(s, cs))
                    and (e <= cs and _SIDE_BY_SIDE.fullmatch(read, e, cs)
                         or ce <= s and _SIDE_BY_SIDE.fullmatch(read, ce, s))}
    # "shelled Beryslav using mortars, artillery and drones": the weapons of one list
    # share its places
    # (a trigger that opens on the list's own "with" or "by" ends inside the list; one
    # that ends inside it names a weapon of the list: "hit X with artillery and drones")
    in_lists = [{tid for tid, ss in spans.items()
                 if any(ts <= s < te and (s > ts or e <= te) or ts < e <= te for s, e in ss)}
                for ts, te in tools]
    entries = _entry_list(read, start, mentions, spans)
    for mention in mentions:
        a, b = mention.start - start, mention.end - start
        # "4 in the Esman community (FPV drones)": the weapon in brackets after a place
        # is that place's
        # (a trigger may take the bracket in: "Bilopillia (mortar, FPV)"; "Huliaipole came
        # under artillery fire, Orikhiv under FPV drones": the weapon the place is under)
        bracketed = {tid for tid, ss in spans.items()
                     if any(s >= b and (_BRACKET_AFTER.fullmatch(read, b, s)
                                        or read.startswith("(", s)
                                        and _KIND_AFTER.fullmatch(read, b, s)
                                        or _UNDER_AFTER.fullmatch(read, b, s)) for s, _ in ss)}
        if bracketed:
            out[mention.start] = bracketed
            continue
        if (own := _WITH_AFTER.match(read, b)) is not None:
            # "attacked the Odesa region with a missile and the Mykolaiv region with drones":
            # the weapons named right after a place are that place's
            near = _TOOL_WORDS.match(read, own.end()).end()
            mine = {t.id for t, _ in found
                    if (m := taxonomy.trigger_of(t, present).search(read, own.end()))
                    and m.start() <= near
                    and not _barriers(V.GAP_BARRIER, read, own.end(), m.end())
                    and not _next_subject(read, own.end(), m.end())}
            if mine:
                out[mention.start] = mine
                continue
        if (entry := _community_entry(read, mention, b, starts, entries)) is not None:
            # "Khotin hromada: mortar and drone; Yunakivka hromada: artillery": the
            # weapons of a community's entry of a list are that community's ("Nikopol —
            # artillery and drones; Pokrov — no damage": none when its entry names none)
            mine = {tid for tid, ss in spans.items() if any(entry[0] <= s < entry[1]
                                                            for s, _ in ss)}
            if mine or entries:
                out[mention.start] = mine
                continue
        if (len(mentions) == 1 and _OPENING_LOCATIVE.fullmatch(read, 0, a)
                and all(s >= b for ss in spans.values() for s, _ in ss)):
            # "In Novaya Tavolzhanka 11 mortar rounds were fired, and a drone dropped an
            # explosive device on a yard": the place that opens the sentence is every
            # attack's it tells
            out[mention.start] = {tid for tid, ss in spans.items() if ss}
            continue
        if _HEADED_LINE.match(read, b) and (
                len(mentions) == 1 and not read[:a].strip(" -–—•*")
                or _BULLET_BEFORE.search(read, 0, a)):
            # "Krasnopillia community: mortar fire and an attack by an FPV drone": the only
            # place of a line it heads has every attack the line lists
            out[mention.start] = {tid for tid, ss in spans.items() if any(s >= b for s, _ in ss)}
            continue
        scores = {tid: min(_distance(barriers, a, b, s, e)
                           + (W.TRIGGER_BARRIER_PENALTY if s in opens and s >= b else 0)
                           for s, e in ss)
                  for tid, ss in spans.items() if ss}
        best = min(scores.values())
        chosen = {tid for tid, score in scores.items() if score <= best + W.TRIGGER_TIE}
        chosen |= {tid for tid, other in side_by_side if other in chosen}
        # "nine cruise missiles fired at Kyiv overnight, along with six attack drones": the
        # weapons joined to the place's own are at it too
        chosen |= {tid for tid, ss in spans.items()
                   if any(s >= b and _JOINED_AFTER.fullmatch(read, b, s) for s, _ in ss)}
        for inside in in_lists:
            if inside & chosen:
                chosen |= inside
        out[mention.start] = chosen
    return out


#: The words before a place that opens its sentence: "In ", "In the village of ".
_OPENING_LOCATIVE = re.compile(r"\W*(in|at|near|outside)\s+(the\s+)?((village|town|city|"
                               r"settlement|community|hromada|district)\s+of\s+)?", re.I)


def entry_list(read: str, start: int, mentions, taxonomy: Taxonomy) -> bool:
    """Whether a sentence is a list of entries, each a place and its own weapons (see
    :func:`_entry_list`), whatever types it reports."""
    if sum(1 for m in mentions if _HEADED_LINE.match(read, m.end - start)) < 2:
        return False  # (the cheap check first)
    present = taxonomy.triggers_present(read)
    spans = {t.id: [m.span() for m in _clause_matches(taxonomy.trigger_of(t, present), read)]
             for t in taxonomy.types}
    return _entry_list(read, start, mentions, spans)


def _entry_list(read: str, start: int, mentions, spans) -> bool:
    """Whether the sentence is a list of entries, each a place, a colon or a dash and its
    own weapons, parted by semicolons or lines ("Nikopol — artillery; Marhanets hromada —
    FPV; Pokrov — no damage"): two entries or more, of which two name weapons."""
    heads = [m.end - start for m in mentions if _HEADED_LINE.match(read, m.end - start)]
    if len(heads) < 2:
        return False
    bounds = [*heads[1:], len(read)]
    triggers = sorted(s for ss in spans.values() for s, _ in ss)
    armed = 0
    for b, e in zip(heads, bounds):
        k = bisect.bisect_left(triggers, b)
        armed += k < len(triggers) and triggers[k] < e
    parted = all(_ENTRY_END.search(read, b, e) for b, e in zip(heads, heads[1:]))
    return parted and armed >= 2


def _community_entry(read: str, mention, b: int, starts: list[int],
                     entries: bool = False) -> tuple[int, int] | None:
    """The span of the entry a community heads in a list of them ("Krasnopillia hromada
    — mortars, FPV;"), or any place in a list of entries (see :func:`_entry_list`): from
    its colon or dash up to the entry's end (a semicolon, a line break or the next place),
    or None when the place heads no such entry."""
    head = _HEADED_LINE.match(read, b)
    if head is None or not (entries or head.group(2) and head.group(2).lower() in
                            _COMMUNITY_WORDS or _COMMUNITY_END.search(mention.text)):
        return None
    stop = _ENTRY_END.search(read, head.end())
    end = stop.start() if stop else len(read)
    k = bisect.bisect_left(starts, head.end())  # (``starts`` sorted)
    nxt = starts[k] if k < len(starts) else len(read)
    if stop is not None and stop.group() == ";":
        # "Bilopillia hromada: artillery (11 explosions); an FPV drone strike (1)": with no
        # other place on its line, the whole line is the place's entry
        line_end = read.find("\n", head.end())
        line_end = len(read) if line_end < 0 else line_end
        if nxt >= line_end:
            end = line_end
    return head.end(), min(end, nxt)


_COMMUNITY_WORDS = frozenset({"community", "hromada", "district", "raion"})
_COMMUNITY_END = re.compile(r"\b(community|hromada|district|raion)$", re.I)
_ENTRY_END = re.compile(r"[;\n]")


def _place_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a place starts in [lo, hi) (``starts`` sorted)."""
    k = bisect.bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


def _next_subject(read: str, start: int, end: int) -> bool:
    """Whether the weapon ending at ``end`` is the subject of a clause opened by "and"
    ("attacked Beryslav with mortars and drones hit Tiahynka"): not of the tool at ``start``."""
    verb = _SPACES.match(read, end).end()
    return bool(_AND.search(read, start, end)) and V.FINITE_VERB.match(read, verb) is not None


_SPACES = re.compile(r"\s*")
_AND = re.compile(r"\sand\s", re.I)


def _own_list(read: str, tool: re.Match) -> tuple[int, int]:
    """The span of a list of weapons, without the subject of the next clause when a verb
    ends it: "with a guided bomb (KAB-500), a Molniya drone hit a car" lists one weapon."""
    start, end = tool.span()
    if V.FINITE_VERB.match(read, end):
        comma = read.rfind(",", start, end)
        if comma > start:
            return start, comma
        # "struck Kharkiv with two missiles and glide bombs hit Zolochiv": the subject of
        # the next clause is no weapon of the list
        joined = max(read.rfind(" and ", start, end), read.rfind(" while ", start, end))
        if joined > start:
            return start, joined
    return start, end


# After a place, the weapons used on it: "the Mykolaiv region with 10 strike UAVs".
_WITH_AFTER = re.compile(r"(\s+(community|hromada|district|raion|region|oblast))?"
                         r"(\s*+\([^()]{0,60}\))?\s+(?=(with|using)\s)", re.I)
# The words of a tool that may start its weapon: "with a FAB-500", "with 14 Shaheds".
_TOOL_WORDS = re.compile(r"(with|using)\s++(\S++\s++){0,2}", re.I)
# Between two weapons told side by side: "cruise missiles and 19 drones", "MLRS strikes
# and two guided bombs", "cruise missiles and swarms of Iranian-designed Shahed drones".
_JOINED_AFTER = re.compile(r"(?:\s+[\w-]+){0,2},?\s+(?:along|together)\s+(?:with\s+)?", re.I)
_SIDE_BY_SIDE = re.compile(r"\s+(and|as well as|plus)\s+((\d[\d,]*+|one|two|three|four|five|"
                           r"six|seven|eight|nine|ten|several|dozens of)\s+)?([\w-]+\s+){0,3}",
                           re.I)
# (not the tool of the clause before: "hit Sumy with an Iskander missile and guided bombs
# struck Krasnopillia")
_TOOL_BEFORE = re.compile(r"\b(with|by|using|from)\s++(\S++\s++){0,3}$", re.I)
# A place that heads a list's line after the list's opening: "... said: - Nikopol: ..."
_BULLET_BEFORE = re.compile(r"[:.;]\s*[-–—•*]\s*$")
# After a place that heads a line of a list: "Krasnopillia community: ...", "Nikopol – ...".
_HEADED_LINE = re.compile(r"(\s+(community|hromada|district|raion|region|oblast))?\s*[:–—]\s",
                          re.I)
# Between a place and the bracket that names its weapon: "the Esman community (FPV ...".
_UNDER_AFTER = re.compile(r"\s+((came|comes|come)\s+)?under\s+", re.I)
_KIND_AFTER = re.compile(r"(\s+(community|hromada|district|raion|region|oblast))?\s*", re.I)
_BRACKET_AFTER = re.compile(r"(\s+(community|hromada|district|raion|region|oblast))?\s*\(\s*"
                            r"(\w+\s+){0,2}", re.I)


class _Barriers:
    """The clause barriers of a sentence (:data:`V.BARRIER`), found once: counting those
    between a trigger and each place of a long list is then a binary search, not a scan."""

    def __init__(self, read: str):
        found = [m.span() for m in _barriers(V.BARRIER, read, 0, len(read))]
        if " and " in read:
            found = sorted(found + [m.span() for m in V.AND_CLAUSE.finditer(read)
                                    if V.ATTACK_DONE.search(read, 0, m.start())])
        self.starts = [s for s, _ in found]
        self.ends = [e for _, e in found]
        self.at = frozenset(self.starts)

    def last_start(self, lo: int, hi: int) -> int:
        """The start of the last barrier that starts inside ``lo:hi``, else ``lo``."""
        k = bisect.bisect_left(self.starts, hi) - 1
        return self.starts[k] if k >= 0 and self.starts[k] > lo else lo

    def between(self, lo: int, hi: int) -> int:
        """How many barriers lie wholly within ``lo:hi``."""
        return max(0, bisect.bisect_right(self.ends, hi) - bisect.bisect_left(self.starts, lo))


def _distance(barriers: _Barriers, a: int, b: int, s: int, e: int) -> int:
    """How far a trigger (s, e) is from a place (a, b), in characters plus penalties."""
    if e <= a:
        gap, lo, hi = a - e, e, a
    elif s >= b:  # measured to its end: a trigger after the place may start far back
        gap, lo, hi = e - b + W.TRIGGER_AFTER_PENALTY, b, e
    else:
        return 0
    return gap + W.TRIGGER_BARRIER_PENALTY * barriers.between(lo, hi)


def masked(sentence: str, taxonomy: Taxonomy) -> str:
    """The sentence with phrases that name weapons without using them blanked out (offsets
    are kept)."""
    mask = taxonomy.mask_for(sentence)
    return sentence if mask is None else _blanked(mask, sentence)


@lru_cache(maxsize=64)  # a sentence is read again for each event it reports
def _blanked(mask: re.Pattern, sentence: str) -> str:
    return mask.sub(lambda m: " " * len(m.group()), sentence)
