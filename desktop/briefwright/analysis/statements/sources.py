"""Where a sentence names who speaks: the subject of its report verb, trimmed to the name."""

from __future__ import annotations

import re

from briefwright.analysis import lexicon
from briefwright.analysis.weights import WEIGHTS
from briefwright.model import calendar

SPEECH = re.compile(r"\b" + lexicon.alternatives("statements.speech_verbs") + r"\b")
QUOTE_VERBS = re.compile(
    r"\b" + lexicon.alternatives("statements.speech_verbs", "statements.quote_verbs") + r"\b"
)
# A verb that is no report of speech where it stands: "an estimated 2,000", "was described".
_NOT_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:an|the|is|are|was|were|been|be|being|to|who|which|that|not|never)|n['’]t|[“\"(])\s*$",
    re.IGNORECASE,
)
# "reported from Baghdad", "reported and wrote": a writer's credit line, not a report.
_CREDIT_AFTER = re.compile(r"\s+(?:from|and wrote|and reported|by)\b")
_CREDIT_VERBS = frozenset({"reported", "wrote"})
_NOUN_VERBS = lexicon.words("statements.noun_verbs")
_NOUN_BEFORE = lexicon.words("statements.noun_before")
_NOUN_AFTER = lexicon.words("statements.noun_after")
_POSSESSIVE_OR_NUMBER = re.compile(r"(?:['’]s?|\d[\d,.]*)$")
# A report verb inside a clause that is not the main one: "rules they say threaten",
# "the plan, which Washington says could", "where officials say".
_EMBEDDED_SUBJECT = re.compile(
    r"\b(?!(?:and|but|or|so|as|because|when|while|then|that|if|also|later|now|since|"
    r"though|although|after|before|where|once)\b)[a-z]+ (?:they|he|she|we|it|I|you)$"
)
RELATIVE_WORDS = lexicon.alternatives("statements.relative_words")
_IN_RELATIVE = re.compile(
    r"(?:(?:^|,\s+)(?:" + RELATIVE_WORDS + r"|that)|\b(?:in|of|for|by|to|with|from|on|at) "
    r"(?:which|whom))\b[^,;]*$"
)
# "claimed responsibility", "described by": an act or a passive, no report of speech.
_PASSIVE_AFTER = re.compile(r"\s+(?:by|responsibility)\b")
_CLAUSE_VERBS = lexicon.words("statements.clause_verbs")
_RELATIVE = re.compile(RELATIVE_WORDS + r"\b")
# A second clause with a subject of its own: "… and he said".
_NEW_SUBJECT = re.compile(r"\b(?:and|but|so|while) (he|she|they|it|we)\s*$")
# The pronoun right before the verb speaks: 'Police have "several leads," he said'.
_PRONOUN_LAST = re.compile(r"(?<![\w’'-])(he|she|they|we|it)\s*$")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
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
# A clause that ends in a verb and goes on with the subject of the report: "resigned but
# authorities said", "fled, and police said"; not a noun phrase ("the fire and civil defense
# official").
_JOINED_SUBJECT = re.compile(
    r"(?!(?:the|a|an|his|her|its|their)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+(?:and|but)\s+(\S.*)$"
)
_CONJUNCTION = re.compile(r"(?:and|but|or|while)\s")
# A part that never names who speaks: a participial or prepositional phrase, an age.
_NEVER_SUBJECT = re.compile(
    r"(?:[a-z]+(?:ing|ed)\s+(?:by|in|on|at|to|for|with|from|an?|the|his|her|its|their|as|"
    r"after|before|over|under|into)\b|(?:with|of|from|at|for|in|among|also|one of)\s|"
    r"\d+\b(?!\S)|[RDI]-[A-Z])"  # an age; a party and state ("R-Florida")
)
# A verb of a finding in what looks like a source: no source, a clause.
_PARTITIVE = re.compile(r"(?:one|two|three|some|several|many|most|all) of (?:the|those|these)\s")
_FINDING = re.compile(r"\b(?:indicates?|shows?|showed|suggests?|suggested|finds|found|reveals?)\b")
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
# Verbs after which the name that follows is whom the speaker addresses or accuses, never
# an inverted source ("… told CNN").
_NOT_INVERTED = frozenset({"told", "tells", "warned", "warns", "accused", "accuses", "urged"})
# An inverted source runs to the next comma: "said Dortmund coach Edin Terzic, who …".
_NAME_AFTER = re.compile(r"\s+([A-Z][^,;:!?“”\"]*[\w.])")
# Or a role in lower case before a name: "said witness Abdulkarim Musa", "said the White
# House"; the name runs to the clause's end.
_ROLE_NAME_AFTER = re.compile(
    r"\s+((?:(?!(?:that|it|he|she|they|we|in|on|at|by|to|this|there)\b)[a-z][\w’'-]*\s+"
    r"|[A-Z][\w.’'-]*\s+){1,6}"
    r"[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|of|de|al|for|and|the|bin|van|von|der|la|le))*)"
    r"(?=\s*(?:[,.;:!?]|$|\s(?:on|in|at|who|from|during|after|before|about)\b))"
)
# A full stop after an abbreviation ("Dr.", "Gov.", "U.S.") ends no sentence.
# Or a description in lower case that runs to the sentence's end: "…, said police.", "…,
# said a spokesman for the governor."
_PLAIN_AFTER = re.compile(
    r"\s+((?!(?:that|it|he|she|they|we|this|there|so|on|in|at|by|to|with|of|for)\b)"
    r"[a-z][\w’'-]*(?:\s+[\w’'.-]+){0,10}?)\s*(?:[.!?]\s*$|$)"
)
# The head of such a description: who may speak ("police", "a spokesman for …"), never a
# clause's ("…, said the mayor's apology didn't go far enough").
_PLAIN_HEADS = (
    lexicon.words("statements.organisation_heads")
    | lexicon.words("statements.person_heads")
    | frozenset(
        [
            "police", "authorities", "witnesses", "residents", "sources", "officials",
            "investigators", "prosecutors", "analysts", "experts", "doctors", "rescuers",
            "officers", "troops", "activists", "lawyers", "family", "relatives", "staff",
        ]
    )
)
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)})" for a in lexicon.items("statements.abbreviations"))
_SENTENCE_END = re.compile(_NOT_AFTER + r"\.(?:\s.*)?$")
# "said Friday", "said March 3": a time, not an inverted source ("said June Raine" is one).
_TIME_WORD = re.compile(rf"(?:{_DAYS}\b|{calendar.month_pattern(dot=True)}\b(?!\s+[A-Z]))")
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited) ((?:the |a |an )?(?:[\w’'.-]+ ){0,4}[\w’'.-]+) as saying\b"
)


