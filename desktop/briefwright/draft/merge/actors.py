"""Actors named by several sources joined into one: "Gen Tchiani" is "Abdourahamane Tchiani"."""

from __future__ import annotations

import re

from briefwright.model.briefing import ActorItem, Briefing

# Words before a person's name that are not part of it ("Gen Tchiani", "President Bazoum").
TITLES = frozenset(
    [
        "gen", "general", "lt", "col", "colonel", "maj", "major", "capt", "captain", "adm",
        "admiral", "brig", "sgt", "president", "prime", "minister", "secretary", "mr",
        "mrs", "ms", "dr", "prof", "sir", "dame", "king", "queen", "prince", "sheikh",
        "ousted", "former", "late", "junta", "leader", "commander", "chief", "medic", "officer",
    "deputy", "sheriff", "sergeant", "detective", "lieutenant", "trooper", "judge"
    ]
)
_WORD = re.compile(r"[\w'’-]+")


def name_words(name: str) -> list[str]:
    """Return the words of a person's name in lower case, titles before it left out."""
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(name)]
    while len(words) > 1 and words[0].rstrip(".") in TITLES:
        words = words[1:]
    return words


def _norm(name: str) -> str:
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(name)]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def same_actor(a: ActorItem, b: ActorItem) -> bool:
    """Return whether ``a`` and ``b`` name the same actor.

    People: the same surname, and the same first name where both give one (a surname alone
    fits any first name). Others: a name or alias in common, or (organisations) one name of
    two words or more standing whole in the other ("State Department", "US State
    Department").
    """
    if a.label != b.label:
        return False
    if a.label == "PERSON":
        wa, wb = name_words(a.name), name_words(b.name)
        if not wa or not wb or wa[-1] != wb[-1]:
            return _shares_name(a, b)
        return len(wa) == 1 or len(wb) == 1 or wa[0] == wb[0]
    if _shares_name(a, b):
        return True
    if a.label == "ORG":
        na, nb = _norm(a.name).split(), _norm(b.name).split()
        short, long_ = (na, nb) if len(na) <= len(nb) else (nb, na)
        n = len(short)
        return n >= 2 and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))
    return False


def _shares_name(a: ActorItem, b: ActorItem) -> bool:
    names_a = {_norm(x) for x in (a.name, *a.aliases)}
    return any(_norm(x) in names_a for x in (b.name, *b.aliases))


def merge_actors(briefing: Briefing) -> None:
    """Join, in place, the actors of different sources that name the same actor.

    The joined actor stands where the first of them stood, under the fullest name a source
    gives (for a person, the one of most words), with every other name as an alias, every
    mention, the first role given, and ticked when any of them was. A surname alone joins a
    person only when one person of the briefing has it: two Bazoums stay apart.
    """
    actors = briefing.actors
    groups: list[list[ActorItem]] = []
    for actor in actors:
        fits = [g for g in groups if _fits(g, actor)]
        if len(fits) > 1:
            # A full name settles it: "Randall Coffland" joins the Randall Coffland already
            # met, not a bare "Coffland" that could be another.
            fits = [g for g in fits if any(same_full_name(a, actor) for a in g)]
        if len(fits) == 1:
            fits[0].append(actor)
        else:
            groups.append([actor])
    briefing.actors = [_joined(g) if len(g) > 1 else g[0] for g in groups]


def same_full_name(a: ActorItem, b: ActorItem) -> bool:
    """Return whether two people are named in full with the same first and last names,
    whatever comes between ("Randall R. Coffland", "Randall Coffland")."""
    if a.label != "PERSON" or b.label != "PERSON":
        return False
    wa, wb = name_words(a.name), name_words(b.name)
    return len(wa) >= 2 and len(wb) >= 2 and wa[0] == wb[0] and wa[-1] == wb[-1]


def _fits(group: list[ActorItem], actor: ActorItem) -> bool:
    """Return whether ``actor`` joins ``group``: it names the same actor as each of them and
    comes from another source than any of them, or (one article naming one person twice,
    with and without a middle name) gives the same first and last names as those of its
    own source."""
    mine = set(actor.sources)
    for a in group:
        if set(a.sources) & mine and not same_full_name(a, actor):
            return False
    return all(same_actor(a, actor) for a in group)


def _joined(group: list[ActorItem]) -> ActorItem:
    first = group[0]
    if first.label == "PERSON":
        name = max(
            (a.name for a in group), key=lambda n: (len(name_words(n)), -group_index(group, n))
        )
    else:
        name = first.name
    names = [n for a in group for n in (a.name, *a.aliases)]
    aliases = list(dict.fromkeys(n for n in names if _norm(n) != _norm(name)))
    joined = ActorItem(
        id=first.id,
        name=name,
        label=first.label,
        role=next((a.role for a in group if a.role), ""),
        aliases=aliases,
        included=any(a.included for a in group),
        mentions=[m for a in group for m in a.mentions],
        subtype=next((a.subtype for a in group if a.subtype), ""),
        origin=first.origin,
    )
    return joined


def group_index(group: list[ActorItem], name: str) -> int:
    """Return the place in ``group`` of the first actor called ``name``."""
    return next(i for i, a in enumerate(group) if a.name == name)
