"""A travel-security alert's own parts: where, how long, what kind of event, and the advice."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis.events.cues import GENERAL, event_labels
from briefwright.analysis.events.event_type import classify_event
from briefwright.draft.countries import city_in, is_country, place_in_name
from briefwright.draft.places import affected_places, is_scene
from briefwright.draft.placewords import TOPIC_BEFORE
from briefwright.model.analysis import Analysis
from briefwright.model.assets import get_asset
from briefwright.model.briefing import Briefing
from briefwright.model.calendar import month_short
from briefwright.model.dtg import parse_dtg
from briefwright.model.errors import TemplateError
from briefwright.model.sources import LEAD_SOURCE

UNTIL_FURTHER_NOTICE = "until further notice"
# A wire-style dateline: "MOGADISHU (Reuters) -", "PARIS, Dec. 1, 2026 -", "NIAMEY, Niger —".
_DATELINE = re.compile(r"^([A-Z][A-Z .'’-]{2,40}?)(?:,|\s+\()")
# A place name used as a modifier ("the United States Embassy", "the Niger government") is
# not where the event happens; a possessive ("Haiti's prime minister") still places it
# (the lede's places, where no sentence names the scene of the event).
_MODIFIER = re.compile(
    r"^\s+(?:[A-Z][a-z]|(?:embass|government|official|forces|troops|authorit|"
    r"military|army|president|minist|police|nationals|citizens|leader|delegation)\w*)"
)
LEDE_SENTENCES = 2
# Where the lede names no place, the first sentences of the story may name the scene.
EARLY_SENTENCES = 3
# A place between an article and a noun of a matter names the matter ("the Iran nuclear
# issue", "the Iraq war"), where before a noun of a person it still places the story ("A
# Massachusetts teenager").
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_MATTER_AFTER = re.compile(
    r"^\s+(?:nuclear|issue|deal|program|programme|talks|crisis|war|question|file|policy|"
    r"sanctions|agreement|negotiations|debate|dispute|conflict|problem)\b"
)
# Events that happen where they are reported from when the story names no town for them:
# a ruling, a vote, a decision is made in the dateline's city ("NAIROBI - Kenya's High
# Court suspended …"). A hazard or a battle is often reported from a city nearby instead.
DATELINE_SCENES = frozenset({"legal", "election", "economic", "coup", "general"})


@dataclass(frozen=True)
class EventType:
    """An entry of the advice library: the event type's key and label, and its advice."""

    key: str
    label: str
    advice: tuple[str, ...]


@functools.cache
def advice_library() -> dict[str, EventType]:
    """Return the advice library by event type, in the order of ``event_types.toml``: each
    type's label from there and its advice from ``resources/advice.toml``.

    Raise TemplateError when a file cannot be read, a type has no advice or the advice names
    a type that does not exist.
    """
    path = get_asset("advice.toml")
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        labels = event_labels()
    except (OSError, ValueError) as exc:
        raise TemplateError(f"the advice library cannot be read ({path.name}): {exc}") from exc
    unknown = sorted(set(data) - set(labels))
    if unknown:
        raise TemplateError(f"advice library: [{unknown[0]}] is not an event type")
    library: dict[str, EventType] = {}
    for key, label in labels.items():
        advice = data.get(key, {}).get("advice")
        if not (isinstance(advice, list) and advice and all(isinstance(a, str) for a in advice)):
            raise TemplateError(f"advice library: [{key}] needs a list of advice")
        library[key] = EventType(key, label, tuple(advice))
    return library


@functools.cache
def _former_keys() -> dict[str, str]:
    """Return the type each key an older version used stands for now (``strike`` → …)."""
    with get_asset("advice.toml").open("rb") as fh:
        data = tomllib.load(fh)
    return {old: key for key, entry in data.items() for old in entry.get("replaces", [])}


def proposed_event_type(briefing: Briefing) -> str:
    """Return the event type the article reports, read from its words alone (the headline
    and the lede's main clause first; see :mod:`briefwright.analysis.events.event_type`).

    What a briefing saved without an event type falls back to; a new briefing takes the
    analysis' reading through :func:`event_type_value`.
    """
    return classify_event(briefing.lead_article).key


def event_type_value(analysis: Analysis) -> str:
    """Return the value for a Briefing's ``event_type`` from ``analysis``: its event type
    when the advice library has it, ``general`` when not, ``""`` when the analysis read
    none (an Analysis made before event types)."""
    if not analysis.event_type:
        return ""
    return analysis.event_type if analysis.event_type in advice_library() else GENERAL


