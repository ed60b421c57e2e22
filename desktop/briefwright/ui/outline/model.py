"""The outline tree over the Briefing: sections (with their paragraphs), key facts, key actors
and the timeline's events."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette, QUndoCommand
from PySide6.QtWidgets import QApplication

from briefwright.draft.edits import ITEM_KINDS, ItemKind, as_item_kind, items_of
from briefwright.model.briefing import EventItem, FactItem, SectionItem
from briefwright.ui import commands
from briefwright.ui.outline import paragraphs as outline_paragraphs
from briefwright.ui.outline import rows as outline_rows
from briefwright.ui.outline.drag import MIME_TYPE, dragged_rows, rows_mime
from briefwright.ui.outline.paragraphs import is_checked
from briefwright.ui.outline.rows import ItemRowRole, KindRole, ParagraphsRole, section_parts
from briefwright.ui.workspace import Workspace

__all__ = ["MIME_TYPE", "ItemRowRole", "KindRole", "OutlineModel", "ParagraphsRole"]

# The kinds the user puts in order; the timeline runs in date order.
DRAGGABLE: tuple[ItemKind, ...] = ("sections", "facts", "actors")

# internalId: 0 for a group; 1 + group row for an item; _PARA_BASE + section key for a paragraph.
_PARA_BASE = 16

AnyIndex = QModelIndex | QPersistentModelIndex


class OutlineModel(QAbstractItemModel):
    """A tree of four groups whose rows are the Briefing's items, each checkable.

    Checking, renaming and drag-and-drop reordering are pushed onto the workspace's undo
    stack as commands; the model follows the workspace's signals, so undo and redo update it.
    """

    def __init__(self, workspace: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = workspace
        self._keys: dict[str, int] = {}
        self._key_rows: dict[int, int] = {}
        self._rebuild_keys()
        workspace.reset.connect(self._on_reset)
        workspace.itemChanged.connect(self._on_item_changed)
        workspace.drafted.connect(self._on_drafted)
        workspace.aboutToMove.connect(self._on_about_to_move)
        workspace.moved.connect(self._on_moved)
        self._follow_own_content(workspace)

    # --- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0 or self._ws.briefing is None:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(ITEM_KINDS) else QModelIndex()
        pid = parent.internalId()
        if pid == 0:
            kind = ITEM_KINDS[parent.row()]
            if row < len(items_of(self._ws.briefing, kind)):
                return self.createIndex(row, 0, 1 + parent.row())
            return QModelIndex()
        if pid == 1:
            section = self._ws.briefing.sections[parent.row()]
            if row < len(section.paragraphs):
                return self.createIndex(row, 0, _PARA_BASE + self._keys[section.id])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        iid = index.internalId()
        if iid == 0:
            return QModelIndex()
        if iid < _PARA_BASE:
            return self.createIndex(iid - 1, 0, 0)
        row = self._key_rows.get(iid - _PARA_BASE, -1)
        return self.createIndex(row, 0, 1) if row >= 0 else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        briefing = self._ws.briefing
        if briefing is None:
            return 0
        if not parent.isValid():
            return len(ITEM_KINDS)
        if parent.column() != 0:
            return 0
        iid = parent.internalId()
        if iid == 0:
            return len(items_of(briefing, ITEM_KINDS[parent.row()]))
        if iid == 1:
            return len(briefing.sections[parent.row()].paragraphs)
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    # --- content ---------------------------------------------------------------------------

    def kind_of(self, index: AnyIndex) -> str:
        """Return ``"group"``, ``"paragraph"`` or the item kind (``"sections"`` …) of an index."""
        if not index.isValid():
            return ""
        iid = index.internalId()
        if iid == 0:
            return "group"
        if iid < _PARA_BASE:
            return ITEM_KINDS[iid - 1]
        return "paragraph"

    def item_index(self, kind: str, row: int) -> QModelIndex:
        """Return the index of item ``row`` of ``kind``; invalid for an unknown kind or row."""
        if kind not in ITEM_KINDS:
            return QModelIndex()
        group = self.index(ITEM_KINDS.index(kind), 0)
        return self.index(row, 0, group)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        briefing = self._ws.briefing
        if briefing is None or not index.isValid():
            return None
        kind = self.kind_of(index)
        if kind == "group":
            return outline_rows.group_data(briefing, ITEM_KINDS[index.row()], role)
        if kind == "paragraph":
            section = briefing.sections[self._key_rows[index.internalId() - _PARA_BASE]]
            return outline_rows.paragraph_data(self._ws, section, index.row(), role)
        item = items_of(briefing, as_item_kind(kind))[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked
        if role == KindRole:
            return kind
        if role == ItemRowRole:
            return index.row()
        if role == Qt.ItemDataRole.ForegroundRole and not item.included:
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if isinstance(item, SectionItem):
            return outline_rows.section_data(item, role, section_parts(briefing), briefing)
        if isinstance(item, FactItem):
            return outline_rows.fact_data(item, index.row(), role, briefing)
        if isinstance(item, EventItem):
            return outline_rows.event_data(item, role, briefing)
        return outline_rows.actor_data(item, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        kind = self.kind_of(index)
        if kind == "group":
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if kind == "paragraph":
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEditable
            )
        if not kind:
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        if kind in DRAGGABLE:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if kind in ("sections", "facts", "events"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        kind = self.kind_of(index)
        if kind == "paragraph":
            section_row = self._key_rows[index.internalId() - _PARA_BASE]
            pid = self._ws.require().sections[section_row].paragraphs[index.row()]
            return outline_paragraphs.set_paragraph_data(self._ws, section_row, pid, value, role)
        if kind not in ITEM_KINDS:
            return False
        item_kind = as_item_kind(kind)
        row = index.row()
        stack = self._ws.undo_stack
        item = items_of(self._ws.require(), item_kind)[row]
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = is_checked(value)
            if checked == item.included:
                return False
            stack.push(commands.SetIncluded(self._ws, item_kind, row, checked))
            return True
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str) or not value.strip():
            return False
        text = value.strip()
        command: QUndoCommand | None = None
        if isinstance(item, FactItem) and text != item.text:
            command = commands.RewordFact(self._ws, row, text)
        elif isinstance(item, SectionItem) and text != item.heading:
            command = commands.RenameSection(self._ws, row, text)
        elif isinstance(item, EventItem) and text != item.text:
            command = commands.RewordEvent(self._ws, row, text)
        if command is None:
            return False
        # An edit in the tree is a step of its own, never merged with typing elsewhere.
        self._ws.end_merge_session()
        stack.push(command)
        self._ws.end_merge_session()
        return True

    # --- drag and drop ---------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if self.kind_of(i) in ITEM_KINDS})
        kinds = {self.kind_of(i) for i in indexes if self.kind_of(i) in ITEM_KINDS}
        return rows_mime(kinds, rows)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return self._drop_target(data, action, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        target = self._drop_target(data, action, row, parent)
        if target is None:
            return False
        kind, source, before = target
        group = self.index(ITEM_KINDS.index(kind), 0)
        return self.moveRows(group, source, 1, group, before)

    def moveRows(
        self,
        sourceParent: AnyIndex,
        sourceRow: int,
        count: int,
        destinationParent: AnyIndex,
        destinationChild: int,
    ) -> bool:
        """Move one item within its group as an undoable step; return whether anything moved.

        ``destinationChild`` is the row the item is put before, counted before the move.
        """
        if count != 1 or self.kind_of(sourceParent) != "group" or sourceParent != destinationParent:
            return False
        kind = ITEM_KINDS[sourceParent.row()]
        if kind not in DRAGGABLE:
            return False
        n = self.rowCount(sourceParent)
        if not (0 <= sourceRow < n and 0 <= destinationChild <= n):
            return False
        dest = destinationChild if destinationChild <= sourceRow else destinationChild - 1
        if dest == sourceRow:
            return False
        self._ws.undo_stack.push(commands.MoveItem(self._ws, kind, sourceRow, dest))
        return True

    def _drop_target(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: AnyIndex
    ) -> tuple[ItemKind, int, int] | None:
        """Return ``(kind, source row, row to insert before)`` for a valid drop, else None."""
        dragged = dragged_rows(data) if action == Qt.DropAction.MoveAction else None
        if dragged is None:
            return None
        kind, rows = dragged
        if kind not in DRAGGABLE or len(rows) != 1:
            return None
        target_kind = self.kind_of(parent)
        if target_kind == kind:  # dropped onto an item: put it before that item
            row, parent = parent.row(), parent.parent()
            target_kind = "group"
        if target_kind != "group" or ITEM_KINDS[parent.row()] != kind:
            return None
        n = self.rowCount(parent)
        before = n if row < 0 else min(row, n)
        source = int(rows[0])
        if not 0 <= source < n:
            return None
        item_kind = as_item_kind(kind)
        return item_kind, source, before

    # --- following the workspace -----------------------------------------------------------

    def _rebuild_keys(self) -> None:
        briefing = self._ws.briefing
        sections = briefing.sections if briefing is not None else []
        for s in sections:
            self._keys.setdefault(s.id, len(self._keys) + 1)
        self._key_rows = {self._keys[s.id]: row for row, s in enumerate(sections)}

    def _on_reset(self) -> None:
        self.beginResetModel()
        self._keys.clear()
        self._rebuild_keys()
        self.endResetModel()

    def _on_drafted(self) -> None:
        """Show again what every row prints: one pick can move a sentence, a heading or a
        key fact's number elsewhere."""
        briefing = self._ws.briefing
        if briefing is None:
            return
        for group, kind in enumerate(ITEM_KINDS):
            count = len(items_of(briefing, kind))
            if count:
                parent = self.index(group, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(count - 1, 0, parent))

    def _on_item_changed(self, kind: str, row: int) -> None:
        index = self.item_index(kind, row)
        self.dataChanged.emit(index, index)
        group = index.parent()
        self.dataChanged.emit(group, group)

    def _on_about_to_move(self, kind: str, source: int, dest: int) -> None:
        group = self.index(ITEM_KINDS.index(kind), 0)
        child = dest + 1 if dest > source else dest
        self.beginMoveRows(group, source, source, group, child)

    def _on_moved(self, kind: str, source: int, dest: int) -> None:
        self._rebuild_keys()
        self.endMoveRows()
        if kind == "facts":  # fact numbers shown in the tree follow the order
            group = self.index(ITEM_KINDS.index(kind), 0)
            first, last = min(source, dest), max(source, dest)
            self.dataChanged.emit(self.index(first, 0, group), self.index(last, 0, group))

    # --- following the analyst's own content -------------------------------------------------

    def _follow_own_content(self, ws: Workspace) -> None:
        ws.aboutToInsert.connect(lambda kind, a, b: self.beginInsertRows(self._group(kind), a, b))
        ws.inserted.connect(lambda kind, _a, _b: self._after_rows(kind, self.endInsertRows))
        ws.aboutToRemove.connect(lambda kind, a, b: self.beginRemoveRows(self._group(kind), a, b))
        ws.removed.connect(lambda kind, _a, _b: self._after_rows(kind, self.endRemoveRows))
        ws.paragraphAboutToInsert.connect(
            lambda row, pos: self.beginInsertRows(self.item_index("sections", row), pos, pos)
        )
        ws.paragraphInserted.connect(lambda _row, _pos: self.endInsertRows())
        ws.paragraphAboutToRemove.connect(
            lambda row, pos: self.beginRemoveRows(self.item_index("sections", row), pos, pos)
        )
        ws.paragraphRemoved.connect(lambda _row, _pos: self.endRemoveRows())
        ws.paragraphChanged.connect(self._on_paragraph_changed)

    def _group(self, kind: str) -> QModelIndex:
        return self.index(ITEM_KINDS.index(as_item_kind(kind)), 0)

    def _after_rows(self, kind: str, end: Any) -> None:
        self._rebuild_keys()
        end()
        group = self._group(kind)
        self.dataChanged.emit(group, group)
        if kind == "facts":  # the numbers shown follow the order
            last = self.rowCount(group) - 1
            if last >= 0:
                self.dataChanged.emit(self.index(0, 0, group), self.index(last, 0, group))

    def _on_paragraph_changed(self, row: int, pid: int) -> None:
        section_index = self.item_index("sections", row)
        paragraphs = self._ws.require().sections[row].paragraphs
        if pid in paragraphs:
            child = self.index(paragraphs.index(pid), 0, section_index)
            self.dataChanged.emit(child, child)
