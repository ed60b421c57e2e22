"""The desk actions: the analyst's own content, pasting an article, find, print and help."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from briefwright.ui.window.actions import Actions, make_action


@dataclass
class DeskActions:
    """Actions beside :class:`Actions`; object names are part of the tested contract."""

    new_from_clipboard: QAction
    paste_article: QAction
    print_briefing: QAction
    find: QAction
    add_fact: QAction
    add_section: QAction
    own_paragraphs: QAction
    add_actor: QAction
    add_event: QAction
    use_as_fact: QAction
    add_to_section: QAction
    split_fact: QAction
    merge_facts: QAction
    merge_with: QAction
    to_section: QAction
    help: QAction
    legend: QAction


def build_desk_actions(window: QMainWindow, base: Actions) -> DeskActions:
    """Create the desk actions of ``window`` and put them into its menus; return them."""
    keys = QKeySequence
    w = window
    d = DeskActions(
        new_from_clipboard=make_action(
            w,
            "actionNewFromClipboard",
            "New from &Clipboard",
            "Make an article of the text or web page on the clipboard and propose a briefing",
            [keys("Ctrl+Shift+V")],
            "new-article",
        ),
        paste_article=make_action(
            w,
            "actionPasteArticle",
            "Paste an Article (empty window)",
            "Paste an article into the empty window",
            [keys(keys.StandardKey.Paste)],
        ),
        print_briefing=make_action(
            w,
            "actionPrint",
            "&Print…",
            "Print the briefing as the preview shows it",
            [keys(keys.StandardKey.Print)],
        ),
        find=make_action(
            w,
            "actionFind",
            "&Find…",
            "Find words in the article and the outline",
            [keys(keys.StandardKey.Find)],
        ),
        add_fact=make_action(
            w,
            "actionAddFact",
            "Add &Fact…",
            "Write a key fact of your own, with or without a source reference",
            [keys("Ctrl+Shift+F")],
        ),
        add_section=make_action(
            w,
            "actionAddSection",
            "Add &Section…",
            "Add a section of your own: a heading and your own paragraphs",
            [keys("Ctrl+Shift+N")],
        ),
        own_paragraphs=make_action(
            w,
            "actionOwnParagraphs",
            "Your &Paragraphs in Section…",
            "Write or change paragraphs of your own that close the selected section",
        ),
        add_actor=make_action(
            w, "actionAddActor", "Add Ac&tor…", "Add a key actor the analysis did not find"
        ),
        add_event=make_action(
            w,
            "actionAddEvent",
            "Add &Event…",
            "Add a dated event to the timeline (shown by templates with a timeline)",
        ),
        use_as_fact=make_action(
            w,
            "actionUseAsFact",
            "Use Selection as &Fact",
            "Make the text selected in the article a key fact citing its paragraph",
            [keys("Ctrl+Shift+U")],
        ),
        add_to_section=make_action(
            w,
            "actionAddToSection",
            "Add Selection to Se&ction…",
            "Add the article paragraphs holding the selection to a section you choose",
            [keys("Ctrl+Shift+A")],
        ),
        split_fact=make_action(
            w,
            "actionSplitFact",
            "S&plit Fact…",
            "Split the selected fact into two or more facts",
            [keys("Ctrl+Shift+L")],
        ),
        merge_facts=make_action(
            w,
            "actionMergeFacts",
            "&Merge with Next Fact",
            "Merge the selected fact with the one after it",
            [keys("Ctrl+Shift+M")],
        ),
        merge_with=make_action(
            w,
            "actionMergeWithFact",
            "Merge &with Fact…",
            "Merge the selected fact with another fact you choose, wherever it stands",
            [keys("Ctrl+Shift+J")],
        ),
        to_section=make_action(
            w,
            "actionPrintInSection",
            "Print in Its Sec&tion",
            "Print the selected key fact in its section's summary instead of the key facts",
            [keys("Ctrl+Shift+T")],
        ),
        help=make_action(
            w,
            "actionHelp",
            "Briefwright &Help",
            "A short guide, the highlight colours and every keyboard shortcut",
            [keys(keys.StandardKey.HelpContents)],
            "about",
        ),
        legend=make_action(
            w,
            "actionLegend",
            "What the &Colours Mean",
            "Show what the highlights in the article mean",
        ),
    )
    d.new_from_clipboard.setIconText("Paste…")
    d.help.setMenuRole(QAction.MenuRole.NoRole)

    file_menu = _menu(window, "menuFile")
    file_menu.insertAction(base.open_project, d.new_from_clipboard)
    file_menu.insertAction(base.quit, d.print_briefing)
    file_menu.insertSeparator(base.quit)
    edit_menu = _menu(window, "menuEdit")
    edit_menu.addSeparator()
    edit_menu.addActions([d.add_fact, d.add_section, d.own_paragraphs, d.add_actor, d.add_event])
    edit_menu.addActions([d.use_as_fact, d.add_to_section])
    edit_menu.addActions([d.split_fact, d.merge_facts, d.merge_with, d.to_section])
    edit_menu.addSeparator()
    edit_menu.addAction(d.find)
    help_menu = _menu(window, "menuHelp")
    if help_menu.actions():
        first = help_menu.actions()[0]
        help_menu.insertActions(first, [d.help, d.legend])
        help_menu.insertSeparator(first)
    else:
        help_menu.addActions([d.help, d.legend])
    return d


def _menu(window: QMainWindow, name: str) -> QMenu:
    menu = window.menuBar().findChild(QMenu, name)
    if menu is None:
        raise RuntimeError(f"the window has no menu {name!r}")
    return menu
