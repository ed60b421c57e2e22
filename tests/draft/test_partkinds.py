"""Each kind of template part has one row in each table that serves it."""

from __future__ import annotations

from briefwright.draft.completion import hint
from briefwright.draft.partkinds import PART_INFO
from briefwright.draft.templates import PART_KINDS, Part, load_template, template_names
from briefwright.layout.compose import BUILDERS


def test_every_kind_of_part_has_its_row() -> None:
    assert set(PART_INFO) == set(PART_KINDS)
    assert set(BUILDERS) == set(PART_KINDS)


def test_the_hint_of_a_part_comes_from_its_row() -> None:
    for kind in PART_KINDS:
        assert hint(Part(kind, "Heading")) == f"To complete: {PART_INFO[kind].hint}"
        assert PART_INFO[kind].name and PART_INFO[kind].hint.endswith(".")


def test_every_part_of_every_template_has_its_rows() -> None:
    for name in template_names():
        for part in load_template(name).parts:
            assert part.kind in PART_INFO and part.kind in BUILDERS, (name, part.kind)
