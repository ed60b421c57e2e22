"""The sources table of a briefing drawn from several articles: S1, S2 … with their details."""

from __future__ import annotations

from pathlib import Path

from briefwright.draft.credibility import Stories, compact_grade
from briefwright.model.article import PARAGRAPH_MARK
from briefwright.model.briefing import Briefing, FactItem
from briefwright.model.document import Block, Para, Run, Table
from briefwright.model.sources import Source, SourceRef

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


def refs_text(briefing: Briefing, refs: list[SourceRef]) -> str:
    """Return the references of a fact several sources carry, in one bracket:
    ``[S1 ¶7, S2 ¶3]``."""
    return "[" + ", ".join(briefing.mark(r) for r in refs) + "]"


def carried_note(briefing: Briefing, fact: FactItem, story: Stories | None = None) -> list[Run]:
    """Return what follows a fact's reference in a briefing of several sources: its compact
    grade (``B2``: its sources' best grade and its credibility, see
    :mod:`briefwright.draft.credibility`; ``story`` as there), how many independent sources
    carry it ("3 sources"), and where they differ, each value with its references."""
    runs: list[Run] = []
    grade = compact_grade(briefing, fact, story) if briefing.several_sources else ""
    if grade:
        runs.append(Run(f" {grade}", ref=True))
    if fact.corroboration > 1:
        runs.append(Run(f" ({fact.corroboration} sources)", italic=True))
    if fact.conflicts:
        said = "; ".join(f"{c.text} {refs_text(briefing, list(c.refs))}" for c in fact.conflicts)
        runs.append(Run(f" Sources differ: {said}.", italic=True))
    return runs


def sources_table(briefing: Briefing) -> list[Block]:
    """Return the table of the briefing's sources and the line that says how they are cited
    and graded."""
    rows = tuple(source_row(s) for s in briefing.sources)
    legend = (
        f"[S2 {PARAGRAPH_MARK}4] cites paragraph 4 of source S2. Grade: the source's "
        "reliability, A completely reliable … E unreliable, F cannot be judged. Beside a fact "
        "(B2): the best grade of its sources and its credibility, 1 confirmed by independent "
        "sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 cannot be "
        "judged."
    )
    return [Table(SOURCE_COLUMNS, rows, SOURCE_WIDTHS), Para((Run(legend),), style="small")]
