"""Where a sentence names who speaks: the subject of its report verb, trimmed to the name."""

from __future__ import annotations

import re

from briefwright.analysis import lexicon
from briefwright.analysis.statements.source_subject import (
    PART_BREAK,
    RELATIVE_WORDS,
    TIME_WORD,
    WORD,
    noun_phrase,
    parts_of,
    subject_of,
    trimmed,
)
from briefwright.analysis.weights import WEIGHTS

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
# A quotation before the verb, as written or blanked out ("…," Tuysuz reported from …).
_AFTER_QUOTE = frozenset({"reported", "posted"})
_QUOTE_BEFORE = re.compile(r"[,?!][”\"]|^\s{3,}")
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
_IN_RELATIVE = re.compile(
    r"(?:(?:^|,\s+)(?:" + RELATIVE_WORDS + r"|that)|\b(?:in|of|for|by|to|with|from|on|at) "
    r"(?:which|whom))\b[^,;]*$"
)
# "claimed responsibility", "described by": an act or a passive, no report of speech.
_PASSIVE_AFTER = re.compile(r"\s+(?:by|responsibility)\b")
# A second clause with a subject of its own: "… and he said".
_NEW_SUBJECT = re.compile(r"\b(?:and|but|so|while) (he|she|they|it|we)\s*$")
# The pronoun right before the verb speaks: 'Police have "several leads," he said'.
_PRONOUN_LAST = re.compile(r"(?<![\w’'-])(he|she|they|we|it)\s*$")
# A clause that ends in a verb and goes on with the subject of the report: "resigned but
# authorities said", "fled, and police said"; not a noun phrase ("the fire and civil defense
# official").
_JOINED_SUBJECT = re.compile(
    r"(?!(?:the|a|an|his|her|its|their)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+(?:and|but)\s+(\S.*)$"
)
# A verb of a finding in what looks like a source: no source, a clause.
_FINDING = re.compile(r"\b(?:indicates?|shows?|showed|suggests?|suggested|finds|found|reveals?)\b")
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
# Or a description in lower case that runs to the sentence's end, or to a clause on who it is
# ("…, said an activist, who asked not to be named"): "…, said police.", "…,
# said a spokesman for the governor."
_PLAIN_AFTER = re.compile(
    r"\s+((?!(?:that|it|he|she|they|we|this|there|so|on|in|at|by|to|with|of|for)\b)"
    r"[a-z][\w’'-]*(?:\s+[\w’'.-]+){0,10}?)\s*(?:,\s+who\b[^.!?]*)?(?:[.!?]\s*$|$)"
)
# The head of such a description: who may speak ("police", "a spokesman for …"), never a
# clause's ("…, said the mayor's apology didn't go far enough").
_PLAIN_HEADS = (
    lexicon.words("statements.organisation_heads")
    | lexicon.words("statements.person_heads")
    | lexicon.words("statements.person_nouns")
    | frozenset(
        [
            "police", "authorities", "witnesses", "residents", "sources", "officials",
            "investigators", "prosecutors", "analysts", "experts", "doctors", "rescuers",
            "officers", "troops", "activists", "lawyers", "family", "relatives", "staff",
        ]
    )
)
# A full stop after an abbreviation ("Dr.", "Gov.", "U.S.") ends no sentence.
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(a)})" for a in lexicon.items("statements.abbreviations"))
_SENTENCE_END = re.compile(_NOT_AFTER + r"\.(?:\s.*)?$")
_QUOTED_AS = re.compile(
    r"\b(?:quoted|cited) ((?:the |a |an )?(?:[\w’'.-]+ ){0,4}[\w’'.-]+) as saying\b"
)


# The most words after a reporting verb that still leave its clause at the sentence's end.
_TAIL_WORDS = 8



def _source_before(text: str, verb: int) -> tuple[int, int] | None:
    """Return the span of the source named before the speech verb at ``verb``, or None.

    The source is the clause's subject (see :func:`subject_of`): the words after the last
    comma ("…, the airline said"), or a name with its appositive ("France, the former
    colonial power, said"), asides left out ("Klopp, who will leave the club, said"); without
    the words around it that are not its name (see :func:`trimmed`); a pronoun right before
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
    parts = parts_of(text, end)
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
        start, end = subject_of(text, parts)
    if _FINDING.search(text, start, end):
        return None  # "a poll from Panels Politics indicates 53% of Israelis believe"
    if (pronoun := _NEW_SUBJECT.search(text, start, end)) is not None:
        start = pronoun.start(1)  # "… visited the dam and he said": he speaks
    start, end = trimmed(text, start, end)
    while start < end and not text[start].isalnum():
        start += 1
    if start >= end or len(WORD.findall(text[start:end])) > WEIGHTS.source_words:
        return None
    return start, end


def _source_after(text: str, verb_end: int) -> tuple[int, int] | None:
    """Return the span of the source named after an inverted verb ("…,” said X, a waitress")."""
    m = (
        _NAME_AFTER.match(text, verb_end)
        or _ROLE_NAME_AFTER.match(text, verb_end)
        or _PLAIN_AFTER.match(text, verb_end)
    )
    if m is None or TIME_WORD.match(m.group(1)):
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
    before = WORD.findall(text[: m.start()])
    after = WORD.findall(text[m.end() : m.end() + 30])
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
        before = text[: m.start()].rstrip()
        # After a quotation blanked out, or after a comma: "…,” said X".
        follows = not before or before.endswith(("”", '"', ",")) or m.start() - len(before) > 3
        # After a quotation the words are the speaker's ("…," Tuysuz reported from Istanbul).
        credit = (
            m.group() in _CREDIT_VERBS
            and _CREDIT_AFTER.match(text, m.end())
            and not (follows or _QUOTE_BEFORE.search(text[: m.start()]))
        )
        # "reported", "posted" report speech only after the quotation ('"…" the family
        # posted'), not in "rapes that are even reported" or "the file, posted online".
        if (
            verbs is not SPEECH
            and m.group() in _AFTER_QUOTE
            and not SPEECH.match(text, m.start())
            and not _QUOTE_BEFORE.search(text[: m.start()])
        ):
            continue
        if _PASSIVE_AFTER.match(text, m.end()) or credit:
            continue  # "the bases described by France": no report of speech
        if _as_noun(text, m):
            continue
        span: tuple[int, int] | None = None
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
    tail = WORD.findall(text[last.end() :])
    # '…, Netanyahu said, he will …, he said': the name, not the pronoun taking it up.
    if (
        len(found) > 1
        and len(tail) <= _TAIL_WORDS
        and PART_BREAK.search(text[: span[0]][-4:])
        and not _PRONOUN_LAST.fullmatch(text[span[0] : span[1]])
    ):
        return span
    return found[0][1]
