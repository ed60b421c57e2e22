"""Saving and loading ``.briefing`` project files (JSON with a schema version)."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import math
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import briefwright
from briefwright.analysis.model import LABELS, SECTION_ROLES, Mention
from briefwright.article import Article, Paragraph
from briefwright.briefing import (
    SCHEMA_VERSION,
    ActorItem,
    Briefing,
    EventItem,
    FactItem,
    Meta,
    SectionItem,
)
from briefwright.errors import ProjectError
from briefwright.ingest.sentences import split_sentences
from briefwright.writers.atomic import atomic_write_bytes

PROJECT_SUFFIX = ".briefing"
MAX_PROJECT_BYTES = 50 * 1024 * 1024
_FACT_KINDS = ("fact", "assessment", "commentary")
_SURROGATE = re.compile("[\ud800-\udfff]")


def is_project(path: str | os.PathLike[str]) -> bool:
    """Return True when ``path`` names a project file (by its suffix)."""
    return Path(path).suffix.lower() == PROJECT_SUFFIX


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """Return the JSON-ready dictionary a project file holds for ``b``."""
    a = b.article
    return {
        "schema": SCHEMA_VERSION,
        # Read here, not at import: the installed metadata costs ~50 ms to load.
        "generator": f"Briefwright {briefwright.__version__}",
        "article": {
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "source": a.source,
            "author": a.author,
            "url": a.url,
            "path": a.path,
            "paragraphs": [{"id": p.id, "text": p.text, "kind": p.kind} for p in a.paragraphs],
            "sha256": _storable_sha256(a),
        },
        "meta": {
            "title": b.meta.title,
            "subject": b.meta.subject,
            "dtg": b.meta.dtg,
            "author": b.meta.author,
            "marking": b.meta.marking,
            "distribution": b.meta.distribution,
        },
        "template": b.template,
        "bottom_line": b.bottom_line,
        "comment": b.comment,
        "source_appendix": b.source_appendix,
        "sections": [
            {
                "id": s.id,
                "heading": s.heading,
                "original_heading": s.original_heading,
                "paragraphs": list(s.paragraphs),
                "role": s.role,
                "included": s.included,
            }
            for s in b.sections
        ],
        "facts": [
            {
                "id": f.id,
                "text": f.text,
                "original": f.original,
                "paragraph": f.paragraph,
                "sentence": f.sentence,
                # NaN or infinity from a degenerate analysis would make the file invalid JSON.
                "score": f.score if math.isfinite(f.score) else 0.0,
                "kind": f.kind,
                "included": f.included,
            }
            for f in b.facts
        ],
        "actors": [
            {
                "id": x.id,
                "name": x.name,
                "label": x.label,
                "role": x.role,
                "aliases": list(x.aliases),
                "mentions": [[m.paragraph, m.start, m.end] for m in x.mentions],
                "subtype": x.subtype,
                "included": x.included,
            }
            for x in b.actors
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "date_text": e.date_text,
                "text": e.text,
                "paragraph": e.paragraph,
                "included": e.included,
            }
            for e in b.events
        ],
    }


def dumps(b: Briefing) -> bytes:
    """Return the project file's bytes for ``b`` (UTF-8 JSON, stable key order)."""
    text = json.dumps(briefing_to_dict(b), ensure_ascii=False, indent=1)
    # Lone surrogates cannot be stored in UTF-8; the cleaner removes them on import, and
    # anything else (a user edit, an old project) becomes U+FFFD here, as the cleaner does,
    # so a save never fails and the stored hash matches the stored text.
    return storable(text).encode("utf-8") + b"\n"


def storable(text: str) -> str:
    """Return ``text`` with each lone surrogate replaced by U+FFFD (UTF-8 cannot hold one)."""
    return _SURROGATE.sub("\ufffd", text)


def _storable_sha256(article: Article) -> str:
    return hashlib.sha256(storable(article.text).encode("utf-8")).hexdigest()


def save_project(b: Briefing, path: str | os.PathLike[str]) -> None:
    """Write ``b`` to ``path`` atomically, keeping the previous version as ``<path>.bak``.

    Temp files left by an earlier save that was killed are removed first. Raises ExportError
    when the file cannot be written; the existing file is then intact.
    """
    target = Path(path)
    data = dumps(b)
    _remove_stale_temp_files(target)
    if target.is_file():
        backup = target.with_name(target.name + ".bak")
        atomic_write_bytes(backup, target.read_bytes())
    atomic_write_bytes(target, data)


