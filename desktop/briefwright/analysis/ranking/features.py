"""What the sentence ranker reads of each sentence: position, centrality, names, figures, kind."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefwright.analysis.ranking.textrank import content_words
from briefwright.model.analysis import Entity, FactKind

if TYPE_CHECKING:
    import numpy as np

# The order of the columns of :func:`sentence_features`; a model file names them to match.
FEATURE_NAMES: tuple[str, ...] = (
    "textrank",
    "centroid",
    "position_inverse",
    "position_relative",
    "first_sentence",
    "log_words",
    "short",
    "long",
    "actors",
    "figures",
    "dates",
    "actions",
    "assessment",
    "commentary",
    "quote",
    "claim",
    "quoted_share",
    "attribution",
    "question",
    "pronoun_opening",
    "title_overlap",
)

_ACTION = re.compile(
    r"\b(?:evacuat|impos|suspend|reject|sign|kill|arrest|attack|announc|launch|vot|elect|"
    r"approv|ban|seiz|captur|fired|resign|won|beat|defeat|rais|cut|fell|rose|declin|jump|"
    r"climb|slump|drop|surg|order|deploy|withdr|invad|sanction|freez|halt|protest|condemn|"
    r"accus|agree|releas|detain|sentenc|charg|acquir|merg|bought|sold|dismiss|clos|stormed|"
    r"struck|bomb|shell|destroy|injur|wound|die|died|dead|flee|fled|displac|lift|cancel|"
    r"postpon|overturn|ruled|pass|met|pledg|promis|donat|allocat|invest|hike|warn|demand|"
    r"clash|found|discover|confirm|reveal|unveil|reach|hit|crash|collaps|burn)\w*",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"“”]([^\"“”]{3,})[\"“”]")
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|added|according to|stated|explained|insisted|claimed|wrote|"
    r"tweeted|declared)\b",
    re.IGNORECASE,
)
_PRONOUN_OPENING = re.compile(
    r"^[\"“]?(?:He|She|It|Its|They|Their|His|Her|This|These|That|Those|We|I|But|And|So)\b"
)
_WORDS = re.compile(r"\S+")
NAME_LABELS = ("PERSON", "ORG", "PLACE", "GROUP")


def quoted_share(text: str) -> float:
    """Return the share of the sentence's words that stand inside quotation marks, in [0, 1]."""
    total = len(_WORDS.findall(text))
    if total == 0:
        return 0.0
    inside = sum(len(_WORDS.findall(m.group(1))) for m in _QUOTED.finditer(text))
    # An opening quote left open runs to the end of the sentence (a quote across sentences).
    if not inside and text.lstrip()[:1] in '"“' and text.count('"') + text.count("“") == 1:
        inside = total
    return min(1.0, inside / total)


def has_attribution(text: str) -> bool:
    """Return whether the sentence says who said something ("said", "told", "according to")."""
    return _ATTRIBUTION.search(text) is not None


def opens_with_pronoun(text: str) -> bool:
    """Return whether the sentence opens with a pronoun or a connective that points back."""
    return _PRONOUN_OPENING.match(text) is not None


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def sentence_features(
    texts: Sequence[str],
    entities: Sequence[Sequence[Entity]],
    kinds: Sequence[FactKind],
    ranks: np.ndarray,
    title: str = "",
) -> np.ndarray:
    """Return one row of FEATURE_NAMES per sentence (shape n × len(FEATURE_NAMES)).

    ``entities`` holds the entities inside each sentence, ``kinds`` its statement kind,
    ``ranks`` its TextRank score. Paragraph structure is left out on purpose: the largest
    training corpus keeps none, and paragraph features learned elsewhere did worse on
    articles from a source left out of training (bench/train_ranker.py --check).
    """
    import numpy as np  # with the first analysis, not with the window (see textrank)

    n = len(texts)
    out = np.zeros((n, len(FEATURE_NAMES)))
    if n == 0:
        return out
    bags = [content_words(t) for t in texts]
    sets = [set(b) for b in bags]
    centroid: Counter[str] = Counter(w for b in sets for w in b)
    norm = math.sqrt(sum(c * c for c in centroid.values())) or 1.0
    title_words = set(content_words(title))
    for i, text in enumerate(texts):
        words = len(_WORDS.findall(text))
        inside = entities[i]
        cosine = sum(centroid[w] for w in sets[i]) / (norm * math.sqrt(len(sets[i]) or 1))
        out[i] = (
            ranks[i],
            cosine,
            1.0 / (1 + i),
            i / n,
            float(i == 0),
            math.log1p(words),
            float(words < 8),
            float(words > 40),
            min(len({e.text for e in inside if e.label in NAME_LABELS}), 4) / 4,
            min(sum(1 for e in inside if e.label == "FIGURE"), 2) / 2,
            min(sum(1 for e in inside if e.label == "DATE"), 1),
            min(len(_ACTION.findall(text)), 3) / 3,
            float(kinds[i] == "assessment"),
            float(kinds[i] == "commentary"),
            float(kinds[i] == "quote"),
            float(kinds[i] == "claim"),
            quoted_share(text),
            float(has_attribution(text)),
            float(text.rstrip().rstrip("\"”’'").endswith("?")),
            float(opens_with_pronoun(text)),
            _overlap(sets[i], title_words),
        )
    return out
