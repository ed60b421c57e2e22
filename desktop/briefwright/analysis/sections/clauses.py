"""Clause headings: a subject, its verb and its object as one clause of the article states them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.sections.phrases import (
    STOP_OBJECTS,
    Phrase,
    Token,
    count_words,
    ends_in_noun,
    is_adjectival,
    noun_run,
    short_name,
)
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor

_INACTIVE = lexicon.words("headings.inactive_verbs")
_AUXILIARIES = lexicon.words("headings.auxiliaries")
_NEGATIONS = frozenset({"not", "n't", "never"})
_DENIALS = _NEGATIONS | frozenset(
    {"neither", "nor", "deny", "denies", "denied", "denying", "doubt", "doubts", "doubted"}
)
_PREPOSITIONS = lexicon.words("headings.prepositions")
_QUANTITIES = lexicon.words("headings.quantity_nouns")
_CLAUSE_PP_HEADS = lexicon.words("headings.clause_prepositions")
_NUMBER_QUALIFIERS = lexicon.words("headings.number_qualifiers")
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "POS", "CD"})


def _forms(actors: Sequence[Actor]) -> list[tuple[list[str], Actor]]:
    """Return every name of the actors split into words, longest first."""
    forms = [(f.split(), a) for a in actors for f in (a.name, *a.aliases) if f]
    return sorted(forms, key=lambda f: -len(f[0]))


def _text(tokens: Sequence[Token], start: int, end: int) -> str:
    """Return the text of tokens ``[start, end)`` with the article's spacing."""
    out = ""
    for k in range(start, end):
        if k > start:
            out += " " * max(0, tokens[k].idx - tokens[k - 1].idx - len(tokens[k - 1].text))
        out += tokens[k].text
    return out


def _actor_in(
    tokens: Sequence[Token], start: int, end: int, actors: Sequence[Actor]
) -> Actor | None:
    """Return the actor that heads tokens ``[start, end)``: a person whose name ends them
    ("US Secretary of State Antony Blinken"), else the longest name found there, not inside
    a prepositional phrase ("chiefs from Ecowas" names chiefs) and not a place qualifying a
    longer name ("Pakistan" in "Pakistan Muslim League"); else None."""
    whole = _text(tokens, start, end)
    for parts, actor in _forms(actors):
        name = re.escape(" ".join(parts))
        if actor.label == "PERSON" and re.search(rf"(?<![\w-]){name}$", whole):
            return actor
    for parts, actor in _forms(actors):
        # A name the subject opens with heads it ("The Economic Community of … States").
        if re.fullmatch(rf"(?:[Tt]he )?{re.escape(' '.join(parts))}", whole):
            return actor
    for k in range(start + 1, end):
        if tokens[k - 1].lower_ in _PREPOSITIONS:
            end = k - 1
            break
    text = _text(tokens, start, end)
    best: tuple[int, Actor] | None = None
    for parts, actor in _forms(actors):
        name = " ".join(parts)
        m = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        if m is None or (best is not None and len(name) <= best[0]):
            continue
        rest = text[m.end() :].split()
        if rest and (rest[0][:1] in "'’" or (actor.label == "PLACE" and rest[0][:1].isupper())):
            continue  # "Brazil's Supreme Court" and "Pakistan Muslim League" are not the place
        best = (len(name), actor)
    return best[1] if best else None