def event_type_basis(key: str, cues: Sequence[str]) -> str:
    """Return why an event type was proposed, for the window: "Classed Disease outbreak
    from: 'Ebola outbreak', 'cases confirmed'" (or that nothing named an event)."""
    entry = advice_library().get(_former_keys().get(key, key))
    label = entry.label if entry else key
    if not cues:
        return f"Classed {label}: the headline and lede name no event of a listed kind"
    return f"Classed {label} from: " + ", ".join(f"'{c}'" for c in cues)


def event_type(briefing: Briefing) -> EventType:
    """Return the briefing's event type: the user's when set and known (a key an older
    version used is read as its type now), else the one its article reports."""
    library = advice_library()
    chosen = _former_keys().get(briefing.event_type, briefing.event_type)
    return library.get(chosen) or library[proposed_event_type(briefing)]


def advice_items(briefing: Briefing) -> list[str]:
    """Return the advice: the user's lines when written, else the library's for the event type."""
    own = _lines(briefing.advice)
    return own or list(event_type(briefing).advice)


def dateline_place(briefing: Briefing) -> str:
    """Return the place a wire-style dateline names at the start of the lead, or ``""``."""
    try:
        lead = briefing.lead_article.paragraph(briefing.lead_article.lead_paragraph).text
    except KeyError:
        return ""
    m = _DATELINE.match(lead.strip())
    if not m or not any(c.isalpha() for c in m.group(1)):
        return ""
    return m.group(1).strip().title()


def proposed_locations(briefing: Briefing) -> list[str]:
    """Return where the event happens, most specific first: towns and sites, airports,
    ports, crossings and roads, districts and provinces, then each country once.

    Only places the article names as the scene of the event count, never a country that
    only reacts (see :mod:`briefwright.draft.places`). Where no sentence names the country,
    the dateline's country ("GOMA, Democratic Republic of Congo") or the nationality the
    lede gives ("Kenyan police") stands for it. Where only countries are named for an event
    of DATELINE_SCENES, the dateline's city in one of them comes first ("Nairobi; Kenya").
    """
    article = briefing.lead_article
    country = _dateline_country(article.place or "") or _lede_nationality(briefing)
    kind = event_type(briefing).key
    found = affected_places(article, briefing.actors, kind, dateline_country=country)
    if not found:
        return _lede_places(briefing) or early_scenes(briefing) or _places_in_bodies(briefing)
    city = (article.place or "").split(",")[0].strip() or dateline_place(briefing)
    only_countries = all(is_country(p) for p in found)
    if kind in DATELINE_SCENES and only_countries and any(city_in(city, p) for p in found):
        return [city, *found]
    return found


def _places_in_bodies(briefing: Briefing) -> list[str]:
    """Return the places inside the names of the bodies the article's first EARLY_SENTENCES
    name ("the University of Oklahoma": Oklahoma), for a story that names no place of its
    own: a body's home is where its story happens."""
    article = briefing.lead_article
    early = [(p.id, s) for p in article.paragraphs for s in p.sentences][:EARLY_SENTENCES]
    found: list[str] = []
    for actor in briefing.actors:
        named_early = any(
            m.source == LEAD_SOURCE and pid == m.paragraph and s.start <= m.start < s.end
            for m in actor.mentions
            for pid, s in early
        )
        place = place_in_name(actor.name) if actor.label == "ORG" and named_early else ""
        if place and place not in found:
            found.append(place)
    # A country a national body is named for ("U.S. Justice Department") only where nothing
    # nearer is named.
    return [p for p in found if not is_country(p)] or found


def _lede_places(briefing: Briefing) -> list[str]:
    """Return the dateline's place and the places the lede names (not as a modifier: "the
    United States Embassy"), towns before states and countries, for an article that names no
    place as the scene of its event ("Georgia's ruling party won the snap election")."""
    article = briefing.lead_article
    found: list[str] = []
    place = (article.place or "").split(",")[0].strip() or dateline_place(briefing)
    if place:
        found.append(place)
    try:
        lead = article.paragraph(article.lead_paragraph)
    except KeyError:
        return found
    sentences = lead.sentences[:LEDE_SENTENCES]
    end = sentences[-1].end if sentences else len(lead.text)
    named: list[tuple[int, int, str]] = []
    for actor in briefing.actors:
        if actor.label != "PLACE":
            continue
        for m in actor.mentions:
            if m.paragraph != lead.id or m.start >= end:
                continue
            # A country's government or embassy only reacts; a town's or a state's police
            # ("Fort Lauderdale police said") act where the story happens.
            modifier = _MODIFIER.match(lead.text[m.end :]) and is_country(actor.name)
            if modifier or _attributive(lead.text, m.start, m.end):
                continue
            wide = 2 if is_country(actor.name) else int(actor.subtype == "region")
            named.append((wide, m.start, actor.name))
            break
    for _, _, name in sorted(named):
        if name.lower() not in (f.lower() for f in found):
            found.append(name)
    return found


