"""Who a pronoun or a description of a source stands for: the names and speakers before it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.statements.quotations import quoted_spans
from briefwright.model.analysis import Actor, Fact
from briefwright.model.article import Article

_ORG_HEADS = lexicon.words("statements.organisation_heads")
_PERSON_HEADS = lexicon.words("statements.person_heads")
_INSTITUTIONS = lexicon.words("statements.institution_heads")
_PERSONAL = frozenset({"he", "she", "him", "her"})
_IMPERSONAL = frozenset({"it", "they", "we"})
# "the 30-year-old said": the person just spoken of.
_AGED = re.compile(r"\d+-year-old")
# A speaker is taken up again by a pronoun only this many sentences on.
_RECENT = 3


@dataclass(frozen=True)
class NameAt:
    """Where an actor is named, in reading order; ``quoted`` inside quotation marks;
    ``sentence`` the sentence's number in the article; ``opening`` when the name opens its
    sentence's main clause (its subject, or the possessive that opens it)."""

    paragraph: int
    start: int
    end: int
    actor: Actor
    quoted: bool = False
    sentence: int = 0
    opening: bool = False
    oblique: bool = False  # a possessive or after a preposition ("Nemtsov's killing", "to X")


# What may stand before a subject's name in its clause: determiners, titles and role words
# ("Russian President", "Israeli opposition leader"), at most this many words.
_TITLE_WORDS = 5
# Words that no title holds: a verb, a function word in lower case ("of" only before a
# word in lower case: "Secretary of State" is a title, "the first of Putin's critics" no).
_NOT_TITLE = re.compile(
    r"\b(?:said|says|told|has|have|had|was|were|is|are|will|would|in|on|at|to|by|for|with|"
    r"from|and|or|that|who|which|when|after|before|while|as|than)\b|\bof\s+[a-z]|\bof\s*$"
)


_POSSESSIVE = re.compile(r"['’]s?\b")
# A title may stand between the preposition and the name ("over Prime Minister Netanyahu").
_AFTER_PREPOSITION = re.compile(
    r"\b(?:of|to|over|with|by|for|from|against|about|on|in|at|and|behind|under|beside|"
    r"alongside|than|like|after|before)\s+(?:[A-Z][\w.’'-]*\s+){0,4}$"
)


def opens_clause(prefix: str) -> bool:
    """Return whether a name after ``prefix`` (the sentence's text before it) opens the main
    clause: nothing but a title before it, after a leading phrase set off by a comma ("In
    the final round of polling, Herzog's party …", "Speaking to a radio station, Peskov …")."""
    head = prefix.rsplit(",", 1)[-1] if "," in prefix else prefix
    head = re.sub(r"^\W*(?:But|And|So|Yet|Also|Meanwhile|However|Still)\b\W*", "", head.strip())
    words = head.split()
    return len(words) <= _TITLE_WORDS and not _NOT_TITLE.search(head)


def mentions_of(
    article: Article,
    actors: Sequence[Actor],
    order: dict[int, int],
    quoted: Mapping[int, Sequence[tuple[int, int]]],
) -> list[NameAt]:
    """Return every actor mention sorted by paragraph position then offset, marked when it
    stands inside one of the ``quoted`` spans (by paragraph id)."""
    numbers = sentence_numbers(article)
    found = []
    for a in actors:
        for m in a.mentions:
            if m.paragraph not in order:
                continue
            paragraph = article.paragraph(m.paragraph)
            spans = paragraph.sentences
            k = next((k for k, s in enumerate(spans) if s.start <= m.start < s.end), 0)
            start = paragraph.sentences[k].start if paragraph.sentences else 0
            found.append(
                NameAt(
                    m.paragraph,
                    m.start,
                    m.end,
                    a,
                    any(s <= m.start < e for s, e in quoted.get(m.paragraph, ())),
                    numbers.get((m.paragraph, k), 0),
                    opens_clause(paragraph.text[start : m.start])
                    and not _POSSESSIVE.match(paragraph.text, m.end),
                    bool(
                        _POSSESSIVE.match(paragraph.text, m.end)
                        or _AFTER_PREPOSITION.search(paragraph.text, start, m.start)
                    ),
                )
            )
    return sorted(found, key=lambda m: (order[m.paragraph], m.start, -m.end))


def sentence_numbers(article: Article) -> dict[tuple[int, int], int]:
    """Return each sentence's number in the article by (paragraph id, sentence index)."""
    numbers: dict[tuple[int, int], int] = {}
    for p in article.paragraphs:
        for k in range(max(1, len(p.sentences))):
            numbers[(p.id, k)] = len(numbers)
    return numbers


