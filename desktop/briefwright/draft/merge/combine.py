"""Several articles' proposals joined into one briefing, each item tagged with its source."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from briefwright.draft.merge.actors import merge_actors
from briefwright.draft.merge.events import merge_events
from briefwright.draft.merge.facts import merge_facts
from briefwright.draft.merge.ticks import keep_to_count
from briefwright.model.briefing import Briefing
from briefwright.model.schema import copy_of
from briefwright.model.sources import source_id


def combine(proposals: Sequence[Briefing]) -> Briefing:
    """Return one briefing of the articles of ``proposals`` (each the proposal of one
    article), in the order given: S1, S2 ….

    The first proposal gives the settings (template, title, bottom line) and its sections
    as proposed; each later article adds its facts, actors, events and date phrases, tagged
    with its source and given ids of their own (``s2-f3``), and its sections unticked, for
    the user to add. Actors and facts that several sources carry are then joined (see
    :mod:`briefwright.draft.merge.actors` and :mod:`briefwright.draft.merge.facts`), and no
    more facts stay ticked than the template asks (see :mod:`.ticks`). Raise
    ValueError when ``proposals`` is empty or one holds several sources already.
    """
    out = gather(proposals)
    if len(proposals) > 1:
        join(out)
        keep_to_count(out)
    return out


def gather(proposals: Sequence[Briefing]) -> Briefing:
    """Return one briefing holding every item of ``proposals``, each tagged with its source,
    nothing joined yet (see :func:`combine`). Raise ValueError as :func:`combine` does."""
    if not proposals:
        raise ValueError("combine needs one proposal or more")
    _check_single(proposals)
    out = copy_of(proposals[0])
    _append(out, proposals[1:])
    return out


def add_sources(briefing: Briefing, proposals: Sequence[Briefing]) -> Briefing:
    """Return a copy of ``briefing`` with the articles of ``proposals`` (each the proposal
    of one article) added as its next sources, in the order given, and merged again.

    What the user chose in ``briefing`` stays: its settings, its sections and its facts
    (a fact a new source also carries takes that source's reference, count and
    differences); the new articles' ticked facts stay ticked while the template has room
    for them (see :mod:`.ticks`). Each new article adds its facts, actors, events and date
    phrases, and its sections unticked, as :func:`combine` does. ``briefing`` itself is not
    changed. Raise ValueError when ``proposals`` is empty or one holds several sources
    already.
    """
    if not proposals:
        raise ValueError("add_sources needs one proposal or more")
    _check_single(proposals)
    chosen = {f.id for f in briefing.facts if f.included}
    out = copy_of(briefing)
    _append(out, proposals)
    join(out)
    keep_to_count(out, chosen)
    return out


def _append(out: Briefing, proposals: Sequence[Briefing]) -> None:
    for proposal in proposals:
        sid = source_id(len(out.sources) + 1)
        out.sources.append(dataclasses.replace(proposal.sources[0], id=sid))
        _add(out, copy_of(proposal), sid)


def _check_single(proposals: Sequence[Briefing]) -> None:
    if any(len(b.sources) != 1 for b in proposals):
        raise ValueError("combine joins proposals of one article each")


def _free_prefix(out: Briefing, sid: str) -> str:
    """Return a prefix for the ids of source ``sid``'s items that no id of ``out`` starts
    with (a source removed and renumbered leaves its items' ids as they were)."""
    taken = [
        *(f.id for f in out.facts),
        *(s.id for s in out.sections),
        *(a.id for a in out.actors),
        *(e.id for e in out.events),
    ]
    prefix, n = f"{sid.lower()}-", 1
    while any(i.startswith(prefix) for i in taken):
        n += 1
        prefix = f"{sid.lower()}.{n}-"
    return prefix


def join(briefing: Briefing) -> list[list[str]]:
    """Join, in place, the actors, facts and events several sources of ``briefing`` carry;
    return the ids of each joined group of facts (the kept fact's first)."""
    merge_actors(briefing)
    joined = merge_facts(briefing)
    merge_events(briefing)
    return joined


def _add(out: Briefing, b: Briefing, sid: str) -> None:
    """Append the items of ``b`` (one article's proposal) to ``out`` as source ``sid``'s."""
    prefix = _free_prefix(out, sid)

    def new(old: str) -> str:
        return prefix + old

    for f in b.facts:
        f.id, f.source = new(f.id), sid
        out.facts.append(f)
    for s in b.sections:
        s.id, s.source, s.included = new(s.id), sid, False
        s.chosen = None if s.chosen is None else [new(i) for i in s.chosen]
        s.sentence_wording = {new(k): v for k, v in s.sentence_wording.items()}
        s.sentence_headings = {new(k): v for k, v in s.sentence_headings.items()}
        s.printed, s.elsewhere = [new(i) for i in s.printed], [new(i) for i in s.elsewhere]
        out.sections.append(s)
    for a in b.actors:
        a.id = new(a.id)
        a.mentions = [dataclasses.replace(m, source=sid) for m in a.mentions]
        out.actors.append(a)
    for e in b.events:
        e.id, e.source = new(e.id), sid
        out.events.append(e)
    out.dates += [dataclasses.replace(d, source=sid) for d in b.dates]
    # The timeline runs in date order, the undated last.
    out.events.sort(key=lambda e: (e.date == "", e.date))
