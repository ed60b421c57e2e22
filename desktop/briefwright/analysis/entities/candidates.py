"""Entity candidates found in one paragraph: model entities corrected by gazetteer and titles."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, replace
from typing import Any

from briefwright.analysis import lexicon
from briefwright.analysis.entities.candidate import NAME_LABELS, Candidate
from briefwright.analysis.entities.city_names import as_city
from briefwright.analysis.entities.described import as_described
from briefwright.analysis.entities.gazetteer import Gazetteer
from briefwright.analysis.entities.name_bounds import (
    before_title,
    common_word_opening,
    counts_something,
    hyphenated,
    owner_split,
    trim,
    widened,
)
from briefwright.analysis.entities.name_context import (
    context_label,
    coordinated,
    mid_sentence,
)
from briefwright.analysis.entities.role_heads import role_title
from briefwright.analysis.entities.special_names import names_storm, with_roads
from briefwright.analysis.penn import PROPER_NOUNS
from briefwright.analysis.weights import WEIGHTS
from briefwright.model import calendar
from briefwright.model.analysis import Label

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
_NAME_PARTICLES = lexicon.words("names.particles")
_PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z]{1,10})\)")
_CALENDAR = frozenset(calendar.MONTHS) | frozenset(calendar.WEEKDAYS)
# A word heading an organisation's name ("Justice Party"): no person after a title.
ORG_HEADS = lexicon.words("names.org_heads")
# Titles that are also parts of personal names ("Hassan Sheikh Mohamud").
NAME_TITLES = lexicon.words("names.name_titles")
# The last word of an organisation's name: "Elliott Management", "Jeju Air" are not people.
ORG_ENDINGS = lexicon.words("names.org_endings")
# The last word of a diplomatic mission's name ("US Embassy"): an organisation, not a place.
MISSION_ENDINGS = lexicon.words("names.mission_endings")
_PLACE_ENDINGS = lexicon.words("names.place_endings") | lexicon.words("names.facility_endings")
_DISEASES = lexicon.words("names.diseases") | lexicon.words("names.holidays")  # no actors
_NO_ACTOR_ENDINGS = lexicon.words("names.no_actor_endings")
CAMPAIGNS = lexicon.words("names.campaign_openers")
_OUTLET_ENDINGS = lexicon.words("names.outlet_endings")
_BODY_ENDINGS = (
    lexicon.words("names.facility_endings")
    | lexicon.words("names.centre_endings")
    | ORG_HEADS
    | ORG_ENDINGS
)
@dataclass(frozen=True)
class Matchers:
    """The phrase matchers for gazetteer names and titles, built once per model."""

    names: Any
    titles: Any
    forms: dict[tuple[str, ...], str]


def build_matchers(nlp: Any, gazetteer: Gazetteer) -> Matchers:
    """Return phrase matchers (case-sensitive) for every gazetteer name and title."""
    from spacy.matcher import PhraseMatcher  # with the model, when the analysis first runs
    names = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(gazetteer.names)
    docs = list(nlp.tokenizer.pipe(forms))
    names.add("NAME", docs)
    titles = PhraseMatcher(nlp.vocab, attr="ORTH")
    titles.add("TITLE", list(nlp.tokenizer.pipe(sorted(gazetteer.titles))))
    # A match is found by its tokens, whatever the spacing between them ("Moody 's").
    by_tokens = {tuple(t.text for t in doc): form for doc, form in zip(docs, forms, strict=True)}
    return Matchers(names, titles, by_tokens)


def _longest(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return non-overlapping token spans, preferring longer then earlier ones."""
    chosen: list[tuple[int, int]] = []
    taken: set[int] = set()
    for s, e in sorted(spans, key=lambda se: (se[0] - se[1], se[0])):
        if not taken.intersection(range(s, e)):
            chosen.append((s, e))
            taken.update(range(s, e))
    return sorted(chosen)


