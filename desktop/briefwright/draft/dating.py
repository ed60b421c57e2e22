"""The briefing's dates: another article date resolved into every date phrase and event, and
relative days in printed sentences carrying the date they name ("on Monday [2 Mar]")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from briefwright.analysis.dates.finding import redate_phrases
from briefwright.model.analysis import DateRef
from briefwright.model.briefing import Briefing, DateItem, EventItem
from briefwright.model.calendar import WEEKDAYS, month_short
from briefwright.model.dtg import parse_dtg
from briefwright.model.sources import LEAD_SOURCE, Source, SourceRef


def date_items(refs: Sequence[DateRef]) -> list[DateItem]:
    """Return the analysis' date phrases as the briefing keeps them."""
    return [
        DateItem(
            paragraph=r.paragraph,
            start=r.start,
            end=r.end,
            text=r.text,
            value=r.value or "",
            granularity=r.granularity,
            when=r.when,
            reported=r.reported,
            tense=r.tense,
            unit=r.unit,
        )
        for r in refs
    ]


def _ref(item: DateItem) -> DateRef:
    return DateRef(
        text=item.text,
        paragraph=item.paragraph,
        start=item.start,
        end=item.end,
        value=item.value or None,
        granularity=item.granularity,
        when=item.when,
        reported=item.reported,
        tense=item.tense,
        unit=item.unit,
    )


def set_article_date(briefing: Briefing, day: date | None, source: str = LEAD_SOURCE) -> None:
    """Give the article of ``source`` the date ``day`` (None: no date), set by the user, and
    resolve every date phrase and the dates of the events that article gives again against it.

    Raises ValueError when a date phrase of the briefing is not in its article's text (a
    project edited by hand).
    """
    article = dataclasses.replace(briefing.article_of(source), date=day, date_inferred=False)
    texts = {p.id: p.text for p in article.paragraphs}
    by_paragraph: dict[int, list[int]] = {}
    for n, item in enumerate(briefing.dates):
        if item.source == source:
            by_paragraph.setdefault(item.paragraph, []).append(n)
    resolved = list(briefing.dates)
    for pid, indices in by_paragraph.items():
        if pid not in texts:
            raise ValueError(f"a date phrase names paragraph {pid}, which the article lacks")
        refs = [_ref(briefing.dates[i]) for i in indices]
        for i, ref in zip(indices, redate_phrases(texts[pid], refs, day), strict=True):
            resolved[i] = dataclasses.replace(
                briefing.dates[i],
                value=ref.value or "",
                granularity=ref.granularity,
                when=ref.when,
            )
    was = briefing.source(source)
    briefing.replace_article(source, article)
    if was.date == (was.article.date.isoformat() if was.article.date else ""):
        # The date the sources list shows follows the article's while the user left it so.
        briefing.sources = [
            dataclasses.replace(s, date=day.isoformat() if day else "") if s.id == source else s
            for s in briefing.sources
        ]
    briefing.dates = resolved
    at = {(d.source, d.paragraph, d.start): d for d in resolved}
    for event in briefing.events:
        phrase = at.get((event.source, event.paragraph, event.date_start))
        if phrase is None or event.origin != "article":
            continue
        known = bool(phrase.value) and phrase.granularity != "unknown"
        event.date = phrase.value if known else ""
        event.granularity = phrase.granularity if known else "unknown"
        event.upcoming = phrase.when == "future"
    # The timeline runs in date order, the events the article leaves undated last.
    briefing.events.sort(key=lambda e: (e.date == "", e.date))


_RELATIVE = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r"|yesterday|today|tonight|tomorrow)\b", re.IGNORECASE
)


def _is_relative_day(item: DateItem) -> bool:
    """Return whether a phrase names a day only relative to the article's ("on Monday")."""
    return (
        item.granularity == "day"
        and len(item.value) == 10
        and bool(_RELATIVE.search(item.text))
        and not any(c.isdigit() for c in item.text)
    )


def _issued(briefing: Briefing) -> date | None:
    moment = parse_dtg(briefing.meta.dtg)
    return moment.date() if moment is not None else None


def day_note(value: str) -> str:
    """Return how a resolved day is noted after its phrase: ``[2 Mar]``."""
    day = date.fromisoformat(value)
    return f"[{day.day} {month_short(day.month)}]"


