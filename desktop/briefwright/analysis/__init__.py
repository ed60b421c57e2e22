"""Analysis of an article: entities, actors, dates, key sentences and section proposals."""

from __future__ import annotations

from briefwright.analysis.engine import analyze, analyze_many
from briefwright.analysis.model import Analysis

__all__ = ["Analysis", "analyze", "analyze_many"]