def _subject(
    tokens: Sequence[Token], verb: int, actors: Sequence[Actor]
) -> tuple[list[str], bool] | None:
    """Return the subject of the verb at ``verb`` as a heading names it, and whether it is a
    named actor; None when the words before the verb are no subject of it.

    The subject stands right before the verb (adverbs and auxiliaries between); an appositive
    between commas may name it ("The leader of the coup, Gen Tchiani, has rejected").
    """
    k = verb
    while k > 0 and (tokens[k - 1].tag in ("RB", "MD") or tokens[k - 1].lower_ in _AUXILIARIES):
        k -= 1
    end = k
    if end > 0 and tokens[end - 1].text == ",":
        opening = end - 2
        while opening >= 0 and tokens[opening].text != ",":
            opening -= 1
        if opening < 0:
            return None
        named = _actor_in(tokens, opening + 1, end - 1, actors)
        if named is not None and named.label == "PERSON":
            return [short_name(named)], True
        end = opening
    start = end
    while (
        start > 0
        and end - start < WEIGHTS.subject_words
        and (
            tokens[start - 1].tag in _SUBJECT_TAGS
            # "the ruling party"; never "those leading the chant", a verb and its object
            or (
                tokens[start - 1].tag in ("VBG", "VBN")
                and start < end
                and tokens[start].tag not in ("DT", "PRP$")
            )
        )
    ):
        start -= 1
    if start > 1 and tokens[start - 1].lower_ in ("from", "of", "at") and end - start <= 3:
        # "military chiefs from Ecowas": the head before the preposition is the subject.
        head = start - 1
        while head > 0 and tokens[head - 1].tag in _SUBJECT_TAGS and start - 1 - head < 3:
            head -= 1
        if head < start - 1:
            start = head
    if start == end or not tokens[end - 1].tag.startswith("NN"):
        return None
    before = tokens[start - 1] if start > 0 else None
    if before is not None and (before.lower_ in _PREPOSITIONS or before.tag in ("TO", "WDT", "WP")):
        return None
    if before is not None and before.tag in ("VBG", "VB"):
        return None  # "those leading the chant deserve": the object of a verb, no subject
    if before is not None and before.tag == "CC":
        # "France … and the EU have suspended" joins subjects; "bases maintained by France
        # and the US highlights" puts the name in a prepositional phrase.
        j = start - 2
        while j >= 0 and tokens[j].tag in _SUBJECT_TAGS:
            j -= 1
        if j >= 0 and tokens[j].lower_ in _PREPOSITIONS:
            return None
    named = _actor_in(tokens, start, end, actors)
    words = [t.text for t in tokens[start:end] if t.tag not in ("DT", "PRP$")]
    if named is not None and not is_adjectival(named):
        # The article's own words when they are short ("Hosts Ivory Coast"), else the name.
        return (words if count_words(words) <= 3 else [short_name(named)]), True
    return (words, False) if words else None


def _whole(tokens: Sequence[Token], words: list[str], end: int) -> tuple[list[str], int]:
    """Return a noun phrase ending before token ``end`` with the "of" phrase that completes
    it ("the people of Niger"), or ``[]`` when that would not fit a heading: a phrase cut
    before its "of" names something else."""
    if end >= len(tokens) or tokens[end].lower_ != "of":
        return words, end
    tail, stop = noun_run(tokens, end + 1, 3)
    if not tail or not ends_in_noun(tail, tokens, stop) or count_words([*words, *tail]) > 5:
        return [], end
    return [*words, tokens[end].text, *tail], stop


# Words that open a clause of what may not happen: "if the court rules", "unless …".
_CONDITIONS = frozenset({"if", "unless"})
# Words of time whose clause in the present tells what is yet to happen ("will reopen after
# engineers have inspected the boilers"), in the past what happened ("After the army seized
# the town", "Until the shots ended his life"); after "once" or "until" a past perfect is
# still to come too ("would restore service once inspectors had checked its lines").
_TIMES = frozenset({"when", "whenever", "before", "after", "once", "until"})
_PERFECT_AHEAD = frozenset({"once", "until"})
# What may stand between such a word and the verb: the clause's subject and auxiliaries.
_BEFORE_VERB = _SUBJECT_TAGS | {"PRP", "PRP$", "MD", "RB"}


def _conditional(tokens: Sequence[Token], verb: int) -> bool:
    """Return whether the clause of the verb at ``verb`` states what may not be or is yet to
    come: it opens with a word of condition, or of time with the verb in the present."""
    j = verb - 1
    present = tokens[verb].tag in ("VBZ", "VBP")
    had = False
    while j >= 0 and (tokens[j].tag in _BEFORE_VERB or tokens[j].lower_ in _AUXILIARIES):
        present = present or tokens[j].lower_ in ("has", "have", "will")
        had = had or tokens[j].lower_ == "had"
        j -= 1
    if j < 0:
        return False
    word = tokens[j].lower_
    if word in _CONDITIONS:
        return True
    return word in _TIMES and (present or (had and word in _PERFECT_AHEAD))


