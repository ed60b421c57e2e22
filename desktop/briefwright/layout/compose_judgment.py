"""The blocks of the parts an analyst writes: key judgments with their legend, and lists."""

from __future__ import annotations

from briefwright.draft.templates import Part
from briefwright.layout.compose_parts import ref_text
from briefwright.model.briefing import Briefing, Judgment
from briefwright.model.document import Block, Heading, ListBlock, Para, Run
from briefwright.model.likelihood import CONFIDENCE_LEVELS, scale_of


def judgment_runs(briefing: Briefing, judgment: Judgment) -> tuple[Run, ...]:
    """Return one judgment as runs: the statement, its likelihood and range, its confidence,
    and the references of the facts that support it."""
    scale = scale_of(briefing.scale)
    runs = [Run(judgment.statement.strip())]
    term = scale.term(judgment.likelihood) if judgment.likelihood else None
    assessed: list[str] = []
    if term is not None:
        assessed.append(f"{term.term[0].upper()}{term.term[1:]} ({term.range_text})")
    elif judgment.likelihood.strip():
        assessed.append(judgment.likelihood.strip())
    if judgment.confidence in CONFIDENCE_LEVELS:
        assessed.append(f"{judgment.confidence} confidence")
    if assessed:
        runs.append(Run(" — "))
        runs.append(Run(", ".join(assessed), bold=True))
    refs = sorted({f.ref for f in briefing.facts if f.id in judgment.support})
    for ref in refs:
        runs += [Run(" "), Run(ref_text(briefing, ref), ref=True)]
    return tuple(runs)


def legend(briefing: Briefing) -> Para:
    """Return the one-line legend naming the likelihood scale, its ranges and the confidence
    levels."""
    text = f"{scale_of(briefing.scale).legend()} Confidence: high, moderate or low."
    return Para((Run(text, italic=True),), style="small")


def judgments(briefing: Briefing, part: Part) -> list[Block]:
    """Return the key judgments, numbered, then the legend of the scale."""
    items = tuple(judgment_runs(briefing, j) for j in briefing.judgments if j.statement.strip())
    if not items:
        return []
    return [Heading(part.heading), ListBlock(items, ordered=True), legend(briefing)]


def text_lines(text: str) -> list[str]:
    """Return the non-blank lines of ``text``, each on one line."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def written(briefing: Briefing, part: Part) -> list[Block]:
    """Return a part the analyst writes (purpose, assumptions, implications, indicators,
    recommendations, next steps): one paragraph, or a list when it has several lines."""
    lines = text_lines(str(getattr(briefing, part.kind)))
    if not lines:
        return []
    if len(lines) == 1:
        return [Heading(part.heading), Para((Run(lines[0]),))]
    ordered = part.kind in ("recommendations", "next_steps")
    return [Heading(part.heading), ListBlock(tuple((Run(x),) for x in lines), ordered=ordered)]
