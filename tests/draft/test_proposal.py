"""The proposed Briefing: wording of facts, bottom line, key actors, subject and events."""

from __future__ import annotations

import dataclasses

import pytest

from briefwright.analysis.engine import analyze
from briefwright.draft.drafting import draft_bottom_line, fact_wording, strip_dateline
from briefwright.draft.printplan import redraft
from briefwright.draft.proposal import propose
from briefwright.draft.templates import Part
from briefwright.ingest import article_from_text
from briefwright.ingest.sentences import split_sentences
from briefwright.layout.compose_parts import timeline
from briefwright.model.analysis import (
    Actor,
    Analysis,
    DateRef,
    Event,
    Fact,
    Mention,
    SectionProposal,
)
from briefwright.model.article import Article, Paragraph
from briefwright.model.document import Table
from briefwright.model.errors import TemplateError

TEXTS = (
    "Troops seized the palace on Monday. The president was detained.",
    "The regional bloc imposed sanctions. Additionally, its chiefs discussed intervention.",
    "The junta rejected the sanctions as unjust.",
    "It serves as a reminder of fragile times.",
)


def _article() -> Article:
    return Article(
        title="",
        paragraphs=tuple(Paragraph(i, t, split_sentences(t)) for i, t in enumerate(TEXTS, 1)),
    )


def _fact(
    n: int, text: str, para: int, sent: int, score: float, included: bool = True, kind: str = "fact"
) -> Fact:
    return Fact(f"f{n}", text, para, sent, score, included, kind)  # type: ignore[arg-type]


def _analysis() -> Analysis:
    facts = (
        _fact(1, "Troops seized the palace on Monday.", 1, 0, 0.7),
        _fact(2, "The president was detained.", 1, 1, 0.4, included=False),
        _fact(3, "The regional bloc imposed sanctions.", 2, 0, 1.0),
        _fact(4, "Additionally, its chiefs discussed intervention.", 2, 1, 0.5),
        _fact(5, "The junta rejected the sanctions as unjust.", 3, 0, 0.9),
        _fact(6, "It serves as a reminder of fragile times.", 4, 0, 0.1, False, "commentary"),
    )
    actors = (
        Actor("a1", "Niger", "PLACE", (), None, (Mention(1, 0, 5),) * 3, "country"),
        Actor("a2", "France", "PLACE", (), "former colonial power", (Mention(2, 0, 6),)),
        Actor("a3", "Regional bloc", "ORG", ("bloc",), None, (Mention(2, 4, 16),) * 2),
        Actor("a4", "Amina Diallo", "PERSON", (), "junta leader", (Mention(3, 0, 5),)),
        Actor("a5", "French", "GROUP", (), None, (Mention(2, 0, 6),)),
        Actor("a6", "Sahel", "PLACE", (), None, (Mention(3, 0, 5),), "region"),
    )
    sections = (
        SectionProposal("s1", "Palace seized", (1,), True, "development"),
        SectionProposal("s2", "Regional sanctions", (2,), True, "reaction"),
        SectionProposal("s3", "Junta rejects sanctions", (3,), True, "reaction"),
        SectionProposal("s4", "Wider implications", (4,), False, "outlook"),
    )
    dates = (DateRef("Monday", 1, 29, 35, "2023-11-06", "day", "past"),)
    events = (Event("Troops seized the palace", 1, 0, dates[0]),)
    return Analysis((), actors, dates, facts, sections, events)


@pytest.mark.parametrize(
    ("sentence", "wording"),
    [
        ("Additionally, its chiefs discussed intervention.", "Its chiefs discussed intervention."),
        ("Interestingly,  the coup sparked protests.", "The coup sparked protests."),
        ("However, talks resumed.", "Talks resumed."),
        ("The bloc, however, refused.", "The bloc, however, refused."),
        ("Meanwhile prices rose.", "Meanwhile prices rose."),
    ],
)
def test_fact_wording_drops_a_leading_connective(sentence: str, wording: str) -> None:
    assert fact_wording(sentence) == wording


def test_bottom_line_opens_with_the_lead_and_stays_short() -> None:
    line = draft_bottom_line(_analysis().facts, 1)
    assert line.startswith("Troops seized the palace on Monday.")
    assert "The regional bloc imposed sanctions." in line
    assert "reminder" not in line
    assert len(line.split()) <= 45


