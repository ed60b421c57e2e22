"""The note under the outline: a source older than the briefing, and the ticked items the
template does not print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from briefwright.draft.alert import source_age
from briefwright.draft.printmarks import unprinted
from briefwright.draft.templates import load_template
from briefwright.model.errors import TemplateError
from briefwright.ui.workspace import Workspace

SHOWN = 3
"""How many items the note lists; its tooltip lists every one."""


def not_shown_lines(workspace: Workspace) -> tuple[str, list[str]]:
    """Return the note's first line and one line per ticked item the template does not print
    ("Fact ‘…’: the Travel-security alert has no key facts …"); ("", []) when all print."""
    briefing = workspace.briefing
    if briefing is None:
        return "", []
    items = unprinted(briefing)
    if not items:
        return "", []
    try:
        title = load_template(briefing.template).title
    except TemplateError:
        title = briefing.template
    count = len(items)
    head = f"{count} ticked item{'s' if count != 1 else ''} not shown in the {title}:"
    # Items left out for one reason read as one line ("4 events: … has no timeline").
    groups: dict[tuple[str, str], list[str]] = {}
    for kind, text, reason in items:
        groups.setdefault((kind, reason), []).append(text)
    lines = [
        f"{kind.capitalize()} ‘{_short(texts[0])}’: {reason}"
        if len(texts) == 1
        else f"{len(texts)} {kind}s: {reason}"
        for (kind, reason), texts in groups.items()
    ]
    return head, lines


def not_shown_details(workspace: Workspace) -> list[str]:
    """Return one line per ticked item the template does not print, with its words."""
    briefing = workspace.briefing
    if briefing is None:
        return []
    return [f"{k.capitalize()} ‘{_short(t)}’: {r}" for k, t, r in unprinted(briefing)]


def _short(text: str, limit: int = 48) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class NotShownNote(QLabel):
    """Says, before any export, which ticked items this template leaves off the page, and why.

    Each line of the note keeps to one line of the pane, shortened with "…" to its width, so
    that the note never takes the outline's room in a small window; its tooltip reads whole.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notShownNote")
        self.setWordWrap(False)
        self.setContentsMargins(8, 4, 8, 4)
        # The pane's width decides the lines' length, never the other way round.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self._lines: list[str] = []
        self._ws = workspace
        workspace.drafted.connect(self.refresh)
        workspace.reset.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the briefing again and show or hide the note."""
        briefing = self._ws.briefing
        age = source_age(briefing) if briefing is not None else ""
        stale = [f"{age}."] if age else []
        head, lines = not_shown_lines(self._ws)
        if not lines and not stale:
            self._lines = []
            self.clear()
            self.hide()
            return
        more = len(lines) - SHOWN
        shown = lines[:SHOWN] + ([f"… and {more} more (point here for all)"] if more > 0 else [])
        listed = [head, *(f"• {line}" for line in shown)] if lines else []
        self._lines = [*stale, *listed]
        self._fit()
        every = not_shown_details(self._ws)
        full = "\n".join([*stale, *([head, *every] if lines else [])])
        self.setToolTip(full)
        self.setAccessibleDescription(full)
        self.show()

    def shown_lines(self) -> list[str]:
        """Return the note's lines in full, as its text shortens them to the pane's width."""
        return list(self._lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        margins = self.contentsMargins()
        width = max(40, self.width() - margins.left() - margins.right())
        metrics = self.fontMetrics()
        elide = Qt.TextElideMode.ElideRight
        self.setText("\n".join(metrics.elidedText(line, elide, width) for line in self._lines))
