"""The blocks of each template part, built from a briefing's included items in its order."""

from __future__ import annotations

from pathlib import Path

from briefwright.draft.alert import source_age
from briefwright.draft.credibility import Stories, stories
from briefwright.draft.dating import with_day_notes
from briefwright.draft.drafting import fact_wording, strip_dateline
from briefwright.draft.printmarks import part_id
from briefwright.draft.summary import article_sentence, printed_sentences
from briefwright.draft.templates import Part
from briefwright.layout.compose_sources import carried_note, refs_text, sources_table
from briefwright.model.analysis import type_name
from briefwright.model.article import PARAGRAPH_MARK
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    Briefing,
    EventItem,
    FactItem,
    SectionItem,
)
from briefwright.model.calendar import event_date
from briefwright.model.document import Block, Box, Heading, ListBlock, Para, Run, Table
from briefwright.model.sources import SourceRef

ACTOR_COLUMNS = ("Name", "Role", "Type")
ACTOR_WIDTHS = (0.36, 0.48, 0.16)
TIMELINE_COLUMNS = ("Date", "Event", "Ref")
TIMELINE_WIDTHS = (0.17, 0.71, 0.12)
SHORT_HASH = 12


def ref_text(briefing: Briefing, ref: SourceRef) -> str:
    """Return the source reference for ``ref`` as the briefing prints it: ``[¶4]`` with one
    source, ``[S2 ¶4]`` with several (see :meth:`Briefing.mark`).

    An item citing no paragraph (:data:`NO_PARAGRAPH`, the analyst's own) has none: ``""``.
    """
    return "" if ref.paragraph == NO_PARAGRAPH else f"[{briefing.mark(ref)}]"


def _with_ref(briefing: Briefing, text: str, ref: SourceRef) -> tuple[Run, ...]:
    if ref.paragraph == NO_PARAGRAPH:
        return (Run(text.strip()),)
    return (Run(f"{text.strip()} "), Run(ref_text(briefing, ref), ref=True))


def _paras(text: str) -> list[Para]:
    """Return one Para per blank-line-separated block of ``text`` (user-written prose)."""
    blocks = [" ".join(b.split()) for b in text.replace("\r\n", "\n").split("\n\n")]
    return [Para((Run(b),)) for b in blocks if b]


def bottom_line(briefing: Briefing, part: Part) -> list[Block]:
    """Return the bottom line in a shaded Box, or nothing when it is empty.

    Each sentence it quotes from a fact (:attr:`Briefing.bottom_line_refs`) carries that
    fact's reference, whether drafted or written by the user.
    """
    paras = _paras(briefing.bottom_line)
    if not paras:
        return []
    facts = {f.id: f for f in briefing.facts}
    quoted = [facts[i] for i in briefing.bottom_line_refs if i in facts]
    return [Box(part.heading, tuple(_with_quoted_refs(briefing, p, quoted) for p in paras))]


def _with_quoted_refs(briefing: Briefing, para: Para, quoted: list[FactItem]) -> Para:
    """Return ``para`` with the reference of each quoted fact after its words, and its
    relative days dated ("on Monday [2 Mar]")."""
    text = "".join(r.text for r in para.runs)
    spots: list[tuple[int, int, FactItem]] = []
    for f in quoted:
        wording = fact_wording(strip_dateline(f.text))
        at = text.find(wording)
        if at >= 0 and f.paragraph != NO_PARAGRAPH:
            spots.append((at, at + len(wording), f))
    if not spots:
        return para
    runs: list[Run] = []
    start = 0
    for begin, end, f in sorted(spots, key=lambda s: s[0]):
        noted = with_day_notes(briefing, text[begin:end], f.paragraph, f.sentence, f.source)
        runs += [Run(text[start:begin] + noted + " "), Run(ref_text(briefing, f.ref), ref=True)]
        start = end
    if text[start:].strip():
        runs.append(Run(text[start:]))
    return Para(tuple(runs))


