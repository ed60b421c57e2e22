"""Sentence splitting for English news text, as character spans."""

from __future__ import annotations

import re

from briefwright.model.article import Sentence

# A run of terminators, any closing quotes or brackets, then whitespace or the end.
_CANDIDATE = re.compile(r"[.!?…]+[\"'”’»)\]}]*(?=\s|\Z)")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_NON_SPACE = re.compile(r"\S")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_OPENERS = "\"'“‘«([{"
# How far back a candidate looks for its word: abbreviations are short, and a bound keeps
# the splitter linear on a megabyte without spaces.
_LOOK_BACK = 24



def _words(spaced: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``spaced``."""
    return frozenset(spaced.split())


# Titles and the like: the next word belongs to the same sentence.
_NEVER_FINAL = _words(
    """
    mr mrs ms messrs mme mlle dr prof gen lt col capt cpt cmdr cdr adm maj sgt cpl pvt pte brig
    sen rep gov pres rev hon st mt ft supt insp det amb atty vs v e.g i.e cf approx fig figs
    ca al
    """
)
# Final only when no number follows ("No. 10", "Jan. 5", "p. 12").
_BEFORE_NUMBER = _words("no nos art vol pp p jan feb mar apr jun jul aug sep sept oct nov dec")
# Often final: a sentence ends there only when a typical sentence opener follows.
_AMBIGUOUS = _words("inc ltd co corp plc llc jr sr bros etc")
_SENTENCE_OPENERS = _words(
    """
    the a an he she it they we i you this that these those there here his her its their our my
    your but and or so yet in on at as after before when while if although though however
    meanwhile earlier later now then still also since despite during according officials
    what who why how where some many most no not one two three both all each another other
    such for from with by to under over until unless because nevertheless instead
    """
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` as spans ``[start, end)`` in order.

    Spans never include leading or trailing whitespace and are never empty; a blank line
    always ends a sentence. The result is deterministic and the work linear in ``len(text)``.
    Raises nothing.
    """
    spans: list[Sentence] = []
    block_start = 0
    for blank in _BLANK_LINE.finditer(text):
        _split_block(text, block_start, blank.start(), spans)
        block_start = blank.end()
    _split_block(text, block_start, len(text), spans)
    return tuple(spans)


def _split_block(text: str, start: int, end: int, spans: list[Sentence]) -> None:
    """Append the sentences of ``text[start:end]`` to ``spans``."""
    sentence_start = start
    for match in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, match, sentence_start, end):
            _append_trimmed(text, sentence_start, match.end(), spans)
            sentence_start = match.end()
    _append_trimmed(text, sentence_start, end, spans)


def _append_trimmed(text: str, start: int, end: int, spans: list[Sentence]) -> None:
    """Append ``text[start:end]`` without surrounding whitespace, unless nothing is left."""
    found = _NON_SPACE.search(text, start, end)
    if found is None:
        return
    first = found.start()
    last = end
    while last > first and text[last - 1].isspace():
        last -= 1
    spans.append(Sentence(first, last))


def _is_boundary(text: str, match: re.Match[str], sentence_start: int, end: int) -> bool:
    """Return whether the terminator ``match`` ends a sentence."""
    following = _next_word(text, match.end(), end)
    if following == "":
        return True
    lead = following[0]
    if lead.islower():
        return False
    terminators = match.group().rstrip("\"'”’»)]}")
    if terminators != ".":
        return True
    word = _word_before(text, sentence_start, match.start())
    if not word:
        return True
    key = word.lower()
    if key in _NEVER_FINAL:
        return False
    if key in _BEFORE_NUMBER:
        return not lead.isdigit()
    if len(word) == 1 and word.isupper():
        return False
    opener = following.strip(_OPENERS).rstrip(",;:").lower()
    if key in _AMBIGUOUS or _DOTTED_ACRONYM.fullmatch(word):
        return opener in _SENTENCE_OPENERS
    return True


def _word_before(text: str, lower: int, position: int) -> str:
    """Return the word that ends at ``position`` (without opening quotes), or "" if too long."""
    window_start = max(lower, position - _LOOK_BACK)
    window = text[window_start:position]
    parts = window.split()
    if not parts or window[-1:].isspace():
        return ""
    word = parts[-1]
    if len(parts) == 1 and window_start > lower and not text[window_start - 1].isspace():
        return ""
    return word.lstrip(_OPENERS)


def _next_word(text: str, position: int, end: int) -> str:
    """Return the next whitespace-delimited word after ``position`` (at most a few characters)."""
    found = _NON_SPACE.search(text, position, end)
    if found is None:
        return ""
    first = found.start()
    lead_end = first
    while lead_end < end and lead_end - first < 4 and text[lead_end] in _OPENERS:
        lead_end += 1
    stop = min(end, lead_end + _LOOK_BACK)
    chunk = text[first:stop].split(maxsplit=1)
    word = chunk[0] if chunk else ""
    stripped = word.lstrip(_OPENERS)
    return stripped if stripped else word
