"""Where a briefing cites its one article: the fields that hold a paragraph number and the
layers that read ``briefing.article``. A briefing of several articles (a reference that names
its article) changes exactly these; docs/ARCHITECTURE.md lists them from here."""

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
# The layers whose code reads the article a Briefing holds. Not writers/ (they read the
# Document only), nor app/ (it hands the article read by ingest/ to the analysis).
READ_THE_ARTICLE = {"app", "draft", "layout", "store", "ui"}


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


def _reads_a_briefings_article(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Attribute) and node.attr == "article"):
        return False
    owner = node.value
    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
    return "briefing" in name or name == "b"


def test_the_layers_that_read_the_briefings_article() -> None:
    layers = {
        path.relative_to(PACKAGE).parts[0]
        for path in PACKAGE.rglob("*.py")
        if any(map(_reads_a_briefings_article, ast.walk(ast.parse(path.read_text("utf-8")))))
    }
    assert layers == READ_THE_ARTICLE
