"""Published news labelled by reading, for speakers, statement kinds and roles.

The labels live in bench/data/public/ (provenance in bench/data/SOURCES.md); the article
texts stay their publisher's and are read from the CNN/DailyMail file in
``$BRIEFWRIGHT_DEVDATA/summ`` (or the fetched mirror of its repository), never committed.
Each article is in the ``tune`` half or the ``heldback`` half, fixed by a hash of its id
before any rule was changed for it. A labelled sentence is found by its index in the
article and checked against the hash of its text.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.article import Article, Paragraph  # noqa: E402
from devdata import clean_cnndm  # noqa: E402

LABELS = ROOT / "bench" / "data" / "public"
CSV_NAME = "cnn_dailymail_validation_subset.csv"
DEVDATA = Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata")) / "summ"
MIRROR = Path("/work/.mirror/hillaryke+rag-optimization-cnn-dailymail/repo")
MIRROR_FILE = "03d05440507618d6bec073b46543696e5a47df20:data/collection/" + CSV_NAME
# "Hong Kong (CNN)", "(CNN) --": the outlet's dateline, not part of the first sentence.
_DATELINE = re.compile(r"^(?:[A-Z][\w.,' -]{0,50}?\s)?\(CNN\)\s*(?:--\s*)?")


@dataclass(frozen=True)
class PublicDoc:
    """One labelled article: its id, address, half and the text read into an Article."""

    id: str
    url: str
    half: str
    article: Article

    def sentence(self, index: int) -> str:
        """Return sentence ``index`` (each sentence is a paragraph of its own)."""
        return self.article.paragraphs[index].text


def sentence_hash(text: str) -> str:
    """Return the short hash that ties a label to its sentence."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def sentences_of(raw: str) -> list[str]:
    """Return the sentences of a CNN/DailyMail article text, without its dateline."""
    _, text = clean_cnndm(raw)
    text = _DATELINE.sub("", text)
    return [text[s.start : s.end] for s in split_sentences(text)]


def _csv_text() -> str | None:
    """Return the CNN/DailyMail file's text from DEVDATA or the mirror, or None."""
    path = DEVDATA / CSV_NAME
    if path.exists():
        return path.read_text(encoding="utf-8")
    if MIRROR.exists():
        shown = subprocess.run(
            ["git", "--git-dir", str(MIRROR), "show", MIRROR_FILE],
            capture_output=True,
            check=False,
        )
        if shown.returncode == 0:
            return shown.stdout.decode("utf-8")
    return None


def read_jsonl(name: str) -> list[dict]:
    """Return the rows of the label file ``name`` in bench/data/public/."""
    lines = (LABELS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_docs() -> list[PublicDoc]:
    """Return the labelled articles in file order; [] (with a note on stderr) when the
    CNN/DailyMail file is missing."""
    text = _csv_text()
    if text is None:
        missing = DEVDATA / CSV_NAME
        print(f"public news missing: {missing} (see bench/data/SOURCES.md)", file=sys.stderr)
        return []
    raw = {row["id"]: row["article"] for row in csv.DictReader(io.StringIO(text))}
    docs = []
    for record in read_jsonl("cnn_articles.jsonl"):
        sentences = sentences_of(raw[record["id"]])
        paragraphs = tuple(
            Paragraph(i, s, split_sentences(s)) for i, s in enumerate(sentences, start=1)
        )
        docs.append(PublicDoc(record["id"], record["url"], record["half"], Article("", paragraphs)))
    return docs


def labelled(docs: list[PublicDoc], name: str) -> Iterator[tuple[PublicDoc, dict]]:
    """Yield (article, label row) for each row of ``name`` whose article is loaded; raise
    ValueError when a row's sentence no longer has the text it was labelled on."""
    by_id = {d.id: d for d in docs}
    for row in read_jsonl(name):
        doc = by_id.get(row["doc"])
        if doc is None:
            continue
        if "sentence" in row and sentence_hash(doc.sentence(row["sentence"])) != row["sha1"]:
            raise ValueError(f"{row['doc']} sentence {row['sentence']} changed since labelling")
        yield doc, row
