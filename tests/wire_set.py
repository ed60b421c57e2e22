"""The wire-style regression set (tests/data/wire) and the labelled set, scored for layout.

Shared by ``tests/analysis/test_wire_layout.py`` and ``bench/quality_layout.py``. It reads
only what every version of the Article and the analysis offers, so the bench can score an
older checkout too.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WIRE = ROOT / "tests" / "data" / "wire"
LABELLED = ROOT / "tests" / "data" / "labelled"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx")
# The day the wire set is read on, whatever the clock or the files' times say: after its
# latest story (9 December 2026), so a dateline without its year ("Dec 1") is of 2026.
READ_ON = date(2026, 12, 10)


@dataclass(frozen=True)
class Case:
    """One article of a regression set and what it should give."""

    name: str
    path: Path | None
    expected: dict[str, Any]
    text: str = ""


@dataclass
class Measure:
    """Hits over tries for one measure, with a line for every miss."""

    hits: int = 0
    tries: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        """Count one try; record ``miss`` when it failed."""
        self.tries += 1
        self.hits += ok
        if not ok:
            self.misses.append(miss)

    @property
    def share(self) -> float:
        """Return hits / tries (1.0 when nothing was tried)."""
        return self.hits / self.tries if self.tries else 1.0

    def __str__(self) -> str:
        return f"{self.hits}/{self.tries} = {self.share:.3f}"


@dataclass
class Scores:
    """The layout and date measures over a set of cases."""

    headline: Measure = field(default_factory=Measure)
    date: Measure = field(default_factory=Measure)
    place: Measure = field(default_factory=Measure)
    outlet: Measure = field(default_factory=Measure)
    lede: Measure = field(default_factory=Measure)
    dates: Measure = field(default_factory=Measure)
    when: Measure = field(default_factory=Measure)
    events: Measure = field(default_factory=Measure)
    upcoming: Measure = field(default_factory=Measure)
    not_events: Measure = field(default_factory=Measure)
    verbs: Measure = field(default_factory=Measure)

    def items(self) -> list[tuple[str, Measure]]:
        """Return (name, measure) pairs in report order."""
        return [
            ("headline exact", self.headline),
            ("article date", self.date),
            ("dateline place", self.place),
            ("outlet", self.outlet),
            ("lede without dateline", self.lede),
            ("date values resolved", self.dates),
            ("date past/future", self.when),
            ("events found", self.events),
            ("event upcoming flag", self.upcoming),
            ("non-events left out", self.not_events),
            ("events with an action verb", self.verbs),
        ]


def wire_cases(folder: Path = WIRE) -> list[Case]:
    """Return every ``<slug>.expected.json`` of ``folder`` with the article file beside it."""
    cases: list[Case] = []
    for expected in sorted(folder.glob("*.expected.json")):
        stem = expected.name.removesuffix(".expected.json")
        article = next(
            (folder / f"{stem}{s}" for s in SUFFIXES if (folder / f"{stem}{s}").exists()), None
        )
        cases.append(Case(stem, article, json.loads(expected.read_text(encoding="utf-8"))))
    return cases


def labelled_cases(folder: Path = LABELLED) -> list[Case]:
    """Return the labelled articles as plain text without a headline or a dateline.

    Their first paragraph must stay the lead: nothing in them is a headline or a dateline.
    Section headings of a labelled article keep their place in the text.
    """
    cases: list[Case] = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        kinds = record.get("kinds") or ["body"] * len(record["paragraphs"])
        first_body = next(
            p for p, k in zip(record["paragraphs"], kinds, strict=True) if k == "body"
        )
        expected = {
            "headline": "",
            "place": None,
            "lede_starts": first_body,
        }
        text = "\n\n".join(record["paragraphs"])
        cases.append(Case(path.stem, None, expected, text))
    return cases


Reader = Callable[[Case], Any]
Analyzer = Callable[[Any], Any]
# Forms of "be": an event whose only verb is one of them states, it does not happen.
COPULAS = frozenset(("be", "is", "are", "was", "were", "been", "being", "'s", "'re", "remain",
                     "remains", "remained", "become", "becomes", "became", "seem", "seems",
                     "seemed"))  # fmt: skip
# "is due in court", "is scheduled for": a copula with these states a coming event.
SCHEDULED = frozenset(("due", "scheduled", "slated"))


def score(cases: Iterable[Case], read: Reader, analyze: Analyzer | None) -> Scores:
    """Return the measures of ``cases`` as ``read`` reads them (and ``analyze`` dates them).

    Keys missing from a case's expectation are not scored; every event found (of every case)
    must hold a verb that is not a copula.
    """
    scores = Scores()
    for case in cases:
        article = read(case)
        want = case.expected
        name = case.name
        if "headline" in want:
            got = article.title or ""
            scores.headline.add(got == (want["headline"] or ""), f"{name}: headline {got!r}")
        if "date" in want:
            got_date = article.date.isoformat() if article.date else None
            scores.date.add(got_date == want["date"], f"{name}: date {got_date}")
        if "place" in want:
            place = getattr(article, "place", None)
            scores.place.add(_same_place(place, want["place"]), f"{name}: place {place!r}")
        if "outlet" in want:
            outlet = getattr(article, "outlet", None)
            ok = (outlet or "").casefold() == (want["outlet"] or "").casefold()
            scores.outlet.add(ok, f"{name}: outlet {outlet!r}")
        if "lede_starts" in want:
            body = [p for p in article.paragraphs if p.kind == "body"]
            lede = body[0].text if body else ""
            scores.lede.add(lede.startswith(want["lede_starts"]), f"{name}: lede {lede[:60]!r}")
        if analyze is None:
            continue
        analysis = analyze(article)
        if "dates" in want:
            _score_dates(name, want["dates"], analysis.dates, scores)
        events = getattr(analysis, "events", ())
        if "events" in want:
            _score_events(name, want, events, scores)
        for event in events:
            ok = _has_action_verb(article, event)
            scores.verbs.add(ok, f"{name}: {event.text!r} has no action verb")
    return scores


def _same_place(got: str | None, want: str | None) -> bool:
    """Return whether a dateline place matches: the same, or its city when the expectation
    names only the city ("Nairobi" for "Nairobi, Kenya")."""
    if not want or not got:
        return not want and not got
    return got.casefold() == want.casefold() or got.split(",")[0].casefold() == want.casefold()


def _score_dates(
    name: str, wanted: Sequence[dict[str, Any]], found: Sequence[Any], scores: Scores
) -> None:
    """Score each expected date phrase against the found one of the same words, in order."""
    used: set[int] = set()
    for item in wanted:
        text = item["text"]
        index = next(
            (
                i
                for i, ref in enumerate(found)
                if i not in used and (ref.text == text or text.endswith(" " + ref.text))
            ),
            None,
        )
        if index is None:
            scores.dates.add(False, f"{name}: {text!r} not found")
            if "when" in item:
                scores.when.add(False, f"{name}: {text!r} not found")
            continue
        used.add(index)
        ref = found[index]
        scores.dates.add(
            ref.value == item["value"], f"{name}: {text!r} → {ref.value} (want {item['value']})"
        )
        if "when" in item:
            when = getattr(ref, "when", "")
            scores.when.add(
                when == item["when"], f"{name}: {text!r} {when!r} (want {item['when']})"
            )


def _score_events(name: str, want: dict[str, Any], found: Sequence[Any], scores: Scores) -> None:
    """Score the expected events (date, words, upcoming flag), the sentences that must give
    none ("not_events")."""
    for item in want["events"]:
        match = next(
            (
                e
                for e in found
                if e.date.value == item["date"]
                and item["phrase_contains"].casefold() in e.text.casefold()
            ),
            None,
        )
        label = f"{name}: {item['date']} {item['phrase_contains']!r}"
        scores.events.add(match is not None, f"{label} not found")
        if match is not None:
            scores.upcoming.add(
                bool(match.upcoming) == item["upcoming"],
                f"{label} upcoming={match.upcoming} in {match.text!r}",
            )
    for words in want.get("not_events", ()):
        hit = next((e for e in found if words.casefold() in e.text.casefold()), None)
        scores.not_events.add(hit is None, f"{name}: {hit.text if hit else ''!r} is no event")


def _has_action_verb(article: Any, event: Any) -> bool:
    """Return whether a word of the event is, in its sentence, a verb other than a copula."""
    paragraph = article.paragraph(event.paragraph)
    span = paragraph.sentences[event.sentence]
    nlp = importlib.import_module("briefwright.analysis.language").get_nlp()
    doc = nlp(paragraph.text[span.start : span.end])
    verbs = {t.lower_ for t in doc if t.tag_.startswith(("VB", "MD")) and t.lower_ not in COPULAS}
    verbs |= SCHEDULED
    return any(word.strip(",.;:").casefold() in verbs for word in event.text.split())
