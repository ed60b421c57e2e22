"""The sentence ranker: its features, its model file and the default selection."""

from __future__ import annotations

import json

import numpy as np
import pytest

from briefwright.analysis.ranking.features import (
    FEATURE_NAMES,
    opens_with_pronoun,
    quoted_share,
    sentence_features,
)
from briefwright.analysis.ranking.ranker import load_ranker, parse_model, read_model
from briefwright.analysis.ranking.selection import (
    REDUNDANT,
    quote_carries_news,
    redundancy,
    select,
)
from briefwright.analysis.ranking.textrank import content_words
from briefwright.analysis.statements.factkinds import statement
from briefwright.model.analysis import Entity
from briefwright.model.assets import get_asset

TEXTS = [
    "Rebels seized the town of Minova on Tuesday, cutting the road to Goma.",
    "Thousands of residents fled towards Goma, the United Nations said.",
    '"We heard shooting from five in the morning," a trader said.',
    "It was quiet later.",
]


def _features(title: str = "") -> np.ndarray:
    ents = [
        [Entity("Minova", "PLACE", 1, 0, 6), Entity("Tuesday", "DATE", 1, 0, 7)],
        [Entity("Goma", "PLACE", 2, 0, 4), Entity("United Nations", "ORG", 2, 0, 14)],
        [],
        [],
    ]
    kinds = [statement(t).kind for t in TEXTS]
    return sentence_features(TEXTS, ents, kinds, np.ones(4), title)


def _column(rows: np.ndarray, name: str) -> list[float]:
    return [round(float(v), 3) for v in rows[:, FEATURE_NAMES.index(name)]]


def test_features_have_one_row_per_sentence_and_named_columns() -> None:
    rows = _features()
    assert rows.shape == (4, len(FEATURE_NAMES))
    assert _column(rows, "first_sentence") == [1.0, 0.0, 0.0, 0.0]
    assert _column(rows, "position_inverse") == [1.0, 0.5, 0.333, 0.25]
    assert _column(rows, "actors") == [0.25, 0.5, 0.0, 0.0]
    assert _column(rows, "dates") == [1.0, 0.0, 0.0, 0.0]
    assert _column(rows, "quote") == [0.0, 0.0, 1.0, 0.0]
    assert _column(rows, "claim") == [0.0, 1.0, 0.0, 0.0]
    assert _column(rows, "short") == [0.0, 0.0, 0.0, 1.0]
    assert _column(rows, "pronoun_opening") == [0.0, 0.0, 1.0, 1.0]


def test_title_overlap_is_zero_without_a_title() -> None:
    assert _column(_features(), "title_overlap") == [0.0] * 4
    assert _column(_features("Rebels seize Minova")[:1], "title_overlap")[0] > 0.4


def test_no_sentences_no_rows() -> None:
    rows = sentence_features([], [], [], np.zeros(0))
    assert rows.shape == (0, len(FEATURE_NAMES))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Police arrested two men.", 0.0),
        ('"We will not stop," she said.', 0.667),
        ("“The talks failed,” Lula said on Friday in Brasília.", 0.333),
        ('"This goes on and on', 1.0),
    ],
)
def test_quoted_share(text: str, share: float) -> None:
    assert quoted_share(text) == pytest.approx(share, abs=0.01)


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("Its shares rose 5 percent.", True),
        ("He resigned on Monday.", True),
        ("This decision follows the coup.", True),
        ("Helsinki police boarded the tanker.", False),
        ("Theirry Breton resigned.", False),
    ],
)
def test_opens_with_pronoun(text: str, points_back: bool) -> None:
    assert opens_with_pronoun(text) is points_back


def test_shipped_model_loads_and_matches_the_features() -> None:
    model = load_ranker()
    assert model.features == FEATURE_NAMES
    assert read_model(get_asset("models", "ranker.json")) == model
    scores = model.scores(_features())
    assert scores.shape == (4,)
    assert all(0.0 < s < 1.0 for s in scores)
    # The lede outranks a short sentence that points back.
    assert scores[0] > scores[3]


def _model_data() -> dict[str, object]:
    n = len(FEATURE_NAMES)
    return {
        "features": list(FEATURE_NAMES),
        "mean": [0.0] * n,
        "scale": [1.0] * n,
        "weights": [1.0] + [0.0] * (n - 1),
        "bias": 0.5,
    }


