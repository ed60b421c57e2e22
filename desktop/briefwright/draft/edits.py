"""Changes a user makes to a Briefing, as plain functions that return what undoing them needs."""

from __future__ import annotations

from typing import Literal, get_args

from briefwright.draft.templates import WRITTEN_PARTS
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    RISK_LEVELS,
    SECTION_DISPLAYS,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    Judgment,
    SectionItem,
)
from briefwright.model.likelihood import SCALES
from briefwright.model.schema import copy_of

ItemKind = Literal["sections", "facts", "actors", "events"]
ITEM_KINDS: tuple[ItemKind, ...] = get_args(ItemKind)
MetaField = Literal["title", "subject", "dtg", "author", "marking", "distribution"]
META_FIELDS: tuple[MetaField, ...] = get_args(MetaField)
TextField = Literal["bottom_line", "comment"]
TEXT_FIELDS: tuple[TextField, ...] = get_args(TextField)

Item = SectionItem | FactItem | ActorItem | EventItem
# The parts a writer fills as text (one item per line) and the alert's settings.
PART_FIELDS: tuple[str, ...] = (
    *WRITTEN_PARTS,
    "locations",
    "valid_from",
    "valid_to",
    "event_type",
    "advice",
    "updates_alert",
    "risk_level",
    "scale",
)


def items_of(
    briefing: Briefing, kind: ItemKind
) -> list[SectionItem] | list[FactItem] | list[ActorItem] | list[EventItem]:
    """Return the briefing's list of ``kind`` (the list itself, not a copy).

    Raise ValueError for an unknown kind.
    """
    if kind == "sections":
        return briefing.sections
    if kind == "facts":
        return briefing.facts
    if kind == "actors":
        return briefing.actors
    if kind == "events":
        return briefing.events
    raise ValueError(f"unknown item kind {kind!r}; expected one of {', '.join(ITEM_KINDS)}")


def as_item_kind(name: str) -> ItemKind:
    """Return ``name`` as an item kind; raise ValueError when it is not one."""
    for kind in ITEM_KINDS:
        if kind == name:
            return kind
    raise ValueError(f"unknown item kind {name!r}; expected one of {', '.join(ITEM_KINDS)}")


def item_text(item: Item) -> str:
    """Return what names an item: a section's heading, a fact's or an event's wording, an
    actor's name."""
    if isinstance(item, SectionItem):
        return item.heading
    if isinstance(item, FactItem | EventItem):
        return item.text
    return item.name


