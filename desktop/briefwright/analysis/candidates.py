"""Entity candidates found in one paragraph: model entities corrected by gazetteer and titles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefwright.analysis import deferred, lexicon
from briefwright.analysis.gazetteer import Gazetteer, GazetteerEntry
from briefwright.analysis.weights import WEIGHTS
from briefwright.model import calendar
from briefwright.model.analysis import Label

NAME_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "PLACE", "GROUP"})

_LABEL_MAP: dict[str, Label] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "GROUP",
    "DATE": "DATE",
    "TIME": "DATE",
    "MONEY": "FIGURE",
    "PERCENT": "FIGURE",
    "QUANTITY": "FIGURE",
    "CARDINAL": "FIGURE",
}
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_EDGE_PUNCT = frozenset(",;:\"'“”‘’-–—")
_NAME_PARTICLES = lexicon.words("names.particles")
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,10})\)")
_YEAR = re.compile(r"(1[5-9]|20)\d\d")
_SCORE = re.compile(r"\d{1,3}[-–]\d{1,3}")
_COUNTED_WORDS = lexicon.words("names.counted_words")
_CALENDAR = frozenset(calendar.MONTHS) | frozenset(calendar.WEEKDAYS)


@dataclass(frozen=True)
class Candidate:
    """A possible entity in paragraph ``paragraph`` at ``[start, end)`` of its text.

    ``weight`` is how much the evidence counts in a document-wide vote (a title before a
    name is strong evidence); ``title_start`` is where a title in front of the name begins.
    """

    paragraph: int
    start: int
    end: int
    text: str
    label: Label
    source: str
    weight: float = 1.0
    entry: GazetteerEntry | None = None
    title_start: int | None = None
    title: str | None = None

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` shares a character with this candidate."""
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Matchers:
    """The phrase matchers for gazetteer names and titles, built once per model."""

    names: Any
    titles: Any


def build_matchers(nlp: Any, gazetteer: Gazetteer) -> Matchers:
    """Return phrase matchers (case-sensitive) for every gazetteer name and title."""
    PhraseMatcher = deferred.PhraseMatcher
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(gazetteer.names)
    names.add("NAME", list(nlp.tokenizer.pipe(forms)))
    titles = PhraseMatcher(nlp.vocab, attr="ORTH")
    titles.add("TITLE", list(nlp.tokenizer.pipe(sorted(gazetteer.titles))))
    return Matchers(names, titles)


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return non-overlapping token spans, preferring longer then earlier ones."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for s, e in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
        if not taken.intersection(range(s, e)):
            chosen.append((s, e))
            taken.update(range(s, e))
    return sorted(chosen)


def _counts_something(doc: Any, start: int, end: int) -> bool:
    """Return whether the number at tokens ``[start, end)`` counts something ("200 people")."""
    text = doc[start:end].text
    if _YEAR.fullmatch(text) or _SCORE.fullmatch(text):
        return False
    for k in range(end, min(end + 3, len(doc))):
        tok = doc[k]
        if tok.lower_ in _COUNTED_WORDS or tok.tag_ in ("NNS", "NN"):
            return True
        if tok.tag_ not in ("JJ", "JJR", "VBN", "HYPH", "NNP") and tok.text != "-":
            return False
    return False


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Return token bounds without a leading "the" and a trailing possessive."""
    while start < end and doc[start].lower_ == "the":
        start += 1
    while end > start and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    while end > start and doc[end - 1].text in _EDGE_PUNCT:
        end -= 1
    while start < end and doc[start].text in _EDGE_PUNCT:
        start += 1
    return start, end


def _model_candidates(doc: Any, pid: int, titles: frozenset[str]) -> list[Candidate]:
    """Return the model's entities, mapped to our labels and trimmed."""
    found: list[Candidate] = []
    for ent in doc.ents:
        label = _LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        start, end = _trim(doc, ent.start, ent.end)
        if label in ("PERSON", "ORG", "PLACE"):
            # "Brentford 2-1": a scoreline run into a name is not part of it.
            while end - start > 1 and not any(ch.isalpha() for ch in doc[end - 1].text):
                end -= 1
        if start >= end:
            continue
        if ent.label_ == "CARDINAL" and not _counts_something(doc, start, end):
            continue
        title: str | None = None
        title_start: int | None = None
        if label == "PERSON":
            for k in range(min(end - 1, start + 4), start, -1):
                if doc[start:k].text in titles:
                    title, title_start = doc[start:k].text, doc[start].idx
                    start = k
                    break
        span = doc[start:end]
        if label in ("PERSON", "ORG", "PLACE") and not any(ch.isupper() for ch in span.text):
            continue
        found.append(
            Candidate(
                pid,
                span.start_char,
                span.end_char,
                span.text,
                label,
                "ner",
                title=title,
                title_start=title_start,
            )
        )
    return found


