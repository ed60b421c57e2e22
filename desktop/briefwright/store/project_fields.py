"""A project file's JSON read back into a Briefing, with every field checked."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Any

from briefwright.ingest.sentences import split_sentences
from briefwright.model.analysis import FACT_KINDS, LABELS, SECTION_ROLES, Mention
from briefwright.model.article import Article, Paragraph
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    ORIGINS,
    SCHEMA_VERSION,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    Meta,
    SectionItem,
)
from briefwright.model.errors import ProjectError
from briefwright.store.project_parts import parts_from_dict, section_view_from_dict

# Projects saved before quotes and claims were told apart hold only "fact", "assessment"
# and "commentary", which keep their meaning.
_FACT_KINDS = FACT_KINDS
_SURROGATE = re.compile("[\ud800-\udfff]")


def storable(text: str) -> str:
    """Return ``text`` with each lone surrogate replaced by U+FFFD (UTF-8 cannot hold one)."""
    return _SURROGATE.sub("\ufffd", text)


_REQUIRED = object()


class _Reader:
    """Typed access to one JSON object with messages that name the field."""

    def __init__(self, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            raise ValueError(f"{where} is not an object")
        self.obj = obj
        self.where = where

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.obj:
            if default is _REQUIRED:
                raise ValueError(f"{self.where}.{key} is missing")
            return default
        return self.obj[key]

    def raw_text(self, key: str, default: Any = "") -> str:
        v = self._get(key, default)
        if not isinstance(v, str):
            raise ValueError(f"{self.where}.{key} must be text")
        return v

    def text(self, key: str, default: Any = "") -> str:
        return storable(self.raw_text(key, default))

    def opt_text(self, key: str) -> str | None:
        v = self._get(key, None)
        if v is not None and not isinstance(v, str):
            raise ValueError(f"{self.where}.{key} must be text or null")
        return storable(v) if v is not None else None

    def flag(self, key: str, default: bool = True) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise ValueError(f"{self.where}.{key} must be true or false")
        return v

    def whole(self, key: str) -> int:
        v = self._get(key, _REQUIRED)
        if not isinstance(v, int) or isinstance(v, bool):
            raise ValueError(f"{self.where}.{key} must be a whole number")
        return v

    def number(self, key: str, default: float = 0.0) -> float:
        v = self._get(key, default)
        if not isinstance(v, int | float) or isinstance(v, bool):
            raise ValueError(f"{self.where}.{key} must be a number")
        return float(v)

    def origin(self) -> Any:
        """Return the item's origin (``article`` when absent, as in older projects)."""
        v = self.text("origin", "article")
        if v not in ORIGINS:
            raise ValueError(f"{self.where}.origin {v!r} is not one of {', '.join(ORIGINS)}")
        return v

    def items(self, key: str) -> list[Any]:
        v = self._get(key, [])
        if not isinstance(v, list):
            raise ValueError(f"{self.where}.{key} must be a list")
        return v


