"""The lede's main clause: where it starts, its verb, and a subject that names who acted."""

from __future__ import annotations

from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.dates.tense import VerbGroup, verb_group_of
from briefwright.analysis.events.subjects import clause_subject
from briefwright.analysis.penn import FINITE, NOUNS, RELATIVE
from briefwright.analysis.sections.phrases import Token
from briefwright.analysis.subject.cut import SUBORDINATORS, fit, object_words
from briefwright.analysis.subject.lede import Sentence
from briefwright.model.analysis import Actor

_ANAPHORIC_HEADS = lexicon.words("subject.anaphoric_heads")
_CAUSAL = lexicon.words("subject.causal_verbs")
_LEADING = lexicon.words("subject.leading_phrases")
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))
# How far into the lede a leading phrase's comma may stand.
_LEADING_REACH = 20


def clause_start(s: Sentence) -> int:
    """Return where the main clause starts: after a leading connective, a leading phrase
    ("In a conversation with …,", "According to police,") or a leading subordinate clause
    ("While France … have suspended aid, …")."""
    tokens, start = s.tokens, s.start
    while start < len(tokens) and (
        tokens[start].tag in ("CC", "``", "''", ":")
        or not any(c.isalnum() for c in tokens[start].text)
    ):
        start += 1
    if start >= len(tokens):
        return start
    first = next(
        (i for i in range(start, len(tokens)) if tokens[i].tag in FINITE and i not in s.skip),
        None,
    )
    opener = tokens[start]
    commas = [
        i
        for i in range(start, min(len(tokens), start + _LEADING_REACH))
        if tokens[i].text == "," and i not in s.skip
    ]
    if not commas:
        return start
    if opener.lower_ in SUBORDINATORS and opener.tag in ("IN", "WRB") and first is not None:
        # The subordinate clause holds the first verb: the main clause follows its comma.
        after = next((c for c in commas if c > first), None)
        if after is not None:
            return after + 1
    leading = opener.tag in ("IN", "RB", "RBR") or opener.lower_ in _LEADING
    if leading and (first is None or commas[0] < first):
        return commas[0] + 1
    return start


def main_group(s: Sentence, start: int) -> VerbGroup | None:
    """Return the verb group of the main clause: the first finite verb from ``start`` that no
    relative clause holds ("The move, which won approval …, will create …")."""
    tokens = s.tokens
    relative_comma = False
    in_relative = False
    after_relative = False
    i = start
    while i < len(tokens):
        t = tokens[i]
        if i in s.skip:
            i += 1
            continue
        if t.tag in RELATIVE and i > start:
            in_relative = True
            relative_comma = tokens[i - 1].text == ","
        elif t.tag in FINITE:
            group = verb_group_of(tokens, i)
            k = group.start - 1
            while k > start and tokens[k].tag == "RB":
                k -= 1
            if after_relative and tokens[k].tag == "CC":
                # "who tried to join ISIS but was turned back …": still the relative clause.
                i = group.end
                continue
            if not in_relative:
                return group
            in_relative = False
            after_relative = True
            if relative_comma:
                # The aside runs to its closing comma.
                close = next(
                    (k for k in range(group.end, len(tokens)) if tokens[k].text == ","), None
                )
                if close is None:
                    return None
                i = close + 1
                continue
            i = group.end
            continue
        elif t.text in (";", ":"):
            break
        i += 1
    return _mistagged_verb(s, start)


def _mistagged_verb(s: Sentence, start: int) -> VerbGroup | None:
    """Return the group of a verb the tagger took for a base form or a participle right after
    the subject ("African safaris conjure up …", "…, sparkled like …") when the clause has
    no finite verb; else None."""
    tokens = s.tokens
    for i in range(max(start, 1), len(tokens)):
        if i in s.skip or tokens[i].tag in RELATIVE or tokens[i].text in (";", ":"):
            return None
        before = tokens[i - 1]
        if tokens[i].tag in ("VB", "VBN") and (before.tag in NOUNS):
            return verb_group_of(tokens, i)
    return None


