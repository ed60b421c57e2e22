"""The subject line says what happened in one line, never a topic label or a list of headings."""

from __future__ import annotations

import pytest

from briefwright.draft.subject import is_topic_label, proposed_subject


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Developments", True),
        ("Election results", True),
        ("Developments involving NDRRMC", True),
        ("Outlook for South China Sea", True),
        ("Wider implications for Macron", True),
        ("Air strike against al-Shabaab", False),
        ("Marcos ordered release of 2 billion pesos", False),
        ("Markets tumbled after the vote", False),
    ],
)
def test_topic_labels_are_told_from_phrases(heading: str, label: bool) -> None:
    assert is_topic_label(heading) is label


@pytest.mark.parametrize(
    ("line", "title", "subject"),
    [
        # The analysis' line says who did what, where.
        ("Kenya's president dismissed his interior minister", "Kenya", "Kenya's president "
         "dismissed his interior minister"),
        # With no line, a headline that names an event; never a topic label.
        ("", "Palace seized in Niamey", "Palace seized in Niamey"),
        ("", "Niger: Developments", ""),
        ("Developments", "Niger: Developments", ""),
    ],
)
def test_the_subject_says_what_happened(line: str, title: str, subject: str) -> None:
    assert proposed_subject(line, title) == subject


def test_the_samples_subject_is_one_line_not_a_list_of_headings() -> None:
    from pathlib import Path

    from briefwright.app.pipeline import open_briefing

    root = Path(__file__).resolve().parents[2]
    sample = root / "seeds" / "niger-coup-us-embassy-evacuation.txt"
    briefing = open_briefing(sample)
    subject = briefing.meta.subject
    assert subject and ";" not in subject
    assert subject not in {s.heading for s in briefing.sections}
    assert "Niger" in subject and "evacuation" in subject.lower()