def short_label(text: str, limit: int = 28) -> str:
    """Return ``text`` on one line, cut at a word boundary near ``limit`` characters, with ``…``."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def set_included(briefing: Briefing, kind: ItemKind, index: int, included: bool) -> bool:
    """Set whether item ``index`` of ``kind`` is in the briefing; return the previous value.

    Raise IndexError when there is no such item.
    """
    item = _item(briefing, kind, index)
    previous = item.included
    item.included = included
    return previous


def move_item(briefing: Briefing, kind: ItemKind, source: int, dest: int) -> None:
    """Move item ``source`` of ``kind`` so that it ends at position ``dest``.

    Moving it from ``dest`` to ``source`` undoes this. Raise IndexError when either position
    is outside the list.
    """
    items: list[Item] = items_of(briefing, kind)  # type: ignore[assignment]
    n = len(items)
    if not (0 <= source < n and 0 <= dest < n):
        raise IndexError(f"cannot move {kind} item {source} to {dest}: there are {n}")
    items.insert(dest, items.pop(source))


def set_fact_text(briefing: Briefing, index: int, text: str) -> str:
    """Reword fact ``index``; return the previous wording.

    White space at the ends is dropped. Raise ValueError when the text is blank and
    IndexError when there is no such fact.
    """
    fact = _item(briefing, "facts", index)
    assert isinstance(fact, FactItem)
    previous = fact.text
    fact.text = _non_blank(text, "a fact")
    return previous


def set_event_text(briefing: Briefing, index: int, text: str) -> str:
    """Reword event ``index`` of the timeline; return the previous wording.

    White space at the ends is dropped. Raise ValueError when the text is blank and
    IndexError when there is no such event.
    """
    event = _item(briefing, "events", index)
    assert isinstance(event, EventItem)
    previous = event.text
    event.text = _non_blank(text, "an event")
    return previous


def set_fact_reference(
    briefing: Briefing, index: int, paragraph: int, sentence: int = -1
) -> tuple[int, int]:
    """Make fact ``index`` cite article ``paragraph`` (NO_PARAGRAPH: the analyst's own) and
    ``sentence`` in it; return the previous ``(paragraph, sentence)``.

    Raise ValueError for a paragraph the article does not have and IndexError when there is
    no such fact.
    """
    fact = _item(briefing, "facts", index)
    assert isinstance(fact, FactItem)
    if paragraph != NO_PARAGRAPH and paragraph not in {
        p.id for p in briefing.article_of(fact.source).paragraphs
    }:
        raise ValueError(f"the article has no paragraph {paragraph}")
    previous = fact.paragraph, fact.sentence
    fact.paragraph, fact.sentence = paragraph, sentence
    return previous


def set_heading(briefing: Briefing, index: int, text: str) -> str:
    """Rename section ``index``; return the previous heading.

    Raise ValueError when the heading is blank and IndexError when there is no such section.
    """
    section = _item(briefing, "sections", index)
    assert isinstance(section, SectionItem)
    previous = section.heading
    section.heading = _non_blank(text, "a section heading")
    return previous


def _swap(target: object, name: str, value: str) -> str:
    """Set the text attribute ``name`` of ``target`` to ``value``; return its previous text."""
    previous: str = getattr(target, name)
    setattr(target, name, value)
    return previous


def set_meta(briefing: Briefing, name: MetaField, value: str) -> str:
    """Set a title-block field (``title``, ``subject``, ``dtg`` …); return the previous value.

    Raise ValueError for an unknown field.
    """
    if name not in META_FIELDS:
        raise ValueError(f"unknown title-block field {name!r}")
    return _swap(briefing.meta, name, value)


def set_text(briefing: Briefing, name: TextField, value: str) -> str:
    """Set the bottom line or the analyst comment; return the previous text.

    Raise ValueError for an unknown field.
    """
    if name not in TEXT_FIELDS:
        raise ValueError(f"unknown text field {name!r}")
    return _swap(briefing, name, value)


def set_template(briefing: Briefing, name: str) -> str:
    """Choose the template by name; return the previous one. Raise ValueError for a blank name."""
    previous = briefing.template
    briefing.template = _non_blank(name, "a template name")
    return previous


Switch = Literal["source_appendix", "full_text_appendix", "date_notes"]
SWITCHES: tuple[Switch, ...] = get_args(Switch)
"""The briefing's on/off choices: quote the source sentences in an appendix, print the article
in an appendix, date the relative days of printed sentences."""


def set_switch(briefing: Briefing, name: str, on: bool) -> bool:
    """Turn switch ``name`` (see :data:`SWITCHES`) on or off; return its previous state.
    Raise ValueError for an unknown switch."""
    if name not in SWITCHES:
        raise ValueError(f"unknown switch {name!r}")
    previous = bool(getattr(briefing, name))
    setattr(briefing, name, on)
    return previous


def set_part_field(briefing: Briefing, name: str, value: str) -> str:
    """Set a written part or alert setting (``implications``, ``risk_level`` …); return the
    previous value. Raise ValueError for an unknown field, risk level or scale."""
    if name not in PART_FIELDS:
        raise ValueError(f"unknown part field {name!r}")
    if name == "risk_level" and value not in RISK_LEVELS:
        raise ValueError(f"risk level must be one of {', '.join(RISK_LEVELS[1:])}")
    if name == "scale" and value not in SCALES:
        raise ValueError(f"scale must be one of {', '.join(SCALES)}")
    return _swap(briefing, name, value)


def set_judgments(briefing: Briefing, judgments: tuple[Judgment, ...]) -> tuple[Judgment, ...]:
    """Replace the key judgments; return the previous ones."""
    previous = tuple(briefing.judgments)
    briefing.judgments = list(judgments)
    return previous


def set_omitted(briefing: Briefing, keys: tuple[str, ...]) -> tuple[str, ...]:
    """Set the keys of the template parts the user leaves out; return the previous keys."""
    previous = tuple(briefing.omitted_parts)
    briefing.omitted_parts = list(keys)
    return previous


SectionView = tuple[str, tuple[str, ...] | None, tuple[tuple[str, str], ...]]


def section_view(briefing: Briefing, index: int) -> SectionView:
    """Return how section ``index`` shows: display, chosen sentence ids, rewordings."""
    s = _item(briefing, "sections", index)
    assert isinstance(s, SectionItem)
    chosen = tuple(s.chosen) if s.chosen is not None else None
    return s.display, chosen, tuple(sorted(s.sentence_wording.items()))


def set_section_view(briefing: Briefing, index: int, view: SectionView) -> SectionView:
    """Set how section ``index`` shows (summary or full, picked sentences, rewordings);
    return the previous view. Raise ValueError for an unknown display, IndexError for no
    such section."""
    display, chosen, wording = view
    if display not in SECTION_DISPLAYS:
        raise ValueError(f"display must be one of {', '.join(SECTION_DISPLAYS)}")
    previous = section_view(briefing, index)
    s = briefing.sections[index]
    s.display = "full" if display == "full" else "summary"
    s.chosen = list(chosen) if chosen is not None else None
    s.sentence_wording = dict(wording)
    return previous


def snapshot(briefing: Briefing) -> Briefing:
    """Return a copy of ``briefing`` that later edits do not reach.

    The copy follows the dataclass declarations: lists and mutable items are copied, the
    article and other frozen values are shared, so a snapshot of a large article is cheap.
    """
    return copy_of(briefing)


def _item(briefing: Briefing, kind: ItemKind, index: int) -> Item:
    """Return item ``index`` of ``kind``; raise IndexError when there is none."""
    items: list[Item] = items_of(briefing, kind)  # type: ignore[assignment]
    if not 0 <= index < len(items):
        raise IndexError(f"there is no {kind} item {index}; there are {len(items)}")
    return items[index]


def _non_blank(text: str, what: str) -> str:
    """Return ``text`` stripped; raise ValueError naming ``what`` when nothing is left."""
    stripped = text.strip()
    if not stripped:
        raise ValueError(f"{what} cannot be blank")
    return stripped
