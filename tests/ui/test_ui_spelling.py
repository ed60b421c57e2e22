"""Spell-check as you type in the bottom line, the comment and edited wording."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from briefwright.draft.spelling import Speller
from briefwright.ui.text.spelling import spelling_menu
from briefwright.ui.text.wording_delegate import WordingEditor
from tests.ui.conftest import LOAD_TIMEOUT_MS


def _underlined(edit: QPlainTextEdit) -> list[str]:
    words = []
    block = edit.document().firstBlock()
    while block.isValid():
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                words.append(block.text()[r.start : r.start + r.length])
        block = block.next()
    return words


def _ready(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.desk.spelling.speller is not None, timeout=LOAD_TIMEOUT_MS)


def _point_at(edit: QPlainTextEdit, word: str):  # type: ignore[no-untyped-def]
    cursor = edit.document().find(word)
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + 2)
    return edit.cursorRect(middle).center()


def test_unknown_words_are_underlined_and_corrected(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    edit = window.details.bottom_line
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "The junta will recieve the envoy in Niamey.")
    assert _underlined(edit) == ["recieve"]
    menu = spelling_menu(edit, window.desk.spelling, _point_at(edit, "recieve"))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "receive"
    assert "&Add to Dictionary" in texts
    menu.actions()[0].trigger()
    assert window.workspace.require().bottom_line == "The junta will receive the envoy in Niamey."
    assert _underlined(edit) == []


def test_a_capitalised_misspelling_opening_a_sentence_is_flagged(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    edit = window.details.comment
    edit.setFocus()
    qtbot.keyClicks(edit, "Teh junta will stay. Recieve the envoy in Niamey. Tchiani agrees.")
    # Tchiani, a name the article gives, opens a sentence and is known.
    assert _underlined(edit) == ["Teh", "Recieve"]
    menu = spelling_menu(edit, window.desk.spelling, _point_at(edit, "Recieve"))
    assert menu.actions()[0].text() == "Receive"
    menu.actions()[0].trigger()
    assert window.workspace.require().comment == (
        "Teh junta will stay. Receive the envoy in Niamey. Tchiani agrees."
    )
    assert _underlined(edit) == ["Teh"]


def test_added_word_is_kept_in_the_users_folder(qtbot, window, private_settings) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    edit = window.details.comment
    edit.setPlainText("A flash sitrep follows.")
    assert _underlined(edit) == ["sitrep"]
    menu = spelling_menu(edit, window.desk.spelling, _point_at(edit, "sitrep"))
    add = next(a for a in menu.actions() if a.objectName() == "addToDictionary")
    add.trigger()
    assert _underlined(edit) == []
    path = window.settings.user_words_path()
    assert path.read_text(encoding="utf-8").split() == ["sitrep"]
    assert str(private_settings) in str(path)
    assert Speller(window.desk.spelling.speller._words, path).known("sitrep")


def test_edited_fact_is_spell_checked_and_kept_with_enter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    view = window.outline_view
    view.select_item("facts", 0)
    view.edit_selected()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordingEditor))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Troops captred the palace.")
    assert _underlined(editor) == ["captred"]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.workspace.require().facts[0].text == "Troops captred the palace."


def test_judgment_statements_and_written_parts_are_spell_checked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, window)
    panel = window.details.judgment_panel
    box = next(iter(panel.boxes.values()))
    box.setPlainText("What this meens for the reader.")
    assert _underlined(box) == ["meens"]
    panel.add_button.click()
    view = panel.judgments_view
    index = view.model().index(view.model().rowCount() - 1, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), WordingEditor))
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "The junta will probbly hold.")
    assert _underlined(editor) == ["probbly"]
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.workspace.require().judgments[-1].statement == "The junta will probbly hold."