def _complement(s: Sentence, group: VerbGroup) -> VerbGroup | None:
    """Return the verb group of what a reporting verb reports ("Police said gunmen killed
    …"), None when the verb takes a plain object ("announced a new search engine")."""
    tokens = s.tokens
    k = group.end
    while k < len(tokens) and (k in s.skip or tokens[k].lower_ == "that"):
        k += 1
    for i in range(k, len(tokens)):
        t = tokens[i]
        if t.text in (",", ";", ":", ".") and i not in s.skip:
            return None
        if t.tag in FINITE and i not in s.skip:
            return verb_group_of(tokens, i)
        if t.tag in RELATIVE or t.tag == "TO" or (t.lower_ in SUBORDINATORS and t.tag != "RB"):
            return None  # "told fans to …", "… before the video got …": no reported clause
    return None


def _head(tokens: Sequence[Token], subject: Sequence[int]) -> int:
    """Return the index of the subject's head noun: its last noun before a preposition
    ("upheaval" in "The recent political upheaval in Niger")."""
    head = subject[0]
    for i in subject:
        if tokens[i].tag == "IN":
            break
        if tokens[i].tag.startswith("NN"):
            head = i
    return head


def _concrete(tokens: Sequence[Token], subject: Sequence[int]) -> bool:
    """Return whether the subject names who acted, not a pronoun or a word pointing back."""
    words = [tokens[i] for i in subject]
    if not words:
        return False
    first = words[0]
    if first.lower_ in _DEMONSTRATIVES or first.tag in ("VBG", "EX"):
        return False
    if all(w.tag in ("PRP", "DT", "PRP$", "WP", "WDT") for w in words):
        return False
    nouns = [w for w in words if w.tag.startswith("NN") or w.tag == "CD"]
    if not nouns:
        return False
    if any(w.tag.startswith("NNP") for w in words):
        return True
    if first.tag == "PRP$":
        return False
    return nouns[-1].lower_ not in _ANAPHORIC_HEADS


def main_clause(s: Sentence, actors: Sequence[Actor]) -> tuple[str, bool] | None:
    """Return the main clause cut to subject, verb and object, and whether its subject is
    concrete; None when the sentence has no main clause to cut."""
    tokens = s.tokens
    start = clause_start(s)
    group = main_group(s, start)
    if group is None:
        return None
    skip = set(s.skip) | set(range(start))
    subject = _antecedent(s, start, group) or _appositive(
        s, group, clause_subject(tokens, group, skip)
    )
    speaker_known = True
    if group.reporting or _extraposed(tokens, subject, group):
        reported = _complement(s, group)
        if reported is not None:
            said = subject
            # "He said the reforms …": who speaks is told before the lede.
            speaker_known = _concrete(tokens, said) or not group.reporting
            subject = clause_subject(tokens, reported, skip)
            if said and subject and not _concrete(tokens, subject) and _concrete(tokens, said):
                # "The company said it would cut jobs": the speaker stays, for the pronoun's
                # sake ("that" after the verb goes).
                between = range(group.start, reported.start)
                subject = [
                    *said,
                    *(i for i in between if i not in skip and tokens[i].lower_ != "that"),
                ]
            group = reported
    elif subject and subject[0] > start and not _antecedent(s, start, group):
        subject = _whole_subject(s, start, subject)
    if not subject or tokens[subject[0]].tag in ("IN", "TO"):
        # "… missing in the Cayman Islands is now …": the subject's head was lost.
        return None
    concrete = _concrete(tokens, subject) and speaker_known and not _quoted(s)
    if subject[0] - 1 >= start and tokens[subject[0] - 1].tag == "VBG":
        # "Cutting obesity is a priority": the gerund is part of the subject, no actor.
        subject = [subject[0] - 1, *subject]
        concrete = False
    verb = tokens[group.end - 1].lower_ if group.end > group.start else ""
    if verb in _CAUSAL and not tokens[_head(tokens, subject)].tag.startswith("NNP"):
        # "The recent upheaval has led to the evacuation of …": a cause, not an actor.
        concrete = False
    rest, whole = object_words(s, group, skip)
    if not rest:
        return None
    line = fit(s, subject, rest, group.end, whole, actors)
    return (line, concrete) if line else None


