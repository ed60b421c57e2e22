"""Where a briefing cites its articles: every field that holds a paragraph number sits beside
the source it names, no code reads a briefing's article but through its sources, and the
layers that read the lead article (S1: the title block, the dates, the alert's fields) are
the ones docs/ARCHITECTURE.md lists."""

from __future__ import annotations

import ast
import dataclasses
import typing
from pathlib import Path

from briefwright.model.article import PARAGRAPH
from briefwright.model.briefing import Briefing

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "briefwright"

# Every field of a Briefing (and of the values it holds) typed ParagraphRef, alone, in a list
# or as a dict key: what a project file checks against the article's paragraphs. The Analysis
# numbers paragraphs as plain ints: it is of one article and is never saved.
PARAGRAPH_FIELDS = {
    "SectionItem.paragraphs",
    "SectionItem.left_out",
    "SectionItem.wording",
    "FactItem.paragraph",
    "EventItem.paragraph",
    "DateItem.paragraph",
    "Mention.paragraph",
}
# The layers whose code reads the lead article (``Briefing.lead_article``); writers/ read
# the Document only, analysis/ and ingest/ are of one article and know no Briefing.
READ_THE_LEAD = {"app", "draft", "layout", "store", "ui"}


def _cites_a_paragraph(hint: object) -> bool:
    if typing.get_origin(hint) is typing.Annotated:
        return PARAGRAPH in getattr(hint, "__metadata__", ())
    return any(_cites_a_paragraph(arg) for arg in typing.get_args(hint))


def _classes(hint: object) -> list[type]:
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return [hint]
    return [c for arg in typing.get_args(hint) for c in _classes(arg)]


def _paragraph_fields(root: type) -> set[str]:
    found: set[str] = set()
    seen: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for name, hint in typing.get_type_hints(cls, include_extras=True).items():
            if _cites_a_paragraph(hint):
                found.add(f"{cls.__name__}.{name}")
            todo.extend(_classes(hint))
    return found


def test_the_fields_that_cite_a_paragraph() -> None:
    assert _paragraph_fields(Briefing) == PARAGRAPH_FIELDS


def test_each_paragraph_names_its_source() -> None:
    owners = {name.split(".")[0] for name in PARAGRAPH_FIELDS}
    for cls in {c for c in _all_classes(Briefing) if c.__name__ in owners}:
        assert "source" in {f.name for f in dataclasses.fields(cls)}, cls.__name__


def _all_classes(root: type) -> set[type]:
    seen: set[type] = set()
    todo = [root]
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.add(cls)
            hints = typing.get_type_hints(cls, include_extras=True).values()
            todo.extend(c for hint in hints for c in _classes(hint))
    return seen


def _reads(node: ast.AST, attr: str) -> bool:
    if not (isinstance(node, ast.Attribute) and node.attr == attr):
        return False
    owner = node.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return "briefing" in name or name == "self"


def _layers_reading(attr: str) -> set[str]:
    return {
        path.relative_to(PACKAGE).parts[0]
        for path in PACKAGE.rglob("*.py")
        if any(_reads(node, attr) for node in ast.walk(ast.parse(path.read_text("utf-8"))))
    }


def test_no_code_reads_a_briefings_article_but_through_its_sources() -> None:
    assert not hasattr(Briefing, "article")
    assert _layers_reading("article") <= {"model"}  # a Source's own ``article``


def test_the_layers_that_read_the_lead_article() -> None:
    assert _layers_reading("lead_article") == READ_THE_LEAD
