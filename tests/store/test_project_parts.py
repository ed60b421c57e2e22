"""Project files keep judgments, filled parts and section views; older projects open unchanged."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefwright.layout.compose import compose
from briefwright.model.briefing import Judgment
from briefwright.model.errors import ProjectError
from briefwright.store.project import dumps, load_project, loads
from briefwright.writers.pdf import write_pdf
from briefwright.writers.word import write_docx
from tests.writers.briefing_sample import build_briefing

OLD_PROJECT = Path(__file__).parents[1] / "data" / "projects" / "sample-57af9d8-templates.briefing"


def filled_briefing():
    b = build_briefing("travel-alert")
    b.judgments = [
        Judgment("j1", "The junta will hold.", "likely", "moderate", ("f7",), "f7"),
        Judgment("j2", "Written by hand.", "realistic possibility", "", ()),
    ]
    b.scale = "phia"
    b.purpose = "To inform travel decisions."
    b.assumptions = "Borders stay shut."
    b.implications = "Staff movements halt.\nAid slows."
    b.indicators = "Airport reopening"
    b.recommendations = "Defer travel."
    b.next_steps = "Review on Friday."
    b.risk_level = "high"
    b.locations = "Niamey\nNiger"
    b.valid_from = "2023-11-12"
    b.valid_to = "2023-11-19"
    b.event_type = "coup"
    b.advice = "Stay indoors."
    b.updates_alert = "Updates the alert of 5 Nov 2023."
    b.omitted_parts = ["sections:background+development+reaction+outlook"]
    b.full_text_appendix = True
    b.sections[0].display = "full"
    b.sections[1].chosen = ["f3"]
    b.sections[1].sentence_wording = {"f3": "Niger matters."}
    return b


def test_round_trip_keeps_every_new_field() -> None:
    b = filled_briefing()
    assert loads(dumps(b)) == b


def test_old_project_loads_with_defaults_and_exports(tmp_path: Path) -> None:
    b = load_project(OLD_PROJECT)
    assert b.judgments == [] and b.risk_level == "" and b.omitted_parts == []
    assert all(s.display == "summary" and s.chosen is None for s in b.sections)
    assert loads(dumps(b)) == b
    raw = json.loads(OLD_PROJECT.read_text(encoding="utf-8"))
    assert [s["id"] for s in raw["sections"]] == [s.id for s in b.sections]
    for template in ("bluf-memo", "sitrep", "travel-alert"):
        b.template = template
        document = compose(b)
        write_pdf(document, tmp_path / f"{template}.pdf")
        buffer = io.BytesIO()
        write_docx(document, buffer)
        assert (tmp_path / f"{template}.pdf").stat().st_size > 0 and buffer.getvalue()


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("risk_level", "severe", "risk_level"),
        ("scale", "nato", "scale"),
        ("judgments", [{"id": "j1", "statement": "x", "confidence": "total"}], "confidence"),
        ("judgments", [{"id": "j1", "statement": "x", "support": "f1"}], "support"),
        ("omitted_parts", "facts", "omitted_parts"),
        ("advice", 3, "advice"),
        ("full_text_appendix", "yes", "full_text_appendix"),
    ],
)
def test_malformed_parts_are_refused_with_the_field_named(
    key: str, value: object, message: str
) -> None:
    data = json.loads(dumps(build_briefing()))
    data[key] = value
    with pytest.raises(ProjectError, match=message):
        loads(json.dumps(data).encode())


def test_malformed_section_view_is_refused() -> None:
    data = json.loads(dumps(build_briefing()))
    data["sections"][0]["display"] = "half"
    with pytest.raises(ProjectError, match=r"sections\[0\]\.display"):
        loads(json.dumps(data).encode())