def _attributive(text: str, start: int, end: int) -> bool:
    """Return whether the place at ``text[start:end]`` names a matter ("the Iran nuclear
    issue") or what a policy is about ("sanctions on Iran"): a topic, not where the story
    happens."""
    before = text[:start]
    if TOPIC_BEFORE.search(before):
        return True
    return bool(_ARTICLE_BEFORE.search(before)) and bool(_MATTER_AFTER.match(text[end:]))


def early_scenes(briefing: Briefing) -> list[str]:
    """Return the places the first sentence, among the lead article's first EARLY_SENTENCES,
    that names any as where something happens names so ("during a 2013 interrogation in
    Todashev's apartment in Orlando, Florida"), in the order named; for a story whose lede
    names no place. Later sentences tell other scenes (the history, the reactions)."""
    article = briefing.lead_article
    seen = 0
    found: list[str] = []
    places = [a for a in briefing.actors if a.label == "PLACE"]
    for p in article.paragraphs:
        for s in p.sentences:
            if seen >= EARLY_SENTENCES or found:
                return found
            seen += 1
            text = p.text[s.start : s.end]
            named = sorted(
                (m.start - s.start, m.end - s.start, a.name)
                for a in places
                for m in a.mentions
                if m.source == LEAD_SOURCE and m.paragraph == p.id and s.start <= m.start < s.end
            )
            for start, end, name in named:
                if name not in found and is_scene(text, start, end, country=is_country(name)):
                    found.append(name)
    return found


def _dateline_country(place: str) -> str:
    """Return the country a dateline's place names after its city ("Goma, Democratic
    Republic of Congo"), or ``""``."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    for part in reversed([p.strip() for p in place.split(",")][1:]):
        entry = load_gazetteer().lookup(part)
        if entry is not None and entry.label == "PLACE" and entry.kind == "country":
            return entry.canonical
    return ""


def _lede_nationality(briefing: Briefing) -> str:
    """Return the country of a nationality the lede's first sentence names ("Kenyan
    police", "the Greek island of Rhodes"), or ``""``."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    article = briefing.lead_article
    try:
        lead = article.paragraph(article.lead_paragraph)
    except KeyError:
        return ""
    end = lead.sentences[0].end if lead.sentences else len(lead.text)
    gazetteer = load_gazetteer()
    for actor in briefing.actors:
        if actor.label != "GROUP" or actor.subtype != "demonym":
            continue
        if any(m.paragraph == lead.id and m.start < end for m in actor.mentions):
            entry = gazetteer.lookup(actor.name)
            if entry is not None and entry.kind == "demonym":
                return entry.canonical
    return ""


def locations(briefing: Briefing) -> list[str]:
    """Return the locations affected: the user's lines when written, else the proposed ones."""
    return _lines(briefing.locations) or proposed_locations(briefing)


def validity(briefing: Briefing) -> tuple[str, str]:
    """Return the alert's validity (from, until) as shown: the user's values where set, else
    from the article's date until the latest later date it names, or until further notice."""
    start = briefing.valid_from.strip()
    end = briefing.valid_to.strip()
    article_date = briefing.lead_article.date.isoformat() if briefing.lead_article.date else ""
    if not start:
        start = article_date
    if not end:
        later = [e.date for e in briefing.included_events() if len(e.date) == 10]
        later = [d for d in later if d > (start or article_date)]
        end = max(later) if later else UNTIL_FURTHER_NOTICE
        # An alert is never valid only until a day before it was issued: a drafted end that
        # falls before the date-time group gives way to "until further notice".
        issued = parse_dtg(briefing.meta.dtg)
        if issued is not None and len(end) == 10 and end < issued.date().isoformat():
            end = UNTIL_FURTHER_NOTICE
    return start, end


# A source this many days older than the briefing is flagged: the reader must know the
# news is not of the day.
STALE_DAYS = 7


def source_age(briefing: Briefing) -> str:
    """Return the warning for a source dated more than STALE_DAYS before the briefing's
    date-time group ("Source dated 2 Mar 2026, 40 days before this briefing"), else ""."""
    issued = parse_dtg(briefing.meta.dtg)
    dated = briefing.lead_article.date
    if issued is None or dated is None:
        return ""
    days = (issued.date() - dated).days
    if days <= STALE_DAYS:
        return ""
    when = f"{dated.day} {month_short(dated.month)} {dated.year}"
    return f"Source dated {when}, {days:,} days before this briefing"


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
