"""Timeline events: who did what on a date, cut short from the sentence that dates it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefwright.analysis.dates.tense import (
    VerbGroup,
    verb_group_for,
)
from briefwright.analysis.events.clauses import (
    SUBORDINATING,
    attributed_clause,
    bare_present_participle,
    fallback_phrase,
    leading_participle,
    simultaneous_main,
    states,
)
from briefwright.analysis.events.subjects import (
    SUBJECT_STOPS,
    after_relative_aside,
    clause_subject,
    describing_ing,
)
from briefwright.analysis.lexicon import words
from briefwright.analysis.penn import FINITE, VERBISH
from briefwright.analysis.sections.headings import Token
from briefwright.model.analysis import DateRef, Event
from briefwright.model.article import Article
from briefwright.model.calendar import TIMES_OF_DAY

MAX_OBJECT_TOKENS = 12
MAX_REPORTED_TOKENS = 16
# Granularities that name a span of time rather than the moment something happened.
_NOT_EVENTS = frozenset(("period", "decade"))
_OBJECT_STOPS = frozenset((",", ".", "?", "!", "(", ")", "--")) | SUBJECT_STOPS
_SUBORDINATORS = words("events.subordinators")
_DATE_PREPOSITIONS = words("events.date_prepositions")
_DANGLING_TAGS = frozenset(("IN", "DT", "CC", "TO", "PRP$", "POS", ",", "HYPH", "WDT", "MD"))
_SPACES = re.compile(r"\s+")
_SPAN_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+$")
_SPAN_AFTER = re.compile(r"\s*(?:to|until|till|through|and|-|–)\s*(?:\d|[A-Z][a-z]+\b)")


def build_events(
    article: Article, dates: Sequence[DateRef], tokens: Mapping[int, Sequence[Token]]
) -> tuple[Event, ...]:
    """Return the article's dated events in text order, one per dated clause of a sentence.

    A sentence's report date ("police said on Tuesday") gives an event only when the
    sentence dates nothing else; spans of time ("since 2021", "the 1990s") give none, nor
    does a date inside the words of an event already taken ("meet … to discuss deliveries
    for next year"). The event's text is a short phrase (see :func:`event_phrase`). Which
    dates give events depends on what each phrase names (its ``unit``), not on the article
    date, so that another article date changes only the events' dates. Raises nothing.
    """
    by_sentence: dict[tuple[int, int], list[DateRef]] = {}
    spans = _spans(article, dates)
    for d in dates:
        if d.unit in _NOT_EVENTS or (d.paragraph, d.start) in spans:
            continue
        para = article.paragraph(d.paragraph)
        index = next((i for i, s in enumerate(para.sentences) if s.start <= d.start < s.end), None)
        if index is not None:
            by_sentence.setdefault((d.paragraph, index), []).append(d)
    events: list[Event] = []
    for (pid, index), refs in sorted(by_sentence.items()):
        para = article.paragraph(pid)
        span = para.sentences[index]
        sentence = [t for t in tokens[pid] if span.start <= t.idx < span.end]
        own = [d for d in refs if not d.reported]
        found = _sentence_events(para.text, sentence, (span.start, span.end), own or refs[:1], refs)
        if not found and own and len(own) < len(refs):
            # The sentence's own dates tell no event ("told … on Thursday that 'this past
            # year has marked …'"): its report date gives the event.
            reported = [d for d in refs if d.reported][:1]
            found = _sentence_events(para.text, sentence, (span.start, span.end), reported, refs)
        events.extend(
            Event(text, pid, index, ref, upcoming=ref.when == "future") for text, ref in found
        )
    events.sort(key=lambda e: (e.paragraph, e.sentence, e.date.start))
    return tuple(events)


def _spans(article: Article, dates: Sequence[DateRef]) -> set[tuple[int, int]]:
    """Return (paragraph, start) of the dates that bound a span of time ("from 2001 to
    2005", "between Monday and Friday"): no moment something happened."""
    out: set[tuple[int, int]] = set()
    for d in dates:
        text = article.paragraph(d.paragraph).text
        after = _SPAN_AFTER.match(text, d.end)
        if after is None or not _SPAN_BEFORE.search(text, 0, d.start):
            continue
        out.add((d.paragraph, d.start))
        end = next(
            (e for e in dates if e.paragraph == d.paragraph and d.end < e.start <= after.end()),
            None,
        )
        if end is not None:
            out.add((end.paragraph, end.start))
    return out


def _sentence_events(
    text: str,
    sentence: Sequence[Token],
    span: tuple[int, int],
    candidates: Sequence[DateRef],
    refs: Sequence[DateRef],
) -> list[tuple[str, DateRef]]:
    """Return (event phrase, date) for each dated clause the ``candidates`` dates give,
    ``refs`` being all the sentence's dates."""
    grouped = [(d, verb_group_for(sentence, d.start, d.end)) for d in candidates]
    # Dates with a verb first; the most precise date of a clause stands for it ("rose
    # to their highest level this year on Tuesday": Tuesday).
    grouped.sort(key=lambda p: (p[1] is None, _PRECISION.get(p[0].unit, 9), p[0].start))
    covered: set[int] = set()
    groups: set[int] = set()
    found: list[tuple[str, DateRef]] = []
    for ref, group in grouped:
        first = next((i for i, t in enumerate(sentence) if t.idx >= ref.start), -1)
        if first in covered or (group is None and groups):
            continue
        key = group.start if group else -1
        if key in groups:
            continue
        others = [d for d in refs if d is not ref]
        cut = event_phrase(text, sentence, ref, group, span, others)
        if cut is None or cut[0].split()[0].lower() in _SPEAKER_PRONOUNS:
            # "We will vote …" is a speaker's own words, not an event told by the text.
            continue
        if not whole_clause(cut[0], sentence):
            continue
        groups.add(key)
        covered |= cut[1]
        found.append((cut[0], ref))
    return found


# A timeline row opens with who acts: never with a verb, an adverb, a preposition or a
# conjunction ("Died and 12 cases …", "Also not clear why …", "With many calling him …").
_NOT_OPENING = frozenset(
    (
        "VB",
        "VBD",
        "VBG",
        "VBN",
        "VBP",
        "VBZ",
        "MD",
        "RB",
        "RBR",
        "IN",
        "CC",
        "TO",
        "WP",
        "WRB",
        "WDT",
        "UH",
    )
)


def whole_clause(phrase: str, sentence: Sequence[Token]) -> bool:
    """Return whether an event's phrase reads as a clause with its subject: its first word is
    no verb, adverb, preposition or conjunction where the sentence has it, and it holds a
    finite verb of the sentence ("Three schoolgirls preparing to cross …" does not)."""
    words_ = [w.strip(',.;:…"“”()').lower() for w in phrase.split()]
    words_ = [w for w in words_ if w]
    if not words_:
        return False
    tags = {t.tag for t in sentence if t.lower_ == words_[0]}
    opening = bool(sentence) and sentence[0].lower_ == words_[0] and describing_ing(sentence, 0)
    if tags and tags <= _NOT_OPENING and not opening:
        return False
    present = set(words_)
    finite = {
        t.lower_
        for k, t in enumerate(sentence)
        if t.tag in FINITE
        or (t.tag == "VBN" and after_relative_aside(sentence, VerbGroup(k, k + 1, "past", False)))
    }
    return bool(present & finite) or bool(present & {"was", "were"})


_EDGES = ("end", "start", "beginning", "middle", "close")
_SPEAKER_PRONOUNS = frozenset(("i", "we", "you"))
_PRECISION = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


def event_phrase(
    text: str,
    sentence: Sequence[Token],
    ref: DateRef,
    group: VerbGroup | None,
    span: tuple[int, int],
    others: Sequence[DateRef] = (),
) -> tuple[str, set[int]] | None:
    """Return who did what, cut from the sentence (subject, verb group, object), and the
    tokens it covers; None for a purpose clause ("… to fund the government"), a view or a
    state (see :func:`states`), or a clause without an action verb.

    The date phrase itself is left out, and so are the sentence's ``others`` dates from the
    subject ("said on Monday it would …"); a date on the attribution ("…, police said on
    Tuesday") gives what was said. Falls back to the date's clause trimmed to a few words
    when that holds an action verb.
    """
    if group is not None and group.reporting:
        main = attributed_clause(sentence, group)
        if main is not None:
            group = main
    if group is None:
        return fallback_phrase(text, sentence, ref, span)
    group = leading_participle(sentence, group) or group
    skip = date_tokens(sentence, ref)
    ruling = simultaneous_main(sentence, group)
    if ruling is not None:
        group = ruling
    if states(sentence, group) or bare_present_participle(sentence, group):
        return None
    dated = skip.union(*(date_tokens(sentence, d) for d in others))
    subject = clause_subject(sentence, group, dated)
    if not subject and group.start > 0 and sentence[group.start - 1].tag == "TO":
        return None
    if subject and all(sentence[i].tag in ("DT", "PDT") for i in subject):
        # "this past year has marked …": the date is the subject; the clause tells no event.
        return None
    if not subject:
        # Who did it is not in the clause ("…, who has denied wrongdoing since May"): the
        # fallback names the antecedent, or there is no event.
        return fallback_phrase(text, sentence, ref, span)
    obj_end = object_end(sentence, group, skip)
    rest = [i for i in range(group.start, obj_end) if i not in skip]
    # "The contract signed in 2023": a participle that describes its noun tells a passive.
    link = passive_link(sentence, group, subject)
    parts = (text_of(text, sentence, subject), link, text_of(text, sentence, rest))
    phrase = _SPACES.sub(" ", " ".join(p for p in parts if p)).strip(" ,;:")
    if len(phrase.split()) < 2:
        return fallback_phrase(text, sentence, ref, span)
    return phrase[:1].upper() + phrase[1:], set(subject) | set(rest) | skip


def text_of(text: str, sentence: Sequence[Token], indices: Sequence[int]) -> str:
    """Return the words of the tokens at ``indices``, as written, runs joined by a space."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return " ".join(text[sentence[run[0]].idx : _end_of(sentence[run[-1]])] for run in runs)


def passive_link(sentence: Sequence[Token], group: VerbGroup, subject: Sequence[int]) -> str:
    """Return "was" or "were" when the group is a bare past participle right after the noun
    it describes ("the contract signed", "states hit by hurricanes"), else ""."""
    head = sentence[group.start]
    if head.tag != "VBN" or group.end - group.start != 1 or not subject:
        return ""
    gap = group.start - subject[-1]
    if not (gap == 1 or (gap == 2 and sentence[group.start - 1].text == ",")):
        return ""
    if not sentence[subject[-1]].tag.startswith("NN"):
        return ""
    if subject[0] > 0 and sentence[subject[0] - 1].lower_ in SUBORDINATING:
        return ""  # "Since the video surfaced": the clause's own verb, whatever its tag
    return "were" if sentence[subject[-1]].tag in ("NNS", "NNPS") else "was"


def _end_of(token: Token) -> int:
    """Return the character offset just after ``token``."""
    return token.idx + len(token.text)


def date_tokens(sentence: Sequence[Token], ref: DateRef) -> set[int]:
    """Return the indices of the date phrase's tokens and of the preposition before it; none
    when the date is a possessive ("last week's coup")."""
    inside = {i for i, t in enumerate(sentence) if ref.start <= t.idx < ref.end}
    if inside and max(inside) + 1 < len(sentence) and sentence[max(inside) + 1].tag == "POS":
        # "last week's coup": the date names the thing; the phrase keeps it as written.
        return set()
    if inside:
        # "early Sunday morning": the part of the day and its "early" or "late" go with it.
        after = max(inside) + 1
        if after < len(sentence) and sentence[after].lower_ in TIMES_OF_DAY:
            inside.add(after)
        if min(inside) > 0 and sentence[min(inside) - 1].lower_ in ("early", "late"):
            inside.add(min(inside) - 1)
        first = min(inside)
        if first > 0 and sentence[first - 1].lower_ in _DATE_PREPOSITIONS:
            first -= 1
            inside.add(first)
        # "until the end of next year": the whole stretch goes with the date.
        words = [t.lower_ for t in sentence[max(0, first - 3) : first]]
        if (
            first >= 3
            and words[1:] in (["the", e] for e in _EDGES)
            and words[0] in (_DATE_PREPOSITIONS | {"until", "by", "before"})
        ):
            inside |= {first - 3, first - 2, first - 1}
    return inside


def _aside_in_report(
    sentence: Sequence[Token], group: VerbGroup, comma: int, skip: set[int]
) -> bool:
    """Return whether the comma at ``comma`` closes an aside that opens what a report verb
    says ("said that other than that, police …"): "that" and no verb yet."""
    said = [i for i in range(group.end, comma) if i not in skip]
    return (
        group.reporting
        and bool(said)
        and sentence[said[0]].lower_ == "that"
        and not any(sentence[i].tag in VERBISH for i in said)
    )


def object_end(sentence: Sequence[Token], group: VerbGroup, skip: set[int], limit: int = 0) -> int:
    """Return the token index where the group's object ends (a clause break or ``limit``
    tokens; by default as many as an event takes).

    The date is stepped over when it follows the verb at once ("said on Monday it would …")
    and ends the object otherwise ("stormed a hotel … on Tuesday, killing …").
    """
    limit = limit or (MAX_REPORTED_TOKENS if group.reporting else MAX_OBJECT_TOKENS)
    end = group.end
    taken = 0
    # A participle's or a relative clause's object ends where the main clause's verb comes
    # ("supplies promised last month have not arrived", "those who arrived … came from …").
    participle = sentence[group.start].tag in ("VBN", "VBG") or (
        group.start > 0 and sentence[group.start - 1].tag in ("WP", "WDT")
    )
    while end < len(sentence) and taken < limit:
        if end in skip:
            if taken >= 3:
                break
            end += 1
            if end < len(sentence) and end not in skip and sentence[end].tag in ("CC", ","):
                break
            continue
        t = sentence[end]
        if participle and t.tag in FINITE:
            break
        if t.text == "," and _aside_in_report(sentence, group, end, skip):
            end += 1  # "said that other than that, police have little": the aside is crossed
            continue
        if t.text in _OBJECT_STOPS or (t.lower_ in _SUBORDINATORS and t.tag != "RB"):
            break
        nxt = sentence[end + 1] if end + 1 < len(sentence) else None
        if t.tag == "CC" and nxt is not None and (nxt.tag in VERBISH or nxt.lower_ == "that"):
            break
        end += 1
        taken += 1
    while end > group.end and (
        sentence[end - 1].tag in _DANGLING_TAGS
        or end - 1 in skip
        # "… a truck full of gold protected": a participle cut off from what it describes.
        or (
            end - 2 > group.end
            and sentence[end - 1].tag in ("VBN", "VBG")
            and sentence[end - 2].tag.startswith("NN")
        )
    ):
        end -= 1
    return end
