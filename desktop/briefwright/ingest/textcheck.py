"""Telling decoded text from decoded noise: bytes some codec accepts are not always text."""

from __future__ import annotations

import re
import unicodedata
import zlib

# How much of the decoded text is judged: enough for a stable share, cheap on a 20 MB file.
_SAMPLE_CHARS = 20_000
# Fewer visible characters than this are too few to judge (a one-line note is fine).
_MIN_CHARS = 40
_MAX_BAD_SHARE = 0.10
_MIN_LETTER_SHARE = 0.5
_MIN_WORD_SHARE = 0.5
# A token longer than this is not a word (nor a number, a name or a short URL).
_MAX_WORD_CHARS = 30
# zlib shrinks text with few or no spaces that repeats itself (a very long word, a table
# of figures); noise does not shrink below this share of its size.
_NOISE_COMPRESSION = 0.3
# In scripts written without spaces, long real text repeats its characters: in 2,000
# characters of Chinese or Japanese prose well under half are distinct; in noise most are.
_MIN_UNSPACED_SAMPLE = 2_000
_MAX_DISTINCT_SHARE = 0.5
_BAD_CATEGORIES = frozenset(("Cc", "Cs", "Co", "Cn"))
_WHITESPACE = re.compile(r"\s+")
# Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Myanmar, Tibetan.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)
_MARKUP_START = ("<", "\ufeff<")


def is_noise(text: str) -> bool:
    """Return True when decoded ``text`` is not something people write.

    Judged on the first 20,000 characters: too many control, unassigned or replacement
    characters; too few letters and digits; no words (in scripts written with spaces) unless
    the text repeats itself; in scripts written without spaces, too many distinct characters.
    Markup (text starting with ``<``) is not held to the word test. Raises nothing.
    """
    sample = text[:_SAMPLE_CHARS]
    visible = _WHITESPACE.sub("", sample)
    n = len(visible)
    if n < _MIN_CHARS:
        return False
    letters = bad = 0
    for char in visible:
        if char.isalnum():
            letters += 1
            continue
        category = unicodedata.category(char)
        if category[0] == "M":
            letters += 1
        elif category in _BAD_CATEGORIES or char == "\ufffd":
            bad += 1
    if bad > n * _MAX_BAD_SHARE or letters < n * _MIN_LETTER_SHARE:
        return True
    unspaced = len(_UNSPACED.findall(visible))
    if unspaced > letters / 2:
        return n >= _MIN_UNSPACED_SAMPLE and len(set(visible)) > n * _MAX_DISTINCT_SHARE
    if sample.lstrip().startswith(_MARKUP_START):
        return False
    in_words = sum(len(t) for t in sample.split() if len(t) <= _MAX_WORD_CHARS)
    if in_words >= n * _MIN_WORD_SHARE:
        return False
    data = sample.encode("utf-8", "surrogatepass")
    return len(zlib.compress(data, 1)) > len(data) * _NOISE_COMPRESSION
