"""On the sample: the alert's places, event type and validity, actions taken, and length."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from briefwright.app.pipeline import open_briefing
from briefwright.draft.actions_taken import actions_taken
from briefwright.draft.alert import proposed_event_type, proposed_locations, validity
from briefwright.draft.templates import template_names
from briefwright.layout.compose import compose
from briefwright.writers.pdf import pdf_bytes
from briefwright.writers.word import docx_bytes
from tests.writers.readback import pdf_pages


@pytest.fixture(scope="module")
def sample(sample_path_module: Path):  # type: ignore[no-untyped-def]
    return open_briefing(sample_path_module, "travel-alert")


@pytest.fixture(scope="module")
def sample_path_module() -> Path:
    from tests.conftest import SAMPLE

    return SAMPLE


def test_alert_places_are_where_the_event_happens(sample) -> None:  # type: ignore[no-untyped-def]
    # Not the United States of "the United States Embassy", nor France or Russia; the
    # capital where protesters gathered outside the French embassy, then the country.
    assert proposed_locations(sample) == ["Niamey", "Niger"]
    assert proposed_event_type(sample) == "coup"
    assert validity(sample) == ("2023-11-12", "until further notice")


def test_actions_taken_are_actors_doing_things(sample) -> None:  # type: ignore[no-untyped-def]
    taken = actions_taken(sample)
    assert taken and all(a.verb.endswith("ed") or a.verb == "taken" for a in taken)
    assert "Niger" not in [a.actor for a in taken]  # "the upheaval in Niger has led"


ARTICLES = Path(__file__).parents[1] / "data" / "articles"


@pytest.mark.parametrize("template", template_names())
def test_no_template_of_a_600_word_strike_story_runs_past_two_pages(template: str) -> None:
    briefing = open_briefing(ARTICLES / "strike-port-city.txt", template)
    assert 500 <= briefing.lead_article.word_count <= 650
    assert len(pdf_pages(pdf_bytes(compose(briefing)))) <= 2


@pytest.mark.parametrize("template", template_names())
def test_no_template_of_the_sample_runs_past_two_pages(
    sample_path_module: Path, template: str
) -> None:
    briefing = open_briefing(sample_path_module, template)
    document = compose(briefing)
    assert len(pdf_pages(pdf_bytes(document))) <= 2
    words = sum(
        len(p.text.split()) for p in docx.Document(io.BytesIO(docx_bytes(document))).paragraphs
    )
    assert words < briefing.lead_article.word_count


def test_actions_taken_name_who_acted_in_a_strike_story() -> None:
    briefing = open_briefing(ARTICLES / "strike-port-city.txt", "sitrep")
    taken = {(a.actor, a.verb) for a in actions_taken(briefing)}
    assert ("Nigerian Ports Authority", "suspended") in taken
    assert ("Air Peace", "cancelled") in taken
    # "said" reports; it is not an action.
    assert not any(verb == "said" for _, verb in taken)


def test_validity_never_ends_before_the_alert_is_issued() -> None:
    from briefwright.draft.alert import UNTIL_FURTHER_NOTICE, validity
    from tests.briefings import small_briefing

    b = small_briefing()
    b.template = "travel-alert"
    b.events[0].date = "2023-11-20"  # after the article's date (12 Nov 2023)
    b.meta.dtg = "151200Z NOV 23"
    assert validity(b) == ("2023-11-12", "2023-11-20")
    b.meta.dtg = "011200Z DEC 23"  # issued after the last dated event: no end in the past
    assert validity(b) == ("2023-11-12", UNTIL_FURTHER_NOTICE)
    b.valid_to = "2023-11-25"  # the user's own end stands as written
    assert validity(b)[1] == "2023-11-25"


def test_a_source_older_than_a_week_is_flagged_on_the_page() -> None:
    from briefwright.draft.alert import source_age
    from briefwright.layout.compose import compose
    from tests.briefings import small_briefing

    b = small_briefing()  # article dated 12 Nov 2023
    b.meta.dtg = "151200Z NOV 23"
    assert source_age(b) == ""
    b.meta.dtg = "221200Z DEC 23"
    assert source_age(b) == "Source dated 12 Nov 2023, 40 days before this briefing"
    assert "Source dated 12 Nov 2023, 40 days before this briefing." in compose(b).plain_lines()
