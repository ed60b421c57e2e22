"""The blocks of each template part, built from a briefing's included items in its order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from briefwright.draft.drafting import current_bottom_line
from briefwright.draft.templates import Part
from briefwright.model.analysis import type_name
from briefwright.model.briefing import ActorItem, Briefing, EventItem, FactItem
from briefwright.model.document import Block, Box, Heading, ListBlock, Para, Run, Table

ACTOR_COLUMNS = ("Name", "Role", "Type")
ACTOR_WIDTHS = (0.36, 0.48, 0.16)
TIMELINE_COLUMNS = ("Date", "Event", "Ref")
TIMELINE_WIDTHS = (0.17, 0.71, 0.12)
SHORT_HASH = 12


def ref_text(paragraph: int) -> str:
    """Return the source reference for article paragraph ``paragraph``: ``[¶4]``."""
    return f"[¶{paragraph}]"


def _with_ref(text: str, paragraph: int) -> tuple[Run, ...]:
    return (Run(f"{text.strip()} "), Run(ref_text(paragraph), ref=True))


def _paras(text: str) -> list[Para]:
    """Return one Para per blank-line-separated block of ``text`` (user-written prose)."""
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Para((Run(b),)) for b in blocks if b]


def bottom_line(briefing: Briefing, part: Part) -> list[Block]:
    """Return the bottom line in a shaded Box, or nothing when it is empty."""
    paras = _paras(current_bottom_line(briefing))
    return [Box(part.heading, tuple(paras))] if paras else []


def facts(briefing: Briefing, part: Part) -> list[Block]:
    """Return the numbered key facts, then the estimative statements under their own heading."""
    included = briefing.included_facts()
    plain = [f for f in included if f.kind != "assessment"]
    judged = [f for f in included if f.kind == "assessment"]
    blocks: list[Block] = []
    if plain:
        blocks += [Heading(part.heading), _fact_list(plain, briefing.actors)]
    if judged:
        level = 2 if plain else 1
        blocks += [Heading(part.assessment_heading, level), _fact_list(judged, briefing.actors)]
    return blocks


def _fact_list(items: list[FactItem], actors: Sequence[ActorItem]) -> ListBlock:
    return ListBlock(tuple(_fact_runs(f, actors) for f in items), ordered=True)


def _fact_runs(fact: FactItem, actors: Sequence[ActorItem]) -> tuple[Run, ...]:
    """Return a fact's text, who says it after a quote or a claim ("— Defence Minister Nur"),
    and its reference."""
    text, ref = _with_ref(fact.text, fact.paragraph)
    said_by = attribution(fact, actors)
    if not said_by:
        return text, ref
    return text, Run(f"— {said_by} ", italic=True), ref


# A role this short reads as a title before the name ("Defence Minister Nur").
_TITLE_WORDS = 4


def attribution(fact: FactItem, actors: Sequence[ActorItem]) -> str:
    """Return how a quote or claim names its speaker: a person's title (when the article
    gives a short one) and surname, or the speaker's name; "" for other kinds or no speaker.
    """
    if fact.kind not in ("quote", "claim") or not fact.speaker.strip():
        return ""
    speaker = " ".join(fact.speaker.split())
    actor = next((a for a in actors if a.name == speaker), None)
    if actor is None or actor.label != "PERSON":
        return speaker
    role = " ".join(actor.role.split())
    if role and role[:1].isupper() and len(role.split()) <= _TITLE_WORDS:
        return f"{role} {speaker.split()[-1]}"
    return speaker


def actors(briefing: Briefing, part: Part) -> list[Block]:
    """Return the actors table (name, role, type), limited to the part's labels when it has any."""
    rows = tuple(
        (a.name, a.role, type_name(a.label, a.subtype))
        for a in briefing.included_actors()
        if not part.labels or a.label in part.labels
    )
    if not rows:
        return []
    return [Heading(part.heading), Table(ACTOR_COLUMNS, rows, ACTOR_WIDTHS)]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def event_date(iso: str, granularity: str) -> str:
    """Return an event's date as a reader takes it: ``6 Nov 2023``, ``w/c 6 Nov 2023`` for
    the week commencing that day, ``Nov 2023``, ``2023``; ISO text as is when unparsable."""
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = _MONTHS[int(parts[1]) - 1] if len(parts) > 1 else ""
        day = int(parts[2]) if len(parts) > 2 else 0
    except (ValueError, IndexError):
        return iso
    if granularity in ("year", "decade") or not month:
        return f"{year}s" if granularity == "decade" else str(year)
    if granularity == "month" or not day:
        return f"{month} {year}"
    prefix = "w/c " if granularity == "week" else ""
    return f"{prefix}{day} {month} {year}"


