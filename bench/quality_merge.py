"""How well several reports of one event merge: on public news clustered by event.

Run: .venv/bin/python bench/quality_merge.py [-v] [--half tune|heldback]
(-v lists, for the tuning half only, the merges that join two events.)

Each batch is the reports of two different events of one corpus (see bench/merge_news.py),
analysed one by one and merged as one set, as ``briefwright analyze A B … --merge`` does.
Measured on the joined facts (merge groups):

- pairs: the share of merged cross-report sentence pairs whose reports tell the same event
  (a pair of two events' reports is wrong; one of the same event's counts as right);
- different events: the share of merged facts that join sentences of two events;
- main fact: for each event, the share of its reports that its best-carried fact carries
  (mean over the events);
- recall: on the Wikinews stories, the share of silver pairs merged: sentences of two
  sources that are each their source's closest rendering of one sentence of the Wikinews
  article written from them (content-word recall ≥ SILVER);
- people as one actor: people named in full (first and last name) as PERSON in two or more
  reports of one event, and the share of them that end as exactly one merged actor (an
  actor named by the surname alone counts as them unless another person of the event has
  that surname).

A word-overlap threshold alone (any two sentences of different reports sharing a share of
their content words, joined transitively, one sentence per report) is printed beside it
for scale.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.draft.merge.actors import name_words  # noqa: E402
from briefwright.draft.merge.combine import gather, join  # noqa: E402
from briefwright.draft.merge.words import content_words  # noqa: E402
from briefwright.draft.proposal import propose  # noqa: E402
from briefwright.ingest.sentences import split_sentences  # noqa: E402
from briefwright.model.briefing import Briefing  # noqa: E402
from briefwright.model.sources import SourceRef  # noqa: E402
from merge_news import Cluster, batches, load_clusters  # noqa: E402

SILVER = 0.4
"""Share of a Wikinews sentence's content words a source sentence must hold to render it."""
Key = tuple[str, int, int]  # source, paragraph, sentence


@dataclass
class Tally:
    """Counts over the batches of one half."""

    pairs: int = 0
    right_pairs: int = 0
    merges: int = 0
    mixed_merges: int = 0
    events: int = 0
    carried: float = 0.0
    silver: int = 0
    silver_found: int = 0
    people: int = 0
    people_one: int = 0
    wrong: list[str] = field(default_factory=list)

    def row(self) -> str:
        def share(a: float, b: int) -> str:
            return f"{a / b:.3f}" if b else "  -  "

        return (
            f"pairs {share(self.right_pairs, self.pairs)} ({self.pairs})   "
            f"recall {share(self.silver_found, self.silver)} ({self.silver})   "
            f"main fact {share(self.carried, self.events)}   "
            f"different events {share(self.mixed_merges, self.merges)} ({self.merges})   "
            f"people one {share(self.people_one, self.people)} ({self.people})"
        )


def _text(b: Briefing, key: Key) -> str:
    return b.paragraph_at(SourceRef(key[0], key[1])).sentence_text(key[2])


def _groups(b: Briefing, joined: list[list[str]]) -> tuple[list[list[Key]], dict[str, Key]]:
    where = {f.id: (f.source, f.paragraph, f.sentence) for f in b.facts}
    return [[where[i] for i in g] for g in joined], where


def threshold_groups(b: Briefing, share: float) -> list[list[Key]]:
    """Return the groups a word-overlap threshold alone makes of ``b``'s facts."""
    facts = [f for f in b.facts if f.origin == "article"]
    keys = [(f.source, f.paragraph, f.sentence) for f in facts]
    words = [content_words(_text(b, k)) for k in keys]
    pairs = sorted(
        (
            (len(words[i] & words[j]) / len(words[i] | words[j]), i, j)
            for i in range(len(keys))
            for j in range(i + 1, len(keys))
            if keys[i][0] != keys[j][0] and words[i] and words[j]
        ),
        reverse=True,
    )
    group = {i: [i] for i in range(len(keys))}
    for score, i, j in pairs:
        if score < share:
            break
        gi, gj = group[i], group[j]
        if gi is gj or {keys[k][0] for k in gi} & {keys[k][0] for k in gj}:
            continue
        gi.extend(gj)
        for k in gj:
            group[k] = gi
    unique = {id(g): g for g in group.values() if len(g) > 1}.values()
    return [[keys[k] for k in g] for g in unique]


def _silver(b: Briefing, cluster_of: dict[str, Cluster], summaries: dict[str, str]) -> set:
    """Return the silver pairs of ``b``'s Wikinews sources (see the module)."""
    out: set[frozenset[Key]] = set()
    by_cluster: dict[str, list[str]] = {}
    for sid, c in cluster_of.items():
        if c.corpus == "wikinews":
            by_cluster.setdefault(c.id, []).append(sid)
    sentences = {
        k: content_words(_text(b, k))
        for k in ((f.source, f.paragraph, f.sentence) for f in b.facts if f.origin == "article")
    }
    for cid, sids in by_cluster.items():
        summary = summaries.get(cid, "")
        for span in split_sentences(summary):
            line = content_words(summary[span.start : span.end])
            if len(line) < 4:
                continue
            best = []
            for sid in sids:
                scored = [
                    (len(line & w) / len(line), k) for k, w in sentences.items() if k[0] == sid
                ]
                if scored:
                    score, key = max(scored)
                    if score >= SILVER:
                        best.append(key)
            out |= {frozenset((a, x)) for a in best for x in best if a < x}
    return out


