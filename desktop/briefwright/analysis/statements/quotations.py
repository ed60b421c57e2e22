"""Quotations that run over several sentences, and the stretches of text inside quotation marks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.model.analysis import Fact

# A quotation that has not closed after this many sentences was a stray mark, not speech.
MAX_CONTINUED = 8
QUOTE_MARKS = frozenset('"“”')
"""The double quotation marks, straight and curly."""
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans of ``text`` between double quotation marks, marks included."""
    return [m.span() for m in _QUOTED.finditer(text)]


def _ends_inside(text: str, inside: bool, reopens: bool) -> bool:
    """Return whether a quotation is open after ``text``, given whether one was open before
    it; ``reopens``: a straight mark opening the text opens the quotation again (a quotation
    that runs into a new paragraph opens each paragraph with a mark)."""
    first = len(text) - len(text.lstrip())
    for k, ch in enumerate(text):
        if ch == "“":
            inside = True
        elif ch == "”":
            inside = False
        elif ch == '"':
            if k == first and inside and reopens and text[k + 1 : k + 2].strip():
                # A quotation running into a new paragraph opens it again; a mark before a
                # space ('" On Monday, …') closes the one before, split off its sentence.
                continue
            before, after = text[k - 1 : k], text[k + 1 : k + 2]
            if before.isalpha() and after.isalpha():
                continue  # 'that"s': a slip for an apostrophe, no quotation mark
            if before.strip() and before not in "(:" and not after.strip(" .,;:!?"):
                inside = False  # a mark after a word and before a space closes
            elif after.strip() and not before.strip():
                inside = True  # a mark after a space and before a word opens
            else:
                inside = not inside
    return inside


def continuations(facts: Sequence[Fact]) -> dict[int, int]:
    """Return, for each fact inside a quotation that an earlier sentence opened, the index of
    that sentence: every sentence from an opening mark to its closing one is speech, the ones
    between without marks of their own too.

    A quotation that does not close within MAX_CONTINUED sentences continues nothing.
    """
    out: dict[int, int] = {}
    opener: int | None = None
    members: list[int] = []
    inside = False
    for i, fact in enumerate(facts):
        reopens = fact.sentence == 0
        if opener is not None:
            members.append(i)
        inside = _ends_inside(fact.text, inside, reopens)
        if opener is None and inside:
            opener, members = i, []
        elif opener is not None and not inside:
            out.update({m: opener for m in members})
            opener, members = None, []
        elif opener is not None and len(members) > MAX_CONTINUED:
            opener, members, inside = None, [], False
    return out
