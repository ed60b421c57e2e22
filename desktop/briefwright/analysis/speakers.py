"""Who says what: each fact's statement kind and, for quotes and claims, its speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from briefwright.analysis import lexicon
from briefwright.analysis.factkinds import Statement, continued_statement, statement
from briefwright.analysis.quotations import continuations, quoted_spans
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, Fact, FactKind
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
# A lower-case word after a name makes it qualify a noun ("the Islamist group"), unless the
# noun is what the named one issued ("United Nations figures", "police records").
_QUALIFIES = re.compile(
    r" (?!(?:figures|data|estimates?|statement|report|records?|tally|count|website|news agency|"
    r"agency|newspaper|network|broadcaster|channel|radio|television|daily)\b)[a-z]"
)
_POSSESSIVE = re.compile(r"['’](?:s\b|(?=\s))")
# Where a description of a source stops being its name: a participle ("documents filed on
# Tuesday", "an official traveling with him"); when it is long, a relative clause ("pilots
# who knew him") or the place or body it is with ("a security official with the forces").
_TITLE_INGS = "|".join(lexicon.items("roles.title_ings"))
_PARTICIPLE_END = re.compile(
    rf"(?<!\bthe)(?<!\ban)(?<!\ba)\s+(?!(?:{_TITLE_INGS})\b)(?:[a-z]{{2,}}ing|filed|released|"
    r"issued|published|seen|obtained|quoted|cited|based)\b.*$"
)
_LINKS = frozenset({"of", "for", "at", "from", "with", "in", "and", "to", "the", "by", "on"})
# A name after the role that introduces it ("Pate's fiancee Jillian Cardoza").
_NAME_AT_END = re.compile(r"\b[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)+$")
_DESCRIPTION_END = re.compile(
    r"\s+(?:who|that|which|whose|with|in|on|near|from|inside|outside|aboard)\b.*$"
)
# "a statement released by the hospital", "the ministry's website": the one who issued it.
_DOCUMENT = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:statement|report|release|website|post|letter|"
    r"notice|filing|documents?|records?|tweet|figures|data|estimates)s?\s+(?:(?:released|"
    r"issued|posted|published|filed|sent|provided|compiled|gathered)\s+)?(?:by|from|of)\s+"
    r"(?P<who>.+)$"
)
# What may follow the name that ends a subject: its end, a comma, a dash, a bracket.
_ENDS_NAME = re.compile(r"\s*(?:$|[,(—–-]|\s(?:who|which|of)\b)")
# A proper name of several words: capitalised words joined by "of", "for", "and", "the".
_NAME = re.compile(r"[A-Z][\w’'.-]*(?: (?:(?:of|for|and|the|de|al) )*[A-Z][\w’'.-]*)+")
# "the 30-year-old said": the person just spoken of.
_AGED = re.compile(r"\d+-year-old")
# A speaker is taken up again by a pronoun only this many sentences on.
_RECENT = 3


@dataclass(frozen=True)
class _Mention:
    """Where an actor is named, in reading order; ``quoted`` inside quotation marks."""

    paragraph: int
    start: int
    end: int
    actor: Actor
    quoted: bool = False


def _mentions(
    article: Article,
    actors: Sequence[Actor],
    order: dict[int, int],
    quoted: Mapping[int, Sequence[tuple[int, int]]],
) -> list[_Mention]:
    """Return every actor mention sorted by paragraph position then offset, marked when it
    stands inside one of the ``quoted`` spans (by paragraph id)."""
    found = [
        _Mention(
            m.paragraph,
            m.start,
            m.end,
            a,
            any(s <= m.start < e for s, e in quoted.get(m.paragraph, ())),
        )
        for a in actors
        for m in a.mentions
        if m.paragraph in order
    ]
    return sorted(found, key=lambda m: (order[m.paragraph], m.start, -m.end))


def _quoted(
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


def _word_before(text: str, start: int) -> str:
    """Return the lower-case word right before ``start`` in ``text`` ("" at the start)."""
    words = _WORD.findall(text[:start])
    return words[-1].lower() if words else ""


def _in_source(
    mentions: Sequence[_Mention], pid: int, span: tuple[int, int], text: str
) -> Actor | None:
    """Return the actor the source span names: a person first, then an organisation or group
    the speaker speaks for, then a place standing alone as the source ("France said").

    A name in a relative clause of the source ("pilots who knew Lubitz") or one that a person's
    title belongs to ("a spokesman for Hillary Clinton") is not the one who speaks.
    """
    relative = re.search(r"\b(?:who|that|which|whose)\b", text[span[0] : span[1]])
    end = span[0] + relative.start() if relative else span[1]
    inside = [m for m in mentions if m.paragraph == pid and span[0] <= m.start < end]
    comma = text.find(", ", span[0], end)
    if comma >= 0 and any(m.start < comma for m in inside):
        # "The PML-N, led by Nawaz Sharif,": the name before the appositive speaks.
        inside = [m for m in inside if m.start < comma]
    usable = [
        m
        for m in inside
        if _word_before(text[span[0] :], m.start - span[0]) not in _PREPOSITIONS
        and not _POSSESSIVE.match(text, m.end)  # "Khan's party" is not Khan
        # "The Islamist group": a name before a common noun only qualifies the speaker.
        and (m.actor.label == "PERSON" or not _QUALIFIES.match(text, m.end, end))
        # "a spokesman for Hillary Clinton": her spokesman speaks, not she.
        and not (m.actor.label == "PERSON" and _word_before(text, m.start) in _FOR)
    ]
    # A name before a common noun ("NDRRMC spokesperson Diego Mariano") qualifies the one
    # who speaks, even when it was typed as a person: the bare name comes first, and of
    # those the one that ends the subject ("Ferguson Mayor James Knowles").
    usable.sort(
        key=lambda m: (
            bool(_QUALIFIES.match(text, m.end, end)),
            not _ENDS_NAME.match(text, m.end, end),
        )
    )
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
        subject_end = comma if comma >= 0 else end
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
class _Said:
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
class _Context:
    """What the article has named before the sentence being attributed."""

    earlier: tuple[Actor, ...]  # nearest first, this sentence's names and quoted ones left out
    in_sentence: tuple[Actor, ...]  # in reading order
    mentions: Mapping[str, int]  # actor id → how often named so far
    heads: Mapping[str, Actor]  # "agency" → the actor an earlier source so described
    groups: frozenset[str]  # names of groups ("Islamist") that qualify a noun
    demonyms: frozenset[str]  # nationality adjectives ("Israeli"): they name a new source
    said: tuple[_Said, ...] = ()  # the speakers of the sentences before, nearest first
    named_since: frozenset[str] = frozenset()  # labels named since the last speaker


def _recent(ctx: _Context, index: int, person: bool) -> _Said | None:
    """Return the last speaker, when a person (``person``) or not, of the sentences just
    before sentence ``index``, unless one of that kind has been named since."""
    last = next((s for s in ctx.said if s.index >= index - _RECENT), None)
    if last is None or last.person != person:
        return None
    named = "PERSON" in ctx.named_since if person else bool({"ORG", "GROUP"} & ctx.named_since)
    return None if named else last


def _described(words: list[str], ctx: _Context, index: int) -> Actor | _Said | None:
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
    people = [a for a in ctx.earlier if a.label == "PERSON"]
    organisations = [a for a in ctx.earlier if a.label in ("ORG", "GROUP")]
    if len(words) == 1 and words[0].lower() in _PERSONAL:
        return _recent(ctx, index, person=True) or (people[0] if people else None)
    if len(words) == 1 and words[0].lower() in _IMPERSONAL:
        recent = _recent(ctx, index, person=False)
        return recent or (organisations[0] if organisations else None)
    # A description may take up a name of its own sentence ("Air India …, the airline said").
    nearest = [*reversed(ctx.in_sentence), *ctx.earlier]
    people = [a for a in nearest if a.label == "PERSON"]
    organisations = [a for a in nearest if a.label in ("ORG", "GROUP")]
    if words and _AGED.fullmatch(words[-1]):
        return _recent(ctx, index, person=True) or (people[0] if people else None)
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
        return described[0] if described else None  # "the activist group" it was called
    if head in ctx.heads:
        return ctx.heads[head]
    if head in _INSTITUTIONS:
        return None  # "the army": the country's army, not whichever organisation was named
    subject = [a for a in ctx.in_sentence if a.label in ("ORG", "GROUP")]
    if subject:
        return subject[0]
    recent = _recent(ctx, index, person=False)
    if recent is not None:
        return recent  # "…, the group said" after the Observatory spoke
    return max(organisations, key=lambda a: ctx.mentions.get(a.id, 0))


# "…, saying": what follows is the subject's own words.
_SAYING = re.compile(
    r",\s+(?:saying|adding|insisting|warning|declaring|calling|describing|noting)\b"
)


def _saying_subject(
    mentions: Sequence[_Mention], fact: Fact, offset: int
) -> tuple[int, int] | None:
    """Return, in ``fact``'s text, the span of the name that opens a clause whose quotation
    follows ", saying" ("KCNA slammed the drills, saying they were “a smokescreen”"), or
    None."""
    saying = _SAYING.search(fact.text)
    if saying is None:
        return None
    for m in mentions:
        start = m.start - offset
        if m.paragraph != fact.paragraph or not 0 <= start < saying.start():
            continue
        if _POSSESSIVE.match(fact.text, m.end - offset) or _is_demonym(m.actor):
            continue  # "North Korea's state-run KCNA": the name it qualifies is the subject
        if m.actor.label == "PLACE" and re.match(r"\s+[A-Z]", fact.text[m.end - offset :]):
            continue  # "U.S. Secretary of State John Kerry"
        words_before = _WORD.findall(fact.text[:start])
        if m.actor.label in ("PERSON", "ORG", "GROUP") and (
            not words_before or words_before[-1].lower() not in _PREPOSITIONS
        ):
            return start, m.end - offset
        break  # only the clause's first name is its subject
    return None


def _titled_head(words: Sequence[str]) -> bool:
    """Return whether a definite description ends in a person's title ("the retired Air
    Force Major General"), not an organisation's name before it ("a Lufthansa spokesman")."""
    return len(words) > 1 and words[-1].lower() in _PERSON_HEADS and words[0][:1].islower()


