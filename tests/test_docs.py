"""docs/ARCHITECTURE.md stays true: every file, folder, module and name it cites exists, and
tests/ has the folder for each layer it says."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop" / "briefwright"
DOC = ROOT / "docs" / "ARCHITECTURE.md"
LAYERS = ("model", "ingest", "analysis", "draft", "layout", "writers", "store", "app", "ui")
# Where a path the notes cite may start: the repository, desktop/ or the package.
BASES = (ROOT, ROOT / "desktop", PACKAGE)

_CODE = re.compile(r"`([^`\n]+)`")
_FILE = re.compile(r"[\w.*-]+(/[\w.*-]+)*(\.(py|toml|md)|/)")
_NAME = re.compile(r"[a-z_]+([/.][a-z_]+)*\.[A-Za-z_]+")


def _cited() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    return sorted({m.group(1).split("(")[0].strip() for m in _CODE.finditer(text)})


def _file_exists(path: str) -> bool:
    path = path.rstrip("/")
    if any(list(base.glob(path)) for base in BASES):
        return True
    # A module named in the paragraph of its folder ("`workspace.py`" under ui/): in there.
    return "/" not in path and any(list(b.rglob(path)) for b in (PACKAGE, ROOT / "tests"))


def _name_exists(dotted: str) -> bool:
    parts = dotted.replace("/", ".").split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(["briefwright", *parts[:cut]]))
        except ImportError:
            continue
        try:
            for attr in parts[cut:]:
                obj = getattr(obj, attr)
        except AttributeError:
            return False
        return True
    return False


def _problems() -> list[str]:
    problems = []
    for token in _cited():
        if "<" in token or " " in token:
            continue
        if "::" in token:
            path, name = token.split("::")
            if not (ROOT / path).is_file() or f"def {name}(" not in (ROOT / path).read_text(
                encoding="utf-8"
            ):
                problems.append(token)
        elif _FILE.fullmatch(token):
            if not _file_exists(token):
                problems.append(token)
        elif (
            _NAME.fullmatch(token)
            and token.split("/")[0].split(".")[0] in LAYERS
            and not _name_exists(token)
        ):
            problems.append(token)
    return problems


def test_every_path_and_name_the_notes_cite_exists() -> None:
    assert _problems() == []


@pytest.mark.parametrize("layer", LAYERS)
def test_each_layer_has_its_test_folder(layer: str) -> None:
    assert (PACKAGE / layer / "__init__.py").is_file()
    folder = ROOT / "tests" / layer
    assert (folder / "__init__.py").is_file() and list(folder.glob("test_*.py"))
    assert f"`tests/{layer}/`" in DOC.read_text(encoding="utf-8")


def test_only_the_tests_that_span_the_layers_stay_at_the_root() -> None:
    at_root = sorted(p.name for p in (ROOT / "tests").glob("test_*.py"))
    assert at_root == [
        "test_docs.py",
        "test_import_cycles.py",
        "test_network_guard.py",
        "test_wheel.py",
    ]
