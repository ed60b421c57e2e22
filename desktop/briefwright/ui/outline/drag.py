"""The outline's drag payload: the rows of one item kind being dragged, written and read back."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData

MIME_TYPE = "application/x-briefwright-outline-rows"


def rows_mime(kinds: set[str], rows: list[int]) -> QMimeData:
    """Return the drag data for ``rows`` of one kind; empty when the rows mix kinds or are none."""
    mime = QMimeData()
    if len(kinds) == 1 and rows:
        payload = json.dumps({"kind": next(iter(kinds)), "rows": rows})
        mime.setData(MIME_TYPE, QByteArray(payload.encode("utf-8")))
    return mime


def dragged_rows(data: QMimeData) -> tuple[Any, Any] | None:
    """Return ``(kind, rows)`` as written by :func:`rows_mime`; None for other or broken data."""
    if not data.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        return payload["kind"], payload["rows"]
    except (ValueError, KeyError, TypeError):
        return None
