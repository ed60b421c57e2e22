"""A briefing's next steps as drafted from the article: every dated event and deadline to come."""

from __future__ import annotations

from briefwright.draft.drafting import fact_wording, strip_dateline
from briefwright.model.briefing import NO_PARAGRAPH, Briefing
from briefwright.model.calendar import event_date
from briefwright.model.sources import SourceRef


def draft_next_steps(briefing: Briefing) -> None:
    """Draft the next steps while the user has not written them: every included event the
    article says is still to come, and every other date still to come that a ticked fact
    names (a deadline: its sentence), each with its date and reference, in date order."""
    if briefing.next_steps.strip() and briefing.next_steps != briefing.auto_next_steps:
        return
    steps: list[tuple[str, str, SourceRef]] = []  # (ISO date, line, reference)
    covered = set()
    # A step lies after the day of the news; what happens that day is the situation.
    day = briefing.lead_article.date
    today = day.isoformat() if day else ""
    sentences = {
        (f.source, f.paragraph, f.sentence): f for f in briefing.facts if f.origin == "article"
    }
    for e in briefing.included_events():
        if e.upcoming and e.date and e.date[:10] > today:
            when = f"{_bound(e.date_text)}{event_date(e.date, e.granularity)}"
            # The event's whole sentence where the article gives it: a clause cut at its
            # date ("said it would decide") or opened by a pronoun ("Their embassies") does
            # not stand alone.
            at = _sentence_at(briefing, e.ref, e.date_start)
            fact = sentences.get((e.source, e.paragraph, at))
            said = fact_wording(strip_dateline(fact.original)) if fact else e.text
            steps.append((e.date, f"{when}: {said}", e.ref))
            covered.add((e.source, e.paragraph, e.date_start))
    for d in briefing.dates:
        if d.when != "future" or d.reported or not d.value:
            continue
        if d.value[:10] <= today or (d.source, d.paragraph, d.start) in covered:
            continue
        ref = SourceRef(d.source, d.paragraph)
        fact = sentences.get((d.source, d.paragraph, _sentence_at(briefing, ref, d.start)))
        if fact is None or not fact.included:
            continue  # a deadline the user has not ticked (or has unticked) is no step
        when = f"{_bound(_before(briefing, ref, d.start) + d.text)}"
        when += event_date(d.value, d.granularity)
        said = fact_wording(strip_dateline(fact.original))
        steps.append((d.value, f"{when}: {said}", ref))
    lines = [
        line + (f" [{briefing.mark(ref)}]" if ref.paragraph != NO_PARAGRAPH else "")
        for _, line, ref in sorted(steps, key=lambda s: s[0])
    ]
    briefing.next_steps = briefing.auto_next_steps = "\n".join(dict.fromkeys(lines))


def _before(briefing: Briefing, ref: SourceRef, offset: int) -> str:
    """Return the word before ``offset`` in the paragraph ``ref`` names and a space ("by "),
    or ""."""
    try:
        words = briefing.paragraph_at(ref).text[:offset].split()
    except KeyError:
        return ""
    return f"{words[-1]} " if words else ""


def _sentence_at(briefing: Briefing, ref: SourceRef, offset: int) -> int:
    """Return the index of the sentence of the paragraph ``ref`` names holding ``offset``;
    -1 for none."""
    try:
        para = briefing.paragraph_at(ref)
    except KeyError:
        return -1
    return next((n for n, s in enumerate(para.sentences) if s.start <= offset < s.end), -1)


# A date that ends or bounds what the event says ("closed until Monday", "by August 12").
_BOUNDS = ("until", "till", "through", "by", "before")


def _bound(date_text: str) -> str:
    """Return "Until " for a date phrase that bounds its event ("until Monday"), else ""."""
    first = date_text.split(" ", 1)[0].lower()
    return f"{first.capitalize()} " if first in _BOUNDS else ""
