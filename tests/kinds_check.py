"""The labelled statement-kind sentences and how they are scored, shared by
tests/analysis/test_factkinds.py and bench/quality_kinds.py."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from briefwright.analysis.engine import analyze_many
from briefwright.ingest import article_from_text
from briefwright.model.analysis import Fact

DATA = Path(__file__).resolve().parent / "data" / "statement_kinds.jsonl"
# Labelled before the rules were changed for it, and measured on its own.
HELDOUT = DATA.with_name("statement_kinds_heldout.jsonl")


def load_rows(path: Path = DATA) -> list[dict]:
    """Return the labelled sentences: doc, paragraph, text, kind, speaker."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def analysed(rows: Sequence[dict]) -> dict[str, Fact]:
    """Return the analysis' fact for each row's text, the rows of a doc read as one article
    (one paragraph per ``paragraph`` number)."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for r in rows:
        docs[r["doc"]][r["paragraph"]].append(r["text"])
    articles = [
        article_from_text("\n\n".join(" ".join(paras[p]) for p in sorted(paras)))
        for paras in docs.values()
    ]
    return {f.text: f for analysis in analyze_many(articles) for f in analysis.facts}


def same_speaker(got: str | None, want: str | None) -> bool:
    """Return whether two speaker names agree: equal, one inside the other ("United Nations"
    in "United Nations refugee agency"), or the same last word (a surname)."""
    if got is None or want is None:
        return got is None and want is None
    a, b = (re.sub(r"^the ", "", s.lower()).strip() for s in (got, want))
    return a == b or a in b or b in a or a.split()[-1] == b.split()[-1]
