"""A short table moves overleaf whole, with its heading, in the PDF; Word keeps it together."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn
from reportlab.pdfgen.canvas import Canvas

from briefwright.layout.compose import compose
from briefwright.model.document import KEEP_WHOLE_ROWS, Document, Heading, Para, Run, Table
from briefwright.writers.pdf import KeepWithNext, pdf_bytes
from briefwright.writers.pdf_blocks import FlowableBuilder
from briefwright.writers.pdf_styles import build_styles
from briefwright.writers.word import docx_bytes
from tests.writers.briefing_sample import build_briefing
from tests.writers.readback import pdf_pages


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


def test_word_keeps_a_short_table_together_and_the_last_part_with_it() -> None:
    data = docx_bytes(compose(build_briefing("sitrep")))
    timeline, actors = docx.Document(io.BytesIO(data)).tables[-2:]
    for table in (timeline, actors):
        assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in table.rows[1:])
    keeps = [r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in timeline.rows]
    assert keeps[:-1] == [True] * (len(keeps) - 1) and not keeps[-1]
    # The sources and notes, a short last part, keep the actors table for company.
    assert all(r.cells[0].paragraphs[0].paragraph_format.keep_with_next for r in actors.rows)


def test_the_short_last_part_is_found() -> None:
    document = compose(build_briefing("sitrep"))
    tail = document.short_tail()
    assert document.blocks[tail] == Heading("Sources and notes")
    briefing = build_briefing("sitrep")
    briefing.full_text_appendix = True  # a long last part stands on its own
    assert compose(briefing).short_tail() == -1


def test_the_last_part_never_stands_alone_on_the_last_page() -> None:
    meta = compose(build_briefing()).meta
    tail = (
        Heading("Actors"),
        _table(6),
        Heading("Sources and notes"),
        Para((Run("Article: a test."),), style="small"),
    )
    for filler in range(20, 60, 2):
        paras = tuple(Para((Run(f"Filler paragraph {n}."),)) for n in range(filler))
        pages = pdf_pages(pdf_bytes(Document(meta, (*paras, *tail))))
        last = next(p for p in pages if "Sources and notes" in p)
        assert "Role 5" in last, filler
