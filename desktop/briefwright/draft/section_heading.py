"""The heading a section prints: the user's, or one that what it prints bears out."""

from __future__ import annotations

import re

from briefwright.analysis.sections.headings import FALLBACK_LABELS, ROLE_LABELS, is_outlet
from briefwright.draft.dating import ahead_sentences
from briefwright.draft.summary import label_of, looks_ahead, states_heading
from briefwright.model.analysis import Actor
from briefwright.model.briefing import Briefing, SectionItem

_OUTLOOK = re.compile(rf"^{re.escape(ROLE_LABELS['outlook'])}\b")
# "Developments (14)": a label numbered because every other was taken.
_NUMBERED = re.compile(r" \(\d+\)$")
# "Reaction involving Ecowas", "Outlook for Niger": a label naming an actor.
_NAMED_LABEL = re.compile(r"^(?P<base>.+?) (?P<join>involving|for|on) (?P<name>.+)$")


def is_drafted_heading(section: SectionItem) -> bool:
    """Return whether the section's heading is still a drafted one (the user has not
    renamed it); the analyst's own sections are never renamed."""
    if section.origin != "article":
        return False
    return section.heading == (section.auto_heading or section.original_heading)


def drafted_heading(briefing: Briefing, section: SectionItem, used: set[str]) -> str:
    """Return the heading the section prints: the user's, else the proposed heading when
    what the section prints states it, else the heading of its first printed sentence
    (before a proposed heading that is only a label), else its label ("Reaction involving
    Ecowas"), else a neutral label ("Further developments"); never one another section
    prints already, and "Outlook" only over what looks ahead (a father's account of a
    shooting under "Outlook for CNN" misleads)."""
    if not is_drafted_heading(section):
        return section.heading
    texts = _stated_texts(briefing, section)
    options: list[str] = []
    proposed = section.original_heading.strip()
    stated = bool(proposed) and states_heading(proposed, " ".join(texts))
    if proposed.startswith("“"):
        # A quotation heads only the section that prints it: its words, as said.
        stated = stated and proposed[1:].split("”")[0] in " ".join(texts)
    if stated and label_of(proposed) is None:
        options.append(proposed)
    shown = section.printed or section.elsewhere
    options += [h for fid in shown if (h := section.sentence_headings.get(fid, "").strip())]
    if not stated and _joined(proposed, " ".join(texts)):
        # "Evacuation flights and presence of military bases" over a sentence on the flights
        # alone: the event it prints heads it.
        options += [
            part[:1].upper() + part[1:]
            for part in proposed.split(" and ")
            if len(part.split()) >= 2 and states_heading(part, " ".join(texts))
        ]
    # Labels after what a sentence states: a topic ("Casualties") before a role label
    # ("Developments involving X"), which says least.
    said = " ".join(texts)
    labels = _fitting(proposed, said, briefing) if stated and label_of(proposed) else []
    label = section.label.strip()
    if label and not _NUMBERED.search(label):
        labels += _fitting(label, said, briefing)
    options += sorted(labels, key=lambda h: label_of(h) in ROLE_LABELS.values())
    options += [ROLE_LABELS.get(section.role, "Section"), *FALLBACK_LABELS]
    if not _looks_ahead(briefing, section):
        options = [o for o in options if not _OUTLOOK.match(o)] or [ROLE_LABELS["development"]]
    # A heading that is the whole of what prints says nothing more ("Rwanda denies supporting
    # M23." over that sentence alone).
    options = [o for o in options if not _repeats(o, said)]
    heading = next((h for h in options if h not in used), "")
    if not heading:
        base, n = options[-1], 2
        while f"{base} ({n})" in used:
            n += 1
        heading = f"{base} ({n})"
    section.auto_heading = heading
    return heading


def _repeats(heading: str, text: str) -> bool:
    """Return whether ``heading`` says, word for word, all that ``text`` prints."""
    words = re.findall(r"[\w’']+", heading.lower())
    return bool(words) and words == re.findall(r"[\w’']+", text.lower())


def _fitting(label: str, text: str, briefing: Briefing) -> list[str]:
    """Return ``label`` as it fits what the section prints (``text``): a topic label only
    when the text carries one of its cues ("Casualties" over a sentence that names none
    says what the section does not), naming an actor the text names ("Developments
    involving Maryland" over a sentence on the FBI becomes "… involving FBI"); [] when it
    cannot fit."""
    role = label_of(label) in ROLE_LABELS.values()  # says what part it is, claims no topic
    if not role and not states_heading(label, text) and label.lower() not in text.lower():
        return []
    m = _NAMED_LABEL.match(label)
    if m is None or label_of(label) is None or m["name"] in text:
        return [label]
    base, join = m["base"], m["join"]
    for actor in briefing.actors:
        doer = Actor(actor.id, actor.name, actor.label, tuple(actor.aliases), None, ())
        acts = actor.label in ("PERSON", "ORG") or actor.subtype == "country"
        if not acts or is_outlet(doer, text):
            continue
        found = [n for n in (actor.name, *actor.aliases) if n and n in text]
        if found:
            return [f"{base} {join} {min(found, key=len)}"]
    return [base]


def _joined(heading: str, text: str) -> bool:
    """Return whether ``heading`` joins two phrases with one "and" the text does not write
    between them ("flights and presence" is a join; "domestic and social issues" is the
    article's own phrase)."""
    parts = heading.split(" and ")
    if len(parts) != 2 or not all(p.split() for p in parts):
        return False
    seam = f"{parts[0].split()[-1]} and {parts[1].split()[0]}".lower()
    return seam not in " ".join(text.lower().split())


def _looks_ahead(briefing: Briefing, section: SectionItem) -> bool:
    """Return whether what the section shows looks ahead: a date to come, an outlook's words
    or an estimate (see :func:`briefwright.draft.summary.looks_ahead`)."""
    ahead = ahead_sentences(briefing)
    shown = set(section.printed or section.elsewhere)
    if section.display == "full":
        shown = {f.id for f in briefing.facts if f.paragraph in section.paragraphs}
    return any(
        looks_ahead(f, ahead) or f.kind == "assessment"
        for f in briefing.facts
        if f.id in shown and f.source == section.source
    )


def _stated_texts(briefing: Briefing, section: SectionItem) -> list[str]:
    """Return what the section shows a reader: its printed (or pointed-to) sentences, or its
    paragraphs when it prints in full."""
    if section.display == "full":
        out = []
        for pid in section.paragraphs:
            if pid in section.left_out:
                continue
            try:
                text = briefing.article_of(section.source).paragraph(pid).text
                out.append(section.wording.get(pid) or text)
            except KeyError:
                continue
        return out
    by_id = {f.id: f for f in briefing.facts}
    ids = section.printed or section.elsewhere
    return [by_id[i].original or by_id[i].text for i in ids if i in by_id]
