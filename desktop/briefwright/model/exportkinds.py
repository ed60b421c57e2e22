"""The formats a briefing exports to, one row each: for the command line and the window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = get_args(Format)


@dataclass(frozen=True)
class ExportKind:
    """One export format: its file suffix, the name a user knows it by, the save dialog's
    filter, and the writer as ``module:function`` (loaded on the first export, so the window
    starts without ReportLab or python-docx)."""

    suffix: str
    label: str
    file_filter: str
    writer: str


EXPORT_KINDS: dict[Format, ExportKind] = {
    "pdf": ExportKind(".pdf", "PDF", "PDF document (*.pdf)", "briefwright.writers.pdf:write_pdf"),
    "docx": ExportKind(
        ".docx", "Word", "Word document (*.docx)", "briefwright.writers.word:write_docx"
    ),
}


def format_of_suffix(suffix: str) -> Format | None:
    """Return the format whose file suffix is ``suffix`` (any case), or None."""
    low = suffix.lower()
    return next((f for f, k in EXPORT_KINDS.items() if k.suffix == low), None)
