"""Exporting a Briefing to PDF or Word: compose once, write with the writer for the format."""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Literal

from briefwright.draft.printplan import redraft
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.errors import ExportError
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx

Format = Literal["pdf", "docx"]
FORMATS: tuple[Format, ...] = ("pdf", "docx")


def format_for(path: str | os.PathLike[str]) -> Format:
    """Return the export format named by ``path``'s extension.

    Raises ExportError when the extension is neither ``.pdf`` nor ``.docx``.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "pdf":
        return "pdf"
    if suffix == "docx":
        return "docx"
    raise ExportError(
        f"{Path(path).name}: cannot tell the format; the output name must end in .pdf or .docx"
    )


def export_briefing(
    briefing: Briefing, target: str | os.PathLike[str] | BinaryIO, fmt: Format | None = None
) -> None:
    """Write ``briefing`` to ``target`` (a path, written atomically, or a binary stream).

    The format comes from ``fmt`` or else the path's extension. Raises ExportError when
    the format is unknown or the file cannot be written, TemplateError when the briefing's
    template is unknown.
    """
    if fmt is None:
        if not isinstance(target, str | os.PathLike):
            raise ExportError("the format must be given when writing to a stream")
        fmt = format_for(target)
    # What prints follows the picks: drafting a briefing drafted already changes nothing, and
    # a briefing built or changed in code is brought up to date before it is laid out.
    redraft(briefing)
    document = compose(briefing)
    if fmt == "pdf":
        write_pdf(document, target)
    else:
        write_docx(document, target)
