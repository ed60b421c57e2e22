"""Briefing templates: the parts of each product, in order, read and checked from TOML files."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast, get_args

from briefwright.analysis.ranking.selection import MAX_FACTS, MIN_FACTS
from briefwright.model.analysis import LABELS, SECTION_ROLES, Label, SectionRole
from briefwright.model.assets import get_asset
from briefwright.model.errors import TemplateError

# The parts a writer fills as free text, one item per line.
WrittenPart = Literal[
    "purpose",
    "assumptions",
    "implications",
    "indicators",
    "recommendations",
    "next_steps",
]
PartKind = Literal[
    "bottom_line",
    "facts",
    "actors",
    "timeline",
    "sections",
    "comment",
    "sources",
    "judgments",
    WrittenPart,
    "actions",
    "incidents",
    "alert_status",
    "locations",
    "location_line",
    "advice",
]
PART_KINDS: tuple[PartKind, ...] = get_args(PartKind)
WRITTEN_PARTS: tuple[WrittenPart, ...] = get_args(WrittenPart)
# Which sentences a sections part's summaries take: the best-scored; those a traveller needs
# first (draft/traveller.py); or only those that look ahead (an outlook: never a current fact).
SentencePick = Literal["best", "traveller", "ahead"]
SENTENCE_PICKS: tuple[SentencePick, ...] = get_args(SentencePick)
PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")

_HEX_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")
_TOP_KEYS = frozenset({"title", "description", "marking", "page_size", "style", "parts", "as_of"})
_STYLE_KEYS = frozenset({"accent", "font_scale"})
_PART_KEYS = frozenset(
    {
        "kind",
        "heading",
        "roles",
        "labels",
        "assessment_heading",
        "required",
        "count",
        "ticks",
        "sentences",
    }
)
# How many facts a facts part ticks by default unless it says (``count = [low, high]``).
DEFAULT_FACT_COUNT = (MIN_FACTS, MAX_FACTS)
# Parts that may appear once only: a second copy would print the same items twice.
_SINGLE_KINDS = frozenset(PART_KINDS) - {"sections"}


@dataclass(frozen=True)
class Part:
    """One part of a template.

    ``roles`` (sections parts) picks sections by :attr:`SectionItem.role`; ``labels`` (actors
    parts) picks actors by label, all when empty; ``assessment_heading`` (facts parts) heads
    the estimative statements kept apart from the facts; ``count`` (facts parts) is how many
    facts are ticked by default, at least and at most, as the article's length allows. A
    ``required`` part the briefing leaves empty is shown as "To complete" rather than left
    out. Every ticked section a sections part takes prints in it (see draft/printplan.py);
    ``ticks`` (sections parts) is how many of them a new briefing ticks, the weightiest
    first, so that the product keeps its length (0: every section the analysis proposes);
    ``sentences`` (sections parts) says which sentences its summaries take (SentencePick).
    """

    kind: PartKind
    heading: str
    roles: tuple[SectionRole, ...] = ()
    labels: tuple[Label, ...] = ()
    assessment_heading: str = "Assessment"
    count: tuple[int, int] = DEFAULT_FACT_COUNT
    required: bool = False
    ticks: int = 0
    sentences: SentencePick = "best"

    @property
    def key(self) -> str:
        """Return what names this part in a briefing whatever its heading: ``judgments``,
        ``sections:background+development``."""
        return f"sections:{'+'.join(self.roles)}" if self.kind == "sections" else self.kind


@dataclass(frozen=True)
class Template:
    """A briefing product: its name, look and parts in reading order."""

    name: str
    title: str
    description: str
    marking: str
    page_size: PageSize
    accent: tuple[int, int, int]
    font_scale: float
    parts: tuple[Part, ...]
    # The title block says as of when the information is (a SITREP's "as of" line).
    as_of: bool = False


@functools.cache
def _templates_dir() -> Path:
    return get_asset("templates")


def template_names() -> list[str]:
    """Return the names of the installed templates, sorted (``bluf-memo``, ``intsum`` …)."""
    return list(_names_in(_templates_dir()))


@functools.cache
def _names_in(folder: Path) -> tuple[str, ...]:
    # The templates are package data: the folder is listed once, not at every compose
    # (a preview composes at each edit and asks for the template several times).
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


def template_titles() -> dict[str, str]:
    """Return each template's name mapped to its display name; raise TemplateError if invalid."""
    return {name: load_template(name).title for name in template_names()}


def load_template(name: str) -> Template:
    """Return the template called ``name``.

    Raise TemplateError when no template has that name (the message lists the valid names)
    or when its file is not a valid template.
    """
    names = template_names()
    if name not in names:
        raise TemplateError(f"unknown template {name!r}; choose one of: {', '.join(names)}")
    return _load(name)


@functools.cache
def _load(name: str) -> Template:
    path = _templates_dir() / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TemplateError(f"template {name!r} cannot be read ({path.name}): {exc}") from exc
    try:
        return parse_template(name, data)
    except ValueError as exc:
        raise TemplateError(f"template {name!r} is invalid ({path.name}): {exc}") from exc


