"""What a sentence is: a reported fact, a quote, an attributed claim, commentary or an assessment.

The kinds (``FactKind``):

- ``fact``: what happened or is, as the article reports it ("Maersk raised its forecast").
- ``quote``: direct speech in quotation marks ("'We will vote for the motion,' she said").
- ``claim``: what a named or described source says, in indirect speech ("the group said it had
  killed more than 70", "according to police").
- ``commentary``: a view rather than news: an analyst's, economist's or observer's opinion
  ("Analysts say …", "is seen as a test"), or the writer's reflection on the news.
- ``assessment``: estimative language not attributed to anyone ("likely", "may", "could",
  "expected to").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import FactKind

_SPEECH = re.compile(r"\b" + lexicon.alternatives("statements.speech_verbs") + r"\b")
_QUOTE_VERBS = re.compile(
    r"\b" + lexicon.alternatives("statements.speech_verbs", "statements.quote_verbs") + r"\b"
)
_VIEW = re.compile(r"\b" + lexicon.alternatives("statements.view_verbs") + r"\b")
_COMMENTATORS = lexicon.words("statements.commentators")
_COMMENTARY = lexicon.cue_pattern("statements.commentary_cues", ignore_case=True)
_ESTIMATIVE = lexicon.cue_pattern("statements.estimative_cues")
# "Markets had expected", "higher than expected", "than analysts had forecast", "as
# anticipated", "better-than-expected": a comparison with a past expectation is no estimate.
_PAST_EXPECTATION = re.compile(
    r"\b(?:had|than(?: \w+){0,2}|as)[ -](?:expected|forecast|anticipated|predicted)\b"
)
_TRAILING = re.compile(r",\s+" + lexicon.alternatives("statements.trailing_participles") + r"\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<src>[^,.;]+)")
_GENERIC_OPENING = re.compile(
    r"^(?:This|These|Such) (?:shift|development|move|situation|trend|episode|turn|change|"
    r"events?|dynamic|sentiment)s?\b"
)
_SHOWS = re.compile(r"\b(?:shows?|suggests?)\b")
# A verb that is no report of speech where it stands: "an estimated 2,000", "was described".
_NOT_SPEECH_BEFORE = re.compile(
    r"(?:\b(?:an|the|is|are|was|were|been|be|being|to|who|which|that|not|never)|n['’]t|[“\"(])\s*$",
    re.IGNORECASE,
)
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
_RELATIVE_WORDS = lexicon.alternatives("statements.relative_words")
_IN_RELATIVE = re.compile(r"(?:^|,\s+)(?:" + _RELATIVE_WORDS + r"|that)\b[^,;]*$")
# Non-restrictive relative clauses and appositives with a relative clause, each up to the
# next comma: their modal verbs say nothing of the main clause.
_SUBORDINATE = re.compile(
    r",\s+(?:(?:a|an|the|one)\s+(?P<noun>(?:[\w'’-]+\s+){1,4}?)(?:that|which|who)|"
    + _RELATIVE_WORDS
    + r")\b[^,;]*"
)
# A participial clause after a comma ("…, raising expectations that rates may fall").
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b[^,;]*")
# A second clause with a subject of its own: "… and he said".
_NEW_SUBJECT = re.compile(r"\b(?:and|but|so|while) (he|she|they|it|we)\s*$")
_CLAUSE_VERBS = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "said",
        "says",
        "may",
        "might",
        "could",
        "can",
        "should",
        "must",
        "does",
        "did",
    }
)
_RELATIVE = re.compile(r"(?:who|which|whose|where|when)\b")
# "claimed responsibility", "described by": an act or a passive, no report of speech.
_PASSIVE_AFTER = re.compile(r"\s+(?:by|responsibility)\b")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Statement:
    """A sentence's kind and where in it the source is named (``[start, end)``, or None)."""

    kind: FactKind
    source: tuple[int, int] | None = None


