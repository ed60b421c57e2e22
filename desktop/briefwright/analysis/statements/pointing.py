"""Whether a sentence opens with a word that stands for something said before it."""

from __future__ import annotations

import re

from briefwright.analysis.ranking.features import opens_with_pronoun

# Words a sentence may open with that point back to one before it. An "It" that stands for
# the clause after it ("It is not clear whether …", "It remains to be seen", "It was
# expected to …") points nowhere; nor does "This" or "That" before a time ("This week").
_EXPLETIVE_IT = re.compile(
    r"^[\"“]?It\s+(?:(?:seems|appears|remains to be seen)\b|"
    r"(?:is|was|has been|had been|remains|will be|would be)\s+(?:not\s+)?(?:yet\s+)?"
    r"(?:immediately\s+|entirely\s+|still\s+|widely\s+)?"
    r"(?:clear|unclear|likely|unlikely|possible|impossible|expected|understood|thought|"
    r"believed|feared|hoped|estimated|known|unknown|true|necessary|important|difficult|hard|"
    r"easy|too early|time|the first)\b)"
)
_TIME_AFTER = re.compile(
    r"^[\"“]?(?:This|That|These|Those)\s+(?:week|weekend|month|year|morning|afternoon|evening|"
    r"night|day|days|time|summer|winter|spring|autumn|season|decade|quarter)\b",
    re.IGNORECASE,
)
REACH = 2
"""How many sentences back (in the article) a sentence that points back may find what it
points to: the one before it, or the one before that."""

_CONNECTIVE = re.compile(r"^(?:We|I|But|And|So)\b")


def points_back(text: str) -> bool:
    """Return whether ``text`` opens with a word that stands for something said before it
    ("He", "Their", "These"), not with a quotation, "We" or "I", a connective, an "It" that
    opens a clause of its own or a time ("This week")."""
    text = text.strip()
    # Inside a quotation the words are the speaker's, said where the referent stood.
    if text[:1] in "\"“" or not opens_with_pronoun(text) or _CONNECTIVE.match(text):
        return False
    return not (_EXPLETIVE_IT.match(text) or _TIME_AFTER.match(text))
