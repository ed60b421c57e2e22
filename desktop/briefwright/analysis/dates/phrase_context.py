"""Whether a bare year or a part of a year ("the second half") is a date where it stands."""

from __future__ import annotations

import re

from briefwright.analysis.lexicon import items

_PERIOD_CUES = items("calendar.period_cues")
# Before a bare year: a preposition, "early", "fiscal" …, or a determiner or possessive of a
# year that dates a noun ("the 1996 campaign", "its 1990 invasion", "Navigation Mixte's 1989
# profit"); counts of that size are written with a comma ("2,000 troops").
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|from|of|for|before|after|during|between|both|and|to|through|"
    r"early|late|mid|end|start|fiscal|year|due|pre|post|the|a|an|that|this|its|his|her|"
    r"their|our|whose)[ -]|['’]s |[(,] ?)$",
    re.IGNORECASE,
)


def period_in_context(text: str, m: re.Match[str]) -> bool:
    """Return whether "the second half" is part of a year, not of a match.

    With its year ("of 2025", "of next year", "Q3 2025") it always is; alone only in a
    sentence about money or the economy ("prices … in the first half").
    """
    if m["y"] or m["rel"] or m["y2"] or m["q"] or m["h"]:
        return True
    start = max(text.rfind(". ", 0, m.start()) + 1, 0)
    end = text.find(". ", m.end())
    sentence = text[start : end if end >= 0 else len(text)].lower()
    return any(cue in sentence for cue in _PERIOD_CUES)


def year_in_context(text: str, m: re.Match[str]) -> bool:
    """Return whether the bare year ``m`` is used as a year, not as a count."""
    if m.start() != m.start("y"):
        return True
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : m.end() + 2]
    if before.endswith(("$", "£", "€")):
        return False
    return bool(_YEAR_CONTEXT.search(before)) or after[:1] in ("", ".", ",", ";", ")", ":")
