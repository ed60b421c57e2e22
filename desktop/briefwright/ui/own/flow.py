"""The window's commands for the analyst's own content, wired to the desk actions."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMenu, QWidget

from briefwright.draft import own_content as own
from briefwright.draft.edits import Item, ItemKind, section_view, short_label
from briefwright.draft.merge_by_hand import fact_label, merge_partners, merge_steps
from briefwright.draft.printplan import home_section, picked_with
from briefwright.draft.same_fact import same_fact
from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.ui.article.source_view import SourceView
from briefwright.ui.commands import MoveItem, SetIncluded, SetSectionView
from briefwright.ui.outline.view import OutlineView
from briefwright.ui.own import dialogs as own_dialogs
from briefwright.ui.own.commands import (
    AddEvent,
    AddItem,
    AddParagraph,
    ReplaceFacts,
    SetSectionText,
)
from briefwright.ui.text.plain_widgets import show_error
from briefwright.ui.workspace import Workspace


class OwnContentFlow(QObject):
    """Adds, splits and merges items as undoable steps; asks through :mod:`own_dialogs`."""

    def __init__(
        self, window: QWidget, workspace: Workspace, outline: OutlineView, source: SourceView
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._outline = outline
        self._source = source

    def _selected(self, kind: str) -> int | None:
        """Return the row of the selected item of ``kind`` (a paragraph counts as its section)."""
        chosen = self._outline.selected_item()
        return chosen[1] if chosen is not None and chosen[0] == kind else None

    def _add(self, kind: ItemKind, index: int, item: Item) -> None:
        self._ws.undo_stack.push(AddItem(self._ws, kind, index, item))
        self._outline.select_item(kind, index)

    def add_fact(self) -> None:
        """Ask for a fact of one's own and add it after the selected fact (or at the end).

        Its reference starts as "your own": a fact the analyst writes cites a paragraph only
        when the analyst picks one.
        """
        briefing = self._ws.briefing
        if briefing is None:
            return
        answer = own_dialogs.ask_fact(self._window, briefing.lead_article, NO_PARAGRAPH)
        if answer is None:
            return
        row = self._selected("facts")
        index = len(briefing.facts) if row is None else row + 1
        self._add("facts", index, own.own_fact(briefing, *answer))

    def add_section(self) -> None:
        """Ask for a section of one's own and add it after the selected section."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        answer = own_dialogs.ask_section(self._window)
        if answer is None:
            return
        row = self._selected("sections")
        index = len(briefing.sections) if row is None else row + 1
        self._add("sections", index, own.own_section(briefing, *answer))

    def edit_own_paragraphs(self) -> None:
        """Ask for one's own paragraphs in the selected section (they close the section)."""
        row = self._selected("sections")
        briefing = self._ws.briefing
        if briefing is None or row is None:
            return
        section = briefing.sections[row]
        text = own_dialogs.ask_paragraphs(self._window, section.heading, section.text)
        if text is not None and text.strip() != section.text:
            self._ws.undo_stack.push(SetSectionText(self._ws, row, text))

    def add_actor(self) -> None:
        """Ask for an actor and add it after the selected actor (or at the end)."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        answer = own_dialogs.ask_actor(self._window)
        if answer is None:
            return
        row = self._selected("actors")
        index = len(briefing.actors) if row is None else row + 1
        self._add("actors", index, own.own_actor(briefing, *answer))

    def add_event(self) -> None:
        """Ask for a dated event and put it into the timeline in date order."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        where = self._source.paragraph_at_cursor()
        answer = own_dialogs.ask_event(
            self._window, briefing.lead_article, where[0] if where else NO_PARAGRAPH
        )
        if answer is None:
            return
        try:
            event = own.own_event(briefing, *answer)
        except ValueError as exc:
            show_error(
                self._window, "Event not added", "The event was not added.", str(exc)
            )
            return
        index = own.event_position(briefing, event)
        self._ws.undo_stack.push(AddEvent(self._ws, index, event))

    def use_as_fact(self) -> None:
        """Make the article text selected (its first paragraph's part) a fact, in reading order.

        When a fact already says it (the same sentence, the same words), that fact is ticked
        and selected instead: the briefing never holds the same fact twice.
        """
        briefing = self._ws.briefing
        spans = self._source.selected_spans()
        if briefing is None or not spans:
            return
        span = spans[0]
        try:
            fact = own.fact_from_selection(briefing, span.paragraph, span.start, span.end)
        except ValueError:
            return
        held = same_fact(briefing, fact)
        if held is not None:
            if not briefing.facts[held].included:
                self._ws.undo_stack.push(SetIncluded(self._ws, "facts", held, True))
            self._outline.select_item("facts", held)
            return
        index = next(
            (
                i
                for i, f in enumerate(briefing.facts)
                if (f.paragraph, f.sentence) > (fact.paragraph, fact.sentence)
            ),
            len(briefing.facts),
        )
        self._add("facts", index, fact)

    def section_menu(self, parent: QWidget) -> QMenu:
        """Return a menu of the sections; choosing one adds the selected paragraphs to it."""
        menu = QMenu("Add Selection to Se&ction", parent)
        menu.setObjectName("addToSectionMenu")
        briefing = self._ws.briefing
        for row, section in enumerate(briefing.sections if briefing is not None else []):
            item = menu.addAction(section.heading.replace("&", "&&"))
            item.triggered.connect(lambda _checked=False, r=row: self.add_to_section(r))
        menu.setEnabled(bool(self._source.selected_spans()) and not menu.isEmpty())
        return menu

    def choose_section(self) -> None:
        """Show the menu of sections at the article's cursor, to add the selection to one."""
        menu = self.section_menu(self._window)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rect = self._source.cursorRect()
        menu.popup(self._source.viewport().mapToGlobal(rect.bottomLeft()))

    def add_to_section(self, row: int) -> None:
        """Add the article paragraphs holding the selection to section ``row``."""
        briefing = self._ws.briefing
        if briefing is None or not 0 <= row < len(briefing.sections):
            return
        section = briefing.sections[row]
        new = [s.paragraph for s in self._source.selected_spans()]
        new = [p for p in dict.fromkeys(new) if p not in section.paragraphs]
        if not new:
            return
        stack = self._ws.undo_stack
        stack.beginMacro(f"Add {len(new)} paragraph(s) to ‘{section.heading}’")
        for pid in new:
            stack.push(AddParagraph(self._ws, row, pid))
        stack.endMacro()

    def split_fact(self) -> None:
        """Put the selected fact's parts in its place: one fact per source for a fact several
        sources carry, else the parts the user cuts its wording into."""
        row = self._selected("facts")
        briefing = self._ws.briefing
        if briefing is None or row is None:
            return
        fact = briefing.facts[row]
        if fact.also:
            # A fact several sources carry splits into one fact for each.
            parts = own.split_by_source(briefing, fact)
            text = f"Split fact {row + 1} by source in {len(parts)}"
        else:
            answer = own_dialogs.ask_split(self._window, fact.text)
            if answer is None:
                return
            try:
                parts = own.split_fact(fact, own.split_points(answer), briefing)
            except ValueError:
                return
            text = f"Split fact {row + 1} in {len(parts)}"
        self._ws.undo_stack.push(ReplaceFacts(self._ws, row, 1, parts, text))
        self._outline.select_item("facts", row)

    def print_in_section(self) -> None:
        """Print the selected key fact in its section's summary instead: one undoable step
        that unticks the fact and adds its sentence to the section's pick."""
        row = self._selected("facts")
        briefing = self._ws.briefing
        if briefing is None or row is None:
            return
        home = home_section(briefing, row)
        if home is None:
            return
        fact, section = briefing.facts[row], briefing.sections[home]
        display, _, wording = section_view(briefing, home)
        stack = self._ws.undo_stack
        stack.beginMacro(f"Print ‘{short_label(fact.text)}’ in ‘{short_label(section.heading)}’")
        stack.push(SetIncluded(self._ws, "facts", row, False))
        view = (display, picked_with(section, fact.id), wording)
        stack.push(SetSectionView(self._ws, home, view, "Pick the sentence"))
        stack.endMacro()

    def merge_facts(self) -> None:
        """Merge the selected fact with the one after it (of another source: one fact with
        both sources' references)."""
        row = self._selected("facts")
        briefing = self._ws.briefing
        if briefing is None or row is None or row + 1 >= len(briefing.facts):
            return
        merged = own.merge_facts(briefing.facts[row], briefing.facts[row + 1], briefing)
        text = f"Merge facts {row + 1} and {row + 2}"
        self._ws.undo_stack.push(ReplaceFacts(self._ws, row, 2, [merged], text))
        self._outline.select_item("facts", row)

    def merge_with_fact(self) -> None:
        """Ask for another fact and merge it into the selected one wherever it stands: one
        undoable step that brings it next to the selected fact and joins the two there."""
        row = self._selected("facts")
        briefing = self._ws.briefing
        if briefing is None or row is None or len(briefing.facts) < 2:
            return
        first = fact_label(briefing.facts[row], briefing)
        chosen = own_dialogs.ask_merge_partner(self._window, first, merge_partners(briefing, row))
        if chosen is None or chosen == row:
            return
        steps = merge_steps(briefing, row, chosen)
        stack = self._ws.undo_stack
        stack.beginMacro(f"Merge facts {row + 1} and {chosen + 1}")
        if steps.move is not None:
            stack.push(MoveItem(self._ws, "facts", *steps.move))
        # Built after the move: it keeps the two facts as they stand next to each other.
        stack.push(ReplaceFacts(self._ws, steps.at, 2, [steps.merged], "Merge facts"))
        stack.endMacro()
        self._outline.select_item("facts", steps.at)
