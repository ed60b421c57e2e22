"""Right-to-left text in the PDF: drawn in visual order, direction overrides ignored."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from briefwright.model.document import DocMeta, Document, Para, Run
from briefwright.writers.bidi_order import visual_order
from briefwright.writers.pdf import write_pdf


@pytest.mark.parametrize(
    ("text", "drawn"),
    [
        ("Plain English stays as it is.", "Plain English stays as it is."),
        ("Hebrew שלום עולם here", "Hebrew םלוע םולש here"),
        ("The file \u202eexe.txt\u202c is named", "The file exe.txt is named"),
        ("mark\u200fed and \u2067isolated\u2069", "marked and isolated"),
    ],
)
def test_visual_order(text: str, drawn: str) -> None:
    assert visual_order(text) == drawn


def test_arabic_is_joined_and_reversed() -> None:
    drawn = visual_order("Arabic مرحبا end")
    assert drawn.startswith("Arabic ") and drawn.endswith(" end")
    word = drawn[len("Arabic ") : -len(" end")]
    # Joined presentation forms, last letter first; they fold back to the letters.
    assert word != "مرحبا"
    assert unicodedata.normalize("NFKC", word)[::-1] == "مرحبا"


def test_pdf_reads_back_in_logical_order() -> None:
    doc = Document(
        DocMeta("t", "", "", (), "UNCLASSIFIED"),
        (Para((Run("Hebrew שלום עולם appears and \u202eexe.txt\u202c too."),)),),
    )
    out = io.BytesIO()
    write_pdf(doc, out)
    text = " ".join(PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text().split())
    assert "שלום" in text and "עולם" in text
    assert "exe.txt" in text and "\u202e" not in text
