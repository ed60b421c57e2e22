"""Saving and loading ``.briefing`` project files (JSON with a schema version)."""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
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
from briefwright.model.filekinds import PROJECT_SUFFIX
from briefwright.model.schema import storable, to_json
from briefwright.store.atomic import atomic_write_bytes
from briefwright.store.project_read import briefing_from_dict

MAX_PROJECT_BYTES = 50 * 1024 * 1024


def is_project(path: str | os.PathLike[str]) -> bool:
    """Return True when ``path`` names a project file (by its suffix)."""
    return Path(path).suffix.lower() == PROJECT_SUFFIX


def briefing_to_dict(b: Briefing) -> dict[str, Any]:
    """Return the JSON-ready dictionary a project file holds for ``b``.

    Its fields are the Briefing's dataclass fields (see :mod:`briefwright.model.schema`), with
    the schema version, the generator and each article text's checksum beside them. The first
    source's article stands at the top as ``article``, where a project of one article has
    always had it; each later source holds its own.
    """
    data = to_json(b)
    for stored, source in zip(data["sources"], b.sources, strict=True):
        stored["article"]["sha256"] = _storable_sha256(source.article)
    lead = data["sources"][0].pop("article")
    return {
        "schema": SCHEMA_VERSION,
        # Read here, not at import: the installed metadata costs ~50 ms to load.
        "generator": f"Briefwright {briefwright.__version__}",
        "meta": data.pop("meta"),
        "article": lead,
        **data,
    }


def dumps(b: Briefing) -> bytes:
    """Return the project file's bytes for ``b`` (UTF-8 JSON, stable key order).

    The top level and the article are indented; each section, fact, actor, event and
    paragraph stands on one line of its own, which keeps the file easy to read and to diff
    and lets the C encoder write the bulk of it.
    """
    text = _layout(briefing_to_dict(b), 0)
    # Lone surrogates cannot be stored in UTF-8; the cleaner removes them on import, and
    # anything else (a user edit, an old project) becomes U+FFFD here, as the cleaner does,
    # so a save never fails and the stored hash matches the stored text.
    return storable(text).encode("utf-8") + b"\n"


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def _layout(value: Any, depth: int) -> str:
    """Return ``value`` as JSON: objects two levels deep indented, lists of objects one per line."""
    pad = " " * (depth + 1)
    if isinstance(value, dict) and depth < 2 and value:
        inner = ",\n".join(
            f"{pad}{_COMPACT(k)}: {_layout(v, depth + 1)}" for k, v in value.items()
        )
        return "{\n" + inner + "\n" + " " * depth + "}"
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return "[\n" + ",\n".join(pad + _COMPACT(x) for x in value) + "\n" + " " * depth + "]"
    return _COMPACT(value)


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
