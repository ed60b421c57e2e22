"""Finding date phrases in a paragraph and resolving them to ISO values, then again against
another article date."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from briefwright.analysis.dates.phrases import Phrase, scan
from briefwright.analysis.dates.resolve import Resolved, value_span
from briefwright.analysis.dates.tense import Tense, looks_ahead, prospective, verb_group_for
from briefwright.analysis.sections.headings import Token
from briefwright.model.analysis import DateRef, When

# Words that say which way a phrase looks from the article date.
_PAST_WORDS = ("last", "ago", "yesterday", "previous", "past", "earlier")
_FUTURE_WORDS = ("next", "tomorrow", "coming", "following", "later")
_UNITS = frozenset(("week", "weekend", "month", "year"))
_FORWARD_PREPOSITIONS = frozenset(("by", "until", "till", "through", "from", "before"))
_UNTIL = frozenset(("by", "until", "till", "through"))
_PREPOSITION = re.compile(r"(\w+)\s+$")
# "as soon as Tuesday", "as early as next week": the earliest a thing to come may happen.
_EARLIEST = re.compile(r"\bas (?:soon|early) as\s+$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# A phrase that says it lies back ("last March", "earlier this month").
_PAST_MODIFIER = re.compile(r"(?:last|earlier|past|previous)\b", re.IGNORECASE)
_SINCE_AT_LEAST = re.compile(r"\b(since)\s+(?:at least|as early as|as long ago as)\s+$", re.I)
_EDGE_OF = re.compile(
    r"\b(by|until|till|before|from|since)\s+(?:the\s+)?(?:end|start|beginning|middle|close)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Context:
    """What the words before a phrase say: the ``preposition`` that governs it ("since", "by"
    …; "" for none) and, for "since X", where the period's words start."""

    preposition: str
    since_start: int | None


def find_dates(
    text: str, paragraph: int, base: date | None, tokens: Sequence[Token] | None = None
) -> list[DateRef]:
    """Return the date phrases of ``text`` (paragraph ``paragraph``) resolved against ``base``.

    The phrases are those :func:`scan` finds. With the paragraph's tagged ``tokens`` a phrase
    in a future-tense clause ("will vote on Wednesday") resolves forward from ``base`` and
    one in a past-tense clause backward; "by", "until" and "from" look forward unless the
    clause is in the past. "since X" is the period from X to ``base``. Each DateRef keeps the
    tense it was read with, so that :func:`redate_phrases` can resolve it again without the
    tokens. What cannot be resolved keeps the value None. Raises nothing.
    """
    refs: list[DateRef] = []
    for phrase in scan(text):
        context = _context(text, phrase)
        group = verb_group_for(tokens, phrase.start, phrase.end) if tokens else None
        tense: Tense = group.tense if group else ""
        reporting = bool(group and group.reporting)
        if reporting and tense == "present":
            tense = "past"
        if tense == "present" and group is not None and group.infinitive:
            # A bare infinitive has no tense of its own ("offers to acquire the maker Friday"),
            # but what one is expected or urged to do is still to come.
            tense = "future" if prospective(tokens or (), group) else ""
        if _POSSESSIVE.match(text, phrase.end):
            # "Tuesday's declaration", "December's figures": what the day or month names has
            # happened, unless the clause looks forward ("will be decided at Sunday's vote").
            if tense != "future":
                tense = "past"
        elif context.preposition == "since":
            tense = "past"
        elif (
            context.preposition in _FORWARD_PREPOSITIONS
            or _EARLIEST.search(text, max(0, phrase.start - 16), phrase.start)
        ) and (
            tense != "past"
            or (group is not None and group.perfect and context.preposition in _UNTIL)
        ):
            # A present perfect reaches up to now: what it runs "until" is still to come
            # ("has extended the loans through January").
            tense = "future"
        elif (
            tense != "future"
            and tokens
            and not _PAST_MODIFIER.match(text, phrase.start)
            and looks_ahead(tokens, group, phrase.start)
        ):
            # The date is of a thing still to come, whatever the clause's tense: "barred it
            # from collecting until a full hearing in January" (in November: next January),
            # "with a verdict due in June".
            tense = "future"
        refs.append(_date_ref(text, paragraph, phrase, context, tense, reporting, base))
    return refs


