"""View ▸ Outline, Template Parts, Sources, Details, Preview show and hide the panes, remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QWidget

from tests.ui.ui_readback import action


def pane(window, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    found = window.findChild(QWidget, f"{name}Pane")
    assert found is not None, name
    return found


def test_view_menu_hides_and_shows_panes_and_remembers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from briefwright.ui.window.main_window import MainWindow

    menu = window.findChild(QMenu, "menuView")
    names = [
        "actionShowOutline",
        "actionShowParts",
        "actionShowSources",
        "actionShowDetails",
        "actionShowPreview",
    ]
    assert [a.objectName() for a in menu.actions() if a.isCheckable()] == names
    assert all(action(window, n).isChecked() for n in names)
    assert pane(window, "details").isVisible() and pane(window, "preview").isVisible()

    action(window, "actionShowDetails").trigger()
    action(window, "actionShowPreview").trigger()
    assert not pane(window, "details").isVisible()
    assert not pane(window, "preview").isVisible()
    assert pane(window, "outline").isVisible()

    # The outline, the parts and the sources hidden too: their whole column gives way to the
    # article.
    action(window, "actionShowOutline").trigger()
    action(window, "actionShowParts").trigger()
    action(window, "actionShowSources").trigger()
    assert not window.side_splitter.isVisible()
    action(window, "actionShowOutline").trigger()
    assert window.side_splitter.isVisible() and pane(window, "outline").isVisible()

    # The next window shows the panes as they were left.
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert not action(again, "actionShowDetails").isChecked()
    assert not pane(again, "details").isVisible()
    assert not pane(again, "preview").isVisible()
    assert not pane(again, "parts").isVisible()
    assert pane(again, "outline").isVisible()
    action(again, "actionShowDetails").trigger()
    assert pane(again, "details").isVisible()
    assert window.settings.pane_visible("details")
