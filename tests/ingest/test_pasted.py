"""Pasted Markdown is read as a .md file is; plain text is not taken for Markdown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.ingest.pasted import article_from_markdown, looks_like_markdown
from briefwright.model.errors import IngestError

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"
DAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "# Floods in Mombasa\n\nRain closed the port.",
        "---\ntitle: Floods\ndate: 2026-11-27\n---\n\nRain closed the port.",
        "Floods\n\n*By Achol Deng*\n\nRain closed the port.",
        "**MOMBASA, Kenya –** Rain closed the port.",
        "Rain closed the [port](https://example.org/port).",
    ],
)
def test_markdown_is_recognised(text: str) -> None:
    assert looks_like_markdown(text)


@pytest.mark.parametrize(
    "text",
    [
        "Floods close the port\n\nMOMBASA, Kenya - Rain closed the port on Tuesday.",
        "Officials said:\n- the port is shut\n- 14 ships wait offshore",
        "The #1 port of East Africa stopped work; 5 * 3 = 15 cranes stood idle.",
        "title Floods\ndate 2026-11-27\n\nRain closed the port.",
    ],
)
def test_plain_text_is_not_taken_for_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


@pytest.mark.parametrize("name", sorted(p.name for p in WIRE.glob("*.md")))
def test_pasted_markdown_reads_as_the_file_does(name: str) -> None:
    path = WIRE / name
    text = path.read_text("utf-8")
    pasted = article_from_markdown(text, read_on=DAY)
    read = read_article(path, read_on=DAY)
    assert looks_like_markdown(text)
    assert (pasted.title, pasted.date, pasted.source) == (read.title, read.date, read.source)
    assert [p.text for p in pasted.paragraphs] == [p.text for p in read.paragraphs]
    assert pasted.path is None


def test_markdown_without_a_paragraph_is_an_empty_article() -> None:
    with pytest.raises(IngestError, match="Pasted article: empty article"):
        article_from_markdown("# Only a title\n", name="Pasted article")
