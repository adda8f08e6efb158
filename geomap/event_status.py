"""Events: what a trigger's sentence says besides the event's type.

Its status comes from cues around the trigger: ``ended`` ("reopened", "lifted"),
``ongoing`` ("have been blocking", "remain closed"), ``planned`` ("will sign a plan to
clear mines"); hypotheticals ("could", "would") drop attacks and mark other types planned,
and a negated trigger ("no drones hit ...") reports nothing. A place's own clause may state
its own status ("..., while the Rava-Ruska checkpoint reopened"). The date is the day a
relative or explicit date of the sentence points to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache

from . import vocabulary as V
from . import weights as W
from .models import Mention, Status
from .screens import Screened
from .taxonomy import EventType


# "a sapper from Kharkiv": where a person comes from.
_FROM_AFTER = re.compile(r"\s+from\s+[A-Z]")
# "the minehunter Dillingen": a ship's name after its class.
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# (what such a ship does to a mine: "the minehunter Tsibar destroyed a drifting mine")
_SHIP_WORK = re.compile(r"\b(destroy(s|ed|ing)?|blew up|blown up|detonat\w+|found|detected|spotted|"
                        r"located|neutrali[sz](ed|es|ing)|disposed|dealt with)\b", re.I)
# (the comma of a number, "2,000 homes", ends no clause)
# (nor the dash of a span of years: "the 2023–2024 truckers' blockade")
_CLAUSE = re.compile(r",(?!\d{3}\b)|[;:()]|(?<!\d)[—–]|[—–](?!\d)")


def status_of(sentence: str, trigger: re.Match, etype: EventType,
              review: str | None = None) -> Status | None:
    """The event's status, or None when the sentence says it did not (or may not) happen
    (``review``: "week" or "month" when the text reviews one, whose span tells its own
    news: "shot down during the month")."""
    before = sentence[:trigger.start()]
    if _negated(before, trigger, etype) or V.CAUSE_BEFORE.search(before[-80:]) or (
            V.HABITUAL_BEFORE.search(before[-40:])
            and V.BASE_VERB.match(sentence, trigger.start())) or (
            V.PROGRESSIVE_RELATIVE.search(before[-40:])
            and V.ING_FORM.match(sentence, trigger.start())):
        return None
    if _drives_a_count(sentence, trigger):
        return None  # "casualties rose by a third, driven by glide bombs": a count's cause
    if (_a_share(sentence, trigger) or V.STAT_CAUSE_BEFORE.search(before)
            or V.STAT_CAUSE_BEFORE.match(trigger.group())
            or V.SHARE_FOLLOWED_BEFORE.search(before)):
        return None  # "glide bombs accounted for half of them": a statistic's category
    if (etype.hypothetical == "drop" and V.WEAPONS_ON_THE_MOVE.search(sentence)
            and not V.WEAPONS_MET.search(sentence)):
        return None  # "Group of Shaheds moving through Kirovohrad region": an alert's line
    if etype.hypothetical == "drop" and (V.SMUGGLING.search(sentence)
                                         or V.FARM_DRONES.search(sentence)):
        return None  # "a drone carrying smuggled cigarettes", "drones to fight moths"
    if V.SHARE_OPENING.match(before):
        return None  # "Most were strikes with heavy weapons, including missiles and shelling"
    if (V.TOPIC_BEFORE.search(before[-60:]) or V.SPREAD_CLAIM_BEFORE.search(before)
            or V.HALT_TO_BEFORE.search(before[-60:])
            or etype.hypothetical == "drop" and V.MADE_OR_NAMED_BEFORE.search(before[-60:])
            or V.CALLED_FOR_BEFORE.search(before[-100:])
            or V.POSSIBLE_BEFORE.search(before[-40:]) or V.THREAT_BEFORE.search(before[-80:])):
        return None  # "Asked about glide bombs, ...", "channels spread 'news' that ..."
    if (V.CLAIM_LABEL.match(sentence) or V.POSTS_CLAIMED_BEFORE.search(sentence, 0, trigger.end())
            or V.NO_REPORTS_BEFORE.search(before[-120:])):
        return None  # a fact-check's claim, or what no one reported
    if etype.hypothetical == "drop" and V.MONTHS_ATTACKS.search(sentence):
        return None  # "which were hit in the January attacks": a month's campaign
    if _inside_a_title(sentence, trigger):
        return None  # 'Her novel "The Shelling of Odesa" won the prize': a title
    if V.PAST_SENTENCE.search(sentence):
        return None  # "Lviv has been hit by missiles several times": the past
    if etype.hypothetical == "drop" and (
            become := V.BECOME_A_THREAT.search(sentence, trigger.end())) is not None and (
            ";" not in sentence[trigger.end():become.start()]):
        return None  # "glide bombs have become a growing threat to ...": what they are
    if V.SCENARIO_BEFORE.search(before):
        return None  # "The scenario: fragments of a drone fall next to the school"
    if V.QUESTION_OPENING.match(sentence) or V.ASKED_WHETHER_BEFORE.search(before):
        return None  # "What would happen if the plant were hit by a missile?"
    if V.EARLIER_REPORT_BEFORE.search(before):
        return None  # "Previous week's summary noted shelling in Al Fula": told before
    if V.LONG_AFTER_BEFORE.search(before[-120:]):
        return None  # "A year after hauliers ended their blockade of Dorohusk, ...": long past
    if V.RETRACTED_BEFORE.search(before):
        return None  # "CORRECTION: An earlier version of this story said that ..."
    if V.CLAIMED_TO_SHOW.search(before[-120:]):
        return None  # "a video claims to show the moment a missile hit Lviv": a claim weighed
    if etype.hypothetical == "drop" and V.MATCH_RESULT.search(sentence):
        return None  # "... fired blanks, and the hosts' artillery won it 2-0": a game
    # (an attack does not end: "the terminal damaged by drones in July was rebuilt" tells
    # an earlier attack, read below)
    if V.DROPPED_PLAN.search(sentence):
        return None  # "called off a planned protest at Vysne Nemecke"
    if etype.hypothetical == "planned" and etype.draw != "point" and V.FALSE_ALARM.search(
            sentence):
        return None  # "experts determined the object was a rusted section of pipe"
    if etype.hypothetical == "drop" and V.SPAN_LIVED.search(sentence):
        return None  # "Kramatorsk has lived through repeated bombardment since"
    if etype.hypothetical == "drop" and V.PREPARING_BEFORE.search(before):
        return None  # "is preparing a provocation at the plant: a strike by attack drones"
    if V.DENIED.search(sentence):
        return None  # "reports of a drone strike in Valuyki were false; no attack took place"
    if V.REJECTED_CLAIM_BEFORE.search(sentence, 0, trigger.end()):
        return None  # "rejects the claims that its forces shelled Belgorod"
    if V.ALLEGATION.search(before) and V.DENIAL_AFTER.search(sentence, trigger.end()):
        return None  # "media alleged that troops shelled Nova Kakhovka; the army denied firing"
    if ("crossing" in etype.prefer and (V.ROAD_WORKS.search(sentence)
                                        or V.AUTHORITIES_REOPENED.search(sentence))
            and not V.PROTEST_WORDS.search(sentence)):
        return None  # "the checkpoint reopens after repairs": closed for works, not a protest
    if "crossing" in etype.prefer and V.STAFF_PROTEST.search(sentence):
        return None  # "customs officers began a work-to-rule protest over pay": no blockade
    if (V.CLEARING_UNIT.fullmatch(trigger.group()) and _NAME_AFTER.match(sentence, trigger.end())
            and not V.CLEARING_WORK.search(sentence) and not V.UNIT_WORK.search(sentence)
            and not _SHIP_WORK.search(sentence)):
        return None  # "said on the bridge of the minehunter Dillingen": a ship, no work
    if (V.CLEARING_UNIT.fullmatch(trigger.group()) and _FROM_AFTER.match(sentence, trigger.end())
            and not V.CLEARING_WORK.search(sentence) and not V.UNIT_WORK.search(sentence)):
        return None  # "said one of the participants, a sapper from Kharkiv": who speaks
    if (V.CLEARING_UNIT.fullmatch(trigger.group()) and not V.CLEARING_WORK.search(sentence)
            and not V.UNIT_WORK.search(sentence) and V.OUTREACH.search(sentence)):
        # "sappers gave a lecture on mine safety to children in Chernihiv", "the crews of
        # the minehunters have completed a stage of training" (whatever ended is no work)
        return None
    # (not in a condition after the event: "would block the crossing unless Kyiv restored
    # the permits" is a threat, read below)
    condition = _CONDITION.search(sentence, trigger.end())
    clause_start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    clause = sentence[clause_start:trigger.end()]
    # The whole clause, also after the trigger: "considering blockades at the border if ..."
    rest = _CLAUSE.search(sentence, trigger.end())
    whole = sentence[clause_start:rest.start() if rest else len(sentence)]
    if (etype.draw == "point" and (V.EARLIER_SEASON.search(whole)
                                   or V.PROTEST_SEASON_BEFORE.search(sentence, trigger.start())
                                   or V.SEASON_WHEN.search(sentence, 0, trigger.start()))
            and not V.ONGOING.search(sentence)):
        # "the hauliers' protest at Vysne Nemecke last year ended in days", "hauliers, who
        # blocked Dorohusk last winter, said ...": background
        return None
    if (etype.hypothetical == "planned" and etype.draw != "point"
            and V.WORK_LAST_SEASON.search(whole) and V.ENDED.search(whole)):
        # "Deminers finished clearing the town's parks last year": work ended long ago
        return None
    if etype.hypothetical != "drop" and V.ENDED.search(
            sentence, 0, condition.start() if condition else len(sentence)) and (
            etype.draw == "point" or not V.CONDITIONAL.search(whole)):
        # (work "completed" in an exercise is no work: "completed the mine countermeasures
        # phase of exercise BALTOPS", read below)
        return "ended"
    if (V.CONDITIONAL.search(whole) or V.ARREST.search(clause) or V.TREND.search(clause)
            or V.MOST_OFTEN_AFTER.match(sentence, trigger.end()) or V.COUNT_CHANGED.search(whole)
            or V.WHO.search(sentence) and V.HONOUR.search(sentence)):
        return None
    if (V.CLEARING_UNIT.fullmatch(trigger.group()) and not V.CLEARING_WORK.search(sentence)
            and not V.UNIT_WORK.search(sentence)
            and (V.PLANNED.search(whole) or V.HYPOTHETICAL.search(whole))):
        # "a minehunter ... is to join the mine countermeasures group next year": a unit
        # named, with no work done
        return None
    if (etype.hypothetical == "drop" and V.SEARCH_WORK.search(sentence)
            and not V.ATTACK_VERB.search(sentence)
            and not V.DEBRIS.search(trigger.group())):
        # "a ship arrived at the search area and launched the drones" (not "a search team
        # found fragments of a drone")
        return None
    if etype.hypothetical == "planned" and etype.draw != "point" and (
            V.DEMONSTRATION.search(sentence) or V.ORDNANCE_LIES.search(sentence)):
        return None  # "a demining machine shown at a test site ploughed a field of inert mines"
    if (etype.hypothetical == "planned" and etype.draw != "point"
            and (V.SEASON_BEFORE.search(whole) or V.SINCE_YEARS.search(whole)
                 # ("A year ago this week, sappers began clearing the streets of Irpin",
                 # "Looking back, one of the first deminers recalls ...")
                 or V.EARLIER_SEASON.search(sentence, 0, trigger.start())
                 # ("bomb disposal teams recovered 1,500 tonnes of munitions last year", not
                 # "a mine laid last year")
                 or V.WORK_LAST_SEASON.search(whole)
                 or V.RECOLLECTION.search(sentence)
                 # ("Since January, pyrotechnicians have neutralised ...": an opening span)
                 or V.SINCE_YEARS.search(sentence, before.rfind(";") + 1, trigger.end())
                 or V.OVER_PAST_YEARS.search(sentence, 0, trigger.end())
                 # ("removed about 9,400 explosive items in August ..., the service said
                 # in its monthly report": a month's tally)
                 or V.PERIOD_REPORT.search(sentence))):
        # "fields that sappers had cleared the previous summer", "has cleared 20,000
        # hectares since 2022": background, a total over years
        return None
    if etype.hypothetical == "drop" and (
            (V.PAST_BUT_REVIEWED if review else V.PAST).search(
                _before_who(whole, trigger.end() - clause_start))
            or V.MODAL_AFTER.match(sentence, trigger.end())
            or V.CAPABILITY.search(whole) or V.TIME_WHEN_BEFORE.search(before)
            or V.LONG_SPAN_OPENING.match(sentence, 0, trigger.start())
            or V.SINCE_THEN_OPENING.match(sentence)
            or V.PREVIOUSLY_OPENING.match(sentence)
            or V.RECURRING_BEFORE.search(before[-40:])
            or V.TIME_AFTER_EVENT_BEFORE.search(before[-80:])
            or V.SINCE_STRIKES_BEFORE.search(before[-30:])
            or (V.MONTH_TALLY_BUT_REVIEWED if review == "month" else V.MONTH_TALLY).search(
                sentence)
            or V.SPAN_TALLY_BEFORE.search(sentence, 0, trigger.start())
            and V.SPAN_TALLY_COUNT.search(sentence)
            or V.COURT_FOUND.search(sentence, 0, trigger.start())
            or V.TALLY_SINCE.search(whole) and not V.DAY_WORD.search(sentence)
            # "after repeated finds of drone fragments in Tulcea county over the past two
            # years": a count over years
            or V.OVER_PAST_YEARS.search(whole) and not V.DAY_WORD.search(whole)
            # "has used Storm Shadow missiles ... to strike targets in Crimea since last
            # year": a use that goes on, with no day of its own
            or V.SINCE_LAST.search(sentence, trigger.end()) and not V.DAY_WORD.search(sentence)
            # "premiums had fallen from 3% last autumn, when repeated drone raids hit
            # Izmail": the raids of that season
            or V.SEASON_WHEN.search(sentence, 0, trigger.start())
            or _past_opening(sentence, trigger)
            or V.REPAIR.search(sentence) and V.AFTERMATH.search(sentence, 0, trigger.end())):
        return None
    if etype.hypothetical == "planned" and any(
            (modal := cue.match(sentence, trigger.end())) is not None
            and modal.end() <= clause_start + len(whole)
            for cue in (V.MODAL_AFTER, V.PLANNED_AFTER)):
        # "the blockade at Dolhobyczow will resume on Friday", "farmers at Dolhobyczow
        # are expected to resume the blockade"
        return "planned"
    if V.ONGOING.search(whole) and etype.draw == "point":
        return "ongoing"
    if (etype.hypothetical == "planned" and etype.draw == "point"
            and V.PLANNED.search(whole, len(clause))):
        # "a protest at the Beregsurany crossing was registered for next Tuesday"
        return "planned"
    if _planned(sentence, clause_start, clause) or _attached_to_a_plan(sentence, clause_start):
        return "planned" if etype.hypothetical == "planned" else None
    if V.HYPOTHETICAL.search(clause):
        return "planned" if etype.hypothetical == "planned" else None
    if V.ONGOING.search(clause):
        return "ongoing"
    return etype.status_default


def _inside_a_title(sentence: str, trigger: re.Match) -> bool:
    """Whether the trigger stands inside quotes that follow the kind of a work ('the
    documentary "Drone Night"')."""
    opening = max(sentence.rfind('"', 0, trigger.start()), sentence.rfind("“", 0, trigger.start()))
    if opening < 0 or not V.TITLED_WORK_BEFORE.search(sentence, max(0, opening - 20), opening):
        return False
    closing = min((k for k in (sentence.find('"', trigger.end()), sentence.find("”", trigger.end()))
                   if k >= 0), default=-1)
    return closing >= 0 and closing - opening <= _TITLE_LENGTH


#: The longest title read as one.
_TITLE_LENGTH = 80


def _drives_a_count(sentence: str, trigger: re.Match) -> bool:
    """Whether the trigger names what drove a count that changed, in the same clause
    ("casualties rose in May, driven by glide bombs and drones")."""
    count = V.DRIVEN_COUNT.search(sentence, 0, trigger.end())
    return (count is not None and trigger.start() >= count.start("driven")
            and ";" not in sentence[count.end():trigger.start()])


def _a_share(sentence: str, trigger: re.Match) -> bool:
    """Whether the trigger names a category of a statistic, told in the words after it
    up to a semicolon or "while" ("drones and glide bombs together accounted for more than
    half of them")."""
    stop = _SHARE_STOP.search(sentence, trigger.end())
    end = min(stop.start() if stop else len(sentence), trigger.end() + W.SHARE_CHARS)
    return V.STAT_SHARE.search(sentence, trigger.end(), end) is not None


# Where the words of a statistic's category end: "drone strikes were the main cause of
# injuries; a missile hit Odesa" (not every comma: "Shelling, artillery and missile
# attacks remained the most common event type")
_SHARE_STOP = re.compile(r"[;.]|\b(while|whereas|but)\b", re.I)


def _planned(sentence: str, clause_start: int, clause: str) -> bool:
    """Whether the clause (from ``clause_start`` in the sentence) tells a plan (not the
    permit of a protest under way: "have registered the blockade with the authorities
    until early January")."""
    # (read in the sentence, so that a cue may look past the clause: "Farmers to block the
    # crossing from Tuesday")
    plan = V.PLANNED.search(sentence, clause_start)
    if plan is None or plan.start() >= clause_start + len(clause):
        return False
    return not (plan.group().lower() == "registered" and _PERMIT_UNTIL.match(sentence, plan.end()))


_PERMIT_UNTIL = re.compile(r"[^.;]{0,60}?\buntil\b", re.I)


def _attached_to_a_plan(sentence: str, clause_start: int) -> bool:
    """"is preparing an offensive, possibly supported by Storm Shadow strikes on ...": a
    clause that only adds to the one before, whose words tell a plan."""
    if not clause_start or not _ATTACHED.match(sentence, clause_start):
        return False
    before = sentence[:clause_start - 1]
    start = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    return V.PLANNED.search(before, start) is not None


# A clause that opens on a participle of support: it tells how the last clause's act is done.
_ATTACHED = re.compile(r"\s*(possibly\s+|probably\s+|likely\s+|perhaps\s+)?(supported|backed|"
                       r"accompanied|preceded|covered)\s+by\b", re.I)


def _before_who(clause: str, after: int) -> str:
    """The clause up to a person's clause after ``after`` ("... hit the wake of a soldier
    who was killed in 2022": the soldier's time is not the strike's)."""
    who = _WHO.search(clause, after)
    return clause if who is None else clause[:who.start()]


_WHO = re.compile(r"\bwho\b", re.I)


def _past_opening(sentence: str, trigger: re.Match) -> bool:
    """"A year ago, a missile struck ...": a sentence that opens on an earlier time."""
    first = _CLAUSE.search(sentence)
    return (first is not None and first.end() <= trigger.start()
            and len(sentence[:first.start()].split()) <= W.OPENING_WORDS
            and V.PAST.search(sentence, 0, first.start()) is not None
            # "Last year, drones hit Odesa; this morning, a missile ...": a new clause
            and not V.BARRIER.search(sentence, first.end(), trigger.end()))


def _negated(before: str, trigger: re.Match, etype: EventType) -> bool:
    """A negation in the three words before the trigger or inside its match, except the
    negation words the trigger itself spells ("denied entry" is a phrase, not a denial);
    or, for work other than attacks, a verb that kept it from happening just before ("Russia
    obstructs the demining of the strip"; of an attack, "prevented a missile strike on
    Kyiv" tells weapons stopped, which interceptions report)."""
    before = _NOT_A_NEGATION.sub(" ", before)  # "working on Volchansk without a break:"
    last = _LAST_WORDS.findall(before)[-3:]
    # (a negation before a word that opens another clause is that clause's: "the city is
    # without power after missiles struck")
    joins = [k for k, w in enumerate(last) if w.lower() in _CLAUSE_OPENERS]
    if V.NEGATION.search(" ".join(last[joins[-1] + 1:] if joins else last)):
        return True
    # ("does not involve missiles or air strikes": a negation carries over "or" to the
    # next of its list)
    wider = _LAST_WORDS.findall(before)[-6:]
    negations = [k for k, w in enumerate(wider) if V.NEGATION.search(w)]
    if negations and any(w.lower() in ("or", "nor") for w in wider[negations[-1] + 1:]) and not any(
            w.lower() in _CLAUSE_OPENERS for w in wider[negations[-1] + 1:]):
        return True
    if etype.interceptable and V.PURPOSE_STOP_BEFORE.search(before[-60:]):
        return True
    if V.NOT_CAUSED_BY_BEFORE.search(before[-120:]):
        return True  # "caused by a pipeline rupture and not, as channels claimed, by a drone"
    if not etype.interceptable and _said_before(V.PREVENTED_BEFORE, trigger, 60):
        return True
    own = next((_spelled_negations(p.pattern) for p in etype.triggers
                if (m := p.match(trigger.string, trigger.start())) and m.end() == trigger.end()),
               frozenset())
    return any(n.group().lower() not in own
               for n in V.NEGATION.finditer(_NOT_A_NEGATION.sub(" ", trigger.group())))


_LAST_WORDS = re.compile(r"[\w'’]+")
# Idioms with a negation word that deny nothing: "without a break", "non-stop".
_NOT_A_NEGATION = re.compile(r"\bwithout\s+(a\s+|any\s+)?(break|pause|stop|stopping|let-?up|"
                             r"respite|interruption|end)\b|\bno\s+(let-?up|respite)\b|"
                             # the defence that failed, before the hit: "two drones were
                             # not stopped and hit a depot"
                             r"\b(not|never)\s+(been\s+)?(stopped|intercepted|shot\s+down|downed|"
                             r"caught|destroyed|neutrali[sz]ed)\s+(and|but)\b", re.I)
_CLAUSE_OPENERS = frozenset({"after", "when", "as", "because", "since", "following", "while",
                             "where", "once"})
_CONDITION = re.compile(r"\b(if|unless)\b", re.I)


def _said_before(cue: re.Pattern, trigger: re.Match, reach: int) -> bool:
    """Whether ``cue`` (a pattern anchored at its end) ends right before the trigger or
    right before its last word, within ``reach`` characters: a trigger may begin with who
    acts ("stopped [the protesters from blocking]", "[hauliers' union said its members
    would block]")."""
    last_word = trigger.start() + trigger.group().rstrip().rfind(" ") + 1
    return any(cue.search(trigger.string, max(0, end - reach), end)
               for end in {trigger.start(), last_word})


@cache
def _spelled_negations(pattern: str) -> frozenset[str]:
    """Negation words written in a pattern itself (its escapes such as \\b removed)."""
    words = re.sub(r"\\[A-Za-z]", " ", pattern)
    return frozenset(m.group().lower() for m in V.NEGATION.finditer(words))


def date_of(sentence: str, published: str | None) -> str | None:
    """The day a sentence's relative or explicit date points to, given the publication date.

    >>> date_of("Drones attacked on Saturday.", "2023-12-24")
    '2023-12-23'
    >>> date_of("Talks were held on Dec. 16.", "2024-01-05")
    '2023-12-16'
    """
    if not published:
        return None
    pub = dt.date.fromisoformat(published)
    m = V.DAY_WORD.search(sentence)
    if m and m.group(1):
        back = (pub.weekday() - V.WEEKDAYS.index(m.group(1).lower())) % 7
        return (pub - dt.timedelta(days=back)).isoformat()
    if m and m.group(2):
        return (pub - dt.timedelta(days=V.RELATIVE_DAYS.get(m.group(2).lower(), 0))).isoformat()
    # "since November 6" says when something began, not when this report's event happened.
    m = next((d for d in V.DATE.finditer(sentence)
              if not re.search(r"\bsince\s+$", sentence[:d.start()], re.I)), None)
    if m:
        month = (m.group(1) or m.group(4)).lower()[:3]
        day = int(m.group(2) or m.group(3))
        if (year := _YEAR_AFTER.match(sentence, m.end())) is not None:
            # "On December 30, 2023": the year it gives, not the latest such day
            try:
                return dt.date(int(year.group(1)), V.MONTH_ABBREVIATIONS.index(month) + 1,
                               day).isoformat()
            except ValueError:
                pass
        # The latest such day on or before publication ("Feb. 29" may be years back).
        for year in range(pub.year, pub.year - 8, -1):
            try:
                when = dt.date(year, V.MONTH_ABBREVIATIONS.index(month) + 1, day)
            except ValueError:
                continue
            if when <= pub:
                return when.isoformat()
    return None


# A year the sentence goes back to: "those of 2023, when the port was repeatedly hit".
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d\d),?\s+when\b")
# A day written in numbers, day first: "02.04.2023", "14/04/2023".
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")
# A year alone: "it shows wreckage found in Cocieri in 2023" (not "since 2023", nor a month's),
# a part of it ("hits on refineries in early 2024") or a season of it: "she volunteered in
# the spring of 2022".
_IN_YEAR = re.compile(r"(?<!since )\bin\s+(?:(?:early|late|mid-)\s*(?=\d)|"
                      r"the\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
                      r"((?:19|20)\d\d)\b(?![-–/]\d)", re.I)
