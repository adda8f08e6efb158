"""Events: event detection per sentence, and linking events to their places.

An event is found in a sentence when one of its type's trigger patterns matches
(:mod:`geomap.event_triggers`), with the status and date its words give
(:mod:`geomap.event_status`), at the places of the sentence where it happened
(:mod:`geomap.event_places`), or of the sentences that carry it on or that it refers to
(:mod:`geomap.event_links`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import vocabulary as V
from . import weights as W
from .crossings import km_between
from .deadline import Deadline
from .event_links import (carried_on, continues, downed_again, finer_than_told, hit_told,
                          make_events, referred_place, tally_after)
from .event_places import (FINE_KINDS, choose_places, dateline_referred, drop_origin_lists,
                           is_spoken)
from .event_status import (a_years_tally, date_of, dated_days_back, long_before, months_back,
                           named_by_an_old_day, status_of, year_of_the_work)
from .event_triggers import (entry_list, generic_fire_yields, in_clauses, masked,
                             nearest_types, overridden, rockets_of_last_launchers,
                             rockets_of_launchers, rockets_only)
from .gazetteer import default_index
from .models import Event, Mention
from .normalize import normalize
from .taxonomy import EventType, Taxonomy, load_taxonomy

__all__ = ["detect_events", "holds_a_trigger", "load_taxonomy", "Taxonomy", "EventType"]


def holds_a_trigger(text: str, sentences: list[tuple[int, int]], taxonomy: Taxonomy) -> bool:
    """Whether a sentence of ``text`` holds a trigger of ``taxonomy``, read as
    :func:`detect_events` reads it (weapons named without being used masked out).

    Every event starts at such a trigger: a text without one reports none, whatever
    places it names, and needs no geoparsing to say so.
    """
    return any(_first_triggers(text[start:end], taxonomy)[1] for start, end in sentences)


#: Sentences whose first triggers are kept (those of the last document or two).
_READ_KEPT = 512


def _first_triggers(sentence: str, taxonomy: Taxonomy):
    """The sentence as triggers read it (weapons named without being used masked out) and
    each type's first trigger in it, before any rule reads them (kept: a document's
    sentences are read to screen it, then for its events)."""
    kept = taxonomy.read_cache
    found = kept.get(sentence)
    if found is None:
        candidates = taxonomy.could_match(sentence)
        read = masked(sentence, taxonomy) if candidates else sentence
        found = (read, tuple(taxonomy.first_triggers(read, candidates)))
        if len(kept) >= _READ_KEPT:
            kept.clear()
        kept[sentence] = found
    return found


def detect_events(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                  taxonomy: Taxonomy, published: str | None = None,
                  deadline: Deadline | None = None) -> list[Event]:
    """Events of ``taxonomy`` in a document, each linked to the places it happened at.

    ``sentences`` are (start, end) offsets (see :func:`geomap.sentences.split_sentences`),
    ``mentions`` the document's place mentions (see :func:`geomap.geoparser.geoparse`).
    With a :class:`~geomap.deadline.Deadline`, raises
    :class:`~geomap.errors.DocumentTimeoutError` once it has passed.
    """
    district_city: dict[int, Mention] = {}  # a city district's start -> its city
    by_sentence = _mentions_by_sentence(sentences, _city_districts(mentions, district_city,
                                                                   text))
    checked: dict = {}  # (mention, previous, drops origins) -> whether it is a place of events
    events: list[Event] = []
    previous: dict[str, str | None] = {}  # type -> date of its event in the last sentence
    carried: dict[str, tuple[int, str, str | None]] = {}  # type -> (start, status, date)
    unplaced: set[str] = set()  # types whose last event has no place yet
    consumed = -1  # a sentence whose places an event of the one before already took
    silent = 0  # sentences in a row that carried an event on without a trigger or a place
    old_told: dict[str, set[str]] = {}  # type -> places of its events told as long past
    recalled = False  # the sentence is in a paragraph that opened years back
    border_text = None  # whether the text speaks of a border (read when first needed)
    headed = None  # whether a place alone heads the text (read when first needed)
    # a trial's or a weapons test's story (its opening says so)
    court_or_test = V.COURT_OR_TEST_LEAD.search(text, 0, min(len(text), 600)) is not None
    # a review of a week or a month (its heading says so): the period's attacks are its
    # news, and only older ones its background
    review = _period_review(text, sentences)
    old_days, last_months = ((W.REVIEW_BACKGROUND_DAYS, 2) if review == "month"
                             else (W.BACKGROUND_DAYS, 1))
    month_tally = V.MONTH_TALLY_BUT_REVIEWED if review == "month" else V.MONTH_TALLY
    for n, (start, end) in enumerate(sentences):
        if deadline is not None:
            deadline.check()
        dated, previous = previous, {}
        last, carried = carried, {}
        last_unplaced, unplaced = unplaced, set()
        sentence = text[start:end]
        # ("A year ago, on 5 October, our community lived through ... A missile struck the
        # cafe in Hroza": the paragraph a sentence opens in an earlier year)
        recalled = bool(V.YEARS_AGO_OPENING.match(sentence)) or recalled and n and (
            "\n\n" not in text[sentences[n - 1][1]:start]) or bool(
            n and (V.THAT_TIME_OPENING.match(sentence) or V.SAID_AT_THE_TIME.search(sentence))
            and V.EARLIER_YEAR.search(text, *sentences[n - 1])) or bool(
            n and V.THAT_DAY.search(sentence)
            and long_before(text[slice(*sentences[n - 1])], published))
        # (two sentences ahead: "... attacked with 60 drones. 40 were shot down. The Sumy
        # and Poltava regions were affected.")
        if not by_sentence[n] and not any(by_sentence[n + 1:n + 3]) and not (
                n and (V.ANAPHOR.search(sentence) or any(by_sentence[max(0, n - 2):n])
                       or (headed := _headed(text, sentences, by_sentence, headed))
                       or events and _dud_near(text, sentences, n))) and not any(
                    start <= at < end for at in district_city):
            # no place here, next, referred to or heading the text (nor a dud of the
            # attack just told, nor a district of a city named before): nothing to link an
            # event to
            continue
        read, found, nearest = _triggers(sentence, start, by_sentence[n], taxonomy)
        if found and dated and V.LAUNCHER.search(text, *sentences[n - 1]):
            found = rockets_of_last_launchers(found, dated)
        if found and any(rockets_only(m) for _, m in found) and _launcher_ahead(text, end):
            # "Rockets have been fired at Belgorod again. ... shot down ten rockets from a
            # Vampire multiple rocket launcher": the paragraph's rockets are a launcher's
            found = [(etype, m) for etype, m in found if not rockets_only(m)]
        if found and n and V.SHARE_OF_OPENING.match(read) and V.MONTH_TALLY.search(
                text, *sentences[n - 1]):
            # "In August air defence destroyed 1,800 drones, the ministry said in a monthly
            # summary. Most of the drones were shot down over Kursk ...": the tally's share
            continue
        if (found and last and not by_sentence[n] and n != consumed
                and all(t.id in last for t, _ in found)
                and tally_after(events, sentences[n - 1][1], read,
                                {t.id: last[t.id] for t, _ in found}, taxonomy)):
            # "... attacked by UAVs. All drones were destroyed.": the same attack, tallied
            # (only its weapons named: "... with missiles and drones. 11 drones were downed.")
            continue
        if (found and last and not by_sentence[n]
                and (hit := V.IMPACT.search(read)) is not None
                and (cut := read.rfind(";", 0, hit.start())) > 0):
            # "... with a missile and ... with 10 UAVs. All 10 drones were destroyed; the
            # missile hit a farm.": the tally before the hit, of the weapons it names
            tally_after(events, sentences[n - 1][1], read[:cut],
                        {t.id: last[t.id] for t, m in found if t.id in last and m.start() < cut},
                        taxonomy)
        if found and last and n:
            downed_again(events, sentences[n - 1][1], read, last, taxonomy)
        if not found and last and n != consumed:
            tallied = False
            if not by_sentence[n] and n:
                tallied = tally_after(events, sentences[n - 1][1], read, last, taxonomy)
            elif n and (hit := V.IMPACT.search(read)) is not None:
                # "Shaheds targeted the Vinnytsia region. Most were destroyed, but one hit a
                # plant in Kalynivka.": the tally before the hit is the last sentence's
                tally_after(events, sentences[n - 1][1], read[:hit.start()], last, taxonomy)
            # (not into a sentence that goes back months: "blocks hit by bombs in March 2022",
            # "after a wave of strikes in the spring, when ... were damaged")
            # (nor into a month's tally: "The heaviest attacks of the month were aimed at
            # ...")
            # (nor from a report that says it gives no place: "... without saying where")
            # (nor into one of another day: "... the bridge was damaged by an explosion on
            # Saturday", in Monday's report of Monday's strikes)
            followed = [] if (long_before(sentence, published)
                              or months_back(sentence, published)
                              or V.DAYS_AFTER.search(read)
                              or _another_day(read, sentence, published, last, taxonomy)
                              or month_tally.search(sentence)
                              or V.MONTHS_ATTACKS.search(sentence)
                              # (nor into what is on show: "visitors can inspect the
                              # engine of a Kh-101 ... found in the Kyiv region")
                              or V.SHOWN_AT.search(sentence)
                              or V.NO_PLACE_TOLD.search(text, *sentences[n - 1])
                              and not V.IMPACT.search(read)) else carried_on(
                text, (start, end), by_sentence[n], read, last, taxonomy, last_unplaced)
            events = finer_than_told(events, followed, taxonomy) + followed
            # (the lines of a tally's breakdown all go back to the tally: "Shot down: 60
            # UAVs. / - Kyiv region: 18 / - Sumy region: 14")
            carried = last if followed and V.TALLY_LINE.fullmatch(read) else {
                k: (start, *v[1:]) for k, v in last.items()}
            if not followed:
                # "Drones attacked the Odesa region. Air defence destroyed 11 of them. Port
                # infrastructure in Chornomorsk was hit.": after a tally, the places the
                # attack hit may follow, as they may an attack told with no place
                unplaced = last_unplaced | set(last) if tallied else last_unplaced
                silent = 0 if tallied else silent + 1
                if silent > W.UNPLACED_REACH:
                    # ("... debris fell on the Romanian side. 'We didn't know if we would
                    # have a job,' said a crane operator. ... Izmail depends on the port,
                    # which repaired roads damaged by trucks": the text has moved on)
                    carried, unplaced = {}, set()
            else:
                silent = 0
        elif not found and last:
            # a sentence whose places the last one's event took may be the first line of a
            # list of them: "- Nikopol: a house was damaged. - Marhanets hromada: ..."
            carried = last
        for etype, trigger in found:
            if "crossing" in etype.prefer and by_sentence[n] and not (
                    border_text := _border_text(text, border_text)) and _all_cities(
                    by_sentence[n]):
                continue  # "demonstrators blocking highways in Tel Aviv": no border in sight
            status = status_of(read, trigger, etype, review)
            if status is None:
                if etype.hypothetical == "drop" and (
                        long_before(sentence, published)
                        or named_by_an_old_day(read, trigger, published, old_days)
                        or dated_days_back(read, trigger, published, old_days)
                        or V.LONG_AFTER_BEFORE.search(read, max(0, trigger.start() - 120),
                                                      trigger.start())):
                    # ("two years after a missile brought down a stairwell in Uman on 28
                    # April 2023")
                    _remember_old(old_told, etype, by_sentence[n])
                continue
            if etype.hypothetical == "drop" and V.SHOWN_AT.search(sentence):
                # "demonstrated its Warmate at a nearby range", "a defence exhibition" (read
                # unmasked: "visitors can inspect the engine of a Kh-101" is a mask's)
                continue
            # (a paragraph opened years back, or last month alone: "in early October a
            # missile attack on Zaporizhzhia killed ...", in November; not with a day of its
            # own)
            if etype.hypothetical == "drop" and (
                    long_before(sentence, published)
                    or named_by_an_old_day(read, trigger, published, old_days)
                    or dated_days_back(read, trigger, published, old_days)
                    or (recalled or months_back(sentence, published, last_months))
                    and not _dated_aside(read, trigger, dated_by_month=not recalled)):
                # "On December 30, 2023, a rocket attack on Belgorod ...": recalled
                _remember_old(old_told, etype, by_sentence[n])
                continue
            if etype.hypothetical == "drop" and a_years_tally(read, trigger, published):
                continue  # "Russia launched 9,000 drones at Kharkiv in 2025": the year's count
            if _told_before(read, trigger, etype, published, court_or_test):
                _remember_old(old_told, etype, by_sentence[n])
                continue
            if (etype.hypothetical == "planned" and etype.draw != "point"
                    and year_of_the_work(read, trigger, published)):
                # "removed 58 tonnes of munitions in 2023", "divers neutralised six drifting
                # mines in 2024" (a year-end summary): a year's work, not the last days'
                continue
            if recalled and (etype.draw == "point" or status != "planned") and not (
                    _day_of_its_own(read)):
                # "At that time, protests spread to the border ... at Dorohusk"; "A year ago
                # today ... In the weeks that followed, sappers went street by street
                # through Irpin"
                continue
            if etype.draw == "point" and status != "planned" and long_before(read, published):
                # "In September 2023, Azerbaijan retook Nagorno-Karabakh after a months-long
                # blockade of the Lachin corridor", told in 2025
                continue
            # (not with a day of its own: "suspended their protest on Wednesday, ending a
            # blockade that began in early November")
            if (etype.draw == "point" and status != "planned"
                    and months_back(sentence, published, 1 if status == "ended" else 2)
                    and not _day_of_its_own(read)
                    and (status == "ended" or not V.ONGOING.search(read))):
                # "The hauliers' blockade of Dorohusk, lifted in January, cost ...", "The
                # protests began in early November at the crossings ..." (one that ended
                # may be last month's: "had been wound down in December", in January)
                continue
            date = date_of(sentence, published) or dated.get(etype.id) or published
            previous[etype.id] = date
            carried[etype.id] = (start, status, date)
            aside = V.ASIDE.search(read, trigger.end())
            aside_at = None if aside is None else start + aside.start()
            if (when := _WHEN_OPENING.match(read)) is not None and trigger.end() < when.end():
                # "When news broke that a missile had hit Ternopil, the phones at a parish in
                # Ukrainian Village started ringing": the event is the opening clause's
                aside_at = min(aside_at or start + when.end(), start + when.end())
            mine = by_sentence[n] if nearest is None else [
                m for m in by_sentence[n] if etype.id in nearest[m.start]]
            if nearest is not None and etype.hypothetical == "drop":
                mine = drop_origin_lists(text, by_sentence[n], mine)
                if not mine:
                    mine = _town_referred(read, start, trigger, by_sentence[n])
                if not mine and (opening := _PLACE_OPENING.match(read)) is not None:
                    # "In Beryslav, shelling continued, and on 20 February a drone dropped an
                    # explosive device": the place that opens the sentence is every type's
                    mine = [m for m in by_sentence[n] if m.start < start + opening.end()]
            if etype.hypothetical == "planned":
                # "A minesweeper and divers were sent from Varna": where the team came from
                mine = [m for m in mine
                        if not V.SENT_FROM.search(text, max(0, m.start - 50), m.start)]
            if (other := V.WHILE_OPENING.match(read)) and trigger.start() >= other.end():
                # "While the case continued in Kyiv, the teams resumed work around Snihurivka"
                mine = [m for m in mine if m.start >= start + other.end()]
            if V.OTHER_PLACES_BEFORE.search(read, max(0, trigger.start() - 60),
                                            trigger.start()):
                # "Kherson: Russian drone hits minibus, regional towns shelled": the event of
                # other places, named after it if at all
                mine = [m for m in mine if m.start >= start + trigger.start()]
            if (cause := V.RESPONSE_OPENING.match(read)) and trigger.start() >= cause.end():
                # the places of the cause are not this event's
                mine = [m for m in mine if m.start >= start + cause.end()]
            denied = False  # places the sentence says nothing reached
            if (nothing := V.NONE_CLAUSE.search(read, trigger.end())) is not None:
                # "... as drones attacked ports on the Danube, but that none had entered
                # Romanian airspace in the Galati area": the places of what did not happen
                kept = [m for m in mine if m.start < start + nothing.start()]
                denied, mine = len(kept) < len(mine), kept
            if (after_cause := V.CAUSE_AFTER.search(read, trigger.end())) is not None:
                # "... at cities across Ukraine in what Putin called retaliation for the blast
                # on the Crimean bridge": the places of the cause are not this event's
                mine = [m for m in mine if m.start < start + after_cause.start()]
            if V.DURING_PHRASE_BEFORE.search(read, max(0, trigger.start() - 80), trigger.start()):
                # "residents of Przemysl were woken ... during Russian attacks on Ukraine":
                # the attack's places are in its own phrase
                mine = [m for m in mine if m.start >= start + trigger.start()]
            places = _speakers_city(text, read,
                                    choose_places(text, mine, etype, aside_at, checked))
            # (unless "the city" is the speaker's own: "Kharkiv mayor Ihor Terekhov reports
            # missile impacts in the city centre", after a report from Kyiv)
            to_town = (not places or all(is_spoken(text, m) for m in places)) and _town_before(
                text, sentences, by_sentence, n, read) and not (
                places and V.LOCAL_OFFICIAL_AFTER.match(text, places[-1].end)
                and _speakers_town(read, places))
            if to_town:
                # "Nikopol was under fire again. The head of the Dnipropetrovsk regional
                # administration says troops hit the town": the town, not who speaks; "Dnipro
                # was struck. The governor says missiles hit the city ... Ternopil confirms
                # explosions": the city named before, not the next sentence's
                places = []
            span = (start, end)
            # ("Divers neutralised a mine off Constanta. The mine was destroyed by a controlled
            # explosion. It was the fourth found since ...": the same event told again)
            # (or the thing told of there: "A pupil found a bomblet in Phonsavan. The team
            # destroyed all three in a controlled detonation.")
            retold = not places and n and V.THING_DISPOSED.search(read) and (
                etype.id in dated or by_sentence[n - 1]
                and V.EXPLOSIVE_THING.search(text, *sentences[n - 1]))
            # (clearing told with no place after work told at one: "- Balakliia: two clearance
            # teams started work ... By 18 October teams had cleared 1.4 hectares")
            worked_before = (not places and n and by_sentence[n - 1] and not dated
                             and etype.hypothetical == "planned" and etype.draw != "point"
                             and V.CLEARING_WORK.search(text, *sentences[n - 1]))
            # (an event with no place nor day of its own, after a sentence long past, is of
            # that day: "Estimates of the number killed on March 16, 2022, vary. An
            # investigation found the building was hit by two bombs dropped from an
            # aircraft.": no place told later is its)
            stale = (not places and n and etype.hypothetical == "drop"
                     and not V.DAY_WORD.search(read)
                     and long_before(text[slice(*sentences[n - 1])], published))
            if (not to_town and not retold and not worked_before and not denied and not stale
                    and n + 1 < len(sentences)
                    and not V.NO_PLACE_TOLD.search(read)
                    and continues(text, sentences[n + 1], etype, by_sentence[n + 1], places,
                                  taxonomy, read)
                    and not long_before(text[slice(*sentences[n + 1])], published)
                    # (nor into one months back: "... after a wave of strikes in the
                    # spring, when power stations in the Kharkiv region were damaged")
                    and not months_back(text[slice(*sentences[n + 1])], published)
                    and not month_tally.search(text, *sentences[n + 1])):
                follow = choose_places(text, by_sentence[n + 1], etype, checked=checked)
                places = choose_places(text, [*places, *follow], etype, checked=checked)
                consumed = n + 1
                if any(m.end > end for m in places):  # the evidence shows where it was
                    span = (start, sentences[n + 1][1])
            if (places and etype.id in dated and etype.id not in last_unplaced
                    and not V.ENTRY_TIME.match(sentence)  # (a live blog's new entry)
                    and all(is_spoken(text, m) and m.place.kind in _SPEAKING_KINDS
                            for m in places)
                    and not _speakers_town(read, places)):
                continue  # "Officials in Kyiv said the attack used ...": the last one's
                # (unless the last one had no place: a heading "MINE COUNTERMEASURES"; a
                # community tells its own: "Krasnopillia hromada reported heavy shelling")
            if stale and not by_sentence[n - 1]:
                carried.pop(etype.id, None)
                continue  # (nor placed later: see stale above)
            # (not from a sentence dated long before: "A court sentenced a commander for
            # firing on a house in Yahidne in March 2022. Prosecutors said he had fired a tank
            # round at it.")
            # (clearing may follow such a sentence: "..., a village that lay on the front
            # line in 2022. Deminers cleared the approaches to the village hall.")
            if (not places and n and by_sentence[n - 1] and etype.hypothetical == "drop"
                    and long_before(text[slice(*sentences[n - 1])], published)):
                named = None
            else:
                places, span, named = _places_before(text, sentences, by_sentence, n, etype,
                                                     read, places, span, dated, checked,
                                                     published)
            if not places and n and not retold:
                places, span = _dud_of_the_attack(text, sentences, n, etype, read, events, span)
            if not places and district_city:
                places, span = _district_city(sentences, n, district_city, span)
            if not places:
                places = dateline_referred(text, by_sentence[n], read, start,
                                           local=etype.hypothetical == "planned"
                                           and etype.draw != "point")
                if "crossing" in etype.prefer and _all_cities(places):
                    places = []  # "YEREVAN - ... villagers protested, blocking a road": the
                    # city a blockade is reported from is not the crossing
            if not places and not retold:  # (the event told again has its place)
                unplaced.add(etype.id)
            if "crossing" in etype.prefer and places and not (
                    border_text := _border_text(text, border_text)) and _all_cities(places):
                # ("Bucharest: fourth day of hauliers' protest ... would maintain the
                # 'blockade' of the capital": the city told before, no border in the text)
                continue
            if (etype.id in old_told and places and not _day_of_its_own(read)
                    and all(m.place.id in old_told[etype.id] for m in places)):
                # "... two years after a missile brought down a stairwell in Uman on 28 April
                # 2023. The strike on Uman was the deadliest ...": the old strike told again
                continue
            made = make_events(text, span, etype, places, status, date, read, taxonomy)
            events += [_named(e, *named) for e in made] if named else made
    events = _denied_later(text, sentences, by_sentence, events)
    events = _within_reach(events, mentions, taxonomy)
    return _interception_told_later(_drop_told_again(text, _one_per_telling(text, events)))


def _one_per_telling(text: str, events: list[Event]) -> list[Event]:
    """The same weapon told on in the next sentence, which gives it another day ("Ukraine
    on Saturday mourned 18 people killed when a missile struck Kryvyi Rih. The missile hit
    on Friday evening"), is one event: its evidence starts where the first one's does, and
    its own words name the weapon already told ("The missile")."""
    first: dict[tuple, Event] = {}
    out = []
    for event in events:
        key = (event.type, event.start, frozenset(m.place.id for m in event.places))
        told = first.get(key)
        if told is not None and told.end < event.end and _SAME_WEAPON.match(
                text, told.end, event.end):
            continue
        first.setdefault(key, event)
        out.append(event)
    return out


# The weapon just told, told again at the head of the next sentence: "The missile hit ...".
_SAME_WEAPON = re.compile(r"\W*(the|that|this)\s+(ballistic\s+|cruise\s+)?(missiles?|drones?|"
                          r"strikes?|attacks?|bombs?|rockets?|shells?)\b", re.I)


def _within_reach(events: list[Event], mentions: list[Mention],
                  taxonomy: Taxonomy) -> list[Event]:
    """"Around noon the Russians shelled Zolochiv with artillery": the town an event's
    place was read as, when it lies outside the regions the type's weapons reach
    (``EventType.reach``) but in their countries, is its namesake inside them (the
    Zolochiv of the Kharkiv region, not the bigger one of the Lviv region), when the text
    names nothing else in the far town's region, the far town is smaller than a city
    (Voronezh stays Voronezh), and one namesake, or one that dwarfs the others, lies
    within reach."""
    out = []
    for event in events:
        reach = taxonomy.get(event.type).reach
        if reach and event.places:
            places = tuple(_namesake_in_reach(m, reach, mentions) for m in event.places)
            if places != event.places:
                event = replace(event, places=places)
        out.append(event)
    return out


def _towns_named(name: str) -> list:
    """The settlements the gazetteer knows by ``name``."""
    return [c.place for c in default_index().candidates_for_key(normalize(name))
            if c.place.kind == "locality"]


def _namesake_in_reach(mention: Mention, reach: frozenset[str],
                       mentions: list[Mention]) -> Mention:
    place = mention.place
    if (place.kind != "locality" or mention.rule is not None or not place.admin1_code
            or place.admin1_code in reach or place.population >= W.CITY_POP
            or not any(code.startswith(f"{place.country_code}-") for code in reach)
            or any(m.place.admin1_code == place.admin1_code for m in mentions
                   if m is not mention and m.place.id != place.id)):
        return mention
    inside = sorted((p for p in _towns_named(mention.text) if p.admin1_code in reach),
                    key=lambda p: -p.population)
    if not inside or len(inside) > 1 and (
            inside[0].population < W.DECISIVE_RATIO * max(inside[1].population, 1)):
        return mention
    return replace(mention, place=inside[0], rule="within_reach")


# What sets a part of a sentence apart: dashes, semicolons, brackets ("the campaign — which
# struck refineries in March — paused this week").
#: How many lines up a record's location field is looked for.
_RECORD_LINES = 6
_ASIDE_MARK = re.compile(r"\s[—–]\s|[;()]")


def _dated_aside(read: str, trigger: re.Match, dated_by_month: bool) -> bool:
    """Whether the part of the sentence the trigger stands in gives a day of its own ("on
    Tuesday", and when a month dates the event, "12 April" too)."""
    aside = _segment(read, trigger)
    return bool(dated_by_month and V.DATE.search(read, *aside)
                or _day_of_its_own(read, *aside))


# "..., the prosecutor's office said on Wednesday": the day of the saying, not the event's.
_SAID_ON = re.compile(r"\b(said|says|told|announced|reported|stated|added|wrote|posted|"
                      r"confirmed)\s+$", re.I)


def _told_before(read: str, trigger: re.Match, etype: EventType, published: str | None,
                 court_or_test: bool) -> bool:
    """Whether the sentence tells the trigger's event as what came before the news: "since
    30 December, when Belgorod was shelled, ...", "The standoff follows a two-month
    blockade at Dorohusk", "which had said earlier in the week that drones had crashed in
    Romania"; for attacks also "damaged in July, when a missile hit the hospital" (in
    December), "struck the terminals in the week that followed", "killed by a strike ten
    days earlier", and, in a trial's or a
    weapons test's story, one with no day of its own ("the judge said the Boeing was shot
    down by a Buk missile")."""
    lo = max(0, trigger.start() - 220)
    if (V.SINCE_WHEN_BEFORE.search(read, lo, trigger.start())
            or V.EARLIER_CLAIM_BEFORE.search(read, lo, trigger.start())
            or V.FOLLOWS_EARLIER_BEFORE.search(read, lo, trigger.start())
            and not _day_of_its_own(read)):
        return True
    if etype.hypothetical != "drop":
        return False
    month = V.MONTH_WHEN_BEFORE.search(read, lo, trigger.start())
    return bool(month is not None and months_back(month.group(), published, 1)
                or V.WEEKS_THAT_FOLLOWED.search(read) or V.DAYS_EARLIER.search(read)
                or court_or_test and not _day_of_its_own(read))


def _another_day(read: str, sentence: str, published: str | None, last: dict,
                 taxonomy: Taxonomy) -> bool:
    """Whether the sentence gives a day of its own that none of the attacks it might carry
    on happened on (a blockade or clearing lasts days: "... at Korczowa, where the
    protesters joined the action last Thursday")."""
    if not all(taxonomy.get(t).hypothetical == "drop" for t in last):
        return False
    day = date_of(sentence, published) if _day_of_its_own(read) else None
    return day is not None and all(date != day for _, _, date in last.values())


def _day_of_its_own(read: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``read[lo:hi]`` gives a day ("on Tuesday", "overnight") other than the day
    something was said ("the office said on Wednesday")."""
    return any(_SAID_ON.search(read, max(0, m.start() - 30), m.start()) is None
               for m in V.DAY_WORD.finditer(read, lo, len(read) if hi is None else hi))


def _segment(read: str, trigger: re.Match) -> tuple[int, int]:
    """The part of the sentence the trigger stands in, between dashes, semicolons or
    brackets."""
    lo = max((m.end() for m in _ASIDE_MARK.finditer(read, 0, trigger.start())), default=0)
    hi = _ASIDE_MARK.search(read, trigger.end())
    return lo, hi.start() if hi else len(read)


def _border_text(text: str, known: bool | None) -> bool:
    """Whether the text speaks of a border at all (``known``: what was found before)."""
    return known if known is not None else V.BORDER_CONTEXT.search(text) is not None


def _all_cities(mentions) -> bool:
    """Whether every place is a country, a region or a city too big to be a crossing's."""
    return all(m.place.kind in ("country", "admin1") or m.place.population >= W.CITY_BLOCKADE_POP
               for m in mentions)


def _interception_told_later(events: list[Event]) -> list[Event]:
    """"Night drone attack on Odesa ... Air defence destroyed all 11 drones over the city":
    an event at a place that tells neither a hit nor an interception takes the interception
    another event of its type tells at that place (a hit told keeps it a hit)."""
    downed = {(e.type, m.place.id) for e in events if e.intercepted for m in e.places}
    if not downed:
        return events
    out = []
    for event in events:
        if (not event.intercepted and event.places and not hit_told(event.evidence)
                and all((event.type, m.place.id) in downed for m in event.places)):
            event = replace(event, intercepted=True)
        out.append(event)
    return out


def _triggers(sentence: str, start: int, mentions: list[Mention], taxonomy: Taxonomy):
    """The sentence as triggers read it (weapons named without being used are masked),
    the triggers that stand in it, and, when it reports several types, the types each
    place belongs to (by its start)."""
    read, first = _first_triggers(sentence, taxonomy)
    found = rockets_of_launchers(overridden(in_clauses(first, read, taxonomy)))
    if len(found) > 1:
        found = generic_fire_yields(found, read, taxonomy)
    nearest = (nearest_types(read, start, found, mentions, taxonomy)
               if len(found) > 1 or found and entry_list(read, start, mentions, taxonomy)
               else None)
    return read, found, nearest


#: Sentences back that a disposal may go for the place a thing was found at.
FIND_REACH = 3


def _find_told(text, sentences, by_sentence, n, etype) -> int | None:
    """The sentence of the last few whose places (other than countries) are where a thing
    was found, as the sentences since then tell ("A resident of Yahidne called the 101
    line: his spade struck a rusty metal object."), or None; not when those sentences
    tell ``etype``'s event themselves (it has its places)."""
    for back in range(n - 1, max(-1, n - 1 - FIND_REACH), -1):
        if any(m.place.kind != "country" for m in by_sentence[back]):
            told = (sentences[back][0], sentences[n - 1][1])
            found = V.FIND_TOLD.search(text, *told) and not etype.trigger.search(text, *told)
            return back if found else None
    return None


#: How many sentences back the attack whose dud is cleared may have been told.
_DUD_SENTENCES = 4


def _dud_near(text: str, sentences, n: int) -> bool:
    """Whether the sentence, the one before or the one after tells of a dud ("one of the
    missiles did not detonate", "the unexploded KAB-500")."""
    return any(V.DUD.search(text, *sentences[k])
               for k in range(max(0, n - 1), min(n + 2, len(sentences))))


def _dud_of_the_attack(text, sentences, n, etype, read, events, span):
    """The place of the attack just told, for clearing work with no place of its own on
    what that attack left unexploded (told in its sentence, the one before or the one
    after): "Russian artillery shelled Nikopol ... In the evening, pyrotechnicians removed
    an unexploded shell from the kindergarten yard" (the evidence runs from the attack's
    sentence). ``([], span)`` otherwise."""
    if not (etype.hypothetical == "planned" and etype.draw != "point" and events
            and _dud_near(text, sentences, n)):
        return [], span
    attack = events[-1]
    if (attack.type == etype.id or len(attack.places) != 1
            or attack.places[0].place.kind != "locality"
            or attack.start < sentences[max(0, n - _DUD_SENTENCES)][0]):
        return [], span
    return list(attack.places), (attack.start, span[1])


def _thing_told_at(text: str, before: tuple[int, int], mentions, read: str) -> list:
    """The places the sentence ``before`` gives the thing ``read`` says was hit ("hit the
    institute", after "the strike on the institute in Poltava"): the mention right after
    "the institute in" there, or none."""
    hit = V.HIT_THE.search(read)
    if hit is None:
        return []
    # ("the Military Institute of Communications in Poltava": a name's words between)
    told = re.search(rf"\bthe\s+([\w-]+\s+){{0,3}}?{re.escape(hit.group(2))}"
                     rf"(\s+of\s+(?-i:[A-Z])[\w-]*+)?\s+(in|at|of|near)\s+(the\s+)?",
                     text[slice(*before)], re.I)
    if told is None:
        return []
    return [m for m in mentions if m.start == before[0] + told.end()]


def _places_before(text, sentences, by_sentence, n, etype, read, places, span,
                   types_before: dict, checked, published: str | None = None):
    """The places of an event told with none of its own (or only countries), and its
    evidence span: the last sentence's, when that one told the attack the event belongs
    to, or the place the sentence refers to; with, for a place referred to, the mention
    read at the words that refer to it and the place's own (see :func:`_named`).
    ``types_before`` are the types of the events of the sentence before."""
    end = span[1]
    dated = bool(types_before)
    if (places and n and not dated and all(m.place.kind == "country" for m in places)
            and (V.ATTACK_NOUN.search(text, *sentences[n - 1])
                 or V.DEBRIS.search(text, *sentences[n - 1])
                 and not long_before(text[slice(*sentences[n - 1])], published))):
        # "The attack damaged substations in the Kyiv and Rivne regions. Russia fired
        # 60 missiles at Ukraine.": the weapons of the attack told just before (or the
        # attack whose debris it told: "Fragments of a drone were found near Etulia. They
        # fell during a drone attack on Ukraine.")
        finer = [m for m in choose_places(text, by_sentence[n - 1], etype, checked=checked)
                 if m.place.kind in FINE_KINDS]
        if finer:
            places, span = finer, (sentences[n - 1][0], end)
    if not places and n and by_sentence[n - 1] and (V.PRONOUN_USED.match(read)
                                                     or V.SAME_PLACE.search(read)):
        # "... attacked 37 settlements, including X and Y. They used artillery and
        # drones.": the weapons of the last sentence's attack, at its places; "In Horlivka,
        # artillery fire hit the Mykytivskyi district ... A drone also dropped an explosive
        # device on a bus stop in the same district": the place just told
        places = choose_places(text, by_sentence[n - 1], etype, checked=checked)
        span = (sentences[n - 1][0], end)
    if (not places and n and by_sentence[n - 1] and not dated
            and (V.IDENTIFIED_AS.search(read) and V.DEBRIS.search(text, *sentences[n - 1])
                 or V.DEBRIS_FOUND.search(read))):
        # "... found metal fragments in a field near Etulia. Specialists identified them as
        # parts of a Shahed-type drone.": where the pieces were found
        places = choose_places(text, by_sentence[n - 1], etype, checked=checked)
        span = (sentences[n - 1][0], end)
    if (not places and n and by_sentence[n - 1] and not dated and V.CAUSED_BY.search(read)
            and V.ATTACK_NOUN.search(text, *sentences[n - 1])):
        # "A blast in central Tel Aviv killed a man. The military says it was caused by a
        # long-range drone.": the blast's place
        places = choose_places(text, by_sentence[n - 1], etype, checked=checked)
        span = (sentences[n - 1][0], end)
    if not places and n and by_sentence[n - 1] and not dated:
        # "The death toll from Tuesday's strike on the institute in Poltava rose to 55. Two
        # ballistic missiles hit the institute.": the thing just told, at its place
        at = _thing_told_at(text, sentences[n - 1], by_sentence[n - 1], read)
        if at:
            places = choose_places(text, at, etype, checked=checked)
            span = (sentences[n - 1][0], end)
    if (not places and n and by_sentence[n - 1] and not dated
            and V.UNDER_ATTACK.search(text, *sentences[n - 1])):
        # "Shebekino came under attack again. A kamikaze drone struck a house.": the
        # weapon of the attack just told, at its place
        places = choose_places(text, by_sentence[n - 1], etype, checked=checked)
        span = (sentences[n - 1][0], end)
    if V.ACTOR_FIELD.match(read) or not places and V.EVENT_FIELD.match(read):
        # "Location: Hostomel, Bucha district, Kyiv oblast / Event: Humanitarian demining":
        # the fields of one record, its place in the location field a few lines up (also
        # for the line of who did the work: "Teams: SES pyrotechnic unit of Kherson oblast")
        places = []
        for k in range(n - 1, max(-1, n - _RECORD_LINES), -1):
            if V.LOCATION_FIELD.match(text, sentences[k][0]) and by_sentence[k]:
                places = choose_places(text, by_sentence[k], etype, checked=checked)
                span = (sentences[k][0], end)
                break
    # (or two sentences back, over one with no place: "A resident of Sedniv found a mortar
    # round. Police explosives experts came. The mine was removed and destroyed.")
    told = n - 1 if n and by_sentence[n - 1] else n - 2 if n > 1 else -1
    if (not places and told >= 0 and by_sentence[told]
            # (after an attack of another type too: "rockets hit Belgorod ... submunitions
            # landed without exploding. Sappers collected and destroyed the bomblets")
            and (not dated or etype.hypothetical == "planned" and etype.id not in types_before)
            and V.THING_DISPOSED.search(read)
            and V.EXPLOSIVE_THING.search(text, *sentences[told])):
        # "A drifting mine was reported off Varna. Navy divers destroyed it.": where the
        # thing was told of (after another type's attack, only a place finer than a country)
        found = choose_places(text, by_sentence[told], etype, checked=checked)
        if not dated or any(m.place.kind != "country" for m in found):
            places, span = found, (sentences[told][0], end)
    if (not places and n and by_sentence[n - 1] and not dated and etype.hypothetical == "planned"
            and etype.draw != "point" and V.CLEARING_WORK.search(text, *sentences[n - 1])):
        # "The ministry's specialists finished clearing the beach in Skadovsk. Over two weeks
        # they destroyed 19 explosive objects.": the work told just before, at its place
        places = choose_places(text, by_sentence[n - 1], etype, checked=checked)
        span = (sentences[n - 1][0], end)
    if (not places and n and not dated and etype.hypothetical == "drop"
            and V.THING_REFERRED.search(read)
            and V.DAMAGE_TOLD.search(text, *sentences[n - 1])):
        # "One entrance of a residential building in Belgorod collapsed. The building was
        # hit by a missile.": the damage told just before, at its place (or at the one
        # before it: "Belgorod. As a result of an attack by Ukraine's forces, ...")
        for back in (n - 1, n - 2):
            found = [] if back < 0 else choose_places(text, by_sentence[back], etype,
                                                       checked=checked)
            if found:
                return found, (sentences[back][0], end), ()
    if (not places and n and etype.hypothetical == "planned" and etype.draw != "point"
            and etype.id not in types_before):
        # "A holidaymaker in Kobleve noticed a metal object on the beach and called 101. The
        # lifeguards cleared the area. SES pyrotechnicians removed it": the disposal is
        # where the thing was found
        back = _find_told(text, sentences, by_sentence, n, etype)
        if back is not None:
            found = [m for m in choose_places(text, by_sentence[back], etype, checked=checked)
                     if m.place.kind != "country"]
            if found:
                return found, (sentences[back][0], end), ()
    # (or only the country a clause about the site names, after a heading that names the
    # site: "drones struck the base, which houses bombers used in raids on Ukrainian cities")
    if (not places or V.SITE_ANAPHOR.search(read)
            and all(m.place.kind == "country" for m in places)) and (
            referred := referred_place(text, sentences, by_sentence, n, read)):
        anaphor = _at_anaphor(referred[0], read, sentences[n][0])
        return [anaphor], (referred[1], end), (anaphor, referred[0])
    if not places and n and etype.id not in types_before and (
            head := _heading_places(text, sentences, by_sentence, etype, checked)):
        # "Kharkiv oblast, past day. ... Pyrotechnicians destroyed 48 explosive objects.",
        # "Seredyna-Buda hromada. ... an FPV drone attacked the sappers' vehicle": a post
        # headed by its place alone, for an event told with no place of its own (not the
        # same event told on: "... neutralised a sea mine off Chornomorsk. The mine was
        # towed away and destroyed.")
        return head, (sentences[0][0], end), ()
    return places, span, ()


def _heading_places(text, sentences, by_sentence, etype, checked) -> list[Mention]:
    """The places of a text's first line when it names a place and nothing else but a
    kind word or the time ("Kharkiv oblast, past day.", "Kherson, this morning:"), or of
    its first sentence when that is the place alone ("Kherson. Around 8:30 ..."), or []."""
    if not _headed(text, sentences, by_sentence) or (
            "crossing" in etype.prefer and not _LINE_END.match(text, sentences[0][1])):
        return []  # (a town that opens a post is no crossing: "Biala Podlaska. All border
        # crossings with Belarus were closed ...")
    return choose_places(text, by_sentence[0], etype, checked=checked)


def _launcher_ahead(text: str, end: int) -> bool:
    """Whether the rest of the paragraph after ``end`` (up to :data:`_AHEAD_CHARS`) names a
    multiple rocket launcher."""
    stop = text.find("\n\n", end)
    stop = min(end + _AHEAD_CHARS, len(text) if stop < 0 else stop)
    return V.LAUNCHER.search(text, end, stop) is not None


# How far ahead in its paragraph a sentence of rockets looks for their launcher.
_AHEAD_CHARS = 400


def _period_review(text: str, sentences) -> str | None:
    """"week" or "month" when the text's first line heads a review of a week ("Kherson
    region: the week in brief (25 September - 1 October)", "Russian Defence Ministry
    bulletins, 24 February - 2 March") or of a month ("December in the skies, region by
    region"), else None."""
    if not sentences:
        return None
    line_end = text.find("\n", sentences[0][0])  # (a heading stands on a line of its own)
    if not 0 <= line_end - sentences[0][0] <= _HEADING_CHARS:
        return None
    line = text[sentences[0][0]:line_end]
    if V.PERIOD_HEADING.search(line) is None:
        return None
    return "week" if _WEEK.search(line) or V.DAY_RANGE.search(line) else "month"


def _headed(text, sentences, by_sentence, known: bool | None = None) -> bool:
    """Whether the text opens on a heading of its place alone (see :func:`_heading_places`;
    ``known``: what was found before)."""
    if known is not None:
        return known
    if not by_sentence[0]:
        return False
    start, end = sentences[0]
    rest, pos = [], start
    for m in by_sentence[0]:
        rest.append(text[pos:m.start])
        pos = m.end
    rest.append(text[pos:end])
    # (a sentence of the place alone heads its line too: "Kherson. Around ...")
    # (not a dateline in capitals: "CARACAL. Nine years since ...")
    words = " ".join(rest)
    return bool((_HEADING_REST.fullmatch(words) or _REVIEW_REST.fullmatch(words) and all(
        m.place.kind != "country" for m in by_sentence[0]))
                and (_LINE_END.match(text, end) or not "".join(rest).strip(" .:—–-")
                     and not any(m.text.isupper() for m in by_sentence[0])))


# A week reviewed, not a month: "the week in brief", "weekly assessment".
_WEEK = re.compile(r"\b(week|weekly|fortnight|fortnightly)\b", re.I)
# The longest first line read as a heading.
_HEADING_CHARS = 120
# The end of a line: a heading's sentence stands alone on its line.
_LINE_END = re.compile(r"[ \t]*(\n|$)")
# What a heading holds besides its place: kind words, the time, punctuation.
_HEADING_REST = re.compile(r"(?:\W|\d|\b(?:the|this|past|last|day|days|morning|afternoon|"
                           r"evening|night|overnight|today|yesterday|hours?|update|updates|"
                           r"situation|summary|latest|as|of|at|on|in|over|for|district|raion|"
                           r"oblast|region|province|hromada|community|city|town|village|"
                           + "|".join(V.MONTHS) + r")\b)*", re.I)
# ... and, for a town or a region (not a country's round-up, "WEEK IN REVIEW: UKRAINE"),
# the words of a review: "Zaporizhzhia: the week in review".
_REVIEW_REST = re.compile(r"(?:\W|\d|\b(?:the|this|past|last|in|of|week|weekly|weekend|month|"
                          r"monthly|review|round-?up|digest|briefing|" + "|".join(V.MONTHS)
                          + r")\b)*", re.I)


# A sentence that opens on its place: "In Beryslav, shelling continued ...".
_PLACE_OPENING = re.compile(r"\W*(?:in|at|near|over)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*+"
                            r"(?:\s+(?-i:[A-Z])[\w'’-]*+){0,2},", re.I)
# A sentence that opens on the clause of an event, then goes on to what followed it.
_WHEN_OPENING = re.compile(r"(?-i:[A-Z][A-Z .'’-]{1,40}\s[—–-]\s)?(?:when|as soon as|once|hours "
                           r"after|days after)\b[^,;.]{0,200}?,\s", re.I)
# Places whose officials speak of attacks elsewhere (a community reports its own).
_SPEAKING_KINDS = frozenset({"locality", "admin1", "country"})
_TOWN_WORDS = frozenset({"city", "town", "village", "settlement", "capital"})


def _town_before(text, sentences, by_sentence, n, read) -> bool:
    """Whether the sentence says "the town", "the city" or "the capital" of a town named
    before it."""
    anaphor = V.ANAPHOR.search(read)
    return (anaphor is not None and anaphor.group(2).lower() in _TOWN_WORDS
            and referred_place(text, sentences, by_sentence, n, read) is not None)


def _speakers_town(read: str, places: list[Mention]) -> bool:
    """Whether "the city" of the sentence is the town whose official speaks ("The governor
    of Sevastopol said air defence worked over the city"): the sentence says "the city"
    and a town speaks (a town named before it has already taken the places: see
    :func:`_town_before`)."""
    anaphor = V.ANAPHOR.search(read)
    return (anaphor is not None and anaphor.group(2).lower() in _TOWN_WORDS
            and any(m.place.kind == "locality" for m in places))


def _remember_old(old_told: dict[str, set[str]], etype: EventType,
                  mentions: list[Mention]) -> None:
    """Keep the places of a sentence whose attack is told as long past, for when the text
    tells that attack again without a day ("The strike on Uman was the deadliest ...")."""
    if etype.hypothetical == "drop":
        old_told.setdefault(etype.id, set()).update(m.place.id for m in mentions)


def _speakers_city(text: str, read: str, places: list[Mention]) -> list[Mention]:
    """"Kharkiv's governor said the city had been hit": the region whose official speaks,
    when the sentence tells of "the city" and names no town, stands for the city it is
    named after (the region's, of :data:`~geomap.weights.CITY_POP` or more)."""
    if not places or any(m.place.kind == "locality" for m in places):
        return places
    anaphor = V.ANAPHOR.search(read)
    if anaphor is None or anaphor.group(2).lower() not in ("city", "town"):
        return places
    out = []
    for m in places:
        city = None
        if m.place.kind == "admin1" and is_spoken(text, m):
            city = max((p for p in _towns_named(m.text)
                        if p.admin1_code == m.place.admin1_code and p.population >= W.CITY_POP),
                       key=lambda p: p.population, default=None)
        out.append(m if city is None else replace(m, place=city, rule="speakers_city"))
    return out


def _town_referred(read: str, start: int, trigger, mentions: list[Mention]) -> list[Mention]:
    """"... a drone struck a car in Shebekino, and troops shelled the outskirts of the
    town": a type of a sentence that reports several, with no place of its own but "the
    town" right after its trigger, is at the last town the sentence named before that."""
    anaphor = _TOWN_ANAPHOR.match(read, trigger.end())
    if anaphor is None:
        return []
    at = start + anaphor.end()
    towns = [m for m in mentions if m.end <= at and m.place.kind == "locality"]
    return towns[-1:]


# "the town" within a few words after a trigger ("shelled the outskirts of the town")
_TOWN_ANAPHOR = re.compile(r"\W++(?:\w[\w'’-]*+\W++){0,8}?(the|this) "
                           r"(city|town|village|settlement)\b(?!\s+(?-i:of\s+[A-Z]))", re.I)


def _at_anaphor(place: Mention, read: str, start: int) -> Mention:
    """The place a sentence refers to, at the words that refer to it ("the region"), so
    that what the sentence says happened there (hit or shot down) is read from them."""
    anaphor = V.ANAPHOR.search(read)
    if anaphor is None:
        return place
    return replace(place, start=start + anaphor.start(), end=start + anaphor.end(),
                   text=anaphor.group())


def _named(event: Event, anaphor: Mention, place: Mention) -> Event:
    """An event read at the words that refer to its place ("the region"), marked at the
    place's own name, which its evidence holds."""
    return replace(event, places=tuple(place if m is anaphor else m for m in event.places))


def _district_city(sentences, n, district_city, span):
    """"Explosions in Kharkiv. A drone hit a building in the Kyivskyi district.": an
    event told with no place but a district of a city named before is at that city (the
    evidence runs from the city's sentence)."""
    start, end = sentences[n]
    city = next((c for at, c in district_city.items() if start <= at < end), None)
    if city is None:
        return [], span
    k = bisect.bisect_right([s for s, _ in sentences], city.start) - 1
    return [city], (sentences[k][0], span[1])


def _denied_later(text: str, sentences, by_sentence, events: list[Event]) -> list[Event]:
    """"08:55 - Reports of a drone hitting a plant in Bila Tserkva. 09:40 - ... says no
    attack took place in Bila Tserkva": an event whose places a later sentence denies
    anything happened at is dropped."""
    denied: list[tuple[int, set[str]]] = []
    for (start, end), mentions in zip(sentences, by_sentence):
        if mentions and V.NOTHING_HAPPENED.search(text, start, end):
            denied.append((start, {m.place.id for m in mentions}))
    if not denied:
        return events
    return [event for event in events
            if not any(at >= event.end and {m.place.id for m in event.places} <= ids
                       for at, ids in denied)]


def _drop_told_again(text: str, events: list[Event]) -> list[Event]:
    """A headline's event at "a Kursk region town" and the lede's at Kurchatov, a town
    of that region, are one event: the region's is dropped."""
    out = []
    for event in events:
        regions = [m for m in event.places if m.place.kind == "admin1"
                   and V.UNNAMED_TOWN_AFTER.match(text, m.end)]
        if regions and len(regions) == len(event.places) and any(
                other.type == event.type and other.start >= event.end
                and not text[event.end:other.start].strip()
                and any(m.place.kind == "locality" and m.place.admin1_code == r.place.admin1_code
                        for m in other.places for r in regions)
                for other in events):
            continue
        out.append(event)
    return out


_DISTRICT_WORD = re.compile(r"\bdistrict$", re.I)
# A city's districts are named by adjectives ("the Dniprovskyi district" of Kherson), a
# rural district mostly by its town ("the Nikopol district").
_URBAN_DISTRICT = re.compile(r"(yi|iy|yy|ky|sky)\s+district$", re.I)
_URBAN_ADJECTIVE = re.compile(r"(yi|iy|yy|sky)$", re.I)
_DISTRICTS_AFTER = re.compile(r"(\s+(and|,)\s+[A-Z][\w'’-]+(yi|iy|yy|sky))*\s+districts?\b")


def _city_districts(mentions: list[Mention], cities: dict[int, Mention],
                    text: str = "") -> list[Mention]:
    """"Kharkiv! ... struck the Kyivskyi district": a district read as a far-away village
    of its name (or as a district of that name in another region), after a city was
    named, is a district of that city; it is dropped so that the event goes to the city
    (see :func:`referred`, and :func:`_district_city` for a sentence that names no other
    place; ``cities`` gets the city of each district dropped, by the district's start)."""
    out, city = [], None
    named: dict[str, Mention] = {}  # the cities of the text, by place: their first mention
    for m in mentions:
        if m.place.kind == "locality" and m.place.population >= W.CITY_POP:
            named.setdefault(m.place.id, m)
    for m in mentions:
        # ("the Kyivskyi and Saltivskyi districts": the first of a list named by the kind)
        district = _DISTRICT_WORD.search(m.text) or _URBAN_ADJECTIVE.search(m.text) and (
            _DISTRICTS_AFTER.match(text, m.end))
        # (a district the gazetteer places at a city the text names is that city's, whatever
        # city was named last: "... as Moscow kept up pressure. Two bombs struck the
        # Kholodnohirskyi district" is Kharkiv's)
        at = _at_a_city(m, named) if _DISTRICT_WORD.search(m.text) else None
        if at is not None:
            cities[m.start] = at
            continue
        if (city is not None and district
                and km_between(city.place.lat, city.place.lon, m.place.lat, m.place.lon)
                > W.CITY_DISTRICT_KM
                and (m.place.kind == "locality" or m.place.kind == "admin2"
                     and m.place.admin1_code != city.place.admin1_code
                     and _URBAN_DISTRICT.search(m.text))):
            cities[m.start] = city
            continue
        if (city is not None and m.place.kind == "locality"
                and (_URBAN_DISTRICT.search(m.text)
                     or district and not _DISTRICT_WORD.search(m.text))
                and m.place.id != city.place.id
                and m.place.admin1_code == city.place.admin1_code):
            # "... against Kyiv. Debris fell in the Darnytskyi district": a district named
            # by its adjective, read as a quarter of that city's region, is the city's
            cities[m.start] = city
            continue
        if m.place.kind == "locality" and m.place.population >= W.CITY_POP:
            city = m
        out.append(m)
    return out


def _at_a_city(district: Mention, named: dict[str, Mention]) -> Mention | None:
    """The city of the text at whose point the gazetteer places ``district`` ("the
    Korabelnyi district of Kherson": KATOTTG's districts of cities), or None: such a
    district says no more than the city, which the event goes to."""
    p = district.place
    if p.kind != "locality":
        return None
    return next((c for c in named.values() if c.place.id != p.id
                 and km_between(c.place.lat, c.place.lon, p.lat, p.lon) < 1), None)


def _mentions_by_sentence(sentences, mentions) -> list[list[Mention]]:
    out: list[list[Mention]] = [[] for _ in sentences]
    starts = [s for s, _ in sentences]
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= sentences[i][1]:
            out[i].append(m)
    return out
