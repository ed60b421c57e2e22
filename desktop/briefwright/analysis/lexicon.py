"""The analysis' word lists, read once from ``resources/lexicon.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from typing import Any

from briefwright.model.assets import get_asset


@functools.cache
def _data() -> Mapping[str, Any]:
    """Return the parsed lexicon; raise FileNotFoundError when the file is missing."""
    with get_asset("lexicon.toml").open("rb") as f:
        return tomllib.load(f)


def _entry(key: str) -> Any:
    """Return the value at dotted ``key`` ("headings.event_nouns"); raise KeyError if absent."""
    value: Any = _data()
    for part in key.split("."):
        value = value[part]
    return value


def items(key: str) -> tuple[str, ...]:
    """Return the list at ``key`` in file order; raise TypeError when it is not a list of text."""
    value = _entry(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"lexicon entry {key!r} is not a list of words")
    return tuple(value)


def words(key: str) -> frozenset[str]:
    """Return the list at ``key`` as a set."""
    return frozenset(items(key))


def table(key: str) -> dict[str, str]:
    """Return the table at ``key`` (word → word) in file order; raise TypeError otherwise."""
    value = _entry(key)
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise TypeError(f"lexicon entry {key!r} is not a table of words")
    return dict(value)


def alternatives(*keys: str) -> str:
    """Return the cues of the lists at ``keys`` as one regular-expression group ``(?:a|b|…)``.

    Longer cues come first so that "called for" wins over "call".
    """
    cues = sorted({c for key in keys for c in items(key)}, key=lambda c: (-len(c), c))
    return "(?:" + "|".join(cues) + ")"


def cue_pattern(*keys: str, ignore_case: bool = False, start: bool = False) -> re.Pattern[str]:
    """Return a pattern matching any cue of ``keys`` as whole words (at the text's start when
    ``start``)."""
    prefix = "^" if start else r"\b"
    return re.compile(prefix + alternatives(*keys) + r"\b", re.IGNORECASE if ignore_case else 0)


def groups(key: str) -> dict[str, tuple[str, ...]]:
    """Return the table at ``key`` of named word lists in file order; raise TypeError otherwise."""
    value = _entry(key)
    if not isinstance(value, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in value.values()
    ):
        raise TypeError(f"lexicon entry {key!r} is not a table of word lists")
    return {name: tuple(v) for name, v in value.items()}
