"""Merging name mentions into actors: acronyms, surnames and gazetteer variants."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefwright.analysis.candidates import Candidate
from briefwright.analysis.model import Actor, Label, Mention
from briefwright.analysis.roles import actor_role

_SKIPPABLE = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "&"})
_PAREN_ACRONYM = re.compile(r"^\s*\(([A-Z][A-Za-z.&+-]{1,11})\)")


def acronym_matches(acronym: str, name: str) -> bool:
    """Return whether ``acronym`` can be spelled from the starts of the words of ``name``.

    Case is ignored; each word gives a prefix (possibly empty for "of", "the"…), and every
    other word gives at least its first letter: "Ecowas" fits "Economic Community of West
    African States".
    """
    letters = re.sub(r"[^a-z]", "", acronym.lower())
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if len(letters) < 2 or len(words) < 2:
        return False

    def fit(i: int, j: int) -> bool:
        if i == len(letters):
            return all(w in _SKIPPABLE for w in words[j:])
        if j == len(words):
            return False
        word = words[j]
        if word in _SKIPPABLE and fit(i, j + 1):
            return True
        k = 0
        while k < len(word) and i + k < len(letters) and word[k] == letters[i + k]:
            k += 1
            if fit(i + k, j + 1):
                return True
        return False

    return fit(0, 0)


def _acronym_links(found: Sequence[Candidate], texts: dict[int, str]) -> dict[str, str]:
    """Return acronym → long name, from "Long Name (ACR)" and from initials in the document."""
    links: dict[str, str] = {}
    for c in found:
        if c.label != "ORG" or " " not in c.text:
            continue
        m = _PAREN_ACRONYM.match(texts[c.paragraph][c.end :])
        if m and m.group(1)[0].lower() == c.text[0].lower():
            links[m.group(1)] = c.text
    longs = sorted({c.text for c in found if c.label == "ORG" and " " in c.text})
    for c in found:
        if c.label == "ORG" and " " not in c.text and c.text not in links:
            fits = [n for n in longs if acronym_matches(c.text, n)]
            if len(fits) == 1:
                links[c.text] = fits[0]
    return links


def _key(c: Candidate, surnames: dict[str, str], acronyms: dict[str, str]) -> tuple[str, str]:
    """Return the identity of the actor that mention ``c`` names."""
    if c.entry is not None and c.label == c.entry.label:
        return c.label, c.entry.canonical
    if c.label == "PERSON":
        return "PERSON", surnames.get(c.text, c.text)
    if c.label == "ORG" and c.text in acronyms:
        long = acronyms[c.text]
        return "ORG", long
    return c.label, c.text


def build_actors(found: Sequence[Candidate], texts: dict[int, str]) -> tuple[Actor, ...]:
    """Return the actors named by the PERSON/ORG/PLACE/GROUP candidates ``found``.

    Mentions of one actor (gazetteer variants, a surname and its full name, an acronym and its
    long form) are merged; the name is the longest form used; actors are ordered by number of
    mentions, then first appearance, and numbered ``a1``, ``a2`` … in that order.
    """
    names = [c for c in found if c.label in ("PERSON", "ORG", "PLACE", "GROUP")]
    owners: dict[str, set[str]] = defaultdict(set)
    for c in names:
        if c.label == "PERSON" and " " in c.text:
            owners[c.text.split()[-1]].add(c.text)
    surnames = {s: next(iter(full)) for s, full in owners.items() if len(full) == 1}
    acronyms = _acronym_links(names, texts)
    # A long name's own gazetteer identity (ECOWAS) is shared by its acronym's mentions.
    canonical_of_long: dict[str, tuple[str, str]] = {}
    for c in names:
        if c.entry is not None and c.text in acronyms.values():
            canonical_of_long[c.text] = (c.label, c.entry.canonical)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in names:
        key = _key(c, surnames, acronyms)
        if key[0] == "ORG" and key[1] in canonical_of_long:
            key = canonical_of_long[key[1]]
        groups[key].append(c)
    by_paragraph: dict[int, list[Candidate]] = defaultdict(list)
    for c in names:
        by_paragraph[c.paragraph].append(c)
    drafts = []
    for mentions in groups.values():
        ordered = sorted(mentions, key=lambda c: (c.paragraph, c.start))
        forms: list[str] = []
        for c in ordered:
            if c.text not in forms:
                forms.append(c.text)
        name = max(forms, key=lambda f: (len(f), -forms.index(f)))
        tally: dict[Label, int] = defaultdict(int)
        for c in ordered:
            tally[c.label] += 1
        label = max(tally, key=lambda lab: (tally[lab], lab == ordered[0].label))
        role = actor_role(ordered, texts, by_paragraph)
        first = (ordered[0].paragraph, ordered[0].start)
        drafts.append((-len(ordered), first, name, label, forms, role, ordered))
    drafts.sort(key=lambda d: (d[0], d[1]))
    return tuple(
        Actor(
            id=f"a{i}",
            name=name,
            label=label,
            aliases=tuple(f for f in forms if f != name),
            role=role,
            mentions=tuple(Mention(c.paragraph, c.start, c.end) for c in ordered),
        )
        for i, (_, _, name, label, forms, role, ordered) in enumerate(drafts, start=1)
    )
