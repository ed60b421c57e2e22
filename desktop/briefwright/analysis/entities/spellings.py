"""A family name written with one slip of the keys ("Nemstov" for "Nemtsov")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from briefwright.analysis.entities.candidate import Candidate

# Shorter names differ by one letter too often to be slips ("Li", "Lee", "Lei").
MIN_LENGTH = 5


def one_slip(a: str, b: str) -> bool:
    """Return whether ``a`` and ``b`` differ by exactly one letter changed, added or
    dropped, or two neighbouring letters swapped ("Nemstov", "Nemtsov"); case counts."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def misspelt(names: Iterable[str], surnames: Iterable[str]) -> dict[str, str]:
    """Return name → the one family name among ``surnames`` it misspells, for each one-word
    name of ``names`` that is no family name itself, begins with the same letter and is
    long enough not to be another name (see :data:`MIN_LENGTH`)."""
    known = sorted(set(surnames))
    slips: dict[str, str] = {}
    for name in sorted(set(names)):
        if " " in name or name in known or len(name) < MIN_LENGTH or not name[:1].isupper():
            continue
        near = [
            s for s in known if s[:1] == name[:1] and len(s) >= MIN_LENGTH and one_slip(name, s)
        ]
        if len(near) == 1:
            slips[name] = near[0]
    return slips


def misspelt_names(names: Iterable[str]) -> dict[str, str]:
    """Return name → the name of several words it misspells, one word written with one slip
    ("LaGuardia Arport" for "LaGuardia Airport", "Rodebush VA Medical Center"): the same
    words but one, which begins with the same letter, is long enough not to be another word
    (see :data:`MIN_LENGTH`) and is one slip from its counterpart. Of two such names, the one
    ``names`` (in reading order) holds more often is the right one, else the one it holds
    first."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, name in enumerate(names):
        counts[name] = counts.get(name, 0) + 1
        first.setdefault(name, n)
    several = sorted(n for n in counts if " " in n)
    slips: dict[str, str] = {}
    for name in several:
        words = name.split()
        near = [
            other
            for other in several
            if (counts[other], -first[other]) > (counts[name], -first[name])
            and _one_word_slip(words, other.split())
        ]
        if len(near) == 1:
            slips[name] = near[0]
    return slips


def _one_word_slip(a: list[str], b: list[str]) -> bool:
    """Return whether two names' words are the same but one pair, one slip apart."""
    if len(a) != len(b):
        return False
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(pairs) != 1:
        return False
    x, y = pairs[0]
    return x[:1] == y[:1] and min(len(x), len(y)) >= MIN_LENGTH and one_slip(x, y)


def slipped_bodies(found: Sequence[Candidate]) -> dict[str, str]:
    """Return name → the name it misspells (:func:`misspelt_names`) among the organisations
    and places of ``found`` (in reading order), for names the gazetteer does not know: "North
    Korean" is no slip of "North Korea"."""
    slips = misspelt_names(c.text for c in found if c.label in ("ORG", "PLACE"))
    return {
        name: right
        for name, right in slips.items()
        if all(c.entry is None for c in found if c.text == name)
    }
