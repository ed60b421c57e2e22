"""Public multi-document news in clusters of one event each, for the merge measures.

Two corpora, both read where they were fetched (never committed; provenance, licences and
commits in bench/data/SOURCES.md):

- ``gva``: incidents of the Gun Violence Archive with the news reports its volunteers linked
  to each, as crawled for SemEval-2018 task 5 (github.com/cltl/LongTailQATask,
  ``EventRegistries/GunViolenceArchive/the_violent_corpus/<incident>/<doc>.json``, each a
  pickled record of title, date, address and text). One incident is one cluster.
- ``wikinews``: the WikinewsSum stories of ``$BRIEFWRIGHT_DEVDATA/summ`` with the English
  sources a Wikinews writer cited for one story. One story is one cluster.

``bench/data/merge/clusters.jsonl`` lists the clusters used (ids only), each in the
``tune`` or ``heldback`` half by the SHA-1 of ``merge-split:<corpus>:<cluster>``, fixed
before any merge rule was changed. Clusters are measured two by two (a batch: the reports
of two different events of the same corpus, read as one set), so that a merge joining
sentences of two events shows.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import os
import pickle
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.ingest import article_from_text  # noqa: E402
from briefwright.model.article import Article  # noqa: E402
from devdata import _source_body  # noqa: E402

CLUSTERS = ROOT / "bench" / "data" / "merge" / "clusters.jsonl"
GVA_GIT = Path(
    os.environ.get("BRIEFWRIGHT_GVA_GIT", "/work/.mirror/cltl+LongTailQATask/repo")
)
GVA_COMMIT = "1306bad62fb2750583548a1f5880abe086b3f1c4"
GVA_DIR = "EventRegistries/GunViolenceArchive/the_violent_corpus"
WIKINEWS = (
    Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata")) / "summ"
    / "wikinewssum_en_cleaned.json"
)
MIN_WORDS, MAX_WORDS = 120, 1200
"""Reports shorter or longer than this (in words) are left out of a cluster."""
_WORD = re.compile(r"[a-z]{4,}")
PER_HALF = {"gva": 48, "wikinews": 30}
"""Clusters of each corpus in each half (the first by hash order)."""


@dataclass(frozen=True)
class Report:
    """One news report of a cluster: its id, cluster, and the text read into an Article."""

    id: str
    cluster: str
    article: Article


@dataclass(frozen=True)
class Cluster:
    """Reports of one event, as a human grouped them."""

    corpus: str
    id: str
    half: str
    reports: tuple[Report, ...]


def half_of(corpus: str, cluster: str) -> str:
    """Return the half a cluster is in, by a hash fixed before any rule was changed."""
    digest = hashlib.sha1(f"merge-split:{corpus}:{cluster}".encode()).hexdigest()
    return "heldback" if int(digest[:8], 16) % 2 else "tune"


class _NewsItem:
    """Where a GVA record's fields land (the pickle names its own class)."""


class _Records(pickle.Unpickler):
    """Unpickles a GVA record only: its class and dates, nothing else."""

    def find_class(self, module: str, name: str) -> type:
        if (module, name) == ("classes", "NewsItem"):
            return _NewsItem
        if (module, name) == ("datetime", "date"):
            return datetime.date
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a news record")


def _gva_records() -> dict[str, list[dict]]:
    """Return the GVA reports by incident, read from the fetched repository ({} if absent)."""
    if not GVA_GIT.exists():
        return {}
    git = ["git", "--git-dir", str(GVA_GIT)]
    listed = subprocess.run(
        [*git, "ls-tree", "-r", "--name-only", GVA_COMMIT, GVA_DIR],
        capture_output=True, text=True, check=False,
    )
    if listed.returncode:
        return {}
    names = listed.stdout.split()
    batch = "".join(f"{GVA_COMMIT}:{n}\n" for n in names).encode()
    data = subprocess.run(
        [*git, "cat-file", "--batch"], input=batch, capture_output=True, check=True
    ).stdout
    out: dict[str, list[dict]] = {}
    pos = 0
    for name in names:
        head_end = data.index(b"\n", pos)
        size = int(data[pos:head_end].split()[2])
        blob = data[head_end + 1 : head_end + 1 + size]
        pos = head_end + 1 + size + 1
        record = _Records(io.BytesIO(blob), encoding="latin1").load().__dict__
        out.setdefault(name.split("/")[-2], []).append(record)
    return out


