"""Tests for reading article files: limits, missing files, folders, sniffing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.model.errors import IngestError


def test_file_over_20_mb_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "big.txt"
    with target.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    with pytest.raises(IngestError, match=r"^big\.txt: larger than 20 MB \(21\.0 MB\)$"):
        read_article(target)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),
        ("blank.txt", b" \n\n\t \r\n"),
        ("blank.md", b"\n\n"),
        ("blank.html", b"<html><body><p>  </p></body></html>"),
        ("header-only.txt", b"title Nothing else\ndate 2023-11-12\n"),
        ("empty.docx", b""),
    ],
)
def test_empty_article(tmp_path: Path, name: str, data: bytes) -> None:
    target = tmp_path / name
    target.write_bytes(data)
    with pytest.raises(IngestError, match=f"^{re.escape(name)}: empty article$"):
        read_article(target)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"^absent\.txt: file not found$"):
        read_article(tmp_path / "absent.txt")


def test_path_below_a_file(tmp_path: Path) -> None:
    parent = tmp_path / "plain.txt"
    parent.write_text("x", encoding="utf-8")
    with pytest.raises(IngestError, match=r"^child\.txt: file not found"):
        read_article(parent / "child.txt")


def test_folder(tmp_path: Path) -> None:
    folder = tmp_path / "articles.txt"
    folder.mkdir()
    with pytest.raises(IngestError, match=r"^articles\.txt: is a folder, not a file$"):
        read_article(folder)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "locked.txt"
    target.write_text("Some text.", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(IngestError, match=r"^locked\.txt: permission denied$"):
        read_article(target)


@pytest.mark.parametrize(
    ("name", "data", "first"),
    [
        ("notes.log", b"date 2023-11-12 A log line.\n\nSecond.", "A log line."),
        ("article", "Plain “text” file.".encode("cp1252"), "Plain “text” file."),
        ("page.php", b"<!DOCTYPE html><html><body><p>From a page.</p></body></html>",
         "From a page."),
    ],
)
def test_unknown_extension_is_sniffed(tmp_path: Path, name: str, data: bytes, first: str) -> None:
    target = tmp_path / name
    target.write_bytes(data)
    article = read_article(target)
    assert article.paragraphs[0].text == first
    assert article.path == str(target)


def test_unknown_extension_binary(tmp_path: Path) -> None:
    target = tmp_path / "image.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(2000))
    with pytest.raises(IngestError, match=r"^image\.png: does not look like text: .* NUL"):
        read_article(target)


def test_accepts_str_path(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("Hello there.", encoding="utf-8")
    assert read_article(str(target)).paragraphs[0].text == "Hello there."
