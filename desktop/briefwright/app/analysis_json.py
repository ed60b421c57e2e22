"""The ``briefwright analyze`` JSON: an Article and its Analysis as the contract names them."""

from __future__ import annotations

from typing import Any

from briefwright.draft.proposal import proposed_title
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article


def analysis_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """Return the JSON-ready record for one article (keys as in DESIGN.md §4)."""
    return {
        "article": {
            "title": article.title or proposed_title(article, analysis),
            "date": article.date.isoformat() if article.date else None,
            "source": article.source,
            "author": article.author,
            "place": article.place,
            "outlet": article.outlet,
            "dateline": article.dateline,
            "paragraphs": [{"id": p.id, "text": p.text} for p in article.paragraphs],
        },
        "entities": [
            {
                "text": e.text,
                "label": e.label,
                "start": e.start,
                "end": e.end,
                "paragraph": e.paragraph,
            }
            for e in analysis.entities
        ],
        "actors": [
            {
                "name": a.name,
                "label": a.label,
                "subtype": a.subtype,
                "aliases": list(a.aliases),
                "role": a.role,
            }
            for a in analysis.actors
        ],
        "dates": [
            {
                "text": d.text,
                "paragraph": d.paragraph,
                "start": d.start,
                "end": d.end,
                "value": d.value,
                "granularity": d.granularity,
                "when": d.when or None,
                "reported": d.reported,
            }
            for d in analysis.dates
        ],
        "events": [
            {
                "text": e.text,
                "paragraph": e.paragraph,
                "date": e.date.value,
                "date_text": e.date.text,
                "upcoming": e.upcoming,
            }
            for e in analysis.events
        ],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "paragraph": f.paragraph,
                "sentence": f.sentence,
                "score": round(f.score, 4),
                "kind": f.kind,
                "speaker": f.speaker,
                "included": f.included,
            }
            for f in analysis.facts
        ],
        "sections": [
            {
                "id": s.id,
                "heading": s.heading,
                "paragraphs": list(s.paragraphs),
                "role": s.role,
                "included": s.included,
            }
            for s in analysis.sections
        ],
    }
