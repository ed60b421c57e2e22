"""What a traveller needs ranks first in a travel alert's event part; the outlook stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.templates import parse_template
from briefwright.draft.traveller import kinds_of, needs_it, traveller_kinds, traveller_rank
from briefwright.layout.compose import compose
from briefwright.writers.pdf import pdf_bytes
from briefwright.writers.word import docx_bytes
from tests.conftest import SAMPLE
from tests.writers.readback import docx_lines, pdf_text, squash

ALERTS = Path(__file__).parents[1] / "data" / "alerts"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("More than 20 aftershocks shook the area on Saturday.", "hazard"),
        ("The army imposed a curfew from 7 p.m. to 6 a.m.", "hazard"),
        ("Unions said more strikes were planned for next week.", "hazard"),
        ("Protesters gathered outside the French embassy in Niamey.", "hazard"),
        ("There is no approved vaccine or treatment for Marburg.", "hazard"),
        ("Britain advised against all but essential travel to the region.", "advice"),
        ("The embassy urged its citizens to shelter in place.", "advice"),
        ("The Grande Barriere border crossing was closed in the afternoon.", "closure"),
        ("Flights were suspended until Monday.", "closure"),
        ("The interior ministry banned demonstrations until further notice.", "closure"),
        ("The evacuation flights organized by the French government left Niamey.", "evacuation"),
        ("Thousands fled across the border into Rwanda.", "evacuation"),
        ("Protests spread to Mombasa and Kisumu.", "spread"),
        ("Health officials confirmed new cases in Kampala.", "spread"),
        ("The court is expected to rule next week.", "outlook"),
    ],
)
def test_what_a_traveller_needs_is_told_by_its_kind(text: str, kind: str) -> None:
    assert kind in kinds_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # A phone call, a migration route, aid suspended: nothing a traveller acts on.
        "In a conversation with the ousted president, Blinken emphasized US dedication.",
        "Niger, known for its location on a crucial migration route, holds strategic importance.",
        "France and the European Union have already suspended development aid.",
        "Analysts described the shuttle diplomacy as historic.",
    ],
)
def test_what_a_traveller_can_do_without_is_of_no_kind(text: str) -> None:
    assert kinds_of(text) == ()
    assert not needs_it(text)


def test_kinds_rank_in_the_order_of_the_cue_file() -> None:
    keys = [k.key for k in traveller_kinds()]
    assert keys == ["hazard", "advice", "closure", "evacuation", "spread", "outlook"]
    assert traveller_rank("Aftershocks continued.") == 0
    assert traveller_rank("The airport was closed.") == keys.index("closure")
    assert traveller_rank("The minister spoke.") == len(keys)
    # An outlook is never dropped but is not what a traveller needs first.
    assert not needs_it("The court is expected to rule next week.")


def _event_part(text: str) -> str:
    """Return the flattened text between the Event heading and the Advice heading."""
    flat = squash(text)
    return flat[flat.index("Event") : flat.index("Advice")]


@pytest.fixture(scope="module")
def sample_alert() -> tuple[str, str]:
    briefing = open_briefing(SAMPLE, "travel-alert")
    document = compose(briefing)
    return pdf_text(pdf_bytes(document)), "\n".join(docx_lines(docx_bytes(document)))


def test_the_sample_alert_keeps_protests_and_evacuation_flights(
    sample_alert: tuple[str, str],
) -> None:
    for text in sample_alert:
        event = _event_part(text)
        assert squash("Protesters gathered outside the French embassy in Niamey") in event
        assert squash("The evacuation flights organized by the French and Italian") in event


def test_the_sample_alert_does_not_lead_with_a_phone_call(sample_alert: tuple[str, str]) -> None:
    for text in sample_alert:
        event = _event_part(text)
        protests = event.index(squash("Protesters gathered outside"))
        assert protests > 0
        # Context a traveller does not act on gives way to the advice.
        assert squash("In a conversation with ousted President") not in event


@pytest.mark.parametrize("path", sorted(ALERTS.glob("*.txt")), ids=lambda p: p.stem)
def test_an_alert_ranks_needed_sections_first_and_keeps_its_outlook(path: Path) -> None:
    briefing = open_briefing(path, "travel-alert")
    lead = briefing.lead_article.lead_paragraph
    # The travel alert has one sections part: its event.
    event = [s for s in briefing.sections if s.printed_in]
    needed = [
        any(needs_it(f.text) for f in briefing.facts if f.paragraph in s.paragraphs) for s in event
    ]
    # After the section holding the lead, no section a traveller needs follows one they do
    # not (the outlook stands between them).
    order = [n for s, n in zip(event, needed, strict=True) if lead not in s.paragraphs]
    assert order == sorted(order, reverse=True)
    said = {f.paragraph for f in briefing.facts if f.kind != "commentary"}
    for s in briefing.sections:
        if s.role == "outlook" and said & set(s.paragraphs):
            assert s.included, s.heading


@pytest.mark.parametrize(
    ("part", "message"),
    [
        ({"kind": "sections", "roles": ["background"], "sentences": "odd"}, "sentences must"),
        ({"kind": "advice", "sentences": "traveller"}, "only a sections part takes sentences"),
    ],
)
def test_a_template_names_a_known_pick_on_a_sections_part(part: dict, message: str) -> None:
    roles = ["background", "development", "reaction", "outlook"]
    rest = {
        "kind": "sections",
        "heading": "Rest",
        "roles": [r for r in roles if r not in part.get("roles", [])],
    }
    with pytest.raises(ValueError, match=message):
        parse_template("t", {"title": "T", "parts": [{"heading": "H", **part}, rest]})


@pytest.mark.parametrize(
    "text",
    [
        "Security and the economy will likely dominate the new government's agenda.",
        "The minister will have to confront the landowners over the reform.",
        "There is a good chance that the president will ask him to form a government.",
        "Structural reforms are unlikely in the short term.",
    ],
)
def test_an_estimate_of_what_is_to_come_is_the_outlook(text: str) -> None:
    assert "outlook" in kinds_of(text)


def test_a_done_deed_is_no_outlook() -> None:
    assert "outlook" not in kinds_of("The minister confronted the landowners on Monday.")
