"""Where each included item prints, or why it does not: the marks drafting leaves on facts,
actors, events and written parts, and who a printed quote or claim is said by."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefwright.analysis.statements.named import named_first, named_last
from briefwright.analysis.statements.pointing import clause_start
from briefwright.analysis.wordlists import words
from briefwright.draft.partkinds import PART_INFO
from briefwright.draft.summary import ALL_ELSEWHERE
from briefwright.draft.templates import WRITTEN_PARTS, Part, PartKind, Template
from briefwright.model.briefing import ActorItem, Briefing, FactItem, SectionItem, WrittenPrint

# The text parts an analyst writes, in the order the details panel shows them.
TEXT_PARTS: tuple[PartKind, ...] = ("comment", *WRITTEN_PARTS)


@dataclass(frozen=True)
class Place:
    """Where a sentence prints: the part's id and how a reader finds it there."""

    part: str
    label: str


def part_id(part: Part) -> str:
    """Return the name a project gives the part an item prints in: ``key_facts`` for the key
    facts, the heading's words for a sections part (``background``, ``current_status``), else
    the part's kind (``bottom_line``, ``judgments``, ``actors`` …)."""
    if part.kind == "facts":
        return "key_facts"
    if part.kind == "sections":
        return "_".join(re.findall(r"[a-z0-9]+", part.heading.lower())) or "sections"
    return part.kind


def join_names(names: Sequence[str]) -> str:
    """Return names joined as a reader lists them: "A", "A and B", "A, B and C" (repeats once)."""
    items = list(dict.fromkeys(n for n in names if n))
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# A role this short reads as a title before the name ("Defence Minister Nur").
_TITLE_WORDS = 4


# Words a source's name never opens with, and words it never ends with: what a clause around
# the speaker leaves when it is cut in the wrong place.
_NOT_OPENING = words(
    "as and but or according after before while when which who that this it its result "
    "separately meanwhile also then so if"
)
_NOT_CLOSING = words("was were is are said says told has had have been be")
# A crowd named by how many of it speak ("some said", "many said"): no one to name after.
_QUANTITIES = words("some many others several most few all both")


# A phrase that leads a sentence's main clause: "In a conversation with ousted President
# Mohamed Bazoum, ", "Speaking on Friday, ".
_LEADING_PHRASE = re.compile(
    r"(?:In|At|On|During|After|Before|Speaking|Asked|Writing|Later|Earlier)\b[^,;:\"“]{0,90},\s+"
)


def reads_as_source(speaker: str) -> bool:
    """Return whether ``speaker`` (not one of the briefing's actors) reads as who said
    something ("police", "a spokesman for the ministry", "Reuters"), not as a piece of a
    clause ("result was", "as one former factory owner")."""
    words = speaker.replace("’", "'").split()
    if not words or (len(words) == 1 and words[0].lower() in _QUANTITIES):
        return False  # "— some" after a quotation tells the reader nothing
    return words[0].lower() not in _NOT_OPENING and words[-1].lower() not in _NOT_CLOSING


def attribution(fact: FactItem, actors: Sequence[ActorItem]) -> str:
    """Return how a quote or claim names its speaker after it: a person's title (when the
    article gives a short one) and surname, or the speaker's name; "" for other kinds, no
    speaker, or a sentence that opens or closes with its speaker (the reader sees who
    speaks)."""
    if fact.kind not in ("quote", "claim") or not fact.speaker.strip():
        return ""
    speaker = " ".join(fact.speaker.split())
    actor = next((a for a in actors if a.name == speaker), None)
    aliases = actor.aliases if actor is not None else []
    # "…, Kurnaz said." needs no "— Kurnaz" after it, nor "In a call with X, Blinken
    # emphasized …" a "— Blinken": the main clause opens with the speaker.
    lead = _LEADING_PHRASE.match(fact.text)
    main = fact.text[lead.end() if lead else clause_start(fact.text) :]
    if any(named_first(t, speaker, aliases) for t in (fact.text, main)) or named_last(
        fact.text, speaker, aliases
    ):
        return ""
    if actor is None and not reads_as_source(speaker):
        return ""  # "result was", "as one former owner": no name to print after the words
    if actor is None or actor.label != "PERSON":
        return speaker
    role = " ".join(actor.role.split())
    if role and role[:1].isupper() and len(role.split()) <= _TITLE_WORDS:
        return f"{role} {speaker.split()[-1]}"
    return speaker


