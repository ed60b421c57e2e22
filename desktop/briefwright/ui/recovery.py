"""Offering, at start, to recover the briefings a crashed session left unsaved."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefwright.model.errors import BriefwrightError
from briefwright.store.autosave import AutosaveEntry, discard, list_recoverable, load_autosave
from briefwright.ui.plain import message_box, show_error

if TYPE_CHECKING:
    from briefwright.ui.main_window import MainWindow


class Choice(Enum):
    """What the user answered to "Recover unsaved briefing?"."""

    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


def describe(entry: AutosaveEntry) -> str:
    """Return the lines that tell the user which work an autosave holds."""
    when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
    lines = [
        f"Title: {entry.title or 'Untitled'}",
        f"Original file: {entry.original or 'none (never saved)'}",
        f"Autosaved: {when}",
    ]
    return "\n".join(lines)


def ask_recovery(parent: QWidget | None, entry: AutosaveEntry) -> Choice:
    """Ask whether to recover ``entry``; return the choice (Later when the box is closed).

    Every text is plain: a title or a path from an article is never read as markup.
    """
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        "Recover unsaved briefing?",
        "Recover unsaved briefing?",
        "Briefwright did not close normally, and a briefing had changes that were not saved.\n\n"
        + describe(entry),
    )
    box.setObjectName("recoveryDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    recover = box.addButton("&Recover", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    later = box.addButton("&Later", QMessageBox.ButtonRole.RejectRole)
    for button, tip in (
        (recover, "Open the unsaved briefing as it was last autosaved"),
        (discard, "Delete the autosave; the unsaved changes are lost"),
        (later, "Keep the autosave and ask again at the next start"),
    ):
        button.setToolTip(tip)
    box.setDefaultButton(recover)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    role = box.buttonRole(clicked) if clicked is not None else None
    if role == QMessageBox.ButtonRole.AcceptRole:
        return Choice.RECOVER
    if role == QMessageBox.ButtonRole.DestructiveRole:
        return Choice.DISCARD
    return Choice.LATER


def offer_recovery(window: MainWindow) -> bool:
    """Offer the work a crashed session left unsaved; return True when one was recovered.

    Each autosave found is offered, newest first: Recover opens it in ``window`` as unsaved
    work, Discard deletes it and offers the next, Later keeps it for the next start.
    A damaged autosave is reported in a dialog and kept on disk.
    """
    for entry in list_recoverable():
        choice = ask_recovery(window, entry)
        if choice is Choice.LATER:
            return False
        if choice is Choice.DISCARD:
            discard(entry)
            continue
        try:
            briefing = load_autosave(entry)
        except BriefwrightError as exc:
            show_error(
                window,
                "Could not recover",
                "The unsaved briefing could not be recovered.",
                str(exc),
            )
            return False
        window.open_recovered(briefing, entry.original)
        window.autosaver.adopt(entry)
        return True
    return False
