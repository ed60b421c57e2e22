"""The words that tell a kind of event, read once from ``resources/event_types.toml``."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from briefwright.model.assets import get_asset

# How much a cue of each strength counts (see the file's header).
STRENGTHS: Mapping[str, float] = {"strong": 1.0, "medium": 0.6, "weak": 0.3}
GENERAL = "general"
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_JOIN = re.compile(r"[\s-]+")
_MIN_STEM = 3


@dataclass(frozen=True)
class CueHit:
    """A cue found in a text: its span, its words as written, and what it counts for each
    event type it tells (empty for a phrase that names no event, such as "heart attack")."""

    start: int
    end: int
    text: str
    weights: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Cue:
    """One cue: its words (lower case unless ``exact``), whether its last word is a stem,
    and what it counts for each type."""

    words: tuple[str, ...]
    stem: bool
    exact: bool
    weights: tuple[tuple[str, float], ...]

    def matches(self, words: Sequence[str], gaps: Sequence[str], i: int) -> bool:
        """Return whether the cue's words stand at ``words[i:]`` with only spaces or hyphens
        (``gaps[k]`` is what stands before ``words[k]``) between them."""
        n = len(self.words)
        if i + n > len(words):
            return False
        for k, want in enumerate(self.words):
            word = words[i + k] if self.exact else words[i + k].lower()
            if k and not _JOIN.fullmatch(gaps[i + k]):
                return False
            if k < n - 1:
                if word != want:
                    return False
            elif self.stem:
                if not word.startswith(want):
                    return False
            elif word not in (want, want + "s", want + "es"):
                return False
        return True


@dataclass(frozen=True)
class CueLexicon:
    """The event types (key → label, in order of precedence) and their cues by first word
    (lower case, or as written for a cue matched by case), one-word stems by their stem."""

    labels: dict[str, str]
    by_word: dict[str, tuple[Cue, ...]]
    by_stem: dict[str, tuple[Cue, ...]]

    def find(self, text: str) -> list[CueHit]:
        """Return the cues of ``text`` in order; at each word the longest cue wins, and the
        words of a cue are not read again ("strike" in "air strike")."""
        found = list(_WORD.finditer(text))
        words = [m.group() for m in found]
        gaps = [text[found[k - 1].end() : m.start()] if k else "" for k, m in enumerate(found)]
        hits: list[CueHit] = []
        i = 0
        while i < len(words):
            best: Cue | None = None
            for cue in self._candidates(words[i]):
                longer = best is None or len(cue.words) > len(best.words)
                if longer and cue.matches(words, gaps, i):
                    best = cue
            if best is None:
                i += 1
                continue
            last = i + len(best.words) - 1
            start, end = found[i].start(), found[last].end()
            hits.append(CueHit(start, end, text[start:end], best.weights))
            i = last + 1
        return hits

    def _candidates(self, word: str) -> list[Cue]:
        """Return the cues that may start at ``word`` (its plural stripped, its stems)."""
        lower = word.lower()
        keys = {word, lower}
        if lower.endswith("s"):
            keys |= {lower[:-1], word[:-1]}
        if lower.endswith("es"):
            keys |= {lower[:-2], word[:-2]}
        out = [c for key in keys for c in self.by_word.get(key, ())]
        for size in range(_MIN_STEM, len(lower) + 1):
            out.extend(self.by_stem.get(lower[:size], ()))
        return out


def _cue(written: str, weights: tuple[tuple[str, float], ...]) -> Cue:
    """Return a cue as the file writes it (``word``, ``stem*``, ``=Exact``)."""
    exact = written.startswith("=")
    body = written[1:] if exact else written.lower()
    words = tuple(w for w in _JOIN.split(body.rstrip("*")) if w)
    return Cue(words, body.endswith("*"), exact, weights)


def parse_cues(data: Mapping[str, Any]) -> CueLexicon:
    """Return the lexicon of a parsed ``event_types.toml``; raise ValueError naming the entry
    that is not as the file's header describes (a type without a label, a cue not text)."""
    types = data.get("types")
    if not isinstance(types, dict) or GENERAL not in types:
        raise ValueError(f"event types: a [types.*] table and a [types.{GENERAL}] are needed")
    labels: dict[str, str] = {}
    counts: dict[str, dict[str, float]] = {}
    for key, entry in types.items():
        label = entry.get("label") if isinstance(entry, dict) else None
        if not isinstance(label, str) or not label.strip():
            raise ValueError(f"event types: [types.{key}] needs a label")
        labels[key] = label
        for strength, value in STRENGTHS.items():
            cues = entry.get(strength, [])
            if not isinstance(cues, list) or not all(isinstance(c, str) and c for c in cues):
                raise ValueError(f"event types: [types.{key}] {strength} must be a list of words")
            for written in cues:
                per_type = counts.setdefault(written, {})
                per_type[key] = max(per_type.get(key, 0.0), value)
    ignored = data.get("ignore", {}).get("phrases", [])
    if not isinstance(ignored, list) or not all(isinstance(c, str) and c for c in ignored):
        raise ValueError("event types: [ignore] phrases must be a list of words")
    for written in ignored:
        counts.setdefault(written, {})
    by_word: dict[str, list[Cue]] = {}
    by_stem: dict[str, list[Cue]] = {}
    for written, per_type in counts.items():
        cue = _cue(written, tuple(sorted(per_type.items())))
        one_stem = cue.stem and len(cue.words) == 1
        if not cue.words or (one_stem and len(cue.words[0]) < _MIN_STEM):
            raise ValueError(f"event types: the cue {written!r} is too short")
        (by_stem if one_stem else by_word).setdefault(cue.words[0], []).append(cue)
    return CueLexicon(
        labels,
        {k: tuple(v) for k, v in by_word.items()},
        {k: tuple(v) for k, v in by_stem.items()},
    )


@functools.cache
def cue_lexicon() -> CueLexicon:
    """Return the event types and their cues (``resources/event_types.toml``), read once.

    Raises FileNotFoundError when the file is missing and ValueError when it is malformed.
    """
    with get_asset("event_types.toml").open("rb") as fh:
        try:
            data = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise ValueError(f"event types: {exc}") from exc
    return parse_cues(data)


def event_labels() -> dict[str, str]:
    """Return the event types' labels by key, in order of precedence (``general`` last)."""
    return dict(cue_lexicon().labels)
