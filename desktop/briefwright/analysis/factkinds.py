"""Telling facts from estimative sentences and from closing commentary."""

from __future__ import annotations

import re

from briefwright.model.analysis import FactKind

_ESTIMATIVE = re.compile(
    r"\b(?:could|may|might|likely|unlikely|expected to|is expected|are expected|poised to|"
    r"set to|probably|possibly|forecasts?|predicts?|predicted|projected to|anticipated|"
    r"threatens? to|threatened to|warned (?:that )?[^.]*\b(?:will|would|could)|"
    r"risk(?:s)? of|in danger of|on course to|on track to)\b"
)
_COMMENTARY = re.compile(
    r"\b(?:demonstrat(?:es|ing)|serves? as a reminder|underlin(?:e|es|ing) the|"
    r"underscor(?:e|es|ing) the|highlights? the (?:\w+ )?(?:significance|importance|complexit\w*|"
    r"fragility|need)|reflects? (?:a|the) (?:broader|wider|growing|complex)|illustrat(?:es|ing) "
    r"(?:the|a|how)|complex dynamic|intricate|delicate balance|evolving nature|shape global|"
    r"remains to be seen|time will tell|sends? a (?:strong |clear )?message|a testament to|"
    r"it is (?:clear|evident) that|speaks volumes|only time|a stark reminder|"
    r"raises (?:important |serious )?questions about|continues to unfold|"
    r"geopolitical significance|in an increasingly|web of)\b",
    re.IGNORECASE,
)
_GENERIC_OPENING = re.compile(
    r"^(?:This|These|Such) (?:shift|development|move|situation|trend|episode|turn|change|"
    r"events?|dynamic|sentiment)s?\b"
)


def fact_kind(sentence: str) -> FactKind:
    """Return ``commentary`` for generic reflection, ``assessment`` for estimative language,
    else ``fact``.

    Framing words such as "Interestingly," do not by themselves make a sentence commentary.
    """
    if _COMMENTARY.search(sentence) or (
        _GENERIC_OPENING.match(sentence) and re.search(r"\b(?:shows?|suggests?)\b", sentence)
    ):
        return "commentary"
    if _ESTIMATIVE.search(sentence):
        return "assessment"
    return "fact"