# A month of last year: "In March last year, cruise missiles hit ...".
_MONTH_LAST_YEAR = re.compile(r"\b(" + "|".join(V.MONTHS) + r")\s+(?:of\s+)?last\s+year\b",
                              re.I)
# The clause of a person, up to a year it gives: "a soldier who was killed in 2022".
# (or a thing's own past: "the grounds of a school used by Russian troops as a base in
# 2022", "fields mined in 2022")
_WHO_BEFORE = re.compile(r"\b(who|used|occupied|held|seized|mined|laid|left|abandoned|planted|"
                         r"contaminated)\s[^,;.]*$", re.I)
# A month and its year without a day: "in March 2022".
_MONTH_YEAR = re.compile(r"\b(" + "|".join(V.MONTHS) + r")\s+((?:19|20)\d\d)\b", re.I)
# The year written after a day and month: "December 30, 2023", "3 March 2024".
_YEAR_AFTER = re.compile(r",?\s+((?:19|20)\d\d)\b")


_DATELINE_DAY = re.compile(r"^\W*(?-i:[A-Z][A-Z'’. /-]+)(,\s*[\w .]+)?,\s*(" + V.DATE.pattern
                           + r")", re.I)


def dated_days_back(sentence: str, trigger: re.Match, published: str | None,
                    days: int = W.BACKGROUND_DAYS) -> bool:
    """Whether the trigger's event is dated by a day of the month alone, at least ``days``
    (:data:`~geomap.weights.BACKGROUND_DAYS`) before ``published``, in a sentence that gives
    no nearer day ("on July 24 an attack on Reni wrecked several warehouses", in a report
    of 16 August); a day told after the trigger is its own unless a clause of another
    matter comes between ("dropped bombs on Vovchansk, where fighting has raged since
    Moscow opened an offensive on May 10").

    >>> def check(s, published):
    ...     return dated_days_back(s, re.search("attack|hit|bombs", s), published)
    >>> check("On July 24 an attack on Reni wrecked warehouses.", "2023-08-16")
    True
    >>> check("Drones hit Reni on July 24.", "2023-08-16")
    True
    >>> check("On August 12 drones hit Reni.", "2023-08-16")
    False
    >>> check("Drones hit Reni overnight, after the July 24 attack.", "2023-08-16")
    False
    >>> check("ODESA, Aug 2 - Drones hit the port.", "2024-08-16")
    False
    >>> check("On 3 June, Russian forces hit Vovchansk.", "2024-05-12")
    False
    >>> check("Fragments of the missile that hit Kharkiv on 2 January.", "2024-09-11")
    True
    >>> check("Jets dropped bombs on Vovchansk, where fighting has raged since an offensive "
    ...       "began on May 10.", "2024-05-25")
    False
    """
    if not published or V.DAY_WORD.search(sentence):
        return False
    # (the day of a dateline is when the story was filed: "ODESA, Aug 2 - Drones ...")
    dateline = _DATELINE_DAY.match(sentence)
    for m in V.DATE.finditer(sentence, dateline.end() if dateline else 0):
        if m.start() > trigger.end() and _OTHER_MATTER.search(sentence, trigger.end(),
                                                              m.start()):
            continue
        day = date_of(m.group(), published)
        if day is None:
            return False
        # (a day read as last year's, because it comes after the report's, says the
        # report's date is not the event's when it is far: a coded note filed under
        # another day; one earlier in the report's year is that year's: "the missile that
        # struck Kharkiv on 2 January", in September)
        back = (dt.date.fromisoformat(published) - dt.date.fromisoformat(day)).days
        return days <= back and (back < 180 or day[:4] == published[:4])
    return False


