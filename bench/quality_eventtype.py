"""Print how often the event type is right, and the places a travel alert proposes.

Run: .venv/bin/python bench/quality_eventtype.py (also part of ``make quality``).

Three sets: the alert articles written for the project (tests/data/alerts, the type and
places each should get); the first 160 CNN/DailyMail validation articles, each labelled by
reading it (bench/data/eventtype_labels.json; a list gives every type a careful reader could
accept), scored on two halves chosen by a hash of the id (the rules were tuned on the first);
and the 101 Wikinews stories of WikinewsSum, labelled by their categories where these name a
type (Elections, Earthquakes, Crime and law …) and by their headline otherwise. Each is
classed twice: by the analysis (headline, lede clauses told with the tagger) and from the
words alone (what a project saved without an event type falls back to).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.analysis.events.event_type import classify_event  # noqa: E402
from briefwright.ingest import article_from_text  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.article import Article, Paragraph  # noqa: E402
from devdata import CNNDM_FILES, DEVDATA, WIKINEWS_FILE, clean_cnndm  # noqa: E402

ALERTS = ROOT / "tests" / "data" / "alerts"
LABELS = ROOT / "bench" / "data" / "eventtype_labels.json"
CNN_ROWS = 160
# Wikinews categories that name a type, the first found deciding; stories filed only under
# sport, culture, science or technology are general news.
CATEGORY_TYPES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Earthquakes", ("earthquake",)),
    ("Tsunamis", ("earthquake",)),
    ("Natural disasters", ("earthquake", "storm", "flood", "wildfire", "natural_hazard")),
    ("Elections", ("election",)),
    ("Civil war", ("armed_conflict",)),
    ("Iraq War", ("armed_conflict", "terrorism")),
    ("Crime and law", ("crime", "legal")),
    ("Economy and business", ("economic",)),
)
GENERAL_CATEGORIES = frozenset(
    {
        "Sports", "Cricket", "Football (soccer)", "Basketball", "Culture and entertainment",
        "Film", "Science and technology", "Space", "Computing", "Internet", "Spam",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Case:
    """One article and the event types accepted for it."""

    id: str
    article: Article
    accepted: tuple[str, ...]

    @property
    def dev(self) -> bool:
        """Return whether the case is in the half the rules were tuned on."""
        return int(hashlib.sha1(self.id.encode()).hexdigest()[:8], 16) % 2 == 0


def _as_tuple(value: str | list[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _article(title: str, paragraphs: Sequence[str]) -> Article:
    return Article(
        title,
        tuple(
            Paragraph(i, text, split_sentences(text))
            for i, text in enumerate((p for p in paragraphs if p.strip()), start=1)
        ),
    )


def alert_cases() -> list[tuple[Case, dict]]:
    """Return the project's alert articles with what each should get."""
    out = []
    for path in sorted(ALERTS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        article = article_from_text(path.read_text(encoding="utf-8"))
        out.append((Case(path.stem, article, (expected["event_type"],)), expected))
    return out


def cnn_cases(labels: dict) -> list[Case]:
    """Return the labelled CNN/DailyMail articles (one sentence a paragraph, as devdata)."""
    path = DEVDATA / CNNDM_FILES[0]
    if not path.exists():
        print(f"  development data missing: {path} (see bench/data/SOURCES.md)")
        return []
    wanted = labels[CNNDM_FILES[0]]
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            if n >= CNN_ROWS:
                break
            _, text = clean_cnndm(row["article"])
            sentences = [text[s.start : s.end] for s in split_sentences(text)]
            out.append(Case(row["id"], _article("", sentences), _as_tuple(wanted[row["id"]])))
    return out


def silver_types(categories: Sequence[str]) -> tuple[str, ...]:
    """Return the types a Wikinews story's categories name, or () when they name none."""
    for category, types in CATEGORY_TYPES:
        if category in categories:
            return types
    if GENERAL_CATEGORIES & set(categories):
        return ("general",)
    return ()


def wikinews_cases(labels: dict) -> list[Case]:
    """Return the Wikinews stories (headline and text) with their silver labels."""
    path = DEVDATA / WIKINEWS_FILE
    if not path.exists():
        print(f"  development data missing: {path} (see bench/data/SOURCES.md)")
        return []
    read = labels[WIKINEWS_FILE]
    out = []
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, line in enumerate(lines):
        record = json.loads(line)
        accepted = silver_types(record["categories"]) + _as_tuple(read.get(str(n), []))
        paragraphs = [" ".join(p.split()) for p in record["text"].split("\n")]
        out.append(Case(f"wikinews-{n}", _article(record["title"], paragraphs), accepted))
    return out


def score(cases: Sequence[Case], found: Sequence[str]) -> str:
    """Return accuracy and, for the articles a type was read for, its recall and precision."""
    right = sum(f in c.accepted for c, f in zip(cases, found, strict=True))
    eventful = [(c, f) for c, f in zip(cases, found, strict=True) if "general" not in c.accepted]
    typed = [(c, f) for c, f in zip(cases, found, strict=True) if f != "general"]
    recall = sum(f in c.accepted for c, f in eventful)
    precision = sum(f in c.accepted for c, f in typed)
    return (
        f"{right}/{len(cases)} = {right / max(1, len(cases)):.3f}; "
        f"typed events found {recall}/{len(eventful)}, "
        f"types proposed right {precision}/{len(typed)}"
    )


def report_set(name: str, cases: Sequence[Case], *, halves: bool = False) -> None:
    """Print the scores of both ways of classing one set, and its misses."""
    if not cases:
        return
    parsed = [a.event_type for a in analyze_many(c.article for c in cases)]
    words = [classify_event(c.article).key for c in cases]
    print(f"  {name} ({len(cases)} articles)")
    for how, found in (("analysis", parsed), ("words only", words)):
        print(f"    {how:10s} {score(cases, found)}")
        if halves:
            for half, keep in (("tuned-on half", True), ("held-out half", False)):
                pairs = [(c, f) for c, f in zip(cases, found, strict=True) if c.dev == keep]
                print(
                    f"      {half:14s} "
                    f"{score([c for c, _ in pairs], [f for _, f in pairs])}"
                )
    misses = Counter(
        f"{'/'.join(c.accepted)}→{f}"
        for c, f in zip(cases, parsed, strict=True)
        if f not in c.accepted
    )
    if misses:
        listed = ", ".join(f"{k} ×{v}" for k, v in misses.most_common())
        print(f"    misses (expected→found): {listed}")


def location_report(cases: Sequence[tuple[Case, dict]]) -> None:
    """Print the places each alert article gets against the ones it should."""
    from briefwright.app.pipeline import open_briefing
    from briefwright.draft.alert import proposed_locations

    found_total = expected_total = right = wrong = 0
    for case, expected in cases:
        briefing = open_briefing(ALERTS / f"{case.id}.txt", "travel-alert")
        found = proposed_locations(briefing)
        want = expected["locations"]
        ok = {*want, *expected.get("also_ok", [])}
        hit = [w for w in want if any(_same(w, f) for f in found)]
        extra = [f for f in found if not any(_same(f, o) for o in ok)]
        never = [f for f in found if any(_same(f, n) for n in expected.get("never", []))]
        found_total += len(found)
        expected_total += len(want)
        right += len(hit)
        wrong += len(extra)
        flag = "" if len(hit) == len(want) and not extra else "  ✗"
        print(f"    {case.id:28s} {'; '.join(found)}{flag}")
        if never:
            print(f"      places that only react: {never}")
    print(
        f"    places expected found {right}/{expected_total}; "
        f"proposed but not expected {wrong}/{found_total}"
    )


_NODE_TAIL = re.compile(r"\s+(?:airport|port|border crossing|crossing|highway|road)$")


def _same(a: str, b: str) -> bool:
    """Return whether two names are one place: "Orly" and "Orly airport", "Democratic
    Republic of Congo" and "Democratic Republic of the Congo" (not "Cape Town" and "Cape
    Town International Airport")."""
    a, b = (" ".join(re.sub(r"\bthe\b", " ", n.lower()).split()) for n in (a, b))
    return a == b or _NODE_TAIL.sub("", a) == b or _NODE_TAIL.sub("", b) == a


def timing(cases: Sequence[Case]) -> None:
    """Print the time the whole analysis and the event type alone take per 500 words (best
    of 3 over the set, the model loaded)."""
    articles = [c.article for c in cases]
    per = 500 * 1000 / max(1, sum(a.word_count for a in articles))
    whole = min(_clock(lambda: list(analyze_many(articles))) for _ in range(3))
    alone = min(_clock(lambda: [classify_event(a) for a in articles]) for _ in range(3))
    print(
        f"  speed per 500 words: whole analysis {whole * per:.0f} ms, "
        f"of which the event type {alone * per:.1f} ms"
    )


def _clock(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> None:
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    print("event type (travel alert): share classed as labelled")
    alerts = alert_cases()
    report_set("alert articles written for the project", [c for c, _ in alerts])
    cnn = cnn_cases(labels)
    report_set("CNN/DailyMail validation, first 160", cnn, halves=True)
    wikinews = wikinews_cases(labels)
    report_set("Wikinews (WikinewsSum), categories as silver labels", wikinews)
    timing([c for c, _ in alerts])
    print("  locations affected (travel alert) on the alert articles")
    location_report(alerts)


if __name__ == "__main__":
    main()
