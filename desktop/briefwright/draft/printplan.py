"""What a briefing prints and where, drafted into the Briefing whenever a pick changes.

Composing a page decides nothing: this module writes into the Briefing the drafted bottom
line and the facts it quotes, each included item's part (``printed_in``) or the reason it does
not print (``not_printed``), how a fact is named where it prints ("Key fact 3"), each section's
printed sentences and drafted heading. The outline, the preview, the command line and both
files then show the same thing. Drafting is a function of what the user chose, so running it
again after an undo restores what it drafted before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alertdraft import draft_alert
from briefwright.draft.dating import ahead_sentences
from briefwright.draft.drafting import draft_bottom_line, fact_wording, strip_dateline
from briefwright.draft.incidents import incidents
from briefwright.draft.naming import name_pronouns
from briefwright.draft.nextsteps import draft_next_steps
from briefwright.draft.printmarks import (
    Place,
    join_names,
    mark_actors,
    mark_events,
    mark_facts,
    mark_written,
    part_id,
)
from briefwright.draft.section_heading import drafted_heading
from briefwright.draft.summary import (
    ALL_ELSEWHERE,
    auto_choice,
    looks_ahead,
    only_points,
    section_facts,
)
from briefwright.draft.templates import Part, SentencePick, Template, load_template
from briefwright.model.briefing import (
    Briefing,
    FactItem,
    SectionItem,
)
from briefwright.model.sources import LEAD_SOURCE


def redraft(briefing: Briefing) -> None:
    """Draft into ``briefing`` what its template prints, in place.

    Raise TemplateError when the briefing's template is unknown.
    """
    template = load_template(briefing.template)
    active = [p for p in template.parts if p.key not in briefing.omitted_parts]
    kinds: dict[str, Part] = {p.kind: p for p in active if p.kind != "sections"}
    _draft_bottom_line(briefing)
    if {"alert_status", "locations", "location_line"} & set(kinds):
        draft_alert(briefing)
    if "next_steps" in kinds:
        draft_next_steps(briefing)
    where = _placed_outside_sections(briefing, kinds)
    # A summary does not repeat the bottom line above it.
    bottom = briefing.bottom_line if "bottom_line" in kinds else ""
    _draft_sections(briefing, template, active, where, bottom, has_facts_part="facts" in kinds)
    mark_facts(briefing, template, where)
    name_pronouns(briefing)
    mark_actors(briefing, template, kinds.get("actors"))
    mark_events(briefing, template, kinds.get("timeline"))
    mark_written(briefing, template)


def _draft_bottom_line(briefing: Briefing) -> None:
    """Draft the bottom line again while it is the proposed one; record the facts it quotes."""
    if briefing.auto_bottom_line and briefing.bottom_line == briefing.auto_bottom_line:
        lead = briefing.lead_article.lead_paragraph
        # Drafted from the first source's facts: its lead paragraph opens the bottom line.
        facts = [f for f in briefing.facts if f.source == LEAD_SOURCE]
        drafted = draft_bottom_line(facts, lead, ahead_sentences(briefing))
        briefing.bottom_line = briefing.auto_bottom_line = drafted
    text = " ".join(briefing.bottom_line.split())
    # Every sentence it quotes, ticked or not: the forward-looking element may be a sentence
    # not ticked as a key fact ("The Security Council will discuss the fighting on Tuesday").
    briefing.bottom_line_refs = [
        f.id
        for f in briefing.facts
        if text
        and (f.included or f.origin == "article")
        and (wording := fact_wording(strip_dateline(f.text)))
        and (f.included or len(wording.split()) >= 4)  # not a fragment found by chance
        and wording in text
    ]


def _placed_outside_sections(briefing: Briefing, kinds: dict[str, Part]) -> dict[str, Place]:
    """Return, by fact id, the sentences printed by the bottom line, the judgments, the
    incidents, the actions taken and the key facts, with how a reader finds each there."""
    where: dict[str, Place] = {}
    if "bottom_line" in kinds:
        for fid in briefing.bottom_line_refs:
            where[fid] = Place("bottom_line", kinds["bottom_line"].heading)
    if "judgments" in kinds:
        printed = [j for j in briefing.judgments if j.statement.strip()]
        for n, j in enumerate(printed, 1):
            if j.origin:
                where.setdefault(j.origin, Place("judgments", f"Key judgment {n}"))
    if "incidents" in kinds:
        heading = kinds["incidents"].heading
        for incident in incidents(briefing):
            for fid in (incident.fact, *incident.joined):
                where.setdefault(fid, Place("incidents", heading))
    if "actions" in kinds:
        heading = kinds["actions"].heading
        for action in actions_taken(briefing):
            where.setdefault(action.fact, Place("actions", heading))
    if "facts" in kinds:
        part = kinds["facts"]
        listed = [f for f in briefing.included_facts() if f.id not in where]
        plain = [f for f in listed if f.kind != "assessment"]
        judged = [f for f in listed if f.kind == "assessment"]
        for n, f in enumerate(plain, 1):
            where[f.id] = Place("key_facts", f"Key fact {n}")
        for n, f in enumerate(judged, 1):
            where[f.id] = Place("key_facts", f"{part.assessment_heading} {n}")
    return where


def in_print_order(
    sections: Sequence[SectionItem],
    template: Template,
    within: Callable[[SectionItem], int] | None = None,
) -> list[SectionItem]:
    """Return ``sections`` in the order the template prints them: by the sections part that
    takes each, within a part by ``within`` in a part whose summaries rank sentences for
    travellers (see :func:`briefwright.draft.traveller.section_order`), else in the
    article's order (a stable sort); sections no part takes come last."""
    parts = [p for p in template.parts if p.kind == "sections"]

    def rank(section: SectionItem) -> tuple[int, int]:
        n = next((n for n, p in enumerate(parts) if section.role in p.roles), len(parts))
        ranked = within is not None and n < len(parts) and parts[n].sentences == "traveller"
        return n, within(section) if within is not None and ranked else 0

    return sorted(sections, key=rank)


