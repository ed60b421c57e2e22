"""The About box: version, purpose, licences."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

import briefwright
from briefwright.ui.text.plain_widgets import message_box
from briefwright.ui.window.icons import app_icon


def show_about(parent: QWidget) -> QMessageBox:
    """Show the About box without blocking and return it."""
    box = message_box(
        parent,
        QMessageBox.Icon.Information,
        "About Briefwright",
        f"Briefwright {briefwright.__version__}",
        "Turns a news article into a professional briefing, offline: PDF and Word.\n"
        "Licence: MIT. Fonts: DejaVu (free licence). English model: spaCy en_core_web_sm (MIT),\n"
        "its entity recogniser fine-tuned on CoNLL-2003. Cities and regions: GeoNames (CC BY 4.0).",
    )
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setObjectName("aboutDialog")
    box.open()
    return box
