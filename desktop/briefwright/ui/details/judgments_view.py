"""The key judgments' table: each column whole, the statement taking the rest of the width."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from briefwright.ui.details.choice_delegate import ChoiceDelegate
from briefwright.ui.details.judgments_model import (
    COL_CONFIDENCE,
    COL_LIKELIHOOD,
    COL_STATEMENT,
    COL_SUPPORT,
    JudgmentsModel,
)


def judgments_view(model: JudgmentsModel) -> QTableView:
    """Return the table over ``model``, likelihood and confidence edited by drop-downs."""
    view = QTableView()
    view.setObjectName("judgmentsView")
    view.setAccessibleName("Key judgments")
    view.setToolTip("Each judgment with its likelihood and confidence")
    view.setModel(model)
    view.setCornerButtonEnabled(False)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    choices = ChoiceDelegate(model.choices, view)
    for column in (COL_LIKELIHOOD, COL_CONFIDENCE):
        view.setItemDelegateForColumn(column, choices)
    header = view.horizontalHeader()
    header.setAccessibleName("Judgment columns")
    header.setToolTip("Judgment, likelihood, confidence, supporting paragraphs")
    # The statement takes what the other columns, each as wide as its widest value,
    # leave: every column shows whole, with no sideways scrolling.
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_STATEMENT, QHeaderView.ResizeMode.Stretch)
    for column in (COL_LIKELIHOOD, COL_CONFIDENCE, COL_SUPPORT):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    view.setMinimumHeight(110)
    return view
