"""Document-wide entity decisions: one label per name, surnames, teams, missed repeats."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import NAME_LABELS, Candidate
from briefwright.analysis.entities.candidates import CAMPAIGNS, ORG_ENDINGS, ORG_HEADS
from briefwright.analysis.entities.city_names import known_place
from briefwright.analysis.entities.name_context import after_place_preposition
from briefwright.analysis.entities.special_names import storm_names
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Label

_SCORELINE = re.compile(r"\b\d{1,3}[-–]\d{1,3}\b")
_SPORT_WORDS = lexicon.cue_pattern("sports.sport_cues", ignore_case=True)
_RESULT_AFTER = re.compile(
    r"^(?:'s|’s)?\s+" + lexicon.alternatives("sports.result_after_cues") + r"\b"
)
_RESULT_BEFORE = re.compile(r"\b" + lexicon.alternatives("sports.result_before_cues") + r"\s+$")
_PLACE_PREPOSITION = re.compile(
    r"\b" + lexicon.alternatives("sports.place_prepositions") + r"\s+(?:the\s+)?$"
)
_PRIORITY: dict[str, int] = {"PERSON": 0, "ORG": 1, "PLACE": 2, "GROUP": 3}

def is_sports(text: str) -> bool:
    """Return whether ``text`` reads like a sports report (a scoreline and sports words)."""
    return bool(_SCORELINE.search(text)) and len(_SPORT_WORDS.findall(text)) >= 2


def _team_context(text: str, c: Candidate) -> bool:
    """Return whether the place name ``c`` stands where a team's name would in a result."""
    before = text[max(0, c.start - 20) : c.start]
    after = text[c.end : c.end + 24]
    if _PLACE_PREPOSITION.search(before):
        return False
    return bool(_RESULT_AFTER.match(after) or _RESULT_BEFORE.search(before))


def _surnames(found: Sequence[Candidate]) -> dict[str, str]:
    """Return surname → full name for multi-word person names (a surname shared is dropped)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for c in found:
        if c.label == "PERSON" and " " in c.text and c.entry is None:
            owners[c.text.split()[-1]].add(c.text)
    return {name: next(iter(full)) for name, full in owners.items() if len(full) == 1}


def _vote(found: Sequence[Candidate], surnames: dict[str, str]) -> dict[str, Label]:
    """Return the label that wins the document-wide vote for each surface form."""
    votes: dict[str, dict[Label, float]] = defaultdict(lambda: defaultdict(float))
    first: dict[str, int] = {}
    for order, c in enumerate(found):
        if c.label not in NAME_LABELS:
            continue
        first.setdefault(c.text, order)
        votes[c.text][c.label] += c.weight
    person_votes = {}
    for c in found:
        if c.label == "PERSON" and c.source == "title":
            person_votes[c.text] = True
    for surname in surnames:
        if surname in votes:
            votes[surname]["PERSON"] += WEIGHTS.person_name_vote
    for full in person_votes:
        votes[full]["PERSON"] += WEIGHTS.person_name_vote
    # One vote whatever the case of a word: "the newspaper al Qabas" and "Al Qabas said" (a
    # headline's capitals vote apart).
    folded: dict[str, dict[Label, float]] = defaultdict(lambda: defaultdict(float))
    for text, tally in votes.items():
        for label, weight in tally.items():
            folded[text if text.isupper() else text.casefold()][label] += weight
    winners: dict[str, Label] = {}
    for text in votes:
        tally = folded[text if text.isupper() else text.casefold()]
        winners[text] = max(tally, key=lambda lab: (tally[lab], -_PRIORITY[lab]))
    return winners


def _people_by_surname(found: Sequence[Candidate], winners: dict[str, Label]) -> dict[str, Label]:
    """Return name → PERSON for the names of two or three capitalised words the model called
    a body or a place whose last word is a person alone elsewhere ("Rasheen Aldridge, a
    member of a commission, …" and "said Aldridge"); a word of a body's name rules it out."""
    alone = {c.text for c in found if " " not in c.text and winners.get(c.text) == "PERSON"}
    out: dict[str, Label] = {}
    for c in found:
        words = c.text.split()
        if (
            c.label in ("ORG", "PLACE")
            and c.entry is None
            and 2 <= len(words) <= 3
            and words[-1] in alone
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w in ORG_HEADS or w in ORG_ENDINGS for w in words)
            and words[0] not in CAMPAIGNS
        ):
            out[c.text] = "PERSON"
    return out


