"""The outline tree widget: check, drag to reorder, F2 or double-click to edit wording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from briefwright.ui.outline.model import DRAGGABLE, OutlineModel


class OutlineView(QTreeView):
    """A tree over an :class:`OutlineModel`, set up for reordering within each group."""

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outlineView")
        self.setAccessibleName("Briefing outline")
        self.setToolTip(
            "Tick what goes into the briefing; drag or Alt+Up/Down to reorder; F2 to edit wording"
        )
        self.setModel(model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setAnimated(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        model.modelReset.connect(self.expand_groups)

    @property
    def outline(self) -> OutlineModel:
        """Return the outline model shown."""
        model = self.model()
        assert isinstance(model, OutlineModel)
        return model

    def expand_groups(self) -> None:
        """Open the groups (sections keep their paragraphs folded)."""
        for row in range(self.outline.rowCount()):
            self.expand(self.outline.index(row, 0))
        if not self.currentIndex().isValid() and self.outline.rowCount():
            self.setCurrentIndex(self.outline.index(0, 0))

    def selected_item(self) -> tuple[str, int] | None:
        """Return ``(kind, row)`` of the selected section, fact, actor or event, or None."""
        index = self.currentIndex()
        kind = self.outline.kind_of(index)
        if kind in ("sections", "facts", "actors", "events"):
            return kind, index.row()
        if kind == "paragraph":
            return "sections", index.parent().row()
        return None

    def select_item(self, kind: str, row: int) -> None:
        """Select and show item ``row`` of ``kind``."""
        index = self.outline.item_index(kind, row)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def move_selected(self, step: int) -> bool:
        """Move the selected item up (``step`` -1) or down (+1); return whether it moved."""
        index = self.currentIndex()
        if self.outline.kind_of(index) not in DRAGGABLE:
            return False
        group = index.parent()
        row = index.row()
        target = row + step
        if not 0 <= target < self.outline.rowCount(group):
            return False
        kind = self.outline.kind_of(index)
        before = target if step < 0 else target + 1
        moved = self.outline.moveRows(group, row, 1, group, before)
        if moved:
            self.select_item(kind, target)
        return moved

    def toggle_selected(self) -> None:
        """Include or exclude the selected item."""
        index = self.currentIndex()
        if self.outline.kind_of(index) in ("sections", "facts", "actors", "events", "paragraph"):
            state = self.outline.data(index, Qt.ItemDataRole.CheckStateRole)
            checked = state == Qt.CheckState.Checked
            self.outline.setData(
                index,
                Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                Qt.ItemDataRole.CheckStateRole,
            )

    def edit_selected(self) -> None:
        """Start editing the selected heading or fact."""
        index = self.currentIndex()
        if index.isValid() and self.outline.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
