"""Merging name mentions into actors: acronyms, surnames and gazetteer variants."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from briefwright.analysis import lexicon
from briefwright.analysis.entities.armed import armed_forms
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.gazetteer import Gazetteer, load_gazetteer
from briefwright.analysis.entities.metonymy import capital_governments
from briefwright.analysis.entities.peoples import of_people
from briefwright.analysis.entities.role_heads import head_word, person_only
from briefwright.analysis.entities.roles import actor_role
from briefwright.analysis.entities.short_forms import (
    national_bodies,
    places_of_bodies,
    short_form_links,
)
from briefwright.analysis.entities.special_names import road_name
from briefwright.analysis.entities.spellings import misspelt, slipped_bodies
from briefwright.model.analysis import Actor, Label, Mention

_NICKNAMES = lexicon.table("names.nicknames")
_NAME_FORMING_TITLES = lexicon.words("names.name_forming_titles")
# The Arabic article written into a family name ("al-Assad", "el-Sisi").
_ARTICLES = frozenset(["al", "el", "ad", "ar", "as", "ash", "at", "az", "an"])
_FACILITIES = lexicon.words("names.facility_endings")
# A short form one with its long form whatever the labels ("LaGuardia", "the Nile").
_SITES = _FACILITIES | lexicon.words("names.natural_endings")
_TOWN_OF = re.compile(r"^(?:[Tt]he\s+)?(?:City|Town|Village|Borough|Municipality)\s+of\s+")
# "His father, Chaim Herzog", "father Abdulbaki Todashev": kin just before a name.
_KIN_BEFORE = re.compile(
    r"\b(?:" + lexicon.alternatives("names.kinship") + r")\b,?\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
# Words after a family name that are no part of how the person is called ("Jr.", "II").
NAME_SUFFIXES = frozenset(["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"])


def surname(name: str) -> str:
    """Return the family name of a person's full name: its last word, a generational suffix
    aside ("Calvin Woodard Jr." → "Woodard")."""
    words = name.split()
    while len(words) > 2 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1].rstrip(",")


def family_form(name: str) -> str:
    """Return ``name`` with an Arabic article that opens it written as inside a sentence
    ("Al-Abadi" at a sentence's start → "al-Abadi"); ``name`` itself otherwise."""
    particle, dash, rest = name.partition("-")
    if dash and particle.istitle() and particle.lower() in _ARTICLES and rest[:1].isupper():
        return particle.lower() + dash + rest
    return name


def place_normalised(name: str, gazetteer: Gazetteer) -> str:
    """Return ``name`` with the longest place variant inside it written canonically
    ("US Embassy" → "United States Embassy"); ``name`` itself when it holds none."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            entry = gazetteer.names.get(" ".join(words[start : start + size]))
            if entry is not None and entry.label == "PLACE" and not entry.ambiguous:
                return " ".join([*words[:start], entry.canonical, *words[start + size :]])
    return name


def _the_inside(text: str, start: int) -> bool:
    """Return whether a capitalised "The" right before ``start`` stands inside a sentence."""
    before = text[max(0, start - 6) : start]
    opening = before[:-5].rstrip()[-1:] in ("", ".", "!", "?", '"', "“")
    return before.endswith(" The ") and not opening


def _key(
    c: Candidate, surnames: dict[str, str], acronyms: dict[str, str], gazetteer: Gazetteer
) -> tuple[str, str]:
    """Return the identity of the actor that mention ``c`` names."""
    if c.entry is not None and c.label == c.entry.label:
        return c.label, c.entry.canonical
    road = road_name(c.text) if c.label == "PLACE" else None
    if road is not None:
        return "PLACE", road  # "I-65" is "Interstate 65"
    if (
        c.label in ("ORG", "PLACE")
        and " " in c.text
        and c.text not in acronyms.values()
        and c.text not in acronyms
    ):
        normal = place_normalised(c.text, gazetteer)
        if normal != c.text or gazetteer.names.get(c.text) is None:
            # The same building or body is named with either form of its country, whether
            # the model calls it a place or an organisation.
            return "NAMED", normal
    if c.label == "PERSON":
        return "PERSON", surnames.get(c.text, surnames.get(family_form(c.text), c.text))
    if c.label in ("ORG", "GROUP") and c.text in acronyms:
        return c.label, acronyms[c.text]
    return c.label, c.text


def build_actors(
    found: Sequence[Candidate], texts: dict[int, str], gazetteer: Gazetteer | None = None
) -> tuple[Actor, ...]:
    """Return the actors named by the PERSON/ORG/PLACE/GROUP candidates ``found``.

    Mentions of one actor (gazetteer variants, a surname and its full name, an acronym and its
    long form, a name holding either form of a place: "US Embassy", "United States Embassy")
    are merged; the name is the longest form used; actors are ordered by number of mentions,
    then first appearance, and numbered ``a1``, ``a2`` … in that order, except that groups
    named only by an adjective ("French") come after every other actor.
    """
    gazetteer = gazetteer or load_gazetteer()
    names = [c for c in found if c.label in ("PERSON", "ORG", "PLACE", "GROUP")]
    owners: dict[str, set[str]] = defaultdict(set)
    for c in names:
        if c.label == "PERSON" and " " in c.text:
            family = surname(c.text)
            owners[family].add(c.text)
            particle, _, rest = family.partition("-")
            if rest[:1].isupper() and particle.lower() in _ARTICLES:
                owners[rest].add(c.text)  # "Assad" for "Bashar al-Assad"
    surnames = {s: next(iter(full)) for s, full in owners.items() if len(full) == 1}
    surnames.update(_same_people(owners))
    # "Nemstov" for "Nemtsov": the surname written with one slip is the same person.
    slips = misspelt((c.text for c in names if c.entry is None), surnames)
    surnames.update({slip: surnames[family] for slip, family in slips.items()})
    # A family name several people share is the first of them named (see _early).
    families = _first_of_family(names, owners, surnames, texts)
    # A given name (or a family name written first: "Kim" of "Kim Min-seok") used alone after
    # the full name is that person, when only one person named in full has it.
    firsts: dict[str, set[str]] = defaultdict(set)
    for c in names:
        if c.label == "PERSON" and " " in c.text:
            firsts[c.text.split()[0]].add(c.text)
    for given, full in firsts.items():
        if len(full) == 1 and given not in owners and given not in surnames:
            surnames[given] = next(iter(full))
    # The surname of a person named in full, read by the model as a place or a body ("Singh
    # said …" after "Manmohan Singh"), is that person, unless the gazetteer knows the name.
    names = [
        replace(c, label="PERSON")
        if c.label != "PERSON"
        and c.entry is None
        and (c.text in surnames or family_form(c.text) in surnames or _early(c, families))
        and " " not in c.text
        else c
        for c in names
    ]
    acronyms = short_form_links(names, texts)
    names = places_of_bodies(names, acronyms)
    # A party's members named as a people ("the Democrats") are the party, and a company's
    # name without its "Corp" ("Exxon Mobil") the company.
    names = [
        replace(c, label="ORG") if c.label in ("GROUP", "PERSON") and c.text in acronyms else c
        for c in names
    ]
    # A name written in initials is no person's: "Ku Klux Klan" beside "KKK".
    initialled = {long for short, long in acronyms.items() if short.isupper()}
    names = [
        replace(c, label="ORG") if c.label == "PERSON" and c.text in initialled else c
        for c in names
    ]
    # Initials are what their long form is ("SAPA", read as a place, is the press association).
    long_labels: dict[str, Label] = {}
    for c in names:
        if c.text in initialled:
            long_labels.setdefault(c.text, c.label)
    names = [
        replace(c, label=long_labels[acronyms[c.text]])
        if c.text.isupper() and acronyms.get(c.text) in long_labels
        else c
        for c in names
    ]
    # A name described as an armed group is one in every mention, with its acronym.
    # A person's family name is no armed group ("… of the extremist group, Potok told
    # reporters" after "Mark Potok").
    armed = armed_forms(names, texts) - {f.casefold() for f in surnames}
    if armed:
        names = [
            replace(c, label="GROUP")
            if c.label in ("PERSON", "ORG", "PLACE")
            and (c.text.casefold() in armed or acronyms.get(c.text, "").casefold() in armed)
            else c
            for c in names
        ]
    # A long name's own gazetteer identity (ECOWAS) is shared by its acronym's mentions.
    canonical_of_long: dict[str, tuple[str, str]] = {}
    for c in names:
        if c.entry is not None and c.text in acronyms.values():
            canonical_of_long[c.text] = (c.label, c.entry.canonical)
    groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    # One actor whatever the case: "al-Shabaab" and "Al-Shabaab", a dateline's "PARIS" and
    # "Paris" (a name in capitals takes the key of the same name written normally).
    by_fold: dict[str, tuple[str, str]] = {}
    keys = []
    governments = capital_governments(names, texts)
    for c in names:
        key = _key(c, surnames, acronyms, gazetteer)
        if c.text in governments:
            key = ("PLACE", governments[c.text])  # "negotiating with Tehran": Iran
        if c.label == "PERSON" and _early(c, families):
            key = ("PERSON", families[c.text][0])
        if key[0] == "ORG" and key[1] in canonical_of_long:
            key = canonical_of_long[key[1]]
        keys.append(key)
        if not c.text.isupper():
            by_fold.setdefault(_folded(c.text), key)
    # A short form is one actor with its long form whatever the labels: "LaGuardia" (a body,
    # says the model) and "LaGuardia Airport" (a place).
    long_keys = {
        c.text: key for c, key in zip(names, keys, strict=True) if c.text in acronyms.values()
    }
    keys = [
        long_keys.get(acronyms[c.text], key)
        if c.text in acronyms
        and (c.text.isupper() or acronyms[c.text].split()[-1] in _SITES)
        else key
        for c, key in zip(names, keys, strict=True)
    ]
    # "the State Department" is the "U.S. State Department" the text names too.
    national = national_bodies(names, gazetteer)
    full_keys = {
        national[c.text]: key for c, key in zip(names, keys, strict=True) if c.text in national
    }
    # ("Corrections Department", one with "Department of Corrections", goes along.)
    keys = [full_keys.get(c.text, full_keys.get(k[1], k)) for c, k in zip(names, keys, strict=True)]
    # "the City of Ferguson" is Ferguson, named alone too.
    town_keys = {c.text: key for c, key in zip(names, keys, strict=True) if c.label == "PLACE"}
    keys = [
        town_keys.get(_TOWN_OF.sub("", c.text), key) if _TOWN_OF.match(c.text) else key
        for c, key in zip(names, keys, strict=True)
    ]
    # "LaGuardia Arport" beside "LaGuardia Airport": one word written with a slip.
    slipped = slipped_bodies(names)
    name_keys = {c.text: key for c, key in zip(names, keys, strict=True)}
    for c, key in zip(names, keys, strict=True):
        if (c.label != "PERSON" or c.text.isupper()) and c.text not in acronyms:
            folded = by_fold.get(_folded(c.text))
            if folded is not None and (c.text.isupper() or folded[0] == key[0]):
                key = folded
        key = name_keys.get(slipped.get(c.text, ""), key)
        groups[key].append(c)
    by_paragraph: dict[int, list[Candidate]] = defaultdict(list)
    for c in names:
        by_paragraph[c.paragraph].append(c)
    drafts = []
    for mentions in groups.values():
        ordered = sorted(mentions, key=lambda c: (c.paragraph, c.start))
        forms: list[str] = []
        for c in ordered:
            # "Pope Francis" is the name he is known by, title and all.
            titled = f"{c.title} {c.text}" if c.title in _NAME_FORMING_TITLES else None
            # "told The Guardian": "The" inside a sentence is part of a paper's or a firm's name.
            inside = c.label == "ORG" and _the_inside(texts[c.paragraph], c.start)
            the = f"The {c.text}" if inside else None
            for form in (titled, the, c.text, national.get(c.text)):
                if form is not None and form not in forms:
                    forms.append(form)
        # The longest form names the actor, written normally rather than in capitals.
        # A capital standing for its government is not the country's name.
        named = [f for f in forms if f not in governments] or forms
        name = max(named, key=lambda f: (f.islower() or not f.isupper(), len(f), -forms.index(f)))
        tally: dict[Label, int] = defaultdict(int)
        for c in ordered:
            tally[c.label] += 1
        label = max(tally, key=lambda lab: (tally[lab], lab == ordered[0].label))
        if name.split()[-1] in _FACILITIES and label != "GROUP":
            label = "PLACE"  # a facility is a place, whatever its short form was called
        role = actor_role(ordered, texts, by_paragraph)
        if label == "ORG" and role and " " in name and all(c.entry is None for c in ordered):
            # "The lawyer, Kuwait-based Salem Al-Hashash": a role only a person holds.
            label = "PERSON" if person_only(head_word(role).lower()) else label
        first = (ordered[0].paragraph, ordered[0].start)
        subtype = _subtype([c for c in ordered if c.text not in governments], label)
        adjectival = label == "GROUP" and (subtype == "demonym" or name.islower())
        drafts.append(
            (adjectival, -len(ordered), first, name, label, forms, role, ordered, subtype)
        )
    drafts.sort(key=lambda d: (d[0], d[1], d[2]))
    return tuple(
        Actor(
            id=f"a{i}",
            name=name,
            label=label,
            aliases=tuple(f for f in forms if f != name),
            role=role,
            mentions=tuple(Mention(c.paragraph, c.start, c.end) for c in ordered),
            subtype=subtype,
        )
        for i, (_, _, _, name, label, forms, role, ordered, subtype) in enumerate(drafts, start=1)
    )


def _folded(name: str) -> str:
    """Return ``name`` as one key whatever its case and a leading "The" ("The Huffington
    Post" and "Huffington Post")."""
    return name.removeprefix("The ").casefold()


def _given(word: str) -> str:
    return _NICKNAMES.get(word, word)


def _same_people(owners: dict[str, set[str]]) -> dict[str, str]:
    """Return form → full name for the forms of one person the document writes apart: a
    short form of the given name ("Mike Brown" for "Michael Brown", so also "Brown"), and a
    name's last words in other capitals ("Bin Laden" for "Osama bin Laden")."""
    same: dict[str, str] = {}
    for family, full in owners.items():
        if len(full) < 2:
            continue
        givens = {_given(name.split()[0]) for name in full}
        if len(givens) == 1 and all(len(name.split()) == 2 for name in full):
            formal = max(full, key=lambda n: (n.split()[0] not in _NICKNAMES, len(n), n))
            same.update({name: formal for name in full if name != formal})
            same[family] = formal
        elif len(givens) == 1 and len({tuple(n.split()[1:-1]) for n in full} - {()}) == 1:
            # "Victor Barnard" for "Victor Arden Barnard": a middle name left out.
            longest = max(full, key=lambda n: (len(n.split()), len(n), n))
            same.update({name: longest for name in full if name != longest})
            same[family] = longest
    names = sorted({n for full in owners.values() for n in full}, key=len)
    for short in names:
        folded = " " + short.casefold()
        longer = [n for n in names if len(n) > len(short) and n.casefold().endswith(folded)]
        if len(longer) == 1 and short not in same:
            same[short] = longer[0]
    return same


def _first_of_family(
    names: Sequence[Candidate],
    owners: dict[str, set[str]],
    known: dict[str, str],
    texts: dict[int, str],
) -> dict[str, tuple[str, list[tuple[tuple[int, int], str]]]]:
    """Return family name → (full name, where each other person of it is named in full) for
    a family name several people named in full share and that is used alone after the first
    of them only: it is the story's person, whose relatives come later ("Isaac Herzog …
    Herzog said … his father, Chaim Herzog"), until another is named (see :func:`_early`);
    kin ("his father, Chaim Herzog") never takes it."""
    first: dict[str, tuple[int, int]] = {}
    at: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in names:
        if c.label == "PERSON" or " " not in c.text:
            first.setdefault(c.text, (c.paragraph, c.start))
            at[c.text].append((c.paragraph, c.start))
    chosen: dict[str, tuple[str, list[tuple[tuple[int, int], str]]]] = {}
    for family, full in owners.items():
        if len(full) < 2 or family in known or family not in first:
            continue
        before = [n for n in full if n in first and first[n] < first[family]]
        if len(before) != 1:
            continue
        others = sorted(
            (where, n)
            for n in full
            if n != before[0] and not _named_as_kin(texts, first[n])
            for where in at[n]
        )
        mains = [(where, before[0]) for where in at[before[0]]]
        chosen[family] = (before[0], sorted(others + mains))
    return chosen


def _early(
    c: Candidate, families: dict[str, tuple[str, list[tuple[tuple[int, int], str]]]]
) -> bool:
    """Return whether ``c``, a family name several people share, is the story's person: it
    is until another of them is named in full, kin aside ("Raul Castro said … Castro added"
    may be either)."""
    family = families.get(family_form(c.text))
    if family is None:
        return False
    here = (c.paragraph, c.start)
    return not any(where < here and n != family[0] for where, n in family[1])


def _named_as_kin(texts: dict[int, str], at: tuple[int, int]) -> bool:
    """Return whether the name at ``at`` (paragraph, offset) follows a word of kin."""
    paragraph, start = at
    return _KIN_BEFORE.search(texts.get(paragraph, "")[max(0, start - 40) : start]) is not None


def _subtype(mentions: Sequence[Candidate], label: Label) -> str:
    """Return the gazetteer kind the mentions agree on for a place (country, city, region)
    or a nationality group (demonym); a religion's adjective is a demonym too; empty when
    none is known."""
    if label == "GROUP" and any(of_people(c.text) for c in mentions):
        return "demonym"  # "Sunni", "African-American": an adjective of people, as a nationality
    kinds = {c.entry.kind for c in mentions if c.entry is not None and c.entry.label == label}
    wanted = ("country", "city", "region") if label == "PLACE" else ("demonym",)
    known = sorted(k for k in kinds if k in wanted)
    return known[0] if len(known) == 1 else ""
