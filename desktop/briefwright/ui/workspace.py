"""The open briefing, where it lives on disk, its undo stack, and signals for every change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefwright.draft import credibility, edits, own_content, source_edits
from briefwright.draft.dating import DatesState, dates_state, restore_dates, set_article_date
from briefwright.draft.edits import Item, ItemKind, MetaField, TextField
from briefwright.draft.printplan import redraft
from briefwright.model.briefing import Briefing, EventItem, FactItem, Judgment

FIELD_NAMES: tuple[str, ...] = (
    *edits.META_FIELDS,
    *edits.TEXT_FIELDS,
    "template",
    *edits.PART_FIELDS,
    *edits.SWITCHES,
)


class Workspace(QObject):
    """Holds the Briefing the window edits; every change goes through ``apply_*`` here.

    Commands on :attr:`undo_stack` call the ``apply_*`` methods, which change the Briefing
    through :mod:`briefwright.draft.edits` and announce the change, so views and the preview
    follow the undo stack without knowing about it.
    """

    reset = Signal()
    itemChanged = Signal(str, int)
    aboutToMove = Signal(str, int, int)
    moved = Signal(str, int, int)
    fieldChanged = Signal(str)
    changed = Signal()
    # After every change, drafting has written again what prints (headings, the bottom line,
    # where each item prints): views that show it read it again.
    drafted = Signal()
    pathChanged = Signal()
    # (kind, first, last) around items added to or taken out of a list.
    aboutToInsert = Signal(str, int, int)
    inserted = Signal(str, int, int)
    aboutToRemove = Signal(str, int, int)
    removed = Signal(str, int, int)
    # (section row, position) around an article paragraph added to or taken out of a section.
    paragraphAboutToInsert = Signal(int, int)
    paragraphInserted = Signal(int, int)
    paragraphAboutToRemove = Signal(int, int)
    paragraphRemoved = Signal(int, int)
    # (section row, paragraph id) after a paragraph was left out, taken back or reworded.
    paragraphChanged = Signal(int, int)
    # After a source was added, taken out, renamed or graded (the sources list follows).
    sourcesChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.briefing: Briefing | None = None
        self.project_path: Path | None = None
        self.source_path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self._merge_session = 0
        self._revision = 0
        # True while :meth:`apply_briefing` announces the briefing it put in place: the same
        # document, changed (what follows a newly opened one, such as autosave, stands by).
        self.replacing = False

    def set_briefing(
        self, briefing: Briefing, *, project_path: Path | None, source_path: Path | None
    ) -> None:
        """Replace the open briefing; the undo history starts afresh and is clean."""
        redraft(briefing)
        self.briefing = briefing
        self.project_path = project_path
        self.source_path = source_path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.reset.emit()
        self.sourcesChanged.emit()
        self.pathChanged.emit()
        self._drafted()

    @property
    def revision(self) -> int:
        """Return the number of changes announced so far (it grows with every edit, undo,
        redo and briefing put in place): work done on a copy of the briefing tells by it
        whether the briefing was changed meanwhile."""
        return self._revision

    def _drafted(self) -> None:
        """Draft again what the briefing prints, then announce the change."""
        self._revision += 1
        if self.briefing is not None:
            redraft(self.briefing)
        self.drafted.emit()
        self.changed.emit()

    def apply_briefing(self, briefing: Briefing) -> Briefing:
        """Put ``briefing`` in the place of the open one (sources added or taken out) and
        return the one it replaces; unlike :meth:`set_briefing`, the undo history stays."""
        previous = self.require()
        self.briefing = briefing
        self.replacing = True
        try:
            self.reset.emit()
        finally:
            self.replacing = False
        self.sourcesChanged.emit()
        self._drafted()
        return previous

    def apply_source_field(self, sid: str, name: str, value: str) -> str:
        """Set source ``sid``'s ``outlet`` or ``grade``; return the previous value. Raise
        ValueError for another name or a grade that is not A–F."""
        briefing = self.require()
        if name == "outlet":
            previous = source_edits.set_outlet(briefing, sid, value)
        elif name == "grade":
            previous = source_edits.set_grade(briefing, sid, value)
        else:
            raise ValueError(f"a source has no field {name!r} to set")
        self.sourcesChanged.emit()
        self._drafted()
        return previous

    def set_project_path(self, path: Path) -> None:
        """Record that the briefing now lives in project file ``path`` (after Save As)."""
        self.project_path = path
        self.pathChanged.emit()

    def require(self) -> Briefing:
        """Return the open briefing; raise RuntimeError when none is open yet."""
        if self.briefing is None:
            raise RuntimeError("no briefing is open")
        return self.briefing

    @property
    def merge_session(self) -> int:
        """Return the number that groups consecutive typing in one field into one undo step."""
        return self._merge_session

    def end_merge_session(self) -> None:
        """Start a new undo step for the next typing, even in the same field."""
        self._merge_session += 1

    def apply_included(self, kind: ItemKind, index: int, included: bool) -> bool:
        """Include or exclude an item; return the previous value."""
        previous = edits.set_included(self.require(), kind, index, included)
        self.itemChanged.emit(kind, index)
        self._drafted()
        return previous

    def apply_move(self, kind: ItemKind, source: int, dest: int) -> None:
        """Move item ``source`` of ``kind`` to position ``dest``."""
        briefing = self.require()
        self.aboutToMove.emit(kind, source, dest)
        edits.move_item(briefing, kind, source, dest)
        self.moved.emit(kind, source, dest)
        self._drafted()

    def apply_fact_text(self, index: int, text: str) -> str:
        """Reword fact ``index``; return the previous wording."""
        previous = edits.set_fact_text(self.require(), index, text)
        self.itemChanged.emit("facts", index)
        self._drafted()
        return previous

    def apply_event_text(self, index: int, text: str) -> str:
        """Reword event ``index`` of the timeline; return the previous wording."""
        previous = edits.set_event_text(self.require(), index, text)
        self.itemChanged.emit("events", index)
        self._drafted()
        return previous

    def apply_fact_reference(self, index: int, paragraph: int, sentence: int) -> tuple[int, int]:
        """Make fact ``index`` cite ``paragraph`` and ``sentence``; return what it cited."""
        previous = edits.set_fact_reference(self.require(), index, paragraph, sentence)
        self.itemChanged.emit("facts", index)
        self._drafted()
        return previous

    def apply_fact_credibility(self, index: int, value: str) -> str:
        """Set fact ``index``'s credibility (1–6, or "" as proposed); return the previous."""
        previous = credibility.set_credibility(self.require(), index, value)
        self.itemChanged.emit("facts", index)
        self._drafted()
        return previous

    def apply_heading(self, index: int, text: str) -> str:
        """Rename section ``index``; return the previous heading."""
        previous = edits.set_heading(self.require(), index, text)
        self.itemChanged.emit("sections", index)
        self._drafted()
        return previous

    def apply_section_text(self, index: int, text: str) -> str:
        """Set the analyst's own paragraphs of section ``index``; return the previous text."""
        previous = own_content.set_section_text(self.require().sections[index], text)
        self.itemChanged.emit("sections", index)
        self._drafted()
        return previous

    def apply_insert(self, kind: ItemKind, index: int, items: list[Item]) -> None:
        """Put ``items`` into the list of ``kind`` from position ``index`` on."""
        briefing = self.require()
        self.aboutToInsert.emit(kind, index, index + len(items) - 1)
        for offset, item in enumerate(items):
            own_content.insert_item(briefing, kind, index + offset, item)
        self.inserted.emit(kind, index, index + len(items) - 1)
        self._drafted()

    def apply_remove(self, kind: ItemKind, index: int, count: int) -> list[Item]:
        """Take ``count`` items of ``kind`` out from position ``index``; return them."""
        briefing = self.require()
        self.aboutToRemove.emit(kind, index, index + count - 1)
        taken = [own_content.remove_item(briefing, kind, index) for _ in range(count)]
        self.removed.emit(kind, index, index + count - 1)
        self._drafted()
        return taken

    def apply_replace_facts(self, index: int, count: int, facts: list[FactItem]) -> list[Item]:
        """Put ``facts`` in place of the ``count`` facts from ``index``; return those replaced."""
        taken = self.apply_remove("facts", index, count)
        self.apply_insert("facts", index, list(facts))
        return taken

    def apply_event(self, index: int, event: EventItem | None) -> None:
        """Put ``event`` into the timeline at ``index``, or (None) take the one there out."""
        if event is None:
            self.apply_remove("events", index, 1)
        else:
            self.apply_insert("events", index, [event])

    def apply_section_paragraph(self, row: int, paragraph: int, add: bool) -> None:
        """Add article ``paragraph`` to section ``row`` or take it out again."""
        section = self.require().sections[row]
        if add:
            if paragraph in section.paragraphs:
                return
            pos = sum(1 for p in section.paragraphs if p < paragraph)
            self.paragraphAboutToInsert.emit(row, pos)
            own_content.add_paragraph(section, paragraph)
            self.paragraphInserted.emit(row, pos)
        else:
            pos = section.paragraphs.index(paragraph)
            self.paragraphAboutToRemove.emit(row, pos)
            own_content.remove_paragraph(section, paragraph)
            self.paragraphRemoved.emit(row, pos)
        self.itemChanged.emit("sections", row)
        self._drafted()

    def apply_paragraph_included(self, row: int, paragraph: int, included: bool) -> bool:
        """Leave out or take back a paragraph of section ``row``; return whether it was in."""
        section = self.require().sections[row]
        was = own_content.set_paragraph_included(section, paragraph, included)
        self.paragraphChanged.emit(row, paragraph)
        self._drafted()
        return was

    def apply_paragraph_wording(self, row: int, paragraph: int, text: str | None) -> str | None:
        """Reword a paragraph of section ``row`` (None: the article's words); return the old."""
        section = self.require().sections[row]
        previous = own_content.set_paragraph_wording(section, paragraph, text)
        self.paragraphChanged.emit(row, paragraph)
        self._drafted()
        return previous

    def field(self, name: str) -> str | bool:
        """Return the value of a details field (title-block field, text, template or appendix)."""
        briefing = self.require()
        if name in edits.META_FIELDS:
            value: str | bool = getattr(briefing.meta, name)
            return value
        if name in FIELD_NAMES:
            value = getattr(briefing, name)
            return value
        raise ValueError(f"unknown field {name!r}")

    def apply_field(self, name: str, value: str | bool) -> str | bool:
        """Set a details field; return its previous value. Raise ValueError for an unknown one."""
        briefing = self.require()
        previous: str | bool
        if name in edits.META_FIELDS:
            previous = edits.set_meta(briefing, _meta(name), str(value))
        elif name in edits.TEXT_FIELDS:
            previous = edits.set_text(briefing, _text(name), str(value))
        elif name == "template":
            previous = edits.set_template(briefing, str(value))
        elif name in edits.SWITCHES:
            previous = edits.set_switch(briefing, name, bool(value))
        elif name in edits.PART_FIELDS:
            previous = edits.set_part_field(briefing, name, str(value))
        else:
            raise ValueError(f"unknown field {name!r}")
        self.fieldChanged.emit(name)
        self._drafted()
        return previous


    def apply_article_date(self, day: date | None) -> DatesState:
        """Give the article another date and resolve every date again; return what it was.
        Raise ValueError when the briefing's date phrases are not its article's."""
        briefing = self.require()
        previous = dates_state(briefing)
        set_article_date(briefing, day)
        self.fieldChanged.emit("article_date")
        self._drafted()
        return previous

    def restore_article_date(self, state: DatesState) -> None:
        """Put back the article date, date phrases and events of ``state``."""
        restore_dates(self.require(), state)
        self.fieldChanged.emit("article_date")
        self._drafted()

    def apply_judgments(self, judgments: tuple[Judgment, ...]) -> tuple[Judgment, ...]:
        """Replace the key judgments; return the previous ones."""
        previous = edits.set_judgments(self.require(), judgments)
        self.fieldChanged.emit("judgments")
        self._drafted()
        return previous

    def apply_omitted(self, keys: tuple[str, ...]) -> tuple[str, ...]:
        """Set which template parts are left out; return the previous keys."""
        previous = edits.set_omitted(self.require(), keys)
        self.fieldChanged.emit("omitted_parts")
        self._drafted()
        return previous

    def apply_section_view(self, index: int, view: edits.SectionView) -> edits.SectionView:
        """Set how section ``index`` shows; return the previous view."""
        previous = edits.set_section_view(self.require(), index, view)
        self.itemChanged.emit("sections", index)
        self.fieldChanged.emit("sections")
        self._drafted()
        return previous


def _meta(name: str) -> MetaField:
    for f in edits.META_FIELDS:
        if f == name:
            return f
    raise ValueError(name)


def _text(name: str) -> TextField:
    for f in edits.TEXT_FIELDS:
        if f == name:
            return f
    raise ValueError(name)
