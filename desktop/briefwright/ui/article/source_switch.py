"""Which source the article pane shows: a drop-down above the text when there are several."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel

from briefwright.model.sources import LEAD_SOURCE
from briefwright.ui.article.source_view import SourceView
from briefwright.ui.sources.list_model import source_title
from briefwright.ui.workspace import Workspace


def source_label(sid: str, title: str, outlet: str) -> str:
    """Return how the drop-down names a source: ``S2 · Sahel Wire — Niger junta leader …``."""
    lead = f"{sid} · {outlet}" if outlet else sid
    return f"{lead} — {title}" if title else lead


class SourceSwitch(QObject):
    """Shows the article of one source of the open briefing in ``view``.

    ``combo`` lists the sources and is shown only when there are several; picking one shows
    its article. ``shown(sid)`` is emitted each time another source is shown; ``caption``
    names the article shown.
    """

    shown = Signal(str)

    def __init__(
        self, workspace: Workspace, view: SourceView, combo: QComboBox, caption: QLabel
    ) -> None:
        super().__init__(view)
        self._ws = workspace
        self._view = view
        self._combo = combo
        self._caption = caption
        combo.setObjectName("sourceSelector")
        combo.setAccessibleName("Source shown")
        combo.setToolTip("The source whose article the pane shows")
        combo.hide()
        combo.activated.connect(self._on_activated)
        workspace.sourcesChanged.connect(self.refresh)

    @property
    def view(self) -> SourceView:
        """Return the article pane's text view."""
        return self._view

    @property
    def source_id(self) -> str:
        """Return the id of the source shown."""
        return self._view.source_id

    def show_source(self, sid: str) -> bool:
        """Show source ``sid``'s article (with its highlights); return False when the open
        briefing has no such source."""
        briefing = self._ws.briefing
        if briefing is None:
            return False
        try:
            source = briefing.source(sid)
        except KeyError:
            return False
        changed = sid != self._view.source_id or source.article is not self._view.article
        self._view.show_article(source.article, sid)
        self._view.set_briefing_highlights(briefing)
        row = self._combo.findData(sid)
        if row >= 0:
            self._combo.setCurrentIndex(row)
        name = source.article.title or source.title or (
            self._ws.source_path.name
            if sid == LEAD_SOURCE and self._ws.source_path is not None
            else ""
        )
        mark = f"{sid} · " if briefing.several_sources else ""
        # The caption keeps its Alt+A mnemonic; an "&" in the name must not make another.
        text = f"{mark}{name}".replace("&", "&&")
        self._caption.setText(f"&Article · {text}" if text else "&Article")
        if changed:
            self.shown.emit(sid)
        return True

    def refresh(self) -> None:
        """List the open briefing's sources again; keep the one shown if it is still there."""
        briefing = self._ws.briefing
        self._combo.clear()
        if briefing is None:
            self._combo.hide()
            return
        for s in briefing.sources:
            self._combo.addItem(source_label(s.id, source_title(s), s.outlet), s.id)
        self._combo.setVisible(briefing.several_sources)
        keep = self._view.source_id
        if keep not in {s.id for s in briefing.sources}:
            keep = LEAD_SOURCE
        self.show_source(keep)

    def _on_activated(self, row: int) -> None:
        sid = self._combo.itemData(row)
        if isinstance(sid, str):
            self.show_source(sid)
