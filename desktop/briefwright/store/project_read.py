"""A project file's JSON read back into a Briefing: the schema version, the article and its hash."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from briefwright.ingest.sentences import split_sentences
from briefwright.model.article import PARAGRAPH, Article
from briefwright.model.briefing import (
    NO_PARAGRAPH,
    SCHEMA_VERSION,
    Briefing,
    EventItem,
    FactItem,
)
from briefwright.model.errors import ProjectError
from briefwright.model.schema_read import Context, from_json
from briefwright.model.sources import Source, source_id, source_of


def briefing_from_dict(data: Any, name: str) -> Briefing:
    """Return the Briefing in a project file's parsed JSON ``data``.

    Every field is read and checked as its dataclass declares it. Raises ProjectError for a
    wrong schema or a checksum mismatch, ValueError naming the field for anything malformed.
    """
    if not isinstance(data, dict):
        raise ProjectError(f"{name}: not a Briefwright project (not a JSON object)")
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
    sources = _sources(data, schema, name)
    # An analyst's own fact or event may cite no paragraph (NO_PARAGRAPH); see _check_items.
    pids = {p.id for s in sources for p in s.article.paragraphs} | {NO_PARAGRAPH}
    briefing = from_json(
        Briefing,
        data,
        "project",
        context=Context(refs={PARAGRAPH: pids}),
        given={"sources": sources},
    )
    _check_items(briefing)
    return briefing


def _sources(data: dict[str, Any], schema: int, name: str) -> list[Source]:
    """Return the project's sources: its list of them, the first one's article standing at
    the top as ``article``; before schema 3, that article alone, as source S1."""
    if "article" not in data:
        raise ValueError("project.article is missing")
    lead = _article(data["article"], name, "project.article")
    if schema < 3:
        return [source_of(lead)]
    raw = data.get("sources")
    if raw is None:
        raise ValueError("project.sources is missing")
    if type(raw) is not list or not raw:
        raise ValueError("project.sources must be a list of one source or more")
    sources: list[Source] = []
    for i, item in enumerate(raw):
        where = f"sources[{i}]"
        if type(item) is not dict:
            raise ValueError(f"{where} is not an object")
        if i == 0:
            article = lead
        elif "article" not in item:
            raise ValueError(f"{where}.article is missing")
        else:
            article = _article(item["article"], name, f"{where}.article")
        source = from_json(Source, item, where, given={"article": article})
        if source.id != source_id(i + 1):
            raise ValueError(f"{where}.id must be {source_id(i + 1)}, not {source.id!r}")
        sources.append(source)
    return sources


def _check_items(b: Briefing) -> None:
    """Raise ValueError where items disagree with each other (one field cannot tell)."""
    cited: list[tuple[str, int, FactItem | EventItem]] = [
        *(("facts", i, f) for i, f in enumerate(b.facts)),
        *(("events", i, e) for i, e in enumerate(b.events)),
    ]
    for kind, i, item in cited:
        if item.paragraph == NO_PARAGRAPH and item.origin != "analyst":
            raise ValueError(
                f"{kind}[{i}] refers to paragraph {NO_PARAGRAPH}, which the article does not have"
            )
    for i, s in enumerate(b.sections):
        if NO_PARAGRAPH in s.paragraphs:
            raise ValueError(f"sections[{i}].paragraphs refers to paragraph {NO_PARAGRAPH}")
        if not set(s.left_out) <= set(s.paragraphs):
            raise ValueError(f"sections[{i}].left_out must hold paragraphs of the section")
        if not set(s.wording) <= set(s.paragraphs):
            raise ValueError(f"sections[{i}].wording must be [paragraph, text] pairs")
    for i, actor in enumerate(b.actors):
        if any(m.paragraph == NO_PARAGRAPH for m in actor.mentions):
            raise ValueError(f"actors[{i}].mentions refers to paragraph {NO_PARAGRAPH}")
    _check_sources(b)


def _check_sources(b: Briefing) -> None:
    """Raise ValueError where an item names a source, or a paragraph of its source, that the
    project does not have."""
    pids = {s.id: {p.id for p in s.article.paragraphs} for s in b.sources}
    cited: list[tuple[str, str, list[int]]] = [
        *((f"facts[{i}]", f.source, [f.paragraph]) for i, f in enumerate(b.facts)),
        *((f"events[{i}]", e.source, [e.paragraph]) for i, e in enumerate(b.events)),
        *((f"dates[{i}]", d.source, [d.paragraph]) for i, d in enumerate(b.dates)),
        *((f"sections[{i}]", s.source, s.paragraphs) for i, s in enumerate(b.sections)),
        *(
            (f"actors[{i}].mentions", m.source, [m.paragraph])
            for i, a in enumerate(b.actors)
            for m in a.mentions
        ),
    ]
    for where, sid, paragraphs in cited:
        if sid not in pids:
            raise ValueError(f"{where} refers to source {sid}, which the project does not have")
        for p in paragraphs:
            if p != NO_PARAGRAPH and p not in pids[sid]:
                raise ValueError(
                    f"{where} refers to paragraph {p}, which source {sid} does not have"
                )


def _article(raw: Any, name: str, where: str) -> Article:
    """Return the stored article with its sentences split again; check numbering and hash."""
    article = from_json(Article, raw, where)
    if not article.paragraphs:
        raise ValueError("the article has no paragraphs")
    for i, p in enumerate(article.paragraphs, 1):
        if p.id != i:
            raise ValueError("article paragraphs must be numbered 1, 2, 3 … in order")
    expected = raw.get("sha256")
    if not isinstance(expected, str):
        field = where.removeprefix("project.")
        raise ValueError(f"{field}.sha256 is missing" if expected is None else
                         f"{field}.sha256 must be text")
    article = dataclasses.replace(
        article,
        paragraphs=tuple(
            dataclasses.replace(p, sentences=split_sentences(p.text)) for p in article.paragraphs
        ),
    )
    # A file written elsewhere may hash its text with lone surrogates kept (surrogatepass).
    raw_text = "\n\n".join(p["text"] for p in raw["paragraphs"])
    raw_hash = hashlib.sha256(raw_text.encode("utf-8", "surrogatepass")).hexdigest()
    if expected not in (article.sha256, raw_hash):
        raise ProjectError(
            f"{name}: the article text does not match its checksum; the file was changed "
            "outside Briefwright or is damaged"
        )
    return article
