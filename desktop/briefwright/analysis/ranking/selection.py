"""The default selection of facts: the best-scored that a reader needs, never the same twice."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from briefwright.analysis.ranking.features import NAME_LABELS, quoted_share
from briefwright.analysis.ranking.news import (
    is_anecdote,
    is_background,
    is_boilerplate,
    is_colour,
    is_penalty,
    news_classes,
)
from briefwright.analysis.ranking.textrank import content_words
from briefwright.analysis.statements.factkinds import Statement
from briefwright.analysis.statements.pointing import (
    LEAD_CONNECTIVE,
    REACH,
    continues_quotation,
    points_back,
)
from briefwright.model.analysis import Entity, FactKind

if TYPE_CHECKING:
    import numpy as np

# A briefing's key facts: five to ten, one per WORDS_PER_FACT words. Ten rather than eight
# for a long article: on published news held back from tuning the analyst's five key facts
# among the ticked rise from 0.744 to 0.784 while the ticked that are key stay at 0.87
# (bench/quality_public.py); one per 35 words rather than 50, so that a short article is
# read as closely: 0.784 to 0.824, the ticked that are key still 0.87 (40 words: 0.816; 30:
# 0.824 with 0.865). A reader unticks what they do not want.
MIN_FACTS = 5
MAX_FACTS = 10
WORDS_PER_FACT = 35
MAX_PER_PARAGRAPH = 2
MIN_WORDS = 5
# Selection, not a quota: past the template's minimum, a sentence scored below this share of
# the best is left unticked however many the article's length would allow.
MIN_SCORE = 0.15
# Two sentences whose content words and names overlap this much say the same thing. At 0.5,
# two facts about the same people from the same source were taken for one ("When the officer
# arrived, the man charged at him, Alexander said." and "The officer was white; …, Alexander
# said."): at 0.6, key facts among the ticked on the tuning half of the public news 858 to
# 863 of 1,085, the ticked that are key 0.813 to 0.815 (0.4: 845).
REDUNDANT = 0.6
# Maximal marginal relevance: a sentence's score, less its overlap with what is ticked, plus
# the share of its names that nothing ticked mentions yet. On the development data both move
# the selection's precision by less than 0.015 either way (bench/quality_facts.py); they are
# kept so that a briefing names its actors rather than repeating one.
OVERLAP_COST = 0.3
NOVELTY_GAIN = 0.15
# A sentence mostly inside quotation marks is a quote: ticked only with its speaker named
# and when the quoted words carry news (a figure or a name).
QUOTE_SHARE = 0.5
# What an analyst ticks first (:mod:`news`, issue 18; tuned on 47 CNN articles labelled for
# key facts, bench/quality_public.py). The ranker's score is compressed (its square root: it
# learned from summaries that favour long sentences near the top) and each class of news a
# sentence carries adds NEWS_GAIN, up to NEWS_CAP classes; background (set off by an earlier
# year, or saying what something is), a sentence mostly inside quotation marks and an
# anecdote among the first ANECDOTE_REACH sentences cost as much as the next best would gain.
# An estimate ranks just below the facts scored like it (ESTIMATE_COST), no longer only after
# every fact.
SCORE_POWER = 0.5
NEWS_GAIN = 0.2
NEWS_CAP = 2
BACKGROUND_COST = 0.4
QUOTE_COST = 0.2
ANECDOTE_COST = 0.3
ANECDOTE_REACH = 3
ESTIMATE_COST = 0.3
# A sentence that points back ("He is charged with attempted murder …") may be ticked with
# the sentence before it, the two taking two places, for a little less than its own score:
# on the tuning half of the public news, key facts among the ticked 850 to 858 of 1,085 with
# the ticked that are key unchanged (0.813) and fewer dangling pronouns (131 to 128); 0.05
# and 0.15 gain less, 0.3 and the weaker of the two scores least.
PAIR_COST = 0.1

def selection_size(word_count: int, low: int = MIN_FACTS, high: int = MAX_FACTS) -> int:
    """Return how many facts to pre-select for an article of ``word_count`` words: one per
    WORDS_PER_FACT words, within ``low``…``high``."""
    return max(low, min(high, round(word_count / WORDS_PER_FACT)))


def _bag(text: str, entities: Sequence[Entity]) -> set[str]:
    """Return what a sentence is about: its content words and the names it mentions."""
    return set(content_words(text)) | {
        f"@{e.text.lower()}" for e in entities if e.label in NAME_LABELS
    }


def redundancy(a: set[str], b: set[str]) -> float:
    """Return how much two sentences' bags overlap: the items they share over the geometric
    mean of their sizes (the cosine of the two sets), in [0, 1]."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / math.sqrt(len(a) * len(b))