def _description(words: list[str], new: bool = False) -> str | None:
    """Return the source as the article describes it when it names no actor ("police",
    "Two Egyptian officials" → "Egyptian officials", "a security official with the forces"
    → "security official"); None for a pronoun or a bare head, unless the head introduces a
    ``new`` source ("an official said")."""
    text = _PARTICIPLE_END.sub("", " ".join(words))
    if words and words[0].lower() in ("i", "we", "you"):
        return None  # the words of a quotation, not a source
    if _NAME.fullmatch(text):
        return text  # a name the recogniser missed: "Economic Community of Central African States"
    named = _NAME_AT_END.search(text)
    before = text[: named.start()].split() if named is not None else []
    if named is not None and before and before[-1].islower() and before[-1] not in _LINKS:
        return (
            named.group()
        )  # a name the recogniser missed, after its role: "fiancee Jillian Cardoza"
    if len(text.split()) > WEIGHTS.description_words:
        text = _DESCRIPTION_END.sub("", text).split(" and ")[0]  # "fellow inmates and the …"
    words = text.split()
    if not words or len(words) > WEIGHTS.description_words:
        return None
    bare = (_PERSONAL | _IMPERSONAL | _ORG_HEADS | _PERSON_HEADS) - _INSTITUTIONS
    if len(words) == 1 and words[0].lower() in bare and not (new and words[0].lower() in _HEADS):
        return None
    return text


