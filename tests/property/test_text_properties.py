"""Properties over any text: export always succeeds and shows the cleaned text; saves round-trip.

Comparison rules (the only normalisation): whitespace is removed on both sides (line wrapping
differs); characters XML cannot hold are expected as U+FFFD (the writers print them so); in
the PDF only, characters the embedded font has no glyph for, and right-to-left letters with
the bidi controls, are dropped from both sides: ReportLab prints the first as a box and stores
the second in logical order, which pypdf reads back reversed (see the corpus case
bidi-controls.txt).
"""

from __future__ import annotations

import io
import unicodedata
from datetime import date
from typing import get_args

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefwright.app.export import export_briefing
from briefwright.ingest import article_from_text
from briefwright.ingest.sentences import split_sentences
from briefwright.model.analysis import LABELS, SECTION_ROLES, Granularity, Mention
from briefwright.model.article import Article, Paragraph
from briefwright.model.briefing import ActorItem, Briefing, EventItem, FactItem, Meta, SectionItem
from briefwright.model.errors import IngestError
from briefwright.model.sources import source_of
from briefwright.store.project import dumps, loads
from tests.hostile.checks import docx_normal, pdf_body_text, pdf_extracted, pdf_normal, squash

BAD_TOKENS = (
    "<?", "&", "]]>", "\x08", "<b>", "</b>", "<img src=x>", "&copy", "<font size=99>",
    "<br>", "AT&T", "&#0;", "<![CDATA[", "\x00", "\ud800", "\ufffe", "\u202e", "\r", "\n\n",
    "title ", "date 2023-11-12 ", "<a href=javascript:x>", "<para>", "e\u0301",
)
_RTL = {"R", "AL", "AN", "RLE", "RLO", "RLI", "LRE", "LRO", "LRI", "FSI", "PDF", "PDI"}
ANY_CHAR = st.characters(exclude_categories=())
TEXT_CHAR = st.characters(exclude_categories=("Cs",))
article_text = st.lists(
    st.one_of(st.text(ANY_CHAR, max_size=40), st.sampled_from(BAD_TOKENS)), max_size=30
).map("".join)
plain = st.text(TEXT_CHAR, max_size=30)
FAST = settings(
    max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def _ltr(text: str) -> str:
    return "".join(c for c in text if unicodedata.bidirectional(c) not in _RTL)


def briefing_over_all(article: Article) -> Briefing:
    """Return a Briefing with one section over every paragraph and every sentence a fact."""
    facts = [
        FactItem(f"f{p.id}.{i}", p.sentence_text(i), p.id, i, original=p.sentence_text(i))
        for p in article.paragraphs
        for i in range(len(p.sentences))
    ]
    section = SectionItem("s1", "All", [p.id for p in article.paragraphs])
    return Briefing(
        meta=Meta(title="Property"), sources=[source_of(article)], sections=[section], facts=facts
    )


@FAST
@given(article_text)
def test_any_text_exports_faithfully(text: str) -> None:
    try:
        article = article_from_text(text)
    except IngestError as exc:
        assert "empty article" in str(exc)
        return
    briefing = briefing_over_all(article)
    pdf, word = io.BytesIO(), io.BytesIO()
    export_briefing(briefing, pdf, "pdf")
    export_briefing(briefing, word, "docx")
    pdf_text = _ltr(pdf_extracted(pdf_body_text(pdf.getvalue())))
    document = docx.Document(io.BytesIO(word.getvalue()))
    word_text = squash("".join(p.text for p in document.paragraphs))
    wanted = [p.text for p in article.paragraphs] + [f.text.strip() for f in briefing.facts]
    for piece in wanted:
        assert docx_normal(piece) in word_text
        assert _ltr(pdf_normal(piece)) in pdf_text


@st.composite
def briefings(draw: st.DrawFn, text: st.SearchStrategy[str] = plain) -> Briefing:
    texts = draw(st.lists(text, min_size=1, max_size=4))
    paragraphs = tuple(
        Paragraph(i, t, split_sentences(t), draw(st.sampled_from(("body", "heading"))))
        for i, t in enumerate(texts, 1)
    )
    pid = st.integers(1, len(paragraphs))
    opt = st.none() | text
    article = Article(
        title=draw(text), paragraphs=paragraphs, date=draw(st.none() | st.dates(date(1, 1, 1))),
        source=draw(opt), author=draw(opt), url=draw(opt), path=draw(opt),
    )
    ids = st.text(TEXT_CHAR, max_size=8)
    sections = draw(st.lists(st.builds(
        SectionItem, ids, text, st.lists(pid, max_size=4), st.booleans(), text,
        st.sampled_from(SECTION_ROLES)), max_size=3))
    facts = draw(st.lists(st.builds(
        FactItem, ids, text, pid, st.integers(-5, 50), st.booleans(), text,
        st.floats(allow_nan=False, allow_infinity=False),
        st.sampled_from(("fact", "assessment", "commentary"))), max_size=3))
    mention = st.builds(Mention, pid, st.integers(0, 99), st.integers(0, 99))
    actors = draw(st.lists(st.builds(
        ActorItem, ids, text, st.sampled_from(LABELS), text, st.lists(text, max_size=2),
        st.booleans(), st.lists(mention, max_size=2)), max_size=3))
    iso = st.dates(date(1, 1, 1)).map(date.isoformat)
    iso_partial = iso | iso.map(lambda d: d[:7]) | iso.map(lambda d: d[:4])
    events = draw(st.lists(st.builds(
        EventItem, ids, iso_partial, text, text, pid, st.booleans(),
        st.sampled_from(get_args(Granularity))), max_size=3))
    return Briefing(
        meta=draw(st.builds(Meta, text, text, text, text, text, text)),
        sources=[source_of(article)], template=draw(text), bottom_line=draw(text),
        comment=draw(text),
        sections=sections, facts=facts, actors=actors, events=events,
        source_appendix=draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None, derandomize=True)
@given(briefings())
def test_any_briefing_round_trips(briefing: Briefing) -> None:
    assert loads(dumps(briefing)) == briefing


@settings(max_examples=30, deadline=None, derandomize=True)
@given(briefings(st.text(ANY_CHAR, max_size=20)))
def test_lone_surrogates_are_stored_as_replacement_characters(briefing: Briefing) -> None:
    data = dumps(briefing)
    once = loads(data)
    assert dumps(once) == data
    assert loads(dumps(once)) == once
