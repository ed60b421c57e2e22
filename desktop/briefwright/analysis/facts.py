"""Key sentences: every sentence a scored fact, and a default selection of the concrete ones."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefwright.analysis.factkinds import fact_kind
from briefwright.analysis.headings import EVENT_NOUNS
from briefwright.analysis.textrank import textrank
from briefwright.model.analysis import Entity, Fact, FactKind
from briefwright.model.article import Article

_ACTION = re.compile(
    r"\b(?:evacuat|impos|suspend|reject|gather|sign|kill|arrest|attack|announc|launch|vot|"
    r"elect|approv|ban|seiz|captur|fired|resign|won|beat|defeat|scor|rais|cut|fell|rose|"
    r"declin|jump|climb|slump|drop|surg|report|order|deploy|withdr|invad|sanction|freez|halt|"
    r"protest|condemn|denounc|accus|agree|sign|releas|detain|sentenc|charg|fin|acquir|"
    r"merg|bought|sold|hir|dismiss|sack|clos|open|stormed|struck|bomb|shell|destroy|injur|"
    r"wound|die|flee|fled|displac|evacuat|lift|cancel|postpon|overturn|ruled|pass|sign|"
    r"met|call|spoke|talk|visit|pledg|promis|commit|donat|allocat|invest|borrow|lend|hike|"
    r"discuss|reaffirm|warn|demand|urg|organi[sz]|stag|march|clash|suspend)\w*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][a-z-]+")
# How much each ingredient counts (measured on tests/data/labelled with bench/quality.py).
TEXTRANK_WEIGHT = 0.4
CONCRETE_WEIGHT = 0.6
_KIND_FACTOR: dict[FactKind, float] = {"fact": 1.0, "assessment": 0.8, "commentary": 0.15}
MAX_PER_PARAGRAPH = 2
# News paragraphs put their news first: an opening sentence gains a little.
OPENING_BONUS = 0.05
# "This decision comes…" restates what came before rather than adding to it.
_ANAPHORIC = re.compile(r"^(?:This|These|That|Those|Such) [a-z]+ (?!of\b)")
ANAPHORIC_FACTOR = 0.8


@dataclass(frozen=True)
class SentenceInfo:
    """One sentence of the article and where it is."""

    paragraph: int
    index: int
    start: int
    end: int
    text: str


def article_sentences(article: Article) -> list[SentenceInfo]:
    """Return every sentence of the article's body paragraphs, in reading order."""
    out = []
    for p in article.paragraphs:
        if p.kind == "heading":
            continue
        for i, s in enumerate(p.sentences):
            out.append(SentenceInfo(p.id, i, s.start, s.end, p.text[s.start : s.end]))
    return out


def concreteness(info: SentenceInfo, entities: Sequence[Entity]) -> float:
    """Return how concrete a sentence is (named actors, figures, dates, actions), in [0, 1]."""
    inside = [e for e in entities if e.start >= info.start and e.end <= info.end]
    actors = len({e.text for e in inside if e.label in ("PERSON", "ORG", "PLACE", "GROUP")})
    figures = sum(1 for e in inside if e.label == "FIGURE")
    dates = sum(1 for e in inside if e.label == "DATE")
    actions = len(_ACTION.findall(info.text))
    events = sum(1 for w in _WORD.findall(info.text) if w.lower() in EVENT_NOUNS)
    return (
        0.3 * min(actors, 4) / 4
        + 0.15 * min(figures, 2) / 2
        + 0.1 * min(dates, 1)
        + 0.25 * min(actions, 2) / 2
        + 0.2 * min(events, 2) / 2
    )


def selection_size(word_count: int) -> int:
    """Return how many facts to pre-select: about one per 35 words, 3 to 15."""
    return max(3, min(15, round(word_count / 35)))


def score_sentences(
    infos: Sequence[SentenceInfo],
    entities: Sequence[Entity],
    kinds: Sequence[FactKind],
    *,
    plain: bool = False,
) -> np.ndarray:
    """Return one score in [0, 1] per sentence: TextRank, or with ``plain`` False, TextRank
    combined with concreteness and damped for commentary and estimative sentences."""
    ranks = textrank([i.text for i in infos])
    if plain or len(infos) == 0:
        return ranks
    by_paragraph: dict[int, list[Entity]] = defaultdict(list)
    for e in entities:
        by_paragraph[e.paragraph].append(e)
    scores = np.array(
        [
            (TEXTRANK_WEIGHT * r + CONCRETE_WEIGHT * concreteness(i, by_paragraph[i.paragraph]))
            * _KIND_FACTOR[k]
            * (ANAPHORIC_FACTOR if _ANAPHORIC.match(i.text) else 1.0)
            + (0.1 if n == 0 else 0.0)
            + (OPENING_BONUS if i.index == 0 else 0.0)
            for n, (i, r, k) in enumerate(zip(infos, ranks, kinds, strict=True))
        ]
    )
    top = scores.max()
    return scores / top if top > 0 else scores


def build_facts(
    article: Article, entities: Sequence[Entity], *, plain: bool = False
) -> tuple[Fact, ...]:
    """Return every sentence as a Fact (``f1``… in reading order) with the default selection.

    The selection takes the best-scored factual sentences (estimative ones only to fill up),
    about one per 35 words (3 to 15), never commentary, at most two per paragraph and none
    shorter than five words.
    """
    infos = article_sentences(article)
    kinds: list[FactKind] = [fact_kind(i.text) for i in infos]
    scores = score_sentences(infos, entities, kinds, plain=plain)
    target = selection_size(article.word_count)
    chosen: set[int] = set()
    per_paragraph: dict[int, int] = defaultdict(int)
    # What happened comes first; estimative sentences only fill a selection that falls short.
    for n in sorted(range(len(infos)), key=lambda n: (kinds[n] != "fact", -scores[n], n)):
        if len(chosen) >= target:
            break
        info = infos[n]
        if kinds[n] == "commentary" or len(info.text.split()) < 5:
            continue
        if per_paragraph[info.paragraph] >= MAX_PER_PARAGRAPH:
            continue
        chosen.add(n)
        per_paragraph[info.paragraph] += 1
    return tuple(
        Fact(
            id=f"f{n + 1}",
            text=info.text,
            paragraph=info.paragraph,
            sentence=info.index,
            score=round(float(scores[n]), 4),
            included=n in chosen,
            kind=kinds[n],
        )
        for n, info in enumerate(infos)
    )
