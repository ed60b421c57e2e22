"""The learned sentence ranker: a logistic model over the sentence features, read from JSON."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefwright.analysis.ranking.features import FEATURE_NAMES
from briefwright.model.assets import get_asset

if TYPE_CHECKING:
    import numpy as np

MODEL_PARTS = ("models", "ranker.json")


@dataclass(frozen=True)
class RankerModel:
    """Weights of a logistic ranker over standardised features (``(x - mean) / scale``)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float

    def scores(self, rows: np.ndarray) -> np.ndarray:
        """Return the probability that each row's sentence belongs in a summary, in (0, 1)."""
        import numpy as np

        if rows.shape[0] == 0:
            return np.zeros(0)
        z = (rows - np.array(self.mean)) / np.array(self.scale)
        logits = z @ np.array(self.weights) + self.bias
        return 1.0 / (1.0 + np.exp(-logits))


def parse_model(data: dict[str, object]) -> RankerModel:
    """Return the model a JSON object describes.

    Raises ValueError when its features are not those :mod:`rankfeatures` computes or its
    vectors do not match them in length.
    """
    features = tuple(str(f) for f in data["features"])  # type: ignore[attr-defined]
    if features != FEATURE_NAMES:
        raise ValueError(f"ranker model features {features} differ from {FEATURE_NAMES}")
    vectors = {k: tuple(float(v) for v in data[k]) for k in ("mean", "scale", "weights")}  # type: ignore[attr-defined]
    if any(len(v) != len(features) for v in vectors.values()):
        raise ValueError("ranker model vectors differ in length from its features")
    if any(s <= 0 for s in vectors["scale"]):
        raise ValueError("ranker model scales must be positive")
    return RankerModel(
        features,
        vectors["mean"],
        vectors["scale"],
        vectors["weights"],
        float(data["bias"]),  # type: ignore[arg-type]
    )


def read_model(path: Path) -> RankerModel:
    """Return the model stored at ``path`` (see :func:`parse_model` for what is raised)."""
    return parse_model(json.loads(path.read_text(encoding="utf-8")))


@functools.cache
def load_ranker() -> RankerModel:
    """Return the shipped ranker (read once); raises FileNotFoundError when it is missing."""
    return read_model(get_asset(*MODEL_PARTS))
