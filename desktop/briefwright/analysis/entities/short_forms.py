"""Short forms of a name in one document: acronyms, first or last words, a title's head."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.gazetteer import Gazetteer, load_gazetteer, place_name
from briefwright.analysis.entities.name_context import after_place_preposition

_SKIPPABLE = lexicon.words("names.acronym_skippable")
_FACILITIES = lexicon.words("names.facility_endings")
_NATURAL = lexicon.words("names.natural_endings")
_ORG_HEADS = lexicon.words("names.org_heads")
_COMPANY = lexicon.words("names.org_endings") - _FACILITIES
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


# "U.S. Drug Enforcement Administration" is the DEA: its country is no part of its initials.
_NATION = re.compile(r"^(?:U\.S\.|US|U\.K\.|UK)\s+(?=[A-Z])")


def _initials(acronym: str, name: str) -> bool:
    """Return whether ``acronym`` is the initials of the capitalised words of ``name``."""
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w[0].isupper())
    return initials == acronym


def _spells(acronym: str, name: str) -> bool:
    """Return whether ``acronym``, written in brackets after ``name``, stands for it: same first
    letter, or spelled from the name's last words ("AFRICOM", "U.S. Africa Command")."""
    if acronym[0].lower() == name[0].lower():
        return True
    words = name.split()
    if any(acronym_matches(acronym, " ".join(words[k:])) for k in range(1, len(words) - 1)):
        return True
    # A name translated from another word order: "National Rally (RN)".
    letters = [ch for ch in acronym if ch.isalpha()]
    initials = [w[0].upper() for w in words if w[:1].isupper()]
    return len(letters) == len(initials) and sorted(letters) == sorted(initials)


def short_form_links(found: Sequence[Candidate], texts: dict[int, str]) -> dict[str, str]:
    """Return short form → long name: an acronym ("Long Name (ACR)", or initials), a word of
    the name ("Reform" for "Reform UK", "the Observatory"), the name cut before "for" or "of",
    a party's members ("the Democrats")."""
    links: dict[str, str] = {}
    for c in found:
        if c.label != "ORG" or " " not in c.text:
            continue
        m = _PAREN_ACRONYM.match(texts[c.paragraph][c.end :])
        if m and _spells(m.group(1), c.text):
            links[m.group(1)] = c.text
    longs = sorted({c.text for c in found if c.label == "ORG" and " " in c.text})
    for c in found:
        if c.label == "ORG" and " " not in c.text and c.text not in links:
            fits = [n for n in longs if acronym_matches(c.text, n)]
            if len(fits) == 1:
                links[c.text] = fits[0]
    # Initials in capitals, with stops or without, stand for a longer name whatever the model
    # called either: "ISS" (a body, says the model) for "International Space Station" (a
    # place), "SAPA" for "South African Press Association", "L.A." for "Los Angeles", "KKK"
    # for "Ku Klux Klan" (read as a person's name: only one of three words or more, since a
    # person's initials are rarely written).
    named = sorted(
        {
            c.text
            for c in found
            if " " in c.text
            and (c.label in ("ORG", "PLACE", "GROUP") or len(c.text.split()) >= 3)
        }
    )
    for c in found:
        if (
            c.label in ("ORG", "PLACE", "GROUP")
            and c.entry is None
            and c.text.isupper()
            and (letters := c.text.replace(".", "")).isalpha()
            and c.text not in links
        ):
            bare = {n: _NATION.sub("", n) for n in named}
            fits = [
                n
                for n in named
                if acronym_matches(letters, bare[n]) and _initials(letters, bare[n])
            ]
            if len(fits) == 1:
                links[c.text] = fits[0]
    # A short form is the first or last word of one longer name: "Reform" for "Reform UK",
    # "Villa" for "Aston Villa", "Elliott" for "Elliott Management", "LaGuardia" for
    # "LaGuardia Airport"; not a town's name where the text puts something in it ("reforms in
    # Ferguson" beside "the Ferguson Commission").
    sites = sorted(
        {c.text for c in found if c.label == "PLACE" and c.text.split()[-1] in _FACILITIES}
    )
    features = sorted(
        {c.text for c in found if c.label == "PLACE" and c.text.split()[-1] in _NATURAL}
    )
    placed = {
        c.text for c in found if after_place_preposition(texts[c.paragraph], c.start, bare=True)
    }
    for c in found:
        if c.label != "ORG" and " " not in c.text and c.text not in links:
            # "Davis-Monthan" (a person, says the model) for "Davis-Monthan Air Force Base";
            # "the Nile" for "the Nile River".
            kept = features if c.entry is not None else sites + features
            at_site = [n for n in kept if n.startswith(c.text + " ")]
            if len(at_site) == 1:
                links[c.text] = at_site[0]
        if (
            c.label == "ORG"
            and " " not in c.text
            and c.text not in links
            and c.text not in placed
            and not public_body_of(c.text, longs)
        ):
            fits = [
                n
                for n in longs + sites
                if n.startswith(c.text + " ")
                or n.endswith(" " + c.text)
                or (c.text in _ORG_HEADS and f" {c.text} " in f" {n} ")  # "the Observatory"
            ]
            if len(fits) == 1:
                links[c.text] = fits[0]
    # Or the words of one longer name before what it is for or of, or before its company
    # words: "Syrian Observatory" for "Syrian Observatory for Human Rights", "Exxon Mobil"
    # for "Exxon Mobil Corp".
    for c in found:
        if c.label in ("ORG", "PERSON") and " " in c.text and c.text not in links:
            fits = [
                n
                for n in longs
                if _short_of(c.text, n)
                or _without_suffix(c.text, n)
                or _without_county(c.text, n)
                or _without_head(c.text, n, c.label)
            ]
            if len(fits) == 1:
                links[c.text] = fits[0]
    # A body's head put after its field, or left out: "Justice Department" or "Homeland
    # Security" for "Department of Homeland Security".
    for c in found:
        if c.label == "ORG" and c.text not in links:
            fits = [n for n in longs if _field_of(c.text, n)]
            if len(fits) == 1:
                links[c.text] = fits[0]
    # A party's members stand for it: "the Democrats" for "the Democratic Party".
    parties = [n for n in longs if n.split()[-1] in _PARTY]
    for c in found:
        if c.label in ("ORG", "GROUP") and c.text.endswith("s") and " " not in c.text:
            fits = [n for n in parties if _members_of(c.text, n)]
            if len(fits) == 1 and c.text not in links:
                links[c.text] = fits[0]
    return links


