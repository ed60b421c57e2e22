"""Saving and loading ``.briefing`` project files (JSON with a schema version)."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any

import briefwright
from briefwright.model.article import Article
from briefwright.model.briefing import (
    SCHEMA_VERSION,
    Briefing,
)
from briefwright.model.errors import ProjectError
from briefwright.store.atomic import atomic_write_bytes
from briefwright.store.project_fields import briefing_from_dict, storable
from briefwright.store.project_parts import parts_to_dict, section_view_to_dict

PROJECT_SUFFIX = ".briefing"
MAX_PROJECT_BYTES = 50 * 1024 * 1024


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
            "place": a.place,
            "outlet": a.outlet,
            "dateline": a.dateline,
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
        "auto_bottom_line": b.auto_bottom_line,
        "auto_subject": b.auto_subject,
        "sections": [
            {
                "id": s.id,
                "heading": s.heading,
                "original_heading": s.original_heading,
                "paragraphs": list(s.paragraphs),
                "role": s.role,
                "included": s.included,
                **section_view_to_dict(s),

                "origin": s.origin,
                "text": s.text,
                "left_out": list(s.left_out),
                "wording": [[pid, text] for pid, text in sorted(s.wording.items())],
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
                "speaker": f.speaker,
                "included": f.included,
                "origin": f.origin,
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
                "origin": x.origin,
            }
            for x in b.actors
        ],
        "events": [
            {
                "id": e.id,
                "date": e.date,
                "date_text": e.date_text,
                "granularity": e.granularity,
                "text": e.text,
                "paragraph": e.paragraph,
                "included": e.included,
                "upcoming": e.upcoming,

                "origin": e.origin,
            }
            for e in b.events
        ],
        **parts_to_dict(b),
    }


def dumps(b: Briefing) -> bytes:
    """Return the project file's bytes for ``b`` (UTF-8 JSON, stable key order)."""
    text = json.dumps(briefing_to_dict(b), ensure_ascii=False, indent=1)
    # Lone surrogates cannot be stored in UTF-8; the cleaner removes them on import, and
    # anything else (a user edit, an old project) becomes U+FFFD here, as the cleaner does,
    # so a save never fails and the stored hash matches the stored text.
    return storable(text).encode("utf-8") + b"\n"


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
        return briefing_from_dict(data, name)
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
