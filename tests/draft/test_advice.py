"""The advice library and the briefing's event type: from the analysis, the user or the text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefwright.analysis.events.cues import event_labels
from briefwright.draft import alert
from briefwright.draft.alert import (
    advice_items,
    advice_library,
    event_type,
    event_type_basis,
    event_type_value,
    proposed_event_type,
)
from briefwright.model.analysis import Analysis
from briefwright.model.errors import TemplateError
from tests.briefings import small_briefing


def test_every_event_type_has_advice_in_the_types_order() -> None:
    library = advice_library()
    assert list(library) == list(event_labels())
    for entry in library.values():
        assert entry.label == event_labels()[entry.key]
        assert 4 <= len(entry.advice) <= 7 or entry.key == "general"


@pytest.mark.parametrize("key", [k for k in event_labels() if k != "general"])
def test_advice_items_are_short_imperatives(key: str) -> None:
    for item in advice_library()[key].advice:
        assert item[0].isupper() and item.endswith("."), item
        assert len(item.split()) <= 25, item
        # No first word like "You should" or "Travellers are": the item says what to do.
        assert not re.match(r"(?:You|Travell?ers|It|There)\b", item), item


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("outbreak", ("sick", "funerals", "where you have travelled")),
        ("earthquake", ("aftershocks", "high ground")),
        ("flood", ("floodwater",)),
        ("unrest", ("demonstrations", "curfew")),
        ("coup", ("curfews", "evacuation")),
        ("transport", ("airline",)),
    ],
)
def test_advice_fits_the_hazard(key: str, words: tuple[str, ...]) -> None:
    text = " ".join(advice_library()[key].advice)
    for word in words:
        assert word in text


def test_outbreak_advice_claims_no_vaccine_it_cannot_know_of() -> None:
    text = " ".join(advice_library()["outbreak"].advice).lower()
    assert "no vaccine" not in text and "whether a vaccine" in text


def test_the_analysis_gives_the_briefing_its_event_type() -> None:
    def analysis(kind: str) -> Analysis:
        return Analysis((), (), (), (), (), (), event_type=kind, event_type_cues=("cue",))

    assert event_type_value(analysis("outbreak")) == "outbreak"
    assert event_type_value(analysis("no-such-type")) == "general"
    assert event_type_value(analysis("")) == ""  # an Analysis made before event types


def test_the_basis_names_the_type_and_its_phrases() -> None:
    assert (
        event_type_basis("outbreak", ("Ebola outbreak", "cases confirmed"))
        == "Classed Disease outbreak from: 'Ebola outbreak', 'cases confirmed'"
    )
    assert event_type_basis("general", ()).startswith("Classed General security:")


def test_a_blank_event_type_falls_back_to_the_article_and_a_set_one_stands() -> None:
    b = small_briefing()  # "The capital was calm on Monday. Troops guarded the palace."
    assert b.event_type == ""
    assert proposed_event_type(b) == "general"
    assert event_type(b).key == "general"
    b.event_type = "outbreak"
    assert event_type(b).key == "outbreak"
    assert advice_items(b) == list(advice_library()["outbreak"].advice)
    b.event_type = "no-such-type"
    assert event_type(b).key == "general"


def test_a_key_an_older_version_used_opens_as_its_type_now() -> None:
    b = small_briefing()
    b.event_type = "strike"  # "Industrial action" before the fixed list of types
    assert event_type(b).key == "transport"


def test_the_users_advice_wins_over_the_library() -> None:
    b = small_briefing()
    b.advice = "Leave by the coast road.\n\n  Register with the embassy. "
    assert advice_items(b) == ["Leave by the coast road.", "Register with the embassy."]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[coup]\nadvice = ["Stay in."]\n[wizards]\nadvice = ["Run."]\n', "not an event type"),
        ('[coup]\nadvice = []\n', "needs a list of advice"),
        ("[coup\n", "cannot be read"),
    ],
)
def test_a_broken_advice_file_is_refused(
    text: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "advice.toml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(alert, "get_asset", lambda *parts: path)
    alert.advice_library.cache_clear()
    try:
        with pytest.raises(TemplateError, match=message):
            advice_library()
    finally:
        alert.advice_library.cache_clear()
