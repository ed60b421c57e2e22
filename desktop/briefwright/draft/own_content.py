"""The analyst's own content: new facts, sections and actors, facts split and merged,
article paragraphs added to a section, left out of it or reworded inside it.

Each function changes the Briefing and returns what undoing the change needs.
"""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date as Date

from briefwright.draft.edits import Item, ItemKind, items_of
from briefwright.draft.merge.facts import (
    closest_sentence,
    content_words,
    fact_differences,
    sentence_text,
)
from briefwright.draft.merge.syndication import independent_groups
from briefwright.model.analysis import Granularity, Label
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    SectionItem,
)

_ID_PREFIX: dict[str, str] = {
    "sections": "own-s",
    "facts": "own-f",
    "actors": "own-a",
    "events": "own-e",
}


def new_id(briefing: Briefing, kind: ItemKind) -> str:
    """Return an id for a new item of ``kind`` that no item of the briefing uses yet."""
    taken = {item.id for item in items_of(briefing, kind)}
    prefix = _ID_PREFIX[kind]
    return next(f"{prefix}{n}" for n in itertools.count(1) if f"{prefix}{n}" not in taken)


def own_fact(briefing: Briefing, text: str, paragraph: int = NO_PARAGRAPH) -> FactItem:
    """Return a fact the analyst wrote, citing ``paragraph`` (or none).

    Raise ValueError for blank text or a paragraph the article does not have.
    """
    wording = _non_blank(text, "a fact")
    _check_paragraph(briefing, paragraph)
    return FactItem(
        id=new_id(briefing, "facts"),
        text=wording,
        paragraph=paragraph,
        sentence=-1,
        original=wording,
        origin="analyst",
    )


def fact_from_selection(briefing: Briefing, paragraph: int, start: int, end: int) -> FactItem:
    """Return a fact worded as the text ``[start, end)`` of article paragraph ``paragraph``.

    It cites that paragraph of the first source and the sentence the selection starts in.
    Raise ValueError when the selection holds no text and KeyError for a paragraph the
    article does not have.
    """
    para = briefing.lead_article.paragraph(paragraph)
    text = _non_blank(" ".join(para.text[start:end].split()), "a fact")
    sentence = next((i for i, s in enumerate(para.sentences) if s.start <= start < s.end), -1)
    return FactItem(
        id=new_id(briefing, "facts"),
        text=text,
        paragraph=paragraph,
        sentence=sentence,
        original=text,
    )


def own_section(
    briefing: Briefing, heading: str, text: str = "", paragraphs: tuple[int, ...] = ()
) -> SectionItem:
    """Return a section the analyst added: a heading, own prose and article paragraphs.

    Raise ValueError for a blank heading or a paragraph the article does not have.
    """
    for pid in paragraphs:
        _check_paragraph(briefing, pid)
    title = _non_blank(heading, "a section heading")
    return SectionItem(
        id=new_id(briefing, "sections"),
        heading=title,
        paragraphs=sorted(set(paragraphs)),
        original_heading=title,
        origin="analyst",
        text=text.strip(),
    )


def own_actor(briefing: Briefing, name: str, label: Label, role: str = "") -> ActorItem:
    """Return an actor the analyst added. Raise ValueError for a blank name."""
    return ActorItem(
        id=new_id(briefing, "actors"),
        name=_non_blank(name, "an actor's name"),
        label=label,
        role=role.strip(),
        origin="analyst",
    )


_GRANULARITY: dict[int, Granularity] = {1: "year", 2: "month", 3: "day"}


def own_event(briefing: Briefing, date: str, text: str, paragraph: int = NO_PARAGRAPH) -> EventItem:
    """Return a dated event the analyst added for the timeline.

    ``date`` is ISO: ``2023``, ``2023-07`` or ``2023-07-26``; it says how precise the date is.
    Raise ValueError for another date form, blank text or a paragraph the article lacks.
    """
    iso = date.strip()
    parts = iso.split("-")
    try:
        numbers = [int(p) for p in parts]
        valid = len(parts[0]) == 4 and len(numbers) <= 3
        if len(numbers) == 3:
            Date(*numbers)
        elif len(numbers) == 2:
            valid = valid and 1 <= numbers[1] <= 12
    except ValueError:
        valid = False
    if not valid:
        raise ValueError(f"{iso!r} is not a date such as 2023-07-26, 2023-07 or 2023")
    _check_paragraph(briefing, paragraph)
    taken = {e.id for e in briefing.events}
    new = next(f"own-e{n}" for n in itertools.count(1) if f"own-e{n}" not in taken)
    return EventItem(
        id=new,
        date=iso,
        date_text=iso,
        text=_non_blank(text, "an event"),
        paragraph=paragraph,
        granularity=_GRANULARITY[len(parts)],
        origin="analyst",
    )