def section_part(section: SectionItem, parts: Sequence[Part]) -> Part | None:
    """Return the sections part of ``parts`` that takes ``section``: the first by its role."""
    return next((p for p in parts if p.kind == "sections" and section.role in p.roles), None)


def _draft_sections(
    briefing: Briefing,
    template: Template,
    active: list[Part],
    where: dict[str, Place],
    bottom: str,
    *,
    has_facts_part: bool,
) -> None:
    """Decide each section's part, printed sentences, pointers and heading."""
    used: set[str] = set()
    pointing: list[SectionItem] = []
    for section in briefing.sections:
        section.printed, section.elsewhere, section.pointer = [], [], ""
        section.printed_in, section.not_printed = None, ""
        if not section.included:
            continue
        part = section_part(section, active)
        if part is None:
            section.not_printed = _not_in_part(section, template)
            continue
        section.printed_in = part_id(part)
        if section.display == "summary":
            _choose_sentences(
                briefing, section, where, bottom, part.sentences, has_facts_part=has_facts_part
            )
            shows = section.printed or section.elsewhere or section.text.strip()
            if part.sentences == "ahead" and not shows:
                # An outlook prints only what is to come; a section that tells none has
                # nothing for it (its current facts are the situation's).
                section.printed_in, section.not_printed = None, _NOTHING_AHEAD
                continue
            if not shows:
                # Never a bare heading: every sentence leans on one that does not print
                # with it ("It did not say …"); tick one of them in the section to print it.
                section.printed_in, section.not_printed = None, _NOTHING_ALONE
                continue
            if only_points(section):
                section.printed_in, section.not_printed = None, ALL_ELSEWHERE
                pointing.append(section)
                continue
            for fid in section.printed:
                where.setdefault(fid, Place(section.printed_in, ""))
        section.heading = drafted_heading(briefing, section, used)
        used.add(section.heading)
    # A section that only points is named all the same (the outline shows it with where its
    # sentences print), after those that print: it takes no heading from them.
    for section in pointing:
        section.heading = drafted_heading(briefing, section, used)
        used.add(section.heading)
    # A fact printed in a section's summary is found under the section's heading.
    for section in briefing.sections:
        for fid in section.printed:
            if where[fid].part == section.printed_in and not where[fid].label:
                where[fid] = Place(section.printed_in or "", f"‘{section.heading}’")
    for section in briefing.sections:
        section.pointer = join_names([where[i].label for i in section.elsewhere])


