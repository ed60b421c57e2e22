"""Tests for decoding article files: BOMs, UTF-8, declared charsets, Windows-1252, binary."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from briefwright.ingest import read_article
from briefwright.model.errors import IngestError

_TEXT = "The naïve café’s “menu” costs 5 € — 12 November."


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", _TEXT.encode("utf-8"), _TEXT),
        ("utf8-bom.txt", codecs.BOM_UTF8 + _TEXT.encode("utf-8"), _TEXT),
        ("utf16le.txt", codecs.BOM_UTF16_LE + _TEXT.encode("utf-16-le"), _TEXT),
        ("utf16be.txt", codecs.BOM_UTF16_BE + _TEXT.encode("utf-16-be"), _TEXT),
        ("utf32le.txt", codecs.BOM_UTF32_LE + _TEXT.encode("utf-32-le"), _TEXT),
        ("utf32be.txt", codecs.BOM_UTF32_BE + _TEXT.encode("utf-32-be"), _TEXT),
        ("utf16-nobom.txt", _TEXT.encode("utf-16-le"), _TEXT),
        ("cp1252.txt", "He said “no” to the €5 fee – twice.".encode("cp1252"),
         "He said “no” to the €5 fee – twice."),
        ("latin1.txt", "A naïve café in Zürich.".encode("latin-1"), "A naïve café in Zürich."),
        ("short-latin1.txt", "naïve café".encode("latin-1"), "naïve café"),
        ("shift-jis.txt", ("東京で会議が開かれました。" * 20).encode("shift_jis"),
         "東京で会議が開かれました。"),
        ("koi8.html",
         '<html><head><meta charset="koi8-r"><title>T</title></head><body><p>'.encode("ascii")
         + ("Привет, мир. " * 20).encode("koi8-r") + b"</p></body></html>",
         "Привет, мир."),
        ("declared.html",
         b'<?xml version="1.0" encoding="iso-8859-7"?><html><body><p>'
         + ("Καλημέρα κόσμε. " * 20).encode("iso-8859-7") + b"</p></body></html>",
         "Καλημέρα κόσμε."),
    ],
)
def test_encodings(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    target = tmp_path / name
    target.write_bytes(data)
    article = read_article(target)
    assert article.paragraphs[0].text.startswith(expected)


@pytest.mark.parametrize(
    "data",
    [
        b"\x00" * 100 + b"text",
        b"PNG-like\x89\x00\x00\x0dIHDR" * 50,
        bytes(range(256)) * 40,
        bytes((i * 37 + 11) % 256 for i in range(20_000)),
        b"text with some\x00 nuls\x00 in\x00 it" * 3,
    ],
)
def test_binary_is_rejected(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "blob.txt"
    target.write_bytes(data)
    with pytest.raises(IngestError, match=r"^blob\.txt: does not look like text: "):
        read_article(target)


def test_a_few_control_characters_are_cleaned_and_reported(tmp_path: Path) -> None:
    target = tmp_path / "controls.txt"
    target.write_bytes(b"Para\x07graph one has a few odd bytes. " * 19 + b"End\x0b\x01\x1f.")
    article = read_article(target)
    assert "\x07" not in article.text
    assert article.cleaning == ("22 control characters replaced by U+FFFD",)
