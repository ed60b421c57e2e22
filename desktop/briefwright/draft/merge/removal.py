"""A source taken out of a briefing: its items go, merged items keep the other sources'
references, and the later sources move up (S3 becomes S2)."""

from __future__ import annotations

import dataclasses

from briefwright.draft.merge.syndication import independent_groups
from briefwright.draft.merge.words import content_words
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, EventItem, FactItem
from briefwright.model.schema import copy_of
from briefwright.model.sources import LEAD_SOURCE, Conflict, SourceRef, source_id


def remove_source(briefing: Briefing, sid: str) -> Briefing:
    """Return a copy of ``briefing`` without source ``sid``; ``briefing`` is not changed.

    A fact or event only ``sid`` carried goes; one other sources carry too stays, standing
    in the next of them (a fact takes that source's sentence unless the user reworded it);
    the counts and "sources differ" notes follow. Actors only ``sid`` named go, as do its
    sections and date phrases; an analyst's own item that cited ``sid`` stays, citing
    nothing. The sources after ``sid`` move up one place. Raise ValueError when ``sid`` is
    not a source of ``briefing`` or is its only one.
    """
    if sid not in {s.id for s in briefing.sources}:
        raise ValueError(f"{sid!r} is not a source of this briefing")
    if len(briefing.sources) == 1:
        raise ValueError("a briefing keeps at least one source")
    out = copy_of(briefing)
    out.sources = [s for s in out.sources if s.id != sid]
    independent = independent_groups(out.sources)
    out.facts = [f for f in (_fact_without(out, f, sid, independent) for f in out.facts) if f]
    out.events = [e for e in (_event_without(e, sid) for e in out.events) if e]
    kept_actors = []
    for actor in out.actors:
        mentions = [m for m in actor.mentions if m.source != sid]
        if mentions or not actor.mentions:
            actor.mentions = mentions
            kept_actors.append(actor)
    out.actors = kept_actors
    out.sections = [s for s in out.sections if s.source != sid or s.origin != "article"]
    for s in out.sections:
        if s.source == sid:  # an analyst's own section that drew on the source
            s.source, s.paragraphs, s.left_out, s.wording = LEAD_SOURCE, [], [], {}
    out.dates = [d for d in out.dates if d.source != sid]
    facts = {f.id for f in out.facts}
    for s in out.sections:
        if s.chosen is not None:
            s.chosen = [i for i in s.chosen if i in facts]
        s.sentence_wording = {k: v for k, v in s.sentence_wording.items() if k in facts}
    out.bottom_line_refs = [i for i in out.bottom_line_refs if i in facts]
    out.judgments = [
        dataclasses.replace(j, support=tuple(i for i in j.support if i in facts))
        for j in out.judgments
    ]
    _renumber(out)
    return out


def _fact_without(
    briefing: Briefing, fact: FactItem, sid: str, independent: dict[str, str]
) -> FactItem | None:
    refs = [r for r in fact.refs if r.source != sid]
    if fact.source == sid:
        if fact.origin != "article":
            fact.source, fact.paragraph, fact.sentence = LEAD_SOURCE, NO_PARAGRAPH, -1
            fact.also, fact.conflicts, fact.corroboration = [], [], 1
            return fact
        if not refs:
            return None
        _stand_in(briefing, fact, refs[0])
    fact.also = [r for r in refs if r != fact.ref]
    fact.corroboration = max(1, len({independent.get(r.source, r.source) for r in fact.refs}))
    fact.conflicts = _conflicts_without(fact.conflicts, sid)
    return fact


def _stand_in(briefing: Briefing, fact: FactItem, ref: SourceRef) -> None:
    """Make ``fact`` stand in ``ref``: the sentence of its paragraph closest in words."""
    paragraph = briefing.paragraph_at(ref)
    words = content_words(fact.original or fact.text)
    best, best_share = -1, -1.0
    for n, span in enumerate(paragraph.sentences):
        theirs = content_words(paragraph.text[span.start : span.end])
        share = len(words & theirs) / len(words | theirs) if words | theirs else 0.0
        if share > best_share:
            best, best_share = n, share
    reworded = fact.text != fact.original
    fact.source, fact.paragraph, fact.sentence = ref.source, ref.paragraph, best
    if best >= 0:
        span = paragraph.sentences[best]
        sentence = paragraph.text[span.start : span.end].strip()
        if not reworded:
            fact.text = sentence
        fact.original = sentence


def _conflicts_without(conflicts: list[Conflict], sid: str) -> list[Conflict]:
    """Return the "sources differ" note without ``sid``'s side; none when one side is left."""
    kept = [
        Conflict(c.text, refs)
        for c in conflicts
        if (refs := tuple(r for r in c.refs if r.source != sid))
    ]
    return kept if len({c.text for c in kept}) > 1 else []


def _event_without(event: EventItem, sid: str) -> EventItem | None:
    refs = [r for r in event.refs if r.source != sid]
    if event.source == sid:
        if event.origin != "article":
            event.source, event.paragraph, event.also = LEAD_SOURCE, NO_PARAGRAPH, []
            return event
        if not refs:
            return None
        event.source, event.paragraph, event.date_start = refs[0].source, refs[0].paragraph, -1
    event.also = [r for r in refs if r != event.ref]
    return event


def _renumber(briefing: Briefing) -> None:
    """Give the sources the ids of their places again (S1, S2 …) and every reference with
    them."""
    new = {s.id: source_id(n) for n, s in enumerate(briefing.sources, 1)}
    if all(old == now for old, now in new.items()):
        return

    def ref(r: SourceRef) -> SourceRef:
        return SourceRef(new[r.source], r.paragraph)

    briefing.sources = [dataclasses.replace(s, id=new[s.id]) for s in briefing.sources]
    for f in briefing.facts:
        f.source = new[f.source]
        f.also = [ref(r) for r in f.also]
        f.conflicts = [Conflict(c.text, tuple(ref(r) for r in c.refs)) for c in f.conflicts]
    for e in briefing.events:
        e.source = new[e.source]
        e.also = [ref(r) for r in e.also]
    for s in briefing.sections:
        s.source = new[s.source]
    for a in briefing.actors:
        a.mentions = [dataclasses.replace(m, source=new[m.source]) for m in a.mentions]
    briefing.dates = [dataclasses.replace(d, source=new[d.source]) for d in briefing.dates]
