"""Whom an article calls "he" and whom "she": read from titles and the pronouns that take
up a person named alone."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence

from briefwright.analysis import lexicon
from briefwright.analysis.entities.antecedents import NameAt
from briefwright.model.article import Article

# A title or a word of kin right before the name ("Mr.", "Queen", "his grandmother, Sharon
# Irwin"), or heading an appositive right after it ("Mohammed Emwazi -- a quiet,
# hardworking boy").
_TITLES = {
    g: re.compile(
        r"\b" + lexicon.alternatives(f"genders.{w}_titles", f"genders.{w}_words") + r"\.?,?\s+$"
    )
    for g, w in (("m", "male"), ("f", "female"))
}
_APPOSITIVE = {
    g: re.compile(
        r"\s*(?:,|--|—)\s+(?:a|an|the|his|her|their)\s+(?:[\w'’,-]+\s+){0,3}?"
        + lexicon.alternatives(f"genders.{w}_words")
        + r"\b"
    )
    for g, w in (("m", "male"), ("f", "female"))
}
_PRONOUNS = {"m": re.compile(r"^(?:He|he)\b"), "f": re.compile(r"^(?:She|she)\b")}
_SPEAKER = {
    "m": re.compile(r"\bhe\s+(?:said|says|added|told|wrote|explained|recalled)\b"),
    "f": re.compile(r"\bshe\s+(?:said|says|added|told|wrote|explained|recalled)\b"),
}
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]?")
# A person's gender is read only where the pronouns agree this many times to one.
_AGREEMENT = 3


def genders(article: Article, mentions: Sequence[NameAt]) -> dict[str, str]:
    """Return actor id → "m" or "f" for the people whose gender the article shows: a title
    before the name ("Mr.", "Queen"), or the pronouns outside quotation marks after the name
    in a sentence that names no other person, and at the opening of the sentence after it
    ("Shuter sees social media as a danger. '…,' she said"); a person the pronouns do not
    agree on (_AGREEMENT to one) has none."""
    votes: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    sentences = [(p.id, s.start, s.end) for p in article.paragraphs for s in p.sentences]
    # The people named outside quotation marks, by paragraph in reading order, found in each
    # sentence by bisection (an article of thousands of sentences stays fast).
    people: dict[int, list[NameAt]] = defaultdict(list)
    for m in sorted(mentions, key=lambda m: m.start):
        if m.actor.label == "PERSON" and not m.quoted:
            people[m.paragraph].append(m)
    starts = {pid: [m.start for m in found] for pid, found in people.items()}
    for k, (pid, start, end) in enumerate(sentences):
        keys = starts.get(pid, [])
        here = people[pid][bisect_left(keys, start) : bisect_left(keys, end)] if keys else []
        paragraph = article.paragraph(pid).text
        for m in here:
            for gender, title in _TITLES.items():
                if title.search(paragraph[max(0, m.start - 16) : m.start]) or _APPOSITIVE[
                    gender
                ].match(paragraph, m.end):
                    votes[m.actor.id][gender] += _AGREEMENT
        if len({m.actor.id for m in here}) != 1 or not here[0].opening:
            continue
        who = here[0].actor.id
        after = _QUOTED.sub(" ", paragraph[here[0].end : end])
        following = _sentence_text(article, sentences[k + 1]) if k + 1 < len(sentences) else ""
        for gender, pronoun in _PRONOUNS.items():
            votes[who][gender] += len(_SPEAKER[gender].findall(after))
            votes[who][gender] += bool(pronoun.match(following.lstrip()))
    out = {}
    for who, tally in votes.items():
        male, female = tally["m"], tally["f"]
        if male >= _AGREEMENT * max(female, 1) or (male and not female):
            out[who] = "m"
        elif female >= _AGREEMENT * max(male, 1) or (female and not male):
            out[who] = "f"
    return out


def _sentence_text(article: Article, where: tuple[int, int, int]) -> str:
    """Return a sentence's words outside quotation marks."""
    pid, start, end = where
    return _QUOTED.sub(" ", article.paragraph(pid).text[start:end])


def other_gender(word: str, known: Mapping[str, str]) -> frozenset[str]:
    """Return the ids of the people a pronoun ``word`` ("he", "she") cannot stand for."""
    wanted = {"he": "m", "she": "f"}.get(word.lower())
    if wanted is None:
        return frozenset()
    return frozenset(who for who, gender in known.items() if gender != wanted)
