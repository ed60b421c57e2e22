"""Who a sentence's opening pronoun stands for ("He was 91." after "Lee Kuan Yew … died"),
where the sentence before it leaves one reading; nobody where it leaves two."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.entities.antecedents import (
    NameAt,
    is_demonym,
    mentions_of,
    quoted_ranges,
)
from briefwright.analysis.entities.genders import genders, other_gender
from briefwright.analysis.sections.phrases import Token
from briefwright.analysis.statements.factkinds import Statement
from briefwright.analysis.statements.pointing import (
    SPEECH,
    continues_quotation,
    opening_pronoun,
)
from briefwright.analysis.statements.quotations import QUOTE_MARKS, continuations
from briefwright.model.analysis import Actor, Fact
from briefwright.model.article import Article

_SINGULAR = frozenset({"he", "she", "his", "her"})
_PLURAL = frozenset({"they", "their"})
# A finite verb ends a clause's subject ("Lee Kuan Yew, the founding Prime Minister, died").
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PERSON_NOUNS = lexicon.words("statements.person_heads") | lexicon.words(
    "statements.person_nouns"
)
# "Durst's", "Williams'": a name that qualifies another noun, not the subject.
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
# Pronouns for a person that, outside quotation marks, take up someone the sentence names
# no more: a sentence that holds one is no sentence to pass over.
_PERSONAL = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)
# "he said", "she told": who speaks, taken up by a pronoun.
_PRONOUN_SPEAKER = re.compile(r"\b(?:he|she)\s+" + SPEECH + r"\b", re.IGNORECASE)
# A sentence that opens by reporting what its pronoun said ("He said …", "He further alleged").
_REPORTS = re.compile(
    r"\s+(?:\w+ly\s+|also\s+|further\s+)?(?:" + SPEECH + r"|alleged|claimed|"
    r"insisted|argued|warned|stressed|urged|called)\b"
)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")


@dataclass(frozen=True)
class _Sentence:
    """What one sentence offers a pronoun after it."""

    people: tuple[Actor, ...]  # named outside quotation marks, in order, once each
    subject: Actor | None  # the one person its clause's subject names
    subject_pair: str  # "Myuran Sukumaran and Andrew Chan": two people as one subject
    described: bool  # its subject is one person described, not named ("The prosecutor")
    takes_up: bool  # it holds a personal pronoun outside quotation marks
    speaker: Actor | None  # the one person it names as who says it ("…, said X")
    pronoun_speaker: bool  # "…, he said": a speaker taken up from before


def opening_referents(
    article: Article,
    facts: Sequence[Fact],
    actors: Sequence[Actor],
    tokens: Mapping[int, Sequence[Token]],
    statements: Sequence[Statement],
) -> tuple[str | None, ...]:
    """Return, for each of ``facts`` (the article's sentences in reading order), the name
    its opening personal pronoun stands for, or None.

    "he", "she", "his", "her": the one person a leading phrase names ("When Wells tried …,
    he lost his life"); else, in the sentence before, the person its previous opening
    pronoun stood for when it names nobody else, the person its subject names, or the only
    person it names when its subject is no other person described ("The prosecutor"); when
    that sentence names nobody and takes up nobody, the sentence before it likewise. "they",
    "their": two people named as one subject ("Myuran Sukumaran and Andrew Chan"), or what
    the previous opening "they" stood for. Never a person the sentence itself names after the
    pronoun ("He told Eva Merkacheva …" is not Merkacheva); nothing for a pronoun inside a
    quotation, for "it" or "this", or where two people compete. ``tokens`` are the tagged
    tokens of each paragraph (by id), ``statements`` what each sentence is and where it
    names its source (:func:`factkinds.statement`).
    """
    order = {p.id: n for n, p in enumerate(article.paragraphs)}
    continued = continuations(facts)
    mentions = mentions_of(article, actors, order, quoted_ranges(article, facts, continued))
    by_paragraph: dict[int, list[NameAt]] = {}
    for m in mentions:
        if m.actor.label == "PERSON" and not is_demonym(m.actor):
            by_paragraph.setdefault(m.paragraph, []).append(m)
    starts = {pid: [m.start for m in found] for pid, found in by_paragraph.items()}
    places = {pid: [t.idx for t in tokens.get(pid, ())] for pid in order}

    def names_in(fact: Fact) -> list[NameAt]:
        span = article.paragraph(fact.paragraph).sentences[fact.sentence]
        keys = starts.get(fact.paragraph, [])
        lo, hi = bisect_left(keys, span.start), bisect_left(keys, span.end)
        return by_paragraph[fact.paragraph][lo:hi] if hi > lo else []

    def tokens_in(fact: Fact) -> Sequence[Token]:
        span = article.paragraph(fact.paragraph).sentences[fact.sentence]
        keys = places.get(fact.paragraph, [])
        lo, hi = bisect_left(keys, span.start), bisect_left(keys, span.end)
        return tokens.get(fact.paragraph, ())[lo:hi] if hi > lo else ()

    openings = [opening_pronoun(f.text) for f in facts]
    known = genders(article, mentions)
    seen = [
        _read(article, f, names_in(f), tokens_in(f), said.source, opening)
        for f, said, opening in zip(facts, statements, openings, strict=True)
    ]
    found: list[str | None] = []
    classes: list[str] = []
    for k, fact in enumerate(facts):
        opening = openings[k]
        word = opening[0].lower() if opening else ""
        classes.append("one" if word in _SINGULAR else "many" if word in _PLURAL else "")
        if opening is None or k in continued or _quoted_at(fact.text, opening[1]):
            found.append(None)
            continue
        start = _start(article, fact)
        inside = names_in(fact)
        lead = list(dict.fromkeys(m.actor for m in inside if m.start < start + opening[1]))
        later = {m.actor for m in inside if m.start >= start + opening[1]}
        if classes[k] == "one":
            if lead:
                found.append(lead[0].name if len(lead) == 1 else None)
                continue
            reports = _REPORTS.match(fact.text, opening[1] + len(opening[0])) is not None
            # "She …" is none of the men the article names, "He …" none of the women.
            other = other_gender("he" if word in ("he", "his") else "she", known)
            found.append(_one(k, seen, found, classes, later | other, reports))
        else:
            found.append(_many(k, seen, found, classes))
    return tuple(found)


def _one(
    k: int,
    seen: list[_Sentence],
    found: list[str | None],
    classes: list[str],
    later: set[Actor | str],
    reports: bool,
) -> str | None:
    """Return the person "he" or "she" opening sentence ``k`` stands for, or None; never
    one of ``later`` (actors, or ids of people of the other gender); ``reports`` when the
    sentence opens by reporting what the pronoun said ("He said …")."""

    def barred(actor: Actor) -> bool:
        return actor in later or actor.id in later

    for j in (k - 1, k - 2):
        if j < 0:
            return None
        before = seen[j]
        others = [a for a in before.people if not barred(a)]
        if found[j] is not None and classes[j] == "one":
            # "He was booked …" then "He may be moved …": the same person, unless the
            # sentence between names another.
            return found[j] if all(a.name == found[j] for a in others) else None
        if reports and before.speaker is not None and before.speaker in others:
            return before.speaker.name  # "…, Netanyahu said." then "He further alleged …"
        if before.pronoun_speaker:
            return None  # "Muffat, he said, was known …": the speaker competes
        if before.subject is not None and before.subject.id not in later:
            return None if barred(before.subject) else before.subject.name
        if before.subject_pair or before.described:
            return None  # a subject of two people, or one described, competes
        if len(others) == 1:
            return others[0].name
        if others or before.people or before.takes_up or classes[j]:
            return None
    return None


def _many(k: int, seen: list[_Sentence], found: list[str | None], classes: list[str]) -> str | None:
    """Return the people "they" or "their" opening sentence ``k`` stands for, or None."""
    if k == 0:
        return None
    before = seen[k - 1]
    if found[k - 1] is not None and classes[k - 1] == "many":
        return found[k - 1] if not before.people or before.subject_pair else None
    return before.subject_pair or None


def _start(article: Article, fact: Fact) -> int:
    return article.paragraph(fact.paragraph).sentences[fact.sentence].start


def _quoted_at(text: str, at: int) -> bool:
    """Return whether the pronoun at ``at`` stands inside a quotation: one opens before it,
    or the sentence goes on with one opened before."""
    return any(ch in QUOTE_MARKS for ch in text[:at + 1]) or continues_quotation(text)


def _read(
    article: Article,
    fact: Fact,
    inside: Sequence[NameAt],
    words: Sequence[Token],
    said: tuple[int, int] | None,
    opening: tuple[str, int] | None,
) -> _Sentence:
    """Return what ``fact``'s sentence offers a pronoun in the sentence after it, from the
    people named ``inside`` it, its tagged ``words``, where it names who ``said`` it and its
    ``opening`` pronoun."""
    paragraph = article.paragraph(fact.paragraph)
    span = paragraph.sentences[fact.sentence]
    people = tuple(dict.fromkeys(m.actor for m in inside if not m.quoted))
    # From the sentence's start: a leading phrase holds no finite verb, and the first name
    # ends the subject that opens with it ("Lee Kuan Yew, the founding Prime Minister, died").
    stop = next((t.idx for t in words if t.tag in _FINITE), span.end)
    heads = [
        m
        for m in inside
        if m.start < stop
        and not m.quoted
        and not _POSSESSIVE.match(paragraph.text, m.end)
        and not _qualifies(words, m.start)
    ]
    subject: Actor | None = heads[0].actor if heads else None
    pair = ""
    if len(heads) >= 2 and paragraph.text[heads[0].end : heads[1].start].strip() == "and":
        pair, subject = paragraph.text[heads[0].start : heads[1].end], None
    described = subject is None and not pair and any(
        t.tag == "NN" and t.text.lower() in _PERSON_NOUNS for t in words if t.idx < stop
    )
    outside = _QUOTED.sub(" ", fact.text)
    speakers = [
        m.actor for m in inside if said and span.start + said[0] <= m.start < span.start + said[1]
    ]
    pronoun_speaker = any(
        opening is None or m.start() != opening[1] for m in _PRONOUN_SPEAKER.finditer(outside)
    )
    return _Sentence(
        people,
        subject,
        pair,
        described,
        bool(_PERSONAL.search(outside)),
        speakers[0] if len(set(speakers)) == 1 else None,
        pronoun_speaker,
    )


def _qualifies(words: Sequence[Token], start: int) -> bool:
    """Return whether a name at offset ``start`` stands after a common noun and a
    preposition ("a spokesman for Hillary Clinton", "A vote for Herzog or Livni") or right
    after a preposition: it qualifies the subject, it is not the subject ("Secretary of
    State John Kerry" is)."""
    before = [t for t in words if t.idx < start]
    if before and before[-1].tag in ("IN", "TO"):
        return True
    return any(
        t.tag in ("IN", "TO") and before[n - 1].tag in ("NN", "NNS")
        for n, t in enumerate(before)
        if n > 0
    )
