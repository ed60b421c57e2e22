"""PDF and DOCX of every template: the same headings and facts in order, nothing excluded."""

from __future__ import annotations

import io

import pytest

from briefwright.draft.templates import template_names
from briefwright.layout.compose import compose
from briefwright.model.document import Document, Heading, ListBlock, Para
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx
from tests.writers.briefing_sample import build_briefing
from tests.writers.readback import docx_lines, in_order, pdf_text, squash

EXCLUDED = [
    "French and Italian governments organised evacuation flights.",
    "European evacuation flights",
    "The evacuation flights organized by the French and Italian governments",
    "Cited by protesters",
    "French evacuation flights leave Niamey.",
]


def expected_sequence(document: Document) -> list[str]:
    """Return the headings, fact items and paragraphs of ``document`` in reading order."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            out.append(block.text)
        elif isinstance(block, ListBlock):
            out.extend("".join(r.text for r in item) for item in block.items)
        elif isinstance(block, Para) and block.style == "body":
            out.append(block.text)
    return out


def exported(document: Document, fmt: str) -> str:
    buffer = io.BytesIO()
    if fmt == "pdf":
        write_pdf(document, buffer)
        return squash(pdf_text(buffer.getvalue()))
    write_docx(document, buffer)
    return squash("\n".join(docx_lines(buffer.getvalue())))


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("template", template_names())
def test_same_content_in_same_order(template: str, fmt: str) -> None:
    document = compose(build_briefing(template))
    sequence = expected_sequence(document)
    assert len(sequence) > 10
    text = exported(document, fmt)
    assert in_order(text, [squash(s) for s in sequence]) == []
    for gone in EXCLUDED:
        assert squash(gone) not in text


@pytest.mark.parametrize("template", template_names())
def test_formats_agree_on_headings(template: str) -> None:
    document = compose(build_briefing(template))
    headings = [squash(b.text) for b in document.blocks if isinstance(b, Heading)]
    pdf, word = exported(document, "pdf"), exported(document, "docx")
    assert in_order(pdf, headings) == []
    assert in_order(word, headings) == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_facts_carry_their_paragraph_reference(fmt: str) -> None:
    text = exported(compose(build_briefing()), fmt)
    assert squash("The embassy in Niamey remains open. [¶2]") in text
    assert squash("rejected the sanctions as cynical and iniquitous. [¶7]") in text
