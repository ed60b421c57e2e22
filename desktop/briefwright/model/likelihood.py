"""Likelihood scales for key judgments: ICD 203 and the UK probability yardstick, with ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, get_args

ScaleName = Literal["icd203", "phia"]
SCALE_NAMES: tuple[ScaleName, ...] = get_args(ScaleName)
Confidence = Literal["high", "moderate", "low"]
CONFIDENCE_LEVELS: tuple[Confidence, ...] = get_args(Confidence)


@dataclass(frozen=True)
class Term:
    """A likelihood term and the range of probability it stands for, in per cent."""

    term: str
    low: int
    high: int

    @property
    def range_text(self) -> str:
        """Return the range as a reader sees it: ``55–80 %`` (a no-break space before ``%``)."""
        return f"{self.low}–{self.high}\u00a0%"


@dataclass(frozen=True)
class Scale:
    """A named scale of likelihood terms, from least to most likely."""

    name: ScaleName
    title: str
    terms: tuple[Term, ...]

    def term(self, text: str) -> Term | None:
        """Return the term called ``text`` (any case), or None when the scale has none."""
        wanted = text.strip().lower()
        return next((t for t in self.terms if t.term.lower() == wanted), None)

    def legend(self) -> str:
        """Return the one-line legend: the scale's name and each term with its range."""
        items = "; ".join(f"{t.term} {t.range_text}" for t in self.terms)
        return f"Likelihood ({self.title}): {items}."


# ICD 203, Analytic Standards (2015), section D.6.e.(2)(a).
ICD_203 = Scale(
    "icd203",
    "ICD 203",
    (
        Term("almost no chance", 1, 5),
        Term("very unlikely", 5, 20),
        Term("unlikely", 20, 45),
        Term("roughly even chance", 45, 55),
        Term("likely", 55, 80),
        Term("very likely", 80, 95),
        Term("almost certain", 95, 99),
    ),
)
# The Professional Head of Intelligence Assessment's probability yardstick (2023 edition).
PHIA = Scale(
    "phia",
    "UK probability yardstick",
    (
        Term("remote chance", 0, 5),
        Term("highly unlikely", 10, 20),
        Term("unlikely", 25, 35),
        Term("realistic possibility", 40, 50),
        Term("likely or probable", 55, 75),
        Term("highly likely", 80, 90),
        Term("almost certain", 95, 100),
    ),
)
SCALES: dict[str, Scale] = {s.name: s for s in (ICD_203, PHIA)}


def scale_of(name: str) -> Scale:
    """Return the scale called ``name``; raise ValueError naming the valid ones otherwise."""
    try:
        return SCALES[name]
    except KeyError:
        raise ValueError(
            f"unknown likelihood scale {name!r}; choose one of: {', '.join(SCALES)}"
        ) from None


def term_in(sentence: str, scale: Scale) -> str:
    """Return the scale's term that the sentence itself uses (the longest match), or ``""``.

    A term written "likely or probable" matches either word.
    """
    text = sentence.lower()
    best, length = "", 0
    for t in scale.terms:
        for word in t.term.lower().split(" or "):
            # Word boundaries: "unlikely" is not "likely", "very likely" outranks "likely".
            if len(word) > length and re.search(rf"\b{re.escape(word)}\b", text):
                best, length = t.term, len(word)
    return best