_QUOTED_TEXT = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_NEWS_IN_QUOTE = re.compile(r"\d|(?<=\s)(?!I\b)[A-Z][a-z]")


def quote_carries_news(text: str, said: Statement) -> bool:
    """Return whether a sentence may be ticked as far as quoting goes: it is no quote; or
    less than QUOTE_SHARE of it is quotation (its own words carry the news: "Three officers
    were terminated after … engaging in 'conduct prejudicial …'"); or, mostly quotation, it
    names who speaks and its quoted words carry news (a figure or a name), not only colour."""
    if said.kind != "quote" or quoted_share(text) < QUOTE_SHARE:
        return True
    if said.source is None:
        return False
    quoted = " ".join(m.group(1) for m in _QUOTED_TEXT.finditer(text)) or text
    return _NEWS_IN_QUOTE.search(quoted) is not None


def analyst_scores(
    texts: Sequence[str], entities: Sequence[Sequence[Entity]], scores: np.ndarray
) -> np.ndarray:
    """Return the scores the selection ranks by: the ranker's ``scores`` (in [0, 1])
    compressed, plus NEWS_GAIN for each class of news a sentence carries (at most NEWS_CAP),
    less the costs of background or boilerplate, quotation and an anecdote near the top."""
    import numpy as np  # loaded with the analysis, never before the window's first paint

    out = np.clip(np.asarray(scores, dtype=float), 0.0, None) ** SCORE_POWER
    for k, (text, inside) in enumerate(zip(texts, entities, strict=True)):
        out[k] += NEWS_GAIN * min(news_classes(text, inside), NEWS_CAP)
        out[k] -= BACKGROUND_COST * (is_background(text) or is_boilerplate(text))
        out[k] -= QUOTE_COST * (quoted_share(text) >= QUOTE_SHARE)
        out[k] -= ANECDOTE_COST * (k < ANECDOTE_REACH and is_anecdote(text, inside))
    return out


