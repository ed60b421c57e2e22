"""The subject line: who did what, where, in one line from the article's lede or headline.

The lede is the first sentence of the lead paragraph. Its main clause gives the line: the
subject as written, the verb group as written (tense and aspect kept: the article's words,
no inflection guessed, a plan stays a plan), and the object up to a clause break, cut only
where a phrase is whole. Dates, asides in brackets, attributions ("officials said"),
leading connectives and a leading subordinate clause are left out. A place the lede or the
dateline gives is added when the line names none. When the main clause has no concrete
actor (a pronoun, "This decision", a cause such as "The upheaval has led to …"), a real
headline that names an event stands instead, else the lede's event phrase ("Partial
evacuation of the US Embassy in Niger").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath

from briefwright.analysis import lexicon
from briefwright.analysis.events import clause_subject, date_tokens, object_end, text_of
from briefwright.analysis.headings import TOPIC_LABELS, prefer_acronyms, short_name, tidy_heading
from briefwright.analysis.phrases import EVENT_NOUNS, Token, event_phrases
from briefwright.analysis.tense import CLAUSE_OPENERS, REPORTING_VERBS, VerbGroup, verb_group_of
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, DateRef, Entity
from briefwright.model.article import Article

_ANAPHORIC_HEADS = lexicon.words("subject.anaphoric_heads")
_CAUSAL = lexicon.words("subject.causal_verbs")
_LOCATIVE = lexicon.words("subject.locative_prepositions")
_LEADING = lexicon.words("subject.leading_phrases")
_PLACE_NOUNS = lexicon.words("subject.place_nouns")
_PREPOSITIONS = lexicon.words("headings.prepositions")
_SUBORDINATORS = lexicon.words("events.subordinators") | CLAUSE_OPENERS
_TIMES_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "overnight"))
_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "it", "they", "this", "that", "there"))
_DEMONSTRATIVES = frozenset(("this", "that", "these", "those"))
_FINITE = frozenset(("MD", "VBD", "VBZ", "VBP"))
_RELATIVE = frozenset(("WDT", "WP", "WP$"))
_COMPLEMENTISERS = frozenset(("that", "whether", "if"))
# What opens a clause inside an object before its verb ("a fine he had imposed").
_CLAUSE_OPENING = frozenset(("PRP", "MD", "VBD", "VBZ", "VBP", "RB", "WDT", "WP"))
_DASHES = frozenset(("-", "--", "—", "–"))
# Tags a phrase may not end on: a word whose noun or clause is missing.
DANGLING = frozenset(("DT", "IN", "CC", "TO", "POS", "PRP$", "WDT", "WP", "WP$", "MD", ",", "HYPH"))
# Tags that carry a noun phrase on: the phrase is not whole before them.
_NOUN_GOES_ON = frozenset(("NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD"))
# The longest aside between dashes left out of a subject line.
_MAX_ASIDE = 16
# How far into the lede a leading phrase's comma may stand.
_LEADING_REACH = 20
# How many sentences from the article's start may give a clause when the lede gives none.
_LATER_SENTENCES = 3
_SPACES = re.compile(r"\s+")
# The pieces of a score ("2-1", "7-6(4) 6-3").
_SCORE_PIECE = re.compile(r"[\d()–-]+")
_PLACE_PREFIX = re.compile(r"^[^:]{1,40}:\s+")
_LOCATED = re.compile(r"\b(?:" + "|".join(sorted(_LOCATIVE)) + r") ")
# Two or more words in capitals opening the line ("UNITED NATIONS peacekeepers").
_CAPITALS = re.compile(r"^(?:[A-Z]{3,}\s+)+[A-Z]{3,}\b(?=\s+[a-z])")
_SITE_SUFFIX = re.compile(r"\s+(?:\||[-–—]\s)\s*[^|]{1,40}$")


@dataclass(frozen=True)
class _Sentence:
    """One sentence of a paragraph: its tokens, the paragraph's text and what to leave out."""

    text: str
    tokens: Sequence[Token]
    start: int  # the first token of the sentence proper (after a dateline left in the text)
    skip: frozenset[int]  # date phrases and bracketed asides
    pid: int


