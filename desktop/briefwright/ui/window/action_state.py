"""Which edit actions apply to what is selected: an action that cannot apply is disabled."""

from __future__ import annotations

from dataclasses import dataclass

_ITEMS = ("sections", "facts", "actors", "events")
# The timeline runs in date order: events are not moved by hand.
_MOVABLE = ("sections", "facts", "actors")


@dataclass(frozen=True)
class EditState:
    """Whether each outline and selection action applies now."""

    toggle: bool
    rename: bool
    move_up: bool
    move_down: bool
    own_paragraphs: bool
    split: bool
    merge: bool
    merge_any: bool
    use_as_fact: bool
    add_to_section: bool


def edit_state(kind: str, row: int, count: int, text_selected: bool) -> EditState:
    """Return what applies to outline row ``row`` of ``count`` rows of ``kind``.

    ``kind`` is what :meth:`OutlineModel.kind_of` returns for the current row (``""`` when
    none); ``text_selected`` whether text is selected in the article.
    """
    item = kind in _ITEMS
    movable = kind in _MOVABLE
    return EditState(
        toggle=item or kind == "paragraph",
        rename=kind in ("sections", "facts", "events", "paragraph"),
        move_up=movable and row > 0,
        move_down=movable and row < count - 1,
        own_paragraphs=kind in ("sections", "paragraph"),
        split=kind == "facts",
        merge=kind == "facts" and row < count - 1,
        merge_any=kind == "facts" and count > 1,
        use_as_fact=text_selected,
        add_to_section=text_selected,
    )
