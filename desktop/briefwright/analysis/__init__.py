"""Analysis of an article: entities, actors, dates, key sentences and section proposals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from briefwright.analysis import deferred
from briefwright.model.analysis import Analysis

if TYPE_CHECKING:
    from briefwright.analysis.engine import analyze, analyze_many

__all__ = ["Analysis", "analyze", "analyze_many"]


def __getattr__(name: str) -> Any:
    # The engine pulls in numpy and spaCy; the data model alone is needed at start-up (the
    # window shows the article before any analysis), so the engine loads on first use.
    if name in ("analyze", "analyze_many"):
        return getattr(deferred.engine, name)
    raise AttributeError(f"module 'briefwright.analysis' has no attribute {name!r}")
