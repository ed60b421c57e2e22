"""Drive the real window on the sample into the states the README shows.

Run under the screenshot tool: ``python docs/screens.py desk`` (an own fact, Find, the colour
key, a misspelt word underlined) or ``python docs/screens.py help`` (the shortcut list).
Settings go to a fresh folder, so the window looks as on a first run.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefwright-screens-")

from PySide6.QtCore import QTimer

from briefwright.model.briefing import NO_PARAGRAPH
from briefwright.ui.own import dialogs as own_dialogs
from briefwright.ui.app import application, sample_article_path, start_window
from briefwright.ui.window.help_dialog import HelpDialog

OWN_FACT = "Our assessment: the junta is unlikely to yield before the rainy season."


def desk(window) -> None:  # type: ignore[no-untyped-def]
    """Add an own fact, find "embassy", write a bottom line with a slip."""
    own_dialogs.ask_fact = lambda *a: (OWN_FACT, NO_PARAGRAPH)  # type: ignore[assignment]
    window.outline_view.select_item("facts", 1)
    window.desk_actions.add_fact.trigger()
    window.details.bottom_line.setPlainText("Sanctions bite; the junta will recieve no relief soon.")
    window.desk_actions.find.trigger()
    window.desk.find_bar.edit.setText("embassy")
    window.desk.find_bar.find_next()


def help_window(window) -> None:  # type: ignore[no-untyped-def]
    """Open Help on its shortcut list."""
    window.desk.show_help()
    dialog = window.findChild(HelpDialog, "helpDialog")
    dialog.tabs.setCurrentIndex(1)
    dialog.move(window.geometry().center() - dialog.rect().center())


def main(scene: str) -> int:
    """Open the sample, put the window into ``scene`` once it is ready, and run."""
    app = application()
    window = start_window(str(sample_article_path()), recover=False)
    window.persist_settings = False
    act = {"desk": desk, "help": help_window}[scene]
    window.briefingLoaded.connect(lambda: QTimer.singleShot(800, lambda: act(window)))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "desk"))