def _context(
    mentions: Sequence[_Mention],
    order: dict[int, int],
    where: tuple[int, int, int],
    known: tuple[Mapping[str, Actor], frozenset[str], frozenset[str]],
    said: Sequence[_Said] = (),
) -> _Context:
    """Return what was named before ``where`` (paragraph id, the sentence's start, the
    offset), with what is ``known`` (the descriptions seen so far, the names of groups and of
    nationalities) and who ``said`` the sentences before (nearest first)."""
    pid, start, at = where
    key = (order[pid], at)
    sentence_key = (order[pid], start)
    earlier: list[Actor] = []
    counts: dict[str, int] = {}
    in_sentence: list[Actor] = []
    since: set[str] = set()
    for m in mentions:
        here = (order[m.paragraph], m.start)
        if here >= key:
            break
        if _is_demonym(m.actor):
            continue
        counts[m.actor.id] = counts.get(m.actor.id, 0) + 1
        if here >= sentence_key:
            if m.actor not in in_sentence:
                in_sentence.append(m.actor)
            continue
        if m.quoted:
            continue
        if m.actor in earlier:
            earlier.remove(m.actor)
        earlier.insert(0, m.actor)
        if said and here >= said[0].after and m.actor != said[0].actor:
            since.add(m.actor.label)
    heads, groups, demonyms = known
    return _Context(
        tuple(earlier),
        tuple(in_sentence),
        counts,
        dict(heads),
        groups,
        demonyms,
        tuple(said),
        frozenset(since),
    )