def _is_name_token(tok: Any) -> bool:
    """Return whether ``tok`` can be part of a personal name after a title."""
    text = tok.text
    if not text[:1].isupper() or text in _CALENDAR:
        return False
    return tok.tag_ in ("NNP", "NNPS") or (text.isalpha() and not tok.is_stop)


def paragraph_candidates(
    doc: Any, pid: int, gazetteer: Gazetteer, matchers: Matchers
) -> list[Candidate]:
    """Return the entity candidates of one paragraph's ``doc``, sorted by position.

    The model's entities are trimmed; gazetteer names overrule the model's label on the same
    span and replace shorter or partial spans; a capitalised name after a title is a person;
    nothing inside a title phrase ("State" in "Secretary of State") is an entity.
    """
    found = _model_candidates(doc, pid, gazetteer.titles)
    gaz_spans = _longest([(s, e) for _, s, e in matchers.names(doc)])
    for s, e in gaz_spans:
        span = doc[s:e]
        if (s > 0 and doc[s - 1].text in ("-",)) or (e < len(doc) and doc[e].text == "-"):
            continue
        entry = gazetteer.names[span.text]
        a, b = span.start_char, span.end_char
        clash = [c for c in found if c.overlaps(a, b)]
        if any(c.label in ("DATE", "FIGURE") for c in clash):
            continue
        if not clash:
            if entry.ambiguous:
                continue
            found.append(Candidate(pid, a, b, span.text, entry.label, "gazetteer", entry=entry))
            continue
        keep_model = False
        for c in clash:
            if c.start == a and c.end == b:
                if c.label == "PERSON" and entry.ambiguous:
                    keep_model = True
                continue
            if c.start <= a and c.end >= b and c.label in ("ORG", "PERSON", "PLACE"):
                keep_model = True
        if keep_model:
            continue
        found = [c for c in found if not c.overlaps(a, b)]
        found.append(Candidate(pid, a, b, span.text, entry.label, "gazetteer", entry=entry))

    found.extend(_parenthesised_acronyms(doc, pid, found))
    title_spans = _longest([(s, e) for _, s, e in matchers.titles(doc)])
    for s, e in title_spans:
        t_a, t_b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        if e - s > 1 or doc[s].text[:1].isupper():
            found = [
                c for c in found if not (c.start >= t_a and c.end <= t_b and c.label in NAME_LABELS)
            ]
        k = e
        while k < len(doc) and k - e < 6:
            tok = doc[k]
            nxt = k + 2 if k + 2 < len(doc) and doc[k + 1].text == "-" else k + 1
            particle = (
                tok.text in _NAME_PARTICLES
                and nxt < len(doc)
                and _is_name_token(doc[nxt])
                and (k > e or tok.text != "-")
            )
            if not (particle or _is_name_token(tok)):
                break
            if tok.text in gazetteer.names and k == e:
                break
            k += 1
        if k == e:
            continue
        a, b = doc[e].idx, doc[k - 1].idx + len(doc[k - 1].text)
        title = doc[s:e].text
        person = Candidate(
            pid,
            a,
            b,
            doc[e:k].text,
            "PERSON",
            "title",
            WEIGHTS.title_vote,
            title=title,
            title_start=t_a,
        )
        found = [c for c in found if not c.overlaps(a, b)]
        found.append(person)
    return sorted(found, key=lambda c: (c.start, c.end))


def _parenthesised_acronyms(doc: Any, pid: int, found: list[Candidate]) -> list[Candidate]:
    """Return the acronyms in "Long Name (ACR)" that the model left untagged, as ORGs."""
    added = []
    for c in found:
        if c.label != "ORG" or " " not in c.text:
            continue
        m = _PAREN_ACRONYM.match(doc.text, c.end)
        if m is None or any(o.overlaps(m.start(1), m.end(1)) for o in found):
            continue
        added.append(Candidate(pid, m.start(1), m.end(1), m.group(1), "ORG", "acronym"))
    return added
