"""Facts that go together: a claim, the denial of it and the caveat that qualifies it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.model.briefing import FactItem

# How far back, in sentences of the same source, a caveat or a denial looks for the claim.
REACH = 3
# Kinds a caveat qualifies: what a source says, not what the report states as done.
_SAID = frozenset({"claim", "quote"})
# A statement told as a fact or an assessment denies only what was said: "The family denied
# the claim", "An official rebuffed the idea that …", not "rejected the sanctions".
_ANSWERS = frozenset({"fact", "assessment"})
_DENIED_SAYING = re.compile(
    r"\b(?:den(?:y|ies|ied)|rejects?|rejected|dismiss(?:es|ed)?|refut(?:es|ed)|rebuts?|"
    r"rebutted|rebuff(?:s|ed)?|disput(?:es|ed)|contradict(?:s|ed)?)\s+(?:that\b|"
    r"(?:the|those|these|this|that|his|her|their|its|such)\s+(?:\w+\s+)?(?:claims?|"
    r"allegations?|reports?|accusations?|account|accounts|idea|suggestion|assertions?|"
    r"version|charges?|story)\b)",
    re.IGNORECASE,
)
# A denial answers an earlier claim: "The Kremlin denied the accusations", "Police rejected
# the reports as false", "X dismissed the claims".
_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied)|rejects?|rejected|dismiss(?:es|ed)?|refut(?:es|ed)|"
    r"rebuts?|rebutted|rebuff(?:s|ed)?|disput(?:es|ed)|contradict(?:s|ed)?)\b|"
    r"\bcalled (?:the|those|these) (?:claims?|allegations?|reports?|accusations?) "
    r"(?:false|baseless|untrue|lies)\b",
    re.IGNORECASE,
)


def _position(fact: FactItem) -> tuple[str, int, int]:
    return (fact.source, fact.paragraph, fact.sentence)


def _lead(facts: Sequence[FactItem], at: int, kinds: frozenset[str]) -> int | None:
    """Return the index of the nearest fact of ``kinds`` before fact ``at`` in its source,
    at most REACH sentences of that source back, or None."""
    here = facts[at]
    before = sorted(
        (
            n
            for n, f in enumerate(facts)
            if f.origin == "article" and f.source == here.source and _position(f) < _position(here)
        ),
        key=lambda n: _position(facts[n]),
    )[-REACH:]
    return next((n for n in reversed(before) if facts[n].kind in kinds), None)


def _denies(fact: FactItem) -> bool:
    """Return whether a fact denies what was said before it: a claim or a quotation with a
    word of denial, or a fact or an assessment that denies a claim, an account, an idea."""
    text = fact.original or fact.text
    if fact.kind in _SAID:
        return _DENIAL.search(text) is not None
    return fact.kind in _ANSWERS and _DENIED_SAYING.search(text) is not None


def units(facts: Sequence[FactItem]) -> list[list[int]]:
    """Return the groups of facts (by index) that go together, each in article order: a
    caveat with the claim or quote it qualifies, a denial with the claim it answers, and
    what those are joined to in turn. Facts that stand alone are in no group."""
    parent = list(range(len(facts)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for n, fact in enumerate(facts):
        if fact.origin != "article":
            continue
        lead: int | None = None
        if fact.kind == "caveat":
            lead = _lead(facts, n, _SAID)
            if lead is None:
                lead = _lead(facts, n, frozenset({"fact"}))
        elif _denies(fact):
            lead = _lead(facts, n, _SAID | {"fact"})
        if lead is not None:
            parent[root(n)] = root(lead)
    groups: dict[int, list[int]] = {}
    for n in range(len(facts)):
        groups.setdefault(root(n), []).append(n)
    return [
        sorted(g, key=lambda n: _position(facts[n])) for g in groups.values() if len(g) > 1
    ]


def together(facts: Sequence[FactItem], index: int) -> list[int]:
    """Return the facts (by index) that go with fact ``index``, itself included."""
    return next((g for g in units(facts) if index in g), [index])


def tick_units(facts: Sequence[FactItem]) -> None:
    """Tick every fact of a group one of whose facts is ticked (in place)."""
    for group in units(facts):
        if any(facts[n].included for n in group):
            for n in group:
                facts[n].included = True
