"""An Analysis brought to another article date: every date phrase and event resolved again."""

from __future__ import annotations

import dataclasses

from briefwright.analysis.dates.finding import redate_phrases
from briefwright.model.analysis import Analysis, DateRef
from briefwright.model.article import Article


def redate(article: Article, analysis: Analysis) -> Analysis:
    """Return ``analysis`` with its date phrases resolved against ``article.date``.

    ``analysis`` is the Analysis of ``article`` under another article date (or none). Each
    date's value, granularity and past/future placing change; each event keeps its words
    and takes its date's new value and upcoming flag. The entities (a DATE entity is a span
    of text), actors, facts and sections do not depend on the article date and are kept.
    The result equals what ``analyze(article)`` gives, without running the language model:
    each date keeps the tense its clause was read with.

    Raises ValueError when a date or an event of ``analysis`` names a paragraph or a phrase
    that ``article`` does not have (the Analysis of another article).
    """
    texts = {p.id: p.text for p in article.paragraphs}
    by_paragraph: dict[int, list[DateRef]] = {}
    for ref in analysis.dates:
        if ref.paragraph not in texts:
            raise ValueError(
                f"date {ref.text!r} is in paragraph {ref.paragraph}, which the article does "
                "not have"
            )
        by_paragraph.setdefault(ref.paragraph, []).append(ref)
    new: dict[tuple[int, int, int], DateRef] = {}
    for pid, refs in by_paragraph.items():
        for old, ref in zip(refs, redate_phrases(texts[pid], refs, article.date), strict=True):
            new[_key(old)] = ref
    events = []
    for event in analysis.events:
        dated = new.get(_key(event.date))
        if dated is None:
            raise ValueError(f"event {event.text!r} has a date the analysis does not list")
        events.append(dataclasses.replace(event, date=dated, upcoming=dated.when == "future"))
    return dataclasses.replace(
        analysis,
        dates=tuple(new[_key(d)] for d in analysis.dates),
        events=tuple(events),
    )


def _key(ref: DateRef) -> tuple[int, int, int]:
    """Return where a date phrase stands: its paragraph and span."""
    return ref.paragraph, ref.start, ref.end
