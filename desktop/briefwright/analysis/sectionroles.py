"""A section's role, decided by the majority of its sentences' cues."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from briefwright.model.analysis import Fact, SectionRole

_BACKGROUND = re.compile(
    r"\b(?:known for|former colonial|colonial|history|historically|has long|had long|"
    r"for decades|for years|since (?:1[89]|20)\d\d|founded|strategic(?:ally)? important|"
    r"strategic importance|is home to|was once|previously|traditionally|in the past|"
    r"centuries|(?:has|have|had) (?:long )?been (?:a|an|the|one)|which (?:seized|took) power|"
    r"long been)\b",
    re.IGNORECASE,
)
_REACTION = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|condemn\w*|reject\w*|denounc\w*|respond\w*|response|reaction|"
    r"criticis\w*|criticiz\w*|sanction\w*|protest\w*|demonstrat(?:ion|ions|ors)|"
    r"called for|calls for|urg(?:ed|es|ing)|reaffirm\w*|emphasi[sz]\w*|stress(?:ed|es)|"
    r"welcom\w*|prais\w*|accus\w*|vow\w*|pledg\w*|suspend\w*|evacuat\w*|denied|denies|"
    r"congratulat\w*|appeal\w*|retaliat\w*|expel\w*|recall(?:ed|s)|boycott\w*)\b",
    re.IGNORECASE,
)
_OUTLOOK = re.compile(
    r"\b(?:will|could|may|might|expected|likely|unlikely|next|upcoming|ahead|outlook|"
    r"forecasts?|plans? to|is set to|are set to|remains to be seen)\b"
)
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
