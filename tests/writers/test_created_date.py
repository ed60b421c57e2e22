"""Both files are dated by the briefing's date-time group, not by 1 January 2000."""

from __future__ import annotations

import io

import docx
import pypdf
import pytest

from briefwright.layout.compose import compose
from briefwright.writers.pdf import pdf_bytes
from briefwright.writers.word import docx_bytes
from tests.writers.briefing_sample import build_briefing


def test_pdf_and_word_carry_the_date_time_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    briefing = build_briefing()
    briefing.meta.dtg = "121430Z NOV 23"
    document = compose(briefing)
    info = pypdf.PdfReader(io.BytesIO(pdf_bytes(document))).metadata
    assert info is not None
    assert info["/CreationDate"].startswith("D:20231112143000")
    assert info["/ModDate"] == info["/CreationDate"]
    props = docx.Document(io.BytesIO(docx_bytes(document))).core_properties
    assert props.created is not None
    assert props.created.strftime("%Y-%m-%d %H:%M") == "2023-11-12 14:30"
