"""The subject line names the event and its weightiest development, never a topic label."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from briefwright.draft.subject import draft_subject, is_topic_label


@dataclass(frozen=True)
class _Section:
    heading: str
    paragraphs: tuple[int, ...]
    role: str = "development"
    included: bool = True


@dataclass(frozen=True)
class _Fact:
    paragraph: int
    score: float
    kind: str = "fact"
    included: bool = True
    text: str = ""
    sentence: int = 0


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


FACTS = [_Fact(1, 1.0), _Fact(2, 0.4), _Fact(3, 0.8), _Fact(4, 0.9)]


@pytest.mark.parametrize(
    ("headings", "title", "subject"),
    [
        # The lead section's phrase names the event; the best later phrase follows.
        (
            (
                "Social security budget and no-confidence vote",
                "Casualties",
                "Vautrin invoked Article 49.3",
                "Developments",
            ),
            "French government faces no-confidence vote",
            "Social security budget and no-confidence vote; Vautrin invoked Article 49.3",
        ),
        # A lead section headed by a label: the later phrase names the event.
        (
            (
                "Casualties",
                "Developments",
                "Developments involving AFRICOM",
                "Air strike against al-Shabaab",
            ),
            "U.S. strike kills al-Shabaab commanders in Somalia",
            "Air strike against al-Shabaab",
        ),
        # Only labels: the headline names the event, unless it is a label too.
        (
            ("Election results", "Developments", "Reaction", "Outlook"),
            "French government faces no-confidence vote",
            "French government faces no-confidence vote",
        ),
        (("Election results", "Developments", "Reaction", "Outlook"), "Paris: Developments", ""),
        # The title states the lead's event: the subject names the two best developments.
        (
            ("Palace seized", "Regional sanctions", "Junta rejects sanctions", "Casualties"),
            "Niger: Palace seized",
            "Regional sanctions; Junta rejects sanctions",
        ),
        # A later phrase that repeats the event is left out.
        (
            (
                "No-confidence vote against Lecornu",
                "Lecornu lost no-confidence vote",
                "Election results",
                "Reaction",
            ),
            "France",
            "No-confidence vote against Lecornu",
        ),
    ],
)
def test_subject_names_the_event(headings: tuple[str, ...], title: str, subject: str) -> None:
    sections = [_Section(h, (n + 1,)) for n, h in enumerate(headings)]
    assert draft_subject(sections, FACTS, title, 1) == subject


def test_a_left_out_section_leaves_the_subject() -> None:
    sections = [
        _Section("Palace seized", (1,)),
        _Section("Regional sanctions", (2,), "reaction", included=False),
        _Section("Junta rejects sanctions", (3,), "reaction"),
    ]
    assert draft_subject(sections, FACTS, "Niger", 1) == "Palace seized; Junta rejects sanctions"
