"""A tagged span's token bounds: trimmed to the name, widened over hyphens, and what it is."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.penn import PROPER_NOUNS
from briefwright.model.analysis import Label

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_EDGE_PUNCT = frozenset(",;:\"'“”‘’-–—")
_YEAR = re.compile(r"(1[5-9]|20)\d\d")
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
_COUNTED_WORDS = lexicon.words("names.counted_words")
# Lower-case words that follow a name's hyphen without being part of the name ("NATO-led").
_HYPHEN_WORDS = lexicon.words("names.hyphen_words")


def counts_something(doc: Any, start: int, end: int) -> bool:
    """Return whether the number at tokens ``[start, end)`` counts something ("200 people")."""
    text = doc[start:end].text
    if _YEAR.fullmatch(text) or _SCORE.fullmatch(text):
        return False
    for k in range(end, min(end + 3, len(doc))):
        tok = doc[k]
        if tok.lower_ in _COUNTED_WORDS or tok.tag_ in ("NNS", "NN"):
            return True
        if tok.tag_ not in ("JJ", "JJR", "VBN", "HYPH", "NNP") and tok.text != "-":
            return False
    return False


def trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Return token bounds without a leading "the", a trailing possessive or preposition.

    A capitalised "The" inside a sentence is the name's own ("at The Oval").
    """
    while start < end and (
        doc[start].text == "the"
        or (doc[start].text == "The" and (start == 0 or doc[start - 1].text in _OPENERS))
        or doc[start].text == "THE"
    ):
        start += 1
    # "Throughout Kim's reign", "Despite Kim's efforts": a sentence's opening preposition or
    # conjunction is no part of the name after it.
    if (
        end - start > 1
        and (start == 0 or doc[start - 1].text in _OPENERS)
        and doc[start].text in _SENTENCE_OPENERS
        and doc[start + 1].text[:1].isupper()
    ):
        start += 1
    # "DOJ (Department of Justice": a bracket opened and not closed ends the name before it;
    # "City) Council": one closed and not opened starts it after.
    for k in range(start + 1, end):
        if doc[k].text == "(" and not any(doc[j].text == ")" for j in range(k + 1, end)):
            end = k
            break
    for k in range(end - 1, start - 1, -1):
        if doc[k].text == ")" and not any(doc[j].text == "(" for j in range(start, k)):
            start = k + 1
            break
    while end > start and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    while end > start and doc[end - 1].text in _EDGE_PUNCT:
        end -= 1
    while end > start + 1 and (
        doc[end - 1].text in ("of", "for", "on", "and", "the", "in", "at", "to", "a", "an")
        or (doc[end - 1].text.isalpha() and doc[end - 1].text.islower()
            and doc[end - 1].tag_.startswith(("VB", "MD")))
    ):
        # "Supreme Court of" cut before "Missouri", "Lloyd was": the name read so far.
        end -= 1
    while start < end and doc[start].text in _EDGE_PUNCT:
        start += 1
    return start, end


_OPENERS = frozenset({".", "!", "?", "``", '"', "“", "‘", "'", ":", ";", "(", "—", "–", "-"})
_SENTENCE_OPENERS = lexicon.words("names.sentence_openers")


def common_word_opening(doc: Any, start: int, end: int) -> bool:
    """Return whether the one-word name at ``start`` opens a sentence and is tagged as a
    common word ("Additionally, …", "Demand has held up"): capitals there prove nothing."""
    if end - start != 1 or doc[start].tag_ in PROPER_NOUNS or doc[start].text.isupper():
        return False
    if end >= len(doc) or not (doc[end].text == "," or doc[end].text[:1].islower()):
        # "Leeds 2 Newcastle 1": a results line, not a sentence.
        return False
    return start == 0 or doc[start - 1].text in _OPENERS


