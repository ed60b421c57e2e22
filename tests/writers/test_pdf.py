"""The PDF writer: marking on every page, metadata, reproducible bytes, hostile and long text."""

from __future__ import annotations

import io
import re
from typing import Any

import pypdf
import pytest

from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.document import DocMeta, Document, ListBlock, Para, Run
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
    briefing.replace_article("S1", build_article((words, *PARAGRAPHS[1:])))
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


REF_RGB = (0x5C / 255, 0x66 / 255, 0x70 / 255)
META = DocMeta("Refs", "Author", "Subject", (), "UNCLASSIFIED")


def coloured_texts(data: bytes) -> list[tuple[tuple[float, ...], float, str]]:
    """Return each string the pages show (one per Tj) with its fill colour and x position."""
    out: list[tuple[tuple[float, ...], float, str]] = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        fonts = {
            name: _to_unicode(font.get_object())
            for name, font in page["/Resources"]["/Font"].items()
        }
        state: dict[str, Any] = {"fill": (0.0, 0.0, 0.0), "font": {}, "fonts": fonts}

        def before(
            op: bytes, args: list[Any], cm: list[float], tm: list[float], state: Any = state
        ) -> None:
            if op == b"rg":
                state["fill"] = tuple(round(float(a), 4) for a in args)
            elif op == b"Tf":
                state["font"] = state["fonts"][args[0]]
            elif op == b"Tj":
                raw = args[0].original_bytes if hasattr(args[0], "original_bytes") else args[0]
                text = "".join(state["font"].get(b, "") for b in bytes(raw))
                out.append((state["fill"], tm[4] * cm[0] + cm[4], text))

        page.extract_text(visitor_operand_before=before)
    return out


def _to_unicode(font: Any) -> dict[int, str]:
    """Return a ReportLab subset font's codes and the characters they stand for."""
    cmap = font["/ToUnicode"].get_object().get_data().decode("ascii")
    return {
        int(code, 16): chr(int(char, 16))
        for code, char in re.findall(r"<([0-9A-Fa-f]{2})> <([0-9A-Fa-f]{4})>", cmap)
    }


def is_ref(colour: tuple[float, ...]) -> bool:
    return all(abs(a - b) < 2e-4 for a, b in zip(colour, REF_RGB, strict=True))


@pytest.mark.parametrize(
    "runs",
    [
        (Run("Plain body text. "), Run("[¶4]", ref=True)),
        (Run("Body text run straight into its reference."), Run("[¶4]", ref=True)),
        (Run("Bold body text. ", bold=True), Run("[¶4]", ref=True)),
        (Run("[¶4]", ref=True), Run(" a quoted source sentence.")),
        (Run("Italic body text. ", italic=True), Run("[¶4]", ref=True, italic=True)),
    ],
)
def test_source_reference_and_only_it_in_reference_colour(runs: tuple[Run, ...]) -> None:
    document = Document(META, (Para(runs),))
    pieces = coloured_texts(pdf_bytes(document))
    refs = "".join(t for c, _, t in pieces if is_ref(c))
    body = "".join(t for c, _, t in pieces if not is_ref(c))
    assert squash(refs) == "[¶4]"
    assert squash("".join(r.text for r in runs if not r.ref)) in squash(body)


def test_reference_coloured_when_its_paragraph_runs_over_a_page() -> None:
    words = " ".join(f"w{i}" for i in range(120))
    paras = tuple(Para((Run(f"{words} "), Run(f"[¶{n}]", ref=True))) for n in range(1, 13))
    data = pdf_bytes(Document(META, paras))
    assert len(pdf_pages(data)) >= 2
    refs = [t for c, _, t in coloured_texts(data) if is_ref(c)]
    assert [squash(t) for t in refs] == [f"[¶{n}]" for n in range(1, 13)]


def test_numbered_list_text_starts_at_one_edge() -> None:
    items = tuple((Run(f"Item {n} says little. "), Run("[¶1]", ref=True)) for n in range(1, 13))
    data = pdf_bytes(Document(META, (ListBlock(items, ordered=True),)))
    starts = {round(x, 2) for _, x, t in coloured_texts(data) if t.startswith("Item")}
    numbers = {round(x, 2) for _, x, t in coloured_texts(data) if t.strip() in ("1.", "10.")}
    assert len(starts) == 1
    assert len(numbers) == 1
