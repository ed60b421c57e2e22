"""The ``briefwright analyze`` JSON: an Article and its Analysis as the contract names them."""

from __future__ import annotations

from typing import Any

from briefwright.draft.credibility import compact_grade, stories
from briefwright.draft.proposal import proposed_title
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article
from briefwright.model.briefing import Briefing
from briefwright.model.schema import to_json
from briefwright.model.sources import SourceRef


def analysis_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """Return the JSON-ready record for one article (keys as in DESIGN.md §4, "Contracts").

    Every field of the Analysis is written as the analysis model declares it, with three
    changes the contract asks for: actors leave out their id and mentions, scores are
    rounded to four places, and an event's date is its value (``date``) and its words
    (``date_text``).
    """
    record: dict[str, Any] = {
        "article": {
            **to_json(article, omit=("paragraphs", "url", "path")),
            "title": article.title or proposed_title(article, analysis),
            "paragraphs": [{"id": p.id, "text": p.text} for p in article.paragraphs],
        }
    }
    record.update(to_json(analysis))
    record["actors"] = to_json(analysis.actors, omit=("id", "mentions"))
    for fact in record["facts"]:
        fact["score"] = round(fact["score"], 4)
    for event in record["events"]:
        date = event.pop("date")
        event["date"], event["date_text"] = date["value"], date["text"]
    return record


def merged_record(briefing: Briefing) -> dict[str, Any]:
    """Return the one JSON-ready record of a briefing drawn from several articles (keys as in
    DESIGN.md §4, "Several articles"): its articles as sources S1, S2 …, and its actors,
    facts and events, each with the sources that carry it; a fact also has its compact
    grade (``grade``, "B2": see :mod:`briefwright.draft.credibility`)."""

    def refs(items: list[SourceRef]) -> list[dict[str, Any]]:
        return [{"article": r.source, "paragraph": r.paragraph} for r in items]

    story = stories(briefing)

    return {
        "articles": [
            {
                "id": s.id,
                "title": s.title or s.article.title,
                "date": s.date or None,
                "source": s.outlet or s.article.source,
                "paragraphs": [{"id": p.id, "text": p.text} for p in s.article.paragraphs],
            }
            for s in briefing.sources
        ],
        "actors": [
            {
                "name": a.name,
                "label": a.label,
                "aliases": list(a.aliases),
                "role": a.role or None,
                "sources": a.sources,
            }
            for a in briefing.actors
        ],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "score": round(f.score, 4),
                "included": f.included,
                "sources": refs(f.refs),
                "corroboration": f.corroboration,
                # Admiralty/NATO: the best source's grade and the fact's credibility ("B2").
                "grade": compact_grade(briefing, f, story),
                "conflicts": [
                    {"text": c.text, "sources": refs(list(c.refs))} for c in f.conflicts
                ],
            }
            for f in briefing.facts
        ],
        "events": [
            {
                "date": e.date or None,
                "text": e.text,
                "sources": list(dict.fromkeys(r.source for r in e.refs)),
            }
            for e in briefing.events
        ],
    }