def subject_line(
    article: Article,
    tokens: Mapping[int, Sequence[Token]],
    entities: Sequence[Entity],
    dates: Sequence[DateRef],
    actors: Sequence[Actor],
    headline: Sequence[Token] = (),
) -> str:
    """Return the briefing's subject: one line, 6-16 words as a rule, saying who did what,
    where; "" when the article gives nothing to say it with.

    ``tokens`` are each paragraph's tagged tokens, ``headline`` the tagged words of
    ``article.title`` (none: a title is taken as a headline when it has at least three words).
    Deterministic; raises nothing.
    """
    sentences = _opening_sentences(article, tokens, dates)
    lede = sentences[0] if sentences else None
    where = _place(lede, entities, actors, article.place)
    if lede is not None:
        clause = _clause(lede, actors)
        if clause is not None and clause[1]:
            return _finish(clause[0], where, actors)
    title = _headline(article, headline)
    if title:
        return _finish(title, where, actors)
    if lede is not None:
        event = _event(lede)
        if event:
            return _finish(event, where, actors)
    for later in sentences[1:]:
        clause = _clause(later, actors)
        if clause is not None and clause[1]:
            return _finish(clause[0], _place(later, entities, actors, article.place), actors)
    clause = _clause(lede, actors) if lede is not None else None
    if clause is None or clause[0].split()[0].casefold() in _PRONOUNS:
        return ""
    return _finish(clause[0], where, actors)


def _opening_sentences(
    article: Article, tokens: Mapping[int, Sequence[Token]], dates: Sequence[DateRef]
) -> list[_Sentence]:
    """Return the first sentences of the article's body, the lede first."""
    out: list[_Sentence] = []
    body = [p for p in article.paragraphs if p.kind == "body" and p.id >= article.lead_paragraph]
    for para in body:
        for span in para.sentences:
            sentence = [t for t in tokens[para.id] if span.start <= t.idx < span.end]
            if not sentence:
                continue
            skip: set[int] = set()
            for d in dates:
                if d.paragraph == para.id and span.start <= d.start < span.end:
                    skip |= date_tokens(sentence, d)
            for i in sorted(skip):
                if i + 1 < len(sentence) and sentence[i + 1].lower_ in _TIMES_OF_DAY:
                    skip.add(i + 1)  # "Friday afternoon"
            skip |= _bracketed(sentence)
            skip |= _dashed(para.text, sentence)
            skip |= _scores(sentence)
            start = _after_dateline(sentence)
            out.append(_Sentence(para.text, sentence, start, frozenset(skip), para.id))
            if len(out) >= _LATER_SENTENCES:
                return out
    return out


def _bracketed(sentence: Sequence[Token]) -> set[int]:
    """Return the indices of the tokens inside brackets, the brackets with them."""
    out: set[int] = set()
    opened: int | None = None
    for i, t in enumerate(sentence):
        if t.text in ("(", "["):
            opened = i
        elif t.text in (")", "]") and opened is not None:
            out |= set(range(opened, i + 1))
            opened = None
    return out


def _dashed(text: str, sentence: Sequence[Token]) -> set[int]:
    """Return the indices of an aside between spaced dashes ("The new community - which
    Toledo described as a country - has been born"), the dashes with it."""
    dashes = [
        i
        for i, t in enumerate(sentence)
        if t.text in _DASHES and t.idx > 0 and text[t.idx - 1].isspace()
    ]
    out: set[int] = set()
    for a, b in itertools.pairwise(dashes):
        if 1 < b - a <= _MAX_ASIDE and not out & {a}:
            out |= set(range(a, b + 1))
    return out


def _scores(sentence: Sequence[Token]) -> set[int]:
    """Return the indices of the scores after a name ("beat Carlos Alcaraz 7-6(4) 6-3")."""
    out: set[int] = set()
    for i in range(1, len(sentence) - 2):
        if (
            sentence[i - 1].tag in ("NNP", "NNPS")
            and sentence[i].tag == "CD"
            and sentence[i + 1].text in ("-", "–")
            and sentence[i + 2].text[:1].isdigit()
        ):
            k = i
            while k < len(sentence) and _SCORE_PIECE.fullmatch(sentence[k].text):
                k += 1
            if k == len(sentence) or not sentence[k].tag.startswith("NN"):
                out |= set(range(i, k))
    return out


def _after_dateline(sentence: Sequence[Token]) -> int:
    """Return where the sentence starts once a dateline the reader left in it is passed
    ("NEW YORK (CNN/Money) -", "(CNN)")."""
    # "(CNN)", "Tokyo (CNN)", "SAN JUAN, Puerto Rico (Reuters)": an agency in brackets after
    # at most a place's few words.
    for i, t in enumerate(sentence[:8]):
        if t.text == "(":
            close = i + 2
            if (
                close < len(sentence)
                and sentence[close].text == ")"
                and sentence[i + 1].tag in ("NNP", "NNPS")
                and all(x.tag in ("NNP", "NNPS", ",") for x in sentence[:i])
            ):
                k = close + 1
                while k < len(sentence) and sentence[k].text in _DASHES | {":", ","}:
                    k += 1
                return k
            break
    colon = next((i for i, t in enumerate(sentence[:5]) if t.text == ":"), None)
    if colon and all(x.tag in ("NNP", "NNPS", "CD", "NN") for x in sentence[:colon]):
        return colon + 1  # "Port Vila :", "UPDATED:", "11am:"
    for i, t in enumerate(sentence[:10]):
        if t.text in _DASHES and i > 0:
            head = sentence[:i]
            if all(
                x.tag in ("NNP", "NNPS", ",", "-LRB-", "-RRB-", "CD", "SYM", ".", "NN")
                and (not x.text[:1].isalpha() or x.text[:1].isupper())
                for x in head
            ) and any(x.text.isupper() and len(x.text) > 1 for x in head):
                return i + 1
            return 0
    return 0