def attribute(article: Article, facts: Sequence[Fact], actors: Sequence[Actor]) -> tuple[Fact, ...]:
    """Return ``facts`` with their statement kind and, for quotes, claims and attributed
    commentary, their speaker.

    The speaker is the actor the attribution names (a person before an organisation), or
    the one a pronoun or description stands for (see :func:`_described`), or else the source
    as the article describes it ("police", "Witnesses"); None when no source is given. A
    sentence inside a quotation that an earlier sentence opened is a quote, and every
    sentence of one quotation has the speaker its attribution names; a quotation without one
    is the previous quote's speaker's, else the last person's named.
    """
    order = {p.id: n for n, p in enumerate(article.paragraphs)}
    continued = continuations(facts)
    mentions = _mentions(article, actors, order, _quoted(article, facts, continued))
    heads: dict[str, Actor] = {}
    described: dict[str, str] = {}
    groups = frozenset(a.name for a in actors if a.label == "GROUP")
    demonyms = frozenset(a.name for a in actors if _is_demonym(a))
    said: list[_Said] = []  # nearest first
    kinds: list[FactKind] = []
    speakers: list[str | None] = []
    for index, fact in enumerate(facts):
        found = continued_statement(fact.text) if index in continued else statement(fact.text)
        paragraph = article.paragraph(fact.paragraph)
        offset = paragraph.sentences[fact.sentence].start
        if found.kind == "quote" and found.source is None:
            found = Statement("quote", _saying_subject(mentions, fact, offset))
        speaker: str | None = None
        who: Actor | None = None
        if found.kind in ("quote", "claim", "commentary", "assessment") and found.source:
            span = (offset + found.source[0], offset + found.source[1])
            raw = _WORD.findall(paragraph.text[span[0] : span[1]])
            words = _core(raw)
            text = " ".join(words)
            document = _DOCUMENT.match(text)
            if document is not None:
                # "according to a statement released by the hospital": the hospital says it.
                raw = document.group("who").split()
                words = _core(raw)
                start = paragraph.text.find(document.group("who"), span[0], span[1])
                span = (start, start + len(document.group("who"))) if start >= 0 else span
            who = _in_source(mentions, fact.paragraph, span, paragraph.text)
            if who is not None and who.label != "PERSON" and _titled_head(words):
                # "The retired Air Force Major General": the general, named before.
                ctx = _context(
                    mentions, order, (fact.paragraph, offset, span[0]), (heads, groups, demonyms)
                )
                titled = _described(words, ctx, index)
                if isinstance(titled, Actor) and words[-1].lower() in (titled.role or "").lower():
                    who = titled
            # "a hospital official" introduces a source; "the official" refers back, to a
            # source described before ("the agency" after "Phivolcs, the state seismology
            # agency") ahead of any organisation named.
            again = len(words) == 1 and words[0].lower() in described
            resolved: Actor | _Said | None = None
            if who is None and not again and not (raw and raw[0].lower() in _INDEFINITE):
                ctx = _context(
                    mentions,
                    order,
                    (fact.paragraph, offset, span[0]),
                    (heads, groups, demonyms),
                    said,
                )
                resolved = _described(words, ctx, index)
            if isinstance(resolved, _Said):
                who, speaker = resolved.actor, resolved.description
            elif resolved is not None:
                who = resolved
            if who is not None:
                speaker = who.name
                heads.update({w.lower(): who for w in words if w.lower() in _ORG_HEADS})
            elif speaker is not None:
                pass
            elif len(words) == 1 and words[0].lower() in described:
                speaker = described[words[0].lower()]  # "the ministry" after "the health ministry"
            else:
                # "an official said": a new source, as bare as the article gives it.
                speaker = _description(words, new=bool(raw) and raw[0].lower() in _INDEFINITE)
                if speaker is not None:
                    head = _WORD.findall(speaker)[-1].lower()
                    if head in _HEADS:  # "the ministry" after "the health ministry"
                        described[head] = speaker
            if speaker is not None:
                end = paragraph.sentences[fact.sentence].end
                said.insert(0, _Said(index, who, speaker, (order[fact.paragraph], end)))
        kinds.append(found.kind)
        speakers.append(speaker)
    _quote_speakers(article, facts, kinds, speakers, continued, mentions, order)
    return tuple(
        replace(f, kind=kind, speaker=speaker)
        for f, kind, speaker in zip(facts, kinds, speakers, strict=True)
    )