def redate_phrases(text: str, refs: Sequence[DateRef], base: date | None) -> list[DateRef]:
    """Return ``refs``, date phrases :func:`find_dates` found in ``text``, resolved against
    ``base`` with the tense each was read with: what :func:`find_dates` gives for ``base``,
    without the tagger.

    A ref that an earlier version of the finder cut differently ("last Oct." where "last
    Oct. 23" is read now, as a project file may keep it) is resolved from its own words.
    Raises ValueError naming the phrase when a ref is no date phrase of ``text`` (a ref of
    another paragraph or another text).
    """
    phrases: dict[tuple[int, int], tuple[Phrase, _Context]] = {}
    for phrase in scan(text):
        context = _context(text, phrase)
        start = phrase.start if context.since_start is None else context.since_start
        phrases[(start, phrase.end)] = (phrase, context)
    out: list[DateRef] = []
    for ref in refs:
        if text[ref.start : ref.end] != ref.text:
            raise ValueError(
                f"{ref.text!r} at {ref.start} of paragraph {ref.paragraph} is not in its text"
            )
        found = phrases.get((ref.start, ref.end))
        if found is not None:
            phrase, context = found
            out.append(
                _date_ref(text, ref.paragraph, phrase, context, ref.tense, ref.reported, base)
            )
        else:
            out.append(_redate_alone(ref, base))
    return out


def _redate_alone(ref: DateRef, base: date | None) -> DateRef:
    """Return ``ref`` resolved from its own words, its text read as a whole phrase.

    Raises ValueError when its words are no date phrase.
    """
    words = ref.text
    for phrase in scan(words):
        context = _context(words, phrase)
        start = phrase.start if context.since_start is None else context.since_start
        if (start, phrase.end) == (0, len(words)):
            alone = _date_ref(words, ref.paragraph, phrase, context, ref.tense, ref.reported, base)
            return dataclasses.replace(alone, start=ref.start, end=ref.end)
    raise ValueError(
        f"{ref.text!r} at {ref.start} of paragraph {ref.paragraph} is no date phrase of its text"
    )


def _context(text: str, phrase: Phrase) -> _Context:
    """Return the preposition before ``phrase`` and where "since X" starts."""
    start = phrase.start
    before = _PREPOSITION.search(text, max(0, start - 12), start)
    preposition = before.group(1).lower() if before else ""
    hedged = _SINCE_AT_LEAST.search(text, max(0, start - 30), start)
    if hedged is not None:
        # "since at least 2019" is the period since 2019.
        before, preposition = hedged, "since"
    edge = _EDGE_OF.search(text, max(0, start - 40), start)
    if edge is not None:
        # "by the end of January" looks forward as "by January" does.
        preposition, before = edge.group(1).lower(), None
    since = before.start(1) if preposition == "since" and before is not None else None
    return _Context(preposition, since)


def _date_ref(
    text: str,
    paragraph: int,
    phrase: Phrase,
    context: _Context,
    tense: When,
    reporting: bool,
    base: date | None,
) -> DateRef:
    """Return the DateRef of ``phrase`` read in a clause of ``tense``, resolved against ``base``."""
    value = phrase.resolve(base, tense)
    words = text[phrase.start : phrase.end]
    start = phrase.start
    unit = phrase.unit
    if context.preposition == "since" and context.since_start is not None:
        start = context.since_start
        value = _since(value, base)
        unit = "period"
    return DateRef(
        text[start : phrase.end],
        paragraph,
        start,
        phrase.end,
        value[0],
        value[1],
        _when(words, value, base, tense, context.preposition),
        reporting,
        tense,
        unit,
    )


def _since(value: Resolved, base: date | None) -> Resolved:
    """Return the period from a resolved value to ``base`` ("since March 2024"); a day or
    month without its year that resolved after ``base`` ("since year-end" in October) is
    the one a year before, as the period ends at ``base``."""
    if value[0] is None:
        return value
    first = value[0].partition("/")[0]
    span = value_span(first, _GRANULARITY_OF_SHAPE[first.count("-")])
    if base is not None and span is not None and span[0] > base:
        first = f"{int(first[:4]) - 1:04d}{first[4:]}"
    return f"{first}/{base.isoformat() if base else '..'}", "period"


# The granularity an ISO value's shape shows: 2024, 2024-03, 2024-03-01.
_GRANULARITY_OF_SHAPE = ("year", "month", "day")


def _when(phrase: str, value: Resolved, base: date | None, tense: Tense, prep: str) -> When:
    """Return where a phrase lies against the article date: past, present, future or ""."""
    words = phrase.lower().replace("-", " ").split()
    if any(w in _PAST_WORDS for w in words) or prep == "since":
        return "past"
    if any(w in _FUTURE_WORDS for w in words):
        return "future"
    if "this" in words and words[-1] in _UNITS:
        # "this month" holds the article date, known or not.
        return "present"
    span = value_span(value[0], value[1]) if value[0] and base else None
    if span is not None and base is not None:
        if span[0] <= base <= span[1] and value[1] != "day":
            return "present"
        if span[1] < base:
            return "past"
        if span[0] > base:
            return "future"
    if tense == "present":
        return "future" if value[1] == "day" else "present"
    return tense
