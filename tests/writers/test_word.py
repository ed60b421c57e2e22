"""The DOCX writer: Word's styles, marking in header and footer, page fields, reproducible bytes."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from briefwright.layout.compose import compose
from briefwright.model.briefing import Briefing
from briefwright.model.document import Document
from briefwright.writers.word import docx_bytes, write_docx
from tests.writers.briefing_sample import PARAGRAPHS, build_article, build_briefing
from tests.writers.readback import docx_header_footer, docx_lines, squash
from tests.writers.test_pdf import HOSTILE, hostile_briefing


def styles_used(data: bytes) -> list[str]:
    return [p.style.name for p in docx.Document(io.BytesIO(data)).paragraphs]


def test_word_styles(document: Document) -> None:
    used = styles_used(docx_bytes(document))
    for name in ("Title", "Heading 1", "Heading 2", "List Number"):
        assert name in used
    tables = docx.Document(io.BytesIO(docx_bytes(document))).tables
    assert any(t.style is not None and t.style.name == "Table Grid" for t in tables)


def test_tables_read_back(document: Document) -> None:
    lines = docx_lines(docx_bytes(document))
    assert "Name | Role | Type" in lines
    assert "Antony Blinken | US Secretary of State | Person" in lines
    assert not any("Russia | Cited by protesters" in line for line in lines)


def test_numbered_lists_restart(document: Document) -> None:
    body = docx.Document(io.BytesIO(docx_bytes(document))).element.body
    ids = [n.get(docx.oxml.ns.qn("w:val")) for n in body.iter(docx.oxml.ns.qn("w:numId"))]
    assert len(set(ids)) == 2  # key facts and assessments: two lists, each from 1


@pytest.mark.parametrize(
    ("marking", "colour", "fill"),
    [
        ("UNCLASSIFIED", "000000", None),
        ("TLP:AMBER+STRICT", "FFC000", "000000"),
        ("TLP:CLEAR", "FFFFFF", "000000"),
    ],
)
def test_marking_in_header_and_footer(
    briefing: Briefing, marking: str, colour: str, fill: str | None
) -> None:
    briefing.meta.marking = marking
    data = docx_bytes(compose(briefing))
    header, footer = docx_header_footer(data)
    assert marking in header
    assert marking in footer
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/header1.xml").decode()
    assert f'w:color w:val="{colour}"' in xml
    assert (f'w:fill="{fill}"' in xml) is (fill is not None)


def test_core_properties(document: Document) -> None:
    props = docx.Document(io.BytesIO(docx_bytes(document))).core_properties
    assert props.title == document.meta.title
    assert props.author == "J. Carter, Sahel Desk"
    assert props.subject == document.meta.subject
    assert "ECOWAS" in props.keywords
    assert props.created is not None and int(props.created.timestamp()) == 1700000000
    assert props.modified == props.created


def test_page_size_follows_template(briefing: Briefing) -> None:
    sizes = {}
    for template in ("bluf-memo", "intsum"):
        briefing.template = template
        section = docx.Document(io.BytesIO(docx_bytes(compose(briefing)))).sections[0]
        sizes[template] = round(section.page_width.mm), round(section.page_height.mm)
    assert sizes == {"bluf-memo": (216, 279), "intsum": (210, 297)}


def test_byte_identical_twice_with_fixed_zip_times(briefing: Briefing) -> None:
    first, second = docx_bytes(compose(briefing)), docx_bytes(compose(briefing))
    assert first == second
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert z.namelist()[0] == "[Content_Types].xml"
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}
        assert not any("thumbnail" in n for n in z.namelist())


def test_hostile_and_invalid_characters() -> None:
    data = docx_bytes(compose(hostile_briefing()))
    text = squash("\n".join(docx_lines(data)))
    for literal in HOSTILE:
        assert squash(literal) in text
    for word in ("Αθήνα", "Москва", "Łódź", "\ufffd"):
        assert word in text
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert not any(n.startswith("word/media") for n in z.namelist())


def test_long_paragraph_and_cell(briefing: Briefing) -> None:
    words = " ".join(f"word{i}" for i in range(10_000))
    briefing.replace_article("S1", build_article((words, *PARAGRAPHS[1:])))
    briefing.actors[0].role = "y" * 5000
    lines = docx_lines(docx_bytes(compose(briefing)))
    assert any(line.endswith("word9999 [¶1]") for line in lines)
    assert any("y" * 5000 in line for line in lines)


def test_stream_and_path(document: Document, tmp_path) -> None:
    buffer = io.BytesIO()
    write_docx(document, buffer)
    write_docx(document, tmp_path / "brief.docx")
    assert buffer.getvalue() == (tmp_path / "brief.docx").read_bytes()
    assert zipfile.is_zipfile(io.BytesIO(buffer.getvalue()))


def test_sample_briefing_has_every_included_fact(document: Document) -> None:
    text = squash("\n".join(docx_lines(docx_bytes(document))))
    for fact in build_briefing().included_facts():
        assert squash(fact.text) in text
