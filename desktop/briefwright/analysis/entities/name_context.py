"""What the words around a name say it names: a place, an organisation or a person."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.penn import PROPER_NOUNS
from briefwright.model.analysis import Label

_PLACE_OF = lexicon.words("names.place_of_nouns")
_ORG_NOUNS = lexicon.words("names.org_nouns")
_ORG_PLURALS = frozenset(n + "s" for n in _ORG_NOUNS)
_ORG_BEFORE = _ORG_NOUNS | _ORG_PLURALS
_ORG_AFTER = lexicon.words("names.org_nouns_after")
_PLACE_AFTER = lexicon.words("names.place_nouns")
_SHARES = frozenset(["shares", "stock"])
_CLUB_AFTER = lexicon.words("names.club_nouns_after")
_AT_WORK = frozenset(["analyst", "economist", "strategist", "professor", "researcher"])
_IN_PLACE = re.compile(r"\b(?:in|near|from|into|across|outside|around)\s+(?:the\s+)?$")


def after_place_preposition(text: str, start: int, *, bare: bool = False) -> bool:
    """Return whether the name at ``start`` of ``text`` follows "in", "near", "from" … (where
    a town's name is the town: "reforms in Ferguson"); with ``bare``, not after "in the" (a
    body's name takes the article: "in the Likud", "outside the Commission")."""
    m = _IN_PLACE.search(text[max(0, start - 16) : start])
    return m is not None and not (bare and m.group().rstrip().endswith("the"))


def context_label(doc: Any, start: int, end: int, label: Label) -> Label | None:
    """Return the label the words around the name at tokens ``[start, end)`` give it (which
    may be ``label`` itself, then confirmed), or None when they say nothing.

    "the settlement of Har Homa" and "Swat district" name a place; "container carrier Nordwind
    Shipping", "duodenoscope manufacturers, Pentax", "the Chega party" and "Kors shares" an
    organisation; "the Obama administration" a person.
    """
    before = doc[start - 1].text if start > 0 else ""
    after = doc[end].text if end < len(doc) else ""
    of_place = before == "of" and start > 1 and doc[start - 2].text in _PLACE_OF
    if label in ("PERSON", "ORG", "PLACE") and (of_place or after in _PLACE_AFTER):
        return "PLACE"  # "the settlement of Har Homa", "Hackney North constituency"
    if label in ("PERSON", "ORG") and after == "police" and end - start == 1:
        return "PLACE"  # "Ferguson police": a town's, never a person's or a body's
    traded = after in _SHARES or doc[max(0, start - 2) : start].text == "stake in"
    if label == "PERSON" and traded:
        return "ORG"  # "Kors shares", "a stake in Dell": a company named after its founder
    at_work = before == "at" and start > 1 and doc[start - 2].text in _AT_WORK
    if label in ("PERSON", "PLACE") and at_work and end - start == 1:
        return "ORG"  # "an analyst at Berenberg"
    if label == "PERSON" and after in _CLUB_AFTER:
        return "ORG"  # "Brentford manager", "Chelsea fans": no person has them so named
    won = before == "for" and start > 1 and doc[start - 2].text in ("seats", "votes", "mandates")
    if label in ("PERSON", "PLACE") and won and end - start <= 2:
        return "ORG"  # "four seats for Meretz": a party wins seats
    if label in ("PERSON", "PLACE"):
        described = before in _ORG_BEFORE or (
            # A list of members ("manufacturers, Pentax and Fujifilm"); after a singular noun
            # and a comma stands its head as often ("the committee, Anatoly Gorokhovsky").
            before == "," and start > 1 and doc[start - 2].text in _ORG_PLURALS
        )
        # A person's full name after the noun is the body's member ("insurer Thierry
        # Dehaan", "party Vladimir Zhirinovsky"): only one word or a place turns.
        described = described and (end - start == 1 or label == "PLACE")
        if described or after in _ORG_AFTER:
            return "ORG"
    if (
        label != "GROUP"
        and end - start == 1
        and before.lower() == "the"
        and after == "administration"
    ):
        return "PERSON"
    return None


def coordinated(doc: Any, pid: int, found: Sequence[Candidate]) -> list[Candidate]:
    """Return the one-word proper names the model left out of a pair with an organisation it
    found ("manufacturers Pentax and Fujifilm"), as organisations."""
    spans = [(c.start, c.end) for c in found]
    by_start = {c.start: c for c in found}
    by_end = {c.end: c for c in found}
    added: list[Candidate] = []
    for k in range(1, len(doc) - 1):
        tok = doc[k]
        if tok.text != "and":
            continue
        left, right = doc[k - 1], doc[k + 1]
        pairs = (
            (by_end.get(left.idx + len(left.text)), right, k + 2),
            (by_start.get(right.idx), left, k - 1),
        )
        for partner, other, beyond in pairs:
            if partner is None or partner.label != "ORG":
                continue
            a, b = other.idx, other.idx + len(other.text)
            if any(s < b and a < e for s, e in spans) or not _lone_proper(doc, other.i):
                continue
            if 0 <= beyond < len(doc) and doc[beyond].tag_ in PROPER_NOUNS:
                continue  # the name goes on: not a one-word name
            added.append(Candidate(pid, a, b, other.text, partner.label, "coordinated"))
    return added


def mid_sentence(doc: Any, i: int) -> bool:
    """Return whether token ``i`` stands inside a sentence, not at its opening."""
    return i > 0 and doc[i - 1].text not in (".", "!", "?", '"', "“", ":", "--", "—")


def _lone_proper(doc: Any, i: int) -> bool:
    """Return whether token ``i`` is a capitalised proper noun standing alone mid-sentence."""
    tok = doc[i]
    if tok.tag_ not in PROPER_NOUNS or not tok.text[:1].isupper() or not tok.text.isalpha():
        return False
    return i > 0 and doc[i - 1].text not in (".", "!", "?", '"', "“")
