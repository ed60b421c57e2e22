"""The lede as the subject line reads it: its first sentences' tokens, and what to leave out
(dates, bracketed and dashed asides, scores, a dateline the reader left in the text)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from briefwright.analysis.events.timeline import date_tokens
from briefwright.analysis.penn import PROPER_NOUNS
from briefwright.analysis.sections.phrases import Token
from briefwright.model.analysis import DateRef
from briefwright.model.article import Article
from briefwright.model.calendar import TIMES_OF_DAY

DASHES = frozenset(("-", "--", "—", "–"))
# The longest aside between dashes left out of a subject line.
_MAX_ASIDE = 16
# How many sentences from the article's start may give a clause when the lede gives none.
_LATER_SENTENCES = 3
# The pieces of a score ("2-1", "7-6(4) 6-3").
_SCORE_PIECE = re.compile(r"[\d()–-]+")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph: its tokens, the paragraph's text and what to leave out."""

    text: str
    tokens: Sequence[Token]
    start: int  # the first token of the sentence proper (after a dateline left in the text)
    skip: frozenset[int]  # date phrases and bracketed asides
    pid: int


def opening_sentences(
    article: Article, tokens: Mapping[int, Sequence[Token]], dates: Sequence[DateRef]
) -> list[Sentence]:
    """Return the first sentences of the article's body, the lede first."""
    out: list[Sentence] = []
    body = [p for p in article.paragraphs if p.kind == "body" and p.id >= article.lead_paragraph]
    for para in body:
        for span in para.sentences:
            sentence = [t for t in tokens[para.id] if span.start <= t.idx < span.end]
            if not sentence:
                continue
            skip: set[int] = set()
            for d in dates:
                if d.paragraph == para.id and span.start <= d.start < span.end:
                    skip |= date_tokens(sentence, d)
            for i in sorted(skip):
                if i + 1 < len(sentence) and sentence[i + 1].lower_ in TIMES_OF_DAY:
                    skip.add(i + 1)  # "Friday afternoon"
            skip |= _bracketed(sentence)
            skip |= _dashed(para.text, sentence)
            skip |= _scores(sentence)
            start = _after_dateline(sentence)
            out.append(Sentence(para.text, sentence, start, frozenset(skip), para.id))
            if len(out) >= _LATER_SENTENCES:
                return out
    return out


def _bracketed(sentence: Sequence[Token]) -> set[int]:
    """Return the indices of the tokens inside brackets, the brackets with them."""
    out: set[int] = set()
    opened: int | None = None
    for i, t in enumerate(sentence):
        if t.text in ("(", "["):
            opened = i
        elif t.text in (")", "]") and opened is not None:
            out |= set(range(opened, i + 1))
            opened = None
    return out


def _dashed(text: str, sentence: Sequence[Token]) -> set[int]:
    """Return the indices of an aside between spaced dashes ("The new community - which
    Toledo described as a country - has been born"), the dashes with it."""
    dashes = [
        i
        for i, t in enumerate(sentence)
        if t.text in DASHES and t.idx > 0 and text[t.idx - 1].isspace()
    ]
    out: set[int] = set()
    for a, b in itertools.pairwise(dashes):
        if 1 < b - a <= _MAX_ASIDE and not out & {a}:
            out |= set(range(a, b + 1))
    return out


def _scores(sentence: Sequence[Token]) -> set[int]:
    """Return the indices of the scores after a name ("beat Carlos Alcaraz 7-6(4) 6-3")."""
    out: set[int] = set()
    for i in range(1, len(sentence) - 2):
        if (
            sentence[i - 1].tag in PROPER_NOUNS
            and sentence[i].tag == "CD"
            and sentence[i + 1].text in ("-", "–")
            and sentence[i + 2].text[:1].isdigit()
        ):
            k = i
            while k < len(sentence) and _SCORE_PIECE.fullmatch(sentence[k].text):
                k += 1
            if k == len(sentence) or not sentence[k].tag.startswith("NN"):
                out |= set(range(i, k))
    return out


def _after_dateline(sentence: Sequence[Token]) -> int:
    """Return where the sentence starts once a dateline the reader left in it is passed
    ("NEW YORK (CNN/Money) -", "(CNN)")."""
    # "(CNN)", "Tokyo (CNN)", "SAN JUAN, Puerto Rico (Reuters)": an agency in brackets after
    # at most a place's few words.
    for i, t in enumerate(sentence[:8]):
        if t.text == "(":
            close = i + 2
            if (
                close < len(sentence)
                and sentence[close].text == ")"
                and sentence[i + 1].tag in PROPER_NOUNS
                and all(x.tag in ("NNP", "NNPS", ",") for x in sentence[:i])
            ):
                k = close + 1
                while k < len(sentence) and sentence[k].text in DASHES | {":", ","}:
                    k += 1
                return k
            break
    colon = next((i for i, t in enumerate(sentence[:5]) if t.text == ":"), None)
    if colon and all(x.tag in ("NNP", "NNPS", "CD", "NN") for x in sentence[:colon]):
        return colon + 1  # "Port Vila :", "UPDATED:", "11am:"
    for i, t in enumerate(sentence[:10]):
        if t.text in DASHES and i > 0:
            head = sentence[:i]
            if all(
                x.tag in ("NNP", "NNPS", ",", "-LRB-", "-RRB-", "CD", "SYM", ".", "NN")
                and (not x.text[:1].isalpha() or x.text[:1].isupper())
                for x in head
            ) and any(x.text.isupper() and len(x.text) > 1 for x in head):
                return i + 1
            return 0
    return 0
