"""Exporting a Briefing to PDF or Word: compose once, write with the writer for the format."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, cast

from briefwright.draft.printplan import redraft
from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.errors import ExportError
from briefwright.model.exportkinds import EXPORT_KINDS, FORMATS, Format, format_of_suffix

__all__ = ["FORMATS", "Format", "export_briefing", "format_for"]


def format_for(path: str | os.PathLike[str]) -> Format:
    """Return the export format named by ``path``'s extension.

    Raises ExportError when the extension names no export format.
    """
    fmt = format_of_suffix(Path(path).suffix)
    if fmt is None:
        names = " or ".join(k.suffix for k in EXPORT_KINDS.values())
        raise ExportError(
            f"{Path(path).name}: cannot tell the format; the output name must end in {names}"
        )
    return fmt


Writer = Callable[[object, "str | os.PathLike[str] | BinaryIO"], None]


def _writer(fmt: Format) -> Writer:
    """Return the writer of ``fmt``, loading its library on first use."""
    module, name = EXPORT_KINDS[fmt].writer.split(":")
    return cast(Writer, getattr(importlib.import_module(module), name))


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
    _writer(fmt)(compose(briefing), target)