def select(
    texts: Sequence[str],
    paragraphs: Sequence[int],
    entities: Sequence[Sequence[Entity]],
    kinds: Sequence[FactKind],
    statements: Sequence[Statement],
    scores: np.ndarray,
    target: int,
    low: int = MIN_FACTS,
    quoted: Collection[int] = (),
) -> set[int]:
    """Return the indexes of the sentences to tick by default, at most ``target``.

    ``kinds`` are the ranking kinds (:func:`factkinds.fact_kind`), ``statements`` what each
    sentence is (:func:`factkinds.statement`). Facts go first (estimates a little lower,
    commentary never), at most MAX_PER_PARAGRAPH per paragraph, none shorter than MIN_WORDS
    words, none scored below MIN_SCORE of the best once ``low`` are ticked (scores as
    :func:`analyst_scores` makes them), no quote without its speaker or news, no colour
    (:func:`news.is_colour`: a question, a link to another story, the credits), none opening
    with a word that points back to a sentence not ticked just before it unless it comes with
    the sentence before it (PAIR_COST), and none that repeats a ticked one (a headline
    repeated as the first paragraph and the lede saying the same thing are never both
    ticked). Among the rest, each step takes the best score less its overlap with what is
    ticked, plus a little for names nothing ticked mentions yet. A ticked sentence that opens
    with a definite description ("The attackers …") brings the sentence that introduced it
    (:func:`introduced_in`).
    """
    bags = [_bag(t, e) for t, e in zip(texts, entities, strict=True)]
    names = [{e.text.lower() for e in ents if e.label in NAME_LABELS} for ents in entities]
    scores = analyst_scores(texts, entities, scores)
    top = float(scores.max()) if len(scores) else 0.0
    eligible = [
        n
        for n in range(len(texts))
        if kinds[n] != "commentary"
        and len(texts[n].split()) >= MIN_WORDS
        and quote_carries_news(texts[n], statements[n])
        and not is_colour(texts[n])
    ]
    pointing = [points_back(text) for text in texts]
    # The rest of a quotation reads only right after the sentence that opens it.
    # ``quoted``: sentences within a quotation an earlier one opened, marks or not.
    carried_on = [continues_quotation(text) or n in quoted for n, text in enumerate(texts)]
    # What may come along with a sentence that points back to it: one that may be ticked
    # and reads alone.
    standalone = {
        n for n in eligible if not (pointing[n] or carried_on[n] or n in quoted)
    }
    chosen: list[int] = []
    covered: set[str] = set()
    per_paragraph: dict[int, int] = defaultdict(int)
    while len(chosen) < target:
        best, best_value, best_before = -1, -math.inf, -1
        for n in eligible:
            if n in chosen or per_paragraph[paragraphs[n]] >= MAX_PER_PARAGRAPH:
                continue
            if len(chosen) >= low and scores[n] < MIN_SCORE * top:
                continue
            reach = 1 if carried_on[n] else REACH
            before = -1
            if (pointing[n] or n in quoted) and not any(0 < n - m <= reach for m in chosen):
                # "He said …" is never ticked without the sentence it points back to: it
                # comes with the one before it, when that one may be ticked and reads alone.
                before = n - 1
                if (
                    before not in standalone
                    or len(chosen) + 2 > target
                    or per_paragraph[paragraphs[before]] >= MAX_PER_PARAGRAPH - (
                        paragraphs[before] == paragraphs[n]
                    )
                ):
                    continue
            overlap = max((redundancy(bags[n], bags[m]) for m in chosen), default=0.0)
            if overlap >= REDUNDANT:
                continue
            fresh = len(names[n] - covered) / len(names[n]) if names[n] else 0.0
            # What happened comes first; an estimate ranks a little lower.
            value = float(scores[n]) - OVERLAP_COST * overlap + NOVELTY_GAIN * fresh
            value -= 0.0 if kinds[n] == "fact" or is_penalty(texts[n]) else ESTIMATE_COST
            value -= PAIR_COST if before >= 0 else 0.0
            if value > best_value:
                best, best_value, best_before = n, value, before
        if best < 0:
            break
        for n in (best_before, best) if best_before >= 0 else (best,):
            chosen.append(n)
            covered |= names[n]
            per_paragraph[paragraphs[n]] += 1
    # "The attackers killed at least six people": the sentence that introduced them comes
    # with it, so that what prints can be read.
    for n in sorted(chosen):
        m = introduced_in(n, texts, chosen)
        if m is not None and kinds[m] != "commentary":
            chosen.append(m)
    return set(chosen)


# A sentence opening with a definite description ("The officials include …", "Both
# countries …") and the words of its description.
# (After the connectives LEAD_CONNECTIVE leaves out.)
_DEFINITE = re.compile(
    r"(?:The|This|That|These|Those|Both|All)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\b"
)
# Words of such a description that introduce nothing ("The first …", "The next day …").
_NO_REFERENT = frozenset(
    [
        "first", "last", "next", "same", "most", "other", "said", "more", "many", "such",
        "following", "previous", "latest", "new", "year", "week", "month", "day", "time",
    ]
)


def introduced_in(n: int, texts: Sequence[str], chosen: Collection[int]) -> int | None:
    """Return the sentence, at most REACH before sentence ``n``, that introduces what ``n``'s
    opening definite description names ("Officers stopped Hong Young …" for "The officers
    recognized …"), when no sentence of ``chosen`` before ``n`` names it; else None."""
    m = _DEFINITE.match(LEAD_CONNECTIVE.sub("", texts[n].strip()))
    words = [w for w in m.group(1).split() if len(w) > 3] if m is not None else []
    words = [w for w in words if w not in _NO_REFERENT]
    if not words:
        return None
    head = re.compile(rf"\b{re.escape(words[-1])}\b", re.IGNORECASE)
    if any(k < n and head.search(texts[k]) for k in chosen):
        return None
    before = range(n - 1, max(-1, n - 1 - REACH), -1)
    return next((k for k in before if head.search(texts[k])), None)
