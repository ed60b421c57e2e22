"""Telling decoded text from decoded noise: bytes some codec accepts are not always text.

Four measured properties decide. Each threshold lies between what every real text at hand
and 1,000 seeds of 44 kinds of noise measure (the numbers below); ``bench/noise_margin.py``
takes the measurements, bench/README.md ("Noise") keeps its tables.
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate

# The share measures read this much of the decoded text: stable, and cheap on a 20 MB file.
SAMPLE_CHARS = 20_000
# The word measure reads this many characters of words: there the least structured real
# text measures 0.223 and the most structured noise 0.015.
WORD_SAMPLE_CHARS = 5_000
# Fewer visible characters than this are too few to judge at all (a one-line note is fine).
MIN_CHARS = 40
# Control, surrogate, private-use, unassigned and replacement characters among the visible
# ones, at most. Real text: 3.2 % or less (a scraped news page). Random bytes read as
# Latin-1: 22–23 %; with replacement as Windows-1252 11–13 %, as UTF-8, UTF-16 or a CJK
# codec 15–57 %. Read as Mac Roman, KOI8-R or code page 437 they stay near 10 % either side:
# the word measure refuses those.
MAX_BAD_SHARE = 0.10
# Letters, digits and combining marks among the visible characters, at least: symbols
# repeated ("!?*#") are not an article. Real text: 0.549 or more (Korean in EUC-KR read as
# Windows-1252; a JSON file of the test data 0.638), prose 0.73 or more; random bytes read
# as code page 437: 0.485 at most.
MIN_LETTER_SHARE = 0.5
# The commonest letter or digit among all of them, at most. Real text: 0.343 or less (the
# "lol" entities of a hostile web page), prose 0.22 or less; one letter repeated, spaced or
# not, whatever decoder made it: 1.0.
MAX_ONE_LETTER_SHARE = 0.5
# The word measure (see adjacency_gain) is taken from this many characters of words up.
# At 500 the least structured of 4,842 windows of real text measures 0.105, the most
# structured noise 0.054; at 400 they are 0.094 and 0.063; at 300 they overlap (0.060 real,
# 0.074 noise). Shorter text is let through unless another measure refuses it.
MIN_JUDGED_CHARS = 500
# The word measure, at least: the geometric middle of 0.105 and 0.054. Whole real documents
# measure 0.146 or more, 20,000 bytes of noise 0.015 or less.
MIN_GAIN = 0.075
# A run of more ASCII characters than this without a space (an inline image in base64, a
# long address) is left out of the word measure, so the words around it are judged.
_MAX_ASCII_RUN = 64
_BAD_CATEGORIES = frozenset(("Cc", "Cs", "Co", "Cn"))


@dataclass(frozen=True)
class TextMeasures:
    """What :func:`measure` finds: visible characters, shares, and the word measure (None
    when fewer than 500 characters of words could be judged)."""

    visible: int
    bad_share: float
    letter_share: float
    top_letter: str
    top_letter_share: float
    judged: int
    gain: float | None


def measure(text: str) -> TextMeasures:
    """Return the measures of ``text``: shares over its first 20,000 characters, the word
    measure over its first 5,000 characters of words. Raises nothing."""
    return _with_gain(_shares(text), text)


def noise_reason(text: str) -> str | None:
    """Return why decoded ``text`` is not something people write, or None when it may be.

    Too many control, unassigned or replacement characters; too few letters and digits;
    one letter repeated; characters that follow each other at random, with no words (in
    any script). Fewer than 40 visible characters are not judged, and the word test needs
    500 characters of words. Raises nothing.
    """
    m = _shares(text)
    if m.visible < MIN_CHARS:
        return None
    if m.bad_share > MAX_BAD_SHARE:
        return (
            f"{percent(m.bad_share)} of its characters are control codes or undefined "
            "(a binary file, or the wrong encoding?)"
        )
    if m.letter_share < MIN_LETTER_SHARE:
        return f"only {percent(m.letter_share)} of its characters are letters or digits"
    if m.top_letter_share > MAX_ONE_LETTER_SHARE:
        return (
            f"{percent(m.top_letter_share)} of its letters and digits are one character "
            f"({m.top_letter!r})"
        )
    gain = _with_gain(m, text).gain
    if gain is not None and gain < MIN_GAIN:
        return (
            "its characters follow each other at random, with no words "
            "(random, compressed or encrypted data?)"
        )
    return None


def _shares(text: str) -> TextMeasures:
    """Return the share measures of ``text``'s first 20,000 characters (no word measure)."""
    visible = letters = bad = 0
    top_letter, top_count = "", 0
    for char, count in Counter(text[:SAMPLE_CHARS]).items():
        if char.isspace():
            continue
        visible += count
        if char.isalnum():
            letters += count
            if count > top_count:
                top_letter, top_count = char, count
            continue
        category = unicodedata.category(char)
        if category[0] == "M":
            letters += count
        elif category in _BAD_CATEGORIES or char == "\ufffd":
            bad += count
    return TextMeasures(
        visible=visible,
        bad_share=bad / visible if visible else 0.0,
        letter_share=letters / visible if visible else 0.0,
        top_letter=top_letter,
        top_letter_share=top_count / letters if letters else 0.0,
        judged=0,
        gain=None,
    )