def quoted_ranges(
    article: Article, facts: Sequence[Fact], continued: Mapping[int, int]
) -> dict[int, list[tuple[int, int]]]:
    """Return, by paragraph id, the spans inside quotation marks: those a sentence opens and
    closes, a sentence inside a longer quotation, the end of one that opens it."""
    spans: dict[int, list[tuple[int, int]]] = {
        p.id: quoted_spans(p.text) for p in article.paragraphs
    }
    for index in {*continued, *continued.values()}:
        fact = facts[index]
        sentence = article.paragraph(fact.paragraph).sentences[fact.sentence]
        start = sentence.start
        if index not in continued:  # the sentence that opens the quotation
            marks = [k for k, ch in enumerate(fact.text) if ch in '“"']
            start += marks[-1] if marks else 0
        spans[fact.paragraph].append((start, sentence.end))
    return spans


def is_demonym(actor: Actor) -> bool:
    """Return whether ``actor`` is a nationality adjective ("Ukrainian"), never a speaker."""
    return actor.label == "GROUP" and actor.subtype == "demonym"


@dataclass(frozen=True)
class Said:
    """Who said an earlier sentence: an actor, or the source as the article describes it."""

    index: int
    actor: Actor | None
    description: str | None
    after: tuple[int, int] = (0, 0)  # where the sentence ends (paragraph order, offset)

    @property
    def person(self) -> bool:
        """Return whether one person said it: a person named, or described by a singular
        head ("a senior Israeli official")."""
        if self.actor is not None:
            return self.actor.label == "PERSON"
        head = (self.description or "").split()[-1:]
        return bool(head) and head[0].lower() in _PERSON_HEADS


@dataclass(frozen=True)
class Context:
    """What the article has named before the sentence being attributed."""

    earlier: tuple[Actor, ...]  # nearest first, this sentence's names and quoted ones left out
    in_sentence: tuple[Actor, ...]  # in reading order
    mentions: Mapping[str, int]  # actor id → how often named so far
    heads: Mapping[str, Actor]  # "agency" → the actor an earlier source so described
    groups: frozenset[str]  # names of groups ("Islamist") that qualify a noun
    demonyms: frozenset[str]  # nationality adjectives ("Israeli"): they name a new source
    said: tuple[Said, ...] = ()  # the speakers of the sentences before, nearest first
    named_since: frozenset[str] = frozenset()  # labels named since the last speaker
    # People named before, nearest first, each once: (actor, sentences back, opens a clause).
    # (actor, sentences back, opened a clause there, named there only as a possessive or
    # after a preposition).
    people_at: tuple[tuple[Actor, int, bool, bool], ...] = ()
    # Who a pronoun here never stands for: an actor this sentence names inside quotation
    # marks (a speaker does not name himself), the one who asked the question just before.
    not_speakers: frozenset[str] = frozenset()


def last_speaker(ctx: Context, index: int, person: bool) -> Said | None:
    """Return the last speaker, when a person (``person``) or not, of the sentences just
    before sentence ``index``, unless one of that kind has been named since."""
    last = next((s for s in ctx.said if s.index >= index - _RECENT), None)
    if last is None or last.person != person:
        return None
    named = "PERSON" in ctx.named_since if person else bool({"ORG", "GROUP"} & ctx.named_since)
    return None if named else last


# A person who opened a clause as its subject is taken up by "he" or "she" ahead of one
# named after it, up to this many sentences further back.
_SUBJECT_REACH = 1.5


def salient_person(ctx: Context, people: Sequence[Actor]) -> Actor | None:
    """Return the person "he" or "she" most likely takes up: the nearest subject of a
    sentence before ("Putin has condemned Nemtsov's killing. He also wrote …": Putin),
    ahead of a person named later in a nearer sentence; else the nearest person named."""
    if not people:
        return None
    at = [p for p in ctx.people_at if p[0].id not in ctx.not_speakers]
    nearest = next((p for p in at if p[0] == people[0]), None)
    if nearest is None or nearest[2] or not nearest[3]:
        return people[0]  # the nearest person named is no oblique mention: it stands
    best = min(
        at,
        key=lambda p: (p[1] + (0.0 if p[2] else _SUBJECT_REACH), -ctx.mentions.get(p[0].id, 0)),
    )
    return best[0]