def _clause_start(s: _Sentence) -> int:
    """Return where the main clause starts: after a leading connective, a leading phrase
    ("In a conversation with …,", "According to police,") or a leading subordinate clause
    ("While France … have suspended aid, …")."""
    tokens, start = s.tokens, s.start
    while start < len(tokens) and (
        tokens[start].tag in ("CC", "``", "''", ":")
        or not any(c.isalnum() for c in tokens[start].text)
    ):
        start += 1
    if start >= len(tokens):
        return start
    first = next(
        (i for i in range(start, len(tokens)) if tokens[i].tag in _FINITE and i not in s.skip),
        None,
    )
    opener = tokens[start]
    commas = [
        i
        for i in range(start, min(len(tokens), start + _LEADING_REACH))
        if tokens[i].text == "," and i not in s.skip
    ]
    if not commas:
        return start
    if opener.lower_ in _SUBORDINATORS and opener.tag in ("IN", "WRB") and first is not None:
        # The subordinate clause holds the first verb: the main clause follows its comma.
        after = next((c for c in commas if c > first), None)
        if after is not None:
            return after + 1
    leading = opener.tag in ("IN", "RB", "RBR") or opener.lower_ in _LEADING
    if leading and (first is None or commas[0] < first):
        return commas[0] + 1
    return start


def _main_group(s: _Sentence, start: int) -> VerbGroup | None:
    """Return the verb group of the main clause: the first finite verb from ``start`` that no
    relative clause holds ("The move, which won approval …, will create …")."""
    tokens = s.tokens
    relative_comma = False
    in_relative = False
    after_relative = False
    i = start
    while i < len(tokens):
        t = tokens[i]
        if i in s.skip:
            i += 1
            continue
        if t.tag in _RELATIVE and i > start:
            in_relative = True
            relative_comma = tokens[i - 1].text == ","
        elif t.tag in _FINITE:
            group = verb_group_of(tokens, i)
            k = group.start - 1
            while k > start and tokens[k].tag == "RB":
                k -= 1
            if after_relative and tokens[k].tag == "CC":
                # "who tried to join ISIS but was turned back …": still the relative clause.
                i = group.end
                continue
            if not in_relative:
                return group
            in_relative = False
            after_relative = True
            if relative_comma:
                # The aside runs to its closing comma.
                close = next(
                    (k for k in range(group.end, len(tokens)) if tokens[k].text == ","), None
                )
                if close is None:
                    return None
                i = close + 1
                continue
            i = group.end
            continue
        elif t.text in (";", ":"):
            break
        i += 1
    return _mistagged_verb(s, start)


def _mistagged_verb(s: _Sentence, start: int) -> VerbGroup | None:
    """Return the group of a verb the tagger took for a base form or a participle right after
    the subject ("African safaris conjure up …", "…, sparkled like …") when the clause has
    no finite verb; else None."""
    tokens = s.tokens
    for i in range(max(start, 1), len(tokens)):
        if i in s.skip or tokens[i].tag in _RELATIVE or tokens[i].text in (";", ":"):
            return None
        before = tokens[i - 1]
        if tokens[i].tag in ("VB", "VBN") and (before.tag in ("NN", "NNS", "NNP", "NNPS")):
            return verb_group_of(tokens, i)
    return None


def _complement(s: _Sentence, group: VerbGroup) -> VerbGroup | None:
    """Return the verb group of what a reporting verb reports ("Police said gunmen killed
    …"), None when the verb takes a plain object ("announced a new search engine")."""
    tokens = s.tokens
    k = group.end
    while k < len(tokens) and (k in s.skip or tokens[k].lower_ == "that"):
        k += 1
    for i in range(k, len(tokens)):
        t = tokens[i]
        if t.text in (",", ";", ":", ".") and i not in s.skip:
            return None
        if t.tag in _FINITE and i not in s.skip:
            return verb_group_of(tokens, i)
        if t.tag in _RELATIVE or t.tag == "TO" or (t.lower_ in _SUBORDINATORS and t.tag != "RB"):
            return None  # "told fans to …", "… before the video got …": no reported clause
    return None


