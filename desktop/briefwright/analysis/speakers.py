"""Who says what: each fact's statement kind and, for quotes and claims, its speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from briefwright.analysis import lexicon
from briefwright.analysis.factkinds import statement
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, Fact
from briefwright.model.article import Article

_ORG_HEADS = lexicon.words("statements.organisation_heads")
_PERSON_HEADS = lexicon.words("statements.person_heads")
_DETERMINERS = lexicon.words("statements.source_determiners")
_INSTITUTIONS = lexicon.words("statements.institution_heads")
_INDEFINITE = lexicon.words("statements.indefinite_determiners")
_HEADS = _ORG_HEADS | _PERSON_HEADS
_PERSONAL = frozenset({"he", "she", "him", "her"})
_IMPERSONAL = frozenset({"it", "they", "we"})
_WORD = re.compile(r"[\w’'.-]+")
# A name after one of these prepositions is not the speaker ("officers in Gabon"); after
# these it is whom the speaker speaks for ("analysts at JPMorgan", "a spokesman for the UN").
_FOR = frozenset({"at", "for", "of"})
_PREPOSITIONS = lexicon.words("headings.prepositions") - _FOR
_QUALIFIES = re.compile(r" [a-z]")
_POSSESSIVE = re.compile(r"['’]s?\b")


@dataclass(frozen=True)
class _Mention:
    """Where an actor is named, in reading order."""

    paragraph: int
    start: int
    end: int
    actor: Actor


def _mentions(actors: Sequence[Actor], order: dict[int, int]) -> list[_Mention]:
    """Return every actor mention sorted by paragraph position then offset."""
    found = [
        _Mention(m.paragraph, m.start, m.end, a)
        for a in actors
        for m in a.mentions
        if m.paragraph in order
    ]
    return sorted(found, key=lambda m: (order[m.paragraph], m.start, -m.end))


def _word_before(text: str, start: int) -> str:
    """Return the lower-case word right before ``start`` in ``text`` ("" at the start)."""
    words = _WORD.findall(text[:start])
    return words[-1].lower() if words else ""


def _in_source(
    mentions: Sequence[_Mention], pid: int, span: tuple[int, int], text: str
) -> Actor | None:
    """Return the actor the source span names: a person first, then an organisation or group
    the speaker speaks for, then a place standing alone as the source ("France said")."""
    inside = [m for m in mentions if m.paragraph == pid and span[0] <= m.start < span[1]]
    comma = text.find(", ", span[0], span[1])
    if comma >= 0 and any(m.start < comma for m in inside):
        # "The PML-N, led by Nawaz Sharif,": the name before the appositive speaks.
        inside = [m for m in inside if m.start < comma]
    usable = [
        m
        for m in inside
        if _word_before(text, m.start) not in _PREPOSITIONS
        and not _POSSESSIVE.match(text, m.end)  # "Khan's party" is not Khan
        # "The Islamist group": a name before a common noun only qualifies the speaker.
        and (m.actor.label == "PERSON" or not _QUALIFIES.match(text, m.end, span[1]))
    ]
    # A name before a common noun ("NDRRMC spokesperson Diego Mariano") qualifies the one
    # who speaks, even when it was typed as a person: the bare name comes first.
    usable.sort(key=lambda m: bool(_QUALIFIES.match(text, m.end, span[1])))
    for labels in (("PERSON",), ("ORG", "GROUP")):
        for m in usable:
            if m.actor.label in labels and not _is_demonym(m.actor):
                return m.actor
    # A place speaks only when it stands alone as the source ("France, the former colonial
    # power, said"), not in "officials for Gabon".
    places = [
        m for m in usable if m.actor.label == "PLACE" and _word_before(text, m.start) not in _FOR
    ]
    if places:
        subject_end = comma if comma >= 0 else span[1]
        source_words = len(_WORD.findall(text[span[0] : subject_end]))
        if source_words <= len(_WORD.findall(places[0].actor.name)) + WEIGHTS.appositive_words:
            return places[0].actor
    return None


def _is_demonym(actor: Actor) -> bool:
    """Return whether ``actor`` is a nationality adjective ("Ukrainian"), never a speaker."""
    return actor.label == "GROUP" and actor.subtype == "demonym"


def _core(words: list[str]) -> list[str]:
    """Return a source description without its leading determiners ("Two officials")."""
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


@dataclass(frozen=True)
class _Context:
    """What the article has named before the sentence being attributed."""

    earlier: tuple[Actor, ...]  # nearest first
    in_sentence: tuple[Actor, ...]  # in reading order
    mentions: Mapping[str, int]  # actor id → how often named so far
    heads: Mapping[str, Actor]  # "agency" → the actor an earlier source so described
    groups: frozenset[str]  # names of groups ("Islamist") that qualify a noun
    demonyms: frozenset[str]  # nationality adjectives ("Israeli"): they name a new source


def _described(words: list[str], ctx: _Context) -> Actor | None:
    """Return the actor a pronoun or description stands for ("he", "the group", "the minister").

    "he"/"she": the last person named. "the minister": the last person with that role, else
    the last person. "the agency": the organisation with that word in its name, the one an
    earlier source so described, the subject of this sentence, else the one named most so far.
    """
    if any(w in ctx.demonyms for w in words[:-1]):
        return None  # "the Israeli military" is a source of its own, not Hamas named before
    people = [a for a in ctx.earlier if a.label == "PERSON"]
    organisations = [a for a in ctx.earlier if a.label in ("ORG", "GROUP")]
    if len(words) == 1 and words[0].lower() in _PERSONAL:
        return people[0] if people else None
    if len(words) == 1 and words[0].lower() in _IMPERSONAL:
        return organisations[0] if organisations else None
    if not words or (len(words) > 1 and words[0][:1].isupper() and words[0] not in ctx.groups):
        return None  # "The Gaza health ministry" names a new source; "The Islamist group" not
    head = words[-1].lower()
    if head in _PERSON_HEADS:
        titled = [a for a in people if head in (a.role or "").lower()]
        return next(iter(titled or people), None)
    if head not in _ORG_HEADS or not organisations:
        return None
    said = [w.lower() for w in words if w not in ctx.groups]
    named = [a for a in organisations if all(w in a.name.lower() for w in said)]
    if named:
        return named[0]
    if len(said) > 1:
        return None  # "the weather bureau": a source of its own, not one named before
    if head in ctx.heads:
        return ctx.heads[head]
    if head in _INSTITUTIONS:
        return None  # "the army": the country's army, not whichever organisation was named
    subject = [a for a in ctx.in_sentence if a.label in ("ORG", "GROUP")]
    if subject:
        return subject[0]
    return max(organisations, key=lambda a: ctx.mentions.get(a.id, 0))


def _description(words: list[str]) -> str | None:
    """Return the source as the article describes it when it names no actor ("police",
    "Two Egyptian officials" → "Egyptian officials"); None for a pronoun or a bare head."""
    if not words or len(words) > WEIGHTS.description_words:
        return None
    bare = (_PERSONAL | _IMPERSONAL | _ORG_HEADS | _PERSON_HEADS) - _INSTITUTIONS
    if len(words) == 1 and words[0].lower() in bare:
        return None
    return " ".join(words)


def _context(
    mentions: Sequence[_Mention],
    order: dict[int, int],
    where: tuple[int, int, int],
    heads: Mapping[str, Actor],
    groups: frozenset[str],
    demonyms: frozenset[str] = frozenset(),
) -> _Context:
    """Return what was named before ``where`` (paragraph id, the sentence's start, the
    offset) with the descriptions ``heads`` and the ``groups`` seen so far."""
    pid, start, at = where
    key = (order[pid], at)
    earlier: list[Actor] = []
    counts: dict[str, int] = {}
    in_sentence: list[Actor] = []
    for m in mentions:
        if (order[m.paragraph], m.start) >= key:
            break
        if _is_demonym(m.actor):
            continue
        counts[m.actor.id] = counts.get(m.actor.id, 0) + 1
        if m.actor in earlier:
            earlier.remove(m.actor)
        earlier.insert(0, m.actor)
        if m.paragraph == pid and m.start >= start and m.actor not in in_sentence:
            in_sentence.append(m.actor)
    return _Context(tuple(earlier), tuple(in_sentence), counts, dict(heads), groups, demonyms)


def attribute(article: Article, facts: Sequence[Fact], actors: Sequence[Actor]) -> tuple[Fact, ...]:
    """Return ``facts`` with their statement kind and, for quotes, claims and attributed
    commentary, their speaker.

    The speaker is the actor the attribution names (a person before an organisation), or
    the one a pronoun or description stands for (see :func:`_described`), the speaker of
    the quote before for a quotation that goes on, or else the source as the article
    describes it ("police", "Witnesses"); None when no source is given.
    """
    order = {p.id: n for n, p in enumerate(article.paragraphs)}
    mentions = _mentions(actors, order)
    heads: dict[str, Actor] = {}
    described: dict[str, str] = {}
    groups = frozenset(a.name for a in actors if a.label == "GROUP")
    demonyms = frozenset(a.name for a in actors if _is_demonym(a))
    out: list[Fact] = []
    previous: Fact | None = None
    for fact in facts:
        found = statement(fact.text)
        speaker: str | None = None
        paragraph = article.paragraph(fact.paragraph)
        offset = paragraph.sentences[fact.sentence].start
        if found.kind in ("quote", "claim", "commentary") and found.source is not None:
            span = (offset + found.source[0], offset + found.source[1])
            said = _WORD.findall(paragraph.text[span[0] : span[1]])
            words = _core(said)
            actor = _in_source(mentions, fact.paragraph, span, paragraph.text)
            # "a hospital official" introduces a source; "the official" refers back, to a
            # source described before ("the agency" after "Phivolcs, the state seismology
            # agency") ahead of any organisation named.
            again = len(words) == 1 and words[0].lower() in described
            if actor is None and not again and not (said and said[0].lower() in _INDEFINITE):
                where = (fact.paragraph, offset, span[0])
                ctx = _context(mentions, order, where, heads, groups, demonyms)
                actor = _described(words, ctx)
            if actor is not None:
                speaker = actor.name
                heads.update({w.lower(): actor for w in words if w.lower() in _ORG_HEADS})
            elif len(words) == 1 and words[0].lower() in described:
                speaker = described[words[0].lower()]  # "the ministry" after "the health ministry"
            else:
                speaker = _description(words)
                if speaker is not None:
                    described.update({w.lower(): speaker for w in words if w.lower() in _HEADS})
        elif found.kind == "quote":
            if previous is not None and previous.kind == "quote" and previous.speaker:
                speaker = previous.speaker
            else:
                ctx = _context(mentions, order, (fact.paragraph, offset, offset), {}, groups)
                speaker = next((a.name for a in ctx.earlier if a.label == "PERSON"), None)
        current = replace(fact, kind=found.kind, speaker=speaker)
        out.append(current)
        previous = current
    return tuple(out)