_PARTY = frozenset(["Party", "party"])
# What a state's or a town's public body, paper or party members are called after its name.
_PUBLIC = lexicon.words("statements.organisation_heads") | {
    "police", "sheriff", "journal", "republicans", "democrats", "post", "times", "herald",
}


def public_body_of(name: str, longs: Sequence[str]) -> bool:
    """Return whether ``name`` is a state's or a town's that a public body, a paper or a
    party's members named in the text are named for ("Delaware" of "the Delaware Department
    of Justice", "Wisconsin" of "Wisconsin State Journal"): the place, not the body's short
    name, as a company's may be ("Formosa" of "Formosa Semiconductor")."""
    if not place_name(load_gazetteer(), name):
        return False
    return any(
        n.startswith(name + " ") and any(w.lower() in _PUBLIC for w in n.split()[1:])
        for n in longs
    )


def _members_of(members: str, party: str) -> bool:
    """Return whether ``members`` ("Democrats", "Conservatives") names the members of
    ``party`` ("Democratic Party", "Conservative Party")."""
    first = party.split()[0]
    return first in (members[:-1], members[:-1] + "ic")


_OF_WORDS = frozenset(["for", "of", "on", "in", "against"])


def _field_of(short: str, long: str) -> bool:
    """Return whether ``short`` names ``long`` ("Department of Justice") by its field alone
    ("Homeland Security" of "Department of Homeland Security") or with the head after it
    ("Justice Department")."""
    head, of, field = long.partition(" of ")
    if not of or head not in _ORG_HEADS or not field[:1].isupper():
        return False
    return short in (field, f"{field} {head}")


def _without_suffix(short: str, long: str) -> bool:
    """Return whether ``short`` is ``long`` without the company words that end it ("Exxon
    Mobil" of "Exxon Mobil Corp", "Goldman Sachs" of "Goldman Sachs Group")."""
    rest = long[len(short) :].split()
    return long.startswith(short + " ") and bool(rest) and all(w in _COMPANY for w in rest)


# What ends a school's name: a person's name before it is the school's short name
# ("Quintin Kynaston" of "Quintin Kynaston Community Academy").
_SCHOOLS = frozenset(["Academy", "School", "College", "University"])


def _without_head(short: str, long: str, label: str) -> bool:
    """Return whether ``short`` is ``long`` without the words that say what body it is
    ("Veterans Affairs" of "Veterans Affairs Department"); for a name read as a person's,
    only a school's ("Quintin Kynaston Community Academy")."""
    rest = long[len(short) :].split()
    if not long.startswith(short + " ") or not rest:
        return False
    if label == "PERSON" and rest[-1] not in _SCHOOLS:
        return False
    return rest[-1] in _ORG_HEADS | _SCHOOLS and all(w[:1].isupper() for w in rest)


def _without_county(short: str, long: str) -> bool:
    """Return whether ``short`` is ``long`` without the word "County" ("Fulton Police" of
    "Fulton County Police")."""
    return " County " in long and long.replace(" County ", " ") == short


def _short_of(short: str, long: str) -> bool:
    """Return whether ``short`` is ``long`` cut before a word such as "for" or "of"."""
    rest = long[len(short) :].split()
    return long.startswith(short + " ") and bool(rest) and rest[0] in _OF_WORDS


def places_of_bodies(found: Sequence[Candidate], links: dict[str, str]) -> list[Candidate]:
    """Return ``found`` with a state or a town a public body is named for, read by the model
    as a body ("a Delaware civil court" beside "the Delaware Department of Justice"), as the
    place; ``links`` are :func:`short_form_links`'s."""
    bodies = sorted({c.text for c in found if c.label == "ORG" and " " in c.text})
    return [
        replace(c, label="PLACE")
        if c.label == "ORG"
        and c.entry is None
        and c.text not in links
        and public_body_of(c.text, bodies)
        else c
        for c in found
    ]


def national_bodies(found: Sequence[Candidate], gazetteer: Gazetteer) -> dict[str, str]:
    """Return name → the same name without its country, state or town ("U.S. State
    Department" → "State Department", "Georgia Department of Corrections" → "Department of
    Corrections") for the bodies whose name after the place is a body's name of its own (two
    words or more, headed by a body's word)."""
    bare: dict[str, str] = {}
    places = {c.text for c in found if c.label == "PLACE"}
    for c in found:
        words = c.text.split()
        head = words[: words.index("of")] if "of" in words else words
        if c.label != "ORG" or not head or head[-1] not in _ORG_HEADS:
            continue
        for size in (1, 2):
            before = " ".join(words[:size])
            entry = gazetteer.names.get(before)
            national = entry is not None and entry.kind in ("country", "demonym")
            # Or the state's or the town's: "Georgia Department of Corrections", "Ferguson
            # Municipal Court".
            if national or before in places or place_name(gazetteer, before):
                if len(words) - size >= 2 and words[size][:1].isupper():
                    bare[c.text] = " ".join(words[size:])
                break
    return bare
