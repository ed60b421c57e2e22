"""The Sources pane: the list of a briefing's sources, a grade drop-down, Remove."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefwright.draft.edits import short_label
from briefwright.draft.merge.removal import remove_source
from briefwright.model.sources import GRADES
from briefwright.ui.settings import Settings
from briefwright.ui.sources.commands import ReplaceBriefing
from briefwright.ui.sources.list_model import (
    COL_DATE,
    COL_GRADE,
    COL_ID,
    COL_OUTLET,
    COL_TITLE,
    SourceIdRole,
    SourcesModel,
    grade_label,
)
from briefwright.ui.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex


class GradeDelegate(QStyledItemDelegate):
    """Edits a grade with a drop-down of the six Admiralty grades; a pick is kept at once."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("gradeEditor")
        combo.setAccessibleName("Reliability grade")
        for grade in GRADES:
            combo.addItem(grade_label(grade), grade)
        combo.activated.connect(lambda _row: self._commit(combo))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class SourcesPane(QWidget):
    """The sources of the open briefing (``sourcesList``) with Remove (``removeSourceButton``).

    ``sourceChosen(sid)`` is emitted when the user selects a source (the article pane shows
    it). Removing a source is one undoable step; the only source cannot be removed.
    """

    sourceChosen = Signal(str)

    def __init__(self, workspace: Workspace, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourcesBox")
        self._ws = workspace
        self.model = SourcesModel(workspace, settings.set_outlet_grade, self)
        view = QTableView()
        view.setObjectName("sourcesList")
        view.setAccessibleName("Sources")
        view.setToolTip(
            "The articles this briefing draws on; double-click an outlet or a grade to edit it"
        )
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setItemDelegateForColumn(COL_GRADE, GradeDelegate(view))
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setAccessibleName("Source columns")
        header.setToolTip("Source, title, outlet, date and reliability grade")
        for column, mode in (
            (COL_ID, QHeaderView.ResizeMode.ResizeToContents),
            (COL_TITLE, QHeaderView.ResizeMode.Interactive),
            (COL_OUTLET, QHeaderView.ResizeMode.Interactive),
            (COL_DATE, QHeaderView.ResizeMode.ResizeToContents),
            (COL_GRADE, QHeaderView.ResizeMode.ResizeToContents),
        ):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(True)
        header.resizeSection(COL_TITLE, 130)
        header.resizeSection(COL_OUTLET, 100)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
        self.view = view
        self.remove_button = QPushButton("&Remove Source")
        self.remove_button.setObjectName("removeSourceButton")
        self.remove_button.setToolTip("Take the selected source out of the briefing (undoable)")
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(6, 2, 6, 4)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(view, 1)
        layout.addLayout(buttons)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        self.model.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def selected_source(self) -> str | None:
        """Return the id of the selected source, or None."""
        index = self.view.currentIndex()
        return index.data(SourceIdRole) if index.isValid() else None

    def select_source(self, sid: str) -> None:
        """Select source ``sid``'s row (without showing it again)."""
        row = self.model.row_of(sid)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.blockSignals(True)
            self.view.selectRow(row)
            self.view.blockSignals(False)

    def remove_selected(self) -> bool:
        """Take the selected source out of the briefing as one undoable step; return whether
        one was taken out."""
        sid = self.selected_source()
        briefing = self._ws.briefing
        if sid is None or briefing is None or not briefing.several_sources:
            return False
        title = briefing.source(sid).title or sid
        after = remove_source(briefing, sid)
        self._ws.undo_stack.push(
            ReplaceBriefing(self._ws, after, f"Remove source {sid} ‘{short_label(title)}’")
        )
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_enabled()
        sid = current.data(SourceIdRole) if current.isValid() else None
        if isinstance(sid, str):
            self.sourceChosen.emit(sid)

    def _update_enabled(self) -> None:
        briefing = self._ws.briefing
        several = briefing is not None and briefing.several_sources
        self.remove_button.setEnabled(several and self.view.currentIndex().isValid())