def _quote_speakers(
    article: Article,
    facts: Sequence[Fact],
    kinds: list[FactKind],
    speakers: list[str | None],
    continued: Mapping[int, int],
    mentions: Sequence[_Mention],
    order: dict[int, int],
) -> None:
    """Give each quotation's sentences the speaker one of them names, and a quote that names
    none the previous quote's speaker, else the last person named (in place)."""
    blocks: dict[int, list[int]] = {}
    for member, opener in continued.items():
        blocks.setdefault(opener, [opener]).append(member)
    for members in blocks.values():
        named = next((speakers[i] for i in members if speakers[i]), None)
        for i in members:
            speakers[i] = speakers[i] or named
            kinds[i] = "quote"
    for index, fact in enumerate(facts):
        if kinds[index] != "quote" or speakers[index]:
            continue
        previous = index - 1
        if previous >= 0 and kinds[previous] == "quote" and speakers[previous]:
            speakers[index] = speakers[previous]
            continue
        offset = article.paragraph(fact.paragraph).sentences[fact.sentence].start
        nothing: tuple[Mapping[str, Actor], frozenset[str], frozenset[str]] = (
            {},
            frozenset(),
            frozenset(),
        )
        ctx = _context(mentions, order, (fact.paragraph, offset, offset), nothing)
        speakers[index] = next((a.name for a in ctx.earlier if a.label == "PERSON"), None)


# Words that may open a sentence before the name of its speaker ("But", "Also").
_LEAD = re.compile(r"(?:(?:But|And|So|Yet|Also|Meanwhile|Separately|However|Still)\b,?\s+)+")
_LEAD_CLAUSE = re.compile(r"[,:;“”\"]|\b(?:said|says|told|is|are|was|were|has|have|had)\b")
# A name this far into a sentence no longer opens it.
_OPENING_WORDS = 8


def named_first(text: str, speaker: str, aliases: Sequence[str] = ()) -> bool:
    """Return whether ``text`` opens with its speaker (``speaker`` or one of ``aliases``, such
    as a person's surname): the name stands in the sentence's subject, before any comma or
    verb ("Police Chief Tim Longo said …", "But investigators say …"), so the reader sees
    who speaks without an attribution after the sentence."""
    if not speaker.strip():
        return False
    lead = _LEAD.match(text)
    opening = text[lead.end() if lead else 0 :]
    stop = _LEAD_CLAUSE.search(opening)
    subject = opening[: stop.start() if stop else len(opening)]
    words = subject.split()[:_OPENING_WORDS]
    subject = " " + " ".join(words).lower() + " "
    return any(f" {form.lower()} " in subject for form in (speaker, *aliases) if form.strip())
