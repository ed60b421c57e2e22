"""Every hostile case through open → analysis → save → reload → PDF and DOCX, in process.

Each ends in a faithful export or a typed error with a one-line message, within 60 s, never
reading the local file the corpus points at. "Faithful": every included section paragraph
and fact appears literally in the DOCX body and the PDF body, compared without whitespace,
with characters XML cannot hold as U+FFFD (as the writers print them) and, in the PDF only,
without the characters the embedded font has no glyph for (see ``checks.pdf_normal``).
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from briefwright.app.export import export_briefing
from briefwright.app.pipeline import open_briefing
from briefwright.store.project import load_project, save_project
from tests.hostile.checks import (
    OPEN_WATCH,
    deadline,
    docx_all_text,
    docx_normal,
    included_texts,
    pdf_body_text,
    pdf_extracted,
    pdf_normal,
    squash,
)
from tests.hostile.corpus import CASES, SECRET_NAME, Case

TIME_LIMIT = 60.0


@pytest.fixture
def watch_secret() -> list[str]:
    OPEN_WATCH.needle = SECRET_NAME
    OPEN_WATCH.seen.clear()
    yield OPEN_WATCH.seen
    OPEN_WATCH.needle = None


@pytest.mark.parametrize("case", [c for c in CASES if c.error], ids=lambda c: c.name)
def test_refused_with_typed_one_line_error(
    case: Case, corpus: dict[str, Path], watch_secret: list[str]
) -> None:
    with deadline(TIME_LIMIT), pytest.raises(case.error_type, match=case.error) as info:
        open_briefing(corpus[case.name])
    message = str(info.value)
    assert "\n" not in message and message.startswith(case.name)
    assert watch_secret == []


# Heavy cases run through the command line (test_hostile_cli), where a real process timeout
# bounds them; an alarm cannot interrupt a layout that is stuck in ReportLab's C code.
@pytest.mark.parametrize(
    "case", [c for c in CASES if not c.error and not c.heavy], ids=lambda c: c.name
)
def test_faithful_round_trip_and_export(
    case: Case, corpus: dict[str, Path], tmp_path: Path, watch_secret: list[str]
) -> None:
    with deadline(TIME_LIMIT):
        briefing = open_briefing(corpus[case.name])
        for expected in case.contains:
            assert expected in briefing.lead_article.text
        project = tmp_path / "saved.briefing"
        save_project(briefing, project)
        again = load_project(project)
        assert again == briefing
        pdf, word = io.BytesIO(), io.BytesIO()
        export_briefing(again, pdf, "pdf")
        export_briefing(again, word, "docx")
    pdf_text = pdf_extracted(pdf_body_text(pdf.getvalue()))
    document = docx.Document(io.BytesIO(word.getvalue()))
    word_text = squash(
        "".join(p.text for p in document.paragraphs)
        + "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    )
    texts = included_texts(again)
    assert texts, "nothing included: the case proves nothing"
    missing_pdf = [t[:60] for t in texts if pdf_normal(t) not in pdf_text]
    missing_docx = [t[:60] for t in texts if docx_normal(t) not in word_text]
    assert missing_docx == []
    assert missing_pdf == []
    outputs = {
        "project": project.read_bytes().decode("utf-8"),
        "pdf": pdf_body_text(pdf.getvalue()),
        "docx": docx_all_text(word.getvalue()),
    }
    for marker in case.forbidden:
        assert [k for k, v in outputs.items() if marker in v] == []
    # An <img> in the text must never embed a picture (ReportLab would read the local file).
    assert b"/Subtype /Image" not in pdf.getvalue()
    assert watch_secret == []
