"""No static import circle among briefwright's modules, imports for type checking included."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[1] / "desktop"
PACKAGE = "briefwright"


def module_files(source: Path, package: str) -> dict[str, Path]:
    """Return every module of ``package`` under ``source`` by dotted name (a package by its own)."""
    modules = {}
    for path in sorted((source / package).rglob("*.py")):
        parts = path.relative_to(source).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _top_level(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    """Return the imports run when the module is imported: also under ``if`` and ``try``.

    An ``if TYPE_CHECKING:`` block counts: a circle through it still ties the modules together
    for a reader and for the type checker. Imports inside functions do not count.
    """
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):
            found += _top_level(node.body) + _top_level(node.orelse)
        elif isinstance(node, ast.Try):
            blocks = [node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)]
            for block in blocks:
                found += _top_level(block)
    return found


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Return the modules of ``modules`` that module ``name`` (at ``path``) imports.

    ``from pkg import sub`` is an edge to ``pkg.sub`` when that is a module, else to ``pkg``.
    """
    is_package = path.name == "__init__.py"
    edges: set[str] = set()
    for node in _top_level(ast.parse(path.read_text(encoding="utf-8")).body):
        if isinstance(node, ast.Import):
            edges.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            # A relative import counts from the module's package.
            anchor = name.split(".")
            anchor = anchor[: len(anchor) - node.level + (1 if is_package else 0)]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            sub = f"{base}.{alias.name}"
            edges.add(sub if sub in modules else base)
    return {edge for edge in edges if edge in modules and edge != name}


def import_graph(source: Path = SOURCE, package: str = PACKAGE) -> dict[str, set[str]]:
    """Return each module of ``package`` with the modules of the package it imports."""
    modules = module_files(source, package)
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import circle of ``graph`` (its first module repeated at the end), or None."""
    done: set[str] = set()
    path: list[str] = []
    on_path: set[str] = set()

    def visit(module: str) -> list[str] | None:
        path.append(module)
        on_path.add(module)
        for target in sorted(graph.get(module, ())):
            if target in on_path:
                return [*path[path.index(target) :], target]
            if target not in done:
                cycle = visit(target)
                if cycle is not None:
                    return cycle
        path.pop()
        on_path.discard(module)
        done.add(module)
        return None

    for module in sorted(graph):
        if module not in done:
            cycle = visit(module)
            if cycle is not None:
                return cycle
    return None


def test_no_module_imports_itself_round_about() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " -> ".join(cycle or [])


def test_a_circle_is_found_and_shown() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_type_checking_imports_count_and_a_submodule_is_its_own_edge(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("from pkg import sub\n")
    (package / "sub" / "__init__.py").write_text("")
    (package / "sub" / "one.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "from pkg.sub import two\n"
        "if TYPE_CHECKING:\n    from pkg import three\n"
        "def later() -> None:\n    import pkg.four\n"
    )
    (package / "sub" / "two.py").write_text("from . import one\nfrom .. import three\n")
    (package / "three.py").write_text("from pkg.sub.one import later\n")
    (package / "four.py").write_text("")
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg"] == {"pkg.sub"}
    assert graph["pkg.sub.one"] == {"pkg.sub.two", "pkg.three"}
    assert graph["pkg.sub.two"] == {"pkg.sub.one", "pkg.three"}
    assert graph["pkg.three"] == {"pkg.sub.one"}
    assert find_cycle(graph) == ["pkg.sub.one", "pkg.sub.two", "pkg.sub.one"]
