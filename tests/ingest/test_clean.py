"""Tests for the one text cleaner every reader uses."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefwright.ingest.clean import clean_text

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@pytest.mark.parametrize(
    ("raw", "cleaned", "changes"),
    [
        ("plain", "plain", []),
        ("a\r\nb", "a\nb", []),
        ("a\rb", "a\nb", ["1 old Mac line break (CR) turned into a newline"]),
        ("a\u2028b\u2029c", "a\nb\nc",
         ["2 Unicode line/paragraph separators turned into a newline"]),
        ("a\x00b\x07c\x0bd\x1be", "a\ufffdb\ufffdc\ufffdd\ufffde",
         ["4 control characters replaced by U+FFFD"]),
        ("a\x0cb", "a\ufffdb", ["1 control character replaced by U+FFFD"]),
        ("x\ud800y", "x\ufffdy", ["1 lone surrogate replaced by U+FFFD"]),
        ("\ufffe\uffff", "\ufffd\ufffd",
         ["2 non-characters (U+FFFE/U+FFFF) replaced by U+FFFD"]),
        ("a\tb\t", "a b ", ["2 tabs replaced by a space"]),
        ("cafe\u0301", "caf\u00e9", ["text normalised to Unicode NFC"]),
        ("keep \u0085 and \x7f", "keep \u0085 and \x7f", []),
        ("\ufeffstart and \ufeff inside", "start and \ufeff inside", []),
    ],
)
def test_clean_text(raw: str, cleaned: str, changes: list[str]) -> None:
    assert clean_text(raw) == (cleaned, changes)


_ANY_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=200
) | st.lists(
    st.sampled_from(["\r", "\n", "\r\n", "\t", "\x00", "\ud800", "\udfff", "\ufffe", "\uffff",
                     "\u2028", "\u2029", "e", "\u0301", "\x0b", " ", "é"]),
    max_size=60,
).map("".join)


@given(_ANY_TEXT)
def test_clean_text_output_is_xml_safe_and_idempotent(raw: str) -> None:
    cleaned, _ = clean_text(raw)
    assert _XML_INVALID.search(cleaned) is None
    assert "\r" not in cleaned and "\t" not in cleaned
    assert "\u2028" not in cleaned and "\u2029" not in cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned) == (cleaned, [])