def facts(briefing: Briefing, part: Part) -> list[Block]:
    """Return the numbered key facts, then the estimative statements under their own heading:
    the facts drafted to print here (:attr:`FactItem.printed_in`), in the briefing's order."""
    listed = [f for f in briefing.included_facts() if f.printed_in == part_id(part)]
    plain = [f for f in listed if f.kind != "assessment"]
    judged = [f for f in listed if f.kind == "assessment"]
    blocks: list[Block] = []
    if plain:
        blocks += [Heading(part.heading), _fact_list(briefing, plain)]
    if judged:
        level = 2 if plain else 1
        blocks += [Heading(part.assessment_heading, level), _fact_list(briefing, judged)]
    return blocks


def _fact_list(briefing: Briefing, items: list[FactItem]) -> ListBlock:
    story = stories(briefing) if briefing.several_sources else {}
    return ListBlock(tuple(_fact_runs(briefing, f, story) for f in items), ordered=True)


def _fact_runs(briefing: Briefing, fact: FactItem, story: Stories) -> tuple[Run, ...]:
    """Return a fact's text (its relative days dated), who says it after a quote or a claim
    ("— Defence Minister Nur"), its reference and, with several sources, its compact grade,
    count and differences."""
    text = with_day_notes(briefing, fact.printed_text, fact.paragraph, fact.sentence, fact.source)
    runs = _with_ref(briefing, text, fact.ref)  # the text, then the reference if any
    if fact.also:
        runs = (Run(f"{text.strip()} "), Run(refs_text(briefing, fact.refs), ref=True))
    if fact.said_by:
        runs = (runs[0], Run(f"— {fact.said_by} ", italic=True), *runs[1:])
    return (*runs, *carried_note(briefing, fact, story))


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




def _when(event: EventItem) -> str:
    """Return the date column of a timeline row; a date the article leaves open says so."""
    if not event.date or event.granularity == "unknown":
        return f"{event.date_text} (date not resolved)"
    return event_date(event.date, event.granularity) or event.date_text


def timeline(briefing: Briefing, part: Part) -> list[Block]:
    """Return the timeline table (date, event, reference) of the included events."""
    rows = tuple(
        (
            _when(e),
            f"{e.text} (scheduled)" if e.upcoming else e.text,
            refs_text(briefing, e.refs) if e.also else ref_text(briefing, e.ref),
        )
        for e in briefing.included_events()
    )
    if not rows:
        return []
    return [Heading(part.heading), Table(TIMELINE_COLUMNS, rows, TIMELINE_WIDTHS)]


def sections(briefing: Briefing, part: Part) -> list[Block]:
    """Return each section drafted to print in this part, in the briefing's order, under the
    heading the briefing holds.

    A summary is one paragraph led by the heading: the sentences drafted for it
    (:attr:`SectionItem.printed`), each with its reference, then the analyst's own
    paragraphs; where another part prints all it would say, it points there ("See key
    fact 3."). A section in full shows its heading and every paragraph not left out.
    """
    here = part_id(part)
    body: list[Block] = []
    for section in briefing.included_sections():
        if section.printed_in != here:
            continue
        heading = section.heading.strip() or "Section"
        own = _paras(section.text)
        if section.display == "summary":
            printed = printed_sentences(briefing, section)
            runs: list[Run] = [Run(f"{heading.rstrip('.')}. ", bold=True)]
            for s in printed:
                noted = with_day_notes(briefing, s.text, s.paragraph, s.sentence, section.source)
                runs += [*_with_ref(briefing, noted, SourceRef(section.source, s.paragraph))]
                runs.append(Run(" "))
            if printed:
                body += [Para(tuple(runs[:-1])), *own]
            elif own:
                body += [Heading(heading, 2), *own]
            else:
                if section.pointer:
                    runs.append(Run(pointer(section), italic=True))
                body.append(Para(tuple(runs)))
            continue
        paras: list[Block] = []
        for ref in section.refs:
            if ref.paragraph in section.left_out:
                continue
            try:
                text = section.wording.get(ref.paragraph) or briefing.paragraph_at(ref).text
            except KeyError:
                continue
            if text.strip():
                noted = with_day_notes(briefing, text, ref.paragraph, source=ref.source)
                paras.append(Para(_with_ref(briefing, noted, ref)))
        body += [Heading(heading, 2), *paras, *own]
    return [Heading(part.heading), *body] if body else []