def parse_template(name: str, data: dict[str, Any]) -> Template:
    """Return the Template described by ``data`` (a parsed TOML table).

    Raise ValueError naming the first problem: an unknown or missing key, a wrong type, an
    unknown part kind, role or label, a repeated part, or section roles left uncovered.
    """
    _check_keys("template", data, _TOP_KEYS, required={"title", "parts"})
    style = data.get("style", {})
    if not isinstance(style, dict):
        raise ValueError("[style] must be a table")
    _check_keys("[style]", style, _STYLE_KEYS, required=set())
    page_size = data.get("page_size", "A4")
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    font_scale = style.get("font_scale", 1.0)
    if isinstance(font_scale, bool) or not isinstance(font_scale, int | float):
        raise ValueError("font_scale must be a number")
    if not 0.8 <= font_scale <= 1.3:
        raise ValueError(f"font_scale must lie between 0.8 and 1.3, not {font_scale}")
    raw_parts = data["parts"]
    if not isinstance(raw_parts, list) or not raw_parts:
        raise ValueError("parts must be a non-empty array of tables ([[parts]])")
    parts = tuple(_parse_part(i, p) for i, p in enumerate(raw_parts, start=1))
    _check_parts(parts)
    return Template(
        name=name,
        title=_text(data, "title"),
        description=_text(data, "description", ""),
        marking=_text(data, "marking", "UNCLASSIFIED").upper(),
        page_size=cast(PageSize, page_size),
        accent=_colour(style.get("accent", "#1F3A5F")),
        font_scale=float(font_scale),
        parts=parts,
        as_of=_flag(data, "as_of"),
    )


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def _parse_part(index: int, raw: object) -> Part:
    where = f"part {index}"
    if not isinstance(raw, dict):
        raise ValueError(f"{where} must be a table")
    _check_keys(where, raw, _PART_KEYS, required={"kind", "heading"})
    kind = raw["kind"]
    if kind not in PART_KINDS:
        raise ValueError(f"{where}: kind must be one of {', '.join(PART_KINDS)}, not {kind!r}")
    roles = _choices(where, raw.get("roles", []), SECTION_ROLES, "roles")
    labels = _choices(where, raw.get("labels", []), LABELS, "labels")
    if roles and kind != "sections":
        raise ValueError(f"{where}: only a sections part takes roles")
    if kind == "sections" and not roles:
        raise ValueError(f"{where}: a sections part needs roles")
    if labels and kind != "actors":
        raise ValueError(f"{where}: only an actors part takes labels")
    count = _count(where, raw.get("count", list(DEFAULT_FACT_COUNT)))
    ticks = raw.get("ticks", 0)
    if isinstance(ticks, bool) or not isinstance(ticks, int) or ticks < 0:
        raise ValueError(f"{where}: ticks must be a whole number, 0 or more")
    if ticks and kind != "sections":
        raise ValueError(f"{where}: only a sections part takes ticks")
    if "count" in raw and kind != "facts":
        raise ValueError(f"{where}: only a facts part takes count")
    sentences = raw.get("sentences", "best")
    if sentences not in SENTENCE_PICKS:
        raise ValueError(f"{where}: sentences must be one of {', '.join(SENTENCE_PICKS)}")
    if "sentences" in raw and kind != "sections":
        raise ValueError(f"{where}: only a sections part takes sentences")
    required = raw.get("required", False)
    if not isinstance(required, bool):
        raise ValueError(f"{where}: required must be true or false")
    return Part(
        kind=cast(PartKind, kind),
        heading=_text(raw, "heading", where=where),
        roles=cast(tuple[SectionRole, ...], roles),
        labels=cast(tuple[Label, ...], labels),
        assessment_heading=_text(raw, "assessment_heading", "Assessment", where=where),
        count=count,
        ticks=ticks,
        required=required,
        sentences=cast(SentencePick, sentences),
    )


def _count(where: str, value: object) -> tuple[int, int]:
    """Return a facts part's ``[low, high]``; raise ValueError unless 1 <= low <= high <= 30."""
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        or not 1 <= value[0] <= value[1] <= 30
    ):
        raise ValueError(f"{where}: count must be [low, high] with 1 <= low <= high <= 30")
    return (value[0], value[1])


def _check_parts(parts: tuple[Part, ...]) -> None:
    seen: set[str] = set()
    for part in parts:
        if part.kind in _SINGLE_KINDS and part.kind in seen:
            raise ValueError(f"part kind {part.kind!r} appears more than once")
        seen.add(part.kind)
    roles = [r for p in parts for r in p.roles]
    repeated = sorted({r for r in roles if roles.count(r) > 1})
    if repeated:
        raise ValueError(f"section roles in more than one part: {', '.join(repeated)}")
    # Every role must have a home, or an included section would silently vanish.
    missing = [r for r in SECTION_ROLES if r not in roles]
    if missing:
        raise ValueError(f"no sections part takes the roles: {', '.join(missing)}")


def _check_keys(
    where: str, table: dict[str, Any], allowed: frozenset[str], required: set[str]
) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(unknown)}")
    missing = sorted(required - set(table))
    if missing:
        raise ValueError(f"{where}: missing key(s) {', '.join(missing)}")


def _text(
    table: dict[str, Any], key: str, default: str | None = None, where: str = "template"
) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}: {key} must be a non-empty string")
    return value.strip()


def _choices(where: str, value: object, allowed: tuple[str, ...], key: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: {key} must be an array of strings")
    bad = [v for v in value if v not in allowed]
    if bad:
        raise ValueError(f"{where}: unknown {key} {', '.join(bad)}; valid: {', '.join(allowed)}")
    return tuple(value)


def _colour(value: object) -> tuple[int, int, int]:
    if not isinstance(value, str) or not _HEX_COLOUR.fullmatch(value):
        raise ValueError(f"accent must be a colour like '#1F3A5F', not {value!r}")
    return (int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16))