#: Words that open a clause of another matter after an event: "..., where fighting has
#: raged since May 10", "since Moscow opened".
_OTHER_MATTER = re.compile(r"[,;:—–]|\b(where|since|after|before|when|while|which|as)\b", re.I)


# The war's first weeks, named as a time: "the early weeks of the full-scale invasion"
# (written once they were long past).
_EARLY_WAR = re.compile(r"\b(first|early|opening|initial)\s+(days|weeks|months)\s+of\s+(the\s+)?"
                        r"(full-scale\s+|russian\s+|all-out\s+)?(invasion|war)\b", re.I)
_EARLY_WAR_OVER = "2022-09-01"


def long_before(sentence: str, published: str | None) -> bool:
    """Whether the sentence dates itself, with the year written, at least
    :data:`~geomap.weights.BACKGROUND_DAYS` before ``published``, or goes back to an earlier
    year ("those of 2023, when ..."): an earlier event the report recalls (a day without its
    year may be this year's or the last's, and a document's date may be when it was
    gathered rather than written: such a day is never background alone).

    >>> long_before("On December 30, 2023, a rocket attack hit Belgorod.", "2024-03-16")
    True
    >>> long_before("On December 30, a rocket attack hit Belgorod.", "2024-03-16")
    False
    >>> long_before("Cargo beat that of 2023, when drones hit the port.", "2024-08-15")
    True
    >>> long_before("Blocks hit by bombs in March 2022 wait for repairs.", "2025-03-15")
    True
    >>> long_before("Drones hit Sumy in March 2025.", "2025-03-15")
    False
    >>> long_before("In March last year, missiles hit Yavoriv.", "2023-07-06")
    True
    >>> long_before("Raids that began in early 2024 hit refineries.", "2025-08-22")
    True
    >>> long_before("A missile hit the wake of a soldier who was killed in 2022.", "2023-10-06")
    False
    >>> long_before("Airstrikes in the first weeks of the invasion hit Borodianka.", "2024-05-30")
    True
    """
    if not published:
        return False
    if published >= _EARLY_WAR_OVER and _EARLY_WAR.search(sentence):
        return True  # "the early weeks of the full-scale invasion, when airstrikes tore ..."
    # (not a year a person's clause gives: "the wake of a soldier who was killed in 2022")
    when = _YEAR_WHEN.search(sentence) or next(
        (y for y in _IN_YEAR.finditer(sentence)
         if not _WHO_BEFORE.search(sentence, max(0, y.start() - 50), y.start())), None)
    if when is not None and int(when.group(1)) < int(published[:4]):
        return True  # "cargo surpassed that of 2023, when the port was hit by drones"
    if (last := _MONTH_LAST_YEAR.search(sentence)) is not None:
        return _month_long_past(int(published[:4]) - 1, last.group(1), published)
    if (numeric := _NUMERIC_DATE.search(sentence)) is not None:
        # "02.04.2023 | Kostiantynivka | ...": a log's entry of a day long before
        try:
            day = dt.date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        except ValueError:
            day = None
        if day is not None:
            return (dt.date.fromisoformat(published) - day).days >= W.BACKGROUND_DAYS
    m = next((d for d in V.DATE.finditer(sentence)
              if not re.search(r"\bsince\s+$", sentence[:d.start()], re.I)), None)
    year = None if m is None else _YEAR_AFTER.match(sentence, m.end())
    if year is None:
        # a month and its year: "blocks hit by Russian bombs in March 2022"
        month = _MONTH_YEAR.search(sentence)
        if month is None or re.search(r"\bsince\s+$", sentence[:month.start()], re.I):
            return False
        return _month_long_past(int(month.group(2)), month.group(1), published)
    month = V.MONTH_ABBREVIATIONS.index((m.group(1) or m.group(4)).lower()[:3]) + 1
    try:
        when = dt.date(int(year.group(1)), month, int(m.group(2) or m.group(3)))
    except ValueError:
        return False
    return (dt.date.fromisoformat(published) - when).days >= W.BACKGROUND_DAYS


