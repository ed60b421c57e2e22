"""The role a text gives an actor: a title before the name or an appositive beside it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import Candidate
from briefwright.analysis.entities.role_heads import (
    CLAUSE_VERBS,
    ROLE_HEADS,
    ROLE_STOPS,
    STORY_HEADS,
    body_role,
    person_role,
    role_head,
)

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
# "Pate, who is a helicopter mechanic for …": the role the clause gives.
_WHO_IS = re.compile(
    r"^,\s+who\s+(?:is|was)\s+((?:a|an|the)\s+[^,.;:()\"“”]{2,80}?)\s*(?:,|\.|;|$)"
)
_BEFORE = re.compile(
    r"(?:^|[.;:!?]\s+|,[\"”]?\s+|[\"”]\s+|\b(?:one|two|three|some|several|many) of\s+"
    r"|\b(?:after|before|when|as|by|with|from|and|but|to|against|for) (?=(?:the|an?) )"
    r"|(?P<verb>\b[a-z]{3,} (?=(?:the|an?) ))"  # "Gunmen attacked the lawyer, X, …"
    r"|\s(?=(?:[A-Z][\w.-]* )*[A-Z][\w.-]*['’]s )"  # "summoned India's former Prime Minister,"
    r"|\s(?=(?:his|her|their|its) ))"
    r"(?:The |the |An |an |A |a |(?P<pronoun>[Hh]is |[Hh]er |[Tt]heir |[Ii]ts )"
    r"|(?:[A-Z][\w.-]* )*[A-Z][\w.-]*(?:['’]s|s['’]) )"
    r"(?P<role>[A-Za-z][^,.;:()]{3,60}), $"
)
# An appositive after a name runs to a comma, a semicolon, a bracket, a quotation mark or the
# sentence's end; a full stop after a capital ("U.S.") ends nothing.
_AFTER = re.compile(
    r"^,\s+((?:(?:[A-Z][\w.&-]* )*[A-Z][\w.&-]*(?:['’]s)? )?"
    r"(?:the|a|an|its|his|her|their|[a-z]+)\b(?:[^,.;:()\"“”]|(?<=\b[A-Z])\.|\.(?=\w)){0,180}?)"
    r"\s*(?:,|(?<!\b[A-Z])\.(?:\s|$)|;|$|[\"“”(])"
)
# "Alia Salem -- executive director of the council -- noted …": an appositive between dashes.
_AFTER_DASH = re.compile(
    r"^\s*(?:--|—)\s*((?:the|a|an|[a-z]+)\b[^—;:()\"“”]{0,150}?)\s*(?:--|—)"
)
_NOT_ROLE = lexicon.cue_pattern("roles.not_role_cues", start=True)
_TITLE_INGS = lexicon.words("roles.title_ings")
# Where a long appositive is cut: before a relative clause, a verb, a prepositional phrase.
_CLAUSE_CUT = re.compile(r"\s+(?:who|that|which|whose|where|when|says|said|told)\b.*$")
_PHRASE_CUT = re.compile(
    r"\s+(?:for|in|at|on|with|since|from|during)\s+(?!.*\s(?:for|in|at|on|with|since|from|during)\s).*$"
)
# "executive director of the association and the parent of three pupils": two appositives,
# the first is the role.
# "an expert on the group and is with the Jamestown Foundation": a clause joined after it.
_SECOND_CUT = re.compile(r"\s+and\s+(?:the|a|an|is|was|has|had|works|worked)\s+.*$")
# Where a person is based, written before the name.
_BASED = re.compile(r"\b[A-Z][\w.’'-]*-based\s+$")
# A capitalised word whose full stop ends a sentence: no abbreviation, no initial.
_ENDS_SENTENCE = re.compile(
    r"(?!(?:" + "|".join(map(re.escape, lexicon.items("statements.abbreviations"))) + r")$)"
    r"[A-Z][a-z]{2,}"
)
# "Adib Adela, 38, a school inspector": the age set off before the appositive.
_AGE_SET_OFF = re.compile(r"^,\s+\d{1,3}(?=,)")
# "Minister for Foreign Affairs", "Secretary of Public Safety" right before a name.
_OFFICE_BEFORE = re.compile(
    r"\b([A-Za-z][\w’'-]*)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:(?:and|of)\s+)?){1,5}$"
)
_LAST_PHRASE = re.compile(
    r"\b(?:after|before|when|by|with|from|to get|against|for)\s+(?=(?:the|an?|her|his|their)\s)"
)
_DOING_CUT = re.compile(r"(?<=[a-z])\s+[a-z]+ing\s.*$")
# "a 58-year-old economist": the age says who someone is, not their role.
_AGE = re.compile(r"^(?:(?:a|an|the)\s+)?\d+-year-old\s+")
_MAX_ROLE_WORDS = 9
_MAX_TITLE_WORDS = 6
# A person who has left the post ("X resigned", "X, who stepped down") or is leaving it.
_LEFT = re.compile(
    r"^(?:,\s+who\s+(?:has\s+|had\s+)?|\s+(?:has\s+|had\s+)?)(?:resigned|stepped down|quit|"
    r"was (?:sacked|fired|dismissed|ousted|removed))\b"
)
_LEAVING = re.compile(
    r"^(?:,\s+who\s+|\s+)(?:will step down|is stepping down|is to step down|announced (?:his|her) "
    r"resignation|has announced (?:his|her) resignation|tendered (?:his|her) resignation)\b"
)
_WORD = re.compile(r"[\w’'.&-]+")
_LIST = re.compile(r"\band (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s")
_OF_ROLE = re.compile(r"\s+of\s+(?:the|a|an)\s+(?P<tail>[^,]+)$")


def _qualifiers(text: str, start: int, names_before: Sequence[Candidate]) -> int:
    """Return where a role ending at ``start`` begins once widened over the words before it
    that qualify it: names ("US", "CNN"), capitalised words ("Information", "U.S. District"),
    modifiers and other lower-case nouns and adjectives ("senior media", "Palestinian"),
    up to punctuation, a determiner, a preposition, a verb or a possessive."""
    taken = 0
    while taken < _MAX_TITLE_WORDS:
        head = text[:start].rstrip(" ")
        if len(head) == start:
            break
        word = re.search(r"[\w’'.&-]+$", head)
        if word is None:
            break
        ending = [n for n in names_before if n.end == word.end()]
        w = word.group()
        if w.endswith(".") and (w[:-1].islower() or _ENDS_SENTENCE.fullmatch(w[:-1])):
            # "… the measure. White House Chief of Staff", "… on Friday. Fulton Police
            # Chief": the sentence before ends (an abbreviation such as "Gov." does not).
            break
        if ending:
            start = ending[0].start
        elif w in _MODIFIERS or w.lower() in _MODIFIERS:
            start = word.start()
        elif (
            w.lower() in ROLE_STOPS
            or w.lower() in CLAUSE_VERBS
            or re.search(r"['’]s?$", w)
            or (w.islower() and w.endswith("ed"))
            or not w[:1].isalpha()
        ):
            break
        else:
            start = word.start()
        taken += 1
    return start


def _title_role(text: str, c: Candidate, names_before: Sequence[Candidate]) -> str | None:
    """Return the title in front of ``c`` widened by the words that qualify it ("US",
    "Information", "U.S. District", "ousted")."""
    if c.title_start is None or c.title is None:
        return None
    start = _qualifiers(text, c.title_start, names_before)
    return text[start : c.title_start] + c.title


def _role_before(text: str, c: Candidate, names_before: Sequence[Candidate]) -> str | None:
    """Return a role in lower case written before the name ("chief Palestinian negotiator
    Saeb Erekat", "Kremlin critic Boris Nemtsov", "fish trader Mohammed Boni"), also for the
    second of two names after a plural one ("Opposition leaders Isaac Herzog and Tzipi
    Livni": "Opposition leader" for each), or None."""
    head = text[: c.start].rstrip(" ")
    if len(head) != c.start - 1:
        return None
    if head.endswith(" and"):
        paired = next((n for n in names_before if n.end == len(head) - 4), None)
        if paired is None:
            return None
        role = _written_before(text, paired, [n for n in names_before if n.end <= paired.start])
        return _singular(role) if role is not None and role != _singular(role) else None
    role = _written_before(text, c, names_before)
    return _singular(role) if role is not None else None


def _written_before(text: str, c: Candidate, names_before: Sequence[Candidate]) -> str | None:
    """Return the words of a role right before the name, as written, or None."""
    head = text[: c.start].rstrip(" ")
    if len(head) != c.start - 1:
        return None
    office = _OFFICE_BEFORE.search(head + " ")
    if office is not None and role_head(office.group(1).lower()):
        # "Denmark's Minister for Foreign Affairs Martin Lidegaard": a title with its field.
        start = _qualifiers(text, office.start(1), names_before)
        return text[start : len(head)]
    word = re.search(r"[\w’'-]+$", head)
    if word is None:
        return None
    noun = word.group().lower()
    # "Editor-in-Chief", "co-founder", "Secretary-General": a compound headed by a role.
    parts = noun.split("-")
    if not (
        role_head(noun)
        or role_head(noun.removesuffix("s"))
        or (len(parts) > 1 and (role_head(parts[0]) or role_head(parts[-1])))
    ):
        return None
    start = _qualifiers(text, word.start(), names_before)
    return text[start : word.end()]


def _singular(role: str) -> str:
    """Return a role whose head is plural ("Opposition leaders") as one person's."""
    last = role.split()[-1] if role.split() else ""
    if last.endswith("s") and last[:-1].lower() in ROLE_HEADS:
        return role[:-1]
    return role


def _appositive_before(text: str, c: Candidate) -> str | None:
    """Return the role in "The leader of the coup, Gen Abdourahamane Tchiani", or None."""
    if text[c.end : c.end + 1] == "-":
        return None  # "Kuwait" of "Kuwait-based": a word qualifying the name after it
    anchor = c.title_start if c.title_start is not None else c.start
    based = _BASED.search(text[max(0, anchor - 40) : anchor])
    if based is not None:
        anchor -= len(based.group())  # "The lawyer, Kuwait-based Salem Al-Hashash"
    m = _BEFORE.search(text[max(0, anchor - 80) : anchor])
    if m is None:
        return None
    if m.group("verb") is not None and not re.match(r"[,.;]", text[c.end : c.end + 1]):
        return None  # "…was the victim of something, Capt. X told CNN": no appositive
    # "summoned India's former Prime Minister, X": the role is what follows the possessive.
    role = re.split(r"\b[A-Z][\w.-]*['’]s\s+", m.group("role"))[-1]
    # "the assassination of a former justice minister, X", "the house of the regional
    # president, X": the role is the one the name stands beside, unless what comes before
    # "of" is a role itself ("leader of the coup", "wife of the president").
    of = _OF_ROLE.search(role)
    if of is not None:
        lead = role[: of.start()].split()[-1].lower()
        tail = of.group("tail").split()[-1].lower()
        if lead.removesuffix("s") not in ROLE_HEADS | STORY_HEADS and tail in ROLE_HEADS:
            role = of.group("tail")
    head = role.split()[-1].lower() if role.split() else ""
    if m.group("pronoun") and head not in ROLE_HEADS and head.removesuffix("s") not in ROLE_HEADS:
        return None  # "…in his car, Sgt. Kevin Kobza said": no role, a place
    return _clean(role)


def _clean(role: str) -> str | None:
    """Return an appositive as a role: cut before a relative clause or a verb, a long one
    before its last prepositional phrases; None for a clause ("talked to police", "he
    said"), an age ("58"), a participle ("stranding …")."""
    role = _AGE.sub("", _CLAUSE_CUT.sub("", role.strip()))
    while len(role.split()) > _MAX_ROLE_WORDS and _PHRASE_CUT.search(role):
        role = _PHRASE_CUT.sub("", role)
    if len(role.split()) > _MAX_ROLE_WORDS:
        # "the fire and civil defense official coordinating the search": before what it does.
        role = _DOING_CUT.sub("", role)
    words = role.split()
    named = [w for w in words if w.lower() not in ("and", "the", "a", "an", "of")]
    if named and all(w[:1].isupper() for w in named) and not any(
        role_head(w.lower().strip(".,")) or w.lower() in STORY_HEADS for w in named
    ):
        return None  # "No" (of "the No. 2 leader"), "Bob Menendez and Mario Diaz-Balart"
    # The article is no word of the role ("the head of the U.N. Relief and Works Agency").
    counted = len(words) - (words[0] in ("the", "a", "an") if words else 0)
    if not words or counted > _MAX_ROLE_WORDS or role[:1].isdigit():
        return None
    first = words[0]
    if first in ("I", "We", "You"):
        return None  # "I learned new things about …": the speaker's own clause
    if re.search(r"n['’]t$", first) or first.lower() in ("did", "does", "do"):
        return None  # "…, didn't comply with the officers' request": a clause
    if first.islower() and first.endswith("ing") and first not in _TITLE_INGS:
        return None  # "Luzon, stranding more than 3,000 …"
    if (
        first.islower() and first.endswith("ed") and first not in _MODIFIERS
    ) or first in CLAUSE_VERBS:
        return None  # "talked to police", "shot and killed …"
    if any(w.lower() in CLAUSE_VERBS for w in words[1:]):
        return None  # "a South Korean official said"
    if _LIST.search(role):
        return None  # "…, an American, a Canadian and two Sudanese, X said": a list

    return re.sub(r"^(?:the|a|an) ", "", role)


def _appositive_after(text: str, c: Candidate) -> str | None:
    """Return the role in "France, the former colonial power in Niger, …" or in "Farage,
    who leads the party, …" ("leader of the party"), or None."""
    end = c.end
    age = _AGE_SET_OFF.match(text[end : end + 8])
    if age is not None:
        end += age.end()
    who = _WHO.match(text[end : end + 140])
    if who is not None:
        return f"{_WHO_VERBS[who.group(1)]} {who.group(2).strip()}"
    who_is = _WHO_IS.match(text[end : end + 140])
    if who_is is not None:
        return _clean(who_is.group(1))
    # A long appositive runs to its comma; a window's end closes one that runs on into a
    # clause ("X, a senior fellow at … says China …"), cut at its verb below.
    m = _AFTER.match(text[end : end + 200]) or _AFTER.match(text[end : end + 120])
    dashed = _AFTER_DASH.match(text[end : end + 200]) if m is None else None
    if dashed is not None and "--" not in dashed.group(1) and not _NOT_ROLE.match(dashed.group(1)):
        return _clean(_SECOND_CUT.sub("", dashed.group(1)))
    if m is None or _NOT_ROLE.match(m.group(1)):
        return None
    if m.group().endswith(","):
        # Set off by commas, two appositives joined by "and": the first is the role.
        return _clean(_SECOND_CUT.sub("", m.group(1)))
    return _clean(m.group(1))


def _leaving(mentions: Sequence[Candidate], texts: dict[int, str]) -> str | None:
    """Return "former" when the text says a person has left the post ("X resigned", "X, who
    stepped down"), "outgoing" when they are leaving it, else None."""
    for c in mentions:
        after = texts[c.paragraph][c.end : c.end + 80]
        if _LEFT.match(after):
            return "former"
        if _LEAVING.match(after):
            return "outgoing"
    return None


def _story_role(role: str) -> bool:
    """Return whether ``role`` is one the story gives ("the party's candidate", "leader of
    the RN group"), not only what someone is ("58-year-old economist")."""
    words = {w.lower().removesuffix("s") for w in _WORD.findall(role)}
    return bool(words & STORY_HEADS) or "'s" in role or "’s" in role


def _mention_role(c: Candidate, text: str, names: Sequence[Candidate]) -> tuple[str | None, bool]:
    """Return the role one mention states and whether it is a title that outranks an
    appositive (see :func:`actor_role`)."""
    before = [n for n in names if n.end <= (c.title_start or c.start)]
    titled = _title_role(text, c, before)
    ranked = c.title is not None and (
        c.title in RANKS or c.title in HONORIFICS or c.title.split()[-1] in RANKS
    )
    if titled and c.title in HONORIFICS and titled == c.title:
        titled = None
    if c.label == "PERSON" and titled is None:
        titled = _role_before(text, c, before)
    before_name = _appositive_before(text, c)
    if before_name is not None and c.label != "PERSON" and not body_role(before_name):
        before_name = None  # "The robbers fled in a gray sedan, WHIO reported": no role
    if before_name is not None and c.label == "PERSON" and not person_role(before_name):
        # "the investigation after a white police officer, X": the role after the last
        # preposition; "at a wake for his cousin in New Jersey, Johnson said": none.
        tail = re.sub(r"^(?:the|a|an) ", "", _LAST_PHRASE.split(before_name)[-1])
        before_name = tail if tail != before_name and person_role(tail) else None
    apposed = before_name or (
        _appositive_after(text, c) if c.label != "PERSON" or titled is None or ranked else None
    )
    if titled and (not ranked or apposed is None):
        return titled, True
    return (apposed or titled), False


def actor_role(
    mentions: Sequence[Candidate], texts: dict[int, str], names: dict[int, list[Candidate]]
) -> str | None:
    """Return the role the text gives in the earliest mention that states one, or None.

    A title ("US Secretary of State", "Information Minister") wins over an appositive, except
    a bare rank or honorific ("Gen", "Mr", "Justice"), which gives way to an appositive
    ("leader of the coup") or a "who" clause ("chair of the electoral commission"). A role
    that only says what someone is ("58-year-old economist") gives way to one the story
    gives in a later mention ("the party's candidate"). A person who has resigned holds the
    post no longer: "former" (or "outgoing", while leaving) stands before the title.
    """
    found: str | None = None
    for c in mentions:
        role, title = _mention_role(c, texts[c.paragraph], names.get(c.paragraph, []))
        if role is None:
            continue
        if found is None:
            found = role
            if title or _story_role(role):
                break
        elif _story_role(role):
            found = role
            break
    if found is None:
        return None
    leaving = _leaving(mentions, texts)
    if leaving and not re.match(r"(?:former|outgoing|ex-|then-)", found, re.IGNORECASE):
        found = f"{leaving} {found}"
    return found