def _people(
    before: Briefing, after: Briefing, cluster_of: dict[str, Cluster]
) -> tuple[int, int]:
    """Return (people named in full in two reports of one event, those one actor after)."""
    seen: dict[tuple[str, str, str], set[str]] = {}
    for a in before.actors:
        if a.label != "PERSON":
            continue
        words = name_words(a.name)
        if len(words) < 2:
            continue
        for s in a.sources:
            seen.setdefault((cluster_of[s].id, words[0], words[-1]), set()).add(s)
    total = one = 0
    for (cid, first, last), sources in seen.items():
        if len(sources) < 2:
            continue
        total += 1
        mine = {s for s, c in cluster_of.items() if c.id == cid}
        # A surname alone stands for this person only where no one else of the event has it.
        alone_is_them = not any(
            k[0] == cid and k[2] == last and k[1] != first for k in seen
        )
        holders = [
            a
            for a in after.actors
            if a.label == "PERSON"
            and set(a.sources) & mine
            and any(
                (w := name_words(n))
                and w[-1] == last
                and ((len(w) == 1 and alone_is_them) or w[0] == first)
                for n in (a.name, *a.aliases)
            )
        ]
        one += len(holders) == 1
    return total, one


def score_batch(
    proposals: Sequence[Briefing],
    clusters: Sequence[Cluster],
    tally: Tally,
    summaries: dict[str, str],
    threshold: float | None = None,
    verbose: bool = False,
) -> None:
    """Merge one batch's proposals and add what it gets right and wrong to ``tally``."""
    before = gather(proposals)
    cluster_of = {}
    n = 0
    for c in clusters:
        for _ in c.reports:
            cluster_of[before.sources[n].id] = c
            n += 1
    after = gather(proposals)
    if threshold is None:
        joined = join(after)
        groups, _ = _groups(before, joined)
    else:
        groups = threshold_groups(before, threshold)
    members_of: dict[Key, list[Key]] = {}
    for g in groups:
        tally.merges += 1
        events = {cluster_of[k[0]].id for k in g}
        if len(events) > 1:
            tally.mixed_merges += 1
            if verbose:
                tally.wrong.append(" || ".join(_text(before, k) for k in g))
        for i, a in enumerate(g):
            for b in g[i + 1 :]:
                tally.pairs += 1
                tally.right_pairs += cluster_of[a[0]].id == cluster_of[b[0]].id
        for k in g:
            members_of[k] = g
    merged = {frozenset((a, b)) for g in groups for a in g for b in g if a < b}
    for c in clusters:
        mine = {s for s, x in cluster_of.items() if x is c}
        if len(mine) < 2:
            continue
        best = max(
            (len({k[0] for k in g} & mine) for g in groups), default=1
        )
        tally.events += 1
        tally.carried += max(best, 1) / len(mine)
    silver = _silver(before, cluster_of, summaries)
    tally.silver += len(silver)
    tally.silver_found += len(silver & merged)
    if threshold is None:
        total, one = _people(before, after, cluster_of)
        tally.people += total
        tally.people_one += one


def _summaries() -> dict[str, str]:
    import json

    from merge_news import WIKINEWS

    if not WIKINEWS.exists():
        return {}
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    rows = (json.loads(x) for x in lines if x.strip())
    return {str(n): row["text"] for n, row in enumerate(rows)}


def proposals_of(clusters: Iterable[Cluster]) -> dict[str, Briefing]:
    """Return each report's proposal by report id (analysed as one batch)."""
    reports = [r for c in clusters for r in c.reports]
    analyses = analyze_many([r.article for r in reports])
    return {r.id: propose(r.article, a) for r, a in zip(reports, analyses, strict=True)}


def measure(
    clusters: list[Cluster],
    proposals: dict[str, Briefing],
    half: str,
    threshold: float | None = None,
    verbose: bool = False,
) -> Tally:
    """Return the tally of one half, merged by the rules (or by a threshold alone)."""
    tally = Tally()
    summaries = _summaries()
    for a, b in batches(clusters, half):
        batch = [proposals[r.id] for c in (a, b) for r in c.reports]
        score_batch(batch, (a, b), tally, summaries, threshold, verbose)
    return tally


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    halves = [args[args.index("--half") + 1]] if "--half" in args else ["heldback", "tune"]
    clusters = load_clusters()
    if not clusters:
        return
    chosen = [c for c in clusters if c.half in halves]
    proposals = proposals_of(chosen)
    print("merge: reports of two events read as one set (public news, bench/data/merge)")
    for half in halves:
        mine = [c for c in chosen if c.half == half]
        size = sum(len(c.reports) for c in mine)
        print(f"  {half:8s} ({len(mine)} events, {size} reports)")
        tally = measure(chosen, proposals, half, verbose=verbose and half == "tune")
        print(f"    rules            {tally.row()}")
        for share in (0.5, 0.28):
            t = measure(chosen, proposals, half, threshold=share)
            print(f"    overlap ≥ {share:<5}   {t.row()}")
        for line in tally.wrong:
            print(f"      two events: {line}")


if __name__ == "__main__":
    main()
