"""Which clause of a dated sentence tells its event, and which clauses tell none."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis.dates.tense import CLAUSE_OPENERS, VerbGroup, verb_group_of
from briefwright.analysis.events.subjects import CLAUSE_PREPOSITIONS
from briefwright.analysis.lexicon import words
from briefwright.analysis.penn import FINITE, VERBISH
from briefwright.analysis.sections.headings import Token
from briefwright.model.analysis import DateRef

MAX_FALLBACK_WORDS = 14
# How far back an attribution closing a clause may start: "…, police said", "…, CNN senior
# media correspondent Brian Stelter reported" (a title and a name only, past six words).
_ATTRIBUTION_WORDS = 9
_NAME_TAGS = frozenset(("NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "HYPH", "CD"))
_RELATIVES = frozenset(("who", "which", "that"))
_DATE_PREPOSITIONS = words("events.date_prepositions")
_COPULAS = words("events.copulas")
_VIEW_VERBS = words("events.view_verbs")
_SCHEDULE_WORDS = words("tense.schedule_words")
_SIMULTANEOUS = words("events.simultaneous")
# Words that open a clause of its own, subject and verb: "Since the video surfaced …".
SUBORDINATING = CLAUSE_OPENERS | CLAUSE_PREPOSITIONS
_SPACES = re.compile(r"\s+")


def states(sentence: Sequence[Token], group: VerbGroup) -> bool:
    """Return whether the group states a view or a condition rather than telling an event.

    A copula ("was the main risk", "remains high") tells none unless it names a schedule
    ("is due in court"); a verb of forecast with a noun after it ("expects profit of …")
    gives a view, not an event.
    """
    verbs = [t for t in sentence[group.start : group.end] if t.tag.startswith("VB")]
    if not verbs:
        return False
    main = verbs[-1]
    in_group = {t.lower_ for t in sentence[group.start : group.end]}
    if main.lower_ in _COPULAS:
        return not in_group & _SCHEDULE_WORDS
    return main.lower_ in _VIEW_VERBS and not any(
        t.tag == "TO" for t in sentence[group.start : group.end]
    )


def bare_present_participle(sentence: Sequence[Token], group: VerbGroup) -> bool:
    """Return whether the group is a lone "-ing" form ("the year ending in March", "…,
    setting up a vote"): it describes, nobody does it."""
    return all(t.tag == "VBG" for t in sentence[group.start : group.end] if t.tag != "RP")


def simultaneous_main(sentence: Sequence[Token], group: VerbGroup) -> VerbGroup | None:
    """Return the main clause's group when the dated clause only tells how it happened.

    "Typhoon Halong killed 14 people as it swept across the islands on Monday": a clause of
    time whose subject is a pronoun ("as it", "while they") dates the clause it depends on.
    None otherwise.
    """
    at = group.start - 1
    if at < 1 or sentence[at].tag != "PRP" or sentence[at - 1].lower_ not in _SIMULTANEOUS:
        return None
    # The clause's first finite verb: "killed 14 and drove 200,000 from their homes as it
    # swept …" is told by "killed".
    opening = max((i for i in range(at - 1) if sentence[i].text in (",", ";", ":")), default=-1)
    main = next((i for i in range(opening + 1, at - 1) if sentence[i].tag in FINITE), None)
    return verb_group_of(sentence, main) if main is not None else None


def attributed_clause(sentence: Sequence[Token], group: VerbGroup) -> VerbGroup | None:
    """Return the verb group of the clause an attribution closes ("X did Y, police said",
    "…, CNN senior media correspondent Brian Stelter reported") or, for an attribution set
    before it ("As CNN reported Thursday, the report stated …"), the clause after it.

    None when the reporting verb opens the sentence's statement instead ("police said …").
    """
    before = _set_before(sentence, group)
    if before is not None:
        return before
    comma = max((i for i in range(group.start) if sentence[i].text == ","), default=None)
    if comma is None or group.start - comma > _ATTRIBUTION_WORDS:
        return None
    between = sentence[comma + 1 : group.start]
    if group.start - comma > 6 and not all(t.tag in _NAME_TAGS for t in between):
        # Past six words only a title and a name stand between the comma and the verb.
        return None
    after = sentence[group.end :]
    upto = next((i for i, t in enumerate(after) if t.text in (",", ";")), len(after))
    if any(t.tag in VERBISH for t in after[:upto]):
        return None
    first = next((i for i in range(comma) if sentence[i].tag.startswith(("VB", "MD"))), None)
    return verb_group_of(sentence, first) if first is not None else None


def _set_before(sentence: Sequence[Token], group: VerbGroup) -> VerbGroup | None:
    """Return the main clause's verb group after an opening "As X reported (on Thursday),",
    else None."""
    if not sentence or sentence[0].lower_ != "as" or group.start > _ATTRIBUTION_WORDS:
        return None
    comma = next((i for i in range(group.end, len(sentence)) if sentence[i].text == ","), None)
    if comma is None or comma - group.end > 4:
        return None
    main = next((i for i in range(comma + 1, len(sentence)) if sentence[i].tag in FINITE), None)
    return verb_group_of(sentence, main) if main is not None else None


def leading_participle(sentence: Sequence[Token], group: VerbGroup) -> VerbGroup | None:
    """Return the main clause's verb group when the dated verb is a participle inside the
    phrase that opens the sentence ("In an order issued Friday, the judge granted …"): the
    date is the document's, and the main clause tells what it did. None otherwise."""
    if group.end - group.start != 1 or sentence[group.start].tag not in ("VBN", "VBG"):
        return None
    if not sentence or sentence[0].tag != "IN" or sentence[0].lower_ in SUBORDINATING:
        return None  # "Since the video surfaced Sunday, …": a clause with its own subject
    if any(t.tag in FINITE for t in sentence[: group.start]):
        return None
    comma = next((i for i in range(group.end, len(sentence)) if sentence[i].text == ","), None)
    if comma is None or any(t.tag in FINITE for t in sentence[group.end : comma]):
        return None
    main = next((i for i in range(comma + 1, len(sentence)) if sentence[i].tag in FINITE), None)
    return verb_group_of(sentence, main) if main is not None else None


def fallback_phrase(
    text: str, sentence: Sequence[Token], ref: DateRef, span: tuple[int, int]
) -> tuple[str, set[int]] | None:
    """Return the fallback phrase when it holds an action verb of the sentence, else None
    (a noun phrase such as "EBITDA of 3.2 billion euros" is no event)."""
    phrase = _fallback(text, ref, span)
    words_ = {w.strip(",.;:…").casefold() for w in phrase.split()}
    first = phrase.split()[0].casefold() if phrase.split() else ""
    if any(t.lower_ == first and t.tag.startswith(("VB", "MD")) for t in sentence):
        # "Has denied wrongdoing since …", "Setting up a vote": no one does it.
        return None
    action = any(
        t.tag.startswith("VB")
        and t.lower_ not in _COPULAS
        and t.lower_ not in _VIEW_VERBS
        and t.lower_ in words_
        for t in sentence
    )
    return (phrase, set(range(len(sentence)))) if action else None


def _fallback(text: str, ref: DateRef, span: tuple[int, int]) -> str:
    """Return the clause that holds the date, without the date, cut to a few words."""
    start, end = span
    before = max(text.rfind(", ", start, ref.start), text.rfind("; ", start, ref.start))
    breaks = [p for p in (text.find(", ", ref.end, end), text.find("; ", ref.end, end)) if p >= 0]
    clause_start = before + 2 if before >= 0 else start
    clause_end = min(breaks) if breaks else end
    head = text[clause_start : ref.start].split()
    if head and head[-1].lower() in _DATE_PREPOSITIONS:
        head.pop()
    if head and head[0].lower() in _RELATIVES and before >= 0:
        # "Henry, who has led Haiti since …": the name the relative pronoun stands for.
        antecedent = text[start:before].split()
        names: list[str] = []
        while antecedent and antecedent[-1][:1].isupper() and len(names) < 4:
            names.insert(0, antecedent.pop())
        if names:
            head = names + head[1:]
    clause = " ".join(head) + " " + text[ref.end : clause_end]
    words_ = [w for w in _SPACES.sub(" ", clause).strip(" .,;:").split(" ") if w]
    if len(words_) < 4:
        words_ = _SPACES.sub(" ", text[start:end]).strip(" .").split(" ")
    while words_ and words_[-1].lower() in _DATE_PREPOSITIONS:
        words_.pop()
    phrase = " ".join(words_[:MAX_FALLBACK_WORDS])
    if len(words_) > MAX_FALLBACK_WORDS:
        phrase = phrase.rstrip(",;:") + "…"
    return phrase[:1].upper() + phrase[1:]
