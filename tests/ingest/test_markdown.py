"""Tests for Markdown articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.ingest.markdown_blocks import parse_markdown


def _read(tmp_path: Path, text: str, name: str = "article.md") -> list[tuple[str, str]]:
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return [(p.kind, p.text) for p in read_article(target).paragraphs]


def test_markdown_document(tmp_path: Path) -> None:
    text = (
        "# Coup in Niger\n\n"
        "The **junta** took *power* in [Niamey](https://example.com) on `Wednesday`.\n"
        "Second line of the same paragraph.\n\n"
        "## Reactions\n\n"
        "- Ecowas imposed sanctions\n"
        "  on the junta.\n"
        "* France suspended aid.\n"
        "1. The US warned.\n\n"
        "> A quoted remark.\n\n"
        "---\n\n"
        "```\nx = 1  # code stays as text\n```\n\n"
        'Raw <script>alert("x")</script> and <img src="file:///etc/passwd"> stay text.\n'
    )
    target = tmp_path / "article.markdown"
    target.write_text(text, encoding="utf-8")
    article = read_article(target)
    assert article.title == "Coup in Niger"
    assert [(p.kind, p.text) for p in article.paragraphs] == [
        ("body", "The junta took power in Niamey on Wednesday. Second line of the same paragraph."),
        ("heading", "Reactions"),
        ("body", "Ecowas imposed sanctions on the junta."),
        ("body", "France suspended aid."),
        ("body", "The US warned."),
        ("body", "A quoted remark."),
        ("body", "x = 1 # code stays as text"),
        ("body", 'Raw <script>alert("x")</script> and <img src="file:///etc/passwd"> stay text.'),
    ]
    assert [p.id for p in article.paragraphs] == list(range(1, 9))


def test_heading_after_text_is_not_the_title(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    target.write_text("Intro.\n\n# Later heading\n\nBody.", encoding="utf-8")
    article = read_article(target)
    assert article.title == ""
    assert article.paragraphs[1].kind == "heading"


def test_setext_headings(tmp_path: Path) -> None:
    assert _read(tmp_path, "Intro.\n\nPart one\n--------\n\nBody.") == [
        ("body", "Intro."), ("heading", "Part one"), ("body", "Body."),
    ]


def test_front_matter_and_header_lines(tmp_path: Path) -> None:
    target = tmp_path / "fm.md"
    target.write_text(
        "---\ntitle: \"Front title\"\ndate: 2023-11-12\nauthor: Jane Doe\nlayout: post\n---\n\n"
        "# Heading kept\n\nBody.",
        encoding="utf-8",
    )
    article = read_article(target)
    assert (article.title, article.date, article.author) == (
        "Front title", date(2023, 11, 12), "Jane Doe"
    )
    assert article.paragraphs[0].kind == "heading"

    target.write_text(" date 2023-11-12 The body starts.\n\nMore.", encoding="utf-8")
    article = read_article(target)
    assert article.date == date(2023, 11, 12)
    assert article.paragraphs[0].text == "The body starts."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**bold** and __bold__", "bold and bold"),
        ("*em* and _em_", "em and em"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("~~gone~~ text", "gone text"),
        ("[link](http://x.y/z) and [ref][1]\n\n[1]: http://x.y/r", "link and ref"),
        ("[sic] and [undefined][2] stay", "[sic] and [undefined][2] stay"),
        ("![alt text](pic.png)", "alt text"),
        ("<https://example.com>", "https://example.com"),
        ("``code `tick` here``", "code `tick` here"),
        (r"\*not emphasis\*", "*not emphasis*"),
    ],
)
def test_inline_markup_is_reduced_to_text(raw: str, expected: str) -> None:
    assert [b.text for b in parse_markdown(raw).blocks] == [expected]
