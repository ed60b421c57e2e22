"""Facts several sources carry joined into one, with every reference, a count and differences.

Two sentences of different sources are one fact when they tell the same thing of the same
actors: they name an actor in common (actors joined across sources first, see
:mod:`briefwright.draft.merge.actors`, or one name standing whole in the other), share
enough of their words, and name no places that tell them apart (an earthquake near Herat is
not one near Marrakesh; one report's "Alaska" and another's "Fairbanks" are not told apart
when either article names the other's place, see :mod:`briefwright.draft.merge.where`).
Near-identical sentences (a syndicated copy) join on their words alone, places permitting.
The ledes of reports of one event (each article's first sentences that tell something) join
in their own words when their places agree, whatever figures each gives. Where the joined
sentences give different figures for the same thing ("262 people", "350 people") or
different days, the fact carries each value with its references: "sources differ".
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from briefwright.draft.merge.syndication import independent_groups
from briefwright.draft.merge.where import name_key, names_shared, places_apart, places_named
from briefwright.draft.merge.words import content_words, figures
from briefwright.model.briefing import Briefing, FactItem
from briefwright.model.sources import Conflict, SourceRef

SAME_FACT = 0.28
"""Share of their words (Jaccard) from which two sentences naming a common actor are one fact."""
SAME_LEAD = 0.15
"""Share of their words from which lede sentences of two articles whose places agree are one
fact: each tells the article's event, in its own words."""
LEDE = 3
"""The first sentences of an article that tell something and count as its lede: a page's
leftovers ("Message: a friend wanted you to see this item", "UPDATE: 6:04 P.M.") or a
headline may stand before the sentence that tells the event."""
LEDES_STAY = 0.05
"""Share of their words each lede sentence joining a group of ledes whose places agree must
have with each one already in it (other sentences: STAYS_WITH)."""
SAME_WORDS = 0.6
"""Share of their words from which two sentences are one fact without a common actor."""
MIN_WORDS = 3
"""Content words a sentence needs to join another: "Share this story" or "print" (a page's
buttons) tell nothing, whatever their words have in common."""
STAYS_WITH = 0.12
"""Share of their words each sentence joining a group must have with each one already in it."""

@dataclass(frozen=True)
class Sentence:
    """What the merge knows of one fact: its words, actors, places, figures and days."""

    index: int
    fact: FactItem
    words: frozenset[str]
    actors: frozenset[str]
    places: frozenset[str]
    figures: dict[str, str]
    days: dict[str, str]  # ISO day -> the phrase as written
    # Where the sentence stands: the fact's own place, or one merged into it before.
    ref: SourceRef
    lead: bool = False  # one of the first LEDE sentences of its article that tell something
    names: frozenset[str] = frozenset()  # the actors' and places' names, as name_key gives
    place_names: frozenset[str] = frozenset()
    article: str = ""  # its article's text, case folded (one string shared by its sentences)


_Named = dict[tuple[str, int], list[tuple[int, int, str, bool]]]


def _sentences(briefing: Briefing) -> list[Sentence]:
    """Return the sentence of each fact of the articles and, for a fact merged before, the
    sentence of each other place it stands (the one of its paragraph closest in words)."""
    at = _mentions(briefing)
    key_of = {a.id: name_key(a.name) for a in briefing.actors}
    texts = {s.id: s.article.text.casefold() for s in briefing.sources}
    out = []
    for n, f in enumerate(briefing.facts):
        if f.origin != "article":
            continue
        own = _sentence(briefing, at, n, f, f.ref, f.sentence)
        if own is None:
            continue
        out.append(own)
        for ref in f.also:
            other = _sentence(briefing, at, n, f, ref, closest_sentence(briefing, ref, own.words))
            if other is not None:
                out.append(other)
    # The first sentences of each article that tell something: leads join more readily.
    told: dict[str, list[Sentence]] = {}
    for s in out:
        if s.ref == s.fact.ref and len(s.words) >= MIN_WORDS * 2:
            told.setdefault(s.ref.source, []).append(s)
    leads = {
        id(s)
        for mine in told.values()
        for s in sorted(mine, key=lambda s: (s.fact.paragraph, s.fact.sentence))[:LEDE]
    }
    return [
        dataclasses.replace(
            s,
            lead=id(s) in leads,
            names=frozenset(key_of[x] for x in s.actors | s.places if x in key_of),
            place_names=frozenset(key_of[x] for x in s.places if x in key_of),
            article=texts.get(s.ref.source, ""),
        )
        for s in out
    ]


def closest_sentence(briefing: Briefing, ref: SourceRef, words: frozenset[str]) -> int:
    """Return the index of the sentence of ``ref``'s paragraph closest to ``words``, or -1."""
    try:
        para = briefing.paragraph_at(ref)
    except KeyError:
        return -1
    best, best_share = -1, -1.0
    for n, span in enumerate(para.sentences):
        theirs = content_words(para.text[span.start : span.end])
        share = len(words & theirs) / len(words | theirs) if words | theirs else 0.0
        if share > best_share:
            best, best_share = n, share
    return best


