"""What an analyst checks in a briefing of published news: actors and their types, aliases
kept as one, key facts ticked, timeline rows that are whole clauses, printed sentences that
lean on a sentence not printed.

Labels: bench/data/public/cnn_analyst.jsonl (one row per article, written by reading the
article before the analysis was run on it; see bench/data/SOURCES.md):

- ``actors``: the actors an analyst expects, each with its type (PERSON, ORG, PLACE or GROUP
  as briefwright.model.analysis defines them; "ORG/PLACE" where either reading holds, as
  for a hospital that acts) and its ``forms`` as the article writes them.
- ``key_facts``: the five sentences (by index) an analyst would put first; ``also_key``:
  sentences an analyst accepts among the ticked (news, figures, decisions, the outlook), as
  against colour, background repeated and boilerplate. A row with only these two (and
  ``sha1``) is labelled for key facts alone; the other measures leave it out.
- ``subjects``: for each sentence that holds a date, the subjects of its clauses as written
  ("The ministry", "he"); a timeline row cut from it is whole when it opens with one of them
  (after a leading date phrase) or with a form of an expected actor.
- ``needs``: for each sentence whose opening (a pronoun, "the X", "That", a continuing
  quotation) points back, the earlier sentences any one of which, printed, lets it be read.

The measures (each a pair of counts, hits over total):

- typed actors: expected actors found with one of their forms and the right type;
- aliased forms kept as one: expected actors with two or more forms found as one actor
  (exactly one actor holds any of the forms);
- key facts: the analyst's five among the facts the BLUF memo ticks; precision: ticked
  facts that are key or accepted;
- timeline rows whole: the SITREP's printed timeline rows, from a sentence with labelled
  subjects, that open with a subject (rows from other sentences are counted apart);
- dangling: sentences printed in the BLUF memo (each carries its [¶n] reference) whose
  opening still reads as written and points to sentences none of which is printed.

The own-set column uses the project's wire-style articles (tests/data/wire: actors,
aliases; timeline and dangling with the parser's clause subjects and an opening pronoun as
stand-ins for labels) and the hand-labelled articles' reference sentences
(tests/data/labelled, tests/data/ranker) for key facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from briefwright.model.analysis import Actor
from briefwright.model.document import Box, Document, ListBlock, Para, Run, Table

Pair = tuple[int, int]

_DETERMINERS = frozenset(["the", "a", "an"])
# Words that open a sentence without being part of its clause: "But in 1991, it …".
_CONNECTIVES = frozenset(
    ["and", "but", "so", "yet", "still", "meanwhile", "however", "also", "then", "now"]
)
# A leading phrase set off by a comma before the clause: "On Thursday, clashes erupted".
_LEAD_WORDS = frozenset(
    [
        "on",
        "in",
        "by",
        "after",
        "before",
        "earlier",
        "later",
        "during",
        "last",
        "since",
        "at",
        "until",
        "early",
        "late",
        "this",
        "next",
        "when",
        "as",
        "from",
        "over",
        "within",
        "around",
    ]
)
_REF = re.compile(r"\[¶(\d+)\]")


def words(text: str) -> list[str]:
    """Return the lower-case words of ``text`` without punctuation around them."""
    out = []
    for w in text.replace("’", "'").lower().split():
        w = w.strip("\"'“”‘()[],.;:!?—–-")
        if w:
            out.append(w)
    return out


def _strip_determiners(ws: list[str]) -> list[str]:
    while ws and ws[0] in _DETERMINERS:
        ws = ws[1:]
    return ws


def _strip_connectives(ws: list[str]) -> list[str]:
    while ws and ws[0] in _CONNECTIVES:
        ws = ws[1:]
    return ws


# -- actors and aliases --------------------------------------------------------------------


@dataclass(frozen=True)
class Expected:
    """One expected actor: its name, the types it may have and its forms (lower case)."""

    name: str
    labels: frozenset[str]
    forms: frozenset[str]


def expected_actors(rows: Iterable[dict]) -> list[Expected]:
    """Return the expected actors of a label row's ``actors``."""
    return [
        Expected(
            a["name"],
            frozenset(a["label"].split("/")),
            frozenset(f.lower() for f in a["forms"]),
        )
        for a in rows
    ]


