"""Whether two reports' sentences tell of the same place: names in common, or nested places.

Two reports of one event name its place at different sizes: "an Alaska hotel" and
"Fairbanks police", "their New Jersey home" and "their East Orange home", "in Gaston County"
and "in North Carolina"; or inside another name: "the Navarro County Sheriff's Office".
Such sentences are not told apart by their places: a place one names is named somewhere in
the other's article, or one name stands whole in the other. A shooting in Denver and one in
Pompano Beach are told apart: neither report names the other's city.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from briefwright.analysis import lexicon

_NAME_WORD = re.compile(r"[\w'-]+")


class Placed(Protocol):
    """What the comparison reads of a sentence (a :class:`~.facts.Sentence`)."""

    @property
    def places(self) -> frozenset[str]:
        """The ids of the places it names."""
        ...

    @property
    def names(self) -> frozenset[str]:
        """The names of the actors and places it names, as :func:`name_key` gives them."""
        ...

    @property
    def place_names(self) -> frozenset[str]:
        """The names of the places it names, as :func:`name_key` gives them."""
        ...

    @property
    def article(self) -> str:
        """Its article's text, case folded."""
        ...


def name_key(name: str) -> str:
    """Return ``name`` as names are compared: lower case, possessives and a leading "the"
    left out, and an office named for its holder named by the holder ("The Navarro County
    Sheriff's Office" and "… Sheriff's Department": "navarro county sheriff")."""
    found = _NAME_WORD.findall(name.casefold().replace("’", "'"))
    if len(found) > 2 and found[-2].removesuffix("'s") in _HOLDERS and found[-1] in _OFFICES:
        found = found[:-1]
    words = [w.removesuffix("'s") for w in found]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(w for w in words if w)


# An office named for its holder: "Sheriff's Office", "Sheriff's Department".
_HOLDERS = frozenset(w.casefold() for w in lexicon.words("names.office_holders"))
_OFFICES = frozenset(w.casefold() for w in lexicon.words("names.office_words"))


def _within(short: str, long_: str) -> bool:
    """Return whether the words of name ``short`` stand whole, in order, in name ``long_``."""
    return bool(short) and f" {short} " in f" {long_} "


def _either_within(a: frozenset[str], b: frozenset[str]) -> bool:
    return any(_within(x, y) or _within(y, x) for x in a for y in b)


@lru_cache(maxsize=8192)
def named_in(name: str, text: str) -> bool:
    """Return whether ``name`` (as :func:`name_key` gives it) stands as whole words in
    ``text`` (case folded), whatever stands between its words ("st charles": "St. Charles";
    "sheriff office": "Sheriff's Office")."""
    words = name.split()
    if not words:
        return False
    pattern = r"(?:['’]s)?\W+".join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w){pattern}(?!\w)", text) is not None


def names_shared(a: Placed, b: Placed) -> bool:
    """Return whether two sentences name an actor or place in common by its name: the same
    name, or one standing whole in the other ("Stokes County", "the Stokes County Sheriff's
    Department")."""
    return _either_within(a.names, b.names)


def places_named(a: Placed, b: Placed) -> bool:
    """Return whether a place one sentence names is named in the other's article."""
    return any(named_in(x, b.article) for x in a.place_names) or any(
        named_in(y, a.article) for y in b.place_names
    )


def places_apart(a: Placed, b: Placed) -> bool:
    """Return whether two sentences name places that tell them apart: each names a place,
    none in common (by actor or by name, one standing whole in the other), and neither's
    article names a place the other names."""
    if not a.places or not b.places or a.places & b.places:
        return False
    if _either_within(a.place_names, b.place_names):
        return False
    return not places_named(a, b)
