"""The PDF writer: marking on every page, metadata, reproducible bytes, hostile and long text."""

from __future__ import annotations

import io

import pypdf
import pytest

from briefwright.briefing import Briefing
from briefwright.compose import compose
from briefwright.document import Document
from briefwright.writers.pdf import pdf_bytes, write_pdf
from tests.writers.briefing_sample import PARAGRAPHS, build_article, build_briefing
from tests.writers.readback import pdf_marking_positions, pdf_pages, pdf_text, squash

HOSTILE = ["AT&T", "if a<b and c>d", "<b>", "<img src=/etc/passwd>", "&copy 2024", "<?xml", "&amp;"]


def hostile_briefing() -> Briefing:
    text = " ".join(HOSTILE) + " \x00\x07\x1b\ud800 Αθήνα Москва Łódź end."
    briefing = build_briefing(article=build_article((text, *PARAGRAPHS[1:])))
    briefing.meta.title = "Q3: <b>Results</b> & AT&T"
    briefing.bottom_line = "Bottom <i>line</i> & more"
    briefing.actors[0].role = "<img src=/etc/passwd>"
    return briefing


def test_marking_top_and_bottom_of_every_page(document: Document) -> None:
    positions = pdf_marking_positions(pdf_bytes(document), "UNCLASSIFIED")
    assert len(positions) >= 2
    assert positions == [(True, True)] * len(positions)


def test_page_numbers_count_all_pages(document: Document) -> None:
    pages = pdf_pages(pdf_bytes(document))
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_bluf_memo_of_sample_fits_on_two_pages(document: Document) -> None:
    assert len(pdf_pages(pdf_bytes(document))) <= 2


@pytest.mark.parametrize(
    ("marking", "colour_op"),
    [
        ("TLP:AMBER", b"1 .752941 0 rg"),
        ("TLP:RED", b"1 .168627 .168627 rg"),
        ("tlp:green", b".2 1 0 rg"),
    ],
)
def test_tlp_marking_coloured_on_black(briefing: Briefing, marking: str, colour_op: bytes) -> None:
    briefing.meta.marking = marking
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(compose(briefing))))
    for page in reader.pages:
        content = page.get_contents().get_data()
        assert colour_op in content
        assert b"0 0 0 rg" in content
    positions = pdf_marking_positions(pdf_bytes(compose(briefing)), marking.upper())
    assert positions == [(True, True)] * len(reader.pages)


def test_metadata(document: Document) -> None:
    meta = pypdf.PdfReader(io.BytesIO(pdf_bytes(document))).metadata
    assert meta is not None
    assert meta.title == document.meta.title
    assert meta.author == "J. Carter, Sahel Desk"
    assert meta.subject == document.meta.subject
    assert "Antony Blinken" in str(meta.get("/Keywords"))


def test_fonts_embedded_as_one_family(document: Document) -> None:
    data = pdf_bytes(document)
    for face in (b"DejaVuSans", b"DejaVuSans-Bold"):
        assert face in data
    assert b"/FontFile2" in data
    assert b"Helvetica" not in data


def test_byte_identical_twice(briefing: Briefing) -> None:
    assert pdf_bytes(compose(briefing)) == pdf_bytes(compose(briefing))


def test_hostile_text_prints_literally_and_loads_nothing() -> None:
    data = pdf_bytes(compose(hostile_briefing()))
    text = squash(pdf_text(data))
    for literal in HOSTILE:
        assert squash(literal) in text
    assert squash("Q3: <b>Results</b> & AT&T") in text
    assert squash("Bottom <i>line</i> & more") in text
    assert "AT&T;" not in text and "©" not in text
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject")
        assert not xobjects


def test_greek_and_cyrillic_round_trip() -> None:
    text = pdf_text(pdf_bytes(compose(hostile_briefing())))
    for word in ("Αθήνα", "Москва", "Łódź"):
        assert word in text


def test_ten_thousand_word_paragraph(briefing: Briefing) -> None:
    words = " ".join(f"word{i}" for i in range(10_000))
    briefing.article = build_article((words, *PARAGRAPHS[1:]))
    text = squash(pdf_text(pdf_bytes(compose(briefing))))
    assert "word0word1" in text and "word9999[¶1]" in text


def test_long_table_cell_splits_across_pages(briefing: Briefing) -> None:
    briefing.actors[0].role = " ".join(["longrole"] * 700)
    briefing.actors[1].role = "x" * 5000
    pages = pdf_pages(pdf_bytes(compose(briefing)))
    assert squash("".join(pages)).count("longrole") == 700


def test_stream_and_path_give_the_same_bytes(document: Document, tmp_path) -> None:
    buffer = io.BytesIO()
    write_pdf(document, buffer)
    write_pdf(document, tmp_path / "brief.pdf")
    write_pdf(document, str(tmp_path / "brief2.pdf"))
    assert (
        buffer.getvalue()
        == (tmp_path / "brief.pdf").read_bytes()
        == (tmp_path / "brief2.pdf").read_bytes()
    )
    assert buffer.getvalue().startswith(b"%PDF-")