def actor_forms(actor: Actor) -> set[str]:
    """Return an actor's name and aliases, lower case."""
    return {f.lower() for f in (actor.name, *actor.aliases)}


def actor_scores(expected: Sequence[Expected], found: Sequence[Actor]) -> tuple[Pair, Pair]:
    """Return (typed found, expected) and (kept as one, expected with two or more forms)."""
    typed = kept = several = 0
    for e in expected:
        owners = [a for a in found if actor_forms(a) & e.forms]
        typed += any(a.label in e.labels for a in owners)
        if len(e.forms) > 1:
            several += 1
            kept += len(owners) == 1
    return (typed, len(expected)), (kept, several)


def actor_misses(expected: Sequence[Expected], found: Sequence[Actor]) -> list[str]:
    """Return readable lines for the expected actors missed, mistyped or split."""
    lines = []
    for e in expected:
        owners = [a for a in found if actor_forms(a) & e.forms]
        if not owners:
            lines.append(f"actor missed: {e.name} ({'/'.join(sorted(e.labels))})")
        elif not any(a.label in e.labels for a in owners):
            got = ", ".join(f"{a.name} {a.label}" for a in owners)
            lines.append(f"actor mistyped: {e.name} ({'/'.join(sorted(e.labels))}) got {got}")
        if len(e.forms) > 1 and len(owners) != 1:
            got = " / ".join(a.name for a in owners) or "none"
            lines.append(f"aliases not one: {e.name} {sorted(e.forms)} got {got}")
    return lines


# -- key facts -----------------------------------------------------------------------------


def key_fact_scores(
    key: Iterable[int], accepted: Iterable[int], ticked: Iterable[int]
) -> tuple[Pair, Pair]:
    """Return (key sentences ticked, key sentences) and (ticked that are key or accepted,
    ticked), sentences by index."""
    key_set, ok, picked = set(key), set(key) | set(accepted), set(ticked)
    return (len(key_set & picked), len(key_set)), (len(picked & ok), len(picked))


# -- timeline rows -------------------------------------------------------------------------


def _clause_start(row: str) -> list[str]:
    """Return the row's words from where its clause starts: after a connective and a leading
    phrase set off by a comma ("On Thursday, …", "In an order issued Friday, …")."""
    ws = _strip_connectives(words(row))
    raw = row.split()
    head = next((i for i, w in enumerate(raw[:12]) if w.endswith(",")), None)
    if head is not None and ws and ws[0] in _LEAD_WORDS:
        ws = _strip_connectives(words(" ".join(raw[head + 1 :])))
    return ws


def _opens_with(ws: list[str], phrase: str) -> bool:
    want = _strip_determiners(words(phrase))
    have = _strip_determiners(ws)
    return bool(want) and have[: len(want)] == want


def row_is_whole(row: str, subjects: Sequence[str], forms: Iterable[str] = ()) -> bool:
    """Return whether a timeline row opens with a subject of its sentence's clauses (or a
    form of an actor, where a pronoun was resolved), after a leading date phrase."""
    ws = _clause_start(row)
    if any(_opens_with(ws, s) for s in subjects):
        return True
    # A possessive or longer form of an actor ("Putin's", "The Russian President Putin").
    return any(_opens_with([w.removesuffix("'s") for w in ws], f) for f in forms)


# -- printed sentences and what they lean on -----------------------------------------------


def _run_lists(doc: Document) -> Iterable[tuple[Run, ...]]:
    for block in doc.blocks:
        if isinstance(block, Para):
            yield block.runs
        elif isinstance(block, ListBlock):
            yield from block.items
        elif isinstance(block, Box):
            yield from (p.runs for p in block.paras)


def printed_units(doc: Document) -> list[tuple[str, int]]:
    """Return (text, paragraph) for each printed piece of article text that carries its
    reference, in reading order; timeline rows (a table) are not sentences and are left
    out."""
    units: list[tuple[str, int]] = []
    for runs in _run_lists(doc):
        text = ""
        for run in runs:
            m = _REF.fullmatch(run.text.strip()) if run.ref else None
            if m:
                units.append((text.strip(), int(m.group(1))))
                text = ""
            elif not run.bold:
                text += run.text
    return units