def _mentions(briefing: Briefing) -> _Named:
    """Return the actors named in each paragraph: (start, end, actor id, is a place)."""
    at: _Named = {}
    for actor in briefing.actors:
        for m in actor.mentions:
            at.setdefault((m.source, m.paragraph), []).append(
                (m.start, m.end, actor.id, actor.label == "PLACE")
            )
    return at


def sentence_text(briefing: Briefing, ref: SourceRef, sentence: int) -> str:
    """Return sentence ``sentence`` of the paragraph ``ref`` names; "" when there is none."""
    try:
        para = briefing.paragraph_at(ref)
        span = para.sentences[sentence] if sentence >= 0 else None
    except (KeyError, IndexError):
        return ""
    return " ".join(para.text[span.start : span.end].split()) if span is not None else ""


def fact_differences(briefing: Briefing, fact: FactItem) -> list[Conflict]:
    """Return where the places ``fact`` stands differ (see :func:`differences`): the
    sentence of each of its references (its own, and for each merged one the sentence of
    that paragraph closest in words), compared afresh."""
    at = _mentions(briefing)
    own = _sentence(briefing, at, 0, fact, fact.ref, fact.sentence)
    words = own.words if own is not None else content_words(fact.original or fact.text)
    members = [] if own is None else [own]
    for ref in fact.also:
        other = _sentence(briefing, at, 0, fact, ref, closest_sentence(briefing, ref, words))
        if other is not None:
            members.append(other)
    plain = dataclasses.replace(fact, conflicts=[])
    return differences([dataclasses.replace(m, fact=plain) for m in members], briefing)


def _sentence(
    briefing: Briefing, at: _Named, n: int, f: FactItem, ref: SourceRef, sentence: int
) -> Sentence | None:
    try:
        para = briefing.paragraph_at(ref)
        span = para.sentences[sentence]
    except (KeyError, IndexError):
        return None
    if sentence < 0:
        return None
    text = para.text[span.start : span.end]
    named = [a for a in at.get((ref.source, ref.paragraph), []) if span.start <= a[0] < span.end]
    days = {
        d.value: d.text
        for d in briefing.dates
        if d.source == ref.source
        and d.paragraph == ref.paragraph
        and span.start <= d.start < span.end
        and d.granularity == "day"
        and len(d.value) == 10
    }
    return Sentence(
        index=n,
        fact=f,
        words=content_words(text),
        actors=frozenset(a[2] for a in named if not a[3]),
        places=frozenset(a[2] for a in named if a[3]),
        figures=figures(text),
        days=days,
        ref=ref,
    )


def similarity(a: Sentence, b: Sentence) -> float:
    """Return the share of content words two sentences have in common (Jaccard, 0 to 1)."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)


def same_fact(a: Sentence, b: Sentence) -> bool:
    """Return whether two sentences of different sources tell one fact (see the module)."""
    if a.ref.source == b.ref.source or a.fact is b.fact:
        return False
    if len(a.words) < MIN_WORDS or len(b.words) < MIN_WORDS:
        return False
    score = similarity(a, b)
    if score < min(SAME_LEAD, SAME_FACT, SAME_WORDS) or places_apart(a, b):
        return False
    shared = bool((a.actors | a.places) & (b.actors | b.places)) or names_shared(a, b)
    if a.lead and b.lead and score >= SAME_LEAD and (shared or places_named(a, b)):
        return True
    return score >= SAME_WORDS or (shared and score >= SAME_FACT)


def candidate_pairs(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Return the pairs (i < j) of sentences of different sources that share enough of their
    words to be one fact at the lowest share any rule asks (SAME_LEAD).

    Words shared are counted through an index of the sentences each word is in, so that
    pairs with no word in common (most, among many articles) cost nothing.
    """
    lowest = min(SAME_LEAD, SAME_FACT, SAME_WORDS)
    holding: dict[str, list[int]] = {}
    out: list[tuple[int, int]] = []
    for j, b in enumerate(sentences):
        if len(b.words) >= MIN_WORDS:
            shared: dict[int, int] = {}
            for w in b.words:
                for i in holding.get(w, ()):
                    shared[i] = shared.get(i, 0) + 1
            size = len(b.words)
            for i, n in shared.items():
                a = sentences[i]
                if a.fact.source != b.fact.source and n >= lowest * (len(a.words) + size - n):
                    out.append((i, j))
            for w in b.words:
                holding.setdefault(w, []).append(j)
    return sorted(out)


def _compatible(a: Sentence, b: Sentence) -> bool:
    """Return whether two sentences may stand in one group: a group joins on its closest
    pair (:func:`same_fact`), and every other pair must still share some words and name no
    places that tell them apart."""
    if places_apart(a, b):
        return False
    score = similarity(a, b)
    if a.lead and b.lead and score >= LEDES_STAY:
        return score >= STAYS_WITH or names_shared(a, b) or places_named(a, b)
    return score >= STAYS_WITH