def briefing_from_dict(data: Any, name: str) -> Briefing:
    """Return the Briefing in a project file's parsed JSON ``data``.

    Raises ProjectError for a wrong schema or a checksum mismatch, ValueError, KeyError or
    TypeError naming the field for anything malformed.
    """
    if not isinstance(data, dict):
        raise ProjectError(f"{name}: not a Briefwright project (not a JSON object)")
    top = _Reader(data, "project")
    schema = data.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise ProjectError(f"{name}: not a Briefwright project (no schema version)")
    if schema > SCHEMA_VERSION:
        raise ProjectError(
            f"{name}: made by a newer Briefwright (schema {schema}); "
            f"this version reads schema {SCHEMA_VERSION} — update Briefwright"
        )
    if schema < 1:
        raise ProjectError(f"{name}: unknown project schema {schema}")
    article = _article(_Reader(top._get("article", _REQUIRED), "article"), name)
    pids = {p.id for p in article.paragraphs}

    def check_pid(pid: int, where: str, origin: str = "article") -> int:
        # An analyst's own item may cite no paragraph at all.
        if pid not in pids and not (origin == "analyst" and pid == NO_PARAGRAPH):
            raise ValueError(f"{where} refers to paragraph {pid}, which the article does not have")
        return pid

    m = _Reader(top._get("meta", _REQUIRED), "meta")
    meta = Meta(
        title=m.text("title"),
        subject=m.text("subject"),
        dtg=m.text("dtg"),
        author=m.text("author"),
        marking=m.text("marking", "UNCLASSIFIED"),
        distribution=m.text("distribution"),
    )
    sections: list[SectionItem] = []
    for i, raw in enumerate(top.items("sections")):
        r = _Reader(raw, f"sections[{i}]")
        paras = r.items("paragraphs")
        for pid in paras:
            if not isinstance(pid, int) or isinstance(pid, bool):
                raise ValueError(f"sections[{i}].paragraphs must hold paragraph numbers")
            check_pid(pid, f"sections[{i}]")
        role = r.text("role", "development")
        if role not in SECTION_ROLES:
            raise ValueError(
                f"sections[{i}].role {role!r} is not one of {', '.join(SECTION_ROLES)}"
            )
        left_out = r.items("left_out")
        for pid in left_out:
            if not isinstance(pid, int) or isinstance(pid, bool) or pid not in paras:
                raise ValueError(f"sections[{i}].left_out must hold paragraphs of the section")
        wording: dict[int, str] = {}
        for pair in r.items("wording"):
            if (
                not isinstance(pair, list)
                or len(pair) != 2
                or pair[0] not in paras
                or not isinstance(pair[1], str)
            ):
                raise ValueError(f"sections[{i}].wording must be [paragraph, text] pairs")
            wording[pair[0]] = storable(pair[1])
        sections.append(
            SectionItem(
                id=r.text("id"),
                heading=r.text("heading"),
                paragraphs=list(paras),
                included=r.flag("included"),
                original_heading=r.text("original_heading"),
                role=role,
                **section_view_from_dict(raw, f"sections[{i}]"),

                origin=r.origin(),
                text=r.text("text"),
                left_out=list(left_out),
                wording=wording,
            )
        )
    facts: list[FactItem] = []
    for i, raw in enumerate(top.items("facts")):
        r = _Reader(raw, f"facts[{i}]")
        kind = r.text("kind", "fact")
        if kind not in _FACT_KINDS:
            raise ValueError(f"facts[{i}].kind {kind!r} is not one of {', '.join(_FACT_KINDS)}")
        origin = r.origin()
        facts.append(
            FactItem(
                id=r.text("id"),
                text=r.text("text"),
                paragraph=check_pid(r.whole("paragraph"), f"facts[{i}]", origin),
                sentence=r.whole("sentence"),
                included=r.flag("included"),
                original=r.text("original"),
                score=r.number("score"),
                kind=kind,
                speaker=r.text("speaker"),
                origin=origin,
            )
        )
    actors: list[ActorItem] = []
    for i, raw in enumerate(top.items("actors")):
        r = _Reader(raw, f"actors[{i}]")
        label = r.text("label")
        if label not in LABELS:
            raise ValueError(f"actors[{i}].label {label!r} is not one of {', '.join(LABELS)}")
        aliases = r.items("aliases")
        if not all(isinstance(x, str) for x in aliases):
            raise ValueError(f"actors[{i}].aliases must be a list of text")
        mentions = []
        for mm in r.items("mentions"):
            if (
                not isinstance(mm, list)
                or len(mm) != 3
                or not all(isinstance(v, int) and not isinstance(v, bool) for v in mm)
            ):
                raise ValueError(f"actors[{i}].mentions must be [paragraph, start, end] triples")
            mentions.append(Mention(check_pid(mm[0], f"actors[{i}]"), mm[1], mm[2]))
        actors.append(
            ActorItem(
                id=r.text("id"),
                name=r.text("name"),
                label=label,
                role=r.text("role"),
                aliases=list(aliases),
                included=r.flag("included"),
                mentions=mentions,
                subtype=r.text("subtype"),
                origin=r.origin(),
            )
        )
    events: list[EventItem] = []
    for i, raw in enumerate(top.items("events")):
        r = _Reader(raw, f"events[{i}]")
        origin = r.origin()
        events.append(
            EventItem(
                id=r.text("id"),
                date=r.text("date"),
                date_text=r.text("date_text"),
                granularity=r.text("granularity", "day"),
                text=r.text("text"),
                paragraph=check_pid(r.whole("paragraph"), f"events[{i}]", origin),
                included=r.flag("included"),
                upcoming=r.flag("upcoming", False),

                origin=origin,
            )
        )
    return Briefing(
        meta=meta,
        article=article,
        template=top.text("template", "bluf-memo"),
        bottom_line=top.text("bottom_line"),
        comment=top.text("comment"),
        sections=sections,
        facts=facts,
        actors=actors,
        events=events,
        source_appendix=top.flag("source_appendix", False),
        auto_bottom_line=top.text("auto_bottom_line"),
        auto_subject=top.text("auto_subject"),
        **parts_from_dict(data),
    )


def _article(r: _Reader, name: str) -> Article:
    paragraphs: list[Paragraph] = []
    raw_texts: list[str] = []
    for i, raw in enumerate(r.items("paragraphs")):
        pr = _Reader(raw, f"article.paragraphs[{i}]")
        raw_texts.append(pr.raw_text("text"))
        text = storable(raw_texts[-1])
        kind = pr.text("kind", "body")
        if kind not in ("body", "heading"):
            raise ValueError(f"article.paragraphs[{i}].kind must be body or heading")
        pid = pr.whole("id")
        if pid != i + 1:
            raise ValueError("article paragraphs must be numbered 1, 2, 3 … in order")
        paragraphs.append(Paragraph(id=pid, text=text, sentences=split_sentences(text), kind=kind))
    if not paragraphs:
        raise ValueError("the article has no paragraphs")
    raw_date = r.opt_text("date")
    try:
        art_date = date.fromisoformat(raw_date) if raw_date else None
    except ValueError:
        raise ValueError(f"article.date {raw_date!r} is not an ISO date") from None
    article = Article(
        title=r.text("title"),
        paragraphs=tuple(paragraphs),
        date=art_date,
        source=r.opt_text("source"),
        author=r.opt_text("author"),
        url=r.opt_text("url"),
        path=r.opt_text("path"),
        place=r.opt_text("place"),
        outlet=r.opt_text("outlet"),
        dateline=r.opt_text("dateline"),
    )
    expected = r.text("sha256", _REQUIRED)
    # A file written elsewhere may hash its text with lone surrogates kept (surrogatepass).
    raw_hash = hashlib.sha256("\n\n".join(raw_texts).encode("utf-8", "surrogatepass"))
    if expected not in (article.sha256, raw_hash.hexdigest()):
        raise ProjectError(
            f"{name}: the article text does not match its checksum; the file was changed "
            "outside Briefwright or is damaged"
        )
    return article
