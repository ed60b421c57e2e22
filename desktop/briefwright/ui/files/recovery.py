"""Offering to recover the briefings a crashed session left unsaved: at start, and on opening."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from briefwright.model.errors import BriefwrightError
from briefwright.store.autosave import AutosaveEntry, discard, list_recoverable, load_autosave
from briefwright.ui.text.plain_widgets import message_box, show_error

if TYPE_CHECKING:
    from briefwright.model.briefing import Briefing


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


def autosaves_of(path: Path) -> list[AutosaveEntry]:
    """Return the autosaves a crashed session left of the file ``path``, newest first.

    Only autosaves written after the file was last changed count: work saved into the file
    since then is newer. Raises nothing; a file that cannot be read has none.
    """
    try:
        wanted = path.resolve()
        changed = path.stat().st_mtime
    except OSError:
        return []
    found = []
    for entry in list_recoverable():
        if entry.original is None:
            continue
        try:
            same = Path(entry.original).resolve() == wanted
            newer = entry.file.stat().st_mtime >= changed
        except (OSError, ValueError):
            continue
        if same and newer:
            found.append(entry)
    return found


def choose_recovery(
    parent: QWidget | None, entries: Iterable[AutosaveEntry], declined: set[Path]
) -> tuple[Briefing, AutosaveEntry] | None:
    """Offer ``entries`` in turn; return the briefing the user recovered and its autosave.

    Recover loads the autosave, Discard deletes it and offers the next, Later keeps it for
    the next start and adds it to ``declined`` (not asked about again in this window).
    Return None when nothing was recovered; a damaged autosave is reported in a dialog and
    kept on disk.
    """
    for entry in entries:
        choice = ask_recovery(parent, entry)
        if choice is Choice.LATER:
            declined.add(entry.file)
            return None
        if choice is Choice.DISCARD:
            discard(entry)
            continue
        try:
            return load_autosave(entry), entry
        except BriefwrightError as exc:
            show_error(
                parent,
                "Could not recover",
                "The unsaved briefing could not be recovered.",
                str(exc),
            )
            return None
    return None
