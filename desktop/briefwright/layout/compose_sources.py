"""The sources table of a briefing drawn from several articles: S1, S2 … with their details."""

from __future__ import annotations

from pathlib import Path

from briefwright.model.article import PARAGRAPH_MARK
from briefwright.model.briefing import Briefing
from briefwright.model.document import Block, Para, Run, Table
from briefwright.model.sources import Source

SOURCE_COLUMNS = ("Source", "Title", "Outlet", "Date", "Grade")
SOURCE_WIDTHS = (0.09, 0.47, 0.2, 0.14, 0.1)


def source_row(source: Source) -> tuple[str, str, str, str, str]:
    """Return a source's row: its id, title (its file's name when it has none), outlet, date
    and reliability grade."""
    path = source.article.path
    title = source.title or (Path(path).name if path else "")
    return (
        source.id,
        " ".join(title.split()),
        " ".join(source.outlet.split()),
        source.date,
        source.grade,
    )


def sources_table(briefing: Briefing) -> list[Block]:
    """Return the table of the briefing's sources and the line that says how they are cited
    and graded."""
    rows = tuple(source_row(s) for s in briefing.sources)
    legend = (
        f"[S2 {PARAGRAPH_MARK}4] cites paragraph 4 of source S2. Grade: the source's "
        "reliability, A completely reliable … E unreliable, F cannot be judged."
    )
    return [Table(SOURCE_COLUMNS, rows, SOURCE_WIDTHS), Para((Run(legend),), style="small")]