def stands_for(words: list[str], ctx: Context, index: int) -> Actor | Said | None:
    """Return who a pronoun or description stands for ("he", "the group", "the minister").

    "he"/"she": the person who spoke last, unless another has been named since, else the
    last person named (not in this sentence, not inside quotation marks). "they": likewise an
    organisation or a described source. "the minister": the last person with that role, else
    the last person. "the agency": the organisation with that word in its name, the one an
    earlier source so described, the one that spoke just before, the subject of this
    sentence, else the one named most so far.
    """
    if any(w in ctx.demonyms for w in words[:-1]):
        return None  # "the Israeli military" is a source of its own, not Hamas named before
    people = [a for a in ctx.earlier if a.label == "PERSON" and a.id not in ctx.not_speakers]
    organisations = [a for a in ctx.earlier if a.label in ("ORG", "GROUP")]
    if len(words) == 1 and words[0].lower() in _PERSONAL:
        # '"The day I replace Jon Stewart …," he said': not Stewart, named in the quotation.
        spoke = last_speaker(ctx, index, person=True)
        if spoke is not None and spoke.actor is not None and spoke.actor.id in ctx.not_speakers:
            spoke = None
        return spoke or salient_person(ctx, people)
    if len(words) == 1 and words[0].lower() in _IMPERSONAL:
        spoke = last_speaker(ctx, index, person=False)
        return spoke or (organisations[0] if organisations else None)
    # A description may take up a name of its own sentence ("Air India …, the airline said").
    nearest = [*reversed(ctx.in_sentence), *ctx.earlier]
    people = [a for a in nearest if a.label == "PERSON"]
    organisations = [a for a in nearest if a.label in ("ORG", "GROUP")]
    if words and _AGED.fullmatch(words[-1]):
        return last_speaker(ctx, index, person=True) or (people[0] if people else None)
    titled = [a for a in people if a.role and a.role.lower().endswith(" ".join(words).lower())]
    if len(words) > 1 and words[0][:1].isupper() and titled:
        return titled[0]  # "the Prime Minister said": the one with that title
    if not words or (len(words) > 1 and words[0][:1].isupper() and words[0] not in ctx.groups):
        return None  # "The Gaza health ministry" names a new source; "The Islamist group" not
    head = words[-1].lower()
    if head in _PERSON_HEADS:
        titled = [a for a in people if head in (a.role or "").lower()]
        if len(words) > 1:  # "the city spokesman": one who holds that title, or a new source
            return titled[0] if titled else None
        return next(iter(titled or people), None)
    if head not in _ORG_HEADS or not organisations:
        return None
    said = [w.lower() for w in words if w not in ctx.groups]
    named = [a for a in organisations if all(w in a.name.lower() for w in said)]
    if named:
        return named[0]
    if len(said) > 1:
        described = [a for a in organisations if all(w in (a.role or "").lower() for w in said)]
        if described:
            return described[0]  # "the activist group" it was called
        # "the space agency said" after NASA spoke: the organisation that spoke just before.
        spoke = last_speaker(ctx, index, person=False)
        if head not in _INSTITUTIONS and spoke is not None and spoke.actor is not None:
            return spoke
        return None
    if head in ctx.heads:
        return ctx.heads[head]
    if head in _INSTITUTIONS:
        return None  # "the army": the country's army, not whichever organisation was named
    subject = [a for a in ctx.in_sentence if a.label in ("ORG", "GROUP")]
    if subject:
        return subject[0]
    spoke = last_speaker(ctx, index, person=False)
    if spoke is not None:
        return spoke  # "…, the group said" after the Observatory spoke
    return max(organisations, key=lambda a: ctx.mentions.get(a.id, 0))


def context_at(
    mentions: Sequence[NameAt],
    order: dict[int, int],
    where: tuple[int, int, int],
    known: tuple[Mapping[str, Actor], frozenset[str], frozenset[str]],
    said: Sequence[Said] = (),
    askers: frozenset[str] = frozenset(),
) -> Context:
    """Return what was named before ``where`` (paragraph id, the sentence's start, the
    offset), with what is ``known`` (the descriptions seen so far, the names of groups and of
    nationalities), who ``said`` the sentences before (nearest first) and the ids of the
    ``askers`` of a question just before."""
    pid, start, at = where
    key = (order[pid], at)
    sentence_key = (order[pid], start)
    earlier: list[Actor] = []
    counts: dict[str, int] = {}
    in_sentence: list[Actor] = []
    quoted_here: set[str] = set()
    since: set[str] = set()
    people: dict[str, tuple[Actor, int, bool, bool]] = {}
    current = 0
    for m in mentions:
        here = (order[m.paragraph], m.start)
        if here >= key:
            break
        if is_demonym(m.actor):
            continue
        counts[m.actor.id] = counts.get(m.actor.id, 0) + 1
        if here >= sentence_key:
            current = m.sentence
            if m.actor not in in_sentence:
                in_sentence.append(m.actor)
            if m.quoted:
                quoted_here.add(m.actor.id)
            continue
        if m.quoted:
            continue
        current = max(current, m.sentence + 1)
        if m.actor in earlier:
            earlier.remove(m.actor)
        earlier.insert(0, m.actor)
        if m.actor.label == "PERSON":
            # The latest sentence naming the person, and whether it opened a clause there.
            was = people.get(m.actor.id)
            opening = m.opening or (was is not None and was[1] == m.sentence and was[2])
            people[m.actor.id] = (m.actor, m.sentence, opening, m.oblique)
        if said and here >= said[0].after and m.actor != said[0].actor:
            since.add(m.actor.label)
    people_at = sorted(
        ((a, max(0, current - 1 - n), o, q) for a, n, o, q in people.values()),
        key=lambda p: p[1],
    )
    heads, groups, demonyms = known
    return Context(
        tuple(earlier),
        tuple(in_sentence),
        counts,
        dict(heads),
        groups,
        demonyms,
        tuple(said),
        frozenset(since),
        tuple(people_at),
        frozenset(quoted_here) | askers,
    )
