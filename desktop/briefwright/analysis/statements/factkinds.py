"""What a sentence is: a reported fact, a quote, an attributed claim, commentary or an assessment.

The kinds (``FactKind``):

- ``fact``: what happened or is, as the article reports it ("Maersk raised its forecast").
- ``quote``: direct speech in quotation marks ("'We will vote for the motion,' she said").
- ``claim``: what a named or described source says, in indirect speech ("the group said it had
  killed more than 70", "according to police").
- ``commentary``: a view rather than news: an analyst's, economist's or observer's opinion
  ("Analysts say …", "is seen as a test"), or the writer's reflection on the news.
- ``assessment``: estimative language ("likely", "may", "could", "expected to"), the
  article's own or a commentator's ("Analysts say the ruling party is likely to lose its
  majority": an attributed assessment, with its speaker).
- ``caveat``: the report's own warning that what it carries is not verified ("Reuters could
  not independently verify the reports", "The video's authenticity could not be confirmed").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefwright.analysis import lexicon
from briefwright.analysis.statements.sources import (
    QUOTE_VERBS,
    RELATIVE_WORDS,
    SPEECH,
    embedded,
    noun_phrase,
    speech_source,
)
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import FactKind

_VIEW = re.compile(r"\b" + lexicon.alternatives("statements.view_verbs") + r"\b")
_COMMENTATORS = lexicon.words("statements.commentators")
_COMMENTARY = lexicon.cue_pattern("statements.commentary_cues", ignore_case=True)
_ESTIMATIVE = lexicon.cue_pattern("statements.estimative_cues")
# "Markets had expected", "higher than expected", "than analysts had forecast", "as
# anticipated", "better-than-expected": a comparison with a past expectation is no estimate.
_PAST_EXPECTATION = re.compile(
    r"\b(?:had|than(?: \w+){0,2}|as)[ -](?:expected|forecast|anticipated|predicted)\b"
    # "could not confirm", "could not be reached": what someone was unable to do, no estimate
    r"|\bcould(?: not|n['’]t) (?:be )?(?:independently |immediately )?(?:verif|confirm|reach|"
    r"find|identif|determin|locat|establish|say|explain|comment)\w*"
)
_TRAILING = re.compile(r",\s+" + lexicon.alternatives("statements.trailing_participles") + r"\b")
_ACCORDING = re.compile(
    r"\b[Aa]ccording to (?P<src>(?:[^,.;]|(?<=\b[A-Z])\.|(?<=\bSt)\.|(?<=\bDr)\.)+)"
)
# "… in Greenville" after a name: where the source is, no part of who it is.
_IN_PLACE = re.compile(r"\s+in\s+(?=[A-Z])")
_NAMED_BY = frozenset(["newspaper", "affiliate", "station", "magazine"])
_GENERIC_OPENING = re.compile(
    r"^(?:This|These|Such) (?:shift|development|move|situation|trend|episode|turn|change|"
    r"events?|dynamic|sentiment)s?\b"
)
_SHOWS = re.compile(r"\b(?:shows?|suggests?)\b")
_CAVEAT = lexicon.cue_pattern("statements.caveat_cues", ignore_case=True)
_OUTLETS = lexicon.words("statements.news_outlets")
# Non-restrictive relative clauses and appositives with a relative clause, each up to the
# next comma: their modal verbs say nothing of the main clause.
_SUBORDINATE = re.compile(
    r",\s+(?:(?:a|an|the|one)\s+(?P<noun>(?:[\w'’-]+\s+){1,4}?)(?:that|which|who)|"
    + RELATIVE_WORDS
    + r")\b[^,;]*"
)
# A participial clause after a comma ("…, raising expectations that rates may fall").
_PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\b[^,;]*")
_QUOTED = re.compile(r"[“\"]([^”\"]+)[”\"]")
_SPEECH_END = re.compile(QUOTE_VERBS.pattern + r"(?: \w+)?$")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


@dataclass(frozen=True)
class Statement:
    """A sentence's kind and where in it the source is named (``[start, end)``, or None)."""

    kind: FactKind
    source: tuple[int, int] | None = None