def test_propose_builds_a_draft() -> None:
    b = propose(_article(), _analysis(), "bluf-memo")
    assert b.template == "bluf-memo"
    assert b.meta.title == "Niger: Palace seized"
    # No subject line from the analysis: the title, which names the event, stands for it.
    assert b.meta.subject == "Niger: Palace seized"
    lined = dataclasses.replace(_analysis(), subject="Troops seized the palace in Niamey")
    assert propose(_article(), lined).meta.subject == "Troops seized the palace in Niamey"
    assert b.meta.dtg and b.meta.marking == "UNCLASSIFIED"
    assert [f.id for f in b.facts] == [f"f{n}" for n in range(1, 7)]
    assert b.facts[3].text == "Its chiefs discussed intervention."
    assert b.facts[3].original == "Additionally, its chiefs discussed intervention."
    assert [s.included for s in b.sections] == [True, True, True, False]
    included = [a.name for a in b.actors if a.included]
    # People first, then organisations, then places that act; the subject country and a
    # nationality word stay out of the table by default.
    assert included == ["Amina Diallo", "Regional bloc", "France"]
    assert {a.name for a in b.actors} == {
        "Niger",
        "France",
        "Regional bloc",
        "Amina Diallo",
        "French",
        "Sahel",
    }
    assert [(e.date, e.text) for e in b.events] == [("2023-11-06", "Troops seized the palace")]


def test_marking_is_the_users_not_the_templates() -> None:
    # The intsum template suggests TLP:AMBER; the marking stays the user's default.
    assert propose(_article(), _analysis(), "intsum").meta.marking == "UNCLASSIFIED"
    assert propose(_article(), _analysis(), "intsum", marking="OFFICIAL").meta.marking == "OFFICIAL"


def test_unknown_template_is_refused() -> None:
    with pytest.raises(TemplateError):
        propose(_article(), _analysis(), "no-such-template")


def test_unedited_bottom_line_follows_what_is_included_and_the_users_words_stay() -> None:
    from briefwright.layout.compose import compose

    b = propose(_article(), _analysis(), "bluf-memo")
    assert "Troops seized the palace" in b.bottom_line
    b.facts[0].included = False
    b.sections[1].included = False
    redraft(b)
    lines = compose(b).plain_lines()
    text = "\n".join(lines)
    assert "Troops seized the palace" not in text.split("Key facts")[0]
    assert f"Subject: {b.meta.subject}" in lines
    # Once the user writes their own, it stays as written.
    b.bottom_line = "My own bottom line."
    b.meta.subject = "My subject"
    redraft(b)
    lines = compose(b).plain_lines()
    assert "My own bottom line." in lines and "Subject: My subject" in lines


def test_a_places_only_actors_part_includes_the_subject_place() -> None:
    from briefwright.draft.proposal import _actors

    included = [a.name for a in _actors(_analysis().actors, ("PLACE",)) if a.included]
    assert included[0] == "Niger"
    assert set(included) == {"Niger", "France", "Sahel"}


@pytest.mark.parametrize(
    ("sentence", "clean"),
    [
        (
            "PARIS, Dec. 1 (Reuters) - The government fell on Monday.",
            "The government fell on Monday.",
        ),
        (
            "WASHINGTON (AP) — Congress passed the bill on Friday.",
            "Congress passed the bill on Friday.",
        ),
        ("OSLO, Feb 12 - Nordvik Foods raised its forecast.", "Nordvik Foods raised its forecast."),
        ("LONDON, England (CNN) -- A man was arrested today.", "A man was arrested today."),
        ("(CNN) Share prices fell sharply in Tokyo.", "Share prices fell sharply in Tokyo."),
        ("NATO said it would increase patrols.", "NATO said it would increase patrols."),
        ("U.S. stocks rose on Monday.", "U.S. stocks rose on Monday."),
    ],
)
def test_strip_dateline(sentence: str, clean: str) -> None:
    assert strip_dateline(sentence) == clean


def _wire() -> tuple[Fact, ...]:
    return (
        _fact(
            1, "OSLO, Feb 12 - Nordvik Foods raised its profit forecast on Wednesday.", 1, 0, 0.9
        ),
        _fact(2, "Its board also approved a share buyback of 500 million crowns.", 2, 0, 1.0),
        _fact(
            3,
            '"Demand in Japan has been strong," the chief executive said.',
            3,
            0,
            0.8,
            kind="quote",
        ),
        _fact(4, "Fourth-quarter revenue rose to 9.8 billion crowns.", 4, 0, 0.7),
    )


def test_bottom_line_is_the_lede_without_dateline_quote_or_pronoun() -> None:
    line = draft_bottom_line(_wire(), 1)
    assert line == (
        "Nordvik Foods raised its profit forecast on Wednesday. "
        "Fourth-quarter revenue rose to 9.8 billion crowns."
    )


