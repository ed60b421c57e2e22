"""The dialog that picks the fact to merge the selected fact with."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from briefwright.draft.merge_by_hand import Partner, partner_matches
from briefwright.ui.text.plain_widgets import plain_label

_JOINS_REFERENCES = "Of other sources: one fact with both facts' references"
_JOINS_WORDS = "Shares a source or cites none: one fact worded as both"


class MergeChooser(QDialog):
    """A list of the facts the selected fact can merge with, a filter over it, OK and Cancel.

    OK stays disabled until a fact is picked; a double click picks and accepts; Esc cancels.
    """

    def __init__(self, parent: QWidget | None, first: str, partners: Sequence[Partner]) -> None:
        super().__init__(parent)
        self.setObjectName("mergeWithDialog")
        self.setWindowTitle("Merge with Fact")
        self.setMinimumWidth(560)
        self._partners = list(partners)
        layout = QVBoxLayout(self)
        heading = plain_label(f"Merge {first} with:")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.filter = QLineEdit()
        self.filter.setObjectName("mergeFilterEdit")
        self.filter.setAccessibleName("Filter facts")
        self.filter.setPlaceholderText("Filter by words or reference (S2 ¶3)")
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("mergePartnerList")
        self.list.setAccessibleName("Facts to merge with")
        for partner in self._partners:
            item = QListWidgetItem(partner.label)
            item.setData(Qt.ItemDataRole.UserRole, partner.row)
            item.setToolTip(_JOINS_REFERENCES if partner.other_sources else _JOINS_WORDS)
            self.list.addItem(item)
        heading.setBuddy(self.list)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None
        self.ok: QPushButton = ok
        self.ok.setEnabled(False)
        self.list.itemSelectionChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.setFocus()

    def chosen(self) -> int | None:
        """Return the row of the fact picked (among those the filter shows), or None."""
        picked = [item for item in self.list.selectedItems() if not item.isHidden()]
        return int(picked[0].data(Qt.ItemDataRole.UserRole)) if picked else None

    def _apply_filter(self, query: str) -> None:
        for n, partner in enumerate(self._partners):
            item = self.list.item(n)
            hidden = not partner_matches(partner, query)
            item.setHidden(hidden)
            if hidden and item.isSelected():
                item.setSelected(False)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        """Close with the fact picked; without one (a double click on nothing) stay open."""
        if self.chosen() is not None:
            super().accept()
