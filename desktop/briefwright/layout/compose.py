"""Laying out a Briefing as a Document: the title block, then the template's parts in order."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from datetime import date as Date

from briefwright.draft.completion import hint, part_state
from briefwright.draft.templates import Part, PartKind, Template, load_template
from briefwright.layout import compose_alert, compose_judgment, compose_parts
from briefwright.model.briefing import Briefing
from briefwright.model.calendar import month_short
from briefwright.model.document import (
    ZIP_EPOCH,
    Block,
    DocMeta,
    Document,
    Heading,
    Para,
    Run,
    TitleBlock,
)
from briefwright.model.dtg import parse_dtg
from briefwright.model.errors import ExportError
from briefwright.model.markings import marking_style

# A Document made without a date is dated at the earliest time a DOCX entry can carry.
FIXED_EPOCH = ZIP_EPOCH
KEYWORD_ACTORS = 6

Builder = Callable[[Briefing, Part], list[Block]]
# How each kind of part is drawn, one row per kind (what it is to the user:
# draft/partkinds.py PART_INFO).
BUILDERS: dict[PartKind, Builder] = {
    "bottom_line": compose_parts.bottom_line,
    "facts": compose_parts.facts,
    "actors": compose_parts.actors,
    "timeline": compose_parts.timeline,
    "sections": compose_parts.sections,
    "comment": compose_parts.comment,
    "sources": compose_parts.sources,
    "judgments": compose_judgment.judgments,
    "purpose": compose_judgment.written,
    "assumptions": compose_judgment.written,
    "implications": compose_judgment.written,
    "indicators": compose_judgment.written,
    "recommendations": compose_judgment.written,
    "next_steps": compose_judgment.written,
    "actions": compose_alert.actions,
    "incidents": compose_alert.incidents_part,
    "alert_status": compose_alert.alert_status,
    "locations": compose_alert.locations_part,
    "location_line": compose_alert.location_line,
    "advice": compose_alert.advice,
}
# Parts that show what they have and mark only the missing item "To complete".
_PARTIAL = frozenset({"alert_status"})


def compose(briefing: Briefing) -> Document:
    """Return the Document for ``briefing`` laid out by its template.

    Only included sections, facts, actors and events appear, in the briefing's order. A part
    the template requires and the briefing leaves empty keeps its heading and a visible
    "To complete" line, so the gap shows in the preview and in the files rather than the
    part vanishing; it is left out only when the user chose to omit it. Optional parts
    with nothing to show are left out. The same Briefing and ``SOURCE_DATE_EPOCH`` always
    give the same Document. Raise TemplateError for an unknown template and ExportError for
    a ``SOURCE_DATE_EPOCH`` that is not whole seconds.
    """
    template = load_template(briefing.template)
    blocks: list[Block] = [title_block(briefing, as_of=template.as_of)]
    for part in template.parts:
        blocks += part_blocks(briefing, part)
    return Document(meta=doc_meta(briefing, template), blocks=tuple(blocks))


def part_blocks(briefing: Briefing, part: Part) -> list[Block]:
    """Return the blocks of one template part, by its state (see :func:`compose`)."""
    state = part_state(briefing, part)
    if state in ("omitted", "empty"):
        return []
    if state == "to complete" and part.kind not in _PARTIAL:
        return [Heading(part.heading), Para((Run(hint(part), italic=True),), style="note")]
    return BUILDERS[part.kind](briefing, part)


def title_block(briefing: Briefing, *, as_of: bool = False) -> TitleBlock:
    """Return the title and the labelled fields a reader scans first; empty fields are left
    out. ``as_of`` adds when the information is: the article's date."""
    meta = briefing.meta
    fields = [
        ("Subject", meta.subject),
        ("DTG", meta.dtg),
        ("As of", as_of_text(briefing) if as_of else ""),
        ("From", meta.author),
        ("Distribution", meta.distribution),
    ]
    title = _field(meta.title) or _field(briefing.lead_article.title)
    return TitleBlock(title, tuple((k, _field(v)) for k, v in fields if v.strip()))


def as_of_text(briefing: Briefing) -> str:
    """Return when the briefing's information is: "12 Nov 2023 (source date)", or "" when
    the article has no date."""
    day = briefing.lead_article.date
    if day is None:
        return ""
    inferred = ", year inferred" if briefing.lead_article.date_inferred else ""
    return f"{day.day} {month_short(day.month)} {day.year} (source date{inferred})"


# The title block is scanned in two seconds and must fit its page: a field longer than this
# (a pasted paragraph, a hostile file) is cut with an ellipsis, in every format alike.
FIELD_LIMIT = 300


def _field(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= FIELD_LIMIT else flat[: FIELD_LIMIT - 1].rstrip() + "…"


def doc_meta(briefing: Briefing, template: Template) -> DocMeta:
    """Return the document properties: title, author, subject, keywords, marking, page set-up."""
    meta = briefing.meta
    style = marking_style(_marking(briefing, template))
    keywords = tuple(a.name for a in briefing.included_actors()[:KEYWORD_ACTORS])
    return DocMeta(
        title=" ".join(meta.title.split()) or briefing.lead_article.title,
        author=meta.author,
        subject=" ".join(meta.subject.split()) or briefing.lead_article.title,
        keywords=keywords,
        marking=style.text,
        marking_rgb=style.rgb,
        marking_fill=style.fill,
        page_size=template.page_size,
        created=created_epoch(briefing.lead_article.date, meta.dtg),
        font_scale=template.font_scale,
        accent=template.accent,
        product=template.title,
    )


def _marking(briefing: Briefing, template: Template) -> str:
    # The user's marking, never the template's (which the window shows as a suggestion).
    return briefing.meta.marking.strip()


def created_epoch(article_date: Date | None, dtg: str = "") -> int:
    """Return the creation time written into the files, in seconds since 1970.

    ``SOURCE_DATE_EPOCH`` when it is set (reproducible builds); else the briefing's
    date-time group when it names a moment; else midnight UTC of the article's date, or
    1980-01-01 when the article has none. Never the clock, so exports are reproducible.
    Raise ExportError when ``SOURCE_DATE_EPOCH`` is not a whole number of seconds.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if raw:
        try:
            value = int(raw)
        except ValueError as exc:
            raise ExportError(
                f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {raw!r}"
            ) from exc
        return max(value, FIXED_EPOCH)
    moment = parse_dtg(dtg)
    if moment is not None:
        return max(int(moment.timestamp()), FIXED_EPOCH)
    if article_date is not None:
        moment = datetime(article_date.year, article_date.month, article_date.day, tzinfo=UTC)
        return max(int(moment.timestamp()), FIXED_EPOCH)
    return FIXED_EPOCH