def test_parse_model_scores_by_its_weights() -> None:
    model = parse_model(_model_data())
    rows = np.zeros((2, len(FEATURE_NAMES)))
    rows[0, 0] = 2.0
    assert list(np.round(model.scores(rows), 4)) == [0.9241, 0.6225]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("features", ["textrank"], "differ"),
        ("weights", [1.0], "length"),
        ("scale", [0.0] * len(FEATURE_NAMES), "positive"),
    ],
)
def test_parse_model_rejects_a_mismatched_file(key: str, value: object, message: str) -> None:
    data = _model_data()
    data[key] = value
    with pytest.raises(ValueError, match=message):
        parse_model(data)


def test_model_file_is_deterministic_json() -> None:
    text = get_asset("models", "ranker.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert json.dumps(data, indent=1, sort_keys=True) + "\n" == text


def _bag(text: str) -> set[str]:
    return set(content_words(text))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Nordvik Foods raises profit forecast as exports climb",
            "Nordvik Foods raised its full-year profit forecast after exports to Asia climbed.",
            True,
        ),
        (
            "Rebels seized the town of Minova on Tuesday.",
            "The army said it would retake the town within days.",
            False,
        ),
        (  # the same people and the same source, two facts
            "When the officer arrived, the man charged at him, Alexander said.",
            "The officer was white; the deceased man was African-American, Alexander said.",
            False,
        ),
    ],
)
def test_redundancy(a: str, b: str, same: bool) -> None:
    assert (redundancy(_bag(a), _bag(b)) >= REDUNDANT) is same


def test_redundancy_of_an_empty_bag_is_zero() -> None:
    assert redundancy(set(), {"town"}) == 0.0


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("Police arrested two men in Lagos.", True),
        ('"We lost everything, the house, the rice," said Rahima Begum.', False),
        ('"We will send 1,000 officers," Kenya\'s president said.', True),
        ('"We will send 1,000 officers to the island next month."', False),
    ],
)
def test_quote_carries_news(text: str, ok: bool) -> None:
    assert quote_carries_news(text, statement(text)) is ok


def _select(texts: list[str], scores: list[float], target: int, low: int = 5) -> set[int]:
    return select(
        texts,
        list(range(1, len(texts) + 1)),
        [[] for _ in texts],
        ["fact"] * len(texts),
        [statement(t) for t in texts],
        np.array(scores),
        target,
        low,
    )


def test_selection_skips_a_repeat_and_fills_with_the_next_best() -> None:
    texts = [
        "Nordvik Foods raised its profit forecast as exports to Asia climbed.",
        "Nordvik Foods raised its profit forecast, as its exports to Asia climbed.",
        "Its board approved a share buyback of 500 million crowns.",
        "Revenue rose to 9.8 billion crowns in the fourth quarter.",
    ]
    assert _select(texts, [1.0, 0.9, 0.5, 0.6], 3) == {0, 2, 3}


def test_selection_never_ticks_commentary_or_short_sentences() -> None:
    texts = [
        "Rebels seized the town of Minova on Tuesday.",
        "Police recaptured four.",
        "It serves as a reminder of the delicate balance of power in the region.",
    ]
    chosen = select(
        texts,
        [1, 2, 3],
        [[], [], []],
        ["fact", "fact", "commentary"],
        [statement(t) for t in texts],
        np.array([0.5, 1.0, 0.9]),
        3,
    )
    assert chosen == {0}


def test_selection_is_no_quota_weak_sentences_fill_only_the_minimum() -> None:
    texts = [
        "Nordvik Foods raised its profit forecast on Wednesday.",
        "Revenue rose to 9.8 billion crowns in the fourth quarter.",
        "The company will publish its annual report on March 20.",
    ]
    assert _select(texts, [1.0, 0.9, 0.05], 3, low=2) == {0, 1}
    assert _select(texts, [1.0, 0.9, 0.05], 3, low=3) == {0, 1, 2}


def test_reported_speech_with_a_quoted_fragment_may_be_ticked() -> None:
    text = (
        "The Islamist group said in a statement that it had carried out the attack and "
        'claimed to have killed more than 30 "apostate officials".'
    )
    assert quote_carries_news(text, statement(text))
