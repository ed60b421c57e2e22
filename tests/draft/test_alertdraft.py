"""A travel alert's fields are proposed, stored, marked proposed, and kept once set."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.alertdraft import deaths_reported, proposed_risk
from briefwright.draft.printplan import redraft
from briefwright.ingest import article_from_text
from briefwright.layout.compose import compose
from tests.briefings import small_briefing

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "niger-coup-us-embassy-evacuation.txt"


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        ("An earthquake struck, killing at least 40 people.", 40),
        ("Police said 12 protesters were killed and 200 hurt.", 12),
        ("The death toll rose to 1,057 on Friday.", 1057),
        ("No one was hurt; 3 buildings collapsed.", 0),
    ],
)
def test_deaths_reported(text: str, deaths: int) -> None:
    assert deaths_reported(text) == deaths


def test_new_proposes_the_fields_and_prints_them_as_stored() -> None:
    b = open_briefing(SAMPLE, "travel-alert")
    assert b.event_type == "coup" and b.risk_level == "high"
    assert b.locations.splitlines()[0] == "Niamey"
    assert b.valid_from == "2023-11-12"
    assert {"event_type", "risk_level", "locations", "valid_from"} <= set(b.proposed)
    lines = "\n".join(compose(b).plain_lines())
    assert "HIGH" in lines and "Niamey" in lines


def test_a_field_the_user_sets_stays_and_is_no_longer_proposed() -> None:
    b = open_briefing(SAMPLE, "travel-alert")
    b.risk_level = "moderate"
    redraft(b)
    assert b.risk_level == "moderate" and "risk_level" not in b.proposed
    # Put back as proposed (an undo), it is proposed again.
    b.risk_level = b.auto_alert["risk_level"]
    redraft(b)
    assert "risk_level" in b.proposed
    # The user's event type decides the proposed risk.
    b.event_type = "election"
    redraft(b)
    assert b.risk_level == "low" and "event_type" not in b.proposed


@pytest.mark.parametrize(
    ("kind", "text", "risk"),
    [
        ("unrest", "Protesters marched through the capital on Monday.", "moderate"),
        ("unrest", "Police shot dead 14 protesters in the capital on Monday.", "high"),
        ("earthquake", "The earthquake killed at least 40 people in the town.", "high"),
        ("earthquake", "The earthquake killed more than 150 people in the town.", "extreme"),
        ("election", "Voters queued for hours as the polls opened.", "low"),
    ],
)
def test_deaths_raise_the_proposed_risk(kind: str, text: str, risk: str) -> None:
    b = small_briefing()
    b.replace_article("S1", article_from_text(f"Headline of the story\n\n{text}\n"))
    b.event_type = kind
    assert proposed_risk(b) == risk


def test_other_templates_leave_the_alert_fields_alone() -> None:
    b = open_briefing(SAMPLE)
    assert b.risk_level == "" and b.proposed == []
