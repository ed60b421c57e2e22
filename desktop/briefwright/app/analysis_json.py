"""The ``briefwright analyze`` JSON: an Article and its Analysis as the contract names them."""

from __future__ import annotations

from typing import Any

from briefwright.draft.proposal import proposed_title
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article
from briefwright.model.schema import to_json


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