def _head(tokens: Sequence[Token], subject: Sequence[int]) -> int:
    """Return the index of the subject's head noun: its last noun before a preposition
    ("upheaval" in "The recent political upheaval in Niger")."""
    head = subject[0]
    for i in subject:
        if tokens[i].tag == "IN":
            break
        if tokens[i].tag.startswith("NN"):
            head = i
    return head


def _concrete(tokens: Sequence[Token], subject: Sequence[int]) -> bool:
    """Return whether the subject names who acted, not a pronoun or a word pointing back."""
    words = [tokens[i] for i in subject]
    if not words:
        return False
    first = words[0]
    if first.lower_ in _DEMONSTRATIVES or first.tag in ("VBG", "EX"):
        return False
    if all(w.tag in ("PRP", "DT", "PRP$", "WP", "WDT") for w in words):
        return False
    nouns = [w for w in words if w.tag.startswith("NN") or w.tag == "CD"]
    if not nouns:
        return False
    if any(w.tag.startswith("NNP") for w in words):
        return True
    if first.tag == "PRP$":
        return False
    return nouns[-1].lower_ not in _ANAPHORIC_HEADS


def _clause(s: _Sentence, actors: Sequence[Actor]) -> tuple[str, bool] | None:
    """Return the main clause cut to subject, verb and object, and whether its subject is
    concrete; None when the sentence has no main clause to cut."""
    tokens = s.tokens
    start = _clause_start(s)
    group = _main_group(s, start)
    if group is None:
        return None
    skip = set(s.skip) | set(range(start))
    subject = _antecedent(s, start, group) or _appositive(
        s, group, clause_subject(tokens, group, skip)
    )
    speaker_known = True
    if group.reporting:
        reported = _complement(s, group)
        if reported is not None:
            said = subject
            # "He said the reforms …": who speaks is told before the lede.
            speaker_known = _concrete(tokens, said)
            subject = clause_subject(tokens, reported, skip)
            if said and subject and not _concrete(tokens, subject) and _concrete(tokens, said):
                # "The company said it would cut jobs": the speaker stays, for the pronoun's
                # sake ("that" after the verb goes).
                between = range(group.start, reported.start)
                subject = [
                    *said,
                    *(i for i in between if i not in skip and tokens[i].lower_ != "that"),
                ]
            group = reported
    elif subject and subject[0] > start and not _antecedent(s, start, group):
        subject = _whole_subject(s, start, subject)
    if not subject or tokens[subject[0]].tag in ("IN", "TO"):
        # "… missing in the Cayman Islands is now …": the subject's head was lost.
        return None
    concrete = _concrete(tokens, subject) and speaker_known and not _quoted(s)
    if subject[0] - 1 >= start and tokens[subject[0] - 1].tag == "VBG":
        # "Cutting obesity is a priority": the gerund is part of the subject, no actor.
        subject = [subject[0] - 1, *subject]
        concrete = False
    verb = tokens[group.end - 1].lower_ if group.end > group.start else ""
    if verb in _CAUSAL and not tokens[_head(tokens, subject)].tag.startswith("NNP"):
        # "The recent upheaval has led to the evacuation of …": a cause, not an actor.
        concrete = False
    rest, whole = _object(s, group, skip)
    if not rest:
        return None
    line = _fit(s, subject, rest, group.end, whole, actors)
    return (line, concrete) if line else None


