"""What heads a role: a noun for what a person or a body is, never an act, an event or a thing."""

from __future__ import annotations

import re

from briefwright.analysis import lexicon
from briefwright.model import calendar

# Nouns that head a role written before a name in lower case ("chief Palestinian negotiator
# Saeb Erekat", "Kremlin critic Boris Nemtsov").
ROLE_HEADS = (
    lexicon.words("roles.role_heads")
    | lexicon.words("roles.role_heads_plain")
    | lexicon.words("names.kinship")
)
# Role heads a person holds and a company or a body never does.
PERSON_ROLE_HEADS = ROLE_HEADS - lexicon.words("roles.role_heads_of_bodies")
# Roles this story gives ("the party's candidate") rather than what someone is ("a
# 58-year-old economist").
STORY_HEADS = lexicon.words("roles.story_heads")
# Words that end a role read leftwards from a name: it begins after them.
ROLE_STOPS = lexicon.words("roles.role_stops") | {w.lower() for w in calendar.WEEKDAYS}
CLAUSE_VERBS = lexicon.words("statements.clause_verbs")
_NOT_ROLE_HEADS = lexicon.words("roles.not_role_heads")
PERSON_NOUNS = lexicon.words("statements.person_nouns") | lexicon.words("statements.person_heads")
_BODY_NOUNS = (
    lexicon.words("names.org_nouns")
    | lexicon.words("statements.organisation_heads")
    | lexicon.words("names.place_of_nouns")
    | lexicon.words("names.place_nouns")
)
# A noun ending as an agent does names what someone is ("astronaut Terry Virts", "NASA
# commentator Rob Navias", "lead archeologist Isabelle Abadie", "actress Lupita Nyong'o").
_AGENT_ENDING = re.compile(r"[a-z]{2,}(?:er|or|ist|ian|ess|man|woman|naut)$")
# Nouns of an act, an event or a thing, never what a person is.
_THING_ENDING = re.compile(r"(?:tion|sion|ment|ing|ence|ance|ity|age|ure|ness|ship|ism)s?$")
_THINGS = frozenset(
    [
        "request", "country", "elections", "election", "wake", "coverage", "assault",
        "message", "week", "year", "day", "time", "night", "morning", "city", "town", "area",
        "home", "house", "car", "road", "attack", "raid", "case", "trial", "vote", "deal",
        "plan", "report", "statement", "video", "photo", "letter", "bill", "law", "family",
        "behalf", "death", "trip", "seat", "visit", "funeral", "things",
    ]
)


def role_head(noun: str) -> bool:
    """Return whether the lower-case ``noun`` before a name heads a role: a listed head, or a
    noun ending as an agent does that is no preposition, comparative or common thing."""
    if noun in ROLE_HEADS:
        return True
    return (
        _AGENT_ENDING.fullmatch(noun) is not None
        and noun not in _NOT_ROLE_HEADS
        and noun not in ROLE_STOPS
        and noun not in CLAUSE_VERBS
    )


def person_only(noun: str) -> bool:
    """Return whether the lower-case ``noun`` heads a role only a person holds ("lawyer",
    "official"), not one a company or a body may hold too ("investor", "owner")."""
    return noun in PERSON_ROLE_HEADS


# Role words that are given names as well ("Dean Smith", "Hunter Biden"): never a title.
_GIVEN_TOO = frozenset(("dean", "hunter", "host", "star", "friend", "heir", "model", "cadet"))


def role_title(word: str) -> bool:
    """Return whether a capitalised ``word`` opening a person's name is a role used as a
    title ("Inmate Gissendaner", "Officer Darren Wilson"), not part of the name."""
    lower = word.lower()
    return word[:1].isupper() and word[1:].islower() and person_only(lower) and (
        lower not in _GIVEN_TOO
    )


def person_role(role: str) -> bool:
    """Return whether ``role`` may say what a person is or does: its head (the last word
    before "of", "for", "in" …) is no event, act or thing ("at a wake for his cousin",
    "after the first shooting", "elections"), and no name."""
    head = _head_words(role)
    word = head[-1].rstrip(",") if head else ""
    lower = word.lower()
    if role_head(lower) or lower in STORY_HEADS or lower.removesuffix("s") in PERSON_NOUNS:
        return True
    if not word or (word[:1].isupper() and len(head) > 1 and head[-2][:1].isupper()):
        return False  # "CNN's Steve Almasy": a name, no role
    if lower.endswith("s") and lower not in PERSON_NOUNS:
        return False  # "the ropes after a flying kick": things, or several people
    return not (_THING_ENDING.search(lower) or lower in _THINGS)


def body_role(role: str) -> bool:
    """Return whether ``role``, before the name of a body or a place, is headed by what a
    body or a place is ("the state seismology agency", "the capital"), not a clause."""
    word = head_word(role).lower()
    return word in _BODY_NOUNS or word.removesuffix("s") in _BODY_NOUNS or role_head(word)


def head_word(role: str) -> str:
    """Return the last word of ``role`` before "of", "for", "in" … (its head)."""
    head = _head_words(role)
    return head[-1].rstrip(",") if head else ""


# What follows a role's head: "director of …", "agent before the court", "wake for …".
_AFTER_HEAD = re.compile(
    r"\s+(?:of|for|in|at|on|with|from|to|before|after|during|under|against|over|by|near)\s+"
)


def _head_words(role: str) -> list[str]:
    """Return the words of ``role`` up to its head, what qualifies the head left out."""
    return _AFTER_HEAD.split(role, maxsplit=1)[0].split()