def pointer(section: SectionItem) -> str:
    """Return where a section's sentences print instead of under it: "See key fact 3.",
    "See the summary."."""
    there = section.pointer
    if not there:
        return ""
    if there.startswith("Key "):
        return f"See {there[:1].lower()}{there[1:]}."
    return f"See the {there[:1].lower()}{there[1:]}."


def comment(briefing: Briefing, part: Part) -> list[Block]:
    """Return the analyst comment under the part's heading, or nothing when it is empty."""
    paras = _paras(briefing.comment)
    return [Heading(part.heading), *paras] if paras else []


def sources(briefing: Briefing, part: Part) -> list[Block]:
    """Return the source details (title, source, outlet, author, dateline place and date,
    short hash) and, when asked, the appendix; with several sources, the table of them
    (see :mod:`briefwright.layout.compose_sources`)."""
    blocks: list[Block] = [Heading(part.heading)]
    stale = source_age(briefing)
    if stale:
        blocks.append(Para((Run(f"{stale}.", bold=True),), style="note"))
    if briefing.several_sources:
        blocks += sources_table(briefing)
    else:
        blocks.append(_article_details(briefing))
    # The analyst's own facts quote no sentence of the article.
    quoted = (
        [f for f in briefing.included_facts() if f.origin == "article"]
        if briefing.source_appendix
        else []
    )
    if quoted:
        blocks.append(Heading("Source sentences", 2))
        blocks += [
            Para(
                (
                    Run(ref_text(briefing, f.ref), ref=True),
                    Run(f" {source_sentence(briefing, f)}"),
                ),
                "quote",
            )
            for f in quoted
        ]
    if briefing.full_text_appendix:
        for source in briefing.sources:
            named = f" ({source.id})" if briefing.several_sources else ""
            blocks.append(Heading(f"Appendix: the article in full{named}", 2))
            blocks += [
                Para(
                    (
                        Run(ref_text(briefing, SourceRef(source.id, p.id)), ref=True),
                        Run(f" {p.text}"),
                    ),
                    "quote",
                )
                for p in source.article.paragraphs
                if p.text.strip()
            ]
    return blocks


def _article_details(briefing: Briefing) -> Para:
    """Return the one article's details in one small paragraph."""
    article = briefing.lead_article
    name = article.title or (Path(article.path).name if article.path else "")
    # The outlet (a dateline's agency or the page's site) stands for the source when both
    # are known and differ only as names of the same publisher.
    outlet = article.outlet or ""
    source = article.source or ""
    origin = [name, source, outlet if outlet.casefold() != source.casefold() else ""]
    origin.append(article.author or "")
    if article.date:
        where = f" in {article.place}" if article.place else ""
        # A year read from the reading date, not the article, is said to be so.
        inferred = " (year inferred from the reading date)" if article.date_inferred else ""
        origin.append(f"published{where} {article.date.isoformat()}{inferred}")
    else:
        # An undated article is said to be so: its "Monday" and "last week" stay unresolved.
        where = f"datelined {article.place}, " if article.place else ""
        origin.append(f"{where}no publication date given")
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
    runs.append(Run(f"[{PARAGRAPH_MARK}n] cites paragraph n of the article."))
    return Para(tuple(runs), style="small")


def source_sentence(briefing: Briefing, fact: FactItem) -> str:
    """Return the article sentence a fact came from, or its original wording when unknown."""
    return article_sentence(briefing, fact)