def _when(event: EventItem) -> str:
    """Return the date column of a timeline row; a date the article leaves open says so."""
    if not event.date or event.granularity == "unknown":
        return f"{event.date_text} (date not resolved)"
    return event_date(event.date, event.granularity) or event.date_text


def timeline(briefing: Briefing, part: Part) -> list[Block]:
    """Return the timeline table (date, event, reference) of the included events."""
    rows = tuple(
        (_when(e), f"{e.text} (scheduled)" if e.upcoming else e.text, ref_text(e.paragraph))
        for e in briefing.included_events()
    )
    if not rows:
        return []
    return [Heading(part.heading), Table(TIMELINE_COLUMNS, rows, TIMELINE_WIDTHS)]


def sections(briefing: Briefing, part: Part) -> list[Block]:
    """Return each included section of the part's roles: its heading and its article paragraphs."""
    body: list[Block] = []
    for section in briefing.included_sections():
        if section.role not in part.roles:
            continue
        paras: list[Block] = []
        for pid in section.paragraphs:
            try:
                text = briefing.article.paragraph(pid).text
            except KeyError:
                continue
            if text.strip():
                paras.append(Para(_with_ref(text, pid)))
        if paras:
            heading = section.heading.strip() or section.original_heading.strip()
            body += [Heading(heading or "Section", 2), *paras]
    return [Heading(part.heading), *body] if body else []


def comment(briefing: Briefing, part: Part) -> list[Block]:
    """Return the analyst comment under the part's heading, or nothing when it is empty."""
    paras = _paras(briefing.comment)
    return [Heading(part.heading), *paras] if paras else []


def sources(briefing: Briefing, part: Part) -> list[Block]:
    """Return the source details (title, source, date, short hash) and, when asked, the appendix."""
    article = briefing.article
    name = article.title or (Path(article.path).name if article.path else "")
    origin = [name, article.source or "", article.author or ""]
    if article.date:
        origin.append(f"published {article.date.isoformat()}")
    details = [
        ("Article", ", ".join(x.strip() for x in origin if x.strip())),
        ("URL", article.url or ""),
        ("SHA-256", article.sha256[:SHORT_HASH]),
    ]
    # One small paragraph: the notes identify the source; they should not fill a page.
    runs: list[Run] = []
    for label, value in details:
        if value.strip():
            runs += [Run(f"{label}: ", bold=True), Run(" ".join(value.split()) + ". ")]
    runs.append(Run("[¶n] cites paragraph n of the article."))
    blocks: list[Block] = [Heading(part.heading), Para(tuple(runs), style="small")]
    quoted = briefing.included_facts() if briefing.source_appendix else []
    if quoted:
        blocks.append(Heading("Source sentences", 2))
        blocks += [
            Para(
                (Run(ref_text(f.paragraph), ref=True), Run(f" {source_sentence(briefing, f)}")),
                "quote",
            )
            for f in quoted
        ]
    return blocks


def source_sentence(briefing: Briefing, fact: FactItem) -> str:
    """Return the article sentence a fact came from, or its original wording when unknown."""
    try:
        paragraph = briefing.article.paragraph(fact.paragraph)
        # A negative index from a hand-edited project would quote another sentence.
        if paragraph.sentences and 0 <= fact.sentence < len(paragraph.sentences):
            return paragraph.sentence_text(fact.sentence).strip()
    except (KeyError, IndexError):
        pass
    return (fact.original or fact.text).strip()


BUILDERS: dict[str, Callable[[Briefing, Part], list[Block]]] = {
    "bottom_line": bottom_line,
    "facts": facts,
    "actors": actors,
    "timeline": timeline,
    "sections": sections,
    "comment": comment,
    "sources": sources,
}
