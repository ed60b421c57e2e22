"""The content every export benchmark shares: the sample briefing, its Document, and ×N copies."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from briefwright.analysis.engine import analyze
from briefwright.draft.proposal import propose
from briefwright.ingest import read_article
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.document import Document, TitleBlock

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"
SIZES: tuple[int, ...] = (1, 10, 100)
TEMPLATE = "bluf-memo"


@dataclass(frozen=True)
class Content:
    """The sample briefing as proposed and its Document at each size in ``SIZES``."""

    briefing: Briefing
    documents: dict[int, Document]


def load_content(sizes: tuple[int, ...] = SIZES) -> Content:
    """Return the sample's proposed Briefing and its Document repeated to each of ``sizes``.

    Raise what reading, analysing or composing the sample raise.
    """
    briefing = sample_briefing()
    document = compose(briefing)
    return Content(briefing, {n: repeated(document, n) for n in sizes})


def sample_briefing() -> Briefing:
    """Return the Briefing proposed for the sample article (model loaded on first use)."""
    article = read_article(SAMPLE)
    return propose(article, analyze(article), TEMPLATE)


def repeated(document: Document, times: int) -> Document:
    """Return ``document`` with every block but the title block repeated ``times`` times.

    Content ×N is then exactly N times the body, so the writers' cost per block can be
    compared across sizes. Raise ValueError when ``times`` is below 1.
    """
    if times < 1:
        raise ValueError(f"times must be at least 1, not {times}")
    head = tuple(b for b in document.blocks[:1] if isinstance(b, TitleBlock))
    body = document.blocks[len(head) :]
    return replace(document, blocks=head + body * times)


def word_count(document: Document) -> int:
    """Return the number of words in ``document``'s text."""
    return sum(len(line.split()) for line in document.plain_lines())
