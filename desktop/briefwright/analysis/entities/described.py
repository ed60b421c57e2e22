"""What an appositive or an age beside a name says it names: an organisation or a person."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.gazetteer import Locality
from briefwright.analysis.entities.role_heads import head_word, person_only

# "X, the state seismology agency,": an appositive whose head is an organisation's noun.
_DESCRIBED_ORG = re.compile(
    r",\s+(?:the|a|an|its|[A-Z][\w-]+['’]s)\s+[^,.;:()]{0,40}?\b"
    + lexicon.alternatives("names.org_nouns")
    + r"\b\s*[,.;]"
)

# "the group's official radio station, Andulus,": the same appositive before the name.
_DESCRIBED_ORG_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?"
    + lexicon.alternatives("names.org_nouns")
    + r",\s+$"
)

# An age beside a name: "Salome Rodriguez, 23, who died", "23-year-old Salome Rodriguez".
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
# "Ranjeeta Rohatgi, an advocate who …": an appositive whose head is one person's noun.
_DESCRIBED_PERSON = re.compile(
    r",\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?"
    + lexicon.alternatives("statements.person_nouns", "statements.person_heads", "roles.role_heads")
    + r"\b(?!\s+(?:of|for|at|in|with)\b\s+(?:the\s+)?[A-Z])"
)

# "Alia Salem -- executive director of the council --", "Ann Lee, the agency's spokeswoman,":
# an appositive up to its comma or dash, read for its head.
_APPOSITIVE = re.compile(
    r"\s*(?:,|--|—)\s+((?:the|a|an)\s+)?([^,;:()\"“”—]{3,120}?)\s*(?:,|--|—|\.)"
)
_NOT_APPOSITIVE = frozenset(
    ("as", "like", "such", "along", "who", "which", "where", "whose", "said", "says", "and", "or")
)
# "WHO official Marie-Paule Kieny": a person's role in lower case right before the name.
_ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_ORG_NOUNS = lexicon.words("names.org_nouns")
_ORG_ENDINGS = lexicon.words("names.org_endings")
# "the Danish newspaper Jyllands Posten", "oil company Petrobras": what a body is, in lower
# case right before its name; not a word a person may be too ("producer Oisin Tymon",
# "army Maj. …").
_BODY_BEFORE = re.compile(
    r"\b(?!(?:army|body|producer|operator|miner)\b)"
    + lexicon.alternatives("names.org_nouns")
    + r"\s+$"
)


def _role_before(c: Candidate, text: str) -> bool:
    """Return whether a role in lower case that only a person holds stands right before
    ``c``'s name, and the name does not end as a body's does ("the official Xinhua news
    agency")."""
    m = _ROLE_BEFORE.search(text[max(0, c.start - 30) : c.start])
    last = c.text.rsplit(None, 1)[-1].lower()
    body = last in _ORG_NOUNS or c.text.rsplit(None, 1)[-1] in _ORG_ENDINGS  # "official Press TV"
    return m is not None and person_only(m.group(1)) and not body


def _person_appositive(c: Candidate, text: str) -> bool:
    """Return whether an appositive right after ``c`` is headed by a role only a person holds
    ("executive director of the council", "the agency's spokeswoman")."""
    m = _APPOSITIVE.match(text, c.end)
    if m is None or not m.group(2)[:1].islower():
        return False
    first = m.group(2).split()[0]
    if first.endswith(("ing", "ed")) or first in _NOT_APPOSITIVE:
        return False  # ", including the group's military commander,": no appositive
    return person_only(head_word(re.sub(r"^[\w.-]+['’]s\s+", "", m.group(2))).lower())


# "Ferguson, Missouri", "Jessup, Maryland": a town and the state or province it lies in.
_IN_REGION = re.compile(r",\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!['’-]|\s+[A-Z])")
# "Ferguson, population 21,000,": only a place has a population.
_POPULATION = re.compile(r",\s+(?:pop\.|population)\s+\d")


def _in_region(c: Candidate, text: str, localities: Mapping[str, Locality]) -> bool:
    """Return whether the name is followed by the state or province it lies in."""
    m = _IN_REGION.match(text, c.end)
    if m is None or len(c.text.split()) > 3 or c.text.split()[-1].lower() in _ORG_NOUNS:
        return False
    region = localities.get(m.group(1))
    if region is None:
        return False
    # A state a larger town shares its name with ("Falls Church, Virginia") still places a
    # body's reading; a person's needs a state or a province the gazetteer reads as one.
    return region.kind in ("region", "province") or c.label != "PERSON"


def as_described(
    c: Candidate, text: str, localities: Mapping[str, Locality] | None = None
) -> Candidate:
    """Return ``c`` as an organisation when the text describes it as one right after the name
    ("Phivolcs, the state seismology agency, …"); as a person when an age stands beside a
    name of two words or more ("Salome Rodriguez, 23,"), an appositive names one person
    ("Ranjeeta Rohatgi, an advocate") or a person's role stands right before it ("WHO official
    Marie-Paule Kieny"); as a place when the state or province it lies in follows it
    ("Ferguson, Missouri")."""
    if (
        c.label in ("PERSON", "ORG", "PLACE")
        and c.entry is None
        and (_POPULATION.match(text, c.end) or (localities and _in_region(c, text, localities)))
    ):
        # A place so read outweighs another mention's reading ("a Falls Church bank robbery").
        return replace(c, label="PLACE", weight=2.0)
    if c.label in ("ORG", "PLACE") and " " in c.text and c.entry is None:
        aged = _AGE_AFTER.match(text, c.end) or _AGE_BEFORE.search(
            text[max(0, c.start - 20) : c.start]
        )
        if (
            aged
            or _DESCRIBED_PERSON.match(text, c.end)
            or _role_before(c, text)
            or _person_appositive(c, text)
        ):
            return replace(c, label="PERSON", weight=2.0)
    if c.label not in ("PERSON", "PLACE"):
        return c
    if c.label == "PERSON" and _BODY_BEFORE.search(text[max(0, c.start - 20) : c.start]):
        return replace(c, label="ORG", weight=2.0)
    m = _DESCRIBED_ORG.match(text, c.end) or _DESCRIBED_ORG_BEFORE.search(
        text[max(0, c.start - 80) : c.start]
    )
    return replace(c, label="ORG", weight=2.0) if m else c
