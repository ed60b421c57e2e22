"""The role a text gives an actor: a title before the name or an appositive beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.candidates import Candidate

# Ranks and honorifics say less than an appositive ("leader of the coup") when both exist.
RANKS: frozenset[str] = lexicon.words("roles.ranks")
_MODIFIERS = lexicon.words("roles.modifiers")
# An honorific says how to address a person, not what they do: never a role on its own.
HONORIFICS: frozenset[str] = lexicon.words("roles.honorifics")
# "X, who leads the RN group" says the role with a verb: "leader of the RN group".
_WHO_VERBS = lexicon.table("roles.who_verbs")
_WHO = re.compile(
    r"^,\s+who\s+(" + "|".join(_WHO_VERBS) + r")\s+([^,.;:()\"“”]{2,80}?)\s*(?:,|\.|;|$)"
)
_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)(?:The |the |A |a |(?:[A-Z][\w.-]* )*[A-Z][\w.-]*(?:['’]s|s['’]) )"
    r"([a-z][^,.;:()]{3,60}), $"
)
_AFTER = re.compile(
    r"^,\s+((?:(?:[A-Z][\w.-]* )*[A-Z][\w.-]*['’]s )?"
    r"(?:the|a|an|its|his|her|their|[a-z]+)\b[^,.;:()\"“”]{0,80}?)\s*(?:,|\.(?:\s|$)|;|$)"
)
_NOT_ROLE = lexicon.cue_pattern("roles.not_role_cues", start=True)
_TITLE_INGS = lexicon.words("roles.title_ings")


def _title_role(text: str, c: Candidate, names_before: Sequence[Candidate]) -> str | None:
    """Return the title in front of ``c`` widened by the words that qualify it ("US", "ousted")."""
    if c.title_start is None or c.title is None:
        return None
    start = c.title_start
    while True:
        head = text[:start].rstrip(" ")
        if len(head) == start:
            break
        word = re.search(r"[\w’'-]+$", head)
        if word is None:
            break
        ending = [n for n in names_before if n.end == word.end()]
        if ending:
            start = ending[0].start
        elif word.group() in _MODIFIERS or word.group().lower() in _MODIFIERS:
            start = word.start()
        else:
            break
    return text[start : c.title_start] + c.title


def _appositive_before(text: str, c: Candidate) -> str | None:
    """Return the role in "The leader of the coup, Gen Abdourahamane Tchiani", or None."""
    anchor = c.title_start if c.title_start is not None else c.start
    m = _BEFORE.search(text[max(0, anchor - 80) : anchor])
    return m.group(1).strip() if m else None


def _appositive_after(text: str, c: Candidate) -> str | None:
    """Return the role in "France, the former colonial power in Niger, …" or in "Farage,
    who leads the party, …" ("leader of the party"), or None."""
    who = _WHO.match(text[c.end : c.end + 100])
    if who is not None:
        return f"{_WHO_VERBS[who.group(1)]} {who.group(2).strip()}"
    m = _AFTER.match(text[c.end : c.end + 100])
    if m is None or _NOT_ROLE.match(m.group(1)):
        return None
    role = m.group(1).strip()
    first = role.split()[0] if role else ""
    participle = first.endswith("ing") and first not in _TITLE_INGS
    if role[:1].isdigit() or len(role.split()) > 9 or participle:
        return None
    return re.sub(r"^(?:the|a|an) ", "", role)


def actor_role(
    mentions: Sequence[Candidate], texts: dict[int, str], names: dict[int, list[Candidate]]
) -> str | None:
    """Return the role the text gives in the earliest mention that states one, or None.

    A title ("US Secretary of State") wins over an appositive, except a bare rank or
    honorific ("Gen", "Mr"), which gives way to an appositive ("leader of the coup").
    """
    for c in mentions:
        text = texts[c.paragraph]
        before = [n for n in names.get(c.paragraph, []) if n.end <= (c.title_start or c.start)]
        titled = _title_role(text, c, before)
        ranked = c.title is not None and (
            c.title in RANKS or c.title in HONORIFICS or c.title.split()[-1] in RANKS
        )
        apposed = _appositive_before(text, c) or (
            _appositive_after(text, c) if c.label != "PERSON" or titled is None or ranked else None
        )
        if titled and c.title in HONORIFICS and titled == c.title:
            titled = None
        if titled and (not ranked or apposed is None):
            return titled
        if apposed:
            return apposed
        if titled:
            return titled
    return None
