"""A section's role, decided by the majority of its sentences' cues."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.model.analysis import Fact, SectionRole

_BACKGROUND = lexicon.cue_pattern("section_roles.background_cues", ignore_case=True)
_REACTION = lexicon.cue_pattern("section_roles.reaction_cues", ignore_case=True)
_OUTLOOK = lexicon.cue_pattern("section_roles.outlook_cues")
# When votes tie, the more telling role wins: a response over an incidental "former".
_PRIORITY: dict[SectionRole, int] = {
    "reaction": 0,
    "background": 1,
    "development": 2,
    "outlook": 3,
}


def sentence_role(fact: Fact) -> SectionRole:
    """Return the role one sentence points to: closing commentary and estimative language
    look ahead, a cue of history is background, another actor's response is reaction, and
    what is left says what happened."""
    if fact.kind == "commentary":
        return "outlook"
    if _BACKGROUND.search(fact.text):
        return "background"
    if _REACTION.search(fact.text):
        return "reaction"
    if fact.kind == "assessment" or _OUTLOOK.search(fact.text):
        return "outlook"
    return "development"


def section_role(facts: Sequence[Fact], lead: bool) -> SectionRole:
    """Return the role most of the section's sentences point to (ties to the more telling role).

    The section holding the article's lead says what happened unless most of it is
    background; a section without sentences is a development.
    """
    votes = Counter(sentence_role(f) for f in facts)
    if not votes:
        return "development"
    if lead:
        if votes["background"] * 2 > len(facts):
            return "background"
        return "development"
    return max(votes, key=lambda r: (votes[r], -_PRIORITY[r]))
