"""The dataclass walk behind project files, JSON output and undo snapshots."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, ClassVar, Literal

import pytest

from briefwright.model.errors import ProjectError
from briefwright.model.schema import Check, Ref, copy_of, to_json
from briefwright.model.schema_read import Context, from_json
from briefwright.store.project import dumps, loads
from tests.briefings import small_briefing

KNOWN = Ref("known", "is {}, which is not known")


@dataclass(frozen=True)
class Point:
    JSON_AS_ARRAY: ClassVar[bool] = True

    x: int
    y: int


@dataclass
class Item:
    id: str
    ref: Annotated[int, KNOWN]
    kind: Literal["plain", "odd"] = "plain"
    score: float = 0.0
    tags: list[str] = field(default_factory=list)
    points: list[Point] = field(default_factory=list)
    even: Annotated[int, Check(lambda v: v % 2 == 0, "even")] = 0


@dataclass
class Holder:
    items: list[Item]
    when: date | None = None
    note: str | None = None


def _holder() -> Holder:
    return Holder([Item("a", 1, "odd", 0.5, ["t"], [Point(1, 2)], 4)], date(2023, 11, 12), "n")


def _read(data: object) -> Holder:
    return from_json(Holder, data, "project", context=Context(refs={KNOWN: {1, 2}}))


def test_round_trip_follows_the_declarations() -> None:
    h = _holder()
    data = to_json(h)
    assert data == {
        "items": [
            {"id": "a", "ref": 1, "kind": "odd", "score": 0.5, "tags": ["t"],
             "points": [[1, 2]], "even": 4}
        ],
        "when": "2023-11-12",
        "note": "n",
    }
    assert _read(json.loads(json.dumps(data))) == h


def test_a_field_with_a_default_may_be_missing() -> None:
    assert _read({"items": [{"id": "a", "ref": 2}]}) == Holder([Item("a", 2)])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "project.items is missing"),
        ({"items": "x"}, "project.items must be a list"),
        ({"items": [{"ref": 1}]}, r"items\[0\]\.id is missing"),
        ({"items": [{"id": 1, "ref": 1}]}, r"items\[0\]\.id must be text"),
        ({"items": [{"id": "a", "ref": 3}]}, r"items\[0\]\.ref is 3, which is not known"),
        ({"items": [{"id": "a", "ref": True}]}, r"items\[0\]\.ref must be a whole number"),
        ({"items": [{"id": "a", "ref": 1, "kind": "x"}]}, "'x' is not one of plain, odd"),
        ({"items": [{"id": "a", "ref": 1, "score": "1"}]}, "score must be a number"),
        ({"items": [{"id": "a", "ref": 1, "tags": [1]}]}, r"items\[0\]\.tags\[0\] must be text"),
        ({"items": [{"id": "a", "ref": 1, "points": [[1]]}]}, r"points\[0\] must be \[x, y\]"),
        ({"items": [{"id": "a", "ref": 1, "even": 3}]}, r"items\[0\]\.even 3 must be even"),
        ({"items": [], "when": "soon"}, "project.when 'soon' is not an ISO date"),
        ({"items": [], "note": 5}, "project.note must be text or null"),
        ({"items": [7]}, r"items\[0\] is not an object"),
    ],
)
def test_errors_name_the_field(data: object, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        _read(data)
    assert "\n" not in str(info.value)


def test_copies_reach_every_list_and_share_frozen_values() -> None:
    h = _holder()
    c = copy_of(h)
    assert c == h
    c.items[0].tags.append("u")
    c.items.append(Item("b", 2))
    assert h.items[0].tags == ["t"] and len(h.items) == 1
    assert c.items[0].points[0] is h.items[0].points[0]


def test_surrogates_become_replacement_characters() -> None:
    data = to_json(_holder())
    data["items"][0]["id"] = "a\ud800"
    assert _read(data).items[0].id == "a\ufffd"


def _project_with(path: str, value: object) -> bytes:
    data = json.loads(dumps(small_briefing()))
    *parents, last = path.split(".")
    target = data
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    target[last] = value
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("events.0.granularity", "fortnight", r"events\[0\]\.granularity 'fortnight' is not one"),
        ("events.0.date", "last week", r"events\[0\]\.date 'last week' must be an ISO date"),
        ("facts.0.kind", "rumour", r"facts\[0\]\.kind 'rumour' is not one of fact, quote"),
        ("sections.0.role", "aside", r"sections\[0\]\.role 'aside' is not one of background"),
        ("actors.0.label", "ALIEN", r"actors\[0\]\.label 'ALIEN' is not one of PERSON"),
        ("meta.marking", 3, r"meta\.marking must be text"),
        ("template", None, r"project\.template must be text"),
        ("article.date", "12/11/2023", r"article\.date '12/11/2023' is not an ISO date"),
    ],
)
def test_every_briefing_field_is_checked(path: str, value: object, message: str) -> None:
    with pytest.raises(ProjectError, match=message):
        loads(_project_with(path, value), name="p.briefing")


def test_paragraph_kind_is_checked() -> None:
    data = json.loads(dumps(small_briefing()))
    data["article"]["paragraphs"][0]["kind"] = "footer"
    with pytest.raises(ProjectError, match=r"article\.paragraphs\[0\]\.kind 'footer'"):
        loads(json.dumps(data).encode())
