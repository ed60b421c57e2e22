"""A family name written with one slip of the keys ("Nemstov" for "Nemtsov")."""

from __future__ import annotations

from collections.abc import Iterable

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