_NOTHING_AHEAD = "nothing in it looks ahead, and its part prints only what is to come"
_NOTHING_ALONE = (
    "each of its sentences leans on one before it that does not print; pick its sentences "
    "to print them"
)


def _not_in_part(section: SectionItem, template: Template) -> str:
    part = section_part(section, template.parts)
    if part is not None:
        return f"you left out the part ‘{part.heading}’"
    return f"the {template.title} has no part for {section.role} sections"


def _choose_sentences(
    briefing: Briefing,
    section: SectionItem,
    where: dict[str, Place],
    bottom: str,
    pick: SentencePick,
    *,
    has_facts_part: bool,
) -> None:
    """Set the sentences a summary prints and those it points to (printed elsewhere), the
    ranker's taken as ``pick`` says (see :func:`auto_choice`).

    The user's pick when there is one, else the ranker's from what no other part prints; in a
    template without key facts, the section also prints the facts ticked in it. Where nothing
    is left to print, the section points to where its best sentence is.
    """
    facts = section_facts(briefing, section)
    by_id = {f.id: f for f in facts}
    if section.chosen is not None:
        ids = [i for i in dict.fromkeys(section.chosen) if i in by_id]
    else:
        ids = auto_choice(briefing, section, frozenset(where), bottom, pick)
    if not has_facts_part:
        ticked = [f for f in facts if f.included and f.id not in where and f.id not in ids]
        if pick == "ahead":
            # An outlook holds what is to come: a ticked fact of the present stays off it,
            # and says why (see printmarks).
            ahead = ahead_sentences(briefing)
            ticked = [f for f in ticked if looks_ahead(f, ahead)]
        ids += [f.id for f in ticked]
    ids = [i for i in ids if by_id[i].paragraph not in section.left_out]
    section.printed = _reading_order([i for i in ids if i not in where], by_id)
    section.elsewhere = _reading_order([i for i in ids if i in where], by_id)
    if not section.printed and not section.elsewhere and not section.text.strip():
        best = auto_choice(briefing, section, frozenset(), "", pick)
        section.elsewhere = [i for i in best if i in where][:1]
        if section.elsewhere or section.chosen is not None:
            return
        # Every sentence of the section leans on one before it ("Another American, …"): a
        # ticked section still says where the best of them prints (else it prints nothing
        # and says why: see _draft_sections).
        ranked = sorted(
            (f for f in facts if f.paragraph not in section.left_out),
            key=lambda f: (-f.score, f.paragraph, f.sentence),
        )
        if pick == "ahead":  # an outlook says nothing rather than the present
            ahead = ahead_sentences(briefing)
            ranked = [f for f in ranked if looks_ahead(f, ahead)]
        section.elsewhere = [f.id for f in ranked if f.id in where][:1]


def _reading_order(ids: list[str], by_id: dict[str, FactItem]) -> list[str]:
    return sorted(ids, key=lambda i: (by_id[i].paragraph, by_id[i].sentence))


def home_section(briefing: Briefing, fact_index: int) -> int | None:
    """Return the index of the section a key fact can print in instead (the ticked section
    holding its paragraph, printed as a summary), or None when there is none: the fact is
    not ticked, is the analyst's own, or its section does not print."""
    fact = briefing.facts[fact_index]
    if not fact.included or fact.origin != "article" or fact.sentence < 0:
        return None
    for n, section in enumerate(briefing.sections):
        if fact.source != section.source:
            continue
        if fact.paragraph in section.paragraphs and fact.paragraph not in section.left_out:
            shown = section.printed_in or only_points(section)
            prints = section.included and shown and section.display == "summary"
            return n if prints else None
    return None


def picked_with(section: SectionItem, fact_id: str) -> tuple[str, ...]:
    """Return the sentences a summary shows once ``fact_id`` is among them: the user's pick,
    or what it shows and points to now, with the fact added."""
    now = section.chosen if section.chosen is not None else [*section.printed, *section.elsewhere]
    return (*dict.fromkeys(now), fact_id) if fact_id not in now else tuple(now)
