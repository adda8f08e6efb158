"""Frozen dataclasses passed between the pipeline stages.

Coordinates are always named ``lat`` and ``lon`` (degrees, WGS84); offsets ``start`` and
``end`` are Python string indices into the document text (``text[start:end]``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Literal, get_args

from .errors import InputError

#: What a text says of an event: it will happen, goes on, is over, or nothing.
Status = Literal["planned", "ongoing", "ended", "unknown"]
STATUSES: tuple[str, ...] = get_args(Status)

#: The kinds of place geomap resolves to.
PLACE_KINDS = (
    "locality", "admin1", "admin2", "country", "sea", "crossing", "region", "continent",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place.

    Attributes
    ----------
    id
        Stable identifier: ``geonames:703448``, ``admin1:UA-65``, ``country:TR``,
        ``sea:Black Sea``, ``crossing:PL-UA:49.957,23.118``, ``continent:EU``,
        ``region:Middle East`` (curated named areas), ``admin2:US:21125`` (US counties),
        ``admin2:UA14020000000013572`` (Ukrainian raions, by KATOTTG code),
        ``katottg:UA...`` / ``wof:...`` (Ukrainian settlements, villages of the neighbouring
        countries), ``gnpostal:RU<postal code>`` (villages of Russia's border regions). A
        mention that resolves to the region the text states, because the settlement is
        unknown there or ambiguous, has the region's id followed by ``/`` and the
        settlement's name.
    name
        Display name (English where the source has one).
    lat, lon
        A representative point: the locality itself, the label point of a region, a point
        inside a sea, a point on the border for a crossing.
    kind
        One of :data:`PLACE_KINDS`.
    country_code
        ISO 3166-1 alpha-2, or ``None`` (seas, continents). A crossing carries the country
        of the first-named side; both are in ``countries``.
    admin1_code, admin1_name
        ISO 3166-2 code and English name of the first-level region, where known.
    population
        GeoNames or Natural Earth population, 0 when unknown.
    source
        ``geonames``, ``naturalearth``, ``derived`` (crossings computed from borders),
        ``whosonfirst`` (the settlement layer: Ukrainian settlements located by Who's On
        First, the villages of the neighbouring countries' border regions, and those of
        Russia's located by GeoNames' postal codes) or
        ``openstreetmap`` (raion boundaries).
    geonameid
        GeoNames id for places that come from GeoNames.
    capital
        True for a national capital.
    countries
        For a crossing, the two countries it joins, in the order named.
    admin2_code, admin2_name
        KATOTTG code and English name of the raion, where the gazetteer knows it (Ukrainian
        settlements and raions); incidents get theirs from the raion polygons.
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str | None = None
    admin1_code: str | None = None
    admin1_name: str | None = None
    population: int = 0
    source: str = "geonames"
    geonameid: int | None = None
    capital: bool = False
    countries: tuple[str, ...] = field(default=())
    admin2_code: str | None = None
    admin2_name: str | None = None

    def to_dict(self) -> dict:
        """The record as a plain dict (what a geopy ``Location.raw`` holds)."""
        record = asdict(self)
        record["countries"] = list(self.countries)
        return record


@dataclass(frozen=True, slots=True)
class Mention:
    """A place name found in a text, with the place it was resolved to.

    ``text[start:end] == mention.text``. ``confidence`` is in [0, 1]. ``rule`` names the
    resolution rule that decided the place where it was not the plain best candidate:
    ``stated_region`` (the settlement of that name inside the region the text states),
    ``nearest_namesake`` (the namesake nearest to the document's other places),
    ``border_namesake`` (in a passage about border crossings, the namesake nearest the
    border), ``city_district`` (a district of the city the text names, cities sharing
    their districts' names), ``region_unknown`` / ``region_ambiguous`` (no settlement of
    that name in the stated region, or several: the mention resolves to the region
    itself, named as written),
    ``coastal_namesake`` (a name told from the sea: the namesake on a coast),
    ``within_reach`` (an event's town named alone, outside the regions its type's weapons
    reach: the namesake inside them, see ``EventType.reach``), ``speakers_city`` (a region
    whose official speaks of "the city": the city it is named after).
    """

    start: int
    end: int
    text: str
    place: Place
    confidence: float
    rule: str | None = None

    def to_dict(self) -> dict:
        """Flat JSON-ready record (the ``geomap geoparse --json`` schema)."""
        p = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": p.name,
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
            "kind": p.kind,
            "country_code": p.country_code,
            "admin1_code": p.admin1_code,
            "geonameid": p.geonameid,
            "confidence": round(self.confidence, 3),
            "admin2_code": p.admin2_code,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """One news article. ``date`` is the publication date (ISO ``YYYY-MM-DD``) or None."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    source: str | None = None  # the file it came from
    line: int | None = None  # its line in that file, for a corpus record


@dataclass(frozen=True, slots=True)
class Event:
    """One event of one type, with the places it happened at.

    ``start``/``end`` are the offsets of the evidence in the document: the event's sentence,
    or it and the next one when the event continues there; ``places`` are the linked
    mentions, each inside the evidence.
    """

    type: str
    status: Status
    places: tuple[Mention, ...]
    evidence: str
    start: int
    end: int
    date: str | None
    confidence: float
    intercepted: bool = False  # the weapons were shot down or intercepted
    domain: str | None = None  # for types that say where: "land" or "sea" (mine clearing)

    def __post_init__(self):
        _check_status(self.status)


def _check_status(status) -> None:
    if status not in STATUSES:
        raise InputError(f"unknown status {status!r}; choose from {', '.join(STATUSES)}")


@dataclass(frozen=True, slots=True)
class Evidence:
    """One sentence (or two) that reports an incident, and the document it comes from.

    ``start``/``end`` are the offsets of ``text`` in the document, ``mention_start``/
    ``mention_end`` those of the place's name; offsets are None where a file read back
    does not hold whole numbers. In an incidents table the evidence list is the JSON text
    of the ``evidence_all`` column: read it with :meth:`from_json` only.
    """

    doc_id: str | None
    title: str | None
    url: str | None
    date: str | None
    text: str
    start: int | None
    end: int | None
    mention_start: int | None
    mention_end: int | None

    def to_dict(self) -> dict:
        """The JSON object of one evidence in ``evidence_all`` (keys in schema order)."""
        return {"doc_id": self.doc_id, "title": self.title, "url": self.url,
                "date": self.date, "evidence": self.text, "start": self.start,
                "end": self.end, "mention_start": self.mention_start,
                "mention_end": self.mention_end}

    @classmethod
    def from_dict(cls, item: dict) -> Evidence:
        """An evidence from its JSON object; a field of the wrong type is read as missing
        (text fields other than the sentence are kept as text)."""
        text = item.get("evidence")
        return cls(doc_id=_text_or_none(item.get("doc_id")),
                   title=_text_or_none(item.get("title")), url=_text_or_none(item.get("url")),
                   date=_text_or_none(item.get("date")),
                   text=text if isinstance(text, str) else "",
                   start=_int_or_none(item.get("start")), end=_int_or_none(item.get("end")),
                   mention_start=_int_or_none(item.get("mention_start")),
                   mention_end=_int_or_none(item.get("mention_end")))

    @classmethod
    def from_json(cls, raw) -> tuple[Evidence, ...]:
        """The evidence list of an ``evidence_all`` value, whatever file it came from.

        ``raw`` is JSON text, or the list GDAL hands back for some formats. Entries that
        are not objects are left out; a value that is not a JSON list gives none.

        >>> [e.text for e in Evidence.from_json('[{"evidence": "Drones hit Sumy."}, 3]')]
        ['Drones hit Sumy.']
        >>> Evidence.from_json("not JSON")
        ()
        """
        try:
            items = json.loads(raw) if isinstance(raw, (str, bytes)) else raw
        except (ValueError, RecursionError):
            return ()
        if not isinstance(items, list):
            return ()
        return tuple(cls.from_dict(item) for item in items if isinstance(item, dict))

    def mention_span(self) -> tuple[int, int]:
        """The offsets of the place's name inside :attr:`text`; (-1, -1) when the evidence
        does not hold them."""
        if self.mention_start is None or self.mention_end is None or self.start is None:
            return -1, -1
        return self.mention_start - self.start, self.mention_end - self.start

    @property
    def key(self) -> tuple:
        """Evidence is known by its document, offset and sentence: two articles that share
        an id both keep theirs."""
        return self.doc_id, self.start, self.text


def evidence_json(evidence) -> str:
    """The ``evidence_all`` text of an evidence list (the inverse of
    :meth:`Evidence.from_json`)."""
    return json.dumps([e.to_dict() for e in evidence], ensure_ascii=False)


def _text_or_none(value) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value)


