"""Print how well the subject line says what happened, against human headlines.

Run: .venv/bin/python bench/quality_subject.py [--show N]
Public articles with a human headline (bench/data/SOURCES.md): the English sources of
WikinewsSum (the Wikinews article's title is the headline of the event they report) and CNN
stories of the CNN/DailyMail validation split (the headline words of each story's address,
"libya-isis-foreigners-abducted"); then the project's wire set (tests/data/wire). Every
article is read by the product's reader with its headline left out, so the line comes from
the lede (a headline would only be copied). For each set: the share of lines with a finite
verb or an event noun and a concrete subject, the share cut mid-phrase (ending on a
determiner, preposition, conjunction or possessive: must be 0), the mean words, and the
content-word overlap (stemmed as analysis/textrank.content_words) with the headline, beside
two baselines: the lede's first 12 words and the subject proposed from section headings
(draft/subject.py, ``propose``). ``--show N`` prints N lines of each set beside their
headlines (``--ledes`` with their ledes).
When first measured (331 public articles): subject line event+actor 0.93, cut 0.00, 10.5
words, headline F1 0.21; lede's first 12 words 0.82, 0.26, 11.4, 0.20; section headings
0.78, 0.00, 7.3, 0.09. Wire set F1 0.47 against 0.40 and 0.11.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.analysis.language import get_nlp  # noqa: E402
from briefwright.analysis.ranking.textrank import content_words  # noqa: E402
from briefwright.analysis.sections.phrases import EVENT_NOUNS  # noqa: E402
from briefwright.draft.proposal import propose  # noqa: E402
from briefwright.ingest import article_from_text, read_article  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.analysis import Analysis  # noqa: E402
from briefwright.model.article import Article  # noqa: E402
from devdata import CNNDM_FILES, DEVDATA, WIKINEWS_FILE, _source_body, clean_cnndm  # noqa: E402

CNN_URLS = "cnn_dailymail_val_urls.txt"
CNN_ARTICLES = 200
WIRE = ROOT / "tests" / "data" / "wire"
LEDE_WORDS = 12
# What a line may not end on: its noun or clause would be missing.
_DANGLING_TAGS = frozenset(("DT", "IN", "CC", "TO", "POS", "PRP$", "WDT", "WP", "WP$", "MD"))
_DANGLING_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "into",
        "over",
        "and",
        "or",
        "but",
        "nor",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "whose",
        "which",
        "who",
    ]
)
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_POINTING = frozenset(("this", "that", "these", "those", "it", "he", "she", "they", "we", "i"))
# Words of a CNN address that are no headline words.
_SLUG_NOISE = frozenset(("feat", "intl", "index", "html", "spt", "irpt", "cnnphotos"))


@dataclass(frozen=True)
class Item:
    """One article (its headline left out) and the human headline it is compared with."""

    article: Article
    headline: str


def wikinews_items() -> list[Item]:
    """Return the English WikinewsSum sources with the Wikinews title as their headline."""
    path = DEVDATA / WIKINEWS_FILE
    if not path.exists():
        print(f"development data missing: {path} (see bench/data/SOURCES.md)", file=sys.stderr)
        return []
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        for source in record["sources"]:
            if source.get("language") != "en":
                continue
            _, body = _source_body(source.get("maintext") or "")
            if len(body) >= 3:
                items.append(Item(article_from_text("\n\n".join(body)), record["title"]))
    return items


def cnn_items(limit: int = CNN_ARTICLES) -> list[Item]:
    """Return the first ``limit`` CNN stories of the validation subset with the headline
    words of their address (the corpus' id is the SHA-1 of the address)."""
    path, urls_path = DEVDATA / CNNDM_FILES[0], DEVDATA / CNN_URLS
    for p in (path, urls_path):
        if not p.exists():
            print(f"development data missing: {p} (see bench/data/SOURCES.md)", file=sys.stderr)
            return []
    urls = urls_path.read_text(encoding="utf-8").split()
    by_id = {hashlib.sha1(u.encode("utf-8")).hexdigest(): u for u in urls}
    items = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            url = by_id.get(row["id"])
            outlet, text = clean_cnndm(row["article"])
            if url is None or outlet != "cnn":
                continue
            slug = _slug(url)
            sentences = [text[s.start : s.end] for s in split_sentences(text)]
            if len(slug.split()) < 2 or len(sentences) < 3:
                continue
            items.append(Item(article_from_text("\n\n".join(sentences)), slug))
            if len(items) >= limit:
                break
    return items


def _slug(url: str) -> str:
    """Return the headline words of a story's address."""
    parts = [p for p in url.rstrip("/").split("/") if p and p != "index.html"]
    words = [w for w in parts[-1].split("-") if w not in _SLUG_NOISE and not w.isdigit()]
    return " ".join(words)


def wire_items() -> list[Item]:
    """Return the project's wire-style articles, their headline left out of the article."""
    items = []
    for path in sorted(p for p in WIRE.iterdir() if p.suffix in (".txt", ".md", ".html")):
        article = read_article(path)
        items.append(Item(dataclasses.replace(article, title=""), article.title))
    return items


def lede(article: Article) -> str:
    """Return the lede: the lead paragraph's first sentence."""
    para = article.paragraph(article.lead_paragraph)
    return para.sentence_text(0) if para.sentences else para.text


def lede_words(article: Article) -> str:
    """Return the lede's first words (the first baseline)."""
    return " ".join(lede(article).split()[:LEDE_WORDS])


def section_subject(article: Article, analysis: Analysis) -> str:
    """Return the subject proposed from the section headings (the second baseline)."""
    return propose(article, analysis).meta.subject


@dataclass(frozen=True)
class Shape:
    """What a line is made of: whether it tells an event with a concrete subject, and
    whether it ends mid-phrase."""

    event: bool
    cut: bool
    words: int


def shape(line: str) -> Shape:
    """Return the shape of ``line`` read with the tagger (independently of how it was made)."""
    tokens = [(t.text, t.tag_) for t in get_nlp()(line)] if line else []
    words = len(line.split())
    if not tokens:
        return Shape(False, False, 0)
    last_text, last_tag = tokens[-1]
    cut = (
        last_tag in _DANGLING_TAGS
        or last_text.lower() in _DANGLING_WORDS
        or last_text in ("'s", "’s", "'", "’")
    )
    finite = next((i for i, (_, tag) in enumerate(tokens) if tag in _FINITE), None)
    if finite is not None and finite > 0:
        before = tokens[:finite]
        concrete = before[0][0].lower() not in _POINTING and any(
            tag.startswith("NN") or tag == "CD" for _, tag in before
        )
        return Shape(concrete, cut, words)
    # A line without a finite verb tells an event when an event noun heads it and says of
    # what or whom ("Partial evacuation of the US Embassy in Niger").
    nouns = [i for i, (text, tag) in enumerate(tokens) if tag.startswith("NN")]
    event = any(tokens[i][0].lower() in EVENT_NOUNS for i in nouns)
    concrete = any(tag.startswith("NNP") for _, tag in tokens) or "of" in (t for t, _ in tokens)
    return Shape(event and concrete, cut, words)


def overlap(line: str, headline: str) -> tuple[float, float]:
    """Return the recall and precision of the line's content words against the headline's."""
    mine, theirs = set(content_words(line)), set(content_words(headline))
    if not theirs:
        return 0.0, 0.0
    shared = len(mine & theirs)
    return shared / len(theirs), (shared / len(mine) if mine else 0.0)


def _f1(recall: float, precision: float) -> float:
    return 2 * recall * precision / (recall + precision) if recall + precision else 0.0


@dataclass(frozen=True)
class Measures:
    """One method's lines over a set of articles: their shapes and headline overlaps."""

    shapes: tuple[Shape, ...]
    scores: tuple[tuple[float, float], ...]
    empty: int

    def __add__(self, other: Measures) -> Measures:
        return Measures(
            self.shapes + other.shapes, self.scores + other.scores, self.empty + other.empty
        )

    def line(self, label: str) -> str:
        """Return the measures as one printed line."""
        n = len(self.shapes) or 1
        recall = sum(r for r, _ in self.scores) / n
        precision = sum(p for _, p in self.scores) / n
        return (
            f"    {label:28s} event+actor {sum(s.event for s in self.shapes) / n:.2f}"
            f"  cut {sum(s.cut for s in self.shapes) / n:.2f}"
            f"  words {sum(s.words for s in self.shapes) / n:4.1f}"
            f"  empty {self.empty}"
            f"  headline overlap R {recall:.2f} P {precision:.2f} F1 {_f1(recall, precision):.2f}"
        )


METHODS: dict[str, Callable[[Article, Analysis], str]] = {
    "subject line": lambda a, an: an.subject,
    f"lede's first {LEDE_WORDS} words": lambda a, an: lede_words(a),
    "section headings (today)": section_subject,
}


def report(
    name: str, items: Sequence[Item], show: int, verbose: bool = False
) -> dict[str, Measures]:
    """Print and return the measures of each method on one set of articles."""
    if not items:
        print(f"  {name}: no articles")
        return {}
    analyses = list(analyze_many(i.article for i in items))
    print(f"  {name} ({len(items)} articles)")
    out: dict[str, Measures] = {}
    for label, method in METHODS.items():
        lines = [method(i.article, an) for i, an in zip(items, analyses, strict=True)]
        out[label] = Measures(
            tuple(shape(line) for line in lines),
            tuple(overlap(line, i.headline) for line, i in zip(lines, items, strict=True)),
            sum(1 for line in lines if not line),
        )
        print(out[label].line(label))
    for item, analysis in list(zip(items, analyses, strict=True))[:show]:
        print(f"      headline: {item.headline}\n      subject:  {analysis.subject}")
        if verbose:
            print(f"      lede:     {lede(item.article)}")
    return out


def main(show: int = 0, ledes: bool = False) -> None:
    print("subject lines: one line saying who did what, where (headline left out of the text)")
    wikinews = report("WikinewsSum sources vs. Wikinews titles", wikinews_items(), show, ledes)
    cnn = report("CNN stories vs. headline words of their address", cnn_items(), show, ledes)
    if wikinews and cnn:
        together = {label: wikinews[label] + cnn[label] for label in METHODS}
        print(f"  public articles together ({len(together['subject line'].shapes)})")
        for label, measures in together.items():
            print(measures.line(label))
    report("wire set (tests/data/wire)", wire_items(), show, ledes)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print N lines of each set")
    parser.add_argument("--ledes", action="store_true", help="print each shown line's lede")
    args = parser.parse_args()
    main(args.show, args.ledes)
