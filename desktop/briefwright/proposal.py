"""The proposed Briefing: the analysis turned into a first draft the user then edits."""

from __future__ import annotations

import re

from briefwright.analysis.model import Actor, Analysis, Fact
from briefwright.article import Article
from briefwright.briefing import ActorItem, Briefing, EventItem, FactItem, Meta, SectionItem
from briefwright.dtg import format_dtg, now_utc
from briefwright.templates import load_template

MAX_ACTORS = 6
MAX_EVENTS = 8
BOTTOM_LINE_WORDS = 45

# Sentence-opening connectives that tie a sentence to the article's flow; a numbered fact
# stands alone, so they are dropped from its wording (the original is kept beside it).
_CONNECTIVE = re.compile(
    r"^(?:Interestingly|Additionally|However|Moreover|Furthermore|In addition|Notably|Indeed|"
    r"Also|Meanwhile|Nevertheless|Nonetheless|Similarly|Likewise|Importantly|Crucially|"
    r"Significantly|Still|Yet|Besides)\s*,\s+(?=\S)"
)


def propose(article: Article, analysis: Analysis, template: str = "bluf-memo") -> Briefing:
    """Return the proposed Briefing for ``article`` under ``template``.

    Raises TemplateError when ``template`` is not a known template name.
    """
    tpl = load_template(template)
    title = _clip(article.title, 150) or proposed_title(article, analysis)
    meta = Meta(
        title=title,
        subject=_clip(_subject(analysis, title), 150),
        dtg=format_dtg(now_utc()),
        author="",
        marking=tpl.marking,
        distribution="",
    )
    facts = [
        FactItem(
            id=f.id,
            text=fact_wording(f.text),
            paragraph=f.paragraph,
            sentence=f.sentence,
            included=f.included,
            original=f.text,
            score=f.score,
            kind=f.kind,
        )
        for f in analysis.facts
    ]
    sections = [
        SectionItem(
            id=s.id,
            heading=s.heading,
            paragraphs=list(s.paragraphs),
            included=s.included,
            original_heading=s.heading,
            role=s.role,
        )
        for s in analysis.sections
    ]
    return Briefing(
        meta=meta,
        article=article,
        template=tpl.name,
        bottom_line=bottom_line(analysis.facts),
        sections=sections,
        facts=facts,
        actors=_actors(analysis.actors),
        events=_events(article, analysis),
    )


def proposed_title(article: Article, analysis: Analysis) -> str:
    """Return a title for an article that has none: main place and first section's heading."""
    heading = analysis.sections[0].heading if analysis.sections else ""
    place = next((a.name for a in analysis.actors if a.label == "PLACE"), "")
    if heading and place and place.lower() not in heading.lower():
        return _clip(f"{place}: {heading}", 150)
    if heading:
        return _clip(heading, 150)
    first = article.paragraphs[0].text if article.paragraphs else ""
    return _clip(first, 80) or "Untitled briefing"


def fact_wording(sentence: str) -> str:
    """Return a sentence worded to stand alone as a numbered fact (leading connective dropped)."""
    text = " ".join(sentence.split())
    tidy = _CONNECTIVE.sub("", text, count=1)
    if tidy != text and tidy:
        tidy = tidy[0].upper() + tidy[1:]
    return tidy


def bottom_line(facts: tuple[Fact, ...]) -> str:
    """Return the prefilled bottom line: one to three facts, short enough to act on.

    The article's lead sentence opens it when it is among the included facts (else the
    best-scored fact); the best others follow while the whole stays within
    ``BOTTOM_LINE_WORDS`` words. Sentences keep their reading order.
    """
    candidates = [f for f in facts if f.included and f.kind == "fact"]
    if not candidates:
        return ""
    # News puts the main event first: an included lead sentence opens the bottom line.
    lead = min(candidates, key=lambda f: (f.paragraph, f.sentence))
    opener = (
        lead if lead.paragraph == facts[0].paragraph else max(candidates, key=lambda f: f.score)
    )
    chosen = [opener]
    words = len(opener.text.split())
    for f in sorted(candidates, key=lambda f: (-f.score, f.paragraph, f.sentence)):
        n = len(f.text.split())
        if f is opener or words + n > BOTTOM_LINE_WORDS or len(chosen) == 3:
            continue
        chosen.append(f)
        words += n
    chosen.sort(key=lambda f: (f.paragraph, f.sentence))
    return " ".join(fact_wording(f.text) for f in chosen)


def _subject(analysis: Analysis, title: str) -> str:
    """Return the two weightiest developments after the lead, in reading order."""
    # The title names the lead event; the subject names what weighs most after it: the
    # sections whose best fact scores highest.
    best: dict[int, float] = {}
    for f in analysis.facts:
        if f.kind == "fact":
            best[f.paragraph] = max(best.get(f.paragraph, 0.0), f.score)
    later = [
        s
        for s in analysis.sections[1:]
        if s.included and s.role in ("development", "reaction") and s.heading not in title
    ]
    ranked = sorted(later, key=lambda s: -max((best.get(p, 0.0) for p in s.paragraphs), default=0))
    chosen = [s for s in later if s in ranked[:2]]
    return "; ".join(s.heading for s in chosen)


_LABEL_ORDER = {"PERSON": 0, "ORG": 1, "PLACE": 2, "GROUP": 3}


def _actors(actors: tuple[Actor, ...]) -> list[ActorItem]:
    """Return every actor, people first, with the key ones (at most MAX_ACTORS) included."""
    candidates = [a for a in actors if a.label in _LABEL_ORDER]
    places = [a for a in candidates if a.label == "PLACE"]
    # The most-named place is what the briefing is about (it is in the title); other places
    # and groups are key actors only when they act: the text returns to them or gives a role.
    subject_place = places[0].id if places else None

    def is_key(a: Actor) -> bool:
        if a.label == "PERSON":
            return True
        if a.id == subject_place:
            return False
        # Others act when the text gives them a role or comes back to them.
        return bool(a.role) or (a.label in ("ORG", "PLACE") and len(a.mentions) >= 2)

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
    items: list[ActorItem] = []
    shown = 0
    for _, a in ordered:
        include = is_key(a) and shown < MAX_ACTORS
        shown += include
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
    events: list[EventItem] = []
    seen: set[tuple[int, int]] = set()
    for d in analysis.dates:
        if d.value is None or d.granularity == "unknown":
            continue
        para = article.paragraph(d.paragraph)
        index = next((i for i, s in enumerate(para.sentences) if s.start <= d.start < s.end), None)
        if index is None or (d.paragraph, index) in seen:
            continue
        seen.add((d.paragraph, index))
        events.append(
            EventItem(
                id=f"e{len(events) + 1}",
                date=d.value,
                date_text=d.text,
                text=para.sentence_text(index),
                paragraph=d.paragraph,
                included=len(events) < MAX_EVENTS,
            )
        )
    events.sort(key=lambda e: (e.date, e.paragraph))
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    return events


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