_NP_TAGS = frozenset(
    ("DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD", "PRP$", "CC")
)


def _extraposed(tokens: Sequence[Token], subject: list[int], group: VerbGroup) -> bool:
    """Return whether the clause only frames a "that" clause ("It is now generally accepted
    that …", "It was reported that …")."""
    framed = len(subject) == 1 and tokens[subject[0]].lower_ == "it"
    return framed and any(t.lower_ == "that" for t in tokens[group.end : group.end + 4])


def _whole_subject(s: Sentence, start: int, subject: list[int]) -> list[int]:
    """Return the subject from the clause's start when the words found stand inside a longer
    noun phrase that a participle, an infinitive or a quotation interrupts ("A medical
    helicopter carrying | at least three people crashed", "The attempts … to undermine |
    Obama's policy seem", "Manchester United defender Jonny Evans and …"); else ``subject``."""
    tokens = s.tokens
    if tokens[start].tag not in _NP_TAGS - {"CC", "POS", "HYPH"}:
        return subject
    before = [i for i in range(start, subject[0]) if i not in s.skip]
    for i in before:
        t = tokens[i]
        if t.tag in FINITE or t.tag in RELATIVE or t.text in (",", ";", ":") or t.tag == "PRP":
            return subject
    return [*before, *subject]


def _antecedent(s: Sentence, start: int, group: VerbGroup) -> list[int]:
    """Return the noun phrase a relative clause without commas describes when the main verb
    follows that clause ("The community of nations that will take shape in Peru |
    represents …"); [] otherwise."""
    tokens = s.tokens
    at = next((i for i in range(start, group.start) if tokens[i].tag in RELATIVE), None)
    if at is None or at == start or tokens[at - 1].text == ",":
        return []
    words = [i for i in range(start, at) if i not in s.skip]
    if len(words) > 10 or not all(tokens[i].tag in _NP_TAGS | {"IN"} for i in words):
        return []
    return words if tokens[words[-1]].tag.startswith("NN") else []


def _appositive(s: Sentence, group: VerbGroup, subject: list[int]) -> list[int]:
    """Return the name between commas right before the verb when the subject found names no
    one or is cut from a longer phrase ("The first African woman to win the Nobel Peace
    Prize, environmental activist Wangari Maathai, received …"); else ``subject``."""
    tokens = s.tokens
    k = group.start - 1
    while k >= 0 and k in s.skip:
        k -= 1
    if k < 1 or tokens[k].text != "," or not subject:
        return subject
    opening = next((i for i in range(k - 1, max(-1, k - 10), -1) if tokens[i].text == ","), None)
    if opening is None:
        return subject
    named = [i for i in range(opening + 1, k) if i not in s.skip]
    if not named or not all(tokens[i].tag in _NP_TAGS for i in named):
        return subject
    if not any(tokens[i].tag.startswith("NNP") for i in named):
        return subject
    before = tokens[subject[0] - 1] if subject[0] > 0 else None
    cut = before is not None and (before.tag.startswith("VB") or before.tag in ("TO", "IN"))
    if cut or not any(tokens[i].tag.startswith("NNP") for i in subject):
        return named
    return subject


def _quoted(s: Sentence) -> bool:
    """Return whether the sentence opens with a quotation (the speaker's words, not news)."""
    return s.start < len(s.tokens) and s.tokens[s.start].text in ('"', "“", "``", "'", "‘")
