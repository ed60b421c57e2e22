"""Reading CoNLL-2003 style files (token, tags…, IOB entity tag) into documents with gold spans.

Labels map to ours: PER → PERSON, ORG → ORG, LOC → PLACE. MISC (nationalities, events,
works, adjectives such as "German") has no single label of ours and is left out of the
scores: a name of ours on a MISC span counts as a false positive only when its type is
PERSON, ORG or PLACE (the scores cover those three).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS: dict[str, str] = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE", "MISC": "MISC"}
SCORED: tuple[str, ...] = ("PERSON", "ORG", "PLACE")
# A sports report opens with its sport in capitals: "SOCCER - …", "CRICKET - …".
_SPORTS = re.compile(
    r"^(?:SOCCER|CRICKET|TENNIS|GOLF|BASEBALL|BASKETBALL|RUGBY(?: UNION| LEAGUE)?|CYCLING|"
    r"ATHLETICS|MOTOR ?RACING|MOTORCYCLING|BOXING|NFL|NHL|NBA|ICE HOCKEY|HOCKEY|SKIING|"
    r"SWIMMING|FORMULA ONE|HORSE RACING|RACING|SQUASH|BADMINTON|ROWING|SAILING|YACHTING|"
    r"VOLLEYBALL|HANDBALL|SNOOKER|JUDO|WRESTLING|TRIATHLON|AUSTRALIAN RULES|CHESS|"
    r"AMERICAN FOOTBALL|FOOTBALL|TABLE TENNIS|GYMNASTICS|MOTORSPORT|NORDIC SKIING|"
    r"ALPINE SKIING|SPEED SKATING|FIGURE SKATING|BOBSLEIGH|DARTS|POLO|CANOEING|FENCING)\b"
)
_DATELINE_DAY = re.compile(r"\b(19\d\d|20\d\d)-(\d\d)-(\d\d)\b")

# (paragraph index, first token, end token, label) over a document's sentences.
Span = tuple[int, int, int, str]


@dataclass(frozen=True)
class Sentence:
    """One sentence: its tokens, the rebuilt text and each token's character offsets."""

    tokens: tuple[str, ...]
    text: str
    offsets: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Document:
    """One ``-DOCSTART-`` document: its sentences (one paragraph each) and gold name spans."""

    sentences: tuple[Sentence, ...]
    gold: frozenset[Span]

    @property
    def headline(self) -> str:
        """Return the first sentence's text (the headline in the Reuters layout)."""
        return self.sentences[0].text if self.sentences else ""

    @property
    def is_sports(self) -> bool:
        """Return whether the document is a sports report or a results table."""
        if _SPORTS.match(self.headline):
            return True
        tokens = [t for s in self.sentences for t in s.tokens]
        numeric = sum(1 for t in tokens if any(ch.isdigit() for ch in t))
        return bool(tokens) and numeric / len(tokens) > 0.25

    @property
    def day(self) -> str | None:
        """Return the ISO day of the dateline ("LONDON 1996-08-30") when the text has one."""
        for s in self.sentences[:4]:
            m = _DATELINE_DAY.search(s.text)
            if m:
                return m.group(0)
        return None


def devdata() -> Path:
    """Return the shared development data folder (``$BRIEFWRIGHT_DEVDATA`` or /work/devdata)."""
    return Path(os.environ.get("BRIEFWRIGHT_DEVDATA", "/work/devdata"))


def split_path(name: str) -> Path:
    """Return the path of CoNLL-2003 split ``name`` (eng.train or eng.testa).

    Raises FileNotFoundError, saying where the file comes from, when it is missing.
    """
    if name not in ("eng.train", "eng.testa"):
        raise ValueError(f"unsupported split {name!r}")
    path = devdata() / "conll2003" / name
    if not path.is_file():
        raise FileNotFoundError(f"missing: {path} (see bench/data/SOURCES.md)")
    return path


def _sentence(tokens: list[str]) -> Sentence:
    """Return the sentence whose text is ``tokens`` joined by single spaces."""
    offsets = []
    pos = 0
    for t in tokens:
        offsets.append((pos, pos + len(t)))
        pos += len(t) + 1
    return Sentence(tuple(tokens), " ".join(tokens), tuple(offsets))


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Return (start, end, type) token spans from IOB1 or IOB2 tags."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        begins = prefix == "B" or (prefix == "I" and typ != kind)
        if start >= 0 and (tag == "O" or begins):
            spans.append((start, i, kind))
            start, kind = -1, ""
        if tag != "O" and start < 0:
            start, kind = i, typ
    return spans


def read(path: Path) -> list[Document]:
    """Return the documents of a CoNLL file (space-separated columns, entity tag last)."""
    return list(parse(path.read_text(encoding="utf-8").splitlines()))


def parse(lines: Iterable[str]) -> Iterator[Document]:
    """Yield the documents of CoNLL ``lines``; a file without ``-DOCSTART-`` is one document."""
    sentences: list[Sentence] = []
    gold: set[Span] = set()
    tokens: list[str] = []
    tags: list[str] = []

    def close_sentence() -> None:
        if tokens:
            pid = len(sentences)
            for s, e, typ in _spans(tags):
                gold.add((pid, s, e, LABELS.get(typ, typ)))
            sentences.append(_sentence(list(tokens)))
            tokens.clear()
            tags.clear()

    for line in lines:
        if line.startswith("-DOCSTART-"):
            close_sentence()
            if sentences:
                yield Document(tuple(sentences), frozenset(gold))
            sentences, gold = [], set()
            continue
        cols = line.split()
        if not cols:
            close_sentence()
            continue
        tokens.append(cols[0])
        tags.append(cols[-1])
    close_sentence()
    if sentences:
        yield Document(tuple(sentences), frozenset(gold))


def align(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Return the token span whose characters are exactly ``[start, end)``, or None."""
    first = next((i for i, (s, _) in enumerate(sentence.offsets) if s == start), None)
    last = next((i for i, (_, e) in enumerate(sentence.offsets) if e == end), None)
    if first is None or last is None or last < first:
        return None
    return first, last + 1


def to_conll(sentences: Iterable[tuple[list[str], list[str]]]) -> str:
    """Return CoNLL text (token and IOB2 tag per line, blank line between sentences)."""
    out = []
    for tokens, tags in sentences:
        out.extend(f"{t} {g}" for t, g in zip(tokens, tags, strict=True))
        out.append("")
    return "\n".join(out) + "\n"