def timeline_rows(doc: Document) -> list[tuple[str, int]]:
    """Return (event text, paragraph) for each row of the timeline table."""
    rows = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.header and "Event" in block.header:
            for row in block.rows:
                m = _REF.search(row[-1])
                rows.append((row[1].removesuffix(" (scheduled)"), int(m.group(1)) if m else 0))
    return rows


def reads_as_written(printed: str, sentence: str, n: int = 3) -> bool:
    """Return whether a printed sentence opens as the article's sentence does (its opening
    was not rewritten), connectives aside."""
    a = _strip_connectives(words(printed))[:n]
    b = _strip_connectives(words(sentence))[:n]
    return bool(a) and a == b


def dangling(
    units: Sequence[tuple[str, int]], sentences: Sequence[str], needs: dict[int, list[int]]
) -> list[int]:
    """Return the indexes of printed sentences (paragraph = index + 1) that lean on earlier
    sentences none of which is printed, their opening unchanged."""
    shown = {p - 1 for _, p in units}
    out = []
    for text, p in units:
        i = p - 1
        wanted = needs.get(i)
        if wanted and not shown & set(wanted) and reads_as_written(text, sentences[i]):
            out.append(i)
    return out


_PRONOUNS = frozenset(
    ["he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those"]
)


def opens_with_pronoun(text: str) -> bool:
    """Return whether a sentence opens (connectives aside) with a pronoun pointing back."""
    ws = _strip_connectives(words(text))
    return bool(ws) and ws[0] in _PRONOUNS


@dataclass
class Counts:
    """The public measures' counts for one half (or the own set)."""

    typed: list[int] = field(default_factory=lambda: [0, 0])
    aliases: list[int] = field(default_factory=lambda: [0, 0])
    key_recall: list[int] = field(default_factory=lambda: [0, 0])
    key_precision: list[int] = field(default_factory=lambda: [0, 0])
    rows_whole: list[int] = field(default_factory=lambda: [0, 0])
    rows_unlabelled: int = 0
    dangling: list[int] = field(default_factory=lambda: [0, 0])
    wrong: list[str] = field(default_factory=list)

    def add(self, name: str, pair: Pair) -> None:
        mine = getattr(self, name)
        mine[0] += pair[0]
        mine[1] += pair[1]


# -- scoring articles ----------------------------------------------------------------------


def briefings(article: object, analysis: object) -> tuple[Document, Document, list[int]]:
    """Return the composed BLUF memo and SITREP of an analysed article and the sentence
    indexes (paragraph - 1) of the facts the BLUF memo ticks."""
    from briefwright.draft.proposal import propose
    from briefwright.layout.compose import compose

    bluf = propose(article, analysis, "bluf-memo")  # type: ignore[arg-type]
    sitrep = propose(article, analysis, "sitrep")  # type: ignore[arg-type]
    ticked = [f.paragraph - 1 for f in bluf.included_facts()]
    return compose(bluf), compose(sitrep), ticked


def score_public(
    sentences: Sequence[str], actors: Sequence[Actor], label: dict, docs: tuple, counts: Counts
) -> None:
    """Add one labelled article's counts; ``docs`` is :func:`briefings`' result."""
    bluf, sitrep, ticked = docs
    expected = expected_actors(label.get("actors", []))
    if "actors" in label:
        typed, aliases = actor_scores(expected, actors)
        counts.add("typed", typed)
        counts.add("aliases", aliases)
        counts.wrong += actor_misses(expected, actors)
    if "key_facts" not in label:
        # Labelled for actors and aliases only (a later batch of tuning articles).
        return
    recall, precision = key_fact_scores(label["key_facts"], label["also_key"], ticked)
    counts.add("key_recall", recall)
    counts.add("key_precision", precision)
    missed = sorted(set(label["key_facts"]) - set(ticked))
    extra = sorted(set(ticked) - set(label["key_facts"]) - set(label["also_key"]))
    counts.wrong += [f"key fact not ticked: [{i}] {sentences[i][:90]}" for i in missed]
    counts.wrong += [f"ticked, not key: [{i}] {sentences[i][:90]}" for i in extra]
    if "subjects" not in label:
        return  # labelled for key facts only
    subjects = {int(k): v for k, v in label["subjects"].items()}
    forms = [f for e in expected for f in e.forms]
    for text, p in timeline_rows(sitrep):
        if p - 1 not in subjects:
            counts.rows_unlabelled += 1
            continue
        whole = row_is_whole(text, subjects[p - 1], forms)
        counts.add("rows_whole", (int(whole), 1))
        if not whole:
            counts.wrong += [f"timeline row not a whole clause: [{p - 1}] {text[:90]}"]
    units = printed_units(bluf)
    needs = {int(k): v for k, v in label["needs"].items()}
    bad = dangling(units, sentences, needs)
    counts.add("dangling", (len(bad), len(units)))
    counts.wrong += [
        f"printed, leans on a sentence not printed: [{i}] {sentences[i][:80]}" for i in bad
    ]


