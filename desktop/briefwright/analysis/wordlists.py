"""Word lists written as spaced text in the modules that use them."""

from __future__ import annotations


def words(spaced: str) -> frozenset[str]:
    """Return the set of whitespace-separated words in ``spaced``."""
    return frozenset(spaced.split())
