"""Templates: the five products load from TOML; invalid files are refused with clear messages."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from briefwright.draft import templates
from briefwright.draft.templates import (
    load_template,
    parse_template,
    template_names,
    template_titles,
)
from briefwright.model.analysis import SECTION_ROLES
from briefwright.model.errors import TemplateError

VALID = """
title = "Test"
description = "d"
marking = "tlp:green"
page_size = "Letter"
[style]
accent = "#102030"
font_scale = 1.1
[[parts]]
kind = "bottom_line"
heading = "Summary"
[[parts]]
kind = "sections"
heading = "All"
roles = ["background", "development", "reaction", "outlook"]
"""


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    templates._load.cache_clear()
    yield
    templates._load.cache_clear()


def test_five_templates_with_titles() -> None:
    assert template_titles() == {
        "bluf-memo": "BLUF memo",
        "briefing-note": "Briefing note",
        "intsum": "INTSUM",
        "sitrep": "SITREP",
        "travel-alert": "Travel-security alert",
    }


@pytest.mark.parametrize("name", template_names())
def test_each_template_is_complete(name: str) -> None:
    template = load_template(name)
    kinds = [p.kind for p in template.parts]
    assert "bottom_line" in kinds[:2] and kinds[-1] == "sources"
    assert sorted(r for p in template.parts for r in p.roles) == sorted(SECTION_ROLES)
    assert template.page_size in ("A4", "Letter")
    assert template.description


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "bluf-memo",
            [
                "bottom_line",
                "judgments",
                "facts",
                "sections",
                "implications",
                "comment",
                "actors",
                "sources",
            ],
        ),
        (
            "sitrep",
            [
                "bottom_line",
                "location_line",
                "sections",
                "incidents",
                "actions",
                "judgments",
                "sections",
                "next_steps",
                "timeline",
                "actors",
                "sources",
            ],
        ),
        (
            "intsum",
            [
                "bottom_line",
                "judgments",
                "sections",
                "assumptions",
                "indicators",
                "timeline",
                "actors",
                "sources",
            ],
        ),
        (
            "briefing-note",
            [
                "purpose",
                "bottom_line",
                "sections",
                "sections",
                "facts",
                "implications",
                "sections",
                "recommendations",
                "actors",
                "sources",
            ],
        ),
        (
            "travel-alert",
            ["bottom_line", "alert_status", "locations", "sections", "advice", "sources"],
        ),
    ],
)
def test_part_order(name: str, expected: list[str]) -> None:
    assert [p.kind for p in load_template(name).parts] == expected


def test_required_parts_are_marked_and_keys_are_stable() -> None:
    parts = load_template("sitrep").parts
    assert [p.key for p in parts if p.required] == [
        "bottom_line",
        "location_line",
        "sections:background+development+reaction",
        "actions",
        "judgments",
        "next_steps",
    ]
    with pytest.raises(ValueError, match="required must be true or false"):
        parse_template(
            "t",
            {"title": "T", "parts": [{"kind": "comment", "heading": "C", "required": "yes"}]},
        )


@pytest.mark.parametrize("name", ["nope", "../bluf-memo", "BLUF-MEMO", ""])
def test_unknown_name_lists_valid_ones(name: str) -> None:
    with pytest.raises(
        TemplateError, match="bluf-memo, briefing-note, intsum, sitrep, travel-alert"
    ):
        load_template(name)


def test_parse_valid() -> None:
    template = parse_template("t", tomllib.loads(VALID))
    assert template.marking == "TLP:GREEN"
    assert template.accent == (0x10, 0x20, 0x30)
    assert template.font_scale == 1.1
    assert template.page_size == "Letter"


def _edited(**changes: Any) -> dict[str, Any]:
    data = tomllib.loads(VALID)
    for key, value in changes.items():
        if key.startswith("style_"):
            data["style"][key[6:]] = value
        elif key.startswith("part1_"):
            data["parts"][1][key[6:]] = value
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"colour": "red"}, "unknown key"),
        ({"page_size": "A5"}, "page_size"),
        ({"style_accent": "blue"}, "accent"),
        ({"style_font_scale": 3}, "font_scale"),
        ({"style_font_scale": "big"}, "font_scale"),
        ({"title": ""}, "title"),
        ({"parts": []}, "parts"),
        ({"part1_kind": "poem"}, "kind"),
        ({"part1_roles": ["gossip"]}, "unknown roles"),
        ({"part1_roles": ["background"]}, "no sections part takes the roles"),
        ({"part1_labels": ["PLACE"]}, "only an actors part"),
        ({"part1_heading": 3}, "heading"),
    ],
)
def test_parse_rejects(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_template("t", _edited(**changes))


def test_repeated_part_rejected() -> None:
    data = tomllib.loads(VALID)
    data["parts"].append({"kind": "bottom_line", "heading": "Again"})
    with pytest.raises(ValueError, match="more than once"):
        parse_template("t", data)


@pytest.mark.parametrize("content", ["title = ", VALID.replace('"Letter"', '"Tabloid"')])
def test_invalid_file_is_a_template_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    monkeypatch.setattr(templates, "_templates_dir", lambda: tmp_path)
    assert template_names() == ["broken"]
    with pytest.raises(TemplateError, match="broken"):
        load_template("broken")


def test_facts_part_count_defaults_to_five_to_ten_and_can_be_set() -> None:
    assert next(p.count for p in load_template("bluf-memo").parts if p.kind == "facts") == (5, 10)
    data = {
        "title": "T",
        "description": "D",
        "parts": [
            {"kind": "facts", "heading": "Key facts", "count": [3, 5]},
            {"kind": "sections", "heading": "S", "roles": list(SECTION_ROLES)},
        ],
    }
    assert parse_template("t", data).parts[0].count == (3, 5)
    del data["parts"][0]["count"]  # type: ignore[index]
    assert parse_template("t", data).parts[0].count == (5, 10)


@pytest.mark.parametrize("count", [[0, 5], [6, 5], [3], "5", [3.0, 5], [1, 31]])
def test_facts_part_count_must_be_a_range(count: object) -> None:
    data = {
        "title": "T",
        "description": "D",
        "parts": [
            {"kind": "facts", "heading": "Key facts", "count": count},
            {"kind": "sections", "heading": "S", "roles": list(SECTION_ROLES)},
        ],
    }
    with pytest.raises(ValueError, match="count must be"):
        parse_template("t", data)


def test_only_a_facts_part_takes_a_count() -> None:
    data = {
        "title": "T",
        "description": "D",
        "parts": [
            {"kind": "bottom_line", "heading": "B", "count": [3, 5]},
            {"kind": "sections", "heading": "S", "roles": list(SECTION_ROLES)},
        ],
    }
    with pytest.raises(ValueError, match="only a facts part"):
        parse_template("t", data)


def test_a_part_ticks_at_most_its_number_of_sections_the_weightiest_first() -> None:
    from pathlib import Path

    from briefwright.app.pipeline import open_briefing

    article = Path(__file__).parents[1] / "data" / "articles" / "strike-port-city.txt"
    memo = open_briefing(article)
    sitrep = open_briefing(article, "sitrep")
    ticks = next(p.ticks for p in load_template("sitrep").parts if p.kind == "sections")
    taken = [s for s in sitrep.sections if s.role != "outlook"]
    assert sum(s.included for s in taken) == ticks < len(taken)
    # The section of the lead is always among them; the others stay in the outline, unticked.
    lead = sitrep.lead_article.lead_paragraph
    assert next(s for s in sitrep.sections if lead in s.paragraphs).included
    memo_ticks = next(p.ticks for p in load_template("bluf-memo").parts if p.kind == "sections")
    assert sum(s.included for s in memo.sections) <= memo_ticks