def _quoted_words(sentence: str) -> int:
    """Return how many words the longest stretch of direct speech in ``sentence`` holds.

    A sentence that opens a quotation without closing it (or closes one it did not open)
    continues a longer quotation: the whole stretch counts.
    """
    counts = [len(_WORD.findall(m.group(1))) for m in _QUOTED.finditer(sentence)]
    opens = sentence.count("“") + sentence.count('"') % 2
    closes = sentence.count("”")
    stripped = sentence.lstrip()
    if stripped[:1] in '“"' and not _QUOTED.match(stripped):
        counts.append(len(_WORD.findall(stripped)))
    elif closes > sentence.count("“") and opens == 0:
        counts.append(len(_WORD.findall(sentence[: sentence.rfind("”")])))
    return max(counts, default=0)


def _outside_quotes(sentence: str) -> str:
    """Return ``sentence`` with its quoted words blanked out (offsets kept)."""
    return _QUOTED.sub(lambda m: " " * len(m.group()), sentence)


def _noun_phrase(text: str) -> bool:
    """Return whether ``text`` reads as a short name or description, not a clause."""
    words = _WORD.findall(text)
    return 0 < len(words) <= 7 and not any(
        w in _CLAUSE_VERBS or (w.endswith("ed") and w.islower()) for w in words
    )


def _source_before(text: str, verb: int) -> tuple[int, int] | None:
    """Return the span of the source named before the speech verb at ``verb``, or None.

    The source is the clause's subject: the words after the last comma ("…, the airline
    said"), or a subject with its appositive ("France, the former colonial power, said"), a
    relative clause left out ("Klopp, who will leave the club, said").
    """
    head = text[:verb]
    if _NOT_SPEECH_BEFORE.search(head):
        return None
    end = len(head.rstrip(" ,"))
    parts = text[:end].split(", ")
    start = end - len(parts[-1])
    if len(parts) > 1 and re.search(r"\b(?:and|but)$", parts[-1]):
        # "X, led by Y, won 75 seats and said": the subject of the first verb speaks.
        start, end = 0, end - len(parts[-1]) - 2
    elif len(parts) == 2 and _noun_phrase(parts[0]):
        start = 0
        if _RELATIVE.match(parts[1]):
            end = len(parts[0])
    if (pronoun := _NEW_SUBJECT.search(text, start, end)) is not None:
        start = pronoun.start(1)  # "… visited the dam and he said": he speaks
    while start < end and not text[start].isalnum():
        start += 1
    if start >= end or len(_WORD.findall(text[start:end])) > WEIGHTS.source_words:
        return None
    return start, end


# An inverted source runs to the next comma: "said Dortmund coach Edin Terzic, who …".
_NAME_AFTER = re.compile(r"\s+([A-Z][^,;:!?“”\"]*[\w.])")
_SENTENCE_END = re.compile(r"(?<!\bJr)(?<!\bSr)\.(?:\s.*)?$")


def _source_after(text: str, verb_end: int) -> tuple[int, int] | None:
    """Return the span of the source named after an inverted verb ("…,” said X, a waitress")."""
    m = _NAME_AFTER.match(text, verb_end)
    if m is None:
        return None
    end = m.end(1)
    if (stop := _SENTENCE_END.search(text, m.start(1), end)) is not None:
        end = stop.start()
    return m.start(1), end


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


def _embedded(text: str, start: int) -> bool:
    """Return whether a report verb at ``start`` stands inside a relative clause, not the
    sentence's main clause ("rules they say threaten", "which Washington says could")."""
    head = text[:start].rstrip()
    return bool(_EMBEDDED_SUBJECT.search(head) or _IN_RELATIVE.search(head))


def _speech_source(text: str, verbs: re.Pattern[str] = _SPEECH) -> tuple[int, int] | None:
    """Return the span naming who speaks in ``text``, from its first report verb, or None.

    The source stands after an inverted verb ("…,” said X") or before the verb ("X said").
    A word that reads as a noun there ("its forecast") or a verb inside a relative clause
    ("which officials say") reports no speech of the main clause.
    """
    for m in verbs.finditer(text):
        if _PASSIVE_AFTER.match(text, m.end()):
            continue  # "the bases described by France": no report of speech
        if _as_noun(text, m) or _embedded(text, m.start()):
            continue
        before = text[: m.start()].rstrip()
        if not before or before.endswith(("”", '"', ",")):
            after = _source_after(text, m.end())
            if after is not None:
                return after
            if not before.strip(' ,”"'):
                continue
        span = _source_before(text, m.start())
        if span is not None:
            return span
    return None


