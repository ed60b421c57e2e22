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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from briefwright.analysis import lexicon
from briefwright.analysis.dates.tense import REPORTING_VERBS
from briefwright.analysis.sections.headings import (
    TOPIC_LABELS,
    prefer_acronyms,
    tidy_heading,
)
from briefwright.analysis.sections.phrases import EVENT_NOUNS, Token, event_phrases
from briefwright.analysis.subject.clause import clause_start, main_clause, main_group
from briefwright.analysis.subject.lede import Sentence, opening_sentences
from briefwright.analysis.weights import WEIGHTS
from briefwright.model.analysis import Actor, DateRef, Entity
from briefwright.model.article import Article

_LOCATIVE = lexicon.words("subject.locative_prepositions")
_PLACE_NOUNS = lexicon.words("subject.place_nouns")
_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "it", "they", "this", "that", "there"))
_SPACES = re.compile(r"\s+")
_PLACE_PREFIX = re.compile(r"^[^:]{1,40}:\s+")
_LOCATED = re.compile(r"\b(?:" + "|".join(sorted(_LOCATIVE)) + r") ")
# Two or more words in capitals opening the line ("UNITED NATIONS peacekeepers").
_CAPITALS = re.compile(r"^(?:[A-Z]{3,}\s+)+[A-Z]{3,}\b(?=\s+[a-z])")
_SITE_SUFFIX = re.compile(r"\s+(?:\||[-–—]\s)\s*[^|]{1,40}$")


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
    sentences = opening_sentences(article, tokens, dates)
    lede = sentences[0] if sentences else None
    where = _place(lede, entities, actors, article.place)
    if lede is not None:
        clause = main_clause(lede, actors)
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
        if later.tokens[-1].text == "?":
            continue  # a question tells no news
        clause = main_clause(later, actors)
        if clause is not None and clause[1]:
            return _finish(clause[0], _place(later, entities, actors, article.place), actors)
    clause = main_clause(lede, actors) if lede is not None else None
    if clause is None or clause[0].split()[0].casefold() in _PRONOUNS:
        return ""
    return _finish(clause[0], where, actors)


def _event(s: Sentence) -> str:
    """Return the lede's event phrase ("Partial evacuation of the United States Embassy"):
    the first after the main verb, else the first; "" when it has none."""
    start = clause_start(s)
    tokens = [t for i, t in enumerate(s.tokens) if i >= start]
    found = event_phrases(tokens)
    if not found:
        return ""
    group = main_group(s, start)
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
    s: Sentence | None, entities: Sequence[Entity], actors: Sequence[Actor], dateline: str | None
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
        group = main_group(s, clause_start(s))
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
            after = next((t for t in s.tokens if t.idx >= e.end), None)
            if after is not None and (
                after.tag in ("POS", "NN", "NNS") or after.text[:1].isupper()
            ):
                continue  # "inside Rome's Colosseum", "the Southeast Asia nation": no place
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


_TRAILING_TIME = lexicon.words("subject.trailing_time_words")


def _finish(text: str, where: _Where, actors: Sequence[Actor]) -> str:
    """Return the line as printed: the place added when the line names none (a dateline's
    place only when it names no people either), quotes balanced, acronyms the article uses,
    a leading name in capitals in sentence case, no final stop, a capital first."""
    line = _SPACES.sub(" ", text).strip(" ,;:.-–—")
    words = line.split()
    while len(words) > 3 and words[-1].lower() in _TRAILING_TIME:
        words.pop()  # "struck eastern Turkey early" of "early on Thursday"
    line = " ".join(words)
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