def own_counts() -> Counts:
    """Return the own-set counts (see the module docstring for what stands in for labels)."""
    from tests.analysis.wire import expected_actors as wire_expected
    from tests.analysis.wire import labelled_articles

    from briefwright.analysis.engine import analyze
    from briefwright.analysis.language import get_nlp
    from briefwright.ingest import read_article

    counts = Counts()
    nlp = get_nlp()
    for path, record in labelled_articles():
        article = read_article(path)
        analysis = analyze(article)
        expected = [Expected(e.name, frozenset([e.label]), e.forms) for e in wire_expected(record)]
        typed, aliases = actor_scores(expected, analysis.actors)
        counts.add("typed", typed)
        counts.add("aliases", aliases)
        bluf, sitrep, _ = briefings(article, analysis)
        forms = [f for e in expected for f in e.forms]
        paragraphs = {p.id: p for p in article.paragraphs}
        for text, pid in timeline_rows(sitrep):
            para = paragraphs.get(pid)
            if para is None:
                continue
            subjects = [
                t_sub
                for s in para.sentences
                for t_sub in _parsed_subjects(nlp, para.text[s.start : s.end])
            ]
            counts.add("rows_whole", (int(row_is_whole(text, subjects, forms)), 1))
        units = printed_units(bluf)
        shown = [p for _, p in units]
        bad = 0
        for k, (text, p) in enumerate(units):
            others = shown[:k] + shown[k + 1 :]
            bad += opens_with_pronoun(text) and p not in others and p - 1 not in others
        counts.add("dangling", (bad, len(units)))
    for record, article in _reference_articles():
        analysis = analyze(article)
        reference = {s.strip() for s in record["key_sentences"]}
        ticked = [f.text.strip() for f in analysis.facts if f.included]
        hits = sum(1 for t in ticked if t in reference)
        found = sum(1 for r in reference if r in ticked)
        counts.add("key_recall", (found, len(reference)))
        counts.add("key_precision", (hits, len(ticked)))
    return counts


def _parsed_subjects(nlp: object, sentence: str) -> list[str]:
    """Return the subjects of a sentence's clauses as the parser finds them."""
    doc = nlp(sentence)  # type: ignore[operator]
    return [
        doc[t.left_edge.i : t.right_edge.i + 1].text
        for t in doc
        if t.dep_ in ("nsubj", "nsubjpass", "expl")
    ]


def _reference_articles() -> list[tuple[dict, object]]:
    """Return (record, Article) for the hand-labelled articles with reference sentences."""
    import json
    from datetime import date
    from pathlib import Path

    from briefwright.ingest.sentences import split_sentences
    from briefwright.model.article import Article, Paragraph

    root = Path(__file__).resolve().parents[1] / "tests" / "data"
    out = []
    for path in sorted([*(root / "labelled").glob("*.json"), *(root / "ranker").glob("*.json")]):
        record = json.loads(path.read_text(encoding="utf-8"))
        kinds = record.get("kinds") or ["body"] * len(record["paragraphs"])
        paragraphs = tuple(
            Paragraph(i, text, split_sentences(text), kind)
            for i, (text, kind) in enumerate(zip(record["paragraphs"], kinds, strict=True), 1)
        )
        out.append(
            (record, Article(record["id"], paragraphs, date=date.fromisoformat(record["date"])))
        )
    return out
