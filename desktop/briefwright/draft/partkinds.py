"""The kinds of template part, one row each: what a message calls it and its "To complete" hint.

How each kind is drawn is the layout's (``layout/compose.py`` BUILDERS, one row per kind too);
a test checks that both tables cover every kind a template may name (:data:`PART_KINDS`).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefwright.draft.templates import PartKind


@dataclass(frozen=True)
class PartKindInfo:
    """What a kind of part is to the user: ``name`` as a message says it ("an actors
    table"), and ``hint``, what a required part left empty asks for."""

    name: str
    hint: str


PART_INFO: dict[PartKind, PartKindInfo] = {
    "bottom_line": PartKindInfo("bottom line", "one to three sentences a reader can act on."),
    "facts": PartKindInfo("key facts", "tick the key facts this part lists."),
    "actors": PartKindInfo("actors table", "tick the actors this part lists."),
    "timeline": PartKindInfo("timeline", "tick the dated events this part lists."),
    "sections": PartKindInfo("sections part", "tick or move a section into this part."),
    "comment": PartKindInfo("analyst comment part", "the analyst's comment."),
    "sources": PartKindInfo("sources part", "the source details."),
    "judgments": PartKindInfo(
        "key judgments part",
        "key judgments, each with a likelihood, a confidence level and its supporting facts.",
    ),
    "purpose": PartKindInfo(
        "purpose part", "why the reader receives this note and what is asked of them."
    ),
    "assumptions": PartKindInfo("assumptions part", "the assumptions the judgments rest on."),
    "implications": PartKindInfo("implications part", "what this means for the reader."),
    "indicators": PartKindInfo(
        "indicators part", "the signs that would show the judgments right or wrong."
    ),
    "recommendations": PartKindInfo("recommendations part", "the recommended course of action."),
    "next_steps": PartKindInfo(
        "next steps part", "next steps and requirements: who does what, by when."
    ),
    "actions": PartKindInfo("actions taken part", "the actions taken so far, and by whom."),
    "incidents": PartKindInfo(
        "incidents part", "what happened and where, with casualties and arrests."
    ),
    "alert_status": PartKindInfo(
        "alert status", "the risk level (low, moderate, high or extreme)."
    ),
    "locations": PartKindInfo("locations part", "the places where the event happens."),
    "location_line": PartKindInfo("location line", "the places where the event happens."),
    "advice": PartKindInfo("advice part", "advice for travellers."),
}
