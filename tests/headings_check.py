"""The honest-heading check, shared by tests/analysis/test_headings.py and the bench.

A heading passes when it is a topic label (bare, or naming an actor of the article) or a
phrase one sentence of its section states: its words there, in its order.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from briefwright.analysis.ranking.textrank import STOPWORDS
from briefwright.analysis.sections.headings import TOPIC_LABELS
from briefwright.ingest import article_from_text, read_article
from briefwright.model.analysis import Analysis
from briefwright.model.article import Article

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SAMPLE = ROOT / "desktop/briefwright/resources/seeds/niger-coup-us-embassy-evacuation.txt"
_WORD = re.compile(r"[A-Za-z0-9][\w%.,-]*[\w%]|[A-Za-z0-9]")
_JOINS = ("involving", "on", "for")
_GLUE = frozenset({"and", "of", "in", "on", "for", "with", "to", "over", "against", "the", "a"})
# An invented agent or owner: "Cuts of power by MANILA", "Gelle's killings by Abdi".
BY_NAME = re.compile(r"\bby [A-Z]")


def heading_sets() -> dict[str, list[tuple[str, Article]]]:
    """Return the articles to check, by set: own headings set, labelled, wire, sample."""
    own = [
        (p.name, article_from_text(p.read_text(encoding="utf-8")))
        for p in sorted((DATA / "headings").glob("*.txt"))
    ]
    labelled = [
        (
            p.name,
            article_from_text("\n\n".join(json.loads(p.read_text(encoding="utf-8"))["paragraphs"])),
        )
        for p in sorted((DATA / "labelled").glob("*.json"))
    ]
    wire = [
        (p.name, read_article(p))
        for p in sorted((DATA / "wire").iterdir())
        if p.suffix in (".txt", ".md", ".html")
    ]
    sample = [(SAMPLE.name, article_from_text(SAMPLE.read_text(encoding="utf-8")))]
    return {"headings": own, "labelled": labelled, "wire": wire, "sample": sample}


def words_of(text: str) -> list[str]:
    return [w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(text)]


def in_order(wanted: list[str], sentence: list[str]) -> bool:
    """Return whether ``wanted`` occur in ``sentence`` in this order (others may come between)."""
    it = iter(sentence)
    return all(any(w == s for s in it) for w in wanted)


def is_label(heading: str, article_text: str) -> bool:
    """Return whether ``heading`` is a topic label, bare or naming an actor of the article."""
    if heading in TOPIC_LABELS:
        return True
    for join in _JOINS:
        head, sep, name = heading.partition(f" {join} ")
        if sep and head in TOPIC_LABELS and name and name in article_text:
            return True
    return False


def is_supported(heading: str, sentences: list[str], article_text: str) -> bool:
    """Return whether each part of ``heading`` (split at "and") has its words, in its order,
    in one sentence of the section; a name missing there may be the short form the article
    uses elsewhere ("US" for "United States")."""
    known = set(words_of(article_text))
    proper = {w.lower() for w in re.findall(r"(?<=[\w,] )[A-Z][\w-]*", article_text)}
    tokenised = [words_of(s) for s in sentences]
    parts = [heading, *heading.split(" and ")] if " and " in heading else [heading]
    whole, *pieces = parts

    def stated(part: str) -> bool:
        words = [w for w in words_of(part) if w not in _GLUE]
        if not words or any(w not in known for w in words):
            return False
        content = [w for w in words if w not in STOPWORDS]
        return any(
            in_order([w for w in content if w in s or w not in proper], s) for s in tokenised
        )

    return stated(whole) or (bool(pieces) and all(stated(p) for p in pieces))


def checked(article: Article, analysis: Analysis) -> int:
    """Return how many headings of ``analysis`` the check reads (not the article's own)."""
    return sum(
        1
        for s in analysis.sections
        if not any(article.paragraph(pid).kind == "heading" for pid in s.paragraphs)
    )


def failures(article: Article, analysis: Analysis) -> list[str]:
    """Return the headings of ``analysis`` that are neither stated nor a label, and those
    that name an agent the text does not ("… by Manila")."""
    text = "\n".join(p.text for p in article.paragraphs)
    bad = []
    for section in analysis.sections:
        if any(article.paragraph(pid).kind == "heading" for pid in section.paragraphs):
            continue  # the article's own heading
        sentences = [
            p.text[s.start : s.end]
            for pid in section.paragraphs
            for p in [article.paragraph(pid)]
            for s in p.sentences
        ]
        h = section.heading
        m = BY_NAME.search(h)
        invented = m is not None and h[m.start() :] not in text
        if invented or not (is_label(h, text) or is_supported(h, sentences, text)):
            bad.append(h)
    return bad