# The most words after a reporting verb that still leave its clause at the sentence's end.
_TAIL_WORDS = 8


def noun_phrase(text: str) -> bool:
    """Return whether ``text`` reads as a short name or description, not a clause."""
    words = _WORD.findall(text)
    return 0 < len(words) <= 7 and not any(
        w in _CLAUSE_VERBS or (w.endswith("ed") and w.islower()) for w in words
    )


def _clause(text: str) -> bool:
    """Return whether ``text`` holds a finite verb of a clause ("The teen is accused …"), not
    only a name and its qualifiers ("retired Maj. Gen. Amnon Reshef")."""
    return any(w in _CLAUSE_VERBS for w in _WORD.findall(text))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
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
_PART_BREAK = re.compile(r",|\s(?:--|—|–)\s|\s{3,}")


def _parts(text: str, end: int) -> list[tuple[int, int]]:
    """Return the parts of ``text[:end]`` between commas, dashes and blanked quotations, as
    spans without their spaces; blank ones left out."""
    spans: list[tuple[int, int]] = []
    at = 0
    for brk in [*_PART_BREAK.finditer(text, 0, end), None]:
        stop = brk.start() if brk is not None else end
        piece = text[at:stop]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((at + lead, at + len(piece.rstrip())))
        if brk is not None:
            at = brk.end()
    return spans


