"""Small dialogs that ask for the analyst's own fact, section, actor, a fact's split, or the
fact to merge one with."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from briefwright.draft.merge_by_hand import Partner
from briefwright.model.analysis import LABELS, Label, type_name
from briefwright.model.article import Article, paragraph_mark
from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.ui.own.merge_chooser import MergeChooser

_EXCERPT = 60


def reference_combo(article: Article, chosen: int = NO_PARAGRAPH) -> QComboBox:
    """Return a combo box of "No source reference" and every paragraph ``¶n  excerpt``."""
    combo = QComboBox()
    combo.setObjectName("referenceCombo")
    combo.setAccessibleName("Source reference")
    combo.addItem("No source reference (your own)", NO_PARAGRAPH)
    for p in article.paragraphs:
        flat = " ".join(p.text.split())
        excerpt = flat if len(flat) <= _EXCERPT else flat[:_EXCERPT].rstrip() + "…"
        combo.addItem(f"{paragraph_mark(p.id)}  {excerpt}", p.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    return combo


def _dialog(parent: QWidget | None, title: str, name: str) -> tuple[QDialog, QFormLayout]:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(460)
    form = QFormLayout(dialog)
    return dialog, form


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def _answered(
    dialog: QDialog, form: QFormLayout, required: Callable[[], str] | None = None
) -> bool:
    """Add OK and Cancel to ``form`` and run ``dialog``; return True when it is accepted and
    the ``required`` text, read after it closes, is not blank."""
    _buttons(dialog, form)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return required is None or bool(required().strip())


def _text_box(name: str, placeholder: str, text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setAccessibleName(placeholder)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    return box


def ask_fact(parent: QWidget | None, article: Article, ref: int) -> tuple[str, int] | None:
    """Ask for a fact's wording and its source reference; None when cancelled or blank."""
    dialog, form = _dialog(parent, "Add Fact", "addFactDialog")
    text = _text_box("factTextEdit", "The fact, in your words")
    combo = reference_combo(article, ref)
    form.addRow("&Fact", text)
    form.addRow("&Reference", combo)
    if not _answered(dialog, form, text.toPlainText):
        return None
    return text.toPlainText(), int(combo.currentData())


def ask_section(parent: QWidget | None) -> tuple[str, str] | None:
    """Ask for a section's heading and its text; None when cancelled or the heading is blank."""
    dialog, form = _dialog(parent, "Add Section", "addSectionDialog")
    heading = QLineEdit()
    heading.setObjectName("sectionHeadingEdit")
    heading.setAccessibleName("Heading")
    text = _text_box("sectionTextEdit", "Your paragraphs (a blank line between two)")
    form.addRow("&Heading", heading)
    form.addRow("&Text", text)
    if not _answered(dialog, form, heading.text):
        return None
    return heading.text(), text.toPlainText()


def ask_paragraphs(parent: QWidget | None, heading: str, text: str) -> str | None:
    """Ask for the analyst's own paragraphs in section ``heading``; None when cancelled."""
    dialog, form = _dialog(parent, "Your Paragraphs", "ownParagraphsDialog")
    box = _text_box("ownParagraphsEdit", "Your paragraphs (a blank line between two)", text)
    form.addRow(f"In ‘{heading}’:", box)
    if not _answered(dialog, form):
        return None
    return box.toPlainText()


def ask_actor(parent: QWidget | None) -> tuple[str, Label, str] | None:
    """Ask for an actor's name, type and role; None when cancelled or the name is blank."""
    dialog, form = _dialog(parent, "Add Actor", "addActorDialog")
    name = QLineEdit()
    name.setObjectName("actorNameEdit")
    name.setAccessibleName("Name")
    kind = QComboBox()
    kind.setObjectName("actorTypeCombo")
    kind.setAccessibleName("Type")
    for label in LABELS:
        kind.addItem(type_name(label, ""), label)
    role = QLineEdit()
    role.setObjectName("actorRoleEdit")
    role.setAccessibleName("Role")
    form.addRow("&Name", name)
    form.addRow("T&ype", kind)
    form.addRow("&Role", role)
    if not _answered(dialog, form, name.text):
        return None
    chosen = LABELS[kind.currentIndex()]
    return name.text(), chosen, role.text()


def ask_event(parent: QWidget | None, article: Article, ref: int) -> tuple[str, str, int] | None:
    """Ask for an event's date, what happened and its reference; None when cancelled."""
    dialog, form = _dialog(parent, "Add Event", "addEventDialog")
    date = QLineEdit()
    date.setObjectName("eventDateEdit")
    date.setAccessibleName("Date")
    date.setPlaceholderText("2023-07-26, 2023-07 or 2023")
    text = _text_box("eventTextEdit", "What happened")
    combo = reference_combo(article, ref)
    form.addRow("&Date", date)
    form.addRow("&Event", text)
    form.addRow("&Reference", combo)
    if not _answered(dialog, form, text.toPlainText):
        return None
    return date.text(), text.toPlainText(), int(combo.currentData())


def ask_split(parent: QWidget | None, text: str) -> str | None:
    """Ask where a fact splits: each line of the answer is one fact. None when cancelled."""
    dialog, form = _dialog(parent, "Split Fact", "splitFactDialog")
    box = _text_box("splitTextEdit", "Put each new fact on a line of its own", text)
    box.setTabChangesFocus(True)
    form.addRow("Each line becomes a fact:", box)
    if not _answered(dialog, form):
        return None
    return box.toPlainText()


def ask_merge_partner(
    parent: QWidget | None, first: str, partners: Sequence[Partner]
) -> int | None:
    """Ask which of ``partners`` the fact named ``first`` merges with; return its row, or None
    when cancelled."""
    dialog = MergeChooser(parent, first, partners)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
