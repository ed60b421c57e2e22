"""The writers' shortcuts past their libraries give what the libraries themselves give."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from docx import Document as new_docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from lxml import etree
from reportlab.platypus.paragraph import Paragraph

from briefwright.model.document import Document, Run
from briefwright.writers.pdf_frags import quick_frags
from briefwright.writers.pdf_markup import run_markup, runs_markup
from briefwright.writers.pdf_styles import build_styles
from briefwright.writers.word import WordBuilder, docx_bytes
from briefwright.writers.word_package import package_members
from briefwright.writers.word_runs import run_xml, runs_xml

TEXTS = [
    "plain words",
    "AT&T if a<b and c>d &amp; &copy",
    "  spaces at both ends  ",
    "tab\there and\nnew lines\r\n",
    "nbsp\u00a0inside\u00a0\u00a0twice",
    "مرحبا abc שלום",
    "x" * 400,
]


def _c14n(element: Any) -> bytes:
    return bytes(etree.tostring(element, method="c14n", exclusive=True))


def _frag_state(frags: list[Any]) -> list[dict[str, Any]]:
    return [{k: v for k, v in vars(f).items()} for f in frags]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(
    "runs",
    [
        lambda t: (Run(t),),
        lambda t: (Run(t, bold=True),),
        lambda t: (Run(t, italic=True, bold=True),),
        lambda t: (Run("Lead. ", bold=True), Run(t), Run(" [¶3]", ref=True)),
        lambda t: (Run(t, ref=True, italic=True), Run(t)),
    ],
)
def test_fragments_are_the_parsers(text: str, runs: Any) -> None:
    style = build_styles((31, 58, 95)).body
    markup = runs_markup(runs(text))
    quick = quick_frags(markup, style)
    assert quick is not None
    parsed = Paragraph(markup, style)
    assert quick[0] == parsed.text
    assert _frag_state(quick[1]) == _frag_state(parsed.frags)


@pytest.mark.parametrize(
    "markup", ['<font face="Courier">x</font>', "<b>x", "x</b>", "<u>x</u>", "a & b", "", "<b></b>"]
)
def test_other_markup_goes_to_the_parser(markup: str) -> None:
    assert quick_frags(markup, build_styles((31, 58, 95)).body) is None


def test_a_reference_only_markup_is_quick() -> None:
    assert quick_frags(run_markup(Run("[¶2]", ref=True)), build_styles((31, 58, 95)).body)


@pytest.mark.parametrize("text", TEXTS)
def test_run_xml_is_python_docx_run(text: str) -> None:
    paragraph = new_docx().add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.italic = True
    ours = parse_xml(f"<w:p {nsdecls('w')}>{run_xml(text, '<w:b/><w:i/>')}</w:p>")
    assert _c14n(ours[0]) == _c14n(run._r)


def test_runs_xml_marks_references() -> None:
    xml = runs_xml((Run("a", bold=True), Run("[¶1]", ref=True)))
    assert xml == (
        '<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="5C6670"/></w:rPr><w:t>[¶1]</w:t></w:r>'
    )


def test_package_members_are_what_save_writes(document: Document) -> None:
    builder = WordBuilder(document.meta)
    for block in document.blocks:
        builder.add(block)
    saved = io.BytesIO()
    builder.doc.save(saved)
    with zipfile.ZipFile(saved) as z:
        written = {name: z.read(name) for name in z.namelist()}
    assert package_members(builder.doc.part.package) == written


def test_every_export_starts_from_an_untouched_base(document: Document) -> None:
    assert docx_bytes(document) == docx_bytes(document)


def test_text_left_uncleaned_is_what_reportlab_would_leave() -> None:
    import random

    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from briefwright.writers.pdf_frags import _UNCLEAN

    pool = ["a", "b", " ", "\t", "\n", "\r", "\u00a0", "\x1c", "\u2028", "\x85", "\u3000", "&"]
    rng = random.Random(19)
    for _ in range(20_000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        if not _UNCLEAN.search(text):
            assert cleanBlockQuotedText(text) == text, repr(text)


def test_no_export_writes_to_the_stand_in_style_sheet(document: Document) -> None:
    builder = WordBuilder(document.meta)
    tail = document.short_tail()
    for index, block in enumerate(document.blocks):
        if index == tail - 1:
            builder.add_kept_with_next(block)
        else:
            builder.add(block)
    assert len(builder.doc.styles.element) == 0
    with zipfile.ZipFile(io.BytesIO(docx_bytes(document))) as z:
        assert z.read("word/styles.xml") == builder.base.styles
        assert b'w:styleId="ListNumber"' in builder.base.styles


def test_the_zip_is_what_zipfile_writes() -> None:
    import random

    from briefwright.writers.word_package import reproducible_zip

    rng = random.Random(6)
    members = {
        "[Content_Types].xml": b"<Types/>",
        "word/b.xml": bytes(rng.randrange(256) for _ in range(5000)),
        "word/big.xml": b"<w:p>text</w:p>" * 10_000,
        "a/\u00e9.xml": b"",
    }
    expected = io.BytesIO()
    with zipfile.ZipFile(expected, "w") as z:
        for name in sorted(members, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(2023, 11, 14, 22, 13, 20))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, members[name], compresslevel=6)
    assert reproducible_zip(members, 1700000000) == expected.getvalue()
    assert reproducible_zip(members, 1700000000) == expected.getvalue()  # from the cache
