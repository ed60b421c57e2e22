"""Who says what: each fact's statement kind and, for quotes and claims, its speaker."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.entities.actors import surname
from briefwright.analysis.entities.antecedents import (
    NameAt,
    Said,
    context_at,
    is_demonym,
    mentions_of,
    quoted_ranges,
    salient_person,
    stands_for,
)
from briefwright.analysis.entities.genders import genders, other_gender
from briefwright.analysis.statements.factkinds import Statement, continued_statement, statement
from briefwright.analysis.statements.quotations import continuations
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, Fact, FactKind
from briefwright.model.article import Article

_ORG_HEADS = lexicon.words("statements.organisation_heads")
_PERSON_HEADS = lexicon.words("statements.person_heads")
_DETERMINERS = lexicon.words("statements.source_determiners")
_INDEFINITE = lexicon.words("statements.indefinite_determiners")
_HEADS = _ORG_HEADS | _PERSON_HEADS
_INSTITUTIONS = lexicon.words("statements.institution_heads")
# Words that never describe a source on their own: pronouns and bare heads.
_BARE = (
    frozenset({"he", "she", "him", "her", "it", "they", "we"}) | _ORG_HEADS | _PERSON_HEADS
) - _INSTITUTIONS
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


def _word_before(text: str, start: int) -> str:
    """Return the lower-case word right before ``start`` in ``text`` ("" at the start)."""
    words = _WORD.findall(text[:start])
    return words[-1].lower() if words else ""


def _in_source(
    mentions: Sequence[NameAt], pid: int, span: tuple[int, int], text: str
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
            if m.actor.label in labels and not is_demonym(m.actor):
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


# "Mitch McConnell's office said": the one who speaks for a person named before it.
_PERSONS = re.compile(
    r"['’]s? (office|campaign|spokesman|spokeswoman|spokesperson|lawyers?|attorneys?|family|"
    r"aides?|team|representatives?|camp|press secretary)\s*$"
)


def _persons_office(
    mentions: Sequence[NameAt], pid: int, span: tuple[int, int], text: str
) -> str | None:
    """Return "Mitch McConnell's office" when the source is a person's office, lawyer or
    family ("Senate Majority Leader Mitch McConnell's office said"), else None."""
    for m in mentions:
        if m.paragraph == pid and span[0] <= m.start < span[1] and m.actor.label == "PERSON":
            office = _PERSONS.match(text, m.end, span[1])
            if office is not None:
                return text[m.start : office.end(1)]  # as the article writes it
    return None


def _core(words: list[str]) -> list[str]:
    """Return a source description without its leading determiners ("Two officials"), a
    part of a group aside ("one of the officials")."""
    while len(words) > 1 and words[0].lower() in _DETERMINERS:
        if words[1] == "of":
            break  # "one of the officials": a part of a group, as written
        words = words[1:]
    return words


# "…, saying": what follows is the subject's own words.
_SAYING = re.compile(
    r",\s+(?:saying|adding|insisting|warning|declaring|calling|describing|noting)\b"
)


def _saying_subject(mentions: Sequence[NameAt], fact: Fact, offset: int) -> tuple[int, int] | None:
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
        if _POSSESSIVE.match(fact.text, m.end - offset) or is_demonym(m.actor):
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
    if len(words) == 1 and words[0].lower() in _BARE and not (new and words[0].lower() in _HEADS):
        return None
    return text


def attribute(article: Article, facts: Sequence[Fact], actors: Sequence[Actor]) -> tuple[Fact, ...]:
    """Return ``facts`` with their statement kind and, for quotes, claims and attributed
    commentary, their speaker.

    The speaker is the actor the attribution names (a person before an organisation), or
    the one a pronoun or description stands for (see :func:`stands_for`), or else the source
    as the article describes it ("police", "Witnesses"); None when no source is given. A
    sentence inside a quotation that an earlier sentence opened is a quote, and every
    sentence of one quotation has the speaker its attribution names; a quotation without one
    is the previous quote's speaker's, else the last person's named.
    """
    order = {p.id: n for n, p in enumerate(article.paragraphs)}
    continued = continuations(facts)
    mentions = mentions_of(article, actors, order, quoted_ranges(article, facts, continued))
    known_genders = genders(article, mentions)
    heads: dict[str, Actor] = {}
    described: dict[str, str] = {}
    groups = frozenset(a.name for a in actors if a.label == "GROUP")
    demonyms = frozenset(a.name for a in actors if is_demonym(a))
    said: list[Said] = []  # nearest first
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
            office = None
            if who is None or who.label != "PERSON":
                # "Senate Majority Leader Mitch McConnell's office said", not the Senate.
                office = _persons_office(mentions, fact.paragraph, span, paragraph.text)
                who = None if office else who
            if who is not None and who.label != "PERSON" and _titled_head(words):
                # "The retired Air Force Major General": the general, named before.
                ctx = context_at(
                    mentions, order, (fact.paragraph, offset, span[0]), (heads, groups, demonyms)
                )
                titled = stands_for(words, ctx, index)
                if isinstance(titled, Actor) and words[-1].lower() in (titled.role or "").lower():
                    who = titled
            # "a hospital official" introduces a source; "the official" refers back, to a
            # source described before ("the agency" after "Phivolcs, the state seismology
            # agency") ahead of any organisation named.
            again = len(words) == 1 and words[0].lower() in described
            resolved: Actor | Said | None = None
            if office is not None:
                speaker = office
            elif who is None and not again and not (raw and raw[0].lower() in _INDEFINITE):
                ctx = context_at(
                    mentions,
                    order,
                    (fact.paragraph, offset, span[0]),
                    (heads, groups, demonyms),
                    said,
                    (_askers(facts[index - 1].text, actors) if index else frozenset())
                    | other_gender(" ".join(words), known_genders),
                )
                # A pronoun closing a quotation of several sentences ('… amazing," he said')
                # is read from where the quotation opened.
                resolved = stands_for(words, ctx, continued.get(index, index))
            if isinstance(resolved, Said):
                who, speaker = resolved.actor, resolved.description
            elif resolved is not None:
                who = resolved
            if who is not None:
                speaker = who.name
                heads.update({w.lower(): who for w in words if w.lower() in _ORG_HEADS})
                if who.label in ("ORG", "GROUP"):  # "the group" after the Observatory spoke
                    described = {h: d for h, d in described.items() if h in _INSTITUTIONS}
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
                said.insert(0, Said(index, who, speaker, (order[fact.paragraph], end)))
        kinds.append(found.kind)
        speakers.append(speaker)
    _quote_speakers(article, facts, kinds, speakers, continued, mentions, order)
    return tuple(
        replace(f, kind=kind, speaker=speaker)
        for f, kind, speaker in zip(facts, kinds, speakers, strict=True)
    )


# A quotation that many speak: '"There will never be …," they sing', '… they chanted.'
_SAID_BY_MANY = re.compile(r"[,.!?…][\"”]\s+(?:they|crowds?|protesters|fans|members)\s+[a-z]+")


# "Is he eyeing the seat, Amanpour asked, …?": who put the question.
_ASKED = re.compile(r"\b([A-Z][\w’'-]+)\s+asked\b")


def _askers(previous: str, actors: Sequence[Actor]) -> frozenset[str]:
    """Return the ids of the people who asked the question the sentence ``previous`` puts
    ("…, Amanpour asked, …?"): the answer that follows is not theirs."""
    if not previous.rstrip().rstrip("\"”").endswith("?"):
        return frozenset()
    names = {m.group(1) for m in _ASKED.finditer(previous)}
    people = [a for a in actors if a.label == "PERSON"]
    return frozenset(a.id for a in people if names & {surname(a.name), *a.aliases})


def _opens_quote(fact: Fact) -> bool:
    """Return whether the sentence opens with a quotation mark."""
    return fact.text.lstrip()[:1] in "\"“"


def _quote_speakers(
    article: Article,
    facts: Sequence[Fact],
    kinds: list[FactKind],
    speakers: list[str | None],
    continued: Mapping[int, int],
    mentions: Sequence[NameAt],
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
    chorus: set[int] = set()
    for index, fact in enumerate(facts):
        if kinds[index] != "quote" or speakers[index]:
            continue
        if _SAID_BY_MANY.search(fact.text) or (index - 1 in chorus and _opens_quote(fact)):
            # '"…," they sing. "You can hang him …"': many say it, none of the people
            # named before.
            chorus.add(index)
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
        ctx = context_at(mentions, order, (fact.paragraph, offset, offset), nothing)
        # The one the sentences before were about ("Herzog … He echoed that sentiment …"),
        # ahead of a person they only mention ("after Netanyahu's address").
        person = salient_person(ctx, [a for a in ctx.earlier if a.label == "PERSON"])
        speakers[index] = person.name if person is not None else None