def _never_subject(text: str, part: tuple[int, int]) -> bool:
    """Return whether ``part`` is an aside that never names who speaks: a relative clause, a
    participial or prepositional phrase ("citing an Assyrian commander", "with The
    Atlantic", "one of the founders of …"), an age."""
    return bool(_RELATIVE.match(text, part[0]) or _NEVER_SUBJECT.match(text, part[0]))


def _subject(text: str, parts: list[tuple[int, int]]) -> tuple[int, int]:
    """Return the span of the subject among the ``parts`` before a report verb.

    Asides at the end are left out. The noun phrases that end the clause are the subject,
    with their appositives, from its first name ("Meir Dagan, the former head of Mossad,";
    "Organization for Black Struggle, a 35-year-old activist group,") when nothing but
    adverbials stands before them; else the last of them ("…, killing 26 people, the
    disaster office said"; "…, this official said").
    """
    while (
        len(parts) > 1
        and _never_subject(text, parts[-1])
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
        and _TIME_WORD.search(text, *parts[j - 1]) is None
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
    if len(_WORD.findall(text[first[0] : last[1]])) > WEIGHTS.source_words:
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


def _source_before(text: str, verb: int) -> tuple[int, int] | None:
    """Return the span of the source named before the speech verb at ``verb``, or None.

    The source is the clause's subject (see :func:`_subject`): the words after the last
    comma ("…, the airline said"), or a name with its appositive ("France, the former
    colonial power, said"), asides left out ("Klopp, who will leave the club, said"); without
    the words around it that are not its name (see :func:`_trimmed`); a pronoun right before
    the verb speaks ('…,” he said').
    """
    head = text[:verb]
    # A quotation blanked out stands between the words before it and the verb: 'X, editor
    # of the "Intelligence Report," told reporters'.
    if _NOT_SPEECH_BEFORE.search(head) and not head.endswith("   "):
        return None
    end = len(head.rstrip(" ,-—–"))
    if (pronoun := _PRONOUN_LAST.search(text, 0, end)) is not None:
        return pronoun.span(1)
    parts = _parts(text, end)
    if not parts:
        return None
    start, end = parts[-1]
    joined = _JOINED_SUBJECT.match(text, start, end)
    if len(parts) > 1 and re.search(r"\b(?:and|but)$", text[start:end]):
        # "X, led by Y, won 75 seats and said": the subject of the first verb speaks.
        start, end = parts[0][0], parts[-2][1]
    elif joined is not None:
        start = joined.start(1)  # "Alex Alvarez, resigned but authorities said"
    else:
        start, end = _subject(text, parts)
    if _FINDING.search(text, start, end):
        return None  # "a poll from Panels Politics indicates 53% of Israelis believe"
    if (pronoun := _NEW_SUBJECT.search(text, start, end)) is not None:
        start = pronoun.start(1)  # "… visited the dam and he said": he speaks
    start, end = _trimmed(text, start, end)
    while start < end and not text[start].isalnum():
        start += 1
    if start >= end or len(_WORD.findall(text[start:end])) > WEIGHTS.source_words:
        return None
    return start, end


def _source_after(text: str, verb_end: int) -> tuple[int, int] | None:
    """Return the span of the source named after an inverted verb ("…,” said X, a waitress")."""
    m = (
        _NAME_AFTER.match(text, verb_end)
        or _ROLE_NAME_AFTER.match(text, verb_end)
        or _PLAIN_AFTER.match(text, verb_end)
    )
    if m is None or _TIME_WORD.match(m.group(1)):
        return None
    if m.re is _PLAIN_AFTER:
        # The head is the last word before a preposition ("spokesman for the governor").
        head = re.split(r"\s+(?:for|of|at|with|in|from|on|and)\s+", m.group(1))[0]
        last = head.split()[-1].rstrip(".").lower()
        if last not in _PLAIN_HEADS and last.removesuffix("s") not in _PLAIN_HEADS:
            return None
    end = m.end(1)
    if (stop := _SENTENCE_END.search(text, m.start(1), end)) is not None:
        end = stop.start()
    if not noun_phrase(text[m.start(1) : end]):
        # "said Air Chief Marshal Mark Binski of the Australian Defence Force": the name
        # before whom it serves; "asked Hernandez lawyer Charles Rankin about her …": before
        # what it was about.
        served = _AFFILIATION.search(text, m.start(1), end)
        if served is None or not noun_phrase(text[m.start(1) : served.start()]):
            return None  # "…, said Dadayev and two other suspects denied being involved"
        end = served.start()
    return m.start(1), end


_AFFILIATION = re.compile(
    r"\s+(?:(?:of|from|at|with)\s+(?:the\s+)?[A-Z]|(?:about|during|after|before|in|on|to|at)\s)"
)


def _as_noun(text: str, m: re.Match[str]) -> bool:
    """Return whether the report verb matched at ``m`` reads as a noun where it stands
    ("its profit forecast", "the average estimate of", "early estimates put")."""
    if m.group().lower() not in _NOUN_VERBS:
        return False
    before = _WORD.findall(text[: m.start()])
    after = _WORD.findall(text[m.end() : m.end() + 30])
    previous = text[: m.start()].rstrip()
    return (
        (bool(before) and before[-1].lower() in _NOUN_BEFORE)
        or bool(_POSSESSIVE_OR_NUMBER.search(previous))
        or (bool(after) and after[0].lower() in _NOUN_AFTER)
        or not previous
    )


def embedded(text: str, start: int) -> bool:
    """Return whether a report verb at ``start`` stands inside a relative clause, not the
    sentence's main clause ("rules they say threaten", "which Washington says could")."""
    head = text[:start].rstrip()
    return bool(_EMBEDDED_SUBJECT.search(head) or _IN_RELATIVE.search(head))


def speech_source(text: str, verbs: re.Pattern[str] = SPEECH) -> tuple[int, int] | None:
    """Return the span naming who speaks in ``text``, from its first report verb, or None.

    The source stands after an inverted verb ("…,” said X") or before the verb ("X said");
    "Y quoted X as saying" makes X the source. A word that reads as a noun there ("its
    forecast"), a verb inside a relative clause ("which officials say") or a writer's credit
    ("reported from Baghdad") reports no speech of the main clause.
    """
    if (quoted := _QUOTED_AS.search(text)) is not None:
        return quoted.span(1)
    found: list[tuple[re.Match[str], tuple[int, int]]] = []
    for m in verbs.finditer(text):
        credit = m.group() in _CREDIT_VERBS and _CREDIT_AFTER.match(text, m.end())
        if _PASSIVE_AFTER.match(text, m.end()) or credit:
            continue  # "the bases described by France": no report of speech
        if _as_noun(text, m):
            continue
        before = text[: m.start()].rstrip()
        span: tuple[int, int] | None = None
        # After a quotation blanked out, or after a comma: "…,” said X".
        follows = not before or before.endswith(("”", '"', ",")) or m.start() - len(before) > 3
        if embedded(text, m.start()) and not (follows and _source_after(text, m.end())):
            continue
        if follows and m.group() not in _NOT_INVERTED:
            span = _source_after(text, m.end())
            if span is None and not before.strip(' ,”"'):
                continue
        span = span or _source_before(text, m.start())
        if span is not None:
            found.append((m, span))
    if not found:
        return None
    # "…, and just two believed that …, Capt. Gary Pleasants told CNN.": a reporting clause
    # set off at the sentence's end is its main clause.
    last, span = found[-1]
    tail = _WORD.findall(text[last.end() :])
    # '…, Netanyahu said, he will …, he said': the name, not the pronoun taking it up.
    if (
        len(found) > 1
        and len(tail) <= _TAIL_WORDS
        and _PART_BREAK.search(text[: span[0]][-4:])
        and not _PRONOUN_LAST.fullmatch(text[span[0] : span[1]])
    ):
        return span
    return found[0][1]