def test_bottom_line_looks_ahead_where_the_article_does() -> None:
    facts = (
        *_wire(),
        _fact(5, "The buyback will start on March 1 and end by June.", 5, 0, 0.3),
    )
    # The sentence naming what comes next joins the news, in reading order.
    line = draft_bottom_line(facts, 1, ahead={(5, 0)})
    assert line.startswith("Nordvik Foods raised its profit forecast on Wednesday.")
    assert line.endswith("The buyback will start on March 1 and end by June.")
    # Without a date still to come, the bottom line is the news alone.
    assert "buyback will start" not in draft_bottom_line(facts, 1)


def test_bottom_line_opens_elsewhere_when_the_lede_points_back() -> None:
    facts = (
        _fact(1, "It was a record quarter for the company.", 1, 0, 0.9),
        _fact(2, "Nordvik Foods raised its profit forecast on Wednesday.", 1, 1, 0.8),
    )
    assert draft_bottom_line(facts, 1) == "Nordvik Foods raised its profit forecast on Wednesday."


def test_events_dated_in_order_then_unresolved_with_upcoming_marked() -> None:
    base = _analysis()
    refs = (
        DateRef("Wednesday", 1, 0, 9, "2023-11-08", "day", "future"),
        DateRef("Tuesday", 1, 0, 7, None, "unknown", "past"),
        DateRef("Monday", 1, 29, 35, "2023-11-06", "day", "past"),
    )
    events = (
        Event("Parliament will vote on the budget", 1, 0, refs[0], upcoming=True),
        Event("Police arrested two men", 2, 0, refs[1]),
        Event("Troops seized the palace", 1, 0, refs[2]),
    )
    analysis = Analysis((), base.actors, refs, base.facts, base.sections, events)
    b = propose(_article(), analysis)
    assert [(e.date, e.granularity, e.upcoming) for e in b.events] == [
        ("2023-11-06", "day", False),
        ("2023-11-08", "day", True),
        ("", "unknown", False),
    ]
    rows = timeline(b, Part("timeline", "Timeline"))[1]
    assert isinstance(rows, Table)
    assert [row[:2] for row in rows.rows] == [
        ("6 Nov 2023", "Troops seized the palace"),
        ("8 Nov 2023", "Parliament will vote on the budget (scheduled)"),
        ("Tuesday (date not resolved)", "Police arrested two men"),
    ]


def test_bottom_line_adds_no_weak_second_sentence() -> None:
    facts = (
        _fact(1, "Nordvik Foods raised its profit forecast on Wednesday.", 1, 0, 1.0),
        _fact(2, "The company will publish its annual report on March 20.", 2, 0, 0.1),
    )
    assert draft_bottom_line(facts, 1) == "Nordvik Foods raised its profit forecast on Wednesday."


def test_a_title_takes_a_heading_that_states_something_never_a_label() -> None:
    from briefwright.draft.proposal import proposed_title
    from briefwright.model.analysis import Analysis, SectionProposal
    from tests.briefings import small_briefing

    article = small_briefing().lead_article

    def title(*headings: str, subject: str = "") -> str:
        sections = tuple(SectionProposal(f"s{n}", h, (1,)) for n, h in enumerate(headings))
        return proposed_title(article, Analysis((), (), (), (), sections, subject=subject))

    assert title("Developments", "President attended large concert") == (
        "President attended large concert"
    )
    assert title("Developments", "Developments involving Korea", subject="A pastor is held") == (
        "A pastor is held"
    )
    assert title("Background", "Reaction") == "Background"


def test_who_acts_in_the_lede_is_a_key_actor_before_a_bystander() -> None:
    text = (
        "The International Court of Justice ordered Ethiopia on Monday to halt work on a dam.\n\n"
        + "".join(
            f'"It was a long day," said Witness{n} Person{n}, a trader at the market.\n\n'
            for n in range(1, 8)
        )
    )
    article = article_from_text(text)
    briefing = propose(article, analyze(article))
    included = [a.name for a in briefing.actors if a.included]
    assert "International Court of Justice" in included


def test_a_title_never_states_a_claim_as_what_happened() -> None:
    text = (
        "The family of a man shot by an agent in Orlando plans to sue the agency.\n\n"
        "One law enforcement official said the man attacked the agent with a broom handle.\n\n"
        "The family filed a notice of claim on Monday."
    )
    article = article_from_text(text)
    briefing = propose(article, analyze(article))
    assert "broom" not in briefing.meta.title


def test_the_outlet_a_caveat_names_is_no_key_actor() -> None:
    text = (
        "Rebel fighters said on Monday they had captured the border town of Kamba.\n\n"
        "Reuters could not independently verify the rebels' claim.\n\n"
        "The United Nations envoy, Maria Santos, called on both sides to let aid through."
    )
    article = article_from_text(text)
    briefing = propose(article, analyze(article))
    assert "Reuters" not in [a.name for a in briefing.actors if a.included]
