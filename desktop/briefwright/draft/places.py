"""Where an event happens: the places a travel alert lists as affected, most specific first.

A place counts where the article names it as the scene of the event, in a sentence about the
event or about what travellers meet (a cue of the event's type, of a hazard or of transport):
after "in", "at", "near", "to" …, as the object of "struck" or "fled", or as the possessor of
a place ("Congo's Equateur province"). A country that only reacts ("Kenya said", "the
United States Embassy", "Australia's foreign ministry") is never one. Airports, ports,
crossings and roads named in such a sentence are listed too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from briefwright.analysis.events.cues import cue_lexicon
from briefwright.draft.placewords import (
    ALSO,
    BETWEEN,
    CALENDAR,
    COMPASS_BEFORE,
    COUNTRY,
    DISRUPTED,
    EVENT_STRENGTH,
    FAMILIES,
    FRONTIER,
    LEADING,
    LOCATIVE,
    MISSION_IN,
    MODIFIER,
    MOST_PLACES,
    MOVING,
    NAME_TAIL,
    NODE,
    NODE_NAME,
    NODE_WORDS,
    NODES,
    NOT_NAMES,
    OWNED_NODE,
    PLACE_PATTERNS,
    POSSESSIVE_ACTOR,
    POSSESSIVE_PLACE,
    REGION,
    REGION_AFTER,
    REGION_BEFORE,
    REGION_NAME,
    REGION_WORDS,
    SCENE_VERBS,
    SCENE_WINDOW,
    TALLIES,
    TOPIC_BEFORE,
    TOWN,
    WORD,
)
from briefwright.model.article import Article
from briefwright.model.briefing import ActorItem
from briefwright.model.sources import LEAD_SOURCE

# Added to the order of a place the headline names, so that the story's order comes first.
HEADLINE_ORDER = 1_000_000


@dataclass(frozen=True)
class _Found:
    name: str
    rank: int  # TOWN, NODE, REGION or COUNTRY
    order: int  # where it is first named as the scene


def affected_places(
    article: Article, actors: Sequence[ActorItem], event: str, *, dateline_country: str = ""
) -> list[str]:
    """Return the places where the ``event`` (an event type's key) happens: towns and sites,
    then districts and provinces, then airports, ports, crossings and roads (before the
    districts where transport is the event), then each country once; at most MOST_PLACES
    before the countries (towns first, then nodes, then regions, when there are more).

    ``dateline_country`` is the country a dateline names ("GOMA, Democratic Republic of
    Congo"): it stands for the country when no sentence names one as the scene.
    """
    found: dict[str, _Found] = {}
    order = 0
    for text, spans, in_headline in _scene_sentences(article, actors, event):
        # A headline compresses ("protests spread to Mombasa and Kisumu"): places stand in
        # the order the story tells them, the headline's only where the story does not.
        headline = HEADLINE_ORDER if in_headline else 0
        for start, end, name, node in spans:
            order += 1
            full = _full_name(name, text[end:])
            rank = NODE if node else _rank(full, actors, text, start, end)
            if node and not _node_is_scene(text, start, end):
                continue
            if not node and not is_scene(text, start, end, country=rank == COUNTRY):
                continue
            key = _node_key(full) if node else _key(full)
            if key and key not in found:
                found[key] = _Found(_display(full), rank, headline + order)
            elif key and node and len(full) > len(found[key].name):
                # The airport's full name over the headline's short one.
                found[key] = _Found(full, rank, min(found[key].order, headline + order))
            elif key and headline + order < found[key].order:
                found[key] = _Found(found[key].name, found[key].rank, headline + order)
    places = sorted(found.values(), key=lambda f: (f.rank, f.order))
    kept = [p for p in places if p.rank != COUNTRY][:MOST_PLACES]
    # The places of the event first, towns before districts; the transport nodes after,
    # unless transport is the event (a strike of air traffic controllers).
    if event != "transport":
        kept.sort(key=lambda f: (f.rank == NODE, f.rank, f.order))
    named = [p.name for p in kept]
    countries = _dedupe_countries([p.name for p in places if p.rank == COUNTRY])
    if not countries and dateline_country:
        countries = [dateline_country]
    return named + [c for c in countries if _key(c) not in {_key(n) for n in named}]


def _scene_sentences(
    article: Article, actors: Sequence[ActorItem], event: str
) -> Iterator[tuple[str, list[tuple[int, int, str, bool]], bool]]:
    """Yield each sentence about the event (the headline first), the places it names:
    (start, end, name, whether a transport node), in order, and whether it is the headline."""
    places = [a for a in actors if a.label == "PLACE" or NODE_NAME.search(a.name)]
    known = _kind_named(article)
    title = " ".join(article.title.split())
    if title and _about_event(title, event):
        names = {a.name: bool(NODE_NAME.search(a.name)) for a in places}
        names.update({c: False for c in _countries_in(title) if c not in names})
        names.update({k: False for k in known if k not in names})
        spans = [
            (m.start(), m.end(), name, node)
            for name, node in names.items()
            for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title)
        ]
        yield title, _with_nodes(title, _outermost(spans), actors), True
    for p in article.paragraphs:
        for s in p.sentences:
            text = p.text[s.start : s.end]
            if not _about_event(text, event):
                continue
            spans = [
                _mention(a, p.text[m.start : m.end], m.start - s.start, m.end - s.start)
                for a in places
                for m in a.mentions
                # ``article`` is the first source's (the alert's own).
                if m.source == LEAD_SOURCE and m.paragraph == p.id and s.start <= m.start < s.end
            ]
            spans += [
                (m.start(), m.end(), name, False)
                for name in known
                for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                if not any(o[0] < m.end() and m.start() < o[1] for o in spans)
            ]
            yield text, _with_nodes(text, _outermost(spans), actors), False


def _kind_named(article: Article) -> list[str]:
    """Return the places the article names by their kind anywhere ("Bwera, a town on the
    border", "the town of Sake"), in order: a sentence about the event may then name them
    alone ("treated at Bwera hospital")."""
    found: list[str] = []
    for p in article.paragraphs:
        for s in p.sentences:
            for _, _, name, _ in _named_places(p.text[s.start : s.end]):
                if name not in found:
                    found.append(name)
    return found


def _mention(actor: ActorItem, said: str, start: int, end: int) -> tuple[int, int, str, bool]:
    """Return a place's mention: the actor's name, or the words said where a transport node
    was named by its town alone ("Rhodes" for "Rhodes International Airport")."""
    if NODE_NAME.search(actor.name) and not NODE_NAME.search(said):
        return start, end, said, False
    return start, end, actor.name, bool(NODE_NAME.search(actor.name))


def _countries_in(text: str) -> list[str]:
    """Return the countries the gazetteer knows that ``text`` names (a headline is not run
    through the recogniser)."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    names = load_gazetteer().names
    return [
        form
        for form, entry in names.items()
        if entry.label == "PLACE" and entry.kind == "country" and form in text
    ]


def _outermost(spans: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    """Return the spans not inside a longer one ("Congo" in "Democratic Republic of Congo")."""
    return sorted(
        s
        for s in spans
        if not any(o[0] <= s[0] and s[1] <= o[1] and o[1] - o[0] > s[1] - s[0] for o in spans)
    )


def _about_event(text: str, event: str) -> bool:
    """Return whether a sentence holds a telling cue of the event's type, of a hazard that
    comes with it or of unrest, or any cue of transport (a closure, a cancelled flight)."""
    related = {event} | ALSO
    for family in FAMILIES:
        if event in family:
            related |= family
    # A hazard's own weak cues ("rescuers", "rain") still mark a sentence about it; those
    # of a court case or an election ("million", "vote") are everywhere.
    least = {key: EVENT_STRENGTH for key in related}
    if event not in TALLIES:
        least[event] = 0.0
    for hit in cue_lexicon().find(text):
        for key, strength in hit.weights:
            if key == "transport" or strength >= least.get(key, 2.0):
                return True
    return False


def _with_nodes(
    text: str, spans: list[tuple[int, int, str, bool]], actors: Sequence[ActorItem] = ()
) -> list[tuple[int, int, str, bool]]:
    """Return the sentence's places with the transport nodes its words name; a node takes
    the place of a name inside it ("Batangas port" over "Batangas"). A node named by the
    town it serves ("the city's airport") takes the name of the last town before it in the
    sentence ("… west of Goma, and shells landed near the city's airport": "Goma airport");
    with no town before it, it is left out, never given a name."""
    nodes = list(_nodes(text))
    kept = [s for s in spans if not any(n[0] <= s[0] < n[1] for n in nodes)]
    named = [
        p
        for p in _named_places(text)
        if not any(k[0] < p[1] and p[0] < k[1] for k in (*kept, *nodes))
    ]
    places = sorted(kept + nodes + named)
    owned = [
        (m.start(), m.end(), f"{town} {m.group('kind').lower()}", True)
        for m in OWNED_NODE.finditer(text)
        if (town := _town_before(text, places, m.start(), actors))
        and not any(n[0] < m.end() and m.start() < n[1] for n in nodes)
    ]
    return sorted(places + owned)


def _town_before(
    text: str, places: Sequence[tuple[int, int, str, bool]], at: int, actors: Sequence[ActorItem]
) -> str:
    """Return the last town named before character ``at`` of ``text``, or ""."""
    for start, end, name, node in reversed(places):
        if end <= at and not node and _rank(name, actors, text, start, end) == TOWN:
            return name
    return ""


def _nodes(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Yield the airports, ports, crossings and roads ``text`` names, as they are listed."""
    pos = 0
    while (m := NODES.search(text, pos)) is not None:
        pos = m.start() + 1
        kind = m.group("kind") or m.group("kind2") or ""
        name = _trim(m.group("name") or m.group("name2") or "")
        start = m.start("name") if m.group("name") else m.start("name2")
        lead = LEADING.match(name)
        if lead:
            name, start = name[lead.end() :], start + lead.end()
        if not name or name.lower() in NOT_NAMES or _nationality(name) or name in CALENDAR:
            continue
        pos = m.end()
        if m.group("name2"):
            yield start, start + len(name), f"{name} {kind.lower()}", True
        elif m.group("other"):
            one = kind.lower().removesuffix("s")
            yield start, start + len(name), f"{name} {one}", True
            other = m.group("other")
            yield m.start("other"), m.start("other") + len(other), f"{other} {one}", True
        else:
            yield start, m.end("kind"), text[start : m.end("kind")], True


def _named_places(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Yield the places ``text`` names by their kind where the recogniser may miss them:
    "the town of Sake", "Kasese district", "Bwera, a town on the border"."""
    for pattern in PLACE_PATTERNS:
        for m in pattern.finditer(text):
            name = _trim(m.group("name"))
            if name.lower() in NOT_NAMES or _nationality(name) or name in CALENDAR:
                continue
            yield m.start("name"), m.end("name"), name, False


def _trim(name: str) -> str:
    """Return a name without the full stop that ends its sentence ("Blantyre." but "U.S.")."""
    return name[:-1] if name.endswith(".") and name[-2:-1].islower() else name


def _nationality(name: str) -> bool:
    """Return whether ``name`` is a nationality ("the Chilean port of Arica")."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.kind == "demonym"


def is_scene(text: str, start: int, end: int, *, country: bool = False) -> bool:
    """Return whether the place at ``text[start:end]`` (a ``country`` or not) is named as
    where the event happens."""
    after = text[end:]
    if POSSESSIVE_ACTOR.match(after) or MODIFIER.match(after) or FRONTIER.match(after):
        return False
    before = text[:start]
    if MISSION_IN.search(before) and not _located_mission(before):
        return False
    if TOPIC_BEFORE.search(before):
        return False  # "sanctions on Iran": what a policy is about
    if POSSESSIVE_PLACE.match(after):
        return True  # "Congo's Equateur province", "Niger's capital"
    # Back to the preposition or verb over articles, place nouns, other names and
    # nationalities ("in the Pakistani city of", "in Canoas and").
    words = WORD.findall(before)[-SCENE_WINDOW:]
    for k in range(len(words) - 1, -1, -1):
        word, low = words[k], words[k].lower()
        if low in LOCATIVE or low in SCENE_VERBS:
            return True
        if low in ("to", "from"):
            moving = any(w.lower() in MOVING for w in words[max(0, k - 4) : k])
            return moving or (low == "from" and not country)
        if low in BETWEEN or word[:1].isupper():
            continue
        return False
    return False


def _node_is_scene(text: str, start: int, end: int) -> bool:
    """Return whether a transport node is named as disrupted or as where the event happens
    ("the crossing … was closed", "flights at … were suspended")."""
    return is_scene(text, start, end) or bool(DISRUPTED.match(text[end:]))


def _located_mission(before: str) -> bool:
    """Return whether an embassy is itself the scene ("outside the French embassy in …")."""
    head = before[: MISSION_IN.search(before).start()]  # type: ignore[union-attr]
    words = [w.lower() for w in WORD.findall(head)][-4:]
    return any(w in ("outside", "at", "near", "to", "on", "attacked", "stormed") for w in words)


def _rank(name: str, actors: Sequence[ActorItem], text: str, start: int, end: int) -> int:
    """Return whether a place is a town, a region or a country: from the actor's type, the
    words around it ("Kasese district", "the island of Rhodes") or the gazetteer."""
    subtype = next((a.subtype for a in actors if a.name == name and a.subtype), "")
    if subtype == "country":
        return COUNTRY
    if subtype == "region" or REGION_NAME.search(name):
        return REGION
    if REGION_AFTER.match(text[end:]) or REGION_BEFORE.search(text[:start]):
        return REGION
    if subtype == "city":
        return TOWN
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    entry = gazetteer.lookup(name)
    if entry is not None and entry.label == "PLACE" and entry.kind == "country":
        return COUNTRY
    if COMPASS_BEFORE.search(text[:start]):
        return REGION  # "northern Luzon", "western Kenya": a part of a larger place
    place = gazetteer.localities.get(name)
    return REGION if place is not None and place.kind != "city" else TOWN


def _full_name(name: str, after: str) -> str:
    """Return the name with the particle and word the recogniser cut off ("Rio Grande" →
    "Rio Grande do Sul")."""
    tail = NAME_TAIL.match(after)
    return name + tail.group() if tail and not NODE_NAME.search(name) else name


def _display(name: str) -> str:
    """Return a place as listed: without a trailing "district" or "province" in lower case."""
    return re.sub(rf"\s+(?:{REGION_WORDS})$", "", name) if name[-1:].islower() else name


def _node_key(name: str) -> str:
    """Return what names a transport node whatever its words ("Torkham crossing" and
    "Torkham border crossing", "Cape Town airport" and "Cape Town International Airport")."""
    words = re.sub(rf"\b(?:{NODE_WORDS}|international|border|the)\b", " ", name.lower())
    return "node:" + " ".join(words.split())


def _key(name: str) -> str:
    return " ".join(re.sub(rf"\b(?:{REGION_WORDS}|the)\b", " ", name.lower()).split())


def _dedupe_countries(names: Sequence[str]) -> list[str]:
    """Return each country once ("Congo" and "Democratic Republic of Congo" are one)."""
    out: list[str] = []
    for name in names:
        low = _key(name)
        if any(low.endswith(_key(o)) or _key(o).endswith(low) for o in out):
            continue
        out.append(name)
    return out