def _with_gain(shares: TextMeasures, text: str) -> TextMeasures:
    """Return ``shares`` with the word measure of ``text`` filled in."""
    words = judged_words(text)
    judged = sum(map(len, words))
    gain = adjacency_gain(words) if judged >= MIN_JUDGED_CHARS else None
    return replace(shares, judged=judged, gain=gain)


def judged_words(text: str) -> list[str]:
    """Return the words the word measure reads: whitespace-separated, from the start, up to
    5,000 characters of them, without runs of more than 64 ASCII characters (read on past
    them). When there are fewer than 500 characters of such words, the first 20,000
    characters' tokens as they stand. Raises nothing."""
    words: list[str] = []
    total = 0
    for start in range(0, len(text), SAMPLE_CHARS):
        for token in text[start : start + SAMPLE_CHARS].split():
            if len(token) > _MAX_ASCII_RUN and token.isascii():
                continue
            token = token[: WORD_SAMPLE_CHARS - total]
            words.append(token)
            total += len(token)
            if total >= WORD_SAMPLE_CHARS:
                return words
    if total >= MIN_JUDGED_CHARS:
        return words
    return _capped(text[:SAMPLE_CHARS].split(), WORD_SAMPLE_CHARS)


def adjacency_gain(words: Sequence[str]) -> float:
    """Return the share of a character's uncertainty that the character before it in its
    word removes, beyond what a character drawn at random from the same words removes
    (0.0 when no word has two characters).

    In every language the letters of a word depend on each other; in random characters
    they do not, whatever the alphabet or the spacing. The gain in bits (the entropy of
    pairs with a drawn second character less that of neighbouring pairs: both counts have
    the same size and the same first characters, so the bias of counting a few hundred
    pairs cancels) is divided by the uncertainty a drawn second character leaves, held at
    1 bit or more: a short text in a large alphabet (Chinese) has little room to gain, and
    random characters of such an alphabet would otherwise be judged on a few repeats. The
    draw is seeded by the length: the same words always give the same gain.
    """
    # Words hold no spaces: joined by one, and pairs that hold a space are dropped. The
    # drawn characters are laid out like the words, so the same positions make pairs.
    text = " ".join(words)
    letters = "".join(words)
    picks = "".join(random.Random(len(letters)).choices(letters, k=len(letters)))
    ends = list(accumulate(map(len, words)))
    laid_out = " ".join(picks[start:end] for start, end in zip([0, *ends], ends, strict=False))
    adjacent = _pairs_within_words(text, text)
    drawn = _pairs_within_words(text, laid_out)
    pairs = adjacent.total()
    if not pairs:
        return 0.0
    firsts: Counter[str] = Counter()
    for (first, _), count in adjacent.items():
        firsts[first] += count
    drawn_entropy = _entropy(drawn.values(), pairs)
    room = max(drawn_entropy - _entropy(firsts.values(), pairs), 1.0)
    return (drawn_entropy - _entropy(adjacent.values(), pairs)) / room


def _pairs_within_words(text: str, seconds: str) -> Counter[tuple[str, str]]:
    """Return the count of pairs (a character of ``text``, the next one of ``seconds``),
    leaving out every pair that holds a space."""
    pairs = Counter(zip(text, seconds[1:], strict=False))
    for pair in [p for p in pairs if " " in p]:
        del pairs[pair]
    return pairs


def _capped(tokens: list[str], limit: int) -> list[str]:
    """Return the first ``tokens`` up to ``limit`` characters in all (the last one cut)."""
    out: list[str] = []
    total = 0
    for token in tokens:
        if total >= limit:
            break
        out.append(token[: limit - total])
        total += len(out[-1])
    return out


def _entropy(counts: Iterable[int], total: int) -> float:
    """Return the entropy in bits of ``counts`` (which sum to ``total``)."""
    # Counted by how often each count occurs: noise has thousands of pairs seen once.
    spread = Counter(counts)
    return math.log2(total) - sum(n * c * math.log2(c) for c, n in spread.items()) / total


def percent(share: float) -> str:
    """Return ``share`` as a percentage for a message: whole from 10 % up ("31 %") and for
    none ("0 %"), with one decimal between ("1.3 %")."""
    return f"{share * 100:.1f} %" if 0 < share < 0.1 else f"{share * 100:.0f} %"