_NP_TAGS = frozenset(
    ("DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "CD", "PRP$", "CC")
)


def _whole_subject(s: _Sentence, start: int, subject: list[int]) -> list[int]:
    """Return the subject from the clause's start when the words found stand inside a longer
    noun phrase that a participle, an infinitive or a quotation interrupts ("A medical
    helicopter carrying | at least three people crashed", "The attempts … to undermine |
    Obama's policy seem", "Manchester United defender Jonny Evans and …"); else ``subject``."""
    tokens = s.tokens
    if tokens[start].tag not in _NP_TAGS - {"CC", "POS", "HYPH"}:
        return subject
    before = [i for i in range(start, subject[0]) if i not in s.skip]
    for i in before:
        t = tokens[i]
        if t.tag in _FINITE or t.tag in _RELATIVE or t.text in (",", ";", ":") or t.tag == "PRP":
            return subject
    return [*before, *subject]


def _antecedent(s: _Sentence, start: int, group: VerbGroup) -> list[int]:
    """Return the noun phrase a relative clause without commas describes when the main verb
    follows that clause ("The community of nations that will take shape in Peru |
    represents …"); [] otherwise."""
    tokens = s.tokens
    at = next((i for i in range(start, group.start) if tokens[i].tag in _RELATIVE), None)
    if at is None or at == start or tokens[at - 1].text == ",":
        return []
    words = [i for i in range(start, at) if i not in s.skip]
    if len(words) > 10 or not all(tokens[i].tag in _NP_TAGS | {"IN"} for i in words):
        return []
    return words if tokens[words[-1]].tag.startswith("NN") else []


def _appositive(s: _Sentence, group: VerbGroup, subject: list[int]) -> list[int]:
    """Return the name between commas right before the verb when the subject found names no
    one or is cut from a longer phrase ("The first African woman to win the Nobel Peace
    Prize, environmental activist Wangari Maathai, received …"); else ``subject``."""
    tokens = s.tokens
    k = group.start - 1
    while k >= 0 and k in s.skip:
        k -= 1
    if k < 1 or tokens[k].text != "," or not subject:
        return subject
    opening = next((i for i in range(k - 1, max(-1, k - 10), -1) if tokens[i].text == ","), None)
    if opening is None:
        return subject
    named = [i for i in range(opening + 1, k) if i not in s.skip]
    if not named or not all(tokens[i].tag in _NP_TAGS for i in named):
        return subject
    if not any(tokens[i].tag.startswith("NNP") for i in named):
        return subject
    before = tokens[subject[0] - 1] if subject[0] > 0 else None
    cut = before is not None and (before.tag.startswith("VB") or before.tag in ("TO", "IN"))
    if cut or not any(tokens[i].tag.startswith("NNP") for i in subject):
        return named
    return subject


def _quoted(s: _Sentence) -> bool:
    """Return whether the sentence opens with a quotation (the speaker's words, not news)."""
    return s.start < len(s.tokens) and s.tokens[s.start].text in ('"', "“", "``", "'", "‘")


def _object(s: _Sentence, group: VerbGroup, skip: set[int]) -> tuple[list[int], bool]:
    """Return the token indices of the verb group and its object up to a clause break, an
    aside between commas stepped over ("ordered Carlo Ferretti, the former chief executive
    of …, to stand trial"), and whether a clause break ended it (not the length)."""
    tokens = s.tokens
    limit = 2 * WEIGHTS.subject_line_max_words
    end = object_end(tokens, group, skip, limit)
    if end == group.end and end < len(tokens) and tokens[end].lower_ in _COMPLEMENTISERS:
        # "Lawmakers are questioning whether a bank failed to comply …": the clause is the
        # object.
        inner = next((i for i in range(end + 1, len(tokens)) if tokens[i].tag in _FINITE), None)
        if inner is not None:
            end = object_end(tokens, verb_group_of(tokens, inner), skip, limit)
    while end < len(tokens) - 1 and (
        # "won election as leader of the Democratic minority": "as" before a noun phrase.
        (tokens[end].lower_ == "as" and _noun_phrase_follows(tokens, end + 1))
        # "a bid to lease and sell 100 tankers": two verbs share the object.
        or (tokens[end].tag == "CC" and tokens[end - 1].tag == tokens[end + 1].tag == "VB")
        # "said he is now "feeling well"": a short quotation is part of the object.
        or (tokens[end].text in ('"', "“") and _closing_quote(tokens, end) is not None)
        # "the new, fully-stacked Delta IV Heavy": a comma between adjectives.
        or (
            tokens[end].text == ","
            and tokens[end - 1].tag == "JJ"
            and tokens[end + 1].tag in ("JJ", "RB")
        )
    ):
        resume = _closing_quote(tokens, end) if tokens[end].text in ('"', "“") else end
        end = object_end(tokens, replace(group, end=(resume or end) + 1), skip, limit)
    rest = [i for i in range(group.start, end) if i not in skip]
    if end in skip:
        # A date ends the object, as it ends an event's ("hit a wedding party … on Friday").
        return _uncoordinated(tokens, rest, group), True
    close = _aside_end(tokens, end)
    if close is not None:
        more = object_end(tokens, replace(group, end=close + 1), skip, limit)
        rest += [i for i in range(close + 1, more) if i not in skip]
        end = more
    stop = end
    while stop < len(tokens) and (stop in skip or tokens[stop].tag in DANGLING):
        stop += 1  # what object_end left off the end ("told fans to | "feed …"")
    whole = not (stop < len(tokens) and _continues(tokens, stop))
    if whole and end < len(tokens) and tokens[end].lower_ in _SUBORDINATORS:
        while len(rest) > 1 and rest[-1] >= group.end and tokens[rest[-1]].tag.startswith("RB"):
            rest.pop()  # "ever since it buried …": the adverb goes with the clause
    return _uncoordinated(tokens, rest, group), whole


def _closing_quote(tokens: Sequence[Token], opening: int) -> int | None:
    """Return where a quotation of a few words opening at ``opening`` closes, else None."""
    for k in range(opening + 1, min(len(tokens), opening + 8)):
        if tokens[k].text in ('"', "”"):
            return k if k > opening + 1 else None
        if tokens[k].text in (".", ";", ":"):
            return None
    return None


def _noun_phrase_follows(tokens: Sequence[Token], at: int) -> bool:
    """Return whether a noun phrase without a verb of its own runs from ``at`` to the next
    comma or the sentence's end."""
    if at >= len(tokens) or tokens[at].tag not in (
        "DT",
        "JJ",
        "NN",
        "NNS",
        "NNP",
        "NNPS",
        "PRP$",
        "CD",
    ):
        return False
    for t in tokens[at:]:
        if t.text in (",", ";", ":", "."):
            return True
        if t.tag in _FINITE or t.tag in _RELATIVE:
            return False
    return True


def _uncoordinated(tokens: Sequence[Token], rest: list[int], group: VerbGroup) -> list[int]:
    """Return ``rest`` up to a conjunction that opens a clause of its own ("were neglected
    and one party's preoccupation … was getting in the way")."""
    for n, i in enumerate(rest):
        if i < group.end or tokens[i].tag != "CC":
            continue
        for k in range(i + 1, len(tokens)):
            t = tokens[k]
            if t.text in (",", ";", ":", ".") or t.tag in _RELATIVE:
                break
            if t.tag in _FINITE:
                return rest[:n]
    return rest


def _aside_end(tokens: Sequence[Token], comma: int) -> int | None:
    """Return the closing comma of an appositive aside opening at ``comma`` when the clause
    goes on after it with a preposition or "to" ("Carlo Ferretti, the former chief executive
    of Adriatica Energia, to stand trial"); None otherwise."""
    if comma >= len(tokens) or tokens[comma].text != ",":
        return None
    if comma + 1 >= len(tokens) or tokens[comma + 1].tag not in ("DT", "JJ", "NNP", "PRP$", "CD"):
        return None
    for k in range(comma + 1, min(len(tokens), comma + 12)):
        t = tokens[k]
        if t.text == ",":
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if after is None or after.tag not in ("TO", "IN") or after.lower_ in _SUBORDINATORS:
                return None
            return k
        if t.tag in _FINITE or t.tag in _RELATIVE or t.text in (";", ":", "(", ")"):
            return None
    return None


def _continues(tokens: Sequence[Token], at: int) -> bool:
    """Return whether the token at ``at`` carries on the phrase before it (the object was
    cut by its length, not by a clause break)."""
    t = tokens[at]
    if t.text in (",", ";", ":", ".", "!", "?", ")", "—", "–", '"', "”"):
        return False
    return not (t.lower_ in _SUBORDINATORS and t.tag != "RB")


def _fit(
    s: _Sentence,
    subject: list[int],
    rest: list[int],
    verb_end: int,
    whole: bool,
    actors: Sequence[Actor],
) -> str:
    """Return subject, verb and object as one line of at most the subject line's words, cut
    only after a whole phrase (a noun, number or pronoun that nothing of its phrase follows),
    people named by their surname and organisations by their acronym when that makes it fit;
    "" when no such cut keeps the verb's object."""
    tokens = s.tokens
    while rest and rest[-1] >= verb_end and tokens[rest[-1]].tag in DANGLING:
        rest = rest[:-1]
        whole = True
    for n in range(len(rest), 0, -1):
        last = rest[n - 1]
        if last < verb_end - 1:
            break
        if n == len(rest) and whole:
            pass
        elif not (last >= verb_end and _phrase_ends(tokens, last, _next(s, rest, n), verb_end)):
            continue
        kept = rest[:n]
        if (
            len(kept) > 1
            and kept[-1] >= verb_end
            and tokens[kept[-1]].tag in ("VBN", "VBG")
            and tokens[kept[-1] - 1].tag != "CD"  # "21 missing" says all
        ):
            # "a ceasefire agreed", "a fine he had imposed": a participle without what it
            # says is no whole phrase, nor are its auxiliary and subject.
            kept = kept[:-1]
            while (
                len(kept) > 1 and kept[-1] >= verb_end and tokens[kept[-1]].tag in _CLAUSE_OPENING
            ):
                kept = kept[:-1]
        end = tokens[kept[-1]]
        if kept[-1] >= verb_end and (
            end.tag in DANGLING
            or (end.tag == "RP" and end.lower_ in _PREPOSITIONS)
            # "… Cattelan that chronicles | "…": a verb whose object was cut off
            or (end.tag in _FINITE | {"VB"} and not _at_break(s, kept))
        ):
            continue
        line = text_of(s.text, tokens, [*subject, *kept])
        for option in (line, _shorter(line, actors)):
            if len(option.split()) <= WEIGHTS.subject_line_max_words:
                return option
    return ""


def _shorter(line: str, actors: Sequence[Actor]) -> str:
    """Return ``line`` with people named by their surname ("Defense Secretary Rumsfeld") and
    organisations by the acronym the article uses."""
    for actor in actors:
        if actor.label != "PERSON":
            continue
        for name in sorted((actor.name, *actor.aliases), key=len, reverse=True):
            if " " in name and name in line:
                line = line.replace(name, short_name(actor))
    return prefer_acronyms(line, actors, capitals_only=True)


def _at_break(s: _Sentence, kept: list[int]) -> bool:
    """Return whether the sentence pauses right after the last of ``kept``."""
    after = _next(s, kept, len(kept))
    return (
        after is None
        or after.text in (".", ",", ";", ":", "!", "?")
        or (after.lower_ in _SUBORDINATORS)
    )


def _next(s: _Sentence, rest: list[int], n: int) -> Token | None:
    """Return the token after the ``n`` first of ``rest`` in the sentence, dates and asides
    passed over."""
    k = rest[n - 1] + 1
    while k < len(s.tokens) and k in s.skip:
        k += 1
    return s.tokens[k] if k < len(s.tokens) else None


def _phrase_ends(tokens: Sequence[Token], last: int, after: Token | None, verb_end: int) -> bool:
    """Return whether a phrase may end at token ``last``: it is a noun, number or pronoun
    and what follows opens another phrase ("… tankers | it accused", "… oil | to China"),
    not one that completes it ("in breach | of", "in order | to license")."""
    t = tokens[last]
    if t.tag == "RP" and t.lower_ in _PREPOSITIONS:
        return False  # "tune in" reads as a preposition that lost its noun
    if after is None or after.text in (",", ";", ":", "."):
        return t.tag.startswith(("NN", "VB", "RP", "CD", "PRP"))
    if t.tag in ("RP", "VB", "VBN") and after.tag == "IN" and after.lower_ != "of":
        # "were expected to tune in | for a broadcast": the verb phrase is whole.
        return True
    if not (t.tag.startswith("NN") or t.tag in ("CD", "PRP")):
        return False
    if after.tag in _NOUN_GOES_ON:
        return False
    if after.tag == "IN":
        return after.lower_ != "of"
    if after.tag == "TO":
        k = last + 2
        if k < len(tokens) and tokens[k].tag in ("DT", "NNP", "NNPS", "CD", "PRP$"):
            return True  # "sold its unit | to CVC"
        # "on the verge of a historic deal | to restore …": what the noun of a phrase
        # governed by a preposition is for; never the verb's own object ("ordered Ferretti
        # | to stand trial").
        return any(tokens[i].tag == "IN" for i in range(verb_end, last))
    return after.tag in ("CC", "WDT", "WP", "WP$", "VBG", "VBN", "RB")


def _event(s: _Sentence) -> str:
    """Return the lede's event phrase ("Partial evacuation of the United States Embassy"):
    the first after the main verb, else the first; "" when it has none."""
    start = _clause_start(s)
    tokens = [t for i, t in enumerate(s.tokens) if i >= start]
    found = event_phrases(tokens)
    if not found:
        return ""
    group = _main_group(s, start)
    verb = group.start - start if group is not None else -1
    found = [p for p in found if len(tidy_heading(p.words).split()) >= WEIGHTS.heading_min_words]
    if not found:
        return ""
    chosen = next((p for p in found if p.position > verb), found[0])
    return tidy_heading(chosen.words)


def _headline(article: Article, headline: Sequence[Token]) -> str:
    """Return the article's title when it is a headline that names an event: found by the
    reader (not made from the file's name), not a topic label, with a verb or an event
    noun; else ""."""
    title = _SPACES.sub(" ", article.title).strip()
    title = _SITE_SUFFIX.sub("", title).strip(" .")
    bare = _PLACE_PREFIX.sub("", title)
    if len(bare.split()) < 3 or bare.rstrip(".") in TOPIC_LABELS:
        return ""
    if article.path is not None:
        stem = re.sub(r"[-_]+", " ", PurePath(article.path).stem).strip().casefold()
        if stem == title.casefold():
            return ""
    if headline:
        verb = any(t.tag.startswith("VB") for t in headline)
        event = any(t.lower_ in EVENT_NOUNS for t in headline)
        if not (verb or event):
            return ""
    return title


@dataclass(frozen=True)
class _Where:
    """Where the news happened as the subject line adds it ("in Niger"), whether it comes
    from the dateline, and the names of places and peoples that make it needless."""

    phrase: str
    dateline: bool
    names: frozenset[str]  # places and peoples
    places: frozenset[str]


def _place(
    s: _Sentence | None, entities: Sequence[Entity], actors: Sequence[Actor], dateline: str | None
) -> _Where:
    """Return where the lede says it happened ("in Niger", "off the Italian island of
    Lampedusa"), else the dateline's place ("in Beirut"); an empty phrase when neither
    gives one or the dateline names several places."""
    names = {
        n.casefold()
        for a in actors
        if a.label in ("PLACE", "GROUP")
        for n in (a.name, *a.aliases)
        if n
    }
    names |= {e.text.casefold() for e in entities if e.label in ("PLACE", "GROUP")}
    places = frozenset(
        {n for a in actors if a.label == "PLACE" for n in (a.name, *a.aliases) if n}
        | {e.text for e in entities if e.label == "PLACE"}
    )
    if s is not None:
        group = _main_group(s, _clause_start(s))
        verb = group.start if group is not None else 0
        # The main clause's places: up to its first comma after the verb ("…, saying that
        # ships sailing around the Cape …" tells no more where).
        limit = next(
            (
                i
                for i in range(verb + 1, len(s.tokens))
                if i not in s.skip and _ends_clause(s.tokens, i)
            ),
            len(s.tokens),
        )
        for e in entities:
            if e.label != "PLACE" or e.paragraph != s.pid:
                continue
            first = next((i for i, t in enumerate(s.tokens) if t.idx == e.start), None)
            if first is None or first < s.start or first in s.skip or first > limit:
                continue
            k = first
            while (
                k > 0
                and first - k < 5
                and (
                    s.tokens[k - 1].tag in ("DT", "JJ", "NNP")
                    or s.tokens[k - 1].lower_ in _PLACE_NOUNS
                    or (s.tokens[k - 1].lower_ == "of" and s.tokens[k - 2].lower_ in _PLACE_NOUNS)
                )
            ):
                k -= 1
            while k < first and s.tokens[k].lower_ == "of":
                k += 1
            if k > 0 and s.tokens[k - 1].lower_ in _LOCATIVE:
                phrase = s.tokens[k - 1].lower_ + " " + s.text[s.tokens[k].idx : e.end]
                return _Where(phrase, False, frozenset(names), places)
    if dateline and "/" not in dateline:
        return _Where(f"in {dateline}", True, frozenset(names), places)
    return _Where("", False, frozenset(names), places)


def _ends_clause(tokens: Sequence[Token], at: int) -> bool:
    """Return whether the token at ``at`` ends the main clause's account of where: a
    semicolon, a comma before a participle ("…, saying that ships sailing around …") or an
    attribution ("…, police said"), "and" before a verb of saying."""
    t = tokens[at]
    nxt = tokens[at + 1] if at + 1 < len(tokens) else None
    if t.text in (";", ":"):
        return True
    if t.tag == "CC":
        return nxt is not None and nxt.lower_ in REPORTING_VERBS
    if t.text != "," or nxt is None:
        return False
    if nxt.tag in ("VBG", "VBN"):
        return True
    k = at + 1
    while (
        k < len(tokens)
        and k - at <= 6
        and tokens[k].tag in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS")
    ):
        k += 1
    return k < len(tokens) and tokens[k].lower_ in REPORTING_VERBS


def _finish(text: str, where: _Where, actors: Sequence[Actor]) -> str:
    """Return the line as printed: the place added when the line names none (a dateline's
    place only when it names no people either), quotes balanced, acronyms the article uses,
    a leading name in capitals in sentence case, no final stop, a capital first."""
    line = _SPACES.sub(" ", text).strip(" ,;:.-–—")
    if line.count('"') % 2:
        line = line.replace('"', "")
    if line.count("“") != line.count("”"):
        line = line.replace("“", "").replace("”", "")
    line = _CAPITALS.sub(lambda m: m.group(0).title(), line)
    if where.phrase:
        folded = line.casefold()
        place = where.phrase.split(" ", 1)[1].split(",")[0].casefold()
        named = [n for n in where.names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", folded)]
        if where.dateline:
            needless = bool(named) or place in folded
        else:
            # A place that only qualifies a name ("the US Embassy", "Kenya's court") says
            # nothing of where.
            needless = place in folded or any(
                re.search(rf"(?<!\w){re.escape(n)}(?!\w)(?! [A-Z]|['’]s)", line)
                for n in where.places
            )
        fits = len(f"{line} {where.phrase}".split()) <= WEIGHTS.subject_line_max_words
        if fits and not needless:
            line = f"{line} {where.phrase}"
    line = prefer_acronyms(line, actors, capitals_only=True)
    return line[:1].upper() + line[1:]
