"""Two facts merged by hand wherever they stand: the facts offered, and the steps that join them."""

from __future__ import annotations

from dataclasses import dataclass

from briefwright.draft import own_content as own
from briefwright.draft.edits import move_item, short_label
from briefwright.model.article import paragraph_mark
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, FactItem

# How much of a fact's wording a chooser shows beside its references.
_WORDING = 70


def fact_mark(fact: FactItem, briefing: Briefing | None = None) -> str:
    """Return how a fact's references are named in the window: ``[S1 ¶7, S2 ¶3]`` with
    several sources, ``[¶4]`` with one (or no ``briefing``), ``[own]`` for a fact citing no
    paragraph."""
    if fact.paragraph == NO_PARAGRAPH:
        return "[own]"
    if briefing is None:
        return "[" + ", ".join(paragraph_mark(r.paragraph) for r in fact.refs) + "]"
    return "[" + ", ".join(briefing.mark(r) for r in fact.refs) + "]"


def fact_label(fact: FactItem, briefing: Briefing | None = None, limit: int = _WORDING) -> str:
    """Return a fact named on one line: its references, then its wording cut near ``limit``
    characters (``[S2 ¶3]  Troops closed the border…``)."""
    return f"{fact_mark(fact, briefing)}  {short_label(fact.text, limit)}"


@dataclass(frozen=True)
class Partner:
    """A fact offered to merge with the selected one: its row in the list of facts, how it
    is named, and whether merging joins references (a fact of other sources, one more report
    of the same fact) rather than wordings."""

    row: int
    label: str
    other_sources: bool


def merge_partners(briefing: Briefing, row: int) -> list[Partner]:
    """Return every fact but fact ``row``, to merge it with: first those of other sources
    (merged as one more report of it, see :func:`own_content.merge_facts`), then those
    sharing a source with it or citing no paragraph (their wordings joined), each group in
    the order of the list.

    Raise IndexError when there is no fact ``row``.
    """
    first = briefing.facts[row]
    partners = [
        Partner(n, fact_label(fact, briefing), own.of_different_sources(first, fact))
        for n, fact in enumerate(briefing.facts)
        if n != row
    ]
    return sorted(partners, key=lambda p: not p.other_sources)


def partner_matches(partner: Partner, query: str) -> bool:
    """Return whether every word of ``query`` is in the partner's label, in any case."""
    label = partner.label.casefold()
    return all(word in label for word in query.casefold().split())


@dataclass(frozen=True)
class MergeSteps:
    """How two facts become one: ``move`` (source, destination) puts the second right after
    the first, None when it stands there already; then the two facts from ``at`` give way to
    ``merged``."""

    move: tuple[int, int] | None
    at: int
    merged: FactItem


def merge_steps(briefing: Briefing, first: int, second: int) -> MergeSteps:
    """Return the steps that merge fact ``second`` into fact ``first`` wherever they stand:
    the merged fact is :func:`own_content.merge_facts` of the two and takes the first's place
    among the other facts.

    Raise ValueError when both are the same fact and IndexError when either is not a fact.
    """
    facts = briefing.facts
    if not (0 <= first < len(facts) and 0 <= second < len(facts)):
        raise IndexError(f"no facts {first} and {second}; there are {len(facts)}")
    if first == second:
        raise ValueError("a fact merges with another fact, not with itself")
    merged = own.merge_facts(facts[first], facts[second], briefing)
    if second == first + 1:
        return MergeSteps(None, first, merged)
    if second > first:
        return MergeSteps((second, first + 1), first, merged)
    # The second stands before the first: taking it out moves the first up a row.
    return MergeSteps((second, first), first - 1, merged)


def merge_apart(briefing: Briefing, first: int, second: int) -> int:
    """Merge fact ``second`` into fact ``first`` wherever they stand (see :func:`merge_steps`);
    return the merged fact's row.

    Raise as :func:`merge_steps` does.
    """
    steps = merge_steps(briefing, first, second)
    if steps.move is not None:
        move_item(briefing, "facts", *steps.move)
    own.replace_facts(briefing, steps.at, 2, [steps.merged])
    return steps.at
