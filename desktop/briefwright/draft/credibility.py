"""A fact's credibility (Admiralty/NATO 1–6), proposed from its sources, and its compact grade.

The proposal reads the fact's references (its own and those merged into it), the grade of
each source (A completely reliable … E unreliable, F cannot be judged) and which sources are
independent (a syndicated copy counts with the story it copies, see
:mod:`briefwright.draft.merge.syndication`). The first rule that holds gives it:

1. **1 confirmed**: two or more independent sources graded A–C carry it, and they do not
   differ on a figure or a day of it;
2. **2 probably true**: a source graded A or B carries it; or one graded C and another
   independent source graded A–E do (or two A–C sources that differ on a detail);
3. **3 possibly true**: the best source is graded C; or two or more independent sources
   graded D or E carry it;
4. **4 doubtful**: only sources graded D or E carry it (one story);
5. **5 improbable** is never proposed: saying the other information contradicts it is the
   analyst's call;
6. **6 cannot be judged**: only ungraded sources (F) carry it, or it cites no source (the
   analyst's own).

Sources graded F count for nothing while any other grade is known. The user may set the
credibility by hand (:func:`set_credibility`); it then stays as set whatever the grades. The
compact grade prints the best grade of the fact's sources and its credibility: ``B2``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import cast

from briefwright.draft.merge.syndication import independent_groups
from briefwright.model.briefing import NO_PARAGRAPH, Briefing, FactItem
from briefwright.model.sources import CREDIBILITIES, Credibility

_KNOWN = ("A", "B", "C")  # grades whose sources may confirm a fact
Stories = Mapping[str, str]
"""For each source id, the id of the first source of its story (see ``independent_groups``)."""


def stories(briefing: Briefing) -> dict[str, str]:
    """Return, for each source of ``briefing``, the first source of its story: sources that
    share one are one independent source."""
    return independent_groups(briefing.sources)


def _graded(briefing: Briefing, fact: FactItem, story: Stories) -> dict[str, str]:
    """Return the best grade each independent story carrying ``fact`` has, by story."""
    best: dict[str, str] = {}
    for ref in fact.refs:
        if ref.paragraph == NO_PARAGRAPH:
            continue
        try:
            grade = briefing.source(ref.source).grade
        except KeyError:
            continue
        key = story.get(ref.source, ref.source)
        best[key] = min(best.get(key, "F"), grade)
    return best


def best_grade(briefing: Briefing, fact: FactItem) -> str:
    """Return the best grade (A first) of the sources carrying ``fact``; "" when it cites
    none."""
    grades = [
        briefing.source(r.source).grade
        for r in fact.refs
        if r.paragraph != NO_PARAGRAPH and r.source in {s.id for s in briefing.sources}
    ]
    return min(grades) if grades else ""


def proposed_credibility(
    briefing: Briefing, fact: FactItem, story: Stories | None = None
) -> Credibility:
    """Return the credibility the rules of this module propose for ``fact``; ``story`` (from
    :func:`stories`) saves working the independent sources out again for each fact."""
    story = stories(briefing) if story is None else story
    graded = sorted(g for g in _graded(briefing, fact, story).values() if g != "F")
    if not graded:
        return "6"
    known = [g for g in graded if g in _KNOWN]
    if len(known) >= 2:
        return "2" if fact.conflicts else "1"
    best = graded[0]
    if best in ("A", "B") or (best == "C" and len(graded) >= 2):
        return "2"
    if best == "C" or len(graded) >= 2:
        return "3"
    return "4"


def credibility(briefing: Briefing, fact: FactItem, story: Stories | None = None) -> str:
    """Return the fact's credibility: as the user set it, else as proposed."""
    return fact.credibility or proposed_credibility(briefing, fact, story)


def compact_grade(briefing: Briefing, fact: FactItem, story: Stories | None = None) -> str:
    """Return the fact's compact grade: its sources' best grade and its credibility
    (``B2``); "" for a fact citing no source."""
    grade = best_grade(briefing, fact)
    return f"{grade}{credibility(briefing, fact, story)}" if grade else ""


def set_credibility(briefing: Briefing, index: int, value: str) -> str:
    """Set fact ``index``'s credibility to ``value`` (1–6, or "" for the proposal); return
    the previous value. Raise ValueError for another value, IndexError for no such fact."""
    fact = briefing.facts[index]
    if value not in ("", *CREDIBILITIES):
        raise ValueError(f"a credibility is one of {', '.join(CREDIBILITIES)}, not {value!r}")
    previous = fact.credibility
    fact.credibility = cast(Credibility, value)
    return previous
