"""The subject a report verb names before it: the parts of its clause, and which is the source."""

from __future__ import annotations

import re

from briefwright.analysis import lexicon
from briefwright.analysis.weights import WEIGHTS
from briefwright.model import calendar

WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CLAUSE_VERBS = lexicon.words("statements.clause_verbs")
RELATIVE_WORDS = lexicon.alternatives("statements.relative_words")
_RELATIVE = re.compile(RELATIVE_WORDS + r"\b")
_DAYS = calendar.weekday_pattern()
_TIME = (
    rf"(?:(?:on|late|early|last|this|next|earlier|later)\s+)?(?:{_DAYS}|today|yesterday|"
    r"(?:last|this|earlier this|late last) (?:week|month|year|night|morning))"
)
# Words before a source that open the sentence, not the name: "Separately, Egypt's foreign
# ministry said", "And on Tuesday, he said".
_OPENERS = re.compile(
    r"(?:(?:"
    + lexicon.alternatives("statements.source_openers")
    + r"|"
    + _TIME
    + r")\b,?\s+|[A-Z][a-z]+ly,\s+)+",  # "Previously, a church official said"
    re.IGNORECASE,
)
# Words between a source and its verb: "the ACLU also said", "the Kremlin has said", "the
# guards later told", "Iraqi police on Monday said", "an official speaking on condition of
# anonymity said".
_TRAILERS = re.compile(
    r"(?:,?\s+(?:" + lexicon.alternatives("statements.source_trailers") + r"|" + _TIME + r"))+\s*$"
    r"|\s+(?:speaking|who)\b.*$"
)
_CONJUNCTION = re.compile(r"(?:and|but|or|while)\s")
# A part that never names who speaks: a participial or prepositional phrase, an age.
_NEVER_SUBJECT = re.compile(
    r"(?:[a-z]+(?:ing|ed)\s+(?:by|in|on|at|to|for|with|from|an?|the|his|her|its|their|as|"
    r"after|before|over|under|into)\b|(?:with|of|from|at|for|in|among|also|one of)\s|"
    r"\d+\b(?!\S)|[RDI]-[A-Z])"  # an age; a party and state ("R-Florida")
)
# "one of the officials": a part of a group.
_PARTITIVE = re.compile(r"(?:one|two|three|some|several|many|most|all) of (?:the|those|these)\s")
_PROPER = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,4}")
_DETERMINER = re.compile(r"(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s")
# "…, this official said": a subject of its own, not a role after a name.
_DEMONSTRATIVE = re.compile(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s")
# Words that open an adverbial phrase, not a subject: "In a statement, X said".
_ADVERBIAL = re.compile(
    r"(?:[A-Z][a-z]*ing|In|On|At|After|Before|Following|During|Asked|Amid|Despite|Since|Until|"
    r"Under|Throughout|Across|Within|Without|Among|Outside|Inside|From|For|With|Upon"
    # "Even at Miami International Airport, Gannon said": an adverb before the preposition.
    r"|(?:Even|Only|Just|Back|Still|Later|Earlier|Long)\s+(?:at|in|on|after|before|during|for|"
    r"with|from|since|under|amid)"
    # "Hours after Lloyd's death, Jenkins said": a time before or after something.
    r"|(?:\w+\s+)?(?:[Ss]econds|[Mm]inutes|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+"
    r"(?:after|before|later|earlier))\b"
)
# "said Friday", "said March 3": a time, not an inverted source ("said June Raine" is one).
TIME_WORD = re.compile(rf"(?:{_DAYS}\b|{calendar.month_pattern(dot=True)}\b(?!\s+[A-Z]))")


def noun_phrase(text: str) -> bool:
    """Return whether ``text`` reads as a short name or description, not a clause."""
    words = WORD.findall(text)
    return 0 < len(words) <= 7 and not any(
        w in _CLAUSE_VERBS or (w.endswith("ed") and w.islower()) for w in words
    )


def _clause(text: str) -> bool:
    """Return whether ``text`` holds a finite verb of a clause ("The teen is accused …"), not
    only a name and its qualifiers ("retired Maj. Gen. Amnon Reshef")."""
    return any(w in _CLAUSE_VERBS for w in WORD.findall(text))


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``[start, end)`` without the words around a source that are not its name:
    openers ("Separately", "And on Tuesday"), adverbs and auxiliaries before the verb
    ("also", "has"), a participle or relative clause without commas."""
    while True:
        m = _TRAILERS.search(text, start, end)
        if m is None or m.start() <= start:
            break
        end = m.start()
    m = _OPENERS.match(text, start, end)
    if m is not None and m.end() < end:
        start = m.end()
    return start, end


# What parts a sentence's clauses and asides: a comma, a dash, a quotation blanked out.
PART_BREAK = re.compile(r",|\s(?:--|—|–)\s|\s{3,}")


def parts_of(text: str, end: int) -> list[tuple[int, int]]:
    """Return the parts of ``text[:end]`` between commas, dashes and blanked quotations, as
    spans without their spaces; blank ones left out."""
    spans: list[tuple[int, int]] = []
    at = 0
    for brk in [*PART_BREAK.finditer(text, 0, end), None]:
        stop = brk.start() if brk is not None else end
        piece = text[at:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((at + lead, at + len(piece.rstrip())))
        if brk is not None:
            at = brk.end()
    return spans


def _neversubject_of(text: str, part: tuple[int, int]) -> bool:
    """Return whether ``part`` is an aside that never names who speaks: a relative clause, a
    participial or prepositional phrase ("citing an Assyrian commander", "with The
    Atlantic", "one of the founders of …"), an age."""
    return bool(_RELATIVE.match(text, part[0]) or _NEVER_SUBJECT.match(text, part[0]))


def subject_of(text: str, parts: list[tuple[int, int]]) -> tuple[int, int]:
    """Return the span of the subject among the ``parts`` before a report verb.

    Asides at the end are left out. The noun phrases that end the clause are the subject,
    with their appositives, from its first name ("Meir Dagan, the former head of Mossad,";
    "Organization for Black Struggle, a 35-year-old activist group,") when nothing but
    adverbials stands before them; else the last of them ("…, killing 26 people, the
    disaster office said"; "…, this official said").
    """
    while (
        len(parts) > 1
        and _neversubject_of(text, parts[-1])
        # "…, one of the officials said": a part of a group speaks after a clause.
        and not (_PARTITIVE.match(text, parts[-1][0]) and _clause(text[slice(*parts[-2])]))
    ):
        parts = parts[:-1]
    last = parts[-1]
    if _DEMONSTRATIVE.match(text, last[0]):
        return last
    j = len(parts) - 1
    while (
        j > 0
        and not _CONJUNCTION.match(text, parts[j][0])  # "Prices rose, and the IMF"
        and noun_phrase(text[slice(*parts[j - 1])])
        and not _opening(text, parts[j - 1])
        # "The teen turns 18 in May, police said": a dated clause, no appositive.
        and TIME_WORD.search(text, *parts[j - 1]) is None
    ):
        j -= 1
    if not all(_opening(text, p) for p in parts[:j]):
        previous = text[slice(*parts[-2])] if len(parts) > 1 else ""
        named = previous.split()
        if (
            len(named) >= 2
            and all(w[:1].isupper() for w in named)
            and noun_phrase(previous)
            and re.match(r"(?:an?\s)?[a-z]", text[last[0] :])
        ):
            return parts[-2][0], last[1]  # "…, Sgt. Kevin Kobza, public information officer, said"
        return last
    names = [p for p in parts[j:] if text[p[0]].isupper() and not _DETERMINER.match(text, p[0])]
    first = names[0] if names else parts[j]
    if len(WORD.findall(text[first[0] : last[1]])) > WEIGHTS.source_words:
        if (
            first != last
            and _PROPER.fullmatch(text[slice(*first)])
            and (_DETERMINER.match(text, last[0]) or text[last[0]].islower())
        ):
            # "Rasheen Aldridge, a black member of a commission charged with …, said", "Linda
            # Sarsour, executive director of … and the parent of …, said": the name, not its
            # long appositive.
            return first
        return last  # too long for one subject: a clause before it, not an appositive
    return first[0], last[1]


def _opening(text: str, part: tuple[int, int]) -> bool:
    """Return whether ``part`` is an adverbial or an opener before a sentence's subject ("In
    a statement", "Following the interview", "Separately")."""
    if _ADVERBIAL.match(text, part[0]):
        return True
    words = text[part[0] : part[1]] + " "
    opener = _OPENERS.match(words)
    return opener is not None and opener.end() >= len(words)

