"""What a SITREP drafts for its Location line, Actions taken and Incidents, on the tuning half
of the published news and on article files given on the command line, with the counts an
analyst checks first.

Run: .venv/bin/python bench/quality_sitrep.py [-q] [ARTICLE.txt ...]   (-q prints the counts
only; the held-back half is never drafted here)

Counts, over the tuning articles and, apart, over the files given:

- Location / Actions "To complete": articles whose part is left empty;
- actor not named: printed actions whose actor is a nationality or a group named by what its
  people are ("African-American"), or whose actor stands after a verb of saying in its
  sentence ("The claim argues the FBI has given …"): the printed actor is not who acted;
- incident = bottom line: printed incidents whose sentence the bottom line already quotes;
- credits: printed actions that are the reporters' credits ("CNN's … contributed");
- incident points back: printed incidents that open by pointing to a sentence ("It was
  during that interview …") not printed just before them among the incidents.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "bench"))

import public_news  # noqa: E402
from briefwright.model.article import Article  # noqa: E402
from briefwright.model.briefing import Briefing  # noqa: E402

_BATCH = 16
# A verb of saying before the actor in its sentence: the actor is inside what another says.
_SAYING = re.compile(
    r"\b(?:says?|said|argues?|argued|alleges?|alleged|claims?|claimed|accus\w+|contends?|"
    r"according to)\b",
    re.IGNORECASE,
)


@dataclass
class Counts:
    """The counts of one set of articles."""

    articles: int = 0
    no_location: int = 0
    no_actions: int = 0
    no_incidents: int = 0
    actions: int = 0
    not_named: int = 0
    incidents: int = 0
    bottom_repeated: int = 0
    credits: int = 0
    dangling: int = 0
    notes: list[str] = field(default_factory=list)


def _not_named(briefing: Briefing, actor: str, text: str) -> bool:
    """Return whether an action's printed actor is not who acted (see the module docstring)."""
    from briefwright.analysis.entities.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(actor)
    if entry is not None and entry.kind == "demonym":
        return True
    if any(a.name == actor and a.subtype == "demonym" for a in briefing.actors):
        return True
    head = actor.split(" and ")[-1].split()[0] if actor.split() else actor
    at = text.find(head)
    return at > 0 and bool(_SAYING.search(text[:at]))


def draft(briefing: Briefing, counts: Counts, name: str, *, show: bool) -> None:
    """Add one drafted SITREP's counts and print its parts when ``show``."""
    from briefwright.analysis.statements.pointing import points_back
    from briefwright.draft.actions_taken import actions_taken
    from briefwright.draft.alert import locations
    from briefwright.draft.incidents import incidents

    places = locations(briefing)
    taken = actions_taken(briefing)
    found = incidents(briefing)
    counts.articles += 1
    counts.no_location += not places
    counts.no_actions += not taken
    counts.no_incidents += not found
    quoted = set(briefing.bottom_line_refs)
    bottom = " ".join(briefing.bottom_line.split())
    lines = [f"== {name}", f"  Location: {'; '.join(places) or 'To complete'}"]
    lines.append("  Actions taken:" + ("" if taken else " To complete"))
    for a in taken:
        bad = _not_named(briefing, a.actor, a.text)
        counts.actions += 1
        counts.not_named += bad
        counts.credits += "contributed to this report" in a.text
        lines.append(f"    {'!' if bad else '-'} {a.actor}: {a.text[:150]}")
    lines.append("  Incidents:" + ("" if found else " (none)"))
    shown: list[tuple[int, str]] = []
    for i in found:
        follows = bool(shown) and shown[-1][0] == i.paragraph
        counts.dangling += points_back(i.text) and not follows
        shown.append((i.paragraph, i.text))
        repeated = i.fact in quoted or (bool(bottom) and " ".join(i.text.split()) in bottom)
        counts.incidents += 1
        counts.bottom_repeated += repeated
        where = f"{i.place}: " if i.place else ""
        lines.append(f"    {'!' if repeated else '-'} {where}{i.text[:150]}")
    if show:
        print("\n".join(lines))


def _summary(label: str, c: Counts) -> str:
    return (
        f"{label}: {c.articles} articles; Location to complete {c.no_location}, Actions to "
        f"complete {c.no_actions}, no Incidents {c.no_incidents}; actions {c.actions}, actor "
        f"not named {c.not_named}, credits {c.credits}; incidents {c.incidents}, = bottom line "
        f"{c.bottom_repeated}, points back {c.dangling}"
    )


def main() -> None:
    from briefwright.analysis.engine import analyze_many
    from briefwright.draft.proposal import propose
    from briefwright.ingest import read_article

    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    show = "-q" not in sys.argv[1:]
    tune = [d for d in public_news.load_docs() if d.half == "tune"]
    files = [Path(a) for a in args]
    own: list[tuple[str, Article]] = [(p.stem, read_article(p)) for p in files]
    todo: list[tuple[str, Article, Counts]] = []
    tuning, given = Counts(), Counts()
    todo += [(d.id[:8], d.article, tuning) for d in tune]
    todo += [(n, a, given) for n, a in own]
    for k in range(0, len(todo), _BATCH):
        batch = todo[k : k + _BATCH]
        for (name, article, counts), analysis in zip(
            batch, analyze_many(t[1] for t in batch), strict=True
        ):
            draft(propose(article, analysis, "sitrep"), counts, name, show=show)
    print(_summary("tuning", tuning))
    if files:
        print(_summary("files", given))


if __name__ == "__main__":
    main()