def _gva_article(record: dict) -> Article | None:
    text = record["content"].replace("\r", "")
    if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
        return None
    read_on = record["dct"] if isinstance(record["dct"], datetime.date) else None
    try:
        return article_from_text(text, read_on=read_on)
    except ValueError:
        return None


def _wikinews_articles() -> dict[str, list[tuple[str, Article]]]:
    if not WIKINEWS.exists():
        return {}
    out: dict[str, list[tuple[str, Article]]] = {}
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    for n, record in enumerate(json.loads(line) for line in lines if line.strip()):
        for m, source in enumerate(record["sources"]):
            if source.get("language") != "en":
                continue
            _, body = _source_body(source.get("maintext") or "")
            text = "\n\n".join(body)
            if not MIN_WORDS <= len(text.split()) <= MAX_WORDS:
                continue
            article = article_from_text(text)
            out.setdefault(str(n), []).append((f"{n}-{m}", article))
    return out


def _gva_reports() -> dict[str, list[tuple[str, Article]]]:
    out: dict[str, list[tuple[str, Article]]] = {}
    for incident, records in _gva_records().items():
        for record in records:
            article = _gva_article(record)
            if article is not None:
                out.setdefault(incident, []).append((record["id"], article))
    return out


def write_clusters() -> None:
    """Write bench/data/merge/clusters.jsonl: the clusters of two to six reports, the first
    PER_HALF of each corpus and half by hash order (run once, before any rule changed)."""
    rows = []
    for corpus, reports in (("gva", _gva_reports()), ("wikinews", _wikinews_articles())):
        eligible = sorted(
            (c for c, docs in reports.items() if 2 <= len(docs) <= 6),
            key=lambda c: hashlib.sha1(f"merge-order:{corpus}:{c}".encode()).hexdigest(),
        )
        for half in ("tune", "heldback"):
            chosen = [c for c in eligible if half_of(corpus, c) == half][: PER_HALF[corpus]]
            for c in chosen:
                docs = sorted(reports[c], key=lambda d: d[0])
                rows.append({"corpus": corpus, "cluster": c, "half": half,
                             "docs": [d[0] for d in docs]})
    CLUSTERS.parent.mkdir(parents=True, exist_ok=True)
    CLUSTERS.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def load_clusters() -> list[Cluster]:
    """Return the listed clusters whose reports can be read ([] with a note on stderr for a
    corpus that is missing)."""
    rows = [json.loads(line) for line in CLUSTERS.read_text(encoding="utf-8").splitlines()]
    found = {"gva": _gva_reports(), "wikinews": _wikinews_articles()}
    for corpus, where in (("gva", GVA_GIT), ("wikinews", WIKINEWS)):
        if not found[corpus]:
            print(f"merge news missing: {where} (see bench/data/SOURCES.md)", file=sys.stderr)
    out = []
    for row in rows:
        docs = dict(found[row["corpus"]].get(row["cluster"], []))
        if not docs:
            continue
        reports = tuple(
            Report(d, row["cluster"], docs[d]) for d in row["docs"] if d in docs
        )
        out.append(Cluster(row["corpus"], row["cluster"], row["half"], reports))
    return out


def _words(c: Cluster) -> frozenset[str]:
    return frozenset(
        w for r in c.reports for p in r.article.paragraphs for w in _WORD.findall(p.text.lower())
    )


def batches(clusters: list[Cluster], half: str) -> Iterator[tuple[Cluster, Cluster]]:
    """Yield the clusters of ``half`` two by two, each corpus's apart: each time the two
    whose reports share the most words (Jaccard) of those left, so that the events of a
    batch are as alike as the half allows (two shootings in one city, two storms)."""
    for corpus in ("gva", "wikinews"):
        left = [c for c in clusters if c.half == half and c.corpus == corpus]
        words = {c.id: _words(c) for c in left}
        pairs = sorted(
            (
                (-len(words[a.id] & words[b.id]) / len(words[a.id] | words[b.id]), i, j)
                for i, a in enumerate(left)
                for j, b in enumerate(left)
                if i < j
            )
        )
        used: set[int] = set()
        for _, i, j in pairs:
            if i not in used and j not in used:
                used |= {i, j}
                yield left[i], left[j]


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        write_clusters()
    for c in load_clusters():
        print(c.corpus, c.id, c.half, len(c.reports))
