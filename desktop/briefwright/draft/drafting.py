"""Texts drafted from the chosen items: the bottom line and the fact wording, kept in step.

A proposed bottom line (or subject, see draft/subject.py) that the user has not edited is
drafted again from what is included whenever the briefing is composed, so unticking a fact
or a section never leaves its words in the bottom line or its heading in the subject.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from briefwright.model.briefing import Briefing

BOTTOM_LINE_WORDS = 45

# Sentence-opening connectives that tie a sentence to the article's flow; a numbered fact
# stands alone, so they are dropped from its wording (the original is kept beside it).
_CONNECTIVE = re.compile(
    r"^(?:Interestingly|Additionally|However|Moreover|Furthermore|In addition|Notably|Indeed|"
    r"Also|Meanwhile|Nevertheless|Nonetheless|Similarly|Likewise|Importantly|Crucially|"
    r"Significantly|Still|Yet|Besides)\s*,\s+(?=\S)"
)


class ScoredFact(Protocol):
    """What drafting reads of a fact (an analysis Fact or a briefing FactItem)."""

    @property
    def text(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def sentence(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def included(self) -> bool: ...


class Section(Protocol):
    """What drafting reads of a section."""

    @property
    def heading(self) -> str: ...
    @property
    def paragraphs(self) -> Sequence[int]: ...
    @property
    def included(self) -> bool: ...
    @property
    def role(self) -> str: ...


def fact_wording(sentence: str) -> str:
    """Return a sentence worded to stand alone as a numbered fact (leading connective dropped)."""
    text = " ".join(sentence.split())
    tidy = _CONNECTIVE.sub("", text, count=1)
    if tidy != text and tidy:
        tidy = tidy[0].upper() + tidy[1:]
    return tidy


def draft_bottom_line(facts: Sequence[ScoredFact], lead_paragraph: int) -> str:
    """Return a bottom line of one to three included facts, short enough to act on.

    The article's lead sentence (in ``lead_paragraph``) opens it when it is included, else
    the best-scored fact; the best others follow while the whole stays within
    BOTTOM_LINE_WORDS words. Sentences keep their reading order; "" when nothing is included.
    """
    # What a source reports happened is news too; quotes and views are not a bottom line.
    candidates = [f for f in facts if f.included and f.kind in ("fact", "claim")]
    if not candidates:
        return ""
    # News puts the main event first: an included lead sentence opens the bottom line.
    lead = min(candidates, key=lambda f: (f.paragraph, f.sentence))
    opener = lead if lead.paragraph == lead_paragraph else max(candidates, key=lambda f: f.score)
    chosen = [opener]
    words = len(opener.text.split())
    for f in sorted(candidates, key=lambda f: (-f.score, f.paragraph, f.sentence)):
        n = len(f.text.split())
        if f is opener or words + n > BOTTOM_LINE_WORDS or len(chosen) == 3:
            continue
        chosen.append(f)
        words += n
    chosen.sort(key=lambda f: (f.paragraph, f.sentence))
    return " ".join(fact_wording(f.text) for f in chosen)


def current_bottom_line(briefing: Briefing) -> str:
    """Return the bottom line to print: the user's text, or, while it is the proposed one,
    a fresh draft from the facts included now."""
    if briefing.auto_bottom_line and briefing.bottom_line == briefing.auto_bottom_line:
        return draft_bottom_line(briefing.facts, briefing.article.lead_paragraph)
    return briefing.bottom_line
