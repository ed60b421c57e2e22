"""Adjectives of people by religion or descent ("Sunni", "African-American"): never actors."""

from __future__ import annotations

import re

from briefwright.analysis import lexicon

_RELIGIONS = lexicon.words("names.religions")
_ETHNICITIES = lexicon.words("names.ethnicities")
_HYPHENATED = re.compile(r"[A-Z][a-z]+-Americans?")


def of_people(name: str) -> bool:
    """Return whether ``name`` is an adjective of people by religion or descent ("Sunni",
    "African-American", "Hispanic"), named as nationalities are, never an actor."""
    return name in _RELIGIONS or name in _ETHNICITIES or bool(_HYPHENATED.fullmatch(name))