def hyphenated(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Return token bounds widened over the hyphenated parts of a name ("Mensah-Boateng",
    "Moller-Maersk"): a hyphen written without spaces joins the words either side."""

    def joined(k: int) -> bool:
        # Token k is a hyphen touching the words on both sides, and the word after it is a
        # name's ("Boateng", "tak" in "Kai-tak"), not a participle ("NATO-led").
        if not (0 < k < len(doc) - 1 and doc[k].text == "-"):
            return False
        if doc[k - 1].whitespace_ or doc[k].whitespace_:
            return False
        after = doc[k + 1].text
        if after[:1].isupper():
            return True
        return after.isalpha() and len(after) <= 4 and after not in _HYPHEN_WORDS

    while start < end and joined(end):
        end += 2
    while start > 1 and joined(start - 1) and doc[start - 2].text[:1].isupper():
        start -= 2
    return start, end


_FACILITY_ENDINGS = lexicon.words("names.facility_endings")
_CENTRE_ENDINGS = lexicon.words("names.centre_endings")
_ORG_HEADS = lexicon.words("names.org_heads")
_NAME_TITLES = lexicon.words("names.name_titles")
_PROPER = frozenset(("NNP", "NNPS"))


def _capitalised(tok: Any) -> bool:
    return tok.text[:1].isupper() and tok.text.replace(".", "").isalpha()


def widened(doc: Any, start: int, end: int, label: Label) -> tuple[int, int, Label]:
    """Return token bounds and label for a name the model cut short.

    A name followed by capitalised words ending in a facility's word is that facility
    ("Lahore General Hospital", a place; "Ronald Reagan UCLA Medical Center", a body); a
    name after "Organization for" or "Council on" is the organisation's ("Organization for
    Black Struggle", "Council on American-Islamic Relations"); a person's name goes on over a
    title that is part of names ("Sharif Hassan Sheikh Aden").
    """
    for k in range(end, min(end + 3, len(doc))):
        if not _capitalised(doc[k]):
            break
        if doc[k].text in _FACILITY_ENDINGS:
            return start, k + 1, "PLACE"
        if doc[k].text in _CENTRE_ENDINGS:
            return start, k + 1, "ORG"
    # "the 307th Maintenance Squadron": a unit's number is its name's.
    body = label == "ORG" or doc[end - 1].text in _ORG_HEADS
    if body and start > 0 and _ORDINAL.fullmatch(doc[start - 1].text):
        start -= 1
    # A place the model read ("L.A. Sheriff") stays one: reports of two events told apart
    # by their places would merge (bench/quality_merge.py, held back: two events joined in
    # 4 facts of 254 rather than 3).
    office = _office_end(doc, start, end) if label != "PLACE" else None
    if office is not None:
        return start, office, "ORG"
    if label == "ORG" and doc[end - 1].text == "and":
        # The model's name runs into "and": the name goes on to the body's word after it
        # ("Bangladesh Garment Manufacturers and Exporters Association").
        for k in range(end, min(end + 4, len(doc))):
            if not _capitalised(doc[k]):
                break
            if doc[k].text in _ORG_HEADS:
                return start, k + 1, label
    if label != "GROUP":
        head = start
        while head >= 2 and doc[head - 1].text in ("for", "of", "on"):
            if doc[head - 2].text not in _ORG_HEADS:
                break
            head -= 2
            # "the Supreme Court of Missouri": the body's own name before its head.
            while head >= 1 and doc[head - 1].tag_ in _PROPER and _capitalised(doc[head - 1]):
                head -= 1
        if head < start:
            return head, end, "ORG"
    if label == "PERSON" and end + 1 < len(doc) and doc[end].text in _NAME_TITLES:
        k = end + 1
        while k < len(doc) and k - end <= 3 and _capitalised(doc[k]):
            k += 1
        if k > end + 1:
            return start, k, label
    return start, end, label


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# An office named for who holds it ("Jefferson Parish Sheriff's Office").
_HOLDERS = lexicon.words("names.office_holders")
_OFFICES = lexicon.words("names.office_words")
# Words before the holder that do not say whose office it is: one of many ("U.S. Attorney's
# Office", "County Sheriff's Office").
_ANY_OF_MANY = frozenset(["U.S.", "US", "U.S", "UK", "Federal", "State", "County", "District"])


def _office_end(doc: Any, start: int, end: int) -> int | None:
    """Return where the name of an office named for its holder ends when the name
    ``[start, end)`` goes on to one ("Jefferson Parish" + "Sheriff's Office"), else None;
    never for the holder alone ("Sheriff's Office" says not whose)."""
    k = end
    if (
        k - 1 > start
        and any(t.text not in _ANY_OF_MANY for t in doc[start : k - 1])
        and doc[k - 1].text in _HOLDERS
        and k + 1 < len(doc)
        and doc[k].text in _POSSESSIVE
        and doc[k + 1].text in _OFFICES
    ):
        return k + 2
    return None


def owner_split(doc: Any, start: int, end: int) -> int | None:
    """Return the token of the possessive that joins two bodies' names in one span ("Treasury
    Department's Office of Foreign Assets Control"): the owner ends and the part begins with a
    body's head word; None when there is none."""
    for k in range(start + 1, end - 1):
        owner, part = doc[k - 1].text, doc[k + 1].text
        if doc[k].text in _POSSESSIVE and owner in _ORG_HEADS and part in _ORG_HEADS:
            return k
    return None


def before_title(c: Candidate, text: str, t_a: int, t_b: int) -> Candidate:
    """Return place ``c`` cut before the title at ``[t_a, t_b)`` that it runs into ("Dauphin
    County District" of "Dauphin County District Attorney Ed Marsico"), else ``c``."""
    if c.label != "PLACE":
        return c
    cut = t_a
    if c.end <= t_a and not text[c.end : t_a].strip():
        # The title's first word read as the place's last: "District" of "District Attorney".
        head, _, last = c.text.rpartition(" ")
        if not head or last not in _TITLE_OPENINGS:
            return c
        cut = c.start + len(head)
    elif not c.start < t_a < c.end <= t_b:
        return c
    end = c.start + len(text[c.start : cut].rstrip())
    return replace(c, end=end, text=text[c.start : end])


_TITLE_OPENINGS = frozenset(["District", "Deputy", "Assistant", "Chief", "Acting", "Interim"])
