"""Section headings the article supports: one of its clauses, one of its event phrases, or a
neutral topic label.

A heading never joins words the text does not join: a clause heading keeps a subject, its verb
and its object in the order and the clause the article gives them ("Tchiani has rejected
sanctions"); a phrase heading is an event phrase as the article writes it ("Partial
evacuation of the US Embassy"); otherwise the section is named for its topic ("Casualties").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.peoples import of_people
from briefwright.analysis.sections.clauses import clause_phrases
from briefwright.analysis.sections.mainclause import main_clause_words
from briefwright.analysis.sections.phrases import (
    EVENT_NOUNS,
    Phrase,
    Token,
    count_words,
    event_phrases,
    is_adjectival,
    is_outlet,
    short_name,
)
from briefwright.analysis.sections.quoteheads import quote_heading
from briefwright.analysis.statements.quotations import QUOTE_MARKS
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor

__all__ = [
    "EVENT_NOUNS",
    "FALLBACK_LABELS",
    "ROLE_LABELS",
    "TOPIC_LABELS",
    "Token",
    "clause_phrases",
    "event_phrases",
    "heading_options",
    "is_adjectival",
    "is_outlet",
    "short_name",
    "topic_cue_counts",
    "topic_labels",
]

TOPIC_CUES: dict[str, tuple[str, ...]] = lexicon.groups("headings.topics")
ROLE_LABELS: dict[str, str] = lexicon.table("headings.role_labels")
# Every neutral label a heading may be, with or without "for <actor>".
FALLBACK_LABELS: tuple[str, ...] = lexicon.items("headings.fallback_labels")
TOPIC_LABELS: frozenset[str] = (
    frozenset(TOPIC_CUES) | frozenset(ROLE_LABELS.values()) | frozenset(FALLBACK_LABELS)
)
# Event nouns that name the same thing: a heading joins two events, never one twice.
_FAMILIES: dict[str, str] = lexicon.table("headings.families")


# Verbs whose object is a clause ("argues the FBI has given no justification"): a heading
# of a few words cuts that clause at its subject.
_CLAUSE_TAKING = lexicon.words("headings.clause_taking_verbs")


def tidy_heading(words: Sequence[str]) -> str:
    """Return words joined as a heading: possessives attached, no leading article or bare
    possessive, no trailing number, sentence case."""
    items = list(words)
    while items and items[0] in ("'s", "’s", "'", "’", "-"):
        items.pop(0)
    while items and (re.fullmatch(r"[-–]?\d[\d.,-]*", items[-1]) or items[-1] in ("-", "'", "’")):
        items.pop()
    text = " ".join(items)
    text = re.sub(r" (['’]s\b|-|['’]|%)", r"\1", text).replace("- ", "-")
    text = re.sub(r"^(?:the|a|an|its|their|his|her) ", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def prefer_acronyms(text: str, actors: Sequence[Actor], *, capitals_only: bool = False) -> str:
    """Return ``text`` with an actor's long name replaced by the acronym the article uses
    (only one in capitals, "US" but not "America", when ``capitals_only``)."""
    for actor in actors:
        short = short_name(actor)
        if capitals_only and not short.isupper():
            continue
        if actor.label != "PERSON" and short != actor.name and actor.name in text:
            text = text.replace(actor.name, short)
    return text


def _family(head: str) -> str:
    """Return the event noun ``head`` stands for ("demonstrations" → "protests")."""
    return _FAMILIES.get(head.lower(), head.lower())


def heading_options(
    sentences: Sequence[Sequence[Token]],
    actors: Sequence[Actor],
    common: frozenset[str] = frozenset(),
    reported: Sequence[bool] = (),
    referents: Sequence[str | None] = (),
) -> list[str]:
    """Return 3-8 word headings the section's best sentences support, best first.

    A clause whose subject is a named actor comes first, then event phrases (a short one
    joined with a second event of the section), then clauses with an unnamed subject.
    ``sentences`` come best first; ``actors`` are the section's key actors; ``common`` holds
    words found all over the article (a weak heading); a sentence flagged in ``reported``
    states what someone says, and its clauses make no heading (its event phrases may);
    ``referents`` name who a pronoun opening each sentence stands for.
    """
    ranked: list[tuple[int, bool, int, int, Phrase]] = []
    for rank, sentence in enumerate(sentences):
        said = rank < len(reported) and reported[rank]
        for phrase in [] if said else clause_phrases(sentence, actors):
            ranked.append(
                (0 if phrase.named else 2, phrase.head in common, rank, phrase.position, phrase)
            )
        for phrase in event_phrases(sentence):
            ranked.append((1, phrase.head in common, rank, phrase.position, phrase))
    # The best sentence first; in it a named actor's clause, then its event phrases.
    ranked.sort(key=lambda o: (o[2], o[0], o[1], o[3]))
    nouns = [o[4] for o in ranked if o[0] == 1 and not o[1]]
    out: list[str] = []
    low, high = WEIGHTS.heading_min_words, WEIGHTS.heading_max_words
    for tier, _, _, _, phrase in ranked:
        words = list(phrase.words)
        if any(of_people(w.strip(",")) for w in tidy_heading(words[:4]).split()[:2]):
            continue  # "One African-American robbed bank": a person described by descent
        if tier != 1 and {w.lower() for w in words} & _CLAUSE_TAKING:
            continue  # "Claim argues the FBI": what is argued is a clause the heading cuts

        if tier == 1 and count_words(words) <= 4:
            for other in nouns:
                fresh = _family(other.head) != _family(phrase.head) and not (
                    {w.lower() for w in other.words} & {w.lower() for w in words}
                )
                if fresh:
                    extra = list(other.words)
                    if count_words(words) + 1 + count_words(extra) <= high:
                        words = [*words, "and", *extra]
                        break
        heading = prefer_acronyms(tidy_heading(words), actors)
        if low <= len(heading.split()) <= high and heading not in out:
            out.append(heading)
    if not out:
        out = _main_clauses(sentences, actors, reported, referents)
    return out


def _main_clauses(
    sentences: Sequence[Sequence[Token]],
    actors: Sequence[Actor],
    reported: Sequence[bool],
    referents: Sequence[str | None] = (),
) -> list[str]:
    """Return the headings the main clauses of the sentences make, best sentence first
    (see :mod:`briefwright.analysis.sections.mainclause`), or of the quotation opening
    one, then its speaker (:mod:`briefwright.analysis.sections.quoteheads`). A sentence flagged in
    ``reported`` makes one only outside its quotation marks ("Amnesty condemned the
    decision, saying …"): without marks it is a quotation's middle, all the speaker's."""
    out: list[str] = []
    for rank, sentence in enumerate(sentences):
        marked = any(t.text in QUOTE_MARKS for t in sentence)
        if rank < len(reported) and reported[rank] and not marked:
            continue
        if sentence and sentence[0].text in QUOTE_MARKS | {"``"}:
            quoted = quote_heading(sentence, actors)
            if quoted is not None and quoted not in out:
                out.append(quoted)
            continue
        referent = referents[rank] if rank < len(referents) else None
        found = main_clause_words(sentence, actors, referent)
        if found is None:
            continue
        speaker, said = found
        if any(of_people(w.strip(",")) for w in [*speaker, *said][:2]):
            continue  # a person described by descent
        if speaker:
            # "Police: men targeted tourists": what is said keeps its own case after the colon.
            text = f"{tidy_heading(speaker)}: {' '.join(said)}"
            text = re.sub(r" (['’]s\b|-|['’]|%)", r"\1", text).replace("- ", "-")
        else:
            text = tidy_heading(said)
        heading = prefer_acronyms(text, actors)
        if heading not in out:
            out.append(heading)
    return out


def topic_cue_counts(text: str) -> dict[str, list[int]]:
    """Return, for each topic label, how often each of its cues starts a word of ``text``."""
    joined = " " + " ".join(re.findall(r"[a-z][a-z-]*", text.lower()))
    return {label: [joined.count(" " + cue) for cue in cues] for label, cues in TOPIC_CUES.items()}


def topic_labels(texts: Sequence[str], role: str) -> list[str]:
    """Return the neutral labels for a section of paragraphs ``texts``: the topics whose cues
    occur at least twice, those with the most different cues first (then the most cues),
    then the label of the section's ``role``.

    Different cues weigh before repeats: a vote in parliament that names "seats" three times
    and "votes" twice is still a "Political crisis" when it names "no-confidence", "motion",
    "parliament" and "opposition".
    """
    counts = topic_cue_counts(" ".join(texts))
    scores = {label: (sum(1 for n in c if n), sum(c)) for label, c in counts.items()}
    ranked = sorted(
        (label for label, (_, n) in scores.items() if n >= 2),
        key=lambda la: (-scores[la][0], -scores[la][1]),
    )
    fallback = ROLE_LABELS.get(role, ROLE_LABELS["development"])
    return [*ranked, *([fallback] if fallback not in ranked else [])]
