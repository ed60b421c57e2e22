"""A printed sentence's opening pronoun named in brackets ("He [Lee Kuan Yew] was 91.") where
nothing printed just before it says who it is."""

from __future__ import annotations

from collections.abc import Sequence

from briefwright.analysis.entities.actors import NAME_SUFFIXES
from briefwright.analysis.statements.pointing import REACH, clause_start, opening_pronoun
from briefwright.draft.drafting import fact_wording
from briefwright.model.briefing import ActorItem, Briefing, FactItem

_POSSESSIVES = frozenset({"his", "her", "their"})


def name_pronouns(briefing: Briefing) -> None:
    """Draft each key fact's printed wording (:attr:`FactItem.printed_wording`), in place.

    A fact whose opening pronoun the analysis named (:attr:`FactItem.refers_to`) prints the
    name in square brackets after the pronoun unless the key fact printed just before
    it lets the pronoun be read (:func:`keeps_pronoun`); never in wording the user changed,
    nor where the sentence names the person before the pronoun ("When Wells tried …, he
    lost his life").
    """
    order = reading_order(briefing.facts)
    said = " ".join(briefing.bottom_line.split())
    listed = [f for f in briefing.included_facts() if f.printed_in == "key_facts"]
    printed = [f for f in listed if f.kind != "assessment"] + [
        f for f in listed if f.kind == "assessment"
    ]
    for fact in briefing.facts:
        fact.printed_wording = ""
    previous: FactItem | None = None
    for fact in printed:
        alone = not keeps_pronoun(fact, previous, order, briefing.actors)
        if fact.refers_to and _as_drafted(fact) and alone:
            fact.printed_wording = named(fact.text, fact.refers_to, briefing.actors, said)
        elif _as_drafted(fact):
            fact.printed_wording = in_full(fact.text, briefing.actors, said)
        said += " " + fact.printed_text
        previous = fact


def keeps_pronoun(
    fact: FactItem,
    previous: FactItem | None,
    order: dict[str, tuple[str, int]],
    actors: Sequence[ActorItem],
    previous_text: str | None = None,
) -> bool:
    """Return whether ``fact`` may print its opening pronoun as it is, right after
    ``previous`` (printed as ``previous_text``, by default its printed text): that sentence
    stands at most REACH sentences before it in the article (``order``, see
    :func:`reading_order`) and names the person the pronoun stands for, or its own pronoun
    stands for the same person."""
    if previous is None or fact.id not in order or previous.id not in order:
        return False
    (source, at), (before, then) = order[fact.id], order[previous.id]
    if source != before or not 0 < at - then <= REACH:
        return False
    if previous.refers_to == fact.refers_to:
        return True
    text = previous.printed_text if previous_text is None else previous_text
    return any(form in text for form in _forms(fact.refers_to, actors))


def named(text: str, name: str, actors: Sequence[ActorItem], earlier: str = "") -> str:
    """Return ``text`` with ``name`` in square brackets after its opening pronoun ("His
    [Durst's] lawyer said …" for "His lawyer said …"): the article's short form of the
    name (a one-word form that is part of it, "Durst") where ``earlier`` (what prints
    before it) names the person already; ``text`` as it is when it opens with no personal
    pronoun or names the person before the pronoun."""
    opening = opening_pronoun(text)
    if opening is None:
        return text
    word, at = opening
    forms = _forms(name, actors)
    if any(form in text[:at] for form in forms):
        return text
    shown = name
    if any(form in earlier for form in forms):
        short = [f for f in forms[1:] if len(f.split()) == 1 and f in name.split()]
        shown = short[0] if short else name
    if word.lower() in _POSSESSIVES:
        shown += "'" if shown.endswith("s") else "'s"
    # The name follows the pronoun, which stays: the sentence still reads as the article
    # wrote it, with the editor's insertion in brackets ("He [Lee Kuan Yew] was 91.").
    end = at + len(word)
    return f"{text[:end]} [{shown}]{text[end:]}"


def in_full(text: str, actors: Sequence[ActorItem], earlier: str = "") -> str:
    """Return ``text`` with the rest of a person's name in square brackets around the one
    word of it that opens its main clause ("[Shayanna] Jenkins has pleaded not guilty.",
    "Anne [Frank] outlined …") where ``earlier`` (what prints before it) never names the
    person in full; empty when the text needs no such insertion."""
    start = clause_start(text)
    for actor in actors:
        parts = actor.name.split()
        if actor.label != "PERSON" or len(parts) < 2 or actor.name in earlier:
            continue
        for k, word in enumerate(parts):
            end = start + len(word)
            if not text.startswith(word, start) or text[end : end + 1].isalnum():
                continue
            longer = [a for a in actor.aliases if len(a.split()) > 1]
            if word not in actor.aliases or any(a in earlier for a in longer):
                continue
            before = " ".join(parts[:k])
            after = " ".join(p for p in parts[k + 1 :] if p not in NAME_SUFFIXES)
            # The article's word stays; the editor's insertion is in brackets.
            return (
                text[:start]
                + (f"[{before}] " if before else "")
                + word
                + (f" [{after}]" if after else "")
                + text[end:]
            )
    return ""


def reading_order(facts: Sequence[FactItem]) -> dict[str, tuple[str, int]]:
    """Return, by fact id, its source and its place among that source's sentences as the
    article reads (the analyst's own facts have none)."""
    out: dict[str, tuple[str, int]] = {}
    ranked = sorted(
        (f for f in facts if f.origin == "article" and f.sentence >= 0),
        key=lambda f: (f.source, f.paragraph, f.sentence),
    )
    count: dict[str, int] = {}
    for f in ranked:
        out[f.id] = (f.source, count.get(f.source, 0))
        count[f.source] = count.get(f.source, 0) + 1
    return out


def _forms(name: str, actors: Sequence[ActorItem]) -> list[str]:
    """Return the name and, for the one of ``actors`` it names, its other forms ("Durst")."""
    actor = next((a for a in actors if a.name == name), None)
    return [name, *(actor.aliases if actor is not None else ())]


def _as_drafted(fact: FactItem) -> bool:
    """Return whether the fact still has the wording it was proposed with (the user's own
    wording is left as the user wrote it)."""
    return fact.origin == "article" and fact.text == fact_wording(fact.original or fact.text)
