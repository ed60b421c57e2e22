"""Help inside the app: a short guide, the colour key and every keyboard shortcut.

The shortcut list is read from the window's actions, so it always says what the keys do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from briefwright.ui.article.legend import legend_html

EXTRA_KEYS: tuple[tuple[str, str], ...] = (
    ("Include or exclude the selected outline row", "Space"),
    ("Edit the wording of the selected outline row", "F2"),
    ("Next hit of Find", "F3"),
    ("Previous hit of Find", "Shift+F3"),
)
"""Keys the outline and the find bar handle themselves (no menu action carries them)."""

GUIDE = """
<h3>Making a briefing</h3>
<ol>
<li><b>Open an article</b> (File ▸ New from Article, Ctrl+N) or <b>paste one</b>
(File ▸ New from Clipboard, Ctrl+Shift+V; Ctrl+V in an empty window). You can also drop a
file or a piece of text on the window.</li>
<li>Briefwright proposes a briefing: <b>sections</b>, <b>key facts</b> and <b>key actors</b>
in the outline, a bottom line and a subject in the details.</li>
<li><b>Choose</b>: tick or untick rows (Space), drag or Alt+Up/Down to reorder, F2 to reword.
A section's paragraphs can be left out or trimmed one by one.</li>
<li><b>Add your own</b>: Edit ▸ Add Fact, Add Section, Your Paragraphs in Section, Add Actor,
Add Event. Select text in the article and use <i>Use Selection as Fact</i> or <i>Add Selection
to Section</i> (also in the article's right-click menu). Your own items are marked as yours
in the project and print without a source reference unless you pick one.</li>
<li>The <b>preview</b> shows the real pages. <b>Export</b> PDF or Word, or <b>Print</b>.</li>
</ol>
<h3>Finding</h3>
<p>Ctrl+F finds words in the article and in the outline (F3 next, Shift+F3 previous).
The box above the outline filters it to the rows holding the words typed.</p>
<h3>The colours in the article</h3>
"""


def _plain(text: str) -> str:
    """Return an action's text without mnemonics and trailing dots: ``Save As``."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…")


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """Return ``(what, keys)`` for every named action with a shortcut, then the fixed keys.

    Keys are in the portable form (``Ctrl+Shift+V``); several are joined with " or ".
    """
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in actions:
        name = action.objectName()
        if not name or name in seen or not action.shortcuts():
            continue
        seen.add(name)
        keys = " or ".join(
            k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()
        )
        rows.append((_plain(action.text()), keys))
    return rows + list(EXTRA_KEYS)


def shortcut_markdown(rows: list[tuple[str, str]]) -> str:
    """Return ``rows`` as a Markdown table (the README's list of shortcuts)."""
    lines = ["| Action | Keys |", "| --- | --- |"]
    lines += [f"| {what} | {keys} |" for what, keys in rows]
    return "\n".join(lines)


class HelpDialog(QDialog):
    """The help window: Guide, and Keyboard shortcuts generated from ``window``'s actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("helpDialog")
        self.setWindowTitle("Briefwright Help")
        self.resize(640, 560)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("helpTabs")
        self.guide = QTextBrowser()
        self.guide.setObjectName("helpGuide")
        self.guide.setOpenLinks(False)
        self.guide.setHtml(GUIDE + legend_html())
        self.tabs.addTab(self.guide, "&Guide")
        rows = shortcut_rows(window.findChildren(QAction))
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        self.tabs.addTab(self.table, "&Keyboard shortcuts")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)


def show_help(window: QWidget, tab: int = 0) -> HelpDialog:
    """Open the help window (not modal) on tab ``tab`` and return it."""
    dialog = HelpDialog(window)
    dialog.tabs.setCurrentIndex(tab)
    dialog.show()
    return dialog
