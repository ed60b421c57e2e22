"""The ``briefwright analyze`` JSON: an Article and its Analysis as the contract names them."""

from __future__ import annotations

from typing import Any

from briefwright.draft.proposal import proposed_title
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article
from briefwright.model.schema import to_json


def analysis_record(article: Article, analysis: Analysis) -> dict[str, Any]:
    """Return the JSON-ready record for one article (keys as in DESIGN.md §4, "Contracts").

    Entities, dates, facts and sections are written field for field as the analysis model
    declares them; actors leave out their id and mentions, which the contract does not name.
    """
    facts = to_json(analysis.facts)
    for record in facts:
        record["score"] = round(record["score"], 4)
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
        "entities": to_json(analysis.entities),
        "actors": to_json(analysis.actors, omit=("id", "mentions")),
        "dates": to_json(analysis.dates),
        "facts": facts,
        "sections": to_json(analysis.sections),
    }
