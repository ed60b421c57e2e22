"""The subject line: the event the briefing is about, then its weightiest developments.

A subject names what happened ("Social security budget and no-confidence vote"), never a
neutral topic label ("Election results", "Developments"): those say what kind of paragraphs
a section holds, not what the briefing is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefwright.analysis.headings import TOPIC_LABELS
from briefwright.draft.drafting import ScoredFact, Section

# How a neutral label names a section's main actor when the bare label is taken
# ("Developments involving NDRRMC", "Outlook for Luzon"): still a label.
_LABEL_JOINS = ("involving", "on", "for", "in")
_LABELLED = re.compile(
    r"^(?:"
    + "|".join(re.escape(label) for label in sorted(TOPIC_LABELS, key=len, reverse=True))
    + r")(?:$| (?:"
    + "|".join(_LABEL_JOINS)
    + r") )"
)
# "Niger: Developments": a title built from a place and the first heading.
_PLACE_PREFIX = re.compile(r"^[^:]{1,40}:\s+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def is_topic_label(heading: str) -> bool:
    """Return whether ``heading`` is a neutral topic label, bare or naming an actor."""
    return bool(_LABELLED.match(heading.strip()))


def _names_event(text: str) -> bool:
    """Return whether a title names something beyond a topic label ("Niger: Developments"
    does not)."""
    bare = _PLACE_PREFIX.sub("", text.strip())
    return bool(bare) and not is_topic_label(bare)


def _same_gist(a: str, b: str) -> bool:
    """Return whether two phrases share most of their words (one would repeat the other)."""
    wa = {w.lower() for w in _WORD.findall(a) if len(w) > 3}
    wb = {w.lower() for w in _WORD.findall(b) if len(w) > 3}
    small = min(len(wa), len(wb))
    return small > 0 and len(wa & wb) * 3 >= small * 2


def draft_subject(
    sections: Sequence[Section], facts: Sequence[ScoredFact], title: str, lead_paragraph: int
) -> str:
    """Return the subject line: the main event, then the weightiest later development.

    The main event is the heading of the section holding ``lead_paragraph`` when the
    article supports it as a phrase (its clause or event phrase) and the ``title`` does not
    already state it; then comes the included development or reaction section with a phrase
    heading whose best included fact scores highest, not repeating the event (two of them
    when the title names the event). With no phrase heading at all, the lead's heading or
    else a title that names an event (a headline) is the subject. Topic labels never make a
    subject; "" when nothing names an event.
    """
    included = [s for s in sections if s.included]
    lead = next((s for s in included if lead_paragraph in s.paragraphs), None)
    lead_phrase = lead.heading if lead is not None and not is_topic_label(lead.heading) else ""
    event = lead_phrase if lead_phrase and lead_phrase not in title else ""
    best: dict[int, float] = {}
    for f in facts:
        if f.included and f.kind in ("fact", "claim"):
            best[f.paragraph] = max(best.get(f.paragraph, 0.0), f.score)
    later = [
        s
        for s in included
        if s is not lead
        and s.role in ("development", "reaction")
        and not is_topic_label(s.heading)
        and s.heading not in title
        and not (event and _same_gist(s.heading, event))
    ]
    ranked = sorted(later, key=lambda s: -max((best.get(p, 0.0) for p in s.paragraphs), default=0))
    chosen = [s.heading for s in later if s in ranked[: 1 if event else 2]]
    parts = [event, *chosen] if event else chosen
    if not parts:
        parts = [lead_phrase] if lead_phrase else [title.strip()] if _names_event(title) else []
    return "; ".join(parts)
