"""One Open… for articles and projects, starting in the user's folder, never Briefwright's."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QToolBar

from briefwright.model.assets import resources_root
from briefwright.model.briefing import Briefing
from briefwright.store.project import save_project
from briefwright.ui.settings import documents_folder
from tests.ui.conftest import LOAD_TIMEOUT_MS
from tests.ui.ui_readback import action

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"
ARTICLE_PATTERNS = "*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx"


def test_open_offers_articles_and_projects_and_starts_in_the_users_folder(
    qtbot, opened_window, monkeypatch, tmp_path: Path, sample_briefing: Briefing
) -> None:  # type: ignore[no-untyped-def]
    window = opened_window
    article = tmp_path / "cholera.md"
    shutil.copyfile(WIRE / "health-juba-cholera.md", article)
    project = tmp_path / "niger.briefing"
    save_project(sample_briefing, project)
    asked: list[tuple[str, str]] = []
    answers = [article, project]

    def choose(_parent, _caption, folder, filters, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append((folder, filters))
        return str(answers.pop(0)), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    open_action = action(window, "actionOpen")
    assert open_action.text() == "&Open…"
    tools = window.findChild(QToolBar, "mainToolBar")
    assert open_action in tools.actions()

    # The sample article the window opened lives inside Briefwright: not where Open starts.
    with qtbot.waitSignal(window.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        open_action.trigger()
    folder, filters = asked[0]
    assert folder == documents_folder()
    assert not Path(folder).resolve().is_relative_to(resources_root().resolve())
    assert filters.split(";;") == [
        f"Articles and projects (*.briefing {ARTICLE_PATTERNS})",
        "Briefing projects (*.briefing)",
        f"Articles ({ARTICLE_PATTERNS})",
        "All files (*)",
    ]
    assert window.workspace.source_path == article
    assert window.workspace.require().lead_article.title.startswith("Cholera cases double")

    # The same Open takes a project, from the folder last used.
    with qtbot.waitSignal(window.briefingLoaded, timeout=LOAD_TIMEOUT_MS):
        open_action.trigger()
    assert asked[1][0] == str(tmp_path)
    assert window.workspace.project_path == project
    assert window.workspace.require() == sample_briefing
