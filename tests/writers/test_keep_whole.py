"""A short table moves overleaf whole, with its heading, in the PDF; Word keeps it together."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from reportlab.pdfgen.canvas import Canvas

from briefwright.layout.compose import compose
from briefwright.model.document import KEEP_WHOLE_ROWS, Heading, Table
from briefwright.writers.pdf import KeepWithNext
from briefwright.writers.pdf_blocks import FlowableBuilder
from briefwright.writers.pdf_styles import build_styles
from briefwright.writers.word import docx_bytes
from tests.writers.briefing_sample import build_briefing


def _table(rows: int) -> Table:
    return Table(
        ("Name", "Role", "Type"),
        tuple((f"Name {n}", f"Role {n}", "Person") for n in range(rows)),
        (0.36, 0.48, 0.16),
    )


@pytest.mark.parametrize(("rows", "moves_whole"), [(7, True), (KEEP_WHOLE_ROWS, True), (30, False)])
def test_a_short_table_moves_overleaf_whole_a_long_one_splits(rows: int, moves_whole: bool) -> None:
    styles = build_styles((31, 58, 95), 1.0)
    builder = FlowableBuilder(styles, 450, keep_height=400)
    canvas = Canvas(io.BytesIO())
    table = builder.build([_table(rows)])[0]
    parts = table.splitOn(canvas, 450, 60)  # room for two or three rows only
    assert (parts == []) is moves_whole
    # The heading before a table that moves whole goes with it.
    group = KeepWithNext([builder.build([Heading("Key actors")])[0], table])
    group.wrapOn(canvas, 450, 120)
    first = group.splitOn(canvas, 450, 120)[0]
    assert ("FrameBreak" in type(first).__name__) is moves_whole


def test_word_keeps_a_short_table_together() -> None:
    data = docx_bytes(compose(build_briefing()))
    table = docx.Document(io.BytesIO(data)).tables[-1]
    rows = table.rows
    assert all(
        r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows[1:]
    )
    keeps = [r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in rows]
    assert keeps[:-1] == [True] * (len(rows) - 1) and not keeps[-1]
