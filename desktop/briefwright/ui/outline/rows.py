"""What each outline row shows in each role: groups, sections, paragraphs, facts, actors and
events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from briefwright.draft.edits import as_item_kind, items_of
from briefwright.draft.merge_by_hand import fact_mark
from briefwright.draft.printmarks import part_id
from briefwright.draft.templates import load_template
from briefwright.model.analysis import type_name
from briefwright.model.article import paragraph_mark
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    SectionItem,
)
from briefwright.model.calendar import event_date
from briefwright.model.errors import TemplateError
from briefwright.model.sources import SourceRef
from briefwright.ui.outline import paragraphs as outline_paragraphs
from briefwright.ui.text.plain_widgets import plain_tooltip
from briefwright.ui.workspace import Workspace

GROUP_TITLES: dict[str, str] = {
    "sections": "Sections",
    "facts": "Key facts",
    "actors": "Key actors",
    "events": "Events",
}
_GROUP_TIPS: dict[str, str] = {
    "events": "Events: tick what goes into the timeline; F2 rewords one; they run in date order",
}

KindRole = Qt.ItemDataRole.UserRole + 1
ParagraphsRole = Qt.ItemDataRole.UserRole + 2
ItemRowRole = Qt.ItemDataRole.UserRole + 3


def group_data(briefing: Briefing, kind: str, role: int) -> Any:
    """Return what the group row of ``kind`` shows in ``role``; None for other roles."""
    items = items_of(briefing, as_item_kind(kind))
    if role == Qt.ItemDataRole.DisplayRole:
        chosen = sum(1 for i in items if i.included)
        return f"{GROUP_TITLES[kind]}  ({chosen} of {len(items)})"
    if role == Qt.ItemDataRole.FontRole:
        font = QFont()
        font.setBold(True)
        return font
    if role == KindRole:
        return "group"
    if role == Qt.ItemDataRole.ToolTipRole:
        default = f"{GROUP_TITLES[kind]}: tick what goes into the briefing; drag to reorder"
        return _GROUP_TIPS.get(kind, default)
    return None


def paragraph_data(ws: Workspace, section: SectionItem, row: int, role: int) -> Any:
    """Return what paragraph row ``row`` under ``section`` shows in ``role``."""
    pid = section.paragraphs[row]
    if role == ParagraphsRole:
        return [pid]
    if role == KindRole:
        return "paragraph"
    return outline_paragraphs.paragraph_data(ws, section, pid, role)


def _not_shown(reason: str) -> str:
    return f"  (not shown: {reason})" if reason else ""


def section_parts(briefing: Briefing) -> dict[str, str]:
    """Return the heading of each sections part of the briefing's template by its id, when
    it has more than one (a section row then names the part it prints in); else {}."""
    try:
        parts = [p for p in load_template(briefing.template).parts if p.kind == "sections"]
    except TemplateError:
        return {}
    return {part_id(p): p.heading for p in parts} if len(parts) > 1 else {}


def section_data(
    item: SectionItem,
    role: int,
    parts: dict[str, str] | None = None,
    briefing: Briefing | None = None,
) -> Any:
    """Return what a section row shows in ``role``: the heading that prints (after the part
    it prints in, when the template has several), and where its sentences print instead when
    another part prints them, or why it does not print."""
    if role == Qt.ItemDataRole.DisplayRole:
        part = (parts or {}).get(item.printed_in or "")
        lead = f"{part} ▸ " if part else ""
        return lead + item.heading + _not_shown(item.not_printed) + _pointer(item)
    if role == Qt.ItemDataRole.EditRole:
        return item.heading
    if role == ParagraphsRole:
        return list(item.paragraphs)
    if role == Qt.ItemDataRole.ToolTipRole:
        refs = ", ".join(_mark(briefing, r) for r in item.refs)
        source = f"From {refs}." if refs else "Your own section."
        return plain_tooltip(f"{item.heading}\n{source} {_section_status(item)} F2 renames it.")
    return None


def _pointer(item: SectionItem) -> str:
    """Return "  → Key fact 3" for a section that prints nothing of its own."""
    return f"  → {item.pointer}" if item.pointer and not item.printed else ""


def _section_status(item: SectionItem) -> str:
    if not item.included:
        return "Not ticked: it does not print."
    if item.not_printed:
        return f"Not shown in this template: {item.not_printed}."
    count = len(item.printed)
    plural = "s" if count != 1 else ""
    said = f"{count} sentence{plural}" if item.display == "summary" else "in full"
    there = f" ({item.pointer} prints the rest)" if item.pointer else ""
    return f"Prints {said}{there}."


def fact_data(item: FactItem, row: int, role: int, briefing: Briefing | None = None) -> Any:
    """Return what the fact row ``row`` shows in ``role``: the fact as it prints ("3." for key
    fact 3, "Bottom line:" when the bottom line quotes it) or why it does not print."""
    if role == Qt.ItemDataRole.DisplayRole:
        ref = fact_mark(item, briefing)
        if item.corroboration > 1:
            ref += f" ({item.corroboration} sources)"
        if item.conflicts:
            ref += " · sources differ"
        return f"{_fact_lead(item)}{item.printed_text}  {ref}{_not_shown(item.not_printed)}"
    if role == Qt.ItemDataRole.EditRole:
        return item.text
    if role == ParagraphsRole:
        return [item.paragraph]
    if role == Qt.ItemDataRole.ToolTipRole:
        note = "" if item.text == item.original or not item.original else " (reworded)"
        where = (
            f" Prints as {item.printed_as}." if item.printed_as
            else f" Not shown in this template: {item.not_printed}." if item.not_printed
            else ""
        )
        source = ", ".join(_mark(briefing, r) for r in item.refs)
        if item.conflicts:
            said = "; ".join(
                f"{c.text} ({', '.join(_mark(briefing, r) for r in c.refs)})"
                for c in item.conflicts
            )
            note += f". Sources differ: {said}"
        return plain_tooltip(f"{item.text}\nFrom {source}{note}.{where} F2 rewords it.")
    return None


def _mark(briefing: Briefing | None, ref: SourceRef) -> str:
    """Return how ``ref`` is named: as ``briefing`` prints it (``S2 ¶4`` with several
    sources), ``¶4`` without one."""
    if briefing is None:
        return paragraph_mark(ref.paragraph)
    return briefing.mark(ref)


def _fact_lead(item: FactItem) -> str:
    label = item.printed_as
    if label.startswith("Key fact "):
        return f"{label.removeprefix('Key fact ')}. "
    return f"{label}: " if label else ""


def actor_data(item: ActorItem, role: int) -> Any:
    """Return what an actor row shows in ``role``; None for other roles."""
    if role == Qt.ItemDataRole.DisplayRole:
        name = f"{item.name} — {item.role}" if item.role else item.name
        return name + _not_shown(item.not_printed)
    if role == ParagraphsRole:
        return sorted({m.paragraph for m in item.mentions})
    if role == Qt.ItemDataRole.ToolTipRole:
        aliases = f"\nAlso: {', '.join(item.aliases)}" if item.aliases else ""
        return plain_tooltip(f"{item.name} ({type_name(item.label, item.subtype)}){aliases}")
    return None


def event_when(item: EventItem) -> str:
    """Return an event's date as the timeline prints it, or "undated"."""
    return event_date(item.date, item.granularity) if item.date else "undated"


def event_data(item: EventItem, role: int, briefing: Briefing | None = None) -> Any:
    """Return what an event row shows in ``role``: its date, its wording and its references
    (``[S1 ¶2, S3 ¶1]`` with several sources), or why it does not print."""
    if role == Qt.ItemDataRole.DisplayRole:
        marks = ", ".join(_mark(briefing, r) for r in item.refs)
        ref = f"[{marks}]" if item.paragraph != NO_PARAGRAPH else "[own]"
        return f"{event_when(item)} — {item.text}  {ref}{_not_shown(item.not_printed)}"
    if role == Qt.ItemDataRole.EditRole:
        return item.text
    if role == ParagraphsRole:
        return [item.paragraph] if item.paragraph != NO_PARAGRAPH else []
    if role == Qt.ItemDataRole.ToolTipRole:
        status = (
            "Not ticked: it stays off the timeline." if not item.included
            else f"Not shown in this template: {item.not_printed}." if item.not_printed
            else "Prints in the timeline."
        )
        when = f"{event_when(item)} ({item.date_text})" if item.date_text else event_when(item)
        return plain_tooltip(f"{when}: {item.text}\n{status} F2 rewords it.")
    return None