def _given_name(doc: Any, end: int) -> int:
    """Return ``end`` past a hyphenated given name the model left out of a person's name
    ("Kim" of "Kim Min-seok", "Kim Jong-un")."""
    if end + 2 >= len(doc) or not (doc[end].text[:1].isupper() and doc[end].text.isalpha()):
        return end
    hyphen, rest = doc[end + 1], doc[end + 2]
    joined = hyphen.text == "-" and not doc[end].whitespace_ and not hyphen.whitespace_
    given = rest.text.isalpha() and rest.text[:1].islower() and len(rest.text) <= 5
    return end + 1 if joined and given else end


def _model_candidates(
    doc: Any, pid: int, titles: frozenset[str], gazetteer_names: Container[str] = ()
) -> list[Candidate]:
    """Return the model's entities, mapped to our labels and trimmed."""
    found: list[Candidate] = []
    covered = 0
    for ent in doc.ents:
        label = _LABEL_MAP.get(ent.label_)
        if label is None or ent.start < covered:
            continue
        start, end = trim(doc, ent.start, ent.end)
        if label == "PERSON":
            end = _given_name(doc, end)
        if label in ("PERSON", "ORG", "PLACE", "GROUP"):
            start, end = hyphenated(doc, start, end)
            start, end, label = widened(doc, start, end, label)
            covered = end
        if label in ("PERSON", "ORG", "PLACE"):
            # "Brentford 2-1": a scoreline run into a name is not part of it.
            while end - start > 1 and not any(ch.isalpha() for ch in doc[end - 1].text):
                end -= 1
        if start >= end:
            continue
        if label in NAME_LABELS and common_word_opening(doc, start, end):
            continue
        if label in NAME_LABELS and (
            doc[start:end].text in _DISEASES or doc[end - 1].text in _NO_ACTOR_ENDINGS
        ):
            continue  # a disease, a law or an event is no actor
        if label == "PERSON" and end - start == 1 and doc[start].text in ORG_HEADS:
            label = "ORG"  # "the Observatory said", after its full name
        if label == "PERSON" and end - start > 1 and (
            doc[end - 1].text in ORG_ENDINGS | ORG_HEADS or doc[start].text in CAMPAIGNS
        ):
            # "Smiths Group", "Maintenance Squadron", and "Team Boehner", "Draft Warren": a camp
            label = "ORG"
        if (
            label == "PLACE"
            and end - start > 1
            and doc[end - 1].text in ORG_ENDINGS
            and doc[start:end].text not in gazetteer_names
        ):
            label = "ORG"  # "West Midlands Police", "River Road Fellowship"; not "West Bank"
        outlet = end - start > 1 and doc[end - 1].text in _OUTLET_ENDINGS
        if label in ("PERSON", "PLACE") and outlet:
            label = "ORG"  # "the Barents Observer": a newspaper
        the = start if doc[start].text == "The" else start - 1
        if label == "PERSON" and the >= 0 and doc[the].text == "The" and mid_sentence(doc, the):
            label = "ORG"  # "told The Observer": no person's name takes "The" inside a sentence
        if label in ("PERSON", "ORG") and end - start > 1 and doc[end - 1].text in _PLACE_ENDINGS:
            label = "PLACE"  # "Oxford Street", "Cook County", "LaGuardia Airport"
        if label == "PLACE" and end - start > 1 and doc[end - 1].text in MISSION_ENDINGS:
            # An embassy is the mission that acts, more than the building it sits in.
            label = "ORG"
        if ent.label_ == "CARDINAL" and not counts_something(doc, start, end):
            continue
        weight = 1.0
        told = context_label(doc, start, end, label) if label in NAME_LABELS else None
        if told is not None:
            # The words around the name outweigh the model's reading of it elsewhere.
            label, weight = told, 2.0
        title: str | None = None
        title_start: int | None = None
        if label == "PERSON":
            for k in range(min(end - 1, start + 4), start, -1):
                if doc[start:k].text in titles or (k == start + 1 and role_title(doc[start].text)):
                    title, title_start = doc[start:k].text, doc[start].idx
                    start = k
                    break
        split = owner_split(doc, start, end) if label == "ORG" else None
        if split is not None:
            owner = doc[start:split]
            found.append(
                Candidate(pid, owner.start_char, owner.end_char, owner.text, label, "ner", weight)
            )
            start = split + 1
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
                weight,
                title=title,
                title_start=title_start,
            )
        )
    return found