def event_position(briefing: Briefing, event: EventItem) -> int:
    """Return where ``event`` goes in the timeline: after every event not later than it."""
    return sum(1 for e in briefing.events if e.date <= event.date)


def insert_item(briefing: Briefing, kind: ItemKind, index: int, item: Item) -> None:
    """Put ``item`` at position ``index`` of its list. Raise IndexError outside 0..len."""
    items: list[Item] = items_of(briefing, kind)  # type: ignore[assignment]
    if not 0 <= index <= len(items):
        raise IndexError(f"cannot insert {kind} item at {index}: there are {len(items)}")
    items.insert(index, item)


def remove_item(briefing: Briefing, kind: ItemKind, index: int) -> Item:
    """Take item ``index`` of ``kind`` out of the briefing and return it."""
    items: list[Item] = items_of(briefing, kind)  # type: ignore[assignment]
    if not 0 <= index < len(items):
        raise IndexError(f"there is no {kind} item {index}; there are {len(items)}")
    return items.pop(index)


def split_fact(
    fact: FactItem, parts: list[str], briefing: Briefing | None = None
) -> list[FactItem]:
    """Return the facts ``fact`` splits into, one per non-blank part, in order.

    Each keeps the fact's source references, corroboration and kind; the first keeps its id
    and sentence, the others take ids no fact of ``briefing`` (when given) has yet. Raise
    ValueError when fewer than two parts have text.
    """
    texts = [" ".join(p.split()) for p in parts if p.strip()]
    if len(texts) < 2:
        raise ValueError("a fact splits into two or more parts with text")
    ids = _part_ids(fact, len(texts) - 1, briefing)
    return [dataclasses.replace(fact, text=texts[0])] + [
        dataclasses.replace(fact, id=new, text=text, also=list(fact.also))
        for new, text in zip(ids, texts[1:], strict=True)
    ]


def split_by_source(briefing: Briefing, fact: FactItem) -> list[FactItem]:
    """Return the facts a fact several sources carry splits into: itself, citing only where
    it stands first, then one fact for each other place merged into it
    (:attr:`FactItem.also`), worded as the sentence of that paragraph closest to the fact's.

    Each stands alone: one source, no "sources differ" note, its credibility as proposed.
    Raise ValueError when no other source carries ``fact``.
    """
    if not fact.also:
        raise ValueError("only a fact several sources carry splits by source")
    words = content_words(fact.original or fact.text)
    out = [_alone(fact)]
    for new, ref in zip(_part_ids(fact, len(fact.also), briefing), fact.also, strict=True):
        sentence = closest_sentence(briefing, ref, words)
        text = sentence_text(briefing, ref, sentence) or fact.original or fact.text
        out.append(
            dataclasses.replace(
                _alone(fact),
                id=new,
                text=text,
                original=text,
                source=ref.source,
                paragraph=ref.paragraph,
                sentence=sentence,
                origin="article",
            )
        )
    return out


def _alone(fact: FactItem) -> FactItem:
    """Return ``fact`` as one source alone carries it: no other place, count or differences,
    its credibility as proposed."""
    return dataclasses.replace(fact, also=[], corroboration=1, conflicts=[], credibility="")


def _part_ids(fact: FactItem, count: int, briefing: Briefing | None) -> list[str]:
    """Return ``count`` ids for the parts of ``fact`` after its first: ``f3.1``, ``f3.2`` …,
    passing over those a fact of ``briefing`` has."""
    taken = {f.id for f in briefing.facts} if briefing is not None else set()
    free = (f"{fact.id}.{n}" for n in itertools.count(1) if f"{fact.id}.{n}" not in taken)
    return list(itertools.islice(free, count))


def split_points(text: str) -> list[str]:
    """Return ``text`` cut where the user put a blank line or a line break."""
    return [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]


