"""What a user types for a judgment's likelihood or confidence, read as the scale's own term."""

from __future__ import annotations

import re
from typing import Literal

from briefwright.model.likelihood import CONFIDENCE_LEVELS, SCALES, Confidence, Scale, Term

# Everyday estimative words and the probability (per cent) they stand for; the scale in use
# names its term for that probability. The terms of either scale need no row here.
_LIKELIHOOD_WORDS: dict[str, int] = {
    "no chance": 2,
    "remote": 3,
    "remote possibility": 3,
    "almost impossible": 3,
    "highly improbable": 12,
    "very improbable": 12,
    "improbable": 30,
    "doubtful": 30,
    "not likely": 30,
    "even chance": 50,
    "even odds": 50,
    "roughly even odds": 50,
    "fifty fifty": 50,
    "50/50": 50,
    "toss up": 50,
    "moderately likely": 60,
    "more likely than not": 60,
    "probably": 65,
    "very probable": 87,
    "highly probable": 87,
    "almost certainly": 97,
    "virtually certain": 97,
    "nearly certain": 97,
    "near certain": 97,
}
_CONFIDENCE_WORDS: dict[str, Confidence] = {
    "hi": "high",
    "strong": "high",
    "medium": "moderate",
    "med": "moderate",
    "mid": "moderate",
    "moderately": "moderate",
    "fair": "moderate",
    "lo": "low",
    "weak": "low",
}
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent|percent)")


def _plain(text: str) -> str:
    """Return ``text`` lower-cased, hyphens as spaces, spaces tidied, end punctuation off."""
    words = text.lower().replace("-", " ").replace("\u2013", " ").split()
    return " ".join(words).strip(" .,;:!")


def _nearest(scale: Scale, percent: float) -> Term:
    """Return the scale's term whose range holds ``percent``, else the one nearest to it."""

    def distance(term: Term) -> tuple[int, float]:
        outside = 0 if term.low <= percent <= term.high else 1
        return outside, abs((term.low + term.high) / 2 - percent)

    return min(scale.terms, key=distance)


def likelihood_term(text: str, scale: Scale) -> str | None:
    """Return the term of ``scale`` that ``text`` means, ``""`` for blank, or None.

    ``text`` may be the term in any case, one word of a term written "likely or probable",
    a percentage ("70 %"), a term of another scale ("highly likely" on ICD 203 is "very
    likely") or an everyday word ("probable", "moderately likely"). None means no term fits:
    the caller says so rather than keep nothing.
    """
    plain = _plain(text)
    if not plain:
        return ""
    for term in scale.terms:
        if plain == term.term or plain in term.term.split(" or "):
            return term.term
    if m := _PERCENT.fullmatch(plain):
        percent = float(m.group(1))
        return _nearest(scale, percent).term if percent <= 100 else None
    if plain in _LIKELIHOOD_WORDS:
        return _nearest(scale, _LIKELIHOOD_WORDS[plain]).term
    for other in SCALES.values():
        for term in other.terms:
            if plain == term.term or plain in term.term.split(" or "):
                return _nearest(scale, (term.low + term.high) / 2).term
    return None


def confidence_level(text: str) -> Confidence | Literal[""] | None:
    """Return the confidence level ``text`` means (high, moderate, low), ``""`` for blank, or
    None when it names none: "Medium" is moderate, "high confidence" is high."""
    plain = _plain(text)
    plain = re.sub(r"\s*confidence$", "", plain)
    if not plain:
        return ""
    for level in CONFIDENCE_LEVELS:
        if plain == level:
            return level
    return _CONFIDENCE_WORDS.get(plain)


def likelihood_refusal(text: str, scale: Scale) -> str:
    """Return the message for a likelihood ``text`` that no term of ``scale`` fits."""
    terms = ", ".join(t.term for t in scale.terms)
    return f"‘{text.strip()}’ is not a likelihood on the {scale.title} scale: choose {terms}."


def confidence_refusal(text: str) -> str:
    """Return the message for a confidence ``text`` that names no level."""
    return f"‘{text.strip()}’ is not a confidence level: choose high, moderate or low."
