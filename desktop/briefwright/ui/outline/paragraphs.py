"""The paragraph rows under a section in the outline: ticked, left out, trimmed or reworded."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from briefwright.model.briefing import SectionItem
from briefwright.model.sources import SourceRef
from briefwright.ui.own import commands as own_commands
from briefwright.ui.text.plain_widgets import plain_tooltip
from briefwright.ui.workspace import Workspace

EXCERPT = 90


def paragraph_data(ws: Workspace, section: SectionItem, pid: int, role: int) -> Any:
    """Return what the outline shows for paragraph ``pid`` of ``section`` in ``role``.

    None for roles it has nothing for (the caller handles the custom roles).
    """
    included = pid not in section.left_out
    if role == Qt.ItemDataRole.CheckStateRole:
        return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
    if role == Qt.ItemDataRole.ForegroundRole and not included:
        return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    if role not in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.EditRole,
    ):
        return None
    briefing = ws.require()
    try:
        article_text = briefing.article_of(section.source).paragraph(pid).text
    except KeyError:
        article_text = ""
    mark = briefing.mark(SourceRef(section.source, pid))
    text = section.wording.get(pid) or article_text
    if role == Qt.ItemDataRole.EditRole:
        return text
    note = " (reworded)" if pid in section.wording else ""
    if role == Qt.ItemDataRole.ToolTipRole:
        return plain_tooltip(f"{mark}{note}: {text}\nSpace leaves it out; F2 rewords it.")
    flat = " ".join(text.split())
    excerpt = flat if len(flat) <= EXCERPT else flat[:EXCERPT].rstrip() + "…"
    return f"{mark}  {excerpt}"


def set_paragraph_data(ws: Workspace, row: int, pid: int, value: Any, role: int) -> bool:
    """Push the step that ticks, unticks or rewords paragraph ``pid`` of section ``row``.

    Return whether a step was pushed. Wording equal to the article's restores it.
    """
    section = ws.require().sections[row]
    if role == Qt.ItemDataRole.CheckStateRole:
        checked = is_checked(value)
        if checked == (pid not in section.left_out):
            return False
        ws.undo_stack.push(own_commands.SetParagraphIncluded(ws, row, pid, checked))
        return True
    if role != Qt.ItemDataRole.EditRole or not isinstance(value, str) or not value.strip():
        return False
    text = value.strip()
    article_text = ws.require().article_of(section.source).paragraph(pid).text
    current = section.wording.get(pid) or article_text
    if text == current.strip():
        return False
    original = article_text.strip()
    ws.undo_stack.push(
        own_commands.RewordParagraph(ws, row, pid, None if text == original else text)
    )
    return True


def is_checked(value: Any) -> bool:
    """Return whether a CheckStateRole value means checked (views pass ints or enums)."""
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    try:
        return int(value) == Qt.CheckState.Checked.value
    except (TypeError, ValueError):
        return bool(value)