def _is_name_token(tok: Any) -> bool:
    """Return whether ``tok`` can be part of a personal name after a title."""
    text = tok.text
    if not text[:1].isupper() or text in _CALENDAR or text in ORG_HEADS:
        return False
    return tok.tag_ in PROPER_NOUNS or (text.isalpha() and not tok.is_stop)


def paragraph_candidates(
    doc: Any, pid: int, gazetteer: Gazetteer, matchers: Matchers
) -> list[Candidate]:
    """Return the entity candidates of one paragraph's ``doc``, sorted by position.

    The model's entities are trimmed; gazetteer names overrule the model's label on the same
    span and replace shorter or partial spans; a capitalised name after a title is a person;
    nothing inside a title phrase ("State" in "Secretary of State") is an entity.
    """
    found = [
        as_described(as_city(c, gazetteer), doc.text, gazetteer.localities)
        for c in _model_candidates(doc, pid, gazetteer.titles, gazetteer.names)
    ]
    # Names inside an event, a law or a work the model found ("U.S. Open") are not actors.
    other = [(ent.start, ent.end) for ent in doc.ents if ent.label_ not in _LABEL_MAP]
    gaz_spans = _longest([(s, e) for _, s, e in matchers.names(doc)])
    for s, e in gaz_spans:
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b in other):
            continue
        span = doc[s:e]
        if (s > 0 and doc[s - 1].text in ("-",)) or (e < len(doc) and doc[e].text == "-"):
            continue
        entry = gazetteer.names[matchers.forms[tuple(t.text for t in span)]]
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
        same = [c for c in clash if (c.start, c.end) == (a, b) and c.label in ("ORG", "PLACE")]
        found = [c for c in found if not c.overlaps(a, b)]
        if same and entry.label in ("ORG", "PLACE"):
            # The model's label stays beside the known name: where the text decides (a club
            # named after its city) the document-wide step may prefer it.
            found.append(replace(same[0], entry=entry))
            continue
        found.append(Candidate(pid, a, b, span.text, entry.label, "gazetteer", entry=entry))

    found.extend(_parenthesised_acronyms(doc, pid, found))
    found.extend(coordinated(doc, pid, found))
    title_spans = _longest([(s, e) for _, s, e in matchers.titles(doc)])
    for s, e in title_spans:
        t_a, t_b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        inside = [c for c in found if c.label == "PERSON" and c.start < t_a and t_b < c.end]
        given = doc.text[inside[0].start : t_a].split() if inside else []
        if inside and (
            doc[s:e].text in NAME_TITLES
            or (
                e - s == 1
                and len(given) >= 2
                and all(w.isalpha() and w not in gazetteer.names for w in given)
            )
        ):
            # A title that is also a name's part, inside a person's name ("Hassan Sheikh
            # Mohamud", "Martin Luther King Jr."), is the name's.
            continue
        if any(
            c.label in ("ORG", "PLACE")
            and c.start <= t_a
            and t_b < c.end
            and c.text.split()[-1] in _BODY_ENDINGS
            for c in found
        ):
            continue  # a title in a body's name ("Lahore General Hospital", "General Motors")
        if e - s > 1 or doc[s].text[:1].isupper():
            # Nothing inside the title is a name; a place ends before it ("Buncombe County").
            found = [
                before_title(c, doc.text, t_a, t_b)
                for c in found
                if not (c.start >= t_a and c.end <= t_b and c.label in NAME_LABELS)
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
        _, k = hyphenated(doc, e, k)  # "Ban Ki-moon"
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
    text = doc.text
    found = [c for c in found if not names_storm(text, c)]
    found = with_roads(text, pid, found)
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
