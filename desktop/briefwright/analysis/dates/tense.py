"""The verb a date phrase belongs to and its tense, read from the tagger's Penn tags."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from briefwright.analysis.lexicon import words
from briefwright.analysis.sections.headings import Token

Tense = Literal["past", "present", "future", ""]

_FUTURE_MODALS = words("tense.future_modals")
_SCHEDULE_WORDS = words("tense.schedule_words")
_INTENT_VERBS = words("tense.intent_verbs")
_PAST_INTENT = words("tense.past_intent")
REPORTING_VERBS = words("tense.reporting_verbs")
CLAUSE_OPENERS = words("tense.clause_openers")
_ADVERBS_IN_GROUP = words("tense.group_adverbs")
_HAVE = words("tense.have")
_PAST_BE = words("tense.past_be")
_TIME_WORDS = words("tense.time_words")
_AHEAD_CUES = words("tense.ahead_cues")
_TIME_NOUNS = words("tense.time_nouns")
_RELATIVE_PRONOUNS = frozenset(("which", "who", "that"))
_GROUP_TAGS = frozenset(("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "TO", "RB", "RP"))
_VERB_TAGS = frozenset(("MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
# Where a clause ends for the search of its verb: the sentence's end, a semicolon, a colon.
_STOP_TAGS = frozenset((".", ":"))
# Before a participle these make it an adjective ("their remaining volume", "the written").
# After a hyphen it is part of a compound ("the long-delayed agreement").
_MODIFIER_TAGS = frozenset(("DT", "PRP$", "JJ", "CD", "POS", "RBS", "JJS", "IN", "HYPH"))


@dataclass(frozen=True)
class VerbGroup:
    """Tokens ``[start, end)`` of a verb group ("will not face", "is due to open") and its
    tense; ``reporting`` when its verb says that something was said ("said", "told");
    ``infinitive`` when it is a bare infinitive ("to acquire"), which has no tense;
    ``perfect`` for a present perfect ("has extended"), which reaches up to now."""

    start: int
    end: int
    tense: Tense
    reporting: bool
    infinitive: bool = False
    perfect: bool = False


def verb_group_for(tokens: Sequence[Token], start: int, end: int) -> VerbGroup | None:
    """Return the verb group that the phrase at characters ``[start, end)`` belongs to.

    See :func:`_nearest_group` for the search. A past-tense clause that a time word opens
    under a future ("would weaken as it crossed … by Friday", "was expected to join once
    they were under way on Wednesday") takes the future of the clause it depends on. None
    when the clause has no verb; raises nothing.
    """
    group = _nearest_group(tokens, start, end)
    if group is None or group.tense != "past":
        return group
    ruling = _ruling_group(tokens, group)
    if ruling is not None and ruling.tense == "future":
        return dataclasses.replace(group, tense="future")
    return group


def looks_ahead(tokens: Sequence[Token], group: VerbGroup | None, start: int) -> bool:
    """Return whether the noun phrase that holds the date phrase starting at character
    ``start`` names a thing still to come, whatever the tense of ``group``, its verb (None
    for a clause without one): "barred it from collecting until a full hearing in January",
    "adjourned the case to a hearing scheduled for March", "pending a ruling in January",
    "with a verdict due in May".

    A cue word (``tense.ahead_cues``) between the verb group and the phrase counts when no
    verb, comma or clause opener comes between it and the phrase; a preposition ("until",
    "pending") only with a noun after it (the event it waits for), as "held until January"
    names the end of a state that may be over; "next to", "due to" and "the next day" are
    no cues. The verb group's own last word may be the cue ("was detained pending trial in
    March"). Raises nothing.
    """
    first = next((i for i, t in enumerate(tokens) if t.idx >= start), len(tokens))
    stop = group.start if group is not None else 0
    if stop >= first:
        return False
    noun = False
    for i in range(first - 1, stop - 1, -1):
        token = tokens[i]
        after = tokens[i + 1].lower_
        if token.lower_ in _AHEAD_CUES and after != "to" and after not in _TIME_NOUNS:
            # "next to the embassy", "due to the storm" say where or why, not when; "the
            # next day" is told from the story's time, not the article's.
            return noun or token.tag != "IN"
        if (
            token.tag in _STOP_TAGS
            or token.tag in _VERB_TAGS
            or token.text == ","
            or token.lower_ in CLAUSE_OPENERS
        ):
            return False
        noun = noun or token.tag.startswith("NN")
    return False


def _ruling_group(tokens: Sequence[Token], group: VerbGroup) -> VerbGroup | None:
    """Return the verb group of the clause that ``group``'s clause depends on, when a time
    word ("as", "once", "before", "when" …) opens it with no verb in between; else None."""
    at = group.start - 1
    while at >= 0 and tokens[at].tag not in _VERB_TAGS and tokens[at].lower_ not in _TIME_WORDS:
        if tokens[at].tag in _STOP_TAGS or tokens[at].text == ",":
            return None
        at -= 1
    if at <= 0 or tokens[at].lower_ not in _TIME_WORDS:
        return None
    for i in range(at - 1, -1, -1):
        if tokens[i].tag in _STOP_TAGS:
            return None
        if tokens[i].tag in _VERB_TAGS:
            return verb_group_of(tokens, i)
    return None


def _nearest_group(tokens: Sequence[Token], start: int, end: int) -> VerbGroup | None:
    """Return the verb group nearest the phrase at characters ``[start, end)`` in its clause.

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
    comma: int | None = None
    for i in range(first - 1, -1, -1):
        token = tokens[i]
        if token.tag in _STOP_TAGS:
            break
        if token.text == ",":
            opened, comma = True, i
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
            found = verb_group_of(tokens, i)
            if participle is not None and found.tense == "present":
                # "The cuts follow layoffs announced in February": a present states what
                # holds now; the date goes with the participle it follows.
                return verb_group_of(tokens, participle)
            return found
        if i < first - 1 and (
            token.lower_ in CLAUSE_OPENERS or (token.lower_ == "that" and token.tag == "IN")
        ):
            if _relative(token) and i + 2 == first and tokens[i + 1].tag in ("NNS", "NN"):
                # "which reports on Nov. 18": the tagger took the relative clause's only
                # verb for a noun; a present simple of a schedule.
                return VerbGroup(i + 1, i + 2, "present", False)
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
    return _verb_before_aside(tokens, comma) if comma is not None else None


# The longest aside between commas that the search for a date's verb steps over.
_MAX_ASIDE = 8


def _verb_before_aside(tokens: Sequence[Token], comma: int) -> VerbGroup | None:
    """Return the verb before an aside that ends at ``comma`` ("would cut 4,000 jobs, or 9%
    of its staff, by March"); None when the stretch between commas holds a verb or opens a
    clause, or no verb comes before it in the clause."""
    at = comma - 1
    while at >= 0 and tokens[at].text != ",":
        token = tokens[at]
        if (
            token.tag in _STOP_TAGS
            or token.tag in _VERB_TAGS
            or token.lower_ in CLAUSE_OPENERS
            or comma - at > _MAX_ASIDE
        ):
            return None
        at -= 1
    for i in range(at - 1, -1, -1):
        token = tokens[i]
        if token.tag in _STOP_TAGS or token.text == "," or token.lower_ in CLAUSE_OPENERS:
            return None
        if token.tag in _VERB_TAGS and not (
            token.tag in ("VBN", "VBG") and i > 0 and tokens[i - 1].tag in _MODIFIER_TAGS
        ):
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
    tense = _tense(group)
    reporting = main.lower_ in REPORTING_VERBS
    if reporting and tense == "present" and start > 0 and _relative(tokens[start - 1]):
        # "X, which reports on Nov. 18": a relative clause's present is a schedule.
        reporting = False
    infinitive = all(t.tag in ("VB", "RB") for t in group)
    perfect = group[0].tag in ("VBZ", "VBP") and group[0].lower_ in _HAVE and "VBN" in {
        t.tag for t in group
    }
    return VerbGroup(start, end, tense, reporting, infinitive, perfect)


# What may stand between such a verb and "to": its object ("the winds", "residents").
_OBJECT_TAGS = frozenset(("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD", "POS"))
# Verbs of intent that expect their object to do something ("expected the winds to ease");
# "is" and "are" count as intent only right before "to" ("is to visit").
_EXPECTING = (_INTENT_VERBS | _PAST_INTENT) - frozenset(("is", "are"))


def prospective(tokens: Sequence[Token], group: VerbGroup) -> bool:
    """Return whether ``group``, a bare infinitive, tells what a verb of intent expects its
    object to do ("expected the winds to ease on Thursday", "want the talks to resume on
    Monday"): something still to come when the verb was said. After a verb of asking the
    date may be the asking's ("told residents to leave on Tuesday"): not these."""
    at = group.start - 1
    if not group.infinitive or at < 1 or tokens[at].tag != "TO":
        return False
    for i in range(at - 1, max(-1, at - 8), -1):
        token = tokens[i]
        if token.tag in _VERB_TAGS:
            return token.lower_ in _EXPECTING
        if token.tag not in _OBJECT_TAGS:
            return False
    return False


def _relative(token: Token) -> bool:
    """Return whether ``token`` is a relative pronoun ("which", "who", "that")."""
    return token.lower_ in _RELATIVE_PRONOUNS and token.tag in ("WDT", "WP")


def _tense(group: Sequence[Token]) -> Tense:
    """Return the tense of a verb group (a plan or an infinitive of intent counts as future)."""
    lowered = [t.lower_ for t in group]
    tags = [t.tag for t in group]
    head = tags[0]
    before = lowered[tags.index("TO") - 1] if "TO" in tags and tags.index("TO") > 0 else ""
    # A future seen from the past: "was to visit", "were expected to arrive", "hoped to".
    future_in_past = "TO" in tags and (
        lowered[0] in _PAST_INTENT
        or (lowered[0] in _PAST_BE and (before in _PAST_BE or before in _SCHEDULE_WORDS))
        # "did not plan to remove Elian on Thursday"
        or (lowered[0] == "did" and before in _INTENT_VERBS)
    )
    if head == "VBD" and not future_in_past:
        # The finite verb decides: "agreed to resign on Monday" is mostly news of Monday.
        return "past"
    if "TO" in tags and (
        future_in_past
        or before in _SCHEDULE_WORDS
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
