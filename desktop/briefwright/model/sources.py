"""The articles a briefing is drawn from (S1, S2 …) and references that name one of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, ClassVar, Literal, get_args

from briefwright.model.article import Article, paragraph_mark
from briefwright.model.schema import Check

_SOURCE_ID = re.compile(r"S[1-9][0-9]*")
SourceId = Annotated[str, Check(lambda v: _SOURCE_ID.fullmatch(v) is not None, "S1, S2 …")]
"""A source's id: ``S`` and its place in the order the articles were given (``S1``, ``S2`` …)."""
LEAD_SOURCE = "S1"
"""The id of a briefing's first (with one article, its only) source."""

Grade = Literal["A", "B", "C", "D", "E", "F"]
"""A source's reliability (Admiralty/NATO): A completely reliable … E unreliable, F cannot be
judged."""
GRADES: tuple[Grade, ...] = get_args(Grade)
GRADE_NAMES: dict[Grade, str] = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}


Credibility = Literal["", "1", "2", "3", "4", "5", "6"]
"""A fact's credibility (Admiralty/NATO): 1 confirmed by other sources … 6 cannot be judged;
empty while it is as proposed from its sources (see :mod:`briefwright.draft.credibility`)."""
CREDIBILITIES: tuple[str, ...] = get_args(Credibility)[1:]
CREDIBILITY_NAMES: dict[str, str] = {
    "1": "confirmed by independent sources",
    "2": "probably true",
    "3": "possibly true",
    "4": "doubtful",
    "5": "improbable",
    "6": "truth cannot be judged",
}


def source_id(n: int) -> str:
    """Return the id of the ``n``-th source (1-based): ``S1``; raise ValueError for n < 1."""
    if n < 1:
        raise ValueError(f"a source's number starts at 1, not {n}")
    return f"S{n}"


@dataclass(frozen=True, order=True)
class SourceRef:
    """A place in a briefing's sources: paragraph ``paragraph`` of source ``source``."""

    # Stored as a ``[source, paragraph]`` pair: a merged fact lists many.
    JSON_AS_ARRAY: ClassVar[bool] = True

    source: SourceId
    paragraph: int


@dataclass(frozen=True)
class Conflict:
    """What one side of a "sources differ" note says (``"15 killed"``) and where it says it."""

    text: str
    refs: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Source:
    """One article of a briefing: its id (``S1`` …), the article, and how the briefing names
    and grades it. ``title``, ``outlet`` and ``date`` (ISO, or empty) start as the article's
    and the user may edit them; ``grade`` is the outlet's reliability, ``F`` until judged."""

    id: SourceId
    article: Article
    title: str = ""
    outlet: str = ""
    date: str = ""
    grade: Grade = "F"


def source_of(article: Article, sid: str = LEAD_SOURCE) -> Source:
    """Return ``article`` as source ``sid``, named and dated as the article names and dates it;
    its outlet is the publisher its header names, else its dateline's agency or page's site
    (a syndicated copy is named by who printed it)."""
    return Source(
        id=sid,
        article=article,
        title=article.title,
        outlet=article.source or article.outlet or "",
        date=article.date.isoformat() if article.date else "",
    )


def reference_mark(source: str, paragraph: int, several: bool) -> str:
    """Return how a briefing names paragraph ``paragraph`` of source ``source``: ``¶4`` when
    the briefing has one source, ``S2 ¶4`` when it has ``several``."""
    mark = paragraph_mark(paragraph)
    return f"{source} {mark}" if several else mark
