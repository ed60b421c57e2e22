"""Each export format is one row: the command line and the window read the same table."""

from __future__ import annotations

import importlib

import pytest

from briefwright.app.export import format_for
from briefwright.model.errors import ExportError
from briefwright.model.exportkinds import EXPORT_KINDS, FORMATS, format_of_suffix


def test_every_format_has_one_row_with_a_writer_that_exists() -> None:
    assert set(EXPORT_KINDS) == set(FORMATS)
    for fmt, kind in EXPORT_KINDS.items():
        module, name = kind.writer.split(":")
        assert callable(getattr(importlib.import_module(module), name))
        assert format_of_suffix(kind.suffix.upper()) == fmt
        assert format_for(f"brief{kind.suffix}") == fmt
        assert kind.suffix[1:] in kind.file_filter


def test_an_unknown_suffix_names_the_formats() -> None:
    with pytest.raises(ExportError, match=r"\.pdf or \.docx"):
        format_for("brief.odt")
