"""Whether a fact about to be made from the article is one the briefing already holds."""

from __future__ import annotations

from briefwright.model.briefing import Briefing, FactItem

_ENDS = " \t\n.,;:!?\"'“”‘’()[]"


def _wording(text: str) -> str:
    """Return ``text`` as compared: spaces tidied, case folded, outer punctuation off."""
    return " ".join(text.split()).strip(_ENDS).casefold()


def same_fact(briefing: Briefing, fact: FactItem) -> int | None:
    """Return the index of the briefing's fact that says what ``fact`` says, from the same
    sentence of the same paragraph (in its current or its first wording), or None."""
    wanted = _wording(fact.text)
    if not wanted:
        return None
    for index, held in enumerate(briefing.facts):
        if (held.paragraph, held.sentence) != (fact.paragraph, fact.sentence):
            continue
        if wanted in (_wording(held.text), _wording(held.original)):
            return index
    return None
