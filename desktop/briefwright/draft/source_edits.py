"""How the user names and grades a source: its outlet and its reliability grade."""

from __future__ import annotations

import dataclasses

from briefwright.model.briefing import Briefing
from briefwright.model.sources import GRADES, Source


def set_outlet(briefing: Briefing, sid: str, outlet: str) -> str:
    """Name source ``sid``'s outlet ``outlet`` (trimmed); return the previous one. Raise
    KeyError when the briefing has no source ``sid``."""
    previous = briefing.source(sid)
    _replace(briefing, dataclasses.replace(previous, outlet=" ".join(outlet.split())))
    return previous.outlet


def set_grade(briefing: Briefing, sid: str, grade: str) -> str:
    """Grade source ``sid``'s reliability ``grade`` (A–F); return the previous grade. Raise
    ValueError for a grade that is not A–F, KeyError when there is no source ``sid``."""
    for known in GRADES:
        if grade == known:
            previous = briefing.source(sid)
            _replace(briefing, dataclasses.replace(previous, grade=known))
            return previous.grade
    raise ValueError(f"a grade is one of {', '.join(GRADES)}, not {grade!r}")


def propose_grades(briefing: Briefing, sids: list[str], graded: dict[str, str]) -> None:
    """Give each source of ``sids`` still ungraded (F) the grade ``graded`` holds for its
    outlet (outlets compared without case), as the user graded that outlet before."""
    known = {outlet.casefold(): grade for outlet, grade in graded.items()}
    for sid in sids:
        source = briefing.source(sid)
        grade = known.get(source.outlet.casefold()) if source.outlet else None
        if source.grade == "F" and grade is not None and grade in GRADES:
            set_grade(briefing, sid, grade)


def _replace(briefing: Briefing, source: Source) -> None:
    briefing.sources = [source if s.id == source.id else s for s in briefing.sources]
