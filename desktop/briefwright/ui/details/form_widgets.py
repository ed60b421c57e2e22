"""Widgets the details panel's forms are made of: narrow drop-downs and checkable lists."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QListView

from briefwright.ui.details.check_list_model import CheckListModel


def drop_down(name: str, accessible: str, tip: str) -> QComboBox:
    """Return a drop-down named ``name`` that may be narrower than its longest choice: the
    column may be narrow."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setAccessibleName(accessible)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def check_list(name: str, accessible: str, model: CheckListModel) -> QListView:
    """Return a list view of ``model``'s checkable rows, named ``name`` and ``accessible``."""
    view = QListView()
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.setToolTip(accessible)
    view.setMinimumHeight(90)
    return view
