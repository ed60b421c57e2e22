"""A capital named for its country's government ("negotiating with Tehran"): one actor with
the country, where that is how the text uses it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.name_context import after_place_preposition

_CAPITALS = lexicon.table("names.capitals")
# What a government does and a city does not: "Tehran said", "Moscow has denied".
_ACTS_AFTER = re.compile(
    r"^(?:'s\s+government|’s\s+government)?\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|also\s+)?"
    r"(?:said|says|say|warned|warns|accused|accuses|denied|denies|rejected|rejects|insisted|"
    r"insists|announced|announces|agreed|agrees|claimed|claims|urged|urges|threatened|"
    r"threatens|refused|refuses|signed|signs|responded|responds|wants|demanded|demands|"
    r"condemned|condemns|vowed|vows|blamed|blames|retaliated|retaliates)\b"
)
# What one does with a government: "negotiating with Tehran", "sanctions against Moscow".
_DEALT_WITH = re.compile(r"\b(?:with|against|between|toward|towards|pressure|pressured)\s+$")


def _as_government(c: Candidate, text: str) -> bool:
    return bool(
        _ACTS_AFTER.match(text[c.end : c.end + 60])
        or _DEALT_WITH.search(text[max(0, c.start - 20) : c.start])
    )


def capital_governments(found: Sequence[Candidate], texts: dict[int, str]) -> dict[str, str]:
    """Return capital → country for the capitals the text names only as their government:
    at least one mention acts or is dealt with as a government ("with Tehran", "Moscow
    denied"), none stands as a place ("in Tehran"), and the country is named too."""
    countries = {
        c.entry.canonical
        for c in found
        if c.entry is not None and c.entry.kind == "country" and c.label == "PLACE"
    }
    governed: set[str] = set()
    placed: set[str] = set()
    for c in found:
        country = _CAPITALS.get(c.text)
        if country is None or country not in countries or c.label != "PLACE":
            continue
        text = texts[c.paragraph]
        if after_place_preposition(text, c.start) or text[c.end : c.end + 1] == ",":
            placed.add(c.text)  # "in Tehran", "Tehran, Iran": the city
        elif _as_government(c, text):
            governed.add(c.text)
    return {city: _CAPITALS[city] for city in governed - placed}
