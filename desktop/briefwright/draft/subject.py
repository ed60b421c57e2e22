"""The subject line: one line saying what happened, who did what, where.

A subject names what happened ("Partial evacuation of the US Embassy in Niger"), never a
neutral topic label ("Election results", "Developments") nor a list of headings: those say
what kind of paragraphs a section holds, not what the briefing is about.
"""

from __future__ import annotations

import re

from briefwright.analysis.sections.headings import TOPIC_LABELS

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


def is_topic_label(heading: str) -> bool:
    """Return whether ``heading`` is a neutral topic label, bare or naming an actor."""
    return bool(_LABELLED.match(heading.strip()))


def _names_event(text: str) -> bool:
    """Return whether a title names something beyond a topic label ("Niger: Developments"
    does not)."""
    bare = _PLACE_PREFIX.sub("", text.strip())
    return bool(bare) and not is_topic_label(bare)


def proposed_subject(line: str, title: str) -> str:
    """Return the subject a new briefing proposes: the analysis' one line of who did what,
    where (from the headline and the lede), else a title that names an event, else "".

    Never a list of section headings: what the sections print changes with the user's picks,
    the subject says what happened. A topic label is never a subject.
    """
    flat = " ".join(line.split())
    if flat and not is_topic_label(flat):
        return flat
    return title.strip() if _names_event(title) else ""