def clause_phrases(tokens: Sequence[Token], actors: Sequence[Actor]) -> list[Phrase]:
    """Return the clauses of a sentence that make a heading: subject, verb (with its
    auxiliary) and object, in the text's order and words, adverbs and articles left out."""
    found: list[Phrase] = []
    for i, tok in enumerate(tokens):
        if tok.tag not in ("VBD", "VBZ", "VBP", "VBN") or tok.lower_ in _INACTIVE:
            continue
        before = tokens[max(0, i - 3) : i]
        if any(t.lower_ in _NEGATIONS for t in before):
            continue  # "has not withdrawn": a heading without the "not" would say the opposite
        aux = [t for t in before if t.lower_ in _AUXILIARIES]
        passive = i > 0 and tokens[i - 1].lower_ in ("was", "were", "is", "are", "been", "be")
        if (tok.tag == "VBN" and not aux) or passive:
            continue
        subject = _subject(tokens, i, actors)
        if subject is None or _conditional(tokens, i):
            continue
        if any(t.lower_ in _DENIALS for t in tokens[: max(0, i - 3)]):
            # "could neither confirm nor deny that a cyberattack had triggered the blackout":
            # a clause under a denial or a negated verb is not stated.
            continue
        k = i + 1
        while k < len(tokens) and tokens[k].tag == "RB":
            k += 1
        # "launched more than 120 drones": the words that qualify a number stay with it.
        bound = k
        while bound < len(tokens) and tokens[bound].lower_ in _NUMBER_QUALIFIERS and bound - k < 3:
            bound += 1
        prefix = [t.text for t in tokens[k:bound]]
        if prefix and not (bound < len(tokens) and tokens[bound].tag == "CD"):
            prefix, bound = [], k
        obj, after = noun_run(tokens, bound, 5)
        obj = [*prefix, *obj] if obj else obj
        while obj and len(obj) > 1 and re.fullmatch(r"[\d.,–-]+", obj[-1]):
            obj.pop()  # "beat Nigeria 2-1": the score is no part of the object
            after -= 1
        if not obj or not ends_in_noun(obj, tokens, after):
            continue
        obj, after = _whole(tokens, obj, after)
        if not obj:
            continue  # "the commitment of …" cut before its "of" says something else
        if after < len(tokens) and (tokens[after].tag in ("VBD", "VBZ", "VBP", "MD")):
            continue  # "confirmed Pate [was held]": the object is the subject of a clause
        if all(w.lower() in STOP_OBJECTS for w in obj):
            continue
        if after < len(tokens) and tokens[after].text in ('"', "“", "``"):
            continue  # "called the decision “a betrayal”": the object runs into a quotation
        words, named = subject
        # "has suspended" reads as "suspended"; an irregular participle keeps its auxiliary.
        irregular = tok.tag == "VBN" and not tok.lower_.endswith("ed")
        verb = [aux[-1].text, tok.text] if irregular else [tok.text]
        text = [*words, *verb, *obj]
        if count_words(text) > WEIGHTS.heading_max_words and "and" in obj[1:]:
            # "launched more than 120 drones and six missiles": the first of the objects,
            # when it ends in a noun ("financial and development aid" does not split).
            cut = obj.index("and", 1)
            if tokens[k + cut - 1].tag.startswith("NN"):
                text = [*words, *verb, *obj[:cut]]
        while (
            after < len(tokens)
            and tokens[after].tag in ("CD", "HYPH")
            and tokens[after].text != ","
        ):
            after += 1
        if after < len(tokens) and tokens[after].lower_ in _CLAUSE_PP_HEADS:
            tail, end = noun_run(tokens, after + 1, 4)
            tail, end = _whole(tokens, tail, end) if tail else (tail, end)
            longer = [*text, tokens[after].lower_, *tail]
            if (
                tail
                and ends_in_noun(tail, tokens, end)
                and count_words(longer) <= WEIGHTS.heading_max_words
            ):
                text = longer
        if text[-1].lower() in _QUANTITIES:
            continue  # "deployed tens of thousands" says nothing of what
        found.append(Phrase(tuple(text), tok.lower_, i, named))
    return found