def _month_before(month: str, published: str) -> bool:
    """Whether the last month of that name before the report's own month (this year's or
    last year's) ended at least :data:`~geomap.weights.BACKGROUND_DAYS` before it."""
    day = dt.date.fromisoformat(published)
    number = V.MONTH_ABBREVIATIONS.index(month.lower()[:3]) + 1
    if number == day.month:
        return False
    return _month_long_past(day.year if number < day.month else day.year - 1, month, published)


def _month_long_past(year: int, month: str, published: str) -> bool:
    """Whether the month named (a name or its abbreviation) of ``year`` ended at least
    :data:`~geomap.weights.BACKGROUND_DAYS` before ``published`` (its last day counts, so
    that the month of the report is never background)."""
    number = V.MONTH_ABBREVIATIONS.index(month.lower()[:3]) + 1
    end = dt.date(year + number // 12, number % 12 + 1, 1)
    return (dt.date.fromisoformat(published) - end).days >= W.BACKGROUND_DAYS


# "the 14 January missile strike", "the May 3 attack": an event named by its day.
# ("the guided bomb strike of 3 May", "the missile attack on Zaporizhzhia on 22 March")
_DAY_AFTER = re.compile(r"\s+(?:(?:strikes?|attacks?|raids?|shelling|bombing)\s+)?"
                        r"(?:(?:on|in|at|against)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*"
                        r"(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?(?:of|on)\s+"
                        # ("the missile strike on Sumy on Palm Sunday, 13 April")
                        r"(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:(?-i:[A-Z])[\w'’-]*,\s+)?"
                        r"(" + V.DATE.pattern + r")",
                        re.I)
_DAY_NAMED = re.compile(r"\bthe\s+(" + V.DATE.pattern + r")\s+([\w-]+\s+){0,2}$", re.I)
_DAY_WHEN = re.compile(r"\b(" + V.DATE.pattern + r"),?\s+when\b[^.;]{0,160}$", re.I)
# "The July attack was carried out with sea drones", in September: an event named by its
# month.
_MONTH_NAMED = re.compile(r"\bthe\s+(?=(?-i:[A-Z]))(" + V.MONTH + r")[a-z]*\s+([\w-]+\s+)?"
                          r"(attacks?|strikes?|raids?|bombings?|shelling|assaults?)\b", re.I)


def named_by_an_old_day(sentence: str, trigger: re.Match, published: str | None,
                        days: int = W.BACKGROUND_DAYS) -> bool:
    """Whether the trigger's event is named by a day at least ``days``
    (:data:`~geomap.weights.BACKGROUND_DAYS`) before ``published`` ("confirming the final toll
    from the 14 January missile strike", in a report of 30 January): an event the report
    looks back on (a day told so, as a name, is the event's own, not when a text was
    gathered)."""
    if not published:
        return False
    month = _MONTH_NAMED.search(sentence, max(0, trigger.start() - 80), trigger.end())
    if month is not None and _month_before(month.group(1), published):
        return True
    m = _DAY_NAMED.search(sentence, max(0, trigger.start() - 60), trigger.start()) or (
        _DAY_AFTER.match(sentence, trigger.end())  # "the missile strike of 22 March"
        # "driven by the attack of July 8, when missiles hit the hospital"
        or _DAY_WHEN.search(sentence, max(0, trigger.start() - 200), trigger.end()))
    if m is None:
        return False
    when = date_of(m.group(1), published)
    return when is not None and (dt.date.fromisoformat(published)
                                 - dt.date.fromisoformat(when)).days >= days


# What was done to ordnance in the year it gives is not when it was cleared: "a bomb
# dropped in 1944", "mines laid in 2022".
_LAID_IN_YEAR = re.compile(r"\b(dropped|laid|planted|placed|fired|left|buried|sown|"
                           r"scattered|lost|sunk|built|made|produced|manufactured|mined|"
                           r"contaminated|abandoned|occupied)\s+([\w-]+\s+){0,3}?$|"
                           # "a school used by Russian troops as a base in 2022"
                           r"\b(used|held|occupied|seized)\s+by\s+([\w-]+\s+){0,6}?$|"
                           # "ground left contaminated after the 2022 occupation"
                           r"\bafter\s+the\s+$", re.I)


def year_of_the_work(sentence: str, trigger: re.Match, published: str | None) -> bool:
    """Whether the clause of a clearing trigger dates the work by a whole year: an earlier
    one ("removed 58 tonnes of munitions in 2023", "deminers working in the fields of
    Kherson oblast in 2023", told in 2024) or the report's own year as a total ("divers
    neutralised six drifting mines in 2024", in a year-end summary): not the news of the
    last days (a year that dates the ordnance or something else, "a bomb dropped in 1944",
    "shells left after the area was occupied in 2022", is not the work's)."""
    if published is None:
        return False
    dated = _has_a_day(sentence)
    return any(int(when.group(1)) < int(published[:4])
               or not dated and years_total(when, published)
               for when in _years_of(sentence, trigger))


def a_years_tally(sentence: str, trigger: re.Match, published: str | None) -> bool:
    """Whether the trigger's clause counts the report's own year as a whole ("Russia
    launched 9,000 drones at Kharkiv in 2025", in an August report)."""
    # (a day of its own makes it an event: "drones struck Kharkiv on Monday, the 40th attack
    # on the city in 2025")
    return (published is not None and not _has_a_day(sentence)
            and any(years_total(when, published) for when in _years_of(sentence, trigger)))


def _has_a_day(sentence: str) -> bool:
    """Whether the sentence gives a day ("on Monday", "3 May")."""
    return bool(V.DAY_WORD.search(sentence) or V.DATE.search(sentence))


def years_total(when: re.Match, published: str) -> bool:
    """Whether "in <year>" gives the report's own year as a span: once a month of it has
    passed, a count "in 2024" is the year's total so far, not an event of the last days."""
    pub = dt.date.fromisoformat(published)
    return int(when.group(1)) == pub.year and pub.timetuple().tm_yday > W.YEAR_SPAN_DAYS


# What stands between a trigger and a year of another matter: a clause of its own ("which
# was destroyed in 1944", "left after the area was occupied in 2022").
_ANOTHER_CLAUSE = re.compile(r"\b(which|that|who|whom|whose|when|where|after|before|since|"
                             r"until|while|was|were|had|has|have|been|is|are|than)\b|[;:()]",
                             re.I)


def _years_of(sentence: str, trigger: re.Match):
    """The "in <year>" of the trigger's own clause, with nothing between them that opens
    another (nor a year that dates what was laid or dropped)."""
    for when in _IN_YEAR.finditer(sentence):
        lo, hi = ((trigger.end(), when.start()) if when.start() >= trigger.end()
                  else (when.end(), trigger.start()))
        if lo > hi or _ANOTHER_CLAUSE.search(sentence, lo, hi):
            continue
        if _LAID_IN_YEAR.search(sentence, max(0, when.start() - 50), when.start()):
            continue
        yield when


# "lifted in January", "at the beginning of April", "in the first days of March": a month
# with no day or year, told as a state's time.
# ("ran from early November until mid-January": where a span began)
_BARE_MONTH = re.compile(r"\b((?:in|from)\s+(?:early\s+|late\s+|mid-)?|(?:at|by|towards?)\s+the\s+"
                         r"(?:beginning|start|end|middle)\s+of\s+|in\s+the\s+(?:first|last|"
                         r"second|early)\s+(?:days?|weeks?|half)\s+of\s+)?(" + "|".join(V.MONTHS)
                         + r")\b(?!\s+\d)(?(1)|['’]s\b)", re.I)
# "attacked repeatedly in the summer and autumn", "through the summer": a season without
# its year (one not written before its year: see long_before), and its last month.
_SEASON = re.compile(r"\b(?:in|during|through|throughout|over)\s+the\s+(?:(?:early|late)\s+)?"
                     r"(spring|summer|autumn|fall|winter)(?:\s+(?:and|or)\s+(?:the\s+)?"
                     r"(spring|summer|autumn|fall|winter))?\b(?!\s+of\b)", re.I)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _season_back(season: str, month: int) -> int | None:
    """Months from the end of the last ``season`` to the month ``month``, when the season
    meant is more likely the last one than the next (the nearer of the two: "they will
    return in the autumn", told in July, is the next), else None (also within it)."""
    end = _SEASON_END[season.lower()]
    back, ahead = (month - end) % 12, (end - 2 - month) % 12
    if (month - end + 2) % 12 < 3 or ahead < back:
        return None
    return back


def months_back(sentence: str, published: str | None, months: int = 2) -> bool:
    """Whether the sentence dates its event by a month alone ("the blockade, lifted in
    January"), or else by a season ("attacked repeatedly in the summer and autumn": its
    last month, of the latest season it names), at least ``months`` months before
    ``published`` (a later month is last year's); for one month, only once the report's
    own month is a week old ("in late May" in a report of 2 June may be last week's).

    >>> months_back("Crossings were blocked at the beginning of April.", "2024-06-05")
    True
    >>> months_back("Ports hit repeatedly through the summer and autumn.", "2024-02-14", 1)
    True
    >>> months_back("Ports hit repeatedly this autumn, in the autumn.", "2024-11-08", 1)
    False
    """
    if not published:
        return False
    m = _BARE_MONTH.search(sentence)
    if m is not None:
        month = V.MONTHS.index(m.group(2).lower()) + 1
        back = (int(published[5:7]) - month) % 12
    else:
        # (the latest season back; one the report is in, or one to come, is none)
        backs = [b for pair in _SEASON.findall(sentence) for s in pair
                 if s and (b := _season_back(s, int(published[5:7]))) is not None]
        if not backs:
            return False
        back = min(backs)
    return back >= months and (back > 1 or int(published[8:10]) > W.FRESH_MONTH_DAYS)


# Whether a sentence has any word of a status (see Screened)
_STATUS_CUES = tuple(Screened(cue) for cue in (V.UNAFFECTED, V.ENDED, V.ONGOING))


def by_local_status(text, sentence, places, status):
    """Split a sentence's places by the status their own clause states, if any.

    "kept the Medyka-Shehyni crossing closed, while the Rava-Ruska checkpoint reopened":
    one crossing is blocked, the other is not.
    """
    groups: dict[str, list[Mention]] = {}
    # A sentence with no status word at all says nothing of any place's own status: that is
    # found once, not once per place of a long list.
    cued = any(cue.search(text, *sentence) for cue in _STATUS_CUES)
    # Clause boundaries found once per sentence, however many places it lists.
    bounds = ([(b.start(), b.end()) for b in V.LOCAL_BOUNDARY.finditer(text, *sentence)]
              if cued else [])
    for m in places:
        local = (_local_status(text, sentence, m, bounds)
                 if cued and sentence[0] <= m.start < sentence[1] else None)
        if local != "unaffected":
            groups.setdefault(local or status, []).append(m)
    return groups.items()


# Weapons shot down before "there were no hits": the place was attacked, and nothing got
# through ("In Lviv region air defence shot down four cruise missiles and there were no hits").
_ALL_STOPPED = re.compile(r"\b(shot\s+down|downed|intercepted|destroyed|brought\s+down)\b"
                          r"[^.;]{0,120}?\bthere\s+(was|were)\s+no\s+(hits|strikes|explosions)\b",
                          re.I)


def _local_status(text: str, sentence: tuple[int, int], mention: Mention,
                  bounds: list[tuple[int, int]]) -> Status | None:
    """The status the mention's own clause states; ``bounds`` are the (start, end) of the
    sentence's clause boundaries."""
    start, end = sentence
    k = bisect.bisect_left(bounds, (mention.start, mention.start))
    # A boundary that ends before the mention starts (a match cannot straddle a name).
    left = [b_end for _, b_end in bounds[max(0, k - 2):k + 1] if b_end <= mention.start]
    j = bisect.bisect_left(bounds, (mention.end, mention.end))
    right = bounds[j][0] if j < len(bounds) and bounds[j][0] < end else None
    window = text[left[-1] if left else start:right if right is not None else end]
    if V.UNAFFECTED.search(window) and not _ALL_STOPPED.search(window):
        return "unaffected"  # "while traffic at Korczowa flows normally"
    if V.ENDED.search(window):
        return "ended"
    if V.ONGOING.search(window):
        return "ongoing"
    # "...; at Dorohusk, the blockade continues": the words after a comma of its part of
    # the sentence (up to ";", ":", "while", "but")
    # (read within a bounded reach of the name: long lists stay linear)
    left_edge = max(start, mention.start - W.STATUS_REACH)
    right_edge = min(end, mention.end + W.STATUS_REACH)
    part_start = max((m.end() for m in V.STRONG_BOUNDARY.finditer(text, left_edge,
                                                                  mention.start)),
                     default=left_edge)
    stop = V.STRONG_BOUNDARY.search(text, mention.end, right_edge)
    part = text[part_start:stop.start() if stop else right_edge]
    if part != window:
        if V.ENDED.search(part):
            return "ended"
        if V.ONGOING.search(part):
            return "ongoing"
    return None