def _propagate(
    texts: Sequence[str], pids: Sequence[int], found: list[Candidate], forms: dict[str, Label]
) -> list[Candidate]:
    """Return ``found`` plus the unlabelled repeats of confidently labelled names."""
    usable = sorted(
        (f for f in forms if len(f) >= 2 and f[:1].isupper()),
        key=lambda f: (-len(f), f),
    )
    if not usable:
        return found
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in usable) + r")(?![\w-])")
    by_paragraph: dict[int, list[Candidate]] = defaultdict(list)
    for c in found:
        by_paragraph[c.paragraph].append(c)
    added: list[Candidate] = []
    for pid, text in zip(pids, texts, strict=True):
        taken = by_paragraph[pid]
        for m in pattern.finditer(text):
            if any(c.overlaps(m.start(), m.end()) for c in taken):
                continue
            c = Candidate(
                pid, m.start(), m.end(), m.group(), forms[m.group()], "repeat", WEIGHTS.repeat_vote
            )
            taken.append(c)
            added.append(c)
    return found + added




def _org_as_place(c: Candidate, text: str) -> Candidate:
    """Return ``c`` as a place when the model calls a known city or region after "in",
    "near", "from" … an organisation ("fighting near El Fasher"); outside sports reports."""
    if c.label != "ORG" or c.source != "ner" or c.entry is not None:
        return c
    if not after_place_preposition(text, c.start):
        return c
    return replace(c, label="PLACE") if known_place(c.text) else c


def _short_org_forms(
    found: list[Candidate], surnames: dict[str, str], text_of: dict[int, str]
) -> list[Candidate]:
    """Return ``found`` with a one-word name that opens exactly one organisation's longer name
    ("Kaito" for "Kaito Motors") labelled as that organisation, unless it is a surname."""
    longs = sorted({c.text for c in found if c.label == "ORG" and " " in c.text})
    # A place named after "in", "near" … is the place, not the body named after it ("the
    # Ferguson Commission" and "reforms in Ferguson").
    placed = {
        c.text
        for c in found
        if after_place_preposition(text_of[c.paragraph], c.start, bare=c.label != "PLACE")
        and c.label in ("PLACE", "PERSON")
    }
    out = []
    for c in found:
        if (
            c.label in ("PERSON", "PLACE")
            and " " not in c.text
            and c.text not in surnames
            and c.text not in placed
        ):
            fits = [n for n in longs if n.startswith(c.text + " ")]
            if len(fits) == 1 and c.entry is None:
                c = replace(c, label="ORG")
        out.append(c)
    return out


def harmonise(
    texts: Sequence[str], pids: Sequence[int], per_paragraph: Sequence[list[Candidate]]
) -> list[Candidate]:
    """Return the document's candidates with one label per surface form, sorted by position.

    Known places and organisations keep their gazetteer label (a city named as a team in a
    sports report becomes an organisation); a surname alone takes its full name's label; the
    other names take their majority label; repeats the model missed are added.
    """
    storms = storm_names(texts)
    found = [c for cands in per_paragraph for c in cands if c.text not in storms]
    surnames = _surnames(found)
    winners = _vote(found, surnames)
    winners.update(_people_by_surname(found, winners))
    text_of = dict(zip(pids, texts, strict=True))
    sports = is_sports("\n".join(texts))
    teams: set[str] = set()
    if sports:
        for c in found:
            if c.label in ("PLACE", "ORG") and _team_context(text_of[c.paragraph], c):
                teams.add(c.text)
    result: list[Candidate] = []
    for c in found:
        if c.label not in NAME_LABELS:
            result.append(c)
            continue
        label: Label
        if (
            sports
            and c.source == "ner"
            and c.label in ("ORG", "PLACE")
            and winners[c.text] in ("ORG", "PLACE")
        ):
            # In a sports report one name is a club in one line and a city in the next: the
            # model's reading of each line stands.
            label = c.label
        elif c.text in teams and c.label != "GROUP":
            before = text_of[c.paragraph][max(0, c.start - 12) : c.start]
            label = "PLACE" if _PLACE_PREPOSITION.search(before) else "ORG"
        elif c.entry is not None and not (c.entry.ambiguous and winners[c.text] == "PERSON"):
            label = c.entry.label
        else:
            label = winners[c.text]
        result.append(c if label == c.label else replace(c, label=label))
    forms: dict[str, Label] = {}
    for c in result:
        if c.label in ("PERSON", "ORG", "PLACE") and c.entry is None and c.text not in teams:
            forms.setdefault(c.text, c.label)
    for name in storms:
        forms.pop(name, None)
    result = _short_org_forms(result, surnames, text_of)
    if not sports:
        result = [_org_as_place(c, text_of[c.paragraph]) for c in result]
    for surname in surnames:
        if forms.get(surnames[surname]) == "PERSON":
            forms.setdefault(surname, "PERSON")
    result = _propagate(texts, pids, result, forms)
    return sorted(result, key=lambda c: (c.paragraph, c.start, c.end))