def _remove_stale_temp_files(target: Path) -> None:
    """Delete temp files an earlier save of ``target`` left when its process was killed.

    A killed save cannot clean up after itself; without this, each crash during a save would
    leave one more ``.NAME.*.part`` file beside the project. Only one save of a project runs
    at a time, so none of these is still in flight.
    """
    try:
        stale = list(target.parent.glob(f".{glob.escape(target.name)}.*.part"))
    except OSError:
        return
    for temp in stale:
        with contextlib.suppress(OSError):
            temp.unlink()


def load_project(path: str | os.PathLike[str]) -> Briefing:
    """Return the Briefing stored in the project file at ``path``.

    Raises ProjectError with a one-line reason when the file is missing, too large, not
    JSON, of a newer schema, malformed, or when its article text does not match its hash.
    """
    p = Path(path)
    name = p.name
    try:
        size = p.stat().st_size
        if size > MAX_PROJECT_BYTES:
            raise ProjectError(f"{name}: project file larger than 50 MB; not a Briefwright project")
        raw = p.read_bytes()
    except ProjectError:
        raise
    except IsADirectoryError:
        raise ProjectError(f"{name}: is a folder, not a project file") from None
    except FileNotFoundError:
        raise ProjectError(f"{name}: file not found") from None
    except OSError as exc:
        raise ProjectError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    return loads(raw, name=name)


def loads(raw: bytes, *, name: str = "project") -> Briefing:
    """Return the Briefing encoded in ``raw``; raise ProjectError as :func:`load_project`."""
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except UnicodeDecodeError:
        raise ProjectError(f"{name}: not a Briefwright project (not UTF-8 text)") from None
    except RecursionError:
        raise ProjectError(f"{name}: not a Briefwright project (nested too deeply)") from None
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"{name}: damaged project file (invalid JSON at line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError as exc:
        # A number JSON allows but Python will not hold: NaN, Infinity, 5,000-digit integers.
        raise ProjectError(f"{name}: damaged project file ({_describe(exc)})") from None
    try:
        return _from_dict(data, name)
    except ProjectError:
        raise
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
        raise ProjectError(f"{name}: damaged project file ({_describe(exc)})") from None


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a project can hold")


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    if "integer string conversion" in str(exc):
        return "a number has too many digits"
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


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

    def items(self, key: str) -> list[Any]:
        v = self._get(key, [])
        if not isinstance(v, list):
            raise ValueError(f"{self.where}.{key} must be a list")
        return v


def _from_dict(data: Any, name: str) -> Briefing:
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

    def check_pid(pid: int, where: str) -> int:
        if pid not in pids:
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
        sections.append(
            SectionItem(
                id=r.text("id"),
                heading=r.text("heading"),
                paragraphs=list(paras),
                included=r.flag("included"),
                original_heading=r.text("original_heading"),
                role=role,
            )
        )
    facts: list[FactItem] = []
    for i, raw in enumerate(top.items("facts")):
        r = _Reader(raw, f"facts[{i}]")
        kind = r.text("kind", "fact")
        if kind not in _FACT_KINDS:
            raise ValueError(f"facts[{i}].kind {kind!r} is not one of {', '.join(_FACT_KINDS)}")
        facts.append(
            FactItem(
                id=r.text("id"),
                text=r.text("text"),
                paragraph=check_pid(r.whole("paragraph"), f"facts[{i}]"),
                sentence=r.whole("sentence"),
                included=r.flag("included"),
                original=r.text("original"),
                score=r.number("score"),
                kind=kind,  # type: ignore[arg-type]
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
            )
        )
    events: list[EventItem] = []
    for i, raw in enumerate(top.items("events")):
        r = _Reader(raw, f"events[{i}]")
        events.append(
            EventItem(
                id=r.text("id"),
                date=r.text("date"),
                date_text=r.text("date_text"),
                text=r.text("text"),
                paragraph=check_pid(r.whole("paragraph"), f"events[{i}]"),
                included=r.flag("included"),
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
    )
    expected = r.text("sha256")
    # A file written elsewhere may hash its text with lone surrogates kept (surrogatepass).
    raw_hash = hashlib.sha256("\n\n".join(raw_texts).encode("utf-8", "surrogatepass"))
    if expected and expected not in (article.sha256, raw_hash.hexdigest()):
        raise ProjectError(
            f"{name}: the article text does not match its checksum; the file was changed "
            "outside Briefwright or is damaged"
        )
    return article