def with_day_notes(
    briefing: Briefing, text: str, paragraph: int, sentence: int = -1, source: str = LEAD_SOURCE
) -> str:
    """Return ``text`` (sentence ``sentence`` of ``paragraph`` as printed, or the whole
    paragraph for -1) with each relative day of it followed by the date it names ("on Monday
    [2 Mar]").

    Only while :attr:`Briefing.date_notes` is on and the article's day is not the day of the
    briefing's date-time group (a reader of the day's briefing reads "Monday" right); ``text``
    as is otherwise, and for a phrase its wording no longer holds. ``paragraph`` is one of
    source ``source``.
    """
    try:
        day = briefing.article_of(source).date
    except KeyError:
        return text
    if not briefing.date_notes or day is None:
        return text
    if _issued(briefing) == day:
        return text
    span = _span(briefing, SourceRef(source, paragraph), sentence)
    if span is None:
        return text
    out = text
    searched = 0
    for item in sorted(briefing.dates, key=lambda d: d.start):
        if item.paragraph != paragraph or item.source != source or not _is_relative_day(item):
            continue
        if not span[0] <= item.start < span[1]:
            continue
        at = out.find(item.text, searched)
        if at < 0:
            continue
        end = at + len(item.text)
        note = f" {day_note(item.value)}"
        out = out[:end] + note + out[end:]
        searched = end + len(note)
    return out


def _span(briefing: Briefing, ref: SourceRef, sentence: int) -> tuple[int, int] | None:
    """Return where sentence ``sentence`` of the paragraph ``ref`` names stands in it (-1:
    all of it)."""
    try:
        para = briefing.paragraph_at(ref)
    except KeyError:
        return None
    if sentence < 0:
        return 0, len(para.text)
    if sentence >= len(para.sentences):
        return None
    return para.sentences[sentence].start, para.sentences[sentence].end


@dataclasses.dataclass(frozen=True)
class DatesState:
    """What changing the article date changes, kept to put it back: the sources (their
    articles), the date phrases and the events (copies)."""

    sources: tuple[Source, ...]
    dates: tuple[DateItem, ...]
    events: tuple[EventItem, ...]


def dates_state(briefing: Briefing) -> DatesState:
    """Return the briefing's sources, date phrases and events as they are now (copies)."""
    return DatesState(
        tuple(briefing.sources),
        tuple(dataclasses.replace(d) for d in briefing.dates),
        tuple(dataclasses.replace(e) for e in briefing.events),
    )


def restore_dates(briefing: Briefing, state: DatesState) -> None:
    """Put back what :func:`dates_state` kept."""
    briefing.sources = list(state.sources)
    briefing.dates = [dataclasses.replace(d) for d in state.dates]
    by_key = {(e.id, e.paragraph, e.text): e for e in briefing.events}
    if len(briefing.events) != len(state.events) or any(
        (k.id, k.paragraph, k.text) not in by_key for k in state.events
    ):
        briefing.events = [dataclasses.replace(e) for e in state.events]
        return
    # The same events in their order, their dates put back: whoever holds one keeps it.
    events = []
    for kept in state.events:
        event = by_key[(kept.id, kept.paragraph, kept.text)]
        event.date, event.granularity, event.upcoming = kept.date, kept.granularity, kept.upcoming
        events.append(event)
    briefing.events = events


def ahead_sentences(briefing: Briefing) -> frozenset[tuple[int, int]]:
    """Return the sentences, as ``(paragraph, sentence index)``, that name a date still to
    come when the article was written ("until Sunday", "next month", "by August 12"): the
    deadlines, next decisions and closures' ends a bottom line looks ahead with. Those of the
    first source only: the bottom line is drafted from its facts."""
    out = set()
    for item in briefing.dates:
        if item.when != "future" or item.reported or item.source != LEAD_SOURCE:
            continue
        try:
            para = briefing.paragraph_at(SourceRef(item.source, item.paragraph))
        except KeyError:
            continue
        index = next(
            (n for n, s in enumerate(para.sentences) if s.start <= item.start < s.end), None
        )
        if index is not None:
            out.add((item.paragraph, index))
    return frozenset(out)
