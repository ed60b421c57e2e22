"""Tests for plain-text articles: header fields, paragraphs, huge paragraphs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefwright.ingest import article_from_text, read_article
from briefwright.ingest.paragraphs import MAX_PARAGRAPH_CHARS, split_long
from briefwright.model.errors import IngestError
from tests.scaling import LINEAR_LIMIT, growth

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "niger-coup-us-embassy-evacuation.txt"


def test_sample_article() -> None:
    article = read_article(SAMPLE)
    assert len(article.paragraphs) == 10
    assert [p.id for p in article.paragraphs] == list(range(1, 11))
    assert article.date == date(2023, 11, 12)
    assert article.paragraphs[0].text.startswith("The recent political upheaval")
    assert "date" not in article.paragraphs[0].text[:40].lower()
    assert "2023-11-12" not in article.text
    assert article.title == ""
    assert article.path == str(SAMPLE)
    assert article.cleaning == ()
    assert all(p.kind == "body" and p.sentences for p in article.paragraphs)
    first = article.paragraphs[0]
    assert first.sentence_text(0).startswith("The recent political upheaval")
    assert first.sentence_text(0).endswith("in the country.")


def test_article_from_text_matches_read_article() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert article_from_text(text, path=SAMPLE) == read_article(SAMPLE)


@pytest.mark.parametrize(
    ("text", "title", "when", "source", "author", "url", "first"),
    [
        (" date 2023-11-12 The body starts here.", "", date(2023, 11, 12), None, None, None,
         "The body starts here."),
        ("date 2023-11-12\n\nBody.", "", date(2023, 11, 12), None, None, None, "Body."),
        ("Date: 12 November 2023\nBody.", "", date(2023, 11, 12), None, None, None, "Body."),
        ("DATE: November 12, 2023\n\nBody.", "", date(2023, 11, 12), None, None, None, "Body."),
        ("date 2023-11-12T10:00Z\n\nBody.", "", date(2023, 11, 12), None, None, None, "Body."),
        ("date Sunday, 12 Nov. 2023 Body runs on.", "", date(2023, 11, 12), None, None, None,
         "Body runs on."),
        ("title Coup in Niger\nsource Reuters\nauthor Jane Doe\nurl https://example.com/a\n"
         "date 2023-11-12\n\nBody.", "Coup in Niger", date(2023, 11, 12), "Reuters", "Jane Doe",
         "https://example.com/a", "Body."),
        ("Source: BBC\nTitle: Niger: what next?\n\nBody.", "Niger: what next?", None, "BBC",
         None, None, "Body."),
        ("\n\n  title  Indented Title\nBody line.", "Indented Title", None, None, None, None,
         "Body line."),
        ("Title IX of the Education Amendments changed sport in the United States.\n\nMore.",
         "", None, None, None, None, "Title IX of the Education Amendments"),
        ("Source of the leak is unknown, officials said.\n\nMore.", "", None, None, None, None,
         "Source of the leak is unknown"),
        ("Date night was cancelled.\n\nMore.", "", None, None, None, None, "Date night"),
        ("url not a url at all\n\nMore.", "", None, None, None, None, "url not a url"),
        ("Body first.\ntitle Late Title\n\nMore.", "", None, None, None, None,
         "Body first. title Late Title"),
        ("title One\ntitle Two\n\nBody.", "One", None, None, None, None, "title Two"),
        ("date 2023-11-12  \ntitle After Date\n\nBody.", "After Date", date(2023, 11, 12), None,
         None, None, "Body."),
        ("Date: unknown\n\nBody.", "", None, None, None, None, "Body."),
    ],
)
def test_header_variants(
    text: str,
    title: str,
    when: date | None,
    source: str | None,
    author: str | None,
    url: str | None,
    first: str,
) -> None:
    article = article_from_text(text)
    assert (article.title, article.date, article.source, article.author, article.url) == (
        title, when, source, author, url
    )
    assert article.paragraphs[0].text.startswith(first)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\ntwo\n\nthree", ["one two", "three"]),
        ("  a   b\t c  \n\n\n\n  d  ", ["a b c", "d"]),
        ("a\r\nb\r\n\r\nc", ["a b", "c"]),
        ("a\n   \n\t\nb", ["a", "b"]),
        ("a\u2029b", ["a b"]),
        ("x\u00a0y  z", ["x\u00a0y z"]),
        ("\n\n\nonly\n\n\n", ["only"]),
    ],
)
def test_paragraph_joining(text: str, expected: list[str]) -> None:
    assert [p.text for p in article_from_text(text).paragraphs] == expected


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", " date 2023-11-12 "])
def test_empty_text_is_rejected(text: str) -> None:
    with pytest.raises(IngestError, match="empty article"):
        article_from_text(text)


def _check_pieces(text: str, pieces: list[str]) -> None:
    assert pieces
    assert all(0 < len(piece) <= MAX_PARAGRAPH_CHARS for piece in pieces)
    assert "".join(pieces).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Short sentence here. " * 2000,
        "word " * 5000,
        "x" * 10_000,
        ("A sentence. " * 100) + ("y" * 7000) + (" Tail sentence." * 50),
        "e\u0301" * 4000,
    ],
)
def test_split_long(text: str) -> None:
    text = text.strip()
    _check_pieces(text, split_long(text))


def test_split_long_prefers_sentence_boundaries() -> None:
    text = " ".join(f"Sentence number {i} ends here." for i in range(400))
    pieces = split_long(text)
    assert len(pieces) > 1
    assert all(piece.endswith("ends here.") for piece in pieces)


@pytest.mark.parametrize(
    "body",
    [
        # One long token (one letter repeated would be refused as not text).
        "abcdefghij" * 100_000,
        " ".join(["word"] * 60_000),
        " ".join(["Words in a sentence."] * 15_000),
    ],
)
def test_huge_paragraphs_ingest_in_linear_time(tmp_path: Path, body: str) -> None:
    target = tmp_path / "huge.txt"
    target.write_text(body, encoding="utf-8")
    tenth = tmp_path / "tenth.txt"
    tenth.write_text(body[: len(body) // 10], encoding="utf-8")
    assert growth(lambda: read_article(target), lambda: read_article(tenth)) < LINEAR_LIMIT
    article = read_article(target)
    assert len(article.paragraphs) > 1
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in article.paragraphs)
    assert [p.id for p in article.paragraphs] == list(range(1, len(article.paragraphs) + 1))
