"""Golden briefings: an article in, the expected briefing text out, for every template.

Each ``tests/golden/<article>/<template>.txt`` is the composed Document of the article's
proposed briefing under that template, written by :func:`tests.golden.render.document_text`.
A change to what the analysis finds, what the draft proposes or what the layout composes
shows here as a diff. When the change is meant, rewrite the files and review the diff::

    BRIEFWRIGHT_UPDATE_GOLDEN=1 pytest tests/golden

Each article is read on a fixed day (a dateline without its year takes that day's year) and
analysed once; the date-time group comes from a fixed ``SOURCE_DATE_EPOCH``.
"""

from __future__ import annotations

import difflib
import functools
import os
from pathlib import Path

import pytest

from briefwright.draft.proposal import propose
from briefwright.draft.templates import template_names
from briefwright.ingest import read_article
from briefwright.layout.compose import compose
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article
from tests.golden.render import document_text
from tests.wire_set import READ_ON

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WIRE = ROOT / "tests" / "data" / "wire"
SEEDS = ROOT / "desktop" / "briefwright" / "resources" / "seeds"
# One article per kind of input: the sample (plain text with a header), a wire story in
# plain text, one in Markdown and a web page.
ARTICLES = {
    "niger-coup-sample": SEEDS / "niger-coup-us-embassy-evacuation.txt",
    "conflict-goma-peacekeepers": WIRE / "conflict-goma-peacekeepers.txt",
    "business-tokyo-carmaker-forecast": WIRE / "business-tokyo-carmaker-forecast.md",
    "courts-hague-ruling": WIRE / "courts-hague-ruling.html",
}
UPDATE = os.environ.get("BRIEFWRIGHT_UPDATE_GOLDEN", "") == "1"
EPOCH = "1700000000"  # 2023-11-14 22:13:20 UTC


@functools.cache
def _analysed(name: str) -> tuple[Article, Analysis]:
    from briefwright.analysis.engine import analyze

    article = read_article(ARTICLES[name], read_on=READ_ON)
    return article, analyze(article)


@pytest.mark.parametrize("template", template_names())
@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_the_briefing_text_is_the_golden_one(
    name: str, template: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    article, analysis = _analysed(name)
    text = document_text(compose(propose(article, analysis, template)))
    golden = HERE / name / f"{template}.txt"
    if UPDATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.is_file(), f"{golden} is missing: BRIEFWRIGHT_UPDATE_GOLDEN=1 writes it"
    expected = golden.read_text(encoding="utf-8")
    if text != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            text.splitlines(keepends=True),
            fromfile=f"{golden.relative_to(ROOT)} (golden)",
            tofile="composed now",
        )
        pytest.fail(
            "the briefing text differs from the golden one:\n" + "".join(diff), pytrace=False
        )


def test_every_golden_file_is_of_an_article_and_a_template() -> None:
    written = {(p.parent.name, p.stem) for p in HERE.glob("*/*.txt")}
    assert written == {(a, t) for a in ARTICLES for t in template_names()}
