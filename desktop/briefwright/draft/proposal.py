"""The proposed Briefing: the analysis turned into a first draft the user then edits."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefwright.analysis.ranking.facts import select_facts
from briefwright.analysis.ranking.news import is_credit
from briefwright.analysis.sections.phrases import is_outlet
from briefwright.draft.alert import event_type_value
from briefwright.draft.dating import date_items
from briefwright.draft.drafting import draft_bottom_line, fact_wording
from briefwright.draft.incidentcues import is_incident
from briefwright.draft.printplan import in_print_order, redraft, section_part
from briefwright.draft.subject import proposed_subject
from briefwright.draft.summary import label_of
from briefwright.draft.templates import DEFAULT_FACT_COUNT, Template, load_template
from briefwright.draft.together import tick_units
from briefwright.draft.traveller import OUTLOOK, section_order
from briefwright.model.analysis import Actor, Analysis, Mention
from briefwright.model.article import Article
from briefwright.model.briefing import (
    DEFAULT_TEMPLATE,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    Meta,
    SectionItem,
)
from briefwright.model.dtg import format_dtg, now_utc
from briefwright.model.markings import DEFAULT_MARKING
from briefwright.model.sources import source_of

MAX_ACTORS = 6
MAX_EVENTS = 8
# A travel alert's event part ticks at most this many sections a traveller does not need.
CONTEXT_SECTIONS = 1


def propose(
    article: Article,
    analysis: Analysis,
    template: str = DEFAULT_TEMPLATE,
    *,
    marking: str = DEFAULT_MARKING,
) -> Briefing:
    """Return the proposed Briefing for ``article`` under ``template``, marked ``marking``
    (the user's default; a template only suggests one).

    Raises TemplateError when ``template`` is not a known template name.
    """
    tpl = load_template(template)
    title = _clip(article.title, 150) or proposed_title(article, analysis)
    # A template that wants another number of key facts than the analysis ticks re-selects.
    count = next((p.count for p in tpl.parts if p.kind == "facts"), DEFAULT_FACT_COUNT)
    ticked = (
        {f.id for f in analysis.facts if f.included}
        if count == DEFAULT_FACT_COUNT
        else select_facts(article, analysis.facts, analysis.entities, *count)
    )
    facts = [
        FactItem(
            id=f.id,
            text=fact_wording(f.text),
            paragraph=f.paragraph,
            sentence=f.sentence,
            included=f.id in ticked,
            original=f.text,
            score=f.score,
            kind=f.kind,
            speaker=f.speaker or "",
            refers_to=f.refers_to or "",
        )
        for f in analysis.facts
    ]
    # A claim ticked brings the caveat that qualifies it and the denial that answers it.
    tick_units(facts)
    sections = [
        SectionItem(
            id=s.id,
            heading=s.heading,
            paragraphs=list(s.paragraphs),
            included=s.included,
            original_heading=s.heading,
            role=s.role,
            label=s.label,
            sentence_headings=dict(s.sentence_headings),
        )
        for s in analysis.sections
    ]
    lead = article.lead_paragraph
    _keep_length(sections, article, analysis, tpl)
    subject = _clip(proposed_subject(analysis.subject, title), 150)
    bottom = draft_bottom_line(facts, lead)
    meta = Meta(
        title=title,
        subject=subject,
        dtg=format_dtg(now_utc()),
        author="",
        marking=marking,
        distribution="",
    )
    briefing = Briefing(
        meta=meta,
        sources=[source_of(article)],
        template=tpl.name,
        bottom_line=bottom,
        auto_bottom_line=bottom,
        auto_subject=subject,
        # The outline lists the sections as the page prints them.
        sections=in_print_order(sections, tpl, lambda s: section_order(article, s, lead)),
        facts=facts,
        actors=_actors(
            tuple(a for a in analysis.actors if a.id not in credited_only(article, analysis)),
            next((p.labels for p in tpl.parts if p.kind == "actors"), ()),
            acting(article, analysis, {f.id for f in facts if f.included}),
            reporting_only(article, analysis),
        ),
        events=_events(article, analysis),
        dates=date_items(analysis.dates),
        event_type=event_type_value(analysis),
        auto_alert={"event_type": event_type_value(analysis)},
    )
    redraft(briefing)
    return briefing


def _keep_length(
    sections: list[SectionItem], article: Article, analysis: Analysis, template: Template
) -> None:
    """Tick no more sections in a part than it keeps by default (``Part.ticks``): the one
    holding the lead and those whose best sentence scores highest; the others stay in the
    outline, unticked, for the user to add. A part that ranks for travellers keeps first
    what a traveller needs and always its outlook; in a template that lists incidents, the
    sections that tell one come next after the lead's."""
    lead = article.lead_paragraph
    best: dict[int, float] = {}
    for f in analysis.facts:
        best[f.paragraph] = max(best.get(f.paragraph, 0.0), f.score)
    said = {f.paragraph for f in analysis.facts if f.kind != "commentary"}
    # A template that lists incidents draws them from what is ticked: the sections that tell
    # one (a riot with arrests) come right after the lead's.
    lists_incidents = any(p.kind == "incidents" for p in template.parts)
    incident_paragraphs = {
        f.paragraph
        for f in analysis.facts
        if lists_incidents and f.kind in ("fact", "claim") and is_incident(f.text)
    }
    for part in template.parts:
        if part.kind != "sections" or not part.ticks:
            continue
        taken = [
            s
            for s in sections
            if s.included and s.role in part.roles and section_part(s, template.parts) is part
        ]
        traveller = part.sentences == "traveller"
        if traveller:
            # An alert never drops the outlook by default, even one the analysis left out,
            # unless it only comments (nothing a summary prints).
            for s in sections:
                if (
                    s.role == OUTLOOK
                    and section_part(s, template.parts) is part
                    and said & set(s.paragraphs)
                ):
                    s.included = True
                    taken += [s] if s not in taken else []
        ranked = sorted(
            taken,
            key=lambda s: (
                section_order(article, s, lead) if traveller else lead not in s.paragraphs,
                not incident_paragraphs & set(s.paragraphs),
                -max((best.get(p, 0.0) for p in s.paragraphs), default=0.0),
            ),
        )
        for s in ranked[part.ticks :]:
            s.included = traveller and s.role == OUTLOOK and bool(said & set(s.paragraphs))
        if traveller:
            # Context a traveller does not act on (a phone call, the aid suspended) gives way
            # to the advice: the best-scored few stay, for the alert to keep to a page.
            context = [s for s in ranked if s.included and section_order(article, s, lead) == 3]
            for s in context[CONTEXT_SECTIONS:]:
                s.included = False


# How many of the first sections a title may take its heading from, passing over labels.
TITLE_SECTIONS = 3


def proposed_title(article: Article, analysis: Analysis) -> str:
    """Return a title for an article that has none: main place and the subject line (who did
    what, from the lede), else the first of the first TITLE_SECTIONS sections' headings that
    states something ("Russian President attended large concert"), not a label
    ("Developments", "Background involving X"), else the first heading.

    The subject line first: against the headlines of 331 public articles it says more of
    what they say (content-word F1 0.21 against 0.16 on WikinewsSum, 0.23 against 0.20 on
    CNN) and names an actor and an event more often (0.96 against 0.90 on WikinewsSum),
    ``bench/quality_subject.py``."""
    headings = [s.heading for s in analysis.sections if s.heading]
    # A title states what happened: never what one side claims ("Todashev attacked the FBI
    # agent", an official said), which the heading of a section may take from a claim.
    kinds = {f.id: f.kind for f in analysis.facts}
    claimed = {
        h for s in analysis.sections for fid, h in s.sentence_headings if kinds.get(fid) == "claim"
    }
    # Nor what one speaker says ("Police: men targeted tourists", a quotation).
    said = {h for h in headings if "“" in h or ": " in h}
    stating = [
        h
        for h in headings[:TITLE_SECTIONS]
        if label_of(h) is None and h not in claimed and h not in said
    ]
    subject = [analysis.subject] if analysis.subject.strip() else []
    heading = (subject or stating or headings or [""])[0]
    place = next((a.name for a in analysis.actors if a.label == "PLACE"), "")
    if heading and place and place.lower() not in heading.lower():
        return _clip(f"{place}: {heading}", 150)
    if heading:
        return _clip(heading, 150)
    first = article.paragraphs[0].text if article.paragraphs else ""
    return _clip(first, 80) or "Untitled briefing"


_LABEL_ORDER = {"PERSON": 0, "ORG": 1, "PLACE": 2, "GROUP": 3}


def acting(article: Article, analysis: Analysis, ticked: set[str]) -> set[str]:
    """Return the ids of the people, organisations, armed groups and countries named in the lede
    (the first sentence) or in a ticked fact: those who act in the news the briefing
    carries (the court that ruled, the agency that confirmed), ahead of a bystander quoted
    further down."""
    spans: list[tuple[int, int, int]] = []
    for f in analysis.facts:
        if f.kind == "caveat":
            continue  # "Reuters could not verify …": the outlet reports, it does not act
        if f.id in ticked or (f.paragraph == article.lead_paragraph and f.sentence == 0):
            sentence = article.paragraph(f.paragraph).sentences[f.sentence]
            spans.append((f.paragraph, sentence.start, sentence.end))
    return {
        a.id
        for a in analysis.actors
        if _may_act(a)
        and any(p == m.paragraph and s <= m.start < e for m in a.mentions for p, s, e in spans)
    }


def credited_only(article: Article, analysis: Analysis) -> set[str]:
    """Return the ids of the actors named only in the reporters' credit ("CNN's Ann Lee
    contributed to this report."): the byline's people and outlet, no actors of the news."""
    credits = [
        (f.paragraph, s.start, s.end)
        for f in analysis.facts
        if is_credit(f.text)
        for s in [article.paragraph(f.paragraph).sentences[f.sentence]]
    ]

    def in_credit(m: Mention) -> bool:
        return any(p == m.paragraph and b <= m.start < e for p, b, e in credits)

    return {a.id for a in analysis.actors if a.mentions and all(map(in_credit, a.mentions))}


def _may_act(actor: Actor) -> bool:
    """Return whether an actor may act in the news: a person, an organisation, an armed
    group the text comes back to, a country acting as a state ("France suspended aid"); not
    a town, a region or a nationality."""
    if actor.label == "GROUP":
        return actor.subtype != "demonym" and len(actor.mentions) >= 2
    return actor.label in ("PERSON", "ORG") or actor.subtype == "country"


def reporting_only(article: Article, analysis: Analysis) -> set[str]:
    """Return the ids of the news outlets that only report the story ("told CNN affiliate
    WHIO", "WHIO reported"): no key actors, unless the headline names them."""
    text = "\n".join(p.text for p in article.paragraphs)
    title = article.title or ""
    return {
        a.id
        for a in analysis.actors
        if is_outlet(a, text) and not any(f and f in title for f in (a.name, *a.aliases))
    }


def _actors(
    actors: tuple[Actor, ...],
    labels: Sequence[str] = (),
    acts: Collection[str] = (),
    outlets: Collection[str] = (),
) -> list[ActorItem]:
    """Return every actor, people first, with the key ones (at most MAX_ACTORS) included.

    Those who act in the news (``acts``: named in the lede or a ticked fact, see
    :func:`acting`) come first, then other people, then the others most named first. A
    template whose actors part lists only some labels (a travel alert's places) has the
    most-named of those included, the briefing's own subject place first among them.
    """
    candidates = [a for a in actors if a.label in _LABEL_ORDER]
    places = [a for a in candidates if a.label == "PLACE"]
    # The most-named place is what the briefing is about (it is in the title); other places
    # and groups are key actors only when they act: the text returns to them or gives a role.
    subject_place = places[0].id if places else None

    def is_key(a: Actor) -> bool:
        if labels:
            return a.label in labels
        if a.label == "PERSON":
            return True
        if a.id == subject_place or (a.label == "GROUP" and a.subtype == "demonym"):
            return False
        if a.id in outlets:
            return False  # an outlet reports the news, it does not act in it
        if a.id in acts:
            return True  # named in the lede or a ticked fact: it acts in the news
        # Others act when the text gives them a role or comes back to them; an armed group
        # does, a nationality ("Somali") does not.
        named = a.label in ("ORG", "PLACE") or (a.label == "GROUP" and a.subtype != "demonym")
        return bool(a.role) or (named and len(a.mentions) >= 2)

    # People first, in the order the analysis ranks them; then the others most named first.
    ordered = sorted(
        enumerate(candidates),
        key=lambda p: (
            not is_key(p[1]),
            p[1].label != "PERSON",
            0 if p[1].label == "PERSON" else -len(p[1].mentions),
            _LABEL_ORDER[p[1].label],
            p[0],
        ),
    )
    # Who gets one of the MAX_ACTORS places: those who act in the news first (a person
    # quoted further down waits behind the organisation that ruled in the lede).
    chosen = {
        a.id
        for _, a in sorted(ordered, key=lambda p: (not is_key(p[1]), p[1].id not in acts))[
            :MAX_ACTORS
        ]
        if is_key(a)
    }
    items: list[ActorItem] = []
    for _, a in ordered:
        include = a.id in chosen
        items.append(
            ActorItem(
                id=a.id,
                name=a.name,
                label=a.label,
                role=a.role or "",
                aliases=list(a.aliases),
                included=include,
                mentions=list(a.mentions),
                subtype=a.subtype,
            )
        )
    return items


def _events(article: Article, analysis: Analysis) -> list[EventItem]:
    """Return the timeline's events: dated ones in date order, then those whose date the
    article leaves unresolved, in text order; the first MAX_EVENTS included."""
    events: list[EventItem] = []
    for ev in analysis.events:
        d = ev.date
        resolved = d.value is not None and d.granularity != "unknown"
        events.append(
            EventItem(
                id="",
                date=d.value if resolved and d.value else "",
                date_text=d.text,
                text=ev.text,
                paragraph=ev.paragraph,
                granularity=d.granularity if resolved else "unknown",
                upcoming=ev.upcoming,
                date_start=d.start,
            )
        )
    events.sort(key=lambda e: (e.date == "", e.date, e.paragraph))
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
        e.included = n <= MAX_EVENTS
    return events


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