def _unclosed(sentence: str) -> tuple[int, int] | None:
    """Return the span of a quotation ``sentence`` opens without closing or closes without
    opening ('… it paid off," he said.'), or None when its marks pair up."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    marks = [k for k, ch in enumerate(text) if ch in '“”"']
    if len(marks) != 1:
        return None
    mark = marks[0]
    # A straight mark opens where a word follows it and none stands right before it.
    opens = text[mark] == "“" or (
        text[mark] == '"'
        and text[mark + 1 : mark + 2].strip() != ""
        and text[mark - 1 : mark].strip() in ("", ":", "(")
    )
    if not opens:
        return 0, mark + 1
    # Speech opens the sentence or follows its report ("Olympus wrote: “…"); a mark left
    # open elsewhere ('The "Dragoon Ride convoy') is a stray one.
    before = text[:mark].rstrip()
    if before and not before.endswith((":", ",")) and not _SPEECH_END.search(before):
        return None
    return mark, len(text)


def _quoted_words(sentence: str) -> int:
    """Return how many words the longest stretch of direct speech in ``sentence`` holds.

    A sentence that opens a quotation without closing it (or closes one it did not open)
    continues a longer quotation: the whole stretch counts.
    """
    counts = [len(_WORD.findall(m.group(1))) for m in _QUOTED.finditer(sentence)]
    if (span := _unclosed(sentence)) is not None:
        counts.append(len(_WORD.findall(sentence[span[0] : span[1]])))
    return max(counts, default=0)


def _outside_quotes(sentence: str) -> str:
    """Return ``sentence`` with its quoted words blanked out (offsets kept), the words of a
    quotation it goes on with or leaves open too."""
    text = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    if (span := _unclosed(sentence)) is not None:
        text = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]
    return text


# Scholars of a field ("seismologists", "volcanologists") give views as commentators do.
_FIELD_SCHOLARS = re.compile(r"[a-z]ologists?$")


def _is_commentator(text: str) -> bool:
    """Return whether a source description names commentators ("Analysts at JPMorgan",
    "Seismologists"); a scholar named by name reports what the work found ("lead
    archeologist Isabelle Abadie told BFM-TV")."""
    words = _WORD.findall(text)
    named = re.search(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+", text) is not None
    return any(
        w.lower() in _COMMENTATORS or (not named and _FIELD_SCHOLARS.search(w.lower()))
        for w in words
    )


def _main_clause(sentence: str) -> str:
    """Return ``sentence`` up to a participle that ends its main clause (", saying …"), or
    whole when the participle's phrase is an aside before the verb ("X, citing Y, said")."""
    m = _TRAILING.search(sentence)
    if m is None:
        return sentence
    comma = sentence.find(",", m.end())
    if comma >= 0 and SPEECH.match(sentence, comma + 1 + _spaces(sentence, comma + 1)):
        return sentence
    return sentence[: m.start()]


def _spaces(text: str, at: int) -> int:
    """Return how many spaces stand at ``at`` in ``text``."""
    return len(text[at:]) - len(text[at:].lstrip(" "))


def _caveat(main: str) -> bool:
    """Return whether ``main`` is the report's own caveat: what it carries cannot be verified,
    said by the outlet ("Reuters could not independently verify the reports", "We have not
    confirmed …") or without a subject ("The video could not be authenticated"), not of
    another actor ("Police could not confirm the victim's identity")."""
    m = _CAVEAT.search(main)
    if m is None:
        return False
    if re.search(r"\bbe(?:en)?\b|\bpossible\b|\bnothing\b|clear\b|known\b", m.group()):
        return True
    subject = _WORD.findall(main[: m.start()])
    return bool(subject) and (
        subject[-1] in _OUTLETS or subject[-1].lower() == "we" or " ".join(subject[-2:]) in _OUTLETS
    )


def _according(text: str) -> tuple[int, int] | None:
    """Return the span of the source in "according to X", unless the phrase stands inside a
    relative clause ("the rebels, who are backed … according to UN experts")."""
    m = _ACCORDING.search(text)
    if m is None or embedded(text, m.start()):
        return None
    start, end = m.span("src")
    # "according to CNN affiliate WHNS in Greenville": the place is where it is, no part of
    # who it is.
    where = _IN_PLACE.search(text, start, end)
    if where is not None:
        before = text[start : where.start()].split()
        if before and (before[-1][:1].isupper() or before[-1] in _NAMED_BY):
            return start, where.start()
    return start, end


def continued_statement(sentence: str) -> Statement:
    """Return what ``sentence`` is when it stands inside a quotation an earlier sentence
    opened: a quote, whose source is named only after the mark that closes it ('… part of
    life," he said'); the words before that mark are speech, not a report of it."""
    close = max(sentence.find("”"), sentence.find('"'))
    if close < 0:
        return Statement("quote")
    rest = " " * (close + 1) + sentence[close + 1 :]
    return Statement("quote", speech_source(rest, QUOTE_VERBS))


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
        outside = _outside_quotes(sentence)
        source = speech_source(outside, QUOTE_VERBS) or _according(outside)
        # Two quoted words make a quote only as the sentence's opening ("“We lost everything,”
        # she said"); inside a report they are a phrase it cites ("killed 30 “apostates”").
        if quoted >= 4 or (source is not None and sentence.lstrip()[:1] in '“"'):
            return Statement("quote", source)
    main = _outside_quotes(_main_clause(sentence))
    source = speech_source(main) or _according(main)
    if source is not None:
        kind: FactKind = "claim"
        if _is_commentator(main[source[0] : source[1]]):
            # A commentator's estimate is an assessment; a view without one, commentary.
            kind = "assessment" if estimative(sentence) else "commentary"
        return Statement(kind, source)
    if _caveat(main):
        return Statement("caveat")
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
    if noun is not None and not noun_phrase(noun):
        return m.group()
    return " " * len(m.group())


def estimative(sentence: str) -> bool:
    """Return whether the main clause of ``sentence`` holds estimative language.

    Modal words in an appositive or a non-restrictive relative clause ("…, a move that could
    topple the government", "…, which may take weeks") or in a participial clause after a
    comma ("…, raising expectations that rates may fall") do not count.
    """
    main = _outside_quotes(_main_clause(sentence))
    main = _SUBORDINATE.sub(_blank_subordinate, main)
    main = _PARTICIPLE_CLAUSE.sub(lambda m: " " * len(m.group()), main)
    return bool(_ESTIMATIVE.search(_PAST_EXPECTATION.sub(" ", main)))


def fact_kind(sentence: str) -> FactKind:
    """Return the kind a sentence ranks as when facts are selected: a quote, or a claim of
    what happened, ranks with facts (what someone said is news); a claim of what may happen
    ("the US warned that aid could be suspended") with assessments; a caveat with
    commentary, never ticked on its own (it qualifies the claims around it); commentary and
    assessments as themselves."""
    kind = statement(sentence).kind
    if kind == "claim":
        return "assessment" if estimative(sentence) else "fact"
    if kind == "caveat":
        return "commentary"
    return "fact" if kind == "quote" else kind