def _int_or_none(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class SeaContext:
    """What the sea-zone rules (:mod:`geomap.zones`) read to draw an incident at sea: the
    text around the place's name, the name's offsets in it, and how the event type is
    drawn (``sea`` for types drawn at sea)."""

    text: str
    start: int
    end: int
    draw: str


@dataclass(frozen=True, slots=True)
class Incident:
    """One event type at one place on one date, with every evidence that reports it: one
    row of the incidents GeoDataFrame (schema in :mod:`geomap.join`, which builds it).

    The row's ``evidence``, ``start``, ``end``, ``mention_start``, ``mention_end``,
    ``doc_id``, ``title`` and ``url`` are those of the first evidence;
    ``evidence_count`` and ``evidence_all`` are the evidence list's length and JSON text.
    ``sea`` is what draws the incident's zone at sea, where it has one (not a column);
    ``geometry`` is the row's shape for an incident read back from a table.
    """

    event_type: str
    event_label: str
    status: Status
    place_id: str
    place_name: str
    place_kind: str
    lat: float
    lon: float
    date: str | None
    confidence: float
    evidence: tuple[Evidence, ...]
    country_code: str | None = None
    admin1_code: str | None = None
    admin1_name: str | None = None
    admin2_code: str | None = None
    admin2_name: str | None = None
    precision: int = 1  # 1 point, 2 region or sea, 3 country (``geo_precision``)
    intercepted: bool = False
    mine_domain: str | None = None  # land | sea for mine clearing
    sea: SeaContext | None = field(default=None, compare=False, repr=False)
    geometry: object | None = field(default=None, compare=False, repr=False)

    def __post_init__(self):
        _check_status(self.status)
        if not self.evidence:
            raise InputError(f"incident {self.event_type} at {self.place_id}: no evidence")

    @property
    def country_only(self) -> bool:
        """The text names only a country or a wider area (kept, flagged, not drawn as a
        fill)."""
        return self.precision == 3

    def row(self) -> dict:
        """The incident's columns (all but ``geometry``) by name."""
        first = self.evidence[0]
        return {
            "event_type": self.event_type, "event_label": self.event_label,
            "status": self.status, "place": self.place_name, "place_kind": self.place_kind,
            "place_id": self.place_id, "admin1_code": self.admin1_code,
            "admin1_name": self.admin1_name, "admin2_code": self.admin2_code,
            "admin2_name": self.admin2_name, "country_code": self.country_code,
            "geo_precision": self.precision, "country_only": self.country_only,
            "lat": self.lat, "lon": self.lon, "evidence": first.text, "start": first.start,
            "end": first.end, "mention_start": first.mention_start,
            "mention_end": first.mention_end, "doc_id": first.doc_id, "title": first.title,
            "url": first.url, "date": self.date, "confidence": self.confidence,
            "evidence_count": len(self.evidence), "evidence_all": evidence_json(self.evidence),
            "intercepted": self.intercepted, "mine_domain": self.mine_domain,
        }

    @classmethod
    def from_row(cls, row) -> Incident:
        """The incident of one row of an incidents table (a mapping or a pandas row)."""
        return cls(
            event_type=row["event_type"], event_label=row["event_label"],
            status=row["status"], place_id=row["place_id"], place_name=row["place"],
            place_kind=row["place_kind"], lat=float(row["lat"]), lon=float(row["lon"]),
            date=row["date"], confidence=float(row["confidence"]),
            evidence=Evidence.from_json(row["evidence_all"]),
            country_code=row["country_code"], admin1_code=row["admin1_code"],
            admin1_name=row["admin1_name"], admin2_code=row["admin2_code"],
            admin2_name=row["admin2_name"], precision=int(row["geo_precision"]),
            intercepted=bool(row["intercepted"]), mine_domain=row["mine_domain"],
            geometry=row.get("geometry"),
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to, with how the name matched and its prior score."""

    place: Place
    match: str  # "primary", "alternate" or "skeleton"
    prior: float


@dataclass(frozen=True, slots=True)
class RecognisedName:
    """A name recognition found in a text, with every hint its rules read around it.

    Recognition builds one per gazetteer match (or paired crossing name, demonym, name in a
    stated region) and hands the kept ones to resolution, which reads the hints below.
    ``decided_by`` names the rule that kept or dropped it (see :meth:`Geoparser.explain
    <geomap.geoparser.Geoparser.explain>`).

    Attributes
    ----------
    start, end
        Offsets of the name in the text.
    key
        The normalised name looked up in the gazetteer.
    candidates
        The places the name may mean, best prior first.
    want
        The kind a kind word asks for: ``admin1`` ("Kherson Oblast"), ``admin2``,
        ``locality`` ("the city of X"), ``area`` ("the X border"), ``crossing``.
    qualifier
        ISO code of the country or region a qualifier names ("Odessa, Texas" -> US-TX).
    qualified_by
        Offset of the qualifier's own name ("Texas"), which is most often a region.
    demonym
        An adjective pointing at its country or region ("Ukrainian regions").
    strength
        Evidence that the name is a place at all (a locative before it, a common word).
    written
        The name as the text writes it.
    locative
        A preposition of place before it ("in Washington").
    surname
        The word read as a person's surname ("Mayor Baker", "Yasar Guler").
    region, region_stated
        The region the text places the name in (", Y region"), and whether a kind word
        says so (else ", Y" with Y a region's name).
    unknown
        A name the gazetteer lacks that the text places in a stated region.
    ap_state
        (start, end, code) of an AP state abbreviation after it ("Gainesville, Ga.").
    list_group
        Number of the list of names it belongs to ("Donetsk, Luhansk and Kherson").
    at_crossing
        A crossing word in its sentence or the one before ("the Dorohusk, Hrebenne and
        Korczowa crossings"), read for names that several small places share.
    at_sea
        A distance at sea before it ("10 nautical miles east of X", "off the coast of X"):
        of several settlements of the name, one on a coast is meant, and it is kept even
        when the document's other names point elsewhere.
    votes
        Whether it counts toward what the document is about when other names are resolved
        (a demonym of those who control a place does not: "Russian-controlled Donetsk" is
        the Ukrainian city).
    kept
        Whether recognition kept it as a place name.
    decided_by
        The rule that kept or dropped it ("gazetteer name", "month or weekday", ...).
    """

    start: int
    end: int
    key: str
    candidates: tuple[Candidate, ...]
    want: str | None = None
    qualifier: str | None = None
    qualified_by: int | None = None
    demonym: bool = False
    strength: float = 1.0
    written: str | None = None
    locative: bool = False
    surname: str | None = None
    region: Place | None = None
    region_stated: bool = False
    unknown: bool = False
    ap_state: tuple[int, int, str] | None = None
    list_group: int | None = None
    at_crossing: bool = False
    at_sea: bool = False
    votes: bool = True
    kept: bool = True
    decided_by: str = "gazetteer name"


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a recognised name was kept or dropped, and why its place was chosen.

    ``name`` is the recognised name as recognition left it; ``kept`` and ``rule`` tell the
    final outcome (resolution may still drop a kept name: a small place nothing else in
    the document supports); ``mention`` is the resolved mention of a kept name and
    ``chosen_by`` why its place won ("best score 6.2 over 4.1", "qualifier", ...).
    """

    name: RecognisedName
    text: str
    kept: bool
    rule: str
    mention: Mention | None = None
    chosen_by: str | None = None

    def to_dict(self) -> dict:
        """Flat JSON-ready record (the ``geomap geoparse --explain --json`` schema)."""
        record = {"start": self.name.start, "end": self.name.end, "text": self.text,
                  "kept": self.kept, "rule": self.rule}
        if self.mention is not None:
            record["place"] = self.mention.to_dict()
            record["chosen_by"] = self.chosen_by
        return record