def merge_facts(first: FactItem, second: FactItem, briefing: Briefing | None = None) -> FactItem:
    """Return one fact of ``first`` and ``second``; it is ticked when either was and scores
    as the higher of the two.

    Two facts of different sources (no source in common; ``briefing`` given; each citing a
    paragraph) are one fact told twice: it keeps ``first``'s words and takes ``second``'s
    references, and counts its independent sources and notes where they differ as a merge
    of the sources does (:mod:`briefwright.draft.merge.facts`). Otherwise it is worded as
    ``first`` then ``second``, citing where ``first`` comes from (``second``'s place when
    ``first`` cites none), and is the analyst's own when either was.
    """
    included, score = first.included or second.included, max(first.score, second.score)
    if briefing is not None and of_different_sources(first, second):
        also = [*first.also, *(r for r in second.refs if r not in first.refs)]
        joined = dataclasses.replace(first, also=also, included=included, score=score)
        story = independent_groups(briefing.sources)
        joined.corroboration = len({story.get(r.source, r.source) for r in joined.refs})
        joined.conflicts = fact_differences(briefing, joined)
        return joined
    cited = first if first.paragraph != NO_PARAGRAPH else second
    return dataclasses.replace(
        first,
        text=f"{first.text.rstrip()} {second.text.lstrip()}",
        paragraph=cited.paragraph,
        source=cited.source,
        origin="analyst" if "analyst" in (first.origin, second.origin) else "article",
        also=list(first.also),
        included=included,
        score=score,
    )


def of_different_sources(first: FactItem, second: FactItem) -> bool:
    """Return whether both facts cite a paragraph and no source carries both."""
    if NO_PARAGRAPH in (first.paragraph, second.paragraph):
        return False
    return not {r.source for r in first.refs} & {r.source for r in second.refs}


def replace_facts(
    briefing: Briefing, index: int, count: int, facts: list[FactItem]
) -> list[FactItem]:
    """Put ``facts`` in place of the ``count`` facts from ``index``; return those replaced.

    Raise IndexError when the range is outside the list.
    """
    if count < 0 or not 0 <= index <= index + count <= len(briefing.facts):
        raise IndexError(f"no facts {index}..{index + count}; there are {len(briefing.facts)}")
    removed = briefing.facts[index : index + count]
    briefing.facts[index : index + count] = facts
    return removed


def add_paragraph(section: SectionItem, paragraph: int) -> bool:
    """Add article paragraph ``paragraph`` to ``section`` in reading order.

    Return False (and change nothing) when the section holds it already.
    """
    if paragraph in section.paragraphs:
        return False
    section.paragraphs.append(paragraph)
    section.paragraphs.sort()
    return True


def remove_paragraph(section: SectionItem, paragraph: int) -> None:
    """Take ``paragraph`` out of ``section`` (undoes :func:`add_paragraph`)."""
    section.paragraphs.remove(paragraph)
    if paragraph in section.left_out:
        section.left_out.remove(paragraph)
    section.wording.pop(paragraph, None)


def set_paragraph_included(section: SectionItem, paragraph: int, included: bool) -> bool:
    """Include or leave out a paragraph of ``section``; return whether it was included.

    Raise ValueError when the section does not hold the paragraph.
    """
    if paragraph not in section.paragraphs:
        raise ValueError(f"the section does not hold paragraph {paragraph}")
    was = paragraph not in section.left_out
    if included and not was:
        section.left_out.remove(paragraph)
    elif not included and was:
        section.left_out.append(paragraph)
        section.left_out.sort()
    return was


def set_paragraph_wording(section: SectionItem, paragraph: int, text: str | None) -> str | None:
    """Reword or trim a paragraph of ``section`` (None restores the article's words).

    Return the previous wording (None when it had the article's). Raise ValueError when the
    section does not hold the paragraph or the text is blank.
    """
    if paragraph not in section.paragraphs:
        raise ValueError(f"the section does not hold paragraph {paragraph}")
    previous = section.wording.get(paragraph)
    if text is None:
        section.wording.pop(paragraph, None)
    else:
        section.wording[paragraph] = _non_blank(text, "a paragraph")
    return previous


def set_section_text(section: SectionItem, text: str) -> str:
    """Set the analyst's own paragraphs of ``section`` (blank lines between them); return the
    previous text."""
    previous = section.text
    section.text = text.strip()
    return previous


def _check_paragraph(briefing: Briefing, paragraph: int) -> None:
    if paragraph == NO_PARAGRAPH:
        return
    try:
        briefing.lead_article.paragraph(paragraph)
    except KeyError:
        raise ValueError(f"the article has no paragraph {paragraph}") from None


def _non_blank(text: str, what: str) -> str:
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"{what} cannot be blank")
    return stripped
