"""Texts drafted from the chosen items: the bottom line and the fact wording.

A proposed bottom line the user has not edited is drafted again from what is included
whenever a pick changes (see draft/printplan.py), so unticking a fact never leaves its words
in the bottom line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Protocol

from briefwright.analysis.ranking.features import opens_with_pronoun, quoted_share
from briefwright.analysis.ranking.textrank import content_words

BOTTOM_LINE_WORDS = 45
# With the forward-looking element (a deadline, the next decision), the bottom line may run
# to three sentences of this many words.
FORWARD_WORDS = 75
# A second sentence that is not the lede's own must score at least this share of the best.
SECOND_SCORE = 0.5

# Sentence-opening connectives that tie a sentence to the article's flow; a numbered fact
# stands alone, so they are dropped from its wording (the original is kept beside it).
_CONNECTIVE = re.compile(
    r"^(?:Interestingly|Additionally|However|Moreover|Furthermore|In addition|Notably|Indeed|"
    r"Also|Meanwhile|Nevertheless|Nonetheless|Similarly|Likewise|Importantly|Crucially|"
    r"Significantly|Still|Yet|Besides)\s*,\s+(?=\S)"
)


class ScoredFact(Protocol):
    """What drafting reads of a fact (an analysis Fact or a briefing FactItem)."""

    @property
    def text(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def sentence(self) -> int: ...
    @property
    def score(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def included(self) -> bool: ...


class Section(Protocol):
    """What drafting reads of a section."""

    @property
    def heading(self) -> str: ...
    @property
    def paragraphs(self) -> Sequence[int]: ...
    @property
    def included(self) -> bool: ...
    @property
    def role(self) -> str: ...


def fact_wording(sentence: str) -> str:
    """Return a sentence worded to stand alone as a numbered fact (leading connective dropped)."""
    text = " ".join(sentence.split())
    tidy = _CONNECTIVE.sub("", text, count=1)
    if tidy != text and tidy:
        tidy = tidy[0].upper() + tidy[1:]
    return tidy


# A wire dateline before the news: "PARIS, Dec. 1 (Reuters) -", "WASHINGTON (AP) —",
# "OSLO, Feb 12 -", "LONDON, England (CNN) --" or a bare "(CNN)".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,\s*[A-Z][A-Za-z.'’ -]*?)?"
    r"(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?:\([^()]{1,30}\))?\s*[-–—]{1,2}\s+"
    r"|\([A-Z][A-Za-z .&'-]{0,29}\)\s*(?:[-–—]{1,2}\s*)?)"
)


def strip_dateline(sentence: str) -> str:
    """Return the sentence without a leading wire dateline, its first letter a capital."""
    tidy = _DATELINE.sub("", sentence, count=1)
    if tidy == sentence or len(tidy.split()) < 4:
        return sentence
    return tidy[0].upper() + tidy[1:]


NEWS_KINDS = ("fact", "claim")


def _stands_alone(f: ScoredFact) -> bool:
    """Return whether a fact can open the bottom line: a fact, not a quote, and not opening
    with a pronoun whose referent the bottom line would not show."""
    return f.kind in NEWS_KINDS and quoted_share(f.text) < 0.5 and not opens_with_pronoun(f.text)


def _adds_news(f: ScoredFact, opener: ScoredFact) -> bool:
    """Return whether a fact says something the opener does not: at most half of its content
    words are the opener's."""
    words = set(content_words(f.text))
    return bool(words) and len(words & set(content_words(opener.text))) / len(words) < 0.5


def draft_bottom_line(
    facts: Sequence[ScoredFact],
    lead_paragraph: int,
    ahead: Collection[tuple[int, int]] = frozenset(),
) -> str:
    """Return a bottom line of the included facts that carry the news, short enough to act
    on, without a dateline: what happened, then what comes next where the article says.

    The article's lead sentence (in ``lead_paragraph``) opens it when it is included and can
    stand alone (no quote, no pronoun pointing back), else the best-scored fact that can. The
    second is the next sentence of its paragraph when it is included, else one of the two
    best-scored others that stands alone, says something new and scores at least
    SECOND_SCORE of the best, while the whole stays
    within BOTTOM_LINE_WORDS words. Then the forward-looking element: the best-scored
    included fact whose sentence (``(paragraph, sentence)`` in ``ahead``) names a date still
    to come (a deadline, the next decision, a closure's end), else the best-scored such news
    sentence that stands alone, within FORWARD_WORDS words in all. Sentences keep their
    reading order; "" when nothing is included.
    """
    # What a source reports happened is news too; quotes and views are not a bottom line.
    included = [f for f in facts if f.included and f.kind in NEWS_KINDS]
    candidates = [f for f in included if _stands_alone(f)] or included
    if not candidates:
        return ""
    # News puts the main event first: an included lead sentence opens the bottom line.
    lead = min(candidates, key=lambda f: (f.paragraph, f.sentence))
    opener = lead if lead.paragraph == lead_paragraph else max(candidates, key=lambda f: f.score)
    words = len(opener.text.split())
    # The lede's next sentence, in its paragraph: what it points back to stands before it.
    following = [
        f
        for f in included
        if f.paragraph == opener.paragraph
        and f.sentence == opener.sentence + 1
        and quoted_share(f.text) < 0.5
    ]
    # Else one of the two best-scored others, when it says something the opener does not.
    best = sorted(candidates, key=lambda f: (-f.score, f.paragraph, f.sentence))
    others = [
        f
        for f in [f for f in best if f is not opener][:2]
        if f.score >= SECOND_SCORE * best[0].score and _adds_news(f, opener)
    ]
    chosen = [opener]
    for f in following + others:
        if words + len(f.text.split()) <= BOTTOM_LINE_WORDS:
            chosen.append(f)
            words += len(f.text.split())
            break
    # The "so what": what the article says comes next, an included fact first; where none
    # is ticked, any news sentence that stands alone ("said it would decide on Monday
    # whether to ask for international aid"): a next decision is never left out.
    news = [f for f in facts if f.kind in NEWS_KINDS and _stands_alone(f)]
    unticked = sorted(news, key=lambda f: (-f.score, f.paragraph, f.sentence))
    forward = [
        f
        for f in [*best, *unticked]
        if f not in chosen and (f.paragraph, f.sentence) in ahead and quoted_share(f.text) < 0.5
    ]
    if forward:
        nxt = forward[0]
        if words + len(nxt.text.split()) > FORWARD_WORDS and len(chosen) > 1:
            chosen.pop()  # the forward element weighs more than a second sentence of news
            words = len(opener.text.split())
        if words + len(nxt.text.split()) <= FORWARD_WORDS:
            chosen.append(nxt)
    chosen.sort(key=lambda f: (f.paragraph, f.sentence))
    return " ".join(fact_wording(strip_dateline(f.text)) for f in chosen)
