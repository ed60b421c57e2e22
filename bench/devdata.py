"""The development set for the sentence ranker: news with reference extracts, by source.

Large files live outside the repository in ``$BRIEFWRIGHT_DEVDATA/summ`` (default
``/work/devdata/summ``; provenance and licences in bench/data/SOURCES.md); the hand-labelled
articles ship in tests/data/. Written summaries become extractive references through the
greedy ROUGE oracle (bench/oracle.py).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.analysis.ranking.facts import SentenceInfo, article_sentences  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.analysis import Entity  # noqa: E402
from briefwright.model.article import Article, Paragraph  # noqa: E402
from oracle import greedy_oracle  # noqa: E402

DEVDATA = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata")) / "summ"
LABELLED = ROOT / "tests" / "data" / "labelled"
WRITTEN = ROOT / "tests" / "data" / "ranker"
CNNDM_FILES = ("cnn_dailymail_validation_subset.csv", "cnn_dailymail_train_sample.csv")
WIKINEWS_FILE = "wikinewssum_en_cleaned.json"
HAND_LABELLED = ("labelled", "written")
# Share of each source held back from training, chosen by a hash of the document id.
HELD_OUT_PERCENT = 30
MAX_SENTENCES = 120


@dataclass(frozen=True)
class Doc:
    """One article, the source it comes from and the indexes of its reference sentences."""

    id: str
    source: str
    article: Article
    reference: frozenset[int]

    @property
    def held_out(self) -> bool:
        """Return whether the document is kept for evaluation only (half of the hand-labelled
        articles, HELD_OUT_PERCENT of the others)."""
        share = 50 if self.source in HAND_LABELLED else HELD_OUT_PERCENT
        digest = hashlib.sha1(self.id.encode("utf-8")).hexdigest()
        return int(digest[:8], 16) % 100 < share


def _article(doc_id: str, paragraphs: Sequence[str], title: str = "") -> Article:
    return Article(
        title,
        tuple(
            Paragraph(i, text, split_sentences(text)) for i, text in enumerate(paragraphs, start=1)
        ),
    )


def _doc(
    doc_id: str, source: str, paragraphs: Sequence[str], summary: str, limit: int, title: str = ""
) -> Doc | None:
    article = _article(doc_id, paragraphs, title)
    infos = article_sentences(article)
    if not 5 <= len(infos) <= MAX_SENTENCES:
        return None
    picked = greedy_oracle([i.text for i in infos], summary, limit)
    if not picked:
        return None
    return Doc(doc_id, source, article, frozenset(picked))


# Scraping residue of the Daily Mail pages: "By . Name . PUBLISHED: . 14:11 EST, 25 October
# 2013 . | . UPDATED: . 15:36 EST, 25 October 2013 ." and "Last updated at … ." before the text.
_DM_HEADER = re.compile(
    r"^(?:By \. .*? \. )?(?:(?:PUBLISHED|UPDATED|Last updated at)\s*:? \. .*?\d{4} \. (?:\| \. )?)+"
)
_DM_BYLINE = re.compile(r"^By \. [^.]{3,80} \. (?:and [^.]{3,80} \. )?")


def clean_cnndm(text: str) -> tuple[str, str]:
    """Return the outlet (``cnn`` or ``dailymail``) and the article text without scraping
    residue (Daily Mail page headers, the glued ``(CNN)`` dateline, spaced full stops)."""
    daily_mail = re.search(r"PUBLISHED:|UPDATED:|Last updated at|^By \.|Daily Mail", text[:400])
    outlet = "dailymail" if daily_mail else "cnn"
    text = _DM_HEADER.sub("", text)
    text = _DM_BYLINE.sub("", text)
    text = re.sub(r"\)(?=[A-Z])", ") ", text)
    # The corpus marks paragraph ends as " . "; a sentence then ends twice.
    text = re.sub(r"([.!?\"”]) \. ", r"\1 ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return outlet, text


def load_cnndm(path: Path) -> list[Doc]:
    """Return the CNN and Daily Mail articles of one CSV (columns id, article, highlights),
    one sentence a paragraph (the corpus keeps no paragraph breaks)."""
    docs = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            highlights = [h.strip() for h in row["highlights"].splitlines() if h.strip()]
            if not highlights or "Transcript" in highlights[0]:
                continue
            outlet, text = clean_cnndm(row["article"])
            sentences = [text[s.start : s.end] for s in split_sentences(text)]
            doc = _doc(row["id"], outlet, sentences, " ".join(highlights), len(highlights))
            if doc is not None:
                docs.append(doc)
    return docs


def _source_body(raw: str) -> tuple[str, list[str]]:
    """Return the headline and the paragraphs of a scraped page: lines of prose, the title
    being the last short line without a full stop before them."""
    title, body = "", []
    for line in raw.splitlines():
        line = " ".join(line.split())
        words = len(line.split())
        if words >= 8 and line[-1:] in ".!?\"”'’":
            body.append(line)
        elif not body and 3 <= words <= 16 and line[-1:] not in ".:|":
            title = line
    return title, body


def load_wikinews(path: Path) -> list[Doc]:
    """Return the English source articles of the WikinewsSum sample (JSON lines), each with
    the Wikinews article written from it as its summary."""
    docs = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, record in enumerate(json.loads(line) for line in lines if line.strip()):
        summary = record["text"]
        size = len(split_sentences(summary))
        for m, source in enumerate(record["sources"]):
            if source.get("language") != "en":
                continue
            title, body = _source_body(source.get("maintext") or "")
            doc = _doc(f"wikinews-{n}-{m}", "wikinews", body, summary, max(3, min(8, size)), title)
            if doc is not None:
                docs.append(doc)
    return docs


def load_labelled(folder: Path, source: str) -> list[Doc]:
    """Return hand-labelled articles (paragraphs and their reference ``key_sentences``)."""
    docs = []
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        article = Article(
            record.get("title", ""),
            tuple(
                Paragraph(i, text, split_sentences(text))
                for i, text in enumerate(record["paragraphs"], start=1)
            ),
            date=date.fromisoformat(record["date"]) if "date" in record else None,
        )
        wanted = {s.strip() for s in record["key_sentences"]}
        picked = frozenset(
            n for n, info in enumerate(article_sentences(article)) if info.text.strip() in wanted
        )
        docs.append(Doc(record["id"], source, article, picked))
    return docs


def missing() -> list[str]:
    """Return the development files that are absent."""
    names = (*CNNDM_FILES, WIKINEWS_FILE)
    return [str(DEVDATA / n) for n in names if not (DEVDATA / n).exists()]


def load_all(*, shipped_only: bool = False) -> list[Doc]:
    """Return every development document: the shipped labelled articles and, unless
    ``shipped_only``, the corpora in DEVDATA (a missing file is reported and skipped)."""
    docs = load_labelled(LABELLED, "labelled") + load_labelled(WRITTEN, "written")
    if shipped_only:
        return docs
    for name in missing():
        print(f"development data missing: {name} (see bench/data/SOURCES.md)", file=sys.stderr)
    for name in CNNDM_FILES:
        if (DEVDATA / name).exists():
            docs += load_cnndm(DEVDATA / name)
    if (DEVDATA / WIKINEWS_FILE).exists():
        docs += load_wikinews(DEVDATA / WIKINEWS_FILE)
    # The same article can sit in two files; the first copy is kept.
    seen: set[str] = set()
    unique = []
    for d in docs:
        if d.article.sha256 not in seen:
            seen.add(d.article.sha256)
            unique.append(d)
    return unique


def entities_of(docs: Sequence[Doc]) -> list[tuple[Entity, ...]]:
    """Return the analysis entities of each document, cached in DEVDATA/cache by text hash."""
    from briefwright.analysis.engine import analyze_many

    cache_path = DEVDATA / "cache" / "entities.json"
    cache: dict[str, list[list[object]]] = {}
    if cache_path.exists():
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    todo = [d for d in docs if d.article.sha256 not in cache]
    if todo:
        print(f"analysing {len(todo)} articles for their entities…", file=sys.stderr)
        for d, analysis in zip(todo, analyze_many(d.article for d in todo), strict=True):
            cache[d.article.sha256] = [
                [e.text, e.label, e.paragraph, e.start, e.end] for e in analysis.entities
            ]
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache_path.write_text(json.dumps(cache), encoding="utf-8")
    return [
        tuple(
            Entity(str(t), lab, int(p), int(s), int(e))
            for t, lab, p, s, e in cache[d.article.sha256]
        )  # type: ignore[arg-type]
        for d in docs
    ]


def infos_of(doc: Doc) -> list[SentenceInfo]:
    """Return the sentences of the document as the analysis sees them."""
    return article_sentences(doc.article)


def by_source(docs: Iterable[Doc]) -> dict[str, list[Doc]]:
    """Return the documents grouped by source, sources in a fixed order."""
    out: dict[str, list[Doc]] = {}
    for d in sorted(docs, key=lambda d: d.source):
        out.setdefault(d.source, []).append(d)
    return out
