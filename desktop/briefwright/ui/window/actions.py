"""The window's actions, menus and tool bar, with names, shortcuts, icons and tool tips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from briefwright.ui.window.icons import icon


@dataclass
class Actions:
    """Every action the window offers; object names are part of the tested contract."""

    new_article: QAction
    add_article: QAction
    open_project: QAction
    save: QAction
    save_as: QAction
    export_pdf: QAction
    export_docx: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    move_up: QAction
    move_down: QAction
    toggle: QAction
    rename: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_fit: QAction
    about: QAction
    recent_menu: QMenu


def _action(
    window: QMainWindow,
    object_name: str,
    text: str,
    tip: str,
    shortcuts: list[QKeySequence] | None = None,
    icon_name: str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(object_name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcuts:
        action.setShortcuts(shortcuts)
        action.setToolTip(
            f"{tip} ({shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText)})"
        )
    if icon_name:
        action.setIcon(icon(icon_name))
    window.addAction(action)
    return action


make_action = _action
"""Return a named action with tool tip, shortcuts and icon, added to ``window`` (for others)."""


def build_actions(window: QMainWindow, undo: QAction, redo: QAction) -> Actions:
    """Create the actions, the menu bar and the tool bar of ``window``; return the actions."""
    keys = QKeySequence
    undo.setObjectName("actionUndo")
    undo.setShortcuts([keys(keys.StandardKey.Undo)])
    undo.setIcon(icon("undo"))
    undo.setToolTip("Undo the last change (Ctrl+Z)")
    redo.setObjectName("actionRedo")
    redo.setShortcuts([keys("Ctrl+Shift+Z"), keys("Ctrl+Y")])
    redo.setIcon(icon("redo"))
    redo.setToolTip("Redo the change undone last (Ctrl+Shift+Z)")
    a = Actions(
        new_article=_action(
            window,
            "actionNewFromArticle",
            "&New from Article…",
            "Open an article (txt, md, html, docx) and propose a briefing",
            [keys(keys.StandardKey.New)],
            "new-article",
        ),
        add_article=_action(
            window,
            "actionAddArticle",
            "A&dd Article…",
            "Add one or more articles to this briefing as further sources (S2, S3 …)",
            None,
            "new-article",
        ),
        open_project=_action(
            window,
            "actionOpen",
            "&Open…",
            "Open an article (txt, md, html, docx) or a saved briefing project (.briefing)",
            [keys(keys.StandardKey.Open)],
            "open-project",
        ),
        save=_action(
            window,
            "actionSave",
            "&Save",
            "Save the briefing as a project",
            [keys(keys.StandardKey.Save)],
            "save",
        ),
        save_as=_action(
            window,
            "actionSaveAs",
            "Save &As…",
            "Save the briefing as a new project file",
            [keys("Ctrl+Shift+S")],
            "save-as",
        ),
        export_pdf=_action(
            window,
            "actionExportPdf",
            "Export &PDF…",
            "Export the briefing as a PDF document",
            [keys("Ctrl+E")],
            "export-pdf",
        ),
        export_docx=_action(
            window,
            "actionExportDocx",
            "Export &Word…",
            "Export the briefing as a Word document",
            [keys("Ctrl+Shift+E")],
            "export-docx",
        ),
        quit=_action(
            window,
            "actionQuit",
            "&Quit",
            "Close the window",
            [keys("Ctrl+Q")],
            "quit",
        ),
        undo=undo,
        redo=redo,
        move_up=_action(
            window, "actionMoveUp", "Move &Up", "Move the selected item up", [keys("Alt+Up")]
        ),
        move_down=_action(
            window,
            "actionMoveDown",
            "Move &Down",
            "Move the selected item down",
            [keys("Alt+Down")],
        ),
        toggle=_action(
            window,
            "actionToggleIncluded",
            "&Include or Exclude",
            "Include or exclude the selected item (Space in the outline)",
            [keys("Ctrl+I")],
        ),
        rename=_action(
            window,
            "actionRename",
            "&Edit Wording…",
            "Edit the selected heading or fact (F2 in the outline)",
        ),
        zoom_in=_action(
            window,
            "actionZoomIn",
            "Zoom &In",
            "Enlarge the preview",
            [keys(keys.StandardKey.ZoomIn), keys("Ctrl+=")],
            "zoom-in",
        ),
        zoom_out=_action(
            window,
            "actionZoomOut",
            "Zoom &Out",
            "Shrink the preview",
            [keys(keys.StandardKey.ZoomOut)],
            "zoom-out",
        ),
        zoom_fit=_action(
            window,
            "actionZoomFit",
            "&Fit Width",
            "Fit the preview pages to the pane's width",
            [keys("Ctrl+0")],
        ),
        about=_action(
            window,
            "actionAbout",
            "&About Briefwright",
            "Version and licence of Briefwright",
            None,
            "about",
        ),
        recent_menu=QMenu("Open &Recent", window),
    )
    for action, short in (
        (a.new_article, "Article…"),
        (a.open_project, "Open…"),
        (a.save, "Save"),
        (a.undo, "Undo"),
        (a.redo, "Redo"),
        (a.export_pdf, "Export PDF"),
        (a.export_docx, "Export Word"),
    ):
        action.setIconText(short)
    a.quit.setMenuRole(QAction.MenuRole.QuitRole)
    a.about.setMenuRole(QAction.MenuRole.AboutRole)
    a.recent_menu.setObjectName("menuRecent")
    a.recent_menu.setToolTipsVisible(True)

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.setObjectName("menuFile")
    file_menu.addActions([a.open_project, a.new_article, a.add_article])
    file_menu.addMenu(a.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([a.save, a.save_as])
    file_menu.addSeparator()
    file_menu.addActions([a.export_pdf, a.export_docx])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.setObjectName("menuEdit")
    edit_menu.addActions([a.undo, a.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([a.toggle, a.rename, a.move_up, a.move_down])
    view_menu = bar.addMenu("&View")
    view_menu.setObjectName("menuView")
    view_menu.addActions([a.zoom_in, a.zoom_out, a.zoom_fit])
    help_menu = bar.addMenu("&Help")
    help_menu.setObjectName("menuHelp")
    help_menu.addAction(a.about)

    tools = QToolBar("Main tool bar", window)
    tools.setObjectName("mainToolBar")
    tools.setMovable(False)
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    tools.setIconSize(QSize(20, 20))
    tools.setAccessibleName("Main tool bar")
    # One Open for articles and projects; New from Article stays in the File menu (Ctrl+N).
    tools.addActions([a.open_project, a.save])
    tools.addSeparator()
    tools.addActions([a.undo, a.redo])
    tools.addSeparator()
    tools.addActions([a.export_pdf, a.export_docx])
    window.addToolBar(tools)
    return a
