"""Print how the section headings a BLUF memo and a SITREP print read, on public CNN articles.

Run: PYTHONPATH=desktop .venv/bin/python bench/quality_printed_headings.py [-v] [DIR]
On the tuning half of bench/data/public (never the held-back half) and on the articles of
DIR (``*.txt``, when given), both templates, each printed section is counted when its
heading is a bare role label ("Developments", "Reaction involving U.S.", "Outlook for X"),
names a news outlet ("… involving WJLA"; a call sign, an outlet the lexicon knows or one
the article has report, "Telam reported"), is an "Outlook" over sentences that do not look
ahead, is a topic label none of whose cues the printed sentences carry ("Casualties" over
an interrogation), or when the section prints only a pointer ("See key fact 3."); and each
credit line ("… contributed to this report.") printed anywhere. ``-v`` lists every printed
heading with the first sentence under it.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

from briefwright.analysis import lexicon  # noqa: E402
from briefwright.analysis.engine import analyze_many  # noqa: E402
from briefwright.analysis.sections.headings import (  # noqa: E402
    FALLBACK_LABELS,
    ROLE_LABELS,
    TOPIC_CUES,
    is_outlet,
    topic_cue_counts,
)
from briefwright.draft.dating import ahead_sentences  # noqa: E402
from briefwright.draft.proposal import propose  # noqa: E402
from briefwright.draft.summary import (  # noqa: E402
    label_of,
    looks_ahead,
    printed_sentences,
    section_facts,
)
from briefwright.ingest import read_article  # noqa: E402
from briefwright.layout.compose import compose  # noqa: E402
from briefwright.model.article import Article  # noqa: E402
from briefwright.model.briefing import Briefing, SectionItem  # noqa: E402
from public_news import load_docs  # noqa: E402

TEMPLATES = ("bluf-memo", "sitrep")
_ROLE_WORDS = sorted({*ROLE_LABELS.values(), *FALLBACK_LABELS}, key=len, reverse=True)
_BARE = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _ROLE_WORDS))})(?: (?:involving|for|on) .+)?\.?$"
)
# A broadcaster's call sign ("WJLA", "KTLA") or an outlet the lexicon knows.
_OUTLET = re.compile(
    r"\b(?:[KW][A-Z]{2,3}(?:-TV)?|"
    + "|".join(map(re.escape, lexicon.items("statements.news_outlets")))
    + r")\b"
)
_CREDIT = re.compile(r"contributed to this report|reported from|wrote from", re.IGNORECASE)
_ESTIMATIVE = lexicon.cue_pattern("statements.estimative_cues")
COUNTS = (
    "sections",
    "bare label",
    "outlet",
    "outlook not ahead",
    "topic not borne out",
    "pointer only",
    "credit line",
)


def _printed(briefing: Briefing) -> list[tuple[SectionItem, list[str]]]:
    """Return each printed section and the sentences (or pointer) it prints."""
    out = []
    for section in briefing.sections:
        if not section.included or not section.printed_in:
            continue
        texts = [s.text for s in printed_sentences(briefing, section)]
        out.append((section, texts))
    return out


def _ahead(briefing: Briefing, section: SectionItem) -> bool:
    """Return whether what ``section`` prints looks ahead or estimates."""
    ahead = ahead_sentences(briefing)
    shown = {*section.printed, *section.elsewhere}
    return any(
        looks_ahead(f, ahead) or f.kind == "assessment" or _ESTIMATIVE.search(f.text)
        for f in section_facts(briefing, section)
        if f.id in shown
    )


def measure(articles: list[tuple[str, Article]], verbose: bool) -> Counter[str]:
    """Return the counts over ``articles`` and both templates; list the headings if asked."""
    counts: Counter[str] = Counter()
    analyses = list(analyze_many([a for _, a in articles]))
    for (name, article), analysis in zip(articles, analyses, strict=True):
        text = "\n".join(p.text for p in article.paragraphs)
        forms = [f for a in analysis.actors if is_outlet(a, text) for f in (a.name, *a.aliases)]
        named = re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b") if forms else None
        for template in TEMPLATES:
            briefing = propose(article, analysis, template)
            for section, texts in _printed(briefing):
                h = section.heading
                flags = []
                if _BARE.match(h):
                    flags.append("bare label")
                if _OUTLET.search(h) or (named is not None and named.search(h)):
                    flags.append("outlet")
                if h.startswith(ROLE_LABELS["outlook"]) and not _ahead(briefing, section):
                    flags.append("outlook not ahead")
                topic, said = label_of(h), " ".join(texts)
                if (
                    topic in TOPIC_CUES
                    and topic not in ROLE_LABELS.values()
                    and not any(topic_cue_counts(said)[topic])
                    and topic.lower() not in said.lower()
                ):
                    flags.append("topic not borne out")
                if not texts and not section.text.strip():
                    flags.append("pointer only")
                counts.update(["sections", *flags])
                if verbose:
                    first = texts[0] if texts else f"(→ {section.pointer})"
                    mark = ",".join(flags)
                    print(f"  {name[:8]} {template[:5]} [{mark}] {h!r}: {first[:110]}")
            lines = compose(briefing).plain_lines()
            credits = [line for line in lines if _CREDIT.search(line)]
            counts["credit line"] += len(credits)
            if verbose:
                for line in credits:
                    print(f"  {name[:8]} {template[:5]} [credit] {line[:110]}")
    return counts


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    folders = [Path(a) for a in args if a != "-v"]
    sets = {"tune": [(d.id, d.article) for d in load_docs() if d.half == "tune"]}
    for folder in folders:
        sets[folder.name] = [(p.stem, read_article(p)) for p in sorted(folder.glob("*.txt"))]
    print("printed headings (bluf-memo + sitrep): " + ", ".join(COUNTS[1:]) + " / sections")
    for name, articles in sets.items():
        if verbose:
            print(f"{name}:")
        c = measure(articles, verbose)
        shown = ", ".join(f"{c[k]}" for k in COUNTS[1:])
        print(f"  {name:9s} {shown} / {c['sections']} ({len(articles)} articles)")


if __name__ == "__main__":
    main()