def merge_facts(briefing: Briefing) -> list[list[str]]:
    """Join, in place, the facts of different sources that tell the same thing; return the
    ids of each joined group (the kept fact's first).

    The kept fact is the one of the earliest source; it takes the others' references
    (:attr:`FactItem.also`), is ticked when any of them was, counts its independent sources
    (:attr:`FactItem.corroboration`; syndicated copies once) and notes where they differ
    (:attr:`FactItem.conflicts`). A group holds at most one sentence of each source. A fact
    merged before joins with the sentences of every place it stands, so merging again, after
    another source was added, joins what a merge of all of them at once would.
    """
    sentences = _sentences(briefing)
    pairs = sorted(
        (
            (similarity(sentences[i], sentences[j]), i, j)
            for i, j in candidate_pairs(sentences)
            if same_fact(sentences[i], sentences[j])
        ),
        key=lambda p: (-p[0], p[1], p[2]),
    )
    group_of: dict[int, list[int]] = {}
    by_fact: dict[int, list[int]] = {}
    for i, sentence in enumerate(sentences):
        group = by_fact.setdefault(sentence.index, [])
        group.append(i)
        group_of[i] = group
    for _, i, j in pairs:
        gi, gj = group_of[i], group_of[j]
        if gi is gj:
            continue
        both = gi + gj
        if len({sentences[k].ref.source for k in both}) < len(both):
            continue
        if not all(_compatible(sentences[x], sentences[y]) for x in gi for y in gj):
            continue
        for k in gj:
            group_of[k] = gi
        gi.extend(gj)
    groups = [
        g
        for g in {id(g): g for g in group_of.values()}.values()
        if len({sentences[k].index for k in g}) > 1
    ]
    independent = independent_groups(briefing.sources)
    dropped: set[int] = set()
    joined: list[list[str]] = []
    for group in groups:
        members = sorted((sentences[k] for k in group), key=lambda s: s.index)
        kept = members[0]
        others = list({m.index: m.fact for m in members if m.index != kept.index}.items())
        fact = kept.fact
        fact.conflicts = differences(members, briefing)
        fact.also = [*fact.also, *(r for _, o in others for r in o.refs)]
        fact.included = any(m.fact.included for m in members)
        fact.corroboration = len({independent[r.source] for r in fact.refs})
        dropped.update(i for i, _ in others)
        joined.append([fact.id, *(o.id for _, o in others)])
    gone = {briefing.facts[i].id for i in dropped}
    briefing.facts = [f for i, f in enumerate(briefing.facts) if i not in dropped]
    for s in briefing.sections:
        if s.chosen is not None:
            s.chosen = [i for i in s.chosen if i not in gone]
        s.sentence_wording = {k: v for k, v in s.sentence_wording.items() if k not in gone}
    return joined


def differences(members: list[Sentence], briefing: Briefing | None = None) -> list[Conflict]:
    """Return where joined sentences differ: each value of a figure counting the same thing,
    or of the day they give, with the references that give it; none where they agree.

    A member merged before keeps the values its "sources differ" note gave (the day of a
    phrase read from ``briefing``'s date phrases), so merging it again loses none.
    """
    figure_said: dict[str, dict[str, list[SourceRef]]] = {}
    day_said: dict[str, tuple[str, list[SourceRef]]] = {}
    for m in members:
        for noun, text in m.figures.items():
            _add_ref(figure_said.setdefault(noun, {}).setdefault(text, []), m.ref)
        if len(m.days) == 1:
            ((value, text),) = m.days.items()
            _add_ref(day_said.setdefault(value, (text, []))[1], m.ref)
        for c in m.fact.conflicts:
            for noun, text in figures(c.text).items():
                for ref in c.refs:
                    _add_ref(figure_said.setdefault(noun, {}).setdefault(text, []), ref)
            day = _day_of(briefing, c)
            if day:
                for ref in c.refs:
                    _add_ref(day_said.setdefault(day, (c.text, []))[1], ref)
    out: list[Conflict] = []
    for said in figure_said.values():
        if len(said) > 1:
            out += [Conflict(text, tuple(refs)) for text, refs in said.items()]
    if len(day_said) > 1:
        out += [Conflict(text, tuple(refs)) for _, (text, refs) in sorted(day_said.items())]
    return out


def _add_ref(refs: list[SourceRef], ref: SourceRef) -> None:
    if ref not in refs:
        refs.append(ref)


def _day_of(briefing: Briefing | None, conflict: Conflict) -> str:
    """Return the ISO day the date phrase of ``conflict`` stands for, or "" when it names no
    day (a figure) or ``briefing`` is not given."""
    if briefing is None or figures(conflict.text):
        return ""
    return next(
        (
            d.value
            for d in briefing.dates
            if d.text == conflict.text
            and SourceRef(d.source, d.paragraph) in conflict.refs
            and d.granularity == "day"
            and len(d.value) == 10
        ),
        "",
    )
