"""An Article from a reader's blocks and metadata, its news layout taken into the metadata."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from briefwright.ingest import reading as clock
from briefwright.ingest.masthead import Dateline, Layout, read_layout
from briefwright.ingest.paragraphs import Block, build_paragraphs
from briefwright.ingest.yearless import infer_date
from briefwright.model.article import Article


@dataclass(frozen=True)
class Found:
    """What a reader found besides the blocks; ``date`` from a header or page metadata wins
    over the dateline, ``weak_date`` (a file's creation date) only fills a gap."""

    title: str = ""
    date: datetime.date | None = None
    weak_date: datetime.date | None = None
    source: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


def news_article(
    blocks: list[Block],
    found: Found,
    *,
    path: str | None,
    cleaning: tuple[str, ...],
    reading: datetime.date | None = None,
) -> Article:
    """Return the Article of ``blocks`` with headline, byline, date line and dateline read.

    The headline becomes the title when the reader found none; the dateline is cut from the
    lead paragraph and its place, agency and date land in the metadata; closing credits are
    no paragraph (their reporters stand for the author when there is no byline). The date
    comes from the reader's metadata, a dateline or date line with its year, or the file's
    creation date, in that order; failing those, a dateline's month and day take their year
    from the ``reading`` date (today when None; see :func:`infer_date`) and the Article is
    marked ``date_inferred``. Raises nothing.
    """
    layout = read_layout(blocks, titled=bool(found.title), title=found.title)
    dateline = layout.dateline
    when = found.date or (dateline.date if dateline else None) or layout.date or found.weak_date
    inferred = False
    if when is None and dateline is not None:
        when = _inferred_date(dateline, layout, reading)
        inferred = when is not None
    return Article(
        title=found.title or layout.headline or "",
        paragraphs=build_paragraphs(layout.blocks),
        date=when,
        date_inferred=inferred,
        source=found.source,
        author=found.author or layout.byline or layout.reporters,
        url=found.url,
        path=path,
        place=dateline.place if dateline else None,
        outlet=layout.outlet or found.outlet or found.source,
        dateline=dateline.text if dateline else None,
        cleaning=cleaning,
    )


def _inferred_date(
    dateline: Dateline, layout: Layout, reading: datetime.date | None
) -> datetime.date | None:
    """Return the date of a dateline's month and day in the year the reading date gives
    (a weekday in the dateline or the lede decides between years), or None without both."""
    day = dateline.day
    if day is None or day.month is None or day.day is None:
        return None
    lede = next((b.text for b in layout.blocks if b.kind == "body"), "")
    return infer_date(
        day.month,
        day.day,
        reading if reading is not None else clock.today(),
        lede=lede,
        weekday=day.weekday,
    )
