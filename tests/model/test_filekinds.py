"""One list of article suffixes: the reader, the folder export and the Open dialog agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import articles_in
from briefwright.ingest import read_article
from briefwright.model.filekinds import ARTICLE_SUFFIXES, dialog_filter

BODY = {
    ".txt": "A plain article about the port.",
    ".text": "A plain article about the port.",
    ".md": "# Port\n\nA Markdown article about the port.",
    ".markdown": "# Port\n\nA Markdown article about the port.",
    ".html": "<html><body><p>An HTML article about the port.</p></body></html>",
    ".htm": "<html><body><p>An HTML article about the port.</p></body></html>",
    ".xhtml": '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>An XHTML article about '
    "the port.</p></body></html>",
}


@pytest.mark.parametrize("suffix", [s for s in ARTICLE_SUFFIXES if s != ".docx"])
def test_every_listed_suffix_is_read_and_found_in_a_folder(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"article{suffix}"
    path.write_text(BODY[suffix], encoding="utf-8")
    assert "port" in read_article(path).text
    assert articles_in(tmp_path) == [path]
    assert f"*{suffix}" in dialog_filter()


def test_other_files_in_a_folder_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    assert articles_in(tmp_path) == []


def test_every_kind_of_text_has_its_suffixes_and_one_reader() -> None:
    from briefwright.ingest.reader import _TEXT_READERS, read_text
    from briefwright.model.filekinds import TEXT_KINDS, WORD_SUFFIXES, text_kind

    assert set(_TEXT_READERS) == set(TEXT_KINDS)
    listed = {s for suffixes in TEXT_KINDS.values() for s in suffixes}
    assert listed | set(WORD_SUFFIXES) == set(ARTICLE_SUFFIXES)
    assert text_kind(".MD") == "markdown" and text_kind(".pdf") is None
    article = read_text("# Headline\n\nFirst paragraph of the news.\n", "markdown")
    assert article.title == "Headline" and "#" not in article.text
