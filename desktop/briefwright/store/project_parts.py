"""The judgments, filled parts and section display choices of a project file, both ways."""

from __future__ import annotations

from typing import Any

from briefwright.model.briefing import (
    RISK_LEVELS,
    SECTION_DISPLAYS,
    Briefing,
    Judgment,
    SectionItem,
)
from briefwright.model.likelihood import CONFIDENCE_LEVELS, SCALES

# Text parts, saved under their field names; each holds one item per line.
TEXT_PARTS: tuple[str, ...] = (
    "purpose",
    "assumptions",
    "implications",
    "indicators",
    "recommendations",
    "next_steps",
    "locations",
    "valid_from",
    "valid_to",
    "event_type",
    "advice",
    "updates_alert",
)


def parts_to_dict(b: Briefing) -> dict[str, Any]:
    """Return the project-file keys for the judgments and parts of ``b``."""
    out: dict[str, Any] = {
        "scale": b.scale,
        "judgments": [
            {
                "id": j.id,
                "statement": j.statement,
                "likelihood": j.likelihood,
                "confidence": j.confidence,
                "support": list(j.support),
                "origin": j.origin,
            }
            for j in b.judgments
        ],
        "risk_level": b.risk_level,
        "omitted_parts": list(b.omitted_parts),
        "full_text_appendix": b.full_text_appendix,
    }
    out.update({name: getattr(b, name) for name in TEXT_PARTS})
    return out


def section_view_to_dict(s: SectionItem) -> dict[str, Any]:
    """Return the project-file keys for how section ``s`` shows: summary or full, picks, edits."""
    return {
        "display": s.display,
        "chosen": list(s.chosen) if s.chosen is not None else None,
        "sentence_wording": dict(s.sentence_wording),
    }


def section_view_from_dict(raw: dict[str, Any], where: str) -> dict[str, Any]:
    """Return SectionItem keyword arguments read from a saved section; absent keys default.

    Raise ValueError naming the field when one is malformed.
    """
    display = raw.get("display", "summary")
    if display not in SECTION_DISPLAYS:
        raise ValueError(f"{where}.display must be one of {', '.join(SECTION_DISPLAYS)}")
    chosen = raw.get("chosen")
    if chosen is not None and not _texts(chosen):
        raise ValueError(f"{where}.chosen must be null or a list of sentence ids")
    wording = raw.get("sentence_wording", {})
    if not isinstance(wording, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in wording.items()
    ):
        raise ValueError(f"{where}.sentence_wording must map sentence ids to text")
    return {
        "display": display,
        "chosen": list(chosen) if chosen is not None else None,
        "sentence_wording": dict(wording),
    }


def parts_from_dict(data: dict[str, Any]) -> dict[str, Any]:
    """Return Briefing keyword arguments read from a project's top level; absent keys default.

    Raise ValueError naming the field when one is malformed.
    """
    out: dict[str, Any] = {}
    for name in TEXT_PARTS:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise ValueError(f"project.{name} must be text")
        out[name] = value
    scale = data.get("scale", "icd203")
    if scale not in SCALES:
        raise ValueError(f"project.scale must be one of {', '.join(SCALES)}")
    risk = data.get("risk_level", "")
    if risk not in RISK_LEVELS:
        raise ValueError(f"project.risk_level must be one of {', '.join(RISK_LEVELS[1:])}")
    omitted = data.get("omitted_parts", [])
    if not _texts(omitted):
        raise ValueError("project.omitted_parts must be a list of part keys")
    appendix = data.get("full_text_appendix", False)
    if not isinstance(appendix, bool):
        raise ValueError("project.full_text_appendix must be true or false")
    raw_judgments = data.get("judgments", [])
    if not isinstance(raw_judgments, list):
        raise ValueError("project.judgments must be a list")
    out.update(
        scale=scale,
        risk_level=risk,
        omitted_parts=list(omitted),
        full_text_appendix=appendix,
        judgments=[_judgment(raw, f"judgments[{i}]") for i, raw in enumerate(raw_judgments)],
    )
    return out


def _judgment(raw: object, where: str) -> Judgment:
    if not isinstance(raw, dict):
        raise ValueError(f"{where} is not an object")
    fields = {k: raw.get(k, "") for k in ("id", "statement", "likelihood", "confidence", "origin")}
    for key, value in fields.items():
        if not isinstance(value, str):
            raise ValueError(f"{where}.{key} must be text")
    if fields["confidence"] and fields["confidence"] not in CONFIDENCE_LEVELS:
        raise ValueError(f"{where}.confidence must be one of {', '.join(CONFIDENCE_LEVELS)}")
    support = raw.get("support", [])
    if not _texts(support):
        raise ValueError(f"{where}.support must be a list of fact ids")
    return Judgment(support=tuple(support), **fields)


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)
