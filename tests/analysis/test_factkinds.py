"""Statement kinds and speakers: rules by example, and accuracy on the labelled sentence set."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from briefwright.analysis import analyze, analyze_many
from briefwright.analysis.factkinds import statement
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Fact

DATA = Path(__file__).resolve().parents[1] / "data" / "statement_kinds.jsonl"
# Measured with bench/quality_kinds.py: 399/399 kinds and 161/165 speakers; the floors sit
# just below, so that a change that costs a few sentences fails.
MIN_KIND_ACCURACY = 0.98
MIN_SPEAKER_ACCURACY = 0.96


@pytest.mark.parametrize(
    ("sentence", "kind", "source"),
    [
        ("Maersk raised its full-year profit forecast on Thursday.", "fact", None),
        ("Markets had expected a larger rise, and the lira fell 2.5%.", "fact", None),
        ("The so-called “shadow fleet” carries much of Russia's oil.", "fact", None),
        ("The bank kept rates at 29%, saying inflation could fall.", "fact", None),
        ("The group said it had killed more than 70 people.", "claim", "The group"),
        ("At least 21 people were killed, according to police.", "claim", "police"),
        (
            "Ghana reached a deal on Monday, the finance ministry said.",
            "claim",
            "the finance ministry",
        ),
        (
            "France, the former colonial power, said it condemned the coup.",
            "claim",
            "France, the former colonial power",
        ),
        (
            '"The attackers have been eliminated," said Defence Minister Abdulkadir Mohamed Nur.',
            "quote",
            "Defence Minister Abdulkadir Mohamed Nur",
        ),
        ("“We lost everything,” she said.", "quote", "she"),
        ("Analysts say the attack shows the group can still strike.", "commentary", "Analysts"),
        ("Analysts see the vote as a test of the president's authority.", "commentary", "Analysts"),
        ("The result is widely seen as a verdict on the economy.", "commentary", None),
        ("The storm is expected to weaken on Sunday.", "assessment", None),
        ("The strike is expected to spread to other states.", "assessment", None),
        ("The bases maintained by France highlight its reach.", "fact", None),
    ],
)
def test_statement(sentence: str, kind: str, source: str | None) -> None:
    found = statement(sentence)
    assert found.kind == kind
    named = sentence[found.source[0] : found.source[1]] if found.source else None
    assert named == source


def test_he_said_is_the_last_person_named() -> None:
    article = article_from_text(
        "Defence Minister Abdulkadir Mohamed Nur visited the hotel on Wednesday. "
        "“We will not allow these terrorists to dictate our future,” he said."
    )
    quote = analyze(article).facts[1]
    assert (quote.kind, quote.speaker) == ("quote", "Abdulkadir Mohamed Nur")


def _same_speaker(got: str | None, want: str | None) -> bool:
    if got is None or want is None:
        return got is None and want is None
    a, b = (re.sub(r"^the ", "", s.lower()) for s in (got, want))
    return a == b or a in b or b in a or a.split()[-1] == b.split()[-1]


def _analysed(rows: list[dict]) -> dict[str, Fact]:
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        docs[r["doc"]][r["paragraph"]].append(r["text"])
    articles = [
        article_from_text("\n\n".join(" ".join(paras[p]) for p in sorted(paras)))
        for paras in docs.values()
    ]
    return {f.text: f for a in analyze_many(articles) for f in a.facts}


def test_labelled_sentences_meet_the_measured_accuracy() -> None:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) >= 300
    facts = _analysed(rows)
    kinds = sum(1 for r in rows if r["text"] in facts and facts[r["text"]].kind == r["kind"])
    named = [r for r in rows if r["kind"] in ("quote", "claim")]
    speakers = sum(
        1
        for r in named
        if r["text"] in facts and _same_speaker(facts[r["text"]].speaker, r["speaker"])
    )
    assert kinds / len(rows) >= MIN_KIND_ACCURACY
    assert speakers / len(named) >= MIN_SPEAKER_ACCURACY
