"""Scores of the analysis' actors against the labelled wire-style articles (tests/data/wire)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefwright.analysis import lexicon
from briefwright.analysis.engine import analyze
from briefwright.ingest import read_article
from briefwright.model.analysis import Actor

WIRE = Path(__file__).resolve().parents[1] / "data" / "wire"
# Adjectival groups ("Danish", "Southeast Asian") are optional for an analyst: found groups
# count for recall when expected, never against precision.
_PRECISION_LABELS = frozenset({"PERSON", "ORG", "PLACE"})
_ARTICLE_SUFFIXES = (".txt", ".md", ".html")


@dataclass(frozen=True)
class Expected:
    """One expected actor: its label, every name form (lower case) and its role."""

    name: str
    label: str
    forms: frozenset[str]
    role: str | None


@dataclass(frozen=True)
class Tally:
    """Counts over a set of articles; each score is ``hits / total`` of its pair."""

    recall: tuple[int, int] = (0, 0)
    precision: tuple[int, int] = (0, 0)
    unsplit: tuple[int, int] = (0, 0)
    unmerged: tuple[int, int] = (0, 0)
    roles: tuple[int, int] = (0, 0)

    def __add__(self, other: Tally) -> Tally:
        pairs = zip(self.as_tuple(), other.as_tuple(), strict=True)
        return Tally(*((a[0] + b[0], a[1] + b[1]) for a, b in pairs))

    def as_tuple(self) -> tuple[tuple[int, int], ...]:
        """Return the five (hits, total) pairs in field order."""
        return (self.recall, self.precision, self.unsplit, self.unmerged, self.roles)

    def score(self, name: str) -> float:
        """Return the share for measure ``name`` (1.0 when nothing was counted)."""
        hits, total = getattr(self, name)
        return hits / total if total else 1.0


def labelled_articles() -> list[tuple[Path, dict]]:
    """Return (article path, expectation) for every wire article whose expectation lists actors."""
    out = []
    for expected in sorted(WIRE.glob("*.expected.json")):
        record = json.loads(expected.read_text(encoding="utf-8"))
        if "actors" not in record:
            continue
        stem = expected.name.removesuffix(".expected.json")
        article = next(
            (WIRE / (stem + s) for s in _ARTICLE_SUFFIXES if (WIRE / (stem + s)).is_file()),
            None,
        )
        if article is not None:
            out.append((article, record))
    return out


def expected_actors(record: dict) -> list[Expected]:
    """Return the expected actors of one record."""
    return [
        Expected(
            a["name"],
            a["label"],
            frozenset(f.lower() for f in [a["name"], *a.get("aliases", [])]),
            a.get("role"),
        )
        for a in record["actors"]
    ]


def _forms(actor: Actor) -> set[str]:
    return {f.lower() for f in (actor.name, *actor.aliases)}


def _role_matches(expected: str, found: str | None) -> bool:
    """Return whether the found role says the expected one (either holds the other)."""
    if not found:
        return False

    def norm(text: str) -> str:
        words = text.lower().replace(",", " ").split()
        return " ".join(w for w in words if w not in ("the", "a", "an"))

    e, f = norm(expected), norm(found)
    # "leads the group" and "leader of the group" state the same role.
    for verb, noun in lexicon.table("roles.who_verbs").items():
        e = re.sub(rf"^{re.escape(verb)}\b", noun, e)
    return e in f or f in e


def tally(expected: Sequence[Expected], actors: Iterable[Actor]) -> Tally:
    """Return the counts for one article's expected actors and the actors found."""
    found = list(actors)
    recall = roles = roles_total = unsplit = with_forms = 0
    for e in expected:
        owners = [a for a in found if _forms(a) & e.forms]
        typed = [a for a in owners if a.label == e.label]
        if typed:
            recall += 1
            if e.role:
                roles_total += 1
                roles += _role_matches(e.role, typed[0].role)
        if len(e.forms) > 1:
            with_forms += 1
            unsplit += len(owners) == 1
    scored = [a for a in found if a.label in _PRECISION_LABELS]
    correct = sum(
        1 for a in scored if any(_forms(a) & e.forms and a.label == e.label for e in expected)
    )
    holders = [a for a in found if _forms(a) & set().union(*(e.forms for e in expected))]
    merged = sum(1 for a in holders if sum(1 for e in expected if _forms(a) & e.forms) > 1)
    return Tally(
        (recall, len(expected)),
        (correct, len(scored)),
        (unsplit, with_forms),
        (len(holders) - merged, len(holders)),
        (roles, roles_total),
    )


def misses(expected: Sequence[Expected], actors: Iterable[Actor]) -> list[str]:
    """Return readable lines for what one article got wrong (for failure messages)."""
    found = list(actors)
    lines = []
    for e in expected:
        owners = [a for a in found if _forms(a) & e.forms]
        if len(owners) > 1:
            lines.append(f"split {e.name}: " + " / ".join(a.name for a in owners))
        typed = [a for a in owners if a.label == e.label]
        if not typed:
            lines.append(f"missed {e.label} {e.name}")
        elif e.role and not _role_matches(e.role, typed[0].role):
            lines.append(f"role of {e.name}: {typed[0].role!r}, expected {e.role!r}")
    for a in found:
        if a.label in _PRECISION_LABELS and not any(
            _forms(a) & e.forms and a.label == e.label for e in expected
        ):
            lines.append(f"extra {a.label} {a.name}")
    return lines


def score_all() -> tuple[Tally, dict[str, list[str]]]:
    """Return the counts over every labelled wire article and what each one got wrong."""
    items = labelled_articles()
    total = Tally()
    wrong: dict[str, list[str]] = {}
    # One at a time: a batch this large would fork model processes, which must not happen in
    # a test process that has started Qt.
    for path, record in items:
        analysis = analyze(read_article(path))
        expected = expected_actors(record)
        total = total + tally(expected, analysis.actors)
        wrong[path.name] = misses(expected, analysis.actors)
    return total, wrong
