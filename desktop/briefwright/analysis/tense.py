"""The verb a date phrase belongs to and its tense, read from the tagger's Penn tags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from briefwright.analysis.headings import Token
from briefwright.analysis.lexicon import words

Tense = Literal["past", "present", "future", ""]

_FUTURE_MODALS = words("tense.future_modals")
_SCHEDULE_WORDS = words("tense.schedule_words")
_INTENT_VERBS = words("tense.intent_verbs")
_PAST_INTENT = words("tense.past_intent")
REPORTING_VERBS = words("tense.reporting_verbs")
CLAUSE_OPENERS = words("tense.clause_openers")
_ADVERBS_IN_GROUP = words("tense.group_adverbs")
_HAVE = words("tense.have")
_GROUP_TAGS = frozenset(("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO", "RB", "RP"))
_VERB_TAGS = frozenset(("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
# Where a clause ends for the search of its verb: the sentence's end, a semicolon, a colon.
_STOP_TAGS = frozenset((".", ":"))
# Before a participle these make it an adjective ("their remaining volume", "the written").
_MODIFIER_TAGS = frozenset(("DT", "PRP$", "JJ", "CD", "POS", "RBS", "JJS", "IN"))


@dataclass(frozen=True)
class VerbGroup:
    """Tokens ``[start, end)`` of a verb group ("will not face", "is due to open") and its
    tense; ``reporting`` when its verb says that something was said ("said", "told")."""

    start: int
    end: int
    tense: Tense
    reporting: bool


def verb_group_for(tokens: Sequence[Token], start: int, end: int) -> VerbGroup | None:
    """Return the verb group that the phrase at characters ``[start, end)`` belongs to.

    The nearest verb before the phrase in its clause (a comma, "that" or a word such as
    "since" ends the search), else the nearest after it ("On Tuesday, gunmen stormed …",
    "… that exports this year would exceed …"). A participle that describes a noun ("a
    hotel used by officials", "their remaining volume") gives way to the clause's finite
    verb. None when the clause has no verb; raises nothing.
    """
    first = next((i for i, t in enumerate(tokens) if t.idx >= start), len(tokens))
    last = next((i for i, t in enumerate(tokens) if t.idx >= end), len(tokens))
    participle: int | None = None
    # Whether the search back stopped inside the sentence: the search on then stays in
    # the same stretch between commas.
    opened = False
    for i in range(first - 1, -1, -1):
        token = tokens[i]
        if token.tag in _STOP_TAGS:
            break
        if token.text == ",":
            opened = True
            break
        if token.tag in _VERB_TAGS:
            if token.tag in ("VBN", "VBG") and i > 0 and tokens[i - 1].tag in _MODIFIER_TAGS:
                continue
            if token.lower_ == "according":
                # "according to" attributes; it is no verb of the clause.
                break
            if token.tag in ("VBN", "VBG") and i > 0 and tokens[i - 1].tag.startswith("NN"):
                # "a hotel used by officials": look on for the verb the hotel is object of.
                if participle is None:
                    participle = i
                continue
            return verb_group_of(tokens, i)
        if i < first - 1 and (
            token.lower_ in CLAUSE_OPENERS or (token.lower_ == "that" and token.tag == "IN")
        ):
            opened = True
            break
    if participle is not None:
        return verb_group_of(tokens, participle)
    for i in range(last, len(tokens)):
        token = tokens[i]
        if token.tag in _STOP_TAGS or (
            opened and (token.lower_ in CLAUSE_OPENERS or token.text == ",")
        ):
            break
        if token.tag in _VERB_TAGS:
            return verb_group_of(tokens, i)
    return None


def _in_group(token: Token) -> bool:
    """Return whether ``token`` can be part of a verb group."""
    if token.tag in ("RB", "RP"):
        return token.lower_ in _ADVERBS_IN_GROUP
    if token.tag == "JJ":
        return token.lower_ in _SCHEDULE_WORDS
    return token.tag in _GROUP_TAGS


def verb_group_of(tokens: Sequence[Token], index: int) -> VerbGroup:
    """Return the verb group that holds the verb at ``index`` (a verb or modal token)."""
    start = index
    while start > 0 and _in_group(tokens[start - 1]):
        start -= 1
    end = index + 1
    while end < len(tokens) and _in_group(tokens[end]):
        end += 1
    # A group never starts or ends with an adverb, "to" or a particle.
    while start < index and tokens[start].tag not in _VERB_TAGS:
        start += 1
    while end > index + 1 and tokens[end - 1].tag in ("RB", "TO"):
        end -= 1
    group = tokens[start:end]
    main = next((t for t in reversed(group) if t.tag.startswith("VB")), group[-1])
    return VerbGroup(start, end, _tense(group), main.lower_ in REPORTING_VERBS)


def _tense(group: Sequence[Token]) -> Tense:
    """Return the tense of a verb group (a plan or an infinitive of intent counts as future)."""
    lowered = [t.lower_ for t in group]
    tags = [t.tag for t in group]
    head = tags[0]
    if head == "VBD" and not ("TO" in tags and lowered[0] in _PAST_INTENT):
        # The finite verb decides: "agreed to resign on Monday" is mostly news of Monday.
        return "past"
    if "TO" in tags:
        before = lowered[tags.index("TO") - 1] if tags.index("TO") > 0 else ""
        if (
            before in _SCHEDULE_WORDS
            or before in _INTENT_VERBS
            or before in _PAST_INTENT
            or head in ("VBZ", "VBP")
        ):
            return "future"
    if any(t == "MD" and w in _FUTURE_MODALS for t, w in zip(tags, lowered, strict=True)):
        return "future"
    if head == "VBN" or (head in ("VBZ", "VBP") and "VBN" in tags and lowered[0] in _HAVE):
        return "past"
    if head in ("VBZ", "VBP", "VBG", "VB"):
        return "present"
    return ""


