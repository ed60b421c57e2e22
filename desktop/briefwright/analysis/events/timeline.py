"""Timeline events: who did what on a date, cut short from the sentence that dates it."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefwright.analysis.dates.tense import (
    CLAUSE_OPENERS,
    VerbGroup,
    verb_group_for,
    verb_group_of,
)
from briefwright.analysis.events.clauses import (
    attributed_clause,
    bare_present_participle,
    fallback_phrase,
    simultaneous_main,
    states,
)
from briefwright.analysis.lexicon import words
from briefwright.analysis.penn import FINITE, VERBISH
from briefwright.analysis.sections.headings import Token
from briefwright.model.analysis import DateRef, Event
from briefwright.model.article import Article

MAX_SUBJECT_TOKENS = 10
MAX_OBJECT_TOKENS = 12
MAX_REPORTED_TOKENS = 16
# Granularities that name a span of time rather than the moment something happened.
_NOT_EVENTS = frozenset(("period", "decade"))
_SUBJECT_STOPS = frozenset((";", ":", "—", "–", '"', "“", "”"))
_OBJECT_STOPS = frozenset((",", ".", "?", "!", "(", ")")) | _SUBJECT_STOPS
_SUBORDINATORS = words("events.subordinators")
_NOUN_PHRASE = frozenset(("NN", "NNS", "NNP", "NNPS", "JJ", "DT", "CD", "POS", "HYPH", "PRP$"))
# What a noun phrase before a relative pronoun is made of ("the mayor of Paris, who …").
_ANTECEDENT = _NOUN_PHRASE | {"JJS", "NNP", "NNPS"}
_DATE_PREPOSITIONS = words("events.date_prepositions")
_DANGLING_TAGS = frozenset(("IN", "DT", "CC", "TO", "PRP$", "POS", ",", "HYPH", "WDT", "MD"))
_SPACES = re.compile(r"\s+")
_CLAUSE_PREPOSITIONS = frozenset(("before", "until", "till"))


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
    for d in dates:
        if d.unit in _NOT_EVENTS:
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
        own = [d for d in refs if not d.reported] or refs[:1]
        grouped = [(d, verb_group_for(sentence, d.start, d.end)) for d in own]
        # Dates with a verb first; the most precise date of a clause stands for it ("rose
        # to their highest level this year on Tuesday": Tuesday).
        grouped.sort(key=lambda p: (p[1] is None, _PRECISION.get(p[0].unit, 9), p[0].start))
        covered: set[int] = set()
        groups: set[int] = set()
        for ref, group in grouped:
            first = next((i for i, t in enumerate(sentence) if t.idx >= ref.start), -1)
            if first in covered or (group is None and groups):
                continue
            key = group.start if group else -1
            if key in groups:
                continue
            others = [d for d in refs if d is not ref]
            cut = event_phrase(para.text, sentence, ref, group, (span.start, span.end), others)
            if cut is None or cut[0].split()[0].lower() in _SPEAKER_PRONOUNS:
                # "We will vote …" is a speaker's own words, not an event told by the text.
                continue
            if not whole_clause(cut[0], sentence):
                continue
            groups.add(key)
            covered |= cut[1]
            events.append(Event(cut[0], pid, index, ref, upcoming=ref.when == "future"))
    events.sort(key=lambda e: (e.paragraph, e.sentence, e.date.start))
    return tuple(events)


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
    if tags and tags <= _NOT_OPENING:
        return False
    present = set(words_)
    return any(t.tag in FINITE and t.lower_ in present for t in sentence) or bool(
        present & {"was", "were"}
    )


_RELATIVES = frozenset(("who", "which", "that"))
_EDGES = ("end", "start", "beginning", "middle", "close")
# Tags that start what describes a subject's head noun ("… brokered by", "… in Jeddah").
_DESCRIBERS = frozenset(("VBN", "VBG", "IN", "WDT", "WP"))
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


def _is_stop(token: Token, in_date: bool = False) -> bool:
    """Return whether a subject cannot reach back over ``token`` (a date's words it can)."""
    if in_date:
        return False
    return (
        token.text in _SUBJECT_STOPS
        or (token.tag in VERBISH and token.tag != "VBN")
        or (token.lower_ == "that" and token.tag == "IN")
        or (token.lower_ in CLAUSE_OPENERS and token.tag in ("IN", "WRB", "WDT", "WP"))
        # "… people before the storm arrived": the clause of time has its own subject.
        or (token.lower_ in _CLAUSE_PREPOSITIONS and token.tag == "IN")
    )


def clause_subject(sentence: Sequence[Token], group: VerbGroup, skip: set[int]) -> list[int]:
    """Return the token indices of the group's subject, asides and the date left out."""
    head = sentence[group.start]
    before = sentence[group.start - 1] if group.start > 0 else None
    if before is not None and before.tag == "CC":
        # "… will fly home and is due to meet …": the subject of the verb before.
        previous = max(
            (i for i in range(group.start - 1) if sentence[i].tag.startswith(("VB", "MD"))),
            default=None,
        )
        if previous is None:
            return []
        return clause_subject(sentence, verb_group_of(sentence, previous), skip)
    if head.tag in ("VBG", "VBN") and before is not None:
        if before.text == "," and head.tag == "VBG":
            return []
        if before.tag.startswith("NN") or before.text == ",":
            # "states hit by hurricanes", "the first dam, completed in 2016": the noun the
            # participle describes.
            end = group.start - (1 if before.text == "," else 0)
            start = end
            while start > 0 and sentence[start - 1].tag in _NOUN_PHRASE:
                start -= 1
            return [i for i in range(start, end) if i not in skip]
    end = group.start
    if before is not None and before.lower_ in _RELATIVES and before.tag in ("WP", "WDT"):
        # "Vautrin, who took office …": the relative pronoun stands for the noun phrase
        # right before it ("approval from the European Parliament, which votes …").
        end -= 1
        if end > 0 and sentence[end - 1].text == ",":
            end -= 1
        start = end
        while start > 0 and (
            sentence[start - 1].tag in _ANTECEDENT or sentence[start - 1].lower_ == "of"
        ):
            start -= 1
        while start < end and sentence[start].lower_ == "of":
            start += 1
        if start < end:
            return [i for i in range(start, end) if i not in skip]
    while end > 0 and sentence[end - 1].text == ",":
        # "The talks, mediated by …, are due": the aside between commas is left out.
        end -= 1
        aside = max((i for i in range(end) if sentence[i].text == ","), default=None)
        if aside is None:
            break
        end = aside
    start = end
    while start > 0 and not _is_stop(sentence[start - 1], start - 1 in skip):
        start -= 1
    commas = [i for i in range(start, end) if sentence[i].text == ","]
    if commas:
        # "On Tuesday, gunmen …" / "In Paris, police …" / "…, and a budget": the subject
        # follows the comma.
        if sentence[start].tag == "IN" or start in skip or sentence[commas[-1] + 1].tag == "CC":
            start = commas[-1] + 1
        else:
            end = commas[0]
    while start < end and sentence[start].tag in ("CC", ",", "``", "''"):
        start += 1
    chosen = [i for i in range(start, end) if i not in skip]
    if len(chosen) > MAX_SUBJECT_TOKENS:
        # "Talks brokered by Saudi Arabia and … in Jeddah": the head before what describes it.
        cut = next((n for n, i in enumerate(chosen) if n and sentence[i].tag in _DESCRIBERS), None)
        chosen = chosen[:cut] if cut else chosen[-MAX_SUBJECT_TOKENS:]
    if len(chosen) == 1 and sentence[chosen[0]].tag == "PRP":
        return _with_speaker(sentence, chosen[0], skip) or chosen
    return chosen


def _with_speaker(sentence: Sequence[Token], pronoun: int, skip: set[int]) -> list[int]:
    """Return "Congo's army said it" for a pronoun right after a reporting verb, else []."""
    at = pronoun - 1
    if at >= 0 and sentence[at].lower_ == "that":
        at -= 1
    while at >= 0 and at in skip:
        at -= 1
    if at < 0 or sentence[at].tag not in VERBISH:
        return []
    speaker = verb_group_of(sentence, at)
    if not speaker.reporting:
        return []
    who = clause_subject(sentence, speaker, skip)
    if not who:
        return []
    return who + [i for i in range(speaker.start, pronoun + 1) if i not in skip]


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
        if t.text in _OBJECT_STOPS or (t.lower_ in _SUBORDINATORS and t.tag != "RB"):
            break
        nxt = sentence[end + 1] if end + 1 < len(sentence) else None
        if t.tag == "CC" and nxt is not None and (nxt.tag in VERBISH or nxt.lower_ == "that"):
            break
        end += 1
        taken += 1
    while end > group.end and (sentence[end - 1].tag in _DANGLING_TAGS or end - 1 in skip):
        end -= 1
    return end
