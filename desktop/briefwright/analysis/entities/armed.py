"""Names the text describes as an armed group ("the militant group al-Shabaab")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.peoples import of_people

_ARMED = (
    lexicon.alternatives("names.armed_adjectives")
    + r"\s+"
    + lexicon.alternatives("names.armed_nouns")
)
# "the al Qaeda-affiliated rebel group al-Nusra Front", "A North African jihadist group,
# al-Murabitun,": the description stands right before the name.
_ARMED_BEFORE = re.compile(r"(?i:\b" + _ARMED + r")\s*,?\s+(?:the\s+)?$")
# "Hashd Al-Shaabi, a predominantly Shia paramilitary force": right after it.
_ARMED_AFTER = re.compile(
    r"^\s*,\s+(?:a|an|the)\s+"
    r"(?:(?!(?:for|of|on|about|against|over|into|like|with|from|to|in|at|by|who|which)\b)"
    r"[\w'’-]+\s+){0,4}?"
    r"(?i:" + _ARMED + r")\b"
)
# "al-Murabitun claimed responsibility for the attack": only an armed group claims an attack.
_CLAIMS_ATTACK = re.compile(
    r"^(?:,[^,]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|reportedly\s+|quickly\s+)?"
    r"claim(?:ed|s)?\s+responsibility\b"
)


def armed_forms(found: Sequence[Candidate], texts: dict[int, str]) -> set[str]:
    """Return the names (case folded) the text describes as an armed group: after "the
    militant group", before ", a paramilitary force", or claiming responsibility for an
    attack; a nationality, a religion or a known place is never one."""
    armed: set[str] = set()
    for c in found:
        if c.label not in ("PERSON", "ORG", "PLACE") or of_people(c.text):
            continue
        if c.entry is not None and c.entry.label != "ORG":
            continue
        text = texts[c.paragraph]
        before, after = text[max(0, c.start - 60) : c.start], text[c.end : c.end + 90]
        if (
            _ARMED_BEFORE.search(before)
            or _ARMED_AFTER.match(after)
            or _CLAIMS_ATTACK.match(after)
        ):
            armed.add(c.text.casefold())
    return armed
