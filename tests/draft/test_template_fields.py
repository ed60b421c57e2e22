"""Each template names the details fields it prints."""

from __future__ import annotations

from briefwright.draft.template_fields import ALL_FIELDS, template_fields
from briefwright.draft.templates import template_titles


def test_a_sitrep_has_no_alert_fields_and_a_memo_no_sitrep_fields() -> None:
    sitrep = template_fields("sitrep")
    assert {"bottom_line", "next_steps", "scale", "judgments", "sections"} <= sitrep
    assert not {"risk_level", "valid_from", "valid_to", "event_type", "comment"} & sitrep
    memo = template_fields("bluf-memo")
    assert {"bottom_line", "comment", "implications", "judgments"} <= memo
    assert not {"next_steps", "risk_level", "advice", "purpose"} & memo
    alert = template_fields("travel-alert")
    assert {"risk_level", "valid_from", "valid_to", "locations", "advice"} <= alert
    assert "judgments" not in alert


def test_every_template_has_a_bottom_line_and_an_unknown_one_shows_all() -> None:
    for name in template_titles():
        assert "bottom_line" in template_fields(name)
    assert template_fields("no-such-template") == ALL_FIELDS