# Scholars of a field ("seismologists", "volcanologists") give views as commentators do.
_FIELD_SCHOLARS = re.compile(r"[a-z]ologists?$")


def _is_commentator(text: str) -> bool:
    """Return whether a source description names commentators ("Analysts at JPMorgan",
    "Seismologists")."""
    return any(
        w.lower() in _COMMENTATORS or _FIELD_SCHOLARS.search(w.lower()) for w in _WORD.findall(text)
    )


def statement(sentence: str) -> Statement:
    """Return what ``sentence`` is (see the module's kinds) and where its source is named.

    Direct speech of four words or more (two with a report verb: "'We lost everything,' she
    said") makes a quote; a report verb governing the main
    clause ("X said …", "…, X said", "according to X") a claim, or commentary when the
    source is a commentator; then reflective phrases make commentary and estimative words
    an assessment. Words after ", saying" do not decide the kind.
    """
    quoted = _quoted_words(sentence)
    if quoted >= 2:
        source = _speech_source(_outside_quotes(sentence), _QUOTE_VERBS)
        # Two quoted words make a quote only as the sentence's opening ("“We lost everything,”
        # she said"); inside a report they are a phrase it cites ("killed 30 “apostates”").
        if quoted >= 4 or (source is not None and sentence.lstrip()[:1] in '“"'):
            return Statement("quote", source)
    main = sentence[: m.start()] if (m := _TRAILING.search(sentence)) else sentence
    main = _outside_quotes(main)
    source = _speech_source(main)
    if (
        source is None
        and (acc := _ACCORDING.search(main))
        and not _embedded(main, acc.start())  # "the rebels, who are backed … according to"
    ):
        source = acc.span("src")
    if source is not None:
        kind: FactKind = "commentary" if _is_commentator(main[source[0] : source[1]]) else "claim"
        return Statement(kind, source)
    view = _VIEW.search(main)
    if view is not None:
        subject = main[: view.start()]
        if _is_commentator(subject) and len(_WORD.findall(subject)) <= WEIGHTS.source_words:
            return Statement("commentary", (0, len(subject.rstrip())))
    if _COMMENTARY.search(main) or (_GENERIC_OPENING.match(main) and _SHOWS.search(main)):
        return Statement("commentary")
    if estimative(sentence):
        return Statement("assessment")
    return Statement("fact")


def _blank_subordinate(m: re.Match[str]) -> str:
    """Return a relative clause or an appositive blanked out; an apparent appositive that is
    a clause of its own ("…, the US has warned that …") stays."""
    noun = m.group("noun")
    if noun is not None and not _noun_phrase(noun):
        return m.group()
    return " " * len(m.group())


def estimative(sentence: str) -> bool:
    """Return whether the main clause of ``sentence`` holds estimative language.

    Modal words in an appositive or a non-restrictive relative clause ("…, a move that could
    topple the government", "…, which may take weeks") or in a participial clause after a
    comma ("…, raising expectations that rates may fall") do not count.
    """
    main = sentence[: m.start()] if (m := _TRAILING.search(sentence)) else sentence
    main = _outside_quotes(main)
    main = _SUBORDINATE.sub(_blank_subordinate, main)
    main = _PARTICIPLE_CLAUSE.sub(lambda m: " " * len(m.group()), main)
    return bool(_ESTIMATIVE.search(_PAST_EXPECTATION.sub(" ", main)))


def fact_kind(sentence: str) -> FactKind:
    """Return the kind a sentence ranks as when facts are selected: a quote, or a claim of
    what happened, ranks with facts (what someone said is news); a claim of what may happen
    ("the US warned that aid could be suspended") with assessments; commentary and
    assessments as themselves."""
    kind = statement(sentence).kind
    if kind == "claim":
        return "assessment" if estimative(sentence) else "fact"
    return "fact" if kind == "quote" else kind
