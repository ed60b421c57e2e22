"""PDF and DOCX of every template look alike: type sizes, colours, column widths, marking."""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass, field

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from briefwright.draft.printplan import redraft
from briefwright.draft.templates import template_names
from briefwright.layout.compose import compose
from briefwright.model.document import Document, Heading, Table
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx
from tests.writers.briefing_sample import build_briefing

RGB = tuple[int, int, int]


@dataclass
class PdfLook:
    """What the PDF's content streams show: (size, fill colour) of every text, rectangle fills."""

    text: set[tuple[float, RGB]] = field(default_factory=set)
    fills: set[RGB] = field(default_factory=set)
    # x positions of text shown in white (table header cells), page by page in order.
    white_x: list[float] = field(default_factory=list)


def _pdf_look(data: bytes) -> PdfLook:
    look = PdfLook()
    for page in PdfReader(io.BytesIO(data)).pages:
        state: dict[str, object] = {"rg": (0, 0, 0), "size": 0.0}

        def visit(op: bytes, args: list, cm: list, tm: list, state: dict = state) -> None:
            if op == b"rg":
                state["rg"] = tuple(round(float(a) * 255) for a in args)
            elif op == b"Tf":
                state["size"] = round(float(args[1]), 2)
            elif op in (b"Tj", b"TJ"):
                rgb = state["rg"]
                look.text.add((state["size"], rgb))  # type: ignore[arg-type]
                if rgb == (255, 255, 255):
                    look.white_x.append(round(float(tm[4]) + float(cm[4]), 1))
            elif op in (b"f", b"f*", b"B"):
                look.fills.add(state["rg"])  # type: ignore[arg-type]

        page.extract_text(visitor_operand_before=visit)
    return look


def _rgb(colour: object) -> RGB:
    text = str(colour)
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def _pt(length: object) -> float:
    return round(length.pt, 2)  # type: ignore[attr-defined]


def _shows(pdf: PdfLook, size: float, colour: RGB) -> bool:
    """Return True when the PDF shows text of ``colour`` at ``size`` (Word keeps half points)."""
    return any(size in (int(s * 2) / 2, round(s * 2) / 2) and c == colour for s, c in pdf.text)


def _shading(element: object) -> RGB | None:
    shd = element.find(".//" + qn("w:shd"))  # type: ignore[attr-defined]
    return None if shd is None else _rgb(shd.get(qn("w:fill")))


def _outputs(name: str) -> tuple[Document, PdfLook, object]:
    b = build_briefing()
    b.template = name
    b.meta.marking = "TLP:AMBER"
    redraft(b)
    document = compose(b)
    pdf, word = io.BytesIO(), io.BytesIO()
    write_pdf(document, pdf)
    write_docx(document, word)
    return document, _pdf_look(pdf.getvalue()), docx.Document(io.BytesIO(word.getvalue()))


@pytest.fixture(scope="module", params=template_names())
def outputs(request: pytest.FixtureRequest) -> tuple[Document, PdfLook, object]:
    return _outputs(request.param)


def test_headings_and_body_have_one_size_and_colour(outputs: tuple) -> None:
    document, pdf, word = outputs
    levels = {b.level for b in document.blocks if isinstance(b, Heading)}
    names = ["Title", "Normal"] + [f"Heading {n}" for n in sorted(levels)]
    for name in names:
        style = word.styles[name]
        look = (_pt(style.font.size), _rgb(style.font.color.rgb))
        assert _shows(pdf, *look), f"{name}: Word {look}, not in the PDF's {sorted(pdf.text)}"


def test_tables_share_header_colours_and_column_widths(outputs: tuple) -> None:
    document, pdf, word = outputs
    tables = [b for b in document.blocks if isinstance(b, Table)]
    # The bottom-line box is a one-cell table; the title block's fields are not shaded.
    grids = [
        t for t in word.tables
        if len(t.columns) > 1 and _shading(t.rows[0].cells[0]._tc) is not None
    ]
    assert len(grids) == len(tables)
    accent = _rgb(word.styles["Heading 1"].font.color.rgb)
    size = _pt(word.styles["Table Text"].font.size)
    assert _shows(pdf, size, (255, 255, 255))
    xs = iter(pdf.white_x)
    for block, table in zip(tables, grids, strict=True):
        header = table.rows[0].cells
        assert {_shading(c._tc) for c in header} == {accent}
        assert accent in pdf.fills
        runs = [r for c in header for p in c.paragraphs for r in p.runs]
        assert {_rgb(r.font.color.rgb) for r in runs} == {(255, 255, 255)}
        word_widths = [c.width for c in table.columns]
        starts = [next(xs) for _ in block.header]
        pdf_widths = [b - a for a, b in itertools.pairwise(starts)]
        for i, width in enumerate(pdf_widths):
            assert width / pdf_widths[0] == pytest.approx(word_widths[i] / word_widths[0], rel=0.01)


def test_marking_has_one_colour_and_fill(outputs: tuple) -> None:
    _, pdf, word = outputs
    run = word.sections[0].header.paragraphs[0].runs[0]
    colour, fill = _rgb(run.font.color.rgb), _shading(run._r)
    assert (colour, fill) == ((255, 192, 0), (0, 0, 0))  # FIRST TLP 2.0: amber on black
    assert _shows(pdf, _pt(run.font.size), colour)
    assert fill in pdf.fills