def mark_facts(briefing: Briefing, template: Template, where: dict[str, Place]) -> None:
    sections = {s.id: s for s in briefing.sections}
    for fact in briefing.facts:
        fact.printed_in, fact.printed_as, fact.not_printed = None, "", ""
        fact.said_by = attribution(fact, briefing.actors)
        if not fact.included:
            continue
        place = where.get(fact.id)
        if place is None:
            fact.not_printed = _fact_not_printed(briefing, template, fact, sections)
            continue
        fact.printed_in, fact.printed_as = place.part, place.label


def _fact_not_printed(
    briefing: Briefing, template: Template, fact: FactItem, sections: dict[str, SectionItem]
) -> str:
    facts_part = next((p for p in template.parts if p.kind == "facts"), None)
    if facts_part is not None:
        return f"you left out the part ‘{facts_part.heading}’"
    home = next(
        (
            s
            for s in sections.values()
            if fact.paragraph in s.paragraphs and s.source == fact.source
        ),
        None,
    )
    lacks = f"the {template.title} has no key facts"
    if home is None:
        return f"{lacks} and no section holds its paragraph"
    if not home.included:
        return f"{lacks} and its section ‘{home.heading}’ is not ticked"
    if fact.paragraph in home.left_out:
        return f"{lacks} and you left its paragraph out of ‘{home.heading}’"
    if home.chosen is not None:
        return f"{lacks} and you picked other sentences for ‘{home.heading}’"
    if home.printed_in and home.role == "outlook":
        return f"{lacks} and ‘{home.heading}’ prints only what is to come"
    return f"{lacks} and its section ‘{home.heading}’ does not print"


def mark_actors(briefing: Briefing, template: Template, part: Part | None) -> None:
    for actor in briefing.actors:
        actor.printed_in, actor.not_printed = None, ""
        if not actor.included:
            continue
        if part is None:
            actor.not_printed = _missing(briefing, template, "actors")
        elif part.labels and actor.label not in part.labels:
            actor.not_printed = f"‘{part.heading}’ lists only {_labels(part.labels)}"
        else:
            actor.printed_in = part_id(part)


_LABEL_NAMES = {"PERSON": "people", "ORG": "organisations", "PLACE": "places", "GROUP": "groups"}


def _labels(labels: Sequence[str]) -> str:
    return join_names([_LABEL_NAMES.get(x, x.lower()) for x in labels])


def _missing(briefing: Briefing, template: Template, kind: PartKind) -> str:
    """Return why a template's part of ``kind`` shows nothing: left out, or not in it."""
    part = next((p for p in template.parts if p.kind == kind), None)
    if part is not None and part.key in briefing.omitted_parts:
        return f"you left out the part ‘{part.heading}’"
    return f"the {template.title} has no {PART_INFO[kind].name}"


def mark_events(briefing: Briefing, template: Template, part: Part | None) -> None:
    for event in briefing.events:
        event.printed_in, event.not_printed = None, ""
        if not event.included:
            continue
        if part is None:
            event.not_printed = _missing(briefing, template, "timeline")
        else:
            event.printed_in = part_id(part)


def mark_written(briefing: Briefing, template: Template) -> None:
    """Record where each written part with text prints (see :class:`WrittenPrint`)."""
    out = []
    for kind in TEXT_PARTS:
        if not str(getattr(briefing, kind)).strip():
            continue
        part = next((p for p in template.parts if p.kind == kind), None)
        if part is not None and part.key not in briefing.omitted_parts:
            out.append(WrittenPrint(kind, part_id(part)))
        else:
            reason = _missing(briefing, template, kind)
            out.append(WrittenPrint(kind, None, reason))
    briefing.written = out


def unprinted(briefing: Briefing) -> list[tuple[str, str, str]]:
    """Return each included item the briefing's template does not print: its kind
    ("section", "fact", "actor", "event", "part"), its text and the reason, in outline order.
    A section whose sentences all print in another part is not among them: nothing it says
    is missing from the page."""
    out: list[tuple[str, str, str]] = []
    out += [
        ("section", s.heading, s.not_printed)
        for s in briefing.sections
        if s.not_printed and s.not_printed != ALL_ELSEWHERE
    ]
    out += [("fact", f.text, f.not_printed) for f in briefing.facts if f.not_printed]
    out += [("actor", a.name, a.not_printed) for a in briefing.actors if a.not_printed]
    out += [("event", e.text, e.not_printed) for e in briefing.events if e.not_printed]
    out += [("part", w.part, w.not_printed) for w in briefing.written if w.printed_in is None]
    return out

